//! `commonfare decide abc FILE_OR_DIR [--json]`: evaluates every `compute` entry of
//! abcvoting `.abc.yaml` instances with the committee rules of `commonfare-decide` and
//! prints, per rule id, how many entries passed, failed or are unsupported.
//!
//! Exit status 1 when any entry fails or any file cannot be read. Entries whose recorded
//! result is a floating-point artifact of an older abcvoting (see
//! `committee::check::Verdict::FloatArtifact`) are listed and counted apart, not failed.

use clap::Args;
use commonfare_decide::committee::check::{EntryCheck, Verdict, check_entry};
use commonfare_decide::committee::read_abc_yaml;
use commonfare_decide::committee::timing::time_entry;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Timed batches per entry with --time (the fastest counts; see `committee::timing`).
const BATCHES: usize = 5;

#[derive(Args)]
pub struct AbcArgs {
    /// An `.abc.yaml` file, or a directory searched (recursively) for them.
    pub file: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also measure the time each rule takes to compute its committees (the fastest of 5
    /// timed batches per entry, comparing with the recorded result not included, as
    /// abcvoting's `compute` does not compare either) and, with --json, list every entry
    /// with the committees computed, for comparisons with abcvoting.
    #[arg(long)]
    pub time: bool,
}

#[derive(Default, Serialize)]
struct Counts {
    passed: usize,
    failed: usize,
    unsupported: usize,
    no_result: usize,
    float_artifact: usize,
    /// Total compute time of the rule's entries in seconds (with --time).
    #[serde(skip_serializing_if = "Option::is_none")]
    seconds: Option<f64>,
}

#[derive(Serialize)]
struct Problem {
    file: String,
    #[serde(flatten)]
    entry: EntryCheck,
}

#[derive(Default, Serialize)]
struct Report {
    files: usize,
    rules: BTreeMap<String, Counts>,
    unreadable: Vec<String>,
    failures: Vec<Problem>,
    float_artifacts: Vec<Problem>,
    unsupported: Vec<Problem>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    entries: Vec<Problem>,
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| anyhow::anyhow!("{}: cannot list: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() || p.to_string_lossy().ends_with(".abc.yaml") {
                collect(&p, out)?;
            }
        }
    } else if path.exists() {
        out.push(path.to_path_buf());
    } else {
        anyhow::bail!("{}: no such file or directory", path.display());
    }
    Ok(())
}

pub fn run(args: AbcArgs) -> anyhow::Result<ExitCode> {
    let mut files = Vec::new();
    collect(&args.file, &mut files)?;
    if files.is_empty() {
        anyhow::bail!("{}: no .abc.yaml files found", args.file.display());
    }
    let mut report = Report {
        files: files.len(),
        ..Report::default()
    };
    for f in &files {
        let inst = match read_abc_yaml(f) {
            Ok(inst) => inst,
            Err(e) => {
                report.unreadable.push(e.to_string());
                continue;
            }
        };
        for e in &inst.compute {
            let entry = check_entry(&inst, e);
            let counts = report.rules.entry(entry.rule_id.clone()).or_default();
            let file = f.display().to_string();
            if args.time {
                // The fastest batch: what the computation costs, without the scheduler's
                // interruptions on a shared machine.
                let took = time_entry(&inst, e, BATCHES).unwrap_or_default();
                *counts.seconds.get_or_insert(0.0) += took.as_secs_f64();
                if args.json {
                    report.entries.push(Problem {
                        file: file.clone(),
                        entry: entry.clone(),
                    });
                }
            }
            match &entry.verdict {
                Verdict::Passed => counts.passed += 1,
                Verdict::NoResult => counts.no_result += 1,
                Verdict::Failed { .. } => {
                    counts.failed += 1;
                    report.failures.push(Problem { file, entry });
                }
                Verdict::FloatArtifact { .. } => {
                    counts.float_artifact += 1;
                    report.float_artifacts.push(Problem { file, entry });
                }
                Verdict::Unsupported { .. } => {
                    counts.unsupported += 1;
                    report.unsupported.push(Problem { file, entry });
                }
            }
        }
    }
    let ok = report.failures.is_empty() && report.unreadable.is_empty();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_text(&report);
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn print_text(r: &Report) {
    println!("{} instance file(s)", r.files);
    println!(
        "{:<40} {:>7} {:>7} {:>12} {:>10} {:>15}",
        "rule id", "passed", "failed", "unsupported", "no result", "float artifact"
    );
    for (rule, c) in &r.rules {
        let time = c
            .seconds
            .map(|s| format!(" {:>10.1} ms", s * 1e3))
            .unwrap_or_default();
        println!(
            "{rule:<40} {:>7} {:>7} {:>12} {:>10} {:>15}{time}",
            c.passed, c.failed, c.unsupported, c.no_result, c.float_artifact
        );
    }
    let total = |f: fn(&Counts) -> usize| r.rules.values().map(f).sum::<usize>();
    println!(
        "{:<40} {:>7} {:>7} {:>12} {:>10} {:>15}",
        "total",
        total(|c| c.passed),
        total(|c| c.failed),
        total(|c| c.unsupported),
        total(|c| c.no_result),
        total(|c| c.float_artifact)
    );
    for e in &r.unreadable {
        println!("UNREADABLE {e}");
    }
    for p in &r.failures {
        if let Verdict::Failed { expected, got } = &p.entry.verdict {
            println!(
                "FAILED {} {} resolute={}: expected {expected:?}, got {got:?}",
                p.file, p.entry.rule_id, p.entry.resolute
            );
        }
    }
    for p in &r.float_artifacts {
        if let Verdict::FloatArtifact { expected, got } = &p.entry.verdict {
            println!(
                "FLOAT ARTIFACT {} {} resolute={}: recorded {expected:?} (float sums), exact {got:?}",
                p.file, p.entry.rule_id, p.entry.resolute
            );
        }
    }
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    for p in &r.unsupported {
        if let Verdict::Unsupported { reason } = &p.entry.verdict {
            *reasons.entry(reason.clone()).or_default() += 1;
        }
    }
    for (reason, n) in reasons {
        println!("unsupported ({n}×): {reason}");
    }
}
