//! The terms of a loan beyond its times: the lead time a booking needs (set by a steward
//! through the policy, refused with the earliest start allowed, stewards exempt, left out
//! of the availability search, shown on the resource's page); and its money — the money
//! terms (each bad one a 422 naming its field, nothing written), the quote kept at
//! booking per fee mode (pay what you can with and without `pay`), the late fee at a late
//! return, and the ledger entries in the steward's treasury (balanced), or none without.

use super::{at, book, holding, slot};
use crate::support::{ApiCall, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

async fn set_policy(
    app: &TestApp,
    who: &crate::support::Person,
    id: &str,
    body: Value,
    want: u16,
) -> Value {
    app.call_as(
        Some(who),
        Method::PUT,
        &format!("/api/v1/resources/{id}/policy"),
        Some(body),
        want,
    )
    .await
}

async fn terms_rows(app: &TestApp, id: &str) -> i64 {
    app.count(format!(
        "SELECT COUNT(*) AS n FROM lending_policy_terms WHERE resource_id = '{id}'"
    ))
    .await
}

#[tokio::test]
async fn lead_time_is_set_by_the_steward_only_and_checked() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let eve = app.person("eve").await;
    let id = app.resource(&chen, json!({"name": "Shared car"})).await;
    let v = app
        .call_as(
            Some(&eve),
            Method::GET,
            &format!("/api/v1/resources/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(v["policy"]["lead_minutes"], 0);

    // Out of range: negative, or longer than the horizon (60 days by default); nothing
    // written, and the problem names the field.
    for bad in [json!(-1), json!(60 * 24 * 60 + 1)] {
        let r = set_policy(&app, &chen, &id, json!({"lead_minutes": bad}), 422).await;
        assert_eq!(r["code"], "invalid_policy", "{r}");
        assert!(
            r["detail"].as_str().unwrap().contains("lead_minutes"),
            "{r}"
        );
    }
    // A horizon shortened below the lead time asked in the same change: refused too.
    let r = set_policy(
        &app,
        &chen,
        &id,
        json!({"lead_minutes": 3 * 24 * 60, "horizon_days": 2}),
        422,
    )
    .await;
    assert_eq!(r["code"], "invalid_policy", "{r}");
    assert_eq!(terms_rows(&app, &id).await, 0);

    // Anonymous 401, a stranger 403, the steward 200.
    let path = format!("/api/v1/resources/{id}/policy");
    let r = app
        .check_roles(
            &ApiCall::put(&path, json!({"lead_minutes": 180})),
            Some((&eve, 403)),
            (&chen, 200),
        )
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["policy"]["lead_minutes"], 180);
    assert_eq!(terms_rows(&app, &id).await, 1);
    // Changing another field keeps the lead time.
    let v = set_policy(&app, &chen, &id, json!({"buffer_minutes": 10}), 200).await;
    assert_eq!(v["policy"]["lead_minutes"], 180);
}

#[tokio::test]
async fn a_booking_at_short_notice_is_refused_with_the_earliest_start() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let id = app.resource(&chen, json!({"name": "Shared car"})).await;
    set_policy(&app, &chen, &id, json!({"lead_minutes": 180}), 200).await;

    // Starting within the next three hours: 422, naming the earliest start allowed.
    let before = time::OffsetDateTime::now_utc();
    let r = book(&app, &bob, &id, slot(2, 4, 1), 422).await;
    assert_eq!(r["code"], "short_notice", "{r}");
    let detail = r["detail"].as_str().unwrap();
    let earliest = (before + time::Duration::hours(3))
        .format(&time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:"
        ))
        .unwrap();
    assert!(
        detail.contains(&earliest),
        "{detail} should name {earliest}…"
    );
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id = '{id}'"
        ))
        .await,
        0
    );
    // With enough notice: booked.
    book(&app, &bob, &id, slot(5, 6, 1), 201).await;
    // The steward books at any notice.
    book(&app, &chen, &id, slot(1, 2, 1), 201).await;

    // The search does not offer it at short notice, and does with enough.
    let search = |from: String, to: String| {
        format!(
            "/api/v1/resources/available?from={}&to={}",
            from.replace('+', "%2B"),
            to.replace('+', "%2B")
        )
    };
    let has = |found: &Value| {
        found
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["resource"]["id"] == id.as_str() || f["id"] == id.as_str())
    };
    let soon = app
        .call_as(None, Method::GET, &search(at(2), at(3)), None, 200)
        .await;
    assert!(!has(&soon), "{soon}");
    let later = app
        .call_as(None, Method::GET, &search(at(8), at(9)), None, 200)
        .await;
    assert!(has(&later), "{later}");
}

