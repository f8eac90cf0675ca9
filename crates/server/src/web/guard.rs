//! What every response passes through: security headers on all of them; an address over
//! 8 KiB (414), headers over 32 KiB (431) and a body declared larger than any route accepts
//! (413) refused before anything is read; and the bare answers of the layers below (a
//! timeout's empty 408) given a body that says what happened, as problem+json on the API
//! and as the error page elsewhere. (Beyond about 400 KiB of head, or 100 headers, the
//! HTTP layer itself answers 431 before this guard runs, without a body.)
//!
//! The guard runs outside the language layer, so its answers find their language
//! themselves, from the request's headers: the `cf_lang` cookie, then `Accept-Language`,
//! then the instance's default.

use crate::config::Config;
use crate::error::{ApiError, AppError, PageError, detail};
use crate::i18n::Lang;
use axum::body::HttpBody;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Pages load scripts, styles and images from this site only (images in Markdown may come
/// from any https address); nothing may frame them.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
                   img-src 'self' data: https:; connect-src 'self'; form-action 'self'; \
                   frame-ancestors 'none'; base-uri 'none'";

/// What the guard needs of the configuration, copied once: the state is not cloned for
/// every request.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The largest body any route takes: uploads may exceed the default limit.
    most: u64,
    timeout_secs: u64,
    /// The language of an answer whose request asks for none the pages are written in.
    default_lang: Lang,
}

impl Limits {
    pub fn of(config: &Config) -> Limits {
        Limits {
            most: config.change_body_bytes() as u64,
            timeout_secs: config.request_timeout_secs,
            default_lang: config.default_lang(),
        }
    }
}

/// The longest address taken, in bytes.
pub const MAX_URI_BYTES: usize = 8 * 1024;
/// The most header bytes taken (names, values and their separators).
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

/// A refusal of the request before it is read: too long an address, too many header
/// bytes, or a body declared larger than any route takes.
fn refusal(req: &Request, limits: Limits) -> Option<AppError> {
    let uri = req.uri();
    let length = uri.path().len() + uri.query().map_or(0, |q| q.len() + 1);
    if length > MAX_URI_BYTES {
        return Some(AppError::new(
            StatusCode::URI_TOO_LONG,
            "uri_too_long",
            detail!("problem-uri-too-long", bytes = length, most = MAX_URI_BYTES),
        ));
    }
    let headers: usize = req
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if headers > MAX_HEADER_BYTES {
        return Some(AppError::new(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "headers_too_large",
            detail!(
                "problem-headers-too-large",
                bytes = headers,
                most = MAX_HEADER_BYTES
            ),
        ));
    }
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match declared {
        Some(n) if n > limits.most => Some(AppError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
            detail!(
                "problem-body-declared-too-large",
                bytes = n,
                most = limits.most
            ),
        )),
        _ => None,
    }
}

pub async fn middleware(limits: Limits, req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    if let Some(e) = refusal(&req, limits) {
        let mut r = answer(api, e, req.headers(), limits, req.uri()).await;
        // Nothing of the body was read: the connection cannot carry another request.
        r.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return secured(r);
    }
    // What a late answer needs of the request, which the layers below take.
    let mut asked = HeaderMap::new();
    for name in [header::COOKIE, header::ACCEPT_LANGUAGE] {
        for value in req.headers().get_all(&name) {
            asked.append(name.clone(), value.clone());
        }
    }
    let uri = req.uri().clone();
    let r = next.run(req).await;
    if r.status() == StatusCode::REQUEST_TIMEOUT && r.body().size_hint().exact() == Some(0) {
        let e = AppError::new(
            StatusCode::REQUEST_TIMEOUT,
            "request_timeout",
            detail!("problem-request-timeout", seconds = limits.timeout_secs),
        );
        return secured(answer(api, e, &asked, limits, &uri).await);
    }
    secured(r)
}

/// The security headers, on every response.
fn secured(mut resp: Response) -> Response {
    let h = resp.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
    ] {
        h.entry(name).or_insert(HeaderValue::from_static(value));
    }
    resp
}

/// The answer to a refused request, in the language its headers ask for.
async fn answer(
    api: bool,
    e: AppError,
    headers: &HeaderMap,
    limits: Limits,
    uri: &Uri,
) -> Response {
    crate::web::language::answer_in_language_of(headers, limits.default_lang, uri, move || {
        if api {
            ApiError(e).into_response()
        } else {
            PageError(e).into_response()
        }
    })
    .await
}
