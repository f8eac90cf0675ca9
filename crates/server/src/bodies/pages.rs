//! Pages for bodies (no JavaScript, CSRF on every form, one column on a phone): a body
//! with who sits, its rulebook and versions, its decisions and the form to draft one; a
//! decision with its question, options, time left, participation, the voter's ballot form
//! (radio buttons, check boxes or one rank list per option) and, once closed, the outcome
//! with its explanation and the ballot file; and the panel on an organization's page that
//! lists its bodies.

use super::count::Outcome;
use super::forms::{self, BodyForm, DraftForm, RulebookForm};
use super::model::{BodyKind, Choice, RulesInput, Shape};
use super::service::{self, Located, NewBody};
use super::views::{self, BodyDetail, BodyView, DecisionView};
use super::{ballots, closing, decisions, delegations, elections, feed, proxies};
use crate::db::DbConn;
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::journal::{Event, ObjectKind};
use crate::markdown;
use crate::state::AppState;
use crate::web::actor::{MaybeViewer, Viewer};
use crate::web::csrf::{CsrfOnly, CsrfToken};
use crate::web::extract::{PageForm, Path};
use crate::web::panels::{Looker, Panel, Subject};
use crate::web::{Chrome, human_time, relative_time, render};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::HashMap;

/// The bodies of an organization, for its page (`templates/bodies/org_panel.html`).
struct BodiesPanel {
    /// The organization's handle.
    org: String,
    bodies: Vec<BodyView>,
}

#[derive(Template)]
#[template(path = "bodies/org_panel.html")]
struct BodiesPanelHtml<'a> {
    chrome: Chrome,
    panel: &'a BodiesPanel,
    kinds: Vec<&'static str>,
}

impl Panel for BodiesPanel {
    fn render(&self, looker: &Looker) -> String {
        let chrome = crate::web::Chrome::of_panel(looker);
        crate::web::panel_html(&BodiesPanelHtml {
            chrome,
            panel: self,
            kinds: BodyKind::ALL.iter().map(|k| k.as_str()).collect(),
        })
    }
}

/// An organization page's panel: its bodies, each linked to its page.
pub fn organization_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let org = crate::ids::OrgId(s.id.to_string());
    let bodies: Vec<BodyView> = service::bodies_of(c, &org)?
        .iter()
        .map(views::body_view)
        .collect();
    let (org, _) = crate::accounts::org_card_by_id(c, &org)?;
    Ok(Some(Box::new(BodiesPanel { org, bodies })))
}

/// A decision in a list.
struct DecisionItem {
    v: DecisionView,
    when: String,
}

impl DecisionItem {
    fn new(v: DecisionView) -> DecisionItem {
        let at = v.closed_at.unwrap_or(v.closes_at);
        DecisionItem {
            when: relative_time(at),
            v,
        }
    }
}

#[derive(Template)]
#[template(path = "bodies/body.html")]
struct BodyPage {
    chrome: Chrome,
    /// The draft form, as entered when it comes back refused.
    form: Refilled,
    /// The method the draft form selects.
    method: String,
    /// Whether the draft form (not the rulebook form) came back refused.
    refused: bool,
    /// Whether the viewer is an admin of the organization (who changes the rulebook).
    is_admin: bool,
    /// Elected seats held now: the holder, the term's end, the election's page.
    terms: Vec<(String, String, String)>,
    /// The spending limit as the rulebook form shows it.
    limit_amount: String,
    limit_currency: String,
    /// The elected seats as the rulebook form shows them (empty when none).
    seat_count: String,
    seat_term_days: String,
    b: BodyDetail,
    open: Vec<DecisionItem>,
    drafts: Vec<DecisionItem>,
    past: Vec<DecisionItem>,
    methods: Vec<&'static str>,
    events: Vec<Event>,
    /// The viewer's standing delegations, when they sit in the body and its rulebook
    /// allows proxies.
    delegation: Option<views::DelegationsView>,
    /// What other domains show on a body's page (its threads).
    panels: Vec<String>,
}

