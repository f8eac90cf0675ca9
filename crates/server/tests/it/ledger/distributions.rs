//! Distributions back to contributors: a commons' treasury shares an amount among the
//! people whose contributions it accepted, previewed with every share and the
//! contributions behind it, then posted as one balanced transaction whose legs sum exactly
//! to the amount; who may do it; what bad input gets.

use crate::support::{Commons, Contribution, Person, TestApp};
use reqwest::Method;
use serde_json::{Value, json};
use std::collections::BTreeMap;

pub(super) struct Manuals {
    pub fatima: Person,
    pub bo: Person,
    pub cy: Person,
    pub stranger: Person,
}

/// A commons maintained by fatima with accepted work by bo (a change and 90 minutes) and
/// cy (30 minutes), a proposed change by the stranger that nobody accepted, and its
/// treasury holding 100 € of licence fees.
pub(super) async fn manuals(app: &TestApp) -> Manuals {
    let fatima = app.person("fatima").await;
    let bo = app.person("bo").await;
    let cy = app.person("cy").await;
    let stranger = app.person("eve").await;
    let c: Commons = app
        .commons("manuals")
        .maintained_by(&fatima)
        .file("README.md", "# Repair manuals\n")
        .await;
    app.change(&c)
        .by(&bo)
        .add("kettle.md", "# Kettle\n")
        .accepted_by(&fatima)
        .await;
    for (who, minutes) in [(&bo, 90), (&cy, 30)] {
        let w = app
            .post_as(
                who,
                &c.api("/work"),
                json!({"minutes": minutes, "description": "Tested the guides"}),
                201,
            )
            .await;
        let k = Contribution {
            commons: c.handle.clone(),
            number: w["number"].as_i64().expect("number"),
        };
        app.post_as(&fatima, &k.api("/accept"), json!({}), 200)
            .await;
    }
    app.change(&c).by(&stranger).add("spam.md", "x").await;
    app.treasury("commons", "manuals")
        .opened_by(&fatima)
        .flagged("bank", "asset", "EUR")
        .account("licensees", "external", "EUR")
        .await;
    let fee = json!({"category": "licence_fee", "amount": "100", "unit": "EUR", "into": "bank", "from": "licensees"});
    app.post_as(&fatima, "/api/v1/treasuries/manuals/income", fee, 201)
        .await;
    Manuals {
        fatima,
        bo,
        cy,
        stranger,
    }
}

pub(super) fn shares(d: &Value) -> BTreeMap<String, String> {
    d["shares"]
        .as_array()
        .expect("shares")
        .iter()
        .map(|s| {
            (
                s["person"].as_str().expect("person").to_string(),
                s["amount"].as_str().expect("amount").to_string(),
            )
        })
        .collect()
}

/// A decimal amount with two decimals (`"-12.50"`) in cents.
pub(super) fn cents(s: &str) -> i64 {
    let (sign, s) = match s.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, s),
    };
    let (units, cents) = s.split_once('.').expect("two decimals");
    sign * (units.parse::<i64>().expect("units") * 100 + cents.parse::<i64>().expect("cents"))
}

pub(super) const PATH: &str = "/api/v1/treasuries/manuals/distributions";

