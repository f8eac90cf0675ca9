//! Discussion: threads of comments on a commons and on each of its contributions and
//! determinations, on an organization, on a body and each of its decisions, on a budget
//! process and each of its projects (the scopes of `scope` and the objects of `subject`,
//! one more arm for each later kind of object) — the negotiated coordination of peer
//! production. Anyone signed in starts a thread or
//! comments; authors edit their comments (earlier texts are kept and shown) and may
//! delete them (a tombstone stays in the thread, and the journal keeps the fact of the
//! deletion but never the text). Everything is readable without an account.
//!
//! Rooms: `model` (rules, no I/O), `store` (queries), `service` (flows shared by API and
//! pages, each with its journal event), `views` (what is shown), `api` and `pages` (the
//! routes, assembled here), and `demo` (a thread seeded through the same flows).

mod api;
mod demo;
mod events;
mod export;
mod model;
mod pages;
mod scope;
mod service;
mod store;
mod subject;
mod views;

pub use demo::{seed as seed_demo, seed_on_objects as seed_demo_on_objects};
pub use events::EVENTS;
pub use export::EXPORT;
pub use pages::{
    body_panel, budget_panel, commons_panel, contribution_panel, decision_panel,
    determination_panel, organization_panel, project_panel,
};

use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};
use scope::{OfBudget, OfCommons, OfOrganization};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The comments (deletions left out) on the threads of the commons `commons_id` — on
/// the commons and on its contributions — written in `[since, until)`, oldest first, as
/// the ledger's contribution graph counts them (its comment source, set at start).
pub fn commons_comments_in_period(
    conn: &mut crate::db::DbConn,
    commons_id: &str,
    since: i64,
    until: i64,
) -> Result<Vec<crate::ledger::CommentMark>, crate::error::AppError> {
    Ok(store::comments_of_scope(
        conn,
        scope::ScopeKind::Commons.as_str(),
        commons_id,
        since,
        until,
    )?
    .into_iter()
    .map(|(author_id, at)| crate::ledger::CommentMark { author_id, at })
    .collect())
}

pub fn pages() -> Router<AppState> {
    Router::new()
        .route(
            "/commons/{handle}/threads",
            get(pages::list::<OfCommons>).post(pages::start::<OfCommons>),
        )
        .route(
            "/commons/{handle}/threads/{number}",
            get(pages::show::<OfCommons>),
        )
        .route(
            "/commons/{handle}/threads/{number}/comments",
            post(pages::reply::<OfCommons>),
        )
        .route(
            "/commons/{handle}/contributions/{number}/comments",
            post(pages::comment_on_contribution),
        )
        .route(
            "/orgs/{handle}/threads",
            get(pages::list::<OfOrganization>).post(pages::start::<OfOrganization>),
        )
        .route(
            "/orgs/{handle}/threads/{number}",
            get(pages::show::<OfOrganization>),
        )
        .route(
            "/orgs/{handle}/threads/{number}/comments",
            post(pages::reply::<OfOrganization>),
        )
        .route(
            "/orgs/{handle}/bodies/{slug}/threads",
            get(pages::body_list).post(pages::body_start),
        )
        .route(
            "/orgs/{handle}/bodies/{slug}/threads/{number}",
            get(pages::body_show),
        )
        .route(
            "/orgs/{handle}/bodies/{slug}/threads/{number}/comments",
            post(pages::body_reply),
        )
        .route(
            "/budgets/{id}/threads",
            get(pages::list::<OfBudget>).post(pages::start::<OfBudget>),
        )
        .route(
            "/budgets/{id}/threads/{number}",
            get(pages::show::<OfBudget>),
        )
        .route(
            "/budgets/{id}/threads/{number}/comments",
            post(pages::reply::<OfBudget>),
        )
        .route("/decisions/{id}/comments", post(pages::comment_on_decision))
        .route(
            "/budgets/{id}/projects/{project}/comments",
            post(pages::comment_on_project),
        )
        .route(
            "/determinations/{id}/comments",
            post(pages::comment_on_determination),
        )
        .route("/comments/{id}/edit", post(pages::edit))
        .route("/comments/{id}/delete", post(pages::delete))
        .route("/comments/{id}/history", get(pages::history))
}

/// API routes, each with its OpenAPI operation.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api::list_threads, api::start_thread))
        .routes(routes!(api::get_thread))
        .routes(routes!(api::post_comment))
        .routes(routes!(
            api::contribution_comments,
            api::comment_on_contribution
        ))
        .routes(routes!(
            api::get_comment,
            api::edit_comment,
            api::delete_comment
        ))
        .routes(routes!(api::comment_history))
        .routes(routes!(api::list_org_threads, api::start_org_thread))
        .routes(routes!(api::get_org_thread))
        .routes(routes!(api::post_org_comment))
        .routes(routes!(api::list_body_threads, api::start_body_thread))
        .routes(routes!(api::get_body_thread))
        .routes(routes!(api::post_body_comment))
        .routes(routes!(api::list_budget_threads, api::start_budget_thread))
        .routes(routes!(api::get_budget_thread))
        .routes(routes!(api::post_budget_comment))
        .routes(routes!(api::decision_comments, api::comment_on_decision))
        .routes(routes!(api::project_comments, api::comment_on_project))
        .routes(routes!(
            api::determination_comments,
            api::comment_on_determination
        ))
}
