//! Ledger tests, by subject: treasuries, accounts, income, spending, transfers, reversals
//! and idempotency through the API (`api`), who may do what (`permissions`), bad input
//! (`bad_input`), distributions back to contributors (`distributions`), their approval by the treasury's rule (`distribution_approvals`) and the policies they follow (`policies`), expenses and their approvals (`expenses`), drafts, incomplete, scheduled, spam and approval by consent (`flow`), pending holds (`holds`), random operations against a model in memory (`property`), the chain of seals (`chain`), the public pages and the CSV stream (`pages`), the hledger and Beancount
//! journals checked by the tools themselves (`journals`) and the demo's treasuries
//! (`demo`). The helpers below set up a treasury the way a steward would.

mod api;
mod bad_input;
mod chain;
mod demo;
mod distribution_approvals;
mod distributions;
mod expenses;
mod flow;
mod holds;
mod journals;
mod lines;
mod pages;
mod peer;
mod permissions;
mod policies;
mod property;
mod rules;
mod statements;

use crate::support::{Person, TestApp};
use serde_json::{Value, json};

/// An organization's treasury with its people: `admin` (its steward), `member` (of the
/// organization, not a steward) and `stranger`. Accounts: `bank` (EUR, never below
/// zero), `cash` (EUR), `donors` and `supplier` (EUR counterparties), `hours` (hours).
pub struct World {
    pub admin: Person,
    pub member: Person,
    pub stranger: Person,
    pub handle: String,
}

impl World {
    pub fn api(&self, rest: &str) -> String {
        format!("/api/v1/treasuries/{}{rest}", self.handle)
    }
}

pub async fn world(app: &TestApp, handle: &str) -> World {
    let admin = app.person(&format!("{handle}-ada")).await;
    let member = app.person(&format!("{handle}-bob")).await;
    let stranger = app.person(&format!("{handle}-eve")).await;
    app.org(handle).admin(&admin).member(&member).await;
    app.treasury("organization", handle)
        .opened_by(&admin)
        .flagged("bank", "asset", "EUR")
        .account("cash", "asset", "EUR")
        .account("donors", "external", "EUR")
        .account("supplier", "external", "EUR")
        .account("hours", "asset", "hours")
        .await;
    World {
        admin,
        member,
        stranger,
        handle: handle.to_string(),
    }
}

/// Income of `amount` EUR from donors into `into`, as the steward.
pub async fn donate(app: &TestApp, w: &World, into: &str, amount: &str) -> Value {
    let body = json!({"category": "donation", "amount": amount, "unit": "EUR", "into": into, "from": "donors"});
    app.post_as(&w.admin, &w.api("/income"), body, 201).await
}

/// The balance of each account, as `{name: "decimal"}`.
pub async fn balances(app: &TestApp, w: &World) -> std::collections::BTreeMap<String, String> {
    let b = app
        .call_as(None, reqwest::Method::GET, &w.api("/balances"), None, 200)
        .await;
    b["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .map(|a| {
            (
                a["account"].as_str().expect("name").to_string(),
                a["balance"].as_str().expect("balance").to_string(),
            )
        })
        .collect()
}

/// Rows of the ledger's transactions and legs, and journal events: what a refusal must
/// leave as it was.
pub async fn written(app: &TestApp) -> (i64, i64, i64) {
    (
        app.rows("ledger_transactions").await,
        app.rows("ledger_legs").await,
        app.journal_len().await,
    )
}
