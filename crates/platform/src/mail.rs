//! Outgoing mail. Messages are queued in the `outbox` table inside the
//! transaction that causes them, so a message exists exactly when its cause
//! was committed. Administrators read the outbox in the browser. When an SMTP
//! relay is configured, a background task on each server claims pending
//! messages (so two servers never send the same one) and delivers them,
//! retrying a few times.

use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::audit::{self, AuditCtx, Event};
use crate::{on_tx, Db, Tx};

pub async fn queue(tx: &mut Tx, to: &str, subject: &str, body: &str) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO outbox (to_address, subject, body, created_at, attempts) VALUES ($1, $2, $3, $4, 0) RETURNING id"
    )
    .bind(to)
    .bind(subject)
    .bind(body)
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await)
}

/// Stands in a message's body for a link that opens an account (an
/// invitation, a password reset). The link itself is sealed in the
/// message's `secret` and removed once the message is delivered, so a copy
/// of the database (a backup, an export) gives nobody a way in, and
/// administrators reading the outbox never see it.
pub const LINK_MARKER: &str = "[[link]]";

/// Queues a message whose body carries [`LINK_MARKER`] where `link` goes.
pub async fn queue_with_link(
    tx: &mut Tx,
    to: &str,
    subject: &str,
    body: &str,
    link: &str,
    sealer: &crate::crypto::SecretBox,
) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO outbox (to_address, subject, body, secret, created_at, attempts) \
         VALUES ($1, $2, $3, $4, $5, 0) RETURNING id"
    )
    .bind(to)
    .bind(subject)
    .bind(body)
    .bind(sealer.seal(link))
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await)
}

/// The body as it is sent: the sealed link put back in its place.
pub fn body_to_send(
    body: &str,
    secret: Option<&str>,
    sealer: Option<&crate::crypto::SecretBox>,
) -> Result<String, String> {
    match (secret, sealer) {
        (None, _) => Ok(body.to_string()),
        (Some(sealed), Some(sealer)) => {
            let link = sealer.open(sealed).map_err(|e| e.to_string())?;
            Ok(body.replace(LINK_MARKER, &link))
        }
        (Some(_), None) => Err("the message holds a sealed link but no key is configured".into()),
    }
}

pub const MAX_ATTEMPTS: i64 = 5;

/// An SMTP relay, from a URL such as `smtp://user:password@mail.example.org:587`.
/// Mozaik speaks plain SMTP to it; run it on this machine or a private
/// network (for example Postfix relaying onward over TLS).
pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: lettre::message::Mailbox,
}

impl Smtp {
    pub fn new(url: &str, from: &str) -> Result<Smtp, String> {
        let rest = url.strip_prefix("smtp://").ok_or_else(|| format!("smtp_url '{url}' must start with smtp://"))?;
        let (credentials, host_port) = match rest.rsplit_once('@') {
            Some((creds, host)) => (Some(creds), host),
            None => (None, rest),
        };
        let host_port = host_port.trim_end_matches('/');
        let (host, port) = match host_port.rsplit_once(':') {
            Some((host, port)) => (host, port.parse::<u16>().map_err(|_| format!("smtp_url '{url}' has a bad port"))?),
            None => (host_port, 25),
        };
        if host.is_empty() {
            return Err(format!("smtp_url '{url}' names no host"));
        }
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(port)
            .timeout(Some(Duration::from_secs(20)));
        if let Some(creds) = credentials {
            let (user, password) = creds.split_once(':').unwrap_or((creds, ""));
            let decode = |s: &str| urlencoding::decode(s).map(|c| c.into_owned()).unwrap_or_else(|_| s.to_string());
            builder = builder.credentials(Credentials::new(decode(user), decode(password)));
        }
        let from = from.parse().map_err(|e| format!("mail_from '{from}' is not an address: {e}"))?;
        Ok(Smtp { transport: builder.build(), from })
    }

    async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), String> {
        let to = to.parse().map_err(|e| format!("bad address: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_string())
            .map_err(|e| e.to_string())?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

crate::record! {
    struct Claimed {
        id: i64,
        to_address: String,
        subject: String,
        body: String,
        secret: Option<String>,
    }
}

/// Claims and sends pending messages; returns how many were delivered.
pub async fn deliver_pending(db: &Db, smtp: &Smtp, sealer: Option<&crate::crypto::SecretBox>) -> anyhow::Result<usize> {
    let now: DateTime<Utc> = Utc::now();
    let mut tx = db.begin().await?;
    let claimed: Vec<Claimed> = on_tx!(&mut tx, |c| {
        sqlx::query_as(
        "UPDATE outbox SET claimed_until = $1, attempts = attempts + 1 WHERE id IN \
         (SELECT id FROM outbox WHERE sent_at IS NULL AND attempts < $2 AND (claimed_until IS NULL OR claimed_until < $3) \
          ORDER BY id LIMIT 20) RETURNING id, to_address, subject, body, secret"
    )
    .bind(now + chrono::Duration::minutes(2))
    .bind(MAX_ATTEMPTS)
    .bind(now)
    .fetch_all(&mut *c)
    .await
    })?;
    tx.commit().await?;
    let mut delivered = 0;
    for Claimed { id, to_address: to, subject, body, secret } in claimed {
        let outcome = match body_to_send(&body, secret.as_deref(), sealer) {
            Ok(body) => smtp.send(&to, &subject, &body).await,
            Err(e) => Err(e),
        };
        let mut tx = db.begin().await?;
        match &outcome {
            Ok(()) => {
                delivered += 1;
                // Delivered: the link now lives only in the recipient's mailbox.
                on_tx!(&mut tx, |c| sqlx::query(
                    "UPDATE outbox SET sent_at = $1, error = '', secret = NULL WHERE id = $2"
                )
                .bind(Utc::now())
                .bind(id)
                .execute(&mut *c)
                .await
                .map(|_| ()))?;
            }
            Err(error) => {
                tracing::warn!(message = id, error = %error, "mail delivery failed; will retry");
                on_tx!(&mut tx, |c| sqlx::query("UPDATE outbox SET error = $1 WHERE id = $2")
                    .bind(error)
                    .bind(id)
                    .execute(&mut *c)
                    .await
                    .map(|_| ()))?;
            }
        }
        audit::append(
            &mut tx,
            &AuditCtx { actor: "system".into(), request_id: "mail".into() },
            Event {
                action: if outcome.is_ok() { "mail.sent" } else { "mail.failed" },
                object_type: "outbox",
                object_id: id.to_string(),
                place_id: None,
                summary: outcome.err().unwrap_or_else(|| "delivered to the SMTP relay".into()),
            },
        )
        .await?;
        tx.commit().await?;
    }
    Ok(delivered)
}

/// Delivers mail in the background every few seconds, for as long as the server runs.
pub fn spawn_sender(
    db: Db,
    smtp: Smtp,
    sealer: Option<std::sync::Arc<crate::crypto::SecretBox>>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = deliver_pending(&db, &smtp, sealer.as_deref()).await {
                tracing::warn!(error = %e, "the mail sender could not run");
            }
            tokio::time::sleep(Duration::from_secs(5)).await;
        }
    })
}
