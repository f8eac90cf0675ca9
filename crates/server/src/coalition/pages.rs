//! HTML pages of the coalition, without JavaScript: a commons' licence policy clause by
//! clause (with its maintainers' form to set it), the form that asks whether one may use
//! the commons (refused, it comes back as entered with the refusal beside its field), a
//! determination in words — its outcome, the clauses and facts that decided, the fee —
//! and a commons' determinations; and the panel on the commons' page that leads there.

use super::model::{CreditInput, FeeInput, PolicyInput};
use super::service::{self, FactsInput, Question};
use super::views::{self, DeterminationView, PolicyView};
use crate::db::{DbConn, now_ms};
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::actor::{Actor, MaybeViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Path};
use crate::web::paging::{Page, Paging};
use crate::web::panels::{Looker, Panel, Subject};
use crate::web::{Chrome, human_time, render};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use commonfare_value::money::Money;
use serde::Deserialize;

/// Money as the reader's language writes it (`18 000,00 €`), or the text as it came.
pub(super) fn money_words(lang: Lang, text: &str) -> String {
    text.parse::<Money>()
        .ok()
        .and_then(|m| crate::i18n::formats::amount(lang, &m))
        .unwrap_or_else(|| text.to_string())
}

/// A fact's value in words.
fn fact_value(lang: Lang, name: &str, v: &super::model::FactValue) -> String {
    let v = serde_json::to_value(v).unwrap_or(serde_json::Value::Null);
    match &v {
        serde_json::Value::Bool(true) => crate::i18n::text(lang, "coalition-yes", &[]),
        serde_json::Value::Bool(false) => crate::i18n::text(lang, "coalition-no", &[]),
        serde_json::Value::Number(n) => n
            .as_i64()
            .map(|n| crate::i18n::formats::number(lang, n))
            .unwrap_or_else(|| n.to_string()),
        serde_json::Value::String(s) if name == "organization_kind" => {
            crate::i18n::text(lang, "org-kind", &[("kind", s.clone().into())])
        }
        serde_json::Value::String(s) if name == "hours_of_work" => {
            let hours = s.split_whitespace().next().unwrap_or(s);
            crate::i18n::text(
                lang,
                "coalition-hours",
                &[("hours", hours.to_string().into())],
            )
        }
        serde_json::Value::String(s) => money_words(lang, s),
        other => other.to_string(),
    }
}

/// A fact's name in words.
fn fact_name(lang: Lang, name: &str) -> String {
    crate::i18n::text(lang, "coalition-fact", &[("fact", name.to_string().into())])
}

/// One fact of a determination as the page shows it.
pub struct FactLine {
    pub name: String,
    pub value: String,
    pub declared: bool,
}

/// A determination as its page and lists show it: the view, with its words.
pub struct Shown {
    pub d: DeterminationView,
    pub decided: String,
    pub expires: String,
    pub facts: Vec<FactLine>,
    pub missing: Vec<String>,
    pub contradictions: Vec<String>,
    /// What changed since, in words (empty when nothing did).
    pub changed: String,
    pub fee: Option<String>,
    pub gross: Option<String>,
    pub credit: Option<String>,
}

fn shown(lang: Lang, d: DeterminationView) -> Shown {
    let at = |s: &str| {
        s.parse::<jiff::Timestamp>()
            .map(|t| human_time(t.as_millisecond()))
            .unwrap_or_default()
    };
    let facts = d
        .facts_order
        .iter()
        .filter_map(|name| Some((name, d.facts_used.get(name)?)))
        .map(|(name, f)| FactLine {
            name: fact_name(lang, name),
            value: fact_value(lang, name, &f.value),
            declared: f.source == super::model::Source::Declared,
        })
        .collect();
    let missing = d.missing.iter().map(|m| fact_name(lang, m)).collect();
    let contradictions = d
        .contradictions
        .iter()
        .map(|x| {
            crate::i18n::text(
                lang,
                "coalition-contradiction",
                &[
                    ("fact", fact_name(lang, &x.fact).into()),
                    ("declared", fact_value(lang, &x.fact, &x.declared).into()),
                    ("known_fact", fact_name(lang, &x.known_fact).into()),
                    ("known", fact_value(lang, &x.known_fact, &x.known).into()),
                ],
            )
        })
        .collect();
    let changed = if d.changed_since.is_empty() {
        String::new()
    } else {
        let what: Vec<String> = d
            .changed_since
            .iter()
            .map(|w| {
                crate::i18n::text(
                    lang,
                    "coalition-changed-what",
                    &[("what", w.clone().into())],
                )
            })
            .collect();
        crate::i18n::text(
            lang,
            "coalition-changed",
            &[("what", what.join(", ").into())],
        )
    };
    Shown {
        changed,
        decided: at(&d.decided_at),
        expires: at(&d.expires_at),
        facts,
        missing,
        contradictions,
        fee: d.fee.as_deref().map(|f| money_words(lang, f)),
        gross: d.fee_detail.as_ref().map(|f| money_words(lang, &f.gross)),
        credit: d.fee_detail.as_ref().map(|f| money_words(lang, &f.credit)),
        d,
    }
}

