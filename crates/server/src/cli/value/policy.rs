//! `commonfare value policy equal|peer|time-weighted INPUT.json --amount AMOUNT [--json]`:
//! share an amount with one of the policies of `commonfare_value::policy` and print the
//! statement (text by default, JSON with `--json`).
//!
//! AMOUNT always names its unit (`"1000.00 EUR"`), since the inputs carry none. The input
//! is one JSON object; unknown fields are refused.
//!
//! - `equal`: `{"members": ["ana", "bruno", …]}` — everybody the same share.
//! - `peer` (Coordinape): `{"allowance": 100, "members": [{"id": "ana"}, {"id": "dario",
//!   "receives": false}, …], "allocations": [{"from": "ana", "to": "bruno", "points":
//!   60}, …]}` — `receives` defaults to true; each member gives at most `allowance` points.
//! - `time-weighted` (Protocol Guild): `{"members": [{"id": "ana", "eligible_months": 24,
//!   "months_on_break": 6, "time_weighting": "0.5"}, …]}` — `months_on_break` defaults
//!   to 0 and `time_weighting` (a string or an integer, in (0, 1]) to 1.
//!
//! Examples: `crates/value/examples/equal-members.json`, `peer-epoch.json` and
//! `guild-members.json`. Bad input (an unreadable file, a wrong or unknown field, a member
//! listed twice, an over-spent allowance, an amount without a unit) is reported with the
//! file and the JSON path or member at fault, and the exit status is 2.

use super::equation::read_json;
use anyhow::Context;
use clap::{Args, Subcommand};
use commonfare_value::money::Money;
use commonfare_value::policy::equal::equal_split;
use commonfare_value::policy::peer::{Allocation, PeerMember, peer_allocation};
use commonfare_value::policy::time_weighted::{GuildMember, time_weighted};
use commonfare_value::statement::Statement;
use serde::Deserialize;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum PolicyCommand {
    /// Equal split: every member the same share.
    Equal(PolicyArgs),
    /// Coordinape-style peer allocation: paid in proportion to the points received.
    Peer(PolicyArgs),
    /// Protocol Guild-style shares: √((eligible months − break) × time weighting).
    TimeWeighted(PolicyArgs),
}

