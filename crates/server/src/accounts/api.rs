//! JSON API for people, the signed-in person and API tokens.

use super::model::{Me, PeopleFilter, PublicPerson};
use super::service::{self, SignUp};
use super::store::{self, TokenInfo};
use crate::error::{ApiError, AppError, Problem, detail};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::ApiJson;
use crate::web::extract::{Found, Path, Query};
use crate::web::paging::{Page, Paging, PagingParams};
use axum::Json;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use utoipa::ToSchema;

/// People, by handle, a page at a time.
#[utoipa::path(get, path = "/api/v1/people", tag = "people", params(PeopleFilter, PagingParams),
    responses((status = 200, description = "one page of people, by handle", body = Page<PublicPerson>),
        (status = 400, description = "a malformed cursor or limit", body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    Query(filter): Query<PeopleFilter>,
    paging: Paging,
) -> Result<Page<PublicPerson>, ApiError> {
    let page = state
        .db
        .read(move |c| store::people_page(c, filter.q.as_deref(), &paging))
        .await?;
    Ok(page.map(|p| PublicPerson::from(&p)))
}

/// Sign up. Anyone may; the new person is journaled (without email or password).
#[utoipa::path(post, path = "/api/v1/people", tag = "people", request_body = SignUp,
    responses((status = 201, body = PublicPerson), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn sign_up(
    State(state): State<AppState>,
    ApiJson(input): ApiJson<SignUp>,
) -> Result<Response, ApiError> {
    let p = service::sign_up(&state, input, false).await?;
    Ok((StatusCode::CREATED, Json(PublicPerson::from(&p))).into_response())
}

/// A person's public profile.
#[utoipa::path(get, path = "/api/v1/people/{handle}", tag = "people",
    params(("handle" = String, Path, description = "the person's handle")),
    responses((status = 200, body = PublicPerson), (status = 404, body = Problem)))]
pub async fn get_person(Found(p): Found<PublicPerson>) -> Json<PublicPerson> {
    Json(p)
}

/// The person the token belongs to, with their private email.
#[utoipa::path(get, path = "/api/v1/me", tag = "people", security(("bearer" = [])),
    responses((status = 200, body = Me), (status = 401, body = Problem)))]
pub async fn me(
    State(state): State<AppState>,
    ApiViewer(a): ApiViewer,
) -> Result<Json<Me>, ApiError> {
    let p = state.db.read(move |c| super::auth::whole(c, &a)).await?;
    Ok(Json(Me::from(&p)))
}

/// Profile changes; absent fields stay as they are.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfilePatch {
    pub display_name: Option<String>,
    pub bio: Option<String>,
    /// Empty string removes the email.
    pub email: Option<String>,
    /// `en`, `fr`, `it` or `es`; empty string: the browser's language.
    pub language: Option<String>,
    /// A zone of the tz database (`Europe/Rome`); empty string: the instance's zone.
    pub time_zone: Option<String>,
}

/// Changes the signed-in person's display name, bio, email, language or time zone (fields
/// left out stay).
#[utoipa::path(patch, path = "/api/v1/me", tag = "people", security(("bearer" = [])), request_body = ProfilePatch,
    responses((status = 200, body = Me), (status = 401, body = Problem), (status = 422, body = Problem)))]
