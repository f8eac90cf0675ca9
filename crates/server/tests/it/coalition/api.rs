//! Determinations and licence policies through the API: the contract the external checks
//! use, end to end — the bakery cooperative permitted under the PPL, the company refused,
//! the company charged under CopyFair less a credit for its employee's accepted work,
//! the answer kept, listed, journaled in the commons' record, and expiring.

use super::{ask, clause_ids, copyfair_3_percent, set_policy, work};
use crate::support::TestApp;
use serde_json::json;

#[tokio::test]
async fn the_ppl_permits_the_worker_cooperative_and_refuses_the_company() {
    let app = TestApp::spawn().await;
    let bruno = app.person("bruno").await;
    let emil = app.person("emil").await;
    let bakery = app.org("pane-comune").admin(&bruno).await;
    app.org("opengrow").kind("for_profit").admin(&emil).await;
    let recipes = app
        .commons("valley-recipes")
        .maintained_by(&bruno)
        .home(&bakery)
        .licence("LicenseRef-PPL")
        .await;

    // The bakery: worker-owned, its surplus shared among its worker-owners.
    let d = ask(
        &app,
        &bruno,
        &recipes,
        json!({"use": "commercial", "organization": "pane-comune",
            "facts": {"worker_owned": true, "surplus_to_workers": true, "waged_labour": false}}),
        201,
    )
    .await;
    assert_eq!(d["outcome"], "permitted_commons_based", "{d}");
    assert_eq!(clause_ids(&d), ["ppl-1c-commercial-worker-owned"]);
    assert_eq!(d["fee"], serde_json::Value::Null);
    assert_eq!(d["organization"], "pane-comune");
    assert_eq!(d["asked_by"], "bruno");
    assert_eq!(d["policy"], "ppl");
    assert_eq!(
        d["facts_used"]["worker_owned"],
        json!({"value": true, "source": "declared"})
    );
    assert_eq!(d["facts_used"]["waged_labour"]["value"], false);
    assert!(
        d["clauses"][0]["text"]
            .as_str()
            .unwrap()
            .contains("worker-owners")
    );
    assert_eq!(d["clauses"][0]["section"], "§4(c)");
    let conditions: Vec<&str> = d["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        conditions,
        [
            "ppl-1a-same-licence",
            "ppl-1b-share-alike",
            "ppl-1e-attribution"
        ]
    );
    assert!(!d["expired"].as_bool().unwrap());
    assert!(d["expires_at"].as_str().unwrap() > d["decided_at"].as_str().unwrap());

    // The company: the instance knows it is not worker-owned; it profits from wages.
    let d = ask(
        &app,
        &emil,
        &recipes,
        json!({"use": "commercial", "organization": "opengrow",
            "facts": {"waged_labour": true}}),
        201,
    )
    .await;
    assert_eq!(d["outcome"], "not_permitted", "{d}");
    assert_eq!(
        clause_ids(&d),
        [
            "ppl-1c-commercial-worker-owned",
            "ppl-1d-commercial-waged-labour"
        ]
    );
    assert_eq!(
        d["facts_used"]["organization_kind"],
        json!({"value": "for_profit", "source": "instance"})
    );
    assert_eq!(d["facts_used"]["worker_owned"]["source"], "instance");
    assert_eq!(d["conditions"][0]["id"], "ppl-2-separate-licence");

    // The same company claiming to be worker-owned needs evidence, saying what
    // contradicts the claim.
    let d = ask(
        &app,
        &emil,
        &recipes,
        json!({"use": "commercial", "organization": "opengrow",
            "facts": {"worker_owned": true, "surplus_to_workers": true, "waged_labour": false}}),
        201,
    )
    .await;
    assert_eq!(d["outcome"], "needs_evidence", "{d}");
    assert_eq!(
        d["contradictions"],
        json!([{"fact": "worker_owned", "declared": true,
            "known_fact": "organization_kind", "known": "for_profit"}])
    );

    // Not commercially, anyone may, with no facts at all.
    let d = ask(&app, &emil, &recipes, json!({"use": "non_commercial"}), 201).await;
    assert_eq!(d["outcome"], "permitted_non_commercial");
    assert_eq!(clause_ids(&d), ["ppl-1-grant"]);
    assert_eq!(d["organization"], serde_json::Value::Null);

    // A person who declares nothing is told what the policy needs.
    let d = ask(&app, &bruno, &recipes, json!({"use": "commercial"}), 201).await;
    assert_eq!(d["outcome"], "needs_evidence");
    assert_eq!(d["missing"], json!(["worker_owned", "surplus_to_workers"]));

    // Each answer is kept and listed, latest first, and read back by its id.
    let list = app
        .call_as(
            None,
            reqwest::Method::GET,
            &recipes.api("/determinations"),
            None,
            200,
        )
        .await;
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    assert_eq!(items[0]["outcome"], "needs_evidence");
    assert_eq!(items[4]["outcome"], "permitted_commons_based");
    let id = items[4]["id"].as_str().unwrap();
    let one = app
        .call_as(
            None,
            reqwest::Method::GET,
            &format!("/api/v1/determinations/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(one["outcome"], "permitted_commons_based");
    assert_eq!(one["url"], format!("/determinations/{id}"));

    // They are public events of the commons' record.
    let record = app
        .call_as(
            None,
            reqwest::Method::GET,
            "/api/v1/activity?context=commons:valley-recipes",
            None,
            200,
        )
        .await;
    let kinds: Vec<&str> = record["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "determination.made").count(),
        5,
        "{kinds:?}"
    );
}

#[tokio::test]
async fn copyfair_charges_the_company_less_its_employees_accepted_work() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let emil = app.person("emil").await;
    let bruno = app.person("bruno").await;
    let makers = app.org("makers").kind("for_benefit").admin(&amara).await;
    app.org("opengrow").kind("for_profit").admin(&emil).await;
    app.org("pane-comune").admin(&bruno).await;
    let controller = app
        .commons("irrigation")
        .maintained_by(&amara)
        .home(&makers)
        .licence("LicenseRef-CopyFair")
        .await;

    // Before its maintainers declare a schedule, the company is referred to them.
    let d = ask(
        &app,
        &emil,
        &controller,
        json!({"use": "commercial", "organization": "opengrow"}),
        201,
    )
    .await;
    assert_eq!(d["outcome"], "not_permitted", "{d}");
    assert_eq!(d["conditions"][0]["id"], "copyfair-8-agreement");

    let p = set_policy(&app, &amara, &controller, copyfair_3_percent(), 200).await;
    assert_eq!(p["policy"], "copyfair");
    assert_eq!(p["licence"], "LicenseRef-CopyFair");
    assert_eq!(p["fee"]["basis_points"], 300);
    assert_eq!(p["set_by"], "amara");
    assert_eq!(p["clauses"].as_array().unwrap().len(), 8);

    // Emil (the company's only member) gave two changes and three hours, all accepted.
    app.change(&controller)
        .by(&emil)
        .add("pump.md", "Pump wiring")
        .accepted_by(&amara)
        .await;
    app.change(&controller)
        .by(&emil)
        .add("valve.md", "Valve timing")
        .accepted_by(&amara)
        .await;
    work(&app, &emil, &amara, &controller, 180).await;
    // Someone else's contribution does not count for the company.
    app.change(&controller)
        .by(&bruno)
        .add("soil.md", "Soil probe")
        .accepted_by(&amara)
        .await;
    // Nor does one still waiting for review.
    app.post_as(
        &emil,
        &controller.api("/changes"),
        json!({"message": "Pending", "files": [{"op": "add", "path": "x.md", "content": "x"}]}),
        201,
    )
    .await;

    let d = ask(
        &app,
        &emil,
        &controller,
        json!({"use": "commercial", "organization": "opengrow",
            "facts": {"revenue": "18000.00 EUR"}}),
        201,
    )
    .await;
    assert_eq!(d["outcome"], "permitted_with_fee", "{d}");
    // 3 % of 18 000.00 € is 540.00 €; less 2 × 40.00 € for the changes and 3 h × 25.00 €
    // for the work record (counted by its hours, not as a contribution too).
    assert_eq!(d["fee"], "385.00 EUR");
    assert_eq!(d["fee_detail"]["gross"], "540.00 EUR");
    assert_eq!(d["fee_detail"]["credit"], "155.00 EUR");
    assert_eq!(d["fee_detail"]["owed"], "385.00 EUR");
    assert_eq!(
        clause_ids(&d),
        ["copyfair-3-reciprocity", "copyfair-4-credit"]
    );
    assert_eq!(
        d["facts_used"]["accepted_contributions"],
        json!({"value": 2, "source": "instance"})
    );
    assert_eq!(d["facts_used"]["hours_of_work"]["value"], "3.00 hours");
    assert_eq!(
        d["facts_used"]["revenue"],
        json!({"value": "18000.00 EUR", "source": "declared"})
    );
    // No treasury is open for the commons yet: nobody to pay.
    assert_eq!(d["fee_detail"]["payee"], serde_json::Value::Null);
    app.treasury("commons", "irrigation")
        .opened_by(&amara)
        .await;
    let d = ask(
        &app,
        &emil,
        &controller,
        json!({"use": "commercial", "organization": "opengrow",
            "facts": {"revenue": "18000.00 EUR"}}),
        201,
    )
    .await;
    assert_eq!(d["fee_detail"]["payee"], "irrigation");

    // Without the revenue the schedule needs, evidence is asked for, not an error.
    let d = ask(
        &app,
        &emil,
        &controller,
        json!({"use": "commercial", "organization": "opengrow"}),
        201,
    )
    .await;
    assert_eq!(d["outcome"], "needs_evidence");
    assert_eq!(d["missing"], json!(["revenue"]));

    // A small revenue: the credit exceeds the fee, nothing is owed.
    let d = ask(
        &app,
        &emil,
        &controller,
        json!({"use": "commercial", "organization": "opengrow",
            "facts": {"revenue": "1000.00 EUR"}}),
        201,
    )
    .await;
    assert_eq!(d["outcome"], "permitted_reciprocity_met");
    assert_eq!(d["fee"], serde_json::Value::Null);
    assert_eq!(d["fee_detail"]["owed"], "0.00 EUR");

    // The bakery, a cooperative, pays nothing; Bruno for himself, a contributor, neither.
    let d = ask(
        &app,
        &bruno,
        &controller,
        json!({"use": "commercial", "organization": "pane-comune"}),
        201,
    )
    .await;
    assert_eq!(d["outcome"], "permitted_commons_based");
    let d = ask(&app, &bruno, &controller, json!({"use": "commercial"}), 201).await;
    assert_eq!(d["outcome"], "permitted_reciprocity_met");
    assert_eq!(clause_ids(&d), ["copyfair-5-contributors"]);
}

#[tokio::test]
async fn policies_are_set_by_maintainers_and_shown_on_the_commons() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let c = app
        .commons("seeds")
        .maintained_by(&ada)
        .licence("CC-BY-SA-4.0")
        .await;
    // Until set, the policy follows the licence.
    let p = app
        .call_as(
            None,
            reqwest::Method::GET,
            &c.api("/licence-policy"),
            None,
            200,
        )
        .await;
    assert_eq!(p["policy"], "spdx");
    assert_eq!(p["set_by"], serde_json::Value::Null);
    let d = ask(&app, &ada, &c, json!({"use": "commercial"}), 201).await;
    assert_eq!(d["outcome"], "permitted_commons_based");
    assert!(
        d["clauses"][0]["text"]
            .as_str()
            .unwrap()
            .contains("CC-BY-SA-4.0"),
        "{d}"
    );

    let p = set_policy(&app, &ada, &c, json!({"policy": "ppl"}), 200).await;
    assert_eq!(
        (p["policy"].as_str(), p["licence"].as_str()),
        (Some("ppl"), Some("LicenseRef-PPL"))
    );
    let shown = app
        .call_as(None, reqwest::Method::GET, &c.api(""), None, 200)
        .await;
    assert_eq!(shown["licence"]["expression"], "LicenseRef-PPL");

    let p = set_policy(
        &app,
        &ada,
        &c,
        json!({"policy": "custom", "title": "Seed licence",
        "text": "Share the seeds. Growers' cooperatives may sell them.",
        "commercial": "commons_based_only"}),
        200,
    )
    .await;
    assert_eq!(p["policy"], "custom");
    assert_eq!(p["commercial"], "commons_based_only");
    // A custom policy leaves the expression as it was.
    assert_eq!(p["licence"], "LicenseRef-PPL");
    let d = ask(
        &app,
        &ada,
        &c,
        json!({"use": "commercial",
        "facts": {"worker_owned": true, "surplus_to_workers": true}}),
        201,
    )
    .await;
    assert_eq!(d["outcome"], "permitted_commons_based");
    assert_eq!(
        clause_ids(&d),
        ["custom-text", "custom-commercial-commons-based"]
    );
    assert!(
        d["clauses"][0]["text"]
            .as_str()
            .unwrap()
            .contains("Seed licence")
    );

    let p = set_policy(
        &app,
        &ada,
        &c,
        json!({"policy": "spdx", "expression": "CC-BY-NC-4.0"}),
        200,
    )
    .await;
    assert_eq!(p["licence"], "CC-BY-NC-4.0");
    let d = ask(&app, &ada, &c, json!({"use": "commercial"}), 201).await;
    assert_eq!(d["outcome"], "not_permitted");
    assert_eq!(clause_ids(&d), ["spdx-non-commercial-only"]);

    // Each setting is journaled on the commons; the clauses are worded in the reader's
    // language.
    let n = app
        .count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'commons.licence_policy_set'".into())
        .await;
    assert_eq!(n, 3);
    let r = app
        .program()
        .get(app.url(&c.api("/licence-policy")))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    let fr: serde_json::Value = r.json().await.unwrap();
    assert!(
        fr["clauses"][0]["title"]
            .as_str()
            .unwrap()
            .contains("licence ouverte"),
        "{fr}"
    );
}

