//! Commons' share of the public export: every commons (deleted ones too: their history
//! stays public), maintainers, revisions' metadata, contributions, reviews, forks and
//! offers. File contents stay out: each commons serves them as an archive.

use crate::db::DbConn;
use crate::db::schema::{
    commons, commons_contributions, commons_forks, commons_maintainers, commons_offers,
    commons_reviews, commons_revisions, commons_translations,
};
use crate::error::AppError;
use crate::export::{Exporter, Sink, Table};
use diesel::prelude::*;
use serde::Serialize;
use serde_json::Value;

pub static EXPORT: Exporter = Exporter {
    domain: "commons",
    tables: &[
        Table::Public {
            table: "commons",
            line: "commons",
        },
        Table::Public {
            table: "commons_maintainers",
            line: "maintainer",
        },
        Table::Public {
            table: "commons_revisions",
            line: "revision",
        },
        Table::Public {
            table: "commons_contributions",
            line: "contribution",
        },
        Table::Public {
            table: "commons_reviews",
            line: "review",
        },
        Table::Public {
            table: "commons_forks",
            line: "fork",
        },
        Table::Public {
            table: "commons_offers",
            line: "offer",
        },
        Table::Public {
            table: "commons_translations",
            line: "commons_translation",
        },
        Table::Private {
            table: "commons_blobs",
            why: "file contents, downloaded per commons and revision from /commons/{handle}/archive/{name}",
        },
        Table::Private {
            table: "commons_git_authors",
            why: "authors of imported git history by email address, which is personal data; the repository they came from keeps them",
        },
        Table::Private {
            table: "commons_git_commits",
            why: "commits imported from a git repository, which keeps them; each import is a public journal event, and the paid/volunteer report counts them",
        },
    ],
    write,
};

#[derive(Serialize, Queryable)]
struct CommonsLine {
    id: String,
    handle: String,
    name: String,
    summary: String,
    kind: String,
    licence_policy: String,
    licence: String,
    home_org_id: Option<String>,
    created_by: String,
    head_revision_id: Option<String>,
    created_at: i64,
    updated_at: i64,
    deleted_at: Option<i64>,
    deleted_by: Option<String>,
    language: Option<String>,
}

#[derive(Serialize, Queryable)]
struct TranslationLine {
    commons_id: String,
    lang: String,
    name: String,
    summary: String,
    updated_at: i64,
}

#[derive(Serialize, Queryable)]
struct MaintainerLine {
    commons_id: String,
    person_id: String,
    since: i64,
}

/// A revision without its stored tree (a storage detail; the tree hash names it).
#[derive(Serialize, Queryable)]
struct RevisionLine {
    id: String,
    commons_id: String,
    parent_id: Option<String>,
    number: i64,
    message: String,
    author_id: String,
    accepted_by: String,
    contribution_id: Option<String>,
    tree_hash: String,
    created_at: i64,
}

#[derive(Serialize)]
struct ContributionLine {
    id: String,
    commons_id: String,
    number: i64,
    kind: String,
    state: String,
    base_revision_id: Option<String>,
    message: String,
    /// The change's operations or the work record, as the API shows them.
    body: Value,
    author_id: String,
    revision_id: Option<String>,
    created_at: i64,
    updated_at: i64,
}

#[derive(Serialize, Queryable)]
struct ReviewLine {
    id: String,
    contribution_id: String,
    reviewer_id: String,
    verdict: String,
    comment: String,
    created_at: i64,
}

#[derive(Serialize, Queryable)]
struct ForkLine {
    child_id: String,
    parent_id: String,
    fork_point_id: String,
    fork_point_number: i64,
    sync_fork_revision_id: String,
    sync_parent_revision_id: String,
    created_at: i64,
}

#[derive(Serialize)]
struct OfferLine {
    contribution_id: String,
    fork_id: String,
    fork_revision_id: String,
    /// Person ids.
    authors: Value,
    /// The fork's revisions it carries (ids), oldest first.
    revisions: Value,
}

/// Parses a stored JSON column; a row that does not parse is a fault of the store.
fn json(column: &str, text: &str) -> Result<Value, AppError> {
    serde_json::from_str(text)
        .map_err(|e| AppError::internal(anyhow::anyhow!("stored {column} is not JSON: {e}")))
}

