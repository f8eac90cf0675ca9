//! JSON API of budgets: processes (list, read, create, import a Pabulib file), their
//! headings, rules and phases, projects and their review, ballots (online and from paper),
//! results by any rule of the decision engine, and the Pabulib file of a heading. Reads
//! are public; writes need a bearer token.

use super::ballots;
use super::census;
use super::count::{self, Asked};
use super::documentation;
use super::model::{self, BudgetError, Marks, Phase, PlannedPhase};
use super::pabulib;
use super::phases;
use super::progress::{self, NewMilestone, NewProgress};
use super::service::{self, NewHeading, NewProcess, NewProject};
use super::store::{self, HeadingRow};
use super::views::{
    self, BudgetBallotView, BudgetCensusView, BudgetClaimView, BudgetHeadingStanding,
    BudgetImportedView, BudgetResultsView, BudgetSummary, BudgetView,
};
use crate::db::now_ms;
use crate::error::{ApiError, AppError, Problem, detail, shown};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiBytes, ApiJson, Path, Query};
use crate::web::paging::{Page, Paging, PagingParams};
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The organization a list is narrowed to, or an import is owned by.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OwnerFilter {
    /// An organization's handle (with or without `@`).
    pub owner: Option<String>,
}

/// Who owns an imported process.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// The owning organization's handle; you must be one of its admins.
    pub owner: String,
}

/// How to count.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ResultsQuery {
    /// A rule name `commonfare decide pb` takes (canonical or alias); default: the
    /// process's own rule.
    pub rule: Option<String>,
    /// One heading's id; default: every heading.
    pub heading: Option<String>,
    /// `lexicographic` (default, pabutools'), `natural` or `seed:N`.
    pub tie_break: Option<String>,
    /// `true`: fix pabutools' quirks instead of reproducing them.
    pub corrected: Option<bool>,
}

/// Which heading's file.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HeadingQuery {
    /// The heading's id; may be left out when the process has one heading.
    pub heading: Option<String>,
}

/// An amount or a cost: a decimal as text (`"1200.50"`) or a JSON number.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum BudgetAmount {
    Text(String),
    #[schema(value_type = f64)]
    Number(serde_json::Number),
}

impl BudgetAmount {
    fn text(&self) -> String {
        match self {
            BudgetAmount::Text(s) => s.clone(),
            BudgetAmount::Number(n) => n.to_string(),
        }
    }
}

/// A heading: a district, or the city-wide one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetHeadingInput {
    /// One line, at most 200 characters, unique in the process.
    pub name: String,
    /// The amount to spend: above zero, at most two decimals, within 64-bit cents.
    pub amount: BudgetAmount,
}

/// A phase as planned.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetPhaseInput {
    /// One of drafting, informing, accepting_proposals, reviewing, supporting, valuating,
    /// publishing_prices, balloting, reviewing_ballots, results, implementation, finished.
    pub phase: String,
    #[serde(default = "yes")]
    pub enabled: bool,
    /// RFC 3339 with an offset: when the sweep moves the process into it.
    #[serde(default)]
    pub starts_at: Option<String>,
    /// RFC 3339 with an offset: when it ends (balloting takes no ballot after it).
    #[serde(default)]
    pub ends_at: Option<String>,
}

fn yes() -> bool {
    true
}

fn approval() -> String {
    "approval".into()
}

fn members() -> String {
    "members".into()
}

fn default_rule() -> String {
    model::DEFAULT_RULE.into()
}

/// A process to run here.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetInput {
    /// The owning organization's handle; you must be one of its admins.
    pub owner: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// At least one.
    pub headings: Vec<BudgetHeadingInput>,
    /// `approval` (default), `knapsack`, `points` (a cumulative vote: `points_total`
    /// points on at least `min_projects` projects) or `ranked` (an ordinal vote: up to
    /// `max_projects` projects ranked, no ties, no gaps).
    #[serde(default = "approval")]
    pub ballot_style: String,
    #[serde(default)]
    pub min_projects: Option<i64>,
    #[serde(default)]
    pub max_projects: Option<i64>,
    /// Points ballots (required there, refused elsewhere): the points each voter has, 1 to
    /// 10 000.
    #[serde(default)]
    pub points_total: Option<i64>,
    /// Points ballots: the most points one project may get, 1 to `points_total`.
    #[serde(default)]
    pub max_points: Option<i64>,
    /// Knapsack ballots (refused elsewhere): the least share of the heading's amount a
    /// ballot must spend, in whole percent, 1 to 100 (e.g. 50: at least half).
    #[serde(default)]
    pub min_share_percent: Option<i64>,
    /// Who may propose and vote: `members` of the owner (default), `anyone` signed in,
    /// those who claim an entry of its `census`, or those sitting in a `body` of the owner
    /// (named by `eligible_body`).
    #[serde(default = "members")]
    pub eligibility: String,
    /// Eligibility `body` (required there, refused elsewhere): the slug of a body of the
    /// owning organization, e.g. `youth-council`; whoever sits in it when they act takes
    /// part.
    #[serde(default)]
    pub eligible_body: Option<String>,
    /// Default `mes_cost_add1_greedy_completion` (Equal Shares).
    #[serde(default = "default_rule")]
    pub rule: String,
    /// The phases' plan; phases left out are disabled. Default: drafting, accepting
    /// proposals, reviewing, balloting, results, implementation, finished.
    #[serde(default)]
    pub phases: Option<Vec<BudgetPhaseInput>>,
}

