//! Queries for commons: the record, maintainers, blobs (stored once per sha256), revisions
//! with their trees, contributions and reviews. Plain reads and writes only; the rules live
//! in the model and the flows (with their journal events) in `service`.

use crate::db::DbConn;
use crate::db::fixed::{Bind, Fixed};
use crate::db::schema::{
    commons, commons_blobs, commons_contributions, commons_forks, commons_maintainers,
    commons_offers, commons_reviews, commons_revisions, commons_translations,
};
use crate::error::{AppError, detail, shown};
use crate::i18n::content::Version;
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
    /// When its maintainers deleted it (see `deletion`); None while it is open.
    pub deleted_at: Option<i64>,
    pub deleted_by: Option<String>,
    /// The language its name and summary were first written in (`None`: before languages
    /// were recorded; read as the instance's default).
    pub language: Option<String>,
}

/// One immutable revision; `tree` is the model's `Tree` as JSON, or when `tree_delta` is set
/// the entries changed against the parent revision (see `treestore`; read trees with
/// `revisions::tree_of`).
#[derive(Debug, Clone, Queryable, Selectable)]
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
    pub tree_delta: bool,
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
#[derive(Debug, Clone, Queryable, Selectable)]
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
    Ok(crate::db::native!(conn, |c| commons::table
        .filter(commons::handle.eq(handle))
        .select(CommonsRow::as_select())
        .first(c)
        .optional())?)
}

/// The commons, or a 404 that names the handle.
pub fn require_commons(conn: &mut DbConn, handle: &str) -> Result<CommonsRow, AppError> {
    commons_by_handle(conn, handle)?.ok_or_else(|| {
        AppError::not_found(detail!("problem-no-commons", handle = shown(handle, 40)))
    })
}

/// A commons named by the `{handle}` of the address (404 when there is none): read
/// handlers take it as `Found<CommonsRow>`.
impl crate::web::extract::FromPath for CommonsRow {
    type Key = crate::web::extract::ByHandle;
    fn load(conn: &mut DbConn, key: Self::Key) -> Result<Self, AppError> {
        require_commons(conn, &key.handle)
    }
}

/// A commons by its internal id (fork links and offers name commons by id).
pub fn commons_by_id(conn: &mut DbConn, id: &str) -> Result<CommonsRow, AppError> {
    Ok(crate::db::native!(conn, |c| commons::table
        .filter(commons::id.eq(id))
        .select(CommonsRow::as_select())
        .first(c))?)
}

/// Holds the commons `id`'s row until the transaction ends (`FOR SHARE` on PostgreSQL, so
/// that its deletion waits; SQLite has a single writer already).
pub fn share_lock(conn: &mut DbConn, id: &str) -> Result<(), AppError> {
    if let DbConn::Postgres(_) = conn {
        diesel::sql_query("SELECT id FROM commons WHERE id = $1 FOR SHARE")
            .bind::<diesel::sql_types::Text, _>(id)
            .execute(conn)?;
    }
    Ok(())
}

/// The open commons (deleted ones leave the lists) by handle, after the handle `after`,
/// narrowed by kind, home organization and text in the handle, name or summary.
pub fn list_commons(
    conn: &mut DbConn,
    filter: &ListFilter,
    after: Option<&str>,
    limit: i64,
) -> Result<Vec<CommonsRow>, AppError> {
    use crate::db::lower;
    let mut query = commons::table
        .filter(commons::deleted_at.is_null())
        .select(CommonsRow::as_select())
        .into_boxed();
    if let Some(kind) = filter.kind {
        query = query.filter(commons::kind.eq(kind));
    }
    if let Some(org) = &filter.home_org_id {
        query = query.filter(commons::home_org_id.eq(org.clone()));
    }
    if let Some(q) = &filter.text {
        let p = crate::db::contains(q);
        query = query.filter(
            lower(commons::handle)
                .like(p.clone())
                .escape('\\')
                .or(lower(commons::name).like(p.clone()).escape('\\'))
                .or(lower(commons::summary).like(p).escape('\\')),
        );
    }
    if let Some(after) = after {
        query = query.filter(commons::handle.gt(after.to_string()));
    }
    Ok(query.order(commons::handle.asc()).limit(limit).load(conn)?)
}

