//! The PB rules by name (the names of `pabulib/expected.json`, plus friendly aliases),
//! and [`run`], which applies one to an instance.

use super::completion::{add1, exhaustion_by_budget_increase, greedy_completion};
use super::greedy::{Sat, greedy};
use super::mes::Mes;
use super::model::{Instance, VoteType};
use super::outcome::{Outcome, Stage};
use super::phragmen::sequential_phragmen;
use super::profile::Support;
use crate::TieBreak;
use std::fmt;

/// Every PB rule this crate implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    GreedyCost,
    GreedyCardinality,
    MesCost,
    MesCardinality,
    MesCostIrresolute,
    MesCostGreedyCompletion,
    MesCostExhaustion,
    MesCostAdd1,
    MesCostAdd1GreedyCompletion,
    Phragmen,
}

/// (canonical name, aliases, rule).
const NAMES: &[(&str, &[&str], Rule)] = &[
    (
        "greedy_cost",
        &["greedy", "greedy-cost", "utilitarian"],
        Rule::GreedyCost,
    ),
    (
        "greedy_cardinality",
        &["greedy-cardinality", "greedy-per-cost"],
        Rule::GreedyCardinality,
    ),
    ("mes_cost", &["mes", "mes-cost"], Rule::MesCost),
    (
        "mes_cardinality",
        &["mes-cardinality"],
        Rule::MesCardinality,
    ),
    (
        "mes_cost_irresolute",
        &["mes-irresolute"],
        Rule::MesCostIrresolute,
    ),
    (
        "mes_cost_greedy_completion",
        &["mes-greedy"],
        Rule::MesCostGreedyCompletion,
    ),
    (
        "mes_cost_exhaustion",
        &["mes-exhaustion", "mes-budget-increase"],
        Rule::MesCostExhaustion,
    ),
    ("mes_cost_add1", &["mes-add1"], Rule::MesCostAdd1),
    (
        "mes_cost_add1_greedy_completion",
        &[
            "equal-shares",
            "equalshares",
            "mes-add1-greedy",
            "wieliczka",
        ],
        Rule::MesCostAdd1GreedyCompletion,
    ),
    (
        "phragmen",
        &["sequential-phragmen", "seq-phragmen"],
        Rule::Phragmen,
    ),
];

impl Rule {
    /// Looks a rule up by canonical name or alias (`-` and `_` are interchangeable).
    pub fn parse(name: &str) -> Option<Rule> {
        let norm = |s: &str| s.to_ascii_lowercase().replace('-', "_");
        let want = norm(name);
        NAMES
            .iter()
            .find(|(n, aliases, _)| norm(n) == want || aliases.iter().any(|a| norm(a) == want))
            .map(|e| e.2)
    }

    pub fn name(self) -> &'static str {
        NAMES
            .iter()
            .find(|e| e.2 == self)
            .map(|e| e.0)
            .unwrap_or("?")
    }

    /// All canonical names, for help texts.
    pub fn all_names() -> Vec<&'static str> {
        NAMES.iter().map(|e| e.0).collect()
    }

    /// Whether this rule counts ballots of `vote_type`: every rule here reads the projects a
    /// ballot lists as approvals, except pabutools' sequential Phragmén, which takes only
    /// approval profiles (the corrected mode reads any ballot as its approvals).
    pub fn applicable(
        self,
        vote_type: VoteType,
        pabutools_compatible: bool,
    ) -> Result<(), RuleError> {
        if self == Rule::Phragmen && pabutools_compatible && !vote_type.is_approval_like() {
            return Err(RuleError::NotApplicable(format!(
                "pabutools' sequential_phragmen only accepts approval profiles, this file is {} \
                 (run in corrected mode to use the listed projects as approvals)",
                vote_type.as_str()
            )));
        }
        Ok(())
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How a rule is run.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub tie_break: TieBreak,
    /// Reproduce pabutools 1.2.3 exactly, quirks included (the default).
    pub pabutools_compatible: bool,
    /// Irresolute MES gives up beyond this many tied branches.
    pub max_branches: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            tie_break: TieBreak::Lexicographic,
            pabutools_compatible: true,
            max_branches: 100_000,
        }
    }
}