/// The ballot rules, which lock when balloting opens.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetRulesInput {
    /// `approval` (default), `knapsack`, `points` or `ranked`.
    #[serde(default = "approval")]
    pub ballot_style: String,
    #[serde(default)]
    pub min_projects: Option<i64>,
    #[serde(default)]
    pub max_projects: Option<i64>,
    /// Points ballots (required there, refused elsewhere): the points each voter has, 1 to
    /// 10 000.
    #[serde(default)]
    pub points_total: Option<i64>,
    /// Points ballots: the most points one project may get, 1 to `points_total`.
    #[serde(default)]
    pub max_points: Option<i64>,
    /// Knapsack ballots (refused elsewhere): the least share of the heading's amount a
    /// ballot must spend, in whole percent, 1 to 100 (e.g. 50: at least half).
    #[serde(default)]
    pub min_share_percent: Option<i64>,
    /// `members` of the owner (default), `anyone` signed in, `census` or `body`.
    #[serde(default = "members")]
    pub eligibility: String,
    /// Eligibility `body` (required there, refused elsewhere): the slug of a body of the
    /// owning organization whose members take part.
    #[serde(default)]
    pub eligible_body: Option<String>,
    #[serde(default = "default_rule")]
    pub rule: String,
}

/// Phases to plan again (those left out keep their plan).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetPlanInput {
    pub phases: Vec<BudgetPhaseInput>,
}

/// A move to another phase.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetMoveInput {
    /// A later, enabled phase.
    pub phase: String,
}

/// A project to propose.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetProjectInput {
    /// The heading's id.
    pub heading: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub place: String,
    /// The cost estimate: above zero, at most two decimals, within 64-bit cents.
    pub cost: BudgetAmount,
    /// Proposed for this organization (its handle; the proposer must be an active member).
    #[serde(default)]
    pub organization: Option<String>,
    /// Proposed for an informal group: its name, 1 to 120 characters (not with
    /// `organization`).
    #[serde(default)]
    pub group: Option<String>,
}

/// The commons holding a funded project's documentation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetProjectCommonsInput {
    /// The commons' handle.
    pub commons: String,
}

/// A review: off the ballot (`reject`, with a reason), or back on it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetReviewInput {
    /// `reject` or `restore`.
    pub decision: String,
    #[serde(default)]
    pub reason: String,
}

/// A ballot: the numbers of the projects chosen; on a points ballot the points given to
/// each, on a ranked ballot the projects best first (or their ranks in `ranks`).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetBallotInput {
    pub projects: Vec<String>,
    /// Points ballots only: the points given to each project, parallel to `projects`,
    /// each above zero, at most `max_points`, adding up to at most `points_total`.
    #[serde(default)]
    pub points: Option<Vec<i64>>,
    /// Ranked ballots only: the rank of each project, parallel to `projects`, 1 to n with
    /// no ties and no gaps. Without it the order of `projects` is the ranking.
    #[serde(default)]
    pub ranks: Option<Vec<i64>>,
}

/// A ballot cast.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetCastView {
    pub heading_id: String,
    /// The project numbers, best first when ranked.
    pub projects: Vec<String>,
    /// Points ballots: the points given to each, parallel to `projects`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<Vec<i64>>,
    /// It replaced your earlier ballot.
    pub changed: bool,
}

fn plan_input(given: &[BudgetPhaseInput]) -> Result<Vec<PlannedPhase>, AppError> {
    given
        .iter()
        .map(|p| {
            Ok(PlannedPhase {
                phase: Phase::parse(p.phase.trim())?,
                enabled: p.enabled,
                starts_at: p
                    .starts_at
                    .as_deref()
                    .filter(|s| !s.trim().is_empty())
                    .map(|s| model::instant("starts_at", s))
                    .transpose()?,
                ends_at: p
                    .ends_at
                    .as_deref()
                    .filter(|s| !s.trim().is_empty())
                    .map(|s| model::instant("ends_at", s))
                    .transpose()?,
            })
        })
        .collect()
}

/// A whole plan from the phases given: those left out are disabled.
fn full_plan(given: &[BudgetPhaseInput]) -> Result<Vec<PlannedPhase>, AppError> {
    let given = plan_input(given)?;
    Ok(Phase::ALL
        .iter()
        .map(|&phase| {
            given
                .iter()
                .find(|g| g.phase == phase)
                .copied()
                .unwrap_or(PlannedPhase {
                    phase,
                    enabled: false,
                    starts_at: None,
                    ends_at: None,
                })
        })
        .collect())
}

/// Budget processes, newest first, a page at a time.
#[utoipa::path(get, path = "/api/v1/budgets", tag = "budgets", params(OwnerFilter, PagingParams),
    responses((status = 200, description = "one page of processes, newest first", body = Page<BudgetSummary>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 404, description = "no such organization", body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    Query(f): Query<OwnerFilter>,
    paging: Paging,
) -> Result<Page<BudgetSummary>, ApiError> {
    Ok(state
        .db
        .read(move |c| {
            let org = match f.owner.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
                Some(h) => Some(crate::accounts::require_org(c, h.trim_start_matches('@'))?.0),
                None => None,
            };
            views::processes_page(c, org.as_deref(), &paging)
        })
        .await?)
}

