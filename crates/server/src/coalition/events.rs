//! The journal events of the coalition: each type with the payload it carries (see
//! `journal::types`). A determination's event belongs to its commons' record; a policy's
//! is about the commons itself.

use crate::journal::{Args, Entry, EventType, ObjectKind::*, Payload, Verb::*};
use serde::{Deserialize, Serialize};

/// A commons' maintainer set its licence policy.
#[derive(Debug, Serialize, Deserialize)]
pub struct PolicySet {
    /// The commons' handle.
    pub commons: String,
    /// `spdx`, `ppl`, `copyfair` or `custom`.
    pub policy: String,
    /// The licence expression the commons shows now (none for a custom policy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
}

/// Someone asked whether they may use a commons, and the answer.
#[derive(Debug, Serialize, Deserialize)]
pub struct Made {
    pub determination: String,
    /// The commons' handle.
    pub commons: String,
    /// `commercial` or `non_commercial`.
    pub usage: String,
    /// The organization it was asked for (its handle), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    pub outcome: String,
    /// The deciding clauses' ids.
    pub clauses: Vec<String>,
    /// The fee owed, `"AMOUNT CUR"`, with `permitted_with_fee`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<String>,
}

/// A maintainer ended the rights a determination gave, for a breach.
#[derive(Debug, Serialize, Deserialize)]
pub struct Terminated {
    pub determination: String,
    /// The commons' handle.
    pub commons: String,
    /// The party whose rights ended: an organization's or a person's handle.
    pub party: String,
    pub reason: String,
}

impl Payload for Terminated {
    const ARGS: &'static [&'static str] = &["commons", "party"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.handle("party", &self.party);
    }
}

/// A person declared, publicly, that they worked with an organization, paid or not.
#[derive(Debug, Serialize, Deserialize)]
pub struct AffiliationDeclared {
    pub affiliation: String,
    /// The organization's handle.
    pub organization: String,
    /// The commons it is about (its handle), or none for any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commons: Option<String>,
    /// `YYYY-MM-DD`, both included; open-ended without `until`.
    pub from: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    pub paid: bool,
}

/// A person took back an affiliation they had declared.
#[derive(Debug, Serialize, Deserialize)]
pub struct AffiliationWithdrawn {
    pub affiliation: String,
    /// The organization's handle.
    pub organization: String,
}

impl Payload for AffiliationDeclared {
    const ARGS: &'static [&'static str] = &["organization", "paid"];
    fn args(&self, a: &mut Args) {
        a.handle("organization", &self.organization);
        a.text("paid", if self.paid { "yes" } else { "no" });
    }
}

impl Payload for AffiliationWithdrawn {
    const ARGS: &'static [&'static str] = &["organization"];
    fn args(&self, a: &mut Args) {
        a.handle("organization", &self.organization);
    }
}

impl Payload for PolicySet {
    const ARGS: &'static [&'static str] = &["commons", "policy"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.text("policy", &self.policy);
    }
}

impl Payload for Made {
    const ARGS: &'static [&'static str] = &["commons", "usage", "organization", "outcome", "fee"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.text("usage", &self.usage);
        match &self.organization {
            Some(o) => a.handle("organization", o),
            None => a.text("organization", "none"),
        }
        a.text("outcome", &self.outcome);
        a.text("fee", self.fee.clone().unwrap_or_else(|| "none".into()));
    }
}

pub const POLICY_SET: EventType<PolicySet> = EventType::new(
    "commons.licence_policy_set",
    Update,
    Commons,
    "a maintainer set the commons' licence policy (open licence, PPL, CopyFair with its fees, or custom)",
);
pub const MADE: EventType<Made> = EventType::new(
    "determination.made",
    Create,
    Determination,
    "someone asked whether they (or their organization) may use a commons for a use, and was answered",
);

pub const TERMINATED: EventType<Terminated> = EventType::new(
    "determination.terminated",
    Update,
    Determination,
    "a maintainer ended the rights a determination gave, for a breach; its party is answered terminated from then on",
);

pub const AFFILIATION_DECLARED: EventType<AffiliationDeclared> = EventType::new(
    "person.affiliation_declared",
    Update,
    Person,
    "a person declared, publicly, that they worked with an organization from one day to another, paid for that work or not",
);
pub const AFFILIATION_WITHDRAWN: EventType<AffiliationWithdrawn> = EventType::new(
    "person.affiliation_withdrawn",
    Update,
    Person,
    "a person took back an affiliation they had declared",
);

/// The English line of an event of `kind` by `actor` (a handle, without `@`): what its
/// stored summary says, so that the journal reads the same in English either way.
pub fn summary<P: Payload>(kind: &EventType<P>, actor: &str, payload: &P) -> String {
    let mut a = Args::new(Some(actor));
    payload.args(&mut a);
    crate::i18n::text(
        crate::i18n::Lang::En,
        &crate::journal::lines::message_key(kind.name),
        a.values(),
    )
}

