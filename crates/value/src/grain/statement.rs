//! The statement of a grain allocation: per recipient, the amount and the contributions
//! behind the cred the policy counted, so that a contributor can check their payout by hand.
//!
//! The weeks counted are the allocation's [`Basis`] weeks, each with the weight the policy
//! gives it (1 for IMMEDIATE and BALANCED, `(1−discount)^age` for RECENT); SPECIAL counts no
//! cred. Each recipient's cred in those weeks is split as [`crate::credrank::attribution`]
//! defines: per contribution, `β · cred(contribution) · P(contribution → recipient's week)`,
//! plus what came from the recipient's own other weeks (webbing), from other participants,
//! and the stopped iteration's last change. [`DEFINITION`] says so in the output.

use super::policy::{Allocation, Basis, Policy};
use crate::credrank::{CredRank, Graph, Intervals, Tracer, WEEK_MS};
use serde::Serialize;
use std::fmt::Write as _;

/// What the numbers of a grain statement are, in one paragraph for the output.
pub const DEFINITION: &str = "A recipient's cred is what their weekly nodes paid out (beta \
times their score) in the weeks the policy counted, each week times its policy weight (1; \
RECENT: (1-discount)^age). At stationarity each week's cred equals beta times the cred that \
flowed into that week in one step, so it splits exactly by source: a contribution's share is \
beta x the contribution's own cred (nodeCred) x the transition probability of its edges to the \
recipient in that week ((1-alpha) x edge weight / the contribution's total outgoing weight), \
summed over edges and weeks and weighted like the week. The rest came from the recipient's \
own other weeks (webbing gamma), from other participants (participant-to-participant edges), \
or is the power iteration's last change (notConverged, SourceCred stops before exact \
convergence). Contributions and the rest add up to cred.";

/// The statement of one allocation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GrainStatement {
    pub definition: &'static str,
    /// In the allocation's recipient order.
    pub recipients: Vec<GrainRecipient>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GrainRecipient {
    pub participant: String,
    /// In the smallest unit, as a decimal string.
    pub amount: String,
    /// Where the counted cred came from; absent for SPECIAL, which is not cred-based.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub sources: Option<CredSources>,
}

/// A recipient's counted cred and its sources.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CredSources {
    /// Cred in the counted weeks, weighted by the policy.
    pub cred: f64,
    /// Every contribution with a share, largest first.
    pub contributions: Vec<ContributionLine>,
    pub other: OtherCred,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContributionLine {
    /// The contribution's node id.
    pub node: String,
    /// Cred it gave the recipient in the counted weeks.
    pub cred: f64,
    /// `cred` over the recipient's counted cred.
    pub share: f64,
    /// The contribution's own cred (its CredRank score).
    pub node_cred: f64,
}

/// Counted cred that did not come straight from a contribution.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OtherCred {
    pub own_weeks: f64,
    pub other_participants: f64,
    pub not_converged: f64,
    pub total: f64,
}

/// The graph weeks a policy counted and the weight of each, oldest first. Weeks outside
/// the graph (the view may be wider, to cover past payouts) hold no cred and are left out.
pub fn counted_weeks(policy: &Policy, basis: &Basis, graph_weeks: &Intervals) -> Vec<(usize, f64)> {
    let Some((start, _, n)) = basis.weeks else {
        return vec![];
    };
    let weight = |i: usize| -> f64 {
        match policy {
            Policy::Recent { discount, .. } => {
                // The newest week counts 1, each week older (1−discount) times the next.
                let keep = 1.0 - discount;
                (i + 1..n).fold(1.0, |w, _| w * keep)
            }
            _ => 1.0,
        }
    };
    match policy {
        Policy::Special { .. } => vec![],
        _ => (0..n)
            .filter_map(|i| {
                let k = graph_weeks.index_of(start + i as i64 * WEEK_MS)?;
                let w = weight(i);
                (w > 0.0).then_some((k, w))
            })
            .collect(),
    }
}

impl GrainStatement {
    /// Traces every recipient's counted cred back to contributions (once per recipient,
    /// after CredRank; nothing here touches the iteration).
    pub fn new(graph: &Graph, cred: &CredRank, tracer: &Tracer, a: &Allocation) -> GrainStatement {
        let weeks = counted_weeks(&a.policy, &a.basis, &cred.intervals);
        let cred_based = !matches!(a.policy, Policy::Special { .. });
        let recipients = a
            .recipients
            .iter()
            .zip(&a.amounts)
            .map(|(&p, amount)| GrainRecipient {
                participant: graph.participants[p].id.clone(),
                amount: amount.to_string(),
                sources: cred_based.then(|| {
                    let t = tracer.attribute(p, &weeks);
                    let share = |c: f64| if t.cred > 0.0 { c / t.cred } else { 0.0 };
                    CredSources {
                        cred: t.cred,
                        contributions: t
                            .contributions
                            .iter()
                            .map(|c| ContributionLine {
                                node: graph.nodes[c.node].id.clone(),
                                cred: c.cred,
                                share: share(c.cred),
                                node_cred: cred.node_cred[c.node],
                            })
                            .collect(),
                        other: OtherCred {
                            own_weeks: t.own_weeks,
                            other_participants: t.participants,
                            not_converged: t.not_converged,
                            total: t.other(),
                        },
                    }
                }),
            })
            .collect();
        GrainStatement {
            definition: DEFINITION,
            recipients,
        }
    }
}

