//! Incompatibility groups (`Instance::exclusive`): every rule funds at most one project
//! per group, a group of one project changes nothing, and on a small hand-computed
//! election each rule family funds another project with the money a group-mate's
//! supporters kept, and says so in its explanation.

use commonfare_decide::TieBreak;
use commonfare_decide::pb::greedy::Sat;
use commonfare_decide::pb::mes::Mes;
use commonfare_decide::pb::mes_float::fast_outcome;
use commonfare_decide::pb::mes_warm::Warm;
use commonfare_decide::pb::profile::Support;
use commonfare_decide::pb::{self, Instance, Options, Q, Rule, RuleError, Stage};
use proptest::prelude::*;

const ALL_RULES: [Rule; 10] = [
    Rule::GreedyCost,
    Rule::GreedyCardinality,
    Rule::MesCost,
    Rule::MesCardinality,
    Rule::MesCostIrresolute,
    Rule::MesCostGreedyCompletion,
    Rule::MesCostExhaustion,
    Rule::MesCostAdd1,
    Rule::MesCostAdd1GreedyCompletion,
    Rule::Phragmen,
];

/// Four voters; a (16) is approved by all, b (12) by voters 1–3, c (12) by voters 1–2.
///
/// Without groups every rule funds a then b (b has more supporters, a lower ρ and a lower
/// load than c), after which c no longer fits (B = 30) or its supporters have spent their
/// money on b (MES, B = 40). With a and b incompatible, b is ruled out once a is funded,
/// and c is funded instead.
fn election(budget: u32) -> Instance {
    let text = format!(
        "META\nkey;value\nnum_projects;3\nnum_votes;4\nbudget;{budget}\nvote_type;approval\n\
         PROJECTS\nproject_id;cost\na;16\nb;12\nc;12\n\
         VOTES\nvoter_id;vote\n1;a,b,c\n2;a,b,c\n3;a,b\n4;a\n"
    );
    pb::parse_pb("hand.pb", &text).unwrap()
}

fn with_groups(mut inst: Instance, groups: Vec<Vec<usize>>) -> Instance {
    inst.exclusive = groups;
    inst
}

fn selected(inst: &Instance, rule: Rule) -> Vec<String> {
    pb::run(inst, rule, &Options::default()).unwrap().selected
}

#[test]
fn greedy_skips_the_mate_and_funds_the_next_project() {
    let plain = election(30);
    let grouped = with_groups(plain.clone(), vec![vec![0, 1]]);
    for rule in [Rule::GreedyCost, Rule::GreedyCardinality] {
        assert_eq!(selected(&plain, rule), ["a", "b"], "{rule}");
        let out = pb::run(&grouped, rule, &Options::default()).unwrap();
        assert_eq!(out.selected, ["a", "c"], "{rule}");
        let Stage::Greedy { steps, .. } = &out.explanation[0] else {
            panic!("greedy stage expected");
        };
        let b = steps.iter().find(|s| s.project == "b").unwrap();
        assert!(!b.funded);
        assert_eq!(b.incompatible_with.as_deref(), Some("a"));
        let c = steps.iter().find(|s| s.project == "c").unwrap();
        assert!(c.funded && c.incompatible_with.is_none());
        assert!(out.to_text().contains("b cost 12 supporters 3 score"));
        assert!(
            out.to_text()
                .contains("skipped, incompatible with a (funded)")
        );
    }
}

