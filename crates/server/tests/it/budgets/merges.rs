//! Duplicates merged: an admin merges a project into another of its heading before
//! balloting, with a public reason; its supports move to the original (a person who
//! supported both counts once); the duplicate leaves the ballot and says where it went,
//! on its page and in the API; journaled. Bad merges are refused, writing nothing. The
//! race of two projects merged into each other is in `races.rs`.

use super::{heading, move_to, process, propose};
use crate::support::TestApp;
use reqwest::Method;
use serde_json::{Value, json};

#[tokio::test]
async fn a_duplicate_is_merged_with_its_supports_moved_to_the_original() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    let dee = app.person("dee").await;
    let zed = app.person("zed").await;
    app.org("city")
        .admin(&ada)
        .member(&bob)
        .member(&cy)
        .member(&dee)
        .await;
    let p = process(
        &app,
        &ada,
        "city",
        json!({"phases": [{"phase": "accepting_proposals"}, {"phase": "supporting"}, {"phase": "balloting"}, {"phase": "results"}]}),
    )
    .await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    let old = heading(&p, "Old town");
    propose(&app, &bob, &id, &h, "Shade trees on the quay", "10000").await;
    propose(
        &app,
        &cy,
        &id,
        &h,
        "Trees for shade at the harbour",
        "12000",
    )
    .await;
    propose(&app, &dee, &id, &h, "Benches", "5000").await;
    propose(&app, &dee, &id, &old, "Trees in the Old Town", "8000").await;
    move_to(&app, &ada, &id, "supporting", 200).await;
    let all = get(&app, &id).await;
    let project = |v: &Value, number: &str| -> Value {
        v["headings"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|h| h["projects"].as_array().unwrap().iter())
            .find(|p| p["number"] == number)
            .unwrap()
            .clone()
    };
    let pid = |n: &str| project(&all, n)["id"].as_str().unwrap().to_string();
    let (first, dup, benches, other) = (pid("1"), pid("2"), pid("3"), pid("4"));
    for (who, p) in [(&bob, &first), (&bob, &dup), (&cy, &dup), (&dee, &first)] {
        app.post_as(
            who,
            &format!("/api/v1/budgets/{id}/projects/{p}/support"),
            json!({}),
            200,
        )
        .await;
    }
    let merge = format!("/api/v1/budgets/{id}/projects/{dup}/merge");
    let body = json!({"into": first, "reason": "The same trees on the same quay as project 1."});
    // Refused: the anonymous, a stranger, a member; bad merges; nothing written.
    let before = app.journal_len().await;
    app.call_as(None, Method::POST, &merge, Some(body.clone()), 401)
        .await;
    for who in [&zed, &bob] {
        let v = app.post_as(who, &merge, body.clone(), 403).await;
        assert_eq!(v["code"], "forbidden", "{v}");
    }
    for (into, reason, status, code) in [
        (&dup, "x", 422, "invalid_merge"),
        (&other, "x", 422, "invalid_merge"),
        (&first, "", 422, "missing_field"),
    ] {
        let v = app
            .post_as(
                &ada,
                &merge,
                json!({"into": into, "reason": reason}),
                status,
            )
            .await;
        assert_eq!(v["code"], code, "{v}");
    }
    assert_eq!(app.journal_len().await, before, "refusals journal nothing");
    assert_eq!(app.rows("budget_merges").await, 0);

    let v = app.post_as(&ada, &merge, body.clone(), 200).await;
    assert_eq!(v["supports_moved"], 1, "cy's; bob supported both: {v}");
    assert_eq!(v["into_number"], "1");
    assert_eq!(v["project"]["state"], "merged");
    assert_eq!(v["project"]["merged_into"], "1");
    let all = get(&app, &id).await;
    assert_eq!(
        project(&all, "1")["supports"],
        3,
        "bob, dee and cy, once each"
    );
    assert_eq!(project(&all, "2")["supports"], 0);
    assert_eq!(project(&all, "2")["merged_into"], "1");
    assert_eq!(
        project(&all, "2")["reason"],
        "The same trees on the same quay as project 1."
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget_project.merged'".into())
            .await,
        1
    );
    // Once merged it stays so: merged again, into, or put back on the ballot: refused.
    let v = app.post_as(&ada, &merge, body.clone(), 409).await;
    assert_eq!(v["code"], "not_on_ballot", "{v}");
    let v = app
        .post_as(
            &ada,
            &format!("/api/v1/budgets/{id}/projects/{benches}/merge"),
            json!({"into": dup, "reason": "x"}),
            409,
        )
        .await;
    assert_eq!(v["code"], "not_on_ballot", "{v}");
    let v = app
        .post_as(
            &ada,
            &format!("/api/v1/budgets/{id}/projects/{dup}/review"),
            json!({"decision": "restore"}),
            409,
        )
        .await;
    assert_eq!(v["code"], "not_on_ballot", "{v}");
    // Its page and the process's say where it went, and why.
    let b = app.browser_of(&bob).await;
    let html = app.page(&b, &format!("/budgets/{id}/projects/{dup}")).await;
    assert!(html.contains("Merged into project 1"), "{html}");
    assert!(html.contains("The same trees on the same quay"), "{html}");
    let html = app.page(&b, &format!("/budgets/{id}")).await;
    assert!(html.contains("Merged into project 1"), "{html}");
    // Off the ballot; and no merge once balloting opened.
    move_to(&app, &ada, &id, "balloting", 200).await;
    let v = app
        .call_as(
            Some(&bob),
            Method::PUT,
            &format!("/api/v1/budgets/{id}/headings/{h}/ballot"),
            Some(json!({"projects": ["2"]})),
            422,
        )
        .await;
    assert_eq!(v["code"], "unknown_project", "{v}");
    let v = app
        .post_as(
            &ada,
            &format!("/api/v1/budgets/{id}/projects/{benches}/merge"),
            json!({"into": first, "reason": "x"}),
            409,
        )
        .await;
    assert_eq!(v["code"], "budget_phase", "{v}");
}

