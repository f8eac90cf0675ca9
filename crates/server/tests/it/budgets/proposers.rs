//! Who proposes (a person, for an organization they belong to or for an informal group)
//! and the commons holding a funded project's documentation: permissions, bad input with
//! nothing written, the page forms and the views.

use super::{heading, move_to, process, propose, vote};
use crate::support::{ApiCall, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

async fn get(app: &TestApp, path: &str) -> Value {
    app.call_as(None, Method::GET, path, None, 200).await
}

/// The projects of heading `i` of process `id`, as the API shows them.
async fn projects(app: &TestApp, id: &str, i: usize) -> Vec<Value> {
    get(app, &format!("/api/v1/budgets/{id}")).await["headings"][i]["projects"]
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test]
async fn people_propose_for_their_organizations_or_for_informal_groups() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).member(&eve).await;
    app.org("makers").admin(&bob).await;
    let p = process(&app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    move_to(&app, &ada, &id, "accepting_proposals", 200).await;
    let path = format!("/api/v1/budgets/{id}/projects");
    let body = |extra: Value| {
        let mut b = json!({"heading": h, "title": "A tool library", "cost": "9000"});
        b.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        b
    };
    // Anonymous, then a person who is no member of the organization: nothing written.
    let before = (app.journal_len().await, app.rows("budget_projects").await);
    app.call_as(
        None,
        Method::POST,
        &path,
        Some(body(json!({"organization": "makers"}))),
        401,
    )
    .await;
    let r = app
        .post_as(&eve, &path, body(json!({"organization": "makers"})), 403)
        .await;
    assert_eq!(r["code"], "not_member_of_proposer");
    assert!(r["detail"].as_str().unwrap().contains("@makers"), "{r}");
    let r = app
        .post_as(&bob, &path, body(json!({"organization": "nobody"})), 404)
        .await;
    assert_eq!(r["code"], "not_found");
    for (bad, code) in [
        (
            json!({"organization": "makers", "group": "Neighbours"}),
            "two_proposers",
        ),
        (json!({"group": "x".repeat(121)}), "too_long"),
        (json!({"group": "tab\there"}), "invalid_field"),
    ] {
        let r = app.post_as(&bob, &path, body(bad.clone()), 422).await;
        assert_eq!(r["code"], code, "{bad}");
    }
    assert_eq!(
        (app.journal_len().await, app.rows("budget_projects").await),
        before
    );
    assert_eq!(app.rows("budget_project_proposers").await, 0);

    // The rightful ones: a member for the makers, anyone for a group, a person alone.
    let v = app
        .post_as(&bob, &path, body(json!({"organization": "@makers"})), 201)
        .await;
    assert_eq!(
        (
            v["author"].as_str(),
            v["proposed_for_organization"].as_str()
        ),
        (Some("bob"), Some("makers"))
    );
    let v = app
        .post_as(
            &eve,
            &path,
            body(json!({"group": "  Neighbours of Calle del Faro "})),
            201,
        )
        .await;
    assert_eq!(v["proposed_for_group"], "Neighbours of Calle del Faro");
    assert!(v["proposed_for_organization"].is_null(), "{v}");
    let v = app
        .post_as(&eve, &path, body(json!({"group": ""})), 201)
        .await;
    assert!(
        v["proposed_for_group"].is_null() && v["proposed_for_organization"].is_null(),
        "{v}"
    );
    assert_eq!(app.rows("budget_project_proposers").await, 2);
    let listed = projects(&app, &id, 1).await;
    assert_eq!(listed[0]["proposed_for_organization"], "makers");
    assert_eq!(
        listed[1]["proposed_for_group"],
        "Neighbours of Calle del Faro"
    );

    // The journal names whom it was proposed for.
    let events = get(&app, "/api/v1/activity?object_type=budget_project").await;
    let proposed: Vec<&Value> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "budget_project.proposed")
        .collect();
    assert_eq!(proposed.len(), 3);
    assert_eq!(
        proposed[1]["payload"]["group"],
        "Neighbours of Calle del Faro"
    );
    assert_eq!(proposed[2]["payload"]["organization"], "@makers");
    assert!(proposed[0]["payload"].get("organization").is_none());
    // Its line says it, as stored and as rendered from the payload.
    let line = |e: &Value| e["summary"].as_str().unwrap().to_string();
    assert!(
        line(proposed[2]).contains("”, for @makers in “"),
        "{}",
        line(proposed[2])
    );
    assert!(
        line(proposed[1]).contains("”, for the group “Neighbours of Calle del Faro” in “"),
        "{}",
        line(proposed[1])
    );
    assert!(
        !line(proposed[0]).contains(" for "),
        "{}",
        line(proposed[0])
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget_project.proposed' \
             AND (summary LIKE '%, for @makers in %' \
             OR summary LIKE '%, for the group “Neighbours of Calle del Faro” in %')"
                .into()
        )
        .await,
        2
    );

    // The pages show it: the process page's lists and the project's page.
    let html = app.page(&app.browser(), &format!("/budgets/{id}")).await;
    assert!(
        html.contains("href=\"/orgs/makers\">@makers</a>")
            && html.contains("Neighbours of Calle del Faro"),
        "{html}"
    );
    let first = listed[0]["id"].as_str().unwrap();
    let html = app
        .page(&app.browser(), &format!("/budgets/{id}/projects/{first}"))
        .await;
    assert!(
        html.contains("href=\"/people/bob\">@bob</a> for <a href=\"/orgs/makers\">@makers</a>"),
        "{html}"
    );
}

