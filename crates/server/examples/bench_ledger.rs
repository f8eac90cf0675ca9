//! Fills a SQLite store with a ledger of N postings for `scripts/bench-ledger`: one person,
//! one organization's treasury with twelve accounts in euros, and N/2 two-leg transfers
//! between them over two years, each balanced. The rows are written with set-based SQL
//! (the ledger's one write path seals each transaction onto a hash chain, which would make
//! the filling, not the report, the long part); the ledger's own checks hold: every
//! transaction sums to zero, numbers follow each other, amounts fit in i64.
//!
//!   bench_ledger POSTINGS DB_FILE

use commonfare::config::Engine;
use commonfare::db::Db;
use diesel::prelude::*;
use std::time::Instant;

const ACCOUNTS: i64 = 12;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let postings: i64 = args
        .next()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(1_000_000);
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: bench_ledger POSTINGS DB_FILE"))?;
    let _ = std::fs::remove_file(&path);
    let db = Db::connect(Engine::Sqlite, &path, 1)?;
    let hash = commonfare::accounts::hash_password("benchmark password")?;
    let transactions = postings / 2;
    let start = Instant::now();
    db.write_blocking(move |c| {
        let person = commonfare::accounts::register_hashed(c, "bench", "Bench Treasurer", &hash)?;
        let pid = person.id.as_str().to_string();
        let run = |c: &mut commonfare::db::DbConn, sql: String| -> Result<(), commonfare::error::AppError> {
            diesel::sql_query(sql).execute(c)?;
            Ok(())
        };
        run(c, format!(
            "INSERT INTO ledger_treasuries (id, handle, owner_kind, owner_id, opened_by, created_at) \
             VALUES ('bench-t', 'bench', 'person', '{pid}', '{pid}', 0)"
        ))?;
        run(c, format!(
            "INSERT INTO ledger_stewards (treasury_id, person_id, since) VALUES ('bench-t', '{pid}', 0)"
        ))?;
        for a in 0..ACCOUNTS {
            let (name, kind) = match a % 4 {
                0 => (format!("bank-{a}"), "asset"),
                1 => (format!("suppliers:s{a}"), "external"),
                2 => (format!("members:m{a}"), "external"),
                _ => (format!("projects:p{a}"), "expense"),
            };
            run(c, format!(
                "INSERT INTO ledger_accounts (id, treasury_id, name, kind, unit, no_negative, created_at) \
                 VALUES ('bench-a{a}', 'bench-t', '{name}', '{kind}', 'EUR', FALSE, 0)"
            ))?;
        }
        run(c, format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {transactions}) \
             INSERT INTO ledger_transactions (id, treasury_id, number, flow, category, booked_on, memo, \
               reference, earmark_commons_id, reverses, idempotency_key, request, author_id, created_at, hash) \
             SELECT 'bench-x' || i, 'bench-t', i, 'transfer', NULL, \
               date('2025-01-01', '+' || (i % 700) || ' days'), 'Transfer ' || i, 'REF-' || i, \
               NULL, NULL, NULL, NULL, '{pid}', 0, '' FROM n"
        ))?;
        run(c, format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {transactions}) \
             INSERT INTO ledger_legs (transaction_id, position, account_id, amount, unit) \
             SELECT 'bench-x' || i, 1, 'bench-a' || (i % {ACCOUNTS}), (i * 7919) % 100000 + 1, 'EUR' FROM n \
             UNION ALL \
             SELECT 'bench-x' || i, 2, 'bench-a' || ((i * 5 + 1) % {ACCOUNTS}), -((i * 7919) % 100000 + 1), 'EUR' FROM n"
        ))?;
        Ok(())
    })?;
    eprintln!(
        "{postings} postings in {transactions} transactions written in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
