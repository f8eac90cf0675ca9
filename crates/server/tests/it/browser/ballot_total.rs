//! A knapsack ballot's running total in Chromium: as a voter ticks projects, the ballot
//! says what is left of the heading's amount, exactly to the cent, and by how much the
//! ticked ones go over it; the ballot itself works the same without the script.

use super::{click, session, sign_in};
use crate::support::{Person, TestApp};
use fantoccini::Locator;
use fantoccini::error::CmdError;
use serde_json::{Value, json};

#[tokio::test]
async fn a_knapsack_ballot_says_what_is_left_to_spend_as_projects_are_ticked() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let r = app
        .program()
        .post(app.url("/api/v1/tokens"))
        .json(&json!({"name": "walk", "handle": "chen", "password": "commonfare-demo"}))
        .send()
        .await
        .expect("token");
    let v: Value = r.json().await.expect("json");
    let chen = Person {
        handle: "chen".into(),
        token: v["token"].as_str().expect("token").into(),
    };
    let p = app
        .post_as(
            &chen,
            "/api/v1/budgets",
            json!({"owner": "lagomar-city", "title": "Benches", "eligibility": "anyone",
                   "ballot_style": "knapsack",
                   "headings": [{"name": "Old Town", "amount": "1000.50"}]}),
            201,
        )
        .await;
    let id = p["id"].as_str().expect("id").to_string();
    let h = p["headings"][0]["id"]
        .as_str()
        .expect("heading")
        .to_string();
    let phase = format!("/api/v1/budgets/{id}/phase");
    app.post_as(&chen, &phase, json!({"phase": "accepting_proposals"}), 200)
        .await;
    for (title, cost) in [
        ("Oak benches", "400"),
        ("Shade sails", "300.25"),
        ("Drinking fountain", "500"),
    ] {
        app.post_as(
            &chen,
            &format!("/api/v1/budgets/{id}/projects"),
            json!({"heading": h, "title": title, "cost": cost}),
            201,
        )
        .await;
    }
    app.post_as(&chen, &phase, json!({"phase": "balloting"}), 200)
        .await;
    let result: Result<(), CmdError> = async {
        b.set_window_size(390, 844).await?;
        sign_in(&b, &app, "bruno", "commonfare-demo").await?;
        b.goto(&app.url(&format!("/language?lang=en&back=/budgets/{id}")))
            .await?;
        let total = || async {
            b.find(Locator::Css("form[data-budget] .running"))
                .await?
                .text()
                .await
        };
        assert_eq!(total().await?, "Left to spend: 1,000.50");
        click(&b, "input[name='project-1']").await?;
        click(&b, "input[name='project-2']").await?;
        assert_eq!(total().await?, "Left to spend: 300.25");
        click(&b, "input[name='project-3']").await?;
        assert_eq!(
            total().await?,
            "Over the amount by 199.75: take a project off."
        );
        click(&b, "input[name='project-3']").await?;
        assert_eq!(total().await?, "Left to spend: 300.25");
        Ok(())
    }
    .await;
    let _ = b.close().await;
    result.expect("the running total");
}