#[derive(Template)]
#[template(path = "coalition/determination.html")]
struct DeterminationPage {
    chrome: Chrome,
    s: Shown,
    /// Whether the viewer maintains the commons (and so may end the rights it gave).
    maintainer: bool,
    terminated_at: String,
    form: Refilled,
    /// The fee accepted under it, if any.
    due: Option<super::dues_views::DueView>,
    due_amount: String,
    /// Whether the viewer may accept its fee now (its party, a fee named, not expired,
    /// not accepted yet).
    may_accept: bool,
    /// Whether the viewer may lift a breach standing against its party.
    liftable: bool,
    /// What other domains show on a determination's page (its comments).
    panels: Vec<String>,
}

pub(super) async fn determination_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let lang = crate::i18n::current().lang;
    let who = v.clone();
    let panels = state.panels.clone();
    let (d, maintainer, due, party, loaded) = state
        .db
        .read(move |c| {
            let row = service::require_determination(c, &id)?;
            let url = format!("/determinations/{}", row.id);
            let loaded = panels.load(c, "determination", &row.id, &url)?;
            let commons = crate::commons::require_by_id(c, &row.commons_id)?;
            let maintainer = match &who {
                Some(a) => service::require_maintainer(c, a, &commons).is_ok(),
                None => false,
            };
            let party = match (&who, &row.organization_id) {
                (Some(a), Some(o)) => {
                    crate::accounts::is_org_member(c, &crate::ids::OrgId(o.clone()), &a.id)?
                }
                (Some(a), None) => a.id.as_str() == row.asked_by,
                (None, _) => false,
            };
            let due = super::dues_views::fee_of(c, &commons, &row.id)?;
            Ok((
                views::determination(c, lang, row, now_ms())?,
                maintainer,
                due,
                party,
                loaded,
            ))
        })
        .await?;
    let may_accept = party
        && due.is_none()
        && d.fee.is_some()
        && d.current
        && d.outcome == super::model::Outcome::PermittedWithFee;
    let liftable =
        maintainer && (d.terminated.is_some() || d.outcome == super::model::Outcome::Terminated);
    let due_amount = due
        .as_ref()
        .map(|x| money_words(lang, &x.amount))
        .unwrap_or_default();
    let terminated_at = d
        .terminated
        .as_ref()
        .and_then(|t| t.at.parse::<jiff::Timestamp>().ok())
        .map(|t| human_time(t.as_millisecond()))
        .unwrap_or_default();
    Ok(render(&DeterminationPage {
        chrome: state.chrome(v.as_ref(), csrf),
        s: shown(lang, d),
        maintainer,
        terminated_at,
        due,
        due_amount,
        may_accept,
        liftable,
        panels: loaded.render(&crate::web::panels::Looker {
            viewer: v.as_ref(),
            csrf: &csrf.0,
            form: Some(&form),
        }),
        form,
    }))
}

/// A determination's page with a form of one of its panels refused, as entered (a
/// comment that discussion refused comes back beside its refusal).
pub async fn determination_page_with(
    state: &AppState,
    me: Actor,
    csrf: &CsrfToken,
    id: String,
    form: Refilled,
) -> Result<Response, PageError> {
    determination_page(state, Some(me), csrf, id, form).await
}

