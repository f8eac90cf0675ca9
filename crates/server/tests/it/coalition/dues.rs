//! What comes back to the commons, end to end through the API: a licence fee accepted
//! by its party, booked as a receivable in the commons' treasury, recorded paid by a
//! steward and shared with the contributors to the cent; a phyle whose members must be
//! commoners, its pledges, its declared surpluses owed and paid, and its standing; a
//! breach lifted. Each mutating call tried by the anonymous caller, a stranger and the
//! rightful role.

use super::{ask, copyfair_3_percent, set_policy, work};
use crate::support::{Commons, Person, TestApp};
use reqwest::Method;
use serde_json::{Value, json};
use std::collections::BTreeMap;

fn cents(text: &str) -> i64 {
    let (whole, frac) = text.split_once('.').unwrap_or((text, "00"));
    let sign = if whole.starts_with('-') { -1 } else { 1 };
    let whole: i64 = whole.trim_start_matches('-').parse().expect("whole");
    sign * (whole * 100 + frac.parse::<i64>().expect("cents"))
}

pub(crate) async fn balances(app: &TestApp, treasury: &str) -> BTreeMap<String, String> {
    let b = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/treasuries/{treasury}/balances"),
            None,
            200,
        )
        .await;
    b["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .map(|a| {
            (
                a["account"].as_str().unwrap().to_string(),
                a["balance"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

pub(crate) struct Controller {
    pub amara: Person,
    pub emil: Person,
    pub bruno: Person,
    pub controller: Commons,
    pub answer: Value,
}

/// The controller under CopyFair with a treasury; emil's company asked and owes
/// 385.00 EUR (540.00 less 155.00 for his accepted work); bruno contributed too.
pub(crate) async fn controller(app: &TestApp) -> Controller {
    let amara = app.person("amara").await;
    let emil = app.person("emil").await;
    let bruno = app.person("bruno").await;
    let makers = app.org("makers").kind("for_benefit").admin(&amara).await;
    app.org("opengrow").kind("for_profit").admin(&emil).await;
    let controller = app
        .commons("irrigation")
        .maintained_by(&amara)
        .home(&makers)
        .licence("LicenseRef-CopyFair")
        .await;
    set_policy(app, &amara, &controller, copyfair_3_percent(), 200).await;
    for (path, what) in [("pump.md", "Pump wiring"), ("valve.md", "Valve timing")] {
        app.change(&controller)
            .by(&emil)
            .add(path, what)
            .accepted_by(&amara)
            .await;
    }
    work(app, &emil, &amara, &controller, 180).await;
    app.change(&controller)
        .by(&bruno)
        .add("soil.md", "Soil probe")
        .accepted_by(&amara)
        .await;
    app.treasury("commons", "irrigation")
        .opened_by(&amara)
        .flagged("bank", "asset", "EUR")
        .await;
    let answer = ask(
        app,
        &emil,
        &controller,
        json!({"use": "commercial", "organization": "opengrow",
            "facts": {"revenue": "18000.00 EUR"}}),
        201,
    )
    .await;
    assert_eq!(answer["fee"], "385.00 EUR", "{answer}");
    Controller {
        amara,
        emil,
        bruno,
        controller,
        answer,
    }
}

#[tokio::test]
async fn a_fee_accepted_is_owed_then_paid_and_shared_with_the_contributors_to_the_cent() {
    let app = TestApp::spawn().await;
    let w = controller(&app).await;
    let id = w.answer["id"].as_str().unwrap();
    let accept = format!("/api/v1/determinations/{id}/accept");

    // Only its party accepts it.
    app.call_as(None, Method::POST, &accept, None, 401).await;
    let refused = app
        .call_as(Some(&w.bruno), Method::POST, &accept, None, 403)
        .await;
    assert_eq!(refused["code"], "forbidden", "{refused}");
    let before = app.journal_len().await;
    let due = app
        .call_as(Some(&w.emil), Method::POST, &accept, None, 201)
        .await;
    assert_eq!(due["number"], 1, "{due}");
    assert_eq!(due["kind"], "licence_fee");
    assert_eq!(due["party"], "opengrow");
    assert_eq!(due["party_kind"], "organization");
    assert_eq!(due["amount"], "385.00 EUR");
    assert_eq!(due["state"], "owed");
    assert_eq!(due["treasury"], "irrigation");
    assert_eq!(due["determination"], id);
    // The ledger's account opening and the income, then the due itself.
    assert!(app.journal_len().await > before);
    let b = balances(&app, "irrigation").await;
    assert_eq!(b["receivable:licence-fees"], "385.00", "{b:?}");
    assert_eq!(b["licensees:opengrow"], "-385.00", "{b:?}");

    // Once per determination, and once per period for the party.
    let again = app
        .call_as(Some(&w.emil), Method::POST, &accept, None, 409)
        .await;
    assert_eq!(again["code"], "fee_already_accepted");
    let second = ask(
        &app,
        &w.emil,
        &w.controller,
        json!({"use": "commercial", "organization": "opengrow",
            "facts": {"revenue": "20000.00 EUR"}}),
        201,
    )
    .await;
    let taken = app
        .call_as(
            Some(&w.emil),
            Method::POST,
            &format!(
                "/api/v1/determinations/{}/accept",
                second["id"].as_str().unwrap()
            ),
            None,
            409,
        )
        .await;
    assert_eq!(taken["code"], "fee_period_taken", "{taken}");

    // Paid: recorded by a steward of the commons' treasury only.
    let pay = w.controller.api("/dues/1/payment");
    let body = json!({"into": "bank", "reference": "TRF OG-118", "distribute_by": "equal"});
    app.call_as(None, Method::POST, &pay, Some(body.clone()), 401)
        .await;
    let not_steward = app
        .call_as(Some(&w.emil), Method::POST, &pay, Some(body.clone()), 403)
        .await;
    assert_eq!(not_steward["code"], "not_steward");
    let bad_policy = app
        .call_as(
            Some(&w.amara),
            Method::POST,
            &pay,
            Some(json!({"distribute_by": "lottery"})),
            422,
        )
        .await;
    assert_eq!(bad_policy["code"], "invalid_distribution_policy");
    // Nothing was half-written by the refusal.
    assert_eq!(balances(&app, "irrigation").await["bank"], "0.00");
    let paid = app
        .call_as(Some(&w.amara), Method::POST, &pay, Some(body.clone()), 200)
        .await;
    assert_eq!(paid["state"], "paid", "{paid}");
    let twice = app
        .call_as(Some(&w.amara), Method::POST, &pay, Some(body), 409)
        .await;
    assert_eq!(twice["code"], "due_already_paid");
    let b = balances(&app, "irrigation").await;
    assert_eq!(b["bank"], "385.00");
    assert_eq!(b["receivable:licence-fees"], "0.00");

    // Shared with every contributor, to the cent, once a steward posts it.
    let url = paid["distribution"].as_str().expect("a distribution");
    let d = app
        .call_as(None, Method::GET, &format!("/api/v1{url}"), None, 200)
        .await;
    let shares: BTreeMap<String, i64> = d["shares"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["person"].as_str().unwrap().to_string(),
                cents(s["amount"].as_str().unwrap()),
            )
        })
        .collect();
    assert_eq!(shares.values().sum::<i64>(), 38_500, "{d}");
    for who in ["emil", "bruno"] {
        assert!(shares.contains_key(who), "{who} is a contributor: {d}");
    }
    let most = shares.values().max().unwrap();
    let least = shares.values().min().unwrap();
    assert!(
        most - least <= 1,
        "equal shares differ by a cent at most: {d}"
    );
    app.post_as(&w.amara, &format!("/api/v1{url}/post"), json!({}), 200)
        .await;
    let b = balances(&app, "irrigation").await;
    assert_eq!(b["contributors"], "385.00", "{b:?}");

    // Anyone reads the dues.
    let list = app
        .call_as(None, Method::GET, &w.controller.api("/dues"), None, 200)
        .await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["paid_transaction"], paid["paid_transaction"]);
    app.call_as(None, Method::GET, &w.controller.api("/dues/9"), None, 404)
        .await;
    let events = app
        .count("SELECT COUNT(*) AS n FROM journal WHERE kind IN ('due.owed', 'due.paid')".into())
        .await;
    assert_eq!(events, 2);
}

