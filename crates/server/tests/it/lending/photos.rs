//! Photos of a resource: who may add and remove them (anonymous 401, stranger 403,
//! steward 201/204), what is refused (a text called image/png, a type that is no photo, a
//! file over 5 MiB, a long caption) with nothing written, how they are served (bytes,
//! media type, ETag, caching, nosniff, 304), listed in the resource's view and the
//! journal (hash and size, never bytes), and the pages' gallery, upload and removal.

use crate::support::{Person, TestApp, expect_problem};
use commonfare::web::image::solid_png;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// Posts `bytes` as a photo of resource `id` with `content_type`, as `who` (or anonymous).
async fn send(
    app: &TestApp,
    who: Option<&Person>,
    id: &str,
    content_type: &str,
    query: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let mut rb = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{id}/photos{query}")))
        .header("content-type", content_type)
        .body(bytes);
    if let Some(p) = who {
        rb = rb.bearer_auth(&p.token);
    }
    rb.send().await.expect("send")
}

async fn get(app: &TestApp, path: &str) -> Value {
    let r = app.program().get(app.url(path)).send().await.expect("get");
    assert_eq!(r.status().as_u16(), 200, "GET {path}");
    r.json().await.expect("json")
}

/// The journal's events of `kind` about resource `id`, newest first.
async fn events(app: &TestApp, id: &str, kind: &str) -> Vec<Value> {
    let page = get(app, &format!("/api/v1/activity?object_id={id}&limit=100")).await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == kind)
        .cloned()
        .collect()
}

async fn photos_written(app: &TestApp) -> i64 {
    app.rows("lending_photos").await
}

#[tokio::test]
async fn stewards_add_list_serve_and_remove_photos() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let amara = app.person("amara").await;
    app.org("city").admin(&chen).member(&amara).await;
    let id = app
        .resource(&chen, json!({"name": "Cargo bike", "organization": "city"}))
        .await;
    let png = solid_png(8, 6, [46, 125, 79]);

    // Anonymous: 401; a member who is no admin: 403; nothing written, nothing journaled.
    let before = app.journal_len().await;
    let r = send(&app, None, &id, "image/png", "", png.clone()).await;
    expect_problem(r, 401, "unauthorized").await;
    let r = send(&app, Some(&amara), &id, "image/png", "", png.clone()).await;
    expect_problem(r, 403, "forbidden").await;
    assert_eq!(photos_written(&app).await, 0);
    assert_eq!(app.journal_len().await, before);

    // The steward: 201 with the photo as the view lists it.
    let r = send(
        &app,
        Some(&chen),
        &id,
        "image/png",
        "?caption=By%20the%20shed",
        png.clone(),
    )
    .await;
    assert_eq!(r.status().as_u16(), 201);
    let made: Value = r.json().await.unwrap();
    let photo = made["id"].as_str().unwrap().to_string();
    let url = format!("/api/v1/resources/{id}/photos/{photo}");
    assert_eq!(made["url"], url.as_str());
    assert_eq!(made["caption"], "By the shed");
    assert_eq!(made["media_type"], "image/png");
    assert_eq!(made["bytes"], png.len() as i64);
    let v = get(&app, &format!("/api/v1/resources/{id}")).await;
    assert_eq!(v["photos"], json!([made]));

    // The journal carries the hash and size, never the bytes.
    let hash = format!("{:x}", Sha256::digest(&png));
    let added = events(&app, &id, "resource.photo_added").await;
    let e = &added[0];
    assert_eq!(e["payload"]["sha256"], hash.as_str());
    assert_eq!(e["payload"]["bytes"], png.len() as i64);
    assert!(!e.to_string().contains("content"), "{e}");

    // Served: the bytes, their type, an ETag of their SHA-256, caching and nosniff.
    let r = app.program().get(app.url(&url)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let h = r.headers().clone();
    assert_eq!(h["content-type"], "image/png");
    assert_eq!(h["etag"], format!("\"{hash}\"").as_str());
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h["cache-control"].to_str().unwrap().contains("max-age"));
    assert_eq!(r.bytes().await.unwrap().to_vec(), png);
    let r = app
        .program()
        .get(app.url(&url))
        .header("if-none-match", format!("\"{hash}\""))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 304);
    assert!(r.bytes().await.unwrap().is_empty());
    // Another resource's address does not serve it.
    let other = app.resource(&chen, json!({"name": "Drill"})).await;
    let r = app
        .program()
        .get(app.url(&format!("/api/v1/resources/{other}/photos/{photo}")))
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;

    // Removing: anonymous 401, a stranger 403, the steward 204; then it is gone.
    let delete = |who: Option<&Person>| {
        let mut rb = app.program().delete(app.url(&url));
        if let Some(p) = who {
            rb = rb.bearer_auth(&p.token);
        }
        rb.send()
    };
    expect_problem(delete(None).await.unwrap(), 401, "unauthorized").await;
    expect_problem(delete(Some(&amara)).await.unwrap(), 403, "forbidden").await;
    assert_eq!(photos_written(&app).await, 1);
    assert_eq!(delete(Some(&chen)).await.unwrap().status().as_u16(), 204);
    expect_problem(delete(Some(&chen)).await.unwrap(), 404, "not_found").await;
    let r = app.program().get(app.url(&url)).send().await.unwrap();
    expect_problem(r, 404, "not_found").await;
    let v = get(&app, &format!("/api/v1/resources/{id}")).await;
    assert_eq!(v["photos"], json!([]));
    let removed = events(&app, &id, "resource.photo_removed").await;
    assert_eq!(removed[0]["payload"]["sha256"], hash.as_str());
}

