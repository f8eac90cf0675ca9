//! Threads on the objects of other domains, end to end: a body is a scope (its threads
//! on its page) and each of its decisions has one discussion inside it; a budget process
//! is a scope and each of its projects has one; a determination has one inside its
//! commons. Who may write (anyone signed in; anonymous 401, nothing journaled), what is
//! readable (exactly what the object's own page shows: all four are public from the
//! start, a draft decision included; an object that does not exist has no discussion),
//! the pages without JavaScript, and the journal.

use crate::support::{ApiCall, Person, TestApp, expect_page_error, expect_problem};
use serde_json::{Value, json};

/// The makers' association (ada admin, bob member) with its general assembly; eve is
/// outside it. Returns the id of a draft decision of the assembly.
async fn assembly(app: &TestApp) -> (Person, Person, Person, String) {
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("makers").admin(&ada).member(&bob).await;
    app.post_as(
        &ada,
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "assembly", "name": "General assembly", "kind": "general_assembly",
            "rules": {"default_method": "consent"}}),
        201,
    )
    .await;
    let d = app
        .post_as(
            &ada,
            "/api/v1/orgs/makers/bodies/assembly/decisions",
            json!({"title": "Open on Saturday mornings", "method": "consent"}),
            201,
        )
        .await;
    assert_eq!(d["state"], "draft");
    (ada, bob, eve, d["id"].as_str().unwrap().to_string())
}

async fn get(app: &TestApp, path: &str) -> Value {
    let r = app.program().get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status(), 200, "GET {path}");
    r.json().await.unwrap()
}

