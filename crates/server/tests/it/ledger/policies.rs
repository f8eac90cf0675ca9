//! A commons treasury's standing distribution policy: public, set by a steward only, one
//! journal event per change, followed by a preview that names no policy; parameters
//! checked by the policy's engine (a bad one is a 422 naming what is wrong, with nothing
//! written); a value equation and CredRank's grain policies sharing exactly.

use super::distributions::{PATH, cents, manuals, shares};
use crate::support::{ApiCall, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

const POLICY: &str = "/api/v1/treasuries/manuals/distribution-policy";

async fn policy_events(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'distribution.policy_set'".into())
        .await
}

fn total(d: &Value) -> i64 {
    shares(d).values().map(|a| cents(a)).sum()
}

#[tokio::test]
async fn a_standing_policy_is_public_set_by_a_steward_and_followed_by_previews() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;

    // None set: equal, by nobody.
    let p = app.call_as(None, Method::GET, POLICY, None, 200).await;
    assert_eq!(p["policy"], "equal", "{p}");
    assert!(p.get("set_by").is_none(), "{p}");
    let d = app
        .post_as(&m.fatima, PATH, json!({"amount": "90", "unit": "EUR"}), 201)
        .await;
    assert_eq!(d["policy"], "equal", "{d}");
    assert_eq!(total(&d), 9_000);

    // Set by a steward: the anonymous caller and a contributor who is no steward may not.
    let call = ApiCall::put(POLICY, json!({"policy": "hours"}));
    let r = app
        .check_roles(&call, Some((&m.bo, 403)), (&m.fatima, 200))
        .await;
    let set: Value = r.json().await.expect("json");
    assert_eq!(set["policy"], "hours");
    assert_eq!(set["set_by"], "fatima");
    assert_eq!(policy_events(&app).await, 1);
    let p = app.call_as(None, Method::GET, POLICY, None, 200).await;
    assert_eq!(p["policy"], "hours");
    assert!(p["set_at"].as_i64().is_some(), "{p}");

    // The same policy again changes nothing: no second event, the same date.
    let again = app
        .call_as(
            Some(&m.fatima),
            Method::PUT,
            POLICY,
            Some(json!({"policy": "hours"})),
            200,
        )
        .await;
    assert_eq!(again["set_at"], p["set_at"], "{again}");
    assert_eq!(policy_events(&app).await, 1);

    // A preview without a policy follows it; one that names another follows that.
    let d = app
        .post_as(&m.fatima, PATH, json!({"amount": "80", "unit": "EUR"}), 201)
        .await;
    assert_eq!(d["policy"], "hours");
    assert_eq!(shares(&d)["bo"], "60.00");
    assert_eq!(shares(&d)["cy"], "20.00");
    let d = app
        .post_as(
            &m.fatima,
            PATH,
            json!({"policy": "credrank", "amount": "80", "unit": "EUR"}),
            201,
        )
        .await;
    assert_eq!(d["policy"], "credrank");
    assert_eq!(d["parameters"]["grain"], "immediate", "{d}");
    assert_eq!(total(&d), 8_000);

    // Bad parameters: 422 naming what is wrong, nothing stored, nothing journaled.
    let before = app.journal_len().await;
    for (body, code, says) in [
        (
            json!({"policy": "lottery"}),
            "invalid_distribution_policy",
            "lottery",
        ),
        (
            json!({"policy": "credrank", "parameters": {"grain": "sometimes"}}),
            "invalid_policy_parameters",
            "sometimes",
        ),
        (
            json!({"policy": "credrank", "parameters": {"weights": {"review": 1001}}}),
            "invalid_policy_parameters",
            "review",
        ),
        (
            json!({"policy": "credrank", "parameters": {"weights": {"author": -1}}}),
            "invalid_policy_parameters",
            "author",
        ),
        (
            json!({"policy": "credrank", "parameters": {"grain": "recent", "half_life_weeks": 0}}),
            "invalid_policy_parameters",
            "half_life_weeks",
        ),
        (
            json!({"policy": "equal", "parameters": {"grain": "balanced"}}),
            "invalid_policy_parameters",
            "no parameters",
        ),
        (
            json!({"policy": "equation"}),
            "invalid_policy_parameters",
            "equation",
        ),
        (
            json!({"policy": "equation", "parameters": {"name": "v", "unit": "EUR",
                "buckets": [{"name": "all", "percent": "120", "agent": "fatima"}]}}),
            "invalid_policy_parameters",
            "over 100",
        ),
        (
            json!({"policy": "equation", "parameters": {"name": "v", "unit": "EUR",
                "buckets": [{"name": "all", "percent": "100", "agent": "nobody-here"}]}}),
            "invalid_policy_parameters",
            "nobody-here",
        ),
    ] {
        let p = app
            .call_as(
                Some(&m.fatima),
                Method::PUT,
                POLICY,
                Some(body.clone()),
                422,
            )
            .await;
        assert_eq!(p["code"], code, "{body}: {p}");
        assert!(
            p["detail"].as_str().unwrap_or_default().contains(says),
            "{body}: {p}"
        );
    }
    assert_eq!(app.journal_len().await, before, "refusals journal nothing");
    let p = app.call_as(None, Method::GET, POLICY, None, 200).await;
    assert_eq!(p["policy"], "hours", "nothing was stored: {p}");
    // The same checks hold for a preview that names its parameters.
    let p = app
        .call_as(
            Some(&m.fatima),
            Method::POST,
            PATH,
            Some(
                json!({"policy": "credrank", "parameters": {"grain": "later"},
                "amount": "10", "unit": "EUR"}),
            ),
            422,
        )
        .await;
    assert_eq!(p["code"], "invalid_policy_parameters");

    // Only a commons' treasury has one.
    app.org("club").admin(&m.fatima).await;
    app.treasury("organization", "club")
        .opened_by(&m.fatima)
        .account("bank", "asset", "EUR")
        .await;
    let p = app
        .call_as(
            Some(&m.fatima),
            Method::PUT,
            "/api/v1/treasuries/club/distribution-policy",
            Some(json!({"policy": "equal"})),
            422,
        )
        .await;
    assert_eq!(p["code"], "not_a_commons_treasury");
    app.call_as(
        None,
        Method::GET,
        "/api/v1/treasuries/nowhere/distribution-policy",
        None,
        404,
    )
    .await;
}

