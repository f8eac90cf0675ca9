//! Employers read from gitdm-style maps for a commons' imported git history (a feature
//! slice over the model's `gitdm` and the store). What the maps say of each author's email
//! is kept beside the commons as affiliations of that email — an employer (the
//! organization of the instance its name stands for, else only the name) paid for the work,
//! or the author's own account (volunteer); `(Unknown)` keeps nothing, so that work counts
//! unknown — and the paid/volunteer report reads them with the people's own declarations,
//! by the one rule of `paid::classify`.

use super::model::gitdm::{Employer, EmployerMap};
use super::model::paid::Affiliation;
use super::store::{self, EmployerLineRow};
use crate::commons::CommonsRow;
use crate::db::{DbConn, new_id};
use crate::error::AppError;
use std::collections::HashMap;

/// What applying the maps kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmployersOutcome {
    /// Authors' emails the maps named.
    pub emails: usize,
    /// Spans kept (paid or volunteer).
    pub spans: usize,
    /// Employers' names that stand for an organization of the instance, and those kept
    /// as names only.
    pub organizations: Vec<String>,
    pub names_only: Vec<String>,
}

/// The report's key for an employer that is no organization of the instance.
const NAME_ONLY: &str = "name:";

/// Replaces what earlier maps said of the commons' imported history with what `map` says
/// of each of its authors' emails, in the caller's transaction.
pub fn apply(
    conn: &mut DbConn,
    c: &CommonsRow,
    map: &EmployerMap,
) -> Result<EmployersOutcome, AppError> {
    let mut out = EmployersOutcome::default();
    let mut orgs: HashMap<String, Option<String>> = HashMap::new();
    let mut rows = Vec::new();
    for email in crate::commons::imported_emails(conn, &c.id)? {
        let spans = map.spans(&email);
        if !spans.is_empty() {
            out.emails += 1;
        }
        for s in spans {
            let (organization_id, employer, paid) = match &s.employer {
                Employer::Unknown => continue,
                Employer::Volunteer => (None, "(None)".to_string(), false),
                Employer::Named(name) => {
                    if !orgs.contains_key(name) {
                        let found = crate::accounts::org_named(conn, name)?;
                        match &found {
                            Some((_, handle)) => out.organizations.push(handle.clone()),
                            None => out.names_only.push(name.clone()),
                        }
                        orgs.insert(name.clone(), found.map(|(id, _)| id.0));
                    }
                    (orgs[name].clone(), name.clone(), true)
                }
            };
            rows.push(EmployerLineRow {
                id: new_id(),
                commons_id: c.id.clone(),
                email: email.clone(),
                organization_id,
                employer,
                from_day: s.from.to_string(),
                until_day: s.until.map(|u| u.to_string()),
                paid,
                source: s.at.clone(),
            });
        }
    }
    out.spans = rows.len();
    out.organizations.sort();
    out.names_only.sort();
    store::replace_employer_lines(conn, &c.id, &rows)?;
    Ok(out)
}

/// What the maps said for a commons' history, as affiliations by email.
pub fn affiliations_by_email(
    conn: &mut DbConn,
    commons_id: &str,
) -> Result<HashMap<String, Vec<Affiliation>>, AppError> {
    let mut by_email: HashMap<String, Vec<Affiliation>> = HashMap::new();
    for row in store::employer_lines(conn, commons_id)? {
        let from = row.from_day.parse().map_err(AppError::internal)?;
        let until = match &row.until_day {
            Some(u) => Some(u.parse().map_err(AppError::internal)?),
            None => None,
        };
        let organization = match (row.organization_id, row.paid) {
            (Some(id), _) => Some(id),
            (None, true) => Some(format!("{NAME_ONLY}{}", row.employer)),
            (None, false) => None,
        };
        by_email.entry(row.email).or_default().push(Affiliation {
            organization,
            commons: Some(row.commons_id),
            from,
            until,
            paid: row.paid,
        });
    }
    Ok(by_email)
}

/// The employer's name a report key stands for, when it is no organization of the
/// instance.
pub fn name_only(key: &str) -> Option<&str> {
    key.strip_prefix(NAME_ONLY)
}
