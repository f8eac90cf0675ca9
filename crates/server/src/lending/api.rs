//! JSON API for lending: resources (list, read, create, retire), their reservations and
//! calendars, and a reservation's moves (approve, cancel, check out, return). Reads are
//! public; writes need a bearer token. A booking that does not fit answers 409 with the
//! reservation in the way and the next free slot.

use super::calendar::{
    self, calendar_of_person, calendar_of_place, calendar_of_reservation, calendar_of_resource,
};
use super::model::{self, Action, Clash};
use super::service::{self, NewResource};
use super::views::{
    self, AvailableView, BlockView, BreakdownView, DeskView, NoticeView, PlanView, ReservationView,
    ResourceView, TrainingView, WaitView,
};
use crate::db::now_ms;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiJson, Path, Query};
use crate::web::paging::{Page, Paging, PagingParams};
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// What a list of resources may be narrowed to.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ResourceFilter {
    /// Only resources whose name, description or place contains this text.
    pub q: Option<String>,
    /// Only resources of this kind: tool, vehicle, space, machine or material.
    pub kind: Option<String>,
}

fn default_min() -> i64 {
    30
}
fn default_max() -> i64 {
    7 * 24 * 60
}
fn default_horizon() -> i64 {
    60
}
fn default_borrowers() -> String {
    "anyone".into()
}
fn one() -> i64 {
    1
}

/// A resource to put up for lending, with its policy.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResourceInput {
    /// tool, vehicle, space, machine or material.
    pub kind: String,
    /// One line, at most 120 characters.
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub condition: String,
    /// Identical items in the pool (1: one item), at most 10 000.
    #[serde(default = "one")]
    pub quantity: i64,
    /// The steward organization's handle (its admins steward it); absent: yourself.
    #[serde(default)]
    pub organization: Option<String>,
    /// The steward commons' handle (its maintainers steward it); not with `organization`.
    #[serde(default)]
    pub commons: Option<String>,
    #[serde(default = "default_min")]
    pub min_minutes: i64,
    #[serde(default = "default_max")]
    pub max_minutes: i64,
    #[serde(default = "default_horizon")]
    pub horizon_days: i64,
    #[serde(default)]
    pub buffer_minutes: i64,
    /// `anyone` signed in, or `members` of the steward organization.
    #[serde(default = "default_borrowers")]
    pub borrowers: String,
    #[serde(default)]
    pub approval_required: bool,
    /// Only people a steward trained on it may book it.
    #[serde(default)]
    pub training_required: bool,
}

/// A booking: RFC 3339 times with their offset, and how many items.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReservationInput {
    /// RFC 3339 with an offset, e.g. `2026-12-07T09:00:00+01:00`.
    pub starts_at: String,
    /// After `starts_at`.
    pub ends_at: String,
    /// 1 to the pool's size.
    #[serde(default = "one")]
    pub quantity: i64,
    /// What one chooses to pay (decimal text, 0 or more) when the resource is
    /// pay-what-you-can; without it, the suggested fee. Ignored otherwise.
    #[serde(default)]
    pub pay: Option<String>,
}

/// A condition note at check-out or return.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoteInput {
    #[serde(default)]
    pub note: String,
}

/// When the same booking would fit.
#[derive(Debug, Serialize, ToSchema)]
pub struct Slot {
    pub starts_at: String,
    pub ends_at: String,
}

/// A 409 for a booking that does not fit: problem+json with what is in the way.
#[derive(Serialize, ToSchema)]
pub struct SlotTaken {
    #[serde(flatten)]
    pub problem: Problem,
    /// With `slot_taken`: the id of a reservation holding the items at the busiest
    /// instant asked for (absent on the other 409s, e.g. `resource_retired`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conflicting_reservation: Option<String>,
    /// With `slot_blocked`: the id of the maintenance block or breakdown in the way.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conflicting_block: Option<String>,
    /// With `component_taken` (booking a kit): the id of the part whose items are
    /// taken; `conflicting_reservation` or `conflicting_block` is what holds them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// The first slot of the same length, at or after the one asked, that fits within
    /// the booking horizon; absent if none does.
    pub next_free_slot: Option<Slot>,
}

/// The 409 of a booking in the way, `length` long, with the next free slot.
pub(super) fn slot_taken(clash: &Clash, length: i64) -> Response {
    let e = service::clash_error(clash);
    let body = SlotTaken {
        problem: Problem {
            kind: "about:blank".into(),
            title: "Conflict".into(),
            status: 409,
            detail: e.detail.in_request_language(),
            code: e.code.into(),
        },
        conflicting_reservation: (!clash.block).then(|| clash.reservation.clone()),
        conflicting_block: clash.block.then(|| clash.reservation.clone()),
        component: clash.component.as_ref().map(|(id, _)| id.clone()),
        next_free_slot: clash.next_free.map(|t| Slot {
            starts_at: model::rfc3339(t),
            ends_at: model::rfc3339(t + length),
        }),
    };
    let mut r = (StatusCode::CONFLICT, Json(body)).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/problem+json"),
    );
    r
}

fn ics(text: String) -> Response {
    (
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        text,
    )
        .into_response()
}

/// Resources that can be borrowed, by name, a page at a time (retired ones leave).
#[utoipa::path(get, path = "/api/v1/resources", tag = "lending", params(ResourceFilter, PagingParams),
    responses((status = 200, description = "one page of resources, by name", body = Page<ResourceView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 422, description = "an unknown kind", body = Problem)))]
pub async fn list_resources(
    State(state): State<AppState>,
    Query(f): Query<ResourceFilter>,
    paging: Paging,
) -> Result<Page<ResourceView>, ApiError> {
    Ok(state
        .db
        .read(move |c| {
            let kind = match f.kind.as_deref().filter(|k| !k.is_empty()) {
                Some(k) => Some(model::kind(k)?),
                None => None,
            };
            let q = f.q.as_deref().map(str::trim).filter(|q| !q.is_empty());
            views::resources_page(c, q, kind, &paging)
        })
        .await?)
}

