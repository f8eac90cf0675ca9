//! Error pages in the layout of the person who met them: a page that fails answers with
//! `PageError`, whose plain page (no session known there) this layer replaces by the same
//! card inside the site's layout, signed in as the visitor is, with the navigation and the
//! sign-out form — so an error never looks like being signed out. The API's problems pass
//! untouched.

use super::actor::SESSION_COOKIE;
use super::{Chrome, cookie, csrf, hash_token, random_token, render};
use crate::error::{ErrorCard, ShownError};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

#[derive(Template)]
#[template(path = "error_page.html")]
struct ErrorInLayout<'a> {
    chrome: Chrome,
    status: u16,
    title: String,
    back: String,
    home: String,
    label: String,
    message: &'a str,
    code: &'a str,
}

pub async fn middleware(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let session = cookie(req.headers(), SESSION_COOKIE).map(str::to_owned);
    let nonce = cookie(req.headers(), csrf::COOKIE).map(str::to_owned);
    let resp = next.run(req).await;
    let Some(shown) = resp.extensions().get::<ShownError>().cloned() else {
        return resp;
    };
    let viewer = match &session {
        Some(token) => {
            let (auth, hash) = (state.auth.clone(), hash_token(token));
            state
                .db
                .read(move |c| auth.by_session(c, &hash, crate::db::now_ms()))
                .await
                .ok()
                .flatten()
        }
        None => None,
    };
    let form_token = csrf::bound(
        &nonce.unwrap_or_else(random_token),
        session.as_deref().unwrap_or(""),
    );
    let chrome = Chrome::new(
        &state.config.instance_name,
        viewer.map(|a| a.handle),
        form_token,
    );
    let card = ErrorCard::of(chrome.lang, shown.status);
    let page = ErrorInLayout {
        chrome,
        status: shown.status,
        title: card.title,
        back: card.back,
        home: card.home,
        label: card.label,
        message: &shown.message,
        code: shown.code,
    };
    let (mut parts, plain) = resp.into_parts();
    let (fresh, body) = render(&page).into_parts();
    if !fresh.status.is_success() {
        // The layout failed to render: keep the plain page rather than lose the error.
        return Response::from_parts(parts, plain);
    }
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    Response::from_parts(parts, body)
}