#[test]
fn equal_shares_supporters_of_the_mate_keep_their_money() {
    let plain = election(40);
    let grouped = with_groups(plain.clone(), vec![vec![0, 1]]);
    // Alone, MES funds a (each pays 4 of 10) then b (voters 1–3 pay 4 each); voters 1 and
    // 2 have 2 left each, short of c's 12.
    assert_eq!(selected(&plain, Rule::MesCost), ["a", "b"]);
    for rule in [
        Rule::MesCost,
        Rule::MesCardinality,
        Rule::MesCostIrresolute,
        Rule::MesCostGreedyCompletion,
        Rule::MesCostExhaustion,
        Rule::MesCostAdd1,
        Rule::MesCostAdd1GreedyCompletion,
    ] {
        let out = pb::run(&grouped, rule, &Options::default()).unwrap();
        // With b ruled out, voters 1 and 2 keep 6 each and pay for c.
        assert_eq!(out.selected, ["a", "c"], "{rule}");
        let rounds = out
            .explanation
            .iter()
            .find_map(|s| match s {
                Stage::EqualShares { rounds, .. } => Some(rounds),
                _ => None,
            })
            .unwrap();
        assert_eq!(rounds[0].project, "a", "{rule}");
        assert_eq!(rounds[0].excludes, ["b"], "{rule}");
        assert_eq!(rounds[1].project, "c", "{rule}");
        assert_eq!(rounds[1].share_per_supporter, "6", "{rule}");
        assert!(
            out.to_text()
                .contains("no longer candidates (incompatible): b")
        );
        if rule == Rule::MesCostIrresolute {
            assert_eq!(out.all_outcomes.unwrap(), [["a", "c"]]);
        }
    }
}

#[test]
fn phragmen_drops_the_mate_and_funds_the_next_project() {
    let plain = election(30);
    let grouped = with_groups(plain.clone(), vec![vec![0, 1]]);
    for compat in [true, false] {
        let opts = Options {
            pabutools_compatible: compat,
            ..Options::default()
        };
        let alone = pb::run(&plain, Rule::Phragmen, &opts).unwrap();
        assert_eq!(alone.selected, ["a", "b"]);
        let out = pb::run(&grouped, Rule::Phragmen, &opts).unwrap();
        assert_eq!(out.selected, ["a", "c"], "compat {compat}");
        let Stage::Phragmen { rounds, .. } = &out.explanation[0] else {
            panic!("Phragmén stage expected");
        };
        assert_eq!(rounds[0].project, "a");
        assert_eq!(rounds[0].excludes, ["b"]);
        // Voters 1 and 2 carry load 4 from a: (4 + 4 + 12) / 2 = 10.
        assert_eq!(rounds[1].project, "c");
        assert_eq!(rounds[1].load, "10");
    }
}

/// Greedy completion of MES skips the mates of what MES funded.
#[test]
fn greedy_completion_respects_groups_of_the_mes_outcome() {
    // MES funds a and e; voter 4 alone (6 left) cannot pay for d (20) or f (10). Greedy
    // completion then adds d, after which f no longer fits; with a and d incompatible it
    // skips d and adds f.
    let text = "META\nkey;value\nnum_projects;4\nnum_votes;4\nbudget;40\nvote_type;approval\n\
                PROJECTS\nproject_id;cost\na;16\nd;20\ne;4\nf;10\n\
                VOTES\nvoter_id;vote\n1;a,e\n2;a\n3;a\n4;a,d,f\n";
    let plain = pb::parse_pb("completion.pb", text).unwrap();
    let grouped = with_groups(plain.clone(), vec![vec![0, 1]]);
    assert_eq!(
        selected(&plain, Rule::MesCostGreedyCompletion),
        ["a", "d", "e"]
    );
    let out = pb::run(&grouped, Rule::MesCostGreedyCompletion, &Options::default()).unwrap();
    assert_eq!(out.selected, ["a", "e", "f"]);
    let steps = out
        .explanation
        .iter()
        .find_map(|s| match s {
            Stage::Greedy { steps, .. } => Some(steps),
            _ => None,
        })
        .unwrap();
    let d = steps.iter().find(|s| s.project == "d").unwrap();
    assert_eq!(d.incompatible_with.as_deref(), Some("a"));
}

