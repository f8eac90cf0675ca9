//! Who pays for the commons (a feature slice: its flows, views and handlers over the
//! model's `paid` and the store). People declare, publicly, the organizations they work
//! with, from and to which days, paid for that work or not, on one commons or on any; each
//! commons' accepted contributions and hours are then counted as paid, volunteer or
//! unknown, in all and month by month, with a chart, and by organization.

use super::events;
use super::model::paid::{self, Affiliation, Counts, Split, Work};
use super::store::{self, AffiliationRow};
use crate::commons::CommonsRow;
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{ApiError, AppError, PageError, Problem, detail, shown};
use crate::form::Refilled;
use crate::i18n::Lang;
use crate::ids::OrgId;
use crate::journal::{self, ObjectKind, ObjectRef};
use crate::state::AppState;
use crate::web::actor::{Actor, ApiViewer, MaybeViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::{ApiJson, Found, PageForm, Path};
use crate::web::panels::{Looker, Panel, Subject};
use crate::web::{Chrome, render};
use askama::Template;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::ToSchema;

/// An affiliation as declared.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AffiliationInput {
    /// The organization's handle.
    pub organization: String,
    /// The first day, `YYYY-MM-DD`.
    pub from: String,
    /// The last day, `YYYY-MM-DD` (included); absent: still so.
    #[serde(default)]
    pub until: Option<String>,
    /// Paid for this work, or not.
    pub paid: bool,
    /// The commons it is about (its handle); absent: any.
    #[serde(default)]
    pub commons: Option<String>,
}

/// An affiliation as served.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AffiliationView {
    pub id: String,
    /// The person's handle.
    pub person: String,
    /// The organization's handle.
    pub organization: String,
    /// The commons' handle, or null for any.
    pub commons: Option<String>,
    pub from: String,
    pub until: Option<String>,
    pub paid: bool,
}

fn view(conn: &mut DbConn, row: AffiliationRow) -> Result<AffiliationView, AppError> {
    let commons = match &row.commons_id {
        Some(id) => Some(crate::commons::require_by_id(conn, id)?.handle),
        None => None,
    };
    Ok(AffiliationView {
        person: crate::accounts::handle_of(conn, &row.person_id)?,
        organization: crate::accounts::org_handle(conn, &OrgId(row.organization_id.clone()))?,
        id: row.id,
        commons,
        from: row.from_day,
        until: row.until_day,
        paid: row.paid,
    })
}

fn person_ref(actor: &Actor) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Person,
        id: actor.id.as_str().to_string(),
        url: format!("/people/{}", actor.handle),
        context: None,
    }
}

/// A person declares an affiliation of their own; journaled on their record.
pub fn declare(
    conn: &mut DbConn,
    actor: &Actor,
    input: &AffiliationInput,
    now: i64,
) -> Result<AffiliationRow, AppError> {
    let (from, until) = paid::span(&input.from, input.until.as_deref())?;
    let (org, org_handle, ..) = crate::accounts::org_profile(conn, input.organization.trim())?;
    let commons = match input
        .commons
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(h) => Some(crate::commons::require_commons(conn, h)?),
        None => None,
    };
    let row = AffiliationRow {
        id: new_id(),
        person_id: actor.id.as_str().to_string(),
        organization_id: org.0,
        commons_id: commons.as_ref().map(|c| c.id.clone()),
        from_day: from.to_string(),
        until_day: until.map(|u| u.to_string()),
        paid: input.paid,
        declared_at: now,
    };
    store::insert_affiliation(conn, &row)?;
    let payload = events::AffiliationDeclared {
        affiliation: row.id.clone(),
        organization: org_handle,
        commons: commons.map(|c| c.handle),
        from: row.from_day.clone(),
        until: row.until_day.clone(),
        paid: row.paid,
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::AFFILIATION_DECLARED,
        &person_ref(actor),
        &events::summary(&events::AFFILIATION_DECLARED, &actor.handle, &payload),
        &payload,
    )?;
    Ok(row)
}

