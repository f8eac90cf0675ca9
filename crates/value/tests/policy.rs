//! Equal split, Coordinape-style peer allocation and Protocol Guild time weighting.

use commonfare_value::equation::Decimal;
use commonfare_value::money::Money;
use commonfare_value::policy::PolicyError;
use commonfare_value::policy::equal::equal_split;
use commonfare_value::policy::peer::{Allocation, PeerMember, peer_allocation};
use commonfare_value::policy::time_weighted::{GuildMember, time_weighted, weight};

fn eur(s: &str) -> Money {
    format!("{s} EUR").parse().unwrap()
}

fn names(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn equal_split_gives_leftover_cents_to_lowest_ids() {
    let st = equal_split(eur("10"), &names(&["carol", "alice", "bob"])).unwrap();
    assert_eq!(st.amount_of("alice"), eur("3.34"));
    assert_eq!(st.amount_of("bob"), eur("3.33"));
    assert_eq!(st.amount_of("carol"), eur("3.33"));
    assert_eq!(st.distributed, eur("10"));
    assert!(equal_split(eur("1"), &[]).is_err());
    assert!(equal_split(eur("1"), &names(&["a", "a"])).is_err());
}

fn peer(id: &str) -> PeerMember {
    PeerMember {
        id: id.into(),
        receives: true,
    }
}

fn give(from: &str, to: &str, points: u64) -> Allocation {
    Allocation {
        from: from.into(),
        to: to.into(),
        points,
    }
}

#[test]
fn peer_allocation_pays_in_proportion_to_points_received() {
    let members = [peer("ann"), peer("bob"), peer("cat")];
    // ann gives all 100; bob gives 60 and keeps 40 unallocated (not counted); cat gives none.
    let gifts = [
        give("ann", "bob", 70),
        give("ann", "cat", 30),
        give("bob", "ann", 60),
    ];
    let st = peer_allocation(eur("160"), 100, &members, &gifts).unwrap();
    // 160 points given in all: bob 70, ann 60, cat 30.
    assert_eq!(st.amount_of("bob"), eur("70"));
    assert_eq!(st.amount_of("ann"), eur("60"));
    assert_eq!(st.amount_of("cat"), eur("30"));
    let bob = st.recipients.iter().find(|r| r.recipient == "bob").unwrap();
    assert!(
        bob.lines[0]
            .reason
            .contains("received 70 of the 160 points given (ann 70)")
    );
}

#[test]
fn peer_allocation_refuses_what_coordinape_forbids() {
    let members = [
        peer("ann"),
        peer("bob"),
        PeerMember {
            id: "opt".into(),
            receives: false,
        },
    ];
    let err = |gifts: &[Allocation]| peer_allocation(eur("1"), 100, &members, gifts).unwrap_err();
    assert!(matches!(
        err(&[give("ann", "ann", 1)]),
        PolicyError::Allocation { .. }
    ));
    assert!(
        err(&[give("ann", "zed", 1)])
            .to_string()
            .contains("not a member")
    );
    assert!(
        err(&[give("ann", "opt", 1)])
            .to_string()
            .contains("opted out")
    );
    let over = err(&[give("ann", "bob", 60), give("ann", "bob", 41)]);
    assert!(
        over.to_string().contains("member 'ann'") && over.to_string().contains("101"),
        "{over}"
    );
    assert!(matches!(err(&[]), PolicyError::Nobody(_)));
}

fn guild(id: &str, months: u32, on_break: u32, weighting: &str) -> GuildMember {
    GuildMember {
        id: id.into(),
        eligible_months: months,
        months_on_break: on_break,
        time_weighting: weighting.parse::<Decimal>().unwrap(),
    }
}

#[test]
fn protocol_guild_weights_are_square_roots_to_millionths() {
    assert_eq!(weight(&guild("a", 36, 0, "1")).unwrap(), 6_000_000);
    // √(18 × 0.5) = 3; √2 = 1.414213562… → 1.414213.
    assert_eq!(weight(&guild("b", 20, 2, "0.5")).unwrap(), 3_000_000);
    assert_eq!(weight(&guild("c", 2, 0, "1")).unwrap(), 1_414_213);
    let st = time_weighted(
        eur("90"),
        &[guild("a", 36, 0, "1"), guild("b", 20, 2, "0.5")],
    )
    .unwrap();
    assert_eq!(st.amount_of("a"), eur("60"));
    assert_eq!(st.amount_of("b"), eur("30"));
    assert!(
        st.recipients[1].lines[0]
            .reason
            .contains("√((20 − 2) × 0.5) = 3.000000")
    );
}

#[test]
fn protocol_guild_refuses_bad_members() {
    let e = time_weighted(eur("1"), &[guild("x", 3, 5, "1")]).unwrap_err();
    assert!(e.to_string().contains("member 'x'"), "{e}");
    assert!(time_weighted(eur("1"), &[guild("y", 3, 0, "1.5")]).is_err());
    assert!(time_weighted(eur("1"), &[guild("z", 3, 0, "0")]).is_err());
    // All members at zero months: nothing to weigh.
    assert!(time_weighted(eur("1"), &[guild("w", 0, 0, "1")]).is_err());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn peer_allocation_sums_exactly(
            amount in 0i64..1_000_000_000,
            gifts in prop::collection::vec((0usize..6, 0usize..6, 0u64..40), 1..20),
        ) {
            let members: Vec<PeerMember> = (0..6).map(|i| peer(&format!("m{i}"))).collect();
            let gifts: Vec<Allocation> = gifts
                .into_iter()
                .filter(|(f, t, _)| f != t)
                .map(|(f, t, p)| give(&format!("m{f}"), &format!("m{t}"), p))
                .collect();
            match peer_allocation(Money::from_minor(amount, eur("0").unit()), 100, &members, &gifts) {
                Ok(st) => prop_assert_eq!(st.distributed.minor(), amount),
                // Over the allowance, or nobody received a point: refused with a reason.
                Err(e) => {
                    let expected = matches!(e, PolicyError::Member { .. } | PolicyError::Nobody(_));
                    prop_assert!(expected, "unexpected error {}", e);
                }
            }
        }

        #[test]
        fn time_weighted_sums_exactly_and_grows_with_months(
            amount in 0i64..1_000_000_000,
            months in prop::collection::vec((1u32..200, prop::bool::ANY), 1..20),
        ) {
            let members: Vec<GuildMember> = months
                .iter()
                .enumerate()
                .map(|(i, (m, part))| guild(&format!("g{i:02}"), *m, 0, if *part { "0.5" } else { "1" }))
                .collect();
            let st = time_weighted(Money::from_minor(amount, eur("0").unit()), &members).unwrap();
            prop_assert_eq!(st.distributed.minor(), amount);
            let mut by_weight: Vec<(u64, i64)> = members
                .iter()
                .map(|m| (weight(m).unwrap(), st.amount_of(&m.id).minor()))
                .collect();
            by_weight.sort();
            // A larger weight never gets less (up to the one unit of rounding).
            prop_assert!(by_weight.windows(2).all(|w| w[1].1 + 1 >= w[0].1));
        }
    }
}
