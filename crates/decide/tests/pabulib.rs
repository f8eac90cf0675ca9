//! Every Pabulib file in `shared/data/pabulib/files/` (and, in release runs, the four
//! city-scale files in `bench/`) must give exactly the outcome pabutools 1.2.3 recorded in
//! `expected.json`, for every rule name recorded there. Also: the `.pb` reader survives
//! random input, and the writer round-trips.

use commonfare_decide::pb::{self, Options, Rule, RuleError};
use proptest::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn data_dir() -> PathBuf {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/pabulib"
    ));
    assert!(
        dir.join("expected.json").exists(),
        "reference data missing: {} (the shared data folder must sit next to the worktree)",
        dir.display()
    );
    dir
}

/// Checks every file of `expected` in `files`; returns (checks, mismatches as text).
fn check_folder(files: &Path, expected: &Value) -> (usize, Vec<String>) {
    let mut checks = 0;
    let mut bad = Vec::new();
    let opts = Options::default();
    for (name, entry) in expected.as_object().unwrap() {
        if name == "generator" {
            continue;
        }
        let inst = pb::read_pb_file(&files.join(name)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            inst.ballots.len() as u64,
            entry["num_votes"].as_u64().unwrap(),
            "{name}: n"
        );
        assert_eq!(
            inst.budget.to_string(),
            entry["budget"].as_str().unwrap(),
            "{name}: budget"
        );
        let support = pb::profile::Support::new(&inst);
        for (rule_name, want) in entry["results"].as_object().unwrap() {
            let rule = Rule::parse(rule_name).unwrap_or_else(|| panic!("unknown rule {rule_name}"));
            let skipped = want.get("skipped").and_then(Value::as_str);
            if skipped.is_some_and(|r| !r.starts_with("not applicable")) {
                // pabutools timed out: nothing to compare with (speed is the bench's job).
                continue;
            }
            let got = pb::rules::run_with_support(&inst, &support, rule, &opts);
            if skipped.is_some() {
                checks += 1;
                if !matches!(got, Err(RuleError::NotApplicable(_))) {
                    bad.push(format!(
                        "{name} {rule_name}: pabutools refuses, we gave {got:?}"
                    ));
                }
                continue;
            }
            checks += 1;
            let got = match got {
                Ok(o) => o,
                Err(e) => {
                    bad.push(format!("{name} {rule_name}: error {e}"));
                    continue;
                }
            };
            if let Some(all) = want.get("all_outcomes") {
                let all: Vec<Vec<String>> = serde_json::from_value(all.clone()).unwrap();
                if got.all_outcomes.as_ref() != Some(&all) {
                    bad.push(format!(
                        "{name} {rule_name}: want {all:?} got {:?}",
                        got.all_outcomes
                    ));
                }
            } else {
                let sel: Vec<String> = serde_json::from_value(want["selected"].clone()).unwrap();
                if got.selected != sel || got.total_cost != want["total_cost"].as_str().unwrap() {
                    bad.push(format!(
                        "{name} {rule_name}: want {sel:?} got {:?}",
                        got.selected
                    ));
                }
            }
        }
        // Greedy reproduces the city's own `selected` column where pabutools does.
        if entry["pabulib_selected"]["equals_greedy_cost"] == Value::Bool(true) {
            checks += 1;
            let col = inst
                .project_columns
                .iter()
                .position(|c| c == "selected")
                .expect("selected column");
            let mut city: Vec<String> = inst
                .projects
                .iter()
                .filter(|p| p.extra[col] == "1")
                .map(|p| p.id.clone())
                .collect();
            city.sort();
            let got =
                pb::rules::run_with_support(&inst, &support, Rule::GreedyCost, &opts).unwrap();
            if got.selected != city {
                bad.push(format!(
                    "{name}: greedy {:?} differs from the file's selected column {city:?}",
                    got.selected
                ));
            }
        }
    }
    (checks, bad)
}

#[test]
fn every_pabulib_file_matches_pabutools() {
    let dir = data_dir();
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let (checks, bad) = check_folder(&dir.join("files"), &expected);
    println!("{checks} checks, {} mismatches", bad.len());
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
    assert!(checks > 2400, "only {checks} checks ran");
}

