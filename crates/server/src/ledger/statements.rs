//! A treasury's financial statements, per unit: the balance sheet at the end of a day
//! (what it holds, what it owes, and the surplus its income and spending left) and the
//! income statement over a period (what came in and went out, by account and category).
//! Both are sums of the legs themselves, so they always agree with the balances, and the
//! balance sheet balances because every transaction does.

use super::model;
use super::store::{self, TreasuryRow};
use crate::db::DbConn;
use crate::error::{AppError, detail};
use commonfare_value::money::Money;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

pub use super::store::Sum;

/// One line of a statement, in the unit's minor units, with the sign a reader expects
/// (what is held, owed or earned positive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub account: String,
    /// The income category (donation, grant…) when the line gathers income of one.
    pub category: Option<String>,
    pub minor: i64,
}

/// Both statements in one unit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Statements {
    pub unit: String,
    pub assets: Vec<Line>,
    pub liabilities: Vec<Line>,
    pub equity: Vec<Line>,
    /// Income less spending since the first transaction, up to the balance sheet's day.
    pub surplus: i64,
    pub income: Vec<Line>,
    pub expenses: Vec<Line>,
}

impl Statements {
    pub fn total_assets(&self) -> i64 {
        self.assets.iter().map(|l| l.minor).sum()
    }
    pub fn total_liabilities(&self) -> i64 {
        self.liabilities.iter().map(|l| l.minor).sum()
    }
    pub fn total_equity(&self) -> i64 {
        self.equity.iter().map(|l| l.minor).sum()
    }
    pub fn total_income(&self) -> i64 {
        self.income.iter().map(|l| l.minor).sum()
    }
    pub fn total_expenses(&self) -> i64 {
        self.expenses.iter().map(|l| l.minor).sum()
    }
    /// Income less expenses over the period.
    pub fn net(&self) -> i64 {
        self.total_income() - self.total_expenses()
    }
}

fn on_balance_sheet(kind: &str) -> bool {
    matches!(kind, "asset" | "liability" | "equity")
}

/// Builds the statements from the sums of every account up to the balance sheet's day
/// (`to_date`, grouped without category) and of the accounts off the balance sheet over
/// the period (`period`, by category). Accounts of the balance sheet go to their section;
/// lines off it (income, expense and external accounts) are income when money came in
/// through them over the period and expenses when it went out; what they sum to up to the
/// day, reversed, is the surplus. Lines that sum to zero are left out.
pub fn build(to_date: &[Sum], period: &[Sum]) -> Vec<Statements> {
    fn of<'a>(units: &'a mut BTreeMap<String, Statements>, unit: &str) -> &'a mut Statements {
        units.entry(unit.to_string()).or_insert_with(|| Statements {
            unit: unit.to_string(),
            ..Statements::default()
        })
    }
    let mut units: BTreeMap<String, Statements> = BTreeMap::new();
    for (account, kind, _, unit, minor) in to_date {
        let s = of(&mut units, unit);
        let line = |minor: i64| Line {
            account: account.clone(),
            category: None,
            minor,
        };
        match kind.as_str() {
            "asset" if *minor != 0 => s.assets.push(line(*minor)),
            "liability" if *minor != 0 => s.liabilities.push(line(-minor)),
            "equity" if *minor != 0 => s.equity.push(line(-minor)),
            k if !on_balance_sheet(k) => s.surplus -= minor,
            _ => {}
        }
    }
    for (account, kind, category, unit, minor) in period {
        if on_balance_sheet(kind) || *minor == 0 {
            continue;
        }
        let s = of(&mut units, unit);
        let line = |minor: i64| Line {
            account: account.clone(),
            category: category.clone(),
            minor,
        };
        if *minor < 0 {
            s.income.push(line(-minor));
        } else {
            s.expenses.push(line(*minor));
        }
    }
    units.into_values().collect()
}

/// A statement line as the API writes it.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = StatementLine)]
pub struct LineView {
    pub account: String,
    /// The income category, for a line of income of one category.
    pub category: Option<String>,
    /// Decimal, positive for what is held, owed, earned or spent.
    pub amount: String,
}

/// Both statements in one unit, as the API writes them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UnitStatementsView {
    pub unit: String,
    pub assets: Vec<LineView>,
    pub liabilities: Vec<LineView>,
    pub equity: Vec<LineView>,
    /// Income less spending from the first transaction to `to`.
    pub surplus: String,
    pub total_assets: String,
    /// Liabilities, equity and surplus: always equal to `total_assets`.
    pub total_liabilities_and_equity: String,
    pub income: Vec<LineView>,
    pub expenses: Vec<LineView>,
    pub total_income: String,
    pub total_expenses: String,
    /// Income less expenses over the period.
    pub net: String,
    /// Minor units per whole unit's digits, to read the amounts (2 for EUR).
    pub exponent: u8,
}

