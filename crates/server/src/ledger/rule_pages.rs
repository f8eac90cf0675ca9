//! A treasury's rules and plan as a page (no JavaScript, readable on a phone): how many
//! stewards approve an expense, the tiers by amount that ask more of them and approval by
//! consent; whether an approval over a budget line is flagged or refused; and the forms
//! its stewards set them with, add a budget line with, and bring in the lines of a
//! participatory budget's funded projects with. Anyone may read the rules; only stewards
//! see the forms. Refused forms come back filled in, the refusal beside the field.

use super::expenses::{self, Tier};
use super::lines::{self, FromBudget, NewLine};
use super::service;
use super::store::{self, TreasuryRow};
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::state::AppState;
use crate::web::actor::{Actor, MaybeViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Path};
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Tier rows the approval form offers (blank rows are left out).
const TIER_ROWS: usize = 3;

/// A tier as the page shows it and refills it.
struct TierRow {
    amount: String,
    unit: String,
    approvals: String,
}

#[derive(Template)]
#[template(path = "ledger/rules.html")]
struct RulesPage {
    chrome: Chrome,
    handle: String,
    steward: bool,
    stewards: usize,
    approvals: i64,
    tiers: Vec<Tier>,
    consent_days: Option<i64>,
    over_line: String,
    /// The tier rows of the form: the rule's tiers, then blank rows.
    tier_rows: Vec<TierRow>,
    /// The owner's participatory budgets whose results are out: (id, title).
    budgets: Vec<(String, String)>,
    lines: usize,
    form: Refilled,
}

impl RulesPage {
    /// A tier in words: above which amount, how many approvals.
    fn tier_text(&self, t: &Tier) -> String {
        let amount = format!("{} {}", t.amount, t.unit);
        let approvals = t.approvals.to_string();
        self.chrome.ta(
            "ledger-rules-tier",
            &[
                ("amount", amount.as_str()),
                ("approvals", approvals.as_str()),
            ],
        )
    }

    /// The value of tier row `i`'s `part` (`amount`, `unit`, `approvals`) in the form.
    fn tier_value(&self, i: &usize, part: &str) -> String {
        let name = tier_field(*i, part);
        if self.form.has_error() {
            return self.form.value(&name).to_string();
        }
        let row = &self.tier_rows[*i];
        match part {
            "amount" => row.amount.clone(),
            "unit" => row.unit.clone(),
            _ => row.approvals.clone(),
        }
    }
}

fn tier_field(i: usize, part: &str) -> String {
    format!("tier{i}-{part}")
}

const TIER_FIELDS: [[&str; 3]; TIER_ROWS] = [
    ["tier0-amount", "tier0-unit", "tier0-approvals"],
    ["tier1-amount", "tier1-unit", "tier1-approvals"],
    ["tier2-amount", "tier2-unit", "tier2-approvals"],
];

async fn rules_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    handle: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = v.clone();
    let found = state
        .db
        .read(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let steward = match &who {
                Some(p) => store::is_steward(c, &t.id, p.id.as_str())?,
                None => false,
            };
            let (approvals, tiers) = expenses::rule_of(c, &t)?;
            let budgets = if t.owner_kind == "organization" {
                crate::budgets::with_results(c, &crate::ids::OrgId::from(t.owner_id.as_str()))?
            } else {
                Vec::new()
            };
            Ok(Found {
                stewards: store::stewards(c, &t.id)?.len(),
                consent_days: store::consent_days(c, &t.id)?,
                over_line: store::over_line_rule(c, &t.id)?,
                lines: lines::views(c, &t)?.len(),
                steward,
                approvals,
                tiers,
                budgets,
                t,
            })
        })
        .await?;
    let mut tier_rows: Vec<TierRow> = found
        .tiers
        .iter()
        .map(|t| TierRow {
            amount: t.amount.clone(),
            unit: t.unit.clone(),
            approvals: t.approvals.to_string(),
        })
        .collect();
    tier_rows.truncate(TIER_ROWS);
    while tier_rows.len() < TIER_ROWS {
        tier_rows.push(TierRow {
            amount: String::new(),
            unit: String::new(),
            approvals: String::new(),
        });
    }
    Ok(render(&RulesPage {
        chrome: state.chrome(v.as_ref(), csrf),
        handle: found.t.handle,
        steward: found.steward,
        stewards: found.stewards,
        approvals: found.approvals,
        tiers: found.tiers,
        consent_days: found.consent_days,
        over_line: found.over_line,
        tier_rows,
        budgets: found.budgets,
        lines: found.lines,
        form,
    }))
}

/// What the page reads from the store.
struct Found {
    t: TreasuryRow,
    steward: bool,
    stewards: usize,
    approvals: i64,
    tiers: Vec<Tier>,
    consent_days: Option<i64>,
    over_line: String,
    budgets: Vec<(String, String)>,
    lines: usize,
}

/// A treasury's rules and plan, and its stewards' forms.
pub async fn show(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    rules_page(&state, v, &csrf, handle, Refilled::default()).await
}

