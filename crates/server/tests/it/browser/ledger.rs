//! Money walked in Chromium on the demo, without JavaScript in the pages: emil submits an
//! expense with its receipt as a file; amara approves it (one of the two approvals the
//! makers' treasury asks); dolores approves it too and pays it from the bank, and the
//! expense shows both approvals, the receipt's fingerprint and the transaction that paid
//! it. Then fatima, steward of the repair manuals, previews an equal distribution of
//! their income to the manuals' contributors and posts it; its statement names each
//! share. Every step fits a 390 px phone.

use super::{click, fill, session, sign_in, wait_for};
use crate::support::TestApp;
use fantoccini::error::CmdError;
use fantoccini::{Client, Locator};
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

#[tokio::test]
async fn an_expense_goes_from_its_receipt_to_paid_and_income_goes_back_to_contributors() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let dir = tempfile::tempdir().expect("dir");
    let receipt = dir.path().join("ticket-4471.txt");
    let bytes = b"Ferreteria del Puerto - ticket 4471 - 2 x M6 drill bit set - 36.80 EUR";
    std::fs::write(&receipt, bytes).expect("receipt");
    let fingerprint: String = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let result: Result<(), CmdError> = async {
        b.set_window_size(390, 844).await?;
        // emil submits the expense with its receipt.
        sign_in(&b, &app, "emil", "commonfare-demo").await?;
        b.goto(&app.url("/treasuries/makers-lagomar/expenses"))
            .await?;
        fits_a_phone(&b, "the expenses").await?;
        fill(&b, "input[name=title]", "Drill bits for the repair evening").await?;
        fill(&b, "input[name=amount]", "36.80").await?;
        fill(&b, "input[name=payee]", "Ferretería del Puerto").await?;
        fill(
            &b,
            "input[name=payout]",
            "IBAN ES76 2077 0024 0031 0257 5766",
        )
        .await?;
        b.find(Locator::Css("input[name=receipt]"))
            .await?
            .send_keys(receipt.to_str().expect("path"))
            .await?;
        click(
            &b,
            "form[action='/treasuries/makers-lagomar/expenses'] button[type=submit]",
        )
        .await?;
        wait_for(&b, "//h1[contains(., 'Drill bits for the repair evening')]").await?;
        let url = b.current_url().await?;
        let path = url.path().to_string();
        let text = main_text(&b).await?;
        assert!(text.contains("waiting for approval"), "{text}");
        assert!(text.contains("0 of 2 approvals"), "{text}");
        assert!(
            text.contains(&fingerprint),
            "the receipt's fingerprint: {text}"
        );
        fits_a_phone(&b, "the expense").await?;

        // amara approves it: one of two.
        b.delete_all_cookies().await?;
        sign_in(&b, &app, "amara", "commonfare-demo").await?;
        b.goto(&app.url(&path)).await?;
        fill(&b, "input[name=reason]", "Ours are blunt").await?;
        click(&b, "button[name=verdict][value=approve]").await?;
        wait_for(&b, "//p[contains(., '1 of 2 approvals')]").await?;

        // dolores approves it and pays it from the bank.
        b.delete_all_cookies().await?;
        sign_in(&b, &app, "dolores", "commonfare-demo").await?;
        b.goto(&app.url(&path)).await?;
        // (dolores reads the pages in Spanish: the walk follows forms and links.)
        click(&b, "button[name=verdict][value=approve]").await?;
        click(&b, "select[name=from] option[value=bank]").await?;
        click(
            &b,
            &format!("form[action='{path}/pay'] button[type=submit]"),
        )
        .await?;
        wait_for(&b, "//main//a[contains(@href, '#transaction-')]").await?;
        let text = main_text(&b).await?;
        for words in ["@amara", "Ours are blunt", "@dolores", "2 de 2", "pagado"] {
            assert!(text.contains(words), "{words} on {text}");
        }
        fits_a_phone(&b, "the paid expense").await?;

        // fatima shares the manuals' income equally among their contributors.
        b.delete_all_cookies().await?;
        sign_in(&b, &app, "fatima", "commonfare-demo").await?;
        b.goto(&app.url("/treasuries/lagomar-repair-manuals/distributions"))
            .await?;
        fits_a_phone(&b, "the distributions").await?;
        click(&b, "select[name=policy] option[value=equal]").await?;
        fill(&b, "input[name=amount]", "10.00").await?;
        fill(
            &b,
            "input[name=memo]",
            "Donation box, back to the manuals' authors",
        )
        .await?;
        click(
            &b,
            "form[action='/treasuries/lagomar-repair-manuals/distributions'] button[type=submit]",
        )
        .await?;
        click(&b, "form[action$='/post'] button[type=submit]").await?;
        wait_for(&b, "//main//a[contains(@href, '#transaction-')]").await?;
        fits_a_phone(&b, "the posted distribution").await?;
        let table = b.find(Locator::Css("main table")).await?.text().await?;
        let shares = table.lines().filter(|l| l.contains('@')).count();
        assert!(shares >= 2, "each contributor's share is listed: {table}");
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
    result.expect("the money walk");
}

