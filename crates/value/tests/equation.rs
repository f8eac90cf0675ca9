//! Value equations: NRP's worked example, bucket percentages, claim kinds, filters and
//! the errors that name the element at fault.

use commonfare_value::equation::{
    Contribution, Contributions, EquationError, ValueEquation, distribute,
};
use commonfare_value::money::Money;
use serde_json::json;

fn example(name: &str) -> String {
    let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("example {path} is missing: {e}"))
}

fn usd(s: &str) -> Money {
    format!("{s} USD").parse().unwrap()
}

fn equation(v: serde_json::Value) -> ValueEquation {
    serde_json::from_value(v).expect("valid equation")
}

fn contributions(v: serde_json::Value) -> Vec<Contribution> {
    serde_json::from_value::<Contributions>(json!({ "contributions": v }))
        .expect("valid contributions")
        .contributions
}

#[test]
fn nrp_worked_example_pays_75_70_30_20() {
    let eq: ValueEquation = serde_json::from_str(&example("nrp-equation.json")).unwrap();
    let cs: Contributions = serde_json::from_str(&example("nrp-contributions.json")).unwrap();
    let st = distribute(&eq, &cs.contributions, usd("195")).unwrap();
    assert_eq!(st.amount_of("worker"), usd("75"));
    assert_eq!(st.amount_of("contributor"), usd("70"));
    assert_eq!(st.amount_of("vacontributor1"), usd("30"));
    assert_eq!(st.amount_of("vacontributor2"), usd("20"));
    assert_eq!(st.recipients.len(), 4);
    assert_eq!(st.undistributed, usd("0"));
    // The statement explains the work claim: quantity 1 × 25, fully paid.
    let worker = st
        .recipients
        .iter()
        .find(|r| r.recipient == "worker")
        .unwrap();
    let work = worker
        .lines
        .iter()
        .find(|l| l.contributions == ["work"])
        .unwrap();
    let claim = work.claim.as_ref().unwrap();
    assert_eq!(claim.formula, "quantity 1 × 25.00 USD");
    assert_eq!(
        (claim.outstanding_before, claim.outstanding_after),
        (Some(usd("25")), Some(usd("0")))
    );
    // Debt-like claims are capped: distributing 1000 still pays only the 195 owed.
    let st = distribute(&eq, &cs.contributions, usd("1000")).unwrap();
    assert_eq!(st.distributed, usd("195"));
    assert_eq!(st.undistributed, usd("805"));
    // Half the amount pays each claim half.
    let st = distribute(&eq, &cs.contributions, usd("97.50")).unwrap();
    assert_eq!(st.amount_of("worker"), usd("37.50"));
    assert_eq!(st.amount_of("contributor"), usd("35"));
}

fn work_and_expense() -> Vec<Contribution> {
    contributions(json!([
        {"id": "w1", "agent": "ann", "kind": "work", "quantity": "2", "date": "2024-01-10", "commons": "bikes"},
        {"id": "w2", "agent": "bob", "kind": "work", "quantity": "1", "date": "2024-03-01", "commons": "bikes"},
        {"id": "e1", "agent": "cat", "kind": "expense", "value": "30.00 USD", "commons": "tools"}
    ]))
}

#[test]
fn fixed_agent_and_percentages_of_total() {
    let eq = equation(json!({"name": "t", "unit": "USD", "buckets": [
        {"name": "fund", "percent": "10", "agent": "treasury"},
        {"name": "work", "percent": "60", "rules": [
            {"kind": "work", "claim": "equity_like", "formula": {"quantity_times": "10.00 USD"}}]}
    ]}));
    let st = distribute(&eq, &work_and_expense(), usd("100")).unwrap();
    assert_eq!(st.amount_of("treasury"), usd("10"));
    assert_eq!(st.amount_of("ann"), usd("40"));
    assert_eq!(st.amount_of("bob"), usd("20"));
    // 30% belongs to no bucket and stays undistributed.
    assert_eq!(st.undistributed, usd("30"));
    let total: i64 = st.recipients.iter().map(|r| r.amount.minor()).sum();
    assert_eq!(total + st.undistributed.minor(), 10000);
}

