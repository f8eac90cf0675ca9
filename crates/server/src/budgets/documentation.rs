//! The commons holding a funded project's own documentation: linked (or linked again to
//! another commons) and unlinked by an admin of the owning organization or the project's
//! proposer, once the results are out and only for projects funded in the end. Each
//! change is journaled.

use super::events;
use super::model::BudgetError;
use super::service::{self, Located};
use super::store::proposers::{self, ProjectCommonsRow};
use super::store::{self, ProjectRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::journal;
use crate::web::actor::Actor;

/// Whether `p` may link the commons of `project`: an active admin of the owner or the
/// project's proposer.
pub fn may_link(
    conn: &mut DbConn,
    p: &Actor,
    loc: &Located,
    project: &ProjectRow,
) -> Result<bool, AppError> {
    Ok(project.author_id.as_deref() == Some(p.id.as_str()) || service::is_admin(conn, p, loc)?)
}

/// Whether `p` may link the commons of `project` now: they may, the results are out and
/// it was funded (the page shows the form then).
pub fn may_link_now(
    conn: &mut DbConn,
    p: &Actor,
    loc: &Located,
    project: &ProjectRow,
) -> Result<bool, AppError> {
    Ok(may_link(conn, p, loc, project)? && funded(conn, loc, project)?)
}

fn funded(conn: &mut DbConn, loc: &Located, project: &ProjectRow) -> Result<bool, AppError> {
    if !loc.phase().results_out() {
        return Ok(false);
    }
    let projects = store::projects(conn, &loc.p.id)?;
    Ok(super::overrides::funded_ids(conn, loc, &projects)?.contains(&project.id))
}

/// The project, once the caller may change its link and it was funded.
fn funded_project(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    project_id: &str,
) -> Result<(Located, ProjectRow, String), AppError> {
    let loc = service::require_process(conn, id)?;
    let project = service::require_project(conn, &loc, project_id)?;
    if !may_link(conn, p, &loc, &project)? {
        return Err(BudgetError::NotProposerOrAdmin {
            org: loc.org_handle.clone(),
        }
        .into());
    }
    if !funded(conn, &loc, &project)? {
        return Err(BudgetError::NotFunded {
            number: project.number.clone(),
        }
        .into());
    }
    let heading = service::require_heading(conn, &loc, &project.heading_id)?;
    Ok((loc, project, heading.name))
}

/// Links a funded project to the commons `handle` (replacing an earlier link).
pub fn link(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    project_id: &str,
    handle: &str,
    now: i64,
) -> Result<ProjectCommonsRow, AppError> {
    let handle = handle.trim().trim_start_matches('/');
    if handle.is_empty() {
        return Err(BudgetError::Missing { field: "commons" }.into());
    }
    let (loc, project, heading) = funded_project(conn, p, id, project_id)?;
    let commons = crate::commons::require_commons(conn, handle)?;
    crate::commons::ensure_open_held(conn, &commons.id)?;
    let row = ProjectCommonsRow {
        project_id: project.id.clone(),
        commons_id: commons.id.clone(),
        linked_by: p.id.as_str().into(),
        linked_at: now,
    };
    proposers::put_commons(conn, &row)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::COMMONS_LINKED,
        &loc.project_object(&project),
        &format!(
            "@{} linked project {}, “{}”, of “{}” to the commons {}",
            p.handle, project.number, project.title, loc.p.title, commons.handle
        ),
        &events::CommonsLinked {
            project: loc.project_payload(&project, &heading),
            commons: commons.handle,
        },
    )?;
    Ok(row)
}

/// Unlinks a funded project from its commons (409 when none is linked).
pub fn unlink(conn: &mut DbConn, p: &Actor, id: &str, project_id: &str) -> Result<(), AppError> {
    let (loc, project, heading) = funded_project(conn, p, id, project_id)?;
    let Some(link) = proposers::commons_of(conn, &project.id)? else {
        return Err(BudgetError::NoCommonsLinked {
            number: project.number.clone(),
        }
        .into());
    };
    if !proposers::delete_commons(conn, &project.id)? {
        return Err(BudgetError::NoCommonsLinked {
            number: project.number.clone(),
        }
        .into());
    }
    let commons = crate::commons::require_by_id(conn, &link.commons_id)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::COMMONS_UNLINKED,
        &loc.project_object(&project),
        &format!(
            "@{} unlinked project {}, “{}”, of “{}” from the commons {}",
            p.handle, project.number, project.title, loc.p.title, commons.handle
        ),
        &events::CommonsLinked {
            project: loc.project_payload(&project, &heading),
            commons: commons.handle,
        },
    )?;
    Ok(())
}
