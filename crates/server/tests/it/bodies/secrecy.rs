//! Ballot secrecy: an anonymous or secret ballot is stored with no voter, no time and a
//! random id; the link a voter needs to change their ballot is erased at the close, when
//! the ballots are written again in an order of their own; the journal names no voter; a
//! secret ballot's receipt is found among the published hashes; and nothing stored or
//! served after the close links a ballot to the person who cast it.

use super::{close, get, makers, opened, sha256, vote};
use crate::support::TestApp;
use serde_json::{Value, json};

/// Every row of a table as text, for searching it for ids.
async fn dump(app: &TestApp, sql: &'static str) -> String {
    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        line: String,
    }
    app.state
        .db
        .read(move |c| {
            use diesel::RunQueryDsl;
            let rows: Vec<Row> = diesel::sql_query(sql)
                .load(c)
                .map_err(commonfare::error::AppError::internal)?;
            Ok(rows
                .into_iter()
                .map(|r| r.line)
                .collect::<Vec<_>>()
                .join("\n"))
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn nothing_links_a_secret_ballot_to_its_voter() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"secrecy": "anonymous"})).await;
    // Less secret than the rulebook asks is refused.
    app.post_as(
        &m.ada,
        &format!("{}/decisions", super::BODY),
        json!({"title": "Board", "method": "stv-scottish", "options": ["A", "B", "C"], "seats": 2, "secrecy": "open"}),
        422,
    )
    .await;
    let id = opened(
        &app,
        &m.ada,
        json!({"title": "Board", "method": "stv-scottish", "options": ["Ann", "Ben", "Cas"], "seats": 2, "secrecy": "secret"}),
    )
    .await;
    let r_ada = vote(&app, &m.ada, &id, json!({"ranking": ["1", "2"]}), 200).await;
    let r_bob = vote(&app, &m.bob, &id, json!({"ranking": ["3"]}), 200).await;
    let r_bob2 = vote(&app, &m.bob, &id, json!({"ranking": ["2", "3"]}), 200).await;
    let receipt = |v: &Value| v["receipt"].as_str().unwrap().to_string();
    assert_ne!(receipt(&r_bob), receipt(&r_bob2));
    // While open, nobody learns who took part.
    let d = get(&app, &format!("/api/v1/decisions/{id}")).await;
    assert_eq!(d["participants"], json!(null));
    assert_eq!(d["outcome"], json!(null));
    // Ballots carry no voter even while open.
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM body_ballots WHERE decision_id = '{id}' AND voter_id IS NULL"
        ))
        .await,
        2
    );
    let ids_while_open = dump(&app, "SELECT id AS line FROM body_ballots").await;

    let d = close(&app, &m.ada, &id).await;
    let hashes = d["outcome"]["receipts"].as_array().unwrap().clone();
    assert_eq!(hashes.len(), 2);
    for r in [receipt(&r_ada), receipt(&r_bob2)] {
        assert!(hashes.contains(&json!(sha256(&r))), "{r} among {hashes:?}");
    }
    assert!(!hashes.contains(&json!(sha256(&receipt(&r_bob)))));
    assert_eq!(d["participants"], json!(["ada", "bob"]));
    assert_eq!(d["votes"], json!(null));

    // Stored: no voter, no receipt, no link, and new ids.
    let ballots = dump(
        &app,
        "SELECT id || ' ' || choice || ' ' || COALESCE(voter_id, '-') || ' ' || COALESCE(receipt_hash, '-') AS line FROM body_ballots",
    )
    .await;
    let people = dump(&app, "SELECT id AS line FROM people").await;
    for person in people.lines() {
        assert!(
            !ballots.contains(person),
            "a ballot names {person}: {ballots}"
        );
    }
    assert_eq!(ballots.matches(" - -").count(), 2, "{ballots}");
    for old in ids_while_open.lines() {
        assert!(
            !ballots.contains(old),
            "the ballot id {old} outlived the close"
        );
    }
    let links = dump(
        &app,
        "SELECT COALESCE(ballot_id, '-') AS line FROM body_electorate",
    )
    .await;
    assert!(links.lines().all(|l| l == "-"), "{links}");

    // Served: the journal names no voter for a hidden ballot, and carries no ballot.
    let events = get(
        &app,
        &format!("/api/v1/activity?object_type=decision&object_id={id}&limit=100"),
    )
    .await;
    for e in events["items"].as_array().unwrap() {
        if e["kind"] == "decision.ballot_received" {
            assert_eq!(e["actor"], json!(null), "{e}");
            let p = e["payload"].to_string();
            assert!(!p.contains("ranking") && !p.contains("receipt"), "{p}");
        }
        assert_ne!(e["kind"], "decision.voted");
    }
    // The ballot file and the export hold no voter either.
    let (_, file) = super::ballots(&app, &id).await;
    for h in ["ada", "bob", "cyd"] {
        assert!(!file.contains(h), "{file}");
    }
    let mut out = Vec::new();
    commonfare::ops::export_db(&app.state.db, &mut out).unwrap();
    let export = String::from_utf8(out).unwrap();
    for line in export
        .lines()
        .filter(|l| l.contains("\"type\":\"elector\""))
    {
        assert!(!line.contains("ballot"), "{line}");
    }
    assert!(!export.contains("\"type\":\"ballot\""));
}

#[tokio::test]
async fn open_ballots_show_who_voted_how_after_the_close() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let id = opened(
        &app,
        &m.ada,
        json!({"title": "Colour", "method": "plurality", "options": ["Red", "Blue"]}),
    )
    .await;
    vote(&app, &m.bob, &id, json!({"choose": "2"}), 200).await;
    let d = get(&app, &format!("/api/v1/decisions/{id}")).await;
    assert_eq!(
        d["votes"],
        json!(null),
        "results and ballots wait for the close"
    );
    let d = close(&app, &m.ada, &id).await;
    assert_eq!(d["votes"][0]["voter"], "bob");
    assert_eq!(
        d["votes"][0]["choice"],
        json!({"kind": "choose", "choose": 1})
    );
    assert_eq!(d["outcome"]["winner_names"], json!(["Blue"]));
    let html = app.page(&app.browser(), &format!("/decisions/{id}")).await;
    assert!(html.contains("Who voted how"), "{html}");
    assert!(html.contains("@bob</a>: Blue"), "{html}");
}
