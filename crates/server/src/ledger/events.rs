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

/// A steward approved a previewed distribution: `approvals` of the `needed` the treasury's
/// rule asks (it posts once they are reached and no objection stands).
#[derive(Debug, Serialize, Deserialize)]
pub struct DistributionApproved {
    pub treasury: String,
    pub number: i64,
    pub reason: String,
    pub approvals: i64,
    pub needed: i64,
}

impl Payload for DistributionApproved {
    const ARGS: &'static [&'static str] = &["treasury", "number", "approvals", "needed"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("approvals", self.approvals.to_string());
        a.text("needed", self.needed.to_string());
    }
}

/// A steward objected to a previewed distribution, saying why, or withdrew their
/// objection (`reason` empty then).
#[derive(Debug, Serialize, Deserialize)]
pub struct DistributionObjected {
    pub treasury: String,
    pub number: i64,
    pub reason: String,
}

impl Payload for DistributionObjected {
    const ARGS: &'static [&'static str] = &["treasury", "number", "reason"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("reason", &self.reason);
    }
}

/// A steward opened a round of peer allocation.
#[derive(Debug, Serialize, Deserialize)]
pub struct PeerRoundOpened {
    pub treasury: String,
    pub number: i64,
    pub allowance: i64,
    pub members: usize,
    pub closes_at: String,
}

impl Payload for PeerRoundOpened {
    const ARGS: &'static [&'static str] = &["treasury", "number", "allowance", "members"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("allowance", self.allowance.to_string());
        a.text("members", self.members.to_string());
    }
}

/// A member set their gifts in an open round: how many points in all, not to whom.
#[derive(Debug, Serialize, Deserialize)]
pub struct PeerGiftsSet {
    pub treasury: String,
    pub number: i64,
    pub given: i64,
    pub allowance: i64,
}

impl Payload for PeerGiftsSet {
    const ARGS: &'static [&'static str] = &["treasury", "number", "given", "allowance"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("given", self.given.to_string());
        a.text("allowance", self.allowance.to_string());
    }
}

/// A steward closed a round before its end: its gifts are public from now on.
#[derive(Debug, Serialize, Deserialize)]
pub struct PeerRoundClosed {
    pub treasury: String,
    pub number: i64,
    pub givers: usize,
}

impl Payload for PeerRoundClosed {
    const ARGS: &'static [&'static str] = &["treasury", "number", "givers"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("givers", self.givers.to_string());
    }
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

/// A steward set a commons treasury's standing distribution policy: what previews and
/// paid dues follow when they name none.
#[derive(Debug, Serialize, Deserialize)]
pub struct DistributionPolicySet {
    pub treasury: String,
    pub policy: String,
    /// The policy's parameters, their defaults written out.
    pub parameters: serde_json::Value,
}

impl Payload for DistributionPolicySet {
    const ARGS: &'static [&'static str] = &["treasury", "policy"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("policy", &self.policy);
    }
}

/// A steward set how many stewards must approve each expense.
#[derive(Debug, Serialize, Deserialize)]
pub struct ApprovalRuleSet {
    pub treasury: String,
    pub approvals: i64,
    pub stewards: i64,
    /// Expenses above an amount that need more approvals: `"500.00 EUR" → 2`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub above: Vec<(String, i64)>,
    /// Days after which an expense no steward objects to is approved by consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_days: Option<i64>,
}

/// An expense moved from a state (`from`) by its author or a steward, with a reason
/// (empty when none is asked): submitted again, asked for more, marked spam; also an
/// objection raised or withdrawn (the state it was in).
#[derive(Debug, Serialize, Deserialize)]
pub struct ExpenseMoved {
    pub treasury: String,
    pub number: i64,
    pub from: String,
    pub reason: String,
}

/// The author edited a draft or an incomplete expense (the new receipt's hash, if one).
#[derive(Debug, Serialize, Deserialize)]
pub struct ExpenseEdited {
    pub treasury: String,
    pub number: i64,
    pub title: String,
    pub amount: String,
    pub receipt_sha256: Option<String>,
}

/// A steward queued an approved expense for payment on a day.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExpenseScheduled {
    pub treasury: String,
    pub number: i64,
    pub pay_on: String,
}

