//! What every rule of a body returns: winners, a ranking, and an explanation a person can
//! read (rounds with tallies and events, and matrices such as Schulze's beatpaths).

use crate::TieBreak;
use serde::Serialize;
use std::fmt;

/// The result of a rule over a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// Rule name, e.g. `"schulze"`.
    pub method: String,
    /// Ids of the elected candidates, in the order the rule elected them.
    pub winners: Vec<String>,
    /// Every candidate from best to worst, tied candidates sharing a group; empty when the
    /// rule produces no full order (STV).
    pub ranking: Vec<Vec<String>>,
    /// The policy used for ties that the rule itself could not resolve.
    pub tie_break: TieBreak,
    pub explanation: Explanation,
}

/// How the outcome came about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// Sentences stating the parameters and the conclusion.
    pub summary: Vec<String>,
    /// Rounds or stages of the count, in order.
    pub rounds: Vec<Round>,
    /// Square tables over candidates (pairwise preferences, path strengths).
    pub matrices: Vec<Matrix>,
}

/// One round or stage: the tally at its end and what happened.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Round {
    pub title: String,
    pub tallies: Vec<Tally>,
    pub events: Vec<String>,
}

/// A candidate's exact tally as a decimal or integer string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub candidate: String,
    pub value: String,
}

/// `cells[i][j]` relates `candidates[i]` to `candidates[j]`; the diagonal is `"-"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matrix {
    pub title: String,
    pub candidates: Vec<String>,
    pub cells: Vec<Vec<String>>,
}

impl Tally {
    pub fn new(candidate: impl Into<String>, value: impl ToString) -> Self {
        Tally {
            candidate: candidate.into(),
            value: value.to_string(),
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Method: {}", self.method)?;
        writeln!(f, "Tie-break: {}", describe_tie_break(&self.tie_break))?;
        for line in &self.explanation.summary {
            writeln!(f, "{line}")?;
        }
        for round in &self.explanation.rounds {
            writeln!(f, "\n{}", round.title)?;
            let width = round
                .tallies
                .iter()
                .map(|t| t.candidate.chars().count())
                .max()
                .unwrap_or(0);
            for t in &round.tallies {
                writeln!(f, "  {:<width$}  {:>14}", t.candidate, t.value)?;
            }
            for e in &round.events {
                writeln!(f, "  -> {e}")?;
            }
        }
        for m in &self.explanation.matrices {
            writeln!(f, "\n{}", m.title)?;
            let w = m
                .cells
                .iter()
                .flatten()
                .map(String::len)
                .chain(m.candidates.iter().map(|c| c.chars().count()))
                .max()
                .unwrap_or(1);
            write!(f, "  {:w$}", "")?;
            for c in &m.candidates {
                write!(f, " {c:>w$}")?;
            }
            writeln!(f)?;
            for (c, row) in m.candidates.iter().zip(&m.cells) {
                write!(f, "  {c:>w$}")?;
                for cell in row {
                    write!(f, " {cell:>w$}")?;
                }
                writeln!(f)?;
            }
        }
        if !self.ranking.is_empty() {
            let groups: Vec<String> = self.ranking.iter().map(|g| g.join(" = ")).collect();
            writeln!(f, "\nRanking: {}", groups.join(" > "))?;
        }
        writeln!(f, "Winners: {}", self.winners.join(", "))
    }
}

fn describe_tie_break(t: &TieBreak) -> String {
    match t {
        TieBreak::Lexicographic => "lexicographic by id (as strings)".into(),
        TieBreak::Natural => "natural order of ids".into(),
        TieBreak::Seeded { seed } => format!("seeded pseudo-random order, seed {seed}"),
    }
}
