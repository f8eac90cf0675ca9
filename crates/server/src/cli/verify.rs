//! `commonfare verify`: recomputes the public journal's running hash from its first event
//! and each treasury's chain of seals from its first transaction, straight from the
//! database, and names the first event or transaction whose stored hash differs.

use commonfare::config::{Config, ConfigArgs};
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: &ConfigArgs) -> anyhow::Result<ExitCode> {
    let cfg = Config::load(args)?;
    let db = commonfare::ops::open(&cfg)?;
    let journal = db.read_blocking(|c| {
        commonfare::journal::chain::verify(c, |walked| {
            eprint!("\rjournal: {walked} events checked");
            let _ = std::io::stderr().flush();
        })
    })?;
    eprintln!();
    let mut intact = true;
    let mut out = std::io::stdout().lock();
    match &journal.first_difference {
        None => writeln!(
            out,
            "journal: {} events, intact; head {}",
            journal.events, journal.head
        )?,
        Some(d) => {
            intact = false;
            writeln!(
                out,
                "journal: event {} ({} {}, {}) differs: stored {}, recomputed {}",
                d.seq,
                d.kind,
                d.id,
                d.object_url,
                d.stored.as_deref().unwrap_or("none"),
                d.computed
            )?;
        }
    }
    for chain in db.read_blocking(commonfare::ledger::verify_chains)? {
        match chain.first_broken {
            None => writeln!(
                out,
                "treasury {}: {} transactions, intact; head {}",
                chain.treasury, chain.transactions, chain.head
            )?,
            Some(n) => {
                intact = false;
                writeln!(
                    out,
                    "treasury {}: transaction {n} differs from its recomputed seal",
                    chain.treasury
                )?;
            }
        }
    }
    Ok(if intact {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
