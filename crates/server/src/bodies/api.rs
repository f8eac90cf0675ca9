//! JSON API for bodies: an organization's bodies and their rulebooks, decisions (draft,
//! open, close early, withdraw), ballots, and each closed decision's anonymised ballot
//! file. Reads are public; writes need a bearer token.

use super::model::{BallotInput, DecisionState, NewDecision, RulesInput};
use super::service::{self, NewBody};
use super::views::{
    self, BodyDetail, BodyView, DecisionView, DelegationsView, MyDecision, ProxiesView,
};
use super::{ballots, closing, decisions, delegations, elections, proxies};
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiJson, Path, Query};
use crate::web::paging::{Page, Paging, PagingParams};
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A new version of a body's rulebook: the rules that change, and why.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RulebookChange {
    pub rules: RulesInput,
    /// Why the rules change (Markdown, at most 10 000 characters).
    #[serde(default)]
    pub note: String,
}

/// What a ballot gave its voter.
#[derive(Debug, Serialize, ToSchema)]
pub struct CastView {
    /// Whether it replaced the voter's earlier ballot (the last one counts).
    pub changed: bool,
    /// For a secret ballot: the voter's receipt, shown this once. After the close the
    /// decision lists the SHA-256 of every receipt (`outcome.receipts`).
    pub receipt: Option<String>,
    pub decision: DecisionView,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DecisionFilter {
    /// Only decisions in this state: `draft`, `open`, `closed` or `withdrawn`.
    pub state: Option<String>,
}

/// The bodies of an organization, by name.
#[utoipa::path(get, path = "/api/v1/orgs/{handle}/bodies", tag = "bodies",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the organization's bodies", body = Vec<BodyView>),
        (status = 404, description = "no such organization", body = Problem)))]
pub async fn list_bodies(
    State(state): State<AppState>,
    Path(handle): Path<String>,
) -> Result<Json<Vec<BodyView>>, ApiError> {
    let list = state
        .db
        .read(move |c| {
            let org = crate::accounts::require_org(c, &handle)?;
            Ok(service::bodies_of(c, &org)?
                .iter()
                .map(views::body_view)
                .collect())
        })
        .await?;
    Ok(Json(list))
}

/// An admin of the organization declares a body with its first rulebook.
#[utoipa::path(post, path = "/api/v1/orgs/{handle}/bodies", tag = "bodies", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = NewBody,
    responses((status = 201, description = "the body with its rulebook", body = BodyDetail),
        (status = 403, description = "not an admin of the organization", body = Problem),
        (status = 404, description = "no such organization or person", body = Problem),
        (status = 409, description = "a body of that address exists", body = Problem),
        (status = 422, description = "an unusable name, kind or rule", body = Problem)))]
pub async fn create_body(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<NewBody>,
) -> Result<Response, ApiError> {
    let detail = state
        .db
        .write(move |c| {
            let ctx = service::create_body(c, &p, &handle, &i)?;
            views::body_detail(c, &ctx)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(detail)).into_response())
}

/// A body: who sits, its rulebook and every earlier version, its decisions.
#[utoipa::path(get, path = "/api/v1/orgs/{handle}/bodies/{slug}", tag = "bodies",
    params(("handle" = String, Path), ("slug" = String, Path)),
    responses((status = 200, description = "the body", body = BodyDetail),
        (status = 404, description = "no such organization or body", body = Problem)))]
pub async fn get_body(
    State(state): State<AppState>,
    Path((handle, slug)): Path<(String, String)>,
) -> Result<Json<BodyDetail>, ApiError> {
    let d = state
        .db
        .read(move |c| {
            let ctx = service::require_body(c, &handle, &slug)?;
            views::body_detail(c, &ctx)
        })
        .await?;
    Ok(Json(d))
}