#[test]
fn percentages_of_remaining_pass_surplus_on() {
    let eq = equation(
        json!({"name": "t", "unit": "USD", "percentages_of": "remaining", "buckets": [
            {"name": "expenses first", "percent": "100", "rules": [
                {"kind": "expense", "claim": "debt_like", "formula": "value"}]},
            {"name": "half to work", "percent": "50", "rules": [
                {"kind": "work", "claim": "equity_like", "formula": {"quantity_times": "1.00 USD"}}]},
            {"name": "rest", "percent": "100", "agent": "treasury"}
        ]}),
    );
    let st = distribute(&eq, &work_and_expense(), usd("100.01")).unwrap();
    // Expenses get their 30 (capped), 70.01 remains; half, rounded down: 35.00.
    assert_eq!(st.amount_of("cat"), usd("30"));
    assert_eq!(
        st.amount_of("ann")
            .checked_add(st.amount_of("bob"))
            .unwrap(),
        usd("35")
    );
    assert_eq!(st.amount_of("ann"), usd("23.33"));
    assert_eq!(st.amount_of("treasury"), usd("35.01"));
    assert_eq!(st.undistributed, usd("0"));
    assert_eq!(st.pools[0].surplus, usd("70.01"));
}

#[test]
fn claims_track_what_was_paid() {
    let cs = contributions(json!([
        {"id": "d", "agent": "ann", "kind": "loan", "value": "100.00 USD", "paid": "90.00 USD"},
        {"id": "o1", "agent": "bob", "kind": "idea", "value": "10.00 USD", "paid_runs": 1},
        {"id": "o2", "agent": "cat", "kind": "idea", "value": "10.00 USD"}
    ]));
    let eq = equation(json!({"name": "t", "unit": "USD", "buckets": [
        {"name": "all", "percent": "100", "rules": [
            {"kind": "loan", "claim": "debt_like", "formula": "value"},
            {"kind": "idea", "claim": "once", "formula": "value"}]}
    ]}));
    let st = distribute(&eq, &cs, usd("50")).unwrap();
    // The loan is owed 10 only; bob's once-claim was already paid; cat takes the rest.
    assert_eq!(st.amount_of("ann"), usd("10"));
    assert_eq!(st.amount_of("bob"), usd("0"));
    assert_eq!(st.amount_of("cat"), usd("40"));
}

#[test]
fn debt_like_claims_are_not_paid_twice_in_one_run() {
    let cs =
        contributions(json!([{"id": "d", "agent": "ann", "kind": "loan", "value": "10.00 USD"}]));
    let rule = json!({"kind": "loan", "claim": "debt_like", "formula": "value"});
    let eq = equation(json!({"name": "t", "unit": "USD", "buckets": [
        {"name": "a", "percent": "50", "rules": [rule.clone()]},
        {"name": "b", "percent": "50", "rules": [rule]}
    ]}));
    let st = distribute(&eq, &cs, usd("30")).unwrap();
    assert_eq!(st.amount_of("ann"), usd("10"));
    assert_eq!(st.undistributed, usd("20"));
}

#[test]
fn filters_select_by_date_commons_and_kind() {
    let eq = equation(json!({"name": "t", "unit": "USD", "buckets": [
        {"name": "q1 bikes", "percent": "100",
         "filter": {"commons": ["bikes"], "from": "2024-01-01", "to": "2024-01-31"},
         "rules": [{"kind": "work", "claim": "equity_like", "formula": {"fixed": "1.00 USD"}}]}
    ]}));
    let st = distribute(&eq, &work_and_expense(), usd("9")).unwrap();
    assert_eq!(st.amount_of("ann"), usd("9"));
    assert_eq!(st.recipients.len(), 1);
}

fn error_of(eq: serde_json::Value, cs: serde_json::Value, amount: &str) -> String {
    let eq = equation(eq);
    distribute(&eq, &contributions(cs), amount.parse().unwrap())
        .expect_err("should be refused")
        .to_string()
}

