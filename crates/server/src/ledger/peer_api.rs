//! The API of peer allocation rounds: open one (a steward), read it (anyone; gifts once
//! closed), set one's gifts and read them back (a member), close it early (a steward).

use super::peer;
use super::service;
use super::views::{self, PeerRoundView};
use crate::db::now_ms;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiJson, Path};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PeerRoundInput {
    /// Points each member has to give (1 to 10 000).
    pub allowance: i64,
    /// How many days it takes gifts (1 to 90).
    pub days: i64,
}

/// A member's gifts: points by handle (a handle at 0 points is left out).
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PeerGiftsInput {
    pub gifts: BTreeMap<String, i64>,
}

/// The rounds of a commons treasury, the latest first.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/peer-rounds", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the rounds", body = [PeerRoundView]),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn list_peer_rounds(
    State(state): State<AppState>,
    Path(handle): Path<String>,
) -> Result<Json<Vec<PeerRoundView>>, ApiError> {
    let rounds = state
        .db
        .read(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let now = now_ms();
            super::store::peer_rounds(c, &t.id)?
                .iter()
                .map(|r| views::peer_round(c, &t, r, now))
                .collect()
        })
        .await?;
    Ok(Json(rounds))
}

/// Opens a round of peer allocation in a commons treasury (a steward): its members are
/// the commons' contributors now; one round is open at a time.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/peer-rounds", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = PeerRoundInput,
    responses((status = 201, description = "the round", body = PeerRoundView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury", body = Problem),
        (status = 409, description = "a round is open", body = Problem),
        (status = 422, description = "an allowance or length out of range, fewer than two contributors, or not a commons' treasury", body = Problem)))]
pub async fn open_peer_round(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<PeerRoundInput>,
) -> Result<(StatusCode, Json<PeerRoundView>), ApiError> {
    let view = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let r = peer::open(c, &p, &t, i.allowance, i.days)?;
            views::peer_round(c, &t, &r, now_ms())
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// A round: its members with the points each gave, and once it is closed what each
/// received and every gift.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/peer-rounds/{number}", tag = "ledger",
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the round", body = PeerRoundView),
        (status = 404, description = "no such treasury or round", body = Problem)))]
pub async fn get_peer_round(
    State(state): State<AppState>,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<PeerRoundView>, ApiError> {
    let view = state
        .db
        .read(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let r = peer::require_round(c, &t, number)?;
            views::peer_round(c, &t, &r, now_ms())
        })
        .await?;
    Ok(Json(view))
}

/// The caller's own gifts in a round.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/peer-rounds/{number}/gifts", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the caller's gifts", body = PeerGiftsInput),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such treasury or round", body = Problem)))]
pub async fn my_peer_gifts(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<PeerGiftsInput>, ApiError> {
    let gifts = state
        .db
        .read(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let r = peer::require_round(c, &t, number)?;
            views::peer_gifts_of(c, &r, p.id.as_str())
        })
        .await?;
    Ok(Json(PeerGiftsInput { gifts }))
}

/// Sets the caller's gifts in an open round (a member), replacing earlier ones as a whole.
#[utoipa::path(put, path = "/api/v1/treasuries/{handle}/peer-rounds/{number}/gifts", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = PeerGiftsInput,
    responses((status = 200, description = "the caller's gifts as kept", body = PeerGiftsInput),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a member of the round", body = Problem),
        (status = 404, description = "no such treasury or round", body = Problem),
        (status = 409, description = "the round is closed", body = Problem),
        (status = 422, description = "gifts to oneself or a non-member, below 1 point, or over the allowance (named)", body = Problem)))]
pub async fn set_peer_gifts(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<PeerGiftsInput>,
) -> Result<Json<PeerGiftsInput>, ApiError> {
    let gifts = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let r = peer::give(c, &p, &t, number, &i.gifts)?;
            views::peer_gifts_of(c, &r, p.id.as_str())
        })
        .await?;
    Ok(Json(PeerGiftsInput { gifts }))
}

/// Closes an open round before its end (a steward): its gifts become public, and a
/// distribution by `peer` may pay by it.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/peer-rounds/{number}/close", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the round, closed", body = PeerRoundView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or round", body = Problem),
        (status = 409, description = "already closed", body = Problem)))]
pub async fn close_peer_round(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<PeerRoundView>, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let r = peer::close(c, &p, &t, number)?;
            views::peer_round(c, &t, &r, now_ms())
        })
        .await?;
    Ok(Json(view))
}
