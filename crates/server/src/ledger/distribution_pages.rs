//! Pages of distributions back to contributors (no JavaScript, readable on a phone): a
//! commons treasury's distributions with the form its stewards preview one with; each
//! distribution's statement — every contributor's share as a bar drawn by the server in
//! SVG, with the same numbers, weights and contributions in a table — its approvals and
//! objections with their people and reasons, and, while it is a preview, the forms its
//! stewards approve it, object to it or discard it by; the treasury's standing distribution
//! policy, with the form its stewards set it by; and the panel on a person's page of what
//! they were paid back and are still owed.

use super::distributions::{self, NewDistribution};
use super::pages::money_minor;
use super::policies;
use super::service;
use super::store::{self, TreasuryRow};
use super::views::{self, DistributionPolicyView, DistributionView, PaidBackView};
use crate::db::DbConn;
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::actor::{Actor, MaybeViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Path};
use crate::web::panels::{Looker, Panel, Subject};
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// An amount written as decimal text by the views, as the page's language writes it.
fn shown(lang: Lang, amount: &str, unit: &str) -> String {
    super::pages::shown(lang, money_minor(amount, unit), unit)
}

async fn is_steward(
    state: &AppState,
    v: &Option<Actor>,
    t: &TreasuryRow,
) -> Result<bool, AppError> {
    let Some(p) = v.clone() else {
        return Ok(false);
    };
    let id = t.id.clone();
    state
        .db
        .read(move |c| store::is_steward(c, &id, p.id.as_str()))
        .await
}

/// A distribution as the list shows it.
struct Listed {
    view: DistributionView,
    amount: String,
}

#[derive(Template)]
#[template(path = "ledger/distributions.html")]
struct ListPage {
    chrome: Chrome,
    handle: String,
    commons: bool,
    steward: bool,
    distributions: Vec<Listed>,
    policies: [&'static str; 4],
    form: Refilled,
    standing: DistributionPolicyView,
    /// The standing parameters as indented JSON.
    standing_parameters: String,
    /// When the standing policy was set, as the page writes dates.
    standing_since: String,
    /// Who set it (`@handle`), empty when nobody did.
    standing_by: String,
    /// The form that sets the standing policy, as entered when it came back refused.
    policy_form: Refilled,
}

async fn list_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    handle: String,
    form: Refilled,
    policy_form: Refilled,
) -> Result<Response, PageError> {
    let (t, found, standing) = state
        .db
        .read(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let found: Vec<DistributionView> = store::distributions(c, &t.id)?
                .iter()
                .map(|d| views::distribution_view(c, &t, d))
                .collect::<Result<_, AppError>>()?;
            let standing = views::distribution_policy(c, &t)?;
            Ok((t, found, standing))
        })
        .await?;
    let page = crate::i18n::current();
    let standing_since = standing
        .set_at
        .map(|at| crate::i18n::formats::date(page.lang, &page.zone, at))
        .unwrap_or_default();
    let standing_parameters =
        serde_json::to_string_pretty(&standing.parameters).unwrap_or_default();
    let steward = is_steward(state, &v, &t).await?;
    let chrome = state.chrome(v.as_ref(), csrf);
    let lang = chrome.lang;
    Ok(render(&ListPage {
        distributions: found
            .into_iter()
            .map(|view| Listed {
                amount: shown(lang, &view.amount, &view.unit),
                view,
            })
            .collect(),
        chrome,
        commons: t.owner_kind == "commons",
        handle: t.handle,
        steward,
        policies: ["credrank", "equal", "hours", "equation"],
        form,
        standing_by: standing
            .set_by
            .as_deref()
            .map(|h| format!("@{h}"))
            .unwrap_or_default(),
        standing,
        standing_parameters,
        standing_since,
        policy_form,
    }))
}

/// A treasury's distributions, and the preview form for its stewards.
pub async fn list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    list_page(
        &state,
        v,
        &csrf,
        handle,
        Refilled::default(),
        Refilled::default(),
    )
    .await
}

