//! The `commonfare` command: the server and its tools in one binary.

mod cli;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Commonfare: the software of an infrastructure of cooperation.
#[derive(Parser)]
#[command(name = "commonfare", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Social choice: participatory budgets, committees, ranked votes.
    #[command(subcommand)]
    Decide(cli::decide::DecideCommand),
    /// Contribution credit, distributions and value equations.
    #[command(subcommand)]
    Value(cli::value::ValueCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Decide(cmd) => cli::decide::run(cmd),
        Command::Value(cmd) => cli::value::run(cmd),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}