/// Creates a participatory budget of an organization you administer, with its headings,
/// ballot rules and phases.
#[utoipa::path(post, path = "/api/v1/budgets", tag = "budgets", security(("bearer" = [])),
    request_body = BudgetInput,
    responses((status = 201, description = "the process", body = BudgetView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the organization", body = Problem),
        (status = 404, description = "no such organization", body = Problem),
        (status = 409, description = "two headings of one name", body = Problem),
        (status = 422, description = "a field breaks its rule: an amount of zero, below zero or beyond 64-bit cents, an unknown rule, phase or ballot style, limits or dates that make no sense; eligibility `body` naming no body of the owner (`unknown_eligible_body`)", body = Problem)))]
pub async fn create(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    ApiJson(i): ApiJson<BudgetInput>,
) -> Result<Response, ApiError> {
    let plan = i.phases.as_deref().map(full_plan).transpose()?;
    let view = state
        .db
        .write(move |c| {
            let input = NewProcess {
                owner: i.owner,
                title: i.title,
                description: i.description,
                headings: i
                    .headings
                    .iter()
                    .map(|h| NewHeading {
                        name: h.name.clone(),
                        amount: h.amount.text(),
                    })
                    .collect(),
                ballot_style: i.ballot_style,
                min_projects: i.min_projects,
                max_projects: i.max_projects,
                points_total: i.points_total,
                max_points: i.max_points,
                min_share_percent: i.min_share_percent,
                eligibility: i.eligibility,
                eligible_body: i.eligible_body,
                rule: i.rule,
                plan,
            };
            let loc = service::create(c, &p, &input, now_ms())?;
            views::process(c, &loc)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// Reads a request body as UTF-8 text without NUL characters.
pub(super) fn body_text(bytes: &[u8]) -> Result<String, AppError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        AppError::invalid(
            "not_utf8",
            detail!(
                "problem-budgets-not-utf8",
                byte = e.valid_up_to().to_string()
            ),
        )
    })?;
    if text.contains('\0') {
        return Err(AppError::invalid(
            "nul_character",
            detail!("problem-nul-character"),
        ));
    }
    Ok(text.to_string())
}

/// Imports a past budget from a Pabulib `.pb` file (the body, as `text/plain`) as a
/// closed process of the organization `owner`, which you administer: one heading, the
/// file's projects with their ids and exact costs, its ballots (voter ids dropped) and its
/// META. Counted from the store by any rule at `…/results`, given back at `…/export.pb`.
#[utoipa::path(post, path = "/api/v1/budgets/import", tag = "budgets", security(("bearer" = [])),
    params(ImportQuery),
    request_body(content = String, content_type = "text/plain", description = "the .pb file"),
    responses((status = 201, description = "the process made: its id and addresses", body = BudgetImportedView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the organization", body = Problem),
        (status = 404, description = "no such organization", body = Problem),
        (status = 413, description = "the file is larger than `max_file_bytes`", body = Problem),
        (status = 422, description = "a file the Pabulib reader refuses (`malformed_pb`, with its line), not UTF-8, or a cost or budget beyond 64-bit", body = Problem)))]
pub async fn import(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Query(q): Query<ImportQuery>,
    ApiBytes(body): ApiBytes,
) -> Result<Response, ApiError> {
    // Who may, before the file is read: a stranger's file is not worth reading.
    let (who, owner) = (p.clone(), q.owner.clone());
    state
        .db
        .read(move |c| service::admin_org(c, &who, &owner).map(|_| ()))
        .await?;
    let instance = tokio::task::spawn_blocking(move || {
        let text = body_text(&body)?;
        Ok::<_, AppError>(pabulib::read(&text)?)
    })
    .await
    .map_err(AppError::internal)??;
    let view = state
        .db
        .write(move |c| {
            let made = service::import(c, &p, &q.owner, &instance, now_ms())?;
            let loc = service::require_process(c, &made.process.id)?;
            let id = &loc.p.id;
            Ok(BudgetImportedView {
                id: id.clone(),
                title: loc.p.title.clone(),
                owner: format!("@{}", loc.org_handle),
                address: format!("/api/v1/budgets/{id}"),
                url: format!("/budgets/{id}"),
                results: format!("/api/v1/budgets/{id}/results"),
                export: format!("/api/v1/budgets/{id}/export.pb"),
                heading_id: made.heading.id,
                projects: made.projects,
                ballots: made.ballots,
                vote_type: loc.p.vote_type.clone(),
            })
        })
        .await?;
    let location = view.address.clone();
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(view),
    )
        .into_response())
}

/// One process with its phases, ballot rules, headings and projects.
#[utoipa::path(get, path = "/api/v1/budgets/{id}", tag = "budgets",
    params(("id" = String, Path)),
    responses((status = 200, description = "the process", body = BudgetView),
        (status = 404, description = "no such process", body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<BudgetView>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let loc = service::require_process(c, &id)?;
            views::process(c, &loc)
        })
        .await?;
    Ok(Json(v))
}

