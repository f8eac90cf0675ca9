//! Queries for the ledger: treasuries, stewards, accounts, transactions and legs. The
//! ledger is append-only (triggers on both engines refuse an update or a delete of a
//! transaction or a leg). Every write of a treasury first takes its lock
//! (`db::lock_key("ledger:<treasury>")`), so that transaction numbers, idempotency keys and
//! the balances of accounts that must not go negative are read under it; and
//! [`write_transaction`] checks what it wrote, in the same database transaction, before
//! the caller may commit: legs that sum to zero per unit, each in its account's unit, no
//! flagged account below zero, no balance beyond i64.

use super::model::{LedgerError, Transaction};
use crate::db::DbConn;
use crate::db::schema::{
    ledger_accounts, ledger_approval_rules, ledger_approval_tiers, ledger_balances,
    ledger_budget_lines, ledger_budget_rules, ledger_consent_rules, ledger_distribution_shares,
    ledger_distributions, ledger_expense_lines, ledger_expense_objections, ledger_expense_receipts,
    ledger_expense_steps, ledger_expense_votes, ledger_expenses, ledger_holds, ledger_legs,
    ledger_payees, ledger_payouts, ledger_stewards, ledger_transactions, ledger_treasuries,
};
use crate::error::AppError;
use diesel::prelude::*;
use std::collections::BTreeMap;

/// A treasury as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = ledger_treasuries)]
pub struct TreasuryRow {
    pub id: String,
    /// The handle of its organization or commons.
    pub handle: String,
    /// `organization`, `commons` or `person`.
    pub owner_kind: String,
    pub owner_id: String,
    pub opened_by: String,
    pub created_at: i64,
}

/// An account as stored: one unit, a kind, and whether it may go below zero.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = ledger_accounts)]
pub struct AccountRow {
    pub id: String,
    pub treasury_id: String,
    pub name: String,
    pub kind: String,
    pub unit: String,
    pub no_negative: bool,
    pub created_at: i64,
}

/// A transaction's header as stored; its legs are [`LegRow`]s.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = ledger_transactions)]
pub struct TransactionRow {
    pub id: String,
    pub treasury_id: String,
    /// 1 for a treasury's first transaction, then one more each time.
    pub number: i64,
    /// `income`, `spending` or `transfer`; a reversal keeps its original's.
    pub flow: String,
    /// For income: donation, sponsorship, membership_fee, sale, licence_fee, grant or lending_fee.
    pub category: Option<String>,
    /// `YYYY-MM-DD`.
    pub booked_on: String,
    pub memo: String,
    /// The outside reference: a bank transfer's, a receipt's number.
    pub reference: String,
    pub earmark_commons_id: Option<String>,
    /// The transaction this one reverses.
    pub reverses: Option<String>,
    pub idempotency_key: Option<String>,
    /// The request first sent with the key, as a JSON object.
    pub request: Option<String>,
    pub author_id: String,
    pub created_at: i64,
    /// The running hash of the treasury's chain up to this transaction (see
    /// `model::seal`).
    pub hash: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = ledger_legs)]
pub struct LegRow {
    pub transaction_id: String,
    pub position: i64,
    pub account_id: String,
    pub amount: i64,
    pub unit: String,
}

/// Transactions read at a time by the streams and the checks that read a whole ledger.
pub const BATCH: i64 = 500;

/// Serialises the writers of one treasury until the transaction ends.
pub fn lock(conn: &mut DbConn, treasury_id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("ledger:{treasury_id}"))
}

