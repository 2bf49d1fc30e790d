//! Translations with Fluent. Every locale's `.ftl` files are embedded in the
//! binary; a page asks for text through a [`Tr`] bound to the request's locale.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A supported locale: its code, its name in itself, the locale whose plural
/// rules it follows, and its Fluent sources.
pub struct LocaleInfo {
    pub code: &'static str,
    pub autonym: &'static str,
    /// CLDR plural rules to apply; Montenegrin follows Serbian, which the
    /// plural-rules data covers.
    pub plural_rules: &'static str,
    pub sources: &'static [(&'static str, &'static str)],
    /// Built by transliterating `sources` from Serbian Latin, so the two
    /// scripts can never drift apart.
    pub from_latin: bool,
}

macro_rules! ftl {
    ($locale:literal) => {
        &[
            ("shell.ftl", include_str!(concat!("../../../locales/", $locale, "/shell.ftl"))),
            ("home.ftl", include_str!(concat!("../../../locales/", $locale, "/home.ftl"))),
            ("directory.ftl", include_str!(concat!("../../../locales/", $locale, "/directory.ftl"))),
            ("access.ftl", include_str!(concat!("../../../locales/", $locale, "/access.ftl"))),
            ("sharing.ftl", include_str!(concat!("../../../locales/", $locale, "/sharing.ftl"))),
            ("matrix.ftl", include_str!(concat!("../../../locales/", $locale, "/matrix.ftl"))),
            ("instrument.ftl", include_str!(concat!("../../../locales/", $locale, "/instrument.ftl"))),
            ("assess.ftl", include_str!(concat!("../../../locales/", $locale, "/assess.ftl"))),
            ("resilience.ftl", include_str!(concat!("../../../locales/", $locale, "/resilience.ftl"))),
            ("support.ftl", include_str!(concat!("../../../locales/", $locale, "/support.ftl"))),
            ("knowledge.ftl", include_str!(concat!("../../../locales/", $locale, "/knowledge.ftl"))),
            ("work.ftl", include_str!(concat!("../../../locales/", $locale, "/work.ftl"))),
            ("insight.ftl", include_str!(concat!("../../../locales/", $locale, "/insight.ftl"))),
            ("privacy.ftl", include_str!(concat!("../../../locales/", $locale, "/privacy.ftl"))),
        ]
    };
}

/// The interface languages, in the order the language switcher shows them.
pub const LOCALES: &[LocaleInfo] = &[
    LocaleInfo { code: "en", autonym: "English", plural_rules: "en", sources: ftl!("en"), from_latin: false },
    LocaleInfo { code: "fr", autonym: "Français", plural_rules: "fr", sources: ftl!("fr"), from_latin: false },
    LocaleInfo { code: "sq", autonym: "Shqip", plural_rules: "sq", sources: ftl!("sq"), from_latin: false },
    LocaleInfo {
        code: "mk", autonym: "Македонски", plural_rules: "mk", sources: ftl!("mk"), from_latin: false
    },
    LocaleInfo { code: "bs", autonym: "Bosanski", plural_rules: "bs", sources: ftl!("bs"), from_latin: false },
    LocaleInfo { code: "hr", autonym: "Hrvatski", plural_rules: "hr", sources: ftl!("hr"), from_latin: false },
    LocaleInfo { code: "cnr", autonym: "Crnogorski", plural_rules: "sr-Latn", sources: ftl!("cnr"), from_latin: false },
    LocaleInfo {
        code: "sr-Latn",
        autonym: "Srpski",
        plural_rules: "sr-Latn",
        sources: ftl!("sr-Latn"),
        from_latin: false,
    },
    LocaleInfo {
        code: "sr-Cyrl",
        autonym: "Српски",
        plural_rules: "sr-Cyrl",
        sources: ftl!("sr-Latn"),
        from_latin: true,
    },
];

/// Words that stay in Latin script inside Serbian Cyrillic text.
const KEEP_LATIN: &[&str] = &[
    "Google Authenticator",
    "FreeOTP",
    "Aegis",
    "API",
    "P/CVE",
    "TLP",
    "CSV",
    "LPSC",
    "MCSC",
    "LSC",
    "CAT",
    "Shkodër",
    "Shkoder",
    "Kumanovo",
    "kumanovo",
    "YYYY-MM-DD",
    "mozaik init",
    "UTC",
    "UN",
    // Column names and tools of the resilience studies' uploads.
    "sex,female,40800",
    "sex",
    " age ",
    "age_group",
    "brave_",
    "trust_",
    "neighbourhood",
    "respondent",
    "community",
    "XLSX",
    "KoboToolbox",
    "ODK",
    "BRAVE-14",
    "SCORE",
    "GeoJSON",
    "FeatureCollection",
    "properties.code",
    "properties.name",
    "raking",
    "EUR",
];

