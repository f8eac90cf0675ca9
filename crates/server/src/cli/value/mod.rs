//! `commonfare value …`: run the value engine on files.

mod credrank;
mod distribute;
mod equation;
mod policy;

use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum ValueCommand {
    /// Contribution credit of every participant, per week and in total (SourceCred's CredRank).
    Credrank(credrank::CredrankArgs),
    /// Distribute a budget over a contribution graph with a policy.
    Distribute(distribute::DistributeArgs),
    /// Distribute an amount with a value equation over contributions.
    Equation(equation::EquationArgs),
    /// Distribute an amount with the equal, peer-allocation or time-weighted policy.
    #[command(subcommand)]
    Policy(policy::PolicyCommand),
}

pub fn run(cmd: ValueCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        ValueCommand::Credrank(args) => credrank::run(args),
        ValueCommand::Distribute(args) => distribute::run(args),
        ValueCommand::Equation(args) => equation::run(args),
        ValueCommand::Policy(cmd) => policy::run(cmd),
    }
}
