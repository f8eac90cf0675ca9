//! JSON API of the coalition: a commons' licence policy (read by anyone, set by its
//! maintainers) and determinations (asked by anyone signed in, for themselves or for an
//! organization they are a member of; read by anyone).

use super::model::PolicyInput;
use super::service::{self, FactsInput, Question};
use super::views::{self, DeterminationView, PolicyView};
use crate::commons::CommonsRow;
use crate::db::now_ms;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiJson, Found, Path};
use crate::web::paging::{Page, Paging, PagingParams};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::ToSchema;

/// The facts a question declares; each may be left out when the instance knows it or the
/// policy does not need it (a determination then names what is missing).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FactsBody {
    /// Owned by the people who work in it.
    pub worker_owned: Option<bool>,
    /// All its financial gain and surplus distributed among its worker-owners.
    pub surplus_to_workers: Option<bool>,
    /// It employs people paid by wages who are not among its owners.
    pub waged_labour: Option<bool>,
    /// The revenue from the use for the period, `"AMOUNT CUR"` (e.g. `"18000.00 EUR"`).
    #[schema(example = "18000.00 EUR")]
    pub revenue: Option<String>,
    /// Units made or sold with the commons in the period (for a fee per unit).
    pub units: Option<i64>,
}

/// May we use this commons, for this use?
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionBody {
    /// `commercial` or `non_commercial`.
    #[serde(rename = "use")]
    #[schema(pattern = "^(commercial|non_commercial)$")]
    pub usage: String,
    /// The handle of an organization you are a member of, to ask on its behalf; absent:
    /// you ask for yourself.
    #[serde(default)]
    pub organization: Option<String>,
    #[serde(default)]
    pub facts: Option<FactsBody>,
}

/// Asks whether you (or an organization you are a member of) may use the commons.
///
/// The answer is kept, journaled in the commons' record and expires; it names the
/// clauses and the facts that decided, and the fee when one is owed. Facts missing or
/// contradicted answer `needs_evidence` (201), not an error.
#[utoipa::path(post, path = "/api/v1/commons/{handle}/determinations", tag = "coalition",
    security(("bearer" = [])), params(("handle" = String, Path)), request_body = QuestionBody,
    responses((status = 201, description = "the determination", body = DeterminationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a member of the organization named", body = Problem),
        (status = 404, description = "no such commons or organization", body = Problem),
        (status = 410, description = "the commons was deleted", body = Problem),
        (status = 422, description = "an unknown use; a revenue that is malformed, negative, beyond 64-bit minor units, in an unknown currency or in another currency than the fee's; negative units", body = Problem)))]
pub async fn ask(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(body): ApiJson<QuestionBody>,
) -> Result<Response, ApiError> {
    let lang = crate::i18n::current().lang;
    let facts = body.facts.unwrap_or_default();
    let q = Question {
        commons: handle,
        usage: body.usage,
        organization: body.organization,
        facts: FactsInput {
            worker_owned: facts.worker_owned,
            surplus_to_workers: facts.surplus_to_workers,
            waged_labour: facts.waged_labour,
            revenue: facts.revenue,
            units: facts.units,
        },
    };
    let view = state
        .db
        .write(move |c| {
            let now = now_ms();
            let row = service::ask(c, &p, &q, now)?;
            views::determination(c, lang, row, now)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// A commons' determinations, latest first, a page at a time.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/determinations", tag = "coalition",
    params(("handle" = String, Path), PagingParams),
    responses((status = 200, description = "one page of determinations, latest first", body = Page<DeterminationView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 404, description = "no such commons", body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    Found(c): Found<CommonsRow>,
    paging: Paging,
) -> Result<Page<DeterminationView>, ApiError> {
    let lang = crate::i18n::current().lang;
    Ok(state
        .db
        .read(move |conn| views::determinations_page(conn, lang, &c, &paging, now_ms()))
        .await?)
}

/// One determination.
#[utoipa::path(get, path = "/api/v1/determinations/{id}", tag = "coalition",
    params(("id" = String, Path)),
    responses((status = 200, description = "the determination", body = DeterminationView),
        (status = 404, description = "no such determination", body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<DeterminationView>, ApiError> {
    let lang = crate::i18n::current().lang;
    let v = state
        .db
        .read(move |c| {
            let row = service::require_determination(c, &id)?;
            views::determination(c, lang, row, now_ms())
        })
        .await?;
    Ok(Json(v))
}

/// A commons' licence policy, with every clause it has.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/licence-policy", tag = "coalition",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the policy", body = PolicyView),
        (status = 404, description = "no such commons", body = Problem)))]
pub async fn get_policy(
    State(state): State<AppState>,
    Found(c): Found<CommonsRow>,
) -> Result<Json<PolicyView>, ApiError> {
    let lang = crate::i18n::current().lang;
    let v = state
        .db
        .read(move |conn| Ok(views::policy(conn, lang, &c)?.0))
        .await?;
    Ok(Json(v))
}

/// A maintainer sets the commons' licence policy.
///
/// `{"policy": "ppl"}`, `{"policy": "copyfair", "fee": {…}, "credit": {…},
/// "period_days": 365}`, `{"policy": "spdx", "expression": "CC-BY-SA-4.0"}` or
/// `{"policy": "custom", "title": …, "text": …, "commercial": …}`. The commons then shows
/// the licence the policy implies. Journaled.
#[utoipa::path(put, path = "/api/v1/commons/{handle}/licence-policy", tag = "coalition",
    security(("bearer" = [])), params(("handle" = String, Path)), request_body = PolicyInput,
    responses((status = 200, description = "the policy now in force", body = PolicyView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a maintainer of the commons", body = Problem),
        (status = 404, description = "no such commons", body = Problem),
        (status = 410, description = "the commons was deleted", body = Problem),
        (status = 422, description = "an unknown policy, a field missing or of another policy, a fee schedule or credit rate that does not parse, or a licence expression off the SPDX list", body = Problem)))]
pub async fn put_policy(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(input): ApiJson<PolicyInput>,
) -> Result<Json<PolicyView>, ApiError> {
    let lang = crate::i18n::current().lang;
    let v = state
        .db
        .write(move |c| {
            let (commons, _) = service::set_policy(c, &p, &handle, &input, now_ms())?;
            Ok(views::policy(c, lang, &commons)?.0)
        })
        .await?;
    Ok(Json(v))
}

/// Why rights end.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BreachBody {
    /// What was breached, in words (1 to 500 characters).
    pub reason: String,
}

/// A maintainer of the commons ends the rights a determination gave, for a breach.
///
/// Its party (the organization it was asked for, else the person who asked) is answered
/// `terminated` under this commons from then on. Journaled.
#[utoipa::path(post, path = "/api/v1/determinations/{id}/terminate", tag = "coalition",
    security(("bearer" = [])), params(("id" = String, Path)), request_body = BreachBody,
    responses((status = 200, description = "the determination, with its termination", body = DeterminationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a maintainer of its commons", body = Problem),
        (status = 404, description = "no such determination", body = Problem),
        (status = 409, description = "it permitted nothing, or its party's rights ended already", body = Problem),
        (status = 410, description = "the commons was deleted", body = Problem),
        (status = 422, description = "a reason empty, too long or with control characters", body = Problem)))]
pub async fn terminate(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<BreachBody>,
) -> Result<Json<DeterminationView>, ApiError> {
    let lang = crate::i18n::current().lang;
    let v = state
        .db
        .write(move |c| {
            let now = now_ms();
            let (row, _) = service::terminate(c, &p, &id, &body.reason, now)?;
            views::determination(c, lang, row, now)
        })
        .await?;
    Ok(Json(v))
}