#[tokio::test]
async fn what_is_no_photo_is_refused_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let id = app.resource(&chen, json!({"name": "Camera kit"})).await;
    let before = app.journal_len().await;

    // A text file called image/png: 422, its code says the bytes are no such image.
    let r = send(
        &app,
        Some(&chen),
        &id,
        "image/png",
        "",
        b"hello, I am text".to_vec(),
    )
    .await;
    let p = expect_problem(r, 422, "photo_not_image").await;
    assert!(p["detail"].as_str().unwrap().contains("image/png"), "{p}");
    // A PNG called a JPEG: the same.
    let png = solid_png(4, 4, [0, 0, 0]);
    let r = send(&app, Some(&chen), &id, "image/jpeg", "", png.clone()).await;
    expect_problem(r, 422, "photo_not_image").await;
    // An empty body.
    let r = send(&app, Some(&chen), &id, "image/webp", "", Vec::new()).await;
    expect_problem(r, 422, "photo_not_image").await;
    // A type that is no photo this server keeps: 415.
    let r = send(
        &app,
        Some(&chen),
        &id,
        "image/svg+xml",
        "",
        b"<svg/>".to_vec(),
    )
    .await;
    let p = expect_problem(r, 415, "photo_media_type").await;
    assert!(
        p["detail"].as_str().unwrap().contains("image/svg+xml"),
        "{p}"
    );
    let r = send(&app, Some(&chen), &id, "text/plain", "", png.clone()).await;
    expect_problem(r, 415, "photo_media_type").await;
    // Over 5 MiB: 413, before anything is read into a row.
    let mut big = png.clone();
    big.resize(5 * 1024 * 1024 + 1, 0);
    let r = send(&app, Some(&chen), &id, "image/png", "", big).await;
    assert_eq!(r.status().as_u16(), 413);
    let p: Value = r.json().await.unwrap();
    assert!(
        p["code"] == "body_too_large" || p["code"] == "photo_too_large",
        "{p}"
    );
    // A caption over 200 characters: 422 naming it.
    let long = "x".repeat(201);
    let r = send(
        &app,
        Some(&chen),
        &id,
        "image/png",
        &format!("?caption={long}"),
        png.clone(),
    )
    .await;
    let p = expect_problem(r, 422, "too_long").await;
    assert!(p["detail"].as_str().unwrap().contains("caption"), "{p}");
    // No such resource: 404.
    let r = send(&app, Some(&chen), "nothing", "image/png", "", png.clone()).await;
    expect_problem(r, 404, "not_found").await;

    assert_eq!(photos_written(&app).await, 0);
    assert_eq!(app.journal_len().await, before);

    // Exactly 5 MiB of a PNG is taken.
    let mut most = png;
    most.resize(5 * 1024 * 1024, 0);
    let r = send(&app, Some(&chen), &id, "image/png", "", most).await;
    assert_eq!(r.status().as_u16(), 201);
}

