//! Budgets: participatory budgeting from call to built project. A process belongs to an
//! organization (a public body, an association) and has headings — districts and a
//! city-wide one, each with its amount — and twelve phases, each enabled or not with its
//! dates, moved by an admin or by the sweep when the dates say so; the ballot rules
//! (style, limits, counting rule) lock when balloting opens. Members propose projects with
//! a cost under a heading; admins take projects off the ballot with a public reason.
//! Members vote online (approval with limits, knapsack up to the heading's amount, points
//! as a cumulative vote, or ranks as an ordinal one), one ballot per voter and heading,
//! changeable until the close; admins record paper ballots by polling station, reconciled
//! against each station's tally sheet and against the online ballots.
//! The count runs from the store through the decision engine (`commonfare_decide::pb`),
//! by the process's rule (Equal Shares with add1 and greedy completion by default) or any
//! other, cached until the process changes, with what each voter's share paid for and why
//! a project lost. A Pabulib file comes in as a closed process and goes out again.
//!
//! Rooms: `model` (rules, no I/O); `pabulib` (files to rows and rows to the engine's
//! instance) and `explain` (what a count means for people), both pure; `store`
//! (queries); the flows, each with its journal event: `service` (processes, headings,
//! rules, phases' plans, projects, supports), `phases` (moves, by hand and by date),
//! `ballots` (online), `paper` (paper ballots reconciled; routes in `paper_api`), `census` (the census, its claims, and the age and
//! district rules) and `progress` (implementation); `voters` (census files, keyed hashes,
//! age and the district rule, pure);
//! `documentation` (the commons holding a funded project's documentation);
//! `count` (counts from the store, cached); `groups` (incompatibility groups: at most one
//! of them funded; routes in `group_api` and `group_pages`); `views`; `api` and `pages`
//! (the routes, assembled here); `events`, `export` and `demo`.

mod api;
mod ballots;
mod census;
mod count;
mod demo;
mod documentation;
mod events;
mod explain;
mod export;
mod funded;
mod group_api;
mod group_pages;
mod groups;
mod model;
mod override_api;
mod override_pages;
mod overrides;
mod pabulib;
mod pages;
mod paper;
mod paper_api;
mod phases;
mod progress;
mod results_cache;
mod review_pages;
mod service;
mod share_pages;
mod store;
mod support_api;
mod support_pages;
mod supporting;
mod valuation;
mod valuation_api;
mod valuation_pages;
mod views;
mod voters;

pub use demo::seed as seed_demo;
pub use events::EVENTS;
pub use export::EXPORT;
pub use funded::{Funded, FundedProject, funded_projects, with_results};
pub use pages::project_page_with;

use crate::config::Config;
use crate::error::AppError;
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use std::time::Duration;
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouter};
use utoipa_axum::routes;

/// How often the sweep looks for processes whose dates move them.
pub const SWEEP_EVERY: Duration = Duration::from_secs(15);

/// A budget process as other domains name it (discussion's threads on a process): its
/// id, title, owning organization and page. Every process is public, as are its pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessCard {
    pub id: String,
    pub title: String,
    pub org_id: String,
    pub url: String,
}

/// The process `id`, or a 404 naming it.
pub fn process_card(conn: &mut crate::db::DbConn, id: &str) -> Result<ProcessCard, AppError> {
    let l = service::require_process(conn, id)?;
    Ok(ProcessCard {
        url: format!("/budgets/{}", l.p.id),
        id: l.p.id,
        title: l.p.title,
        org_id: l.p.org_id,
    })
}

/// A project as other domains name it: its id, number and title in its process, and its
/// page. Every project is public from its proposal on, whatever its state (a project
/// taken off the ballot keeps its page, with the public reason).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectCard {
    pub id: String,
    pub number: String,
    pub title: String,
    pub url: String,
    pub process: ProcessCard,
}

/// The project `project` of the process `id`, or a 404 naming the one missing.
pub fn project_card(
    conn: &mut crate::db::DbConn,
    id: &str,
    project: &str,
) -> Result<ProjectCard, AppError> {
    let l = service::require_process(conn, id)?;
    let row = service::require_project(conn, &l, project)?;
    let process = ProcessCard {
        url: format!("/budgets/{}", l.p.id),
        id: l.p.id,
        title: l.p.title,
        org_id: l.p.org_id,
    };
    Ok(ProjectCard {
        url: format!("{}/projects/{}", process.url, row.id),
        id: row.id,
        number: row.number,
        title: row.title,
        process,
    })
}

/// The project with this id, wherever it is (a panel on its page knows only the id).
pub fn project_card_by_id(
    conn: &mut crate::db::DbConn,
    project: &str,
) -> Result<ProjectCard, AppError> {
    let process_id = store::project(conn, project)?
        .map(|p| p.process_id)
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no project {project}")))?;
    project_card(conn, &process_id, project)
}

/// The project titled `title` of the latest process titled `process` (as a demo names
/// them), if there is one.
pub fn find_project(
    conn: &mut crate::db::DbConn,
    process: &str,
    title: &str,
) -> Result<Option<ProjectCard>, AppError> {
    let Some(p) = store::processes(conn, None, None, 1_000)?
        .into_iter()
        .find(|p| p.title == process)
    else {
        return Ok(None);
    };
    match store::projects(conn, &p.id)?
        .into_iter()
        .find(|k| k.title == title)
    {
        Some(k) => Ok(Some(project_card(conn, &p.id, &k.id)?)),
        None => Ok(None),
    }
}