/// The headings a request names: the one asked, or every heading.
fn headings_asked(all: Vec<HeadingRow>, asked: Option<&str>) -> Result<Vec<HeadingRow>, AppError> {
    match asked.map(str::trim).filter(|h| !h.is_empty()) {
        None => Ok(all),
        Some(h) => {
            let found: Vec<HeadingRow> = all.into_iter().filter(|x| x.id == h).collect();
            if found.is_empty() {
                Err(AppError::not_found(detail!(
                    "problem-no-budget-heading",
                    id = shown(h, 40)
                )))
            } else {
                Ok(found)
            }
        }
    }
}

/// The rule and options a results request asks for (a 400 that lists the rules for an
/// unknown one).
pub fn asked(q: &ResultsQuery, default_rule: &str) -> Result<Asked, AppError> {
    let name = q
        .rule
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .unwrap_or(default_rule);
    let rule = model::rule(name).map_err(|e| AppError::bad_request(e.code(), e.detail()))?;
    let tie = q.tie_break.as_deref().unwrap_or("");
    let tie_break = count::tie_break(tie).ok_or_else(|| {
        AppError::bad_request(
            "invalid_query",
            detail!("problem-budgets-tie-break", given = shown(tie, 40)),
        )
    })?;
    Ok(Asked {
        rule,
        tie_break,
        compatible: !q.corrected.unwrap_or(false),
    })
}

/// The results of a process by a rule, counted from the store and cached until the
/// process changes: per heading, the funded projects (`selected`, ids as in the file),
/// their cost, every project's votes and the engine's explanation; over the headings,
/// `selected`, `total_cost` and `budget`. Any rule `commonfare decide pb` takes.
#[utoipa::path(get, path = "/api/v1/budgets/{id}/results", tag = "budgets",
    params(("id" = String, Path), ResultsQuery),
    responses((status = 200, description = "the results", body = BudgetResultsView),
        (status = 400, description = "an unknown rule (`unknown_rule`, listing those there are) or tie-break", body = Problem),
        (status = 404, description = "no such process or heading", body = Problem),
        (status = 409, description = "balloting is not over: results come with the results phase", body = Problem),
        (status = 422, description = "the rule cannot count these ballots (`rule_not_applicable`: Phragmén on points or ranks, Equal Shares without ballots)", body = Problem)))]
pub async fn results(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<ResultsQuery>,
) -> Result<Json<BudgetResultsView>, ApiError> {
    let heading = q.heading.clone();
    let (loc, headings, projects) = state
        .db
        .read(move |c| {
            let loc = service::require_process(c, &id)?;
            let headings = headings_asked(store::headings(c, &loc.p.id)?, heading.as_deref())?;
            let projects = store::projects(c, &loc.p.id)?;
            Ok((loc, headings, projects))
        })
        .await?;
    let asked = asked(&q, &loc.p.rule)?;
    if !views::results_out(&loc) {
        return Err(BudgetError::WrongPhase {
            action: "results",
            phase: loc.phase().as_str(),
        }
        .into());
    }
    let mut counted = Vec::with_capacity(headings.len());
    for h in headings {
        let c = count::counted(&state, &loc, &h, asked).await?;
        counted.push((h, c));
    }
    Ok(Json(views::results(&loc, asked, &projects, &counted)?))
}

/// The Pabulib `.pb` file of a heading (voter ids numbered from 1, ballots in counting
/// order), which read back and counted gives the same outcome.
#[utoipa::path(get, path = "/api/v1/budgets/{id}/export.pb", tag = "budgets",
    params(("id" = String, Path), HeadingQuery),
    responses((status = 200, description = "the .pb file", content_type = "text/plain", body = String),
        (status = 400, description = "a process of several headings, without `heading`", body = Problem),
        (status = 404, description = "no such process or heading", body = Problem)))]
pub async fn export(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<HeadingQuery>,
) -> Result<Response, ApiError> {
    let (name, text) = state
        .db
        .read(move |c| {
            let loc = service::require_process(c, &id)?;
            let all = store::headings(c, &loc.p.id)?;
            let heading = match q
                .heading
                .as_deref()
                .map(str::trim)
                .filter(|h| !h.is_empty())
            {
                Some(h) => headings_asked(all, Some(h))?.remove(0),
                None if all.len() == 1 => all.into_iter().next().unwrap_or_else(|| unreachable!()),
                None => {
                    return Err(AppError::bad_request(
                        "heading_required",
                        detail!(
                            "problem-budgets-heading-required",
                            headings = all
                                .iter()
                                .map(|h| h.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                }
            };
            let instance = count::instance(c, &loc, &heading)?;
            Ok((
                format!("budget-{}-{}.pb", loc.p.id, heading.position + 1),
                commonfare_decide::pb::write_pb(&instance),
            ))
        })
        .await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/plain; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        text,
    )
        .into_response())
}

/// Adds a heading to a process before balloting (an admin).
#[utoipa::path(post, path = "/api/v1/budgets/{id}/headings", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BudgetHeadingInput,
    responses((status = 201, description = "the process", body = BudgetView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process", body = Problem),
        (status = 409, description = "balloting has opened, or a heading of that name exists", body = Problem),
        (status = 422, description = "a name or an amount that breaks its rule", body = Problem)))]
pub async fn add_heading(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BudgetHeadingInput>,
) -> Result<Response, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let h = NewHeading {
                name: i.name,
                amount: i.amount.text(),
            };
            service::add_heading(c, &p, &id, &h, now_ms())?;
            let loc = service::require_process(c, &id)?;
            views::process(c, &loc)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// Changes the ballot style, limits and counting rule, until balloting opens (an admin).
#[utoipa::path(put, path = "/api/v1/budgets/{id}/rules", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BudgetRulesInput,
    responses((status = 200, description = "the process", body = BudgetView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process", body = Problem),
        (status = 409, description = "the rules locked when balloting opened (`rules_locked`)", body = Problem),
        (status = 422, description = "an unknown style or rule, limits that make no sense, points missing on a points ballot or given on another, a body named for another eligibility (`invalid_ballot_rules`), a rule that cannot count the style's ballots (`rule_not_applicable`), or eligibility `body` naming no body of the owner (`unknown_eligible_body`)", body = Problem)))]
