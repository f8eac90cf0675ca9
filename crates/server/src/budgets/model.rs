//! The rules of participatory budgeting, with no I/O: the twelve phases a process moves
//! through and which way it may move, the ballot styles and their limits, what a cost or an
//! amount may be (an exact decimal above zero that fits 64-bit minor units), the counting
//! rules the decision engine has, and whether an online ballot keeps to the rules of its
//! heading. Every refusal is a `BudgetError` with a stable snake_case code.

use crate::error::{Detail, detail, shown};
use commonfare_decide::pb::{Q, Rule, VoteType};

/// Longest title or heading name, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The most characters of an informal group's name, for whom a project is proposed.
pub const MAX_GROUP_NAME_CHARS: usize = 120;
/// Longest description or reason, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Most headings a process holds.
pub const MAX_HEADINGS: usize = 100;
/// Most projects a ballot may list.
pub const MAX_BALLOT_PROJECTS: usize = 1_000;
/// The counting rule a new process counts with: Equal Shares (cost) with add1 and greedy
/// completion, as equalshares.net does.
pub const DEFAULT_RULE: &str = "mes_cost_add1_greedy_completion";
/// The rule the results page shows beside the chosen one.
pub const GREEDY_RULE: &str = "greedy_cost";

/// The phases of a process, in the order a process goes through them. Each is enabled or
/// not; a process moves forward only, from one enabled phase to a later one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    Drafting,
    Informing,
    AcceptingProposals,
    Reviewing,
    Supporting,
    Valuating,
    PublishingPrices,
    Balloting,
    ReviewingBallots,
    Results,
    Implementation,
    Finished,
}

impl Phase {
    pub const ALL: [Phase; 12] = [
        Phase::Drafting,
        Phase::Informing,
        Phase::AcceptingProposals,
        Phase::Reviewing,
        Phase::Supporting,
        Phase::Valuating,
        Phase::PublishingPrices,
        Phase::Balloting,
        Phase::ReviewingBallots,
        Phase::Results,
        Phase::Implementation,
        Phase::Finished,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Drafting => "drafting",
            Phase::Informing => "informing",
            Phase::AcceptingProposals => "accepting_proposals",
            Phase::Reviewing => "reviewing",
            Phase::Supporting => "supporting",
            Phase::Valuating => "valuating",
            Phase::PublishingPrices => "publishing_prices",
            Phase::Balloting => "balloting",
            Phase::ReviewingBallots => "reviewing_ballots",
            Phase::Results => "results",
            Phase::Implementation => "implementation",
            Phase::Finished => "finished",
        }
    }

    pub fn parse(s: &str) -> Result<Phase> {
        Phase::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| BudgetError::UnknownPhase { given: s.into() })
    }

    /// Its name in English, as the journal's English lines write it (its summaries too).
    pub fn english(self) -> &'static str {
        match self {
            Phase::Drafting => "drafting",
            Phase::Informing => "information",
            Phase::AcceptingProposals => "accepting proposals",
            Phase::Reviewing => "reviewing proposals",
            Phase::Supporting => "supports",
            Phase::Valuating => "valuation",
            Phase::PublishingPrices => "publishing prices",
            Phase::Balloting => "balloting",
            Phase::ReviewingBallots => "reviewing ballots",
            Phase::Results => "results",
            Phase::Implementation => "implementation",
            Phase::Finished => "finished",
        }
    }

    /// Its place in the order, from 0.
    pub fn position(self) -> i64 {
        Phase::ALL.iter().position(|p| *p == self).unwrap_or(0) as i64
    }

    /// Whether the results may be shown: balloting is over.
    pub fn results_out(self) -> bool {
        self >= Phase::Results
    }

    /// Whether projects may still be proposed, changed or reviewed: balloting has not opened.
    pub fn before_balloting(self) -> bool {
        self < Phase::Balloting
    }

    /// Whether ballots cast on paper may be recorded: while balloting, or reviewing the
    /// ballots after.
    pub fn takes_paper_ballots(self) -> bool {
        matches!(self, Phase::Balloting | Phase::ReviewingBallots)
    }
}

/// A phase as a process plans it: enabled or not, with its dates (Unix ms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlannedPhase {
    pub phase: Phase,
    pub enabled: bool,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
}

/// Whether a process in `from` may be moved to `to`: forward only, to an enabled phase.
pub fn may_move(plan: &[PlannedPhase], from: Phase, to: Phase) -> Result<()> {
    if to <= from {
        return Err(BudgetError::Backwards {
            from: from.as_str(),
            to: to.as_str(),
        });
    }
    if !plan.iter().any(|p| p.phase == to && p.enabled) {
        return Err(BudgetError::PhaseDisabled { phase: to.as_str() });
    }
    Ok(())
}

/// Where the dates take a process in `current` at `now`, if anywhere: the latest enabled
/// later phase that has started, or else, when the current phase has ended, the next
/// enabled one.
pub fn due_move(plan: &[PlannedPhase], current: Phase, now: i64) -> Option<Phase> {
    let started = plan
        .iter()
        .filter(|p| p.enabled && p.phase > current && p.starts_at.is_some_and(|t| t <= now))
        .map(|p| p.phase)
        .max();
    if started.is_some() {
        return started;
    }
    let ended = plan
        .iter()
        .any(|p| p.phase == current && p.ends_at.is_some_and(|t| t <= now));
    if ended {
        return next_enabled(plan, current);
    }
    None
}

/// The first enabled phase after `current`.
pub fn next_enabled(plan: &[PlannedPhase], current: Phase) -> Option<Phase> {
    plan.iter()
        .filter(|p| p.enabled && p.phase > current)
        .map(|p| p.phase)
        .min()
}

/// The dates of a plan make sense: each phase ends after it starts.
pub fn check_plan(plan: &[PlannedPhase]) -> Result<()> {
    for p in plan {
        if let (Some(s), Some(e)) = (p.starts_at, p.ends_at)
            && e <= s
        {
            return Err(BudgetError::PhaseDates {
                phase: p.phase.as_str(),
            });
        }
    }
    if !plan.iter().any(|p| p.enabled) {
        return Err(BudgetError::NoPhase);
    }
    Ok(())
}

/// An RFC 3339 time with its offset (`2026-05-01T09:00:00+02:00`), as Unix ms, between
/// 1970 and the year 9999.
pub fn instant(field: &'static str, raw: &str) -> Result<i64> {
    let raw = raw.trim();
    match raw.parse::<jiff::Timestamp>() {
        Ok(t) if (0..253_402_300_800_000).contains(&t.as_millisecond()) => Ok(t.as_millisecond()),
        _ => Err(BudgetError::Time { field }),
    }
}

/// A time as RFC 3339, UTC, to the second.
pub fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_second(ms.div_euclid(1000))
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// How far a funded project's implementation is.
pub const PROGRESS_STATUSES: [&str; 4] = ["not_started", "under_way", "done", "cancelled"];

/// A status and a percentage done that make sense together.
pub fn progress(status: &str, percent: i64) -> Result<(&'static str, i64)> {
    let status = PROGRESS_STATUSES
        .iter()
        .copied()
        .find(|s| *s == status)
        .ok_or_else(|| BudgetError::Progress {
            given: status.into(),
        })?;
    if !(0..=100).contains(&percent) {
        return Err(BudgetError::Progress {
            given: percent.to_string(),
        });
    }
    Ok((status, percent))
}