/// What `list_commons` narrows to, checked.
#[derive(Debug, Default)]
pub struct ListFilter {
    pub kind: Option<&'static str>,
    pub home_org_id: Option<String>,
    pub text: Option<String>,
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
    let n = Fixed::new(
        &[
            "UPDATE commons SET head_revision_id = ",
            ", updated_at = ",
            " WHERE id = ",
            " AND head_revision_id = ",
            "",
        ],
        vec![
            Bind::Text(new),
            Bind::BigInt(now),
            Bind::Text(commons_id),
            Bind::Text(expected),
        ],
    )
    .run(conn)?;
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
    let rows: Vec<(String, i64)> = crate::db::native!(conn, |c| commons_maintainers::table
        .filter(commons_maintainers::commons_id.eq(commons_id))
        .select((commons_maintainers::person_id, commons_maintainers::since))
        .order(commons_maintainers::since.asc())
        .load(c))?;
    Ok(crate::accounts::with_handles(conn, rows, |(id, _)| id)?
        .into_iter()
        .map(|((id, since), handle)| (id, handle, since))
        .collect())
}

/// The maintainers' ids, as the access rules take them.
pub fn maintainer_ids(
    conn: &mut DbConn,
    commons_id: &str,
) -> Result<std::collections::BTreeSet<super::model::PersonId>, AppError> {
    Ok(maintainers(conn, commons_id)?
        .into_iter()
        .map(|(id, _, _)| super::model::PersonId(id))
        .collect())
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
    // Fixed text: diesel writes out a single-row INSERT's SQL on every run.
    Fixed::insert(
        "INSERT INTO commons_revisions (id, commons_id, parent_id, number, message, author_id, \
         accepted_by, contribution_id, tree_hash, tree, created_at, tree_delta)",
        vec![
            Bind::Text(&row.id),
            Bind::Text(&row.commons_id),
            Bind::OptText(row.parent_id.as_deref()),
            Bind::BigInt(row.number),
            Bind::Text(&row.message),
            Bind::Text(&row.author_id),
            Bind::Text(&row.accepted_by),
            Bind::OptText(row.contribution_id.as_deref()),
            Bind::Text(&row.tree_hash),
            Bind::Text(&row.tree),
            Bind::BigInt(row.created_at),
            Bind::Bool(row.tree_delta),
        ],
    )
    .run(conn)?;
    Ok(())
}

pub fn revision_by_id(conn: &mut DbConn, id: &str) -> Result<Option<RevisionRow>, AppError> {
    Ok(crate::db::native!(conn, |c| commons_revisions::table
        .filter(commons_revisions::id.eq(id))
        .select(RevisionRow::as_select())
        .first(c)
        .optional())?)
}

/// The stored revisions a commons sees, nearest first: its own, then (for a fork) its
/// parent's up to the fork point, the grandparent's up to the parent's fork point, and so
/// on. Forks share their ancestors' rows instead of copying them, and each commons' own
/// revisions are numbered after its fork point, so the segments' numbers never overlap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lineage(pub Vec<Segment>);

/// Revisions made in `commons_id` numbered at most `upto` (`i64::MAX` for the commons itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub commons_id: String,
    pub upto: i64,
}

impl Lineage {
    /// Whether a stored revision is part of this commons' history.
    pub fn contains(&self, r: &RevisionRow) -> bool {
        self.0
            .iter()
            .any(|s| s.commons_id == r.commons_id && r.number <= s.upto)
    }
}

/// Follows the fork links from `commons_id` to the original commons.
pub fn lineage(conn: &mut DbConn, commons_id: &str) -> Result<Lineage, AppError> {
    let mut segments = vec![Segment {
        commons_id: commons_id.to_string(),
        upto: i64::MAX,
    }];
    let mut current = commons_id.to_string();
    while let Some(link) = fork_link(conn, &current)? {
        if segments.iter().any(|s| s.commons_id == link.parent_id) {
            break; // never stored (a parent exists before its forks); cut rather than loop
        }
        let upto = segments[segments.len() - 1]
            .upto
            .min(link.fork_point_number);
        segments.push(Segment {
            commons_id: link.parent_id.clone(),
            upto,
        });
        current = link.parent_id;
    }
    Ok(Lineage(segments))
}

