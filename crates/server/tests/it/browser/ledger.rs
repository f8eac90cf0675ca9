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
