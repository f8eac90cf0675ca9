//! Published worked examples, each citing its source.

use super::common::*;
use commonfare_decide::body::formats::blt;
use commonfare_decide::body::method::{self, Method, RankedOptions};
use commonfare_decide::body::{Ballot, BodyError, Profile, Ranking, runoff, schulze, scoring, stv};

// ---------------------------------------------------------------- Schulze

/// Wikipedia, "Schulze method", section "Example": 45 voters, 5 candidates; the pairwise
/// table d, the strongest-path table p and the result E > A > C > B > D are printed there.
fn wikipedia_schulze() -> Profile<Ranking> {
    letters(
        "ABCDE",
        &[
            (5, "ACBED"),
            (5, "ADECB"),
            (8, "BEDAC"),
            (3, "CABED"),
            (7, "CAEBD"),
            (2, "CBADE"),
            (7, "DCEBA"),
            (8, "EBADC"),
        ],
    )
}

#[test]
fn schulze_wikipedia_45_voters() {
    let profile = wikipedia_schulze();
    let d = schulze::pairwise(&profile);
    #[rustfmt::skip]
    let expected_d = [
        0, 20, 26, 30, 22,
        25, 0, 16, 33, 18,
        19, 29, 0, 17, 24,
        15, 12, 28, 0, 14,
        23, 27, 21, 31, 0,
    ];
    assert_eq!(d, expected_d);
    #[rustfmt::skip]
    let expected_p = [
        0, 28, 28, 30, 24,
        25, 0, 28, 33, 24,
        25, 29, 0, 29, 24,
        25, 28, 28, 0, 24,
        25, 28, 28, 31, 0,
    ];
    assert_eq!(schulze::strongest_paths(&d, 5), expected_p);
    let outcome = schulze::schulze(&profile, 1, &LEX).unwrap();
    assert_eq!(outcome.winners, ["E"]);
    let order: Vec<String> = outcome.ranking.iter().map(|g| g.join("=")).collect();
    assert_eq!(order, ["E", "A", "C", "B", "D"]);
    let beatpaths = &outcome.explanation.matrices[1];
    assert_eq!(
        beatpaths.cells[4][3], "31",
        "p[E][D] appears in the explanation"
    );
}

// ---------------------------------------------------------------- IRV, Borda

/// Wikipedia, "Instant-runoff voting", example "Tennessee capital election": 42% Memphis,
/// 26% Nashville, 15% Chattanooga, 17% Knoxville. IRV elects Knoxville (Chattanooga then
/// Nashville eliminated); Nashville is the Condorcet winner (Schulze) and wins Borda
/// (Wikipedia, "Borda count", same example: Nashville 194 points).
fn tennessee() -> Profile<Ranking> {
    letters(
        "MNCK",
        &[(42, "MNCK"), (26, "NCKM"), (15, "CKNM"), (17, "KCNM")],
    )
}

#[test]
fn irv_tennessee_capital() {
    let outcome = runoff::instant_runoff(&tennessee(), &LEX).unwrap();
    assert_eq!(outcome.winners, ["K"]);
    let rounds = &outcome.explanation.rounds;
    assert_eq!(rounds.len(), 3);
    assert!(
        rounds[0]
            .events
            .iter()
            .any(|e| e.contains("C is eliminated with 15"))
    );
    assert!(
        rounds[1]
            .events
            .iter()
            .any(|e| e.contains("N is eliminated with 26"))
    );
    assert!(rounds[2].events[0].contains("K has 58 of 100"));
}

#[test]
fn borda_and_schulze_tennessee_capital() {
    let borda = scoring::borda(&tennessee(), 1, &LEX).unwrap();
    assert_eq!(borda.winners, ["N"]);
    let totals: Vec<(String, String)> = borda.explanation.rounds[0]
        .tallies
        .iter()
        .map(|t| (t.candidate.clone(), t.value.clone()))
        .collect();
    assert_eq!(
        totals,
        [("N", "194"), ("C", "173"), ("M", "126"), ("K", "107")].map(|(a, b)| (a.into(), b.into()))
    );
    assert_eq!(
        schulze::schulze(&tennessee(), 1, &LEX).unwrap().winners,
        ["N"]
    );
}

// ---------------------------------------------------------------- STV

/// Wikipedia, "Single transferable vote", section "Example" (choosing food for a party):
/// 20 voters, 3 seats, Droop quota 6; Chocolate, Oranges and Strawberries are elected.
fn party_food() -> Profile<Ranking> {
    // O = Oranges, P = Pears, C = Chocolate, S = Strawberries, H = Hamburgers
    letters(
        "OPCSH",
        &[
            (4, "O"),
            (2, "PO"),
            (8, "CS"),
            (4, "CH"),
            (1, "S"),
            (1, "H"),
        ],
    )
}

