//! The page of what sharing saves (`/resources/savings`), without JavaScript and fit for
//! a phone: a library's figures or the territory's over a period, charts of the share of
//! time in use, of loans per item and year and of purchases avoided by class, drawn by
//! the server in SVG with the same numbers in a table beside them, the territory's
//! libraries, and the library's factors, with the form its stewards set them with; the
//! territory's page shows the territory's defaults, with the form instance
//! administrators set them with. Each factor says where it comes from (the library's
//! own, the territory's default, or built in).

use super::model::KINDS;
use super::savings::{self, ClassView, FactorsView, FiguresView, LibraryView, SavingsView, Source};
use crate::db::now_ms;
use crate::error::{AppError, PageError};
use crate::i18n::Lang;
use crate::i18n::formats::{decimal, number, percent};
use crate::state::AppState;
use crate::web::actor::{MaybeViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Query};
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// A set of figures written in the page's language.
pub struct Shown {
    pub items: String,
    pub loans: String,
    pub per_year: String,
    pub share: String,
    pub idle: String,
    pub offered: String,
    pub wait: String,
    pub still_waiting: String,
    pub lead: String,
    pub purchases: String,
    pub shared_vehicles: String,
    pub cars_shed: String,
}

fn shown(lang: Lang, f: &FiguresView) -> Shown {
    let none = "–".to_string();
    let hours = |m: Option<i64>| {
        m.map_or(none.clone(), |m| {
            crate::i18n::text(
                lang,
                "lending-savings-hours",
                &[("hours", decimal(lang, (m * 10 + 30) / 60, 1).into())],
            )
        })
    };
    Shown {
        items: number(lang, f.items),
        loans: number(lang, f.loans),
        per_year: f.loans_per_item_year.map_or(none.clone(), |x| {
            decimal(lang, (x * 100.0).round() as i64, 2)
        }),
        share: f
            .share_in_use_bp
            .map_or(none.clone(), |bp| percent(lang, bp)),
        idle: number(lang, f.idle_items),
        offered: number(lang, f.waits_offered),
        wait: hours(f.median_wait_minutes),
        still_waiting: number(lang, f.still_waiting),
        lead: hours(f.median_lead_minutes),
        purchases: decimal(lang, (f.purchases_avoided * 100.0).round() as i64, 2),
        shared_vehicles: number(lang, f.shared_vehicles),
        cars_shed: number(lang, f.cars_shed),
    }
}

/// One bar of a chart, in the SVG's coordinates.
pub struct Bar {
    pub y: i64,
    pub width: String,
    pub label: String,
    pub value: String,
}

/// A chart of one figure by class: a bar per class that has items.
pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub bars: Vec<Bar>,
    pub height: i64,
}

/// Longest bar, in the SVG's units (of 360; labels on the left, values on the right).
const BAR_SPAN: f64 = 160.0;
const ROW: i64 = 22;

/// A chart of `value` by class (the classes with items), `top` the value of a full bar
/// (the largest when `None`).
fn chart(
    id: &'static str,
    title: String,
    rows: &[(String, i64, String)],
    top: Option<i64>,
) -> Chart {
    let top = top
        .unwrap_or_else(|| rows.iter().map(|r| r.1).max().unwrap_or(0))
        .max(1) as f64;
    let bars: Vec<Bar> = rows
        .iter()
        .enumerate()
        .map(|(i, (label, v, value))| Bar {
            y: i as i64 * ROW + 4,
            width: format!("{:.1}", BAR_SPAN * (*v).clamp(0, top as i64) as f64 / top),
            label: label.clone(),
            value: value.clone(),
        })
        .collect();
    Chart {
        id,
        title,
        height: bars.len() as i64 * ROW + 8,
        bars,
    }
}

/// A class's row of the table.
pub struct ClassRow {
    pub kind: String,
    pub f: Shown,
}

/// A library's row on the territory's table.
pub struct LibraryRow {
    pub handle: String,
    pub f: Shown,
}

/// A factor as the page shows it and its form sets it.
pub struct FactorRow {
    /// The class, or `cars_shed`.
    pub kind: &'static str,
    /// The value in use.
    pub value: String,
    /// Where it comes from: `library`, `territory` or `built_in`.
    pub from: &'static str,
    /// What the form holds: the value when the form's owner set it (the library, or the
    /// territory for the administrators' form), else empty, so that sending the form
    /// does not make a default one's own.
    pub entered: String,
}

