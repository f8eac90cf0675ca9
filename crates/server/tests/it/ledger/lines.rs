//! Budget lines: a steward plans spending on something over a period; expenses are put on
//! a line when submitted; what was approved and paid on it is set against the plan; an
//! approval that takes a line over its plan is flagged, or refused when the treasury
//! blocks that — also when stewards approve two expenses at the same moment.

use super::{donate, world};
use crate::support::{Person, TestApp, expect_problem};
use base64::Engine;
use reqwest::Method;
use serde_json::{Value, json};

fn line(name: &str, amount: &str) -> Value {
    json!({"name": name, "amount": amount, "unit": "EUR", "starts_on": "2026-01-01", "ends_on": "2026-12-31"})
}

fn expense(amount: &str, line: Option<i64>) -> Value {
    json!({"title": "Filament", "amount": amount, "unit": "EUR", "payee": "Shop",
           "receipt": {"name": "r.txt", "media_type": "text/plain",
                       "content_base64": base64::engine::general_purpose::STANDARD.encode(b"ticket")},
           "budget_line": line})
}

async fn submitted(app: &TestApp, who: &Person, w: &super::World, amount: &str, line: i64) -> i64 {
    let e = app
        .post_as(who, &w.api("/expenses"), expense(amount, Some(line)), 201)
        .await;
    assert_eq!(e["budget_line"]["number"], line);
    e["number"].as_i64().expect("number")
}

/// The line numbered 1, as the list answers it.
async fn first_line(app: &TestApp, w: &super::World) -> Value {
    let all = app
        .call_as(None, Method::GET, &w.api("/budget-lines"), None, 200)
        .await;
    all.as_array()
        .expect("lines")
        .iter()
        .find(|l| l["number"] == 1)
        .expect("line 1")
        .clone()
}

