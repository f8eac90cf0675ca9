//! HTML pages of lending, without JavaScript and fit for a phone: the catalogue (search
//! and kind), a resource with its coming reservations and the booking form (its
//! `datetime-local` times read in the viewer's zone), a reservation with the moves its
//! borrower or steward may make, a person's reservations and the steward's desk.
//! A steward blocks items for maintenance, reports a breakdown, ends a block, sets a
//! maintenance plan and records trainings on the resource's page; the catalogue also
//! searches what is free over an interval; a borrower's page says what breakdowns did
//! to their reservations.

use super::calendar;
use super::model::{self, Action, KINDS};
use super::photos;
use super::service;
use super::store;
use super::views::{
    self, AvailableView, BlockView, ConditionPhotoView, DeskView, NoticeView, ReservationView,
    ResourceView, TrainingView, WaitView,
};
use crate::db::now_ms;
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::state::AppState;
use crate::web::actor::{Actor, MaybeViewer, Viewer};
use crate::web::csrf::{CsrfOnly, CsrfToken};
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
    /// Its money as the pages say it, when it has some.
    pub money: Option<LoanMoneyShown>,
}

/// A loan's money as the pages say it: amounts with their currency (`"20.00 EUR"`),
/// each absent when nothing is asked.
pub struct LoanMoneyShown {
    pub fee: Option<String>,
    pub deposit: Option<String>,
    /// `to_hold`, `held` or `given_back`.
    pub deposit_state: String,
    pub late_fee_per_day: Option<String>,
    /// Recorded at the return, when there was one.
    pub late_fee: Option<String>,
    /// The steward's treasury the amounts were booked in (none: on the loan only).
    pub treasury: Option<String>,
    /// `(what, number, url)` of each ledger transaction.
    pub entries: Vec<(String, i64, String)>,
}

fn loan_money_shown(m: &super::views::LoanMoneyView) -> LoanMoneyShown {
    let nonzero = |n: &str| n.bytes().any(|b| (b'1'..=b'9').contains(&b));
    let with = |n: &str| nonzero(n).then(|| format!("{n} {}", m.currency));
    LoanMoneyShown {
        fee: with(&m.fee),
        deposit: with(&m.deposit),
        deposit_state: m.deposit_state.clone(),
        late_fee_per_day: with(&m.late_fee_per_day),
        late_fee: m.late_fee.as_deref().and_then(with),
        treasury: m.treasury.clone(),
        entries: m
            .entries
            .iter()
            .map(|e| (e.what.clone(), e.number, e.url.clone()))
            .collect(),
    }
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
        money: v.money.as_ref().map(loan_money_shown),
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
    /// The availability search: an interval in the viewer's zone and how many items.
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    quantity: String,
}

/// An availability search's answer on the catalogue.
pub struct Search {
    pub from: String,
    pub to: String,
    pub quantity: String,
    /// Whether an interval was asked (both times given).
    pub asked: bool,
    pub found: Vec<AvailableView>,
    /// The refusal, in the viewer's language.
    pub error: Option<String>,
    /// What the found resources link with, so that their booking forms open on the
    /// interval and quantity searched (`?from=…&to=…&quantity=…`), or nothing.
    pub booking: String,
}

