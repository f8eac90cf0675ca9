//! People and organizations through the pages: signing up, in and out, sessions and
//! their cookies, settings (profile, password, tokens), organization pages and forms.

use crate::support::{TestApp, expect_page_error};
use reqwest::StatusCode;
use serde_json::{Value, json};

#[tokio::test]
async fn sign_up_sign_out_sign_in_through_pages() {
    let app = TestApp::spawn().await;
    let b = app.signed_in_browser("ada").await;
    let profile = b
        .get(app.url("/people/ada"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(profile.contains("ada tester"));
    assert!(profile.contains("Sign out"), "signed in after sign-up");

    let r = app.post_form(&b, "/", "/signout", &[]).await;
    assert_eq!(r.status(), StatusCode::OK);
    let settings = b.get(app.url("/settings")).send().await.unwrap();
    expect_page_error(settings, 401, "sign in").await;

    let r = app
        .post_form(
            &b,
            "/signin",
            "/signin",
            &[("handle", "ada"), ("password", "correct horse battery")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        b.get(app.url("/settings")).send().await.unwrap().status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn session_cookie_is_httponly_and_lax() {
    let app = TestApp::spawn().await;
    let b = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    let token = app.csrf(&b, "/signup").await;
    let r = b
        .post(app.url("/signup"))
        .form(&[
            ("csrf", token.as_str()),
            ("handle", "ada"),
            ("display_name", "Ada"),
            ("password", "correct horse battery"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("cf_session="))
        .expect("session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "not Secure over plain http: {cookie}"
    );
}

#[tokio::test]
async fn secure_cookies_when_configured() {
    let app = TestApp::spawn_with(|c| c.secure_cookies = true).await;
    let r = app.program().get(app.url("/signup")).send().await.unwrap();
    let cookie = r
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.contains("Secure"), "{cookie}");
}

#[tokio::test]
async fn expired_session_is_refused() {
    let app = TestApp::spawn_with(|c| c.session_days = 0).await;
    let b = app.signed_in_browser("ada").await;
    expect_page_error(
        b.get(app.url("/settings")).send().await.unwrap(),
        401,
        "expired",
    )
    .await;
}

#[tokio::test]
async fn token_created_in_settings_is_shown_once_and_works() {
    let app = TestApp::spawn().await;
    let b = app.signed_in_browser("ada").await;
    let html = app
        .post_form(
            &b,
            "/settings",
            "/settings/tokens",
            &[("name", "my script")],
        )
        .await
        .text()
        .await
        .unwrap();
    let start = html.find("id=\"new-token\">").expect("token shown") + "id=\"new-token\">".len();
    let token = &html[start..start + 64];
    let me: Value = app
        .program()
        .get(app.url("/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["handle"], "ada");
    let again = b
        .get(app.url("/settings"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!again.contains(token), "a token is shown only once");
}

#[tokio::test]
async fn profile_edit_and_password_change() {
    let app = TestApp::spawn().await;
    let b = app.signed_in_browser("ada").await;
    let r = app
        .post_form(
            &b,
            "/settings",
            "/settings/profile",
            &[
                ("display_name", "Ada L."),
                ("bio", "I write programs."),
                ("email", "ada@example.org"),
            ],
        )
        .await;
    let page = r.text().await.unwrap();
    assert!(page.contains("Ada L.") && page.contains("I write programs."));
    assert!(!page.contains("ada@example.org"), "email is private");
    let public: Value = app
        .program()
        .get(app.url("/api/v1/people/ada"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(public.get("email").is_none());

    let r = app
        .post_form(
            &b,
            "/settings",
            "/settings/password",
            &[
                ("current_password", "wrong one!!"),
                ("new_password", "another long one"),
            ],
        )
        .await;
    expect_page_error(r, 403, "current password is wrong").await;
    let r = app
        .post_form(
            &b,
            "/settings",
            "/settings/password",
            &[
                ("current_password", "correct horse battery"),
                ("new_password", "another long one"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    // This browser stays signed in; the new password works for a new sign-in.
    assert_eq!(
        b.get(app.url("/settings")).send().await.unwrap().status(),
        StatusCode::OK
    );
    let r = app
        .program()
        .post(app.url("/api/v1/tokens"))
        .json(&json!({"name":"x","handle":"ada","password":"another long one"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn password_change_ends_other_sessions() {
    let app = TestApp::spawn().await;
    let b1 = app.signed_in_browser("ada").await;
    let b2 = app.browser();
    app.post_form(
        &b2,
        "/signin",
        "/signin",
        &[("handle", "ada"), ("password", "correct horse battery")],
    )
    .await;
    assert_eq!(
        b2.get(app.url("/settings")).send().await.unwrap().status(),
        StatusCode::OK
    );
    app.post_form(
        &b1,
        "/settings",
        "/settings/password",
        &[
            ("current_password", "correct horse battery"),
            ("new_password", "another long one"),
        ],
    )
    .await;
    assert_eq!(
        b2.get(app.url("/settings")).send().await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        b1.get(app.url("/settings")).send().await.unwrap().status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_password_change_revokes_api_tokens_unless_asked_not_to() {
    let app = TestApp::spawn().await;
    let first = app.api_user("ada").await;
    let token = |password: &'static str| {
        let c = app.program();
        let url = app.url("/api/v1/tokens");
        async move {
            let r = c
                .post(url)
                .json(&json!({"name": "x", "handle": "ada", "password": password}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::CREATED);
            r.json::<Value>().await.unwrap()["token"]
                .as_str()
                .unwrap()
                .to_string()
        }
    };
    let works = |t: String| {
        let c = app.program();
        let url = app.url("/api/v1/me");
        async move { c.get(url).bearer_auth(t).send().await.unwrap().status() }
    };
    let change = |t: String, from: &'static str, to: &'static str, body: Value| {
        let c = app.program();
        let url = app.url("/api/v1/me/password");
        let mut body = body;
        body["current_password"] = from.into();
        body["new_password"] = to.into();
        async move {
            c.post(url)
                .bearer_auth(t)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    let second = token("correct horse battery").await;
    // Keeping them, when asked.
    let s = change(
        first.clone(),
        "correct horse battery",
        "a second long one",
        json!({"revoke_tokens": false}),
    )
    .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    assert_eq!(works(second.clone()).await, StatusCode::OK);
    // By default the others are revoked; the one that asked keeps working.
    let s = change(
        first.clone(),
        "a second long one",
        "a third long one",
        json!({}),
    )
    .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    assert_eq!(works(second).await, StatusCode::UNAUTHORIZED);
    assert_eq!(works(first.clone()).await, StatusCode::OK);

    // On the settings page the box is ticked, and revokes every token.
    let b = app.browser();
    app.post_form(
        &b,
        "/signin",
        "/signin",
        &[("handle", "ada"), ("password", "a third long one")],
    )
    .await;
    let page = app.page(&b, "/settings").await;
    assert!(page.contains("name=\"revoke_tokens\" value=\"yes\" checked"));
    let r = app
        .post_form(
            &b,
            "/settings",
            "/settings/password",
            &[
                ("current_password", "a third long one"),
                ("new_password", "a fourth long one"),
                ("revoke_tokens", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(works(first).await, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn organization_pages_show_kind_members_and_history() {
    let app = TestApp::spawn().await;
    let ada = app.signed_in_browser("ada").await;
    let _bob = app.signed_in_browser("bob").await;
    let r = app
        .post_form(
            &ada,
            "/orgs/new",
            "/orgs",
            &[
                ("handle", "city"),
                ("name", "City of Lagomar"),
                ("kind", "public_body"),
                ("description", ""),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.url().path(), "/orgs/city");
    let r = app
        .post_form(
            &ada,
            "/orgs/city",
            "/orgs/city/invite",
            &[("handle", "bob"), ("role", "member")],
        )
        .await;
    let page = r.text().await.unwrap();
    assert!(page.contains("Public body"));
    assert!(page.contains("@bob") && page.contains("invited"));
    assert!(page.contains("History") && page.contains("@ada invited @bob to @city as member"));
    let list = app
        .program()
        .get(app.url("/orgs"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(list.contains("City of Lagomar"));
}

#[tokio::test]
async fn invite_accept_leave_and_remove_through_pages() {
    let app = TestApp::spawn().await;
    let ada = app.signed_in_browser("ada").await;
    let bob = app.signed_in_browser("bob").await;
    app.post_form(
        &ada,
        "/orgs/new",
        "/orgs",
        &[
            ("handle", "coop"),
            ("name", "Coop"),
            ("kind", "cooperative"),
        ],
    )
    .await;
    app.post_form(
        &ada,
        "/orgs/coop",
        "/orgs/coop/invite",
        &[("handle", "bob")],
    )
    .await;
    let page = app
        .post_form(&bob, "/orgs/coop", "/orgs/coop/accept", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Leave"), "bob is a member now");
    let page = app
        .post_form(&bob, "/orgs/coop", "/orgs/coop/leave", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains("/orgs/coop/leave"), "bob left");
    app.post_form(
        &ada,
        "/orgs/coop",
        "/orgs/coop/invite",
        &[("handle", "bob")],
    )
    .await;
    let r = app
        .post_form(&ada, "/orgs/coop", "/orgs/coop/members/bob/remove", &[])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let detail: Value = app
        .program()
        .get(app.url("/api/v1/orgs/coop"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(detail["members"].as_array().unwrap().len(), 1);
}

/// Sign-up lands on a first page that says what a newcomer can do here: commons to
/// contribute to, organizations to join, what is happening, and where to say who they are.
#[tokio::test]
async fn a_newcomer_lands_on_a_page_that_says_what_they_can_do() {
    let app = crate::support::TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let b = app.browser();
    let r = app
        .post_form(
            &b,
            "/signup",
            "/signup",
            &[
                ("handle", "newt"),
                ("display_name", "Newt"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(r.url().path(), "/welcome");
    let html = r.text().await.unwrap();
    for needle in [
        "<h1>Welcome</h1>",
        r#"href="/commons/lagomar-repair-manuals""#,
        r#"href="/orgs/lagomar-city""#,
        r#"href="/settings""#,
        r#"class="events""#,
    ] {
        assert!(html.contains(needle), "{needle} in {html}");
    }
    // In French, the commons read in French where they can.
    let fr = b
        .get(app.url("/welcome"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(fr.contains("Manuels de réparation de Lagomar") && fr.contains("Bienvenue"));
    // Signed out, the same page offers to sign up.
    let out = app.page(&app.browser(), "/welcome").await;
    assert!(
        out.contains(r#"href="/signup" class="button""#)
            && !out.contains(r#"<p><a href="/settings">"#)
    );
}

/// A refused sign-up shows the form again as entered (never the password), the refusal's
/// words beside the field it is about and tied to it, in the page's language; nothing is
/// saved.
#[tokio::test]
async fn a_refused_sign_up_shows_the_form_again_with_the_error_beside_its_field() {
    let app = crate::support::TestApp::spawn().await;
    app.person("ada").await;
    let b = app.browser();
    let before = app.rows("people").await;
    let r = app
        .post_form(
            &b,
            "/signup",
            "/signup",
            &[
                ("handle", "ada"),
                ("display_name", "Another Ada"),
                ("email", "other@example.org"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(r.status(), 409);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(r#"value="ada" aria-invalid="true" aria-describedby="error-handle""#),
        "{html}"
    );
    assert!(html.contains(r#"<span class="field-error" id="error-handle" role="alert">"#));
    assert!(
        html.contains(r#"value="Another Ada""#) && html.contains(r#"value="other@example.org""#)
    );
    assert!(
        !html.contains("correct horse battery"),
        "the password is never sent back"
    );
    assert_eq!(app.rows("people").await, before);

    // A short password, in Italian: the words beside the password field, in Italian.
    let r = b
        .post(app.url("/signup"))
        .header("accept-language", "it")
        .form(&[
            ("csrf", app.csrf(&b, "/signup").await.as_str()),
            ("handle", "bea"),
            ("display_name", "Bea"),
            ("password", "short"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"<html lang="it">"#));
    assert!(
        html.contains(r#"aria-describedby="error-password""#),
        "{html}"
    );
    assert!(html.contains("Non è stato salvato nulla"), "{html}");
}

/// A refused new organization comes back as entered, the refusal beside its field.
#[tokio::test]
async fn a_refused_new_organization_shows_the_form_again_with_the_error_beside_its_field() {
    let app = crate::support::TestApp::spawn().await;
    let ada = app.person("ada").await;
    let b = app.browser_of(&ada).await;
    let before = app.rows("organizations").await;
    for (handle, website, status, field) in [
        ("ada", "", 409, "handle"),
        ("bakers", "ftp://bakers.example", 422, "website"),
    ] {
        let r = app
            .post_form(
                &b,
                "/orgs/new",
                "/orgs",
                &[
                    ("handle", handle),
                    ("name", "The Bakers"),
                    ("kind", "cooperative"),
                    ("description", "We bake."),
                    ("website", website),
                ],
            )
            .await;
        assert_eq!(r.status(), status, "{field}");
        let html = r.text().await.unwrap();
        assert!(
            html.contains(&format!(r#"aria-describedby="error-{field}""#)),
            "{field}: {html}"
        );
        assert!(html.contains(r#"value="The Bakers""#) && html.contains("We bake.</textarea>"));
        assert!(
            html.contains(r#"<option value="cooperative" selected>"#),
            "{html}"
        );
    }
    assert_eq!(app.rows("organizations").await, before);
}