#[tokio::test]
async fn the_proposal_form_takes_an_organization_or_a_group() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    app.org("makers").admin(&ada).await;
    let p = process(&app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    move_to(&app, &ada, &id, "accepting_proposals", 200).await;
    let browser = app.browser_of(&bob).await;
    let page = format!("/budgets/{id}");
    let html = app.page(&browser, &page).await;
    assert!(
        html.contains("name=\"organization\"") && html.contains("name=\"group\""),
        "{html}"
    );
    let fields = |org: &'static str, group: &'static str| {
        [
            ("heading", h.clone()),
            ("title", "Benches".to_string()),
            ("cost", "800".to_string()),
            ("organization", org.to_string()),
            ("group", group.to_string()),
        ]
    };
    let before = app.journal_len().await;
    for (org, group, status, field) in [
        ("makers", "", 403, "organization"),
        ("nobody", "", 404, "organization"),
        ("makers", "Neighbours", 422, "group"),
    ] {
        let f = fields(org, group);
        let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = app
            .post_form(&browser, &page, &format!("{page}/projects"), &f)
            .await;
        assert_eq!(r.status().as_u16(), status, "{org} {group}");
        let html = r.text().await.unwrap();
        assert!(
            html.contains(&format!("id=\"error-propose-{field}\""))
                && html.contains("value=\"Benches\"")
                && html.contains("@bob"),
            "{html}"
        );
    }
    assert_eq!(app.journal_len().await, before);
    let f = fields("", "Friends of the pier");
    let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app
        .post_form(&browser, &page, &format!("{page}/projects"), &f)
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("for the group “Friends of the pier”"),
        "{html}"
    );
}

