//! The API of incompatibility groups (see `groups`).

use super::groups::{self, BudgetGroupView, NewGroup};
use super::service;
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

/// A group as asked.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetGroupInput {
    /// The heading's id; every project must be under it.
    pub heading: String,
    /// A short name, such as "Playground on Plaza Mayor" (up to 120 characters).
    pub name: String,
    /// Two or more project ids (as `GET /api/v1/budgets/{id}` lists them), on the ballot
    /// and in no other group.
    pub projects: Vec<String>,
    /// Why at most one of them may be funded, for everyone to read (up to 1 000 characters).
    pub reason: String,
}

/// A process's incompatibility groups, oldest first: of each, at most one project is
/// funded by any rule.
#[utoipa::path(get, path = "/api/v1/budgets/{id}/groups", tag = "budgets",
    params(("id" = String, Path)),
    responses((status = 200, description = "the groups", body = Vec<BudgetGroupView>),
        (status = 404, description = "no such process", body = Problem)))]
pub async fn list_budget_groups(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Vec<BudgetGroupView>>, ApiError> {
    let groups = state
        .db
        .read(move |c| {
            let loc = service::require_process(c, &id)?;
            groups::list(c, &loc)
        })
        .await?;
    Ok(Json(groups))
}

/// Makes projects of one heading incompatible: every rule funds at most one of them (an
/// admin of the owning organization, before balloting opens).
#[utoipa::path(post, path = "/api/v1/budgets/{id}/groups", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BudgetGroupInput,
    responses((status = 201, description = "the group", body = BudgetGroupView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process or heading", body = Problem),
        (status = 409, description = "balloting has opened (`rules_locked`), a project is off the ballot (`not_on_ballot`) or in another group (`project_in_group`)", body = Problem),
        (status = 422, description = "fewer than two projects or one of another heading (`invalid_group`), an unknown project (`unknown_project`), a name or reason missing or too long", body = Problem)))]
pub async fn make_budget_group(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BudgetGroupInput>,
) -> Result<Response, ApiError> {
    let asked = NewGroup {
        heading: i.heading,
        name: i.name,
        projects: i.projects,
        reason: i.reason,
    };
    let v = state
        .db
        .write(move |c| groups::make(c, &p, &id, &asked, now_ms()))
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// Removes an incompatibility group (an admin of the owning organization, before
/// balloting opens).
#[utoipa::path(delete, path = "/api/v1/budgets/{id}/groups/{group}", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path), ("group" = String, Path)),
    responses((status = 204, description = "removed"),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process or group", body = Problem),
        (status = 409, description = "balloting has opened (`rules_locked`)", body = Problem)))]
pub async fn remove_budget_group(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, group)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .write(move |c| groups::remove(c, &p, &id, &group, now_ms()))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
