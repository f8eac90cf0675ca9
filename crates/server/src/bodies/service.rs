//! The flows of bodies shared by the API, the pages, the demo and the decisions' flows:
//! find a body or a decision, declare a body, write a new version of its rulebook (by an
//! admin, or adopted by a decision), and who sits in it. The decisions' own flows are in
//! `decisions` (draft, rewrite, open, withdraw), `ballots` (cast) and `closing` (close and
//! count). Each runs inside the caller's write transaction and records its journal event
//! there.

use super::count::Outcome;
use super::events;
use super::model::{
    self, BodyKind, Choice, DecisionState, Method, OptionItem, Rules, RulesInput, SeatRule, Secrecy,
};
use super::store::{self, BodyRow, DecisionRow, ElectorRow, RulebookRow};
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

    pub(super) fn object(&self) -> ObjectRef {
        ObjectRef {
            kind: ObjectKind::Body,
            id: self.body.id.clone(),
            url: self.url(),
            context: Some(self.record()),
        }
    }

    /// Its bodies' and their decisions' events are in the organization's record.
    fn record(&self) -> journal::Context {
        journal::Context::of(ObjectKind::Organization, self.org.as_str())
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

    pub(super) fn object(&self) -> ObjectRef {
        ObjectRef {
            kind: ObjectKind::Decision,
            id: self.d.id.clone(),
            url: self.url(),
            context: Some(self.ctx.record()),
        }
    }

    pub(super) fn payload(&self) -> events::Decision {
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

/// A stored body with its organization.
pub fn locate_body(conn: &mut DbConn, body: BodyRow) -> Result<BodyCtx, AppError> {
    body_ctx(conn, body)
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
pub(super) fn resolve(
    conn: &mut DbConn,
    base: Rules,
    input: &RulesInput,
) -> Result<Rules, AppError> {
    let mut r = base;
    if let Some(s) = input.seats {
        r.seats = s;
    }
    if let Some(e) = input.elected {
        r.elected = Some(e);
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
    if let Some(p) = input.proxies {
        r.proxies = p;
    }
    if let Some(b) = input.rulebook_by_decision {
        r.rulebook_by_decision = b;
    }
    if let Some(limit) = &input.spending_limit {
        r.spending_limit = match limit {
            Some(a) => Some(a.check("spending_limit")?.0),
            None => None,
        };
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
    if r.seats != SeatRule::Elected {
        r.elected = None;
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
        spending_limit_minor: limit_of(&rules).map(|(m, _)| m),
        spending_limit_currency: limit_of(&rules).map(|(_, c)| c),
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
pub(super) fn write_rulebook(
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
    if !store::bump_rulebook(conn, &ctx.body.id, from, limit_of(rules), now)? {
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

/// A rulebook's spending limit in minor units, with its currency.
fn limit_of(rules: &Rules) -> Option<(i64, String)> {
    let limit = rules.spending_limit.as_ref()?;
    Some((limit.money()?.minor(), limit.currency.clone()))
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
        SeatRule::Elected => store::seat_holders(conn, &ctx.body.id, now_ms())?
            .into_iter()
            .map(|s| s.person_id)
            .collect(),
    })
}

pub(super) fn sits(
    conn: &mut DbConn,
    ctx: &BodyCtx,
    rules: &Rules,
    p: &PersonId,
) -> Result<bool, AppError> {
    Ok(match rules.seats {
        SeatRule::AllMembers => crate::accounts::is_org_member(conn, &ctx.org, p)?,
        SeatRule::Admins => crate::accounts::is_org_admin(conn, &ctx.org, p)?,
        SeatRule::Named => rules.named.iter().any(|id| id == p.as_str()),
        SeatRule::Elected => store::seat_holders(conn, &ctx.body.id, now_ms())?
            .iter()
            .any(|s| s.person_id == p.as_str()),
    })
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
pub(super) fn managed(conn: &mut DbConn, actor: &Actor, id: &str) -> Result<Located, AppError> {
    let loc = require_decision(conn, id)?;
    store::lock_decision(conn, &loc.d.id)?;
    let loc = require_decision(conn, id)?;
    let admin = crate::accounts::is_org_admin(conn, &loc.ctx.org, &actor.id)?;
    model::may_manage(loc.d.opener_id == actor.id.0, admin)?;
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
