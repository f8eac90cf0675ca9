//! Pages of expenses (no JavaScript, readable on a phone): a treasury's expenses with the
//! form anyone signed in submits one with (a receipt file attached); each expense with its
//! receipt, every approval and rejection with its person and reason, and the forms its
//! stewards approve, reject and pay it with, and its submitter withdraws it with. Refused
//! forms come back filled in, the refusal beside the field.
//!
//! The rest of the flow has its forms too: save as a draft beside submit; the author's
//! edit form (a new receipt attached) and submit button on a draft or an incomplete
//! expense; ask for more and mark as spam beside approve and reject; schedule beside pay;
//! object and withdraw one's objection under consent. Each expense shows its steps (who
//! moved it, when, why) and its objections. Spam leaves the list.

use super::expenses::{self, NewExpense, Receipt};
use super::pages::shown;
use super::service;
use super::store::{self, TreasuryRow};
use super::views::{self, ExpenseView};
use crate::error::{AppError, PageError, detail};
use crate::form::Refilled;
use crate::state::AppState;
use crate::web::actor::{Actor, MaybeViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Path};
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// An expense as a page shows it.
struct Shown {
    view: ExpenseView,
    amount: String,
}

fn shown_expense(chrome: &Chrome, view: ExpenseView) -> Shown {
    let minor = super::pages::money_minor(&view.amount, &view.unit);
    Shown {
        amount: shown(chrome.lang, minor, &view.unit),
        view,
    }
}

#[derive(Template)]
#[template(path = "ledger/expenses.html")]
struct ListPage {
    chrome: Chrome,
    handle: String,
    signed_in: bool,
    expenses: Vec<Shown>,
    lines: Vec<ShownLine>,
    form: Refilled,
}

/// A budget line as the expenses page (and a funded project's spending) shows it, with its
/// bar against the plan.
pub(super) struct ShownLine {
    pub(super) view: super::lines::LineView,
    pub(super) planned: String,
    pub(super) committed: String,
    pub(super) spent: String,
    pub(super) left: String,
    /// Widths in the chart (out of 200) of what is spent and committed.
    pub(super) spent_width: i64,
    pub(super) committed_width: i64,
}

pub(super) fn shown_line(chrome: &Chrome, view: super::lines::LineView) -> ShownLine {
    let minor = |a: &str| super::pages::money_minor(a, &view.unit);
    let show = |a: &str| shown(chrome.lang, minor(a), &view.unit);
    let planned = minor(&view.planned).max(1);
    let width = |m: i64| (i128::from(m.max(0)) * 200 / i128::from(planned)).min(240) as i64;
    ShownLine {
        planned: show(&view.planned),
        committed: show(&view.committed),
        spent: show(&view.spent),
        left: show(&view.left),
        spent_width: width(minor(&view.spent)),
        committed_width: width(minor(&view.committed)),
        view,
    }
}

async fn list_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    handle: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = v.clone();
    let (t, found, lines) = state
        .db
        .read(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let mut found = Vec::new();
            for e in store::expenses(c, &t.id)? {
                if !expenses::listed(&e.state) {
                    continue;
                }
                let sees = expenses::sees_private(c, who.as_ref(), &t, &e)?;
                found.push(views::expense_view(c, &t, &e, sees)?);
            }
            let lines = super::lines::views(c, &t)?;
            Ok((t, found, lines))
        })
        .await?;
    let chrome = state.chrome(v.as_ref(), csrf);
    Ok(render(&ListPage {
        expenses: found
            .into_iter()
            .map(|e| shown_expense(&chrome, e))
            .collect(),
        lines: lines.into_iter().map(|l| shown_line(&chrome, l)).collect(),
        chrome,
        handle: t.handle,
        signed_in: v.is_some(),
        form,
    }))
}

/// A treasury's expenses, and the form to submit one.
pub async fn list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    list_page(&state, v, &csrf, handle, Refilled::default()).await
}

/// What the submit form sent.
#[derive(Default)]
struct Submitted {
    csrf: String,
    title: String,
    description: String,
    amount: String,
    unit: String,
    payee: String,
    payout: String,
    private_reason: String,
    budget_line: String,
    /// The "save as a draft" button was pressed.
    draft: bool,
    receipt: Option<Receipt>,
}

fn unreadable(e: impl std::fmt::Display) -> AppError {
    AppError::new(
        StatusCode::BAD_REQUEST,
        "invalid_form",
        detail!("problem-invalid-upload", reason = e.to_string()),
    )
}

