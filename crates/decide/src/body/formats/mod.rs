//! Readers for files of ranked ballots: PrefLib (`.soc .soi .toc .toi .cat`, both the
//! current `#`-header format and the pre-2022 numeric header) and BLT (the ballot format
//! of OpenSTV, eSTV and Droop).
//!
//! Readers take the file's name (for messages) and its text, never touch the file system,
//! and never panic: every problem is a [`FormatError`] naming the file, the line and what
//! to fix.

pub mod blt;
pub mod preflib;

use super::ballot::{Profile, Ranking};
use std::fmt;

/// A malformed input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub file: String,
    /// 1-based line number; the last line when the problem is a missing ending.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for FormatError {}

/// Ranked ballots read from a file, with what the file says about the count.
#[derive(Debug, Clone)]
pub struct RankedFile {
    pub profile: Profile<Ranking>,
    /// Seats to fill, when the file states it (BLT).
    pub seats: Option<usize>,
    /// Candidates withdrawn before the count (BLT).
    pub withdrawn: Vec<usize>,
    pub title: Option<String>,
    /// The data type: `soc`, `soi`, `toc`, `toi`, `cat` or `blt`.
    pub kind: String,
}

/// Reads a ranked file, choosing the reader by the name's extension.
pub fn read_ranked(file: &str, text: &str) -> Result<RankedFile, FormatError> {
    let ext = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("blt") => blt::read(file, text),
        Some("soc" | "soi" | "toc" | "toi" | "cat") => preflib::read(file, text),
        _ => Err(FormatError {
            file: file.into(),
            line: 0,
            message: "unknown file type; expected .blt, .soc, .soi, .toc, .toi or .cat".into(),
        }),
    }
}

/// Line-numbered error builder shared by the readers.
pub(crate) struct Errs<'a> {
    pub file: &'a str,
}

impl Errs<'_> {
    pub fn at(&self, line: usize, message: impl Into<String>) -> FormatError {
        FormatError {
            file: self.file.to_string(),
            line,
            message: message.into(),
        }
    }
}
