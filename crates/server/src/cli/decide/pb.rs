//! `commonfare decide pb FILE.pb --rule RULE`: runs a participatory-budgeting rule on a
//! Pabulib file and prints the funded projects with the explanation (text or JSON).

use clap::Args;
use commonfare_decide::TieBreak;
use commonfare_decide::pb::{self, Options, Rule};
use std::process::ExitCode;

#[derive(Args)]
pub struct PbArgs {
    /// Input file (Pabulib `.pb`).
    pub file: std::path::PathBuf,
    /// Rule name as in pabulib/expected.json (greedy_cost, greedy_cardinality, mes_cost,
    /// mes_cardinality, mes_cost_irresolute, mes_cost_greedy_completion, mes_cost_exhaustion,
    /// mes_cost_add1, mes_cost_add1_greedy_completion, phragmen) or an alias (greedy, mes,
    /// equal-shares, …).
    #[arg(long, default_value = "mes_cost_add1_greedy_completion")]
    pub rule: String,
    /// Tie-breaking: lexicographic (ids as strings, pabutools' default), natural, or seed:N.
    #[arg(long, default_value = "lexicographic")]
    pub tie_break: String,
    /// Fix pabutools' quirks instead of reproducing them (see the crate docs).
    #[arg(long)]
    pub corrected: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

fn parse_tie_break(s: &str) -> Option<TieBreak> {
    match s.to_ascii_lowercase().as_str() {
        "lexicographic" | "lexico" | "string" => Some(TieBreak::Lexicographic),
        "natural" => Some(TieBreak::Natural),
        other => other
            .strip_prefix("seed:")?
            .parse()
            .ok()
            .map(|seed| TieBreak::Seeded { seed }),
    }
}

pub fn run(args: PbArgs) -> anyhow::Result<ExitCode> {
    let Some(rule) = Rule::parse(&args.rule) else {
        eprintln!(
            "error: unknown rule `{}`; known rules: {}",
            args.rule,
            Rule::all_names().join(", ")
        );
        return Ok(ExitCode::from(2));
    };
    let Some(tie_break) = parse_tie_break(&args.tie_break) else {
        eprintln!(
            "error: unknown tie-break `{}`; use lexicographic, natural or seed:N",
            args.tie_break
        );
        return Ok(ExitCode::from(2));
    };
    let instance = match pb::read_pb_file(&args.file) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let opts = Options {
        tie_break,
        pabutools_compatible: !args.corrected,
        ..Options::default()
    };
    let outcome = match pb::run(&instance, rule, &opts) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {}: rule {}: {e}", args.file.display(), rule.name());
            return Ok(ExitCode::from(2));
        }
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&outcome)?);
    } else {
        print!("{}", outcome.to_text());
    }
    Ok(ExitCode::SUCCESS)
}
