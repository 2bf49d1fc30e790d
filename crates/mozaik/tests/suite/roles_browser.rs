//! Each role's day in Chromium: sign in, find the waiting item on the home
//! page, act on it, read the confirmation, see the item gone, and find that
//! the step reached the next person (their home, and the outbox). axe-core
//! checks each home page and the forms used against WCAG 2.1 A and AA.

use std::net::SocketAddr;

use platform::{on_db, Db};
use serde_json::{json, Value};

use crate::support::{load_demo, skip, TestDb};
use crate::webdriver::Driver;

/// A browser signed in on a served demo instance, with the database at hand
/// to look into the outbox.
struct Journey {
    browser: Driver,
    base: String,
    db: Db,
    runtime: tokio::runtime::Handle,
    /// Whether axe-core is available (`AXE_CORE_JS`), which `.ci/run` installs.
    axe: Option<String>,
}

impl Journey {
    fn sign_in(&self, email: &str) {
        self.browser.goto(&format!("{}/login", self.base));
        self.browser.type_into("#email", email);
        self.browser.type_into("#password", access::demo::DEMO_PASSWORD);
        self.browser.click("form.stacked button[type=submit]");
        self.browser.wait_for("#my-work");
    }

    fn sign_out(&self) {
        self.browser.click(".user form button");
        self.browser.wait_for(".user a[href='/login']");
    }

    fn home(&self) -> String {
        self.browser.goto(&format!("{}/", self.base));
        self.browser.wait_for("#my-work");
        self.browser.source()
    }

    /// Opens the item of "My work" whose text holds `task` and `subject`.
    fn open_item(&self, task: &str, subject: &str) {
        let href = self.browser.script(
            "for (const li of document.querySelectorAll('#my-work li')) { \
               if (li.textContent.includes(arguments[0]) && li.textContent.includes(arguments[1])) \
                 return li.querySelector('a').getAttribute('href'); } return null;",
            json!([task, subject]),
        );
        let href = href.as_str().unwrap_or_else(|| panic!("no item «{task}» «{subject}» on the home page"));
        self.browser.goto(&format!("{}{href}", self.base));
    }

    fn has_item(&self, task: &str, subject: &str) -> bool {
        self.home();
        self.browser
            .script(
                "return [...document.querySelectorAll('#my-work li')].some(li => \
                   li.textContent.includes(arguments[0]) && li.textContent.includes(arguments[1]));",
                json!([task, subject]),
            )
            .as_bool()
            .unwrap_or(false)
    }

    /// Clicks a button that sends a form, and waits for the page it leads to.
    fn submit(&self, css: &str) {
        self.browser.script("window.mozaikOldPage = true;", json!([]));
        self.browser.click(css);
        let started = std::time::Instant::now();
        while self.browser.script("return document.readyState === 'complete' && !window.mozaikOldPage;", json!([]))
            != json!(true)
        {
            assert!(started.elapsed().as_secs() < 10, "{css} led nowhere from {}", self.browser.current_url());
            std::thread::sleep(std::time::Duration::from_millis(30));
        }
    }

    /// The one-time message shown after an action.
    fn confirmation(&self) -> String {
        let started = std::time::Instant::now();
        loop {
            // One script reads it, so a page that is still loading cannot
            // leave a stale element behind.
            let text = self.browser.script(
                "const n = document.querySelector('.notice.success'); return n ? n.textContent.trim() : null;",
                json!([]),
            );
            if let Some(text) = text.as_str() {
                return text.to_string();
            }
            assert!(started.elapsed().as_secs() < 10, "no confirmation at {}", self.browser.current_url());
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    fn outbox_to(&self, email: &str) -> Vec<String> {
        let db = self.db.clone();
        let email = email.to_string();
        self.runtime.block_on(async move {
            on_db!(&db, |pool| sqlx::query_scalar("SELECT subject FROM outbox WHERE to_address = $1 ORDER BY id")
                .bind(&email)
                .fetch_all(pool)
                .await)
            .unwrap()
        })
    }

    fn account(&self, email: &str) -> i64 {
        let db = self.db.clone();
        let email = email.to_string();
        self.runtime.block_on(async move {
            on_db!(&db, |pool| sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
                .bind(&email)
                .fetch_one(pool)
                .await)
            .unwrap()
        })
    }

    /// Runs axe-core on the current page and fails on any WCAG 2.1 A or AA
    /// violation, naming each.
    fn check_accessibility(&self, what: &str) {
        let Some(axe) = &self.axe else { return };
        self.browser.script(axe, json!([]));
        let result = self.browser.script_async(
            "const done = arguments[arguments.length - 1]; \
             axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}) \
               .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — ' + \
                 v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))) \
               .catch(e => done(['axe failed: ' + e]));",
            json!([]),
        );
        let violations: Vec<String> = result
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).map(String::from).collect())
            .unwrap_or_default();
        assert!(violations.is_empty(), "{what} at {}: {violations:#?}", self.browser.current_url());
    }
}

