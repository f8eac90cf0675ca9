//! SourceCred's integer grain arithmetic (FORMAT.md §4.4, `src/core/ledger/grain.js`):
//! amounts are integers in the smallest unit (attoGrain, cents…), multiplied by a float
//! only through `mulF`, and a budget is split sequentially so the pieces sum exactly to it.

use super::GrainError;

/// An amount in the smallest unit. Signed because SourceCred's arithmetic is (a split that
/// overspends goes negative before it is rejected); inputs are never negative.
pub type Amount = i128;

/// Parses a decimal integer string: digits only, no sign, no leading zeros.
pub fn parse_amount(s: &str) -> Result<Amount, String> {
    let digits_only = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits_only {
        return Err(format!(
            "amount {s:?} must be a decimal integer in the smallest unit, e.g. \"1000\""
        ));
    }
    if s.len() > 1 && s.starts_with('0') {
        return Err(format!("amount {s:?} has leading zeros"));
    }
    s.parse::<Amount>()
        .map_err(|_| format!("amount {s:?} is too large (the limit is {})", Amount::MAX))
}

/// `floor(f64(g) · x)`, exactly as SourceCred's `multiplyFloat`: the integer is rounded to
/// the nearest double, the product floored, and the result converted back exactly.
pub fn mul_f(g: Amount, x: f64) -> Result<Amount, GrainError> {
    if !x.is_finite() {
        return Err(GrainError::new(format!(
            "cannot multiply an amount by the non-finite factor {x}"
        )));
    }
    if x == 1.0 {
        return Ok(g);
    }
    let y = ((g as f64) * x).floor();
    // 2^127 is exactly representable; anything at or beyond it does not fit.
    const LIMIT: f64 = 170_141_183_460_469_231_731_687_303_715_884_105_728.0;
    if !(-LIMIT..LIMIT).contains(&y) {
        return Err(GrainError::new(format!(
            "amount overflow: {g} × {x} does not fit in 128 bits"
        )));
    }
    Ok(y as Amount)
}

/// Splits `budget` over `scores` SourceCred's way: each piece is the floor of the remaining
/// budget times this score's share of the remaining score; what rounding leaves goes to the
/// last entry. The pieces always sum exactly to `budget`.
pub fn split_budget(budget: Amount, scores: &[f64]) -> Result<Vec<Amount>, GrainError> {
    let mut total = 0.0;
    for &s in scores {
        total += s;
    }
    if !(total.is_finite() && total > 0.0) {
        return Err(GrainError::new(format!(
            "total score must be positive, got {total}: nobody qualifies for this policy"
        )));
    }
    let mut score_left = total;
    let mut budget_left = budget;
    let mut pieces = Vec::with_capacity(scores.len());
    for (i, &s) in scores.iter().enumerate() {
        if s.is_nan() || s < 0.0 {
            return Err(GrainError::new(format!("score {i} is {s}, must be ≥ 0")));
        }
        if s == 0.0 || score_left == 0.0 {
            pieces.push(0);
            continue;
        }
        let share = (s / score_left).min(1.0);
        let piece = mul_f(budget_left, share)?;
        budget_left -= piece;
        score_left -= s;
        pieces.push(piece);
    }
    if budget_left < 0 {
        return Err(GrainError::new("split overspent the budget"));
    }
    if let Some(last) = pieces.last_mut() {
        *last += budget_left;
    }
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn format_md_small_budget_example() {
        assert_eq!(
            split_budget(7, &[2.69, 0.032, 0.016]).unwrap(),
            vec![6, 0, 1]
        );
    }

    #[test]
    fn amounts_parse_strictly() {
        assert_eq!(parse_amount("0"), Ok(0));
        assert_eq!(
            parse_amount("100000000000000000000"),
            Ok(100_000_000_000_000_000_000)
        );
        for bad in [
            "",
            "-1",
            "01",
            "1.5",
            " 1",
            "1e3",
            "999999999999999999999999999999999999999999",
        ] {
            assert!(parse_amount(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn errors_instead_of_panics() {
        assert!(split_budget(10, &[0.0, 0.0]).is_err());
        assert!(split_budget(10, &[]).is_err());
        assert!(split_budget(10, &[1.0, f64::NAN]).is_err());
        assert!(mul_f(Amount::MAX, 4.0).is_err());
        assert!(mul_f(3, f64::INFINITY).is_err());
    }

    proptest! {
        #[test]
        fn pieces_sum_to_budget(budget in 0i128..(1i128 << 100),
                                scores in proptest::collection::vec(0.0f64..1e6, 1..40)) {
            prop_assume!(scores.iter().sum::<f64>() > 0.0);
            let pieces = split_budget(budget, &scores).unwrap();
            prop_assert_eq!(pieces.iter().sum::<Amount>(), budget);
            prop_assert!(pieces.iter().all(|&p| p >= 0));
        }
    }
}