pub async fn set_rules(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BudgetRulesInput>,
) -> Result<Json<BudgetView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let rules = service::NewRules {
                style: i.ballot_style,
                min_projects: i.min_projects,
                max_projects: i.max_projects,
                points_total: i.points_total,
                max_points: i.max_points,
                min_share_percent: i.min_share_percent,
                eligibility: i.eligibility,
                eligible_body: i.eligible_body,
                rule: i.rule,
            };
            let loc = service::set_rules(c, &p, &id, &rules, now_ms())?;
            views::process(c, &loc)
        })
        .await?;
    Ok(Json(v))
}

/// Plans phases again: enabled or not, and their dates (an admin).
#[utoipa::path(put, path = "/api/v1/budgets/{id}/phases", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BudgetPlanInput,
    responses((status = 200, description = "the process", body = BudgetView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process", body = Problem),
        (status = 422, description = "an unknown phase, a malformed date, an end before a start, or no phase enabled", body = Problem)))]
pub async fn plan(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BudgetPlanInput>,
) -> Result<Json<BudgetView>, ApiError> {
    let plan = plan_input(&i.phases)?;
    let v = state
        .db
        .write(move |c| {
            let loc = service::plan_phases(c, &p, &id, &plan, now_ms())?;
            views::process(c, &loc)
        })
        .await?;
    Ok(Json(v))
}

/// Moves a process to a later enabled phase (an admin); into balloting, it locks the
/// rules.
#[utoipa::path(post, path = "/api/v1/budgets/{id}/phase", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BudgetMoveInput,
    responses((status = 200, description = "the process", body = BudgetView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process", body = Problem),
        (status = 409, description = "it moved meanwhile", body = Problem),
        (status = 422, description = "an unknown phase, an earlier one, or one not enabled (`invalid_phase`)", body = Problem)))]
pub async fn move_phase(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BudgetMoveInput>,
) -> Result<Json<BudgetView>, ApiError> {
    let to = Phase::parse(i.phase.trim())?;
    let v = state
        .db
        .write(move |c| {
            let loc = phases::move_to(c, Some(&p), &id, to, now_ms())?;
            views::process(c, &loc)
        })
        .await?;
    Ok(Json(v))
}

/// Proposes a project under a heading: members while proposals are accepted, admins
/// before balloting.
#[utoipa::path(post, path = "/api/v1/budgets/{id}/projects", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BudgetProjectInput,
    responses((status = 201, description = "the project", body = views::BudgetProjectView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "only members of the owning organization take part (when the process says so); proposing for an organization one is not a member of (`not_member_of_proposer`)", body = Problem),
        (status = 404, description = "no such process, heading or organization", body = Problem),
        (status = 409, description = "proposals are not accepted in this phase (`budget_phase`)", body = Problem),
        (status = 422, description = "a title, text or group name that breaks its rule, a cost of zero, below zero or beyond 64-bit cents, or both an organization and a group (`two_proposers`)", body = Problem)))]
pub async fn propose(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BudgetProjectInput>,
) -> Result<Response, ApiError> {
    let handle = p.handle.clone();
    let v = state
        .db
        .write(move |c| {
            let row = service::propose(
                c,
                &p,
                &id,
                &NewProject {
                    heading: i.heading,
                    title: i.title,
                    description: i.description,
                    place: i.place,
                    cost: i.cost.text(),
                    organization: i.organization,
                    group: i.group,
                },
                now_ms(),
            )?;
            let mut v = project_shown(c, &row.process_id, &row.id)?;
            v.author = Some(handle);
            Ok(v)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// Takes a project off the ballot with a public reason (`reject`), or puts it back
/// (`restore`), before balloting (an admin).
#[utoipa::path(post, path = "/api/v1/budgets/{id}/projects/{project}/review", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path), ("project" = String, Path)), request_body = BudgetReviewInput,
    responses((status = 200, description = "the project", body = views::BudgetProjectView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process or project", body = Problem),
        (status = 409, description = "balloting has opened", body = Problem),
        (status = 422, description = "a decision other than reject or restore, or a rejection without a reason", body = Problem)))]
pub async fn review(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, project)): Path<(String, String)>,
    ApiJson(i): ApiJson<BudgetReviewInput>,
) -> Result<Json<views::BudgetProjectView>, ApiError> {
    let reject = match i.decision.trim() {
        "reject" => true,
        "restore" => false,
        other => {
            return Err(AppError::invalid(
                "invalid_fields",
                detail!("problem-budgets-review-decision", given = shown(other, 40)),
            )
            .into());
        }
    };
    let v = state
        .db
        .write(move |c| {
            let row = service::review(c, &p, &id, &project, reject, &i.reason, now_ms())?;
            let author = match &row.author_id {
                Some(a) => Some(crate::accounts::handle_of(c, a)?),
                None => None,
            };
            Ok(views::project_view(row, author))
        })
        .await?;
    Ok(Json(v))
}