/// `/determinations/{id}`: the answer in words.
pub async fn determination(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    determination_page(&state, v, &csrf, id, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct BreachForm {
    csrf: String,
    #[serde(default)]
    reason: String,
}

/// A maintainer's act on a determination with a reason (ending rights, lifting a
/// breach), from its page: done, back to the page; refused, the page again with the
/// reason as entered under its field's name.
pub(super) async fn act_with_reason(
    state: AppState,
    me: Actor,
    csrf: CsrfToken,
    id: String,
    field: &'static str,
    reason: String,
    act: fn(&mut DbConn, &Actor, &str, &str, i64) -> Result<(), AppError>,
) -> Result<Response, PageError> {
    let (who, did, why) = (me.clone(), id.clone(), reason.clone());
    let done = state
        .db
        .write(move |c| act(c, &who, &did, &why, now_ms()))
        .await;
    match done {
        Ok(()) => Ok(Redirect::to(&format!("/determinations/{id}")).into_response()),
        Err(e) => {
            let entered = [(field, reason.as_str())];
            let named = move |e: &AppError| match (e.code, e.detail.text_arg("field")) {
                ("missing_field" | "too_long" | "invalid_field", Some("reason")) => Some(field),
                _ => None,
            };
            Refilled::answer_async(&entered, e, named, |form| {
                determination_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

/// A maintainer ends the rights a determination gave, from its page.
pub async fn terminate(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<BreachForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    act_with_reason(
        state,
        me,
        csrf,
        id,
        "reason",
        f.reason,
        |c, who, id, why, now| service::terminate(c, who, id, why, now).map(|_| ()),
    )
    .await
}

#[derive(Template)]
#[template(path = "coalition/determinations.html")]
struct ListPage {
    chrome: Chrome,
    commons: String,
    items: Vec<Shown>,
    next: Option<String>,
}

/// `/commons/{handle}/determinations`: who asked, and what they were told.
pub async fn list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    paging: Paging,
) -> Result<Response, PageError> {
    let lang = crate::i18n::current().lang;
    let h = handle.clone();
    let page: Page<DeterminationView> = state
        .db
        .read(move |c| {
            let commons = crate::commons::require_commons(c, &h)?;
            views::determinations_page(c, lang, &commons, &paging, now_ms())
        })
        .await?;
    Ok(render(&ListPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        commons: handle,
        next: page.next.clone(),
        items: page.items.into_iter().map(|d| shown(lang, d)).collect(),
    }))
}

/// A fee schedule and credit in words.
fn schedule_words(lang: Lang, p: &PolicyView) -> (Option<String>, Option<String>) {
    let fee = p.fee.as_ref().map(|f| match f.schedule.as_str() {
        "flat" => crate::i18n::text(
            lang,
            "coalition-fee-flat",
            &[(
                "amount",
                money_words(lang, f.amount.as_deref().unwrap_or_default()).into(),
            )],
        ),
        "per_unit" => crate::i18n::text(
            lang,
            "coalition-fee-per-unit",
            &[
                (
                    "amount",
                    money_words(lang, f.amount.as_deref().unwrap_or_default()).into(),
                ),
                ("unit", f.unit_name.clone().unwrap_or_default().into()),
            ],
        ),
        _ => crate::i18n::text(
            lang,
            "coalition-fee-revenue-share",
            &[(
                "share",
                crate::i18n::formats::percent(lang, f.basis_points.unwrap_or(0)).into(),
            )],
        ),
    });
    let credit = p.credit.as_ref().map(|c| {
        crate::i18n::text(
            lang,
            "coalition-credit",
            &[
                (
                    "contribution",
                    money_words(lang, &c.per_contribution).into(),
                ),
                ("hour", money_words(lang, &c.per_hour).into()),
            ],
        )
    });
    (fee, credit)
}

#[derive(Template)]
#[template(path = "coalition/policy.html")]
struct PolicyPage {
    chrome: Chrome,
    p: PolicyView,
    /// Who set it and when, in words (empty when it follows the licence).
    set_line: String,
    fee: Option<String>,
    credit: Option<String>,
    text_html: String,
    maintainer: bool,
    recent: Vec<Shown>,
    form: Refilled,
    /// The form's first values: the policy in force.
    fee_schedule: String,
    fee_amount: String,
    basis_points: String,
    currency: String,
    unit_name: String,
    per_contribution: String,
    per_hour: String,
    expression: String,
    custom_title: String,
    custom_text: String,
    custom_commercial: String,
}

async fn policy_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    handle: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let lang = crate::i18n::current().lang;
    let who = v.clone();
    let (p, maintainer, recent) = state
        .db
        .read(move |c| {
            let commons = crate::commons::require_commons(c, &handle)?;
            let (p, _) = views::policy(c, lang, &commons)?;
            let maintainer = match &who {
                Some(a) => service::require_maintainer(c, a, &commons).is_ok(),
                None => false,
            };
            let paging = Paging::first(10, &format!("/commons/{}/determinations", commons.handle));
            let recent = views::determinations_page(c, lang, &commons, &paging, now_ms())?;
            Ok((p, maintainer, recent.items))
        })
        .await?;
    let (fee, credit) = schedule_words(lang, &p);
    let f = p.fee.as_ref();
    let amount_number = |a: Option<&String>| a.cloned().unwrap_or_default();
    Ok(render(&PolicyPage {
        chrome: state.chrome(v.as_ref(), csrf),
        set_line: match (&p.set_by, &p.set_at) {
            (Some(who), Some(at)) => crate::i18n::text(
                lang,
                "coalition-policy-set-by",
                &[
                    ("who", who.clone().into()),
                    (
                        "when",
                        at.parse::<jiff::Timestamp>()
                            .map(|t| human_time(t.as_millisecond()))
                            .unwrap_or_default()
                            .into(),
                    ),
                ],
            ),
            _ => String::new(),
        },
        custom_title: p.title.clone().unwrap_or_default(),
        custom_text: p.text.clone().unwrap_or_default(),
        custom_commercial: p
            .commercial
            .clone()
            .unwrap_or_else(|| "commons_based_only".into()),
        fee,
        credit,
        text_html: p
            .text
            .as_deref()
            .and_then(crate::markdown::render)
            .unwrap_or_default(),
        maintainer,
        recent: recent.into_iter().map(|d| shown(lang, d)).collect(),
        form,
        fee_schedule: f
            .map(|f| f.schedule.clone())
            .unwrap_or_else(|| "revenue_share".into()),
        fee_amount: amount_number(f.and_then(|f| f.amount.as_ref())),
        basis_points: f
            .and_then(|f| f.basis_points)
            .map(|b| b.to_string())
            .unwrap_or_default(),
        currency: f
            .map(|f| f.currency.clone())
            .unwrap_or_else(|| "EUR".into()),
        unit_name: f.and_then(|f| f.unit_name.clone()).unwrap_or_default(),
        per_contribution: p
            .credit
            .as_ref()
            .map(|c| c.per_contribution.clone())
            .unwrap_or_default(),
        per_hour: p
            .credit
            .as_ref()
            .map(|c| c.per_hour.clone())
            .unwrap_or_default(),
        expression: if p.policy == "spdx" {
            p.licence.clone()
        } else {
            String::new()
        },
        p,
    }))
}

/// `/commons/{handle}/licence-policy`: the policy clause by clause.
pub async fn policy(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    policy_page(&state, v, &csrf, handle, Refilled::default()).await
}

/// The maintainers' form: every field of every policy; those of the policy chosen are
/// read, the others left aside.
#[derive(Deserialize)]
pub struct PolicyForm {
    csrf: String,
    #[serde(default)]
    policy: String,
    #[serde(default)]
    expression: String,
    #[serde(default)]
    fee_schedule: String,
    #[serde(default)]
    fee_amount: String,
    #[serde(default)]
    basis_points: String,
    #[serde(default)]
    currency: String,
    #[serde(default)]
    unit_name: String,
    #[serde(default)]
    per_contribution: String,
    #[serde(default)]
    per_hour: String,
    #[serde(default)]
    period_days: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    commercial: String,
}

fn some(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

/// A whole number typed in a form; what does not read as one is passed on as a number
/// the model refuses with its reason (`0` basis points, `0` days).
fn whole(s: &str) -> Option<i64> {
    let s = s.trim();
    if s.is_empty() {
        None
    } else {
        Some(s.parse().unwrap_or(0))
    }
}

impl PolicyForm {
    fn input(&self) -> PolicyInput {
        let mut input = PolicyInput {
            policy: self.policy.trim().to_string(),
            ..PolicyInput::default()
        };
        match input.policy.as_str() {
            "spdx" => input.expression = Some(self.expression.trim().to_string()),
            "copyfair" => {
                let schedule = self.fee_schedule.trim().to_string();
                let mut fee = FeeInput {
                    schedule: schedule.clone(),
                    ..FeeInput::default()
                };
                match schedule.as_str() {
                    "flat" => fee.amount = Some(self.fee_amount.trim().to_string()),
                    "per_unit" => {
                        fee.amount = Some(self.fee_amount.trim().to_string());
                        fee.unit_name = Some(self.unit_name.trim().to_string());
                    }
                    _ => {
                        fee.basis_points = Some(whole(&self.basis_points).unwrap_or(0));
                        fee.currency = Some(self.currency.trim().to_string());
                    }
                }
                input.fee = Some(fee);
                let (c, h) = (some(&self.per_contribution), some(&self.per_hour));
                if c.is_some() || h.is_some() {
                    input.credit = Some(CreditInput {
                        per_contribution: c,
                        per_hour: h,
                    });
                }
                input.period_days = whole(&self.period_days);
            }
            "custom" => {
                input.title = Some(self.title.clone());
                input.text = Some(self.text.clone());
                input.commercial = Some(self.commercial.trim().to_string());
            }
            _ => {}
        }
        input
    }
}

/// The field of the policy form a refusal is about.
fn policy_field(e: &AppError) -> Option<&'static str> {
    let field = |f: Option<&str>| -> Option<&'static str> {
        Some(match f? {
            "expression" => "expression",
            "amount" => "fee_amount",
            "basis_points" => "basis_points",
            "currency" => "currency",
            "unit_name" => "unit_name",
            "per_contribution" => "per_contribution",
            "per_hour" => "per_hour",
            "title" => "title",
            "text" => "text",
            "commercial" => "commercial",
            _ => return None,
        })
    };
    match e.code {
        "invalid_licence" => Some("expression"),
        "invalid_fee_schedule" => {
            let reason = e.detail.detail_arg("reason");
            let key = reason.map(|r| r.key()).unwrap_or_default();
            match key {
                "problem-coalition-period" => Some("period_days"),
                "problem-coalition-unknown-schedule" => Some("fee_schedule"),
                "problem-coalition-unit-name" => Some("unit_name"),
                "problem-coalition-basis-points" => Some("basis_points"),
                _ => field(reason.and_then(|r| r.text_arg("field"))).or(Some("fee_schedule")),
            }
        }
        "invalid_policy" => {
            let reason = e.detail.detail_arg("reason");
            if reason.map(|r| r.key()) == Some("problem-coalition-custom-commercial") {
                return Some("commercial");
            }
            field(reason.and_then(|r| r.text_arg("field"))).or(Some("policy"))
        }
        _ => None,
    }
}

/// Sets the policy from the maintainers' form.
pub async fn set_policy(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<PolicyForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let input = f.input();
    let (who, h) = (me.clone(), handle.clone());
    let done = state
        .db
        .write(move |c| service::set_policy(c, &who, &h, &input, now_ms()))
        .await;
    match done {
        Ok((c, _)) => {
            Ok(Redirect::to(&format!("/commons/{}/licence-policy", c.handle)).into_response())
        }
        Err(e) => {
            let entered = [
                ("policy", f.policy.as_str()),
                ("expression", f.expression.as_str()),
                ("fee_schedule", f.fee_schedule.as_str()),
                ("fee_amount", f.fee_amount.as_str()),
                ("basis_points", f.basis_points.as_str()),
                ("currency", f.currency.as_str()),
                ("unit_name", f.unit_name.as_str()),
                ("per_contribution", f.per_contribution.as_str()),
                ("per_hour", f.per_hour.as_str()),
                ("period_days", f.period_days.as_str()),
                ("title", f.title.as_str()),
                ("text", f.text.as_str()),
                ("commercial", f.commercial.as_str()),
            ];
            Refilled::answer_async(&entered, e, policy_field, |form| {
                policy_page(&state, Some(me), &csrf, handle, form)
            })
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "coalition/ask.html")]
struct AskPage {
    chrome: Chrome,
    commons: String,
    name: String,
    policy: String,
    form: Refilled,
    facts: [&'static str; 3],
}

async fn ask_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    handle: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let c = state
        .db
        .read(move |c| {
            let commons = crate::commons::require_commons(c, &handle)?;
            let policy = service::policy_of(c, &commons)?;
            Ok((commons, policy))
        })
        .await?;
    Ok(render(&AskPage {
        chrome: state.chrome(v.as_ref(), csrf),
        commons: c.0.handle.clone(),
        name: c.0.name.clone(),
        policy: c.1.kind().to_string(),
        form,
        facts: ["worker_owned", "surplus_to_workers", "waged_labour"],
    }))
}

/// `/commons/{handle}/determinations/new`: the question.
pub async fn ask_form(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    ask_page(&state, v, &csrf, handle, Refilled::default()).await
}

/// The question as the form sends it: yes, no or not said for each fact.
#[derive(Deserialize)]
pub struct AskForm {
    csrf: String,
    #[serde(default, rename = "use")]
    usage: String,
    #[serde(default)]
    organization: String,
    #[serde(default)]
    worker_owned: String,
    #[serde(default)]
    surplus_to_workers: String,
    #[serde(default)]
    waged_labour: String,
    #[serde(default)]
    revenue: String,
    #[serde(default)]
    units: String,
}

fn yes_no(s: &str) -> Option<bool> {
    match s.trim() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// The field of the question form a refusal is about.
fn ask_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "unknown_use" => Some("use"),
        "invalid_units" => Some("units"),
        "malformed_amount" | "unknown_unit" | "not_a_currency" | "too_many_decimals"
        | "amount_too_large" | "negative_amount" | "currency_mismatch" => Some("revenue"),
        _ => match e.detail.key() {
            "problem-no-organization" | "problem-members-only" => Some("organization"),
            _ => None,
        },
    }
}

/// Asks from the page; the answer's page follows.
pub async fn ask(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<AskForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let units = f.units.trim();
    let q = Question {
        commons: handle.clone(),
        usage: f.usage.clone(),
        organization: some(&f.organization),
        facts: FactsInput {
            worker_owned: yes_no(&f.worker_owned),
            surplus_to_workers: yes_no(&f.surplus_to_workers),
            waged_labour: yes_no(&f.waged_labour),
            revenue: some(&f.revenue),
            units: if units.is_empty() {
                None
            } else {
                Some(units.parse().unwrap_or(-1))
            },
        },
    };
    let who = me.clone();
    let done = state
        .db
        .write(move |c| service::ask(c, &who, &q, now_ms()))
        .await;
    match done {
        Ok(row) => Ok(Redirect::to(&format!("/determinations/{}", row.id)).into_response()),
        Err(e) => {
            let entered = [
                ("use", f.usage.as_str()),
                ("organization", f.organization.as_str()),
                ("worker_owned", f.worker_owned.as_str()),
                ("surplus_to_workers", f.surplus_to_workers.as_str()),
                ("waged_labour", f.waged_labour.as_str()),
                ("revenue", f.revenue.as_str()),
                ("units", f.units.as_str()),
            ];
            Refilled::answer_async(&entered, e, ask_field, |form| {
                ask_page(&state, Some(me), &csrf, handle, form)
            })
            .await
        }
    }
}

/// The panel on a commons' page: its licence policy, and the way to ask.
struct LicencePanel {
    url: String,
    policy: String,
    licence: String,
}

#[derive(Template)]
#[template(path = "coalition/panel.html")]
struct PanelHtml<'a> {
    chrome: Chrome,
    p: &'a LicencePanel,
}

impl Panel for LicencePanel {
    fn render(&self, looker: &Looker) -> String {
        let page = PanelHtml {
            chrome: crate::web::Chrome::of_panel(looker),
            p: self,
        };
        crate::web::panel_html(&page)
    }
}

/// The licence panel of a commons' page.
pub fn licence_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let commons = crate::commons::require_by_id(c, s.id)?;
    let policy = service::policy_of(c, &commons)?;
    Ok(Some(Box::new(LicencePanel {
        url: s.url.to_string(),
        policy: policy.kind().to_string(),
        licence: commons.licence.clone(),
    })))
}
