//! Helpers shared by the body tests.

use commonfare_decide::TieBreak;
use commonfare_decide::body::{Ballot, Candidate, Profile, Ranking};

pub const LEX: TieBreak = TieBreak::Lexicographic;

pub fn candidates(ids: &str) -> Vec<Candidate> {
    ids.chars().map(|c| Candidate::new(c, c)).collect()
}

/// A profile from lines like (count, "ACBED"), one letter per candidate, strict order.
pub fn letters(ids: &str, lines: &[(u64, &str)]) -> Profile<Ranking> {
    let ballots = lines
        .iter()
        .map(|(w, order)| {
            let ranking = Ranking::strict(order.chars().map(|c| ids.find(c).unwrap()));
            Ballot::weighted(ranking, *w)
        })
        .collect();
    Profile::new(candidates(ids), ballots).unwrap()
}