/// Puts a resource up for lending, stewarded by you, by an organization you administer or
/// by a commons you maintain.
#[utoipa::path(post, path = "/api/v1/resources", tag = "lending", security(("bearer" = [])),
    request_body = ResourceInput,
    responses((status = 201, description = "the resource", body = ResourceView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the steward organization, or not a maintainer of the steward commons", body = Problem),
        (status = 404, description = "no such organization or commons", body = Problem),
        (status = 410, description = "the steward commons was deleted", body = Problem),
        (status = 422, description = "a field or the policy breaks its rule; `two_stewards` when both an organization and a commons are named", body = Problem)))]
pub async fn create_resource(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    ApiJson(i): ApiJson<ResourceInput>,
) -> Result<Response, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let input = NewResource {
                kind: i.kind,
                name: i.name,
                description: i.description,
                place: i.place,
                condition: i.condition,
                quantity: i.quantity,
                organization: i.organization,
                commons: i.commons,
                min_minutes: i.min_minutes,
                max_minutes: i.max_minutes,
                horizon_days: i.horizon_days,
                buffer_minutes: i.buffer_minutes,
                borrowers: i.borrowers,
                approval_required: i.approval_required,
                training_required: i.training_required,
            };
            let r = service::create_resource(c, &p, &input, now_ms())?;
            views::resource_view(c, r)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// One resource with its policy.
#[utoipa::path(get, path = "/api/v1/resources/{id}", tag = "lending",
    params(("id" = String, Path)),
    responses((status = 200, description = "the resource", body = ResourceView),
        (status = 404, description = "no such resource", body = Problem)))]
pub async fn get_resource(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<ResourceView>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let r = service::require_resource(c, &id)?;
            views::resource_view(c, r)
        })
        .await?;
    Ok(Json(v))
}

/// Retires a resource (a steward): it takes no more bookings.
#[utoipa::path(post, path = "/api/v1/resources/{id}/retire", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the retired resource", body = ResourceView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such resource", body = Problem),
        (status = 409, description = "retired already", body = Problem)))]
pub async fn retire_resource(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<ResourceView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let r = service::retire(c, &p, &id, now_ms())?;
            views::resource_view(c, r)
        })
        .await?;
    Ok(Json(v))
}

/// A resource's reservations under way or to come, by start (cancelled ones left out),
/// with those of the kits it is a part of (their `resource_id` is the kit's).
#[utoipa::path(get, path = "/api/v1/resources/{id}/reservations", tag = "lending",
    params(("id" = String, Path)),
    responses((status = 200, description = "its reservations and its kits', by start", body = Vec<ReservationView>),
        (status = 404, description = "no such resource", body = Problem)))]
pub async fn resource_reservations(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Vec<ReservationView>>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let r = service::require_resource(c, &id)?;
            views::upcoming(c, &r, now_ms())
        })
        .await?;
    Ok(Json(v))
}

/// Reserves items of a resource for an interval. Never double-books: when the pool has
/// no room at some instant of the interval (plus the buffer), answers 409.
#[utoipa::path(post, path = "/api/v1/resources/{id}/reservations", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = ReservationInput,
    responses((status = 201, description = "the reservation (pending when the steward must approve)", body = ReservationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "only members of the steward organization may borrow", body = Problem),
        (status = 404, description = "no such resource", body = Problem),
        (status = 409, description = "the slot is taken (with the reservation in the way and the next free slot), the resource is retired, or a limit per person is reached (`limit_items_at_once`, `limit_days_per_month`, `limit_unconfirmed_holds`, saying until when)", body = SlotTaken),
        (status = 410, description = "the steward is a commons that was deleted: it takes no new bookings (`commons_deleted`); loans out are still returned and reservations cancelled", body = Problem),
        (status = 422, description = "a malformed, zoneless or out-of-range time, an empty interval, a duration or horizon outside the policy, a start or end outside the opening hours (`outside_opening_hours`, with the next opening) or outside the desk hours (`outside_desk_hours`, with the next desk opening), a quantity outside the pool, or a `pay` that does not read or is below zero (`malformed_amount`, `negative_amount`, `too_many_decimals`, `amount_too_large`, naming `pay`)", body = Problem)))]
pub async fn reserve(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<ReservationInput>,
) -> Result<Response, ApiError> {
    let starts_at = model::instant("starts_at", &i.starts_at)?;
    let ends_at = model::instant("ends_at", &i.ends_at)?;
    let outcome = state
        .db
        .write(move |c| {
            let now = now_ms();
            let pay = i.pay.as_deref();
            match service::reserve_paying(c, &p, &id, starts_at, ends_at, i.quantity, pay, now)? {
                Ok(k) => Ok(Ok(views::reservation(c, k, now)?)),
                Err(clash) => Ok(Err(clash)),
            }
        })
        .await?;
    Ok(match outcome {
        Ok(v) => (StatusCode::CREATED, Json(v)).into_response(),
        Err(service::Refused::Clash(clash)) => slot_taken(&clash, ends_at - starts_at),
        Err(service::Refused::Rule(e)) => return Err(service::refusal(e).into()),
    })
}

/// A loan at the desk to someone who walked in: who borrows, until when, how many, the
/// condition noted as the items go out and, on a pay-what-you-can resource, what the
/// borrower chose to pay.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WalkInInput {
    /// The borrower's handle, `@bob` or `bob`.
    pub borrower: String,
    /// RFC 3339 with an offset; the loan runs from now until then.
    pub ends_at: String,
    /// 1 to the pool's size.
    #[serde(default = "one")]
    pub quantity: i64,
    /// The items' condition as they go out.
    #[serde(default)]
    pub condition: String,
    /// What the borrower chose to pay (decimal text, 0 or more) when the resource is
    /// pay-what-you-can; without it, the suggested fee. Ignored otherwise.
    #[serde(default)]
    pub pay: Option<String>,
}

