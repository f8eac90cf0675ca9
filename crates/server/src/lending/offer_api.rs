//! JSON API of peer offers: offers and requests (list with filters, read, create, edit,
//! close), matches proposed on an offer or in answer to a request, accepted or declined
//! by their sides, and one's own matches. Reads of offers and requests are public;
//! writes need a bearer token.

use super::model;
use super::offer_views::{self as views, MatchView, OfferView, RequestView};
use super::offers::{self, NewOffer, NewRequest, OfferEdit, Proposal};
use super::service::{self, Refused};
use super::store::offers as store;
use crate::db::now_ms;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiJson, Path, Query};
use crate::web::paging::{Page, Paging, PagingParams};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// What a list of offers or requests may be narrowed to.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OfferFilter {
    /// tool, vehicle, space, machine or material.
    pub kind: Option<String>,
    /// Offers only: share, rent, barter or give.
    pub mode: Option<String>,
    /// Only those whose place contains this text.
    pub place: Option<String>,
    /// Closed, given, bartered or met ones too (default: open ones only).
    #[serde(default)]
    pub all: bool,
}

/// A thing offered.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OfferInput {
    /// tool, vehicle, space, machine or material.
    pub kind: String,
    /// One line, at most 120 characters.
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub place: String,
    /// share (lend free), rent (a fee per day), barter (for what is wanted) or give.
    pub mode: String,
    /// rent only (required): the fee per day in cents, 1 to 1 000 000.
    #[serde(default)]
    pub fee_per_day: Option<i64>,
    /// barter only (required): what you would like in return; ignored otherwise.
    #[serde(default)]
    pub wanted: String,
}

/// What to change in an offer; absent fields keep their value.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OfferEditInput {
    pub title: Option<String>,
    pub description: Option<String>,
    pub place: Option<String>,
    /// barter only.
    pub wanted: Option<String>,
    /// rent only.
    pub fee_per_day: Option<i64>,
}

/// A thing asked for.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestInput {
    pub kind: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub place: String,
    /// When it is needed, RFC 3339 with an offset, if at all.
    #[serde(default)]
    pub needed_from: Option<String>,
    #[serde(default)]
    pub needed_until: Option<String>,
}

/// Asking for an offered thing.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AskInput {
    /// Your request this answers, if any.
    #[serde(default)]
    pub request_id: Option<String>,
    /// share and rent (required): the loan, RFC 3339 with an offset.
    #[serde(default)]
    pub starts_at: Option<String>,
    #[serde(default)]
    pub ends_at: Option<String>,
    /// A message; for barter, what you give in return (default: what the offer wants).
    #[serde(default)]
    pub terms: String,
}

/// Answering a request with one of your offers.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerInput {
    pub offer_id: String,
    #[serde(default)]
    pub starts_at: Option<String>,
    #[serde(default)]
    pub ends_at: Option<String>,
    #[serde(default)]
    pub terms: String,
}

fn instant(field: &'static str, raw: &Option<String>) -> Result<Option<i64>, ApiError> {
    match raw.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Ok(Some(model::instant(field, s)?)),
        None => Ok(None),
    }
}

/// Offers, newest first, a page at a time: open ones unless `all`.
#[utoipa::path(get, path = "/api/v1/offers", tag = "lending", params(OfferFilter, PagingParams),
    responses((status = 200, description = "one page of offers, newest first", body = Page<OfferView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 422, description = "an unknown kind or mode", body = Problem)))]
pub async fn list_offers(
    State(state): State<AppState>,
    Query(f): Query<OfferFilter>,
    paging: Paging,
) -> Result<Page<OfferView>, ApiError> {
    Ok(state
        .db
        .read(move |c| {
            let n = views::narrow(
                f.kind.as_deref(),
                f.mode.as_deref(),
                f.place.as_deref(),
                f.all,
            )?;
            views::offers_page(c, &n, &paging)
        })
        .await?)
}

/// Offers a thing to share, rent, barter or give. A shared or rented thing gets a
/// resource you steward, on which its loans are booked.
#[utoipa::path(post, path = "/api/v1/offers", tag = "lending", security(("bearer" = [])),
    request_body = OfferInput,
    responses((status = 201, description = "the offer", body = OfferView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 422, description = "a field breaks its rule (kind, title, mode, fee, wanted)", body = Problem)))]
pub async fn create_offer(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    ApiJson(i): ApiJson<OfferInput>,
) -> Result<Response, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let input = NewOffer {
                kind: i.kind,
                title: i.title,
                description: i.description,
                place: i.place,
                mode: i.mode,
                fee_per_day: i.fee_per_day,
                wanted: i.wanted,
            };
            let o = offers::create_offer(c, &p, &input, now_ms())?;
            views::offer_view(c, o)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// An offer.
