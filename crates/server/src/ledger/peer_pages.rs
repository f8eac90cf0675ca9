//! Peer allocation rounds as pages (no JavaScript, readable on a phone): a treasury's
//! rounds with its stewards' form to open one; a round with its members, the form a
//! member gives their points with (one number per other member), a steward's button to
//! close it early, and once closed every gift and a chart of the points received.
//! Refused forms come back as entered, the refusal beside them, signed in.

use super::peer;
use super::service;
use super::store;
use super::views::{self, PeerRoundView};
use crate::db::now_ms;
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::state::AppState;
use crate::web::actor::{Actor, MaybeViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Path};
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Template)]
#[template(path = "ledger/peer_rounds.html")]
struct RoundsPage {
    chrome: Chrome,
    handle: String,
    steward: bool,
    rounds: Vec<PeerRoundView>,
    max_allowance: i64,
    max_days: i64,
    form: Refilled,
}

/// A round in a few words: its allowance and members.
fn summary(chrome: &Chrome, r: &PeerRoundView) -> String {
    let allowance = r.allowance.to_string();
    let members = r.members.len().to_string();
    chrome.ta(
        "ledger-peer-summary",
        &[
            ("allowance", allowance.as_str()),
            ("members", members.as_str()),
        ],
    )
}

impl RoundsPage {
    fn summary(&self, r: &PeerRoundView) -> String {
        summary(&self.chrome, r)
    }
}

async fn rounds_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    handle: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = v.clone();
    let (t, steward, rounds) = state
        .db
        .read(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let steward = match &who {
                Some(p) => store::is_steward(c, &t.id, p.id.as_str())?,
                None => false,
            };
            let now = now_ms();
            let rounds = store::peer_rounds(c, &t.id)?
                .iter()
                .map(|r| views::peer_round(c, &t, r, now))
                .collect::<Result<Vec<_>, AppError>>()?;
            Ok((t, steward, rounds))
        })
        .await?;
    Ok(render(&RoundsPage {
        chrome: state.chrome(v.as_ref(), csrf),
        handle: t.handle,
        steward,
        rounds,
        max_allowance: peer::MAX_ALLOWANCE,
        max_days: peer::MAX_DAYS,
        form,
    }))
}

/// A treasury's rounds.
pub async fn list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    rounds_page(&state, v, &csrf, handle, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct OpenForm {
    csrf: String,
    #[serde(default, rename = "round-allowance")]
    allowance: String,
    #[serde(default, rename = "round-days")]
    days: String,
}

fn whole(field: &'static str, given: &str) -> Result<i64, AppError> {
    given.trim().parse().map_err(|_| {
        AppError::invalid(
            "invalid_field",
            crate::error::detail!("problem-whole-number", field = field),
        )
    })
}

/// A steward opens a round.
pub async fn open(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<OpenForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let h = handle.clone();
    let parsed =
        whole("round-allowance", &f.allowance).and_then(|a| Ok((a, whole("round-days", &f.days)?)));
    let done = match parsed {
        Ok((allowance, days)) => {
            state
                .db
                .write(move |c| {
                    let t = service::require_treasury(c, &h)?;
                    let r = peer::open(c, &who, &t, allowance, days)?;
                    Ok(peer::round_url(&t, r.number))
                })
                .await
        }
        Err(e) => Err(e),
    };
    match done {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(e) => {
            let entered = [
                ("round-allowance", f.allowance.as_str()),
                ("round-days", f.days.as_str()),
            ];
            Refilled::answer_async(&entered, e, open_field, |form| {
                rounds_page(&state, Some(me), &csrf, handle, form)
            })
            .await
        }
    }
}

/// The open form's field a refusal is about.
fn open_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_field" => match e.detail.text_arg("field") {
            Some("round-days") => Some("round-days"),
            _ => Some("round-allowance"),
        },
        "invalid_peer_round" | "peer_round_open" => Some("round-allowance"),
        _ => None,
    }
}

/// One bar of the chart of points received.
struct Bar {
    y: i64,
    width: i64,
    handle: String,
    points: i64,
}

#[derive(Template)]
#[template(path = "ledger/peer_round.html")]
struct RoundPage {
    chrome: Chrome,
    handle: String,
    round: PeerRoundView,
    steward: bool,
    /// The viewer is a member and the round is open: the gift form.
    giving: bool,
    /// The other members the viewer may give to, with the points in the form.
    others: Vec<(String, String)>,
    bars: Vec<Bar>,
    chart_height: i64,
    form: Refilled,
}