/// A random election: up to 8 projects, up to 12 voters, and a random partition of some
/// projects into groups (as lists of indices).
fn arb_election() -> impl Strategy<Value = (Instance, Vec<Vec<usize>>)> {
    (2usize..=8, 1usize..=12, 5u32..=80).prop_flat_map(|(m, n, budget)| {
        (
            proptest::collection::vec(0u32..=25, m),
            proptest::collection::vec(proptest::collection::vec(any::<bool>(), m), n),
            proptest::collection::vec(0usize..4, m),
        )
            .prop_map(move |(costs, ballots, group_of)| {
                let mut text = format!(
                    "META\nkey;value\nnum_projects;{m}\nnum_votes;{n}\nbudget;{budget}\n\
                     vote_type;approval\nPROJECTS\nproject_id;cost\n"
                );
                for (i, c) in costs.iter().enumerate() {
                    text += &format!("p{i};{c}\n");
                }
                text += "VOTES\nvoter_id;vote\n";
                for (v, ballot) in ballots.iter().enumerate() {
                    let listed: Vec<String> = ballot
                        .iter()
                        .enumerate()
                        .filter(|(_, b)| **b)
                        .map(|(i, _)| format!("p{i}"))
                        .collect();
                    // A ballot lists at least one project.
                    let listed = if listed.is_empty() {
                        vec!["p0".to_string()]
                    } else {
                        listed
                    };
                    text += &format!("{v};{}\n", listed.join(","));
                }
                let inst = pb::parse_pb("gen.pb", &text).unwrap();
                // Group 0 means "no group"; groups 1–3 as drawn.
                let groups: Vec<Vec<usize>> = (1..4)
                    .map(|g| (0..m).filter(|&p| group_of[p] == g).collect::<Vec<_>>())
                    .filter(|g: &Vec<usize>| !g.is_empty())
                    .collect();
                (inst, groups)
            })
    })
}

fn at_most_one_per_group(inst: &Instance, ids: &[String], rule: Rule) {
    for g in &inst.exclusive {
        let funded: Vec<&String> = ids
            .iter()
            .filter(|id| g.iter().any(|&p| inst.projects[p].id == **id))
            .collect();
        assert!(funded.len() <= 1, "{rule}: {funded:?} of one group {g:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Every rule, both modes: at most one project per group, within the budget; the
    /// float engine agrees with the exact one on the grouped instance.
    #[test]
    fn every_rule_funds_at_most_one_per_group((plain, groups) in arb_election()) {
        let inst = with_groups(plain, groups);
        for compat in [true, false] {
            let opts = Options { pabutools_compatible: compat, ..Options::default() };
            for rule in ALL_RULES {
                let out = match pb::run(&inst, rule, &opts) {
                    Ok(out) => out,
                    Err(RuleError::NotApplicable(_) | RuleError::NoVoters) => continue,
                    Err(e) => panic!("{rule}: {e}"),
                };
                at_most_one_per_group(&inst, &out.selected, rule);
                for o in out.all_outcomes.iter().flatten() {
                    at_most_one_per_group(&inst, o, rule);
                }
                let total = pb::number::parse_decimal(&out.total_cost, true).unwrap();
                prop_assert!(total <= inst.budget, "{rule} spent {total}");
            }
        }
        let support = Support::new(&inst);
        for sat in [Sat::Cost, Sat::Cardinality] {
            let mes = Mes::new(&inst, &support, sat, TieBreak::default(), true);
            for k in [0i128, 1, 5] {
                let money = inst.budget.div_int(support.voters).add(&Q::int(k));
                let exact = mes.search(&money).selected;
                if let Ok(fast) = fast_outcome(&mes, &money) {
                    prop_assert_eq!(&fast, &exact);
                }
                if let Ok(warm) = Warm::new(&mes).outcome(&money) {
                    prop_assert_eq!(&warm, &exact);
                }
            }
        }
    }

    /// Groups of one project change nothing: same outcome, same explanation.
    #[test]
    fn groups_of_one_change_nothing((plain, _) in arb_election()) {
        let singles: Vec<Vec<usize>> = (0..plain.projects.len()).map(|p| vec![p]).collect();
        let inst = with_groups(plain.clone(), singles);
        for rule in ALL_RULES {
            let a = pb::run(&plain, rule, &Options::default());
            let b = pb::run(&inst, rule, &Options::default());
            match (a, b) {
                (Ok(a), Ok(b)) => prop_assert_eq!(
                    serde_json::to_string(&a).unwrap(),
                    serde_json::to_string(&b).unwrap()
                ),
                (Err(a), Err(b)) => prop_assert_eq!(a, b),
                (a, b) => panic!("{rule}: {a:?} against {b:?}"),
            }
        }
    }
}