#[utoipa::path(get, path = "/api/v1/offers/{id}", tag = "lending", params(("id" = String, Path)),
    responses((status = 200, description = "the offer", body = OfferView),
        (status = 404, description = "no such offer", body = Problem)))]
pub async fn get_offer(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<OfferView>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let o = offers::require_offer(c, &id)?;
            views::offer_view(c, o)
        })
        .await?;
    Ok(Json(v))
}

/// Its person edits an open offer.
#[utoipa::path(patch, path = "/api/v1/offers/{id}", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = OfferEditInput,
    responses((status = 200, description = "the offer", body = OfferView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "someone else's offer", body = Problem),
        (status = 404, description = "no such offer", body = Problem),
        (status = 409, description = "closed, given or bartered (`offer_closed`)", body = Problem),
        (status = 422, description = "a field breaks its rule", body = Problem)))]
pub async fn edit_offer(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<OfferEditInput>,
) -> Result<Json<OfferView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let e = OfferEdit {
                title: i.title,
                description: i.description,
                place: i.place,
                wanted: i.wanted,
                fee_per_day: i.fee_per_day,
            };
            let o = offers::edit_offer(c, &p, &id, &e, now_ms())?;
            views::offer_view(c, o)
        })
        .await?;
    Ok(Json(v))
}

/// Its person closes an offer: no more matches (the loans booked stay).
#[utoipa::path(post, path = "/api/v1/offers/{id}/close", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the closed offer", body = OfferView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "someone else's offer", body = Problem),
        (status = 404, description = "no such offer", body = Problem),
        (status = 409, description = "closed, given or bartered already (`offer_closed`)", body = Problem)))]
pub async fn close_offer(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<OfferView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let o = offers::close_offer(c, &p, &id, now_ms())?;
            views::offer_view(c, o)
        })
        .await?;
    Ok(Json(v))
}

/// Asks for an offered thing: a match its person accepts or declines. Share and rent
/// need the loan's interval.
#[utoipa::path(post, path = "/api/v1/offers/{id}/matches", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = AskInput,
    responses((status = 201, description = "the proposed match", body = MatchView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "the request named is someone else's", body = Problem),
        (status = 404, description = "no such offer or request", body = Problem),
        (status = 409, description = "the offer or request is no longer open", body = Problem),
        (status = 422, description = "your own offer (`own_offer`), a missing or empty interval, a bad time", body = Problem)))]
pub async fn ask_for_offer(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<AskInput>,
) -> Result<Response, ApiError> {
    let proposal = Proposal {
        request: i.request_id,
        starts_at: instant("starts_at", &i.starts_at)?,
        ends_at: instant("ends_at", &i.ends_at)?,
        terms: i.terms,
    };
    let v = state
        .db
        .write(move |c| {
            let m = offers::propose(c, &p, &id, &proposal, now_ms())?;
            views::match_view(c, m)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// Requests for things, newest first, a page at a time: open ones unless `all`.
#[utoipa::path(get, path = "/api/v1/requests", tag = "lending", params(OfferFilter, PagingParams),
    responses((status = 200, description = "one page of requests, newest first", body = Page<RequestView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 422, description = "an unknown kind", body = Problem)))]
pub async fn list_requests(
    State(state): State<AppState>,
    Query(f): Query<OfferFilter>,
    paging: Paging,
) -> Result<Page<RequestView>, ApiError> {
    Ok(state
        .db
        .read(move |c| {
            let n = views::narrow(f.kind.as_deref(), None, f.place.as_deref(), f.all)?;
            views::requests_page(c, &n, &paging)
        })
        .await?)
}

/// Asks for a thing.
#[utoipa::path(post, path = "/api/v1/requests", tag = "lending", security(("bearer" = [])),
    request_body = RequestInput,
    responses((status = 201, description = "the request", body = RequestView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 422, description = "a field breaks its rule (kind, title, times)", body = Problem)))]
pub async fn create_request(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    ApiJson(i): ApiJson<RequestInput>,
) -> Result<Response, ApiError> {
    let input = NewRequest {
        kind: i.kind,
        title: i.title,
        description: i.description,
        place: i.place,
        needed_from: instant("needed_from", &i.needed_from)?,
        needed_until: instant("needed_until", &i.needed_until)?,
    };
    let v = state
        .db
        .write(move |c| {
            let r = offers::create_request(c, &p, &input, now_ms())?;
            views::request_view(c, r)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// A request for a thing.
#[utoipa::path(get, path = "/api/v1/requests/{id}", tag = "lending", params(("id" = String, Path)),
    responses((status = 200, description = "the request", body = RequestView),
        (status = 404, description = "no such request", body = Problem)))]
pub async fn get_request(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<RequestView>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let r = offers::require_request(c, &id)?;
            views::request_view(c, r)
        })
        .await?;
    Ok(Json(v))
}