pub async fn body(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path((handle, slug)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let chrome = state.chrome(v.as_ref(), &csrf);
    body_page(&state, chrome, v, handle, slug, Refilled::default()).await
}

/// The body page, with the draft form as `form` holds it.
async fn body_page(
    state: &AppState,
    chrome: Chrome,
    actor: Option<crate::actor::Actor>,
    handle: String,
    slug: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let viewer = actor.as_ref().map(|a| a.id.clone());
    let panels = state.panels.clone();
    let (b, events, is_admin, delegation, loaded) = state
        .db
        .read(move |c| {
            let ctx = service::require_body(c, &handle, &slug)?;
            let events = crate::journal::history(c, ObjectKind::Body, &ctx.body.id)?;
            let is_admin = match &viewer {
                Some(p) => crate::accounts::is_org_admin(c, &ctx.org, p)?,
                None => false,
            };
            let b = views::body_detail(c, &ctx)?;
            let delegation = match &viewer {
                Some(p) if b.rulebook.proxies > 0 => {
                    let mine = delegations::mine(c, p, &ctx)?;
                    mine.seated.then(|| views::delegations_view(mine))
                }
                _ => None,
            };
            let loaded = panels.load(c, "body", &ctx.body.id, &ctx.url())?;
            Ok((b, events, is_admin, delegation, loaded))
        })
        .await?;
    let panels = loaded.render(&Looker {
        viewer: actor.as_ref(),
        csrf: &chrome.csrf,
        form: None,
    });
    let (mut open, mut drafts, mut past) = (Vec::new(), Vec::new(), Vec::new());
    for d in b.decisions.iter().cloned() {
        match d.state.as_str() {
            "open" => open.push(DecisionItem::new(d)),
            "draft" => drafts.push(DecisionItem::new(d)),
            _ => past.push(DecisionItem::new(d)),
        }
    }
    let refused = form.has_error() && !form.is_about("limit_") && !form.is_about("seat_");
    let method = if refused {
        form.value("method").to_string()
    } else {
        b.rulebook.default_method.clone()
    };
    let (limit_amount, limit_currency) = match &b.rulebook.spending_limit {
        Some(a) => (a.amount.clone(), a.currency.clone()),
        None => (String::new(), String::new()),
    };
    let (seat_count, seat_term_days) = match &b.rulebook.elected {
        Some(e) => (e.count.to_string(), e.term_days.to_string()),
        None => (String::new(), String::new()),
    };
    let terms = b
        .seats
        .iter()
        .map(|s| {
            (
                s.handle.clone(),
                human_time(s.ends_at),
                s.decision_url.clone(),
            )
        })
        .collect();
    Ok(render(&BodyPage {
        chrome,
        form,
        method,
        refused,
        terms,
        is_admin,
        limit_amount,
        limit_currency,
        seat_count,
        seat_term_days,
        b,
        open,
        drafts,
        past,
        methods: views::methods(),
        events,
        delegation,
        panels,
    }))
}

/// Drafts a decision from the body page's form; a refusal shows the form again as
/// entered, the refusal beside its field.
pub async fn draft(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, slug)): Path<(String, String)>,
    PageForm(f): PageForm<DraftForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let viewer = me.clone();
    let (h, s) = (handle.clone(), slug.clone());
    let made = match forms::draft_input(&f) {
        Ok(input) => {
            state
                .db
                .write(move |c| {
                    let ctx = service::require_body(c, &h, &s)?;
                    Ok(decisions::draft(c, &me, &ctx, &input)?.url())
                })
                .await
        }
        Err(e) => Err(e),
    };
    match made {
        Ok(to) => Ok(Redirect::to(&to).into_response()),
        Err(e) => {
            let entered = [
                ("title", f.title.as_str()),
                ("description", f.description.as_str()),
                ("method", f.method.as_str()),
                ("options", f.options.as_str()),
                ("seats", f.seats.as_str()),
                ("secrecy", f.secrecy.as_str()),
                ("days", f.days.as_str()),
                ("points", f.points.as_str()),
                ("max_approvals", f.max_approvals.as_str()),
                ("pay_treasury", f.pay_treasury.as_str()),
                ("pay_expense", f.pay_expense.as_str()),
                ("pay_amount", f.pay_amount.as_str()),
                ("pay_currency", f.pay_currency.as_str()),
                ("fills", f.fills.as_str()),
                ("nominations_days", f.nominations_days.as_str()),
            ];
            let chrome = state.chrome(Some(&viewer), &csrf);
            Refilled::answer_async(&entered, e, forms::draft_field, |form| {
                body_page(&state, chrome, Some(viewer), handle, slug, form)
            })
            .await
        }
    }
}

