//! `commonfare value credrank GRAPH.json [--json]`: SourceCred's CredRank on a graph file,
//! printed per participant (total and weekly), or as JSON in the shape of the vectors'
//! `NAME.expected.json` so any vector can be checked by diffing. Big graphs report on
//! stderr what was read, the chain's size, every 8th iteration and the end (`--quiet`:
//! not); `distribute` shares the loading and the progress.

use anyhow::Context;
use clap::Args;
use commonfare_value::credrank::{self, CredRank, Graph, Parameters, Progress, Tracer, report};
use commonfare_value::grain::{CredTable, Run};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Args)]
pub struct CredrankArgs {
    /// Graph file in the format `sourcecred-credrank-vector/1`.
    pub file: PathBuf,
    /// Print JSON shaped like SourceCred's `NAME.expected.json`.
    #[arg(long)]
    pub json: bool,
    /// Also solve to full convergence (threshold 1e-16), as `credrankConverged`.
    #[arg(long)]
    pub converged: bool,
    /// No progress on stderr.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print phase timings (ms) as one JSON line on stderr, like the oracle's `--timing`.
    #[arg(long)]
    pub timing: bool,
}

/// Chains above this many transitions report progress on stderr (unless `--quiet`).
const PROGRESS_ABOVE_TRANSITIONS: usize = 200_000;
/// Graphs with more nodes + edges than this say on stderr what was read and how long it
/// took (unless `--quiet`): reading is about half the time of a run.
const NOTE_READ_ABOVE: usize = 100_000;

/// Reads and validates a graph file, with the file name in any error; a big graph says
/// on stderr what was read (unless `quiet`).
pub(super) fn load_graph(path: &Path, quiet: bool) -> anyhow::Result<Graph> {
    let started = Instant::now();
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let what = || format!("{} is not a usable graph", path.display());
    let raw = credrank::graph::parse(&bytes).with_context(what)?;
    drop(bytes); // the parsed form holds everything; free the text before validating
    let graph = Graph::from_input(raw).with_context(what)?;
    let above = if quiet { usize::MAX } else { NOTE_READ_ABOVE };
    if let Some(note) = read_note(path, &graph, started.elapsed().as_secs_f64(), above) {
        eprintln!("{note}");
    }
    Ok(graph)
}

/// The "read" progress line for a graph bigger than `above` nodes + edges.
fn read_note(path: &Path, graph: &Graph, secs: f64, above: usize) -> Option<String> {
    (graph.nodes.len() + graph.edges.len() > above).then(|| {
        format!(
            "credrank: read {} ({} participants, {} contributions, {} edges, {} weeks) in {secs:.2} s",
            path.display(),
            graph.participants.len(),
            graph.nodes.len(),
            graph.edges.len(),
            graph.intervals.count
        )
    })
}

/// CredRank with progress lines on stderr for big graphs (none when `quiet`).
pub(super) fn run_credrank(graph: &Graph, params: Parameters, quiet: bool) -> CredRank {
    run_credrank_noting(graph, params, progress_above(quiet), &mut std::io::stderr())
}

/// [`run_credrank`], also keeping what is needed to trace cred back to contributions.
pub(super) fn run_credrank_traced(
    graph: &Graph,
    params: Parameters,
    quiet: bool,
) -> (CredRank, Tracer) {
    let mut notes = std::io::stderr();
    let above = progress_above(quiet);
    noting(params, above, &mut notes, |progress| {
        let traced = credrank::credrank_traced(graph, params, progress);
        let iterations = traced.0.iterations;
        (traced, iterations)
    })
}

fn progress_above(quiet: bool) -> usize {
    if quiet {
        usize::MAX
    } else {
        PROGRESS_ABOVE_TRANSITIONS
    }
}

