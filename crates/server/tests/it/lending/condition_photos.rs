//! Photos of a loan's condition at check-out and return: who may add them (anonymous
//! 401, the borrower and a stranger 403, the steward 201), what is refused (a moment the
//! loan has not reached, an unknown moment, bytes that are no image, a type that is no
//! photo) with nothing written, who sees them (the borrower and the steward; a stranger
//! 403, since the reservation itself is public), how they are served and journaled, and
//! the reservation page's check-out and return forms that take one.

use super::{book, slot};
use crate::support::{Person, TestApp, expect_problem};
use commonfare::web::image::solid_png;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// Posts `bytes` as a condition photo of reservation `kid` with `content_type`.
async fn send(
    app: &TestApp,
    who: Option<&Person>,
    kid: &str,
    content_type: &str,
    query: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let mut rb = app
        .program()
        .post(app.url(&format!("/api/v1/reservations/{kid}/photos{query}")))
        .header("content-type", content_type)
        .body(bytes);
    if let Some(p) = who {
        rb = rb.bearer_auth(&p.token);
    }
    rb.send().await.expect("send")
}

/// GET `path` with `who`'s token (or none).
async fn get(app: &TestApp, who: Option<&Person>, path: &str) -> reqwest::Response {
    let mut rb = app.program().get(app.url(path));
    if let Some(p) = who {
        rb = rb.bearer_auth(&p.token);
    }
    rb.send().await.expect("get")
}

async fn written(app: &TestApp) -> i64 {
    app.rows("lending_condition_photos").await
}