/// An admin writes the next version of the rulebook from the body page's form (its
/// spending limit); a refusal shows the form again as entered.
pub async fn rulebook(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, slug)): Path<(String, String)>,
    PageForm(f): PageForm<RulebookForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let viewer = me.clone();
    let (h, s) = (handle.clone(), slug.clone());
    let note = f.limit_note.clone();
    let made = match forms::rulebook_input(&f) {
        Ok(input) => {
            state
                .db
                .write(move |c| {
                    let ctx = service::require_body(c, &h, &s)?;
                    service::change_rulebook(c, &me, &ctx, &input, &note)?;
                    Ok(ctx.url())
                })
                .await
        }
        Err(e) => Err(e),
    };
    match made {
        Ok(to) => Ok(Redirect::to(&format!("{to}#rulebook")).into_response()),
        Err(e) => {
            let entered = [
                ("limit_amount", f.limit_amount.as_str()),
                ("limit_currency", f.limit_currency.as_str()),
                ("seat_count", f.seat_count.as_str()),
                ("seat_term_days", f.seat_term_days.as_str()),
                ("limit_note", f.limit_note.as_str()),
            ];
            let chrome = state.chrome(Some(&viewer), &csrf);
            Refilled::answer_async(&entered, e, forms::rulebook_field, |form| {
                body_page(&state, chrome, Some(viewer), handle, slug, form)
            })
            .await
        }
    }
}

/// One round of a count as a page shows it.
#[derive(Deserialize)]
struct RoundShown {
    title: String,
    #[serde(default)]
    tallies: Vec<TallyShown>,
    #[serde(default)]
    events: Vec<String>,
}

#[derive(Deserialize)]
struct TallyShown {
    candidate: String,
    value: String,
}

#[derive(Deserialize)]
struct MatrixShown {
    title: String,
    candidates: Vec<String>,
    cells: Vec<Vec<String>>,
}

/// The outcome as the decision page shows it.
struct OutcomeShown {
    o: Outcome,
    rounds: Vec<RoundShown>,
    matrices: Vec<MatrixShown>,
    /// `name (id)` pairs, for reading the rounds and matrices.
    legend: String,
}

/// An option of the ballot form, with what the voter chose before.
struct OptionShown {
    id: String,
    name: String,
    checked: bool,
    rank: Option<usize>,
    /// The points the voter gave it before (open ballots).
    points: u64,
}

