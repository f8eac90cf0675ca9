//! Elections that fill elected seats: a body whose rulebook says its seats are elected
//! (how many, for how long); an election of the assembly that fills them, its candidates
//! nominated (oneself at once, another once they accept) until it opens; the winners
//! take their seats with a term end, and sit in the board from then on. Who may nominate
//! and answer, and what is refused with nothing written.

use super::{BODY, close, get, makers, vote};
use crate::support::{ApiCall, Person, TestApp, expect_problem};
use serde_json::{Value, json};

const BOARD: &str = "/api/v1/orgs/makers/bodies/board";

/// The makers' board: `count` elected seats, terms of 30 days.
async fn board(app: &TestApp, ada: &Person, count: u32) {
    app.post_as(
        ada,
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "board", "name": "Board", "kind": "board",
            "rules": {"seats": "elected", "elected": {"count": count, "term_days": 30}}}),
        201,
    )
    .await;
}

/// An election of the assembly that fills `seats` seats of the board; its id.
async fn election(app: &TestApp, who: &Person, seats: i64) -> String {
    let close_at = commonfare::db::now_ms() + 3_600_000;
    let d = app
        .post_as(
            who,
            &format!("{BODY}/decisions"),
            json!({"title": "Elect the board", "method": "stv-scottish", "seats": seats,
                "fills": "board", "nominations_close_at": close_at}),
            201,
        )
        .await;
    assert_eq!(d["election"]["nominations_open"], true);
    d["id"].as_str().unwrap().to_string()
}

async fn nominate(app: &TestApp, who: &Person, id: &str, candidate: &str) -> Value {
    app.post_as(
        who,
        &format!("/api/v1/decisions/{id}/nominations"),
        json!({"candidate": candidate, "statement": format!("{candidate} for the board")}),
        201,
    )
    .await
}

#[tokio::test]
async fn the_winners_of_an_election_take_their_seats_for_a_term() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    board(&app, &m.ada, 2).await;
    let b = get(&app, BOARD).await;
    assert_eq!(b["rulebook"]["seats"], "elected");
    assert_eq!(
        b["rulebook"]["elected"],
        json!({"count": 2, "term_days": 30})
    );
    assert_eq!(b["members"], json!([]), "nobody sits before an election");
    assert_eq!(b["seats"], json!([]));

    let id = election(&app, &m.ada, 2).await;
    nominate(&app, &m.bob, &id, "bob").await;
    let d = nominate(&app, &m.ada, &id, "cyd").await;
    assert_eq!(d["election"]["candidates"][1]["state"], "pending");
    assert_eq!(d["election"]["candidates"][1]["nominated_by"], "ada");
    let d = app
        .post_as(
            &m.cyd,
            &format!("/api/v1/decisions/{id}/nominations/answer"),
            json!({"accept": true, "statement": "I keep the tools in order."}),
            200,
        )
        .await;
    assert_eq!(d["election"]["candidates"][1]["state"], "accepted");
    assert_eq!(
        d["election"]["candidates"][1]["statement"],
        "I keep the tools in order."
    );
    nominate(&app, &m.ada, &id, "ada").await;
    // The page shows the candidates and the nomination form.
    let html = app
        .page(&app.browser_of(&m.bob).await, &format!("/decisions/{id}"))
        .await;
    assert!(
        html.contains("I keep the tools in order.") && html.contains("name=\"candidate\""),
        "{html}"
    );

    let d = app
        .post_as(
            &m.ada,
            &format!("/api/v1/decisions/{id}/open"),
            json!(null),
            200,
        )
        .await;
    assert_eq!(
        d["options"],
        json!([{"id": "1", "name": "ada"}, {"id": "2", "name": "bob"}, {"id": "3", "name": "cyd"}])
    );
    assert_eq!(d["election"]["nominations_open"], false);
    assert_eq!(d["election"]["candidates"][0]["option"], "2");
    vote(&app, &m.ada, &id, json!({"ranking": ["2", "3"]}), 200).await;
    vote(&app, &m.bob, &id, json!({"ranking": ["2", "1"]}), 200).await;
    vote(&app, &m.cyd, &id, json!({"ranking": ["3", "2"]}), 200).await;
    let d = close(&app, &m.ada, &id).await;
    assert_eq!(d["result"], "decided");
    assert_eq!(d["outcome"]["winner_names"], json!(["bob", "cyd"]));

    let b = get(&app, BOARD).await;
    let seats = b["seats"].as_array().unwrap();
    assert_eq!(seats.len(), 2, "{b}");
    assert_eq!(seats[0]["handle"], "bob");
    assert_eq!(seats[1]["handle"], "cyd");
    let term = seats[0]["ends_at"].as_i64().unwrap() - seats[0]["since"].as_i64().unwrap();
    assert_eq!(term, 30 * 24 * 3_600_000);
    assert_eq!(seats[0]["decision_url"], format!("/decisions/{id}"));
    let members: Vec<&str> = b["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["handle"].as_str().unwrap())
        .collect();
    assert_eq!(members, ["bob", "cyd"], "the seat holders sit");
    let html = app.page(&app.browser(), "/orgs/makers/bodies/board").await;
    assert!(
        html.contains("Elected seats") && html.contains("until"),
        "{html}"
    );
    let journal = get(&app, "/api/v1/activity?limit=10").await.to_string();
    assert_eq!(journal.matches("body.seat_taken").count(), 2, "{journal}");

    // The board decides with its seat holders: ada, an admin but no holder, is no voter.
    let d = app
        .post_as(
            &m.bob,
            &format!("{BOARD}/decisions"),
            json!({"title": "Meet on Mondays", "method": "consent"}),
            201,
        )
        .await;
    let board_id = d["id"].as_str().unwrap().to_string();
    let d = app
        .post_as(
            &m.bob,
            &format!("/api/v1/decisions/{board_id}/open"),
            json!(null),
            200,
        )
        .await;
    assert_eq!(d["voters"], 2);
    vote(&app, &m.ada, &board_id, json!({"response": "consent"}), 403).await;

    // A second election for one seat: ada wins it; the term ending first (bob's or
    // cyd's, both equal: the first by handle) ends so that two seats stay.
    let again = election(&app, &m.ada, 1).await;
    nominate(&app, &m.ada, &again, "ada").await;
    nominate(&app, &m.bob, &again, "bob").await;
    app.post_as(
        &m.ada,
        &format!("/api/v1/decisions/{again}/open"),
        json!(null),
        200,
    )
    .await;
    vote(&app, &m.ada, &again, json!({"ranking": ["1"]}), 200).await;
    vote(&app, &m.cyd, &again, json!({"ranking": ["1"]}), 200).await;
    close(&app, &m.ada, &again).await;
    let b = get(&app, BOARD).await;
    let holders: Vec<&str> = b["seats"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["handle"].as_str().unwrap())
        .collect();
    assert_eq!(holders, ["ada", "cyd"], "{b}");
    let journal = get(&app, "/api/v1/activity?limit=5").await.to_string();
    assert!(journal.contains("body.seat_released"), "{journal}");
}