#[tokio::test]
async fn stewards_photograph_a_loan_and_only_its_borrower_and_stewards_see_it() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let id = app.resource(&chen, json!({"name": "Cargo bike"})).await;
    let k = book(&app, &bob, &id, slot(1, 3, 1), 201).await;
    let kid = k["id"].as_str().unwrap().to_string();
    let png = solid_png(8, 6, [46, 125, 79]);
    let at_out = "?moment=check_out&caption=Clean%20box";
    let before = app.journal_len().await;

    // Not handed over yet: no check-out to photograph (409), nor a return.
    let r = send(&app, Some(&chen), &kid, "image/png", at_out, png.clone()).await;
    let p = expect_problem(r, 409, "photo_moment_not_reached").await;
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("hand the items over"),
        "{p}"
    );
    assert_eq!(written(&app).await, 0);
    assert_eq!(app.journal_len().await, before);

    app.post_as(
        &chen,
        &format!("/api/v1/reservations/{kid}/check-out"),
        json!({"note": "good"}),
        200,
    )
    .await;
    let before = app.journal_len().await;

    // Anonymous 401; the borrower and a stranger 403 (only stewards photograph).
    let r = send(&app, None, &kid, "image/png", at_out, png.clone()).await;
    expect_problem(r, 401, "unauthorized").await;
    for who in [&bob, &eve] {
        let r = send(&app, Some(who), &kid, "image/png", at_out, png.clone()).await;
        expect_problem(r, 403, "forbidden").await;
    }
    // An unknown moment, the return of a loan still out, bytes that are no PNG, a
    // type that is no photo, a caption too long, no such reservation.
    let r = send(
        &app,
        Some(&chen),
        &kid,
        "image/png",
        "?moment=lunch",
        png.clone(),
    )
    .await;
    let p = expect_problem(r, 422, "invalid_photo_moment").await;
    assert!(p["detail"].as_str().unwrap().contains("lunch"), "{p}");
    let r = send(&app, Some(&chen), &kid, "image/png", "", png.clone()).await;
    expect_problem(r, 422, "invalid_photo_moment").await;
    let r = send(
        &app,
        Some(&chen),
        &kid,
        "image/png",
        "?moment=return",
        png.clone(),
    )
    .await;
    expect_problem(r, 409, "photo_moment_not_reached").await;
    let r = send(
        &app,
        Some(&chen),
        &kid,
        "image/png",
        at_out,
        b"plain text".to_vec(),
    )
    .await;
    expect_problem(r, 422, "photo_not_image").await;
    let r = send(
        &app,
        Some(&chen),
        &kid,
        "image/svg+xml",
        at_out,
        b"<svg/>".to_vec(),
    )
    .await;
    expect_problem(r, 415, "photo_media_type").await;
    let long = format!("?moment=check_out&caption={}", "x".repeat(201));
    let r = send(&app, Some(&chen), &kid, "image/png", &long, png.clone()).await;
    expect_problem(r, 422, "too_long").await;
    let mut big = png.clone();
    big.resize(5 * 1024 * 1024 + 1, 0);
    let r = send(&app, Some(&chen), &kid, "image/png", at_out, big).await;
    assert_eq!(r.status().as_u16(), 413);
    let r = send(
        &app,
        Some(&chen),
        "nothing",
        "image/png",
        at_out,
        png.clone(),
    )
    .await;
    expect_problem(r, 404, "not_found").await;
    assert_eq!(written(&app).await, 0);
    assert_eq!(app.journal_len().await, before);

    // The steward: 201.
    let r = send(&app, Some(&chen), &kid, "image/png", at_out, png.clone()).await;
    assert_eq!(r.status().as_u16(), 201);
    let made: Value = r.json().await.unwrap();
    let photo = made["id"].as_str().unwrap().to_string();
    let url = format!("/api/v1/reservations/{kid}/photos/{photo}");
    assert_eq!(made["url"], url.as_str());
    assert_eq!(made["moment"], "check_out");
    assert_eq!(made["caption"], "Clean box");
    assert_eq!(made["bytes"], png.len() as i64);

    // The journal carries the hash, size and moment, never the bytes.
    let hash = format!("{:x}", Sha256::digest(&png));
    let page: Value = get(
        &app,
        None,
        &format!("/api/v1/activity?object_id={kid}&limit=100"),
    )
    .await
    .json()
    .await
    .unwrap();
    let e = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "reservation.photo_added")
        .expect("journaled")
        .clone();
    assert_eq!(e["payload"]["sha256"], hash.as_str());
    assert_eq!(e["payload"]["bytes"], png.len() as i64);
    assert_eq!(e["payload"]["moment"], "check_out");
    assert_eq!(e["payload"]["borrower"], "bob");
    assert!(!e.to_string().contains("content"), "{e}");

    // Listed and served to the borrower and the steward; a stranger 403, anonymous 401.
    let list = format!("/api/v1/reservations/{kid}/photos");
    for who in [&bob, &chen] {
        let r = get(&app, Some(who), &list).await;
        assert_eq!(r.status().as_u16(), 200);
        let v: Value = r.json().await.unwrap();
        assert_eq!(v, json!([made]));
        let r = get(&app, Some(who), &url).await;
        assert_eq!(r.status().as_u16(), 200);
        let h = r.headers().clone();
        assert_eq!(h["content-type"], "image/png");
        assert_eq!(h["etag"], format!("\"{hash}\"").as_str());
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(h["cache-control"].to_str().unwrap().starts_with("private"));
        assert_eq!(r.bytes().await.unwrap().to_vec(), png);
    }
    for path in [&list, &url] {
        expect_problem(get(&app, Some(&eve), path).await, 403, "forbidden").await;
        expect_problem(get(&app, None, path).await, 401, "unauthorized").await;
    }
    let r = app
        .program()
        .get(app.url(&url))
        .bearer_auth(&bob.token)
        .header("if-none-match", format!("\"{hash}\""))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 304);
    // Another reservation's address does not serve it.
    let other = book(&app, &bob, &id, slot(5, 6, 1), 201).await;
    let other = other["id"].as_str().unwrap();
    let r = get(
        &app,
        Some(&chen),
        &format!("/api/v1/reservations/{other}/photos/{photo}"),
    )
    .await;
    expect_problem(r, 404, "not_found").await;
    // The public view of the reservation carries no photo.
    let v: Value = get(&app, None, &format!("/api/v1/reservations/{kid}"))
        .await
        .json()
        .await
        .unwrap();
    assert!(!v.to_string().contains(&photo), "{v}");

    // Back: a return photo, listed after the check-out's.
    app.post_as(
        &chen,
        &format!("/api/v1/reservations/{kid}/return"),
        json!({"note": "muddy"}),
        200,
    )
    .await;
    let brown = solid_png(8, 6, [121, 85, 61]);
    let r = send(
        &app,
        Some(&chen),
        &kid,
        "image/png",
        "?moment=return",
        brown,
    )
    .await;
    assert_eq!(r.status().as_u16(), 201);
    let v: Value = get(&app, Some(&bob), &list).await.json().await.unwrap();
    let moments: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["moment"].as_str().unwrap())
        .collect();
    assert_eq!(moments, ["check_out", "return"]);
}