#[derive(Template)]
#[template(path = "bodies/decision.html")]
struct DecisionPage {
    chrome: Chrome,
    v: DecisionView,
    description: Option<String>,
    shape: &'static str,
    options: Vec<OptionShown>,
    ranks: Vec<usize>,
    /// The viewer may vote (in the electorate, decision open).
    may_vote: bool,
    /// The viewer has voted.
    has_voted: bool,
    /// The voter the viewer offered their proxy to.
    proxy_with: Option<String>,
    /// Whether that voter accepted it.
    proxy_accepted: bool,
    /// The voters whose proxy offers wait for the viewer's answer, and those whose proxy
    /// the viewer accepted.
    proxy_waiting: Vec<String>,
    proxy_held: Vec<String>,
    /// The viewer's earlier answer, for motions with open ballots.
    answer: String,
    closes: String,
    closes_in: String,
    outcome: Option<OutcomeShown>,
    receipt: Option<String>,
    /// For open ballots, after the close: each voter and their ballot in words.
    votes: Vec<(String, String)>,
    /// The nomination form, as entered when it comes back refused.
    form: Refilled,
    /// For an election: when nominations close, and whether the viewer's nomination
    /// waits for their answer.
    nominations_close: String,
    pending_mine: bool,
    events: Vec<Event>,
    /// What other domains show on a decision's page (its comments).
    panels: Vec<String>,
}

fn shape_name(s: Shape) -> &'static str {
    match s {
        Shape::YesNo => "yesno",
        Shape::Consent => "consent",
        Shape::Consensus => "consensus",
        Shape::Approve => "approve",
        Shape::ChooseOne => "choose",
        Shape::Rank => "rank",
        Shape::Points => "points",
    }
}

struct Loaded {
    v: DecisionView,
    shape: Shape,
    standing: Option<(bool, Option<Choice>)>,
    proxies: proxies::Mine,
    events: Vec<Event>,
    panels: crate::web::panels::Loaded,
    viewer: Option<crate::actor::Actor>,
}

fn load(
    c: &mut DbConn,
    id: &str,
    viewer: Option<&crate::actor::Actor>,
    panels: &crate::web::panels::Panels,
) -> Result<Loaded, AppError> {
    let loc: Located = service::require_decision(c, id)?;
    let loaded = panels.load(c, "decision", &loc.d.id, &loc.url())?;
    let v = views::decision_view(c, &loc, true)?;
    let elector = match viewer {
        Some(p) => service::standing(c, &loc, &p.id)?,
        None => None,
    };
    let proxies = match viewer {
        Some(p) if elector.is_some() => proxies::mine(c, &loc, p.id.as_str())?,
        _ => proxies::Mine::default(),
    };
    let standing = elector
        .map(|e| {
            let mine = service::open_ballot_of(c, &loc, &e)?;
            Ok::<_, AppError>((e.voted, mine))
        })
        .transpose()?;
    let events = crate::journal::history(c, ObjectKind::Decision, &loc.d.id)?;
    Ok(Loaded {
        proxies,
        panels: loaded,
        viewer: viewer.cloned(),
        shape: loc.method()?.shape(),
        v,
        standing,
        events,
    })
}

