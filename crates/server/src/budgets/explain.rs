//! What a count means for people, with no I/O, read from the engine's explanation: how
//! many voters chose each project; for Equal Shares, what each voter's share paid for (a
//! voter's ballot replayed through the rounds: each round charges each supporter the
//! round's share, or what they have left if less) and why a project lost (what its
//! supporters' money went to, and what they had left beside its cost); for greedy, what
//! was left when a project's turn came; and which funded project of its incompatibility
//! group ruled a project out.

use commonfare_decide::pb::outcome::{MesRound, Stage};
use commonfare_decide::pb::profile::Support;
use commonfare_decide::pb::{Instance, Outcome, Q};
use std::collections::HashMap;

/// An amount for people: rounded to cents.
pub fn cents(q: &Q) -> String {
    commonfare_decide::pb::q::approx(q, 2)
}

fn exact(s: &str) -> Q {
    commonfare_decide::pb::number::parse_decimal(s, true).unwrap_or_else(|_| Q::zero())
}

/// The Equal Shares stage of an outcome (the one that funded projects, after any budget
/// increase), and the greedy completion steps after it.
pub fn equal_shares(outcome: &Outcome) -> Option<(Q, &[MesRound])> {
    outcome.explanation.iter().find_map(|s| match s {
        Stage::EqualShares {
            budget_per_voter,
            rounds,
            ..
        } => Some((exact(budget_per_voter), rounds.as_slice())),
        _ => None,
    })
}

/// One project as the results show it.
#[derive(Debug, Clone)]
pub struct Tally {
    pub number: String,
    pub cost: Q,
    pub votes: u64,
    pub funded: bool,
    /// When it was not funded: why, stage by stage (Equal Shares, then the completion).
    pub lost: Vec<Lost>,
}

/// Why a project was not funded.
#[derive(Debug, Clone)]
pub enum Lost {
    /// Equal Shares: its supporters started with `started`, paid `spent` (project number,
    /// amount; most first) for projects that were funded, and had `left` — less than its
    /// cost — when no more could be bought.
    Shares {
        supporters: u64,
        started: Q,
        spent: Vec<(String, Q)>,
        left: Q,
    },
    /// Greedy: when its turn came, `left` was all that remained of the budget.
    DidNotFit { left: Q },
    /// Nobody chose it.
    NoVotes,
    /// The rule stopped before its turn (Phragmén, or Equal Shares without completion).
    NotReached,
    /// A project of its incompatibility group, `with` (its number), was funded first, so
    /// it was no longer a candidate.
    Incompatible { with: String },
}

/// Each project of `instance` with its votes, whether `outcome` funds it, and why not.
pub fn tallies(instance: &Instance, support: &Support, outcome: &Outcome) -> Vec<Tally> {
    let selected: std::collections::HashSet<&str> =
        outcome.selected.iter().map(String::as_str).collect();
    let shares = equal_shares(outcome);
    let spending = shares
        .as_ref()
        .map(|(start, rounds)| spending(instance, support, start, rounds));
    let greedy_left = greedy_left(instance, outcome);
    let ruled_out = ruled_out(outcome);
    instance
        .projects
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let funded = selected.contains(p.id.as_str());
            let votes = support.count[i];
            let mut lost = Vec::new();
            if let (false, Some(with)) = (funded, ruled_out.get(p.id.as_str())) {
                lost.push(Lost::Incompatible {
                    with: with.to_string(),
                });
            } else if !funded && votes == 0 {
                lost.push(Lost::NoVotes);
            } else if !funded {
                if let (Some(s), Some((start, _))) = (&spending, &shares) {
                    lost.push(s.lost(i, support, start));
                }
                if let Some(left) = greedy_left.get(p.id.as_str()) {
                    lost.push(Lost::DidNotFit { left: left.clone() });
                }
                if lost.is_empty() {
                    lost.push(Lost::NotReached);
                }
            }
            Tally {
                number: p.id.clone(),
                cost: p.cost.clone(),
                votes,
                funded,
                lost,
            }
        })
        .collect()
}

/// For each project an incompatibility group ruled out, the funded group-mate that did,
/// from the explanation (a greedy step's `incompatible_with`, an Equal Shares or Phragmén
/// round's `excludes`).
pub fn ruled_out(outcome: &Outcome) -> HashMap<&str, &str> {
    let mut out = HashMap::new();
    for s in &outcome.explanation {
        match s {
            Stage::Greedy { steps, .. } => {
                for st in steps {
                    if let Some(mate) = &st.incompatible_with {
                        out.entry(st.project.as_str()).or_insert(mate.as_str());
                    }
                }
            }
            Stage::EqualShares { rounds, .. } => {
                for r in rounds {
                    for x in &r.excludes {
                        out.entry(x.as_str()).or_insert(r.project.as_str());
                    }
                }
            }
            Stage::Phragmen { rounds, .. } => {
                for r in rounds {
                    for x in &r.excludes {
                        out.entry(x.as_str()).or_insert(r.project.as_str());
                    }
                }
            }
            Stage::BudgetIncrease { .. } => {}
        }
    }
    out
}

/// For each project a greedy pass skipped, what was left of the budget at its turn.
fn greedy_left<'a>(instance: &Instance, outcome: &'a Outcome) -> HashMap<&'a str, Q> {
    let mut out = HashMap::new();
    for s in &outcome.explanation {
        if let Stage::Greedy {
            already_spent,
            steps,
            ..
        } = s
        {
            let mut left = instance.budget.sub(&exact(already_spent));
            for st in steps {
                let cost = exact(&st.cost);
                if st.funded {
                    left = left.sub(&cost);
                } else {
                    out.insert(st.project.as_str(), left.clone());
                }
            }
        }
    }
    out
}