#[tokio::test]
async fn a_line_sets_what_was_approved_and_paid_against_its_plan() {
    let app = TestApp::spawn().await;
    let w = world(&app, "planned").await;
    app.post_as(
        &w.admin,
        &w.api("/income"),
        json!({"category": "grant", "amount": "500", "unit": "EUR", "into": "bank", "from": "donors"}),
        201,
    )
    .await;

    // Who may plan: a steward; not anonymous, not a member.
    let r = app
        .program()
        .post(app.url(&w.api("/budget-lines")))
        .json(&line("Filament", "100"))
        .send()
        .await
        .expect("send");
    expect_problem(r, 401, "unauthorized").await;
    app.post_as(
        &w.member,
        &w.api("/budget-lines"),
        line("Filament", "100"),
        403,
    )
    .await;
    let before = app.journal_len().await;
    for bad in [
        line("", "100"),
        line("Filament", "0"),
        json!({"name": "Filament", "amount": "100", "unit": "EUR", "starts_on": "2026-06-01", "ends_on": "2026-05-31"}),
        json!({"name": "Filament", "amount": "100", "unit": "EUR", "starts_on": "June", "ends_on": "2026-05-31"}),
    ] {
        let r = app
            .program()
            .post(app.url(&w.api("/budget-lines")))
            .bearer_auth(&w.admin.token)
            .json(&bad)
            .send()
            .await
            .expect("send");
        expect_problem(r, 422, "invalid_budget_line").await;
    }
    assert_eq!(app.journal_len().await, before, "nothing written");
    let l = app
        .post_as(
            &w.admin,
            &w.api("/budget-lines"),
            line("Filament", "100"),
            201,
        )
        .await;
    assert_eq!(l["number"], 1);
    assert_eq!(l["planned"], "100.00");
    assert_eq!(l["left"], "100.00");

    // An expense on a line of another unit, or on no such line, is refused.
    let hours_line = json!({"name": "Volunteer time", "amount": "40", "unit": "hours", "starts_on": "2026-01-01", "ends_on": "2026-12-31"});
    app.post_as(&w.admin, &w.api("/budget-lines"), hours_line, 201)
        .await;
    for n in [2, 9] {
        let r = app
            .program()
            .post(app.url(&w.api("/expenses")))
            .bearer_auth(&w.member.token)
            .json(&expense("10", Some(n)))
            .send()
            .await
            .expect("send");
        expect_problem(r, 422, "invalid_budget_line").await;
    }

    // 60 approved and paid, 30 approved: 10 left.
    let first = submitted(&app, &w.member, &w, "60", 1).await;
    app.post_as(
        &w.admin,
        &w.api(&format!("/expenses/{first}/approve")),
        json!({}),
        200,
    )
    .await;
    app.post_as(
        &w.admin,
        &w.api(&format!("/expenses/{first}/pay")),
        json!({"from": "bank"}),
        200,
    )
    .await;
    let second = submitted(&app, &w.member, &w, "30", 1).await;
    app.post_as(
        &w.admin,
        &w.api(&format!("/expenses/{second}/approve")),
        json!({}),
        200,
    )
    .await;
    let l = &first_line(&app, &w).await;
    assert_eq!(
        (
            l["spent"].as_str(),
            l["committed"].as_str(),
            l["left"].as_str()
        ),
        (Some("60.00"), Some("30.00"), Some("10.00"))
    );
    assert_eq!(l["over"], false);

    // Over the plan: flagged by default, the expense saying by how much.
    let third = submitted(&app, &w.member, &w, "25", 1).await;
    let e = app
        .post_as(
            &w.admin,
            &w.api(&format!("/expenses/{third}/approve")),
            json!({}),
            200,
        )
        .await;
    assert_eq!(e["state"], "approved");
    assert_eq!(e["budget_line"]["over_by"], "15.00");
    let l = &first_line(&app, &w).await;
    assert_eq!(
        (l["left"].as_str(), l["over"].as_bool()),
        (Some("-15.00"), Some(true))
    );

    // Blocked once the treasury says so: refused, nothing written.
    let block = Some(json!({"over_line": "block"}));
    app.call_as(
        None,
        Method::PUT,
        &w.api("/budget-rule"),
        block.clone(),
        401,
    )
    .await;
    app.call_as(
        Some(&w.stranger),
        Method::PUT,
        &w.api("/budget-rule"),
        block,
        403,
    )
    .await;
    app.post_as(
        &w.stranger,
        &w.api("/budget-lines"),
        line("Filament", "100"),
        403,
    )
    .await;
    app.call_as(
        Some(&w.member),
        Method::PUT,
        &w.api("/budget-rule"),
        Some(json!({"over_line": "block"})),
        403,
    )
    .await;
    app.call_as(
        Some(&w.admin),
        Method::PUT,
        &w.api("/budget-rule"),
        Some(json!({"over_line": "never"})),
        422,
    )
    .await;
    app.call_as(
        Some(&w.admin),
        Method::PUT,
        &w.api("/budget-rule"),
        Some(json!({"over_line": "block"})),
        200,
    )
    .await;
    let fourth = submitted(&app, &w.member, &w, "1", 1).await;
    let before = (
        app.journal_len().await,
        app.rows("ledger_expense_votes").await,
    );
    let r = app
        .program()
        .post(app.url(&w.api(&format!("/expenses/{fourth}/approve"))))
        .bearer_auth(&w.admin.token)
        .json(&json!({}))
        .send()
        .await
        .expect("send");
    let p = expect_problem(r, 409, "over_budget_line").await;
    assert!(
        p["detail"].as_str().expect("detail").contains("Filament"),
        "{p}"
    );
    assert_eq!(
        (
            app.journal_len().await,
            app.rows("ledger_expense_votes").await
        ),
        before
    );

    // The expenses page shows the line against its plan, and the form offers it.
    let browser = app.browser_of(&w.member).await;
    let page = app.page(&browser, "/treasuries/planned/expenses").await;
    assert!(page.contains("name=\"budget_line\""), "{page}");
    assert!(
        page.contains("−15.00")
            || page.contains("-15.00")
            || page.contains("-€15.00")
            || page.contains("−€15.00"),
        "{page}"
    );
}

/// Two expenses of 60 on a line of 100 that blocks going over, approved at the same
/// moment by two stewards: one is approved, the other refused.
#[tokio::test]
async fn racing_approvals_cannot_both_slip_under_the_plan() {
    let app = TestApp::spawn().await;
    let (admin, second, member) = (
        app.person("raced-ada").await,
        app.person("raced-cy").await,
        app.person("raced-bob").await,
    );
    app.org("raced")
        .admin(&admin)
        .co_admin(&second)
        .member(&member)
        .await;
    app.treasury("organization", "raced")
        .opened_by(&admin)
        .account("bank", "asset", "EUR")
        .await;
    let w = super::World {
        admin,
        member,
        stranger: app.person("raced-eve").await,
        handle: "raced".into(),
    };
    app.post_as(
        &w.admin,
        &w.api("/budget-lines"),
        line("Filament", "100"),
        201,
    )
    .await;
    app.call_as(
        Some(&w.admin),
        Method::PUT,
        &w.api("/budget-rule"),
        Some(json!({"over_line": "block"})),
        200,
    )
    .await;
    let a = submitted(&app, &w.member, &w, "60", 1).await;
    let b = submitted(&app, &w.member, &w, "60", 1).await;
    let stewards = [w.admin.token.clone(), second.token.clone()];
    let paths = [
        w.api(&format!("/expenses/{a}/approve")),
        w.api(&format!("/expenses/{b}/approve")),
    ];
    let out = app
        .race(2, |i, client| {
            client
                .post(app.url(&paths[i]))
                .bearer_auth(&stewards[i])
                .json(&json!({}))
                .send()
        })
        .await;
    let mut codes: Vec<u16> = out.iter().map(|(s, _)| *s).collect();
    codes.sort();
    assert_eq!(codes, [200, 409], "{out:?}");
    let l = &first_line(&app, &w).await;
    assert_eq!(l["committed"], "60.00", "{l}");
}

