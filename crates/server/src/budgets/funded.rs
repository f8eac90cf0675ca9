//! What a process funded, for another domain: once its results are out, each funded
//! project (per heading, by the process's own rule, counted from the stored ballots as the
//! results page counts them, with the organisers' overrides that hold) with its number, title, cost and page — what a treasury's
//! budget lines are made from.

use super::model::BudgetError;
use super::service;
use super::store;
use crate::db::DbConn;
use crate::error::AppError;
use crate::ids::OrgId;

/// A funded project.
#[derive(Debug, Clone)]
pub struct FundedProject {
    pub number: String,
    pub title: String,
    /// Its cost, an exact decimal as the process keeps it (no unit: the process's unit is
    /// its organization's currency).
    pub cost: String,
    /// Its page.
    pub url: String,
    /// How far its implementation is: `not_started`, `under_way`, `done` or `cancelled`.
    pub status: String,
}

/// A process's funded projects, with its organization and title.
#[derive(Debug, Clone)]
pub struct Funded {
    pub organization: OrgId,
    pub title: String,
    pub projects: Vec<FundedProject>,
}

/// The funded projects of process `id`: 404 when there is none, 409 before its results
/// are out.
pub fn funded_projects(conn: &mut DbConn, id: &str) -> Result<Funded, AppError> {
    let loc = service::require_process(conn, id)?;
    if !super::views::results_out(&loc) {
        return Err(BudgetError::WrongPhase {
            action: "results",
            phase: loc.phase().as_str(),
        }
        .into());
    }
    let projects = store::projects(conn, &loc.p.id)?;
    let funded = super::overrides::funded_ids(conn, &loc, &projects)?;
    let mut out = Vec::new();
    for heading in store::headings(conn, &loc.p.id)? {
        for p in projects
            .iter()
            .filter(|p| p.heading_id == heading.id && funded.contains(&p.id))
        {
            out.push(FundedProject {
                number: p.number.clone(),
                title: p.title.clone(),
                cost: p.cost.clone(),
                url: loc.project_object(p).url,
                status: p.progress_status.clone(),
            });
        }
    }
    Ok(Funded {
        organization: OrgId(loc.p.org_id.clone()),
        title: loc.p.title.clone(),
        projects: out,
    })
}

/// The processes of an organization whose results are out, newest first: (id, title).
pub fn with_results(conn: &mut DbConn, org: &OrgId) -> Result<Vec<(String, String)>, AppError> {
    let mut out = Vec::new();
    for p in store::processes(conn, Some(org.as_str()), None, 200)? {
        let loc = service::require_process(conn, &p.id)?;
        if super::views::results_out(&loc) {
            out.push((p.id, p.title));
        }
    }
    Ok(out)
}
