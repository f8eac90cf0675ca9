//! Exact solvers for the optimisation rules: exhaustive enumeration of all committees
//! and a branch-and-bound for Thiele methods.
//!
//! Where they stop being practical (measured on random profiles, 15% approval density,
//! one core):
//! - Exhaustive enumeration (Monroe, minimax/lex-minimax AV, minimax/leximax Phragmén,
//!   trivial) visits all C(m, k) committees and is refused above
//!   [`super::MAX_ENUMERATED`] (20 million): m = 30 works for k ≤ 9 or k ≥ 21, not for
//!   k = 10 (30 million) or 15 (155 million). Monroe (a max-flow per committee) and the
//!   Phragmén rules (2^k sub-committees each) are the slowest per committee.
//! - The Thiele branch-and-bound (PAV, SLAV, CC, 2-Geometric, Adams, lex-CC) prunes with
//!   "score + the k − |W| largest marginal gains", exact because Thiele marginal weights
//!   do not increase. m = 30, n = 100, k = 10: 4 ms (PAV), 50 ms (CC); m = 30, n = 200,
//!   k = 15: 0.5 s (PAV), 1.3 s (SLAV), 6 s (CC, 93 optimal committees). Profiles with
//!   huge numbers of optimal committees (CC ties) degrade towards exhaustive search.

use super::profile::CandSet;

/// All committees of size `k` over candidates `0..m`, in increasing bit-pattern order
/// (Gosper's hack).
pub fn committees(m: usize, k: usize) -> impl Iterator<Item = CandSet> {
    let limit: u128 = 1u128 << m;
    let first: u128 = if k == 0 { 0 } else { (1u128 << k) - 1 };
    let mut next = if k <= m { Some(first) } else { None };
    std::iter::from_fn(move || {
        let cur = next?;
        next = if cur == 0 {
            None
        } else {
            let c = cur & cur.wrapping_neg();
            let r = cur + c;
            let n = (((r ^ cur) >> 2) / c) | r;
            if n < limit { Some(n) } else { None }
        };
        Some(cur as CandSet)
    })
}

/// Every committee of size `k` with the greatest key; `key` returns `None` for committees
/// that are not allowed. Returns the best key and the committees reaching it.
pub fn all_maximal<K: Ord>(
    m: usize,
    k: usize,
    mut key: impl FnMut(CandSet) -> Option<K>,
) -> (Option<K>, Vec<CandSet>) {
    let mut best: Option<K> = None;
    let mut winners = Vec::new();
    for w in committees(m, k) {
        let Some(s) = key(w) else { continue };
        match best.as_ref().map(|b| s.cmp(b)) {
            Some(std::cmp::Ordering::Less) => {}
            Some(std::cmp::Ordering::Equal) => winners.push(w),
            _ => {
                best = Some(s);
                winners.clear();
                winners.push(w);
            }
        }
    }
    (best, winners)
}

/// A Thiele problem with integer weights and integer marginal weights:
/// `marginal[j]` is what a voter of weight 1 gains from their j-th approved member
/// (`marginal[0]` is unused and 0), non-increasing in `j`.
pub struct Thiele<'a> {
    pub ballots: &'a [CandSet],
    pub weights: &'a [i64],
    pub marginal: &'a [i128],
    pub num_cand: usize,
    pub k: usize,
}

impl Thiele<'_> {
    /// The Thiele score of a committee.
    pub fn score(&self, w: CandSet) -> i128 {
        self.ballots
            .iter()
            .zip(self.weights)
            .map(|(&b, &wt)| {
                let n = (b & w).count_ones() as usize;
                wt as i128 * self.marginal[1..=n].iter().sum::<i128>()
            })
            .sum()
    }

    /// Marginal gain of adding each candidate to `w` (index = candidate).
    pub fn gains(&self, w: CandSet) -> Vec<i128> {
        let mut g = vec![0i128; self.num_cand];
        for (&b, &wt) in self.ballots.iter().zip(self.weights) {
            let n = (b & w).count_ones() as usize;
            let add = wt as i128 * self.marginal.get(n + 1).copied().unwrap_or(0);
            let mut s = b & !w;
            while s != 0 {
                g[s.trailing_zeros() as usize] += add;
                s &= s - 1;
            }
        }
        g
    }

    /// All optimal committees, by branch-and-bound.
    pub fn optimal(&self) -> (i128, Vec<CandSet>) {
        // Visit candidates with large singleton gains first: good committees are found
        // early and the bound prunes more.
        let single = self.gains(0);
        let mut order: Vec<usize> = (0..self.num_cand).collect();
        order.sort_by(|a, b| single[*b].cmp(&single[*a]).then(a.cmp(b)));
        let mut best = i128::MIN;
        let mut found = Vec::new();
        self.branch(&order, 0, 0, 0, &mut best, &mut found);
        found.sort_unstable();
        found.dedup();
        (best, found)
    }

    fn branch(
        &self,
        order: &[usize],
        pos: usize,
        chosen: CandSet,
        score: i128,
        best: &mut i128,
        found: &mut Vec<CandSet>,
    ) {
        let size = chosen.count_ones() as usize;
        if size == self.k {
            if score > *best {
                *best = score;
                found.clear();
            }
            if score == *best {
                found.push(chosen);
            }
            return;
        }
        let rest = &order[pos..];
        let need = self.k - size;
        if rest.len() < need {
            return;
        }
        let gains = self.gains(chosen);
        let mut open: Vec<i128> = rest.iter().map(|&c| gains[c]).collect();
        open.sort_unstable_by(|a, b| b.cmp(a));
        let bound = score + open[..need].iter().sum::<i128>();
        if bound < *best {
            return;
        }
        let c = order[pos];
        self.branch(
            order,
            pos + 1,
            chosen | (1 << c),
            score + gains[c],
            best,
            found,
        );
        self.branch(order, pos + 1, chosen, score, best, found);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enumerates_binomial_many() {
        assert_eq!(committees(9, 4).count(), 126);
        assert_eq!(committees(5, 0).count(), 1);
        assert_eq!(committees(3, 4).count(), 0);
        assert!(committees(9, 4).all(|w| w.count_ones() == 4 && w < 512));
    }
}
