//! An organization's name and description in several languages: its admins translate,
//! members and strangers may not; viewers read their language or are told there is none;
//! the demo's city office speaks the territory's four languages.

use crate::support::{ApiCall, TestApp, expect_problem};
use serde_json::json;

#[tokio::test]
async fn admins_translate_an_organization_and_viewers_read_their_language() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("bakers").admin(&ada).member(&bob).await;

    let put = ApiCall::put(
        "/api/v1/orgs/bakers/translations/it",
        json!({"name": "Panettieri", "description": "Una cooperativa di fornai."}),
    );
    // A member who is not an admin is refused like a stranger.
    let r = app.check_roles(&put, Some((&bob, 403)), (&ada, 200)).await;
    let list: serde_json::Value = r.json().await.unwrap();
    assert_eq!(list[0]["name"], "Panettieri");
    let r = app
        .program()
        .put(app.url("/api/v1/orgs/bakers/translations/it"))
        .bearer_auth(&eve.token)
        .json(&json!({"name": "x"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 403, "forbidden").await;

    let detail = app
        .call_as(None, reqwest::Method::GET, "/api/v1/orgs/bakers", None, 200)
        .await;
    assert_eq!(detail["language"], "en");
    assert_eq!(detail["translations"][0]["lang"], "it");

    let it = app
        .browser()
        .get(app.url("/orgs/bakers"))
        .header("accept-language", "it")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(it.contains(r#"<span lang="it">Panettieri</span>"#), "{it}");
    assert!(it.contains("Tradotto dall&#39;inglese") || it.contains("Tradotto dall'inglese"));
    let es = app
        .browser()
        .get(app.url("/orgs/bakers"))
        .header("accept-language", "es")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(es.contains("Aún no hay versión en español"), "{es}");

    for (lang, code) in [("en", "original_language"), ("xx", "invalid_language")] {
        let r = app
            .program()
            .put(app.url(&format!("/api/v1/orgs/bakers/translations/{lang}")))
            .bearer_auth(&ada.token)
            .json(&json!({"name": "x"}))
            .send()
            .await
            .unwrap();
        expect_problem(r, 422, code).await;
    }
    let del = ApiCall::delete("/api/v1/orgs/bakers/translations/it");
    let r = app.check_roles(&del, Some((&bob, 403)), (&ada, 200)).await;
    assert_eq!(r.json::<serde_json::Value>().await.unwrap(), json!([]));
}

#[tokio::test]
async fn the_demo_city_speaks_four_languages_and_one_commons_says_it_lacks_spanish() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let get = |path: &'static str, lang: &'static str| {
        let b = app.browser();
        let url = app.url(path);
        async move {
            b.get(url)
                .header("accept-language", lang)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    let fr = get("/orgs/lagomar-city", "fr").await;
    assert!(fr.contains("Ville de Lagomar — Office des communs"), "{fr}");
    let es = get("/commons/lagomar-open-data", "es").await;
    assert!(es.contains("Aún no hay versión en español"), "{es}");
    let it = get("/commons/lagomar-open-data", "it").await;
    assert!(
        it.contains("Dati aperti di Lagomar: spazi pubblici"),
        "{it}"
    );
}

#[tokio::test]
async fn the_organization_page_translates_for_admins_only_and_refuses_bad_texts() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("bakers").admin(&ada).member(&bob).await;
    let admin = app.browser_of(&ada).await;
    let member = app.browser_of(&bob).await;
    let html = app.page(&admin, "/orgs/bakers").await;
    assert!(html.contains(r#"action="/orgs/bakers/translations""#));
    app.check_form_roles(
        "/orgs/bakers/translations",
        &[
            ("lang", "fr"),
            ("name", "Les Boulangers"),
            ("description", ""),
        ],
        Some((&member, 403)),
        &admin,
    )
    .await;
    app.check_form_roles(
        "/orgs/bakers/translations/fr/delete",
        &[],
        Some((&member, 403)),
        &admin,
    )
    .await;
    assert_eq!(app.rows("organization_translations").await, 0);
    // Empty or over-long names are refused and write nothing.
    for name in [String::new(), "x".repeat(121)] {
        let r = app
            .program()
            .put(app.url("/api/v1/orgs/bakers/translations/es"))
            .bearer_auth(&ada.token)
            .json(&json!({ "name": name }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422, "{name:?}");
    }
    assert_eq!(app.rows("organization_translations").await, 0);
}
