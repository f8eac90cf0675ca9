//! A person's own language and time zone: saved in their settings (page or API), private,
//! carried to every browser they sign in from, and used for the pages' words and times.

use crate::support::{TestApp, expect_page_error, expect_problem};
use serde_json::json;

/// The settings form's fields.
fn prefs<'a>(language: &'a str, zone: &'a str) -> [(&'a str, &'a str); 2] {
    [("language", language), ("time_zone", zone)]
}

#[tokio::test]
async fn a_persons_language_and_zone_follow_them_to_every_browser() {
    let app = TestApp::spawn_with(|c| c.time_zone = "America/Bogota".into()).await;
    let ada = app.person("ada").await;
    let b = app.browser_of(&ada).await;

    // Before: English (the browser names none) and the instance's zone, offered by name.
    let settings = app.page(&b, "/settings").await;
    assert!(settings.contains("(America/Bogota)</option>"), "{settings}");
    assert!(settings.contains("<option>Europe/Rome</option>"));

    // Only the signed-in person sets their own; nothing of it reaches the journal.
    let r = app
        .check_form_roles(
            "/settings/preferences",
            &prefs("fr", "Europe/Rome"),
            None,
            &b,
        )
        .await;
    assert!(r.url().path().ends_with("/settings"));
    let html = r.text().await.unwrap();
    assert!(
        html.contains(r#"<html lang="fr">"#),
        "the saved language applies at once"
    );
    assert!(html.contains(r#"<option selected>Europe/Rome</option>"#));
    let journal = app.page(&app.browser(), "/api/v1/activity?limit=100").await;
    assert!(!journal.contains("Europe/Rome"), "preferences are private");

    // Through the API, the owner reads them back.
    let me = app
        .call_as(Some(&ada), reqwest::Method::GET, "/api/v1/me", None, 200)
        .await;
    assert_eq!(
        (me["language"].as_str(), me["time_zone"].as_str()),
        (Some("fr"), Some("Europe/Rome"))
    );
    let public = app.page(&app.browser(), "/api/v1/people/ada").await;
    assert!(!public.contains("Europe/Rome") && !public.contains("time_zone"));

    // A fresh browser with an English Accept-Language: signing in brings French and Rome.
    let fresh = app.browser_of(&ada).await;
    let r = fresh
        .get(app.url("/people/ada"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-language"], "fr");
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"<html lang="fr">"#));
    // The profile says when ada joined, in French and in Rome's time (CET or CEST).
    assert!(
        html.contains("UTC+1") || html.contains("UTC+2"),
        "a Rome time on the page: {html}"
    );

    // Back to the browser's language and the instance's zone: the cookies go.
    let r = app
        .post_form(&fresh, "/settings", "/settings/preferences", &prefs("", ""))
        .await;
    assert_eq!(r.status(), 200);
    let r = fresh
        .get(app.url("/people/ada"))
        .header("accept-language", "es")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-language"], "es");
    let html = r.text().await.unwrap();
    assert!(
        html.contains("GMT-5") || html.contains("UTC-5"),
        "Bogotá's time again: {html}"
    );
}

#[tokio::test]
async fn a_language_or_zone_that_does_not_exist_is_refused_with_what_to_write() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let b = app.browser_of(&ada).await;
    for (fields, needle) in [
        (prefs("de", ""), "en, fr, it or es"),
        (prefs("", "Mars/Olympus"), "Europe/Rome"),
    ] {
        let r = app
            .post_form(&b, "/settings", "/settings/preferences", &fields)
            .await;
        expect_page_error(r, 422, needle).await;
    }
    for (body, code) in [
        (json!({"language": "klingon"}), "invalid_language"),
        (json!({"time_zone": "Europe/Atlantis"}), "invalid_time_zone"),
        (json!({"time_zone": 5}), "invalid_fields"),
    ] {
        let r = app
            .program()
            .patch(app.url("/api/v1/me"))
            .bearer_auth(&ada.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(r, 422, code).await;
    }
    // Nothing was half-saved.
    let me = app
        .call_as(Some(&ada), reqwest::Method::GET, "/api/v1/me", None, 200)
        .await;
    assert!(
        me["language"].is_null() && me["time_zone"].is_null(),
        "{me}"
    );
    // An anonymous caller has no preferences to set.
    let r = app
        .program()
        .patch(app.url("/api/v1/me"))
        .json(&json!({"language": "fr"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 401, "unauthorized").await;
}
