//! Countries by ISO 3166-1 alpha-2 code (and Kosovo's user-assigned `XK`),
//! with their names in every locale, from `data/countries.csv` (sources in
//! `data/SOURCES.md`). Serbian Cyrillic names are made from the Latin ones,
//! as the interface's are.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::i18n::Tr;

const COUNTRIES_CSV: &str = include_str!("../../../data/countries.csv");

struct Countries {
    /// The locale codes of the columns after `code`.
    locales: Vec<String>,
    names: HashMap<String, Vec<String>>,
}

static COUNTRIES: LazyLock<Countries> = LazyLock::new(|| {
    let mut reader = csv::Reader::from_reader(COUNTRIES_CSV.as_bytes());
    let locales = reader.headers().map(|h| h.iter().skip(1).map(String::from).collect()).unwrap_or_default();
    let names = reader
        .records()
        .filter_map(Result::ok)
        .filter_map(|record| {
            let mut cells = record.iter();
            let code = cells.next()?.to_string();
            Some((code, cells.map(String::from).collect()))
        })
        .collect();
    Countries { locales, names }
});

/// Whether `code` is an ISO 3166-1 alpha-2 code (or XK).
pub fn is_country(code: &str) -> bool {
    COUNTRIES.names.contains_key(code)
}

/// The country's name in the reader's language; the code when unknown.
pub fn name(code: &str, tr: Tr) -> String {
    let Some(names) = COUNTRIES.names.get(code) else {
        return code.to_string();
    };
    let (column, cyrillic) = match tr.code() {
        "sr-Cyrl" => ("sr-Latn", true),
        other => (other, false),
    };
    let index = COUNTRIES.locales.iter().position(|l| l == column).unwrap_or(0);
    let name = names.get(index).or_else(|| names.first()).cloned().unwrap_or_else(|| code.to_string());
    if cyrillic {
        crate::fold::to_cyrillic(&name)
    } else {
        name
    }
}

/// Every code, sorted, for choosers.
pub fn codes() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = COUNTRIES.names.keys().map(String::as_str).collect();
    codes.sort_unstable();
    codes
}

/// Names for a list of codes, joined for reading ("Albania, Kosovo").
pub fn names(codes: &[String], tr: Tr) -> String {
    codes.iter().map(|c| name(c, tr)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::i18n;

    #[test]
    fn codes_are_iso_3166_1() {
        assert!(is_country("MK") && is_country("XK") && is_country("FR"));
        assert!(!is_country("JJ") && !is_country("mk") && !is_country(""));
        assert_eq!(codes().len(), 250);
    }

    #[test]
    fn names_follow_the_reader() {
        let tr = |code| i18n().get(code).unwrap();
        assert_eq!(name("AL", tr("sq")), "Shqipëri");
        assert_eq!(name("MK", tr("mk")), "Северна Македонија");
        assert_eq!(name("RS", tr("sr-Cyrl")), "Србија");
        assert_eq!(name("DE", tr("bs")), "Njemačka");
        assert_eq!(name("JJ", tr("en")), "JJ");
    }
}