/// A process of the city with two projects by bob in the harbour (50 000): the trees
/// (30 000), funded, and the fountain (45 000), not; the results are out. Returns the
/// process id and the two projects' ids.
async fn counted(
    app: &TestApp,
    ada: &crate::support::Person,
    bob: &crate::support::Person,
) -> (String, String, String) {
    let p = process(app, ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    move_to(app, ada, &id, "accepting_proposals", 200).await;
    propose(app, bob, &id, &h, "Shade trees", "30000").await;
    propose(app, bob, &id, &h, "A fountain", "45000").await;
    move_to(app, ada, &id, "balloting", 200).await;
    vote(app, bob, &id, &h, &["1"], 200).await;
    vote(app, ada, &id, &h, &["1", "2"], 200).await;
    let listed = projects(app, &id, 1).await;
    let trees = listed[0]["id"].as_str().unwrap().to_string();
    let fountain = listed[1]["id"].as_str().unwrap().to_string();
    (id, trees, fountain)
}

#[tokio::test]
async fn a_funded_project_links_the_commons_of_its_documentation() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).member(&eve).await;
    app.commons("trees-docs").maintained_by(&eve).await;
    app.commons("old-docs").maintained_by(&eve).await;
    app.call_as(
        Some(&eve),
        Method::DELETE,
        "/api/v1/commons/old-docs",
        None,
        200,
    )
    .await;
    let (id, trees, fountain) = counted(&app, &ada, &bob).await;
    let path = |p: &str| format!("/api/v1/budgets/{id}/projects/{p}/commons");
    let link = json!({"commons": "trees-docs"});
    // Before the results: not yet funded.
    let r = app
        .call_as(
            Some(&ada),
            Method::PUT,
            &path(&trees),
            Some(link.clone()),
            409,
        )
        .await;
    assert_eq!(r["code"], "not_funded");
    move_to(&app, &ada, &id, "results", 200).await;
    let before = app.journal_len().await;
    for (who, project, body, status, code) in [
        (&ada, &fountain, link.clone(), 409, "not_funded"),
        (
            &ada,
            &trees,
            json!({"commons": "nowhere"}),
            404,
            "not_found",
        ),
        (
            &ada,
            &trees,
            json!({"commons": "old-docs"}),
            410,
            "commons_deleted",
        ),
        (&ada, &trees, json!({"commons": " "}), 422, "missing_field"),
        (&eve, &trees, link.clone(), 403, "forbidden"),
    ] {
        let r = app
            .call_as(
                Some(who),
                Method::PUT,
                &path(project),
                Some(body.clone()),
                status,
            )
            .await;
        assert_eq!(r["code"], code, "{body}");
    }
    let r = app
        .call_as(Some(&ada), Method::PUT, &path(&trees), Some(json!({})), 422)
        .await;
    assert!(r["code"].is_string(), "{r}");
    assert_eq!(app.journal_len().await, before);
    assert_eq!(app.rows("budget_project_commons").await, 0);

    // The proposer links it; an admin of the owner may link it again.
    let r = app
        .check_roles(
            &ApiCall::put(path(&trees), link.clone()),
            Some((&eve, 403)),
            (&bob, 200),
        )
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["commons"], "trees-docs");
    let v = app
        .call_as(
            Some(&ada),
            Method::PUT,
            &path(&trees),
            Some(link.clone()),
            200,
        )
        .await;
    assert_eq!(v["commons"], "trees-docs");
    assert_eq!(app.rows("budget_project_commons").await, 1);
    assert_eq!(projects(&app, &id, 1).await[0]["commons"], "trees-docs");
    let html = app
        .page(&app.browser(), &format!("/budgets/{id}/projects/{trees}"))
        .await;
    assert!(
        html.contains("Its documentation") && html.contains("href=\"/commons/trees-docs\""),
        "{html}"
    );
    assert!(
        !html.contains("name=\"commons\""),
        "no form for the anonymous: {html}"
    );

    // Unlinking: the same roles, once.
    app.check_roles(
        &ApiCall::delete(path(&trees)),
        Some((&eve, 403)),
        (&bob, 200),
    )
    .await;
    let r = app
        .call_as(Some(&ada), Method::DELETE, &path(&trees), None, 409)
        .await;
    assert_eq!(r["code"], "no_commons_linked");
    assert_eq!(app.rows("budget_project_commons").await, 0);
    let events = get(&app, "/api/v1/activity?object_type=budget_project").await;
    let kinds: Vec<&str> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .take(3)
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "budget_project.commons_unlinked",
            "budget_project.commons_linked",
            "budget_project.commons_linked"
        ]
    );
    assert_eq!(events["items"][0]["payload"]["commons"], "trees-docs");
}

