//! Money: exact amounts in euro cents, one type for budgets, applications,
//! tranches, activities, rates and exports. Amounts are read as people write
//! them in their language ("20.000,50" in Bosnian, "20,000.50" in English);
//! anything that could mean two amounts is refused with a reason rather than
//! guessed, and every amount is bounded so sums cannot overflow.

use std::fmt;

use crate::i18n::Tr;

/// An amount in euro cents, between zero and [`Eur::MAX`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Eur(i64);

/// Why a typed amount was refused; each has a message in every locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    /// Letters or signs that are no part of an amount.
    NotANumber,
    /// More than two decimals.
    Cents,
    /// A separator that could be a decimal point or a thousands separator.
    Ambiguous,
    /// Above the largest amount Mozaik holds.
    TooLarge,
    Negative,
}

impl MoneyError {
    pub fn message_id(self) -> &'static str {
        match self {
            MoneyError::Empty => "money-empty",
            MoneyError::NotANumber => "money-not-a-number",
            MoneyError::Cents => "money-cents",
            MoneyError::Ambiguous => "money-ambiguous",
            MoneyError::TooLarge => "money-too-large",
            MoneyError::Negative => "money-negative",
        }
    }

    /// The reason in the reader's language, with an example of the right form.
    pub fn message(self, tr: Tr) -> String {
        let example = Eur::from_cents(2_000_050).map(|e| e.amount(tr)).unwrap_or_default();
        let max = Eur(Eur::MAX).amount(tr);
        tr.ta(self.message_id(), &[("example", &example), ("max", &max)])
    }
}

/// The decimal and thousands separators a locale writes.
fn separators(locale: &str) -> (char, char) {
    match locale {
        "en" => ('.', ','),
        "fr" | "sq" => (',', '\u{202f}'),
        _ => (',', '.'),
    }
}

impl Eur {
    /// One billion euros: far above any budget, far below overflow of sums.
    pub const MAX: i64 = 100_000_000_000;
    pub const ZERO: Eur = Eur(0);

    pub fn from_cents(cents: i64) -> Option<Eur> {
        (0..=Eur::MAX).contains(&cents).then_some(Eur(cents))
    }

    /// Whole euros, for amounts set in code (demo data, tests).
    pub fn euros(euros: i64) -> Eur {
        Eur((euros * 100).clamp(0, Eur::MAX))
    }

    pub fn cents(self) -> i64 {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn checked_add(self, other: Eur) -> Option<Eur> {
        Eur::from_cents(self.0.checked_add(other.0)?)
    }

    /// What is left of `self` after `other`, never below zero.
    pub fn saturating_sub(self, other: Eur) -> Eur {
        Eur((self.0 - other.0).max(0))
    }

    pub fn sum(amounts: impl IntoIterator<Item = Eur>) -> Option<Eur> {
        amounts.into_iter().try_fold(Eur::ZERO, Eur::checked_add)
    }

    /// Reads an amount as written in `locale`.
    pub fn parse(text: &str, locale: &str) -> Result<Eur, MoneyError> {
        let text = text.trim();
        let text = text
            .strip_suffix("EUR")
            .or_else(|| text.strip_suffix('€'))
            .or_else(|| text.strip_prefix('€'))
            .unwrap_or(text)
            .trim();
        if text.is_empty() {
            return Err(MoneyError::Empty);
        }
        if text.starts_with('-') {
            return Err(MoneyError::Negative);
        }
        // Spaces of any width and apostrophes only ever group thousands.
        let compact: String = text.chars().filter(|c| !c.is_whitespace() && *c != '\'' && *c != '’').collect();
        if !compact.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
            return Err(MoneyError::NotANumber);
        }
        let (whole, fraction) = split_decimal(&compact, locale)?;
        let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
        if whole.is_empty() && fraction.is_empty() {
            return Err(MoneyError::NotANumber);
        }
        if fraction.len() > 2 {
            return Err(MoneyError::Cents);
        }
        let euros: i64 = if whole.is_empty() {
            0
        } else if whole.len() > 12 {
            return Err(MoneyError::TooLarge);
        } else {
            whole.parse().map_err(|_| MoneyError::NotANumber)?
        };
        let cents: i64 = format!("{fraction:0<2}").parse().map_err(|_| MoneyError::NotANumber)?;
        Eur::from_cents(euros * 100 + cents).ok_or(MoneyError::TooLarge)
    }

