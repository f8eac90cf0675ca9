//! Expenses, Open Collective's flow: submitted by anyone signed in with a receipt,
//! approved by as many stewards as the treasury's rule asks (never by the submitter),
//! rejected with a reason, paid from an account that must hold the money, withdrawn by
//! the submitter; payout details and private receipts kept from strangers.

use crate::support::{Person, TestApp, expect_problem};
use base64::Engine;
use reqwest::Method;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

struct Club {
    ada: Person,
    bo: Person,
    cy: Person,
    member: Person,
}

const T: &str = "/api/v1/treasuries/club";

/// An organization with three admins (the treasury's stewards) and a member; the
/// treasury has a bank account that must not go negative and 50 € in it.
async fn club(app: &TestApp) -> Club {
    let ada = app.person("ada").await;
    let bo = app.person("bo").await;
    let cy = app.person("cy").await;
    let member = app.person("mo").await;
    app.org("club")
        .admin(&ada)
        .co_admin(&bo)
        .co_admin(&cy)
        .member(&member)
        .await;
    app.treasury("organization", "club")
        .opened_by(&ada)
        .flagged("bank", "asset", "EUR")
        .account("donors", "external", "EUR")
        .await;
    let income = json!({"category": "donation", "amount": "50", "unit": "EUR", "into": "bank", "from": "donors"});
    app.post_as(&ada, &format!("{T}/income"), income, 201).await;
    Club {
        ada,
        bo,
        cy,
        member,
    }
}

fn expense(title: &str, amount: &str) -> Value {
    json!({"title": title, "amount": amount, "unit": "EUR", "payee": "Filament shop",
           "payout": "IBAN ES00 1234", "description": "Six reels for the printers",
           "receipt": {"name": "invoice.txt", "media_type": "text/plain",
                       "content_base64": base64::engine::general_purpose::STANDARD.encode(b"Invoice F-5531: 86.40")}})
}

async fn call(app: &TestApp, who: Option<&Person>, path: &str, body: Value, want: u16) -> Value {
    app.call_as(who, Method::POST, path, Some(body), want).await
}

