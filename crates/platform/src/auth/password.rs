//! Passwords: argon2id hashes, and rules after NIST SP 800-63B — a minimum
//! length, a list of breached passwords, no composition rules and no forced
//! rotation.

use std::collections::HashSet;
use std::sync::LazyLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

pub const MIN_LENGTH: usize = 10;
pub const MAX_LENGTH: usize = 256;

static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("../../../../data/common-passwords.txt").lines().collect());

/// Why a password is refused, as a Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    TooShort,
    TooLong,
    Common,
    ContainsEmail,
}

impl Weakness {
    pub fn message_id(self) -> &'static str {
        match self {
            Weakness::TooShort => "password-too-short",
            Weakness::TooLong => "password-too-long",
            Weakness::Common => "password-common",
            Weakness::ContainsEmail => "password-contains-email",
        }
    }
}

pub fn check_rules(password: &str, email: &str) -> Result<(), Weakness> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(Weakness::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(Weakness::TooLong);
    }
    let lower = password.to_lowercase();
    if COMMON.contains(lower.as_str()) {
        return Err(Weakness::Common);
    }
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    if local.len() >= 4 && lower.contains(&local) {
        return Err(Weakness::ContainsEmail);
    }
    Ok(())
}

/// Hashes off the async runtime: argon2 is slow by design.
pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("password hashing failed: {e}"))
    })
    .await?
}

pub async fn verify(password: String, stored: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored)
            .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// A hash to verify against when the account does not exist, so that a
/// wrong e-mail address takes as long as a wrong password.
pub static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(b"no such account", &salt).map(|h| h.to_string()).unwrap_or_default()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_follow_nist() {
        assert_eq!(check_rules("short", "a@b.org"), Err(Weakness::TooShort));
        assert_eq!(check_rules("password123", "a@b.org"), Err(Weakness::Common));
        assert_eq!(check_rules("Password123", "a@b.org"), Err(Weakness::Common), "case does not make it new");
        assert_eq!(check_rules("ana.petrova-2024!", "ana.petrova@kumanovo.gov.mk"), Err(Weakness::ContainsEmail));
        assert_eq!(check_rules("river lantern orchard", "a@b.org"), Ok(()));
        assert_eq!(check_rules("ѕвезда над вардар", "a@b.org"), Ok(()), "any script is welcome");
    }

    #[tokio::test]
    async fn hashes_verify() {
        let hash = hash("river lantern orchard".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify("river lantern orchard".into(), hash.clone()).await);
        assert!(!verify("river lantern orchar".into(), hash).await);
    }
}
