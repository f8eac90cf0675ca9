//! Who may do what in the coalition, through the shared role check: every mutating call
//! tried anonymously (401), as a stranger (403 where one is refused) and as the rightful
//! role, refusals journaling nothing.

use super::copyfair_3_percent;
use crate::support::{ApiCall, TestApp};
use serde_json::json;

#[tokio::test]
async fn every_coalition_call_checks_who_asks() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let emil = app.person("emil").await;
    let eve = app.person("eve").await;
    app.org("opengrow").kind("for_profit").admin(&emil).await;
    let c = app.commons("irrigation").maintained_by(&amara).await;

    // Setting the licence policy: the commons' maintainers only.
    app.check_roles(
        &ApiCall::put(c.api("/licence-policy"), copyfair_3_percent()),
        Some((&emil, 403)),
        (&amara, 200),
    )
    .await;

    // Asking for oneself: anyone signed in.
    app.check_roles(
        &ApiCall::post(c.api("/determinations"), json!({"use": "non_commercial"})),
        None,
        (&eve, 201),
    )
    .await;

    // Asking on behalf of an organization: its members only.
    let body = json!({"use": "commercial", "organization": "opengrow",
        "facts": {"revenue": "1000.00 EUR"}});
    let r = app
        .check_roles(
            &ApiCall::post(c.api("/determinations"), body),
            Some((&eve, 403)),
            (&emil, 201),
        )
        .await;
    let d: serde_json::Value = r.json().await.unwrap();
    assert_eq!(d["outcome"], "permitted_with_fee", "{d}");

    // Ending the rights it gave: the commons' maintainers only.
    let id = d["id"].as_str().unwrap();
    app.check_roles(
        &ApiCall::post(
            format!("/api/v1/determinations/{id}/terminate"),
            json!({"reason": "The fee was not paid"}),
        ),
        Some((&emil, 403)),
        (&amara, 200),
    )
    .await;
}
