//! Demo budgets of the City of Lagomar, owned by its Office for the Commons and made
//! through the same flows as real use, each step at the moment it would have happened:
//! the 2025 budget, brought in from the city's former platform as a Pabulib file; the
//! 2026 budget, three districts and a city-wide heading, twenty projects valuated by the
//! city's technical panel (some prices above or below the estimates, one project found
//! unfeasible), a few hundred ballots online and on paper, finished, with results and one
//! project under way; and
//! the 2027 budget for schools, in its balloting phase, open to the city's census from
//! age 12, one's own side of the river and the whole city. Ballots are drawn by a fixed generator, so every demo counts
//! the same. Beside the city's, the makers' association runs its 2027 workshop budget,
//! in balloting, open to whoever sits in its general assembly.

use super::ballots;
use super::census;
use super::count::{self, Asked};
use super::model::{self, Marks, Phase, PlannedPhase};
use super::pabulib;
use super::paper;
use super::phases;
use super::progress::{self, NewMilestone, NewProgress};
use super::service::{self, NewHeading, NewProcess, NewProject};
use super::store;
use super::valuation::{self, NewValuation};
use crate::db::{DbConn, now_ms};
use crate::error::AppError;
use crate::seed::DemoContext;

const DAY: i64 = 24 * 3_600_000;

/// A fixed pseudo-random sequence (a linear congruential generator): the demo's ballots
/// are the same on every instance.
pub struct Draw(u64);