/// A day written `YYYY-MM-DD`.
pub fn day(field: &'static str, raw: &str) -> Result<String> {
    let raw = raw.trim();
    match raw.parse::<jiff::civil::Date>() {
        Ok(d) if raw.len() == 10 => Ok(d.to_string()),
        _ => Err(BudgetError::Day { field }),
    }
}

/// A link to photos or documents: empty, or an http(s) address on one line.
pub fn link(raw: &str) -> Result<String> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(String::new());
    }
    let ok = (t.starts_with("https://") || t.starts_with("http://"))
        && t.len() <= 2000
        && !t.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(t.to_string())
    } else {
        Err(BudgetError::Link)
    }
}

/// How people vote online.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BallotStyle {
    /// Approve from `min` to `max` projects, whatever they cost.
    Approval,
    /// Approve projects whose costs add up to at most the heading's amount (and from `min`
    /// to `max` of them).
    Knapsack,
    /// Spread `points_total` points over at least `min` projects (Aarau: 10 points on at
    /// least 3), at most `max_points` on one: a cumulative vote.
    Points,
    /// Rank from 1 to `max` projects, best first, no ties and no gaps: an ordinal vote.
    Ranked,
}

impl BallotStyle {
    pub const ALL: [BallotStyle; 4] = [
        BallotStyle::Approval,
        BallotStyle::Knapsack,
        BallotStyle::Points,
        BallotStyle::Ranked,
    ];

    pub fn parse(s: &str) -> Result<BallotStyle> {
        BallotStyle::ALL
            .into_iter()
            .find(|b| b.as_str() == s)
            .ok_or_else(|| BudgetError::UnknownStyle { given: s.into() })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BallotStyle::Approval => "approval",
            BallotStyle::Knapsack => "knapsack",
            BallotStyle::Points => "points",
            BallotStyle::Ranked => "ranked",
        }
    }

    /// The Pabulib vote type its ballots are stored, counted and exported as.
    pub fn vote_type(self) -> VoteType {
        match self {
            BallotStyle::Approval | BallotStyle::Knapsack => VoteType::Approval,
            BallotStyle::Points => VoteType::Cumulative,
            BallotStyle::Ranked => VoteType::Ordinal,
        }
    }
}

/// Who may propose, support and vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eligibility {
    /// Active members of the owning organization.
    Members,
    /// Anyone signed in (a city's budget open to its residents).
    Anyone,
    /// Those who claimed an entry of the census the owner imported (see `voters`).
    Census,
    /// Those sitting in one body of the owning organization (a youth council, an
    /// assembly) at the moment they act: `Rules::body_id` names it.
    Body,
}

impl Eligibility {
    pub fn parse(s: &str) -> Result<Eligibility> {
        match s {
            "members" => Ok(Eligibility::Members),
            "anyone" => Ok(Eligibility::Anyone),
            "census" => Ok(Eligibility::Census),
            "body" => Ok(Eligibility::Body),
            _ => Err(BudgetError::UnknownEligibility { given: s.into() }),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Eligibility::Members => "members",
            Eligibility::Anyone => "anyone",
            Eligibility::Census => "census",
            Eligibility::Body => "body",
        }
    }
}

/// The most points a points ballot may give out.
pub const MAX_POINTS: i64 = 10_000;

/// The rules of a process that lock when balloting opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    pub style: BallotStyle,
    pub min_projects: Option<i64>,
    pub max_projects: Option<i64>,
    pub eligibility: Eligibility,
    /// Eligibility `Body`: the id of the body whose members take part; none otherwise.
    pub body_id: Option<String>,
    /// A canonical rule name of the decision engine.
    pub rule: &'static str,
    /// Points ballots: the points each voter has to give.
    pub points_total: Option<i64>,
    /// Points ballots: the most points one project may get, when there is such a limit.
    pub max_points: Option<i64>,
    /// Knapsack ballots: the least share of the heading's amount a ballot must spend, in
    /// percent (Warsaw: at least half), when there is such a floor.
    pub min_share_percent: Option<i64>,
}

impl Rules {
    /// Rules whose limits make sense: from 0 to the most a ballot may list, the least at
    /// most the most.
    pub fn new(
        style: &str,
        min_projects: Option<i64>,
        max_projects: Option<i64>,
        eligibility: &str,
        rule_name: &str,
    ) -> Result<Rules> {
        let style = BallotStyle::parse(style)?;
        let eligibility = Eligibility::parse(eligibility)?;
        let limit = MAX_BALLOT_PROJECTS as i64;
        for (field, v) in [
            ("min_projects", min_projects),
            ("max_projects", max_projects),
        ] {
            if let Some(v) = v
                && !(0..=limit).contains(&v)
            {
                return Err(BudgetError::Limits { field, most: limit });
            }
        }
        if let (Some(a), Some(b)) = (min_projects, max_projects)
            && a > b
        {
            return Err(BudgetError::Limits {
                field: "min_projects",
                most: b,
            });
        }
        let rule = rule(rule_name)?;
        // What the decision engine says it can count: its own words when it cannot.
        if let Err(e) = rule.applicable(style.vote_type(), true) {
            return Err(BudgetError::RuleRefusesStyle {
                rule: rule.name(),
                style: style.as_str(),
                reason: e.to_string(),
            });
        }
        Ok(Rules {
            style,
            min_projects,
            max_projects,
            eligibility,
            body_id: None,
            rule: rule.name(),
            points_total: None,
            max_points: None,
            min_share_percent: None,
        })
    }

    /// These rules with the least share of a knapsack ballot: a whole percent of the
    /// heading's amount, 1 to 100, or none. Other styles take none.
    pub fn with_min_share(mut self, percent: Option<i64>) -> Result<Rules> {
        let Some(percent) = percent else {
            self.min_share_percent = None;
            return Ok(self);
        };
        if self.style != BallotStyle::Knapsack {
            return Err(BudgetError::MinShareNotForStyle {
                style: self.style.as_str(),
            });
        }
        if !(1..=100).contains(&percent) {
            return Err(BudgetError::MinShareRange { given: percent });
        }
        self.min_share_percent = Some(percent);
        Ok(self)
    }

    /// These rules with the points of a points ballot: the points each voter has (1 to
    /// `MAX_POINTS`, required), the most on one project (1 to the total, optional); no
    /// more projects asked for than there are points to give. Other styles take none.
    pub fn with_points(mut self, total: Option<i64>, most: Option<i64>) -> Result<Rules> {
        if self.style != BallotStyle::Points {
            if total.is_some() || most.is_some() {
                return Err(BudgetError::PointsNotForStyle {
                    style: self.style.as_str(),
                });
            }
            return Ok(self);
        }
        let total = match total {
            Some(t) if (1..=MAX_POINTS).contains(&t) => t,
            _ => return Err(BudgetError::PointsTotal { most: MAX_POINTS }),
        };
        if let Some(m) = most
            && !(1..=total).contains(&m)
        {
            return Err(BudgetError::Limits {
                field: "max_points",
                most: total,
            });
        }
        if let Some(m) = self.min_projects
            && m > total
        {
            return Err(BudgetError::Limits {
                field: "min_projects",
                most: total,
            });
        }
        self.points_total = Some(total);
        self.max_points = most;
        Ok(self)
    }
}

