//! Meek STV as specified by the Proportional Representation Foundation's "Meek STV
//! reference rule" (after Hill, Wichmann & Woodall, "Algorithm 123: Single transferable
//! vote by Meek's method", Computer Journal 30(3), 1987).
//!
//! Every hopeful candidate keeps all of a vote (keep factor 1), an excluded one none (0),
//! an elected one just enough that its votes come down to the quota. Each round iterates:
//! 1. Distribute every ballot: with weight w = 1, each candidate in order receives
//!    w × keep factor (9 decimal places, rounded up) and w shrinks by that amount.
//! 2. Quota = sum of the candidates' votes ÷ (seats + 1), truncated to 9 places, + 10⁻⁹.
//! 3. Hopefuls with votes ≥ quota are elected; that ends the round.
//! 4. Total surplus s = Σ (votes − quota) over elected candidates (at least 0). The round
//!    converges when s < omega = 10⁻⁶, or when s stopped falling.
//! 5. Otherwise each elected keep factor becomes keep × quota (rounded up) ÷ votes
//!    (rounded up), and the round iterates again.
//!
//! After a converged round without an election, the hopeful with the fewest votes is
//! defeated; every hopeful within s of the lowest counts as tied, and the tie-break
//! policy (the reference rule's "by lot") chooses. The count ends when the seats are
//! filled (remaining hopefuls defeated) or hopefuls are no more than the seats left (all
//! elected).

use super::super::ballot::{Profile, Ranking};
use super::super::error::BodyError;
use super::super::outcome::{Explanation, Outcome, Round, Tally};
use super::super::ties;
use super::{Status, check_params, fixed, merge_papers};
use crate::TieBreak;

const PLACES: u32 = 9;
const ONE: u128 = 1_000_000_000;
/// Omega, the convergence limit: 10^-6 in units of 10^-9.
const OMEGA: u128 = 1_000;

struct Count<'p> {
    profile: &'p Profile<Ranking>,
    papers: Vec<(Vec<usize>, u128)>,
    status: Vec<Status>,
    keep: Vec<u128>,
    votes: Vec<u128>,
    quota: u128,
    seats: usize,
}

impl Count<'_> {
    /// Step 1: distribute every ballot under the current keep factors.
    fn distribute(&mut self) {
        self.votes.fill(0);
        for (prefs, papers) in &self.papers {
            let mut w = ONE;
            for &c in prefs {
                let k = self.keep[c];
                if k == 0 {
                    continue;
                }
                // A keep factor above 1 (an elected candidate that fell below the quota)
                // would hand out more than the ballot holds; the reference rule leaves that
                // case undefined, so the share is capped at what is left.
                let kept = (w * k).div_ceil(ONE).min(w);
                self.votes[c] += kept * papers;
                w -= kept;
                if w == 0 {
                    break;
                }
            }
        }
    }

    /// Step 2: the quota from the votes now held by candidates.
    fn update_quota(&mut self) {
        let held: u128 = self.votes.iter().sum();
        self.quota = held / (self.seats as u128 + 1) + 1;
    }

    fn surplus(&self) -> u128 {
        let (over, under) = self
            .status
            .iter()
            .zip(&self.votes)
            .filter(|(s, _)| **s == Status::Elected)
            .fold((0u128, 0u128), |(o, u), (_, &v)| {
                if v >= self.quota {
                    (o + (v - self.quota), u)
                } else {
                    (o, u + (self.quota - v))
                }
            });
        over.saturating_sub(under)
    }

    fn hopeful(&self) -> Vec<usize> {
        (0..self.status.len())
            .filter(|&c| self.status[c] == Status::Hopeful)
            .collect()
    }

    fn tallies(&self) -> Vec<Tally> {
        let mut t: Vec<Tally> = (0..self.votes.len())
            .filter(|&c| self.status[c] != Status::Excluded)
            .map(|c| {
                let mark = if self.status[c] == Status::Elected {
                    " (elected)"
                } else {
                    ""
                };
                Tally::new(
                    format!("{}{mark}", ties::label(self.profile, c)),
                    format!(
                        "{} (keep {})",
                        fixed(self.votes[c], PLACES),
                        fixed(self.keep[c], PLACES)
                    ),
                )
            })
            .collect();
        t.push(Tally::new("quota", fixed(self.quota, PLACES)));
        t
    }
}