/// A steward lends items now to someone who walked in: booked for them from now until
/// `ends_at` through the same availability check as every booking (409 naming the
/// reservation in the way and the next free slot) and checked out at once, with the
/// check-out's condition note, deposit and fee. The borrower's own rules apply
/// (members only, training, limits per person); the steward's exemptions (lead time,
/// approval) too.
#[utoipa::path(post, path = "/api/v1/resources/{id}/loans", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = WalkInInput,
    responses((status = 201, description = "the loan, out", body = ReservationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the resource (`not_steward`), or the borrower may not borrow it (`members_only`, `training_required`)", body = Problem),
        (status = 404, description = "no such resource or borrower", body = Problem),
        (status = 409, description = "the items are taken until then (with the reservation in the way and the next free slot), the resource is retired, or a limit per person of the borrower is reached", body = SlotTaken),
        (status = 410, description = "the steward is a commons that was deleted (`commons_deleted`)", body = Problem),
        (status = 422, description = "a malformed or zoneless time, an `ends_at` not after now, a duration outside the policy, an end outside the opening or desk hours, a quantity outside the pool, a missing borrower, a condition too long, or a `pay` that does not read", body = Problem)))]
pub async fn lend_walk_in(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<WalkInInput>,
) -> Result<Response, ApiError> {
    let ends_at = model::instant("ends_at", &i.ends_at)?;
    let now = now_ms();
    let outcome = state
        .db
        .write(move |c| {
            let now = now_ms();
            let w = service::WalkIn {
                borrower: &i.borrower,
                ends_at,
                quantity: i.quantity,
                condition: &i.condition,
                pay: i.pay.as_deref(),
            };
            match service::lend_walk_in(c, &p, &id, w, now)? {
                Ok(k) => Ok(Ok(views::reservation(c, k, now)?)),
                Err(refused) => Ok(Err(refused)),
            }
        })
        .await?;
    Ok(match outcome {
        Ok(v) => (StatusCode::CREATED, Json(v)).into_response(),
        Err(service::Refused::Clash(clash)) => slot_taken(&clash, ends_at - now),
        Err(service::Refused::Rule(e)) => return Err(service::refusal(e).into()),
    })
}

/// A resource's reservations as an iCalendar (RFC 5545) feed.
#[utoipa::path(get, path = "/api/v1/resources/{id}/calendar.ics", tag = "lending",
    params(("id" = String, Path)),
    responses((status = 200, description = "an iCalendar feed of its reservations", content_type = "text/calendar", body = String),
        (status = 404, description = "no such resource", body = Problem)))]
pub async fn resource_calendar(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let text = state.db.read(move |c| calendar_of_resource(c, &id)).await?;
    Ok(ics(text))
}

/// Which place's feed.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PlaceQuery {
    /// The place as resources write it (`Bike shed behind the town hall`), whatever the
    /// case.
    pub place: String,
}

/// The reservations, maintenance blocks and breakdowns of every resource kept at one
/// place, as one iCalendar (RFC 5545) feed: a library's front desk subscribes to it.
#[utoipa::path(get, path = "/api/v1/places/calendar.ics", tag = "lending", params(PlaceQuery),
    responses((status = 200, description = "an iCalendar feed of the place's resources", content_type = "text/calendar", body = String),
        (status = 404, description = "no resource is kept at that place", body = Problem)))]
pub async fn place_calendar(
    State(state): State<AppState>,
    Query(q): Query<PlaceQuery>,
) -> Result<Response, ApiError> {
    let text = state
        .db
        .read(move |c| calendar_of_place(c, &q.place))
        .await?;
    Ok(ics(text))
}

/// One reservation.
#[utoipa::path(get, path = "/api/v1/reservations/{id}", tag = "lending",
    params(("id" = String, Path)),
    responses((status = 200, description = "the reservation", body = ReservationView),
        (status = 404, description = "no such reservation", body = Problem)))]
pub async fn get_reservation(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<ReservationView>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let k = service::require_reservation(c, &id)?;
            views::reservation(c, k, now_ms())
        })
        .await?;
    Ok(Json(v))
}

/// One reservation as an iCalendar (RFC 5545) event.
#[utoipa::path(get, path = "/api/v1/reservations/{id}/calendar.ics", tag = "lending",
    params(("id" = String, Path)),
    responses((status = 200, description = "an iCalendar file with the reservation", content_type = "text/calendar", body = String),
        (status = 404, description = "no such reservation", body = Problem)))]
pub async fn reservation_calendar(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let text = state
        .db
        .read(move |c| calendar_of_reservation(c, &id))
        .await?;
    Ok(ics(text))
}

async fn act(
    state: AppState,
    p: crate::web::actor::Actor,
    id: String,
    action: Action,
    note: String,
) -> Result<Json<ReservationView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let now = now_ms();
            let k = service::act(c, &p, &id, action, &note, now)?;
            views::reservation(c, k, now)
        })
        .await?;
    Ok(Json(v))
}

/// A steward approves a reservation that awaits approval.
#[utoipa::path(post, path = "/api/v1/reservations/{id}/approve", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the confirmed reservation", body = ReservationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such reservation", body = Problem),
        (status = 409, description = "it does not await approval", body = Problem)))]
pub async fn approve(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<ReservationView>, ApiError> {
    act(state, p, id, Action::Approve, String::new()).await
}

/// The borrower or a steward cancels a reservation before check-out.
#[utoipa::path(post, path = "/api/v1/reservations/{id}/cancel", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the cancelled reservation", body = ReservationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "neither its borrower nor a steward", body = Problem),
        (status = 404, description = "no such reservation", body = Problem),
        (status = 409, description = "checked out, returned or cancelled already", body = Problem)))]
