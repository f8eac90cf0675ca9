//! PrefLib ranked and categorical data: `.soc` (strict complete orders), `.soi` (strict
//! incomplete), `.toc` (complete with ties), `.toi` (incomplete with ties), `.cat`
//! (categorical: groups are categories, first = most preferred, empty ones allowed).
//!
//! Current format (PrefLib 2022): `# KEY: value` header lines (`DATA TYPE`, `NUMBER
//! ALTERNATIVES`, `ALTERNATIVE NAME i`, `NUMBER CATEGORIES` …) then lines
//! `count: 1,2,{3,4},5`. Older format: the number of alternatives, one `i,name` line per
//! alternative, a `voters,sum,unique` line, then lines `count,1,2,{3,4},5`. Alternatives are
//! numbered from 1; their numbers become the candidate ids.

use super::super::ballot::{Ballot, Candidate, Profile, Ranking};
use super::{Errs, FormatError, RankedFile};

/// Reads a PrefLib file; the data type comes from the header, else from the extension.
pub fn read(file: &str, text: &str) -> Result<RankedFile, FormatError> {
    let errs = Errs { file };
    // Files saved by some editors start with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let ext_kind = file
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let Some(&(_, first)) = lines.first() else {
        return Err(errs.at(1, "the file is empty"));
    };
    let (header, data, kind) = if first.starts_with('#') {
        current_header(&errs, &lines, ext_kind)?
    } else {
        old_header(&errs, &lines, ext_kind)?
    };
    let n = header.names.len();
    let mut ballots = Vec::new();
    let mut total: u64 = 0;
    for &(line, text) in data {
        let (count, prefs) = if header.current {
            text.split_once(':')
                .ok_or_else(|| errs.at(line, "expected `count: preferences`"))?
        } else {
            text.split_once(',')
                .ok_or_else(|| errs.at(line, "expected `count,preferences`"))?
        };
        let count: u64 = count.trim().parse().map_err(|_| {
            errs.at(
                line,
                format!("count {:?} is not a whole number", count.trim()),
            )
        })?;
        if count == 0 {
            return Err(errs.at(line, "count is 0; leave the line out instead"));
        }
        total = total
            .checked_add(count)
            .ok_or_else(|| errs.at(line, "the counts add up to more than 2^64-1"))?;
        let groups = parse_groups(prefs, n).map_err(|m| errs.at(line, m))?;
        check_kind(&kind, &groups, n, header.categories).map_err(|m| errs.at(line, m))?;
        ballots.push(Ballot::weighted(Ranking(groups), count));
    }
    let candidates = header
        .names
        .into_iter()
        .enumerate()
        .map(|(i, name)| Candidate::new((i + 1).to_string(), name))
        .collect();
    let last = lines.last().map_or(1, |l| l.0);
    let profile = Profile::new(candidates, ballots).map_err(|e| errs.at(last, e.to_string()))?;
    Ok(RankedFile {
        profile,
        seats: None,
        withdrawn: vec![],
        title: header.title,
        kind,
    })
}

struct Header {
    names: Vec<String>,
    title: Option<String>,
    categories: Option<usize>,
    current: bool,
}

type Parsed<'l> = (Header, &'l [(usize, &'l str)], String);

fn current_header<'l>(
    errs: &Errs,
    lines: &'l [(usize, &'l str)],
    ext_kind: String,
) -> Result<Parsed<'l>, FormatError> {
    let mut count: Option<usize> = None;
    let mut names: Vec<(usize, usize, String)> = Vec::new();
    let mut title = None;
    let mut kind = None;
    let mut categories = None;
    let split = lines
        .iter()
        .position(|(_, l)| !l.starts_with('#'))
        .unwrap_or(lines.len());
    for &(line, l) in &lines[..split] {
        let Some((key, value)) = l.trim_start_matches('#').split_once(':') else {
            continue; // a free comment
        };
        let (key, value) = (key.trim().to_ascii_uppercase(), value.trim());
        let number = |what: &str| -> Result<usize, FormatError> {
            value
                .parse()
                .map_err(|_| errs.at(line, format!("{what} {value:?} is not a whole number")))
        };
        if key == "NUMBER ALTERNATIVES" {
            count = Some(number("number of alternatives")?);
        } else if key == "TITLE" {
            title = Some(value.to_string());
        } else if key == "DATA TYPE" {
            kind = Some(value.to_ascii_lowercase());
        } else if key == "NUMBER CATEGORIES" {
            categories = Some(number("number of categories")?);
        } else if let Some(i) = key.strip_prefix("ALTERNATIVE NAME ") {
            let i: usize = i.trim().parse().map_err(|_| {
                errs.at(
                    line,
                    format!("alternative number {i:?} is not a whole number"),
                )
            })?;
            names.push((line, i, value.to_string()));
        }
    }
    let header_end = lines.get(split.saturating_sub(1)).map_or(1, |l| l.0);
    let n =
        count.ok_or_else(|| errs.at(header_end, "missing `# NUMBER ALTERNATIVES: n` header"))?;
    check_size(errs, header_end, n)?;
    let mut all: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
    for (line, i, name) in names {
        if i == 0 || i > n {
            return Err(errs.at(line, format!("alternative {i} is outside 1..={n}")));
        }
        all[i - 1] = name;
    }
    let kind = kind.unwrap_or(ext_kind);
    check_type(errs, header_end, &kind)?;
    Ok((
        Header {
            names: all,
            title,
            categories,
            current: true,
        },
        &lines[split..],
        kind,
    ))
}