#[tokio::test]
async fn a_preview_shares_exactly_and_posting_books_one_leg_per_recipient() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;

    // Equal: fatima (the first change), bo and cy; the cent left over goes to the lowest id.
    let body = json!({"policy": "equal", "amount": "100.00", "unit": "EUR"});
    let d = app.post_as(&m.fatima, PATH, body, 201).await;
    assert_eq!(d["state"], "previewed");
    assert_eq!(d["number"], 1);
    let s = shares(&d);
    assert_eq!(s.len(), 3, "{d}");
    assert!(!s.contains_key("eve"), "unaccepted work is not paid: {d}");
    assert_eq!(s.values().map(|a| cents(a)).sum::<i64>(), 10_000);
    let mut amounts: Vec<i64> = s.values().map(|a| cents(a)).collect();
    amounts.sort();
    assert_eq!(amounts, vec![3333, 3333, 3334]);
    // Nothing is booked by a preview.
    let txs = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/manuals/transactions",
            None,
            200,
        )
        .await;
    assert_eq!(txs["items"].as_array().expect("items").len(), 1);

    // Hours: bo's 90 minutes against cy's 30.
    let body =
        json!({"policy": "hours", "amount": "80", "unit": "EUR", "memo": "Testing paid back"});
    let h = app.post_as(&m.fatima, PATH, body, 201).await;
    assert_eq!(
        shares(&h),
        BTreeMap::from([("bo".into(), "60.00".into()), ("cy".into(), "20.00".into())])
    );
    let bo_share = h["shares"]
        .as_array()
        .expect("shares")
        .iter()
        .find(|s| s["person"] == "bo")
        .expect("bo");
    assert_eq!(bo_share["weight"], "90 min");
    assert_eq!(
        bo_share["contributions"].as_array().expect("numbers").len(),
        1
    );

    // Posted: one transaction, the amount to the expense account, each share owed.
    let posted = app
        .post_as(&m.fatima, &format!("{PATH}/2/post"), json!({}), 200)
        .await;
    assert_eq!(posted["state"], "posted");
    assert_eq!(posted["decided_by"], "fatima");
    let number = posted["transaction"].as_i64().expect("transaction");
    let t = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/treasuries/manuals/transactions/{number}"),
            None,
            200,
        )
        .await;
    let legs = t["legs"].as_array().expect("legs");
    assert_eq!(legs.len(), 3, "{t}");
    let sum: i64 = legs
        .iter()
        .map(|l| cents(l["amount"].as_str().expect("amount")))
        .sum();
    assert_eq!(sum, 0, "{t}");
    let balances = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/manuals/balances",
            None,
            200,
        )
        .await;
    let by: BTreeMap<&str, &str> = balances["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .map(|a| {
            (
                a["account"].as_str().unwrap_or(""),
                a["balance"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(by["contributors"], "80.00");
    assert_eq!(by["owed:bo"], "-60.00");
    assert_eq!(by["owed:cy"], "-20.00");

    // Once only; and the statement is on the recipient's record.
    let again = app
        .call_as(
            Some(&m.fatima),
            Method::POST,
            &format!("{PATH}/2/post"),
            Some(json!({})),
            409,
        )
        .await;
    assert_eq!(again["code"], "distribution_decided");
    let back = app
        .call_as(None, Method::GET, "/api/v1/people/bo/paid-back", None, 200)
        .await;
    assert_eq!(back["shares"][0]["amount"], "60.00");
    assert_eq!(back["shares"][0]["distribution"], 2);
    assert_eq!(back["owed"][0]["amount"], "60.00");
    assert_eq!(back["owed"][0]["treasury"], "manuals");

    // The first preview can still be discarded, and then not posted.
    let gone = app
        .post_as(&m.fatima, &format!("{PATH}/1/discard"), json!({}), 200)
        .await;
    assert_eq!(gone["state"], "discarded");
    app.call_as(
        Some(&m.fatima),
        Method::POST,
        &format!("{PATH}/1/post"),
        Some(json!({})),
        409,
    )
    .await;

    // CredRank pays everyone whose work was accepted, and the maintainer who accepted it.
    let body = json!({"policy": "credrank", "amount": "50", "unit": "EUR"});
    let c = app.post_as(&m.fatima, PATH, body, 201).await;
    let s = shares(&c);
    assert_eq!(s.values().map(|a| cents(a)).sum::<i64>(), 5000, "{c}");
    assert!(cents(&s["bo"]) > cents(&s["cy"]), "{c}");

    // Each step is in the commons' record.
    let feed = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/activity?context=commons:manuals",
            None,
            200,
        )
        .await;
    let kinds: Vec<&str> = feed["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|e| e["kind"].as_str())
        .collect();
    for k in [
        "distribution.previewed",
        "distribution.posted",
        "distribution.discarded",
    ] {
        assert!(kinds.contains(&k), "{k} in {kinds:?}");
    }
}

#[tokio::test]
async fn only_a_steward_distributes_and_bad_input_says_what_to_fix() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    let body = json!({"policy": "equal", "amount": "10", "unit": "EUR"});
    app.call_as(None, Method::POST, PATH, Some(body.clone()), 401)
        .await;
    let p = app
        .call_as(
            Some(&m.stranger),
            Method::POST,
            PATH,
            Some(body.clone()),
            403,
        )
        .await;
    assert_eq!(p["code"], "not_steward");
    app.call_as(Some(&m.bo), Method::POST, PATH, Some(body.clone()), 403)
        .await;
    let bad = |b: Value, code: &'static str| {
        let app = &app;
        let who = &m.fatima;
        async move {
            let p = app
                .call_as(Some(who), Method::POST, PATH, Some(b), 422)
                .await;
            assert_eq!(p["code"], code, "{p}");
        }
    };
    bad(
        json!({"policy": "lottery", "amount": "10", "unit": "EUR"}),
        "invalid_distribution_policy",
    )
    .await;
    bad(
        json!({"policy": "equal", "amount": "0", "unit": "EUR"}),
        "zero_leg",
    )
    .await;
    bad(
        json!({"policy": "equal", "amount": "1.234", "unit": "EUR"}),
        "too_many_decimals",
    )
    .await;
    bad(
        json!({"policy": "equal", "amount": "10", "unit": "EUR", "since": "2026-13-01"}),
        "invalid_period",
    )
    .await;
    bad(json!({"policy": "equal", "amount": "10", "unit": "EUR", "since": "2026-03-02", "until": "2026-03-01"}), "invalid_period").await;
    bad(
        json!({"policy": "equal", "amount": "10", "unit": "EUR", "until": "2001-01-01"}),
        "no_contributors",
    )
    .await;
    bad(
        json!({"policy": "equal", "amount": "10", "unit": "EUR", "account": "Not An Account"}),
        "invalid_account_name",
    )
    .await;
    assert_eq!(app.rows("ledger_distributions").await, 0);

    // A preview of an organization's treasury is refused: it has no contributors.
    app.org("club").admin(&m.fatima).await;
    app.treasury("organization", "club")
        .opened_by(&m.fatima)
        .account("bank", "asset", "EUR")
        .await;
    let p = app
        .call_as(
            Some(&m.fatima),
            Method::POST,
            "/api/v1/treasuries/club/distributions",
            Some(body.clone()),
            422,
        )
        .await;
    assert_eq!(p["code"], "not_a_commons_treasury");

    // Posting and discarding: a steward only.
    app.post_as(&m.fatima, PATH, body, 201).await;
    for action in ["post", "discard"] {
        let path = format!("{PATH}/1/{action}");
        app.call_as(None, Method::POST, &path, Some(json!({})), 401)
            .await;
        app.call_as(Some(&m.stranger), Method::POST, &path, Some(json!({})), 403)
            .await;
    }
    app.call_as(
        Some(&m.fatima),
        Method::POST,
        &format!("{PATH}/9/post"),
        Some(json!({})),
        404,
    )
    .await;
    app.call_as(
        None,
        Method::GET,
        "/api/v1/people/nobody-here/paid-back",
        None,
        404,
    )
    .await;
}