/// The rows of the factors `f` as the page shows them; `owner` the source the form sets.
fn factor_rows(f: &FactorsView, owner: Source) -> (Vec<FactorRow>, FactorRow) {
    let entered = |from: Source, value: i64| {
        if from == owner {
            value.to_string()
        } else {
            String::new()
        }
    };
    let rows = KINDS
        .iter()
        .map(|k| {
            let value = f.purchases_per_100_loans.get(*k).copied().unwrap_or(0);
            let from = f.purchases_from.get(*k).copied().unwrap_or(Source::BuiltIn);
            FactorRow {
                kind: k,
                value: value.to_string(),
                from: from.as_str(),
                entered: entered(from, value),
            }
        })
        .collect();
    let cars = FactorRow {
        kind: "cars_shed",
        value: f.cars_shed_per_vehicle.to_string(),
        from: f.cars_shed_from.as_str(),
        entered: entered(f.cars_shed_from, f.cars_shed_per_vehicle),
    };
    (rows, cars)
}

#[derive(Template)]
#[template(path = "lending/savings.html")]
struct SavingsPage {
    chrome: Chrome,
    /// The library's handle without `@`; empty for the territory.
    library: String,
    period: String,
    /// (value, label, selected) of the period's choices.
    periods: Vec<(String, String, bool)>,
    /// (handle, selected) of the libraries to choose from.
    libraries: Vec<(String, bool)>,
    from: String,
    until: String,
    /// The custom period's first and last days as entered (empty unless one was asked).
    custom_from: String,
    custom_to: String,
    /// Whether the period asked for was refused (the figures are then the last 30 days').
    period_refused: bool,
    total: Shown,
    classes: Vec<ClassRow>,
    charts: Vec<Chart>,
    by_library: Vec<LibraryRow>,
    factors: Vec<FactorRow>,
    cars_shed: FactorRow,
    factors_set: bool,
    /// Whether the viewer stewards the library (and gets the form).
    steward: bool,
    /// The territory's defaults (shown on the territory's page).
    territory: Vec<FactorRow>,
    territory_cars: FactorRow,
    territory_set: bool,
    /// Whether the viewer is an instance administrator (and gets the territory's form).
    admin: bool,
    /// A refused change of the factors, in the viewer's language.
    error: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct SavingsFilter {
    #[serde(default)]
    library: String,
    #[serde(default)]
    period: String,
    /// A custom period's first and last days (`YYYY-MM-DD`), which win over `period`.
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

impl SavingsFilter {
    /// The period asked for: the from/to form's days when either is filled in (one
    /// alone is refused as the malformed period it makes), else the chosen period.
    fn period(&self) -> String {
        let (from, to) = (self.from.trim(), self.to.trim());
        if from.is_empty() && to.is_empty() {
            self.period.clone()
        } else {
            format!("{from}..{to}")
        }
    }
}

/// The periods offered: the last 30 days, this month and the last, this year and the last.
fn periods(lang: Lang, now: i64, zone: &str, chosen: &str) -> Vec<(String, String, bool)> {
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let today = tz
        .to_datetime(jiff::Timestamp::from_millisecond(now).unwrap_or(jiff::Timestamp::UNIX_EPOCH))
        .date();
    let last_month = today
        .first_of_month()
        .yesterday()
        .unwrap_or(today.first_of_month());
    let mut v: Vec<String> = vec![
        "30d".into(),
        today.strftime("%Y-%m").to_string(),
        last_month.strftime("%Y-%m").to_string(),
        today.strftime("%Y").to_string(),
        (today.year() - 1).to_string(),
    ];
    if !v.iter().any(|p| p == chosen) {
        v.push(chosen.to_string());
    }
    v.into_iter()
        .map(|p| {
            let label = if p == "30d" {
                crate::i18n::text(lang, "lending-savings-last-30-days", &[])
            } else {
                p.clone()
            };
            let selected = p == chosen;
            (p, label, selected)
        })
        .collect()
}

fn class_name(lang: Lang, kind: &str) -> String {
    crate::i18n::text(
        lang,
        "lending-kind-name",
        &[("kind", kind.to_string().into())],
    )
}

fn charts(lang: Lang, classes: &[ClassView]) -> Vec<Chart> {
    let with_items: Vec<&ClassView> = classes.iter().filter(|c| c.figures.items > 0).collect();
    if with_items.is_empty() {
        return Vec::new();
    }
    let t = |k: &str| crate::i18n::text(lang, k, &[]);
    let rows = |value: &dyn Fn(&FiguresView) -> (i64, String)| -> Vec<(String, i64, String)> {
        with_items
            .iter()
            .map(|c| {
                let (v, s) = value(&c.figures);
                (class_name(lang, &c.kind), v, s)
            })
            .collect()
    };
    let sh = |f: &FiguresView| shown(lang, f);
    vec![
        chart(
            "savings-share",
            t("lending-savings-chart-share"),
            &rows(&|f| (f.share_in_use_bp.unwrap_or(0), sh(f).share)),
            Some(10_000),
        ),
        chart(
            "savings-per-year",
            t("lending-savings-chart-per-year"),
            &rows(&|f| {
                (
                    (f.loans_per_item_year.unwrap_or(0.0) * 100.0).round() as i64,
                    sh(f).per_year,
                )
            }),
            None,
        ),
        chart(
            "savings-purchases",
            t("lending-savings-chart-purchases"),
            &rows(&|f| {
                (
                    (f.purchases_avoided * 100.0).round() as i64,
                    sh(f).purchases,
                )
            }),
            None,
        ),
    ]
}

/// Builds the page for `library` (a handle, or empty for the territory) and `period`.
async fn page(
    state: &AppState,
    viewer: Option<crate::web::actor::Actor>,
    csrf: &CsrfToken,
    library: String,
    period: String,
    error: Option<(StatusCode, String)>,
) -> Result<Response, PageError> {
    let chrome = state.chrome(viewer.as_ref(), csrf);
    let lang = chrome.lang;
    let zone = state.config.zone().name().to_string();
    let now = now_ms();
    // A refused period comes back on the page, beside the last 30 days' figures.
    let (p, error, period_refused) = match savings::period(Some(&period), now, &zone) {
        Ok(p) => (p, error, false),
        Err(e) => {
            let e = AppError::from(e);
            let text = e.detail.in_request_language();
            let p = savings::period(None, now, &zone).map_err(AppError::from)?;
            (p, Some((e.status, text)), true)
        }
    };
    let (custom_from, custom_to) = period
        .split_once("..")
        .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
        .unwrap_or_default();
    let lib = library.trim().trim_start_matches('@').to_string();
    let admin = viewer.as_ref().is_some_and(|v| v.is_admin);
    let (territory, one, steward) = state
        .db
        .read(move |c| {
            let territory = savings::savings(c, None, &p, now)?;
            let (one, steward) = if lib.is_empty() {
                (None, false)
            } else {
                let l = savings::library(c, &lib)?;
                let steward = match &viewer {
                    Some(v) => savings::stewards(c, v, &l)?,
                    None => false,
                };
                (Some(savings::savings(c, Some(&l), &p, now)?), steward)
            };
            Ok::<_, AppError>((territory, one, steward))
        })
        .await?;
    let libraries: Vec<(String, bool)> = territory
        .libraries
        .iter()
        .map(|l| {
            let h = l.library.trim_start_matches('@').to_string();
            let selected = one.as_ref().and_then(|o| o.library.as_deref()) == Some(&l.library);
            (h, selected)
        })
        .collect();
    let view: &SavingsView = one.as_ref().unwrap_or(&territory);
    let factors_view = view
        .factors
        .as_ref()
        .unwrap_or(&territory.territory_factors);
    let (factors, cars_shed) = factor_rows(factors_view, Source::Library);
    let (territory_rows, territory_cars) =
        factor_rows(&territory.territory_factors, Source::Territory);
    let handle = view
        .library
        .as_deref()
        .map(|h| h.trim_start_matches('@').to_string())
        .unwrap_or_default();
    let date = |s: &str| s.get(..10).unwrap_or(s).to_string();
    let page = SavingsPage {
        library: handle,
        period: view.period.name.clone(),
        periods: periods(lang, now, &zone, &view.period.name),
        libraries,
        from: date(&view.period.from),
        until: date(&view.period.measured_until),
        custom_from,
        custom_to,
        period_refused,
        total: shown(lang, &view.total),
        classes: view
            .classes
            .iter()
            .map(|c| ClassRow {
                kind: c.kind.clone(),
                f: shown(lang, &c.figures),
            })
            .collect(),
        charts: charts(lang, &view.classes),
        by_library: view
            .libraries
            .iter()
            .map(|l: &LibraryView| LibraryRow {
                handle: l.library.trim_start_matches('@').to_string(),
                f: shown(lang, &l.figures),
            })
            .collect(),
        factors,
        cars_shed,
        factors_set: factors_view.set,
        steward,
        territory: territory_rows,
        territory_cars,
        territory_set: territory.territory_factors.set,
        admin,
        error: error.as_ref().map(|(_, e)| e.clone()),
        chrome,
    };
    let status = error.map_or(StatusCode::OK, |(s, _)| s);
    Ok((status, render(&page)).into_response())
}

/// What sharing saves, for a library or the territory.
pub async fn savings(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Query(f): Query<SavingsFilter>,
) -> Result<Response, PageError> {
    let period = f.period();
    page(&state, v, &csrf, f.library, period, None).await
}

#[derive(Deserialize)]
pub struct FactorsForm {
    csrf: String,
    /// The library's handle; empty on the territory's form.
    #[serde(default)]
    library: String,
    #[serde(default)]
    period: String,
    #[serde(default)]
    tool: String,
    #[serde(default)]
    vehicle: String,
    #[serde(default)]
    space: String,
    #[serde(default)]
    machine: String,
    #[serde(default)]
    material: String,
    #[serde(default)]
    cars_shed: String,
    /// Checked beside a factor that is the library's own: give it up and follow the
    /// territory's default again (whatever its field holds).
    #[serde(default)]
    follow_tool: String,
    #[serde(default)]
    follow_vehicle: String,
    #[serde(default)]
    follow_space: String,
    #[serde(default)]
    follow_machine: String,
    #[serde(default)]
    follow_material: String,
    #[serde(default)]
    follow_cars_shed: String,
}

impl FactorsForm {
    /// The change the form asks for: a field left empty keeps its value; one whose
    /// "follow the territory" box is checked is unset; anything else not a whole number
    /// is out of range.
    fn change(&self) -> savings::FactorsChange {
        let number = |s: &str| -> Option<i64> {
            match s.trim() {
                "" => None,
                t => Some(t.parse().unwrap_or(-1)),
            }
        };
        let mut change = savings::FactorsChange::default();
        let follow = |s: &str| !s.trim().is_empty();
        for (kind, raw, unset) in [
            ("tool", &self.tool, &self.follow_tool),
            ("vehicle", &self.vehicle, &self.follow_vehicle),
            ("space", &self.space, &self.follow_space),
            ("machine", &self.machine, &self.follow_machine),
            ("material", &self.material, &self.follow_material),
        ] {
            if follow(unset) {
                change.purchases_per_100.insert(kind.to_string(), None);
            } else if let Some(n) = number(raw) {
                change.purchases_per_100.insert(kind.to_string(), Some(n));
            }
        }
        change.cars_shed = if follow(&self.follow_cars_shed) {
            Some(None)
        } else {
            number(&self.cars_shed).map(Some)
        };
        change
    }
}

/// A steward sets the library's factors from the page; a refusal comes back on it.
pub async fn savings_factors(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<FactorsForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let change = f.change();
    let who = me.clone();
    let handle = f.library.clone();
    let done = state
        .db
        .write(move |c| {
            let l = savings::library(c, &handle)?;
            savings::set_factors(c, &who, &l, &change, now_ms())?;
            Ok(l.handle)
        })
        .await;
    match done {
        Ok(h) => {
            let mut to = format!("/resources/savings?library={h}");
            if !f.period.trim().is_empty() {
                to.push_str(&format!("&period={}", urlencoding(&f.period)));
            }
            Ok(Redirect::to(&format!("{to}#factors")).into_response())
        }
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let text = e.detail.in_request_language();
            page(
                &state,
                Some(me),
                &csrf,
                f.library,
                f.period,
                Some((e.status, text)),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// An instance administrator sets the territory's defaults from its savings page; a
/// refusal comes back on it, beside the form.
pub async fn territory_factors(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<FactorsForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let change = f.change();
    let who = me.clone();
    let done = state
        .db
        .write(move |c| savings::set_territory_factors(c, &who, &change, now_ms()))
        .await;
    match done {
        Ok(_) => {
            let mut to = "/resources/savings".to_string();
            if !f.period.trim().is_empty() {
                to.push_str(&format!("?period={}", urlencoding(&f.period)));
            }
            Ok(Redirect::to(&format!("{to}#factors")).into_response())
        }
        Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
            let text = e.detail.in_request_language();
            page(
                &state,
                Some(me),
                &csrf,
                String::new(),
                f.period,
                Some((e.status, text)),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// A period as a query value: the characters a period has, the others dropped.
fn urlencoding(s: &str) -> String {
    s.trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '.')
        .collect()
}