fn page(
    state: &AppState,
    chrome: Chrome,
    l: Loaded,
    receipt: Option<String>,
    form: Refilled,
) -> Response {
    let _ = state;
    let panels = l.panels.render(&Looker {
        viewer: l.viewer.as_ref(),
        csrf: &chrome.csrf,
        form: Some(&form),
    });
    let v = l.v;
    let mine = l.standing.as_ref().and_then(|(_, c)| c.clone());
    let options = v
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| OptionShown {
            id: o.id.clone(),
            name: o.name.clone(),
            checked: match &mine {
                Some(Choice::Approve { approve }) => approve.contains(&i),
                Some(Choice::Choose { choose }) => *choose == i,
                _ => false,
            },
            rank: match &mine {
                Some(Choice::Rank { ranking }) => {
                    ranking.iter().position(|x| *x == i).map(|p| p + 1)
                }
                _ => None,
            },
            points: match &mine {
                Some(Choice::Points { points }) => {
                    points.iter().find(|(x, _)| *x == i).map_or(0, |(_, p)| *p)
                }
                _ => 0,
            },
        })
        .collect();
    let answer = match &mine {
        Some(Choice::Vote { vote }) => serde_json::to_value(vote)
            .ok()
            .and_then(|x| x.as_str().map(str::to_string))
            .unwrap_or_default(),
        Some(Choice::Consensus { position }) => serde_json::to_value(position)
            .ok()
            .and_then(|x| x.as_str().map(str::to_string))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let legend = v
        .options
        .iter()
        .map(|o| format!("{} = {}", o.id, o.name))
        .collect::<Vec<_>>()
        .join(" · ");
    let outcome = v.outcome.clone().map(|o| OutcomeShown {
        rounds: serde_json::from_value(o.rounds.clone()).unwrap_or_default(),
        matrices: serde_json::from_value(o.matrices.clone()).unwrap_or_default(),
        legend: legend.clone(),
        o,
    });
    let names: Vec<String> = v.options.iter().map(|o| o.name.clone()).collect();
    let votes = v
        .votes
        .iter()
        .flatten()
        .map(|x| (x.voter.clone(), forms::in_words(&chrome, &x.choice, &names)))
        .collect();
    let nominations_close = v
        .election
        .as_ref()
        .map(|e| human_time(e.nominations_close_at))
        .unwrap_or_default();
    let pending_mine = match (&v.election, &chrome.viewer) {
        (Some(e), Some(me)) => e
            .candidates
            .iter()
            .any(|c| &c.handle == me && c.state == "pending"),
        _ => false,
    };
    render(&DecisionPage {
        form,
        nominations_close,
        pending_mine,
        votes,
        chrome,
        description: (!v.description.is_empty())
            .then(|| markdown::render(&v.description))
            .flatten(),
        shape: shape_name(l.shape),
        ranks: (1..=v.options.len()).collect(),
        options,
        may_vote: l.standing.is_some() && v.state == "open",
        has_voted: l.standing.as_ref().is_some_and(|(voted, _)| *voted),
        proxy_with: l.proxies.given.as_ref().map(|(h, _)| h.clone()),
        proxy_accepted: l.proxies.given.as_ref().is_some_and(|(_, a)| *a),
        proxy_waiting: l.proxies.waiting.clone(),
        proxy_held: l.proxies.held.clone(),
        answer,
        closes: human_time(v.closes_at),
        closes_in: relative_time(v.closes_at),
        outcome,
        receipt,
        events: l.events,
        panels,
        v,
    })
}

/// A decision's page with a form of one of its panels refused, as entered (a comment
/// that discussion refused comes back beside its refusal).
pub async fn decision_page_with(
    state: &AppState,
    me: crate::actor::Actor,
    csrf: &CsrfToken,
    id: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let chrome = state.chrome(Some(&me), csrf);
    let panels = state.panels.clone();
    let l = state
        .db
        .read(move |c| load(c, &id, Some(&me), &panels))
        .await?;
    Ok(page(state, chrome, l, None, form))
}

/// A decision by its number in its body: the same page, at its one address.
pub async fn numbered(
    State(state): State<AppState>,
    Path((handle, slug, number)): Path<(String, String, i64)>,
) -> Result<Response, PageError> {
    let to = state
        .db
        .read(move |c| {
            let ctx = service::require_body(c, &handle, &slug)?;
            Ok(service::decision_of_body(c, &ctx, number)?.url())
        })
        .await?;
    Ok(Redirect::to(&to).into_response())
}

pub async fn decision(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let viewer = v.clone();
    let panels = state.panels.clone();
    let l = state
        .db
        .read(move |c| load(c, &id, viewer.as_ref(), &panels))
        .await?;
    let chrome = state.chrome(v.as_ref(), &csrf);
    Ok(page(&state, chrome, l, None, Refilled::default()))
}