fn back(handle: &str) -> Response {
    Redirect::to(&format!("/treasuries/{handle}/rules")).into_response()
}

#[derive(Deserialize)]
pub struct ApprovalsForm {
    csrf: String,
    #[serde(default, rename = "approval-approvals")]
    approvals: String,
    #[serde(default, rename = "approval-consent")]
    consent: String,
    #[serde(default, rename = "tier0-amount")]
    tier0_amount: String,
    #[serde(default, rename = "tier0-unit")]
    tier0_unit: String,
    #[serde(default, rename = "tier0-approvals")]
    tier0_approvals: String,
    #[serde(default, rename = "tier1-amount")]
    tier1_amount: String,
    #[serde(default, rename = "tier1-unit")]
    tier1_unit: String,
    #[serde(default, rename = "tier1-approvals")]
    tier1_approvals: String,
    #[serde(default, rename = "tier2-amount")]
    tier2_amount: String,
    #[serde(default, rename = "tier2-unit")]
    tier2_unit: String,
    #[serde(default, rename = "tier2-approvals")]
    tier2_approvals: String,
}

impl ApprovalsForm {
    fn rows(&self) -> [[&str; 3]; TIER_ROWS] {
        [
            [&self.tier0_amount, &self.tier0_unit, &self.tier0_approvals],
            [&self.tier1_amount, &self.tier1_unit, &self.tier1_approvals],
            [&self.tier2_amount, &self.tier2_unit, &self.tier2_approvals],
        ]
    }
}

/// A whole number the form sent, or a 422 naming the field.
fn count(field: &'static str, given: &str) -> Result<i64, AppError> {
    given.trim().parse().map_err(|_| {
        AppError::invalid(
            "invalid_field",
            crate::error::detail!("problem-whole-number", field = field),
        )
    })
}

/// Sets the approval rule: the count, the tiers (rows with an amount), consent days.
pub async fn set_approvals(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<ApprovalsForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let h = handle.clone();
    let parsed = (|| {
        let approvals = count("approval-approvals", &f.approvals)?;
        let consent = match f.consent.trim() {
            "" => None,
            d => Some(count("approval-consent", d)?),
        };
        let mut tiers = Vec::new();
        for (i, [amount, unit, approvals]) in f.rows().into_iter().enumerate() {
            if amount.trim().is_empty() && approvals.trim().is_empty() {
                continue;
            }
            tiers.push(Tier {
                amount: amount.trim().to_string(),
                unit: match unit.trim() {
                    "" => "EUR".to_string(),
                    u => u.to_string(),
                },
                approvals: count(TIER_FIELDS[i][2], approvals)?,
            });
        }
        Ok::<_, AppError>((approvals, tiers, consent))
    })();
    let done = match parsed {
        Ok((approvals, tiers, consent)) => {
            state
                .db
                .write(move |c| {
                    let t = service::require_treasury(c, &h)?;
                    expenses::set_rule(c, &who, &t, approvals, &tiers, consent)?;
                    Ok(())
                })
                .await
        }
        Err(e) => Err(e),
    };
    match done {
        Ok(()) => Ok(back(&handle)),
        Err(e) => {
            let rows = f.rows();
            let mut entered = vec![
                ("approval-approvals", f.approvals.as_str()),
                ("approval-consent", f.consent.as_str()),
            ];
            for (i, row) in rows.iter().enumerate() {
                for (j, value) in row.iter().enumerate() {
                    entered.push((TIER_FIELDS[i][j], value));
                }
            }
            let field = |e: &AppError| approvals_field(e, &f);
            Refilled::answer_async(&entered, e, field, |form| {
                rules_page(&state, Some(me), &csrf, handle, form)
            })
            .await
        }
    }
}

/// The approval form's field a refusal is about.
fn approvals_field(e: &AppError, f: &ApprovalsForm) -> Option<&'static str> {
    match e.code {
        "invalid_field" => match e.detail.text_arg("field") {
            Some("approval-approvals") => Some("approval-approvals"),
            Some("approval-consent") => Some("approval-consent"),
            Some(_) => Some("approval-tiers"),
            None => None,
        },
        "invalid_approvals" => {
            if e.detail.text_arg("stewards").is_none() {
                // Consent days out of range, or one tier named twice.
                if e.detail.text_arg("amount").is_some() {
                    Some("approval-tiers")
                } else {
                    Some("approval-consent")
                }
            } else if e.detail.text_arg("given") == Some(f.approvals.trim()) {
                Some("approval-approvals")
            } else {
                Some("approval-tiers")
            }
        }
        "malformed_amount" | "too_many_decimals" | "amount_too_large" | "zero_leg"
        | "unknown_unit" | "negative_amount" => Some("approval-tiers"),
        _ => None,
    }
}

#[derive(Deserialize)]
pub struct OverLineForm {
    csrf: String,
    #[serde(default, rename = "over-line")]
    over_line: String,
}