/// An admin writes the next version of a body's rulebook; open decisions keep the rules
/// they froze.
#[utoipa::path(put, path = "/api/v1/orgs/{handle}/bodies/{slug}/rulebook", tag = "bodies", security(("bearer" = [])),
    params(("handle" = String, Path), ("slug" = String, Path)), request_body = RulebookChange,
    responses((status = 200, description = "the body with its new rulebook", body = BodyDetail),
        (status = 403, description = "not an admin of the organization", body = Problem),
        (status = 404, description = "no such organization, body or person", body = Problem),
        (status = 409, description = "the rulebook changed meanwhile", body = Problem),
        (status = 422, description = "an unusable rule", body = Problem)))]
pub async fn change_rulebook(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, slug)): Path<(String, String)>,
    ApiJson(i): ApiJson<RulebookChange>,
) -> Result<Json<BodyDetail>, ApiError> {
    let d = state
        .db
        .write(move |c| {
            let ctx = service::require_body(c, &handle, &slug)?;
            service::change_rulebook(c, &p, &ctx, &i.rules, &i.note)?;
            let ctx = service::require_body(c, &handle, &slug)?;
            views::body_detail(c, &ctx)
        })
        .await?;
    Ok(Json(d))
}

/// Drafts a decision of a body (its admins, or whoever sits when the rulebook lets
/// members open decisions).
#[utoipa::path(post, path = "/api/v1/orgs/{handle}/bodies/{slug}/decisions", tag = "bodies", security(("bearer" = [])),
    params(("handle" = String, Path), ("slug" = String, Path)), request_body = NewDecision,
    responses((status = 201, description = "the draft", body = DecisionView),
        (status = 403, description = "the rulebook does not let this person open decisions", body = Problem),
        (status = 404, description = "no such organization or body", body = Problem),
        (status = 422, description = "an unusable title, method, option, seat count, secrecy or closing time", body = Problem)))]
pub async fn draft(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, slug)): Path<(String, String)>,
    ApiJson(i): ApiJson<NewDecision>,
) -> Result<Response, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let ctx = service::require_body(c, &handle, &slug)?;
            let loc = decisions::draft(c, &p, &ctx, &i)?;
            views::decision_view(c, &loc, true)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// Decisions of every body, newest first, a page at a time.
#[utoipa::path(get, path = "/api/v1/decisions", tag = "bodies",
    params(DecisionFilter, PagingParams),
    responses((status = 200, description = "one page of decisions, newest first", body = Page<DecisionView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 422, description = "an unknown state", body = Problem)))]
pub async fn list_decisions(
    State(state): State<AppState>,
    Query(f): Query<DecisionFilter>,
    paging: Paging,
) -> Result<Page<DecisionView>, ApiError> {
    let page = state
        .db
        .read(move |c| {
            let s = f.state.as_deref().map(DecisionState::parse).transpose()?;
            views::decisions_page(c, s.map(DecisionState::as_str), &paging)
        })
        .await?;
    Ok(page)
}

/// The open decisions the caller may vote on, those closing first first, each with the
/// weight of their ballot and whether they have voted.
#[utoipa::path(get, path = "/api/v1/me/decisions", tag = "bodies", security(("bearer" = [])),
    responses((status = 200, description = "the caller's open decisions", body = Vec<MyDecision>)))]
pub async fn my_decisions(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
) -> Result<Json<Vec<MyDecision>>, ApiError> {
    let list = state.db.read(move |c| views::open_for(c, &p.id)).await?;
    Ok(Json(list))
}

/// A decision: its question, options, state, participation, and once closed its outcome
/// with the explanation and the hashes of its ballot file and outcome.
#[utoipa::path(get, path = "/api/v1/decisions/{id}", tag = "bodies",
    params(("id" = String, Path)),
    responses((status = 200, description = "the decision", body = DecisionView),
        (status = 404, description = "no such decision", body = Problem)))]
pub async fn get_decision(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<DecisionView>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let loc = service::require_decision(c, &id)?;
            views::decision_view(c, &loc, true)
        })
        .await?;
    Ok(Json(v))
}

async fn act(
    state: AppState,
    f: impl FnOnce(&mut crate::db::DbConn) -> Result<service::Located, crate::error::AppError>
    + Send
    + 'static,
) -> Result<Json<DecisionView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let loc = f(c)?;
            views::decision_view(c, &loc, true)
        })
        .await?;
    Ok(Json(v))
}