#[tokio::test]
async fn a_fee_needs_the_commons_treasury_and_an_answer_that_names_one() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let emil = app.person("emil").await;
    app.org("opengrow").kind("for_profit").admin(&emil).await;
    let c = app
        .commons("irrigation")
        .maintained_by(&amara)
        .licence("LicenseRef-CopyFair")
        .await;
    set_policy(&app, &amara, &c, copyfair_3_percent(), 200).await;
    let d = ask(
        &app,
        &emil,
        &c,
        json!({"use": "commercial", "organization": "opengrow",
            "facts": {"revenue": "1000.00 EUR"}}),
        201,
    )
    .await;
    let path = format!(
        "/api/v1/determinations/{}/accept",
        d["id"].as_str().unwrap()
    );
    let r = app
        .call_as(Some(&emil), Method::POST, &path, None, 409)
        .await;
    assert_eq!(r["code"], "commons_without_treasury", "{r}");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM coalition_dues".into())
            .await,
        0
    );
    // A free answer has no fee to accept.
    let free = ask(&app, &emil, &c, json!({"use": "non_commercial"}), 201).await;
    let r = app
        .call_as(
            Some(&emil),
            Method::POST,
            &format!(
                "/api/v1/determinations/{}/accept",
                free["id"].as_str().unwrap()
            ),
            None,
            409,
        )
        .await;
    assert_eq!(r["code"], "no_fee_to_accept");
    app.call_as(
        Some(&emil),
        Method::POST,
        "/api/v1/determinations/nope/accept",
        None,
        404,
    )
    .await;
}