impl RoundPage {
    fn summary(&self) -> String {
        summary(&self.chrome, &self.round)
    }
}

/// The longest bar, for the most points received.
const BAR: i64 = 220;
const ROW: i64 = 20;

async fn round_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    (handle, number): (String, i64),
    entered: Option<BTreeMap<String, String>>,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = v.clone();
    let (t, round, steward, mine, member) = state
        .db
        .read(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let r = peer::require_round(c, &t, number)?;
            let round = views::peer_round(c, &t, &r, now_ms())?;
            let (steward, mine, member) = match &who {
                Some(p) => (
                    store::is_steward(c, &t.id, p.id.as_str())?,
                    views::peer_gifts_of(c, &r, p.id.as_str())?,
                    store::peer_members(c, &r.id)?.contains(&p.id.as_str().to_string()),
                ),
                None => (false, BTreeMap::new(), false),
            };
            Ok((t, round, steward, mine, member))
        })
        .await?;
    let me = v.as_ref().map(|p| p.handle.clone()).unwrap_or_default();
    let giving = member && round.open;
    let others = round
        .members
        .iter()
        .filter(|m| m.handle != me)
        .map(|m| {
            let points = match &entered {
                Some(e) => e.get(&m.handle).cloned().unwrap_or_default(),
                None => mine
                    .get(&m.handle)
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
            };
            (m.handle.clone(), points)
        })
        .collect();
    let most = round
        .members
        .iter()
        .filter_map(|m| m.received)
        .max()
        .unwrap_or(0)
        .max(1);
    let mut received: Vec<(String, i64)> = round
        .members
        .iter()
        .filter_map(|m| m.received.map(|p| (m.handle.clone(), p)))
        .collect();
    received.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let bars: Vec<Bar> = received
        .into_iter()
        .enumerate()
        .map(|(i, (handle, points))| Bar {
            y: i as i64 * ROW,
            width: (BAR * points / most).max(1),
            handle,
            points,
        })
        .collect();
    Ok(render(&RoundPage {
        chrome: state.chrome(v.as_ref(), csrf),
        handle: t.handle,
        chart_height: bars.len() as i64 * ROW + 4,
        bars,
        round,
        steward,
        giving,
        others,
        form,
    }))
}

/// A round.
pub async fn show(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(key): Path<(String, i64)>,
) -> Result<Response, PageError> {
    round_page(&state, v, &csrf, key, None, Refilled::default()).await
}

/// A member gives their points: the form's fields are `csrf` and `gift-HANDLE`.
pub async fn give(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, number)): Path<(String, i64)>,
    PageForm(f): PageForm<HashMap<String, String>>,
) -> Result<Response, PageError> {
    csrf.verify(f.get("csrf").map_or("", String::as_str))?;
    let entered: BTreeMap<String, String> = f
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("gift-").map(|h| (h.to_string(), v.clone())))
        .collect();
    let mut gifts: BTreeMap<String, i64> = BTreeMap::new();
    let mut parsed = Ok(());
    for (to, points) in &entered {
        match points.trim() {
            "" => {}
            p => match p.parse::<i64>() {
                Ok(n) => {
                    gifts.insert(to.clone(), n);
                }
                Err(_) => {
                    parsed = Err(AppError::invalid(
                        "invalid_field",
                        crate::error::detail!("problem-whole-number", field = "gifts"),
                    ));
                }
            },
        }
    }
    let who = me.clone();
    let h = handle.clone();
    let done = match parsed {
        Ok(()) => {
            state
                .db
                .write(move |c| {
                    let t = service::require_treasury(c, &h)?;
                    peer::give(c, &who, &t, number, &gifts)?;
                    Ok(peer::round_url(&t, number))
                })
                .await
        }
        Err(e) => Err(e),
    };
    match done {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(e) => {
            Refilled::answer_async(&[], e, gifts_field, |form| {
                round_page(
                    &state,
                    Some(me),
                    &csrf,
                    (handle, number),
                    Some(entered),
                    form,
                )
            })
            .await
        }
    }
}

/// The gift form's refusals all sit beside the form.
fn gifts_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_field" | "invalid_peer_gifts" | "peer_round_closed" => Some("gifts"),
        _ => None,
    }
}

#[derive(Deserialize)]
pub struct CloseForm {
    csrf: String,
}

/// A steward closes a round early.
pub async fn close(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, number)): Path<(String, i64)>,
    PageForm(f): PageForm<CloseForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let url = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            peer::close(c, &me, &t, number)?;
            Ok(peer::round_url(&t, number))
        })
        .await?;
    Ok(Redirect::to(&url).into_response())
}