/// The rest of the expense flow and a round of peer allocation, walked on a phone: emil
/// saves an expense as a draft and submits it; amara asks him for more; he edits it with a
/// new receipt and submits it again; amara and dolores approve it; dolores schedules it and
/// pays it; its history names every move with its person and reason. Then a contributor of
/// the repair manuals gives their points in the open round (over the allowance in all
/// first, refused beside the form), fatima closes the round, and every gift shows with its chart.
#[tokio::test]
async fn a_draft_goes_through_more_asked_and_scheduled_to_paid_and_a_peer_round_closes() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let dir = tempfile::tempdir().expect("dir");
    let first = dir.path().join("quote.txt");
    std::fs::write(&first, b"Quote: 3 m of oak board, about 60 EUR").expect("receipt");
    let second = dir.path().join("ticket-5120.txt");
    std::fs::write(
        &second,
        b"Maderas Lagomar - ticket 5120 - 3 m oak board - 54.20 EUR",
    )
    .expect("receipt");
    let result: Result<(), CmdError> = async {
        b.set_window_size(390, 844).await?;
        // emil saves a draft, then submits it.
        sign_in(&b, &app, "emil", "commonfare-demo").await?;
        b.goto(&app.url("/treasuries/makers-lagomar/expenses"))
            .await?;
        fill(&b, "input[name=title]", "Oak board for the tool wall").await?;
        fill(&b, "input[name=amount]", "60.00").await?;
        fill(&b, "input[name=payee]", "Maderas Lagomar").await?;
        b.find(Locator::Css("input[name=receipt]"))
            .await?
            .send_keys(first.to_str().expect("path"))
            .await?;
        click(&b, "button[name=save][value=draft]").await?;
        wait_for(&b, "//h1[contains(., 'Oak board for the tool wall')]").await?;
        let path = b.current_url().await?.path().to_string();
        assert!(main_text(&b).await?.contains("draft"));
        fits_a_phone(&b, "the draft").await?;
        click(
            &b,
            &format!("form[action='{path}/submit'] button[type=submit]"),
        )
        .await?;
        // The state's tag, not the history: the history already names the first submission.
        wait_for(
            &b,
            "//main//span[@class='tag' and contains(., 'waiting for approval')]",
        )
        .await?;

        // amara asks for more.
        b.delete_all_cookies().await?;
        sign_in(&b, &app, "amara", "commonfare-demo").await?;
        b.goto(&app.url(&path)).await?;
        fill(
            &b,
            "input[name=reason]",
            "Please attach the shop's ticket, not the quote",
        )
        .await?;
        click(&b, "button[name=verdict][value=incomplete]").await?;
        wait_for(&b, "//main//*[contains(., 'more asked of its author')]").await?;

        // emil edits it with the ticket and submits it again.
        b.delete_all_cookies().await?;
        sign_in(&b, &app, "emil", "commonfare-demo").await?;
        b.goto(&app.url(&path)).await?;
        let amount = b
            .find(Locator::Css(&format!(
                "form[action='{path}/edit'] input[name=amount]"
            )))
            .await?;
        amount.clear().await?;
        amount.send_keys("54.20").await?;
        b.find(Locator::Css(&format!(
            "form[action='{path}/edit'] input[name=receipt]"
        )))
        .await?
        .send_keys(second.to_str().expect("path"))
        .await?;
        click(
            &b,
            &format!("form[action='{path}/edit'] button[type=submit]"),
        )
        .await?;
        wait_for(&b, "//main//p[contains(., '54.20')]").await?;
        click(
            &b,
            &format!("form[action='{path}/submit'] button[type=submit]"),
        )
        .await?;
        // The state's tag, not the history: the history already names the first submission.
        wait_for(
            &b,
            "//main//span[@class='tag' and contains(., 'waiting for approval')]",
        )
        .await?;
        assert!(main_text(&b).await?.contains("54.20"));

        // amara and dolores approve it; dolores schedules it and pays it.
        b.delete_all_cookies().await?;
        sign_in(&b, &app, "amara", "commonfare-demo").await?;
        b.goto(&app.url(&path)).await?;
        click(&b, "button[name=verdict][value=approve]").await?;
        wait_for(&b, "//p[contains(., '1 of 2 approvals')]").await?;
        b.delete_all_cookies().await?;
        sign_in(&b, &app, "dolores", "commonfare-demo").await?;
        b.goto(&app.url(&path)).await?;
        click(&b, "button[name=verdict][value=approve]").await?;
        click(
            &b,
            &format!("form[action='{path}/schedule'] button[type=submit]"),
        )
        .await?;
        // Scheduled: it can be taken off its day, or paid.
        wait_for(&b, &format!("//form[@action='{path}/unschedule']")).await?;
        fits_a_phone(&b, "the scheduled expense").await?;
        click(&b, "select[name=from] option[value=bank]").await?;
        click(
            &b,
            &format!("form[action='{path}/pay'] button[type=submit]"),
        )
        .await?;
        wait_for(&b, "//main//a[contains(@href, '#transaction-')]").await?;
        let text = main_text(&b).await?;
        for words in [
            "@emil",
            "@amara",
            "Please attach the shop's ticket, not the quote",
            "@dolores",
            "pagado",
        ] {
            assert!(text.contains(words), "{words} on {text}");
        }

        // A contributor gives their points in the repair manuals' open round.
        let round = "/treasuries/lagomar-repair-manuals/peer-rounds/2";
        b.delete_all_cookies().await?;
        b.goto(&app.url(round)).await?;
        let members: Vec<String> = main_text(&b)
            .await?
            .split_whitespace()
            .filter_map(|w| w.strip_prefix('@'))
            .map(str::to_string)
            .collect();
        assert!(members.len() >= 3, "members: {members:?}");
        let giver = members[1].clone();
        let others: Vec<&String> = members.iter().filter(|m| **m != giver).collect();
        sign_in(&b, &app, &giver, "commonfare-demo").await?;
        b.goto(&app.url(round)).await?;
        fits_a_phone(&b, "the open round").await?;
        let gift = |h: &str| format!("input[name='gift-{h}']");
        let set = |h: String, points: &'static str| {
            let b = &b;
            async move {
                let input = b.find(Locator::Css(&h)).await?;
                input.clear().await?;
                input.send_keys(points).await
            }
        };
        // 60 and 60: each within the allowance, together over it.
        set(gift(others[0]), "60").await?;
        set(gift(others[1]), "60").await?;
        click(
            &b,
            &format!("form[action='{round}/gifts'] button[type=submit]"),
        )
        .await?;
        wait_for(&b, "//p[@role='status']").await?;
        set(gift(others[1]), "40").await?;
        click(
            &b,
            &format!("form[action='{round}/gifts'] button[type=submit]"),
        )
        .await?;
        wait_for(
            &b,
            &format!("//tr[td/a[@href='/people/{giver}']]/td[normalize-space(.)='100']"),
        )
        .await?;

        // fatima closes it: every gift shows, with the chart of points received.
        b.delete_all_cookies().await?;
        sign_in(&b, &app, "fatima", "commonfare-demo").await?;
        b.goto(&app.url(round)).await?;
        click(
            &b,
            &format!("form[action='{round}/close'] button[type=submit]"),
        )
        .await?;
        wait_for(&b, "//main//figure/*[local-name()='svg']").await?;
        let text = main_text(&b).await?;
        let mine: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with(&format!("@{giver} ")))
            .collect();
        assert!(
            mine.iter()
                .any(|l| l.contains(&format!("@{}", others[0])) && l.ends_with("60")),
            "{giver}'s gifts: {text}"
        );
        assert!(
            mine.iter()
                .any(|l| l.contains(&format!("@{}", others[1])) && l.ends_with("40")),
            "{giver}'s gifts: {text}"
        );
        fits_a_phone(&b, "the closed round").await?;
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
    result.expect("the walk through the rest of the flow");
}