/// Counts `profile` for `seats` seats by Meek's method (PR Foundation reference rule).
pub fn meek_stv(
    profile: &Profile<Ranking>,
    seats: usize,
    withdrawn: &[usize],
    tie: &TieBreak,
) -> Result<Outcome, BodyError> {
    let withdrawn_flags = check_params(profile, seats, withdrawn, "Meek STV")?;
    let n = profile.candidates().len();
    let papers: Vec<(Vec<usize>, u128)> = merge_papers(profile, &withdrawn_flags)
        .into_iter()
        .collect();
    let total: u128 = papers.iter().map(|(_, k)| k).sum();
    let status: Vec<Status> = withdrawn_flags
        .iter()
        .map(|&w| if w { Status::Excluded } else { Status::Hopeful })
        .collect();
    let mut count = Count {
        profile,
        papers,
        keep: status
            .iter()
            .map(|s| if *s == Status::Hopeful { ONE } else { 0 })
            .collect(),
        status,
        votes: vec![0; n],
        quota: total * ONE / (seats as u128 + 1) + 1,
        seats,
    };
    let mut elected: Vec<usize> = Vec::new();
    let mut rounds = Vec::new();
    let mut summary = vec![format!(
        "{total} valid ballots, {seats} seats, initial quota {}; omega {}.",
        fixed(count.quota, PLACES),
        fixed(OMEGA, PLACES)
    )];
    loop {
        let hopeful = count.hopeful();
        let seats_left = seats - elected.len();
        if seats_left == 0 || hopeful.len() <= seats_left {
            break;
        }
        let mut events = Vec::new();
        let mut last_surplus = total * ONE;
        let mut iterations = 0usize;
        let mut newly: Vec<usize>;
        let surplus = loop {
            iterations += 1;
            count.distribute();
            count.update_quota();
            newly = count
                .hopeful()
                .into_iter()
                .filter(|&c| count.votes[c] >= count.quota)
                .collect();
            newly.sort_by(|&a, &b| {
                count.votes[b]
                    .cmp(&count.votes[a])
                    .then_with(|| tie.compare(profile.id(a), profile.id(b)))
            });
            for &c in &newly {
                count.status[c] = Status::Elected;
                elected.push(c);
            }
            let s = count.surplus();
            if !newly.is_empty() || s < OMEGA || s >= last_surplus {
                if newly.is_empty() && s >= OMEGA {
                    events.push(format!(
                        "Surplus {} stopped falling: stable state.",
                        fixed(s, PLACES)
                    ));
                }
                break s;
            }
            last_surplus = s;
            for c in 0..n {
                if count.status[c] == Status::Elected && count.votes[c] > 0 {
                    let scaled = (count.keep[c] * count.quota).div_ceil(ONE);
                    count.keep[c] = (scaled * ONE).div_ceil(count.votes[c]);
                }
            }
        };
        events.push(format!(
            "{iterations} iteration(s); total surplus {}.",
            fixed(surplus, PLACES)
        ));
        for &c in &newly {
            events.push(format!(
                "{} reaches the quota with {} and is elected.",
                ties::label(profile, c),
                fixed(count.votes[c], PLACES)
            ));
        }
        // The tally is taken before a defeat so that the defeated candidate's votes show.
        let tallies = count.tallies();
        if newly.is_empty() {
            let hopeful = count.hopeful();
            let low = hopeful.iter().map(|&c| count.votes[c]).min().unwrap_or(0);
            let tied: Vec<usize> = hopeful
                .iter()
                .copied()
                .filter(|&c| count.votes[c] <= low + surplus)
                .collect();
            let out = ties::eliminate(profile, tie, &tied);
            if tied.len() > 1 {
                events.push(format!(
                    "Tie for fewest votes (within the surplus) between {}: broken by the tie-break policy.",
                    tied.iter().map(|&c| ties::label(profile, c)).collect::<Vec<_>>().join(", ")
                ));
            }
            events.push(format!(
                "{} has the fewest votes ({}) and is defeated.",
                ties::label(profile, out),
                fixed(count.votes[out], PLACES)
            ));
            count.status[out] = Status::Excluded;
            count.keep[out] = 0;
        }
        rounds.push(Round {
            title: format!("Round {}", rounds.len() + 1),
            tallies,
            events,
        });
        if newly.is_empty() {
            count
                .votes
                .iter_mut()
                .zip(&count.status)
                .for_each(|(v, s)| {
                    if *s == Status::Excluded {
                        *v = 0;
                    }
                });
        }
    }
    let seats_left = seats - elected.len();
    if seats_left > 0 {
        let rest = count.hopeful();
        for &c in &rest {
            count.status[c] = Status::Elected;
            elected.push(c);
        }
        summary.push(format!(
            "Hopefuls no more than the seats left: {} elected.",
            rest.iter()
                .map(|&c| ties::label(profile, c))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(Outcome {
        method: "stv-meek".into(),
        winners: ties::ids(profile, &elected),
        ranking: vec![],
        tie_break: *tie,
        explanation: Explanation {
            summary,
            rounds,
            matrices: vec![],
        },
    })
}