fn transliterate_text(text: &str, out: &mut String) {
    let mut rest = text;
    while !rest.is_empty() {
        if rest.starts_with('{') {
            let end = rest.find('}').map(|i| i + 1).unwrap_or(rest.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        if let Some(word) = KEEP_LATIN.iter().find(|w| rest.starts_with(**w)) {
            out.push_str(word);
            rest = &rest[word.len()..];
            continue;
        }
        // Addresses and links stay as they are.
        let token_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..token_end];
        if token.contains('@') || token.starts_with("http") {
            out.push_str(token);
            rest = &rest[token_end..];
            continue;
        }
        let next = rest.char_indices().skip(1).map(|(i, _)| i).find(|i| {
            let tail = &rest[*i..];
            tail.starts_with('{')
                || KEEP_LATIN.iter().any(|w| tail.starts_with(w))
                || rest[..*i].ends_with(char::is_whitespace)
        });
        let end = next.unwrap_or(rest.len());
        out.push_str(&crate::fold::to_cyrillic(&rest[..end]));
        rest = &rest[end..];
    }
}

/// A Serbian Latin `.ftl` source in Cyrillic: message values and variants
/// are transliterated; ids, variant keys, placeables and comments are kept.
pub fn ftl_to_cyrillic(source: &str) -> String {
    let mut out = String::with_capacity(source.len() * 2);
    for line in source.lines() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        if trimmed.starts_with('#') || trimmed.is_empty() || trimmed == "}" || trimmed.ends_with("->") {
            out.push_str(line);
        } else if indent.is_empty() {
            match line.split_once(" = ") {
                Some((id, value)) => {
                    out.push_str(id);
                    out.push_str(" = ");
                    transliterate_text(value, &mut out);
                }
                None => out.push_str(line),
            }
        } else if let Some((key, text)) =
            trimmed.split_once(']').filter(|_| trimmed.starts_with('[') || trimmed.starts_with("*["))
        {
            out.push_str(indent);
            out.push_str(key);
            out.push(']');
            transliterate_text(text, &mut out);
        } else {
            out.push_str(indent);
            transliterate_text(trimmed, &mut out);
        }
        out.push('\n');
    }
    out
}

pub struct Locale {
    pub info: &'static LocaleInfo,
    bundle: FluentBundle<FluentResource>,
}

pub struct I18n {
    locales: Vec<Locale>,
}

static I18N: OnceLock<I18n> = OnceLock::new();

/// Parses every embedded locale; a syntax error in a shipped `.ftl` file is a
/// build defect, caught by the i18n tests, so it panics here with the file name.
fn load() -> I18n {
    let locales = LOCALES
        .iter()
        .map(|info| {
            let langid: LanguageIdentifier =
                info.code.parse().unwrap_or_else(|_| panic!("bad locale code {}", info.code));
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            for (file, source) in info.sources {
                let text = if info.from_latin { ftl_to_cyrillic(source) } else { (*source).to_string() };
                let resource =
                    FluentResource::try_new(text).unwrap_or_else(|(_, e)| panic!("{}/{file}: {e:?}", info.code));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|e| panic!("{}/{file}: duplicate messages {e:?}", info.code));
            }
            Locale { info, bundle }
        })
        .collect();
    I18n { locales }
}

pub fn i18n() -> &'static I18n {
    I18N.get_or_init(load)
}

impl I18n {
    pub fn get(&'static self, code: &str) -> Option<Tr> {
        self.locales.iter().find(|l| l.info.code.eq_ignore_ascii_case(code)).map(Tr)
    }

    pub fn default_tr(&'static self) -> Tr {
        Tr(&self.locales[0])
    }

    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    /// The best supported locale for an `Accept-Language` header, if any.
    pub fn negotiate(&'static self, accept_language: &str) -> Option<Tr> {
        let mut wanted: Vec<(f32, &str)> = accept_language
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let q =
                    pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
                (!tag.is_empty() && q > 0.0).then_some((q, tag))
            })
            .collect();
        wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
        wanted.iter().find_map(|(_, tag)| {
            let primary = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
            // Serbian without a script subtag is Cyrillic, its official script.
            let script = if tag.to_ascii_lowercase().contains("-latn") { "sr-Latn" } else { "sr-Cyrl" };
            let special = match primary.as_str() {
                "sr" => self.get(script),
                "me" | "cnr" => self.get("cnr"),
                _ => None,
            };
            self.get(tag).or(special).or_else(|| {
                let primary = tag.split('-').next().unwrap_or(tag);
                self.locales.iter().find(|l| l.info.code.split('-').next() == Some(primary)).map(Tr)
            })
        })
    }
}

