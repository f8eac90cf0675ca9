//! Commons: shared works that anyone may contribute to, validated after the
//! fact by maintainers, and free to fork.
//!
//! The pure model (types and rules, no I/O):
//! `model` (the commons record, handle, kind, licence policy), `path`,
//! `blob` and `tree` (validated paths, content-addressed files, revisions'
//! trees, with an incremental tree hash in `treehash`),
//! `contribution` (changes, work records, states), `access` (who may do
//! what), `rebase` and `review` (moving a change onto the head, deciding on
//! it), `history` and `fork` (revisions, reverts, lineage, upstream offers),
//! `candidates` (people's records, the maintainer-candidate rule), `diff`,
//! `markdown` and `archive` (what pages and downloads show). Every refusal
//! is a `CommonsError` with a stable code.
//!
//! Around the model: `store` (queries, including the lineage through which a fork reads
//! its parent's revisions), `service`, `update` and `maintainers` (flows shared by API and
//! pages, each with its journal event), `records` (people's records read from the store),
//! `revisions` (stored revisions as the model's trees and histories, stored in full or as
//! changes by `treestore`), `views` (what is shown), `compare` (diffs and archive
//! downloads), `revert` (undoing a revision), `forks` (forking and offering upstream),
//! `deletion` (deleting a commons whose history stays readable), `forms` (uploads and work
//! records from the pages), `api` and `pages` (the routes, assembled in this file), and
//! `demo` (the demo territory's commons, seeded through the same flows).

pub mod access;
pub mod api;
pub mod archive;
pub mod blob;
pub mod candidates;
pub mod compare;
pub mod contribution;
pub mod deletion;
pub mod demo;
pub mod diff;
pub mod error;
mod export;
pub mod fork;
pub mod forks;
pub mod forms;
pub mod history;
pub mod maintainers;
pub mod model;
pub mod pages;
pub mod path;
pub mod rebase;
pub mod records;
pub mod revert;
pub mod review;
pub mod revisions;
pub mod service;
pub mod store;
pub mod tree;
mod treehash;
pub mod treestore;
#[cfg(test)]
mod treestore_migration;
pub mod update;
pub mod views;

#[cfg(test)]
mod testkit;
#[cfg(test)]
mod tests;

use crate::config::Config;
use crate::db::DbConn;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::panels::{Looker, Panel, Subject};
use askama::Template;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{get, post};

// The public face: what other domains and the assembly may use.
pub use deletion::ensure_open;
pub use export::EXPORT;
pub use store::{
    CommonsRow, ContributionRow, contribution_by_number, contributions, require_commons,
};

/// What commons keeps in the state: its page and ranking caches.
#[derive(Default)]
pub struct Caches {
    pub(crate) show: pages::ShowCache,
    pub(crate) contributors: api::ContributorsCache,
}

/// Puts commons' caches into the state.
pub fn install(state: &mut AppState) {
    state.install(Caches::default());
}

/// A commons by id (404 when there is none).
pub fn require_by_id(conn: &mut DbConn, id: &str) -> Result<CommonsRow, AppError> {
    store::commons_by_id(conn, id)
}

/// Where a contribution lives: its commons' handle and its number there.
pub fn contribution_place(
    conn: &mut DbConn,
    contribution_id: &str,
) -> Result<(String, i64), AppError> {
    let k = store::contribution_by_id(conn, contribution_id)?
        .ok_or_else(|| AppError::not_found("the contribution"))?;
    let c = store::commons_by_id(conn, &k.commons_id)?;
    Ok((c.handle, k.number))
}

/// The panel a person's page shows: their record in each commons.
#[derive(Template)]
#[template(path = "commons/person_panel.html")]
struct PersonPanel {
    commons: Vec<records::CommonsRecord>,
}

impl Panel for PersonPanel {
    fn render(&self, _: &Looker) -> String {
        Template::render(self).unwrap_or_else(|err| {
            tracing::error!(error = %err, "panel failed to render");
            String::new()
        })
    }
}

