//! A determination walked in Chromium, on the demo and without JavaScript in the pages:
//! emil, for his company, opens the irrigation controller's page, follows "Use this
//! commons commercially?", first forgets the revenue its fee schedule needs and is told
//! so, then gives it and reads the fee less the credit for his accepted work, with the
//! clauses and facts that decided; the answer fits a 390 px phone.

use super::{click, fill, session, sign_in, wait_for};
use crate::support::TestApp;
use fantoccini::Locator;
use fantoccini::error::CmdError;

#[tokio::test]
async fn a_company_asks_whether_it_may_use_a_commons() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let result: Result<(), CmdError> = async {
        sign_in(&b, &app, "emil", "commonfare-demo").await?;
        b.goto(&app.url("/commons/open-irrigation-controller")).await?;
        click(&b, "a[href='/commons/open-irrigation-controller/determinations/new']").await?;
        wait_for(&b, "//h1[contains(., 'May you use Open irrigation controller?')]").await?;
        fill(&b, "input[name=organization]", "opengrow").await?;
        click(&b, "select[name=waged_labour] option[value=yes]").await?;
        click(&b, "form[action='/commons/open-irrigation-controller/determinations'] button[type=submit]").await?;
        // The schedule is a share of revenue: without it, evidence is asked for, by name.
        wait_for(&b, "//p[contains(@class, 'outcome')][contains(., 'Evidence needed')]").await?;
        wait_for(&b, "//li[contains(., 'Revenue from the use in the period')]").await?;
        click(&b, "a[href='/commons/open-irrigation-controller/determinations/new']").await?;
        fill(&b, "input[name=organization]", "opengrow").await?;
        fill(&b, "input[name=revenue]", "18000.00 EUR").await?;
        click(&b, "form[action='/commons/open-irrigation-controller/determinations'] button[type=submit]").await?;
        wait_for(&b, "//p[contains(@class, 'outcome')][contains(., 'Permitted with a fee')][contains(., '€385.00')]").await?;
        let text = b.find(Locator::Css("main")).await?.text().await?;
        for words in [
            "copyfair-3-reciprocity",
            "copyfair-4-credit",
            "€540.00",
            "€155.00",
            "For-profit company",
            "known by this instance",
            "€18,000.00",
            "declared",
        ] {
            assert!(text.contains(words), "{words} on {text}");
        }
        b.set_window_size(390, 844).await?;
        let w = b
            .execute(
                "return [document.documentElement.scrollWidth, window.innerWidth];",
                vec![],
            )
            .await?;
        let (scroll, inner) = (w[0].as_i64().unwrap_or(0), w[1].as_i64().unwrap_or(0));
        assert!(scroll <= inner, "the answer is wider than the phone: {scroll} > {inner}");
        Ok(())
    }
    .await;
    let _ = b.close().await;
    result.expect("the determination walk");
}