async fn read_form(mut form: Multipart) -> Result<Submitted, AppError> {
    let mut s = Submitted::default();
    while let Some(field) = form.next_field().await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::invalid(
                "invalid_expense",
                detail!("problem-expense-invalid", field = "receipt", why = "large"),
            )
        } else {
            unreadable(e)
        }
    })? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "receipt" {
            let file = field.file_name().unwrap_or_default().to_string();
            let media_type = field
                .content_type()
                .unwrap_or("application/octet-stream")
                .to_string();
            let bytes = field.bytes().await.map_err(unreadable)?.to_vec();
            if !bytes.is_empty() {
                s.receipt = Some(Receipt {
                    name: if file.is_empty() {
                        "receipt".into()
                    } else {
                        file
                    },
                    media_type,
                    bytes,
                });
            }
            continue;
        }
        let text = field.text().await.map_err(unreadable)?;
        match name.as_str() {
            "csrf" => s.csrf = text,
            "title" => s.title = text,
            "description" => s.description = text,
            "amount" => s.amount = text,
            "unit" => s.unit = text,
            "payee" => s.payee = text,
            "payout" => s.payout = text,
            "private_reason" => s.private_reason = text,
            "budget_line" => s.budget_line = text,
            "save" => s.draft = text == "draft",
            _ => {}
        }
    }
    Ok(s)
}

/// The submit form's field a refusal is about.
fn submit_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_expense" | "ledger_text_too_long" => match e.detail.text_arg("field") {
            Some("title") => Some("title"),
            Some("payee") => Some("payee"),
            Some("payout") => Some("payout"),
            Some("description") => Some("description"),
            Some("receipt_private_reason") => Some("private_reason"),
            _ => Some("receipt"),
        },
        "malformed_amount" | "too_many_decimals" | "amount_too_large" | "zero_leg" => {
            Some("amount")
        }
        "unknown_unit" => Some("unit"),
        "invalid_budget_line" => Some("budget_line"),
        _ => None,
    }
}

/// Submits an expense; a refusal shows the form again (the file must be chosen again).
pub async fn submit(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    form: Multipart,
) -> Result<Response, PageError> {
    let s = read_form(form).await?;
    csrf.verify(&s.csrf)?;
    let entered: Vec<(&'static str, String)> = vec![
        ("title", s.title.clone()),
        ("description", s.description.clone()),
        ("amount", s.amount.clone()),
        ("unit", s.unit.clone()),
        ("payee", s.payee.clone()),
        ("payout", s.payout.clone()),
        ("private_reason", s.private_reason.clone()),
        ("budget_line", s.budget_line.clone()),
    ];
    let who = me.clone();
    let h = handle.clone();
    let made = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &h)?;
            let reason = s.private_reason.trim().to_string();
            let e = expenses::submit(
                c,
                &who,
                &t,
                NewExpense {
                    title: &s.title,
                    description: &s.description,
                    amount: &s.amount,
                    unit: &s.unit,
                    payee: &s.payee,
                    payout: &s.payout,
                    receipt: s.receipt,
                    receipt_private_reason: Some(reason.as_str()),
                    budget_line: match s.budget_line.trim() {
                        "" => None,
                        n => Some(n.parse().map_err(|_| {
                            AppError::invalid(
                                "invalid_budget_line",
                                detail!(
                                    "problem-budget-line-invalid",
                                    field = "budget_line",
                                    given = n
                                ),
                            )
                        })?),
                    },
                    draft: s.draft,
                },
            )?;
            Ok(expenses::expense_url(&t, e.number))
        })
        .await;
    match made {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(e) => {
            let entered: Vec<(&str, &str)> =
                entered.iter().map(|(k, v)| (*k, v.as_str())).collect();
            Refilled::answer_async(&entered, e, submit_field, |form| {
                list_page(&state, Some(me), &csrf, handle, form)
            })
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "ledger/expense.html")]
struct ExpensePage {
    chrome: Chrome,
    handle: String,
    e: Shown,
    /// A steward who did not submit it.
    decides: bool,
    submitter: bool,
    /// The treasury's asset accounts, to pay from.
    assets: Vec<String>,
    /// The viewer's objection stands.
    objected: bool,
    /// When the consent period ends (a day), under consent.
    consent_ends: Option<String>,
    /// Today, the first day it may be scheduled for.
    today: String,
    /// Each step with its day.
    steps: Vec<(String, views::StepView)>,
    form: Refilled,
}

/// The day (UTC, `YYYY-MM-DD`) of a time in Unix milliseconds.
fn day_of(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| {
            t.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .date()
                .to_string()
        })
        .unwrap_or_default()
}

async fn expense_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    (handle, number): (String, i64),
    form: Refilled,
) -> Result<Response, PageError> {
    let who = v.clone();
    let (t, view, decides, submitter, assets) = state
        .db
        .read(move |c| {
            let t: TreasuryRow = service::require_treasury(c, &handle)?;
            let e = expenses::require_expense(c, &t, number)?;
            let sees = expenses::sees_private(c, who.as_ref(), &t, &e)?;
            let submitter = who
                .as_ref()
                .is_some_and(|w| w.id.as_str() == e.submitted_by);
            let steward = match &who {
                Some(w) => store::is_steward(c, &t.id, w.id.as_str())?,
                None => false,
            };
            let assets = store::accounts(c, &t.id)?
                .into_iter()
                .filter(|a| a.kind == "asset" && a.unit == e.unit)
                .map(|a| a.name)
                .collect();
            let view = views::expense_view(c, &t, &e, sees)?;
            Ok((t, view, steward && !submitter, submitter, assets))
        })
        .await?;
    let objected = v.as_ref().is_some_and(|me| {
        view.objections
            .iter()
            .any(|o| o.person == me.handle && o.withdrawn_at.is_none())
    });
    let chrome = state.chrome(v.as_ref(), csrf);
    Ok(render(&ExpensePage {
        objected,
        consent_ends: view.consent_ends_at.map(day_of),
        today: service::today().to_string(),
        steps: view
            .steps
            .iter()
            .map(|s| (day_of(s.at), s.clone()))
            .collect(),
        e: shown_expense(&chrome, view),
        chrome,
        handle: t.handle,
        decides,
        submitter,
        assets,
        form,
    }))
}

