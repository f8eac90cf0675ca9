//! The journal events of the ledger: each type with the payload it carries (see
//! `journal::types`). Every payload names its treasury by handle; amounts are written as
//! text (`"50.00 EUR"`), never as a float.

use crate::journal::{Args, Entry, EventType, ObjectKind::*, Payload, Verb::*};
use serde::{Deserialize, Serialize};

/// A treasury was opened by an admin of its organization or a maintainer of its commons.
#[derive(Debug, Serialize, Deserialize)]
pub struct Opened {
    pub treasury: String,
    /// `organization`, `commons` or `person`.
    pub owner: String,
    /// The handles of its first stewards.
    pub stewards: Vec<String>,
}

/// A steward opened an account in a treasury.
#[derive(Debug, Serialize, Deserialize)]
pub struct AccountOpened {
    pub treasury: String,
    pub account: String,
    pub kind: String,
    pub unit: String,
    pub must_not_go_negative: bool,
}

/// One leg as the journal keeps it.
#[derive(Debug, Serialize, Deserialize)]
pub struct LegLine {
    pub account: String,
    pub amount: String,
}

/// A steward recorded a transaction (income, spending or a transfer).
#[derive(Debug, Serialize, Deserialize)]
pub struct Recorded {
    pub treasury: String,
    pub number: i64,
    pub flow: String,
    pub category: Option<String>,
    pub booked_on: String,
    pub reference: String,
    pub earmark: Option<String>,
    pub legs: Vec<LegLine>,
}

/// A steward reversed a transaction: a new one with every leg negated.
#[derive(Debug, Serialize, Deserialize)]
pub struct Reversed {
    pub treasury: String,
    pub number: i64,
    pub reverses: i64,
}

/// One recipient's share as the journal keeps it: the person's handle and the amount.
#[derive(Debug, Serialize, Deserialize)]
pub struct ShareLine {
    pub person: String,
    pub amount: String,
}

/// A steward previewed a distribution of a commons treasury's money to its contributors.
#[derive(Debug, Serialize, Deserialize)]
pub struct DistributionPreviewed {
    pub treasury: String,
    pub number: i64,
    pub policy: String,
    pub amount: String,
    pub recipients: usize,
}

/// A steward posted a previewed distribution: one ledger transaction, one leg per
/// recipient. Who receives what is public.
#[derive(Debug, Serialize, Deserialize)]
pub struct DistributionPosted {
    pub treasury: String,
    pub number: i64,
    pub amount: String,
    /// The number of the ledger transaction that holds it.
    pub transaction: i64,
    pub shares: Vec<ShareLine>,
}

/// A steward discarded a previewed distribution: nothing was booked.
#[derive(Debug, Serialize, Deserialize)]
pub struct DistributionDiscarded {
    pub treasury: String,
    pub number: i64,
}

impl Payload for DistributionPreviewed {
    const ARGS: &'static [&'static str] = &["treasury", "number", "amount", "policy"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("amount", &self.amount);
        a.text("policy", &self.policy);
    }
}

impl Payload for DistributionPosted {
    const ARGS: &'static [&'static str] = &["treasury", "number", "amount", "recipients"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("amount", &self.amount);
        a.text("recipients", self.shares.len().to_string());
    }
}

impl Payload for DistributionDiscarded {
    const ARGS: &'static [&'static str] = &["treasury", "number"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
    }
}

impl Payload for Opened {
    const ARGS: &'static [&'static str] = &["treasury"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
    }
}

impl Payload for AccountOpened {
    const ARGS: &'static [&'static str] = &["treasury", "account"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("account", &self.account);
    }
}

impl Payload for Recorded {
    const ARGS: &'static [&'static str] = &["treasury", "number", "flow"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("flow", &self.flow);
    }
}

impl Payload for Reversed {
    const ARGS: &'static [&'static str] = &["treasury", "number", "reverses"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("reverses", self.reverses.to_string());
    }
}

