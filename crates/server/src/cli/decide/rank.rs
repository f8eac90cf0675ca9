//! `commonfare decide rank FILE --method METHOD`: counts a PrefLib (`.soc .soi .toc .toi
//! .cat`) or BLT file with a ranked rule (Schulze, IRV, Scottish or Meek STV, Borda,
//! approval, plurality) and prints a readable report or, with `--json`, the outcome with
//! its explanation.

use anyhow::{Context, bail};
use clap::Args;
use commonfare_decide::TieBreak;
use commonfare_decide::body::formats::read_ranked;
use commonfare_decide::body::method::{self, Method, RankedOptions};
use serde::Serialize;
use std::process::ExitCode;

#[derive(Args)]
pub struct RankArgs {
    /// Input file: PrefLib .soc/.soi/.toc/.toi/.cat or BLT .blt.
    pub file: std::path::PathBuf,
    /// Counting rule: schulze, irv, stv-scottish, stv-meek, borda, approval, plurality.
    #[arg(long, short)]
    pub method: String,
    /// Seats to fill (default: the BLT file's own figure, else 1).
    #[arg(long, short)]
    pub seats: Option<usize>,
    /// Tie-break policy: lexicographic (ids as strings), natural, or seed:N.
    #[arg(long, default_value = "lexicographic")]
    pub tie_break: String,
    /// For approval: how many leading groups of a ballot count as approved (default: the
    /// first category of a .cat file, every ranked candidate otherwise).
    #[arg(long)]
    pub approve_groups: Option<usize>,
    /// Print the outcome as JSON.
    #[arg(long)]
    pub json: bool,
}

/// What `--json` prints: the outcome plus what the file said.
#[derive(Serialize)]
struct Report<'a> {
    file: String,
    title: Option<&'a str>,
    seats: usize,
    /// Display names of the winners, in the order of `outcome.winners`.
    winner_names: Vec<&'a str>,
    #[serde(flatten)]
    outcome: &'a commonfare_decide::body::Outcome,
}

pub fn run(args: RankArgs) -> anyhow::Result<ExitCode> {
    let method: Method = args.method.parse()?;
    let tie = parse_tie_break(&args.tie_break)?;
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let name = args.file.display().to_string();
    let file = read_ranked(&name, &text)?;
    let seats = args.seats.or(file.seats).unwrap_or(1);
    let options = RankedOptions {
        withdrawn: file.withdrawn.clone(),
        approval_groups: args.approve_groups.unwrap_or(if file.kind == "cat" {
            1
        } else {
            usize::MAX
        }),
    };
    let outcome = method::run(method, &file.profile, seats, &options, &tie)
        .with_context(|| format!("{name}: cannot count with {method}"))?;
    let names = file.profile.candidates();
    let winner_names: Vec<&str> = outcome
        .winners
        .iter()
        .filter_map(|id| names.iter().find(|c| &c.id == id).map(|c| c.name.as_str()))
        .collect();
    if args.json {
        let report = Report {
            file: name,
            title: file.title.as_deref(),
            seats,
            winner_names,
            outcome: &outcome,
        };
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("File: {name}");
        if let Some(title) = &file.title {
            println!("Title: {title}");
        }
        println!(
            "Candidates: {}, ballots: {} ({} votes), seats: {seats}",
            names.len(),
            file.profile.ballots().len(),
            file.profile.total_weight()
        );
        print!("{outcome}");
        println!("Elected: {}", winner_names.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_tie_break(text: &str) -> anyhow::Result<TieBreak> {
    let t = text.trim().to_ascii_lowercase();
    Ok(match t.as_str() {
        "lexicographic" | "lex" => TieBreak::Lexicographic,
        "natural" => TieBreak::Natural,
        _ => match t.split_once(':') {
            Some(("seed" | "seeded", n)) => TieBreak::Seeded {
                seed: n
                    .trim()
                    .parse()
                    .with_context(|| format!("seed {n:?} must be a whole number"))?,
            },
            _ => bail!("unknown tie-break {text:?}; use lexicographic, natural or seed:N"),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tie_break_names() {
        assert_eq!(parse_tie_break("Natural").unwrap(), TieBreak::Natural);
        assert_eq!(parse_tie_break("lex").unwrap(), TieBreak::Lexicographic);
        assert_eq!(
            parse_tie_break("seed:42").unwrap(),
            TieBreak::Seeded { seed: 42 }
        );
        assert!(parse_tie_break("seed:x").is_err());
        assert!(parse_tie_break("coin").is_err());
    }
}
