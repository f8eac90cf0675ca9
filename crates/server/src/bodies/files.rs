//! The anonymised ballot file of a closed decision, with no I/O, in the standard format of
//! its method: BLT for IRV and STV, PrefLib (`.soi` strict orders, `.cat` approved / not
//! approved) for the other ranked and approval methods, CSV for motions. Identical ballots
//! are merged into one line with their total weight, lines in a fixed order, so the file
//! says nothing of who voted or when, and the same ballots always give the same bytes (and
//! the same hash, which the journal keeps). `commonfare decide rank FILE --method M`
//! recounts it.

use super::model::{Choice, ConsentKind, FileKind, Method, OptionItem, Shape, rankings};
use commonfare_decide::body::motion::{ConsensusPosition, YesNo};
use std::collections::BTreeMap;

/// A ballot file: its name, media type and text.
#[derive(Debug, Clone)]
pub struct BallotFile {
    pub name: String,
    pub media_type: &'static str,
    pub text: String,
}

/// The ballot file of decision `number` of a body; a committee rule's file also records
/// its `winners` (option ids), as abcvoting's files record results.
#[allow(clippy::too_many_arguments)]
pub fn ballot_file(
    method: Method,
    slug: &str,
    number: i64,
    title: &str,
    options: &[OptionItem],
    seats: i64,
    ballots: &[(Choice, u64)],
    winners: &[String],
) -> BallotFile {
    let stem = format!("{slug}-{number}");
    match method.file() {
        FileKind::Csv if method.shape() == Shape::Points => BallotFile {
            name: format!("{stem}.csv"),
            media_type: "text/csv; charset=utf-8",
            text: points_csv(options, ballots),
        },
        FileKind::Csv => BallotFile {
            name: format!("{stem}.csv"),
            media_type: "text/csv; charset=utf-8",
            text: csv(ballots),
        },
        FileKind::Blt => BallotFile {
            name: format!("{stem}.blt"),
            media_type: "text/plain; charset=utf-8",
            text: blt(title, options, seats, ballots),
        },
        FileKind::Soi => BallotFile {
            name: format!("{stem}.soi"),
            media_type: "text/plain; charset=utf-8",
            text: preflib(&format!("{stem}.soi"), title, options, ballots, false),
        },
        FileKind::Abc => BallotFile {
            name: format!("{stem}.abc.yaml"),
            media_type: "application/yaml",
            text: abc_yaml(
                title,
                options,
                seats,
                method.committee().unwrap_or(""),
                ballots,
                Some(winners),
            ),
        },
        FileKind::Cat => BallotFile {
            name: format!("{stem}.cat"),
            media_type: "text/plain; charset=utf-8",
            text: preflib(&format!("{stem}.cat"), title, options, ballots, true),
        },
    }
}

/// Identical rankings merged, heaviest first, then in the order of their text.
fn merged(ballots: &[(Choice, u64)]) -> Vec<(Vec<Vec<usize>>, u64)> {
    let mut by: BTreeMap<Vec<Vec<usize>>, u64> = BTreeMap::new();
    for (groups, w) in rankings(ballots) {
        *by.entry(groups).or_insert(0) += w;
    }
    let mut lines: Vec<_> = by.into_iter().collect();
    lines.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    lines
}

/// A name as the BLT trailer quotes it (a name holds no double quote: options are
/// stored without them).
fn one_line(s: &str) -> String {
    s.replace(['"', '\n', '\r'], "'")
}

fn blt(title: &str, options: &[OptionItem], seats: i64, ballots: &[(Choice, u64)]) -> String {
    let mut out = format!("{} {}\n", options.len(), seats.max(1));
    for (groups, w) in merged(ballots) {
        if groups.is_empty() {
            continue;
        }
        let prefs: Vec<String> = groups
            .iter()
            .map(|g| {
                g.iter()
                    .map(|i| (i + 1).to_string())
                    .collect::<Vec<_>>()
                    .join("=")
            })
            .collect();
        out.push_str(&format!("{w} {} 0\n", prefs.join(" ")));
    }
    out.push_str("0\n");
    for o in options {
        out.push_str(&format!("\"{}\"\n", one_line(&o.name)));
    }
    out.push_str(&format!("\"{}\"\n", one_line(title)));
    out
}