#[tokio::test]
async fn who_may_nominate_and_answer() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    board(&app, &m.ada, 2).await;
    let id = election(&app, &m.ada, 2).await;
    let path = format!("/api/v1/decisions/{id}/nominations");
    // A stranger may not nominate; a member may, an admin too.
    let call = ApiCall::post(&path, json!({"candidate": "bob", "statement": "Bob"}));
    app.check_roles(&call, Some((&m.eve, 403)), (&m.cyd, 201))
        .await;
    let call = ApiCall::post(&path, json!({"candidate": "ada"}));
    app.check_roles(&call, Some((&m.eve, 403)), (&m.ada, 201))
        .await;
    // Only the nominee answers; a stranger is refused before anything else.
    let answer = ApiCall::post(format!("{path}/answer"), json!({"accept": false}));
    app.check_roles(&answer, Some((&m.eve, 403)), (&m.bob, 200))
        .await;
    let d = get(&app, &format!("/api/v1/decisions/{id}")).await;
    assert_eq!(d["election"]["candidates"][0]["state"], "declined");
    // Through the pages' forms too.
    let (cyd, eve) = (app.browser_of(&m.cyd).await, app.browser_of(&m.eve).await);
    app.check_form_roles(
        &format!("/decisions/{id}/nominations"),
        &[("candidate", "@cyd"), ("statement", "Me")],
        Some((&eve, 403)),
        &cyd,
    )
    .await;
    // A refused nomination comes back as entered, the refusal beside its field.
    let page = format!("/decisions/{id}");
    let before = app.journal_len().await;
    let r = app
        .post_form(
            &cyd,
            &page,
            &format!("{page}/nominations"),
            &[("candidate", "@eve"), ("statement", "Eve would be good")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"error-candidate\"") && html.contains("Eve would be good"),
        "{html}"
    );
    assert_eq!(app.journal_len().await, before);
}