/// Revision `number` as the commons sees it (inherited from an ancestor for a fork).
pub fn revision_by_number(
    conn: &mut DbConn,
    commons_id: &str,
    number: i64,
) -> Result<Option<RevisionRow>, AppError> {
    for s in lineage(conn, commons_id)?.0 {
        if number > s.upto {
            continue;
        }
        let found = commons_revisions::table
            .filter(commons_revisions::commons_id.eq(&s.commons_id))
            .filter(commons_revisions::number.eq(number))
            .select(RevisionRow::as_select())
            .first(conn)
            .optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

/// The revision with this id if it is part of the commons' history (a contribution's base
/// must be), else None.
pub fn revision_in(
    conn: &mut DbConn,
    commons_id: &str,
    id: &str,
) -> Result<Option<RevisionRow>, AppError> {
    let Some(r) = revision_by_id(conn, id)? else {
        return Ok(None);
    };
    Ok(lineage(conn, commons_id)?.contains(&r).then_some(r))
}

/// Revisions as the commons sees them (a fork's own, then inherited), newest first.
pub fn revisions(
    conn: &mut DbConn,
    commons_id: &str,
    limit: i64,
) -> Result<Vec<RevisionRow>, AppError> {
    revisions_before(conn, commons_id, None, limit)
}

/// As `revisions`, numbered below `before` when given (numbers grow along the lineage, so
/// they page through a fork's own revisions and on into its parent's).
pub fn revisions_before(
    conn: &mut DbConn,
    commons_id: &str,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<RevisionRow>, AppError> {
    let mut out: Vec<RevisionRow> = Vec::new();
    for mut s in lineage(conn, commons_id)?.0 {
        if let Some(b) = before {
            s.upto = s.upto.min(b - 1);
        }
        let left = limit.saturating_sub(out.len() as i64);
        if left <= 0 {
            break;
        }
        out.extend(
            commons_revisions::table
                .filter(commons_revisions::commons_id.eq(&s.commons_id))
                .filter(commons_revisions::number.le(s.upto))
                .select(RevisionRow::as_select())
                .order(commons_revisions::number.desc())
                .limit(left)
                .load(conn)?,
        );
    }
    Ok(out)
}

/// Serializes writers that derive something from what is already stored under `key` (the
/// next contribution number of a commons, whether a blob is stored already) until the
/// transaction ends. PostgreSQL lets concurrent transactions read the same maximum, so two
/// proposals would both take number N and one would fail on the unique index; a
/// transaction-scoped advisory lock on the key makes the second wait for the first. SQLite
/// has a single writer (`BEGIN IMMEDIATE`) already.
pub fn lock_key(conn: &mut DbConn, key: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, key)
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

pub fn contribution_by_id(
    conn: &mut DbConn,
    id: &str,
) -> Result<Option<ContributionRow>, AppError> {
    Ok(commons_contributions::table
        .filter(commons_contributions::id.eq(id))
        .select(ContributionRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn contribution_by_number(
    conn: &mut DbConn,
    commons_id: &str,
    number: i64,
) -> Result<Option<ContributionRow>, AppError> {
    Ok(crate::db::native!(conn, |c| commons_contributions::table
        .filter(commons_contributions::commons_id.eq(commons_id))
        .filter(commons_contributions::number.eq(number))
        .select(ContributionRow::as_select())
        .first(c)
        .optional())?)
}

/// Contributions, newest first.
pub fn contributions(
    conn: &mut DbConn,
    commons_id: &str,
    limit: i64,
) -> Result<Vec<ContributionRow>, AppError> {
    contributions_in(conn, commons_id, None, None, limit)
}

/// Contributions newest first, numbered below `before` when given, in one of `states`
/// when given.
pub fn contributions_in(
    conn: &mut DbConn,
    commons_id: &str,
    states: Option<&[&str]>,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<ContributionRow>, AppError> {
    let mut query = commons_contributions::table
        .filter(commons_contributions::commons_id.eq(commons_id.to_string()))
        .select(ContributionRow::as_select())
        .into_boxed();
    if let Some(states) = states {
        query = query.filter(commons_contributions::state.eq_any(states.to_vec()));
    }
    if let Some(before) = before {
        query = query.filter(commons_contributions::number.lt(before));
    }
    Ok(query
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
    // Two fixed texts, so that each is prepared once (see `db::fixed`).
    let q = match revision_id {
        Some(rev) => Fixed::new(
            &[
                "UPDATE commons_contributions SET state = ",
                ", revision_id = ",
                ", updated_at = ",
                " WHERE id = ",
                " AND state = ",
                "",
            ],
            vec![
                Bind::Text(to),
                Bind::Text(rev),
                Bind::BigInt(now),
                Bind::Text(id),
                Bind::Text(from),
            ],
        ),
        None => Fixed::new(
            &[
                "UPDATE commons_contributions SET state = ",
                ", revision_id = NULL, updated_at = ",
                " WHERE id = ",
                " AND state = ",
                "",
            ],
            vec![
                Bind::Text(to),
                Bind::BigInt(now),
                Bind::Text(id),
                Bind::Text(from),
            ],
        ),
    };
    Ok(q.run(conn)? == 1)
}

pub fn insert_review(conn: &mut DbConn, row: &ReviewRow) -> Result<(), AppError> {
    Fixed::insert(
        "INSERT INTO commons_reviews (id, contribution_id, reviewer_id, verdict, comment, \
         created_at)",
        vec![
            Bind::Text(&row.id),
            Bind::Text(&row.contribution_id),
            Bind::Text(&row.reviewer_id),
            Bind::Text(&row.verdict),
            Bind::Text(&row.comment),
            Bind::BigInt(row.created_at),
        ],
    )
    .run(conn)?;
    Ok(())
}

/// Reviews of a contribution with the reviewer's handle, oldest first.
pub fn reviews(
    conn: &mut DbConn,
    contribution_id: &str,
) -> Result<Vec<(ReviewRow, String)>, AppError> {
    let rows: Vec<ReviewRow> = commons_reviews::table
        .filter(commons_reviews::contribution_id.eq(contribution_id))
        .select(ReviewRow::as_select())
        .order(commons_reviews::created_at.asc())
        .load(conn)?;
    crate::accounts::with_handles(conn, rows, |r| &r.reviewer_id)
}

/// The handle of a person id (ids are internal; the API speaks handles).
pub fn handle_of(conn: &mut DbConn, person_id: &str) -> Result<String, AppError> {
    crate::accounts::handle_of(conn, person_id)
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

/// A fork and where it branched off, as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = commons_forks)]
pub struct ForkRow {
    pub child_id: String,
    pub parent_id: String,
    pub fork_point_id: String,
    pub fork_point_number: i64,
    pub sync_fork_revision_id: String,
    pub sync_parent_revision_id: String,
    pub created_at: i64,
}

/// A contribution to a parent that offers a fork's revisions.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = commons_offers)]
pub struct OfferRow {
    pub contribution_id: String,
    pub fork_id: String,
    pub fork_revision_id: String,
    /// JSON list of person ids.
    pub authors: String,
    /// JSON list of the ids of the fork's revisions it carries, oldest first.
    pub revisions: String,
}

/// The parents' handles of those of `commons_ids` that are forks, by the fork's id.
pub fn fork_parents(
    conn: &mut DbConn,
    commons_ids: &[String],
) -> Result<std::collections::HashMap<String, String>, AppError> {
    Ok(commons_forks::table
        .inner_join(commons::table.on(commons::id.eq(commons_forks::parent_id)))
        .filter(commons_forks::child_id.eq_any(commons_ids))
        .select((commons_forks::child_id, commons::handle))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect())
}

/// Where `child_id` was forked from, if it is a fork.
pub fn fork_link(conn: &mut DbConn, child_id: &str) -> Result<Option<ForkRow>, AppError> {
    Ok(commons_forks::table
        .filter(commons_forks::child_id.eq(child_id))
        .select(ForkRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn insert_fork(conn: &mut DbConn, row: &ForkRow) -> Result<(), AppError> {
    diesel::insert_into(commons_forks::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

/// The direct forks of a commons with their handles, oldest first, after the fork
/// `(created_at, child_id)` when given.
pub fn forks_of(
    conn: &mut DbConn,
    parent_id: &str,
    after: Option<(i64, String)>,
    limit: i64,
) -> Result<Vec<(ForkRow, String)>, AppError> {
    let mut query = commons_forks::table
        .inner_join(commons::table.on(commons::id.eq(commons_forks::child_id)))
        .filter(commons_forks::parent_id.eq(parent_id.to_string()))
        .select((ForkRow::as_select(), commons::handle))
        .into_boxed();
    if let Some((at, child)) = after {
        query = query.filter(
            commons_forks::created_at
                .gt(at)
                .or(commons_forks::created_at
                    .eq(at)
                    .and(commons_forks::child_id.gt(child))),
        );
    }
    Ok(query
        .order((
            commons_forks::created_at.asc(),
            commons_forks::child_id.asc(),
        ))
        .limit(limit)
        .load(conn)?)
}

/// Handles of the open direct forks, oldest first (at most ten: enough to point the way).
pub fn open_fork_handles(conn: &mut DbConn, parent_id: &str) -> Result<Vec<String>, AppError> {
    Ok(commons_forks::table
        .inner_join(commons::table.on(commons::id.eq(commons_forks::child_id)))
        .filter(commons_forks::parent_id.eq(parent_id))
        .filter(commons::deleted_at.is_null())
        .select(commons::handle)
        .order(commons_forks::created_at.asc())
        .limit(10)
        .load(conn)?)
}

pub fn count_forks(conn: &mut DbConn, parent_id: &str) -> Result<i64, AppError> {
    Ok(commons_forks::table
        .filter(commons_forks::parent_id.eq(parent_id))
        .count()
        .get_result(conn)?)
}

/// Moves a fork's sync point after its parent accepted an offer.
pub fn set_sync_point(
    conn: &mut DbConn,
    child_id: &str,
    fork_revision: &str,
    parent_revision: &str,
) -> Result<(), AppError> {
    diesel::update(commons_forks::table.filter(commons_forks::child_id.eq(child_id)))
        .set((
            commons_forks::sync_fork_revision_id.eq(fork_revision),
            commons_forks::sync_parent_revision_id.eq(parent_revision),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn insert_offer(conn: &mut DbConn, row: &OfferRow) -> Result<(), AppError> {
    diesel::insert_into(commons_offers::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

pub fn offer_of(conn: &mut DbConn, contribution_id: &str) -> Result<Option<OfferRow>, AppError> {
    Ok(crate::db::native!(conn, |c| commons_offers::table
        .filter(commons_offers::contribution_id.eq(contribution_id))
        .select(OfferRow::as_select())
        .first(c)
        .optional())?)
}

/// The fork's offers with their contributions (to find one still open).
pub fn offers_from(
    conn: &mut DbConn,
    fork_id: &str,
) -> Result<Vec<(OfferRow, ContributionRow)>, AppError> {
    Ok(commons_offers::table
        .inner_join(
            commons_contributions::table
                .on(commons_contributions::id.eq(commons_offers::contribution_id)),
        )
        .filter(commons_offers::fork_id.eq(fork_id))
        .select((OfferRow::as_select(), ContributionRow::as_select()))
        .order(commons_contributions::created_at.asc())
        .load(conn)?)
}

/// Marks a commons deleted, unless it is already; the number of rows changed (0 or 1).
pub fn mark_deleted(
    conn: &mut DbConn,
    commons_id: &str,
    by: &str,
    now: i64,
) -> Result<usize, AppError> {
    Ok(diesel::update(
        commons::table
            .filter(commons::id.eq(commons_id))
            .filter(commons::deleted_at.is_null()),
    )
    .set((
        commons::deleted_at.eq(Some(now)),
        commons::deleted_by.eq(Some(by)),
        commons::updated_at.eq(now),
    ))
    .execute(conn)?)
}

/// (id, author id, state, created at) of a commons' contributions; with `upto`, only the
/// accepted ones behind its revisions up to that number (what a fork inherits).
pub fn contribution_facts(
    conn: &mut DbConn,
    commons_id: &str,
    upto: Option<i64>,
) -> Result<Vec<(String, String, String, i64)>, AppError> {
    let columns = (
        commons_contributions::id,
        commons_contributions::author_id,
        commons_contributions::state,
        commons_contributions::created_at,
    );
    Ok(match upto {
        None => commons_contributions::table
            .filter(commons_contributions::commons_id.eq(commons_id))
            .select(columns)
            .load(conn)?,
        Some(upto) => commons_contributions::table
            .inner_join(
                commons_revisions::table.on(commons_revisions::id
                    .nullable()
                    .eq(commons_contributions::revision_id)),
            )
            .filter(commons_contributions::commons_id.eq(commons_id))
            .filter(commons_revisions::number.le(upto))
            .select(columns)
            .load(conn)?,
    })
}

/// (contribution id, reviewer id, at) of every decision on a commons' contributions,
/// oldest first.
pub fn decisions(
    conn: &mut DbConn,
    commons_id: &str,
) -> Result<Vec<(String, String, i64)>, AppError> {
    Ok(commons_reviews::table
        .inner_join(
            commons_contributions::table
                .on(commons_contributions::id.eq(commons_reviews::contribution_id)),
        )
        .filter(commons_contributions::commons_id.eq(commons_id))
        .select((
            commons_reviews::contribution_id,
            commons_reviews::reviewer_id,
            commons_reviews::created_at,
        ))
        .order(commons_reviews::created_at.asc())
        .load(conn)?)
}

/// Ids of the commons a person contributed to or reviewed in.
pub fn commons_touched_by(
    conn: &mut DbConn,
    person_id: &str,
) -> Result<std::collections::BTreeSet<String>, AppError> {
    let mut ids: std::collections::BTreeSet<String> = commons_contributions::table
        .filter(commons_contributions::author_id.eq(person_id))
        .select(commons_contributions::commons_id)
        .distinct()
        .load::<String>(conn)?
        .into_iter()
        .collect();
    ids.extend(
        commons_reviews::table
            .inner_join(
                commons_contributions::table
                    .on(commons_contributions::id.eq(commons_reviews::contribution_id)),
            )
            .filter(commons_reviews::reviewer_id.eq(person_id))
            .select(commons_contributions::commons_id)
            .distinct()
            .load::<String>(conn)?,
    );
    Ok(ids)
}

/// Ids of the commons a person maintains.
pub fn commons_maintained_by(
    conn: &mut DbConn,
    person_id: &str,
) -> Result<std::collections::BTreeSet<String>, AppError> {
    Ok(commons_maintainers::table
        .filter(commons_maintainers::person_id.eq(person_id))
        .select(commons_maintainers::commons_id)
        .load::<String>(conn)?
        .into_iter()
        .collect())
}

/// The translations of a commons' name and summary, by language.
pub fn translations(conn: &mut DbConn, commons_id: &str) -> Result<Vec<Version>, AppError> {
    let rows: Vec<(String, String, String)> = commons_translations::table
        .filter(commons_translations::commons_id.eq(commons_id))
        .select((
            commons_translations::lang,
            commons_translations::name,
            commons_translations::summary,
        ))
        .order(commons_translations::lang.asc())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(lang, name, description)| Version {
            lang,
            name,
            description,
        })
        .collect())
}

/// Writes the translation into `lang`, over the one there was: one row per language, so
/// two people translating at once never lose each other's work.
pub fn put_translation(
    conn: &mut DbConn,
    commons_id: &str,
    v: &Version,
    now: i64,
) -> Result<(), AppError> {
    crate::db::native!(conn, |c| diesel::insert_into(commons_translations::table)
        .values((
            commons_translations::commons_id.eq(commons_id),
            commons_translations::lang.eq(&v.lang),
            commons_translations::name.eq(&v.name),
            commons_translations::summary.eq(&v.description),
            commons_translations::updated_at.eq(now),
        ))
        .on_conflict((commons_translations::commons_id, commons_translations::lang))
        .do_update()
        .set((
            commons_translations::name.eq(&v.name),
            commons_translations::summary.eq(&v.description),
            commons_translations::updated_at.eq(now),
        ))
        .execute(c))?;
    Ok(())
}

/// Removes the translation into `lang`; false when there was none.
pub fn delete_translation(
    conn: &mut DbConn,
    commons_id: &str,
    lang: &str,
) -> Result<bool, AppError> {
    let n = diesel::delete(
        commons_translations::table
            .filter(commons_translations::commons_id.eq(commons_id))
            .filter(commons_translations::lang.eq(lang)),
    )
    .execute(conn)?;
    Ok(n > 0)
}

/// The translations of several commons (a list's page) in one query, by commons id.
pub fn translations_of(
    conn: &mut DbConn,
    commons_ids: &[String],
) -> Result<std::collections::HashMap<String, Vec<Version>>, AppError> {
    let rows: Vec<(String, String, String, String)> = commons_translations::table
        .filter(commons_translations::commons_id.eq_any(commons_ids))
        .select((
            commons_translations::commons_id,
            commons_translations::lang,
            commons_translations::name,
            commons_translations::summary,
        ))
        .order((
            commons_translations::commons_id.asc(),
            commons_translations::lang.asc(),
        ))
        .load(conn)?;
    let mut out: std::collections::HashMap<String, Vec<Version>> = Default::default();
    for (id, lang, name, description) in rows {
        out.entry(id).or_default().push(Version {
            lang,
            name,
            description,
        });
    }
    Ok(out)
}

/// Accepted contributions of a commons whose acceptance (their last change) falls in
/// `[since, until)` milliseconds, oldest first, each with the reviews given on it.
pub fn accepted_with_reviews(
    conn: &mut DbConn,
    commons_id: &str,
    since: i64,
    until: i64,
) -> Result<Vec<(ContributionRow, Vec<ReviewRow>)>, AppError> {
    let rows: Vec<ContributionRow> = commons_contributions::table
        .filter(commons_contributions::commons_id.eq(commons_id.to_string()))
        .filter(commons_contributions::state.eq("accepted"))
        .filter(commons_contributions::updated_at.ge(since))
        .filter(commons_contributions::updated_at.lt(until))
        .order(commons_contributions::number.asc())
        .select(ContributionRow::as_select())
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut reviews: std::collections::HashMap<String, Vec<ReviewRow>> =
        std::collections::HashMap::new();
    for chunk in ids.chunks(500) {
        let found: Vec<ReviewRow> = commons_reviews::table
            .filter(commons_reviews::contribution_id.eq_any(chunk))
            .order(commons_reviews::created_at.asc())
            .select(ReviewRow::as_select())
            .load(conn)?;
        for r in found {
            reviews
                .entry(r.contribution_id.clone())
                .or_default()
                .push(r);
        }
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let given = reviews.remove(&r.id).unwrap_or_default();
            (r, given)
        })
        .collect())
}

/// (author id, kind, body) of the contributions to `commons_id` by any of `authors` that
/// its maintainers accepted between `from` and `to` (Unix ms, both included): an accepted
/// contribution's `updated_at` is its acceptance, since nothing moves it after but a
/// revert, which leaves it `reverted`.
pub fn accepted_between(
    conn: &mut DbConn,
    commons_id: &str,
    authors: &[String],
    from: i64,
    to: i64,
) -> Result<Vec<(String, String, String)>, AppError> {
    let mut out = Vec::new();
    for chunk in authors.chunks(500) {
        out.extend(
            commons_contributions::table
                .filter(commons_contributions::commons_id.eq(commons_id))
                .filter(commons_contributions::author_id.eq_any(chunk))
                .filter(commons_contributions::state.eq("accepted"))
                .filter(commons_contributions::updated_at.ge(from))
                .filter(commons_contributions::updated_at.le(to))
                .select((
                    commons_contributions::author_id,
                    commons_contributions::kind,
                    commons_contributions::body,
                ))
                .load::<(String, String, String)>(conn)?,
        );
    }
    Ok(out)
}

/// Whether `person_id` has a contribution accepted by any commons, or maintains one.
pub fn has_contributed(conn: &mut DbConn, person_id: &str) -> Result<bool, AppError> {
    let accepted: i64 = commons_contributions::table
        .filter(commons_contributions::author_id.eq(person_id))
        .filter(commons_contributions::state.eq("accepted"))
        .count()
        .get_result(conn)?;
    if accepted > 0 {
        return Ok(true);
    }
    let maintains: i64 = commons_maintainers::table
        .filter(commons_maintainers::person_id.eq(person_id))
        .count()
        .get_result(conn)?;
    Ok(maintains > 0)
}

/// Whether `person_id` belongs to the commons `commons_id`: maintains it, or had a
/// contribution to it accepted.
pub fn is_member(conn: &mut DbConn, commons_id: &str, person_id: &str) -> Result<bool, AppError> {
    let maintains: i64 = commons_maintainers::table
        .filter(commons_maintainers::commons_id.eq(commons_id))
        .filter(commons_maintainers::person_id.eq(person_id))
        .count()
        .get_result(conn)?;
    if maintains > 0 {
        return Ok(true);
    }
    let accepted: i64 = commons_contributions::table
        .filter(commons_contributions::commons_id.eq(commons_id))
        .filter(commons_contributions::author_id.eq(person_id))
        .filter(commons_contributions::state.eq("accepted"))
        .count()
        .get_result(conn)?;
    Ok(accepted > 0)
}

/// Sets the licence expression a commons shows.
pub fn set_licence(
    conn: &mut DbConn,
    commons_id: &str,
    expression: &str,
    now: i64,
) -> Result<(), AppError> {
    diesel::update(commons::table.filter(commons::id.eq(commons_id)))
        .set((commons::licence.eq(expression), commons::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

// A commons' history imported from git (see `history`).

/// An author of imported commits, once per (lowercased) email.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = crate::db::schema::commons_git_authors)]
pub struct GitAuthorRow {
    pub id: String,
    pub email: String,
    pub name: String,
    /// The person of the instance whose email it is; `None`: a placeholder.
    pub person_id: Option<String>,
    pub created_at: i64,
}

/// One imported commit.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = crate::db::schema::commons_git_commits)]
pub struct GitCommitRow {
    pub commons_id: String,
    pub hash: String,
    pub author_id: String,
    pub authored_at: i64,
    /// The paths it touched, as a JSON list.
    pub files: String,
    pub lines_added: i64,
    pub lines_removed: i64,
    pub imported_at: i64,
}

pub fn git_author_by_email(
    conn: &mut DbConn,
    email: &str,
) -> Result<Option<GitAuthorRow>, AppError> {
    use crate::db::schema::commons_git_authors as a;
    Ok(a::table
        .filter(a::email.eq(email))
        .select(GitAuthorRow::as_select())
        .first(conn)
        .optional()?)
}

/// Adds an author unless its email is known already (a concurrent import added it).
pub fn insert_git_author(conn: &mut DbConn, row: &GitAuthorRow) -> Result<(), AppError> {
    use crate::db::schema::commons_git_authors as a;
    crate::db::native!(conn, |c| diesel::insert_into(a::table)
        .values(row.clone())
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(())
}

/// Links a placeholder author to the person who now has its email.
pub fn link_git_author(conn: &mut DbConn, id: &str, person_id: &str) -> Result<(), AppError> {
    use crate::db::schema::commons_git_authors as a;
    diesel::update(a::table.filter(a::id.eq(id)).filter(a::person_id.is_null()))
        .set(a::person_id.eq(person_id))
        .execute(conn)?;
    Ok(())
}

/// Adds commits a commons does not have yet (by hash); the number added.
pub fn insert_git_commits(conn: &mut DbConn, rows: &[GitCommitRow]) -> Result<usize, AppError> {
    use crate::db::schema::commons_git_commits as c;
    // One row a statement: SQLite's diesel writes no multi-row INSERT with ON CONFLICT;
    // the statement is prepared once and the whole import is one transaction.
    let mut added = 0;
    for row in rows {
        added += crate::db::native!(conn, |k| diesel::insert_into(c::table)
            .values(row.clone())
            .on_conflict_do_nothing()
            .execute(k))?;
    }
    Ok(added)
}

/// A commons' imported commits with their authors: (author, authored at), oldest first.
pub fn git_work(conn: &mut DbConn, commons_id: &str) -> Result<Vec<(GitAuthorRow, i64)>, AppError> {
    use crate::db::schema::{commons_git_authors as a, commons_git_commits as c};
    Ok(c::table
        .inner_join(a::table)
        .filter(c::commons_id.eq(commons_id))
        .order((c::authored_at.asc(), c::hash.asc()))
        .select((GitAuthorRow::as_select(), c::authored_at))
        .load(conn)?)
}

/// The emails of the authors of a commons' imported commits.
pub fn git_emails(conn: &mut DbConn, commons_id: &str) -> Result<Vec<String>, AppError> {
    use crate::db::schema::{commons_git_authors as a, commons_git_commits as c};
    Ok(c::table
        .inner_join(a::table)
        .filter(c::commons_id.eq(commons_id))
        .select(a::email)
        .distinct()
        .order(a::email.asc())
        .load(conn)?)
}

/// Ids of the commons whose imported history holds commits by authors linked to a person.
pub fn git_commons_of_person(conn: &mut DbConn, person_id: &str) -> Result<Vec<String>, AppError> {
    use crate::db::schema::{commons_git_authors as a, commons_git_commits as c};
    Ok(c::table
        .inner_join(a::table)
        .filter(a::person_id.eq(person_id))
        .select(c::commons_id)
        .distinct()
        .load(conn)?)
}

/// The forks of a commons made in `[since, until)`, oldest first: (who forked it, when,
/// the number of the parent's revision it was forked at).
pub fn forks_made(
    conn: &mut DbConn,
    parent_id: &str,
    since: i64,
    until: i64,
) -> Result<Vec<(String, i64, i64)>, AppError> {
    Ok(commons_forks::table
        .inner_join(commons::table.on(commons::id.eq(commons_forks::child_id)))
        .filter(commons_forks::parent_id.eq(parent_id))
        .filter(commons_forks::created_at.ge(since))
        .filter(commons_forks::created_at.lt(until))
        .order((
            commons_forks::created_at.asc(),
            commons_forks::child_id.asc(),
        ))
        .select((
            commons::created_by,
            commons_forks::created_at,
            commons_forks::fork_point_number,
        ))
        .load(conn)?)
}

/// The numbers of a commons' accepted contributions that became revisions, with each
/// revision's number, oldest first: what a fork at a revision carries.
pub fn contribution_revisions(
    conn: &mut DbConn,
    commons_id: &str,
) -> Result<Vec<(i64, i64)>, AppError> {
    Ok(commons_contributions::table
        .inner_join(
            commons_revisions::table
                .on(commons_contributions::revision_id.eq(commons_revisions::id.nullable())),
        )
        .filter(commons_contributions::commons_id.eq(commons_id))
        .filter(commons_contributions::state.eq("accepted"))
        .order(commons_revisions::number.asc())
        .select((commons_contributions::number, commons_revisions::number))
        .load(conn)?)
}