/// A counting rule by name or alias (`equal-shares`, `greedy`), or a refusal that lists
/// the names there are.
pub fn rule(name: &str) -> Result<Rule> {
    Rule::parse(name.trim()).ok_or_else(|| BudgetError::UnknownRule { given: name.into() })
}

/// The canonical names of every rule, for messages and forms.
pub fn rule_names() -> Vec<&'static str> {
    Rule::all_names()
}

/// `n` things in English as the journal's lines count them: "one project", "1,200 ballots".
pub fn counted(n: i64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("one {one}")
    } else {
        let digits = n.unsigned_abs().to_string();
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        let sign = if n < 0 { "-" } else { "" };
        format!("{sign}{grouped} {many}")
    }
}

/// An amount or a cost entered by a person: a decimal of at most two decimals (a point or
/// a comma before them), above zero, that fits 64-bit minor units; written back without
/// leading zeros and with a point.
pub fn amount(field: &'static str, raw: &str) -> Result<String> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(BudgetError::Missing { field });
    }
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let body = body.replace(',', ".");
    let (int, frac) = body.split_once('.').unwrap_or((body.as_str(), ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return Err(BudgetError::Malformed {
            field,
            given: raw.into(),
        });
    }
    if frac.len() > 2 {
        return Err(BudgetError::Decimals { field });
    }
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let is_zero = int == "0" && frac.bytes().all(|b| b == b'0');
    if neg || is_zero {
        return Err(BudgetError::NotPositive { field });
    }
    let minor = format!("{int}{frac:0<2}");
    if minor.parse::<i64>().is_err() {
        return Err(BudgetError::TooLarge { field });
    }
    Ok(if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    })
}

/// An amount as an exact number (one that `amount` wrote, or a file's).
pub fn exact(amount: &str) -> Option<Q> {
    commonfare_decide::pb::number::parse_decimal(amount, true).ok()
}

/// Whether `q` fits 64-bit whole units (a file's cost or budget).
pub fn fits_i64(q: &Q) -> bool {
    *q <= Q::int(i128::from(i64::MAX))
}

/// A one-line text (a title, a heading's name): direction controls removed, trimmed, 1 to
/// `limit` characters unless it may be empty, no control characters.
pub fn line(field: &'static str, raw: &str, limit: usize, required: bool) -> Result<String> {
    let t = crate::text::neutralised(raw);
    let t = t.trim();
    if t.is_empty() && required {
        return Err(BudgetError::Missing { field });
    }
    if t.chars().count() > limit {
        return Err(BudgetError::TooLong { field, limit });
    }
    if t.chars().any(char::is_control) {
        return Err(BudgetError::ControlCharacter { field });
    }
    Ok(t.to_string())
}

/// A longer text (a description, a reason): line ends normalised, tabs and new lines
/// allowed, at most `MAX_TEXT_CHARS`.
pub fn text(field: &'static str, raw: &str) -> Result<String> {
    let t = raw.replace("\r\n", "\n");
    let t = t.trim();
    if t.chars().count() > MAX_TEXT_CHARS {
        return Err(BudgetError::TooLong {
            field,
            limit: MAX_TEXT_CHARS,
        });
    }
    if t.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(BudgetError::ControlCharacter { field });
    }
    Ok(t.to_string())
}

/// A project on a heading's ballot: its number and exact cost.
pub struct OnBallot<'a> {
    pub number: &'a str,
    pub cost: Q,
}

/// A ballot as entered: the projects named, and for a points ballot the points given to
/// each, for a ranked ballot the rank given to each (or else the order they are named in).
#[derive(Debug, Clone, Copy, Default)]
pub struct Marks<'a> {
    pub projects: &'a [String],
    pub points: Option<&'a [i64]>,
    pub ranks: Option<&'a [i64]>,
}

/// A ballot read under its rules: the project numbers (best first when ranked) and, for a
/// points ballot, the points parallel to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadBallot {
    pub vote: Vec<String>,
    pub points: Option<Vec<i64>>,
}

/// Ranks given to projects, as the order they give: ranks 1 to n, each once. A rank below
/// 1 or given twice is refused, and so is a rank that leaves one out.
pub fn by_rank(projects: &[String], ranks: &[i64]) -> Result<Vec<String>> {
    if projects.len() != ranks.len() {
        return Err(BudgetError::Parallel {
            field: "ranks",
            projects: projects.len() as i64,
            given: ranks.len() as i64,
        });
    }
    let mut pairs: Vec<(i64, &String)> = ranks.iter().copied().zip(projects).collect();
    pairs.sort_by_key(|(r, _)| *r);
    for (i, (r, _)) in pairs.iter().enumerate() {
        let want = i as i64 + 1;
        if *r < 1 {
            return Err(BudgetError::RankGap { missing: 1 });
        }
        if *r < want {
            return Err(BudgetError::RanksTied { rank: *r });
        }
        if *r > want {
            return Err(BudgetError::RankGap { missing: want });
        }
    }
    Ok(pairs.into_iter().map(|(_, p)| p.clone()).collect())
}

/// Tokens of a points ballot written `number:points` (a paper ballot's `1:5,4:3`), as
/// projects and points.
pub fn split_points(tokens: &[String]) -> Result<(Vec<String>, Vec<i64>)> {
    let mut projects = Vec::with_capacity(tokens.len());
    let mut points = Vec::with_capacity(tokens.len());
    for t in tokens {
        let (number, p) = t.split_once(':').unwrap_or((t.as_str(), ""));
        projects.push(number.trim().to_string());
        points.push(whole_points(number.trim(), p)?);
    }
    Ok((projects, points))
}

/// Points as entered for the project `number`: a whole number (`0` when empty).
pub fn whole_points(number: &str, raw: &str) -> Result<i64> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(0);
    }
    t.parse::<i64>().map_err(|_| BudgetError::PointsMalformed {
        number: number.into(),
        given: raw.into(),
    })
}

