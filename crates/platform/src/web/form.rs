//! Per-field form errors, so a refused form comes back with each field
//! marked and everything the user typed kept.

#[derive(Default, Debug)]
pub struct FieldErrors(Vec<(String, String)>);

impl FieldErrors {
    pub fn add(&mut self, field: impl Into<String>, message: String) {
        let field = field.into();
        if !self.has(&field) {
            self.0.push((field, message));
        }
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|(f, _)| *f == field)
    }

    /// The message for `field`, or an empty string.
    pub fn get(&self, field: &str) -> &str {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str()).unwrap_or("")
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Each marked field with its message.
    pub fn iter(&self) -> impl Iterator<Item = &(String, String)> {
        self.0.iter()
    }
}

/// A plausible e-mail address: something@domain.tld, no spaces.
pub fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
        && text.len() <= 254
}

/// The first value of a field in a form read as name–value pairs (forms
/// with repeated fields, such as checkboxes), trimmed.
pub fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim()).unwrap_or("")
}
