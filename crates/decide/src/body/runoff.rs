//! Instant-runoff voting (the alternative vote): single winner, repeated elimination.
//!
//! Each round a ballot counts for its highest-ranked candidate still in the count. A
//! candidate with more than half of the votes still in play (ballots with a continuing
//! preference) wins; otherwise the candidate with the fewest votes is eliminated. A tie
//! for fewest is broken by the most recent earlier round in which the tied candidates
//! had unequal votes (fewest there is eliminated), and failing that by the tie-break
//! policy. Rankings must be strict.

use super::ballot::{Profile, Ranking};
use super::error::BodyError;
use super::outcome::{Explanation, Outcome, Round, Tally};
use super::ties::{self, Want};
use crate::TieBreak;

pub fn instant_runoff(profile: &Profile<Ranking>, tie: &TieBreak) -> Result<Outcome, BodyError> {
    profile.require_strict("instant-runoff")?;
    let n = profile.candidates().len();
    let prefs: Vec<(Vec<usize>, u64)> = profile
        .ballots()
        .iter()
        .map(|b| (b.choice.ranked().collect(), b.weight))
        .collect();
    let mut continuing = vec![true; n];
    let mut history: Vec<Vec<u64>> = Vec::new();
    let mut rounds = Vec::new();
    let mut eliminated_order = Vec::new();
    loop {
        let mut votes = vec![0u64; n];
        let mut exhausted = 0u64;
        for (ranking, w) in &prefs {
            match ranking.iter().find(|&&c| continuing[c]) {
                Some(&c) => votes[c] += w,
                None => exhausted += w,
            }
        }
        let active: Vec<usize> = (0..n).filter(|&c| continuing[c]).collect();
        let in_play: u64 = active.iter().map(|&c| votes[c]).sum();
        let mut tallies: Vec<Tally> = active
            .iter()
            .map(|&c| Tally::new(ties::label(profile, c), votes[c]))
            .collect();
        tallies.push(Tally::new("exhausted", exhausted));
        let mut round = Round {
            title: format!("Round {}", rounds.len() + 1),
            tallies,
            events: vec![],
        };
        history.push(votes.clone());
        let top = active.iter().map(|&c| votes[c]).max().unwrap_or(0);
        let leaders: Vec<usize> = active
            .iter()
            .copied()
            .filter(|&c| votes[c] == top)
            .collect();
        if active.len() == 1 || (leaders.len() == 1 && 2 * u128::from(top) > u128::from(in_play)) {
            let winner = if active.len() == 1 {
                active[0]
            } else {
                leaders[0]
            };
            round.events.push(if active.len() == 1 {
                format!(
                    "{} is the last candidate standing and wins.",
                    ties::label(profile, winner)
                )
            } else {
                format!(
                    "{} has {top} of {in_play} votes in play, more than half, and wins.",
                    ties::label(profile, winner)
                )
            });
            rounds.push(round);
            let mut ranking = vec![vec![profile.id(winner).to_string()]];
            let mut rest: Vec<usize> = active.iter().copied().filter(|&c| c != winner).collect();
            rest.sort_by(|&a, &b| {
                votes[b]
                    .cmp(&votes[a])
                    .then_with(|| tie.compare(profile.id(a), profile.id(b)))
            });
            ranking.extend(rest.iter().map(|&c| vec![profile.id(c).to_string()]));
            ranking.extend(
                eliminated_order
                    .iter()
                    .rev()
                    .map(|&c: &usize| vec![profile.id(c).to_string()]),
            );
            return Ok(Outcome {
                method: "irv".into(),
                winners: vec![profile.id(winner).to_string()],
                ranking,
                tie_break: *tie,
                explanation: Explanation {
                    summary: vec![
                        "Instant-runoff: each round the candidate with the fewest votes is eliminated until one has more than half of the votes in play.".into(),
                    ],
                    rounds,
                    matrices: vec![],
                },
            });
        }
        let low = active.iter().map(|&c| votes[c]).min().unwrap_or(0);
        let lowest: Vec<usize> = active
            .iter()
            .copied()
            .filter(|&c| votes[c] == low)
            .collect();
        let out = if lowest.len() == 1 {
            lowest[0]
        } else if let Some(c) =
            ties::by_prior_stages(&history[..history.len() - 1], &lowest, Want::Lowest)
        {
            round.events.push(format!(
                "Tie for fewest votes; {} had fewest at the latest earlier round where they differed.",
                ties::label(profile, c)
            ));
            c
        } else {
            let c = ties::eliminate(profile, tie, &lowest);
            round.events.push(format!(
                "Tie for fewest votes between {}; broken by the tie-break policy.",
                lowest
                    .iter()
                    .map(|&c| ties::label(profile, c))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            c
        };
        round.events.push(format!(
            "{} is eliminated with {low} votes.",
            ties::label(profile, out)
        ));
        rounds.push(round);
        continuing[out] = false;
        eliminated_order.push(out);
    }
}