pub const OPENED: EventType<Opened> = EventType::new(
    "treasury.opened",
    Create,
    Treasury,
    "an admin or maintainer opened the treasury of their organization or commons",
);
pub const ACCOUNT_OPENED: EventType<AccountOpened> = EventType::new(
    "treasury.account_opened",
    Add,
    Treasury,
    "a steward opened an account in a treasury",
);
pub const RECORDED: EventType<Recorded> = EventType::new(
    "ledger_transaction.recorded",
    Create,
    LedgerTransaction,
    "a steward recorded income, spending or a transfer",
);
pub const REVERSED: EventType<Reversed> = EventType::new(
    "ledger_transaction.reversed",
    Undo,
    LedgerTransaction,
    "a steward reversed a transaction with a new one that negates it",
);

pub const DISTRIBUTION_PREVIEWED: EventType<DistributionPreviewed> = EventType::new(
    "distribution.previewed",
    Create,
    Distribution,
    "a steward previewed how an amount would be shared among a commons' contributors",
);
pub const DISTRIBUTION_POSTED: EventType<DistributionPosted> = EventType::new(
    "distribution.posted",
    Accept,
    Distribution,
    "a steward posted a distribution to the ledger: what each contributor is owed",
);
pub const DISTRIBUTION_DISCARDED: EventType<DistributionDiscarded> = EventType::new(
    "distribution.discarded",
    Delete,
    Distribution,
    "a steward discarded a previewed distribution",
);

/// Every event type of the ledger.
pub static EVENTS: &[Entry] = &[
    OPENED.entry(),
    ACCOUNT_OPENED.entry(),
    RECORDED.entry(),
    REVERSED.entry(),
    DISTRIBUTION_PREVIEWED.entry(),
    DISTRIBUTION_POSTED.entry(),
    DISTRIBUTION_DISCARDED.entry(),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::lines::Tried;

    /// Every type has a line in every language; the English one says what the stored
    /// summary says.
    #[test]
    fn every_type_has_its_line() {
        let ada = Some("ada");
        let mut t = Tried::new(EVENTS);
        t.line(
            "treasury.opened",
            ada,
            Opened {
                treasury: "makers".into(),
                owner: "organization".into(),
                stewards: vec!["ada".into()],
            },
            "@ada opened the treasury of makers",
        );
        t.line(
            "treasury.account_opened",
            ada,
            AccountOpened {
                treasury: "makers".into(),
                account: "bank".into(),
                kind: "asset".into(),
                unit: "EUR".into(),
                must_not_go_negative: true,
            },
            "@ada opened the account bank in the treasury of makers",
        );
        t.line(
            "ledger_transaction.recorded",
            ada,
            Recorded {
                treasury: "makers".into(),
                number: 3,
                flow: "income".into(),
                category: Some("donation".into()),
                booked_on: "2026-12-01".into(),
                reference: "TRF-1".into(),
                earmark: None,
                legs: vec![],
            },
            "@ada recorded income #3 in the treasury of makers",
        );
        t.line(
            "ledger_transaction.reversed",
            ada,
            Reversed {
                treasury: "makers".into(),
                number: 4,
                reverses: 3,
            },
            "@ada reversed transaction #3 of the treasury of makers with #4",
        );
        t.line(
            "distribution.previewed",
            ada,
            DistributionPreviewed {
                treasury: "manuals".into(),
                number: 1,
                policy: "credrank".into(),
                amount: "150.00 EUR".into(),
                recipients: 4,
            },
            "@ada previewed distribution #1 of 150.00 EUR from the treasury of manuals to its contributors by credrank",
        );
        t.line(
            "distribution.posted",
            ada,
            DistributionPosted {
                treasury: "manuals".into(),
                number: 1,
                amount: "150.00 EUR".into(),
                transaction: 7,
                shares: vec![],
            },
            "@ada posted distribution #1 of 150.00 EUR from the treasury of manuals to 0 contributors",
        );
        t.line(
            "distribution.discarded",
            ada,
            DistributionDiscarded {
                treasury: "manuals".into(),
                number: 2,
            },
            "@ada discarded distribution #2 of the treasury of manuals",
        );
        t.all_tried();
    }
}
