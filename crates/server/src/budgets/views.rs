//! What the API shows of budgets: processes with their owner, phases, rules, headings and
//! projects; the results of a count per heading; a voter's ballots and what they did.

use super::count::{Asked, Counted, tie_break_name};
use super::model::{self, Phase};
use super::service::{self, Located};
use super::store::{self, HeadingRow, ProcessRow, ProjectRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::web::paging::{Page, Paging};
use commonfare_decide::pb::Q;
use serde::Serialize;
use utoipa::ToSchema;

/// A process in a list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetSummary {
    pub id: String,
    pub title: String,
    /// The owning organization, `@handle`.
    pub owner: String,
    /// `native` (run here) or `pabulib` (imported, closed).
    pub origin: String,
    /// The phase it is in.
    pub phase: String,
    /// Its page.
    pub url: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetPhaseView {
    /// One of the twelve phases, in order.
    pub phase: String,
    pub enabled: bool,
    /// RFC 3339, UTC.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetRulesView {
    /// `approval`, `knapsack`, `points` (a cumulative vote) or `ranked` (an ordinal one).
    pub ballot_style: String,
    /// The Pabulib vote type of the ballots (`approval`, `cumulative`, `ordinal`, …).
    pub vote_type: String,
    pub min_projects: Option<i64>,
    pub max_projects: Option<i64>,
    /// Points ballots: the points each voter has to give.
    pub points_total: Option<i64>,
    /// Points ballots: the most points one project may get.
    pub max_points: Option<i64>,
    /// Knapsack ballots: the least share of the heading's amount a ballot must spend, in
    /// percent.
    pub min_share_percent: Option<i64>,
    /// Who may propose, support and vote: `members` of the owner, `anyone` signed in,
    /// those who claimed an entry of its `census`, or those sitting in a `body` of the
    /// owner (`eligible_body`).
    pub eligibility: String,
    /// Eligibility `body`: the body whose members take part.
    pub eligible_body: Option<BudgetEligibleBody>,
    /// The counting rule, a name `commonfare decide pb` takes.
    pub rule: String,
    /// The rules locked when balloting opened.
    pub locked: bool,
}

/// The body whose members take part in a process.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetEligibleBody {
    /// The body's slug within the owning organization.
    pub slug: String,
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetProjectView {
    pub id: String,
    /// The project's id as ballots and Pabulib files write it.
    pub number: String,
    pub heading_id: String,
    pub title: String,
    pub description: String,
    pub place: String,
    /// An exact decimal, as written.
    pub cost: String,
    /// `proposed` (on the ballot), `rejected`, `withdrawn`, `merged` (a duplicate) or
    /// `unfeasible` (so valuated when valuation ended; `reason` is the explanation).
    pub state: String,
    /// A duplicate: the number of the project it was merged into.
    pub merged_into: Option<String>,
    /// The public reason of a review.
    pub reason: String,
    /// Who proposed it, without `@` (none for an imported project).
    pub author: Option<String>,
    /// Implementation: `not_started`, `under_way`, `done` or `cancelled`.
    pub progress_status: String,
    /// Percent done.
    pub progress: i64,
    /// Dated milestones of its implementation, oldest first.
    pub milestones: Vec<BudgetMilestoneView>,
    /// Supports it received in the supporting phase.
    pub supports: i64,
    /// Proposed for an organization: its handle, without `@`.
    pub proposed_for_organization: Option<String>,
    /// Proposed for an informal group: its name.
    pub proposed_for_group: Option<String>,
    /// A funded project's documentation: the handle of the commons holding it.
    pub commons: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetMilestoneView {
    /// YYYY-MM-DD.
    pub on: String,
    pub title: String,
    pub description: String,
    /// Photos or documents; empty when none.
    pub link: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetHeadingView {
    pub id: String,
    pub name: String,
    /// The amount to spend, an exact decimal as written.
    pub amount: String,
    pub ballots: i64,
    pub projects: Vec<BudgetProjectView>,
}

/// A process with everything it holds.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetView {
    pub id: String,
    pub title: String,
    pub description: String,
    pub owner: String,
    pub owner_name: String,
    pub origin: String,
    pub phase: String,
    pub rules: BudgetRulesView,
    pub voters: BudgetVotersView,
    pub phases: Vec<BudgetPhaseView>,
    pub headings: Vec<BudgetHeadingView>,
    /// Its page, its results and its Pabulib file.
    pub url: String,
    pub results: String,
    pub export: String,
    /// RFC 3339, UTC.
    pub created_at: String,
}

pub fn summary(loc: &Located) -> BudgetSummary {
    BudgetSummary {
        id: loc.p.id.clone(),
        title: loc.p.title.clone(),
        owner: format!("@{}", loc.org_handle),
        origin: loc.p.origin.clone(),
        phase: loc.p.phase.clone(),
        url: format!("/budgets/{}", loc.p.id),
    }
}

/// A page of processes, newest first (of one organization when given).
pub fn processes_page(
    conn: &mut DbConn,
    org: Option<&str>,
    paging: &Paging,
) -> Result<Page<BudgetSummary>, AppError> {
    let after = paging.after::<(i64, String)>()?;
    let rows = store::processes(conn, org, after, paging.fetch())?;
    let ids: Vec<String> = rows.iter().map(|p| p.org_id.clone()).collect();
    let handles = crate::accounts::org_handles(conn, &ids)?;
    paging
        .page(rows, |p| (p.created_at, p.id.clone()))
        .try_map(|p: ProcessRow| {
            let org_handle = handles.get(&p.org_id).cloned().unwrap_or_default();
            Ok::<_, AppError>(summary(&Located {
                p,
                org_handle,
                org_name: String::new(),
            }))
        })
}

pub fn project_view(p: ProjectRow, author: Option<String>) -> BudgetProjectView {
    BudgetProjectView {
        milestones: Vec::new(),
        supports: 0,
        id: p.id,
        number: p.number,
        heading_id: p.heading_id,
        title: p.title,
        description: p.description,
        place: p.place,
        cost: p.cost,
        state: p.state,
        merged_into: None,
        reason: p.reason,
        author,
        progress_status: p.progress_status,
        progress: p.progress,
        proposed_for_organization: None,
        proposed_for_group: None,
        commons: None,
    }
}

/// The projects of a process with their authors' handles, in order.
pub fn projects(conn: &mut DbConn, process_id: &str) -> Result<Vec<BudgetProjectView>, AppError> {
    let rows = store::projects(conn, process_id)?;
    let authors =
        crate::accounts::handles_by_id(conn, rows.iter().filter_map(|p| p.author_id.clone()))?;
    let milestones = store::milestones(conn, process_id)?;
    let supports = store::support_counts(conn, process_id)?;
    let merges = store::merges(conn, process_id)?;
    let numbers: std::collections::HashMap<String, String> = rows
        .iter()
        .map(|p| (p.id.clone(), p.number.clone()))
        .collect();
    let ids: Vec<String> = rows.iter().map(|p| p.id.clone()).collect();
    let proposed_for = proposed_for(conn, &ids)?;
    let commons = commons_handles(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|p| {
            let a = p.author_id.as_ref().and_then(|a| authors.get(a).cloned());
            let id = p.id.clone();
            let mut v = project_view(p, a);
            v.supports = supports.get(&id).copied().unwrap_or(0);
            match proposed_for.get(&id) {
                Some(ProposedFor::Organization(h)) => v.proposed_for_organization = Some(h.clone()),
                Some(ProposedFor::Group(g)) => v.proposed_for_group = Some(g.clone()),
                None => {}
            }
            v.commons = commons.get(&id).cloned();
            v.merged_into = merges
                .iter()
                .find(|m| m.project_id == id)
                .and_then(|m| numbers.get(&m.into_id).cloned());
            v.milestones = milestones
                .iter()
                .filter(|m| m.project_id == id)
                .map(|m| BudgetMilestoneView {
                    on: m.happened_on.clone(),
                    title: m.title.clone(),
                    description: m.description.clone(),
                    link: m.link.clone(),
                })
                .collect();
            v
        })
        .collect())
}

pub fn phases(conn: &mut DbConn, loc: &Located) -> Result<Vec<BudgetPhaseView>, AppError> {
    Ok(service::plan_of(conn, &loc.p.id)?
        .into_iter()
        .map(|s| BudgetPhaseView {
            phase: s.phase.as_str().into(),
            enabled: s.enabled,
            starts_at: s.starts_at.map(model::rfc3339),
            ends_at: s.ends_at.map(model::rfc3339),
            current: s.phase == loc.phase(),
        })
        .collect())
}

pub fn rules(conn: &mut DbConn, loc: &Located) -> Result<BudgetRulesView, AppError> {
    let eligible_body = service::eligible_body(conn, loc)?.map(|b| BudgetEligibleBody {
        slug: b.slug,
        name: b.name,
        url: b.url,
    });
    Ok(BudgetRulesView {
        ballot_style: loc.p.ballot_style.clone(),
        vote_type: loc.p.vote_type.clone(),
        min_projects: loc.p.min_projects,
        max_projects: loc.p.max_projects,
        points_total: loc.p.points_total,
        max_points: loc.p.max_points,
        min_share_percent: loc.p.min_share_percent,
        eligibility: loc.p.eligibility.clone(),
        eligible_body,
        rule: loc.p.rule.clone(),
        locked: loc.p.rules_locked_at.is_some(),
    })
}

/// A process with its phases, rules, headings and projects.
pub fn process(conn: &mut DbConn, loc: &Located) -> Result<BudgetView, AppError> {
    let counts = store::ballot_counts(conn, &loc.p.id)?;
    let all = projects(conn, &loc.p.id)?;
    let headings = store::headings(conn, &loc.p.id)?
        .into_iter()
        .map(|h| BudgetHeadingView {
            ballots: counts.get(&h.id).copied().unwrap_or(0),
            projects: all
                .iter()
                .filter(|p| p.heading_id == h.id)
                .cloned()
                .collect(),
            id: h.id,
            name: h.name,
            amount: h.amount,
        })
        .collect();
    let id = &loc.p.id;
    Ok(BudgetView {
        id: id.clone(),
        title: loc.p.title.clone(),
        description: loc.p.description.clone(),
        owner: format!("@{}", loc.org_handle),
        owner_name: loc.org_name.clone(),
        origin: loc.p.origin.clone(),
        phase: loc.p.phase.clone(),
        rules: rules(conn, loc)?,
        voters: voters(conn, loc)?,
        phases: phases(conn, loc)?,
        headings,
        url: format!("/budgets/{id}"),
        results: format!("/api/v1/budgets/{id}/results"),
        export: format!("/api/v1/budgets/{id}/export.pb"),
        created_at: model::rfc3339(loc.p.created_at),
    })
}

/// Who may vote where, beyond the ballot rules; locks with them when balloting opens.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetVotersView {
    /// Entries in the census (0: none imported). Ids are kept only as keyed hashes.
    pub census_entries: i64,
    /// Entries claimed by a person.
    pub census_claimed: i64,
    /// RFC 3339, UTC: when the census was last imported.
    pub census_imported_at: Option<String>,
    /// The least age at the balloting phase's start (census eligibility, from its birth
    /// dates).
    pub min_age: Option<i64>,
    /// How many district headings besides one's own a person may vote in; none:
    /// unlimited.
    pub other_districts: Option<i64>,
    /// The city-wide heading, open to everyone whatever their district.
    pub citywide_heading_id: Option<String>,
}

