//! The API of valuation by a panel (see `valuation`): name the panel, valuate a project,
//! read the valuations (each as the viewer may: the panel and the owner's admins before
//! valuation ends, everyone after).

use super::api::BudgetAmount;
use super::valuation::{
    self, BudgetPanelView, BudgetValuationView, BudgetValuationsView, NewValuation,
};
use crate::db::now_ms;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::{ApiViewer, bearer};
use crate::web::extract::{ApiJson, Path};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use serde::Deserialize;
use utoipa::ToSchema;

/// The valuation panel as named.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetPanelInput {
    /// The slug of a body of the owning organization; `null` (or left out): the owner's
    /// admins valuate.
    #[serde(default)]
    pub body: Option<String>,
}

/// A project's valuation as recorded.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetValuationInput {
    /// Whether the project can be built as proposed.
    pub feasible: bool,
    /// The price: required when feasible (above zero, at most two decimals, within 64-bit
    /// minor units); optional when not.
    #[serde(default)]
    pub price: Option<BudgetAmount>,
    /// Why: required when the project is not feasible or its price differs from the
    /// estimate (up to 10 000 characters). Published when valuation ends.
    #[serde(default)]
    pub explanation: String,
}

/// Names the body of the owning organization that valuates the projects, or none (the
/// owner's admins valuate), until valuation ends (an admin of the owner).
#[utoipa::path(put, path = "/api/v1/budgets/{id}/panel", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BudgetPanelInput,
    responses((status = 200, description = "the panel", body = BudgetPanelView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process, or no such body of the owner", body = Problem),
        (status = 409, description = "valuation has ended (`budget_phase`)", body = Problem)))]
pub async fn name_valuation_panel(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BudgetPanelInput>,
) -> Result<Json<BudgetPanelView>, ApiError> {
    let v = state
        .db
        .write(move |c| valuation::name_panel(c, &p, &id, i.body.as_deref(), now_ms()))
        .await?;
    Ok(Json(v))
}

/// Records a project's valuation while the process is valuating (a member of the panel,
/// or an admin of the owner when no panel is named); it replaces any earlier one. Kept
/// to the panel and the owner's admins until valuation ends, then published.
#[utoipa::path(put, path = "/api/v1/budgets/{id}/projects/{project}/valuation", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path), ("project" = String, Path)), request_body = BudgetValuationInput,
    responses((status = 200, description = "the valuation", body = BudgetValuationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not on the valuation panel (`not_on_panel`)", body = Problem),
        (status = 404, description = "no such process or project", body = Problem),
        (status = 409, description = "the process is not valuating (`budget_phase`), or the project is off the ballot", body = Problem),
        (status = 422, description = "a price missing, not above zero or too large; an explanation missing (`explanation_required`)", body = Problem)))]
pub async fn valuate_project(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, project)): Path<(String, String)>,
    ApiJson(i): ApiJson<BudgetValuationInput>,
) -> Result<Json<BudgetValuationView>, ApiError> {
    let input = NewValuation {
        feasible: i.feasible,
        price: match i.price {
            Some(BudgetAmount::Text(s)) => s,
            Some(BudgetAmount::Number(n)) => n.to_string(),
            None => String::new(),
        },
        explanation: i.explanation,
    };
    let v = state
        .db
        .write(move |c| valuation::valuate(c, &p, &id, &project, &input, now_ms()))
        .await?;
    Ok(Json(v))
}

/// The valuation panel of a process and the valuations the caller may read: every one
/// once valuation has ended; before, only the panel and the owner's admins (signed in
/// with a token) read them, and anyone else gets an empty list.
#[utoipa::path(get, path = "/api/v1/budgets/{id}/valuations", tag = "budgets",
    params(("id" = String, Path)),
    responses((status = 200, description = "the panel and the valuations", body = BudgetValuationsView),
        (status = 401, description = "a token that is not valid", body = Problem),
        (status = 404, description = "no such process", body = Problem)))]
pub async fn list_valuations(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<BudgetValuationsView>, ApiError> {
    let viewer = if headers.contains_key(header::AUTHORIZATION) {
        Some(bearer(&headers, &state).await?)
    } else {
        None
    };
    let v = state
        .db
        .read(move |c| valuation::valuations_view(c, viewer.as_ref(), &id))
        .await?;
    Ok(Json(v))
}