#[tokio::test]
async fn the_page_says_the_lead_time_and_its_form_sets_it() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let id = app.resource(&chen, json!({"name": "Shared car"})).await;
    let steward = app.browser_of(&chen).await;
    let form = [
        ("policy-min_minutes", "30"),
        ("policy-max_minutes", "600"),
        ("policy-horizon_days", "14"),
        ("policy-buffer_minutes", "0"),
        ("policy-borrowers", "anyone"),
        ("policy-lead_minutes", "120"),
    ];
    // Beyond the horizon's length: back beside its field, nothing written.
    let mut bad = form.to_vec();
    bad[5] = ("policy-lead_minutes", "30000");
    let path = format!("/resources/{id}/policy");
    let r = app
        .post_form(&steward, &format!("/resources/{id}"), &path, &bad)
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("name=\"policy-lead_minutes\""), "{html}");
    assert_eq!(terms_rows(&app, &id).await, 0);
    app.post_form(&steward, &format!("/resources/{id}"), &path, &form)
        .await;
    let page = app.page(&steward, &format!("/resources/{id}")).await;
    assert!(page.contains("at least 120 minutes before"), "{page}");
    assert!(page.contains("value=\"120\""), "{page}");
}

async fn money_rows(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) AS n FROM lending_reservation_money".to_string())
        .await
}

async fn transactions(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) AS n FROM ledger_transactions".to_string())
        .await
}

/// A resource of `who` lent for up to three days, under the money terms `terms`.
async fn priced(app: &TestApp, who: &crate::support::Person, name: &str, terms: Value) -> String {
    let id = app
        .resource(
            who,
            json!({"name": name, "quantity": 3, "min_minutes": 1, "max_minutes": 3 * 24 * 60}),
        )
        .await;
    set_policy(app, who, &id, terms, 200).await;
    id
}