/// Its opener or an admin rewrites a draft before it opens (the whole decision, as when
/// it was drafted).
#[utoipa::path(put, path = "/api/v1/decisions/{id}", tag = "bodies", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NewDecision,
    responses((status = 200, description = "the rewritten draft", body = DecisionView),
        (status = 403, description = "neither its opener nor an admin", body = Problem),
        (status = 404, description = "no such decision", body = Problem),
        (status = 409, description = "not a draft any more", body = Problem),
        (status = 422, description = "an unusable title, method, option, seat count, secrecy or closing time", body = Problem)))]
pub async fn edit_draft(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<NewDecision>,
) -> Result<Json<DecisionView>, ApiError> {
    act(state, move |c| decisions::edit_draft(c, &p, &id, &i)).await
}

/// Opens a draft (its opener or an admin): the electorate is frozen and its hash
/// journaled.
#[utoipa::path(post, path = "/api/v1/decisions/{id}/open", tag = "bodies", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the open decision", body = DecisionView),
        (status = 403, description = "neither its opener nor an admin", body = Problem),
        (status = 404, description = "no such decision", body = Problem),
        (status = 409, description = "not a draft, or nobody sits in the body", body = Problem),
        (status = 422, description = "its closing time has passed", body = Problem)))]
pub async fn open(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<DecisionView>, ApiError> {
    act(state, move |c| decisions::open(c, &p, &id)).await
}

/// Closes an open decision before its time (its opener or an admin) and counts it.
#[utoipa::path(post, path = "/api/v1/decisions/{id}/close", tag = "bodies", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the closed decision with its outcome", body = DecisionView),
        (status = 403, description = "neither its opener nor an admin", body = Problem),
        (status = 404, description = "no such decision", body = Problem),
        (status = 409, description = "not open", body = Problem)))]
pub async fn close(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<DecisionView>, ApiError> {
    act(state, move |c| closing::close(c, Some(&p), &id)).await
}

/// Withdraws a draft or open decision (its opener or an admin); its ballots are dropped.
#[utoipa::path(post, path = "/api/v1/decisions/{id}/withdraw", tag = "bodies", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the withdrawn decision", body = DecisionView),
        (status = 403, description = "neither its opener nor an admin", body = Problem),
        (status = 404, description = "no such decision", body = Problem),
        (status = 409, description = "closed or withdrawn already", body = Problem)))]
pub async fn withdraw(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<DecisionView>, ApiError> {
    act(state, move |c| decisions::withdraw(c, &p, &id)).await
}

/// Whom a voter gives their proxy to.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProxyInput {
    /// The handle of another voter of the decision (for a standing delegation: of another
    /// member of the body).
    pub to: String,
}

/// Offers the caller's proxy to another voter of the decision, where the rulebook allows
/// proxies; it counts at the close once that voter accepts it
/// (`POST /api/v1/decisions/{id}/proxy/answer`). The caller's own ballot, if they cast one
/// later, takes it back; so does `DELETE`. Offering it again to the same voter changes
/// nothing.
#[utoipa::path(put, path = "/api/v1/decisions/{id}/proxy", tag = "bodies", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = ProxyInput,
    responses((status = 200, description = "the proxy is offered", body = DecisionView),
        (status = 403, description = "not in the decision's frozen electorate", body = Problem),
        (status = 404, description = "no such decision", body = Problem),
        (status = 409, description = "not open, no proxies in this rulebook, voted already, or the holder holds as many as allowed", body = Problem),
        (status = 422, description = "to oneself, to someone outside the electorate, or a chain of proxies", body = Problem)))]
pub async fn give_proxy(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<ProxyInput>,
) -> Result<Json<DecisionView>, ApiError> {
    act(state, move |c| proxies::give(c, &p, &id, &i.to)).await
}

/// Takes the caller's proxy back, offered or accepted, until the close.
#[utoipa::path(delete, path = "/api/v1/decisions/{id}/proxy", tag = "bodies", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the proxy is taken back", body = DecisionView),
        (status = 403, description = "not in the decision's frozen electorate", body = Problem),
        (status = 404, description = "no such decision", body = Problem),
        (status = 409, description = "not open", body = Problem),
        (status = 422, description = "no proxy given", body = Problem)))]
