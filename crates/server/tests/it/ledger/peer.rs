//! Peer allocation rounds: opened by a steward only, one at a time; members (the commons'
//! contributors) give their points to others, never to themselves or over the allowance;
//! what each gave to whom stays private until the round closes; a distribution by
//! `peer` pays exactly in proportion to the points received in a closed round. Racing
//! gifts and a close leave one whole set of gifts per member, on both engines.

use super::distributions::{PATH, manuals, shares};
use crate::support::{ApiCall, TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};

const ROUNDS: &str = "/api/v1/treasuries/manuals/peer-rounds";

fn round(n: i64, rest: &str) -> String {
    format!("{ROUNDS}/{n}{rest}")
}

async fn events(app: &TestApp, kind: &str) -> i64 {
    app.count(format!(
        "SELECT COUNT(*) AS n FROM journal WHERE kind = 'distribution.{kind}'"
    ))
    .await
}

fn member<'a>(r: &'a Value, handle: &str) -> &'a Value {
    r["members"]
        .as_array()
        .expect("members")
        .iter()
        .find(|m| m["handle"] == handle)
        .unwrap_or_else(|| panic!("no member {handle}: {r}"))
}

#[tokio::test]
async fn members_give_points_in_a_round_and_a_distribution_pays_by_those_received() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;

    // Opened by a steward only: not anonymous, not a stranger, not a contributor.
    let call = ApiCall::post(ROUNDS, json!({"allowance": 100, "days": 7}));
    let r = app
        .check_roles(&call, Some((&m.bo, 403)), (&m.fatima, 201))
        .await;
    let opened: Value = r.json().await.expect("json");
    assert_eq!(opened["number"], 1);
    assert_eq!(opened["open"], true);
    let handles: Vec<&str> = opened["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["handle"].as_str().unwrap())
        .collect();
    assert_eq!(
        handles,
        ["bo", "cy", "fatima"],
        "the contributors: {opened}"
    );

    // One open at a time; out-of-range rounds refused; nothing journaled.
    let before = app.journal_len().await;
    for (body, status, code) in [
        (json!({"allowance": 100, "days": 7}), 409, "peer_round_open"),
        (
            json!({"allowance": 0, "days": 7}),
            422,
            "invalid_peer_round",
        ),
        (
            json!({"allowance": 100, "days": 91}),
            422,
            "invalid_peer_round",
        ),
    ] {
        let r = app
            .program()
            .post(app.url(ROUNDS))
            .bearer_auth(&m.fatima.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(r, status, code).await;
    }
    assert_eq!(app.journal_len().await, before, "refusals journal nothing");

    // Gifts: a member only, to other members, whole points, the allowance in all.
    let gifts = round(1, "/gifts");
    let call = ApiCall::put(&gifts, json!({"gifts": {"cy": 30, "fatima": 70}}));
    app.check_roles(&call, Some((&m.stranger, 403)), (&m.bo, 200))
        .await;
    for (body, code, says) in [
        (
            json!({"gifts": {"bo": 10}}),
            "invalid_peer_gifts",
            "themselves",
        ),
        (
            json!({"gifts": {"eve": 10}}),
            "invalid_peer_gifts",
            "not a member",
        ),
        (
            json!({"gifts": {"nobody-here": 10}}),
            "invalid_peer_gifts",
            "nobody",
        ),
        (
            json!({"gifts": {"cy": -5}}),
            "invalid_peer_gifts",
            "above 0",
        ),
        (
            json!({"gifts": {"cy": 60, "fatima": 41}}),
            "invalid_peer_gifts",
            "allowance of 100",
        ),
    ] {
        let p = app
            .call_as(Some(&m.bo), Method::PUT, &gifts, Some(body), 422)
            .await;
        assert_eq!(p["code"], code, "{p}");
        assert!(p["detail"].as_str().unwrap().contains(says), "{p}");
    }
    // Sending again replaces; what bo gave stays as he last set it.
    app.call_as(
        Some(&m.bo),
        Method::PUT,
        &gifts,
        Some(json!({"gifts": {"cy": 40, "fatima": 60}})),
        200,
    )
    .await;
    app.call_as(
        Some(&m.cy),
        Method::PUT,
        &gifts,
        Some(json!({"gifts": {"bo": 100}})),
        200,
    )
    .await;
    app.call_as(
        Some(&m.fatima),
        Method::PUT,
        &gifts,
        Some(json!({"gifts": {"bo": 50, "cy": 50}})),
        200,
    )
    .await;
    let mine = app
        .call_as(Some(&m.bo), Method::GET, &gifts, None, 200)
        .await;
    assert_eq!(mine["gifts"], json!({"cy": 40, "fatima": 60}));
    assert_eq!(events(&app, "peer_gifts_set").await, 4);

    // While open: totals given are public, gifts and received points are not.
    let open = app
        .call_as(None, Method::GET, &round(1, ""), None, 200)
        .await;
    assert_eq!(open["gifts"], json!([]), "{open}");
    assert_eq!(member(&open, "bo")["given"], 100);
    assert!(member(&open, "bo").get("received").is_none(), "{open}");
    let journal = app
        .call_as(None, Method::GET, "/api/v1/activity?limit=5", None, 200)
        .await
        .to_string();
    assert!(!journal.contains("\"cy\":40"), "{journal}");

    // No closed round yet: a distribution by peer cannot pay.
    let p = app
        .call_as(
            Some(&m.fatima),
            Method::POST,
            PATH,
            Some(json!({"policy": "peer", "amount": "30", "unit": "EUR"})),
            422,
        )
        .await;
    assert_eq!(p["code"], "no_peer_round", "{p}");
    let p = app
        .call_as(Some(&m.fatima), Method::POST, PATH,
            Some(json!({"policy": "peer", "parameters": {"round": 1}, "amount": "30", "unit": "EUR"})), 409)
        .await;
    assert_eq!(p["code"], "peer_round_open", "{p}");

    // Closed by a steward; then nothing changes.
    let call = ApiCall::post(round(1, "/close"), json!({}));
    let r = app
        .check_roles(&call, Some((&m.bo, 403)), (&m.fatima, 200))
        .await;
    let closed: Value = r.json().await.expect("json");
    assert_eq!(closed["open"], false);
    assert_eq!(member(&closed, "bo")["received"], 150);
    assert_eq!(member(&closed, "cy")["received"], 90);
    assert_eq!(member(&closed, "fatima")["received"], 60);
    assert_eq!(closed["gifts"].as_array().unwrap().len(), 5, "{closed}");
    let p = app
        .call_as(
            Some(&m.fatima),
            Method::POST,
            &round(1, "/close"),
            Some(json!({})),
            409,
        )
        .await;
    assert_eq!(p["code"], "peer_round_closed");
    let p = app
        .call_as(
            Some(&m.cy),
            Method::PUT,
            &gifts,
            Some(json!({"gifts": {"fatima": 100}})),
            409,
        )
        .await;
    assert_eq!(p["code"], "peer_round_closed");
    app.call_as(None, Method::GET, &round(9, ""), None, 404)
        .await;

    // Paid in proportion to the points received, exactly: 150, 90 and 60 of 300.
    let d = app
        .post_as(
            &m.fatima,
            PATH,
            json!({"policy": "peer", "amount": "30", "unit": "EUR"}),
            201,
        )
        .await;
    assert_eq!(d["policy"], "peer", "{d}");
    let s = shares(&d);
    assert_eq!(
        (s["bo"].as_str(), s["cy"].as_str(), s["fatima"].as_str()),
        ("15.00", "9.00", "6.00"),
        "{d}"
    );
    assert!(
        d["shares"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["weight"] == "150 points"),
        "{d}"
    );
    // It may stand as the treasury's policy, and a second round may open.
    app.call_as(
        Some(&m.fatima),
        Method::PUT,
        "/api/v1/treasuries/manuals/distribution-policy",
        Some(json!({"policy": "peer"})),
        200,
    )
    .await;
    let r = app
        .post_as(&m.fatima, ROUNDS, json!({"allowance": 10, "days": 1}), 201)
        .await;
    assert_eq!(r["number"], 2);
    let list = app.call_as(None, Method::GET, ROUNDS, None, 200).await;
    assert_eq!(list[0]["number"], 2);
    assert_eq!(list[1]["number"], 1);
    // A preview by the standing policy pays by the last closed round, not the open one.
    let d = app
        .post_as(&m.fatima, PATH, json!({"amount": "3", "unit": "EUR"}), 201)
        .await;
    assert_eq!(shares(&d)["bo"], "1.50", "{d}");
    assert_eq!(
        (
            events(&app, "peer_round_opened").await,
            events(&app, "peer_round_closed").await
        ),
        (2, 1)
    );
}

#[tokio::test]
async fn racing_gifts_and_a_close_leave_one_whole_set_of_gifts() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    app.post_as(&m.fatima, ROUNDS, json!({"allowance": 100, "days": 7}), 201)
        .await;
    let gifts_url = app.url(&round(1, "/gifts"));
    let close_url = app.url(&round(1, "/close"));
    let bo = m.bo.token.clone();
    let fatima = m.fatima.token.clone();
    let sets: Vec<Value> = (0..8)
        .map(|i| json!({"cy": 10 + i * 10, "fatima": 90 - i * 10}))
        .collect();
    let out = app
        .race(9, |i, client| {
            if i == 8 {
                client
                    .post(close_url.clone())
                    .bearer_auth(&fatima)
                    .json(&json!({}))
                    .send()
            } else {
                client
                    .put(gifts_url.clone())
                    .bearer_auth(&bo)
                    .json(&json!({"gifts": sets[i]}))
                    .send()
            }
        })
        .await;
    assert_eq!(out[8].0, 200, "{out:?}");
    let kept: Vec<usize> = (0..8).filter(|&i| out[i].0 == 200).collect();
    assert!(
        (0..8).all(|i| out[i].0 == 200 || out[i].0 == 409),
        "{out:?}"
    );
    let closed = app
        .call_as(None, Method::GET, &round(1, ""), None, 200)
        .await;
    let given: serde_json::Map<String, Value> = closed["gifts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["from"] == "bo")
        .map(|g| (g["to"].as_str().unwrap().to_string(), g["points"].clone()))
        .collect();
    if kept.is_empty() {
        assert!(given.is_empty(), "{closed}");
    } else {
        // One whole set, from a request that was answered 200.
        assert!(
            kept.iter()
                .any(|&i| Value::Object(given.clone()) == sets[i]),
            "{given:?} is none of {kept:?}"
        );
    }
    assert_eq!(
        member(&closed, "bo")["given"],
        if kept.is_empty() { 0 } else { 100 }
    );
    assert_eq!(events(&app, "peer_gifts_set").await, kept.len() as i64);
}

#[tokio::test]
async fn the_round_pages_let_members_give_and_stewards_open_and_close() {
    let app = TestApp::spawn().await;
    let m = manuals(&app).await;
    let fatima = app.browser_of(&m.fatima).await;
    let bo = app.browser_of(&m.bo).await;
    let eve = app.browser_of(&m.stranger).await;

    // Opening: anonymous 401, a contributor who is no steward 403, the steward.
    let page = "/treasuries/manuals/peer-rounds";
    let html = app.page(&fatima, page).await;
    assert!(html.contains(r#"name="round-allowance""#), "{html}");
    assert!(
        !app.page(&bo, page)
            .await
            .contains(r#"name="round-allowance""#)
    );
    let r = app
        .check_form_roles(
            page,
            &[("round-allowance", "100"), ("round-days", "7")],
            Some((&bo, 403)),
            &fatima,
        )
        .await;
    assert!(r.url().path().ends_with("/peer-rounds/1"), "{}", r.url());
    // A second is refused beside the field, signed in.
    let r = app
        .post_form(
            &fatima,
            page,
            page,
            &[("round-allowance", "100"), ("round-days", "7")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 409);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(r#"id="error-round-allowance""#) && html.contains("@fatima"),
        "{html}"
    );

    // Giving: the form is a member's; a stranger sees none and is refused.
    let show = "/treasuries/manuals/peer-rounds/1";
    let action = "/treasuries/manuals/peer-rounds/1/gifts";
    let html = app.page(&bo, show).await;
    assert!(
        html.contains(r#"name="gift-cy""#) && !html.contains(r#"name="gift-bo""#),
        "{html}"
    );
    assert!(!app.page(&eve, show).await.contains(r#"name="gift-cy""#));
    let r = app
        .check_form_roles(
            action,
            &[("gift-cy", "25"), ("gift-fatima", "75")],
            Some((&eve, 403)),
            &bo,
        )
        .await;
    assert!(r.url().path().ends_with(show));
    // Over the allowance: 422, the form as entered, signed in.
    let r = app
        .post_form(
            &bo,
            show,
            action,
            &[("gift-cy", "80"), ("gift-fatima", "75")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(r#"id="error-gifts""#)
            && html.contains(r#"value="80""#)
            && html.contains("@bo"),
        "{html}"
    );
    // The kept gifts fill the form again.
    let html = app.page(&bo, show).await;
    assert!(
        html.contains(
            r#"name="gift-cy" type="number" min="0" max="100" inputmode="numeric" value="25""#
        ),
        "{html}"
    );

    // Closing: a steward's button; then every gift and the chart are shown.
    let close = "/treasuries/manuals/peer-rounds/1/close";
    assert!(!app.page(&bo, show).await.contains(close));
    app.check_form_roles(close, &[], Some((&bo, 403)), &fatima)
        .await;
    let html = app.page(&app.browser(), show).await;
    assert!(
        html.contains("<svg") && html.contains("@cy") && !html.contains(r#"name="gift-cy""#),
        "{html}"
    );
}
