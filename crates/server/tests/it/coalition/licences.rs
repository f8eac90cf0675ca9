//! A commons may be licensed under the Peer Production License or CopyFair by their
//! references, alone or beside an SPDX licence; other custom licences stay refused.

use crate::support::{TestApp, expect_problem};
use serde_json::json;

#[tokio::test]
async fn the_reciprocity_licences_are_taken_and_other_custom_ones_refused() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    for (handle, licence) in [
        ("recipes", "LicenseRef-PPL"),
        ("controller", "LicenseRef-CopyFair"),
        ("manuals", "LicenseRef-PPL OR CC-BY-SA-4.0"),
    ] {
        let c = app
            .commons(handle)
            .maintained_by(&ada)
            .licence(licence)
            .await;
        let v = app
            .call_as(None, reqwest::Method::GET, &c.api(""), None, 200)
            .await;
        assert_eq!(v["licence"]["expression"], licence, "{v}");
    }
    let r = app
        .program()
        .post(app.url("/api/v1/commons"))
        .bearer_auth(&ada.token)
        .json(
            &json!({"handle": "mine", "name": "Mine", "kind": "knowledge",
            "licence": "LicenseRef-Mine"}),
        )
        .send()
        .await
        .unwrap();
    let problem = expect_problem(r, 422, "invalid_licence").await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("LicenseRef-PPL"),
        "{problem}"
    );
}
