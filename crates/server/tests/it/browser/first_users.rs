//! The walk of issue 13, as its first users would take it in Chromium, at 1280 px and on a
//! 390 px phone: bruno proposes an edit; amara reads its diff and asks for changes; bruno
//! updates it from the page; amara accepts; the revision, its diff and every step are in
//! the commons' history and the journal; chen forks, changes and offers back with his words
//! kept; amara makes chen a maintainer and reverts a revision, from the pages. Every page
//! of the walk fits the phone; each step's screenshots (desktop and phone) are kept in
//! `<COMMONFARE_SCREENSHOTS>/walk/` when that names a folder.

use super::{click, fill, session, sign_in, wait_for};
use crate::support::{PASSWORD, TestApp};
use fantoccini::error::CmdError;
use fantoccini::{Client, Locator};
use serde_json::Value;
use std::path::PathBuf;

/// Keeps the step's screenshots and checks the page fits the phone.
struct Camera {
    dir: Option<PathBuf>,
    too_wide: Vec<String>,
    step: usize,
}

impl Camera {
    async fn shoot(&mut self, b: &Client, name: &str) -> Result<(), CmdError> {
        self.step += 1;
        let file = format!("{:02}-{name}", self.step);
        if let Some(dir) = &self.dir {
            let png = b.screenshot().await?;
            std::fs::write(dir.join(format!("{file}-desktop.png")), png).expect("a screenshot");
        }
        b.set_window_size(390, 844).await?;
        let inner = b.execute("return window.innerWidth;", vec![]).await?;
        let inner = inner.as_i64().unwrap_or(390);
        if inner != 390 {
            b.set_window_size(u32::try_from(780 - inner).unwrap_or(390), 844)
                .await?;
        }
        let w = b
            .execute(
                "return [document.documentElement.scrollWidth, window.innerWidth];",
                vec![],
            )
            .await?;
        let (scroll, inner) = (w[0].as_i64().unwrap_or(0), w[1].as_i64().unwrap_or(0));
        if scroll > inner {
            let url = b.current_url().await?;
            self.too_wide
                .push(format!("{file} {url}: {scroll} px in {inner}"));
        }
        if let Some(dir) = &self.dir {
            let png = b.screenshot().await?;
            std::fs::write(dir.join(format!("{file}-phone.png")), png).expect("a screenshot");
        }
        b.set_window_size(1280, 900).await
    }
}

async fn sign_out(b: &Client) -> Result<(), CmdError> {
    click(b, "form[action='/signout'] button").await?;
    wait_for(b, "//a[@href='/signin']").await
}

async fn main_text(b: &Client) -> Result<String, CmdError> {
    b.find(Locator::Css("main")).await?.text().await
}

