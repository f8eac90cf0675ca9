//! The seal of the ledger: each transaction carries the SHA-256 of the previous one's
//! hash and its own fields and legs (`model::seal`), a chain per treasury. The ledger
//! never changes a written row (triggers refuse it), so a hash that no longer matches
//! shows a change made to the store from outside; anyone can ask the server to recompute
//! the chain, or recompute it from the public export.

use super::model::{self, Sealed, Transaction};
use super::store::{self, LegRow, TransactionRow, TreasuryRow};
use crate::db::DbConn;
use crate::error::AppError;
use serde::Serialize;
use utoipa::ToSchema;

fn sealed<'a>(row: &'a TransactionRow, legs: Vec<(&'a str, i64, &'a str)>) -> Sealed<'a> {
    Sealed {
        treasury_id: &row.treasury_id,
        number: row.number,
        flow: &row.flow,
        category: row.category.as_deref(),
        booked_on: &row.booked_on,
        memo: &row.memo,
        reference: &row.reference,
        earmark: row.earmark_commons_id.as_deref(),
        reverses: row.reverses.as_deref(),
        author_id: &row.author_id,
        created_at: row.created_at,
        legs,
    }
}

/// Seals a new transaction onto its treasury's chain (under the treasury's lock).
pub fn seal(conn: &mut DbConn, row: &mut TransactionRow, t: &Transaction) -> Result<(), AppError> {
    let previous = store::hash_before(conn, &row.treasury_id, row.number)?;
    let legs = t
        .legs()
        .iter()
        .map(|l| (l.account.as_str(), l.amount.minor(), l.amount.unit().code()))
        .collect();
    let hash = model::seal(&previous, &sealed(row, legs));
    row.hash = hash;
    Ok(())
}

/// What the recomputed chain of a treasury shows.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChainView {
    pub treasury: String,
    /// Transactions checked.
    pub transactions: i64,
    /// The hash of the latest transaction (64 zeros before the first).
    pub head: String,
    /// Whether every stored hash is the one recomputed from the rows.
    pub intact: bool,
    /// The first transaction whose hash does not match, if any.
    pub first_broken: Option<i64>,
}

/// Recomputes a treasury's chain from its rows, a batch at a time.
pub fn verify(conn: &mut DbConn, t: &TreasuryRow) -> Result<ChainView, AppError> {
    let mut previous = model::GENESIS.to_string();
    let mut checked = 0;
    let mut first_broken = None;
    let mut after = Some((t.id.clone(), 0));
    loop {
        let rows = store::transactions_after(conn, Some(&t.id), after.take(), store::BATCH)?;
        let Some(last) = rows.last() else { break };
        after = Some((t.id.clone(), last.number));
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        let legs = store::legs_of(conn, &ids)?;
        for r in &rows {
            let mine: &[LegRow] = legs.get(&r.id).map(Vec::as_slice).unwrap_or(&[]);
            let legs = mine
                .iter()
                .map(|l| (l.account_id.as_str(), l.amount, l.unit.as_str()))
                .collect();
            let expected = model::seal(&previous, &sealed(r, legs));
            if (expected != r.hash || r.number != checked + 1) && first_broken.is_none() {
                first_broken = Some(r.number);
            }
            checked += 1;
            previous = r.hash.clone();
        }
        if (rows.len() as i64) < store::BATCH {
            break;
        }
    }
    Ok(ChainView {
        treasury: t.handle.clone(),
        transactions: checked,
        head: previous,
        intact: first_broken.is_none(),
        first_broken,
    })
}