/// CredRank that reports to `notes` when the chain has more than `above` transitions: the
/// chain's size, every 8th iteration with its largest change, and the end.
fn run_credrank_noting(
    graph: &Graph,
    params: Parameters,
    above: usize,
    notes: &mut dyn Write,
) -> CredRank {
    noting(params, above, notes, |progress| {
        let cr = credrank::credrank_with(graph, params, progress);
        let iterations = cr.iterations;
        (cr, iterations)
    })
}

/// Runs `solve` (which returns its result and the iterations it took) with the progress
/// notes of [`run_credrank_noting`].
fn noting<T>(
    params: Parameters,
    above: usize,
    notes: &mut dyn Write,
    solve: impl FnOnce(&mut dyn FnMut(Progress)) -> (T, u32),
) -> T {
    let started = Instant::now();
    let mut loud = false;
    // Progress is best effort: a closed stderr must not stop the computation.
    let mut progress = |p: Progress| match p {
        Progress::ChainBuilt { nodes, transitions } => {
            loud = transitions > above;
            if loud {
                let _ = writeln!(
                    notes,
                    "credrank: Markov chain of {nodes} nodes and {transitions} transitions \
                     built in {:.2} s",
                    started.elapsed().as_secs_f64()
                );
            }
        }
        Progress::Iteration { n, delta } => {
            if loud && (n % 8 == 0 || delta < params.convergence_threshold) {
                let _ = writeln!(notes, "credrank: iteration {n}, max change {delta:.3e}");
            }
        }
    };
    let (result, iterations) = solve(&mut progress);
    if loud {
        let _ = writeln!(
            notes,
            "credrank: done in {:.2} s ({iterations} iterations)",
            started.elapsed().as_secs_f64(),
        );
    }
    result
}

