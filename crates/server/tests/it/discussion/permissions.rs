//! Who may write in discussions: anyone signed in starts threads and comments (so those
//! have no stranger); only a comment's author edits or deletes it — a maintainer of the
//! commons is a stranger there too. On the API and through the forms (the shared check in
//! `support::roles`).

use crate::support::{ApiCall, TestApp};
use serde_json::{Value, json};

#[tokio::test]
async fn api() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let rye = app.commons("rye").maintained_by(&ada).await;
    app.change(&rye).by(&bob).add("a.md", "a").await;
    let open = [
        ApiCall::post(rye.api("/threads"), json!({"title":"Rye","body":"Coarse?"})),
        ApiCall::post(rye.api("/threads/1/comments"), json!({"body":"Yes."})),
        ApiCall::post(
            rye.api("/contributions/1/comments"),
            json!({"body":"Nice."}),
        ),
    ];
    let mut first: Option<Value> = None;
    for call in &open {
        let r = app.check_roles(call, None, (&bob, 201)).await;
        let v: Value = r.json().await.unwrap();
        first.get_or_insert(v);
    }
    let comment = first.unwrap()["comments"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let path = format!("/api/v1/comments/{comment}");
    let edit = ApiCall::put(&path, json!({"body":"Coarser?"}));
    app.check_roles(&edit, Some((&ada, 403)), (&bob, 200)).await;
    let delete = ApiCall::delete(&path);
    app.check_roles(&delete, Some((&ada, 403)), (&bob, 200))
        .await;
}

#[tokio::test]
async fn forms() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let rye = app.commons("rye").maintained_by(&ada).await;
    app.change(&rye).by(&bob).add("a.md", "a").await;
    let (a, b) = (app.browser_of(&ada).await, app.browser_of(&bob).await);
    let r = b
        .get(app.url(&rye.page("/threads/1")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404, "no thread yet");
    let mut comment = String::new();
    let starts: [(String, &[(&str, &str)]); 3] = [
        (
            rye.page("/threads"),
            &[("title", "Rye"), ("body", "Coarse?")],
        ),
        (rye.page("/threads/1/comments"), &[("body", "Yes.")]),
        (rye.page("/contributions/1/comments"), &[("body", "Nice.")]),
    ];
    for (action, fields) in &starts {
        let r = app.check_form_roles(action, fields, None, &b).await;
        if comment.is_empty() {
            let html = r.text().await.unwrap();
            let at = html.find("id=\"comment-").unwrap() + "id=\"comment-".len();
            comment = html[at..at + 36].to_string();
        }
    }
    let edit = format!("/comments/{comment}/edit");
    app.check_form_roles(&edit, &[("body", "Coarser?")], Some((&a, 403)), &b)
        .await;
    let delete = format!("/comments/{comment}/delete");
    app.check_form_roles(&delete, &[], Some((&a, 403)), &b)
        .await;
}