pub async fn update_me(
    State(state): State<AppState>,
    ApiViewer(a): ApiViewer,
    ApiJson(patch): ApiJson<ProfilePatch>,
) -> Result<Json<Me>, ApiError> {
    use super::model;
    let p = state.db.read(move |c| super::auth::whole(c, &a)).await?;
    let display_name = match &patch.display_name {
        Some(d) => model::one_line("display_name", d, 100)?,
        None => p.display_name.clone(),
    };
    let bio = match &patch.bio {
        Some(b) => model::text("bio", b, 2000)?,
        None => p.bio.clone(),
    };
    let email = match &patch.email {
        Some(e) => model::validate_email(Some(e))?,
        None => p.email.clone(),
    };
    let language = match &patch.language {
        Some(l) => model::language(l)?,
        None => p.language.clone(),
    };
    let time_zone = match &patch.time_zone {
        Some(z) => model::time_zone(z)?,
        None => p.time_zone.clone(),
    };
    let updated = state
        .db
        .write(move |c| {
            let p = store::update_profile(c, &p, &display_name, &bio, email)?;
            store::set_preferences(c, &p, language, time_zone)
        })
        .await?;
    Ok(Json(Me::from(&updated)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    pub current_password: String,
    /// At least 10 characters.
    pub new_password: String,
    /// Also revoke the person's other API tokens (default true); the token making this
    /// call keeps working.
    #[serde(default = "yes")]
    pub revoke_tokens: bool,
}

fn yes() -> bool {
    true
}

/// Changes the password; every browser session of the person ends, and every other API
/// token is revoked unless `revoke_tokens` is false.
#[utoipa::path(post, path = "/api/v1/me/password", tag = "people", security(("bearer" = [])), request_body = PasswordChange,
    responses((status = 204), (status = 401, body = Problem), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn change_password(
    State(state): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ApiViewer(a): ApiViewer,
    ApiJson(input): ApiJson<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    let p = state.db.read(move |c| super::auth::whole(c, &a)).await?;
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| crate::web::hash_token(t.trim()));
    service::change_password(
        &state,
        &p,
        &input.current_password,
        input.new_password,
        service::Kept {
            session: None,
            token,
            revoke_tokens: input.revoke_tokens,
        },
        &addr.ip().to_string(),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Create a token. Authenticate with an existing token, or — for the first one — with
/// `handle` and `password` in the body (rate limited like sign-in).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    /// What the token is for, e.g. "budget script".
    pub name: String,
    pub handle: Option<String>,
    pub password: Option<String>,
}

/// A new token: the secret is shown this once and stored only hashed.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedToken {
    #[serde(flatten)]
    pub info: TokenInfo,
    /// Send as `Authorization: Bearer TOKEN`. Not retrievable later.
    pub token: String,
}

/// Creates an API token, shown once in the answer.
#[utoipa::path(post, path = "/api/v1/tokens", tag = "tokens", request_body = NewToken,
    responses((status = 201, body = CreatedToken), (status = 401, body = Problem), (status = 429, body = Problem)))]
pub async fn create_token(
    State(state): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ApiJson(input): ApiJson<NewToken>,
) -> Result<Response, ApiError> {
    let name = service::token_name(&input.name)?;
    let person = if headers.contains_key(header::AUTHORIZATION) {
        crate::web::actor::bearer(&headers, &state).await?
    } else {
        match (&input.handle, &input.password) {
            (Some(h), Some(pw)) => service::authenticate(&state, h, pw, &addr.ip().to_string())
                .await?
                .actor(),
            _ => {
                return Err(AppError::unauthorized(detail!("problem-token-or-password")).into());
            }
        }
    };
    let token = crate::web::random_token();
    let hash = crate::web::hash_token(&token);
    let info = state
        .db
        .write(move |c| store::create_token(c, person.id.as_str(), &name, &hash))
        .await?;
    Ok((StatusCode::CREATED, Json(CreatedToken { info, token })).into_response())
}

/// The signed-in person's API tokens (their names and dates, never the tokens).
#[utoipa::path(get, path = "/api/v1/tokens", tag = "tokens", security(("bearer" = [])),
    responses((status = 200, body = Vec<TokenInfo>), (status = 401, body = Problem)))]
pub async fn list_tokens(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
) -> Result<Json<Vec<TokenInfo>>, ApiError> {
    Ok(Json(
        state
            .db
            .read(move |c| store::list_tokens(c, p.id.as_str()))
            .await?,
    ))
}

/// Revokes one of the signed-in person's API tokens.
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "tokens", security(("bearer" = [])),
    params(("id" = String, Path, description = "token id")),
    responses((status = 204), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn revoke_token(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .write(move |c| store::revoke_token(c, p.id.as_str(), &id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
