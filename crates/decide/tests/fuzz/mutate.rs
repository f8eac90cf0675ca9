//! The fuzzing kit of both engines' `tests/fuzz.rs` (the value crate includes this file
//! by path): the corpus loader, the case count (`COMMONFARE_FUZZ_CASES`), and byte- and
//! line-level mutations of corpus seeds. The corpus is the including crate's own
//! (`CARGO_MANIFEST_DIR` is read where the file is compiled).

#![allow(dead_code)] // each crate uses most of it, not all

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use std::path::{Path, PathBuf};

/// Cases per property: `default`, unless `COMMONFARE_FUZZ_CASES` asks for more (or fewer)
/// for a long local run, e.g. `COMMONFARE_FUZZ_CASES=20000 cargo test --test fuzz`.
pub fn cases(default: u32) -> u32 {
    match std::env::var("COMMONFARE_FUZZ_CASES") {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("COMMONFARE_FUZZ_CASES={v:?} is not a number")),
        Err(_) => default,
    }
}

/// The proptest configuration of every fuzz property: `cases(default)` cases, and shrunk
/// failures written next to the test file (`tests/fuzz.proptest-regressions`, to commit).
pub fn config(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: cases(default),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

/// A reader's corpus holds at least 3 seeds it must read and 3 it must refuse.
pub fn balanced(folder: &str, seeds: &[Seed]) {
    let valid = seeds.iter().filter(|s| s.valid()).count();
    assert!(
        valid >= 3 && seeds.len() - valid >= 3,
        "{folder}: keep at least 3 valid and 3 invalid seeds"
    );
}

/// One corpus file.
#[derive(Debug, Clone)]
pub struct Seed {
    pub name: String,
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

impl Seed {
    /// `valid-…` files must be read; `invalid-…` files must be refused.
    pub fn valid(&self) -> bool {
        self.name.starts_with("valid-")
    }
}

/// Every file of `tests/fuzz/corpus/<reader>/`, sorted by name. Each name must say what
/// the reader must do with it (`valid-` or `invalid-`), so the corpus documents itself.
pub fn corpus(reader: &str) -> Vec<Seed> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz/corpus")
        .join(reader);
    let entries =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("corpus folder {}: {e}", dir.display()));
    let mut seeds: Vec<Seed> = entries
        .map(|e| {
            let path = e.expect("a corpus entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .expect("corpus file names are UTF-8")
                .to_string();
            assert!(
                name.starts_with("valid-") || name.starts_with("invalid-"),
                "{}: name a corpus file valid-… (must be read) or invalid-… (must be refused)",
                path.display()
            );
            let bytes = std::fs::read(&path).expect("a readable corpus file");
            Seed { name, path, bytes }
        })
        .collect();
    seeds.sort_by(|a, b| a.name.cmp(&b.name));
    assert!(seeds.len() >= 2, "{}: corpus too small", dir.display());
    seeds
}

/// One change to a seed. Positions and picks are taken modulo what they index, so every
/// edit lands in the seed whatever its length, and shrinking moves them to the start.
#[derive(Debug, Clone)]
pub enum Edit {
    /// Removes up to `n` bytes at a position.
    Delete(usize, usize),
    /// Inserts a token of the format's dictionary at a position.
    Insert(usize, usize),
    /// Replaces the run of digits at (or after) a position with a dictionary token.
    ReplaceNumber(usize, usize),
    DuplicateLine(usize),
    DeleteLine(usize),
    SwapLines(usize, usize),
    FlipBit(usize, u8),
    Truncate(usize),
}

/// One to four edits; `Insert` and `ReplaceNumber` are the most useful, so the most common.
pub fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let i = any::<usize>;
    let one = prop_oneof![
        3 => (i(), i()).prop_map(|(a, t)| Edit::Insert(a, t)),
        3 => (i(), i()).prop_map(|(a, t)| Edit::ReplaceNumber(a, t)),
        2 => (i(), 1usize..16).prop_map(|(a, n)| Edit::Delete(a, n)),
        2 => i().prop_map(Edit::DuplicateLine),
        2 => i().prop_map(Edit::DeleteLine),
        2 => (i(), i()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        1 => (i(), 0u8..8).prop_map(|(a, bit)| Edit::FlipBit(a, bit)),
        1 => i().prop_map(Edit::Truncate),
    ];
    prop::collection::vec(one, 1..5)
}

/// Tokens every text format chokes on, to which each format adds its own.
pub const COMMON_TOKENS: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    "\"",
    ",",
    ";",
    ":",
    " ",
    "-",
    "-1",
    "0",
    "1",
    "999999999999999999999",
    "18446744073709551616",
    "1e400",
    "NaN",
    "\u{feff}",
    "\u{fffd}",
    "é",
    "\t",
    "#",
];

