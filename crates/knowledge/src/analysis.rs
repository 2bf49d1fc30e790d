//! Text analysis for search, per language family, applied the same way to
//! what is indexed and to what is asked: Cyrillic and Latin fold to one
//! script, accents fall away, the ijekavian and ekavian forms of the same
//! word meet (mjesto, mesto), and common inflections are cut so that a
//! Serbian query finds a Montenegrin or Bosnian practice.

use platform::fold::fold;

/// The analysis a language gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    SouthSlavic,
    Albanian,
    English,
    French,
    Other,
}

pub fn family(language: &str) -> Family {
    match language.split('-').next().unwrap_or("") {
        "sr" | "bs" | "hr" | "cnr" | "mk" | "sh" | "me" => Family::SouthSlavic,
        "sq" => Family::Albanian,
        "en" => Family::English,
        "fr" => Family::French,
        _ => Family::Other,
    }
}

/// Every family a query is analysed in, so that it finds texts in any language.
pub const ALL: [Family; 4] = [Family::SouthSlavic, Family::Albanian, Family::English, Family::French];

/// Ijekavian to ekavian: "ije" inside a word (rijeka, vrijeme) and "je"
/// after a consonant (mjesto, vjera) become "e". A final "-ije" is an
/// ending (radikalizacije), not the old yat, and stays.
fn ekavian(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let next = |k: usize| chars.get(i + k).copied();
        if chars[i] == 'i' && next(1) == Some('j') && next(2) == Some('e') && i + 3 < chars.len() && i > 0 {
            out.push('e');
            i += 3;
            continue;
        }
        let consonant_before = i > 0 && !"aeiouj".contains(chars[i - 1]);
        if chars[i] == 'j' && next(1) == Some('e') && consonant_before {
            i += 1;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Cuts the first matching ending, keeping a stem of at least four letters.
fn cut(word: &str, endings: &[&str]) -> String {
    for ending in endings {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.chars().count() >= 4 {
                return stem.to_string();
            }
        }
    }
    word.to_string()
}

const SLAVIC_ARTICLES: &[&str] = &["ta", "ot", "te", "to"];
const SLAVIC_ENDINGS: &[&str] =
    &["ovima", "evima", "ama", "ima", "ima", "oga", "ega", "om", "em", "og", "eg", "ih", "im", "a", "e", "i", "o", "u"];
const ALBANIAN_ENDINGS: &[&str] = &["ve", "it", "in", "en", "es", "ne", "a", "e", "i", "u", "t"];
const ENGLISH_ENDINGS: &[&str] = &["ing", "ies", "es", "ed", "s"];
const FRENCH_ENDINGS: &[&str] = &["es", "s", "x", "e"];

/// One folded word in a family's analysis.
pub fn term(word: &str, family: Family) -> String {
    match family {
        Family::SouthSlavic => {
            let word = ekavian(word);
            // Macedonian's definite articles come after the ending.
            let word = if word.chars().count() > 6 { cut(&word, SLAVIC_ARTICLES) } else { word };
            cut(&word, SLAVIC_ENDINGS)
        }
        Family::Albanian => cut(word, ALBANIAN_ENDINGS),
        Family::English => cut(word, ENGLISH_ENDINGS),
        Family::French => cut(word, FRENCH_ENDINGS),
        Family::Other => word.to_string(),
    }
}

/// A text as the index holds it: folded words, each in its family's form.
pub fn analyse(text: &str, family: Family) -> Vec<String> {
    fold(text).split(' ').filter(|w| !w.is_empty()).map(|w| term(w, family)).collect()
}

/// The words of a query, each with its forms in every family.
pub fn query_forms(query: &str) -> Vec<Vec<String>> {
    fold(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(12)
        .map(|w| {
            let mut forms: Vec<String> = ALL.iter().map(|f| term(w, *f)).collect();
            forms.push(w.to_string());
            forms.sort();
            forms.dedup();
            forms
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, la: &str, b: &str, lb: &str) -> bool {
        analyse(a, family(la)) == analyse(b, family(lb))
    }

    #[test]
    fn scripts_accents_and_yat_meet() {
        assert!(same("превенција", "mk", "prevencija", "sr"));
        assert!(same("Mjesna zajednica", "cnr", "mesna zajednica", "sr"));
        assert!(same("Vjerske zajednice", "bs", "верске заједнице", "sr"));
        assert!(same("Shkodër", "sq", "shkoder", "sq"));
    }

    #[test]
    fn inflections_fall_away() {
        assert!(same("prevenciju radikalizacije", "hr", "prevencija radikalizacija", "sr"));
        assert!(same("превенцијата", "mk", "prevencija", "sr"));
        assert!(same("workshops", "en", "workshop", "en"));
    }

    #[test]
    fn a_query_carries_every_family_s_form() {
        let forms = query_forms("mjesta");
        assert!(forms[0].contains(&"mest".to_string()), "{forms:?}");
    }
}
