//! Fuzzing of the readers that take outside input: Pabulib `.pb` (`pb::parse_pb`, and
//! `pb::read_pb_file` for bytes), PrefLib and BLT (`body::formats::read_ranked`) and
//! abcvoting's `.abc.yaml` (`committee::parse_abc_yaml`, `read_abc_yaml` for bytes).
//!
//! The corpus is kept in `tests/fuzz/corpus/<reader>/`: small hand-written seeds, each
//! named `valid-…` (must be read) or `invalid-…` (must be refused). `corpus_replays`
//! reads every file; the properties mutate seeds (bytes, lines, tokens of the format) and
//! read the results. Everywhere: no panic, and a refusal names the file, a line that
//! exists (or the element at fault, for YAML) and says what is wrong. What a reader
//! accepts must also survive what comes next (the writer's round trip, a few rules).
//! An input that ever broke a reader becomes a corpus file (a failure prints its input).
//!
//! Cases per property: 256, a fraction of a second in CI; `COMMONFARE_FUZZ_CASES=1000000
//! cargo test -p commonfare-decide --test fuzz` for a long local run (about two minutes).
//! Shrunk failures land in `tests/fuzz.proptest-regressions`, replayed first by every
//! later run. `cargo test --test fuzz corpus_replays -- --nocapture` prints every refusal
//! of the corpus, to review their wording.

#[path = "fuzz/mutate.rs"]
mod mutate;

use commonfare_decide::TieBreak;
use commonfare_decide::body::formats::{FormatError, RankedFile, read_ranked};
use commonfare_decide::body::method::{self, Method, RankedOptions};
use commonfare_decide::committee::{self, AbcFileError, AbcInstance, parse_abc_yaml};
use commonfare_decide::pb::{self, Instance, Options, ParseError, Rule};
use mutate::{COMMON_TOKENS, Seed, balanced, corpus, edits, mutate, show, text};
use proptest::prelude::*;
use proptest::sample::Index;
use std::sync::LazyLock;

/// Cases per mutation property in a normal `cargo test`.
const CASES: u32 = 256;

/// Line `n` (1-based) of `text`, where a line ends at `\n`, `\r\n` or a lone `\r` (as the
/// Pabulib reader counts), or at `\n` only (`str::lines`, as the ranked readers count).
fn line_of(text: &str, n: usize, lone_cr_ends_line: bool) -> Option<&str> {
    if lone_cr_ends_line {
        let mut lines = Vec::new();
        let mut rest = text;
        loop {
            match rest.find(['\n', '\r']) {
                Some(i) => {
                    lines.push(&rest[..i]);
                    let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                    rest = &rest[i + skip..];
                }
                None => {
                    lines.push(rest);
                    break;
                }
            }
        }
        lines.get(n.checked_sub(1)?).copied()
    } else {
        text.lines().nth(n.checked_sub(1)?)
    }
}

/// Holds more than blanks and `separators`.
fn has_content(line: &str, separators: &[char]) -> bool {
    line.chars()
        .any(|c| !c.is_whitespace() && !separators.contains(&c))
}

/// The text as the readers see it: without the byte-order mark they all skip.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

// ------------------------------------------------------------------ Pabulib

/// Refusals about the whole file carry line 0 (no line to point at).
const PB_WHOLE_FILE: &[&str] = &["no META section", "no PROJECTS section", "not UTF-8"];

fn check_pb_error(name: &str, text: &str, e: &ParseError) -> Result<(), TestCaseError> {
    prop_assert_eq!(&e.file, name, "{}", e);
    prop_assert!(!e.message.trim().is_empty(), "empty message: {e:?}");
    if e.line == 0 {
        prop_assert!(
            PB_WHOLE_FILE.iter().any(|m| e.message.starts_with(m)),
            "line 0 for a problem that has a line: {e}"
        );
        return Ok(());
    }
    let line = line_of(without_bom(text), e.line, true);
    prop_assert!(line.is_some(), "{e}: the file has no line {}", e.line);
    prop_assert!(
        line.is_some_and(|l| has_content(l, &[';'])),
        "{e}: line {} is blank: {:?}",
        e.line,
        line
    );
    Ok(())
}