impl Locale {
    pub fn tr(&'static self) -> Tr {
        Tr(self)
    }

    pub fn has_message(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }
}

/// Text in one locale.
#[derive(Clone, Copy)]
pub struct Tr(&'static Locale);

impl Tr {
    pub fn code(&self) -> &'static str {
        self.0.info.code
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let mut bundle = &self.0.bundle;
        let mut pattern = bundle.get_message(key).and_then(|m| m.value());
        if pattern.is_none() {
            // A missing translation falls back to English rather than showing an id.
            tracing::warn!(key, locale = self.code(), "missing translation");
            bundle = &i18n().locales[0].bundle;
            pattern = bundle.get_message(key).and_then(|m| m.value());
        }
        let Some(pattern) = pattern else {
            return key.to_string();
        };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// Whether this locale has the message `key`.
    pub fn has(&self, key: &str) -> bool {
        self.0.has_message(key)
    }

    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with one named argument.
    pub fn t1(&self, key: &str, name: &str, value: impl Into<FluentValue<'static>>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), value.into());
        self.format(key, Some(&args))
    }

    /// The message `key` with several named text arguments.
    pub fn ta(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(name.to_string(), FluentValue::from(value.to_string()));
        }
        self.format(key, Some(&args))
    }

    /// The message `key` with `$count` set, for plural-aware messages.
    pub fn n(&self, key: &str, count: impl Count) -> String {
        self.t1(key, "count", count.count())
    }

    /// A date as the locale writes it.
    pub fn date(&self, date: &chrono::NaiveDate) -> String {
        match self.code() {
            "en" => date.format("%-d %b %Y").to_string(),
            "fr" => date.format("%d/%m/%Y").to_string(),
            "sq" | "mk" => date.format("%d.%m.%Y").to_string(),
            _ => date.format("%-d. %-m. %Y.").to_string(),
        }
    }

    /// An integer with the locale's digit grouping.
    pub fn num(&self, value: impl Count) -> String {
        let value = value.count();
        let digits = value.unsigned_abs().to_string();
        let separator = match self.code() {
            "en" => ',',
            "fr" | "sq" => '\u{202f}',
            _ => '.',
        };
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(c);
        }
        if value < 0 {
            out.insert(0, '-');
        }
        out
    }
}

/// A number that can be counted in a message; lets templates pass integers
/// by value or by reference.
pub trait Count {
    fn count(&self) -> i64;
}

impl Count for i64 {
    fn count(&self) -> i64 {
        *self
    }
}

impl Count for usize {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl<T: Count> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serbian_cyrillic_is_generated_from_latin() {
        let latin = "directory-vacant = nepopunjeno\nx = { $count ->\n    [one] { $count } opština\n   *[other] { $count } opština\n}\ny = Kumanovo i Shkoder, ime@primer.rs\n";
        let cyrillic = ftl_to_cyrillic(latin);
        assert!(cyrillic.contains("directory-vacant = непопуњено"), "{cyrillic}");
        assert!(cyrillic.contains("[one] { $count } општина"), "{cyrillic}");
        assert!(cyrillic.contains("Kumanovo и Shkoder, ime@primer.rs"), "{cyrillic}");
    }

    #[test]
    fn negotiation_prefers_scripts_sensibly() {
        let catalog = i18n();
        assert_eq!(catalog.negotiate("sr-RS").map(|t| t.code()), Some("sr-Cyrl"));
        assert_eq!(catalog.negotiate("sr-Latn-RS").map(|t| t.code()), Some("sr-Latn"));
        assert_eq!(catalog.negotiate("mk-MK,mk;q=0.9").map(|t| t.code()), Some("mk"));
        assert_eq!(catalog.negotiate("de-DE, fr;q=0.5").map(|t| t.code()), Some("fr"));
        assert_eq!(catalog.negotiate("de-DE").map(|t| t.code()), None);
    }

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
    use std::collections::{BTreeMap, BTreeSet};