pub async fn cancel(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<ReservationView>, ApiError> {
    act(state, p, id, Action::Cancel, String::new()).await
}

/// A steward hands the items over, noting their condition.
#[utoipa::path(post, path = "/api/v1/reservations/{id}/check-out", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NoteInput,
    responses((status = 200, description = "the reservation, out", body = ReservationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such reservation", body = Problem),
        (status = 409, description = "not confirmed (pending, out, returned or cancelled)", body = Problem),
        (status = 422, description = "a note too long or with control characters", body = Problem)))]
pub async fn check_out(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<NoteInput>,
) -> Result<Json<ReservationView>, ApiError> {
    act(state, p, id, Action::CheckOut, i.note).await
}

/// A steward takes the items back, noting their condition; a late return is shown.
#[utoipa::path(post, path = "/api/v1/reservations/{id}/return", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NoteInput,
    responses((status = 200, description = "the reservation, returned", body = ReservationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such reservation", body = Problem),
        (status = 409, description = "not lent: it is not checked out", body = Problem),
        (status = 422, description = "a note too long or with control characters", body = Problem)))]
pub async fn give_back(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<NoteInput>,
) -> Result<Json<ReservationView>, ApiError> {
    act(state, p, id, Action::Return, i.note).await
}

/// Your reservations, latest first (the last 200).
#[utoipa::path(get, path = "/api/v1/me/reservations", tag = "lending", security(("bearer" = [])),
    responses((status = 200, description = "your reservations, latest start first", body = Vec<ReservationView>),
        (status = 401, description = "not signed in", body = Problem)))]
pub async fn my_reservations(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
) -> Result<Json<Vec<ReservationView>>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let now = now_ms();
            super::store::of_borrower(c, p.id.as_str(), 200)?
                .into_iter()
                .map(|k| views::reservation(c, k, now))
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    Ok(Json(v))
}

/// Your steward's desk for today (UTC): items to hand over, loans to take back, loans
/// overdue, and reservations awaiting your approval, over every resource you steward.
#[utoipa::path(get, path = "/api/v1/me/desk", tag = "lending", security(("bearer" = [])),
    responses((status = 200, description = "today's desk", body = DeskView),
        (status = 401, description = "not signed in", body = Problem)))]
pub async fn my_desk(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
) -> Result<Json<DeskView>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let now = now_ms();
            views::desk(c, &p, now, model::day_bounds(now, "UTC"))
        })
        .await?;
    Ok(Json(v))
}

/// An availability search: an interval with its offsets, how many items, and the
/// catalogue's filters.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AvailableQuery {
    /// RFC 3339 with an offset, e.g. `2026-12-11T10:00:00+01:00`.
    pub from: Option<String>,
    /// RFC 3339 with an offset, after `from`.
    pub to: Option<String>,
    /// Items needed at once (1 when absent).
    pub quantity: Option<i64>,
    /// Only resources of this kind.
    pub kind: Option<String>,
    /// Only resources whose name, description or place contains this text.
    pub q: Option<String>,
    /// At most this many resources (50 when absent, 200 at most).
    pub limit: Option<usize>,
}

/// The resources with at least `quantity` items free over all of `[from, to)`, by name:
/// reservations with their buffers, loans still out, maintenance blocks and breakdowns
/// counted.
#[utoipa::path(get, path = "/api/v1/resources/available", tag = "lending", params(AvailableQuery),
    responses((status = 200, description = "the resources free over the interval, by name, with how many items are", body = Vec<AvailableView>),
        (status = 422, description = "a missing, malformed, zoneless or out-of-range time, a reversed or empty interval, a quantity below 1, or an unknown kind", body = Problem)))]
pub async fn available(
    State(state): State<AppState>,
    Query(f): Query<AvailableQuery>,
) -> Result<Response, ApiError> {
    let time = |field: &'static str, raw: Option<&str>| match raw.map(str::trim) {
        None | Some("") => Err(model::LendingError::Missing { field }),
        Some(t) => model::instant(field, t),
    };
    let from = time("from", f.from.as_deref())?;
    let to = time("to", f.to.as_deref())?;
    let (from, to) = model::span(from, to)?;
    let quantity = model::search_quantity(f.quantity.unwrap_or(1))?;
    let limit = f.limit.unwrap_or(50).clamp(1, views::MAX_AVAILABLE);
    let kind = match f.kind.as_deref().map(str::trim).filter(|k| !k.is_empty()) {
        Some(k) => Some(model::kind(k)?),
        None => None,
    };
    let key = AvailableKey {
        q: f.q
            .as_deref()
            .map(str::trim)
            .filter(|q| !q.is_empty())
            .map(str::to_owned),
        kind,
        from,
        to,
        quantity,
        limit,
    };
    // Many people ask the same question ("a cargo bike this Saturday"): the answer is
    // made once per commit generation (see `db::cache` for freshness; its time to live
    // also bounds how long a late loan's hold is counted up to an instant gone by).
    let generation = state.db.generation();
    let k = key.clone();
    let body = state
        .owned::<super::Caches>()
        .available
        .get_or_load(key, generation, || async {
            let found = state
                .db
                .read(move |c| {
                    views::available(
                        c,
                        k.q.as_deref(),
                        k.kind,
                        from,
                        to,
                        quantity,
                        limit,
                        now_ms(),
                    )
                })
                .await?;
            let json = serde_json::to_vec(&found).map_err(crate::error::AppError::internal)?;
            Ok::<_, crate::error::AppError>(axum::body::Bytes::from(json))
        })
        .await?;
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        (*body).clone(),
    )
        .into_response())
}

/// What an availability search asked, once checked: the key of its cached answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AvailableKey {
    q: Option<String>,
    kind: Option<&'static str>,
    from: i64,
    to: i64,
    quantity: i64,
    limit: usize,
}

/// The JSON bodies of availability searches, by what was asked.
pub type AvailableCache = crate::db::cache::GenerationCache<AvailableKey, axum::body::Bytes>;