#[tokio::test]
async fn money_terms_are_checked_field_by_field_and_set_by_the_steward_only() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let eve = app.person("eve").await;
    let id = app.resource(&chen, json!({"name": "Cargo bike"})).await;
    let v = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(
        (
            &v["policy"]["currency"],
            &v["policy"]["fee_mode"],
            &v["policy"]["deposit"],
            &v["policy"]["fee"],
            &v["policy"]["late_fee_per_day"]
        ),
        (
            &json!("EUR"),
            &json!("free"),
            &json!("0.00"),
            &json!("0.00"),
            &json!("0.00")
        )
    );
    for (body, code, field) in [
        (json!({"deposit": "-5"}), "negative_amount", "deposit"),
        (json!({"deposit": "5.001"}), "too_many_decimals", "deposit"),
        (json!({"deposit": "five"}), "malformed_amount", "deposit"),
        (
            json!({"deposit": "92233720368547758.08"}),
            "amount_too_large",
            "deposit",
        ),
        (
            json!({"late_fee_per_day": "-0.50"}),
            "negative_amount",
            "late_fee_per_day",
        ),
        (
            json!({"late_fee_per_day": "1.5.0"}),
            "malformed_amount",
            "late_fee_per_day",
        ),
        (
            json!({"currency": "EURO", "deposit": "5"}),
            "unknown_unit",
            "currency",
        ),
        (json!({"currency": "hours"}), "not_a_currency", "currency"),
        (
            json!({"fee_mode": "per_loan", "fee": "-2"}),
            "negative_amount",
            "fee",
        ),
        (
            json!({"fee_mode": "per_week", "fee": "2"}),
            "invalid_fee_mode",
            "fee_mode",
        ),
        (json!({"fee": "2"}), "fee_mode_mismatch", "fee"),
        (
            json!({"fee_mode": "free", "fee": "2"}),
            "fee_mode_mismatch",
            "fee",
        ),
        (
            json!({"fee_mode": "per_loan"}),
            "fee_mode_mismatch",
            "per_loan",
        ),
        (
            json!({"fee_mode": "per_day", "fee": "0"}),
            "fee_mode_mismatch",
            "per_day",
        ),
        (
            json!({"currency": "JPY", "deposit": "1.5"}),
            "too_many_decimals",
            "deposit",
        ),
    ] {
        let r = set_policy(&app, &chen, &id, body.clone(), 422).await;
        assert_eq!(r["code"], code, "{body}: {r}");
        assert!(
            r["detail"].as_str().unwrap().contains(field),
            "{body}: {r} should name {field}"
        );
        assert_eq!(terms_rows(&app, &id).await, 0, "{body} wrote nothing");
    }
    // Anonymous 401, a stranger 403, the steward 200.
    let path = format!("/api/v1/resources/{id}/policy");
    let terms =
        json!({"deposit": "20", "fee_mode": "per_day", "fee": "4.5", "late_fee_per_day": "2"});
    let r = app
        .check_roles(&ApiCall::put(&path, terms), Some((&eve, 403)), (&chen, 200))
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["policy"]["deposit"], "20.00");
    assert_eq!(v["policy"]["fee_mode"], "per_day");
    assert_eq!(v["policy"]["fee"], "4.50");
    assert_eq!(v["policy"]["late_fee_per_day"], "2.00");
    // A later change of another field keeps them; going free drops the fee with it.
    let v = set_policy(&app, &chen, &id, json!({"lead_minutes": 30}), 200).await;
    assert_eq!(v["policy"]["fee"], "4.50");
    let v = set_policy(&app, &chen, &id, json!({"fee_mode": "free"}), 200).await;
    assert_eq!(
        (&v["policy"]["fee_mode"], &v["policy"]["fee"]),
        (&json!("free"), &json!("0.00"))
    );
    assert_eq!(v["policy"]["deposit"], "20.00");
    // Pay what you can may suggest nothing.
    let v = set_policy(
        &app,
        &chen,
        &id,
        json!({"fee_mode": "pay_what_you_can", "fee": "0"}),
        200,
    )
    .await;
    assert_eq!(v["policy"]["fee_mode"], "pay_what_you_can");
}