pub async fn revoke_proxy(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<DecisionView>, ApiError> {
    act(state, move |c| proxies::revoke(c, &p, &id)).await
}

/// The caller's proxies in a decision: the one they offered, and those offered to them
/// (waiting for their answer, or accepted).
#[utoipa::path(get, path = "/api/v1/decisions/{id}/proxies", tag = "bodies", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the caller's proxies", body = ProxiesView),
        (status = 403, description = "not in the decision's frozen electorate", body = Problem),
        (status = 404, description = "no such decision", body = Problem)))]
pub async fn my_proxies(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<ProxiesView>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let loc = service::require_decision(c, &id)?;
            if service::standing(c, &loc, &p.id)?.is_none() {
                return Err(crate::error::AppError::forbidden(crate::error::detail!(
                    "problem-bodies-not-in-electorate"
                )));
            }
            Ok(views::proxies_view(proxies::mine(c, &loc, p.id.as_str())?))
        })
        .await?;
    Ok(Json(v))
}

/// A holder's answer to a proxy offered to them, or to a standing delegation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProxyAnswerInput {
    /// The handle of the voter (or member) who offered it.
    pub from: String,
    /// `true` accepts it; `false` declines it (or gives back one accepted).
    pub accept: bool,
}

/// The caller accepts or declines a proxy another voter offered them; only an accepted
/// proxy counts at the close, and never past the rulebook's number per holder.
#[utoipa::path(post, path = "/api/v1/decisions/{id}/proxy/answer", tag = "bodies", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = ProxyAnswerInput,
    responses((status = 200, description = "the proxy is accepted or declined", body = DecisionView),
        (status = 403, description = "not in the decision's frozen electorate", body = Problem),
        (status = 404, description = "no such decision", body = Problem),
        (status = 409, description = "not open, or no proxies in this rulebook", body = Problem),
        (status = 422, description = "no such proxy offered to the caller", body = Problem)))]
pub async fn answer_proxy(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<ProxyAnswerInput>,
) -> Result<Json<DecisionView>, ApiError> {
    let answer = if i.accept {
        proxies::Answer::Accept
    } else {
        proxies::Answer::Decline
    };
    act(state, move |c| proxies::answer(c, &p, &id, &i.from, answer)).await
}

/// Runs a delegation flow on the body, then shows the caller's delegations.
async fn delegating(
    state: AppState,
    p: crate::web::actor::Actor,
    handle: String,
    slug: String,
    f: impl FnOnce(
        &mut crate::db::DbConn,
        &crate::web::actor::Actor,
        &service::BodyCtx,
    ) -> Result<(), crate::error::AppError>
    + Send
    + 'static,
) -> Result<Json<DelegationsView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let ctx = service::require_body(c, &handle, &slug)?;
            f(c, &p, &ctx)?;
            Ok(views::delegations_view(delegations::mine(c, &p.id, &ctx)?))
        })
        .await?;
    Ok(Json(v))
}

/// The caller's standing delegations in a body: the one they gave, and those given to
/// them (waiting for their answer, or accepted).
#[utoipa::path(get, path = "/api/v1/orgs/{handle}/bodies/{slug}/delegation", tag = "bodies", security(("bearer" = [])),
    params(("handle" = String, Path), ("slug" = String, Path)),
    responses((status = 200, description = "the caller's standing delegations", body = DelegationsView),
        (status = 403, description = "the caller does not sit in the body", body = Problem),
        (status = 404, description = "no such organization or body", body = Problem)))]
pub async fn my_delegation(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, slug)): Path<(String, String)>,
) -> Result<Json<DelegationsView>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let ctx = service::require_body(c, &handle, &slug)?;
            let mine = delegations::mine(c, &p.id, &ctx)?;
            if !mine.seated {
                return Err(crate::error::AppError::forbidden(crate::error::detail!(
                    "problem-bodies-not-seated",
                    body = &ctx.body.name
                )));
            }
            Ok(views::delegations_view(mine))
        })
        .await?;
    Ok(Json(v))
}

