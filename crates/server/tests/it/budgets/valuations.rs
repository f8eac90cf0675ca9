//! Valuation by a panel: an admin of the owner names a body of the owner as the panel
//! (until valuation ends); while the process is valuating, whoever sits in it records a
//! project's feasibility, price and explanation, privately; when the process moves on,
//! every valuation is published at once (unfeasible projects leave the ballot with their
//! reason, feasible ones cost their price, the estimate kept). Who may, bad input, wrong
//! phases, and the privacy before publication. The races are in `races.rs`.

use super::{heading, move_to, process, propose};
use crate::support::{Person, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

pub struct Valuating {
    pub ada: Person,
    pub bob: Person,
    pub cy: Person,
    pub dee: Person,
    pub zed: Person,
    pub id: String,
    /// The projects' ids, by number from 1.
    pub projects: Vec<String>,
}

/// The city (admin ada; members bob, cy and dee; zed a stranger), its body “Technical
/// valuation panel” (bob and cy sit in it), and a process with three Harbour projects
/// (costs 12000, 8000 and 5000) in accepting proposals, before valuating, balloting and
/// results.
pub async fn city_with_panel(app: &TestApp) -> Valuating {
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    let dee = app.person("dee").await;
    let zed = app.person("zed").await;
    app.org("city")
        .admin(&ada)
        .member(&bob)
        .member(&cy)
        .member(&dee)
        .await;
    app.post_as(
        &ada,
        "/api/v1/orgs/city/bodies",
        json!({"slug": "valuation", "name": "Technical valuation panel", "kind": "valuation_panel",
               "rules": {"seats": "named", "named": ["bob", "cy"]}}),
        201,
    )
    .await;
    let p = process(
        app,
        &ada,
        "city",
        json!({"phases": [{"phase": "accepting_proposals"}, {"phase": "valuating"}, {"phase": "balloting"}, {"phase": "results"}]}),
    )
    .await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    propose(app, &dee, &id, &h, "Shade trees on the quay", "12000").await;
    propose(app, &dee, &id, &h, "A pier for swimmers", "8000").await;
    propose(app, &dee, &id, &h, "Benches", "5000").await;
    let got = get(app, None, &format!("/api/v1/budgets/{id}")).await;
    let projects = got["headings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["name"] == "Harbour")
        .unwrap()["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_string())
        .collect();
    Valuating {
        ada,
        bob,
        cy,
        dee,
        zed,
        id,
        projects,
    }
}

async fn get(app: &TestApp, who: Option<&Person>, path: &str) -> Value {
    app.call_as(who, Method::GET, path, None, 200).await
}

async fn put(app: &TestApp, who: Option<&Person>, path: &str, body: Value, want: u16) -> Value {
    app.call_as(who, Method::PUT, path, Some(body), want).await
}

/// The lines of type `line` in the public export.
async fn export_lines(app: &TestApp, line: &str) -> Vec<Value> {
    let mut out = Vec::new();
    commonfare::ops::export_db(&app.state.db, &mut out).unwrap();
    let lines: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|l: &Value| l["type"] == line)
        .collect();
    assert!(!lines.is_empty(), "no {line} lines");
    lines
}

/// The project numbered `number` in the process's answer.
fn project<'a>(p: &'a Value, number: &str) -> &'a Value {
    p["headings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|h| h["projects"].as_array().unwrap().iter())
        .find(|x| x["number"] == number)
        .unwrap()
}

#[tokio::test]
async fn a_panel_valuates_privately_and_everything_is_published_when_valuation_ends() {
    let app = TestApp::spawn().await;
    let v = city_with_panel(&app).await;
    let (id, ada, bob, cy, dee, zed) = (&v.id, &v.ada, &v.bob, &v.cy, &v.dee, &v.zed);
    let panel = format!("/api/v1/budgets/{id}/panel");
    let named = json!({"body": "valuation"});

    // Naming the panel: the admin only; a body of the owner only.
    put(&app, None, &panel, named.clone(), 401).await;
    for who in [zed, bob] {
        let e = put(&app, Some(who), &panel, named.clone(), 403).await;
        assert_eq!(e["code"], "forbidden", "{e}");
    }
    put(&app, Some(ada), &panel, json!({"body": "nobody"}), 404).await;
    let p = put(&app, Some(ada), &panel, named.clone(), 200).await;
    assert_eq!(p["body"]["name"], "Technical valuation panel", "{p}");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.valuation_panel_named'".into()
        )
        .await,
        1
    );

    // Not yet valuating.
    let at = |n: usize| format!("/api/v1/budgets/{id}/projects/{}/valuation", v.projects[n]);
    let dearer = json!({"feasible": true, "price": "13500", "explanation": "Stainless steel for the salt air."});
    let e = put(&app, Some(bob), &at(0), dearer.clone(), 409).await;
    assert_eq!(e["code"], "budget_phase", "{e}");
    move_to(&app, ada, id, "valuating", 200).await;

    // Who may valuate: whoever sits in the panel; not the anonymous, a stranger, a member
    // outside the panel, nor the admin once a panel is named.
    let before = app.journal_len().await;
    put(&app, None, &at(0), dearer.clone(), 401).await;
    for who in [zed, dee, ada] {
        let e = put(&app, Some(who), &at(0), dearer.clone(), 403).await;
        assert_eq!(e["code"], "not_on_panel", "{e}");
    }
    // Bad input, with what to fix; nothing written.
    for (body, code) in [
        (
            json!({"feasible": true, "price": "0", "explanation": "x"}),
            "cost_not_positive",
        ),
        (
            json!({"feasible": true, "price": -5, "explanation": "x"}),
            "cost_not_positive",
        ),
        (
            json!({"feasible": true, "price": "92233720368547758.08", "explanation": "x"}),
            "amount_too_large",
        ),
        (
            json!({"feasible": true, "explanation": "x"}),
            "missing_field",
        ),
        (
            json!({"feasible": true, "price": "13500"}),
            "explanation_required",
        ),
        (json!({"feasible": false}), "explanation_required"),
    ] {
        let e = put(&app, Some(bob), &at(0), body.clone(), 422).await;
        assert_eq!(e["code"], code, "{body}: {e}");
    }
    assert_eq!(app.journal_len().await, before);
    assert_eq!(app.rows("budget_valuations").await, 0);

    // The panel valuates: a dearer price explained; a project at its estimate needs no
    // explanation; a later valuation replaces the earlier.
    let got = put(&app, Some(bob), &at(0), dearer.clone(), 200).await;
    assert_eq!(got["price"], "13500", "{got}");
    assert_eq!(got["estimate"], "12000");
    assert_eq!(got["by"], "@bob");
    assert_eq!(got["published"], false);
    let got = put(
        &app,
        Some(cy),
        &at(1),
        json!({"feasible": true, "price": 8000}),
        200,
    )
    .await;
    assert_eq!(got["revision"], 1, "{got}");
    let got = put(
        &app,
        Some(bob),
        &at(1),
        json!({"feasible": false, "explanation": "The harbour authority forbids swimming by the ferry lane."}),
        200,
    )
    .await;
    assert_eq!(got["revision"], 2, "{got}");
    assert_eq!(got["feasible"], false);
    assert_eq!(app.rows("budget_valuations").await, 2);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget_project.valuated'".into()
        )
        .await,
        3
    );

    // Private until valuation ends: the panel and the admin read them, no one else; the
    // process still shows the estimates.
    let list = format!("/api/v1/budgets/{id}/valuations");
    for who in [None, Some(zed), Some(dee)] {
        let l = get(&app, who, &list).await;
        assert_eq!(l["valuations"], json!([]), "{l}");
        assert_eq!(l["published"], false);
        assert_eq!(l["panel"]["body"]["slug"], "valuation");
    }
    for who in [ada, bob, cy] {
        let l = get(&app, Some(who), &list).await;
        assert_eq!(l["valuations"].as_array().unwrap().len(), 2, "{l}");
    }
    let p = get(&app, None, &format!("/api/v1/budgets/{id}")).await;
    assert_eq!(project(&p, "1")["cost"], "12000");
    assert_eq!(project(&p, "2")["state"], "proposed");
    let export = export_lines(&app, "budget_valuation").await;
    assert!(
        export
            .iter()
            .all(|l| l["price"].is_null() && l["explanation"].is_null()),
        "{export:?}"
    );

    // Valuation ends: every valuation is published, once, in the move.
    move_to(&app, ada, id, "balloting", 200).await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.valuation_published'".into()
        )
        .await,
        1
    );
    let l = get(&app, None, &list).await;
    assert_eq!(l["published"], true, "{l}");
    assert_eq!(l["valuations"].as_array().unwrap().len(), 2, "{l}");
    assert_eq!(l["not_valuated"], json!(["3"]));
    let one = &l["valuations"][0];
    assert_eq!(
        (&one["project"], &one["price"], &one["estimate"]),
        (&json!("1"), &json!("13500"), &json!("12000"))
    );
    let p = get(&app, None, &format!("/api/v1/budgets/{id}")).await;
    assert_eq!(
        project(&p, "1")["cost"],
        "13500",
        "the ballot's cost is the price"
    );
    assert_eq!(project(&p, "2")["state"], "unfeasible");
    assert_eq!(
        project(&p, "2")["reason"],
        "The harbour authority forbids swimming by the ferry lane."
    );
    assert_eq!(
        project(&p, "3")["cost"],
        "5000",
        "not valuated: its estimate"
    );
    // An unfeasible project is off the ballot.
    let h = p["headings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["name"] == "Harbour")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let e = super::vote(&app, dee, id, &h, &["2"], 422).await;
    assert_eq!(e["code"], "unknown_project", "{e}");

    // Over: no more valuations, no other panel.
    let e = put(
        &app,
        Some(bob),
        &at(2),
        json!({"feasible": true, "price": 5000}),
        409,
    )
    .await;
    assert_eq!(e["code"], "budget_phase", "{e}");
    let e = put(&app, Some(ada), &panel, json!({"body": null}), 409).await;
    assert_eq!(e["code"], "budget_phase", "{e}");
}