#[tokio::test]
async fn the_quote_is_kept_at_booking_by_the_fee_mode() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    // Free: no money shown, none kept.
    let free = priced(&app, &chen, "Ladder", json!({})).await;
    let k = book(&app, &bob, &free, slot(2, 3, 1), 201).await;
    assert!(k.get("money").is_none(), "{k}");
    assert_eq!(money_rows(&app).await, 0);
    // Per loan: the fee per item.
    let laser = priced(
        &app,
        &chen,
        "Laser cutter",
        json!({"fee_mode": "per_loan", "fee": "3"}),
    )
    .await;
    let k = book(&app, &bob, &laser, slot(2, 3, 2), 201).await;
    assert_eq!(k["money"]["fee"], "6.00", "{k}");
    assert_eq!(k["money"]["deposit"], "0.00");
    assert_eq!(k["money"]["deposit_state"], "none");
    assert_eq!(k["money"]["late_fee"], Value::Null);
    // Per day begun: 25 hours are two days.
    let car = priced(
        &app,
        &chen,
        "Shared car",
        json!({"fee_mode": "per_day", "fee": "4", "deposit": "50", "late_fee_per_day": "10"}),
    )
    .await;
    let k = book(&app, &bob, &car, slot(2, 27, 1), 201).await;
    assert_eq!(k["money"]["fee"], "8.00", "{k}");
    assert_eq!(k["money"]["deposit"], "50.00");
    assert_eq!(k["money"]["deposit_state"], "to_hold");
    assert_eq!(k["money"]["late_fee_per_day"], "10.00");
    // Pay what you can: the suggestion by default, what one chooses with `pay`.
    let tools = priced(
        &app,
        &chen,
        "Tool library",
        json!({"fee_mode": "pay_what_you_can", "fee": "5"}),
    )
    .await;
    let k = book(&app, &bob, &tools, slot(2, 3, 1), 201).await;
    assert_eq!(k["money"]["fee"], "5.00", "{k}");
    let mut body = slot(4, 5, 1);
    body["pay"] = json!("0");
    let k = book(&app, &bob, &tools, body, 201).await;
    assert_eq!(k["money"]["fee"], "0.00", "{k}");
    let mut body = slot(6, 7, 1);
    body["pay"] = json!("12.5");
    let k = book(&app, &bob, &tools, body, 201).await;
    assert_eq!(k["money"]["fee"], "12.50", "{k}");
    // A negative or malformed `pay`: 422 naming it, nothing written.
    let (kept, booked) = (money_rows(&app).await, holding(&app, &tools).await);
    for (pay, code) in [
        ("-1", "negative_amount"),
        ("1.234", "too_many_decimals"),
        ("lots", "malformed_amount"),
    ] {
        let mut body = slot(8, 9, 1);
        body["pay"] = json!(pay);
        let r = book(&app, &bob, &tools, body, 422).await;
        assert_eq!(r["code"], code, "{r}");
        assert!(r["detail"].as_str().unwrap().contains("pay"), "{r}");
    }
    assert_eq!(money_rows(&app).await, kept);
    assert_eq!(holding(&app, &tools).await, booked);
    // The booking's event carries the amounts.
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'reservation.made' \
             AND payload LIKE '%12.50 EUR%'"
                .to_string()
        )
        .await,
        1
    );

    // The resource page says the terms and asks what one pays; a free one says nothing.
    let browser = app.browser_of(&bob).await;
    let page = app.page(&browser, &format!("/resources/{tools}")).await;
    assert!(
        page.contains("Pay what you can (suggested: 5.00 EUR)"),
        "{page}"
    );
    assert!(page.contains("name=\"pay\""), "{page}");
    let page = app.page(&browser, &format!("/resources/{car}")).await;
    assert!(page.contains("Fee: 4.00 EUR per day begun"), "{page}");
    assert!(page.contains("Deposit: 50.00 EUR per item"), "{page}");
    assert!(!page.contains("name=\"pay\""), "{page}");
    let page = app.page(&browser, &format!("/resources/{free}")).await;
    assert!(!page.contains("id=\"money\""), "{page}");
    assert!(!page.contains("id=\"book-money\""), "{page}");
    // The form's negative pay comes back beside its field.
    let r = app
        .post_form(
            &browser,
            &format!("/resources/{tools}"),
            &format!("/resources/{tools}/reservations"),
            &[
                ("starts_at", &at(10)[..16]),
                ("ends_at", &at(11)[..16]),
                ("quantity", "1"),
                ("pay", "-3"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("name=\"pay\""), "{html}");
    assert_eq!(money_rows(&app).await, kept);
}

/// A loan that ended minutes ago, checked out now and returned: late by a day begun.
async fn late_loan(
    app: &TestApp,
    steward: &crate::support::Person,
    borrower: &crate::support::Person,
    id: &str,
) -> String {
    let now = time::OffsetDateTime::now_utc();
    let f = |t: time::OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    let body = json!({"starts_at": f(now - time::Duration::minutes(6)),
                      "ends_at": f(now - time::Duration::minutes(3)), "quantity": 2});
    let k = book(app, borrower, id, body, 201).await;
    let kid = k["id"].as_str().unwrap().to_string();
    let out = app
        .post_as(
            steward,
            &format!("/api/v1/reservations/{kid}/check-out"),
            json!({}),
            200,
        )
        .await;
    assert_eq!(out["money"]["deposit_state"], "held", "{out}");
    kid
}

async fn give_back(app: &TestApp, steward: &crate::support::Person, kid: &str) -> Value {
    app.post_as(
        steward,
        &format!("/api/v1/reservations/{kid}/return"),
        json!({}),
        200,
    )
    .await
}

#[tokio::test]
async fn a_late_return_owes_its_late_fee_and_a_treasury_books_it_all_balanced() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.post_as(
        &ada,
        "/api/v1/treasuries",
        json!({"owner": "person", "handle": "ada"}),
        201,
    )
    .await;
    let id = priced(
        &app,
        &ada,
        "Cargo bike",
        json!({"fee_mode": "per_loan", "fee": "3", "deposit": "20", "late_fee_per_day": "2"}),
    )
    .await;
    let before = transactions(&app).await;
    let kid = late_loan(&app, &ada, &bob, &id).await;
    // At check-out: the fee owed and the deposit held.
    assert_eq!(transactions(&app).await, before + 2);
    let back = give_back(&app, &ada, &kid).await;
    let m = &back["money"];
    assert_eq!(m["fee"], "6.00", "{back}");
    assert_eq!(m["deposit"], "40.00");
    assert_eq!(m["deposit_state"], "given_back");
    // One day begun late × 2.00 × 2 items.
    assert_eq!(m["late_fee"], "4.00");
    assert_eq!(m["treasury"], "ada");
    let whats: Vec<&str> = m["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["what"].as_str().unwrap())
        .collect();
    assert_eq!(whats, ["fee", "deposit", "deposit_back", "late_fee"]);
    assert_eq!(transactions(&app).await, before + 4);
    // The treasury's balances: owed 10.00 by bob, the deposit back to zero, all balanced.
    let b = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/ada/balances",
            None,
            200,
        )
        .await;
    let balance = |name: &str| {
        b["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["account"] == name)
            .map(|a| {
                (
                    a["kind"].as_str().unwrap().to_string(),
                    a["balance"].as_str().unwrap().to_string(),
                )
            })
            .unwrap_or_else(|| panic!("no {name} in {b}"))
    };
    assert_eq!(
        balance("receivable:lending"),
        ("asset".into(), "10.00".into())
    );
    assert_eq!(
        balance("borrowers:bob"),
        ("external".into(), "-10.00".into())
    );
    assert_eq!(balance("deposits-held"), ("asset".into(), "0.00".into()));
    assert_eq!(balance("deposits:bob"), ("liability".into(), "0.00".into()));
    let sum: i64 = b["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["minor"].as_i64().unwrap())
        .sum();
    assert_eq!(sum, 0, "{b}");
    // The fee is income of the category lending_fee.
    let x = app
        .call_as(
            None,
            Method::GET,
            &format!(
                "/api/v1/treasuries/ada/transactions/{}",
                m["entries"][0]["number"]
            ),
            None,
            200,
        )
        .await;
    assert_eq!(x["category"], "lending_fee", "{x}");
    // The reservation's page links to them and says the late fee.
    let page = app
        .page(&app.browser_of(&bob).await, &format!("/reservations/{kid}"))
        .await;
    assert!(page.contains("Late fee: 4.00 EUR"), "{page}");
    assert!(
        page.contains(&format!(
            "/treasuries/ada#transaction-{}",
            m["entries"][3]["number"]
        )),
        "{page}"
    );
    // The return's event carries the amounts.
    assert!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'reservation.returned' \
             AND object_id = '{kid}' AND payload LIKE '%4.00 EUR%'"
        ))
        .await
            == 1
    );
}