/// Sets whether an approval over a budget line is flagged or refused.
pub async fn set_over_line(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<OverLineForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let (h, rule) = (handle.clone(), f.over_line.clone());
    let done = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &h)?;
            lines::set_rule(c, &who, &t, &rule)
        })
        .await;
    match done {
        Ok(_) => Ok(back(&handle)),
        Err(e) => {
            let entered = [("over-line", f.over_line.as_str())];
            let field = |e: &AppError| (e.code == "invalid_budget_line").then_some("over-line");
            Refilled::answer_async(&entered, e, field, |form| {
                rules_page(&state, Some(me), &csrf, handle, form)
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct LineForm {
    csrf: String,
    #[serde(default, rename = "line-name")]
    name: String,
    #[serde(default, rename = "line-amount")]
    amount: String,
    #[serde(default, rename = "line-unit")]
    unit: String,
    #[serde(default, rename = "line-starts")]
    starts_on: String,
    #[serde(default, rename = "line-ends")]
    ends_on: String,
    #[serde(default, rename = "line-source")]
    source: String,
}

/// The line form's field a refusal is about.
fn line_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_budget_line" => match e.detail.text_arg("field") {
            Some("name") => Some("line-name"),
            Some("amount") => Some("line-amount"),
            Some("starts_on") => Some("line-starts"),
            Some("ends_on") => Some("line-ends"),
            Some("source") => Some("line-source"),
            _ => None,
        },
        "malformed_amount" | "too_many_decimals" | "amount_too_large" | "negative_amount" => {
            Some("line-amount")
        }
        "unknown_unit" => Some("line-unit"),
        "ledger_text_too_long" | "invalid_text" => Some("line-name"),
        _ => None,
    }
}

/// Adds a budget line; the expenses' page shows it against what is spent on it.
pub async fn add_line(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<LineForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let h = handle.clone();
    let (name, amount, unit) = (f.name.clone(), f.amount.clone(), f.unit.clone());
    let (starts_on, ends_on, source) = (f.starts_on.clone(), f.ends_on.clone(), f.source.clone());
    let done = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &h)?;
            lines::add(
                c,
                &who,
                &t,
                NewLine {
                    name: &name,
                    amount: &amount,
                    unit: &unit,
                    starts_on: &starts_on,
                    ends_on: &ends_on,
                    source: &source,
                },
            )?;
            Ok(())
        })
        .await;
    match done {
        Ok(()) => Ok(Redirect::to(&format!("/treasuries/{handle}/expenses")).into_response()),
        Err(e) => {
            let entered = [
                ("line-name", f.name.as_str()),
                ("line-amount", f.amount.as_str()),
                ("line-unit", f.unit.as_str()),
                ("line-starts", f.starts_on.as_str()),
                ("line-ends", f.ends_on.as_str()),
                ("line-source", f.source.as_str()),
            ];
            Refilled::answer_async(&entered, e, line_field, |form| {
                rules_page(&state, Some(me), &csrf, handle, form)
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct FromBudgetForm {
    csrf: String,
    #[serde(default, rename = "budget-id")]
    budget: String,
    #[serde(default, rename = "budget-unit")]
    unit: String,
    #[serde(default, rename = "budget-starts")]
    starts_on: String,
    #[serde(default, rename = "budget-ends")]
    ends_on: String,
}

/// The budget form's field a refusal is about.
fn budget_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_budget_line" => match e.detail.text_arg("field") {
            Some("starts_on") => Some("budget-starts"),
            Some("ends_on") => Some("budget-ends"),
            _ => Some("budget-id"),
        },
        "malformed_amount" | "too_many_decimals" | "amount_too_large" | "unknown_unit" => {
            Some("budget-unit")
        }
        "budget_of_another_owner" | "not_found" | "budget_phase" => Some("budget-id"),
        _ => None,
    }
}

/// Adds a line per funded project of one of the owner's participatory budgets.
pub async fn lines_from_budget(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<FromBudgetForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let h = handle.clone();
    let (budget, unit) = (f.budget.clone(), f.unit.clone());
    let (starts_on, ends_on) = (f.starts_on.clone(), f.ends_on.clone());
    let done = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &h)?;
            lines::from_budget(
                c,
                &who,
                &t,
                FromBudget {
                    budget: &budget,
                    unit: &unit,
                    starts_on: &starts_on,
                    ends_on: &ends_on,
                },
            )?;
            Ok(())
        })
        .await;
    match done {
        Ok(()) => Ok(Redirect::to(&format!("/treasuries/{handle}/expenses")).into_response()),
        Err(e) => {
            let entered = [
                ("budget-id", f.budget.as_str()),
                ("budget-unit", f.unit.as_str()),
                ("budget-starts", f.starts_on.as_str()),
                ("budget-ends", f.ends_on.as_str()),
            ];
            Refilled::answer_async(&entered, e, budget_field, |form| {
                rules_page(&state, Some(me), &csrf, handle, form)
            })
            .await
        }
    }
}
