//! The journal's running hash: every event carries the hash of the one before it and its
//! own fields; the head is public; an administrator (or `commonfare verify`) recomputes
//! the chain and is told the first event whose stored hash differs. The store refuses to
//! change or delete an event; a change forced past that refusal shows at that event.

use super::ledger::{donate, world};
use crate::support::{TestApp, expect_problem};
use commonfare::db::DbConn;
use commonfare::journal::chain::{self, GENESIS, Linked};
use diesel::RunQueryDsl;
use reqwest::Method;

async fn execute(app: &TestApp, sql: Vec<String>) -> Result<(), String> {
    app.state
        .db
        .write(move |c: &mut DbConn| {
            for s in &sql {
                diesel::sql_query(s.as_str()).execute(c)?;
            }
            Ok(())
        })
        .await
        .map_err(|e| format!("{e:?}"))
}

#[tokio::test]
async fn each_event_links_to_the_one_before_and_a_forced_change_is_named() {
    let app = TestApp::spawn().await;
    let w = world(&app, "linked").await;
    donate(&app, &w, "bank", "12.50").await;

    // Every event, oldest first, follows the hash of the one before.
    let events = app
        .state
        .db
        .read(|c| {
            let mut all = Vec::new();
            commonfare::journal::store::for_each(c, |e| {
                all.push(e.clone());
                Ok(())
            })?;
            Ok(all)
        })
        .await
        .expect("events");
    assert!(
        events.len() >= 5,
        "people, an organization, a treasury, accounts, income"
    );
    let mut previous = GENESIS.to_string();
    for e in &events {
        let expected = chain::link(&previous, &Linked::of(e));
        assert_eq!(
            e.hash.as_deref(),
            Some(expected.as_str()),
            "event {}",
            e.seq
        );
        previous = expected;
    }

    // The head is public and is the newest event's hash; the API serves each event's.
    let head = app
        .call_as(None, Method::GET, "/api/v1/activity/head", None, 200)
        .await;
    assert_eq!(head["hash"], previous.as_str());
    assert_eq!(head["seq"], events.last().expect("an event").seq);
    assert_eq!(head["events"], events.len() as i64);
    let newest = app
        .call_as(None, Method::GET, "/api/v1/activity?limit=1", None, 200)
        .await;
    assert_eq!(newest["items"][0]["hash"], previous.as_str());

    // Recomputing is an administrator's: anonymous 401, anyone else 403.
    let r = app
        .program()
        .get(app.url("/api/v1/activity/verify"))
        .send()
        .await
        .expect("send");
    expect_problem(r, 401, "unauthorized").await;
    app.call_as(
        Some(&w.admin),
        Method::GET,
        "/api/v1/activity/verify",
        None,
        403,
    )
    .await;
    let root = app.person("linked-root").await;
    execute(
        &app,
        vec![format!(
            "UPDATE people SET is_admin = TRUE WHERE handle = '{}'",
            root.handle
        )],
    )
    .await
    .expect("an administrator");
    let verified = app
        .call_as(
            Some(&root),
            Method::GET,
            "/api/v1/activity/verify",
            None,
            200,
        )
        .await;
    assert!(verified["first_difference"].is_null(), "{verified}");
    let head = app
        .call_as(None, Method::GET, "/api/v1/activity/head", None, 200)
        .await;
    assert_eq!(verified["head"], head["hash"].as_str().expect("hash"));
    assert_eq!(verified["events"], head["events"]);

    // The store refuses to change or delete an event.
    let tamper = "UPDATE journal SET summary = 'nothing happened' WHERE seq = \
                  (SELECT MIN(seq) FROM journal WHERE kind = 'ledger_transaction.recorded')"
        .to_string();
    assert!(
        execute(&app, vec![tamper.clone()]).await.is_err(),
        "events are append-only"
    );
    assert!(
        execute(&app, vec!["DELETE FROM journal".into()])
            .await
            .is_err(),
        "events are never deleted"
    );

    // Forced past the refusal, the changed event is the first that differs.
    let (off, on) = match app.state.db.engine() {
        commonfare::config::Engine::Sqlite => (
            "DROP TRIGGER journal_no_update".to_string(),
            "SELECT 1".to_string(),
        ),
        _ => (
            "ALTER TABLE journal DISABLE TRIGGER journal_append_only".to_string(),
            "ALTER TABLE journal ENABLE TRIGGER journal_append_only".to_string(),
        ),
    };
    execute(&app, vec![off, tamper, on]).await.expect("forced");
    let changed = events
        .iter()
        .find(|e| e.kind == "ledger_transaction.recorded")
        .expect("the income's event");
    let verified = app
        .call_as(
            Some(&root),
            Method::GET,
            "/api/v1/activity/verify",
            None,
            200,
        )
        .await;
    let d = &verified["first_difference"];
    assert_eq!(d["seq"], changed.seq, "{verified}");
    assert_eq!(d["id"], changed.id.as_str());
    assert_eq!(d["stored"], changed.hash.as_deref().expect("hash"));
    assert_ne!(d["computed"], d["stored"]);
}