/// Offers the caller's standing delegation to another member of the body, for all its
/// decisions until revoked, where the rulebook allows proxies. Once the delegate accepts,
/// at each decision's close the caller, if they did not vote and no one accepted a
/// per-decision proxy of theirs, counts as a copy of the delegate's ballot.
#[utoipa::path(put, path = "/api/v1/orgs/{handle}/bodies/{slug}/delegation", tag = "bodies", security(("bearer" = [])),
    params(("handle" = String, Path), ("slug" = String, Path)), request_body = ProxyInput,
    responses((status = 200, description = "the delegation is offered", body = DelegationsView),
        (status = 403, description = "the caller does not sit in the body", body = Problem),
        (status = 404, description = "no such organization or body", body = Problem),
        (status = 409, description = "no proxies in this rulebook, a delegation given already, or the delegate holds as many as allowed", body = Problem),
        (status = 422, description = "to oneself, to someone who does not sit in the body, or a chain", body = Problem)))]
pub async fn offer_delegation(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, slug)): Path<(String, String)>,
    ApiJson(i): ApiJson<ProxyInput>,
) -> Result<Json<DelegationsView>, ApiError> {
    delegating(state, p, handle, slug, move |c, p, ctx| {
        delegations::offer(c, p, ctx, &i.to)
    })
    .await
}

/// Takes the caller's standing delegation back, accepted or waiting.
#[utoipa::path(delete, path = "/api/v1/orgs/{handle}/bodies/{slug}/delegation", tag = "bodies", security(("bearer" = [])),
    params(("handle" = String, Path), ("slug" = String, Path)),
    responses((status = 200, description = "the delegation is taken back", body = DelegationsView),
        (status = 403, description = "the caller does not sit in the body", body = Problem),
        (status = 404, description = "no such organization or body", body = Problem),
        (status = 422, description = "no delegation given", body = Problem)))]
pub async fn revoke_delegation(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, slug)): Path<(String, String)>,
) -> Result<Json<DelegationsView>, ApiError> {
    delegating(state, p, handle, slug, delegations::revoke).await
}

/// The caller accepts or declines (or gives back) a standing delegation another member
/// of the body gave them; never more accepted than the rulebook's number per holder.
#[utoipa::path(post, path = "/api/v1/orgs/{handle}/bodies/{slug}/delegation/answer", tag = "bodies", security(("bearer" = [])),
    params(("handle" = String, Path), ("slug" = String, Path)), request_body = ProxyAnswerInput,
    responses((status = 200, description = "the delegation is accepted or declined", body = DelegationsView),
        (status = 403, description = "the caller does not sit in the body", body = Problem),
        (status = 404, description = "no such organization or body", body = Problem),
        (status = 409, description = "no proxies in this rulebook, or the caller holds as many as allowed", body = Problem),
        (status = 422, description = "no such delegation offered to the caller, or the caller has delegated", body = Problem)))]
pub async fn answer_delegation(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, slug)): Path<(String, String)>,
    ApiJson(i): ApiJson<ProxyAnswerInput>,
) -> Result<Json<DelegationsView>, ApiError> {
    delegating(state, p, handle, slug, move |c, p, ctx| {
        delegations::answer(c, p, ctx, &i.from, i.accept)
    })
    .await
}

/// Casts or changes the caller's ballot: the fields of the decision's method (`vote`,
/// `response` and `reason`, `position`, `approve`, `choose` or `ranking`), options by id.
#[utoipa::path(put, path = "/api/v1/decisions/{id}/ballot", tag = "bodies", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BallotInput,
    responses((status = 200, description = "the ballot is counted (the last one a voter casts)", body = CastView),
        (status = 403, description = "not in the decision's frozen electorate", body = Problem),
        (status = 404, description = "no such decision", body = Problem),
        (status = 409, description = "the decision is not open, or the ballot cannot change", body = Problem),
        (status = 422, description = "a ballot the method cannot read: unknown options, ranks out of range, too many approvals, a weight not in the rulebook", body = Problem)))]
