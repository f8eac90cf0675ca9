//! Money arithmetic, its text form, and the exact splits (with property tests).

use commonfare_value::money::{Currency, Money, MoneyError, Unit};
use commonfare_value::split::{
    SplitError, split, split_capped, split_ratio, split_sequential, split_sequential_units,
};
use num_rational::Ratio;
use proptest::prelude::*;

fn eur(s: &str) -> Money {
    format!("{s} EUR").parse().expect("valid EUR amount")
}

#[test]
fn parses_and_formats_with_the_currency_exponent() {
    assert_eq!(eur("12.34").minor(), 1234);
    assert_eq!(eur("12.3").minor(), 1230);
    assert_eq!(eur("-0.05").to_string(), "-0.05 EUR");
    assert_eq!("1500 JPY".parse::<Money>().unwrap().to_string(), "1500 JPY");
    assert_eq!("1.234 KWD".parse::<Money>().unwrap().minor(), 1234);
    assert_eq!(
        "1.5 hours".parse::<Money>().unwrap().to_string(),
        "1.50 hours"
    );
    assert_eq!("7 credits".parse::<Money>().unwrap().unit(), Unit::Credits);
    let min = Money::from_minor(
        i64::MIN,
        Unit::Currency(Currency::from_code("EUR").unwrap()),
    );
    assert_eq!(min.to_string().parse::<Money>().unwrap(), min);
}

#[test]
fn refuses_bad_text_with_a_reason() {
    for bad in [
        "12.345 EUR",
        "1.5 JPY",
        "12 eur",
        "12 XYZ",
        "12",
        "1e3 EUR",
        "12. EUR",
        ". EUR",
        "99999999999999999999 EUR",
    ] {
        let err = bad.parse::<Money>().expect_err(bad);
        assert!(!err.to_string().is_empty());
    }
    assert!(matches!("3 ZZZ".parse::<Money>(), Err(MoneyError::UnknownUnit(u)) if u == "ZZZ"));
}

#[test]
fn arithmetic_is_checked() {
    let max = Money::from_minor(i64::MAX, eur("0").unit());
    assert_eq!(
        max.checked_add(eur("0.01")),
        Err(MoneyError::Overflow("addition"))
    );
    assert!(
        Money::from_minor(i64::MIN, max.unit())
            .checked_neg()
            .is_err()
    );
    assert!(max.checked_mul(2).is_err());
    let usd: Money = "1.00 USD".parse().unwrap();
    assert!(matches!(
        eur("1").checked_add(usd),
        Err(MoneyError::UnitMismatch(_, _))
    ));
    assert_eq!(eur("1.10").checked_sub(eur("2")).unwrap(), eur("-0.90"));
    assert_eq!(
        Money::checked_sum(eur("0").unit(), [eur("1"), eur("2.5")]).unwrap(),
        eur("3.50")
    );
}

#[test]
fn serde_uses_the_text_form() {
    let json = serde_json::to_string(&eur("12.34")).unwrap();
    assert_eq!(json, "\"12.34 EUR\"");
    assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), eur("12.34"));
    assert!(serde_json::from_str::<Money>("12.34").is_err());
}

#[test]
fn currency_table_has_real_exponents() {
    let exp = |c: &str| Currency::from_code(c).unwrap().exponent();
    assert_eq!(
        (exp("EUR"), exp("JPY"), exp("KWD"), exp("CLF"), exp("ISK")),
        (2, 0, 3, 4, 0)
    );
    assert!(Currency::from_code("EURO").is_none());
    // The table is sorted, without duplicates, every code three upper-case letters.
    let codes: Vec<&str> = commonfare_value::money::CURRENCIES
        .iter()
        .map(|(c, _)| *c)
        .collect();
    assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "unsorted or duplicated codes"
    );
    assert!(
        codes
            .iter()
            .all(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))
    );
    assert!(codes.len() > 170, "{} codes", codes.len());
}

#[test]
fn largest_remainder_ties_by_id() {
    // 1.00 among three equal weights: 34, 33, 33 and the extra cent goes to the lowest id.
    let shares = split(eur("1"), &[("b", 1), ("a", 1), ("c", 1)]).unwrap();
    assert_eq!(
        shares.iter().map(Money::minor).collect::<Vec<_>>(),
        [33, 34, 33]
    );
    // Negative: the same recipient gets the extra cent (in magnitude).
    let shares = split(eur("-1"), &[("b", 1), ("a", 1), ("c", 1)]).unwrap();
    assert_eq!(
        shares.iter().map(Money::minor).collect::<Vec<_>>(),
        [-33, -34, -33]
    );
    // The largest remainder wins before the id: 10 among 1:2 → 3.33.. and 6.66.. → 3, 7.
    let shares = split(Money::from_minor(10, eur("0").unit()), &[(1, 1), (2, 2)]).unwrap();
    assert_eq!(shares.iter().map(Money::minor).collect::<Vec<_>>(), [3, 7]);
}

