//! The journal events of budgets: each type with the payload it carries (see
//! `journal::types`). A payload names the process by id and title and its owner by
//! `@handle`. A ballot's event names no voter and no project: it says only that a ballot
//! was cast (or changed) under a heading, which the heading's count of ballots says
//! anyway; what ballots chose is public only as the anonymised file, in an order unrelated
//! to when they were cast.

use crate::journal::{Args, Entry, EventType, ObjectKind::*, Payload, Verb::*};
use serde::{Deserialize, Serialize};

/// A process, as every event names it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Process {
    pub process: String,
    pub title: String,
    /// The owning organization, `@handle`.
    pub owner: String,
}

/// A process imported from a Pabulib file.
#[derive(Debug, Serialize, Deserialize)]
pub struct Imported {
    #[serde(flatten)]
    pub process: Process,
    pub projects: i64,
    pub ballots: i64,
    /// The file's vote type.
    pub vote_type: String,
}

/// A process created to run here.
#[derive(Debug, Serialize, Deserialize)]
pub struct Created {
    #[serde(flatten)]
    pub process: Process,
    pub headings: i64,
}

/// A heading added to a process.
#[derive(Debug, Serialize, Deserialize)]
pub struct HeadingAdded {
    #[serde(flatten)]
    pub process: Process,
    pub heading: String,
    pub amount: String,
}

/// The ballot rules of a process changed (before balloting).
#[derive(Debug, Serialize, Deserialize)]
pub struct RulesChanged {
    #[serde(flatten)]
    pub process: Process,
    pub ballot_style: String,
    pub min_projects: Option<i64>,
    pub max_projects: Option<i64>,
    pub rule: String,
    /// Points ballots: the points each voter has, and the most on one project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points_total: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_points: Option<i64>,
    /// Who takes part: `members`, `anyone`, `census` or `body` (empty in events written
    /// before it was recorded).
    #[serde(default)]
    pub eligibility: String,
    /// Eligibility `body`: the slug of the body whose members take part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible_body: Option<String>,
    /// Knapsack ballots: the least share of the heading's amount to spend, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_share_percent: Option<i64>,
}

/// The phases of a process were planned again (enabled or not, dates).
#[derive(Debug, Serialize, Deserialize)]
pub struct PhasesPlanned {
    #[serde(flatten)]
    pub process: Process,
    /// The enabled phases, in order.
    pub enabled: Vec<String>,
}

/// A process moved to another phase, by hand or by its dates.
#[derive(Debug, Serialize, Deserialize)]
pub struct PhaseChanged {
    #[serde(flatten)]
    pub process: Process,
    pub from: String,
    pub to: String,
    /// Moved by the sweep because the dates said so (no actor).
    pub by_date: bool,
    /// Balloting opened: the rules locked with this move.
    pub rules_locked: bool,
}

/// A ballot was cast or changed under a heading. No voter, no choice.
#[derive(Debug, Serialize, Deserialize)]
pub struct BallotCast {
    #[serde(flatten)]
    pub process: Process,
    pub heading: String,
    /// It replaced the voter's earlier ballot.
    pub changed: bool,
}

/// An admin imported the census of a process: how many entries, never an id.
#[derive(Debug, Serialize, Deserialize)]
pub struct CensusImported {
    #[serde(flatten)]
    pub process: Process,
    pub entries: i64,
    /// Entries claimed before that are in the new census too, and stay claimed.
    pub kept_claims: i64,
}

/// Someone claimed an entry of a census (neither who nor which entry is named).
#[derive(Debug, Serialize, Deserialize)]
pub struct CensusClaimed {
    #[serde(flatten)]
    pub process: Process,
}

/// An admin set who may vote where: the age rule and the district rule.
#[derive(Debug, Serialize, Deserialize)]
pub struct VoterRulesSet {
    #[serde(flatten)]
    pub process: Process,
    pub min_age: Option<i64>,
    /// District headings besides one's own; none: unlimited.
    pub other_districts: Option<i64>,
    /// The city-wide heading's name, open to all.
    pub citywide: Option<String>,
}