#[tokio::test]
async fn bad_nominations_are_refused_with_nothing_written() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    board(&app, &m.ada, 2).await;
    let post = |who: &Person, path: String, body: Value| {
        app.program()
            .post(app.url(&path))
            .bearer_auth(&who.token)
            .json(&body)
            .send()
    };
    let close_at = commonfare::db::now_ms() + 3_600_000;
    let drafts = format!("{BODY}/decisions");
    for (body, code) in [
        // The assembly's seats are not elected.
        (
            json!({"title": "E", "method": "stv-scottish", "fills": "assembly", "nominations_close_at": close_at}),
            "invalid_seats",
        ),
        (
            json!({"title": "E", "method": "stv-scottish", "seats": 3, "fills": "board", "nominations_close_at": close_at}),
            "invalid_seats",
        ),
        (
            json!({"title": "E", "method": "stv-scottish", "options": ["a", "b"], "fills": "board", "nominations_close_at": close_at}),
            "invalid_options",
        ),
        (
            json!({"title": "E", "method": "motion", "fills": "board", "nominations_close_at": close_at}),
            "invalid_options",
        ),
        (
            json!({"title": "E", "method": "stv-scottish", "fills": "board"}),
            "invalid_options",
        ),
        (
            json!({"title": "E", "method": "stv-scottish", "fills": "board", "nominations_close_at": 5}),
            "invalid_closing_time",
        ),
    ] {
        let r = post(&m.ada, drafts.clone(), body.clone()).await.unwrap();
        expect_problem(r, 422, code).await;
    }
    let r = post(
        &m.ada,
        drafts.clone(),
        json!({"title": "E", "method": "stv-scottish", "fills": "nowhere", "nominations_close_at": close_at}),
    )
    .await
    .unwrap();
    expect_problem(r, 404, "not_found").await;
    assert_eq!(app.rows("body_decisions").await, 0);
    assert_eq!(app.rows("body_elections").await, 0);

    let id = election(&app, &m.ada, 2).await;
    let path = format!("/api/v1/decisions/{id}/nominations");
    nominate(&app, &m.bob, &id, "bob").await;
    let before = (app.journal_len().await, app.rows("body_candidates").await);
    let r = post(&m.cyd, path.clone(), json!({"candidate": "bob"}))
        .await
        .unwrap();
    expect_problem(r, 409, "already_nominated").await;
    let r = post(&m.cyd, path.clone(), json!({"candidate": "eve"}))
        .await
        .unwrap();
    expect_problem(r, 422, "nominee_not_member").await;
    let r = post(&m.cyd, path.clone(), json!({"candidate": "nobody"}))
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
    let r = post(&m.cyd, format!("{path}/answer"), json!({"accept": true}))
        .await
        .unwrap();
    expect_problem(r, 409, "nomination_answered").await;
    let r = post(&m.bob, format!("{path}/answer"), json!({"accept": true}))
        .await
        .unwrap();
    expect_problem(r, 409, "nomination_answered").await;
    // Too few candidates to open: two seats need three.
    nominate(&app, &m.ada, &id, "ada").await;
    let before_open = app.journal_len().await;
    let r = post(&m.ada, format!("/api/v1/decisions/{id}/open"), json!(null))
        .await
        .unwrap();
    expect_problem(r, 409, "too_few_candidates").await;
    assert_eq!(app.journal_len().await, before_open);
    assert_eq!(
        before.0 + 1,
        before_open,
        "only ada's own nomination was written"
    );
    assert_eq!(before.1 + 1, app.rows("body_candidates").await);
    // Once the election opens, nominations are closed.
    nominate(&app, &m.ada, &id, "cyd").await;
    app.post_as(
        &m.cyd,
        &format!("/api/v1/decisions/{id}/nominations/answer"),
        json!({"accept": true}),
        200,
    )
    .await;
    app.post_as(
        &m.ada,
        &format!("/api/v1/decisions/{id}/open"),
        json!(null),
        200,
    )
    .await;
    let before = app.journal_len().await;
    let r = post(&m.bob, path.clone(), json!({"candidate": "bob"}))
        .await
        .unwrap();
    expect_problem(r, 409, "nominations_closed").await;
    assert_eq!(app.journal_len().await, before);
    // A decision without nominations takes none.
    let plain = super::drafted(&app, &m.ada, json!({"title": "Hours", "method": "motion"})).await;
    let r = post(
        &m.bob,
        format!("/api/v1/decisions/{plain}/nominations"),
        json!({"candidate": "bob"}),
    )
    .await
    .unwrap();
    expect_problem(r, 409, "nominations_closed").await;
}
