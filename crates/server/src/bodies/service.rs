//! The flows of bodies shared by the API, the pages, the demo and the closing sweep:
//! declare a body, write a new version of its rulebook, draft a decision, open it (the
//! electorate is frozen and its hash journaled), cast or change a ballot, close it (counted
//! by the decision engine, its ballot file and outcome hashed into the journal), withdraw
//! it. Each runs inside the caller's write transaction, takes the decision's lock before
//! its first read where several rows must agree, and records its journal event there.

use super::count::{self, Outcome};
use super::events;
use super::files::{self, BallotFile};
use super::model::{
    self, BallotInput, BodyKind, Choice, DecisionState, Method, NewDecision, OptionItem, Rules,
    RulesInput, SeatRule, Secrecy,
};
use super::store::{self, BallotRow, BodyRow, Closing, DecisionRow, ElectorRow, RulebookRow};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail, shown};
use crate::ids::{OrgId, PersonId};
use crate::journal::{self, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use serde::Deserialize;
use utoipa::ToSchema;

/// A body with its organization.
#[derive(Debug, Clone)]
pub struct BodyCtx {
    pub org: OrgId,
    pub org_handle: String,
    pub org_name: String,
    pub body: BodyRow,
}

impl BodyCtx {
    pub fn url(&self) -> String {
        format!("/orgs/{}/bodies/{}", self.org_handle, self.body.slug)
    }

    fn object(&self) -> ObjectRef {
        ObjectRef {
            kind: ObjectKind::Body,
            id: self.body.id.clone(),
            url: self.url(),
        }
    }
}

/// A decision with its body.
#[derive(Debug, Clone)]
pub struct Located {
    pub ctx: BodyCtx,
    pub d: DecisionRow,
}

impl Located {
    pub fn url(&self) -> String {
        format!("/decisions/{}", self.d.id)
    }

    pub fn method(&self) -> Result<Method, AppError> {
        Method::parse(&self.d.method)
    }

    pub fn state(&self) -> Result<DecisionState, AppError> {
        DecisionState::parse(&self.d.state)
    }

    pub fn secrecy(&self) -> Result<Secrecy, AppError> {
        Secrecy::parse(&self.d.secrecy)
    }

    pub fn rules(&self) -> Result<Rules, AppError> {
        serde_json::from_str(&self.d.rules).map_err(AppError::internal)
    }

    pub fn options(&self) -> Result<Vec<OptionItem>, AppError> {
        serde_json::from_str(&self.d.options).map_err(AppError::internal)
    }

    pub fn outcome(&self) -> Result<Option<Outcome>, AppError> {
        self.d
            .outcome
            .as_deref()
            .map(serde_json::from_str)
            .transpose()
            .map_err(AppError::internal)
    }

    fn object(&self) -> ObjectRef {
        ObjectRef {
            kind: ObjectKind::Decision,
            id: self.d.id.clone(),
            url: self.url(),
        }
    }

    fn payload(&self) -> events::Decision {
        events::Decision {
            org: self.ctx.org_handle.clone(),
            body: self.ctx.body.slug.clone(),
            name: self.ctx.body.name.clone(),
            number: self.d.number,
            title: self.d.title.clone(),
            method: self.d.method.clone(),
        }
    }
}

fn no_body(org: &str, slug: &str) -> AppError {
    AppError::not_found(detail!(
        "problem-bodies-no-body",
        org = shown(org, 40),
        body = shown(slug, 40)
    ))
}

/// The body `slug` of the organization `org`, or a 404 naming them.
pub fn require_body(conn: &mut DbConn, org: &str, slug: &str) -> Result<BodyCtx, AppError> {
    let (org_id, org_handle, org_name) = crate::accounts::org_card(conn, org)?;
    let body =
        store::body_by_slug(conn, org_id.as_str(), slug)?.ok_or_else(|| no_body(org, slug))?;
    Ok(BodyCtx {
        org: org_id,
        org_handle,
        org_name,
        body,
    })
}

fn body_ctx(conn: &mut DbConn, body: BodyRow) -> Result<BodyCtx, AppError> {
    let org = OrgId(body.org_id.clone());
    let (org_handle, org_name) = crate::accounts::org_card_by_id(conn, &org)?;
    Ok(BodyCtx {
        org,
        org_handle,
        org_name,
        body,
    })
}

/// The bodies of an organization.
pub fn bodies_of(conn: &mut DbConn, org: &OrgId) -> Result<Vec<BodyCtx>, AppError> {
    store::bodies_of(conn, org.as_str())?
        .into_iter()
        .map(|b| body_ctx(conn, b))
        .collect()
}

/// The rules of a body's current rulebook.
pub fn current_rules(conn: &mut DbConn, body: &BodyRow) -> Result<Rules, AppError> {
    let row = store::rulebook(conn, &body.id, body.rulebook_version)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("body {} has no rulebook", body.id)))?;
    serde_json::from_str(&row.rules).map_err(AppError::internal)
}

