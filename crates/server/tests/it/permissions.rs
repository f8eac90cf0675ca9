//! The permission matrix: every mutating endpoint tried by an anonymous client, by a
//! signed-in stranger, and by the rightful role — on the API and on the pages.

use crate::support::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

struct Case {
    method: Method,
    path: &'static str,
    body: Option<Value>,
    /// Expected for a signed-in stranger (None: the endpoint is for oneself only, so
    /// there is no stranger).
    stranger: Option<u16>,
    rightful: u16,
}

/// ada is admin of `bakery` and maintainer of the commons `rye` (whose revision 2 is bob's
/// accepted change); bob is invited to `bakery`; carol is a stranger.
async fn world(app: &TestApp) -> (String, String, String) {
    let ada = app.api_user("ada").await;
    let bob = app.api_user("bob").await;
    let carol = app.api_user("carol").await;
    let c = app.program();
    c.post(app.url("/api/v1/orgs"))
        .bearer_auth(&ada)
        .json(&json!({"handle":"bakery","name":"Bakery","kind":"cooperative"}))
        .send()
        .await
        .unwrap();
    c.post(app.url("/api/v1/orgs/bakery/invitations"))
        .bearer_auth(&ada)
        .json(&json!({"handle":"bob"}))
        .send()
        .await
        .unwrap();
    let calls = [
        (
            &ada,
            "/api/v1/commons",
            json!({"handle":"rye","name":"Rye","kind":"knowledge","licence":"CC0-1.0"}),
            201,
        ),
        (
            &bob,
            "/api/v1/commons/rye/changes",
            json!({"message":"m","files":[{"path":"a.md","op":"add","content":"a"}]}),
            201,
        ),
        (
            &ada,
            "/api/v1/commons/rye/contributions/1/accept",
            json!({}),
            200,
        ),
    ];
    for (token, path, body, want) in calls {
        let r = c
            .post(app.url(path))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), want, "setup {path}");
    }
    (ada, bob, carol)
}