/// City-scale files (up to 84,611 voters). Fast enough in every test build because the
/// workspace optimizes this crate even in the dev profile.
#[test]
fn bench_files_match_pabutools() {
    let dir = data_dir().join("bench");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let (checks, bad) = check_folder(&dir.join("files"), &expected);
    println!("{checks} checks, {} mismatches", bad.len());
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
    assert!(checks >= 25, "only {checks} checks ran");
}

#[test]
fn writer_round_trips_every_file() {
    let dir = data_dir().join("files");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let inst = pb::read_pb_file(&path).unwrap();
        let text = pb::write_pb(&inst);
        let back =
            pb::parse_pb("written", &text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(back, inst, "{}", path.display());
        n += 1;
    }
    assert_eq!(n, 272);
}

const SMALL: &str = "\u{feff}META\r\nkey;value\r\nbudget;100,5\r\nvote_type;cumulative\r\nmax_length;2\r\n\
PROJECTS\r\nproject_id;cost;name\r\n1;50;\"Park; \"\"green\"\"\"\r\n2;60,25;b\r\n\
VOTES\r\nvoter_id;vote;points\r\nv1;1,2,1;3,4,5\r\nv2;;\r\nv3;2;none\r\n";

#[test]
fn reader_handles_quotes_crlf_bom_commas_and_duplicates() {
    let res = pb::parse_pb("small.pb", SMALL);
    let err = res.unwrap_err();
    assert_eq!((err.line, err.file.as_str()), (14, "small.pb"), "{err}");
    assert!(err.message.contains("parallel"), "{err}");
    let fixed = SMALL.replace("v3;2;none", "v3;2;7");
    let inst = pb::parse_pb("small.pb", &fixed).unwrap();
    assert_eq!(inst.budget, pb::Q::ratio(201, 2));
    assert_eq!(inst.projects[0].extra, ["Park; \"green\""]);
    assert_eq!(inst.projects[1].cost, pb::Q::ratio(241, 4));
    assert_eq!(inst.ballots[0].projects, [0, 1]);
    assert_eq!(
        inst.ballots[0].points,
        Some(vec![pb::Q::int(5), pb::Q::int(4)])
    );
    assert!(inst.ballots[1].projects.is_empty());
    assert_eq!(inst.constraints.max_length, Some(2));
    assert_eq!(pb::parse_pb("w", &pb::write_pb(&inst)).unwrap(), inst);
}

#[test]
fn reader_errors_name_the_line_and_the_fix() {
    let cases = [
        (
            "META\nkey;value\nbudget;x\nPROJECTS\nproject_id;cost\n",
            3,
            "budget",
        ),
        (
            "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\n1;6\n",
            7,
            "already used on line 6",
        ),
        (
            "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\na;2\n",
            9,
            "not in PROJECTS",
        ),
        (
            "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;name\n",
            5,
            "no `cost` column",
        ),
        (
            "META\nkey;value\nbudget;10\nvote_type;weird\nPROJECTS\nproject_id;cost\n",
            4,
            "unknown vote_type",
        ),
        ("hello\n", 1, "before the first section"),
    ];
    for (text, line, what) in cases {
        let e = pb::parse_pb("t.pb", text).unwrap_err();
        assert_eq!(e.line, line, "{e}");
        assert!(e.to_string().contains(what), "{e}");
    }
}

#[test]
fn corrected_mode_fixes_the_quirks() {
    let text = "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\na;40\nb;0\nc;50\nz;10\n\
VOTES\nvoter_id;vote\n1;a,b\n2;a,b\n3;c\n";
    let inst = pb::parse_pb("q.pb", text).unwrap();
    let compat = Options::default();
    let fixed = Options {
        pabutools_compatible: false,
        ..compat
    };
    // Greedy funds the unsupported `z` with leftover money in pabutools mode only.
    assert_eq!(
        pb::run(&inst, Rule::GreedyCost, &compat).unwrap().selected,
        ["a", "b", "c", "z"]
    );
    assert_eq!(
        pb::run(&inst, Rule::GreedyCost, &fixed).unwrap().selected,
        ["a", "b", "c"]
    );
    // MES never funds the free supported `b` in pabutools mode.
    assert_eq!(
        pb::run(&inst, Rule::MesCost, &compat).unwrap().selected,
        ["a"]
    );
    assert_eq!(
        pb::run(&inst, Rule::MesCost, &fixed).unwrap().selected,
        ["a", "b"]
    );
}

