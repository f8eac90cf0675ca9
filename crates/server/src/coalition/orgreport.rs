//! Who pays for the commons, per organization (a feature slice over `affiliations`): the
//! work people did on every commons while affiliated with one organization — by their own
//! declarations, or as its employees by an imported history's employer map — counted paid
//! or volunteer by the same rule as each commons' report, in all, month by month and by
//! commons, with a chart. (Work no affiliation covers is nobody's organization's, so an
//! organization's report has no unknown share.)

use super::affiliations::{
    Bar, MonthView, SplitLine, SplitView, bars, counted, line, months_view, percent, split_view,
};
use super::model::paid::Split;
use super::store;
use crate::db::DbConn;
use crate::error::{ApiError, AppError, PageError, Problem};
use crate::state::AppState;
use crate::web::actor::MaybeViewer;
use crate::web::csrf::CsrfToken;
use crate::web::extract::Path;
use crate::web::panels::{Looker, Panel, Subject};
use crate::web::{Chrome, render};
use askama::Template;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use utoipa::ToSchema;

/// One commons' share of an organization's work.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommonsSplitView {
    /// The commons' handle.
    pub commons: String,
    #[serde(flatten)]
    pub split: SplitView,
}

/// Who pays for the commons, for one organization: the work its affiliated people did,
/// paid or as volunteers, on every commons.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrgReportView {
    /// The organization's handle.
    pub organization: String,
    pub total: SplitView,
    /// Month by month (`YYYY-MM`, UTC).
    pub months: Vec<MonthView>,
    /// By commons, most contributions first.
    pub commons: Vec<CommonsSplitView>,
}

/// Counts, commons by commons, the work people affiliated with the organization did.
pub fn report(conn: &mut DbConn, handle: &str) -> Result<OrgReportView, AppError> {
    let (org, handle, _) = crate::accounts::org_card(conn, handle.trim())?;
    let mut ids: BTreeSet<String> = store::commons_employing(conn, org.as_str())?
        .into_iter()
        .collect();
    let mut asked = BTreeSet::new();
    for (person, commons) in store::affiliated_with(conn, org.as_str())? {
        match commons {
            Some(c) => {
                ids.insert(c);
            }
            None if asked.insert(person.clone()) => {
                ids.extend(crate::commons::commons_worked_on_by(conn, &person)?);
            }
            None => {}
        }
    }
    let mut total = Split::default();
    let mut months: BTreeMap<String, Split> = BTreeMap::new();
    let mut commons = Vec::new();
    for id in ids {
        let c = crate::commons::require_by_id(conn, &id)?;
        if c.deleted_at.is_some() {
            continue;
        }
        let r = counted(conn, &c)?;
        let Some(s) = r.organizations.get(org.as_str()) else {
            continue;
        };
        total.merge(s);
        for (m, split) in r
            .organization_months
            .get(org.as_str())
            .into_iter()
            .flatten()
        {
            months.entry(m.clone()).or_default().merge(split);
        }
        commons.push(CommonsSplitView {
            commons: c.handle,
            split: split_view(s),
        });
    }
    commons.sort_by_key(|c| {
        (
            -(c.split.paid.contributions + c.split.volunteer.contributions),
            c.commons.clone(),
        )
    });
    Ok(OrgReportView {
        organization: handle,
        total: split_view(&total),
        months: months_view(&months),
        commons,
    })
}

/// Who pays for the commons, for one organization: the work its affiliated people did on
/// every commons, paid or as volunteers, in all, by month and by commons.
#[utoipa::path(get, path = "/api/v1/orgs/{handle}/paid-volunteer", tag = "coalition",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the report", body = OrgReportView),
        (status = 404, description = "no such organization", body = Problem)))]
pub async fn api_org_report(
    State(state): State<AppState>,
    Path(handle): Path<String>,
) -> Result<Json<OrgReportView>, ApiError> {
    Ok(Json(state.db.read(move |c| report(c, &handle)).await?))
}

#[derive(Template)]
#[template(path = "coalition/org_paid.html")]
struct OrgReportPage {
    chrome: Chrome,
    r: OrgReportView,
    summary: String,
    total: SplitLine,
    months: Vec<SplitLine>,
    commons: Vec<SplitLine>,
    bars: Vec<Bar>,
    bar_width: String,
}

/// `/orgs/{handle}/paid-volunteer`: the organization's report, with its chart.
pub async fn page_org_report(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    let lang = crate::i18n::current().lang;
    let r = state.db.read(move |c| report(c, &handle)).await?;
    let bars = bars(&r.months);
    let slot = 360.0 / bars.len().max(1) as f64;
    let t = &r.total;
    let summary = crate::i18n::text(
        lang,
        "coalition-org-paid-summary",
        &[
            (
                "count",
                (t.paid.contributions + t.volunteer.contributions).into(),
            ),
            ("paid", percent(lang, t.shares.paid).into()),
            ("volunteer", percent(lang, t.shares.volunteer).into()),
        ],
    );
    Ok(render(&OrgReportPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        summary,
        total: line(lang, String::new(), &r.total),
        months: r
            .months
            .iter()
            .rev()
            .map(|m| line(lang, m.month.clone(), &m.split))
            .collect(),
        commons: r
            .commons
            .iter()
            .map(|c| line(lang, c.commons.clone(), &c.split))
            .collect(),
        bars,
        bar_width: format!("{:.1}", slot * 0.7),
        r,
    }))
}

/// The panel on an organization's page: how many people are affiliated with it, and the
/// way to its report.
struct OrgPanel {
    org: String,
    people: i64,
}

#[derive(Template)]
#[template(path = "coalition/org_panel.html")]
struct OrgPanelHtml<'a> {
    chrome: Chrome,
    org: &'a str,
    people: &'a i64,
}

impl Panel for OrgPanel {
    fn render(&self, looker: &Looker) -> String {
        let page = OrgPanelHtml {
            chrome: crate::web::Chrome::of_panel(looker),
            org: &self.org,
            people: &self.people,
        };
        crate::web::panel_html(&page)
    }
}

/// An organization's page's panel, when people declared an affiliation with it or an
/// imported history's map names it.
pub fn organization_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let people: BTreeSet<String> = store::affiliated_with(c, s.id)?
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    if people.is_empty() && store::commons_employing(c, s.id)?.is_empty() {
        return Ok(None);
    }
    let org = crate::accounts::org_handle(c, &crate::ids::OrgId(s.id.to_string()))?;
    Ok(Some(Box::new(OrgPanel {
        org,
        people: people.len() as i64,
    })))
}
