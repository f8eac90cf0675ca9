//! Scottish STV: Schedule 1, rules 45–52, of the Scottish Local Government Elections
//! Order 2007 (SSI 2007/42).
//!
//! - Quota (46): valid papers ÷ (seats + 1), decimals ignored, plus one.
//! - A candidate with votes ≥ quota is elected (47).
//! - Surplus (48): *every* paper the elected candidate holds moves to its next available
//!   preference with value = surplus × the paper's value ÷ the candidate's total votes,
//!   to five decimal places with any remainder ignored; papers with no next preference are
//!   non-transferable. The largest surplus goes first (49); equal surpluses are ordered by
//!   the most recent preceding stage where the candidates' votes differed, then by lot.
//! - Exclusion (50, 51): when no surplus is left to transfer, the continuing candidate with
//!   fewest votes is excluded and all its papers move at the value they carry; ties as
//!   above (fewest at the most recent stage where they differed), then by lot.
//! - Last vacancies (52): when continuing candidates are no more than the vacancies left,
//!   they are all elected and no further transfer is made.
//!
//! "By lot" is the tie-break policy. Withdrawn candidates are skipped on every paper.
//!
//! Two readings that implementations differ on, settled by the Order's text: a candidate
//! deemed elected is no longer "continuing", so no surplus ever passes to a candidate
//! elected at the same stage whose own surplus is still waiting; and every transfer value
//! is truncated ("any remainder being ignored"), never rounded. Counts made this way
//! agree to the last digit with Droop's Scottish rule (validated by its author against
//! eSTV) on the 2007 Glasgow Calton ward.

use super::super::ballot::{Profile, Ranking};
use super::super::error::BodyError;
use super::super::outcome::{Explanation, Outcome, Round, Tally};
use super::super::ties::{self, Want};
use super::{Status, check_params, fixed, merge_papers};
use crate::TieBreak;

const PLACES: u32 = 5;
const ONE: u128 = 100_000;

/// A bundle of identical papers: preferences, index of the current holder, value per paper.
struct Parcel {
    prefs: Vec<usize>,
    at: usize,
    value: u128,
    papers: u128,
}

struct Count<'p> {
    profile: &'p Profile<Ranking>,
    tie: TieBreak,
    status: Vec<Status>,
    votes: Vec<u128>,
    pending: Vec<bool>,
    parcels: Vec<Parcel>,
    non_transferable: u128,
    history: Vec<Vec<u128>>,
    rounds: Vec<Round>,
    elected: Vec<usize>,
    quota: u128,
}