/// Casts or changes the viewer's ballot from the decision page's form. A secret ballot's
/// receipt is shown on the page this answers with, once.
pub async fn vote(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<HashMap<String, String>>,
) -> Result<Response, PageError> {
    csrf.verify(f.get("csrf").map(String::as_str).unwrap_or(""))?;
    let viewer = me.clone();
    let panels = state.panels.clone();
    let (receipt, l) = state
        .db
        .write(move |c| {
            let input = forms::ballot_of_form(&f)?;
            let (_, cast) = ballots::cast(c, &me, &id, &input)?;
            Ok((cast.receipt, load(c, &id, Some(&me), &panels)?))
        })
        .await?;
    match receipt {
        Some(r) => {
            let chrome = state.chrome(Some(&viewer), &csrf);
            Ok(page(&state, chrome, l, Some(r), Refilled::default()))
        }
        None => Ok(Redirect::to(&format!("{}#ballot", l.v.url)).into_response()),
    }
}

async fn act(
    state: AppState,
    f: impl FnOnce(&mut DbConn) -> Result<Located, AppError> + Send + 'static,
) -> Result<Response, PageError> {
    let to = state.db.write(move |c| Ok(f(c)?.url())).await?;
    Ok(Redirect::to(&to).into_response())
}

pub async fn open(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    act(state, move |c| decisions::open(c, &me, &id)).await
}

pub async fn close(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    act(state, move |c| closing::close(c, Some(&me), &id)).await
}

pub async fn withdraw(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    act(state, move |c| decisions::withdraw(c, &me, &id)).await
}

/// An admin declares a body from the organization page, with the kind's default rules
/// (changed later through the API).
pub async fn create(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<BodyForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let to = state
        .db
        .write(move |c| {
            let input = NewBody {
                slug: f.slug.trim().to_string(),
                name: f.name,
                kind: f.kind,
                rules: RulesInput::default(),
            };
            Ok(service::create_body(c, &me, &handle, &input)?.url())
        })
        .await?;
    Ok(Redirect::to(&to).into_response())
}

/// An open decision the viewer may vote on, for the decisions page.
struct MineItem {
    v: DecisionView,
    voted: bool,
    closes_in: String,
}

#[derive(Template)]
#[template(path = "bodies/decisions_page.html")]
struct DecisionsPage {
    chrome: Chrome,
    /// None when nobody is signed in.
    mine: Option<Vec<MineItem>>,
    closed: Vec<DecisionItem>,
    next: Option<String>,
    /// When the viewer's private feed address was made, if it was.
    feed_made: Option<String>,
    /// The address just made, shown this once.
    feed_url: Option<String>,
}

/// Every body's decisions: those the viewer may vote on now, then the latest closed ones.
pub async fn decisions(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    paging: crate::web::paging::Paging,
) -> Result<Response, PageError> {
    decisions_page(&state, v, &csrf, paging, None).await
}

/// The decisions page, with a private feed's fresh address when one was just made.
async fn decisions_page(
    state: &AppState,
    v: Option<crate::actor::Actor>,
    csrf: &CsrfToken,
    paging: crate::web::paging::Paging,
    fresh: Option<String>,
) -> Result<Response, PageError> {
    let viewer = v.clone();
    let (mine, closed, made) = state
        .db
        .read(move |c| {
            let (mine, made) = match &viewer {
                Some(p) => (Some(views::open_for(c, &p.id)?), feed::made(c, p)?),
                None => (None, None),
            };
            Ok((
                mine,
                views::decisions_page(c, Some("closed"), &paging)?,
                made,
            ))
        })
        .await?;
    let mine = mine.map(|list| {
        list.into_iter()
            .map(|m| MineItem {
                closes_in: relative_time(m.decision.closes_at),
                v: m.decision,
                voted: m.voted,
            })
            .collect()
    });
    Ok(render(&DecisionsPage {
        chrome: state.chrome(v.as_ref(), csrf),
        mine,
        next: closed.next.clone(),
        closed: closed.items.into_iter().map(DecisionItem::new).collect(),
        feed_made: made.map(human_time),
        feed_url: fresh.map(|t| format!("/feeds/decisions/{t}")),
    }))
}

/// Makes or replaces the viewer's private feed address, shown on this page once.
pub async fn feed_token(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let token = state.db.write(move |c| feed::rotate(c, &who)).await?;
    let paging = crate::web::paging::Paging::first(50, "/decisions");
    decisions_page(&state, Some(me), &csrf, paging, Some(token)).await
}

