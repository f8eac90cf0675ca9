//! Helpers that apply the tie-breaking convention of this module: the policy orders ids from
//! most to least preferred; choosing takes the first, eliminating takes the last.

use super::ballot::Profile;
use crate::TieBreak;
use std::cmp::Ordering;

/// The candidate among `tied` that the policy prefers most.
pub(crate) fn choose<T>(profile: &Profile<T>, tie: &TieBreak, tied: &[usize]) -> usize {
    *tied
        .iter()
        .min_by(|a, b| tie.compare(profile.id(**a), profile.id(**b)))
        .expect("choose is called with at least one candidate")
}

/// The candidate among `tied` that the policy prefers least (the one to eliminate).
pub(crate) fn eliminate<T>(profile: &Profile<T>, tie: &TieBreak, tied: &[usize]) -> usize {
    *tied
        .iter()
        .max_by(|a, b| tie.compare(profile.id(**a), profile.id(**b)))
        .expect("eliminate is called with at least one candidate")
}

/// Candidates sorted by score, highest first, equal scores by the policy; and the same
/// order grouped into ties of equal score.
pub(crate) fn order_by_score<T, S: Ord>(
    profile: &Profile<T>,
    tie: &TieBreak,
    scores: &[S],
) -> (Vec<usize>, Vec<Vec<usize>>) {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| match scores[b].cmp(&scores[a]) {
        Ordering::Equal => tie.compare(profile.id(a), profile.id(b)),
        o => o,
    });
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &c in &order {
        match groups.last_mut() {
            Some(g) if scores[g[0]] == scores[c] => g.push(c),
            _ => groups.push(vec![c]),
        }
    }
    (order, groups)
}

/// Ids of the given candidates.
pub(crate) fn ids<T>(profile: &Profile<T>, cs: &[usize]) -> Vec<String> {
    cs.iter().map(|&c| profile.id(c).to_string()).collect()
}

/// Ids grouped like `groups`.
pub(crate) fn id_groups<T>(profile: &Profile<T>, groups: &[Vec<usize>]) -> Vec<Vec<String>> {
    groups.iter().map(|g| ids(profile, g)).collect()
}

/// "name" or "name (id)" when they differ: how candidates appear in explanations.
pub(crate) fn label<T>(profile: &Profile<T>, c: usize) -> String {
    let (id, name) = (profile.id(c), profile.name(c));
    if id == name || name.is_empty() {
        id.to_string()
    } else {
        format!("{name} ({id})")
    }
}

/// Which end of a tie a count is looking for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Want {
    Lowest,
    Highest,
}

/// Resolves a tie by looking back: at the most recent earlier stage where the tied
/// candidates did not all have equal votes, the unique lowest (or highest) is chosen; if
/// that stage still leaves several at the extreme, or the candidates were equal at every
/// stage, `None` (the caller then uses the policy, i.e. "by lot").
pub(crate) fn by_prior_stages<V: Ord + Copy>(
    history: &[Vec<V>],
    tied: &[usize],
    want: Want,
) -> Option<usize> {
    for stage in history.iter().rev() {
        let values = tied.iter().map(|&c| stage[c]);
        let extreme = match want {
            Want::Lowest => values.clone().min()?,
            Want::Highest => values.clone().max()?,
        };
        if values.clone().all(|v| v == extreme) {
            continue;
        }
        let at: Vec<usize> = tied
            .iter()
            .copied()
            .filter(|&c| stage[c] == extreme)
            .collect();
        return if at.len() == 1 { Some(at[0]) } else { None };
    }
    None
}
