//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), as every
//! authenticator app expects, and single-use recovery codes.

use totp_rs::{Algorithm, Secret, TOTP};

use super::token::{hash_token, random_bytes};

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

/// Whether `code` is valid now (one 30-second step of drift either way).
pub fn verify(secret_base32: &str, code: &str) -> bool {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    totp(secret_base32).is_some_and(|t| t.check_current(&code).unwrap_or(false))
}

/// The current code, for tests and the demo.
pub fn current_code(secret_base32: &str) -> Option<String> {
    totp(secret_base32).and_then(|t| t.generate_current().ok())
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