    /// The amount as the locale writes it, without the currency.
    pub fn amount(self, tr: impl std::borrow::Borrow<Tr>) -> String {
        let tr = *tr.borrow();
        let (decimal, _) = separators(tr.code());
        let whole = tr.num(self.0 / 100);
        match self.0 % 100 {
            0 => whole,
            cents => format!("{whole}{decimal}{cents:02}"),
        }
    }

    /// The amount with its currency, as shown on pages ("1.250,50 EUR").
    pub fn show(self, tr: impl std::borrow::Borrow<Tr>) -> String {
        format!("{} EUR", self.amount(tr))
    }

    /// The amount in euros for spreadsheets and JSON (exact to the cent).
    pub fn as_euros(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// A plain decimal with a point ("1250.50"), for CSV, logs and audit.
    pub fn plain(self) -> String {
        format!("{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

/// Splits digits and separators into the whole part (still grouped) and the
/// decimals, deciding which separator is the decimal one.
fn split_decimal<'a>(text: &'a str, locale: &str) -> Result<(&'a str, &'a str), MoneyError> {
    let (decimal, group) = separators(locale);
    let dots = text.matches('.').count();
    let commas = text.matches(',').count();
    let split_at = |sep: char| -> Result<(&'a str, &'a str), MoneyError> {
        let (whole, fraction) = text.rsplit_once(sep).unwrap_or((text, ""));
        check_groups(whole)?;
        Ok((whole, fraction))
    };
    match (dots, commas) {
        (0, 0) => Ok((text, "")),
        // Both marks: the last one is the decimal separator ("20.000,50", "20,000.50").
        (_, _) if dots > 0 && commas > 0 => {
            let last = text.rfind(['.', ',']).and_then(|i| text[i..].chars().next()).unwrap_or(decimal);
            let other = if last == '.' { ',' } else { '.' };
            if text.matches(last).count() > 1 || text.rfind(other) > text.rfind(last) {
                return Err(MoneyError::NotANumber);
            }
            split_at(last)
        }
        // One kind of mark, several times: it groups thousands ("1.000.000").
        (n, 0) | (0, n) if n > 1 => {
            check_groups(text)?;
            Ok((text, ""))
        }
        // One mark, once.
        _ => {
            let mark = if dots == 1 { '.' } else { ',' };
            let (whole, after) = text.split_once(mark).unwrap_or((text, ""));
            if after.len() != 3 || whole.is_empty() {
                // "12.50", "0,5", ",5": only a decimal separator fits.
                return Ok((whole, after));
            }
            // "1.250" groups thousands where the point is the thousands mark;
            // where it is the decimal mark, three decimals cannot be cents, so
            // the writer most likely meant thousands the other way: ask.
            if mark == group {
                Ok((text, ""))
            } else {
                Err(MoneyError::Ambiguous)
            }
        }
    }
}

/// Thousands groups must have three digits each after the first.
fn check_groups(whole: &str) -> Result<(), MoneyError> {
    let mut parts = whole.split(['.', ',']);
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    if rest.is_empty() {
        return Ok(());
    }
    if first.is_empty() || first.len() > 3 || rest.iter().any(|p| p.len() != 3) {
        return Err(MoneyError::NotANumber);
    }
    Ok(())
}

impl fmt::Display for Eur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} EUR", self.plain())
    }
}

impl serde::Serialize for Eur {
    /// Amounts go out as exact decimal strings ("1250.50"), never floats.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.plain())
    }
}

impl<'de> serde::Deserialize<'de> for Eur {
    /// The instance export's form ("1250.50").
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Eur::parse(&text, "en").map_err(|e| serde::de::Error::custom(e.message_id()))
    }
}

