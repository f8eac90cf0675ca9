//! Benchmarks of the body rules at the sizes a large assembly or a city-wide ranked vote
//! produces: Schulze with 50 candidates × 100,000 ballots, instant-runoff with 100,000
//! ballots, Scottish and Meek STV with 10,000 ballots, and reading a 10,000-ballot BLT file.
//!
//! Ballots are drawn from a fixed-seed generator with a popularity bias (so that counts
//! look like real elections rather than uniform noise) and are identical on every run.

use commonfare_decide::TieBreak;
use commonfare_decide::body::formats::blt;
use commonfare_decide::body::{Ballot, Candidate, Profile, Ranking, runoff, schulze, stv};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// splitmix64: a small, reproducible generator (no dependency needed for a benchmark).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// `ballots` rankings of up to `depth` of `n` candidates; candidate c is drawn with
/// weight proportional to n - c, so low-numbered candidates are more popular.
fn profile(n: usize, ballots: usize, depth: usize, seed: u64) -> Profile<Ranking> {
    let mut rng = Rng(seed);
    let candidates = (0..n)
        .map(|c| Candidate::new((c + 1).to_string(), format!("Candidate {}", c + 1)))
        .collect();
    let mut out = Vec::with_capacity(ballots);
    for _ in 0..ballots {
        let mut left: Vec<usize> = (0..n).collect();
        let len = 1 + rng.below(depth as u64) as usize;
        let mut order = Vec::with_capacity(len);
        for _ in 0..len {
            let total: u64 = left.iter().map(|&c| (n - c) as u64).sum();
            let mut pick = rng.below(total);
            let i = left
                .iter()
                .position(|&c| {
                    let w = (n - c) as u64;
                    if pick < w {
                        true
                    } else {
                        pick -= w;
                        false
                    }
                })
                .unwrap_or(0);
            order.push(left.swap_remove(i));
        }
        out.push(Ballot::new(Ranking::strict(order)));
    }
    Profile::new(candidates, out).expect("generated ballots are valid")
}

fn to_blt(p: &Profile<Ranking>, seats: usize) -> String {
    let mut s = format!("{} {seats}\n", p.candidates().len());
    for b in p.ballots() {
        s.push_str(&b.weight.to_string());
        for c in b.choice.ranked() {
            s.push_str(&format!(" {}", c + 1));
        }
        s.push_str(" 0\n");
    }
    s.push_str("0\n");
    for c in p.candidates() {
        s.push_str(&format!("\"{}\"\n", c.name));
    }
    s.push_str("\"bench\"\n");
    s
}

fn bench(c: &mut Criterion) {
    let tie = TieBreak::Lexicographic;
    let mut group = c.benchmark_group("body");
    group.sample_size(10);

    let big = profile(50, 100_000, 50, 1);
    group.bench_function("schulze 50 candidates x 100k ballots", |b| {
        b.iter(|| schulze::schulze(black_box(&big), 1, &tie).unwrap())
    });

    let irv = profile(10, 100_000, 10, 2);
    group.bench_function("irv 10 candidates x 100k ballots", |b| {
        b.iter(|| runoff::instant_runoff(black_box(&irv), &tie).unwrap())
    });

    let stv_profile = profile(20, 10_000, 12, 3);
    group.bench_function("stv-scottish 20 candidates x 10k ballots, 5 seats", |b| {
        b.iter(|| stv::scottish_stv(black_box(&stv_profile), 5, &[], &tie).unwrap())
    });
    group.bench_function("stv-meek 20 candidates x 10k ballots, 5 seats", |b| {
        b.iter(|| stv::meek_stv(black_box(&stv_profile), 5, &[], &tie).unwrap())
    });

    let text = to_blt(&stv_profile, 5);
    group.bench_function("read BLT 10k ballots", |b| {
        b.iter(|| blt::read("bench.blt", black_box(&text)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
