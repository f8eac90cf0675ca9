//! HTML pages of peer offers, without JavaScript and fit for a phone: the list of things
//! offered and asked for (narrowed by kind, mode and place), an offer's page (its person
//! edits or closes it and decides the matches; others ask for it), a request's page
//! (its person closes it; others answer it with one of their offers), and the forms to
//! offer or ask for a thing. Times are entered and shown in the viewer's zone.

use super::model::{self, KINDS};
use super::offer_model::MODES;
use super::offer_views::{self as views, MatchView, OfferView, RequestView};
use super::offers::{self, NewOffer, NewRequest, OfferEdit, Proposal};
use super::store::offers as store;
use crate::db::now_ms;
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::i18n::formats::decimal;
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

/// An RFC 3339 time of a view, written for the viewer.
fn shown_time(s: &str) -> String {
    s.parse::<jiff::Timestamp>()
        .map(|t| human_time(t.as_millisecond()))
        .unwrap_or_default()
}

/// Cents written in the page's language with two decimals.
fn money(cents: i64) -> String {
    decimal(crate::i18n::current().lang, cents, 2)
}

/// A fee as entered in units (`5`, `5.50`, `5,5`): its cents; `Some(0)` when it cannot
/// be read (refused as a fee out of range); `None` when empty.
fn fee_input(raw: &str) -> Option<i64> {
    let raw = raw.trim().replace(',', ".");
    if raw.is_empty() {
        return None;
    }
    let (whole, frac) = raw.split_once('.').unwrap_or((&raw, ""));
    let digits = |s: &str| !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || frac.len() > 2 || !(frac.is_empty() || digits(frac)) {
        return Some(0);
    }
    let whole: i64 = whole.parse().unwrap_or(0);
    let frac: i64 = format!("{frac:0<2}").parse().unwrap_or(0);
    Some(whole * 100 + frac)
}

/// A match as a line of a page, with what the viewer may do with it.
pub struct MatchLine {
    pub v: MatchView,
    pub starts: String,
    pub ends: String,
    pub fee: String,
    pub may_accept: bool,
    pub may_decline: bool,
    pub proposer: bool,
}

fn match_lines(vs: Vec<MatchView>, me: Option<&Actor>) -> Vec<MatchLine> {
    let me = me.map(|a| a.handle.as_str()).unwrap_or("");
    vs.into_iter()
        .map(|v| {
            let open = v.state == "proposed";
            MatchLine {
                starts: v.starts_at.as_deref().map(shown_time).unwrap_or_default(),
                ends: v.ends_at.as_deref().map(shown_time).unwrap_or_default(),
                fee: v.fee.map(money).unwrap_or_default(),
                may_accept: open && v.accepter == me,
                may_decline: open && (v.owner == me || v.taker == me),
                proposer: v.proposer == me,
                v,
            }
        })
        .collect()
}

#[derive(Deserialize)]
pub struct ListFilter {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    mode: String,
    #[serde(default)]
    place: String,
}

/// An offer as a card of the list.
pub struct Card {
    pub v: OfferView,
    pub fee: String,
}

fn card(v: OfferView) -> Card {
    Card {
        fee: v.fee_per_day.map(money).unwrap_or_default(),
        v,
    }
}