/// Ballots cast on paper were recorded under a heading.
#[derive(Debug, Serialize, Deserialize)]
pub struct PaperBallots {
    #[serde(flatten)]
    pub process: Process,
    pub heading: String,
    /// Counted.
    pub count: i64,
    /// Read from the list (none in events written before paper ballots were reconciled).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read: Option<i64>,
    /// Set aside: their voter voted online, or was on paper already.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_aside: Option<i64>,
    /// Station by station, with each tally sheet's count.
    #[serde(default)]
    pub stations: Vec<PaperStation>,
}

/// A polling station's batch of paper ballots, as a recording's event carries it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PaperStation {
    pub station: String,
    pub declared: Option<i64>,
    pub read: i64,
    pub recorded: i64,
    pub set_aside: i64,
    /// Why a count differing from the tally sheet was accepted.
    pub mismatch_reason: Option<String>,
}

/// A project, as its events name it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Project {
    #[serde(flatten)]
    pub process: Process,
    pub project: String,
    pub number: String,
    pub name: String,
    pub heading: String,
    pub cost: String,
}

/// A project was proposed.
#[derive(Debug, Serialize, Deserialize)]
pub struct Proposed {
    #[serde(flatten)]
    pub project: Project,
    /// Proposed for an organization, `@handle` (absent in events written before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Proposed for an informal group, by its name (absent in events written before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

/// A funded project's documentation was linked to a commons, or unlinked from it.
#[derive(Debug, Serialize, Deserialize)]
pub struct CommonsLinked {
    #[serde(flatten)]
    pub project: Project,
    /// The commons, by handle.
    pub commons: String,
}

/// A project's review: rejected (off the ballot) or put back on it, with the public reason.
#[derive(Debug, Serialize, Deserialize)]
pub struct Reviewed {
    #[serde(flatten)]
    pub project: Project,
    /// `rejected` or `proposed`.
    pub state: String,
    pub reason: String,
}

/// A project was merged into another of its heading (a duplicate), its supports moved.
#[derive(Debug, Serialize, Deserialize)]
pub struct Merged {
    #[serde(flatten)]
    pub project: Project,
    /// The original's number and title.
    pub into_number: String,
    pub into_name: String,
    pub reason: String,
    pub supports_moved: i64,
}

/// A funded project's implementation moved on.
#[derive(Debug, Serialize, Deserialize)]
pub struct Progressed {
    #[serde(flatten)]
    pub project: Project,
    pub status: String,
    pub progress: i64,
    /// The milestone recorded with it, if any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub milestone: String,
}

/// An admin of the owner overrode the counted outcome for a project, with a reason.
#[derive(Debug, Serialize, Deserialize)]
pub struct Overridden {
    #[serde(flatten)]
    pub project: Project,
    /// Funded by the override (true) or taken out of the funded (false).
    pub funded: bool,
    pub reason: String,
}

/// A person supported a project in the supporting phase.
#[derive(Debug, Serialize, Deserialize)]
pub struct Supported {
    #[serde(flatten)]
    pub project: Project,
}

impl Payload for Imported {
    const ARGS: &'static [&'static str] = &["title", "owner", "projects", "ballots"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.text("owner", &self.process.owner);
        a.count("projects", self.projects);
        a.count("ballots", self.ballots);
    }
}

impl Payload for Created {
    const ARGS: &'static [&'static str] = &["title", "owner", "headings"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.text("owner", &self.process.owner);
        a.count("headings", self.headings);
    }
}

impl Payload for HeadingAdded {
    const ARGS: &'static [&'static str] = &["title", "heading", "amount"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.text("heading", &self.heading);
        a.text("amount", &self.amount);
    }
}

impl Payload for RulesChanged {
    const ARGS: &'static [&'static str] = &["title", "style", "rule"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.text("style", &self.ballot_style);
        a.text("rule", &self.rule);
    }
}

impl Payload for PhasesPlanned {
    const ARGS: &'static [&'static str] = &["title", "phases"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.count("phases", self.enabled.len() as i64);
    }
}