/// `input` over `base`, people resolved by handle, every rule checked.
fn resolve(conn: &mut DbConn, base: Rules, input: &RulesInput) -> Result<Rules, AppError> {
    let mut r = base;
    if let Some(s) = input.seats {
        r.seats = s;
    }
    if let Some(named) = &input.named {
        let mut ids = Vec::new();
        for h in named {
            let id = crate::accounts::require_person(conn, h)?.id.0;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        r.named = ids;
    }
    if let Some(o) = input.openers {
        r.openers = o;
    }
    if let Some(m) = &input.default_method {
        r.default_method = m.clone();
    }
    if let Some(q) = input.quorum {
        r.quorum = q;
    }
    if let Some(t) = input.threshold {
        r.threshold = t;
    }
    if let Some(a) = input.abstentions_count {
        r.abstentions_count = a;
    }
    if let Some(s) = input.secrecy {
        r.secrecy = s;
    }
    if let Some(c) = input.changeable {
        r.changeable = c;
    }
    if let Some(cap) = input.weight_cap {
        r.weight_cap = Some(cap);
    }
    if let Some(b) = input.rulebook_by_decision {
        r.rulebook_by_decision = b;
    }
    if let Some(weights) = &input.weights {
        r.weights.clear();
        for (h, w) in weights {
            let id = crate::accounts::require_person(conn, h)?.id.0;
            r.weights.insert(id, *w);
        }
    }
    if r.seats != SeatRule::Named {
        r.named.clear();
    }
    r.validate()?;
    Ok(r)
}

fn require_admin(conn: &mut DbConn, org: &OrgId, actor: &Actor) -> Result<(), AppError> {
    if crate::accounts::is_org_admin(conn, org, &actor.id)? {
        Ok(())
    } else {
        Err(AppError::forbidden(detail!("problem-bodies-admins-only")))
    }
}

/// What a new body asks for.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewBody {
    /// Its address within the organization: 1 to 40 of `a-z 0-9 -`.
    pub slug: String,
    /// One line, at most 200 characters.
    pub name: String,
    /// `general_assembly`, `board`, `working_group`, `jury`, `valuation_panel` or
    /// `commons_council`.
    pub kind: String,
    /// Its first rulebook; the kind's defaults for what is left out.
    #[serde(default)]
    pub rules: RulesInput,
}

/// An admin of the organization declares a body with its first rulebook (version 1).
pub fn create_body(
    conn: &mut DbConn,
    actor: &Actor,
    org: &str,
    input: &NewBody,
) -> Result<BodyCtx, AppError> {
    let (org_id, org_handle, org_name) = crate::accounts::org_card(conn, org)?;
    require_admin(conn, &org_id, actor)?;
    let slug = model::slug(&input.slug)?;
    let name = model::one_line("name", &input.name, model::MAX_NAME_CHARS)?;
    let kind = BodyKind::parse(&input.kind)?;
    let rules = resolve(conn, Rules::default_for(kind), &input.rules)?;
    store::lock_bodies(conn, org_id.as_str())?;
    if store::body_by_slug(conn, org_id.as_str(), &slug)?.is_some() {
        return Err(AppError::conflict(
            "body_exists",
            detail!("problem-bodies-exists", org = &org_handle, body = &slug),
        ));
    }
    let now = now_ms();
    let body = BodyRow {
        id: new_id(),
        org_id: org_id.0.clone(),
        slug,
        name,
        kind: kind.as_str().into(),
        rulebook_version: 1,
        created_at: now,
        updated_at: now,
    };
    store::insert_body(conn, &body)?;
    store::insert_rulebook(
        conn,
        &RulebookRow {
            body_id: body.id.clone(),
            version: 1,
            rules: serde_json::to_string(&rules).map_err(AppError::internal)?,
            note: String::new(),
            author_id: actor.id.0.clone(),
            created_at: now,
        },
    )?;
    let ctx = BodyCtx {
        org: org_id,
        org_handle,
        org_name,
        body,
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::CREATED,
        &ctx.object(),
        &format!(
            "@{} declared the body “{}” of @{}",
            actor.handle, ctx.body.name, ctx.org_handle
        ),
        &events::Created {
            org: ctx.org_handle.clone(),
            body: ctx.body.slug.clone(),
            name: ctx.body.name.clone(),
            kind: ctx.body.kind.clone(),
        },
    )?;
    Ok(ctx)
}

