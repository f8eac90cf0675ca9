//! Speed of exact splits: one million recipients, integer weights (goal: < 1 s).
//! Run with `cargo bench -p commonfare-value --bench split`; it also prints one timed run.

use commonfare_value::money::Money;
use commonfare_value::split::{split, split_sequential};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Instant;

/// Deterministic pseudo-random weights (a linear congruential generator), so every run
/// splits the same input.
fn recipients(n: u64) -> Vec<(u64, u64)> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|id| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (id, x >> 40)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let amount: Money = "123456789.01 EUR".parse().expect("valid amount");
    let people = recipients(1_000_000);
    let scores: Vec<f64> = people.iter().map(|(_, w)| *w as f64).collect();

    let start = Instant::now();
    let shares = split(amount, &people).expect("split");
    let took = start.elapsed();
    let total: i64 = shares.iter().map(|m| m.minor()).sum();
    assert_eq!(total, amount.minor());
    println!("largest remainder, 1,000,000 recipients: {took:?} (one run, sums exactly)");

    let mut group = c.benchmark_group("split_1m");
    group.sample_size(10);
    group.bench_function("largest_remainder", |b| {
        b.iter(|| split(black_box(amount), black_box(&people)))
    });
    group.bench_function("sourcecred_sequential", |b| {
        b.iter(|| split_sequential(black_box(amount), black_box(&scores)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