#[test]
fn split_errors_name_the_problem() {
    assert_eq!(split::<u32>(eur("1"), &[]), Err(SplitError::NoRecipients));
    assert_eq!(
        split(eur("1"), &[(1, 0), (2, 0)]),
        Err(SplitError::AllZeroWeights)
    );
    assert_eq!(
        split(eur("1"), &[(1, 1), (1, 2)]),
        Err(SplitError::DuplicateRecipient("1".into()))
    );
    assert_eq!(
        split_ratio(eur("1"), &[("x", Ratio::new_raw(1, 0))]),
        Err(SplitError::ZeroDenominator("x".into()))
    );
    assert!(matches!(
        split_sequential(eur("1"), &[1.0, f64::NAN]),
        Err(SplitError::InvalidScore { index: 1, .. })
    ));
    assert!(matches!(
        split_sequential(eur("1"), &[5.0, -2.0]),
        Err(SplitError::InvalidScore { index: 1, .. })
    ));
    assert!(matches!(
        split_sequential(eur("1"), &[1.0, -2.0]),
        Err(SplitError::ScoresNotPositive(_))
    ));
    assert!(matches!(
        split_sequential(eur("1"), &[0.0]),
        Err(SplitError::ScoresNotPositive(_))
    ));
}

#[test]
fn rational_weights_are_exact() {
    // 1/3 and 2/3 of 1.00: 33.33.. and 66.66.. → 33 and 67 (largest remainder).
    let shares = split_ratio(eur("1"), &[(1, Ratio::new(1, 3)), (2, Ratio::new(2, 3))]).unwrap();
    assert_eq!(
        shares.iter().map(Money::minor).collect::<Vec<_>>(),
        [33, 67]
    );
    // Denominators whose common multiple overflows u64 take the big-integer path.
    let primes = [
        18446744073709551557u64,
        18446744073709551533,
        18446744073709551521,
    ];
    let people: Vec<(usize, Ratio<u64>)> = primes
        .iter()
        .enumerate()
        .map(|(i, p)| (i, Ratio::new(1, *p)))
        .collect();
    let shares = split_ratio(eur("1"), &people).unwrap();
    assert_eq!(shares.iter().map(Money::minor).sum::<i64>(), 100);
    // 1/p is largest for the smallest prime (the last), so its remainder is the largest.
    assert_eq!(
        shares.iter().map(Money::minor).collect::<Vec<_>>(),
        [33, 33, 34]
    );
}

#[test]
fn sequential_split_matches_sourcecred_rules() {
    // Worked by hand: 100 among [1, 1, 1]: floor(100·1/3)=33, floor(67·1/2)=33, last gets 34.
    let shares = split_sequential(Money::from_minor(100, Unit::Credits), &[1.0, 1.0, 1.0]).unwrap();
    assert_eq!(
        shares.iter().map(Money::minor).collect::<Vec<_>>(),
        [33, 33, 34]
    );
    // The leftover goes to the last recipient even when its score is zero.
    let shares = split_sequential(Money::from_minor(10, Unit::Credits), &[1.0, 2.0, 0.0]).unwrap();
    assert_eq!(
        shares.iter().map(Money::minor).collect::<Vec<_>>(),
        [3, 7, 0]
    );
    let shares = split_sequential(Money::from_minor(1, Unit::Credits), &[1.0, 100.0]).unwrap();
    assert_eq!(shares.iter().map(Money::minor).collect::<Vec<_>>(), [0, 1]);
}

#[test]
fn capped_split_redistributes_and_reports_surplus() {
    let unit = Unit::Credits;
    let (shares, surplus) = split_capped(
        Money::from_minor(100, unit),
        &[("a", 1, Some(10)), ("b", 1, None), ("c", 2, None)],
    )
    .unwrap();
    assert_eq!(
        shares.iter().map(Money::minor).collect::<Vec<_>>(),
        [10, 30, 60]
    );
    assert_eq!(surplus.minor(), 0);
    let (shares, surplus) = split_capped(
        Money::from_minor(100, unit),
        &[("a", 1, Some(10)), ("b", 3, Some(20))],
    )
    .unwrap();
    assert_eq!(
        shares.iter().map(Money::minor).collect::<Vec<_>>(),
        [10, 20]
    );
    assert_eq!(surplus.minor(), 70);
}

#[test]
fn a_million_recipients_sum_exactly() {
    let people: Vec<(u32, u64)> = (0..1_000_000u32).map(|i| (i, u64::from(i % 7))).collect();
    let amount = eur("98765.43");
    let shares = split(amount, &people).unwrap();
    assert_eq!(shares.iter().map(Money::minor).sum::<i64>(), amount.minor());
    assert!(
        shares
            .iter()
            .zip(&people)
            .all(|(s, (_, w))| *w != 0 || s.is_zero())
    );
}

