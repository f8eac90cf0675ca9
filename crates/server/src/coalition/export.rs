//! The coalition's share of the public export: every commons' licence policy as its
//! maintainers set it, every determination with its answer, every breach that ended
//! rights (and when it was lifted), every affiliation people declared, and what is owed
//! to the commons — fees accepted, phyles' pledges and declared surpluses, payments — as
//! stored.

use super::store::{self, AffiliationRow, BreachRow, DeterminationRow, PolicyRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::export::{Exporter, Sink, Table};
use serde::Serialize;

pub static EXPORT: Exporter = Exporter {
    domain: "coalition",
    tables: &[
        Table::Public {
            table: "coalition_policies",
            line: "licence_policy",
        },
        Table::Public {
            table: "coalition_determinations",
            line: "determination",
        },
        Table::Public {
            table: "coalition_breaches",
            line: "breach",
        },
        Table::Public {
            table: "coalition_affiliations",
            line: "affiliation",
        },
        Table::Public {
            table: "coalition_dues",
            line: "due",
        },
        Table::Public {
            table: "coalition_due_payments",
            line: "due_payment",
        },
        Table::Public {
            table: "coalition_pledges",
            line: "pledge",
        },
        Table::Public {
            table: "coalition_surpluses",
            line: "surplus",
        },
        Table::Private {
            table: "coalition_employer_lines",
            why: "what an employer map said of authors' email addresses, which are personal data; the paid/volunteer reports show the counts it gives",
        },
    ],
    write,
};

#[derive(Serialize)]
struct PolicyLine {
    commons_id: String,
    kind: String,
    terms: serde_json::Value,
    set_by: String,
    set_at: i64,
}

#[derive(Serialize)]
struct DeterminationLine {
    id: String,
    commons_id: String,
    asked_by: String,
    organization_id: Option<String>,
    usage: String,
    outcome: String,
    fee: Option<String>,
    policy: serde_json::Value,
    declared: serde_json::Value,
    known: serde_json::Value,
    answer: serde_json::Value,
    period_from: i64,
    decided_at: i64,
    expires_at: i64,
}

#[derive(Serialize)]
struct BreachLine {
    id: String,
    commons_id: String,
    organization_id: Option<String>,
    person_id: Option<String>,
    determination_id: String,
    reason: String,
    recorded_by: String,
    recorded_at: i64,
    lifted_by: Option<String>,
    lifted_at: Option<i64>,
    lift_reason: Option<String>,
}

#[derive(Serialize)]
struct AffiliationLine {
    id: String,
    person_id: String,
    organization_id: String,
    commons_id: Option<String>,
    from_day: String,
    until_day: Option<String>,
    paid: bool,
    declared_at: i64,
}

fn json(text: &str) -> Result<serde_json::Value, AppError> {
    serde_json::from_str(text).map_err(AppError::internal)
}

fn write(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    let (policies, determinations) = store::all(conn)?;
    for p in policies {
        let PolicyRow {
            commons_id,
            kind,
            terms,
            set_by,
            set_at,
        } = p;
        sink.line(
            "licence_policy",
            &PolicyLine {
                commons_id,
                kind,
                terms: json(&terms)?,
                set_by,
                set_at,
            },
        )?;
    }
    for d in determinations {
        let DeterminationRow {
            id,
            commons_id,
            asked_by,
            organization_id,
            usage,
            outcome,
            fee,
            policy,
            declared,
            known,
            answer,
            period_from,
            decided_at,
            expires_at,
        } = d;
        sink.line(
            "determination",
            &DeterminationLine {
                id,
                commons_id,
                asked_by,
                organization_id,
                usage,
                outcome,
                fee,
                policy: json(&policy)?,
                declared: json(&declared)?,
                known: json(&known)?,
                answer: json(&answer)?,
                period_from,
                decided_at,
                expires_at,
            },
        )?;
    }
    for b in store::breaches(conn)? {
        let BreachRow {
            id,
            commons_id,
            organization_id,
            person_id,
            determination_id,
            reason,
            recorded_by,
            recorded_at,
            lifted_by,
            lifted_at,
            lift_reason,
        } = b;
        sink.line(
            "breach",
            &BreachLine {
                id,
                commons_id,
                organization_id,
                person_id,
                determination_id,
                reason,
                recorded_by,
                recorded_at,
                lifted_by,
                lifted_at,
                lift_reason,
            },
        )?;
    }
    for a in store::affiliations(conn)? {
        let AffiliationRow {
            id,
            person_id,
            organization_id,
            commons_id,
            from_day,
            until_day,
            paid,
            declared_at,
        } = a;
        sink.line(
            "affiliation",
            &AffiliationLine {
                id,
                person_id,
                organization_id,
                commons_id,
                from_day,
                until_day,
                paid,
                declared_at,
            },
        )?;
    }
    // The rows of what is owed are written as stored: every column, by its name.
    let (dues, payments, pledges, surpluses) = store::all_dues(conn)?;
    for d in dues {
        sink.line("due", &d)?;
    }
    for p in payments {
        sink.line("due_payment", &p)?;
    }
    for p in pledges {
        sink.line("pledge", &p)?;
    }
    for s in surpluses {
        sink.line("surplus", &s)?;
    }
    Ok(())
}