/// A maintainer lifted the breach that had ended a party's rights.
#[derive(Debug, Serialize, Deserialize)]
pub struct BreachLifted {
    pub determination: String,
    /// The commons' handle.
    pub commons: String,
    /// The party whose rights are back: an organization's or a person's handle.
    pub party: String,
    pub reason: String,
}

impl Payload for BreachLifted {
    const ARGS: &'static [&'static str] = &["commons", "party"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.handle("party", &self.party);
    }
}

/// Something became owed to a commons and was booked in its treasury.
#[derive(Debug, Serialize, Deserialize)]
pub struct DueOwed {
    pub due: String,
    /// Its number among the commons' dues.
    pub number: i64,
    /// The commons' handle.
    pub commons: String,
    /// `licence_fee` or `pledge`.
    pub kind: String,
    /// Who owes it: an organization's or a person's handle.
    pub party: String,
    /// `"AMOUNT CUR"`.
    pub amount: String,
    /// The period it covers, `YYYY-MM-DD`, both included.
    pub from: String,
    pub until: String,
    /// The commons' treasury and the transaction that booked the receivable.
    pub treasury: String,
    pub transaction: i64,
}

impl Payload for DueOwed {
    const ARGS: &'static [&'static str] = &["commons", "party", "kind", "amount"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.handle("party", &self.party);
        a.text("kind", &self.kind);
        a.text("amount", &self.amount);
    }
}

/// A steward of the commons' treasury recorded that a due was paid.
#[derive(Debug, Serialize, Deserialize)]
pub struct DuePaid {
    pub due: String,
    pub number: i64,
    /// The commons' handle.
    pub commons: String,
    pub party: String,
    pub amount: String,
    pub treasury: String,
    /// The transaction that settled the receivable.
    pub transaction: i64,
    /// The distribution to the commons' contributors previewed with it, if anyone had
    /// contributed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<i64>,
}

impl Payload for DuePaid {
    const ARGS: &'static [&'static str] = &["commons", "party", "amount"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.handle("party", &self.party);
        a.text("amount", &self.amount);
    }
}

/// One pledge of a phyle.
#[derive(Debug, Serialize, Deserialize)]
pub struct PledgeLine {
    /// The commons' handle.
    pub commons: String,
    /// The share of the surplus, as a percentage (`"12.5%"`).
    pub share: String,
}

/// A phyle's admin set the shares of its surplus it pledges to commons.
#[derive(Debug, Serialize, Deserialize)]
pub struct PledgesSet {
    /// The phyle's handle.
    pub organization: String,
    pub pledges: Vec<PledgeLine>,
}

impl Payload for PledgesSet {
    const ARGS: &'static [&'static str] = &["organization", "count"];
    fn args(&self, a: &mut Args) {
        a.handle("organization", &self.organization);
        a.count("count", self.pledges.len() as i64);
    }
}

/// A phyle's admin declared its surplus for a period; its pledges became owed.
#[derive(Debug, Serialize, Deserialize)]
pub struct SurplusDeclared {
    pub surplus: String,
    /// The phyle's handle.
    pub organization: String,
    pub from: String,
    pub until: String,
    /// `"AMOUNT CUR"`.
    pub amount: String,
    /// What became owed in all, `"AMOUNT CUR"`.
    pub pledged: String,
}

impl Payload for SurplusDeclared {
    const ARGS: &'static [&'static str] = &["organization", "amount", "pledged"];
    fn args(&self, a: &mut Args) {
        a.handle("organization", &self.organization);
        a.text("amount", &self.amount);
        a.text("pledged", &self.pledged);
    }
}

pub const BREACH_LIFTED: EventType<BreachLifted> = EventType::new(
    "determination.breach_lifted",
    Update,
    Determination,
    "a maintainer lifted a breach; its party is answered as before",
);
pub const DUE_OWED: EventType<DueOwed> = EventType::new(
    "due.owed",
    Create,
    Due,
    "a licence fee was accepted, or a phyle's pledged share of its surplus worked out: owed to a commons and booked in its treasury as a receivable",
);
pub const DUE_PAID: EventType<DuePaid> = EventType::new(
    "due.paid",
    Accept,
    Due,
    "a steward of the commons' treasury recorded that a due was paid; a distribution to its contributors was previewed",
);
pub const PLEDGES_SET: EventType<PledgesSet> = EventType::new(
    "organization.pledges_set",
    Update,
    Organization,
    "a phyle's admin set the shares of its surplus it pledges to commons",
);
pub const SURPLUS_DECLARED: EventType<SurplusDeclared> = EventType::new(
    "organization.surplus_declared",
    Update,
    Organization,
    "a phyle's admin declared its surplus for a period; the pledged shares became owed to the commons",
);

/// Every event type of the coalition.
pub static EVENTS: &[Entry] = &[
    POLICY_SET.entry(),
    MADE.entry(),
    TERMINATED.entry(),
    AFFILIATION_DECLARED.entry(),
    AFFILIATION_WITHDRAWN.entry(),
    BREACH_LIFTED.entry(),
    DUE_OWED.entry(),
    DUE_PAID.entry(),
    PLEDGES_SET.entry(),
    SURPLUS_DECLARED.entry(),
];