impl Payload for ExpenseMoved {
    const ARGS: &'static [&'static str] = &["treasury", "number", "from", "reason"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("from", &self.from);
        a.text("reason", &self.reason);
    }
}

impl Payload for ExpenseEdited {
    const ARGS: &'static [&'static str] = &["treasury", "number", "title", "amount"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("title", &self.title);
        a.text("amount", &self.amount);
    }
}

impl Payload for ExpenseScheduled {
    const ARGS: &'static [&'static str] = &["treasury", "number", "pay_on"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("pay_on", &self.pay_on);
    }
}

/// A steward added a budget line to a treasury.
#[derive(Debug, Serialize, Deserialize)]
pub struct BudgetLineAdded {
    pub treasury: String,
    pub number: i64,
    pub name: String,
    /// What is planned, with its unit (`"400.00 EUR"`).
    pub planned: String,
    pub starts_on: String,
    pub ends_on: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

/// A steward said whether an approval over a budget line is flagged or blocked.
#[derive(Debug, Serialize, Deserialize)]
pub struct BudgetRuleSet {
    pub treasury: String,
    /// `flag` or `block`.
    pub over_line: String,
}

/// Someone submitted an expense; the receipt is named by its SHA-256, never copied here.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExpenseSubmitted {
    pub treasury: String,
    pub number: i64,
    pub title: String,
    pub amount: String,
    pub payee: String,
    pub receipt_sha256: Option<String>,
    pub receipt_private: bool,
}

/// A steward approved an expense: `approvals` of the `needed`.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExpenseApproved {
    pub treasury: String,
    pub number: i64,
    pub reason: String,
    pub approvals: i64,
    pub needed: i64,
}

/// A steward rejected an expense, saying why.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExpenseRejected {
    pub treasury: String,
    pub number: i64,
    pub reason: String,
}

/// A steward paid an approved expense: the spending transaction's number.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExpensePaid {
    pub treasury: String,
    pub number: i64,
    pub amount: String,
    pub transaction: i64,
    /// The decisions of bodies whose spending limit the expense passed, which authorised
    /// paying it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authorised_by: Vec<String>,
}

/// The submitter withdrew their expense.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExpenseCanceled {
    pub treasury: String,
    pub number: i64,
}

impl Payload for ApprovalRuleSet {
    const ARGS: &'static [&'static str] = &["treasury", "approvals"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("approvals", self.approvals.to_string());
    }
}

impl Payload for BudgetLineAdded {
    const ARGS: &'static [&'static str] = &["treasury", "name", "planned"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("name", &self.name);
        a.text("planned", &self.planned);
    }
}

impl Payload for BudgetRuleSet {
    const ARGS: &'static [&'static str] = &["treasury", "over_line"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("over_line", &self.over_line);
    }
}

impl Payload for ExpenseSubmitted {
    const ARGS: &'static [&'static str] = &["treasury", "number", "amount", "title"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("amount", &self.amount);
        a.text("title", &self.title);
    }
}

impl Payload for ExpenseApproved {
    const ARGS: &'static [&'static str] = &["treasury", "number", "approvals", "needed"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("approvals", self.approvals.to_string());
        a.text("needed", self.needed.to_string());
    }
}

impl Payload for ExpenseRejected {
    const ARGS: &'static [&'static str] = &["treasury", "number", "reason"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("reason", &self.reason);
    }
}

impl Payload for ExpensePaid {
    const ARGS: &'static [&'static str] = &["treasury", "number", "amount", "transaction"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("amount", &self.amount);
        a.text("transaction", self.transaction.to_string());
    }
}

impl Payload for ExpenseCanceled {
    const ARGS: &'static [&'static str] = &["treasury", "number"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
    }
}

/// A steward set an amount aside from one account for another, until `expires_at`.
#[derive(Debug, Serialize, Deserialize)]
pub struct HoldPlaced {
    pub treasury: String,
    pub number: i64,
    pub from: String,
    pub to: String,
    pub amount: String,
    pub expires_at: i64,
}

/// A steward posted a hold (all of it or a part) as a transaction.
#[derive(Debug, Serialize, Deserialize)]
pub struct HoldPosted {
    pub treasury: String,
    pub number: i64,
    pub amount: String,
    pub transaction: i64,
}