#[tokio::test]
async fn an_expense_goes_from_submitted_through_two_approvals_to_paid() {
    let app = TestApp::spawn().await;
    let c = club(&app).await;
    let rule = format!("{T}/approval-rule");
    let p = app
        .call_as(
            Some(&c.ada),
            Method::PUT,
            &rule,
            Some(json!({"approvals": 4})),
            422,
        )
        .await;
    assert_eq!(p["code"], "invalid_approvals");
    app.call_as(
        Some(&c.member),
        Method::PUT,
        &rule,
        Some(json!({"approvals": 2})),
        403,
    )
    .await;
    app.call_as(
        Some(&c.ada),
        Method::PUT,
        &rule,
        Some(json!({"approvals": 2})),
        200,
    )
    .await;

    // Submitted by a member, with a receipt whose hash is public.
    call(
        &app,
        None,
        &format!("{T}/expenses"),
        expense("Filament", "86.40"),
        401,
    )
    .await;
    let e = app
        .post_as(
            &c.member,
            &format!("{T}/expenses"),
            expense("Filament", "86.40"),
            201,
        )
        .await;
    assert_eq!(
        (e["state"].as_str(), e["approvals_needed"].as_i64()),
        (Some("submitted"), Some(2))
    );
    let sha = format!("{:x}", Sha256::digest(b"Invoice F-5531: 86.40"));
    assert_eq!(e["receipt"]["sha256"], sha.as_str());
    let one = format!("{T}/expenses/1");
    let public = app.call_as(None, Method::GET, &one, None, 200).await;
    assert!(
        public["payout"].is_null(),
        "payout details are not public: {public}"
    );
    let own = app
        .call_as(Some(&c.member), Method::GET, &one, None, 200)
        .await;
    assert_eq!(own["payout"], "IBAN ES00 1234");
    let r = app
        .program()
        .get(app.url(&format!("{one}/receipt")))
        .send()
        .await
        .expect("receipt");
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.text().await.expect("bytes"), "Invoice F-5531: 86.40");

    // Approvals: not the member (no steward), once per steward, two needed.
    let p = call(
        &app,
        Some(&c.member),
        &format!("{one}/approve"),
        json!({}),
        403,
    )
    .await;
    assert_eq!(p["code"], "not_steward");
    let a = call(
        &app,
        Some(&c.ada),
        &format!("{one}/approve"),
        json!({"reason": "Needed"}),
        200,
    )
    .await;
    assert_eq!(
        (a["state"].as_str(), a["approvals"].as_i64()),
        (Some("submitted"), Some(1))
    );
    let p = call(
        &app,
        Some(&c.ada),
        &format!("{one}/approve"),
        json!({}),
        409,
    )
    .await;
    assert_eq!(p["code"], "already_voted");
    let p = call(
        &app,
        Some(&c.ada),
        &format!("{one}/pay"),
        json!({"from": "bank"}),
        409,
    )
    .await;
    assert_eq!(p["code"], "expense_state", "not approved yet: {p}");
    let b = call(&app, Some(&c.bo), &format!("{one}/approve"), json!({}), 200).await;
    assert_eq!(b["state"], "approved");
    assert_eq!(b["votes"][0]["person"], "ada");
    assert_eq!(b["votes"][0]["reason"], "Needed");

    // Paid by a steward only, and not by the member who submitted it.
    let p = call(
        &app,
        Some(&c.member),
        &format!("{one}/pay"),
        json!({"from": "bank"}),
        403,
    )
    .await;
    assert_eq!(p["code"], "not_steward", "{p}");
    call(
        &app,
        None,
        &format!("{one}/pay"),
        json!({"from": "bank"}),
        401,
    )
    .await;
    app.call_as(
        None,
        Method::PUT,
        &format!("{T}/approval-rule"),
        Some(json!({"approvals": 2})),
        401,
    )
    .await;

    // Paid only when the bank holds it; then recorded as spending.
    let p = call(
        &app,
        Some(&c.cy),
        &format!("{one}/pay"),
        json!({"from": "bank"}),
        409,
    )
    .await;
    assert_eq!(p["code"], "overdraft");
    let income = json!({"category": "donation", "amount": "50", "unit": "EUR", "into": "bank", "from": "donors"});
    app.post_as(&c.ada, &format!("{T}/income"), income, 201)
        .await;
    let paid = call(
        &app,
        Some(&c.cy),
        &format!("{one}/pay"),
        json!({"from": "bank"}),
        200,
    )
    .await;
    assert_eq!(paid["state"], "paid");
    let n = paid["transaction"].as_i64().expect("transaction");
    let t = app
        .call_as(
            None,
            Method::GET,
            &format!("{T}/transactions/{n}"),
            None,
            200,
        )
        .await;
    assert_eq!(t["flow"], "spending");
    assert_eq!(t["reference"], "expense #1");
    let p = call(
        &app,
        Some(&c.cy),
        &format!("{one}/pay"),
        json!({"from": "bank"}),
        409,
    )
    .await;
    assert_eq!(p["code"], "expense_state");

    // The journal has the receipt's hash and never the payout details.
    let feed = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/activity?context=organization:club",
            None,
            200,
        )
        .await;
    let text = feed.to_string();
    for k in [
        "expense.submitted",
        "expense.approved",
        "expense.paid",
        "treasury.approval_rule_set",
    ] {
        assert!(text.contains(k), "{k}");
    }
    assert!(text.contains(&sha), "the receipt's hash is journaled");
    assert!(
        !text.contains("IBAN"),
        "payout details stay out of the journal"
    );
}