impl Payload for PhaseChanged {
    const ARGS: &'static [&'static str] = &["title", "phase", "by_date"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.text("phase", &self.to);
        a.text("by_date", if self.by_date { "yes" } else { "no" });
    }
}

impl Payload for BallotCast {
    const ARGS: &'static [&'static str] = &["title", "heading", "changed"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.text("heading", &self.heading);
        a.text("changed", if self.changed { "yes" } else { "no" });
    }
}

impl Payload for CensusImported {
    const ARGS: &'static [&'static str] = &["title", "entries"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.count("entries", self.entries);
    }
}

impl Payload for CensusClaimed {
    const ARGS: &'static [&'static str] = &["title"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
    }
}

impl Payload for VoterRulesSet {
    const ARGS: &'static [&'static str] = &["title", "age", "others"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.count("age", self.min_age.unwrap_or(0));
        a.count("others", self.other_districts.unwrap_or(-1));
    }
}

impl Payload for PaperBallots {
    const ARGS: &'static [&'static str] = &[
        "title", "heading", "count", "read", "aside", "accepted", "reason",
    ];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.text("heading", &self.heading);
        a.count("count", self.count);
        if let Some(n) = self.read {
            a.count("read", n);
        }
        if let Some(n) = self.set_aside {
            a.count("aside", n);
        }
        let reason = self
            .stations
            .iter()
            .find_map(|s| s.mismatch_reason.as_deref());
        a.text("accepted", if reason.is_some() { "yes" } else { "no" });
        a.text("reason", reason.unwrap_or_default());
    }
}

fn project_args(p: &Project, a: &mut Args) {
    a.text("title", &p.process.title);
    a.text("number", &p.number);
    a.text("name", &p.name);
}

impl Payload for Proposed {
    const ARGS: &'static [&'static str] = &["title", "number", "name", "proposer", "who"];
    fn args(&self, a: &mut Args) {
        project_args(&self.project, a);
        // Whom the person proposed for: an organization, an informal group, or themselves.
        let (kind, who) = match (&self.organization, &self.group) {
            (Some(org), _) => ("organization", org.as_str()),
            (None, Some(group)) => ("group", group.as_str()),
            (None, None) => ("person", ""),
        };
        a.text("proposer", kind);
        a.text("who", who);
    }
}

impl Payload for CommonsLinked {
    const ARGS: &'static [&'static str] = &["title", "number", "name", "commons"];
    fn args(&self, a: &mut Args) {
        project_args(&self.project, a);
        a.text("commons", &self.commons);
    }
}

impl Payload for Reviewed {
    const ARGS: &'static [&'static str] = &["title", "number", "name", "state"];
    fn args(&self, a: &mut Args) {
        project_args(&self.project, a);
        a.text("state", &self.state);
    }
}

impl Payload for Merged {
    const ARGS: &'static [&'static str] = &["title", "number", "name", "into"];
    fn args(&self, a: &mut Args) {
        project_args(&self.project, a);
        a.text("into", &self.into_number);
    }
}

impl Payload for Progressed {
    const ARGS: &'static [&'static str] = &["title", "number", "name", "progress"];
    fn args(&self, a: &mut Args) {
        project_args(&self.project, a);
        a.count("progress", self.progress);
    }
}

impl Payload for Overridden {
    const ARGS: &'static [&'static str] = &["title", "number", "name", "funded"];
    fn args(&self, a: &mut Args) {
        project_args(&self.project, a);
        a.text("funded", if self.funded { "yes" } else { "no" });
    }
}

impl Payload for Supported {
    const ARGS: &'static [&'static str] = &["title", "number", "name"];
    fn args(&self, a: &mut Args) {
        project_args(&self.project, a);
    }
}

