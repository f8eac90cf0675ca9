//! Queries for budgets: processes with their phases, headings, projects, ballots,
//! milestones and supports. The rules that span rows are held here by guarded writes: a
//! phase moves only from the phase it was read in; a ballot is written only while its
//! process is balloting (the same statement bumps the process's version, which holds its
//! row until the ballot commits, so a close waits for ballots under way and they for it);
//! one ballot per voter and heading is a unique index, written as an upsert.

pub mod paper;
pub mod proposers;
pub mod supports;
pub mod valuations;

use crate::db::DbConn;
use crate::error::AppError;
use diesel::prelude::*;

use crate::db::schema::{
    budget_ballots, budget_census, budget_headings, budget_merges, budget_milestones,
    budget_phases, budget_processes, budget_projects, budget_rules, budget_supports,
    budget_voter_rules,
};

/// A process as stored, with its rules (a row of each table).
#[derive(Debug, Clone)]
pub struct ProcessRow {
    pub id: String,
    pub org_id: String,
    pub title: String,
    pub description: String,
    pub origin: String,
    pub phase: String,
    pub ballot_style: String,
    pub vote_type: String,
    pub min_projects: Option<i64>,
    pub max_projects: Option<i64>,
    pub eligibility: String,
    pub rule: String,
    pub rules_locked_at: Option<i64>,
    pub meta: String,
    pub project_columns: String,
    pub vote_columns: String,
    pub points_total: Option<i64>,
    pub max_points: Option<i64>,
    /// Eligibility `body`: the body whose members take part.
    pub eligible_body_id: Option<String>,
    /// Knapsack ballots: the least share of the heading's amount a ballot spends, in percent.
    pub min_share_percent: Option<i64>,
    pub version: i64,
    pub created_by: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_processes)]
pub struct CoreRow {
    pub id: String,
    pub org_id: String,
    pub title: String,
    pub description: String,
    pub origin: String,
    pub phase: String,
    pub version: i64,
    pub created_by: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_rules)]
pub struct RulesRow {
    pub process_id: String,
    pub ballot_style: String,
    pub vote_type: String,
    pub min_projects: Option<i64>,
    pub max_projects: Option<i64>,
    pub eligibility: String,
    pub rule: String,
    pub rules_locked_at: Option<i64>,
    pub meta: String,
    pub project_columns: String,
    pub vote_columns: String,
    pub points_total: Option<i64>,
    pub max_points: Option<i64>,
    pub eligible_body_id: Option<String>,
    pub min_share_percent: Option<i64>,
}

fn joined((c, r): (CoreRow, RulesRow)) -> ProcessRow {
    ProcessRow {
        id: c.id,
        org_id: c.org_id,
        title: c.title,
        description: c.description,
        origin: c.origin,
        phase: c.phase,
        ballot_style: r.ballot_style,
        vote_type: r.vote_type,
        min_projects: r.min_projects,
        max_projects: r.max_projects,
        eligibility: r.eligibility,
        rule: r.rule,
        rules_locked_at: r.rules_locked_at,
        meta: r.meta,
        project_columns: r.project_columns,
        vote_columns: r.vote_columns,
        points_total: r.points_total,
        max_points: r.max_points,
        eligible_body_id: r.eligible_body_id,
        min_share_percent: r.min_share_percent,
        version: c.version,
        created_by: c.created_by,
        created_at: c.created_at,
        updated_at: c.updated_at,
    }
}

/// Both rows of a process.
type Both = (CoreRow, RulesRow);

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_phases)]
pub struct PhaseRow {
    pub process_id: String,
    pub phase: String,
    pub position: i64,
    pub enabled: bool,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_headings)]
pub struct HeadingRow {
    pub id: String,
    pub process_id: String,
    pub position: i64,
    pub name: String,
    pub amount: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_projects, treat_none_as_default_value = false)]
pub struct ProjectRow {
    pub id: String,
    pub process_id: String,
    pub heading_id: String,
    pub number: String,
    pub position: i64,
    pub title: String,
    pub description: String,
    pub place: String,
    pub cost: String,
    pub state: String,
    pub reason: String,
    pub author_id: Option<String>,
    pub extra: String,
    pub progress_status: String,
    pub progress: i64,
    pub created_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_ballots, treat_none_as_default_value = false)]
pub struct BallotRow {
    pub id: String,
    pub process_id: String,
    pub heading_id: String,
    pub voter_id: Option<String>,
    pub origin: String,
    pub position: Option<i64>,
    pub vote: String,
    pub points: Option<String>,
    pub extra: Option<String>,
    pub cast_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_milestones)]
