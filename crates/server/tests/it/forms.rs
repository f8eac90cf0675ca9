//! Every form of the pages, refused, comes back as entered in the signed-in layout, with
//! the refusal's words beside the field it is about and tied to it (`aria-invalid`,
//! `aria-describedby`), and the refusal's status; nothing is written.

use crate::support::TestApp;
use crate::support::{Commons, Person};
use reqwest::Client;

/// Asserts that `html` is the page again with the refusal beside `field`, in the layout of
/// a signed-in person.
fn refused_beside(html: &str, field: &str) {
    assert!(
        html.contains(&format!(
            r#"aria-invalid="true" aria-describedby="error-{field}""#
        )),
        "no refusal tied to {field}: {html}"
    );
    assert!(
        html.contains(&format!(
            r#"<span class="field-error" id="error-{field}" role="alert">"#
        )),
        "no words beside {field}"
    );
    assert!(html.contains("Nothing was saved"), "no notice on the page");
}

fn signed_in(html: &str) {
    assert!(
        html.contains(r#"action="/signout""#),
        "the page lost the session"
    );
}

async fn post(
    app: &TestApp,
    b: &Client,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let r = app.post_form(b, page, action, fields).await;
    let status = r.status().as_u16();
    (status, r.text().await.unwrap())
}

#[tokio::test]
async fn a_refused_sign_in_keeps_the_handle_and_says_why_beside_the_password() {
    let app = TestApp::spawn().await;
    app.person("ada").await;
    let b = app.browser();
    let (status, html) = post(
        &app,
        &b,
        "/signin",
        "/signin",
        &[("handle", "ada"), ("password", "not her password")],
    )
    .await;
    assert_eq!(status, 401);
    refused_beside(&html, "password");
    assert!(html.contains(r#"value="ada""#));
    assert!(
        !html.contains("not her password"),
        "a password is never sent back"
    );
}

#[tokio::test]
async fn the_settings_forms_come_back_with_the_refusal_beside_the_field() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let b = app.browser_of(&ada).await;
    let events = app.rows("journal").await;

    let (status, html) = post(
        &app,
        &b,
        "/settings",
        "/settings/profile",
        &[
            ("display_name", "Ada L."),
            ("bio", "Loves looms"),
            ("email", "not an address"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    refused_beside(&html, "email");
    signed_in(&html);
    assert!(html.contains(r#"value="Ada L.""#) && html.contains(">Loves looms</textarea>"));

    let (status, html) = post(
        &app,
        &b,
        "/settings",
        "/settings/preferences",
        &[("language", "fr"), ("time_zone", "Mars/Olympus")],
    )
    .await;
    assert_eq!(status, 422);
    refused_beside(&html, "time_zone");
    assert!(
        html.contains(r#"<option value="fr" lang="fr" selected>"#),
        "{html}"
    );

    let (status, html) = post(
        &app,
        &b,
        "/settings",
        "/settings/password",
        &[
            ("current_password", "a wrong guess"),
            ("new_password", "a much longer secret"),
        ],
    )
    .await;
    assert_eq!(status, 403);
    refused_beside(&html, "current_password");
    assert!(!html.contains("a wrong guess") && !html.contains("a much longer secret"));

    let (status, html) = post(&app, &b, "/settings", "/settings/tokens", &[("name", " ")]).await;
    assert_eq!(status, 422);
    refused_beside(&html, "token_name");
    assert_eq!(app.rows("journal").await, events, "nothing was journaled");
}

#[tokio::test]
async fn the_organization_page_forms_come_back_with_the_refusal_beside_the_field() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("bakers").admin(&ada).await;
    let b = app.browser_of(&ada).await;
    let events = app.rows("journal").await;

    let (status, html) = post(
        &app,
        &b,
        "/orgs/bakers",
        "/orgs/bakers/invite",
        &[("handle", "nobody-here"), ("role", "admin")],
    )
    .await;
    assert_eq!(status, 404);
    refused_beside(&html, "invite-handle");
    signed_in(&html);
    assert!(html.contains(r#"value="nobody-here""#));
    assert!(html.contains(r#"<option value="admin" selected>"#));

    let (status, html) = post(
        &app,
        &b,
        "/orgs/bakers",
        "/orgs/bakers/edit",
        &[
            ("name", "The Bakers"),
            ("kind", "cooperative"),
            ("description", "Bread for all"),
            ("website", "javascript:alert(1)"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    refused_beside(&html, "edit-website");
    assert!(html.contains(r#"value="The Bakers""#) && html.contains(">Bread for all</textarea>"));

    // A translation into the language the organization was written in.
    let (status, html) = post(
        &app,
        &b,
        "/orgs/bakers",
        "/orgs/bakers/translations",
        &[("lang", "en"), ("name", "Bakers"), ("description", "")],
    )
    .await;
    assert_eq!(status, 422);
    refused_beside(&html, "translation-lang");
    assert!(html.contains(r#"<details id="translations" open>"#));
    assert_eq!(app.rows("journal").await, events, "nothing was journaled");
}

#[tokio::test]
async fn the_commons_page_forms_come_back_with_the_refusal_beside_the_field() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let rye = app
        .commons("rye")
        .maintained_by(&ada)
        .file("a.md", "a")
        .await;
    app.commons("taken").maintained_by(&ada).await;
    let b = app.browser_of(&ada).await;
    let page = rye.page("");
    let events = app.rows("journal").await;

    let cases: [Case; 5] = [
        (
            "/fork",
            &[("handle", "taken"), ("name", "My rye")],
            409,
            "fork-handle",
            r#"value="My rye""#,
        ),
        (
            "/maintainers",
            &[("handle", "nobody-here")],
            404,
            "maintainer-handle",
            r#"value="nobody-here""#,
        ),
        (
            "/work",
            &[("minutes", "0"), ("description", "Tested the recipe")],
            422,
            "work-minutes",
            r#"value="Tested the recipe""#,
        ),
        (
            "/delete",
            &[("confirm", "ryee")],
            422,
            "delete-confirm",
            r#"value="ryee""#,
        ),
        (
            "/translations",
            &[("lang", "xx"), ("name", "Seigle"), ("summary", "Du pain")],
            422,
            "translation-lang",
            ">Du pain</textarea>",
        ),
    ];
    for (action, fields, want, field, kept) in cases {
        let (status, html) = post(&app, &b, &page, &rye.page(action), fields).await;
        assert_eq!(status, want, "{action}: {html}");
        refused_beside(&html, field);
        signed_in(&html);
        assert!(
            html.contains(kept),
            "{action} lost what was entered: {html}"
        );
    }
    assert_eq!(app.rows("journal").await, events, "nothing was journaled");

    // A fork with nothing to offer says so beside the offer's message.
    let fork = fork_of(&app, &ada, &rye, "rye-fork").await;
    let (status, html) = post(
        &app,
        &b,
        &fork.page(""),
        &fork.page("/offer"),
        &[("message", "Please take these")],
    )
    .await;
    assert_eq!(status, 422, "{html}");
    refused_beside(&html, "offer-message");
    assert!(html.contains(r#"value="Please take these""#));

    // With an offer open, a second is refused beside the form, and the page links the
    // offer that waits upstream.
    let page = fork.page("/edit?path=a.md");
    let html = app.page(&b, &page).await;
    let at = html.find(r#"name="base" value=""#).unwrap() + r#"name="base" value=""#.len();
    let base = html[at..at + html[at..].find('"').unwrap()].to_string();
    let r = app
        .post_form(
            &b,
            &page,
            &fork.page("/propose"),
            &[
                ("base", &base),
                ("path", "a.md"),
                ("text", "b"),
                ("message", "B"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let r = app
        .post_form(
            &b,
            &fork.page("/contributions/1"),
            &fork.page("/contributions/1/accept"),
            &[],
        )
        .await;
    assert_eq!(r.status(), 200);
    let (status, _) = post(&app, &b, &fork.page(""), &fork.page("/offer"), &[]).await;
    assert_eq!(status, 200, "the first offer");
    let (status, html) = post(&app, &b, &fork.page(""), &fork.page("/offer"), &[]).await;
    assert_eq!(status, 409);
    refused_beside(&html, "offer-message");
    assert!(
        html.contains(r#"<a href="/commons/rye/contributions/2">rye #2</a>"#),
        "{html}"
    );
}

/// A form of the commons page: its address, what is sent, the status and field of the
/// refusal, and a piece of what was entered that the page must show again.
type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], u16, &'a str, &'a str);

async fn fork_of(app: &TestApp, who: &Person, c: &Commons, handle: &str) -> Commons {
    app.post_as(
        who,
        &c.api("/forks"),
        serde_json::json!({ "handle": handle }),
        201,
    )
    .await;
    Commons {
        handle: handle.to_string(),
    }
}

#[tokio::test]
async fn a_refused_proposal_keeps_the_edited_file_and_says_why_beside_its_field() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let rye = app
        .commons("rye")
        .maintained_by(&ada)
        .file("a.md", "a\n")
        .await;
    let b = app.browser_of(&bob).await;
    let edit = rye.page("/edit?path=a.md");
    let base = {
        let html = app.page(&b, &edit).await;
        let at = html.find(r#"name="base" value=""#).unwrap() + r#"name="base" value=""#.len();
        html[at..at + html[at..].find('"').unwrap()].to_string()
    };
    let contributions = app.rows("commons_contributions").await;

    let (status, html) = post(
        &app,
        &b,
        &edit,
        &rye.page("/propose"),
        &[
            ("base", &base),
            ("path", "../escape.md"),
            ("text", "my careful words"),
            ("message", "Add a page"),
        ],
    )
    .await;
    assert_eq!(status, 422, "{html}");
    refused_beside(&html, "propose-path");
    signed_in(&html);
    assert!(
        html.contains(">my careful words</textarea>") && html.contains(r#"value="Add a page""#)
    );

    // The file as it is: nothing changed, said beside the text.
    let (status, html) = post(
        &app,
        &b,
        &edit,
        &rye.page("/propose"),
        &[
            ("base", &base),
            ("path", "a.md"),
            ("text", "a\n"),
            ("message", "Same"),
        ],
    )
    .await;
    assert_eq!(status, 422, "{html}");
    refused_beside(&html, "propose-text");
    assert_eq!(app.rows("commons_contributions").await, contributions);
}

#[tokio::test]
async fn a_refused_update_or_review_comes_back_on_the_contribution_page() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let rye = app
        .commons("rye")
        .maintained_by(&ada)
        .file("a.md", "a\n")
        .await;
    let k = app.change(&rye).by(&bob).modify("a.md", "b\n").await;
    let page = rye.page(&format!("/contributions/{}", k.number));
    let events = app.rows("journal").await;

    // The author puts the file back as it was: the change would change nothing.
    let b = app.browser_of(&bob).await;
    let (status, html) = post(
        &app,
        &b,
        &page,
        &format!("{page}/update"),
        &[("path", "a.md"), ("text", "a\n"), ("message", "Still b")],
    )
    .await;
    assert_eq!(status, 422, "{html}");
    refused_beside(&html, "update-text");
    signed_in(&html);
    assert!(html.contains(r#"value="Still b""#));

    // A reviewer's comment too long to keep.
    let long = "x".repeat(10_001);
    let a = app.browser_of(&ada).await;
    let (status, html) = post(
        &app,
        &a,
        &page,
        &format!("{page}/request-changes"),
        &[("comment", &long)],
    )
    .await;
    assert_eq!(status, 422, "{html}");
    refused_beside(&html, "review-comment");

    // A comment in the contribution's discussion, refused, comes back on its page.
    let (status, html) = post(
        &app,
        &a,
        &page,
        &format!("{page}/comments"),
        &[("body", "Looks right \u{7}")],
    )
    .await;
    assert_eq!(status, 422, "{html}");
    refused_beside(&html, "reply-body");
    assert!(html.contains("Looks right"), "{html}");
    assert!(
        html.contains(&format!(r#"action="{page}/accept""#)),
        "the contribution's page"
    );
    assert_eq!(html.matches("Nothing was saved").count(), 1, "one notice");
    assert_eq!(app.rows("journal").await, events, "nothing was journaled");
}

#[tokio::test]
async fn refused_threads_replies_and_edits_come_back_with_the_text_written() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let rye = app.commons("rye").maintained_by(&ada).await;
    let b = app.browser_of(&ada).await;
    let threads = rye.page("/threads");

    let (status, html) = post(
        &app,
        &b,
        &threads,
        &threads,
        &[("title", " "), ("body", "What flour do we use?")],
    )
    .await;
    assert_eq!(status, 422, "{html}");
    refused_beside(&html, "thread-title");
    signed_in(&html);
    assert!(html.contains(">What flour do we use?</textarea>"));

    let r = app
        .post_form(
            &b,
            &threads,
            &threads,
            &[("title", "Flour"), ("body", "What flour do we use?")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let thread = rye.page("/threads/1");
    let (status, html) = post(
        &app,
        &b,
        &thread,
        &format!("{thread}/comments"),
        &[("body", "\u{7}")],
    )
    .await;
    assert_eq!(status, 422, "{html}");
    refused_beside(&html, "reply-body");

    let html = app.page(&b, &thread).await;
    let at = html.find("/comments/").unwrap() + "/comments/".len();
    let id = &html[at..at + html[at..].find('/').unwrap()];
    let (status, html) = post(
        &app,
        &b,
        &thread,
        &format!("/comments/{id}/edit"),
        &[("body", "  ")],
    )
    .await;
    assert_eq!(status, 422, "{html}");
    refused_beside(&html, "edit-body");
    assert!(html.contains(r#"<details class="own" open>"#));
}
