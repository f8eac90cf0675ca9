//! Speed of exact splits: one million recipients, integer weights (goal: < 1 s), and a
//! value equation over 100,000 contributions. Run with
//! `cargo bench -p commonfare-value --bench split`; it also prints one timed run of each.

use commonfare_value::equation::{Contribution, ValueEquation, distribute};
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

    let (eq, contributions) = equation_case(100_000);
    let budget: Money = "1000000.00 EUR".parse().expect("valid amount");
    let start = Instant::now();
    let statement = distribute(&eq, &contributions, budget).expect("distribution");
    let took = start.elapsed();
    println!(
        "value equation, 100,000 contributions, {} recipients: {took:?} (one run)",
        statement.recipients.len()
    );

    let mut group = c.benchmark_group("split_1m");
    group.sample_size(10);
    group.bench_function("largest_remainder", |b| {
        b.iter(|| split(black_box(amount), black_box(&people)))
    });
    group.bench_function("sourcecred_sequential", |b| {
        b.iter(|| split_sequential(black_box(amount), black_box(&scores)))
    });
    group.finish();

    let mut group = c.benchmark_group("equation_100k");
    group.sample_size(10);
    group.bench_function("distribute", |b| {
        b.iter(|| distribute(black_box(&eq), black_box(&contributions), black_box(budget)))
    });
    group.finish();
}

/// Two buckets (a fund and the contributions), three claim rules, 2,000 agents.
fn equation_case(n: usize) -> (ValueEquation, Vec<Contribution>) {
    let eq = serde_json::json!({"name": "bench", "unit": "EUR", "buckets": [
        {"name": "fund", "percent": "10", "agent": "treasury"},
        {"name": "work", "percent": "90", "rules": [
            {"kind": "work", "claim": "debt_like", "formula": {"quantity_times": "25.00 EUR"}},
            {"kind": "expense", "claim": "debt_like", "formula": "value"},
            {"kind": "idea", "claim": "equity_like", "formula": {"fixed": "5.00 EUR"}}]}]});
    let kinds = ["work", "expense", "idea"];
    let contributions: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            serde_json::json!({"id": format!("c{i:07}"), "agent": format!("a{}", i % 2000),
                "kind": kinds[i % 3], "quantity": format!("{}.5", i % 9),
                "value": format!("{}.{:02} EUR", i % 500, i % 100)})
        })
        .collect();
    let eq = serde_json::from_value(eq).expect("valid equation");
    let contributions = serde_json::from_value(serde_json::Value::Array(contributions))
        .expect("valid contributions");
    (eq, contributions)
}

criterion_group!(benches, bench);
criterion_main!(benches);