/// Keeps the caches of counts and of the results pages visitors see.
pub fn install(state: &mut AppState) {
    state.install(count::Counts::default());
    state.install(results_cache::ResultsPages::default());
}

/// Page routes.
pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/budgets", get(pages::list))
        .route("/budgets/{id}", get(pages::process))
        .route("/budgets/{id}/results", get(pages::results))
        .route("/budgets/{id}/headings/{heading}/ballot", post(pages::vote))
        .route("/budgets/{id}/projects", post(pages::propose))
        .route("/budgets/{id}/projects/{project}", get(pages::project))
        .route(
            "/budgets/{id}/projects/{project}/progress",
            post(pages::record_progress),
        )
        .route(
            "/budgets/{id}/projects/{project}/commons",
            post(pages::link_commons),
        )
        .route(
            "/budgets/{id}/projects/{project}/commons/unlink",
            post(pages::unlink_commons),
        )
        .route(
            "/budgets/{id}/projects/{project}/support",
            post(pages::support),
        )
        .route(
            "/budgets/{id}/headings/{heading}/paper-ballots",
            post(pages::paper),
        )
        .route(
            "/budgets/{id}/projects/{project}/review",
            post(review_pages::review),
        )
        .route(
            "/budgets/{id}/projects/{project}/merge",
            post(review_pages::merge),
        )
        .route("/budgets/{id}/phase", post(pages::move_phase))
        .route("/budgets/{id}/census", post(pages::import_census))
        .route("/budgets/{id}/census/claim", post(pages::claim_census))
        .route("/budgets/{id}/overrides", post(override_pages::record))
        .route(
            "/budgets/{id}/projects/{project}/valuation",
            post(valuation_pages::record),
        )
        .route("/budgets/{id}/groups", post(group_pages::make))
        .route("/budgets/{id}/support-rules", post(support_pages::set))
        .route("/budgets/{id}/min-share", post(share_pages::set))
        .route(
            "/budgets/{id}/groups/{group}/remove",
            post(group_pages::remove),
        )
}

/// API routes, each with its OpenAPI operation. An import takes a file as large as
/// `max_file_bytes`.
pub fn api(config: &Config) -> OpenApiRouter<AppState> {
    let limit = usize::try_from(config.max_file_bytes).unwrap_or(usize::MAX);
    let big = |(schemas, paths, route): UtoipaMethodRouter<AppState>| {
        (schemas, paths, route.layer(DefaultBodyLimit::max(limit)))
    };
    OpenApiRouter::new()
        .routes(routes!(api::list, api::create))
        .routes(big(routes!(api::import)))
        .routes(routes!(api::get))
        .routes(routes!(api::results))
        .routes(routes!(api::export))
        .routes(routes!(api::add_heading))
        .routes(routes!(api::set_rules))
        .routes(routes!(api::plan))
        .routes(routes!(api::move_phase))
        .routes(routes!(api::propose))
        .routes(routes!(api::review))
        .routes(routes!(api::merge_project))
        .routes(routes!(api::record_progress))
        .routes(routes!(
            api::link_project_commons,
            api::unlink_project_commons
        ))
        .routes(routes!(api::support))
        .routes(routes!(api::cast))
        .routes(routes!(api::my_ballots))
        .routes(big(routes!(paper_api::paper)))
        .routes(routes!(paper_api::paper_report))
        .routes(big(routes!(api::import_census)))
        .routes(routes!(api::claim_census))
        .routes(routes!(api::set_voter_rules))
        .routes(routes!(api::my_headings))
        .routes(routes!(
            override_api::list_overrides,
            override_api::override_outcome
        ))
        .routes(routes!(valuation_api::name_valuation_panel))
        .routes(routes!(valuation_api::valuate_project))
        .routes(routes!(valuation_api::list_valuations))
        .routes(routes!(
            group_api::list_budget_groups,
            group_api::make_budget_group
        ))
        .routes(routes!(group_api::remove_budget_group))
        .routes(routes!(
            support_api::get_support_rules,
            support_api::set_support_rules
        ))
}

/// Moves every process whose dates say so, each in its own transaction; returns how many
/// it moved. Running it twice, or in two processes at once, moves each once.
pub async fn sweep(state: &AppState) -> Result<usize, AppError> {
    let now = crate::db::now_ms();
    let due = state.db.read(move |c| phases::due(c, now)).await?;
    let mut moved = 0;
    for id in due {
        if state
            .db
            .write(move |c| phases::move_due(c, &id, now))
            .await?
        {
            moved += 1;
        }
    }
    Ok(moved)
}

/// Runs the sweep when the server starts and every [`SWEEP_EVERY`] after, until the
/// server shuts down: processes move at their dates across restarts.
pub async fn sweep_forever(state: AppState) {
    let mut stop = state.shutdown.subscribe();
    loop {
        match sweep(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(moved = n, "moved budget processes whose dates had come"),
            Err(e) => tracing::error!(error = %e, "the budgets sweep failed; trying again"),
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
