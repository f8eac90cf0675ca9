//! Rules that pick the committees optimising a score: AV and SAV (separable), the Thiele
//! methods (PAV, SLAV, CC, 2-Geometric, lex-CC, Adams), Monroe, minimax AV and lex-minimax
//! AV, and the trivial rule.

use super::exact::{Exact, Small, weights};
use super::profile::{CandSet, Profile, each, members, show};
use super::search::{Thiele, all_maximal, committees};
use super::{RuleResult, explaining, note, scaled, unsupported};
use num_integer::Integer;
use num_rational::BigRational;

/// AV (approval count) and SAV (each voter splits their weight over their approvals):
/// the k highest scores win; candidates tied at the cut-off give one committee per choice.
pub fn separable(rule: &str, p: &Profile, k: usize, resolute: bool) -> RuleResult {
    fn scores<N: Exact>(sav: bool, p: &Profile) -> Option<Vec<N>> {
        let w: Vec<N> = weights(p.weights())?;
        let mut score = vec![N::int(0); p.num_cand()];
        for (&b, wt) in p.ballots().iter().zip(&w) {
            if b == 0 {
                continue; // an empty ballot gives nothing (and SAV must not divide by 0)
            }
            let share = if sav {
                wt.div(&N::int(b.count_ones() as i64))?
            } else {
                wt.clone()
            };
            for c in each(b) {
                score[c] = score[c].add(&share)?;
            }
        }
        Some(score)
    }
    fn finish<N: Ord + std::fmt::Display>(
        rule: &str,
        score: &[N],
        k: usize,
        resolute: bool,
    ) -> (Vec<CandSet>, Vec<String>) {
        let (sets, expl) = top_k_by(score, k, resolute);
        if !explaining() {
            return (sets, Vec::new());
        }
        let listed: Vec<String> = score
            .iter()
            .enumerate()
            .map(|(c, s)| format!("{c}: {s}"))
            .collect();
        (
            sets,
            vec![
                format!("{} scores: {}.", rule.to_uppercase(), listed.join(", ")),
                expl,
            ],
        )
    }
    let sav = rule == "sav";
    if let Some(w) = p.integer_weights() {
        // Integer (scaled) weights: AV scores are plain integer sums. SAV scores too once
        // every share is scaled by the common multiple of the ballot sizes, which orders
        // them the same way (the explanation shows the exact fractions instead).
        if !sav {
            let score = scaled::approval_scores(p, w, p.all());
            return Ok(finish(rule, &score, k, resolute));
        }
        if !explaining() {
            if let Some(score) = scaled::split_scores(p, w, p.all()) {
                return Ok(finish(rule, &score, k, resolute));
            }
        }
    }
    if let Some(score) = scores::<Small>(sav, p) {
        return Ok(finish(rule, &score, k, resolute));
    }
    let score =
        scores::<BigRational>(sav, p).ok_or_else(|| unsupported(rule, "arithmetic failed"))?;
    Ok(finish(rule, &score, k, resolute))
}

/// The committees of size `k` made of the highest scores (abcvoting's separable rule),
/// and (when explaining) a line naming the certain members, the cut-off and the ties.
pub(crate) fn top_k_by<N: Ord + std::fmt::Display>(
    score: &[N],
    k: usize,
    resolute: bool,
) -> (Vec<CandSet>, String) {
    let m = score.len();
    let mut order = [0usize; 64];
    (0..m).for_each(|c| order[c] = c);
    order[..m].sort_unstable_by(|&a, &b| score[b].cmp(&score[a]));
    let cutoff = &score[order[k - 1]];
    let certain: CandSet = (0..m)
        .filter(|&c| score[c] > *cutoff)
        .fold(0, |a, c| a | 1 << c);
    let possible: CandSet = (0..m)
        .filter(|&c| score[c] == *cutoff)
        .fold(0, |a, c| a | 1 << c);
    let missing = k - certain.count_ones() as usize;
    let sets: Vec<CandSet> = if resolute {
        vec![
            each(possible)
                .take(missing)
                .fold(certain, |a, c| a | 1 << c),
        ]
    } else {
        let mut tied = [0usize; 64];
        each(possible).enumerate().for_each(|(i, c)| tied[i] = c);
        committees(possible.count_ones() as usize, missing)
            .map(|pick| each(pick).fold(certain, |a, i| a | 1 << tied[i]))
            .collect()
    };
    if !explaining() {
        return (sets, String::new());
    }
    let text = format!(
        "Certain: {}; cut-off score {cutoff}; {missing} more from the tied {}.",
        show(certain),
        show(possible)
    );
    (sets, text)
}

fn lcm_upto(values: impl Iterator<Item = i128>) -> i128 {
    values.fold(1, |a, b| a.lcm(&b))
}

