//! A small WebDriver client for the browser tests: Debian's chromedriver
//! drives Debian's Chromium, headless, with no network beyond this machine.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn find_binary(names: &[&str], env: &str) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(env) {
        return Some(PathBuf::from(path));
    }
    let paths = std::env::var_os("PATH")?;
    names.iter().find_map(|name| std::env::split_paths(&paths).map(|dir| dir.join(name)).find(|p| p.is_file()))
}

pub fn chromium() -> Option<PathBuf> {
    find_binary(&["chromium", "chromium-browser", "google-chrome"], "MOZAIK_CHROMIUM")
}

pub struct Driver {
    child: Child,
    base: String,
    session: String,
    _profile: tempfile::TempDir,
}

impl Driver {
    /// Starts chromedriver and a headless browser session, or `None` when
    /// either program is missing.
    pub fn start() -> Option<Driver> {
        let browser = chromium()?;
        let driver = find_binary(&["chromedriver"], "MOZAIK_CHROMEDRIVER")?;
        let port = TcpListener::bind("127.0.0.1:0").ok()?.local_addr().ok()?.port();
        let child = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let base = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while ureq::get(&format!("{base}/status")).call().is_err() {
            assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().ok()?;
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": browser,
                "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--lang=en-US", format!("--user-data-dir={}", profile.path().display())],
            }
        }}});
        let reply: Value = ureq::post(&format!("{base}/session"))
            .send_json(capabilities)
            .expect("new session")
            .into_json()
            .expect("json");
        let session = reply["value"]["sessionId"].as_str().expect("a session id").to_string();
        Some(Driver { child, base, session, _profile: profile })
    }

    fn url(&self, path: &str) -> String {
        format!("{}/session/{}{}", self.base, self.session, path)
    }

    fn post(&self, path: &str, body: Value) -> Value {
        match ureq::post(&self.url(path)).send_json(body) {
            Ok(reply) => reply.into_json().expect("json"),
            Err(ureq::Error::Status(code, reply)) => {
                panic!("WebDriver {path} failed ({code}): {}", reply.into_string().unwrap_or_default())
            }
            Err(e) => panic!("WebDriver {path} failed: {e}"),
        }
    }

    fn get(&self, path: &str) -> Value {
        ureq::get(&self.url(path)).call().expect("WebDriver GET").into_json().expect("json")
    }

    pub fn goto(&self, url: &str) {
        self.post("/url", json!({"url": url}));
    }

    fn element(&self, css: &str) -> String {
        let found = ureq::post(&self.url("/element")).send_json(json!({"using": "css selector", "value": css}));
        match found.ok().and_then(|r| r.into_json::<Value>().ok()) {
            Some(reply) if reply["value"][ELEMENT].is_string() => {
                reply["value"][ELEMENT].as_str().unwrap_or_default().to_string()
            }
            _ => {
                let page = self.source();
                let main = page.find("<main").map(|i| &page[i..]).unwrap_or(&page);
                panic!("no element {css} at {}:\n{}", self.current_url(), main.chars().take(1500).collect::<String>())
            }
        }
    }

    pub fn type_into(&self, css: &str, text: &str) {
        let id = self.element(css);
        self.post(&format!("/element/{id}/clear"), json!({}));
        self.post(&format!("/element/{id}/value"), json!({"text": text}));
    }

    /// Sets a field's value directly, for inputs (such as dates) whose
    /// typing rules depend on the browser's locale.
    pub fn set_value(&self, css: &str, value: &str) {
        self.post(
            "/execute/sync",
            json!({"script": "document.querySelector(arguments[0]).value = arguments[1];", "args": [css, value]}),
        );
    }

    pub fn click(&self, css: &str) {
        let id = self.element(css);
        self.post(&format!("/element/{id}/click"), json!({}));
    }

    pub fn text(&self, css: &str) -> String {
        let id = self.element(css);
        self.get(&format!("/element/{id}/text"))["value"].as_str().unwrap_or_default().to_string()
    }

    pub fn exists(&self, css: &str) -> bool {
        ureq::post(&self.url("/element"))
            .send_json(json!({"using": "css selector", "value": css}))
            .ok()
            .and_then(|r| r.into_json::<Value>().ok())
            .is_some_and(|reply| reply["value"][ELEMENT].is_string())
    }

    /// Waits until an element shows up, for pages that a click is still loading.
    pub fn wait_for(&self, css: &str) {
        let started = Instant::now();
        while !self.exists(css) {
            if started.elapsed() > Duration::from_secs(10) {
                let page = self.source();
                let main = page.find("<main").map(|i| &page[i..]).unwrap_or(&page);
                panic!(
                    "{css} never appeared at {}:\n{}",
                    self.current_url(),
                    main.chars().take(1500).collect::<String>()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Runs a script in the page and returns its value.
    pub fn script(&self, script: &str, args: Value) -> Value {
        self.post("/execute/sync", json!({"script": script, "args": args}))["value"].clone()
    }

    /// Runs a script that calls its last argument when done, and returns
    /// what it was called with.
    pub fn script_async(&self, script: &str, args: Value) -> Value {
        self.post("/execute/async", json!({"script": script, "args": args}))["value"].clone()
    }

    /// Sets the size of the browser window, as a phone's or a desktop's.
    pub fn resize(&self, width: u32, height: u32) {
        self.post("/window/rect", json!({"width": width, "height": height}));
    }

    pub fn source(&self) -> String {
        self.get("/source")["value"].as_str().unwrap_or_default().to_string()
    }

    pub fn current_url(&self) -> String {
        self.get("/url")["value"].as_str().unwrap_or_default().to_string()
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = ureq::delete(&format!("{}/session/{}", self.base, self.session)).call();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