fn preflib(
    file: &str,
    title: &str,
    options: &[OptionItem],
    ballots: &[(Choice, u64)],
    categories: bool,
) -> String {
    let lines = merged(ballots);
    let voters: u64 = lines.iter().map(|(_, w)| w).sum();
    let mut out = format!("# FILE NAME: {file}\n# TITLE: {}\n", one_line(title));
    out.push_str(&format!(
        "# DATA TYPE: {}\n",
        if categories { "cat" } else { "soi" }
    ));
    out.push_str(&format!("# NUMBER ALTERNATIVES: {}\n", options.len()));
    for (i, o) in options.iter().enumerate() {
        out.push_str(&format!(
            "# ALTERNATIVE NAME {}: {}\n",
            i + 1,
            one_line(&o.name)
        ));
    }
    if categories {
        out.push_str("# NUMBER CATEGORIES: 2\n");
        out.push_str("# CATEGORY NAME 1: approved\n# CATEGORY NAME 2: not approved\n");
    }
    out.push_str(&format!("# NUMBER VOTERS: {voters}\n"));
    out.push_str(&format!("# NUMBER UNIQUE ORDERS: {}\n", lines.len()));
    let ids = |g: &[usize]| {
        g.iter()
            .map(|i| (i + 1).to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    for (groups, w) in lines {
        let prefs = if categories {
            let approved = groups.first().cloned().unwrap_or_default();
            let rest: Vec<usize> = (0..options.len())
                .filter(|i| !approved.contains(i))
                .collect();
            format!("{{{}}},{{{}}}", ids(&approved), ids(&rest))
        } else {
            groups.iter().map(|g| ids(g)).collect::<Vec<_>>().join(",")
        };
        out.push_str(&format!("{w}: {prefs}\n"));
    }
    out
}

/// abcvoting's instance file: the approval sets (0-based candidates), their weights when
/// any is not 1, the committee size, and, once counted, the rule with its result.
pub fn abc_yaml(
    title: &str,
    options: &[OptionItem],
    seats: i64,
    rule: &str,
    ballots: &[(Choice, u64)],
    winners: Option<&[String]>,
) -> String {
    let lines = merged(ballots);
    let names: Vec<String> = options
        .iter()
        .enumerate()
        .map(|(i, o)| format!("{i} = {}", one_line(&o.name)))
        .collect();
    let description = format!("{} ({})", one_line(title), names.join(", "));
    let mut out = format!("description: {}\n", serde_json::Value::String(description));
    let sets: Vec<String> = lines
        .iter()
        .map(|(groups, _)| {
            let approved = groups.first().cloned().unwrap_or_default();
            let ids: Vec<String> = approved.iter().map(usize::to_string).collect();
            format!("[{}]", ids.join(", "))
        })
        .collect();
    out.push_str(&format!("profile: [{}]\n", sets.join(", ")));
    if lines.iter().any(|(_, w)| *w != 1) {
        let w: Vec<String> = lines.iter().map(|(_, w)| w.to_string()).collect();
        out.push_str(&format!("voter_weights: [{}]\n", w.join(", ")));
    }
    out.push_str(&format!(
        "num_cand: {}\ncommitteesize: {}\n",
        options.len(),
        seats.max(1)
    ));
    if let Some(winners) = winners {
        let mut picked: Vec<usize> = winners
            .iter()
            .filter_map(|id| id.parse::<usize>().ok())
            .map(|i| i - 1)
            .collect();
        picked.sort_unstable();
        let ids: Vec<String> = picked.iter().map(usize::to_string).collect();
        out.push_str(&format!(
            "compute:\n- rule_id: {rule}\n  resolute: true\n  result: [[{}]]\n",
            ids.join(", ")
        ));
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Score and cumulative ballots: a column per option (its name), the points each kind of
/// ballot gives, and how many votes gave them; identical ballots merged, in order.
fn points_csv(options: &[OptionItem], ballots: &[(Choice, u64)]) -> String {
    let mut by: BTreeMap<Vec<u64>, u64> = BTreeMap::new();
    for (c, w) in ballots {
        if let Choice::Points { points } = c {
            let mut row = vec![0u64; options.len()];
            for (i, p) in points {
                if let Some(cell) = row.get_mut(*i) {
                    *cell = *p;
                }
            }
            *by.entry(row).or_insert(0) += w;
        }
    }
    let names: Vec<String> = options.iter().map(|o| csv_field(&o.name)).collect();
    let mut out = format!("{},weight\n", names.join(","));
    for (row, w) in by {
        let cells: Vec<String> = row.iter().map(u64::to_string).collect();
        out.push_str(&format!("{},{w}\n", cells.join(",")));
    }
    out
}

fn csv(ballots: &[(Choice, u64)]) -> String {
    let mut rows: Vec<(String, String, u64)> = ballots
        .iter()
        .filter_map(|(c, w)| {
            let (answer, reason) = match c {
                Choice::Vote { vote } => (
                    match vote {
                        YesNo::Yes => "yes",
                        YesNo::No => "no",
                        YesNo::Abstain => "abstain",
                    },
                    String::new(),
                ),
                Choice::Consent { response, reason } => (
                    match response {
                        ConsentKind::Consent => "consent",
                        ConsentKind::Concern => "concern",
                        ConsentKind::Objection => "objection",
                    },
                    reason.clone(),
                ),
                Choice::Consensus { position } => (
                    match position {
                        ConsensusPosition::Agree => "agree",
                        ConsensusPosition::StandAside => "stand_aside",
                        ConsensusPosition::Block => "block",
                    },
                    String::new(),
                ),
                _ => return None,
            };
            Some((answer.to_string(), reason, *w))
        })
        .collect();
    rows.sort();
    let mut out = String::from("answer,reason,weight\n");
    for (answer, reason, w) in rows {
        out.push_str(&format!("{answer},{},{w}\n", csv_field(&reason)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use commonfare_decide::body::formats::read_ranked;

    fn options(n: usize) -> Vec<OptionItem> {
        (1..=n)
            .map(|i| OptionItem {
                id: i.to_string(),
                name: format!("Option \"{i}\""),
            })
            .collect()
    }

    #[test]
    fn ranked_files_read_back_as_the_same_ballots() {
        let r = |v: &[usize]| Choice::Rank {
            ranking: v.to_vec(),
        };
        let ballots = [(r(&[0, 1]), 1), (r(&[2]), 2), (r(&[0, 1]), 3)];
        for method in [Method::StvScottish, Method::Schulze] {
            let f = ballot_file(method, "board", 1, "Board", &options(3), 2, &ballots, &[]);
            let read = read_ranked(&f.name, &f.text).unwrap();
            assert_eq!(read.profile.total_weight(), 6);
            assert_eq!(read.profile.ballots().len(), 2, "{}", f.text);
            assert_eq!(read.profile.name(0), "Option '1'");
        }
        let a = |v: &[usize]| Choice::Approve {
            approve: v.to_vec(),
        };
        let ballots = [(a(&[0, 2]), 1), (a(&[]), 1), (a(&[0, 1, 2]), 1)];
        let f = ballot_file(
            Method::Approval,
            "wg",
            2,
            "Next",
            &options(3),
            1,
            &ballots,
            &[],
        );
        let read = read_ranked(&f.name, &f.text).unwrap();
        assert_eq!(read.kind, "cat");
        assert_eq!(read.profile.ballots().len(), 3, "{}", f.text);
    }

    #[test]
    fn motions_are_one_line_per_ballot_without_voters() {
        let ballots = [
            (
                Choice::Consent {
                    response: ConsentKind::Concern,
                    reason: "Costs, \"maybe\"".into(),
                },
                1,
            ),
            (
                Choice::Consent {
                    response: ConsentKind::Consent,
                    reason: String::new(),
                },
                1,
            ),
        ];
        let f = ballot_file(Method::Consent, "ga", 3, "Hours", &[], 1, &ballots, &[]);
        assert_eq!(
            f.text,
            "answer,reason,weight\nconcern,\"Costs, \"\"maybe\"\"\",1\nconsent,,1\n"
        );
        assert!(f.media_type.starts_with("text/csv"));
    }
}
