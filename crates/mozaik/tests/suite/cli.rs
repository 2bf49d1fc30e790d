//! The binary as an operator meets it: help, exit codes, messages, and the
//! data commands end to end.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn mozaik(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mozaik"))
        .args(args)
        .current_dir(dir)
        .env_remove("MOZAIK_DATABASE")
        .output()
        .expect("run mozaik")
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

#[test]
fn every_subcommand_has_help() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["serve", "init", "demo", "migrate", "check", "backup", "restore", "export", "import", "generate"] {
        let out = mozaik(dir.path(), &[sub, "--help"]);
        assert!(out.status.success(), "{sub} --help failed: {}", text(&out));
        assert!(text(&out).contains("Usage: mozaik"), "{sub}");
        assert!(text(&out).contains("--database"), "{sub} --help does not offer --database");
    }
    for sub in [["export", "places"], ["import", "places"], ["import", "institutions"]] {
        let out = mozaik(dir.path(), &[sub[0], sub[1], "--help"]);
        assert!(out.status.success() && text(&out).contains("--database"), "{sub:?}");
    }
}

/// Every setting, from `MOZAIK_NAME` and from `MOZAIK_NAME_FILE`, takes effect.
#[test]
fn every_setting_comes_from_the_environment_and_from_files() {
    let dir = tempfile::tempdir().unwrap();
    let key = "5a1c0ffee5a1c0ffee5a1c0ffee5a1c0ffee5a1c0ffee5a1c0ffee5a1c0ffee0";
    let settings: &[(&str, &str, &str)] = &[
        ("DATABASE", "sqlite://elsewhere.db", "database = \"sqlite://elsewhere.db\""),
        ("BIND", "127.0.0.1:9191", "bind = \"127.0.0.1:9191\""),
        ("HUB_NAME", "Test Hub", "hub_name = \"Test Hub\""),
        ("KOSOVO_FOOTNOTE", "false", "kosovo_footnote = false"),
        ("HTTPS", "true", "https = true"),
        ("LOG", "warn", "log = \"warn\""),
        ("PUBLIC_URL", "https://mozaik.example.org", "public_url = \"https://mozaik.example.org\""),
        ("TRUSTED_PROXIES", "127.0.0.1, 10.0.0.2", "trusted_proxies = [\"127.0.0.1\",\"10.0.0.2\"]"),
        ("SMTP_URL", "smtp://user:pw@127.0.0.1:25", "smtp_url = \"(set)\""),
        ("MAIL_FROM", "Mozaik <hub@example.org>", "mail_from = \"Mozaik <hub@example.org>\""),
        ("SHARING_KEY", key, "sharing_key = \"(set)\""),
        ("SUPPRESSION_K", "7", "suppression_k = 7"),
        ("AUDIT_CHECKPOINT", "/var/lib/mozaik/audit-head", "audit_checkpoint = \"/var/lib/mozaik/audit-head\""),
    ];
    let shown = |from_files: bool| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_mozaik"));
        command.arg("config").current_dir(dir.path()).env_remove("MOZAIK_DATABASE");
        for (name, value, _) in settings {
            if from_files {
                let file = dir.path().join(name);
                std::fs::write(&file, format!("{value}\n")).unwrap();
                command.env(format!("MOZAIK_{name}_FILE"), &file);
            } else {
                command.env(format!("MOZAIK_{name}"), value);
            }
        }
        let out = command.output().unwrap();
        assert!(out.status.success(), "{}", text(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    for from_files in [false, true] {
        let printed = shown(from_files);
        for (name, _, line) in settings {
            assert!(
                printed.contains(line),
                "MOZAIK_{name} (from a file: {from_files}) did not take effect:\n{printed}"
            );
        }
    }
    let typo = Command::new(env!("CARGO_BIN_EXE_mozaik"))
        .arg("config")
        .current_dir(dir.path())
        .env("MOZAIK_SHARING_KEYFILE", "/etc/mozaik/sharing.key")
        .output()
        .unwrap();
    assert_eq!(typo.status.code(), Some(2));
    assert!(text(&typo).contains("MOZAIK_SHARING_KEYFILE is not a Mozaik setting"), "{}", text(&typo));
}

#[test]
fn bad_arguments_and_configuration_exit_with_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = mozaik(dir.path(), &["serve", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
    let out = mozaik(dir.path(), &["init", "--database", "mysql://localhost/x"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("unsupported database URL 'mysql://localhost/x'"), "{}", text(&out));
    let out = mozaik(dir.path(), &["serve", "--bind", "everywhere"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("bind address 'everywhere'"));
    std::fs::write(dir.path().join("mozaik.toml"), "databse = \"sqlite://x.db\"\n").unwrap();
    let out = mozaik(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("databse"), "a misspelt setting is named: {}", text(&out));
}

#[test]
fn data_commands_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = mozaik(d, &["init"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("568 added"), "{}", text(&out));
    assert!(d.join("mozaik.db").exists(), "init uses mozaik.db by default");
    let out = mozaik(d, &["check"]);
    assert!(out.status.success() && text(&out).contains("OK"), "{}", text(&out));

    std::fs::write(d.join("bad.csv"), "code,parent_code,level,name\nAL-NEW,AL-NONE,municipality,X\n").unwrap();
    let out = mozaik(d, &["import", "places", "bad.csv"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(text(&out).contains("line 2, column parent_code"), "{}", text(&out));

    let out = mozaik(d, &["export", "places", "--out", "places.csv"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = mozaik(d, &["import", "places", "places.csv"]);
    assert!(text(&out).contains("0 added, 0 updated, 0 moved, 568 unchanged"), "{}", text(&out));

    let out = mozaik(d, &["export", "instance.jsonl"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = mozaik(d, &["import", "instance.jsonl", "--database", "sqlite://copy.db"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = mozaik(d, &["import", "instance.jsonl", "--database", "sqlite://copy.db"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("already holds data"));

    let out = mozaik(d, &["backup", "--out", "backup.db"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = mozaik(d, &["backup", "--out", "backup.db"]);
    assert!(!out.status.success() && text(&out).contains("already exists"));
    let out = mozaik(d, &["restore", "backup.db", "--database", "sqlite://restored.db"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = mozaik(d, &["check", "--database", "sqlite://restored.db"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = mozaik(d, &["restore", "backup.db"]);
    assert!(!out.status.success() && text(&out).contains("--force"), "{}", text(&out));
    std::fs::write(d.join("garbage.db"), "SQLite format 3\0 but not really a database at all").unwrap();
    let out = mozaik(d, &["restore", "garbage.db", "--database", "sqlite://other.db"]);
    assert!(!out.status.success(), "{}", text(&out));
    assert!(!d.join("other.db").exists() || std::fs::metadata(d.join("other.db")).unwrap().len() == 0);

    let out = mozaik(d, &["generate", "--municipalities", "30", "--database", "sqlite://gen.db"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Generated"), "{}", text(&out));
}

#[test]
fn serve_stops_gracefully_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let bind = format!("127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_mozaik"))
        .args(["serve", "--bind", &bind])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn serve");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().expect("a line").expect("read");
    assert!(first.contains(&format!("http://{bind}/")), "{first}");
    let started = Instant::now();
    let mut stream = loop {
        match TcpStream::connect(&bind) {
            Ok(s) => break s,
            Err(_) if started.elapsed() < Duration::from_secs(10) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => panic!("serve never listened: {e}"),
        }
    };
    write!(stream, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().expect("kill");
    assert!(status.success());
    let exit = child.wait().expect("wait");
    assert!(exit.success(), "serve exited with {exit:?} on SIGTERM");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(rest.iter().any(|l| l.contains("Mozaik stopped")), "{rest:?}");
}

#[test]
fn study_responses_import_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = mozaik(d, &["generate", "--municipalities", "5", "--institutions", "1", "--study-neighbourhoods", "3"]);
    assert!(text(&out).contains("Generated study 1 with 3 neighbourhoods"), "{}", text(&out));
    let items: Vec<String> = (1..=14).map(|i| format!("brave_{i:02}")).collect();
    let answers = |v: &str| vec![v; 14].join(",");
    let csv = format!(
        "respondent,neighbourhood,{}\nr1,Neighbourhood 001,{}\nr2,Neighbourhood 009,{}\n",
        items.join(","),
        answers("4"),
        answers("2")
    );
    std::fs::write(d.join("responses.csv"), csv).unwrap();
    let out = mozaik(d, &["import", "responses", "--study", "1", "--wave", "Baseline", "responses.csv"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(
        text(&out).contains("Row 3, column neighbourhood: \"Neighbourhood 009\" is not a neighbourhood"),
        "{}",
        text(&out)
    );
    assert!(text(&out).contains("--valid-rows-only would import them"), "{}", text(&out));
    let out = mozaik(d, &["import", "responses", "--study", "1", "--valid-rows-only", "responses.csv"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Imported 1 of 2 responses into \"Endline\""), "{}", text(&out));
    let out = mozaik(d, &["import", "responses", "--study", "1", "--wave", "Midline", "responses.csv"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out).contains("its waves are: Baseline, Endline"), "{}", text(&out));
}