#[derive(Template)]
#[template(path = "lending/resources.html")]
struct CataloguePage {
    chrome: Chrome,
    resources: Page<ResourceView>,
    q: String,
    kind: String,
    kinds: [&'static str; 5],
    search: Search,
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
    let asked = !f.from.trim().is_empty() || !f.to.trim().is_empty();
    let zone = crate::i18n::current().zone.name().to_string();
    let zone_here = zone.clone();
    let (from, to, quantity) = (f.from.clone(), f.to.clone(), f.quantity.clone());
    let found = state
        .db
        .read(move |c| {
            let kind = match kind2.as_str() {
                "" => None,
                k => Some(model::kind(k)?),
            };
            let q = Some(q2.as_str()).filter(|q| !q.is_empty());
            let page = views::resources_page(c, q, kind, &paging)?;
            if !asked {
                return Ok((page, Ok(Vec::new())));
            }
            let search = (|| {
                let from = model::local_instant("from", &from, &zone)?;
                let to = model::local_instant("to", &to, &zone)?;
                let (from, to) = model::span(from, to)?;
                let n = match quantity.trim() {
                    "" => 1,
                    n => n.parse().unwrap_or(0),
                };
                let n = model::search_quantity(n)?;
                Ok::<_, model::LendingError>((from, to, n))
            })();
            let found = match search {
                Ok((from, to, n)) => Ok(views::available(
                    c,
                    q,
                    kind,
                    from,
                    to,
                    n,
                    views::MAX_AVAILABLE,
                    now_ms(),
                )?),
                Err(e) => Err(service::refusal(e)),
            };
            Ok((page, found))
        })
        .await?;
    let (resources, found) = found;
    let (found, error, status) = match found {
        Ok(v) => (v, None, axum::http::StatusCode::OK),
        Err(e) => (Vec::new(), Some(e.detail.in_request_language()), e.status),
    };
    // Written again from what was read (digits, dashes, colons and a T), so nothing a
    // visitor typed reaches the links as typed.
    let booking = match (
        model::local_instant("from", &f.from, &zone_here),
        model::local_instant("to", &f.to, &zone_here),
    ) {
        (Ok(a), Ok(b)) if error.is_none() => format!(
            "?from={}&to={}&quantity={}",
            model::local_input(a, &zone_here),
            model::local_input(b, &zone_here),
            f.quantity.trim().parse::<i64>().unwrap_or(1).max(1)
        ),
        _ => String::new(),
    };
    let page = render(&CataloguePage {
        chrome: state.chrome(v.as_ref(), &csrf),
        resources,
        q,
        kind,
        kinds: KINDS,
        search: Search {
            from: f.from,
            to: f.to,
            quantity: f.quantity,
            asked,
            found,
            error,
            booking,
        },
    });
    Ok((status, page).into_response())
}

/// A block as a line of a page: its times written for the viewer.
pub struct BlockLine {
    pub v: BlockView,
    pub starts: String,
    /// None: until repaired.
    pub ends: Option<String>,
}

fn block_line(v: BlockView) -> BlockLine {
    let at = |s: &str| {
        s.parse::<jiff::Timestamp>()
            .map(|t| human_time(t.as_millisecond()))
            .unwrap_or_default()
    };
    BlockLine {
        starts: at(&v.starts_at),
        ends: v.ends_at.as_deref().map(at),
        v,
    }
}

#[derive(Template)]
#[template(path = "lending/resource.html")]
struct ResourcePage {
    chrome: Chrome,
    r: ResourceView,
    upcoming: Vec<Line>,
    steward: bool,
    /// The booking form's first values, in the viewer's zone: the interval a search asked
    /// for, or the next hour and two hours after.
    start: String,
    end: String,
    /// The booking form's quantity when nothing was entered yet.
    quantity: String,
    /// The feed of everything kept at the resource's place (empty without a place).
    place_calendar: String,
    zone: String,
    form: Refilled,
    blocks: Vec<BlockLine>,
    /// Valid trainings (shown to stewards).
    trainings: Vec<TrainingView>,
    /// The viewer's own training on it, valid until (written for them), if any.
    trained_until: Option<String>,
    /// The plan's numbers as the form shows them (empty: none).
    plan_days: String,
    plan_uses: String,
    plan_minutes: String,
    /// The policy's numbers as its form shows them.
    policy_min: String,
    policy_max: String,
    policy_horizon: String,
    policy_buffer: String,
    /// A training's default expiry: a year from today, `YYYY-MM-DD`.
    a_year: String,
    /// Opening hours as shown: each range's day (`tue`) and times (`17:00–20:00`).
    hours: Vec<(String, String)>,
    /// Desk hours as shown, like `hours` (empty: whenever the place is open).
    desk_hours: Vec<(String, String)>,
    /// The rules' values as the policy form shows them (empty: no limit).
    policy_hours: String,
    policy_desk: String,
    policy_zone: String,
    policy_items: String,
    policy_days: String,
    policy_holds: String,
    policy_pickup: String,
    /// The lead time in minutes, as the policy form shows it.
    policy_lead: String,
    /// The money terms as the form shows them (amounts as decimal text).
    policy_currency: String,
    policy_deposit: String,
    policy_fee_mode: String,
    policy_fee: String,
    policy_late: String,
    /// The money terms as the page and the booking form say them; `None` when all free.
    money: Option<MoneyTerms>,
    /// For stewards: the other resources of the same steward a kit may be made of, with
    /// how many of each it holds now (0: none), `(id, name, pool, now)`.
    kit_choices: Vec<(String, String, i64, i64)>,
}

/// A resource's money terms as its page says them: amounts with their currency
/// (`"20.00 EUR"`), each absent when it asks nothing.
struct MoneyTerms {
    /// `per_loan`, `per_day`, `pay_what_you_can` (with `fee` the suggestion) or `free`.
    mode: String,
    fee: String,
    deposit: Option<String>,
    late_fee_per_day: Option<String>,
}

fn money_terms(p: &super::views::PolicyView) -> Option<MoneyTerms> {
    let with = |n: &str| format!("{n} {}", p.currency);
    let nonzero = |n: &str| n.bytes().any(|b| (b'1'..=b'9').contains(&b));
    if p.fee_mode == "free" && !nonzero(&p.deposit) && !nonzero(&p.late_fee_per_day) {
        return None;
    }
    Some(MoneyTerms {
        mode: p.fee_mode.clone(),
        fee: with(&p.fee),
        deposit: nonzero(&p.deposit).then(|| with(&p.deposit)),
        late_fee_per_day: nonzero(&p.late_fee_per_day).then(|| with(&p.late_fee_per_day)),
    })
}

/// A limit as its form field shows it: empty when there is none.
fn shown_limit(v: Option<i64>) -> String {
    v.map(|n| n.to_string()).unwrap_or_default()
}

async fn resource_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    form: Refilled,
) -> Result<Response, PageError> {
    resource_page_asked(state, v, csrf, id, form, &Asked::default()).await
}

/// An interval and quantity a search asked for, in the viewer's zone, as its result's
/// link carries them to the booking form.
#[derive(Debug, Default, Deserialize)]
pub struct Asked {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    quantity: String,
}