/// Integer marginal weights (index j = the voter's j-th approved member) for a Thiele rule,
/// scaled so that they are whole numbers; the order of committees is unchanged.
pub(crate) fn marginals(rule: &str, k: usize, total_weight: i128) -> Option<Vec<i128>> {
    let mut m = vec![0i128; k + 1];
    match rule {
        "pav" => {
            let l = lcm_upto(1..=k as i128);
            (1..=k).for_each(|j| m[j] = l / j as i128);
        }
        "slav" => {
            let l = lcm_upto((1..=k as i128).map(|j| 2 * j - 1));
            (1..=k).for_each(|j| m[j] = l / (2 * j as i128 - 1));
        }
        "cc" => m[1] = 1,
        "geom2" => (1..=k).for_each(|j| m[j] = 1i128 << (k - j)),
        "adams" => {
            // Adams: maximise coverage (CC) first, then the Adams score (1, 1, 1/2, 1/3, …).
            // Both in one Thiele score: coverage counts more than any Adams difference.
            let l = lcm_upto(1..=(k as i128 - 1).max(1));
            let adams: Vec<i128> = (0..=k)
                .map(|j| {
                    if j <= 1 {
                        j as i128 * l
                    } else {
                        l / (j as i128 - 1)
                    }
                })
                .collect();
            let per_voter: i128 = adams.iter().sum();
            let big = total_weight.checked_mul(per_voter)?.checked_add(1)?;
            (1..=k).for_each(|j| m[j] = adams[j]);
            m[1] = big.checked_add(adams[1])?;
        }
        "lexcc" => {
            // lex-CC: voters with ≥1 member first, then ≥2, …: a number in base W+1.
            let base = total_weight.checked_add(1)?;
            for (j, slot) in m.iter_mut().enumerate().skip(1) {
                *slot = base.checked_pow((k - j) as u32)?;
            }
        }
        _ => return None,
    }
    // The total score must fit comfortably in i128.
    total_weight.checked_mul(m[1])?.checked_mul(k as i128 + 1)?;
    Some(m)
}

/// PAV, SLAV, CC, 2-Geometric, Adams and lex-CC: every committee with the greatest Thiele
/// score, found by branch-and-bound.
pub fn thiele(rule: &str, p: &Profile, k: usize) -> RuleResult {
    let too_fine = || {
        unsupported(
            rule,
            "voter weights too fine or too large for exact integer scoring",
        )
    };
    let weights = p.integer_weights().ok_or_else(too_fine)?;
    let total: i128 = weights.iter().map(|&w| w as i128).sum();
    let marginal = marginals(rule, k, total).ok_or_else(too_fine)?;
    let problem = Thiele {
        ballots: p.ballots(),
        weights,
        marginal: &marginal,
        num_cand: p.num_cand(),
        k,
    };
    let (best, sets) = problem.optimal();
    let explanation = vec![format!(
        "Searched all committees of size {k} by branch-and-bound; the best {} score is {best} \
         (in units of the integer-scaled marginal weights {:?}).",
        rule,
        &marginal[1..]
    )];
    Ok((sets, explanation))
}

/// Monroe: each member represents a district of ⌊n/k⌋ or ⌈n/k⌉ voters; the score is the
/// number of voters who approve their representative, maximised over districts.
pub fn monroe(p: &Profile, k: usize) -> RuleResult {
    if !p.has_unit_weights() {
        return Err(unsupported(
            "monroe",
            "Monroe is only defined for unit weights",
        ));
    }
    let n = p.num_voters();
    let (q, r) = (n / k, n % k);
    let approvals: Vec<usize> = (0..p.num_cand())
        .map(|c| p.ballots().iter().filter(|&&b| b & (1 << c) != 0).count())
        .collect();
    let mut best_so_far = 0usize;
    let (best, sets) = all_maximal(p.num_cand(), k, |w| {
        // Cheap upper bound (each member represents at most ⌊n/k⌋ of its approvers, plus
        // one more for at most n mod k members; at most the voters covered by W): skip
        // the flow computation for committees that cannot reach the best score so far.
        let cands = members(w);
        let covered = p.ballots().iter().filter(|&&b| b & w != 0).count();
        let base: usize = cands.iter().map(|&c| approvals[c].min(q)).sum();
        let extra = cands.iter().filter(|&&c| approvals[c] > q).count().min(r);
        if covered.min(base + extra) < best_so_far {
            return None;
        }
        let score = monroe_score(p.ballots(), w);
        best_so_far = best_so_far.max(score);
        Some(score)
    });
    Ok((
        sets,
        vec![format!(
            "Monroe score (voters represented by an approved member) is at most {}.",
            best.unwrap_or(0)
        )],
    ))
}