#[tokio::test]
async fn a_maintainer_ends_rights_for_a_breach_and_the_party_is_answered_terminated() {
    let app = TestApp::spawn().await;
    let bruno = app.person("bruno").await;
    let fatima = app.person("fatima").await;
    let dolores = app.person("dolores").await;
    let cafe = app
        .org("repair-tuesday")
        .kind("informal_group")
        .admin(&fatima)
        .await;
    let _ = cafe;
    let recipes = app
        .commons("valley-recipes")
        .maintained_by(&bruno)
        .licence("LicenseRef-PPL")
        .await;
    let sharing = json!({"use": "commercial", "organization": "repair-tuesday",
        "facts": {"worker_owned": true, "surplus_to_workers": true}});
    let d = ask(&app, &fatima, &recipes, sharing.clone(), 201).await;
    assert_eq!(d["outcome"], "permitted_commons_based");
    assert_eq!(d["terminated"], serde_json::Value::Null);
    let id = d["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/determinations/{id}/terminate");

    // Dolores asks for herself and is told what is missing: nothing to end there.
    let missing = ask(&app, &dolores, &recipes, json!({"use": "commercial"}), 201).await;
    let r = app
        .program()
        .post(app.url(&format!(
            "/api/v1/determinations/{}/terminate",
            missing["id"].as_str().unwrap()
        )))
        .bearer_auth(&bruno.token)
        .json(&json!({"reason": "x"}))
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 409, "nothing_to_terminate").await;
    // A reason is needed.
    let r = app
        .program()
        .post(app.url(&path))
        .bearer_auth(&bruno.token)
        .json(&json!({"reason": "  "}))
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 422, "missing_field").await;

    let t = app
        .post_as(
            &bruno,
            &path,
            json!({"reason": "Dropped the authors' names from its leaflet"}),
            200,
        )
        .await;
    assert_eq!(t["terminated"]["by"], "bruno", "{t}");
    assert_eq!(
        t["terminated"]["reason"],
        "Dropped the authors' names from its leaflet"
    );
    // The answer itself stays as it was given.
    assert_eq!(t["outcome"], "permitted_commons_based");
    let r = app
        .program()
        .post(app.url(&path))
        .bearer_auth(&bruno.token)
        .json(&json!({"reason": "Again"}))
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 409, "nothing_to_terminate").await;

    // From then on the café is answered terminated, whatever the use; others are not.
    for use_ in ["commercial", "non_commercial"] {
        let d = ask(
            &app,
            &fatima,
            &recipes,
            json!({"use": use_, "organization": "repair-tuesday"}),
            201,
        )
        .await;
        assert_eq!(d["outcome"], "terminated", "{d}");
        assert_eq!(clause_ids(&d), ["ppl-3-termination"]);
        assert_eq!(
            d["facts_used"]["breach"],
            json!({"value": true, "source": "instance"})
        );
    }
    let d = ask(
        &app,
        &fatima,
        &recipes,
        json!({"use": "non_commercial"}),
        201,
    )
    .await;
    assert_eq!(
        d["outcome"], "permitted_non_commercial",
        "fatima for herself"
    );
    let n = app
        .count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'determination.terminated'".into())
        .await;
    assert_eq!(n, 1);
}

