//! `commonfare commons import-git`: a git history built here commit by commit (authors and
//! dates fixed), imported with a dated email map and a domain map, and counted paid,
//! volunteer or unknown against counts made by hand; importing again adds nothing; and
//! each bad input refused with nothing written. `git` is required: without it the test
//! fails rather than skip.

use crate::support::TestApp;
use reqwest::Method;
use serde_json::json;
use std::path::Path;
use std::process::{Command, Output};

fn git(repo: &Path, args: &[&str], who: Option<(&str, &str, &str)>) {
    let mut cmd = Command::new("git");
    cmd.arg("-C").arg(repo).args(args);
    cmd.env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_COMMITTER_NAME", "Committer")
        .env("GIT_COMMITTER_EMAIL", "committer@example.net");
    if let Some((name, email, day)) = who {
        let date = format!("{day}T12:00:00+00:00");
        cmd.env("GIT_AUTHOR_NAME", name)
            .env("GIT_AUTHOR_EMAIL", email)
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date);
    }
    let out = cmd
        .output()
        .expect("git must be installed to run this test (CI machines have it)");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn commit(repo: &Path, file: &str, who: (&str, &str, &str)) {
    let path = repo.join(file);
    let before = std::fs::read_to_string(&path).unwrap_or_default();
    std::fs::write(&path, format!("{before}{}\n", who.2)).expect("write");
    git(repo, &["add", file], None);
    git(repo, &["commit", "-q", "-m", file], Some(who));
}

fn import(app: &TestApp, args: &[&str]) -> Output {
    let cfg = &app.state.config;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_commonfare"));
    cmd.args(["commons", "import-git"])
        .args(args)
        .arg("--data-dir")
        .arg(&cfg.data_dir)
        .env("COMMONFARE_LOG", "error");
    if !cfg.database_url.is_empty() {
        cmd.arg("--database-url").arg(&cfg.database_url);
    }
    cmd.output().expect("run commonfare")
}

fn ok(out: &Output) -> String {
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

fn refused(out: &Output, says: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "accepted: {err}");
    assert!(err.contains(says), "{err:?} does not say {says:?}");
}

const ANA: (&str, &str) = ("Ana", "ana@example.org");
const BO: (&str, &str) = ("Bo", "bo@dev.bigco.example");
const CY: (&str, &str) = ("Cy", "cy@else.net");
const DI: (&str, &str) = ("Di", "di@else.net");

fn at(
    who: (&'static str, &'static str),
    day: &'static str,
) -> (&'static str, &'static str, &'static str) {
    (who.0, who.1, day)
}

