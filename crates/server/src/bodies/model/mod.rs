//! The rules of bodies, with no I/O. This file holds the limits, the checks of text that
//! every part shares, who may do what, and the hashes; the files beside it hold the rest:
//! what a body is and its rulebook (`rules`), the counting methods (`method`), a decision
//! and its draft (`decision`), and what a ballot may say for each method (`ballot`).
//! Every refusal is an `AppError` with a stable code of `error::CODES`, worded by the
//! problems catalogue.

mod amount;
mod ballot;
mod decision;
mod method;
mod rules;

pub use amount::*;
pub use ballot::*;
pub use decision::*;
pub use method::*;
pub use rules::*;

use crate::error::{AppError, detail, shown};
use sha2::{Digest, Sha256};

/// Longest body name and decision title, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest decision description and rulebook note (Markdown), in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Options a decision offers at most.
pub const MAX_OPTIONS: usize = 50;
/// The largest weight a rulebook may give one member.
pub const MAX_WEIGHT: u64 = 1_000_000;
/// Longest reason given with a consent objection or concern.
pub const MAX_REASON_CHARS: usize = 2_000;
/// The highest score, or the most points a cumulative ballot spends, a decision may set.
pub const MAX_POINTS: i64 = 1_000;
/// How long a decision stays open when its opener names no closing time: seven days.
pub const DEFAULT_OPEN_MS: i64 = 7 * 24 * 3600 * 1000;

/// A 422 with `code`, whose words are `problem-bodies-invalid` about `what`.
fn invalid(code: &'static str, what: &str) -> AppError {
    AppError::invalid(
        code,
        detail!("problem-bodies-invalid", what = shown(what, 200)),
    )
}

/// One line of 1 to `max` characters, trimmed, without control characters.
pub fn one_line(field: &'static str, raw: &str, max: usize) -> Result<String, AppError> {
    let t = crate::text::neutralised(raw);
    let t = t.trim();
    if t.is_empty() || t.chars().count() > max || t.chars().any(char::is_control) {
        return Err(AppError::invalid(
            "invalid_text",
            detail!("problem-bodies-field", field = field, limit = max),
        ));
    }
    Ok(t.to_string())
}

/// Markdown text of at most `max` characters (may be empty), line ends normalised.
pub fn text(field: &'static str, raw: &str, max: usize) -> Result<String, AppError> {
    let t = raw.replace("\r\n", "\n").trim().to_string();
    let bad = t
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t'));
    if t.chars().count() > max || bad {
        return Err(AppError::invalid(
            "invalid_text",
            detail!("problem-bodies-field", field = field, limit = max),
        ));
    }
    Ok(t)
}

/// The part of a body's address after its organization: 1 to 40 of `a-z 0-9 -`.
pub fn slug(raw: &str) -> Result<String, AppError> {
    let ok = !raw.is_empty()
        && raw.len() <= 40
        && raw
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !raw.starts_with('-')
        && !raw.ends_with('-');
    if ok {
        Ok(raw.to_string())
    } else {
        Err(AppError::invalid(
            "invalid_handle",
            detail!("problem-bodies-slug", slug = shown(raw, 40)),
        ))
    }
}

/// The hash of a frozen electorate: SHA-256 of one `person-id weight` line per voter, in
/// the order of their ids, as lowercase hex.
pub fn electorate_hash(voters: &[(String, u64)]) -> String {
    let mut sorted: Vec<&(String, u64)> = voters.iter().collect();
    sorted.sort();
    let mut h = Sha256::new();
    for (id, w) in sorted {
        h.update(format!("{id} {w}\n").as_bytes());
    }
    hex(&h.finalize())
}

/// SHA-256 of `text` as lowercase hex.
pub fn sha256(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Who may act on a decision beyond voting: its opener or an admin of the organization.
pub fn may_manage(is_opener: bool, is_admin: bool) -> Result<(), AppError> {
    if is_opener || is_admin {
        Ok(())
    } else {
        Err(AppError::forbidden(detail!("problem-bodies-not-manager")))
    }
}

/// Who may draft a decision: the organization's admins, and when the rulebook lets
/// members open, anyone who sits in the body.
pub fn may_open(rules: &Rules, sits: bool, is_admin: bool) -> Result<(), AppError> {
    if is_admin || (rules.openers == Openers::Members && sits) {
        Ok(())
    } else {
        Err(AppError::forbidden(detail!("problem-bodies-not-opener")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_electorate_hash_ignores_order() {
        let a = electorate_hash(&[("b".into(), 1), ("a".into(), 2)]);
        let b = electorate_hash(&[("a".into(), 2), ("b".into(), 1)]);
        assert_eq!(a, b);
        assert_eq!(a.len(), 64);
        assert_ne!(a, electorate_hash(&[("a".into(), 1), ("b".into(), 1)]));
    }
}
