//! Headless Chromium over WebDriver: a person signs up, creates an organization and sees
//! the event in the journal; the fork walk; a company asking whether it may use a commons
//! (`coalition`); the first users' walk (`first_users`); a decision's discussion answered
//! from a phone (`threads`); axe-core on the demo's pages in every
//! language, signed out and signed in; the keyboard reaching every action with a visible
//! focus; and the pages on a 390 px phone (screenshots kept when
//! COMMONFARE_SCREENSHOTS names a folder). Runs when COMMONFARE_WEBDRIVER_URL names a running chromedriver (and, for
//! axe, COMMONFARE_AXE_JS its script); otherwise says loudly that it skipped.

mod ballot_total;
mod bodies;
mod budgets;
mod coalition;
mod first_users;
mod ledger;
mod lending;
mod threads;

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
            .for_element(Locator::XPath("//h1[contains(., 'Welcome')]"))
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
/// the lists, a person, an organization, a commons and a fork of it, a contribution, the
/// threads of a commons and of an organization and one of each, the sign-in and sign-up
/// forms, the API's page, and an error page.
const AXE_PAGES: &[&str] = &[
    "/",
    "/activity",
    "/commons",
    "/orgs",
    "/people",
    "/people/amara",
    "/orgs/lagomar-city",
    "/orgs/makers-lagomar/bodies/assembly",
    "/orgs/makers-lagomar/bodies/assembly/decisions/2",
    "/commons/lagomar-repair-manuals",
    "/commons/lagomar-repair-manuals/contributions",
    "/commons/lagomar-repair-manuals/contributions/1",
    "/commons/lagomar-repair-manuals/revisions",
    "/commons/manuales-de-reparacion/revisions",
    "/activity?context=commons:lagomar-repair-manuals",
    "/commons/lagomar-repair-manuals/threads",
    "/commons/lagomar-repair-manuals/threads/1",
    "/commons/manuales-de-reparacion",
    "/orgs/makers-lagomar/threads",
    "/orgs/makers-lagomar/threads/1",
    "/commons/lagomar-repair-manuals/diff?from=1&to=4",
    "/commons/lagomar-repair-manuals/files/README.md",
    "/treasuries",
    "/treasuries/makers-lagomar",
    "/treasuries/makers-lagomar/statements",
    "/signin",
    "/signup",
    "/api",
    "/no/such/page",
    "/budgets",
    "/resources",
    "/resources?kind=vehicle",
    "/treasuries/lagomar-repair-manuals/distributions/1",
    "/treasuries/makers-lagomar/expenses",
    "/treasuries/makers-lagomar/expenses/2",
    "/commons/valley-bread-recipes/licence-policy",
    "/commons/open-irrigation-controller/licence-policy",
    "/commons/open-irrigation-controller/determinations",
    "/commons/valley-bread-recipes/determinations/new",
    "/commons/open-irrigation-controller/paid-volunteer",
    "/resources?from=2027-01-08T10%3A00&to=2027-01-09T18%3A00&quantity=1&kind=vehicle",
    "/orgs/makers-lagomar/bodies/board",
    "/orgs/makers-lagomar/bodies/assembly/decisions/5",
    "/commons/open-irrigation-controller/dues",
    "/commons/open-irrigation-controller/dues/1",
    "/commons/lagomar-open-data/dues/2",
    "/orgs/circuito",
    "/orgs/circuito/standing",
    "/orgs/opengrow/paid-volunteer",
    "/treasuries/makers-lagomar/rules",
];

/// Pages a signed-in maintainer (the demo's `fatima`) sees: the settings, the forms that
/// create, the editor, and a contribution open for review with its decision buttons.
const SIGNED_IN_PAGES: &[&str] = &[
    "/settings",
    "/commons/new",
    "/orgs/new",
    "/commons/lagomar-repair-manuals/edit",
    "/commons/lagomar-repair-manuals/contributions/7",
    "/people/fatima",
    "/welcome",
    "/commons/lagomar-repair-manuals/revisions",
    "/orgs/repair-tuesday",
    "/commons/lagomar-repair-manuals",
    "/orgs/repair-tuesday/bodies/workshop",
    "/orgs/repair-tuesday/bodies/workshop/decisions/1",
    "/me/reservations",
    "/desk",
    "/treasuries/lagomar-repair-manuals/distributions",
    "/treasuries/lagomar-repair-manuals/distributions/2",
    "/treasuries/makers-lagomar/expenses",
    "/treasuries/makers-lagomar/expenses/3",
    "/commons/lagomar-repair-manuals/licence-policy",
    "/commons/open-irrigation-controller/determinations/new",
    "/commons/lagomar-repair-manuals/paid-volunteer",
    "/orgs/makers-lagomar/bodies/assembly/decisions/5",
    "/decisions",
    "/treasuries/makers-lagomar/rules",
];

/// Signs the browser in through the form.
async fn sign_in(b: &Client, app: &TestApp, handle: &str, password: &str) -> Result<(), CmdError> {
    b.goto(&app.url("/signin")).await?;
    fill(b, "input[name=handle]", handle).await?;
    fill(b, "input[name=password]", password).await?;
    click(b, "form[action='/signin'] button[type=submit]").await?;
    wait_for(b, &format!("//a[@href='/people/{handle}']")).await
}