#[tokio::test]
async fn nobody_decides_their_own_expense_rejections_say_why_and_private_receipts_stay_private() {
    let app = TestApp::spawn().await;
    let c = club(&app).await;
    let mut body = expense("Laser tube", "40");
    body["receipt_private_reason"] = json!("It shows a home address");
    let e = app
        .post_as(&c.ada, &format!("{T}/expenses"), body, 201)
        .await;
    assert!(e["receipt"]["url"].is_string(), "the submitter reads it");
    let one = format!("{T}/expenses/1");
    for action in ["approve", "reject"] {
        let p = call(
            &app,
            Some(&c.ada),
            &format!("{one}/{action}"),
            json!({"reason": "x"}),
            403,
        )
        .await;
        assert_eq!(p["code"], "own_expense");
    }
    let public = app.call_as(None, Method::GET, &one, None, 200).await;
    assert!(public["receipt"]["url"].is_null());
    assert_eq!(
        public["receipt"]["private_reason"],
        "It shows a home address"
    );
    let p = app
        .call_as(None, Method::GET, &format!("{one}/receipt"), None, 403)
        .await;
    assert!(
        p["detail"].as_str().unwrap_or("").contains("home address"),
        "{p}"
    );
    let r = app
        .program()
        .get(app.url(&format!("{one}/receipt")))
        .bearer_auth(&c.bo.token)
        .send()
        .await
        .expect("receipt");
    assert_eq!(r.status().as_u16(), 200, "a steward reads it");

    let p = call(
        &app,
        Some(&c.bo),
        &format!("{one}/reject"),
        json!({"reason": "  "}),
        422,
    )
    .await;
    assert_eq!(p["code"], "reason_required");
    let r = call(
        &app,
        Some(&c.bo),
        &format!("{one}/reject"),
        json!({"reason": "Bought twice"}),
        200,
    )
    .await;
    assert_eq!(r["state"], "rejected");
    assert_eq!(r["votes"][0]["reason"], "Bought twice");
    call(&app, Some(&c.cy), &format!("{one}/approve"), json!({}), 409).await;

    // Withdrawn by its submitter only.
    app.post_as(
        &c.member,
        &format!("{T}/expenses"),
        expense("Glue", "5"),
        201,
    )
    .await;
    let two = format!("{T}/expenses/2");
    call(&app, Some(&c.ada), &format!("{two}/cancel"), json!({}), 403).await;
    let w = call(
        &app,
        Some(&c.member),
        &format!("{two}/cancel"),
        json!({}),
        200,
    )
    .await;
    assert_eq!(w["state"], "canceled");
    call(
        &app,
        Some(&c.member),
        &format!("{two}/cancel"),
        json!({}),
        409,
    )
    .await;

    // Bad input says what to fix and writes nothing.
    let before = app.rows("ledger_expenses").await;
    let mut no_title = expense(" ", "5");
    no_title["title"] = json!(" ");
    let p = call(
        &app,
        Some(&c.member),
        &format!("{T}/expenses"),
        no_title,
        422,
    )
    .await;
    assert_eq!(p["code"], "invalid_expense");
    let mut bad = expense("Glue", "5");
    bad["receipt"]["content_base64"] = json!("not base64!");
    let p = call(&app, Some(&c.member), &format!("{T}/expenses"), bad, 422).await;
    assert_eq!(p["code"], "invalid_expense");
    let p = call(
        &app,
        Some(&c.member),
        &format!("{T}/expenses"),
        expense("Glue", "-5"),
        422,
    )
    .await;
    assert_eq!(p["code"], "zero_leg");
    call(
        &app,
        Some(&c.member),
        &format!("{T}/expenses"),
        expense("Glue", "5.001"),
        422,
    )
    .await;
    assert_eq!(app.rows("ledger_expenses").await, before);
    app.call_as(None, Method::GET, &format!("{T}/expenses/9"), None, 404)
        .await;
}

