//! Encryption of sensitive fields at rest, with a key held outside the
//! database (a key file or the environment). Each sealed value records the
//! id of the key that sealed it, so a server started with the wrong key
//! refuses to run instead of serving garbage, and keys can be rotated.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};

use crate::auth::token::{random_bytes, sha256_hex};

pub struct SecretBox {
    cipher: ChaCha20Poly1305,
    key_id: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    #[error("the sharing key must be 64 hexadecimal characters (32 bytes); generate one with: head -c 32 /dev/urandom | xxd -p -c 64")]
    BadKey,
    #[error("this value was sealed with key {found}, but the server holds key {expected}")]
    WrongKey { found: String, expected: String },
    #[error("a sealed value is damaged")]
    Damaged,
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl SecretBox {
    /// A box from 64 hexadecimal characters.
    pub fn from_hex(key: &str) -> Result<SecretBox, CryptoError> {
        let bytes = unhex(key.trim()).filter(|b| b.len() == 32).ok_or(CryptoError::BadKey)?;
        let key_id = sha256_hex(&format!("mozaik-key:{}", hex(&bytes)))[..12].to_string();
        Ok(SecretBox { cipher: ChaCha20Poly1305::new(Key::from_slice(&bytes)), key_id })
    }

    /// A new random key, as hexadecimal.
    pub fn generate_hex() -> String {
        hex(&random_bytes::<32>())
    }

    pub fn key_id(&self) -> &str {
        &self.key_id
    }

    /// `v1:<key id>:<nonce and ciphertext in hex>`.
    pub fn seal(&self, plaintext: &str) -> String {
        let nonce = random_bytes::<12>();
        let sealed = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), plaintext.as_bytes())
            .expect("encryption cannot fail for in-memory data");
        format!("v1:{}:{}{}", self.key_id, hex(&nonce), hex(&sealed))
    }

    pub fn open(&self, sealed: &str) -> Result<String, CryptoError> {
        let mut parts = sealed.splitn(3, ':');
        let (Some("v1"), Some(key_id), Some(body)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(CryptoError::Damaged);
        };
        if key_id != self.key_id {
            return Err(CryptoError::WrongKey { found: key_id.to_string(), expected: self.key_id.clone() });
        }
        let bytes = unhex(body).filter(|b| b.len() > 12).ok_or(CryptoError::Damaged)?;
        let plain =
            self.cipher.decrypt(Nonce::from_slice(&bytes[..12]), &bytes[12..]).map_err(|_| CryptoError::Damaged)?;
        String::from_utf8(plain).map_err(|_| CryptoError::Damaged)
    }

    /// The key id inside a sealed value, without opening it.
    pub fn key_id_of(sealed: &str) -> Option<&str> {
        sealed.strip_prefix("v1:").and_then(|rest| rest.split(':').next())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_and_open() {
        let key = SecretBox::generate_hex();
        let b = SecretBox::from_hex(&key).unwrap();
        let sealed = b.seal("two adults, three children");
        assert!(!sealed.contains("adults"));
        assert_eq!(b.open(&sealed).unwrap(), "two adults, three children");
        assert_ne!(b.seal("x"), b.seal("x"), "a fresh nonce every time");
        let other = SecretBox::from_hex(&SecretBox::generate_hex()).unwrap();
        assert!(matches!(other.open(&sealed), Err(CryptoError::WrongKey { .. })));
        let mut tampered = sealed.clone();
        let last = tampered.pop();
        tampered.push(if last == Some('0') { '1' } else { '0' });
        assert!(b.open(&tampered).is_err());
        assert!(SecretBox::from_hex("abc").is_err());
    }
}
