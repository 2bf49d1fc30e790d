//! Pages as a person sees and uses them, in headless Chromium driven over
//! WebDriver.

use std::net::SocketAddr;

use platform::i18n::i18n;
use platform::on_db;

use crate::support::{account_with_role, load_demo, post_form, session_cookie, set_password, skip, TestDb};
use crate::webdriver::Driver;

/// Serves the router on a local port for the browser.
async fn serve(test: &TestDb) -> (SocketAddr, tokio::task::JoinHandle<()>) {
    let app = crate::support::router(&test.db);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await;
    });
    (address, server)
}

fn driver_or_skip() -> Option<Driver> {
    let driver = Driver::start();
    if driver.is_none() {
        skip("browser tests", "Chromium or ChromeDriver is not installed (apt-get install chromium chromium-driver)");
    }
    driver
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn home_and_place_pages_in_chromium() {
    let test = TestDb::sqlite().await;
    load_demo(&test.db).await;
    let (address, server) = serve(&test).await;
    let checked = tokio::task::spawn_blocking(move || {
        let Some(browser) = driver_or_skip() else { return false };
        browser.goto(&format!("http://{address}/"));
        assert_eq!(browser.text("h1"), "Western Balkans Regional Hub");
        let page = browser.source();
        assert!(page.contains("Browse the directory") && page.contains("cities and municipalities"));
        browser.goto(&format!("http://{address}/places/ME-07"));
        assert_eq!(browser.text("h1"), "Danilovgrad");
        let page = browser.source();
        for wanted in [
            "Даниловград",
            "Municipality of Danilovgrad",
            "Local Safety Council of Danilovgrad",
            "Prevention focal point",
            "Montenegro",
        ] {
            assert!(page.contains(wanted), "Danilovgrad's page in Chromium lacks «{wanted}»");
        }
        // The search box in the header works without JavaScript, across scripts.
        browser.type_into("#site-q", "Даниловград");
        browser.click(".site-search button");
        browser.wait_for("form.search-page");
        assert!(browser.current_url().contains("/directory/search?q="));
        assert!(browser.source().contains("href=\"/places/ME-07\""));
        true
    })
    .await
    .expect("browser thread");
    server.abort();
    test.finish().await;
    let _ = checked;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invited_focal_point_signs_up_signs_in_and_reads_macedonian() {
    let test = TestDb::sqlite().await;
    let db = test.db.clone();
    load_demo(&db).await;
    // Hub staff send the invitation.
    let app = crate::support::router(&db);
    let staff = account_with_role(&db, "staff@hub.example", "hub_staff", Some("WB")).await;
    let cookie = session_cookie(&db, staff).await;
    let sent = post_form(
        &app,
        "/places/MK-703/invite",
        &cookie,
        &[
            ("email", "elena.nikolovska@example.org"),
            ("full_name", "Elena Nikolovska"),
            ("role", "focal_point"),
            ("language", "en"),
        ],
    )
    .await;
    assert_eq!(sent.status, axum::http::StatusCode::OK);
    let path = crate::support::mailed_link(&db).await;
    // Someone else, for the lockout test.
    let other = account_with_role(&db, "other@example.org", "municipal_staff", Some("ME-07")).await;
    set_password(&db, other, "a long and proper password").await;
    let (address, server) = serve(&test).await;
    let password = "river orchard lantern";
    tokio::task::spawn_blocking(move || {
        let Some(browser) = driver_or_skip() else { return };
        let base = format!("http://{address}");
        // 1. Accept the invitation: password, then two-step sign-in.
        browser.goto(&format!("{base}{path}"));
        browser.type_into("#password", password);
        browser.type_into("#confirm", password);
        browser.click("form.stacked button[type=submit]");
        browser.wait_for("#totp-secret");
        let secret = browser.text("#totp-secret");
        let code = platform::auth::totp::current_code(&secret).unwrap();
        browser.type_into("#code", &code);
        browser.click("form.stacked button[type=submit]");
        browser.wait_for("#recovery-codes");
        assert_eq!(browser.text("h1"), "Your recovery codes");
        browser.click("a.button");
        browser.wait_for(".user form button");
        // Sign out, and back in with password and code.
        browser.click(".user form button");
        browser.wait_for(".user a[href='/login']");
        browser.goto(&format!("{base}/login"));
        browser.type_into("#email", "elena.nikolovska@example.org");
        browser.type_into("#password", password);
        browser.click("form.stacked button[type=submit]");
        browser.wait_for("form[action='/login/totp']");
        // The setup used this step's code; each code works once.
        browser.type_into("#code", &platform::auth::totp::next_code(&secret).unwrap());
        browser.click("form.stacked button[type=submit]");
        browser.wait_for(".user form button");
        assert!(browser.source().contains("Elena Nikolovska"), "signed in");
        // Switch to Macedonian.
        browser.click("form.languages button[value=mk]");
        browser.wait_for("html[lang=mk]");
        let mk = i18n().get("mk").unwrap();
        let page = browser.source();
        assert!(page.contains("lang=\"mk\""), "the page is in Macedonian");
        assert!(page.contains(&mk.t("nav-directory")) && page.contains(&mk.t("shell-sign-out")));
        // 2. Another municipality's private page: 403, in Macedonian.
        browser.goto(&format!("{base}/places/ME-07/people"));
        assert_eq!(browser.text("h1"), mk.t("error-forbidden-title"));
        // Her own municipality's page opens.
        browser.goto(&format!("{base}/places/MK-703/people"));
        assert!(browser.source().contains("Elena Nikolovska"));
        browser.click(".user form button");
        browser.wait_for(".user a[href='/login']");
        // 3. Five wrong passwords lock an account, and the page says so.
        for _ in 0..5 {
            browser.goto(&format!("{base}/login"));
            browser.type_into("#email", "other@example.org");
            browser.type_into("#password", "not the password at all");
            browser.click("form.stacked button[type=submit]");
            browser.wait_for(".notice.error");
        }
        let notice = browser.text(".notice.error");
        let en = i18n().get("en").unwrap();
        let locked_prefix = en.t1("signin-locked", "time", "X").split("X").next().unwrap().to_string();
        let mk_prefix = mk.t1("signin-locked", "time", "X").split("X").next().unwrap().to_string();
        assert!(notice.starts_with(&locked_prefix) || notice.starts_with(&mk_prefix), "{notice}");
    })
    .await
    .expect("browser thread");
    server.abort();
    test.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_liaison_sends_a_return_notice_and_reads_the_local_plan() {
    let test = TestDb::sqlite().await;
    let db = test.db.clone();
    load_demo(&db).await;
    // The focal point signs in with a real second factor.
    let secret = platform::auth::totp::new_secret();
    let mut tx = db.begin().await.unwrap();
    platform::on_tx!(&mut tx, |c| {
        sqlx::query(
        "UPDATE accounts SET demo = $1, totp_enabled = $2, totp_secret = $3 WHERE email = 'focal.kumanovo@demo.example'"
    )
    .bind(false)
    .bind(true)
    .bind(&secret)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })
    .unwrap();
    tx.commit().await.unwrap();
    let (channel, focal): (i64, i64) = on_db!(&db, |pool| sqlx::query_as(
        "SELECT c.id, r.position_id FROM channels c JOIN channel_receivers r ON r.channel_id = c.id \
         JOIN positions p ON p.id = r.position_id WHERE p.function = 'prevention_focal_point'"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    let (address, server) = serve(&test).await;
    tokio::task::spawn_blocking(move || {
        let Some(browser) = driver_or_skip() else { return };
        let base = format!("http://{address}");
        let sign_in = |email: &str| submit_sign_in(&browser, &base, email);
        let sign_out = || sign_out(&browser);
        // The security liaison sends the notice.
        sign_in("liaison.mk@demo.example");
        browser.wait_for(".user form button");
        browser.goto(&format!("{base}/sharing/channels/{channel}/new?kind=return"));
        browser.click(&format!("input[name=to][value='{focal}']"));
        browser.set_value("#arrival_from", "2026-12-10");
        browser.set_value("#arrival_to", "2026-12-20");
        browser.type_into("#adults", "1");
        browser.type_into("#children", "2");
        browser.type_into("#children_ages", "7, 10");
        browser.click("input[name=prepare][value=schooling]");
        browser.type_into("#notes", "Both children need Macedonian language support at school.");
        browser.click("form.stacked button[type=submit]");
        browser.wait_for("#notice-state");
        let notice_url = browser.current_url();
        assert!(notice_url.contains("/sharing/notices/"), "{notice_url}");
        sign_out();
        // The focal point signs in with the second factor, acknowledges and files a plan.
        sign_in("focal.kumanovo@demo.example");
        browser.wait_for("form[action='/login/totp']");
        browser.type_into("#code", &platform::auth::totp::current_code(&secret).unwrap());
        browser.click("form.stacked button[type=submit]");
        browser.wait_for(".user form button");
        browser.goto(&notice_url);
        assert!(browser.source().contains("Macedonian language support"), "the recipient reads the content");
        browser.click("#acknowledge");
        browser.wait_for("#respond");
        browser.type_into("#service_1", "Enrolment and language support");
        browser.type_into("#who_1", "Secondary School No. 1, pedagogue");
        browser.set_value("#by_1", "2026-12-08");
        browser.click("#respond");
        browser.wait_for("#plan");
        sign_out();
        // The liaison sees the plan.
        sign_in("liaison.mk@demo.example");
        browser.wait_for(".user form button");
        browser.goto(&notice_url);
        let page = browser.source();
        assert!(
            page.contains("Enrolment and language support") && page.contains("data-state=\"responded\""),
            "the liaison sees the plan"
        );
    })
    .await
    .expect("browser thread");
    server.abort();
    test.finish().await;
}

/// Fills in and sends the sign-in form for a demo account.
fn submit_sign_in(browser: &Driver, base: &str, email: &str) {
    browser.goto(&format!("{base}/login"));
    browser.type_into("#email", email);
    browser.type_into("#password", access::demo::DEMO_PASSWORD);
    browser.click("form.stacked button[type=submit]");
}

fn sign_out(browser: &Driver) {
    browser.click(".user form button");
    browser.wait_for(".user a[href='/login']");
}

/// The path of the first link in `page` that starts with `prefix`.
fn link(page: &str, prefix: &str) -> String {
    let start = page.find(&format!("href=\"{prefix}")).map(|i| i + 6).expect(prefix);
    let end = page[start..].find('"').map(|e| start + e).unwrap_or(page.len());
    page[start..end].replace("&amp;", "&").replace("&#x3d;", "=")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_focal_point_asks_an_expert_answers_and_the_city_applies_to_the_fund() {
    let test = TestDb::sqlite().await;
    load_demo(&test.db).await;
    let (address, server) = serve(&test).await;
    tokio::task::spawn_blocking(move || {
        let Some(browser) = driver_or_skip() else { return };
        let base = format!("http://{address}");
        let sign_in = |email: &str| {
            submit_sign_in(&browser, &base, email);
            browser.wait_for(".user form button");
        };
        let sign_out = || sign_out(&browser);
        // 1. The focal point asks for help.
        sign_in("focal.kumanovo@demo.example");
        browser.goto(&format!("{base}/support"));
        browser.type_into("#subject", "Help with our youth programme");
        browser.type_into("#body", "We need advice on reaching young people.");
        browser.click("#ask");
        browser.wait_for("#timeline");
        let request_url = browser.current_url();
        assert!(request_url.contains("/support/requests/"), "{request_url}");
        sign_out();
        // 2. Hub staff assign an expert from the ranked list.
        sign_in("staff@demo.example");
        browser.goto(&request_url);
        assert!(browser.source().contains("Elena Demo"), "the demo expert is proposed");
        browser.type_into("#deliverables", "Advice in writing within a week");
        browser.click("#assign-expert");
        browser.wait_for("a.assignment");
        let assignment = link(&browser.source(), "/support/assignments/");
        sign_out();
        // 3. The expert answers.
        sign_in("expert@demo.example");
        browser.goto(&format!("{base}{assignment}"));
        browser.type_into("#body", "Work through the youth council and the schools.");
        browser.click("#send-answer");
        browser.wait_for("#timeline");
        sign_out();
        // 4. The focal point reads the answer and applies to the fund from the request.
        sign_in("focal.kumanovo@demo.example");
        browser.goto(&request_url);
        assert!(browser.source().contains("Work through the youth council"), "the answer reached the municipality");
        browser.click("#apply-from-request");
        browser.wait_for("a.call");
        let call = link(&browser.source(), "/support/fund/");
        browser.goto(&format!("{base}{call}"));
        browser.wait_for("#apply");
        browser.type_into("#title", "Youth council workshops");
        browser.type_into("#summary", "Three workshops with the youth council.");
        browser.type_into("#amount", "8000");
        browser.click("#apply");
        browser.wait_for("#application-summary");
        let page = browser.source();
        let request_id = request_url.rsplit('/').next().unwrap_or_default();
        assert!(browser.current_url().contains("/support/applications/"), "{}", browser.current_url());
        assert!(page.contains(&format!("From request {request_id}")), "the application is linked to the request");
    })
    .await
    .expect("browser thread");
    server.abort();
    test.finish().await;
}