/// The walk on the pages, without JavaScript: a member submits an expense with a receipt
/// file, two stewards approve it, one pays it; a refusal comes back filled in.
#[tokio::test]
async fn on_the_pages_an_expense_goes_from_a_receipt_to_paid() {
    use reqwest::multipart::{Form, Part};
    let app = TestApp::spawn().await;
    let c = club(&app).await;
    app.call_as(
        Some(&c.ada),
        Method::PUT,
        &format!("{T}/approval-rule"),
        Some(json!({"approvals": 2})),
        200,
    )
    .await;
    let list = "/treasuries/club/expenses";
    let member = app.browser_of(&c.member).await;
    let html = app.page(&app.browser(), list).await;
    assert!(
        html.contains("href=\"/signin\""),
        "strangers are asked to sign in"
    );
    let form = |amount: &str, token: &str| {
        Form::new()
            .text("csrf", token.to_string())
            .text("title", "Soldering tips")
            .text("amount", amount.to_string())
            .text("unit", "EUR")
            .text("payee", "Electrónica Lagomar")
            .text("payout", "IBAN ES91")
            .part(
                "receipt",
                Part::bytes(b"ticket 8812".to_vec())
                    .file_name("ticket.txt")
                    .mime_str("text/plain")
                    .expect("mime"),
            )
    };
    let token = app.csrf(&member, list).await;
    let refused = member
        .post(app.url(list))
        .multipart(form("abc", &token))
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status().as_u16(), 422);
    let html = refused.text().await.expect("html");
    assert!(
        html.contains("value=\"abc\"") && html.contains("aria-invalid=\"true\""),
        "{html}"
    );
    assert!(html.contains("value=\"Soldering tips\""), "refilled");
    let token = app.csrf(&member, list).await;
    let done = member
        .post(app.url(list))
        .multipart(form("24.90", &token))
        .send()
        .await
        .expect("post");
    assert_eq!(done.status().as_u16(), 200);
    assert!(done.url().path().ends_with("/expenses/1"), "{}", done.url());
    let html = done.text().await.expect("html");
    assert!(
        html.contains("ticket.txt") && html.contains("IBAN ES91"),
        "the submitter sees it all"
    );
    assert!(
        !html.contains("name=\"verdict\""),
        "the submitter does not decide"
    );

    let page = "/treasuries/club/expenses/1";
    for (steward, approvals) in [(&c.ada, "1 of 2"), (&c.bo, "2 of 2")] {
        let b = app.browser_of(steward).await;
        let r = app
            .post_form(
                &b,
                page,
                &format!("{page}/verdict"),
                &[("verdict", "approve"), ("reason", "")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 200);
        let html = r.text().await.expect("html");
        assert!(html.contains(approvals), "{approvals}: {html}");
    }
    let cy = app.browser_of(&c.cy).await;
    let html = app.page(&cy, page).await;
    assert!(
        html.contains("<option value=\"bank\""),
        "the pay form offers the bank"
    );
    let paid = app
        .post_form(&cy, page, &format!("{page}/pay"), &[("from", "bank")])
        .await;
    assert_eq!(paid.status().as_u16(), 200);
    let html = paid.text().await.expect("html");
    assert!(html.contains("#transaction-"), "{html}");
    let anyone = app.page(&app.browser(), page).await;
    assert!(
        !anyone.contains("IBAN"),
        "payout details stay with the stewards"
    );
}