async fn get(app: &TestApp, id: &str) -> Value {
    app.call_as(
        None,
        Method::GET,
        &format!("/api/v1/budgets/{id}"),
        None,
        200,
    )
    .await
}

/// The review and merge forms on a project's page: an admin's only, before balloting;
/// refused ones come back as entered beside their field, signed in.
#[tokio::test]
async fn an_admin_reviews_and_merges_from_the_project_page() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let zed = app.person("zed").await;
    app.org("city").admin(&ada).member(&bob).await;
    let p = process(
        &app,
        &ada,
        "city",
        json!({"phases": [{"phase": "accepting_proposals"}, {"phase": "supporting"}, {"phase": "balloting"}, {"phase": "results"}]}),
    )
    .await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    propose(&app, &bob, &id, &h, "Shade trees on the quay", "10000").await;
    propose(
        &app,
        &bob,
        &id,
        &h,
        "Trees for shade at the harbour",
        "12000",
    )
    .await;
    let all = get(&app, &id).await;
    let pid = |number: &str| -> String {
        all["headings"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|h| h["projects"].as_array().unwrap().iter())
            .find(|p| p["number"] == number)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (first, dup) = (pid("1"), pid("2"));
    let page = format!("/budgets/{id}/projects/{dup}");
    let admin = app.browser_of(&ada).await;
    let member = app.browser_of(&bob).await;
    let stranger = app.browser_of(&zed).await;
    let html = app.page(&admin, &page).await;
    assert!(
        html.contains(r#"name="review-reason""#)
            && html.contains(&format!(r#"<option value="{first}""#)),
        "{html}"
    );
    assert!(
        !app.page(&member, &page)
            .await
            .contains(r#"name="review-reason""#)
    );

    // Taken off the ballot: anonymous 401, a stranger and a member 403, the admin.
    let review = format!("/budgets/{id}/projects/{dup}/review");
    let fields = [
        ("review-decision", "reject"),
        ("review-reason", "Outside the city's land."),
    ];
    let r = app
        .check_form_roles(&review, &fields, Some((&stranger, 403)), &admin)
        .await;
    assert!(r.url().path().ends_with(&dup), "{}", r.url());
    let r = app.post_form(&member, &page, &review, &fields).await;
    assert_eq!(r.status().as_u16(), 403);
    let v = get(&app, &id).await.to_string();
    assert!(v.contains(r#""reason":"Outside the city's land.""#), "{v}");
    assert!(v.contains(r#""state":"rejected""#), "{v}");
    // Without a reason: 422 beside the field, as entered, signed in.
    let r = app
        .post_form(
            &admin,
            &page,
            &review,
            &[("review-decision", "restore"), ("review-reason", " ")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200, "putting back needs no reason");
    let r = app
        .post_form(
            &admin,
            &page,
            &review,
            &[("review-decision", "reject"), ("review-reason", "")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(r#"id="error-review-reason""#) && html.contains("@ada"),
        "{html}"
    );

    // Merged into the original: refused without a reason, then done.
    let merge = format!("/budgets/{id}/projects/{dup}/merge");
    let r = app
        .post_form(
            &admin,
            &page,
            &merge,
            &[("merge-into", first.as_str()), ("merge-reason", "")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"id="error-merge-reason""#), "{html}");
    let r = app
        .post_form(
            &stranger,
            &page,
            &merge,
            &[
                ("merge-into", first.as_str()),
                ("merge-reason", "Same trees."),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 403);
    let r = app
        .post_form(
            &admin,
            &page,
            &merge,
            &[
                ("merge-into", first.as_str()),
                ("merge-reason", "Same trees."),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.url().path().ends_with(&first), "{}", r.url());
    let html = app.page(&app.browser(), &page).await;
    assert!(
        html.contains("Merged into project 1") && html.contains("Same trees."),
        "{html}"
    );
    // A merged project has no review forms any more.
    assert!(
        !app.page(&admin, &page)
            .await
            .contains(r#"name="review-reason""#)
    );
}
