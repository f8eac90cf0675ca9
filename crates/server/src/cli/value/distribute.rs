//! `commonfare value distribute --policy POLICY --budget AMOUNT GRAPH.json [--ledger PAST.json]`:
//! one SourceCred-style grain distribution over a graph's cred, exact to the smallest unit,
//! with the reason for every amount: the policy's numbers and, per recipient, the
//! contributions behind the cred it counted (top 10 here, all of them with `--json`).

use super::credrank::{date, load_graph, run_credrank_traced};
use anyhow::{Context, bail};
use clap::{Args, ValueEnum};
use commonfare_value::credrank::graph::{MAX_TIMESTAMP_MS, MIN_TIMESTAMP_MS};
use commonfare_value::credrank::intervals::is_week_start;
use commonfare_value::credrank::{Graph, report};
use commonfare_value::grain::input::{DistributionIn, PolicyIn, RunIn, ScenarioIn};
use commonfare_value::grain::{
    Allocation, CredTable, GrainStatement, Ledger, Policy, Scenario, parse_amount,
};
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
    /// Print JSON (the allocation, the statement with every contribution behind each
    /// recipient's cred, and the distribution to append to the ledger).
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
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    distribute(&args, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Runs the distribution and writes its statement (or JSON) to `out`.
fn distribute(args: &DistributeArgs, out: &mut impl Write) -> anyhow::Result<()> {
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
            policies: vec![policy_in(args)?],
        }],
    };
    let scenario = Scenario::from_input_at(
        "--policy: ",
        &raw,
        &graph.participants,
        &graph.participant_ids(),
    )?;
    let (cred, tracer) = run_credrank_traced(&graph, graph.parameters, args.quiet);
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
    let statement = GrainStatement::new(&graph, &cred, &tracer, allocation);
    drop(tracer);
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
            "statement": statement,
            "distribution": {"credTimestampMs": effective, "receipts": receipts},
        });
        serde_json::to_writer_pretty(&mut *out, &v)?;
        writeln!(out)?;
    } else {
        print_statement(out, &graph, allocation, &statement, effective)?;
    }
    Ok(())
}

/// Contributions listed per recipient in the human statement (`--json` lists all).
const CONTRIBUTIONS_SHOWN: usize = 10;

/// One line per recipient: the amount and the numbers it came from, then the
/// contributions behind the recipient's cred.
fn print_statement(
    out: &mut impl Write,
    graph: &Graph,
    a: &Allocation,
    statement: &GrainStatement,
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
        "Split: sequential floor of the remaining budget; the rounding rest goes to the last listed."
    )?;
    if !matches!(a.policy, Policy::Special { .. }) {
        writeln!(
            out,
            "Where the cred came from: each week's cred is β times what flowed into the \
             recipient's week node in one step.\nA contribution's share is β × its own cred × \
             the probability of its edges to the recipient in a counted week (× the week's \
             weight);\nthe rest came from the recipient's own other weeks (webbing), from \
             other participants, or is the last change of the stopped iteration.\nShares and \
             rest add up to the cred; `--json` lists every contribution."
        )?;
    }
    writeln!(out)?;
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
        if let Some(sources) = statement.recipients.get(i).and_then(|r| r.sources.as_ref()) {
            write!(out, "{}", sources.render(CONTRIBUTIONS_SHOWN, "    "))?;
        }
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

    fn output_of(a: &DistributeArgs) -> String {
        let mut out = Vec::new();
        distribute(a, &mut out).expect("the distribution goes through");
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_statement_names_the_contributions_behind_each_recipients_cred() {
        let v: serde_json::Value = serde_json::from_str(&output_of(&args("1000", None))).unwrap();
        // What was there before stays as it was.
        let receipts = v["allocation"]["receipts"].as_array().unwrap();
        assert_eq!(v["distribution"]["receipts"].as_array().unwrap(), receipts);
        assert!(v["allocation"]["basis"]["cred"].is_array());
        let st = &v["statement"];
        assert!(st["definition"].as_str().unwrap().contains("nodeCred"));
        let recipients = st["recipients"].as_array().unwrap();
        assert_eq!(recipients.len(), receipts.len());
        for (r, receipt) in recipients.iter().zip(receipts) {
            assert_eq!(r["participant"], receipt["participant"]);
            assert_eq!(r["amount"], receipt["amount"]);
            let cred = r["cred"].as_f64().unwrap();
            let listed: f64 = r["contributions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["cred"].as_f64().unwrap())
                .sum();
            let other = r["other"]["total"].as_f64().unwrap();
            assert!((listed + other - cred).abs() <= 1e-9 * cred, "{r}");
        }
        let alice = &recipients[0];
        assert_eq!(alice["participant"], "alice");
        let nodes: Vec<&str> = alice["contributions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["node"].as_str().unwrap())
            .collect();
        assert!(
            nodes.contains(&"pr1") && !nodes.contains(&"pr3"),
            "{nodes:?}"
        );

        let text = output_of(&DistributeArgs {
            json: false,
            ..args("1000", None)
        });
        assert!(text.contains("Where the cred came from"), "{text}");
        assert!(
            text.contains("came from:") && text.contains("  pr1  "),
            "{text}"
        );
        assert!(text.contains("own other weeks (webbing)"), "{text}");
        // SPECIAL is not cred-based: no sources.
        let special = output_of(&DistributeArgs {
            policy: PolicyName::Special,
            recipient: Some("bob".into()),
            ..args("1000", None)
        });
        let special: serde_json::Value = serde_json::from_str(&special).unwrap();
        let only = &special["statement"]["recipients"][0];
        assert_eq!(only["participant"], "bob");
        assert!(only.get("contributions").is_none(), "{only}");
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
