//! The supporting phase's rules (issue 15 item 2, as Decidim and CONSUL run it): the most
//! projects one person may support in each heading, and which projects go on to the ballot
//! when supporting ends — every one, those whose supports reach a threshold, or the N most
//! supported of each heading (those tied with the N-th too, so that no tie is broken by
//! chance). Set by an admin of the owner until supporting ends, journaled; applied in the
//! move's own transaction, the projects left out marked `unsupported` with their count.

use super::events;
use super::model::{BudgetError, Phase};
use super::pabulib;
use super::service::{self, Located};
use super::store::{self, supports as sstore};
use crate::db::DbConn;
use crate::error::AppError;
use crate::journal;
use crate::web::actor::Actor;
use serde::Serialize;
use std::collections::HashMap;
use utoipa::ToSchema;

/// The most projects a limit per person may allow.
pub const MOST_PER_PERSON: i64 = 1000;
/// The largest threshold or top-N.
pub const MOST_COUNT: i64 = 100_000;

/// Which projects go on to the ballot when supporting ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advance {
    All,
    /// Those with at least this many supports.
    Threshold(i64),
    /// The this-many most supported of each heading, and those tied with the last.
    Top(i64),
}

impl Advance {
    pub fn parse(advance: &str, count: Option<i64>) -> Result<Advance, BudgetError> {
        let bad_count = |c: Option<i64>| BudgetError::SupportRules {
            field: "count",
            given: c.map(|c| c.to_string()).unwrap_or_else(|| "null".into()),
        };
        let counted = |c: Option<i64>| match c {
            Some(n) if (1..=MOST_COUNT).contains(&n) => Ok(n),
            other => Err(bad_count(other)),
        };
        match advance.trim() {
            "all" if count.is_none() => Ok(Advance::All),
            "all" => Err(bad_count(count)),
            "threshold" => Ok(Advance::Threshold(counted(count)?)),
            "top" => Ok(Advance::Top(counted(count)?)),
            other => Err(BudgetError::SupportRules {
                field: "advance",
                given: other.into(),
            }),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Advance::All => "all",
            Advance::Threshold(_) => "threshold",
            Advance::Top(_) => "top",
        }
    }

    pub fn count(self) -> Option<i64> {
        match self {
            Advance::All => None,
            Advance::Threshold(n) | Advance::Top(n) => Some(n),
        }
    }

    /// Of a heading's projects on the ballot with their supports, those that go on.
    pub fn goes_on(self, supports: &[i64]) -> Vec<bool> {
        match self {
            Advance::All => vec![true; supports.len()],
            Advance::Threshold(n) => supports.iter().map(|s| *s >= n).collect(),
            Advance::Top(n) => {
                let mut sorted = supports.to_vec();
                sorted.sort_unstable_by(|a, b| b.cmp(a));
                let Ok(n) = usize::try_from(n) else {
                    return vec![true; supports.len()];
                };
                match sorted.get(n.saturating_sub(1)) {
                    // Fewer projects than N: every one goes on.
                    None => vec![true; supports.len()],
                    Some(cut) => supports.iter().map(|s| s >= cut).collect(),
                }
            }
        }
    }
}

/// A process's supporting rules as the API shows them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetSupportRulesView {
    /// The most projects one person supports in each heading; null: no limit.
    pub max_per_person: Option<i64>,
    /// `all`, `threshold` or `top`.
    pub advance: String,
    /// The threshold, or N of the top N; null with `all`.
    pub count: Option<i64>,
}

/// The rules of process `loc` (no limit, every project goes on, when none were set).
pub fn rules(conn: &mut DbConn, loc: &Located) -> Result<BudgetSupportRulesView, AppError> {
    Ok(match sstore::rules(conn, &loc.p.id)? {
        Some(r) => BudgetSupportRulesView {
            max_per_person: r.max_per_person,
            advance: r.advance,
            count: r.advance_count,
        },
        None => BudgetSupportRulesView {
            max_per_person: None,
            advance: "all".into(),
            count: None,
        },
    })
}

