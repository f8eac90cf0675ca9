//! Bodies: the democratic bodies of an organization (general assembly, board, working
//! group, jury, valuation panel, commons council), each with a versioned rulebook — who
//! sits, who may open a decision, the default method, quorum and threshold, the least
//! secrecy, whether ballots may change, and optional capped weights — and the decisions
//! they take: drafted, opened (the electorate frozen, its hash journaled), voted on by
//! whoever sits, closed by the closing sweep at their time or early by their opener, and
//! counted exactly by the decision engine (`commonfare_decide`) with every rule it has for
//! bodies. Ballots are open, anonymous (no voter, no time, no order) or secret with
//! receipts; each closed decision publishes its ballots anonymised in a standard file
//! (BLT, PrefLib, CSV) so that anyone can recount it with `commonfare decide`.
//!
//! Rooms: `model` (rules, no I/O), `count` (the count through the engine) and `files`
//! (the ballot files), both pure; `store` (queries); the flows, each with its journal
//! event: `service` (bodies, rulebooks, finding things), `decisions` (draft, rewrite,
//! open, withdraw), `ballots` (cast), `proxies` (offer, answer, take back, count them),
//! `delegations` (standing delegations within a body: offer, answer, revoke) and
//! `closing` (close and count); `views` (what is
//! shown); `api` and `pages` (the routes, assembled here), with `forms` reading the
//! pages' forms; `events`, `export` and `demo`.

mod api;
mod ballots;
#[cfg(test)]
mod bench;
mod closing;
mod count;
mod decisions;
mod delegations;
mod demo;
mod elections;
mod events;
mod export;
mod feed;
mod files;
mod forms;
mod model;
mod pages;
mod proxies;
mod service;
mod store;
mod views;

pub use demo::seed as seed_demo;
pub use events::EVENTS;
pub use export::EXPORT;
pub use pages::{decision_page_with, organization_panel};

use crate::db::DbConn;
use crate::error::AppError;
use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};
use std::time::Duration;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// How often the closing sweep looks for decisions whose time has come.
pub const SWEEP_EVERY: Duration = Duration::from_secs(15);

pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/orgs/{handle}/bodies", post(pages::create))
        .route("/orgs/{handle}/bodies/{slug}", get(pages::body))
        .route("/orgs/{handle}/bodies/{slug}/decisions", post(pages::draft))
        .route(
            "/orgs/{handle}/bodies/{slug}/rulebook",
            post(pages::rulebook),
        )
        .route(
            "/orgs/{handle}/bodies/{slug}/decisions/{number}",
            get(pages::numbered),
        )
        .route("/decisions", get(pages::decisions))
        .route("/decisions/{id}", get(pages::decision))
        .route("/decisions/feed-token", post(pages::feed_token))
        .route("/feeds/decisions/{token}", get(pages::feed))
        .route("/decisions/{id}/ballot", post(pages::vote))
        .route("/decisions/{id}/proxy", post(pages::give_proxy))
        .route("/decisions/{id}/proxy/revoke", post(pages::revoke_proxy))
        .route("/decisions/{id}/proxy/answer", post(pages::answer_proxy))
        .route(
            "/orgs/{handle}/bodies/{slug}/delegation",
            post(pages::offer_delegation),
        )
        .route(
            "/orgs/{handle}/bodies/{slug}/delegation/revoke",
            post(pages::revoke_delegation),
        )
        .route(
            "/orgs/{handle}/bodies/{slug}/delegation/answer",
            post(pages::answer_delegation),
        )
        .route("/decisions/{id}/open", post(pages::open))
        .route("/decisions/{id}/close", post(pages::close))
        .route("/decisions/{id}/withdraw", post(pages::withdraw))
        .route("/decisions/{id}/nominations", post(pages::nominate))
        .route(
            "/decisions/{id}/nominations/answer",
            post(pages::answer_nomination),
        )
}

/// API routes, each with its OpenAPI operation.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api::list_bodies, api::create_body))
        .routes(routes!(api::get_body))
        .routes(routes!(api::change_rulebook))
        .routes(routes!(api::draft))
        .routes(routes!(api::list_decisions))
        .routes(routes!(api::my_decisions))
        .routes(routes!(api::get_decision, api::edit_draft))
        .routes(routes!(api::open))
        .routes(routes!(api::close))
        .routes(routes!(api::withdraw))
        .routes(routes!(api::cast))
        .routes(routes!(api::give_proxy, api::revoke_proxy))
        .routes(routes!(api::my_proxies))
        .routes(routes!(api::answer_proxy))
        .routes(routes!(
            api::my_delegation,
            api::offer_delegation,
            api::revoke_delegation
        ))
        .routes(routes!(api::answer_delegation))
        .routes(routes!(api::ballots))
        .routes(routes!(api::nominate))
        .routes(routes!(api::answer_nomination))
}

/// The spending limit one body's current rulebook sets: a payment from the
/// organization's treasury above `amount_minor` (in minor units of `currency`) needs a
/// decision of this body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpendingLimit {
    pub body_id: String,
    pub body_name: String,
    pub body_url: String,
    pub amount_minor: i64,
    pub currency: String,
}

/// The spending limits the rulebooks of an organization's bodies set (current rulebook
/// versions).
pub fn spending_limits_of(
    conn: &mut DbConn,
    organization_id: &str,
) -> Result<Vec<SpendingLimit>, AppError> {
    let rows = store::limited_bodies(conn, organization_id)?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let org = crate::ids::OrgId(organization_id.to_string());
    let handle = crate::accounts::org_handle(conn, &org)?;
    Ok(rows
        .into_iter()
        .filter_map(|b| {
            Some(SpendingLimit {
                body_url: format!("/orgs/{handle}/bodies/{}", b.slug),
                amount_minor: b.spending_limit_minor?,
                currency: b.spending_limit_currency?,
                body_id: b.id,
                body_name: b.name,
            })
        })
        .collect())
}

