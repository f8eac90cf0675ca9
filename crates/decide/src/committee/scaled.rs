//! Integer-scaled scores for rules that only compare scores with each other: multiplying
//! every score by the same positive number changes no comparison, so fractions such as a
//! voter's weight split over their approvals become exact machine integers.
//!
//! Every function takes the profile's integer weights ([`Profile::integer_weights`]) and
//! returns `None` when a number would not fit in `i128`; the caller then computes with
//! exact rationals instead.

use super::profile::{CandSet, Profile, each};
use num_integer::Integer;

/// Scores indexed by candidate.
pub type Scores = Vec<i128>;

/// Split scores within `within`: each voter spreads their weight evenly over the
/// candidates of `within` they approve (SAV when `within` is everyone, E Pluribus Hugo's
/// round scores otherwise), all multiplied by the least common multiple L of the number
/// of such candidates per voter. Voters approving none of them give nothing.
pub fn split_scores(p: &Profile, weights: &[i64], within: CandSet) -> Option<Scores> {
    let sizes = p
        .ballots()
        .iter()
        .fold(0u128, |a, b| a | 1 << (b & within).count_ones());
    let present = || {
        let mut rest = sizes & !1;
        std::iter::from_fn(move || {
            (rest != 0).then(|| {
                let s = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                s
            })
        })
    };
    let l = present().try_fold(1i64, |l, s| l.checked_mul(s as i64 / l.gcd(&(s as i64))))?;
    // What a voter of weight 1 gives each of their s candidates: L / s.
    let mut part = [0i64; 65];
    present().for_each(|s| part[s] = l / s as i64);
    let mut score = vec![0i128; p.num_cand()];
    for (&b, &w) in p.ballots().iter().zip(weights) {
        let mine = b & within;
        if mine == 0 {
            continue;
        }
        let share = w as i128 * part[mine.count_ones() as usize] as i128;
        for c in each(mine) {
            score[c] = score[c].checked_add(share)?;
        }
    }
    Some(score)
}

/// Approval scores within `within`: the total weight of each candidate's approvers.
pub fn approval_scores(p: &Profile, weights: &[i64], within: CandSet) -> Scores {
    let mut score = vec![0i128; p.num_cand()];
    for (&b, &w) in p.ballots().iter().zip(weights) {
        for c in each(b & within) {
            score[c] += w as i128;
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_scores_are_the_fractions_times_a_common_multiple() {
        // Voters approve {0, 1}, {0, 1, 2} and {2}: SAV scores 1/2 + 1/3, 1/2 + 1/3,
        // 1/3 + 1, scaled by 6.
        let p = Profile::new(3, &[vec![0, 1], vec![0, 1, 2], vec![2]], None).unwrap();
        let w = p.integer_weights().unwrap();
        let s = split_scores(&p, w, p.all()).unwrap();
        assert_eq!(&s[..3], &[5, 5, 8]);
        // Without candidate 2, the second voter splits over two: 1/2 + 1/2 each.
        let s = split_scores(&p, w, 0b011).unwrap();
        assert_eq!(&s[..3], &[2, 2, 0]);
        assert_eq!(&approval_scores(&p, w, p.all())[..3], &[2, 2, 2]);
    }
}