#[tokio::test]
async fn without_a_treasury_the_amounts_stay_on_the_loan() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = priced(
        &app,
        &ada,
        "Cargo bike",
        json!({"fee_mode": "per_loan", "fee": "3", "deposit": "20", "late_fee_per_day": "2"}),
    )
    .await;
    let kid = late_loan(&app, &ada, &bob, &id).await;
    let back = give_back(&app, &ada, &kid).await;
    let m = &back["money"];
    assert_eq!(
        (&m["fee"], &m["late_fee"]),
        (&json!("6.00"), &json!("4.00")),
        "{back}"
    );
    assert_eq!(m["treasury"], Value::Null);
    assert_eq!(m["entries"], json!([]));
    assert_eq!(transactions(&app).await, 0);
    let page = app
        .page(&app.browser_of(&bob).await, &format!("/reservations/{kid}"))
        .await;
    assert!(page.contains("recorded on the loan only"), "{page}");
    let mine = app
        .page(&app.browser_of(&bob).await, "/me/reservations")
        .await;
    assert!(mine.contains("Late fee: 4.00 EUR"), "{mine}");
}

#[tokio::test]
async fn the_demo_prices_its_loans_and_the_makers_ledger_books_the_laser_s_fees() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let list = app
        .call_as(None, Method::GET, "/api/v1/resources?limit=100", None, 200)
        .await;
    let policy = |name: &str| -> Value {
        list["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .unwrap_or_else(|| panic!("{name}"))["policy"]
            .clone()
    };
    assert_eq!(policy("Cargo bike")["deposit"], "20.00");
    assert_eq!(policy("Shared car")["fee_mode"], "per_day");
    assert_ne!(policy("Shared car")["late_fee_per_day"], "0.00");
    assert_eq!(policy("Cordless drill set")["fee_mode"], "pay_what_you_can");
    assert_ne!(policy("Cordless drill set")["fee"], "0.00");
    assert_eq!(policy("Laser cutter")["fee_mode"], "per_loan");
    // The one late return carries its late fee.
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM lending_reservation_money m JOIN lending_reservations k \
             ON k.id = m.reservation_id WHERE k.returned_at > k.ends_at AND m.late_fee > 0"
                .to_string()
        )
        .await,
        1
    );
    // Someone paid what they could, not the suggestion.
    assert!(
        app.count(
            "SELECT COUNT(*) AS n FROM lending_reservation_money WHERE fee = 0 \
             AND reservation_id IN (SELECT k.id FROM lending_reservations k JOIN \
             lending_resources r ON r.id = k.resource_id WHERE r.name = 'Cordless drill set')"
                .to_string()
        )
        .await
            >= 1
    );
    // The makers' treasury has the laser's fees owed, each a loan's entry.
    let laser_fees = app
        .count(
            "SELECT COUNT(*) AS n FROM lending_reservation_money \
             WHERE treasury = 'makers-lagomar' AND fee_entry IS NOT NULL"
                .to_string(),
        )
        .await;
    assert!(laser_fees >= 2, "{laser_fees}");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM ledger_transactions WHERE category = 'lending_fee'"
                .to_string()
        )
        .await,
        laser_fees
    );
    let b = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/makers-lagomar/balances",
            None,
            200,
        )
        .await;
    let owed = b["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["account"] == "receivable:lending")
        .unwrap_or_else(|| panic!("{b}"));
    assert_eq!(owed["minor"].as_i64(), Some(800 * laser_fees), "{b}");
    // The city had no treasury then: its loans' amounts are on the loans only.
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM lending_reservation_money m JOIN lending_reservations k \
             ON k.id = m.reservation_id JOIN lending_resources r ON r.id = k.resource_id \
             WHERE r.name = 'Cargo bike' AND m.treasury IS NOT NULL"
                .to_string()
        )
        .await,
        0
    );
}

