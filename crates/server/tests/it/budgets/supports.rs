//! The supporting phase's rules: an admin sets the most projects one person supports per
//! heading and which projects go on to the ballot (all, a threshold, or the top N of each
//! heading with ties kept); a support over the limit is refused, also when one person's
//! supports race; when supporting ends, the projects left out are off the ballot, marked
//! with their supports, journaled once; the rules change no more after.

use super::{heading, move_to, process, propose, vote};
use crate::support::{Person, TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};

struct City {
    ada: Person,
    bob: Person,
    cy: Person,
    dee: Person,
    zed: Person,
}

async fn city(app: &TestApp) -> City {
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
    City {
        ada,
        bob,
        cy,
        dee,
        zed,
    }
}

/// A process with a supporting phase and `n` projects on the Harbour heading (and one in
/// the Old town); answers its id, the Harbour's id and the project ids by number.
async fn with_projects(app: &TestApp, c: &City, n: usize) -> (String, String, Vec<String>) {
    let p = process(
        app,
        &c.ada,
        "city",
        json!({"phases": [{"phase": "accepting_proposals"}, {"phase": "supporting"}, {"phase": "balloting"}, {"phase": "results"}]}),
    )
    .await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    for k in 0..n {
        propose(app, &c.bob, &id, &h, &format!("Project {k}"), "1000").await;
    }
    propose(app, &c.cy, &id, &heading(&p, "Old town"), "Benches", "500").await;
    let all = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let mut ids: Vec<(i64, String)> = all["headings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|h| h["projects"].as_array().unwrap().iter())
        .map(|p| {
            (
                p["number"].as_str().unwrap().parse().unwrap(),
                p["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    ids.sort();
    (id, h, ids.into_iter().map(|(_, i)| i).collect())
}

fn states(v: &Value) -> Vec<(String, String, String)> {
    v["headings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|h| h["projects"].as_array().unwrap().iter())
        .map(|p| {
            (
                p["number"].as_str().unwrap().to_string(),
                p["state"].as_str().unwrap().to_string(),
                p["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_limit_per_person_and_a_threshold_decide_what_reaches_the_ballot() {
    let app = TestApp::spawn().await;
    let c = city(&app).await;
    let (id, h, p) = with_projects(&app, &c, 4).await;
    let rules = format!("/api/v1/budgets/{id}/support-rules");
    let good = json!({"max_per_person": 2, "advance": "threshold", "count": 2});

    // Who may set them: an admin; and only rules that do.
    app.call_as(None, Method::PUT, &rules, Some(good.clone()), 401)
        .await;
    for who in [&c.zed, &c.bob] {
        let v = app
            .call_as(Some(who), Method::PUT, &rules, Some(good.clone()), 403)
            .await;
        assert_eq!(v["code"], "forbidden", "{v}");
    }
    let before = app.journal_len().await;
    for bad in [
        json!({"max_per_person": 0, "advance": "all"}),
        json!({"max_per_person": 1001, "advance": "all"}),
        json!({"advance": "lottery", "count": 3}),
        json!({"advance": "top"}),
        json!({"advance": "threshold", "count": 0}),
        json!({"advance": "all", "count": 3}),
    ] {
        let r = app
            .program()
            .put(app.url(&rules))
            .bearer_auth(&c.ada.token)
            .json(&bad)
            .send()
            .await
            .expect("send");
        expect_problem(r, 422, "invalid_support_rules").await;
    }
    assert_eq!(app.journal_len().await, before, "nothing written");
    let set = app
        .call_as(Some(&c.ada), Method::PUT, &rules, Some(good.clone()), 200)
        .await;
    assert_eq!(
        set,
        json!({"max_per_person": 2, "advance": "threshold", "count": 2})
    );
    let read = app.call_as(None, Method::GET, &rules, None, 200).await;
    assert_eq!(read, set);

    // Two supports per person and heading.
    move_to(&app, &c.ada, &id, "supporting", 200).await;
    let support = |who: &Person, project: &str, want: u16| {
        let path = format!("/api/v1/budgets/{id}/projects/{project}/support");
        let (app, who) = (&app, who.clone());
        async move { app.post_as(&who, &path, json!({}), want).await }
    };
    support(&c.bob, &p[0], 200).await;
    support(&c.bob, &p[1], 200).await;
    let v = support(&c.bob, &p[2], 409).await;
    assert_eq!(v["code"], "support_limit", "{v}");
    assert!(v["detail"].as_str().unwrap().contains("Harbour"), "{v}");
    support(&c.bob, &p[4], 200).await; // another heading: its own two
    support(&c.cy, &p[0], 200).await;
    support(&c.cy, &p[2], 200).await;
    support(&c.dee, &p[0], 200).await;
    support(&c.dee, &p[1], 200).await;

    // Supporting ends: 1 (3 supports) and 2 (2) go on; 3 (1), 4 (0) and the benches (1)
    // do not.
    move_to(&app, &c.ada, &id, "balloting", 200).await;
    let all = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let mut s = states(&all);
    s.sort();
    assert_eq!(
        s,
        vec![
            ("1".into(), "proposed".into(), "".into()),
            ("2".into(), "proposed".into(), "".into()),
            ("3".into(), "unsupported".into(), "1".into()),
            ("4".into(), "unsupported".into(), "0".into()),
            ("5".into(), "unsupported".into(), "1".into()),
        ]
    );
    let events = app
        .call_as(None, Method::GET, "/api/v1/activity?limit=5", None, 200)
        .await;
    let counted: Vec<&Value> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "budget.supports_counted")
        .collect();
    assert_eq!(counted.len(), 1, "{events}");
    assert_eq!(counted[0]["payload"]["advanced"], 2);
    assert_eq!(counted[0]["payload"]["left_out"], 3);

    // The ballot has what went on; the rules change no more.
    vote(&app, &c.bob, &id, &h, &["1", "2"], 200).await;
    vote(&app, &c.cy, &id, &h, &["3"], 422).await;
    let v = app
        .call_as(Some(&c.ada), Method::PUT, &rules, Some(good), 409)
        .await;
    assert_eq!(v["code"], "budget_phase", "{v}");
    let page = app.page(&app.browser(), &format!("/budgets/{id}")).await;
    assert!(
        page.contains("Not enough supports to reach the ballot (1)"),
        "{page}"
    );
}

/// The top N of each heading go on, and those tied with the N-th too.
#[tokio::test]
async fn the_top_n_go_on_with_those_tied_with_the_last() {
    let app = TestApp::spawn().await;
    let c = city(&app).await;
    let (id, _, p) = with_projects(&app, &c, 3).await;
    app.call_as(
        Some(&c.ada),
        Method::PUT,
        &format!("/api/v1/budgets/{id}/support-rules"),
        Some(json!({"advance": "top", "count": 1})),
        200,
    )
    .await;
    move_to(&app, &c.ada, &id, "supporting", 200).await;
    for (who, project) in [
        (&c.bob, 0),
        (&c.cy, 0),
        (&c.dee, 1),
        (&c.cy, 1),
        (&c.bob, 2),
    ] {
        app.post_as(
            who,
            &format!("/api/v1/budgets/{id}/projects/{}/support", p[project]),
            json!({}),
            200,
        )
        .await;
    }
    move_to(&app, &c.ada, &id, "balloting", 200).await;
    let all = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let mut s: Vec<(String, String)> = states(&all).into_iter().map(|(n, s, _)| (n, s)).collect();
    s.sort();
    assert_eq!(
        s,
        vec![
            ("1".into(), "proposed".into()),
            ("2".into(), "proposed".into()),
            ("3".into(), "unsupported".into()),
            // The Old town's only project is its heading's top one.
            ("4".into(), "proposed".into()),
        ]
    );
}

/// One person's supports racing on six projects under a limit of one: exactly one is
/// taken, on either engine.
#[tokio::test]
async fn racing_supports_cannot_pass_the_limit_together() {
    let app = TestApp::spawn().await;
    let c = city(&app).await;
    let (id, _, p) = with_projects(&app, &c, 6).await;
    app.call_as(
        Some(&c.ada),
        Method::PUT,
        &format!("/api/v1/budgets/{id}/support-rules"),
        Some(json!({"max_per_person": 1, "advance": "all"})),
        200,
    )
    .await;
    move_to(&app, &c.ada, &id, "supporting", 200).await;
    let sends = p[..6].iter().map(|project| {
        app.program()
            .post(app.url(&format!("/api/v1/budgets/{id}/projects/{project}/support")))
            .bearer_auth(&c.bob.token)
            .json(&json!({}))
            .send()
    });
    let statuses: Vec<u16> = futures_util::future::join_all(sends)
        .await
        .into_iter()
        .map(|r| r.expect("send").status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        5,
        "{statuses:?}"
    );
    assert_eq!(app.rows("budget_supports").await, 1);
}

/// The rules' form on the process page: an admin sets them; a refusal comes back beside
/// its field with the form as entered, signed in; a member gets no form and is refused.
#[tokio::test]
async fn an_admin_sets_the_supporting_rules_from_the_process_page() {
    let app = TestApp::spawn().await;
    let c = city(&app).await;
    let (id, _, _) = with_projects(&app, &c, 2).await;
    let page = format!("/budgets/{id}");
    let action = format!("/budgets/{id}/support-rules");
    // Anonymous 401, a member 403; neither writes anything.
    let journal = app.journal_len().await;
    let r = app
        .post_form(&app.browser(), "/signin", &action, &[("advance", "all")])
        .await;
    assert_eq!(r.status().as_u16(), 401);
    let member = app.browser_of(&c.bob).await;
    assert!(!app.page(&member, &page).await.contains(&action));
    let r = app
        .post_form(&member, &page, &action, &[("advance", "all")])
        .await;
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(app.journal_len().await, journal);

    let admin = app.browser_of(&c.ada).await;
    let html = app.page(&admin, &page).await;
    assert!(html.contains(&action), "{html}");
    assert!(
        html.contains("Every project goes on to the ballot."),
        "{html}"
    );
    let r = app
        .post_form(
            &admin,
            &page,
            &action,
            &[("max_per_person", "2"), ("advance", "top"), ("count", "")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.expect("html");
    assert!(
        html.contains("must be a whole number from 1 to 100000"),
        "{html}"
    );
    assert!(
        html.contains("Sign out") || html.contains("/signout"),
        "signed in: {html}"
    );
    assert!(html.contains("value=\"2\""), "as entered: {html}");
    let r = app
        .post_form(
            &admin,
            &page,
            &action,
            &[("max_per_person", "2"), ("advance", "top"), ("count", "1")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let html = r.text().await.expect("html");
    assert!(
        html.contains("At most 2 supports per person and heading."),
        "{html}"
    );
    assert!(
        html.contains("The 1 most supported projects of each heading go on to the ballot"),
        "{html}"
    );
    let rules = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}/support-rules"),
            None,
            200,
        )
        .await;
    assert_eq!(
        rules,
        json!({"max_per_person": 2, "advance": "top", "count": 1})
    );
}
