//! What every response carries and what is refused before a handler runs: security
//! headers, CSRF tokens bound to the session, bodies declared too large, slow requests.

use crate::support::{TestApp, expect_problem};
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, SET_COOKIE};
use std::time::Duration;

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    let c = app.program();
    for path in [
        "/",
        "/people",
        "/api/v1/people",
        "/nowhere",
        "/api/v1/nowhere",
        "/assets/style.css",
    ] {
        let r = c.get(app.url(path)).send().await.unwrap();
        let h = r.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "same-origin", "{path}");
    }
}

fn cookie(headers: &HeaderMap, name: &str) -> String {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix(&format!("{name}=")))
        .map(|v| v.split(';').next().unwrap().to_string())
        .unwrap_or_else(|| panic!("no {name} cookie set"))
}

fn form_token(html: &str) -> String {
    let at = html
        .find("name=\"csrf\" value=\"")
        .expect("a form with a token")
        + 19;
    html[at..at + 64].to_string()
}

/// A browser's cookies by hand, to plant one as an attacker on a sibling subdomain could.
async fn get_with(app: &TestApp, path: &str, cookies: &str) -> reqwest::Response {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url(path))
        .header("cookie", cookies)
        .send()
        .await
        .unwrap()
}

async fn post_with(app: &TestApp, path: &str, cookies: &str, form: &[(&str, &str)]) -> StatusCode {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(app.url(path))
        .header("cookie", cookies)
        .form(form)
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn a_planted_csrf_cookie_does_not_pass_for_a_signed_in_person() {
    let app = TestApp::spawn().await;
    app.api_user("ada").await;
    // Ada signs in.
    let r = get_with(&app, "/signin", "").await;
    let nonce = cookie(r.headers(), "cf_csrf");
    let token = form_token(&r.text().await.unwrap());
    let jar = format!("cf_csrf={nonce}");
    let r = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(app.url("/signin"))
        .header("cookie", &jar)
        .form(&[
            ("csrf", token.as_str()),
            ("handle", "ada"),
            ("password", "correct horse battery"),
        ])
        .send()
        .await
        .unwrap();
    assert!(r.status().is_redirection(), "{}", r.status());
    let session = cookie(r.headers(), "cf_session");

    // The attacker plants a nonce of their choosing and fills the form field with it.
    let planted = "ab".repeat(32);
    let jar = format!("cf_session={session}; cf_csrf={planted}");
    let form = [
        ("csrf", planted.as_str()),
        ("display_name", "Pwned"),
        ("bio", ""),
    ];
    assert_eq!(
        post_with(&app, "/settings/profile", &jar, &form).await,
        StatusCode::FORBIDDEN
    );
    // Nor does the token an attacker gets for that nonce in their own, signed-out browser.
    let theirs = form_token(
        &get_with(&app, "/signin", &format!("cf_csrf={planted}"))
            .await
            .text()
            .await
            .unwrap(),
    );
    let form = [
        ("csrf", theirs.as_str()),
        ("display_name", "Pwned"),
        ("bio", ""),
    ];
    assert_eq!(
        post_with(&app, "/settings/profile", &jar, &form).await,
        StatusCode::FORBIDDEN
    );
    // The page Ada's own browser shows has the token that works.
    let mine = form_token(
        &get_with(&app, "/settings", &jar)
            .await
            .text()
            .await
            .unwrap(),
    );
    let form = [
        ("csrf", mine.as_str()),
        ("display_name", "Ada L."),
        ("bio", ""),
    ];
    assert_eq!(
        post_with(&app, "/settings/profile", &jar, &form).await,
        StatusCode::SEE_OTHER
    );
    let me: serde_json::Value = app
        .program()
        .get(app.url("/api/v1/people/ada"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["display_name"], "Ada L.");
}

/// Sends raw bytes and reads what comes back within `wait`.
pub(crate) async fn raw(app: &TestApp, request: &str, wait: Duration) -> String {
    use std::io::{Read, Write};
    let (addr, request) = (app.addr, request.to_string());
    tokio::task::spawn_blocking(move || {
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(wait)).unwrap();
        s.write_all(request.as_bytes()).unwrap();
        let mut out = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = s.read(&mut buf) {
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
            // One answer is enough: its head and a body of the declared length.
            let text = String::from_utf8_lossy(&out);
            if let Some((head, body)) = text.split_once("\r\n\r\n") {
                let len = head
                    .lines()
                    .find_map(|l| {
                        l.to_ascii_lowercase()
                            .strip_prefix("content-length: ")
                            .map(str::to_string)
                    })
                    .and_then(|v| v.trim().parse::<usize>().ok());
                if len.is_some_and(|len| body.len() >= len) {
                    break;
                }
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn a_body_declared_too_large_is_refused_at_once() {
    let app = TestApp::spawn().await;
    let started = std::time::Instant::now();
    let answer = raw(
        &app,
        "POST /api/v1/orgs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
         Content-Length: 10737418240\r\n\r\n{}",
        Duration::from_secs(10),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    assert!(answer.contains("\"code\":\"body_too_large\""), "{answer}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "answered without waiting for the body"
    );
    let answer = raw(
        &app,
        "POST /signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: 10737418240\r\n\r\nab",
        Duration::from_secs(10),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("text/html"), "{answer}");
}

#[tokio::test]
async fn a_request_too_slow_gets_a_timeout_that_says_so() {
    let app = TestApp::spawn_with(|c| c.request_timeout_secs = 1).await;
    let answer = raw(
        &app,
        "POST /api/v1/people HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
         Content-Length: 10\r\n\r\n{\"",
        Duration::from_secs(8),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"code\":\"request_timeout\""), "{answer}");
}

/// An address over 8 KiB gets 414 and headers over 32 KiB get 431, each with a body that
/// says what to do (problem+json on the API, the error page elsewhere) and the security
/// headers; just under the limits, the request goes through.
#[tokio::test]
async fn an_oversized_address_or_head_is_refused_with_a_body() {
    use commonfare::web::guard::{MAX_HEADER_BYTES, MAX_URI_BYTES};
    let app = TestApp::spawn().await;
    let c = app.program();
    let long = format!("/api/v1/people?q={}", "a".repeat(MAX_URI_BYTES));
    let r = c.get(app.url(&long)).send().await.unwrap();
    assert_eq!(r.headers()["x-frame-options"], "DENY");
    let v = expect_problem(r, 414, "uri_too_long").await;
    assert!(v["detail"].as_str().unwrap().contains("in a body"), "{v}");
    let page = format!("/people?q={}", "a".repeat(MAX_URI_BYTES));
    let r = c.get(app.url(&page)).send().await.unwrap();
    crate::support::expect_page_error(r, 414, "at most").await;
    let fits = format!("/api/v1/people?q={}", "a".repeat(MAX_URI_BYTES - 100));
    assert_eq!(c.get(app.url(&fits)).send().await.unwrap().status(), 200);

    let big = "b".repeat(MAX_HEADER_BYTES / 2);
    let r = c
        .get(app.url("/api/v1/people"))
        .header("x-one", &big)
        .header("x-two", &big)
        .send()
        .await
        .unwrap();
    expect_problem(r, 431, "headers_too_large").await;
    let r = c
        .get(app.url("/api/v1/people"))
        .header("x-one", &big)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}