#[tokio::test]
async fn api_matrix() {
    let app = TestApp::spawn().await;
    let (ada, bob, carol) = world(&app).await;
    let c = app.program();
    let org = json!({"name":"Bakery","kind":"cooperative","description":"","website":""});
    // In order: each rightful call leaves the world ready for the next.
    let cases = [
        Case {
            method: Method::PATCH,
            path: "/api/v1/me",
            body: Some(json!({"bio":"hi"})),
            stranger: None,
            rightful: 200,
        },
        Case {
            method: Method::POST,
            path: "/api/v1/tokens",
            body: Some(json!({"name":"n"})),
            stranger: None,
            rightful: 201,
        },
        Case {
            method: Method::POST,
            path: "/api/v1/orgs",
            body: Some(json!({"handle":"mill","name":"Mill","kind":"phyle"})),
            stranger: None,
            rightful: 201,
        },
        Case {
            method: Method::PUT,
            path: "/api/v1/orgs/bakery",
            body: Some(org),
            stranger: Some(403),
            rightful: 200,
        },
        Case {
            method: Method::POST,
            path: "/api/v1/orgs/bakery/invitations",
            body: Some(json!({"handle":"dan"})),
            stranger: Some(403),
            rightful: 204,
        },
        Case {
            method: Method::POST,
            path: "/api/v1/orgs/bakery/accept",
            body: None,
            stranger: Some(403),
            rightful: 204,
        },
        Case {
            method: Method::DELETE,
            path: "/api/v1/orgs/bakery/members/dan",
            body: None,
            stranger: Some(403),
            rightful: 204,
        },
        Case {
            method: Method::POST,
            path: "/api/v1/orgs/bakery/leave",
            body: None,
            stranger: Some(409),
            rightful: 204,
        },
        Case {
            method: Method::POST,
            path: "/api/v1/commons/rye/revisions/2/revert",
            body: None,
            stranger: Some(403),
            rightful: 201,
        },
        Case {
            method: Method::DELETE,
            path: "/api/v1/commons/rye",
            body: None,
            stranger: Some(403),
            rightful: 200,
        },
        Case {
            method: Method::POST,
            path: "/api/v1/me/password",
            body: Some(
                json!({"current_password":"correct horse battery","new_password":"a new long password",
                       "revoke_tokens": false}),
            ),
            stranger: None,
            rightful: 204,
        },
    ];
    app.api_user("dan").await;
    for case in cases {
        let send = |token: Option<&str>| {
            let mut rb = c.request(case.method.clone(), app.url(case.path));
            if let Some(t) = token {
                rb = rb.bearer_auth(t);
            }
            if let Some(b) = &case.body {
                rb = rb.json(b);
            }
            rb.send()
        };
        let before = app.journal_len().await;
        let anon = send(None).await.unwrap();
        assert_eq!(
            anon.status(),
            StatusCode::UNAUTHORIZED,
            "anonymous {} {}",
            case.method,
            case.path
        );
        if let Some(expected) = case.stranger {
            let r = send(Some(&carol)).await.unwrap();
            assert_eq!(
                r.status().as_u16(),
                expected,
                "stranger {} {}",
                case.method,
                case.path
            );
        }
        assert_eq!(
            app.journal_len().await,
            before,
            "refused calls journal nothing ({})",
            case.path
        );
        // The rightful role: the org admin for org changes, bob (the invitee, then member)
        // for accept and leave, the caller themself otherwise.
        let who = match case.path {
            "/api/v1/orgs/bakery/accept" | "/api/v1/orgs/bakery/leave" => &bob,
            _ => &ada,
        };
        let r = send(Some(who)).await.unwrap();
        let status = r.status().as_u16();
        assert_eq!(
            status,
            case.rightful,
            "rightful {} {}: {}",
            case.method,
            case.path,
            r.text().await.unwrap_or_default()
        );
    }
    // Revoking a token: anonymous 401, someone else's token is 404, the owner's 204.
    let list: Value = c
        .get(app.url("/api/v1/tokens"))
        .bearer_auth(&ada)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = list[0]["id"].as_str().unwrap();
    let path = app.url(&format!("/api/v1/tokens/{id}"));
    assert_eq!(
        c.delete(&path).send().await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        c.delete(&path)
            .bearer_auth(&carol)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        c.delete(&path)
            .bearer_auth(&ada)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );
}

/// Sends one case as anonymous (401), as the stranger carol (if the case has one), then
/// as the rightful caller; refusals must journal nothing.
async fn check_case(app: &TestApp, case: &Case, carol: &str, who: &str) -> reqwest::Response {
    let c = app.program();
    let send = |token: Option<&str>| {
        let mut rb = c.request(case.method.clone(), app.url(case.path));
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        if let Some(b) = &case.body {
            rb = rb.json(b);
        }
        rb.send()
    };
    let before = app.journal_len().await;
    let anon = send(None).await.unwrap();
    assert_eq!(
        anon.status(),
        StatusCode::UNAUTHORIZED,
        "anonymous {} {}",
        case.method,
        case.path
    );
    if let Some(expected) = case.stranger {
        let r = send(Some(carol)).await.unwrap();
        assert_eq!(
            r.status().as_u16(),
            expected,
            "stranger {} {}",
            case.method,
            case.path
        );
    }
    assert_eq!(
        app.journal_len().await,
        before,
        "refused calls journal nothing ({})",
        case.path
    );
    let r = send(Some(who)).await.unwrap();
    assert_eq!(
        r.status().as_u16(),
        case.rightful,
        "rightful {} {}",
        case.method,
        case.path
    );
    r
}

