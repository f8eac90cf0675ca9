//! Property tests: invariants of the rules, and readers that never panic on junk.

use super::common::*;
use super::rules::{motion_rules, votes};
use commonfare_decide::body::formats::read_ranked;
use commonfare_decide::body::method::{self, Method, RankedOptions};
use commonfare_decide::body::motion::*;
use commonfare_decide::body::{Ballot, Profile, Ranking, runoff, schulze, stv};
use proptest::prelude::*;

// ---------------------------------------------------------------- properties

/// Random strict (possibly partial) rankings over `n` candidates.
/// A small election written for this test: 4 candidates, 2 seats, weights, a withdrawal.
const SMALL_BLT: &str = "4 2\n-3\n3 1 2 4 0\n2 2 1 0\n1 4 0\n2 3 2 0\n0\n\"Ada\"\n\"Bo\"\n\"Cy\"\n\"Di\"\n\"Small test\"\n";

fn strict_profile(n: usize) -> impl Strategy<Value = Profile<Ranking>> {
    let ballot = (
        Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
        1..=n,
        1u64..4,
    )
        .prop_map(|(order, len, w)| Ballot::weighted(Ranking::strict(order[..len].to_vec()), w));
    proptest::collection::vec(ballot, 1..25).prop_map(move |ballots| {
        let ids: String = "ABCDEFGH".chars().take(n).collect();
        Profile::new(candidates(&ids), ballots).unwrap()
    })
}

proptest! {
    #[test]
    fn condorcet_winner_wins_schulze(profile in strict_profile(5)) {
        let d = schulze::pairwise(&profile);
        let n = 5;
        let condorcet = (0..n).find(|&x| (0..n).all(|y| y == x || d[x * n + y] > d[y * n + x]));
        let out = schulze::schulze(&profile, 1, &LEX).unwrap();
        if let Some(x) = condorcet {
            prop_assert_eq!(&out.winners[0], profile.id(x));
        }
        // Whatever the profile, the winner is never beaten by a strongest path.
        let p = schulze::strongest_paths(&d, n);
        let w = profile.candidates().iter().position(|c| c.id == out.winners[0]).unwrap();
        prop_assert!((0..n).all(|y| p[w * n + y] >= p[y * n + w]));
    }

    #[test]
    fn unanimous_yes_passes_every_threshold(w in 1u64..1000, abstain in 0u64..10) {
        for t in [Threshold::SimpleMajority, Threshold::TwoThirds, Threshold::Unanimity,
                  Threshold::AtLeast { numerator: 9, denominator: 10 }] {
            prop_assert!(decide_motion(&votes(w, 0, abstain), &motion_rules(t, false)).unwrap().passed);
        }
    }

    #[test]
    fn one_seat_scottish_stv_agrees_with_irv(profile in strict_profile(4)) {
        let irv = runoff::instant_runoff(&profile, &LEX).unwrap();
        let stv = stv::scottish_stv(&profile, 1, &[], &LEX).unwrap();
        prop_assert_eq!(irv.winners, stv.winners);
    }

    #[test]
    fn stv_elects_exactly_the_seats(profile in strict_profile(6), seats in 1usize..4) {
        for out in [stv::scottish_stv(&profile, seats, &[], &LEX).unwrap(),
                    stv::meek_stv(&profile, seats, &[], &LEX).unwrap()] {
            prop_assert_eq!(out.winners.len(), seats);
            let mut w = out.winners.clone();
            w.sort();
            w.dedup();
            prop_assert_eq!(w.len(), seats);
        }
    }

    #[test]
    fn readers_never_panic_on_junk(text in "[0-9 ,:{}=\\-#\"()a-z\\n]{0,200}") {
        for name in ["j.blt", "j.soc", "j.soi", "j.toc", "j.toi", "j.cat"] {
            let _ = read_ranked(name, &text);
        }
    }

    #[test]
    fn readers_never_panic_on_mutated_files(cut in 0usize..400, insert in "[0-9 ,{}=\\-\"\\n]{0,6}") {
        for (name, good) in [("m.blt", SMALL_BLT), ("m.toc", "# DATA TYPE: toc\n# NUMBER ALTERNATIVES: 3\n3: 1,{2,3}\n2: {3,2},1\n")] {
            let at = (cut % good.len().max(1)).min(good.len());
            let at = (0..=at).rev().find(|&i| good.is_char_boundary(i)).unwrap_or(0);
            let text = format!("{}{}{}", &good[..at], insert, &good[at..]);
            if let Ok(f) = read_ranked(name, &text) {
                // Whatever parses must also count without panicking.
                for m in Method::ALL {
                    let opts = RankedOptions { withdrawn: f.withdrawn.clone(), approval_groups: 1 };
                    let _ = method::run(m, &f.profile, f.seats.unwrap_or(1), &opts, &LEX);
                }
            }
        }
    }
}
