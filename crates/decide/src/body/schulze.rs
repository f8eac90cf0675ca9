//! The Schulze method (Schulze 2011, "A new monotonic, clone-independent, reversal
//! symmetric, and Condorcet-consistent single-winner election method").
//!
//! 1. d[X][Y] is the weight of ballots that rank X strictly above Y (unranked candidates
//!    are below every ranked one).
//! 2. A path's strength is its weakest link; a link X→Y exists when d[X][Y] > d[Y][X]
//!    and is as strong as d[X][Y] (winning votes).
//! 3. p[X][Y] is the strength of the strongest path from X to Y (Floyd–Warshall).
//! 4. X is better than Y when p[X][Y] > p[Y][X]. This relation is a strict partial order
//!    (Schulze's theorem), so the candidates beaten by nobody form the first group of the
//!    ranking (the potential winners); removing them, the candidates beaten by nobody left
//!    form the second group, and so on. Candidates within a group are incomparable; the
//!    tie-break policy orders them, and the winners are the first `seats` of that order.

use super::ballot::{Profile, Ranking};
use super::error::BodyError;
use super::outcome::{Explanation, Matrix, Outcome, Round, Tally};
use super::ties;
use crate::TieBreak;

/// The pairwise preference counts d[X][Y], row-major, n × n.
pub fn pairwise(profile: &Profile<Ranking>) -> Vec<u64> {
    // Narrower cells double the lanes of the vectorized row update; they suffice whenever
    // the total weight does (a cell never exceeds the total weight).
    match u32::try_from(profile.total_weight()) {
        Ok(_) => count_pairs::<u32>(profile, |w| w as u32)
            .into_iter()
            .map(u64::from)
            .collect(),
        Err(_) => count_pairs::<u64>(profile, |w| w),
    }
}

fn count_pairs<T>(profile: &Profile<Ranking>, cell_weight: impl Fn(u64) -> T) -> Vec<T>
where
    T: Copy + Default + From<bool> + std::ops::Mul<Output = T> + std::ops::AddAssign,
{
    let n = profile.candidates().len();
    let mut d = vec![T::default(); n * n];
    // rank[c] = index of c's group; unranked candidates share the last rank.
    let mut rank = vec![0u32; n];
    for b in profile.ballots() {
        let groups = &b.choice.0;
        let last = u32::try_from(groups.len()).unwrap_or(u32::MAX);
        rank.fill(last);
        for (k, g) in groups.iter().enumerate() {
            for &c in g {
                rank[c] = k as u32;
            }
        }
        let w = cell_weight(b.weight);
        for &x in groups.iter().flatten() {
            let rx = rank[x];
            // Branch-free so that the compiler vectorizes the row update; the caller
            // chose a cell type that the total weight fits in, so nothing overflows.
            for (cell, &ry) in d[x * n..(x + 1) * n].iter_mut().zip(&rank) {
                *cell += w * T::from(rx < ry);
            }
        }
    }
    d
}

/// Strongest path strengths p[X][Y] from the pairwise counts, row-major, n × n.
pub fn strongest_paths(d: &[u64], n: usize) -> Vec<u64> {
    let mut p = vec![0u64; n * n];
    for x in 0..n {
        for y in 0..n {
            if x != y && d[x * n + y] > d[y * n + x] {
                p[x * n + y] = d[x * n + y];
            }
        }
    }
    for k in 0..n {
        for x in 0..n {
            if x == k {
                continue;
            }
            let pxk = p[x * n + k];
            if pxk == 0 {
                continue;
            }
            for y in 0..n {
                if y != x && y != k {
                    let via = pxk.min(p[k * n + y]);
                    if via > p[x * n + y] {
                        p[x * n + y] = via;
                    }
                }
            }
        }
    }
    p
}

fn matrix(profile: &Profile<Ranking>, title: &str, m: &[u64], n: usize) -> Matrix {
    Matrix {
        title: title.into(),
        candidates: (0..n).map(|c| profile.id(c).to_string()).collect(),
        cells: (0..n)
            .map(|x| {
                (0..n)
                    .map(|y| {
                        if x == y {
                            "-".into()
                        } else {
                            m[x * n + y].to_string()
                        }
                    })
                    .collect()
            })
            .collect(),
    }
}

/// Runs the Schulze method and returns the ranking, the first `seats` as winners, and the
/// pairwise and strongest-path matrices in the explanation.
pub fn schulze(
    profile: &Profile<Ranking>,
    seats: usize,
    tie: &TieBreak,
) -> Result<Outcome, BodyError> {
    let n = profile.candidates().len();
    if seats == 0 || seats > n {
        return Err(BodyError::parameter(format!(
            "seats must be between 1 and the number of candidates ({n}), not {seats}"
        )));
    }
    let d = pairwise(profile);
    let p = strongest_paths(&d, n);
    let better = |x: usize, y: usize| p[x * n + y] > p[y * n + x];
    let beats: Vec<usize> = (0..n)
        .map(|x| (0..n).filter(|&y| better(x, y)).count())
        .collect();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut left: Vec<usize> = (0..n).collect();
    while !left.is_empty() {
        let (mut top, rest): (Vec<usize>, Vec<usize>) = left
            .iter()
            .partition(|&&x| !left.iter().any(|&y| better(y, x)));
        if top.is_empty() {
            // Unreachable for a strict partial order; kept so that a bug cannot loop.
            top = rest.clone();
            left.clear();
        } else {
            left = rest;
        }
        top.sort_by(|&a, &b| tie.compare(profile.id(a), profile.id(b)));
        groups.push(top);
    }
    let order: Vec<usize> = groups.iter().flatten().copied().collect();
    let winners = &order[..seats];
    let mut events = vec![format!(
        "Not beaten by any other candidate's strongest path: {}",
        groups[0]
            .iter()
            .map(|&x| ties::label(profile, x))
            .collect::<Vec<_>>()
            .join(", ")
    )];
    if groups.iter().any(|g| g.len() > 1) {
        events.push(
            "Candidates in one group are incomparable; the tie-break policy orders them.".into(),
        );
    }
    let tallies = order
        .iter()
        .map(|&c| Tally::new(ties::label(profile, c), format!("beats {}", beats[c])))
        .collect();
    Ok(Outcome {
        method: "schulze".into(),
        winners: ties::ids(profile, winners),
        ranking: ties::id_groups(profile, &groups),
        tie_break: *tie,
        explanation: Explanation {
            summary: vec![
                "d[X][Y] = votes ranking X above Y; p[X][Y] = strength of the strongest path (winning votes); X ranks above Y when p[X][Y] > p[Y][X].".into(),
            ],
            rounds: vec![Round {
                title: "Schulze ranking".into(),
                tallies,
                events,
            }],
            matrices: vec![
                matrix(profile, "Pairwise preferences d[X][Y] (row X over column Y)", &d, n),
                matrix(profile, "Strongest paths p[X][Y] (beatpath strengths)", &p, n),
            ],
        },
    })
}
