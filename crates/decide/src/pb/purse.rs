//! Voters' money during a run of the Method of Equal Shares, kept exact and fast: every
//! amount is an integer count of one common unit 1/`den`, and voters with the same amount
//! share a *class*. Sums and comparisons are then integer operations without gcds; the
//! unit is refined only when a payment does not divide evenly, then reduced again.

use super::q::Q;
use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{ToPrimitive, Zero};

#[derive(Clone, Debug)]
pub struct Purses {
    /// The money unit is 1/den.
    pub den: BigInt,
    /// Money of each class in units; class 0 is the empty purse.
    pub num: Vec<BigInt>,
    /// Voters in each class (0 = dead class, never touched again).
    pub members: Vec<u64>,
    /// Size of the denominator after the last reduction.
    reduced_bits: u64,
    /// Each class's money as a float, only to screen candidates (never to decide).
    pub approx: Vec<f64>,
    /// Each project's cost in units.
    pub cost: Vec<BigInt>,
}

fn parts(q: &Q) -> (BigInt, BigInt) {
    let b = q.to_big();
    (b.numer().clone(), b.denom().clone())
}

impl Purses {
    /// Every one of `voters` voters holds `per_voter`; `costs` are the project costs.
    pub fn new(per_voter: &Q, costs: &[Q], voters: u64) -> Purses {
        let (pn, pd) = parts(per_voter);
        let cost_parts: Vec<(BigInt, BigInt)> = costs.iter().map(parts).collect();
        let den = cost_parts.iter().fold(pd.clone(), |l, (_, d)| l.lcm(d));
        let cost = cost_parts.iter().map(|(n, d)| n * (&den / d)).collect();
        let start = pn * (&den / &pd);
        Purses {
            approx: vec![0.0, per_voter.to_f64()],
            reduced_bits: den.bits(),
            den,
            num: vec![BigInt::zero(), start],
            members: vec![0, voters],
            cost,
        }
    }

    /// `units` as an exact amount of money.
    pub fn amount(&self, units: &BigInt) -> Q {
        Q::from_big(BigRational::new(units.clone(), self.den.clone()))
    }

    /// `units` as a float (each part rounded once, so the relative error is tiny).
    pub fn to_f64(&self, units: &BigInt) -> f64 {
        if self.den.bits() < 1000 && units.bits() < 1000 {
            units.to_f64().unwrap_or(f64::NAN) / self.den.to_f64().unwrap_or(f64::NAN)
        } else {
            self.amount(units).to_f64()
        }
    }

    /// Total money of all voters.
    pub fn total(&self) -> Q {
        let units = self
            .num
            .iter()
            .zip(&self.members)
            .fold(BigInt::zero(), |a, (n, &m)| a + n * m);
        self.amount(&units)
    }

    /// Voters who still have money.
    pub fn voters_with_money(&self) -> u64 {
        self.num
            .iter()
            .zip(&self.members)
            .filter(|(n, _)| !n.is_zero())
            .map(|(_, m)| m)
            .sum()
    }

    /// The supporters in `groups` (ballot groups with multiplicities `mult`, in classes
    /// `class_of`) each pay `x / left` units or everything they have if that is less.
    /// Returns how many paid everything.
    pub fn pay(
        &mut self,
        class_of: &mut [u32],
        groups: &[u32],
        mult: &[u64],
        x: &BigInt,
        left: u64,
    ) -> u64 {
        let left_big = BigInt::from(left);
        let (q, r) = x.div_rem(&left_big);
        let refined = !r.is_zero();
        let share = if refined {
            self.refine(&left_big);
            x.clone()
        } else {
            q
        };
        let mut moved = vec![u32::MAX; self.num.len()];
        let mut paying_all = 0;
        for &g in groups {
            let (g, m) = (g as usize, mult[g as usize]);
            let c = class_of[g] as usize;
            if c != 0 && moved[c] == u32::MAX {
                moved[c] = if self.num[c] <= share {
                    0
                } else {
                    self.num.push(&self.num[c] - &share);
                    self.members.push(0);
                    self.approx.push(0.0);
                    (self.num.len() - 1) as u32
                };
            }
            let to = if c == 0 { 0 } else { moved[c] as usize };
            if to == 0 {
                paying_all += m;
            }
            self.members[c] -= m;
            self.members[to] += m;
            class_of[g] = to as u32;
        }
        // Reducing costs a big division per class; do it only when the unit has grown a lot.
        if refined && self.den.bits() > self.reduced_bits + 256 {
            self.reduce(left);
            self.reduced_bits = self.den.bits();
        }
        for &to in &moved {
            if to != u32::MAX && to != 0 {
                self.approx[to as usize] = self.to_f64(&self.num[to as usize]);
            }
        }
        paying_all
    }

    /// Multiplies the unit's denominator by `k` (all amounts scale up with it).
    fn refine(&mut self, k: &BigInt) {
        self.den *= k;
        for (n, &m) in self.num.iter_mut().zip(&self.members) {
            if m > 0 {
                *n *= k;
            }
        }
        for c in &mut self.cost {
            *c *= k;
        }
    }

    /// After a refinement by `k`, divides every amount and the denominator by the part of
    /// `k` they all share, keeping numbers small. Only factors of `k` are tried: they are
    /// the only new common factors, and a small gcd is cheap (big-integer gcds are not).
    fn reduce(&mut self, k: u64) {
        let mut g = k;
        let live = self
            .num
            .iter()
            .zip(&self.members)
            .filter(|(_, m)| **m > 0)
            .map(|(n, _)| n);
        for n in std::iter::once(&self.den)
            .chain(live)
            .chain(self.cost.iter())
        {
            if g == 1 {
                return;
            }
            let r = (n % g).magnitude().iter_u64_digits().next().unwrap_or(0);
            g = g.gcd(&r);
        }
        let g = BigInt::from(g);
        self.den /= &g;
        for (n, &m) in self.num.iter_mut().zip(&self.members) {
            if m > 0 {
                *n /= &g;
            }
        }
        for c in &mut self.cost {
            *c /= &g;
        }
    }

    /// Orders classes by money: floats for classes far apart, exact integers for close ones.
    pub fn cmp_classes(&self, a: u32, b: u32) -> std::cmp::Ordering {
        let (fa, fb) = (self.approx[a as usize], self.approx[b as usize]);
        if (fa - fb).abs() > 1e-9 * fa.abs().max(fb.abs()) {
            fa.total_cmp(&fb)
        } else {
            self.num[a as usize].cmp(&self.num[b as usize])
        }
    }
}
