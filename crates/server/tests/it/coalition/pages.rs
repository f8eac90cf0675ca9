//! The coalition's pages: the panel on a commons' page, the question asked through a form
//! without JavaScript (refused, it comes back as entered with the refusal beside its
//! field), the answer in words, the policy clause by clause and its maintainers' form;
//! who may post each form.

use super::{copyfair_3_percent, set_policy};
use crate::support::TestApp;

#[tokio::test]
async fn a_company_asks_through_the_form_and_reads_the_answer_in_words() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let emil = app.person("emil").await;
    app.org("opengrow").kind("for_profit").admin(&emil).await;
    let c = app.commons("irrigation").maintained_by(&amara).await;
    set_policy(&app, &amara, &c, copyfair_3_percent(), 200).await;
    app.change(&c)
        .by(&emil)
        .add("valves.md", "Valves")
        .accepted_by(&amara)
        .await;

    // The commons' page leads to the question.
    let anon = app.browser();
    let html = app.page(&anon, "/commons/irrigation").await;
    assert!(
        html.contains(r#"href="/commons/irrigation/determinations/new""#)
            && html.contains("Use this commons commercially?")
            && html.contains("CopyFair"),
        "{html}"
    );
    let form = app
        .page(&anon, "/commons/irrigation/determinations/new")
        .await;
    assert!(form.contains("Sign in to ask") && !form.contains("name=\"revenue\""));

    let b = app.browser_of(&emil).await;
    let page = "/commons/irrigation/determinations/new";
    let form = app.page(&b, page).await;
    assert!(form.contains("name=\"revenue\"") && form.contains("name=\"worker_owned\""));

    // A negative revenue comes back as entered, the refusal beside its field.
    let fields = [
        ("use", "commercial"),
        ("organization", "opengrow"),
        ("waged_labour", "yes"),
        ("revenue", "-18000.00 EUR"),
    ];
    let r = app
        .post_form(&b, page, "/commons/irrigation/determinations", &fields)
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"value="-18000.00 EUR""#), "{html}");
    assert!(
        html.contains(r#"aria-describedby="error-revenue""#),
        "{html}"
    );
    assert!(html.contains("below zero"), "{html}");
    assert!(html.contains(r#"<option value="yes" selected>"#), "{html}");
    // Not a member of the organization named: beside that field.
    let r = app
        .post_form(
            &b,
            page,
            "/commons/irrigation/determinations",
            &[("use", "commercial"), ("organization", "no-such-org")],
        )
        .await;
    assert_eq!(r.status(), 404);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(r#"aria-describedby="error-organization""#),
        "{html}"
    );

    let r = app
        .post_form(
            &b,
            page,
            "/commons/irrigation/determinations",
            &[
                ("use", "commercial"),
                ("organization", "opengrow"),
                ("revenue", "18000.00 EUR"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(
        r.url().path().starts_with("/determinations/"),
        "{}",
        r.url()
    );
    let id = r
        .url()
        .path()
        .trim_start_matches("/determinations/")
        .to_string();
    let html = r.text().await.unwrap();
    for words in [
        "Permitted with a fee",
        "€500.00",
        "€540.00",
        "€40.00",
        "Reciprocity from other commercial users",
        "copyfair-4-credit",
        "Revenue from the use in the period",
        "€18,000.00",
        "declared",
        "Kind of organization",
        "For-profit company",
        "known by this instance",
        "@opengrow",
    ] {
        assert!(html.contains(words), "{words} on {html}");
    }

    // The same answer in French.
    let fr = app
        .browser()
        .get(app.url(&format!("/determinations/{id}")))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        fr.contains("Permis avec une redevance")
            && fr.contains("Réciprocité des autres usagers commerciaux"),
        "{fr}"
    );

    // The list and the policy page show it.
    let list = app.page(&anon, "/commons/irrigation/determinations").await;
    assert!(list.contains(&format!("/determinations/{id}")) && list.contains("@opengrow"));
    let policy = app.page(&anon, "/commons/irrigation/licence-policy").await;
    assert!(
        policy.contains("3% of the revenue declared from the use")
            && policy.contains("copyfair-8-agreement")
            && policy.contains(&format!("/determinations/{id}"))
            && !policy.contains("name=\"fee_schedule\""),
        "{policy}"
    );
}

#[tokio::test]
async fn maintainers_set_the_policy_through_its_form() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let emil = app.person("emil").await;
    app.commons("irrigation").maintained_by(&amara).await;
    let page = "/commons/irrigation/licence-policy";
    let b = app.browser_of(&amara).await;
    let html = app.page(&b, page).await;
    assert!(html.contains("name=\"fee_schedule\"") && html.contains("follows the commons"));

    // A share out of range comes back beside its field, as entered.
    let r = app
        .post_form(
            &b,
            page,
            page,
            &[
                ("policy", "copyfair"),
                ("fee_schedule", "revenue_share"),
                ("basis_points", "20000"),
                ("currency", "EUR"),
                ("per_contribution", "40.00 EUR"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(r#"aria-describedby="error-basis_points""#),
        "{html}"
    );
    assert!(html.contains(r#"value="40.00 EUR""#), "{html}");
    // A credit in another currency, beside the credit.
    let r = app
        .post_form(
            &b,
            page,
            page,
            &[
                ("policy", "copyfair"),
                ("fee_schedule", "flat"),
                ("fee_amount", "500.00 EUR"),
                ("per_hour", "20 USD"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(r#"aria-describedby="error-per_hour""#),
        "{html}"
    );

    // Strangers may not; the maintainer may.
    let stranger = app.browser_of(&emil).await;
    let fields = [
        ("policy", "copyfair"),
        ("fee_schedule", "flat"),
        ("fee_amount", "500.00 EUR"),
        ("per_contribution", "40.00 EUR"),
        ("per_hour", "25.00 EUR"),
        ("period_days", "30"),
    ];
    let r = app
        .check_form_roles(page, &fields, Some((&stranger, 403)), &b)
        .await;
    assert!(r.url().path().ends_with("/licence-policy"));
    let html = r.text().await.unwrap();
    assert!(
        html.contains("€500.00 for each period")
            && html.contains("A period of 30 days")
            && html.contains("Set by @amara"),
        "{html}"
    );

    // A licence of their own, then the PPL.
    let r = app
        .post_form(
            &b,
            page,
            page,
            &[
                ("policy", "custom"),
                ("title", "Irrigation licence"),
                ("text", "Share it. **Cooperatives** may sell it."),
                ("commercial", "commons_based_only"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("<strong>Cooperatives</strong>") && html.contains("Irrigation licence"),
        "{html}"
    );
    let r = app.post_form(&b, page, page, &[("policy", "ppl")]).await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("ppl-1c-commercial-worker-owned") && html.contains("LicenseRef-PPL"),
        "{html}"
    );
}

#[tokio::test]
async fn asking_through_the_form_checks_who_asks() {
    let app = TestApp::spawn().await;
    let bruno = app.person("bruno").await;
    let eve = app.person("eve").await;
    app.org("pane-comune").admin(&bruno).await;
    app.commons("recipes")
        .maintained_by(&bruno)
        .licence("LicenseRef-PPL")
        .await;
    let fields = [
        ("use", "commercial"),
        ("organization", "pane-comune"),
        ("worker_owned", "yes"),
        ("surplus_to_workers", "yes"),
        ("waged_labour", "no"),
    ];
    let stranger = app.browser_of(&eve).await;
    let rightful = app.browser_of(&bruno).await;
    let r = app
        .check_form_roles(
            "/commons/recipes/determinations",
            &fields,
            Some((&stranger, 403)),
            &rightful,
        )
        .await;
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Permitted: commons-based commercial use")
            && html.contains("Commercial use by worker-owned enterprises")
            && html.contains("Share alike"),
        "{html}"
    );
}

#[tokio::test]
async fn a_maintainer_ends_rights_from_the_answer_s_page() {
    let app = TestApp::spawn().await;
    let bruno = app.person("bruno").await;
    let fatima = app.person("fatima").await;
    app.org("repair-tuesday")
        .kind("informal_group")
        .admin(&fatima)
        .await;
    let c = app
        .commons("recipes")
        .maintained_by(&bruno)
        .licence("LicenseRef-PPL")
        .await;
    let d = super::ask(
        &app,
        &fatima,
        &c,
        serde_json::json!({"use": "commercial", "organization": "repair-tuesday",
            "facts": {"worker_owned": true, "surplus_to_workers": true}}),
        201,
    )
    .await;
    let page = format!("/determinations/{}", d["id"].as_str().unwrap());
    let action = format!("{page}/terminate");
    // Only its commons' maintainers are offered the form.
    let asker = app.browser_of(&fatima).await;
    assert!(!app.page(&asker, &page).await.contains(&action));
    let b = app.browser_of(&bruno).await;
    assert!(app.page(&b, &page).await.contains(&action));
    // An empty reason comes back beside its field.
    let r = app.post_form(&b, &page, &action, &[("reason", " ")]).await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(r#"aria-describedby="error-reason""#),
        "{html}"
    );
    let r = app
        .check_form_roles(
            &action,
            &[("reason", "Dropped the authors' names")],
            Some((&asker, 403)),
            &b,
        )
        .await;
    let html = r.text().await.unwrap();
    assert!(
        html.contains("These rights ended for a breach")
            && html.contains("Dropped the authors&#39; names")
            && !html.contains(&action),
        "{html}"
    );
}