pub const IMPORTED: EventType<Imported> = EventType::new(
    "budget.imported",
    Create,
    Budget,
    "an organization's admin imported a past budget from a Pabulib file, as a closed process",
);
pub const CREATED: EventType<Created> = EventType::new(
    "budget.created",
    Create,
    Budget,
    "an organization's admin created a participatory budget with its headings",
);
pub const HEADING_ADDED: EventType<HeadingAdded> = EventType::new(
    "budget.heading_added",
    Add,
    Budget,
    "an admin added a heading (a district, or the city-wide one) with its amount",
);
pub const RULES_CHANGED: EventType<RulesChanged> = EventType::new(
    "budget.rules_changed",
    Update,
    Budget,
    "an admin changed the ballot style, limits or counting rule before balloting",
);
pub const PHASES_PLANNED: EventType<PhasesPlanned> = EventType::new(
    "budget.phases_planned",
    Update,
    Budget,
    "an admin enabled or disabled phases or changed their dates",
);
pub const PHASE_CHANGED: EventType<PhaseChanged> = EventType::new(
    "budget.phase_changed",
    Update,
    Budget,
    "a process moved to another phase, by an admin or by its dates",
);
pub const BALLOT_CAST: EventType<BallotCast> = EventType::new(
    "budget.ballot_cast",
    Add,
    Budget,
    "a ballot was cast or changed under a heading (neither voter nor choice is named)",
);
pub const PAPER_BALLOTS: EventType<PaperBallots> = EventType::new(
    "budget.paper_ballots_recorded",
    Add,
    Budget,
    "an admin recorded ballots cast on paper under a heading",
);
pub const CENSUS_IMPORTED: EventType<CensusImported> = EventType::new(
    "budget.census_imported",
    Update,
    Budget,
    "an admin imported the census of a process (how many entries; ids are kept only hashed)",
);
pub const CENSUS_CLAIMED: EventType<CensusClaimed> = EventType::new(
    "budget.census_claimed",
    Add,
    Budget,
    "someone claimed an entry of a process's census (neither who nor which is named)",
);
pub const VOTER_RULES_SET: EventType<VoterRulesSet> = EventType::new(
    "budget.voter_rules_set",
    Update,
    Budget,
    "an admin set the age rule and the district rule of a process",
);
pub const PROPOSED: EventType<Proposed> = EventType::new(
    "budget_project.proposed",
    Offer,
    BudgetProject,
    "someone proposed a project under a heading, with its cost",
);
pub const REVIEWED: EventType<Reviewed> = EventType::new(
    "budget_project.reviewed",
    Update,
    BudgetProject,
    "an admin took a project off the ballot, or put it back, with a public reason",
);
pub const MERGED: EventType<Merged> = EventType::new(
    "budget_project.merged",
    Update,
    BudgetProject,
    "an admin merged a duplicate project into another of its heading, with a public reason; its supports moved there",
);
pub const PROGRESSED: EventType<Progressed> = EventType::new(
    "budget_project.progressed",
    Update,
    BudgetProject,
    "an admin recorded how far a funded project's implementation is, with a milestone",
);
pub const OVERRIDDEN: EventType<Overridden> = EventType::new(
    "budget_project.outcome_overridden",
    Update,
    BudgetProject,
    "an admin of the owner funded a project the rule left out, or took one it funded out, with a reason",
);
pub const SUPPORTED: EventType<Supported> = EventType::new(
    "budget_project.supported",
    Add,
    BudgetProject,
    "someone supported a project in the supporting phase",
);

/// An admin of the owner named the process's valuation panel (a body of the owner, or
/// none: the owner's admins valuate).
#[derive(Debug, Serialize, Deserialize)]
pub struct PanelNamed {
    #[serde(flatten)]
    pub process: Process,
    /// The body's name, empty for none.
    pub body: String,
    /// The body's slug, empty for none.
    pub slug: String,
}

/// A valuator recorded (or recorded again) a project's valuation. What it says stays
/// private until valuation ends, so the event names only the project and the valuator.
#[derive(Debug, Serialize, Deserialize)]
pub struct Valuated {
    #[serde(flatten)]
    pub project: Project,
    /// How many valuations of the project this one makes (1: the first).
    pub revision: i64,
}