macro_rules! eur_column {
    ($db:ty) => {
        impl sqlx::Type<$db> for Eur {
            fn type_info() -> <$db as sqlx::Database>::TypeInfo {
                <i64 as sqlx::Type<$db>>::type_info()
            }

            fn compatible(ty: &<$db as sqlx::Database>::TypeInfo) -> bool {
                <i64 as sqlx::Type<$db>>::compatible(ty)
            }
        }

        impl<'q> sqlx::Encode<'q, $db> for Eur {
            fn encode_by_ref(
                &self,
                buf: &mut <$db as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <i64 as sqlx::Encode<'q, $db>>::encode_by_ref(&self.0, buf)
            }
        }

        impl<'r> sqlx::Decode<'r, $db> for Eur {
            fn decode(value: <$db as sqlx::Database>::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                let cents = <i64 as sqlx::Decode<'r, $db>>::decode(value)?;
                Eur::from_cents(cents)
                    .ok_or_else(|| format!("{cents} cents is outside the amounts Mozaik holds").into())
            }
        }
    };
}

eur_column!(sqlx::Sqlite);
eur_column!(sqlx::Postgres);

#[cfg(test)]
mod tests {
    use super::{Eur, MoneyError};

    fn cents(text: &str, locale: &str) -> Result<i64, MoneyError> {
        Eur::parse(text, locale).map(Eur::cents)
    }

    #[test]
    fn decimals_are_kept() {
        assert_eq!(cents("12.50", "en"), Ok(1250));
        assert_eq!(cents("12,50", "bs"), Ok(1250));
        assert_eq!(cents("60000.00", "en"), Ok(6_000_000));
        assert_eq!(cents("1500.50", "en"), Ok(150_050));
        assert_eq!(cents("0,5", "hr"), Ok(50));
        assert_eq!(cents("12.50", "bs"), Ok(1250), "a point before two digits can only be decimal");
    }

    #[test]
    fn thousands_follow_the_language() {
        assert_eq!(cents("20.000,50", "bs"), Ok(2_000_050));
        assert_eq!(cents("20,000.50", "en"), Ok(2_000_050));
        assert_eq!(cents("20.000,50", "en"), Ok(2_000_050), "both marks leave no doubt");
        assert_eq!(cents("1.250", "sr-Latn"), Ok(125_000));
        assert_eq!(cents("1,250", "en"), Ok(125_000));
        assert_eq!(cents("1,250", "mk"), Err(MoneyError::Ambiguous), "a comma is the decimal mark in Macedonian");
        assert_eq!(cents("1 250,50", "fr"), Ok(125_050));
        assert_eq!(cents("1\u{202f}250,50", "sq"), Ok(125_050));
        assert_eq!(cents("1.000.000", "hr"), Ok(100_000_000));
        assert_eq!(cents("15000 EUR", "en"), Ok(1_500_000));
        assert_eq!(cents("€ 15000", "en"), Ok(1_500_000));
    }

    #[test]
    fn doubtful_and_wrong_amounts_are_refused() {
        assert_eq!(cents("1.250", "fr"), Err(MoneyError::Ambiguous));
        assert_eq!(cents("1.250", "en"), Err(MoneyError::Ambiguous));
        assert_eq!(cents("1.2345", "en"), Err(MoneyError::Cents));
        assert_eq!(cents("9223372036854775807", "en"), Err(MoneyError::TooLarge));
        assert_eq!(cents("1000000001", "en"), Err(MoneyError::TooLarge));
        assert_eq!(cents("-5", "en"), Err(MoneyError::Negative));
        assert_eq!(cents("12a", "en"), Err(MoneyError::NotANumber));
        assert_eq!(cents("1.2.3,4", "bs"), Err(MoneyError::NotANumber));
        assert_eq!(cents("1,00,000", "en"), Err(MoneyError::NotANumber));
        assert_eq!(cents("", "en"), Err(MoneyError::Empty));
        assert_eq!(cents(".", "en"), Err(MoneyError::NotANumber));
    }

    #[test]
    fn sums_are_bounded() {
        let max = Eur::from_cents(Eur::MAX).unwrap();
        assert_eq!(max.checked_add(Eur::from_cents(1).unwrap()), None);
        assert_eq!(Eur::sum([Eur::euros(10), Eur::euros(5)]), Some(Eur::euros(15)));
    }
}
