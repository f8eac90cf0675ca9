//! Commons pages: the create form, the textarea editor, review buttons by role, and
//! Markdown rendered without scripts.

use super::get;
use crate::support::TestApp;
use reqwest::StatusCode;

/// Creates the commons `bread` through the create form as `browser`, which becomes its
/// maintainer.
pub(super) async fn create_bread_by_form(app: &TestApp, browser: &reqwest::Client) {
    let fields = [
        ("handle", "bread"),
        ("name", "Bread recipes"),
        ("summary", "Sourdough, shared."),
        ("kind", "knowledge"),
        ("licence", "CC-BY-SA-4.0"),
        ("home_org", ""),
    ];
    let r = app
        .post_form(browser, "/commons/new", "/commons", &fields)
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.text().await.unwrap().contains("Sourdough, shared."));
}

#[tokio::test]
async fn pages_create_edit_review_and_render_markdown_safely() {
    let app = TestApp::spawn().await;
    let ada = app.signed_in_browser("ada").await;
    let bob = app.signed_in_browser("bob").await;
    create_bread_by_form(&app, &ada).await;

    let base = get(&app, "/api/v1/commons/bread").await["head"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let text = "# Hi\n\n<script>alert(1)</script>\n";
    let edit = [
        ("path", "README.md"),
        ("text", text),
        ("message", "Say hi"),
        ("base", base.as_str()),
    ];
    let r = app
        .post_form(&bob, "/commons/bread/edit", "/commons/bread/propose", &edit)
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.url().path().ends_with("/contributions/1"));
    let page = r.text().await.unwrap();
    assert!(
        page.contains("Withdraw") && !page.contains("/accept"),
        "the author sees no accept button"
    );

    // Bob cannot accept through the form either; nothing changes.
    let r = app
        .post_form(
            &bob,
            "/commons/bread/contributions/1",
            "/commons/bread/contributions/1/accept",
            &[],
        )
        .await;
    crate::support::expect_page_error(r, 403, "maintainer").await;

    let page = ada
        .get(app.url("/commons/bread/contributions/1"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("/commons/bread/contributions/1/accept"),
        "maintainers see accept"
    );
    let r = app
        .post_form(
            &ada,
            "/commons/bread/contributions/1",
            "/commons/bread/contributions/1/accept",
            &[("comment", "Welcome")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.text().await.unwrap().contains("Welcome"));

    let anon = app.program();
    let file = anon
        .get(app.url("/commons/bread/files/README.md"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(file.contains("<h1>Hi</h1>"), "{file}");
    assert!(
        !file.contains("<script>alert"),
        "scripts are stripped: {file}"
    );
    let show = anon
        .get(app.url("/commons/bread"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(show.contains("README.md") && show.contains("@ada"));
    let r = anon
        .post(app.url("/commons/bread/contributions/1/reject"))
        .form(&[("csrf", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

/// A refused new commons comes back as entered, each refusal beside its field; nothing is
/// created.
#[tokio::test]
async fn a_refused_new_commons_shows_the_form_again_with_the_error_beside_its_field() {
    let app = crate::support::TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.commons("bread").maintained_by(&ada).await;
    let b = app.browser_of(&ada).await;
    let before = app.rows("commons").await;
    let fields = |handle: &'static str, licence: &'static str, home: &'static str| {
        [
            ("handle", handle),
            ("name", "Rye bread"),
            ("summary", "Sourdough, slowly."),
            ("kind", "design"),
            ("licence", licence),
            ("home_org", home),
        ]
    };
    for (fields, status, field) in [
        (fields("rye", "Not-A-Licence", ""), 422, "licence"),
        (fields("bread", "MIT", ""), 409, "handle"),
        (fields("rye", "MIT", "nobody-org"), 404, "home_org"),
    ] {
        let r = app.post_form(&b, "/commons/new", "/commons", &fields).await;
        assert_eq!(r.status(), status, "{field}");
        let html = r.text().await.unwrap();
        assert!(
            html.contains(&format!(r#"aria-describedby="error-{field}""#))
                && html.contains(&format!(r#"id="error-{field}""#)),
            "{field}: {html}"
        );
        assert!(
            html.contains(r#"value="Rye bread""#) && html.contains("Sourdough, slowly.</textarea>")
        );
        assert!(
            html.contains(r#"<option value="design" selected>"#),
            "{html}"
        );
    }
    assert_eq!(app.rows("commons").await, before);
}