/// What each group of identical ballots paid in each Equal Shares round. Kept as floats:
/// these sums are for people, rounded to cents, and exact sums of tens of thousands of
/// shares with different denominators grow too large to be quick.
struct Spending {
    /// Per group: (round, amount each of its voters paid).
    paid: Vec<Vec<(usize, f64)>>,
    /// The project number of each round.
    rounds: Vec<String>,
}

fn spending(instance: &Instance, support: &Support, start: &Q, rounds: &[MesRound]) -> Spending {
    let index: HashMap<&str, usize> = instance
        .projects
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let mut left: Vec<f64> = vec![start.to_f64(); support.mult.len()];
    let mut paid: Vec<Vec<(usize, f64)>> = vec![Vec::new(); support.mult.len()];
    for (r, round) in rounds.iter().enumerate() {
        let Some(&p) = index.get(round.project.as_str()) else {
            continue;
        };
        let share = exact(&round.share_per_supporter).to_f64();
        for &g in &support.supporters[p] {
            let g = g as usize;
            let pay = left[g].min(share);
            if pay > 0.0 {
                left[g] -= pay;
                paid[g].push((r, pay));
            }
        }
    }
    Spending {
        paid,
        rounds: rounds.iter().map(|r| r.project.clone()).collect(),
    }
}

/// A float amount as an exact number of cents.
fn to_cents(x: f64) -> Q {
    Q::ratio((x * 100.0).round() as i128, 100)
}

impl Spending {
    fn lost(&self, project: usize, support: &Support, start: &Q) -> Lost {
        let mut per_round: HashMap<usize, f64> = HashMap::new();
        let mut supporters = 0u64;
        let mut spent_all = 0.0;
        for &g in &support.supporters[project] {
            let g = g as usize;
            let m = support.mult[g];
            supporters += m;
            for (r, pay) in &self.paid[g] {
                let total = pay * m as f64;
                spent_all += total;
                *per_round.entry(*r).or_insert(0.0) += total;
            }
        }
        let started = start.to_f64() * supporters as f64;
        let mut spent: Vec<(String, Q)> = per_round
            .into_iter()
            .map(|(r, q)| (self.rounds[r].clone(), to_cents(q)))
            .collect();
        spent.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Lost::Shares {
            supporters,
            left: to_cents(started - spent_all),
            started: to_cents(started),
            spent,
        }
    }
}

/// What one ballot did under Equal Shares: for each project it chose that the rounds
/// funded, what this voter's share paid; the rest of the voter's share left unspent; and
/// the projects it chose that a completion funded from the budget left over.
#[derive(Debug, Clone)]
pub struct MyShare {
    pub share: Q,
    pub paid: Vec<(String, Q)>,
    pub left: Q,
    pub completed: Vec<String>,
}

/// Replays one ballot (`chosen` project numbers) through an outcome's Equal Shares rounds.
pub fn my_share(outcome: &Outcome, chosen: &[String]) -> Option<MyShare> {
    let (start, rounds) = equal_shares(outcome)?;
    let mut left = start.clone();
    let mut paid = Vec::new();
    for r in rounds {
        if chosen.contains(&r.project) {
            let pay = left.min_of(&exact(&r.share_per_supporter));
            left = left.sub(&pay);
            paid.push((r.project.clone(), pay));
        }
    }
    let completed = chosen
        .iter()
        .filter(|c| outcome.selected.contains(c) && !rounds.iter().any(|r| r.project == **c))
        .cloned()
        .collect();
    Some(MyShare {
        share: start,
        paid,
        left,
        completed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use commonfare_decide::pb::{Options, Rule, parse_pb, run};

    const FILE: &str = "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n\
        a;60\nb;40\nc;50\nVOTES\nvoter_id;vote\n1;a,b\n2;a\n3;c\n4;a,c\n";

    #[test]
    fn a_ballot_s_share_pays_for_what_it_chose_and_a_loser_is_explained() {
        let inst = parse_pb("t", FILE).unwrap();
        let support = Support::new(&inst);
        let o = run(&inst, Rule::MesCost, &Options::default()).unwrap();
        // Each voter starts with 25; `a` (60) is bought by its three supporters, 20 each.
        let mine = my_share(&o, &["a".into(), "b".into()]).unwrap();
        assert_eq!(mine.share, Q::int(25));
        assert_eq!(mine.paid, vec![("a".to_string(), Q::int(20))]);
        assert_eq!(mine.left, Q::int(5));
        let t = tallies(&inst, &support, &o);
        let c = t.iter().find(|t| t.number == "c").unwrap();
        assert_eq!(c.votes, 2);
        match &c.lost[0] {
            Lost::Shares {
                supporters,
                started,
                spent,
                left,
            } => {
                assert_eq!(*supporters, 2);
                assert_eq!(*started, Q::int(50));
                assert_eq!(spent, &vec![("a".to_string(), Q::int(20))]);
                assert_eq!(*left, Q::int(30));
            }
            other => panic!("{other:?}"),
        }
        let g = run(&inst, Rule::GreedyCost, &Options::default()).unwrap();
        let t = tallies(&inst, &support, &g);
        assert!(t.iter().find(|t| t.number == "a").unwrap().funded);
        assert!(matches!(
            t.iter().find(|t| t.number == "c").unwrap().lost[..],
            [Lost::DidNotFit { .. }]
        ));
    }
}