    /// Per message: its variables, the variant keys of any selector, and its text.
    type Shape = (BTreeSet<String>, Vec<BTreeSet<String>>, String);

    fn walk(pattern: &Pattern<&str>, shape: &mut Shape) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => shape.2.push_str(value),
                PatternElement::Placeable { expression } => match expression {
                    Expression::Select { selector, variants } => {
                        if let InlineExpression::VariableReference { id } = selector {
                            shape.0.insert(id.name.to_string());
                        }
                        shape.1.push(
                            variants
                                .iter()
                                .map(|v| match &v.key {
                                    VariantKey::Identifier { name } => name.to_string(),
                                    VariantKey::NumberLiteral { value } => value.to_string(),
                                })
                                .collect(),
                        );
                        for variant in variants {
                            walk(&variant.value, shape);
                        }
                    }
                    Expression::Inline(InlineExpression::VariableReference { id }) => {
                        shape.0.insert(id.name.to_string());
                    }
                    Expression::Inline(_) => {}
                },
            }
        }
    }

    fn shapes(info: &LocaleInfo) -> BTreeMap<(String, String), Shape> {
        let mut out = BTreeMap::new();
        for (file, source) in info.sources {
            let text = if info.from_latin { ftl_to_cyrillic(source) } else { (*source).to_string() };
            let resource = fluent_syntax::parser::parse(text.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{}/{file} does not parse: {errors:?}", info.code));
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    let mut shape = Shape::default();
                    if let Some(value) = &message.value {
                        walk(value, &mut shape);
                    }
                    out.insert((file.to_string(), message.id.name.to_string()), shape);
                }
            }
        }
        out
    }

    fn plural_categories(code: &str) -> &'static [&'static str] {
        match code {
            "bs" | "hr" | "cnr" | "sr-Latn" | "sr-Cyrl" => &["few", "one", "other"],
            _ => &["one", "other"],
        }
    }

    #[test]
    fn every_locale_has_every_message_with_its_variables_and_plurals() {
        let english = shapes(&LOCALES[0]);
        for info in &LOCALES[1..] {
            let local = shapes(info);
            let missing: Vec<_> = english.keys().filter(|k| !local.contains_key(*k)).collect();
            let extra: Vec<_> = local.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", info.code);
            let mut same_as_english = 0;
            for (key, (vars, selectors, text)) in &english {
                let (local_vars, local_selectors, local_text) = &local[key];
                assert_eq!(vars, local_vars, "{} {key:?}: variables differ", info.code);
                assert_eq!(selectors.len(), local_selectors.len(), "{} {key:?}: selectors differ", info.code);
                for keys in local_selectors {
                    let wanted: BTreeSet<String> = plural_categories(info.code).iter().map(|s| s.to_string()).collect();
                    let allowed_extra = info.code == "fr" && keys.contains("many");
                    let keys: BTreeSet<String> =
                        keys.iter().filter(|k| !(allowed_extra && *k == "many")).cloned().collect();
                    assert_eq!(keys, wanted, "{} {key:?}: plural variants", info.code);
                }
                // Single words (Code, Police, District) are often the same in French.
                if text == local_text && text.split_whitespace().count() >= 3 {
                    same_as_english += 1;
                }
            }
            assert!(
                same_as_english * 20 < english.len(),
                "{}: {same_as_english} messages are English copies",
                info.code
            );
        }
    }

    #[test]
    fn every_locale_loads_and_formats() {
        for locale in i18n().locales() {
            let tr = Tr(locale);
            assert_ne!(tr.t("shell-sign-in"), "shell-sign-in", "{}", locale.info.code);
            assert!(tr.n("directory-places-found", 3i64).contains('3'));
        }
        let cyrillic = i18n().get("sr-Cyrl").unwrap().t("nav-directory");
        assert!(crate::fold::has_cyrillic(&cyrillic), "sr-Cyrl is Cyrillic: {cyrillic}");
    }

    #[test]
    fn dates_and_numbers_follow_the_locale() {
        let d = chrono::NaiveDate::from_ymd_opt(2023, 2, 8).unwrap();
        let catalog = i18n();
        assert_eq!(catalog.get("en").unwrap().date(&d), "8 Feb 2023");
        assert_eq!(catalog.get("hr").unwrap().date(&d), "8. 2. 2023.");
        assert_eq!(catalog.get("en").unwrap().num(1234567i64), "1,234,567");
        assert_eq!(catalog.get("bs").unwrap().num(1234i64), "1.234");
    }
}