/// Why a rule could not be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleError {
    /// The rule is not defined for this kind of ballot (pabutools raises here too).
    NotApplicable(String),
    /// MES needs at least one voter to share the budget among.
    NoVoters,
    TooManyTies(String),
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuleError::NotApplicable(m) => write!(f, "not applicable: {m}"),
            RuleError::NoVoters => write!(
                f,
                "the file has no ballots, so the budget cannot be shared among voters"
            ),
            RuleError::TooManyTies(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for RuleError {}

/// Runs `rule` on `instance`.
pub fn run(instance: &Instance, rule: Rule, opts: &Options) -> Result<Outcome, RuleError> {
    let support = Support::new(instance);
    run_with_support(instance, &support, rule, opts)
}

/// As [`run`], reusing a precomputed [`Support`] (for benchmarks and batch runs).
pub fn run_with_support(
    instance: &Instance,
    support: &Support,
    rule: Rule,
    opts: &Options,
) -> Result<Outcome, RuleError> {
    let compat = opts.pabutools_compatible;
    let tie = opts.tie_break;
    let n = support.voters;
    let mes_sat = if rule == Rule::MesCardinality {
        Sat::Cardinality
    } else {
        Sat::Cost
    };
    let mes = Mes::new(instance, support, mes_sat, tie, compat);
    let needs_voters = !matches!(
        rule,
        Rule::GreedyCost | Rule::GreedyCardinality | Rule::Phragmen
    );
    if needs_voters && n == 0 {
        return Err(RuleError::NoVoters);
    }
    let share = || instance.budget.div_int(n);
    let mut all_outcomes = None;
    let (selected, explanation): (Vec<usize>, Vec<Stage>) = match rule {
        Rule::GreedyCost | Rule::GreedyCardinality => {
            let sat = if rule == Rule::GreedyCost {
                Sat::Cost
            } else {
                Sat::Cardinality
            };
            let (sel, stage) = greedy(instance, support, sat, tie, compat, &[]);
            (sel, vec![stage])
        }
        Rule::MesCost | Rule::MesCardinality => {
            let run = mes.run(&share());
            (run.selected.clone(), vec![mes.stage(&share(), &run)])
        }
        Rule::MesCostIrresolute => {
            let all = mes
                .all_outcomes(&share(), opts.max_branches)
                .map_err(RuleError::TooManyTies)?;
            let run = mes.run(&share());
            all_outcomes = Some(all.into_iter().collect());
            (run.selected.clone(), vec![mes.stage(&share(), &run)])
        }
        Rule::MesCostGreedyCompletion => {
            let run = mes.run(&share());
            let mut stages = vec![mes.stage(&share(), &run)];
            let (sel, g) = greedy_completion(&mes, support, compat, run.selected);
            stages.extend(g);
            (sel, stages)
        }
        Rule::MesCostExhaustion | Rule::MesCostAdd1 | Rule::MesCostAdd1GreedyCompletion => {
            let (run, money, inc) = if rule == Rule::MesCostExhaustion {
                exhaustion_by_budget_increase(&mes, n)
            } else {
                add1(&mes, n)
            };
            let mut stages = vec![inc, mes.stage(&money, &run)];
            let mut sel = run.selected;
            if rule == Rule::MesCostAdd1GreedyCompletion {
                let (s, g) = greedy_completion(&mes, support, compat, sel);
                sel = s;
                stages.extend(g);
            }
            (sel, stages)
        }
        Rule::Phragmen => {
            rule.applicable(instance.vote_type, compat)?;
            let (sel, stage) = sequential_phragmen(instance, support, tie, compat);
            (sel, vec![stage])
        }
    };
    Ok(Outcome {
        rule: rule.name().to_string(),
        tie_break: tie,
        pabutools_compatible: compat,
        selected: instance.sorted_ids(&selected),
        total_cost: instance.cost_of(&selected).to_string(),
        budget: instance.budget.to_string(),
        all_outcomes,
        explanation,
    })
}
