//! Running a value equation: cut the amount into buckets, turn the selected
//! contributions into claims, and share each bucket among its claims.

use super::EquationError;
use super::model::{Bucket, ClaimKind, Contribution, Formula, PercentagesOf, Rule, ValueEquation};
use crate::money::{Money, MoneyError};
use crate::split::{split_capped, split_ratio};
use crate::statement::{ClaimLine, Line, Pool, Statement};
use num_rational::Ratio;

const POLICY: &str = "value equation";

/// Distributes `amount` with `eq` over `contributions`. See the [module doc](super).
pub fn distribute(
    eq: &ValueEquation,
    contributions: &[Contribution],
    amount: Money,
) -> Result<Statement, EquationError> {
    super::validate::equation(eq)?;
    super::validate::contributions(eq.unit, contributions)?;
    if amount.unit() != eq.unit {
        return Err(EquationError::Amount {
            amount: amount.to_string(),
            reason: format!("the equation '{}' is in {}", eq.name, eq.unit),
        });
    }
    if amount.is_negative() {
        return Err(EquationError::Amount {
            amount: amount.to_string(),
            reason: "an amount to distribute cannot be negative".into(),
        });
    }
    let mut run = Run {
        eq,
        contributions,
        paid_now: vec![Money::zero(eq.unit); contributions.len()],
        lines: Vec::new(),
        pools: Vec::new(),
    };
    match eq.percentages_of {
        PercentagesOf::Total => {
            // Cut the total exactly: one more slot for the percentage no bucket takes.
            let mut parts: Vec<(usize, Ratio<u64>)> = eq
                .buckets
                .iter()
                .enumerate()
                .map(|(i, b)| (i, b.percent.ratio()))
                .collect();
            let taken: u64 = eq
                .buckets
                .iter()
                .map(|b| b.percent.millionths() as u64)
                .sum();
            parts.push((eq.buckets.len(), Ratio::new(100_000_000 - taken, 1_000_000)));
            let cuts = if amount.is_zero() {
                vec![amount; parts.len()]
            } else {
                split_ratio(amount, &parts)?
            };
            for (bucket, cut) in eq.buckets.iter().zip(cuts) {
                let basis = format!("{}% of the total {amount}", bucket.percent);
                run.pay_bucket(bucket, cut, basis)?;
            }
        }
        PercentagesOf::Remaining => {
            let mut left = amount;
            for bucket in &eq.buckets {
                // Rounded down to the minor unit; the rounding stays for the next buckets.
                let cut = floor_percent(left, bucket)?;
                let basis = format!("{}% of what remained ({left})", bucket.percent);
                let paid = run.pay_bucket(bucket, cut, basis)?;
                left = left.checked_sub(paid)?;
            }
        }
    }
    let rounding = "bucket amounts: largest remainder over the bucket percentages (percentages of the total) or rounded down (percentages of what remains); inside a bucket: largest remainder over the claims, ties by contribution id, debt-like claims capped at what is owed".to_string();
    let policy = format!("{POLICY} \"{}\"", eq.name);
    Ok(Statement::assemble(
        policy, rounding, amount, run.pools, run.lines,
    )?)
}

fn floor_percent(left: Money, bucket: &Bucket) -> Result<Money, EquationError> {
    let r = bucket.percent.ratio();
    let minor = i128::from(left.minor()) * i128::from(*r.numer()) / (100 * i128::from(*r.denom()));
    let minor = i64::try_from(minor).map_err(|_| MoneyError::Overflow("bucket amount"))?;
    Ok(Money::from_minor(minor, left.unit()))
}

struct Run<'a> {
    eq: &'a ValueEquation,
    contributions: &'a [Contribution],
    /// Paid in this run so far, per contribution (by position in the list).
    paid_now: Vec<Money>,
    lines: Vec<(String, Line)>,
    pools: Vec<Pool>,
}

/// A contribution's claim in one bucket.
struct Claim<'a> {
    contribution: &'a Contribution,
    /// Position of the contribution in the list.
    position: usize,
    line: ClaimLine,
    weight: Money,
    cap: Option<Money>,
}

impl<'a> Run<'a> {
    /// Pays one bucket; returns what it paid.
    fn pay_bucket(
        &mut self,
        bucket: &Bucket,
        cut: Money,
        basis: String,
    ) -> Result<Money, EquationError> {
        let unit = self.eq.unit;
        let mut paid = Money::zero(unit);
        if let Some(agent) = &bucket.agent {
            if !cut.is_zero() {
                self.lines.push((
                    agent.clone(),
                    Line {
                        amount: cut,
                        policy: POLICY.into(),
                        pool: Some(bucket.name.clone()),
                        contributions: Vec::new(),
                        claim: None,
                        weight: "1".into(),
                        total_weight: "1".into(),
                        reason: format!(
                            "bucket '{}' pays all of its {cut} to {agent}",
                            bucket.name
                        ),
                    },
                ));
            }
            paid = cut;
        } else {
            let claims = self.claims(bucket)?;
            let open: Vec<&Claim> = claims.iter().filter(|c| !c.weight.is_zero()).collect();
            if !open.is_empty() && !cut.is_zero() {
                let recipients: Vec<(&str, u64, Option<u64>)> = open
                    .iter()
                    .map(|c| {
                        let cap = c.cap.map(|m| m.minor().unsigned_abs());
                        (
                            c.contribution.id.as_str(),
                            c.weight.minor().unsigned_abs(),
                            cap,
                        )
                    })
                    .collect();
                let (shares, _surplus) = split_capped(cut, &recipients)?;
                let total_weight = Money::checked_sum(unit, open.iter().map(|c| c.weight))?;
                for (claim, share) in open.iter().zip(shares) {
                    paid = paid.checked_add(share)?;
                    self.record(bucket, claim, share, cut, total_weight)?;
                }
            }
        }
        self.pools.push(Pool {
            name: bucket.name.clone(),
            basis,
            amount: cut,
            paid,
            surplus: cut.checked_sub(paid)?,
        });
        Ok(paid)
    }