/// What the Pabulib reader accepts, its writer writes back to the same instance, and the
/// rules run on without panicking.
fn check_pb_instance(inst: &Instance) -> Result<(), TestCaseError> {
    let written = pb::write_pb(inst);
    match pb::parse_pb("written.pb", &written) {
        Ok(back) => prop_assert_eq!(&back, inst, "round trip changed:\n{}", written),
        Err(e) => prop_assert!(
            false,
            "the writer wrote what the reader refuses: {e}\n{written}"
        ),
    }
    if inst.projects.len() <= 12 && inst.ballots.len() <= 30 {
        for rule in [Rule::GreedyCost, Rule::MesCost, Rule::Phragmen] {
            let _ = pb::run(inst, rule, &Options::default());
        }
    }
    Ok(())
}

/// What a reader made of a text: `None` when it was read, else the refusal.
type Verdict = Result<Option<String>, TestCaseError>;

fn check_pb(name: &str, text: &str) -> Verdict {
    match pb::parse_pb(name, text) {
        Ok(inst) => check_pb_instance(&inst).map(|()| None),
        Err(e) => check_pb_error(name, text, &e).map(|()| Some(e.to_string())),
    }
}

const PB_TOKENS: &[&str] = &[
    "META",
    "PROJECTS",
    "VOTES",
    "meta;",
    "votes;;",
    "key;value",
    "project_id;cost",
    "voter_id;vote;points",
    "budget;",
    "vote_type;",
    "cumulative",
    "ordinal",
    "scoring",
    "choose-1",
    "min_length;",
    "max_sum_points;",
    "none",
    "\"\"",
    "\";\"",
    "1,2",
    ",,",
    "1/0",
    "/",
    "7/2",
    "1e64",
    "1e-65",
    "0,5",
    ".",
    "-0",
    "points",
    "cost",
];

// ------------------------------------------------------------------ PrefLib and BLT

fn check_ranked_error(name: &str, text: &str, e: &FormatError) -> Result<(), TestCaseError> {
    prop_assert_eq!(&e.file, name, "{}", e);
    prop_assert!(!e.message.trim().is_empty(), "empty message: {e:?}");
    // A problem with one ballot is shown on its line, not as "ballot 3" of the profile.
    let profile_index = e.message.strip_prefix("ballot ");
    prop_assert!(
        !profile_index.is_some_and(|m| m.starts_with(|c: char| c.is_ascii_digit())),
        "{e}: name the ballot's line"
    );
    // A missing ending is reported on the last line; everything else on its own line.
    let last = text.lines().count().max(1);
    prop_assert!(
        (1..=last).contains(&e.line),
        "{e}: line {} is outside 1..={last}",
        e.line
    );
    if e.line < last && !e.message.starts_with("the file is empty") {
        let line = line_of(without_bom(text), e.line, false).unwrap_or_default();
        prop_assert!(
            has_content(line, &[]),
            "{e}: line {} is blank: {:?}",
            e.line,
            line
        );
    }
    Ok(())
}

/// What a ranked reader accepts, every method counts without panicking.
fn check_ranked_file(f: &RankedFile) -> Result<(), TestCaseError> {
    let n = f.profile.candidates().len();
    prop_assert!(f.withdrawn.iter().all(|&c| c < n), "withdrawn out of range");
    if n <= 8 && f.profile.ballots().len() <= 30 {
        let opts = RankedOptions {
            withdrawn: f.withdrawn.clone(),
            approval_groups: 1,
        };
        for m in Method::ALL {
            let seats = f.seats.unwrap_or(1);
            let _ = method::run(m, &f.profile, seats, &opts, &TieBreak::Lexicographic);
        }
    }
    Ok(())
}

fn check_ranked(name: &str, text: &str) -> Verdict {
    match read_ranked(name, text) {
        Ok(f) => check_ranked_file(&f).map(|()| None),
        Err(e) => check_ranked_error(name, text, &e).map(|()| Some(e.to_string())),
    }
}

const PREFLIB_TOKENS: &[&str] = &[
    "# DATA TYPE: ",
    "# NUMBER ALTERNATIVES: ",
    "# NUMBER CATEGORIES: ",
    "# ALTERNATIVE NAME 1: ",
    "# ALTERNATIVE NAME 0: x",
    "soc",
    "toi",
    "cat",
    "{",
    "}",
    "{}",
    "{1,2}",
    ",{",
    "}:",
    ": ",
    "100000",
    "100001",
];

const BLT_TOKENS: &[&str] = &[
    "0",
    " 0",
    "0\n",
    "-2",
    "-",
    " - ",
    "=",
    "1=2",
    "(",
    ")",
    "(id)",
    "\"\"",
    "\"Name\"",
    "18446744073709551615",
    "100000",
    "100001",
];