/// A participatory budget's funded projects become lines of the treasury of the
/// organization that ran it, each planned at its cost and pointing at its page; asked
/// again, nothing is added; a budget of another organization, or an unknown one, is
/// refused.
#[tokio::test]
async fn a_budget_s_funded_projects_become_its_organization_s_lines_once() {
    let app = TestApp::spawn().await;
    let w = world(&app, "town").await;
    let id = crate::budgets::imported(&app, &w.admin, "town", crate::budgets::SMALL).await;
    let (status, results) = crate::budgets::results(&app, &id, "").await;
    assert_eq!(status, 200, "{results}");
    let selected: Vec<String> = results["selected"]
        .as_array()
        .expect("selected")
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect();
    assert!(!selected.is_empty(), "{results}");
    let cost = |p: &str| match p {
        "a" => 60,
        "b" => 40,
        "c" => 50,
        _ => panic!("{p}"),
    };
    let path = w.api("/budget-lines/from-budget");
    let body =
        json!({"budget": id, "unit": "EUR", "starts_on": "2026-01-01", "ends_on": "2026-12-31"});
    app.call_as(None, Method::POST, &path, Some(body.clone()), 401)
        .await;
    for who in [&w.member, &w.stranger] {
        app.call_as(Some(who), Method::POST, &path, Some(body.clone()), 403)
            .await;
    }
    let made = app
        .call_as(Some(&w.admin), Method::POST, &path, Some(body.clone()), 201)
        .await;
    let added = made["added"].as_array().expect("added");
    assert_eq!(added.len(), selected.len(), "{made}");
    let planned: i64 = added
        .iter()
        .map(|l| {
            l["planned"]
                .as_str()
                .unwrap()
                .split('.')
                .next()
                .unwrap()
                .parse::<i64>()
                .unwrap()
        })
        .sum();
    assert_eq!(
        planned,
        selected.iter().map(|p| cost(p)).sum::<i64>(),
        "{made}"
    );
    for l in added {
        assert!(
            l["source"]
                .as_str()
                .unwrap()
                .starts_with(&format!("/budgets/{id}/projects/")),
            "{l}"
        );
        assert!(
            l["name"].as_str().unwrap().starts_with("Testville 2025 "),
            "{l}"
        );
    }
    let again = app
        .call_as(Some(&w.admin), Method::POST, &path, Some(body.clone()), 201)
        .await;
    assert_eq!(again["added"], json!([]));
    assert_eq!(again["already"], selected.len());

    let other = world(&app, "village").await;
    let r = app
        .call_as(
            Some(&other.admin),
            Method::POST,
            &other.api("/budget-lines/from-budget"),
            Some(body),
            422,
        )
        .await;
    assert_eq!(r["code"], "budget_of_another_owner", "{r}");
    let r = app
        .call_as(
            Some(&w.admin),
            Method::POST,
            &path,
            Some(json!({"budget": "nope", "unit": "EUR", "starts_on": "2026-01-01", "ends_on": "2026-12-31"})),
            404,
        )
        .await;
    assert_eq!(r["code"], "not_found");
}

