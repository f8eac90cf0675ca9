//! Demo bodies: the makers' association's general assembly adopts Saturday opening by
//! consent, elects the three seats of its board (terms of a year, candidates nominated
//! first) by Scottish STV with secret ballots and receipts,
//! runs an open Schulze poll on its next machine, and has a motion on the yearly fee still
//! open for visitors to see; its rulebook sets a spending limit of 100.00 EUR, and its
//! decision 5, still open, would authorise paying the laser lens (expense 3 of the
//! makers' treasury, 120.00 EUR); the assembly's rulebook lets each member hold two
//! proxies: Emil's standing delegation to Dolores, accepted, counts for him in decision 6
//! (a first-aid kit, decided while he was away), and Fatima's to Amara waits for Amara's
//! answer; the repair café's working group chooses next month's repairs by approval. Seeded through the same flows as real use, so the journal, the outcomes
//! and the ballot files are what real use would leave.

use super::model::{
    Amount, Authorises, BallotInput, ElectedSeats, NewDecision, RulesInput, SeatRule,
};
use super::service::{self, BodyCtx, NewBody};
use super::{ballots, closing, decisions, delegations, elections};
use crate::db::{DbConn, now_ms};
use crate::error::AppError;
use crate::seed::DemoContext;
use commonfare_decide::body::motion::Quorum;

const MAKERS: &str = "makers-lagomar";
const REPAIR: &str = "repair-tuesday";

