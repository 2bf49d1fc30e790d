//! Random secrets and their stored form. A token is shown once (in a cookie,
//! a link or on screen); only its SHA-256 is stored, so a copy of the
//! database cannot be used to sign in. Tokens carry 256 bits of entropy, so a
//! plain hash is enough; passwords, which people choose, get argon2id.

use sha2::{Digest, Sha256};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new random token, URL-safe.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    hex(&bytes)
}

/// Random bytes, for TOTP secrets.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    bytes
}

pub fn hash_token(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

pub fn sha256_hex(text: &str) -> String {
    hash_token(text)
}

/// Compares two strings in time independent of where they differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// What an API token may read, one scope per area; a token carries one or
/// more. Each has its description in the messages as `scope-<area>-<what>`.
pub const SCOPES: &[&str] =
    &["directory:read", "directory:people", "assess:read", "resilience:read", "knowledge:read", "support:read"];

pub fn scope_message(scope: &str) -> String {
    format!("scope-{}", scope.replace(':', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_hash_stably() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(hash_token(&a), hash_token(&a));
        assert_ne!(hash_token(&a), a);
        assert!(constant_time_eq(&a, &a.clone()) && !constant_time_eq(&a, &b));
    }
}
