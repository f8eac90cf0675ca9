//! Budget lines: what a treasury plans to spend on something over a period, in one unit,
//! set against the expenses put on the line — approved (committed) and paid (spent). An
//! approval that takes a line over its plan is flagged on the expense, or refused when the
//! treasury says so; it is checked under the treasury's lock, where approvals are counted,
//! so that two racing approvals cannot both slip under the plan.

use super::events;
use super::model;
use super::service::{self, steward_of};
use super::store::{self, ExpenseRow, LineRow, TreasuryRow};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail};
use crate::journal;
use crate::web::actor::Actor;
use commonfare_value::money::Money;
use jiff::civil::Date;
use serde::Serialize;
use utoipa::ToSchema;

/// A line as a steward writes it.
pub struct NewLine<'a> {
    pub name: &'a str,
    pub amount: &'a str,
    pub unit: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
    pub source: &'a str,
}

fn invalid(field: &'static str, given: &str) -> AppError {
    AppError::invalid(
        "invalid_budget_line",
        detail!("problem-budget-line-invalid", field = field, given = given),
    )
}

/// Adds a budget line (a steward).
pub fn add(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    new: NewLine<'_>,
) -> Result<LineRow, AppError> {
    steward_of(conn, actor, t)?;
    store::lock(conn, &t.id)?;
    let name = model::text("name", new.name)?;
    if name.is_empty() || name.chars().count() > 200 {
        return Err(invalid("name", new.name));
    }
    let source = model::text("source", new.source)?;
    if source.chars().count() > 300 {
        return Err(invalid("source", new.source));
    }
    let planned = model::parse_amount(new.amount, new.unit)?;
    if planned.minor() <= 0 {
        return Err(invalid("amount", new.amount));
    }
    let day =
        |field: &'static str, given: &str| given.parse::<Date>().map_err(|_| invalid(field, given));
    let (starts, ends) = (
        day("starts_on", new.starts_on)?,
        day("ends_on", new.ends_on)?,
    );
    if starts > ends {
        return Err(invalid("ends_on", new.ends_on));
    }
    let row = LineRow {
        id: new_id(),
        treasury_id: t.id.clone(),
        number: store::next_line_number(conn, &t.id)?,
        name,
        starts_on: starts.to_string(),
        ends_on: ends.to_string(),
        unit: planned.unit().code().to_string(),
        planned: planned.minor(),
        source,
        created_by: actor.id.as_str().to_string(),
        created_at: now_ms(),
    };
    store::insert_line(conn, &row)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::BUDGET_LINE_ADDED,
        &service::treasury_ref(t),
        &format!(
            "@{} planned {} for {} in the treasury of {}",
            actor.handle, planned, row.name, t.handle
        ),
        &events::BudgetLineAdded {
            treasury: t.handle.clone(),
            number: row.number,
            name: row.name.clone(),
            planned: planned.to_string(),
            starts_on: row.starts_on.clone(),
            ends_on: row.ends_on.clone(),
            source: row.source.clone(),
        },
    )?;
    Ok(row)
}

/// A participatory budget's funded projects, as lines of the treasury of the organization
/// that ran it: one line per project, planned at its cost in `unit` over the period, its
/// source the project's page. A project that already has its line is left as it is, so
/// asking twice adds nothing.
pub struct FromBudget<'a> {
    pub budget: &'a str,
    pub unit: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
}

/// Adds the lines of a budget's funded projects (a steward of the treasury of the
/// organization that ran it); returns the lines added and how many projects had theirs.
pub fn from_budget(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    from: FromBudget<'_>,
) -> Result<(Vec<LineRow>, usize), AppError> {
    steward_of(conn, actor, t)?;
    let funded = crate::budgets::funded_projects(conn, from.budget.trim())?;
    if t.owner_kind != "organization" || t.owner_id != funded.organization.as_str() {
        return Err(AppError::invalid(
            "budget_of_another_owner",
            detail!(
                "problem-budget-line-other-owner",
                budget = funded.title.as_str(),
                treasury = t.handle.as_str()
            ),
        ));
    }
    let have: std::collections::BTreeSet<String> = store::lines(conn, &t.id)?
        .into_iter()
        .map(|l| l.source)
        .collect();
    let mut added = Vec::new();
    let mut skipped = 0;
    for p in funded.projects {
        if have.contains(&p.url) {
            skipped += 1;
            continue;
        }
        let name: String = format!("{} {}: {}", funded.title, p.number, p.title)
            .chars()
            .take(200)
            .collect();
        added.push(add(
            conn,
            actor,
            t,
            NewLine {
                name: &name,
                amount: &p.cost,
                unit: from.unit,
                starts_on: from.starts_on,
                ends_on: from.ends_on,
                source: &p.url,
            },
        )?);
    }
    Ok((added, skipped))
}

/// Sets whether an approval over a line is flagged (`flag`) or refused (`block`).
pub fn set_rule(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    over_line: &str,
) -> Result<String, AppError> {
    steward_of(conn, actor, t)?;
    if !matches!(over_line, "flag" | "block") {
        return Err(invalid("over_line", over_line));
    }
    store::set_over_line_rule(conn, &t.id, over_line, actor.id.as_str(), now_ms())?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::BUDGET_RULE_SET,
        &service::treasury_ref(t),
        &format!(
            "@{} set what happens to an expense approved over its budget line in {}: {over_line}",
            actor.handle, t.handle
        ),
        &events::BudgetRuleSet {
            treasury: t.handle.clone(),
            over_line: over_line.into(),
        },
    )?;
    Ok(over_line.to_string())
}