/// `YYYY-MM-DD` of a Unix-millisecond timestamp (UTC), for week labels.
pub(super) fn date(ms: i64) -> String {
    // Days to civil date (proleptic Gregorian), after Howard Hinnant's public algorithm.
    let z = ms.div_euclid(86_400_000) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

pub fn run(args: CredrankArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let graph = load_graph(&args.file, args.quiet)?;
    let read_ms = started.elapsed().as_secs_f64() * 1e3;
    let cred = run_credrank(&graph, graph.parameters, args.quiet);
    let credrank_ms = started.elapsed().as_secs_f64() * 1e3 - read_ms;
    let converged = args.converged.then(|| {
        let params = Parameters {
            max_iterations: 100_000,
            convergence_threshold: 1e-16,
            ..graph.parameters
        };
        run_credrank(&graph, params, args.quiet)
    });
    let table = CredTable::from_credrank(&cred);
    let runs: Vec<Vec<Run>> = graph
        .grain_scenarios
        .iter()
        .map(|s| s.run(&table, &graph.participants))
        .collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        let v = report::expected_report(&graph, &cred, converged.as_ref(), &runs);
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
    } else {
        print_human(&mut out, &graph, &cred, &runs)?;
    }
    out.flush()?;
    if args.timing {
        let total_ms = started.elapsed().as_secs_f64() * 1e3;
        eprintln!(
            "{}",
            serde_json::json!({
                "readInputMs": read_ms.round(),
                "credrankMs": credrank_ms.round(),
                "restMs": (total_ms - read_ms - credrank_ms).round(),
                "totalMs": total_ms.round(),
            })
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn print_human(
    out: &mut impl Write,
    graph: &Graph,
    cr: &CredRank,
    runs: &[Vec<Run>],
) -> anyhow::Result<()> {
    let iv = cr.intervals;
    writeln!(
        out,
        "CredRank of {:?}: {} participants, {} contributions, {} edges, {} weeks ({} to {})",
        graph.name,
        graph.participants.len(),
        graph.nodes.len(),
        graph.edges.len(),
        iv.count,
        date(iv.start(0)),
        date(iv.end(iv.count - 1) - 1),
    )?;
    let how = if cr.converged {
        "converged"
    } else {
        "stopped at the cap"
    };
    writeln!(
        out,
        "{how} after {} iterations; total cred minted {}\n",
        cr.iterations, cr.total_mint
    )?;
    let width = graph
        .participants
        .iter()
        .map(|p| p.id.len())
        .max()
        .unwrap_or(0)
        .max(11);
    writeln!(
        out,
        "{:width$}  {:>14}  {:>7}",
        "participant", "cred", "share"
    )?;
    for (p, part) in graph.participants.iter().enumerate() {
        let c = cr.participant_cred(p);
        let inactive = if part.active { "" } else { "  (inactive)" };
        writeln!(
            out,
            "{:width$}  {:>14.6}  {:>6.2}%{inactive}",
            part.id,
            c,
            100.0 * c / cr.total_mint
        )?;
    }
    writeln!(
        out,
        "\nCred per week (weeks start on the date shown, Sunday 00:00 UTC):"
    )?;
    for (p, part) in graph.participants.iter().enumerate() {
        writeln!(out, "{}:", part.id)?;
        for (k, c) in cr.cred_per_interval(p).iter().enumerate() {
            writeln!(out, "  {}  {c:.6}", date(iv.start(k)))?;
        }
    }
    for (s, runs) in graph.grain_scenarios.iter().zip(runs) {
        writeln!(out, "\nGrain scenario {:?}:", s.name)?;
        for r in runs {
            match &r.outcome {
                Err(e) => writeln!(out, "  run at {}: FAILED: {e}", date(r.effective_ms))?,
                Ok(res) => {
                    writeln!(out, "  run at {}:", date(r.effective_ms))?;
                    for a in &res.allocations {
                        let receipts: Vec<String> = a
                            .recipients
                            .iter()
                            .zip(&a.amounts)
                            .map(|(&p, x)| format!("{} {x}", graph.participants[p].id))
                            .collect();
                        writeln!(
                            out,
                            "    {} budget {}: {}",
                            a.policy.type_name(),
                            a.policy.budget(),
                            receipts.join(", ")
                        )?;
                    }
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny_graph() -> (PathBuf, Graph) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/sourcecred/vectors/small_multi_week.graph.json");
        let graph = load_graph(&path, true).expect("the shared vector loads");
        (path, graph)
    }

    #[test]
    fn long_runs_report_progress_and_short_or_quiet_ones_do_not() {
        let (path, graph) = tiny_graph();
        // Any chain is "long" with a threshold of 0.
        let mut notes = Vec::new();
        let loud = run_credrank_noting(&graph, graph.parameters, 0, &mut notes);
        let notes = String::from_utf8(notes).unwrap();
        let lines: Vec<&str> = notes.lines().collect();
        assert!(lines[0].starts_with("credrank: Markov chain of"), "{notes}");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("credrank: iteration 8, max change")),
            "{notes}"
        );
        assert!(
            lines
                .last()
                .unwrap()
                .contains(&format!("({} iterations)", loud.iterations)),
            "{notes}"
        );
        // Below the threshold (and with --quiet, which sets it to usize::MAX): nothing.
        let mut silent = Vec::new();
        let quiet = run_credrank_noting(&graph, graph.parameters, usize::MAX, &mut silent);
        assert!(silent.is_empty());
        assert_eq!(
            quiet.node_cred, loud.node_cred,
            "progress does not change the result"
        );
        let note = read_note(&path, &graph, 0.5, 0).unwrap();
        assert!(
            note.contains("3 participants, 8 contributions, 13 edges, 6 weeks"),
            "{note}"
        );
        assert!(read_note(&path, &graph, 0.5, NOTE_READ_ABOVE).is_none());
    }

    #[test]
    fn dates_of_week_starts() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_704_585_600_000), "2024-01-07");
        assert_eq!(date(1_709_164_800_000), "2024-02-29");
        assert_eq!(date(253_402_300_799_999), "9999-12-31");
    }
}