#[derive(Deserialize)]
pub struct PreviewForm {
    csrf: String,
    #[serde(default)]
    policy: String,
    #[serde(default)]
    amount: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    since: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    memo: String,
}

/// The preview form's field a refusal is about.
fn preview_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_distribution_policy" | "no_contributors" => Some("policy"),
        "malformed_amount" | "too_many_decimals" | "amount_too_large" | "zero_leg" => {
            Some("amount")
        }
        "unknown_unit" => Some("unit"),
        "invalid_period" => match e.detail.text_arg("field") {
            Some("since") => Some("since"),
            _ => Some("until"),
        },
        "ledger_text_too_long" => Some("memo"),
        _ => None,
    }
}

/// Previews a distribution and shows it; a refusal shows the form again, filled in.
pub async fn preview(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<PreviewForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let h = handle.clone();
    let (policy, amount, unit) = (f.policy.clone(), f.amount.clone(), f.unit.clone());
    let (since, until, memo) = (f.since.clone(), f.until.clone(), f.memo.clone());
    let made = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &h)?;
            let d = distributions::preview(
                c,
                &who,
                &t,
                NewDistribution {
                    policy: Some(&policy),
                    parameters: None,
                    amount: &amount,
                    unit: &unit,
                    account: None,
                    since: Some(&since),
                    until: Some(&until),
                    memo: &memo,
                },
            )?;
            Ok(distributions::distribution_url(&t, d.number))
        })
        .await;
    match made {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(e) => {
            let entered = [
                ("policy", f.policy.as_str()),
                ("amount", f.amount.as_str()),
                ("unit", f.unit.as_str()),
                ("since", f.since.as_str()),
                ("until", f.until.as_str()),
                ("memo", f.memo.as_str()),
            ];
            Refilled::answer_async(&entered, e, preview_field, |form| {
                list_page(&state, Some(me), &csrf, handle, form, Refilled::default())
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct PolicyForm {
    csrf: String,
    #[serde(default)]
    policy: String,
    #[serde(default)]
    parameters: String,
}

/// The policy form's field a refusal is about.
fn policy_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_distribution_policy" | "not_a_commons_treasury" => Some("policy"),
        "invalid_policy_parameters" => Some("parameters"),
        _ => None,
    }
}

/// A steward sets the treasury's standing distribution policy; a refusal shows the form
/// again, filled in, beside the list.
pub async fn set_policy(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<PolicyForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let h = handle.clone();
    let (policy, parameters) = (f.policy.clone(), f.parameters.clone());
    let set = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &h)?;
            let given = if parameters.trim().is_empty() {
                None
            } else {
                let p = policies::the_policy(&policy)?;
                Some(
                    serde_json::from_str::<serde_json::Value>(&parameters)
                        .map_err(|e| policies::bad_parameters(p, &e.to_string()))?,
                )
            };
            policies::set(c, &who, &t, &policy, given.as_ref())?;
            Ok(format!("/treasuries/{}/distributions", t.handle))
        })
        .await;
    match set {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(e) => {
            let entered = [
                ("policy", f.policy.as_str()),
                ("parameters", f.parameters.as_str()),
            ];
            Refilled::answer_async(&entered, e, policy_field, |form| {
                list_page(&state, Some(me), &csrf, handle, Refilled::default(), form)
            })
            .await
        }
    }
}

/// One bar of the shares' chart, in the SVG's coordinates.
struct Bar {
    y: String,
    width: String,
    person: String,
    amount: String,
}

/// A share as the statement shows it.
struct ShareRow {
    person: String,
    amount: String,
    weight: String,
    contributions: Vec<i64>,
}

#[derive(Template)]
#[template(path = "ledger/distribution.html")]
struct StatementPage {
    chrome: Chrome,
    handle: String,
    d: DistributionView,
    amount: String,
    shares: Vec<ShareRow>,
    bars: Vec<Bar>,
    chart_height: String,
    steward: bool,
    /// What a value equation left with the treasury, as the page writes amounts (empty
    /// when nothing was left).
    undistributed: String,
    /// The parameters it was made with, as indented JSON (empty when not kept).
    parameters: String,
    /// The viewer's approval is in.
    approved: bool,
    /// The viewer's objection stands.
    objected: bool,
    /// How many approvals are in.
    approvals: i64,
    /// The viewer's approval would post it (the rule's last one, no objection standing).
    posts_now: bool,
    /// The approve and object forms, as entered when one came back refused.
    form: Refilled,
}