/// The line an expense of `unit` is put on when submitted, by number: one of the
/// treasury's, in the expense's unit.
pub fn for_expense(
    conn: &mut DbConn,
    t: &TreasuryRow,
    number: i64,
    unit: &str,
) -> Result<LineRow, AppError> {
    let line = store::line_by_number(conn, &t.id, number)?
        .ok_or_else(|| invalid("budget_line", &number.to_string()))?;
    if line.unit != unit {
        return Err(invalid("budget_line", &format!("{number} ({})", line.unit)));
    }
    Ok(line)
}

/// Called, under the treasury's lock, when `e` is about to be approved: how far its line
/// would go over its plan, refused when the treasury blocks that, flagged on the expense
/// otherwise. Nothing when the expense is on no line or the line holds it.
pub fn on_approval(
    conn: &mut DbConn,
    t: &TreasuryRow,
    e: &ExpenseRow,
) -> Result<Option<i64>, AppError> {
    let Some((line, _)) = store::line_of_expense(conn, &e.id)? else {
        return Ok(None);
    };
    let used = store::line_used(conn, &line.id)?;
    let over = used.saturating_add(e.amount).saturating_sub(line.planned);
    if over <= 0 {
        return Ok(None);
    }
    let unit = model::parse_unit(&line.unit)?;
    if store::over_line_rule(conn, &t.id)? == "block" {
        return Err(AppError::conflict(
            "over_budget_line",
            detail!(
                "problem-budget-line-over",
                number = e.number.to_string(),
                line = line.name.as_str(),
                over = Money::from_minor(over, unit).to_string(),
                planned = Money::from_minor(line.planned, unit).to_string()
            ),
        ));
    }
    store::flag_over(conn, &e.id, over)?;
    Ok(Some(over))
}

/// A budget line, planned against what was committed and spent on it.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = BudgetLineView)]
pub struct LineView {
    pub number: i64,
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub unit: String,
    /// Decimal text in `unit`.
    pub planned: String,
    /// Expenses on the line approved and not yet paid.
    pub committed: String,
    /// Expenses on the line paid.
    pub spent: String,
    /// Planned less committed and spent (negative when over).
    pub left: String,
    pub over: bool,
    /// Where the plan comes from, as an address, or empty.
    pub source: String,
}

/// A treasury's lines with their sums, in one query for the sums.
pub fn views(conn: &mut DbConn, t: &TreasuryRow) -> Result<Vec<LineView>, AppError> {
    let sums = store::line_sums(conn, &t.id)?;
    store::lines(conn, &t.id)?
        .into_iter()
        .map(|l| view(l, &sums))
        .collect()
}

/// A line just added, with nothing on it yet.
pub fn fresh_view(l: LineRow) -> Result<LineView, AppError> {
    view(l, &[])
}

/// One line with the sums `store::line_sums` gave.
fn view(l: LineRow, sums: &[(String, String, i64)]) -> Result<LineView, AppError> {
    let unit = model::parse_unit(&l.unit)?;
    let sum = |state: &str| {
        sums.iter()
            .filter(|(id, s, _)| *id == l.id && s == state)
            .fold(0_i64, |a, (_, _, m)| a.saturating_add(*m))
    };
    let (committed, spent) = (sum("approved"), sum("paid"));
    let left = l.planned.saturating_sub(committed).saturating_sub(spent);
    let text = |m: i64| model::number(&Money::from_minor(m, unit));
    Ok(LineView {
        number: l.number,
        planned: text(l.planned),
        committed: text(committed),
        spent: text(spent),
        left: text(left),
        over: left < 0,
        name: l.name,
        starts_on: l.starts_on,
        ends_on: l.ends_on,
        unit: l.unit,
        source: l.source,
    })
}

/// An expense that uses a line's money, as the line's spending shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LineExpense {
    pub number: i64,
    pub title: String,
    /// Decimal text in the line's unit.
    pub amount: String,
    /// `approved`, `scheduled` or `paid`.
    pub state: String,
    pub payee: String,
    /// The expense's page.
    pub url: String,
}

/// A budget line whose plan comes from some page (a funded project's), with the treasury
/// that holds it and the expenses spent or committed on it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Spending {
    pub treasury: String,
    pub line: LineView,
    pub expenses: Vec<LineExpense>,
}

/// Every budget line, in any treasury, planned from `source` (a participatory budget's
/// funded project, whose page it is), with what was spent against it.
pub fn spending_of(conn: &mut DbConn, source: &str) -> Result<Vec<Spending>, AppError> {
    let mut out = Vec::new();
    for (l, handle) in store::lines_from_source(conn, source)? {
        let sums = store::sums_of_line(conn, &l.id)?;
        let unit = model::parse_unit(&l.unit)?;
        let expenses = store::expenses_on_line(conn, &l.id)?
            .into_iter()
            .map(|e| LineExpense {
                url: format!("/treasuries/{handle}/expenses/{}", e.number),
                number: e.number,
                title: e.title,
                amount: model::number(&Money::from_minor(e.amount, unit)),
                state: e.state,
                payee: e.payee,
            })
            .collect();
        out.push(Spending {
            line: view(l, &sums)?,
            treasury: handle,
            expenses,
        });
    }
    Ok(out)
}
