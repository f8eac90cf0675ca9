//! JSON API of what is owed to the commons: a party accepts the fee its determination
//! named, stewards of the commons' treasury record dues paid, a phyle's admins set its
//! pledges and declare its surpluses, maintainers lift a breach; anyone reads a commons'
//! dues and a phyle's standing.

use super::dues::{self, PaymentInput, PledgesInput, SurplusInput};
use super::dues_views::{self, DueView, StandingView};
use super::service;
use super::views::{self, DeterminationView};
use crate::commons::CommonsRow;
use crate::db::now_ms;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiJson, Found, Path};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;

/// Accepts the fee a determination named, for its party.
///
/// The fee becomes owed to the commons for the determination's period and is booked in
/// the commons' treasury as a receivable (income from the party's account). Journaled.
#[utoipa::path(post, path = "/api/v1/determinations/{id}/accept", tag = "coalition",
    security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 201, description = "the fee, owed", body = DueView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "neither the person who asked nor a member of the organization it was asked for", body = Problem),
        (status = 404, description = "no such determination", body = Problem),
        (status = 409, description = "it named no fee, it expired, the party's rights ended, its fee was accepted already or a fee of the party covers part of its period, or the commons has no treasury", body = Problem),
        (status = 410, description = "the commons was deleted", body = Problem)))]
pub async fn accept_fee(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<DueView>), ApiError> {
    let v = state
        .db
        .write(move |c| {
            let (commons, due) = dues::accept_fee(c, &p, &id, now_ms())?;
            dues_views::due(c, &commons, due, None)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)))
}

/// What is owed to the commons: licence fees accepted and phyles' pledges, owed or paid.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/dues", tag = "coalition",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the commons' dues, by number", body = [DueView]),
        (status = 404, description = "no such commons", body = Problem)))]
pub async fn list_dues(
    State(state): State<AppState>,
    Found(c): Found<CommonsRow>,
) -> Result<Json<Vec<DueView>>, ApiError> {
    Ok(Json(
        state
            .db
            .read(move |conn| dues_views::dues_of(conn, &c))
            .await?,
    ))
}

/// One due of a commons.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/dues/{number}", tag = "coalition",
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the due", body = DueView),
        (status = 404, description = "no such commons or due", body = Problem)))]
pub async fn get_due(
    State(state): State<AppState>,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<DueView>, ApiError> {
    Ok(Json(
        state
            .db
            .read(move |conn| {
                let c = crate::commons::require_commons(conn, &handle)?;
                dues_views::due_of(conn, &c, number)
            })
            .await?,
    ))
}

/// Records that a due was paid, by a steward of the commons' treasury.
///
/// The receivable is settled into one of the treasury's assets (`bank` unless named) and
/// a distribution of the amount to the commons' contributors is previewed (by `hours`
/// unless named); the stewards post it on its page. A due is paid once. Journaled.
#[utoipa::path(post, path = "/api/v1/commons/{handle}/dues/{number}/payment", tag = "coalition",
    security(("bearer" = [])), params(("handle" = String, Path), ("number" = i64, Path)),
    request_body = PaymentInput,
    responses((status = 200, description = "the due, paid", body = DueView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the commons' treasury", body = Problem),
        (status = 404, description = "no such commons, due or account", body = Problem),
        (status = 409, description = "paid already", body = Problem),
        (status = 422, description = "an account of another kind or unit, a malformed day or reference, an unknown distribution policy", body = Problem)))]
pub async fn pay_due(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(body): ApiJson<PaymentInput>,
) -> Result<Json<DueView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let (commons, due, paid) =
                dues::record_payment(c, &p, &handle, number, &body, now_ms())?;
            dues_views::due(c, &commons, due, Some(paid))
        })
        .await?;
    Ok(Json(v))
}

/// A phyle's standing: its pledges, and for each declared surplus what it pledged
/// against what it paid.
#[utoipa::path(get, path = "/api/v1/orgs/{handle}/standing", tag = "coalition",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the standing", body = StandingView),
        (status = 404, description = "no such organization", body = Problem)))]
pub async fn phyle_standing(
    State(state): State<AppState>,
    Path(handle): Path<String>,
) -> Result<Json<StandingView>, ApiError> {
    Ok(Json(
        state
            .db
            .read(move |conn| dues_views::standing(conn, &handle))
            .await?,
    ))
}

/// Sets a phyle's pledges (replacing the ones it had), by one of its admins.
///
/// Each commons once, each with a treasury; the shares add up to at most 100 %.
/// Journaled.
#[utoipa::path(put, path = "/api/v1/orgs/{handle}/pledges", tag = "coalition",
    security(("bearer" = [])), params(("handle" = String, Path)), request_body = PledgesInput,
    responses((status = 200, description = "the standing, with the new pledges", body = StandingView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the phyle", body = Problem),
        (status = 404, description = "no such organization or commons", body = Problem),
        (status = 409, description = "a commons without a treasury", body = Problem),
        (status = 422, description = "not a phyle; a share that is no percentage above 0 and at most 100; a commons named twice; shares above the whole", body = Problem)))]
pub async fn set_phyle_pledges(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(body): ApiJson<PledgesInput>,
) -> Result<Json<StandingView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            dues::set_pledges(c, &p, &handle, &body, now_ms())?;
            dues_views::standing(c, &handle)
        })
        .await?;
    Ok(Json(v))
}

/// Declares a phyle's surplus for a period, by one of its admins.
///
/// Each pledged share of it becomes owed to its commons and is booked in the commons'
/// treasury. Periods of one phyle do not overlap. Journaled.
#[utoipa::path(post, path = "/api/v1/orgs/{handle}/surpluses", tag = "coalition",
    security(("bearer" = [])), params(("handle" = String, Path)), request_body = SurplusInput,
    responses((status = 201, description = "the standing, with the new period", body = StandingView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the phyle", body = Problem),
        (status = 404, description = "no such organization", body = Problem),
        (status = 409, description = "a period that overlaps one declared, or a pledged commons without a treasury", body = Problem),
        (status = 422, description = "not a phyle; a malformed day or amount, a negative amount, a period that ends before it starts", body = Problem)))]
pub async fn declare_phyle_surplus(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(body): ApiJson<SurplusInput>,
) -> Result<(StatusCode, Json<StandingView>), ApiError> {
    let v = state
        .db
        .write(move |c| {
            dues::declare_surplus(c, &p, &handle, &body, now_ms())?;
            dues_views::standing(c, &handle)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)))
}

/// Why a breach is lifted.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LiftBody {
    pub reason: String,
}

/// Lifts the breach standing against a determination's party, by a maintainer of its
/// commons: the party is answered as before. Journaled.
#[utoipa::path(post, path = "/api/v1/determinations/{id}/lift", tag = "coalition",
    security(("bearer" = [])), params(("id" = String, Path)), request_body = LiftBody,
    responses((status = 200, description = "the determination", body = DeterminationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a maintainer of its commons", body = Problem),
        (status = 404, description = "no such determination", body = Problem),
        (status = 409, description = "no breach stands against its party", body = Problem),
        (status = 410, description = "the commons was deleted", body = Problem),
        (status = 422, description = "a reason empty, too long or with control characters", body = Problem)))]
pub async fn lift_breach(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<LiftBody>,
) -> Result<Json<DeterminationView>, ApiError> {
    let lang = crate::i18n::current().lang;
    let v = state
        .db
        .write(move |c| {
            let now = now_ms();
            let row = service::lift(c, &p, &id, &body.reason, now)?;
            views::determination(c, lang, row, now)
        })
        .await?;
    Ok(Json(v))
}