#[tokio::test]
async fn the_resource_page_shows_a_gallery_and_stewards_upload_and_remove() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let id = app.resource(&chen, json!({"name": "Cargo bike"})).await;
    let steward = app.browser_of(&chen).await;
    let page = format!("/resources/{id}");

    // The upload form is the steward's; a refusal keeps the page and says why.
    let html = app.page(&steward, &page).await;
    assert!(html.contains("enctype=\"multipart/form-data\""), "{html}");
    let upload = |bytes: Vec<u8>, media: &'static str, caption: &'static str| {
        let (app, steward, page, id) = (&app, &steward, page.clone(), id.clone());
        async move {
            let csrf = app.csrf(steward, &page).await;
            let form = Form::new()
                .text("csrf", csrf)
                .text("photo-caption", caption)
                .part(
                    "photo-file",
                    Part::bytes(bytes)
                        .file_name("bike.png")
                        .mime_str(media)
                        .unwrap(),
                );
            steward
                .post(app.url(&format!("/resources/{id}/photos")))
                .multipart(form)
                .send()
                .await
                .unwrap()
        }
    };
    let r = upload(b"not a picture".to_vec(), "image/png", "Side view").await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("value=\"Side view\""),
        "the caption stays: {html}"
    );
    assert!(html.contains("aria-invalid"), "{html}");
    assert_eq!(photos_written(&app).await, 0);

    let r = upload(solid_png(10, 10, [200, 40, 40]), "image/png", "Side view").await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(photos_written(&app).await, 1);
    let v = get(&app, &format!("/api/v1/resources/{id}")).await;
    let photo = v["photos"][0]["id"].as_str().unwrap().to_string();
    let url = v["photos"][0]["url"].as_str().unwrap().to_string();

    // Everyone sees the gallery; the alt text is the caption, or the resource's name.
    let anonymous = app.browser();
    let html = app.page(&anonymous, &page).await;
    assert!(
        html.contains(&format!("src=\"{url}\" alt=\"Side view\"")),
        "{html}"
    );
    assert!(!html.contains("/remove\""), "no remove button for visitors");
    let r = upload(solid_png(10, 10, [0, 0, 200]), "image/png", "").await;
    assert_eq!(r.status().as_u16(), 200);
    let html = app.page(&anonymous, &page).await;
    assert!(html.contains("alt=\"Cargo bike\""), "{html}");

    // Removing: anonymous 401, a stranger 403, the steward's button removes it.
    let eve = app.person("eve").await;
    let stranger = app.browser_of(&eve).await;
    let action = format!("/resources/{id}/photos/{photo}/remove");
    app.check_form_roles(&action, &[], Some((&stranger, 403)), &steward)
        .await;
    assert_eq!(photos_written(&app).await, 1);
    // Uploading: the same roles (the form's multipart reading aside, it is the same
    // handler's check).
    let form = |csrf: String| {
        Form::new().text("csrf", csrf).part(
            "photo-file",
            Part::bytes(solid_png(2, 2, [1, 1, 1]))
                .file_name("a.png")
                .mime_str("image/png")
                .unwrap(),
        )
    };
    let csrf = app.csrf(&stranger, &page).await;
    let r = stranger
        .post(app.url(&format!("/resources/{id}/photos")))
        .multipart(form(csrf))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    let anonymous = app.browser();
    let csrf = app.csrf(&anonymous, "/signin").await;
    let r = anonymous
        .post(app.url(&format!("/resources/{id}/photos")))
        .multipart(form(csrf))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    assert_eq!(photos_written(&app).await, 1);
}
