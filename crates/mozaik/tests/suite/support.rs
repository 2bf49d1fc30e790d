//! Test harness: databases on either backend, each test isolated, and an
//! in-process HTTP client for the router.

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use mozaik::config::Config;
use platform::db::ConnectOptions;
use platform::Db;
use tower::ServiceExt;

pub fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false")
}

/// Says loudly that a test could not run; in CI that is a failure.
pub fn skip(what: &str, why: &str) {
    if in_ci() {
        panic!("{what} must run in CI, but {why}");
    }
    eprintln!("\n*** SKIPPED {what}: {why} ***\n");
}

pub struct TestDb {
    pub db: Db,
    _dir: Option<tempfile::TempDir>,
    pg_schema: Option<(String, String)>,
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        let db = mozaik::commands::open(&url).await.expect("open sqlite");
        TestDb { db, _dir: Some(dir), pg_schema: None }
    }

    /// A fresh schema in the test PostgreSQL, or `None` (after saying so)
    /// when none is configured.
    pub async fn postgres() -> Option<TestDb> {
        let Ok(base) = std::env::var("MOZAIK_TEST_POSTGRES_URL") else {
            skip("PostgreSQL tests", "MOZAIK_TEST_POSTGRES_URL is not set");
            return None;
        };
        let schema = format!("mozaik_test_{:016x}", fastrand::u64(..));
        let admin = sqlx::PgPool::connect(&base).await.expect("connect to MOZAIK_TEST_POSTGRES_URL");
        sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(&admin).await.expect("create schema");
        admin.close().await;
        let options = ConnectOptions { pg_search_path: Some(schema.clone()), max_connections: Some(4) };
        let db = Db::connect_with(&base, &options).await.expect("connect to test schema");
        platform::migrate::migrate(&db, mozaik::schema::MIGRATIONS).await.expect("migrate postgres");
        Some(TestDb { db, _dir: None, pg_schema: Some((base, schema)) })
    }

    pub async fn finish(self) {
        self.db.close().await;
        if let Some((base, schema)) = self.pg_schema {
            if let Ok(admin) = sqlx::PgPool::connect(&base).await {
                let _ = sqlx::query(&format!("DROP SCHEMA {schema} CASCADE")).execute(&admin).await;
                admin.close().await;
            }
        }
    }
}

/// Defines `NAME::sqlite` and `NAME::postgres` running the same body.
macro_rules! on_both_backends {
    ($name:ident, |$db:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let test = $crate::support::TestDb::sqlite().await;
                {
                    let $db = &test.db;
                    $body
                }
                test.finish().await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let Some(test) = $crate::support::TestDb::postgres().await else {
                    return;
                };
                {
                    let $db = &test.db;
                    $body
                }
                test.finish().await;
            }
        }
    };
}
pub(crate) use on_both_backends;

/// A database with the reference places and the demo records.
pub async fn load_demo(db: &Db) {
    load_directory_demo(db).await;
    access::demo::create_demo_accounts(db).await.expect("demo accounts");
    let sealer = platform::crypto::SecretBox::from_hex(SHARING_KEY).unwrap();
    sharing::demo::load_demo(db, &sealer).await.expect("demo sharing");
    assess::demo::load_demo(db).await.expect("demo assessments");
    resilience::demo::load_demo(db, Some(&sealer)).await.expect("demo study");
    support::demo::load_demo(db).await.expect("demo support");
    knowledge::demo::load_demo(db).await.expect("demo practices");
}

/// Only the directory's demo records.
pub async fn load_directory_demo(db: &Db) {
    let hub = directory::reference::HubSettings::default();
    directory::reference::load_reference(db, &hub, chrono::Utc::now().date_naive(), &crate::support::audit())
        .await
        .expect("reference places");
    directory::demo::load_demo(db, &hub).await.expect("demo records");
}

/// The key the tests seal notices with.
pub const SHARING_KEY: &str = "5a1c0ffee5a1c0ffee5a1c0ffee5a1c0ffee5a1c0ffee5a1c0ffee5a1c0ffee0";

pub fn test_config() -> Config {
    Config { sharing_key: SHARING_KEY.into(), ..Config::default() }
}

