//! Who pays for the commons: affiliations declared through the API and the pages, and a
//! commons' accepted work counted as paid, volunteer or unknown against counts made by
//! hand; who may declare and take back.

use super::work;
use crate::support::{ApiCall, TestApp, expect_problem};
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn accepted_work_is_counted_paid_volunteer_or_unknown_by_what_authors_declared() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let emil = app.person("emil").await;
    let dolores = app.person("dolores").await;
    app.org("makers").kind("for_benefit").admin(&amara).await;
    app.org("opengrow").kind("for_profit").admin(&emil).await;
    let c = app.commons("irrigation").maintained_by(&amara).await;
    let other = app.commons("recipes").maintained_by(&amara).await;

    // Emil is paid by his company for any commons; amara volunteers for the makers on
    // this one only; dolores declares nothing.
    let a = app
        .post_as(
            &emil,
            "/api/v1/me/affiliations",
            json!({"organization": "opengrow", "from": "2025-01-01", "paid": true}),
            201,
        )
        .await;
    assert_eq!(a["person"], "emil");
    assert_eq!(a["until"], serde_json::Value::Null);
    app.post_as(
        &amara,
        "/api/v1/me/affiliations",
        json!({"organization": "makers", "from": "2020-01-01", "paid": false,
            "commons": "irrigation"}),
        201,
    )
    .await;
    // An affiliation that ended before today covers nothing accepted today.
    app.post_as(
        &dolores,
        "/api/v1/me/affiliations",
        json!({"organization": "opengrow", "from": "2020-01-01", "until": "2020-12-31",
            "paid": true}),
        201,
    )
    .await;

    // By hand: emil 2 changes and a work record of 90 minutes (paid); amara 1 change
    // (volunteer); dolores 1 change (unknown); a rejected change and another commons'
    // contribution are not counted; the first revision is nobody's contribution.
    app.change(&c)
        .by(&emil)
        .add("a.md", "a")
        .accepted_by(&amara)
        .await;
    app.change(&c)
        .by(&emil)
        .add("b.md", "b")
        .accepted_by(&amara)
        .await;
    work(&app, &emil, &amara, &c, 90).await;
    app.change(&c)
        .by(&amara)
        .add("c.md", "c")
        .accepted_by(&amara)
        .await;
    app.change(&c)
        .by(&dolores)
        .add("d.md", "d")
        .accepted_by(&amara)
        .await;
    app.change(&other)
        .by(&amara)
        .add("e.md", "e")
        .accepted_by(&amara)
        .await;
    let k = app.change(&c).by(&dolores).add("f.md", "f").await;
    app.post_as(&amara, &k.api("/reject"), json!({"comment": "no"}), 200)
        .await;

    let r = app
        .call_as(None, Method::GET, &c.api("/paid-volunteer"), None, 200)
        .await;
    assert_eq!(
        r["total"],
        json!({
            "paid": {"contributions": 3, "minutes": 90},
            "volunteer": {"contributions": 1, "minutes": 0},
            "unknown": {"contributions": 1, "minutes": 0},
            "shares": {"paid": 6000, "volunteer": 2000, "unknown": 2000}
        }),
        "{r}"
    );
    assert_eq!(r["months"].as_array().unwrap().len(), 1);
    assert_eq!(r["months"][0]["paid"]["contributions"], 3);
    assert_eq!(r["organizations"][0]["organization"], "opengrow");
    assert_eq!(r["organizations"][0]["paid"]["minutes"], 90);
    assert_eq!(r["organizations"][1]["organization"], "makers");
    assert_eq!(r["organizations"][1]["volunteer"]["contributions"], 1);
    // On the other commons amara's affiliation does not apply.
    let r = app
        .call_as(None, Method::GET, &other.api("/paid-volunteer"), None, 200)
        .await;
    assert_eq!(r["total"]["unknown"]["contributions"], 1, "{r}");

    // The page says it in words, with its chart and its table.
    let html = app
        .page(&app.browser(), "/commons/irrigation/paid-volunteer")
        .await;
    assert!(
        html.contains("5 contributions accepted: 60% paid, 20% volunteer, 20% unknown")
            && html.contains("<svg")
            && html.contains("@opengrow"),
        "{html}"
    );
    // Affiliations are public, on the person's page too.
    let list = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/people/dolores/affiliations",
            None,
            200,
        )
        .await;
    assert_eq!(list[0]["until"], "2020-12-31");
    let profile = app.page(&app.browser(), "/people/emil").await;
    assert!(
        profile.contains("Affiliations") && profile.contains("@opengrow"),
        "{profile}"
    );
}

