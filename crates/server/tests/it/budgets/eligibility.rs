//! Eligibility from a body: a process open to whoever sits in one body of the owning
//! organization, named by its slug through the rules; an unknown body or another
//! organization's is a 422 of its own; who sits is checked at each proposal, support and
//! ballot (a seat that ended refuses the next ballot, the ballot cast before it stays);
//! the setting is journaled and locks when balloting opens; the page names the body. The
//! race of the setting against balloting's opening is in `races.rs`.

use super::{heading, move_to, process, propose, vote};
use crate::support::{Person, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

pub struct City {
    pub ada: Person,
    pub bob: Person,
    pub cy: Person,
    pub dee: Person,
    pub zed: Person,
}

/// The city (admin ada; members bob, cy and dee) with its “Youth council” (bob and cy
/// sit in it); the town (admin zed, a stranger to the city) with its “Elders' council”.
pub async fn city(app: &TestApp) -> City {
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
    app.org("town").admin(&zed).await;
    app.post_as(
        &ada,
        "/api/v1/orgs/city/bodies",
        json!({"slug": "youth", "name": "Youth council", "kind": "working_group",
               "rules": {"seats": "named", "named": ["bob", "cy"]}}),
        201,
    )
    .await;
    app.post_as(
        &zed,
        "/api/v1/orgs/town/bodies",
        json!({"slug": "elders", "name": "Elders' council", "kind": "working_group",
               "rules": {"seats": "named", "named": ["zed"]}}),
        201,
    )
    .await;
    City {
        ada,
        bob,
        cy,
        dee,
        zed,
    }
}

async fn put(app: &TestApp, who: Option<&Person>, path: &str, body: Value, want: u16) -> Value {
    app.call_as(who, Method::PUT, path, Some(body), want).await
}

async fn page(app: &TestApp, who: Option<&Person>, path: &str) -> String {
    let b = match who {
        Some(p) => app.browser_of(p).await,
        None => app.browser(),
    };
    app.page(&b, path).await
}

#[tokio::test]
async fn a_body_names_who_takes_part_and_an_unknown_or_foreign_one_is_refused() {
    let app = TestApp::spawn().await;
    let City { ada, zed, .. } = city(&app).await;
    let before = app.rows("budget_processes").await;
    let journal = app.journal_len().await;
    for (given, code) in [
        (
            json!({"eligibility": "body", "eligible_body": "nobody"}),
            "unknown_eligible_body",
        ),
        // Another organization's body, by its slug or by its handle and slug.
        (
            json!({"eligibility": "body", "eligible_body": "elders"}),
            "unknown_eligible_body",
        ),
        (
            json!({"eligibility": "body", "eligible_body": "town/elders"}),
            "unknown_eligible_body",
        ),
        (json!({"eligibility": "body"}), "missing_field"),
        (
            json!({"eligibility": "members", "eligible_body": "youth"}),
            "invalid_ballot_rules",
        ),
    ] {
        let mut b = json!({"owner": "city", "title": "Youth budget", "max_projects": 3,
            "headings": [{"name": "City-wide", "amount": "10000"}]});
        b.as_object_mut()
            .unwrap()
            .extend(given.as_object().unwrap().clone());
        let e = app.post_as(&ada, "/api/v1/budgets", b, 422).await;
        assert_eq!(e["code"], code, "{given}: {e}");
        assert!(
            e["detail"].as_str().unwrap().contains("eligible"),
            "the detail names the field: {e}"
        );
    }
    // Nothing half-written.
    assert_eq!(app.rows("budget_processes").await, before);
    assert_eq!(app.journal_len().await, journal);

    // The city's own body, by slug or as `city/youth`.
    for slug in ["youth", "@city/youth"] {
        let p = process(
            &app,
            &ada,
            "city",
            json!({"eligibility": "body", "eligible_body": slug}),
        )
        .await;
        assert_eq!(p["rules"]["eligibility"], "body", "{p}");
        assert_eq!(p["rules"]["eligible_body"]["slug"], "youth", "{p}");
        assert_eq!(p["rules"]["eligible_body"]["name"], "Youth council", "{p}");
        assert_eq!(
            p["rules"]["eligible_body"]["url"], "/orgs/city/bodies/youth",
            "{p}"
        );
    }
    // The town cannot name the city's body either.
    let e = app
        .post_as(
            &zed,
            "/api/v1/budgets",
            json!({"owner": "town", "title": "Town budget", "eligibility": "body",
                   "eligible_body": "youth", "headings": [{"name": "All", "amount": "100"}]}),
            422,
        )
        .await;
    assert_eq!(e["code"], "unknown_eligible_body", "{e}");
}

#[tokio::test]
async fn only_who_sits_in_the_body_takes_part_and_the_setting_locks_with_the_rules() {
    let app = TestApp::spawn().await;
    let City {
        ada,
        bob,
        cy,
        dee,
        zed,
    } = city(&app).await;
    let p = process(&app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let harbour = heading(&p, "Harbour");
    let rules = format!("/api/v1/budgets/{id}/rules");
    let to_youth = json!({"max_projects": 3, "eligibility": "body", "eligible_body": "youth"});

    // Setting it: the owner's admin only.
    put(&app, None, &rules, to_youth.clone(), 401).await;
    for who in [&zed, &bob] {
        let e = put(&app, Some(who), &rules, to_youth.clone(), 403).await;
        assert_eq!(e["code"], "forbidden", "{e}");
    }
    let e = put(
        &app,
        Some(&ada),
        &rules,
        json!({"eligibility": "body", "eligible_body": "elders"}),
        422,
    )
    .await;
    assert_eq!(e["code"], "unknown_eligible_body", "{e}");
    assert!(e["detail"].as_str().unwrap().contains("elders"), "{e}");
    let v = put(&app, Some(&ada), &rules, to_youth.clone(), 200).await;
    assert_eq!(v["rules"]["eligible_body"]["name"], "Youth council", "{v}");
    // Journaled, with who takes part.
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.rules_changed' \
             AND payload LIKE '%\"eligibility\":\"body\"%' \
             AND payload LIKE '%\"eligible_body\":\"youth\"%'"
                .into()
        )
        .await,
        1
    );

    move_to(&app, &ada, &id, "accepting_proposals", 200).await;
    // Proposing: anonymous 401; a stranger and a member outside the body 403, naming it.
    let new = json!({"heading": harbour, "title": "Skate ramp", "cost": "4000"});
    let path = format!("/api/v1/budgets/{id}/projects");
    app.call_as(None, Method::POST, &path, Some(new.clone()), 401)
        .await;
    for who in [&zed, &dee] {
        let e = app.post_as(who, &path, new.clone(), 403).await;
        assert_eq!(e["code"], "not_in_body", "{e}");
        assert!(
            e["detail"].as_str().unwrap().contains("Youth council"),
            "{e}"
        );
    }
    let ramp = propose(&app, &bob, &id, &harbour, "Skate ramp", "4000").await;
    let wall = propose(&app, &cy, &id, &harbour, "Graffiti wall", "2500").await;

    // The page says who takes part, linked to the body; an outsider is told so.
    let html = page(&app, None, &format!("/budgets/{id}")).await;
    assert!(
        html.contains("href=\"/orgs/city/bodies/youth\">Youth council</a>"),
        "{html}"
    );
    let html = page(&app, Some(&dee), &format!("/budgets/{id}")).await;
    assert!(html.contains("class=\"notice\""), "{html}");
    assert!(!html.contains("name=\"title\""), "no proposal form for dee");

    move_to(&app, &ada, &id, "balloting", 200).await;
    // Locked with the rules.
    let e = put(
        &app,
        Some(&ada),
        &rules,
        json!({"max_projects": 3, "eligibility": "members"}),
        409,
    )
    .await;
    assert_eq!(e["code"], "rules_locked", "{e}");

    // Voting: anonymous 401; a stranger and a member outside the body 403.
    let ballot = format!("/api/v1/budgets/{id}/headings/{harbour}/ballot");
    app.call_as(
        None,
        Method::PUT,
        &ballot,
        Some(json!({"projects": [&ramp]})),
        401,
    )
    .await;
    for who in [&zed, &dee] {
        let e = vote(&app, who, &id, &harbour, &[&ramp], 403).await;
        assert_eq!(e["code"], "not_in_body", "{e}");
    }
    vote(&app, &bob, &id, &harbour, &[&ramp], 200).await;
    vote(&app, &cy, &id, &harbour, &[&ramp, &wall], 200).await;

    // Cy's seat ends (the rulebook names bob alone now): her next ballot is refused, the
    // one she cast stays.
    put(
        &app,
        Some(&ada),
        "/api/v1/orgs/city/bodies/youth/rulebook",
        json!({"rules": {"seats": "named", "named": ["bob"]}, "note": "Cy turned 30."}),
        200,
    )
    .await;
    let e = vote(&app, &cy, &id, &harbour, &[&wall], 403).await;
    assert_eq!(e["code"], "not_in_body", "{e}");
    let v = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let h = v["headings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["name"] == "Harbour")
        .unwrap()
        .clone();
    assert_eq!(h["ballots"], 2, "{h}");
    // Bob still sits: he may change his ballot.
    vote(&app, &bob, &id, &harbour, &[&wall], 200).await;
}
