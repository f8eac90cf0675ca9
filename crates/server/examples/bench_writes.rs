//! Write throughput on SQLite, in one run: the application's sign-up write (handle check,
//! person insert and journal event in one immediate transaction, through the pool) against
//! a raw insert loop on the same engine settings. Password hashing (argon2id, slow on
//! purpose) is done once up front and excluded, so the ratio measures the store and the
//! journal, not the password hash. The two loops alternate in rounds so that a noisy
//! moment on the machine falls on both; each round's ratio is printed, then the totals.
//! Used by `scripts/bench-server`.

use commonfare::config::Engine;
use commonfare::db::{self, Db};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use std::time::{Duration, Instant};

const ROUNDS: usize = 5;

fn main() -> anyhow::Result<()> {
    let n: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(5000);
    let per_round = n.div_ceil(ROUNDS);
    let dir = tempfile::tempdir()?;

    // Raw loop: one INSERT per autocommit transaction, same pragmas as the app.
    let raw_path = dir.path().join("raw.db");
    let mut raw = SqliteConnection::establish(&raw_path.to_string_lossy())?;
    raw.batch_execute(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;
         CREATE TABLE t (id TEXT PRIMARY KEY NOT NULL, handle TEXT NOT NULL UNIQUE, body TEXT NOT NULL, at BIGINT NOT NULL);",
    )?;
    // The app's path.
    let app_path = dir.path().join("app.db");
    let pool = Db::connect(Engine::Sqlite, &app_path.to_string_lossy(), 4)?;
    let hash = commonfare::accounts::hash_password("benchmark password")?;

    let (mut raw_time, mut app_time) = (Duration::ZERO, Duration::ZERO);
    let mut ratios = Vec::new();
    for round in 0..ROUNDS {
        let first = round * per_round;
        let start = Instant::now();
        for i in first..first + per_round {
            diesel::sql_query("INSERT INTO t (id, handle, body, at) VALUES (?, ?, ?, ?)")
                .bind::<diesel::sql_types::Text, _>(db::new_id())
                .bind::<diesel::sql_types::Text, _>(format!("raw{i}"))
                .bind::<diesel::sql_types::Text, _>("Raw Person")
                .bind::<diesel::sql_types::BigInt, _>(db::now_ms())
                .execute(&mut raw)?;
        }
        let raw_round = start.elapsed();

        let start = Instant::now();
        for i in first..first + per_round {
            let hash = hash.clone();
            pool.write_blocking(move |c| {
                commonfare::accounts::register_hashed(c, &format!("p{i}"), "Bench Person", &hash)
            })?;
        }
        let app_round = start.elapsed();
        let ratio = raw_round.as_secs_f64() / app_round.as_secs_f64();
        eprintln!(
            "round {}: raw {:.0}/s, sign-ups {:.0}/s, ratio {ratio:.3}",
            round + 1,
            per_round as f64 / raw_round.as_secs_f64(),
            per_round as f64 / app_round.as_secs_f64()
        );
        ratios.push(ratio);
        raw_time += raw_round;
        app_time += app_round;
    }
    let total = per_round * ROUNDS;
    let events = pool.read_blocking(commonfare::journal::store::count)?;
    assert_eq!(events as usize, total, "one journal event per sign-up");
    ratios.sort_by(f64::total_cmp);

    let raw_rate = total as f64 / raw_time.as_secs_f64();
    let app_rate = total as f64 / app_time.as_secs_f64();
    println!("raw_insert_per_sec {raw_rate:.0}");
    println!("signup_journal_per_sec {app_rate:.0}");
    println!("ratio {:.3}", app_rate / raw_rate);
    println!("median_round_ratio {:.3}", ratios[ROUNDS / 2]);
    Ok(())
}
