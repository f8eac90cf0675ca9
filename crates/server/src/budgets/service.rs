//! The flows of budgets shared by the API, the pages and the demo: import a Pabulib file
//! as a closed process, create a process with its headings, add a heading, change the
//! ballot rules (until balloting opens), plan the phases, propose and review projects.
//! Each runs inside the caller's write transaction and records its journal event there,
//! in the record of the owning organization. Moving phases is `phases`; ballots are
//! `ballots`.

use super::events::{self, Process};
use super::model::{self, BudgetError, Phase, PlannedPhase, Rules};
use super::pabulib::{self, ImportError};
use super::store::{self, HeadingRow, PhaseRow, ProcessRow, ProjectRow};
use crate::db::{DbConn, new_id};
use crate::error::{AppError, detail, shown};
use crate::ids::OrgId;
use crate::journal::{self, Context, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use axum::http::StatusCode;
use commonfare_decide::pb::Instance;

/// Model refusals become client errors with the model's stable code: 403 for who may not,
/// 409 for a phase or locked rules that forbid it, 422 for broken input.
impl From<BudgetError> for AppError {
    #[track_caller]
    fn from(e: BudgetError) -> Self {
        let status = match &e {
            BudgetError::NotAdmin { .. }
            | BudgetError::NotMember { .. }
            | BudgetError::NotInBody { .. }
            | BudgetError::NotInCensus
            | BudgetError::AgeRule { .. }
            | BudgetError::DistrictRule { .. }
            | BudgetError::NotMemberOfProposer { .. }
            | BudgetError::NotProposerOrAdmin { .. } => StatusCode::FORBIDDEN,
            BudgetError::WrongPhase { .. }
            | BudgetError::RulesLocked
            | BudgetError::CensusEntryTaken
            | BudgetError::CensusAlreadyClaimed
            | BudgetError::NotFunded { .. }
            | BudgetError::NotOnBallot { .. }
            | BudgetError::AlreadySupported
            | BudgetError::SupportLimit { .. }
            | BudgetError::NoCommonsLinked { .. }
            | BudgetError::PaperSerialRepeated { .. }
            | BudgetError::VotedOnPaper { .. } => StatusCode::CONFLICT,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        AppError::new(status, e.code(), e.detail())
    }
}

impl From<ImportError> for AppError {
    #[track_caller]
    fn from(e: ImportError) -> Self {
        match e {
            ImportError::Unreadable { line, message } => AppError::invalid(
                "malformed_pb",
                detail!(
                    "problem-budgets-malformed-pb",
                    line = line.to_string(),
                    reason = message
                ),
            ),
            ImportError::TooLarge { project } => AppError::invalid(
                "amount_too_large",
                match project {
                    Some(p) => detail!(
                        "problem-budgets-file-cost-too-large",
                        project = shown(&p, 40)
                    ),
                    None => detail!("problem-budgets-file-budget-too-large"),
                },
            ),
        }
    }
}

/// A process with its owner, as the flows and views find it.
#[derive(Debug, Clone)]
pub struct Located {
    pub p: ProcessRow,
    pub org_handle: String,
    pub org_name: String,
}

impl Located {
    pub fn phase(&self) -> Phase {
        Phase::parse(&self.p.phase).unwrap_or(Phase::Finished)
    }

    pub fn org(&self) -> OrgId {
        OrgId(self.p.org_id.clone())
    }

    /// The process as its events name it.
    pub fn payload(&self) -> Process {
        Process {
            process: self.p.id.clone(),
            title: self.p.title.clone(),
            owner: format!("@{}", self.org_handle),
        }
    }

    /// The process as the journal's object, in its organization's record.
    pub fn object(&self) -> ObjectRef {
        ObjectRef {
            kind: ObjectKind::Budget,
            id: self.p.id.clone(),
            url: format!("/budgets/{}", self.p.id),
            context: Some(Context::of(ObjectKind::Organization, &self.p.org_id)),
        }
    }

    /// A project of it as the journal's object.
    pub fn project_object(&self, project: &ProjectRow) -> ObjectRef {
        ObjectRef {
            kind: ObjectKind::BudgetProject,
            id: project.id.clone(),
            url: format!("/budgets/{}/projects/{}", self.p.id, project.id),
            context: Some(Context::of(ObjectKind::Organization, &self.p.org_id)),
        }
    }

    /// A project as its events name it.
    pub fn project_payload(&self, project: &ProjectRow, heading: &str) -> events::Project {
        events::Project {
            process: self.payload(),
            project: project.id.clone(),
            number: project.number.clone(),
            name: project.title.clone(),
            heading: heading.to_string(),
            cost: project.cost.clone(),
        }
    }

    pub fn rules(&self) -> Rules {
        Rules {
            style: model::BallotStyle::parse(&self.p.ballot_style)
                .unwrap_or(model::BallotStyle::Approval),
            min_projects: self.p.min_projects,
            max_projects: self.p.max_projects,
            eligibility: model::Eligibility::parse(&self.p.eligibility)
                .unwrap_or(model::Eligibility::Members),
            body_id: self.p.eligible_body_id.clone(),
            rule: model::rule(&self.p.rule)
                .map(|r| r.name())
                .unwrap_or(model::DEFAULT_RULE),
            points_total: self.p.points_total,
            max_points: self.p.max_points,
            min_share_percent: self.p.min_share_percent,
        }
    }
}

/// The process `id`, or a 404 that names it.
pub fn require_process(conn: &mut DbConn, id: &str) -> Result<Located, AppError> {
    let p = store::process(conn, id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-no-budget", id = shown(id, 40))))?;
    let (org_handle, org_name) = crate::accounts::org_card_by_id(conn, &OrgId(p.org_id.clone()))?;
    Ok(Located {
        p,
        org_handle,
        org_name,
    })
}

/// The heading `id` of a process, or a 404 that names it.
pub fn require_heading(conn: &mut DbConn, loc: &Located, id: &str) -> Result<HeadingRow, AppError> {
    store::headings(conn, &loc.p.id)?
        .into_iter()
        .find(|h| h.id == id)
        .ok_or_else(|| {
            AppError::not_found(detail!("problem-no-budget-heading", id = shown(id, 40)))
        })
}

/// The project `id` of a process, or a 404 that names it.
pub fn require_project(conn: &mut DbConn, loc: &Located, id: &str) -> Result<ProjectRow, AppError> {
    store::project(conn, id)?
        .filter(|p| p.process_id == loc.p.id)
        .ok_or_else(|| {
            AppError::not_found(detail!("problem-no-budget-project", id = shown(id, 40)))
        })
}

/// Whether `p` is an active admin of the owning organization.
pub fn is_admin(conn: &mut DbConn, p: &Actor, loc: &Located) -> Result<bool, AppError> {
    crate::accounts::is_org_admin(conn, &loc.org(), &p.id)
}

/// Refuses anyone but an active admin of the owning organization.
pub fn require_admin(conn: &mut DbConn, p: &Actor, loc: &Located) -> Result<(), AppError> {
    if is_admin(conn, p, loc)? {
        Ok(())
    } else {
        Err(BudgetError::NotAdmin {
            org: loc.org_handle.clone(),
        }
        .into())
    }
}

/// Refuses anyone the process's eligibility leaves out: who may propose, support and vote
/// (active members of the owning organization, anyone signed in, or those who claimed an
/// entry of its census and meet its age rule).
pub fn require_eligible(conn: &mut DbConn, p: &Actor, loc: &Located) -> Result<(), AppError> {
    match loc.rules().eligibility {
        model::Eligibility::Anyone => Ok(()),
        model::Eligibility::Members => {
            if crate::accounts::is_org_member(conn, &loc.org(), &p.id)? {
                Ok(())
            } else {
                Err(BudgetError::NotMember {
                    org: loc.org_handle.clone(),
                }
                .into())
            }
        }
        model::Eligibility::Body => {
            let Some(body) = loc.p.eligible_body_id.as_deref() else {
                return Err(AppError::internal(anyhow::anyhow!(
                    "process {} is open to a body but names none",
                    loc.p.id
                )));
            };
            if crate::bodies::sits_in(conn, body, &p.id)? {
                return Ok(());
            }
            let card = crate::bodies::body_card_by_id(conn, body)?;
            Err(BudgetError::NotInBody {
                body: card.name,
                url: card.url,
            }
            .into())
        }
        model::Eligibility::Census => {
            let entry = store::claimed_entry(conn, &loc.p.id, p.id.as_str())?
                .ok_or(BudgetError::NotInCensus)?;
            let least = store::voter_rules(conn, &loc.p.id)?.min_age;
            let at = age_counted_at(conn, loc)?;
            Ok(super::voters::old_enough(
                least,
                entry.birth_date.as_deref(),
                at,
            )?)
        }
    }
}

/// The body whose members take part, as the process's page and answer name it: set for
/// eligibility `body` only.
pub fn eligible_body(
    conn: &mut DbConn,
    loc: &Located,
) -> Result<Option<crate::bodies::BodyCard>, AppError> {
    match (&loc.rules().eligibility, loc.p.eligible_body_id.as_deref()) {
        (model::Eligibility::Body, Some(id)) => Ok(Some(crate::bodies::body_card_by_id(conn, id)?)),
        _ => Ok(None),
    }
}

/// These rules with the body `given` (a slug of a body of the organization `org_handle`)
/// whose members take part: required by eligibility `body` (an unknown body, or one of
/// another organization, is a 422 `unknown_eligible_body`), refused by the others.
fn with_body(
    conn: &mut DbConn,
    mut rules: Rules,
    org_handle: &str,
    given: Option<&str>,
) -> Result<Rules, AppError> {
    let given = given.map(str::trim).filter(|g| !g.is_empty());
    match (rules.eligibility, given) {
        (model::Eligibility::Body, None) => Err(BudgetError::Missing {
            field: "eligible_body",
        }
        .into()),
        (model::Eligibility::Body, Some(slug)) => {
            // A slug or a `handle/slug`: either way it must name a body of the owner.
            let slug = match slug.split_once('/') {
                Some((org, s)) if org.trim_start_matches('@') == org_handle => s,
                Some(_) => {
                    return Err(BudgetError::UnknownBody {
                        org: org_handle.to_string(),
                        given: slug.to_string(),
                    }
                    .into());
                }
                None => slug,
            };
            match crate::bodies::body_card(conn, org_handle, slug) {
                Ok(card) => {
                    rules.body_id = Some(card.id);
                    Ok(rules)
                }
                Err(e) if e.status == StatusCode::NOT_FOUND => Err(BudgetError::UnknownBody {
                    org: org_handle.to_string(),
                    given: slug.to_string(),
                }
                .into()),
                Err(e) => Err(e),
            }
        }
        (e, Some(_)) => Err(BudgetError::BodyNotForEligibility {
            eligibility: e.as_str(),
        }
        .into()),
        (_, None) => Ok(rules),
    }
}

/// The moment the age rule counts age at: the balloting phase's planned start, or when
/// balloting opened (the rules locked), or else now.
pub fn age_counted_at(conn: &mut DbConn, loc: &Located) -> Result<i64, AppError> {
    let planned = plan_of(conn, &loc.p.id)?
        .into_iter()
        .find(|s| s.phase == Phase::Balloting)
        .and_then(|s| s.starts_at);
    Ok(planned
        .or(loc.p.rules_locked_at)
        .unwrap_or_else(crate::db::now_ms))
}

/// The organization `handle` (with or without `@`) if `p` is an active admin of it.
pub fn admin_org(
    conn: &mut DbConn,
    p: &Actor,
    handle: &str,
) -> Result<(OrgId, String, String), AppError> {
    let handle = handle.trim().trim_start_matches('@');
    let (org, h, name) = crate::accounts::org_card(conn, handle)?;
    if !crate::accounts::is_org_admin(conn, &org, &p.id)? {
        return Err(BudgetError::NotAdmin { org: h }.into());
    }
    Ok((org, h, name))
}

fn plan_rows(process_id: &str, plan: &[PlannedPhase]) -> Vec<PhaseRow> {
    plan.iter()
        .map(|p| PhaseRow {
            process_id: process_id.to_string(),
            phase: p.phase.as_str().into(),
            position: p.phase.position(),
            enabled: p.enabled,
            starts_at: p.starts_at,
            ends_at: p.ends_at,
        })
        .collect()
}

/// The plan of a process as stored.
pub fn plan_of(conn: &mut DbConn, process_id: &str) -> Result<Vec<PlannedPhase>, AppError> {
    Ok(store::phases(conn, process_id)?
        .into_iter()
        .filter_map(|r| {
            Some(PlannedPhase {
                phase: Phase::parse(&r.phase).ok()?,
                enabled: r.enabled,
                starts_at: r.starts_at,
                ends_at: r.ends_at,
            })
        })
        .collect())
}

/// The phases a new process has enabled when its creator says nothing.
pub const DEFAULT_PHASES: [Phase; 7] = [
    Phase::Drafting,
    Phase::AcceptingProposals,
    Phase::Reviewing,
    Phase::Balloting,
    Phase::Results,
    Phase::Implementation,
    Phase::Finished,
];

/// A plan with `enabled` phases on and no dates.
pub fn plan_enabling(enabled: &[Phase]) -> Vec<PlannedPhase> {
    Phase::ALL
        .iter()
        .map(|&phase| PlannedPhase {
            phase,
            enabled: enabled.contains(&phase),
            starts_at: None,
            ends_at: None,
        })
        .collect()
}

/// What an import made.
pub struct ImportedProcess {
    pub process: ProcessRow,
    pub heading: HeadingRow,
    pub projects: i64,
    pub ballots: i64,
}

/// Imports a file already read (`pabulib::read`) as a closed process of the organization
/// `owner`, of which `p` must be an admin: one heading, its projects with their ids and
/// exact costs, its ballots in order, in batches, all in this transaction.
pub fn import(
    conn: &mut DbConn,
    p: &Actor,
    owner: &str,
    instance: &Instance,
    now: i64,
) -> Result<ImportedProcess, AppError> {
    let (org, handle, _) = admin_org(conn, p, owner)?;
    let (title, description, heading_name) = pabulib::names(instance);
    let mut process = ProcessRow {
        id: new_id(),
        org_id: org.0.clone(),
        title,
        description,
        origin: "pabulib".into(),
        phase: Phase::Finished.as_str().into(),
        ballot_style: "approval".into(),
        vote_type: instance.vote_type.as_str().into(),
        min_projects: instance
            .constraints
            .min_length
            .and_then(|v| i64::try_from(v).ok()),
        max_projects: instance
            .constraints
            .max_length
            .and_then(|v| i64::try_from(v).ok()),
        eligibility: "members".into(),
        rule: model::DEFAULT_RULE.into(),
        rules_locked_at: Some(now),
        meta: String::new(),
        project_columns: String::new(),
        vote_columns: String::new(),
        points_total: None,
        max_points: None,
        eligible_body_id: None,
        min_share_percent: pabulib::least_share(instance),
        version: 1,
        created_by: p.id.as_str().into(),
        created_at: now,
        updated_at: now,
    };
    let amount = instance
        .meta_value("budget")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| instance.budget.to_string());
    let heading = HeadingRow {
        id: new_id(),
        process_id: process.id.clone(),
        position: 0,
        name: if heading_name.is_empty() {
            process.title.clone()
        } else {
            heading_name
        },
        amount,
        created_at: now,
    };
    let (projects, ballots) = pabulib::rows(instance, &mut process, &heading, new_id, now);
    store::insert_process(conn, &process)?;
    store::insert_phases(
        conn,
        &plan_rows(
            &process.id,
            &plan_enabling(&[Phase::Balloting, Phase::Results, Phase::Finished]),
        ),
    )?;
    store::insert_heading(conn, &heading)?;
    store::insert_projects(conn, &projects)?;
    store::insert_ballots(conn, &ballots)?;
    let loc = Located {
        p: process.clone(),
        org_handle: handle.clone(),
        org_name: String::new(),
    };
    let (np, nb) = (projects.len() as i64, ballots.len() as i64);
    journal::record(
        conn,
        Some(&p.handle),
        &events::IMPORTED,
        &loc.object(),
        &format!(
            "@{} imported “{}” for @{handle}: {}, {}",
            p.handle,
            process.title,
            model::counted(np, "project", "projects"),
            model::counted(nb, "ballot", "ballots")
        ),
        &events::Imported {
            process: loc.payload(),
            projects: np,
            ballots: nb,
            vote_type: process.vote_type.clone(),
        },
    )?;
    Ok(ImportedProcess {
        process,
        heading,
        projects: np,
        ballots: nb,
    })
}

/// A heading as entered.
pub struct NewHeading {
    pub name: String,
    pub amount: String,
}

/// A process to run here, as entered.
pub struct NewProcess {
    pub owner: String,
    pub title: String,
    pub description: String,
    pub headings: Vec<NewHeading>,
    pub ballot_style: String,
    pub min_projects: Option<i64>,
    pub max_projects: Option<i64>,
    /// Points ballots: the points each voter has, and the most on one project.
    pub points_total: Option<i64>,
    pub max_points: Option<i64>,
    /// Knapsack ballots: the least share of the heading's amount to spend, in percent.
    pub min_share_percent: Option<i64>,
    pub eligibility: String,
    /// Eligibility `body`: the slug of the owner's body whose members take part.
    pub eligible_body: Option<String>,
    pub rule: String,
    /// The phases' plan; `None`: the default phases, without dates.
    pub plan: Option<Vec<PlannedPhase>>,
}

fn heading_row(
    process_id: &str,
    position: i64,
    h: &NewHeading,
    now: i64,
) -> Result<HeadingRow, AppError> {
    Ok(HeadingRow {
        id: new_id(),
        process_id: process_id.to_string(),
        position,
        name: model::line("name", &h.name, model::MAX_TITLE_CHARS, true)?,
        amount: model::amount("amount", &h.amount)?,
        created_at: now,
    })
}

/// Creates a process of the organization `i.owner` (of which `p` must be an admin), in
/// its first enabled phase, with its headings.
pub fn create(conn: &mut DbConn, p: &Actor, i: &NewProcess, now: i64) -> Result<Located, AppError> {
    let title = model::line("title", &i.title, model::MAX_TITLE_CHARS, true)?;
    let description = model::text("description", &i.description)?;
    let rules = Rules::new(
        &i.ballot_style,
        i.min_projects,
        i.max_projects,
        &i.eligibility,
        &i.rule,
    )?
    .with_points(i.points_total, i.max_points)?
    .with_min_share(i.min_share_percent)?;
    let plan = i
        .plan
        .clone()
        .unwrap_or_else(|| plan_enabling(&DEFAULT_PHASES));
    model::check_plan(&plan)?;
    if i.headings.is_empty() {
        return Err(BudgetError::Missing { field: "headings" }.into());
    }
    if i.headings.len() > model::MAX_HEADINGS {
        return Err(BudgetError::TooManyHeadings.into());
    }
    let (org, handle, name) = admin_org(conn, p, &i.owner)?;
    let rules = with_body(conn, rules, &handle, i.eligible_body.as_deref())?;
    let id = new_id();
    let headings = i
        .headings
        .iter()
        .enumerate()
        .map(|(n, h)| heading_row(&id, n as i64, h, now))
        .collect::<Result<Vec<_>, _>>()?;
    for (n, h) in headings.iter().enumerate() {
        if headings[..n].iter().any(|o| o.name == h.name) {
            return Err(AppError::conflict(
                "already_exists",
                detail!("problem-budgets-heading-exists", name = h.name.as_str()),
            ));
        }
    }
    let first = plan
        .iter()
        .find(|p| p.enabled)
        .map(|p| p.phase)
        .unwrap_or(Phase::Drafting);
    let process = ProcessRow {
        id: id.clone(),
        org_id: org.0,
        title,
        description,
        origin: "native".into(),
        phase: first.as_str().into(),
        ballot_style: rules.style.as_str().into(),
        vote_type: rules.style.vote_type().as_str().into(),
        min_projects: rules.min_projects,
        max_projects: rules.max_projects,
        eligibility: rules.eligibility.as_str().into(),
        rule: rules.rule.into(),
        rules_locked_at: (first >= Phase::Balloting).then_some(now),
        meta: "[]".into(),
        project_columns: "[\"name\"]".into(),
        vote_columns: "[]".into(),
        points_total: rules.points_total,
        max_points: rules.max_points,
        eligible_body_id: rules.body_id.clone(),
        min_share_percent: rules.min_share_percent,
        version: 1,
        created_by: p.id.as_str().into(),
        created_at: now,
        updated_at: now,
    };
    store::insert_process(conn, &process)?;
    store::insert_phases(conn, &plan_rows(&id, &plan))?;
    for h in &headings {
        store::insert_heading(conn, h)?;
    }
    let loc = Located {
        p: process,
        org_handle: handle.clone(),
        org_name: name,
    };
    journal::record(
        conn,
        Some(&p.handle),
        &events::CREATED,
        &loc.object(),
        &format!(
            "@{} created the participatory budget “{}” of @{handle}, with {}",
            p.handle,
            loc.p.title,
            model::counted(headings.len() as i64, "heading", "headings")
        ),
        &events::Created {
            process: loc.payload(),
            headings: headings.len() as i64,
        },
    )?;
    Ok(loc)
}

/// Adds a heading to a process before balloting (an admin).
pub fn add_heading(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    h: &NewHeading,
    now: i64,
) -> Result<HeadingRow, AppError> {
    let loc = require_process(conn, id)?;
    require_admin(conn, p, &loc)?;
    let existing = store::headings(conn, &loc.p.id)?;
    if existing.len() >= model::MAX_HEADINGS {
        return Err(BudgetError::TooManyHeadings.into());
    }
    let position = existing.iter().map(|h| h.position + 1).max().unwrap_or(0);
    let row = heading_row(&loc.p.id, position, h, now)?;
    if existing.iter().any(|o| o.name == row.name) {
        return Err(AppError::conflict(
            "already_exists",
            detail!("problem-budgets-heading-exists", name = row.name.as_str()),
        ));
    }
    let open: Vec<&str> = Phase::ALL
        .iter()
        .filter(|p| p.before_balloting())
        .map(|p| p.as_str())
        .collect();
    if !store::touch_in(conn, &loc.p.id, &open, now)? {
        return Err(BudgetError::WrongPhase {
            action: "add-heading",
            phase: loc.phase().as_str(),
        }
        .into());
    }
    store::insert_heading(conn, &row)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::HEADING_ADDED,
        &loc.object(),
        &format!(
            "@{} added the heading “{}” ({}) to “{}”",
            p.handle, row.name, row.amount, loc.p.title
        ),
        &events::HeadingAdded {
            process: loc.payload(),
            heading: row.name.clone(),
            amount: row.amount.clone(),
        },
    )?;
    Ok(row)
}

/// Ballot rules as entered.
pub struct NewRules {
    pub style: String,
    pub min_projects: Option<i64>,
    pub max_projects: Option<i64>,
    /// Points ballots: the points each voter has, and the most on one project.
    pub points_total: Option<i64>,
    pub max_points: Option<i64>,
    /// Knapsack ballots: the least share of the heading's amount to spend, in percent.
    pub min_share_percent: Option<i64>,
    pub eligibility: String,
    /// Eligibility `body`: the slug of the owner's body whose members take part.
    pub eligible_body: Option<String>,
    pub rule: String,
}

/// Changes the ballot rules of a process whose balloting has not opened (an admin).
pub fn set_rules(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    i: &NewRules,
    now: i64,
) -> Result<Located, AppError> {
    let loc = require_process(conn, id)?;
    require_admin(conn, p, &loc)?;
    let rules = Rules::new(
        &i.style,
        i.min_projects,
        i.max_projects,
        &i.eligibility,
        &i.rule,
    )?
    .with_points(i.points_total, i.max_points)?
    .with_min_share(i.min_share_percent)?;
    let rules = with_body(conn, rules, &loc.org_handle, i.eligible_body.as_deref())?;
    let body = match &rules.body_id {
        Some(b) => Some(crate::bodies::body_card_by_id(conn, b)?),
        None => None,
    };
    if !store::set_rules(conn, &loc.p.id, &rules, now)? {
        return Err(BudgetError::RulesLocked.into());
    }
    journal::record(
        conn,
        Some(&p.handle),
        &events::RULES_CHANGED,
        &loc.object(),
        &format!(
            "@{} set the ballot of “{}” to {}, counted by {}, open to {}",
            p.handle,
            loc.p.title,
            rules.style.as_str(),
            rules.rule,
            match &body {
                Some(b) => format!("the members of “{}”", b.name),
                None => rules.eligibility.as_str().to_string(),
            }
        ),
        &events::RulesChanged {
            process: loc.payload(),
            ballot_style: rules.style.as_str().into(),
            min_projects: rules.min_projects,
            max_projects: rules.max_projects,
            rule: rules.rule.into(),
            points_total: rules.points_total,
            max_points: rules.max_points,
            eligibility: rules.eligibility.as_str().into(),
            eligible_body: body.map(|b| b.slug),
            min_share_percent: rules.min_share_percent,
        },
    )?;
    require_process(conn, id)
}

/// Changes only the least share a knapsack ballot spends (`None`: no floor), keeping the
/// other rules as they are: the process page's form. Refused as `set_rules` refuses.
pub fn set_min_share(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    percent: Option<i64>,
    now: i64,
) -> Result<Located, AppError> {
    let loc = require_process(conn, id)?;
    let rules = loc.rules();
    let body = eligible_body(conn, &loc)?;
    let i = NewRules {
        style: rules.style.as_str().into(),
        min_projects: rules.min_projects,
        max_projects: rules.max_projects,
        points_total: rules.points_total,
        max_points: rules.max_points,
        min_share_percent: percent,
        eligibility: rules.eligibility.as_str().into(),
        eligible_body: body.map(|b| b.slug),
        rule: rules.rule.into(),
    };
    set_rules(conn, p, id, &i, now)
}

/// Plans the phases again: which are enabled, and their dates (an admin). The current
/// phase stays enabled.
pub fn plan_phases(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    plan: &[PlannedPhase],
    now: i64,
) -> Result<Located, AppError> {
    let loc = require_process(conn, id)?;
    require_admin(conn, p, &loc)?;
    let current = loc.phase();
    let mut full = plan_of(conn, &loc.p.id)?;
    for given in plan {
        if let Some(slot) = full.iter_mut().find(|s| s.phase == given.phase) {
            *slot = *given;
        }
    }
    for slot in &mut full {
        if slot.phase == current {
            slot.enabled = true;
        }
    }
    model::check_plan(&full)?;
    // Holds the process's row: a move by the sweep waits for the new plan.
    store::touch_in(conn, &loc.p.id, &[current.as_str()], now)?;
    for r in plan_rows(&loc.p.id, &full) {
        store::plan_phase(conn, &r)?;
    }
    let enabled: Vec<String> = full
        .iter()
        .filter(|s| s.enabled)
        .map(|s| s.phase.as_str().to_string())
        .collect();
    journal::record(
        conn,
        Some(&p.handle),
        &events::PHASES_PLANNED,
        &loc.object(),
        &format!(
            "@{} planned the phases of “{}” ({} enabled)",
            p.handle,
            loc.p.title,
            model::counted(enabled.len() as i64, "phase", "phases")
        ),
        &events::PhasesPlanned {
            process: loc.payload(),
            enabled,
        },
    )?;
    require_process(conn, id)
}

/// A project as entered.
pub struct NewProject {
    pub heading: String,
    pub title: String,
    pub description: String,
    pub place: String,
    pub cost: String,
    /// Proposed for this organization (a handle; the proposer must be a member of it).
    pub organization: Option<String>,
    /// Proposed for an informal group, by its name.
    pub group: Option<String>,
}

/// Proposes a project under a heading: a member while proposals are accepted, an admin
/// at any phase before balloting. Its number is the next one of the process.
pub fn propose(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    i: &NewProject,
    now: i64,
) -> Result<ProjectRow, AppError> {
    let title = model::line("title", &i.title, model::MAX_TITLE_CHARS, true)?;
    let description = model::text("description", &i.description)?;
    let place = model::line("place", &i.place, model::MAX_TITLE_CHARS, false)?;
    let cost = model::amount("cost", &i.cost)?;
    fn given(o: &Option<String>) -> Option<&str> {
        o.as_deref().map(str::trim).filter(|v| !v.is_empty())
    }
    let (org_handle, group) = (given(&i.organization), given(&i.group));
    if org_handle.is_some() && group.is_some() {
        return Err(BudgetError::TwoProposers.into());
    }
    let group = match group {
        Some(g) => Some(model::line("group", g, model::MAX_GROUP_NAME_CHARS, true)?),
        None => None,
    };
    let loc = require_process(conn, id)?;
    let heading = require_heading(conn, &loc, &i.heading)?;
    let admin = is_admin(conn, p, &loc)?;
    if !admin {
        require_eligible(conn, p, &loc)?;
    }
    // The person acts; the organization is whom they propose for, and they must belong.
    let org = match org_handle {
        Some(h) => {
            let h = h.trim_start_matches('@');
            let (org, handle, _) = crate::accounts::org_card(conn, h)?;
            if !crate::accounts::is_org_member(conn, &org, &p.id)? {
                return Err(BudgetError::NotMemberOfProposer { org: handle }.into());
            }
            Some((org, handle))
        }
        None => None,
    };
    let phases: Vec<&str> = if admin {
        Phase::ALL
            .iter()
            .filter(|p| p.before_balloting())
            .map(|p| p.as_str())
            .collect()
    } else {
        vec![Phase::AcceptingProposals.as_str()]
    };
    // Holds the process's row: numbers are given one at a time.
    if !store::touch_in(conn, &loc.p.id, &phases, now)? {
        return Err(BudgetError::WrongPhase {
            action: "propose",
            phase: loc.phase().as_str(),
        }
        .into());
    }
    let position = store::next_project_slot(conn, &loc.p.id)?;
    let row = ProjectRow {
        id: new_id(),
        process_id: loc.p.id.clone(),
        heading_id: heading.id.clone(),
        number: (position + 1).to_string(),
        position,
        title,
        description,
        place,
        cost,
        state: "proposed".into(),
        reason: String::new(),
        author_id: Some(p.id.as_str().into()),
        extra: "[]".into(),
        progress_status: "not_started".into(),
        progress: 0,
        created_at: now,
    };
    store::insert_projects(conn, std::slice::from_ref(&row))?;
    if org.is_some() || group.is_some() {
        store::proposers::insert_proposer(
            conn,
            &store::proposers::ProposerRow {
                project_id: row.id.clone(),
                organization_id: org.as_ref().map(|(o, _)| o.as_str().to_string()),
                group_name: group.clone(),
            },
        )?;
    }
    journal::record(
        conn,
        Some(&p.handle),
        &events::PROPOSED,
        &loc.project_object(&row),
        &format!(
            "@{} proposed project {}, “{}”, {}in “{}”",
            p.handle,
            row.number,
            row.title,
            match (&org, &group) {
                (Some((_, h)), _) => format!("for @{h} "),
                (None, Some(g)) => format!("for the group “{g}” "),
                (None, None) => String::new(),
            },
            loc.p.title
        ),
        &events::Proposed {
            project: loc.project_payload(&row, &heading.name),
            organization: org.map(|(_, h)| format!("@{h}")),
            group,
        },
    )?;
    Ok(row)
}

/// An admin takes a project off the ballot (`reject`) or puts it back, with a public
/// reason, before balloting.
pub fn review(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    project_id: &str,
    reject: bool,
    reason: &str,
    now: i64,
) -> Result<ProjectRow, AppError> {
    let loc = require_process(conn, id)?;
    require_admin(conn, p, &loc)?;
    let project = require_project(conn, &loc, project_id)?;
    let reason = model::text("reason", reason)?;
    if reject && reason.is_empty() {
        return Err(BudgetError::Missing { field: "reason" }.into());
    }
    // A merged project stays merged: putting it back would leave its supports moved.
    if project.state == "merged" {
        return Err(BudgetError::NotOnBallot {
            number: project.number.clone(),
        }
        .into());
    }
    let open: Vec<&str> = Phase::ALL
        .iter()
        .filter(|p| p.before_balloting())
        .map(|p| p.as_str())
        .collect();
    if !store::touch_in(conn, &loc.p.id, &open, now)? {
        return Err(BudgetError::WrongPhase {
            action: "review",
            phase: loc.phase().as_str(),
        }
        .into());
    }
    let state = if reject { "rejected" } else { "proposed" };
    store::review_project(conn, &project.id, state, &reason)?;
    let heading = require_heading(conn, &loc, &project.heading_id)?;
    let row = require_project(conn, &loc, &project.id)?;
    let summary = if reject {
        format!(
            "@{} took project {}, “{}”, off the ballot of “{}”",
            p.handle, row.number, row.title, loc.p.title
        )
    } else {
        format!(
            "@{} put project {}, “{}”, on the ballot of “{}”",
            p.handle, row.number, row.title, loc.p.title
        )
    };
    journal::record(
        conn,
        Some(&p.handle),
        &events::REVIEWED,
        &loc.project_object(&row),
        &summary,
        &events::Reviewed {
            project: loc.project_payload(&row, &heading.name),
            state: state.into(),
            reason,
        },
    )?;
    Ok(row)
}

/// `p` supports a project while the process collects supports: once per person and
/// project (a second is refused, however many race). Journaled without the supporter.
pub fn support(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    project_id: &str,
    now: i64,
) -> Result<ProjectRow, AppError> {
    let loc = require_process(conn, id)?;
    let project = require_project(conn, &loc, project_id)?;
    require_eligible(conn, p, &loc)?;
    if !store::touch_in(conn, &loc.p.id, &[Phase::Supporting.as_str()], now)? {
        return Err(BudgetError::WrongPhase {
            action: "support",
            phase: loc.phase().as_str(),
        }
        .into());
    }
    if project.state != "proposed" {
        return Err(BudgetError::UnknownProject {
            number: project.number.clone(),
        }
        .into());
    }
    let heading = require_heading(conn, &loc, &project.heading_id)?;
    // The limit per person, counted under the process's row that `touch_in` holds, so
    // that one person's racing supports count each other.
    if let Some(most) = store::supports::rules(conn, &loc.p.id)?.and_then(|r| r.max_per_person)
        && store::supports::supported_in_heading(conn, &heading.id, p.id.as_str())? >= most
    {
        return Err(BudgetError::SupportLimit {
            most,
            heading: heading.name.clone(),
        }
        .into());
    }
    if !store::support(conn, &project.id, p.id.as_str(), now)? {
        return Err(BudgetError::AlreadySupported.into());
    }
    journal::record(
        conn,
        None,
        &events::SUPPORTED,
        &loc.project_object(&project),
        &format!(
            "Project {}, “{}”, of “{}” was supported",
            project.number, project.title, loc.p.title
        ),
        &events::Supported {
            project: loc.project_payload(&project, &heading.name),
        },
    )?;
    Ok(project)
}

/// An admin merges project `project_id`, a duplicate, into `into_id`, another project of
/// its heading still on the ballot, before balloting, with a public reason: the duplicate
/// leaves the ballot marked merged, and its supports move to the original (a person who
/// supported both keeps one). Racing merges of two projects into each other end with one.
pub fn merge(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    project_id: &str,
    into_id: &str,
    reason: &str,
    now: i64,
) -> Result<(ProjectRow, ProjectRow, i64), AppError> {
    let loc = require_process(conn, id)?;
    require_admin(conn, p, &loc)?;
    let dup = require_project(conn, &loc, project_id)?;
    let into = require_project(conn, &loc, into_id)?;
    let reason = model::text("reason", reason)?;
    if reason.is_empty() {
        return Err(BudgetError::Missing { field: "reason" }.into());
    }
    if dup.id == into.id {
        return Err(BudgetError::MergeSelf.into());
    }
    if dup.heading_id != into.heading_id {
        return Err(BudgetError::MergeHeading {
            number: into.number.clone(),
        }
        .into());
    }
    let open: Vec<&str> = Phase::ALL
        .iter()
        .filter(|p| p.before_balloting())
        .map(|p| p.as_str())
        .collect();
    // Holds the process's row, then reads both projects again: a merge that raced this
    // one has committed, and what it merged is seen.
    if !store::touch_in(conn, &loc.p.id, &open, now)? {
        return Err(BudgetError::WrongPhase {
            action: "merge",
            phase: loc.phase().as_str(),
        }
        .into());
    }
    let dup = require_project(conn, &loc, &dup.id)?;
    let into = require_project(conn, &loc, &into.id)?;
    for x in [&dup, &into] {
        if !pabulib::on_ballot(x) {
            return Err(BudgetError::NotOnBallot {
                number: x.number.clone(),
            }
            .into());
        }
    }
    store::review_project(conn, &dup.id, "merged", &reason)?;
    let moved = store::move_supports(conn, &dup.id, &into.id)?;
    store::insert_merge(
        conn,
        &store::MergeRow {
            project_id: dup.id.clone(),
            into_id: into.id.clone(),
            merged_by: p.id.as_str().into(),
            merged_at: now,
            supports_moved: moved,
        },
    )?;
    let heading = require_heading(conn, &loc, &dup.heading_id)?;
    let row = require_project(conn, &loc, &dup.id)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::MERGED,
        &loc.project_object(&row),
        &format!(
            "@{} merged project {}, “{}”, into project {} of “{}”",
            p.handle, row.number, row.title, into.number, loc.p.title
        ),
        &events::Merged {
            project: loc.project_payload(&row, &heading.name),
            into_number: into.number.clone(),
            into_name: into.title.clone(),
            reason,
            supports_moved: moved,
        },
    )?;
    Ok((row, into, moved))
}