// ------------------------------------------------------------------ abc.yaml

/// Words that name where an abc.yaml problem is: a key, a voter, a compute entry, or a
/// position in the text.
const ABC_ELEMENTS: &[&str] = &[
    "line ",
    "profile",
    "num_cand",
    "committeesize",
    "voter_weights",
    "voter weight ",
    "voter ",
    "compute",
    "description",
    "key ",
    "mapping",
    "candidates",
    "position ",
];

/// YAML refusals about the whole document, which has no one place to point at.
const ABC_WHOLE_FILE: &[&str] = &[
    "repetition limit exceeded",
    "recursion limit exceeded",
    "more than one document",
];

fn check_abc_error(name: &str, text: &str, e: &AbcFileError) -> Result<(), TestCaseError> {
    prop_assert_eq!(&e.file, name, "{}", e);
    prop_assert!(!e.message.trim().is_empty(), "empty message: {e:?}");
    prop_assert!(
        ABC_ELEMENTS
            .iter()
            .chain(ABC_WHOLE_FILE)
            .any(|w| e.message.contains(w)),
        "the message names no element: {e}"
    );
    // "voter 3" / "compute entry 2" must exist in the document.
    let doc: Option<serde_yaml::Value> = serde_yaml::from_str(without_bom(text)).ok();
    let count = |key: &str| {
        doc.as_ref()
            .and_then(|d| d.get(key))
            .and_then(|v| v.as_sequence())
            .map_or(0, Vec::len)
    };
    for (prefix, key) in [
        ("voter ", "profile"),
        ("voter weight ", "voter_weights"),
        ("compute entry ", "compute"),
    ] {
        let number = e
            .message
            .split(prefix)
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|d| d.parse::<usize>().ok());
        if let Some(i) = number {
            prop_assert!(i < count(key), "{e}: there is no {prefix}{i}");
        }
    }
    Ok(())
}

fn check_abc_instance(inst: &AbcInstance) -> Result<(), TestCaseError> {
    let p = &inst.profile;
    prop_assert!(p.num_cand() <= 64);
    prop_assert_eq!(p.ballots().len(), p.weights().len());
    if p.num_cand() <= 12 && p.num_voters() <= 30 {
        let k = inst.committeesize.unwrap_or(1);
        for rule in ["av", "seqpav", "seqphragmen", "equal-shares"] {
            let _ = committee::compute(rule, p, k, true);
        }
    }
    Ok(())
}

fn check_abc(name: &str, text: &str) -> Verdict {
    match parse_abc_yaml(name, text) {
        Ok(inst) => check_abc_instance(&inst).map(|()| None),
        Err(e) => check_abc_error(name, text, &e).map(|()| Some(e.to_string())),
    }
}

const ABC_TOKENS: &[&str] = &[
    "profile: ",
    "num_cand: ",
    "committeesize: ",
    "voter_weights: ",
    "compute:\n- rule_id: av\n  result: [[0]]\n",
    "  resolute: ",
    "- ",
    "[",
    "]",
    "[]",
    "{",
    "}",
    ", ",
    ": ",
    "&a ",
    "*a",
    "!!str ",
    "~",
    "null",
    "true",
    ".inf",
    ".nan",
    "0.5",
    "\"1/3\"",
    "\"1/0\"",
    "64",
    "63",
    "9223372036854775808",
    "-9223372036854775808",
    "'",
    "|",
    "---\n",
    "...\n",
    "  ",
];

// ------------------------------------------------------------------ the corpus

/// A reader of the corpus: its folder, its check and its dictionary of tokens.
struct Reader {
    folder: &'static str,
    check: fn(&str, &str) -> Verdict,
    tokens: &'static [&'static str],
    seeds: LazyLock<Vec<Seed>>,
}

static PABULIB: Reader = Reader {
    folder: "pabulib",
    check: check_pb,
    tokens: PB_TOKENS,
    seeds: LazyLock::new(|| corpus("pabulib")),
};
static PREFLIB: Reader = Reader {
    folder: "preflib",
    check: check_ranked,
    tokens: PREFLIB_TOKENS,
    seeds: LazyLock::new(|| corpus("preflib")),
};
static BLT: Reader = Reader {
    folder: "blt",
    check: check_ranked,
    tokens: BLT_TOKENS,
    seeds: LazyLock::new(|| corpus("blt")),
};
static ABC_YAML: Reader = Reader {
    folder: "abc_yaml",
    check: check_abc,
    tokens: ABC_TOKENS,
    seeds: LazyLock::new(|| corpus("abc_yaml")),
};