/// An admin writes the next version of a body's rulebook; earlier versions stay, and the
/// decisions already open keep the rules they froze.
pub fn change_rulebook(
    conn: &mut DbConn,
    actor: &Actor,
    ctx: &BodyCtx,
    input: &RulesInput,
    note: &str,
) -> Result<i64, AppError> {
    require_admin(conn, &ctx.org, actor)?;
    let note = model::text("note", note, model::MAX_TEXT_CHARS)?;
    let base = current_rules(conn, &ctx.body)?;
    if base.rulebook_by_decision {
        return Err(AppError::conflict(
            "rulebook_by_decision",
            detail!("problem-bodies-rulebook-by-decision"),
        ));
    }
    let rules = resolve(conn, base, input)?;
    write_rulebook(conn, Some(actor), &actor.id, ctx, &rules, note, None)
}

/// Writes `rules` as the next version of a body's rulebook, by `author` (the admin who
/// changed it, or the opener of the decision that adopted it, `decision`), and journals
/// it (by `actor`; none when the closing sweep adopted it).
fn write_rulebook(
    conn: &mut DbConn,
    actor: Option<&Actor>,
    author: &PersonId,
    ctx: &BodyCtx,
    rules: &Rules,
    note: String,
    decision: Option<i64>,
) -> Result<i64, AppError> {
    let now = now_ms();
    let from = ctx.body.rulebook_version;
    if !store::bump_rulebook(conn, &ctx.body.id, from, now)? {
        return Err(AppError::conflict(
            "conflicting",
            detail!("problem-bodies-rulebook-moved"),
        ));
    }
    let version = from + 1;
    store::insert_rulebook(
        conn,
        &RulebookRow {
            body_id: ctx.body.id.clone(),
            version,
            rules: serde_json::to_string(&rules).map_err(AppError::internal)?,
            note,
            author_id: author.0.clone(),
            created_at: now,
        },
    )?;
    let summary = match (actor, decision) {
        (_, Some(n)) => format!(
            "Decision {n} wrote version {version} of the rulebook of “{}”",
            ctx.body.name
        ),
        (Some(a), None) => format!(
            "@{} wrote version {version} of the rulebook of “{}”",
            a.handle, ctx.body.name
        ),
        (None, None) => format!(
            "Version {version} of the rulebook of “{}” was written",
            ctx.body.name
        ),
    };
    let payload = events::RulebookChanged {
        org: ctx.org_handle.clone(),
        body: ctx.body.slug.clone(),
        name: ctx.body.name.clone(),
        version,
        decision,
    };
    if decision.is_some() {
        journal::record(
            conn,
            actor.map(|a| a.handle.as_str()),
            &events::RULEBOOK_ADOPTED,
            &ctx.object(),
            &summary,
            &payload,
        )?;
    } else {
        journal::record(
            conn,
            actor.map(|a| a.handle.as_str()),
            &events::RULEBOOK_CHANGED,
            &ctx.object(),
            &summary,
            &payload,
        )?;
    }
    Ok(version)
}

