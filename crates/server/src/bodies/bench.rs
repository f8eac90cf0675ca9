//! The outcome's speed (issue 14, "Speed"), as an ignored test that `scripts/bench-
//! decision-outcome` runs in release: a decision of the makers' general assembly (the
//! demo's people and organizations, seeded by accounts) drafted and opened through the
//! flows, BENCH_BALLOTS ranked ballots over BENCH_OPTIONS options stored in its ballots'
//! table through the store's batch insert (the rows the cast writes and the count reads),
//! then counted from the database — the one query that reads them, the engine's count —
//! and closed for real; its ballot file written through the code that serves
//! `GET /api/v1/decisions/{id}/ballots`. It prints one line per decision for the script
//! to time `commonfare decide rank` against, on the same file, in the same run.

use super::model::{Choice, NewDecision};
use super::service::{self, NewBody};
use super::store::{self, BallotRow};
use super::{closing, count, decisions};
use crate::config::Engine;
use crate::db::Db;
use crate::seed::DemoContext;
use std::time::Instant;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A ranking of every option, drawn from a generator seeded by the ballot's number, with
/// a lean towards the low options so that the count has something to find.
fn ballot(n: usize, options: usize) -> Vec<usize> {
    let mut x = (n as u64)
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut keyed: Vec<(u64, usize)> = (0..options)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 1000 + (i as u64) * 40, i)
        })
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(_, i)| i).collect()
}

#[test]
#[ignore = "a benchmark: scripts/bench-decision-outcome runs it in release"]
fn outcome_from_stored_ballots() {
    let n = env("BENCH_BALLOTS", 100_000);
    let options = env("BENCH_OPTIONS", 20);
    let out_dir = std::env::var("BENCH_OUT").unwrap_or_else(|_| ".".into());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.db");
    let db = Db::connect(Engine::Sqlite, &path.to_string_lossy(), 2).unwrap();
    let hash = crate::accounts::hash_password("benchmark password").unwrap();
    let (amara, body) = db
        .write_blocking(move |c| {
            let mut ctx = DemoContext {
                password_hash: hash,
                ..Default::default()
            };
            crate::accounts::seed_demo(c, &mut ctx)?;
            let amara = ctx.person("amara")?;
            let body = service::create_body(
                c,
                &amara,
                "makers-lagomar",
                &NewBody {
                    slug: "assembly".into(),
                    name: "General assembly".into(),
                    kind: "general_assembly".into(),
                    rules: Default::default(),
                },
            )?;
            Ok((amara, body))
        })
        .unwrap();
    for (method, seats) in [("schulze", 1), ("stv-scottish", 5)] {
        let (opener, body) = (amara.clone(), body.clone());
        let loc = db
            .write_blocking(move |c| {
                let d = decisions::draft(
                    c,
                    &opener,
                    &body,
                    &NewDecision {
                        title: format!("Benchmark: {method}"),
                        method: Some(method.into()),
                        options: (1..=options).map(|i| format!("Option {i}")).collect(),
                        seats: Some(seats),
                        secrecy: Some("open".into()),
                        ..Default::default()
                    },
                )?;
                decisions::open(c, &opener, &d.d.id)
            })
            .unwrap();
        let id = loc.d.id.clone();
        let rows: Vec<BallotRow> = (0..n)
            .map(|i| BallotRow {
                decision_id: id.clone(),
                id: super::ballots::ballot_id(),
                choice: serde_json::to_string(&Choice::Rank {
                    ranking: ballot(i, options),
                })
                .unwrap(),
                weight: 1,
                voter_id: None,
                receipt_hash: None,
            })
            .collect();
        db.write_blocking(move |c| store::insert_ballots(c, &rows))
            .unwrap();

        // Where the time goes, phase by phase (printed for whoever profiles it).
        let pid = id.clone();
        db.read_blocking(move |c| {
            let t = Instant::now();
            let rows = store::ballot_choices(c, &pid)?;
            let read = t.elapsed().as_secs_f64();
            let t = Instant::now();
            let ballots = closing::choices_of(&rows)?;
            let parsed = t.elapsed().as_secs_f64();
            let t = Instant::now();
            let loc = service::require_decision(c, &pid)?;
            let _ = count::count(
                loc.method()?,
                &loc.options()?,
                loc.d.seats,
                loc.d.points,
                &loc.rules()?,
                loc.d.electorate_weight as u64,
                &ballots,
            );
            let counted = t.elapsed().as_secs_f64();
            println!(
                "PHASES {method}: read {read:.4} s, parsed {parsed:.4} s, counted {counted:.4} s"
            );
            Ok(())
        })
        .unwrap();

        // Counting from the database: read the stored ballots, count them.
        let lid = id.clone();
        let started = Instant::now();
        let outcome = db
            .read_blocking(move |c| {
                let loc = service::require_decision(c, &lid)?;
                let ballots = closing::stored_choices(c, &loc.d.id)?;
                Ok(count::count(
                    loc.method()?,
                    &loc.options()?,
                    loc.d.seats,
                    loc.d.points,
                    &loc.rules()?,
                    loc.d.electorate_weight as u64,
                    &ballots,
                ))
            })
            .unwrap();
        let counted = started.elapsed().as_secs_f64();

        // The whole close: count, ballot file and its hash, journal.
        let (cid, who) = (id.clone(), amara.clone());
        let started = Instant::now();
        db.write_blocking(move |c| closing::close(c, Some(&who), &cid))
            .unwrap();
        let closed = started.elapsed().as_secs_f64();

        let fid = id.clone();
        let file = db
            .read_blocking(move |c| {
                let loc = service::require_decision(c, &fid)?;
                closing::ballot_file(c, &loc)
            })
            .unwrap();
        let file_path = std::path::Path::new(&out_dir).join(&file.name);
        std::fs::write(&file_path, &file.text).unwrap();
        println!(
            "BENCH method={method} seats={seats} ballots={n} options={options} count_s={counted:.4} close_s={closed:.4} winners={} file={}",
            outcome.winners.join(","),
            file_path.display()
        );
    }
}
