//! Records of processing: each module declares, next to its tables, what
//! personal data a table holds, why, on what legal basis, who sees it, how
//! long it is kept and what erasing a person does to it. The administrators'
//! page, `docs/PRIVACY.md`, the public notice, a person's data download,
//! erasure and the retention job are all driven by these declarations, so
//! a table cannot hold personal data without saying so (a test checks every
//! table of the schema against them).

use crate::export::Table;

crate::text_enum! {
    /// Groups of records as the privacy notice presents them.
    pub enum Category, messages "privacy-category" {
        Officials = "officials",
        SignIn = "signin",
        Mail = "mail",
        Support = "support",
        Sharing = "sharing",
        Surveys = "surveys",
        Knowledge = "knowledge",
        Audit = "audit",
    }
}

crate::text_enum! {
    /// The legal ground for processing, as the GDPR-modelled laws of the
    /// region name them.
    pub enum Basis, messages "privacy-basis" {
        PublicTask = "public-task",
        LegitimateInterest = "legitimate-interest",
        LegalObligation = "legal-obligation",
        Consent = "consent",
    }
}

/// How the rows of a table are found for one person.
#[derive(Clone, Copy, Debug)]
pub enum Subject {
    /// The column holds the person's id (`people.id`).
    Person(&'static str),
    /// The column holds one of the person's account ids.
    Account(&'static str),
    /// The column holds one of the person's e-mail addresses.
    Email(&'static str),
    /// The column holds the SHA-256 of one of the person's e-mail addresses.
    EmailHash(&'static str),
    /// The column holds an audit actor, `account:N`.
    Actor(&'static str),
    /// The column holds an id that this query, given the person's id as
    /// `$1`, returns.
    Via(&'static str, &'static str),
    /// Rows concern people who have no account (residents, returnees): they
    /// are never linked to a signed-in person, only kept for a period.
    Unlinked,
}

/// What erasing a person does to the rows found for them.
#[derive(Clone, Copy, Debug)]
pub enum Erasure {
    Delete,
    /// An SQL `SET` clause; `$2` in it is the person's pseudonym.
    Set(&'static str),
    /// The rows stay: they record what a position holder did, and name the
    /// person only through an id whose personal details are erased.
    Keep,
}

/// How long records are kept.
#[derive(Clone, Copy, Debug)]
pub enum Retention {
    /// Kept while the purpose lasts, which the message names; erased on
    /// request.
    While(&'static str),
    /// Removed a number of days after a moment the sweep measures from.
    /// Administrators choose the number between `min` and `max`; `sweep` is
    /// one statement with the cutoff time as `$1`.
    Days { key: &'static str, default: u32, min: u32, max: u32, sweep: &'static str },
}

impl Retention {
    pub fn key(&self) -> Option<&'static str> {
        match self {
            Retention::Days { key, .. } => Some(key),
            Retention::While(_) => None,
        }
    }
}

/// One table's record of processing.
#[derive(Debug)]
pub struct Declaration {
    pub table: &'static Table,
    pub category: Category,
    /// The columns that hold personal data.
    pub columns: &'static [&'static str],
    /// Columns never given out, even to the person: secrets and sealed
    /// content about others.
    pub withheld: &'static [&'static str],
    /// Free text in which a person's name may have been typed; erasure
    /// replaces the name and e-mail there with the pseudonym.
    pub free_text: &'static [&'static str],
    pub purpose: &'static str,
    pub basis: Basis,
    /// Message id naming who may see the data.
    pub seen_by: &'static str,
    pub retention: Retention,
    pub subject: Subject,
    pub erasure: Erasure,
}

/// A module's account of its tables: those with personal data declared,
/// the others named as holding none.
pub struct Records {
    pub declarations: &'static [Declaration],
    pub without_personal_data: &'static [&'static str],
}

/// Columns whose names say they hold personal data; a table listed as
/// holding none must have none of them.
pub const PERSONAL_COLUMN_NAMES: &[&str] =
    &["email", "full_name", "phone", "client", "to_address", "free_text", "respondent", "asked_by", "account_id"];

/// What in a free text looks like a private person's details.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finding {
    Email,
    Phone,
    Name,
}

impl Finding {
    pub fn message_id(self) -> &'static str {
        match self {
            Finding::Email => "privacy-finding-email",
            Finding::Phone => "privacy-finding-phone",
            Finding::Name => "privacy-finding-name",
        }
    }
}

/// Words that start with a capital and still are no one's name: titles and
/// the first words of sentences people commonly write in requests.
const NOT_NAMES: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "The", "We", "Our", "In", "On", "At", "For"];

/// What in `text` looks like details of a private person: an e-mail
/// address, a phone number (seven or more digits), or a title followed by a
/// capitalised word ("Mr Petrović", "g. Hoxha"). Officials are named by
/// their position in Mozaik; a private person rarely needs to be named.
pub fn findings(text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    }) {
        found.push(Finding::Email);
    }
    if phone_number_in(text) {
        found.push(Finding::Phone);
    }
    const TITLES: &[&str] =
        &["mr", "mrs", "ms", "dr", "g", "gđa", "gđica", "z", "zt", "znj", "m", "mme", "г", "гђа", "гѓа"];
    let named = words.windows(2).any(|pair| {
        let title = pair[0].trim_end_matches('.').to_lowercase();
        let next = pair[1].trim_matches(|c: char| !c.is_alphanumeric());
        TITLES.contains(&title.as_str())
            && next.chars().next().is_some_and(char::is_uppercase)
            && !NOT_NAMES.contains(&next)
    });
    if named {
        found.push(Finding::Name);
    }
    found
}

/// A run of eight or more digits, spaces and dashes that starts with `+` or
/// `0`, as phone numbers in the region are written; dates and amounts do not
/// start that way.
fn phone_number_in(text: &str) -> bool {
    let mut digits = 0;
    let mut in_run = false;
    let mut previous = ' ';
    for c in text.chars() {
        if in_run && (c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '(' | ')' | '.')) {
            digits += usize::from(c.is_ascii_digit());
            if digits >= 8 {
                return true;
            }
        } else {
            in_run = (c == '+' || c == '0') && !previous.is_alphanumeric();
            digits = usize::from(c == '0');
        }
        previous = c;
    }
    false
}

/// Warns before saving free text that seems to name a private person: adds
/// a `personal` error (shown with a box to tick) unless the writer ticked
/// that the details are needed.
pub fn warn_before_saving(
    tr: crate::i18n::Tr,
    text: &str,
    confirmed: bool,
    errors: &mut crate::web::form::FieldErrors,
) {
    let found = findings(text);
    if confirmed || found.is_empty() {
        return;
    }
    let listed: Vec<String> = found.iter().map(|f| tr.t(f.message_id())).collect();
    errors.add("personal", tr.t1("privacy-warning", "found", listed.join(", ")));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_addresses_phones_and_titled_names() {
        assert_eq!(findings("Please write to ana.petrovic@example.org soon."), vec![Finding::Email]);
        assert_eq!(findings("Call +389 70 123 456 after nine."), vec![Finding::Phone]);
        assert_eq!(findings("Mr. Hoxha reported the graffiti."), vec![Finding::Name]);
        assert_eq!(findings("G. Petrović je prijavio grafite."), vec![Finding::Name]);
        assert!(findings("We need training for 12 teachers in 2027 on online hate.").is_empty());
        assert!(findings("Budget 15000 EUR, 3 schools, from 2026-12-04 to 2027-01-31.").is_empty());
        assert_eq!(findings("tel. 070/123-456"), vec![Finding::Phone]);
    }
}
