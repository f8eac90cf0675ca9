//! HTML pages of budgets, phone-first and without JavaScript: the list of processes; a
//! process's page, which says which phase it is in, what one can do now and until when
//! (propose a project, vote in each heading, see the results), with its headings and
//! projects and, for its admins, the next phases; the results of a heading by the chosen
//! rule beside greedy, with a chart drawn on the server, why each project lost and what
//! the viewer's own ballot paid for; a project's page.

use super::ballots;
use super::census;
use super::count::{self, Asked, Counted};
use super::explain::{self, Lost};
use super::model::{self, Marks, Phase};
use super::paper::{self, Tally};
use super::phases;
use super::service::{self, NewProject};
use super::store::{self, HeadingRow, ProjectRow};
use super::valuation::{self, BudgetPanelView, ValuationBox};
use super::views::{self, BudgetSummary};
use crate::db::now_ms;
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::state::AppState;
use crate::web::actor::{Actor, MaybeViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Path, Query};
use crate::web::paging::{Page, Paging};
use crate::web::panels::Looker;
use crate::web::{Chrome, human_time, render};
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use commonfare_decide::pb::Q;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Arc;

/// An exact amount for people, in the page's language: whole units when it has no cents.
pub fn money(q: &Q) -> String {
    let lang = crate::i18n::current().lang;
    let approx = explain::cents(q);
    let (int, frac) = approx.split_once('.').unwrap_or((approx.as_str(), "00"));
    let cents = format!("{int}{frac}").parse::<i64>();
    match cents {
        Ok(c) if c % 100 == 0 => crate::i18n::formats::number(lang, c / 100),
        Ok(c) => crate::i18n::formats::decimal(lang, c, 2),
        Err(_) => approx,
    }
}

/// An amount written as stored (`"12000"`, `"8000.50"`), for people.
pub fn shown(amount: &str) -> String {
    model::exact(amount)
        .map(|q| money(&q))
        .unwrap_or_else(|| amount.to_string())
}

#[derive(Template)]
#[template(path = "budgets/list.html")]
struct ListPage {
    chrome: Chrome,
    budgets: Page<BudgetSummary>,
}

pub async fn list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    paging: Paging,
) -> Result<Response, PageError> {
    let budgets = state
        .db
        .read(move |c| views::processes_page(c, None, &paging))
        .await?;
    Ok(render(&ListPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        budgets,
    }))
}

/// A project as a line of a page.
pub struct ProjectLine {
    pub id: String,
    pub number: String,
    pub title: String,
    pub cost: String,
    /// The cost as an exact decimal, for the ballot's running total.
    pub exact_cost: String,
    pub state: String,
    pub reason: String,
    pub author: Option<String>,
    /// On the viewer's ballot (or in the refused form).
    pub checked: bool,
    /// A duplicate: the number of the project it was merged into.
    pub merged_into: Option<String>,
    /// Its points on a points ballot, or its rank on a ranked one, as the viewer's ballot
    /// (or the refused form) has it; empty when none.
    pub mark: String,
    /// Proposed for an organization (its handle) or an informal group (its name).
    pub proposed_for_organization: Option<String>,
    pub proposed_for_group: Option<String>,
}

/// A heading on the process page.
pub struct HeadingBox {
    pub id: String,
    pub name: String,
    pub amount: String,
    /// The amount as an exact decimal, for the ballot's running total.
    pub exact_amount: String,
    /// Knapsack ballots with a least share: the least a ballot spends here, for people
    /// and as an exact decimal (for the running total); both empty without one.
    pub least: String,
    pub exact_least: String,
    pub ballots: i64,
    pub projects: Vec<ProjectLine>,
    /// Whether the viewer has a ballot here.
    pub voted: bool,
    /// Whether the viewer may vote here, and why (`voters::Standing` as a code).
    pub open: bool,
    pub why: String,
    /// For another district: which of the allowed ones this is, and how many are.
    pub used: i64,
    pub allowed_others: i64,
    /// Ranked ballots: the ranks one may give here (1 to the most projects a ballot
    /// ranks, or to the projects on the ballot).
    pub ranks: Vec<i64>,
}

/// A phase on the process page's timeline.
pub struct PhaseLine {
    pub phase: String,
    pub starts: String,
    pub ends: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "budgets/process.html")]