/// Valuation ended and every valuation of the process was published.
#[derive(Debug, Serialize, Deserialize)]
pub struct ValuationPublished {
    #[serde(flatten)]
    pub process: Process,
    pub feasible: i64,
    pub unfeasible: i64,
    /// Projects on the ballot that no one valuated (they stay at their estimate).
    pub not_valuated: i64,
}

impl Payload for PanelNamed {
    const ARGS: &'static [&'static str] = &["title", "body", "named"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.text("body", &self.body);
        a.text("named", if self.body.is_empty() { "no" } else { "yes" });
    }
}

impl Payload for Valuated {
    const ARGS: &'static [&'static str] = &["title", "number", "name", "revision"];
    fn args(&self, a: &mut Args) {
        project_args(&self.project, a);
        a.count("revision", self.revision);
    }
}

impl Payload for ValuationPublished {
    const ARGS: &'static [&'static str] = &["title", "feasible", "unfeasible"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.count("feasible", self.feasible);
        a.count("unfeasible", self.unfeasible);
    }
}

pub const PANEL_NAMED: EventType<PanelNamed> = EventType::new(
    "budget.valuation_panel_named",
    Update,
    Budget,
    "an admin of the owner named the body that valuates the projects, or none (the admins)",
);
pub const VALUATED: EventType<Valuated> = EventType::new(
    "budget_project.valuated",
    Update,
    BudgetProject,
    "a member of the valuation panel recorded a project's feasibility and price (kept private until valuation ends)",
);
pub const VALUATION_PUBLISHED: EventType<ValuationPublished> = EventType::new(
    "budget.valuation_published",
    Update,
    Budget,
    "valuation ended and every valuation was published: unfeasible projects left the ballot, feasible ones cost their price",
);

/// An admin made projects of a heading incompatible: at most one of them is funded.
#[derive(Debug, Serialize, Deserialize)]
pub struct GroupMade {
    #[serde(flatten)]
    pub process: Process,
    pub heading: String,
    pub name: String,
    /// The projects' numbers.
    pub projects: Vec<String>,
    pub reason: String,
}

/// An admin removed an incompatibility group (before balloting).
#[derive(Debug, Serialize, Deserialize)]
pub struct GroupRemoved {
    #[serde(flatten)]
    pub process: Process,
    pub heading: String,
    pub name: String,
    pub projects: Vec<String>,
}

impl Payload for GroupMade {
    const ARGS: &'static [&'static str] = &["title", "projects"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.text("projects", self.projects.join(", "));
    }
}

impl Payload for GroupRemoved {
    const ARGS: &'static [&'static str] = &["title", "projects"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.text("projects", self.projects.join(", "));
    }
}

pub const GROUP_MADE: EventType<GroupMade> = EventType::new(
    "budget.group_made",
    Add,
    Budget,
    "an admin made projects of a heading incompatible (at most one funded), with a public reason, before balloting",
);
pub const GROUP_REMOVED: EventType<GroupRemoved> = EventType::new(
    "budget.group_removed",
    Update,
    Budget,
    "an admin removed an incompatibility group before balloting",
);

/// An admin set how supporting goes: the most projects one person supports per heading,
/// and which projects go on to the ballot when it ends.
#[derive(Debug, Serialize, Deserialize)]
pub struct SupportRulesSet {
    #[serde(flatten)]
    pub process: Process,
    pub max_per_person: Option<i64>,
    /// `all`, `threshold` or `top`.
    pub advance: String,
    pub count: Option<i64>,
}

/// Supporting ended: the projects that did not reach the ballot by the supporting rules,
/// per heading.
#[derive(Debug, Serialize, Deserialize)]
pub struct SupportsCounted {
    #[serde(flatten)]
    pub process: Process,
    pub advance: String,
    pub count: Option<i64>,
    /// How many projects go on to the ballot, and how many do not.
    pub advanced: i64,
    pub left_out: i64,
    /// Per heading: its name and the numbers of the projects left out.
    pub headings: Vec<(String, Vec<String>)>,
}