/// The whole flow on the pages, without JavaScript: the steward previews by a form (a
/// refused one comes back filled in, the field marked), sees the statement with its chart
/// and table, posts it; a stranger sees no form; the recipient's page says what they were
/// paid back.
#[tokio::test]
async fn a_steward_previews_and_posts_on_the_pages_and_the_recipient_sees_it() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    let steward = app.browser_of(&m.fatima).await;
    let list = "/treasuries/manuals/distributions";
    let html = app.page(&steward, "/treasuries/manuals").await;
    assert!(html.contains(&format!("href=\"{list}\"")), "the way in");

    let refused = app
        .post_form(
            &steward,
            list,
            list,
            &[
                ("policy", "hours"),
                ("amount", "12,5"),
                ("unit", "EUR"),
                ("memo", "kept"),
            ],
        )
        .await;
    assert_eq!(refused.status().as_u16(), 422);
    let html = refused.text().await.expect("html");
    assert!(html.contains("aria-invalid=\"true\""), "{html}");
    assert!(
        html.contains("value=\"12,5\"") && html.contains("value=\"kept\""),
        "refilled"
    );
    assert!(
        html.contains("<option value=\"hours\" selected>"),
        "the policy kept"
    );

    let done = app
        .post_form(
            &steward,
            list,
            list,
            &[
                ("policy", "hours"),
                ("amount", "40"),
                ("unit", "EUR"),
                ("since", ""),
                ("until", ""),
                ("memo", ""),
            ],
        )
        .await;
    assert_eq!(done.status().as_u16(), 200);
    assert!(
        done.url().path().ends_with("/distributions/1"),
        "{}",
        done.url()
    );
    let html = done.text().await.expect("html");
    assert!(
        html.contains("<svg") && html.contains("role=\"img\""),
        "the chart"
    );
    assert!(
        html.contains("@bo") && html.contains("90 min"),
        "the statement"
    );
    assert!(
        html.contains("/distributions/1/post"),
        "the steward may post it"
    );

    let stranger = app.browser_of(&m.stranger).await;
    let html = app.page(&stranger, list).await;
    assert!(
        !html.contains("name=\"amount\""),
        "no preview form for a stranger"
    );
    let html = app
        .page(&stranger, "/treasuries/manuals/distributions/1")
        .await;
    assert!(
        !html.contains("/distributions/1/post"),
        "no post button for a stranger"
    );

    let posted = app
        .post_form(
            &steward,
            "/treasuries/manuals/distributions/1",
            "/treasuries/manuals/distributions/1/post",
            &[],
        )
        .await;
    assert_eq!(posted.status().as_u16(), 200);
    let html = posted.text().await.expect("html");
    assert!(
        html.contains("posted") && html.contains("#transaction-"),
        "{html}"
    );

    let anyone = app.browser();
    let html = app.page(&anyone, "/people/bo").await;
    assert!(
        html.contains("id=\"paid-back\"") && html.contains("Still owed by manuals"),
        "{html}"
    );
}