#[derive(Args)]
pub struct PolicyArgs {
    /// The policy's input (JSON; see `commonfare value policy --help` and the examples).
    pub input: PathBuf,
    /// Amount to distribute with its unit, e.g. "1000.00 EUR".
    #[arg(long, allow_hyphen_values = true)]
    pub amount: String,
    /// Print the statement as JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EqualInput {
    members: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeerInput {
    allowance: u64,
    members: Vec<PeerMember>,
    #[serde(default)]
    allocations: Vec<Allocation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimeWeightedInput {
    members: Vec<GuildMember>,
}

pub fn run(cmd: PolicyCommand) -> anyhow::Result<ExitCode> {
    let json = match &cmd {
        PolicyCommand::Equal(a) | PolicyCommand::Peer(a) | PolicyCommand::TimeWeighted(a) => a.json,
    };
    let statement = statement(&cmd)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&statement)?);
    } else {
        print!("{}", statement.render());
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads the input and the amount and runs the chosen policy.
fn statement(cmd: &PolicyCommand) -> anyhow::Result<Statement> {
    let (PolicyCommand::Equal(args)
    | PolicyCommand::Peer(args)
    | PolicyCommand::TimeWeighted(args)) = cmd;
    let amount =
        parse_amount(&args.amount).with_context(|| format!("--amount '{}'", args.amount))?;
    let path = &args.input;
    let result = match cmd {
        PolicyCommand::Equal(_) => {
            let input: EqualInput = read_json(path)?;
            equal_split(amount, &input.members)
        }
        PolicyCommand::Peer(_) => {
            let input: PeerInput = read_json(path)?;
            peer_allocation(amount, input.allowance, &input.members, &input.allocations)
        }
        PolicyCommand::TimeWeighted(_) => {
            let input: TimeWeightedInput = read_json(path)?;
            time_weighted(amount, &input.members)
        }
    };
    result.with_context(|| path.display().to_string())
}

/// The inputs name no unit, so the amount must: `"1000.00 EUR"`.
fn parse_amount(text: &str) -> anyhow::Result<Money> {
    if !text.trim().contains(char::is_whitespace) {
        anyhow::bail!("give the amount with its unit, e.g. \"1000.00 EUR\"");
    }
    Ok(text.parse()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(name: &str) -> PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../value/examples")
            .join(name)
    }

    fn args(input: PathBuf, amount: &str) -> PolicyArgs {
        PolicyArgs {
            input,
            amount: amount.into(),
            json: true,
        }
    }

    /// A scratch file with `body`, removed when dropped.
    struct Scratch(PathBuf);
    impl Scratch {
        fn new(name: &str, body: &str) -> Scratch {
            let dir = std::env::temp_dir().join(format!("cf-policy-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            let path = dir.join(name);
            std::fs::write(&path, body).unwrap();
            Scratch(path)
        }
    }
    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    fn error_of(cmd: PolicyCommand) -> String {
        format!("{:#}", statement(&cmd).unwrap_err())
    }

    #[test]
    fn amounts_must_name_their_unit() {
        assert_eq!(parse_amount(" 1.5 EUR ").unwrap().to_string(), "1.50 EUR");
        let err = parse_amount("1000").unwrap_err().to_string();
        assert!(err.contains("unit"), "{err}");
        assert!(parse_amount("1.555 EUR").is_err());
        assert!(parse_amount("1 EURO").is_err());
        let cmd = PolicyCommand::Equal(args(example("equal-members.json"), "1000"));
        assert!(error_of(cmd).contains("--amount '1000'"));
    }

    #[test]
    fn equal_example_gives_the_leftover_cent_to_the_lowest_id() {
        let cmd = PolicyCommand::Equal(args(example("equal-members.json"), "1000.00 EUR"));
        let s = statement(&cmd).unwrap();
        let paid: Vec<String> = ["ana", "bruno", "carla"]
            .iter()
            .map(|m| s.amount_of(m).to_string())
            .collect();
        assert_eq!(paid, ["333.34 EUR", "333.33 EUR", "333.33 EUR"]);
        assert_eq!(run(cmd).unwrap(), ExitCode::SUCCESS);
    }

    #[test]
    fn peer_example_pays_by_points_received_and_skips_opted_out() {
        // Received: ana 50+30+20 = 100, bruno 60+70 = 130, carla 40+30+80 = 150 of 380
        // (bruno left 20 points unallocated). 1000 € × 100/380 = 263.157…, × 130/380 =
        // 342.105…, × 150/380 = 394.736…: floors sum to 999.98, the two cents go to the
        // largest remainders, ana (.789) and carla (.684).
        let cmd = PolicyCommand::Peer(args(example("peer-epoch.json"), "1000.00 EUR"));
        let s = statement(&cmd).unwrap();
        assert_eq!(s.amount_of("ana").to_string(), "263.16 EUR");
        assert_eq!(s.amount_of("bruno").to_string(), "342.10 EUR");
        assert_eq!(s.amount_of("carla").to_string(), "394.74 EUR");
        assert!(s.recipients.iter().all(|r| r.recipient != "dario"));
        assert_eq!(s.distributed.to_string(), "1000.00 EUR");
        assert_eq!(run(cmd).unwrap(), ExitCode::SUCCESS);
    }

    #[test]
    fn time_weighted_example_follows_the_square_roots() {
        let cmd = PolicyCommand::TimeWeighted(args(example("guild-members.json"), "1000.00 EUR"));
        let s = statement(&cmd).unwrap();
        // Checked against floating point: within a cent of 1000 × √w / Σ√w.
        let w = [
            ("ana", 24.0f64),
            ("bruno", 18.0),
            ("carla", 6.0),
            ("dario", 36.0),
        ];
        let total: f64 = w.iter().map(|(_, x)| x.sqrt()).sum();
        for (id, x) in w {
            let expected = 100_000.0 * x.sqrt() / total;
            let got = s.amount_of(id).minor() as f64;
            assert!((got - expected).abs() <= 1.0, "{id}: {got} vs {expected}");
        }
        let paid: Vec<String> = ["ana", "bruno", "carla", "dario"]
            .iter()
            .map(|m| s.amount_of(m).to_string())
            .collect();
        assert_eq!(
            paid,
            ["278.49 EUR", "241.18 EUR", "139.25 EUR", "341.08 EUR"]
        );
        assert_eq!(s.distributed.to_string(), "1000.00 EUR");
        assert_eq!(run(cmd).unwrap(), ExitCode::SUCCESS);
    }

    #[test]
    fn bad_inputs_name_the_file_and_the_element() {
        let f = Scratch::new(
            "peer-bad-points.json",
            r#"{"allowance": 10, "members": [{"id": "a"}, {"id": "b"}],
                "allocations": [{"from": "a", "to": "b", "points": 1},
                                {"from": "b", "to": "a", "points": "2"}]}"#,
        );
        let err = error_of(PolicyCommand::Peer(args(f.0.clone(), "1 EUR")));
        assert!(
            err.contains("peer-bad-points.json") && err.contains("allocations[1].points"),
            "{err}"
        );

        let f = Scratch::new(
            "guild-unknown.json",
            r#"{"members": [{"id": "a", "eligible_months": 3, "weighting": "1"}]}"#,
        );
        let err = error_of(PolicyCommand::TimeWeighted(args(f.0.clone(), "1 EUR")));
        assert!(
            err.contains("members[0]") && err.contains("weighting"),
            "{err}"
        );

        let f = Scratch::new(
            "peer-overspent.json",
            r#"{"allowance": 10, "members": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
                "allocations": [{"from": "a", "to": "b", "points": 6},
                                {"from": "a", "to": "c", "points": 6}]}"#,
        );
        let err = error_of(PolicyCommand::Peer(args(f.0.clone(), "1 EUR")));
        assert!(
            err.contains("peer-overspent.json") && err.contains("'a'") && err.contains("allowance"),
            "{err}"
        );

        let f = Scratch::new("equal-twice.json", r#"{"members": ["a", "b", "a"]}"#);
        let err = error_of(PolicyCommand::Equal(args(f.0.clone(), "1 EUR")));
        assert!(
            err.contains("equal-twice.json") && err.contains("twice"),
            "{err}"
        );

        let f = Scratch::new(
            "guild-break.json",
            r#"{"members": [{"id": "z", "eligible_months": 3, "months_on_break": 4}]}"#,
        );
        let err = error_of(PolicyCommand::TimeWeighted(args(f.0.clone(), "1 EUR")));
        assert!(err.contains("'z'") && err.contains("break"), "{err}");

        let err = error_of(PolicyCommand::Equal(args(
            example("no-such-file.json"),
            "1 EUR",
        )));
        assert!(
            err.contains("cannot read") && err.contains("no-such-file.json"),
            "{err}"
        );
    }
}
