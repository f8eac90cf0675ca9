//! Incompatibility groups (issue 15: "incompatibility groups (at most one of them
//! funded)"): projects of one heading of which at most one may be funded, such as two
//! playgrounds for the same square. An admin of the owner makes or removes a group before
//! balloting (the rules lock when balloting opens, and the groups with them), with a public
//! reason, journaled; a project is in at most one group (the members' key, and a check
//! under the process's row lock for a clear 409). The count passes the groups to the
//! engine (`Instance::exclusive`): once a project is funded, its group-mates are no longer
//! candidates. Each write bumps the process's version, so kept counts are not reused.

use super::events;
use super::model::{self, BudgetError, Phase};
use super::pabulib;
use super::service::{self, Located};
use super::store::{self, GroupRow, HeadingRow, ProjectRow};
use crate::db::{DbConn, new_id};
use crate::error::{AppError, detail, shown};
use crate::journal;
use crate::web::actor::Actor;
use commonfare_decide::pb::Instance;
use serde::Serialize;
use utoipa::ToSchema;

/// Longest name of a group, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest reason, in characters.
pub const MAX_REASON_CHARS: usize = 1000;

/// A project of a group.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetGroupProjectView {
    pub id: String,
    /// The project's number (its id in the `.pb` file).
    pub number: String,
    pub title: String,
}

/// An incompatibility group as the API and the pages show it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetGroupView {
    pub id: String,
    pub heading_id: String,
    pub heading: String,
    pub name: String,
    /// Why at most one of them may be funded, for everyone to read.
    pub reason: String,
    pub projects: Vec<BudgetGroupProjectView>,
    /// `@handle` of the admin who made it.
    pub by: String,
    /// RFC 3339.
    pub at: String,
}

/// A group as asked.
pub struct NewGroup {
    pub heading: String,
    pub name: String,
    /// Project ids.
    pub projects: Vec<String>,
    pub reason: String,
}

fn before_balloting() -> Vec<&'static str> {
    Phase::ALL
        .iter()
        .filter(|p| p.before_balloting())
        .map(|p| p.as_str())
        .collect()
}

/// Holds the process's row and bumps its version, or refuses once balloting has opened.
fn lock_before_balloting(conn: &mut DbConn, loc: &Located, now: i64) -> Result<(), AppError> {
    if store::touch_in(conn, &loc.p.id, &before_balloting(), now)? {
        Ok(())
    } else {
        Err(BudgetError::RulesLocked.into())
    }
}

fn too_small() -> AppError {
    AppError::invalid("invalid_group", detail!("problem-budgets-group-too-small"))
}

fn in_group(number: &str, group: &str) -> AppError {
    AppError::conflict(
        "project_in_group",
        detail!(
            "problem-budgets-project-in-group",
            number = number,
            group = shown(group, 60)
        ),
    )
}

/// Makes a group of projects of one heading (an admin of the owner, before balloting).
pub fn make(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    i: &NewGroup,
    now: i64,
) -> Result<BudgetGroupView, AppError> {
    let loc = service::require_process(conn, id)?;
    service::require_admin(conn, p, &loc)?;
    let name = model::line("name", &i.name, MAX_NAME_CHARS, true)?;
    let reason = model::line("reason", &i.reason, MAX_REASON_CHARS, true)?;
    let heading = service::require_heading(conn, &loc, &i.heading)?;
    let mut asked: Vec<&str> = Vec::new();
    for p in &i.projects {
        let p = p.trim();
        if !asked.contains(&p) {
            asked.push(p);
        }
    }
    if asked.len() < 2 {
        return Err(too_small());
    }
    // Under the process's row: a racing group, review or merge has committed or waits.
    lock_before_balloting(conn, &loc, now)?;
    let all = store::projects(conn, &loc.p.id)?;
    let mut chosen: Vec<&ProjectRow> = Vec::new();
    for a in asked {
        let project =
            all.iter()
                .find(|p| p.id == a)
                .ok_or_else(|| BudgetError::UnknownProject {
                    number: shown(a, 40),
                })?;
        if project.heading_id != heading.id {
            return Err(AppError::invalid(
                "invalid_group",
                detail!(
                    "problem-budgets-group-heading",
                    number = project.number.as_str(),
                    heading = heading.name.as_str()
                ),
            ));
        }
        if !pabulib::on_ballot(project) {
            return Err(BudgetError::NotOnBallot {
                number: project.number.clone(),
            }
            .into());
        }
        chosen.push(project);
    }
    for (g, members) in store::groups(conn, &loc.p.id)? {
        if let Some(p) = chosen.iter().find(|p| members.contains(&p.id)) {
            return Err(in_group(&p.number, &g.name));
        }
    }
    let row = GroupRow {
        id: new_id(),
        process_id: loc.p.id.clone(),
        heading_id: heading.id.clone(),
        name: name.clone(),
        reason: reason.clone(),
        created_by: p.id.as_str().into(),
        created_at: now,
    };
    let ids: Vec<String> = chosen.iter().map(|p| p.id.clone()).collect();
    store::insert_group(conn, &row, &ids).map_err(|e| {
        // The key on the project caught a group that raced this one past the check.
        if e.code == "already_exists" {
            AppError::conflict(
                "project_in_group",
                detail!("problem-budgets-project-in-group-raced"),
            )
        } else {
            e
        }
    })?;
    let numbers: Vec<String> = chosen.iter().map(|p| p.number.clone()).collect();
    journal::record(
        conn,
        Some(&p.handle),
        &events::GROUP_MADE,
        &loc.object(),
        &format!(
            "@{} made projects {} of “{}” incompatible: at most one is funded",
            p.handle,
            numbers.join(", "),
            loc.p.title
        ),
        &events::GroupMade {
            process: loc.payload(),
            heading: heading.name.clone(),
            name: name.clone(),
            projects: numbers,
            reason: reason.clone(),
        },
    )?;
    Ok(view(&row, &heading, &ids, &all, format!("@{}", p.handle)))
}

