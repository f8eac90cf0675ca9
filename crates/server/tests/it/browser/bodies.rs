//! Democratic bodies walked in Chromium on the demo, without JavaScript in the pages. A
//! board election with secret ballots and receipts, from nomination to seats: amara
//! drafts an election that fills two of the board's seats, stands herself and nominates
//! fatima, who accepts with a statement; emil stands; amara opens it (nominations close),
//! the members rank the candidates and each is shown a receipt; amara closes it, the
//! page publishes every receipt's hash (amara finds hers), and the winners hold their
//! seats on the board's page. Then a motion that authorises a payment: the general
//! assembly's open decision on the laser lens passes with dolores's vote, and the expense's page shows it
//! authorised by that decision. Every step fits a 390 px phone. Some demo people read
//! the pages in Spanish or Italian: the walk follows forms and links, not words.

use super::{click, fill, session, sign_in, wait_for};
use crate::support::TestApp;
use fantoccini::error::CmdError;
use fantoccini::{Client, Locator};
use serde_json::Value;
use sha2::{Digest, Sha256};

async fn fits_a_phone(b: &Client, page: &str) -> Result<(), CmdError> {
    let w = b
        .execute(
            "return [document.documentElement.scrollWidth, window.innerWidth];",
            vec![],
        )
        .await?;
    let (scroll, inner) = (w[0].as_i64().unwrap_or(0), w[1].as_i64().unwrap_or(0));
    assert!(
        scroll <= inner,
        "{page} is wider than the phone: {scroll} > {inner}"
    );
    Ok(())
}

async fn main_text(b: &Client) -> Result<String, CmdError> {
    b.find(Locator::Css("main")).await?.text().await
}

/// Signs `handle` in afresh and opens `path`.
async fn as_person(b: &Client, app: &TestApp, handle: &str, path: &str) -> Result<(), CmdError> {
    b.delete_all_cookies().await?;
    sign_in(b, app, handle, "commonfare-demo").await?;
    b.goto(&app.url(path)).await
}

/// Ranks the options of the ballot form in the order they are listed, casts the ballot
/// and returns the receipt the page shows.
async fn rank_in_order(b: &Client) -> Result<String, CmdError> {
    let selects = b.find_all(Locator::Css("select[name^='rank-']")).await?;
    for (i, s) in selects.iter().enumerate() {
        s.find(Locator::Css(&format!("option[value='{}']", i + 1)))
            .await?
            .click()
            .await?;
    }
    click(b, "form[action$='/ballot'] button[type=submit]").await?;
    let receipt = b
        .wait()
        .for_element(Locator::Css("#receipt code.hash"))
        .await?
        .text()
        .await?;
    Ok(receipt.trim().to_string())
}

async fn decision(app: &TestApp, id: &str) -> Value {
    app.program()
        .get(app.url(&format!("/api/v1/decisions/{id}")))
        .send()
        .await
        .expect("decision")
        .json()
        .await
        .expect("json")
}