#[test]
fn bad_input_names_the_element() {
    let rule = json!({"kind": "work", "claim": "debt_like", "formula": "value"});
    let over = error_of(
        json!({"name": "t", "unit": "USD", "buckets": [
        {"name": "big", "percent": "100.5", "agent": "x"}]}),
        json!([]),
        "1 USD",
    );
    assert!(
        over.contains("bucket 'big'") && over.contains("over 100"),
        "{over}"
    );
    let sum = error_of(
        json!({"name": "t", "unit": "USD", "buckets": [
        {"name": "a", "percent": "60", "agent": "x"}, {"name": "b", "percent": "50", "agent": "y"}]}),
        json!([]),
        "1 USD",
    );
    assert!(sum.contains("add up to 110"), "{sum}");
    let unit = error_of(
        json!({"name": "t", "unit": "USD", "buckets": [
        {"name": "a", "percent": "50", "rules": [{"kind": "work", "claim": "once", "formula": {"quantity_times": "1.00 EUR"}}]}]}),
        json!([]),
        "1 USD",
    );
    assert!(
        unit.contains("rule 1 (kind 'work')") && unit.contains("EUR"),
        "{unit}"
    );
    let missing = error_of(
        json!({"name": "t", "unit": "USD", "buckets": [{"name": "a", "percent": "50", "rules": [rule.clone()]}]}),
        json!([{"id": "c9", "agent": "a", "kind": "work", "quantity": "2"}]),
        "1 USD",
    );
    assert!(
        missing.contains("contribution 'c9'") && missing.contains("no \"value\""),
        "{missing}"
    );
    let dup = error_of(
        json!({"name": "t", "unit": "USD", "buckets": [{"name": "a", "percent": "50", "rules": [rule.clone()]}]}),
        json!([{"id": "c", "agent": "a", "kind": "work"}, {"id": "c", "agent": "b", "kind": "work"}]),
        "1 USD",
    );
    assert!(dup.contains("contribution 'c'"), "{dup}");
    let amount = error_of(
        json!({"name": "t", "unit": "USD", "buckets": [{"name": "a", "percent": "50", "agent": "x"}]}),
        json!([]),
        "1 EUR",
    );
    assert!(amount.contains("1.00 EUR"), "{amount}");
    let neither = error_of(
        json!({"name": "t", "unit": "USD", "buckets": [{"name": "a", "percent": "5"}]}),
        json!([]),
        "1 USD",
    );
    assert!(neither.contains("bucket 'a'"), "{neither}");
    let twice = error_of(
        json!({"name": "t", "unit": "USD", "buckets": [
            {"name": "a", "percent": "5", "agent": "x"}, {"name": "a", "percent": "5", "agent": "y"}]}),
        json!([]),
        "1 USD",
    );
    assert!(
        twice.contains("bucket 'a'") && twice.contains("unique"),
        "{twice}"
    );
    let remaining = error_of(
        json!({"name": "t", "unit": "USD", "percentages_of": "remaining", "buckets": [
            {"name": "r", "percent": "100.000001", "agent": "x"}]}),
        json!([]),
        "1 USD",
    );
    assert!(
        remaining.contains("bucket 'r'") && remaining.contains("over 100"),
        "{remaining}"
    );
}

#[test]
fn overflowing_claims_are_errors_not_wraps() {
    let eq = equation(
        json!({"name": "t", "unit": "USD", "buckets": [{"name": "a", "percent": "100", "rules": [
        {"kind": "work", "claim": "equity_like", "formula": {"quantity_times": "92233720368547758.07 USD"}}]}]}),
    );
    let cs = contributions(json!([{"id": "c", "agent": "a", "kind": "work", "quantity": "2"}]));
    let err = distribute(&eq, &cs, usd("1")).unwrap_err();
    assert!(matches!(err, EquationError::Rule { .. }), "{err}");
    assert!(err.to_string().contains("overflows"));
}

#[test]
fn file_formats_refuse_unknown_fields_and_floats() {
    let typo =
        serde_json::from_value::<ValueEquation>(json!({"name": "t", "unit": "USD", "bucket": []}));
    assert!(typo.is_err());
    let float = serde_json::from_value::<Contributions>(json!({"contributions": [
        {"id": "c", "agent": "a", "kind": "work", "quantity": 1.5}]}));
    assert!(float.unwrap_err().to_string().contains("as a string"));
    let date = serde_json::from_value::<Contributions>(json!({"contributions": [
        {"id": "c", "agent": "a", "kind": "work", "date": "2023-02-29"}]}));
    assert!(date.unwrap_err().to_string().contains("day 29"));
    let unit =
        serde_json::from_value::<ValueEquation>(json!({"name": "t", "unit": "XYZ", "buckets": []}));
    assert!(unit.unwrap_err().to_string().contains("unknown unit"));
}