impl Payload for SupportRulesSet {
    const ARGS: &'static [&'static str] = &["title", "advance", "count"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.text("advance", &self.advance);
        a.count("count", self.count.unwrap_or(0));
    }
}

impl Payload for SupportsCounted {
    const ARGS: &'static [&'static str] = &["title", "advanced", "left"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.process.title);
        a.count("advanced", self.advanced);
        a.count("left", self.left_out);
    }
}

pub const SUPPORT_RULES_SET: EventType<SupportRulesSet> = EventType::new(
    "budget.support_rules_set",
    Update,
    Budget,
    "an admin set the most projects one person supports per heading and which projects go on to the ballot",
);
pub const SUPPORTS_COUNTED: EventType<SupportsCounted> = EventType::new(
    "budget.supports_counted",
    Update,
    Budget,
    "supporting ended: the projects without enough supports left the ballot, by the supporting rules",
);

pub const COMMONS_LINKED: EventType<CommonsLinked> = EventType::new(
    "budget_project.commons_linked",
    Update,
    BudgetProject,
    "an admin or the proposer linked a funded project to the commons holding its documentation",
);
pub const COMMONS_UNLINKED: EventType<CommonsLinked> = EventType::new(
    "budget_project.commons_unlinked",
    Update,
    BudgetProject,
    "an admin or the proposer unlinked a funded project from the commons of its documentation",
);