#[derive(Template)]
#[template(path = "lending/offers.html")]
struct OffersPage {
    chrome: Chrome,
    offers: Page<Card>,
    requests: Vec<RequestView>,
    kind: String,
    mode: String,
    place: String,
    kinds: [&'static str; 5],
    modes: [&'static str; 4],
    /// The matches the viewer is a side of (the latest 20), to decide or follow.
    yours: Vec<MatchLine>,
}

/// Things offered and asked for, narrowed by kind, mode and place; and, for a signed-in
/// viewer, the matches they are a side of.
pub async fn list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Query(f): Query<ListFilter>,
    paging: Paging,
) -> Result<Response, PageError> {
    let (kind, mode, place) = (f.kind.clone(), f.mode.clone(), f.place.clone());
    let me = v.as_ref().map(|a| a.id.as_str().to_string());
    let (offers, requests, yours) = state
        .db
        .read(move |c| {
            let n = views::narrow(Some(&kind), Some(&mode), Some(&place), false)?;
            let offers = views::offers_page(c, &n, &paging)?;
            let requests = views::requests_page(c, &n, &Paging::first(50, "/offers"))?;
            let yours = match me {
                Some(me) => {
                    let rows = store::matches_of_person(c, &me, 20)?;
                    views::match_views(c, rows)?
                }
                None => Vec::new(),
            };
            Ok((offers, requests.items, yours))
        })
        .await?;
    Ok(render(&OffersPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        offers: offers.map(card),
        requests,
        kind: f.kind.trim().into(),
        mode: f.mode.trim().into(),
        place: f.place.trim().into(),
        kinds: KINDS,
        modes: MODES,
        yours: match_lines(yours, v.as_ref()),
    }))
}

