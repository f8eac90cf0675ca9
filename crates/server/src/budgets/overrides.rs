//! The organisers' override of a budget's outcome (issue 15: "an organiser may override
//! only by a journaled act with a reason"): once the results are out, an admin of the
//! owning organization funds a project the process's rule left out, or takes out one it
//! funded, with a public reason. The count is never changed — the results stay what the
//! rule gives, for anyone to recount — and the overrides are shown beside it; what is
//! funded in the end (the projects tracked in implementation, the treasury's budget lines)
//! is the count with each project's latest override applied. Acts are kept in order, one
//! journal event each, serialized per process.

use super::count::{self, Asked};
use super::events;
use super::model::{self, BudgetError};
use super::service::{self, Located};
use super::store::{self, OverrideRow, ProjectRow};
use crate::db::{DbConn, new_id};
use crate::error::{AppError, detail};
use crate::journal;
use crate::web::actor::Actor;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use utoipa::ToSchema;

/// Longest reason, in characters.
pub const MAX_REASON_CHARS: usize = 1000;

/// An override as the API and the pages show it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetOverrideView {
    /// Its place among the process's overrides, from 1.
    pub seq: i64,
    pub project_id: String,
    /// The project's number (its id in the `.pb` file).
    pub project: String,
    pub title: String,
    /// Funded by the override, or taken out of the funded.
    pub funded: bool,
    pub reason: String,
    /// `@handle` of the admin.
    pub by: String,
    /// RFC 3339.
    pub at: String,
    /// Whether it is the project's latest override (the one that holds).
    pub current: bool,
}

/// A process's overrides and what is funded once they apply.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct BudgetOverridesView {
    pub overrides: Vec<BudgetOverrideView>,
    /// Project numbers the process's own rule funds, per the count.
    pub counted: Vec<String>,
    /// Project numbers funded in the end: the count with the overrides that hold.
    pub funded: Vec<String>,
}

/// The latest override of each project: project id → funded.
fn holding(rows: &[OverrideRow]) -> BTreeMap<&str, bool> {
    rows.iter()
        .map(|o| (o.project_id.as_str(), o.funded))
        .collect()
}

/// The projects the process's own rule funds, by id.
fn counted_ids(
    conn: &mut DbConn,
    loc: &Located,
    projects: &[ProjectRow],
) -> Result<BTreeSet<String>, AppError> {
    let rule = model::rule(&loc.p.rule)?;
    let mut out = BTreeSet::new();
    for heading in store::headings(conn, &loc.p.id)? {
        let instance = count::instance(conn, loc, &heading)?;
        let counted = count::count(&instance, Asked::of(rule))?;
        out.extend(
            projects
                .iter()
                .filter(|p| {
                    p.heading_id == heading.id && counted.outcome.selected.contains(&p.number)
                })
                .map(|p| p.id.clone()),
        );
    }
    Ok(out)
}

/// The ids of the projects funded in the end: the count, then each project's latest
/// override. Call only once the results are out. It counts every heading afresh, as the
/// writes that need it (an override, a record of progress, budget lines) do; pages and
/// the API read the kept counts ([`overrides_view`]).
pub fn funded_ids(
    conn: &mut DbConn,
    loc: &Located,
    projects: &[ProjectRow],
) -> Result<BTreeSet<String>, AppError> {
    let counted = counted_ids(conn, loc, projects)?;
    Ok(acts(conn, &loc.p.id)?.applied(&counted))
}

fn results_out(loc: &Located) -> Result<(), AppError> {
    if super::views::results_out(loc) {
        Ok(())
    } else {
        Err(BudgetError::WrongPhase {
            action: "results",
            phase: loc.phase().as_str(),
        }
        .into())
    }
}

/// Overrides the outcome for one project (an admin of the owner, results out, a reason).
/// Overriding to what already holds is a 409 `override_changes_nothing`.
pub fn record(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    project_id: &str,
    funded: bool,
    reason: &str,
    now: i64,
) -> Result<BudgetOverrideView, AppError> {
    let loc = service::require_process(conn, id)?;
    service::require_admin(conn, p, &loc)?;
    let reason = model::line("reason", reason, MAX_REASON_CHARS, true)?;
    results_out(&loc)?;
    store::lock_overrides(conn, &loc.p.id)?;
    let project = service::require_project(conn, &loc, project_id)?;
    let projects = store::projects(conn, &loc.p.id)?;
    if funded_ids(conn, &loc, &projects)?.contains(&project.id) == funded {
        return Err(AppError::conflict(
            "override_changes_nothing",
            detail!(
                "problem-budgets-override-nothing",
                number = project.number.as_str(),
                funded = if funded { "yes" } else { "no" }
            ),
        ));
    }
    let row = store::insert_override(
        conn,
        &OverrideRow {
            id: new_id(),
            process_id: loc.p.id.clone(),
            project_id: project.id.clone(),
            seq: 0,
            funded,
            reason: reason.clone(),
            decided_by: p.id.as_str().into(),
            decided_at: now,
        },
    )?;
    let heading = service::require_heading(conn, &loc, &project.heading_id)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::OVERRIDDEN,
        &loc.project_object(&project),
        &format!(
            "@{} overrode the count: project {}, “{}”, of “{}” {}",
            p.handle,
            project.number,
            project.title,
            loc.p.title,
            if funded { "is funded" } else { "is not funded" }
        ),
        &events::Overridden {
            project: loc.project_payload(&project, &heading.name),
            funded,
            reason,
        },
    )?;
    Ok(view(&row, &project, p.handle.clone(), true))
}