/// bo is owed 60 € after the hours distribution is posted.
async fn owed_to_bo(app: &TestApp, m: &Manuals) {
    let body = json!({"policy": "hours", "amount": "80", "unit": "EUR"});
    app.post_as(&m.fatima, PATH, body, 201).await;
    app.post_as(&m.fatima, &format!("{PATH}/1/post"), json!({}), 200)
        .await;
}

async fn still_owed(app: &TestApp, handle: &str) -> String {
    let back = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/people/{handle}/paid-back"),
            None,
            200,
        )
        .await;
    back["owed"][0]["amount"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// A recipient asks for what the treasury owes them: an expense of theirs, approved by a
/// steward, whose payment debits what is owed from the bank; payouts in the flow never
/// claim more than is owed; someone owed nothing is told so; nothing is written by a
/// refusal.
#[tokio::test]
async fn a_recipient_is_paid_out_what_the_treasury_owes_them_and_no_more() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    owed_to_bo(&app, &m).await;
    let payouts = "/api/v1/treasuries/manuals/payouts";
    let written = super::written(&app).await;
    let expenses = app.rows("ledger_expenses").await;
    app.call_as(None, Method::POST, payouts, Some(json!({})), 401)
        .await;
    let p = app.post_as(&m.stranger, payouts, json!({}), 409).await;
    assert_eq!(p["code"], "nothing_owed", "{p}");
    let p = app
        .post_as(&m.bo, payouts, json!({"amount": "60.01"}), 409)
        .await;
    assert_eq!(p["code"], "payout_above_owed", "{p}");
    assert!(p["detail"].as_str().unwrap().contains("60.00"), "{p}");
    for bad in ["abc", "0", "-5"] {
        let p = app
            .post_as(&m.bo, payouts, json!({"amount": bad}), 422)
            .await;
        assert!(p["code"].is_string(), "{bad}: {p}");
    }
    assert_eq!(super::written(&app).await, written);
    assert_eq!(app.rows("ledger_expenses").await, expenses);

    // 40 now, then the rest (no amount: all that is left); then nothing is left.
    let first = app
        .post_as(
            &m.bo,
            payouts,
            json!({"amount": "40", "payout": "IBAN IT60 X054 2811 1010 0000 0123 456"}),
            201,
        )
        .await;
    assert_eq!(
        (first["state"].as_str(), first["pays_out"].as_str()),
        (Some("submitted"), Some("owed:bo")),
        "{first}"
    );
    assert_eq!(first["amount"], "40.00");
    let rest = app.post_as(&m.bo, payouts, json!({}), 201).await;
    assert_eq!(rest["amount"], "20.00", "{rest}");
    let p = app
        .post_as(&m.bo, payouts, json!({"amount": "0.01"}), 409)
        .await;
    assert_eq!(p["code"], "payout_above_owed");
    // The payout details are private: not shown to the anonymous reader.
    let n = first["number"].as_i64().unwrap();
    let seen = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/treasuries/manuals/expenses/{n}"),
            None,
            200,
        )
        .await;
    assert!(!seen.to_string().contains("IBAN"), "{seen}");

    // Approved by the steward (bo may not approve his own) and paid from the bank.
    let one = format!("/api/v1/treasuries/manuals/expenses/{n}");
    app.post_as(&m.bo, &format!("{one}/approve"), json!({}), 403)
        .await;
    app.post_as(&m.fatima, &format!("{one}/approve"), json!({}), 200)
        .await;
    let paid = app
        .post_as(
            &m.fatima,
            &format!("{one}/pay"),
            json!({"from": "bank"}),
            200,
        )
        .await;
    assert_eq!(paid["state"], "paid");
    let tx = app
        .call_as(
            None,
            Method::GET,
            &format!(
                "/api/v1/treasuries/manuals/transactions/{}",
                paid["transaction"]
            ),
            None,
            200,
        )
        .await;
    let legs: BTreeMap<String, String> = tx["legs"]
        .as_array()
        .expect("legs")
        .iter()
        .map(|l| {
            (
                l["account"].as_str().unwrap().to_string(),
                l["amount"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        legs,
        BTreeMap::from([
            ("bank".into(), "-40.00".into()),
            ("owed:bo".into(), "40.00".into())
        ]),
        "{tx}"
    );
    assert_eq!(still_owed(&app, "bo").await, "20.00");

    // Withdrawn, the rest may be asked again.
    let r = rest["number"].as_i64().unwrap();
    app.post_as(
        &m.bo,
        &format!("/api/v1/treasuries/manuals/expenses/{r}/cancel"),
        json!({}),
        200,
    )
    .await;
    let again = app.post_as(&m.bo, payouts, json!({}), 201).await;
    assert_eq!(again["amount"], "20.00");
}

/// Eight requests for all that is owed, at once: one payout is made, the others are
/// refused, on both engines.
#[tokio::test]
async fn racing_payouts_never_claim_more_than_is_owed() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    owed_to_bo(&app, &m).await;
    let url = app.url("/api/v1/treasuries/manuals/payouts");
    let token = m.bo.token.clone();
    let out = app
        .race(8, |_, client| {
            client
                .post(&url)
                .bearer_auth(&token)
                .json(&json!({"amount": "60"}))
                .send()
        })
        .await;
    let mut codes: Vec<u16> = out.iter().map(|(s, _)| *s).collect();
    codes.sort();
    assert_eq!(codes, [201, 409, 409, 409, 409, 409, 409, 409], "{out:?}");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM ledger_payouts".into())
            .await,
        1
    );
}

/// The recipient asks from their own page; nobody else sees the form.
#[tokio::test]
async fn the_recipient_asks_for_a_payout_from_their_page() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    owed_to_bo(&app, &m).await;
    let bo = app.browser_of(&m.bo).await;
    let html = app.page(&bo, "/people/bo").await;
    assert!(
        html.contains("action=\"/treasuries/manuals/payouts\""),
        "{html}"
    );
    let other = app.browser_of(&m.fatima).await;
    let html = app.page(&other, "/people/bo").await;
    assert!(!html.contains("/treasuries/manuals/payouts"));
    // Anonymous: 401 and nothing written; someone owed nothing: 409; bo: his payout.
    let stranger = app.browser_of(&m.stranger).await;
    let r = app
        .check_form_roles(
            "/treasuries/manuals/payouts",
            &[("amount", "15"), ("payout", "cash at the workshop")],
            Some((&stranger, 409)),
            &bo,
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("15.00") || html.contains("15,00"), "{html}");
    let r = app
        .post_form(
            &bo,
            "/people/bo",
            "/treasuries/manuals/payouts",
            &[("amount", "100")],
        )
        .await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("action=\"/signout\""));
}
