//! The API of the supporting phase's rules (see `supporting`).

use super::service;
use super::supporting::{self, BudgetSupportRulesView};
use crate::db::now_ms;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiJson, Path};
use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::ToSchema;

/// Supporting rules as asked.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetSupportRulesInput {
    /// The most projects one person supports in each heading (1 to 1 000); null or
    /// absent: no limit.
    #[serde(default)]
    pub max_per_person: Option<i64>,
    /// Which projects go on to the ballot when supporting ends: `all`, `threshold` (those
    /// whose supports reach `count`) or `top` (the `count` most supported of each heading,
    /// and those tied with the last of them).
    pub advance: String,
    /// The threshold or N (1 to 100 000); absent with `all`.
    #[serde(default)]
    pub count: Option<i64>,
}

/// A process's supporting rules (no limit and every project going on, when none were set).
#[utoipa::path(get, path = "/api/v1/budgets/{id}/support-rules", tag = "budgets",
    params(("id" = String, Path)),
    responses((status = 200, description = "the rules", body = BudgetSupportRulesView),
        (status = 404, description = "no such process", body = Problem)))]
pub async fn get_support_rules(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<BudgetSupportRulesView>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let loc = service::require_process(c, &id)?;
            supporting::rules(c, &loc)
        })
        .await?;
    Ok(Json(v))
}

/// Sets the supporting rules: how many projects one person supports per heading, and
/// which go on to the ballot when supporting ends (an admin of the owning organization,
/// until supporting ends).
#[utoipa::path(put, path = "/api/v1/budgets/{id}/support-rules", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BudgetSupportRulesInput,
    responses((status = 200, description = "the rules", body = BudgetSupportRulesView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process", body = Problem),
        (status = 409, description = "supporting has ended (`budget_phase`)", body = Problem),
        (status = 422, description = "a limit, advance or count that does not do (`invalid_support_rules`)", body = Problem)))]
pub async fn set_support_rules(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BudgetSupportRulesInput>,
) -> Result<Json<BudgetSupportRulesView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            supporting::set(c, &p, &id, i.max_per_person, &i.advance, i.count, now_ms())
        })
        .await?;
    Ok(Json(v))
}
