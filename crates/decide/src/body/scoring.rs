//! Rules that add up points per candidate and elect the highest totals: plurality
//! (choose-one), approval, score (range), cumulative (dot) voting and Borda.
//!
//! With `seats` = k the k highest totals win; equal totals are ordered by the tie-break
//! policy, and the explanation says when the policy decided a seat.

use super::ballot::{Approval, ChooseOne, Points, Profile, Ranking};
use super::error::BodyError;
use super::outcome::{Explanation, Outcome, Round, Tally};
use super::ties;
use crate::TieBreak;

/// Builds the outcome of a points rule from exact totals.
fn totals_outcome<T>(
    method: &str,
    profile: &Profile<T>,
    totals: &[u128],
    seats: usize,
    tie: &TieBreak,
    summary: Vec<String>,
) -> Result<Outcome, BodyError> {
    let n = profile.candidates().len();
    if seats == 0 || seats > n {
        return Err(BodyError::parameter(format!(
            "seats must be between 1 and the number of candidates ({n}), not {seats}"
        )));
    }
    let (order, groups) = ties::order_by_score(profile, tie, totals);
    let winners: Vec<usize> = order[..seats].to_vec();
    let mut events = Vec::new();
    if seats < n && totals[order[seats - 1]] == totals[order[seats]] {
        let tied: Vec<String> = order
            .iter()
            .filter(|&&c| totals[c] == totals[order[seats - 1]])
            .map(|&c| ties::label(profile, c))
            .collect();
        events.push(format!(
            "Tie at {} between {}: broken by the tie-break policy.",
            totals[order[seats - 1]],
            tied.join(", ")
        ));
    }
    events.push(format!(
        "Elected: {}",
        winners
            .iter()
            .map(|&c| ties::label(profile, c))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let round = Round {
        title: "Totals".into(),
        tallies: order
            .iter()
            .map(|&c| Tally::new(ties::label(profile, c), totals[c]))
            .collect(),
        events,
    };
    Ok(Outcome {
        method: method.into(),
        winners: ties::ids(profile, &winners),
        ranking: ties::id_groups(profile, &groups),
        tie_break: *tie,
        explanation: Explanation {
            summary,
            rounds: vec![round],
            matrices: vec![],
        },
    })
}

/// Plurality: each ballot gives its weight to its one chosen candidate.
pub fn plurality(
    profile: &Profile<ChooseOne>,
    seats: usize,
    tie: &TieBreak,
) -> Result<Outcome, BodyError> {
    let mut totals = vec![0u128; profile.candidates().len()];
    for b in profile.ballots() {
        totals[b.choice.0] += u128::from(b.weight);
    }
    totals_outcome(
        "plurality",
        profile,
        &totals,
        seats,
        tie,
        vec!["Each ballot counts for the one candidate it chooses.".into()],
    )
}

/// Plurality over rankings: a ballot counts for its top-ranked candidate; ballots whose
/// top group holds several candidates are rejected (they choose more than one).
pub fn plurality_of_rankings(
    profile: &Profile<Ranking>,
    seats: usize,
    tie: &TieBreak,
) -> Result<Outcome, BodyError> {
    let mut totals = vec![0u128; profile.candidates().len()];
    for (i, b) in profile.ballots().iter().enumerate() {
        match b.choice.0.first().map(Vec::as_slice) {
            Some([c]) => totals[*c] += u128::from(b.weight),
            Some([]) | None => {}
            Some(_) => {
                return Err(BodyError::ballot(
                    i,
                    "ranks several candidates first, so it has no single first choice",
                ));
            }
        }
    }
    totals_outcome(
        "plurality",
        profile,
        &totals,
        seats,
        tie,
        vec!["Each ballot counts for its first choice; empty ballots count for nobody.".into()],
    )
}

/// Approval: each ballot gives its weight to every candidate it approves.
pub fn approval(
    profile: &Profile<Approval>,
    seats: usize,
    tie: &TieBreak,
) -> Result<Outcome, BodyError> {
    let mut totals = vec![0u128; profile.candidates().len()];
    for b in profile.ballots() {
        for &c in &b.choice.0 {
            totals[c] += u128::from(b.weight);
        }
    }
    totals_outcome(
        "approval",
        profile,
        &totals,
        seats,
        tie,
        vec!["Each ballot counts once for every candidate it approves.".into()],
    )
}

/// Score (range) voting: each ballot gives each candidate 0..=`max_score` points, times
/// its weight; the highest total wins. A score above `max_score` is an error naming the
/// ballot.
pub fn score(
    profile: &Profile<Points>,
    max_score: u64,
    seats: usize,
    tie: &TieBreak,
) -> Result<Outcome, BodyError> {
    let mut totals = vec![0u128; profile.candidates().len()];
    for (i, b) in profile.ballots().iter().enumerate() {
        for &(c, s) in &b.choice.0 {
            if s > max_score {
                return Err(BodyError::ballot(
                    i,
                    format!(
                        "gives {s} to {}, above the maximum score {max_score}",
                        profile.id(c)
                    ),
                ));
            }
            totals[c] += u128::from(s) * u128::from(b.weight);
        }
    }
    totals_outcome(
        "score",
        profile,
        &totals,
        seats,
        tie,
        vec![format!(
            "Each ballot scores candidates from 0 to {max_score}; scores are added (times the ballot's weight)."
        )],
    )
}

/// Cumulative (dot) voting: each ballot distributes at most `budget` points (dots) among
/// the candidates, several on one candidate if it likes. A ballot spending more than its
/// budget is an error naming the ballot and the excess.
pub fn cumulative(
    profile: &Profile<Points>,
    budget: u64,
    seats: usize,
    tie: &TieBreak,
) -> Result<Outcome, BodyError> {
    let mut totals = vec![0u128; profile.candidates().len()];
    for (i, b) in profile.ballots().iter().enumerate() {
        let spent: u128 = b.choice.0.iter().map(|&(_, p)| u128::from(p)).sum();
        if spent > u128::from(budget) {
            return Err(BodyError::ballot(
                i,
                format!(
                    "spends {spent} points but the budget is {budget}; remove {}",
                    spent - u128::from(budget)
                ),
            ));
        }
        for &(c, p) in &b.choice.0 {
            totals[c] += u128::from(p) * u128::from(b.weight);
        }
    }
    totals_outcome(
        "cumulative",
        profile,
        &totals,
        seats,
        tie,
        vec![format!(
            "Each ballot distributes up to {budget} points; points are added (times the ballot's weight)."
        )],
    )
}

/// Borda count. A candidate earns, from each ballot, one point per candidate it is ranked
/// strictly above (unranked candidates are below every ranked one and earn nothing). On
/// a complete strict ranking of m candidates this is the classic m-1, m-2, …, 0; tied
/// candidates earn the same and no points are invented for partial ballots.
pub fn borda(
    profile: &Profile<Ranking>,
    seats: usize,
    tie: &TieBreak,
) -> Result<Outcome, BodyError> {
    let n = profile.candidates().len();
    let mut totals = vec![0u128; n];
    for b in profile.ballots() {
        let ranked: usize = b.choice.0.iter().map(Vec::len).sum();
        let mut below = n - ranked;
        for group in b.choice.0.iter().rev() {
            for &c in group {
                totals[c] += (below as u128) * u128::from(b.weight);
            }
            below += group.len();
        }
    }
    totals_outcome(
        "borda",
        profile,
        &totals,
        seats,
        tie,
        vec![
            "Each ballot gives a candidate one point per candidate ranked strictly below it (unranked candidates are last)."
                .into(),
        ],
    )
}