#[test]
fn statement_serializes_to_json() {
    let eq: ValueEquation = serde_json::from_str(&example("nrp-equation.json")).unwrap();
    let cs: Contributions = serde_json::from_str(&example("nrp-contributions.json")).unwrap();
    let st = distribute(&eq, &cs.contributions, usd("195")).unwrap();
    let v = serde_json::to_value(&st).unwrap();
    assert_eq!(v["recipients"][0]["recipient"], "contributor");
    assert_eq!(v["recipients"][0]["amount"], "70.00 USD");
    assert_eq!(v["recipients"][0]["lines"][0]["claim"]["kind"], "debt_like");
    let back: commonfare_value::statement::Statement = serde_json::from_value(v).unwrap();
    assert_eq!(back, st);
    assert!(st.render().contains("worker: 75.00 USD"));
}

mod properties {
    use super::*;
    use commonfare_value::equation::{Date, Decimal};
    use proptest::prelude::*;

    fn rule() -> impl Strategy<Value = serde_json::Value> {
        let kind = prop::sample::select(vec!["work", "expense", "idea"]);
        let claim = prop::sample::select(vec!["debt_like", "equity_like", "once"]);
        let formula = prop_oneof![
            Just(json!("value")),
            (0u32..300).prop_map(|f| json!({"value_times": format!("{}.{:02}", f / 100, f % 100)})),
            (0i64..10_000)
                .prop_map(|r| json!({"quantity_times": format!("{}.{:02} USD", r / 100, r % 100)})),
            (0i64..10_000)
                .prop_map(|r| json!({"fixed": format!("{}.{:02} USD", r / 100, r % 100)})),
        ];
        (kind, claim, formula).prop_map(|(k, c, f)| json!({"kind": k, "claim": c, "formula": f}))
    }

    fn bucket(i: usize) -> impl Strategy<Value = serde_json::Value> {
        let percent = (0u32..=10_000).prop_map(|p| format!("{}.{:02}", p / 100, p % 100));
        let target = prop_oneof![
            Just(None),
            prop::collection::vec(rule(), 1..4).prop_map(Some),
        ];
        (percent, target).prop_map(move |(p, t)| match t {
            None => json!({"name": format!("b{i}"), "percent": p, "agent": "fund"}),
            Some(rules) => json!({"name": format!("b{i}"), "percent": p, "rules": rules}),
        })
    }

    fn contribution(i: usize) -> impl Strategy<Value = serde_json::Value> {
        (
            prop::sample::select(vec!["ann", "bob", "cat", "dan"]),
            prop::sample::select(vec!["work", "expense", "idea", "other"]),
            0u32..1000,
            prop::option::of(0i64..100_000),
            prop::option::of(0i64..50_000),
            0u32..2,
        )
            .prop_map(move |(agent, kind, q, value, paid, runs)| {
                let mut c = json!({"id": format!("c{i:02}"), "agent": agent, "kind": kind,
                    "quantity": format!("{}.{}", q / 10, q % 10), "paid_runs": runs});
                if let Some(v) = value {
                    c["value"] = json!(format!("{}.{:02} USD", v / 100, v % 100));
                }
                if let Some(p) = paid {
                    c["paid"] = json!(format!("{}.{:02} USD", p / 100, p % 100));
                }
                c
            })
    }

    fn case() -> impl Strategy<Value = (serde_json::Value, Vec<serde_json::Value>, i64)> {
        let buckets = (1usize..4).prop_flat_map(|n| (0..n).map(bucket).collect::<Vec<_>>());
        let contributions =
            (0usize..12).prop_flat_map(|n| (0..n).map(contribution).collect::<Vec<_>>());
        let of = prop::sample::select(vec!["total", "remaining"]);
        (buckets, contributions, of, 0i64..10_000_000).prop_map(|(b, c, of, amount)| {
            (
                json!({"name": "p", "unit": "USD", "percentages_of": of, "buckets": b}),
                c,
                amount,
            )
        })
    }

