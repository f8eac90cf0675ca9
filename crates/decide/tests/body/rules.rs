//! Scoring rules, profile validation, motions, consent and consensus.

use super::common::*;
use commonfare_decide::TieBreak;
use commonfare_decide::body::ballot::{Approval, ChooseOne, Points};
use commonfare_decide::body::motion::*;
use commonfare_decide::body::{Ballot, Profile, scoring};

// ---------------------------------------------------------------- scoring rules

#[test]
fn approval_score_cumulative_plurality() {
    let c = candidates("XYZ");
    let approval = Profile::new(
        c.clone(),
        vec![
            Ballot::weighted(Approval(vec![0, 1]), 2),
            Ballot::new(Approval(vec![1, 2])),
        ],
    )
    .unwrap();
    let out = scoring::approval(&approval, 2, &LEX).unwrap();
    assert_eq!(out.winners, ["Y", "X"]);

    let points = Profile::new(
        c.clone(),
        vec![
            Ballot::new(Points(vec![(0, 5), (2, 3)])),
            Ballot::weighted(Points(vec![(2, 2)]), 2),
        ],
    )
    .unwrap();
    assert_eq!(scoring::score(&points, 5, 1, &LEX).unwrap().winners, ["Z"]);
    let err = scoring::score(&points, 4, 1, &LEX).unwrap_err();
    assert!(err.to_string().contains("ballot 0") && err.to_string().contains("above the maximum"));
    assert_eq!(
        scoring::cumulative(&points, 8, 1, &LEX).unwrap().winners,
        ["Z"]
    );
    let err = scoring::cumulative(&points, 7, 1, &LEX).unwrap_err();
    assert_eq!(
        err.to_string(),
        "ballot 0: spends 8 points but the budget is 7; remove 1"
    );

    let one = Profile::new(
        c,
        vec![Ballot::new(ChooseOne(1)), Ballot::new(ChooseOne(0))],
    )
    .unwrap();
    let out = scoring::plurality(&one, 1, &LEX).unwrap();
    assert_eq!(out.winners, ["X"], "1-1 tie, lexicographic policy picks X");
    assert!(out.explanation.rounds[0].events[0].contains("Tie at 1"));
    assert_eq!(
        scoring::plurality(&one, 1, &TieBreak::Natural)
            .unwrap()
            .winners,
        ["X"]
    );
}

#[test]
fn profile_rejects_bad_ballots() {
    let c = candidates("AB");
    let e = Profile::new(c.clone(), vec![Ballot::new(Approval(vec![2]))]).unwrap_err();
    assert!(e.to_string().contains("index 2 does not exist"));
    let e = Profile::new(c.clone(), vec![Ballot::new(Approval(vec![0, 0]))]).unwrap_err();
    assert!(e.to_string().contains("mentioned twice"));
    let e = Profile::new(c.clone(), vec![Ballot::weighted(Approval(vec![0]), 0)]).unwrap_err();
    assert!(e.to_string().contains("weight is 0"));
    let e = Profile::new(
        c,
        vec![
            Ballot::weighted(Approval(vec![0]), u64::MAX),
            Ballot::new(Approval(vec![1])),
        ],
    )
    .unwrap_err();
    assert!(e.to_string().contains("exceeds"));
}

// ---------------------------------------------------------------- motions

pub fn votes(yes: u64, no: u64, abstain: u64) -> Vec<Ballot<YesNo>> {
    [
        (YesNo::Yes, yes),
        (YesNo::No, no),
        (YesNo::Abstain, abstain),
    ]
    .into_iter()
    .filter(|(_, w)| *w > 0)
    .map(|(v, w)| Ballot::weighted(v, w))
    .collect()
}

pub fn motion_rules(threshold: Threshold, abstentions_count: bool) -> MotionRules {
    MotionRules {
        quorum: Quorum::None,
        threshold,
        abstentions_count,
        electorate: None,
    }
}