/// A person's private Atom feed of the decisions they can take part in: open, closing
/// soon, decided.
pub async fn feed(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let token = token.trim_end_matches(".atom").to_string();
    let items = state.db.read(move |c| feed::items(c, &token)).await?;
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.bytes().all(|b| b.is_ascii_graphic()))
        .unwrap_or("localhost");
    let base = format!("{scheme}://{host}");
    let lang = crate::i18n::with_current(|p| p.lang);
    let esc = crate::text::escape_html;
    let updated = items.iter().map(|i| i.updated).max().unwrap_or(0);
    let title = crate::i18n::text(lang, "bodies-feed-title", &[]);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n",
    );
    xml.push_str(&format!(
        "<title>{}</title>\n<id>{}/decisions</id>\n<updated>{}</updated>\n<link href=\"{}/decisions\"/>\n<author><name>{}</name></author>\n",
        esc(&title),
        esc(&base),
        crate::web::rfc3339(updated),
        esc(&base),
        esc(&state.config.instance_name),
    ));
    for i in &items {
        let status = crate::i18n::text(lang, "bodies-feed-status", &[("status", i.status.into())]);
        let summary = match &i.v.result {
            Some(r) => crate::i18n::text(lang, "bodies-result", &[("result", r.clone().into())]),
            None => crate::i18n::text(
                lang,
                "bodies-closes",
                &[("when", crate::web::human_time(i.v.closes_at).into())],
            ),
        };
        xml.push_str(&format!(
            "<entry>\n<id>{}{}#{}</id>\n<title>{} · {}</title>\n<updated>{}</updated>\n<link href=\"{}{}\"/>\n<category term=\"{}\"/>\n<summary>{} · {}</summary>\n</entry>\n",
            esc(&base),
            esc(&i.v.url),
            i.status,
            esc(&status),
            esc(&i.v.title),
            crate::web::rfc3339(i.updated),
            esc(&base),
            esc(&i.v.url),
            i.status,
            esc(&i.v.body_name),
            esc(&summary),
        ));
    }
    xml.push_str("</feed>\n");
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "application/atom+xml; charset=utf-8",
            ),
            (axum::http::header::CACHE_CONTROL, "private, no-store"),
        ],
        xml,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct ProxyAnswerForm {
    csrf: String,
    /// The handle of the voter (or member) who offered it.
    from: String,
    /// `accept` or `decline`.
    answer: String,
}

/// The viewer accepts or declines a proxy offered to them, from the decision page.
pub async fn answer_proxy(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<ProxyAnswerForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let answer = if f.answer == "accept" {
        proxies::Answer::Accept
    } else {
        proxies::Answer::Decline
    };
    act(state, move |c| {
        proxies::answer(c, &me, &id, &f.from, answer)
    })
    .await
}

/// Runs a standing delegation's flow from the body page, then shows the page again.
async fn delegating(
    state: AppState,
    me: crate::actor::Actor,
    handle: String,
    slug: String,
    f: impl FnOnce(&mut DbConn, &crate::actor::Actor, &service::BodyCtx) -> Result<(), AppError>
    + Send
    + 'static,
) -> Result<Response, PageError> {
    let to = state
        .db
        .write(move |c| {
            let ctx = service::require_body(c, &handle, &slug)?;
            f(c, &me, &ctx)?;
            Ok(ctx.url())
        })
        .await?;
    Ok(Redirect::to(&format!("{to}#delegation")).into_response())
}

/// Offers the viewer's standing delegation from the body page.
pub async fn offer_delegation(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, slug)): Path<(String, String)>,
    PageForm(f): PageForm<ProxyForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let to = f.to.trim().trim_start_matches('@').to_string();
    delegating(state, me, handle, slug, move |c, me, ctx| {
        delegations::offer(c, me, ctx, &to)
    })
    .await
}

