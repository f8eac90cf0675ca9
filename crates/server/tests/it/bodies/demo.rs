//! The demo's bodies: the makers' general assembly with a consent motion, a three-seat
//! board elected by Scottish STV with secret ballots, an open Schulze poll and an open
//! motion; the repair café's workshop group deciding by approval.

use super::get;
use crate::support::TestApp;

#[tokio::test]
async fn the_demo_has_decided_decisions_to_recount() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let closed = get(&app, "/api/v1/decisions?state=closed").await;
    let items = closed["items"].as_array().unwrap();
    let by_method = |m: &str| {
        items
            .iter()
            .find(|d| d["method"] == m)
            .unwrap_or_else(|| panic!("a closed {m} decision"))
            .clone()
    };
    let consent = by_method("consent");
    assert_eq!(consent["result"], "decided");
    let board = get(
        &app,
        &format!(
            "/api/v1/decisions/{}",
            by_method("stv-scottish")["id"].as_str().unwrap()
        ),
    )
    .await;
    assert_eq!(board["seats"], 3);
    assert_eq!(board["secrecy"], "secret");
    assert_eq!(board["ballot_count"], 4);
    assert_eq!(board["outcome"]["winners"].as_array().unwrap().len(), 3);
    assert_eq!(board["outcome"]["receipts"].as_array().unwrap().len(), 4);
    let id = board["id"].as_str().unwrap();
    let (_, blt) = super::ballots(&app, id).await;
    assert!(blt.starts_with("4 3\n"), "{blt}");
    // Its winners hold the board's seats for a year.
    let seats = get(&app, "/api/v1/orgs/makers-lagomar/bodies/board").await;
    let held = seats["seats"].as_array().unwrap();
    assert_eq!(held.len(), 3, "{seats}");
    let names: Vec<String> = board["outcome"]["winner_names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect();
    for s in held {
        assert!(names.contains(&s["handle"].as_str().unwrap().to_string()));
        let term = s["ends_at"].as_i64().unwrap() - s["since"].as_i64().unwrap();
        assert_eq!(term, 365 * 24 * 3_600_000);
    }
    assert_eq!(board["election"]["candidates"].as_array().unwrap().len(), 4);
    let poll = by_method("schulze");
    assert_eq!(poll["secrecy"], "open");
    assert_eq!(poll["result"], "decided");
    let approval = by_method("approval");
    assert_eq!(approval["org"], "repair-tuesday");
    assert_eq!(approval["outcome"]["winner_names"][0], "Lamps and cables");
    let open = get(&app, "/api/v1/decisions?state=open").await;
    assert_eq!(open["items"][0]["method"], "motion");
    // Every demo page renders.
    let b = app.browser();
    app.page(&b, "/orgs/makers-lagomar/bodies/assembly").await;
    app.page(&b, "/orgs/repair-tuesday/bodies/workshop").await;
    app.page(&b, "/orgs/makers-lagomar/bodies/board").await;
    app.page(&b, &format!("/decisions/{id}")).await;
    // A decision's number in its body leads to its page.
    let r = b
        .get(app.url("/orgs/makers-lagomar/bodies/assembly/decisions/2"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.url().path(), format!("/decisions/{id}"));
    let r = b
        .get(app.url("/orgs/makers-lagomar/bodies/assembly/decisions/99"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}

/// The ledger's demo leans on this: the assembly's limit of 100.00 EUR, and its decision 5,
/// open, authorising the laser lens (expense 3 of the treasury `makers-lagomar`).
#[tokio::test]
async fn the_demo_assembly_limits_spending_and_a_motion_would_pay_the_lens() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let b = get(&app, "/api/v1/orgs/makers-lagomar/bodies/assembly").await;
    assert_eq!(
        b["rulebook"]["spending_limit"],
        serde_json::json!({"amount": "100.00", "currency": "EUR"})
    );
    let r = app
        .browser()
        .get(app.url("/orgs/makers-lagomar/bodies/assembly/decisions/5"))
        .send()
        .await
        .unwrap();
    let id = r.url().path().trim_start_matches("/decisions/").to_string();
    let d = get(&app, &format!("/api/v1/decisions/{id}")).await;
    assert_eq!(d["state"], "open");
    assert_eq!(
        d["authorises"],
        serde_json::json!({"treasury": "makers-lagomar", "expense": 3, "amount": "120.00",
            "currency": "EUR", "authorised": false})
    );
    let (org, limits) = app
        .state
        .db
        .read(|c| {
            let org = commonfare::accounts::require_org(c, "makers-lagomar")?.0;
            let limits = commonfare::bodies::spending_limits_of(c, &org)?;
            Ok((org, limits))
        })
        .await
        .unwrap();
    assert_eq!(limits.len(), 1);
    assert_eq!(
        (limits[0].amount_minor, limits[0].currency.as_str()),
        (10_000, "EUR")
    );
    let none = app
        .state
        .db
        .read(move |c| commonfare::bodies::payment_authorisations(c, &org, "makers-lagomar", 3))
        .await
        .unwrap();
    assert!(none.is_empty(), "open, so not authorised yet");
}

/// The demo's standing delegations: Emil's to Dolores, accepted, counted for him in the
/// assembly's decision 6, which he did not vote on; Fatima's to Amara waits for Amara.
#[tokio::test]
async fn the_demo_assembly_has_a_standing_delegation_that_counted() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let b = app.browser();
    let r = b
        .get(app.url("/orgs/makers-lagomar/bodies/assembly/decisions/6"))
        .send()
        .await
        .unwrap();
    let id = r.url().path().trim_start_matches("/decisions/").to_string();
    let d = get(&app, &format!("/api/v1/decisions/{id}")).await;
    assert_eq!(d["result"], "decided", "{d}");
    assert_eq!(
        d["outcome"]["counts"]["yes"], 3,
        "Dolores's ballot counts for Emil: {d}"
    );
    assert_eq!(d["ballot_count"], 4, "{d}");
    assert!(d["votes"].to_string().contains("emil"), "{d}");
    let waiting = app
        .count("SELECT COUNT(*) AS n FROM body_delegations WHERE accepted_at IS NULL".into())
        .await;
    let accepted = app
        .count("SELECT COUNT(*) AS n FROM body_delegations WHERE accepted_at IS NOT NULL".into())
        .await;
    assert_eq!((waiting, accepted), (1, 1));
}