pub fn voters(conn: &mut DbConn, loc: &Located) -> Result<BudgetVotersView, AppError> {
    let r = store::voter_rules(conn, &loc.p.id)?;
    Ok(BudgetVotersView {
        census_entries: r.census_entries,
        census_claimed: store::claimed_count(conn, &loc.p.id)?,
        census_imported_at: r.census_imported_at.map(model::rfc3339),
        min_age: r.min_age,
        other_districts: r.other_districts,
        citywide_heading_id: r.citywide_heading_id,
    })
}

/// A census imported.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetCensusView {
    pub entries: i64,
    pub with_birth_date: i64,
    pub with_district: i64,
    /// Entries claimed before whose id is in the new census: they stay claimed.
    pub kept_claims: i64,
}

/// Your census entry, claimed.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetClaimView {
    /// The district heading the census gives you, if any.
    pub district_heading_id: Option<String>,
    pub district: Option<String>,
    /// The census gives your birth date (for an age rule).
    pub birth_date_known: bool,
}

/// Whether you may vote in a heading, and why.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetHeadingStanding {
    pub heading_id: String,
    pub heading: String,
    pub allowed: bool,
    /// `open` (no district rule), `citywide`, `own` (your district in the census),
    /// `first` (the first district you vote in counts as yours), `other` (another
    /// district, within the number allowed), `voted_on_paper` (your paper ballot is
    /// counted here: it stands, and you cannot vote online here), or the code of the
    /// refusal (`district_rule`, `not_in_census`, `not_member`, `age_rule`).
    pub why: String,
    /// For `other`: which of the allowed other districts this is.
    pub used: Option<i64>,
    pub allowed_others: Option<i64>,
}