pub struct MilestoneRow {
    pub id: String,
    pub project_id: String,
    pub happened_on: String,
    pub title: String,
    pub description: String,
    pub link: String,
    pub author_id: String,
    pub created_at: i64,
}

/// Projects per insert statement (well under both engines' limits on bound values).
const CHUNK: usize = 100;

pub fn insert_process(conn: &mut DbConn, p: &ProcessRow) -> Result<(), AppError> {
    let p = p.clone();
    diesel::insert_into(budget_processes::table)
        .values(CoreRow {
            id: p.id.clone(),
            org_id: p.org_id,
            title: p.title,
            description: p.description,
            origin: p.origin,
            phase: p.phase,
            version: p.version,
            created_by: p.created_by,
            created_at: p.created_at,
            updated_at: p.updated_at,
        })
        .execute(conn)?;
    diesel::insert_into(budget_rules::table)
        .values(RulesRow {
            process_id: p.id,
            ballot_style: p.ballot_style,
            vote_type: p.vote_type,
            min_projects: p.min_projects,
            max_projects: p.max_projects,
            eligibility: p.eligibility,
            rule: p.rule,
            rules_locked_at: p.rules_locked_at,
            meta: p.meta,
            project_columns: p.project_columns,
            vote_columns: p.vote_columns,
            points_total: p.points_total,
            max_points: p.max_points,
            eligible_body_id: p.eligible_body_id,
            min_share_percent: p.min_share_percent,
        })
        .execute(conn)?;
    Ok(())
}

pub fn insert_phases(conn: &mut DbConn, rows: &[PhaseRow]) -> Result<(), AppError> {
    for r in rows {
        diesel::insert_into(budget_phases::table)
            .values(r.clone())
            .execute(conn)?;
    }
    Ok(())
}

pub fn insert_heading(conn: &mut DbConn, h: &HeadingRow) -> Result<(), AppError> {
    diesel::insert_into(budget_headings::table)
        .values(h.clone())
        .execute(conn)?;
    Ok(())
}

