//! `commonfare value distribute --policy POLICY --budget AMOUNT GRAPH.json [--ledger PAST.json]`:
//! one SourceCred-style grain distribution over a graph's cred, exact to the smallest unit,
//! with the reason for every amount.

use super::credrank::{date, load_graph, run_credrank};
use anyhow::{Context, bail};
use clap::{Args, ValueEnum};
use commonfare_value::credrank::graph::{MAX_TIMESTAMP_MS, MIN_TIMESTAMP_MS};
use commonfare_value::credrank::intervals::is_week_start;
use commonfare_value::credrank::{Graph, report};
use commonfare_value::grain::input::{DistributionIn, PolicyIn, RunIn, ScenarioIn};
use commonfare_value::grain::{Allocation, CredTable, Ledger, Policy, Scenario, parse_amount};
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, ValueEnum)]
pub enum PolicyName {
    /// In proportion to cred of the last `--lookback` weeks (default 1).
    Immediate,
    /// In proportion to cred discounted by `--discount` per week of age.
    Recent,
    /// Towards equal pay per cred given past payouts (`--lookback` weeks, 0 = all).
    Balanced,
    /// The whole budget to `--recipient`.
    Special,
}

#[derive(Args)]
pub struct DistributeArgs {
    /// Graph file in the format `sourcecred-credrank-vector/1` (its grain scenarios are ignored).
    pub file: PathBuf,
    #[arg(long, value_enum)]
    pub policy: PolicyName,
    /// Budget in the smallest unit (e.g. attoGrain or cents), a decimal integer.
    #[arg(long)]
    pub budget: String,
    /// Past payouts: `{"distributions": [{"credTimestampMs", "receipts": [{"participant",
    /// "amount"}]}]}` or just the array, in non-decreasing time; the `--json` output of an
    /// earlier distribution also works.
    #[arg(long)]
    pub ledger: Option<PathBuf>,
    /// Weeks looked at (IMMEDIATE: default 1; BALANCED: default 0 = all history).
    #[arg(long)]
    pub lookback: Option<u64>,
    /// RECENT: weight lost per week of age, in [0, 1].
    #[arg(long, default_value_t = 0.5)]
    pub discount: f64,
    /// RECENT: participants who receive nothing (repeatable).
    #[arg(long = "exclude")]
    pub exclusions: Vec<String>,
    /// SPECIAL: who receives the budget.
    #[arg(long)]
    pub recipient: Option<String>,
    /// SPECIAL: why.
    #[arg(long, default_value = "")]
    pub memo: String,
    /// Distribution time in Unix ms, a Sunday 00:00 UTC (default: end of the graph's last week).
    #[arg(long)]
    pub at: Option<i64>,
    /// Print JSON (the allocation, and the distribution to append to the ledger).
    #[arg(long)]
    pub json: bool,
    /// No progress on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Reads a ledger file and checks it against the graph; errors name the file and the
/// element (`PAST.json: distributions[1].receipts[0].amount: …`).
fn read_ledger(path: &Path, graph: &Graph) -> anyhow::Result<Vec<DistributionIn>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let ledger = Ledger::from_json(&bytes)
        .and_then(|l| {
            l.check_against(
                &graph.participants,
                &graph.participant_ids(),
                &graph.intervals,
            )
            .map(|()| l)
        })
        .with_context(|| format!("{} is not a usable ledger", path.display()))?;
    Ok(ledger.distributions)
}

fn policy_in(args: &DistributeArgs) -> anyhow::Result<PolicyIn> {
    let budget = args.budget.clone();
    Ok(match args.policy {
        PolicyName::Immediate => PolicyIn::Immediate {
            budget,
            num_intervals_lookback: args.lookback.unwrap_or(1),
        },
        PolicyName::Recent => PolicyIn::Recent {
            budget,
            discount: args.discount,
            exclusions: args.exclusions.clone(),
        },
        PolicyName::Balanced => PolicyIn::Balanced {
            budget,
            num_intervals_lookback: args.lookback.unwrap_or(0),
        },
        PolicyName::Special => PolicyIn::Special {
            budget,
            recipient: match &args.recipient {
                Some(r) => r.clone(),
                None => bail!("--policy special needs --recipient ID"),
            },
            memo: args.memo.clone(),
        },
    })
}

