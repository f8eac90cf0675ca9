//! The API of the organisers' overrides of a budget's outcome (see `overrides`).

use super::overrides::{self, BudgetOverrideView, BudgetOverridesView};
use crate::db::now_ms;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiJson, Path};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::ToSchema;

/// An override as asked.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetOverrideInput {
    /// The project's id (as `GET /api/v1/budgets/{id}` lists it).
    pub project: String,
    /// `true` funds a project the rule left out; `false` takes out one it funded.
    pub funded: bool,
    /// Why, for everyone to read (up to 1 000 characters).
    pub reason: String,
}

/// The organisers' overrides of a process's outcome, oldest first, with the outcome the
/// rule counted and what is funded once the overrides apply (results out).
#[utoipa::path(get, path = "/api/v1/budgets/{id}/overrides", tag = "budgets",
    params(("id" = String, Path)),
    responses((status = 200, description = "the overrides, the counted outcome and the funded one", body = BudgetOverridesView),
        (status = 404, description = "no such process", body = Problem),
        (status = 409, description = "the results are not out", body = Problem)))]
pub async fn list_overrides(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<BudgetOverridesView>, ApiError> {
    Ok(Json(overrides::overrides_view(&state, id).await?))
}

/// Overrides the count for one project, with a public reason (an admin of the owning
/// organization, once the results are out). The results by the rule do not change; what
/// is funded in the end (implementation tracking, a treasury's budget lines) does.
#[utoipa::path(post, path = "/api/v1/budgets/{id}/overrides", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BudgetOverrideInput,
    responses((status = 201, description = "the override", body = BudgetOverrideView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process or project", body = Problem),
        (status = 409, description = "the results are not out, or the project is already so (`override_changes_nothing`)", body = Problem),
        (status = 422, description = "a reason missing, too long or with control characters", body = Problem)))]
pub async fn override_outcome(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BudgetOverrideInput>,
) -> Result<Response, ApiError> {
    let v = state
        .db
        .write(move |c| overrides::record(c, &p, &id, &i.project, i.funded, &i.reason, now_ms()))
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}