/// What an import made.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetImportedView {
    /// The new process's id.
    pub id: String,
    pub title: String,
    pub owner: String,
    /// Its API address, its page, its results and its Pabulib file.
    pub address: String,
    pub url: String,
    pub results: String,
    pub export: String,
    /// Its one heading.
    pub heading_id: String,
    pub projects: i64,
    pub ballots: i64,
    pub vote_type: String,
}

/// One project in a heading's results.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetProjectResult {
    pub number: String,
    pub title: String,
    pub cost: String,
    /// Voters who chose it.
    pub votes: u64,
    pub selected: bool,
    /// Not funded because this project (its number), of the same incompatibility group,
    /// was funded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incompatible_with: Option<String>,
}

/// The count of one heading.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetHeadingResults {
    pub id: String,
    pub name: String,
    /// Funded project ids, as in the file, sorted as strings.
    pub selected: Vec<String>,
    /// Exact: an integer, or `n/d`.
    pub total_cost: String,
    pub budget: String,
    pub voters: u64,
    /// Every outcome under every way of breaking ties (irresolute rules only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all_outcomes: Option<Vec<Vec<String>>>,
    pub projects: Vec<BudgetProjectResult>,
    /// The engine's explanation, stage by stage (greedy steps, Equal Shares rounds with
    /// each supporter's share, budget increases, Phragmén loads).
    #[schema(value_type = Vec<Object>)]
    pub explanation: serde_json::Value,
}