/// Takes the viewer's standing delegation back from the body page.
pub async fn revoke_delegation(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, slug)): Path<(String, String)>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    delegating(state, me, handle, slug, delegations::revoke).await
}

/// The viewer accepts, declines or gives back a standing delegation from the body page.
pub async fn answer_delegation(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, slug)): Path<(String, String)>,
    PageForm(f): PageForm<ProxyAnswerForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let accept = f.answer == "accept";
    delegating(state, me, handle, slug, move |c, me, ctx| {
        delegations::answer(c, me, ctx, &f.from, accept)
    })
    .await
}

#[derive(Deserialize)]
pub struct ProxyForm {
    csrf: String,
    to: String,
}

/// Gives the viewer's proxy from the decision page.
pub async fn give_proxy(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<ProxyForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let to = f.to.trim().trim_start_matches('@').to_string();
    act(state, move |c| proxies::give(c, &me, &id, &to)).await
}

/// Takes the viewer's proxy back from the decision page.
pub async fn revoke_proxy(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    act(state, move |c| proxies::revoke(c, &me, &id)).await
}

#[derive(Deserialize)]
pub struct NominationForm {
    csrf: String,
    candidate: String,
    #[serde(default)]
    statement: String,
}

/// The nomination form's field a refusal is about.
fn nomination_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_text" => Some("statement"),
        "already_nominated" | "nominee_not_member" | "not_found" => Some("candidate"),
        _ => None,
    }
}

/// Nominates a member (or the viewer) from the election's page; a refusal shows the
/// form again as entered.
pub async fn nominate(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<NominationForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let candidate = f.candidate.trim().trim_start_matches('@').to_string();
    let (who, at, statement) = (me.clone(), id.clone(), f.statement.clone());
    let made = state
        .db
        .write(move |c| Ok(elections::nominate(c, &who, &at, &candidate, &statement)?.url()))
        .await;
    match made {
        Ok(to) => Ok(Redirect::to(&format!("{to}#candidates")).into_response()),
        Err(e) => {
            let entered = [
                ("candidate", f.candidate.as_str()),
                ("statement", f.statement.as_str()),
            ];
            let chrome = state.chrome(Some(&me), &csrf);
            let st = state.clone();
            Refilled::answer_async(&entered, e, nomination_field, |form| async move {
                let viewer = me.clone();
                let panels = st.panels.clone();
                let l = st
                    .db
                    .read(move |c| load(c, &id, Some(&viewer), &panels))
                    .await?;
                Ok(page(&st, chrome, l, None, form))
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct AnswerForm {
    csrf: String,
    /// `accept` or `decline`.
    answer: String,
    #[serde(default)]
    statement: String,
}

/// The viewer accepts or declines their nomination from the election's page; a refusal
/// shows the form again as entered.
pub async fn answer_nomination(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<AnswerForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let accept = f.answer == "accept";
    let (who, at, statement) = (me.clone(), id.clone(), f.statement.clone());
    let made = state
        .db
        .write(move |c| Ok(elections::answer(c, &who, &at, accept, Some(&statement))?.url()))
        .await;
    match made {
        Ok(to) => Ok(Redirect::to(&format!("{to}#candidates")).into_response()),
        Err(e) => {
            let entered = [("answer_statement", f.statement.as_str())];
            let chrome = state.chrome(Some(&me), &csrf);
            let st = state.clone();
            Refilled::answer_async(&entered, e, answer_field, |form| async move {
                let viewer = me.clone();
                let panels = st.panels.clone();
                let l = st
                    .db
                    .read(move |c| load(c, &id, Some(&viewer), &panels))
                    .await?;
                Ok(page(&st, chrome, l, None, form))
            })
            .await
        }
    }
}

/// The answer form's field a refusal is about: its statement.
fn answer_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_text" => Some("answer_statement"),
        _ => None,
    }
}