async fn resource_page_asked(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    form: Refilled,
    asked: &Asked,
) -> Result<Response, PageError> {
    let who = v.clone();
    let (r, upcoming, steward, blocks, trainings, mine, plan, kit_choices) = state
        .db
        .read(move |c| {
            let now = now_ms();
            let row = service::require_resource(c, &id)?;
            let steward = match &who {
                Some(p) => service::is_steward(c, p, &row)?,
                None => false,
            };
            let upcoming = views::upcoming(c, &row, now)?;
            let blocks = views::blocks(c, &row.id, now)?;
            let trainings = if steward {
                views::trainings(c, &row.id, now)?
            } else {
                Vec::new()
            };
            let mine = match &who {
                Some(p) => store::training(c, &row.id, p.id.as_str())?
                    .map(|t| t.expires_at)
                    .filter(|t| *t > now),
                None => None,
            };
            let plan = if steward {
                store::plan(c, &row.id)?.map(views::plan_view)
            } else {
                None
            };
            let mut kit_choices = Vec::new();
            if steward {
                let parts = store::kits::parts_of(c, &row.id)?;
                for other in store::resources_of(c, std::slice::from_ref(&row.steward_id))? {
                    if other.id == row.id || other.steward_kind != row.steward_kind {
                        continue;
                    }
                    let now_in = parts
                        .iter()
                        .find(|p| p.part_id == other.id)
                        .map_or(0, |p| p.quantity);
                    kit_choices.push((other.id, other.name, other.quantity, now_in));
                }
            }
            Ok((
                views::resource_view(c, row)?,
                upcoming,
                steward,
                blocks,
                trainings,
                mine,
                plan,
                kit_choices,
            ))
        })
        .await?;
    let zone = crate::i18n::current().zone.name().to_string();
    let hour = 3_600_000;
    let next = (now_ms() / hour + 1) * hour;
    // A search's interval when it reads (anything else: the next two hours).
    let (start, end) = match (
        model::local_instant("from", &asked.from, &zone),
        model::local_instant("to", &asked.to, &zone),
    ) {
        (Ok(a), Ok(b)) if a < b => (a, b),
        _ => (next, next + 2 * hour),
    };
    let quantity = match asked.quantity.trim().parse::<i64>() {
        Ok(n) if (1..=r.quantity).contains(&n) => n,
        _ => 1,
    };
    Ok(render(&ResourcePage {
        chrome: state.chrome(v.as_ref(), csrf),
        upcoming: lines(upcoming),
        steward,
        start: model::local_input(start, &zone),
        end: model::local_input(end, &zone),
        quantity: quantity.to_string(),
        place_calendar: if r.place.trim().is_empty() {
            String::new()
        } else {
            let place: String = form_urlencoded::byte_serialize(r.place.as_bytes()).collect();
            format!("/api/v1/places/calendar.ics?place={place}")
        },
        a_year: model::local_input(now_ms() + 365 * 24 * hour, &zone)[..10].to_string(),
        zone,
        form,
        blocks: blocks.into_iter().map(block_line).collect(),
        trainings,
        trained_until: mine.map(human_time),
        plan_days: plan
            .as_ref()
            .and_then(|p| p.every_days)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        plan_uses: plan
            .as_ref()
            .and_then(|p| p.every_uses)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        plan_minutes: plan.map_or_else(|| "60".to_string(), |p| p.minutes.to_string()),
        policy_min: r.policy.min_minutes.to_string(),
        policy_max: r.policy.max_minutes.to_string(),
        policy_horizon: r.policy.horizon_days.to_string(),
        policy_buffer: r.policy.buffer_minutes.to_string(),
        hours: shown_hours(&r.policy.opening_hours),
        desk_hours: shown_hours(&r.policy.desk_hours),
        policy_hours: r.policy.opening_hours.clone(),
        policy_desk: r.policy.desk_hours.clone(),
        policy_zone: r.policy.time_zone.clone(),
        policy_items: shown_limit(r.policy.max_items),
        policy_days: shown_limit(r.policy.max_days_month),
        policy_holds: shown_limit(r.policy.max_unconfirmed),
        policy_pickup: r.policy.pickup_hours.to_string(),
        policy_lead: r.policy.lead_minutes.to_string(),
        policy_currency: r.policy.currency.clone(),
        policy_deposit: r.policy.deposit.clone(),
        policy_fee_mode: r.policy.fee_mode.clone(),
        policy_fee: r.policy.fee.clone(),
        policy_late: r.policy.late_fee_per_day.clone(),
        money: money_terms(&r.policy),
        kit_choices,
        r,
    }))
}

/// Weekly hours as the resource page lists them: each range's day (`tue`) and times
/// (`17:00–20:00`).
fn shown_hours(written: &str) -> Vec<(String, String)> {
    let hm = |m: i64| format!("{:02}:{:02}", m / 60, m % 60);
    model::Hours::parse(written)
        .unwrap_or_default()
        .openings
        .iter()
        .map(|o| {
            (
                model::DAYS[o.day].to_string(),
                format!("{}–{}", hm(o.opens), hm(o.closes)),
            )
        })
        .collect()
}

