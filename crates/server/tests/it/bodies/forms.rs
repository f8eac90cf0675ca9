//! The pages' forms for what the API already takes: the rulebook form's elected seats
//! (how many, the days a term lasts), the draft form's most approvals per ballot (and
//! the ballot over it refused naming the limit), and a refused answer to a nomination
//! shown again as entered. Each form tried anonymously, by a stranger, by a member and
//! by the rightful role.

use super::{BODY, get, makers, vote};
use crate::support::{TestApp, expect_problem};
use serde_json::json;

const PAGE: &str = "/orgs/makers/bodies/assembly";

#[tokio::test]
async fn the_rulebook_form_sets_elected_seats_and_shows_refusals_on_their_field() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let (ada, bob, eve) = (
        app.browser_of(&m.ada).await,
        app.browser_of(&m.bob).await,
        app.browser_of(&m.eve).await,
    );
    assert!(app.page(&ada, PAGE).await.contains("name=\"seat_count\""));
    let action = format!("{PAGE}/rulebook");
    let before = app.journal_len().await;
    for (count, days, field) in [
        ("0", "365", "seat_count"),
        ("three", "365", "seat_count"),
        ("3", "", "seat_term_days"),
        ("3", "-2", "seat_term_days"),
        ("3", "9999", "seat_count"),
    ] {
        let r = app
            .post_form(
                &ada,
                PAGE,
                &action,
                &[
                    ("limit_amount", "80"),
                    ("limit_currency", "EUR"),
                    ("seat_count", count),
                    ("seat_term_days", days),
                ],
            )
            .await;
        assert_eq!(r.status(), 422, "{count} seats, {days} days");
        let html = r.text().await.unwrap();
        assert!(
            html.contains(&format!("id=\"error-{field}\"")),
            "{count}/{days} refused on {field}: {html}"
        );
        assert!(
            html.contains(&format!("value=\"{count}\"")) && html.contains("value=\"80\""),
            "the form comes back as entered"
        );
    }
    assert_eq!(app.journal_len().await, before, "nothing written");
    let fields = [
        ("limit_amount", ""),
        ("limit_currency", ""),
        ("seat_count", "3"),
        ("seat_term_days", "365"),
        ("limit_note", "A board of three"),
    ];
    // A member who is no admin is refused like a stranger.
    let r = app.post_form(&bob, PAGE, &action, &fields).await;
    assert_eq!(r.status(), 403, "a member");
    app.check_form_roles(&action, &fields, Some((&eve, 403)), &ada)
        .await;
    assert_eq!(app.journal_len().await, before + 1);
    let b = get(&app, BODY).await;
    assert_eq!(b["rulebook"]["seats"], "elected", "{b}");
    assert_eq!(
        b["rulebook"]["elected"],
        json!({"count": 3, "term_days": 365})
    );
    let html = app.page(&ada, PAGE).await;
    assert!(
        html.contains("name=\"seat_count\" inputmode=\"numeric\" value=\"3\""),
        "the form shows the seats as they are"
    );
}