    fn record(
        &mut self,
        bucket: &Bucket,
        claim: &Claim<'a>,
        share: Money,
        pool: Money,
        total_weight: Money,
    ) -> Result<(), EquationError> {
        let id = claim.contribution.id.as_str();
        let paid = &mut self.paid_now[claim.position];
        *paid = paid.checked_add(share)?;
        let mut line = claim.line.clone();
        if let Some(owed) = line.outstanding_before {
            line.outstanding_after = Some(owed.checked_sub(share)?);
        }
        // A debt-like claim paid everything it was owed is settled (it may have been capped).
        let settled = match claim.cap {
            Some(cap) if cap == share => "; this settles the claim",
            _ => "",
        };
        let reason = format!(
            "bucket '{}' shares {pool} in proportion to claims: weight {} of {total_weight}{settled}",
            bucket.name, claim.weight
        );
        self.lines.push((
            claim.contribution.agent.clone(),
            Line {
                amount: share,
                policy: POLICY.into(),
                pool: Some(bucket.name.clone()),
                contributions: vec![id.to_string()],
                claim: Some(line),
                weight: claim.weight.to_string(),
                total_weight: total_weight.to_string(),
                reason,
            },
        ));
        Ok(())
    }

    /// Claims of the contributions this bucket selects, in file order.
    fn claims(&self, bucket: &Bucket) -> Result<Vec<Claim<'a>>, EquationError> {
        let mut out = Vec::new();
        for (position, c) in self
            .contributions
            .iter()
            .enumerate()
            .filter(|(_, c)| bucket.filter.matches(c))
        {
            let Some((index, rule)) = bucket
                .rules
                .iter()
                .enumerate()
                .find(|(_, r)| r.kind == c.kind && r.filter.matches(c))
            else {
                continue;
            };
            let (value, formula) = claim_value(c, rule).map_err(|reason| EquationError::Rule {
                bucket: bucket.name.clone(),
                index: index + 1,
                kind: rule.kind.clone(),
                reason: format!("contribution '{}': {reason}", c.id),
            })?;
            let unit = self.eq.unit;
            let paid_now = self.paid_now[position];
            let paid_total = c.paid.unwrap_or(Money::zero(unit)).checked_add(paid_now)?;
            let (weight, cap, owed) = match rule.claim {
                ClaimKind::DebtLike => {
                    let owed = value.checked_sub(paid_total)?;
                    let owed = if owed.is_negative() {
                        Money::zero(unit)
                    } else {
                        owed
                    };
                    (owed, Some(owed), Some(owed))
                }
                ClaimKind::EquityLike => (value, None, None),
                ClaimKind::Once if c.paid_runs > 0 || !paid_now.is_zero() => {
                    (Money::zero(unit), None, None)
                }
                ClaimKind::Once => (value, None, None),
            };
            out.push(Claim {
                contribution: c,
                position,
                line: ClaimLine {
                    kind: rule.claim,
                    formula,
                    value,
                    outstanding_before: owed,
                    outstanding_after: owed,
                },
                weight,
                cap,
            });
        }
        Ok(out)
    }
}

/// The claim value of a contribution under a rule, and how it was computed.
fn claim_value(c: &Contribution, rule: &Rule) -> Result<(Money, String), String> {
    let overflow = || "the claim overflows 64-bit minor units".to_string();
    let value = || {
        c.value.ok_or_else(|| {
            "the rule takes the money value, but the contribution has no \"value\"".to_string()
        })
    };
    Ok(match &rule.formula {
        Formula::Value => {
            let v = value()?;
            (v, format!("value {v}"))
        }
        Formula::ValueTimes(f) => {
            let v = value()?;
            let minor = f.mul_minor(v.minor()).ok_or_else(overflow)?;
            (
                Money::from_minor(minor, v.unit()),
                format!("value {v} × {f}"),
            )
        }
        Formula::QuantityTimes(rate) => {
            let q = c.quantity.ok_or_else(|| {
                "the rule multiplies the quantity, but the contribution has no \"quantity\""
                    .to_string()
            })?;
            let minor = q.mul_minor(rate.minor()).ok_or_else(overflow)?;
            (
                Money::from_minor(minor, rate.unit()),
                format!("quantity {q} × {rate}"),
            )
        }
        Formula::Fixed(m) => (*m, format!("fixed {m}")),
    })
}
