//! Criterion benchmarks of CredRank on SourceCred's benchmark graphs (`bench/` in the
//! shared data): reading and validating the file, building the Markov chain, and the whole
//! computation. `scripts/bench-credrank` compares the same work with SourceCred itself.

use commonfare_value::credrank::{self, Graph, MarkovChain};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

fn graph_bytes(n: usize) -> Vec<u8> {
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/sourcecred/bench"
    ))
    .join(format!("bench_{n}.graph.json"));
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "\n*** benchmark graph {} not readable ({e}); the shared SourceCred data is required ***\n",
            path.display()
        )
    })
}

fn bench_size(c: &mut Criterion, n: usize, samples: usize) {
    let bytes = graph_bytes(n);
    let graph = Graph::from_json(&bytes).expect("benchmark graph is valid");
    let mut group = c.benchmark_group(format!("credrank_{n}"));
    group.sample_size(samples);
    group.bench_function("read_and_validate", |b| {
        b.iter(|| Graph::from_json(black_box(&bytes)).unwrap())
    });
    group.bench_function("build_chain", |b| {
        b.iter(|| MarkovChain::new(black_box(&graph), &graph.parameters))
    });
    group.bench_function("credrank", |b| {
        b.iter(|| credrank::credrank(black_box(&graph)))
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    bench_size(c, 10_000, 20);
    bench_size(c, 100_000, 10);
}

criterion_group!(credrank_benches, benches);
criterion_main!(credrank_benches);
