//! `commonfare value equation EQUATION.json CONTRIBUTIONS.json --amount AMOUNT [--json]`:
//! distribute an amount with a value equation and print the statement.
//!
//! EQUATION.json is a value equation and CONTRIBUTIONS.json is `{"contributions": [...]}`;
//! both formats are described in `commonfare_value::equation` (the crate's module doc)
//! and shown by `crates/value/examples/nrp-equation.json` and `nrp-contributions.json`.
//! AMOUNT is `"195.00 USD"`, or a bare number (`195`) in the equation's unit. The
//! statement is printed as text, or as JSON with `--json`. Runs over more than 100,000
//! contributions note on stderr what they read and how long it took (`--quiet`: not).
//! Bad input (unreadable files, unknown fields, percentages over 100, unknown units,
//! amounts that overflow) is reported with the file and the element at fault, and the
//! exit status is 2.

use anyhow::Context;
use clap::Args;
use commonfare_value::equation::{Contributions, ValueEquation, distribute};
use commonfare_value::money::Money;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Args)]
pub struct EquationArgs {
    /// The value equation (JSON).
    pub equation: PathBuf,
    /// The contributions (JSON: {"contributions": [...]}).
    pub contributions: PathBuf,
    /// Amount to distribute, e.g. "195.00 USD", or a bare number in the equation's unit.
    #[arg(long, allow_hyphen_values = true)]
    pub amount: String,
    /// Print the statement as JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// No progress on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Runs over more contributions than this say on stderr what they read and how long
/// each step took (unless `--quiet`).
const NOTE_ABOVE_CONTRIBUTIONS: usize = 100_000;

/// A progress line for a long run, `None` for a short one.
fn note(contributions: usize, above: usize, what: &str, started: Instant) -> Option<String> {
    (contributions > above).then(|| {
        format!(
            "equation: {what} in {:.2} s",
            started.elapsed().as_secs_f64()
        )
    })
}

pub fn run(args: EquationArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let above = if args.quiet {
        usize::MAX
    } else {
        NOTE_ABOVE_CONTRIBUTIONS
    };
    let equation: ValueEquation = read_json(&args.equation)?;
    let contributions: Contributions = read_json(&args.contributions)?;
    let n = contributions.contributions.len();
    if let Some(line) = note(n, above, &format!("read {n} contributions"), started) {
        eprintln!("{line}");
    }
    let amount = parse_amount(&args.amount, &equation)
        .with_context(|| format!("--amount '{}'", args.amount))?;
    let statement =
        distribute(&equation, &contributions.contributions, amount).with_context(|| {
            format!(
                "{} with {}",
                args.equation.display(),
                args.contributions.display()
            )
        })?;
    let done = format!(
        "distributed {amount} to {} recipients over {} buckets",
        statement.recipients.len(),
        equation.buckets.len()
    );
    if let Some(line) = note(n, above, &done, started) {
        eprintln!("{line}");
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&statement)?);
    } else {
        print!("{}", statement.render());
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_amount(text: &str, equation: &ValueEquation) -> anyhow::Result<Money> {
    let text = text.trim();
    let amount = if text.contains(char::is_whitespace) {
        text.parse()?
    } else {
        Money::parse_in(text, equation.unit)?
    };
    Ok(amount)
}

/// Reads a JSON file; errors name the file and the JSON path of the element at fault.
pub(super) fn read_json<T: DeserializeOwned>(path: &Path) -> anyhow::Result<T> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut de = serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let at = e.path().to_string();
        let inner = e.into_inner();
        anyhow::anyhow!("{}: at {at}: {inner}", path.display())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../value/examples")
            .join(name)
    }

    #[test]
    fn amounts_are_read_in_the_equation_unit_or_with_their_own() {
        let eq: ValueEquation = read_json(&example("nrp-equation.json")).unwrap();
        assert_eq!(parse_amount("195", &eq).unwrap().to_string(), "195.00 USD");
        assert_eq!(
            parse_amount(" 1.5 EUR ", &eq).unwrap().to_string(),
            "1.50 EUR"
        );
        assert!(parse_amount("1.555", &eq).is_err());
        assert!(parse_amount("1 EURO", &eq).is_err());
    }

    #[test]
    fn long_runs_note_their_progress() {
        let t = Instant::now();
        let line = note(
            100_001,
            NOTE_ABOVE_CONTRIBUTIONS,
            "read 100001 contributions",
            t,
        );
        let line = line.expect("a long run says what it did");
        assert!(
            line.starts_with("equation: read 100001 contributions in "),
            "{line}"
        );
        assert!(line.ends_with(" s"), "{line}");
        assert!(note(100_000, NOTE_ABOVE_CONTRIBUTIONS, "read", t).is_none());
        assert!(note(5_000_000, usize::MAX, "read (quiet)", t).is_none());
    }

    #[test]
    fn the_example_runs_and_bad_files_name_the_element() {
        let args = EquationArgs {
            equation: example("nrp-equation.json"),
            contributions: example("nrp-contributions.json"),
            amount: "195".into(),
            json: true,
            quiet: true,
        };
        assert_eq!(run(args).unwrap(), ExitCode::SUCCESS);
        let dir = std::env::temp_dir().join(format!("cf-equation-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let bad = dir.join("bad.json");
        std::fs::write(&bad, r#"{"name":"t","unit":"USD","buckets":[{"name":"a","percent":"1","agent":"x","colour":1}]}"#).unwrap();
        let err = read_json::<ValueEquation>(&bad).unwrap_err().to_string();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(
            err.contains("buckets[0]") && err.contains("colour"),
            "{err}"
        );
    }
}