/// The people who sit in a body under `rules`, by id, with whether each is an admin of
/// the organization.
pub fn seated(conn: &mut DbConn, ctx: &BodyCtx, rules: &Rules) -> Result<Vec<String>, AppError> {
    Ok(match rules.seats {
        SeatRule::AllMembers => crate::accounts::active_members(conn, &ctx.org)?
            .into_iter()
            .map(|(id, _)| id)
            .collect(),
        SeatRule::Admins => crate::accounts::active_members(conn, &ctx.org)?
            .into_iter()
            .filter(|(_, admin)| *admin)
            .map(|(id, _)| id)
            .collect(),
        SeatRule::Named => rules.named.clone(),
    })
}

fn sits(conn: &mut DbConn, ctx: &BodyCtx, rules: &Rules, p: &PersonId) -> Result<bool, AppError> {
    Ok(match rules.seats {
        SeatRule::AllMembers => crate::accounts::is_org_member(conn, &ctx.org, p)?,
        SeatRule::Admins => crate::accounts::is_org_admin(conn, &ctx.org, p)?,
        SeatRule::Named => rules.named.iter().any(|id| id == p.as_str()),
    })
}

/// Drafts a decision of a body (its admins, or anyone who sits when the rulebook says
/// members open decisions).
pub fn draft(
    conn: &mut DbConn,
    actor: &Actor,
    ctx: &BodyCtx,
    input: &NewDecision,
) -> Result<Located, AppError> {
    let rules = current_rules(conn, &ctx.body)?;
    let admin = crate::accounts::is_org_admin(conn, &ctx.org, &actor.id)?;
    let sits = sits(conn, ctx, &rules, &actor.id)?;
    model::may_open(&rules, sits, admin)?;
    let now = now_ms();
    let d = model::check_draft(input, &rules, now)?;
    let proposal = match &input.rulebook {
        Some(change) => Some(
            serde_json::to_string(&resolve(conn, rules.clone(), change)?)
                .map_err(AppError::internal)?,
        ),
        None => None,
    };
    let row = DecisionRow {
        id: new_id(),
        body_id: ctx.body.id.clone(),
        number: store::next_decision_number(conn, &ctx.body.id)?,
        title: d.title,
        description: d.description,
        method: d.method.name().into(),
        options: serde_json::to_string(&d.options).map_err(AppError::internal)?,
        seats: d.seats,
        max_approvals: d.max_approvals,
        points: d.points,
        secrecy: d.secrecy.as_str().into(),
        state: DecisionState::Draft.as_str().into(),
        result: None,
        rules: serde_json::to_string(&rules).map_err(AppError::internal)?,
        rulebook_version: ctx.body.rulebook_version,
        opener_id: actor.id.0.clone(),
        closes_at: d.closes_at,
        opened_at: None,
        closed_at: None,
        electorate_hash: None,
        electorate_weight: 0,
        ballot_count: 0,
        outcome: None,
        ballots_hash: None,
        outcome_hash: None,
        proposal,
        created_at: now,
        updated_at: now,
    };
    store::insert_decision(conn, &row)?;
    let loc = Located {
        ctx: ctx.clone(),
        d: row,
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DRAFTED,
        &loc.object(),
        &format!(
            "@{} drafted “{}” for “{}”",
            actor.handle, loc.d.title, ctx.body.name
        ),
        &loc.payload(),
    )?;
    Ok(loc)
}

/// Its opener or an admin rewrites a draft before it opens: the question, the method,
/// the options and the rules it proposes are theirs to change until then, never after.
pub fn edit_draft(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    input: &NewDecision,
) -> Result<Located, AppError> {
    let loc = managed(conn, actor, id)?;
    let state = loc.state()?;
    if state != DecisionState::Draft {
        return Err(model::wrong_state(state, "edit"));
    }
    let rules = current_rules(conn, &loc.ctx.body)?;
    let now = now_ms();
    let d = model::check_draft(input, &rules, now)?;
    let proposal = match &input.rulebook {
        Some(change) => Some(
            serde_json::to_string(&resolve(conn, rules.clone(), change)?)
                .map_err(AppError::internal)?,
        ),
        None => None,
    };
    let row = DecisionRow {
        title: d.title,
        description: d.description,
        method: d.method.name().into(),
        options: serde_json::to_string(&d.options).map_err(AppError::internal)?,
        seats: d.seats,
        max_approvals: d.max_approvals,
        points: d.points,
        secrecy: d.secrecy.as_str().into(),
        rules: serde_json::to_string(&rules).map_err(AppError::internal)?,
        rulebook_version: loc.ctx.body.rulebook_version,
        closes_at: d.closes_at,
        proposal,
        updated_at: now,
        ..loc.d.clone()
    };
    if !store::rewrite_draft(conn, &row)? {
        return Err(model::wrong_state(state, "edit"));
    }
    let loc = Located { d: row, ..loc };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EDITED,
        &loc.object(),
        &format!(
            "@{} rewrote the draft “{}” of “{}”",
            actor.handle, loc.d.title, loc.ctx.body.name
        ),
        &loc.payload(),
    )?;
    Ok(loc)
}