pub fn router(db: &Db) -> Router {
    mozaik::app::router(db.clone(), mozaik::app::site(&test_config(), false))
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

pub async fn get(router: &Router, path: &str) -> Reply {
    get_with(router, path, &[]).await
}

pub async fn get_with(router: &Router, path: &str, headers: &[(&str, &str)]) -> Reply {
    let mut request = Request::builder().uri(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = router.clone().oneshot(request.body(Body::empty()).expect("request")).await.expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 16 * 1024 * 1024).await.expect("body");
    Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

pub fn audit() -> platform::audit::AuditCtx {
    platform::audit::AuditCtx::cli("test")
}

/// The CSRF token the tests' browser holds, in cookie and forms alike.
pub const CSRF: &str = "test-csrf-token";

/// A signed-in session for an account, as a Cookie header value.
pub async fn session_cookie(db: &Db, account_id: i64) -> String {
    let mut tx = db.begin().await.expect("tx");
    let token =
        platform::auth::session::create(&mut tx, account_id, "full", chrono::Utc::now()).await.expect("session");
    tx.commit().await.expect("commit");
    format!("mozaik_session={token}; mozaik_csrf={CSRF}")
}

/// An account holding `role` on the place (or institution) with this code.
pub async fn account_with_role(db: &Db, email: &str, role: &str, place_code: Option<&str>) -> i64 {
    let now = chrono::Utc::now();
    let mut tx = db.begin().await.expect("tx");
    let place_id = match place_code {
        Some(code) => directory::records::place_id(&mut tx, code).await.expect("place"),
        None => None,
    };
    let person = directory::records::add_person(&mut tx, &format!("Test {role}"), Some(email)).await.expect("person");
    let account: i64 = platform::on_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO accounts (person_id, email, password_hash, active, demo, totp_enabled, failed_logins, created_at) \
         VALUES ($1, $2, NULL, $3, $4, $5, 0, $6) RETURNING id"
    )
    .bind(person)
    .bind(email)
    .bind(true)
    .bind(false)
    .bind(false)
    .bind(now)
    .fetch_one(&mut *c)
    .await
    })
    .expect("account");
    platform::on_tx!(&mut tx, |c| sqlx::query(
        "INSERT INTO role_grants (account_id, role, place_id, valid_from) VALUES ($1, $2, $3, $4)"
    )
    .bind(account)
    .bind(role)
    .bind(place_id)
    .bind(now - chrono::Duration::seconds(5))
    .execute(&mut *c)
    .await
    .map(|_| ()))
    .expect("grant");
    tx.commit().await.expect("commit");
    account
}

/// Sets an account's password directly.
pub async fn set_password(db: &Db, account_id: i64, password: &str) {
    let hash = platform::auth::password::hash(password.to_string()).await.expect("hash");
    let mut tx = db.begin().await.expect("tx");
    platform::on_tx!(&mut tx, |c| sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
        .bind(&hash)
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
    .expect("password");
    tx.commit().await.expect("commit");
}

fn encode_form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", urlencoding::encode(k), urlencoding::encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// A browser-like form post: same-origin, with the CSRF cookie and field.
pub async fn post_form(router: &Router, path: &str, cookie: &str, fields: &[(&str, &str)]) -> Reply {
    let mut all: Vec<(&str, &str)> = vec![("csrf", CSRF)];
    all.extend_from_slice(fields);
    let cookie =
        if cookie.contains("mozaik_csrf=") { cookie.to_string() } else { format!("{cookie}; mozaik_csrf={CSRF}") };
    let request = Request::builder()
        .method("POST")
        .uri(path)
        .header("host", "localhost")
        .header("origin", "http://localhost")
        .header("cookie", cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(encode_form(&all)))
        .expect("request");
    let response = router.clone().oneshot(request).await.expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 16 * 1024 * 1024).await.expect("body");
    Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

impl Reply {
    /// The session cookie this reply sets, as a Cookie header value.
    pub fn session(&self) -> Option<String> {
        self.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).find_map(|v| {
            let pair = v.split(';').next()?;
            pair.starts_with("mozaik_session=").then(|| format!("{pair}; mozaik_csrf={CSRF}"))
        })
    }

    pub fn location(&self) -> &str {
        self.headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

/// The link sealed in the newest outbox message, opened with the test key
/// (links that open accounts are never stored in clear).
pub async fn mailed_link(db: &Db) -> String {
    let (body, secret): (String, Option<String>) =
        platform::on_db!(db, |pool| sqlx::query_as("SELECT body, secret FROM outbox ORDER BY id DESC LIMIT 1")
            .fetch_one(pool)
            .await)
        .expect("a mail in the outbox");
    assert!(body.contains(platform::mail::LINK_MARKER), "the body holds the link's place, not the link");
    let sealer = platform::crypto::SecretBox::from_hex(SHARING_KEY).expect("the test key");
    let link = sealer.open(&secret.expect("a sealed link")).expect("sealed with the test key");
    let start =
        link.find('/').and_then(|_| link.find("/invitations/").or_else(|| link.find("/password/"))).unwrap_or(0);
    link[start..].to_string()
}