/// Reads an online ballot for a heading: each project named once and on the heading's
/// ballot, as many as the rules allow; for a knapsack ballot costing at most the heading's
/// amount; for a points ballot, points above zero on each, within the most on one and
/// adding up to at most the voter's total; for a ranked ballot, ranks without ties or
/// gaps. Returns the numbers in the order given (the ranks' order when ranked).
pub fn read_ballot(
    rules: &Rules,
    amount: &Q,
    on_ballot: &[OnBallot<'_>],
    marks: Marks<'_>,
) -> Result<ReadBallot> {
    let chosen = marks.projects;
    if chosen.len() > MAX_BALLOT_PROJECTS {
        return Err(BudgetError::TooMany {
            most: MAX_BALLOT_PROJECTS as i64,
            given: chosen.len() as i64,
        });
    }
    let style = rules.style;
    if marks.points.is_some() && style != BallotStyle::Points {
        return Err(BudgetError::NotForStyle {
            field: "points",
            style: style.as_str(),
        });
    }
    if marks.ranks.is_some() && style != BallotStyle::Ranked {
        return Err(BudgetError::NotForStyle {
            field: "ranks",
            style: style.as_str(),
        });
    }
    let ranked;
    let chosen: &[String] = match marks.ranks {
        Some(r) => {
            ranked = by_rank(chosen, r)?;
            &ranked
        }
        None => chosen,
    };
    let mut out: Vec<String> = Vec::with_capacity(chosen.len());
    let mut total = Q::zero();
    for c in chosen {
        let c = c.trim();
        let Some(p) = on_ballot.iter().find(|p| p.number == c) else {
            return Err(BudgetError::UnknownProject { number: c.into() });
        };
        if out.iter().any(|o| o == c) {
            return Err(BudgetError::Twice { number: c.into() });
        }
        total = total.add(&p.cost);
        out.push(c.to_string());
    }
    let points = if style == BallotStyle::Points {
        let given = marks
            .points
            .ok_or(BudgetError::Missing { field: "points" })?;
        if given.len() != out.len() {
            return Err(BudgetError::Parallel {
                field: "points",
                projects: out.len() as i64,
                given: given.len() as i64,
            });
        }
        let mut sum: i64 = 0;
        for (number, &p) in out.iter().zip(given) {
            if p < 1 {
                return Err(BudgetError::PointsNotPositive {
                    number: number.clone(),
                });
            }
            if let Some(most) = rules.max_points.filter(|&m| p > m) {
                return Err(BudgetError::PointsOverMost {
                    number: number.clone(),
                    most,
                    given: p,
                });
            }
            sum = sum.saturating_add(p);
        }
        let limit = rules.points_total.unwrap_or(MAX_POINTS);
        if sum > limit {
            return Err(BudgetError::PointsOverTotal {
                total: limit,
                given: sum,
            });
        }
        Some(given.to_vec())
    } else {
        None
    };
    let n = out.len() as i64;
    if let Some(min) = rules.min_projects.filter(|&m| n < m) {
        return Err(BudgetError::TooFew {
            least: min,
            given: n,
        });
    }
    if let Some(max) = rules.max_projects.filter(|&m| n > m) {
        return Err(BudgetError::TooMany {
            most: max,
            given: n,
        });
    }
    if n == 0 {
        return Err(BudgetError::EmptyBallot);
    }
    if style == BallotStyle::Knapsack && total > *amount {
        return Err(BudgetError::OverBudget {
            total: total.to_string(),
            amount: amount.to_string(),
        });
    }
    if style == BallotStyle::Knapsack
        && let Some(least) = least_spent(rules.min_share_percent, amount)
        && total < least
    {
        return Err(BudgetError::UnderMinimum {
            total: to_cents(&total),
            least: to_cents(&least),
            amount: to_cents(amount),
        });
    }
    Ok(ReadBallot { vote: out, points })
}

/// The least a knapsack ballot must spend of the heading's `amount` when the rules ask a
/// share of it (`percent`, `Rules::min_share_percent`), rounded up to the cent (a ballot cannot spend a fraction of
/// one); none when the rules ask no least share.
pub fn least_spent(percent: Option<i64>, amount: &Q) -> Option<Q> {
    let percent = u64::try_from(percent?).ok()?;
    let share = amount.mul_int(percent).div_int(100);
    let floor = exact(&to_cents(&share))?;
    Some(if floor == share {
        share
    } else {
        floor.add(&Q::ratio(1, 100))
    })
}

/// An exact amount as people read it: a decimal rounded down to the cent.
pub fn to_cents(q: &Q) -> String {
    commonfare_decide::pb::q::approx(q, 2)
}

/// Every refusal of the budgets model. `field` names the field at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BudgetError {
    Missing {
        field: &'static str,
    },
    TooLong {
        field: &'static str,
        limit: usize,
    },
    ControlCharacter {
        field: &'static str,
    },
    Malformed {
        field: &'static str,
        given: String,
    },
    Decimals {
        field: &'static str,
    },
    NotPositive {
        field: &'static str,
    },
    TooLarge {
        field: &'static str,
    },
    UnknownRule {
        given: String,
    },
    UnknownStyle {
        given: String,
    },
    UnknownEligibility {
        given: String,
    },
    UnknownPhase {
        given: String,
    },
    Limits {
        field: &'static str,
        most: i64,
    },
    Backwards {
        from: &'static str,
        to: &'static str,
    },
    PhaseDisabled {
        phase: &'static str,
    },
    PhaseDates {
        phase: &'static str,
    },
    NoPhase,
    /// The process's phase does not allow this; `action` says what was tried.
    WrongPhase {
        action: &'static str,
        phase: &'static str,
    },
    RulesLocked,
    UnknownProject {
        number: String,
    },
    Twice {
        number: String,
    },
    TooFew {
        least: i64,
        given: i64,
    },
    TooMany {
        most: i64,
        given: i64,
    },
    EmptyBallot,
    OverBudget {
        total: String,
        amount: String,
    },
    UnderMinimum {
        total: String,
        least: String,
        amount: String,
    },
    MinShareNotForStyle {
        style: &'static str,
    },
    MinShareRange {
        given: i64,
    },
    NotAdmin {
        org: String,
    },
    NotMember {
        org: String,
    },
    /// The process is open to the members of the body `body` (its name), and this person
    /// does not sit in it now.
    NotInBody {
        body: String,
        url: String,
    },
    /// Eligibility `body` names no body of the owning organization `org`.
    UnknownBody {
        org: String,
        given: String,
    },
    /// A body named while the eligibility is not `body`.
    BodyNotForEligibility {
        eligibility: &'static str,
    },
    TooManyHeadings,
    Time {
        field: &'static str,
    },
    Progress {
        given: String,
    },
    Day {
        field: &'static str,
    },
    Link,
    NotFunded {
        number: String,
    },
    AlreadySupported,
    /// Proposing for organization `org` without being one of its active members.
    NotMemberOfProposer {
        org: String,
    },
    /// A project proposed both for an organization and for an informal group.
    TwoProposers,
    /// Linking a project's commons without being an admin of the owner `org` or the
    /// project's proposer.
    NotProposerOrAdmin {
        org: String,
    },
    /// Unlinking a project that has no commons linked.
    NoCommonsLinked {
        number: String,
    },
    /// Supporting rules that do not do: `field` is `max_per_person`, `advance` or `count`.
    SupportRules {
        field: &'static str,
        given: String,
    },
    /// One person supports at most `most` projects of a heading.
    SupportLimit {
        most: i64,
        heading: String,
    },
    /// A census file that cannot be read; `line` is 1-based.
    Census {
        line: usize,
        fault: CensusFault,
    },
    /// The process takes part by census and this person has claimed no entry.
    NotInCensus,
    /// No entry of the census has this id.
    UnknownCensusId,
    /// Someone else claimed this entry.
    CensusEntryTaken,
    /// This person claimed another entry of the process already.
    CensusAlreadyClaimed,
    /// The age rule leaves this person out: younger than `least` at the balloting phase's
    /// start, or no birth date in the census (`born` false).
    AgeRule {
        least: i64,
        born: bool,
    },
    /// The district rule leaves this heading out: the person votes in their own district
    /// and `allowed` others, and has used them.
    RuleRefusesStyle {
        rule: &'static str,
        style: &'static str,
        reason: String,
    },
    PointsNotForStyle {
        style: &'static str,
    },
    PointsTotal {
        most: i64,
    },
    NotForStyle {
        field: &'static str,
        style: &'static str,
    },
    Parallel {
        field: &'static str,
        projects: i64,
        given: i64,
    },
    PointsNotPositive {
        number: String,
    },
    PointsMalformed {
        number: String,
        given: String,
    },
    PointsOverMost {
        number: String,
        most: i64,
        given: i64,
    },
    PointsOverTotal {
        total: i64,
        given: i64,
    },
    RanksTied {
        rank: i64,
    },
    RankGap {
        missing: i64,
    },
    MergeSelf,
    MergeHeading {
        number: String,
    },
    NotOnBallot {
        number: String,
    },
    DistrictRule {
        allowed: i64,
        own: Option<String>,
    },
    /// A list of paper ballots that cannot be read; `line` is 1-based.
    PaperCsv {
        line: usize,
        fault: PaperFault,
    },
    /// A polling station's tally sheet declared `declared` ballots and `read` were read.
    PaperCountMismatch {
        station: String,
        declared: i64,
        read: i64,
    },
    /// A paper ballot's serial number given twice, in the upload or in the process.
    PaperSerialRepeated {
        serial: String,
    },
    /// A paper ballot whose voter may not vote in the process.
    PaperVoterNotEligible,
    /// An online ballot from someone whose paper ballot is counted under the heading.
    VotedOnPaper {
        heading: String,
    },
}