impl Draw {
    pub fn new(seed: u64) -> Draw {
        Draw(seed)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

/// Last year's projects: id, cost, name, how much people liked it (out of 100).
const PAST: &[(&str, i64, &str, u64)] = &[
    ("1", 42_000, "Shade trees along the harbour walk", 62),
    ("2", 18_500, "Drinking fountains in the old town", 48),
    (
        "3",
        95_000,
        "A covered market hall for the Saturday market",
        35,
    ),
    ("4", 12_000, "Benches and a book box at the bus station", 41),
    ("5", 60_000, "Safe bike lanes to the schools", 55),
    ("6", 27_500, "Playground for the Borgo Alto gardens", 37),
    ("7", 8_000, "Tool library workshop days", 24),
    ("8", 33_000, "Solar lights for the river path", 30),
];

/// The Pabulib file of Lagomar's 2025 budget, with `voters` ballots drawn from `seed`.
pub fn past_file(voters: usize, seed: u64) -> String {
    let mut out = String::from(
        "META\nkey;value\ndescription;Participatory budget of Lagomar, 2025\ncountry;Italy\n\
         unit;Lagomar\ninstance;2025\nnum_projects;8\n",
    );
    out += &format!("num_votes;{voters}\nbudget;150000\nvote_type;approval\nrule;greedy\n");
    out += "PROJECTS\nproject_id;cost;name\n";
    for (id, cost, name, _) in PAST {
        out += &format!("{id};{cost};{name}\n");
    }
    out += "VOTES\nvoter_id;vote\n";
    let mut draw = Draw::new(seed);
    for v in 0..voters {
        let chosen: Vec<&str> = PAST
            .iter()
            .filter(|(_, _, _, liked)| draw.below(100) < *liked)
            .map(|(id, ..)| *id)
            .collect();
        let chosen = if chosen.is_empty() {
            vec![PAST[v % PAST.len()].0]
        } else {
            chosen
        };
        out += &format!("{};{}\n", v + 1, chosen.join(","));
    }
    out
}

/// The 2026 budget's headings: name and amount.
const HEADINGS_2026: &[(&str, &str)] = &[
    ("City-wide", "400000"),
    ("Harbour", "150000"),
    ("Old Town", "150000"),
    ("Borgo Alto", "100000"),
];

/// The 2026 budget's projects: heading, proposer, title, description, place, cost, and
/// how much people like it (out of 100).
type Proposal = (
    usize,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    u64,
);

const PROJECTS_2026: &[Proposal] = &[
    (
        0,
        "amara",
        "A library of things in every district",
        "Small rooms where people borrow tools, toys and camping gear, run with the makers.",
        "Four district libraries",
        "120000",
        55,
    ),
    (
        0,
        "chen",
        "Night buses on Friday and Saturday",
        "Two night lines linking the districts until 3 am, for a year.",
        "",
        "180000",
        45,
    ),
    (
        0,
        "dolores",
        "Solar panels on the school roofs",
        "Panels on three school roofs; the savings pay for school trips.",
        "Primary schools",
        "210000",
        50,
    ),
    (
        0,
        "bruno",
        "A city-wide composting service",
        "Collection of kitchen waste and a composting site that gives the soil back to gardens.",
        "",
        "90000",
        38,
    ),
    (
        0,
        "fatima",
        "Repair café vans",
        "A van with tools that brings the repair café to each district once a month.",
        "",
        "45000",
        30,
    ),
    (
        1,
        "emil",
        "Shade trees along the harbour walk",
        "Forty trees with benches beneath them along the walk.",
        "Harbour walk",
        "60000",
        60,
    ),
    (
        1,
        "fatima",
        "A covered fish market",
        "A roof over the morning fish market.",
        "Fish quay",
        "110000",
        35,
    ),
    (
        1,
        "bruno",
        "Swimming steps into the sea",
        "Safe steps and rails to swim from the old breakwater.",
        "Old breakwater",
        "40000",
        48,
    ),
    (
        1,
        "amara",
        "Harbour playground",
        "A playground with shade and a water fountain.",
        "Piazza del Porto",
        "55000",
        42,
    ),
    (
        1,
        "chen",
        "Bike racks at the ferry",
        "Covered racks for a hundred bikes.",
        "Ferry terminal",
        "15000",
        33,
    ),
    (
        2,
        "dolores",
        "Drinking fountains in the old town",
        "Six fountains on the squares.",
        "Old town squares",
        "30000",
        58,
    ),
    (
        2,
        "bruno",
        "Restore the old wash-house",
        "Roof and basins restored; a place for the neighbourhood to meet.",
        "Via dei Lavatoi",
        "95000",
        40,
    ),
    (
        2,
        "emil",
        "Ramps for wheelchairs and prams",
        "Ramps where steps block the lanes.",
        "",
        "45000",
        52,
    ),
    (
        2,
        "fatima",
        "A reading garden",
        "The walled garden of the old school opened as a reading garden.",
        "Old school",
        "35000",
        36,
    ),
    (
        2,
        "amara",
        "Street lights on the steps",
        "Warm lights on the long steps up to the castle.",
        "Castle steps",
        "25000",
        30,
    ),
    (
        3,
        "chen",
        "A community orchard",
        "Fruit trees on the unused plot, tended by the neighbours.",
        "Via dei Mulini",
        "20000",
        54,
    ),
    (
        3,
        "emil",
        "A bus shelter with a book box",
        "Shelter and a book box at the last stop.",
        "Terminus",
        "12000",
        40,
    ),
    (
        3,
        "dolores",
        "Skate park",
        "A small concrete skate park by the sports field.",
        "Sports field",
        "70000",
        37,
    ),
    (
        3,
        "bruno",
        "Renovate the social club",
        "New windows and heating for the old social club.",
        "Circolo Borgo Alto",
        "60000",
        33,
    ),
    (
        3,
        "amara",
        "Football cage",
        "A fenced five-a-side pitch.",
        "Sports field",
        "45000",
        29,
    ),
];

/// Who voted online in 2026 (all signed in; the budget was open to anyone), and in which
/// district.
const ONLINE_2026: &[(&str, usize)] = &[
    ("amara", 1),
    ("bruno", 2),
    ("chen", 1),
    ("dolores", 3),
    ("emil", 1),
    ("fatima", 2),
];

/// Paper ballots of 2026 per heading.
const PAPER_2026: [usize; 4] = [150, 90, 80, 60];

/// The polling stations of 2026 per heading: each one's share of the heading's paper
/// ballots, and the count on its tally sheet. The market hall's sheet counts the two
/// ballots of voters who had voted online too (set aside); the harbour school's counts two
/// spoiled ballots the station kept apart.
const PAPER_STATIONS_2026: [&[(&str, usize, i64)]; 4] = [
    &[("Library", 70, 70), ("Market hall", 80, 82)],
    &[("Library", 40, 40), ("Harbour school", 50, 52)],
    &[("Library", 80, 80)],
    &[("Library", 25, 25), ("Old town hall", 35, 35)],
];

/// Why the harbour school's count was accepted though it differs from its tally sheet.
const PAPER_MISMATCH_2026: &str = "The harbour school's tally sheet counts two spoiled ballots \
    (every project ticked) that the station kept apart in an envelope; the 50 ballots \
    typed in are all the valid ones.";

/// A knapsack ballot drawn for a heading: projects in a drawn order, each kept when the
/// voter likes it and it still fits the heading's amount.
fn draw_ballot(draw: &mut Draw, projects: &[(String, i64, u64)], amount: i64) -> Vec<String> {
    let mut order: Vec<usize> = (0..projects.len()).collect();
    for i in (1..order.len()).rev() {
        let j = draw.below(i as u64 + 1) as usize;
        order.swap(i, j);
    }
    let mut spent = 0;
    let mut chosen = Vec::new();
    for i in order {
        let (number, cost, liked) = &projects[i];
        if draw.below(100) < *liked && spent + cost <= amount {
            spent += cost;
            chosen.push(number.clone());
        }
    }
    if chosen.is_empty() {
        let cheapest = projects.iter().min_by_key(|p| p.1).map(|p| p.0.clone());
        chosen.extend(cheapest);
    }
    chosen
}

/// Seeds the demo budgets; needs the demo people and organizations seeded before it.
pub fn seed(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    let chen = ctx.person("chen")?;
    let now = now_ms();
    // The smaller processes of the other ballot styles first: the city's record then
    // ends, as before them, with the import and the two large budgets.
    seed_festivals(c, ctx, now)?;
    seed_squares(c, ctx, now)?;
    seed_reading(c, ctx, now)?;
    let instance = pabulib::read(&past_file(312, 2025)).map_err(AppError::from)?;
    service::import(c, &chen, "lagomar-city", &instance, now - 400 * DAY)?;
    seed_2026(c, ctx, now)?;
    seed_2027(c, ctx, now)?;
    seed_workshop(c, ctx, now)?;
    Ok(())
}

/// The makers' workshop budget for 2027: 3 000 EUR for the makerspace, decided by
/// whoever sits in the association's general assembly (its body, seeded by `bodies`),
/// in balloting with three ballots in. Two supports each let four of the five proposals
/// through to the ballot; the snack machine, which nobody supported, stayed off it.
fn seed_workshop(c: &mut DbConn, ctx: &mut DemoContext, now: i64) -> Result<(), AppError> {
    let amara = ctx.person("amara")?;
    let start = now - 18 * DAY;
    let dates = [
        (Phase::AcceptingProposals, start, start + 7 * DAY),
        (Phase::Supporting, start + 7 * DAY, start + 10 * DAY),
        (Phase::Balloting, start + 10 * DAY, now + 6 * DAY),
        (Phase::Results, now + 6 * DAY, now + 12 * DAY),
        (Phase::Finished, now + 12 * DAY, now + 365 * DAY),
    ];
    let loc = service::create(
        c,
        &amara,
        &NewProcess {
            owner: "makers-lagomar".into(),
            title: "Workshop budget 2027".into(),
            description: "3 000 EUR from this year's fees for the makerspace. The general \
                          assembly decides: whoever sits in it may propose and choose up to \
                          three projects."
                .into(),
            headings: vec![NewHeading {
                name: "Makerspace".into(),
                amount: "3000".into(),
            }],
            ballot_style: "approval".into(),
            min_projects: Some(1),
            max_projects: Some(3),
            points_total: None,
            max_points: None,
            min_share_percent: None,
            eligibility: "body".into(),
            eligible_body: Some("assembly".into()),
            rule: model::DEFAULT_RULE.into(),
            plan: Some(plan(&dates)),
        },
        start - DAY,
    )?;
    let id = loc.p.id.clone();
    let heading = store::headings(c, &id)?
        .first()
        .map(|h| h.id.clone())
        .unwrap_or_default();
    for (n, (who, title, cost)) in [
        (
            "dolores",
            "A second 3D printer for the beginners' table",
            "1400",
        ),
        ("fatima", "Dust extraction for the wood corner", "1100"),
        (
            "emil",
            "A seed and soldering station for the grow lab",
            "600",
        ),
        (
            "amara",
            "Replacement lens and mirrors for the laser cutter",
            "900",
        ),
        ("emil", "A snack machine by the door", "750"),
    ]
    .into_iter()
    .enumerate()
    {
        service::propose(
            c,
            &ctx.person(who)?,
            &id,
            &NewProject {
                heading: heading.clone(),
                title: title.to_string(),
                description: String::new(),
                place: "Makerspace, Via dei Mulini 4".into(),
                cost: cost.to_string(),
                organization: None,
                group: None,
            },
            start + (n as i64 + 1) * DAY,
        )?;
    }
    // The assembly's rule for supports: two per person; a project needs two to reach the
    // ballot.
    super::supporting::set(
        c,
        &amara,
        &id,
        Some(2),
        "threshold",
        Some(2),
        start + 6 * DAY,
    )?;
    phases::move_to(c, Some(&amara), &id, Phase::Supporting, start + 7 * DAY)?;
    let projects = store::projects(c, &id)?;
    let by_number = |n: &str| {
        projects
            .iter()
            .find(|p| p.number == n)
            .map(|p| p.id.clone())
            .unwrap_or_default()
    };
    for (k, (who, number)) in [
        ("dolores", "1"),
        ("dolores", "4"),
        ("fatima", "2"),
        ("fatima", "3"),
        ("amara", "4"),
        ("amara", "2"),
        ("emil", "1"),
        ("emil", "3"),
    ]
    .into_iter()
    .enumerate()
    {
        service::support(
            c,
            &ctx.person(who)?,
            &id,
            &by_number(number),
            start + 7 * DAY + (k as i64 + 1) * DAY / 4,
        )?;
    }
    phases::move_to(c, Some(&amara), &id, Phase::Balloting, start + 10 * DAY)?;
    let cast = [
        ("dolores", &["1", "4"][..]),
        ("fatima", &["2", "4", "3"][..]),
        ("amara", &["4", "2"][..]),
    ];
    cast_daily(c, ctx, &id, &heading, &cast, start + 11 * DAY)
}

/// A small process as the demo runs one: one heading, its projects proposed by chen's
/// neighbours, and the plan's dates.
struct Small<'a> {
    title: &'a str,
    description: &'a str,
    heading: (&'a str, &'a str),
    style: &'a str,
    min_projects: Option<i64>,
    max_projects: Option<i64>,
    points: (Option<i64>, Option<i64>),
    /// Knapsack ballots: the least share of the amount a ballot spends, in percent.
    min_share: Option<i64>,
    rule: &'a str,
    dates: &'a [(Phase, i64, i64)],
    projects: &'a [(&'a str, &'a str, &'a str)],
    /// A duplicate merged before balloting: its place, the original's, and why.
    merge: Option<(usize, usize, &'a str)>,
    /// An incompatibility group made before balloting: its projects' places, its name and
    /// why.
    group: Option<(&'a [usize], &'a str, &'a str)>,
}

/// Creates `s` and takes it to balloting with its projects; returns its id and heading.
fn small(
    c: &mut DbConn,
    ctx: &mut DemoContext,
    s: &Small<'_>,
) -> Result<(String, String), AppError> {
    let chen = ctx.person("chen")?;
    let at = |phase: Phase| s.dates.iter().find(|d| d.0 == phase).map_or(0, |d| d.1);
    let start = at(Phase::AcceptingProposals);
    let loc = service::create(
        c,
        &chen,
        &NewProcess {
            owner: "lagomar-city".into(),
            title: s.title.into(),
            description: s.description.into(),
            headings: vec![NewHeading {
                name: s.heading.0.into(),
                amount: s.heading.1.into(),
            }],
            ballot_style: s.style.into(),
            min_projects: s.min_projects,
            max_projects: s.max_projects,
            points_total: s.points.0,
            max_points: s.points.1,
            min_share_percent: s.min_share,
            eligibility: "anyone".into(),
            eligible_body: None,
            rule: s.rule.into(),
            plan: Some(plan(s.dates)),
        },
        start - DAY,
    )?;
    let id = loc.p.id.clone();
    let heading = store::headings(c, &id)?
        .first()
        .map(|h| h.id.clone())
        .unwrap_or_default();
    for (n, (who, title, cost)) in s.projects.iter().enumerate() {
        service::propose(
            c,
            &ctx.person(who)?,
            &id,
            &NewProject {
                heading: heading.clone(),
                title: title.to_string(),
                description: String::new(),
                place: String::new(),
                cost: cost.to_string(),
                organization: None,
                group: None,
            },
            start + (n as i64 + 1) * 3_600_000,
        )?;
    }
    if let Some((dup, original, why)) = s.merge {
        let rows = store::projects(c, &id)?;
        service::merge(
            c,
            &chen,
            &id,
            &rows[dup].id,
            &rows[original].id,
            why,
            at(Phase::Balloting) - DAY,
        )?;
    }
    if let Some((places, name, why)) = s.group {
        let rows = store::projects(c, &id)?;
        super::groups::make(
            c,
            &chen,
            &id,
            &super::groups::NewGroup {
                heading: heading.clone(),
                name: name.into(),
                projects: places.iter().map(|&n| rows[n].id.clone()).collect(),
                reason: why.into(),
            },
            at(Phase::Balloting) - DAY / 2,
        )?;
    }
    phases::move_to(c, Some(&chen), &id, Phase::Balloting, at(Phase::Balloting))?;
    Ok((id, heading))
}

/// Lagomar's 2025 neighbourhood festivals, chosen by ranked ballots (an ordinal vote)
/// with two festivals made incompatible (they need the same square on the same day)
/// and counted greedily, finished.
fn seed_festivals(c: &mut DbConn, ctx: &mut DemoContext, now: i64) -> Result<(), AppError> {
    let start = now - 300 * DAY;
    let dates = [
        (Phase::AcceptingProposals, start, start + 20 * DAY),
        (Phase::Balloting, start + 20 * DAY, start + 34 * DAY),
        (Phase::Results, start + 34 * DAY, start + 40 * DAY),
        (Phase::Finished, start + 40 * DAY, now + 365 * DAY),
    ];
    let (id, heading) = small(
        c,
        ctx,
        &Small {
            title: "Neighbourhood festivals 2025",
            description: "12 000 for the summer's street festivals: rank up to three, your \
                          favourite first.",
            heading: ("Summer festivals", "12000"),
            style: "ranked",
            min_projects: Some(1),
            max_projects: Some(3),
            points: (None, None),
            min_share: None,
            rule: model::GREEDY_RULE,
            dates: &dates,
            projects: &[
                ("amara", "Harbour night market", "5000"),
                ("bruno", "Old Town open-air cinema", "4000"),
                ("dolores", "Borgo Alto dance on the square", "3500"),
                ("emil", "Repair café on the Borgo Alto square", "1500"),
                ("fatima", "Children's chalk festival", "2500"),
            ],
            merge: None,
            // The greedy count funds the market and the repair café, skips the dance as
            // incompatible with the café, and the money left funds the chalk festival.
            group: Some((
                &[2, 3],
                "The Borgo Alto square on festival Saturday",
                "The dance and the repair café would both need the Borgo Alto square on \
                 the same Saturday: the city can give it to one of them.",
            )),
        },
    )?;
    for (n, (who, ranked)) in [
        ("amara", &["1", "4", "5"][..]),
        ("bruno", &["2", "1"][..]),
        ("chen", &["4", "2", "3"][..]),
        ("dolores", &["3", "5", "1"][..]),
        ("emil", &["4", "1"][..]),
        ("fatima", &["5", "3", "4"][..]),
    ]
    .into_iter()
    .enumerate()
    {
        let ranked: Vec<String> = ranked.iter().map(|s| s.to_string()).collect();
        ballots::cast(
            c,
            &ctx.person(who)?,
            &id,
            &heading,
            Marks {
                projects: &ranked,
                ..Marks::default()
            },
            start + 21 * DAY + n as i64 * DAY,
        )?;
    }
    let chen = ctx.person("chen")?;
    phases::move_to(c, Some(&chen), &id, Phase::Results, start + 34 * DAY)?;
    phases::move_to(c, Some(&chen), &id, Phase::Finished, start + 40 * DAY)?;
    Ok(())
}

/// Lagomar's squares and parks for 2027, in balloting with points ballots as Aarau ran
/// them: 10 points on at least 3 projects, at most 5 on one.
fn seed_squares(c: &mut DbConn, ctx: &mut DemoContext, now: i64) -> Result<(), AppError> {
    let start = now - 20 * DAY;
    let dates = [
        (Phase::AcceptingProposals, start, start + 12 * DAY),
        (Phase::Balloting, start + 12 * DAY, now + 10 * DAY),
        (Phase::Results, now + 10 * DAY, now + 20 * DAY),
        (Phase::Finished, now + 20 * DAY, now + 365 * DAY),
    ];
    let (id, heading) = small(
        c,
        ctx,
        &Small {
            title: "Squares and parks 2027",
            description: "80 000 for the city's squares and parks. You have 10 points: give \
                          them to at least three projects, at most 5 to one.",
            heading: ("Squares and parks", "80000"),
            style: "points",
            min_projects: Some(3),
            max_projects: None,
            points: (Some(10), Some(5)),
            min_share: None,
            rule: model::DEFAULT_RULE,
            dates: &dates,
            projects: &[
                (
                    "fatima",
                    "Shade sails over the Piazza del Mercato playground",
                    "18000",
                ),
                ("amara", "Drinking fountains along the seafront", "12000"),
                ("emil", "A community tool shed in Borgo Alto park", "9000"),
                (
                    "dolores",
                    "Benches and lighting on the Old Town steps",
                    "24000",
                ),
                ("bruno", "A dog run in the Harbour gardens", "15000"),
                (
                    "chen",
                    "Wildflower meadow instead of lawn at the ring road",
                    "7000",
                ),
                ("bruno", "Water fountains on the promenade", "10000"),
            ],
            merge: Some((
                6,
                1,
                "The same fountains on the same seafront as project 2, which costs them \
                 with their plumbing.",
            )),
            group: None,
        },
    )?;
    for (n, (who, given)) in [
        ("amara", &[("2", 5), ("1", 3), ("6", 2)][..]),
        ("bruno", &[("5", 4), ("4", 3), ("3", 3)][..]),
        ("dolores", &[("4", 5), ("1", 3), ("2", 2)][..]),
        ("emil", &[("3", 4), ("6", 3), ("1", 2), ("2", 1)][..]),
    ]
    .into_iter()
    .enumerate()
    {
        let projects: Vec<String> = given.iter().map(|(p, _)| p.to_string()).collect();
        let points: Vec<i64> = given.iter().map(|(_, p)| *p).collect();
        ballots::cast(
            c,
            &ctx.person(who)?,
            &id,
            &heading,
            Marks {
                projects: &projects,
                points: Some(&points),
                ranks: None,
            },
            start + 13 * DAY + n as i64 * DAY,
        )?;
    }
    Ok(())
}

/// Casts each person's online ballot under `heading`, one a day from `from`.
fn cast_daily(
    c: &mut DbConn,
    ctx: &mut DemoContext,
    id: &str,
    heading: &str,
    cast: &[(&str, &[&str])],
    from: i64,
) -> Result<(), AppError> {
    for (n, (who, chosen)) in cast.iter().enumerate() {
        let chosen: Vec<String> = chosen.iter().map(|s| s.to_string()).collect();
        let marks = Marks {
            projects: &chosen,
            ..Marks::default()
        };
        ballots::cast(
            c,
            &ctx.person(who)?,
            id,
            heading,
            marks,
            from + n as i64 * DAY,
        )?;
    }
    Ok(())
}

/// Lagomar's reading rooms for 2027, in balloting with knapsack ballots that must spend at
/// least half of the amount (as Warsaw asks), so that no ballot funds one small project
/// only.
fn seed_reading(c: &mut DbConn, ctx: &mut DemoContext, now: i64) -> Result<(), AppError> {
    let start = now - 18 * DAY;
    let dates = [
        (Phase::AcceptingProposals, start, start + 10 * DAY),
        (Phase::Balloting, start + 10 * DAY, now + 12 * DAY),
        (Phase::Results, now + 12 * DAY, now + 20 * DAY),
        (Phase::Finished, now + 20 * DAY, now + 365 * DAY),
    ];
    let (id, heading) = small(
        c,
        ctx,
        &Small {
            title: "Reading rooms 2027",
            description: "40 000 for the city's libraries and reading rooms. Choose projects up to \
                          the amount, and spend at least half of it: a ballot funding one \
                          small project only is not enough.",
            heading: ("Libraries and reading rooms", "40000"),
            style: "knapsack",
            min_projects: Some(1),
            max_projects: None,
            points: (None, None),
            min_share: Some(50),
            rule: model::DEFAULT_RULE,
            dates: &dates,
            projects: &[
                (
                    "dolores",
                    "Longer evening hours at the Old Town library",
                    "16000",
                ),
                ("amara", "A reading corner on the Harbour ferry", "6000"),
                (
                    "fatima",
                    "Audiobooks and players for the care homes",
                    "9000",
                ),
                (
                    "emil",
                    "Study desks with sockets in the Borgo Alto library",
                    "12000",
                ),
                ("bruno", "A little free library at each tram stop", "5000"),
            ],
            merge: None,
            group: None,
        },
    )?;
    let cast = [
        ("amara", &["2", "1", "5"][..]),
        ("bruno", &["5", "4", "3"][..]),
        ("dolores", &["1", "3"][..]),
        ("emil", &["4", "2", "5"][..]),
        ("fatima", &["3", "1", "2", "5"][..]),
    ];
    cast_daily(c, ctx, &id, &heading, &cast, start + 11 * DAY)
}

fn plan(dates: &[(Phase, i64, i64)]) -> Vec<PlannedPhase> {
    Phase::ALL
        .iter()
        .map(|&phase| {
            let d = dates.iter().find(|d| d.0 == phase);
            PlannedPhase {
                phase,
                enabled: d.is_some(),
                starts_at: d.map(|d| d.1),
                ends_at: d.map(|d| d.2),
            }
        })
        .collect()
}

/// Lagomar's 2026 budget: three districts and a city-wide heading, twenty projects, a
/// few hundred ballots (online and on paper), finished, with results.
fn seed_2026(c: &mut DbConn, ctx: &mut DemoContext, now: i64) -> Result<(), AppError> {
    let chen = ctx.person("chen")?;
    let start = now - 240 * DAY;
    let dates = [
        (Phase::Informing, start, start + 14 * DAY),
        (
            Phase::AcceptingProposals,
            start + 14 * DAY,
            start + 45 * DAY,
        ),
        (Phase::Reviewing, start + 45 * DAY, start + 65 * DAY),
        (Phase::Valuating, start + 65 * DAY, start + 75 * DAY),
        (Phase::Balloting, start + 75 * DAY, start + 95 * DAY),
        (Phase::ReviewingBallots, start + 95 * DAY, start + 100 * DAY),
        (Phase::Results, start + 100 * DAY, start + 110 * DAY),
        (Phase::Implementation, start + 110 * DAY, start + 200 * DAY),
        (Phase::Finished, start + 200 * DAY, now + 365 * DAY),
    ];
    let loc = service::create(
        c,
        &chen,
        &NewProcess {
            owner: "lagomar-city".into(),
            title: "Lagomar participatory budget 2026".into(),
            description: "800 000 to spend: 400 000 on projects for the whole city and the rest \
                          in the Harbour, the Old Town and Borgo Alto. Anyone who lives in \
                          Lagomar may propose and vote, online or on paper at the library; \
                          the votes are counted by the Method of Equal Shares."
                .into(),
            headings: HEADINGS_2026
                .iter()
                .map(|(name, amount)| NewHeading {
                    name: name.to_string(),
                    amount: amount.to_string(),
                })
                .collect(),
            ballot_style: "knapsack".into(),
            min_projects: Some(1),
            max_projects: None,
            points_total: None,
            max_points: None,
            min_share_percent: None,
            eligibility: "anyone".into(),
            eligible_body: None,
            rule: model::DEFAULT_RULE.into(),
            plan: Some(plan(&dates)),
        },
        start - DAY,
    )?;
    let id = loc.p.id.clone();
    let at = |phase: Phase| dates.iter().find(|d| d.0 == phase).map_or(start, |d| d.1);
    phases::move_to(
        c,
        Some(&chen),
        &id,
        Phase::AcceptingProposals,
        at(Phase::AcceptingProposals),
    )?;
    let headings = store::headings(c, &id)?;
    let mut rows = Vec::new();
    for (n, (h, who, title, description, place, cost, _)) in PROJECTS_2026.iter().enumerate() {
        let p = ctx.person(who)?;
        let row = service::propose(
            c,
            &p,
            &id,
            &NewProject {
                heading: headings[*h].id.clone(),
                title: title.to_string(),
                description: description.to_string(),
                place: place.to_string(),
                cost: cost.to_string(),
                // Amara proposes the libraries of things for the makers, who would run
                // them; Emil the shade trees for the neighbours who asked for them.
                organization: (n == 0).then(|| "makers-lagomar".into()),
                group: (n == 5).then(|| "Neighbours of the harbour walk".into()),
            },
            at(Phase::AcceptingProposals) + (n as i64 + 1) * DAY,
        )?;
        rows.push(row);
    }
    phases::move_to(c, Some(&chen), &id, Phase::Reviewing, at(Phase::Reviewing))?;
    // The covered fish market is the port authority's to build: off the ballot.
    service::review(
        c,
        &chen,
        &id,
        &rows[6].id,
        true,
        "The quay belongs to the port authority, which will build the roof in 2027 \
         with its own funds.",
        at(Phase::Reviewing) + 10 * DAY,
    )?;
    // The city's technical panel valuates the projects whose price or feasibility was in
    // doubt (the others stay at their estimates); valuation ends when balloting opens,
    // and its prices and verdicts are published then.
    valuation::name_panel(
        c,
        &chen,
        &id,
        Some("valuation"),
        at(Phase::Reviewing) + 12 * DAY,
    )?;
    phases::move_to(c, Some(&chen), &id, Phase::Valuating, at(Phase::Valuating))?;
    let amara = ctx.person("amara")?;
    for (k, (n, feasible, price, explanation)) in VALUATIONS_2026.iter().enumerate() {
        valuation::valuate(
            c,
            if k % 2 == 0 { &chen } else { &amara },
            &id,
            &rows[*n].id,
            &NewValuation {
                feasible: *feasible,
                price: price.to_string(),
                explanation: explanation.to_string(),
            },
            at(Phase::Valuating) + (k as i64 + 1) * DAY,
        )?;
    }
    phases::move_to(c, Some(&chen), &id, Phase::Balloting, at(Phase::Balloting))?;
    // The ballot as published: the prices the panel set, without the unfeasible.
    let published = store::projects(c, &id)?;
    let on_ballot = |h: usize| -> Vec<(String, i64, u64)> {
        PROJECTS_2026
            .iter()
            .zip(&rows)
            .filter_map(|((ph, .., liked), r)| {
                let now = published.iter().find(|p| p.id == r.id)?;
                let whole = now.cost.split('.').next()?.parse().ok()?;
                (*ph == h && now.state == "proposed").then(|| (r.number.clone(), whole, *liked))
            })
            .collect()
    };
    let amounts: Vec<i64> = HEADINGS_2026
        .iter()
        .map(|(_, a)| a.parse().unwrap_or(0))
        .collect();
    let mut draw = Draw::new(2026);
    for (n, (who, district)) in ONLINE_2026.iter().enumerate() {
        let p = ctx.person(who)?;
        for h in [0, *district] {
            let chosen = draw_ballot(&mut draw, &on_ballot(h), amounts[h]);
            ballots::cast(
                c,
                &p,
                &id,
                &headings[h].id,
                Marks {
                    projects: &chosen,
                    ..Marks::default()
                },
                at(Phase::Balloting) + (n as i64 + 1) * DAY,
            )?;
        }
    }
    // Two changed their mind before the close.
    for (who, h) in [("bruno", 0), ("dolores", 3)] {
        let p = ctx.person(who)?;
        let chosen = draw_ballot(&mut draw, &on_ballot(h), amounts[h]);
        ballots::cast(
            c,
            &p,
            &id,
            &headings[h].id,
            Marks {
                projects: &chosen,
                ..Marks::default()
            },
            at(Phase::Balloting) + 15 * DAY,
        )?;
    }
    phases::move_to(
        c,
        Some(&chen),
        &id,
        Phase::ReviewingBallots,
        at(Phase::ReviewingBallots),
    )?;
    // The paper ballots, typed in from the polling stations' lists, each station's batch
    // with the count on its tally sheet. Drawn first, in the order they always were, so
    // the count is the one it always was; then two ballots of the market hall whose
    // voters had voted online too, set aside (the online ballot stands).
    let lists: Vec<Vec<Vec<String>>> = PAPER_2026
        .iter()
        .enumerate()
        .map(|(h, count)| {
            (0..*count)
                .map(|_| draw_ballot(&mut draw, &on_ballot(h), amounts[h]))
                .collect()
        })
        .collect();
    let twice: Vec<(&str, Vec<String>)> = ["amara", "bruno"]
        .into_iter()
        .map(|who| (who, draw_ballot(&mut draw, &on_ballot(0), amounts[0])))
        .collect();
    for (h, list) in lists.into_iter().enumerate() {
        let stations = PAPER_STATIONS_2026[h];
        let mut lines = Vec::new();
        let mut from = 0;
        for (k, (station, read, declared)) in stations.iter().enumerate() {
            for (i, chosen) in list[from..from + read].iter().enumerate() {
                lines.push(paper::PaperLine {
                    line: lines.len() + 2,
                    chosen: chosen.clone(),
                    voter: None,
                    station: Some(station.to_string()),
                    serial: Some(format!("{}-{}{:03}", h + 1, k + 1, i + 1)),
                    declared: Some(*declared),
                });
            }
            from += read;
        }
        if h == 0 {
            for (i, (who, chosen)) in twice.iter().enumerate() {
                lines.push(paper::PaperLine {
                    line: lines.len() + 2,
                    chosen: chosen.clone(),
                    voter: Some(format!("@{who}")),
                    station: Some(stations[1].0.to_string()),
                    serial: Some(format!("1-2{:03}", stations[1].1 + i + 1)),
                    declared: Some(stations[1].2),
                });
            }
        }
        // A station whose lines differ from its tally sheet is accepted with the reason.
        let mismatch = stations.iter().any(|(station, _, declared)| {
            lines
                .iter()
                .filter(|l| l.station.as_deref() == Some(*station))
                .count() as i64
                != *declared
        });
        paper::record_paper(
            c,
            &chen,
            &id,
            &headings[h].id,
            &lines,
            &paper::Tally {
                accept_mismatch: mismatch,
                reason: mismatch.then(|| PAPER_MISMATCH_2026.to_string()),
                ..paper::Tally::default()
            },
            at(Phase::ReviewingBallots) + DAY + h as i64 * 3_600_000,
        )?;
    }
    for phase in [Phase::Results, Phase::Implementation] {
        phases::move_to(c, Some(&chen), &id, phase, at(phase))?;
    }
    // The organisers took one funded project out, with their reason on the results page:
    // the count still funds it; what is built does not include it.
    let loc = service::require_process(c, &id)?;
    let first = &headings[0];
    let instance = count::instance(c, &loc, first)?;
    let counted = count::count(&instance, Asked::of(model::rule(model::DEFAULT_RULE)?))?;
    if let Some(row) = counted.outcome.selected.last().and_then(|n| {
        rows.iter()
            .find(|r| r.heading_id == first.id && r.number == *n)
    }) {
        super::overrides::record(
            c,
            &chen,
            &id,
            &row.id,
            false,
            "The land survey after the vote found the site belongs to the port authority, which will not lease it; the project will be proposed again next year on another site.",
            at(Phase::Implementation) + 2 * DAY,
        )?;
    }
    // The Harbour's first funded project is under way, with two milestones.
    let harbour = &headings[1];
    let instance = count::instance(c, &loc, harbour)?;
    let counted = count::count(&instance, Asked::of(model::rule(model::DEFAULT_RULE)?))?;
    // The shade trees when they were funded (their milestones speak of trees), else the
    // first funded project of the harbour.
    let funded: Vec<&store::ProjectRow> = counted
        .outcome
        .selected
        .iter()
        .filter_map(|n| {
            rows.iter()
                .find(|r| r.heading_id == harbour.id && r.number == *n)
        })
        .collect();
    let trees = funded
        .iter()
        .find(|r| r.title == PROJECTS_2026[5].2)
        .or(funded.first());
    if let Some(row) = trees {
        let began = at(Phase::Implementation) + 12 * DAY;
        for (when, percent, title, description) in [
            (
                began,
                10,
                "Works began",
                "The site is fenced and the first holes are dug.",
            ),
            (
                began + 35 * DAY,
                40,
                "The first trees are planted",
                "Sixteen of the forty trees are in, with their benches.",
            ),
        ] {
            progress::record(
                c,
                &chen,
                &id,
                &row.id,
                &NewProgress {
                    status: "under_way".into(),
                    progress: percent,
                    milestone: Some(NewMilestone {
                        on: day_of(when),
                        title: title.into(),
                        description: description.into(),
                        link: String::new(),
                    }),
                },
                when,
            )?;
        }
        // Its proposer keeps the planting plans, species and watering rota with the
        // city's open data on public spaces.
        let proposer = PROJECTS_2026
            .iter()
            .find(|p| p.2 == row.title)
            .map_or("chen", |p| p.1);
        let proposer = ctx.person(proposer)?;
        super::documentation::link(
            c,
            &proposer,
            &id,
            &row.id,
            "lagomar-open-data",
            began + 36 * DAY,
        )?;
    }
    phases::move_to(c, Some(&chen), &id, Phase::Finished, at(Phase::Finished))?;
    Ok(())
}

/// The panel's valuations of the 2026 projects: the project's place in `PROJECTS_2026`,
/// feasible, price, explanation.
const VALUATIONS_2026: &[(usize, bool, &str, &str)] = &[
    (
        1,
        true,
        "172500",
        "The bus company quoted 172 500 for both lines for a year, drivers and fuel included.",
    ),
    (
        2,
        true,
        "226000",
        "Two of the three roofs must be reinforced before panels can go on them.",
    ),
    (
        7,
        false,
        "",
        "The old breakwater is a listed monument: the heritage office allows no fixings in its \
         stone. The panel suggests steps from the new pier next year.",
    ),
    (
        9,
        true,
        "12800",
        "The ferry company lends the shelter; only the racks need buying.",
    ),
];

/// The day (UTC) of an instant, YYYY-MM-DD.
fn day_of(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// Lagomar's 2027 budget for schools and young people, in its balloting phase.
fn seed_2027(c: &mut DbConn, ctx: &mut DemoContext, now: i64) -> Result<(), AppError> {
    let chen = ctx.person("chen")?;
    let start = now - 40 * DAY;
    let dates = [
        (Phase::AcceptingProposals, start, start + 20 * DAY),
        (Phase::Reviewing, start + 20 * DAY, start + 37 * DAY),
        (Phase::Balloting, start + 37 * DAY, now + 14 * DAY),
        (Phase::Results, now + 14 * DAY, now + 30 * DAY),
        (Phase::Finished, now + 30 * DAY, now + 365 * DAY),
    ];
    let loc = service::create(
        c,
        &chen,
        &NewProcess {
            owner: "lagomar-city".into(),
            title: "Schools and young people 2027".into(),
            description: "150 000 for what pupils and young people ask for: choose up to \
                          three projects on your side of the river, and up to three for the \
                          whole city. Open to residents from age 12 listed in the city's \
                          census: claim your entry with your resident card number."
                .into(),
            headings: vec![
                NewHeading {
                    name: "North of the river".into(),
                    amount: "60000".into(),
                },
                NewHeading {
                    name: "South of the river".into(),
                    amount: "60000".into(),
                },
                NewHeading {
                    name: "Whole city".into(),
                    amount: "30000".into(),
                },
            ],
            ballot_style: "approval".into(),
            min_projects: Some(1),
            max_projects: Some(3),
            points_total: None,
            max_points: None,
            min_share_percent: None,
            eligibility: "census".into(),
            eligible_body: None,
            rule: model::DEFAULT_RULE.into(),
            plan: Some(plan(&dates)),
        },
        start - DAY,
    )?;
    let id = loc.p.id.clone();
    let headings = store::headings(c, &id)?;
    // The census: who lives on which side of the river, with their birth dates; one's own
    // side and the whole city, no other district. Some demo people claim their entry.
    census::set_rules(
        c,
        &chen,
        &id,
        &census::NewVoterRules {
            min_age: Some(12),
            other_districts: Some(0),
            citywide: Some(headings[2].id.clone()),
        },
        start - DAY,
    )?;
    let residents: &[(&str, &str, usize, Option<&str>)] = &[
        ("LG-204 118", "1991-03-14", 0, Some("amara")),
        ("LG-311 905", "1988-11-02", 0, Some("emil")),
        ("LG-120 447", "1979-07-21", 0, Some("fatima")),
        ("LG-402 613", "1983-01-30", 1, Some("dolores")),
        ("LG-518 260", "1995-09-09", 1, Some("bruno")),
        ("LG-233 871", "2012-05-18", 0, None),
        ("LG-640 092", "2013-10-04", 1, None),
        ("LG-377 514", "2016-02-27", 1, None),
        ("LG-109 336", "1954-12-12", 0, None),
        ("LG-455 780", "2009-08-15", 1, None),
        ("LG-268 049", "2001-04-01", 0, None),
        ("LG-592 127", "1967-06-23", 1, None),
    ];
    let mut csv = String::from("id;birth_date;district\n");
    for (card, born, side, _) in residents {
        csv.push_str(&format!("{card};{born};{}\n", headings[*side].name));
    }
    census::import(c, &chen, &id, &csv, start)?;
    for (n, (card, _, _, who)) in residents.iter().enumerate() {
        if let Some(who) = who {
            census::claim(
                c,
                &ctx.person(who)?,
                &id,
                card,
                start + n as i64 * 3_600_000,
            )?;
        }
    }
    let projects: &[(usize, &str, &str, &str)] = &[
        (2, "chen", "Free bus passes for school trips", "12000"),
        (0, "fatima", "A school vegetable garden", "18000"),
        (0, "emil", "Coding club laptops", "25000"),
        (0, "amara", "Music room soundproofing", "30000"),
        (1, "dolores", "Climbing wall in the gym", "22000"),
        (1, "bruno", "Bike repair corner at the high school", "9000"),
        (1, "chen", "Study room open in the evenings", "35000"),
    ];
    for (n, (h, who, title, cost)) in projects.iter().enumerate() {
        let p = ctx.person(who)?;
        service::propose(
            c,
            &p,
            &id,
            &NewProject {
                heading: headings[*h].id.clone(),
                title: title.to_string(),
                description: String::new(),
                place: String::new(),
                cost: cost.to_string(),
                organization: None,
                group: None,
            },
            start + (n as i64 + 1) * DAY,
        )?;
    }
    phases::move_to(c, Some(&chen), &id, Phase::Reviewing, start + 20 * DAY)?;
    phases::move_to(c, Some(&chen), &id, Phase::Balloting, start + 37 * DAY)?;
    for (who, h, chosen) in [
        ("amara", 0, &["2", "4"][..]),
        ("amara", 2, &["1"][..]),
        ("emil", 0, &["3"][..]),
        ("dolores", 1, &["5", "6"][..]),
        ("bruno", 2, &["1"][..]),
    ] {
        let p = ctx.person(who)?;
        let chosen: Vec<String> = chosen.iter().map(|s| s.to_string()).collect();
        let marks = Marks {
            projects: &chosen,
            ..Marks::default()
        };
        ballots::cast(c, &p, &id, &headings[h].id, marks, now - DAY)?;
    }
    // Paper ballots from the school library's box, by census card: Fatima's counts on her
    // side (signed in, she is told so and offered no form there); a card from the near
    // side voting across the river is set aside under the district rule, as at the count.
    for (h, cards) in [
        (0, &[("LG-120 447", "2"), ("LG-109 336", "3")][..]),
        (1, &[("LG-592 127", "5"), ("LG-268 049", "6")][..]),
    ] {
        let lines: Vec<paper::PaperLine> = cards
            .iter()
            .enumerate()
            .map(|(i, (card, chosen))| paper::PaperLine {
                line: i + 2,
                chosen: vec![chosen.to_string()],
                voter: Some(card.to_string()),
                station: Some("School library".into()),
                serial: Some(format!("SL-{}{:02}", h + 1, i + 1)),
                declared: Some(cards.len() as i64),
            })
            .collect();
        paper::record_paper(
            c,
            &chen,
            &id,
            &headings[h].id,
            &lines,
            &paper::Tally::default(),
            now - DAY / 2,
        )?;
    }
    Ok(())
}
