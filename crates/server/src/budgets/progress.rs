//! Implementation tracking: a funded project's status (not started, under way, done,
//! cancelled), how far along it is in percent, and dated milestones with a link to their
//! photos or documents; recorded by an admin of the owning organization once the results
//! are out, for projects funded in the end (the process's own rule, with the organisers'
//! overrides). Each record is journaled.

use super::events;
use super::model::{self, BudgetError};
use super::service;
use super::store::{self, MilestoneRow, ProjectRow};
use crate::db::{DbConn, new_id};
use crate::error::AppError;
use crate::journal;
use crate::web::actor::Actor;

/// A milestone as entered.
pub struct NewMilestone {
    pub on: String,
    pub title: String,
    pub description: String,
    pub link: String,
}

/// A record of progress as entered.
pub struct NewProgress {
    pub status: String,
    pub progress: i64,
    pub milestone: Option<NewMilestone>,
}

/// Records how far a funded project is, with a milestone if one is given.
pub fn record(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    project_id: &str,
    i: &NewProgress,
    now: i64,
) -> Result<ProjectRow, AppError> {
    let (status, percent) = model::progress(i.status.trim(), i.progress)?;
    let milestone = match &i.milestone {
        Some(m) => Some((
            model::day("on", &m.on)?,
            model::line("title", &m.title, model::MAX_TITLE_CHARS, true)?,
            model::text("description", &m.description)?,
            model::link(&m.link)?,
        )),
        None => None,
    };
    let loc = service::require_process(conn, id)?;
    service::require_admin(conn, p, &loc)?;
    if !views_out(&loc) {
        return Err(BudgetError::WrongPhase {
            action: "results",
            phase: loc.phase().as_str(),
        }
        .into());
    }
    let project = service::require_project(conn, &loc, project_id)?;
    let heading = service::require_heading(conn, &loc, &project.heading_id)?;
    let projects = store::projects(conn, &loc.p.id)?;
    if !super::overrides::funded_ids(conn, &loc, &projects)?.contains(&project.id) {
        return Err(BudgetError::NotFunded {
            number: project.number.clone(),
        }
        .into());
    }
    store::set_progress(conn, &project.id, status, percent)?;
    let mut milestone_title = String::new();
    if let Some((on, title, description, link)) = milestone {
        milestone_title = title.clone();
        store::insert_milestone(
            conn,
            &MilestoneRow {
                id: new_id(),
                project_id: project.id.clone(),
                happened_on: on,
                title,
                description,
                link,
                author_id: p.id.as_str().into(),
                created_at: now,
            },
        )?;
    }
    let row = service::require_project(conn, &loc, project_id)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::PROGRESSED,
        &loc.project_object(&row),
        &format!(
            "@{} recorded project {}, “{}”, of “{}” as {percent} % done",
            p.handle, row.number, row.title, loc.p.title
        ),
        &events::Progressed {
            project: loc.project_payload(&row, &heading.name),
            status: status.into(),
            progress: percent,
            milestone: milestone_title,
        },
    )?;
    Ok(row)
}

fn views_out(loc: &service::Located) -> bool {
    loc.phase().results_out()
}
