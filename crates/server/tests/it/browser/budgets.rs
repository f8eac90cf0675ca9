//! A voter's walk through a participatory budget on a 390 px phone, without JavaScript
//! doing anything for it: from the list to a process, proposing a project through its
//! form, ticking projects on the ballot, and, once the results are out, reading what
//! their ballot paid for and why the others lost. Every page fits the phone's width and,
//! when axe-core is at hand, has no serious or critical violation.

use super::{click, fill, session, sign_in, wait_for};
use crate::support::{Person, TestApp};
use fantoccini::Client;
use fantoccini::error::CmdError;
use serde_json::{Value, json};

/// A demo person's API token.
async fn token(app: &TestApp, handle: &str) -> Person {
    let r = app
        .program()
        .post(app.url("/api/v1/tokens"))
        .json(&json!({"name": "walk", "handle": handle, "password": "commonfare-demo"}))
        .send()
        .await
        .unwrap();
    let v: Value = r.json().await.unwrap();
    Person {
        handle: handle.into(),
        token: v["token"].as_str().unwrap().into(),
    }
}

/// Whether the page is wider than the phone; and axe's serious or critical findings.
pub(super) async fn check(
    b: &Client,
    axe: Option<&str>,
    page: &str,
    found: &mut Vec<String>,
) -> Result<(), CmdError> {
    let widths = b
        .execute(
            "return [document.documentElement.scrollWidth, window.innerWidth];",
            vec![],
        )
        .await?;
    let (scroll, inner) = (widths[0].as_i64().unwrap(), widths[1].as_i64().unwrap());
    if scroll > inner {
        found.push(format!("{page}: {scroll} px wide on a {inner} px phone"));
    }
    if let Some(axe) = axe {
        b.execute(axe, vec![]).await?;
        let report = b
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations
                     .filter(v => v.impact === 'serious' || v.impact === 'critical')
                     .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await?;
        for v in report.as_array().into_iter().flatten() {
            found.push(format!("{page}: {}", v.as_str().unwrap_or("")));
        }
    }
    Ok(())
}

#[tokio::test]
async fn a_voter_walks_from_proposing_to_what_their_ballot_paid_for_on_a_phone() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let axe = std::env::var("COMMONFARE_AXE_JS")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok());
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let chen = token(&app, "chen").await;
    let p = app
        .post_as(
            &chen,
            "/api/v1/budgets",
            json!({"owner": "lagomar-city", "title": "Green courtyards", "eligibility": "anyone",
                   "ballot_style": "knapsack",
                   "headings": [{"name": "Old Town", "amount": "50000"}]}),
            201,
        )
        .await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = p["headings"][0]["id"].as_str().unwrap().to_string();
    let phase = format!("/api/v1/budgets/{id}/phase");
    app.post_as(&chen, &phase, json!({"phase": "accepting_proposals"}), 200)
        .await;
    let mut found = Vec::new();
    let result: Result<(), CmdError> = async {
        b.set_window_size(390, 844).await?;
        b.goto(&app.url("/")).await?;
        let inner = b.execute("return window.innerWidth;", vec![]).await?;
        let inner = inner.as_i64().unwrap_or(390);
        if inner != 390 {
            b.set_window_size(u32::try_from(390 + (390 - inner)).unwrap_or(390), 844)
                .await?;
        }
        sign_in(&b, &app, "bruno", "commonfare-demo").await?;
        b.goto(&app.url("/language?lang=en&back=/budgets")).await?;
        check(&b, axe.as_deref(), "/budgets", &mut found).await?;
        click(&b, &format!("a[href='/budgets/{id}']")).await?;
        wait_for(&b, "//h2[@id or text()]").await?;
        check(&b, axe.as_deref(), "the process, proposing", &mut found).await?;
        fill(&b, "input[name=title]", "Climbing roses on the old walls").await?;
        fill(&b, "input[name=cost]", "18000").await?;
        click(&b, "form[action$='/projects'] button[type=submit]").await?;
        wait_for(&b, "//h1[contains(., 'Climbing roses')]").await?;
        check(&b, axe.as_deref(), "the project", &mut found).await?;
        Ok(())
    }
    .await;
    if let Err(e) = result {
        let _ = b.close().await;
        panic!("proposing: {e}");
    }
    let chen2 = chen.clone();
    app.post_as(
        &chen2,
        &format!("/api/v1/budgets/{id}/projects"),
        json!({"heading": h, "title": "A fig tree in every courtyard", "cost": "25000"}),
        201,
    )
    .await;
    app.post_as(&chen, &phase, json!({"phase": "balloting"}), 200)
        .await;
    let result: Result<(), CmdError> = async {
        b.goto(&app.url(&format!("/budgets/{id}"))).await?;
        check(&b, axe.as_deref(), "the process, balloting", &mut found).await?;
        click(&b, "input[name='project-1']").await?;
        click(&b, "input[name='project-2']").await?;
        click(&b, "form[action$='/ballot'] button[type=submit]").await?;
        wait_for(&b, "//p[contains(., 'Your ballot is in')]").await?;
        Ok(())
    }
    .await;
    if let Err(e) = result {
        let _ = b.close().await;
        panic!("voting: {e}");
    }
    app.post_as(&chen, &phase, json!({"phase": "results"}), 200)
        .await;
    let result: Result<(), CmdError> = async {
        b.goto(&app.url(&format!("/budgets/{id}"))).await?;
        click(&b, &format!("a[href='/budgets/{id}/results']")).await?;
        wait_for(&b, "//h2[contains(., 'What my ballot did')]").await?;
        let text = b
            .find(fantoccini::Locator::Css("#my-ballot"))
            .await?
            .text()
            .await?;
        assert!(
            text.contains("Your share of the budget was 50,000"),
            "{text}"
        );
        check(&b, axe.as_deref(), "the results", &mut found).await?;
        Ok(())
    }
    .await;
    let _ = b.close().await;
    result.expect("the results");
    assert!(found.is_empty(), "{}", found.join("\n"));
}