#[tokio::test]
async fn a_phyle_is_made_of_commoners_and_its_pledges_are_owed_paid_and_stood_for() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let dolores = app.person("dolores").await;
    let ada = app.person("ada").await;
    let data = app.commons("open-data").maintained_by(&amara).await;
    app.change(&data)
        .by(&dolores)
        .add("benches.csv", "id,name\nB1,Harbour")
        .accepted_by(&amara)
        .await;

    // Founding, inviting and joining a phyle ask for a commoner.
    let refused = app
        .post_as(
            &ada,
            "/api/v1/orgs",
            json!({"handle": "nocommons", "name": "No", "kind": "phyle"}),
            409,
        )
        .await;
    assert_eq!(refused["code"], "not_a_contributor", "{refused}");
    assert!(refused["detail"].as_str().unwrap().contains("@ada"));
    app.post_as(
        &dolores,
        "/api/v1/orgs",
        json!({"handle": "circuito", "name": "Circuito", "kind": "phyle"}),
        201,
    )
    .await;
    let r = app
        .post_as(
            &dolores,
            "/api/v1/orgs/circuito/invitations",
            json!({"handle": "ada", "role": "member"}),
            409,
        )
        .await;
    assert_eq!(r["code"], "not_a_contributor");
    app.post_as(
        &dolores,
        "/api/v1/orgs/circuito/invitations",
        json!({"handle": "amara", "role": "member"}),
        204,
    )
    .await;
    app.post_as(&amara, "/api/v1/orgs/circuito/accept", json!({}), 204)
        .await;
    // An organization of commoners and others cannot become a phyle.
    let coop = app
        .org("mixed")
        .kind("cooperative")
        .admin(&dolores)
        .member(&ada)
        .await;
    let r = app
        .call_as(
            Some(&dolores),
            Method::PUT,
            &format!("/api/v1/orgs/{}", coop.handle),
            Some(json!({"name": "Mixed", "kind": "phyle"})),
            409,
        )
        .await;
    assert_eq!(r["code"], "not_a_contributor", "{r}");

    // Pledges: only to commons with a treasury, by the phyle's admins.
    let pledges = "/api/v1/orgs/circuito/pledges";
    let ten = json!({"pledges": [{"commons": "open-data", "share": "10%"}]});
    let r = app
        .call_as(Some(&dolores), Method::PUT, pledges, Some(ten.clone()), 409)
        .await;
    assert_eq!(r["code"], "commons_without_treasury");
    app.treasury("commons", "open-data")
        .opened_by(&amara)
        .flagged("bank", "asset", "EUR")
        .await;
    app.call_as(None, Method::PUT, pledges, Some(ten.clone()), 401)
        .await;
    app.call_as(Some(&amara), Method::PUT, pledges, Some(ten.clone()), 403)
        .await;
    for (body, code) in [
        (
            json!({"pledges": [{"commons": "open-data", "share": "abc"}]}),
            "invalid_share",
        ),
        (
            json!({"pledges": [{"commons": "open-data", "share": "0%"}]}),
            "invalid_share",
        ),
        (
            json!({"pledges": [{"commons": "open-data", "share": "60%"}, {"commons": "open-data", "share": "5%"}]}),
            "duplicate_pledge",
        ),
    ] {
        let r = app
            .call_as(Some(&dolores), Method::PUT, pledges, Some(body), 422)
            .await;
        assert_eq!(r["code"], code, "{r}");
    }
    let other = app.commons("repairs").maintained_by(&dolores).await;
    app.treasury("commons", &other.handle)
        .opened_by(&dolores)
        .flagged("bank", "asset", "EUR")
        .await;
    let over = json!({"pledges": [{"commons": "open-data", "share": "60%"}, {"commons": "repairs", "share": "40.01%"}]});
    let r = app
        .call_as(Some(&dolores), Method::PUT, pledges, Some(over), 422)
        .await;
    assert_eq!(r["code"], "shares_over_whole");
    let s = app
        .call_as(Some(&dolores), Method::PUT, pledges, Some(ten), 200)
        .await;
    assert_eq!(
        s["pledges"],
        json!([{"commons": "open-data", "share": "10%"}])
    );
    let r = app
        .call_as(
            Some(&dolores),
            Method::PUT,
            &format!("/api/v1/orgs/{}/pledges", coop.handle),
            Some(json!({"pledges": []})),
            422,
        )
        .await;
    assert_eq!(r["code"], "not_a_phyle");

    // A surplus makes each pledged share owed.
    let surpluses = "/api/v1/orgs/circuito/surpluses";
    let year = json!({"from": "2025-01-01", "until": "2025-12-31", "amount": "8000.05 EUR"});
    app.call_as(None, Method::POST, surpluses, Some(year.clone()), 401)
        .await;
    app.call_as(
        Some(&amara),
        Method::POST,
        surpluses,
        Some(year.clone()),
        403,
    )
    .await;
    for (body, code) in [
        (
            json!({"from": "2025-01-01", "until": "2025-12-31", "amount": "-5.00 EUR"}),
            "negative_amount",
        ),
        (
            json!({"from": "2025-13-01", "until": "2025-12-31", "amount": "5.00 EUR"}),
            "invalid_day",
        ),
        (
            json!({"from": "2025-06-01", "until": "2025-01-31", "amount": "5.00 EUR"}),
            "empty_span",
        ),
        (
            json!({"from": "2025-01-01", "until": "2025-12-31", "amount": "5.00 XYZ"}),
            "unknown_unit",
        ),
    ] {
        let r = app
            .call_as(Some(&dolores), Method::POST, surpluses, Some(body), 422)
            .await;
        assert_eq!(r["code"], code, "{r}");
    }
    let s = app
        .call_as(
            Some(&dolores),
            Method::POST,
            surpluses,
            Some(year.clone()),
            201,
        )
        .await;
    // 10 % of 8 000.05 € is 800.005 €, rounded half up to the cent.
    assert_eq!(s["periods"][0]["pledged"], "800.01 EUR", "{s}");
    assert_eq!(s["periods"][0]["paid"], "0.00 EUR");
    let overlap = json!({"from": "2025-12-01", "until": "2026-03-31", "amount": "10.00 EUR"});
    let r = app
        .call_as(Some(&dolores), Method::POST, surpluses, Some(overlap), 409)
        .await;
    assert_eq!(r["code"], "surplus_period_taken");
    assert_eq!(
        balances(&app, "open-data").await["receivable:pledges"],
        "800.01"
    );

    // Paid into the commons' treasury: the standing shows it.
    let due = app
        .call_as(None, Method::GET, &data.api("/dues/1"), None, 200)
        .await;
    assert_eq!(due["kind"], "pledge", "{due}");
    assert_eq!(due["party"], "circuito");
    assert_eq!(due["from"], "2025-01-01");
    app.post_as(&amara, &data.api("/dues/1/payment"), json!({}), 200)
        .await;
    let s = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/orgs/circuito/standing",
            None,
            200,
        )
        .await;
    assert_eq!(
        s["totals"],
        json!([{"currency": "EUR", "pledged": "800.01 EUR", "paid": "800.01 EUR"}])
    );
    assert_eq!(s["dues"][0]["state"], "paid");
    let page = app
        .page(&reqwest::Client::new(), "/orgs/circuito/standing")
        .await;
    assert!(page.contains("<svg"), "the standing has its chart");
    let org_page = app.page(&reqwest::Client::new(), "/orgs/circuito").await;
    assert!(
        org_page.contains("/orgs/circuito/standing"),
        "the phyle's page leads to it"
    );
}

