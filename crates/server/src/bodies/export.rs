//! Bodies' share of the public export: bodies, every version of their rulebooks,
//! decisions (with their outcomes and hashes) and frozen electorates. An electorate's
//! line never carries a link to a ballot, and says whether someone took part only once
//! the decision is closed, or at once for open ballots. Ballots themselves are published
//! per closed decision, anonymised, as its ballot file; they are not exported row by row.
//! The payments motions authorise are public, passed or not, and so are elections, their
//! nominations with the candidates' statements, and the terms of elected seats; so are
//! standing delegations (who delegates to whom, as the journal says too).

use super::store::{
    AuthorisationRow, BodyRow, CandidateRow, DelegationRow, ElectionRow, ElectorRow, QuestionRow,
    RecordRow, RulebookRow, SeatRow,
};
use crate::db::DbConn;
use crate::db::schema::{
    bodies, body_authorisations, body_candidates, body_decision_records, body_decisions,
    body_delegations, body_elections, body_electorate, body_rulebooks, body_seats,
};
use crate::error::AppError;
use crate::export::{Exporter, Sink, Table};
use diesel::prelude::*;
use serde::Serialize;
use std::collections::HashMap;

pub static EXPORT: Exporter = Exporter {
    domain: "bodies",
    tables: &[
        Table::Public {
            table: "bodies",
            line: "body",
        },
        Table::Public {
            table: "body_rulebooks",
            line: "body_rulebook",
        },
        Table::Public {
            table: "body_decisions",
            line: "decision",
        },
        Table::Public {
            table: "body_decision_records",
            line: "decision_record",
        },
        Table::Public {
            table: "body_electorate",
            line: "elector",
        },
        Table::Private {
            table: "body_ballots",
            why: "ballots are secret until their decision closes; then they are published \
                  anonymised as the decision's ballot file (GET /api/v1/decisions/{id}/ballots), \
                  whose hash the journal keeps",
        },
        Table::Public {
            table: "body_authorisations",
            line: "payment_authorisation",
        },
        Table::Public {
            table: "body_elections",
            line: "election",
        },
        Table::Public {
            table: "body_candidates",
            line: "candidate",
        },
        Table::Public {
            table: "body_seats",
            line: "seat",
        },
        Table::Public {
            table: "body_delegations",
            line: "delegation",
        },
        Table::Private {
            table: "body_feed_tokens",
            why: "the hashes of people's secret feed addresses: whoever had one could \
                  try addresses against it",
        },
    ],
    write,
};

#[derive(Serialize)]
struct BodyLine {
    id: String,
    org_id: String,
    slug: String,
    name: String,
    kind: String,
    rulebook_version: i64,
    created_at: i64,
    updated_at: i64,
    spending_limit_minor: Option<i64>,
    spending_limit_currency: Option<String>,
}

#[derive(Serialize)]
struct AuthorisationLine {
    decision_id: String,
    org_id: String,
    body_id: String,
    treasury: String,
    expense: i64,
    amount: String,
    amount_minor: i64,
    currency: String,
    passed: bool,
}

#[derive(Serialize)]
struct ElectionLine {
    decision_id: String,
    fills_body_id: String,
    nominations_close_at: i64,
}

#[derive(Serialize)]
struct CandidateLine {
    decision_id: String,
    person_id: String,
    nominated_by: String,
    statement: String,
    state: String,
    option_id: Option<String>,
    created_at: i64,
    answered_at: Option<i64>,
}

#[derive(Serialize)]
struct DelegationLine {
    body_id: String,
    delegator_id: String,
    delegate_id: String,
    created_at: i64,
    /// Absent while the delegation waits for its delegate's answer.
    accepted_at: Option<i64>,
}

#[derive(Serialize)]
struct SeatLine {
    body_id: String,
    person_id: String,
    decision_id: String,
    starts_at: i64,
    ends_at: i64,
}

#[derive(Serialize)]
struct RulebookLine {
    body_id: String,
    version: i64,
    rules: serde_json::Value,
    note: String,
    author_id: String,
    created_at: i64,
}

#[derive(Serialize)]
struct DecisionLine {
    id: String,
    body_id: String,
    number: i64,
    title: String,
    description: String,
    method: String,
    options: serde_json::Value,
    seats: i64,
    max_approvals: Option<i64>,
    secrecy: String,
    state: String,
    opener_id: String,
    closes_at: i64,
    ballot_count: i64,
    created_at: i64,
    updated_at: i64,
}

#[derive(Serialize)]
struct RecordLine {
    decision_id: String,
    rules: serde_json::Value,
    rulebook_version: i64,
    opened_at: Option<i64>,
    electorate_hash: Option<String>,
    electorate_weight: i64,
    closed_at: Option<i64>,
    result: Option<String>,
    outcome: Option<serde_json::Value>,
    ballots_hash: Option<String>,
    outcome_hash: Option<String>,
    proposal: Option<serde_json::Value>,
    points: Option<i64>,
}

#[derive(Serialize)]
struct ElectorLine {
    decision_id: String,
    person_id: String,
    weight: i64,
    /// Absent while a decision that hides its voters is open.
    voted: Option<bool>,
}

fn json(text: &str) -> Result<serde_json::Value, AppError> {
    serde_json::from_str(text).map_err(AppError::internal)
}