/// An answer holds for what the instance knew: when the organization's members or kind
/// change, it says so and is no longer current.
#[tokio::test]
async fn an_answer_says_when_what_it_rested_on_changed() {
    let app = TestApp::spawn().await;
    let bruno = app.person("bruno").await;
    let fatima = app.person("fatima").await;
    app.org("pane-comune").admin(&bruno).await;
    let recipes = app
        .commons("valley-recipes")
        .maintained_by(&bruno)
        .licence("LicenseRef-PPL")
        .await;
    let d = ask(
        &app,
        &bruno,
        &recipes,
        json!({"use": "commercial", "organization": "pane-comune",
        "facts": {"surplus_to_workers": true}}),
        201,
    )
    .await;
    assert_eq!(d["outcome"], "permitted_commons_based", "{d}");
    assert_eq!(
        d["facts_used"]["worker_owned"],
        json!({"value": true, "source": "instance"})
    );
    assert_eq!(
        (d["current"].as_bool(), d["changed_since"].clone()),
        (Some(true), json!([]))
    );
    let one = format!("/api/v1/determinations/{}", d["id"].as_str().unwrap());

    // A new member joins.
    app.post_as(
        &bruno,
        "/api/v1/orgs/pane-comune/invitations",
        json!({"handle": "fatima"}),
        204,
    )
    .await;
    app.call_as(
        Some(&fatima),
        reqwest::Method::POST,
        "/api/v1/orgs/pane-comune/accept",
        None,
        204,
    )
    .await;
    let d = app
        .call_as(None, reqwest::Method::GET, &one, None, 200)
        .await;
    assert_eq!(d["changed_since"], json!(["members"]), "{d}");
    assert_eq!(d["current"], false);

    // The bakery becomes a company: the same question is now refused.
    app.call_as(Some(&bruno), reqwest::Method::PUT, "/api/v1/orgs/pane-comune",
        Some(json!({"name": "Pane Comune Ltd", "kind": "for_profit", "description": "", "website": ""})), 200).await;
    let d = app
        .call_as(None, reqwest::Method::GET, &one, None, 200)
        .await;
    assert_eq!(
        d["changed_since"],
        json!(["organization_kind", "members"]),
        "{d}"
    );
    let page = app
        .page(
            &app.browser(),
            &format!("/determinations/{}", d["id"].as_str().unwrap()),
        )
        .await;
    assert!(
        page.contains("the organization&#39;s kind, its members changed"),
        "{page}"
    );
    let again = ask(
        &app,
        &bruno,
        &recipes,
        json!({"use": "commercial", "organization": "pane-comune",
        "facts": {"surplus_to_workers": true}}),
        201,
    )
    .await;
    assert_eq!(again["outcome"], "not_permitted", "{again}");
}