/// A body as other domains name it (discussion's threads on a body): its id, its
/// organization, its slug and name, and its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyCard {
    pub id: String,
    pub org_id: String,
    pub org_handle: String,
    pub slug: String,
    pub name: String,
    pub url: String,
}

impl BodyCard {
    fn of(ctx: &service::BodyCtx) -> BodyCard {
        BodyCard {
            id: ctx.body.id.clone(),
            org_id: ctx.org.as_str().to_string(),
            org_handle: ctx.org_handle.clone(),
            slug: ctx.body.slug.clone(),
            name: ctx.body.name.clone(),
            url: ctx.url(),
        }
    }
}

/// The body `slug` of the organization `org`, or a 404 naming them.
pub fn body_card(conn: &mut DbConn, org: &str, slug: &str) -> Result<BodyCard, AppError> {
    Ok(BodyCard::of(&service::require_body(conn, org, slug)?))
}

/// The body with this id (as a stored thread names it).
pub fn body_card_by_id(conn: &mut DbConn, id: &str) -> Result<BodyCard, AppError> {
    let body = store::body_by_id(conn, id)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no body {id}")))?;
    let d = service::locate_body(conn, body)?;
    Ok(BodyCard::of(&d))
}

/// Whether `person` sits in the body with this id now, by its current rulebook (every
/// member, the admins, the people named, or the holders of a seat whose term runs); false
/// for a body that does not exist.
pub fn sits_in(
    conn: &mut DbConn,
    body_id: &str,
    person: &crate::ids::PersonId,
) -> Result<bool, AppError> {
    let Some(body) = store::body_by_id(conn, body_id)? else {
        return Ok(false);
    };
    let ctx = service::locate_body(conn, body)?;
    let rules = service::current_rules(conn, &ctx.body)?;
    service::sits(conn, &ctx, &rules, person)
}

/// A decision as other domains name it: its id, number in its body, question, state and
/// body. Every decision is public from its draft on (its page and its API answer anyone),
/// so whatever is shown beside it is public too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionCard {
    pub id: String,
    pub number: i64,
    pub title: String,
    pub state: String,
    pub url: String,
    pub body: BodyCard,
}

/// The decision `number` of the body `slug` of the organization `org`, or a 404.
pub fn decision_card_by_number(
    conn: &mut DbConn,
    org: &str,
    slug: &str,
    number: i64,
) -> Result<DecisionCard, AppError> {
    let ctx = service::require_body(conn, org, slug)?;
    let l = service::decision_of_body(conn, &ctx, number)?;
    decision_card(conn, &l.d.id)
}

/// The decision `id`, or a 404 naming it.
pub fn decision_card(conn: &mut DbConn, id: &str) -> Result<DecisionCard, AppError> {
    let l = service::require_decision(conn, id)?;
    Ok(DecisionCard {
        url: l.url(),
        id: l.d.id,
        number: l.d.number,
        title: l.d.title,
        state: l.d.state,
        body: BodyCard::of(&l.ctx),
    })
}

/// A passed decision that authorises paying an expense: `amount_minor` in minor units of
/// `currency`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentAuthorisation {
    pub decision_id: String,
    pub decision_url: String,
    pub body_id: String,
    pub amount_minor: i64,
    pub currency: String,
}

/// Passed decisions of the organization's bodies that authorise paying `expense` of
/// treasury `treasury_handle`.
pub fn payment_authorisations(
    conn: &mut DbConn,
    organization_id: &str,
    treasury_handle: &str,
    expense: i64,
) -> Result<Vec<PaymentAuthorisation>, AppError> {
    Ok(
        store::passed_authorisations(conn, organization_id, treasury_handle, expense)?
            .into_iter()
            .map(|a| PaymentAuthorisation {
                decision_url: format!("/decisions/{}", a.decision_id),
                decision_id: a.decision_id,
                body_id: a.body_id,
                amount_minor: a.amount_minor,
                currency: a.currency,
            })
            .collect(),
    )
}

/// Closes and counts every open decision whose closing time has passed, each in its own
/// transaction; returns how many it closed. Running it twice, or in two processes at
/// once, closes each decision once: the close is guarded by the decision's state.
pub async fn sweep(state: &AppState) -> Result<usize, AppError> {
    let now = crate::db::now_ms();
    let due = state.db.read(move |c| closing::due(c, now)).await?;
    let mut closed = 0;
    for id in due {
        if state
            .db
            .write(move |c| closing::close_due(c, &id, now))
            .await?
        {
            closed += 1;
        }
    }
    Ok(closed)
}

/// Runs the closing sweep when the server starts and every [`SWEEP_EVERY`] after, until
/// the server shuts down; so decisions close at their time across restarts.
pub async fn sweep_forever(state: AppState) {
    let mut stop = state.shutdown.subscribe();
    loop {
        match sweep(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(closed = n, "closed decisions whose time had come"),
            Err(e) => tracing::error!(error = %e, "the closing sweep failed; trying again"),
        }
        tokio::select! {
            _ = tokio::time::sleep(SWEEP_EVERY) => {}
            _ = stop.changed() => return,
        }
        if *stop.borrow() {
            return;
        }
    }
}
