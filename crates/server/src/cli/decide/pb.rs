//! Placeholder until the engine behind this subcommand lands (replaced, never shipped).

use clap::Args;
use std::process::ExitCode;

#[derive(Args)]
pub struct PbArgs {
    /// Input file.
    pub file: std::path::PathBuf,
}

pub fn run(args: PbArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not available yet for {}", args.file.display())
}