fn write(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    let rows: Vec<BodyRow> = bodies::table
        .select(BodyRow::as_select())
        .order(bodies::id.asc())
        .load(conn)?;
    for b in rows {
        sink.line(
            "body",
            &BodyLine {
                id: b.id,
                org_id: b.org_id,
                slug: b.slug,
                name: b.name,
                kind: b.kind,
                rulebook_version: b.rulebook_version,
                created_at: b.created_at,
                updated_at: b.updated_at,
                spending_limit_minor: b.spending_limit_minor,
                spending_limit_currency: b.spending_limit_currency,
            },
        )?;
    }
    let rows: Vec<RulebookRow> = body_rulebooks::table
        .select(RulebookRow::as_select())
        .order((body_rulebooks::body_id.asc(), body_rulebooks::version.asc()))
        .load(conn)?;
    for r in rows {
        sink.line(
            "body_rulebook",
            &RulebookLine {
                body_id: r.body_id,
                version: r.version,
                rules: json(&r.rules)?,
                note: r.note,
                author_id: r.author_id,
                created_at: r.created_at,
            },
        )?;
    }
    let rows: Vec<QuestionRow> = body_decisions::table
        .select(QuestionRow::as_select())
        .order(body_decisions::id.asc())
        .load(conn)?;
    // Whether each decision shows who took part yet.
    let mut shows: HashMap<String, bool> = HashMap::new();
    for d in rows {
        shows.insert(d.id.clone(), d.secrecy == "open" || d.state == "closed");
        sink.line(
            "decision",
            &DecisionLine {
                options: json(&d.options)?,
                id: d.id,
                body_id: d.body_id,
                number: d.number,
                title: d.title,
                description: d.description,
                method: d.method,
                seats: d.seats,
                max_approvals: d.max_approvals,
                secrecy: d.secrecy,
                state: d.state,
                opener_id: d.opener_id,
                closes_at: d.closes_at,
                ballot_count: d.ballot_count,
                created_at: d.created_at,
                updated_at: d.updated_at,
            },
        )?;
    }
    let rows: Vec<RecordRow> = body_decision_records::table
        .select(RecordRow::as_select())
        .order(body_decision_records::decision_id.asc())
        .load(conn)?;
    for r in rows {
        sink.line(
            "decision_record",
            &RecordLine {
                rules: json(&r.rules)?,
                outcome: r.outcome.as_deref().map(json).transpose()?,
                proposal: r.proposal.as_deref().map(json).transpose()?,
                points: r.points,
                decision_id: r.decision_id,
                rulebook_version: r.rulebook_version,
                opened_at: r.opened_at,
                electorate_hash: r.electorate_hash,
                electorate_weight: r.electorate_weight,
                closed_at: r.closed_at,
                result: r.result,
                ballots_hash: r.ballots_hash,
                outcome_hash: r.outcome_hash,
            },
        )?;
    }
    let rows: Vec<ElectorRow> = body_electorate::table
        .select(ElectorRow::as_select())
        .order((
            body_electorate::decision_id.asc(),
            body_electorate::person_id.asc(),
        ))
        .load(conn)?;
    for e in rows {
        let shown = shows.get(&e.decision_id).copied().unwrap_or(false);
        sink.line(
            "elector",
            &ElectorLine {
                decision_id: e.decision_id,
                person_id: e.person_id,
                weight: e.weight,
                voted: shown.then_some(e.voted),
            },
        )?;
    }
    let rows: Vec<AuthorisationRow> = body_authorisations::table
        .select(AuthorisationRow::as_select())
        .order(body_authorisations::decision_id.asc())
        .load(conn)?;
    for a in rows {
        sink.line(
            "payment_authorisation",
            &AuthorisationLine {
                decision_id: a.decision_id,
                org_id: a.org_id,
                body_id: a.body_id,
                treasury: a.treasury,
                expense: a.expense,
                amount: a.amount,
                amount_minor: a.amount_minor,
                currency: a.currency,
                passed: a.passed,
            },
        )?;
    }
    let rows: Vec<ElectionRow> = body_elections::table
        .select(ElectionRow::as_select())
        .order(body_elections::decision_id.asc())
        .load(conn)?;
    for e in rows {
        sink.line(
            "election",
            &ElectionLine {
                decision_id: e.decision_id,
                fills_body_id: e.fills_body_id,
                nominations_close_at: e.nominations_close_at,
            },
        )?;
    }
    let rows: Vec<CandidateRow> = body_candidates::table
        .select(CandidateRow::as_select())
        .order((
            body_candidates::decision_id.asc(),
            body_candidates::person_id.asc(),
        ))
        .load(conn)?;
    for c in rows {
        sink.line(
            "candidate",
            &CandidateLine {
                decision_id: c.decision_id,
                person_id: c.person_id,
                nominated_by: c.nominated_by,
                statement: c.statement,
                state: c.state,
                option_id: c.option_id,
                created_at: c.created_at,
                answered_at: c.answered_at,
            },
        )?;
    }
    let rows: Vec<DelegationRow> = body_delegations::table
        .select(DelegationRow::as_select())
        .order((
            body_delegations::body_id.asc(),
            body_delegations::delegator_id.asc(),
        ))
        .load(conn)?;
    for d in rows {
        sink.line(
            "delegation",
            &DelegationLine {
                body_id: d.body_id,
                delegator_id: d.delegator_id,
                delegate_id: d.delegate_id,
                created_at: d.created_at,
                accepted_at: d.accepted_at,
            },
        )?;
    }
    let rows: Vec<SeatRow> = body_seats::table
        .select(SeatRow::as_select())
        .order((
            body_seats::body_id.asc(),
            body_seats::person_id.asc(),
            body_seats::decision_id.asc(),
        ))
        .load(conn)?;
    for s in rows {
        sink.line(
            "seat",
            &SeatLine {
                body_id: s.body_id,
                person_id: s.person_id,
                decision_id: s.decision_id,
                starts_at: s.starts_at,
                ends_at: s.ends_at,
            },
        )?;
    }
    Ok(())
}
