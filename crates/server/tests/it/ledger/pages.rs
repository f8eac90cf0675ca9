//! The public pages of the ledger and its CSV stream: a treasury's balances written the
//! page language's way, its monthly chart in SVG with the same numbers in a table, its
//! transactions; its panel on the organization's page; the list of treasuries; the CSV
//! of every leg, past any batch size.

use super::{donate, world};
use crate::support::TestApp;
use commonfare::i18n::Lang;
use commonfare_value::money::{Money, Unit};
use serde_json::json;

fn eur(minor: i64, lang: Lang) -> String {
    let unit: Unit = "EUR".parse().expect("EUR");
    commonfare::i18n::formats::amount(lang, &Money::from_minor(minor, unit)).expect("amount")
}

#[tokio::test]
async fn a_treasury_page_shows_balances_chart_table_and_transactions() {
    let app = TestApp::spawn().await;
    let w = world(&app, "page").await;
    let income = json!({"category": "donation", "amount": "1413.60", "unit": "EUR", "into": "bank",
                        "from": "donors", "date": "2026-10-05", "memo": "Open evening <box>"});
    app.post_as(&w.admin, &w.api("/income"), income, 201).await;
    let spend = json!({"amount": "86.40", "unit": "EUR", "from": "bank", "to": "supplier", "date": "2026-11-14"});
    app.post_as(&w.admin, &w.api("/spending"), spend, 201).await;
    let browser = app.browser();
    let html = app.page(&browser, "/treasuries/page").await;
    assert!(html.contains("Treasury of page"), "{html}");
    assert!(
        html.contains(&eur(132720, Lang::En)),
        "the bank's balance, in English"
    );
    assert!(
        html.contains("<svg") && html.contains("role=\"img\""),
        "the chart"
    );
    assert!(
        html.contains("<th scope=\"row\">2026-10</th>"),
        "the chart's table"
    );
    assert!(html.contains(&eur(8640, Lang::En)), "November's expenses");
    assert!(
        html.contains("Open evening") && !html.contains("<box>"),
        "the memo, escaped"
    );
    assert!(html.contains("id=\"transaction-2\""));
    assert!(html.contains("never below zero"));
    let fr = app
        .program()
        .get(app.url("/treasuries/page"))
        .header("accept-language", "fr")
        .send()
        .await
        .expect("page");
    let fr = fr.text().await.expect("html");
    assert!(fr.contains("Trésorerie de page"));
    assert!(
        fr.contains(&eur(132720, Lang::Fr)),
        "the balance, the French way"
    );
    let org = app.page(&browser, "/orgs/page").await;
    assert!(
        org.contains("href=\"/treasuries/page\""),
        "the panel on the organization's page"
    );
    // The panel shows the treasury's own accounts, not its counterparties (which the
    // organization's record, further down, may name).
    let panel = &org[org.find(r#"id="treasury""#).expect("the panel")..];
    let panel = &panel[..panel.find("</section>").expect("its end")];
    assert!(
        panel.contains(&eur(132720, Lang::En)) && !panel.contains("donors"),
        "its own accounts: {panel}"
    );
    let list = app.page(&browser, "/treasuries").await;
    assert!(list.contains("/treasuries/page"));
    let r = browser
        .get(app.url("/treasuries/nothing"))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status().as_u16(), 404);
}

#[tokio::test]
async fn the_csv_streams_every_leg_past_a_batch() {
    let app = TestApp::spawn().await;
    let w = world(&app, "csv").await;
    let n = 520;
    for i in 0..n {
        donate(&app, &w, "cash", &format!("{}.01", i + 1)).await;
    }
    let memo = json!({"category": "sale", "amount": "1", "unit": "EUR", "into": "cash",
                      "from": "donors", "memo": "=HYPERLINK(\"x\"), with a comma"});
    app.post_as(&w.admin, &w.api("/income"), memo, 201).await;
    let r = app
        .program()
        .get(app.url(&w.api("/ledger.csv")))
        .send()
        .await
        .expect("csv");
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .expect("type")
            .starts_with("text/csv")
    );
    let text = r.text().await.expect("text");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("number,booked_on,flow,category"));
    assert_eq!(
        lines.len(),
        1 + 2 * (n + 1),
        "a header and two legs per transaction"
    );
    assert!(
        lines[1].starts_with("1,") && lines[1].ends_with(",cash,asset,1.01,EUR"),
        "{}",
        lines[1]
    );
    let last = lines[lines.len() - 1];
    assert!(last.starts_with(&format!("{},", n + 1)), "{last}");
    assert!(
        last.contains("\"'=HYPERLINK(\"\"x\"\"), with a comma\""),
        "{last}"
    );
}