pub async fn cast(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BallotInput>,
) -> Result<Json<CastView>, ApiError> {
    // The decision as it now stands is read after the write, not inside it: SQLite's one
    // writer is held only for the ballot and its event.
    let at = id.clone();
    let cast = state
        .db
        .write(move |c| Ok(ballots::cast(c, &p, &id, &i)?.1))
        .await?;
    let decision = state
        .db
        .read(move |c| {
            let loc = service::require_decision(c, &at)?;
            views::decision_view(c, &loc, true)
        })
        .await?;
    Ok(Json(CastView {
        changed: cast.changed,
        receipt: cast.receipt,
        decision,
    }))
}

/// The anonymised ballots of a closed decision in the standard format of its method:
/// BLT for IRV and STV, PrefLib (`.soi`, or `.cat` for approval) for other ranked
/// methods, CSV for motions. Recount with `commonfare decide rank FILE --method METHOD`.
#[utoipa::path(get, path = "/api/v1/decisions/{id}/ballots", tag = "bodies",
    params(("id" = String, Path)),
    responses((status = 200, description = "the ballot file; its SHA-256 is in the journal's `decision.closed`", content(
            (String = "text/plain"),
            (String = "text/csv"),
            (String = "application/yaml"))),
        (status = 404, description = "no such decision", body = Problem),
        (status = 409, description = "the decision is not closed", body = Problem)))]
pub async fn ballots(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let file = state
        .db
        .read(move |c| {
            let loc = service::require_decision(c, &id)?;
            let s = loc.state()?;
            if s != DecisionState::Closed {
                return Err(super::model::wrong_state(s, "download"));
            }
            closing::ballot_file(c, &loc)
        })
        .await?;
    Ok((
        [
            (header::CONTENT_TYPE, file.media_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", file.name),
            ),
        ],
        file.text,
    )
        .into_response())
}

/// A nomination in an election that fills elected seats.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NominationInput {
    /// The handle of the member nominated (the caller's own to stand themselves).
    pub candidate: String,
    /// Why they should sit (Markdown, at most 2 000 characters).
    #[serde(default)]
    pub statement: String,
}

/// A nominee's answer to their nomination.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NominationAnswer {
    /// Whether they stand.
    pub accept: bool,
    /// Their own statement, replacing the nominator's (when accepting).
    pub statement: Option<String>,
}

/// A member nominates a member of the organization in an election while its
/// nominations are open; nominating oneself is accepted at once, anyone else must accept.
#[utoipa::path(post, path = "/api/v1/decisions/{id}/nominations", tag = "bodies", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NominationInput,
    responses((status = 201, description = "the election with the nomination", body = DecisionView),
        (status = 403, description = "not a member of the organization", body = Problem),
        (status = 404, description = "no such decision or person", body = Problem),
        (status = 409, description = "nominations are closed (or the decision has none), or that person is nominated already", body = Problem),
        (status = 422, description = "the nominee is no member of the organization, or the statement is too long", body = Problem)))]
pub async fn nominate(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<NominationInput>,
) -> Result<Response, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let loc = elections::nominate(c, &p, &id, &i.candidate, &i.statement)?;
            views::decision_view(c, &loc, true)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// A nominee accepts or declines their nomination while nominations are open.
#[utoipa::path(post, path = "/api/v1/decisions/{id}/nominations/answer", tag = "bodies", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NominationAnswer,
    responses((status = 200, description = "the election with the answer", body = DecisionView),
        (status = 403, description = "not a member of the organization", body = Problem),
        (status = 404, description = "no such decision", body = Problem),
        (status = 409, description = "nominations are closed, or the caller has no pending nomination", body = Problem),
        (status = 422, description = "the statement is too long", body = Problem)))]
pub async fn answer_nomination(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<NominationAnswer>,
) -> Result<Json<DecisionView>, ApiError> {
    act(state, move |c| {
        elections::answer(c, &p, &id, i.accept, i.statement.as_deref())
    })
    .await
}