/// A person takes back an affiliation of their own (404 when there is none, 403 when it
/// is someone else's); journaled.
pub fn withdraw(conn: &mut DbConn, actor: &Actor, id: &str) -> Result<(), AppError> {
    let row = store::affiliation(conn, id)?.ok_or_else(|| {
        AppError::not_found(detail!("problem-no-affiliation", id = shown(id, 60)))
    })?;
    if row.person_id != actor.id.as_str() {
        return Err(AppError::forbidden(detail!(
            "problem-affiliation-not-yours"
        )));
    }
    if !store::delete_affiliation(conn, id, actor.id.as_str())? {
        return Err(AppError::not_found(detail!(
            "problem-no-affiliation",
            id = shown(id, 60)
        )));
    }
    let payload = events::AffiliationWithdrawn {
        affiliation: row.id.clone(),
        organization: crate::accounts::org_handle(conn, &OrgId(row.organization_id))?,
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::AFFILIATION_WITHDRAWN,
        &person_ref(actor),
        &events::summary(&events::AFFILIATION_WITHDRAWN, &actor.handle, &payload),
        &payload,
    )?;
    Ok(())
}

/// A person's affiliations, by first day.
pub fn of_person(conn: &mut DbConn, person_id: &str) -> Result<Vec<AffiliationView>, AppError> {
    store::affiliations_of(conn, &[person_id.to_string()])?
        .into_iter()
        .map(|r| view(conn, r))
        .collect()
}

/// Paid, volunteer and unknown work, with each kind's share of the contributions.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SplitView {
    pub paid: Counts,
    pub volunteer: Counts,
    pub unknown: Counts,
    /// Each kind's share of the contributions, in basis points (10 000 is all).
    pub shares: SharesView,
}

/// Shares in basis points.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SharesView {
    pub paid: i64,
    pub volunteer: i64,
    pub unknown: i64,
}

pub(super) fn split_view(s: &Split) -> SplitView {
    let [paid, volunteer, unknown] = s.shares();
    SplitView {
        paid: s.paid,
        volunteer: s.volunteer,
        unknown: s.unknown,
        shares: SharesView {
            paid,
            volunteer,
            unknown,
        },
    }
}

/// One month's split.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MonthView {
    /// `YYYY-MM`.
    pub month: String,
    #[serde(flatten)]
    pub split: SplitView,
}

/// One organization's split: the work its affiliated people did on the commons.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrganizationView {
    /// The organization's handle; or, when `registered` is false, an employer's name an
    /// imported history's employer map gave, that stands for no organization here.
    pub organization: String,
    /// Whether `organization` is the handle of an organization of the instance.
    pub registered: bool,
    #[serde(flatten)]
    pub split: SplitView,
}

/// Who pays for a commons: its accepted contributions and hours of accepted work, counted
/// as done paid, as volunteers, or unknown, by what their authors declared.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportView {
    /// The commons' handle.
    pub commons: String,
    pub total: SplitView,
    /// Month by month (`YYYY-MM`, by the day each contribution was accepted, UTC).
    pub months: Vec<MonthView>,
    /// By organization, most contributions first.
    pub organizations: Vec<OrganizationView>,
}

fn day_of(ms: i64) -> jiff::civil::Date {
    jiff::tz::TimeZone::UTC
        .to_datetime(jiff::Timestamp::from_millisecond(ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH))
        .date()
}