pub async fn resource(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    Query(asked): Query<Asked>,
) -> Result<Response, PageError> {
    resource_page_asked(&state, v, &csrf, id, Refilled::default(), &asked).await
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
    /// What one chooses to pay, on a pay-what-you-can resource (empty: the suggestion).
    #[serde(default)]
    pay: String,
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
        "too_far_ahead" | "starts_in_past" | "short_notice" | "slot_taken" => Some("starts_at"),
        "outside_opening_hours" | "outside_desk_hours" => match e.detail.text_arg("field") {
            Some("ends_at") => Some("ends_at"),
            _ => Some("starts_at"),
        },
        "invalid_quantity" => Some("quantity"),
        "malformed_amount" | "negative_amount" | "too_many_decimals" | "amount_too_large" => {
            Some("pay")
        }
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
    let pay = f.pay.clone();
    let db = state.db.clone();
    let made = async move {
        let starts_at = model::local_instant("starts_at", &sa, &zone)?;
        let ends_at = model::local_instant("ends_at", &ea, &zone)?;
        let quantity: i64 = qa.trim().parse().unwrap_or(0);
        let outcome = db
            .write(move |c| {
                let pay = Some(pay.as_str()).filter(|p| !p.trim().is_empty());
                service::reserve_paying(c, &who, &rid, starts_at, ends_at, quantity, pay, now_ms())
            })
            .await?;
        outcome.map_err(|refused| service::refused_error_with(&refused, human_time))
    }
    .await;
    match made {
        Ok(k) => Ok(Redirect::to(&format!("/reservations/{}", k.id)).into_response()),
        Err(e) => {
            let entered = [
                ("starts_at", f.starts_at.as_str()),
                ("ends_at", f.ends_at.as_str()),
                ("quantity", f.quantity.as_str()),
                ("pay", f.pay.as_str()),
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
    /// The photos of its condition, for its borrower and the stewards (none for others).
    photos: Vec<ConditionPhotoView>,
    form: Refilled,
}

pub(super) async fn reservation_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = v.clone();
    let (k, steward, borrower, photos) = state
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
            let photos = match &who {
                Some(p) if steward || borrower => photos::conditions(c, p, &row.id)?
                    .into_iter()
                    .map(views::condition_photo_view)
                    .collect(),
                _ => Vec::new(),
            };
            let k = views::reservation(c, row, now_ms())?;
            Ok((k, steward, borrower, photos))
        })
        .await?;
    Ok(render(&ReservationPage {
        chrome: state.chrome(v.as_ref(), csrf),
        k: line(k),
        steward,
        borrower,
        photos,
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
    pub(super) csrf: String,
    #[serde(default)]
    pub(super) note: String,
}

pub(super) fn note_field(e: &AppError) -> Option<&'static str> {
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

#[derive(Template)]
#[template(path = "lending/mine.html")]
struct MinePage {
    chrome: Chrome,
    reservations: Vec<Line>,
    notices: Vec<Notice>,
    /// Places on waiting lists still waiting or offered, with times written for them:
    /// the place, its interval's start, and the pickup time of an offer.
    waits: Vec<(WaitView, String, String)>,
    /// When the viewer's calendar address was made, if they have one.
    feed_made: Option<String>,
    /// The address just made, shown this once.
    feed_url: Option<String>,
    /// Whether the viewer just stopped their address.
    feed_stopped: bool,
}

/// What a breakdown did to one of the viewer's reservations, its times written for them.
pub struct Notice {
    pub v: NoticeView,
    pub was: String,
    pub now: String,
}

pub async fn mine(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
) -> Result<Response, PageError> {
    mine_page(&state, me, &csrf, None, false).await
}

/// Makes or replaces the viewer's calendar address, shown on their reservations' page once.
pub async fn calendar_token(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.id.as_str().to_string();
    let (token, _) = state.db.write(move |c| calendar::rotate(c, &who)).await?;
    mine_page(
        &state,
        me,
        &csrf,
        Some(format!("/api/v1/calendars/{token}.ics")),
        false,
    )
    .await
}

/// Stops the viewer's calendar address.
pub async fn calendar_stop(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.id.as_str().to_string();
    state.db.write(move |c| calendar::forget(c, &who)).await?;
    mine_page(&state, me, &csrf, None, true).await
}

async fn mine_page(
    state: &AppState,
    me: Actor,
    csrf: &CsrfToken,
    feed_url: Option<String>,
    feed_stopped: bool,
) -> Result<Response, PageError> {
    let who = me.clone();
    let (rows, notices, waits, feed_made) = state
        .db
        .read(move |c| {
            let now = now_ms();
            let rows = store::of_borrower(c, who.id.as_str(), 200)?
                .into_iter()
                .map(|k| views::reservation(c, k, now))
                .collect::<Result<Vec<_>, _>>()?;
            let waits = views::waits_of(c, who.id.as_str())?
                .into_iter()
                .filter(|w| w.state == "waiting" || w.state == "offered")
                .collect::<Vec<_>>();
            let made = calendar::made(c, who.id.as_str())?;
            Ok((rows, views::notices(c, who.id.as_str())?, waits, made))
        })
        .await?;
    let at = |s: &str| {
        s.parse::<jiff::Timestamp>()
            .map(|t| human_time(t.as_millisecond()))
            .unwrap_or_default()
    };
    let notices = notices
        .into_iter()
        .map(|v| Notice {
            was: at(&v.was_starts_at),
            now: at(&v.starts_at),
            v,
        })
        .collect();
    let waits = waits
        .into_iter()
        .map(|w| {
            let from = at(&w.starts_at);
            let pickup = w.pickup_by.as_deref().map(at).unwrap_or_default();
            (w, from, pickup)
        })
        .collect();
    Ok(render(&MinePage {
        chrome: state.chrome(Some(&me), csrf),
        reservations: lines(rows),
        notices,
        waits,
        feed_made: feed_made.map(human_time),
        feed_url,
        feed_stopped,
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
    /// Blocks during the day, each with its resource's name.
    maintenance: Vec<(String, BlockLine)>,
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
        maintenance: d
            .maintenance
            .into_iter()
            .map(|b| (b.resource_name, block_line(b.block)))
            .collect(),
    }))
}

#[derive(Deserialize)]
pub struct UpkeepForm {
    csrf: String,
    #[serde(default, rename = "block-starts_at")]
    block_starts_at: String,
    #[serde(default, rename = "block-ends_at")]
    block_ends_at: String,
    #[serde(default, rename = "block-quantity")]
    block_quantity: String,
    #[serde(default, rename = "block-reason")]
    block_reason: String,
    #[serde(default, rename = "breakdown-quantity")]
    breakdown_quantity: String,
    #[serde(default, rename = "breakdown-reason")]
    breakdown_reason: String,
    #[serde(default, rename = "training-person")]
    training_person: String,
    #[serde(default, rename = "training-expires")]
    training_expires: String,
    #[serde(default, rename = "training-class")]
    training_class: Option<String>,
    #[serde(default, rename = "plan-every_days")]
    plan_every_days: String,
    #[serde(default, rename = "plan-every_uses")]
    plan_every_uses: String,
    #[serde(default, rename = "plan-minutes")]
    plan_minutes: String,
}

fn number(raw: &str) -> i64 {
    raw.trim().parse().unwrap_or(0)
}

fn optional(raw: &str) -> Option<i64> {
    match raw.trim() {
        "" => None,
        n => Some(n.parse().unwrap_or(0)),
    }
}

/// The field of the block form a refusal is about.
fn block_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_time" | "time_without_zone" | "time_out_of_range" => {
            match e.detail.text_arg("field") {
                Some("ends_at") => Some("block-ends_at"),
                _ => Some("block-starts_at"),
            }
        }
        "empty_interval" => Some("block-ends_at"),
        "starts_in_past" | "slot_taken" | "slot_blocked" => Some("block-starts_at"),
        "invalid_quantity" => Some("block-quantity"),
        "too_long" | "invalid_field" => Some("block-reason"),
        _ => None,
    }
}