/// The decision `id` with its body, or a 404 naming it.
pub fn require_decision(conn: &mut DbConn, id: &str) -> Result<Located, AppError> {
    let missing = || AppError::not_found(detail!("problem-bodies-no-decision", id = shown(id, 40)));
    let d = store::decision_by_id(conn, id)?.ok_or_else(missing)?;
    let body = store::body_by_id(conn, &d.body_id)?.ok_or_else(missing)?;
    Ok(Located {
        ctx: body_ctx(conn, body)?,
        d,
    })
}

/// The decision `number` of a body, or a 404 naming it.
pub fn decision_of_body(
    conn: &mut DbConn,
    ctx: &BodyCtx,
    number: i64,
) -> Result<Located, AppError> {
    let d = store::decision_by_number(conn, &ctx.body.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-bodies-no-decision",
            id = format!("{}/{number}", ctx.body.slug)
        ))
    })?;
    Ok(Located {
        ctx: ctx.clone(),
        d,
    })
}

/// A stored decision with its body.
pub fn locate(conn: &mut DbConn, d: DecisionRow) -> Result<Located, AppError> {
    let body = store::body_by_id(conn, &d.body_id)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("decision {} has no body", d.id)))?;
    Ok(Located {
        ctx: body_ctx(conn, body)?,
        d,
    })
}

/// The decision, once `actor` may manage it (its opener or an admin); under its lock.
fn managed(conn: &mut DbConn, actor: &Actor, id: &str) -> Result<Located, AppError> {
    let loc = require_decision(conn, id)?;
    store::lock_decision(conn, &loc.d.id)?;
    let loc = require_decision(conn, id)?;
    let admin = crate::accounts::is_org_admin(conn, &loc.ctx.org, &actor.id)?;
    model::may_manage(loc.d.opener_id == actor.id.0, admin)?;
    Ok(loc)
}

/// Opens a draft: the body's current rules and the people who sit now, with their
/// weights, are frozen for this decision, and the electorate's hash is journaled.
pub fn open(conn: &mut DbConn, actor: &Actor, id: &str) -> Result<Located, AppError> {
    let loc = managed(conn, actor, id)?;
    let state = loc.state()?;
    if state != DecisionState::Draft {
        return Err(model::wrong_state(state, "open"));
    }
    let now = now_ms();
    model::check_closing(loc.d.closes_at, now)?;
    let rules = current_rules(conn, &loc.ctx.body)?;
    let secrecy = loc.secrecy()?;
    if secrecy < rules.secrecy {
        return Err(AppError::invalid(
            "secrecy_lowered",
            detail!(
                "problem-bodies-secrecy-lowered",
                asked = secrecy.as_str(),
                least = rules.secrecy.as_str()
            ),
        ));
    }
    let voters: Vec<(String, u64)> = seated(conn, &loc.ctx, &rules)?
        .into_iter()
        .map(|id| {
            let w = rules.weight_of(&id);
            (id, w)
        })
        .collect();
    if voters.is_empty() {
        return Err(AppError::conflict(
            "decision_state",
            detail!("problem-bodies-empty-electorate"),
        ));
    }
    let hash = model::electorate_hash(&voters);
    let weight: u64 = voters.iter().map(|(_, w)| w).sum();
    let weight = i64::try_from(weight).map_err(AppError::internal)?;
    let frozen = serde_json::to_string(&rules).map_err(AppError::internal)?;
    let version = loc.ctx.body.rulebook_version;
    if !store::set_open(conn, &loc.d.id, &frozen, version, &hash, weight, now)? {
        return Err(model::wrong_state(state, "open"));
    }
    let rows: Vec<ElectorRow> = voters
        .iter()
        .map(|(id, w)| ElectorRow {
            decision_id: loc.d.id.clone(),
            person_id: id.clone(),
            weight: *w as i64,
            voted: false,
            ballot_id: None,
        })
        .collect();
    store::insert_electors(conn, &rows)?;
    let loc = require_decision(conn, id)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::OPENED,
        &loc.object(),
        &format!(
            "@{} opened “{}” of “{}” to {} voters",
            actor.handle,
            loc.d.title,
            loc.ctx.body.name,
            rows.len()
        ),
        &events::Opened {
            decision: loc.payload(),
            secrecy: loc.d.secrecy.clone(),
            voters: rows.len() as i64,
            electorate_weight: weight,
            electorate_hash: hash,
            closes_at: loc.d.closes_at,
        },
    )?;
    Ok(loc)
}