#[test]
fn phragmen_stops_at_a_tied_overshoot_only_in_compat_mode() {
    // c is funded first (load 30/2 = 15); then a (40/1) and b (80/2) tie at load 40, and
    // b no longer fits (30 + 80 > 100) while a does.
    let text = "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\na;40\nb;80\nc;30\n\
VOTES\nvoter_id;vote\n1;a\n2;b\n3;b\n4;c\n5;c\n";
    let inst = pb::parse_pb("p.pb", text).unwrap();
    let compat = Options::default();
    let fixed = Options {
        pabutools_compatible: false,
        ..compat
    };
    assert_eq!(
        pb::run(&inst, Rule::Phragmen, &compat).unwrap().selected,
        ["c"]
    );
    assert_eq!(
        pb::run(&inst, Rule::Phragmen, &fixed).unwrap().selected,
        ["a", "c"]
    );
}

#[test]
fn tie_break_policy_decides_and_is_recorded() {
    let text = "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n10;10\n9;10\n\
VOTES\nvoter_id;vote\n1;10,9\n";
    let inst = pb::parse_pb("t.pb", text).unwrap();
    let lex = pb::run(&inst, Rule::GreedyCost, &Options::default()).unwrap();
    assert_eq!(lex.selected, ["10"]);
    let nat = Options {
        tie_break: commonfare_decide::TieBreak::Natural,
        ..Options::default()
    };
    assert_eq!(
        pb::run(&inst, Rule::GreedyCost, &nat).unwrap().selected,
        ["9"]
    );
    let irr = pb::run(&inst, Rule::MesCostIrresolute, &Options::default()).unwrap();
    assert_eq!(
        irr.all_outcomes,
        Some(vec![vec!["10".to_string()], vec!["9".to_string()]])
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn reader_never_panics_on_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = pb::parse_pb("fuzz.pb", &text);
    }

    #[test]
    fn reader_never_panics_on_random_lines(lines in proptest::collection::vec(
        prop_oneof![
            Just("META".to_string()), Just("PROJECTS".to_string()), Just("VOTES".to_string()),
            Just("key;value".to_string()), Just("budget;100".to_string()), Just("vote_type;cumulative".to_string()),
            Just("project_id;cost;name".to_string()), Just("voter_id;vote;points".to_string()),
            "[0-9a-c;,\" .]{0,12}",
        ], 0..20)) {
        let text = lines.join("\n");
        if let Ok(inst) = pb::parse_pb("fuzz.pb", &text) {
            for rule in [Rule::GreedyCost, Rule::MesCost, Rule::MesCostAdd1GreedyCompletion, Rule::Phragmen] {
                let _ = pb::run(&inst, rule, &Options::default());
            }
        }
    }
}

/// The certified float engine either gives up or agrees with exact MES, round for round,
/// on every shared file at budgets the completions use; the exact replay of its winners
/// equals the exact search.
#[test]
fn float_screen_agrees_with_exact_mes() {
    use commonfare_decide::pb::{greedy::Sat, mes::Mes, mes_float::fast_outcome, profile::Support};
    let dir = data_dir().join("files");
    let (mut agreed, mut gave_up) = (0, 0);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let inst = pb::read_pb_file(&entry.unwrap().path()).unwrap();
        let support = Support::new(&inst);
        let n = support.voters;
        for sat in [Sat::Cost, Sat::Cardinality] {
            let mes = Mes::new(&inst, &support, sat, Default::default(), true);
            for k in [0u64, 1, 5, 30, 150] {
                let add1 = inst.budget.div_int(n).add(&pb::Q::int(k.into()));
                let step = inst.budget.mul_int(100 + k).div_int(100 * n);
                for money in [add1, step] {
                    match fast_outcome(&mes, &money) {
                        Ok(sel) => {
                            assert_eq!(sel, mes.search(&money).selected, "{sat:?} {money}");
                            let replayed = mes.run(&money);
                            let searched = mes.search(&money);
                            assert_eq!(replayed.selected, searched.selected);
                            assert_eq!(replayed.money_left, searched.money_left);
                            agreed += 1;
                        }
                        Err(_) => gave_up += 1,
                    }
                }
            }
        }
    }
    println!("float engine: {agreed} runs agreed with exact MES, {gave_up} deferred to it");
    assert!(agreed > 4000, "the float engine decided only {agreed} runs");
}