#[tokio::test]
async fn without_a_panel_the_admins_valuate() {
    let app = TestApp::spawn().await;
    let v = city_with_panel(&app).await;
    let (id, ada, bob) = (&v.id, &v.ada, &v.bob);
    move_to(&app, ada, id, "valuating", 200).await;
    let at = format!("/api/v1/budgets/{id}/projects/{}/valuation", v.projects[2]);
    let body = json!({"feasible": true, "price": "5000"});
    let e = put(&app, Some(bob), &at, body.clone(), 403).await;
    assert_eq!(e["code"], "not_on_panel", "{e}");
    put(&app, Some(ada), &at, body.clone(), 200).await;
    // Named, then named none again: the admins valuate once more.
    let panel = format!("/api/v1/budgets/{id}/panel");
    put(&app, Some(ada), &panel, json!({"body": "valuation"}), 200).await;
    put(&app, Some(bob), &at, body.clone(), 200).await;
    let p = put(&app, Some(ada), &panel, json!({"body": null}), 200).await;
    assert_eq!(p["body"], Value::Null, "{p}");
    assert_eq!(p["owner"], "@city");
    put(&app, Some(bob), &at, body.clone(), 403).await;
    put(&app, Some(ada), &at, body, 200).await;
    move_to(&app, ada, id, "balloting", 200).await;
    let l = get(&app, None, &format!("/api/v1/budgets/{id}/valuations")).await;
    assert_eq!(l["not_valuated"], json!(["1", "2"]), "{l}");
    assert_eq!(l["valuations"][0]["revision"], 3, "{l}");
}