/// Discussion: anyone signed in starts threads and comments (no stranger there); only a
/// comment's author edits or deletes it — a maintainer of the commons is a stranger too.
#[tokio::test]
async fn api_matrix_discussion() {
    let app = TestApp::spawn().await;
    let (ada, bob, carol) = world(&app).await;
    let create = |path: &'static str, body: Value| Case {
        method: Method::POST,
        path,
        body: Some(body),
        stranger: None,
        rightful: 201,
    };
    let cases = [
        create(
            "/api/v1/commons/rye/threads",
            json!({"title":"Rye","body":"Coarse?"}),
        ),
        create(
            "/api/v1/commons/rye/threads/1/comments",
            json!({"body":"Yes."}),
        ),
        create(
            "/api/v1/commons/rye/contributions/1/comments",
            json!({"body":"Nice."}),
        ),
    ];
    let mut comment = String::new();
    for case in &cases {
        let v: Value = check_case(&app, case, &carol, &bob)
            .await
            .json()
            .await
            .unwrap();
        if comment.is_empty() {
            comment = v["comments"][0]["id"].as_str().unwrap().to_string();
        }
    }
    let path: &'static str = format!("/api/v1/comments/{comment}").leak();
    for (method, body, rightful) in [
        (Method::PUT, Some(json!({"body":"Coarser?"})), 200),
        (Method::DELETE, None, 200),
    ] {
        let case = Case {
            method,
            path,
            body,
            stranger: Some(403),
            rightful,
        };
        check_case(&app, &case, &ada, &bob).await;
    }
}

/// The discussion forms: anonymous 401, a stranger 403 on someone else's comment, the
/// author (or anyone signed in, for new threads and comments) lands on the thread.
#[tokio::test]
async fn page_matrix_discussion() {
    let app = TestApp::spawn().await;
    world(&app).await;
    let bob = app.signed_in_browser("bobby").await;
    let carol = app.signed_in_browser("carola").await;
    let page = "/commons/rye/threads";
    // Anyone signed in may start a thread or comment, so these have no stranger.
    let first: &[(&str, &[(&str, &str)])] = &[
        (
            "/commons/rye/threads",
            &[("title", "Rye"), ("body", "Coarse?")],
        ),
        ("/commons/rye/threads/1/comments", &[("body", "Yes.")]),
        (
            "/commons/rye/contributions/1/comments",
            &[("body", "Nice.")],
        ),
    ];
    let html = bob.get(app.url("/commons/rye/threads/1")).send().await;
    assert_eq!(
        html.unwrap().status(),
        StatusCode::NOT_FOUND,
        "no thread yet"
    );
    let mut comment = String::new();
    for (action, fields) in first.iter().copied() {
        let before = app.journal_len().await;
        let anon = app.browser();
        let r = app.post_form(&anon, "/signin", action, fields).await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "anonymous {action}");
        assert_eq!(
            app.journal_len().await,
            before,
            "refused forms journal nothing ({action})"
        );
        let r = app.post_form(&bob, page, action, fields).await;
        assert_eq!(r.status(), StatusCode::OK, "rightful {action}");
        if comment.is_empty() {
            let html = r.text().await.unwrap();
            let at = html.find("id=\"comment-").unwrap() + "id=\"comment-".len();
            comment = html[at..at + 36].to_string();
        }
    }
    let edit = format!("/comments/{comment}/edit");
    let delete = format!("/comments/{comment}/delete");
    for (action, fields) in [
        (edit.as_str(), &[("body", "Coarser?")][..]),
        (delete.as_str(), &[][..]),
    ] {
        let before = app.journal_len().await;
        let r = app
            .post_form(&app.browser(), "/signin", action, fields)
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "anonymous {action}");
        let r = app.post_form(&carol, page, action, fields).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "stranger {action}");
        assert_eq!(
            app.journal_len().await,
            before,
            "refused forms journal nothing ({action})"
        );
        let r = app.post_form(&bob, page, action, fields).await;
        assert_eq!(r.status(), StatusCode::OK, "rightful {action}");
    }
}