/// The Monroe score of committee `w` by max-flow: source → member (capacity ⌊n/k⌋), plus a
/// shared "extra seat" node (capacity n mod k, one per member) → voter approving it → sink.
pub fn monroe_score(ballots: &[CandSet], w: CandSet) -> usize {
    let cands = members(w);
    let (n, k) = (ballots.len(), cands.len());
    let (q, r) = (n / k, n % k);
    // Nodes: 0 source, 1 extra, 2..2+k members, then voters, then sink.
    let (src, extra, sink) = (0, 1, 2 + k + n);
    let mut g = Flow::new(sink + 1);
    g.edge(src, extra, r as i64);
    for (i, &c) in cands.iter().enumerate() {
        g.edge(src, 2 + i, q as i64);
        g.edge(extra, 2 + i, 1);
        for (v, &b) in ballots.iter().enumerate() {
            if b & (1 << c) != 0 {
                g.edge(2 + i, 2 + k + v, 1);
            }
        }
    }
    for v in 0..n {
        g.edge(2 + k + v, sink, 1);
    }
    g.max_flow(src, sink) as usize
}

/// A small max-flow (Edmonds–Karp) on integer capacities.
pub(crate) struct Flow {
    head: Vec<Vec<usize>>,
    to: Vec<usize>,
    cap: Vec<i64>,
}

impl Flow {
    pub(crate) fn new(n: usize) -> Self {
        Flow {
            head: vec![Vec::new(); n],
            to: Vec::new(),
            cap: Vec::new(),
        }
    }
    pub(crate) fn edge(&mut self, a: usize, b: usize, c: i64) {
        self.head[a].push(self.to.len());
        self.to.push(b);
        self.cap.push(c);
        self.head[b].push(self.to.len());
        self.to.push(a);
        self.cap.push(0);
    }
    pub(crate) fn max_flow(&mut self, s: usize, t: usize) -> i64 {
        let mut total = 0;
        loop {
            let mut prev = vec![usize::MAX; self.head.len()];
            let mut queue = std::collections::VecDeque::from([s]);
            prev[s] = usize::MAX - 1;
            while let Some(u) = queue.pop_front() {
                for &e in &self.head[u] {
                    let v = self.to[e];
                    if self.cap[e] > 0 && prev[v] == usize::MAX {
                        prev[v] = e;
                        queue.push_back(v);
                    }
                }
            }
            if prev[t] == usize::MAX {
                return total;
            }
            let mut push = i64::MAX;
            let mut v = t;
            while v != s {
                let e = prev[v];
                push = push.min(self.cap[e]);
                v = self.to[e ^ 1];
            }
            let mut v = t;
            while v != s {
                let e = prev[v];
                self.cap[e] -= push;
                self.cap[e ^ 1] += push;
                v = self.to[e ^ 1];
            }
            total += push;
        }
    }
}

/// Minimax AV: minimise the largest Hamming distance |A Δ W| between a ballot and the
/// committee (weights play no role, as in abcvoting).
pub fn minimaxav(p: &Profile, k: usize) -> RuleResult {
    let (best, sets) = all_maximal(p.num_cand(), k, |w| {
        Some(std::cmp::Reverse(
            p.ballots()
                .iter()
                .map(|b| (b ^ w).count_ones())
                .max()
                .unwrap_or(0),
        ))
    });
    let d = best.map_or(0, |r| r.0);
    Ok((
        sets,
        vec![format!(
            "The smallest possible largest Hamming distance to a ballot is {d}."
        )],
    ))
}

/// Lexicographic minimax AV: minimise the distances sorted from largest to smallest,
/// lexicographically (unit weights only, as in abcvoting).
pub fn lexminimaxav(p: &Profile, k: usize) -> RuleResult {
    if !p.has_unit_weights() {
        return Err(unsupported(
            "lexminimaxav",
            "lex-MAV is only defined for unit weights",
        ));
    }
    let (best, sets) = all_maximal(p.num_cand(), k, |w| {
        let mut d: Vec<u32> = p.ballots().iter().map(|b| (b ^ w).count_ones()).collect();
        d.sort_unstable_by(|a, b| b.cmp(a));
        Some(std::cmp::Reverse(d))
    });
    let d = best.map(|r| r.0).unwrap_or_default();
    Ok((
        sets,
        vec![format!(
            "The lexicographically smallest sorted Hamming distances are {d:?}."
        )],
    ))
}

/// The trivial rule: every committee of size k wins.
pub fn trivial(p: &Profile, k: usize) -> (Vec<CandSet>, Vec<String>) {
    // Listed in the order of their sorted member lists, so that sorting them is a single
    // pass: mirroring the candidates (c ↦ m − 1 − c) maps the increasing bit patterns
    // onto the committees in the reverse of that order.
    let m = p.num_cand();
    let mut sets: Vec<CandSet> = committees(m, k)
        .map(|x| x.reverse_bits() >> (64 - m))
        .collect();
    sets.reverse();
    let mut lines = Vec::new();
    note(&mut lines, || {
        format!(
            "Every one of the {} committees of size {k} wins.",
            sets.len()
        )
    });
    (sets, lines)
}