/// Occupy's rule: the club's general assembly limits spending to 20 €. An expense of
/// 30 € is approved but cannot be paid (409 `spending_limit`, naming the body) until the
/// assembly passes a motion that authorises paying it; one below the limit pays at once;
/// a motion for too little, or one that failed, does not open the way.
#[tokio::test]
async fn a_payment_above_a_body_s_spending_limit_waits_for_its_decision() {
    let app = TestApp::spawn().await;
    let c = club(&app).await;
    app.post_as(
        &c.ada,
        "/api/v1/orgs/club/bodies",
        json!({"slug": "assembly", "name": "General assembly", "kind": "general_assembly",
               "rules": {"spending_limit": {"amount": "20.00", "currency": "EUR"}}}),
        201,
    )
    .await;
    let approved = |title: &'static str, amount: &'static str| {
        let (app, c) = (&app, &c);
        async move {
            let e = call(
                app,
                Some(&c.member),
                &format!("{T}/expenses"),
                expense(title, amount),
                201,
            )
            .await;
            let n = e["number"].as_i64().expect("number");
            call(
                app,
                Some(&c.ada),
                &format!("{T}/expenses/{n}/approve"),
                json!({}),
                200,
            )
            .await;
            n
        }
    };
    let small = approved("Tape", "8.00").await;
    let big = approved("Filament", "30.00").await;
    let pay = |_: i64| json!({"from": "bank", "to": "shop"});

    // Below the limit: paid at once.
    call(
        &app,
        Some(&c.bo),
        &format!("{T}/expenses/{small}/pay"),
        pay(small),
        200,
    )
    .await;

    // Above it: refused, nothing written, the expense says why.
    let before = (
        app.journal_len().await,
        app.rows("ledger_transactions").await,
    );
    let r = app
        .program()
        .post(app.url(&format!("{T}/expenses/{big}/pay")))
        .bearer_auth(&c.bo.token)
        .json(&pay(big))
        .send()
        .await
        .expect("send");
    let p = expect_problem(r, 409, "spending_limit").await;
    let detail = p["detail"].as_str().expect("detail");
    assert!(
        detail.contains("General assembly") && detail.contains("20.00"),
        "{detail}"
    );
    assert_eq!(
        (
            app.journal_len().await,
            app.rows("ledger_transactions").await
        ),
        before
    );
    let e = app
        .call_as(None, Method::GET, &format!("{T}/expenses/{big}"), None, 200)
        .await;
    assert_eq!(e["limits"][0]["body"], "General assembly");
    assert_eq!(e["limits"][0]["limit"], "20.00");
    assert!(e["limits"][0]["authorised_by"].is_null());

    // A motion for less than the expense, passed, is not enough; a failed one neither.
    let motion = |amount: &str| {
        json!({"title": "Pay the filament", "method": "motion",
               "authorises": {"treasury": "club", "expense": big, "amount": amount, "currency": "EUR"}})
    };
    let decide = |amount: &'static str, yes: bool| {
        let (app, c, motion) = (&app, &c, &motion);
        async move {
            let d = app
                .post_as(
                    &c.ada,
                    "/api/v1/orgs/club/bodies/assembly/decisions",
                    motion(amount),
                    201,
                )
                .await;
            let id = d["id"].as_str().expect("id").to_string();
            app.post_as(
                &c.ada,
                &format!("/api/v1/decisions/{id}/open"),
                json!(null),
                200,
            )
            .await;
            for p in [&c.ada, &c.bo, &c.cy, &c.member] {
                let ballot = json!({"vote": if yes { "yes" } else { "no" }});
                app.call_as(
                    Some(p),
                    Method::PUT,
                    &format!("/api/v1/decisions/{id}/ballot"),
                    Some(ballot),
                    200,
                )
                .await;
            }
            let closed = app
                .post_as(
                    &c.ada,
                    &format!("/api/v1/decisions/{id}/close"),
                    json!(null),
                    200,
                )
                .await;
            assert_eq!(closed["result"], if yes { "decided" } else { "failed" });
            id
        }
    };
    decide("29.99", true).await;
    decide("30.00", false).await;
    let r = app
        .program()
        .post(app.url(&format!("{T}/expenses/{big}/pay")))
        .bearer_auth(&c.bo.token)
        .json(&pay(big))
        .send()
        .await
        .expect("send");
    expect_problem(r, 409, "spending_limit").await;

    // The assembly authorises it: paid, the event naming the decision.
    let yes = decide("30.00", true).await;
    let paid = call(
        &app,
        Some(&c.bo),
        &format!("{T}/expenses/{big}/pay"),
        pay(big),
        200,
    )
    .await;
    assert_eq!(paid["state"], "paid");
    assert_eq!(
        paid["limits"][0]["authorised_by"],
        format!("/decisions/{yes}")
    );
    let events = app
        .call_as(None, Method::GET, "/api/v1/activity?limit=3", None, 200)
        .await;
    let paid_event = events["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|e| e["kind"] == "expense.paid")
        .expect("the payment's event");
    assert_eq!(
        paid_event["payload"]["authorised_by"][0],
        format!("/decisions/{yes}")
    );
}

