//! Who may do what with budgets: each mutating call tried anonymously (401), by a
//! stranger (403) and by the rightful role; refusals journal nothing.

use super::{SMALL, import};
use crate::support::TestApp;

#[tokio::test]
async fn only_an_admin_of_the_owner_imports() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).await;
    let before = app.journal_len().await;
    let (status, v) = import(&app, None, "city", SMALL).await;
    assert_eq!((status, v["code"].as_str()), (401, Some("unauthorized")));
    for who in [&bob, &eve] {
        let (status, v) = import(&app, Some(who), "city", SMALL).await;
        assert_eq!(
            (status, v["code"].as_str()),
            (403, Some("forbidden")),
            "{who:?}"
        );
        // A stranger's malformed file is refused for who they are, not for the file.
        let (status, _) = import(&app, Some(who), "city", "nonsense").await;
        assert_eq!(status, 403);
    }
    assert_eq!(app.journal_len().await, before, "refusals journal nothing");
    let (status, _) = import(&app, Some(&ada), "city", SMALL).await;
    assert_eq!(status, 201);
}

/// Every call that changes a process: anonymous 401, a stranger 403, the rightful role
/// succeeds; refusals journal nothing.
#[tokio::test]
async fn each_change_to_a_process_is_for_its_rightful_role() {
    use super::{heading, process, propose};
    use crate::support::ApiCall;
    use serde_json::json;
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).await;
    app.check_roles(
        &ApiCall::post(
            "/api/v1/budgets",
            json!({"owner": "city", "title": "Checked", "headings": [{"name": "All", "amount": "10"}]}),
        ),
        Some((&bob, 403)),
        (&ada, 201),
    )
    .await;
    let p = process(&app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    let base = format!("/api/v1/budgets/{id}");
    app.check_roles(
        &ApiCall::post(
            format!("{base}/headings"),
            json!({"name": "Hills", "amount": "20000"}),
        ),
        Some((&bob, 403)),
        (&ada, 201),
    )
    .await;
    app.check_roles(
        &ApiCall::put(format!("{base}/rules"), json!({"rule": "greedy"})),
        Some((&bob, 403)),
        (&ada, 200),
    )
    .await;
    app.check_roles(
        &ApiCall::put(
            format!("{base}/phases"),
            json!({"phases": [{"phase": "informing", "enabled": true}]}),
        ),
        Some((&bob, 403)),
        (&ada, 200),
    )
    .await;
    app.check_roles(
        &ApiCall::post(
            format!("{base}/phase"),
            json!({"phase": "accepting_proposals"}),
        ),
        Some((&bob, 403)),
        (&ada, 200),
    )
    .await;
    app.check_roles(
        &ApiCall::post(
            format!("{base}/projects"),
            json!({"heading": h, "title": "Trees", "cost": "100"}),
        ),
        Some((&eve, 403)),
        (&bob, 201),
    )
    .await;
    propose(&app, &bob, &id, &h, "Benches", "50").await;
    let project = app
        .call_as(None, reqwest::Method::GET, &base, None, 200)
        .await["headings"][1]["projects"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.check_roles(
        &ApiCall::post(
            format!("{base}/projects/{project}/review"),
            json!({"decision": "reject", "reason": "Duplicate of 2"}),
        ),
        Some((&bob, 403)),
        (&ada, 200),
    )
    .await;
    app.post_as(
        &ada,
        &format!("{base}/phase"),
        json!({"phase": "balloting"}),
        200,
    )
    .await;
    app.check_roles(
        &ApiCall::put(
            format!("{base}/headings/{h}/ballot"),
            json!({"projects": ["2"]}),
        ),
        Some((&eve, 403)),
        (&bob, 200),
    )
    .await;
    // Paper ballots: admins only.
    let before = app.journal_len().await;
    for (who, want) in [(None, 401), (Some(&bob), 403)] {
        let mut rb = app
            .program()
            .post(app.url(&format!("{base}/headings/{h}/paper-ballots")))
            .body("2\n");
        if let Some(p) = who {
            rb = rb.bearer_auth(&p.token);
        }
        assert_eq!(rb.send().await.unwrap().status().as_u16(), want);
    }
    assert_eq!(app.journal_len().await, before);
    let r = app
        .program()
        .post(app.url(&format!("{base}/headings/{h}/paper-ballots")))
        .bearer_auth(&ada.token)
        .body("2\n")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
}

/// Supports, implementation records and paper ballots through the pages: for their
/// rightful roles only.
#[tokio::test]
async fn supports_progress_and_paper_ballots_are_for_their_rightful_roles() {
    use super::{heading, move_to, process, propose, vote};
    use crate::support::ApiCall;
    use serde_json::json;
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
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
    propose(&app, &bob, &id, &h, "Trees", "100").await;
    let project = app
        .call_as(
            None,
            reqwest::Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await["headings"][1]["projects"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    move_to(&app, &ada, &id, "supporting", 200).await;
    app.check_roles(
        &ApiCall::act(format!("/api/v1/budgets/{id}/projects/{project}/support")),
        Some((&eve, 403)),
        (&bob, 200),
    )
    .await;
    move_to(&app, &ada, &id, "balloting", 200).await;
    let (admin, member) = (app.browser_of(&ada).await, app.browser_of(&bob).await);
    app.check_form_roles(
        &format!("/budgets/{id}/headings/{h}/paper-ballots"),
        &[("ballots", "1\n1\n")],
        Some((&member, 403)),
        &admin,
    )
    .await;
    // A refused list comes back as typed, its words beside it.
    let r = app
        .post_form(
            &admin,
            &format!("/budgets/{id}"),
            &format!("/budgets/{id}/headings/{h}/paper-ballots"),
            &[("ballots", "1\n7\n")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"error-paper-ballots\"") && html.contains("1\n7"),
        "{html}"
    );
    vote(&app, &bob, &id, &h, &["1"], 200).await;
    move_to(&app, &ada, &id, "results", 200).await;
    app.check_roles(
        &ApiCall::post(
            format!("/api/v1/budgets/{id}/projects/{project}/progress"),
            json!({"status": "under_way", "progress": 10}),
        ),
        Some((&bob, 403)),
        (&ada, 200),
    )
    .await;
    app.check_form_roles(
        &format!("/budgets/{id}/projects/{project}/progress"),
        &[
            ("status", "done"),
            ("progress", "100"),
            ("on", "2026-06-01"),
            ("title", "Planted"),
        ],
        Some((&member, 403)),
        &admin,
    )
    .await;
}