/// A duplicate merged into the original it repeats.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetMergeInput {
    /// The id of the original: a project of the same heading still on the ballot.
    pub into: String,
    /// Why, for everyone to read.
    pub reason: String,
}

/// A merge done.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetMergeView {
    /// The duplicate, now `merged`.
    pub project: views::BudgetProjectView,
    /// The original's id and number.
    pub into: String,
    pub into_number: String,
    /// Supports moved to the original (a person who supported both counts once).
    pub supports_moved: i64,
}

/// Merges a duplicate project into another of its heading before balloting (an admin),
/// with a public reason: the duplicate leaves the ballot marked merged, its supports move
/// to the original.
#[utoipa::path(post, path = "/api/v1/budgets/{id}/projects/{project}/merge", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path), ("project" = String, Path)), request_body = BudgetMergeInput,
    responses((status = 200, description = "the merge", body = BudgetMergeView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process or project", body = Problem),
        (status = 409, description = "balloting has opened (`budget_phase`), or one of the two is no longer on the ballot (`not_on_ballot`)", body = Problem),
        (status = 422, description = "a project merged into itself or into one of another heading (`invalid_merge`), or no reason (`missing_field`)", body = Problem)))]
pub async fn merge_project(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, project)): Path<(String, String)>,
    ApiJson(i): ApiJson<BudgetMergeInput>,
) -> Result<Json<BudgetMergeView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let (row, into, moved) =
                service::merge(c, &p, &id, &project, i.into.trim(), &i.reason, now_ms())?;
            let author = match &row.author_id {
                Some(a) => Some(crate::accounts::handle_of(c, a)?),
                None => None,
            };
            let mut view = views::project_view(row, author);
            view.merged_into = Some(into.number.clone());
            Ok(BudgetMergeView {
                project: view,
                into: into.id,
                into_number: into.number,
                supports_moved: moved,
            })
        })
        .await?;
    Ok(Json(v))
}

/// Casts your ballot for a heading, or changes it, while the process is balloting: one
/// per voter and heading (members of the owning organization).
#[utoipa::path(put, path = "/api/v1/budgets/{id}/headings/{heading}/ballot", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path), ("heading" = String, Path)), request_body = BudgetBallotInput,
    responses((status = 200, description = "your ballot", body = BudgetCastView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "only members of the owning organization take part (when the process says so)", body = Problem),
        (status = 404, description = "no such process or heading", body = Problem),
        (status = 409, description = "the process is not balloting (`budget_phase`)", body = Problem),
        (status = 422, description = "a project not on this heading's ballot, one named twice, too few or too many (`ballot_outside_limits`), or over the heading's amount (`ballot_over_budget`); on a points ballot more points than the voter has (`points_over_total`), more than the most on one project (`points_over_most`), zero or fewer on one (`points_not_positive`), points not one per project (`ballot_mismatch`); on a ranked ballot two projects of one rank (`ranks_tied`) or a rank left out (`ranks_gapped`); points or ranks on a ballot of another style (`not_for_this_ballot`)", body = Problem)))]
pub async fn cast(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, heading)): Path<(String, String)>,
    ApiJson(i): ApiJson<BudgetBallotInput>,
) -> Result<Json<BudgetCastView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let marks = Marks {
                projects: &i.projects,
                points: i.points.as_deref(),
                ranks: i.ranks.as_deref(),
            };
            let changed = ballots::cast(c, &p, &id, &heading, marks, now_ms())?;
            let mine = ballots::mine(c, &p, &id)?
                .into_iter()
                .find(|b| b.heading_id == heading);
            Ok(BudgetCastView {
                heading_id: heading,
                projects: mine
                    .as_ref()
                    .map(|b| b.projects.clone())
                    .unwrap_or_default(),
                points: mine.and_then(|b| b.points),
                changed,
            })
        })
        .await?;
    Ok(Json(v))
}