fn write(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    let rows: Vec<CommonsLine> = commons::table
        .select((
            commons::id,
            commons::handle,
            commons::name,
            commons::summary,
            commons::kind,
            commons::licence_policy,
            commons::licence,
            commons::home_org_id,
            commons::created_by,
            commons::head_revision_id,
            commons::created_at,
            commons::updated_at,
            commons::deleted_at,
            commons::deleted_by,
            commons::language,
        ))
        .order(commons::id.asc())
        .load(conn)?;
    for r in &rows {
        sink.line("commons", r)?;
    }
    let rows: Vec<MaintainerLine> = commons_maintainers::table
        .select((
            commons_maintainers::commons_id,
            commons_maintainers::person_id,
            commons_maintainers::since,
        ))
        .order((
            commons_maintainers::commons_id.asc(),
            commons_maintainers::person_id.asc(),
        ))
        .load(conn)?;
    for r in &rows {
        sink.line("maintainer", r)?;
    }
    let rows: Vec<RevisionLine> = commons_revisions::table
        .select((
            commons_revisions::id,
            commons_revisions::commons_id,
            commons_revisions::parent_id,
            commons_revisions::number,
            commons_revisions::message,
            commons_revisions::author_id,
            commons_revisions::accepted_by,
            commons_revisions::contribution_id,
            commons_revisions::tree_hash,
            commons_revisions::created_at,
        ))
        .order(commons_revisions::id.asc())
        .load(conn)?;
    for r in &rows {
        sink.line("revision", r)?;
    }
    let rows: Vec<super::store::ContributionRow> = commons_contributions::table
        .select(super::store::ContributionRow::as_select())
        .order(commons_contributions::id.asc())
        .load(conn)?;
    for r in rows {
        let body = json("contribution body", &r.body)?;
        sink.line(
            "contribution",
            &ContributionLine {
                id: r.id,
                commons_id: r.commons_id,
                number: r.number,
                kind: r.kind,
                state: r.state,
                base_revision_id: r.base_revision_id,
                message: r.message,
                body,
                author_id: r.author_id,
                revision_id: r.revision_id,
                created_at: r.created_at,
                updated_at: r.updated_at,
            },
        )?;
    }
    let rows: Vec<ReviewLine> = commons_reviews::table
        .select((
            commons_reviews::id,
            commons_reviews::contribution_id,
            commons_reviews::reviewer_id,
            commons_reviews::verdict,
            commons_reviews::comment,
            commons_reviews::created_at,
        ))
        .order(commons_reviews::id.asc())
        .load(conn)?;
    for r in &rows {
        sink.line("review", r)?;
    }
    let rows: Vec<ForkLine> = commons_forks::table
        .select((
            commons_forks::child_id,
            commons_forks::parent_id,
            commons_forks::fork_point_id,
            commons_forks::fork_point_number,
            commons_forks::sync_fork_revision_id,
            commons_forks::sync_parent_revision_id,
            commons_forks::created_at,
        ))
        .order(commons_forks::child_id.asc())
        .load(conn)?;
    for r in &rows {
        sink.line("fork", r)?;
    }
    let rows: Vec<TranslationLine> = commons_translations::table
        .select((
            commons_translations::commons_id,
            commons_translations::lang,
            commons_translations::name,
            commons_translations::summary,
            commons_translations::updated_at,
        ))
        .order((
            commons_translations::commons_id.asc(),
            commons_translations::lang.asc(),
        ))
        .load(conn)?;
    for r in &rows {
        sink.line("commons_translation", r)?;
    }
    let rows: Vec<super::store::OfferRow> = commons_offers::table
        .select(super::store::OfferRow::as_select())
        .order(commons_offers::contribution_id.asc())
        .load(conn)?;
    for r in rows {
        let authors = json("offer authors", &r.authors)?;
        let revisions = json("offer revisions", &r.revisions)?;
        sink.line(
            "offer",
            &OfferLine {
                contribution_id: r.contribution_id,
                fork_id: r.fork_id,
                fork_revision_id: r.fork_revision_id,
                authors,
                revisions,
            },
        )?;
    }
    Ok(())
}