/// A maintenance block: an interval with its offsets, how many items, and why.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BlockInput {
    /// RFC 3339 with an offset.
    pub starts_at: String,
    /// After `starts_at`.
    pub ends_at: String,
    /// Items taken out of the pool: 1 to its size.
    #[serde(default = "one")]
    pub quantity: i64,
    #[serde(default)]
    pub reason: String,
}

/// A breakdown: how many items, and what is wrong.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BreakdownInput {
    #[serde(default = "one")]
    pub quantity: i64,
    #[serde(default)]
    pub reason: String,
}

/// A maintenance plan: every so many days or loans, whichever first.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanInput {
    /// 1 to 730, or absent.
    #[serde(default)]
    pub every_days: Option<i64>,
    /// Loans returned, 1 to 10 000, or absent (one of the two is needed).
    #[serde(default)]
    pub every_uses: Option<i64>,
    /// How long each block lasts, 1 to 10 080.
    pub minutes: i64,
}

/// A training: who, and until when it is valid.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrainingInput {
    /// The person's handle.
    pub person: String,
    /// RFC 3339 with an offset, in the future.
    pub expires_at: String,
    /// True: the training holds for every resource of this one's kind that its steward
    /// lends.
    #[serde(default)]
    pub class: bool,
}

/// A resource's maintenance blocks and breakdowns still holding items.
#[utoipa::path(get, path = "/api/v1/resources/{id}/blocks", tag = "lending",
    params(("id" = String, Path)),
    responses((status = 200, description = "its blocks under way or to come, by start", body = Vec<BlockView>),
        (status = 404, description = "no such resource", body = Problem)))]
pub async fn resource_blocks(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Vec<BlockView>>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let r = service::require_resource(c, &id)?;
            views::blocks(c, &r.id, now_ms())
        })
        .await?;
    Ok(Json(v))
}

/// A steward blocks items for maintenance over an interval. It must fit beside the
/// reservations (409 naming the one in the way, as for a booking); bookings over it are
/// then refused with 409 `slot_blocked`.
#[utoipa::path(post, path = "/api/v1/resources/{id}/blocks", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BlockInput,
    responses((status = 201, description = "the block", body = BlockView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such resource", body = Problem),
        (status = 409, description = "reservations or blocks hold the items then, or the resource is retired", body = SlotTaken),
        (status = 422, description = "a malformed, zoneless or out-of-range time, an empty interval, a start in the past, a quantity outside the pool or a reason too long", body = Problem)))]
pub async fn block(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BlockInput>,
) -> Result<Response, ApiError> {
    let starts_at = model::instant("starts_at", &i.starts_at)?;
    let ends_at = model::instant("ends_at", &i.ends_at)?;
    let outcome = state
        .db
        .write(move |c| {
            service::block(
                c,
                &p,
                &id,
                starts_at,
                ends_at,
                i.quantity,
                &i.reason,
                now_ms(),
            )
        })
        .await?;
    Ok(match outcome {
        Ok(b) => (StatusCode::CREATED, Json(views::block_view(b))).into_response(),
        Err(clash) => slot_taken(&clash, ends_at - starts_at),
    })
}

/// A steward reports items broken: out of the pool until repaired. The reservations that
/// no longer fit move to the next free slot of the pool, or are cancelled; each borrower
/// gets a notice.
#[utoipa::path(post, path = "/api/v1/resources/{id}/breakdowns", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = BreakdownInput,
    responses((status = 201, description = "the breakdown, with the reservations it moved and cancelled", body = BreakdownView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such resource", body = Problem),
        (status = 409, description = "the resource is retired", body = Problem),
        (status = 422, description = "a quantity outside the pool or a reason too long", body = Problem)))]
pub async fn break_down(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<BreakdownInput>,
) -> Result<Response, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let now = now_ms();
            let b = service::break_down(c, &p, &id, i.quantity, &i.reason, now)?;
            views::breakdown_view(c, b, now)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// A steward ends a block: broken items repaired, or maintenance done.
#[utoipa::path(post, path = "/api/v1/blocks/{id}/end", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the block, ended", body = BlockView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such block", body = Problem),
        (status = 409, description = "it ended already", body = Problem)))]
pub async fn end_block(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<BlockView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let (_, b) = service::end_block(c, &p, &id, now_ms())?;
            Ok(views::block_view(b))
        })
        .await?;
    Ok(Json(v))
}

/// A steward sets a resource's maintenance plan; each check-out and return checks it and
/// places the next block (one item, at the first free slot) when due.
#[utoipa::path(put, path = "/api/v1/resources/{id}/maintenance-plan", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = PlanInput,
    responses((status = 200, description = "the plan", body = PlanView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such resource", body = Problem),
        (status = 409, description = "the resource is retired", body = Problem),
        (status = 422, description = "neither days nor uses, or a number out of range", body = Problem)))]
pub async fn set_plan(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<PlanInput>,
) -> Result<Json<PlanView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let row =
                service::set_plan(c, &p, &id, i.every_days, i.every_uses, i.minutes, now_ms())?;
            Ok(views::plan_view(row))
        })
        .await?;
    Ok(Json(v))
}

/// The trainings on a resource still valid.
#[utoipa::path(get, path = "/api/v1/resources/{id}/trainings", tag = "lending",
    params(("id" = String, Path)),
    responses((status = 200, description = "who is trained on it, latest expiry first", body = Vec<TrainingView>),
        (status = 404, description = "no such resource", body = Problem)))]
pub async fn trainings(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Vec<TrainingView>>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let r = service::require_resource(c, &id)?;
            views::trainings(c, &r.id, now_ms())
        })
        .await?;
    Ok(Json(v))
}

