//! Bad input, each a clear 4xx and nothing half-written: malformed Pabulib files (the
//! reader's words with the line), bodies that are not UTF-8 or hold NUL, costs and budgets
//! beyond 64-bit, a file larger than the limit, an unknown owner.

use super::{SMALL, import};
use crate::support::TestApp;

#[tokio::test]
async fn malformed_files_are_refused_with_their_line_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let before = app.journal_len().await;
    for (text, code, words) in [
        ("", "malformed_pb", "no META section"),
        ("hello;world\n", "malformed_pb", "line 1"),
        (
            "META\nkey;value\nbudget;lots\nPROJECTS\nproject_id;cost\n1;10\n",
            "malformed_pb",
            "line 3",
        ),
        (
            "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;10\n2;-5\n",
            "malformed_pb",
            "line 7",
        ),
        (
            "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;10\nVOTES\nvoter_id;vote\n1;1\n2;1,9\n",
            "malformed_pb",
            "line 10",
        ),
        (
            "META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;10\nVOTES\nvoter_id;vote\n1;1\n",
            "malformed_pb",
            "points",
        ),
        (
            "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;10\n1;20\n",
            "malformed_pb",
            "line 7",
        ),
        (
            "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n\"1;10\n",
            "malformed_pb",
            "never closed",
        ),
        (
            "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\nbig;9223372036854775808\n",
            "amount_too_large",
            "big",
        ),
        (
            "META\nkey;value\nbudget;99999999999999999999\nPROJECTS\nproject_id;cost\n1;10\n",
            "amount_too_large",
            "budget",
        ),
        ("META\nkey;value\nbudget;1\u{0}00\n", "nul_character", "NUL"),
    ] {
        let (status, v) = import(&app, Some(&ada), "city", text).await;
        assert_eq!(status, 422, "{text:?}: {v}");
        assert_eq!(v["code"], code, "{text:?}: {v}");
        let detail = v["detail"].as_str().unwrap();
        assert!(detail.contains(words), "{text:?}: {detail}");
    }
    // Not UTF-8.
    let r = app
        .program()
        .post(app.url("/api/v1/budgets/import?owner=city"))
        .bearer_auth(&ada.token)
        .header("content-type", "text/plain")
        .body(vec![b'M', b'E', 0xff, 0xfe])
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 422, "not_utf8").await;
    // No such owner; no owner at all.
    let (status, v) = import(&app, Some(&ada), "nobody-here", SMALL).await;
    assert_eq!((status, v["code"].as_str()), (404, Some("not_found")));
    let r = app
        .program()
        .post(app.url("/api/v1/budgets/import"))
        .bearer_auth(&ada.token)
        .body(SMALL)
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 400, "invalid_query").await;
    assert_eq!(app.rows("budget_processes").await, 0);
    assert_eq!(app.rows("budget_projects").await, 0);
    assert_eq!(app.rows("budget_ballots").await, 0);
    assert_eq!(app.journal_len().await, before);
}

#[tokio::test]
async fn a_file_larger_than_the_limit_is_413() {
    let app = TestApp::spawn_with(|c| c.max_file_bytes = 64 * 1024).await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let mut text = String::from(SMALL);
    while text.len() < 70 * 1024 {
        text.push_str("99;20;a\n");
    }
    let (status, v) = import(&app, Some(&ada), "city", &text).await;
    assert_eq!(
        (status, v["code"].as_str()),
        (413, Some("body_too_large")),
        "{v}"
    );
    // Larger than the general limit of other routes, within the file limit: taken.
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let mut text = String::from(SMALL);
    let mut n = 100;
    while text.len() < 400 * 1024 {
        text.push_str(&format!("{n};20;a,b\n"));
        n += 1;
    }
    let (status, v) = import(&app, Some(&ada), "city", &text).await;
    assert_eq!(status, 201, "{v}");
}

