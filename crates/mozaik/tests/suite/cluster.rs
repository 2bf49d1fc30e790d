//! Two real `mozaik serve` processes on one PostgreSQL database, as an
//! operator runs them behind a load balancer: what one server writes, the
//! other finds within two seconds, and background jobs act once.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::skip;

const CSRF: &str = "cluster-test-csrf-token";

/// A server process, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address").port()
}

fn start(command: &str, database: &str, key: &str) -> Server {
    let bind = format!("127.0.0.1:{}", free_port());
    let dir = std::env::temp_dir();
    let mut child = Command::new(env!("CARGO_BIN_EXE_mozaik"))
        .args([command, "--database", database, "--bind", &bind])
        .env("MOZAIK_SHARING_KEY", key)
        .env_remove("MOZAIK_DATABASE")
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start mozaik");
    let stdout = child.stdout.take().expect("its output");
    // Keep reading its output so the process never blocks on a full pipe.
    std::thread::spawn(move || BufReader::new(stdout).lines().map_while(Result::ok).for_each(drop));
    let server = Server { child, base: format!("http://{bind}") };
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(120) {
        if let Ok(reply) = ureq::get(&format!("{}/readyz", server.base)).call() {
            if reply.status() == 200 {
                return server;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("{command} on {bind} never became ready");
}

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new().redirects(0).build()
}

/// Signs in on a server; returns the Cookie header for later requests.
fn sign_in(server: &Server, email: &str) -> String {
    let reply = agent()
        .post(&format!("{}/login", server.base))
        .set("origin", &server.base)
        .set("cookie", &format!("mozaik_csrf={CSRF}"))
        .send_form(&[("csrf", CSRF), ("email", email), ("password", access::demo::DEMO_PASSWORD)])
        .expect("sign-in");
    let session = reply
        .all("set-cookie")
        .into_iter()
        .find_map(|c| c.split(';').next().filter(|p| p.starts_with("mozaik_session=")).map(String::from))
        .expect("a session cookie");
    format!("{session}; mozaik_csrf={CSRF}")
}

fn post(server: &Server, cookie: &str, path: &str, fields: &[(&str, &str)]) {
    let mut all = vec![("csrf", CSRF)];
    all.extend_from_slice(fields);
    let reply = agent()
        .post(&format!("{}{path}", server.base))
        .set("origin", &server.base)
        .set("cookie", cookie)
        .send_form(&all)
        .unwrap_or_else(|e| panic!("POST {path}: {e}"));
    assert!(reply.status() == 303 || reply.status() == 302, "POST {path} answered {}", reply.status());
}

fn search(server: &Server, query: &str) -> String {
    let url = format!("{}/knowledge?q={}", server.base, urlencoding::encode(query));
    agent().get(&url).call().expect("search").into_string().expect("a page")
}

/// How long until `holds` is true of what `server` finds for `query`.
fn time_until(server: &Server, query: &str, holds: impl Fn(&str) -> bool) -> Duration {
    let started = Instant::now();
    loop {
        if holds(&search(server, query)) {
            return started.elapsed();
        }
        assert!(started.elapsed() < Duration::from_secs(10), "'{query}' never reached {}", server.base);
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A database of its own on the test server, dropped afterwards.
struct Database {
    admin_url: String,
    name: String,
    url: String,
}

impl Database {
    fn create(base: &str, runtime: &tokio::runtime::Runtime) -> Database {
        let name = format!("mozaik_cluster_{:012x}", fastrand::u64(..) >> 16);
        let url = match base.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => panic!("MOZAIK_TEST_POSTGRES_URL has no database name: {base}"),
        };
        runtime.block_on(async {
            let admin = sqlx::PgPool::connect(base).await.expect("connect to MOZAIK_TEST_POSTGRES_URL");
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.expect("create database");
            admin.close().await;
        });
        Database { admin_url: base.to_string(), name, url }
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            runtime.block_on(async {
                if let Ok(admin) = sqlx::PgPool::connect(&admin_url).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await;
                    admin.close().await;
                }
            });
        })
        .join();
    }
}