const BAR_HEIGHT: f64 = 22.0;
const BAR_SPACE: f64 = 170.0;

/// A distribution's statement.
pub async fn show(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(key): Path<(String, i64)>,
) -> Result<Response, PageError> {
    statement_page(&state, v, &csrf, key, Refilled::default()).await
}

async fn statement_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    (handle, number): (String, i64),
    form: Refilled,
) -> Result<Response, PageError> {
    let (t, d) = state
        .db
        .read(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let d = distributions::require_distribution(c, &t, number)?;
            let view = views::distribution_view(c, &t, &d)?;
            Ok((t, view))
        })
        .await?;
    let steward = is_steward(state, &v, &t).await?;
    let chrome = state.chrome(v.as_ref(), csrf);
    let lang = chrome.lang;
    let me = v.as_ref().map(|a| a.handle.as_str()).unwrap_or_default();
    let approved = d.approvals.iter().any(|a| a.person == me);
    let objected = d
        .objections
        .iter()
        .any(|o| o.person == me && o.withdrawn_at.is_none());
    let minor = |a: &str| money_minor(a, &d.unit);
    let largest = d
        .shares
        .iter()
        .map(|s| minor(&s.amount))
        .max()
        .unwrap_or(1)
        .max(1);
    let bars = d
        .shares
        .iter()
        .enumerate()
        .map(|(i, s)| Bar {
            y: format!("{:.1}", i as f64 * BAR_HEIGHT),
            width: format!(
                "{:.1}",
                (minor(&s.amount) as f64 / largest as f64 * BAR_SPACE).max(1.0)
            ),
            person: format!("@{}", s.person),
            amount: shown(lang, &s.amount, &d.unit),
        })
        .collect();
    let shares = d
        .shares
        .iter()
        .map(|s| ShareRow {
            person: s.person.clone(),
            amount: shown(lang, &s.amount, &d.unit),
            weight: s.weight.clone(),
            contributions: s.contributions.clone(),
        })
        .collect();
    Ok(render(&StatementPage {
        undistributed: d
            .undistributed
            .as_deref()
            .map(|u| shown(lang, u, &d.unit))
            .unwrap_or_default(),
        parameters: d
            .parameters
            .as_ref()
            .and_then(|p| serde_json::to_string_pretty(p).ok())
            .unwrap_or_default(),
        chart_height: format!("{:.1}", d.shares.len() as f64 * BAR_HEIGHT),
        amount: shown(lang, &d.amount, &d.unit),
        handle: t.handle,
        shares,
        bars,
        approvals: d.approvals.len() as i64,
        posts_now: d.approvals.len() as i64 + 1 >= d.approvals_needed
            && d.objections.iter().all(|o| o.withdrawn_at.is_some()),
        d,
        steward,
        approved,
        objected,
        form,
        chrome,
    }))
}

#[derive(Deserialize)]
pub struct DecideForm {
    csrf: String,
    /// What the steward says with their approval (optional).
    #[serde(default)]
    reason: String,
    /// Why they object (the object form; required there).
    #[serde(default)]
    objection: String,
}

/// The decision forms' field a refusal of `action` is about: the reason typed in, or the
/// decisions as they stand (a second approval, a decided distribution).
fn decide_field(action: &str, e: &AppError) -> Option<&'static str> {
    match e.code {
        "reason_required" | "ledger_text_too_long" if action == "object" => Some("objection"),
        "reason_required" | "ledger_text_too_long" => Some("reason"),
        "distribution_already_approved"
        | "distribution_objection_stands"
        | "distribution_no_objection"
        | "distribution_decided" => Some("decision"),
        _ => None,
    }
}