pub fn insert_projects(conn: &mut DbConn, rows: &[ProjectRow]) -> Result<(), AppError> {
    for chunk in rows.chunks(CHUNK) {
        crate::db::native!(conn, |c| diesel::insert_into(budget_projects::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// Ballots per insert statement: a whole batch of them has a fixed shape, whose prepared
/// statement the connection keeps (a slice of any length is prepared again each time).
const BALLOTS: usize = 512;

/// Writes many ballots (a file's, or a stack of paper ones), 512 per statement.
pub fn insert_ballots(conn: &mut DbConn, rows: &[BallotRow]) -> Result<(), AppError> {
    for chunk in rows.chunks(BALLOTS) {
        match <&[BallotRow; BALLOTS]>::try_from(chunk) {
            Ok(full) => crate::db::native!(conn, |c| diesel::insert_into(budget_ballots::table)
                .values(full)
                .execute(c))?,
            Err(_) => crate::db::native!(conn, |c| diesel::insert_into(budget_ballots::table)
                .values(chunk)
                .execute(c))?,
        };
    }
    Ok(())
}

pub fn process(conn: &mut DbConn, id: &str) -> Result<Option<ProcessRow>, AppError> {
    Ok(budget_processes::table
        .inner_join(budget_rules::table)
        .filter(budget_processes::id.eq(id))
        .select((CoreRow::as_select(), RulesRow::as_select()))
        .first::<Both>(conn)
        .optional()?
        .map(joined))
}

/// Processes newest first, after `(created_at, id)` when given; of one organization when
/// given.
pub fn processes(
    conn: &mut DbConn,
    org: Option<&str>,
    after: Option<(i64, String)>,
    limit: i64,
) -> Result<Vec<ProcessRow>, AppError> {
    use budget_processes as p;
    let mut q = p::table
        .inner_join(budget_rules::table)
        .select((CoreRow::as_select(), RulesRow::as_select()))
        .into_boxed();
    if let Some(o) = org {
        q = q.filter(p::org_id.eq(o.to_string()));
    }
    if let Some((at, id)) = after {
        q = q.filter(
            p::created_at
                .lt(at)
                .or(p::created_at.eq(at).and(p::id.lt(id))),
        );
    }
    let rows: Vec<Both> = q
        .order((p::created_at.desc(), p::id.desc()))
        .limit(limit)
        .load(conn)?;
    Ok(rows.into_iter().map(joined).collect())
}

/// Every process, by id (the sweep and the export).
pub fn all_processes(conn: &mut DbConn) -> Result<Vec<ProcessRow>, AppError> {
    let rows: Vec<Both> = budget_processes::table
        .inner_join(budget_rules::table)
        .select((CoreRow::as_select(), RulesRow::as_select()))
        .order(budget_processes::id.asc())
        .load(conn)?;
    Ok(rows.into_iter().map(joined).collect())
}

/// Ids of processes with an enabled phase that starts, or a phase that ends, by `now`,
/// and that are not finished: those the sweep looks at.
pub fn maybe_due(conn: &mut DbConn, now: i64) -> Result<Vec<String>, AppError> {
    let mut ids: Vec<String> = budget_phases::table
        .inner_join(budget_processes::table.on(budget_processes::id.eq(budget_phases::process_id)))
        .filter(budget_processes::phase.ne("finished"))
        .filter(budget_phases::enabled.eq(true))
        .filter(
            budget_phases::starts_at
                .le(now)
                .or(budget_phases::ends_at.le(now)),
        )
        .select(budget_phases::process_id)
        .distinct()
        .load(conn)?;
    ids.sort();
    Ok(ids)
}

pub fn phases(conn: &mut DbConn, process_id: &str) -> Result<Vec<PhaseRow>, AppError> {
    Ok(budget_phases::table
        .filter(budget_phases::process_id.eq(process_id))
        .select(PhaseRow::as_select())
        .order(budget_phases::position.asc())
        .load(conn)?)
}

/// Replaces a phase's plan (enabled, dates).
pub fn plan_phase(conn: &mut DbConn, r: &PhaseRow) -> Result<(), AppError> {
    diesel::update(
        budget_phases::table
            .filter(budget_phases::process_id.eq(&r.process_id))
            .filter(budget_phases::phase.eq(&r.phase)),
    )
    .set((
        budget_phases::enabled.eq(r.enabled),
        budget_phases::starts_at.eq(r.starts_at),
        budget_phases::ends_at.eq(r.ends_at),
    ))
    .execute(conn)?;
    Ok(())
}

/// Moves a process from phase `from` to `to`; false when it is no longer in `from`.
pub fn move_phase(
    conn: &mut DbConn,
    id: &str,
    from: &str,
    to: &str,
    now: i64,
) -> Result<bool, AppError> {
    use budget_processes as p;
    let n = diesel::update(p::table.filter(p::id.eq(id)).filter(p::phase.eq(from)))
        .set((
            p::phase.eq(to),
            p::version.eq(p::version + 1),
            p::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

/// Locks a process's ballot rules (balloting opened), once.
pub fn lock_rules(conn: &mut DbConn, id: &str, now: i64) -> Result<(), AppError> {
    use budget_rules as r;
    diesel::update(
        r::table
            .filter(r::process_id.eq(id))
            .filter(r::rules_locked_at.is_null()),
    )
    .set(r::rules_locked_at.eq(now))
    .execute(conn)?;
    Ok(())
}

/// Bumps a process's version (something that a count reads changed), if it is in one of
/// `phases`; false when it is not. Holds the process's row until the transaction ends.
pub fn touch_in(conn: &mut DbConn, id: &str, phases: &[&str], now: i64) -> Result<bool, AppError> {
    use budget_processes as p;
    let n = diesel::update(
        p::table
            .filter(p::id.eq(id))
            .filter(p::phase.eq_any(phases)),
    )
    .set((p::version.eq(p::version + 1), p::updated_at.eq(now)))
    .execute(conn)?;
    Ok(n == 1)
}

/// Replaces the ballot rules of a process whose rules are not locked; false when they are
/// (the caller's error then rolls the transaction back). The process's row is taken first,
/// as a phase move takes it before the rules' row: the other order deadlocked a move
/// racing a change of rules on PostgreSQL.
pub fn set_rules(
    conn: &mut DbConn,
    id: &str,
    rules: &super::model::Rules,
    now: i64,
) -> Result<bool, AppError> {
    use budget_processes as p;
    use budget_rules as r;
    diesel::update(p::table.filter(p::id.eq(id)))
        .set((p::version.eq(p::version + 1), p::updated_at.eq(now)))
        .execute(conn)?;
    let n = diesel::update(
        r::table
            .filter(r::process_id.eq(id))
            .filter(r::rules_locked_at.is_null()),
    )
    .set((
        r::ballot_style.eq(rules.style.as_str()),
        r::vote_type.eq(rules.style.vote_type().as_str()),
        r::points_total.eq(rules.points_total),
        r::max_points.eq(rules.max_points),
        r::min_share_percent.eq(rules.min_share_percent),
        r::min_projects.eq(rules.min_projects),
        r::max_projects.eq(rules.max_projects),
        r::eligibility.eq(rules.eligibility.as_str()),
        r::eligible_body_id.eq(rules.body_id.as_deref()),
        r::rule.eq(rules.rule),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

pub fn headings(conn: &mut DbConn, process_id: &str) -> Result<Vec<HeadingRow>, AppError> {
    Ok(budget_headings::table
        .filter(budget_headings::process_id.eq(process_id))
        .select(HeadingRow::as_select())
        .order(budget_headings::position.asc())
        .load(conn)?)
}

pub fn projects(conn: &mut DbConn, process_id: &str) -> Result<Vec<ProjectRow>, AppError> {
    Ok(budget_projects::table
        .filter(budget_projects::process_id.eq(process_id))
        .select(ProjectRow::as_select())
        .order(budget_projects::position.asc())
        .load(conn)?)
}

pub fn project(conn: &mut DbConn, id: &str) -> Result<Option<ProjectRow>, AppError> {
    Ok(budget_projects::table
        .filter(budget_projects::id.eq(id))
        .select(ProjectRow::as_select())
        .first(conn)
        .optional()?)
}

/// The next position and the next free number of a process's projects.
pub fn next_project_slot(conn: &mut DbConn, process_id: &str) -> Result<i64, AppError> {
    let n: i64 = budget_projects::table
        .filter(budget_projects::process_id.eq(process_id))
        .count()
        .get_result(conn)?;
    Ok(n)
}

/// Sets a project's review (state and public reason).
pub fn review_project(
    conn: &mut DbConn,
    id: &str,
    state: &str,
    reason: &str,
) -> Result<(), AppError> {
    diesel::update(budget_projects::table.filter(budget_projects::id.eq(id)))
        .set((
            budget_projects::state.eq(state),
            budget_projects::reason.eq(reason),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets a funded project's implementation status and percentage.
pub fn set_progress(
    conn: &mut DbConn,
    id: &str,
    status: &str,
    progress: i64,
) -> Result<(), AppError> {
    diesel::update(budget_projects::table.filter(budget_projects::id.eq(id)))
        .set((
            budget_projects::progress_status.eq(status),
            budget_projects::progress.eq(progress),
        ))
        .execute(conn)?;
    Ok(())
}

/// A heading's ballots in counting order: those of a file or of paper by their position,
/// then online ones by id (random, so their order says nothing of when they were cast).
pub fn ballots(conn: &mut DbConn, heading_id: &str) -> Result<Vec<BallotRow>, AppError> {
    let mut rows: Vec<BallotRow> = crate::db::native!(conn, |c| budget_ballots::table
        .filter(budget_ballots::heading_id.eq(heading_id))
        .filter(budget_ballots::position.is_not_null())
        .select(BallotRow::as_select())
        .order(budget_ballots::position.asc())
        .load(c))?;
    let online: Vec<BallotRow> = crate::db::native!(conn, |c| budget_ballots::table
        .filter(budget_ballots::heading_id.eq(heading_id))
        .filter(budget_ballots::position.is_null())
        .select(BallotRow::as_select())
        .order(budget_ballots::id.asc())
        .load(c))?;
    rows.extend(online);
    Ok(rows)
}

/// How many ballots each heading of a process holds, by heading id.
pub fn ballot_counts(
    conn: &mut DbConn,
    process_id: &str,
) -> Result<std::collections::HashMap<String, i64>, AppError> {
    let rows: Vec<(String, i64)> = budget_ballots::table
        .filter(budget_ballots::process_id.eq(process_id))
        .group_by(budget_ballots::heading_id)
        .select((budget_ballots::heading_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// The last position of a heading's positioned ballots (file or paper), or -1.
pub fn last_position(conn: &mut DbConn, heading_id: &str) -> Result<i64, AppError> {
    let m: Option<i64> = budget_ballots::table
        .filter(budget_ballots::heading_id.eq(heading_id))
        .select(diesel::dsl::max(budget_ballots::position))
        .first(conn)?;
    Ok(m.unwrap_or(-1))
}

/// A voter's online ballot for a heading.
pub fn ballot_of(
    conn: &mut DbConn,
    heading_id: &str,
    voter_id: &str,
) -> Result<Option<BallotRow>, AppError> {
    Ok(budget_ballots::table
        .filter(budget_ballots::heading_id.eq(heading_id))
        .filter(budget_ballots::voter_id.eq(voter_id))
        .select(BallotRow::as_select())
        .first(conn)
        .optional()?)
}

/// A voter's online ballots in a process, by heading id.
pub fn ballots_of_voter(
    conn: &mut DbConn,
    process_id: &str,
    voter_id: &str,
) -> Result<Vec<BallotRow>, AppError> {
    Ok(budget_ballots::table
        .filter(budget_ballots::process_id.eq(process_id))
        .filter(budget_ballots::voter_id.eq(voter_id))
        .select(BallotRow::as_select())
        .load(conn)?)
}

/// Writes a voter's ballot for a heading, or replaces the one they cast: one statement
/// on the unique index of voters' ballots, so racing copies leave one row. True when it
/// replaced one.
pub fn put_ballot(conn: &mut DbConn, row: &BallotRow) -> Result<bool, AppError> {
    use diesel::sql_types::{BigInt, Nullable, Text};
    let voter = row.voter_id.clone().unwrap_or_default();
    let before = ballot_of(conn, &row.heading_id, &voter)?.is_some();
    // The index leaves ballots without a voter out, so the conflict target names its
    // condition too, which diesel's upsert cannot say.
    let sql = match conn {
        DbConn::Sqlite(_) => {
            "INSERT INTO budget_ballots (id, process_id, heading_id, voter_id, origin, vote, points, cast_at) \
             VALUES (?, ?, ?, ?, 'online', ?, ?, ?) \
             ON CONFLICT (heading_id, voter_id) WHERE voter_id IS NOT NULL \
             DO UPDATE SET vote = excluded.vote, points = excluded.points, cast_at = excluded.cast_at"
        }
        DbConn::Postgres(_) => {
            "INSERT INTO budget_ballots (id, process_id, heading_id, voter_id, origin, vote, points, cast_at) \
             VALUES ($1, $2, $3, $4, 'online', $5, $6, $7) \
             ON CONFLICT (heading_id, voter_id) WHERE voter_id IS NOT NULL \
             DO UPDATE SET vote = excluded.vote, points = excluded.points, cast_at = excluded.cast_at"
        }
    };
    diesel::sql_query(sql)
        .bind::<Text, _>(&row.id)
        .bind::<Text, _>(&row.process_id)
        .bind::<Text, _>(&row.heading_id)
        .bind::<Text, _>(&voter)
        .bind::<Text, _>(&row.vote)
        .bind::<Nullable<Text>, _>(&row.points)
        .bind::<BigInt, _>(row.cast_at)
        .execute(conn)?;
    Ok(before)
}

pub fn insert_milestone(conn: &mut DbConn, m: &MilestoneRow) -> Result<(), AppError> {
    diesel::insert_into(budget_milestones::table)
        .values(m.clone())
        .execute(conn)?;
    Ok(())
}

/// A process's milestones, by project then date.
pub fn milestones(conn: &mut DbConn, process_id: &str) -> Result<Vec<MilestoneRow>, AppError> {
    Ok(budget_milestones::table
        .inner_join(
            budget_projects::table.on(budget_projects::id.eq(budget_milestones::project_id)),
        )
        .filter(budget_projects::process_id.eq(process_id))
        .select(MilestoneRow::as_select())
        .order((
            budget_milestones::project_id.asc(),
            budget_milestones::happened_on.asc(),
            budget_milestones::created_at.asc(),
        ))
        .load(conn)?)
}

/// Gives a person's support to a project; false when they had given it already.
pub fn support(
    conn: &mut DbConn,
    project_id: &str,
    person_id: &str,
    now: i64,
) -> Result<bool, AppError> {
    let n = crate::db::native!(conn, |c| diesel::insert_into(budget_supports::table)
        .values((
            budget_supports::project_id.eq(project_id),
            budget_supports::person_id.eq(person_id),
            budget_supports::created_at.eq(now),
        ))
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(n == 1)
}

/// Supports per project of a process, by project id.
pub fn support_counts(
    conn: &mut DbConn,
    process_id: &str,
) -> Result<std::collections::HashMap<String, i64>, AppError> {
    let rows: Vec<(String, i64)> = budget_supports::table
        .inner_join(budget_projects::table.on(budget_projects::id.eq(budget_supports::project_id)))
        .filter(budget_projects::process_id.eq(process_id))
        .group_by(budget_supports::project_id)
        .select((budget_supports::project_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// Everything, by id, for the export: processes, phases, headings, projects, milestones.
pub type Everything = (
    Vec<ProcessRow>,
    Vec<PhaseRow>,
    Vec<HeadingRow>,
    Vec<ProjectRow>,
    Vec<MilestoneRow>,
);

pub fn everything(conn: &mut DbConn) -> Result<Everything, AppError> {
    let processes = all_processes(conn)?;
    let phases = budget_phases::table
        .select(PhaseRow::as_select())
        .order((
            budget_phases::process_id.asc(),
            budget_phases::position.asc(),
        ))
        .load(conn)?;
    let headings = budget_headings::table
        .select(HeadingRow::as_select())
        .order(budget_headings::id.asc())
        .load(conn)?;
    let projects = budget_projects::table
        .select(ProjectRow::as_select())
        .order(budget_projects::id.asc())
        .load(conn)?;
    let milestones = budget_milestones::table
        .select(MilestoneRow::as_select())
        .order(budget_milestones::id.asc())
        .load(conn)?;
    Ok((processes, phases, headings, projects, milestones))
}

/// Who may vote where in a process, beyond its ballot rules: its census's key and size,
/// the age rule and the district rule.
#[derive(Debug, Clone, Default, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_voter_rules, treat_none_as_default_value = false)]
pub struct VoterRulesRow {
    pub process_id: String,
    pub census_salt: Option<String>,
    pub census_entries: i64,
    pub census_imported_at: Option<i64>,
    pub min_age: Option<i64>,
    pub other_districts: Option<i64>,
    pub citywide_heading_id: Option<String>,
}

/// An entry of a census: an id's keyed hash, never the id.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_census, treat_none_as_default_value = false)]
pub struct CensusRow {
    pub id: String,
    pub process_id: String,
    pub id_hash: String,
    pub line: i64,
    pub birth_date: Option<String>,
    pub district_heading_id: Option<String>,
    pub claimed_by: Option<String>,
    pub claimed_at: Option<i64>,
}

/// A process's voter rules; the defaults (no census, no age or district rule) when it has
/// none.
pub fn voter_rules(conn: &mut DbConn, process_id: &str) -> Result<VoterRulesRow, AppError> {
    Ok(budget_voter_rules::table
        .filter(budget_voter_rules::process_id.eq(process_id))
        .select(VoterRulesRow::as_select())
        .first(conn)
        .optional()?
        .unwrap_or_else(|| VoterRulesRow {
            process_id: process_id.to_string(),
            ..VoterRulesRow::default()
        }))
}

/// Writes a process's voter rules whole.
pub fn put_voter_rules(conn: &mut DbConn, r: &VoterRulesRow) -> Result<(), AppError> {
    use budget_voter_rules as v;
    diesel::delete(v::table.filter(v::process_id.eq(&r.process_id))).execute(conn)?;
    diesel::insert_into(v::table)
        .values(r.clone())
        .execute(conn)?;
    Ok(())
}

/// Every voter rules row, by process (the export).
pub fn all_voter_rules(conn: &mut DbConn) -> Result<Vec<VoterRulesRow>, AppError> {
    Ok(budget_voter_rules::table
        .select(VoterRulesRow::as_select())
        .order(budget_voter_rules::process_id.asc())
        .load(conn)?)
}

/// The census of a process, by line.
pub fn census(conn: &mut DbConn, process_id: &str) -> Result<Vec<CensusRow>, AppError> {
    Ok(budget_census::table
        .filter(budget_census::process_id.eq(process_id))
        .select(CensusRow::as_select())
        .order(budget_census::line.asc())
        .load(conn)?)
}

/// Replaces the census of a process with `rows`.
pub fn replace_census(
    conn: &mut DbConn,
    process_id: &str,
    rows: &[CensusRow],
) -> Result<(), AppError> {
    diesel::delete(budget_census::table.filter(budget_census::process_id.eq(process_id)))
        .execute(conn)?;
    for chunk in rows.chunks(CHUNK) {
        crate::db::native!(conn, |c| diesel::insert_into(budget_census::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// The census entry with this keyed hash.
pub fn census_entry(
    conn: &mut DbConn,
    process_id: &str,
    id_hash: &str,
) -> Result<Option<CensusRow>, AppError> {
    Ok(budget_census::table
        .filter(budget_census::process_id.eq(process_id))
        .filter(budget_census::id_hash.eq(id_hash))
        .select(CensusRow::as_select())
        .first(conn)
        .optional()?)
}

/// The census entry a person claimed in a process.
pub fn claimed_entry(
    conn: &mut DbConn,
    process_id: &str,
    person_id: &str,
) -> Result<Option<CensusRow>, AppError> {
    Ok(budget_census::table
        .filter(budget_census::process_id.eq(process_id))
        .filter(budget_census::claimed_by.eq(person_id))
        .select(CensusRow::as_select())
        .first(conn)
        .optional()?)
}

/// How many entries of a process's census are claimed.
pub fn claimed_count(conn: &mut DbConn, process_id: &str) -> Result<i64, AppError> {
    Ok(budget_census::table
        .filter(budget_census::process_id.eq(process_id))
        .filter(budget_census::claimed_by.is_not_null())
        .count()
        .get_result(conn)?)
}

/// Gives an unclaimed entry to a person; false when it was claimed already.
pub fn claim(
    conn: &mut DbConn,
    entry_id: &str,
    person_id: &str,
    now: i64,
) -> Result<bool, AppError> {
    use budget_census as b;
    let n = diesel::update(
        b::table
            .filter(b::id.eq(entry_id))
            .filter(b::claimed_by.is_null()),
    )
    .set((b::claimed_by.eq(person_id), b::claimed_at.eq(now)))
    .execute(conn)?;
    Ok(n == 1)
}

/// An organiser's override of a project's outcome, as stored (append-only).
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = crate::db::schema::budget_overrides)]
pub struct OverrideRow {
    pub id: String,
    pub process_id: String,
    pub project_id: String,
    pub seq: i64,
    pub funded: bool,
    pub reason: String,
    pub decided_by: String,
    pub decided_at: i64,
}

/// Serializes the overrides of a process until the transaction ends.
pub fn lock_overrides(conn: &mut DbConn, process_id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("budget-overrides:{process_id}"))
}

/// Writes an override with the next number of its process (under [`lock_overrides`]).
pub fn insert_override(conn: &mut DbConn, o: &OverrideRow) -> Result<OverrideRow, AppError> {
    use crate::db::schema::budget_overrides::dsl as t;
    let last: Option<i64> = t::budget_overrides
        .filter(t::process_id.eq(&o.process_id))
        .select(diesel::dsl::max(t::seq))
        .first(conn)?;
    let row = OverrideRow {
        seq: last.unwrap_or(0) + 1,
        ..o.clone()
    };
    diesel::insert_into(t::budget_overrides)
        .values(row.clone())
        .execute(conn)?;
    Ok(row)
}

/// A process's overrides, oldest first.
pub fn overrides(conn: &mut DbConn, process_id: &str) -> Result<Vec<OverrideRow>, AppError> {
    use crate::db::schema::budget_overrides::dsl as t;
    Ok(t::budget_overrides
        .filter(t::process_id.eq(process_id))
        .order(t::seq.asc())
        .select(OverrideRow::as_select())
        .load(conn)?)
}

/// Every override of every process, for the export.
pub fn all_overrides(conn: &mut DbConn) -> Result<Vec<OverrideRow>, AppError> {
    use crate::db::schema::budget_overrides::dsl as t;
    Ok(t::budget_overrides
        .order((t::process_id.asc(), t::seq.asc()))
        .select(OverrideRow::as_select())
        .load(conn)?)
}

/// A project merged into another of its heading (a duplicate).
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_merges)]
pub struct MergeRow {
    pub project_id: String,
    pub into_id: String,
    pub merged_by: String,
    pub merged_at: i64,
    pub supports_moved: i64,
}

pub fn insert_merge(conn: &mut DbConn, m: &MergeRow) -> Result<(), AppError> {
    diesel::insert_into(budget_merges::table)
        .values(m.clone())
        .execute(conn)?;
    Ok(())
}

/// The merges of a process's projects.
pub fn merges(conn: &mut DbConn, process_id: &str) -> Result<Vec<MergeRow>, AppError> {
    Ok(budget_merges::table
        .inner_join(budget_projects::table.on(budget_projects::id.eq(budget_merges::project_id)))
        .filter(budget_projects::process_id.eq(process_id))
        .select(MergeRow::as_select())
        .order(budget_merges::merged_at.asc())
        .load(conn)?)
}

/// Every merge, by project (the export).
pub fn all_merges(conn: &mut DbConn) -> Result<Vec<MergeRow>, AppError> {
    Ok(budget_merges::table
        .select(MergeRow::as_select())
        .order(budget_merges::project_id.asc())
        .load(conn)?)
}

/// Moves the supports of project `from` to project `to`: a person who supported both keeps
/// one support of `to`. Returns how many moved.
pub fn move_supports(conn: &mut DbConn, from: &str, to: &str) -> Result<i64, AppError> {
    use diesel::sql_types::Text;
    // `WHERE` before `ON CONFLICT` keeps SQLite from reading it as a join's constraint.
    let sql = match conn {
        DbConn::Sqlite(_) => {
            "INSERT INTO budget_supports (project_id, person_id, created_at) \
             SELECT ?, person_id, created_at FROM budget_supports WHERE project_id = ? \
             ON CONFLICT DO NOTHING"
        }
        DbConn::Postgres(_) => {
            "INSERT INTO budget_supports (project_id, person_id, created_at) \
             SELECT $1, person_id, created_at FROM budget_supports WHERE project_id = $2 \
             ON CONFLICT DO NOTHING"
        }
    };
    let moved = diesel::sql_query(sql)
        .bind::<Text, _>(to)
        .bind::<Text, _>(from)
        .execute(conn)?;
    diesel::delete(budget_supports::table.filter(budget_supports::project_id.eq(from)))
        .execute(conn)?;
    Ok(moved as i64)
}

/// An incompatibility group (a project is in at most one: the members' key is the
/// project, so of two racing groups sharing a project the second insert fails).
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = crate::db::schema::budget_groups)]
pub struct GroupRow {
    pub id: String,
    pub process_id: String,
    pub heading_id: String,
    pub name: String,
    pub reason: String,
    pub created_by: String,
    pub created_at: i64,
}

/// A project of an incompatibility group.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = crate::db::schema::budget_group_projects)]
pub struct GroupMemberRow {
    pub project_id: String,
    pub group_id: String,
}

/// Writes an incompatibility group and its projects.
pub fn insert_group(conn: &mut DbConn, g: &GroupRow, projects: &[String]) -> Result<(), AppError> {
    diesel::insert_into(crate::db::schema::budget_groups::table)
        .values(g.clone())
        .execute(conn)?;
    // One row at a time: the connection serves both engines, which share no batch form.
    for p in projects {
        diesel::insert_into(crate::db::schema::budget_group_projects::table)
            .values(GroupMemberRow {
                project_id: p.clone(),
                group_id: g.id.clone(),
            })
            .execute(conn)?;
    }
    Ok(())
}

/// Deletes an incompatibility group and its projects.
pub fn delete_group(conn: &mut DbConn, group_id: &str) -> Result<(), AppError> {
    diesel::delete(
        crate::db::schema::budget_group_projects::table
            .filter(crate::db::schema::budget_group_projects::group_id.eq(group_id)),
    )
    .execute(conn)?;
    diesel::delete(
        crate::db::schema::budget_groups::table
            .filter(crate::db::schema::budget_groups::id.eq(group_id)),
    )
    .execute(conn)?;
    Ok(())
}

/// A process's incompatibility groups, oldest first, each with its project ids.
pub fn groups(
    conn: &mut DbConn,
    process_id: &str,
) -> Result<Vec<(GroupRow, Vec<String>)>, AppError> {
    let rows: Vec<GroupRow> = crate::db::schema::budget_groups::table
        .filter(crate::db::schema::budget_groups::process_id.eq(process_id))
        .order((
            crate::db::schema::budget_groups::created_at.asc(),
            crate::db::schema::budget_groups::id.asc(),
        ))
        .select(GroupRow::as_select())
        .load(conn)?;
    let ids: Vec<&str> = rows.iter().map(|g| g.id.as_str()).collect();
    let members: Vec<GroupMemberRow> = crate::db::schema::budget_group_projects::table
        .filter(crate::db::schema::budget_group_projects::group_id.eq_any(&ids))
        .select(GroupMemberRow::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|g| {
            let projects = members
                .iter()
                .filter(|m| m.group_id == g.id)
                .map(|m| m.project_id.clone())
                .collect();
            (g, projects)
        })
        .collect())
}

/// Every incompatibility group of every process, for the export.
pub fn all_groups(conn: &mut DbConn) -> Result<Vec<GroupRow>, AppError> {
    Ok(crate::db::schema::budget_groups::table
        .order((
            crate::db::schema::budget_groups::process_id.asc(),
            crate::db::schema::budget_groups::created_at.asc(),
        ))
        .select(GroupRow::as_select())
        .load(conn)?)
}

/// Every incompatibility group's projects, for the export.
pub fn all_group_members(conn: &mut DbConn) -> Result<Vec<GroupMemberRow>, AppError> {
    Ok(crate::db::schema::budget_group_projects::table
        .order((
            crate::db::schema::budget_group_projects::group_id.asc(),
            crate::db::schema::budget_group_projects::project_id.asc(),
        ))
        .select(GroupMemberRow::as_select())
        .load(conn)?)
}
