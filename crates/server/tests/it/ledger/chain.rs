//! The chain of seals: every transaction carries the hash of the one before and itself;
//! the server recomputes the chain on request. The store refuses to change a written
//! transaction or leg; a change forced past that refusal (as someone with the database's
//! keys could) shows as a broken chain from the changed transaction on.

use super::{donate, world};
use crate::support::TestApp;
use commonfare::db::DbConn;
use diesel::RunQueryDsl;
use reqwest::Method;
use serde_json::json;

/// Runs `sql` in a write transaction of the app's store.
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
async fn the_chain_is_intact_and_a_forced_change_breaks_it() {
    let app = TestApp::spawn().await;
    let w = world(&app, "sealed").await;
    let first = donate(&app, &w, "bank", "40").await;
    let spend = json!({"amount": "15", "unit": "EUR", "from": "bank", "to": "supplier"});
    let second = app.post_as(&w.admin, &w.api("/spending"), spend, 201).await;
    let third = app
        .post_as(&w.admin, &w.api("/transactions/2/reverse"), json!({}), 201)
        .await;
    let hashes = [&first, &second, &third].map(|t| t["hash"].as_str().expect("hash").to_string());
    assert!(hashes.iter().all(|h| h.len() == 64));
    assert!(hashes[0] != hashes[1] && hashes[1] != hashes[2]);
    let chain = app
        .call_as(None, Method::GET, &w.api("/chain"), None, 200)
        .await;
    assert_eq!(
        chain,
        json!({"treasury": "sealed", "transactions": 3, "head": hashes[2], "intact": true, "first_broken": null})
    );
    let t = app.call_as(None, Method::GET, &w.api(""), None, 200).await;
    assert_eq!(t["head"], hashes[2].as_str());

    // The store refuses an edit and a deletion.
    let edit = "UPDATE ledger_legs SET amount = 1 WHERE position = 1".to_string();
    assert!(
        execute(&app, vec![edit.clone()]).await.is_err(),
        "legs are append-only"
    );
    let delete = "DELETE FROM ledger_transactions".to_string();
    assert!(
        execute(&app, vec![delete]).await.is_err(),
        "transactions are append-only"
    );
    assert_eq!(app.rows("ledger_transactions").await, 3);

    // Forced past the triggers, a change to the second transaction's leg breaks the chain
    // there.
    let force = |off: bool| match (app.state.db.engine(), off) {
        (commonfare::config::Engine::Sqlite, true) => {
            "DROP TRIGGER ledger_legs_no_update".to_string()
        }
        (commonfare::config::Engine::Sqlite, false) => "SELECT 1".to_string(),
        (_, true) => "ALTER TABLE ledger_legs DISABLE TRIGGER ledger_legs_append_only".to_string(),
        (_, false) => "ALTER TABLE ledger_legs ENABLE TRIGGER ledger_legs_append_only".to_string(),
    };
    let second_id = app
        .count("SELECT COUNT(*) AS n FROM ledger_transactions WHERE number = 2".to_string())
        .await;
    assert_eq!(second_id, 1);
    let tamper = "UPDATE ledger_legs SET amount = amount * 2 WHERE transaction_id = \
                  (SELECT id FROM ledger_transactions WHERE number = 2)"
        .to_string();
    execute(&app, vec![force(true), tamper, force(false)])
        .await
        .expect("forced");
    let chain = app
        .call_as(None, Method::GET, &w.api("/chain"), None, 200)
        .await;
    assert_eq!(chain["intact"], false);
    assert_eq!(chain["first_broken"], 2);
}