/// Approves (`approve`, or `post` without a reason: it posts once the treasury's rule has
/// its approvals), objects to (`object`), withdraws one's objection to (`withdraw`) or
/// discards (`discard`) a previewed distribution, then shows it; a refusal shows it with
/// the forms, the reason as entered.
pub async fn decide(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, number, action)): Path<(String, i64, String)>,
    PageForm(f): PageForm<DecideForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let h = handle.clone();
    let reason = f.reason.clone();
    let objection = f.objection.clone();
    let act = action.clone();
    let done = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &h)?;
            match act.as_str() {
                "post" | "approve" => {
                    distributions::approve(c, &who, &t, number, &reason)?;
                }
                "object" => {
                    distributions::object(c, &who, &t, number, &objection)?;
                }
                "withdraw" => {
                    distributions::withdraw_objection(c, &who, &t, number)?;
                }
                "discard" => {
                    distributions::discard(c, &who, &t, number)?;
                }
                _ => {
                    return Err(AppError::not_found(crate::error::detail!(
                        "problem-no-record"
                    )));
                }
            }
            Ok(distributions::distribution_url(&t, number))
        })
        .await;
    match done {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(e) => {
            let entered = [
                ("reason", f.reason.as_str()),
                ("objection", f.objection.as_str()),
            ];
            let field = |e: &AppError| decide_field(&action, e);
            Refilled::answer_async(&entered, e, field, |form| {
                statement_page(&state, Some(me), &csrf, (handle, number), form)
            })
            .await
        }
    }
}

/// What a person was paid back, on their page (`templates/ledger/paid_back.html`).
struct PaidBackPanel {
    view: PaidBackView,
    /// Whose page it is: they alone see the forms that ask for a payout.
    person_id: String,
}

#[derive(Template)]
#[template(path = "ledger/paid_back.html")]
struct PaidBackHtml<'a> {
    chrome: Chrome,
    /// (treasury, distribution number, amount shown, weight, url).
    shares: Vec<(&'a str, i64, String, &'a str, &'a str)>,
    /// (treasury, amount shown).
    owed: Vec<(&'a str, String)>,
    /// Whether the viewer is the person (who may ask for a payout).
    own: bool,
}

impl Panel for PaidBackPanel {
    fn render(&self, looker: &Looker) -> String {
        let chrome = crate::web::Chrome::of_panel(looker);
        let lang = chrome.lang;
        let page = PaidBackHtml {
            shares: self
                .view
                .shares
                .iter()
                .map(|s| {
                    (
                        s.treasury.as_str(),
                        s.distribution,
                        shown(lang, &s.amount, &s.unit),
                        s.weight.as_str(),
                        s.url.as_str(),
                    )
                })
                .collect(),
            owed: self
                .view
                .owed
                .iter()
                .filter(|o| money_minor(&o.amount, &o.unit) != 0)
                .map(|o| (o.treasury.as_str(), shown(lang, &o.amount, &o.unit)))
                .collect(),
            own: looker.viewer.map(|a| a.id.as_str()) == Some(self.person_id.as_str()),
            chrome,
        };
        crate::web::panel_html(&page)
    }
}

/// The panel of what a person was paid back, when they were.
pub fn paid_back_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let view = views::paid_back(c, s.id, "")?;
    if view.shares.is_empty() && view.owed.is_empty() {
        return Ok(None);
    }
    Ok(Some(Box::new(PaidBackPanel {
        view,
        person_id: s.id.to_string(),
    })))
}

#[derive(Deserialize)]
pub struct PayoutForm {
    csrf: String,
    #[serde(default)]
    amount: String,
    #[serde(default)]
    payout: String,
}

/// The person asks a treasury for what it owes them, from their page; the payout's own
/// page follows.
pub async fn claim_payout(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<PayoutForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let url = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let e = super::payouts::claim(
                c,
                &me,
                &t,
                &super::payouts::PayoutRequest {
                    amount: Some(f.amount.as_str()),
                    payout: &f.payout,
                    description: "",
                },
            )?;
            Ok(super::expenses::expense_url(&t, e.number))
        })
        .await?;
    Ok(Redirect::to(&url).into_response())
}