#[tokio::test]
async fn a_maintainer_lifts_a_breach_and_the_party_is_answered_as_before() {
    let app = TestApp::spawn().await;
    let w = controller(&app).await;
    let id = w.answer["id"].as_str().unwrap().to_string();
    app.post_as(
        &w.amara,
        &format!("/api/v1/determinations/{id}/terminate"),
        json!({"reason": "Sold boards without the attribution"}),
        200,
    )
    .await;
    let ended = ask(
        &app,
        &w.emil,
        &w.controller,
        json!({"use": "commercial", "organization": "opengrow", "facts": {"revenue": "100.00 EUR"}}),
        201,
    )
    .await;
    assert_eq!(ended["outcome"], "terminated");
    // The party cannot accept a fee while the breach stands.
    let r = app
        .call_as(
            Some(&w.emil),
            Method::POST,
            &format!("/api/v1/determinations/{id}/accept"),
            None,
            409,
        )
        .await;
    assert_eq!(r["code"], "rights_ended", "{r}");

    let lift = format!("/api/v1/determinations/{id}/lift");
    let why = json!({"reason": "The leaflets were reprinted with the credits"});
    app.call_as(None, Method::POST, &lift, Some(why.clone()), 401)
        .await;
    app.call_as(Some(&w.emil), Method::POST, &lift, Some(why.clone()), 403)
        .await;
    let r = app
        .call_as(
            Some(&w.amara),
            Method::POST,
            &lift,
            Some(json!({"reason": ""})),
            422,
        )
        .await;
    assert_eq!(r["code"], "missing_field");
    let d = app
        .call_as(Some(&w.amara), Method::POST, &lift, Some(why.clone()), 200)
        .await;
    assert_eq!(d["terminated"], Value::Null, "{d}");
    let again = app
        .call_as(Some(&w.amara), Method::POST, &lift, Some(why), 409)
        .await;
    assert_eq!(again["code"], "no_breach");
    let back = ask(
        &app,
        &w.emil,
        &w.controller,
        json!({"use": "commercial", "organization": "opengrow", "facts": {"revenue": "100.00 EUR"}}),
        201,
    )
    .await;
    assert_eq!(back["outcome"], "permitted_reciprocity_met", "{back}");
    // And the rights may end again.
    app.post_as(
        &w.amara,
        &format!(
            "/api/v1/determinations/{}/terminate",
            back["id"].as_str().unwrap()
        ),
        json!({"reason": "Again"}),
        200,
    )
    .await;
}