#[tokio::test]
async fn stewards_setting_the_policy_at_once_leave_one_policy_and_an_event_per_change() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    let url = app.url(POLICY);
    let token = m.fatima.token.clone();
    let policies = ["equal", "hours", "credrank", "equal", "hours", "credrank"];
    let out = app
        .race(policies.len(), |i, client| {
            client
                .put(url.clone())
                .bearer_auth(&token)
                .json(&json!({"policy": policies[i]}))
                .send()
        })
        .await;
    assert!(out.iter().all(|(s, _)| *s == 200), "{out:?}");
    assert_eq!(app.rows("ledger_distribution_policies").await, 1);
    // One event per change: however they are ordered, the three policies change it at
    // least three times, and a policy set twice in a row is journaled once.
    let events = policy_events(&app).await;
    assert!((3..=6).contains(&events), "{events} events");
    let p = app.call_as(None, Method::GET, POLICY, None, 200).await;
    assert!(policies.contains(&p["policy"].as_str().unwrap()), "{p}");
    assert_eq!(p["set_by"], "fatima");

    // The same policy set six times at once changes it once.
    let out = app
        .race(6, |_, client| {
            client
                .put(url.clone())
                .bearer_auth(&token)
                .json(
                    &json!({"policy": "equation", "parameters": {"name": "v", "unit": "EUR",
                    "buckets": [{"name": "all", "percent": "100", "agent": "fatima"}]}}),
                )
                .send()
        })
        .await;
    assert!(out.iter().all(|(s, _)| *s == 200), "{out:?}");
    assert_eq!(policy_events(&app).await, events + 1);
}

