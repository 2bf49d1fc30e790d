//! The terminology base: concepts of the field (P/CVE, FTF, returnee, CAT,
//! TLP…) with their approved term in every locale, shipped in
//! data/terminology.csv. A translation whose original uses a concept's term
//! but which lacks the approved term in its own language is flagged to the
//! reviewer: the machine translation that once turned "P/CVE strategies"
//! into "human trafficking" strategies would be caught here.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::analysis::{analyse, family};

const SOURCE: &str = include_str!("../../../data/terminology.csv");

/// concept → locale → approved term.
pub fn concepts() -> &'static BTreeMap<String, BTreeMap<String, String>> {
    static CONCEPTS: OnceLock<BTreeMap<String, BTreeMap<String, String>>> = OnceLock::new();
    CONCEPTS.get_or_init(|| {
        let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for line in SOURCE.lines().skip(1) {
            let mut parts = line.splitn(3, ',');
            if let (Some(concept), Some(locale), Some(term)) = (parts.next(), parts.next(), parts.next()) {
                out.entry(concept.to_string()).or_default().insert(locale.to_string(), term.to_string());
            }
        }
        out
    })
}

/// The approved term of a concept in a language (falling back from a
/// script variant to its language, then to English).
fn approved<'a>(terms: &'a BTreeMap<String, String>, language: &str) -> Option<&'a String> {
    let base = language.split('-').next().unwrap_or(language);
    terms.get(language).or_else(|| terms.iter().find(|(l, _)| l.split('-').next() == Some(base)).map(|(_, t)| t))
}

/// Whether every analysed word of `term` appears in the analysed `text`.
fn contains(text: &[String], term: &str, language: &str) -> bool {
    let words = analyse(term, family(language));
    !words.is_empty() && words.iter().all(|w| text.contains(w))
}

/// The concepts the original uses whose approved term the translation
/// lacks: (concept, the term the original used, the approved term expected).
pub fn missing_terms(
    original_language: &str,
    original: &str,
    language: &str,
    translation: &str,
) -> Vec<(String, String, String)> {
    let source = analyse(original, family(original_language));
    let target = analyse(translation, family(language));
    let mut out = Vec::new();
    for (concept, terms) in concepts() {
        let (Some(used), Some(expected)) = (approved(terms, original_language), approved(terms, language)) else {
            continue;
        };
        if contains(&source, used, original_language) && !contains(&target, expected, language) {
            out.push((concept.clone(), used.clone(), expected.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_concept_has_a_term_in_every_locale() {
        for (concept, terms) in concepts() {
            for locale in ["en", "fr", "sq", "mk", "bs", "hr", "cnr", "sr-Latn"] {
                assert!(terms.contains_key(locale), "{concept} lacks {locale}");
            }
        }
    }

    /// The error in the source article: "P/CVE strategies" machine-translated
    /// into "human trafficking strategies".
    #[test]
    fn a_translation_that_loses_the_concept_is_flagged() {
        let wrong =
            missing_terms("en", "Local P/CVE strategies", "sr-Latn", "Lokalne strategije protiv trgovine ljudima");
        assert_eq!(wrong.len(), 1);
        assert_eq!(wrong[0].0, "pcve");
        let right = missing_terms(
            "en",
            "Local P/CVE strategies",
            "sr-Latn",
            "Lokalne strategije za prevenciju i suzbijanje nasilnog ekstremizma",
        );
        assert!(right.is_empty(), "{right:?}");
        let mk = missing_terms("en", "Support for returnees", "mk", "Поддршка за повратниците");
        assert!(mk.is_empty(), "inflected forms count: {mk:?}");
    }
}
