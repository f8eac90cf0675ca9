//! Queries for commons: the record, maintainers, blobs (stored once per sha256), revisions
//! with their trees, contributions and reviews. Plain reads and writes only; the rules live
//! in the model and the flows (with their journal events) in `service`.

use crate::db::DbConn;
use crate::db::schema::{
    commons, commons_blobs, commons_contributions, commons_maintainers, commons_reviews,
    commons_revisions, people,
};
use crate::error::AppError;
use diesel::prelude::*;

/// A commons as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = commons)]
pub struct CommonsRow {
    pub id: String,
    pub handle: String,
    pub name: String,
    pub summary: String,
    pub kind: String,
    pub licence_policy: String,
    pub licence: String,
    pub home_org_id: Option<String>,
    pub created_by: String,
    pub head_revision_id: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// One immutable revision; `tree` is the model's `Tree` as JSON.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = commons_revisions)]
pub struct RevisionRow {
    pub id: String,
    pub commons_id: String,
    pub parent_id: Option<String>,
    pub number: i64,
    pub message: String,
    pub author_id: String,
    pub accepted_by: String,
    pub contribution_id: Option<String>,
    pub tree_hash: String,
    pub tree: String,
    pub created_at: i64,
}

/// One contribution; `body` is the model's `ContributionKind` as JSON.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = commons_contributions)]
pub struct ContributionRow {
    pub id: String,
    pub commons_id: String,
    pub number: i64,
    pub kind: String,
    pub state: String,
    pub base_revision_id: Option<String>,
    pub message: String,
    pub body: String,
    pub author_id: String,
    pub revision_id: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// One maintainer's verdict on a contribution.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = commons_reviews)]
pub struct ReviewRow {
    pub id: String,
    pub contribution_id: String,
    pub reviewer_id: String,
    pub verdict: String,
    pub comment: String,
    pub created_at: i64,
}

pub fn commons_by_handle(conn: &mut DbConn, handle: &str) -> Result<Option<CommonsRow>, AppError> {
    Ok(commons::table
        .filter(commons::handle.eq(handle))
        .select(CommonsRow::as_select())
        .first(conn)
        .optional()?)
}

/// The commons, or a 404 that names the handle.
pub fn require_commons(conn: &mut DbConn, handle: &str) -> Result<CommonsRow, AppError> {
    commons_by_handle(conn, handle)?.ok_or_else(|| {
        AppError::not_found(&format!(
            "commons `{}`",
            handle.chars().take(40).collect::<String>()
        ))
    })
}

pub fn list_commons(conn: &mut DbConn, limit: i64) -> Result<Vec<CommonsRow>, AppError> {
    Ok(commons::table
        .select(CommonsRow::as_select())
        .order(commons::handle.asc())
        .limit(limit)
        .load(conn)?)
}

pub fn insert_commons(conn: &mut DbConn, row: &CommonsRow) -> Result<(), AppError> {
    diesel::insert_into(commons::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

/// Moves the head from `expected` to `new`; false when another acceptance moved it first
/// (on PostgreSQL the second writer waits for the first and then sees the new head).
pub fn move_head(
    conn: &mut DbConn,
    commons_id: &str,
    expected: &str,
    new: &str,
    now: i64,
) -> Result<bool, AppError> {
    let n = diesel::update(
        commons::table
            .filter(commons::id.eq(commons_id))
            .filter(commons::head_revision_id.eq(expected)),
    )
    .set((
        commons::head_revision_id.eq(new),
        commons::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// Sets the first head of a commons just created.
pub fn set_first_head(conn: &mut DbConn, commons_id: &str, rev: &str) -> Result<(), AppError> {
    diesel::update(commons::table.filter(commons::id.eq(commons_id)))
        .set(commons::head_revision_id.eq(rev))
        .execute(conn)?;
    Ok(())
}

/// Maintainers as (person id, handle, since), oldest first.
pub fn maintainers(
    conn: &mut DbConn,
    commons_id: &str,
) -> Result<Vec<(String, String, i64)>, AppError> {
    Ok(commons_maintainers::table
        .inner_join(people::table)
        .filter(commons_maintainers::commons_id.eq(commons_id))
        .select((people::id, people::handle, commons_maintainers::since))
        .order(commons_maintainers::since.asc())
        .load(conn)?)
}

pub fn add_maintainer(
    conn: &mut DbConn,
    commons_id: &str,
    person_id: &str,
    since: i64,
) -> Result<(), AppError> {
    diesel::insert_into(commons_maintainers::table)
        .values((
            commons_maintainers::commons_id.eq(commons_id),
            commons_maintainers::person_id.eq(person_id),
            commons_maintainers::since.eq(since),
        ))
        .execute(conn)?;
    Ok(())
}

/// Stores bytes under their hash unless they are stored already (content is never copied).
/// `ON CONFLICT DO NOTHING` (PostgreSQL and SQLite alike) lets two transactions store the
/// same new content at once: the second waits for the first and then does nothing, where a
/// check-then-insert would fail one of them on the primary key.
pub fn put_blob(conn: &mut DbConn, hash: &str, bytes: &[u8]) -> Result<(), AppError> {
    use diesel::sql_types::{BigInt, Binary, Text};
    diesel::sql_query(
        "INSERT INTO commons_blobs (hash, size, content) VALUES ($1, $2, $3) \
         ON CONFLICT (hash) DO NOTHING",
    )
    .bind::<Text, _>(hash)
    .bind::<BigInt, _>(bytes.len() as i64)
    .bind::<Binary, _>(bytes)
    .execute(conn)?;
    Ok(())
}

pub fn get_blob(conn: &mut DbConn, hash: &str) -> Result<Option<Vec<u8>>, AppError> {
    Ok(commons_blobs::table
        .filter(commons_blobs::hash.eq(hash))
        .select(commons_blobs::content)
        .first(conn)
        .optional()?)
}

pub fn insert_revision(conn: &mut DbConn, row: &RevisionRow) -> Result<(), AppError> {
    diesel::insert_into(commons_revisions::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

pub fn revision_by_id(conn: &mut DbConn, id: &str) -> Result<Option<RevisionRow>, AppError> {
    Ok(commons_revisions::table
        .filter(commons_revisions::id.eq(id))
        .select(RevisionRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn revision_by_number(
    conn: &mut DbConn,
    commons_id: &str,
    number: i64,
) -> Result<Option<RevisionRow>, AppError> {
    Ok(commons_revisions::table
        .filter(commons_revisions::commons_id.eq(commons_id))
        .filter(commons_revisions::number.eq(number))
        .select(RevisionRow::as_select())
        .first(conn)
        .optional()?)
}

/// Revisions, newest first.
pub fn revisions(
    conn: &mut DbConn,
    commons_id: &str,
    limit: i64,
) -> Result<Vec<RevisionRow>, AppError> {
    Ok(commons_revisions::table
        .filter(commons_revisions::commons_id.eq(commons_id))
        .select(RevisionRow::as_select())
        .order(commons_revisions::number.desc())
        .limit(limit)
        .load(conn)?)
}

/// Serializes writers that derive something from what is already stored under `key` (the
/// next contribution number of a commons, whether a blob is stored already) until the
/// transaction ends. PostgreSQL lets concurrent transactions read the same maximum, so two
/// proposals would both take number N and one would fail on the unique index; a
/// transaction-scoped advisory lock on the key makes the second wait for the first. SQLite
/// has a single writer (`BEGIN IMMEDIATE`) already.
pub fn lock_key(conn: &mut DbConn, key: &str) -> Result<(), AppError> {
    if let DbConn::Postgres(_) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext($1))")
            .bind::<diesel::sql_types::Text, _>(key)
            .execute(conn)?;
    }
    Ok(())
}

/// The next contribution number of a commons (1 for the first). Takes the commons' lock
/// so that concurrent proposals get distinct numbers.
pub fn next_contribution_number(conn: &mut DbConn, commons_id: &str) -> Result<i64, AppError> {
    lock_key(conn, &format!("commons-contributions:{commons_id}"))?;
    let max: Option<i64> = commons_contributions::table
        .filter(commons_contributions::commons_id.eq(commons_id))
        .select(diesel::dsl::max(commons_contributions::number))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

pub fn insert_contribution(conn: &mut DbConn, row: &ContributionRow) -> Result<(), AppError> {
    diesel::insert_into(commons_contributions::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

pub fn contribution_by_number(
    conn: &mut DbConn,
    commons_id: &str,
    number: i64,
) -> Result<Option<ContributionRow>, AppError> {
    Ok(commons_contributions::table
        .filter(commons_contributions::commons_id.eq(commons_id))
        .filter(commons_contributions::number.eq(number))
        .select(ContributionRow::as_select())
        .first(conn)
        .optional()?)
}

/// Contributions, newest first.
pub fn contributions(
    conn: &mut DbConn,
    commons_id: &str,
    limit: i64,
) -> Result<Vec<ContributionRow>, AppError> {
    Ok(commons_contributions::table
        .filter(commons_contributions::commons_id.eq(commons_id))
        .select(ContributionRow::as_select())
        .order(commons_contributions::number.desc())
        .limit(limit)
        .load(conn)?)
}

/// Moves a contribution from state `from` to `to`; false if someone else moved it first.
pub fn move_contribution(
    conn: &mut DbConn,
    id: &str,
    from: &str,
    to: &str,
    revision_id: Option<&str>,
    now: i64,
) -> Result<bool, AppError> {
    let n = diesel::update(
        commons_contributions::table
            .filter(commons_contributions::id.eq(id))
            .filter(commons_contributions::state.eq(from)),
    )
    .set((
        commons_contributions::state.eq(to),
        commons_contributions::revision_id.eq(revision_id),
        commons_contributions::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

pub fn insert_review(conn: &mut DbConn, row: &ReviewRow) -> Result<(), AppError> {
    diesel::insert_into(commons_reviews::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

/// Reviews of a contribution with the reviewer's handle, oldest first.
pub fn reviews(
    conn: &mut DbConn,
    contribution_id: &str,
) -> Result<Vec<(ReviewRow, String)>, AppError> {
    Ok(commons_reviews::table
        .inner_join(people::table.on(people::id.eq(commons_reviews::reviewer_id)))
        .filter(commons_reviews::contribution_id.eq(contribution_id))
        .select((ReviewRow::as_select(), people::handle))
        .order(commons_reviews::created_at.asc())
        .load(conn)?)
}

/// The handle of a person id (ids are internal; the API speaks handles).
pub fn handle_of(conn: &mut DbConn, person_id: &str) -> Result<String, AppError> {
    Ok(people::table
        .filter(people::id.eq(person_id))
        .select(people::handle)
        .first(conn)?)
}

pub fn remove_maintainer(
    conn: &mut DbConn,
    commons_id: &str,
    person_id: &str,
) -> Result<(), AppError> {
    diesel::delete(
        commons_maintainers::table
            .filter(commons_maintainers::commons_id.eq(commons_id))
            .filter(commons_maintainers::person_id.eq(person_id)),
    )
    .execute(conn)?;
    Ok(())
}

/// Replaces a change's content after the author updated it; only from the state it was
/// read in (false otherwise).
pub fn update_contribution(
    conn: &mut DbConn,
    k: &ContributionRow,
    to_state: &str,
    base: Option<&str>,
    message: &str,
    body: &str,
    now: i64,
) -> Result<bool, AppError> {
    let n = diesel::update(
        commons_contributions::table
            .filter(commons_contributions::id.eq(&k.id))
            .filter(commons_contributions::state.eq(&k.state)),
    )
    .set((
        commons_contributions::state.eq(to_state),
        commons_contributions::base_revision_id.eq(base),
        commons_contributions::message.eq(message),
        commons_contributions::body.eq(body),
        commons_contributions::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
}
