//! Times the committee rules the way `commonfare decide abc --time` does, without the
//! server binary: every `compute` entry of the `.abc.yaml` files under a directory (every
//! Nth file in name order, as `scripts/bench-decide-abc N` picks them) is checked with
//! `committee::check::check_entry` and timed with `committee::timing::time_entry`
//! (computing the committees only, fastest of 5 batches, parsing excluded).
//!
//! `cargo run --release -p commonfare-decide --example abc_time -- DIR [N] [ROUNDS]`
//! prints one line per rule: entries and total seconds (fastest round of ROUNDS, default 1).

use commonfare_decide::committee::check::{Verdict, check_entry};
use commonfare_decide::committee::read_abc_yaml;
use commonfare_decide::committee::timing::time_entry;
use std::collections::BTreeMap;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .expect("usage: abc_time DIR [EVERY_NTH] [ROUNDS]");
    let nth: usize = args.next().map_or(10, |s| s.parse().expect("EVERY_NTH"));
    let rounds: usize = args.next().map_or(1, |s| s.parse().expect("ROUNDS"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("cannot list DIR")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".abc.yaml"))
        .collect();
    files.sort();
    let instances: Vec<_> = files
        .iter()
        .step_by(nth)
        .map(|f| read_abc_yaml(f).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    // ABC_RULES=av,sav limits the run to those rules (for profiling).
    let only: Option<Vec<String>> = std::env::var("ABC_RULES")
        .ok()
        .map(|s| s.split(',').map(str::to_string).collect());
    let mut best: BTreeMap<String, (usize, f64)> = BTreeMap::new();
    let mut failed = 0;
    // ABC_SLOWEST=N also prints the N slowest entries of the last round.
    let slowest: usize = std::env::var("ABC_SLOWEST").map_or(0, |s| s.parse().expect("N"));
    let mut entries: Vec<(f64, String)> = Vec::new();
    for round in 0..rounds {
        let mut totals: BTreeMap<String, (usize, f64)> = BTreeMap::new();
        for inst in &instances {
            for e in &inst.compute {
                if only.as_ref().is_some_and(|o| !o.contains(&e.rule_id)) {
                    continue;
                }
                if round == 0 && matches!(check_entry(inst, e).verdict, Verdict::Failed { .. }) {
                    failed += 1;
                }
                let took = time_entry(inst, e, 5).map_or(0.0, |d| d.as_secs_f64());
                if slowest > 0 && round + 1 == rounds {
                    let what = format!("{} {:?} {:?}", e.rule_id, e.resolute, inst.description);
                    entries.push((took, what));
                }
                let slot = totals.entry(e.rule_id.clone()).or_default();
                slot.0 += 1;
                slot.1 += took;
            }
        }
        for (rule, (n, secs)) in totals {
            let slot = best.entry(rule).or_insert((n, f64::INFINITY));
            slot.1 = slot.1.min(secs);
        }
    }
    for (rule, (n, secs)) in &best {
        println!("{rule:40} {n:5} {:10.1} µs", secs * 1e6);
    }
    entries.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (secs, what) in entries.iter().take(slowest) {
        println!("{:8.1} µs  {what}", secs * 1e6);
    }
    let all: f64 = best.values().map(|v| v.1).sum();
    println!("{:40} {:5} {:10.1} µs", "all", "", all * 1e6);
    if failed > 0 {
        eprintln!("{failed} failed checks");
        std::process::exit(1);
    }
}