#[tokio::test]
async fn the_pages_show_the_panel_its_form_and_the_published_valuation() {
    let app = TestApp::spawn().await;
    let v = city_with_panel(&app).await;
    let (id, ada, bob) = (&v.id, &v.ada, &v.bob);
    put(
        &app,
        Some(ada),
        &format!("/api/v1/budgets/{id}/panel"),
        json!({"body": "valuation"}),
        200,
    )
    .await;
    let html = app.page(&app.browser(), &format!("/budgets/{id}")).await;
    assert!(html.contains("Valuation panel:"), "{html}");
    assert!(html.contains("Technical valuation panel"), "{html}");
    move_to(&app, ada, id, "valuating", 200).await;
    let page = format!("/budgets/{id}/projects/{}", v.projects[0]);
    let action = format!("{page}/valuation");
    let bob_b = app.browser_of(bob).await;
    let zed_b = app.browser_of(&v.zed).await;
    // The form is the panel's: not on a stranger's page, nor the anonymous'.
    assert!(!app.page(&zed_b, &page).await.contains("valuation-price"));
    assert!(
        !app.page(&app.browser(), &page)
            .await
            .contains("valuation-price")
    );
    let html = app.page(&bob_b, &page).await;
    assert!(html.contains("Valuate this project"), "{html}");
    // Refused: the page comes back in the signed-in layout, with the form as entered and
    // the refusal beside the explanation.
    let r = app
        .post_form(
            &bob_b,
            &page,
            &action,
            &[
                ("valuation-feasible", "yes"),
                ("valuation-price", "13500"),
                ("valuation-explanation", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("value=\"13500\""), "refilled: {html}");
    assert!(
        html.contains("the price differs from the estimate"),
        "{html}"
    );
    assert!(html.contains("/signout"), "signed-in layout: {html}");
    let r = app
        .post_form(
            &bob_b,
            &page,
            &action,
            &[
                ("valuation-feasible", "yes"),
                ("valuation-price", "0"),
                ("valuation-explanation", "x"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    // Who may: anonymous 401, a stranger 403, the panel's member.
    let fields = [
        ("valuation-feasible", "yes"),
        ("valuation-price", "13500"),
        (
            "valuation-explanation",
            "Stainless steel benches for the salt air.",
        ),
    ];
    app.check_form_roles(&action, &fields, Some((&zed_b, 403)), &bob_b)
        .await;
    // Before publication only the panel and the admins read it.
    let secret = "Stainless steel benches";
    assert!(app.page(&bob_b, &page).await.contains(secret));
    assert!(
        app.page(&app.browser_of(ada).await, &page)
            .await
            .contains(secret)
    );
    assert!(!app.page(&zed_b, &page).await.contains(secret));
    assert!(!app.page(&app.browser(), &page).await.contains(secret));
    // Published: price against estimate and the explanation, for everyone; a project no
    // one valuated says so.
    move_to(&app, ada, id, "balloting", 200).await;
    let html = app.page(&app.browser(), &page).await;
    assert!(html.contains(secret), "{html}");
    assert!(html.contains("13,500") && html.contains("12,000"), "{html}");
    assert!(!html.contains("valuation-price"), "no form after valuation");
    let other = format!("/budgets/{id}/projects/{}", v.projects[2]);
    let html = app.page(&app.browser(), &other).await;
    assert!(html.contains("Not valuated"), "{html}");
}

#[tokio::test]
async fn the_demo_2026_budget_has_published_valuations() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let list = get(&app, None, "/api/v1/budgets?owner=lagomar-city").await;
    let id = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["title"] == "Lagomar participatory budget 2026")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let l = get(&app, None, &format!("/api/v1/budgets/{id}/valuations")).await;
    assert_eq!(l["published"], true, "{l}");
    assert_eq!(l["panel"]["body"]["name"], "Technical valuation panel");
    let all = l["valuations"].as_array().unwrap();
    assert!(
        all.iter()
            .any(|x| x["feasible"] == true && x["price"] != x["estimate"]),
        "{l}"
    );
    let unfeasible: Vec<&Value> = all.iter().filter(|x| x["feasible"] == false).collect();
    assert_eq!(unfeasible.len(), 1, "{l}");
    let p = get(&app, None, &format!("/api/v1/budgets/{id}")).await;
    let off = project(&p, unfeasible[0]["project"].as_str().unwrap());
    assert_eq!(off["state"], "unfeasible");
    assert_eq!(off["reason"], unfeasible[0]["explanation"]);
    let html = app
        .page(
            &app.browser(),
            &format!("/budgets/{id}/projects/{}", off["id"].as_str().unwrap()),
        )
        .await;
    assert!(html.contains("heritage office"), "{html}");
}

/// Valuation ended by date: the sweep's move publishes too, in its transaction, the event
/// without an actor.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sweep_ending_valuation_publishes_it() {
    let app = TestApp::spawn().await;
    let v = city_with_panel(&app).await;
    let (id, ada) = (&v.id, &v.ada);
    move_to(&app, ada, id, "valuating", 200).await;
    put(
        &app,
        Some(ada),
        &format!("/api/v1/budgets/{id}/projects/{}/valuation", v.projects[1]),
        json!({"feasible": false, "explanation": "The harbour authority forbids swimming there."}),
        200,
    )
    .await;
    commonfare::budgets::sweep(&app.state).await.unwrap();
    let l = get(&app, None, &format!("/api/v1/budgets/{id}/valuations")).await;
    assert_eq!(l["valuations"], json!([]), "not yet: {l}");
    let soon = (time::OffsetDateTime::now_utc() - time::Duration::minutes(5))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    put(
        &app,
        Some(ada),
        &format!("/api/v1/budgets/{id}/phases"),
        json!({"phases": [{"phase": "balloting", "starts_at": soon}]}),
        200,
    )
    .await;
    commonfare::budgets::sweep(&app.state).await.unwrap();
    let p = get(&app, None, &format!("/api/v1/budgets/{id}")).await;
    assert_eq!(p["phase"], "balloting", "{p}");
    assert_eq!(project(&p, "2")["state"], "unfeasible");
    let events = get(&app, None, "/api/v1/activity?object_type=budget").await;
    let e = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "budget.valuation_published")
        .unwrap_or_else(|| panic!("{events}"))
        .clone();
    assert!(e["actor"].is_null(), "{e}");
    assert_eq!(
        (
            &e["payload"]["feasible"],
            &e["payload"]["unfeasible"],
            &e["payload"]["not_valuated"]
        ),
        (&json!(0), &json!(1), &json!(2))
    );
}