/// A steward records that a person was trained on the resource, until an expiry.
#[utoipa::path(post, path = "/api/v1/resources/{id}/trainings", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = TrainingInput,
    responses((status = 201, description = "the training", body = TrainingView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such resource or person", body = Problem),
        (status = 422, description = "an expiry malformed, without a zone or in the past", body = Problem)))]
pub async fn record_training(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<TrainingInput>,
) -> Result<Response, ApiError> {
    let expires_at = model::instant("expires_at", &i.expires_at)?;
    let v = state
        .db
        .write(move |c| {
            let t = service::record_training(c, &p, &id, &i.person, expires_at, i.class, now_ms())?;
            let class = if i.class {
                Some(service::require_resource(c, &id)?.kind)
            } else {
                None
            };
            views::training_view(c, t, class)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// What breakdowns did to your reservations (moved or cancelled), latest first.
#[utoipa::path(get, path = "/api/v1/me/notices", tag = "lending", security(("bearer" = [])),
    responses((status = 200, description = "your notices, latest first (the last 50)", body = Vec<NoticeView>),
        (status = 401, description = "not signed in", body = Problem)))]
pub async fn my_notices(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
) -> Result<Json<Vec<NoticeView>>, ApiError> {
    let v = state
        .db
        .read(move |c| views::notices(c, p.id.as_str()))
        .await?;
    Ok(Json(v))
}

/// Your calendar's secret address, shown once.
#[derive(Debug, Serialize, ToSchema)]
pub struct CalendarTokenView {
    /// The address a calendar app subscribes to; anyone holding it reads your
    /// reservations, so keep it to yourself.
    pub url: String,
    /// When it was made (RFC 3339).
    pub made_at: String,
}

/// Makes (or replaces) the secret address of your reservations' calendar. The address is
/// answered once; the store keeps only a hash of it, and the old address stops answering.
#[utoipa::path(post, path = "/api/v1/me/calendar-token", tag = "lending", security(("bearer" = [])),
    responses((status = 201, description = "your calendar's new address", body = CalendarTokenView),
        (status = 401, description = "not signed in", body = Problem)))]
pub async fn make_calendar_token(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
) -> Result<Response, ApiError> {
    let (token, made) = state
        .db
        .write(move |c| calendar::rotate(c, p.id.as_str()))
        .await?;
    let v = CalendarTokenView {
        url: format!("/api/v1/calendars/{token}.ics"),
        made_at: crate::web::rfc3339(made),
    };
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// Stops the secret address of your reservations' calendar (nothing happens if you have
/// none).
#[utoipa::path(delete, path = "/api/v1/me/calendar-token", tag = "lending", security(("bearer" = [])),
    responses((status = 204, description = "the address no longer answers"),
        (status = 401, description = "not signed in", body = Problem)))]
pub async fn stop_calendar_token(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .write(move |c| calendar::forget(c, p.id.as_str()))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A person's reservations as an iCalendar (RFC 5545) feed, read at the secret address
/// they made (`POST /api/v1/me/calendar-token`): those to come, under way, still out, and
/// the past month's; cancelled ones are marked `STATUS:CANCELLED` so that calendar apps
/// take them off.
#[utoipa::path(get, path = "/api/v1/calendars/{token}", tag = "lending",
    params(("token" = String, Path, description = "the secret token, with or without `.ics`")),
    responses((status = 200, description = "an iCalendar feed of the owner's reservations", content_type = "text/calendar", body = String),
        (status = 404, description = "nobody holds this address", body = Problem)))]
pub async fn person_calendar(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, ApiError> {
    let token = token.trim_end_matches(".ics").to_string();
    let text = state
        .db
        .read(move |c| calendar_of_person(c, &token))
        .await?;
    Ok(ics(text))
}

/// A change of policy: each field absent keeps its value.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = LendingPolicyInput)]
pub struct PolicyInput {
    pub min_minutes: Option<i64>,
    pub max_minutes: Option<i64>,
    pub horizon_days: Option<i64>,
    pub buffer_minutes: Option<i64>,
    /// `anyone` or `members`.
    pub borrowers: Option<String>,
    pub approval_required: Option<bool>,
    pub training_required: Option<bool>,
    /// Weekly opening hours, e.g. `tue 17:00-20:00, sat 10:00-13:00` (several ranges a
    /// day allowed); check-outs and returns happen within them. Empty: always open.
    pub opening_hours: Option<String>,
    /// The tz database zone the hours are read in (by default the instance's).
    pub time_zone: Option<String>,
    /// Items one person may hold at once across the steward's resources; 0: no limit.
    pub max_items: Option<i64>,
    /// Days one person may book across the steward's resources in a calendar month
    /// (1 to 31); 0: no limit.
    pub max_days_month: Option<i64>,
    /// Reservations one person may have awaiting approval at once; 0: no limit.
    pub max_unconfirmed: Option<i64>,
    /// Hours a waiting-list offer waits for pickup (1 to 336; 48 by default).
    pub pickup_hours: Option<i64>,
    /// Weekly desk hours, in the syntax of `opening_hours`: when items go out and come
    /// back, if narrower than the opening hours. Empty: whenever the place is open.
    pub desk_hours: Option<String>,
    /// Minutes of notice a booking needs (0 to the horizon's length); 0: none. Stewards
    /// book at any notice.
    pub lead_minutes: Option<i64>,
    /// The ISO 4217 currency of the money terms (EUR by default).
    pub currency: Option<String>,
    /// Per item, held from check-out to return, as decimal text (`"20.00"`); `"0"`:
    /// none.
    pub deposit: Option<String>,
    /// `free` (the default), `per_loan`, `per_day` (per day begun, per item) or
    /// `pay_what_you_can` (the fee is then the suggestion, possibly 0).
    pub fee_mode: Option<String>,
    /// The fee as decimal text: above 0 for `per_loan` and `per_day`, none with `free`.
    pub fee: Option<String>,
    /// Asked per day begun past the end, per item, at the return; `"0"`: none.
    pub late_fee_per_day: Option<String>,
}

/// A steward changes how a resource is lent; reservations already made stay as booked.
#[utoipa::path(put, path = "/api/v1/resources/{id}/policy", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = PolicyInput,
    responses((status = 200, description = "the resource with its new policy", body = ResourceView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such resource", body = Problem),
        (status = 409, description = "the resource is retired", body = Problem),
        (status = 422, description = "a number out of its range, an unknown kind of borrowers or zone, or opening or desk hours malformed, reversed or overlapping (`invalid_opening_hours`, naming the field and the range to fix), or a money term that does not read, naming it (`malformed_amount`, `negative_amount`, `too_many_decimals`, `amount_too_large`, `unknown_unit`, `not_a_currency`, `invalid_fee_mode`, `fee_mode_mismatch`)", body = Problem)))]