#[tokio::test]
async fn a_value_equation_pays_by_its_buckets_with_each_share_saying_which_rule_gave_what() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    // A tenth for fatima's upkeep; the rest 20 € an hour of work, 10 € a change.
    let equation = json!({"name": "manuals", "unit": "EUR", "buckets": [
        {"name": "upkeep", "percent": "10", "agent": "fatima"},
        {"name": "work", "percent": "90", "rules": [
            {"kind": "work", "claim": "equity_like", "formula": {"quantity_times": "20.00 EUR"}},
            {"kind": "change", "claim": "equity_like", "formula": {"fixed": "10.00 EUR"}}]}]});
    app.call_as(
        Some(&m.fatima),
        Method::PUT,
        POLICY,
        Some(json!({"policy": "equation", "parameters": equation})),
        200,
    )
    .await;
    let d = app
        .post_as(
            &m.fatima,
            PATH,
            json!({"amount": "100", "unit": "EUR"}),
            201,
        )
        .await;
    assert_eq!(d["policy"], "equation", "{d}");
    assert_eq!(d["amount"], "100.00");
    assert_eq!(total(&d), 10_000, "{d}");
    assert!(d.get("undistributed").is_none(), "{d}");
    // Claims: bo 30 € (90 min) + 10 € (a change), cy 10 € (30 min), fatima 10 € (the
    // README): 90 € shared 40:10:10 — and fatima's upkeep on top.
    let s = shares(&d);
    assert_eq!(s["bo"], "60.00", "{d}");
    assert_eq!(s["cy"], "15.00", "{d}");
    assert_eq!(s["fatima"], "25.00", "{d}");
    let weight = |who: &str| {
        d["shares"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["person"] == who)
            .unwrap()["weight"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(weight("fatima").contains("upkeep: 10.00 EUR"), "{d}");
    assert!(weight("fatima").contains("work: 15.00 EUR"), "{d}");
    assert!(
        weight("bo").contains("quantity_times") || weight("bo").contains("×"),
        "{d}"
    );
    let posted = app
        .post_as(&m.fatima, &format!("{PATH}/1/post"), json!({}), 200)
        .await;
    assert_eq!(posted["state"], "posted");

    // Buckets under 100 %: the rest stays with the treasury, and the distribution is
    // what was shared.
    let half = json!({"name": "half", "unit": "EUR", "buckets": [
        {"name": "changes", "percent": "50", "rules": [
            {"kind": "change", "claim": "equity_like", "formula": {"fixed": "1.00 EUR"}}]}]});
    let d = app
        .post_as(
            &m.fatima,
            PATH,
            json!({"policy": "equation", "parameters": half, "amount": "10", "unit": "EUR"}),
            201,
        )
        .await;
    assert_eq!(d["amount"], "5.00", "{d}");
    assert_eq!(d["undistributed"], "5.00", "{d}");
    assert_eq!(total(&d), 500);
}

#[tokio::test]
async fn credrank_grains_share_exactly_and_balanced_counts_what_was_paid_before() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    app.call_as(
        Some(&m.fatima),
        Method::PUT,
        POLICY,
        Some(json!({"policy": "credrank", "parameters": {"grain": "balanced"}})),
        200,
    )
    .await;
    let first = app
        .post_as(
            &m.fatima,
            PATH,
            json!({"amount": "33.33", "unit": "EUR"}),
            201,
        )
        .await;
    assert_eq!(first["parameters"]["grain"], "balanced", "{first}");
    assert_eq!(total(&first), 3_333);
    app.post_as(&m.fatima, &format!("{PATH}/1/post"), json!({}), 200)
        .await;
    // The second run sees what the first paid, and says so.
    let second = app
        .post_as(
            &m.fatima,
            PATH,
            json!({"amount": "10.01", "unit": "EUR"}),
            201,
        )
        .await;
    assert_eq!(total(&second), 1_001, "{second}");
    assert!(
        second.to_string().contains("paid before"),
        "the statement names what was paid: {second}"
    );
    // Recent: cred halved every two weeks.
    let recent = app
        .post_as(
            &m.fatima,
            PATH,
            json!({"policy": "credrank", "parameters": {"grain": "recent", "half_life_weeks": 2},
                "amount": "77.77", "unit": "EUR"}),
            201,
        )
        .await;
    assert_eq!(total(&recent), 7_777, "{recent}");
    assert!(
        recent.to_string().contains("halved every 2 weeks"),
        "{recent}"
    );
}