/// Counts `profile` for `seats` seats under the Scottish rules.
pub fn scottish_stv(
    profile: &Profile<Ranking>,
    seats: usize,
    withdrawn: &[usize],
    tie: &TieBreak,
) -> Result<Outcome, BodyError> {
    let withdrawn_flags = check_params(profile, seats, withdrawn, "Scottish STV")?;
    let n = profile.candidates().len();
    let parcels: Vec<Parcel> = merge_papers(profile, &withdrawn_flags)
        .into_iter()
        .map(|(prefs, papers)| Parcel {
            prefs,
            at: 0,
            value: ONE,
            papers,
        })
        .collect();
    let valid: u128 = parcels.iter().map(|p| p.papers).sum();
    let quota = (valid / (seats as u128 + 1) + 1) * ONE;
    let mut count = Count {
        profile,
        tie: *tie,
        status: withdrawn_flags
            .iter()
            .map(|&w| if w { Status::Excluded } else { Status::Hopeful })
            .collect(),
        votes: vec![0; n],
        pending: vec![false; n],
        parcels,
        non_transferable: 0,
        history: Vec::new(),
        rounds: Vec::new(),
        elected: Vec::new(),
        quota,
    };
    for p in &count.parcels {
        count.votes[p.prefs[0]] += p.papers * ONE;
    }
    let mut events = vec![format!(
        "{valid} valid papers, {seats} seats: quota {valid} ÷ {} (decimals ignored) + 1 = {}.",
        seats + 1,
        quota / ONE
    )];
    count.elect_quota_holders(&mut events);
    count.finish_stage("Stage 1: first preferences".into(), events);

    loop {
        let seats_left = seats - count.elected.len();
        let hopeful: Vec<usize> = (0..n)
            .filter(|&c| count.status[c] == Status::Hopeful)
            .collect();
        if seats_left == 0 || hopeful.len() <= seats_left {
            break;
        }
        let stage = count.rounds.len() + 1;
        let mut events = Vec::new();
        let pending: Vec<usize> = (0..n).filter(|&c| count.pending[c]).collect();
        let title = if !pending.is_empty() {
            let c = count.pick(&pending, Want::Highest, &mut events);
            count.transfer_surplus(c, &mut events);
            format!("Stage {stage}: surplus of {}", ties::label(profile, c))
        } else {
            let c = count.pick(&hopeful, Want::Lowest, &mut events);
            count.exclude(c, &mut events);
            format!("Stage {stage}: exclusion of {}", ties::label(profile, c))
        };
        count.elect_quota_holders(&mut events);
        count.finish_stage(title, events);
    }
    // Rule 52: the continuing candidates fill the last vacancies.
    let seats_left = seats - count.elected.len();
    let mut rest: Vec<usize> = (0..n)
        .filter(|&c| count.status[c] == Status::Hopeful)
        .collect();
    if seats_left > 0 {
        rest.sort_by(|&a, &b| {
            count.votes[b]
                .cmp(&count.votes[a])
                .then_with(|| tie.compare(profile.id(a), profile.id(b)))
        });
        let mut events = Vec::new();
        for &c in rest.iter().take(seats_left) {
            count.status[c] = Status::Elected;
            count.elected.push(c);
            events.push(format!(
                "{} is elected to fill a last vacancy (rule 52) with {}.",
                ties::label(profile, c),
                fixed(count.votes[c], PLACES)
            ));
        }
        if let Some(last) = count.rounds.last_mut() {
            last.events.extend(events);
        }
    }
    Ok(Outcome {
        method: "stv-scottish".into(),
        winners: ties::ids(profile, &count.elected),
        ranking: vec![],
        tie_break: *tie,
        explanation: Explanation {
            summary: vec![
                "Scottish STV (SSI 2007/42, rules 45–52): Droop quota, weighted inclusive Gregory transfers truncated to 5 decimal places.".into(),
            ],
            rounds: count.rounds,
            matrices: vec![],
        },
    })
}