pub async fn set_policy(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<PolicyInput>,
) -> Result<Json<ResourceView>, ApiError> {
    let zone = state.config.zone().name().to_string();
    let v = state
        .db
        .write(move |c| {
            let change = service::PolicyChange {
                min_minutes: i.min_minutes,
                max_minutes: i.max_minutes,
                horizon_days: i.horizon_days,
                buffer_minutes: i.buffer_minutes,
                borrowers: i.borrowers,
                approval_required: i.approval_required,
                training_required: i.training_required,
                opening_hours: i.opening_hours,
                time_zone: i.time_zone,
                max_items: i.max_items,
                max_days_month: i.max_days_month,
                max_unconfirmed: i.max_unconfirmed,
                pickup_hours: i.pickup_hours,
                desk_hours: i.desk_hours,
                lead_minutes: i.lead_minutes,
                money: super::fees::TermsChange {
                    currency: i.currency,
                    deposit: i.deposit,
                    fee_mode: i.fee_mode,
                    fee: i.fee,
                    late_fee_per_day: i.late_fee_per_day,
                },
                default_zone: zone,
            };
            let r = service::set_policy(c, &p, &id, &change)?;
            views::resource_view(c, r)
        })
        .await?;
    Ok(Json(v))
}

/// Joins a resource's waiting list for an interval that is taken. When a cancellation, a
/// return or a repair frees a fitting slot, the first waiting is offered a hold until its
/// pickup time (the policy's `pickup_hours`, 48 by default).
#[utoipa::path(post, path = "/api/v1/resources/{id}/waits", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = ReservationInput,
    responses((status = 201, description = "your place on the list, with its position", body = WaitView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "only members, or trained people, may borrow it", body = Problem),
        (status = 404, description = "no such resource", body = Problem),
        (status = 409, description = "the slot is free (`slot_free`: book it), the resource is retired, or a limit per person is reached", body = Problem),
        (status = 410, description = "the steward is a commons that was deleted: it takes no new bookings (`commons_deleted`); loans out are still returned and reservations cancelled", body = Problem),
        (status = 422, description = "the same refusals as a booking's (times, policy, opening hours, quantity)", body = Problem)))]
pub async fn join_wait(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<ReservationInput>,
) -> Result<Response, ApiError> {
    let starts_at = model::instant("starts_at", &i.starts_at)?;
    let ends_at = model::instant("ends_at", &i.ends_at)?;
    let v = state
        .db
        .write(move |c| {
            let now = now_ms();
            match super::waits::join(c, &p, &id, starts_at, ends_at, i.quantity, now)? {
                Ok((w, _)) => views::wait_view(c, w),
                Err(refused) => Err(service::refused_error(&refused)),
            }
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// Your places on waiting lists (latest first), with positions and offers to take.
#[utoipa::path(get, path = "/api/v1/me/waits", tag = "lending", security(("bearer" = [])),
    responses((status = 200, description = "your places on waiting lists, latest first (the last 50)", body = Vec<WaitView>),
        (status = 401, description = "not signed in", body = Problem)))]
pub async fn my_waits(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
) -> Result<Json<Vec<WaitView>>, ApiError> {
    let v = state
        .db
        .read(move |c| views::waits_of(c, p.id.as_str()))
        .await?;
    Ok(Json(v))
}

/// Takes the hold offered from the waiting list before its pickup time: it becomes a
/// reservation (awaiting approval when the policy asks for one).
#[utoipa::path(post, path = "/api/v1/waits/{id}/take", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the reservation", body = ReservationView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "the offer is someone else's", body = Problem),
        (status = 404, description = "no such place on a waiting list", body = Problem),
        (status = 409, description = "nothing offered yet, taken or left already (`reservation_state`), past its pickup time (`offer_lapsed`), or a limit per person that what one booked while waiting now breaks (`limit_items_at_once`, `limit_days_per_month`, `limit_unconfirmed_holds`, saying until when; the offer stays until its pickup time)", body = Problem),
        (status = 410, description = "the steward is a commons that was deleted: it takes no new bookings (`commons_deleted`); loans out are still returned and reservations cancelled", body = Problem)))]
pub async fn take_offer(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<ReservationView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let now = now_ms();
            match super::waits::take(c, &p, &id, now)? {
                Ok(k) => views::reservation(c, k, now),
                Err(refused) => Err(service::refused_error(&refused)),
            }
        })
        .await?;
    Ok(Json(v))
}

/// Leaves a waiting list (the person, or a steward); an offer made is given up and goes
/// to the next waiting.
#[utoipa::path(post, path = "/api/v1/waits/{id}/leave", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the place, left", body = WaitView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "neither the waiting person nor a steward", body = Problem),
        (status = 404, description = "no such place on a waiting list", body = Problem),
        (status = 409, description = "taken, lapsed or left already", body = Problem)))]
pub async fn leave_wait(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<WaitView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let w = super::waits::leave(c, &p, &id, now_ms())?;
            views::wait_view(c, w)
        })
        .await?;
    Ok(Json(v))
}