    proptest! {
        #[test]
        fn distributions_sum_exactly_and_never_overpay_debts((eq, cs, amount) in case()) {
            let eq: ValueEquation = serde_json::from_value(eq).unwrap();
            let cs = contributions(json!(cs));
            let amount = Money::from_minor(amount, eq.unit);
            match distribute(&eq, &cs, amount) {
                // Refusals are fine (sums over 100, rules needing a missing value), panics are not.
                Err(e) => prop_assert!(!e.to_string().is_empty()),
                Ok(st) => {
                    let paid: i64 = st.recipients.iter().map(|r| r.amount.minor()).sum();
                    prop_assert_eq!(paid + st.undistributed.minor(), amount.minor());
                    prop_assert!(st.undistributed.minor() >= 0);
                    for r in &st.recipients {
                        for l in &r.lines {
                            prop_assert!(l.amount.minor() >= 0);
                            if let Some(after) = l.claim.as_ref().and_then(|c| c.outstanding_after) {
                                prop_assert!(after.minor() >= 0, "debt-like claim overpaid: {:?}", l);
                            }
                        }
                    }
                }
            }
        }

        #[test]
        fn decimal_and_date_parsers_never_panic(s in "\\PC{0,24}") {
            let _ = s.parse::<Decimal>();
            let _ = s.parse::<Date>();
            let _ = serde_json::from_str::<ValueEquation>(&s);
        }

        #[test]
        fn decimals_round_trip(m in any::<u64>(), scale in 0u32..=18) {
            let s = m.to_string();
            let text = if scale == 0 || s.len() <= scale as usize {
                s.clone()
            } else {
                format!("{}.{}", &s[..s.len() - scale as usize], &s[s.len() - scale as usize..])
            };
            let d: Decimal = text.parse().unwrap();
            let again: Decimal = d.to_string().parse().unwrap();
            prop_assert_eq!(d.ratio(), again.ratio());
        }
    }
}

#[test]
fn claim_formulas_round_half_away_from_zero_to_the_minor_unit() {
    let eq = equation(
        json!({"name": "t", "unit": "USD", "buckets": [{"name": "a", "percent": "100", "rules": [
        {"kind": "work", "claim": "debt_like", "formula": {"quantity_times": "1.00 USD"}},
        {"kind": "sale", "claim": "debt_like", "formula": {"value_times": "0.333"}}]}]}),
    );
    let cs = contributions(json!([
        {"id": "w", "agent": "ann", "kind": "work", "quantity": "0.125"},
        {"id": "s", "agent": "bob", "kind": "sale", "value": "0.10 USD"}
    ]));
    // 0.125 × 1.00 = 0.125 → 0.13; 0.10 × 0.333 = 0.0333 → 0.03. The amount covers both.
    let st = distribute(&eq, &cs, usd("10")).unwrap();
    assert_eq!(st.amount_of("ann"), usd("0.13"));
    assert_eq!(st.amount_of("bob"), usd("0.03"));
    assert_eq!(st.undistributed, usd("9.84"));
}

#[test]
fn overflowing_budgets_are_errors() {
    let eq = equation(
        json!({"name": "t", "unit": "USD", "buckets": [{"name": "a", "percent": "100", "rules": [
        {"kind": "loan", "claim": "debt_like", "formula": "value"}]}]}),
    );
    let cs = contributions(json!([
        {"id": "a", "agent": "ann", "kind": "loan", "value": "92233720368547758.07 USD"},
        {"id": "b", "agent": "bob", "kind": "loan", "value": "92233720368547758.07 USD"}
    ]));
    let err = distribute(&eq, &cs, usd("1")).unwrap_err();
    assert!(err.to_string().contains("overflow"), "{err}");
    // The largest amount itself is fine.
    let one = contributions(
        json!([{"id": "a", "agent": "ann", "kind": "loan", "value": "92233720368547758.07 USD"}]),
    );
    let max = usd("92233720368547758.07");
    assert_eq!(distribute(&eq, &one, max).unwrap().amount_of("ann"), max);
}