/// A check-out or return form as a browser sends it with a file chosen.
fn move_form(csrf: String, note: &str, bytes: Vec<u8>, caption: &str) -> Form {
    Form::new()
        .text("csrf", csrf)
        .text("note", note.to_string())
        .text("photo-caption", caption.to_string())
        .part(
            "photo-file",
            Part::bytes(bytes)
                .file_name("bike.png")
                .mime_str("image/png")
                .unwrap(),
        )
}

#[tokio::test]
async fn the_check_out_and_return_forms_take_a_photo_and_the_page_shows_it_to_whom_it_may() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let id = app.resource(&chen, json!({"name": "Cargo bike"})).await;
    let k = book(&app, &bob, &id, slot(1, 3, 1), 201).await;
    let kid = k["id"].as_str().unwrap().to_string();
    let page = format!("/reservations/{kid}");
    let steward = app.browser_of(&chen).await;
    let borrower = app.browser_of(&bob).await;
    let stranger = app.browser_of(&eve).await;

    let html = app.page(&steward, &page).await;
    assert!(
        html.contains("enctype=\"multipart/form-data\"") && html.contains("name=\"photo-file\""),
        "{html}"
    );
    // A file that is no picture: the page again, 422, the note and caption kept, the
    // reservation not handed over.
    let csrf = app.csrf(&steward, &page).await;
    let r = steward
        .post(app.url(&format!("{page}/check-out")))
        .multipart(move_form(
            csrf,
            "chain oiled",
            b"not a picture".to_vec(),
            "Left side",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("value=\"Left side\"") && html.contains("chain oiled"),
        "{html}"
    );
    assert!(html.contains("aria-invalid"), "{html}");
    assert_eq!(written(&app).await, 0);
    let v: Value = app
        .program()
        .get(app.url(&format!("/api/v1/reservations/{kid}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["state"], "confirmed", "nothing half-written");

    // The borrower and anonymous may not hand it over with a photo either.
    let csrf = app.csrf(&borrower, &page).await;
    let r = borrower
        .post(app.url(&format!("{page}/check-out")))
        .multipart(move_form(csrf, "", solid_png(4, 4, [9, 9, 9]), ""))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    let anonymous = app.browser();
    let csrf = app.csrf(&anonymous, "/signin").await;
    let r = anonymous
        .post(app.url(&format!("{page}/check-out")))
        .multipart(move_form(csrf, "", solid_png(4, 4, [9, 9, 9]), ""))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    assert_eq!(written(&app).await, 0);

    // The steward hands it over with a photo, and takes it back with another.
    let csrf = app.csrf(&steward, &page).await;
    let r = steward
        .post(app.url(&format!("{page}/check-out")))
        .multipart(move_form(
            csrf,
            "chain oiled",
            solid_png(6, 6, [46, 125, 50]),
            "Left side",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(written(&app).await, 1);
    let csrf = app.csrf(&steward, &page).await;
    let r = steward
        .post(app.url(&format!("{page}/return")))
        .multipart(move_form(
            csrf,
            "muddy box",
            solid_png(6, 6, [121, 85, 61]),
            "",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(written(&app).await, 2);

    // The borrower's page shows both, captioned or named after the resource; the
    // stranger's and a visitor's show none, and the stranger may not read the bytes.
    let html = app.page(&borrower, &page).await;
    let srcs: Vec<&str> = html
        .match_indices(&format!("src=\"/reservations/{kid}/photos/"))
        .map(|(i, _)| &html[i..])
        .collect();
    assert_eq!(srcs.len(), 2, "{html}");
    assert!(
        html.contains("alt=\"Left side\"") && html.contains("alt=\"Cargo bike\""),
        "{html}"
    );
    let photo_path = {
        let start = html.find(&format!("/reservations/{kid}/photos/")).unwrap();
        let end = start + html[start..].find('"').unwrap();
        html[start..end].to_string()
    };
    for who in [&stranger, &app.browser()] {
        let html = app.page(who, &page).await;
        assert!(!html.contains("/photos/"), "{html}");
    }
    let r = borrower.get(app.url(&photo_path)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-type"], "image/png");
    let r = steward.get(app.url(&photo_path)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let r = stranger.get(app.url(&photo_path)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 403);
    let r = app
        .browser()
        .get(app.url(&photo_path))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
}
