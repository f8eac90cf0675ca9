//! Our own stylesheet and the little scripts (the live journal, a knapsack ballot's
//! running total), compiled into the binary.

use axum::http::header;
use axum::response::IntoResponse;

const STYLE: &str = include_str!("../../assets/style.css");
const LIVE_JS: &str = include_str!("../../assets/live.js");
const BALLOT_JS: &str = include_str!("../../assets/ballot.js");

pub async fn style() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLE,
    )
}

/// A script of ours, cached for an hour like the stylesheet.
fn script(body: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
}

pub async fn live_js() -> impl IntoResponse {
    script(LIVE_JS)
}

pub async fn ballot_js() -> impl IntoResponse {
    script(BALLOT_JS)
}