#[test]
fn motion_thresholds_and_abstentions() {
    // 10 yes, 10 no: a tie is not a majority.
    assert!(
        !decide_motion(
            &votes(10, 10, 0),
            &motion_rules(Threshold::SimpleMajority, false)
        )
        .unwrap()
        .passed
    );
    assert!(
        decide_motion(
            &votes(11, 10, 5),
            &motion_rules(Threshold::SimpleMajority, false)
        )
        .unwrap()
        .passed
    );
    // Counted abstentions act like no: 11 of 26 is not more than half.
    assert!(
        !decide_motion(
            &votes(11, 10, 5),
            &motion_rules(Threshold::SimpleMajority, true)
        )
        .unwrap()
        .passed
    );
    // Exactly two thirds passes a two-thirds threshold.
    assert!(
        decide_motion(
            &votes(20, 10, 0),
            &motion_rules(Threshold::TwoThirds, false)
        )
        .unwrap()
        .passed
    );
    assert!(
        !decide_motion(
            &votes(19, 10, 0),
            &motion_rules(Threshold::TwoThirds, false)
        )
        .unwrap()
        .passed
    );
    assert!(
        !decide_motion(&votes(30, 1, 0), &motion_rules(Threshold::Unanimity, false))
            .unwrap()
            .passed
    );
    assert!(
        decide_motion(&votes(30, 0, 4), &motion_rules(Threshold::Unanimity, false))
            .unwrap()
            .passed
    );
    let three_fifths = Threshold::AtLeast {
        numerator: 3,
        denominator: 5,
    };
    assert!(
        decide_motion(&votes(3, 2, 0), &motion_rules(three_fifths, false))
            .unwrap()
            .passed
    );
    let more = Threshold::MoreThan {
        numerator: 3,
        denominator: 5,
    };
    assert!(
        !decide_motion(&votes(3, 2, 0), &motion_rules(more, false))
            .unwrap()
            .passed
    );
    let bad = Threshold::AtLeast {
        numerator: 3,
        denominator: 0,
    };
    assert!(decide_motion(&votes(3, 2, 0), &motion_rules(bad, false)).is_err());
}

#[test]
fn motion_quorum_is_on_turnout() {
    let quorum = MotionRules {
        quorum: Quorum::Fraction {
            numerator: 1,
            denominator: 2,
        },
        threshold: Threshold::SimpleMajority,
        abstentions_count: false,
        electorate: Some(100),
    };
    // 49 turn out: no quorum even though all vote yes.
    let out = decide_motion(&votes(49, 0, 0), &quorum).unwrap();
    assert!(!out.quorum_met && !out.passed);
    // Abstainers count towards the quorum.
    let out = decide_motion(&votes(30, 10, 10), &quorum).unwrap();
    assert!(out.quorum_met && out.passed, "{:?}", out.explanation);
    let no_electorate = MotionRules {
        electorate: None,
        ..quorum
    };
    assert!(decide_motion(&votes(1, 0, 0), &no_electorate).is_err());
    let absolute = MotionRules {
        quorum: Quorum::Votes { votes: 5 },
        ..quorum
    };
    assert!(!decide_motion(&votes(4, 0, 0), &absolute).unwrap().passed);
}

#[test]
fn consent_and_consensus() {
    use ConsentResponse::*;
    let ok = decide_consent(&[
        Consent,
        Concern {
            text: "cost".into(),
        },
        Objection {
            member: "ana".into(),
            reason: "  ".into(),
            resolved: false,
        },
        Objection {
            member: "bo".into(),
            reason: "unsafe".into(),
            resolved: true,
        },
    ]);
    assert!(ok.passed, "{:?}", ok.explanation);
    let blocked = decide_consent(&[
        Consent,
        Objection {
            member: "cy".into(),
            reason: "breaks the pact".into(),
            resolved: false,
        },
    ]);
    assert!(!blocked.passed);
    use ConsensusPosition::*;
    assert!(decide_consensus(&[Agree, StandAside], None).passed);
    assert!(!decide_consensus(&[Agree, Block], None).passed);
    assert!(!decide_consensus(&[StandAside], None).passed);
    assert!(!decide_consensus(&[Agree, StandAside, StandAside], Some(1)).passed);
}

/// A and B are incomparable (one voter each way, no path either way) although only A
/// beats C: both are potential Schulze winners and share the first group, C is second.
#[test]
fn schulze_groups_incomparable_candidates() {
    let profile = letters("ABC", &[(1, "ACB"), (1, "BAC")]);
    let out = commonfare_decide::body::schulze::schulze(&profile, 1, &LEX).unwrap();
    assert_eq!(out.ranking, [vec!["A", "B"], vec!["C"]]);
    assert_eq!(out.winners, ["A"]);
    let seeded = (0..64)
        .map(|seed| TieBreak::Seeded { seed })
        .find(|t| t.compare("B", "A").is_lt())
        .unwrap();
    let out = commonfare_decide::body::schulze::schulze(&profile, 1, &seeded).unwrap();
    assert_eq!(
        out.winners,
        ["B"],
        "the policy alone decides between A and B"
    );
}

/// Pairwise counts are exact above 2^32 votes (the wide-cell path).
#[test]
fn schulze_counts_heavy_weights_exactly() {
    let heavy = 1u64 << 33;
    let profile = letters("ABC", &[(heavy, "ABC"), (heavy + 1, "CBA")]);
    let d = commonfare_decide::body::schulze::pairwise(&profile);
    assert_eq!(
        d,
        [
            0,
            heavy,
            heavy,
            heavy + 1,
            0,
            heavy,
            heavy + 1,
            heavy + 1,
            0
        ]
    );
    let out = commonfare_decide::body::schulze::schulze(&profile, 1, &LEX).unwrap();
    assert_eq!(out.winners, ["C"]);
}
