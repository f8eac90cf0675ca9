//! HTML pages of what is owed to the commons, without JavaScript: a commons' dues and one
//! due (with the form its treasury's stewards record the payment with), a phyle's
//! standing — pledged against paid per period, as a chart and a table — with its admins'
//! forms for the pledges and the surplus, and the forms on a determination's page that
//! accept its fee and lift a breach. A refused form comes back as entered.

use super::dues::{self, PaymentInput, PledgeInput, PledgesInput, SurplusInput};
use super::dues_views::{self, DueView, StandingView};
use super::pages::{act_with_reason, money_words};
use super::service;
use crate::db::now_ms;
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::actor::{MaybeViewer, Viewer};
use crate::web::csrf::{CsrfOnly, CsrfToken};
use crate::web::extract::{PageForm, Path};
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// The party accepts the fee its determination named, from its page.
pub async fn accept(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let (c, due) = state
        .db
        .write(move |c| dues::accept_fee(c, &who, &id, now_ms()))
        .await?;
    Ok(Redirect::to(&dues::due_url(&c, due.number)).into_response())
}

#[derive(Deserialize)]
pub struct LiftForm {
    csrf: String,
    #[serde(default, rename = "lift-reason")]
    reason: String,
}

/// A maintainer lifts a breach, from the determination's page.
pub async fn lift(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<LiftForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    act_with_reason(
        state,
        me,
        csrf,
        id,
        "lift-reason",
        f.reason,
        |c, who, id, why, now| service::lift(c, who, id, why, now).map(|_| ()),
    )
    .await
}

/// A due as a page shows it: its view and its amount in the reader's words.
struct Line {
    d: DueView,
    amount: String,
}

fn line(lang: Lang, d: DueView) -> Line {
    Line {
        amount: money_words(lang, &d.amount),
        d,
    }
}

#[derive(Template)]
#[template(path = "coalition/dues.html")]
struct ListPage {
    chrome: Chrome,
    commons: String,
    items: Vec<Line>,
    owed: usize,
}

/// `/commons/{handle}/dues`: what is owed to the commons, and what was paid.
pub async fn list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    let lang = crate::i18n::current().lang;
    let h = handle.clone();
    let items = state
        .db
        .read(move |c| {
            let commons = crate::commons::require_commons(c, &h)?;
            dues_views::dues_of(c, &commons)
        })
        .await?;
    Ok(render(&ListPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        commons: handle,
        owed: items.iter().filter(|d| d.state == "owed").count(),
        items: items.into_iter().map(|d| line(lang, d)).collect(),
    }))
}

#[derive(Template)]
#[template(path = "coalition/due.html")]
struct DuePage {
    chrome: Chrome,
    x: Line,
    /// Whether the viewer is a steward of the commons' treasury (and so records payments).
    steward: bool,
    form: Refilled,
}

async fn due_page(
    state: &AppState,
    v: Option<crate::web::actor::Actor>,
    csrf: &CsrfToken,
    handle: String,
    number: i64,
    form: Refilled,
) -> Result<Response, PageError> {
    let lang = crate::i18n::current().lang;
    let who = v.clone();
    let (d, steward) = state
        .db
        .read(move |c| {
            let commons = crate::commons::require_commons(c, &handle)?;
            let d = dues_views::due_of(c, &commons, number)?;
            let steward = match (&who, &d.treasury) {
                (Some(a), Some(t)) => crate::ledger::is_steward(c, t, a.id.as_str())?,
                _ => false,
            };
            Ok((d, steward))
        })
        .await?;
    Ok(render(&DuePage {
        chrome: state.chrome(v.as_ref(), csrf),
        x: line(lang, d),
        steward,
        form,
    }))
}

/// `/commons/{handle}/dues/{number}`: one due, and the stewards' payment form.
pub async fn show(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Response, PageError> {
    due_page(&state, v, &csrf, handle, number, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct PaymentForm {
    csrf: String,
    #[serde(default)]
    into: String,
    #[serde(default)]
    reference: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    distribute_by: String,
}

fn payment_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "not_found" | "wrong_account_kind" | "mixed_units" | "invalid_account_name" => Some("into"),
        "invalid_date" => Some("date"),
        "ledger_text_too_long" => Some("reference"),
        "invalid_distribution_policy" => Some("distribute_by"),
        _ => None,
    }
}

/// A steward records that a due was paid, from its page.
pub async fn pay(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, number)): Path<(String, i64)>,
    PageForm(f): PageForm<PaymentForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let input = PaymentInput {
        into: Some(f.into.clone()),
        reference: f.reference.clone(),
        date: Some(f.date.clone()),
        distribute_by: Some(f.distribute_by.clone()),
    };
    let (who, h) = (me.clone(), handle.clone());
    let done = state
        .db
        .write(move |c| dues::record_payment(c, &who, &h, number, &input, now_ms()))
        .await;
    match done {
        Ok((c, due, _)) => Ok(Redirect::to(&dues::due_url(&c, due.number)).into_response()),
        Err(e) => {
            let entered = [
                ("into", f.into.as_str()),
                ("reference", f.reference.as_str()),
                ("date", f.date.as_str()),
                ("distribute_by", f.distribute_by.as_str()),
            ];
            Refilled::answer_async(&entered, e, payment_field, |form| {
                due_page(&state, Some(me), &csrf, handle, number, form)
            })
            .await
        }
    }
}

