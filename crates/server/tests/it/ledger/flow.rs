//! The rest of Open Collective's expense flow: drafts, asking for more (incomplete) and
//! submitting again, scheduling for payment, spam; approval by consent with objections,
//! their withdrawal and the sweep — racing an objection on both engines. Each new call is
//! tried as anonymous, stranger and its rightful role (author, steward, payer).

use crate::support::{ApiCall, Person, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

struct Guild {
    /// Stewards (admins of the organization); `ada` pays.
    ada: Person,
    bo: Person,
    /// A member who submits expenses.
    mo: Person,
    /// Signed in, nothing to do with the guild.
    zed: Person,
}

const T: &str = "/api/v1/treasuries/guild";

async fn guild(app: &TestApp) -> Guild {
    let ada = app.person("ada").await;
    let bo = app.person("bo").await;
    let mo = app.person("mo").await;
    let zed = app.person("zed").await;
    app.org("guild").admin(&ada).co_admin(&bo).member(&mo).await;
    app.treasury("organization", "guild")
        .opened_by(&ada)
        .flagged("bank", "asset", "EUR")
        .account("donors", "external", "EUR")
        .await;
    let income = json!({"category": "donation", "amount": "500", "unit": "EUR", "into": "bank", "from": "donors"});
    app.post_as(&ada, &format!("{T}/income"), income, 201).await;
    Guild { ada, bo, mo, zed }
}

fn expense(title: &str, amount: &str, draft: bool) -> Value {
    json!({"title": title, "amount": amount, "unit": "EUR", "payee": "Timber yard",
           "payout": "IBAN ES00 9876", "description": "Boards for the shelves", "draft": draft})
}

async fn post(app: &TestApp, who: Option<&Person>, path: &str, body: Value, want: u16) -> Value {
    app.call_as(who, Method::POST, path, Some(body), want).await
}

async fn get(app: &TestApp, path: &str) -> Value {
    app.call_as(None, Method::GET, path, None, 200).await
}

fn states(e: &Value) -> Vec<(String, String, Option<String>, String)> {
    e["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| {
            (
                s["from"].as_str().unwrap_or_default().to_string(),
                s["to"].as_str().unwrap_or_default().to_string(),
                s["person"].as_str().map(str::to_string),
                s["reason"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// Moves every consent period `days` into the past, as if that time had gone by.
async fn let_days_pass(app: &TestApp, days: i64) {
    let ms = days * 24 * 3_600_000;
    app.state
        .db
        .write(move |c| {
            use diesel::RunQueryDsl;
            diesel::sql_query(format!(
                "UPDATE ledger_expense_steps SET consent_ends_at = consent_ends_at - {ms} \
                 WHERE consent_ends_at IS NOT NULL"
            ))
            .execute(c)
            .map_err(commonfare::error::AppError::internal)?;
            Ok(())
        })
        .await
        .expect("update");
}

async fn consented_events(app: &TestApp) -> usize {
    let feed = get(app, "/api/v1/activity?context=organization:guild").await;
    feed.to_string().matches("expense.consented").count()
}

#[tokio::test]
async fn a_draft_is_submitted_asked_for_more_edited_and_submitted_again() {
    let app = TestApp::spawn().await;
    let g = guild(&app).await;
    let d = app
        .post_as(
            &g.mo,
            &format!("{T}/expenses"),
            expense("Shelves", "120", true),
            201,
        )
        .await;
    assert_eq!(d["state"], "draft");
    let one = format!("{T}/expenses/1");
    // Shown to everyone, marked as a draft; nobody decides it yet.
    let listed = get(&app, &format!("{T}/expenses")).await;
    assert_eq!(listed[0]["state"], "draft");
    let p = post(
        &app,
        Some(&g.ada),
        &format!("{one}/approve"),
        json!({}),
        409,
    )
    .await;
    assert_eq!(
        (
            p["code"].as_str(),
            p["detail"].as_str().map(|d| d.contains("draft"))
        ),
        (Some("expense_state"), Some(true)),
        "{p}"
    );
    // The author edits it: anonymous 401, a stranger 403 (not theirs).
    let edit = json!({"title": "Shelves and brackets", "amount": "135.50", "payee": "Timber yard",
                      "payout": "IBAN ES00 9876", "description": "Boards and twelve brackets"});
    let e: Value = app
        .check_roles(
            &ApiCall::put(&one, edit.clone()),
            Some((&g.zed, 403)),
            (&g.mo, 200),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        (e["amount"].as_str(), e["state"].as_str()),
        (Some("135.50"), Some("draft"))
    );
    let p = app
        .call_as(
            Some(&g.mo),
            Method::PUT,
            &one,
            Some(json!({"title": " ", "amount": "5", "payee": "x"})),
            422,
        )
        .await;
    assert_eq!(p["code"], "invalid_expense");
    let p = app
        .call_as(
            Some(&g.mo),
            Method::PUT,
            &one,
            Some(json!({"title": "t", "amount": "1.234", "payee": "x"})),
            422,
        )
        .await;
    assert_eq!(p["code"], "too_many_decimals");
    assert_eq!(
        get(&app, &one).await["title"],
        "Shelves and brackets",
        "nothing half-written"
    );
    // Submitted by its author only; a steward cannot submit someone's draft.
    let s: Value = app
        .check_roles(
            &ApiCall::act(format!("{one}/submit")),
            Some((&g.ada, 403)),
            (&g.mo, 200),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(s["state"], "submitted");
    post(&app, Some(&g.mo), &format!("{one}/submit"), json!({}), 409).await;
    post(&app, Some(&g.mo), &format!("{one}/approve"), json!({}), 403).await;
    // A steward asks for more, saying what: never without a reason, never the author.
    let p = post(
        &app,
        Some(&g.ada),
        &format!("{one}/incomplete"),
        json!({}),
        422,
    )
    .await;
    assert_eq!(p["code"], "reason_required");
    let ask = json!({"reason": "Attach the invoice for the brackets"});
    let i: Value = app
        .check_roles(
            &ApiCall::post(format!("{one}/incomplete"), ask.clone()),
            Some((&g.mo, 403)),
            (&g.ada, 200),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(i["state"], "incomplete");
    post(&app, Some(&g.bo), &format!("{one}/approve"), json!({}), 409).await;
    // The author attaches it and submits it again; it is decided afresh.
    let mut with_receipt = edit.clone();
    with_receipt["receipt"] = json!({"name": "brackets.txt", "media_type": "text/plain",
                                     "content_base64": "QnJhY2tldHMgeDEyOiAxNS41MA=="});
    let e = app
        .call_as(Some(&g.mo), Method::PUT, &one, Some(with_receipt), 200)
        .await;
    assert_eq!(e["receipt"]["name"], "brackets.txt");
    post(&app, Some(&g.mo), &format!("{one}/submit"), json!({}), 200).await;
    let a = post(
        &app,
        Some(&g.bo),
        &format!("{one}/approve"),
        json!({"reason": "Complete now"}),
        200,
    )
    .await;
    assert_eq!(a["state"], "approved");
    assert_eq!(
        states(&a),
        vec![
            (
                "new".into(),
                "draft".into(),
                Some("mo".into()),
                String::new()
            ),
            (
                "draft".into(),
                "submitted".into(),
                Some("mo".into()),
                String::new()
            ),
            (
                "submitted".into(),
                "incomplete".into(),
                Some("ada".into()),
                "Attach the invoice for the brackets".into()
            ),
            (
                "incomplete".into(),
                "submitted".into(),
                Some("mo".into()),
                String::new()
            ),
            (
                "submitted".into(),
                "approved".into(),
                Some("bo".into()),
                "Complete now".into()
            ),
        ]
    );
    let feed = get(&app, "/api/v1/activity?context=organization:guild")
        .await
        .to_string();
    for kind in [
        "expense.drafted",
        "expense.edited",
        "expense.sent",
        "expense.incomplete",
    ] {
        assert!(feed.contains(kind), "{kind} journaled");
    }
}

#[tokio::test]
async fn spam_leaves_the_lists_and_is_never_submitted_again() {
    let app = TestApp::spawn().await;
    let g = guild(&app).await;
    app.post_as(
        &g.zed,
        &format!("{T}/expenses"),
        expense("Cheap watches", "99", false),
        201,
    )
    .await;
    app.post_as(
        &g.mo,
        &format!("{T}/expenses"),
        expense("Shelves", "120", false),
        201,
    )
    .await;
    let one = format!("{T}/expenses/1");
    let p = post(
        &app,
        Some(&g.ada),
        &format!("{one}/spam"),
        json!({"reason": ""}),
        422,
    )
    .await;
    assert_eq!(p["code"], "reason_required");
    let s: Value = app
        .check_roles(
            &ApiCall::post(format!("{one}/spam"), json!({"reason": "Advertising"})),
            Some((&g.zed, 403)),
            (&g.ada, 200),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(s["state"], "spam");
    assert_eq!(states(&s).last().map(|s| s.3.as_str()), Some("Advertising"));
    let listed = get(&app, &format!("{T}/expenses")).await;
    let numbers: Vec<i64> = listed
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|e| e["number"].as_i64())
        .collect();
    assert_eq!(numbers, vec![2], "spam leaves the list");
    assert_eq!(
        get(&app, &one).await["state"],
        "spam",
        "still found by its number"
    );
    for action in ["submit", "cancel"] {
        let p = post(
            &app,
            Some(&g.zed),
            &format!("{one}/{action}"),
            json!({}),
            409,
        )
        .await;
        assert_eq!(p["code"], "expense_state", "{action}: {p}");
    }
    let p = app
        .call_as(
            Some(&g.zed),
            Method::PUT,
            &one,
            Some(json!({"title": "Watches", "amount": "9", "payee": "x"})),
            409,
        )
        .await;
    assert_eq!(p["code"], "expense_state");
    post(
        &app,
        Some(&g.bo),
        &format!("{one}/spam"),
        json!({"reason": "again"}),
        409,
    )
    .await;
    // A steward's own expense is marked by another steward only.
    app.post_as(
        &g.ada,
        &format!("{T}/expenses"),
        expense("Mine", "5", false),
        201,
    )
    .await;
    let p = post(
        &app,
        Some(&g.ada),
        &format!("{T}/expenses/3/spam"),
        json!({"reason": "x"}),
        403,
    )
    .await;
    assert_eq!(p["code"], "own_expense");
}

#[tokio::test]
async fn a_scheduled_expense_is_paid_as_an_approved_one() {
    let app = TestApp::spawn().await;
    let g = guild(&app).await;
    app.post_as(
        &g.mo,
        &format!("{T}/expenses"),
        expense("Shelves", "120", false),
        201,
    )
    .await;
    let one = format!("{T}/expenses/1");
    let p = post(
        &app,
        Some(&g.ada),
        &format!("{one}/schedule"),
        json!({"pay_on": "2099-01-01"}),
        409,
    )
    .await;
    assert_eq!(p["code"], "expense_state", "not approved yet");
    post(&app, Some(&g.bo), &format!("{one}/approve"), json!({}), 200).await;
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date();
    let yesterday = today.yesterday().expect("day").to_string();
    let later = today
        .checked_add(jiff::Span::new().days(400))
        .expect("day")
        .to_string();
    for bad in [yesterday.as_str(), later.as_str(), "next week", ""] {
        let p = post(
            &app,
            Some(&g.ada),
            &format!("{one}/schedule"),
            json!({"pay_on": bad}),
            422,
        )
        .await;
        assert_eq!(p["code"], "invalid_expense", "{bad}: {p}");
    }
    let on = today.tomorrow().expect("day").to_string();
    let s: Value = app
        .check_roles(
            &ApiCall::post(format!("{one}/schedule"), json!({"pay_on": on})),
            Some((&g.mo, 403)),
            (&g.ada, 200),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        (s["state"].as_str(), s["pay_on"].as_str()),
        (Some("scheduled"), Some(on.as_str()))
    );
    post(
        &app,
        Some(&g.ada),
        &format!("{one}/schedule"),
        json!({"pay_on": on}),
        409,
    )
    .await;
    // Taken off its day (anonymous 401, its author 403, a steward 200): approved again,
    // with no day; a reason is optional but bounded; then scheduled anew.
    let before = app.journal_len().await;
    let p = post(
        &app,
        Some(&g.ada),
        &format!("{one}/unschedule"),
        json!({"reason": "x".repeat(501)}),
        422,
    )
    .await;
    assert_eq!(p["code"], "ledger_text_too_long", "{p}");
    assert_eq!(app.journal_len().await, before);
    // Someone from outside the guild may not either.
    post(
        &app,
        Some(&g.zed),
        &format!("{one}/unschedule"),
        json!({}),
        403,
    )
    .await;
    assert_eq!(app.journal_len().await, before);
    let u: Value = app
        .check_roles(
            &ApiCall::post(
                format!("{one}/unschedule"),
                json!({"reason": "the invoice came with the wrong address"}),
            ),
            Some((&g.mo, 403)),
            (&g.ada, 200),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(u["state"], "approved");
    assert!(u["pay_on"].is_null(), "{u}");
    assert_eq!(app.journal_len().await, before + 1);
    let p = post(
        &app,
        Some(&g.ada),
        &format!("{one}/unschedule"),
        json!({}),
        409,
    )
    .await;
    assert_eq!(p["code"], "expense_state");
    post(
        &app,
        Some(&g.ada),
        &format!("{one}/schedule"),
        json!({"pay_on": on}),
        200,
    )
    .await;
    // Paid by the payer (a steward who did not submit it), as today's pay is.
    let paid: Value = app
        .check_roles(
            &ApiCall::post(format!("{one}/pay"), json!({"from": "bank"})),
            Some((&g.mo, 403)),
            (&g.ada, 200),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(paid["state"], "paid");
    assert!(paid["transaction"].as_i64().is_some());
    let steps = states(&paid);
    assert_eq!(
        steps.iter().map(|s| s.1.as_str()).collect::<Vec<_>>(),
        vec![
            "submitted",
            "approved",
            "scheduled",
            "approved",
            "scheduled",
            "paid"
        ]
    );
    assert_eq!(paid["steps"][2]["pay_on"], on.as_str());
    assert_eq!(
        paid["steps"][3]["reason"],
        "the invoice came with the wrong address"
    );
    let b = get(&app, &format!("{T}/balances")).await.to_string();
    assert!(b.contains("380.00"), "500 less 120: {b}");
}

#[tokio::test]
async fn consent_approves_after_the_period_unless_an_objection_stands() {
    let app = TestApp::spawn().await;
    let g = guild(&app).await;
    let rule = format!("{T}/approval-rule");
    for bad in [0, 91] {
        let p = app
            .call_as(
                Some(&g.ada),
                Method::PUT,
                &rule,
                Some(json!({"approvals": 2, "consent_days": bad})),
                422,
            )
            .await;
        assert_eq!(p["code"], "invalid_approvals");
    }
    // Objecting needs a treasury under consent.
    app.post_as(
        &g.mo,
        &format!("{T}/expenses"),
        expense("Before", "10", false),
        201,
    )
    .await;
    let p = post(
        &app,
        Some(&g.ada),
        &format!("{T}/expenses/1/objection"),
        json!({"reason": "no"}),
        409,
    )
    .await;
    assert_eq!(p["code"], "not_by_consent");
    let r = app
        .call_as(
            Some(&g.ada),
            Method::PUT,
            &rule,
            Some(json!({"approvals": 2, "consent_days": 3})),
            200,
        )
        .await;
    assert_eq!(r["consent_days"], 3);
    assert_eq!(get(&app, &rule).await["consent_days"], 3);

    app.post_as(
        &g.mo,
        &format!("{T}/expenses"),
        expense("Paint", "40", false),
        201,
    )
    .await;
    app.post_as(
        &g.mo,
        &format!("{T}/expenses"),
        expense("Glue", "8", false),
        201,
    )
    .await;
    let paint = format!("{T}/expenses/2");
    let glue = format!("{T}/expenses/3");
    assert!(
        get(&app, &paint).await["consent_ends_at"]
            .as_i64()
            .is_some()
    );
    // Not before the period ends.
    commonfare::ledger::sweep_consent(&app.state)
        .await
        .expect("sweep");
    assert_eq!(get(&app, &paint).await["state"], "submitted");

    // An objection to the glue: a steward's, with a reason, once.
    let p = post(
        &app,
        Some(&g.ada),
        &format!("{glue}/objection"),
        json!({}),
        422,
    )
    .await;
    assert_eq!(p["code"], "reason_required");
    let o: Value = app
        .check_roles(
            &ApiCall::post(
                format!("{glue}/objection"),
                json!({"reason": "We have glue"}),
            ),
            Some((&g.mo, 403)),
            (&g.ada, 200),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        (
            o["objections"][0]["person"].as_str(),
            o["objections"][0]["reason"].as_str()
        ),
        (Some("ada"), Some("We have glue"))
    );
    let p = post(
        &app,
        Some(&g.ada),
        &format!("{glue}/objection"),
        json!({"reason": "still"}),
        409,
    )
    .await;
    assert_eq!(p["code"], "objection_stands");

    let_days_pass(&app, 4).await;
    let first = commonfare::ledger::sweep_consent(&app.state)
        .await
        .expect("sweep");
    let second = commonfare::ledger::sweep_consent(&app.state)
        .await
        .expect("sweep");
    assert!(first + second <= 1, "idempotent: {first} then {second}");
    let p = get(&app, &paint).await;
    assert_eq!(p["state"], "approved", "no objection: approved by consent");
    let last = states(&p).pop().expect("step");
    assert_eq!((last.2, last.3.as_str()), (None, "consent"));
    assert_eq!(consented_events(&app).await, 1);
    assert_eq!(
        get(&app, &glue).await["state"],
        "submitted",
        "the objection blocks it"
    );

    // Only the objector withdraws it; then the sweep approves it.
    let p = app
        .call_as(
            Some(&g.bo),
            Method::DELETE,
            &format!("{glue}/objection"),
            None,
            409,
        )
        .await;
    assert_eq!(p["code"], "no_objection");
    let w: Value = app
        .check_roles(
            &ApiCall::delete(format!("{glue}/objection")),
            Some((&g.zed, 403)),
            (&g.ada, 200),
        )
        .await
        .json()
        .await
        .expect("json");
    assert!(w["objections"][0]["withdrawn_at"].as_i64().is_some());
    commonfare::ledger::sweep_consent(&app.state)
        .await
        .expect("sweep");
    assert_eq!(get(&app, &glue).await["state"], "approved");
    assert_eq!(consented_events(&app).await, 2);
    // Nobody objects to their own expense.
    app.post_as(
        &g.bo,
        &format!("{T}/expenses"),
        expense("Mine", "3", false),
        201,
    )
    .await;
    let p = post(
        &app,
        Some(&g.bo),
        &format!("{T}/expenses/4/objection"),
        json!({"reason": "x"}),
        403,
    )
    .await;
    assert_eq!(p["code"], "own_expense");
}

#[tokio::test]
async fn an_objection_racing_the_sweep_ends_one_way_only() {
    let app = TestApp::spawn().await;
    let g = guild(&app).await;
    app.call_as(
        Some(&g.ada),
        Method::PUT,
        &format!("{T}/approval-rule"),
        Some(json!({"approvals": 2, "consent_days": 1})),
        200,
    )
    .await;
    let rounds = 8;
    for _ in 0..rounds {
        app.post_as(
            &g.mo,
            &format!("{T}/expenses"),
            expense("Nails", "2", false),
            201,
        )
        .await;
    }
    let_days_pass(&app, 2).await;
    let objections = (1..=rounds).map(|n| {
        let app = &app;
        let ada = &g.ada;
        async move {
            let r = app
                .program()
                .post(app.url(&format!("{T}/expenses/{n}/objection")))
                .bearer_auth(&ada.token)
                .json(&json!({"reason": "Wait"}))
                .send()
                .await
                .expect("send");
            (n, r.status().as_u16())
        }
    });
    let (answers, swept) = tokio::join!(
        futures_util::future::join_all(objections),
        commonfare::ledger::sweep_consent(&app.state)
    );
    swept.expect("sweep");
    commonfare::ledger::sweep_consent(&app.state)
        .await
        .expect("sweep");
    for (n, status) in answers {
        let e = get(&app, &format!("{T}/expenses/{n}")).await;
        let standing = e["objections"]
            .as_array()
            .expect("objections")
            .iter()
            .filter(|o| o["withdrawn_at"].is_null())
            .count();
        match status {
            200 => assert_eq!(
                (e["state"].as_str(), standing),
                (Some("submitted"), 1),
                "#{n}: the objection came first and holds it"
            ),
            409 => assert_eq!(
                (e["state"].as_str(), standing),
                (Some("approved"), 0),
                "#{n}: the sweep came first"
            ),
            other => panic!("#{n}: {other}"),
        }
    }
}

#[tokio::test]
async fn the_pages_carry_the_whole_flow_without_javascript() {
    use reqwest::multipart::{Form, Part};
    let app = TestApp::spawn().await;
    let g = guild(&app).await;
    let list = "/treasuries/guild/expenses";
    let page = "/treasuries/guild/expenses/1";
    let mo = app.browser_of(&g.mo).await;
    let form = |amount: &str, token: &str, save: &str| {
        Form::new()
            .text("csrf", token.to_string())
            .text("title", "Shelves")
            .text("amount", amount.to_string())
            .text("unit", "EUR")
            .text("payee", "Timber yard")
            .text("payout", "IBAN ES00")
            .text("save", save.to_string())
    };
    // Saved as a draft: its author sees the edit form and the submit button.
    let token = app.csrf(&mo, list).await;
    let r = mo
        .post(app.url(list))
        .multipart(form("120", &token, "draft"))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.url().path().ends_with("/expenses/1"));
    let html = r.text().await.expect("html");
    assert!(html.contains(&format!("action=\"{page}/edit\"")));
    assert!(html.contains(&format!("action=\"{page}/submit\"")));
    // A refused edit comes back filled in; a good one attaches the receipt.
    let token = app.csrf(&mo, page).await;
    let r = mo
        .post(app.url(&format!("{page}/edit")))
        .multipart(form("abc", &token, ""))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.expect("html");
    assert!(html.contains("value=\"abc\"") && html.contains("aria-invalid=\"true\""));
    assert!(
        html.contains(r#"action="/signout""#),
        "the signed-in layout"
    );
    let token = app.csrf(&mo, page).await;
    let r = mo
        .post(app.url(&format!("{page}/edit")))
        .multipart(
            form("131.20", &token, "").part(
                "receipt",
                Part::bytes(b"Timber yard 0091".to_vec())
                    .file_name("yard.txt")
                    .mime_str("text/plain")
                    .expect("mime"),
            ),
        )
        .send()
        .await
        .expect("post");
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.expect("html").contains("yard.txt"));
    let r = app
        .post_form(&mo, page, &format!("{page}/submit"), &[])
        .await;
    assert_eq!(r.status().as_u16(), 200);

    // A stranger's form is refused; the steward asks for more, with a reason.
    let zed = app.browser_of(&g.zed).await;
    let r = app
        .post_form(
            &zed,
            page,
            &format!("{page}/verdict"),
            &[("verdict", "spam"), ("reason", "x")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 403);
    let ada = app.browser_of(&g.ada).await;
    let html = app.page(&ada, page).await;
    assert!(html.contains("value=\"incomplete\"") && html.contains("value=\"spam\""));
    let r = app
        .post_form(
            &ada,
            page,
            &format!("{page}/verdict"),
            &[("verdict", "incomplete"), ("reason", "")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let r = app
        .post_form(
            &ada,
            page,
            &format!("{page}/verdict"),
            &[("verdict", "incomplete"), ("reason", "Which boards?")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.expect("html").contains("Which boards?"));
    app.post_form(&mo, page, &format!("{page}/submit"), &[])
        .await;
    app.post_form(
        &ada,
        page,
        &format!("{page}/verdict"),
        &[("verdict", "approve"), ("reason", "")],
    )
    .await;
    // Scheduled, then paid.
    let on = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .tomorrow()
        .expect("day")
        .to_string();
    let r = app
        .post_form(
            &ada,
            page,
            &format!("{page}/schedule"),
            &[("pay_on", "someday")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let r = app
        .post_form(&ada, page, &format!("{page}/schedule"), &[("pay_on", &on)])
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let html = r.text().await.expect("html");
    assert!(html.contains(&on));
    assert!(html.contains(&format!("{page}/unschedule")), "{html}");
    // Taken off its day and scheduled again, through the forms.
    let r = app
        .post_form(
            &ada,
            page,
            &format!("{page}/unschedule"),
            &[("reason", "wrong day")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(
        get(&app, &format!("{T}/expenses/1")).await["state"],
        "approved"
    );
    let r = app
        .post_form(&ada, page, &format!("{page}/schedule"), &[("pay_on", &on)])
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let r = app
        .post_form(&ada, page, &format!("{page}/pay"), &[("from", "bank")])
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(get(&app, &format!("{T}/expenses/1")).await["state"], "paid");

    // Under consent: a steward objects and withdraws the objection through forms.
    app.call_as(
        Some(&g.ada),
        Method::PUT,
        &format!("{T}/approval-rule"),
        Some(json!({"approvals": 1, "consent_days": 2})),
        200,
    )
    .await;
    app.post_as(
        &g.mo,
        &format!("{T}/expenses"),
        expense("Paint", "30", false),
        201,
    )
    .await;
    let two = "/treasuries/guild/expenses/2";
    let bo = app.browser_of(&g.bo).await;
    assert!(
        app.page(&bo, two)
            .await
            .contains(&format!("action=\"{two}/object\""))
    );
    let r = app
        .post_form(
            &bo,
            two,
            &format!("{two}/object"),
            &[("reason", "Paint is in the store")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let html = r.text().await.expect("html");
    assert!(
        html.contains("Paint is in the store")
            && html.contains(&format!("action=\"{two}/withdraw\""))
    );
    let r = app
        .post_form(&bo, two, &format!("{two}/withdraw"), &[])
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let e = get(&app, &format!("{T}/expenses/2")).await;
    assert!(e["objections"][0]["withdrawn_at"].as_i64().is_some());
}
