//! A voter's walk through a participatory budget on a 390 px phone, without JavaScript
//! doing anything for it: from the list to a process, proposing a project through its
//! form, ticking projects on the ballot, and, once the results are out, reading what
//! their ballot paid for and why the others lost. Then the newer forms (issue 15's
//! "Checked by"): on the demo, a new resident claims a census entry and votes, and a
//! member's points ballot is refused beside its field before it is cast; on a process the
//! test makes, an admin valuates a project and makes an incompatibility group from the
//! pages, and a resident casts a ranked ballot. Every page fits the phone's width and,
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

/// Replaces what an input holds (a refused form comes back with what was entered).
async fn set(b: &Client, css: &str, text: &str) -> Result<(), CmdError> {
    let e = b.wait().for_element(fantoccini::Locator::Css(css)).await?;
    e.clear().await?;
    e.send_keys(text).await
}

/// Sets the window so that the page itself is 390 px wide (the scrollbar aside).
async fn phone(b: &Client, app: &TestApp) -> Result<(), CmdError> {
    b.set_window_size(390, 844).await?;
    b.goto(&app.url("/")).await?;
    let inner = b.execute("return window.innerWidth;", vec![]).await?;
    let inner = inner.as_i64().unwrap_or(390);
    if inner != 390 {
        b.set_window_size(u32::try_from(390 + (390 - inner)).unwrap_or(390), 844)
            .await?;
    }
    Ok(())
}

