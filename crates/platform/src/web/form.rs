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

/// A form read into a typed struct. Repeated fields (checkboxes) fill a
/// `Vec`; ids, dates and choices are typed by the struct, so a value no
/// page of Mozaik would send is refused here, before any handler runs, with
/// the field and the reason in the reader's language. Values people type
/// (names, amounts) stay text in the struct and are checked by its
/// `validate`, which reports each field on the page.
pub struct Form<T>(pub T);

impl<T: serde::de::DeserializeOwned> axum::extract::FromRequest<super::AppState> for Form<T> {
    type Rejection = axum::response::Response;

    async fn from_request(request: axum::extract::Request, state: &super::AppState) -> Result<Self, Self::Rejection> {
        use axum::extract::FromRequestParts;
        use axum::response::IntoResponse;
        let (mut parts, body) = request.into_parts();
        let bytes = match axum::body::to_bytes(body, super::csrf::FORM_LIMIT).await {
            Ok(bytes) => bytes,
            Err(_) => return Err(axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response()),
        };
        let error = match serde_html_form::from_bytes::<T>(&bytes) {
            Ok(value) => return Ok(Form(value)),
            Err(error) => error.to_string(),
        };
        tracing::info!(%error, "refused a form that no page sends");
        let ctx = super::PageCtx::from_request_parts(&mut parts, state).await.map_err(|e| e.into_response())?;
        let message = ctx.tr.t1("error-form-unreadable", "reason", error);
        Err(ctx.error_text(axum::http::StatusCode::BAD_REQUEST, "error-bad-request-title", message).into_response())
    }
}

/// A checkbox: present when ticked.
pub fn ticked<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    let value = <String as serde::Deserialize>::deserialize(deserializer)?;
    Ok(is_ticked(&value))
}

/// Whether a checkbox's submitted value means ticked.
pub fn is_ticked(value: &str) -> bool {
    !value.is_empty() && value != "0" && value != "false" && value != "no"
}

/// An optional number or date: an empty field is `None`, not an error.
pub fn empty_as_none<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    let value = <String as serde::Deserialize>::deserialize(deserializer)?;
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    value.parse().map(Some).map_err(serde::de::Error::custom)
}