/// The results of a process by a rule: over its headings, and each heading's count.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetResultsView {
    pub process: String,
    /// The rule's canonical name.
    pub rule: String,
    pub tie_break: String,
    pub pabutools_compatible: bool,
    /// Funded project ids, as in the file, sorted as strings (over the headings asked).
    pub selected: Vec<String>,
    pub total_cost: String,
    pub budget: String,
    pub voters: u64,
    /// With one heading: every outcome under every way of breaking ties (irresolute rules).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all_outcomes: Option<Vec<Vec<String>>>,
    /// With one heading: the engine's explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<Object>>)]
    pub explanation: Option<serde_json::Value>,
    pub headings: Vec<BudgetHeadingResults>,
}

fn exact(s: &str) -> Q {
    model::exact(s).unwrap_or_else(Q::zero)
}

pub fn heading_results(
    h: &HeadingRow,
    projects: &[ProjectRow],
    c: &Counted,
) -> Result<BudgetHeadingResults, AppError> {
    let title = |n: &str| {
        projects
            .iter()
            .find(|p| p.heading_id == h.id && p.number == n)
            .map(|p| p.title.clone())
            .unwrap_or_default()
    };
    Ok(BudgetHeadingResults {
        id: h.id.clone(),
        name: h.name.clone(),
        selected: c.outcome.selected.clone(),
        total_cost: c.outcome.total_cost.clone(),
        budget: c.outcome.budget.clone(),
        voters: c.voters,
        all_outcomes: c.outcome.all_outcomes.clone(),
        projects: c
            .tallies
            .iter()
            .map(|t| BudgetProjectResult {
                title: title(&t.number),
                number: t.number.clone(),
                cost: projects
                    .iter()
                    .find(|p| p.heading_id == h.id && p.number == t.number)
                    .map(|p| p.cost.clone())
                    .unwrap_or_else(|| t.cost.to_string()),
                votes: t.votes,
                selected: t.funded,
                incompatible_with: t.lost.iter().find_map(|l| match l {
                    super::explain::Lost::Incompatible { with } => Some(with.clone()),
                    _ => None,
                }),
            })
            .collect(),
        explanation: serde_json::to_value(&c.outcome.explanation).map_err(AppError::internal)?,
    })
}

/// The results over `headings` (each with its count).
pub fn results(
    loc: &Located,
    asked: Asked,
    projects: &[ProjectRow],
    counted: &[(HeadingRow, std::sync::Arc<Counted>)],
) -> Result<BudgetResultsView, AppError> {
    let headings = counted
        .iter()
        .map(|(h, c)| heading_results(h, projects, c))
        .collect::<Result<Vec<_>, _>>()?;
    let mut selected: Vec<String> = headings
        .iter()
        .flat_map(|h| h.selected.iter().cloned())
        .collect();
    selected.sort();
    let sum = |f: &dyn Fn(&BudgetHeadingResults) -> &str| {
        headings
            .iter()
            .fold(Q::zero(), |a, h| a.add(&exact(f(h))))
            .to_string()
    };
    let one = headings.len() == 1;
    Ok(BudgetResultsView {
        process: loc.p.id.clone(),
        rule: asked.rule.name().into(),
        tie_break: tie_break_name(asked.tie_break),
        pabutools_compatible: asked.compatible,
        selected,
        total_cost: sum(&|h| h.total_cost.as_str()),
        budget: sum(&|h| h.budget.as_str()),
        voters: headings.iter().map(|h| h.voters).sum(),
        all_outcomes: if one {
            headings[0].all_outcomes.clone()
        } else {
            None
        },
        explanation: if one {
            Some(headings[0].explanation.clone())
        } else {
            None
        },
        headings,
    })
}