/// The demo process of the city titled `title`, and its headings' ids by name.
async fn demo_process(app: &TestApp, title: &str) -> (String, Vec<(String, String)>) {
    let list = app
        .call_as(
            None,
            reqwest::Method::GET,
            "/api/v1/budgets?owner=lagomar-city",
            None,
            200,
        )
        .await;
    let id = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["title"] == title)
        .unwrap_or_else(|| panic!("{title}: {list}"))["id"]
        .as_str()
        .unwrap()
        .to_string();
    let p = app
        .call_as(
            None,
            reqwest::Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let headings = p["headings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["name"].as_str().unwrap().to_string(),
                h["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (id, headings)
}

/// The ballots of the heading `heading` of process `id`.
async fn ballots(app: &TestApp, id: &str, heading: &str) -> i64 {
    let p = app
        .call_as(
            None,
            reqwest::Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    p["headings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == heading)
        .unwrap()["ballots"]
        .as_i64()
        .unwrap()
}

/// On the demo, on a phone: a new resident signs up, claims their census entry on the
/// 2027 schools budget and votes for their side of the river; a member gives points on
/// the 2027 squares and parks, first on two projects only (refused, the words beside the
/// ballot, what was entered kept), then on three.
#[tokio::test]
async fn a_resident_claims_a_census_entry_and_a_member_gives_points_on_a_phone() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let axe = std::env::var("COMMONFARE_AXE_JS")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok());
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let (schools, sides) = demo_process(&app, "Schools and young people 2027").await;
    let north = sides[0].1.clone();
    let (squares, parks) = demo_process(&app, "Squares and parks 2027").await;
    let parks = parks[0].1.clone();
    let (north_before, parks_before) = (
        ballots(&app, &schools, &north).await,
        ballots(&app, &squares, &parks).await,
    );
    let mut found = Vec::new();
    let result: Result<(), CmdError> = async {
        phone(&b, &app).await?;
        b.goto(&app.url("/signup")).await?;
        fill(&b, "input[name=handle]", "giulia").await?;
        fill(&b, "input[name=display_name]", "Giulia Marino").await?;
        fill(&b, "input[name=password]", "correct horse battery").await?;
        click(&b, "form[action='/signup'] button[type=submit]").await?;
        wait_for(&b, "//a[@href='/people/giulia']").await?;
        b.goto(&app.url("/language?lang=en&back=/budgets")).await?;
        click(&b, &format!("a[href='/budgets/{schools}']")).await?;
        wait_for(&b, "//section[@id='claim']").await?;
        check(
            &b,
            axe.as_deref(),
            "the census process, claiming",
            &mut found,
        )
        .await?;
        fill(&b, "input[name=census_id]", "LG 268.049").await?;
        click(&b, "form[action$='/census/claim'] button[type=submit]").await?;
        wait_for(&b, "//p[contains(., 'You claimed your entry.')]").await?;
        check(
            &b,
            axe.as_deref(),
            "the census process, claimed",
            &mut found,
        )
        .await?;
        let form = format!("form[action$='/headings/{north}/ballot']");
        click(&b, &format!("{form} input[name='project-2']")).await?;
        click(&b, &format!("{form} input[name='project-4']")).await?;
        click(&b, &format!("{form} button[type=submit]")).await?;
        wait_for(&b, "//p[contains(., 'Your ballot is in')]").await?;
        check(&b, axe.as_deref(), "the census process, voted", &mut found).await?;

        click(&b, "form[action='/signout'] button").await?;
        wait_for(&b, "//a[@href='/signin']").await?;
        sign_in(&b, &app, "fatima", "commonfare-demo").await?;
        b.goto(&app.url(&format!("/language?lang=en&back=/budgets/{squares}")))
            .await?;
        wait_for(&b, "//input[@name='points-1']").await?;
        check(&b, axe.as_deref(), "the points ballot", &mut found).await?;
        set(&b, "input[name='points-1']", "5").await?;
        set(&b, "input[name='points-2']", "5").await?;
        click(&b, "form[action$='/ballot'] button[type=submit]").await?;
        let note = b
            .wait()
            .for_element(fantoccini::Locator::Css("#error-ballot"))
            .await?
            .text()
            .await?;
        assert!(note.contains('3'), "the refusal names the least: {note}");
        let described = b
            .find(fantoccini::Locator::Css("input[name='points-1']"))
            .await?
            .attr("aria-describedby")
            .await?;
        assert_eq!(described.as_deref(), Some("error-ballot"));
        let kept = b
            .find(fantoccini::Locator::Css("input[name='points-2']"))
            .await?
            .prop("value")
            .await?;
        assert_eq!(kept.as_deref(), Some("5"), "what was entered comes back");
        check(&b, axe.as_deref(), "the points ballot, refused", &mut found).await?;
        set(&b, "input[name='points-2']", "3").await?;
        set(&b, "input[name='points-4']", "2").await?;
        click(&b, "form[action$='/ballot'] button[type=submit]").await?;
        wait_for(&b, "//p[contains(., 'Your ballot is in')]").await?;
        check(&b, axe.as_deref(), "the points ballot, cast", &mut found).await?;
        Ok(())
    }
    .await;
    let _ = b.close().await;
    result.expect("the walk");
    assert_eq!(ballots(&app, &schools, &north).await, north_before + 1);
    assert_eq!(ballots(&app, &squares, &parks).await, parks_before + 1);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// A process the test makes (the demo has none valuating): on a phone, the city's admin
/// valuates a project from its page (refused first without the explanation a changed
/// price needs), then makes an incompatibility group from the process's page; once
/// balloting opens, a resident ranks the projects.
#[tokio::test]
async fn an_admin_valuates_and_groups_and_a_resident_ranks_on_a_phone() {
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
            json!({"owner": "lagomar-city", "title": "Harbour nights 2027", "eligibility": "anyone",
                   "ballot_style": "ranked", "max_projects": 3,
                   "headings": [{"name": "Harbour", "amount": "12000"}],
                   "phases": [{"phase": "accepting_proposals"}, {"phase": "valuating"},
                              {"phase": "balloting"}, {"phase": "results"}]}),
            201,
        )
        .await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = p["headings"][0]["id"].as_str().unwrap().to_string();
    let mut projects = Vec::new();
    for (title, cost) in [
        ("Lanterns along the quay", "5000"),
        ("An open-air cinema on the pier", "6000"),
        ("Night market stalls on the pier", "4500"),
    ] {
        let v = app
            .post_as(
                &chen,
                &format!("/api/v1/budgets/{id}/projects"),
                json!({"heading": h, "title": title, "cost": cost}),
                201,
            )
            .await;
        projects.push(v["id"].as_str().unwrap().to_string());
    }
    let phase = format!("/api/v1/budgets/{id}/phase");
    app.post_as(&chen, &phase, json!({"phase": "valuating"}), 200)
        .await;
    let mut found = Vec::new();
    let result: Result<(), CmdError> = async {
        phone(&b, &app).await?;
        sign_in(&b, &app, "chen", "commonfare-demo").await?;
        b.goto(&app.url(&format!("/language?lang=en&back=/budgets/{id}")))
            .await?;
        check(&b, axe.as_deref(), "the process, valuating", &mut found).await?;
        click(
            &b,
            &format!("a[href='/budgets/{id}/projects/{}']", projects[0]),
        )
        .await?;
        wait_for(&b, "//section[@id='valuate']").await?;
        check(&b, axe.as_deref(), "the project, valuating", &mut found).await?;
        set(&b, "input[name='valuation-price']", "6200").await?;
        click(&b, "form[action$='/valuation'] button[type=submit]").await?;
        wait_for(&b, "//span[@id='error-valuation-explanation']").await?;
        check(&b, axe.as_deref(), "the valuation, refused", &mut found).await?;
        set(
            &b,
            "textarea[name='valuation-explanation']",
            "Sea air: the lanterns need marine-grade fittings.",
        )
        .await?;
        click(&b, "form[action$='/valuation'] button[type=submit]").await?;
        wait_for(
            &b,
            "//section[@id='valuation']//dd[contains(., 'marine-grade')]",
        )
        .await?;
        check(&b, axe.as_deref(), "the valuation, recorded", &mut found).await?;

        b.goto(&app.url(&format!("/budgets/{id}"))).await?;
        click(&b, &format!("#group-form-{h} summary")).await?;
        for p in &projects[1..] {
            click(&b, &format!("input[name='group-project-{p}']")).await?;
        }
        fill(&b, "input[name='group-name']", "The pier on summer nights").await?;
        fill(
            &b,
            "textarea[name='group-reason']",
            "The cinema and the market would both need the pier every evening.",
        )
        .await?;
        click(&b, "form[action$='/groups'] button[type=submit]").await?;
        wait_for(&b, "//h3[contains(., 'The pier on summer nights')]").await?;
        check(&b, axe.as_deref(), "the process, grouped", &mut found).await?;
        Ok(())
    }
    .await;
    if let Err(e) = result {
        let _ = b.close().await;
        panic!("valuating and grouping: {e}");
    }
    app.post_as(&chen, &phase, json!({"phase": "balloting"}), 200)
        .await;
    let result: Result<(), CmdError> = async {
        click(&b, "form[action='/signout'] button").await?;
        wait_for(&b, "//a[@href='/signin']").await?;
        sign_in(&b, &app, "bruno", "commonfare-demo").await?;
        b.goto(&app.url(&format!("/language?lang=en&back=/budgets/{id}")))
            .await?;
        wait_for(&b, "//select[@name='rank-2']").await?;
        check(&b, axe.as_deref(), "the ranked ballot", &mut found).await?;
        click(&b, "select[name='rank-2'] option[value='1']").await?;
        click(&b, "select[name='rank-1'] option[value='2']").await?;
        click(&b, "form[action$='/ballot'] button[type=submit]").await?;
        wait_for(&b, "//p[contains(., 'Your ballot is in')]").await?;
        check(&b, axe.as_deref(), "the ranked ballot, cast", &mut found).await?;
        Ok(())
    }
    .await;
    let _ = b.close().await;
    result.expect("ranking");
    let bruno = token(&app, "bruno").await;
    let mine = app
        .call_as(
            Some(&bruno),
            reqwest::Method::GET,
            &format!("/api/v1/budgets/{id}/my-ballots"),
            None,
            200,
        )
        .await;
    assert_eq!(mine[0]["projects"], json!(["2", "1"]), "{mine}");
    let v = app
        .call_as(
            None,
            reqwest::Method::GET,
            &format!("/api/v1/budgets/{id}/groups"),
            None,
            200,
        )
        .await;
    assert!(v.to_string().contains("The pier on summer nights"), "{v}");
    assert!(found.is_empty(), "{}", found.join("\n"));
}