/// Your ballots in a process, by heading.
#[utoipa::path(get, path = "/api/v1/budgets/{id}/my-ballots", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "your ballots", body = Vec<BudgetBallotView>),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such process", body = Problem)))]
pub async fn my_ballots(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<Vec<BudgetBallotView>>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let loc = service::require_process(c, &id)?;
            let headings = store::headings(c, &loc.p.id)?;
            Ok(ballots::mine(c, &p, &loc.p.id)?
                .into_iter()
                .map(|b| BudgetBallotView {
                    heading: headings
                        .iter()
                        .find(|x| x.id == b.heading_id)
                        .map(|x| x.name.clone())
                        .unwrap_or_default(),
                    heading_id: b.heading_id,
                    projects: b.projects,
                    points: b.points,
                })
                .collect())
        })
        .await?;
    Ok(Json(v))
}

/// A milestone of a funded project's implementation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetMilestoneInput {
    /// The day it happened, YYYY-MM-DD.
    pub on: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// Photos or documents: an http(s) address.
    #[serde(default)]
    pub link: String,
}

/// How far a funded project is.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetProgressInput {
    /// not_started, under_way, done or cancelled.
    pub status: String,
    /// Percent done, 0 to 100.
    pub progress: i64,
    #[serde(default)]
    pub milestone: Option<BudgetMilestoneInput>,
}

/// The project as shown, with its milestones and supports.
fn project_shown(
    c: &mut crate::db::DbConn,
    process: &str,
    project: &str,
) -> Result<views::BudgetProjectView, AppError> {
    views::projects(c, process)?
        .into_iter()
        .find(|p| p.id == project)
        .ok_or_else(|| {
            AppError::not_found(detail!(
                "problem-no-budget-project",
                id = shown(project, 40)
            ))
        })
}

/// Records how far a funded project's implementation is, with a dated milestone (an admin,
/// once the results are out).
#[utoipa::path(post, path = "/api/v1/budgets/{id}/projects/{project}/progress", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path), ("project" = String, Path)), request_body = BudgetProgressInput,
    responses((status = 200, description = "the project with its milestones", body = views::BudgetProjectView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process or project", body = Problem),
        (status = 409, description = "the results are not out, or the project was not funded (`not_funded`)", body = Problem),
        (status = 422, description = "an unknown status, a percentage outside 0–100, a malformed day or link", body = Problem)))]
pub async fn record_progress(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, project)): Path<(String, String)>,
    ApiJson(i): ApiJson<BudgetProgressInput>,
) -> Result<Json<views::BudgetProjectView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let input = NewProgress {
                status: i.status,
                progress: i.progress,
                milestone: i.milestone.map(|m| NewMilestone {
                    on: m.on,
                    title: m.title,
                    description: m.description,
                    link: m.link,
                }),
            };
            let row = progress::record(c, &p, &id, &project, &input, now_ms())?;
            project_shown(c, &row.process_id, &row.id)
        })
        .await?;
    Ok(Json(v))
}

/// Links a funded project to the commons holding its documentation, or to another one (an
/// admin of the owning organization or the project's proposer, once the results are out).
#[utoipa::path(put, path = "/api/v1/budgets/{id}/projects/{project}/commons", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path), ("project" = String, Path)), request_body = BudgetProjectCommonsInput,
    responses((status = 200, description = "the project, with its commons", body = views::BudgetProjectView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "neither an admin of the owning organization nor the project's proposer", body = Problem),
        (status = 404, description = "no such process, project or commons", body = Problem),
        (status = 409, description = "the results are not out, or the project was not funded (`not_funded`)", body = Problem),
        (status = 410, description = "the commons was deleted (`commons_deleted`)", body = Problem),
        (status = 422, description = "no commons named", body = Problem)))]
pub async fn link_project_commons(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, project)): Path<(String, String)>,
    ApiJson(i): ApiJson<BudgetProjectCommonsInput>,
) -> Result<Json<views::BudgetProjectView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            documentation::link(c, &p, &id, &project, &i.commons, now_ms())?;
            let loc = service::require_process(c, &id)?;
            project_shown(c, &loc.p.id, &project)
        })
        .await?;
    Ok(Json(v))
}

/// Unlinks a funded project from the commons of its documentation (an admin of the owning
/// organization or the project's proposer).
#[utoipa::path(delete, path = "/api/v1/budgets/{id}/projects/{project}/commons", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path), ("project" = String, Path)),
    responses((status = 200, description = "the project, without a commons", body = views::BudgetProjectView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "neither an admin of the owning organization nor the project's proposer", body = Problem),
        (status = 404, description = "no such process or project", body = Problem),
        (status = 409, description = "the project was not funded (`not_funded`), or has no commons linked (`no_commons_linked`)", body = Problem)))]
pub async fn unlink_project_commons(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, project)): Path<(String, String)>,
) -> Result<Json<views::BudgetProjectView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            documentation::unlink(c, &p, &id, &project)?;
            let loc = service::require_process(c, &id)?;
            project_shown(c, &loc.p.id, &project)
        })
        .await?;
    Ok(Json(v))
}

/// Supports a project while the process collects supports: once per person and project.
#[utoipa::path(post, path = "/api/v1/budgets/{id}/projects/{project}/support", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path), ("project" = String, Path)),
    responses((status = 200, description = "the project, with its supports", body = views::BudgetProjectView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "only members of the owning organization take part (when the process says so)", body = Problem),
        (status = 404, description = "no such process or project", body = Problem),
        (status = 409, description = "not the supporting phase (`budget_phase`), or supported already (`already_supported`)", body = Problem),
        (status = 422, description = "a project off the ballot", body = Problem)))]