/// The page shows the standing policy to anyone; its steward sets it with a form (a
/// refusal comes back filled in); a stranger sees no form.
#[tokio::test]
async fn the_distributions_page_shows_the_policy_and_its_stewards_set_it() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    let list = "/treasuries/manuals/distributions";
    let anon = app.browser();
    let html = app.page(&anon, list).await;
    assert!(
        !html.contains("/distribution-policy\""),
        "no form for the anonymous"
    );
    let steward = app.browser_of(&m.fatima).await;
    let html = app.page(&steward, list).await;
    assert!(html.contains("action=\"/treasuries/manuals/distribution-policy\""));
    let action = "/treasuries/manuals/distribution-policy";
    let stranger = app.browser_of(&m.stranger).await;
    app.check_form_roles(
        action,
        &[
            ("policy", "credrank"),
            ("parameters", r#"{"grain": "recent"}"#),
        ],
        Some((&stranger, 403)),
        &steward,
    )
    .await;
    let p = app.call_as(None, Method::GET, POLICY, None, 200).await;
    assert_eq!(p["parameters"]["grain"], "recent", "{p}");
    assert_eq!(p["parameters"]["half_life_weeks"], 4.0, "{p}");
    // Refused: the form comes back with what was typed, in the signed-in layout.
    let r = app
        .post_form(
            &steward,
            list,
            action,
            &[("policy", "credrank"), ("parameters", "{\"grain\": ")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("{&#34;grain&#34;: ") || html.contains("{&quot;grain&quot;: "),
        "{html}"
    );
    assert!(html.contains("aria-invalid"), "the field is marked");
    assert_eq!(
        app.call_as(None, Method::GET, POLICY, None, 200).await["parameters"]["grain"],
        "recent"
    );
}

/// CredRank's graph counts the comments on the commons' threads and its forks, each
/// weighed as the standing policy says: eve, who only started a thread and forked the
/// manuals, is paid at the default weights and not when they are 0.
#[tokio::test]
async fn comments_and_forks_count_in_credrank_at_the_weights_the_commons_sets() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    app.post_as(
        &m.stranger,
        "/api/v1/commons/manuals/threads",
        json!({"title": "A guide for kettles?", "body": "Mine scales fast: how to descale it?"}),
        201,
    )
    .await;
    app.post_as(
        &m.stranger,
        "/api/v1/commons/manuals/forks",
        json!({"handle": "manuals-eve"}),
        201,
    )
    .await;
    app.call_as(
        Some(&m.fatima),
        Method::PUT,
        POLICY,
        Some(json!({"policy": "credrank"})),
        200,
    )
    .await;
    let d = app
        .post_as(
            &m.fatima,
            PATH,
            json!({"amount": "100", "unit": "EUR"}),
            201,
        )
        .await;
    assert_eq!(total(&d), 10_000);
    assert!(shares(&d).contains_key("eve"), "{d}");

    let silent =
        json!({"policy": "credrank", "parameters": {"weights": {"comment": 0, "fork": 0}}});
    let set = app
        .call_as(Some(&m.fatima), Method::PUT, POLICY, Some(silent), 200)
        .await;
    assert_eq!(set["parameters"]["weights"]["comment"], 0.0, "{set}");
    assert_eq!(
        set["parameters"]["weights"]["review"], 0.25,
        "defaults kept: {set}"
    );
    let d = app
        .post_as(
            &m.fatima,
            PATH,
            json!({"amount": "100", "unit": "EUR"}),
            201,
        )
        .await;
    assert_eq!(total(&d), 10_000);
    assert!(!shares(&d).contains_key("eve"), "{d}");
}