/// What is wrong with a line of a list of paper ballots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaperFault {
    /// A header naming columns, none of them `vote`.
    NoVoteColumn,
    UnknownColumn(String),
    /// A line with another number of fields than the header.
    Fields {
        expected: usize,
        given: usize,
    },
    /// A quoted field left open.
    Unclosed,
    /// A declared count that is no whole number of 0 or more, or that differs from the one
    /// an earlier line of the same station declared.
    Declared(String),
}

/// What is wrong with a line of a census file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CensusFault {
    /// The header names no `id` column.
    NoIdColumn,
    UnknownColumn(String),
    /// A line with another number of fields than the header.
    Fields {
        expected: usize,
        given: usize,
    },
    EmptyId,
    IdTooLong,
    BirthDate(String),
    /// The same id as on an earlier line.
    Repeated {
        first: usize,
    },
    /// A district that is no heading of the process.
    UnknownDistrict(String),
    /// No entry at all.
    Empty,
    TooMany {
        most: usize,
    },
}

/// In English, for logs.
impl std::fmt::Display for BudgetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.detail().fmt(f)
    }
}

impl std::error::Error for BudgetError {}

impl BudgetError {
    /// What is wrong and what to fix, in words of the problems catalogue.
    pub fn detail(&self) -> Detail {
        match self {
            Self::Missing { field } => detail!("problem-budgets-missing", field = *field),
            Self::TooLong { field, limit } => {
                detail!("problem-budgets-too-long", field = *field, limit = *limit)
            }
            Self::ControlCharacter { field } => {
                detail!("problem-budgets-control-character", field = *field)
            }
            Self::Malformed { field, given } => detail!(
                "problem-budgets-malformed-amount",
                field = *field,
                given = shown(given, 40)
            ),
            Self::Decimals { field } => detail!("problem-budgets-decimals", field = *field),
            Self::NotPositive { field } => {
                detail!("problem-budgets-not-positive", field = *field)
            }
            Self::TooLarge { field } => detail!(
                "problem-budgets-too-large",
                field = *field,
                most = "92233720368547758.07"
            ),
            Self::UnknownRule { given } => detail!(
                "problem-budgets-unknown-rule",
                given = shown(given, 60),
                rules = rule_names().join(", ")
            ),
            Self::UnknownStyle { given } => {
                detail!("problem-budgets-unknown-style", given = shown(given, 40))
            }
            Self::UnknownEligibility { given } => {
                detail!(
                    "problem-budgets-unknown-eligibility",
                    given = shown(given, 40)
                )
            }
            Self::UnknownPhase { given } => detail!(
                "problem-budgets-unknown-phase",
                given = shown(given, 40),
                phases = Phase::ALL.map(Phase::as_str).join(", ")
            ),
            Self::Limits { field, most } => {
                detail!("problem-budgets-limits", field = *field, most = *most)
            }
            Self::Backwards { from, to } => {
                detail!("problem-budgets-backwards", from = *from, to = *to)
            }
            Self::PhaseDisabled { phase } => {
                detail!("problem-budgets-phase-disabled", phase = *phase)
            }
            Self::PhaseDates { phase } => detail!("problem-budgets-phase-dates", phase = *phase),
            Self::NoPhase => detail!("problem-budgets-no-phase"),
            Self::WrongPhase { action, phase } => detail!(
                "problem-budgets-wrong-phase",
                action = *action,
                phase = *phase
            ),
            Self::RulesLocked => detail!("problem-budgets-rules-locked"),
            Self::UnknownProject { number } => {
                detail!(
                    "problem-budgets-unknown-project",
                    number = shown(number, 40)
                )
            }
            Self::Twice { number } => {
                detail!("problem-budgets-twice", number = shown(number, 40))
            }
            Self::TooFew { least, given } => {
                detail!("problem-budgets-too-few", least = *least, given = *given)
            }
            Self::TooMany { most, given } => {
                detail!("problem-budgets-too-many", most = *most, given = *given)
            }
            Self::EmptyBallot => detail!("problem-budgets-empty-ballot"),
            Self::OverBudget { total, amount } => detail!(
                "problem-budgets-over-budget",
                total = total.as_str(),
                amount = amount.as_str()
            ),
            Self::UnderMinimum {
                total,
                least,
                amount,
            } => detail!(
                "problem-budgets-under-minimum",
                total = total.as_str(),
                least = least.as_str(),
                amount = amount.as_str()
            ),
            Self::MinShareNotForStyle { style } => {
                detail!("problem-budgets-min-share-not-for-style", style = *style)
            }
            Self::MinShareRange { given } => {
                detail!("problem-budgets-min-share-range", given = *given)
            }
            Self::NotAdmin { org } => detail!("problem-budgets-not-admin", org = org.as_str()),
            Self::NotMember { org } => detail!("problem-budgets-not-member", org = org.as_str()),
            Self::NotInBody { body, url } => detail!(
                "problem-budgets-not-in-body",
                body = body.as_str(),
                url = url.as_str()
            ),
            Self::UnknownBody { org, given } => detail!(
                "problem-budgets-unknown-body",
                org = org.as_str(),
                given = shown(given, 60)
            ),
            Self::BodyNotForEligibility { eligibility } => detail!(
                "problem-budgets-body-not-for-eligibility",
                eligibility = *eligibility
            ),
            Self::TooManyHeadings => {
                detail!("problem-budgets-too-many-headings", most = MAX_HEADINGS)
            }
            Self::Time { field } => detail!("problem-budgets-time", field = *field),
            Self::Progress { given } => {
                detail!("problem-budgets-progress", given = shown(given, 40))
            }
            Self::Day { field } => detail!("problem-budgets-day", field = *field),
            Self::Link => detail!("problem-budgets-link"),
            Self::NotFunded { number } => {
                detail!("problem-budgets-not-funded", number = shown(number, 40))
            }
            Self::AlreadySupported => detail!("problem-budgets-already-supported"),
            Self::NotMemberOfProposer { org } => {
                detail!("problem-budgets-not-member-of-proposer", org = org.as_str())
            }
            Self::TwoProposers => detail!("problem-budgets-two-proposers"),
            Self::NotProposerOrAdmin { org } => {
                detail!("problem-budgets-not-proposer-or-admin", org = org.as_str())
            }
            Self::NoCommonsLinked { number } => {
                detail!(
                    "problem-budgets-no-commons-linked",
                    number = shown(number, 40)
                )
            }
            Self::SupportRules { field, given } => detail!(
                "problem-budgets-support-rules",
                field = *field,
                given = shown(given, 40)
            ),
            Self::SupportLimit { most, heading } => detail!(
                "problem-budgets-support-limit",
                most = *most,
                heading = shown(heading, 80)
            ),
            Self::Census { line, fault } => census_detail(*line, fault),
            Self::NotInCensus => detail!("problem-budgets-not-in-census"),
            Self::UnknownCensusId => detail!("problem-budgets-unknown-census-id"),
            Self::CensusEntryTaken => detail!("problem-budgets-census-entry-taken"),
            Self::CensusAlreadyClaimed => detail!("problem-budgets-census-already-claimed"),
            Self::AgeRule { least, born: true } => {
                detail!("problem-budgets-age-rule", least = *least)
            }
            Self::AgeRule { least, born: false } => {
                detail!("problem-budgets-age-rule-unknown", least = *least)
            }
            Self::RuleRefusesStyle {
                rule,
                style,
                reason,
            } => detail!(
                "problem-budgets-rule-refuses-style",
                rule = *rule,
                style = *style,
                reason = reason.as_str()
            ),
            Self::PointsNotForStyle { style } => {
                detail!("problem-budgets-points-not-for-style", style = *style)
            }
            Self::PointsTotal { most } => detail!("problem-budgets-points-total", most = *most),
            Self::NotForStyle { field, style } => detail!(
                "problem-budgets-not-for-style",
                field = *field,
                style = *style
            ),
            Self::Parallel {
                field,
                projects,
                given,
            } => detail!(
                "problem-budgets-parallel",
                field = *field,
                projects = *projects,
                given = *given
            ),
            Self::PointsNotPositive { number } => detail!(
                "problem-budgets-points-not-positive",
                number = shown(number, 40)
            ),
            Self::PointsMalformed { number, given } => detail!(
                "problem-budgets-points-malformed",
                number = shown(number, 40),
                given = shown(given, 40)
            ),
            Self::PointsOverMost {
                number,
                most,
                given,
            } => detail!(
                "problem-budgets-points-over-most",
                number = shown(number, 40),
                most = *most,
                given = *given
            ),
            Self::PointsOverTotal { total, given } => detail!(
                "problem-budgets-points-over-total",
                total = *total,
                given = *given
            ),
            Self::RanksTied { rank } => detail!("problem-budgets-ranks-tied", rank = *rank),
            Self::RankGap { missing } => detail!("problem-budgets-rank-gap", missing = *missing),
            Self::MergeSelf => detail!("problem-budgets-merge-self"),
            Self::MergeHeading { number } => {
                detail!("problem-budgets-merge-heading", number = shown(number, 40))
            }
            Self::NotOnBallot { number } => {
                detail!("problem-budgets-not-on-ballot", number = shown(number, 40))
            }
            Self::DistrictRule {
                allowed,
                own: Some(own),
            } => detail!(
                "problem-budgets-district-rule",
                allowed = *allowed,
                own = own.as_str()
            ),
            Self::DistrictRule { allowed, own: None } => {
                detail!("problem-budgets-district-rule-first", allowed = *allowed)
            }
            Self::PaperCsv { line, fault } => paper_detail(*line, fault),
            Self::PaperCountMismatch {
                station,
                declared,
                read,
            } => detail!(
                "problem-budgets-paper-count-mismatch",
                station = shown(station, 80),
                declared = *declared,
                read = *read
            ),
            Self::PaperSerialRepeated { serial } => detail!(
                "problem-budgets-paper-serial-repeated",
                serial = shown(serial, 40)
            ),
            Self::PaperVoterNotEligible => detail!("problem-budgets-paper-voter-not-eligible"),
            Self::VotedOnPaper { heading } => {
                detail!(
                    "problem-budgets-voted-on-paper",
                    heading = shown(heading, 80)
                )
            }
        }
    }