/// axe-core (installed by `scripts/test` from npm, named by COMMONFARE_AXE_JS) on every
/// page above in each of the four languages, then on the signed-in pages: no serious or
/// critical violation.
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
    // The edited comment's history, whose address carries the comment's id.
    let thread = app
        .page(&app.browser(), "/commons/lagomar-repair-manuals/threads/2")
        .await;
    let at = thread
        .find("/history\"")
        .expect("an edited comment in the demo thread");
    let from = thread[..at].rfind("\"/comments/").expect("its link") + 1;
    let history = format!("{}/history", &thread[from..at]);
    // The cargo bike's page, whose address carries the resource's id, and its first
    // reservation's.
    let bikes = app.page(&app.browser(), "/resources?q=cargo").await;
    let name = bikes
        .find("<strong>Cargo bike")
        .expect("the demo's cargo bike");
    let start = bikes[..name].rfind("href=\"/resources/").expect("its link") + 6;
    let bike = bikes[start..]
        .split('"')
        .next()
        .expect("its link")
        .to_string();
    let bike_page = app.page(&app.browser(), &bike).await;
    let start = bike_page
        .find("href=\"/reservations/")
        .expect("a reservation of it")
        + 6;
    let loan = bike_page[start..]
        .split('"')
        .next()
        .expect("its link")
        .to_string();
    // The company's determination under CopyFair, whose address carries its id.
    let asked = app
        .page(
            &app.browser(),
            "/commons/open-irrigation-controller/determinations",
        )
        .await;
    let start = asked
        .find("href=\"/determinations/")
        .expect("the demo's determination")
        + 6;
    let determination = asked[start..]
        .split('"')
        .next()
        .expect("its link")
        .to_string();
    // The demo's seven budgets (four balloting, three whose results are out), and the
    // results of those whose results are out.
    let budgets_list = app.page(&app.browser(), "/budgets").await;
    let mut budgets: Vec<String> = Vec::new();
    for (at, _) in budgets_list.match_indices("href=\"/budgets/") {
        let link = budgets_list[at + 6..].split('"').next().expect("its link");
        if !budgets.iter().any(|b| b == link) {
            budgets.push(link.to_string());
        }
    }
    assert_eq!(budgets.len(), 7, "the demo's seven budgets: {budgets:?}");
    let mut results: Vec<String> = Vec::new();
    for b in &budgets {
        let r = app
            .browser()
            .get(app.url(&format!("{b}/results")))
            .send()
            .await
            .expect("results");
        if r.status() == reqwest::StatusCode::OK {
            results.push(format!("{b}/results"));
        }
    }
    assert_eq!(results.len(), 3, "three budgets have results: {results:?}");
    let anonymous: Vec<&str> = AXE_PAGES
        .iter()
        .copied()
        .chain([
            history.as_str(),
            bike.as_str(),
            loan.as_str(),
            determination.as_str(),
        ])
        .chain(budgets.iter().map(String::as_str))
        .chain(results.iter().map(String::as_str))
        .collect();
    let mut found = Vec::new();
    let result: Result<(), CmdError> = async {
        let walks = commonfare::i18n::Lang::ALL
            .into_iter()
            .map(|l| (l, false))
            .chain(commonfare::i18n::Lang::ALL.into_iter().map(|l| (l, true)));
        for (lang, signed_in) in walks {
            if signed_in && lang == commonfare::i18n::Lang::En {
                sign_in(&b, &app, "fatima", "commonfare-demo").await?;
            }
            b.goto(&app.url(&format!("/language?lang={}&back=/", lang.code())))
                .await?;
            let pages = if signed_in {
                SIGNED_IN_PAGES
            } else {
                &anonymous[..]
            };
            for page in pages {
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

/// What is focusable on the page, in document order, as a short description each; and
/// marks each with its index so that the walk can say which it reached.
const FOCUSABLE: &str = "
    const all = [...document.querySelectorAll(
      'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), ' +
      'select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex=\"-1\"])')]
      .filter(e => e.getClientRects().length > 0 || e.classList.contains('skip'));
    all.forEach((e, i) => e.dataset.kb = i);
    return all.map(e => e.tagName.toLowerCase() + ' ' +
      (e.getAttribute('href') || e.getAttribute('name') || e.textContent.trim().slice(0, 30)));";

/// The focused element's index and whether its focus is seen: an outline of at least 2 px
/// that is not hidden, or a box shadow.
const FOCUSED: &str = "
    const e = document.activeElement;
    const s = getComputedStyle(e);
    const seen = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)
      || s.boxShadow !== 'none';
    return [e.dataset.kb === undefined ? -1 : Number(e.dataset.kb), seen,
            e.tagName.toLowerCase() + ' ' + (e.getAttribute('href') || e.getAttribute('name') || '')];";

/// Tab from the top of each page reaches every link, button and field, in order, each with
/// a visible focus; the first stop skips to the content. Signed in as a maintainer, on a
/// contribution open for review, every decision is reachable.
#[tokio::test]
async fn the_keyboard_reaches_every_action_with_a_visible_focus() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let mut problems = Vec::new();
    let result: Result<(), CmdError> = async {
        for (signed_in, page) in [
            (false, "/"),
            (false, "/commons/lagomar-repair-manuals"),
            (false, "/signup"),
            (true, "/commons/lagomar-repair-manuals/contributions/7"),
            (true, "/settings"),
        ] {
            if signed_in && !problems.iter().any(|p: &String| p == "signed in") {
                sign_in(&b, &app, "fatima", "commonfare-demo").await?;
                problems.push("signed in".into());
            }
            b.goto(&app.url(page)).await?;
            let focusable = b.execute(FOCUSABLE, vec![]).await?;
            let focusable: Vec<String> = focusable
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap_or("").to_string())
                .collect();
            let mut reached = vec![false; focusable.len()];
            let mut first = None;
            for _ in 0..focusable.len() + 3 {
                b.active_element()
                    .await?
                    .send_keys(&fantoccini::key::Key::Tab.to_string())
                    .await?;
                let now = b.execute(FOCUSED, vec![]).await?;
                let index = now[0].as_i64().unwrap_or(-1);
                let what = now[2].as_str().unwrap_or("").to_string();
                first.get_or_insert(what.clone());
                if index >= 0 {
                    reached[index as usize] = true;
                    if now[1] != json!(true) {
                        problems.push(format!("{page}: no visible focus on {what}"));
                    }
                }
            }
            if first.as_deref() != Some("a #content") {
                problems.push(format!(
                    "{page}: the first stop is {first:?}, not the skip link"
                ));
            }
            for (i, f) in focusable.iter().enumerate() {
                if !reached[i] {
                    problems.push(format!("{page}: Tab never reaches {f}"));
                }
            }
        }
        Ok(())
    }
    .await;
    let _ = b.close().await;
    result.expect("keyboard walk");
    problems.retain(|p| p != "signed in");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// On a 390 × 844 phone, in each language, every page the accessibility walk visits (and
/// a revision diff) fits the screen's width: nothing scrolls sideways, long lines scroll in
/// their own box. A screenshot of the home page, a commons, a contribution under review,
/// the settings, a treasury's ledger and an error page is kept when COMMONFARE_SCREENSHOTS names a folder.
#[tokio::test]
async fn the_pages_fit_a_phone_in_every_language() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let keep = std::env::var("COMMONFARE_SCREENSHOTS")
        .ok()
        .map(std::path::PathBuf::from);
    if let Some(dir) = &keep {
        std::fs::create_dir_all(dir).expect("the screenshots' folder");
    }
    let mut too_wide = Vec::new();
    let result: Result<(), CmdError> = async {
        b.set_window_size(390, 844).await?;
        // The window's frame may take some of it: make the page itself 390 px wide.
        b.goto(&app.url("/")).await?;
        let inner = b.execute("return window.innerWidth;", vec![]).await?;
        let inner = inner.as_i64().unwrap_or(390);
        if inner != 390 {
            b.set_window_size(u32::try_from(390 + (390 - inner)).unwrap_or(390), 844)
                .await?;
        }
        sign_in(&b, &app, "fatima", "commonfare-demo").await?;
        for lang in commonfare::i18n::Lang::ALL {
            b.goto(&app.url(&format!("/language?lang={}&back=/", lang.code())))
                .await?;
            let shots = [
                ("home", "/"),
                ("commons", "/commons/lagomar-repair-manuals"),
                (
                    "contribution",
                    "/commons/lagomar-repair-manuals/contributions/7",
                ),
                ("settings", "/settings"),
                ("ledger", "/treasuries/makers-lagomar"),
                ("error", "/commons/no-such-commons"),
            ];
            let others = AXE_PAGES
                .iter()
                .chain(SIGNED_IN_PAGES)
                .filter(|p| !shots.iter().any(|(_, s)| s == *p))
                .map(|p| ("", *p));
            for (name, page) in shots.into_iter().chain(others) {
                b.goto(&app.url(page)).await?;
                let widths = b
                    .execute(
                        "return [document.documentElement.scrollWidth, window.innerWidth];",
                        vec![],
                    )
                    .await?;
                let (scroll, inner) = (widths[0].as_i64().unwrap(), widths[1].as_i64().unwrap());
                assert_eq!(inner, 390, "the phone's width");
                if scroll > inner {
                    too_wide.push(format!("{} {page}: {scroll} px wide", lang.code()));
                }
                if let (Some(dir), false) = (&keep, name.is_empty()) {
                    let png = b.screenshot().await?;
                    std::fs::write(dir.join(format!("{}-{name}.png", lang.code())), png)
                        .expect("a screenshot written");
                }
            }
        }
        Ok(())
    }
    .await;
    let _ = b.close().await;
    result.expect("phone walk");
    assert!(
        too_wide.is_empty(),
        "pages wider than a phone:\n{}",
        too_wide.join("\n")
    );
}