#[tokio::test]
async fn a_body_and_its_decisions_have_threads_anyone_signed_in_writes() {
    let app = TestApp::spawn().await;
    let (ada, bob, eve, decision) = assembly(&app).await;
    let body = "/api/v1/orgs/makers/bodies/assembly";
    // Anyone signed in writes, a member or not; nobody anonymous does, and a refusal
    // journals nothing.
    let calls = [
        ApiCall::post(
            format!("{body}/threads"),
            json!({"title": "January agenda", "body": "What goes on it?"}),
        ),
        ApiCall::post(
            format!("{body}/threads/1/comments"),
            json!({"body": "The insurance."}),
        ),
        ApiCall::post(
            format!("/api/v1/decisions/{decision}/comments"),
            json!({"body": "Who cleans up **after**?"}),
        ),
    ];
    for call in &calls {
        app.check_roles(call, None, (&eve, 201)).await;
    }
    // A second comment joins the decision's one thread.
    let second = app
        .post_as(
            &bob,
            &format!("/api/v1/decisions/{decision}/comments"),
            json!({"body": "The last one out."}),
            201,
        )
        .await;
    assert_eq!(second["scope"], "body");
    assert_eq!(second["handle"], "makers/assembly");
    assert_eq!(second["thread"], 2);
    let id = second["id"].as_str().unwrap();
    assert_eq!(second["url"], format!("/decisions/{decision}#comment-{id}"));

    // The decision is public from its draft on, and so is its discussion.
    get(&app, &format!("/api/v1/decisions/{decision}")).await;
    let d = get(&app, &format!("/api/v1/decisions/{decision}/comments")).await;
    assert_eq!(d["subject"], "decision");
    assert_eq!(d["id"], decision.as_str());
    assert_eq!(
        d["thread"]["title"],
        "Decision #1: Open on Saturday mornings"
    );
    assert_eq!(d["thread"]["url"], format!("/decisions/{decision}"));
    assert_eq!(d["thread"]["contribution"], Value::Null);
    assert_eq!(d["comments"].as_array().unwrap().len(), 2);
    // The body's threads list both, the decision's most recently active first.
    let list = get(&app, &format!("{body}/threads")).await;
    let titles: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Decision #1: Open on Saturday mornings", "January agenda"]
    );
    let t = get(&app, &format!("{body}/threads/1")).await;
    assert_eq!(t["thread"]["url"], "/orgs/makers/bodies/assembly/threads/1");
    assert_eq!(t["comments"].as_array().unwrap().len(), 2);

    // What does not exist has no discussion, for reading or writing.
    for path in [
        "/api/v1/decisions/nope/comments".to_string(),
        "/api/v1/orgs/makers/bodies/board/threads".to_string(),
        format!("{body}/threads/9"),
    ] {
        let r = app.program().get(app.url(&path)).send().await.unwrap();
        expect_problem(r, 404, "not_found").await;
    }
    let r = app
        .program()
        .post(app.url("/api/v1/decisions/nope/comments"))
        .bearer_auth(&bob.token)
        .json(&json!({"body": "Hello?"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/decisions/{decision}/comments")))
        .bearer_auth(&bob.token)
        .json(&json!({"body": "  "}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "body_empty").await;

    // Only its author edits a comment, whatever it is on.
    let edit = ApiCall::put(
        format!("/api/v1/comments/{id}"),
        json!({"body": "The last one out, and they sign the sheet."}),
    );
    app.check_roles(&edit, Some((&ada, 403)), (&bob, 200)).await;

    // The journal keeps the comments in the organization's record, naming the decision.
    let events = get(&app, "/api/v1/activity?object_type=comment&limit=10").await;
    let written = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "comment.written" && e["payload"]["comment"] == id)
        .expect("the comment's event")
        .clone();
    assert_eq!(written["payload"]["body"], "makers/assembly");
    assert_eq!(written["payload"]["about"]["subject"], "decision");
    assert_eq!(written["payload"]["about"]["id"], decision.as_str());
    assert_eq!(
        written["summary"],
        "@bob commented on “Decision #1: Open on Saturday mornings” (makers/assembly)"
    );
}

#[tokio::test]
async fn the_pages_of_a_body_and_a_decision_show_their_discussions() {
    let app = TestApp::spawn().await;
    let (_ada, bob, _eve, decision) = assembly(&app).await;
    let anon = app.browser();
    let b = app.browser_of(&bob).await;
    let page = format!("/decisions/{decision}");
    let html = app.page(&anon, &page).await;
    assert!(html.contains("id=\"discussion\""), "{html}");
    assert!(
        !html.contains("class=\"reply\""),
        "no form for the anonymous"
    );

    // Forms: anonymous 401 and nothing written; signed in, the comment lands on the page.
    let r = app
        .post_form(
            &anon,
            "/signin",
            &format!("{page}/comments"),
            &[("body", "x")],
        )
        .await;
    assert_eq!(r.status(), 401);
    let r = app
        .post_form(
            &b,
            &page,
            &format!("{page}/comments"),
            &[("body", "I can take the **keys**.")],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.url().path(), page);
    let html = r.text().await.unwrap();
    assert!(html.contains("<strong>keys</strong>"), "{html}");
    // The discussion is also a numbered thread of the body, whose page leads back here.
    assert!(
        html.contains("href=\"/orgs/makers/bodies/assembly/threads/1\""),
        "{html}"
    );
    let thread = app
        .page(&anon, "/orgs/makers/bodies/assembly/threads/1")
        .await;
    assert!(
        thread.contains(&format!("href=\"{page}\"")) && thread.contains("<strong>keys</strong>"),
        "{thread}"
    );
    // A refused comment comes back on the decision's page, as written, beside its refusal.
    let long = "x".repeat(20_001);
    let r = app
        .post_form(
            &b,
            &page,
            &format!("{page}/comments"),
            &[("body", long.as_str())],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Open on Saturday mornings") && html.contains("id=\"error-reply-body\""),
        "{html}"
    );
    assert!(html.contains(&long));
    let r = app
        .post_form(&b, &page, "/decisions/nope/comments", &[("body", "Hello?")])
        .await;
    expect_page_error(r, 404, "nope").await;

    // The body's page lists its threads; a thread started there has its own page.
    let body = "/orgs/makers/bodies/assembly";
    let html = app.page(&anon, body).await;
    assert!(
        html.contains("Decision #1: Open on Saturday mornings")
            && html.contains(&format!("{body}/threads")),
        "{html}"
    );
    let r = app
        .post_form(
            &b,
            &format!("{body}/threads"),
            &format!("{body}/threads"),
            &[("title", "January agenda"), ("body", "What goes on it?")],
        )
        .await;
    assert_eq!(r.url().path(), format!("{body}/threads/2"));
    let r = app
        .post_form(
            &b,
            &format!("{body}/threads/2"),
            &format!("{body}/threads/2/comments"),
            &[("body", "The insurance.")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = app.page(&anon, &format!("{body}/threads/2")).await;
    assert!(html.contains("The insurance."), "{html}");
    let html = app.page(&anon, &format!("{body}/threads")).await;
    assert!(html.contains("January agenda"), "{html}");
    let r = app
        .post_form(
            &anon,
            "/signin",
            &format!("{body}/threads"),
            &[("title", "x"), ("body", "y")],
        )
        .await;
    assert_eq!(r.status(), 401);
}

/// A process of the city (ada admin) accepting proposals, with one project by bob;
/// returns the process's id and the project's id.
async fn budget(app: &TestApp) -> (Person, Person, String, String) {
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    let p = crate::budgets::process(app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = crate::budgets::heading(&p, "Harbour");
    crate::budgets::move_to(app, &ada, &id, "accepting_proposals", 200).await;
    let k = app
        .post_as(
            &bob,
            &format!("/api/v1/budgets/{id}/projects"),
            json!({"heading": h, "title": "A library of things", "cost": "12000"}),
            201,
        )
        .await;
    (ada, bob, id, k["id"].as_str().unwrap().to_string())
}

#[tokio::test]
async fn a_budget_and_its_projects_have_threads() {
    let app = TestApp::spawn().await;
    let (ada, bob, id, project) = budget(&app).await;
    let eve = app.person("eve").await;
    let on_project = format!("/api/v1/budgets/{id}/projects/{project}/comments");
    let calls = [
        ApiCall::post(
            on_project.clone(),
            json!({"body": "The old fish market is free."}),
        ),
        ApiCall::post(
            format!("/api/v1/budgets/{id}/threads"),
            json!({"title": "Which districts first?", "body": "Harbour?"}),
        ),
        ApiCall::post(
            format!("/api/v1/budgets/{id}/threads/2/comments"),
            json!({"body": "Old town."}),
        ),
    ];
    for call in &calls {
        app.check_roles(call, None, (&eve, 201)).await;
    }
    app.post_as(&ada, &on_project, json!({"body": "Noted."}), 201)
        .await;
    let d = get(&app, &on_project).await;
    assert_eq!(d["scope"], "budget");
    assert_eq!(d["handle"], id.as_str());
    assert_eq!(d["subject"], "project");
    assert_eq!(d["thread"]["number"], 1);
    assert_eq!(
        d["thread"]["url"],
        format!("/budgets/{id}/projects/{project}")
    );
    assert_eq!(d["comments"].as_array().unwrap().len(), 2);
    let list = get(&app, &format!("/api/v1/budgets/{id}/threads")).await;
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
    let t = get(&app, &format!("/api/v1/budgets/{id}/threads/2")).await;
    assert_eq!(t["thread"]["title"], "Which districts first?");
    // A project of another process, or none, has no discussion here.
    for path in [
        format!("/api/v1/budgets/{id}/projects/nope/comments"),
        format!("/api/v1/budgets/nope/projects/{project}/comments"),
    ] {
        let r = app.program().get(app.url(&path)).send().await.unwrap();
        expect_problem(r, 404, "not_found").await;
    }

    // The pages: the project's comments and form; the process lists its threads.
    let anon = app.browser();
    let page = format!("/budgets/{id}/projects/{project}");
    let html = app.page(&anon, &page).await;
    assert!(html.contains("The old fish market is free."), "{html}");
    let b = app.browser_of(&bob).await;
    let r = app
        .post_form(
            &b,
            &page,
            &format!("{page}/comments"),
            &[("body", "We need a lockable cupboard.")],
        )
        .await;
    assert_eq!(r.url().path(), page);
    let r = app
        .post_form(&b, &page, &format!("{page}/comments"), &[("body", " ")])
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("A library of things") && html.contains("id=\"error-reply-body\""),
        "{html}"
    );
    let r = app
        .post_form(
            &anon,
            "/signin",
            &format!("{page}/comments"),
            &[("body", "x")],
        )
        .await;
    assert_eq!(r.status(), 401);
    let html = app.page(&anon, &format!("/budgets/{id}")).await;
    assert!(
        html.contains("Which districts first?") && html.contains(&format!("/budgets/{id}/threads")),
        "{html}"
    );
    let html = app.page(&anon, &format!("/budgets/{id}/threads/2")).await;
    assert!(html.contains("Old town."), "{html}");
}

#[tokio::test]
async fn a_determination_has_its_discussion_in_its_commons() {
    let app = TestApp::spawn().await;
    let bruno = app.person("bruno").await;
    let fatima = app.person("fatima").await;
    let eve = app.person("eve").await;
    app.org("repair-tuesday")
        .kind("informal_group")
        .admin(&fatima)
        .await;
    let c = app
        .commons("recipes")
        .maintained_by(&bruno)
        .licence("LicenseRef-PPL")
        .await;
    let d = crate::coalition::ask(
        &app,
        &fatima,
        &c,
        json!({"use": "commercial", "organization": "repair-tuesday",
            "facts": {"worker_owned": true, "surplus_to_workers": true}}),
        201,
    )
    .await;
    let id = d["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/determinations/{id}/comments");
    let call = ApiCall::post(path.clone(), json!({"body": "Does a kit count?"}));
    app.check_roles(&call, None, (&eve, 201)).await;
    app.post_as(&bruno, &path, json!({"body": "It does."}), 201)
        .await;
    let got = get(&app, &path).await;
    assert_eq!(got["scope"], "commons");
    assert_eq!(got["handle"], "recipes");
    assert_eq!(got["subject"], "determination");
    assert_eq!(
        got["thread"]["title"],
        "Determination for @repair-tuesday: commercial use"
    );
    assert_eq!(got["thread"]["url"], format!("/determinations/{id}"));
    assert_eq!(got["comments"].as_array().unwrap().len(), 2);
    // Its thread is one of the commons' threads.
    let list = get(&app, &c.api("/threads")).await;
    assert_eq!(list["items"][0]["subject"], "determination");
    let r = app
        .program()
        .get(app.url("/api/v1/determinations/nope/comments"))
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;

    let anon = app.browser();
    let page = format!("/determinations/{id}");
    let html = app.page(&anon, &page).await;
    assert!(html.contains("Does a kit count?"), "{html}");
    let b = app.browser_of(&bruno).await;
    let r = app
        .post_form(
            &b,
            &page,
            &format!("{page}/comments"),
            &[("body", "Sold assembled, yes.")],
        )
        .await;
    assert_eq!(r.url().path(), page);
    let r = app
        .post_form(&b, &page, &format!("{page}/comments"), &[("body", "")])
        .await;
    assert_eq!(r.status(), 422);
    let r = app
        .post_form(
            &anon,
            "/signin",
            &format!("{page}/comments"),
            &[("body", "x")],
        )
        .await;
    assert_eq!(r.status(), 401);

    // A deleted commons takes no more comments, on its determinations either; what was
    // said stays readable, as the commons does.
    let r = app
        .program()
        .delete(app.url(&c.api("")))
        .bearer_auth(&bruno.token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap_or_default());
    let before = app.journal_len().await;
    let r = app
        .program()
        .post(app.url(&path))
        .bearer_auth(&fatima.token)
        .json(&json!({"body": "Still there?"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 410, "commons_deleted").await;
    assert_eq!(app.journal_len().await, before);
    assert_eq!(
        get(&app, &path).await["comments"].as_array().unwrap().len(),
        3
    );
}

/// Every form on these objects: anonymous 401 with nothing journaled, then anyone signed
/// in (here someone in none of the organizations) writes.
#[tokio::test]
async fn every_form_on_these_objects_needs_a_sign_in_and_nothing_more() {
    let app = TestApp::spawn().await;
    let (_, _, _, decision) = assembly(&app).await;
    let cy = app.person("cy").await;
    let dan = app.person("dan").await;
    let zoe = app.person("zoe").await;
    app.org("town").admin(&cy).member(&dan).await;
    let p = crate::budgets::process(&app, &cy, "town", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = crate::budgets::heading(&p, "Harbour");
    crate::budgets::move_to(&app, &cy, &id, "accepting_proposals", 200).await;
    let k = app
        .post_as(
            &dan,
            &format!("/api/v1/budgets/{id}/projects"),
            json!({"heading": h, "title": "Benches", "cost": "900"}),
            201,
        )
        .await;
    let project = k["id"].as_str().unwrap();
    let c = app
        .commons("recipes")
        .maintained_by(&cy)
        .licence("LicenseRef-PPL")
        .await;
    let d = crate::coalition::ask(
        &app,
        &dan,
        &c,
        json!({"use": "commercial", "facts": {"worker_owned": true}}),
        201,
    )
    .await;
    let determination = d["id"].as_str().unwrap();
    let z = app.browser_of(&zoe).await;
    let body = "/orgs/makers/bodies/assembly";
    let forms: [(String, &[(&str, &str)]); 7] = [
        (
            format!("{body}/threads"),
            &[("title", "Rooms"), ("body", "Which?")],
        ),
        (
            format!("{body}/threads/1/comments"),
            &[("body", "The big one.")],
        ),
        (
            format!("/decisions/{decision}/comments"),
            &[("body", "Yes.")],
        ),
        (
            format!("/budgets/{id}/threads"),
            &[("title", "Dates"), ("body", "When?")],
        ),
        (
            format!("/budgets/{id}/threads/1/comments"),
            &[("body", "May.")],
        ),
        (
            format!("/budgets/{id}/projects/{project}/comments"),
            &[("body", "Near the harbour, please.")],
        ),
        (
            format!("/determinations/{determination}/comments"),
            &[("body", "Does a kit count?")],
        ),
    ];
    for (action, fields) in &forms {
        app.check_form_roles(action, fields, None, &z).await;
    }
}