    /// Stable code for the API's problem+json `code` field.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Missing { .. } => "missing_field",
            Self::TooLong { .. } => "too_long",
            Self::ControlCharacter { .. } => "invalid_field",
            Self::Malformed { .. } => "malformed_amount",
            Self::Decimals { .. } => "too_many_decimals",
            Self::NotPositive { .. } => "cost_not_positive",
            Self::TooLarge { .. } => "amount_too_large",
            Self::UnknownRule { .. } => "unknown_rule",
            Self::UnknownStyle { .. } | Self::UnknownEligibility { .. } | Self::Limits { .. } => {
                "invalid_ballot_rules"
            }
            Self::UnknownPhase { .. }
            | Self::Backwards { .. }
            | Self::PhaseDisabled { .. }
            | Self::PhaseDates { .. }
            | Self::NoPhase => "invalid_phase",
            Self::WrongPhase { .. } => "budget_phase",
            Self::RulesLocked => "rules_locked",
            Self::UnknownProject { .. } => "unknown_project",
            Self::Twice { .. } | Self::TooFew { .. } | Self::TooMany { .. } | Self::EmptyBallot => {
                "ballot_outside_limits"
            }
            Self::OverBudget { .. } => "ballot_over_budget",
            Self::UnderMinimum { .. } => "ballot_under_minimum",
            Self::MinShareNotForStyle { .. } | Self::MinShareRange { .. } => "invalid_ballot_rules",
            Self::NotAdmin { .. } | Self::NotMember { .. } => "forbidden",
            Self::NotInBody { .. } => "not_in_body",
            Self::UnknownBody { .. } => "unknown_eligible_body",
            Self::BodyNotForEligibility { .. } => "invalid_ballot_rules",
            Self::TooManyHeadings => "too_many_headings",
            Self::Time { .. } => "invalid_time",
            Self::Progress { .. } => "invalid_progress",
            Self::Day { .. } => "invalid_date",
            Self::Link => "invalid_website",
            Self::NotFunded { .. } => "not_funded",
            Self::AlreadySupported => "already_supported",
            Self::NotMemberOfProposer { .. } => "not_member_of_proposer",
            Self::TwoProposers => "two_proposers",
            Self::NotProposerOrAdmin { .. } => "forbidden",
            Self::NoCommonsLinked { .. } => "no_commons_linked",
            Self::SupportRules { .. } => "invalid_support_rules",
            Self::SupportLimit { .. } => "support_limit",
            Self::Census { .. } => "malformed_census",
            Self::NotInCensus => "not_in_census",
            Self::UnknownCensusId => "unknown_census_id",
            Self::CensusEntryTaken => "census_entry_taken",
            Self::CensusAlreadyClaimed => "census_already_claimed",
            Self::AgeRule { .. } => "age_rule",
            Self::DistrictRule { .. } => "district_rule",
            Self::RuleRefusesStyle { .. } => "rule_not_applicable",
            Self::PointsNotForStyle { .. } | Self::PointsTotal { .. } => "invalid_ballot_rules",
            Self::NotForStyle { .. } => "not_for_this_ballot",
            Self::Parallel { .. } => "ballot_mismatch",
            Self::PointsNotPositive { .. } => "points_not_positive",
            Self::PointsMalformed { .. } => "malformed_points",
            Self::PointsOverMost { .. } => "points_over_most",
            Self::PointsOverTotal { .. } => "points_over_total",
            Self::RanksTied { .. } => "ranks_tied",
            Self::RankGap { .. } => "ranks_gapped",
            Self::MergeSelf | Self::MergeHeading { .. } => "invalid_merge",
            Self::NotOnBallot { .. } => "not_on_ballot",
            Self::PaperCsv { .. } => "malformed_paper_ballots",
            Self::PaperCountMismatch { .. } => "paper_count_mismatch",
            Self::PaperSerialRepeated { .. } => "paper_serial_repeated",
            Self::PaperVoterNotEligible => "paper_voter_not_eligible",
            Self::VotedOnPaper { .. } => "voted_on_paper",
        }
    }
}