#[tokio::test]
async fn the_policy_form_sets_the_money_terms_and_answers_a_bad_one_beside_its_field() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let id = app.resource(&chen, json!({"name": "Laser cutter"})).await;
    let steward = app.browser_of(&chen).await;
    let form = [
        ("policy-min_minutes", "30"),
        ("policy-max_minutes", "600"),
        ("policy-horizon_days", "14"),
        ("policy-buffer_minutes", "0"),
        ("policy-borrowers", "anyone"),
        ("policy-currency", "EUR"),
        ("policy-fee_mode", "per_loan"),
        ("policy-fee", "8"),
        ("policy-deposit", "0"),
        ("policy-late_fee_per_day", "1.50"),
    ];
    let path = format!("/resources/{id}/policy");
    let page = format!("/resources/{id}");
    // Per loan without a fee, or a deposit with three decimals: back beside the field,
    // nothing written.
    for (field, value, named) in [
        ("policy-fee", "", "policy-fee"),
        ("policy-deposit", "2.005", "policy-deposit"),
        ("policy-currency", "EURO", "policy-currency"),
    ] {
        let mut bad = form.to_vec();
        for f in bad.iter_mut().filter(|(k, _)| *k == field) {
            f.1 = value;
        }
        let r = app.post_form(&steward, &page, &path, &bad).await;
        assert_eq!(r.status(), 422, "{field}");
        let html = r.text().await.unwrap();
        assert!(
            html.contains(&format!("aria-describedby=\"error-{named}\"")),
            "{field}: {html}"
        );
        assert!(
            html.contains("href=\"/people/chen\""),
            "keeps the signed-in layout"
        );
        assert_eq!(terms_rows(&app, &id).await, 0, "{field}");
    }
    app.post_form(&steward, &page, &path, &form).await;
    let html = app.page(&steward, &page).await;
    assert!(html.contains("Fee: 8.00 EUR per item lent"), "{html}");
    assert!(html.contains("Late fee: 1.50 EUR per day begun"), "{html}");
    assert!(!html.contains("Deposit:"), "{html}");
    let v = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(v["policy"]["fee"], "8.00");
}

