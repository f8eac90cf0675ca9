//! Criterion benchmark: every abcvoting rule over all 480 test instances
//! (`shared/data/abc/instances`), irresolute where the rule allows it.

use commonfare_decide::committee::{AbcInstance, RESOLUTE_ONLY, RULE_IDS, compute, read_abc_yaml};
use criterion::{Criterion, criterion_group, criterion_main};
use std::time::Duration;

const DIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/abc/instances"
);

fn instances() -> Vec<AbcInstance> {
    let dir = std::path::Path::new(DIR);
    if !dir.is_dir() {
        eprintln!(
            "\n*** SKIPPING abc bench: reference data missing at {} ***\n",
            dir.display()
        );
        return Vec::new();
    }
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| read_abc_yaml(f).unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

fn bench(c: &mut Criterion) {
    let all = instances();
    let mut group = c.benchmark_group("abc-480-instances");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    for rule in RULE_IDS {
        let resolute = RESOLUTE_ONLY.contains(&rule);
        group.bench_function(rule, |b| {
            b.iter(|| {
                for inst in &all {
                    let k = inst.committeesize.unwrap_or(1);
                    let _ = std::hint::black_box(compute(rule, &inst.profile, k, resolute));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