fn weights() -> impl Strategy<Value = Vec<u64>> {
    prop::collection::vec(prop_oneof![Just(0u64), 0u64..1000, any::<u64>()], 1..40)
}

proptest! {
    #[test]
    fn split_sums_and_is_proportional(amount in any::<i64>(), ws in weights()) {
        let people: Vec<(usize, u64)> = ws.iter().copied().enumerate().collect();
        let m = Money::from_minor(amount, Unit::Credits);
        match split(m, &people) {
            Err(SplitError::AllZeroWeights) => prop_assert!(ws.iter().all(|w| *w == 0)),
            Err(e) => prop_assert!(false, "unexpected {e}"),
            Ok(shares) => {
                prop_assert_eq!(shares.iter().map(|s| i128::from(s.minor())).sum::<i128>(), i128::from(amount));
                let total: u128 = ws.iter().map(|w| u128::from(*w)).sum();
                for (s, w) in shares.iter().zip(&ws) {
                    // Same sign as the amount, zero for zero weight, within one unit of exact.
                    prop_assert!(s.minor() == 0 || (s.minor() < 0) == (amount < 0));
                    if *w == 0 { prop_assert_eq!(s.minor(), 0); }
                    let exact_floor = u128::from(amount.unsigned_abs()) * u128::from(*w) / total;
                    let got = u128::from(s.minor().unsigned_abs());
                    prop_assert!(got == exact_floor || got == exact_floor + 1);
                }
                // Symmetry: the negated amount gives the negated shares.
                if let Some(neg) = amount.checked_neg() {
                    let back = split(Money::from_minor(neg, Unit::Credits), &people).unwrap();
                    for (a, b) in shares.iter().zip(&back) { prop_assert_eq!(a.minor(), -b.minor()); }
                }
            }
        }
    }

    #[test]
    fn capped_split_sums_and_respects_caps(
        amount in 0i64..1_000_000_000,
        people in prop::collection::vec((0u64..1000, prop::option::of(0u64..100_000)), 1..30),
    ) {
        let rows: Vec<(usize, u64, Option<u64>)> =
            people.iter().enumerate().map(|(i, (w, c))| (i, *w, *c)).collect();
        let m = Money::from_minor(amount, Unit::Credits);
        let (shares, surplus) = split_capped(m, &rows).unwrap();
        let paid: i64 = shares.iter().map(Money::minor).sum();
        prop_assert_eq!(paid + surplus.minor(), amount);
        let mut all_full = true;
        for (s, (_, w, cap)) in shares.iter().zip(&rows) {
            let s = s.minor() as u64;
            if *w == 0 { prop_assert_eq!(s, 0); continue; }
            if let Some(c) = cap { prop_assert!(s <= *c); }
            all_full &= cap.is_some_and(|c| s == c);
        }
        // Something is left over only when every recipient who could take it is full.
        prop_assert!(surplus.is_zero() || all_full);
    }

    #[test]
    fn one_recipient_gets_everything(amount in any::<i64>(), w in 1u64..) {
        let m = Money::from_minor(amount, Unit::Credits);
        prop_assert_eq!(split(m, &[("only", w)]).unwrap(), vec![m]);
        prop_assert_eq!(split_sequential(m, &[w as f64]).unwrap(), vec![m]);
    }

    #[test]
    fn sequential_sums(amount in 0i64..=(1 << 52), ws in prop::collection::vec(0.0f64..1e6, 1..40)) {
        let m = Money::from_minor(amount, Unit::Credits);
        match split_sequential(m, &ws) {
            Err(SplitError::ScoresNotPositive(_)) => prop_assert!(ws.iter().all(|w| *w == 0.0)),
            Err(e) => prop_assert!(false, "unexpected {e}"),
            Ok(shares) => prop_assert_eq!(shares.iter().map(Money::minor).sum::<i64>(), amount),
        }
    }

    #[test]
    fn rational_matches_integer_when_denominators_agree(amount in any::<i64>(), ws in prop::collection::vec(0u64..10_000, 1..20)) {
        prop_assume!(ws.iter().any(|w| *w > 0));
        let m = Money::from_minor(amount, Unit::Credits);
        let ints: Vec<(usize, u64)> = ws.iter().copied().enumerate().collect();
        let rats: Vec<(usize, Ratio<u64>)> = ws.iter().map(|w| Ratio::new(*w, 7)).enumerate().collect();
        prop_assert_eq!(split(m, &ints).unwrap(), split_ratio(m, &rats).unwrap());
    }

    #[test]
    fn text_round_trips(minor in any::<i64>(), code in prop::sample::select(vec!["EUR", "JPY", "KWD", "CLF", "hours", "credits"])) {
        let m = Money::from_minor(minor, code.parse().unwrap());
        prop_assert_eq!(m.to_string().parse::<Money>().unwrap(), m);
    }

    #[test]
    fn parser_never_panics(s in "\\PC{0,30}") {
        let _ = s.parse::<Money>();
    }
}

