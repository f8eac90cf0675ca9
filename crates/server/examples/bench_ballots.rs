//! Enrols the electorate of `scripts/bench-ballots` (and of `scripts/bench-budget-ballots`)
//! into a SQLite store that holds the demo: VOTERS people, each registered (journaled like a sign-up, with one password
//! hashed once, since argon2id is slow on purpose), made a member of ORG through the
//! invitation of its admin and the person's acceptance (both journaled), and given an API
//! token; the tokens are written one per line to TOKENS_FILE. With DISTRICTS, each voter
//! also lives in one of that many districts (voter i in district i mod DISTRICTS + 1, so
//! they are spread evenly), written after the token on its line (`TOKEN DISTRICT`): a
//! budget process of ORG with members' eligibility lets them vote in it and the
//! city-wide heading. Everything goes through the accounts' public flows; nothing is
//! written around them. Run it while no server uses the file.
//!
//!   bench_ballots VOTERS DB_FILE TOKENS_FILE [ORG] [ADMIN] [DISTRICTS]
//!                                               (default makers-lagomar amara, no districts)

use commonfare::config::Engine;
use commonfare::db::Db;
use std::io::Write;
use std::time::Instant;

/// People enrolled per write transaction.
const BATCH: usize = 500;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: bench_ballots VOTERS DB_FILE TOKENS_FILE [ORG] [ADMIN] [DISTRICTS]";
    let voters: usize = args.next().ok_or_else(|| anyhow::anyhow!(usage))?.parse()?;
    let path = args.next().ok_or_else(|| anyhow::anyhow!(usage))?;
    let tokens_path = args.next().ok_or_else(|| anyhow::anyhow!(usage))?;
    let org = args.next().unwrap_or_else(|| "makers-lagomar".into());
    let admin = args.next().unwrap_or_else(|| "amara".into());
    let districts: Option<usize> = args.next().map(|d| d.parse()).transpose()?;
    if districts == Some(0) {
        anyhow::bail!("DISTRICTS must be at least 1");
    }
    let db = Db::connect(Engine::Sqlite, &path, 1)?;
    let hash = commonfare::accounts::hash_password("benchmark password")?;
    let mut out = std::io::BufWriter::new(std::fs::File::create(&tokens_path)?);
    let start = Instant::now();
    let mut done = 0;
    while done < voters {
        let upto = (done + BATCH).min(voters);
        let (org, admin, hash) = (org.clone(), admin.clone(), hash.clone());
        let tokens = db.write_blocking(move |c| {
            let by = commonfare::accounts::require_person(c, &admin)?;
            let mut tokens = Vec::with_capacity(upto - done);
            for i in done..upto {
                let handle = format!("voter{i}");
                let p = commonfare::accounts::register_hashed(
                    c,
                    &handle,
                    &format!("Voter {i}"),
                    &hash,
                )?;
                commonfare::accounts::enrol_member(c, &by, &org, &p)?;
                tokens.push(commonfare::accounts::issue_token(
                    c,
                    &p,
                    "ballot benchmark",
                )?);
            }
            Ok(tokens)
        })?;
        for (i, t) in (done..upto).zip(tokens) {
            match districts {
                Some(n) => writeln!(out, "{t} {}", i % n + 1)?,
                None => writeln!(out, "{t}")?,
            }
        }
        done = upto;
    }
    out.flush()?;
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "enrolled {voters} voters of {org} in {secs:.1} s ({:.0}/s), tokens in {tokens_path}",
        voters as f64 / secs
    );
    Ok(())
}