/// Approval by amount: above a tier's amount an expense needs the tier's approvals, fixed
/// when it is submitted; tiers are set by a steward, each within the stewards' number.
#[tokio::test]
async fn expenses_above_a_tier_need_more_approvals() {
    let app = TestApp::spawn().await;
    let c = club(&app).await;
    let rule = format!("{T}/approval-rule");
    let tiered = json!({"approvals": 1, "above": [
        {"amount": "500", "unit": "EUR", "approvals": 3},
        {"amount": "100.00", "unit": "EUR", "approvals": 2}]});
    app.call_as(None, Method::PUT, &rule, Some(tiered.clone()), 401)
        .await;
    app.call_as(
        Some(&c.member),
        Method::PUT,
        &rule,
        Some(tiered.clone()),
        403,
    )
    .await;
    for (bad, code) in [
        (
            json!({"approvals": 1, "above": [{"amount": "100", "unit": "EUR", "approvals": 4}]}),
            "invalid_approvals",
        ),
        (
            json!({"approvals": 1, "above": [{"amount": "100", "unit": "EUR", "approvals": 2},
                                          {"amount": "100.00", "unit": "EUR", "approvals": 3}]}),
            "invalid_approvals",
        ),
        (
            json!({"approvals": 1, "above": [{"amount": "ten", "unit": "EUR", "approvals": 2}]}),
            "malformed_amount",
        ),
        (
            json!({"approvals": 1, "above": [{"amount": "0", "unit": "EUR", "approvals": 2}]}),
            "zero_leg",
        ),
        (
            json!({"approvals": 1, "above": [{"amount": "5", "unit": "XYZ", "approvals": 2}]}),
            "unknown_unit",
        ),
    ] {
        let r = app
            .call_as(Some(&c.ada), Method::PUT, &rule, Some(bad), 422)
            .await;
        assert_eq!(r["code"], code, "{r}");
    }
    // Nothing of a refused rule was kept.
    let kept = app.call_as(None, Method::GET, &rule, None, 200).await;
    assert_eq!(kept, json!({"approvals": 1, "above": []}));
    let set = app
        .call_as(Some(&c.ada), Method::PUT, &rule, Some(tiered), 200)
        .await;
    assert_eq!(
        set["above"],
        json!([{"amount": "100.00", "unit": "EUR", "approvals": 2},
               {"amount": "500.00", "unit": "EUR", "approvals": 3}])
    );
    assert_eq!(app.call_as(None, Method::GET, &rule, None, 200).await, set);

    let needed = |amount: &'static str| {
        let app = &app;
        let member = &c.member;
        async move {
            let e = app
                .post_as(
                    member,
                    &format!("{T}/expenses"),
                    expense("Parts", amount),
                    201,
                )
                .await;
            e["approvals_needed"].as_i64().unwrap()
        }
    };
    assert_eq!(
        needed("100.00").await,
        1,
        "at the tier's amount, not above it"
    );
    assert_eq!(needed("100.01").await, 2);
    assert_eq!(needed("500.00").await, 2);
    assert_eq!(needed("750.00").await, 3);
    // The second expense (100.01) is approved by two stewards, not one.
    let e2 = format!("{T}/expenses/2");
    let one = call(&app, Some(&c.bo), &format!("{e2}/approve"), json!({}), 200).await;
    assert_eq!(one["state"], "submitted", "{one}");
    let two = call(&app, Some(&c.cy), &format!("{e2}/approve"), json!({}), 200).await;
    assert_eq!(two["state"], "approved", "{two}");
}

