//! Queries for paper ballots reconciled: the batches of an upload (one per polling
//! station, with its tally sheet's declared count and what was read, recorded and set
//! aside) and each sheet read, with its serial number and its voter's key. One counted
//! paper ballot per voter and heading is a partial unique index; a serial number is unique
//! in its process.

use crate::db::DbConn;
use crate::db::schema::{budget_paper_batches, budget_paper_sheets};
use crate::error::AppError;
use diesel::prelude::*;

/// A station's batch of one upload, as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_paper_batches, treat_none_as_default_value = false)]
pub struct PaperBatchRow {
    pub id: String,
    pub process_id: String,
    pub heading_id: String,
    pub station: String,
    pub declared: Option<i64>,
    pub read_count: i64,
    pub recorded: i64,
    pub set_aside: i64,
    pub mismatch_reason: Option<String>,
    pub recorded_by: String,
    pub recorded_at: i64,
}

/// A paper ballot read, as stored: counted (`ballot_id`) or set aside (`set_aside`).
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_paper_sheets, treat_none_as_default_value = false)]
pub struct PaperSheetRow {
    pub id: String,
    pub batch_id: String,
    pub process_id: String,
    pub heading_id: String,
    pub line: i64,
    pub serial: Option<String>,
    pub voter_key: Option<String>,
    pub ballot_id: Option<String>,
    pub set_aside: Option<String>,
    pub vote: String,
    pub points: Option<String>,
}

/// Sheets per statement: eleven columns each, well under SQLite's bound parameters.
const SHEETS: usize = 256;

pub fn insert_batches(conn: &mut DbConn, rows: &[PaperBatchRow]) -> Result<(), AppError> {
    crate::db::native!(conn, |c| diesel::insert_into(budget_paper_batches::table)
        .values(rows)
        .execute(c))?;
    Ok(())
}

pub fn insert_sheets(conn: &mut DbConn, rows: &[PaperSheetRow]) -> Result<(), AppError> {
    for chunk in rows.chunks(SHEETS) {
        crate::db::native!(conn, |c| diesel::insert_into(budget_paper_sheets::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// Which of `serials` a process has recorded already.
pub fn serials_taken(
    conn: &mut DbConn,
    process_id: &str,
    serials: &[String],
) -> Result<Vec<String>, AppError> {
    let mut out = Vec::new();
    for chunk in serials.chunks(512) {
        let found: Vec<Option<String>> = budget_paper_sheets::table
            .filter(budget_paper_sheets::process_id.eq(process_id))
            .filter(budget_paper_sheets::serial.eq_any(chunk))
            .select(budget_paper_sheets::serial)
            .load(conn)?;
        out.extend(found.into_iter().flatten());
    }
    Ok(out)
}

/// Which of `keys` have a counted paper ballot under a heading.
pub fn counted_voters(
    conn: &mut DbConn,
    heading_id: &str,
    keys: &[String],
) -> Result<Vec<String>, AppError> {
    let mut out = Vec::new();
    for chunk in keys.chunks(512) {
        let found: Vec<Option<String>> = budget_paper_sheets::table
            .filter(budget_paper_sheets::heading_id.eq(heading_id))
            .filter(budget_paper_sheets::set_aside.is_null())
            .filter(budget_paper_sheets::voter_key.eq_any(chunk))
            .select(budget_paper_sheets::voter_key)
            .load(conn)?;
        out.extend(found.into_iter().flatten());
    }
    Ok(out)
}

/// A process's batches, in the order they were recorded.
pub fn batches(conn: &mut DbConn, process_id: &str) -> Result<Vec<PaperBatchRow>, AppError> {
    Ok(budget_paper_batches::table
        .filter(budget_paper_batches::process_id.eq(process_id))
        .order((budget_paper_batches::recorded_at, budget_paper_batches::id))
        .select(PaperBatchRow::as_select())
        .load(conn)?)
}

/// Why the sheets of a process's batches were set aside: (batch, reason, how many).
pub fn set_aside_counts(
    conn: &mut DbConn,
    process_id: &str,
) -> Result<Vec<(String, String, i64)>, AppError> {
    let rows: Vec<(String, Option<String>, i64)> = budget_paper_sheets::table
        .filter(budget_paper_sheets::process_id.eq(process_id))
        .filter(budget_paper_sheets::set_aside.is_not_null())
        .group_by((
            budget_paper_sheets::batch_id,
            budget_paper_sheets::set_aside,
        ))
        .select((
            budget_paper_sheets::batch_id,
            budget_paper_sheets::set_aside,
            diesel::dsl::count_star(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(b, why, n)| Some((b, why?, n)))
        .collect())
}

/// Every batch, for the export.
pub fn all_batches(conn: &mut DbConn) -> Result<Vec<PaperBatchRow>, AppError> {
    Ok(budget_paper_batches::table
        .order(budget_paper_batches::id)
        .select(PaperBatchRow::as_select())
        .load(conn)?)
}

/// The headings of a process where one of `keys` has a counted paper ballot.
pub fn counted_headings(
    conn: &mut DbConn,
    process_id: &str,
    keys: &[String],
) -> Result<Vec<String>, AppError> {
    let mut out = Vec::new();
    for chunk in keys.chunks(512) {
        let found: Vec<String> = budget_paper_sheets::table
            .filter(budget_paper_sheets::process_id.eq(process_id))
            .filter(budget_paper_sheets::set_aside.is_null())
            .filter(budget_paper_sheets::voter_key.eq_any(chunk))
            .select(budget_paper_sheets::heading_id)
            .load(conn)?;
        out.extend(found);
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}