/// (action, fields, status for a stranger, the rightful browser)
type FormCase<'a> = (
    &'a str,
    &'a [(&'a str, &'a str)],
    Option<u16>,
    &'a reqwest::Client,
);

#[tokio::test]
async fn page_matrix() {
    let app = TestApp::spawn().await;
    let ada = app.signed_in_browser("ada").await;
    let bob = app.signed_in_browser("bob").await;
    let carol = app.signed_in_browser("carol").await;
    let _dan = app.signed_in_browser("dan").await;
    app.post_form(
        &ada,
        "/orgs/new",
        "/orgs",
        &[
            ("handle", "bakery"),
            ("name", "Bakery"),
            ("kind", "cooperative"),
        ],
    )
    .await;
    app.post_form(
        &ada,
        "/orgs/bakery",
        "/orgs/bakery/invite",
        &[("handle", "bob")],
    )
    .await;
    let org_fields: &[(&str, &str)] = &[("name", "Bakery"), ("kind", "cooperative")];
    // (action, fields, stranger status, rightful browser)
    let cases: Vec<FormCase> = vec![
        ("/settings/profile", &[("display_name", "Ada")], None, &ada),
        ("/settings/tokens", &[("name", "t")], None, &ada),
        (
            "/orgs",
            &[("handle", "mill"), ("name", "Mill"), ("kind", "phyle")],
            None,
            &ada,
        ),
        ("/orgs/bakery/edit", org_fields, Some(403), &ada),
        ("/orgs/bakery/invite", &[("handle", "dan")], Some(403), &ada),
        ("/orgs/bakery/accept", &[], Some(403), &bob),
        ("/orgs/bakery/members/dan/remove", &[], Some(403), &ada),
        ("/orgs/bakery/leave", &[], Some(409), &bob),
        (
            "/settings/password",
            &[
                ("current_password", "correct horse battery"),
                ("new_password", "a new long password"),
            ],
            None,
            &ada,
        ),
        ("/signout", &[], None, &ada),
    ];
    for (action, fields, stranger, rightful) in cases {
        let before = app.journal_len().await;
        // Anonymous, with a valid form token of its own: refused for want of a session
        // (sign-out is the exception: signing out while signed out is harmless).
        let anon = app.browser();
        let r = app.post_form(&anon, "/signin", action, fields).await;
        if action == "/signout" {
            assert_eq!(r.status(), StatusCode::OK);
        } else {
            assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "anonymous {action}");
        }
        if let Some(expected) = stranger {
            let r = app.post_form(&carol, "/settings", action, fields).await;
            assert_eq!(r.status().as_u16(), expected, "stranger {action}");
        }
        assert_eq!(
            app.journal_len().await,
            before,
            "refused forms journal nothing ({action})"
        );
        let r = app.post_form(rightful, "/settings", action, fields).await;
        assert_eq!(
            r.status(),
            StatusCode::OK,
            "rightful {action}: {}",
            r.text().await.unwrap_or_default()
        );
    }
    // Revoking someone else's token is a 404; the owner's works.
    let html = ada.get(app.url("/settings")).send().await;
    assert_eq!(
        html.unwrap().status(),
        StatusCode::UNAUTHORIZED,
        "ada signed out last"
    );
    let t = app.api_user("erin").await;
    let list: Value = app
        .program()
        .get(app.url("/api/v1/tokens"))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = list[0]["id"].as_str().unwrap();
    let action = format!("/settings/tokens/{id}/revoke");
    let r = app.post_form(&carol, "/settings", &action, &[]).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let erin = app.browser();
    app.post_form(
        &erin,
        "/signin",
        "/signin",
        &[("handle", "erin"), ("password", "correct horse battery")],
    )
    .await;
    let r = app.post_form(&erin, "/settings", &action, &[]).await;
    assert_eq!(r.status(), StatusCode::OK);
}