/// A body holds a treasury of its own: opened by an admin of its organization as
/// `organization/body` (its handle `organization-body`), its stewards the organization's
/// admins, shown on the body's page. Its payments answer to its own body's spending limit
/// only: over the kitchen's 0.01 every payment waits for the kitchen's decision, and the
/// assembly's limit of the organization's treasury does not apply to it.
#[tokio::test]
async fn a_body_s_treasury_pays_by_the_body_s_own_decision() {
    let app = TestApp::spawn().await;
    let c = club(&app).await;
    let stranger = app.person("zed").await;
    for (slug, name, limit) in [
        ("assembly", "General assembly", "20.00"),
        ("kitchen", "Kitchen group", "0.01"),
    ] {
        app.post_as(
            &c.ada,
            "/api/v1/orgs/club/bodies",
            json!({"slug": slug, "name": name, "kind": "working_group",
                   "rules": {"spending_limit": {"amount": limit, "currency": "EUR"}}}),
            201,
        )
        .await;
    }
    let open = |handle: &str| json!({"owner": "body", "handle": handle});
    app.call_as(
        None,
        Method::POST,
        "/api/v1/treasuries",
        Some(open("club/kitchen")),
        401,
    )
    .await;
    for who in [&c.member, &stranger] {
        let p = app
            .call_as(
                Some(who),
                Method::POST,
                "/api/v1/treasuries",
                Some(open("club/kitchen")),
                403,
            )
            .await;
        assert_eq!(p["code"], "forbidden", "{p}");
    }
    let before = app.journal_len().await;
    let p = app
        .call_as(
            Some(&c.ada),
            Method::POST,
            "/api/v1/treasuries",
            Some(open("kitchen")),
            422,
        )
        .await;
    assert_eq!(p["code"], "invalid_owner_kind", "{p}");
    assert!(
        p["detail"].as_str().unwrap().contains("organization/body"),
        "{p}"
    );
    app.call_as(
        Some(&c.ada),
        Method::POST,
        "/api/v1/treasuries",
        Some(open("club/cellar")),
        404,
    )
    .await;
    assert_eq!(app.journal_len().await, before, "nothing written");
    let t = app
        .call_as(
            Some(&c.ada),
            Method::POST,
            "/api/v1/treasuries",
            Some(open("club/kitchen")),
            201,
        )
        .await;
    assert_eq!(t["handle"], "club-kitchen", "{t}");
    assert_eq!(t["owner"], "body", "{t}");
    let p = app
        .call_as(
            Some(&c.bo),
            Method::POST,
            "/api/v1/treasuries",
            Some(open("club/kitchen")),
            409,
        )
        .await;
    assert_eq!(p["code"], "treasury_exists", "{p}");

    // bo, an admin of the club, is a steward: opens its accounts, records its income.
    const K: &str = "/api/v1/treasuries/club-kitchen";
    for (name, kind) in [
        ("bank", "asset"),
        ("donors", "external"),
        ("shop", "external"),
    ] {
        call(
            &app,
            Some(&c.bo),
            &format!("{K}/accounts"),
            json!({"name": name, "kind": kind, "unit": "EUR"}),
            201,
        )
        .await;
    }
    call(
        &app,
        Some(&c.member),
        &format!("{K}/accounts"),
        json!({"name": "till", "kind": "asset", "unit": "EUR"}),
        403,
    )
    .await;
    call(
        &app,
        Some(&c.bo),
        &format!("{K}/income"),
        json!({"category": "donation", "amount": "80", "unit": "EUR", "into": "bank", "from": "donors"}),
        201,
    )
    .await;
    let e = call(
        &app,
        Some(&c.member),
        &format!("{K}/expenses"),
        expense("Pots", "30.00"),
        201,
    )
    .await;
    let n = e["number"].as_i64().expect("number");
    call(
        &app,
        Some(&c.ada),
        &format!("{K}/expenses/{n}/approve"),
        json!({}),
        200,
    )
    .await;
    let pay = json!({"from": "bank", "to": "shop"});
    let r = app
        .program()
        .post(app.url(&format!("{K}/expenses/{n}/pay")))
        .bearer_auth(&c.bo.token)
        .json(&pay)
        .send()
        .await
        .expect("send");
    let p = expect_problem(r, 409, "spending_limit").await;
    assert!(
        p["detail"].as_str().unwrap().contains("Kitchen group"),
        "{p}"
    );
    let e = app
        .call_as(None, Method::GET, &format!("{K}/expenses/{n}"), None, 200)
        .await;
    let limits = e["limits"].as_array().expect("limits");
    assert_eq!(limits.len(), 1, "the kitchen's limit only: {e}");
    assert_eq!(limits[0]["body"], "Kitchen group");

    // The kitchen decides to pay it; then it is paid.
    let d = app
        .post_as(
            &c.ada,
            "/api/v1/orgs/club/bodies/kitchen/decisions",
            json!({"title": "Buy the pots", "method": "motion",
                   "authorises": {"treasury": "club-kitchen", "expense": n, "amount": "30.00", "currency": "EUR"}}),
            201,
        )
        .await;
    let id = d["id"].as_str().expect("id").to_string();
    app.post_as(
        &c.ada,
        &format!("/api/v1/decisions/{id}/open"),
        json!(null),
        200,
    )
    .await;
    for p in [&c.ada, &c.bo, &c.cy, &c.member] {
        app.call_as(
            Some(p),
            Method::PUT,
            &format!("/api/v1/decisions/{id}/ballot"),
            Some(json!({"vote": "yes"})),
            200,
        )
        .await;
    }
    app.post_as(
        &c.ada,
        &format!("/api/v1/decisions/{id}/close"),
        json!(null),
        200,
    )
    .await;
    let paid = call(
        &app,
        Some(&c.bo),
        &format!("{K}/expenses/{n}/pay"),
        pay,
        200,
    )
    .await;
    assert_eq!(paid["state"], "paid");
    assert_eq!(
        paid["limits"][0]["authorised_by"],
        format!("/decisions/{id}")
    );

    // The body's page shows its treasury; the treasury's page links to the body.
    let body = app.page(&app.browser(), "/orgs/club/bodies/kitchen").await;
    assert!(body.contains("href=\"/treasuries/club-kitchen\""), "{body}");
    let page = app.page(&app.browser(), "/treasuries/club-kitchen").await;
    assert!(
        page.contains("href=\"/orgs/club/bodies/kitchen\""),
        "{page}"
    );
}