/// Counts the commons' accepted work, and the commits of its imported history, by what
/// their authors declared and what the employer maps said of the commits' emails.
pub(super) fn counted(conn: &mut DbConn, c: &CommonsRow) -> Result<paid::Report, AppError> {
    let mut work: Vec<Work> = crate::commons::accepted_work(conn, &c.id)?
        .into_iter()
        .map(|(author, at, minutes)| Work {
            author,
            day: day_of(at),
            minutes: minutes.unwrap_or(0),
            work_record: minutes.is_some(),
        })
        .collect();
    let imported = crate::commons::imported_work(conn, &c.id)?;
    let by_email = super::employers::affiliations_by_email(conn, &c.id)?;
    let mut affiliations: HashMap<String, Vec<Affiliation>> = HashMap::new();
    let mut mapped = std::collections::HashSet::new();
    for w in imported {
        if mapped.insert((w.author.clone(), w.email.clone()))
            && let Some(lines) = by_email.get(&w.email)
        {
            affiliations
                .entry(w.author.clone())
                .or_default()
                .extend(lines.iter().cloned());
        }
        work.push(Work {
            author: w.author,
            day: day_of(w.at),
            minutes: 0,
            work_record: false,
        });
    }
    let mut people: Vec<String> = work.iter().map(|w| w.author.clone()).collect();
    people.sort();
    people.dedup();
    for row in store::affiliations_of(conn, &people)? {
        let (from, until) = paid::span(&row.from_day, row.until_day.as_deref())?;
        affiliations
            .entry(row.person_id)
            .or_default()
            .push(Affiliation {
                organization: Some(row.organization_id),
                commons: row.commons_id,
                from,
                until,
                paid: row.paid,
            });
    }
    Ok(paid::report(&c.id, &work, &affiliations))
}

/// How the report names an organization key: its handle when it is an organization of
/// the instance, else the employer's name a map gave.
pub(super) fn organization_names(
    conn: &mut DbConn,
    keys: &[String],
) -> Result<HashMap<String, (String, bool)>, AppError> {
    let ids: Vec<String> = keys
        .iter()
        .filter(|k| super::employers::name_only(k).is_none())
        .cloned()
        .collect();
    let handles = crate::accounts::org_handles(conn, &ids)?;
    Ok(keys
        .iter()
        .map(|k| {
            let named = match super::employers::name_only(k) {
                Some(name) => (name.to_string(), false),
                None => (handles.get(k).cloned().unwrap_or_else(|| k.clone()), true),
            };
            (k.clone(), named)
        })
        .collect())
}

/// Counts the commons' accepted work (and its imported history) by what its authors
/// declared.
pub fn report(conn: &mut DbConn, c: &CommonsRow) -> Result<ReportView, AppError> {
    let r = counted(conn, c)?;
    let keys: Vec<String> = r.organizations.keys().cloned().collect();
    let names = organization_names(conn, &keys)?;
    let mut organizations: Vec<OrganizationView> = r
        .organizations
        .iter()
        .map(|(id, s)| {
            let (organization, registered) = names[id].clone();
            OrganizationView {
                organization,
                registered,
                split: split_view(s),
            }
        })
        .collect();
    organizations.sort_by_key(|o| {
        (
            -(o.split.paid.contributions + o.split.volunteer.contributions),
            o.organization.clone(),
        )
    });
    Ok(ReportView {
        commons: c.handle.clone(),
        total: split_view(&r.total),
        months: months_view(&r.months),
        organizations,
    })
}

pub(super) fn months_view(months: &std::collections::BTreeMap<String, Split>) -> Vec<MonthView> {
    months
        .iter()
        .map(|(m, s)| MonthView {
            month: m.clone(),
            split: split_view(s),
        })
        .collect()
}

// The API.

/// Declares, publicly, an organization you work with, paid for this work or not.
#[utoipa::path(post, path = "/api/v1/me/affiliations", tag = "coalition",
    security(("bearer" = [])), request_body = AffiliationInput,
    responses((status = 201, description = "the affiliation", body = AffiliationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such organization or commons", body = Problem),
        (status = 422, description = "a day that is not YYYY-MM-DD, or a last day before the first", body = Problem)))]
pub async fn api_declare(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    ApiJson(input): ApiJson<AffiliationInput>,
) -> Result<Response, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let row = declare(c, &p, &input, now_ms())?;
            view(c, row)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// Takes back an affiliation of yours.
#[utoipa::path(delete, path = "/api/v1/me/affiliations/{id}", tag = "coalition",
    security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 204, description = "taken back"),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "someone else's", body = Problem),
        (status = 404, description = "no such affiliation", body = Problem)))]
