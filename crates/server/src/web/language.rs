//! The language of each page: chosen per request from the visitor's choice (a cookie set
//! by the switch on every page), their browser's `Accept-Language` and the instance's
//! default, and held while the page is made (`i18n::current`). The switch is a plain form,
//! so it works without JavaScript.

use crate::i18n::{self, Lang, PageRequest};
use crate::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// The cookie that keeps the visitor's choice.
pub const COOKIE: &str = "cf_lang";

/// The cookie that keeps the viewer's time zone (set from their settings).
pub const ZONE_COOKIE: &str = "cf_tz";

/// The language of a request with these headers: the visitor's choice, then their
/// browser's, then `default`.
pub fn of_headers(headers: &HeaderMap, default: Lang) -> Lang {
    let chosen = super::cookie(headers, COOKIE);
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    i18n::negotiate(chosen, accept, default)
}

/// Makes `answer` in the language of a request with `headers` to `uri`, and says which:
/// for the answers made outside the language layer (the guard's refusals, a timeout, an
/// address that does not take the method). They show no time; their zone is the viewer's
/// when their cookie says it, else UTC.
pub async fn answer_in_language_of(
    headers: &HeaderMap,
    default: Lang,
    uri: &axum::http::Uri,
    answer: impl FnOnce() -> Response,
) -> Response {
    let lang = of_headers(headers, default);
    let zone = super::cookie(headers, ZONE_COOKIE)
        .and_then(i18n::formats::Zone::parse)
        .unwrap_or_else(i18n::formats::Zone::utc);
    let path = uri.path_and_query().map_or("/", |p| p.as_str()).to_string();
    let page = PageRequest { lang, zone, path };
    let mut resp = i18n::scope(page, async move { answer() }).await;
    declare(&mut resp, lang);
    resp
}

fn declare(resp: &mut Response, lang: Lang) {
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.code()),
    );
    h.append(
        header::VARY,
        HeaderValue::from_static("accept-language, cookie"),
    );
}

/// Makes the request's page, or the API's problem details, in its language. An API answer
/// says which language it speaks only when it holds words (problem+json).
pub async fn middleware(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let lang = of_headers(req.headers(), state.config.default_lang());
    let api = req.uri().path().starts_with("/api/");
    let path = req
        .uri()
        .path_and_query()
        .map_or("/", |p| p.as_str())
        .to_string();
    let zone = super::cookie(req.headers(), ZONE_COOKIE)
        .and_then(i18n::formats::Zone::parse)
        .unwrap_or_else(|| state.config.zone());
    let mut resp = i18n::scope(PageRequest { lang, zone, path }, next.run(req)).await;
    let problem = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes() == b"application/problem+json");
    if !api || problem {
        declare(&mut resp, lang);
    }
    resp
}

/// The cookies that carry a person's saved language and zone to their pages, a year
/// long. With `clear`, an unset preference clears its cookie (the browser's language, the
/// instance's zone again); without, it leaves the cookie as it is (on sign-in, where the
/// switch's choice in this browser stays).
pub fn preference_cookies(
    language: Option<&str>,
    zone: Option<&str>,
    clear: bool,
    secure: bool,
) -> Vec<HeaderValue> {
    const YEAR: i64 = 60 * 60 * 24 * 365;
    [(COOKIE, language), (ZONE_COOKIE, zone)]
        .into_iter()
        .filter_map(|(name, value)| match value {
            Some(v) => Some(super::set_cookie(name, v, YEAR, "Lax", secure)),
            None if clear => Some(super::set_cookie(name, "", 0, "Lax", secure)),
            None => None,
        })
        .filter_map(|c| HeaderValue::from_str(&c).ok())
        .collect()
}

/// The switch's address.
pub fn routes() -> Router<AppState> {
    Router::new().route("/language", get(switch))
}

#[derive(serde::Deserialize)]
struct Switch {
    lang: String,
    #[serde(default)]
    back: String,
}

/// Keeps the chosen language for a year and goes back to the page it was chosen on (an
/// address of this site only).
async fn switch(
    State(state): State<AppState>,
    super::extract::Query(q): super::extract::Query<Switch>,
) -> Response {
    let Some(lang) = Lang::parse(&q.lang) else {
        return crate::error::PageError(crate::error::AppError::bad_request(
            "invalid_query",
            crate::error::detail!(
                "problem-unknown-language",
                lang = crate::error::shown(&q.lang, 20)
            ),
        ))
        .into_response();
    };
    let back = if q.back.starts_with('/') && !q.back.starts_with("//") && !q.back.contains('\\') {
        q.back.as_str()
    } else {
        "/"
    };
    let cookie = super::set_cookie(
        COOKIE,
        lang.code(),
        60 * 60 * 24 * 365,
        "Lax",
        state.config.secure_cookies,
    );
    let mut r = (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, back.to_string())],
    )
        .into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}