fn paper_detail(line: usize, fault: &PaperFault) -> Detail {
    let line = line.to_string();
    match fault {
        PaperFault::NoVoteColumn => detail!("problem-budgets-paper-no-vote-column", line = line),
        PaperFault::UnknownColumn(c) => detail!(
            "problem-budgets-paper-unknown-column",
            line = line,
            given = shown(c, 40)
        ),
        PaperFault::Fields { expected, given } => detail!(
            "problem-budgets-paper-fields",
            line = line,
            expected = *expected,
            given = *given
        ),
        PaperFault::Unclosed => detail!("problem-budgets-paper-unclosed", line = line),
        PaperFault::Declared(given) => detail!(
            "problem-budgets-paper-declared",
            line = line,
            given = shown(given, 40)
        ),
    }
}

fn census_detail(line: usize, fault: &CensusFault) -> Detail {
    let line = line.to_string();
    match fault {
        CensusFault::NoIdColumn => detail!("problem-budgets-census-no-id-column", line = line),
        CensusFault::UnknownColumn(c) => detail!(
            "problem-budgets-census-unknown-column",
            line = line,
            given = shown(c, 40)
        ),
        CensusFault::Fields { expected, given } => detail!(
            "problem-budgets-census-fields",
            line = line,
            expected = *expected,
            given = *given
        ),
        CensusFault::EmptyId => detail!("problem-budgets-census-empty-id", line = line),
        CensusFault::IdTooLong => detail!(
            "problem-budgets-census-id-too-long",
            line = line,
            most = MAX_CENSUS_ID_CHARS
        ),
        CensusFault::BirthDate(given) => detail!(
            "problem-budgets-census-birth-date",
            line = line,
            given = shown(given, 40)
        ),
        CensusFault::Repeated { first } => detail!(
            "problem-budgets-census-repeated",
            line = line,
            first = first.to_string()
        ),
        CensusFault::UnknownDistrict(d) => detail!(
            "problem-budgets-census-unknown-district",
            line = line,
            given = shown(d, 60)
        ),
        CensusFault::Empty => detail!("problem-budgets-census-empty"),
        CensusFault::TooMany { most } => {
            detail!("problem-budgets-census-too-many", line = line, most = *most)
        }
    }
}

/// Longest id a census holds, in characters (after spaces, dots and dashes are dropped).
pub const MAX_CENSUS_ID_CHARS: usize = 64;