/// A funded project's page shows what was spent against its price: the line planned from
/// it, what was paid and approved on it (a scheduled expense counted with the approved
/// ones, so that scheduling one frees nothing on a line that blocks going over), and the
/// expenses behind the figures; the same at `GET /api/v1/ledger/budget-lines?source=`.
/// A project no line was planned from shows no such panel.
#[tokio::test]
async fn a_funded_project_shows_its_spending_against_its_price() {
    let app = TestApp::spawn().await;
    let w = world(&app, "spend").await;
    donate(&app, &w, "bank", "500").await;
    let id = crate::budgets::imported(&app, &w.admin, "spend", crate::budgets::SMALL).await;
    let made = app
        .post_as(
            &w.admin,
            &w.api("/budget-lines/from-budget"),
            json!({"budget": id, "unit": "EUR", "starts_on": "2026-01-01", "ends_on": "2026-12-31"}),
            201,
        )
        .await;
    let funded = made["added"][0].clone();
    let number = funded["number"].as_i64().expect("number");
    let source = funded["source"].as_str().expect("source").to_string();
    let planned: f64 = funded["planned"].as_str().unwrap().parse().unwrap();
    app.call_as(
        Some(&w.admin),
        Method::PUT,
        &w.api("/budget-rule"),
        Some(json!({"over_line": "block"})),
        200,
    )
    .await;

    // 10 paid, 20 approved and scheduled: the plan has 10 + 20 fewer left.
    let paid = submitted(&app, &w.member, &w, "10", number).await;
    for step in ["approve", "pay"] {
        let body = if step == "pay" {
            json!({"from": "bank", "to": "supplier"})
        } else {
            json!({})
        };
        app.post_as(
            &w.admin,
            &w.api(&format!("/expenses/{paid}/{step}")),
            body,
            200,
        )
        .await;
    }
    let scheduled = submitted(&app, &w.member, &w, "20", number).await;
    app.post_as(
        &w.admin,
        &w.api(&format!("/expenses/{scheduled}/approve")),
        json!({}),
        200,
    )
    .await;
    let on = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .tomorrow()
        .expect("day")
        .to_string();
    app.post_as(
        &w.admin,
        &w.api(&format!("/expenses/{scheduled}/schedule")),
        json!({"pay_on": on}),
        200,
    )
    .await;
    // What is left, and one cent more: the scheduled expense still holds its share.
    let left = planned - 30.0;
    let over = submitted(&app, &w.member, &w, &format!("{:.2}", left + 0.01), number).await;
    let r = app
        .program()
        .post(app.url(&w.api(&format!("/expenses/{over}/approve"))))
        .bearer_auth(&w.admin.token)
        .json(&json!({}))
        .send()
        .await
        .expect("send");
    expect_problem(r, 409, "over_budget_line").await;

    let api = format!("/api/v1/ledger/budget-lines?source={}", url_escape(&source));
    let found = app.call_as(None, Method::GET, &api, None, 200).await;
    let found = found.as_array().expect("list");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["treasury"], "spend");
    let line = &found[0]["line"];
    assert_eq!(line["number"], number);
    assert_eq!(
        (line["spent"].as_str(), line["committed"].as_str()),
        (Some("10.00"), Some("20.00")),
        "{line}"
    );
    assert_eq!(line["left"], format!("{left:.2}"));
    let states: Vec<(i64, &str)> = found[0]["expenses"]
        .as_array()
        .expect("expenses")
        .iter()
        .map(|e| (e["number"].as_i64().unwrap(), e["state"].as_str().unwrap()))
        .collect();
    assert_eq!(states, vec![(paid, "paid"), (scheduled, "scheduled")]);
    let none = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/ledger/budget-lines?source=/budgets/none/projects/none",
            None,
            200,
        )
        .await;
    assert_eq!(none, json!([]));
    app.call_as(None, Method::GET, "/api/v1/ledger/budget-lines", None, 400)
        .await;

    // The project's page, for anyone.
    let page = app.page(&app.program(), &source).await;
    assert!(page.contains("id=\"spending\""), "{page}");
    for expected in [
        format!("/treasuries/spend/expenses/{paid}"),
        format!("/treasuries/spend/expenses/{scheduled}"),
        "10.00".to_string(),
        "20.00".to_string(),
    ] {
        assert!(page.contains(&expected), "{expected} in {page}");
    }
    assert!(
        !page.contains(&format!("/treasuries/spend/expenses/{over}\"")),
        "an expense refused its approval is not spending"
    );
    // A project without a line: no panel.
    let process = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let planned_from: Vec<String> = made["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["source"].as_str().unwrap().to_string())
        .collect();
    let other = process["headings"]
        .as_array()
        .expect("headings")
        .iter()
        .flat_map(|h| h["projects"].as_array().expect("projects").iter())
        .map(|p| format!("/budgets/{id}/projects/{}", p["id"].as_str().unwrap()))
        .find(|u| !planned_from.contains(u))
        .expect("a project that was not funded");
    let page = app.page(&app.program(), &other).await;
    assert!(!page.contains("id=\"spending\""), "{page}");
}

/// `s` as a query value: the few characters a page address holds escaped.
fn url_escape(s: &str) -> String {
    s.replace('%', "%25")
        .replace('/', "%2F")
        .replace('?', "%3F")
        .replace('&', "%26")
}
