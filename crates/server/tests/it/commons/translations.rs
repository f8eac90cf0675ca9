//! A commons' name and summary in several languages: maintainers write, replace and
//! remove translations; viewers read their language, or the original with a note that
//! says so; refusals write nothing; racing writers of one language leave one version.

use crate::support::{ApiCall, TestApp, expect_page_error, expect_problem};
use serde_json::json;

async fn page_in(app: &TestApp, path: &str, lang: &str) -> String {
    app.browser()
        .get(app.url(path))
        .header("accept-language", lang)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn maintainers_translate_and_each_viewer_reads_their_language_or_is_told() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let eve = app.person("eve").await;
    let bread = app
        .commons("bread")
        .maintained_by(&ada)
        .kind("knowledge")
        .await;

    // Only a maintainer writes one; refusals journal nothing (checked by check_roles).
    let put = ApiCall::put(
        "/api/v1/commons/bread/translations/fr",
        json!({"name": "Pain au levain", "summary": "Recettes partagées."}),
    );
    let r = app.check_roles(&put, Some((&eve, 403)), (&ada, 200)).await;
    let view: serde_json::Value = r.json().await.unwrap();
    assert_eq!(view["language"], "en", "written in the instance's default");
    assert_eq!(
        view["translations"],
        json!([{"lang": "fr", "name": "Pain au levain", "description": "Recettes partagées."}])
    );

    // A French viewer reads French, marked as such and as a translation.
    let html = page_in(&app, &bread.page(""), "fr").await;
    assert!(
        html.contains(r#"<span lang="fr">Pain au levain</span>"#),
        "{html}"
    );
    assert!(
        html.contains("Traduit de l&#39;anglais.") || html.contains("Traduit de l'anglais."),
        "{html}"
    );
    assert!(html.contains(r#"<p class="bio" lang="fr">Recettes partagées.</p>"#));
    // An Italian viewer reads the original, and the page says there is no Italian yet.
    let html = page_in(&app, &bread.page(""), "it").await;
    assert!(html.contains(r#"<h1><span lang="en">"#), "{html}");
    assert!(
        html.contains("Non c&#39;è ancora una versione in italiano")
            || html.contains("Non c'è ancora una versione in italiano"),
        "{html}"
    );
    // The original's readers see no note.
    let html = page_in(&app, &bread.page(""), "en").await;
    assert!(!html.contains("role=\"note\""), "{html}");

    // Replacing keeps one version per language; the journal names each change.
    app.call_as(
        Some(&ada),
        reqwest::Method::PUT,
        "/api/v1/commons/bread/translations/fr",
        Some(json!({"name": "Le pain", "summary": ""})),
        200,
    )
    .await;
    let view = app
        .call_as(
            None,
            reqwest::Method::GET,
            "/api/v1/commons/bread",
            None,
            200,
        )
        .await;
    assert_eq!(view["translations"].as_array().unwrap().len(), 1);
    assert_eq!(view["translations"][0]["name"], "Le pain");
    let journal = app
        .call_as(
            None,
            reqwest::Method::GET,
            "/api/v1/activity?limit=100",
            None,
            200,
        )
        .await;
    let kinds: Vec<&str> = journal["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["kind"].as_str())
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "commons.translated").count(),
        2,
        "{kinds:?}"
    );

    // Removing it: the French viewer is back to the original, told so.
    let del = ApiCall::delete("/api/v1/commons/bread/translations/fr");
    let r = app.check_roles(&del, Some((&eve, 403)), (&ada, 200)).await;
    let view: serde_json::Value = r.json().await.unwrap();
    assert_eq!(view["translations"], json!([]));
    let html = page_in(&app, &bread.page(""), "fr").await;
    assert!(html.contains("Pas encore de version en français"), "{html}");
    let r = app
        .program()
        .delete(app.url("/api/v1/commons/bread/translations/fr"))
        .bearer_auth(&ada.token)
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
}

#[tokio::test]
async fn a_translation_that_breaks_a_rule_is_refused_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.commons("bread").maintained_by(&ada).await;
    let before = app.journal_len().await;
    for (lang, body, status, code) in [
        ("de", json!({"name": "Brot"}), 422, "invalid_language"),
        ("en", json!({"name": "Bread"}), 422, "original_language"),
        ("fr", json!({"name": ""}), 422, "invalid_text"),
        ("fr", json!({"name": "Deux\nlignes"}), 422, "invalid_text"),
        ("fr", json!({"nom": "Pain"}), 422, "invalid_fields"),
        ("fr", json!({"name": "p".repeat(121)}), 422, "invalid_text"),
    ] {
        let r = app
            .program()
            .put(app.url(&format!("/api/v1/commons/bread/translations/{lang}")))
            .bearer_auth(&ada.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(r, status, code).await;
    }
    let r = app
        .program()
        .put(app.url("/api/v1/commons/no-such/translations/fr"))
        .bearer_auth(&ada.token)
        .json(&json!({"name": "Pain"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
    assert_eq!(app.journal_len().await, before);
    assert_eq!(app.rows("commons_translations").await, 0);

    // The page's form answers with the page, saying what to fix.
    let b = app.browser_of(&ada).await;
    let r = app
        .post_form(
            &b,
            "/commons/bread",
            "/commons/bread/translations",
            &[("lang", "en"), ("name", "Bread")],
        )
        .await;
    expect_page_error(r, 422, "first written in").await;
}

#[tokio::test]
async fn the_page_form_translates_for_maintainers_only() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let eve = app.person("eve").await;
    app.commons("bread").maintained_by(&ada).await;
    let maintainer = app.browser_of(&ada).await;
    let stranger = app.browser_of(&eve).await;
    let html = app.page(&maintainer, "/commons/bread").await;
    assert!(html.contains(r#"action="/commons/bread/translations""#));
    assert!(
        !html.contains(r#"<option value="en">"#),
        "no translation into the original"
    );
    let r = app
        .check_form_roles(
            "/commons/bread/translations",
            &[("lang", "es"), ("name", "Pan"), ("summary", "Recetas.")],
            Some((&stranger, 403)),
            &maintainer,
        )
        .await;
    assert!(r.url().path().starts_with("/commons/bread"));
    let r = app
        .check_form_roles(
            "/commons/bread/translations/es/delete",
            &[],
            Some((&stranger, 403)),
            &maintainer,
        )
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.rows("commons_translations").await, 0);
}

#[tokio::test]
async fn racing_translators_of_one_language_leave_one_version() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.commons("bread").maintained_by(&ada).await;
    let token = ada.token.clone();
    let url = app.url("/api/v1/commons/bread/translations/it");
    let results = app
        .race(8, move |i, client| {
            client
                .put(&url)
                .bearer_auth(&token)
                .json(&json!({"name": format!("Pane {i}")}))
                .send()
        })
        .await;
    for (status, body) in &results {
        assert_eq!(*status, 200, "{body}");
    }
    assert_eq!(app.rows("commons_translations").await, 1);
}