#[tokio::test]
async fn affiliations_are_declared_and_taken_back_by_their_person_only() {
    let app = TestApp::spawn().await;
    let emil = app.person("emil").await;
    let eve = app.person("eve").await;
    app.org("opengrow").kind("for_profit").admin(&emil).await;
    let before = app.journal_len().await;
    for (body, status, code) in [
        (
            json!({"organization": "opengrow", "from": "2025-13-01", "paid": true}),
            422,
            "invalid_day",
        ),
        (
            json!({"organization": "opengrow", "from": "1 March", "paid": true}),
            422,
            "invalid_day",
        ),
        (
            json!({"organization": "opengrow", "from": "2025-03-01", "until": "2025-02-28", "paid": true}),
            422,
            "empty_span",
        ),
        (
            json!({"organization": "nobody", "from": "2025-03-01", "paid": true}),
            404,
            "not_found",
        ),
        (
            json!({"organization": "opengrow", "from": "2025-03-01", "paid": true, "commons": "none-such"}),
            404,
            "not_found",
        ),
        (
            json!({"organization": "opengrow", "from": "2025-03-01"}),
            422,
            "invalid_fields",
        ),
    ] {
        let r = app
            .program()
            .post(app.url("/api/v1/me/affiliations"))
            .bearer_auth(&emil.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(r, status, code).await;
    }
    assert_eq!(app.journal_len().await, before);

    let r = app
        .check_roles(
            &ApiCall::post(
                "/api/v1/me/affiliations",
                json!({"organization": "opengrow", "from": "2025-03-01", "paid": true}),
            ),
            None,
            (&emil, 201),
        )
        .await;
    let a: serde_json::Value = r.json().await.unwrap();
    let path = format!("/api/v1/me/affiliations/{}", a["id"].as_str().unwrap());
    app.check_roles(&ApiCall::delete(&path), Some((&eve, 403)), (&emil, 204))
        .await;
    let r = app
        .program()
        .delete(app.url(&path))
        .bearer_auth(&emil.token)
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
    let n = app
        .count("SELECT COUNT(*) AS n FROM journal WHERE kind LIKE 'person.affiliation_%'".into())
        .await;
    assert_eq!(n, 2);
}

#[tokio::test]
async fn the_declaration_form_comes_back_beside_its_field() {
    let app = TestApp::spawn().await;
    let emil = app.person("emil").await;
    app.org("opengrow").kind("for_profit").admin(&emil).await;
    app.commons("irrigation").maintained_by(&emil).await;
    let b = app.browser_of(&emil).await;
    let page = "/commons/irrigation/paid-volunteer";
    let action = "/commons/irrigation/affiliations";
    let r = app
        .post_form(
            &b,
            page,
            action,
            &[
                ("organization", "opengrow"),
                ("from", "2025-03-01"),
                ("until", "2025-01-01"),
                ("paid", "yes"),
                ("scope", "this"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"aria-describedby="error-until""#), "{html}");
    assert!(html.contains(r#"value="2025-01-01""#), "{html}");
    let r = app
        .post_form(
            &b,
            page,
            action,
            &[
                ("organization", "opengrow"),
                ("from", "2025-03-01"),
                ("until", ""),
                ("paid", "yes"),
                ("scope", "this"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.url().path().ends_with("/paid-volunteer"));
    let list = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/people/emil/affiliations",
            None,
            200,
        )
        .await;
    assert_eq!(list[0]["commons"], "irrigation");
    // Taken back from the person's own page.
    let profile = app.page(&b, "/people/emil").await;
    let id = list[0]["id"].as_str().unwrap();
    let withdraw = format!("/affiliations/{id}/withdraw");
    assert!(profile.contains(&withdraw), "{profile}");
    let r = app.post_form(&b, "/people/emil", &withdraw, &[]).await;
    assert_eq!(r.status(), 200);
    let list = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/people/emil/affiliations",
            None,
            200,
        )
        .await;
    assert_eq!(list, json!([]));
}
