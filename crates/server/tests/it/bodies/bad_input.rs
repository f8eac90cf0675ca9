//! Bad input: each refusal is a clear problem+json with its code, and writes nothing —
//! no ballot, no journal event.

use super::{BODY, close, drafted, makers, opened};
use crate::support::{TestApp, expect_problem};
use serde_json::{Value, json};

/// Sends a ballot as `token` and expects the problem `(status, code)`, with nothing written.
async fn refused(app: &TestApp, token: &str, id: &str, ballot: Value, status: u16, code: &str) {
    let (events, ballots) = (app.journal_len().await, app.rows("body_ballots").await);
    let r = app
        .program()
        .put(app.url(&format!("/api/v1/decisions/{id}/ballot")))
        .bearer_auth(token)
        .json(&ballot)
        .send()
        .await
        .unwrap();
    expect_problem(r, status, code).await;
    assert_eq!(app.journal_len().await, events, "{code}: nothing journaled");
    assert_eq!(app.rows("body_ballots").await, ballots, "{code}: no ballot");
}

#[tokio::test]
async fn ballots_the_decision_cannot_take_are_refused() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"weight_cap": 2})).await;
    let t = m.bob.token.as_str();
    let draft = drafted(&app, &m.ada, json!({"title": "Later", "method": "motion"})).await;
    refused(
        &app,
        t,
        &draft,
        json!({"vote": "yes"}),
        409,
        "decision_state",
    )
    .await;
    let gone = opened(&app, &m.ada, json!({"title": "Gone", "method": "motion"})).await;
    app.post_as(
        &m.ada,
        &format!("/api/v1/decisions/{gone}/withdraw"),
        json!(null),
        200,
    )
    .await;
    refused(
        &app,
        t,
        &gone,
        json!({"vote": "yes"}),
        409,
        "decision_state",
    )
    .await;
    let done = opened(&app, &m.ada, json!({"title": "Done", "method": "motion"})).await;
    close(&app, &m.ada, &done).await;
    refused(
        &app,
        t,
        &done,
        json!({"vote": "yes"}),
        409,
        "decision_state",
    )
    .await;

    let rank = opened(
        &app,
        &m.ada,
        json!({"title": "Rank", "method": "schulze", "options": ["A", "B", "C"]}),
    )
    .await;
    refused(
        &app,
        &m.eve.token,
        &rank,
        json!({"ranking": ["1"]}),
        403,
        "not_in_electorate",
    )
    .await;
    refused(
        &app,
        t,
        &rank,
        json!({"ranking": ["9"]}),
        422,
        "unknown_option",
    )
    .await;
    refused(
        &app,
        t,
        &rank,
        json!({"ranking": ["1", "1"]}),
        422,
        "rank_out_of_range",
    )
    .await;
    refused(
        &app,
        t,
        &rank,
        json!({"ranking": ["1", "2", "3", "1"]}),
        422,
        "rank_out_of_range",
    )
    .await;
    refused(
        &app,
        t,
        &rank,
        json!({"vote": "yes"}),
        422,
        "invalid_ballot",
    )
    .await;
    refused(
        &app,
        t,
        &rank,
        json!({"ranking": ["1"], "weight": 2}),
        422,
        "weight_not_in_rulebook",
    )
    .await;
    refused(
        &app,
        t,
        &rank,
        json!({"ranking": ["1"], "colour": "red"}),
        422,
        "invalid_fields",
    )
    .await;

    let approve = opened(
        &app,
        &m.ada,
        json!({"title": "Pick", "method": "approval", "options": ["A", "B", "C"], "max_approvals": 1}),
    )
    .await;
    refused(
        &app,
        t,
        &approve,
        json!({"approve": ["1", "2"]}),
        422,
        "too_many_approvals",
    )
    .await;
    let consent = opened(
        &app,
        &m.ada,
        json!({"title": "Agree?", "method": "consent"}),
    )
    .await;
    refused(
        &app,
        t,
        &consent,
        json!({"response": "objection"}),
        422,
        "invalid_ballot",
    )
    .await;
    refused(
        &app,
        t,
        "no-such-decision",
        json!({"vote": "yes"}),
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn decisions_and_bodies_the_rules_cannot_hold_are_refused() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"secrecy": "anonymous"})).await;
    let path = format!("{BODY}/decisions");
    let cases = [
        (
            json!({"title": "X", "method": "dictator"}),
            "unknown_method",
        ),
        (
            json!({"title": "X", "method": "motion", "options": ["A", "B"]}),
            "invalid_options",
        ),
        (
            json!({"title": "X", "method": "schulze", "options": ["A"]}),
            "invalid_options",
        ),
        (
            json!({"title": "X", "method": "schulze", "options": ["A", "A"]}),
            "invalid_options",
        ),
        (
            json!({"title": "X", "method": "irv", "options": ["A", "B", "C"], "seats": 2}),
            "invalid_seats",
        ),
        (
            json!({"title": "X", "method": "stv-meek", "options": ["A", "B"], "seats": 2}),
            "invalid_seats",
        ),
        (
            json!({"title": "X", "method": "motion", "secrecy": "open"}),
            "secrecy_lowered",
        ),
        (
            json!({"title": "X", "method": "motion", "closes_at": 5}),
            "invalid_closing_time",
        ),
        (json!({"title": " ", "method": "motion"}), "invalid_text"),
    ];
    let before = app.journal_len().await;
    for (body, code) in cases {
        let r = app
            .program()
            .post(app.url(&path))
            .bearer_auth(&m.ada.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(r, 422, code).await;
    }
    let bodies = "/api/v1/orgs/makers/bodies";
    let bad_bodies = [
        (
            json!({"slug": "Bad Slug", "name": "X", "kind": "board"}),
            422,
            "invalid_handle",
        ),
        (
            json!({"slug": "x", "name": "X", "kind": "senate"}),
            422,
            "invalid_kind",
        ),
        (
            json!({"slug": "x", "name": "X", "kind": "board", "rules": {"weights": {"bob": 5}, "weight_cap": 3}}),
            422,
            "weight_not_in_rulebook",
        ),
        (
            json!({"slug": "x", "name": "X", "kind": "board", "rules": {"quorum": {"kind": "fraction", "numerator": 3, "denominator": 2}}}),
            422,
            "invalid_rulebook",
        ),
        (
            json!({"slug": "x", "name": "X", "kind": "board", "rules": {"seats": "named", "named": []}}),
            422,
            "invalid_rulebook",
        ),
        (
            json!({"slug": "assembly", "name": "X", "kind": "board"}),
            409,
            "body_exists",
        ),
    ];
    for (body, status, code) in bad_bodies {
        let r = app
            .program()
            .post(app.url(bodies))
            .bearer_auth(&m.ada.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(r, status, code).await;
    }
    assert_eq!(app.journal_len().await, before, "refusals journal nothing");
    assert_eq!(app.rows("body_decisions").await, 0);
    assert_eq!(app.rows("bodies").await, 1);
}