/// One expense.
pub async fn show(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(key): Path<(String, i64)>,
) -> Result<Response, PageError> {
    expense_page(&state, v, &csrf, key, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct ActForm {
    csrf: String,
    /// approve or reject (the verdict form).
    #[serde(default)]
    verdict: String,
    #[serde(default)]
    reason: String,
    /// The asset account (the pay form).
    #[serde(default)]
    from: String,
    /// The day of payment (the schedule form).
    #[serde(default)]
    pay_on: String,
}

fn act_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_expense" if e.detail.text_arg("field") == Some("pay_on") => Some("pay_on"),
        "reason_required" | "invalid_expense" | "ledger_text_too_long" => Some("reason"),
        "overdraft" | "not_found" | "wrong_account_kind" | "invalid_account_name" => Some("from"),
        _ => None,
    }
}

/// Decides (`verdict`: approve, reject, incomplete to ask for more, or spam), schedules
/// (`schedule`) or takes off its day (`unschedule`), pays (`pay`), withdraws (`cancel`), submits (`submit`), objects to
/// (`object`) or withdraws one's objection to (`withdraw`) an expense, then shows it.
pub async fn act(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, number, action)): Path<(String, i64, String)>,
    PageForm(f): PageForm<ActForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let h = handle.clone();
    let (verdict, reason, from) = (f.verdict.clone(), f.reason.clone(), f.from.clone());
    let pay_on = f.pay_on.clone();
    let done = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &h)?;
            match action.as_str() {
                "verdict" => match verdict.as_str() {
                    "incomplete" => {
                        expenses::ask_more(c, &who, &t, number, &reason)?;
                    }
                    "spam" => {
                        expenses::mark_spam(c, &who, &t, number, &reason)?;
                    }
                    v => {
                        expenses::vote(c, &who, &t, number, v == "approve", &reason)?;
                    }
                },
                "schedule" => {
                    expenses::schedule(c, &who, &t, number, &pay_on)?;
                }
                "unschedule" => {
                    expenses::unschedule(c, &who, &t, number, &reason)?;
                }
                "submit" => {
                    expenses::send(c, &who, &t, number)?;
                }
                "object" => {
                    expenses::object(c, &who, &t, number, &reason)?;
                }
                "withdraw" => {
                    expenses::withdraw_objection(c, &who, &t, number, "")?;
                }
                "pay" => {
                    expenses::pay(c, &who, &t, number, &from, None)?;
                }
                "cancel" => {
                    expenses::cancel(c, &who, &t, number)?;
                }
                _ => return Err(AppError::not_found(detail!("problem-no-record"))),
            }
            Ok(expenses::expense_url(&t, number))
        })
        .await;
    match done {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(e) => {
            let entered = [
                ("reason", f.reason.as_str()),
                ("from", f.from.as_str()),
                ("pay_on", f.pay_on.as_str()),
            ];
            Refilled::answer_async(&entered, e, act_field, |form| {
                expense_page(&state, Some(me), &csrf, (handle, number), form)
            })
            .await
        }
    }
}

/// The author's edit of a draft or an incomplete expense (multipart, a new receipt
/// attached or not); a refusal shows the expense with the form filled in.
pub async fn edit(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, number)): Path<(String, i64)>,
    form: Multipart,
) -> Result<Response, PageError> {
    let s = read_form(form).await?;
    csrf.verify(&s.csrf)?;
    let entered: Vec<(&'static str, String)> = vec![
        ("title", s.title.clone()),
        ("description", s.description.clone()),
        ("amount", s.amount.clone()),
        ("payee", s.payee.clone()),
        ("payout", s.payout.clone()),
        ("private_reason", s.private_reason.clone()),
    ];
    let who = me.clone();
    let h = handle.clone();
    let done = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &h)?;
            let reason = s.private_reason.trim().to_string();
            expenses::edit(
                c,
                &who,
                &t,
                number,
                expenses::ExpenseEdit {
                    title: &s.title,
                    description: &s.description,
                    amount: &s.amount,
                    payee: &s.payee,
                    payout: &s.payout,
                    receipt: s.receipt,
                    receipt_private_reason: Some(reason.as_str()),
                },
            )?;
            Ok(expenses::expense_url(&t, number))
        })
        .await;
    match done {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(e) => {
            let entered: Vec<(&str, &str)> =
                entered.iter().map(|(k, v)| (*k, v.as_str())).collect();
            Refilled::answer_async(&entered, e, submit_field, |form| {
                expense_page(&state, Some(me), &csrf, (handle, number), form)
            })
            .await
        }
    }
}
