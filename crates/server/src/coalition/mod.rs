//! The coalition: how the commons is paid back. A commons' licence policy — an open
//! licence of the SPDX list, the Peer Production License, CopyFair with a fee schedule
//! less a reciprocity credit, or the maintainers' own text — and the determinations that
//! answer "may we use this commons, for this use?", naming the clauses and the facts that
//! decided, each kept, journaled in the commons' record, and expiring. And who pays for
//! the commons: affiliations people declare, and each commons' accepted work counted as
//! paid, volunteer or unknown (`affiliations`, a feature slice), with the commits of a
//! history imported from git counted by the employers gitdm-style maps name (`employers`),
//! and the same counted per organization (`orgreport`). And what comes back to the
//! commons (`dues`, `dues_views`, `dues_api`, `dues_pages`): fees accepted and phyles'
//! pledged shares of surplus, owed and paid through the commons' treasury and shared
//! with its contributors; a phyle's standing; a breach lifted.
//!
//! Rooms: `model` (the policies and the determination engine, no I/O), `store`
//! (queries), `service` (flows with their journal events), `views` (what is shown, in the
//! reader's language), `api` and `pages` (the routes, assembled here; the panel on a
//! commons' page), `events`, `export` and `demo`
//! (the PPL and CopyFair commons' determinations, through the same flows).

mod affiliations;
mod api;
mod demo;
mod demo_history;
mod dues;
mod dues_api;
mod dues_pages;
mod dues_views;
mod employers;
mod events;
mod export;
mod model;
mod orgreport;
mod pages;
mod service;
mod store;
mod views;

pub use affiliations::affiliations_panel;
pub use demo::seed as seed_demo;
pub use dues_pages::standing_panel;
pub use employers::{EmployersOutcome, apply as apply_employer_map};
pub use events::EVENTS;
pub use export::EXPORT;
pub use model::gitdm::{EmployerMap, MapError};
pub use orgreport::organization_panel;
pub use pages::{determination_page_with, licence_panel};

/// A determination as other domains name it (discussion's comments on it): its id, its
/// commons, the use it answers and its page. Every determination is public, as its page
/// and the commons' list of determinations are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeterminationCard {
    pub id: String,
    pub commons_id: String,
    pub usage: String,
    /// Who it answers: the organization it was asked for, else the person who asked, as
    /// `@handle`.
    pub party: String,
    pub url: String,
}

/// The latest determinations of the commons `commons_id`, newest first (at most `limit`).
pub fn latest_determinations(
    conn: &mut crate::db::DbConn,
    commons_id: &str,
    limit: i64,
) -> Result<Vec<DeterminationCard>, crate::error::AppError> {
    store::determinations_of(conn, commons_id, None, limit)?
        .into_iter()
        .map(|d| determination_card(conn, &d.id))
        .collect()
}

/// The determination `id`, or a 404 naming it.
pub fn determination_card(
    conn: &mut crate::db::DbConn,
    id: &str,
) -> Result<DeterminationCard, crate::error::AppError> {
    let row = service::require_determination(conn, id)?;
    let party = match &row.organization_id {
        Some(o) => crate::accounts::org_handle(conn, &crate::ids::OrgId(o.clone()))?,
        None => crate::accounts::handle_of(conn, &row.asked_by)?,
    };
    Ok(DeterminationCard {
        party: format!("@{party}"),
        url: format!("/determinations/{}", row.id),
        id: row.id,
        commons_id: row.commons_id,
        usage: row.usage,
    })
}

/// The coalition's rule for phyles' members (set on accounts by the assembly): a
/// commoner, whose contribution a commons accepted, or who maintains one.
pub fn phyle_member_rule(
    conn: &mut crate::db::DbConn,
    person_id: &str,
) -> Result<bool, crate::error::AppError> {
    crate::commons::has_contributed(conn, person_id)
}

use crate::state::AppState;
use axum::Router;
use axum::routing::get;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Page routes.
pub fn pages() -> Router<AppState> {
    Router::new()
        .route(
            "/commons/{handle}/licence-policy",
            get(pages::policy).post(pages::set_policy),
        )
        .route(
            "/commons/{handle}/determinations",
            get(pages::list).post(pages::ask),
        )
        .route("/commons/{handle}/determinations/new", get(pages::ask_form))
        .route(
            "/commons/{handle}/paid-volunteer",
            get(affiliations::page_report),
        )
        .route(
            "/commons/{handle}/affiliations",
            axum::routing::post(affiliations::page_declare),
        )
        .route(
            "/affiliations/{id}/withdraw",
            axum::routing::post(affiliations::page_withdraw),
        )
        .route(
            "/orgs/{handle}/paid-volunteer",
            get(orgreport::page_org_report),
        )
        .route("/determinations/{id}", get(pages::determination))
        .route(
            "/determinations/{id}/terminate",
            axum::routing::post(pages::terminate),
        )
        .route(
            "/determinations/{id}/accept",
            axum::routing::post(dues_pages::accept),
        )
        .route(
            "/determinations/{id}/lift",
            axum::routing::post(dues_pages::lift),
        )
        .route("/commons/{handle}/dues", get(dues_pages::list))
        .route("/commons/{handle}/dues/{number}", get(dues_pages::show))
        .route(
            "/commons/{handle}/dues/{number}/payment",
            axum::routing::post(dues_pages::pay),
        )
        .route("/orgs/{handle}/standing", get(dues_pages::standing))
        .route(
            "/orgs/{handle}/pledges",
            axum::routing::post(dues_pages::set_pledges),
        )
        .route(
            "/orgs/{handle}/surpluses",
            axum::routing::post(dues_pages::declare_surplus),
        )
}

/// API routes, each with its OpenAPI operation.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api::list, api::ask))
        .routes(routes!(api::get))
        .routes(routes!(api::terminate))
        .routes(routes!(api::get_policy, api::put_policy))
        .routes(routes!(affiliations::api_declare))
        .routes(routes!(affiliations::api_withdraw))
        .routes(routes!(affiliations::api_of_person))
        .routes(routes!(affiliations::api_report))
        .routes(routes!(dues_api::accept_fee))
        .routes(routes!(dues_api::lift_breach))
        .routes(routes!(dues_api::list_dues))
        .routes(routes!(dues_api::get_due))
        .routes(routes!(dues_api::pay_due))
        .routes(routes!(dues_api::phyle_standing))
        .routes(routes!(dues_api::set_phyle_pledges))
        .routes(routes!(dues_api::declare_phyle_surplus))
        .routes(routes!(orgreport::api_org_report))
}
