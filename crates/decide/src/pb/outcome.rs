//! What a PB rule returns: the funded projects, and an explanation a person can follow
//! (greedy steps, MES rounds with each supporter's share, budget increases, Phragmén loads).

use crate::TieBreak;
use serde::Serialize;

/// The result of one rule on one instance.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub rule: String,
    pub tie_break: TieBreak,
    pub pabutools_compatible: bool,
    /// Funded project ids, sorted as strings.
    pub selected: Vec<String>,
    pub total_cost: String,
    pub budget: String,
    /// Every outcome under every way of breaking ties (irresolute rules only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all_outcomes: Option<Vec<Vec<String>>>,
    pub explanation: Vec<Stage>,
}

/// One stage of a rule; completions have several.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Stage {
    /// Greedy: projects in order of satisfaction per unit of cost, skipping what does not fit.
    Greedy {
        satisfaction: String,
        already_spent: String,
        steps: Vec<GreedyStep>,
    },
    /// Method of Equal Shares: every voter starts with `budget_per_voter`.
    EqualShares {
        satisfaction: String,
        budget_per_voter: String,
        rounds: Vec<MesRound>,
        voters_with_money_left: u64,
        money_left: String,
    },
    /// A completion that reran MES with more money until the outcome was exhaustive.
    BudgetIncrease {
        method: String,
        runs: u64,
        /// Runs the float screen could not decide and the exact engine computed.
        exact_reruns: u64,
        budget_per_voter_used: String,
        stopped_because: String,
    },
    /// Sequential Phragmén: supporters share the load of each funded project.
    Phragmen {
        rounds: Vec<PhragmenRound>,
        stopped_because: String,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct GreedyStep {
    pub project: String,
    pub cost: String,
    pub supporters: u64,
    /// Satisfaction per unit of cost that set the order ("inf" when free and supported).
    pub score: String,
    pub funded: bool,
    /// Not funded because this project, of the same incompatibility group, was funded
    /// first (the step is then skipped whether or not it fits).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incompatible_with: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MesRound {
    pub project: String,
    pub cost: String,
    /// The price per unit of satisfaction, ρ; the round funds the project with the least.
    pub rho: String,
    /// What each supporter who could afford it paid (the others paid all they had left).
    pub share_per_supporter: String,
    /// The same, rounded to cents, for people.
    pub share_per_supporter_approx: String,
    pub supporters: u64,
    pub supporters_paying_all_left: u64,
    /// Other projects with the same ρ, lost on the tie-break.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tied_with: Vec<String>,
    /// Projects of the same incompatibility group that stop being candidates because this
    /// one is funded (their supporters keep their money for other projects).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub excludes: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhragmenRound {
    pub project: String,
    pub cost: String,
    /// The load every supporter carries after the project is funded.
    pub load: String,
    pub supporters: u64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tied_with: Vec<String>,
    /// Projects of the same incompatibility group that stop being candidates.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub excludes: Vec<String>,
}

impl Outcome {
    /// A short human-readable report.
    pub fn to_text(&self) -> String {
        let mut s = format!(
            "rule {} (tie-break {:?}{})\nbudget {}, spent {}\n",
            self.rule,
            self.tie_break,
            if self.pabutools_compatible {
                ", pabutools-compatible"
            } else {
                ", corrected"
            },
            self.budget,
            self.total_cost
        );
        match &self.all_outcomes {
            Some(all) => {
                s += &format!("{} possible outcome(s):\n", all.len());
                for o in all {
                    s += &format!("  {}\n", o.join(", "));
                }
            }
            None => {
                s += &format!(
                    "funded ({}): {}\n",
                    self.selected.len(),
                    self.selected.join(", ")
                )
            }
        }
        for stage in &self.explanation {
            s += &stage_text(stage);
        }
        s
    }
}

fn stage_text(stage: &Stage) -> String {
    let mut s = String::new();
    match stage {
        Stage::Greedy {
            satisfaction,
            already_spent,
            steps,
        } => {
            s += &format!("greedy ({satisfaction} satisfaction), already spent {already_spent}:\n");
            for st in steps {
                let what = match (&st.incompatible_with, st.funded) {
                    (Some(mate), _) => format!("skipped, incompatible with {mate} (funded)"),
                    (None, true) => "funded".to_string(),
                    (None, false) => "skipped, does not fit".to_string(),
                };
                s += &format!(
                    "  {} cost {} supporters {} score {}: {what}\n",
                    st.project, st.cost, st.supporters, st.score
                );
            }
        }
        Stage::EqualShares {
            satisfaction,
            budget_per_voter,
            rounds,
            voters_with_money_left,
            money_left,
        } => {
            s += &format!(
                "equal shares ({satisfaction} satisfaction), each voter starts with {budget_per_voter}:\n"
            );
            for (i, r) in rounds.iter().enumerate() {
                s += &format!(
                    "  round {}: {} (cost {}), rho {}, {} supporters pay {} each ({} pay all they have left){}{}\n",
                    i + 1,
                    r.project,
                    r.cost,
                    r.rho,
                    r.supporters,
                    r.share_per_supporter_approx,
                    r.supporters_paying_all_left,
                    if r.tied_with.is_empty() {
                        String::new()
                    } else {
                        format!(", tied with {}", r.tied_with.join(", "))
                    },
                    excludes_text(&r.excludes)
                );
            }
            s += &format!(
                "  {voters_with_money_left} voters have money left, {money_left} in total\n"
            );
        }
        Stage::BudgetIncrease {
            method,
            runs,
            exact_reruns: _,
            budget_per_voter_used,
            stopped_because,
        } => {
            s += &format!(
                "{method}: {runs} runs, kept the run with {budget_per_voter_used} per voter; {stopped_because}\n"
            );
        }
        Stage::Phragmen {
            rounds,
            stopped_because,
        } => {
            s += "sequential Phragmén:\n";
            for (i, r) in rounds.iter().enumerate() {
                s += &format!(
                    "  round {}: {} (cost {}), {} supporters now carry load {}{}\n",
                    i + 1,
                    r.project,
                    r.cost,
                    r.supporters,
                    r.load,
                    excludes_text(&r.excludes)
                );
            }
            s += &format!("  {stopped_because}\n");
        }
    }
    s
}

/// ", no longer candidates (incompatible): a, b" when a round excluded group-mates.
fn excludes_text(excludes: &[String]) -> String {
    if excludes.is_empty() {
        String::new()
    } else {
        format!(
            ", no longer candidates (incompatible): {}",
            excludes.join(", ")
        )
    }
}
