//! Translations with Fluent. Every locale's `.ftl` files are embedded in the
//! binary; a page asks for text through a [`Tr`] bound to the request's locale.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A supported locale: its code, its name in itself, and its Fluent sources.
pub struct LocaleInfo {
    pub code: &'static str,
    pub autonym: &'static str,
    pub sources: &'static [(&'static str, &'static str)],
}

macro_rules! ftl {
    ($locale:literal, $file:literal) => {
        (
            $file,
            include_str!(concat!("../../../locales/", $locale, "/", $file)),
        )
    };
}

/// The interface languages, in the order the language switcher shows them.
pub const LOCALES: &[LocaleInfo] = &[LocaleInfo {
    code: "en",
    autonym: "English",
    sources: &[
        ftl!("en", "shell.ftl"),
        ftl!("en", "home.ftl"),
        ftl!("en", "directory.ftl"),
    ],
}];

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
            let langid: LanguageIdentifier = info
                .code
                .parse()
                .unwrap_or_else(|_| panic!("bad locale code {}", info.code));
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            for (file, source) in info.sources {
                let resource = FluentResource::try_new((*source).to_string())
                    .unwrap_or_else(|(_, e)| panic!("{}/{file}: {e:?}", info.code));
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
        self.locales
            .iter()
            .find(|l| l.info.code.eq_ignore_ascii_case(code))
            .map(Tr)
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
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (!tag.is_empty() && q > 0.0).then_some((q, tag))
            })
            .collect();
        wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
        wanted.iter().find_map(|(_, tag)| {
            self.get(tag).or_else(|| {
                let primary = tag.split('-').next().unwrap_or(tag);
                self.locales
                    .iter()
                    .find(|l| l.info.code.split('-').next() == Some(primary))
                    .map(Tr)
            })
        })
    }
}

impl Locale {
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
        let bundle = &self.0.bundle;
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            tracing::warn!(key, locale = self.code(), "missing translation");
            return key.to_string();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
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
