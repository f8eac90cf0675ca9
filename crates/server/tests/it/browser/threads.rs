//! Threads on the objects of other domains, walked in Chromium on the demo without
//! JavaScript in the pages: fatima opens the makers' general assembly, follows its
//! Saturday motion's discussion from the body's threads to the decision's page, answers
//! there through the form and lands on her comment; the decision's, the budget project's
//! and the determination's pages, each with its discussion, fit a 390 px phone.

use super::{click, fill, session, sign_in, wait_for};
use crate::support::TestApp;
use fantoccini::Client;
use fantoccini::error::CmdError;

/// Fails when the page is wider than the window (a phone scrolling sideways).
async fn fits(b: &Client, what: &str) -> Result<(), CmdError> {
    let w = b
        .execute(
            "return [document.documentElement.scrollWidth, window.innerWidth];",
            vec![],
        )
        .await?;
    let (scroll, inner) = (w[0].as_i64().unwrap_or(0), w[1].as_i64().unwrap_or(0));
    assert!(
        scroll <= inner,
        "{what} is wider than the phone: {scroll} > {inner}"
    );
    Ok(())
}

#[tokio::test]
async fn a_member_answers_on_a_decision_s_page_from_a_phone() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    // Where the demo's project and determination discussions are read.
    let events: serde_json::Value = app
        .program()
        .get(app.url("/api/v1/activity?object_type=comment&limit=100"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let page_of = |kind: &str| {
        events["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["payload"]["about"]["subject"] == kind)
            .and_then(|e| e["object_url"].as_str())
            .map(|u| u.split('#').next().unwrap_or(u).to_string())
            .unwrap_or_else(|| panic!("no {kind} discussed in the demo"))
    };
    let (project, determination) = (page_of("project"), page_of("determination"));
    let result: Result<(), CmdError> = async {
        sign_in(&b, &app, "fatima", "commonfare-demo").await?;
        b.set_window_size(390, 844).await?;
        b.goto(&app.url("/orgs/makers-lagomar/bodies/assembly"))
            .await?;
        wait_for(
            &b,
            "//section[@id='discussion']//a[contains(., 'Agenda for the January assembly')]",
        )
        .await?;
        click(
            &b,
            "#discussion a[href='/orgs/makers-lagomar/bodies/assembly/threads']",
        )
        .await?;
        click(&b, "a[href^='/decisions/']").await?;
        wait_for(
            &b,
            "//li[contains(@class, 'comment')][contains(., 'dust extractor')]",
        )
        .await?;
        fill(
            &b,
            "form.reply textarea[name=body]",
            "The sheet is up on the door since Monday.",
        )
        .await?;
        click(&b, "form.reply button[type=submit]").await?;
        wait_for(
            &b,
            "//li[contains(@class, 'comment')][contains(., 'since Monday')]",
        )
        .await?;
        let url = b.current_url().await?;
        assert!(url.path().starts_with("/decisions/"), "{url}");
        assert!(
            url.fragment().is_some_and(|f| f.starts_with("comment-")),
            "{url}"
        );
        fits(&b, "the decision's page").await?;
        b.goto(&app.url(&project)).await?;
        wait_for(
            &b,
            "//li[contains(@class, 'comment')][contains(., 'old fish market')]",
        )
        .await?;
        fits(&b, "the project's page").await?;
        b.goto(&app.url(&determination)).await?;
        wait_for(
            &b,
            "//li[contains(@class, 'comment')][contains(., 'assembled by the buyer')]",
        )
        .await?;
        fits(&b, "the determination's page").await?;
        Ok(())
    }
    .await;
    let _ = b.close().await;
    result.expect("the walk through the decision's discussion");
}
