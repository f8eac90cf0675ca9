//! A borrower's walk through the lending library on a 390 px phone, without JavaScript
//! doing anything for it: finding a cargo bike free over a Saturday morning in the
//! catalogue, booking it from the form the search result opens (already on that
//! interval), then the steward handing it over and taking it back with notes, and the
//! borrower seeing it returned among their loans. Every page fits the phone's width and,
//! when axe-core is at hand, has no serious or critical violation.

use super::budgets::check;
use super::{click, fill, session, sign_in, wait_for};
use crate::support::TestApp;
use fantoccini::Locator;
use fantoccini::error::CmdError;

#[tokio::test]
async fn a_borrower_finds_books_and_returns_a_cargo_bike_on_a_phone() {
    let Some((b, _profile)) = session().await else {
        return;
    };
    let axe = std::env::var("COMMONFARE_AXE_JS")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok());
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    // A morning five weeks ahead, past the demo's bookings and its maintenance block.
    let day = time::OffsetDateTime::now_utc().date() + time::Duration::days(33);
    let from = format!("{day}T09:00");
    let to = format!("{day}T12:00");
    let mut found = Vec::new();
    let result: Result<String, CmdError> = async {
        b.set_window_size(390, 844).await?;
        b.goto(&app.url("/")).await?;
        let inner = b.execute("return window.innerWidth;", vec![]).await?;
        let inner = inner.as_i64().unwrap_or(390);
        if inner != 390 {
            b.set_window_size(u32::try_from(390 + (390 - inner)).unwrap_or(390), 844)
                .await?;
        }
        sign_in(&b, &app, "bruno", "commonfare-demo").await?;
        b.goto(&app.url("/language?lang=en&back=/resources"))
            .await?;
        check(&b, axe.as_deref(), "the catalogue", &mut found).await?;
        // The text search first, then the interval (datetime fields take their value
        // as a browser's picker would give it).
        fill(&b, "input[name=q]", "cargo").await?;
        click(&b, "form[role=search] button[type=submit]").await?;
        wait_for(&b, "//a[contains(., 'Cargo bike')]").await?;
        b.execute(
            "document.querySelector('#available input[name=from]').value = arguments[0];
             document.querySelector('#available input[name=to]').value = arguments[1];",
            vec![from.clone().into(), to.clone().into()],
        )
        .await?;
        click(&b, "#available button[type=submit]").await?;
        wait_for(&b, "//h2[contains(., 'Free over that time')]").await?;
        check(&b, axe.as_deref(), "the search's answer", &mut found).await?;
        // The result opens the bike's page with the booking form on that interval.
        click(&b, "ul.cards a[href*='?from=']").await?;
        wait_for(&b, "//h1[contains(., 'Cargo bike')]").await?;
        check(&b, axe.as_deref(), "the cargo bike", &mut found).await?;
        let start = b
            .find(Locator::Css("input[name=starts_at]"))
            .await?
            .prop("value")
            .await?;
        assert_eq!(start.as_deref(), Some(from.as_str()));
        click(
            &b,
            "form[action$='/reservations'] button[type=submit]:not([formaction])",
        )
        .await?;
        wait_for(&b, "//h1[contains(., 'Reservation')]").await?;
        check(&b, axe.as_deref(), "the reservation", &mut found).await?;
        let url = b.current_url().await?;
        let text = b.find(Locator::Css("main")).await?.text().await?;
        assert!(text.contains("confirmed"), "{text}");
        Ok(url.path().to_string())
    }
    .await;
    let reservation = match result {
        Ok(path) => path,
        Err(e) => {
            let _ = b.close().await;
            panic!("finding and booking: {e}");
        }
    };
    assert!(reservation.starts_with("/reservations/"), "{reservation}");

    // The steward of the city's library hands it over, then takes it back.
    let result: Result<(), CmdError> = async {
        b.delete_all_cookies().await?;
        sign_in(&b, &app, "chen", "commonfare-demo").await?;
        b.goto(&app.url(&format!("/language?lang=en&back={reservation}")))
            .await?;
        fill(&b, "textarea[name=note]", "battery full, two helmets").await?;
        click(&b, "form[action$='/check-out'] button[type=submit]").await?;
        wait_for(&b, "//dd[contains(., 'two helmets')]").await?;
        check(&b, axe.as_deref(), "the loan, out", &mut found).await?;
        fill(&b, "textarea[name=note]", "back clean, chain oiled").await?;
        click(&b, "form[action$='/return'] button[type=submit]").await?;
        wait_for(&b, "//dd[contains(., 'chain oiled')]").await?;
        let text = b.find(Locator::Css("main")).await?.text().await?;
        assert!(text.contains("returned"), "{text}");
        // Back with the borrower: the loan is among theirs, returned.
        b.delete_all_cookies().await?;
        sign_in(&b, &app, "bruno", "commonfare-demo").await?;
        b.goto(&app.url("/language?lang=en&back=/me/reservations"))
            .await?;
        let link = format!("a[href='{reservation}']");
        wait_for(&b, "//main").await?;
        let mine = b.find(Locator::Css("main")).await?.text().await?;
        assert!(mine.contains("Cargo bike"), "{mine}");
        b.find(Locator::Css(&link)).await?;
        check(&b, axe.as_deref(), "my loans", &mut found).await?;
        Ok(())
    }
    .await;
    let _ = b.close().await;
    result.expect("handing over and taking back");
    assert!(found.is_empty(), "{}", found.join("\n"));
}
