//! Delivery of the outbox through an SMTP relay, against a small relay
//! played by the test itself.

use std::sync::{Arc, Mutex};

use platform::mail::{deliver_pending, queue, Smtp};
use platform::on_db;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::support::on_both_backends;

/// Accepts SMTP sessions and keeps each message's DATA.
async fn fake_relay() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 relay.test ESMTP\r\n").await.unwrap();
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(body) = data.as_mut() {
                        if line == "." {
                            store.lock().unwrap().push(data.take().unwrap());
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            body.push_str(&line);
                            body.push('\n');
                        }
                        continue;
                    }
                    let verb = line.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 relay.test\r\n",
                        "DATA" => {
                            data = Some(String::new());
                            b"354 go ahead\r\n"
                        }
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.unwrap();
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, received)
}

on_both_backends!(the_outbox_is_delivered_through_smtp, |db| {
    let (port, received) = fake_relay().await;
    let mut tx = db.begin().await.unwrap();
    queue(&mut tx, "ana@example.org", "Your invitation", "Open this link: https://mozaik.example/invitations/x")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let smtp = Smtp::new(&format!("smtp://127.0.0.1:{port}"), "Mozaik <noreply@mozaik.example>").unwrap();
    assert_eq!(deliver_pending(db, &smtp, None).await.unwrap(), 1);
    let mails = received.lock().unwrap().clone();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("Subject: Your invitation") && mails[0].contains("ana@example.org"), "{}", mails[0]);
    // Sent once: a second round finds nothing to send.
    assert_eq!(deliver_pending(db, &smtp, None).await.unwrap(), 0);
    let sent: i64 = on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL")
        .fetch_one(pool)
        .await)
    .unwrap();
    assert_eq!(sent, 1);
});

on_both_backends!(a_relay_that_is_down_leaves_the_mail_for_later, |db| {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut tx = db.begin().await.unwrap();
    queue(&mut tx, "ana@example.org", "Later", "Body").await.unwrap();
    tx.commit().await.unwrap();
    let smtp = Smtp::new(&format!("smtp://127.0.0.1:{port}"), "noreply@mozaik.example").unwrap();
    assert_eq!(deliver_pending(db, &smtp, None).await.unwrap(), 0);
    let (attempts, error): (i64, String) =
        on_db!(db, |pool| sqlx::query_as("SELECT attempts, error FROM outbox").fetch_one(pool).await).unwrap();
    assert_eq!(attempts, 1);
    assert!(!error.is_empty(), "the failure is recorded for the outbox page");
});

#[test]
fn smtp_settings_are_checked() {
    assert!(Smtp::new("http://mail", "a@b.org").is_err());
    assert!(Smtp::new("smtp://mail:notaport", "a@b.org").is_err());
    assert!(Smtp::new("smtp://user:pa%40ss@mail.example.org:587", "Mozaik <a@b.org>").is_ok());
    assert!(Smtp::new("smtp://mail", "not an address").is_err());
}
