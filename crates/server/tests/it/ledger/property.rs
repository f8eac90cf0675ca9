//! The ledger against a naive model in memory: random sequences of income, spending,
//! transfers, holds (placed, posted in part, voided), and reversals, sent through the API.
//! After every step the server must have answered what the model predicts (written, or
//! refused with the model's reason), and at the end every balance and every amount held
//! must be the model's: per unit the legs sum to zero, the flagged account never goes
//! below what is held, each hold resolves once, each transaction is reversed at most once.
//! Seeds are fixed, so a failure names the seed that reproduces it.

use super::world;
use crate::support::TestApp;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use reqwest::Method;
use serde_json::json;
use std::collections::BTreeMap;

const SEEDS: u64 = 8;
const STEPS: usize = 60;

/// A transaction as the model keeps it: its legs (account, cents) and whether it was
/// reversed or is a reversal.
struct Tx {
    legs: Vec<(&'static str, i64)>,
    reversed: bool,
    reversal: bool,
}

#[derive(Default)]
struct Model {
    balances: BTreeMap<&'static str, i64>,
    /// Pending holds by number: cents set aside from the bank.
    holds: BTreeMap<i64, i64>,
    next_hold: i64,
    txs: Vec<Tx>,
}

impl Model {
    fn available(&self) -> i64 {
        self.balances.get("bank").copied().unwrap_or(0) - self.holds.values().sum::<i64>()
    }
    /// Whether legs may be written: the flagged bank stays at or above what is held.
    fn fits(&self, legs: &[(&'static str, i64)]) -> bool {
        let delta: i64 = legs.iter().filter(|l| l.0 == "bank").map(|l| l.1).sum();
        self.available() + delta >= 0
    }
    fn apply(&mut self, legs: Vec<(&'static str, i64)>, reversal: bool) {
        for (a, c) in &legs {
            *self.balances.entry(a).or_default() += c;
        }
        self.txs.push(Tx {
            legs,
            reversed: false,
            reversal,
        });
    }
}

/// A step: its address, its body, the legs it writes, and the refusal the model expects.
type Step = (
    String,
    serde_json::Value,
    Vec<(&'static str, i64)>,
    Option<&'static str>,
);

fn eur(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

fn cents(s: &str) -> i64 {
    let neg = s.starts_with('-');
    let (u, c) = s
        .trim_start_matches('-')
        .split_once('.')
        .expect("two decimals");
    let v = u.parse::<i64>().expect("units") * 100 + c.parse::<i64>().expect("cents");
    if neg { -v } else { v }
}

#[tokio::test]
async fn random_operations_agree_with_a_model_in_memory() {
    // What the runs went through, so that a run that never tried a case shows.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for seed in 0..SEEDS {
        let app = TestApp::spawn().await;
        let w = world(&app, &format!("prop{seed}")).await;
        let mut rng = StdRng::seed_from_u64(seed);
        let mut m = Model::default();
        let expires = (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(48)).to_string();
        for step in 0..STEPS {
            let amount = rng.random_range(1..=4000i64);
            let pick = rng.random_range(0..100);
            let (path, body, legs, expect): Step;
            let mut hold_posted: Option<(i64, i64)> = None;
            let mut hold_voided: Option<i64> = None;
            let mut reversing: Option<usize> = None;
            let mut new_hold: Option<i64> = None;
            if pick < 25 {
                let into = if rng.random_bool(0.7) { "bank" } else { "cash" };
                path = w.api("/income");
                body = json!({"category": "donation", "amount": eur(amount), "unit": "EUR", "into": into, "from": "donors"});
                legs = vec![(into, amount), ("donors", -amount)];
                expect = None;
            } else if pick < 45 {
                let from = if rng.random_bool(0.7) { "bank" } else { "cash" };
                path = w.api("/spending");
                body =
                    json!({"amount": eur(amount), "unit": "EUR", "from": from, "to": "supplier"});
                legs = vec![(from, -amount), ("supplier", amount)];
                expect = (!m.fits(&legs)).then_some("overdraft");
            } else if pick < 55 {
                let (a, b) = if rng.random_bool(0.5) {
                    ("bank", "cash")
                } else {
                    ("cash", "bank")
                };
                path = w.api("/transactions");
                body = json!({"legs": [{"account": a, "amount": format!("-{}", eur(amount)), "unit": "EUR"},
                                       {"account": b, "amount": eur(amount), "unit": "EUR"}]});
                legs = vec![(a, -amount), (b, amount)];
                expect = (!m.fits(&legs)).then_some("overdraft");
            } else if pick < 70 {
                path = w.api("/holds");
                body = json!({"from": "bank", "to": "supplier", "amount": eur(amount), "unit": "EUR", "expires_at": expires});
                legs = vec![];
                expect = (m.available() < amount).then_some("overdraft");
                // A refused hold takes no number.
                if expect.is_none() {
                    m.next_hold += 1;
                    new_hold = Some(amount);
                }
            } else if pick < 80 && m.next_hold > 0 {
                let n = rng.random_range(1..=m.next_hold);
                let part = rng.random_range(1..=amount.max(1));
                path = w.api(&format!("/holds/{n}/post"));
                match m.holds.get(&n).copied() {
                    Some(held) => {
                        let posted = part.min(held);
                        body = json!({"amount": eur(posted)});
                        legs = vec![("bank", -posted), ("supplier", posted)];
                        expect = None;
                        hold_posted = Some((n, posted));
                    }
                    None => {
                        body = json!({});
                        legs = vec![];
                        expect = Some("hold_state");
                    }
                }
            } else if pick < 85 && m.next_hold > 0 {
                let n = rng.random_range(1..=m.next_hold);
                path = w.api(&format!("/holds/{n}/void"));
                body = json!(null);
                legs = vec![];
                expect = if m.holds.contains_key(&n) {
                    hold_voided = Some(n);
                    None
                } else {
                    Some("hold_state")
                };
            } else if !m.txs.is_empty() {
                let i = rng.random_range(0..m.txs.len());
                let t = &m.txs[i];
                path = w.api(&format!("/transactions/{}/reverse", i + 1));
                body = json!({});
                legs = t.legs.iter().map(|(a, c)| (*a, -c)).collect();
                expect = if t.reversal {
                    Some("reversal_of_reversal")
                } else if t.reversed {
                    Some("already_reversed")
                } else if !m.fits(&legs) {
                    Some("overdraft")
                } else {
                    reversing = Some(i);
                    None
                };
            } else {
                continue;
            }
            let method = Method::POST;
            let body = if body.is_null() { None } else { Some(body) };
            let decides_hold = path.ends_with("/post") || path.ends_with("/void");
            let want = match expect {
                Some(_) => 409,
                None if decides_hold => 200,
                None => 201,
            };
            let answer = app.call_as(Some(&w.admin), method, &path, body, want).await;
            let kind = path.rsplit('/').next().unwrap_or("").to_string();
            let kind = if kind.chars().all(|c| c.is_ascii_digit()) {
                "reverse".into()
            } else {
                kind
            };
            *seen
                .entry(format!("{kind}:{}", expect.unwrap_or("ok")))
                .or_default() += 1;
            if let Some(code) = expect {
                assert_eq!(
                    answer["code"], code,
                    "seed {seed} step {step}: {path}: {answer}"
                );
                continue;
            }
            if let Some(a) = new_hold {
                m.holds.insert(m.next_hold, a);
            } else if let Some((n, posted)) = hold_posted {
                m.holds.remove(&n);
                m.apply(vec![("bank", -posted), ("supplier", posted)], false);
            } else if let Some(n) = hold_voided {
                m.holds.remove(&n);
            } else if let Some(i) = reversing {
                m.txs[i].reversed = true;
                m.apply(legs, true);
            } else if !legs.is_empty() {
                m.apply(legs, false);
            }
        }
        let b = app
            .call_as(None, Method::GET, &w.api("/balances"), None, 200)
            .await;
        let mut sum = 0;
        for a in b["accounts"].as_array().expect("accounts") {
            if a["unit"] != "EUR" {
                continue;
            }
            let name = a["account"].as_str().expect("name");
            let got = cents(a["balance"].as_str().expect("balance"));
            sum += got;
            assert_eq!(
                got,
                m.balances.get(name).copied().unwrap_or(0),
                "seed {seed}: {name}"
            );
            if name == "bank" {
                let held: i64 = m.holds.values().sum();
                let shown = a["held"].as_str().map(cents).unwrap_or(0);
                assert_eq!(shown, held, "seed {seed}: held");
                assert!(
                    got - held >= 0,
                    "seed {seed}: the bank went below what is held"
                );
            }
        }
        assert_eq!(sum, 0, "seed {seed}: the legs do not sum to zero");
        let off = app
            .state
            .db
            .read(commonfare::ledger::balances_off)
            .await
            .expect("kept balances");
        assert!(
            off.is_empty(),
            "seed {seed}: kept balances differ from the legs: {off:?}"
        );
        let written = app.rows("ledger_transactions").await as usize;
        assert_eq!(written, m.txs.len(), "seed {seed}");
    }
    for case in [
        "income:ok",
        "spending:ok",
        "spending:overdraft",
        "transactions:ok",
        "holds:ok",
        "holds:overdraft",
        "post:ok",
        "post:hold_state",
        "void:ok",
        "reverse:ok",
        "reverse:already_reversed",
        "reverse:reversal_of_reversal",
    ] {
        assert!(seen.contains_key(case), "no run tried {case}: {seen:?}");
    }
}
