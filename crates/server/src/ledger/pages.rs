//! Pages of the ledger (no JavaScript, readable on a phone): the list of treasuries and
//! each treasury's public ledger — its stewards, each account's balance, its monthly
//! income and expenses as a chart drawn by the server in SVG with the same numbers in a
//! table beside it, its transactions a page at a time, and links to the CSV, hledger and
//! Beancount exports. Amounts are written the page language's way.

use super::store::{self, TreasuryRow};
use super::views::{self, BalanceView, Month, TransactionView, money};
use crate::db::DbConn;
use crate::error::{AppError, PageError};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::actor::MaybeViewer;
use crate::web::csrf::CsrfToken;
use crate::web::extract::Found;
use crate::web::paging::{Page, Paging};
use crate::web::panels::{Looker, Panel, Subject};
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::State;
use axum::response::Response;

/// Months the chart shows at most (the latest ones); the table below it has them all.
const CHART_MONTHS: usize = 12;

/// An amount as the page's language writes it; hours and credits as their text.
pub(super) fn shown(lang: Lang, minor: i64, unit: &str) -> String {
    match money(minor, unit) {
        Ok(m) => crate::i18n::formats::amount(lang, &m).unwrap_or_else(|| m.to_string()),
        Err(_) => format!("{minor} {unit}"),
    }
}

/// A balance as a row of the page's table, with what pending holds set aside from it.
struct BalanceRow {
    view: BalanceView,
    shown: String,
    held: Option<String>,
}

/// A pending hold as the page lists it.
struct HoldLine {
    view: super::views::HoldView,
    amount: String,
    expires: String,
}

/// A month's row of the chart's table.
struct MonthRow {
    month: String,
    income: String,
    expenses: String,
}

/// One bar of the chart, in the SVG's coordinates.
struct Bar {
    x: String,
    y: String,
    height: String,
    income: bool,
}

/// One unit's chart: bars two by two (income, expenses) per month, and its table.
struct Chart {
    unit: String,
    bars: Vec<Bar>,
    labels: Vec<(String, String)>,
    bar_width: String,
    rows: Vec<MonthRow>,
}

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 150.0;

fn charts(lang: Lang, months: Vec<Month>) -> Vec<Chart> {
    let mut by_unit: Vec<(String, Vec<Month>)> = Vec::new();
    for m in months {
        match by_unit.iter_mut().find(|(u, _)| *u == m.unit) {
            Some((_, list)) => list.push(m),
            None => by_unit.push((m.unit.clone(), vec![m])),
        }
    }
    by_unit
        .into_iter()
        .map(|(unit, list)| {
            let recent = &list[list.len().saturating_sub(CHART_MONTHS)..];
            let top = recent
                .iter()
                .map(|m| m.income.max(m.expenses))
                .max()
                .unwrap_or(0)
                .max(1) as f64;
            let slot = WIDTH / recent.len().max(1) as f64;
            let bar_width = slot * 0.35;
            let mut bars = Vec::new();
            let mut labels = Vec::new();
            for (i, m) in recent.iter().enumerate() {
                let left = slot * i as f64 + slot * 0.15;
                for (k, value) in [m.income, m.expenses].into_iter().enumerate() {
                    let h = HEIGHT * value.max(0) as f64 / top;
                    bars.push(Bar {
                        x: format!("{:.1}", left + bar_width * k as f64),
                        y: format!("{:.1}", HEIGHT - h),
                        height: format!("{h:.1}"),
                        income: k == 0,
                    });
                }
                labels.push((
                    format!("{:.1}", slot * i as f64 + slot / 2.0),
                    m.month.clone(),
                ));
            }
            let rows = list
                .iter()
                .rev()
                .map(|m| MonthRow {
                    month: m.month.clone(),
                    income: shown(lang, m.income, &m.unit),
                    expenses: shown(lang, m.expenses, &m.unit),
                })
                .collect();
            Chart {
                unit,
                bars,
                labels,
                bar_width: format!("{bar_width:.1}"),
                rows,
            }
        })
        .collect()
}

/// A transaction as the page lists it.
struct Item {
    view: TransactionView,
    legs: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "ledger/treasury.html")]
struct TreasuryPage {
    chrome: Chrome,
    handle: String,
    /// The page of its organization or commons.
    owner_url: String,
    stewards: Vec<String>,
    /// The head of its chain of hashes.
    head: String,
    /// The journal's position and running hash at its newest transaction's event.
    journal_seal: Option<(i64, String)>,
    /// A commons' treasury, which distributes to the commons' contributors.
    commons: bool,
    balances: Vec<BalanceRow>,
    holds: Vec<HoldLine>,
    charts: Vec<Chart>,
    transactions: Page<Item>,
}