/// A walk-in loan is priced and booked as a booking checked out: on a pay-what-you-can
/// resource a negative `pay` is refused with nothing written; what the borrower pays is
/// owed and the deposit held in the steward's treasury the moment the items go out.
#[tokio::test]
async fn a_walk_in_is_priced_and_booked_in_the_treasury_as_it_goes_out() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let _bob = app.person("bob").await;
    app.post_as(
        &ada,
        "/api/v1/treasuries",
        json!({"owner": "person", "handle": "ada"}),
        201,
    )
    .await;
    let id = priced(
        &app,
        &ada,
        "Drill",
        json!({"fee_mode": "pay_what_you_can", "fee": "2", "deposit": "10"}),
    )
    .await;
    let (rows, txs) = (money_rows(&app).await, transactions(&app).await);
    let url = format!("/api/v1/resources/{id}/loans");
    let r = app
        .call_as(
            Some(&ada),
            Method::POST,
            &url,
            Some(json!({"borrower": "@bob", "ends_at": at(3), "pay": "-1"})),
            422,
        )
        .await;
    assert_eq!(r["code"], "negative_amount", "{r}");
    assert_eq!(money_rows(&app).await, rows);
    assert_eq!(transactions(&app).await, txs);
    let booked = app
        .count(format!(
            "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id = '{id}'"
        ))
        .await;
    assert_eq!(booked, 0);

    let k = app
        .call_as(
            Some(&ada),
            Method::POST,
            &url,
            Some(json!({"borrower": "@bob", "ends_at": at(3), "pay": "3.50"})),
            201,
        )
        .await;
    assert_eq!(k["state"], "out", "{k}");
    let m = &k["money"];
    assert_eq!(m["fee"], "3.50", "{k}");
    assert_eq!(m["deposit"], "10.00");
    assert_eq!(m["deposit_state"], "held");
    assert_eq!(m["treasury"], "ada");
    // The fee owed and the deposit held: two transactions, at once.
    assert_eq!(transactions(&app).await, txs + 2);
}
