//! Configuration: defaults, then `mozaik.toml`, then `MOZAIK_*` environment
//! variables, then command-line flags. Any setting can also come from a file
//! named by `MOZAIK_<NAME>_FILE`, for secrets kept out of the environment.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `sqlite://FILE` or `postgres://…`.
    pub database: String,
    /// Address and port to listen on.
    pub bind: String,
    /// The hub's name, shown in every page header.
    pub hub_name: String,
    /// Mark Kosovo with an asterisk and the customary footnote.
    pub kosovo_footnote: bool,
    /// Set when users reach Mozaik over HTTPS (directly or via a proxy).
    pub https: bool,
    /// Log filter: error, warn, info, debug or trace.
    pub log: String,
    /// The address users reach Mozaik at, for links in e-mails
    /// [default: http:// and the bind address].
    pub public_url: String,
    /// Reverse proxies whose X-Forwarded-For header is believed.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// SMTP relay for outgoing mail, e.g. smtp://localhost:25; empty keeps
    /// mail in the outbox only.
    pub smtp_url: String,
    /// The sender of outgoing mail.
    pub mail_from: String,
    /// 64 hexadecimal characters sealing notices at rest; keep it outside
    /// the database (MOZAIK_SHARING_KEY_FILE). Empty switches sharing off.
    pub sharing_key: String,
    /// Public aggregates hide figures resting on fewer municipalities than this.
    pub suppression_k: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            database: "sqlite://mozaik.db".into(),
            bind: "127.0.0.1:8080".into(),
            hub_name: "Western Balkans Regional Hub".into(),
            kosovo_footnote: true,
            https: false,
            log: "info".into(),
            public_url: String::new(),
            trusted_proxies: Vec::new(),
            smtp_url: String::new(),
            mail_from: "Mozaik <noreply@localhost>".into(),
            sharing_key: String::new(),
            suppression_k: 5,
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(pub String);

/// Settings given on the command line; `None` leaves the layer below in force.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind: Option<String>,
}

/// The settings, as named in `mozaik.toml` and after `MOZAIK_` in the environment.
const KEYS: &[&str] = &["database", "bind", "hub_name", "kosovo_footnote", "https", "log"];

fn secrets_from_files() -> Result<BTreeMap<String, String>, ConfigError> {
    let mut values = BTreeMap::new();
    for (name, path) in std::env::vars() {
        let Some(key) = name.strip_prefix("MOZAIK_").and_then(|n| n.strip_suffix("_FILE")) else {
            continue;
        };
        let key = key.to_ascii_lowercase();
        if !KEYS.contains(&key.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| ConfigError(format!("{name} names {path}, which cannot be read: {e}")))?;
        values.insert(key, text.trim_end_matches(['\n', '\r']).to_string());
    }
    Ok(values)
}

pub fn load(config_file: Option<&Path>, overrides: &Overrides) -> Result<Config, ConfigError> {
    let file: PathBuf = match config_file {
        Some(path) if !path.exists() => {
            return Err(ConfigError(format!("the configuration file {} does not exist", path.display())))
        }
        Some(path) => path.to_path_buf(),
        None => PathBuf::from("mozaik.toml"),
    };
    let figment = Figment::from(Serialized::defaults(Config::default()))
        .merge(Toml::file(&file))
        .merge(Env::prefixed("MOZAIK_").only(KEYS))
        .merge(Serialized::defaults(secrets_from_files()?))
        .merge(Serialized::defaults(overrides));
    let mut config: Config = figment.extract().map_err(|e| ConfigError(e.to_string()))?;
    platform::db::backend_of(&config.database).map_err(|e| ConfigError(e.to_string()))?;
    if config.bind.parse::<std::net::SocketAddr>().is_err() {
        return Err(ConfigError(format!(
            "bind address '{}' is not ADDRESS:PORT, for example 127.0.0.1:8080",
            config.bind
        )));
    }
    if config.suppression_k < 2 {
        return Err(ConfigError("suppression_k must be at least 2".into()));
    }
    if !config.sharing_key.is_empty() {
        platform::crypto::SecretBox::from_hex(&config.sharing_key).map_err(|e| ConfigError(e.to_string()))?;
    }
    if !config.smtp_url.is_empty() {
        platform::mail::Smtp::new(&config.smtp_url, &config.mail_from).map_err(ConfigError)?;
    }
    if config.public_url.is_empty() {
        let scheme = if config.https { "https" } else { "http" };
        config.public_url = format!("{scheme}://{}", config.bind);
    }
    if !(config.public_url.starts_with("http://") || config.public_url.starts_with("https://")) {
        return Err(ConfigError(format!("public_url '{}' must start with http:// or https://", config.public_url)));
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_bind_is_named() {
        let err = load(None, &Overrides { bind: Some("localhost".into()), database: None }).unwrap_err();
        assert!(err.0.contains("localhost"), "{err}");
    }

    #[test]
    fn bad_database_url_is_named() {
        let err = load(None, &Overrides { database: Some("mysql://x".into()), bind: None }).unwrap_err();
        assert!(err.0.contains("mysql://x"), "{err}");
    }

    #[test]
    fn missing_config_file_is_named() {
        let err = load(Some(Path::new("/nonexistent/mozaik.toml")), &Overrides::default()).unwrap_err();
        assert!(err.0.contains("does not exist"), "{err}");
    }
}
