//! `commonfare decide …`: run the decision engine on files.

mod abc;
mod pb;
mod rank;

use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum DecideCommand {
    /// Participatory budgeting on a Pabulib `.pb` file.
    Pb(pb::PbArgs),
    /// Check committee rules against abcvoting `.abc.yaml` instances.
    Abc(abc::AbcArgs),
    /// Ranked and approval votes from PrefLib or BLT files.
    Rank(rank::RankArgs),
}

pub fn run(cmd: DecideCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        DecideCommand::Pb(args) => pb::run(args),
        DecideCommand::Abc(args) => abc::run(args),
        DecideCommand::Rank(args) => rank::run(args),
    }
}
