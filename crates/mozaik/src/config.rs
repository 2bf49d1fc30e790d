//! Configuration: defaults, then `mozaik.toml`, then `MOZAIK_*` environment
//! variables, then command-line flags. Any setting can also come from a file
//! named by `MOZAIK_<NAME>_FILE`, for secrets kept out of the environment.

use std::path::{Path, PathBuf};

use figment::providers::{Format, Serialized, Toml};
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
    /// A file outside the database (another disk or host) where the server
    /// appends the audit chain's head every minute; `mozaik check` compares
    /// the chain with it. Empty: no checkpoints.
    pub audit_checkpoint: String,
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
            audit_checkpoint: String::new(),
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

/// Variables named `MOZAIK_…` that are not settings: the first
/// administrator's password for `mozaik init`, and the test suite's own.
const OTHER_VARIABLES: &[&str] =
    &["ADMIN_PASSWORD", "TEST_POSTGRES_URL", "CHROMIUM", "CHROMEDRIVER", "UPDATE_SNAPSHOTS"];

/// Every setting's name and default, read off the `Config` struct itself,
/// so the environment knows exactly the settings `mozaik.toml` knows.
fn defaults() -> serde_json::Map<String, serde_json::Value> {
    match serde_json::to_value(Config::default()) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

/// A setting's text from the environment, read as the default's type: a
/// list is comma-separated (or written as a JSON array).
fn typed(default: &serde_json::Value, name: &str, text: &str) -> Result<serde_json::Value, ConfigError> {
    use serde_json::Value;
    let bad = |what: &str| ConfigError(format!("{name} must be {what}, not '{text}'"));
    Ok(match default {
        Value::Bool(_) => Value::Bool(match text.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => true,
            "false" | "0" | "no" => false,
            _ => return Err(bad("true or false")),
        }),
        Value::Number(_) => Value::Number(text.trim().parse::<u64>().map_err(|_| bad("a whole number"))?.into()),
        Value::Array(_) if text.trim_start().starts_with('[') => {
            serde_json::from_str(text).map_err(|_| bad("a list such as 127.0.0.1, 10.0.0.2"))?
        }
        Value::Array(_) => Value::Array(
            text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(|s| Value::String(s.into())).collect(),
        ),
        _ => Value::String(text.to_string()),
    })
}

/// Settings from `MOZAIK_NAME` and `MOZAIK_NAME_FILE` (the file's content,
/// for secrets). A `MOZAIK_` variable that is no setting is an error that
/// names it, so a misspelt variable is never silently ignored.
fn from_environment() -> Result<serde_json::Map<String, serde_json::Value>, ConfigError> {
    let defaults = defaults();
    let mut values = serde_json::Map::new();
    for (name, value) in std::env::vars() {
        let Some(rest) = name.strip_prefix("MOZAIK_") else { continue };
        if OTHER_VARIABLES.contains(&rest) {
            continue;
        }
        let (key, from_file) = match rest.strip_suffix("_FILE") {
            Some(key) => (key.to_ascii_lowercase(), true),
            None => (rest.to_ascii_lowercase(), false),
        };
        let Some(default) = defaults.get(&key) else {
            let known: Vec<String> = defaults.keys().map(|k| format!("MOZAIK_{}", k.to_ascii_uppercase())).collect();
            return Err(ConfigError(format!(
                "{name} is not a Mozaik setting; the settings are {} (each also as …_FILE)",
                known.join(", ")
            )));
        };
        let text = if from_file {
            std::fs::read_to_string(&value)
                .map_err(|e| ConfigError(format!("{name} names {value}, which cannot be read: {e}")))?
                .trim_end_matches(['\n', '\r'])
                .to_string()
        } else {
            value
        };
        values.insert(key, typed(default, &name, &text)?);
    }
    Ok(values)
}

/// The settings in force, one `name = value` line each, as mozaik.toml
/// would hold them; secrets show only whether they are set.
pub fn describe(config: &Config) -> String {
    let Ok(serde_json::Value::Object(values)) = serde_json::to_value(config) else {
        return String::new();
    };
    let secret = |name: &str| matches!(name, "sharing_key" | "smtp_url");
    values
        .iter()
        .map(|(name, value)| match value {
            serde_json::Value::String(text) if secret(name) && !text.is_empty() => format!("{name} = \"(set)\"\n"),
            other => format!("{name} = {other}\n"),
        })
        .collect()
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
        .merge(Serialized::defaults(from_environment()?))
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