struct ProcessPage {
    chrome: Chrome,
    id: String,
    title: String,
    description: String,
    owner: String,
    owner_name: String,
    imported: bool,
    phase: String,
    /// When the current phase ends (or the next begins), for people; empty if undated.
    until: String,
    timeline: Vec<PhaseLine>,
    headings: Vec<HeadingBox>,
    style: String,
    min_projects: Option<i64>,
    max_projects: Option<i64>,
    /// Points ballots: the points each voter has, and the most on one project (the
    /// total when there is no such limit).
    points_total: i64,
    max_points: i64,
    /// Knapsack ballots: the least share of a heading's amount a ballot spends, in percent.
    min_share_percent: Option<i64>,
    /// An admin of a knapsack process whose rules are not locked: the least share's form.
    can_set_share: bool,
    rule: String,
    anyone: bool,
    /// Taking part by sitting in a body of the owner: that body, linked.
    body: Option<views::BudgetEligibleBody>,
    /// Taking part by census: the claim form, and for admins the census's import.
    by_census: bool,
    claimed: bool,
    census_entries: i64,
    can_claim: bool,
    can_import_census: bool,
    signed_in: bool,
    eligible: bool,
    admin: bool,
    can_propose: bool,
    can_vote: bool,
    /// An admin while balloting or reviewing ballots: the paper ballots form.
    can_paper: bool,
    /// Supports are collected: each project has its button.
    supporting: bool,
    results_out: bool,
    next_phases: Vec<String>,
    form: Refilled,
    /// What other domains show on a process's page (its threads).
    panels: Vec<String>,
    /// Who valuates the projects, when the process has a valuating phase.
    panel: Option<BudgetPanelView>,
    /// Incompatibility groups (listed under their headings), and whether this viewer may
    /// make and remove them (an admin before balloting).
    groups: Vec<super::groups::BudgetGroupView>,
    can_group: bool,
    /// The supporting rules, and whether this viewer may set them (an admin until
    /// supporting ends).
    support: super::supporting::BudgetSupportRulesView,
    can_set_support: bool,
    /// The form's numbers as set (empty when none).
    support_most: String,
    support_count: String,
    /// The reconciliation of paper ballots, per heading and polling station.
    paper: super::views::BudgetPaperReport,
}

impl ProcessPage {
    /// Whether the refused group form had project `id` ticked.
    fn group_ticked(&self, id: &str) -> bool {
        self.form
            .value("group-projects")
            .split(',')
            .any(|t| t == id)
    }
}

