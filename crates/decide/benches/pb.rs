//! Criterion benchmarks of the PB rules on real Pabulib files from `shared/data/pabulib`:
//! a small district (every rule) and the city-scale bench files (MES and completions).
//! `cargo bench -p commonfare-decide --bench pb`

use commonfare_decide::pb::{self, Options, Rule, profile::Support, rules::run_with_support};
use criterion::{Criterion, criterion_group, criterion_main};
use std::path::PathBuf;
use std::time::Duration;

fn data(rel: &str) -> PathBuf {
    let p = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/pabulib/"
    ))
    .join(rel);
    assert!(p.exists(), "benchmark data missing: {}", p.display());
    p
}

fn bench_file(c: &mut Criterion, rel: &str, rules: &[Rule]) {
    let inst = pb::read_pb_file(&data(rel)).expect("bench file parses");
    let support = Support::new(&inst);
    let name = rel.rsplit('/').next().unwrap().trim_end_matches(".pb");
    let opts = Options::default();
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3));
    for &rule in rules {
        group.bench_function(rule.name(), |b| {
            b.iter(|| run_with_support(&inst, &support, rule, &opts).unwrap())
        });
    }
    group.finish();
}

fn benches(c: &mut Criterion) {
    let all: Vec<Rule> = Rule::all_names()
        .iter()
        .filter_map(|n| Rule::parse(n))
        .collect();
    bench_file(c, "files/poland_warszawa_2017_kamionek.pb", &all);
    let heavy = [
        Rule::GreedyCost,
        Rule::MesCost,
        Rule::MesCostGreedyCompletion,
        Rule::MesCostAdd1,
        Rule::MesCostExhaustion,
    ];
    bench_file(c, "bench/files/poland_wroclaw_2021_.pb", &heavy);
    bench_file(c, "bench/files/poland_krakow_2021_.pb", &heavy);
    bench_file(c, "bench/files/poland_warszawa_2023_wesola.pb", &heavy);
    let parse = data("bench/files/poland_wroclaw_2021_.pb");
    c.bench_function("parse poland_wroclaw_2021_", |b| {
        b.iter(|| pb::read_pb_file(&parse).unwrap())
    });
}

criterion_group!(pb_benches, benches);
criterion_main!(pb_benches);