/// One bar pair of the standing's chart, in the SVG's coordinates.
struct Bar {
    x: String,
    pledged_y: String,
    pledged_h: String,
    paid_x: String,
    paid_y: String,
    paid_h: String,
    label: String,
}

/// A period's row of the table, in the reader's words.
struct PeriodLine {
    from: String,
    until: String,
    surplus: String,
    pledged: String,
    paid: String,
}

#[derive(Template)]
#[template(path = "coalition/standing.html")]
struct StandingPage {
    chrome: Chrome,
    s: StandingView,
    periods: Vec<PeriodLine>,
    totals: Vec<(String, String)>,
    bars: Vec<Bar>,
    bar_width: String,
    dues: Vec<Line>,
    /// Whether the viewer is an admin of the phyle (and so sets its pledges).
    admin: bool,
    /// The pledges as the form shows them, one per line.
    pledges_text: String,
    form: Refilled,
}

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 150.0;
/// Periods the chart shows, the latest.
const CHART_PERIODS: usize = 8;

fn bars(s: &StandingView) -> (Vec<Bar>, f64) {
    let unit = s.totals.first().map(|t| t.currency.clone());
    let list: Vec<_> = s
        .periods
        .iter()
        .filter(|p| unit.as_deref().is_some_and(|u| p.surplus.ends_with(u)))
        .collect();
    let recent = &list[list.len().saturating_sub(CHART_PERIODS)..];
    let top = recent
        .iter()
        .map(|p| p.pledged_minor.max(p.paid_minor))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let slot = WIDTH / recent.len().max(1) as f64;
    let w = slot * 0.35;
    let bars = recent
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let left = slot * i as f64 + slot * 0.15;
            let ph = HEIGHT * p.pledged_minor as f64 / top;
            let qh = HEIGHT * p.paid_minor as f64 / top;
            Bar {
                x: format!("{left:.1}"),
                pledged_y: format!("{:.1}", HEIGHT - ph),
                pledged_h: format!("{ph:.1}"),
                paid_x: format!("{:.1}", left + w),
                paid_y: format!("{:.1}", HEIGHT - qh),
                paid_h: format!("{qh:.1}"),
                label: p.from.get(..7).unwrap_or(&p.from).to_string(),
            }
        })
        .collect();
    (bars, w)
}

async fn standing_page(
    state: &AppState,
    v: Option<crate::web::actor::Actor>,
    csrf: &CsrfToken,
    handle: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let lang = crate::i18n::current().lang;
    let who = v.clone();
    let (s, admin) = state
        .db
        .read(move |c| {
            let s = dues_views::standing(c, &handle)?;
            let admin = match &who {
                Some(a) => {
                    let org = crate::accounts::require_org(c, &s.organization)?;
                    crate::accounts::is_org_admin(c, &org, &a.id)?
                }
                None => false,
            };
            Ok((s, admin))
        })
        .await?;
    let (bars, w) = bars(&s);
    let periods = s
        .periods
        .iter()
        .rev()
        .map(|p| PeriodLine {
            from: p.from.clone(),
            until: p.until.clone(),
            surplus: money_words(lang, &p.surplus),
            pledged: money_words(lang, &p.pledged),
            paid: money_words(lang, &p.paid),
        })
        .collect();
    let totals = s
        .totals
        .iter()
        .map(|t| (money_words(lang, &t.pledged), money_words(lang, &t.paid)))
        .collect();
    let pledges_text = s
        .pledges
        .iter()
        .map(|p| format!("{} {}", p.commons, p.share))
        .collect::<Vec<_>>()
        .join("\n");
    Ok(render(&StandingPage {
        chrome: state.chrome(v.as_ref(), csrf),
        periods,
        totals,
        bars,
        bar_width: format!("{w:.1}"),
        dues: s.dues.iter().cloned().map(|d| line(lang, d)).collect(),
        s,
        admin,
        pledges_text,
        form,
    }))
}

/// `/orgs/{handle}/standing`: a phyle's pledges, pledged against paid.
pub async fn standing(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    standing_page(&state, v, &csrf, handle, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct PledgesForm {
    csrf: String,
    #[serde(default)]
    pledges: String,
}

fn pledges_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_share"
        | "shares_over_whole"
        | "duplicate_pledge"
        | "not_found"
        | "commons_without_treasury"
        | "invalid_pledges" => Some("pledges"),
        _ => None,
    }
}

