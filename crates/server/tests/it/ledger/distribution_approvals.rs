//! A distribution is approved by the treasury's rule before it posts: as many stewards as
//! the rule asks for an expense of its amount approve it (each once), the approval that
//! completes the rule posts it, a standing objection holds it until its objector withdraws
//! it; racing approvals post it exactly once; on the API and on the pages.

use crate::support::{ApiCall, Person, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

struct Guides {
    fatima: Person,
    bruno: Person,
    dolores: Person,
    /// A contributor, not a steward.
    bo: Person,
    stranger: Person,
}

const T: &str = "/api/v1/treasuries/guides";

/// A commons maintained by fatima, bruno and dolores (the treasury's three stewards) with
/// an accepted change by bo; its treasury asks `approvals` stewards for each expense,
/// and so for each distribution.
async fn guides(app: &TestApp, approvals: i64) -> Guides {
    let fatima = app.person("fatima").await;
    let bruno = app.person("bruno").await;
    let dolores = app.person("dolores").await;
    let bo = app.person("bo").await;
    let stranger = app.person("eve").await;
    let c = app
        .commons("guides")
        .maintained_by(&fatima)
        .file("README.md", "# Repair guides\n")
        .await;
    for who in ["bruno", "dolores"] {
        app.post_as(
            &fatima,
            "/api/v1/commons/guides/maintainers",
            json!({"handle": who}),
            200,
        )
        .await;
    }
    app.change(&c)
        .by(&bo)
        .add("kettle.md", "# Kettle\n")
        .accepted_by(&fatima)
        .await;
    app.treasury("commons", "guides")
        .opened_by(&fatima)
        .flagged("bank", "asset", "EUR")
        .await;
    app.call_as(
        Some(&fatima),
        Method::PUT,
        &format!("{T}/approval-rule"),
        Some(json!({"approvals": approvals})),
        200,
    )
    .await;
    Guides {
        fatima,
        bruno,
        dolores,
        bo,
        stranger,
    }
}

/// fatima previews `amount` EUR in equal shares; returns its number.
async fn preview(app: &TestApp, g: &Guides, amount: &str) -> i64 {
    let d = app
        .post_as(
            &g.fatima,
            &format!("{T}/distributions"),
            json!({"policy": "equal", "amount": amount, "unit": "EUR"}),
            201,
        )
        .await;
    d["number"].as_i64().expect("number")
}

async fn events(app: &TestApp, kind: &str) -> i64 {
    app.count(format!(
        "SELECT COUNT(*) AS n FROM journal WHERE kind = '{kind}'"
    ))
    .await
}

fn people(list: &Value) -> Vec<&str> {
    list.as_array()
        .expect("list")
        .iter()
        .filter_map(|a| a["person"].as_str())
        .collect()
}

#[tokio::test]
async fn a_distribution_posts_once_the_rule_has_its_approvals_and_no_objection_stands() {
    let app = TestApp::spawn().await;
    let g = guides(&app, 2).await;
    let n = preview(&app, &g, "100").await;
    let d = format!("{T}/distributions/{n}");
    let shown = app.call_as(None, Method::GET, &d, None, 200).await;
    assert_eq!(shown["approvals_needed"], 2, "{shown}");
    assert_eq!(shown["approvals"], json!([]));
    let transactions = app.rows("ledger_transactions").await;

    // The first approval: anonymous 401, a stranger and a contributor 403, a steward 200;
    // it waits for the second.
    let approve = ApiCall::post(
        format!("{d}/approve"),
        json!({"reason": "The shares match the log"}),
    );
    app.check_roles(&approve, Some((&g.bo, 403)), (&g.fatima, 200))
        .await;
    let r = app
        .call_as(
            Some(&g.stranger),
            Method::POST,
            &format!("{d}/approve"),
            Some(json!({})),
            403,
        )
        .await;
    assert_eq!(r["code"], "not_steward");
    let after = app.call_as(None, Method::GET, &d, None, 200).await;
    assert_eq!(after["state"], "previewed");
    assert_eq!(people(&after["approvals"]), ["fatima"]);
    assert_eq!(after["approvals"][0]["reason"], "The shares match the log");
    assert_eq!(app.rows("ledger_transactions").await, transactions);

    // The same steward again counts once: a 409, by either path.
    for path in ["approve", "post"] {
        let p = app
            .call_as(
                Some(&g.fatima),
                Method::POST,
                &format!("{d}/{path}"),
                Some(json!({})),
                409,
            )
            .await;
        assert_eq!(p["code"], "distribution_already_approved", "{p}");
    }
    let p = app
        .call_as(
            Some(&g.fatima),
            Method::POST,
            &format!("{d}/objection"),
            Some(json!({"reason": "second thoughts"})),
            409,
        )
        .await;
    assert_eq!(p["code"], "distribution_already_approved");

    // bruno objects, saying why (a reason is required); while it stands, dolores's
    // approval (the second) does not post it.
    let p = app
        .call_as(
            Some(&g.bruno),
            Method::POST,
            &format!("{d}/objection"),
            Some(json!({"reason": "  "})),
            422,
        )
        .await;
    assert_eq!(p["code"], "reason_required");
    let object = ApiCall::post(
        format!("{d}/objection"),
        json!({"reason": "Cy's March hours are missing"}),
    );
    app.check_roles(&object, Some((&g.stranger, 403)), (&g.bruno, 200))
        .await;
    for (path, body) in [
        ("objection", json!({"reason": "again"})),
        ("approve", json!({})),
    ] {
        let p = app
            .call_as(
                Some(&g.bruno),
                Method::POST,
                &format!("{d}/{path}"),
                Some(body),
                409,
            )
            .await;
        assert_eq!(p["code"], "distribution_objection_stands", "{path}: {p}");
    }
    let held = app
        .post_as(&g.dolores, &format!("{d}/approve"), json!({}), 200)
        .await;
    assert_eq!(held["state"], "previewed", "an objection holds it: {held}");
    assert_eq!(people(&held["approvals"]), ["fatima", "dolores"]);
    assert_eq!(held["objections"][0]["person"], "bruno");
    assert_eq!(
        held["objections"][0]["reason"],
        "Cy's March hours are missing"
    );
    assert_eq!(app.rows("ledger_transactions").await, transactions);

    // Only the objector withdraws it; the withdrawal posts it, the approvals being in.
    let p = app
        .call_as(
            Some(&g.fatima),
            Method::DELETE,
            &format!("{d}/objection"),
            None,
            409,
        )
        .await;
    assert_eq!(p["code"], "distribution_no_objection");
    let withdraw = ApiCall::delete(format!("{d}/objection"));
    let r = app
        .check_roles(&withdraw, Some((&g.stranger, 403)), (&g.bruno, 200))
        .await;
    let posted: Value = r.json().await.expect("json");
    assert_eq!(posted["state"], "posted", "{posted}");
    assert_eq!(posted["decided_by"], "bruno");
    assert!(posted["transaction"].is_number(), "{posted}");
    assert!(posted["objections"][0]["withdrawn_at"].is_number());
    assert_eq!(app.rows("ledger_transactions").await, transactions + 1);

    // Decided: every move is a 409 `distribution_decided`.
    for (who, method, path, body) in [
        (&g.bruno, Method::POST, "approve", Some(json!({}))),
        (
            &g.bruno,
            Method::POST,
            "objection",
            Some(json!({"reason": "late"})),
        ),
        (&g.bruno, Method::DELETE, "objection", None),
        (&g.fatima, Method::POST, "discard", Some(json!({}))),
    ] {
        let p = app
            .call_as(Some(who), method, &format!("{d}/{path}"), body, 409)
            .await;
        assert_eq!(p["code"], "distribution_decided", "{path}: {p}");
    }
    assert_eq!(events(&app, "distribution.approved").await, 2);
    assert_eq!(events(&app, "distribution.objected").await, 1);
    assert_eq!(events(&app, "distribution.objection_withdrawn").await, 1);
    assert_eq!(events(&app, "distribution.posted").await, 1);

    // A discarded preview takes no approval either.
    let m = preview(&app, &g, "10").await;
    app.post_as(
        &g.fatima,
        &format!("{T}/distributions/{m}/discard"),
        json!({}),
        200,
    )
    .await;
    let p = app
        .call_as(
            Some(&g.bruno),
            Method::POST,
            &format!("{T}/distributions/{m}/approve"),
            Some(json!({})),
            409,
        )
        .await;
    assert_eq!(p["code"], "distribution_decided");
    assert_eq!(app.rows("ledger_distribution_approvals").await, 2);
}

/// The count follows the rule's tiers by amount, as for an expense: one approval below
/// the tier posts at once, two above it; and the old path (`…/post`) is the one approval.
#[tokio::test]
async fn the_tiers_of_the_rule_set_how_many_approve_a_distribution() {
    let app = TestApp::spawn().await;
    let g = guides(&app, 1).await;
    app.call_as(
        Some(&g.fatima),
        Method::PUT,
        &format!("{T}/approval-rule"),
        Some(json!({"approvals": 1, "above": [{"amount": "50", "unit": "EUR", "approvals": 2}]})),
        200,
    )
    .await;
    let small = preview(&app, &g, "20").await;
    let large = preview(&app, &g, "80").await;
    let d = app
        .post_as(
            &g.fatima,
            &format!("{T}/distributions/{small}/post"),
            json!({}),
            200,
        )
        .await;
    assert_eq!(d["state"], "posted", "{d}");
    assert_eq!(d["approvals_needed"], 1);
    assert_eq!(people(&d["approvals"]), ["fatima"]);
    let d = app
        .post_as(
            &g.fatima,
            &format!("{T}/distributions/{large}/post"),
            json!({}),
            200,
        )
        .await;
    assert_eq!(d["state"], "previewed", "{d}");
    assert_eq!(d["approvals_needed"], 2);
    let d = app
        .post_as(
            &g.dolores,
            &format!("{T}/distributions/{large}/approve"),
            json!({"reason": "Checked against the hours"}),
            200,
        )
        .await;
    assert_eq!(d["state"], "posted", "{d}");
    assert_eq!(d["decided_by"], "dolores");
    assert_eq!(events(&app, "distribution.posted").await, 2);
}

/// Under a rule of two, the three stewards approve at once: two approvals count, the one
/// that completes the rule posts it, the third finds it posted — one transaction, one
/// `distribution.posted`, on both engines. And one steward sending four approvals at once
/// counts once.
#[tokio::test]
async fn racing_approvals_post_a_distribution_exactly_once() {
    let app = TestApp::spawn().await;
    let g = guides(&app, 2).await;
    let n = preview(&app, &g, "100").await;
    let url = app.url(&format!("{T}/distributions/{n}/approve"));
    let tokens = [
        g.fatima.token.clone(),
        g.bruno.token.clone(),
        g.dolores.token.clone(),
    ];
    let transactions = app.rows("ledger_transactions").await;
    let out = app
        .race(3, |i, client| {
            client
                .post(&url)
                .bearer_auth(&tokens[i])
                .json(&json!({}))
                .send()
        })
        .await;
    let mut codes: Vec<u16> = out.iter().map(|(s, _)| *s).collect();
    codes.sort();
    assert_eq!(codes, [200, 200, 409], "{out:?}");
    assert!(
        out.iter()
            .any(|(s, body)| *s == 409 && body.contains("distribution_decided")),
        "{out:?}"
    );
    assert_eq!(app.rows("ledger_transactions").await, transactions + 1);
    assert_eq!(events(&app, "distribution.posted").await, 1);
    assert_eq!(app.rows("ledger_distribution_approvals").await, 2);
    let d = app
        .call_as(
            None,
            Method::GET,
            &format!("{T}/distributions/{n}"),
            None,
            200,
        )
        .await;
    assert_eq!(d["state"], "posted");

    // One steward, four requests at once: one approval, three 409s, nothing posted.
    let m = preview(&app, &g, "40").await;
    let url = app.url(&format!("{T}/distributions/{m}/approve"));
    let token = g.fatima.token.clone();
    let out = app
        .race(4, |_, client| {
            client
                .post(&url)
                .bearer_auth(&token)
                .json(&json!({}))
                .send()
        })
        .await;
    let mut codes: Vec<u16> = out.iter().map(|(s, _)| *s).collect();
    codes.sort();
    assert_eq!(codes, [200, 409, 409, 409], "{out:?}");
    assert_eq!(app.rows("ledger_distribution_approvals").await, 3);
    assert_eq!(events(&app, "distribution.posted").await, 1);
}

/// On the pages, without JavaScript: fatima approves with a reason and the page says
/// "1 of 2"; a second try from her and an objection without a reason come back beside
/// the forms; bruno's approval posts it.
#[tokio::test]
async fn on_the_pages_two_stewards_approve_a_distribution_and_it_posts() {
    let app = TestApp::spawn().await;
    let g = guides(&app, 2).await;
    let n = preview(&app, &g, "100").await;
    let page = format!("/treasuries/guides/distributions/{n}");
    let fatima = app.browser_of(&g.fatima).await;
    let html = app.page(&fatima, &page).await;
    assert!(html.contains("0 of 2 approvals"), "{html}");
    assert!(
        html.contains(&format!("action=\"{page}/approve\"")),
        "{html}"
    );
    assert!(
        html.contains(&format!("action=\"{page}/object\"")),
        "{html}"
    );
    let stranger = app.browser_of(&g.stranger).await;
    let html = app.page(&stranger, &page).await;
    assert!(!html.contains(&format!("{page}/approve")), "{html}");

    let r = app
        .check_form_roles(
            &format!("{page}/approve"),
            &[("reason", "The shares match the log")],
            Some((&stranger, 403)),
            &fatima,
        )
        .await;
    let html = r.text().await.expect("html");
    assert!(html.contains("1 of 2 approvals"), "{html}");
    assert!(html.contains("The shares match the log"), "{html}");
    assert!(
        !html.contains(&format!("action=\"{page}/approve\"")),
        "{html}"
    );

    // Refusals come back beside the forms, in the signed-in layout.
    let r = app
        .post_form(&fatima, &page, &format!("{page}/approve"), &[])
        .await;
    assert_eq!(r.status(), 409);
    let html = r.text().await.expect("html");
    assert!(html.contains("id=\"error-decision\""), "{html}");
    assert!(html.contains("action=\"/signout\""), "{html}");
    let bruno = app.browser_of(&g.bruno).await;
    let r = app
        .post_form(
            &bruno,
            &page,
            &format!("{page}/object"),
            &[("objection", " ")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.expect("html");
    assert!(
        html.contains("id=\"error-objection\"") && html.contains("aria-invalid=\"true\""),
        "{html}"
    );
    assert_eq!(events(&app, "distribution.objected").await, 0);

    // bruno's approval completes the rule: his button posts it.
    let html = app.page(&bruno, &page).await;
    assert!(html.contains(&format!("action=\"{page}/post\"")), "{html}");
    let r = app
        .post_form(
            &bruno,
            &page,
            &format!("{page}/post"),
            &[("reason", "Checked")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.expect("html");
    assert!(html.contains("#transaction-"), "{html}");
    assert!(
        html.contains("@bruno") && html.contains("Checked"),
        "{html}"
    );
    assert_eq!(events(&app, "distribution.posted").await, 1);
}