/// Its person closes a request.
#[utoipa::path(post, path = "/api/v1/requests/{id}/close", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the closed request", body = RequestView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "someone else's request", body = Problem),
        (status = 404, description = "no such request", body = Problem),
        (status = 409, description = "closed or met already (`request_closed`)", body = Problem)))]
pub async fn close_request(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<RequestView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let r = offers::close_request(c, &p, &id, now_ms())?;
            views::request_view(c, r)
        })
        .await?;
    Ok(Json(v))
}

/// Answers a request with one of your open offers: a match its person accepts or
/// declines.
#[utoipa::path(post, path = "/api/v1/requests/{id}/answers", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = AnswerInput,
    responses((status = 201, description = "the proposed match", body = MatchView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "the offer is someone else's", body = Problem),
        (status = 404, description = "no such request or offer", body = Problem),
        (status = 409, description = "the offer or request is no longer open", body = Problem),
        (status = 422, description = "your own request (`own_offer`), a missing or empty interval, a bad time", body = Problem)))]
pub async fn answer_request(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<AnswerInput>,
) -> Result<Response, ApiError> {
    let proposal = Proposal {
        request: Some(id),
        starts_at: instant("starts_at", &i.starts_at)?,
        ends_at: instant("ends_at", &i.ends_at)?,
        terms: i.terms,
    };
    let v = state
        .db
        .write(move |c| {
            let o = offers::require_offer(c, &i.offer_id)?;
            if o.person_id != p.id.as_str() {
                return Err(super::offer_model::OfferError::NotOwner.into());
            }
            let m = offers::propose(c, &p, &o.id, &proposal, now_ms())?;
            views::match_view(c, m)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// The side that did not propose a match accepts it: a shared or rented thing is booked
/// (a 409 `slot_taken` when the interval is taken), a given or bartered one closes its
/// offer (one acceptance only: 409 `offer_closed` for the others).
#[utoipa::path(post, path = "/api/v1/offer-matches/{id}/accept", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the accepted match", body = MatchView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not the side that accepts it", body = Problem),
        (status = 404, description = "no such match", body = Problem),
        (status = 409, description = "decided already (`match_state`), the offer closed (`offer_closed`), the request met or closed (`request_closed`), or the slot taken (`slot_taken`, with the reservation in the way and the next free slot, as a booking's), or a limit per person reached", body = super::api::SlotTaken),
        (status = 422, description = "the loan breaks the resource's policy (too long, in the past)", body = Problem)))]
pub async fn accept_match(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let answer = state
        .db
        .write(move |c| match offers::accept(c, &p, &id, now_ms())? {
            Ok(m) => Ok(Ok(views::match_view(c, m)?)),
            Err(refused) => {
                let m = offers::require_match(c, &id)?;
                let length = m.ends_at.unwrap_or(0) - m.starts_at.unwrap_or(0);
                Ok(Err((refused, length)))
            }
        })
        .await?;
    Ok(match answer {
        Ok(v) => Json(v).into_response(),
        Err((Refused::Clash(clash), length)) => super::api::slot_taken(&clash, length),
        Err((refused, _)) => return Err(service::refused_error(&refused).into()),
    })
}

/// Either side ends a proposed match: declined by the other side, withdrawn by the side
/// that proposed it.
#[utoipa::path(post, path = "/api/v1/offer-matches/{id}/decline", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the declined or withdrawn match", body = MatchView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a side of it", body = Problem),
        (status = 404, description = "no such match", body = Problem),
        (status = 409, description = "decided already (`match_state`)", body = Problem)))]
pub async fn decline_match(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<MatchView>, ApiError> {
    let v = state
        .db
        .write(move |c| {
            let m = offers::decline(c, &p, &id, now_ms())?;
            views::match_view(c, m)
        })
        .await?;
    Ok(Json(v))
}

/// The matches you are a side of, newest first (the last 100).
#[utoipa::path(get, path = "/api/v1/me/offer-matches", tag = "lending", security(("bearer" = [])),
    responses((status = 200, description = "your matches, newest first", body = Vec<MatchView>),
        (status = 401, description = "not signed in", body = Problem)))]
pub async fn my_offer_matches(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
) -> Result<Json<Vec<MatchView>>, ApiError> {
    let v = state
        .db
        .read(move |c| {
            let rows = store::matches_of_person(c, p.id.as_str(), 100)?;
            views::match_views(c, rows)
        })
        .await?;
    Ok(Json(v))
}