fn old_header<'l>(
    errs: &Errs,
    lines: &'l [(usize, &'l str)],
    kind: String,
) -> Result<Parsed<'l>, FormatError> {
    let (line, first) = lines[0];
    let n: usize = first.parse().map_err(|_| {
        errs.at(
            line,
            "expected the number of alternatives (or a `#` header)",
        )
    })?;
    check_size(errs, line, n)?;
    check_type(errs, line, &kind)?;
    if lines.len() < n + 2 {
        let last = lines.last().map_or(line, |l| l.0);
        return Err(errs.at(
            last,
            format!("expected {n} alternative lines and a voters line"),
        ));
    }
    let mut names = Vec::with_capacity(n);
    for (k, &(line, l)) in lines[1..=n].iter().enumerate() {
        let (i, name) = l
            .split_once(',')
            .ok_or_else(|| errs.at(line, "expected `number,name`"))?;
        if i.trim() != (k + 1).to_string() {
            return Err(errs.at(
                line,
                format!("expected alternative {} here, found {:?}", k + 1, i.trim()),
            ));
        }
        names.push(name.trim().to_string());
    }
    let (line, voters) = lines[n + 1];
    if voters.split(',').count() != 3 || voters.split(',').any(|v| v.trim().parse::<u64>().is_err())
    {
        return Err(errs.at(line, "expected `voters,sum of counts,unique orders`"));
    }
    Ok((
        Header {
            names,
            title: None,
            categories: None,
            current: false,
        },
        &lines[n + 2..],
        kind,
    ))
}

fn check_size(errs: &Errs, line: usize, n: usize) -> Result<(), FormatError> {
    // A bound keeps a hostile header from allocating without limit.
    if n == 0 || n > 100_000 {
        return Err(errs.at(
            line,
            format!("number of alternatives {n} must be between 1 and 100000"),
        ));
    }
    Ok(())
}

fn check_type(errs: &Errs, line: usize, kind: &str) -> Result<(), FormatError> {
    match kind {
        "soc" | "soi" | "toc" | "toi" | "cat" => Ok(()),
        other => Err(errs.at(
            line,
            format!("data type {other:?} is not ranked or categorical (soc, soi, toc, toi, cat)"),
        )),
    }
}

/// Parses `1,2,{3,4},5` (or `{1,2},{},3` for categories) into groups of 0-based indices.
fn parse_groups(text: &str, n: usize) -> Result<Vec<Vec<usize>>, String> {
    let mut groups = Vec::new();
    let mut seen = vec![false; n];
    let mut rest = text.trim();
    while !rest.is_empty() {
        let (item, tail, braced) = if let Some(inner) = rest.strip_prefix('{') {
            let close = inner.find('}').ok_or("a `{` is never closed")?;
            (&inner[..close], inner[close + 1..].trim_start(), true)
        } else {
            match rest.find(',') {
                Some(i) => (&rest[..i], &rest[i..], false),
                None => (rest, "", false),
            }
        };
        let mut group = Vec::new();
        for token in item.split(',').map(str::trim) {
            if token.is_empty() && braced {
                continue;
            }
            let a: usize = token
                .parse()
                .map_err(|_| format!("{token:?} is not an alternative number"))?;
            if a == 0 || a > n {
                return Err(format!("alternative {a} is outside 1..={n}"));
            }
            if std::mem::replace(&mut seen[a - 1], true) {
                return Err(format!("alternative {a} appears twice"));
            }
            group.push(a - 1);
        }
        groups.push(group);
        rest = match tail.strip_prefix(',') {
            Some(t) => {
                if t.trim().is_empty() {
                    return Err("a `,` ends the line; an alternative is missing".into());
                }
                t.trim_start()
            }
            None if tail.trim().is_empty() => "",
            None => {
                return Err(format!(
                    "unexpected {:?}; separate groups with `,`",
                    tail.trim()
                ));
            }
        };
    }
    Ok(groups)
}

/// Checks the ballot against the promises of its data type.
fn check_kind(
    kind: &str,
    groups: &[Vec<usize>],
    n: usize,
    categories: Option<usize>,
) -> Result<(), String> {
    let ranked: usize = groups.iter().map(Vec::len).sum();
    let tied = groups.iter().any(|g| g.len() > 1);
    let empty = groups.iter().any(Vec::is_empty);
    match kind {
        "soc" | "soi" if tied || empty => Err(format!(
            "a .{kind} order is strict; it cannot group alternatives"
        )),
        "toc" | "toi" if empty => Err("an empty group `{}` only belongs in a .cat file".into()),
        "soc" | "toc" if ranked != n => Err(format!(
            "a .{kind} order is complete: it must rank all {n} alternatives, not {ranked}"
        )),
        "cat" => match categories {
            Some(c) if groups.len() != c => Err(format!(
                "the file declares {c} categories but this line has {}",
                groups.len()
            )),
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}
