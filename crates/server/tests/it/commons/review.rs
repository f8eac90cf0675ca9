//! Reviewing with the change in view: a contribution's diff against its base (lines with
//! their kind and numbers, changed words marked), what it would do on a head that moved
//! (or which paths conflict), the revision it became; proposed files readable before
//! acceptance; the diff on the contribution page above the decision buttons; the author's
//! update in the web; decisions without a body; the licence field of the new-commons form.

use crate::support::{TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};

fn lines(file: &Value) -> Vec<(String, String)> {
    file["hunks"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|h| h["lines"].as_array().unwrap().clone())
        .map(|l| {
            (
                l["tag"].as_str().unwrap().to_string(),
                l["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_reviewer_sees_what_a_change_changes_before_accepting_it() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let bread = app
        .commons("bread")
        .maintained_by(&ada)
        .file("recipe.md", "flour\nwater\nsalt\n")
        .await;
    let k = app
        .change(&bread)
        .by(&bob)
        .message("More water, and a note")
        .modify("recipe.md", "flour\nmore water\nsalt\n")
        .add("notes/oven.md", "bake at 250 degrees\n")
        .await;
    // A picture, sent as bytes (a PNG's signature).
    let pic = app
        .post_as(
            &bob,
            &bread.api("/changes"),
            json!({"message": "A photo of the crumb", "files": [
                {"path": "photo.png", "op": "add", "kind": "binary", "content_base64": "iVBORw0KGgo="}
            ]}),
            201,
        )
        .await;

    let d = app
        .call_as(None, Method::GET, &k.api("/diff"), None, 200)
        .await;
    assert_eq!(
        (d["number"].as_i64(), d["state"].as_str()),
        (Some(k.number), Some("proposed"))
    );
    assert_eq!(
        d["base"], 2,
        "proposed on the revision that added the recipe"
    );
    let files = d["files"].as_array().unwrap();
    let recipe = files.iter().find(|f| f["path"] == "recipe.md").unwrap();
    assert_eq!(
        (
            recipe["status"].as_str(),
            recipe["inserted"].as_i64(),
            recipe["deleted"].as_i64()
        ),
        (Some("modified"), Some(1), Some(1))
    );
    assert_eq!(
        lines(recipe),
        [
            ("context", "flour"),
            ("deleted", "water"),
            ("inserted", "more water"),
            ("context", "salt"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    // Line numbers on both sides, and the changed word marked in the changed line.
    let inserted = &recipe["hunks"][0]["lines"][2];
    assert_eq!(
        (
            inserted["old_number"].as_i64(),
            inserted["new_number"].as_i64()
        ),
        (None, Some(2))
    );
    let changed: Vec<&str> = inserted["words"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["changed"] == true)
        .map(|w| w["text"].as_str().unwrap())
        .collect();
    assert_eq!(changed, ["more "]);
    // An added file is readable as proposed, before anyone accepts it.
    let oven = files.iter().find(|f| f["path"] == "notes/oven.md").unwrap();
    assert_eq!(oven["status"], "added");
    let url = oven["new_url"].as_str().unwrap();
    let r = app.program().get(app.url(url)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    assert_eq!(r.text().await.unwrap(), "bake at 250 degrees\n");
    let pic = app
        .call_as(
            None,
            Method::GET,
            &bread.api(&format!("/contributions/{}/diff", pic["number"])),
            None,
            200,
        )
        .await;
    let photo = &pic["files"][0];
    assert_eq!(
        (photo["kind"].as_str(), photo["image"].as_bool()),
        (Some("binary"), Some(true))
    );
    let r = app
        .program()
        .get(app.url(photo["new_url"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-type"], "image/png");
    // Nothing is in the commons' files yet.
    app.call_as(
        None,
        Method::GET,
        &bread.api("/files/notes/oven.md"),
        None,
        404,
    )
    .await;
    let r = app
        .program()
        .get(app.url(&format!(
            "/commons/bread/contributions/{}/files/nope.md",
            k.number
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    // A path that climbs out is no file of the change.
    let r = app
        .program()
        .get(app.url(&format!(
            "/commons/bread/contributions/{}/files/notes/..%2F..%2Fetc%2Fpasswd",
            k.number
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);

    // The page shows the diff above the maintainer's decision.
    let b = app.browser_of(&ada).await;
    let html = app
        .page(&b, &bread.page(&format!("/contributions/{}", k.number)))
        .await;
    let diff_at = html
        .find(r#"<table class="diff">"#)
        .expect("the diff on the page");
    let accept_at = html.find("/accept").expect("the accept form");
    assert!(diff_at < accept_at, "the change comes before the button");
    assert!(html.contains("<mark>more </mark>"), "{html}");
    let html = app
        .page(
            &b,
            &bread.page(&format!("/contributions/{}", pic["number"])),
        )
        .await;
    assert!(html.contains(r#"<img class="proposed" src=""#), "{html}");

    // Once accepted, the contribution names the revision it became.
    app.call_as(
        Some(&ada),
        Method::POST,
        &k.api("/accept"),
        Some(json!({})),
        200,
    )
    .await;
    let d = app
        .call_as(None, Method::GET, &k.api("/diff"), None, 200)
        .await;
    assert_eq!(
        (d["state"].as_str(), d["revision"].as_i64()),
        (Some("accepted"), Some(3))
    );
    assert!(d.get("on_head").is_none());
}

#[tokio::test]
async fn a_change_on_a_head_that_moved_shows_what_it_would_do_there_or_what_conflicts() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let bread = app
        .commons("bread")
        .maintained_by(&ada)
        .file("a.md", "one\n")
        .file("b.md", "two\n")
        .await;
    let clean = app.change(&bread).by(&bob).modify("a.md", "uno\n").await;
    let clash = app.change(&bread).by(&bob).modify("b.md", "dos\n").await;
    // The head moves: b.md changes under the second proposal.
    app.change(&bread)
        .by(&ada)
        .modify("b.md", "deux\n")
        .accepted_by(&ada)
        .await;

    let d = app
        .call_as(None, Method::GET, &clean.api("/diff"), None, 200)
        .await;
    let on_head = &d["on_head"];
    assert_eq!(on_head["conflicts"], json!([]));
    assert_eq!(on_head["files"][0]["path"], "a.md");
    assert!(on_head["head"].as_i64().unwrap() > d["base"].as_i64().unwrap());

    let d = app
        .call_as(None, Method::GET, &clash.api("/diff"), None, 200)
        .await;
    assert_eq!(d["on_head"]["conflicts"], json!(["b.md"]));
    assert_eq!(d["on_head"]["files"], json!([]));
    let html = app
        .page(
            &app.browser(),
            &bread.page(&format!("/contributions/{}", clash.number)),
        )
        .await;
    assert!(html.contains("<code>b.md</code>"), "{html}");

    // A work record changes no file; an unknown contribution is not found.
    let work = app
        .post_as(
            &bob,
            &bread.api("/work"),
            json!({"minutes": 30, "description": "Tasted it"}),
            201,
        )
        .await;
    let r = app
        .program()
        .get(app.url(&bread.api(&format!("/contributions/{}/diff", work["number"]))))
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "not_a_change").await;
    let r = app
        .program()
        .get(app.url(&bread.api("/contributions/999/diff")))
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
}

#[tokio::test]
async fn after_a_request_for_changes_the_author_updates_the_change_in_the_web() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let bread = app
        .commons("bread")
        .maintained_by(&ada)
        .file("recipe.md", "flour\nwater\n")
        .await;
    let k = app
        .change(&bread)
        .by(&bob)
        .message("Salt it")
        .modify("recipe.md", "flour\nwater\nsalt\n")
        .add("notes.md", "kept as is\n")
        .await;
    app.call_as(
        Some(&ada),
        Method::POST,
        &k.api("/request-changes"),
        Some(json!({"comment": "How much salt?"})),
        200,
    )
    .await;

    // The author's page says who asked what, with each text file prefilled.
    let author = app.browser_of(&bob).await;
    let page = bread.page(&format!("/contributions/{}", k.number));
    let html = app.page(&author, &page).await;
    assert!(
        html.contains("@ada asked for changes:") && html.contains("<q>How much salt?</q>"),
        "{html}"
    );
    assert!(html.contains("flour\nwater\nsalt\n</textarea>"), "{html}");
    assert!(
        html.contains("changes requested") || html.contains("Changes requested"),
        "the state in words: {html}"
    );
    // The maintainer's page has no such form.
    let maintainer = app.browser_of(&ada).await;
    assert!(!app.page(&maintainer, &page).await.contains("/update\""));

    let action = format!("/commons/bread/contributions/{}/update", k.number);
    let fields = [
        ("path", "recipe.md"),
        ("text", "flour\r\nwater\r\nsalt: 10 g\r\n"),
        ("message", "Salt it: 10 g"),
    ];
    let stranger = app.browser_of(&eve).await;
    app.check_form_roles(&action, &fields, Some((&stranger, 403)), &author)
        .await;
    // A maintainer who is not the author may not rewrite it either.
    let r = app.post_form(&maintainer, &page, &action, &fields).await;
    assert_eq!(r.status(), 403);

    let d = app
        .call_as(None, Method::GET, &k.api("/diff"), None, 200)
        .await;
    assert_eq!(d["state"], "proposed", "back to review");
    let recipe = d["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "recipe.md")
        .unwrap();
    assert!(
        lines(recipe).contains(&("inserted".into(), "salt: 10 g".into())),
        "{recipe}"
    );
    let notes = d["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "notes.md")
        .expect("the other file stays as proposed");
    assert_eq!(notes["status"], "added");
    let view = app.call_as(None, Method::GET, &k.api(""), None, 200).await;
    assert_eq!(view["message"], "Salt it: 10 g");
    // A path the change does not hold is not found.
    let r = app
        .post_form(
            &author,
            &page,
            &action,
            &[("path", "other.md"), ("text", "x"), ("message", "m")],
        )
        .await;
    assert_eq!(r.status(), 404);
}

#[tokio::test]
async fn a_decision_needs_no_body_but_a_bad_one_is_refused() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let bread = app
        .commons("bread")
        .maintained_by(&ada)
        .file("a.md", "one\n")
        .await;
    let first = app.change(&bread).by(&bob).modify("a.md", "uno\n").await;
    let second = app.change(&bread).by(&bob).add("b.md", "dos\n").await;
    // No body at all, no content type: accepted, no comment.
    let r = app
        .program()
        .post(app.url(&first.api("/accept")))
        .bearer_auth(&ada.token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["state"], "accepted");
    // A body that is not JSON is still a clear 400.
    let r = app
        .program()
        .post(app.url(&second.api("/reject")))
        .bearer_auth(&ada.token)
        .header("content-type", "application/json")
        .body("{nope")
        .send()
        .await
        .unwrap();
    expect_problem(r, 400, "malformed_json").await;
    let r = app
        .program()
        .post(app.url(&second.api("/reject")))
        .bearer_auth(&ada.token)
        .json(&json!({"comment": "Not now"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn the_licence_field_offers_the_spdx_list_and_says_what_a_licence_means() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let b = app.browser_of(&ada).await;
    let html = app.page(&b, "/commons/new").await;
    assert!(html.contains(r#"list="spdx-licences""#));
    for id in ["MIT", "CC-BY-SA-4.0", "ODbL-1.0", "GPL-3.0-or-later"] {
        assert!(html.contains(&format!(r#"<option value="{id}">"#)), "{id}");
    }
    assert!(html.contains("share-alike"), "what a licence means: {html}");
}