impl Count<'_> {
    /// Rule 47: every hopeful candidate at or above the quota is elected, most votes first.
    fn elect_quota_holders(&mut self, events: &mut Vec<String>) {
        let mut reached: Vec<usize> = (0..self.votes.len())
            .filter(|&c| self.status[c] == Status::Hopeful && self.votes[c] >= self.quota)
            .collect();
        reached.sort_by(|&a, &b| {
            self.votes[b]
                .cmp(&self.votes[a])
                .then_with(|| self.tie.compare(self.profile.id(a), self.profile.id(b)))
        });
        for c in reached {
            self.status[c] = Status::Elected;
            self.pending[c] = self.votes[c] > self.quota;
            self.elected.push(c);
            events.push(format!(
                "{} reaches the quota with {} and is elected.",
                ties::label(self.profile, c),
                fixed(self.votes[c], PLACES)
            ));
        }
    }

    /// Rules 49(2)-(3) and 51: among equal candidates, look back, then draw by lot.
    fn pick(&self, among: &[usize], want: Want, events: &mut Vec<String>) -> usize {
        let extreme = match want {
            Want::Highest => among.iter().map(|&c| self.votes[c]).max(),
            Want::Lowest => among.iter().map(|&c| self.votes[c]).min(),
        }
        .unwrap_or(0);
        let tied: Vec<usize> = among
            .iter()
            .copied()
            .filter(|&c| self.votes[c] == extreme)
            .collect();
        if tied.len() == 1 {
            return tied[0];
        }
        let names = tied
            .iter()
            .map(|&c| ties::label(self.profile, c))
            .collect::<Vec<_>>()
            .join(", ");
        if let Some(c) = ties::by_prior_stages(&self.history, &tied, want) {
            events.push(format!(
                "Tie between {names}: decided by the most recent stage where their votes differed."
            ));
            return c;
        }
        events.push(format!(
            "Tie between {names}: equal at every stage, decided by lot (the tie-break policy)."
        ));
        match want {
            Want::Highest => ties::choose(self.profile, &self.tie, &tied),
            Want::Lowest => ties::eliminate(self.profile, &self.tie, &tied),
        }
    }

    /// Moves every parcel held by `from` to its next hopeful preference, with the value
    /// `value_of` gives it; returns (value transferred, value made non-transferable).
    fn move_parcels(&mut self, from: usize, value_of: impl Fn(u128) -> u128) -> (u128, u128) {
        let (mut moved, mut lost) = (0u128, 0u128);
        for p in &mut self.parcels {
            if p.at >= p.prefs.len() || p.prefs[p.at] != from {
                continue;
            }
            p.value = value_of(p.value);
            let next =
                (p.at + 1..p.prefs.len()).find(|&i| self.status[p.prefs[i]] == Status::Hopeful);
            match next {
                Some(i) => {
                    p.at = i;
                    self.votes[p.prefs[i]] += p.value * p.papers;
                    moved += p.value * p.papers;
                }
                None => {
                    p.at = p.prefs.len();
                    lost += p.value * p.papers;
                }
            }
        }
        self.non_transferable += lost;
        (moved, lost)
    }

    /// Rule 48: transfer the surplus of `c` (weighted inclusive Gregory, truncated).
    fn transfer_surplus(&mut self, c: usize, events: &mut Vec<String>) {
        let total = self.votes[c];
        let surplus = total - self.quota;
        let (moved, lost) = self.move_parcels(c, |value| value * surplus / total);
        self.votes[c] = self.quota;
        self.pending[c] = false;
        events.push(format!(
            "Surplus {} of {} moves on at surplus × paper value ÷ {}: {} transferred, {} non-transferable, {} lost to truncation.",
            fixed(surplus, PLACES),
            ties::label(self.profile, c),
            fixed(total, PLACES),
            fixed(moved, PLACES),
            fixed(lost, PLACES),
            fixed(surplus.saturating_sub(moved + lost), PLACES)
        ));
    }

    /// Rule 50: exclude `c` and pass on its papers at their current values.
    fn exclude(&mut self, c: usize, events: &mut Vec<String>) {
        self.status[c] = Status::Excluded;
        let had = self.votes[c];
        let (moved, lost) = self.move_parcels(c, |value| value);
        self.votes[c] = 0;
        events.push(format!(
            "{} has the fewest votes ({}) and is excluded: {} transferred, {} non-transferable.",
            ties::label(self.profile, c),
            fixed(had, PLACES),
            fixed(moved, PLACES),
            fixed(lost, PLACES)
        ));
    }

    fn finish_stage(&mut self, title: String, events: Vec<String>) {
        self.history.push(self.votes.clone());
        let mut tallies: Vec<Tally> = (0..self.votes.len())
            .filter(|&c| self.status[c] != Status::Excluded)
            .map(|c| {
                let mark = if self.status[c] == Status::Elected {
                    " (elected)"
                } else {
                    ""
                };
                Tally::new(
                    format!("{}{mark}", ties::label(self.profile, c)),
                    fixed(self.votes[c], PLACES),
                )
            })
            .collect();
        tallies.push(Tally::new(
            "non-transferable",
            fixed(self.non_transferable, PLACES),
        ));
        self.rounds.push(Round {
            title,
            tallies,
            events,
        });
    }
}
