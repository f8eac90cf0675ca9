//! Census eligibility and the district rule: a census imported by an admin (ids only as
//! keyed hashes, never in the journal or the tables; a bad line refused by its number with
//! nothing written), an entry claimed once, the age rule at the balloting phase's start,
//! "your own district and N others" with the city-wide heading always open, and who may
//! call what. The races are in `races.rs`.

use super::{heading, move_to, process, propose, vote};
use crate::support::{Person, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

/// PUTs a census as `who`; returns the status and the answer's JSON.
pub async fn put_census(app: &TestApp, who: Option<&Person>, id: &str, csv: &str) -> (u16, Value) {
    let mut rb = app
        .program()
        .put(app.url(&format!("/api/v1/budgets/{id}/census")))
        .header("content-type", "text/csv")
        .body(csv.to_string());
    if let Some(p) = who {
        rb = rb.bearer_auth(&p.token);
    }
    let r = rb.send().await.expect("census");
    let status = r.status().as_u16();
    let body = r.text().await.unwrap_or_default();
    (
        status,
        serde_json::from_str(&body).unwrap_or(Value::String(body)),
    )
}

/// Claims `typed` as `who`, expecting `want`.
pub async fn claim(app: &TestApp, who: &Person, id: &str, typed: &str, want: u16) -> Value {
    app.post_as(
        who,
        &format!("/api/v1/budgets/{id}/census/claim"),
        json!({ "id": typed }),
        want,
    )
    .await
}

/// The ids of the census the tests import: one per line, with birth dates and districts.
const IDS: [&str; 4] = ["48213377K", "51822904W", "60019283Q", "70112233B"];

/// A census process of `city` (admin ada) with three projects under each heading, in
/// proposals; returns it.
async fn census_process(app: &TestApp, ada: &Person) -> Value {
    let p = process(app, ada, "city", json!({"eligibility": "census"})).await;
    let id = p["id"].as_str().unwrap().to_string();
    move_to(app, ada, &id, "accepting_proposals", 200).await;
    for h in ["City-wide", "Harbour", "Old town"] {
        let hid = heading(&p, h);
        for t in ["Trees", "Benches"] {
            propose(app, ada, &id, &hid, &format!("{t} ({h})"), "1000").await;
        }
    }
    p
}

#[tokio::test]
async fn a_census_is_imported_hashed_and_claimed_once() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let cy = app.person("cy").await;
    app.org("city").admin(&ada).await;
    let p = census_process(&app, &ada).await;
    let id = p["id"].as_str().unwrap().to_string();
    let csv = format!(
        "id;birth_date;district\n{};1980-04-01;Harbour\n{};2001-12-31;old town\n\
         \"{}\";;\n{};2015-01-01;Harbour\n",
        "48.213.377-k", IDS[1], IDS[2], IDS[3]
    );
    let (s, v) = put_census(&app, Some(&ada), &id, &csv).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(
        (
            v["entries"].as_i64(),
            v["with_birth_date"].as_i64(),
            v["with_district"].as_i64()
        ),
        (Some(4), Some(3), Some(3))
    );
    // Nobody takes part before claiming an entry.
    let harbour = heading(&p, "Harbour");
    let v = app
        .post_as(
            &bob,
            &format!("/api/v1/budgets/{id}/projects"),
            json!({"heading": harbour, "title": "Swings", "cost": "10"}),
            403,
        )
        .await;
    assert_eq!(v["code"], "not_in_census");
    // The id is typed as one likes: spaces, dots, dashes and case do not matter.
    let c = claim(&app, &bob, &id, " 48213377-k ", 200).await;
    assert_eq!(c["district"], "Harbour");
    assert_eq!(c["birth_date_known"], true);
    // Again by bob: nothing changes; by eve: taken; bob's second entry: refused.
    claim(&app, &bob, &id, "48213377K", 200).await;
    assert_eq!(
        claim(&app, &eve, &id, "48213377K", 409).await["code"],
        "census_entry_taken"
    );
    assert_eq!(
        claim(&app, &bob, &id, IDS[1], 409).await["code"],
        "census_already_claimed"
    );
    assert_eq!(
        claim(&app, &eve, &id, "99999999Z", 422).await["code"],
        "unknown_census_id"
    );
    assert_eq!(
        claim(&app, &eve, &id, " - ", 422).await["code"],
        "missing_field"
    );
    claim(&app, &eve, &id, IDS[1], 200).await;
    claim(&app, &cy, &id, IDS[2], 200).await;
    let got = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(got["voters"]["census_entries"], 4);
    assert_eq!(got["voters"]["census_claimed"], 3);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.census_claimed'".into())
            .await,
        3,
        "one event per claim, not for a claim repeated"
    );
    // A claimed person takes part.
    app.post_as(
        &bob,
        &format!("/api/v1/budgets/{id}/projects"),
        json!({"heading": harbour, "title": "Swings", "cost": "10"}),
        201,
    )
    .await;
    // Re-imported, claims of ids still listed stay; one id left out loses its claim.
    let again = format!("id\n{}\n{}\n{}\n", IDS[0], IDS[1], IDS[3]);
    let (s, v) = put_census(&app, Some(&ada), &id, &again).await;
    assert_eq!((s, v["kept_claims"].as_i64()), (200, Some(2)), "{v}");
    // No raw id anywhere: not in the journal, not in any census or rules column.
    for raw in IDS {
        for (table, cols) in [
            ("journal", "payload || summary"),
            ("budget_census", "id || id_hash || COALESCE(birth_date, '')"),
            ("budget_voter_rules", "COALESCE(census_salt, '')"),
        ] {
            let n = app
                .count(format!(
                    "SELECT COUNT(*) AS n FROM {table} WHERE UPPER({cols}) LIKE '%{raw}%'"
                ))
                .await;
            assert_eq!(n, 0, "{raw} in {table}");
        }
    }
    let line = app
        .count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.census_imported' \
             AND summary LIKE '%: 4 entries'"
                .into(),
        )
        .await;
    assert_eq!(line, 1, "the journal says how many entries");
}