pub(super) async fn process_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = v.clone();
    let panels = state.panels.clone();
    let (
        loc,
        view,
        plan,
        mine,
        admin,
        eligible,
        standings,
        claimed,
        loaded,
        panel,
        groups,
        support,
        paper,
    ) = state
        .db
        .read(move |c| {
            let loc = service::require_process(c, &id)?;
            let paper = paper::report(c, &loc.p.id)?;
            let panel = valuation::panel_line(c, &loc)?;
            let groups = super::groups::list(c, &loc)?;
            let support = super::supporting::rules(c, &loc)?;
            let url = format!("/budgets/{}", loc.p.id);
            let loaded = panels.load(c, "budget", &loc.p.id, &url)?;
            let view = views::process(c, &loc)?;
            let plan = service::plan_of(c, &loc.p.id)?;
            let (mine, admin, eligible, standings, claimed) = match &who {
                Some(p) => (
                    ballots::mine(c, p, &loc.p.id)?,
                    service::is_admin(c, p, &loc)?,
                    service::require_eligible(c, p, &loc).is_ok(),
                    census::shown_standings(c, p, &loc)?,
                    store::claimed_entry(c, &loc.p.id, p.id.as_str())?.is_some(),
                ),
                None => (Vec::new(), false, false, Vec::new(), false),
            };
            Ok((
                loc, view, plan, mine, admin, eligible, standings, claimed, loaded, panel, groups,
                support, paper,
            ))
        })
        .await?;
    let (loc, view, plan, mine, admin, eligible) = (loc, view, plan, mine, admin, eligible);
    let phase = loc.phase();
    // Each heading's ballot as project number → mark (points, rank, or nothing).
    let mine: HashMap<String, Vec<(String, String)>> = mine
        .into_iter()
        .map(|b| {
            let marks = b
                .projects
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    let mark = match &b.points {
                        Some(ps) => ps.get(i).map(i64::to_string).unwrap_or_default(),
                        None if loc.rules().style == model::BallotStyle::Ranked => {
                            (i + 1).to_string()
                        }
                        None => String::new(),
                    };
                    (n.clone(), mark)
                })
                .collect();
            (b.heading_id, marks)
        })
        .collect();
    let entered: Vec<(&str, &str)> = form
        .value("ballot-projects")
        .split(',')
        .filter(|e| !e.is_empty())
        .map(|e| e.split_once(':').unwrap_or((e, "")))
        .collect();
    let refused_heading = form.value("ballot-heading").to_string();
    let most_ranked = loc.rules().max_projects;
    let least_share = loc.rules().min_share_percent;
    let headings = view
        .headings
        .iter()
        .map(|h| {
            let chosen = mine.get(&h.id);
            let standing = standings.iter().find(|s| s.heading_id == h.id);
            HeadingBox {
                open: standing.is_none_or(|s| s.allowed),
                why: standing.map(|s| s.why.clone()).unwrap_or_default(),
                used: standing.and_then(|s| s.used).unwrap_or(0),
                allowed_others: standing.and_then(|s| s.allowed_others).unwrap_or(0),
                id: h.id.clone(),
                name: h.name.clone(),
                amount: shown(&h.amount),
                exact_amount: h.amount.clone(),
                exact_least: model::exact(&h.amount)
                    .and_then(|a| model::least_spent(least_share, &a))
                    .map(|q| model::to_cents(&q))
                    .unwrap_or_default(),
                least: model::exact(&h.amount)
                    .and_then(|a| model::least_spent(least_share, &a))
                    .map(|q| money(&q))
                    .unwrap_or_default(),
                ballots: h.ballots,
                voted: chosen.is_some(),
                ranks: {
                    let on = h.projects.iter().filter(|p| p.state == "proposed").count() as i64;
                    (1..=most_ranked.map_or(on, |m| m.min(on))).collect()
                },
                projects: h
                    .projects
                    .iter()
                    .map(|p| {
                        let mark = if refused_heading == h.id {
                            entered
                                .iter()
                                .find(|(n, _)| *n == p.number)
                                .map(|(_, m)| (*m).to_string())
                        } else {
                            chosen.and_then(|c| {
                                c.iter()
                                    .find(|(n, _)| *n == p.number)
                                    .map(|(_, m)| m.clone())
                            })
                        };
                        ProjectLine {
                            id: p.id.clone(),
                            number: p.number.clone(),
                            title: p.title.clone(),
                            cost: shown(&p.cost),
                            exact_cost: p.cost.clone(),
                            state: p.state.clone(),
                            reason: p.reason.clone(),
                            merged_into: p.merged_into.clone(),
                            author: p.author.clone(),
                            checked: mark.is_some(),
                            mark: mark.unwrap_or_default(),
                            proposed_for_organization: p.proposed_for_organization.clone(),
                            proposed_for_group: p.proposed_for_group.clone(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let current = plan.iter().find(|p| p.phase == phase);
    let until = current
        .and_then(|p| p.ends_at)
        .or_else(|| {
            model::next_enabled(&plan, phase)
                .and_then(|n| plan.iter().find(|p| p.phase == n))
                .and_then(|p| p.starts_at)
        })
        .map(human_time)
        .unwrap_or_default();
    let timeline = plan
        .iter()
        .filter(|p| p.enabled)
        .map(|p| PhaseLine {
            phase: p.phase.as_str().into(),
            starts: p.starts_at.map(human_time).unwrap_or_default(),
            ends: p.ends_at.map(human_time).unwrap_or_default(),
            current: p.phase == phase,
        })
        .collect();
    let next_phases = plan
        .iter()
        .filter(|p| p.enabled && p.phase > phase)
        .map(|p| p.phase.as_str().to_string())
        .collect();
    let signed_in = v.is_some();
    let rules = loc.rules();
    Ok(render(&ProcessPage {
        chrome: state.chrome(v.as_ref(), csrf),
        id: loc.p.id.clone(),
        title: loc.p.title.clone(),
        description: loc.p.description.clone(),
        owner: loc.org_handle.clone(),
        owner_name: loc.org_name.clone(),
        imported: loc.p.origin == "pabulib",
        phase: phase.as_str().into(),
        until,
        timeline,
        headings,
        style: rules.style.as_str().into(),
        min_projects: rules.min_projects,
        max_projects: rules.max_projects,
        points_total: rules.points_total.unwrap_or(0),
        max_points: rules.max_points.or(rules.points_total).unwrap_or(0),
        min_share_percent: rules.min_share_percent,
        can_set_share: admin
            && rules.style == model::BallotStyle::Knapsack
            && loc.p.rules_locked_at.is_none(),
        rule: rules.rule.into(),
        anyone: rules.eligibility == model::Eligibility::Anyone,
        body: view.rules.eligible_body.clone(),
        by_census: rules.eligibility == model::Eligibility::Census,
        claimed,
        census_entries: view.voters.census_entries,
        can_claim: signed_in
            && !claimed
            && rules.eligibility == model::Eligibility::Census
            && phase <= Phase::Balloting,
        can_import_census: admin && loc.p.rules_locked_at.is_none(),
        signed_in,
        eligible,
        admin,
        can_propose: (eligible && phase == Phase::AcceptingProposals)
            || (admin && phase.before_balloting()),
        can_vote: eligible && phase == Phase::Balloting,
        can_paper: admin && phase.takes_paper_ballots(),
        supporting: phase == Phase::Supporting,
        results_out: views::results_out(&loc),
        next_phases,
        panels: loaded.render(&Looker {
            viewer: v.as_ref(),
            csrf: &csrf.0,
            form: Some(&form),
        }),
        form,
        panel,
        groups,
        can_group: admin && phase.before_balloting(),
        can_set_support: admin && phase <= Phase::Supporting,
        support_most: support
            .max_per_person
            .map(|m| m.to_string())
            .unwrap_or_default(),
        support_count: support.count.map(|m| m.to_string()).unwrap_or_default(),
        support,
        paper,
    }))
}

pub async fn process(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    process_page(&state, v, &csrf, id, Refilled::default()).await
}

/// The ballot form: `project-NUMBER` check boxes, or on a points ballot `points-NUMBER`
/// numbers (empty or 0: none), or on a ranked ballot `rank-NUMBER` selects (empty: not
/// ranked).
pub async fn vote(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, heading)): Path<(String, String)>,
    PageForm(f): PageForm<HashMap<String, String>>,
) -> Result<Response, PageError> {
    csrf.verify(f.get("csrf").map(String::as_str).unwrap_or(""))?;
    let mut fields: Vec<(&str, &str, &str)> = f
        .iter()
        .filter_map(|(k, v)| {
            let (kind, n) = k.split_once('-')?;
            matches!(kind, "project" | "points" | "rank").then_some((kind, n, v.trim()))
        })
        .collect();
    fields.sort_by(|a, b| (a.1.len(), a.1).cmp(&(b.1.len(), b.1)));
    let (mut chosen, mut points, mut ranks) = (Vec::new(), Vec::new(), Vec::new());
    let (mut by_points, mut by_ranks, mut bad) = (false, false, None);
    // What was entered, to give the form back as it was: `number` or `number:mark`.
    let mut entered = Vec::new();
    for (kind, n, v) in fields {
        match kind {
            "points" => {
                by_points = true;
                match model::whole_points(n, v) {
                    Ok(0) => {}
                    Ok(p) => {
                        chosen.push(n.to_string());
                        points.push(p);
                    }
                    Err(e) => bad = bad.or(Some(e)),
                }
                if !v.is_empty() && v != "0" {
                    entered.push(format!("{n}:{v}"));
                }
            }
            "rank" => {
                by_ranks = true;
                if !v.is_empty() {
                    chosen.push(n.to_string());
                    ranks.push(v.parse().unwrap_or(0));
                    entered.push(format!("{n}:{v}"));
                }
            }
            _ if !v.is_empty() => {
                chosen.push(n.to_string());
                entered.push(n.to_string());
            }
            _ => {}
        }
    }
    let (who, pid, hid) = (me.clone(), id.clone(), heading.clone());
    let done = match bad {
        Some(e) => Err(AppError::from(e)),
        None => {
            state
                .db
                .write(move |c| {
                    let marks = Marks {
                        projects: &chosen,
                        points: by_points.then_some(points.as_slice()),
                        ranks: by_ranks.then_some(ranks.as_slice()),
                    };
                    ballots::cast(c, &who, &pid, &hid, marks, now_ms())
                })
                .await
        }
    };
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/budgets/{id}#heading-{heading}")).into_response()),
        Err(e) => {
            let joined = entered.join(",");
            let entered = [
                ("ballot-heading", heading.as_str()),
                ("ballot-projects", joined.as_str()),
            ];
            Refilled::answer_async(&entered, e, ballot_field, |form| {
                process_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

/// The ballot's refusals are shown on the heading's form.
fn ballot_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "unknown_project"
        | "ballot_outside_limits"
        | "ballot_over_budget"
        | "points_over_total"
        | "points_over_most"
        | "points_not_positive"
        | "malformed_points"
        | "ranks_tied"
        | "ranks_gapped"
        | "ballot_mismatch"
        | "not_for_this_ballot"
        | "missing_field" => Some("ballot"),
        _ => None,
    }
}

#[derive(Deserialize)]
pub struct ProposeForm {
    csrf: String,
    #[serde(default)]
    heading: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    cost: String,
    #[serde(default)]
    organization: String,
    #[serde(default)]
    group: String,
}

fn propose_field(e: &AppError) -> Option<&'static str> {
    match (e.code, e.detail.text_arg("field")) {
        (
            "cost_not_positive" | "amount_too_large" | "malformed_amount" | "too_many_decimals",
            _,
        ) => Some("propose-cost"),
        ("missing_field" | "too_long" | "invalid_field", Some("title")) => Some("propose-title"),
        ("missing_field" | "too_long" | "invalid_field", Some("cost")) => Some("propose-cost"),
        ("too_long" | "invalid_field", Some("description")) => Some("propose-description"),
        ("too_long" | "invalid_field", Some("place")) => Some("propose-place"),
        ("missing_field" | "too_long" | "invalid_field", Some("group")) => Some("propose-group"),
        ("two_proposers", _) => Some("propose-group"),
        ("not_member_of_proposer", _) => Some("propose-organization"),
        ("not_found", _) if e.detail.key() == "problem-no-organization" => {
            Some("propose-organization")
        }
        _ => None,
    }
}

pub async fn propose(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<ProposeForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let pid = id.clone();
    let input = NewProject {
        heading: f.heading.clone(),
        title: f.title.clone(),
        description: f.description.clone(),
        place: f.place.clone(),
        cost: f.cost.clone(),
        organization: Some(f.organization.clone()),
        group: Some(f.group.clone()),
    };
    let done = state
        .db
        .write(move |c| service::propose(c, &who, &pid, &input, now_ms()))
        .await;
    match done {
        Ok(p) => Ok(Redirect::to(&format!("/budgets/{id}/projects/{}", p.id)).into_response()),
        Err(e) => {
            let entered = [
                ("propose-heading", f.heading.as_str()),
                ("propose-title", f.title.as_str()),
                ("propose-description", f.description.as_str()),
                ("propose-place", f.place.as_str()),
                ("propose-cost", f.cost.as_str()),
                ("propose-organization", f.organization.as_str()),
                ("propose-group", f.group.as_str()),
            ];
            Refilled::answer_async(&entered, e, propose_field, |form| {
                process_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct MoveForm {
    csrf: String,
    #[serde(default)]
    phase: String,
}

pub async fn move_phase(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<MoveForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let to = Phase::parse(f.phase.trim()).map_err(AppError::from)?;
    let pid = id.clone();
    state
        .db
        .write(move |c| phases::move_to(c, Some(&me), &pid, to, now_ms()))
        .await?;
    Ok(Redirect::to(&format!("/budgets/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "budgets/project.html")]
struct ProjectPage {
    chrome: Chrome,
    process_id: String,
    process_title: String,
    heading: String,
    p: views::BudgetProjectView,
    cost: String,
    can_support: bool,
    /// An admin, once the results are out: the progress form.
    can_record: bool,
    statuses: [&'static str; 4],
    /// An admin, before balloting: the review and merge forms (`review_pages`).
    can_review: bool,
    /// The projects of the same heading this one may be merged into: id, number, title.
    merge_targets: Vec<(String, String, String)>,
    form: Refilled,
    /// What other domains show on a project's page (its comments).
    panels: Vec<String>,
    /// Its valuation as the viewer may read it, and the panel's form.
    valuation: ValuationBox,
    /// An admin or the proposer of a funded project: the form linking its commons.
    can_link: bool,
}

async fn project_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    project: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let who = v.clone();
    let panels = state.panels.clone();
    let (loc, view, heading, admin, eligible, loaded, merge_targets, valued) = state
        .db
        .read(move |c| {
            let loc = service::require_process(c, &id)?;
            let row = service::require_project(c, &loc, &project)?;
            let valued = valuation::project_box(c, who.as_ref(), &loc, &row)?;
            let url = format!("/budgets/{}/projects/{}", loc.p.id, row.id);
            let loaded = panels.load(c, "project", &row.id, &url)?;
            let heading = service::require_heading(c, &loc, &row.heading_id)?;
            let all = views::projects(c, &loc.p.id)?;
            let targets = all
                .iter()
                .filter(|p| {
                    p.id != row.id && p.heading_id == row.heading_id && p.state == "proposed"
                })
                .map(|p| (p.id.clone(), p.number.clone(), p.title.clone()))
                .collect::<Vec<_>>();
            let view = all
                .into_iter()
                .find(|p| p.id == row.id)
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("a project vanished")))?;
            let (admin, eligible) = match &who {
                Some(p) => (
                    service::is_admin(c, p, &loc)?,
                    service::require_eligible(c, p, &loc).is_ok(),
                ),
                None => (false, false),
            };
            let can_link = match &who {
                Some(p) => super::documentation::may_link_now(c, p, &loc, &row)?,
                None => false,
            };
            Ok((
                loc,
                view,
                heading,
                (admin, can_link),
                eligible,
                loaded,
                targets,
                valued,
            ))
        })
        .await?;
    let (admin, can_link) = admin;
    let phase = loc.phase();
    let can_review = admin && phase.before_balloting() && view.state != "merged";
    Ok(render(&ProjectPage {
        chrome: state.chrome(v.as_ref(), csrf),
        process_id: loc.p.id.clone(),
        process_title: loc.p.title.clone(),
        heading: heading.name,
        cost: shown(&view.cost),
        can_support: eligible && phase == Phase::Supporting && view.state == "proposed",
        can_record: admin && phase.results_out(),
        statuses: model::PROGRESS_STATUSES,
        merge_targets: if can_review && view.state == "proposed" {
            merge_targets
        } else {
            Vec::new()
        },
        can_review,
        p: view,
        panels: loaded.render(&Looker {
            viewer: v.as_ref(),
            csrf: &csrf.0,
            form: Some(&form),
        }),
        form,
        valuation: valued.formatted(shown),
        can_link,
    }))
}

/// A project's page with a form of one of its panels refused, as entered (a comment
/// that discussion refused comes back beside its refusal).
pub async fn project_page_with(
    state: &AppState,
    me: Actor,
    csrf: &CsrfToken,
    (id, project): (String, String),
    form: Refilled,
) -> Result<Response, PageError> {
    project_page(state, Some(me), csrf, id, project, form).await
}

pub async fn project(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path((id, project)): Path<(String, String)>,
) -> Result<Response, PageError> {
    project_page(&state, v, &csrf, id, project, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct ProgressForm {
    csrf: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    progress: String,
    #[serde(default)]
    on: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    link: String,
}

fn progress_field(e: &AppError) -> Option<&'static str> {
    match (e.code, e.detail.text_arg("field")) {
        ("invalid_progress", _) => Some("progress-progress"),
        ("invalid_date", _) => Some("progress-on"),
        ("invalid_website", _) => Some("progress-link"),
        ("missing_field" | "too_long" | "invalid_field", Some("title")) => Some("progress-title"),
        ("too_long" | "invalid_field", Some("description")) => Some("progress-description"),
        _ => None,
    }
}

pub async fn record_progress(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, project)): Path<(String, String)>,
    PageForm(f): PageForm<ProgressForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let input = super::progress::NewProgress {
        status: f.status.clone(),
        progress: f.progress.trim().parse().unwrap_or(-1),
        milestone: (!f.title.trim().is_empty() || !f.on.trim().is_empty()).then(|| {
            super::progress::NewMilestone {
                on: f.on.clone(),
                title: f.title.clone(),
                description: f.description.clone(),
                link: f.link.clone(),
            }
        }),
    };
    let (who, pid, prj) = (me.clone(), id.clone(), project.clone());
    let done = state
        .db
        .write(move |c| super::progress::record(c, &who, &pid, &prj, &input, now_ms()))
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/budgets/{id}/projects/{project}")).into_response()),
        Err(e) => {
            let entered = [
                ("progress-progress", f.progress.as_str()),
                ("progress-on", f.on.as_str()),
                ("progress-title", f.title.as_str()),
                ("progress-description", f.description.as_str()),
                ("progress-link", f.link.as_str()),
            ];
            Refilled::answer_async(&entered, e, progress_field, |form| {
                project_page(&state, Some(me), &csrf, id, project, form)
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct ProjectCommonsForm {
    csrf: String,
    #[serde(default)]
    commons: String,
}

/// Every refusal of the commons form is shown beside it.
fn commons_field(_: &AppError) -> Option<&'static str> {
    Some("commons-handle")
}

/// Links a funded project's commons from its page.
pub async fn link_commons(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, project)): Path<(String, String)>,
    PageForm(f): PageForm<ProjectCommonsForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (who, pid, prj, handle) = (me.clone(), id.clone(), project.clone(), f.commons.clone());
    let done = state
        .db
        .write(move |c| super::documentation::link(c, &who, &pid, &prj, &handle, now_ms()))
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/budgets/{id}/projects/{project}")).into_response()),
        Err(e) => {
            let entered = [("commons-handle", f.commons.as_str())];
            Refilled::answer_async(&entered, e, commons_field, |form| {
                project_page(&state, Some(me), &csrf, id, project, form)
            })
            .await
        }
    }
}

/// Unlinks a funded project's commons from its page.
pub async fn unlink_commons(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, project)): Path<(String, String)>,
    PageForm(f): PageForm<CsrfForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (who, pid, prj) = (me.clone(), id.clone(), project.clone());
    let done = state
        .db
        .write(move |c| super::documentation::unlink(c, &who, &pid, &prj))
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/budgets/{id}/projects/{project}")).into_response()),
        Err(e) => {
            Refilled::answer_async(&[("commons-handle", "")], e, commons_field, |form| {
                project_page(&state, Some(me), &csrf, id, project, form)
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

pub async fn support(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, project)): Path<(String, String)>,
    PageForm(f): PageForm<CsrfForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (pid, prj) = (id.clone(), project.clone());
    state
        .db
        .write(move |c| service::support(c, &me, &pid, &prj, now_ms()))
        .await?;
    Ok(Redirect::to(&format!("/budgets/{id}/projects/{project}")).into_response())
}

#[derive(Deserialize)]
pub struct PaperForm {
    csrf: String,
    #[serde(default)]
    ballots: String,
    #[serde(default)]
    station: String,
    #[serde(default)]
    declared: String,
    /// A checkbox: present when ticked.
    #[serde(default)]
    accept_mismatch: Option<String>,
    #[serde(default)]
    reason: String,
}

fn paper_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "unknown_project"
        | "ballot_outside_limits"
        | "ballot_over_budget"
        | "malformed_paper_ballots"
        | "paper_voter_not_eligible"
        | "paper_serial_repeated" => Some("paper-ballots"),
        "missing_field" if e.detail.text_arg("field") == Some("reason") => Some("paper-reason"),
        "missing_field" if e.detail.text_arg("field") == Some("station") => Some("paper-station"),
        "missing_field" => Some("paper-ballots"),
        "paper_count_mismatch" => Some("paper-declared"),
        _ => None,
    }
}

/// Records a polling station's paper ballots from the process's page (see
/// `paper::record_paper`); a refusal keeps what was typed.
pub async fn paper(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, heading)): Path<(String, String)>,
    PageForm(f): PageForm<PaperForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let read = paper::read_paper(&f.ballots).and_then(|lines| {
        let tally = Tally {
            station: Some(f.station.clone()).filter(|s| !s.trim().is_empty()),
            declared: paper::declared_field(&f.declared)?,
            accept_mismatch: f.accept_mismatch.is_some(),
            reason: Some(f.reason.clone()).filter(|s| !s.trim().is_empty()),
        };
        Ok((lines, tally))
    });
    let (who, pid, hid) = (me.clone(), id.clone(), heading.clone());
    let done = match read {
        Ok((lines, tally)) => {
            state
                .db
                .write(move |c| paper::record_paper(c, &who, &pid, &hid, &lines, &tally, now_ms()))
                .await
        }
        Err(e) => Err(e),
    };
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/budgets/{id}#paper-report")).into_response()),
        Err(e) => {
            let accept = if f.accept_mismatch.is_some() {
                "on"
            } else {
                ""
            };
            let entered = [
                ("paper-heading", heading.as_str()),
                ("paper-ballots", f.ballots.as_str()),
                ("paper-station", f.station.as_str()),
                ("paper-declared", f.declared.as_str()),
                ("paper-accept", accept),
                ("paper-reason", f.reason.as_str()),
            ];
            Refilled::answer_async(&entered, e, paper_field, |form| {
                process_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct CensusForm {
    csrf: String,
    #[serde(default)]
    census: String,
}

/// An admin's census, pasted as CSV.
pub async fn import_census(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CensusForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (who, pid, text) = (me.clone(), id.clone(), f.census.clone());
    let done = state
        .db
        .write(move |c| census::import(c, &who, &pid, &text, now_ms()))
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/budgets/{id}#census")).into_response()),
        Err(e) => {
            let entered = [("census", f.census.as_str())];
            Refilled::answer_async(&entered, e, census_field, |form| {
                process_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

fn census_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "malformed_census" | "not_utf8" | "nul_character" => Some("census"),
        _ => None,
    }
}

#[derive(Deserialize)]
pub struct ClaimForm {
    csrf: String,
    #[serde(default)]
    census_id: String,
}

/// A person claims their census entry by typing their id.
pub async fn claim_census(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<ClaimForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (who, pid, typed) = (me.clone(), id.clone(), f.census_id.clone());
    let done = state
        .db
        .write(move |c| census::claim(c, &who, &pid, &typed, now_ms()))
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/budgets/{id}")).into_response()),
        Err(e) => {
            // The id typed is not written back into the page.
            let entered = [("claim", "")];
            Refilled::answer_async(&entered, e, claim_field, |form| {
                process_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

fn claim_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "unknown_census_id" | "census_entry_taken" | "census_already_claimed" | "missing_field" => {
            Some("claim")
        }
        _ => None,
    }
}

#[derive(Deserialize, Default)]
pub struct ResultsQuery {
    #[serde(default)]
    heading: String,
    #[serde(default)]
    rule: String,
}

impl ResultsQuery {
    /// The results of one heading by the process's own rule.
    pub(super) fn of_heading(heading: String) -> ResultsQuery {
        ResultsQuery {
            heading,
            rule: String::new(),
        }
    }
}

/// Why a project lost, as a page says it.
pub struct Why {
    /// `shares`, `fit`, `no_votes` or `not_reached`.
    pub kind: &'static str,
    pub supporters: u64,
    pub started: String,
    /// Project number, title and what its supporters paid for it.
    pub spent: Vec<(String, String, String)>,
    pub left: String,
}

/// One project of the results.
pub struct ResultRow {
    pub number: String,
    pub title: String,
    pub cost: String,
    pub votes: u64,
    pub chosen: bool,
    pub greedy: bool,
    /// Why it was not funded, stage by stage.
    pub why: Vec<Why>,
}

/// One bar of the chart.
pub struct Bar {
    pub y: i64,
    pub width: i64,
    pub label: String,
    pub chosen: bool,
    pub greedy: bool,
}

/// What the viewer's ballot did.
pub struct MyBallot {
    /// Under a rule that shares the budget among voters.
    pub shares: bool,
    pub share: String,
    pub paid: Vec<(String, String, String)>,
    pub left: String,
    pub completed: Vec<(String, String)>,
    /// Chosen and funded, chosen and not (any rule).
    pub funded: Vec<(String, String)>,
    pub unfunded: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "budgets/results.html")]
struct ResultsPage {
    chrome: Chrome,
    id: String,
    title: String,
    heading_id: String,
    heading: String,
    amount: String,
    /// Other headings: id, name.
    headings: Vec<(String, String, bool)>,
    rule: String,
    greedy_rule: String,
    rules: Vec<&'static str>,
    voters: u64,
    rows: Vec<ResultRow>,
    chosen_total: String,
    greedy_total: String,
    chosen_count: usize,
    greedy_count: usize,
    bars: Vec<Bar>,
    chart_height: i64,
    mine: Option<MyBallot>,
    /// The organisers' overrides, the outcome funded in the end, and the form for admins.
    overrides: super::overrides::BudgetOverridesView,
    admin: bool,
    /// This heading's projects for the override form: id, number, title, funded now.
    override_projects: Vec<(String, String, String, bool)>,
    form: Refilled,
}

fn title_of(projects: &[ProjectRow], heading: &str, number: &str) -> String {
    projects
        .iter()
        .find(|p| p.heading_id == heading && p.number == number)
        .map(|p| p.title.clone())
        .unwrap_or_default()
}

fn why(l: &Lost, projects: &[ProjectRow], heading: &str) -> Why {
    match l {
        Lost::Shares {
            supporters,
            started,
            spent,
            left,
        } => Why {
            kind: "shares",
            supporters: *supporters,
            started: money(started),
            spent: spent
                .iter()
                .map(|(n, q)| (n.clone(), title_of(projects, heading, n), money(q)))
                .collect(),
            left: money(left),
        },
        Lost::DidNotFit { left } => Why {
            kind: "fit",
            supporters: 0,
            started: String::new(),
            spent: Vec::new(),
            left: money(left),
        },
        Lost::NoVotes => Why {
            kind: "no_votes",
            supporters: 0,
            started: String::new(),
            spent: Vec::new(),
            left: String::new(),
        },
        Lost::NotReached => Why {
            kind: "not_reached",
            supporters: 0,
            started: String::new(),
            spent: Vec::new(),
            left: String::new(),
        },
        Lost::Incompatible { with } => Why {
            kind: "incompatible",
            supporters: 0,
            started: String::new(),
            spent: vec![(
                with.clone(),
                title_of(projects, heading, with),
                String::new(),
            )],
            left: String::new(),
        },
    }
}

fn total(c: &Counted) -> String {
    shown(&c.outcome.total_cost)
}

fn my_ballot(chosen: &[String], c: &Counted, projects: &[ProjectRow], heading: &str) -> MyBallot {
    let named = |n: &String| (n.clone(), title_of(projects, heading, n));
    let (funded, unfunded): (Vec<&String>, Vec<&String>) =
        chosen.iter().partition(|n| c.outcome.selected.contains(n));
    let share = explain::my_share(&c.outcome, chosen);
    MyBallot {
        shares: share.is_some(),
        share: share.as_ref().map(|s| money(&s.share)).unwrap_or_default(),
        paid: share
            .as_ref()
            .map(|s| {
                s.paid
                    .iter()
                    .map(|(n, q)| (n.clone(), title_of(projects, heading, n), money(q)))
                    .collect()
            })
            .unwrap_or_default(),
        left: share.as_ref().map(|s| money(&s.left)).unwrap_or_default(),
        completed: share
            .as_ref()
            .map(|s| s.completed.iter().map(named).collect())
            .unwrap_or_default(),
        funded: funded.into_iter().map(named).collect(),
        unfunded: unfunded.into_iter().map(named).collect(),
    }
}

/// Rows of the chart: one per project, 18 units high.
const ROW: i64 = 18;
/// The longest bar, for the most votes.
const BAR: i64 = 250;

/// The results page. A visitor who is not signed in gets the page as rendered for the
/// same address, language and zone since the last commit (`results_cache`): a process's
/// results are read far more often than anything under them changes.
pub async fn results(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    Query(q): Query<ResultsQuery>,
) -> Result<Response, PageError> {
    if v.is_none() {
        let html = super::results_cache::anonymous(&state, || {
            results_html(&state, None, &csrf, id, q, Refilled::default())
        })
        .await?;
        return Ok(Html(html).into_response());
    }
    results_page(&state, v, &csrf, id, q, Refilled::default()).await
}

/// The results page, with the override form as entered when it comes back refused.
pub(super) async fn results_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    q: ResultsQuery,
    form: Refilled,
) -> Result<Response, PageError> {
    let html = results_html(state, v, csrf, id, q, form).await?;
    Ok(Html(html).into_response())
}

/// The results page's HTML for `v`.
async fn results_html(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    id: String,
    q: ResultsQuery,
    form: Refilled,
) -> Result<String, PageError> {
    let who = v.clone();
    let asked_heading = q.heading.clone();
    let (loc, headings, heading, projects, mine, acts, admin) = state
        .db
        .read(move |c| {
            let loc = service::require_process(c, &id)?;
            let headings = store::headings(c, &loc.p.id)?;
            let heading: HeadingRow = match asked_heading.trim() {
                "" => headings.first().cloned().ok_or_else(|| {
                    AppError::not_found(crate::error::detail!(
                        "problem-no-budget-heading",
                        id = "-"
                    ))
                })?,
                h => service::require_heading(c, &loc, h)?,
            };
            let projects = store::projects(c, &loc.p.id)?;
            let mine = match &who {
                Some(p) => ballots::mine(c, p, &loc.p.id)?
                    .into_iter()
                    .find(|b| b.heading_id == heading.id)
                    .map(|b| b.projects),
                None => None,
            };
            let acts = super::overrides::acts(c, &loc.p.id)?;
            let admin = match &who {
                Some(p) => service::is_admin(c, p, &loc)?,
                None => false,
            };
            Ok((loc, headings, heading, projects, mine, acts, admin))
        })
        .await?;
    if !views::results_out(&loc) {
        return Err(AppError::from(model::BudgetError::WrongPhase {
            action: "results",
            phase: loc.phase().as_str(),
        })
        .into());
    }
    let rule_name = match q.rule.trim() {
        "" => loc.p.rule.clone(),
        r => r.to_string(),
    };
    let rule = model::rule(&rule_name).map_err(AppError::from)?;
    let greedy = model::rule(model::GREEDY_RULE).map_err(AppError::from)?;
    let chosen: Arc<Counted> = count::counted(state, &loc, &heading, Asked::of(rule)).await?;
    let by_greedy: Arc<Counted> = count::counted(state, &loc, &heading, Asked::of(greedy)).await?;
    let most = chosen
        .tallies
        .iter()
        .map(|t| t.votes)
        .max()
        .unwrap_or(0)
        .max(1);
    let rows: Vec<ResultRow> = chosen
        .tallies
        .iter()
        .map(|t| ResultRow {
            title: title_of(&projects, &heading.id, &t.number),
            cost: money(&t.cost),
            votes: t.votes,
            chosen: t.funded,
            greedy: by_greedy.outcome.selected.contains(&t.number),
            why: t
                .lost
                .iter()
                .map(|l| why(l, &projects, &heading.id))
                .collect(),
            number: t.number.clone(),
        })
        .collect();
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| Bar {
            y: i as i64 * ROW,
            width: (BAR * r.votes as i64 / most as i64).max(1),
            label: format!("#{}", r.number),
            chosen: r.chosen,
            greedy: r.greedy,
        })
        .collect::<Vec<_>>();
    let mine = mine.map(|m| my_ballot(&m, &chosen, &projects, &heading.id));
    let counted_ids = super::overrides::counted_cached(state, &loc, &headings, &projects).await?;
    let overrides = acts.view(&projects, &counted_ids);
    let funded = acts.applied(&counted_ids);
    let override_projects = projects
        .iter()
        .filter(|p| p.heading_id == heading.id)
        .map(|p| {
            (
                p.id.clone(),
                p.number.clone(),
                p.title.clone(),
                funded.contains(&p.id),
            )
        })
        .collect();
    let page = ResultsPage {
        chrome: state.chrome(v.as_ref(), csrf),
        id: loc.p.id.clone(),
        title: loc.p.title.clone(),
        heading_id: heading.id.clone(),
        heading: heading.name.clone(),
        amount: shown(&heading.amount),
        headings: headings
            .iter()
            .map(|h| (h.id.clone(), h.name.clone(), h.id == heading.id))
            .collect(),
        rule: rule.name().into(),
        greedy_rule: greedy.name().into(),
        rules: model::rule_names(),
        voters: chosen.voters,
        chosen_total: total(&chosen),
        greedy_total: total(&by_greedy),
        chosen_count: chosen.outcome.selected.len(),
        greedy_count: by_greedy.outcome.selected.len(),
        chart_height: bars.len() as i64 * ROW + 4,
        bars,
        rows,
        mine,
        overrides,
        admin,
        override_projects,
        form,
    };
    Ok(page.render().map_err(AppError::internal)?)
}