pub fn run(args: DistributeArgs) -> anyhow::Result<ExitCode> {
    // The budget first: a typo there should not wait for a big graph to load.
    parse_amount(&args.budget).map_err(|e| anyhow::anyhow!("--budget: {e}"))?;
    let graph = load_graph(&args.file, args.quiet)?;
    let prior = match &args.ledger {
        Some(p) => read_ledger(p, &graph)?,
        None => vec![],
    };
    let iv = graph.intervals;
    let effective = args.at.unwrap_or(iv.end(iv.count - 1));
    if !(MIN_TIMESTAMP_MS..=MAX_TIMESTAMP_MS).contains(&effective) || !is_week_start(effective) {
        bail!(
            "--at {effective} is not the end of a week: give a Sunday 00:00:00.000 UTC in Unix \
             milliseconds (the graph's weeks end at {} … {})",
            iv.end(0),
            iv.end(iv.count - 1)
        );
    }
    if let Some(latest) = prior.last().map(|d| d.cred_timestamp_ms) {
        if effective < latest {
            bail!(
                "--at {effective} is before the latest payout in the ledger ({latest}): a \
                 distribution cannot come before one already made"
            );
        }
    }
    let raw = ScenarioIn {
        name: "distribute".into(),
        prior_distributions: prior,
        runs: vec![RunIn {
            effective_timestamp_ms: effective,
            policies: vec![policy_in(&args)?],
        }],
    };
    let scenario = Scenario::from_input_at(
        "--policy: ",
        &raw,
        &graph.participants,
        &graph.participant_ids(),
    )?;
    let cred = run_credrank(&graph, graph.parameters, args.quiet);
    let runs = scenario.run(&CredTable::from_credrank(&cred), &graph.participants);
    let Some(run) = runs.first() else {
        bail!("no distribution was run");
    };
    let result = match &run.outcome {
        Ok(r) => r,
        Err(e) => bail!("the distribution failed: {e}"),
    };
    let Some(allocation) = result.allocations.first() else {
        bail!("the distribution produced no allocation");
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        let receipts: Vec<_> = allocation
            .recipients
            .iter()
            .zip(&allocation.amounts)
            .map(
                |(&p, a)| json!({"participant": graph.participants[p].id, "amount": a.to_string()}),
            )
            .collect();
        let v = json!({
            "effectiveTimestampMs": effective,
            "intervalsInView": result.intervals_in_view,
            "allocation": report::allocation_json(&graph, allocation),
            "distribution": {"credTimestampMs": effective, "receipts": receipts},
        });
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
    } else {
        print_statement(&mut out, &graph, allocation, effective)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// One line per recipient: the amount and the numbers it came from.
fn print_statement(
    out: &mut impl Write,
    graph: &Graph,
    a: &Allocation,
    effective: i64,
) -> anyhow::Result<()> {
    let id = |p: usize| graph.participants[p].id.as_str();
    let b = &a.basis;
    let weeks = match b.weeks {
        Some((s, e, n)) => format!("{n} week(s) {} to {}", date(s), date(e - 1)),
        None => "no week".into(),
    };
    writeln!(
        out,
        "{} distribution of {} at {} over {weeks}",
        a.policy.type_name(),
        a.policy.budget(),
        date(effective)
    )?;
    match &a.policy {
        Policy::Immediate { .. } => writeln!(
            out,
            "Each receives the budget in proportion to cred in those weeks."
        )?,
        Policy::Recent { discount, .. } => writeln!(
            out,
            "Each receives the budget in proportion to cred, a week of age counting ×{}.",
            1.0 - discount
        )?,
        Policy::Balanced { .. } => writeln!(
            out,
            "Fair pay is {} per unit of cred (payouts in the window + budget, over total \
             cred); each receives in proportion to how far their payouts lag behind it.",
            b.per_cred.unwrap_or(0)
        )?,
        Policy::Special { memo, .. } => writeln!(out, "A direct payment: {memo}")?,
    }
    writeln!(
        out,
        "Split: sequential floor of the remaining budget; the rounding rest goes to the last listed.\n"
    )?;
    let width = a
        .recipients
        .iter()
        .map(|&p| id(p).len())
        .max()
        .unwrap_or(0)
        .max(11);
    for (i, (&p, amount)) in a.recipients.iter().zip(&a.amounts).enumerate() {
        let mut why = String::new();
        if let Some(c) = b.cred.get(i) {
            why += &format!("cred {c:.6}");
        }
        if let Some(paid) = b.paid.get(i) {
            why += &format!(", already paid {paid}");
        }
        if let Some(s) = a.scores.get(i) {
            why += &format!(", score {s}");
        }
        writeln!(out, "{:width$}  {amount:>28}  {why}", id(p))?;
    }
    let total: i128 = a.amounts.iter().sum();
    writeln!(out, "{:width$}  {total:>28}", "total")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vector(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/sourcecred/vectors")
            .join(format!("{name}.graph.json"))
    }

    fn args(budget: &str, ledger: Option<PathBuf>) -> DistributeArgs {
        DistributeArgs {
            file: vector("small_multi_week"),
            policy: PolicyName::Balanced,
            budget: budget.into(),
            ledger,
            lookback: None,
            discount: 0.5,
            exclusions: vec![],
            recipient: None,
            memo: String::new(),
            at: None,
            json: true,
            quiet: true,
        }
    }

    /// A ledger file in a scratch directory, removed when dropped.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str, body: &str) -> Scratch {
            let dir = std::env::temp_dir().join(format!("cf-distribute-{}", std::process::id()));
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

    fn error_of(a: DistributeArgs) -> String {
        format!("{:#}", run(a).expect_err("should be refused"))
    }

    #[test]
    fn a_ledger_of_past_payouts_is_read_in_every_shape() {
        // The graph's participants are alice, bob and carol; weeks end on Sundays.
        let wrapped = Scratch::new(
            "wrapped.json",
            r#"{"distributions": [{"credTimestampMs": 1704672000000, "receipts": [{"participant": "alice", "amount": "500"}]}]}"#,
        );
        assert_eq!(
            run(args("1000", Some(wrapped.0.clone()))).unwrap(),
            ExitCode::SUCCESS
        );
        let bare = Scratch::new(
            "bare.json",
            r#"[{"credTimestampMs": 1704672000000, "receipts": []}]"#,
        );
        assert_eq!(
            run(args("1000", Some(bare.0.clone()))).unwrap(),
            ExitCode::SUCCESS
        );
    }

    #[test]
    fn bad_ledgers_and_budgets_name_the_file_and_the_element() {
        let e = error_of(args("12.5", None));
        assert!(e.contains("--budget") && e.contains("\"12.5\""), "{e}");
        let e = error_of(args("99999999999999999999999999999999999999999", None));
        assert!(e.contains("--budget") && e.contains("too large"), "{e}");
        let numeric = Scratch::new(
            "numeric.json",
            r#"{"distributions": [{"credTimestampMs": 1704672000000, "receipts": [{"participant": "alice", "amount": 5}]}]}"#,
        );
        let e = error_of(args("1000", Some(numeric.0.clone())));
        assert!(
            e.contains("numeric.json")
                && e.contains("distributions[0].receipts[0].amount")
                && e.contains("string"),
            "{e}"
        );
        let stranger = Scratch::new(
            "stranger.json",
            r#"[{"credTimestampMs": 1704672000000, "receipts": [{"participant": "mallory", "amount": "5"}]}]"#,
        );
        let e = error_of(args("1000", Some(stranger.0.clone())));
        assert!(
            e.contains("stranger.json")
                && e.contains("[0].receipts[0].participant")
                && e.contains("mallory"),
            "{e}"
        );
        let later = Scratch::new(
            "later.json",
            r#"[{"credTimestampMs": 1893456000000, "receipts": []}]"#,
        );
        let e = error_of(args("1000", Some(later.0.clone())));
        assert!(e.contains("--at") && e.contains("latest payout"), "{e}");
        for at in [i64::MIN, -1, i64::MAX, 1_708_214_400_001] {
            let e = error_of(DistributeArgs {
                at: Some(at),
                ..args("1000", None)
            });
            assert!(
                e.contains(&format!("--at {at}")) && e.contains("end of a week"),
                "{e}"
            );
        }
    }
}
