//! The budget pages: the list; a process's page saying its phase, what one can do now and
//! until when; proposing and voting through forms without JavaScript (a refused ballot
//! comes back with its words beside it); the results per heading with the chosen rule
//! beside greedy, the chart, why each project lost and what the viewer's ballot paid for.

use super::{SMALL, heading, imported, move_to, process, propose, vote};
use crate::support::TestApp;
use serde_json::json;

#[tokio::test]
async fn a_voter_proposes_votes_and_sees_what_their_ballot_paid_for() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    app.org("city").admin(&ada).member(&bob).member(&cy).await;
    let p = process(&app, &ada, "city", json!({"max_projects": 2})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    let page = format!("/budgets/{id}");
    let b = app.browser_of(&bob).await;
    let list = app.page(&b, "/budgets").await;
    assert!(
        list.contains("Lagomar 2026") && list.contains("Drafting"),
        "{list}"
    );

    move_to(&app, &ada, &id, "accepting_proposals", 200).await;
    let html = app.page(&b, &page).await;
    assert!(
        html.contains("Propose projects for your district"),
        "{html}"
    );
    // A refused proposal comes back as entered, its words beside the cost.
    let r = app
        .post_form(
            &b,
            &page,
            &format!("/budgets/{id}/projects"),
            &[("heading", &h), ("title", "Shade trees"), ("cost", "0")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("value=\"Shade trees\""), "{html}");
    assert!(html.contains("id=\"error-propose-cost\""), "{html}");
    let r = app
        .post_form(
            &b,
            &page,
            &format!("/budgets/{id}/projects"),
            &[("heading", &h), ("title", "Shade trees"), ("cost", "30000")],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Shade trees"));
    propose(&app, &cy, &id, &h, "Benches", "20000").await;
    propose(&app, &cy, &id, &h, "A fountain", "25000").await;

    move_to(&app, &ada, &id, "balloting", 200).await;
    let html = app.page(&b, &page).await;
    assert!(html.contains("name=\"project-1\""), "{html}");
    assert!(html.contains("At most 2 projects."), "{html}");
    // Too many: refused beside the ballot, the boxes as ticked.
    let r = app
        .post_form(
            &b,
            &page,
            &format!("/budgets/{id}/headings/{h}/ballot"),
            &[("project-1", "1"), ("project-2", "1"), ("project-3", "1")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("id=\"error-ballot\""), "{html}");
    assert_eq!(html.matches(" checked").count(), 3, "{html}");
    let r = app
        .post_form(
            &b,
            &page,
            &format!("/budgets/{id}/headings/{h}/ballot"),
            &[("project-1", "1"), ("project-2", "1")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("Your ballot is in"), "{html}");
    assert!(html.contains("Change my ballot"));
    vote(&app, &cy, &id, &h, &["1", "3"], 200).await;
    vote(&app, &ada, &id, &h, &["3"], 200).await;

    move_to(&app, &ada, &id, "results", 200).await;
    let results = format!("/budgets/{id}/results?heading={h}");
    let html = app.page(&b, &results).await;
    assert!(html.contains("<svg"), "a chart drawn on the server");
    assert!(
        html.contains("Equal Shares with add1, then greedy"),
        "{html}"
    );
    assert!(html.contains("Greedy (most votes first)"));
    assert!(html.contains("What my ballot did"), "{html}");
    assert!(html.contains("Your share of the budget was"), "{html}");
    assert!(html.contains("Why the others lost"));
    // Another rule, through the form's select.
    let html = app.page(&b, &format!("{results}&rule=phragmen")).await;
    assert!(html.contains("Sequential Phragmén"));
    assert!(
        html.contains("This rule does not share the budget"),
        "{html}"
    );
    // Signed out: the results without "my ballot".
    let html = app.page(&app.browser(), &results).await;
    assert!(!html.contains("What my ballot did"));
    // In another language.
    let r = app
        .browser()
        .get(app.url(&results))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    let html = r.text().await.unwrap();
    assert!(html.contains("Pourquoi les autres ont perdu"), "{html}");
}

#[tokio::test]
async fn an_imported_budget_has_its_pages_and_says_why_projects_lost() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let id = imported(&app, &ada, "city", SMALL).await;
    let b = app.browser();
    let html = app.page(&b, &format!("/budgets/{id}")).await;
    assert!(
        html.contains("Testville 2025") && html.contains("Imported"),
        "{html}"
    );
    assert!(html.contains("See the results"));
    // `c` lost under Equal Shares with add1: its two supporters started with 34 each and
    // one paid 20 for `a`; the greedy completion then had 40 left for it.
    let html = app.page(&b, &format!("/budgets/{id}/results")).await;
    assert!(html.contains("Its 2 supporters"), "{html}");
    assert!(html.contains("started with 68"), "{html}");
    assert!(html.contains("They had 48 left"), "{html}");
    assert!(html.contains("When its turn came, 40 was left"), "{html}");
    // Under plain Equal Shares: 25 each, 30 left.
    let html = app
        .page(&b, &format!("/budgets/{id}/results?rule=mes_cost"))
        .await;
    assert!(html.contains("They had 30 left"), "{html}");
    let html = app
        .page(&b, &format!("/budgets/{id}/results?rule=greedy_cost"))
        .await;
    assert!(html.contains("When its turn came, 40 was left"), "{html}");
    // Unknown rule on a page: the error page, not a crash.
    let r = b
        .get(app.url(&format!("/budgets/{id}/results?rule=dice")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn only_eligible_people_post_the_forms() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).await;
    let p = process(&app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    let (admin, member, stranger) = (
        app.browser_of(&ada).await,
        app.browser_of(&bob).await,
        app.browser_of(&eve).await,
    );
    app.check_form_roles(
        &format!("/budgets/{id}/phase"),
        &[("phase", "accepting_proposals")],
        Some((&member, 403)),
        &admin,
    )
    .await;
    app.check_form_roles(
        &format!("/budgets/{id}/projects"),
        &[("heading", &h), ("title", "Trees"), ("cost", "100")],
        Some((&stranger, 403)),
        &member,
    )
    .await;
    move_to(&app, &ada, &id, "balloting", 200).await;
    app.check_form_roles(
        &format!("/budgets/{id}/headings/{h}/ballot"),
        &[("project-1", "1")],
        Some((&stranger, 403)),
        &member,
    )
    .await;
}
