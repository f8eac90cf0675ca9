//! Headless Chromium over WebDriver: a person signs up, creates an organization and sees
//! the event in the journal. Runs when COMMONFARE_WEBDRIVER_URL names a running
//! chromedriver; otherwise says loudly that it skipped.

use crate::support::TestApp;
use fantoccini::{ClientBuilder, Locator};
use serde_json::json;

#[tokio::test]
async fn sign_up_create_organization_see_it_in_the_journal() {
    let Ok(webdriver) = std::env::var("COMMONFARE_WEBDRIVER_URL") else {
        // Written to the real stderr, not through the test harness's capture, so that the
        // skip is seen even when the test passes.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED browser test: COMMONFARE_WEBDRIVER_URL not set"
        );
        return;
    };
    let app = TestApp::spawn().await;
    let profile = tempfile::tempdir().unwrap();
    let binary =
        std::env::var("COMMONFARE_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": binary,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                format!("--user-data-dir={}", profile.path().display()),
            ]
        }
    });
    let caps = caps.as_object().unwrap().clone();
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let b = ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&webdriver)
        .await
        .expect("WebDriver session");

    let result = async {
        b.goto(&app.url("/signup")).await?;
        b.find(Locator::Css("input[name=handle]"))
            .await?
            .send_keys("ada")
            .await?;
        b.find(Locator::Css("input[name=display_name]"))
            .await?
            .send_keys("Ada Moreno")
            .await?;
        b.find(Locator::Css("input[name=password]"))
            .await?
            .send_keys("correct horse battery")
            .await?;
        b.find(Locator::Css("form[action='/signup'] button[type=submit]"))
            .await?
            .click()
            .await?;
        b.wait()
            .for_element(Locator::XPath("//h1[contains(., 'Ada Moreno')]"))
            .await?;

        b.goto(&app.url("/orgs/new")).await?;
        b.find(Locator::Css("input[name=handle]"))
            .await?
            .send_keys("bakery")
            .await?;
        b.find(Locator::Css("input[name=name]"))
            .await?
            .send_keys("Pane Comune")
            .await?;
        b.find(Locator::Css("select[name=kind] option[value=cooperative]"))
            .await?
            .click()
            .await?;
        b.find(Locator::Css("form[action='/orgs'] button[type=submit]"))
            .await?
            .click()
            .await?;
        b.wait()
            .for_element(Locator::XPath("//h1[contains(., 'Pane Comune')]"))
            .await?;

        b.goto(&app.url("/activity")).await?;
        let text = b.find(Locator::Css("ol.events")).await?.text().await?;
        assert!(
            text.contains("@ada created Pane Comune @bakery (Cooperative)"),
            "journal shows: {text}"
        );
        assert!(
            text.contains("@ada joined the instance"),
            "journal shows: {text}"
        );
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    let _ = b.close().await;
    result.expect("browser walk");
}