#[tokio::test]
async fn a_bad_census_line_is_named_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let p = census_process(&app, &ada).await;
    let id = p["id"].as_str().unwrap().to_string();
    let before = app.journal_len().await;
    for (csv, line, needle) in [
        ("id;district\n1;Harbour\n2;Moon\n", "line 3", "Moon"),
        ("id,birth_date\n1,2001-02-30\n", "line 2", "2001-02-30"),
        ("id\n1\n\n1\n", "line 4", "line 2"),
        ("name\n1\n", "line 1", "name"),
        ("id;district\n1\n", "line 2", "header"),
        ("id\n", "", "nobody"),
    ] {
        let (s, v) = put_census(&app, Some(&ada), &id, csv).await;
        assert_eq!(
            (s, v["code"].as_str()),
            (422, Some("malformed_census")),
            "{csv}"
        );
        let detail = v["detail"].as_str().unwrap();
        assert!(detail.contains(line) && detail.contains(needle), "{detail}");
    }
    assert_eq!(app.journal_len().await, before);
    assert_eq!(app.rows("budget_census").await, 0);
    assert_eq!(app.rows("budget_voter_rules").await, 0);
}

/// The age rule counts age at the balloting phase's planned start; an entry without a
/// birth date is refused under it.
#[tokio::test]
async fn the_age_rule_counts_at_the_start_of_balloting() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let (old, young, unknown) = (
        app.person("old").await,
        app.person("young").await,
        app.person("unknown").await,
    );
    app.org("city").admin(&ada).await;
    let p = census_process(&app, &ada).await;
    let id = p["id"].as_str().unwrap().to_string();
    let csv = "id,birth_date\nA1,2011-06-01\nA2,2011-06-03\nA3,\n";
    assert_eq!(put_census(&app, Some(&ada), &id, csv).await.0, 200);
    app.call_as(
        Some(&ada),
        Method::PUT,
        &format!("/api/v1/budgets/{id}/phases"),
        Some(json!({"phases": [{"phase": "balloting", "starts_at": "2027-06-02T10:00:00Z"}]})),
        200,
    )
    .await;
    app.call_as(
        Some(&ada),
        Method::PUT,
        &format!("/api/v1/budgets/{id}/voter-rules"),
        Some(json!({"min_age": 16})),
        200,
    )
    .await;
    for (who, typed) in [(&old, "A1"), (&young, "A2"), (&unknown, "A3")] {
        claim(&app, who, &id, typed, 200).await;
    }
    move_to(&app, &ada, &id, "balloting", 200).await;
    let h = heading(&p, "Harbour");
    vote(&app, &old, &id, &h, &["3"], 200).await;
    let v = vote(&app, &young, &id, &h, &["3"], 403).await;
    assert_eq!(v["code"], "age_rule");
    assert!(v["detail"].as_str().unwrap().contains("16"), "{v}");
    assert_eq!(
        vote(&app, &unknown, &id, &h, &["3"], 403).await["code"],
        "age_rule"
    );
    // The rules locked when balloting opened.
    let v = app
        .call_as(
            Some(&ada),
            Method::PUT,
            &format!("/api/v1/budgets/{id}/voter-rules"),
            Some(json!({"min_age": 12})),
            409,
        )
        .await;
    assert_eq!(v["code"], "rules_locked");
    let (s, v) = put_census(&app, Some(&ada), &id, "id\nA9\n").await;
    assert_eq!((s, v["code"].as_str()), (409, Some("rules_locked")));
}