/// Byte ranges of the lines of `bytes`, each with its `\n`.
fn lines(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < bytes.len() {
        out.push((start, bytes.len()));
    }
    out
}

/// Applies `edits` to a copy of `seed`, taking tokens from `tokens`.
pub fn mutate(seed: &[u8], edits: &[Edit], tokens: &[&str]) -> Vec<u8> {
    let mut b = seed.to_vec();
    for e in edits {
        apply(&mut b, e, tokens);
    }
    b
}

fn apply(b: &mut Vec<u8>, edit: &Edit, tokens: &[&str]) {
    let at = |i: usize, b: &Vec<u8>| i % (b.len() + 1);
    let token = |t: usize| tokens[t % tokens.len()].as_bytes();
    match *edit {
        Edit::Delete(i, n) => {
            let s = at(i, b);
            let e = (s + n).min(b.len());
            b.drain(s..e);
        }
        Edit::Insert(i, t) => {
            let s = at(i, b);
            b.splice(s..s, token(t).iter().copied());
        }
        Edit::ReplaceNumber(i, t) => {
            let from = at(i, b);
            match b[from..].iter().position(u8::is_ascii_digit) {
                Some(k) => {
                    let s = from + k;
                    let len = b[s..].iter().take_while(|c| c.is_ascii_digit()).count();
                    b.splice(s..s + len, token(t).iter().copied());
                }
                None => b.extend_from_slice(token(t)),
            }
        }
        Edit::DuplicateLine(i) | Edit::DeleteLine(i) => {
            let ls = lines(b);
            if ls.is_empty() {
                return;
            }
            let (s, e) = ls[i % ls.len()];
            if matches!(edit, Edit::DuplicateLine(_)) {
                let mut line = b[s..e].to_vec();
                if line.last() != Some(&b'\n') {
                    line.insert(0, b'\n');
                }
                b.splice(e..e, line);
            } else {
                b.drain(s..e);
            }
        }
        Edit::SwapLines(x, y) => {
            let ls = lines(b);
            if ls.len() < 2 {
                return;
            }
            let (mut p, mut q) = (ls[x % ls.len()], ls[y % ls.len()]);
            if p.0 > q.0 {
                std::mem::swap(&mut p, &mut q);
            }
            if p == q {
                return;
            }
            let strip = |r: &[u8]| r.strip_suffix(b"\n").unwrap_or(r).to_vec();
            let (first, second) = (strip(&b[p.0..p.1]), strip(&b[q.0..q.1]));
            let mut out = b[..p.0].to_vec();
            out.extend_from_slice(&second);
            out.extend_from_slice(&b[p.0 + first.len()..q.0]);
            out.extend_from_slice(&first);
            out.extend_from_slice(&b[q.0 + second.len()..]);
            *b = out;
        }
        Edit::FlipBit(i, bit) => {
            if !b.is_empty() {
                let k = i % b.len();
                b[k] ^= 1 << bit;
            }
        }
        Edit::Truncate(i) => {
            let k = at(i, b);
            b.truncate(k);
        }
    }
}

/// The text a reader that takes `&str` sees: the bytes, or their lossy decoding when they
/// are not UTF-8 (the callers refuse such files before the reader; the lossy text still
/// must not break it).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Escaped text for failure messages, so a failing input can be saved as a corpus file.
pub fn show(bytes: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(bytes))
}