/// Deterministic weights for `n` recipients from `seed`: every `zero_every`-th is zero,
/// the others spread over many orders of magnitude (up to 2^40).
fn many_weights(n: usize, seed: u64, zero_every: usize) -> Vec<(u32, u64)> {
    let mut x = seed | 1;
    (0..n)
        .map(|i| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let w = if i % zero_every == 0 {
                0
            } else {
                (x >> 24) >> ((x >> 8) % 40)
            };
            (i as u32, w)
        })
        .collect()
}

proptest! {
    // Each case splits among a million recipients (about 0.1 s in the optimised test build).
    #![proptest_config(ProptestConfig::with_cases(4))]

    #[test]
    fn a_million_recipients_for_any_amount(
        amount in prop_oneof![any::<i64>(), -1_000_000i64..1_000_000, Just(i64::MIN), Just(i64::MAX)],
        seed in any::<u64>(),
        zero_every in 2usize..10,
    ) {
        let people = many_weights(1_000_000, seed, zero_every);
        let m = Money::from_minor(amount, Unit::Credits);
        let shares = split(m, &people).unwrap();
        prop_assert_eq!(shares.len(), people.len());
        let total: u128 = people.iter().map(|(_, w)| u128::from(*w)).sum();
        let mut sum: i128 = 0;
        let mut extra_units = 0u64;
        for (s, (_, w)) in shares.iter().zip(&people) {
            sum += i128::from(s.minor());
            // Zero weight, zero share; otherwise the sign of the amount and the floor of
            // the exact share, or one more.
            if *w == 0 { prop_assert!(s.is_zero()); continue; }
            prop_assert!(s.minor() == 0 || (s.minor() < 0) == (amount < 0));
            let floor = u128::from(amount.unsigned_abs()) * u128::from(*w) / total;
            let got = u128::from(s.minor().unsigned_abs());
            prop_assert!(got == floor || got == floor + 1, "share {} vs floor {}", got, floor);
            extra_units += u64::from(got == floor + 1);
        }
        prop_assert_eq!(sum, i128::from(amount));
        // Fewer leftover units than recipients, as the largest remainder method promises.
        prop_assert!(extra_units < people.len() as u64);
        // SourceCred's sequential split sums exactly too (on the absolute amount).
        let scores: Vec<f64> = people.iter().map(|(_, w)| *w as f64).collect();
        let abs = Money::from_minor(amount.checked_abs().unwrap_or(i64::MAX), Unit::Credits);
        let seq = split_sequential(abs, &scores).unwrap();
        prop_assert_eq!(seq.iter().map(|s| i128::from(s.minor())).sum::<i128>(), i128::from(abs.minor()));
        prop_assert!(seq.iter().all(|s| s.minor() >= 0));
    }
}

/// SourceCred's own receipts: every grain allocation in the shared vectors gives its f64
/// score vector and the integer receipts SourceCred's `splitBudget` produced from it.
#[test]
fn sequential_split_matches_sourcecred_receipts_on_the_shared_vectors() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/sourcecred"
    );
    let mut checked = 0;
    for sub in ["vectors", "bench"] {
        let folder = format!("{dir}/{sub}");
        let entries = std::fs::read_dir(&folder).unwrap_or_else(|e| {
            panic!("SourceCred vectors missing at {folder} ({e}): the shared data must sit beside the workspace")
        });
        let mut files: Vec<_> = entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
            .collect();
        files.sort();
        for path in files {
            let doc: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let scenarios = doc["grainScenarios"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            for run in scenarios
                .iter()
                .flat_map(|s| s["runs"].as_array().cloned().unwrap_or_default())
            {
                for a in run["allocations"].as_array().cloned().unwrap_or_default() {
                    let budget: u128 = a["budget"].as_str().unwrap().parse().unwrap();
                    let scores: Vec<f64> = a["scores"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|x| x.as_f64().unwrap())
                        .collect();
                    let expected: Vec<u128> = a["receipts"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|r| r["amount"].as_str().unwrap().parse().unwrap())
                        .collect();
                    let got = split_sequential_units(budget, &scores).unwrap();
                    assert_eq!(got, expected, "{} ({})", path.display(), a["policyType"]);
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 100, "only {checked} allocations found");
    println!("sequential split: {checked} SourceCred allocations reproduced exactly");
}