#[tokio::test]
async fn a_board_is_elected_with_receipts_and_a_motion_authorises_a_payment() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let result: Result<(), CmdError> = async {
        b.set_window_size(390, 844).await?;
        // amara drafts an election of two board seats, with secret ballots.
        sign_in(&b, &app, "amara", "commonfare-demo").await?;
        b.goto(&app.url("/orgs/makers-lagomar/bodies/assembly"))
            .await?;
        fits_a_phone(&b, "the general assembly").await?;
        fill(&b, "#draft input[name=title]", "Two board seats for spring").await?;
        click(
            &b,
            "#draft select[name=method] option[value='stv-scottish']",
        )
        .await?;
        let seats = b.find(Locator::Css("#draft input[name=seats]")).await?;
        seats.clear().await?;
        seats.send_keys("2").await?;
        click(&b, "#draft select[name=secrecy] option[value=secret]").await?;
        fill(&b, "#draft input[name=fills]", "board").await?;
        fill(&b, "#draft input[name=nominations_days]", "3").await?;
        click(&b, "#draft button[type=submit]").await?;
        wait_for(&b, "//h1[contains(., 'Two board seats for spring')]").await?;
        let url = b.current_url().await?;
        let path = url.path().to_string();
        let id = path.trim_start_matches("/decisions/").to_string();
        fits_a_phone(&b, "the election's draft").await?;

        // She stands, and nominates fatima.
        fill(&b, "#nominate input[name=candidate]", "amara").await?;
        fill(
            &b,
            "#nominate textarea[name=statement]",
            "I kept the books last year.",
        )
        .await?;
        click(&b, "#nominate button[type=submit]").await?;
        wait_for(&b, "//section[@id='candidates']//a[@href='/people/amara']").await?;
        fill(&b, "#nominate input[name=candidate]", "fatima").await?;
        click(&b, "#nominate button[type=submit]").await?;
        wait_for(&b, "//section[@id='candidates']//a[@href='/people/fatima']").await?;

        // fatima accepts, in her own words.
        as_person(&b, &app, "fatima", &path).await?;
        fill(
            &b,
            "form[action$='/nominations/answer'] textarea[name=statement]",
            "I run the repair evenings and would like the board to hear them.",
        )
        .await?;
        click(&b, "button[name=answer][value=accept]").await?;
        wait_for(&b, "//blockquote[contains(., 'repair evenings')]").await?;

        // emil stands too.
        as_person(&b, &app, "emil", &path).await?;
        fill(&b, "#nominate input[name=candidate]", "emil").await?;
        click(&b, "#nominate button[type=submit]").await?;
        wait_for(&b, "//section[@id='candidates']//a[@href='/people/emil']").await?;

        // amara opens it: nominations close, the candidates are the options; she votes
        // and keeps her receipt.
        as_person(&b, &app, "amara", &path).await?;
        click(
            &b,
            &format!("form[action='{path}/open'] button[type=submit]"),
        )
        .await?;
        wait_for(&b, "//select[starts-with(@name, 'rank-')]").await?;
        assert!(
            b.find(Locator::Css("#nominate")).await.is_err(),
            "nominations close when the election opens"
        );
        let receipt = rank_in_order(&b).await?;
        assert!(receipt.len() >= 16, "a receipt: {receipt}");
        fits_a_phone(&b, "the receipt").await?;

        // fatima and emil vote; each sees a receipt of their own.
        as_person(&b, &app, "fatima", &path).await?;
        let second = rank_in_order(&b).await?;
        assert_ne!(receipt, second);
        as_person(&b, &app, "emil", &path).await?;
        rank_in_order(&b).await?;

        // amara closes it; every receipt's hash is published, hers among them.
        as_person(&b, &app, "amara", &path).await?;
        click(
            &b,
            &format!("form[action='{path}/close'] button[type=submit]"),
        )
        .await?;
        wait_for(&b, "//ul[@class='hashes']").await?;
        b.find(Locator::XPath(
            "//ul[@class='hashes']/preceding-sibling::summary",
        ))
        .await?
        .click()
        .await?;
        let hashes = b.find(Locator::Css("ul.hashes")).await?.text().await?;
        let mine: String = Sha256::digest(receipt.as_bytes())
            .iter()
            .map(|x| format!("{x:02x}"))
            .collect();
        assert!(hashes.contains(&mine), "amara's receipt {mine} in {hashes}");
        assert_eq!(hashes.lines().filter(|l| !l.trim().is_empty()).count(), 3);
        fits_a_phone(&b, "the closed election").await?;

        // The winners hold their seats on the board's page.
        let d = decision(&app, &id).await;
        assert_eq!(d["state"], "closed", "{d}");
        let winners: Vec<String> = d["outcome"]["winners"]
            .as_array()
            .expect("winners")
            .iter()
            .map(|w| w.as_str().unwrap_or_default().to_string())
            .collect();
        assert_eq!(winners.len(), 2, "{d}");
        let candidates = d["election"]["candidates"].as_array().expect("candidates");
        b.goto(&app.url("/orgs/makers-lagomar/bodies/board"))
            .await?;
        fits_a_phone(&b, "the board").await?;
        for w in &winners {
            let handle = candidates
                .iter()
                .find(|c| c["option"].as_str() == Some(w.as_str()))
                .and_then(|c| c["handle"].as_str())
                .expect("a winner is a candidate");
            wait_for(
                &b,
                &format!("//ul[@class='members']//a[@href='/people/{handle}']"),
            )
            .await?;
        }

        // The assembly's motion on the laser lens authorises paying expense 3: before it
        // passes, the expense waits for it.
        b.goto(&app.url("/treasuries/makers-lagomar/expenses/3"))
            .await?;
        wait_for(
            &b,
            "//p[contains(@class, 'notice')]/a[contains(@href, '/bodies/assembly')]",
        )
        .await?;
        b.goto(&app.url("/orgs/makers-lagomar/bodies/assembly/decisions/5"))
            .await?;
        let motion = b.current_url().await?.path().to_string();
        // fatima and amara voted yes in the demo; dolores joins them (in Spanish).
        as_person(&b, &app, "dolores", &motion).await?;
        click(&b, "input[name=vote][value=yes]").await?;
        click(&b, "form[action$='/ballot'] button[type=submit]").await?;
        wait_for(&b, "//section[@id='ballot']//p[@role='status']").await?;
        as_person(&b, &app, "amara", &motion).await?;
        click(
            &b,
            &format!("form[action='{motion}/close'] button[type=submit]"),
        )
        .await?;
        wait_for(
            &b,
            "//ul[@class='hashes'] | //section[@id='outcome'] | //main//h2",
        )
        .await?;
        let d = decision(&app, motion.trim_start_matches("/decisions/")).await;
        assert_eq!(d["outcome"]["result"], "decided", "{d}");
        b.goto(&app.url("/treasuries/makers-lagomar/expenses/3"))
            .await?;
        wait_for(
            &b,
            &format!("//p[contains(@class, 'notice')]/a[@href='{motion}']"),
        )
        .await?;
        fits_a_phone(&b, "the authorised expense").await?;
        Ok(())
    }
    .await;
    if result.is_err() {
        let url = b
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        let text = main_text(&b).await.unwrap_or_default();
        eprintln!("the walk stopped at {url}: {text}");
    }
    let _ = b.close().await;
    result.expect("the bodies walk");
}
