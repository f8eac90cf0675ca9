//! `commonfare ledger …`: the treasuries' ledgers as plain-text accounting journals, and
//! every account's balance.

use clap::{Args, Subcommand, ValueEnum};
use commonfare::config::{Config, ConfigArgs};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum LedgerCommand {
    /// Write every treasury's ledger (or one's) as an hledger or Beancount journal.
    Export(ExportArgs),
    /// Print every account's balance (of all treasuries, or of one) as CSV, the way
    /// `hledger balance -O csv` prints the exported journal's.
    Balances(BalancesArgs),
}

#[derive(Args)]
pub struct BalancesArgs {
    #[command(flatten)]
    config: ConfigArgs,
    /// Only this treasury (its handle).
    #[arg(long, value_name = "HANDLE")]
    treasury: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Hledger,
    Beancount,
}

#[derive(Args)]
pub struct ExportArgs {
    #[command(flatten)]
    config: ConfigArgs,
    /// The journal's format.
    #[arg(long, value_enum)]
    format: Format,
    /// Only this treasury (its handle).
    #[arg(long, value_name = "HANDLE")]
    treasury: Option<String>,
    /// Output file (default: standard output).
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(cmd: LedgerCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        LedgerCommand::Export(a) => {
            let cfg = Config::load(&a.config)?;
            let db = commonfare::ops::open(&cfg)?;
            let format = match a.format {
                Format::Hledger => "hledger",
                Format::Beancount => "beancount",
            };
            let text = db.read_blocking(|c| {
                let mut out = Vec::new();
                commonfare::ledger::write_journal(c, format, a.treasury.as_deref(), &mut out)?;
                Ok(out)
            })?;
            match &a.output {
                Some(path) => std::fs::write(path, &text)?,
                None => std::io::stdout().lock().write_all(&text)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        LedgerCommand::Balances(a) => {
            let cfg = Config::load(&a.config)?;
            let db = commonfare::ops::open(&cfg)?;
            let text = db.read_blocking(|c| {
                let mut out = Vec::new();
                commonfare::ledger::write_balances(c, a.treasury.as_deref(), &mut out)?;
                Ok(out)
            })?;
            std::io::stdout().lock().write_all(&text)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