#[tokio::test]
async fn the_fee_is_accepted_and_recorded_paid_through_the_pages() {
    let app = TestApp::spawn().await;
    let w = controller(&app).await;
    let id = w.answer["id"].as_str().unwrap();
    let det = format!("/determinations/{id}");
    let accept = format!("{det}/accept");

    // Only the party is offered the form.
    let anon = app.page(&app.browser(), &det).await;
    assert!(!anon.contains(&accept), "{anon}");
    let bruno = app.browser_of(&w.bruno).await;
    assert!(!app.page(&bruno, &det).await.contains(&accept));
    let emil = app.browser_of(&w.emil).await;
    assert!(app.page(&emil, &det).await.contains(&accept));
    let r = app.post_form(&emil, &det, &accept, &[]).await;
    assert_eq!(r.status(), 200);
    assert!(
        r.url().path().ends_with("/commons/irrigation/dues/1"),
        "{}",
        r.url()
    );
    let html = r.text().await.unwrap();
    assert!(html.contains("385"), "{html}");
    assert!(
        !html.contains("name=\"reference\""),
        "emil is no steward: {html}"
    );
    let after = app.page(&emil, &det).await;
    assert!(!after.contains(&accept) && after.contains("/commons/irrigation/dues/1"));

    // The steward records it; a refused payment comes back as entered.
    let amara = app.browser_of(&w.amara).await;
    let due = "/commons/irrigation/dues/1";
    assert!(app.page(&amara, due).await.contains("name=\"reference\""));
    let r = app
        .post_form(
            &amara,
            due,
            &format!("{due}/payment"),
            &[
                ("into", "till"),
                ("reference", "TRF 77"),
                ("date", ""),
                ("distribute_by", "equal"),
            ],
        )
        .await;
    assert_eq!(r.status(), 404);
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"value="till""#), "{html}");
    assert!(html.contains(r#"value="TRF 77""#), "{html}");
    assert!(html.contains(r#"aria-describedby="error-into""#), "{html}");
    let r = app
        .post_form(
            &amara,
            due,
            &format!("{due}/payment"),
            &[
                ("into", "bank"),
                ("reference", "TRF 77"),
                ("date", ""),
                ("distribute_by", "equal"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("/distributions/"), "{html}");
    assert!(!html.contains("name=\"reference\""), "paid once: {html}");
}

#[tokio::test]
async fn a_phyle_s_admin_pledges_and_declares_through_its_standing_page() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let data = app.commons("open-data").maintained_by(&amara).await;
    app.treasury("commons", &data.handle)
        .opened_by(&amara)
        .flagged("bank", "asset", "EUR")
        .await;
    app.post_as(
        &amara,
        "/api/v1/orgs",
        json!({"handle": "circuito", "name": "Circuito", "kind": "phyle"}),
        201,
    )
    .await;
    let page = "/orgs/circuito/standing";
    let anon = app.page(&app.browser(), page).await;
    assert!(!anon.contains("name=\"pledges\""), "{anon}");
    let b = app.browser_of(&amara).await;
    assert!(app.page(&b, page).await.contains("name=\"pledges\""));

    let r = app
        .post_form(
            &b,
            page,
            "/orgs/circuito/pledges",
            &[("pledges", "open-data")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(r#"aria-describedby="error-pledges""#),
        "{html}"
    );
    assert!(html.contains(">open-data</textarea>"), "{html}");
    let r = app
        .post_form(
            &b,
            page,
            "/orgs/circuito/pledges",
            &[("pledges", "open-data 12.5%")],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("12.5%"));

    let fields = [
        ("surplus-from", "2025-01-01"),
        ("surplus-until", "2025-12-31"),
        ("surplus-amount", "4000 dollars"),
    ];
    let r = app
        .post_form(&b, page, "/orgs/circuito/surpluses", &fields)
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"value="4000 dollars""#), "{html}");
    assert!(
        html.contains(r#"aria-describedby="error-surplus-amount""#),
        "{html}"
    );
    let fields = [
        ("surplus-from", "2025-01-01"),
        ("surplus-until", "2025-12-31"),
        ("surplus-amount", "4000.00 EUR"),
    ];
    let r = app
        .post_form(&b, page, "/orgs/circuito/surpluses", &fields)
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("<svg") && html.contains("/commons/open-data/dues/1"),
        "{html}"
    );
}

#[tokio::test]
async fn a_refused_lift_comes_back_on_the_determination_s_page() {
    let app = TestApp::spawn().await;
    let w = controller(&app).await;
    let id = w.answer["id"].as_str().unwrap();
    let det = format!("/determinations/{id}");
    app.post_as(
        &w.amara,
        &format!("/api/v1{det}/terminate"),
        json!({"reason": "No attribution"}),
        200,
    )
    .await;
    // Only its maintainers are offered the form.
    let emil = app.browser_of(&w.emil).await;
    assert!(!app.page(&emil, &det).await.contains(&format!("{det}/lift")));
    let b = app.browser_of(&w.amara).await;
    let r = app
        .post_form(&b, &det, &format!("{det}/lift"), &[("lift-reason", "")])
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(r#"aria-describedby="error-lift-reason""#),
        "{html}"
    );
    let r = app
        .post_form(
            &b,
            &det,
            &format!("{det}/lift"),
            &[("lift-reason", "Credits reprinted")],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(!r.text().await.unwrap().contains(&format!("{det}/lift")));
}

/// A due paid without naming how to share it is shared by the commons' standing
/// distribution policy, to the cent.
#[tokio::test]
async fn a_due_paid_without_a_policy_is_shared_by_the_commons_standing_one() {
    let app = TestApp::spawn().await;
    let w = controller(&app).await;
    app.call_as(
        Some(&w.amara),
        Method::PUT,
        "/api/v1/treasuries/irrigation/distribution-policy",
        Some(json!({"policy": "credrank", "parameters": {"grain": "immediate"}})),
        200,
    )
    .await;
    let id = w.answer["id"].as_str().unwrap();
    app.call_as(
        Some(&w.emil),
        Method::POST,
        &format!("/api/v1/determinations/{id}/accept"),
        None,
        201,
    )
    .await;
    let paid = app
        .call_as(
            Some(&w.amara),
            Method::POST,
            &w.controller.api("/dues/1/payment"),
            Some(json!({"into": "bank", "reference": "TRF OG-119"})),
            200,
        )
        .await;
    let url = paid["distribution"].as_str().expect("a distribution");
    let d = app
        .call_as(None, Method::GET, &format!("/api/v1{url}"), None, 200)
        .await;
    assert_eq!(d["policy"], "credrank", "{d}");
    assert_eq!(d["parameters"]["grain"], "immediate", "{d}");
    let total: i64 = d["shares"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| cents(s["amount"].as_str().unwrap()))
        .sum();
    assert_eq!(total, 38_500, "{d}");
    assert!(d.to_string().contains("cred"), "{d}");
}