fn view(o: &OverrideRow, project: &ProjectRow, by: String, current: bool) -> BudgetOverrideView {
    BudgetOverrideView {
        seq: o.seq,
        project_id: project.id.clone(),
        project: project.number.clone(),
        title: project.title.clone(),
        funded: o.funded,
        reason: o.reason.clone(),
        by: format!("@{by}"),
        at: crate::web::rfc3339(o.decided_at),
        current,
    }
}

/// A process's overrides as stored, with the handles of who made them.
pub struct Acts {
    rows: Vec<OverrideRow>,
    handles: std::collections::HashMap<String, String>,
}

/// Reads a process's overrides (cheap: no count).
pub fn acts(conn: &mut DbConn, process_id: &str) -> Result<Acts, AppError> {
    let rows = store::overrides(conn, process_id)?;
    let handles = crate::accounts::handles_by_id(conn, rows.iter().map(|o| o.decided_by.clone()))?;
    Ok(Acts { rows, handles })
}

impl Acts {
    /// The funded projects once the acts apply to `counted` (project ids).
    pub fn applied(&self, counted: &BTreeSet<String>) -> BTreeSet<String> {
        let mut funded = counted.clone();
        for (project, yes) in holding(&self.rows) {
            if yes {
                funded.insert(project.to_string());
            } else {
                funded.remove(project);
            }
        }
        funded
    }

    /// The view of the acts over `projects`, given the ids the rule funds.
    pub fn view(&self, projects: &[ProjectRow], counted: &BTreeSet<String>) -> BudgetOverridesView {
        let last: BTreeMap<&str, i64> = self
            .rows
            .iter()
            .map(|o| (o.project_id.as_str(), o.seq))
            .collect();
        let by_id: BTreeMap<&str, &ProjectRow> =
            projects.iter().map(|p| (p.id.as_str(), p)).collect();
        let overrides = self
            .rows
            .iter()
            .filter_map(|o| {
                let project = by_id.get(o.project_id.as_str())?;
                let by = self.handles.get(&o.decided_by).cloned().unwrap_or_default();
                let current = last.get(o.project_id.as_str()) == Some(&o.seq);
                Some(view(o, project, by, current))
            })
            .collect();
        let numbers = |ids: &BTreeSet<String>| -> Vec<String> {
            let mut n: Vec<String> = ids
                .iter()
                .filter_map(|i| by_id.get(i.as_str()).map(|p| p.number.clone()))
                .collect();
            n.sort();
            n
        };
        BudgetOverridesView {
            overrides,
            counted: numbers(counted),
            funded: numbers(&self.applied(counted)),
        }
    }
}

/// The ids of the projects the process's own rule funds, from the counts the results
/// keep (each heading counted once per process version).
pub async fn counted_cached(
    state: &crate::state::AppState,
    loc: &Located,
    headings: &[super::store::HeadingRow],
    projects: &[ProjectRow],
) -> Result<BTreeSet<String>, AppError> {
    let rule = model::rule(&loc.p.rule)?;
    let mut out = BTreeSet::new();
    for heading in headings {
        let counted = count::counted(state, loc, heading, Asked::of(rule)).await?;
        out.extend(
            projects
                .iter()
                .filter(|p| {
                    p.heading_id == heading.id && counted.outcome.selected.contains(&p.number)
                })
                .map(|p| p.id.clone()),
        );
    }
    Ok(out)
}

/// A process's overrides, the counted outcome and what is funded in the end (results
/// out), from the kept counts.
pub async fn overrides_view(
    state: &crate::state::AppState,
    id: String,
) -> Result<BudgetOverridesView, AppError> {
    let (loc, headings, projects, acts) = state
        .db
        .read(move |c| {
            let loc = service::require_process(c, &id)?;
            let headings = store::headings(c, &loc.p.id)?;
            let projects = store::projects(c, &loc.p.id)?;
            let acts = acts(c, &loc.p.id)?;
            Ok((loc, headings, projects, acts))
        })
        .await?;
    results_out(&loc)?;
    let counted = counted_cached(state, &loc, &headings, &projects).await?;
    Ok(acts.view(&projects, &counted))
}
