//! Grain statements on SourceCred's shared vectors (`shared/data/sourcecred/vectors/`):
//! for every recipient of every allocation, the contributions' shares and the rest add up to
//! the cred the policy counted, and every listed contribution is joined to the recipient by
//! an edge dated in a counted week.

use commonfare_value::credrank::{self, Endpoint, Graph, Parameters};
use commonfare_value::grain::statement::counted_weeks;
use commonfare_value::grain::{CredTable, GrainStatement};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn vectors() -> Vec<PathBuf> {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/sourcecred/vectors"
    ));
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| {
            panic!(
                "SourceCred vectors missing at {} ({e}): the shared data must sit beside \
                 the workspace",
                dir.display()
            )
        })
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".graph.json"))
        .collect();
    files.sort();
    assert!(files.len() >= 14, "expected the shared vectors in {dir:?}");
    files
}

fn load(path: &Path) -> Graph {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Graph::from_json(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// (contribution, participant, week) for every edge that carries cred from a contribution
/// to a participant.
fn feeding_edges(g: &Graph) -> HashSet<(usize, usize, usize)> {
    let mut out = HashSet::new();
    for e in &g.edges {
        let week = g.intervals.edge_week(e.timestamp_ms).unwrap_or(0);
        match (e.src, e.dst) {
            (Endpoint::Participant(p), Endpoint::Node(c)) if e.backward_weight > 0.0 => {
                out.insert((c as usize, p as usize, week));
            }
            (Endpoint::Node(c), Endpoint::Participant(p)) if e.forward_weight > 0.0 => {
                out.insert((c as usize, p as usize, week));
            }
            _ => {}
        }
    }
    out
}

/// Checks every statement of every scenario run of `g` solved with `prm`; returns how many
/// recipients were checked and the largest |notConverged| / cred seen.
fn check_vector(path: &Path, g: &Graph, prm: Parameters) -> (usize, f64) {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let (cred, tracer) = credrank::credrank_traced(g, prm, &mut |_| {});
    let table = CredTable::from_credrank(&cred);
    let feeds = feeding_edges(g);
    let (mut checked, mut worst) = (0, 0.0f64);
    for scenario in &g.grain_scenarios {
        for run in scenario.run(&table, &g.participants) {
            let Ok(result) = run.outcome else { continue };
            for a in &result.allocations {
                let st = GrainStatement::new(g, &cred, &tracer, a);
                let weeks = counted_weeks(&a.policy, &a.basis, &cred.intervals);
                let counted: HashSet<usize> = weeks.iter().map(|w| w.0).collect();
                assert_eq!(st.recipients.len(), a.recipients.len());
                for (i, r) in st.recipients.iter().enumerate() {
                    let p = a.recipients[i];
                    assert_eq!(r.participant, g.participants[p].id);
                    assert_eq!(r.amount, a.amounts[i].to_string());
                    let Some(s) = &r.sources else {
                        assert_eq!(a.policy.type_name(), "SPECIAL", "{name}");
                        continue;
                    };
                    let what = format!("{name} {} {}", a.policy.type_name(), r.participant);
                    let tol = 1e-9 * s.cred.abs().max(1e-12);
                    let listed: f64 = s.contributions.iter().map(|c| c.cred).sum();
                    assert!(
                        (listed + s.other.total - s.cred).abs() <= tol,
                        "{what}: contributions {listed} + other {} != cred {}",
                        s.other.total,
                        s.cred
                    );
                    // The cred the policy counted (its basis), summed in another order.
                    assert!(
                        (s.cred - a.basis.cred[i]).abs() <= tol,
                        "{what}: cred {} vs basis {}",
                        s.cred,
                        a.basis.cred[i]
                    );
                    for pair in s.contributions.windows(2) {
                        assert!(pair[0].cred >= pair[1].cred, "{what}: not sorted");
                    }
                    for c in &s.contributions {
                        let node = g
                            .nodes
                            .iter()
                            .position(|n| n.id == c.node)
                            .unwrap_or_else(|| panic!("{what}: unknown node {}", c.node));
                        assert!(
                            counted.iter().any(|&k| feeds.contains(&(node, p, k))),
                            "{what}: {} has no edge to the recipient in a counted week",
                            c.node
                        );
                        assert!(c.cred > 0.0 && (c.share - c.cred / s.cred).abs() <= 1e-12);
                    }
                    if s.cred > 0.0 {
                        worst = worst.max(s.other.not_converged.abs() / s.cred);
                    }
                    checked += 1;
                }
            }
        }
    }
    (checked, worst)
}

#[test]
fn shares_add_up_to_the_counted_cred_of_every_recipient_in_every_vector() {
    let mut checked = 0;
    for path in vectors() {
        let g = load(&path);
        checked += check_vector(&path, &g, g.parameters).0;
    }
    assert!(checked > 100, "only {checked} recipients checked");
}

#[test]
fn at_full_convergence_nothing_is_left_to_the_iteration() {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/sourcecred/vectors"
    ));
    let path = dir.join("small_multi_week.graph.json");
    let g = load(&path);
    let prm = Parameters {
        max_iterations: 100_000,
        convergence_threshold: 1e-16,
        ..g.parameters
    };
    let (checked, worst) = check_vector(&path, &g, prm);
    assert!(checked > 0);
    assert!(worst < 1e-9, "largest notConverged / cred {worst}");
}