#[tokio::test]
async fn a_git_history_is_counted_paid_volunteer_or_unknown_by_employer_maps() {
    let app = TestApp::spawn().await;
    let ana = app.person("ana").await;
    app.call_as(
        Some(&ana),
        Method::PATCH,
        "/api/v1/me",
        Some(json!({"email": "Ana@Example.org"})),
        200,
    )
    .await;
    app.org("acme").admin(&ana).await;
    let tools = app.commons("tools").maintained_by(&ana).await;

    let dir = tempfile::tempdir().expect("dir");
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).expect("repo");
    git(&repo, &["init", "-q", "-b", "main"], None);
    // By hand, with the maps below:
    commit(&repo, "a.txt", at(ANA, "2024-01-10")); // acme until 2024-02-29: paid
    commit(&repo, "a.txt", at(BO, "2024-01-20")); //  bigco.example's subdomain: paid, a name only
    commit(&repo, "b.txt", at(ANA, "2024-02-29")); // still acme: paid
    commit(&repo, "c.txt", at(CY, "2024-03-02")); //  no line: unknown
    commit(&repo, "a.txt", at(ANA, "2024-03-01")); // (None) from 2024-03-01: volunteer
    commit(&repo, "d.txt", at(DI, "2024-03-05")); //  (Unknown): unknown
    git(&repo, &["checkout", "-q", "-b", "side"], None);
    commit(&repo, "e.txt", at(CY, "2024-04-01")); //  unknown
    git(&repo, &["checkout", "-q", "main"], None);
    commit(&repo, "b.txt", at(ANA, "2024-04-02")); // volunteer
    // A merge is no one's contribution (--no-merges).
    git(
        &repo,
        &["merge", "-q", "--no-ff", "-m", "merge side", "side"],
        Some(at(ANA, "2024-04-03")),
    );
    // Totals: paid 3 (acme 2, Big Company 1), volunteer 2, unknown 3.

    let emails = dir.path().join("email-map");
    std::fs::write(
        &emails,
        "# gitdm email map\n\
         ana@example.org   (None)\n\
         ana@example.org   Acme < 2024-03-01\n\
         \n\
         di@else.net       (Unknown)\n",
    )
    .expect("map");
    let domains = dir.path().join("domain-map");
    std::fs::write(&domains, "bigco.example  Big Company\n").expect("map");
    let repo_s = repo.to_str().expect("path");
    let (emails_s, domains_s) = (emails.to_str().unwrap(), domains.to_str().unwrap());

    let said = ok(&import(
        &app,
        &[
            repo_s,
            "--commons",
            "tools",
            "--employers",
            emails_s,
            "--employers",
            domains_s,
        ],
    ));
    assert!(
        said.contains("8 commits imported, 0 already there; 4 authors (1 people of the instance, 3 new placeholders)")
            && said.contains("organizations: acme; names only: Big Company"),
        "{said}"
    );
    let r = app
        .call_as(None, Method::GET, &tools.api("/paid-volunteer"), None, 200)
        .await;
    let want = json!({
        "paid": {"contributions": 3, "minutes": 0},
        "volunteer": {"contributions": 2, "minutes": 0},
        "unknown": {"contributions": 3, "minutes": 0},
        "shares": {"paid": 3750, "volunteer": 2500, "unknown": 3750}
    });
    assert_eq!(r["total"], want, "{r}");
    let months: Vec<&str> = r["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["month"].as_str().unwrap())
        .collect();
    assert_eq!(months, ["2024-01", "2024-02", "2024-03", "2024-04"]);
    assert_eq!(r["months"][2]["volunteer"]["contributions"], 1);
    assert_eq!(r["months"][2]["unknown"]["contributions"], 2);
    assert_eq!(
        r["organizations"],
        json!([
            {"organization": "acme", "registered": true,
             "paid": {"contributions": 2, "minutes": 0},
             "volunteer": {"contributions": 0, "minutes": 0},
             "unknown": {"contributions": 0, "minutes": 0},
             "shares": {"paid": 10000, "volunteer": 0, "unknown": 0}},
            {"organization": "Big Company", "registered": false,
             "paid": {"contributions": 1, "minutes": 0},
             "volunteer": {"contributions": 0, "minutes": 0},
             "unknown": {"contributions": 0, "minutes": 0},
             "shares": {"paid": 10000, "volunteer": 0, "unknown": 0}}
        ])
    );

    // The page names the employer that is no organization here without a link.
    let html = app
        .page(&app.browser(), "/commons/tools/paid-volunteer")
        .await;
    assert!(
        html.contains("8 contributions accepted: 37.5% paid, 25% volunteer, 37.5% unknown")
            && html.contains("<th scope=\"row\">Big Company</th>")
            && html.contains("/orgs/acme/paid-volunteer"),
        "{html}"
    );
    // Per organization: acme's two paid commits, on this commons, in January and February.
    let org = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/orgs/acme/paid-volunteer",
            None,
            200,
        )
        .await;
    assert_eq!(org["total"]["paid"]["contributions"], 2, "{org}");
    assert_eq!(org["total"]["volunteer"]["contributions"], 0, "{org}");
    assert_eq!(org["commons"][0]["commons"], "tools");
    assert_eq!(org["months"].as_array().unwrap().len(), 2, "{org}");
    let html = app.page(&app.browser(), "/orgs/acme/paid-volunteer").await;
    assert!(
        html.contains("2 contributions: 100% paid, 0% volunteer") && html.contains("<svg"),
        "{html}"
    );
    app.call_as(
        None,
        Method::GET,
        "/api/v1/orgs/nobody/paid-volunteer",
        None,
        404,
    )
    .await;

    // Again: nothing new, the same counts, one journal event in all.
    let again = ok(&import(&app, &[repo_s, "--commons", "tools"]));
    assert!(
        again.contains("0 commits imported, 8 already there"),
        "{again}"
    );
    let r2 = app
        .call_as(None, Method::GET, &tools.api("/paid-volunteer"), None, 200)
        .await;
    assert_eq!(r2["total"], want, "{r2}");
    let events = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/activity?context=commons:tools&limit=100",
            None,
            200,
        )
        .await;
    let imported = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "commons.history_imported")
        .count();
    assert_eq!(imported, 1, "{events}");

    // A new commit later is all the next import adds.
    commit(&repo, "f.txt", at(DI, "2024-05-01"));
    let more = ok(&import(&app, &[repo_s, "--commons", "tools"]));
    assert!(
        more.contains("1 commits imported, 8 already there"),
        "{more}"
    );
}