#[test]
fn two_servers_on_one_postgres_find_each_other_s_writes_and_escalate_once() {
    let Ok(base) = std::env::var("MOZAIK_TEST_POSTGRES_URL") else {
        skip("the two-server test", "MOZAIK_TEST_POSTGRES_URL is not set");
        return;
    };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let database = Database::create(&base, &runtime);
    let key = platform::crypto::SecretBox::generate_hex();
    let a = start("demo", &database.url, &key);
    let b = start("serve", &database.url, &key);
    let pool = runtime.block_on(sqlx::PgPool::connect(&database.url)).expect("connect");

    let (id, language): (i64, String) = runtime
        .block_on(
            sqlx::query_as("SELECT id, language FROM practices WHERE state = 'published' ORDER BY id LIMIT 1")
                .fetch_one(&pool),
        )
        .expect("a published demo practice");
    let other = if language == "en" { "fr" } else { "en" };
    let link = format!("/knowledge/practices/{id}\"");
    let staff = sign_in(&a, "staff@demo.example");

    // An edit through A is found through B.
    let word = format!("zqxcluster{id}");
    assert!(!search(&b, &word).contains(&link));
    post(
        &a,
        &staff,
        &format!("/knowledge/practices/{id}/translations"),
        &[
            ("language", other),
            ("t_title", &format!("{word} title")),
            ("t_summary", "A summary."),
            ("t_description", "A description."),
        ],
    );
    assert!(search(&a, &word).contains(&link), "the writer finds its own change at once");
    let seen = time_until(&b, &word, |page| page.contains(&link));
    assert!(seen <= Duration::from_secs(2), "B found A's edit after {seen:?}");

    // Unpublishing through A takes it out of B's results.
    post(&a, &staff, &format!("/knowledge/practices/{id}/state"), &[("to", "draft")]);
    let gone = time_until(&b, &word, |page| !page.contains(&link));
    assert!(gone <= Duration::from_secs(2), "B still found the unpublished practice after {gone:?}");

    // Publishing again through B reaches A.
    let staff_b = sign_in(&b, "staff@demo.example");
    post(&b, &staff_b, &format!("/knowledge/practices/{id}/state"), &[("to", "submitted")]);
    post(&b, &staff_b, &format!("/knowledge/practices/{id}/state"), &[("to", "published")]);
    let back = time_until(&a, &word, |page| page.contains(&link));
    assert!(back <= Duration::from_secs(2), "A found B's publication after {back:?}");

    // A notice past its deadline, with both servers running, escalates once.
    runtime.block_on(async {
        sqlx::query("UPDATE notices SET ack_deadline = $1 WHERE state IN ('sent', 'delivered')")
            .bind(chrono::Utc::now() - chrono::TimeDelta::hours(1))
            .execute(&pool)
            .await
            .expect("move the deadline");
        sqlx::query("UPDATE job_runs SET due_at = $1 WHERE name = 'sharing.escalate'")
            .bind(chrono::Utc::now())
            .execute(&pool)
            .await
            .expect("make the job due");
    });
    let overdue: i64 = runtime
        .block_on(
            sqlx::query_scalar("SELECT COUNT(*) FROM notices WHERE escalation = 0 AND state IN ('sent', 'delivered')")
                .fetch_one(&pool),
        )
        .expect("count");
    assert!(overdue >= 1, "the demo has a notice to escalate");
    let started = Instant::now();
    let escalated = loop {
        let n: i64 = runtime
            .block_on(
                sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'notice.escalated'")
                    .fetch_one(&pool),
            )
            .expect("count");
        if n > 0 || started.elapsed() > Duration::from_secs(40) {
            break n;
        }
        std::thread::sleep(Duration::from_millis(250));
    };
    // Give the other server its chance to act too, then count again.
    std::thread::sleep(Duration::from_secs(16));
    let after: i64 = runtime
        .block_on(
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'notice.escalated'").fetch_one(&pool),
        )
        .expect("count");
    assert_eq!(escalated, overdue, "each overdue notice escalated");
    assert_eq!(after, overdue, "and only once, with two servers running");
    runtime.block_on(pool.close());
    drop((a, b));
}