/// What casting a ballot gave the voter.
#[derive(Debug, Clone)]
pub struct Cast {
    /// Whether it replaced their earlier ballot.
    pub changed: bool,
    /// For a secret ballot: the receipt, shown to the voter once; its hash is published
    /// after the close.
    pub receipt: Option<String>,
}

/// A refusal for someone not in a decision's frozen electorate.
fn not_in_electorate() -> AppError {
    AppError::new(
        axum::http::StatusCode::FORBIDDEN,
        "not_in_electorate",
        detail!("problem-bodies-not-in-electorate"),
    )
}

/// A random ballot id, unrelated to time.
fn ballot_id() -> String {
    crate::web::random_token()[..32].to_string()
}

/// Casts or changes `actor`'s ballot on an open decision. One ballot per voter: under the
/// decision's lock, the voter's row is marked in the same statement that checks it was
/// not marked yet; a second ballot replaces the first where the rules allow it.
pub fn cast(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    input: &BallotInput,
) -> Result<(Located, Cast), AppError> {
    let found = require_decision(conn, id)?;
    store::lock_decision(conn, &found.d.id)?;
    let loc = require_decision(conn, id)?;
    let now = now_ms();
    let state = loc.state()?;
    if state != DecisionState::Open {
        return Err(model::wrong_state(state, "vote"));
    }
    if loc.d.closes_at <= now {
        return Err(model::wrong_state(DecisionState::Closed, "vote"));
    }
    let elector =
        store::elector(conn, &loc.d.id, actor.id.as_str())?.ok_or_else(not_in_electorate)?;
    let rules = loc.rules()?;
    let secrecy = loc.secrecy()?;
    let choice = model::read_ballot(
        loc.method()?,
        &loc.options()?,
        loc.d.max_approvals,
        loc.d.points,
        input,
        elector.weight as u64,
    )?;
    let text = serde_json::to_string(&choice).map_err(AppError::internal)?;
    let receipt =
        (secrecy == Secrecy::Secret).then(|| crate::web::random_token()[..32].to_string());
    let receipt_hash = receipt.as_deref().map(model::sha256);
    let changed = if elector.voted {
        if !rules.changeable {
            return Err(AppError::conflict(
                "already_voted",
                detail!("problem-bodies-already-voted"),
            ));
        }
        let ballot = elector.ballot_id.as_deref().ok_or_else(|| {
            AppError::conflict("already_voted", detail!("problem-bodies-already-voted"))
        })?;
        if !store::replace_ballot(conn, &loc.d.id, ballot, &text, receipt_hash.as_deref())? {
            return Err(AppError::internal(anyhow::anyhow!(
                "a voter's ballot is missing"
            )));
        }
        true
    } else {
        let bid = ballot_id();
        // The link is kept only while it is needed: to show an open ballot, or to let a
        // hidden one be replaced until the close (which erases it).
        let keep = secrecy == Secrecy::Open || rules.changeable;
        if !store::mark_voted(
            conn,
            &loc.d.id,
            actor.id.as_str(),
            keep.then_some(bid.as_str()),
        )? {
            return Err(AppError::conflict(
                "already_voted",
                detail!("problem-bodies-already-voted"),
            ));
        }
        store::insert_ballot(
            conn,
            &BallotRow {
                decision_id: loc.d.id.clone(),
                id: bid,
                choice: text,
                weight: elector.weight,
                voter_id: (secrecy == Secrecy::Open).then(|| actor.id.0.clone()),
                receipt_hash,
            },
        )?;
        if !store::count_ballot(conn, &loc.d.id)? {
            return Err(model::wrong_state(state, "vote"));
        }
        false
    };
    let payload = events::Voted {
        decision: loc.payload(),
        changed,
    };
    if secrecy.hides_voters() {
        journal::record(
            conn,
            None,
            &events::BALLOT_RECEIVED,
            &loc.object(),
            &format!(
                "A ballot was cast on “{}” (“{}”)",
                loc.d.title, loc.ctx.body.name
            ),
            &payload,
        )?;
    } else {
        journal::record(
            conn,
            Some(&actor.handle),
            &events::VOTED,
            &loc.object(),
            &format!(
                "@{} voted on “{}” (“{}”)",
                actor.handle, loc.d.title, loc.ctx.body.name
            ),
            &payload,
        )?;
    }
    Ok((loc, Cast { changed, receipt }))
}