#[tokio::test]
async fn the_draft_form_limits_approvals_and_a_ballot_over_the_limit_names_it() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let (ada, bob, eve) = (
        app.browser_of(&m.ada).await,
        app.browser_of(&m.bob).await,
        app.browser_of(&m.eve).await,
    );
    let action = format!("{PAGE}/decisions");
    let draft = |most: &'static str| {
        vec![
            ("title", "Which two machines"),
            ("method", "approval"),
            ("options", "Lathe\nLaser\nLoom\nKiln"),
            ("seats", "1"),
            ("days", "7"),
            ("max_approvals", most),
        ]
    };
    let before = app.journal_len().await;
    for most in ["5", "zero"] {
        let r = app.post_form(&bob, PAGE, &action, &draft(most)).await;
        assert_eq!(r.status(), 422, "{most}");
        let html = r.text().await.unwrap();
        assert!(
            html.contains("id=\"error-max_approvals\"")
                && html.contains(&format!("value=\"{most}\"")),
            "{most}: {html}"
        );
    }
    assert_eq!(app.journal_len().await, before, "nothing written");
    // Drafting is for who sits: a stranger is refused, a member drafts.
    let r = app
        .check_form_roles(&action, &draft("2"), Some((&eve, 403)), &bob)
        .await;
    let at = r.url().path().to_string();
    let id = at.trim_start_matches("/decisions/").to_string();
    let d = get(&app, &format!("/api/v1/decisions/{id}")).await;
    assert_eq!(d["max_approvals"], 2, "{d}");
    app.post_as(
        &m.bob,
        &format!("/api/v1/decisions/{id}/open"),
        json!(null),
        200,
    )
    .await;
    let before = app.journal_len().await;
    let refused = vote(&app, &m.cyd, &id, json!({"approve": ["1", "2", "3"]}), 422).await;
    assert_eq!(refused["code"], "too_many_approvals");
    assert!(
        refused["detail"].as_str().unwrap_or_default().contains('2'),
        "the refusal names the limit: {refused}"
    );
    assert_eq!(app.journal_len().await, before, "nothing written");
    let cast = vote(&app, &m.cyd, &id, json!({"approve": ["1", "2"]}), 200).await;
    // The answer counts the ballot just cast, out of the frozen electorate's three.
    assert_eq!(cast["decision"]["voted"], 1, "{cast}");
    assert_eq!(cast["decision"]["voters"], 3, "{cast}");
    // The same limit from the ballot form: the refusal names it too.
    let r = app
        .post_form(
            &ada,
            &at,
            &format!("{at}/ballot"),
            &[
                ("shape", "approve"),
                ("approve-1", "1"),
                ("approve-2", "1"),
                ("approve-4", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422, "the ballot form over the limit");
}

#[tokio::test]
async fn a_refused_answer_to_a_nomination_comes_back_as_entered() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    app.post_as(
        &m.ada,
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "board", "name": "Board", "kind": "board",
            "rules": {"seats": "elected", "elected": {"count": 2, "term_days": 30}}}),
        201,
    )
    .await;
    let d = app
        .post_as(
            &m.ada,
            &format!("{BODY}/decisions"),
            json!({"title": "Elect the board", "method": "stv-scottish", "seats": 1,
                "fills": "board", "nominations_close_at": commonfare::db::now_ms() + 3_600_000}),
            201,
        )
        .await;
    let id = d["id"].as_str().unwrap().to_string();
    app.post_as(
        &m.ada,
        &format!("/api/v1/decisions/{id}/nominations"),
        json!({"candidate": "bob", "statement": ""}),
        201,
    )
    .await;
    let page = format!("/decisions/{id}");
    let action = format!("{page}/nominations/answer");
    let bob = app.browser_of(&m.bob).await;
    let long = "a".repeat(2_001);
    let before = app.journal_len().await;
    let r = app
        .post_form(
            &bob,
            &page,
            &action,
            &[("answer", "accept"), ("statement", long.as_str())],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("id=\"error-answer_statement\""), "{html}");
    assert!(html.contains(&long), "the statement comes back as entered");
    assert_eq!(app.journal_len().await, before, "nothing written");
    // Only the nominee answers: a stranger and another member are refused.
    let fields = [
        ("answer", "accept"),
        ("statement", "I will keep the minutes."),
    ];
    let cyd = app.browser_of(&m.cyd).await;
    let r = app.post_form(&cyd, &page, &action, &fields).await;
    assert!(
        [403, 404, 409].contains(&r.status().as_u16()),
        "another member: {}",
        r.status()
    );
    let eve = app.browser_of(&m.eve).await;
    app.check_form_roles(&action, &fields, Some((&eve, 403)), &bob)
        .await;
    let d = get(&app, &format!("/api/v1/decisions/{id}")).await;
    assert_eq!(d["election"]["candidates"][0]["state"], "accepted", "{d}");
    assert_eq!(
        d["election"]["candidates"][0]["statement"],
        "I will keep the minutes."
    );
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/decisions/{id}/nominations/answer")))
        .bearer_auth(&m.bob.token)
        .json(&json!({"accept": true}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 409, "nomination_answered").await;
}