/// A hold was voided by a steward, or expired.
#[derive(Debug, Serialize, Deserialize)]
pub struct HoldEnded {
    pub treasury: String,
    pub number: i64,
}

impl Payload for HoldPlaced {
    const ARGS: &'static [&'static str] = &["treasury", "number", "amount", "from", "to"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("amount", &self.amount);
        a.text("from", &self.from);
        a.text("to", &self.to);
    }
}

impl Payload for HoldPosted {
    const ARGS: &'static [&'static str] = &["treasury", "number", "amount", "transaction"];
    fn args(&self, a: &mut Args) {
        a.text("treasury", &self.treasury);
        a.text("number", self.number.to_string());
        a.text("amount", &self.amount);
        a.text("transaction", self.transaction.to_string());
    }
}

impl Payload for HoldEnded {
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

pub const DISTRIBUTION_APPROVED: EventType<DistributionApproved> = EventType::new(
    "distribution.approved",
    Add,
    Distribution,
    "a steward approved a previewed distribution; the approval the treasury's rule waits for posts it",
);
pub const DISTRIBUTION_OBJECTED: EventType<DistributionObjected> = EventType::new(
    "distribution.objected",
    Leave,
    Distribution,
    "a steward objected to a previewed distribution, saying why: it does not post while the objection stands",
);
pub const DISTRIBUTION_OBJECTION_WITHDRAWN: EventType<DistributionObjected> = EventType::new(
    "distribution.objection_withdrawn",
    Undo,
    Distribution,
    "a steward withdrew their objection to a previewed distribution",
);

pub const DISTRIBUTION_POLICY_SET: EventType<DistributionPolicySet> = EventType::new(
    "distribution.policy_set",
    Update,
    Distribution,
    "a steward set the distribution policy a commons treasury shares money by unless told otherwise",
);

pub const PEER_ROUND_OPENED: EventType<PeerRoundOpened> = EventType::new(
    "distribution.peer_round_opened",
    Create,
    Distribution,
    "a steward opened a round in which a commons' contributors give each other points",
);

pub const PEER_GIFTS_SET: EventType<PeerGiftsSet> = EventType::new(
    "distribution.peer_gifts_set",
    Update,
    Distribution,
    "a member of a peer allocation round set how many points they give (to whom is public once it closes)",
);

pub const PEER_ROUND_CLOSED: EventType<PeerRoundClosed> = EventType::new(
    "distribution.peer_round_closed",
    Accept,
    Distribution,
    "a steward closed a peer allocation round before its end",
);

pub const APPROVAL_RULE_SET: EventType<ApprovalRuleSet> = EventType::new(
    "treasury.approval_rule_set",
    Update,
    Treasury,
    "a steward set how many stewards must approve each expense",
);
pub const BUDGET_LINE_ADDED: EventType<BudgetLineAdded> = EventType::new(
    "treasury.budget_line_added",
    Update,
    Treasury,
    "a steward planned spending on something over a period (a budget line)",
);
pub const BUDGET_RULE_SET: EventType<BudgetRuleSet> = EventType::new(
    "treasury.budget_rule_set",
    Update,
    Treasury,
    "a steward said whether approving an expense over its budget line is flagged or blocked",
);
pub const EXPENSE_SUBMITTED: EventType<ExpenseSubmitted> = EventType::new(
    "expense.submitted",
    Create,
    Expense,
    "someone submitted an expense to a treasury",
);
pub const EXPENSE_APPROVED: EventType<ExpenseApproved> = EventType::new(
    "expense.approved",
    Accept,
    Expense,
    "a steward approved an expense",
);
pub const EXPENSE_REJECTED: EventType<ExpenseRejected> = EventType::new(
    "expense.rejected",
    Reject,
    Expense,
    "a steward rejected an expense, saying why",
);
pub const EXPENSE_PAID: EventType<ExpensePaid> = EventType::new(
    "expense.paid",
    Update,
    Expense,
    "a steward paid an approved expense",
);
pub const EXPENSE_DRAFTED: EventType<ExpenseSubmitted> = EventType::new(
    "expense.drafted",
    Offer,
    Expense,
    "someone saved a draft of an expense to a treasury",
);
pub const EXPENSE_SENT: EventType<ExpenseMoved> = EventType::new(
    "expense.sent",
    Create,
    Expense,
    "the author submitted their draft or incomplete expense",
);
pub const EXPENSE_EDITED: EventType<ExpenseEdited> = EventType::new(
    "expense.edited",
    Add,
    Expense,
    "the author edited their draft or incomplete expense",
);
pub const EXPENSE_INCOMPLETE: EventType<ExpenseMoved> = EventType::new(
    "expense.incomplete",
    Invite,
    Expense,
    "a steward asked for more on an expense, saying what",
);
pub const EXPENSE_SCHEDULED: EventType<ExpenseScheduled> = EventType::new(
    "expense.scheduled",
    Join,
    Expense,
    "a steward queued an approved expense for payment on a day",
);
pub const EXPENSE_UNSCHEDULED: EventType<ExpenseMoved> = EventType::new(
    "expense.unscheduled",
    Undo,
    Expense,
    "a steward took a scheduled expense off its day of payment; it is approved again",
);
pub const EXPENSE_SPAM: EventType<ExpenseMoved> = EventType::new(
    "expense.spam",
    Remove,
    Expense,
    "a steward marked an expense as spam, saying why",
);
pub const EXPENSE_OBJECTED: EventType<ExpenseMoved> = EventType::new(
    "expense.objected",
    Leave,
    Expense,
    "a steward objected to an expense under consent, saying why",
);
pub const EXPENSE_OBJECTION_WITHDRAWN: EventType<ExpenseMoved> = EventType::new(
    "expense.objection_withdrawn",
    Undo,
    Expense,
    "a steward withdrew their objection to an expense",
);
pub const EXPENSE_CONSENTED: EventType<ExpenseCanceled> = EventType::new(
    "expense.consented",
    Accept,
    Expense,
    "an expense was approved by consent: its period passed with no objection standing",
);
pub const EXPENSE_CANCELED: EventType<ExpenseCanceled> = EventType::new(
    "expense.canceled",
    Delete,
    Expense,
    "the submitter withdrew their expense",
);

pub const HOLD_PLACED: EventType<HoldPlaced> = EventType::new(
    "hold.placed",
    Create,
    Hold,
    "a steward set an amount aside from one account for another until a time",
);
pub const HOLD_POSTED: EventType<HoldPosted> = EventType::new(
    "hold.posted",
    Accept,
    Hold,
    "a steward posted a hold, in full or in part, as a transaction",
);
pub const HOLD_VOIDED: EventType<HoldEnded> = EventType::new(
    "hold.voided",
    Delete,
    Hold,
    "a steward voided a hold: what it set aside is free again",
);
pub const HOLD_EXPIRED: EventType<HoldEnded> = EventType::new(
    "hold.expired",
    Delete,
    Hold,
    "a hold's time ran out: what it set aside is free again",
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
    APPROVAL_RULE_SET.entry(),
    EXPENSE_SUBMITTED.entry(),
    EXPENSE_APPROVED.entry(),
    EXPENSE_REJECTED.entry(),
    EXPENSE_PAID.entry(),
    EXPENSE_CANCELED.entry(),
    EXPENSE_DRAFTED.entry(),
    EXPENSE_SENT.entry(),
    EXPENSE_EDITED.entry(),
    EXPENSE_INCOMPLETE.entry(),
    EXPENSE_SCHEDULED.entry(),
    EXPENSE_UNSCHEDULED.entry(),
    EXPENSE_SPAM.entry(),
    EXPENSE_OBJECTED.entry(),
    EXPENSE_OBJECTION_WITHDRAWN.entry(),
    EXPENSE_CONSENTED.entry(),
    HOLD_PLACED.entry(),
    HOLD_POSTED.entry(),
    HOLD_VOIDED.entry(),
    HOLD_EXPIRED.entry(),
    BUDGET_LINE_ADDED.entry(),
    BUDGET_RULE_SET.entry(),
    DISTRIBUTION_POLICY_SET.entry(),
    PEER_ROUND_OPENED.entry(),
    PEER_GIFTS_SET.entry(),
    PEER_ROUND_CLOSED.entry(),
    DISTRIBUTION_APPROVED.entry(),
    DISTRIBUTION_OBJECTED.entry(),
    DISTRIBUTION_OBJECTION_WITHDRAWN.entry(),
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
        t.line(
            "distribution.approved",
            ada,
            DistributionApproved {
                treasury: "manuals".into(),
                number: 3,
                reason: "The hours match the log".into(),
                approvals: 1,
                needed: 2,
            },
            "@ada approved distribution #3 of the treasury of manuals (1 of 2)",
        );
        t.line(
            "distribution.objected",
            ada,
            DistributionObjected {
                treasury: "manuals".into(),
                number: 3,
                reason: "The March hours are missing".into(),
            },
            "@ada objected to distribution #3 of the treasury of manuals: The March hours are missing",
        );
        t.line(
            "distribution.objection_withdrawn",
            ada,
            DistributionObjected {
                treasury: "manuals".into(),
                number: 3,
                reason: String::new(),
            },
            "@ada withdrew their objection to distribution #3 of the treasury of manuals",
        );
        t.line(
            "distribution.policy_set",
            ada,
            DistributionPolicySet {
                treasury: "manuals".into(),
                policy: "credrank".into(),
                parameters: serde_json::json!({"grain": "balanced"}),
            },
            "@ada set the distribution policy of the treasury of manuals to credrank",
        );
        t.line(
            "treasury.approval_rule_set",
            ada,
            ApprovalRuleSet {
                above: Vec::new(),
                treasury: "makers".into(),
                approvals: 2,
                stewards: 3,
                consent_days: Some(3),
            },
            "@ada asked 2 of the stewards of makers to approve each expense",
        );
        t.line(
            "treasury.budget_line_added",
            ada,
            BudgetLineAdded {
                treasury: "makers".into(),
                number: 1,
                name: "Laser cutter upkeep".into(),
                planned: "400.00 EUR".into(),
                starts_on: "2026-01-01".into(),
                ends_on: "2026-12-31".into(),
                source: String::new(),
            },
            "@ada planned 400.00 EUR for Laser cutter upkeep in the treasury of makers",
        );
        t.line(
            "treasury.budget_rule_set",
            ada,
            BudgetRuleSet {
                treasury: "makers".into(),
                over_line: "block".into(),
            },
            "@ada set what happens to an expense approved over its budget line in makers: block",
        );
        t.line(
            "expense.submitted",
            ada,
            ExpenseSubmitted {
                treasury: "makers".into(),
                number: 4,
                title: "Filament".into(),
                amount: "86.40 EUR".into(),
                payee: "The shop".into(),
                receipt_sha256: None,
                receipt_private: false,
            },
            "@ada submitted expense #4 of 86.40 EUR to the treasury of makers: Filament",
        );
        t.line(
            "expense.approved",
            ada,
            ExpenseApproved {
                treasury: "makers".into(),
                number: 4,
                reason: String::new(),
                approvals: 1,
                needed: 2,
            },
            "@ada approved expense #4 of the treasury of makers (1 of 2)",
        );
        t.line(
            "expense.rejected",
            ada,
            ExpenseRejected {
                treasury: "makers".into(),
                number: 5,
                reason: "No receipt".into(),
            },
            "@ada rejected expense #5 of the treasury of makers: No receipt",
        );
        t.line(
            "expense.paid",
            ada,
            ExpensePaid {
                treasury: "makers".into(),
                number: 4,
                amount: "86.40 EUR".into(),
                transaction: 9,
                authorised_by: vec!["/decisions/d1".into()],
            },
            "@ada paid expense #4 of 86.40 EUR from the treasury of makers (transaction #9)",
        );
        t.line(
            "expense.canceled",
            ada,
            ExpenseCanceled {
                treasury: "makers".into(),
                number: 6,
            },
            "@ada withdrew expense #6 of the treasury of makers",
        );
        let moved = |from: &str, reason: &str| ExpenseMoved {
            treasury: "makers".into(),
            number: 7,
            from: from.into(),
            reason: reason.into(),
        };
        t.line(
            "expense.drafted",
            ada,
            ExpenseSubmitted {
                treasury: "makers".into(),
                number: 7,
                title: "Paint".into(),
                amount: "40.00 EUR".into(),
                payee: "Shop".into(),
                receipt_sha256: None,
                receipt_private: false,
            },
            "@ada drafted expense #7 of 40.00 EUR to the treasury of makers: Paint",
        );
        t.line(
            "expense.sent",
            ada,
            moved("draft", ""),
            "@ada submitted expense #7 of the treasury of makers",
        );
        t.line(
            "expense.edited",
            ada,
            ExpenseEdited {
                treasury: "makers".into(),
                number: 7,
                title: "Paint".into(),
                amount: "42.00 EUR".into(),
                receipt_sha256: None,
            },
            "@ada edited expense #7 of the treasury of makers: Paint, 42.00 EUR",
        );
        t.line(
            "expense.incomplete",
            ada,
            moved("submitted", "Attach the invoice"),
            "@ada asked for more on expense #7 of the treasury of makers: Attach the invoice",
        );
        t.line(
            "expense.scheduled",
            ada,
            ExpenseScheduled {
                treasury: "makers".into(),
                number: 7,
                pay_on: "2026-12-10".into(),
            },
            "@ada scheduled expense #7 of the treasury of makers for payment on 2026-12-10",
        );
        t.line(
            "expense.spam",
            ada,
            moved("submitted", "Advertising"),
            "@ada marked expense #7 of the treasury of makers as spam: Advertising",
        );
        t.line(
            "expense.unscheduled",
            ada,
            moved("scheduled", "Wrong day"),
            "@ada took expense #7 of the treasury of makers off its day of payment",
        );
        t.line(
            "expense.objected",
            ada,
            moved("submitted", "Too dear"),
            "@ada objected to expense #7 of the treasury of makers: Too dear",
        );
        t.line(
            "expense.objection_withdrawn",
            ada,
            moved("submitted", ""),
            "@ada withdrew their objection to expense #7 of the treasury of makers",
        );
        t.line(
            "expense.consented",
            None,
            ExpenseCanceled {
                treasury: "makers".into(),
                number: 7,
            },
            "Expense #7 of the treasury of makers was approved by consent: no objection stood",
        );
        t.line(
            "hold.placed",
            ada,
            HoldPlaced {
                treasury: "makers".into(),
                number: 1,
                from: "bank".into(),
                to: "deposits".into(),
                amount: "50.00 EUR".into(),
                expires_at: 0,
            },
            "@ada set 50.00 EUR aside from bank for deposits in the treasury of makers (hold #1)",
        );
        t.line(
            "hold.posted",
            ada,
            HoldPosted {
                treasury: "makers".into(),
                number: 1,
                amount: "20.00 EUR".into(),
                transaction: 7,
            },
            "@ada posted 20.00 EUR of hold #1 of the treasury of makers (transaction #7)",
        );
        t.line(
            "hold.voided",
            ada,
            HoldEnded {
                treasury: "makers".into(),
                number: 2,
            },
            "@ada voided hold #2 of the treasury of makers",
        );
        t.line(
            "hold.expired",
            None,
            HoldEnded {
                treasury: "makers".into(),
                number: 3,
            },
            "Hold #3 of the treasury of makers expired",
        );
        t.line(
            "distribution.peer_round_opened",
            ada,
            PeerRoundOpened {
                treasury: "manuals".into(),
                number: 2,
                allowance: 100,
                members: 4,
                closes_at: "2026-12-20T10:00:00Z".into(),
            },
            "@ada opened peer allocation round 2 of the treasury of manuals: 100 points each for 4 members",
        );
        t.line(
            "distribution.peer_gifts_set",
            ada,
            PeerGiftsSet {
                treasury: "manuals".into(),
                number: 2,
                given: 80,
                allowance: 100,
            },
            "@ada gave 80 of their 100 points in round 2 of the treasury of manuals",
        );
        t.line(
            "distribution.peer_round_closed",
            ada,
            PeerRoundClosed {
                treasury: "manuals".into(),
                number: 2,
                givers: 3,
            },
            "@ada closed peer allocation round 2 of the treasury of manuals: 3 members gave",
        );
        t.all_tried();
    }
}
