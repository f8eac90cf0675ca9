//! A knapsack ballot's least share (issue 15): the rules may ask each ballot to spend at
//! least a share of its heading's amount; a ballot under it is refused online and on
//! paper, naming what it spends, the least and the amount; the rules' view, the process
//! page and the `.pb` file (`min_sum_cost`, read back on import) say it; other styles and
//! shares outside 1–100 are refused when the rules are set.

use super::{export, heading, imported, move_to, process, propose};
use crate::support::{Person, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

/// A knapsack process with one heading, the Harbour, of 50 000, whose ballots spend at
/// least `share` percent of it, in balloting with five projects (10 000 to 30 000);
/// returns its id and the heading's.
async fn balloting(app: &TestApp, ada: &Person, share: i64) -> (String, String) {
    let p = process(
        app,
        ada,
        "city",
        json!({"headings": [{"name": "Harbour", "amount": "50000"}], "max_projects": null,
               "ballot_style": "knapsack", "eligibility": "anyone",
               "min_share_percent": share}),
    )
    .await;
    assert_eq!(p["rules"]["min_share_percent"], share, "{p}");
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    move_to(app, ada, &id, "accepting_proposals", 200).await;
    for (t, c) in [
        ("Shade trees", "10000"),
        ("Benches", "15000"),
        ("A fountain", "20000"),
        ("Bike racks", "25000"),
        ("A kiosk", "30000"),
    ] {
        propose(app, ada, &id, &h, t, c).await;
    }
    move_to(app, ada, &id, "balloting", 200).await;
    (id, h)
}

async fn cast(
    app: &TestApp,
    who: &Person,
    id: &str,
    h: &str,
    projects: &[&str],
    want: u16,
) -> Value {
    app.call_as(
        Some(who),
        Method::PUT,
        &format!("/api/v1/budgets/{id}/headings/{h}/ballot"),
        Some(json!({ "projects": projects })),
        want,
    )
    .await
}

#[tokio::test]
async fn a_knapsack_ballot_spends_at_least_its_share_online_and_on_paper() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).await;
    let (id, h) = balloting(&app, &ada, 50).await;

    // Online: 10 000 of 50 000 is under half; nothing written.
    let r = cast(&app, &bob, &id, &h, &["1"], 422).await;
    assert_eq!(r["code"], "ballot_under_minimum", "{r}");
    let detail = r["detail"].as_str().unwrap();
    for figure in ["10000.00", "25000.00", "50000.00"] {
        assert!(detail.contains(figure), "{figure} in {detail}");
    }
    assert_eq!(app.rows("budget_ballots").await, 0);
    // Exactly half is enough; over the amount is still refused.
    cast(&app, &bob, &id, &h, &["1", "2"], 200).await;
    let r = cast(&app, &bob, &id, &h, &["4", "5"], 422).await;
    assert_eq!(r["code"], "ballot_over_budget", "{r}");
    assert_eq!(app.rows("budget_ballots").await, 1);

    // On paper: one ballot under the share refuses the stack, none written.
    let path = format!("/api/v1/budgets/{id}/headings/{h}/paper-ballots");
    let send = |text: &'static str| {
        app.program()
            .post(app.url(&path))
            .bearer_auth(&ada.token)
            .header("content-type", "text/csv")
            .body(text)
            .send()
    };
    let r = send("1,3\n2\n").await.unwrap();
    assert_eq!(r.status(), 422);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["code"], "ballot_under_minimum", "{v}");
    assert!(v["detail"].as_str().unwrap().contains("15000.00"), "{v}");
    assert_eq!(app.rows("budget_ballots").await, 1);
    let r = send("1,3\n2,4\n").await.unwrap();
    assert_eq!(r.status(), 201);
    assert_eq!(app.rows("budget_ballots").await, 3);

    // The page says the least before one votes, in the rules and beside the ballot, and
    // gives the running total its floor.
    let b = app.browser_of(&bob).await;
    let html = app.page(&b, &format!("/budgets/{id}")).await;
    assert!(html.contains("Spend at least 25,000."), "{html}");
    assert!(html.contains(r#"data-least="25000.00""#), "{html}");
    assert!(html.contains("data-under="), "{html}");
    assert!(html.contains("50 % of each heading"), "{html}");

    // The file says it as Pabulib does, and an import reads it back.
    let file = export(&app, &id).await;
    let inst = commonfare_decide::pb::parse_pb("harbour", &file).unwrap();
    assert_eq!(inst.meta_value("min_sum_cost"), Some("25000.00"));
    assert_eq!(inst.meta_value("max_sum_cost"), Some("50000"));
    let again = imported(&app, &ada, "city", &file).await;
    let v = app
        .call_as(
            Some(&ada),
            Method::GET,
            &format!("/api/v1/budgets/{again}"),
            None,
            200,
        )
        .await;
    assert_eq!(v["rules"]["min_share_percent"], 50, "{v}");
}

#[tokio::test]
async fn a_least_share_belongs_to_knapsack_ballots_and_locks_with_the_rules() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let before = app.rows("budget_processes").await;
    for (extra, field) in [
        (
            json!({"ballot_style": "approval", "min_share_percent": 50}),
            "knapsack",
        ),
        (
            json!({"ballot_style": "knapsack", "min_share_percent": 0}),
            "1 to 100",
        ),
        (
            json!({"ballot_style": "knapsack", "min_share_percent": 101}),
            "1 to 100",
        ),
    ] {
        let mut b = json!({
            "owner": "city", "title": "Harbour 2027",
            "headings": [{"name": "Harbour", "amount": "50000"}]
        });
        b.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        let r = app.post_as(&ada, "/api/v1/budgets", b, 422).await;
        assert_eq!(r["code"], "invalid_ballot_rules", "{r}");
        assert!(r["detail"].as_str().unwrap().contains(field), "{r}");
    }
    assert_eq!(app.rows("budget_processes").await, before);

    let p = process(&app, &ada, "city", json!({"max_projects": null})).await;
    let id = p["id"].as_str().unwrap();
    assert_eq!(p["rules"]["min_share_percent"], Value::Null);
    let rules = format!("/api/v1/budgets/{id}/rules");
    let put =
        |body: Value, want: u16| app.call_as(Some(&ada), Method::PUT, &rules, Some(body), want);
    let r = put(
        json!({"ballot_style": "points", "points_total": 10, "min_share_percent": 40}),
        422,
    )
    .await;
    assert_eq!(r["code"], "invalid_ballot_rules", "{r}");
    let p = put(
        json!({"ballot_style": "knapsack", "min_share_percent": 40}),
        200,
    )
    .await;
    assert_eq!(p["rules"]["min_share_percent"], 40);
    let events = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/activity?object_type=budget",
            None,
            200,
        )
        .await;
    assert!(
        events["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "budget.rules_changed" && e["payload"]["min_share_percent"] == 40),
        "{events}"
    );
    move_to(&app, &ada, id, "balloting", 200).await;
    let r = put(
        json!({"ballot_style": "knapsack", "min_share_percent": 60}),
        409,
    )
    .await;
    assert_eq!(r["code"], "rules_locked", "{r}");
    let v = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(v["rules"]["min_share_percent"], 40);
}