/// "Your own district and one other": the census's district is one's own; the city-wide
/// heading is always open; a ballot past the rule is a 403 `district_rule`, and the page
/// of headings says which are open and why. Without a census, the first district one
/// votes in counts as one's own.
#[tokio::test]
async fn own_district_and_one_other_the_city_wide_heading_always() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    let p = census_process(&app, &ada).await;
    let id = p["id"].as_str().unwrap().to_string();
    app.call_as(
        Some(&ada),
        Method::POST,
        &format!("/api/v1/budgets/{id}/headings"),
        Some(json!({"name": "Hills", "amount": "50000"})),
        201,
    )
    .await;
    let p = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let hills = heading(&p, "Hills");
    propose(&app, &ada, &id, &hills, "Path", "100").await;
    let (city, harbour, old) = (
        heading(&p, "City-wide"),
        heading(&p, "Harbour"),
        heading(&p, "Old town"),
    );
    let v = app
        .call_as(
            Some(&ada),
            Method::PUT,
            &format!("/api/v1/budgets/{id}/voter-rules"),
            Some(json!({"other_districts": 1, "citywide_heading": city})),
            200,
        )
        .await;
    assert_eq!(v["voters"]["other_districts"], 1);
    assert_eq!(
        put_census(&app, Some(&ada), &id, "id;district\nB1;Old town\n")
            .await
            .0,
        200
    );
    claim(&app, &bob, &id, "b1", 200).await;
    move_to(&app, &ada, &id, "balloting", 200).await;
    vote(&app, &bob, &id, &harbour, &["3"], 200).await;
    let v = vote(&app, &bob, &id, &hills, &["7"], 403).await;
    assert_eq!(v["code"], "district_rule");
    assert!(v["detail"].as_str().unwrap().contains("Old town"), "{v}");
    vote(&app, &bob, &id, &harbour, &["4"], 200).await;
    vote(&app, &bob, &id, &old, &["5"], 200).await;
    vote(&app, &bob, &id, &city, &["1"], 200).await;
    let mine = app
        .call_as(
            Some(&bob),
            Method::GET,
            &format!("/api/v1/budgets/{id}/my-headings"),
            None,
            200,
        )
        .await;
    let why: Vec<(String, bool)> = mine
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["why"].as_str().unwrap().to_string(), h["allowed"] == true))
        .collect();
    assert_eq!(
        why,
        [
            ("citywide".to_string(), true),
            ("other".to_string(), true),
            ("own".to_string(), true),
            ("district_rule".to_string(), false),
        ]
    );
    // Without a census (members), the first district voted in is one's own.
    let q = process(&app, &ada, "city", json!({"title": "Without a census"})).await;
    let qid = q["id"].as_str().unwrap().to_string();
    move_to(&app, &ada, &qid, "accepting_proposals", 200).await;
    for h in ["City-wide", "Harbour", "Old town"] {
        propose(&app, &ada, &qid, &heading(&q, h), h, "10").await;
    }
    app.call_as(
        Some(&ada),
        Method::PUT,
        &format!("/api/v1/budgets/{qid}/voter-rules"),
        Some(json!({"other_districts": 0, "citywide_heading": heading(&q, "City-wide")})),
        200,
    )
    .await;
    move_to(&app, &ada, &qid, "balloting", 200).await;
    vote(&app, &bob, &qid, &heading(&q, "Old town"), &["3"], 200).await;
    vote(&app, &bob, &qid, &heading(&q, "City-wide"), &["1"], 200).await;
    let v = vote(&app, &bob, &qid, &heading(&q, "Harbour"), &["2"], 403).await;
    assert_eq!(v["code"], "district_rule");
}

