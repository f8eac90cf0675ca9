//! The issue's bad-input list: each gets a 4xx with a clear message (problem+json on the
//! API, a page in the browser), never a 500, and nothing is half-written.

use crate::support::{TestApp, expect_page_error, expect_problem};
use serde_json::json;

struct Counts {
    journal: i64,
    people: i64,
    orgs: i64,
    memberships: i64,
}

async fn counts(app: &TestApp) -> Counts {
    Counts {
        journal: app.journal_len().await,
        people: app.rows("people").await,
        orgs: app.rows("organizations").await,
        memberships: app.rows("memberships").await,
    }
}

async fn unchanged(app: &TestApp, before: &Counts, what: &str) {
    let now = counts(app).await;
    assert_eq!(
        (now.journal, now.people, now.orgs, now.memberships),
        (
            before.journal,
            before.people,
            before.orgs,
            before.memberships
        ),
        "{what} wrote something"
    );
}

#[tokio::test]
async fn api_bad_input() {
    let app = TestApp::spawn_with(|c| c.max_body_bytes = 8192).await;
    let ada = app.api_user("ada").await;
    let c = app.program();
    let before = counts(&app).await;
    let post = |path: &str| {
        c.post(app.url(path))
            .header("content-type", "application/json")
    };

    let r = post("/api/v1/people")
        .body("{\"handle\": \"bob\",")
        .send()
        .await
        .unwrap();
    expect_problem(r, 400, "malformed_json").await;
    let r = post("/api/v1/people")
        .body(r#"{"handle": 5, "display_name": "B", "password": "correct horse battery"}"#)
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "invalid_fields").await;
    let r = post("/api/v1/people")
        .body(r#"{"handle": "bob"}"#)
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "invalid_fields").await;
    let r = post("/api/v1/people").body(r#"{"handle": "bob", "display_name": "B", "password": "correct horse battery", "admin": true}"#).send().await.unwrap();
    expect_problem(r, 422, "invalid_fields").await;
    let r = c
        .post(app.url("/api/v1/people"))
        .body("handle=bob")
        .send()
        .await
        .unwrap();
    expect_problem(r, 415, "unsupported_media_type").await;
    let big = json!({"handle": "bob", "display_name": "x".repeat(20_000), "password": "correct horse battery"});
    let r = c
        .post(app.url("/api/v1/people"))
        .json(&big)
        .send()
        .await
        .unwrap();
    expect_problem(r, 413, "body_too_large").await;

    for bad in ["bob smith", &"b".repeat(500), "Bob", "", "9lives", "new"] {
        let r = c
            .post(app.url("/api/v1/people"))
            .json(&json!({"handle": bad, "display_name": "B", "password": "correct horse battery"}))
            .send()
            .await
            .unwrap();
        expect_problem(r, 422, "invalid_handle").await;
    }
    let r = c
        .post(app.url("/api/v1/people"))
        .json(
            &json!({"handle": "ada", "display_name": "Other", "password": "correct horse battery"}),
        )
        .send()
        .await
        .unwrap();
    expect_problem(r, 409, "handle_taken").await;
    let r = c
        .post(app.url("/api/v1/people"))
        .json(&json!({"handle": "bob", "display_name": "B", "password": "short"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "weak_password").await;
    let r = c
        .post(app.url("/api/v1/people"))
        .json(&json!({"handle": "bob", "display_name": "  ", "password": "correct horse battery"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "missing_field").await;
    let r = c.post(app.url("/api/v1/people")).json(&json!({"handle": "bob", "display_name": "B", "email": "not an email", "password": "correct horse battery"})).send().await.unwrap();
    expect_problem(r, 422, "invalid_email").await;

    expect_problem(
        c.get(app.url("/api/v1/people/nobody"))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
    expect_problem(
        c.get(app.url("/api/v1/orgs/nothing")).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
    let r = c
        .post(app.url("/api/v1/tokens"))
        .json(&json!({"name": "x", "handle": "ada", "password": "wrong password"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 401, "wrong_credentials").await;
    let r = c
        .get(app.url("/api/v1/me"))
        .bearer_auth("not-a-token")
        .send()
        .await
        .unwrap();
    expect_problem(r, 401, "unauthorized").await;
    let r = c
        .get(app.url("/api/v1/me"))
        .header("authorization", "Basic abc")
        .send()
        .await
        .unwrap();
    expect_problem(r, 401, "unauthorized").await;

    // Organization input.
    let org = |v: serde_json::Value| {
        c.post(app.url("/api/v1/orgs"))
            .bearer_auth(&ada)
            .json(&v)
            .send()
    };
    expect_problem(
        org(json!({"handle": "a b", "name": "X", "kind": "phyle"}))
            .await
            .unwrap(),
        422,
        "invalid_handle",
    )
    .await;
    expect_problem(
        org(json!({"handle": "ab", "name": "", "kind": "phyle"}))
            .await
            .unwrap(),
        422,
        "missing_field",
    )
    .await;
    expect_problem(
        org(
            json!({"handle": "ab", "name": "X", "kind": "phyle", "website": "javascript:alert(1)"}),
        )
        .await
        .unwrap(),
        422,
        "invalid_website",
    )
    .await;
    expect_problem(
        org(json!({"handle": "ab", "name": "X", "kind": "phyle", "description": "d".repeat(5001)}))
            .await
            .unwrap(),
        422,
        "too_long",
    )
    .await;
    let r = c
        .post(app.url("/api/v1/orgs/nothing/invitations"))
        .bearer_auth(&ada)
        .json(&json!({"handle": "ada"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
    unchanged(&app, &before, "bad API input").await;

    // Duplicate organization handle, and inviting an unknown person.
    org(json!({"handle": "bakery", "name": "Bakery", "kind": "cooperative"}))
        .await
        .unwrap();
    let before = counts(&app).await;
    expect_problem(
        org(json!({"handle": "bakery", "name": "Other", "kind": "for_benefit"}))
            .await
            .unwrap(),
        409,
        "handle_taken",
    )
    .await;
    let r = c
        .post(app.url("/api/v1/orgs/bakery/invitations"))
        .bearer_auth(&ada)
        .json(&json!({"handle": "ghost"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
    let r = c
        .post(app.url("/api/v1/orgs/bakery/invitations"))
        .bearer_auth(&ada)
        .json(&json!({"handle": "ada", "role": "owner"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "invalid_fields").await;
    unchanged(&app, &before, "bad organization input").await;
}

#[tokio::test]
async fn revoked_token_is_refused() {
    let app = TestApp::spawn().await;
    let t = app.api_user("ada").await;
    let c = app.program();
    let list: serde_json::Value = c
        .get(app.url("/api/v1/tokens"))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = list[0]["id"].as_str().unwrap();
    c.delete(app.url(&format!("/api/v1/tokens/{id}")))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap();
    let before = counts(&app).await;
    let r = c
        .post(app.url("/api/v1/orgs"))
        .bearer_auth(&t)
        .json(&json!({"handle": "x1", "name": "X", "kind": "phyle"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 401, "unauthorized").await;
    unchanged(&app, &before, "revoked token").await;
}

#[tokio::test]
async fn page_bad_input() {
    let app = TestApp::spawn_with(|c| c.max_body_bytes = 4096).await;
    let ada = app.signed_in_browser("ada").await;
    let before = counts(&app).await;
    let anon = app.browser();

    let r = app
        .post_form(
            &anon,
            "/signup",
            "/signup",
            &[
                ("handle", "bob smith"),
                ("display_name", "Bob"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    expect_page_error(r, 422, "no spaces").await;
    let r = app
        .post_form(
            &anon,
            "/signup",
            "/signup",
            &[
                ("handle", "ada"),
                ("display_name", "Bob"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    expect_page_error(r, 409, "taken by a person").await;
    let r = app
        .post_form(
            &anon,
            "/signup",
            "/signup",
            &[
                ("handle", "bob"),
                ("display_name", "Bob"),
                ("password", "short"),
            ],
        )
        .await;
    expect_page_error(r, 422, "at least 10 characters").await;
    let r = app
        .post_form(&anon, "/signup", "/signup", &[("handle", "bob")])
        .await;
    expect_page_error(r, 422, "reload the page").await;
    let r = app
        .post_form(
            &anon,
            "/signin",
            "/signin",
            &[("handle", "ada"), ("password", "wrong password")],
        )
        .await;
    expect_page_error(r, 401, "wrong").await;

    // Forged CSRF token and a form without one.
    let r = anon
        .post(app.url("/signup"))
        .form(&[
            ("csrf", "f".repeat(64).as_str()),
            ("handle", "bob"),
            ("display_name", "Bob"),
            ("password", "correct horse battery"),
        ])
        .send()
        .await
        .unwrap();
    expect_page_error(r, 403, "reload the page").await;
    let r = ada
        .post(app.url("/orgs"))
        .form(&[
            ("csrf", "nope"),
            ("handle", "xx"),
            ("name", "X"),
            ("kind", "phyle"),
        ])
        .send()
        .await
        .unwrap();
    expect_page_error(r, 403, "stale").await;
    let fresh = reqwest::Client::new();
    let r = fresh
        .post(app.url("/signup"))
        .form(&[("csrf", "f".repeat(64).as_str()), ("handle", "bob")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status().as_u16(),
        422,
        "missing fields are reported before the token check"
    );

    let big = "x".repeat(10_000);
    let r = app
        .post_form(
            &ada,
            "/orgs/new",
            "/orgs",
            &[("handle", "xx"), ("name", &big), ("kind", "phyle")],
        )
        .await;
    expect_page_error(r, 413, "larger than").await;
    let r = app
        .post_form(
            &ada,
            "/orgs/new",
            "/orgs",
            &[("handle", "xx"), ("name", "X"), ("kind", "bank")],
        )
        .await;
    expect_page_error(r, 422, "is not one of").await;
    expect_page_error(
        anon.get(app.url("/people/nobody")).send().await.unwrap(),
        404,
        "does not exist",
    )
    .await;
    expect_page_error(
        anon.get(app.url("/orgs/nothing")).send().await.unwrap(),
        404,
        "does not exist",
    )
    .await;
    expect_page_error(
        anon.get(app.url("/no/such/page")).send().await.unwrap(),
        404,
        "does not exist",
    )
    .await;
    unchanged(&app, &before, "bad page input").await;
}

#[tokio::test]
async fn nul_characters_and_invisible_controls_are_refused_or_neutralised() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    let before = counts(&app).await;
    let c = app.program();
    // A NUL in JSON text: a 422 on both engines, nothing written.
    let r = c
        .post(app.url("/api/v1/people"))
        .header("content-type", "application/json")
        .body(r#"{"handle":"nul","display_name":"a\u0000b","password":"correct horse battery"}"#)
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "nul_character").await;
    let r = c
        .post(app.url("/api/v1/orgs"))
        .bearer_auth(&ada)
        .header("content-type", "application/json")
        .body(r#"{"handle":"nulorg","name":"x","kind":"cooperative","description":"\u0000"}"#)
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "nul_character").await;
    // In a form, too.
    let b = app.browser();
    let r = app
        .post_form(
            &b,
            "/signup",
            "/signup",
            &[
                ("handle", "nulform"),
                ("display_name", "a\u{0}b"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    expect_page_error(r, 422, "NUL").await;
    unchanged(&app, &before, "NUL characters").await;

    // A right-to-left override in a file path is refused; in a name it is removed.
    let r = c
        .post(app.url("/api/v1/commons"))
        .bearer_auth(&ada)
        .json(
            &json!({"handle": "bidi", "name": "Bidi\u{202E}gnp.exe", "summary": "",
                      "kind": "data", "licence": "CC0-1.0"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let commons: serde_json::Value = r.json().await.unwrap();
    assert_eq!(commons["name"], "Bidignp.exe");
    let r = c
        .post(app.url("/api/v1/commons/bidi/changes"))
        .bearer_auth(&ada)
        .json(&json!({"message": "x", "files": [
            {"path": "docs/\u{202E}txt.exe", "op": "add", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "path_invisible_character").await;
    let r = c
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&ada)
        .json(&json!({"display_name": "\u{2067}Ada\u{2069} Lovelace"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let me: serde_json::Value = r.json().await.unwrap();
    assert_eq!(me["display_name"], "Ada Lovelace");
}