fn breakdown_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_quantity" => Some("breakdown-quantity"),
        "too_long" | "invalid_field" => Some("breakdown-reason"),
        _ => None,
    }
}

fn training_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "missing_field" | "not_found" => Some("training-person"),
        "expiry_in_past" | "invalid_time" | "time_out_of_range" => Some("training-expires"),
        _ => None,
    }
}

fn plan_field(e: &AppError) -> Option<&'static str> {
    (e.code == "invalid_policy").then_some("plan-minutes")
}

/// Runs a steward's form on resource `id`: on success back to the resource's page, on a
/// refusal the page again with the values entered.
pub(super) async fn upkeep(
    state: AppState,
    me: Actor,
    csrf: CsrfToken,
    id: String,
    entered: Vec<(&'static str, String)>,
    field: fn(&AppError) -> Option<&'static str>,
    run: impl FnOnce(&mut crate::db::DbConn, &Actor, i64) -> Result<(), AppError> + Send + 'static,
) -> Result<Response, PageError> {
    let who = me.clone();
    let done = state.db.write(move |c| run(c, &who, now_ms())).await;
    match done {
        Ok(()) => Ok(Redirect::to(&format!("/resources/{id}")).into_response()),
        Err(e) => {
            let entered: Vec<(&'static str, &str)> =
                entered.iter().map(|(k, v)| (*k, v.as_str())).collect();
            Refilled::answer_async(&entered, e, field, |form| {
                resource_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

pub async fn block(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<UpkeepForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let zone = crate::i18n::current().zone.name().to_string();
    let entered = vec![
        ("block-starts_at", f.block_starts_at.clone()),
        ("block-ends_at", f.block_ends_at.clone()),
        ("block-quantity", f.block_quantity.clone()),
        ("block-reason", f.block_reason.clone()),
    ];
    let rid = id.clone();
    upkeep(
        state,
        me,
        csrf,
        id,
        entered,
        block_field,
        move |c, p, now| {
            let starts_at = model::local_instant("starts_at", &f.block_starts_at, &zone)?;
            let ends_at = model::local_instant("ends_at", &f.block_ends_at, &zone)?;
            let q = number(&f.block_quantity);
            service::block(c, p, &rid, starts_at, ends_at, q, &f.block_reason, now)?
                .map(|_| ())
                .map_err(|clash| service::clash_error_with(&clash, human_time))
        },
    )
    .await
}

pub async fn break_down(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<UpkeepForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let entered = vec![
        ("breakdown-quantity", f.breakdown_quantity.clone()),
        ("breakdown-reason", f.breakdown_reason.clone()),
    ];
    let rid = id.clone();
    upkeep(
        state,
        me,
        csrf,
        id,
        entered,
        breakdown_field,
        move |c, p, now| {
            let q = number(&f.breakdown_quantity);
            service::break_down(c, p, &rid, q, &f.breakdown_reason, now).map(|_| ())
        },
    )
    .await
}

pub async fn train(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<UpkeepForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let zone = crate::i18n::current().zone.name().to_string();
    let entered = vec![
        ("training-person", f.training_person.clone()),
        ("training-expires", f.training_expires.clone()),
    ];
    let rid = id.clone();
    upkeep(
        state,
        me,
        csrf,
        id,
        entered,
        training_field,
        move |c, p, now| {
            // The expiry is a day: the training holds to its end in the viewer's zone.
            let day = f.training_expires.trim();
            let expires_at = model::local_instant("expires_at", &format!("{day}T23:59"), &zone)?;
            let class = f.training_class.is_some();
            service::record_training(c, p, &rid, &f.training_person, expires_at, class, now)
                .map(|_| ())
        },
    )
    .await
}

pub async fn plan(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<UpkeepForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let entered = vec![
        ("plan-every_days", f.plan_every_days.clone()),
        ("plan-every_uses", f.plan_every_uses.clone()),
        ("plan-minutes", f.plan_minutes.clone()),
    ];
    let rid = id.clone();
    upkeep(
        state,
        me,
        csrf,
        id,
        entered,
        plan_field,
        move |c, p, now| {
            let (days, uses) = (optional(&f.plan_every_days), optional(&f.plan_every_uses));
            service::set_plan(c, p, &rid, days, uses, number(&f.plan_minutes), now).map(|_| ())
        },
    )
    .await
}

/// A steward ends a block (repaired, or maintenance done) from the resource's page.
pub async fn end_block(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (r, _) = state
        .db
        .write(move |c| service::end_block(c, &me, &id, now_ms()))
        .await?;
    Ok(Redirect::to(&format!("/resources/{}", r.id)).into_response())
}

#[derive(Template)]
#[template(path = "lending/new.html")]
struct NewPage {
    chrome: Chrome,
    kinds: [&'static str; 5],
    /// The organizations the viewer administers, by handle.
    orgs: Vec<String>,
    /// The open commons the viewer maintains, by handle (chosen as `commons:<handle>`).
    commons: Vec<String>,
    form: Refilled,
}

async fn new_page(
    state: &AppState,
    me: Actor,
    csrf: &CsrfToken,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = me.clone();
    let (orgs, commons) = state
        .db
        .read(move |c| {
            let ids: Vec<String> = crate::accounts::admin_org_ids(c, &who.id)?
                .into_iter()
                .map(|o| o.0)
                .collect();
            let mut handles: Vec<String> = crate::accounts::org_handles(c, &ids)?
                .into_values()
                .collect();
            handles.sort();
            let commons = crate::commons::open_handles_maintained_by(c, who.id.as_str())?;
            Ok((handles, commons))
        })
        .await?;
    Ok(render(&NewPage {
        chrome: state.chrome(Some(&me), csrf),
        kinds: KINDS,
        orgs,
        commons,
        form,
    }))
}

/// The form to put something up for lending.
pub async fn new_resource(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
) -> Result<Response, PageError> {
    new_page(&state, me, &csrf, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct ResourceForm {
    csrf: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    condition: String,
    #[serde(default)]
    quantity: String,
    #[serde(default)]
    organization: String,
    #[serde(default)]
    min_minutes: String,
    #[serde(default)]
    max_minutes: String,
    #[serde(default)]
    horizon_days: String,
    #[serde(default)]
    buffer_minutes: String,
    #[serde(default)]
    borrowers: String,
    #[serde(default)]
    approval_required: Option<String>,
    #[serde(default)]
    training_required: Option<String>,
}

/// The field of the new resource's form a refusal is about.
fn resource_field(e: &AppError) -> Option<&'static str> {
    const FIELDS: [&str; 9] = [
        "name",
        "description",
        "place",
        "condition",
        "quantity",
        "min_minutes",
        "max_minutes",
        "horizon_days",
        "buffer_minutes",
    ];
    match e.code {
        "invalid_resource_kind" => Some("kind"),
        "not_found" | "forbidden" | "commons_deleted" | "two_stewards" => Some("organization"),
        "invalid_policy" if e.detail.text_arg("field").is_none() => Some("borrowers"),
        _ => {
            let f = e.detail.text_arg("field")?;
            FIELDS.into_iter().find(|x| *x == f)
        }
    }
}

/// Puts a resource up for lending from the page; on a refusal, the form again.
pub async fn create(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<ResourceForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    // One choice names the steward: yourself, `<org handle>` or `commons:<handle>`.
    let steward = f.organization.trim();
    let (organization, commons) = match steward.strip_prefix("commons:") {
        Some(h) => (None, Some(h.to_string())),
        None => (Some(steward.to_string()).filter(|o| !o.is_empty()), None),
    };
    let input = service::NewResource {
        kind: f.kind.clone(),
        name: f.name.clone(),
        description: f.description.clone(),
        place: f.place.clone(),
        condition: f.condition.clone(),
        quantity: number(&f.quantity),
        organization,
        commons,
        min_minutes: number(&f.min_minutes),
        max_minutes: number(&f.max_minutes),
        horizon_days: number(&f.horizon_days),
        buffer_minutes: number(&f.buffer_minutes),
        borrowers: f.borrowers.clone(),
        approval_required: f.approval_required.is_some(),
        training_required: f.training_required.is_some(),
    };
    let who = me.clone();
    let made = state
        .db
        .write(move |c| service::create_resource(c, &who, &input, now_ms()))
        .await;
    match made {
        Ok(r) => Ok(Redirect::to(&format!("/resources/{}", r.id)).into_response()),
        Err(e) => {
            let approval = if f.approval_required.is_some() {
                "on"
            } else {
                ""
            };
            let training = if f.training_required.is_some() {
                "on"
            } else {
                ""
            };
            let entered = [
                ("kind", f.kind.as_str()),
                ("name", f.name.as_str()),
                ("description", f.description.as_str()),
                ("place", f.place.as_str()),
                ("condition", f.condition.as_str()),
                ("quantity", f.quantity.as_str()),
                ("organization", f.organization.as_str()),
                ("min_minutes", f.min_minutes.as_str()),
                ("max_minutes", f.max_minutes.as_str()),
                ("horizon_days", f.horizon_days.as_str()),
                ("buffer_minutes", f.buffer_minutes.as_str()),
                ("borrowers", f.borrowers.as_str()),
                ("approval_required", approval),
                ("training_required", training),
            ];
            Refilled::answer_async(&entered, e, resource_field, |form| {
                new_page(&state, me, &csrf, form)
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct PolicyForm {
    csrf: String,
    #[serde(default, rename = "policy-min_minutes")]
    min_minutes: String,
    #[serde(default, rename = "policy-max_minutes")]
    max_minutes: String,
    #[serde(default, rename = "policy-horizon_days")]
    horizon_days: String,
    #[serde(default, rename = "policy-buffer_minutes")]
    buffer_minutes: String,
    #[serde(default, rename = "policy-borrowers")]
    borrowers: String,
    #[serde(default, rename = "policy-approval_required")]
    approval_required: Option<String>,
    #[serde(default, rename = "policy-training_required")]
    training_required: Option<String>,
    #[serde(default, rename = "policy-opening_hours")]
    opening_hours: String,
    #[serde(default, rename = "policy-time_zone")]
    time_zone: String,
    #[serde(default, rename = "policy-max_items")]
    max_items: String,
    #[serde(default, rename = "policy-max_days_month")]
    max_days_month: String,
    #[serde(default, rename = "policy-max_unconfirmed")]
    max_unconfirmed: String,
    #[serde(default, rename = "policy-pickup_hours")]
    pickup_hours: String,
    #[serde(default, rename = "policy-desk_hours")]
    desk_hours: String,
    #[serde(default, rename = "policy-lead_minutes")]
    lead_minutes: String,
    #[serde(default, rename = "policy-currency")]
    currency: String,
    #[serde(default, rename = "policy-deposit")]
    deposit: String,
    #[serde(default, rename = "policy-fee_mode")]
    fee_mode: String,
    #[serde(default, rename = "policy-fee")]
    fee: String,
    #[serde(default, rename = "policy-late_fee_per_day")]
    late_fee_per_day: String,
}

fn policy_field(e: &AppError) -> Option<&'static str> {
    match (e.code, e.detail.text_arg("field")) {
        ("invalid_policy", Some("min_minutes")) => Some("policy-min_minutes"),
        ("invalid_policy", Some("max_minutes")) => Some("policy-max_minutes"),
        ("invalid_policy", Some("horizon_days")) => Some("policy-horizon_days"),
        ("invalid_policy", Some("buffer_minutes")) => Some("policy-buffer_minutes"),
        ("invalid_policy", Some("max_items")) => Some("policy-max_items"),
        ("invalid_policy", Some("max_days_month")) => Some("policy-max_days_month"),
        ("invalid_policy", Some("max_unconfirmed")) => Some("policy-max_unconfirmed"),
        ("invalid_policy", Some("pickup_hours")) => Some("policy-pickup_hours"),
        ("invalid_policy", Some("lead_minutes")) => Some("policy-lead_minutes"),
        (
            "malformed_amount" | "negative_amount" | "too_many_decimals" | "amount_too_large"
            | "unknown_unit" | "not_a_currency",
            Some(field),
        ) => match field {
            "currency" => Some("policy-currency"),
            "deposit" => Some("policy-deposit"),
            "fee" => Some("policy-fee"),
            "late_fee_per_day" => Some("policy-late_fee_per_day"),
            _ => None,
        },
        ("invalid_fee_mode", _) => Some("policy-fee_mode"),
        ("fee_mode_mismatch", _) => Some("policy-fee"),
        ("invalid_policy", None) if e.detail.key() == "problem-lending-zone" => {
            Some("policy-time_zone")
        }
        ("invalid_policy", None) => Some("policy-borrowers"),
        ("invalid_opening_hours", Some("desk_hours")) | ("too_long", Some("desk_hours")) => {
            Some("policy-desk_hours")
        }
        ("invalid_opening_hours", _) | ("too_long", Some("opening_hours")) => {
            Some("policy-opening_hours")
        }
        _ => None,
    }
}

/// A steward changes the resource's policy from its page.
pub async fn policy(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<PolicyForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let approval = if f.approval_required.is_some() {
        "on"
    } else {
        ""
    };
    let training = if f.training_required.is_some() {
        "on"
    } else {
        ""
    };
    let entered = vec![
        ("policy-min_minutes", f.min_minutes.clone()),
        ("policy-max_minutes", f.max_minutes.clone()),
        ("policy-horizon_days", f.horizon_days.clone()),
        ("policy-buffer_minutes", f.buffer_minutes.clone()),
        ("policy-borrowers", f.borrowers.clone()),
        ("policy-approval_required", approval.to_string()),
        ("policy-training_required", training.to_string()),
        ("policy-opening_hours", f.opening_hours.clone()),
        ("policy-time_zone", f.time_zone.clone()),
        ("policy-max_items", f.max_items.clone()),
        ("policy-max_days_month", f.max_days_month.clone()),
        ("policy-max_unconfirmed", f.max_unconfirmed.clone()),
        ("policy-pickup_hours", f.pickup_hours.clone()),
        ("policy-desk_hours", f.desk_hours.clone()),
        ("policy-lead_minutes", f.lead_minutes.clone()),
        ("policy-currency", f.currency.clone()),
        ("policy-deposit", f.deposit.clone()),
        ("policy-fee_mode", f.fee_mode.clone()),
        ("policy-fee", f.fee.clone()),
        ("policy-late_fee_per_day", f.late_fee_per_day.clone()),
    ];
    let default_zone = state.config.zone().name().to_string();
    let rid = id.clone();
    upkeep(
        state,
        me,
        csrf,
        id,
        entered,
        policy_field,
        move |c, p, _| {
            let change = service::PolicyChange {
                min_minutes: Some(number(&f.min_minutes)),
                max_minutes: Some(number(&f.max_minutes)),
                horizon_days: Some(number(&f.horizon_days)),
                buffer_minutes: Some(number(&f.buffer_minutes)),
                borrowers: Some(f.borrowers.clone()),
                approval_required: Some(f.approval_required.is_some()),
                training_required: Some(f.training_required.is_some()),
                opening_hours: Some(f.opening_hours.clone()),
                time_zone: Some(f.time_zone.clone()),
                max_items: Some(number(&f.max_items)),
                max_days_month: Some(number(&f.max_days_month)),
                max_unconfirmed: Some(number(&f.max_unconfirmed)),
                pickup_hours: optional(&f.pickup_hours),
                desk_hours: Some(f.desk_hours.clone()),
                lead_minutes: optional(&f.lead_minutes),
                money: super::fees::TermsChange {
                    currency: Some(f.currency.clone()).filter(|c| !c.trim().is_empty()),
                    deposit: Some(f.deposit.clone()),
                    fee_mode: Some(f.fee_mode.clone()).filter(|m| !m.trim().is_empty()),
                    fee: Some(f.fee.clone()),
                    late_fee_per_day: Some(f.late_fee_per_day.clone()),
                },
                default_zone,
            };
            service::set_policy(c, p, &rid, &change).map(|_| ())
        },
    )
    .await
}

/// Joins the resource's waiting list with the booking form's values (its second button).
pub async fn wait(
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
    let joined = async move {
        let starts_at = model::local_instant("starts_at", &sa, &zone)?;
        let ends_at = model::local_instant("ends_at", &ea, &zone)?;
        let quantity: i64 = qa.trim().parse().unwrap_or(0);
        let outcome = db
            .write(move |c| {
                super::waits::join(c, &who, &rid, starts_at, ends_at, quantity, now_ms())
            })
            .await?;
        outcome.map_err(|refused| service::refused_error_with(&refused, human_time))
    }
    .await;
    match joined {
        Ok(_) => Ok(Redirect::to("/me/reservations#waits").into_response()),
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

/// Takes an offer from the waiting list, from one's reservations page.
pub async fn take(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let k = state
        .db
        .write(move |c| {
            super::waits::take(c, &me, &id, now_ms())?
                .map_err(|refused| service::refused_error_with(&refused, human_time))
        })
        .await?;
    Ok(Redirect::to(&format!("/reservations/{}", k.id)).into_response())
}

/// Leaves a waiting list (or gives up an offer), from one's reservations page.
pub async fn leave(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    state
        .db
        .write(move |c| super::waits::leave(c, &me, &id, now_ms()))
        .await?;
    Ok(Redirect::to("/me/reservations#waits").into_response())
}