/// Runs one seed through the file-level reader where there is one (bytes, so non-UTF-8
/// files are refused there) and through the text reader; returns whether it was read.
/// The refusals are printed (`-- --nocapture` shows them), to review their wording.
fn replay(reader: &Reader, seed: &Seed) -> Result<bool, TestCaseError> {
    let text = text(&seed.bytes);
    let verdict = (reader.check)(&seed.name, &text)?;
    if let Some(refusal) = &verdict {
        eprintln!("{}/{refusal}", reader.folder);
    }
    let from_text = verdict.is_none();
    let utf8 = std::str::from_utf8(&seed.bytes).is_ok();
    let path = seed.path.display().to_string();
    let from_file = match reader.folder {
        "pabulib" => match pb::read_pb_file(&seed.path) {
            Ok(inst) => {
                check_pb_instance(&inst)?;
                true
            }
            Err(e) => {
                check_pb_error(&path, &text, &e)?;
                false
            }
        },
        "abc_yaml" => match committee::read_abc_yaml(&seed.path) {
            Ok(inst) => {
                check_abc_instance(&inst)?;
                true
            }
            Err(e) if !utf8 => {
                // Bytes that are not text are refused before the YAML is looked at.
                prop_assert_eq!(&e.file, &path);
                prop_assert!(e.message.starts_with("cannot read"), "{}", e);
                false
            }
            Err(e) => {
                check_abc_error(&path, &text, &e)?;
                false
            }
        },
        // The ranked readers take text only; their callers refuse what is not UTF-8.
        _ => from_text && utf8,
    };
    if utf8 {
        prop_assert_eq!(from_text, from_file, "text and file readers disagree");
    }
    Ok(from_file)
}

fn replay_all(reader: &Reader) -> Vec<String> {
    let mut wrong = Vec::new();
    for seed in reader.seeds.iter() {
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| replay(reader, seed)));
        let Ok(result) = run else {
            wrong.push(format!(
                "{}/{}: the reader panicked",
                reader.folder, seed.name
            ));
            continue;
        };
        match result {
            Ok(read) if read == seed.valid() => {}
            Ok(read) => wrong.push(format!(
                "{}/{}: {}",
                reader.folder,
                seed.name,
                if read {
                    "read, but its name says invalid-"
                } else {
                    "refused, but its name says valid-"
                }
            )),
            Err(e) => wrong.push(format!("{}/{}: {e}", reader.folder, seed.name)),
        }
    }
    wrong
}

const READERS: [&Reader; 4] = [&PABULIB, &PREFLIB, &BLT, &ABC_YAML];

/// Every corpus file of every reader: valid ones read, invalid ones refused with a usable
/// error, none panics. The regression corpus: every input that ever broke a reader.
#[test]
fn corpus_replays() {
    let mut wrong = Vec::new();
    let mut counts = Vec::new();
    for reader in READERS {
        let seeds = &*reader.seeds;
        balanced(reader.folder, seeds);
        counts.push(format!("{} {}", reader.folder, seeds.len()));
        wrong.extend(replay_all(reader));
    }
    assert!(wrong.is_empty(), "corpus failures:\n{}", wrong.join("\n"));
    eprintln!("corpus replayed: {}", counts.join(", "));
}

/// Seed `pick` of `reader`: a valid one when `valid` (mutations of valid files reach
/// further into the reader), else any.
fn pick_seed(reader: &Reader, valid: bool, pick: Index) -> &Seed {
    let valid_ones: Vec<&Seed> = reader.seeds.iter().filter(|s| s.valid()).collect();
    if valid {
        valid_ones[pick.index(valid_ones.len())]
    } else {
        pick.get(&reader.seeds)
    }
}

/// Mutates a seed of `reader` and checks what its reader makes of the result.
fn fuzz_one(
    reader: &Reader,
    (valid, pick): (bool, Index),
    e: &[mutate::Edit],
) -> Result<(), TestCaseError> {
    let seed = pick_seed(reader, valid, pick);
    let tokens: Vec<&str> = reader.tokens.iter().chain(COMMON_TOKENS).copied().collect();
    let bytes = mutate(&seed.bytes, e, &tokens);
    let text = text(&bytes);
    (reader.check)(&seed.name, &text)
        .map(|_| ())
        .map_err(|err| TestCaseError::fail(format!("{err}\ninput: {}", show(&bytes))))
}