/// One of a voter's ballots.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetBallotView {
    pub heading_id: String,
    pub heading: String,
    /// The project numbers chosen, in ballot order (best first when ranked).
    pub projects: Vec<String>,
    /// Points ballots: the points given to each, parallel to `projects`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<Vec<i64>>,
}

/// Whether the results of a process may be shown.
pub fn results_out(loc: &Located) -> bool {
    loc.phase().results_out() || loc.phase() == Phase::Finished
}

/// Whom each project of a list is proposed for, by project id (projects proposed by a
/// person alone are not in it).
fn proposed_for(
    conn: &mut DbConn,
    project_ids: &[String],
) -> Result<std::collections::HashMap<String, ProposedFor>, AppError> {
    let rows = store::proposers::proposers(conn, project_ids)?;
    let org_ids: Vec<String> = rows
        .iter()
        .filter_map(|r| r.organization_id.clone())
        .collect();
    let handles = crate::accounts::org_handles(conn, &org_ids)?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let who = match (&r.organization_id, r.group_name) {
                (Some(o), _) => ProposedFor::Organization(handles.get(o)?.clone()),
                (None, Some(g)) => ProposedFor::Group(g),
                (None, None) => return None,
            };
            Some((r.project_id, who))
        })
        .collect())
}

/// Whom a project is proposed for, besides the person who proposed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposedFor {
    /// An organization, by handle.
    Organization(String),
    /// An informal group, by name.
    Group(String),
}

/// The handles of the commons linked to the projects of a list, by project id.
fn commons_handles(
    conn: &mut DbConn,
    project_ids: &[String],
) -> Result<std::collections::HashMap<String, String>, AppError> {
    let mut out = std::collections::HashMap::new();
    for r in store::proposers::commons_of_projects(conn, project_ids)? {
        let c = crate::commons::require_by_id(conn, &r.commons_id)?;
        out.insert(r.project_id, c.handle);
    }
    Ok(out)
}

/// The reconciliation of a process's paper ballots: per heading and polling station, what
/// the tally sheets declared and what was read, counted and set aside. No voter is named.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetPaperReport {
    pub process_id: String,
    /// The headings that took paper ballots, in the process's order.
    pub headings: Vec<BudgetPaperHeading>,
}

/// A heading's paper ballots, station by station.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetPaperHeading {
    pub heading_id: String,
    pub heading: String,
    pub read: i64,
    pub recorded: i64,
    pub set_aside: i64,
    pub stations: Vec<BudgetPaperStation>,
}

/// A polling station's paper ballots under a heading, over every batch it sent.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct BudgetPaperStation {
    /// The station's label; empty when the batches named none.
    pub station: String,
    /// What its tally sheets declared; none when none was declared.
    pub declared: Option<i64>,
    /// Paper ballots read from its lists.
    pub read: i64,
    /// Counted.
    pub recorded: i64,
    /// Not counted: `voted_online` plus `twice_on_paper` plus `district_rule`.
    pub set_aside: i64,
    /// Set aside because the voter voted online (the online ballot stands).
    pub voted_online: i64,
    /// Set aside because the voter's paper ballot was counted already.
    pub twice_on_paper: i64,
    /// Set aside because the district rule leaves the heading out for the voter (their
    /// ballots elsewhere, online or on paper, use the districts allowed).
    pub district_rule: i64,
    /// Counts that differed from the tally sheet, accepted with a reason.
    pub mismatches: Vec<BudgetPaperMismatch>,
}

/// A count that differed from its tally sheet, accepted.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetPaperMismatch {
    pub declared: i64,
    pub read: i64,
    pub reason: String,
    /// The admin who accepted it, `@handle`.
    pub accepted_by: String,
    pub accepted_at: String,
}
