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
//! its parent's revisions), `service`, `update`, `maintainers` and `translations` (flows
//! shared by API and pages, each with its journal event), `records` (people's records read from the store),
//! `revisions` (stored revisions as the model's trees and histories, stored in full or as
//! changes by `treestore`), `views` (what is shown), `compare` (diffs and archive
//! downloads), `proposed` (what a contribution changes, shown before a decision), `revert` (undoing a revision), `forks` (forking and offering upstream),
//! `deletion` (deleting a commons whose history stays readable), `gitimport` (history
//! imported from a git repository, counted by the paid/volunteer report), `forms` (uploads and work
//! records from the pages), `api` and `pages` (the routes, assembled in this file), and
//! `demo` (the demo territory's commons, seeded through the same flows).

// Private but for the flows, the store and the revisions that the commons benchmark
// (`examples/bench_commons.rs`) and the tree-store test drive without HTTP.
mod api;
mod archive;
mod compare;
mod deletion;
mod demo;
mod events;
mod export;
pub mod forks;
mod forms;
mod gitimport;
mod maintainers;
mod model;
mod open;
mod pages;
mod proposed;
mod records;
pub mod revert;
pub mod revisions;
pub mod service;
pub mod store;
mod translations;
pub mod treestore;
#[cfg(test)]
mod treestore_migration;
mod update;
mod views;

use crate::config::Config;
use crate::db::DbConn;
use crate::error::{AppError, detail};
use crate::state::AppState;
use crate::web::panels::{Looker, Panel, Subject};
use askama::Template;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouter};
use utoipa_axum::routes;

// The public face: what other domains and the assembly may use.
pub use demo::seed as seed_demo;
pub use events::EVENTS;
pub use export::EXPORT;
pub use gitimport::{
    ImportOutcome, ImportedCommit, ImportedWork, import as import_history, imported_work,
};
pub use model::{blob, contribution};
pub use open::{ensure_open, ensure_open_held};
pub use pages::contribution_page_with;
pub use store::{
    CommonsRow, ContributionRow, contribution_by_number, contributions, require_commons,
};
pub use views::CommonsSummary;

/// A few open commons, by handle, for a newcomer's first page.
pub fn some_open(conn: &mut DbConn, n: i64) -> Result<Vec<CommonsSummary>, AppError> {
    let paging = crate::web::paging::Paging::first(n, "/commons");
    Ok(views::commons_page(conn, &views::CommonsFilter::default(), &paging)?.items)
}

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

/// The id of the commons `handle` (a 404 that names it when there is none), for the
/// journal's `?context=commons:<handle>`.
pub fn context_id(conn: &mut DbConn, handle: &str) -> Result<String, AppError> {
    Ok(require_commons(conn, handle)?.id)
}

/// The maintainers of a commons as (person id, handle, since), oldest first: who may
/// open its treasury.
pub fn maintainers_of(
    conn: &mut DbConn,
    commons_id: &str,
) -> Result<Vec<(String, String, i64)>, AppError> {
    store::maintainers(conn, commons_id)
}

/// One accepted contribution, as a distribution back to contributors counts it: who made
/// it, the minutes a work record claims (none for a change), when it was accepted, and who
/// accepted it.
#[derive(Debug, Clone)]
pub struct AcceptedWork {
    pub number: i64,
    pub author_id: String,
    pub minutes: Option<u32>,
    pub accepted_at: i64,
    pub reviewer_ids: Vec<String>,
}

/// The contributions of a commons accepted in `[since, until)` (milliseconds), oldest
/// first.
pub fn accepted_contributions(
    conn: &mut DbConn,
    commons_id: &str,
    since: i64,
    until: i64,
) -> Result<Vec<AcceptedWork>, AppError> {
    let rows = store::accepted_with_reviews(conn, commons_id, since, until)?;
    Ok(rows
        .into_iter()
        .map(|(k, reviews)| {
            let minutes = match k.kind.as_str() {
                "work_record" => serde_json::from_str::<contribution::WorkRecord>(&k.body)
                    .ok()
                    .map(|w| w.minutes),
                _ => None,
            };
            AcceptedWork {
                number: k.number,
                author_id: k.author_id,
                minutes,
                accepted_at: k.updated_at,
                reviewer_ids: reviews
                    .into_iter()
                    .filter(|r| r.verdict == "accepted")
                    .map(|r| r.reviewer_id)
                    .collect(),
            }
        })
        .collect())
}