pub fn insert_treasury(conn: &mut DbConn, row: &TreasuryRow) -> Result<bool, AppError> {
    let n = crate::db::native!(conn, |c| diesel::insert_into(ledger_treasuries::table)
        .values(row.clone())
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(n == 1)
}

pub fn treasury_by_handle(
    conn: &mut DbConn,
    handle: &str,
) -> Result<Option<TreasuryRow>, AppError> {
    Ok(ledger_treasuries::table
        .filter(ledger_treasuries::handle.eq(handle))
        .select(TreasuryRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn treasury_of(
    conn: &mut DbConn,
    owner_kind: &str,
    owner_id: &str,
) -> Result<Option<TreasuryRow>, AppError> {
    Ok(ledger_treasuries::table
        .filter(ledger_treasuries::owner_kind.eq(owner_kind))
        .filter(ledger_treasuries::owner_id.eq(owner_id))
        .select(TreasuryRow::as_select())
        .first(conn)
        .optional()?)
}

/// Every treasury, by handle.
pub fn treasuries(conn: &mut DbConn) -> Result<Vec<TreasuryRow>, AppError> {
    Ok(ledger_treasuries::table
        .select(TreasuryRow::as_select())
        .order(ledger_treasuries::handle.asc())
        .load(conn)?)
}

pub fn add_steward(
    conn: &mut DbConn,
    treasury_id: &str,
    person_id: &str,
    since: i64,
) -> Result<(), AppError> {
    crate::db::native!(conn, |c| diesel::insert_into(ledger_stewards::table)
        .values((
            ledger_stewards::treasury_id.eq(treasury_id),
            ledger_stewards::person_id.eq(person_id),
            ledger_stewards::since.eq(since),
        ))
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(())
}

pub fn is_steward(conn: &mut DbConn, treasury_id: &str, person_id: &str) -> Result<bool, AppError> {
    let n: i64 = ledger_stewards::table
        .filter(ledger_stewards::treasury_id.eq(treasury_id))
        .filter(ledger_stewards::person_id.eq(person_id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The stewards' person ids, earliest first.
pub fn stewards(conn: &mut DbConn, treasury_id: &str) -> Result<Vec<(String, i64)>, AppError> {
    Ok(ledger_stewards::table
        .filter(ledger_stewards::treasury_id.eq(treasury_id))
        .select((ledger_stewards::person_id, ledger_stewards::since))
        .order((
            ledger_stewards::since.asc(),
            ledger_stewards::person_id.asc(),
        ))
        .load(conn)?)
}

/// Adds an account; false when the treasury has one of that name already.
pub fn insert_account(conn: &mut DbConn, row: &AccountRow) -> Result<bool, AppError> {
    let n = crate::db::native!(conn, |c| diesel::insert_into(ledger_accounts::table)
        .values(row.clone())
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(n == 1)
}

pub fn account_by_name(
    conn: &mut DbConn,
    treasury_id: &str,
    name: &str,
) -> Result<Option<AccountRow>, AppError> {
    Ok(ledger_accounts::table
        .filter(ledger_accounts::treasury_id.eq(treasury_id))
        .filter(ledger_accounts::name.eq(name))
        .select(AccountRow::as_select())
        .first(conn)
        .optional()?)
}

/// A treasury's accounts, by name.
pub fn accounts(conn: &mut DbConn, treasury_id: &str) -> Result<Vec<AccountRow>, AppError> {
    Ok(ledger_accounts::table
        .filter(ledger_accounts::treasury_id.eq(treasury_id))
        .select(AccountRow::as_select())
        .order(ledger_accounts::name.asc())
        .load(conn)?)
}

/// Every account, for the journal export.
pub fn all_accounts(conn: &mut DbConn) -> Result<Vec<AccountRow>, AppError> {
    Ok(ledger_accounts::table
        .select(AccountRow::as_select())
        .order(ledger_accounts::id.asc())
        .load(conn)?)
}

pub fn transaction_by_number(
    conn: &mut DbConn,
    treasury_id: &str,
    number: i64,
) -> Result<Option<TransactionRow>, AppError> {
    Ok(ledger_transactions::table
        .filter(ledger_transactions::treasury_id.eq(treasury_id))
        .filter(ledger_transactions::number.eq(number))
        .select(TransactionRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn transaction_by_key(
    conn: &mut DbConn,
    treasury_id: &str,
    key: &str,
) -> Result<Option<TransactionRow>, AppError> {
    Ok(ledger_transactions::table
        .filter(ledger_transactions::treasury_id.eq(treasury_id))
        .filter(ledger_transactions::idempotency_key.eq(key))
        .select(TransactionRow::as_select())
        .first(conn)
        .optional()?)
}

/// The reversal of a transaction, if it has one.
pub fn reversal_of(conn: &mut DbConn, id: &str) -> Result<Option<TransactionRow>, AppError> {
    Ok(ledger_transactions::table
        .filter(ledger_transactions::reverses.eq(id))
        .select(TransactionRow::as_select())
        .first(conn)
        .optional()?)
}

/// The next transaction number of a treasury (call under its lock).
pub fn next_number(conn: &mut DbConn, treasury_id: &str) -> Result<i64, AppError> {
    let max: Option<i64> = ledger_transactions::table
        .filter(ledger_transactions::treasury_id.eq(treasury_id))
        .select(diesel::dsl::max(ledger_transactions::number))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

/// A treasury's transactions, newest first, before the number `before` when given.
pub fn transactions(
    conn: &mut DbConn,
    treasury_id: &str,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<TransactionRow>, AppError> {
    let mut q = ledger_transactions::table
        .filter(ledger_transactions::treasury_id.eq(treasury_id.to_string()))
        .select(TransactionRow::as_select())
        .into_boxed();
    if let Some(n) = before {
        q = q.filter(ledger_transactions::number.lt(n));
    }
    Ok(q.order(ledger_transactions::number.desc())
        .limit(limit)
        .load(conn)?)
}

/// A treasury's transactions oldest first, after the number `after` (for streams).
pub fn transactions_after(
    conn: &mut DbConn,
    treasury_id: Option<&str>,
    after: Option<(String, i64)>,
    limit: i64,
) -> Result<Vec<TransactionRow>, AppError> {
    let mut q = ledger_transactions::table
        .select(TransactionRow::as_select())
        .into_boxed();
    if let Some(t) = treasury_id {
        q = q.filter(ledger_transactions::treasury_id.eq(t.to_string()));
    }
    if let Some((treasury, n)) = after {
        q = q.filter(
            ledger_transactions::treasury_id.gt(treasury.clone()).or(
                ledger_transactions::treasury_id
                    .eq(treasury)
                    .and(ledger_transactions::number.gt(n)),
            ),
        );
    }
    Ok(q.order((
        ledger_transactions::treasury_id.asc(),
        ledger_transactions::number.asc(),
    ))
    .limit(limit)
    .load(conn)?)
}

/// The legs of these transactions, by transaction id, in their order.
pub fn legs_of(
    conn: &mut DbConn,
    ids: &[String],
) -> Result<BTreeMap<String, Vec<LegRow>>, AppError> {
    let mut out: BTreeMap<String, Vec<LegRow>> = BTreeMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<LegRow> = ledger_legs::table
            .filter(ledger_legs::transaction_id.eq_any(chunk))
            .select(LegRow::as_select())
            .order((
                ledger_legs::transaction_id.asc(),
                ledger_legs::position.asc(),
            ))
            .load(conn)?;
        for r in rows {
            out.entry(r.transaction_id.clone()).or_default().push(r);
        }
    }
    Ok(out)
}

#[derive(QueryableByName)]
struct Total {
    #[diesel(sql_type = diesel::sql_types::Text)]
    account_id: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    total: i64,
}

/// The balance of each account of a treasury that has legs, in minor units. A balance
/// beyond i64 fails here (SQLite's sum overflows, PostgreSQL's cast is out of range).
pub fn balances(conn: &mut DbConn, treasury_id: &str) -> Result<BTreeMap<String, i64>, AppError> {
    let sql = "SELECT l.account_id AS account_id, CAST(SUM(l.amount) AS BIGINT) AS total \
               FROM ledger_legs l JOIN ledger_accounts a ON a.id = l.account_id \
               WHERE a.treasury_id = $1 GROUP BY l.account_id";
    let rows: Vec<Total> = diesel::sql_query(placeholders(conn, sql))
        .bind::<diesel::sql_types::Text, _>(treasury_id)
        .load(conn)?;
    Ok(rows.into_iter().map(|r| (r.account_id, r.total)).collect())
}

/// The balance of every account with legs (of one treasury, or of all), in one query.
pub fn all_balances(
    conn: &mut DbConn,
    treasury_id: Option<&str>,
) -> Result<BTreeMap<String, i64>, AppError> {
    if let Some(t) = treasury_id {
        return balances(conn, t);
    }
    let sql = "SELECT account_id, CAST(SUM(amount) AS BIGINT) AS total \
               FROM ledger_legs GROUP BY account_id";
    let rows: Vec<Total> = diesel::sql_query(sql).load(conn)?;
    Ok(rows.into_iter().map(|r| (r.account_id, r.total)).collect())
}

/// SQLite takes `?` where PostgreSQL takes `$1`: each placeholder is used once, in order.
fn placeholders(conn: &DbConn, sql: &str) -> String {
    match conn {
        DbConn::Sqlite(_) => {
            let mut out = String::with_capacity(sql.len());
            let mut chars = sql.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '$' {
                    while chars.peek().is_some_and(|d| d.is_ascii_digit()) {
                        chars.next();
                    }
                    out.push('?');
                } else {
                    out.push(c);
                }
            }
            out
        }
        DbConn::Postgres(_) => sql.to_string(),
    }
}

/// Writes a transaction's header and legs, then checks, before the caller commits, what
/// the store now holds: its legs sum to zero in each unit and each is in its account's
/// unit, and no account it touched is beyond i64 or, when flagged, below zero. `accounts`
/// are the rows of the accounts the legs name. Call under the treasury's lock.
pub fn write_transaction(
    conn: &mut DbConn,
    row: &TransactionRow,
    t: &Transaction,
    accounts: &BTreeMap<String, AccountRow>,
) -> Result<(), AppError> {
    diesel::insert_into(ledger_transactions::table)
        .values(row.clone())
        .execute(conn)?;
    let legs: Vec<LegRow> = t
        .legs()
        .iter()
        .enumerate()
        .map(|(i, l)| LegRow {
            transaction_id: row.id.clone(),
            position: i as i64 + 1,
            account_id: l.account.clone(),
            amount: l.amount.minor(),
            unit: l.amount.unit().code().to_string(),
        })
        .collect();
    // One statement per leg: SQLite's batch insert would open a transaction of its own.
    for leg in legs {
        diesel::insert_into(ledger_legs::table)
            .values(leg)
            .execute(conn)?;
    }
    check_written(conn, &row.id, accounts)
}

/// Adds `delta` to an account's kept balance (under the treasury's lock) and returns the
/// new balance, or None when it would pass what i64 holds (nothing is changed then).
fn move_balance(conn: &mut DbConn, account_id: &str, delta: i128) -> Result<Option<i64>, AppError> {
    let now: Option<i64> = ledger_balances::table
        .filter(ledger_balances::account_id.eq(account_id))
        .select(ledger_balances::balance)
        .first(conn)
        .optional()?;
    let Some(next) = i64::try_from(i128::from(now.unwrap_or(0)) + delta).ok() else {
        return Ok(None);
    };
    if now.is_some() {
        diesel::update(ledger_balances::table.filter(ledger_balances::account_id.eq(account_id)))
            .set(ledger_balances::balance.eq(next))
            .execute(conn)?;
    } else {
        diesel::insert_into(ledger_balances::table)
            .values((
                ledger_balances::account_id.eq(account_id),
                ledger_balances::balance.eq(next),
            ))
            .execute(conn)?;
    }
    Ok(Some(next))
}

fn check_written(
    conn: &mut DbConn,
    transaction_id: &str,
    accounts: &BTreeMap<String, AccountRow>,
) -> Result<(), AppError> {
    let stored: Vec<(String, i64, String, String)> = ledger_legs::table
        .inner_join(ledger_accounts::table)
        .filter(ledger_legs::transaction_id.eq(transaction_id))
        .select((
            ledger_legs::account_id,
            ledger_legs::amount,
            ledger_legs::unit,
            ledger_accounts::unit,
        ))
        .load(conn)?;
    let mut sums: BTreeMap<&str, i128> = BTreeMap::new();
    for (_, amount, unit, account_unit) in &stored {
        if unit != account_unit {
            return Err(AppError::internal(anyhow::anyhow!(
                "a leg in {unit} was written to an account in {account_unit}"
            )));
        }
        *sums.entry(unit).or_default() += i128::from(*amount);
    }
    if stored.len() < 2 || sums.values().any(|s| *s != 0) {
        return Err(AppError::internal(anyhow::anyhow!(
            "transaction {transaction_id} was written unbalanced: {sums:?}"
        )));
    }
    let mut touched: BTreeMap<&String, i128> = BTreeMap::new();
    for (account, amount, _, _) in &stored {
        *touched.entry(account).or_default() += i128::from(*amount);
    }
    for (id, delta) in touched {
        let account = accounts
            .get(id)
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("account {id} not loaded")))?;
        let held = if account.no_negative {
            held(conn, id, crate::db::now_ms())?
        } else {
            0
        };
        match move_balance(conn, id, delta)?.map(|b| b.saturating_sub(held)) {
            None => {
                return Err(LedgerError::BalanceTooLarge {
                    account: account.name.clone(),
                }
                .into());
            }
            Some(b) if b < 0 && account.no_negative => {
                let unit = super::model::parse_unit(&account.unit)?;
                let m = commonfare_value::money::Money::from_minor(b, unit);
                return Err(LedgerError::Overdraft {
                    account: account.name.clone(),
                    balance: m.to_string(),
                }
                .into());
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// External legs of a treasury's transactions with their flow and booking day, for the
/// monthly report: (booked_on, flow, unit, amount).
pub fn external_flows(
    conn: &mut DbConn,
    treasury_id: &str,
) -> Result<Vec<(String, String, String, i64)>, AppError> {
    Ok(ledger_legs::table
        .inner_join(ledger_transactions::table)
        .inner_join(ledger_accounts::table)
        .filter(ledger_transactions::treasury_id.eq(treasury_id))
        .filter(ledger_accounts::kind.eq("external"))
        .select((
            ledger_transactions::booked_on,
            ledger_transactions::flow,
            ledger_legs::unit,
            ledger_legs::amount,
        ))
        .order(ledger_transactions::booked_on.asc())
        .load(conn)?)
}

/// One account's sum for the statements: (account name, kind, income category, unit,
/// minor units as legs add up: debits positive).
pub type Sum = (String, String, Option<String>, String, i64);

#[derive(QueryableByName)]
struct AccountSum {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    kind: String,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    category: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Text)]
    unit: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    total: i64,
}

impl AccountSum {
    fn into_sum(self) -> Sum {
        (self.name, self.kind, self.category, self.unit, self.total)
    }
}

/// Each account's sum over the transactions booked up to `to` (`YYYY-MM-DD`, included),
/// in one query: the balance sheet's figures.
pub fn sums_up_to(conn: &mut DbConn, treasury_id: &str, to: &str) -> Result<Vec<Sum>, AppError> {
    let sql = "SELECT a.name AS name, a.kind AS kind, CAST(NULL AS TEXT) AS category, \
               a.unit AS unit, CAST(SUM(l.amount) AS BIGINT) AS total \
               FROM ledger_legs l JOIN ledger_transactions t ON t.id = l.transaction_id \
               JOIN ledger_accounts a ON a.id = l.account_id \
               WHERE t.treasury_id = $1 AND t.booked_on <= $2 \
               GROUP BY a.name, a.kind, a.unit ORDER BY a.name";
    let rows: Vec<AccountSum> = diesel::sql_query(placeholders(conn, sql))
        .bind::<diesel::sql_types::Text, _>(treasury_id)
        .bind::<diesel::sql_types::Text, _>(to)
        .load(conn)?;
    Ok(rows.into_iter().map(AccountSum::into_sum).collect())
}

/// The sums of the accounts off the balance sheet (income, expense, external) over the
/// transactions booked from `from` to `to` (both included), by income category: the
/// income statement's figures.
pub fn sums_between(
    conn: &mut DbConn,
    treasury_id: &str,
    from: &str,
    to: &str,
) -> Result<Vec<Sum>, AppError> {
    let sql = "SELECT a.name AS name, a.kind AS kind, t.category AS category, \
               a.unit AS unit, CAST(SUM(l.amount) AS BIGINT) AS total \
               FROM ledger_legs l JOIN ledger_transactions t ON t.id = l.transaction_id \
               JOIN ledger_accounts a ON a.id = l.account_id \
               WHERE t.treasury_id = $1 AND t.booked_on >= $2 AND t.booked_on <= $3 \
               AND a.kind IN ('income', 'expense', 'external') \
               GROUP BY a.name, a.kind, t.category, a.unit ORDER BY a.name, t.category";
    let rows: Vec<AccountSum> = diesel::sql_query(placeholders(conn, sql))
        .bind::<diesel::sql_types::Text, _>(treasury_id)
        .bind::<diesel::sql_types::Text, _>(from)
        .bind::<diesel::sql_types::Text, _>(to)
        .load(conn)?;
    Ok(rows.into_iter().map(AccountSum::into_sum).collect())
}

/// The earliest booking day of a treasury's transactions (or of all), `YYYY-MM-DD`.
pub fn first_booked_on(
    conn: &mut DbConn,
    treasury_id: Option<&str>,
) -> Result<Option<String>, AppError> {
    let mut q = ledger_transactions::table
        .select(diesel::dsl::min(ledger_transactions::booked_on))
        .into_boxed();
    if let Some(t) = treasury_id {
        q = q.filter(ledger_transactions::treasury_id.eq(t.to_string()));
    }
    Ok(q.first(conn)?)
}

/// For each of these transactions that was reversed: (its id, the reversal's number).
pub fn reversals_of(conn: &mut DbConn, ids: &[String]) -> Result<Vec<(String, i64)>, AppError> {
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<(Option<String>, i64)> = ledger_transactions::table
            .filter(ledger_transactions::reverses.eq_any(chunk))
            .select((ledger_transactions::reverses, ledger_transactions::number))
            .load(conn)?;
        out.extend(rows.into_iter().filter_map(|(id, n)| Some((id?, n))));
    }
    Ok(out)
}

/// The numbers of these transactions, by id.
pub fn numbers_of(conn: &mut DbConn, ids: &[String]) -> Result<Vec<(String, i64)>, AppError> {
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<(String, i64)> = ledger_transactions::table
            .filter(ledger_transactions::id.eq_any(chunk))
            .select((ledger_transactions::id, ledger_transactions::number))
            .load(conn)?;
        out.extend(rows);
    }
    Ok(out)
}

/// The hash of a treasury's transaction `number`, or the chain's start before the first.
pub fn hash_before(conn: &mut DbConn, treasury_id: &str, number: i64) -> Result<String, AppError> {
    let found: Option<String> = ledger_transactions::table
        .filter(ledger_transactions::treasury_id.eq(treasury_id))
        .filter(ledger_transactions::number.eq(number - 1))
        .select(ledger_transactions::hash)
        .first(conn)
        .optional()?;
    Ok(found.unwrap_or_else(|| super::model::GENESIS.to_string()))
}

/// A distribution back to contributors as stored; its shares are [`ShareRow`]s.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = ledger_distributions)]
pub struct DistributionRow {
    pub id: String,
    pub treasury_id: String,
    /// 1 for a treasury's first distribution, then one more each time.
    pub number: i64,
    pub policy: String,
    /// In minor units of `unit`.
    pub amount: i64,
    pub unit: String,
    /// The expense account the amount is booked to.
    pub account: String,
    pub since_ms: i64,
    pub until_ms: i64,
    pub memo: String,
    /// `previewed`, `posted` or `discarded`.
    pub state: String,
    pub previewed_by: String,
    pub created_at: i64,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
    pub transaction_id: Option<String>,
}

/// One recipient's share of a distribution.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = ledger_distribution_shares)]
pub struct ShareRow {
    pub distribution_id: String,
    pub person_id: String,
    pub amount: i64,
    pub weight: String,
    /// JSON array of contribution numbers.
    pub basis: String,
}

/// Writes a previewed distribution with its shares, numbered after the treasury's last
/// (the caller holds the treasury's lock).
pub fn insert_distribution(
    conn: &mut DbConn,
    row: &DistributionRow,
    shares: &[ShareRow],
) -> Result<(), AppError> {
    diesel::insert_into(ledger_distributions::table)
        .values(row.clone())
        .execute(conn)?;
    for share in shares {
        diesel::insert_into(ledger_distribution_shares::table)
            .values(share.clone())
            .execute(conn)?;
    }
    Ok(())
}

pub fn next_distribution_number(conn: &mut DbConn, treasury_id: &str) -> Result<i64, AppError> {
    let max: Option<i64> = ledger_distributions::table
        .filter(ledger_distributions::treasury_id.eq(treasury_id))
        .select(diesel::dsl::max(ledger_distributions::number))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

pub fn distribution_by_number(
    conn: &mut DbConn,
    treasury_id: &str,
    number: i64,
) -> Result<Option<DistributionRow>, AppError> {
    Ok(ledger_distributions::table
        .filter(ledger_distributions::treasury_id.eq(treasury_id))
        .filter(ledger_distributions::number.eq(number))
        .select(DistributionRow::as_select())
        .first(conn)
        .optional()?)
}

/// A treasury's distributions, newest first.
pub fn distributions(
    conn: &mut DbConn,
    treasury_id: &str,
) -> Result<Vec<DistributionRow>, AppError> {
    Ok(ledger_distributions::table
        .filter(ledger_distributions::treasury_id.eq(treasury_id))
        .order(ledger_distributions::number.desc())
        .select(DistributionRow::as_select())
        .load(conn)?)
}

/// A distribution's shares, largest first.
pub fn shares_of(conn: &mut DbConn, distribution_id: &str) -> Result<Vec<ShareRow>, AppError> {
    Ok(ledger_distribution_shares::table
        .filter(ledger_distribution_shares::distribution_id.eq(distribution_id))
        .order((
            ledger_distribution_shares::amount.desc(),
            ledger_distribution_shares::person_id.asc(),
        ))
        .select(ShareRow::as_select())
        .load(conn)?)
}

/// Moves a previewed distribution to `state` (`posted` or `discarded`) in one guarded
/// statement: false when it was no longer previewed (another steward decided first).
pub fn decide_distribution(
    conn: &mut DbConn,
    id: &str,
    state: &str,
    by: &str,
    at: i64,
    transaction_id: Option<&str>,
) -> Result<bool, AppError> {
    let n = diesel::update(
        ledger_distributions::table
            .filter(ledger_distributions::id.eq(id))
            .filter(ledger_distributions::state.eq("previewed")),
    )
    .set((
        ledger_distributions::state.eq(state),
        ledger_distributions::decided_by.eq(Some(by)),
        ledger_distributions::decided_at.eq(Some(at)),
        ledger_distributions::transaction_id.eq(transaction_id),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// The account of a treasury that holds what it owes `person_id`, if it has one.
pub fn payee_account(
    conn: &mut DbConn,
    treasury_id: &str,
    person_id: &str,
) -> Result<Option<AccountRow>, AppError> {
    Ok(ledger_payees::table
        .inner_join(ledger_accounts::table)
        .filter(ledger_payees::person_id.eq(person_id))
        .filter(ledger_accounts::treasury_id.eq(treasury_id))
        .select(AccountRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn insert_payee(conn: &mut DbConn, account_id: &str, person_id: &str) -> Result<(), AppError> {
    diesel::insert_into(ledger_payees::table)
        .values((
            ledger_payees::account_id.eq(account_id),
            ledger_payees::person_id.eq(person_id),
        ))
        .execute(conn)?;
    Ok(())
}

/// Every account that holds what a treasury owes `person_id`, with its treasury.
pub fn accounts_owing(conn: &mut DbConn, person_id: &str) -> Result<Vec<AccountRow>, AppError> {
    Ok(ledger_payees::table
        .inner_join(ledger_accounts::table)
        .filter(ledger_payees::person_id.eq(person_id))
        .select(AccountRow::as_select())
        .order(ledger_accounts::created_at.asc())
        .load(conn)?)
}

/// Marks expense `expense_id` as the payout of what liability account `account_id` holds.
pub fn insert_payout(
    conn: &mut DbConn,
    expense_id: &str,
    account_id: &str,
) -> Result<(), AppError> {
    diesel::insert_into(ledger_payouts::table)
        .values((
            ledger_payouts::expense_id.eq(expense_id),
            ledger_payouts::account_id.eq(account_id),
        ))
        .execute(conn)?;
    Ok(())
}

/// The account an expense pays out, when it is a payout.
pub fn payout_account(conn: &mut DbConn, expense_id: &str) -> Result<Option<AccountRow>, AppError> {
    Ok(ledger_payouts::table
        .inner_join(ledger_accounts::table)
        .filter(ledger_payouts::expense_id.eq(expense_id))
        .select(AccountRow::as_select())
        .first(conn)
        .optional()?)
}

/// What the payouts of account `account_id` still in the flow (neither paid nor turned
/// down) claim, in minor units.
pub fn claimed(conn: &mut DbConn, account_id: &str) -> Result<i64, AppError> {
    let amounts: Vec<i64> = ledger_payouts::table
        .inner_join(ledger_expenses::table)
        .filter(ledger_payouts::account_id.eq(account_id))
        .filter(ledger_expenses::state.eq_any([
            "draft",
            "submitted",
            "incomplete",
            "approved",
            "scheduled",
        ]))
        .select(ledger_expenses::amount)
        .load(conn)?;
    Ok(amounts.iter().sum())
}

/// The balance of each of `account_ids` (0 for one without legs).
pub fn balances_of(
    conn: &mut DbConn,
    account_ids: &[String],
) -> Result<BTreeMap<String, i64>, AppError> {
    let kept: Vec<(String, i64)> = ledger_balances::table
        .filter(ledger_balances::account_id.eq_any(account_ids))
        .select((ledger_balances::account_id, ledger_balances::balance))
        .load(conn)?;
    let mut out: BTreeMap<String, i64> = account_ids.iter().map(|id| (id.clone(), 0)).collect();
    out.extend(kept);
    Ok(out)
}

/// Every kept balance that is not the sum of its account's legs: (account id, kept, sum).
/// Empty unless something wrote legs around the one write path.
pub fn balances_off(conn: &mut DbConn) -> Result<Vec<(String, i64, i64)>, AppError> {
    let kept: BTreeMap<String, i64> = ledger_balances::table
        .select((ledger_balances::account_id, ledger_balances::balance))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect();
    let sums = all_balances(conn, None)?;
    let mut off = Vec::new();
    for id in kept
        .keys()
        .chain(sums.keys())
        .collect::<std::collections::BTreeSet<_>>()
    {
        let (k, s) = (
            kept.get(id).copied().unwrap_or(0),
            sums.get(id).copied().unwrap_or(0),
        );
        if k != s {
            off.push((id.clone(), k, s));
        }
    }
    Ok(off)
}

/// The shares a person received in posted distributions, newest first, with the
/// distribution each belongs to.
pub fn shares_received(
    conn: &mut DbConn,
    person_id: &str,
) -> Result<Vec<(ShareRow, DistributionRow)>, AppError> {
    Ok(ledger_distribution_shares::table
        .inner_join(ledger_distributions::table)
        .filter(ledger_distribution_shares::person_id.eq(person_id))
        .filter(ledger_distributions::state.eq("posted"))
        .order(ledger_distributions::decided_at.desc())
        .select((ShareRow::as_select(), DistributionRow::as_select()))
        .load(conn)?)
}

pub fn treasury_by_id(conn: &mut DbConn, id: &str) -> Result<Option<TreasuryRow>, AppError> {
    Ok(ledger_treasuries::table
        .filter(ledger_treasuries::id.eq(id))
        .select(TreasuryRow::as_select())
        .first(conn)
        .optional()?)
}

/// An expense as stored; its receipt is a [`ReceiptRow`].
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = ledger_expenses)]
pub struct ExpenseRow {
    pub id: String,
    pub treasury_id: String,
    pub number: i64,
    /// submitted, approved, paid, rejected or canceled.
    pub state: String,
    pub title: String,
    pub description: String,
    pub amount: i64,
    pub unit: String,
    pub payee: String,
    /// How to pay the payee: for the stewards and the submitter only.
    pub payout: String,
    pub approvals_needed: i64,
    pub submitted_by: String,
    pub created_at: i64,
    pub decided_at: Option<i64>,
    pub transaction_id: Option<String>,
}

/// One steward's approval or rejection of an expense, with the reason.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = ledger_expense_votes)]
pub struct VoteRow {
    pub expense_id: String,
    pub person_id: String,
    /// approve or reject.
    pub verdict: String,
    pub reason: String,
    pub created_at: i64,
}

/// How many approvals a treasury's expenses need by its base rule (1 when no rule was
/// set).
pub fn approvals_needed(conn: &mut DbConn, treasury_id: &str) -> Result<i64, AppError> {
    let found: Option<i64> = ledger_approval_rules::table
        .filter(ledger_approval_rules::treasury_id.eq(treasury_id))
        .select(ledger_approval_rules::approvals)
        .first(conn)
        .optional()?;
    Ok(found.unwrap_or(1))
}

/// A treasury's approval tiers: (unit, above in minor units, approvals), by unit and
/// amount.
pub fn approval_tiers(
    conn: &mut DbConn,
    treasury_id: &str,
) -> Result<Vec<(String, i64, i64)>, AppError> {
    Ok(ledger_approval_tiers::table
        .filter(ledger_approval_tiers::treasury_id.eq(treasury_id))
        .order((
            ledger_approval_tiers::unit.asc(),
            ledger_approval_tiers::above.asc(),
        ))
        .select((
            ledger_approval_tiers::unit,
            ledger_approval_tiers::above,
            ledger_approval_tiers::approvals,
        ))
        .load(conn)?)
}

/// Replaces a treasury's approval tiers.
pub fn set_approval_tiers(
    conn: &mut DbConn,
    treasury_id: &str,
    tiers: &[(String, i64, i64)],
) -> Result<(), AppError> {
    diesel::delete(
        ledger_approval_tiers::table.filter(ledger_approval_tiers::treasury_id.eq(treasury_id)),
    )
    .execute(conn)?;
    for (unit, above, approvals) in tiers {
        diesel::insert_into(ledger_approval_tiers::table)
            .values((
                ledger_approval_tiers::treasury_id.eq(treasury_id),
                ledger_approval_tiers::unit.eq(unit),
                ledger_approval_tiers::above.eq(above),
                ledger_approval_tiers::approvals.eq(approvals),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn set_approvals(
    conn: &mut DbConn,
    treasury_id: &str,
    approvals: i64,
    by: &str,
    at: i64,
) -> Result<(), AppError> {
    crate::db::native!(conn, |c| diesel::insert_into(ledger_approval_rules::table)
        .values((
            ledger_approval_rules::treasury_id.eq(treasury_id),
            ledger_approval_rules::approvals.eq(approvals),
            ledger_approval_rules::set_by.eq(by),
            ledger_approval_rules::set_at.eq(at),
        ))
        .on_conflict(ledger_approval_rules::treasury_id)
        .do_update()
        .set((
            ledger_approval_rules::approvals.eq(approvals),
            ledger_approval_rules::set_by.eq(by),
            ledger_approval_rules::set_at.eq(at),
        ))
        .execute(c))?;
    Ok(())
}

/// An expense's receipt, its bytes aside (see [`receipt_content`]).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ledger_expense_receipts)]
pub struct ReceiptRow {
    pub expense_id: String,
    pub name: String,
    pub media_type: String,
    pub sha256: String,
    /// Set when only the stewards and the submitter may read it, with why.
    pub private_reason: Option<String>,
}

/// Writes a submitted expense with its receipt (the caller holds the treasury's lock, so
/// its number follows the last).
pub fn insert_expense(
    conn: &mut DbConn,
    row: &ExpenseRow,
    receipt: Option<(&ReceiptRow, &[u8])>,
) -> Result<(), AppError> {
    diesel::insert_into(ledger_expenses::table)
        .values(row.clone())
        .execute(conn)?;
    if let Some((r, content)) = receipt {
        insert_receipt(conn, r, content)?;
    }
    Ok(())
}

pub fn receipt_meta(conn: &mut DbConn, expense_id: &str) -> Result<Option<ReceiptRow>, AppError> {
    Ok(ledger_expense_receipts::table
        .filter(ledger_expense_receipts::expense_id.eq(expense_id))
        .select(ReceiptRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn next_expense_number(conn: &mut DbConn, treasury_id: &str) -> Result<i64, AppError> {
    let max: Option<i64> = ledger_expenses::table
        .filter(ledger_expenses::treasury_id.eq(treasury_id))
        .select(diesel::dsl::max(ledger_expenses::number))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

pub fn expense_by_number(
    conn: &mut DbConn,
    treasury_id: &str,
    number: i64,
) -> Result<Option<ExpenseRow>, AppError> {
    Ok(ledger_expenses::table
        .filter(ledger_expenses::treasury_id.eq(treasury_id))
        .filter(ledger_expenses::number.eq(number))
        .select(ExpenseRow::as_select())
        .first(conn)
        .optional()?)
}

/// A treasury's expenses, newest first.
pub fn expenses(conn: &mut DbConn, treasury_id: &str) -> Result<Vec<ExpenseRow>, AppError> {
    Ok(ledger_expenses::table
        .filter(ledger_expenses::treasury_id.eq(treasury_id))
        .order(ledger_expenses::number.desc())
        .select(ExpenseRow::as_select())
        .load(conn)?)
}

/// The receipt's bytes, when there is one.
pub fn receipt_content(conn: &mut DbConn, expense_id: &str) -> Result<Option<Vec<u8>>, AppError> {
    Ok(ledger_expense_receipts::table
        .filter(ledger_expense_receipts::expense_id.eq(expense_id))
        .select(ledger_expense_receipts::content)
        .first(conn)
        .optional()?)
}

/// Records a steward's verdict once: false when they had given one already.
pub fn insert_vote(conn: &mut DbConn, vote: &VoteRow) -> Result<bool, AppError> {
    let n = crate::db::native!(conn, |c| diesel::insert_into(ledger_expense_votes::table)
        .values(vote.clone())
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(n == 1)
}

/// An expense's approvals and rejections, oldest first.
pub fn votes_of(conn: &mut DbConn, expense_id: &str) -> Result<Vec<VoteRow>, AppError> {
    Ok(ledger_expense_votes::table
        .filter(ledger_expense_votes::expense_id.eq(expense_id))
        .order(ledger_expense_votes::created_at.asc())
        .select(VoteRow::as_select())
        .load(conn)?)
}

/// Moves an expense from `from` to `to` in one guarded statement: false when it was no
/// longer in `from`.
pub fn move_expense(
    conn: &mut DbConn,
    id: &str,
    from: &str,
    to: &str,
    at: i64,
    transaction_id: Option<&str>,
) -> Result<bool, AppError> {
    let n = diesel::update(
        ledger_expenses::table
            .filter(ledger_expenses::id.eq(id))
            .filter(ledger_expenses::state.eq(from)),
    )
    .set((
        ledger_expenses::state.eq(to),
        ledger_expenses::decided_at.eq(Some(at)),
        ledger_expenses::transaction_id.eq(transaction_id),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// One move of an expense from a state to another, with its person and reason.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = ledger_expense_steps)]
pub struct StepRow {
    pub id: String,
    pub expense_id: String,
    /// `new` when the expense was written.
    pub from_state: String,
    pub to_state: String,
    /// None for the consent sweep.
    pub person_id: Option<String>,
    pub reason: String,
    pub at: i64,
    /// The day of payment, on a move into `scheduled`.
    pub pay_on: Option<String>,
    /// When the consent period ends, on a move into `submitted` under consent.
    pub consent_ends_at: Option<i64>,
}

pub fn insert_step(conn: &mut DbConn, step: &StepRow) -> Result<(), AppError> {
    diesel::insert_into(ledger_expense_steps::table)
        .values(step.clone())
        .execute(conn)?;
    Ok(())
}

/// An expense's steps, oldest first.
pub fn steps_of(conn: &mut DbConn, expense_id: &str) -> Result<Vec<StepRow>, AppError> {
    Ok(ledger_expense_steps::table
        .filter(ledger_expense_steps::expense_id.eq(expense_id))
        .order((
            ledger_expense_steps::at.asc(),
            ledger_expense_steps::id.asc(),
        ))
        .select(StepRow::as_select())
        .load(conn)?)
}

/// The ids of the submitted expenses with a consent period that ended by `now` (the
/// sweep checks each again under its treasury's lock).
pub fn consent_due(conn: &mut DbConn, now: i64) -> Result<Vec<String>, AppError> {
    Ok(ledger_expense_steps::table
        .inner_join(ledger_expenses::table)
        .filter(ledger_expenses::state.eq("submitted"))
        .filter(ledger_expense_steps::to_state.eq("submitted"))
        .filter(ledger_expense_steps::consent_ends_at.le(now))
        .select(ledger_expenses::id)
        .distinct()
        .load(conn)?)
}

pub fn expense_by_id(conn: &mut DbConn, id: &str) -> Result<Option<ExpenseRow>, AppError> {
    Ok(ledger_expenses::table
        .filter(ledger_expenses::id.eq(id))
        .select(ExpenseRow::as_select())
        .first(conn)
        .optional()?)
}

/// The days a treasury's consent rule gives, if it approves by consent.
pub fn consent_days(conn: &mut DbConn, treasury_id: &str) -> Result<Option<i64>, AppError> {
    Ok(ledger_consent_rules::table
        .filter(ledger_consent_rules::treasury_id.eq(treasury_id))
        .select(ledger_consent_rules::days)
        .first(conn)
        .optional()?)
}

/// Sets (`Some`) or lifts (`None`) a treasury's consent rule.
pub fn set_consent_days(
    conn: &mut DbConn,
    treasury_id: &str,
    days: Option<i64>,
    by: &str,
    at: i64,
) -> Result<(), AppError> {
    diesel::delete(
        ledger_consent_rules::table.filter(ledger_consent_rules::treasury_id.eq(treasury_id)),
    )
    .execute(conn)?;
    if let Some(days) = days {
        diesel::insert_into(ledger_consent_rules::table)
            .values((
                ledger_consent_rules::treasury_id.eq(treasury_id),
                ledger_consent_rules::days.eq(days),
                ledger_consent_rules::set_by.eq(by),
                ledger_consent_rules::set_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// A steward's objection to an expense under consent.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = ledger_expense_objections)]
pub struct ObjectionRow {
    pub expense_id: String,
    pub person_id: String,
    pub reason: String,
    pub created_at: i64,
    pub withdrawn_at: Option<i64>,
}

/// An expense's objections, standing or withdrawn, oldest first.
pub fn objections_of(conn: &mut DbConn, expense_id: &str) -> Result<Vec<ObjectionRow>, AppError> {
    Ok(ledger_expense_objections::table
        .filter(ledger_expense_objections::expense_id.eq(expense_id))
        .order(ledger_expense_objections::created_at.asc())
        .select(ObjectionRow::as_select())
        .load(conn)?)
}

/// Raises an objection, or raises again one that was withdrawn: false when the person's
/// objection stands already.
pub fn raise_objection(conn: &mut DbConn, row: &ObjectionRow) -> Result<bool, AppError> {
    let again = diesel::update(
        ledger_expense_objections::table
            .filter(ledger_expense_objections::expense_id.eq(&row.expense_id))
            .filter(ledger_expense_objections::person_id.eq(&row.person_id))
            .filter(ledger_expense_objections::withdrawn_at.is_not_null()),
    )
    .set((
        ledger_expense_objections::reason.eq(&row.reason),
        ledger_expense_objections::created_at.eq(row.created_at),
        ledger_expense_objections::withdrawn_at.eq(None::<i64>),
    ))
    .execute(conn)?;
    if again == 1 {
        return Ok(true);
    }
    let n = crate::db::native!(conn, |c| diesel::insert_into(
        ledger_expense_objections::table
    )
    .values(row.clone())
    .on_conflict_do_nothing()
    .execute(c))?;
    Ok(n == 1)
}

/// Withdraws a person's standing objection: false when none stood.
pub fn withdraw_objection(
    conn: &mut DbConn,
    expense_id: &str,
    person_id: &str,
    at: i64,
) -> Result<bool, AppError> {
    let n = diesel::update(
        ledger_expense_objections::table
            .filter(ledger_expense_objections::expense_id.eq(expense_id))
            .filter(ledger_expense_objections::person_id.eq(person_id))
            .filter(ledger_expense_objections::withdrawn_at.is_null()),
    )
    .set(ledger_expense_objections::withdrawn_at.eq(Some(at)))
    .execute(conn)?;
    Ok(n == 1)
}

/// Forgets an expense's approvals (a steward asked for more: it is decided afresh once
/// submitted again; the steps keep who had approved).
pub fn clear_votes(conn: &mut DbConn, expense_id: &str) -> Result<(), AppError> {
    diesel::delete(
        ledger_expense_votes::table.filter(ledger_expense_votes::expense_id.eq(expense_id)),
    )
    .execute(conn)?;
    Ok(())
}

/// What the author may change on a draft or an incomplete expense.
pub fn edit_expense(
    conn: &mut DbConn,
    e: &ExpenseRow,
    receipt: Option<(&ReceiptRow, &[u8])>,
) -> Result<(), AppError> {
    diesel::update(ledger_expenses::table.filter(ledger_expenses::id.eq(&e.id)))
        .set((
            ledger_expenses::title.eq(&e.title),
            ledger_expenses::description.eq(&e.description),
            ledger_expenses::amount.eq(e.amount),
            ledger_expenses::payee.eq(&e.payee),
            ledger_expenses::payout.eq(&e.payout),
        ))
        .execute(conn)?;
    if let Some((r, content)) = receipt {
        diesel::delete(
            ledger_expense_receipts::table.filter(ledger_expense_receipts::expense_id.eq(&e.id)),
        )
        .execute(conn)?;
        insert_receipt(conn, r, content)?;
    }
    Ok(())
}

/// Stores an expense's receipt and its content.
fn insert_receipt(conn: &mut DbConn, r: &ReceiptRow, content: &[u8]) -> Result<(), AppError> {
    diesel::insert_into(ledger_expense_receipts::table)
        .values((
            ledger_expense_receipts::expense_id.eq(&r.expense_id),
            ledger_expense_receipts::name.eq(&r.name),
            ledger_expense_receipts::media_type.eq(&r.media_type),
            ledger_expense_receipts::sha256.eq(&r.sha256),
            ledger_expense_receipts::private_reason.eq(&r.private_reason),
            ledger_expense_receipts::content.eq(content),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets the approvals an expense needs (when it is submitted, by the rule then).
pub fn set_approvals_needed(conn: &mut DbConn, id: &str, needed: i64) -> Result<(), AppError> {
    diesel::update(ledger_expenses::table.filter(ledger_expenses::id.eq(id)))
        .set(ledger_expenses::approvals_needed.eq(needed))
        .execute(conn)?;
    Ok(())
}

/// A hold as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = ledger_holds)]
pub struct HoldRow {
    pub id: String,
    pub treasury_id: String,
    pub number: i64,
    pub from_account_id: String,
    pub to_account_id: String,
    pub amount: i64,
    pub posted_amount: Option<i64>,
    /// pending, posted, voided or expired.
    pub state: String,
    pub memo: String,
    pub expires_at: i64,
    pub created_by: String,
    pub created_at: i64,
    pub resolved_by: Option<String>,
    pub resolved_at: Option<i64>,
    pub transaction_id: Option<String>,
}

/// What pending holds set aside from an account at `now` (those expired by then, swept
/// or not, no longer count).
pub fn held(conn: &mut DbConn, account_id: &str, now: i64) -> Result<i64, AppError> {
    // Summed here: PostgreSQL's SUM of a BIGINT is a NUMERIC, SQLite's an integer.
    let rows: Vec<i64> = ledger_holds::table
        .filter(ledger_holds::from_account_id.eq(account_id))
        .filter(ledger_holds::state.eq("pending"))
        .filter(ledger_holds::expires_at.gt(now))
        .select(ledger_holds::amount)
        .load(conn)?;
    Ok(rows.iter().fold(0i64, |a, b| a.saturating_add(*b)))
}

/// What pending holds set aside, per account of a treasury, at `now`.
pub fn held_by_account(
    conn: &mut DbConn,
    treasury_id: &str,
    now: i64,
) -> Result<BTreeMap<String, i64>, AppError> {
    let rows: Vec<(String, i64)> = ledger_holds::table
        .filter(ledger_holds::treasury_id.eq(treasury_id))
        .filter(ledger_holds::state.eq("pending"))
        .filter(ledger_holds::expires_at.gt(now))
        .select((ledger_holds::from_account_id, ledger_holds::amount))
        .load(conn)?;
    let mut out = BTreeMap::new();
    for (a, n) in rows {
        *out.entry(a).or_insert(0i64) += n;
    }
    Ok(out)
}

pub fn insert_hold(conn: &mut DbConn, row: &HoldRow) -> Result<(), AppError> {
    diesel::insert_into(ledger_holds::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

pub fn next_hold_number(conn: &mut DbConn, treasury_id: &str) -> Result<i64, AppError> {
    let max: Option<i64> = ledger_holds::table
        .filter(ledger_holds::treasury_id.eq(treasury_id))
        .select(diesel::dsl::max(ledger_holds::number))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

pub fn hold_by_number(
    conn: &mut DbConn,
    treasury_id: &str,
    number: i64,
) -> Result<Option<HoldRow>, AppError> {
    Ok(ledger_holds::table
        .filter(ledger_holds::treasury_id.eq(treasury_id))
        .filter(ledger_holds::number.eq(number))
        .select(HoldRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn hold_by_id(conn: &mut DbConn, id: &str) -> Result<Option<HoldRow>, AppError> {
    Ok(ledger_holds::table
        .filter(ledger_holds::id.eq(id))
        .select(HoldRow::as_select())
        .first(conn)
        .optional()?)
}

/// A treasury's holds, newest first.
pub fn holds(conn: &mut DbConn, treasury_id: &str) -> Result<Vec<HoldRow>, AppError> {
    Ok(ledger_holds::table
        .filter(ledger_holds::treasury_id.eq(treasury_id))
        .order(ledger_holds::number.desc())
        .select(HoldRow::as_select())
        .load(conn)?)
}

/// Ids of pending holds whose time has passed at `now`, oldest expiry first.
pub fn holds_due(conn: &mut DbConn, now: i64) -> Result<Vec<String>, AppError> {
    Ok(ledger_holds::table
        .filter(ledger_holds::state.eq("pending"))
        .filter(ledger_holds::expires_at.le(now))
        .order(ledger_holds::expires_at.asc())
        .select(ledger_holds::id)
        .load(conn)?)
}

/// Resolves a pending hold in one guarded statement: false when it was no longer pending.
pub fn resolve_hold(
    conn: &mut DbConn,
    id: &str,
    state: &str,
    by: Option<&str>,
    at: i64,
    posted: Option<i64>,
) -> Result<bool, AppError> {
    let n = diesel::update(
        ledger_holds::table
            .filter(ledger_holds::id.eq(id))
            .filter(ledger_holds::state.eq("pending")),
    )
    .set((
        ledger_holds::state.eq(state),
        ledger_holds::resolved_by.eq(by),
        ledger_holds::resolved_at.eq(Some(at)),
        ledger_holds::posted_amount.eq(posted),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// Names the transaction that posted a hold.
pub fn set_hold_transaction(
    conn: &mut DbConn,
    id: &str,
    transaction_id: &str,
) -> Result<(), AppError> {
    diesel::update(ledger_holds::table.filter(ledger_holds::id.eq(id)))
        .set(ledger_holds::transaction_id.eq(Some(transaction_id)))
        .execute(conn)?;
    Ok(())
}

pub fn account_by_id(conn: &mut DbConn, id: &str) -> Result<Option<AccountRow>, AppError> {
    Ok(ledger_accounts::table
        .filter(ledger_accounts::id.eq(id))
        .select(AccountRow::as_select())
        .first(conn)
        .optional()?)
}

/// A budget line as stored: what a treasury plans to spend on something over a period.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = ledger_budget_lines)]
pub struct LineRow {
    pub id: String,
    pub treasury_id: String,
    pub number: i64,
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub unit: String,
    pub planned: i64,
    pub source: String,
    pub created_by: String,
    pub created_at: i64,
}

pub fn insert_line(conn: &mut DbConn, row: &LineRow) -> Result<(), AppError> {
    diesel::insert_into(ledger_budget_lines::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn next_line_number(conn: &mut DbConn, treasury_id: &str) -> Result<i64, AppError> {
    let max: Option<i64> = ledger_budget_lines::table
        .filter(ledger_budget_lines::treasury_id.eq(treasury_id))
        .select(diesel::dsl::max(ledger_budget_lines::number))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

pub fn line_by_number(
    conn: &mut DbConn,
    treasury_id: &str,
    number: i64,
) -> Result<Option<LineRow>, AppError> {
    Ok(ledger_budget_lines::table
        .filter(ledger_budget_lines::treasury_id.eq(treasury_id))
        .filter(ledger_budget_lines::number.eq(number))
        .select(LineRow::as_select())
        .first(conn)
        .optional()?)
}

/// A treasury's budget lines, latest period first.
pub fn lines(conn: &mut DbConn, treasury_id: &str) -> Result<Vec<LineRow>, AppError> {
    Ok(ledger_budget_lines::table
        .filter(ledger_budget_lines::treasury_id.eq(treasury_id))
        .select(LineRow::as_select())
        .order((
            ledger_budget_lines::starts_on.desc(),
            ledger_budget_lines::number.asc(),
        ))
        .load(conn)?)
}

/// What a treasury does when an approval takes a line over its plan: `flag` or `block`.
pub fn over_line_rule(conn: &mut DbConn, treasury_id: &str) -> Result<String, AppError> {
    Ok(ledger_budget_rules::table
        .filter(ledger_budget_rules::treasury_id.eq(treasury_id))
        .select(ledger_budget_rules::over_line)
        .first::<String>(conn)
        .optional()?
        .unwrap_or_else(|| "flag".into()))
}

pub fn set_over_line_rule(
    conn: &mut DbConn,
    treasury_id: &str,
    rule: &str,
    by: &str,
    at: i64,
) -> Result<(), AppError> {
    let updated = diesel::update(
        ledger_budget_rules::table.filter(ledger_budget_rules::treasury_id.eq(treasury_id)),
    )
    .set((
        ledger_budget_rules::over_line.eq(rule),
        ledger_budget_rules::set_by.eq(by),
        ledger_budget_rules::set_at.eq(at),
    ))
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(ledger_budget_rules::table)
            .values((
                ledger_budget_rules::treasury_id.eq(treasury_id),
                ledger_budget_rules::over_line.eq(rule),
                ledger_budget_rules::set_by.eq(by),
                ledger_budget_rules::set_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Puts an expense on a line (when it is submitted).
pub fn assign_line(conn: &mut DbConn, expense_id: &str, line_id: &str) -> Result<(), AppError> {
    diesel::insert_into(ledger_expense_lines::table)
        .values((
            ledger_expense_lines::expense_id.eq(expense_id),
            ledger_expense_lines::line_id.eq(line_id),
        ))
        .execute(conn)?;
    Ok(())
}

/// The line an expense is on, and by how much its approval took the line over its plan.
pub fn line_of_expense(
    conn: &mut DbConn,
    expense_id: &str,
) -> Result<Option<(LineRow, Option<i64>)>, AppError> {
    Ok(ledger_expense_lines::table
        .inner_join(ledger_budget_lines::table)
        .filter(ledger_expense_lines::expense_id.eq(expense_id))
        .select((LineRow::as_select(), ledger_expense_lines::over_by))
        .first(conn)
        .optional()?)
}

pub fn flag_over(conn: &mut DbConn, expense_id: &str, over_by: i64) -> Result<(), AppError> {
    diesel::update(
        ledger_expense_lines::table.filter(ledger_expense_lines::expense_id.eq(expense_id)),
    )
    .set(ledger_expense_lines::over_by.eq(Some(over_by)))
    .execute(conn)?;
    Ok(())
}

/// The states of an expense that use its line's money: approved (a scheduled expense is
/// an approved one with a day to be paid on) and paid.
const USING_THE_LINE: [&str; 3] = ["approved", "scheduled", "paid"];

/// What the approved (scheduled included) and paid expenses on one line add up to, in
/// minor units.
pub fn line_used(conn: &mut DbConn, line_id: &str) -> Result<i64, AppError> {
    let amounts: Vec<i64> = ledger_expense_lines::table
        .inner_join(ledger_expenses::table)
        .filter(ledger_expense_lines::line_id.eq(line_id))
        .filter(ledger_expenses::state.eq_any(USING_THE_LINE))
        .select(ledger_expenses::amount)
        .load(conn)?;
    Ok(amounts.iter().fold(0_i64, |a, m| a.saturating_add(*m)))
}

/// For each of a treasury's lines, the sums of its expenses by state (approved, with the
/// scheduled ones, and paid), in one query: (line id, state, minor units).
pub fn line_sums(
    conn: &mut DbConn,
    treasury_id: &str,
) -> Result<Vec<(String, String, i64)>, AppError> {
    let rows: Vec<(String, String, i64)> = ledger_expense_lines::table
        .inner_join(ledger_budget_lines::table)
        .inner_join(ledger_expenses::table)
        .filter(ledger_budget_lines::treasury_id.eq(treasury_id))
        .filter(ledger_expenses::state.eq_any(USING_THE_LINE))
        .select((
            ledger_expense_lines::line_id,
            ledger_expenses::state,
            ledger_expenses::amount,
        ))
        .load(conn)?;
    Ok(summed(rows))
}

/// Sums (line id, state, amount) rows per line and state, a scheduled expense counted as
/// the approved one it is.
fn summed(rows: Vec<(String, String, i64)>) -> Vec<(String, String, i64)> {
    let mut sums: BTreeMap<(String, String), i64> = BTreeMap::new();
    for (line, state, amount) in rows {
        let state = if state == "scheduled" {
            "approved".to_string()
        } else {
            state
        };
        let sum = sums.entry((line, state)).or_default();
        *sum = sum.saturating_add(amount);
    }
    sums.into_iter().map(|((l, s), a)| (l, s, a)).collect()
}

/// The budget lines, in any treasury, whose plan comes from `source` (a funded project's
/// page), each with its treasury's handle.
pub fn lines_from_source(
    conn: &mut DbConn,
    source: &str,
) -> Result<Vec<(LineRow, String)>, AppError> {
    let lines: Vec<LineRow> = ledger_budget_lines::table
        .filter(ledger_budget_lines::source.eq(source))
        .select(LineRow::as_select())
        .order((
            ledger_budget_lines::starts_on.desc(),
            ledger_budget_lines::number.asc(),
        ))
        .load(conn)?;
    let ids: Vec<&str> = lines.iter().map(|l| l.treasury_id.as_str()).collect();
    let handles: BTreeMap<String, String> = ledger_treasuries::table
        .filter(ledger_treasuries::id.eq_any(&ids))
        .select((ledger_treasuries::id, ledger_treasuries::handle))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect();
    Ok(lines
        .into_iter()
        .filter_map(|l| {
            let handle = handles.get(&l.treasury_id)?.clone();
            Some((l, handle))
        })
        .collect())
}

/// The sums of one line's expenses, as `line_sums` gives them for a treasury's.
pub fn sums_of_line(
    conn: &mut DbConn,
    line_id: &str,
) -> Result<Vec<(String, String, i64)>, AppError> {
    let rows: Vec<(String, String, i64)> = ledger_expense_lines::table
        .inner_join(ledger_expenses::table)
        .filter(ledger_expense_lines::line_id.eq(line_id))
        .filter(ledger_expenses::state.eq_any(USING_THE_LINE))
        .select((
            ledger_expense_lines::line_id,
            ledger_expenses::state,
            ledger_expenses::amount,
        ))
        .load(conn)?;
    Ok(summed(rows))
}

/// The expenses put on a line that use its money (approved, scheduled, paid), oldest first.
pub fn expenses_on_line(conn: &mut DbConn, line_id: &str) -> Result<Vec<ExpenseRow>, AppError> {
    Ok(ledger_expense_lines::table
        .inner_join(ledger_expenses::table)
        .filter(ledger_expense_lines::line_id.eq(line_id))
        .filter(ledger_expenses::state.eq_any(USING_THE_LINE))
        .select(ExpenseRow::as_select())
        .order(ledger_expenses::number.asc())
        .load(conn)?)
}

/// A commons treasury's standing distribution policy as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = crate::db::schema::ledger_distribution_policies)]
pub struct StandingRow {
    pub treasury_id: String,
    pub policy: String,
    /// JSON.
    pub parameters: String,
    pub set_by: String,
    pub set_at: i64,
}

/// The treasury's standing distribution policy, if a steward set one.
pub fn standing_policy(
    conn: &mut DbConn,
    treasury_id: &str,
) -> Result<Option<StandingRow>, AppError> {
    use crate::db::schema::ledger_distribution_policies as p;
    Ok(p::table
        .filter(p::treasury_id.eq(treasury_id))
        .select(StandingRow::as_select())
        .first(conn)
        .optional()?)
}

/// Sets (or replaces) the treasury's standing distribution policy (under its lock).
pub fn set_standing_policy(conn: &mut DbConn, row: &StandingRow) -> Result<(), AppError> {
    use crate::db::schema::ledger_distribution_policies as p;
    crate::db::native!(conn, |c| diesel::insert_into(p::table)
        .values(row.clone())
        .on_conflict(p::treasury_id)
        .do_update()
        .set((
            p::policy.eq(&row.policy),
            p::parameters.eq(&row.parameters),
            p::set_by.eq(&row.set_by),
            p::set_at.eq(row.set_at),
        ))
        .execute(c))?;
    Ok(())
}

/// Keeps the parameters a distribution was made with and what it left undistributed.
pub fn insert_distribution_parameters(
    conn: &mut DbConn,
    distribution_id: &str,
    parameters: &str,
    undistributed: i64,
) -> Result<(), AppError> {
    use crate::db::schema::ledger_distribution_parameters as p;
    diesel::insert_into(p::table)
        .values((
            p::distribution_id.eq(distribution_id),
            p::parameters.eq(parameters),
            p::undistributed.eq(undistributed),
        ))
        .execute(conn)?;
    Ok(())
}

/// The parameters a distribution was made with (JSON) and what it left undistributed;
/// `None` for distributions made before parameters were kept.
pub fn distribution_parameters(
    conn: &mut DbConn,
    distribution_id: &str,
) -> Result<Option<(String, i64)>, AppError> {
    use crate::db::schema::ledger_distribution_parameters as p;
    Ok(p::table
        .filter(p::distribution_id.eq(distribution_id))
        .select((p::parameters, p::undistributed))
        .first(conn)
        .optional()?)
}

/// Every share of the treasury's posted distributions in `unit`: (person id, amount in
/// minor units, when the distribution was posted).
pub fn posted_shares(
    conn: &mut DbConn,
    treasury_id: &str,
    unit: &str,
) -> Result<Vec<(String, i64, i64)>, AppError> {
    let rows: Vec<(String, i64, Option<i64>)> = ledger_distribution_shares::table
        .inner_join(ledger_distributions::table)
        .filter(ledger_distributions::treasury_id.eq(treasury_id))
        .filter(ledger_distributions::state.eq("posted"))
        .filter(ledger_distributions::unit.eq(unit))
        .order((
            ledger_distributions::number.asc(),
            ledger_distribution_shares::person_id.asc(),
        ))
        .select((
            ledger_distribution_shares::person_id,
            ledger_distribution_shares::amount,
            ledger_distributions::decided_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(p, a, at)| (p, a, at.unwrap_or(0)))
        .collect())
}

/// A round of peer allocation as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = crate::db::schema::ledger_peer_rounds)]
pub struct PeerRoundRow {
    pub id: String,
    pub treasury_id: String,
    pub number: i64,
    pub allowance: i64,
    pub closes_at: i64,
    pub closed_at: Option<i64>,
    pub opened_by: String,
    pub opened_at: i64,
}

impl PeerRoundRow {
    /// Whether gifts are still taken at `now`.
    pub fn is_open(&self, now: i64) -> bool {
        self.closed_at.is_none() && now < self.closes_at
    }

    /// When it stopped taking gifts (or will).
    pub fn ends_at(&self) -> i64 {
        self.closed_at.unwrap_or(self.closes_at)
    }
}

/// Opens a round with its members (under the treasury's lock).
pub fn insert_peer_round(
    conn: &mut DbConn,
    row: &PeerRoundRow,
    members: &[String],
) -> Result<(), AppError> {
    use crate::db::schema::{ledger_peer_members as m, ledger_peer_rounds as r};
    diesel::insert_into(r::table)
        .values(row.clone())
        .execute(conn)?;
    let rows: Vec<_> = members
        .iter()
        .map(|p| (m::round_id.eq(&row.id), m::person_id.eq(p)))
        .collect();
    crate::db::native!(conn, |c| diesel::insert_into(m::table)
        .values(rows.clone())
        .execute(c))?;
    Ok(())
}

/// The treasury's rounds, the latest first.
pub fn peer_rounds(conn: &mut DbConn, treasury_id: &str) -> Result<Vec<PeerRoundRow>, AppError> {
    use crate::db::schema::ledger_peer_rounds as r;
    Ok(r::table
        .filter(r::treasury_id.eq(treasury_id))
        .order(r::number.desc())
        .select(PeerRoundRow::as_select())
        .load(conn)?)
}

/// The round `number` of the treasury.
pub fn peer_round(
    conn: &mut DbConn,
    treasury_id: &str,
    number: i64,
) -> Result<Option<PeerRoundRow>, AppError> {
    use crate::db::schema::ledger_peer_rounds as r;
    Ok(r::table
        .filter(r::treasury_id.eq(treasury_id))
        .filter(r::number.eq(number))
        .select(PeerRoundRow::as_select())
        .first(conn)
        .optional()?)
}

/// The members of a round (person ids).
pub fn peer_members(conn: &mut DbConn, round_id: &str) -> Result<Vec<String>, AppError> {
    use crate::db::schema::ledger_peer_members as m;
    Ok(m::table
        .filter(m::round_id.eq(round_id))
        .order(m::person_id)
        .select(m::person_id)
        .load(conn)?)
}

/// Every gift of a round: giver, receiver, points.
pub fn peer_gifts(
    conn: &mut DbConn,
    round_id: &str,
) -> Result<Vec<(String, String, i64)>, AppError> {
    use crate::db::schema::ledger_peer_gifts as g;
    Ok(g::table
        .filter(g::round_id.eq(round_id))
        .order((g::giver_id, g::receiver_id))
        .select((g::giver_id, g::receiver_id, g::points))
        .load(conn)?)
}

/// Replaces a member's gifts in a round as a whole (under the round's lock).
pub fn replace_peer_gifts(
    conn: &mut DbConn,
    round_id: &str,
    giver_id: &str,
    gifts: &[(String, i64)],
) -> Result<(), AppError> {
    use crate::db::schema::ledger_peer_gifts as g;
    diesel::delete(
        g::table
            .filter(g::round_id.eq(round_id))
            .filter(g::giver_id.eq(giver_id)),
    )
    .execute(conn)?;
    let rows: Vec<_> = gifts
        .iter()
        .map(|(to, points)| {
            (
                g::round_id.eq(round_id),
                g::giver_id.eq(giver_id),
                g::receiver_id.eq(to),
                g::points.eq(*points),
            )
        })
        .collect();
    if !rows.is_empty() {
        crate::db::native!(conn, |c| diesel::insert_into(g::table)
            .values(rows.clone())
            .execute(c))?;
    }
    Ok(())
}

/// Closes a round that is still open at `now`; false when it was not.
pub fn close_peer_round(conn: &mut DbConn, round_id: &str, now: i64) -> Result<bool, AppError> {
    use crate::db::schema::ledger_peer_rounds as r;
    let n = diesel::update(
        r::table
            .filter(r::id.eq(round_id))
            .filter(r::closed_at.is_null())
            .filter(r::closes_at.gt(now)),
    )
    .set(r::closed_at.eq(Some(now)))
    .execute(conn)?;
    Ok(n == 1)
}

/// A steward's approval of a previewed distribution (one per steward).
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = crate::db::schema::ledger_distribution_approvals)]
pub struct DistributionApprovalRow {
    pub distribution_id: String,
    pub person_id: String,
    /// Empty when the steward said nothing.
    pub reason: String,
    pub created_at: i64,
}

/// A steward's objection to a previewed distribution; `withdrawn_at` once withdrawn.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = crate::db::schema::ledger_distribution_objections)]
pub struct DistributionObjectionRow {
    pub distribution_id: String,
    pub person_id: String,
    pub reason: String,
    pub created_at: i64,
    pub withdrawn_at: Option<i64>,
}

/// Keeps a steward's approval of a distribution: false when they had approved it already
/// (the primary key holds one per steward, whatever races).
pub fn insert_distribution_approval(
    conn: &mut DbConn,
    row: &DistributionApprovalRow,
) -> Result<bool, AppError> {
    use crate::db::schema::ledger_distribution_approvals as a;
    let n = crate::db::native!(conn, |c| diesel::insert_into(a::table)
        .values(row.clone())
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(n == 1)
}

/// A distribution's approvals, oldest first.
pub fn distribution_approvals(
    conn: &mut DbConn,
    distribution_id: &str,
) -> Result<Vec<DistributionApprovalRow>, AppError> {
    use crate::db::schema::ledger_distribution_approvals as a;
    Ok(a::table
        .filter(a::distribution_id.eq(distribution_id))
        .order((a::created_at.asc(), a::person_id.asc()))
        .select(DistributionApprovalRow::as_select())
        .load(conn)?)
}

/// A distribution's objections, standing or withdrawn, oldest first.
pub fn distribution_objections(
    conn: &mut DbConn,
    distribution_id: &str,
) -> Result<Vec<DistributionObjectionRow>, AppError> {
    use crate::db::schema::ledger_distribution_objections as o;
    Ok(o::table
        .filter(o::distribution_id.eq(distribution_id))
        .order((o::created_at.asc(), o::person_id.asc()))
        .select(DistributionObjectionRow::as_select())
        .load(conn)?)
}

/// Raises an objection to a distribution, or raises again one that was withdrawn: false
/// when the person's objection stands already.
pub fn raise_distribution_objection(
    conn: &mut DbConn,
    row: &DistributionObjectionRow,
) -> Result<bool, AppError> {
    use crate::db::schema::ledger_distribution_objections as o;
    let again = diesel::update(
        o::table
            .filter(o::distribution_id.eq(&row.distribution_id))
            .filter(o::person_id.eq(&row.person_id))
            .filter(o::withdrawn_at.is_not_null()),
    )
    .set((
        o::reason.eq(&row.reason),
        o::created_at.eq(row.created_at),
        o::withdrawn_at.eq(None::<i64>),
    ))
    .execute(conn)?;
    if again == 1 {
        return Ok(true);
    }
    let n = crate::db::native!(conn, |c| diesel::insert_into(o::table)
        .values(row.clone())
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(n == 1)
}

/// Withdraws a person's standing objection to a distribution: false when none stood.
pub fn withdraw_distribution_objection(
    conn: &mut DbConn,
    distribution_id: &str,
    person_id: &str,
    at: i64,
) -> Result<bool, AppError> {
    use crate::db::schema::ledger_distribution_objections as o;
    let n = diesel::update(
        o::table
            .filter(o::distribution_id.eq(distribution_id))
            .filter(o::person_id.eq(person_id))
            .filter(o::withdrawn_at.is_null()),
    )
    .set(o::withdrawn_at.eq(Some(at)))
    .execute(conn)?;
    Ok(n == 1)
}
