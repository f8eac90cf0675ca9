//! The organisers' override of a budget's outcome: an admin of the owner, once the
//! results are out, funds a project the rule left out or takes out one it funded, with a
//! public reason; the results by the rule stay as counted; what is funded in the end
//! changes; each act is journaled; anonymous, strangers and members are refused, and bad
//! input is a clear 4xx with nothing written.

use super::{SMALL, imported, process, results};
use crate::support::{TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};

async fn overrides(app: &TestApp, id: &str) -> Value {
    app.call_as(
        None,
        Method::GET,
        &format!("/api/v1/budgets/{id}/overrides"),
        None,
        200,
    )
    .await
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|s| s.as_str().expect("string").to_string())
        .collect()
}

#[tokio::test]
async fn an_admin_overrides_the_count_with_a_reason_and_the_results_stay_counted() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).await;
    let id = imported(&app, &ada, "city", SMALL).await;
    let (_, before) = results(&app, &id, "").await;
    let o = overrides(&app, &id).await;
    assert_eq!(o["overrides"], json!([]), "{o}");
    assert_eq!(o["counted"], o["funded"], "{o}");
    let counted = strings(&o["counted"]);
    let process = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let projects = process["headings"][0]["projects"]
        .as_array()
        .expect("projects")
        .clone();
    let id_of = |number: &str| -> String {
        projects
            .iter()
            .find(|p| p["number"] == number)
            .unwrap_or_else(|| panic!("no project {number}"))["id"]
            .as_str()
            .expect("id")
            .to_string()
    };
    let left_out = ["a", "b", "c"]
        .into_iter()
        .find(|n| !counted.iter().any(|c| c == n))
        .expect("a project the rule left out");
    let url = format!("/api/v1/budgets/{id}/overrides");
    let fund = json!({"project": id_of(left_out), "funded": true,
                      "reason": "The district council matched its cost from the parks' own budget."});

    // Who may: not anonymous, not a stranger, not a member; an admin.
    let journal = app.journal_len().await;
    let r = app
        .program()
        .post(app.url(&url))
        .json(&fund)
        .send()
        .await
        .expect("send");
    expect_problem(r, 401, "unauthorized").await;
    app.post_as(&eve, &url, fund.clone(), 403).await;
    app.post_as(&bob, &url, fund.clone(), 403).await;
    // Bad input: no reason, an unknown project.
    let r = app
        .post_as(
            &ada,
            &url,
            json!({"project": id_of(left_out), "funded": true, "reason": "  "}),
            422,
        )
        .await;
    assert_eq!(r["code"], "missing_field", "{r}");
    app.post_as(
        &ada,
        &url,
        json!({"project": "no-such-project", "funded": true, "reason": "Because."}),
        404,
    )
    .await;
    // Taking out a project the count left out changes nothing: 409.
    let r = app
        .post_as(
            &ada,
            &url,
            json!({"project": id_of(left_out), "funded": false, "reason": "No."}),
            409,
        )
        .await;
    assert_eq!(r["code"], "override_changes_nothing", "{r}");
    assert_eq!(app.journal_len().await, journal, "refusals write nothing");

    let made = app.post_as(&ada, &url, fund.clone(), 201).await;
    assert_eq!(made["project"], left_out, "{made}");
    assert_eq!(made["funded"], true);
    assert_eq!(made["by"], "@ada");
    assert_eq!(app.journal_len().await, journal + 1);
    // The same again changes nothing.
    app.post_as(&ada, &url, fund.clone(), 409).await;

    // A counted project taken out, then the first override reversed.
    let taken = counted.first().expect("a funded project").clone();
    app.post_as(
        &ada,
        &url,
        json!({"project": id_of(&taken), "funded": false,
               "reason": "Its site was found to be private land after the vote."}),
        201,
    )
    .await;
    let o = overrides(&app, &id).await;
    let mut want: Vec<String> = counted.iter().filter(|n| **n != taken).cloned().collect();
    want.push(left_out.to_string());
    want.sort();
    assert_eq!(strings(&o["funded"]), want, "{o}");
    assert_eq!(strings(&o["counted"]), counted, "{o}");
    assert_eq!(o["overrides"].as_array().expect("list").len(), 2);
    app.post_as(
        &ada,
        &url,
        json!({"project": id_of(left_out), "funded": false, "reason": "The council withdrew its match."}),
        201,
    )
    .await;
    let o = overrides(&app, &id).await;
    assert_eq!(o["overrides"][0]["current"], false, "{o}");
    assert_eq!(o["overrides"][2]["current"], true, "{o}");
    assert!(!strings(&o["funded"]).iter().any(|n| n == left_out), "{o}");

    // The results by the rule are what was counted.
    let (_, after) = results(&app, &id, "").await;
    assert_eq!(after["selected"], before["selected"]);

    // The page shows each act with its reason; an admin gets the form, a refusal comes
    // back beside the reason.
    let page = format!("/budgets/{id}/results");
    let html = app.page(&app.browser(), &page).await;
    assert!(
        html.contains("Its site was found to be private land after the vote.")
            && html.contains("replaced by a later override")
            && !html.contains("override-reason"),
        "{html}"
    );
    // The page's form: anonymous 401, a stranger and a member 403, nothing written.
    let journal = app.journal_len().await;
    let project = id_of(&taken);
    let fields = [
        ("heading", ""),
        ("override-project", project.as_str()),
        ("override-funded", "fund"),
        ("override-reason", "Because."),
    ];
    let action = format!("/budgets/{id}/overrides");
    let r = app
        .post_form(&app.browser(), "/signin", &action, &fields)
        .await;
    assert_eq!(r.status().as_u16(), 401);
    for who in [&eve, &bob] {
        let b = app.browser_of(who).await;
        let r = app.post_form(&b, &page, &action, &fields).await;
        assert_eq!(r.status().as_u16(), 403, "@{}", who.handle);
    }
    assert_eq!(app.journal_len().await, journal);
    let admin = app.browser_of(&ada).await;
    let r = app
        .post_form(
            &admin,
            &page,
            &format!("/budgets/{id}/overrides"),
            &[
                ("heading", ""),
                ("override-project", &id_of(&taken)),
                ("override-funded", "fund"),
                ("override-reason", ""),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.expect("text");
    assert!(
        html.contains(r#"id="error-override-reason""#) && html.contains("@ada"),
        "{html}"
    );
    let r = app
        .post_form(
            &admin,
            &page,
            &format!("/budgets/{id}/overrides"),
            &[
                ("heading", ""),
                ("override-project", &id_of(&taken)),
                ("override-funded", "fund"),
                ("override-reason", "The owner agreed to lease the land."),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.url().path().ends_with("/results"));
    let o = overrides(&app, &id).await;
    assert!(strings(&o["funded"]).contains(&taken), "{o}");
}

#[tokio::test]
async fn no_override_before_the_results_are_out() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let p = process(&app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().expect("id");
    let r = app
        .post_as(
            &ada,
            &format!("/api/v1/budgets/{id}/overrides"),
            json!({"project": "x", "funded": true, "reason": "Early."}),
            409,
        )
        .await;
    assert_eq!(r["code"], "budget_phase", "{r}");
    app.call_as(
        None,
        Method::GET,
        &format!("/api/v1/budgets/{id}/overrides"),
        None,
        409,
    )
    .await;
}

/// The results page a visitor sees is kept between commits: the next request after an
/// override shows it, the kept page is never a signed-in viewer's (with their forms), and
/// each language has its own.
#[tokio::test]
async fn the_page_kept_for_visitors_changes_with_every_commit_and_is_never_a_signed_in_one() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let id = imported(&app, &ada, "city", SMALL).await;
    let page = format!("/budgets/{id}/results");
    let admin = app.browser_of(&ada).await;

    // The admin looks first; the visitor's page is not the admin's, twice alike.
    assert!(app.page(&admin, &page).await.contains("override-reason"));
    let first = app.page(&app.browser(), &page).await;
    assert!(
        !first.contains("override-reason") && !first.contains("@ada"),
        "{first}"
    );
    assert_eq!(app.page(&app.browser(), &page).await, first);
    // And the admin, after the visitor, still gets their own.
    assert!(app.page(&admin, &page).await.contains("override-reason"));

    // An override shows on the visitor's very next request.
    let o = overrides(&app, &id).await;
    let counted = strings(&o["counted"]);
    let process = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let left_out = process["headings"][0]["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .find(|p| !counted.iter().any(|c| *c == p["number"]))
        .expect("a project the rule left out")["id"]
        .as_str()
        .expect("id")
        .to_string();
    let reason = "The district matched its cost from the parks budget.";
    app.post_as(
        &ada,
        &format!("/api/v1/budgets/{id}/overrides"),
        json!({"project": left_out, "funded": true, "reason": reason}),
        201,
    )
    .await;
    let after = app.page(&app.browser(), &page).await;
    assert!(after.contains(reason), "{after}");

    // Another language is another page.
    let html = app
        .browser()
        .get(app.url(&page))
        .header("accept-language", "fr")
        .send()
        .await
        .expect("get")
        .text()
        .await
        .expect("text");
    assert!(
        html.contains(r#"<html lang="fr">"#) && html.contains(reason),
        "{html}"
    );
    assert!(after.contains(r#"<html lang="en">"#), "{after}");
}