#[tokio::test]
async fn events_written_before_the_hash_are_sealed_in_order() {
    let app = TestApp::spawn().await;
    app.person("sealed-ada").await;
    app.person("sealed-bob").await;
    let engine = app.state.db.engine();
    // As if written before the running hash: the trigger lets a missing hash be given,
    // never taken away, so the test drops it to clear them.
    let (off, on) = match engine {
        commonfare::config::Engine::Sqlite => (
            "DROP TRIGGER journal_no_update".to_string(),
            "SELECT 1".to_string(),
        ),
        _ => (
            "ALTER TABLE journal DISABLE TRIGGER journal_append_only".to_string(),
            "ALTER TABLE journal ENABLE TRIGGER journal_append_only".to_string(),
        ),
    };
    execute(&app, vec![off, "UPDATE journal SET hash = NULL".into(), on])
        .await
        .expect("cleared");
    let sealed = commonfare::journal::seal(&app.state.db).expect("sealed");
    assert!(sealed >= 2, "{sealed}");
    assert_eq!(commonfare::journal::seal(&app.state.db).expect("again"), 0);
    let v = app
        .state
        .db
        .read(|c| chain::verify(c, |_| {}))
        .await
        .expect("verified");
    assert!(v.first_difference.is_none(), "{v:?}");
    assert_eq!(v.events, sealed);
}

/// `commonfare verify` with the app's database: its output and exit status.
fn verify_command(app: &TestApp) -> (bool, String) {
    let cfg = &app.state.config;
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_commonfare"));
    cmd.args(["verify", "--data-dir"])
        .arg(&cfg.data_dir)
        .env("COMMONFARE_LOG", "error");
    if !cfg.database_url.is_empty() {
        cmd.arg("--database-url").arg(&cfg.database_url);
    }
    let out = cmd.output().expect("run commonfare verify");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[tokio::test]
async fn the_command_line_recomputes_the_journal_and_every_treasury() {
    let app = TestApp::spawn().await;
    let w = world(&app, "checked").await;
    donate(&app, &w, "bank", "7.00").await;
    let head = app
        .call_as(None, Method::GET, "/api/v1/activity/head", None, 200)
        .await;
    let (ok, out) = verify_command(&app);
    assert!(ok, "{out}");
    assert!(
        out.contains(&format!(
            "journal: {} events, intact; head {}",
            head["events"],
            head["hash"].as_str().expect("hash")
        )),
        "{out}"
    );
    assert!(
        out.contains("treasury checked: 1 transactions, intact"),
        "{out}"
    );

    let (off, on) = match app.state.db.engine() {
        commonfare::config::Engine::Sqlite => (
            "DROP TRIGGER journal_no_update".to_string(),
            "SELECT 1".to_string(),
        ),
        _ => (
            "ALTER TABLE journal DISABLE TRIGGER journal_append_only".to_string(),
            "ALTER TABLE journal ENABLE TRIGGER journal_append_only".to_string(),
        ),
    };
    let seq = head["seq"].as_i64().expect("seq");
    let tamper = format!("UPDATE journal SET payload = '{{}}' WHERE seq = {seq}");
    execute(&app, vec![off, tamper, on]).await.expect("forced");
    let (ok, out) = verify_command(&app);
    assert!(!ok, "a changed event fails the check: {out}");
    assert!(out.contains(&format!("journal: event {seq} (")), "{out}");
}