/// A treasury's public ledger.
pub async fn show(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Found(t): Found<TreasuryRow>,
    paging: Paging,
) -> Result<Response, PageError> {
    let chrome = state.chrome(v.as_ref(), &csrf);
    let lang = chrome.lang;
    let (owner_url, treasury, balances, months, transactions, holds, journal_seal) = state
        .db
        .read(move |c| {
            let owner_url = match t.owner_kind.as_str() {
                "commons" => format!("/commons/{}", t.handle),
                "person" => format!("/people/{}", t.handle),
                "body" => crate::bodies::body_card_by_id(c, &t.owner_id)?.url,
                _ => format!("/orgs/{}", t.handle),
            };
            let now = crate::db::now_ms();
            let journal_seal = match store::transactions(c, &t.id, None, 1)?.first() {
                Some(x) => crate::journal::history(
                    c,
                    crate::journal::ObjectKind::LedgerTransaction,
                    &x.id,
                )?
                .into_iter()
                .find_map(|e| e.hash.map(|h| (e.seq, h))),
                None => None,
            };
            let holds = store::holds(c, &t.id)?
                .iter()
                .filter(|h| h.state == "pending" && h.expires_at > now)
                .map(|h| views::hold_view(c, &t, h))
                .collect::<Result<Vec<_>, AppError>>()?;
            Ok((
                owner_url,
                views::treasury_view(c, &t)?,
                views::balances(c, &t)?,
                views::monthly(c, &t)?,
                views::transactions_page(c, &t, &paging)?,
                holds,
                journal_seal,
            ))
        })
        .await?;
    let balances = balances
        .accounts
        .into_iter()
        .map(|b| {
            let held = b.held.as_deref().map(|h| money_minor(h, &b.unit));
            BalanceRow {
                shown: shown(lang, b.minor, &b.unit),
                held: held.map(|h| shown(lang, h, &b.unit)),
                view: b,
            }
        })
        .collect();
    let holds = holds
        .into_iter()
        .map(|h| HoldLine {
            amount: shown(lang, money_minor(&h.amount, &h.unit), &h.unit),
            expires: crate::web::human_time(h.expires_at),
            view: h,
        })
        .collect();
    let transactions = transactions.map(|view| Item {
        legs: view
            .legs
            .iter()
            .map(|l| {
                let minor = money_minor(&l.amount, &l.unit);
                (l.account.clone(), shown(lang, minor, &l.unit))
            })
            .collect(),
        view,
    });
    Ok(render(&TreasuryPage {
        chrome,
        handle: treasury.handle,
        owner_url,
        stewards: treasury.stewards,
        head: treasury.head,
        journal_seal,
        commons: treasury.owner == "commons",
        balances,
        holds,
        charts: charts(lang, months),
        transactions,
    }))
}

/// The minor units of an amount the views wrote as decimal text.
pub(super) fn money_minor(amount: &str, unit: &str) -> i64 {
    super::model::parse_amount(amount, unit)
        .map(|m| m.minor())
        .unwrap_or(0)
}

#[derive(Template)]
#[template(path = "ledger/treasuries.html")]
struct TreasuriesPage {
    chrome: Chrome,
    treasuries: Vec<TreasuryRow>,
}

/// Every treasury.
pub async fn list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
) -> Result<Response, PageError> {
    let treasuries = state.db.read(store::treasuries).await?;
    Ok(render(&TreasuriesPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        treasuries,
    }))
}

/// The treasury of an organization or a commons, on its page: the balances of its own
/// accounts (not its counterparties') and the way to its ledger
/// (`templates/ledger/panel.html`).
struct TreasuryPanel {
    handle: String,
    /// (account, minor units, unit).
    balances: Vec<(String, i64, String)>,
}

#[derive(Template)]
#[template(path = "ledger/panel.html")]
struct PanelHtml<'a> {
    chrome: Chrome,
    handle: &'a str,
    balances: Vec<(&'a str, String)>,
}

impl Panel for TreasuryPanel {
    fn render(&self, looker: &Looker) -> String {
        let chrome = crate::web::Chrome::of_panel(looker);
        let lang = chrome.lang;
        let page = PanelHtml {
            handle: &self.handle,
            balances: self
                .balances
                .iter()
                .map(|(a, minor, unit)| (a.as_str(), shown(lang, *minor, unit)))
                .collect(),
            chrome,
        };
        crate::web::panel_html(&page)
    }
}

