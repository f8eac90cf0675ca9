//! BLT ballot files (OpenSTV, eSTV, Droop):
//!
//! ```text
//! 4 2            candidates, seats
//! -2             optional: withdrawn candidates, negated
//! 3 1 3 4 0      weight, preferences (1-based, `a=b` for equal), 0
//! (b7) 1 2 0     an optional ballot id in parentheses
//! 0              end of ballots
//! "Adam"         one name per candidate, in order
//! …
//! "Title"        the election's title
//! ```
//!
//! Lines starting with `#` are comments. Candidate ids are the numbers `1..=n` as
//! strings; the names are the display names.

use super::super::ballot::{Ballot, Candidate, Profile, Ranking};
use super::{Errs, FormatError, RankedFile};

/// Reads a BLT file.
pub fn read(file: &str, text: &str) -> Result<RankedFile, FormatError> {
    let errs = Errs { file };
    // Files saved by some editors start with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .peekable();
    let last_line = text.lines().count().max(1);
    let (line, head) = lines
        .next()
        .ok_or_else(|| errs.at(1, "the file is empty; expected `candidates seats`"))?;
    let nums: Vec<&str> = head.split_whitespace().collect();
    let parse = |s: &str, what: &str| -> Result<usize, FormatError> {
        s.parse()
            .map_err(|_| errs.at(line, format!("{what} {s:?} is not a whole number")))
    };
    let [n, seats] = nums[..] else {
        return Err(errs.at(line, "expected `candidates seats` on the first line"));
    };
    let (n, seats) = (
        parse(n, "number of candidates")?,
        parse(seats, "number of seats")?,
    );
    if n == 0 || n > 100_000 {
        return Err(errs.at(
            line,
            format!("number of candidates {n} must be between 1 and 100000"),
        ));
    }
    if seats == 0 || seats > n {
        return Err(errs.at(
            line,
            format!("seats {seats} must be between 1 and the {n} candidates"),
        ));
    }

    let mut withdrawn = Vec::new();
    if let Some(&(line, l)) = lines.peek()
        && l.starts_with('-')
    {
        for token in l.split_whitespace() {
            let c: usize = token
                .strip_prefix('-')
                .and_then(|t| t.parse().ok())
                .ok_or_else(|| {
                    errs.at(
                        line,
                        format!("withdrawn candidate {token:?} must be `-number`"),
                    )
                })?;
            if c == 0 || c > n {
                return Err(errs.at(line, format!("withdrawn candidate {c} is outside 1..={n}")));
            }
            withdrawn.push(c - 1);
        }
        lines.next();
    }

    let mut ballots = Vec::new();
    let mut ended = false;
    let mut total: u64 = 0;
    for (line, l) in lines.by_ref() {
        if l == "0" {
            ended = true;
            break;
        }
        let b = ballot(&errs, line, l, n)?;
        total = total
            .checked_add(b.weight)
            .ok_or_else(|| errs.at(line, "the ballot weights add up to more than 2^64-1"))?;
        ballots.push(b);
    }
    if !ended {
        return Err(errs.at(last_line, "the ballots never end: add a line holding `0`"));
    }

    let mut strings = Vec::new();
    for (line, l) in lines {
        strings.extend(quoted(&errs, line, l)?.into_iter().map(|s| (line, s)));
    }
    if strings.len() < n {
        return Err(errs.at(
            last_line,
            format!(
                "expected {n} candidate names after the ballots, found {}",
                strings.len()
            ),
        ));
    }
    if strings.len() > n + 1 {
        let (line, extra) = &strings[n + 1];
        return Err(errs.at(*line, format!("unexpected text {extra:?} after the title")));
    }
    let title = strings.get(n).map(|(_, t)| t.clone());
    let candidates = strings
        .into_iter()
        .take(n)
        .enumerate()
        .map(|(i, (_, name))| Candidate::new((i + 1).to_string(), name))
        .collect();
    let profile =
        Profile::new(candidates, ballots).map_err(|e| errs.at(last_line, e.to_string()))?;
    Ok(RankedFile {
        profile,
        seats: Some(seats),
        withdrawn,
        title,
        kind: "blt".into(),
    })
}

/// One ballot line: `[(id)] weight pref… 0`.
fn ballot(errs: &Errs, line: usize, l: &str, n: usize) -> Result<Ballot<Ranking>, FormatError> {
    let mut rest = l;
    if let Some(after) = rest.strip_prefix('(') {
        let close = after
            .find(')')
            .ok_or_else(|| errs.at(line, "a ballot id `(` is never closed"))?;
        rest = &after[close + 1..];
    }
    let mut tokens = rest.split_whitespace();
    let weight = tokens.next().unwrap_or("");
    let weight: u64 = weight.parse().map_err(|_| {
        errs.at(
            line,
            format!("ballot weight {weight:?} must be a whole number"),
        )
    })?;
    if weight == 0 {
        return Err(errs.at(line, "ballot weight is 0; leave the ballot out instead"));
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut seen = vec![false; n];
    let mut closed = false;
    for token in tokens {
        if closed {
            return Err(errs.at(line, format!("unexpected {token:?} after the closing 0")));
        }
        if token == "0" {
            closed = true;
            continue;
        }
        if token == "-" {
            continue; // a skipped rank
        }
        let mut group = Vec::new();
        for part in token.split('=') {
            let c: usize = part
                .parse()
                .map_err(|_| errs.at(line, format!("{part:?} is not a candidate number")))?;
            if c == 0 || c > n {
                return Err(errs.at(line, format!("candidate {c} is outside 1..={n}")));
            }
            if std::mem::replace(&mut seen[c - 1], true) {
                return Err(errs.at(line, format!("candidate {c} is ranked twice")));
            }
            group.push(c - 1);
        }
        groups.push(group);
    }
    if !closed {
        return Err(errs.at(line, "a ballot must end with 0"));
    }
    Ok(Ballot::weighted(Ranking(groups), weight))
}

/// The quoted strings of a trailer line; a line without quotes is one name.
fn quoted(errs: &Errs, line: usize, l: &str) -> Result<Vec<String>, FormatError> {
    if !l.starts_with('"') {
        return Ok(vec![l.to_string()]);
    }
    let mut out = Vec::new();
    let mut rest = l;
    while let Some(after) = rest.trim_start().strip_prefix('"') {
        let close = after
            .find('"')
            .ok_or_else(|| errs.at(line, "a quoted name is never closed"))?;
        out.push(after[..close].to_string());
        rest = &after[close + 1..];
    }
    if !rest.trim().is_empty() {
        return Err(errs.at(
            line,
            format!("unexpected {:?} after a quoted name", rest.trim()),
        ));
    }
    Ok(out)
}
