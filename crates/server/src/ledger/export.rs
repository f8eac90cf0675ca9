//! The ledger's share of the public export: treasuries, their stewards, accounts,
//! transactions (without the idempotency key and the request it kept) and their legs,
//! distributions back to contributors with every share, and which accounts hold what a
//! treasury owes whom — money in the open, as the ledger pages show it.

use super::store::{AccountRow, DistributionRow, LegRow, ShareRow, TransactionRow, TreasuryRow};
use crate::db::DbConn;
use crate::db::schema::{
    ledger_accounts, ledger_distribution_shares, ledger_distributions, ledger_legs, ledger_payees,
    ledger_stewards, ledger_transactions, ledger_treasuries,
};
use crate::error::AppError;
use crate::export::{Exporter, Sink, Table};
use diesel::prelude::*;
use serde::Serialize;

pub static EXPORT: Exporter = Exporter {
    domain: "ledger",
    tables: &[
        Table::Public {
            table: "ledger_treasuries",
            line: "treasury",
        },
        Table::Public {
            table: "ledger_stewards",
            line: "steward",
        },
        Table::Public {
            table: "ledger_accounts",
            line: "ledger_account",
        },
        Table::Public {
            table: "ledger_transactions",
            line: "ledger_transaction",
        },
        Table::Public {
            table: "ledger_legs",
            line: "ledger_leg",
        },
        Table::Public {
            table: "ledger_distributions",
            line: "distribution",
        },
        Table::Public {
            table: "ledger_distribution_shares",
            line: "distribution_share",
        },
        Table::Public {
            table: "ledger_payees",
            line: "payee",
        },
    ],
    write,
};

#[derive(Serialize)]
struct TreasuryLine {
    id: String,
    handle: String,
    owner_kind: String,
    owner_id: String,
    opened_by: String,
    created_at: i64,
}

#[derive(Serialize)]
struct StewardLine {
    treasury_id: String,
    person_id: String,
    since: i64,
}

#[derive(Serialize)]
struct AccountLine {
    id: String,
    treasury_id: String,
    name: String,
    kind: String,
    unit: String,
    must_not_go_negative: bool,
    created_at: i64,
}

#[derive(Serialize)]
struct TransactionLine {
    id: String,
    treasury_id: String,
    number: i64,
    flow: String,
    category: Option<String>,
    booked_on: String,
    memo: String,
    reference: String,
    earmark_commons_id: Option<String>,
    reverses: Option<String>,
    author_id: String,
    created_at: i64,
    hash: String,
}

#[derive(Serialize)]
struct LegLine {
    transaction_id: String,
    position: i64,
    account_id: String,
    amount: i64,
    unit: String,
}

fn write(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    let treasuries: Vec<TreasuryRow> = ledger_treasuries::table
        .select(TreasuryRow::as_select())
        .order(ledger_treasuries::id.asc())
        .load(conn)?;
    for t in treasuries {
        sink.line(
            "treasury",
            &TreasuryLine {
                id: t.id,
                handle: t.handle,
                owner_kind: t.owner_kind,
                owner_id: t.owner_id,
                opened_by: t.opened_by,
                created_at: t.created_at,
            },
        )?;
    }
    let stewards: Vec<(String, String, i64)> = ledger_stewards::table
        .select((
            ledger_stewards::treasury_id,
            ledger_stewards::person_id,
            ledger_stewards::since,
        ))
        .order((
            ledger_stewards::treasury_id.asc(),
            ledger_stewards::person_id.asc(),
        ))
        .load(conn)?;
    for (treasury_id, person_id, since) in stewards {
        sink.line(
            "steward",
            &StewardLine {
                treasury_id,
                person_id,
                since,
            },
        )?;
    }
    let accounts: Vec<AccountRow> = ledger_accounts::table
        .select(AccountRow::as_select())
        .order(ledger_accounts::id.asc())
        .load(conn)?;
    for a in accounts {
        sink.line(
            "ledger_account",
            &AccountLine {
                id: a.id,
                treasury_id: a.treasury_id,
                name: a.name,
                kind: a.kind,
                unit: a.unit,
                must_not_go_negative: a.no_negative,
                created_at: a.created_at,
            },
        )?;
    }
    let transactions: Vec<TransactionRow> = ledger_transactions::table
        .select(TransactionRow::as_select())
        .order(ledger_transactions::id.asc())
        .load(conn)?;
    for x in transactions {
        sink.line(
            "ledger_transaction",
            &TransactionLine {
                id: x.id,
                treasury_id: x.treasury_id,
                number: x.number,
                flow: x.flow,
                category: x.category,
                booked_on: x.booked_on,
                memo: x.memo,
                reference: x.reference,
                earmark_commons_id: x.earmark_commons_id,
                reverses: x.reverses,
                author_id: x.author_id,
                created_at: x.created_at,
                hash: x.hash,
            },
        )?;
    }
    let legs: Vec<LegRow> = ledger_legs::table
        .select(LegRow::as_select())
        .order((
            ledger_legs::transaction_id.asc(),
            ledger_legs::position.asc(),
        ))
        .load(conn)?;
    for l in legs {
        sink.line(
            "ledger_leg",
            &LegLine {
                transaction_id: l.transaction_id,
                position: l.position,
                account_id: l.account_id,
                amount: l.amount,
                unit: l.unit,
            },
        )?;
    }
    let distributions: Vec<DistributionRow> = ledger_distributions::table
        .select(DistributionRow::as_select())
        .order(ledger_distributions::id.asc())
        .load(conn)?;
    for d in distributions {
        sink.line("distribution", &d)?;
    }
    let shares: Vec<ShareRow> = ledger_distribution_shares::table
        .select(ShareRow::as_select())
        .order((
            ledger_distribution_shares::distribution_id.asc(),
            ledger_distribution_shares::person_id.asc(),
        ))
        .load(conn)?;
    for s in shares {
        sink.line("distribution_share", &s)?;
    }
    let payees: Vec<(String, String)> = ledger_payees::table
        .select((ledger_payees::account_id, ledger_payees::person_id))
        .order(ledger_payees::account_id.asc())
        .load(conn)?;
    for (account_id, person_id) in payees {
        sink.line(
            "payee",
            &PayeeLine {
                account_id,
                person_id,
            },
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct PayeeLine {
    account_id: String,
    person_id: String,
}