/// A fork of a commons as a distribution's contribution graph counts it: who forked it,
/// when, and the numbers of the accepted contributions it carried (those whose revisions
/// were in the history it was forked at): the attribution a fork keeps.
#[derive(Debug, Clone)]
pub struct ForkMark {
    pub forked_by: String,
    pub at: i64,
    pub carried: Vec<i64>,
}

/// The forks of a commons made in `[since, until)` (milliseconds), oldest first.
pub fn forks_in_period(
    conn: &mut DbConn,
    commons_id: &str,
    since: i64,
    until: i64,
) -> Result<Vec<ForkMark>, AppError> {
    let forks = store::forks_made(conn, commons_id, since, until)?;
    if forks.is_empty() {
        return Ok(Vec::new());
    }
    let revisions = store::contribution_revisions(conn, commons_id)?;
    Ok(forks
        .into_iter()
        .map(|(forked_by, at, point)| ForkMark {
            forked_by,
            at,
            carried: revisions
                .iter()
                .filter(|(_, r)| *r <= point)
                .map(|(n, _)| *n)
                .collect(),
        })
        .collect())
}

/// A commons by id (404 when there is none).
pub fn require_by_id(conn: &mut DbConn, id: &str) -> Result<CommonsRow, AppError> {
    store::commons_by_id(conn, id)
}

/// What one person gave a commons in a period: their contributions its maintainers
/// accepted, how many of those were work records, and the minutes those recorded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Given {
    pub accepted: i64,
    pub work_records: i64,
    pub minutes: i64,
}

/// What each of `people` (person ids) gave the commons `commons_id` between `from` and
/// `to` (Unix ms, both included), by person; people who gave nothing are left out.
pub fn accepted_in_period(
    conn: &mut DbConn,
    commons_id: &str,
    people: &[String],
    from: i64,
    to: i64,
) -> Result<std::collections::BTreeMap<String, Given>, AppError> {
    let mut given = std::collections::BTreeMap::<String, Given>::new();
    for (author, kind, body) in store::accepted_between(conn, commons_id, people, from, to)? {
        let entry = given.entry(author).or_default();
        entry.accepted += 1;
        if kind == "work_record" {
            let w = serde_json::from_str::<contribution::WorkRecord>(&body)
                .map_err(AppError::internal)?;
            entry.work_records += 1;
            entry.minutes += i64::from(w.minutes);
        }
    }
    Ok(given)
}

/// Every contribution to the commons `commons_id` its maintainers accepted (and did not
/// revert), oldest first: (author id, accepted at in Unix ms, minutes when it is a work
/// record, else `None`).
pub fn accepted_work(
    conn: &mut DbConn,
    commons_id: &str,
) -> Result<Vec<(String, i64, Option<i64>)>, AppError> {
    Ok(
        accepted_contributions(conn, commons_id, i64::MIN, i64::MAX)?
            .into_iter()
            .map(|w| (w.author_id, w.accepted_at, w.minutes.map(i64::from)))
            .collect(),
    )
}

/// Whether `person_id` is a commoner: a contribution of theirs was accepted by a commons,
/// or they maintain one.
pub fn has_contributed(conn: &mut DbConn, person_id: &str) -> Result<bool, AppError> {
    store::has_contributed(conn, person_id)
}

/// Ids of the commons a person worked on: contributed to or reviewed in, or wrote commits
/// of their imported history (for an organization's paid/volunteer report).
pub fn commons_worked_on_by(
    conn: &mut DbConn,
    person_id: &str,
) -> Result<std::collections::BTreeSet<String>, AppError> {
    let mut ids = store::commons_touched_by(conn, person_id)?;
    ids.extend(store::git_commons_of_person(conn, person_id)?);
    Ok(ids)
}

/// Whether `person_id` is one of the commons `commons_id`'s people: a maintainer, or a
/// contributor whose contribution was accepted (who may borrow what the commons lends
/// to its members).
pub fn is_member(conn: &mut DbConn, commons_id: &str, person_id: &str) -> Result<bool, AppError> {
    store::is_member(conn, commons_id, person_id)
}

/// The ids of every commons `person_id` maintains (deleted ones too): whose lending desk
/// is theirs.
pub fn ids_maintained_by(
    conn: &mut DbConn,
    person_id: &str,
) -> Result<std::collections::BTreeSet<String>, AppError> {
    store::commons_maintained_by(conn, person_id)
}

