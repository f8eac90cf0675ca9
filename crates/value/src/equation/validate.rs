//! Checks an equation and its contributions before anything is paid, so that every
//! mistake is reported with the element it is in (bucket, rule, contribution).

use super::EquationError;
use super::model::{Contribution, Formula, PercentagesOf, ValueEquation};
use crate::money::{Money, Unit};
use std::collections::HashSet;

pub fn equation(eq: &ValueEquation) -> Result<(), EquationError> {
    if eq.buckets.is_empty() {
        return Err(EquationError::Equation(format!(
            "'{}' has no buckets: add at least one",
            eq.name
        )));
    }
    let mut names = HashSet::new();
    for bucket in &eq.buckets {
        let fail = |reason: String| EquationError::Bucket {
            bucket: bucket.name.clone(),
            reason,
        };
        if !names.insert(bucket.name.as_str()) {
            return Err(fail(
                "two buckets have this name: names must be unique".into(),
            ));
        }
        if bucket.percent.scale() > 6 {
            return Err(fail(format!(
                "percentage {} has more than 6 decimal digits",
                bucket.percent
            )));
        }
        if bucket.percent.exceeds(100) {
            return Err(fail(format!("percentage {} is over 100", bucket.percent)));
        }
        match (&bucket.agent, bucket.rules.is_empty()) {
            (Some(_), false) => {
                return Err(fail(
                    "has both an agent and rules: a bucket pays a fixed agent or shares among contributions, not both"
                        .into(),
                ));
            }
            (Some(_), true) if bucket.filter != Default::default() => {
                return Err(fail(
                    "pays a fixed agent, so it cannot have a filter".into(),
                ));
            }
            (None, true) => {
                return Err(fail(
                    "has neither an agent nor rules: say whom it pays".into(),
                ));
            }
            _ => {}
        }
        for (index, rule) in bucket.rules.iter().enumerate() {
            let money = match &rule.formula {
                Formula::QuantityTimes(m) | Formula::Fixed(m) => Some(*m),
                Formula::Value | Formula::ValueTimes(_) => None,
            };
            if let Some(m) = money {
                let reason = if m.unit() != eq.unit {
                    Some(format!(
                        "amount {m} is not in the equation's unit {}",
                        eq.unit
                    ))
                } else if m.is_negative() {
                    Some(format!("amount {m} is negative"))
                } else {
                    None
                };
                if let Some(reason) = reason {
                    return Err(EquationError::Rule {
                        bucket: bucket.name.clone(),
                        index: index + 1,
                        kind: rule.kind.clone(),
                        reason,
                    });
                }
            }
        }
    }
    if eq.percentages_of == PercentagesOf::Total {
        // In millionths of a percent (at most 6 decimals were allowed above), exactly.
        let total: u128 = eq.buckets.iter().map(|b| b.percent.millionths()).sum();
        if total > 100_000_000 {
            return Err(EquationError::Equation(format!(
                "'{}': bucket percentages add up to {}.{:06} (over 100) while they are percentages of the total; lower them or use \"percentages_of\": \"remaining\"",
                eq.name,
                total / 1_000_000,
                total % 1_000_000
            )));
        }
    }
    Ok(())
}

pub fn contributions(unit: Unit, list: &[Contribution]) -> Result<(), EquationError> {
    let mut ids = HashSet::new();
    for c in list {
        let fail = |reason: String| EquationError::Contribution {
            id: c.id.clone(),
            reason,
        };
        if !ids.insert(c.id.as_str()) {
            return Err(fail(
                "two contributions have this id: ids must be unique".into(),
            ));
        }
        for (field, m) in [("value", c.value), ("paid", c.paid)] {
            if let Some(m) = m {
                check_money(unit, field, m).map_err(fail)?;
            }
        }
    }
    Ok(())
}

fn check_money(unit: Unit, field: &str, m: Money) -> Result<(), String> {
    if m.unit() != unit {
        Err(format!("{field} {m} is not in the equation's unit {unit}"))
    } else if m.is_negative() {
        Err(format!("{field} {m} is negative"))
    } else {
        Ok(())
    }
}
