//! Headless Chromium over WebDriver: a person signs up, creates an organization and sees
//! the event in the journal; the fork walk; and axe-core on the demo's pages in every
//! language. Runs when COMMONFARE_WEBDRIVER_URL names a running chromedriver (and, for
//! axe, COMMONFARE_AXE_JS its script); otherwise says loudly that it skipped.

use crate::support::TestApp;
use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// A fresh headless Chromium session, or None (with a loud message) when no chromedriver
/// is configured. The profile directory must live as long as the session.
async fn session() -> Option<(Client, tempfile::TempDir)> {
    let Ok(webdriver) = std::env::var("COMMONFARE_WEBDRIVER_URL") else {
        // Written to the real stderr, not through the test harness's capture, so that the
        // skip is seen even when the test passes.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED browser test: COMMONFARE_WEBDRIVER_URL not set"
        );
        return None;
    };
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
    Some((b, profile))
}

async fn fill(b: &Client, css: &str, text: &str) -> Result<(), CmdError> {
    b.wait()
        .for_element(Locator::Css(css))
        .await?
        .send_keys(text)
        .await
}

/// Clicks an element once it is there (a previous click may still be loading its page).
async fn click(b: &Client, css: &str) -> Result<(), CmdError> {
    b.wait().for_element(Locator::Css(css)).await?.click().await
}

async fn wait_for(b: &Client, xpath: &str) -> Result<(), CmdError> {
    b.wait()
        .for_element(Locator::XPath(xpath))
        .await
        .map(|_| ())
}

#[tokio::test]
async fn sign_up_create_organization_see_it_in_the_journal() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let app = TestApp::spawn().await;

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

/// The fork walk of issue 3 in Chromium: carol forks a commons, proposes and accepts a file
/// in her fork, and offers it upstream; the parent shows the offer with its attribution and
/// lists the fork.
#[tokio::test]
async fn fork_change_and_offer_upstream() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    app.api_user("carol").await;
    let r = app
        .program()
        .post(app.url("/api/v1/commons"))
        .bearer_auth(&ada)
        .json(&json!({"handle": "bread", "name": "Bread recipes", "kind": "knowledge", "licence": "CC-BY-SA-4.0"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);

    let result = async {
        b.goto(&app.url("/signin")).await?;
        fill(&b, "form[action='/signin'] input[name=handle]", "carol").await?;
        fill(
            &b,
            "form[action='/signin'] input[name=password]",
            "correct horse battery",
        )
        .await?;
        click(&b, "form[action='/signin'] button[type=submit]").await?;
        wait_for(&b, "//a[contains(., 'carol')]").await?;

        b.goto(&app.url("/commons/bread")).await?;
        b.find(Locator::XPath(
            "//summary[contains(., 'Fork this commons')]",
        ))
        .await?
        .click()
        .await?;
        let forks = "form[action='/commons/bread/fork']";
        fill(&b, &format!("{forks} input[name=handle]"), "bread-carol").await?;
        click(&b, &format!("{forks} button[type=submit]")).await?;
        wait_for(&b, "//p[contains(., 'Forked from')]").await?;

        b.goto(&app.url("/commons/bread-carol/edit")).await?;
        let edit = "form[action='/commons/bread-carol/propose']";
        fill(&b, &format!("{edit} input[name=path]"), "rye.md").await?;
        fill(&b, &format!("{edit} textarea[name=text]"), "# Rye\n").await?;
        fill(&b, &format!("{edit} input[name=message]"), "Add rye").await?;
        click(&b, &format!("{edit} button[type=submit]")).await?;
        click(
            &b,
            "form[action$='/contributions/1/accept'] button[type=submit]",
        )
        .await?;
        wait_for(&b, "//span[contains(., 'accepted')]").await?;

        b.goto(&app.url("/commons/bread-carol")).await?;
        let offer = "form[action='/commons/bread-carol/offer']";
        fill(
            &b,
            &format!("{offer} input[name=message]"),
            "Rye, from my fork",
        )
        .await?;
        click(&b, &format!("{offer} button[type=submit]")).await?;
        wait_for(&b, "//p[contains(., 'Offered from the fork')]").await?;
        let text = b.find(Locator::Css("main")).await?.text().await?;
        assert!(text.contains("bread #1"), "offer page: {text}");
        assert!(text.contains("@carol"), "offer page: {text}");

        b.goto(&app.url("/commons/bread")).await?;
        let text = b.find(Locator::Css("main")).await?.text().await?;
        assert!(
            text.contains("bread-carol"),
            "the parent lists its fork: {text}"
        );
        Ok::<_, CmdError>(())
    }
    .await;
    let _ = b.close().await;
    result.expect("browser fork walk");
}

/// Pages of the demo the accessibility check walks, anonymous: the home page, the journal,
/// the lists, a person, an organization, a commons, a contribution, a thread, the sign-in
/// and sign-up forms, and an error page.
const AXE_PAGES: &[&str] = &[
    "/",
    "/activity",
    "/commons",
    "/orgs",
    "/people",
    "/people/amara",
    "/orgs/lagomar-city",
    "/commons/lagomar-repair-manuals",
    "/commons/lagomar-repair-manuals/contributions",
    "/commons/lagomar-repair-manuals/contributions/1",
    "/commons/lagomar-repair-manuals/revisions",
    "/commons/lagomar-repair-manuals/threads",
    "/signin",
    "/signup",
    "/no/such/page",
];

/// axe-core (installed by `scripts/test` from npm, named by COMMONFARE_AXE_JS) on every
/// page above in each of the four languages: no serious or critical violation.
#[tokio::test]
async fn demo_pages_pass_axe_in_every_language() {
    let Ok(axe_path) = std::env::var("COMMONFARE_AXE_JS") else {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED accessibility test: COMMONFARE_AXE_JS not set"
        );
        return;
    };
    let Some((b, _profile)) = session().await else {
        return;
    };
    let axe = std::fs::read_to_string(&axe_path).expect("axe-core's axe.min.js");
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let mut found = Vec::new();
    let result: Result<(), CmdError> = async {
        for lang in commonfare::i18n::Lang::ALL {
            b.goto(&app.url(&format!("/language?lang={}&back=/", lang.code())))
                .await?;
            for page in AXE_PAGES {
                b.goto(&app.url(page)).await?;
                b.execute(&axe, vec![]).await?;
                let report = b
                    .execute_async(
                        "const done = arguments[arguments.length - 1];
                         axe.run(document, { resultTypes: ['violations'] })
                           .then(r => done(r.violations
                             .filter(v => v.impact === 'serious' || v.impact === 'critical')
                             .map(v => v.id + ' (' + v.impact + '): ' +
                                  v.nodes.map(n => n.target.join(' ')).join(', '))))
                           .catch(e => done(['axe failed: ' + e]));",
                        vec![],
                    )
                    .await?;
                let html_lang = b
                    .execute("return document.documentElement.lang;", vec![])
                    .await?;
                assert_eq!(html_lang, lang.code(), "{page} is in the chosen language");
                for v in report.as_array().into_iter().flatten() {
                    found.push(format!(
                        "{} {page}: {}",
                        lang.code(),
                        v.as_str().unwrap_or("")
                    ));
                }
            }
        }
        Ok(())
    }
    .await;
    let _ = b.close().await;
    result.expect("browser walk");
    assert!(
        found.is_empty(),
        "serious or critical violations:\n{}",
        found.join("\n")
    );
}