fn rank(ids: &[&str]) -> BallotInput {
    BallotInput {
        ranking: Some(ids.iter().map(|s| s.to_string()).collect()),
        ..Default::default()
    }
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// Drafts, opens, lets each `(voter, ballot)` vote and closes a decision, as its opener.
fn decide(
    c: &mut DbConn,
    ctx: &mut DemoContext,
    body: &BodyCtx,
    opener: &str,
    input: NewDecision,
    ballots: Vec<(&str, BallotInput)>,
    close: bool,
) -> Result<(), AppError> {
    let opener = ctx.person(opener)?;
    let d = decisions::draft(c, &opener, body, &input)?;
    decisions::open(c, &opener, &d.d.id)?;
    for (voter, ballot) in ballots {
        ballots::cast(c, &ctx.person(voter)?, &d.d.id, &ballot)?;
    }
    if close {
        closing::close(c, Some(&opener), &d.d.id)?;
    }
    Ok(())
}

/// Seeds the demo bodies; needs the demo people and organizations seeded before it.
pub fn seed(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    let amara = ctx.person("amara")?;
    let assembly = service::create_body(
        c,
        &amara,
        MAKERS,
        &NewBody {
            slug: "assembly".into(),
            name: "General assembly".into(),
            kind: "general_assembly".into(),
            rules: RulesInput {
                default_method: Some("consent".into()),
                quorum: Some(Quorum::Fraction {
                    numerator: 1,
                    denominator: 2,
                }),
                // Occupy's rule: spending over 100 needs the general assembly.
                spending_limit: Some(Some(Amount {
                    amount: "100.00".into(),
                    currency: "EUR".into(),
                })),
                proxies: Some(2),
                ..Default::default()
            },
        },
    )?;
    let consent = |r: &str, reason: &str| BallotInput {
        response: Some(r.into()),
        reason: (!reason.is_empty()).then(|| reason.to_string()),
        ..Default::default()
    };
    let week = now_ms() + 7 * 24 * 3600 * 1000;
    decide(
        c,
        ctx,
        &assembly,
        "dolores",
        NewDecision {
            title: "Open the makerspace on Saturday mornings, 9 to 12".into(),
            description: "Dolores and Emil take turns with the keys; the laser cutter \
                          needs a trained person in the room."
                .into(),
            method: Some("consent".into()),
            closes_at: Some(week),
            ..Default::default()
        },
        vec![
            ("amara", consent("consent", "")),
            ("dolores", consent("consent", "")),
            (
                "fatima",
                consent("concern", "Who cleans up after the Saturday session?"),
            ),
            ("emil", consent("consent", "")),
        ],
        true,
    )?;
    // The board's three seats are elected for a year; the assembly elects them. Members
    // stand or nominate one another (Emil, nominated by Amara, accepts); the election
    // opens with the four candidates (by handle: amara 1, dolores 2, emil 3, fatima 4).
    let board = service::create_body(
        c,
        &amara,
        MAKERS,
        &NewBody {
            slug: "board".into(),
            name: "Board".into(),
            kind: "board".into(),
            rules: RulesInput {
                seats: Some(SeatRule::Elected),
                elected: Some(ElectedSeats {
                    count: 3,
                    term_days: 365,
                }),
                default_method: Some("consent".into()),
                ..Default::default()
            },
        },
    )?;
    let election = decisions::draft(
        c,
        &amara,
        &assembly,
        &NewDecision {
            title: "Elect the board for 2027".into(),
            description: "Three seats for a year, counted by Scottish STV. Ballots are \
                          secret: each voter gets a receipt to find among the published \
                          hashes."
                .into(),
            method: Some("stv-scottish".into()),
            seats: Some(3),
            secrecy: Some("secret".into()),
            closes_at: Some(week),
            fills: Some(board.body.slug.clone()),
            nominations_close_at: Some(now_ms() + 3 * 24 * 3600 * 1000),
            ..Default::default()
        },
    )?;
    let id = election.d.id.clone();
    let dolores = ctx.person("dolores")?;
    let emil = ctx.person("emil")?;
    let fatima = ctx.person("fatima")?;
    elections::nominate(
        c,
        &amara,
        &id,
        "amara",
        "Two years as treasurer; I would like to hand the keys of the accounts over \
         carefully.",
    )?;
    elections::nominate(
        c,
        &dolores,
        &id,
        "dolores",
        "I open on Saturdays and want the board to hear the newer members.",
    )?;
    elections::nominate(
        c,
        &amara,
        &id,
        "emil",
        "Emil trained half of us on the laser cutter.",
    )?;
    elections::answer(
        c,
        &emil,
        &id,
        true,
        Some("I will stand: safety training and the machines' upkeep are my focus."),
    )?;
    elections::nominate(
        c,
        &fatima,
        &id,
        "fatima",
        "The repair café and the makerspace should plan together.",
    )?;
    decisions::open(c, &amara, &id)?;
    for (voter, ballot) in [
        ("amara", rank(&["2", "1", "4"])),
        ("dolores", rank(&["1", "3"])),
        ("fatima", rank(&["2", "4"])),
        ("emil", rank(&["3", "1", "4", "2"])),
    ] {
        ballots::cast(c, &ctx.person(voter)?, &id, &ballot)?;
    }
    closing::close(c, Some(&amara), &id)?;
    decide(
        c,
        ctx,
        &assembly,
        "emil",
        NewDecision {
            title: "Which machine do we buy next?".into(),
            method: Some("schulze".into()),
            options: names(&[
                "Second 3D printer",
                "CNC router",
                "Sewing machines",
                "Laser cutter upgrade",
            ]),
            secrecy: Some("open".into()),
            closes_at: Some(week),
            ..Default::default()
        },
        vec![
            ("amara", rank(&["2", "4", "1", "3"])),
            ("dolores", rank(&["4", "2", "1"])),
            ("fatima", rank(&["3", "1", "2", "4"])),
            ("emil", rank(&["2", "1", "4", "3"])),
        ],
        true,
    )?;
    let vote = |v: &str| BallotInput {
        vote: Some(v.into()),
        ..Default::default()
    };
    decide(
        c,
        ctx,
        &assembly,
        "amara",
        NewDecision {
            title: "Raise the yearly membership fee from 20 € to 30 €".into(),
            description: "The laser tube and the insurance went up; the fee has not \
                          changed since 2022."
                .into(),
            method: Some("motion".into()),
            secrecy: Some("anonymous".into()),
            closes_at: Some(now_ms() + 14 * 24 * 3600 * 1000),
            ..Default::default()
        },
        vec![("amara", vote("yes")), ("fatima", vote("abstain"))],
        false,
    )?;
    // Decision 5 of the assembly: the laser cutter's lens (expense 3 of the makers'
    // treasury, 120.00 EUR) is above the assembly's spending limit, so its payment waits
    // for this motion, still open.
    decide(
        c,
        ctx,
        &assembly,
        "fatima",
        NewDecision {
            title: "Pay 120 € for the laser cutter's replacement lens".into(),
            description: "The lens cracked during the workshop and the machine is blocked \
                          until it is replaced. The quote is attached to expense 3 of our \
                          treasury; it is above the 100 € the assembly must approve."
                .into(),
            method: Some("motion".into()),
            secrecy: Some("open".into()),
            closes_at: Some(now_ms() + 5 * 24 * 3600 * 1000),
            authorises: Some(Authorises {
                treasury: MAKERS.into(),
                expense: 3,
                amount: "120.00".into(),
                currency: "EUR".into(),
            }),
            ..Default::default()
        },
        vec![("fatima", vote("yes")), ("amara", vote("yes"))],
        false,
    )?;
    // Emil is away for the summer: his standing delegation to Dolores, which she accepted,
    // counts as a copy of her ballot in decision 6, which he does not vote on. Fatima's
    // delegation to Amara waits for Amara's answer.
    delegations::offer(c, &emil, &assembly, "dolores")?;
    delegations::answer(c, &dolores, &assembly, "emil", true)?;
    delegations::offer(c, &fatima, &assembly, "amara")?;
    decide(
        c,
        ctx,
        &assembly,
        "dolores",
        NewDecision {
            title: "Buy a first-aid kit and a fire blanket for the workshop".into(),
            description: "The insurer asks for both next to the laser cutter; about 60 €, \
                          below the spending limit."
                .into(),
            method: Some("motion".into()),
            secrecy: Some("open".into()),
            closes_at: Some(week),
            ..Default::default()
        },
        vec![
            ("dolores", vote("yes")),
            ("amara", vote("yes")),
            ("fatima", vote("abstain")),
        ],
        true,
    )?;

    let fatima = ctx.person("fatima")?;
    let bruno = ctx.person("bruno")?;
    let group = service::create_body(
        c,
        &fatima,
        REPAIR,
        &NewBody {
            slug: "workshop".into(),
            name: "Workshop group".into(),
            kind: "working_group".into(),
            rules: RulesInput {
                seats: Some(SeatRule::Named),
                named: Some(vec![fatima.handle.clone(), bruno.handle.clone()]),
                default_method: Some("approval".into()),
                ..Default::default()
            },
        },
    )?;
    let approve = |ids: &[&str]| BallotInput {
        approve: Some(names(ids)),
        ..Default::default()
    };
    decide(
        c,
        ctx,
        &group,
        "fatima",
        NewDecision {
            title: "Which repairs do we learn next month?".into(),
            method: Some("approval".into()),
            options: names(&[
                "Coffee machines",
                "Bicycle gears",
                "Laptop screens",
                "Lamps and cables",
            ]),
            max_approvals: Some(2),
            closes_at: Some(week),
            ..Default::default()
        },
        vec![
            ("fatima", approve(&["1", "4"])),
            ("bruno", approve(&["2", "4"])),
        ],
        true,
    )?;

    // The city's technical valuation panel: it says which projects of the participatory
    // budgets can be built and at what price (the 2026 budget names it as its panel).
    let chen = ctx.person("chen")?;
    service::create_body(
        c,
        &chen,
        "lagomar-city",
        &NewBody {
            slug: "valuation".into(),
            name: "Technical valuation panel".into(),
            kind: "valuation_panel".into(),
            rules: RulesInput {
                seats: Some(SeatRule::Named),
                named: Some(vec![chen.handle.clone(), "amara".into()]),
                default_method: Some("consent".into()),
                ..Default::default()
            },
        },
    )?;
    Ok(())
}
