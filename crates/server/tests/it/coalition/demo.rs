//! The demo's imported history: the irrigation controller's 24 commits, counted paid,
//! volunteer or unknown by what amara and emil declared and what the makers' employer map
//! says, against counts made by hand from the commits' table.

use crate::support::TestApp;
use reqwest::Method;
use serde_json::{Value, json};

fn month<'a>(report: &'a Value, which: &str) -> &'a Value {
    report["months"]
        .as_array()
        .expect("months")
        .iter()
        .find(|m| m["month"] == which)
        .unwrap_or_else(|| panic!("no month {which} in {report}"))
}

fn organization<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["organizations"]
        .as_array()
        .expect("organizations")
        .iter()
        .find(|o| o["organization"] == name)
        .unwrap_or_else(|| panic!("no organization {name} in {report}"))
}

#[tokio::test]
async fn the_controllers_imported_history_is_counted_by_declarations_and_the_employer_map() {
    let app = TestApp::spawn().await;
    let db = app.state.db.clone();
    tokio::task::spawn_blocking(move || commonfare::demo::load(&db))
        .await
        .expect("task")
        .expect("demo");
    let r = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/commons/open-irrigation-controller/paid-volunteer",
            None,
            200,
        )
        .await;
    let counts = |paid: i64, volunteer: i64, unknown: i64| {
        json!({
            "paid": {"contributions": paid, "minutes": 0},
            "volunteer": {"contributions": volunteer, "minutes": 0},
            "unknown": {"contributions": unknown, "minutes": 0},
        })
    };
    let only = |m: &Value| json!({"paid": m["paid"], "volunteer": m["volunteer"], "unknown": m["unknown"]});
    // March 2024: amara's first two commits, hers as a volunteer of the makers.
    assert_eq!(only(month(&r, "2024-03")), counts(0, 2, 0), "{r}");
    // April 2024: Fieldlab's contractor (a domain of the map) and amara.
    assert_eq!(only(month(&r, "2024-04")), counts(1, 1, 0), "{r}");
    // May 2025 Lucía still worked for OpenGrow; July 2025 she was on her own.
    assert_eq!(only(month(&r, "2025-05")), counts(1, 0, 0), "{r}");
    assert_eq!(only(month(&r, "2025-07")), counts(0, 1, 0), "{r}");
    // September 2025: Kofi, whom nobody placed.
    assert_eq!(only(month(&r, "2025-09")), counts(0, 0, 1), "{r}");
    // Fieldlab is no organization here: named, unlinked, three commits paid.
    let fieldlab = organization(&r, "Fieldlab Irrigation");
    assert_eq!(fieldlab["registered"], false, "{r}");
    assert_eq!(fieldlab["paid"]["contributions"], 3, "{r}");
    // OpenGrow: emil's four commits and Lucía's five before June 2025, at least.
    let opengrow = organization(&r, "opengrow");
    assert_eq!(opengrow["registered"], true, "{r}");
    assert!(
        opengrow["paid"]["contributions"].as_i64().expect("count") >= 9,
        "{r}"
    );
    // The page links the company and names the firm.
    let html = app
        .page(
            &app.browser(),
            "/commons/open-irrigation-controller/paid-volunteer",
        )
        .await;
    assert!(
        html.contains("<th scope=\"row\">Fieldlab Irrigation</th>")
            && html.contains("/orgs/opengrow/paid-volunteer"),
        "{html}"
    );
}