fn axe_source() -> Option<String> {
    match std::env::var("AXE_CORE_JS").ok().and_then(|path| std::fs::read_to_string(path).ok()) {
        Some(source) => Some(source),
        None => {
            skip("accessibility checks", "AXE_CORE_JS does not name axe.min.js (npm install axe-core)");
            None
        }
    }
}

/// Serves a demo instance, opens a browser and runs `walk`; skips (loudly)
/// without Chromium.
async fn journey(walk: impl FnOnce(&Journey) + Send + 'static) {
    let test = TestDb::sqlite().await;
    load_demo(&test.db).await;
    let app = crate::support::router(&test.db);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address: SocketAddr = listener.local_addr().expect("address");
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await;
    });
    let (db, runtime) = (test.db.clone(), tokio::runtime::Handle::current());
    tokio::task::spawn_blocking(move || {
        let Some(browser) = Driver::start() else {
            skip(
                "browser tests",
                "Chromium or ChromeDriver is not installed (apt-get install chromium chromium-driver)",
            );
            return;
        };
        let journey = Journey { browser, base: format!("http://{address}"), db, runtime, axe: axe_source() };
        walk(&journey);
    })
    .await
    .expect("browser thread");
    server.abort();
    test.finish().await;
}

const FOCAL: &str = "focal.kumanovo@demo.example";
const LIAISON: &str = "liaison.mk@demo.example";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_focal_point_acknowledges_a_notice_from_the_home_page() {
    journey(|j| {
        j.sign_in(FOCAL);
        j.check_accessibility("the focal point's home");
        let before = j.outbox_to(LIAISON).len();
        j.open_item("Acknowledge the notice", "Returns and risks");
        j.check_accessibility("a notice");
        j.submit("#acknowledge");
        assert!(j.confirmation().to_lowercase().contains("acknowledged"), "{}", j.confirmation());
        assert!(!j.has_item("Acknowledge the notice", "Returns and risks"), "the item is gone");
        assert!(j.has_item("File the local preparation plan", "Returns and risks"), "the next step is the plan");
        assert_eq!(j.outbox_to(LIAISON).len(), before + 1, "the liaison is told by e-mail");
        j.sign_out();
        j.sign_in(LIAISON);
        assert!(j.browser.source().contains("waiting for the local plan"), "the liaison now waits for the plan");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_liaison_reads_the_local_plan_and_closes_the_notice() {
    journey(|j| {
        j.sign_in(LIAISON);
        j.check_accessibility("the liaison's home");
        let before = j.outbox_to(FOCAL).len();
        j.open_item("Read the local plan", "Returns and risks");
        assert!(
            j.browser.source().contains("Secondary school: a place in the first year"),
            "the plan is there to read"
        );
        j.submit("form[action$='/close'] button");
        j.browser.wait_for("#confirm");
        j.check_accessibility("the confirmation page");
        j.submit("#confirm");
        assert!(j.confirmation().to_lowercase().contains("closed"), "{}", j.confirmation());
        assert!(!j.has_item("Read the local plan", "Returns and risks"));
        assert_eq!(j.outbox_to(FOCAL).len(), before + 1, "the municipality is told it was closed");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn municipal_staff_fill_in_and_submit_the_assessment() {
    journey(|j| {
        j.sign_in("staff.danilovgrad@demo.example");
        j.check_accessibility("municipal staff's home");
        j.open_item("Fill in the assessment", "Danilovgrad");
        j.check_accessibility("the assessment form");
        // The follow-up on the budget's amount stops applying as soon as
        // "no" is chosen, and applies again with "yes", before any save.
        let choose = |value: &str| {
            j.browser.script(
                "document.querySelector('input[name=\"q:budget\"][value=\"' + arguments[0] + '\"]').click();",
                json!([value]),
            );
        };
        choose("no");
        j.browser.wait_for("#q-budget_amount.not-relevant");
        choose("yes");
        j.browser.wait_for("#q-budget_amount:not(.not-relevant)");
        // Answer every question that applies, save, and again until nothing
        // that applies is left unanswered; then submit.
        for _ in 0..4 {
            j.browser.script(
                "for (const q of document.querySelectorAll('fieldset.question:not(.not-relevant)')) { \
                   const radios = q.querySelectorAll('input[type=radio]'); \
                   if (radios.length) { if (![...radios].some(r => r.checked)) radios[0].checked = true; continue; } \
                   const boxes = q.querySelectorAll('input[type=checkbox]:not([name^=\"dk:\"])'); \
                   if (boxes.length) { if (![...boxes].some(b => b.checked)) boxes[0].checked = true; continue; } \
                   const ranks = q.querySelectorAll('select[name^=\"rank:\"]'); \
                   if (ranks.length) { ranks.forEach((r, i) => { if (!r.value) r.value = String(i + 1); }); continue; } \
                   const dk = q.querySelector('input[name^=\"dk:\"]'); \
                   const field = q.querySelector('input:not([type=checkbox]), textarea'); \
                   if (field && !field.value && dk) dk.checked = true; }",
                json!([]),
            );
            j.submit("button[value=save]:not(.visually-hidden)");
            j.browser.wait_for("form.assessment");
        }
        j.submit("button[value=submit]");
        assert!(j.confirmation().to_lowercase().contains("submitted"), "{}", j.confirmation());
        assert!(!j.has_item("Fill in the assessment", "Danilovgrad"), "a submitted assessment leaves the home");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_national_coordinator_reports_progress_of_an_activity() {
    journey(|j| {
        j.sign_in("national.mk@demo.example");
        j.check_accessibility("the national coordinator's home");
        j.open_item("Report the progress", "National meeting of local prevention councils");
        j.browser.wait_for("#progress");
        j.check_accessibility("the work plan");
        j.browser.script(
            "const f = document.querySelector('#progress form'); \
             f.querySelector('input[name=progress]').value = '100'; \
             f.querySelector('select[name=status]').value = 'done';",
            json!([]),
        );
        j.submit("#progress form button");
        assert!(!j.confirmation().is_empty());
        assert!(!j.has_item("Report the progress", "National meeting of local prevention councils"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expert_delivers_an_assignment_and_the_municipality_is_asked_to_rate_it() {
    journey(|j| {
        j.sign_in("expert@demo.example");
        j.check_accessibility("the expert's home");
        let before = j.outbox_to(FOCAL).len();
        j.open_item("Deliver your assignment", "session outline");
        j.check_accessibility("the assignment");
        j.browser
            .type_into("#body", "Here is the outline: two hours, three exercises, and a handout in both languages.");
        j.submit("#send-answer");
        assert!(!j.confirmation().is_empty());
        assert!(!j.has_item("Deliver your assignment", "session outline"));
        assert_eq!(j.outbox_to(FOCAL).len(), before + 1, "the municipality is told by e-mail");
        j.sign_out();
        j.sign_in(FOCAL);
        assert!(j.has_item("Rate the expert", "Elena Demo"), "the municipality is asked to rate the work");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hub_staff_answer_a_municipality_s_request() {
    journey(|j| {
        j.sign_in("staff@demo.example");
        j.check_accessibility("hub staff's home");
        let before = j.outbox_to(FOCAL).len();
        j.open_item("Answer the municipality", "Training for school psychologists");
        j.check_accessibility("a helpdesk request");
        j.browser.type_into("#body", "Yes: Elena will hold it online on Tuesday at 14:00.");
        j.submit("#send-reply");
        assert!(!j.confirmation().is_empty());
        assert!(
            !j.has_item("Answer the municipality", "Training for school psychologists"),
            "the ball is with the city"
        );
        assert_eq!(j.outbox_to(FOCAL).len(), before + 1, "the municipality is told by e-mail");
        j.sign_out();
        j.sign_in(FOCAL);
        assert!(j.has_item("Read the hub", "Training for school psychologists"), "the city reads the answer");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hub_administrator_starts_a_fund_review_and_names_reviewers() {
    journey(|j| {
        j.sign_in("admin@demo.example");
        j.check_accessibility("the administrator's home");
        let before = j.outbox_to("partner@demo.example").len();
        j.open_item("Start the review", "First steps on our priority need");
        j.check_accessibility("a fund application");
        j.submit("#start-review");
        assert!(!j.confirmation().is_empty());
        for reviewer in ["partner@demo.example", "staff@demo.example"] {
            let id = j.account(reviewer);
            j.browser.script("document.querySelector('#reviewer').value = String(arguments[0]);", json!([id]));
            j.submit("form[action$='/reviewers'] button");
            assert!(!j.confirmation().is_empty());
        }
        assert!(!j.has_item("Start the review", "First steps on our priority need"));
        assert_eq!(j.outbox_to("partner@demo.example").len(), before + 1, "the partner is asked by e-mail");
        j.sign_out();
        j.sign_in("partner@demo.example");
        assert!(j.has_item("Declare any conflict", "First steps on our priority need"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_partner_declares_no_conflict_and_scores_an_application() {
    journey(|j| {
        j.sign_in("partner@demo.example");
        j.check_accessibility("the partner's home");
        j.open_item("Declare any conflict", "Training for the local safety council");
        j.check_accessibility("a review");
        j.submit("form[action$='/conflict'] button");
        assert!(!j.confirmation().is_empty());
        j.browser.script("document.querySelectorAll('select[name=score]').forEach(s => s.value = '7');", json!([]));
        j.browser.type_into("#comment", "Clear plan, modest cost.");
        j.submit("form[action$='/scores'] button");
        assert!(!j.confirmation().is_empty());
        assert!(!j.has_item("Declare any conflict", "Training for the local safety council"));
        assert!(!j.has_item("Score the application", "Training for the local safety council"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forms_read_well_on_a_phone_and_checkboxes_sit_beside_their_labels() {
    journey(|j| {
        j.sign_in(FOCAL);
        // Each checkbox and radio button on the line of its label, in
        // stacked forms too.
        for path in ["/account/notifications", "/support"] {
            j.browser.goto(&format!("{}{path}", j.base));
            let misplaced = j.browser.script(
                "return [...document.querySelectorAll('label.check')].filter(l => { \
                   const i = l.querySelector('input'); if (!i) return false; \
                   const a = i.getBoundingClientRect(), b = l.getBoundingClientRect(); \
                   const line = parseFloat(getComputedStyle(l).lineHeight) || 24; \
                   return a.width > 40 || a.top < b.top - 2 || a.bottom > b.top + line + 4; \
                 }).map(l => l.textContent.trim());",
                json!([]),
            );
            assert_eq!(misplaced, json!([]), "checkboxes off their labels' line on {path}");
            j.check_accessibility(path);
        }
        // On a 390 × 844 phone the header, languages and menu take at most a
        // quarter of the first screen.
        j.browser.resize(390, 844);
        j.home();
        let share = j.browser.script(
            "const h = document.querySelector('.site-header'); \
             return h.getBoundingClientRect().height / window.innerHeight;",
            json!([]),
        );
        let share = share.as_f64().unwrap_or(1.0);
        assert!(share <= 0.25, "the header takes {:.0}% of a phone's first screen", share * 100.0);
    })
    .await;
}

/// A questionnaire with a repeat, a condition inside it and a photo, as a
/// hub imports one from KoboToolbox.
fn team_questionnaire() -> Vec<u8> {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "relevant", "constraint"],
        &["text", "lead", "Who leads the team?", "", ""],
        &["begin_repeat", "member", "Member of the team", "", ""],
        &["text", "member_name", "Name", "", ""],
        &["integer", "age", "Age", "", ". < 120"],
        &["select_one yes_no", "works", "Works?", "${age} >= 15", ""],
        &["end_repeat", "", "", "", ""],
        &["image", "team_photo", "A photo of the team's office", "", ""],
    ];
    let choices: &[&[&str]] = &[&["list_name", "name", "label"], &["yes_no", "yes", "Yes"], &["yes_no", "no", "No"]];
    crate::xlsform::workbook(survey, choices)
}

// Hub staff open a round on an imported questionnaire from its menu; the
// focal point adds an entry to its repeat, sees the condition of each entry
// follow that entry's age, and uploads a photo without losing what was
// typed above it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_on_an_imported_questionnaire_is_opened_and_filled_in_the_browser() {
    journey(|j| {
        let db = j.db.clone();
        j.runtime.block_on(async move {
            assess::xlsform::import(&db, team_questionnaire(), "team", &crate::support::audit()).await.unwrap();
        });
        j.sign_in("staff@demo.example");
        j.browser.goto(&format!("{}/assess", j.base));
        j.check_accessibility("the rounds page with its questionnaire menu");
        j.browser.type_into("#name", "Team round");
        let deadline = (chrono::Utc::now().date_naive() + chrono::Duration::days(20)).to_string();
        j.browser.set_value("#deadline", &deadline);
        let chosen = j.browser.script(
            "const o = [...document.querySelectorAll('#instrument option')].find(o => o.textContent.includes('team')); \
             if (o) { o.selected = true; } return !!o;",
            json!([]),
        );
        assert_eq!(chosen, json!(true), "the imported questionnaire is in the menu");
        j.browser.click("input[name=countries][value=MK]");
        j.submit("form[action='/assess/rounds'] button[type=submit]");
        assert!(j.confirmation().contains("The round is open"), "{}", j.confirmation());
        j.sign_out();
        j.sign_in(FOCAL);
        j.open_item("Fill in the assessment", "Team round");
        j.check_accessibility("the fill form of an imported questionnaire");
        j.browser.type_into("textarea[name='q:lead']", "Marija");
        j.browser.type_into("textarea[name='q:member_name#1']", "Ana");
        j.browser.type_into("input[name='q:age#1']", "34");
        j.submit("button[name=add]");
        j.browser.wait_for("textarea[name='q:member_name#2']");
        assert!(j.browser.source().contains(">Ana</textarea>"), "the first entry is kept");
        j.check_accessibility("a repeat with two entries");
        // Each entry's condition reads that entry's age, as it is typed.
        j.browser.type_into("input[name='q:age#2']", "9");
        j.browser.script(
            "document.querySelector(\"input[name='q:age#2']\").dispatchEvent(new Event('change', {bubbles: true}));",
            json!([]),
        );
        j.browser.wait_for("[id='q-works#2'].not-relevant");
        assert!(!j.browser.exists("[id='q-works#1'].not-relevant"), "the adult's entry still asks");
        // A photo uploaded after typing keeps what was typed.
        j.browser.type_into("textarea[name='q:lead']", "Marija Petrovska");
        let photo = tempfile::Builder::new().suffix(".png").tempfile().unwrap();
        std::fs::write(photo.path(), [b"\x89PNG\r\n\x1a\n".as_slice(), &[0u8; 64]].concat()).unwrap();
        j.browser.type_into("input[type=file][form='upload-team_photo']", &photo.path().display().to_string());
        j.submit("button[form='upload-team_photo']");
        j.browser.wait_for("form.assessment");
        assert!(j.browser.source().contains(">Marija Petrovska</textarea>"), "typed answers saved before the upload");
        assert!(j.browser.source().contains("/files/team_photo"), "the photo is there");
    })
    .await;
}
