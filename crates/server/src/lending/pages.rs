//! HTML pages of lending, without JavaScript and fit for a phone: the catalogue (search
//! and kind), a resource with its coming reservations and the booking form (its
//! `datetime-local` times read in the viewer's zone), a reservation with the moves its
//! borrower or steward may make, a person's reservations and the steward's desk.

use super::model::{self, Action, KINDS};
use super::service;
use super::store;
use super::views::{self, DeskView, ReservationView, ResourceView};
use crate::db::now_ms;
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::state::AppState;
use crate::web::actor::{Actor, MaybeViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Path, Query};
use crate::web::paging::{Page, Paging};
use crate::web::{Chrome, human_time, render};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// A reservation as a line of a page: its times written for the viewer.
pub struct Line {
    pub v: ReservationView,
    pub starts: String,
    pub ends: String,
}

fn line(v: ReservationView) -> Line {
    let at = |s: &str| {
        s.parse::<jiff::Timestamp>()
            .map(|t| human_time(t.as_millisecond()))
            .unwrap_or_default()
    };
    Line {
        starts: at(&v.starts_at),
        ends: at(&v.ends_at),
        v,
    }
}

fn lines(vs: Vec<ReservationView>) -> Vec<Line> {
    vs.into_iter().map(line).collect()
}

#[derive(Deserialize)]
pub struct Filter {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
}

#[derive(Template)]
#[template(path = "lending/resources.html")]
struct CataloguePage {
    chrome: Chrome,
    resources: Page<ResourceView>,
    q: String,
    kind: String,
    kinds: [&'static str; 5],
}

pub async fn catalogue(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Query(f): Query<Filter>,
    paging: Paging,
) -> Result<Response, PageError> {
    let (q, kind) = (f.q.trim().to_string(), f.kind.trim().to_string());
    let (q2, kind2) = (q.clone(), kind.clone());
    let resources = state
        .db
        .read(move |c| {
            let kind = match kind2.as_str() {
                "" => None,
                k => Some(model::kind(k)?),
            };
            let q = Some(q2.as_str()).filter(|q| !q.is_empty());
            views::resources_page(c, q, kind, &paging)
        })
        .await?;
    Ok(render(&CataloguePage {
        chrome: state.chrome(v.as_ref(), &csrf),
        resources,
        q,
        kind,
        kinds: KINDS,
    }))
}

#[derive(Template)]
#[template(path = "lending/resource.html")]
struct ResourcePage {
    chrome: Chrome,
    r: ResourceView,
    upcoming: Vec<Line>,
    steward: bool,
    /// The booking form's first values: the next hour and two hours after, in the
    /// viewer's zone.
    start: String,
    end: String,
    zone: String,
    form: Refilled,
}

async fn resource_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = v.clone();
    let (r, upcoming, steward) = state
        .db
        .read(move |c| {
            let row = service::require_resource(c, &id)?;
            let steward = match &who {
                Some(p) => service::is_steward(c, p, &row)?,
                None => false,
            };
            let upcoming = views::upcoming(c, &row, now_ms())?;
            Ok((views::resource_view(c, row)?, upcoming, steward))
        })
        .await?;
    let zone = crate::i18n::current().zone.name().to_string();
    let hour = 3_600_000;
    let next = (now_ms() / hour + 1) * hour;
    Ok(render(&ResourcePage {
        chrome: state.chrome(v.as_ref(), csrf),
        r,
        upcoming: lines(upcoming),
        steward,
        start: model::local_input(next, &zone),
        end: model::local_input(next + 2 * hour, &zone),
        zone,
        form,
    }))
}

pub async fn resource(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    resource_page(&state, v, &csrf, id, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct BookForm {
    csrf: String,
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    ends_at: String,
    #[serde(default)]
    quantity: String,
}

/// The booking field a refusal is about.
fn booking_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_time" | "time_without_zone" | "time_out_of_range" => {
            match e.detail.text_arg("field") {
                Some("ends_at") => Some("ends_at"),
                _ => Some("starts_at"),
            }
        }
        "empty_interval" | "duration_outside_policy" => Some("ends_at"),
        "too_far_ahead" | "starts_in_past" | "slot_taken" => Some("starts_at"),
        "invalid_quantity" => Some("quantity"),
        _ => None,
    }
}