/// Every event type of budgets.
pub static EVENTS: &[Entry] = &[
    IMPORTED.entry(),
    CREATED.entry(),
    HEADING_ADDED.entry(),
    RULES_CHANGED.entry(),
    PHASES_PLANNED.entry(),
    PHASE_CHANGED.entry(),
    BALLOT_CAST.entry(),
    PAPER_BALLOTS.entry(),
    CENSUS_IMPORTED.entry(),
    CENSUS_CLAIMED.entry(),
    VOTER_RULES_SET.entry(),
    PROPOSED.entry(),
    REVIEWED.entry(),
    PROGRESSED.entry(),
    SUPPORTED.entry(),
    OVERRIDDEN.entry(),
    MERGED.entry(),
    PANEL_NAMED.entry(),
    VALUATED.entry(),
    VALUATION_PUBLISHED.entry(),
    GROUP_MADE.entry(),
    GROUP_REMOVED.entry(),
    SUPPORT_RULES_SET.entry(),
    SUPPORTS_COUNTED.entry(),
    COMMONS_LINKED.entry(),
    COMMONS_UNLINKED.entry(),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::lines::Tried;

    fn process() -> Process {
        Process {
            process: "p".into(),
            title: "Lagomar 2026".into(),
            owner: "@lagomar-city".into(),
        }
    }

    fn project() -> Project {
        Project {
            process: process(),
            project: "x".into(),
            number: "7".into(),
            name: "Shade trees".into(),
            heading: "Harbour".into(),
            cost: "12000".into(),
        }
    }

    /// Every type has a line in every language; the English one says what happened.
    #[test]
    fn every_type_has_its_line() {
        let ada = Some("ada");
        let mut t = Tried::new(EVENTS);
        t.line(
            "budget.imported",
            ada,
            Imported {
                process: process(),
                projects: 9,
                ballots: 1200,
                vote_type: "approval".into(),
            },
            "@ada imported “Lagomar 2026” for @lagomar-city: 9 projects, 1,200 ballots",
        );
        t.line(
            "budget.created",
            ada,
            Created {
                process: process(),
                headings: 4,
            },
            "@ada created the participatory budget “Lagomar 2026” of @lagomar-city, with 4 headings",
        );
        t.line(
            "budget.heading_added",
            ada,
            HeadingAdded {
                process: process(),
                heading: "Harbour".into(),
                amount: "50000".into(),
            },
            "@ada added the heading “Harbour” (50000) to “Lagomar 2026”",
        );
        t.line(
            "budget.rules_changed",
            ada,
            RulesChanged {
                process: process(),
                ballot_style: "knapsack".into(),
                min_projects: None,
                max_projects: None,
                rule: "greedy_cost".into(),
                points_total: None,
                max_points: None,
                eligibility: "body".into(),
                eligible_body: Some("youth-council".into()),
                min_share_percent: Some(50),
            },
            "@ada set the ballot of “Lagomar 2026” to knapsack, counted by greedy_cost",
        );
        t.line(
            "budget.phases_planned",
            ada,
            PhasesPlanned {
                process: process(),
                enabled: vec!["balloting".into()],
            },
            "@ada planned the phases of “Lagomar 2026” (one phase enabled)",
        );
        t.line(
            "budget.phase_changed",
            ada,
            PhaseChanged {
                process: process(),
                from: "reviewing".into(),
                to: "balloting".into(),
                by_date: false,
                rules_locked: true,
            },
            "@ada moved “Lagomar 2026” to its phase: balloting",
        );
        t.line(
            "budget.ballot_cast",
            None,
            BallotCast {
                process: process(),
                heading: "Harbour".into(),
                changed: false,
            },
            "A ballot was cast in “Lagomar 2026” (Harbour)",
        );
        t.line(
            "budget.paper_ballots_recorded",
            ada,
            PaperBallots {
                process: process(),
                heading: "Harbour".into(),
                count: 3,
                read: Some(5),
                set_aside: Some(2),
                stations: vec![PaperStation {
                    station: "Library".into(),
                    declared: Some(5),
                    read: 5,
                    recorded: 3,
                    set_aside: 2,
                    mismatch_reason: None,
                }],
            },
            "@ada recorded 3 paper ballots in “Lagomar 2026” (Harbour): 5 read, 2 set aside",
        );
        t.line(
            "budget.census_imported",
            ada,
            CensusImported {
                process: process(),
                entries: 1204,
                kept_claims: 0,
            },
            "@ada imported the census of “Lagomar 2026”: 1,204 entries",
        );
        t.line(
            "budget.census_claimed",
            None,
            CensusClaimed { process: process() },
            "Someone claimed their entry in the census of “Lagomar 2026”",
        );
        t.line(
            "budget.voter_rules_set",
            ada,
            VoterRulesSet {
                process: process(),
                min_age: Some(16),
                other_districts: Some(1),
                citywide: Some("City-wide".into()),
            },
            "@ada set who may vote where in “Lagomar 2026”: from age 16; in one's own district and one other",
        );
        t.line(
            "budget_project.proposed",
            ada,
            Proposed {
                project: project(),
                organization: None,
                group: None,
            },
            "@ada proposed project 7, “Shade trees”, in “Lagomar 2026”",
        );
        t.line(
            "budget_project.proposed",
            ada,
            Proposed {
                project: project(),
                organization: Some("@green-harbour".into()),
                group: None,
            },
            "@ada proposed project 7, “Shade trees”, for @green-harbour in “Lagomar 2026”",
        );
        t.line(
            "budget_project.proposed",
            ada,
            Proposed {
                project: project(),
                organization: None,
                group: Some("Friends of the pier".into()),
            },
            "@ada proposed project 7, “Shade trees”, for the group “Friends of the pier” in “Lagomar 2026”",
        );
        t.line(
            "budget_project.commons_linked",
            ada,
            CommonsLinked {
                project: project(),
                commons: "shade-trees-docs".into(),
            },
            "@ada linked project 7, “Shade trees”, of “Lagomar 2026” to the commons shade-trees-docs",
        );
        t.line(
            "budget_project.commons_unlinked",
            ada,
            CommonsLinked {
                project: project(),
                commons: "shade-trees-docs".into(),
            },
            "@ada unlinked project 7, “Shade trees”, of “Lagomar 2026” from the commons shade-trees-docs",
        );
        t.line(
            "budget_project.reviewed",
            ada,
            Reviewed {
                project: project(),
                state: "rejected".into(),
                reason: "not on city land".into(),
            },
            "@ada took project 7, “Shade trees”, off the ballot of “Lagomar 2026”",
        );
        t.line(
            "budget_project.merged",
            ada,
            Merged {
                project: project(),
                into_number: "3".into(),
                into_name: "Trees on the quay".into(),
                reason: "the same trees".into(),
                supports_moved: 4,
            },
            "@ada merged project 7, “Shade trees”, into project 3 of “Lagomar 2026”",
        );
        t.line(
            "budget_project.progressed",
            ada,
            Progressed {
                project: project(),
                status: "under_way".into(),
                progress: 40,
                milestone: String::new(),
            },
            "@ada recorded project 7, “Shade trees”, of “Lagomar 2026” as 40 % done",
        );
        t.line(
            "budget_project.supported",
            None,
            Supported { project: project() },
            "Project 7, “Shade trees”, of “Lagomar 2026” was supported",
        );
        t.line(
            "budget_project.outcome_overridden",
            ada,
            Overridden {
                project: project(),
                funded: true,
                reason: "The council matched its cost from the parks' budget.".into(),
            },
            "@ada overrode the count: project 7, “Shade trees”, of “Lagomar 2026” is funded",
        );
        t.line(
            "budget.valuation_panel_named",
            ada,
            PanelNamed {
                process: process(),
                body: "Technical valuation panel".into(),
                slug: "valuation".into(),
            },
            "@ada named “Technical valuation panel” the valuation panel of “Lagomar 2026”",
        );
        t.line(
            "budget.valuation_panel_named",
            ada,
            PanelNamed {
                process: process(),
                body: String::new(),
                slug: String::new(),
            },
            "@ada left the valuation of “Lagomar 2026” to the owner's admins",
        );
        t.line(
            "budget_project.valuated",
            ada,
            Valuated {
                project: project(),
                revision: 2,
            },
            "@ada valuated project 7, “Shade trees”, of “Lagomar 2026” (valuation 2)",
        );
        t.line(
            "budget.valuation_published",
            None,
            ValuationPublished {
                process: process(),
                feasible: 5,
                unfeasible: 1,
                not_valuated: 0,
            },
            "Valuation of “Lagomar 2026” published: 5 feasible, 1 not",
        );
        t.line(
            "budget.group_made",
            ada,
            GroupMade {
                process: process(),
                heading: "Harbour".into(),
                name: "Playground on Plaza Mayor".into(),
                projects: vec!["7".into(), "9".into()],
                reason: "Both would use the same square.".into(),
            },
            "@ada made projects 7, 9 of “Lagomar 2026” incompatible: at most one is funded",
        );
        t.line(
            "budget.group_removed",
            ada,
            GroupRemoved {
                process: process(),
                heading: "Harbour".into(),
                name: "Playground on Plaza Mayor".into(),
                projects: vec!["7".into(), "9".into()],
            },
            "@ada removed the incompatibility of projects 7, 9 of “Lagomar 2026”",
        );
        t.line(
            "budget.support_rules_set",
            ada,
            SupportRulesSet {
                process: process(),
                max_per_person: Some(3),
                advance: "top".into(),
                count: Some(5),
            },
            "@ada set how projects of “Lagomar 2026” reach the ballot: the 5 most supported of each heading",
        );
        t.line(
            "budget.support_rules_set",
            ada,
            SupportRulesSet {
                process: process(),
                max_per_person: None,
                advance: "threshold".into(),
                count: Some(10),
            },
            "@ada set how projects of “Lagomar 2026” reach the ballot: those whose supports reach 10",
        );
        t.line(
            "budget.support_rules_set",
            ada,
            SupportRulesSet {
                process: process(),
                max_per_person: Some(2),
                advance: "all".into(),
                count: None,
            },
            "@ada set how projects of “Lagomar 2026” reach the ballot: every project",
        );
        t.line(
            "budget.supports_counted",
            None,
            SupportsCounted {
                process: process(),
                advance: "threshold".into(),
                count: Some(10),
                advanced: 12,
                left_out: 3,
                headings: vec![("Harbour".into(), vec!["4".into()])],
            },
            "Supporting of “Lagomar 2026” ended: projects on the ballot 12, left out 3",
        );
        t.all_tried();
    }
}
