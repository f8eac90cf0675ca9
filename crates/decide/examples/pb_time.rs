//! Times every PB rule on the given `.pb` files: `cargo run --release --example pb_time -- FILES`.
//! Prints one line per (file, rule): seconds and the funded ids, as JSON lines.

use commonfare_decide::pb::{self, Options, Rule};
use std::time::Instant;

fn main() {
    let rules: Vec<Rule> = match std::env::var("PB_RULES") {
        Ok(list) => list
            .split(',')
            .map(|r| Rule::parse(r).expect("unknown rule in PB_RULES"))
            .collect(),
        Err(_) => Rule::all_names()
            .iter()
            .filter_map(|n| Rule::parse(n))
            .collect(),
    };
    for path in std::env::args().skip(1) {
        let t = Instant::now();
        let inst = match pb::read_pb_file(path.as_ref()) {
            Ok(i) => i,
            Err(e) => {
                eprintln!("{e}");
                continue;
            }
        };
        let parse = t.elapsed().as_secs_f64();
        let support = pb::profile::Support::new(&inst);
        let name = std::path::Path::new(&path)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        for &rule in &rules {
            let t = Instant::now();
            let out = pb::rules::run_with_support(&inst, &support, rule, &Options::default());
            let secs = t.elapsed().as_secs_f64();
            let line = match out {
                Ok(o) => {
                    serde_json::json!({"file": name, "rule": rule.name(), "seconds": secs, "parse_seconds": parse,
                    "selected": o.selected, "all_outcomes": o.all_outcomes,
                    "runs": o.explanation.iter().find_map(|s| match s { pb::Stage::BudgetIncrease { runs, exact_reruns, .. } => Some((*runs, *exact_reruns)), _ => None })})
                }
                Err(e) => {
                    serde_json::json!({"file": name, "rule": rule.name(), "seconds": secs, "error": e.to_string()})
                }
            };
            println!("{line}");
        }
    }
}
