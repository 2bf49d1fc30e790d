//! Outgoing mail. Messages are queued in the `outbox` table inside the
//! transaction that causes them, so a message exists exactly when its cause
//! was committed. Administrators read the outbox in the browser; tests read
//! it there too.

use chrono::Utc;

use crate::{on_tx, Tx};

pub async fn queue(tx: &mut Tx, to: &str, subject: &str, body: &str) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO outbox (to_address, subject, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id"
    )
    .bind(to)
    .bind(subject)
    .bind(body)
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await)
}