pub async fn book(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<BookForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let zone = crate::i18n::current().zone.name().to_string();
    let who = me.clone();
    let rid = id.clone();
    let (sa, ea, qa) = (f.starts_at.clone(), f.ends_at.clone(), f.quantity.clone());
    let db = state.db.clone();
    let made = async move {
        let starts_at = model::local_instant("starts_at", &sa, &zone)?;
        let ends_at = model::local_instant("ends_at", &ea, &zone)?;
        let quantity: i64 = qa.trim().parse().unwrap_or(0);
        let outcome = db
            .write(move |c| service::reserve(c, &who, &rid, starts_at, ends_at, quantity, now_ms()))
            .await?;
        outcome.map_err(|clash| service::clash_error_with(&clash, human_time))
    }
    .await;
    match made {
        Ok(k) => Ok(Redirect::to(&format!("/reservations/{}", k.id)).into_response()),
        Err(e) => {
            let entered = [
                ("starts_at", f.starts_at.as_str()),
                ("ends_at", f.ends_at.as_str()),
                ("quantity", f.quantity.as_str()),
            ];
            Refilled::answer_async(&entered, e, booking_field, |form| {
                resource_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "lending/reservation.html")]
struct ReservationPage {
    chrome: Chrome,
    k: Line,
    steward: bool,
    borrower: bool,
    form: Refilled,
}

async fn reservation_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = v.clone();
    let (k, steward, borrower) = state
        .db
        .read(move |c| {
            let row = service::require_reservation(c, &id)?;
            let r = service::require_resource(c, &row.resource_id)?;
            let (steward, borrower) = match &who {
                Some(p) => (
                    service::is_steward(c, p, &r)?,
                    row.borrower_id == p.id.as_str(),
                ),
                None => (false, false),
            };
            Ok((views::reservation(c, row, now_ms())?, steward, borrower))
        })
        .await?;
    Ok(render(&ReservationPage {
        chrome: state.chrome(v.as_ref(), csrf),
        k: line(k),
        steward,
        borrower,
        form,
    }))
}

pub async fn reservation(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    reservation_page(&state, v, &csrf, id, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct MoveForm {
    csrf: String,
    #[serde(default)]
    note: String,
}

fn note_field(e: &AppError) -> Option<&'static str> {
    match (e.code, e.detail.text_arg("field")) {
        ("too_long" | "invalid_field", Some("note")) => Some("note"),
        _ => None,
    }
}

async fn step(
    state: AppState,
    me: Actor,
    csrf: CsrfToken,
    id: String,
    f: MoveForm,
    action: Action,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (who, kid, note) = (me.clone(), id.clone(), f.note.clone());
    let done = state
        .db
        .write(move |c| service::act(c, &who, &kid, action, &note, now_ms()))
        .await;
    match done {
        Ok(k) => Ok(Redirect::to(&format!("/reservations/{}", k.id)).into_response()),
        Err(e) => {
            let entered = [("note", f.note.as_str())];
            Refilled::answer_async(&entered, e, note_field, |form| {
                reservation_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

pub async fn approve(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<MoveForm>,
) -> Result<Response, PageError> {
    step(state, me, csrf, id, f, Action::Approve).await
}

pub async fn cancel(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<MoveForm>,
) -> Result<Response, PageError> {
    step(state, me, csrf, id, f, Action::Cancel).await
}

pub async fn check_out(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<MoveForm>,
) -> Result<Response, PageError> {
    step(state, me, csrf, id, f, Action::CheckOut).await
}

pub async fn give_back(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<MoveForm>,
) -> Result<Response, PageError> {
    step(state, me, csrf, id, f, Action::Return).await
}

#[derive(Template)]
#[template(path = "lending/mine.html")]
struct MinePage {
    chrome: Chrome,
    reservations: Vec<Line>,
}

pub async fn mine(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
) -> Result<Response, PageError> {
    let who = me.clone();
    let rows = state
        .db
        .read(move |c| {
            let now = now_ms();
            store::of_borrower(c, who.id.as_str(), 200)?
                .into_iter()
                .map(|k| views::reservation(c, k, now))
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    Ok(render(&MinePage {
        chrome: state.chrome(Some(&me), &csrf),
        reservations: lines(rows),
    }))
}

#[derive(Template)]
#[template(path = "lending/desk.html")]
struct DeskPage {
    chrome: Chrome,
    day: String,
    check_outs: Vec<Line>,
    returns: Vec<Line>,
    overdue: Vec<Line>,
    awaiting: Vec<Line>,
}

pub async fn desk(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
) -> Result<Response, PageError> {
    let who = me.clone();
    let now = now_ms();
    let page = crate::i18n::current();
    let bounds = model::day_bounds(now, page.zone.name());
    let d: DeskView = state
        .db
        .read(move |c| views::desk(c, &who, now, bounds))
        .await?;
    let day = crate::i18n::formats::date(page.lang, &page.zone, bounds.0);
    Ok(render(&DeskPage {
        chrome: state.chrome(Some(&me), &csrf),
        day,
        check_outs: lines(d.check_outs),
        returns: lines(d.returns),
        overdue: lines(d.overdue),
        awaiting: lines(d.awaiting_approval),
    }))
}
