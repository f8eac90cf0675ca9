//! The count, from the store: a heading's projects, ballots and incompatibility groups
//! made into the engine's instance, counted by a rule with the engine's options, and kept in a cache keyed by the
//! process's version (bumped by every change a count reads), the heading, the rule and
//! the options. A closed process never changes, so its counts are computed once; a count
//! runs on a blocking thread without holding a connection, and concurrent requests for the
//! same count wait for the first.

use super::explain::{self, Tally};
use super::pabulib;
use super::service::Located;
use super::store::{self, HeadingRow};
use crate::db::DbConn;
use crate::db::cache::GenerationCache;
use crate::error::{AppError, detail};
use crate::state::AppState;
use commonfare_decide::TieBreak;
use commonfare_decide::pb::profile::Support;
use commonfare_decide::pb::{Instance, Options, Outcome, Rule, RuleError};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How a count is asked for: a rule, and the engine's options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Asked {
    pub rule: Rule,
    pub tie_break: TieBreak,
    /// Reproduce pabutools 1.2.3 exactly (the default).
    pub compatible: bool,
}

impl Asked {
    /// A rule with the engine's defaults (pabutools' tie-break and quirks).
    pub fn of(rule: Rule) -> Asked {
        Asked {
            rule,
            tie_break: TieBreak::Lexicographic,
            compatible: true,
        }
    }
}

/// A tie-break by name: lexicographic (the default), natural, or `seed:N`.
pub fn tie_break(s: &str) -> Option<TieBreak> {
    match s.trim().to_ascii_lowercase().as_str() {
        "" | "lexicographic" => Some(TieBreak::Lexicographic),
        "natural" => Some(TieBreak::Natural),
        other => other
            .strip_prefix("seed:")?
            .parse()
            .ok()
            .map(|seed| TieBreak::Seeded { seed }),
    }
}

/// The name of a tie-break, as `tie_break` reads it.
pub fn tie_break_name(t: TieBreak) -> String {
    match t {
        TieBreak::Lexicographic => "lexicographic".into(),
        TieBreak::Natural => "natural".into(),
        TieBreak::Seeded { seed } => format!("seed:{seed}"),
    }
}

/// A heading counted.
#[derive(Debug)]
pub struct Counted {
    pub outcome: Outcome,
    /// Ballots counted.
    pub voters: u64,
    /// Every project on the ballot, in the heading's order, with its votes and why it lost.
    pub tallies: Vec<Tally>,
}

/// Process, version, heading, rule, tie-break, compatible.
type Key = (String, i64, String, &'static str, String, bool);

/// The cache of counts, and of the few instances last read to count them (installed by
/// `budgets::install`).
pub struct Counts {
    counts: GenerationCache<Key, Counted>,
    instances: Mutex<VecDeque<(InstanceKey, Arc<Instance>)>>,
}

/// Process, version, heading.
type InstanceKey = (String, i64, String);

/// Instances kept: a heading counted by several rules in a row is read once.
const INSTANCES_KEPT: usize = 4;

impl Default for Counts {
    fn default() -> Self {
        Counts {
            // Keys carry the process's version: an entry never goes stale, it is only no
            // longer asked for.
            counts: GenerationCache::new(Duration::from_secs(365 * 24 * 3600)),
            instances: Mutex::new(VecDeque::new()),
        }
    }
}

impl Counts {
    fn instance(&self, key: &InstanceKey) -> Option<Arc<Instance>> {
        let kept = self.instances.lock().unwrap_or_else(|p| p.into_inner());
        kept.iter().find(|(k, _)| k == key).map(|(_, i)| i.clone())
    }

    fn keep(&self, key: InstanceKey, instance: Arc<Instance>) {
        let mut kept = self.instances.lock().unwrap_or_else(|p| p.into_inner());
        kept.retain(|(k, _)| *k != key);
        kept.push_front((key, instance));
        kept.truncate(INSTANCES_KEPT);
    }
}

/// One heading of a process as the engine's instance, read from the store.
pub fn instance(
    conn: &mut DbConn,
    loc: &Located,
    heading: &HeadingRow,
) -> Result<Instance, AppError> {
    let projects = store::projects(conn, &loc.p.id)?;
    let ballots = store::ballots(conn, &heading.id)?;
    let mut instance = pabulib::instance(&loc.p, heading, &projects, &ballots, &loc.org_name)
        .map_err(|e| AppError::internal(anyhow::anyhow!("budget {}: {e}", loc.p.id)))?;
    // The heading's incompatibility groups (the `.pb` file carries none).
    instance.exclusive = super::groups::exclusive(conn, loc, heading, &instance)?;
    Ok(instance)
}

fn refused(e: RuleError, rule: Rule) -> AppError {
    AppError::invalid(
        "rule_not_applicable",
        detail!(
            "problem-budgets-rule-not-applicable",
            rule = rule.name(),
            reason = e.to_string()
        ),
    )
}

/// Counts an instance (on the caller's thread).
pub fn count(instance: &Instance, asked: Asked) -> Result<Counted, AppError> {
    let support = Support::new(instance);
    let opts = Options {
        tie_break: asked.tie_break,
        pabutools_compatible: asked.compatible,
        ..Options::default()
    };
    let outcome =
        match commonfare_decide::pb::rules::run_with_support(instance, &support, asked.rule, &opts)
        {
            Ok(o) => o,
            // Nobody voted under a heading: nothing is funded (rather than no answer).
            Err(RuleError::NoVoters) => Outcome {
                rule: asked.rule.name().to_string(),
                tie_break: asked.tie_break,
                pabutools_compatible: asked.compatible,
                selected: Vec::new(),
                total_cost: "0".into(),
                budget: instance.budget.to_string(),
                all_outcomes: None,
                explanation: Vec::new(),
            },
            Err(e) => return Err(refused(e, asked.rule)),
        };
    let tallies = explain::tallies(instance, &support, &outcome);
    Ok(Counted {
        outcome,
        voters: support.voters,
        tallies,
    })
}

/// The count of `heading` of `loc` as `asked`: cached, or read from the store and counted.
pub async fn counted(
    state: &AppState,
    loc: &Located,
    heading: &HeadingRow,
    asked: Asked,
) -> Result<Arc<Counted>, AppError> {
    let counts = state.owned::<Counts>();
    let key = (
        loc.p.id.clone(),
        loc.p.version,
        heading.id.clone(),
        asked.rule.name(),
        tie_break_name(asked.tie_break),
        asked.compatible,
    );
    let ikey = (loc.p.id.clone(), loc.p.version, heading.id.clone());
    let (loc, heading) = (loc.clone(), heading.clone());
    let db = state.db.clone();
    counts
        .counts
        .get_or_load(key, 0, move || async move {
            let instance = match counts.instance(&ikey) {
                Some(i) => i,
                None => {
                    let i = Arc::new(db.read(move |c| instance(c, &loc, &heading)).await?);
                    counts.keep(ikey, i.clone());
                    i
                }
            };
            tokio::task::spawn_blocking(move || count(&instance, asked))
                .await
                .map_err(AppError::internal)?
        })
        .await
}