#[derive(Template)]
#[template(path = "lending/offer_new.html")]
struct NewOfferPage {
    chrome: Chrome,
    kinds: [&'static str; 5],
    modes: [&'static str; 4],
    form: Refilled,
}

#[derive(Template)]
#[template(path = "lending/request_new.html")]
struct NewRequestPage {
    chrome: Chrome,
    kinds: [&'static str; 5],
    form: Refilled,
}

/// The form to offer a thing.
pub async fn new_offer(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
) -> Result<Response, PageError> {
    Ok(render(&NewOfferPage {
        chrome: state.chrome(Some(&me), &csrf),
        kinds: KINDS,
        modes: MODES,
        form: Refilled::default(),
    }))
}

/// The form to ask for a thing.
pub async fn new_request(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
) -> Result<Response, PageError> {
    Ok(render(&NewRequestPage {
        chrome: state.chrome(Some(&me), &csrf),
        kinds: KINDS,
        form: Refilled::default(),
    }))
}

/// The field of an offer's, a request's or a match's form a refusal is about.
fn field(e: &AppError) -> Option<&'static str> {
    const FIELDS: [&str; 9] = [
        "title",
        "description",
        "place",
        "wanted",
        "terms",
        "starts_at",
        "ends_at",
        "needed_from",
        "needed_until",
    ];
    match e.code {
        "invalid_resource_kind" => Some("kind"),
        "invalid_offer_mode" => Some("mode"),
        "invalid_fee" => Some("fee_per_day"),
        "empty_interval" => Some("ends_at"),
        "own_offer" | "offer_closed" | "request_closed" => Some("offer_id"),
        _ => {
            let f = e.detail.text_arg("field")?;
            FIELDS.into_iter().find(|x| *x == f)
        }
    }
}

#[derive(Deserialize)]
pub struct OfferForm {
    csrf: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    mode: String,
    #[serde(default)]
    fee_per_day: String,
    #[serde(default)]
    wanted: String,
}

/// Offers a thing from the form; on a refusal, the form again.
pub async fn create_offer(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<OfferForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let input = NewOffer {
        kind: f.kind.clone(),
        title: f.title.clone(),
        description: f.description.clone(),
        place: f.place.clone(),
        mode: f.mode.clone(),
        fee_per_day: fee_input(&f.fee_per_day),
        wanted: f.wanted.clone(),
    };
    let who = me.clone();
    let made = state
        .db
        .write(move |c| offers::create_offer(c, &who, &input, now_ms()))
        .await;
    match made {
        Ok(o) => Ok(Redirect::to(&format!("/offers/{}", o.id)).into_response()),
        Err(e) => {
            let entered = [
                ("kind", f.kind.as_str()),
                ("title", f.title.as_str()),
                ("description", f.description.as_str()),
                ("place", f.place.as_str()),
                ("mode", f.mode.as_str()),
                ("fee_per_day", f.fee_per_day.as_str()),
                ("wanted", f.wanted.as_str()),
            ];
            Refilled::answer(&entered, e, field, |form| {
                Ok(render(&NewOfferPage {
                    chrome: state.chrome(Some(&me), &csrf),
                    kinds: KINDS,
                    modes: MODES,
                    form,
                }))
            })
        }
    }
}

/// A form's `datetime-local` value in the viewer's zone, if given.
fn local(field: &'static str, raw: &str) -> Result<Option<i64>, AppError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let zone = crate::i18n::current().zone.name().to_string();
    Ok(Some(model::local_instant(field, raw, &zone)?))
}

#[derive(Deserialize)]
pub struct RequestForm {
    csrf: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    needed_from: String,
    #[serde(default)]
    needed_until: String,
}

/// Asks for a thing from the form; on a refusal, the form again.
pub async fn create_request(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<RequestForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let db = state.db.clone();
    let (kind, title, description, place) = (
        f.kind.clone(),
        f.title.clone(),
        f.description.clone(),
        f.place.clone(),
    );
    let (nf, nu) = (f.needed_from.clone(), f.needed_until.clone());
    let made = async move {
        let input = NewRequest {
            kind,
            title,
            description,
            place,
            needed_from: local("needed_from", &nf)?,
            needed_until: local("needed_until", &nu)?,
        };
        db.write(move |c| offers::create_request(c, &who, &input, now_ms()))
            .await
    }
    .await;
    match made {
        Ok(r) => Ok(Redirect::to(&format!("/requests/{}", r.id)).into_response()),
        Err(e) => {
            let entered = [
                ("kind", f.kind.as_str()),
                ("title", f.title.as_str()),
                ("description", f.description.as_str()),
                ("place", f.place.as_str()),
                ("needed_from", f.needed_from.as_str()),
                ("needed_until", f.needed_until.as_str()),
            ];
            let request_field = |e: &AppError| match e.code {
                "empty_interval" => Some("needed_until"),
                _ => field(e),
            };
            Refilled::answer(&entered, e, request_field, |form| {
                Ok(render(&NewRequestPage {
                    chrome: state.chrome(Some(&me), &csrf),
                    kinds: KINDS,
                    form,
                }))
            })
        }
    }
}

#[derive(Template)]
#[template(path = "lending/offer.html")]
struct OfferPage {
    chrome: Chrome,
    o: OfferView,
    fee: String,
    /// The fee as the edit form shows it (units, two decimals, a dot).
    fee_input: String,
    owner: bool,
    signed_in: bool,
    lends: bool,
    matches: Vec<MatchLine>,
    /// The viewer's open requests, one of which their ask may answer.
    own_requests: Vec<OwnRequest>,
    form: Refilled,
}

/// An open request of the viewer's, which asking for an offer may name.
pub struct OwnRequest {
    pub id: String,
    pub title: String,
}

async fn offer_page(
    state: &AppState,
    me: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = me.clone();
    let (o, matches, own_requests) = state
        .db
        .read(move |c| {
            let o = offers::require_offer(c, &id)?;
            let mine = who.as_ref().map(|a| a.id.as_str().to_string());
            let owner = mine.as_deref() == Some(o.person_id.as_str());
            let own_requests = match &mine {
                Some(me) if !owner => store::open_requests_of(c, me)?
                    .into_iter()
                    .map(|r| OwnRequest {
                        id: r.id,
                        title: r.title,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let rows: Vec<_> = match &mine {
                None => Vec::new(),
                Some(me) => store::matches_of_offer(c, &o.id)?
                    .into_iter()
                    .filter(|m| owner || m.taker_id == *me)
                    .collect(),
            };
            let matches = views::match_views(c, rows)?;
            Ok((views::offer_view(c, o)?, matches, own_requests))
        })
        .await?;
    let owner = me.as_ref().is_some_and(|a| a.handle == o.person);
    Ok(render(&OfferPage {
        chrome: state.chrome(me.as_ref(), csrf),
        fee: o.fee_per_day.map(money).unwrap_or_default(),
        fee_input: o
            .fee_per_day
            .map(|c| format!("{}.{:02}", c / 100, c % 100))
            .unwrap_or_default(),
        owner,
        signed_in: me.is_some(),
        lends: o.mode == "share" || o.mode == "rent",
        matches: match_lines(matches, me.as_ref()),
        own_requests,
        o,
        form,
    }))
}

/// An offer.
pub async fn offer(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    offer_page(&state, v, &csrf, id, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct EditForm {
    csrf: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    fee_per_day: String,
    #[serde(default)]
    wanted: String,
}

/// Its person edits an offer from its page.
pub async fn edit_offer(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<EditForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let e = OfferEdit {
        title: Some(f.title.clone()),
        description: Some(f.description.clone()),
        place: Some(f.place.clone()),
        wanted: Some(f.wanted.clone()),
        fee_per_day: fee_input(&f.fee_per_day),
    };
    let (who, oid) = (me.clone(), id.clone());
    let done = state
        .db
        .write(move |c| offers::edit_offer(c, &who, &oid, &e, now_ms()))
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/offers/{id}")).into_response()),
        Err(e) => {
            let entered = [
                ("title", f.title.as_str()),
                ("description", f.description.as_str()),
                ("place", f.place.as_str()),
                ("fee_per_day", f.fee_per_day.as_str()),
                ("wanted", f.wanted.as_str()),
            ];
            Refilled::answer_async(&entered, e, field, |form| {
                offer_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

/// Its person closes an offer from its page.
pub async fn close_offer(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let oid = id.clone();
    state
        .db
        .write(move |c| offers::close_offer(c, &me, &oid, now_ms()))
        .await?;
    Ok(Redirect::to(&format!("/offers/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct AskForm {
    csrf: String,
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    ends_at: String,
    #[serde(default)]
    terms: String,
    /// One of the asker's open requests this ask answers (empty: none).
    #[serde(default)]
    request: String,
}

/// The field of the ask form a refusal is about: the request named, when it is closed,
/// unknown or not the asker's; else as for any offer form.
fn ask_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "request_closed" | "not_found" | "forbidden" => Some("request"),
        _ => field(e),
    }
}

/// Someone asks for an offered thing from its page.
pub async fn ask(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<AskForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (who, oid, db) = (me.clone(), id.clone(), state.db.clone());
    let (sa, ea, terms) = (f.starts_at.clone(), f.ends_at.clone(), f.terms.clone());
    let request = Some(f.request.clone()).filter(|r| !r.trim().is_empty());
    let done = async move {
        let p = Proposal {
            request,
            starts_at: local("starts_at", &sa)?,
            ends_at: local("ends_at", &ea)?,
            terms,
        };
        db.write(move |c| offers::propose(c, &who, &oid, &p, now_ms()))
            .await
    }
    .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/offers/{id}#matches")).into_response()),
        Err(e) => {
            let entered = [
                ("starts_at", f.starts_at.as_str()),
                ("ends_at", f.ends_at.as_str()),
                ("terms", f.terms.as_str()),
                ("request", f.request.as_str()),
            ];
            Refilled::answer_async(&entered, e, ask_field, |form| {
                offer_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

/// An open offer of the viewer's, to answer a request with.
pub struct OwnOffer {
    pub id: String,
    pub title: String,
    pub mode: String,
}

#[derive(Template)]
#[template(path = "lending/request.html")]
struct RequestPage {
    chrome: Chrome,
    r: RequestView,
    needed_from: String,
    needed_until: String,
    owner: bool,
    signed_in: bool,
    mine: Vec<OwnOffer>,
    matches: Vec<MatchLine>,
    form: Refilled,
}

async fn request_page(
    state: &AppState,
    me: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = me.clone();
    let (r, mine, matches) = state
        .db
        .read(move |c| {
            let r = offers::require_request(c, &id)?;
            let me = who.as_ref().map(|a| a.id.as_str().to_string());
            let owner = me.as_deref() == Some(r.person_id.as_str());
            let mine = match &me {
                Some(me) if !owner => store::open_offers_of(c, me)?
                    .into_iter()
                    .map(|o| OwnOffer {
                        id: o.id,
                        title: o.title,
                        mode: o.mode,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let rows = match &me {
                None => Vec::new(),
                Some(_) => store::matches_of_request(c, &r.id)?,
            };
            let matches = views::match_views(c, rows)?;
            Ok((views::request_view(c, r)?, mine, matches))
        })
        .await?;
    let owner = me.as_ref().is_some_and(|a| a.handle == r.person);
    let handle = me.as_ref().map(|a| a.handle.clone()).unwrap_or_default();
    // The request's person sees every answer; an offer's person, their own.
    let matches: Vec<MatchView> = matches
        .into_iter()
        .filter(|m| owner || m.owner == handle)
        .collect();
    Ok(render(&RequestPage {
        chrome: state.chrome(me.as_ref(), csrf),
        needed_from: r.needed_from.as_deref().map(shown_time).unwrap_or_default(),
        needed_until: r
            .needed_until
            .as_deref()
            .map(shown_time)
            .unwrap_or_default(),
        owner,
        signed_in: me.is_some(),
        mine,
        matches: match_lines(matches, me.as_ref()),
        r,
        form,
    }))
}

/// A request for a thing.
pub async fn request(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    request_page(&state, v, &csrf, id, Refilled::default()).await
}

/// Its person closes a request from its page.
pub async fn close_request(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let rid = id.clone();
    state
        .db
        .write(move |c| offers::close_request(c, &me, &rid, now_ms()))
        .await?;
    Ok(Redirect::to(&format!("/requests/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct AnswerForm {
    csrf: String,
    #[serde(default)]
    offer_id: String,
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    ends_at: String,
    #[serde(default)]
    terms: String,
}

/// An offer's person answers a request with it, from the request's page.
pub async fn answer(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<AnswerForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (who, rid, db) = (me.clone(), id.clone(), state.db.clone());
    let (sa, ea, terms, oid) = (
        f.starts_at.clone(),
        f.ends_at.clone(),
        f.terms.clone(),
        f.offer_id.clone(),
    );
    let done = async move {
        let p = Proposal {
            request: Some(rid),
            starts_at: local("starts_at", &sa)?,
            ends_at: local("ends_at", &ea)?,
            terms,
        };
        db.write(move |c| {
            let o = offers::require_offer(c, &oid)?;
            if o.person_id != who.id.as_str() {
                return Err(super::offer_model::OfferError::NotOwner.into());
            }
            offers::propose(c, &who, &o.id, &p, now_ms())
        })
        .await
    }
    .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/requests/{id}#matches")).into_response()),
        Err(e) => {
            let entered = [
                ("offer_id", f.offer_id.as_str()),
                ("starts_at", f.starts_at.as_str()),
                ("ends_at", f.ends_at.as_str()),
                ("terms", f.terms.as_str()),
            ];
            Refilled::answer_async(&entered, e, field, |form| {
                request_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

/// The side that did not propose a match accepts it, from the offer's or request's
/// page; back to the offer.
pub async fn accept(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let m = state
        .db
        .write(move |c| {
            offers::accept(c, &me, &id, now_ms())?.map_err(|refused| {
                super::service::refused_error_with(&refused, crate::web::human_time)
            })
        })
        .await?;
    Ok(Redirect::to(&format!("/offers/{}#matches", m.offer_id)).into_response())
}

/// Either side ends a proposed match; back to the offer.
pub async fn decline(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let m = state
        .db
        .write(move |c| offers::decline(c, &me, &id, now_ms()))
        .await?;
    Ok(Redirect::to(&format!("/offers/{}#matches", m.offer_id)).into_response())
}