/// A decision's ballots with their weights, as the count reads them.
fn choices(rows: &[BallotRow]) -> Result<Vec<(Choice, u64)>, AppError> {
    rows.iter()
        .map(|b| {
            let c: Choice = serde_json::from_str(&b.choice).map_err(AppError::internal)?;
            Ok((c, b.weight as u64))
        })
        .collect()
}

/// The published ballot file of a decision, made from its stored ballots (and, for a
/// committee rule, the winners of its outcome).
pub fn ballot_file(conn: &mut DbConn, loc: &Located) -> Result<BallotFile, AppError> {
    let winners = loc.outcome()?.map(|o| o.winners).unwrap_or_default();
    let rows = store::ballots(conn, &loc.d.id)?;
    Ok(files::ballot_file(
        loc.method()?,
        &loc.ctx.body.slug,
        loc.d.number,
        &loc.d.title,
        &loc.options()?,
        loc.d.seats,
        &choices(&rows)?,
        &winners,
    ))
}

/// Closes an open decision and counts it: early by its opener or an admin (`actor`), or
/// by the closing sweep at its time (`None`). Ballots of a decision that hides its voters
/// lose every link to them: the voters' links are erased, and the ballots are written
/// again with new random ids, ordered by their content.
pub fn close(conn: &mut DbConn, actor: Option<&Actor>, id: &str) -> Result<Located, AppError> {
    let loc = match actor {
        Some(a) => managed(conn, a, id)?,
        None => {
            let found = require_decision(conn, id)?;
            store::lock_decision(conn, &found.d.id)?;
            require_decision(conn, id)?
        }
    };
    let state = loc.state()?;
    if state != DecisionState::Open {
        return Err(model::wrong_state(state, "close"));
    }
    let now = now_ms();
    let rows = store::ballots(conn, &loc.d.id)?;
    let ballots = choices(&rows)?;
    let mut outcome = count::count(
        loc.method()?,
        &loc.options()?,
        loc.d.seats,
        loc.d.points,
        &loc.rules()?,
        loc.d.electorate_weight as u64,
        &ballots,
    );
    let mut receipts: Vec<String> = rows.iter().filter_map(|b| b.receipt_hash.clone()).collect();
    receipts.sort();
    outcome.receipts = receipts;
    let file = files::ballot_file(
        loc.method()?,
        &loc.ctx.body.slug,
        loc.d.number,
        &loc.d.title,
        &loc.options()?,
        loc.d.seats,
        &ballots,
        &outcome.winners,
    );
    let ballots_hash = model::sha256(&file.text);
    let outcome_text = serde_json::to_string(&outcome).map_err(AppError::internal)?;
    let outcome_hash = model::sha256(&outcome_text);
    let closing = Closing {
        result: &outcome.result,
        outcome: &outcome_text,
        ballots_hash: &ballots_hash,
        outcome_hash: &outcome_hash,
        ballot_count: rows.len() as i64,
        now,
    };
    if !store::set_closed(conn, &loc.d.id, &closing)? {
        return Err(model::wrong_state(state, "close"));
    }
    if loc.secrecy()?.hides_voters() {
        store::forget_links(conn, &loc.d.id)?;
        let mut again: Vec<BallotRow> = rows
            .into_iter()
            .map(|b| BallotRow {
                id: String::new(),
                voter_id: None,
                receipt_hash: None,
                ..b
            })
            .collect();
        again.sort_by(|a, b| (&a.choice, a.weight).cmp(&(&b.choice, b.weight)));
        for b in &mut again {
            b.id = ballot_id();
        }
        store::rewrite_ballots(conn, &loc.d.id, &again)?;
    }
    let loc = require_decision(conn, id)?;
    if let (true, Some(text)) = (outcome.result == "decided", &loc.d.proposal) {
        let rules: Rules = serde_json::from_str(text).map_err(AppError::internal)?;
        let note = format!("Adopted by decision {}: {}", loc.d.number, loc.d.title);
        let opener = PersonId(loc.d.opener_id.clone());
        let ctx = require_body(conn, &loc.ctx.org_handle, &loc.ctx.body.slug)?;
        write_rulebook(conn, actor, &opener, &ctx, &rules, note, Some(loc.d.number))?;
    }
    let summary = format!(
        "“{}” of “{}” closed: {}",
        loc.d.title, loc.ctx.body.name, outcome.result
    );
    journal::record(
        conn,
        actor.map(|a| a.handle.as_str()),
        &events::CLOSED,
        &loc.object(),
        &summary,
        &events::Closed {
            decision: loc.payload(),
            result: outcome.result.clone(),
            early: actor.is_some(),
            ballot_count: loc.d.ballot_count,
            turnout: outcome.turnout,
            winners: outcome.winner_names.clone(),
            ballots_hash,
            outcome_hash,
        },
    )?;
    Ok(loc)
}

