//! The ledger's share of the public export: treasuries, their stewards, accounts,
//! transactions (without the idempotency key and the request it kept) and their legs,
//! distributions back to contributors with every share and every steward's approval and
//! objection, which accounts hold what a treasury owes whom, approval rules, expenses
//! (without their payout details) and every approval and rejection, and holds; receipts
//! stay out — money in the open, as the ledger pages show it.

use super::store::{
    AccountRow, DistributionRow, ExpenseRow, HoldRow, LegRow, ShareRow, TransactionRow,
    TreasuryRow, VoteRow,
};
use crate::db::DbConn;
use crate::db::schema::{
    ledger_accounts, ledger_approval_rules, ledger_distribution_shares, ledger_distributions,
    ledger_expense_votes, ledger_expenses, ledger_holds, ledger_legs, ledger_payees,
    ledger_payouts, ledger_stewards, ledger_transactions, ledger_treasuries,
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
        Table::Public {
            table: "ledger_payouts",
            line: "payout",
        },
        Table::Public {
            table: "ledger_approval_rules",
            line: "approval_rule",
        },
        Table::Public {
            table: "ledger_approval_tiers",
            line: "approval_tier",
        },
        Table::Public {
            table: "ledger_expenses",
            line: "expense",
        },
        Table::Public {
            table: "ledger_expense_votes",
            line: "expense_vote",
        },
        Table::Public {
            table: "ledger_holds",
            line: "hold",
        },
        Table::Public {
            table: "ledger_budget_lines",
            line: "budget_line",
        },
        Table::Public {
            table: "ledger_budget_rules",
            line: "budget_rule",
        },
        Table::Public {
            table: "ledger_expense_lines",
            line: "expense_line",
        },
        Table::Public {
            table: "ledger_expense_steps",
            line: "expense_step",
        },
        Table::Public {
            table: "ledger_consent_rules",
            line: "consent_rule",
        },
        Table::Public {
            table: "ledger_expense_objections",
            line: "expense_objection",
        },
        Table::Public {
            table: "ledger_distribution_policies",
            line: "distribution_policy",
        },
        Table::Public {
            table: "ledger_distribution_parameters",
            line: "distribution_parameters",
        },
        Table::Public {
            table: "ledger_peer_rounds",
            line: "peer_round",
        },
        Table::Public {
            table: "ledger_peer_members",
            line: "peer_member",
        },
        Table::Public {
            table: "ledger_peer_gifts",
            line: "peer_gift",
        },
        Table::Public {
            table: "ledger_distribution_approvals",
            line: "distribution_approval",
        },
        Table::Public {
            table: "ledger_distribution_objections",
            line: "distribution_objection",
        },
        Table::Private {
            table: "ledger_balances",
            why: "each account's balance is the sum of its ledger_leg lines, which the export has; the table only keeps it at hand to check a write quickly",
        },
        Table::Private {
            table: "ledger_expense_receipts",
            why: "receipts may carry personal data (some are private by their submitter's choice); each one's SHA-256 is in the journal, and public ones are served at their expense's address",
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
    let payouts: Vec<(String, String)> = ledger_payouts::table
        .select((ledger_payouts::expense_id, ledger_payouts::account_id))
        .order(ledger_payouts::expense_id.asc())
        .load(conn)?;
    for (expense_id, account_id) in payouts {
        sink.line(
            "payout",
            &PayoutLine {
                expense_id,
                account_id,
            },
        )?;
    }
    let rules: Vec<(String, i64, String, i64)> = ledger_approval_rules::table
        .select((
            ledger_approval_rules::treasury_id,
            ledger_approval_rules::approvals,
            ledger_approval_rules::set_by,
            ledger_approval_rules::set_at,
        ))
        .order(ledger_approval_rules::treasury_id.asc())
        .load(conn)?;
    for (treasury_id, approvals, set_by, set_at) in rules {
        sink.line(
            "approval_rule",
            &RuleLine {
                treasury_id,
                approvals,
                set_by,
                set_at,
            },
        )?;
    }
    let tiers: Vec<(String, String, i64, i64)> = crate::db::schema::ledger_approval_tiers::table
        .select((
            crate::db::schema::ledger_approval_tiers::treasury_id,
            crate::db::schema::ledger_approval_tiers::unit,
            crate::db::schema::ledger_approval_tiers::above,
            crate::db::schema::ledger_approval_tiers::approvals,
        ))
        .order((
            crate::db::schema::ledger_approval_tiers::treasury_id.asc(),
            crate::db::schema::ledger_approval_tiers::unit.asc(),
            crate::db::schema::ledger_approval_tiers::above.asc(),
        ))
        .load(conn)?;
    for (treasury_id, unit, above, approvals) in tiers {
        sink.line(
            "approval_tier",
            &TierLine {
                treasury_id,
                unit,
                above,
                approvals,
            },
        )?;
    }
    let expenses: Vec<ExpenseRow> = ledger_expenses::table
        .select(ExpenseRow::as_select())
        .order(ledger_expenses::id.asc())
        .load(conn)?;
    for e in expenses {
        sink.line(
            "expense",
            &ExpenseLine {
                id: e.id,
                treasury_id: e.treasury_id,
                number: e.number,
                state: e.state,
                title: e.title,
                description: e.description,
                amount: e.amount,
                unit: e.unit,
                payee: e.payee,
                approvals_needed: e.approvals_needed,
                submitted_by: e.submitted_by,
                created_at: e.created_at,
                decided_at: e.decided_at,
                transaction_id: e.transaction_id,
            },
        )?;
    }
    let votes: Vec<VoteRow> = ledger_expense_votes::table
        .select(VoteRow::as_select())
        .order((
            ledger_expense_votes::expense_id.asc(),
            ledger_expense_votes::person_id.asc(),
        ))
        .load(conn)?;
    for v in votes {
        sink.line(
            "expense_vote",
            &VoteLine {
                expense_id: v.expense_id,
                person_id: v.person_id,
                verdict: v.verdict,
                reason: v.reason,
                created_at: v.created_at,
            },
        )?;
    }
    let holds: Vec<HoldRow> = ledger_holds::table
        .select(HoldRow::as_select())
        .order(ledger_holds::id.asc())
        .load(conn)?;
    for h in holds {
        sink.line("hold", &h)?;
    }
    write_lines(conn, sink)?;
    write_flow(conn, sink)?;
    write_distribution_decisions(conn, sink)?;
    write_policies(conn, sink)?;
    write_peer_rounds(conn, sink)
}

#[derive(Serialize)]
struct BudgetRuleLine {
    treasury_id: String,
    over_line: String,
    set_by: String,
    set_at: i64,
}

#[derive(Serialize)]
struct ExpenseLineLine {
    expense_id: String,
    line_id: String,
    over_by: Option<i64>,
}

/// Budget lines, what each treasury does over a line, and which expense is on which line.
fn write_lines(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    use crate::db::schema::{ledger_budget_lines, ledger_budget_rules, ledger_expense_lines};
    let lines: Vec<super::store::LineRow> = ledger_budget_lines::table
        .select(super::store::LineRow::as_select())
        .order(ledger_budget_lines::id.asc())
        .load(conn)?;
    for l in lines {
        sink.line("budget_line", &l)?;
    }
    let rules: Vec<(String, String, String, i64)> = ledger_budget_rules::table
        .select((
            ledger_budget_rules::treasury_id,
            ledger_budget_rules::over_line,
            ledger_budget_rules::set_by,
            ledger_budget_rules::set_at,
        ))
        .order(ledger_budget_rules::treasury_id.asc())
        .load(conn)?;
    for (treasury_id, over_line, set_by, set_at) in rules {
        sink.line(
            "budget_rule",
            &BudgetRuleLine {
                treasury_id,
                over_line,
                set_by,
                set_at,
            },
        )?;
    }
    let on: Vec<(String, String, Option<i64>)> = ledger_expense_lines::table
        .select((
            ledger_expense_lines::expense_id,
            ledger_expense_lines::line_id,
            ledger_expense_lines::over_by,
        ))
        .order(ledger_expense_lines::expense_id.asc())
        .load(conn)?;
    for (expense_id, line_id, over_by) in on {
        sink.line(
            "expense_line",
            &ExpenseLineLine {
                expense_id,
                line_id,
                over_by,
            },
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct TierLine {
    treasury_id: String,
    unit: String,
    /// Minor units: expenses above it need `approvals`.
    above: i64,
    approvals: i64,
}

#[derive(Serialize)]
struct RuleLine {
    treasury_id: String,
    approvals: i64,
    set_by: String,
    set_at: i64,
}

/// An expense without its payout details, which only its stewards and submitter see.
#[derive(Serialize)]
struct ExpenseLine {
    id: String,
    treasury_id: String,
    number: i64,
    state: String,
    title: String,
    description: String,
    amount: i64,
    unit: String,
    payee: String,
    approvals_needed: i64,
    submitted_by: String,
    created_at: i64,
    decided_at: Option<i64>,
    transaction_id: Option<String>,
}

#[derive(Serialize)]
struct VoteLine {
    expense_id: String,
    person_id: String,
    verdict: String,
    reason: String,
    created_at: i64,
}

/// An expense that pays a person what the treasury owes them, and the account it debits.
#[derive(Serialize)]
struct PayoutLine {
    expense_id: String,
    account_id: String,
}

#[derive(Serialize)]
struct PayeeLine {
    account_id: String,
    person_id: String,
}

#[derive(Serialize)]
struct ConsentRuleLine {
    treasury_id: String,
    days: i64,
    set_by: String,
    set_at: i64,
}

/// Every expense's steps, the treasuries approving by consent, and the objections.
fn write_flow(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    use crate::db::schema::{
        ledger_consent_rules, ledger_expense_objections, ledger_expense_steps,
    };
    let steps: Vec<super::store::StepRow> = ledger_expense_steps::table
        .select(super::store::StepRow::as_select())
        .order(ledger_expense_steps::id.asc())
        .load(conn)?;
    for s in steps {
        sink.line("expense_step", &s)?;
    }
    let rules: Vec<(String, i64, String, i64)> = ledger_consent_rules::table
        .select((
            ledger_consent_rules::treasury_id,
            ledger_consent_rules::days,
            ledger_consent_rules::set_by,
            ledger_consent_rules::set_at,
        ))
        .order(ledger_consent_rules::treasury_id.asc())
        .load(conn)?;
    for (treasury_id, days, set_by, set_at) in rules {
        sink.line(
            "consent_rule",
            &ConsentRuleLine {
                treasury_id,
                days,
                set_by,
                set_at,
            },
        )?;
    }
    let objections: Vec<super::store::ObjectionRow> = ledger_expense_objections::table
        .select(super::store::ObjectionRow::as_select())
        .order((
            ledger_expense_objections::expense_id.asc(),
            ledger_expense_objections::person_id.asc(),
        ))
        .load(conn)?;
    for o in objections {
        sink.line("expense_objection", &o)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct PolicyLine {
    treasury_id: String,
    policy: String,
    parameters: serde_json::Value,
    set_by: String,
    set_at: i64,
}

#[derive(Serialize)]
struct ParametersLine {
    distribution_id: String,
    parameters: serde_json::Value,
    undistributed: i64,
}

/// Each commons treasury's standing distribution policy, and the parameters each
/// distribution was made with.
fn write_policies(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    use crate::db::schema::{ledger_distribution_parameters as dp, ledger_distribution_policies};
    let json = |s: &str| serde_json::from_str(s).unwrap_or(serde_json::Value::Null);
    let policies: Vec<super::store::StandingRow> = ledger_distribution_policies::table
        .select(super::store::StandingRow::as_select())
        .order(ledger_distribution_policies::treasury_id.asc())
        .load(conn)?;
    for p in policies {
        sink.line(
            "distribution_policy",
            &PolicyLine {
                parameters: json(&p.parameters),
                treasury_id: p.treasury_id,
                policy: p.policy,
                set_by: p.set_by,
                set_at: p.set_at,
            },
        )?;
    }
    let kept: Vec<(String, String, i64)> = dp::table
        .select((dp::distribution_id, dp::parameters, dp::undistributed))
        .order(dp::distribution_id.asc())
        .load(conn)?;
    for (distribution_id, parameters, undistributed) in kept {
        sink.line(
            "distribution_parameters",
            &ParametersLine {
                distribution_id,
                parameters: json(&parameters),
                undistributed,
            },
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct PeerMemberLine {
    round_id: String,
    person_id: String,
}

#[derive(Serialize)]
struct PeerGiftLine {
    round_id: String,
    giver_id: String,
    receiver_id: String,
    points: i64,
}

/// Peer allocation rounds, their members and every gift. Gifts of a round still open
/// are public here as its members' totals are on its page: the export is a whole copy.
fn write_peer_rounds(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    use crate::db::schema::{
        ledger_peer_gifts as g, ledger_peer_members as m, ledger_peer_rounds as r,
    };
    let rounds: Vec<super::store::PeerRoundRow> = r::table
        .select(super::store::PeerRoundRow::as_select())
        .order(r::id.asc())
        .load(conn)?;
    for row in rounds {
        sink.line("peer_round", &row)?;
    }
    let members: Vec<(String, String)> = m::table
        .select((m::round_id, m::person_id))
        .order((m::round_id.asc(), m::person_id.asc()))
        .load(conn)?;
    for (round_id, person_id) in members {
        sink.line(
            "peer_member",
            &PeerMemberLine {
                round_id,
                person_id,
            },
        )?;
    }
    let gifts: Vec<(String, String, String, i64)> = g::table
        .select((g::round_id, g::giver_id, g::receiver_id, g::points))
        .order((g::round_id.asc(), g::giver_id.asc(), g::receiver_id.asc()))
        .load(conn)?;
    for (round_id, giver_id, receiver_id, points) in gifts {
        sink.line(
            "peer_gift",
            &PeerGiftLine {
                round_id,
                giver_id,
                receiver_id,
                points,
            },
        )?;
    }
    Ok(())
}

/// Every steward's approval of and objection to a distribution.
fn write_distribution_decisions(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    use super::store::{DistributionApprovalRow, DistributionObjectionRow};
    use crate::db::schema::{
        ledger_distribution_approvals as a, ledger_distribution_objections as o,
    };
    let approvals: Vec<DistributionApprovalRow> = a::table
        .select(DistributionApprovalRow::as_select())
        .order((a::distribution_id.asc(), a::person_id.asc()))
        .load(conn)?;
    for row in approvals {
        sink.line("distribution_approval", &row)?;
    }
    let objections: Vec<DistributionObjectionRow> = o::table
        .select(DistributionObjectionRow::as_select())
        .order((o::distribution_id.asc(), o::person_id.asc()))
        .load(conn)?;
    for row in objections {
        sink.line("distribution_objection", &row)?;
    }
    Ok(())
}