#[tokio::test]
async fn bad_input_is_refused_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let ana = app.person("ana").await;
    let empty = app.commons("empty").maintained_by(&ana).await;
    let dir = tempfile::tempdir().expect("dir");
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).expect("repo");
    git(&repo, &["init", "-q", "-b", "main"], None);
    commit(&repo, "a.txt", at(ANA, "2024-01-10"));
    let repo_s = repo.to_str().unwrap();

    let plain = dir.path().join("plain");
    std::fs::create_dir(&plain).expect("plain");
    refused(
        &import(&app, &[plain.to_str().unwrap(), "--commons", "empty"]),
        "is not a git repository",
    );
    refused(
        &import(
            &app,
            &[
                dir.path().join("nowhere").to_str().unwrap(),
                "--commons",
                "empty",
            ],
        ),
        "is not a directory",
    );
    refused(
        &import(&app, &[repo_s, "--commons", "nosuch"]),
        "there is no commons \"nosuch\"",
    );
    let bad = dir.path().join("bad-map");
    std::fs::write(
        &bad,
        "# fine so far\nana@example.org Acme\nana@example.org Acme < 2024-02-30\n",
    )
    .expect("map");
    let bad_s = bad.to_str().unwrap();
    refused(
        &import(&app, &[repo_s, "--commons", "empty", "--employers", bad_s]),
        &format!("{bad_s}:3"),
    );
    refused(
        &import(
            &app,
            &[
                repo_s,
                "--commons",
                "empty",
                "--employers",
                "/nonexistent/map",
            ],
        ),
        "cannot read the employer map /nonexistent/map",
    );
    let r = app
        .call_as(None, Method::GET, &empty.api("/paid-volunteer"), None, 200)
        .await;
    assert_eq!(
        r["total"]["unknown"]["contributions"], 0,
        "nothing written: {r}"
    );
    assert_eq!(r["months"], json!([]));
}

/// Two imports of the same history at once: each commit is kept once, each author once,
/// and one journal event says what was added (the second import finds everything there).
#[tokio::test]
async fn racing_imports_keep_each_commit_once() {
    let app = TestApp::spawn().await;
    let ana = app.person("ana").await;
    let c = app.commons("raced").maintained_by(&ana).await;
    let dir = tempfile::tempdir().expect("dir");
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).expect("repo");
    git(&repo, &["init", "-q", "-b", "main"], None);
    for (i, day) in ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"]
        .into_iter()
        .enumerate()
    {
        let who = if i % 2 == 0 { ANA } else { CY };
        commit(&repo, "a.txt", at(who, day));
    }
    let repo_s = repo.to_str().unwrap().to_string();
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let cfg = app.state.config.clone();
            let repo_s = repo_s.clone();
            std::thread::spawn(move || {
                let mut cmd = Command::new(env!("CARGO_BIN_EXE_commonfare"));
                cmd.args(["commons", "import-git", &repo_s, "--commons", "raced"])
                    .arg("--data-dir")
                    .arg(&cfg.data_dir)
                    .env("COMMONFARE_LOG", "error");
                if !cfg.database_url.is_empty() {
                    cmd.arg("--database-url").arg(&cfg.database_url);
                }
                cmd.output().expect("run commonfare")
            })
        })
        .collect();
    let mut added = 0;
    for r in runs {
        let out = r.join().expect("thread");
        let said = ok(&out);
        added += said
            .split(" commits imported")
            .next()
            .and_then(|n| n.trim().parse::<i64>().ok())
            .expect("a count");
    }
    assert_eq!(added, 4, "each commit imported once in all");
    let r = app
        .call_as(None, Method::GET, &c.api("/paid-volunteer"), None, 200)
        .await;
    assert_eq!(r["total"]["unknown"]["contributions"], 4, "{r}");
    let events = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/activity?context=commons:raced&limit=100",
            None,
            200,
        )
        .await;
    let imported = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "commons.history_imported")
        .count();
    assert_eq!(imported, 1, "{events}");
}