/// The handles of the open (not deleted) commons `person_id` maintains, sorted: those
/// they may name as the steward of something lent.
pub fn open_handles_maintained_by(
    conn: &mut DbConn,
    person_id: &str,
) -> Result<Vec<String>, AppError> {
    let mut handles = Vec::new();
    for id in store::commons_maintained_by(conn, person_id)? {
        let c = store::commons_by_id(conn, &id)?;
        if c.deleted_at.is_none() {
            handles.push(c.handle);
        }
    }
    handles.sort();
    Ok(handles)
}

/// The email addresses of the authors of a commons' imported history.
pub fn imported_emails(conn: &mut DbConn, commons_id: &str) -> Result<Vec<String>, AppError> {
    store::git_emails(conn, commons_id)
}

/// Sets the licence a commons shows to `expression`, checked as at its creation (an
/// expression of the SPDX list, with the reciprocity licences `LicenseRef-PPL` and
/// `LicenseRef-CopyFair`): how the coalition's licence policies are reflected on the
/// commons. The caller checks who may and journals the change.
pub fn set_licence(conn: &mut DbConn, commons_id: &str, expression: &str) -> Result<(), AppError> {
    let expr = model::SpdxExpression::parse(expression)?;
    store::set_licence(conn, commons_id, expr.as_str(), crate::db::now_ms())
}

/// Where a contribution lives: its commons and its number there.
pub fn contribution_place(
    conn: &mut DbConn,
    contribution_id: &str,
) -> Result<(CommonsRow, i64), AppError> {
    let k = store::contribution_by_id(conn, contribution_id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-no-contribution-id")))?;
    Ok((store::commons_by_id(conn, &k.commons_id)?, k.number))
}

/// The panel a person's page shows: their record in each commons.
struct PersonPanel {
    commons: Vec<records::CommonsRecord>,
}

/// The person panel as shown, in the page's language.
#[derive(Template)]
#[template(path = "commons/person_panel.html")]
struct PersonPanelHtml<'a> {
    chrome: crate::web::Chrome,
    commons: &'a [records::CommonsRecord],
}

impl Panel for PersonPanel {
    fn render(&self, looker: &Looker) -> String {
        let page = PersonPanelHtml {
            chrome: crate::web::Chrome::of_panel(looker),
            commons: &self.commons,
        };
        crate::web::panel_html(&page)
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
        .route(
            "/commons/{handle}/translations",
            post(translations::page_put),
        )
        .route(
            "/commons/{handle}/translations/{lang}/delete",
            post(translations::page_delete),
        )
        .route("/commons/{handle}/maintainers", post(maintainers::page_add))
        .route(
            "/commons/{handle}/maintainers/{person}/remove",
            post(maintainers::page_remove),
        )
        .route(
            "/commons/{handle}/revisions/{number}/revert",
            post(revert::page_revert),
        )
        .route("/commons/{handle}/contributions", get(pages::contributions))
        .route(
            "/commons/{handle}/contributions/{number}/update",
            post(pages::update_file),
        )
        .route(
            "/commons/{handle}/contributions/{number}/files/{*path}",
            get(proposed::proposed_file),
        )
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

/// API routes, each with its OpenAPI operation. Those that take a whole change (files
/// included) accept a larger body.
pub fn api(config: &Config) -> OpenApiRouter<AppState> {
    let big = |(schemas, paths, route): UtoipaMethodRouter<AppState>| {
        (schemas, paths, route.layer(change_limit(config)))
    };
    OpenApiRouter::new()
        .routes(routes!(api::list, api::create))
        .routes(routes!(api::get, deletion::api_delete))
        .routes(routes!(api::list_files))
        .routes(routes!(api::list_revisions))
        .routes(routes!(api::get_file))
        .routes(routes!(compare::api_diff))
        .routes(routes!(revert::api_revert))
        .routes(big(routes!(api::propose_change)))
        .routes(routes!(api::propose_work))
        .routes(routes!(forks::api_forks, forks::api_fork))
        .routes(routes!(forks::api_offer))
        .routes(routes!(api::contributors))
        .routes(routes!(api::person_records))
        .routes(routes!(api::list_contributions))
        .routes(routes!(api::add_maintainer))
        .routes(routes!(api::remove_maintainer))
        .routes(routes!(
            translations::api_put_translation,
            translations::api_delete_translation
        ))
        .routes(routes!(api::get_contribution))
        .routes(routes!(proposed::api_contribution_diff))
        .routes(big(routes!(api::update_change)))
        .routes(routes!(api::accept))
        .routes(routes!(api::reject))
        .routes(routes!(api::request_changes))
        .routes(routes!(api::withdraw))
}