/// Reads the pledges' lines: `COMMONS SHARE`, one per line.
fn read_pledges(text: &str) -> Result<PledgesInput, AppError> {
    let mut pledges = Vec::new();
    for (i, l) in text.lines().enumerate() {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        let Some((commons, share)) = l.split_once(char::is_whitespace) else {
            return Err(AppError::invalid(
                "invalid_pledges",
                crate::error::detail!("problem-coalition-pledge-line", line = (i + 1).to_string()),
            ));
        };
        pledges.push(PledgeInput {
            commons: commons.to_string(),
            share: share.trim().to_string(),
        });
    }
    Ok(PledgesInput { pledges })
}

/// A phyle's admin sets its pledges, from its standing page.
pub async fn set_pledges(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<PledgesForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (who, h, text) = (me.clone(), handle.clone(), f.pledges.clone());
    let done = state
        .db
        .write(move |c| {
            let input = read_pledges(&text)?;
            dues::set_pledges(c, &who, &h, &input, now_ms())
        })
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/orgs/{handle}/standing")).into_response()),
        Err(e) => {
            let entered = [("pledges", f.pledges.as_str())];
            Refilled::answer_async(&entered, e, pledges_field, |form| {
                standing_page(&state, Some(me), &csrf, handle, form)
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct SurplusForm {
    csrf: String,
    #[serde(default, rename = "surplus-from")]
    from: String,
    #[serde(default, rename = "surplus-until")]
    until: String,
    #[serde(default, rename = "surplus-amount")]
    amount: String,
}

fn surplus_field(e: &AppError) -> Option<&'static str> {
    match (e.code, e.detail.text_arg("field")) {
        ("invalid_day", Some("until")) | ("empty_span", _) => Some("surplus-until"),
        ("invalid_day", _) | ("surplus_period_taken", _) => Some("surplus-from"),
        (
            "malformed_amount" | "unknown_unit" | "not_a_currency" | "too_many_decimals"
            | "amount_too_large" | "negative_amount",
            _,
        ) => Some("surplus-amount"),
        _ => None,
    }
}

/// A phyle's admin declares its surplus for a period, from its standing page.
pub async fn declare_surplus(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<SurplusForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let input = SurplusInput {
        from: f.from.clone(),
        until: f.until.clone(),
        amount: f.amount.clone(),
    };
    let (who, h) = (me.clone(), handle.clone());
    let done = state
        .db
        .write(move |c| dues::declare_surplus(c, &who, &h, &input, now_ms()))
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/orgs/{handle}/standing")).into_response()),
        Err(e) => {
            let entered = [
                ("surplus-from", f.from.as_str()),
                ("surplus-until", f.until.as_str()),
                ("surplus-amount", f.amount.as_str()),
            ];
            Refilled::answer_async(&entered, e, surplus_field, |form| {
                standing_page(&state, Some(me), &csrf, handle, form)
            })
            .await
        }
    }
}

/// The panel on a phyle's page: its pledges and how they stand.
struct StandingPanel {
    url: String,
    pledges: Vec<(String, String)>,
    totals: Vec<String>,
}

#[derive(Template)]
#[template(path = "coalition/standing_panel.html")]
struct StandingPanelHtml<'a> {
    chrome: Chrome,
    p: &'a StandingPanel,
}

impl crate::web::panels::Panel for StandingPanel {
    fn render(&self, looker: &crate::web::panels::Looker) -> String {
        let page = StandingPanelHtml {
            chrome: crate::web::Chrome::of_panel(looker),
            p: self,
        };
        crate::web::panel_html(&page)
    }
}

/// The standing panel of a phyle's page (none for other organizations).
pub fn standing_panel(
    c: &mut crate::db::DbConn,
    s: &crate::web::panels::Subject,
) -> Result<Option<Box<dyn crate::web::panels::Panel>>, AppError> {
    // Every organization's page asks: only a phyle's reads its pledges and dues.
    let handle = crate::accounts::org_handle(c, &crate::ids::OrgId(s.id.to_string()))?;
    let (.., kind) = crate::accounts::org_profile(c, &handle)?;
    if kind != crate::accounts::OrgKind::Phyle {
        return Ok(None);
    }
    let v = dues_views::standing(c, &handle)?;
    let lang = crate::i18n::current().lang;
    Ok(Some(Box::new(StandingPanel {
        url: s.url.to_string(),
        pledges: v
            .pledges
            .into_iter()
            .map(|p| (p.commons, p.share))
            .collect(),
        totals: v
            .totals
            .iter()
            .map(|t| {
                crate::i18n::text(
                    lang,
                    "coalition-standing-total",
                    &[
                        ("pledged", money_words(lang, &t.pledged).into()),
                        ("paid", money_words(lang, &t.paid).into()),
                    ],
                )
            })
            .collect(),
    })))
}