/// The process page's form sets the least share without JavaScript: an admin of a
/// knapsack process before balloting (anonymous 401, a member 403); a share out of range
/// comes back beside its field in the signed-in layout, nothing written; empty removes it.
#[tokio::test]
async fn the_process_page_sets_the_least_share() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    let p = process(
        &app,
        &ada,
        "city",
        json!({"ballot_style": "knapsack", "max_projects": null}),
    )
    .await;
    let id = p["id"].as_str().unwrap();
    let page = format!("/budgets/{id}");
    let action = format!("/budgets/{id}/min-share");
    let admin = app.browser_of(&ada).await;
    let html = app.page(&admin, &page).await;
    assert!(html.contains(&format!("action=\"{action}\"")), "{html}");
    let member = app.browser_of(&bob).await;
    assert!(!app.page(&member, &page).await.contains(&action));
    let r = app
        .check_form_roles(
            &action,
            &[("min_share_percent", "50")],
            Some((&member, 403)),
            &admin,
        )
        .await;
    let html = r.text().await.unwrap();
    assert!(html.contains("50 % of each heading"), "{html}");
    assert_eq!(least_share(&app, id).await, 50);
    // Out of range: back on the page beside the field, signed in, nothing changed.
    let r = app
        .post_form(&admin, &page, &action, &[("min_share_percent", "150")])
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("min_share_percent") && html.contains("150"),
        "{html}"
    );
    assert!(html.contains("aria-invalid=\"true\""), "{html}");
    assert!(html.contains("/signout"), "signed-in layout");
    assert_eq!(least_share(&app, id).await, 50);
    // Empty: no least share.
    app.post_form(&admin, &page, &action, &[("min_share_percent", "")])
        .await;
    assert_eq!(least_share(&app, id).await, Value::Null);
}

async fn least_share(app: &TestApp, id: &str) -> Value {
    let path = format!("/api/v1/budgets/{id}");
    app.call_as(None, Method::GET, &path, None, 200).await["rules"]["min_share_percent"].clone()
}
