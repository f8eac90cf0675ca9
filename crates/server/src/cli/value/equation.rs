//! Placeholder until the engine behind this subcommand lands (replaced, never shipped).

use clap::Args;
use std::process::ExitCode;

#[derive(Args)]
pub struct EquationArgs {
    /// Input file.
    pub file: std::path::PathBuf,
}

pub fn run(args: EquationArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not available yet for {}", args.file.display())
}
