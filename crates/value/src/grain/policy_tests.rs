//! Hand-checked grain cases, including SPECIAL (which SourceCred's vectors do not cover).

use super::{CredTable, Payout, Policy, RunSpec, Scenario};
use crate::credrank::{Intervals, Participant, WEEK_MS};

const START: i64 = 1_704_585_600_000; // Sunday 2024-01-07 00:00 UTC

fn people() -> Vec<Participant> {
    ["alice", "bob", "carol"]
        .iter()
        .map(|id| Participant {
            id: id.to_string(),
            active: *id != "carol",
        })
        .collect()
}

fn table() -> CredTable {
    CredTable {
        intervals: Intervals {
            start_ms: START,
            count: 2,
        },
        per_interval: vec![vec![1.0, 3.0], vec![2.0, 2.0], vec![5.0, 5.0]],
    }
}

fn run(prior: Vec<Payout>, policies: Vec<Policy>) -> Vec<(Vec<usize>, Vec<i128>)> {
    let s = Scenario {
        name: "hand".into(),
        prior,
        runs: vec![RunSpec {
            effective_ms: START + 2 * WEEK_MS,
            policies,
        }],
    };
    let runs = s.run(&table(), &people());
    let res = runs[0].outcome.as_ref().expect("run succeeds");
    res.allocations
        .iter()
        .map(|a| (a.recipients.clone(), a.amounts.clone()))
        .collect()
}

#[test]
fn special_pays_the_whole_budget_to_one_recipient() {
    let got = run(
        vec![],
        vec![Policy::Special {
            budget: 77,
            recipient: 1,
            memo: "initial balance".into(),
        }],
    );
    assert_eq!(got, vec![(vec![1], vec![77])]);
}

#[test]
fn balanced_makes_up_for_past_payouts() {
    // Window cred: alice 4, bob 4 (carol is inactive and does not count). Paid so far:
    // alice 100. perCred = ⌊(100 + 300) / 8⌋ = 50, targets 200 each, so alice lacks 100
    // and bob 200: the 300 go 100 / 200.
    let prior = vec![Payout {
        cred_timestamp_ms: START + 1000,
        participant: 0,
        amount: 100,
    }];
    let got = run(
        prior,
        vec![Policy::Balanced {
            budget: 300,
            lookback: 0,
        }],
    );
    assert_eq!(got, vec![(vec![0, 1], vec![100, 200])]);
}

#[test]
fn immediate_and_recent_by_hand() {
    let got = run(
        vec![],
        vec![
            // Last week only: 3 vs 2.
            Policy::Immediate {
                budget: 1000,
                lookback: 1,
            },
            // Discount 1 keeps only the last week, like IMMEDIATE with one week.
            Policy::Recent {
                budget: 1000,
                discount: 1.0,
                exclusions: vec![],
            },
            // Discount 0.5: alice 1·0.5 + 3 = 3.5, bob 2·0.5 + 2 = 3; bob excluded.
            Policy::Recent {
                budget: 1000,
                discount: 0.5,
                exclusions: vec![1],
            },
        ],
    );
    assert_eq!(got[0], (vec![0, 1], vec![600, 400]));
    assert_eq!(got[1], got[0]);
    assert_eq!(got[2], (vec![0], vec![1000]));
}

#[test]
fn a_failed_run_stops_the_scenario() {
    let s = Scenario {
        name: "too small".into(),
        prior: vec![],
        runs: vec![
            RunSpec {
                effective_ms: START + 2 * WEEK_MS,
                // perCred = ⌊7 / 8⌋ = 0: every score is 0 and SourceCred throws.
                policies: vec![Policy::Balanced {
                    budget: 7,
                    lookback: 0,
                }],
            },
            RunSpec {
                effective_ms: START + 2 * WEEK_MS,
                policies: vec![Policy::Immediate {
                    budget: 7,
                    lookback: 1,
                }],
            },
        ],
    };
    let runs = s.run(&table(), &people());
    assert_eq!(runs.len(), 1);
    let err = runs[0].outcome.as_ref().unwrap_err().to_string();
    assert!(
        err.contains("BALANCED") && err.contains("positive"),
        "{err}"
    );
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    fn policy() -> impl Strategy<Value = Policy> {
        let budget = prop_oneof![0i128..2000, 0i128..(1i128 << 120), Just(i128::MAX)];
        (budget, 0usize..4, 0.0f64..=1.0, 0usize..3).prop_map(|(budget, kind, d, n)| match kind {
            0 => Policy::Immediate {
                budget,
                lookback: n + 1,
            },
            1 => Policy::Recent {
                budget,
                discount: d,
                exclusions: vec![n],
            },
            2 => Policy::Balanced {
                budget,
                lookback: n,
            },
            _ => Policy::Special {
                budget,
                recipient: n.min(1),
                memo: String::new(),
            },
        })
    }

    proptest! {
        /// Any cred, past payouts and policies: no panic, and every allocation that goes
        /// through pays exactly its budget.
        #[test]
        fn runs_never_panic_and_pay_exactly(
            cred in proptest::collection::vec(proptest::collection::vec(0.0f64..1e9, 2), 3),
            prior in proptest::collection::vec((0usize..2, 0i128..(1i128 << 126)), 0..4),
            policies in proptest::collection::vec(policy(), 1..4),
        ) {
            let table = CredTable { per_interval: cred, ..table() };
            let prior = prior
                .into_iter()
                .map(|(participant, amount)| Payout {
                    cred_timestamp_ms: START + 10,
                    participant,
                    amount,
                })
                .collect();
            let s = Scenario {
                name: "prop".into(),
                prior,
                runs: vec![RunSpec { effective_ms: START + 2 * WEEK_MS, policies }],
            };
            for run in s.run(&table, &people()) {
                if let Ok(res) = run.outcome {
                    for a in res.allocations {
                        prop_assert_eq!(a.amounts.iter().sum::<i128>(), a.policy.budget());
                        prop_assert!(a.amounts.iter().all(|&x| x >= 0));
                    }
                }
            }
        }
    }
}