#[tokio::test]
async fn the_commons_form_is_for_admins_and_the_proposer() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).member(&eve).await;
    app.commons("trees-docs").maintained_by(&eve).await;
    let (id, trees, _) = counted(&app, &ada, &bob).await;
    move_to(&app, &ada, &id, "results", 200).await;
    let page = format!("/budgets/{id}/projects/{trees}");
    let (admin, proposer, stranger) = (
        app.browser_of(&ada).await,
        app.browser_of(&bob).await,
        app.browser_of(&eve).await,
    );
    for (b, shown) in [(&admin, true), (&proposer, true), (&stranger, false)] {
        let html = app.page(b, &page).await;
        assert_eq!(
            html.contains(&format!("action=\"{page}/commons\"")),
            shown,
            "{html}"
        );
    }
    // A refusal comes back beside the form, as typed, in the signed-in layout.
    let r = app
        .post_form(
            &proposer,
            &page,
            &format!("{page}/commons"),
            &[("commons", "nowhere")],
        )
        .await;
    assert_eq!(r.status(), 404);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"error-commons-handle\"")
            && html.contains("value=\"nowhere\"")
            && html.contains("@bob"),
        "{html}"
    );
    app.check_form_roles(
        &format!("{page}/commons"),
        &[("commons", "trees-docs")],
        Some((&stranger, 403)),
        &proposer,
    )
    .await;
    let html = app.page(&admin, &page).await;
    assert!(
        html.contains("href=\"/commons/trees-docs\"")
            && html.contains(&format!("action=\"{page}/commons/unlink\"")),
        "{html}"
    );
    app.check_form_roles(
        &format!("{page}/commons/unlink"),
        &[],
        Some((&stranger, 403)),
        &admin,
    )
    .await;
    assert_eq!(app.rows("budget_project_commons").await, 0);
}

async fn send(
    app: &TestApp,
    who: &crate::support::Person,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut rb = app
        .program()
        .request(method, app.url(path))
        .bearer_auth(&who.token);
    if let Some(b) = body {
        rb = rb.json(&b);
    }
    rb.send().await.expect("send")
}

/// Racing links keep one commons per project; racing unlinks unlink once: one answer
/// 200, the other 409 `no_commons_linked`, and one journal event per change.
#[tokio::test]
async fn racing_links_and_unlinks_keep_one_commons_per_project() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    app.commons("trees-docs").maintained_by(&bob).await;
    app.commons("tree-care").maintained_by(&bob).await;
    let (id, trees, _) = counted(&app, &ada, &bob).await;
    move_to(&app, &ada, &id, "results", 200).await;
    let path = format!("/api/v1/budgets/{id}/projects/{trees}/commons");
    let before = app.journal_len().await;
    let (a, b) = tokio::join!(
        send(
            &app,
            &ada,
            Method::PUT,
            &path,
            Some(json!({"commons": "trees-docs"}))
        ),
        send(
            &app,
            &bob,
            Method::PUT,
            &path,
            Some(json!({"commons": "tree-care"}))
        ),
    );
    assert_eq!((a.status().as_u16(), b.status().as_u16()), (200, 200));
    assert_eq!(app.rows("budget_project_commons").await, 1);
    assert_eq!(app.journal_len().await, before + 2);
    let linked = projects(&app, &id, 1).await[0]["commons"].clone();
    assert!(linked == "trees-docs" || linked == "tree-care", "{linked}");
    let (a, b) = tokio::join!(
        send(&app, &ada, Method::DELETE, &path, None),
        send(&app, &bob, Method::DELETE, &path, None),
    );
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 409]);
    assert_eq!(app.rows("budget_project_commons").await, 0);
    assert_eq!(app.journal_len().await, before + 3);
}
