//! Pages as a person sees them, rendered by headless Chromium.

use std::path::PathBuf;
use std::process::Command;

use crate::support::{load_demo, skip, TestDb};

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("MOZAIK_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|dir| dir.join(name))
                    .find(|candidate| candidate.is_file())
            })
        })
}

/// The page's DOM after Chromium has loaded and laid it out.
fn rendered(browser: &PathBuf, url: &str, profile: &std::path::Path) -> String {
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(url)
        .output()
        .expect("run chromium");
    assert!(
        output.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn home_and_place_pages_in_chromium() {
    let Some(browser) = chromium() else {
        skip(
            "browser tests",
            "Chromium is not installed (apt-get install chromium chromium-driver)",
        );
        return;
    };
    let test = TestDb::sqlite().await;
    load_demo(&test.db).await;
    let app = crate::support::router(&test.db);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let profile = tempfile::tempdir().expect("profile dir");

    let home = {
        let (browser, profile) = (browser.clone(), profile.path().to_path_buf());
        let url = format!("http://{address}/");
        tokio::task::spawn_blocking(move || rendered(&browser, &url, &profile))
            .await
            .expect("render home")
    };
    assert!(
        home.contains("<h1>Western Balkans Regional Hub</h1>"),
        "home heading: {home}"
    );
    assert!(home.contains("Browse the directory"));
    assert!(home.contains("cities and municipalities"));

    let place = {
        let (browser, profile) = (browser.clone(), profile.path().to_path_buf());
        let url = format!("http://{address}/places/ME-07");
        tokio::task::spawn_blocking(move || rendered(&browser, &url, &profile))
            .await
            .expect("render place")
    };
    for wanted in [
        "<h1>Danilovgrad</h1>",
        "Даниловград",
        "Municipality of Danilovgrad",
        "Local Safety Council of Danilovgrad",
        "Prevention focal point",
        "Montenegro",
    ] {
        assert!(
            place.contains(wanted),
            "Danilovgrad's page in Chromium lacks «{wanted}»"
        );
    }
    server.abort();
    test.finish().await;
}