impl CredSources {
    /// Indented lines for people: at most `limit` contributions, then one line for the rest
    /// of them, then the cred not from contributions.
    pub fn render(&self, limit: usize, indent: &str) -> String {
        let pct = |c: f64| {
            if self.cred > 0.0 {
                100.0 * c / self.cred
            } else {
                0.0
            }
        };
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{indent}cred {:.6} in the counted weeks came from:",
            self.cred
        );
        let width = self
            .contributions
            .iter()
            .take(limit)
            .map(|c| c.node.len())
            .max()
            .unwrap_or(0)
            .max(12);
        for c in self.contributions.iter().take(limit) {
            let _ = writeln!(
                out,
                "{indent}  {:width$}  {:>12.6}  {:>6.2}%  (its own cred {:.6})",
                c.node,
                c.cred,
                pct(c.cred),
                c.node_cred
            );
        }
        let rest = self.contributions.get(limit..).unwrap_or(&[]);
        if !rest.is_empty() {
            let total: f64 = rest.iter().map(|c| c.cred).sum();
            let _ = writeln!(
                out,
                "{indent}  and {} more contribution(s) totalling {total:.6} ({:.2}%)",
                rest.len(),
                pct(total)
            );
        }
        let o = &self.other;
        let _ = writeln!(
            out,
            "{indent}  other {:.6} ({:.2}%): own other weeks (webbing) {:.6}, other \
             participants {:.6}, not converged {:.3e}",
            o.total,
            pct(o.total),
            o.own_weeks,
            o.other_participants,
            o.not_converged
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(node: &str, cred: f64) -> ContributionLine {
        ContributionLine {
            node: node.into(),
            cred,
            share: cred / 10.0,
            node_cred: 2.0 * cred,
        }
    }

    #[test]
    fn people_see_the_largest_contributions_and_a_total_for_the_rest() {
        let s = CredSources {
            cred: 10.0,
            contributions: vec![line("pr1", 4.0), line("pr2", 3.0), line("issue1", 1.0)],
            other: OtherCred {
                own_weeks: 1.5,
                other_participants: 0.5,
                not_converged: 0.0,
                total: 2.0,
            },
        };
        let text = s.render(2, "  ");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 5, "{text}");
        assert!(lines[0].contains("cred 10.000000"), "{text}");
        assert!(
            lines[1].contains("pr1") && lines[1].contains("40.00%"),
            "{text}"
        );
        assert!(
            lines[2].contains("pr2") && lines[2].contains("30.00%"),
            "{text}"
        );
        assert!(
            lines[3].contains("and 1 more contribution(s) totalling 1.000000 (10.00%)"),
            "{text}"
        );
        assert!(lines[4].contains("other 2.000000 (20.00%)"), "{text}");
        assert!(!s.render(3, "").contains("more contribution"));
    }

    #[test]
    fn special_counts_no_week_and_recent_discounts_older_ones() {
        let weeks = Intervals {
            start_ms: 1_704_585_600_000,
            count: 3,
        };
        let basis = Basis {
            weeks: Some((weeks.start(0), weeks.end(2), 3)),
            cred: vec![],
            paid: vec![],
            per_cred: None,
        };
        let recent = Policy::Recent {
            budget: 1,
            discount: 0.5,
            exclusions: vec![],
        };
        assert_eq!(
            counted_weeks(&recent, &basis, &weeks),
            vec![(0, 0.25), (1, 0.5), (2, 1.0)]
        );
        let immediate = Policy::Immediate {
            budget: 1,
            lookback: 3,
        };
        assert_eq!(
            counted_weeks(&immediate, &basis, &weeks),
            vec![(0, 1.0), (1, 1.0), (2, 1.0)]
        );
        let special = Policy::Special {
            budget: 1,
            recipient: 0,
            memo: String::new(),
        };
        assert!(counted_weeks(&special, &basis, &weeks).is_empty());
        // A view wider than the graph (older payouts): its extra weeks hold no cred.
        let wider = Basis {
            weeks: Some((weeks.start(0) - 2 * WEEK_MS, weeks.end(0), 3)),
            ..basis
        };
        assert_eq!(counted_weeks(&immediate, &wider, &weeks), vec![(0, 1.0)]);
    }
}
