//! Language columns: `label::English (en)`, `label::English`, `label::en`,
//! `label::Македонски (mk)`. Labels are kept by language key: the code in
//! parentheses when given, else Mozaik's code for a language it knows by
//! name, else the name as written (a form in Swahili keeps its Swahili).

use platform::i18n::LOCALES;

/// English names of Mozaik's languages, beside their autonyms.
const ENGLISH_NAMES: &[(&str, &str)] = &[
    ("english", "en"),
    ("french", "fr"),
    ("albanian", "sq"),
    ("macedonian", "mk"),
    ("bosnian", "bs"),
    ("croatian", "hr"),
    ("montenegrin", "cnr"),
    ("serbian", "sr-Latn"),
];

pub fn language_key(written: &str) -> String {
    let written = written.trim();
    if let Some((_, code)) = written.rsplit_once('(') {
        let code = code.trim_end_matches(')').trim();
        if !code.is_empty() && code.len() <= 12 && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return code.to_string();
        }
    }
    let lower = written.to_lowercase();
    if let Some(locale) = LOCALES.iter().find(|l| l.code.to_lowercase() == lower || l.autonym.to_lowercase() == lower) {
        return locale.code.to_string();
    }
    match ENGLISH_NAMES.iter().find(|(name, _)| *name == lower) {
        Some((_, code)) => code.to_string(),
        None => written.to_string(),
    }
}

/// How a language key is written back in a column header.
pub fn language_header(key: &str) -> String {
    match LOCALES.iter().find(|l| l.code == key) {
        Some(locale) => format!("{} ({})", locale.autonym, locale.code),
        None => key.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_by_code_name_or_as_written() {
        assert_eq!(language_key("English (en)"), "en");
        assert_eq!(language_key("English"), "en");
        assert_eq!(language_key("Français"), "fr");
        assert_eq!(language_key("Македонски (mk)"), "mk");
        assert_eq!(language_key("Srpski (sr-Latn)"), "sr-Latn");
        assert_eq!(language_key("Kiswahili (sw)"), "sw");
        assert_eq!(language_key("Nepali"), "Nepali");
        for key in ["en", "sr-Latn", "Nepali", "sw"] {
            assert_eq!(language_key(&language_header(key)), key, "a header written back reads the same");
        }
    }
}