/// Commons records shown on a profile.
const PROFILE_COMMONS: usize = 50;

/// A person page's panel: their record in the commons.
pub fn person_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let commons = records::of_person(c, s.id, PROFILE_COMMONS)?;
    Ok(Some(Box::new(PersonPanel { commons })))
}

/// Changes carry whole files: their routes take bodies up to one largest file (the rest of
/// the server keeps the smaller general limit).
fn change_limit(config: &Config) -> DefaultBodyLimit {
    DefaultBodyLimit::max(config.change_body_bytes())
}

pub fn pages(config: &Config) -> Router<AppState> {
    Router::new()
        .route("/commons", get(pages::list).post(pages::create))
        .route("/commons/new", get(pages::new_form))
        .route("/commons/{handle}", get(pages::show))
        .route("/commons/{handle}/files/{*path}", get(pages::file))
        .route("/commons/{handle}/edit", get(pages::edit_form))
        .route("/commons/{handle}/diff", get(compare::page_diff))
        .route("/commons/{handle}/archive/{name}", get(compare::download))
        .route(
            "/commons/{handle}/propose",
            post(pages::propose).layer(change_limit(config)),
        )
        .route(
            "/commons/{handle}/upload",
            post(forms::upload).layer(change_limit(config)),
        )
        .route("/commons/{handle}/work", post(forms::record_work))
        .route("/commons/{handle}/fork", post(forks::page_fork))
        .route("/commons/{handle}/offer", post(forks::page_offer))
        .route("/commons/{handle}/delete", post(deletion::page_delete))
        .route("/commons/{handle}/contributions", get(pages::contributions))
        .route("/commons/{handle}/revisions", get(pages::revisions_list))
        .route(
            "/commons/{handle}/contributions/{number}",
            get(pages::contribution),
        )
        .route(
            "/commons/{handle}/contributions/{number}/{action}",
            post(pages::review),
        )
}

pub fn api(config: &Config) -> Router<AppState> {
    let one = "/api/v1/commons/{handle}/contributions/{number}";
    Router::new()
        .route("/api/v1/commons", get(api::list).post(api::create))
        .route(
            "/api/v1/commons/{handle}",
            get(api::get).delete(deletion::api_delete),
        )
        .route("/api/v1/commons/{handle}/files", get(api::list_files))
        .route(
            "/api/v1/commons/{handle}/revisions",
            get(api::list_revisions),
        )
        .route("/api/v1/commons/{handle}/files/{*path}", get(api::get_file))
        .route("/api/v1/commons/{handle}/diff", get(compare::api_diff))
        .route(
            "/api/v1/commons/{handle}/revisions/{number}/revert",
            post(revert::api_revert),
        )
        .route(
            "/api/v1/commons/{handle}/changes",
            post(api::propose_change).layer(change_limit(config)),
        )
        .route("/api/v1/commons/{handle}/work", post(api::propose_work))
        .route(
            "/api/v1/commons/{handle}/forks",
            get(forks::api_forks).post(forks::api_fork),
        )
        .route("/api/v1/commons/{handle}/offer", post(forks::api_offer))
        .route(
            "/api/v1/commons/{handle}/contributors",
            get(api::contributors),
        )
        .route("/api/v1/people/{handle}/commons", get(api::person_records))
        .route(
            "/api/v1/commons/{handle}/contributions",
            get(api::list_contributions),
        )
        .route(
            "/api/v1/commons/{handle}/maintainers",
            post(api::add_maintainer),
        )
        .route(
            "/api/v1/commons/{handle}/maintainers/{person}",
            axum::routing::delete(api::remove_maintainer),
        )
        .route(
            one,
            get(api::get_contribution).put(api::update_change.layer(change_limit(config))),
        )
        .route(&format!("{one}/accept"), post(api::accept))
        .route(&format!("{one}/reject"), post(api::reject))
        .route(
            &format!("{one}/request-changes"),
            post(api::request_changes),
        )
        .route(&format!("{one}/withdraw"), post(api::withdraw))
}
