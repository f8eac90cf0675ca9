//! Who is asking. Pages authenticate with the session cookie; the JSON API only with
//! `Authorization: Bearer` tokens, so that API calls never ride on a browser's cookies
//! (which is why the API needs no CSRF token). The extractors yield a narrow `Actor`;
//! who a cookie or token belongs to is accounts' business, reached through the
//! `Authenticator` it installs in the state.

use crate::error::{ApiError, AppError, PageError, detail};
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::{HeaderMap, header, request::Parts};

pub const SESSION_COOKIE: &str = "cf_session";

pub use crate::actor::{Actor, Authenticator};

/// The signed-in person of a page request, if any. An unknown or expired session counts
/// as signed out.
pub struct MaybeViewer(pub Option<Actor>);

/// A page request that needs a signed-in person: otherwise 401 with a page saying to sign in.
pub struct Viewer(pub Actor);

/// An API request authenticated by a bearer token: otherwise 401 problem+json.
pub struct ApiViewer(pub Actor);

async fn session_actor(parts: &Parts, state: &AppState) -> Result<Option<Actor>, AppError> {
    let Some(token) = super::cookie(&parts.headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let hash = super::hash_token(token);
    let auth = state.auth.clone();
    state
        .db
        .read(move |c| auth.by_session(c, &hash, crate::db::now_ms()))
        .await
}

impl FromRequestParts<AppState> for MaybeViewer {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        Ok(MaybeViewer(session_actor(parts, state).await?))
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        match session_actor(parts, state).await? {
            Some(p) => Ok(Viewer(p)),
            None => Err(AppError::unauthorized(detail!("problem-not-signed-in")).into()),
        }
    }
}

impl FromRequestParts<AppState> for ApiViewer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        Ok(ApiViewer(bearer(&parts.headers, state).await?))
    }
}

/// The owner of the bearer token in `headers`, or 401 saying what to send.
pub async fn bearer(headers: &HeaderMap, state: &AppState) -> Result<Actor, AppError> {
    let header = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| AppError::unauthorized(detail!("problem-token-missing")))?;
    let token = header
        .strip_prefix("Bearer ")
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| AppError::unauthorized(detail!("problem-token-malformed")))?;
    let hash = super::hash_token(token);
    let auth = state.auth.clone();
    let person = state.db.read(move |c| auth.by_token(c, &hash)).await?;
    person.ok_or_else(|| AppError::unauthorized(detail!("problem-token-unknown")))
}