/// Costs and amounts of zero, below zero, beyond 64-bit cents or with more than two
/// decimals, and other broken fields: each a clear 422, nothing written.
#[tokio::test]
async fn costs_and_amounts_must_be_above_zero_and_within_64_bits() {
    use super::{heading, move_to, process};
    use serde_json::json;
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let before = app.journal_len().await;
    for (amount, code) in [
        (json!("0"), "cost_not_positive"),
        (json!(0), "cost_not_positive"),
        (json!("-100"), "cost_not_positive"),
        (json!(-1.5), "cost_not_positive"),
        (json!("92233720368547758.08"), "amount_too_large"),
        (json!("9223372036854775808"), "amount_too_large"),
        (json!(1e30), "malformed_amount"),
        (json!("12.345"), "too_many_decimals"),
        (json!("12 000"), "malformed_amount"),
        (json!(""), "missing_field"),
    ] {
        let r = app
            .post_as(
                &ada,
                "/api/v1/budgets",
                json!({"owner": "city", "title": "T", "headings": [{"name": "All", "amount": amount}]}),
                422,
            )
            .await;
        assert_eq!(r["code"], code, "{amount}: {r}");
    }
    for (body, code) in [
        (
            json!({"owner": "city", "title": "T", "headings": []}),
            "missing_field",
        ),
        (
            json!({"owner": "city", "title": "", "headings": [{"name": "A", "amount": 1}]}),
            "missing_field",
        ),
        (
            json!({"owner": "city", "title": "T", "headings": [{"name": "A", "amount": 1}], "rule": "dictator"}),
            "unknown_rule",
        ),
        (
            json!({"owner": "city", "title": "T", "headings": [{"name": "A", "amount": 1}], "ballot_style": "points"}),
            "invalid_ballot_rules",
        ),
        (
            json!({"owner": "city", "title": "T", "headings": [{"name": "A", "amount": 1}], "min_projects": 3, "max_projects": 2}),
            "invalid_ballot_rules",
        ),
        (
            json!({"owner": "city", "title": "T", "headings": [{"name": "A", "amount": 1}], "phases": [{"phase": "voting"}]}),
            "invalid_phase",
        ),
        (
            json!({"owner": "city", "title": "T", "headings": [{"name": "A", "amount": 1}], "phases": []}),
            "invalid_phase",
        ),
        (
            json!({"owner": "city", "title": "T", "headings": [{"name": "A", "amount": 1}], "phases": [{"phase": "balloting", "starts_at": "tomorrow"}]}),
            "invalid_time",
        ),
        (
            json!({"owner": "city", "title": "T", "headings": [{"name": "A", "amount": 1}], "phases": [{"phase": "balloting", "starts_at": "2026-05-02T00:00:00Z", "ends_at": "2026-05-01T00:00:00Z"}]}),
            "invalid_phase",
        ),
    ] {
        let r = app
            .post_as(&ada, "/api/v1/budgets", body.clone(), 422)
            .await;
        assert_eq!(r["code"], code, "{body}: {r}");
    }
    let r = app
        .post_as(
            &ada,
            "/api/v1/budgets",
            json!({"owner": "city", "title": "T", "headings": [{"name": "A", "amount": 1}, {"name": "A", "amount": 2}]}),
            409,
        )
        .await;
    assert_eq!(r["code"], "already_exists");
    assert_eq!(app.rows("budget_processes").await, 0);
    assert_eq!(app.journal_len().await, before);

    let p = process(&app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap();
    let h = heading(&p, "Harbour");
    move_to(&app, &ada, id, "accepting_proposals", 200).await;
    let before = app.journal_len().await;
    for (cost, code) in [
        (json!("0.00"), "cost_not_positive"),
        (json!("-1"), "cost_not_positive"),
        (json!("99999999999999999999"), "amount_too_large"),
        (json!(9.999), "too_many_decimals"),
        (json!("ten"), "malformed_amount"),
    ] {
        let r = app
            .post_as(
                &ada,
                &format!("/api/v1/budgets/{id}/projects"),
                json!({"heading": h, "title": "Trees", "cost": cost}),
                422,
            )
            .await;
        assert_eq!(r["code"], code, "{cost}: {r}");
        assert!(r["detail"].as_str().unwrap().contains("cost"), "{r}");
    }
    let r = app
        .post_as(
            &ada,
            &format!("/api/v1/budgets/{id}/projects"),
            json!({"heading": "nowhere", "title": "Trees", "cost": "5"}),
            404,
        )
        .await;
    assert_eq!(r["code"], "not_found");
    assert_eq!(app.rows("budget_projects").await, 0);
    assert_eq!(app.journal_len().await, before);
}