pub type Result<T, E = BudgetError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_days_and_links_keep_to_their_rules() {
        assert_eq!(progress("under_way", 40).unwrap(), ("under_way", 40));
        assert_eq!(
            progress("halfway", 40).unwrap_err().code(),
            "invalid_progress"
        );
        assert_eq!(
            progress("done", 101).unwrap_err().code(),
            "invalid_progress"
        );
        assert_eq!(day("on", "2026-05-01").unwrap(), "2026-05-01");
        assert_eq!(day("on", "2026-5-1").unwrap_err().code(), "invalid_date");
        assert_eq!(day("on", "2026-02-30").unwrap_err().code(), "invalid_date");
        assert_eq!(
            link(" https://x.org/a.jpg ").unwrap(),
            "https://x.org/a.jpg"
        );
        assert_eq!(
            link("javascript:alert(1)").unwrap_err().code(),
            "invalid_website"
        );
    }

    #[test]
    fn counts_read_as_the_english_lines_write_them() {
        assert_eq!(counted(1, "project", "projects"), "one project");
        assert_eq!(counted(84_611, "ballot", "ballots"), "84,611 ballots");
        assert_eq!(counted(312, "ballot", "ballots"), "312 ballots");
        assert_eq!(counted(0, "ballot", "ballots"), "0 ballots");
    }

    #[test]
    fn amounts_are_positive_decimals_that_fit_minor_units() {
        assert_eq!(amount("cost", " 1200 ").unwrap(), "1200");
        assert_eq!(amount("cost", "0012,5").unwrap(), "12.5");
        assert_eq!(amount("cost", "0.01").unwrap(), "0.01");
        assert_eq!(
            amount("cost", "92233720368547758.07").unwrap(),
            "92233720368547758.07"
        );
        for (raw, code) in [
            ("0", "cost_not_positive"),
            ("0.00", "cost_not_positive"),
            ("-5", "cost_not_positive"),
            ("92233720368547758.08", "amount_too_large"),
            ("9223372036854775807", "amount_too_large"),
            ("1.234", "too_many_decimals"),
            ("1e3", "malformed_amount"),
            ("abc", "malformed_amount"),
            (".", "malformed_amount"),
            ("", "missing_field"),
        ] {
            assert_eq!(amount("cost", raw).unwrap_err().code(), code, "{raw}");
        }
    }

    fn plan(enabled: &[Phase], dates: &[(Phase, i64)]) -> Vec<PlannedPhase> {
        Phase::ALL
            .iter()
            .map(|&phase| PlannedPhase {
                phase,
                enabled: enabled.contains(&phase),
                starts_at: dates.iter().find(|d| d.0 == phase).map(|d| d.1),
                ends_at: None,
            })
            .collect()
    }

    #[test]
    fn phases_move_forward_to_enabled_ones_and_by_date() {
        use Phase::*;
        let p = plan(
            &[AcceptingProposals, Balloting, Results],
            &[(Balloting, 100), (Results, 200)],
        );
        assert!(may_move(&p, AcceptingProposals, Balloting).is_ok());
        assert_eq!(
            may_move(&p, Balloting, AcceptingProposals)
                .unwrap_err()
                .code(),
            "invalid_phase"
        );
        assert_eq!(
            may_move(&p, AcceptingProposals, Reviewing)
                .unwrap_err()
                .code(),
            "invalid_phase"
        );
        assert_eq!(due_move(&p, AcceptingProposals, 99), None);
        assert_eq!(due_move(&p, AcceptingProposals, 100), Some(Balloting));
        assert_eq!(due_move(&p, AcceptingProposals, 250), Some(Results));
        assert_eq!(due_move(&p, Results, 250), None);
        assert_eq!(next_enabled(&p, Balloting), Some(Results));
    }

    #[test]
    fn a_knapsack_ballot_spends_at_least_its_share() {
        let rules = Rules::new("knapsack", None, None, "members", "greedy")
            .unwrap()
            .with_min_share(Some(50))
            .unwrap();
        let on = [
            OnBallot {
                number: "1",
                cost: Q::int(600),
            },
            OnBallot {
                number: "2",
                cost: Q::ratio(49999, 100),
            },
            OnBallot {
                number: "3",
                cost: Q::ratio(1, 100),
            },
        ];
        let amount = Q::int(1000);
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let read = |s: &[&str]| {
            let chosen = v(s);
            read_ballot(
                &rules,
                &amount,
                &on,
                Marks {
                    projects: &chosen,
                    ..Marks::default()
                },
            )
        };
        assert_eq!(
            read(&["2"]).unwrap_err(),
            BudgetError::UnderMinimum {
                total: "499.99".into(),
                least: "500.00".into(),
                amount: "1000.00".into(),
            }
        );
        assert_eq!(read(&["2"]).unwrap_err().code(), "ballot_under_minimum");
        // Exactly the share is enough; more, up to the amount, too.
        assert_eq!(read(&["2", "3"]).unwrap().vote, v(&["2", "3"]));
        assert_eq!(read(&["1"]).unwrap().vote, v(&["1"]));
        // A share that makes a fraction of a cent asks for the next whole cent.
        let third = Rules::new("knapsack", None, None, "members", "greedy")
            .unwrap()
            .with_min_share(Some(33))
            .unwrap();
        assert_eq!(
            least_spent(third.min_share_percent, &Q::ratio(100001, 100)),
            Some(Q::ratio(33001, 100))
        );
        assert_eq!(least_spent(None, &amount), None);
        for (style, share, code) in [
            ("approval", 50, "invalid_ballot_rules"),
            ("knapsack", 0, "invalid_ballot_rules"),
            ("knapsack", 101, "invalid_ballot_rules"),
        ] {
            let err = Rules::new(style, None, None, "members", "greedy")
                .unwrap()
                .with_min_share(Some(share))
                .unwrap_err();
            assert_eq!(err.code(), code, "{style} {share}");
        }
    }

    #[test]
    fn a_knapsack_ballot_keeps_to_the_amount_and_the_limits() {
        let rules = Rules::new("knapsack", Some(1), Some(2), "members", "equal-shares").unwrap();
        assert_eq!(rules.rule, DEFAULT_RULE);
        let on = [
            OnBallot {
                number: "1",
                cost: Q::int(600),
            },
            OnBallot {
                number: "2",
                cost: Q::int(500),
            },
            OnBallot {
                number: "3",
                cost: Q::int(100),
            },
        ];
        let amount = Q::int(1000);
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        fn marks(p: &[String]) -> Marks<'_> {
            Marks {
                projects: p,
                ..Marks::default()
            }
        }
        assert_eq!(
            read_ballot(&rules, &amount, &on, marks(&v(&["1", "3"])))
                .unwrap()
                .vote,
            v(&["1", "3"])
        );
        let code = |s: &[&str]| {
            read_ballot(&rules, &amount, &on, marks(&v(s)))
                .unwrap_err()
                .code()
        };
        assert_eq!(code(&["1", "2"]), "ballot_over_budget");
        assert_eq!(code(&["1", "2", "3"]), "ballot_outside_limits");
        assert_eq!(code(&[]), "ballot_outside_limits");
        assert_eq!(code(&["9"]), "unknown_project");
        assert_eq!(code(&["3", "3"]), "ballot_outside_limits");
        assert_eq!(
            Rules::new("knapsack", Some(3), Some(2), "members", "greedy")
                .unwrap_err()
                .code(),
            "invalid_ballot_rules"
        );
        assert_eq!(
            Rules::new("approval", None, None, "members", "best")
                .unwrap_err()
                .code(),
            "unknown_rule"
        );
        assert_eq!(
            Rules::new("approval", None, None, "all", "greedy")
                .unwrap_err()
                .code(),
            "invalid_ballot_rules"
        );
    }

    #[test]
    fn a_points_ballot_keeps_to_its_total_its_most_and_its_least() {
        let rules = Rules::new("points", Some(3), None, "members", "equal-shares")
            .unwrap()
            .with_points(Some(10), Some(5))
            .unwrap();
        assert_eq!(rules.style.vote_type(), VoteType::Cumulative);
        let on: Vec<OnBallot> = ["1", "2", "3", "4"]
            .iter()
            .map(|n| OnBallot {
                number: n,
                cost: Q::int(100),
            })
            .collect();
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let read = |p: &[&str], pts: &[i64]| {
            let projects = v(p);
            read_ballot(
                &rules,
                &Q::int(1000),
                &on,
                Marks {
                    projects: &projects,
                    points: Some(pts),
                    ranks: None,
                },
            )
        };
        let ok = read(&["1", "2", "3"], &[5, 3, 2]).unwrap();
        assert_eq!(ok.points, Some(vec![5, 3, 2]));
        let code = |p: &[&str], pts: &[i64]| read(p, pts).unwrap_err().code();
        assert_eq!(code(&["1", "2", "3"], &[5, 5, 1]), "points_over_total");
        assert_eq!(code(&["1", "2", "3"], &[6, 2, 1]), "points_over_most");
        assert_eq!(code(&["1", "2", "3"], &[0, 2, 1]), "points_not_positive");
        assert_eq!(code(&["1", "2"], &[5, 5]), "ballot_outside_limits");
        assert_eq!(code(&["1", "2", "9"], &[1, 1, 1]), "unknown_project");
        assert_eq!(code(&["1", "2", "3"], &[1, 1]), "ballot_mismatch");
        for (total, most, code) in [
            (None, None, "invalid_ballot_rules"),
            (Some(0), None, "invalid_ballot_rules"),
            (Some(MAX_POINTS + 1), None, "invalid_ballot_rules"),
            (Some(10), Some(11), "invalid_ballot_rules"),
            (Some(2), None, "invalid_ballot_rules"),
        ] {
            let r = Rules::new("points", Some(3), None, "members", "greedy")
                .unwrap()
                .with_points(total, most);
            assert_eq!(r.unwrap_err().code(), code, "{total:?} {most:?}");
        }
        assert_eq!(
            Rules::new("approval", None, None, "members", "greedy")
                .unwrap()
                .with_points(Some(10), None)
                .unwrap_err()
                .code(),
            "invalid_ballot_rules"
        );
        assert_eq!(
            split_points(&v(&["1:4", "2", "3: 2"])).unwrap(),
            (v(&["1", "2", "3"]), vec![4, 0, 2])
        );
        assert_eq!(
            split_points(&v(&["1:x"])).unwrap_err().code(),
            "malformed_points"
        );
    }

    #[test]
    fn ranks_run_from_one_without_ties_or_gaps_and_phragmen_counts_no_ranks() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            by_rank(&v(&["a", "b", "c"]), &[2, 3, 1]).unwrap(),
            v(&["c", "a", "b"])
        );
        assert_eq!(
            by_rank(&v(&["a", "b"]), &[1, 1]).unwrap_err().code(),
            "ranks_tied"
        );
        assert_eq!(
            by_rank(&v(&["a", "b"]), &[1, 3]).unwrap_err().code(),
            "ranks_gapped"
        );
        assert_eq!(
            by_rank(&v(&["a", "b"]), &[-1, 1]).unwrap_err().code(),
            "ranks_gapped"
        );
        assert_eq!(
            by_rank(&v(&["a"]), &[1, 2]).unwrap_err().code(),
            "ballot_mismatch"
        );
        assert_eq!(BallotStyle::Ranked.vote_type(), VoteType::Ordinal);
        for style in ["ranked", "points"] {
            assert_eq!(
                Rules::new(style, None, None, "members", "phragmen")
                    .unwrap_err()
                    .code(),
                "rule_not_applicable"
            );
            assert!(Rules::new(style, None, None, "members", "mes").is_ok());
        }
        assert!(Rules::new("approval", None, None, "members", "phragmen").is_ok());
    }
}
