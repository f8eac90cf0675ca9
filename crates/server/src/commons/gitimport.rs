//! A commons' history imported from a git repository (a feature slice: its flow over the
//! store; the command line reads the repository and calls it). Each commit becomes an
//! imported contribution of the commons — its author, its date, the files it touched and
//! the lines it added and removed — kept once per commit hash, so importing again adds
//! only what is new.
//!
//! Authors: one row per email address (lowercased), made the first time a commit by it is
//! imported. It is linked to the person of the instance whose email it is, when exactly
//! one person gave that email; otherwise it stands as a placeholder for the author (their
//! name and email as git wrote them), linked later when a person gives that email and the
//! history is imported again. Placeholders are not people: they cannot sign in, own
//! nothing and are paid nothing; they let the paid/volunteer report count their work.
//!
//! Imported commits were not reviewed here, so they count in the paid/volunteer report
//! only, never in distributions back to contributors nor in contributor rankings.
//!
//! The journal: one summarising event per import (`commons.history_imported`, with the
//! number of commits and authors added), not one per commit — a project's history can hold
//! 100 000 commits, and an event each would bury the commons' record under what git
//! already keeps; the commits themselves are in the store, by hash. An import that adds
//! nothing writes no event.

use super::events;
use super::open::ensure_open;
use super::service::commons_ref;
use super::store::{self, CommonsRow, GitAuthorRow, GitCommitRow};
use crate::db::{DbConn, new_id};
use crate::error::AppError;
use crate::journal;
use std::collections::HashMap;

/// One commit as read from git.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedCommit {
    pub hash: String,
    pub author_email: String,
    pub author_name: String,
    /// The author's date, Unix milliseconds.
    pub authored_at: i64,
    pub files: Vec<String>,
    pub lines_added: i64,
    pub lines_removed: i64,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    /// Commits added.
    pub added: usize,
    /// Commits the commons had already.
    pub known: usize,
    /// Distinct authors of the commits read.
    pub authors: usize,
    /// Authors linked to a person of the instance.
    pub people: usize,
    /// Placeholder authors made by this import.
    pub new_placeholders: usize,
}

/// Imports `commits` into the commons, in the caller's transaction, calling `progress`
/// with the number of commits written every few thousand.
pub fn import(
    conn: &mut DbConn,
    c: &CommonsRow,
    commits: &[ImportedCommit],
    now: i64,
    progress: &mut dyn FnMut(usize),
) -> Result<ImportOutcome, AppError> {
    ensure_open(conn, c)?;
    store::lock_key(conn, &format!("commons-git:{}", c.id))?;
    let mut out = ImportOutcome::default();
    let mut authors: HashMap<String, GitAuthorRow> = HashMap::new();
    for k in commits {
        let email = k.author_email.trim().to_lowercase();
        if authors.contains_key(&email) {
            continue;
        }
        let person = crate::accounts::person_by_email(conn, &email)?;
        let row = match store::git_author_by_email(conn, &email)? {
            Some(mut known) => {
                if known.person_id.is_none()
                    && let Some(p) = &person
                {
                    store::link_git_author(conn, &known.id, p)?;
                    known.person_id = Some(p.clone());
                }
                known
            }
            None => {
                let row = GitAuthorRow {
                    id: new_id(),
                    email: email.clone(),
                    name: k.author_name.trim().chars().take(200).collect(),
                    person_id: person,
                    created_at: now,
                };
                store::insert_git_author(conn, &row)?;
                if row.person_id.is_none() {
                    out.new_placeholders += 1;
                }
                // A concurrent import may have made it first: read back the one kept.
                store::git_author_by_email(conn, &email)?.unwrap_or(row)
            }
        };
        if row.person_id.is_some() {
            out.people += 1;
        }
        authors.insert(email, row);
    }
    out.authors = authors.len();
    const BATCH: usize = 2_000;
    for (n, batch) in commits.chunks(BATCH).enumerate() {
        let rows: Vec<GitCommitRow> = batch
            .iter()
            .map(|k| {
                let author = &authors[&k.author_email.trim().to_lowercase()];
                Ok(GitCommitRow {
                    commons_id: c.id.clone(),
                    hash: k.hash.clone(),
                    author_id: author.id.clone(),
                    authored_at: k.authored_at,
                    files: serde_json::to_string(&k.files).map_err(AppError::internal)?,
                    lines_added: k.lines_added,
                    lines_removed: k.lines_removed,
                    imported_at: now,
                })
            })
            .collect::<Result<_, AppError>>()?;
        out.added += store::insert_git_commits(conn, &rows)?;
        progress(n * BATCH + batch.len());
    }
    out.known = commits.len() - out.added;
    if out.added > 0 {
        let payload = events::HistoryImported {
            commons: c.handle.clone(),
            commits: out.added as i64,
            authors: out.authors as i64,
            placeholders: out.new_placeholders as i64,
        };
        journal::record(
            conn,
            None,
            &events::HISTORY_IMPORTED,
            &commons_ref(c),
            &format!(
                "The history of {} was imported from git: {} commits by {} authors",
                c.handle, out.added, out.authors
            ),
            &payload,
        )?;
    }
    Ok(out)
}

/// One imported commit as the paid/volunteer report counts it: who (the person's id when
/// the author is linked to one), their email (which employer maps name), and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedWork {
    /// The person's id, or the placeholder author's id.
    pub author: String,
    pub email: String,
    /// The author's date, Unix milliseconds.
    pub at: i64,
}

/// A commons' imported commits, oldest first.
pub fn imported_work(conn: &mut DbConn, commons_id: &str) -> Result<Vec<ImportedWork>, AppError> {
    Ok(store::git_work(conn, commons_id)?
        .into_iter()
        .map(|(a, at)| ImportedWork {
            author: a.person_id.unwrap_or(a.id),
            email: a.email,
            at,
        })
        .collect())
}