#[tokio::test]
async fn the_first_users_walk_from_proposal_to_revert() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    app.person("bruno").await;
    app.person("chen").await;
    let fountains = app
        .commons("fountains")
        .maintained_by(&amara)
        .kind("data")
        .file("fountains.csv", "place,working\nPiazza Roma,yes\n")
        .await;
    let dir = std::env::var("COMMONFARE_SCREENSHOTS")
        .ok()
        .map(|d| PathBuf::from(d).join("walk"));
    if let Some(d) = &dir {
        std::fs::create_dir_all(d).expect("the screenshots' folder");
    }
    let mut cam = Camera {
        dir,
        too_wide: Vec::new(),
        step: 0,
    };
    // The commons' file came as its first contribution (revision 2): bruno's is the second.
    let contribution = fountains.page("/contributions/2");

    let result: Result<(), CmdError> = async {
        b.set_window_size(1280, 900).await?;
        // bruno proposes an edit in the editor.
        sign_in(&b, &app, "bruno", PASSWORD).await?;
        b.goto(&app.url(&fountains.page("/edit?path=fountains.csv")))
            .await?;
        let edit = "form[action='/commons/fountains/propose']";
        let text = b
            .find(Locator::Css(&format!("{edit} textarea[name=text]")))
            .await?;
        text.clear().await?;
        text.send_keys("place,working\nPiazza Roma,yes\nPiazza Verdi,no\n")
            .await?;
        fill(
            &b,
            &format!("{edit} input[name=message]"),
            "Add the fountain of Piazza Verdi",
        )
        .await?;
        cam.shoot(&b, "bruno-edits").await?;
        click(&b, &format!("{edit} button[type=submit]")).await?;
        wait_for(&b, "//h1[contains(., '#2')]").await?;
        cam.shoot(&b, "bruno-proposed").await?;

        // amara reads the diff before deciding, and asks for changes.
        sign_out(&b).await?;
        sign_in(&b, &app, "amara", PASSWORD).await?;
        b.goto(&app.url(&contribution)).await?;
        let added = b
            .find(Locator::Css("table.diff tr.inserted ins"))
            .await?
            .text()
            .await?;
        assert!(added.contains("Piazza Verdi,no"), "the added line: {added}");
        cam.shoot(&b, "amara-reads-the-diff").await?;
        let ask = format!("form[action='{contribution}/request-changes']");
        fill(
            &b,
            &format!("{ask} input[name=comment]"),
            "Is it really dry? Say since when.",
        )
        .await?;
        click(&b, &format!("{ask} button[type=submit]")).await?;
        wait_for(&b, "//span[contains(., 'changes requested')]").await?;
        cam.shoot(&b, "amara-asks-for-changes").await?;

        // bruno sees the request in words and updates the file from the page.
        sign_out(&b).await?;
        sign_in(&b, &app, "bruno", PASSWORD).await?;
        b.goto(&app.url(&contribution)).await?;
        let update = b.find(Locator::Css("#update")).await?.text().await?;
        assert!(
            update.contains("Is it really dry?"),
            "the request beside the form: {update}"
        );
        let form = format!("form[action='{contribution}/update']");
        let text = b
            .find(Locator::Css(&format!("{form} textarea[name=text]")))
            .await?;
        text.clear().await?;
        text.send_keys("place,working\nPiazza Roma,yes\nPiazza Verdi,no (dry since May)\n")
            .await?;
        cam.shoot(&b, "bruno-updates").await?;
        click(&b, &format!("{form} button[type=submit]")).await?;
        wait_for(
            &b,
            "//tr[@class='inserted']/td[contains(., 'dry since May')]",
        )
        .await?;

        // amara accepts; the contribution links to its revision and that revision's diff.
        sign_out(&b).await?;
        sign_in(&b, &app, "amara", PASSWORD).await?;
        b.goto(&app.url(&contribution)).await?;
        click(
            &b,
            &format!("form[action='{contribution}/accept'] button[type=submit]"),
        )
        .await?;
        wait_for(&b, "//span[contains(., 'accepted')]").await?;
        cam.shoot(&b, "amara-accepts").await?;
        b.goto(&app.url(&fountains.page("/diff?from=2&to=3")))
            .await?;
        let diff = main_text(&b).await?;
        assert!(
            diff.contains("dry since May"),
            "the revision's diff: {diff}"
        );
        cam.shoot(&b, "the-revision-diff").await?;

        // chen forks, changes in his fork, and offers it back without a message.
        sign_out(&b).await?;
        sign_in(&b, &app, "chen", PASSWORD).await?;
        b.goto(&app.url(&fountains.page(""))).await?;
        b.find(Locator::XPath(
            "//summary[contains(., 'Fork this commons')]",
        ))
        .await?
        .click()
        .await?;
        let fork = "form[action='/commons/fountains/fork']";
        fill(
            &b,
            &format!("{fork} input[name=handle]"),
            "fountains-winter",
        )
        .await?;
        click(&b, &format!("{fork} button[type=submit]")).await?;
        wait_for(&b, "//p[contains(., 'Forked from')]").await?;
        cam.shoot(&b, "chen-forks").await?;
        b.goto(&app.url("/commons/fountains-winter/edit?path=fountains.csv"))
            .await?;
        let edit = "form[action='/commons/fountains-winter/propose']";
        let text = b
            .find(Locator::Css(&format!("{edit} textarea[name=text]")))
            .await?;
        text.clear().await?;
        text.send_keys(
            "place,working,winter\nPiazza Roma,yes,yes\nPiazza Verdi,no (dry since May),no\n",
        )
        .await?;
        fill(
            &b,
            &format!("{edit} input[name=message]"),
            "Mark the fountains that work in winter",
        )
        .await?;
        click(&b, &format!("{edit} button[type=submit]")).await?;
        click(
            &b,
            "form[action$='/contributions/1/accept'] button[type=submit]",
        )
        .await?;
        wait_for(&b, "//span[contains(., 'accepted')]").await?;
        b.goto(&app.url("/commons/fountains-winter")).await?;
        click(
            &b,
            "form[action='/commons/fountains-winter/offer'] button[type=submit]",
        )
        .await?;
        wait_for(&b, "//h1[contains(., '#3')]").await?;
        let offer = main_text(&b).await?;
        assert!(
            offer.contains("Mark the fountains that work in winter") && offer.contains("@chen"),
            "the offer keeps chen's words: {offer}"
        );
        cam.shoot(&b, "chen-offers-back").await?;

        // amara makes chen a maintainer and reverts bruno's revision, from the pages.
        sign_out(&b).await?;
        sign_in(&b, &app, "amara", PASSWORD).await?;
        b.goto(&app.url(&fountains.page(""))).await?;
        fill(
            &b,
            "form[action='/commons/fountains/maintainers'] input[name=handle]",
            "chen",
        )
        .await?;
        click(
            &b,
            "form[action='/commons/fountains/maintainers'] button[type=submit]",
        )
        .await?;
        wait_for(&b, "//a[@href='/people/chen']").await?;
        cam.shoot(&b, "amara-adds-chen").await?;
        b.goto(&app.url(&fountains.page("/revisions"))).await?;
        b.find(Locator::XPath("//summary[contains(., 'Revert')]"))
            .await?
            .click()
            .await?;
        click(
            &b,
            "form[action='/commons/fountains/revisions/3/revert'] input[name=confirm]",
        )
        .await?;
        click(
            &b,
            "form[action='/commons/fountains/revisions/3/revert'] button[type=submit]",
        )
        .await?;
        wait_for(&b, "//li[contains(., 'r4')]").await?;
        cam.shoot(&b, "amara-reverts").await?;

        // Every step is in the commons' history on its page and in the journal.
        b.goto(&app.url(&fountains.page("#history"))).await?;
        let history = b.find(Locator::Css("#history")).await?.text().await?;
        assert!(
            history.contains("@bruno") && history.contains("@chen"),
            "the commons' history: {history}"
        );
        // Words, not ActivityStreams verbs, on the pages.
        assert!(
            history.contains("Proposed") && history.contains("Reverted"),
            "{history}"
        );
        assert!(
            !history.contains("OFFER") && !history.contains("Offer "),
            "{history}"
        );
        cam.shoot(&b, "the-commons-history").await?;
        b.goto(&app.url("/activity?context=commons:fountains"))
            .await?;
        cam.shoot(&b, "the-journal-of-the-commons").await?;
        Ok(())
    }
    .await;
    if let Err(e) = &result {
        // Where the walk stopped, to read in the failure.
        let url = b
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        let text = main_text(&b).await.unwrap_or_default();
        eprintln!("the walk stopped at {url} ({e}):\n{text}");
    }
    let _ = b.close().await;
    result.expect("the first users' walk");

    let record: Value = app
        .program()
        .get(app.url("/api/v1/activity?context=commons:fountains&limit=100"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let kinds: Vec<&str> = record["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    for kind in [
        "commons.created",
        "contribution.proposed",
        "contribution.changes_requested",
        "contribution.updated",
        "contribution.accepted",
        "commons.forked",
        "commons.maintainer_added",
        "commons.revision_reverted",
    ] {
        assert!(
            kinds.contains(&kind),
            "{kind} missing from the record: {kinds:?}"
        );
    }
    assert!(
        cam.too_wide.is_empty(),
        "pages wider than a phone:\n{}",
        cam.too_wide.join("\n")
    );
}