/// Sets the supporting rules (an admin of the owner, until supporting ends).
pub fn set(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    max_per_person: Option<i64>,
    advance: &str,
    count: Option<i64>,
    now: i64,
) -> Result<BudgetSupportRulesView, AppError> {
    if let Some(m) = max_per_person
        && !(1..=MOST_PER_PERSON).contains(&m)
    {
        return Err(BudgetError::SupportRules {
            field: "max_per_person",
            given: m.to_string(),
        }
        .into());
    }
    let advance = Advance::parse(advance, count)?;
    let loc = service::require_process(conn, id)?;
    service::require_admin(conn, p, &loc)?;
    let open: Vec<&str> = Phase::ALL
        .iter()
        .filter(|ph| **ph <= Phase::Supporting)
        .map(|ph| ph.as_str())
        .collect();
    // Holds the process's row: a move out of supporting waits, or has happened.
    if !store::touch_in(conn, &loc.p.id, &open, now)? {
        return Err(BudgetError::WrongPhase {
            action: "support-rules",
            phase: service::require_process(conn, id)?.phase().as_str(),
        }
        .into());
    }
    sstore::put_rules(
        conn,
        &sstore::SupportRulesRow {
            process_id: loc.p.id.clone(),
            max_per_person,
            advance: advance.as_str().into(),
            advance_count: advance.count(),
            set_by: p.id.as_str().into(),
            set_at: now,
        },
    )?;
    let summary = format!(
        "@{} set how projects of “{}” reach the ballot: {}",
        p.handle,
        loc.p.title,
        match advance {
            Advance::All => "every project".to_string(),
            Advance::Threshold(n) => format!("those whose supports reach {n}"),
            Advance::Top(n) => format!("the {n} most supported of each heading"),
        }
    );
    journal::record(
        conn,
        Some(&p.handle),
        &events::SUPPORT_RULES_SET,
        &loc.object(),
        &summary,
        &events::SupportRulesSet {
            process: loc.payload(),
            max_per_person,
            advance: advance.as_str().into(),
            count: advance.count(),
        },
    )?;
    rules(conn, &loc)
}

/// Applies the rules as supporting ends, in the move's transaction: projects on the ballot
/// that do not go on become `unsupported`, their supports the public reason. Journaled once
/// when a rule left anything to decide.
pub fn advance(conn: &mut DbConn, loc: &Located, actor: Option<&Actor>) -> Result<(), AppError> {
    let Some(row) = sstore::rules(conn, &loc.p.id)? else {
        return Ok(());
    };
    let advance = Advance::parse(&row.advance, row.advance_count)?;
    if advance == Advance::All {
        return Ok(());
    }
    let counts: HashMap<String, i64> = store::support_counts(conn, &loc.p.id)?;
    let projects = store::projects(conn, &loc.p.id)?;
    let (mut advanced, mut left_out) = (0, 0);
    let mut headings = Vec::new();
    for h in store::headings(conn, &loc.p.id)? {
        let on: Vec<_> = projects
            .iter()
            .filter(|p| p.heading_id == h.id && pabulib::on_ballot(p))
            .collect();
        let supports: Vec<i64> = on
            .iter()
            .map(|p| counts.get(&p.id).copied().unwrap_or(0))
            .collect();
        let mut out = Vec::new();
        for ((p, goes), s) in on.iter().zip(advance.goes_on(&supports)).zip(&supports) {
            if goes {
                advanced += 1;
            } else {
                store::review_project(conn, &p.id, "unsupported", &s.to_string())?;
                out.push(p.number.clone());
                left_out += 1;
            }
        }
        if !out.is_empty() {
            headings.push((h.name.clone(), out));
        }
    }
    journal::record(
        conn,
        actor.map(|a| a.handle.as_str()),
        &events::SUPPORTS_COUNTED,
        &loc.object(),
        &format!(
            "Supporting of “{}” ended: projects on the ballot {advanced}, left out {left_out}",
            loc.p.title
        ),
        &events::SupportsCounted {
            process: loc.payload(),
            advance: advance.as_str().into(),
            count: advance.count(),
            advanced,
            left_out,
            headings,
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_n_keeps_those_tied_with_the_last() {
        let s = [5, 9, 2, 5, 7];
        assert_eq!(
            Advance::Top(3).goes_on(&s),
            vec![true, true, false, true, true]
        );
        assert_eq!(
            Advance::Top(2).goes_on(&s),
            vec![false, true, false, false, true]
        );
        assert_eq!(Advance::Top(9).goes_on(&s), vec![true; 5]);
    }

    #[test]
    fn a_threshold_is_reached_by_equal_supports() {
        assert_eq!(
            Advance::Threshold(5).goes_on(&[5, 4, 6]),
            vec![true, false, true]
        );
    }

    #[test]
    fn counts_are_checked() {
        assert!(Advance::parse("top", None).is_err());
        assert!(Advance::parse("top", Some(0)).is_err());
        assert!(Advance::parse("threshold", Some(MOST_COUNT + 1)).is_err());
        assert!(Advance::parse("all", Some(3)).is_err());
        assert!(Advance::parse("lottery", Some(3)).is_err());
        assert_eq!(Advance::parse("all", None).ok(), Some(Advance::All));
    }
}