/// Who may import a census, set the voter rules and claim: anonymous 401, a stranger (or
/// a member) 403 for the admins' calls, the rightful role succeeds; refusals journal
/// nothing.
#[tokio::test]
async fn census_calls_are_for_their_rightful_roles() {
    use crate::support::ApiCall;
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).await;
    let p = census_process(&app, &ada).await;
    let id = p["id"].as_str().unwrap().to_string();
    let before = app.journal_len().await;
    let (s, v) = put_census(&app, None, &id, "id\nC1\n").await;
    assert_eq!((s, v["code"].as_str()), (401, Some("unauthorized")));
    for who in [&bob, &eve] {
        let (s, v) = put_census(&app, Some(who), &id, "id\nC1\n").await;
        assert_eq!((s, v["code"].as_str()), (403, Some("forbidden")));
    }
    assert_eq!(app.journal_len().await, before, "refusals journal nothing");
    assert_eq!(put_census(&app, Some(&ada), &id, "id\nC1\n").await.0, 200);
    app.check_roles(
        &ApiCall::put(
            format!("/api/v1/budgets/{id}/voter-rules"),
            json!({"other_districts": 1}),
        ),
        Some((&bob, 403)),
        (&ada, 200),
    )
    .await;
    // Anyone signed in may claim: the id is what entitles them.
    app.check_roles(
        &ApiCall::post(
            format!("/api/v1/budgets/{id}/census/claim"),
            json!({"id": "C1"}),
        ),
        None,
        (&eve, 200),
    )
    .await;
    let r = app
        .program()
        .get(app.url(&format!("/api/v1/budgets/{id}/my-headings")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
}

/// Through the pages, without JavaScript: an admin pastes the census (a bad line comes
/// back with its number), a resident claims their entry (a wrong id is refused beside the
/// field and not written back), and the page says above each heading whether and why
/// they may vote there.
#[tokio::test]
async fn the_census_and_the_district_rule_through_the_pages() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).await;
    let p = census_process(&app, &ada).await;
    let id = p["id"].as_str().unwrap().to_string();
    let page = format!("/budgets/{id}");
    app.call_as(
        Some(&ada),
        Method::PUT,
        &format!("/api/v1/budgets/{id}/voter-rules"),
        Some(json!({"other_districts": 0, "citywide_heading": heading(&p, "City-wide")})),
        200,
    )
    .await;
    let a = app.browser_of(&ada).await;
    let r = app
        .post_form(
            &a,
            &page,
            &format!("/budgets/{id}/census"),
            &[("census", "id;district\nD1;Harbour\nD2;Nowhere\n")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("line 3") && html.contains("D2;Nowhere"),
        "{html}"
    );
    let r = app
        .post_form(
            &a,
            &page,
            &format!("/budgets/{id}/census"),
            &[("census", "id;district\nD1;Harbour\nD2;Old town\n")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let b = app.browser_of(&bob).await;
    let html = app.page(&b, &page).await;
    assert!(html.contains("Claim your census entry"), "{html}");
    let r = app
        .post_form(
            &b,
            &page,
            &format!("/budgets/{id}/census/claim"),
            &[("census_id", "D9")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("no entry of this census") && !html.contains("D9"),
        "{html}"
    );
    let r = app
        .post_form(
            &b,
            &page,
            &format!("/budgets/{id}/census/claim"),
            &[("census_id", "d1")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("You claimed your entry."), "{html}");
    move_to(&app, &ada, &id, "balloting", 200).await;
    let html = app.page(&b, &page).await;
    assert!(
        html.contains("Your district, as the census says."),
        "{html}"
    );
    assert!(html.contains("it is the city-wide heading"), "{html}");
    assert!(html.contains("You may not vote here"), "{html}");
    // Two ballot forms: the city-wide heading and Harbour; none for Old town.
    assert_eq!(html.matches("/ballot\"").count(), 2, "{html}");
}
