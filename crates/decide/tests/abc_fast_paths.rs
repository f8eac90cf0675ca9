//! The integer paths the committee rules take when no explanation is written
//! (`compute_committees`) must give exactly the committees of the rational paths that
//! `compute` takes: on every abcvoting instance and on random weighted profiles.

use commonfare_decide::committee::{
    Profile, RESOLUTE_ONLY, compute, compute_committees, read_abc_yaml,
};
use num_bigint::BigInt;
use num_rational::BigRational;
use proptest::prelude::*;

/// The rules with an integer path.
const RULES: [&str; 11] = [
    "av",
    "sav",
    "trivial",
    "eph",
    "phragmen-enestroem",
    "consensus-rule",
    "seqphragmen",
    "equal-shares",
    "equal-shares-with-av-completion",
    "equal-shares-with-increment-completion",
    "pav",
];

const DIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/abc/instances"
);

fn same_both_ways(p: &Profile, k: usize) -> Result<(), String> {
    for rule in RULES {
        for resolute in [false, true] {
            if !resolute && RESOLUTE_ONLY.contains(&rule) {
                continue;
            }
            let exact = compute(rule, p, k, resolute).map(|o| o.committees);
            let fast = compute_committees(rule, p, k, resolute);
            if exact != fast {
                return Err(format!("{rule} resolute={resolute}: {exact:?} vs {fast:?}"));
            }
        }
    }
    Ok(())
}

#[test]
fn integer_paths_match_on_every_instance() {
    let dir = std::path::Path::new(DIR);
    assert!(dir.is_dir(), "reference data missing: {}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".abc.yaml"))
        .collect();
    files.sort();
    for f in files {
        let inst = read_abc_yaml(&f).unwrap_or_else(|e| panic!("{e}"));
        let k = inst.committeesize.expect("committeesize");
        if let Err(e) = same_both_ways(&inst.profile, k) {
            panic!("{}: {e}", f.display());
        }
    }
}

fn profile() -> impl Strategy<Value = (Profile, usize)> {
    (2usize..8, 1usize..13).prop_flat_map(|(m, n)| {
        let ballot = proptest::collection::btree_set(0..m as i64, 0..=m);
        let weight = (1i64..4, 1i64..3);
        (
            proptest::collection::vec((ballot, weight), n),
            1..=m,
            any::<bool>(),
        )
            .prop_map(move |(voters, k, weighted)| {
                let ballots: Vec<Vec<i64>> = voters
                    .iter()
                    .map(|(b, _)| b.iter().copied().collect())
                    .collect();
                let weights = weighted.then(|| {
                    voters
                        .iter()
                        .map(|(_, (a, b))| BigRational::new(BigInt::from(*a), BigInt::from(*b)))
                        .collect()
                });
                (Profile::new(m, &ballots, weights).unwrap(), k)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn integer_paths_match_on_random_profiles((p, k) in profile()) {
        prop_assert_eq!(same_both_ways(&p, k), Ok(()));
    }
}