/// Three times in four a valid seed, else any seed.
fn seed_pick() -> impl Strategy<Value = (bool, Index)> {
    (prop::bool::weighted(0.75), any::<Index>())
}

proptest! {
    #![proptest_config(mutate::config(CASES))]

    #[test]
    fn mutated_pabulib_files(pick in seed_pick(), e in edits()) {
        fuzz_one(&PABULIB, pick, &e)?;
    }

    #[test]
    fn mutated_preflib_files(pick in seed_pick(), e in edits()) {
        fuzz_one(&PREFLIB, pick, &e)?;
    }

    #[test]
    fn mutated_blt_files(pick in seed_pick(), e in edits()) {
        fuzz_one(&BLT, pick, &e)?;
    }

    #[test]
    fn mutated_abc_yaml_files(pick in seed_pick(), e in edits()) {
        fuzz_one(&ABC_YAML, pick, &e)?;
    }

    /// The small parsers behind the readers, on any text.
    #[test]
    fn number_and_method_parsers_on_any_text(s in prop_oneof![
        any::<String>(),
        "[-+0-9.,eE/ ]{0,24}",
    ]) {
        if let Ok(q) = pb::number::parse_decimal(&s, true) {
            // What is read is exact: its own text form reads back to it.
            prop_assert_eq!(pb::number::parse_decimal(&q.to_string(), false), Ok(q));
        }
        if let Err(e) = s.parse::<Method>() {
            prop_assert!(e.to_string().contains("unknown method"), "{e}");
        }
    }
}

/// A number with many slashes (`1/1/1/…`) once made the number reader recurse once per
/// slash, until a few thousand of them overflowed the stack and aborted the process.
#[test]
fn a_long_chain_of_fractions_is_refused_not_a_stack_overflow() {
    let cost = "1/".repeat(100_000) + "1";
    let text = format!("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\np;{cost}\n");
    let e = pb::parse_pb("slashes.pb", &text).unwrap_err();
    assert_eq!(e.line, 6, "{e}");
    assert!(e.message.starts_with("cost of project `p`"), "{e}");
}

/// The mutations reach past the first syntax check: some mutated seeds are still read,
/// others are refused further down than line 1, for every reader.
#[test]
fn mutations_reach_deep_into_the_files() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    for reader in READERS {
        let mut runner = TestRunner::deterministic();
        let (mut read, mut refused) = (0, 0);
        let strategy = (seed_pick(), edits());
        for _ in 0..200 {
            let ((valid, pick), e) = strategy.new_tree(&mut runner).unwrap().current();
            let seed = pick_seed(reader, valid, pick);
            let tokens: Vec<&str> = reader.tokens.iter().chain(COMMON_TOKENS).copied().collect();
            let text = text(&mutate(&seed.bytes, &e, &tokens));
            match (reader.check)(&seed.name, &text) {
                Ok(None) => read += 1,
                Ok(Some(_)) => refused += 1,
                Err(err) => panic!("{}: {err}", reader.folder),
            }
        }
        assert!(
            read >= 10 && refused >= 20,
            "{}: {read} read, {refused} refused: the mutations are too mild or too wild",
            reader.folder
        );
    }
}

/// The mutations do what they say.
#[test]
fn edits_apply_as_described() {
    use mutate::Edit::*;
    let seed = b"a1\nb22\nc";
    let cases: [(mutate::Edit, &[u8]); 8] = [
        (SwapLines(0, 2), b"c\nb22\na1"),
        (SwapLines(2, 1), b"a1\nc\nb22"),
        (DuplicateLine(1), b"a1\nb22\nb22\nc"),
        (DuplicateLine(2), b"a1\nb22\nc\nc"),
        (DeleteLine(0), b"b22\nc"),
        (ReplaceNumber(3, 0), b"a1\nbX\nc"),
        (Insert(8, 0), b"a1\nb22\ncX"),
        (Delete(0, 3), b"b22\nc"),
    ];
    for (edit, want) in cases {
        let got = mutate(seed, std::slice::from_ref(&edit), &["X"]);
        assert_eq!(got, want, "{edit:?}: {}", show(&got));
    }
}