pub async fn api_withdraw(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.db.write(move |c| withdraw(c, &p, &id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A person's declared affiliations, by first day.
#[utoipa::path(get, path = "/api/v1/people/{handle}/affiliations", tag = "coalition",
    params(("handle" = String, Path)),
    responses((status = 200, description = "their affiliations", body = Vec<AffiliationView>),
        (status = 404, description = "no such person", body = Problem)))]
pub async fn api_of_person(
    State(state): State<AppState>,
    Path(handle): Path<String>,
) -> Result<Json<Vec<AffiliationView>>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let p = crate::accounts::require_person(c, &handle)?;
            of_person(c, p.id.as_str())
        })
        .await?;
    Ok(Json(v))
}

/// Who pays for a commons: its accepted contributions and hours of work counted as paid,
/// volunteer or unknown by what their authors declared, in all, by month and by
/// organization.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/paid-volunteer", tag = "coalition",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the report", body = ReportView),
        (status = 404, description = "no such commons", body = Problem)))]
pub async fn api_report(
    State(state): State<AppState>,
    Found(c): Found<CommonsRow>,
) -> Result<Json<ReportView>, ApiError> {
    Ok(Json(state.db.read(move |conn| report(conn, &c)).await?))
}

// The pages.

/// One bar of the chart: a month's paid, volunteer and unknown shares, stacked.
pub struct Bar {
    pub x: String,
    /// (y, height, kind) of each piece, bottom up.
    pub pieces: Vec<(String, String, &'static str)>,
    pub label: String,
}

/// A split in words.
pub struct SplitLine {
    pub name: String,
    /// Whether `name` is the handle of an organization (or a commons) to link to; false
    /// for an employer's name only.
    pub link: bool,
    pub paid: String,
    pub volunteer: String,
    pub unknown: String,
    pub hours: String,
}

pub(super) fn percent(lang: Lang, bp: i64) -> String {
    crate::i18n::formats::percent(lang, bp)
}

fn hours(lang: Lang, minutes: i64) -> String {
    crate::i18n::formats::decimal(lang, (minutes * 100 + 30) / 60, 2)
}

pub(super) fn line(lang: Lang, name: String, s: &SplitView) -> SplitLine {
    SplitLine {
        link: true,
        name,
        paid: format!(
            "{} ({})",
            crate::i18n::formats::number(lang, s.paid.contributions),
            percent(lang, s.shares.paid)
        ),
        volunteer: format!(
            "{} ({})",
            crate::i18n::formats::number(lang, s.volunteer.contributions),
            percent(lang, s.shares.volunteer)
        ),
        unknown: format!(
            "{} ({})",
            crate::i18n::formats::number(lang, s.unknown.contributions),
            percent(lang, s.shares.unknown)
        ),
        hours: format!(
            "{} / {} / {}",
            hours(lang, s.paid.minutes),
            hours(lang, s.volunteer.minutes),
            hours(lang, s.unknown.minutes)
        ),
    }
}

/// Months the chart shows, the latest.
const CHART_MONTHS: usize = 12;

pub(super) fn bars(months: &[MonthView]) -> Vec<Bar> {
    let recent = &months[months.len().saturating_sub(CHART_MONTHS)..];
    let slot = 360.0 / recent.len().max(1) as f64;
    recent
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let all = (m.split.paid.contributions
                + m.split.volunteer.contributions
                + m.split.unknown.contributions)
                .max(1) as f64;
            let mut bottom = 150.0;
            let mut pieces = Vec::new();
            for (n, kind) in [
                (m.split.paid.contributions, "paid"),
                (m.split.volunteer.contributions, "volunteer"),
                (m.split.unknown.contributions, "unknown"),
            ] {
                let h = 150.0 * n as f64 / all;
                bottom -= h;
                pieces.push((format!("{bottom:.1}"), format!("{h:.1}"), kind));
            }
            Bar {
                x: format!("{:.1}", slot * i as f64 + slot * 0.15),
                pieces,
                label: m.month.clone(),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "coalition/paid.html")]
struct ReportPage {
    chrome: Chrome,
    r: ReportView,
    summary: String,
    total: SplitLine,
    months: Vec<SplitLine>,
    organizations: Vec<SplitLine>,
    bars: Vec<Bar>,
    bar_width: String,
    form: Refilled,
}

async fn report_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    handle: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let lang = crate::i18n::current().lang;
    let r = state
        .db
        .read(move |c| {
            let commons = crate::commons::require_commons(c, &handle)?;
            report(c, &commons)
        })
        .await?;
    let bars = bars(&r.months);
    let slot = 360.0 / bars.len().max(1) as f64;
    let t = &r.total;
    let summary = crate::i18n::text(
        lang,
        "coalition-paid-summary",
        &[
            (
                "count",
                (t.paid.contributions + t.volunteer.contributions + t.unknown.contributions).into(),
            ),
            ("paid", percent(lang, t.shares.paid).into()),
            ("volunteer", percent(lang, t.shares.volunteer).into()),
            ("unknown", percent(lang, t.shares.unknown).into()),
        ],
    );
    Ok(render(&ReportPage {
        chrome: state.chrome(v.as_ref(), csrf),
        summary,
        total: line(lang, String::new(), &r.total),
        months: r
            .months
            .iter()
            .rev()
            .map(|m| line(lang, m.month.clone(), &m.split))
            .collect(),
        organizations: r
            .organizations
            .iter()
            .map(|o| SplitLine {
                link: o.registered,
                ..line(lang, o.organization.clone(), &o.split)
            })
            .collect(),
        bars,
        bar_width: format!("{:.1}", slot * 0.7),
        r,
        form,
    }))
}