/// Closes the decision `id` if it is still open and its time has come; false otherwise
/// (another sweep or an early close got there first). Safe to run again and again.
pub fn close_due(conn: &mut DbConn, id: &str, now: i64) -> Result<bool, AppError> {
    let Some(d) = store::decision_by_id(conn, id)? else {
        return Ok(false);
    };
    store::lock_decision(conn, &d.id)?;
    match store::decision_by_id(conn, id)? {
        Some(d) if d.state == DecisionState::Open.as_str() && d.closes_at <= now => {
            close(conn, None, id)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Open decisions whose time has come.
pub fn due(conn: &mut DbConn, now: i64) -> Result<Vec<String>, AppError> {
    store::due(conn, now)
}

/// Withdraws a draft or open decision (its opener or an admin); its ballots are dropped
/// uncounted.
pub fn withdraw(conn: &mut DbConn, actor: &Actor, id: &str) -> Result<Located, AppError> {
    let loc = managed(conn, actor, id)?;
    let state = loc.state()?;
    if !store::set_withdrawn(conn, &loc.d.id, now_ms())? {
        return Err(model::wrong_state(state, "withdraw"));
    }
    let loc = require_decision(conn, id)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::WITHDRAWN,
        &loc.object(),
        &format!(
            "@{} withdrew “{}” of “{}”",
            actor.handle, loc.d.title, loc.ctx.body.name
        ),
        &loc.payload(),
    )?;
    Ok(loc)
}

/// Whether `person` may vote on the decision and whether they have.
pub fn standing(
    conn: &mut DbConn,
    loc: &Located,
    person: &PersonId,
) -> Result<Option<ElectorRow>, AppError> {
    store::elector(conn, &loc.d.id, person.as_str())
}

/// The open ballot a voter cast (only for decisions that show their voters).
pub fn open_ballot_of(
    conn: &mut DbConn,
    loc: &Located,
    elector: &ElectorRow,
) -> Result<Option<Choice>, AppError> {
    if loc.d.secrecy != Secrecy::Open.as_str() {
        return Ok(None);
    }
    let Some(bid) = &elector.ballot_id else {
        return Ok(None);
    };
    store::ballot_of(conn, &loc.d.id, bid)?
        .map(|b| serde_json::from_str(&b.choice).map_err(AppError::internal))
        .transpose()
}