/// Removes a group (an admin of the owner, before balloting).
pub fn remove(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    group_id: &str,
    now: i64,
) -> Result<(), AppError> {
    let loc = service::require_process(conn, id)?;
    service::require_admin(conn, p, &loc)?;
    lock_before_balloting(conn, &loc, now)?;
    let (g, members) = store::groups(conn, &loc.p.id)?
        .into_iter()
        .find(|(g, _)| g.id == group_id)
        .ok_or_else(|| {
            AppError::not_found(detail!("problem-no-budget-group", id = shown(group_id, 40)))
        })?;
    let heading = service::require_heading(conn, &loc, &g.heading_id)?;
    let all = store::projects(conn, &loc.p.id)?;
    let numbers: Vec<String> = all
        .iter()
        .filter(|p| members.contains(&p.id))
        .map(|p| p.number.clone())
        .collect();
    store::delete_group(conn, &g.id)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::GROUP_REMOVED,
        &loc.object(),
        &format!(
            "@{} removed the incompatibility of projects {} of “{}”",
            p.handle,
            numbers.join(", "),
            loc.p.title
        ),
        &events::GroupRemoved {
            process: loc.payload(),
            heading: heading.name,
            name: g.name,
            projects: numbers,
        },
    )?;
    Ok(())
}

fn view(
    g: &GroupRow,
    heading: &HeadingRow,
    members: &[String],
    projects: &[ProjectRow],
    by: String,
) -> BudgetGroupView {
    BudgetGroupView {
        id: g.id.clone(),
        heading_id: heading.id.clone(),
        heading: heading.name.clone(),
        name: g.name.clone(),
        reason: g.reason.clone(),
        projects: projects
            .iter()
            .filter(|p| members.contains(&p.id))
            .map(|p| BudgetGroupProjectView {
                id: p.id.clone(),
                number: p.number.clone(),
                title: p.title.clone(),
            })
            .collect(),
        by,
        at: crate::web::rfc3339(g.created_at),
    }
}

/// A process's groups, oldest first.
pub fn list(conn: &mut DbConn, loc: &Located) -> Result<Vec<BudgetGroupView>, AppError> {
    let groups = store::groups(conn, &loc.p.id)?;
    let headings = store::headings(conn, &loc.p.id)?;
    let projects = store::projects(conn, &loc.p.id)?;
    let handles =
        crate::accounts::handles_by_id(conn, groups.iter().map(|(g, _)| g.created_by.clone()))?;
    Ok(groups
        .iter()
        .filter_map(|(g, members)| {
            let heading = headings.iter().find(|h| h.id == g.heading_id)?;
            let by = handles.get(&g.created_by).cloned().unwrap_or_default();
            Some(view(g, heading, members, &projects, format!("@{by}")))
        })
        .collect())
}

/// The groups of `heading` as the engine's `exclusive`: indices of `instance`'s projects
/// (projects no longer on the ballot are left out).
pub fn exclusive(
    conn: &mut DbConn,
    loc: &Located,
    heading: &HeadingRow,
    instance: &Instance,
) -> Result<Vec<Vec<usize>>, AppError> {
    let groups = store::groups(conn, &loc.p.id)?;
    if groups.is_empty() {
        return Ok(Vec::new());
    }
    let projects = store::projects(conn, &loc.p.id)?;
    Ok(groups
        .iter()
        .filter(|(g, _)| g.heading_id == heading.id)
        .map(|(_, members)| {
            projects
                .iter()
                .filter(|p| members.contains(&p.id))
                .filter_map(|p| instance.project_index(&p.number))
                .collect()
        })
        .collect())
}