/// Which savings to count: a library and a period.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SavingsQuery {
    /// The library: the handle of the person or organization that stewards it; absent:
    /// the whole territory (every library).
    pub library: Option<String>,
    /// A year (`2026`) or a month (`2026-11`) in the instance's time zone, `30d`, the
    /// 30 days up to now (the default), or days `2026-10-01..2026-11-30` (the first to
    /// the last, both included; at most ten years).
    pub period: Option<String>,
}

/// What sharing saves over a period, for a library or the territory: loans per item and
/// year, share of time in use, idle items, waiting times (joining a waiting list to the
/// offer; asking to the loan's start), purchases avoided and cars shed, in total and per
/// class (and per library for the territory). A period not yet ended is measured until
/// now.
#[utoipa::path(get, path = "/api/v1/lending/savings", tag = "lending", params(SavingsQuery),
    responses((status = 200, description = "the figures, in total, per class and (for the territory) per library", body = super::savings::SavingsView),
        (status = 404, description = "no person or organization has the library's handle", body = Problem),
        (status = 422, description = "a period that is neither a year, a month, `30d` nor `FIRST..LAST` days, or whose last day comes before its first, or longer than ten years (`invalid_period`)", body = Problem)))]
pub async fn lending_savings(
    State(state): State<AppState>,
    Query(q): Query<SavingsQuery>,
) -> Result<Json<super::savings::SavingsView>, ApiError> {
    let zone = state.config.zone().name().to_string();
    let now = now_ms();
    let period = super::savings::period(q.period.as_deref(), now, &zone)?;
    let v = state
        .db
        .read(move |c| {
            let library = match q.library.as_deref().map(str::trim) {
                Some(h) if !h.is_empty() => Some(super::savings::library(c, h)?),
                _ => None,
            };
            super::savings::savings(c, library.as_ref(), &period, now)
        })
        .await?;
    Ok(Json(v))
}

/// A change of a library's savings factors: those absent keep their value; one given as
/// `null` is unset and follows the default again (a library's: the territory's, else the
/// built-in one; the territory's: the built-in one).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FactorsInput {
    /// Purchases 100 loans of a class stand for (0 to 10 000), by class: `{"tool": 20}`;
    /// `{"tool": null}` unsets it.
    #[serde(default)]
    #[schema(value_type = std::collections::BTreeMap<String, Option<i64>>)]
    pub purchases_per_100_loans: std::collections::BTreeMap<String, Option<i64>>,
    /// Private cars one shared vehicle sheds (0 to 100; 15 by default); `null` unsets it.
    #[serde(default, deserialize_with = "crate::web::extract::present")]
    #[schema(value_type = Option<i64>, nullable = true)]
    pub cars_shed_per_vehicle: Option<Option<i64>>,
}

/// A steward of the library (the person, an admin of the organization or a maintainer of
/// the commons) sets its savings factors: each named becomes the library's own, each
/// given as `null` follows the territory's default again (listed in the event's
/// `unset`), the others stay the library's, the territory's or built in; journaled as
/// `organization.savings_factors_set`, `commons.savings_factors_set` or
/// `person.savings_factors_set`.
#[utoipa::path(put, path = "/api/v1/lending/libraries/{handle}/savings-factors", tag = "lending", security(("bearer" = [])),
    params(("handle" = String, Path, description = "the person or organization that stewards the library")),
    request_body = FactorsInput,
    responses((status = 200, description = "the library's factors", body = super::savings::FactorsView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the library", body = Problem),
        (status = 404, description = "no person or organization has this handle", body = Problem),
        (status = 422, description = "an unknown class (`invalid_resource_kind`) or a factor out of its range (`invalid_savings_factor`)", body = Problem)))]
pub async fn set_savings_factors(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<FactorsInput>,
) -> Result<Json<super::savings::FactorsView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let l = super::savings::library(c, &handle)?;
            let change = super::savings::FactorsChange {
                purchases_per_100: i.purchases_per_100_loans,
                cars_shed: i.cars_shed_per_vehicle,
            };
            let f = super::savings::set_factors(c, &p, &l, &change, now_ms())?;
            Ok(super::savings::FactorsView::of(&f))
        })
        .await?;
    Ok(Json(v))
}

/// The territory's default savings factors: what a library uses for a factor it set none
/// of (each with where it comes from: `territory` when an instance administrator set it,
/// else `built_in`).
#[utoipa::path(get, path = "/api/v1/lending/territory/savings-factors", tag = "lending",
    responses((status = 200, description = "the territory's defaults", body = super::savings::FactorsView)))]
pub async fn territory_savings_factors(
    State(state): State<AppState>,
) -> Result<Json<super::savings::FactorsView>, ApiError> {
    let f = state.db.read(super::savings::territory_factors).await?;
    Ok(Json(super::savings::FactorsView::of(&f)))
}

/// An instance administrator sets the territory's default savings factors (those absent
/// keep their value); journaled as `instance.savings_factors_set`. A library's own factor
/// for a class still wins over the territory's.
#[utoipa::path(put, path = "/api/v1/lending/territory/savings-factors", tag = "lending", security(("bearer" = [])),
    request_body = FactorsInput,
    responses((status = 200, description = "the territory's defaults", body = super::savings::FactorsView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an instance administrator", body = Problem),
        (status = 422, description = "an unknown class (`invalid_resource_kind`) or a factor out of its range (`invalid_savings_factor`)", body = Problem)))]
pub async fn set_territory_savings_factors(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    ApiJson(i): ApiJson<FactorsInput>,
) -> Result<Json<super::savings::FactorsView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let change = super::savings::FactorsChange {
                purchases_per_100: i.purchases_per_100_loans,
                cars_shed: i.cars_shed_per_vehicle,
            };
            let f = super::savings::set_territory_factors(c, &p, &change, now_ms())?;
            Ok(super::savings::FactorsView::of(&f))
        })
        .await?;
    Ok(Json(v))
}