/// The treasury panel of the object `s` (an organization or a commons), when it has one.
pub fn treasury_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let Some(t) = store::treasury_of(c, s.kind, s.id)? else {
        return Ok(None);
    };
    let balances = views::balances(c, &t)?
        .accounts
        .into_iter()
        .filter(|b| b.kind != "external")
        .map(|b| (b.account, b.minor, b.unit))
        .collect();
    Ok(Some(Box::new(TreasuryPanel {
        handle: t.handle,
        balances,
    })))
}

/// A line of a statement as the page shows it.
struct StatementLine {
    label: String,
    amount: String,
}

/// One bar of the income statement's chart: a line of income or of spending.
struct StatementBar {
    label: String,
    y: i64,
    width: i64,
    income: bool,
    amount: String,
}

/// Both statements of one unit, written the page language's way.
struct UnitStatements {
    unit: String,
    assets: Vec<StatementLine>,
    liabilities: Vec<StatementLine>,
    equity: Vec<StatementLine>,
    surplus: String,
    total_assets: String,
    total_right: String,
    income: Vec<StatementLine>,
    expenses: Vec<StatementLine>,
    total_income: String,
    total_expenses: String,
    net: String,
    bars: Vec<StatementBar>,
    chart_height: i64,
}

#[derive(Template)]
#[template(path = "ledger/statements.html")]
struct StatementsPage {
    chrome: Chrome,
    handle: String,
    from: String,
    to: String,
    units: Vec<UnitStatements>,
}

/// Width of the widest bar of a statement's chart, in the SVG's units.
const BAR_SPAN: i64 = 130;

fn unit_statements(lang: Lang, u: super::statements::UnitStatementsView) -> UnitStatements {
    let minor = |a: &str| money_minor(a, &u.unit);
    let show = |a: &str| shown(lang, minor(a), &u.unit);
    let lines = |ls: &[super::statements::LineView]| {
        ls.iter()
            .map(|l| StatementLine {
                label: match &l.category {
                    Some(c) => format!("{} ({c})", l.account),
                    None => l.account.clone(),
                },
                amount: show(&l.amount),
            })
            .collect::<Vec<_>>()
    };
    let largest = u
        .income
        .iter()
        .chain(&u.expenses)
        .map(|l| minor(&l.amount).abs())
        .max()
        .unwrap_or(0)
        .max(1);
    let bars: Vec<StatementBar> = u
        .income
        .iter()
        .map(|l| (l, true))
        .chain(u.expenses.iter().map(|l| (l, false)))
        .enumerate()
        .map(|(i, (l, income))| StatementBar {
            label: {
                let full = match &l.category {
                    Some(c) => format!("{} ({c})", l.account),
                    None => l.account.clone(),
                };
                if full.chars().count() > 28 {
                    format!("{}…", full.chars().take(27).collect::<String>())
                } else {
                    full
                }
            },
            y: i as i64 * 22,
            width: (i128::from(minor(&l.amount).abs()) * i128::from(BAR_SPAN) / i128::from(largest))
                .max(1) as i64,
            income,
            amount: show(&l.amount),
        })
        .collect();
    UnitStatements {
        assets: lines(&u.assets),
        liabilities: lines(&u.liabilities),
        equity: lines(&u.equity),
        surplus: show(&u.surplus),
        total_assets: show(&u.total_assets),
        total_right: show(&u.total_liabilities_and_equity),
        income: lines(&u.income),
        expenses: lines(&u.expenses),
        total_income: show(&u.total_income),
        total_expenses: show(&u.total_expenses),
        net: show(&u.net),
        chart_height: bars.len() as i64 * 22,
        bars,
        unit: u.unit,
    }
}

/// A treasury's balance sheet and income statement for a period (this year by default).
pub async fn statements(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Found(t): Found<TreasuryRow>,
    crate::web::extract::Query(p): crate::web::extract::Query<super::api::PeriodParams>,
) -> Result<Response, PageError> {
    let chrome = state.chrome(v.as_ref(), &csrf);
    let lang = chrome.lang;
    let (from, to) = super::statements::period(
        p.from.as_deref().filter(|s| !s.is_empty()),
        p.to.as_deref().filter(|s| !s.is_empty()),
        super::service::today(),
    )?;
    let view = state
        .db
        .read(move |c| super::statements::statements(c, &t, from, to))
        .await?;
    Ok(render(&StatementsPage {
        chrome,
        handle: view.treasury,
        from: view.from,
        to: view.to,
        units: view
            .units
            .into_iter()
            .map(|u| unit_statements(lang, u))
            .collect(),
    }))
}