pub async fn support(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, project)): Path<(String, String)>,
) -> Result<Json<views::BudgetProjectView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let row = service::support(c, &p, &id, &project, now_ms())?;
            project_shown(c, &row.process_id, &row.id)
        })
        .await?;
    Ok(Json(v))
}

/// Imports the census of a process, or replaces it, before balloting opens (an admin). The
/// body is a CSV file: a header naming its columns (`id`, and optionally `birth_date` as
/// YYYY-MM-DD and `district`, a heading's name), separated by commas or semicolons, then
/// one entry per line. Ids are kept only as keyed hashes; entries claimed before whose id
/// is in the new census stay claimed. All entries are taken or none.
#[utoipa::path(put, path = "/api/v1/budgets/{id}/census", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body(content = String, content_type = "text/csv", description = "`id;birth_date;district` then one entry per line"),
    responses((status = 200, description = "how many entries the census holds", body = BudgetCensusView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process", body = Problem),
        (status = 409, description = "balloting has opened: the census is locked (`rules_locked`)", body = Problem),
        (status = 422, description = "a line that cannot be read (`malformed_census`: the detail names the line and what is wrong)", body = Problem)))]
pub async fn import_census(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiBytes(body): ApiBytes,
) -> Result<Json<BudgetCensusView>, ApiError> {
    let text = body_text(&body)?;
    let v = state
        .db
        .write(move |c| {
            let i = census::import(c, &p, &id, &text, now_ms())?;
            Ok(BudgetCensusView {
                entries: i.entries,
                with_birth_date: i.with_birth_date,
                with_district: i.with_district,
                kept_claims: i.kept_claims,
            })
        })
        .await?;
    Ok(Json(v))
}

/// An id to claim in a census.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetClaimInput {
    /// Your id as the census lists it; spaces, dots and dashes and the case of letters do
    /// not matter.
    pub id: String,
}

/// Claims your entry in a process's census by typing your id, until balloting is over:
/// one person per entry, one entry per person.
#[utoipa::path(post, path = "/api/v1/budgets/{id}/census/claim", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BudgetClaimInput,
    responses((status = 200, description = "your entry (claiming it again changes nothing)", body = BudgetClaimView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such process", body = Problem),
        (status = 409, description = "someone claimed this entry (`census_entry_taken`), you claimed another (`census_already_claimed`), or balloting is over (`budget_phase`)", body = Problem),
        (status = 422, description = "no entry has this id (`unknown_census_id`), or none given", body = Problem)))]
pub async fn claim_census(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BudgetClaimInput>,
) -> Result<Json<BudgetClaimView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let e = census::claim(c, &p, &id, &i.id, now_ms())?;
            let loc = service::require_process(c, &id)?;
            let district = match &e.district_heading_id {
                Some(h) => Some(service::require_heading(c, &loc, h)?.name),
                None => None,
            };
            Ok(BudgetClaimView {
                district_heading_id: e.district_heading_id,
                district,
                birth_date_known: e.birth_date.is_some(),
            })
        })
        .await?;
    Ok(Json(v))
}

/// The age rule and the district rule.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetVoterRulesInput {
    /// The least age at the balloting phase's start, 0 to 150 (census eligibility: from
    /// the census's birth dates; an entry without one is refused). None: no age rule.
    #[serde(default)]
    pub min_age: Option<i64>,
    /// How many district headings besides one's own a person may vote in (0, 1, …).
    /// None: unlimited. One's own district is the census's; without one, the first
    /// district heading one votes in.
    #[serde(default)]
    pub other_districts: Option<i64>,
    /// The id of the city-wide heading, open to everyone.
    #[serde(default)]
    pub citywide_heading: Option<String>,
}

/// Sets who may vote where — the age rule and the district rule — until balloting opens
/// (an admin).
#[utoipa::path(put, path = "/api/v1/budgets/{id}/voter-rules", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BudgetVoterRulesInput,
    responses((status = 200, description = "the process", body = BudgetView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process or city-wide heading", body = Problem),
        (status = 409, description = "the rules locked when balloting opened (`rules_locked`)", body = Problem),
        (status = 422, description = "an age or a number of districts out of range (`invalid_ballot_rules`)", body = Problem)))]
pub async fn set_voter_rules(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BudgetVoterRulesInput>,
) -> Result<Json<BudgetView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let r = census::NewVoterRules {
                min_age: i.min_age,
                other_districts: i.other_districts,
                citywide: i.citywide_heading,
            };
            let loc = census::set_rules(c, &p, &id, &r, now_ms())?;
            views::process(c, &loc)
        })
        .await?;
    Ok(Json(v))
}

/// Where you may vote in a process, heading by heading, and why.
#[utoipa::path(get, path = "/api/v1/budgets/{id}/my-headings", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "each heading: allowed or not, and why", body = Vec<BudgetHeadingStanding>),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such process", body = Problem)))]
pub async fn my_headings(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<Vec<BudgetHeadingStanding>>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let loc = service::require_process(c, &id)?;
            census::shown_standings(c, &p, &loc)
        })
        .await?;
    Ok(Json(v))
}