/// `/commons/{handle}/paid-volunteer`: who pays for the commons, with its chart.
pub async fn page_report(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    report_page(&state, v, &csrf, handle, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct DeclareForm {
    csrf: String,
    #[serde(default)]
    organization: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    paid: String,
    /// `this` for the commons of the page; empty for any.
    #[serde(default)]
    scope: String,
}

fn declare_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_day" => match e.detail.text_arg("field") {
            Some("until") => Some("until"),
            _ => Some("from"),
        },
        "empty_span" => Some("until"),
        "not_found" if e.detail.key() == "problem-no-organization" => Some("organization"),
        _ => None,
    }
}

/// Declares an affiliation from a commons' report page.
pub async fn page_declare(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<DeclareForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let input = AffiliationInput {
        organization: f.organization.clone(),
        from: f.from.clone(),
        until: Some(f.until.clone()),
        paid: f.paid == "yes",
        commons: (f.scope == "this").then(|| handle.clone()),
    };
    let who = me.clone();
    let done = state
        .db
        .write(move |c| declare(c, &who, &input, now_ms()))
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/commons/{handle}/paid-volunteer")).into_response()),
        Err(e) => {
            let entered = [
                ("organization", f.organization.as_str()),
                ("from", f.from.as_str()),
                ("until", f.until.as_str()),
                ("paid", f.paid.as_str()),
                ("scope", f.scope.as_str()),
            ];
            Refilled::answer_async(&entered, e, declare_field, |form| {
                report_page(&state, Some(me), &csrf, handle, form)
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct WithdrawForm {
    csrf: String,
}

/// Takes back an affiliation from the person's page.
pub async fn page_withdraw(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<WithdrawForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    state.db.write(move |c| withdraw(c, &who, &id)).await?;
    Ok(Redirect::to(&format!("/people/{}", me.handle)).into_response())
}

/// The panel on a person's page: what they declared.
struct AffiliationsPanel {
    person: String,
    affiliations: Vec<AffiliationView>,
}

#[derive(Template)]
#[template(path = "coalition/affiliations_panel.html")]
struct AffiliationsHtml<'a> {
    chrome: Chrome,
    own: bool,
    p: &'a AffiliationsPanel,
}

impl Panel for AffiliationsPanel {
    fn render(&self, looker: &Looker) -> String {
        let page = AffiliationsHtml {
            chrome: crate::web::Chrome::of_panel(looker),
            own: looker.viewer.is_some_and(|a| a.handle == self.person),
            p: self,
        };
        crate::web::panel_html(&page)
    }
}

/// A person's page's panel: their affiliations, when they declared any.
pub fn affiliations_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let affiliations = of_person(c, s.id)?;
    if affiliations.is_empty() {
        return Ok(None);
    }
    let person = crate::accounts::handle_of(c, s.id)?;
    Ok(Some(Box::new(AffiliationsPanel {
        person,
        affiliations,
    })))
}
