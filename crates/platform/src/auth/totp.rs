//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), as every
//! authenticator app expects, and single-use recovery codes.

use totp_rs::{Algorithm, Secret, TOTP};

use super::token::{constant_time_eq, hash_token, random_bytes};

fn totp(secret_base32: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_base32.to_string()).to_bytes().ok()?;
    TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes).ok()
}

/// A new secret, base32-encoded as authenticator apps show it.
pub fn new_secret() -> String {
    Secret::Raw(random_bytes::<20>().to_vec()).to_encoded().to_string()
}

/// The `otpauth://` link an authenticator app reads from a QR code.
pub fn provisioning_uri(secret_base32: &str, issuer: &str, account: &str) -> String {
    let label = urlencoding::encode(&format!("{issuer}:{account}")).into_owned();
    format!(
        "otpauth://totp/{label}?secret={secret_base32}&issuer={}&algorithm=SHA1&digits=6&period=30",
        urlencoding::encode(issuer)
    )
}

const STEP_SECONDS: u64 = 30;

/// The time step `code` belongs to, if it is valid at `now` (one 30-second
/// step of drift either way). Storing the last accepted step and refusing
/// any step not after it makes every code single-use.
pub fn verify_step(secret_base32: &str, code: &str, now: chrono::DateTime<chrono::Utc>) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret_base32)?;
    let current = u64::try_from(now.timestamp()).ok()? / STEP_SECONDS;
    [current.saturating_sub(1), current, current + 1]
        .into_iter()
        .find(|step| constant_time_eq(&totp.generate(step * STEP_SECONDS), &code))
        .and_then(|step| i64::try_from(step).ok())
}

/// Whether `code` is valid now, without using it up (for setting a second factor up).
pub fn verify(secret_base32: &str, code: &str) -> bool {
    verify_step(secret_base32, code, chrono::Utc::now()).is_some()
}

/// The current code, for tests and the demo.
pub fn current_code(secret_base32: &str) -> Option<String> {
    totp(secret_base32).and_then(|t| t.generate_current().ok())
}

/// The code of the next 30-second step, which is accepted already (for a
/// test that signs in twice within one step: each code works once).
pub fn next_code(secret_base32: &str) -> Option<String> {
    let now = u64::try_from(chrono::Utc::now().timestamp()).ok()?;
    totp(secret_base32).map(|t| t.generate((now / STEP_SECONDS + 1) * STEP_SECONDS))
}

/// Ten recovery codes to show once, and their stored hashes.
pub fn new_recovery_codes() -> Vec<(String, String)> {
    (0..10)
        .map(|_| {
            let bytes = random_bytes::<5>();
            let code: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            let shown = format!("{}-{}", &code[..5], &code[5..]);
            (shown.clone(), hash_token(&normalise_recovery_code(&shown)))
        })
        .collect()
}

pub fn normalise_recovery_code(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_secret_verifies_its_current_code() {
        let secret = new_secret();
        let code = current_code(&secret).unwrap();
        assert!(verify(&secret, &code));
        assert!(verify(&secret, &format!("{} {}", &code[..3], &code[3..])), "spaces are forgiven");
        assert!(!verify(&secret, "12345"));
        assert!(!verify(&secret, "abcdef"));
    }

    #[test]
    fn recovery_codes_are_distinct() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert_ne!(codes[0].0, codes[1].0);
        assert_eq!(hash_token(&normalise_recovery_code(&codes[0].0.to_uppercase())), codes[0].1);
    }
}
