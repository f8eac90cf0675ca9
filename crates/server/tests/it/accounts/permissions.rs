//! Who may change people and organizations: every mutating call tried by an anonymous
//! client, a signed-in stranger and the rightful role, on the API and through the forms
//! (the shared check in `support::roles`).

use crate::support::{ApiCall, PASSWORD, TestApp};
use serde_json::{Value, json};

#[tokio::test]
async fn api() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let carol = app.person("carol").await;
    app.person("dan").await;
    app.org("bakery").admin(&ada).invited(&bob).await;
    let org = json!({"name":"Bakery","kind":"cooperative","description":"","website":""});
    // In order: each rightful call leaves the world ready for the next. Calls about
    // oneself have no stranger.
    let own = [
        ApiCall::patch("/api/v1/me", json!({"bio":"hi"})),
        ApiCall::post("/api/v1/tokens", json!({"name":"n"})),
        ApiCall::post(
            "/api/v1/orgs",
            json!({"handle":"mill","name":"Mill","kind":"cooperative"}),
        ),
    ];
    for call in &own {
        app.check_roles(call, None, (&ada, call_status(call))).await;
    }
    let admin = ApiCall::put("/api/v1/orgs/bakery", org);
    app.check_roles(&admin, Some((&carol, 403)), (&ada, 200))
        .await;
    let invite = ApiCall::post("/api/v1/orgs/bakery/invitations", json!({"handle":"dan"}));
    app.check_roles(&invite, Some((&carol, 403)), (&ada, 204))
        .await;
    let accept = ApiCall::act("/api/v1/orgs/bakery/accept");
    app.check_roles(&accept, Some((&carol, 403)), (&bob, 204))
        .await;
    let remove = ApiCall::delete("/api/v1/orgs/bakery/members/dan");
    app.check_roles(&remove, Some((&carol, 403)), (&ada, 204))
        .await;
    // Leaving is for members: a stranger has nothing to leave.
    let leave = ApiCall::act("/api/v1/orgs/bakery/leave");
    app.check_roles(&leave, Some((&carol, 409)), (&bob, 204))
        .await;
    let password = ApiCall::post(
        "/api/v1/me/password",
        json!({"current_password": PASSWORD, "new_password":"a new long password",
               "revoke_tokens": false}),
    );
    app.check_roles(&password, None, (&ada, 204)).await;

    // A token is revoked by its owner only; someone else's is not found for them.
    let list: Value = app
        .call_as(
            Some(&ada),
            reqwest::Method::GET,
            "/api/v1/tokens",
            None,
            200,
        )
        .await;
    let id = list[0]["id"].as_str().unwrap();
    let revoke = ApiCall::delete(format!("/api/v1/tokens/{id}"));
    app.check_roles(&revoke, Some((&carol, 404)), (&ada, 204))
        .await;
}

fn call_status(call: &ApiCall) -> u16 {
    if call.method == reqwest::Method::PATCH {
        200
    } else {
        201
    }
}

#[tokio::test]
async fn forms() {
    let app = TestApp::spawn().await;
    let (ada, bob, carol, dan) = (
        app.person("ada").await,
        app.person("bob").await,
        app.person("carol").await,
        app.person("dan").await,
    );
    app.org("bakery").admin(&ada).invited(&bob).await;
    let (a, b, c) = (
        app.browser_of(&ada).await,
        app.browser_of(&bob).await,
        app.browser_of(&carol).await,
    );
    // Calls about oneself have no stranger.
    for (action, fields) in [
        ("/settings/profile", &[("display_name", "Ada")][..]),
        ("/settings/tokens", &[("name", "t")][..]),
        (
            "/orgs",
            &[
                ("handle", "mill"),
                ("name", "Mill"),
                ("kind", "cooperative"),
            ][..],
        ),
    ] {
        app.check_form_roles(action, fields, None, &a).await;
    }
    let org_fields: &[(&str, &str)] = &[("name", "Bakery"), ("kind", "cooperative")];
    let invite: &[(&str, &str)] = &[("handle", &dan.handle)];
    for (action, fields, stranger, rightful) in [
        ("/orgs/bakery/edit", org_fields, 403, &a),
        ("/orgs/bakery/invite", invite, 403, &a),
        ("/orgs/bakery/accept", &[][..], 403, &b),
        ("/orgs/bakery/members/dan/remove", &[][..], 403, &a),
        ("/orgs/bakery/leave", &[][..], 409, &b),
    ] {
        app.check_form_roles(action, fields, Some((&c, stranger)), rightful)
            .await;
    }
    let password = [
        ("current_password", PASSWORD),
        ("new_password", "a new long password"),
    ];
    app.check_form_roles("/settings/password", &password, None, &a)
        .await;

    // Revoking someone else's token is a 404; the owner's works.
    let list: Value = app
        .call_as(
            Some(&dan),
            reqwest::Method::GET,
            "/api/v1/tokens",
            None,
            200,
        )
        .await;
    let id = list[0]["id"].as_str().unwrap();
    let action = format!("/settings/tokens/{id}/revoke");
    let d = app.browser_of(&dan).await;
    app.check_form_roles(&action, &[], Some((&c, 404)), &d)
        .await;

    // Signing out while signed out is harmless, so it is the one form anyone may send.
    let anon = app.browser();
    let r = app.post_form(&anon, "/signin", "/signout", &[]).await;
    assert_eq!(r.status(), 200);
    let r = app.post_form(&a, "/settings", "/signout", &[]).await;
    assert_eq!(r.status(), 200);
    let r = a.get(app.url("/settings")).send().await.unwrap();
    assert_eq!(r.status(), 401, "ada is signed out");
}