/// A treasury's statements for a period.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StatementsView {
    pub treasury: String,
    /// First day of the income statement, `YYYY-MM-DD`.
    pub from: String,
    /// Last day of the income statement, and the balance sheet's day.
    pub to: String,
    pub units: Vec<UnitStatementsView>,
}

/// The period a request names: `to` defaults to today, `from` to the first of January of
/// `to`'s year; `from` after `to` is refused.
pub fn period(from: Option<&str>, to: Option<&str>, today: Date) -> Result<(Date, Date), AppError> {
    let day = |field: &'static str, given: &str| {
        given.parse::<Date>().map_err(|_| {
            AppError::invalid(
                "invalid_period",
                detail!("problem-ledger-period-day", field = field, given = given),
            )
        })
    };
    let to = match to {
        Some(t) => day("to", t)?,
        None => today,
    };
    let from = match from {
        Some(f) => day("from", f)?,
        None => Date::new(to.year(), 1, 1).map_err(AppError::internal)?,
    };
    if from > to {
        return Err(AppError::invalid(
            "invalid_period",
            detail!(
                "problem-ledger-period-order",
                from = from.to_string(),
                to = to.to_string()
            ),
        ));
    }
    Ok((from, to))
}

/// The statements of `t` over `from`..=`to`.
pub fn statements(
    conn: &mut DbConn,
    t: &TreasuryRow,
    from: Date,
    to: Date,
) -> Result<StatementsView, AppError> {
    let (from_s, to_s) = (from.to_string(), to.to_string());
    let to_date = store::sums_up_to(conn, &t.id, &to_s)?;
    let period = store::sums_between(conn, &t.id, &from_s, &to_s)?;
    let units = build(&to_date, &period)
        .into_iter()
        .map(|s| unit_view(&s))
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(StatementsView {
        treasury: t.handle.clone(),
        from: from_s,
        to: to_s,
        units,
    })
}

fn unit_view(s: &Statements) -> Result<UnitStatementsView, AppError> {
    let unit = model::parse_unit(&s.unit)?;
    let amount = |minor: i64| model::number(&Money::from_minor(minor, unit));
    let lines = |lines: &[Line]| {
        lines
            .iter()
            .map(|l| LineView {
                account: l.account.clone(),
                category: l.category.clone(),
                amount: amount(l.minor),
            })
            .collect()
    };
    Ok(UnitStatementsView {
        unit: s.unit.clone(),
        assets: lines(&s.assets),
        liabilities: lines(&s.liabilities),
        equity: lines(&s.equity),
        surplus: amount(s.surplus),
        total_assets: amount(s.total_assets()),
        total_liabilities_and_equity: amount(s.total_liabilities() + s.total_equity() + s.surplus),
        income: lines(&s.income),
        expenses: lines(&s.expenses),
        total_income: amount(s.total_income()),
        total_expenses: amount(s.total_expenses()),
        net: amount(s.net()),
        exponent: unit.exponent(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(account: &str, kind: &str, category: Option<&str>, minor: i64) -> Sum {
        (
            account.into(),
            kind.into(),
            category.map(Into::into),
            "EUR".into(),
            minor,
        )
    }

    #[test]
    fn the_balance_sheet_balances_and_the_period_splits_income_from_spending() {
        // Up to the day: 500 donated, 120 spent, 80 owed to a contributor (an expense),
        // 50 of equity put in: the bank holds 500 + 50 - 120.
        let to_date = [
            sum("assets:bank", "asset", None, 430),
            sum("owed:ana", "liability", None, -80),
            sum("equity:opening", "equity", None, -50),
            sum("external:donors", "external", None, -500),
            sum("external:shop", "external", None, 120),
            sum("expenses:distributions", "expense", None, 80),
            sum("assets:empty", "asset", None, 0),
        ];
        let period = [
            sum("external:donors", "external", Some("donation"), -300),
            sum("external:shop", "external", None, 120),
            sum("expenses:distributions", "expense", None, 80),
            sum("assets:bank", "asset", None, 100),
        ];
        let s = &build(&to_date, &period)[0];
        assert_eq!(s.total_assets(), 430);
        assert_eq!(s.total_liabilities(), 80);
        assert_eq!(s.total_equity(), 50);
        assert_eq!(s.surplus, 500 - 120 - 80);
        assert_eq!(
            s.total_assets(),
            s.total_liabilities() + s.total_equity() + s.surplus
        );
        assert_eq!(s.assets.len(), 1, "a zero balance is left out");
        assert_eq!(s.income.len(), 1);
        assert_eq!(s.income[0].category.as_deref(), Some("donation"));
        assert_eq!(s.total_income(), 300);
        assert_eq!(s.total_expenses(), 200);
        assert_eq!(s.net(), 100);
    }

    #[test]
    fn units_stay_apart() {
        let mut hours = sum("assets:time", "asset", None, 7);
        hours.3 = "hours".into();
        let out = build(&[sum("assets:bank", "asset", None, 5), hours], &[]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].unit, "EUR");
        assert_eq!(out[1].unit, "hours");
    }
}