#[test]
fn stv_wikipedia_party_food() {
    let scottish = stv::scottish_stv(&party_food(), 3, &[], &LEX).unwrap();
    assert_eq!(scottish.winners, ["C", "O", "S"]);
    // Chocolate's surplus of 6 moves at 6/12 = 0.5: Strawberries 1 + 8 × 0.5 = 5.
    let stage2 = &scottish.explanation.rounds[1];
    assert!(
        stage2
            .tallies
            .iter()
            .any(|t| t.candidate == "S" && t.value == "5.00000")
    );
    let mut meek = stv::meek_stv(&party_food(), 3, &[], &LEX).unwrap().winners;
    meek.sort();
    assert_eq!(meek, ["C", "O", "S"]);
}

/// Droop's test/blt/42.blt ("Pollux and Helen should tie"): 4 ballots Castor > Pollux,
/// 2 ballots Helen, 2 seats. In exact arithmetic Castor's surplus would leave Pollux and
/// Helen at 2 each; the reference rule's rounding (keep factors rounded up) leaves Pollux
/// at 1.999999996, so Pollux is defeated and Helen elected, as in Droop's reference report
/// test/ref/report/42-meek-prf-o6-fixed-p9-d9.txt (Castor 2.000000004, surplus
/// 0.000000003). Under Scottish STV Pollux gets 4 × 0.25 = 1 and is excluded too.
#[test]
fn castor_pollux_helen() {
    let file = blt::read("42.blt", "3 2\n4 1 2 0\n2 3 0\n0\n\"Castor\"\n\"Pollux\"\n\"Helen\"\n\"Pollux and Helen should tie\"\n").unwrap();
    assert_eq!(file.title.as_deref(), Some("Pollux and Helen should tie"));
    let meek = stv::meek_stv(&file.profile, 2, &[], &LEX).unwrap();
    assert_eq!(meek.winners, ["1", "3"]);
    let round2 = &meek.explanation.rounds[1];
    assert!(
        round2
            .events
            .iter()
            .any(|e| e.contains("Pollux (2) has the fewest votes (1.999999996)")),
        "{:?}",
        round2.events
    );
    assert!(
        round2
            .events
            .iter()
            .any(|e| e.contains("total surplus 0.000000003"))
    );
    assert!(
        round2
            .tallies
            .iter()
            .any(|t| t.candidate.starts_with("Castor") && t.value.starts_with("2.000000004"))
    );
    let scottish = stv::scottish_stv(&file.profile, 2, &[], &LEX).unwrap();
    assert_eq!(scottish.winners, ["1", "3"]);
    let stage2 = &scottish.explanation.rounds[1];
    assert!(
        stage2
            .tallies
            .iter()
            .any(|t| t.candidate == "Pollux (2)" && t.value == "1.00000")
    );
}

#[test]
fn withdrawn_candidates_are_skipped() {
    let text = "3 1\n-1\n5 1 2 0\n3 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"t\"\n";
    let file = blt::read("w.blt", text).unwrap();
    assert_eq!(file.withdrawn, [0]);
    let out = stv::scottish_stv(&file.profile, 1, &file.withdrawn, &LEX).unwrap();
    assert_eq!(out.winners, ["2"], "A's voters move to B");
    let opts = RankedOptions {
        withdrawn: file.withdrawn.clone(),
        approval_groups: 1,
    };
    assert_eq!(
        method::run(Method::Irv, &file.profile, 1, &opts, &LEX)
            .unwrap()
            .winners,
        ["2"]
    );
}

#[test]
fn stv_rejects_tied_rankings_naming_the_ballot() {
    let p = Profile::new(
        candidates("AB"),
        vec![Ballot::new(Ranking(vec![vec![0, 1]]))],
    )
    .unwrap();
    let err = stv::scottish_stv(&p, 1, &[], &LEX).unwrap_err();
    assert!(matches!(err, BodyError::Ballot { ballot: 0, .. }), "{err}");
}

/// Droop's test/blt/scotland/weak-defeat.blt: after A is excluded, B and C tie at 3; rule
/// 51(2)(a) looks back to the most recent stage where they differed (stage 1: B 2, C 3)
/// and excludes B. D and E then fill the two seats.
#[test]
fn scottish_stv_breaks_an_exclusion_tie_by_the_previous_stage() {
    let text = "5 2\n1 1 2 0\n2 2 0\n3 3 0\n4 4 0\n5 5 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"E\"\n\"test weak tiebreak for defeat of candidate\"\n";
    let file = blt::read("weak-defeat.blt", text).unwrap();
    let out = stv::scottish_stv(&file.profile, 2, &[], &LEX).unwrap();
    let stage3 = &out.explanation.rounds[2];
    assert!(stage3.title.contains("exclusion of B"), "{}", stage3.title);
    assert!(
        stage3.events[0].contains("most recent stage"),
        "{:?}",
        stage3.events
    );
    let mut winners = out.winners.clone();
    winners.sort();
    assert_eq!(winners, ["4", "5"]);
}
