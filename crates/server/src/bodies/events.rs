//! The journal events of bodies: each type with the payload it carries (see
//! `journal::types`). Every payload names the organization by handle and the body by its
//! name; a decision's events name it by its body and number. A ballot of a decision that
//! hides its voters is journaled without its voter and without its content.

use crate::journal::{Args, Entry, EventType, ObjectKind::*, Payload, Verb::*};
use serde::{Deserialize, Serialize};

/// A body was declared, with its first rulebook.
#[derive(Debug, Serialize, Deserialize)]
pub struct Created {
    pub org: String,
    pub body: String,
    pub name: String,
    pub kind: String,
}

/// A body's rulebook has a new version.
#[derive(Debug, Serialize, Deserialize)]
pub struct RulebookChanged {
    pub org: String,
    pub body: String,
    pub name: String,
    pub version: i64,
    /// The number of the decision that adopted it, if a decision did.
    #[serde(default)]
    pub decision: Option<i64>,
}

/// A decision was drafted, opened or withdrawn.
#[derive(Debug, Serialize, Deserialize)]
pub struct Decision {
    pub org: String,
    pub body: String,
    pub name: String,
    pub number: i64,
    pub title: String,
    pub method: String,
}

/// A decision opened: its electorate is frozen, and its hash is kept here.
#[derive(Debug, Serialize, Deserialize)]
pub struct Opened {
    #[serde(flatten)]
    pub decision: Decision,
    pub secrecy: String,
    pub voters: i64,
    pub electorate_weight: i64,
    /// SHA-256 of the frozen electorate's `person-id weight` lines (see `model`).
    pub electorate_hash: String,
    pub closes_at: i64,
}

/// A ballot was cast or changed.
#[derive(Debug, Serialize, Deserialize)]
pub struct Voted {
    #[serde(flatten)]
    pub decision: Decision,
    /// Whether it replaced the voter's earlier ballot.
    pub changed: bool,
}

/// A voter gave their proxy to another voter, or took it back.
#[derive(Debug, Serialize, Deserialize)]
pub struct Proxy {
    #[serde(flatten)]
    pub decision: Decision,
    /// The handle of the voter holding (or no longer holding) the proxy.
    pub holder: String,
}

impl Payload for Proxy {
    const ARGS: &'static [&'static str] = &["body", "title", "holder"];
    fn args(&self, a: &mut Args) {
        self.decision.args(a);
        a.handle("holder", &self.holder);
    }
}

/// A holder accepted or declined the proxy a voter offered them.
#[derive(Debug, Serialize, Deserialize)]
pub struct ProxyAnswer {
    #[serde(flatten)]
    pub decision: Decision,
    /// The handle of the voter who offered the proxy.
    pub giver: String,
}

impl Payload for ProxyAnswer {
    const ARGS: &'static [&'static str] = &["body", "title", "giver"];
    fn args(&self, a: &mut Args) {
        self.decision.args(a);
        a.handle("giver", &self.giver);
    }
}

/// A standing delegation within a body was offered, accepted, declined or revoked.
#[derive(Debug, Serialize, Deserialize)]
pub struct Delegation {
    pub org: String,
    pub body: String,
    pub name: String,
    /// The handle of the member who delegates.
    pub delegator: String,
    /// The handle of the member they delegate to.
    pub delegate: String,
}

impl Payload for Delegation {
    const ARGS: &'static [&'static str] = &["body", "delegator", "delegate"];
    fn args(&self, a: &mut Args) {
        a.text("body", &self.name);
        a.handle("delegator", &self.delegator);
        a.handle("delegate", &self.delegate);
    }
}

/// A decision closed and was counted.
#[derive(Debug, Serialize, Deserialize)]
pub struct Closed {
    #[serde(flatten)]
    pub decision: Decision,
    /// `decided` or `failed`.
    pub result: String,
    /// Whether someone closed it before its time (else the closing sweep did).
    pub early: bool,
    pub ballot_count: i64,
    pub turnout: u64,
    pub winners: Vec<String>,
    /// SHA-256 of the published ballot file.
    pub ballots_hash: String,
    /// SHA-256 of the stored outcome (its JSON).
    pub outcome_hash: String,
}

/// A motion that authorises a payment passed: the payment is authorised.
#[derive(Debug, Serialize, Deserialize)]
pub struct PaymentAuthorised {
    #[serde(flatten)]
    pub decision: Decision,
    /// The treasury's handle.
    pub treasury: String,
    /// The expense's number in that treasury.
    pub expense: i64,
    /// The amount as its currency writes it (`120.00`).
    pub amount: String,
    pub currency: String,
}

impl Payload for PaymentAuthorised {
    const ARGS: &'static [&'static str] = &["body", "title", "treasury", "expense", "amount"];
    fn args(&self, a: &mut Args) {
        self.decision.args(a);
        a.text("treasury", &self.treasury);
        a.text("expense", self.expense.to_string());
        a.text("amount", format!("{} {}", self.amount, self.currency));
    }
}

/// Someone was nominated in an election.
#[derive(Debug, Serialize, Deserialize)]
pub struct Nominated {
    #[serde(flatten)]
    pub decision: Decision,
    /// The nominee's handle.
    pub candidate: String,
    /// Whether they nominated themselves (accepted at once).
    pub accepted: bool,
}

impl Payload for Nominated {
    const ARGS: &'static [&'static str] = &["title", "candidate"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.decision.title);
        a.handle("candidate", &self.candidate);
    }
}

/// Someone took an elected seat of a body, or their term ended early.
#[derive(Debug, Serialize, Deserialize)]
pub struct Seat {
    pub org: String,
    pub body: String,
    pub name: String,
    /// The seat holder's handle.
    pub holder: String,
    /// The election (its decision id) that gave the seat, or that ended the term.
    pub decision: String,
    /// When the term ends (or ended), Unix milliseconds.
    pub ends_at: i64,
}

impl Payload for Seat {
    const ARGS: &'static [&'static str] = &["holder", "body"];
    fn args(&self, a: &mut Args) {
        a.handle("holder", &self.holder);
        a.text("body", &self.name);
    }
}

impl Decision {
    fn args(&self, a: &mut Args) {
        a.text("body", &self.name);
        a.text("title", &self.title);
    }
}

impl Payload for Created {
    const ARGS: &'static [&'static str] = &["org", "body"];
    fn args(&self, a: &mut Args) {
        a.handle("org", &self.org);
        a.text("body", &self.name);
    }
}

impl Payload for RulebookChanged {
    const ARGS: &'static [&'static str] = &["body", "version", "decision"];
    fn args(&self, a: &mut Args) {
        a.text("body", &self.name);
        a.text("version", self.version.to_string());
        if let Some(n) = self.decision {
            a.text("decision", n.to_string());
        }
    }
}

impl Payload for Decision {
    const ARGS: &'static [&'static str] = &["body", "title"];
    fn args(&self, a: &mut Args) {
        Decision::args(self, a);
    }
}

impl Payload for Opened {
    const ARGS: &'static [&'static str] = &["body", "title", "voters"];
    fn args(&self, a: &mut Args) {
        self.decision.args(a);
        a.count("voters", self.voters);
    }
}

impl Payload for Voted {
    const ARGS: &'static [&'static str] = &["body", "title"];
    fn args(&self, a: &mut Args) {
        self.decision.args(a);
    }
}

impl Payload for Closed {
    const ARGS: &'static [&'static str] = &["body", "title", "result"];
    fn args(&self, a: &mut Args) {
        self.decision.args(a);
        a.text("result", &self.result);
    }
}

pub const CREATED: EventType<Created> =
    EventType::new("body.created", Create, Body, "an admin declared a body");
pub const RULEBOOK_CHANGED: EventType<RulebookChanged> = EventType::new(
    "body.rulebook_changed",
    Update,
    Body,
    "an admin wrote a new version of a body's rulebook",
);
pub const RULEBOOK_ADOPTED: EventType<RulebookChanged> = EventType::new(
    "body.rulebook_adopted",
    Update,
    Body,
    "a decision of the body adopted a new version of its rulebook",
);
pub const DRAFTED: EventType<Decision> = EventType::new(
    "decision.drafted",
    Create,
    Decision,
    "someone drafted a decision of a body",
);
pub const EDITED: EventType<Decision> = EventType::new(
    "decision.edited",
    Update,
    Decision,
    "a draft decision was rewritten before it opened",
);
pub const OPENED: EventType<Opened> = EventType::new(
    "decision.opened",
    Update,
    Decision,
    "a decision opened and its electorate was frozen",
);
pub const VOTED: EventType<Voted> = EventType::new(
    "decision.voted",
    Add,
    Decision,
    "someone cast or changed an open ballot",
);
pub const BALLOT_RECEIVED: EventType<Voted> = EventType::new(
    "decision.ballot_received",
    Add,
    Decision,
    "an anonymous or secret ballot was cast or changed (no voter named)",
);
pub const PROXY_GIVEN: EventType<Proxy> = EventType::new(
    "decision.proxy_given",
    Add,
    Decision,
    "a voter gave their proxy to another voter of the decision (before proxies needed \
     their holder's acceptance; now `decision.proxy_offered`)",
);
pub const PROXY_OFFERED: EventType<Proxy> = EventType::new(
    "decision.proxy_offered",
    Add,
    Decision,
    "a voter offered their proxy to another voter of the decision, to count once accepted",
);
pub const PROXY_ACCEPTED: EventType<ProxyAnswer> = EventType::new(
    "decision.proxy_accepted",
    Update,
    Decision,
    "a voter accepted the proxy another voter offered them",
);
pub const PROXY_DECLINED: EventType<ProxyAnswer> = EventType::new(
    "decision.proxy_declined",
    Remove,
    Decision,
    "a voter declined (or gave back) the proxy another voter offered them",
);
pub const PROXY_REVOKED: EventType<Proxy> = EventType::new(
    "decision.proxy_revoked",
    Remove,
    Decision,
    "a voter took their proxy back",
);
pub const CLOSED: EventType<Closed> = EventType::new(
    "decision.closed",
    Update,
    Decision,
    "a decision closed and was counted",
);
pub const WITHDRAWN: EventType<Decision> = EventType::new(
    "decision.withdrawn",
    Delete,
    Decision,
    "a decision was withdrawn before its close",
);

pub const PAYMENT_AUTHORISED: EventType<PaymentAuthorised> = EventType::new(
    "decision.payment_authorised",
    Update,
    Decision,
    "a motion passed and authorised the payment of an expense from a treasury",
);

pub const NOMINATED: EventType<Nominated> = EventType::new(
    "decision.nominated",
    Add,
    Decision,
    "a member nominated a candidate in an election",
);
pub const NOMINATION_ACCEPTED: EventType<Decision> = EventType::new(
    "decision.nomination_accepted",
    Update,
    Decision,
    "a nominee accepted their nomination in an election",
);
pub const NOMINATION_DECLINED: EventType<Decision> = EventType::new(
    "decision.nomination_declined",
    Remove,
    Decision,
    "a nominee declined their nomination in an election",
);
pub const SEAT_TAKEN: EventType<Seat> = EventType::new(
    "body.seat_taken",
    Add,
    Body,
    "an election's winner took an elected seat of a body, with its term's end",
);
pub const SEAT_RELEASED: EventType<Seat> = EventType::new(
    "body.seat_released",
    Remove,
    Body,
    "an elected seat's term ended early, replaced by an election",
);

pub const DELEGATION_OFFERED: EventType<Delegation> = EventType::new(
    "body.delegation_offered",
    Add,
    Body,
    "a member offered a standing delegation to another member of the body",
);
pub const DELEGATION_ACCEPTED: EventType<Delegation> = EventType::new(
    "body.delegation_accepted",
    Update,
    Body,
    "a member accepted the standing delegation another member offered them",
);
pub const DELEGATION_DECLINED: EventType<Delegation> = EventType::new(
    "body.delegation_declined",
    Remove,
    Body,
    "a member declined (or gave back) a standing delegation offered to them",
);
pub const DELEGATION_REVOKED: EventType<Delegation> = EventType::new(
    "body.delegation_revoked",
    Remove,
    Body,
    "a member took their standing delegation back",
);

/// Every event type of bodies.
pub static EVENTS: &[Entry] = &[
    CREATED.entry(),
    RULEBOOK_CHANGED.entry(),
    RULEBOOK_ADOPTED.entry(),
    DRAFTED.entry(),
    EDITED.entry(),
    OPENED.entry(),
    VOTED.entry(),
    BALLOT_RECEIVED.entry(),
    PROXY_GIVEN.entry(),
    PROXY_REVOKED.entry(),
    CLOSED.entry(),
    WITHDRAWN.entry(),
    PAYMENT_AUTHORISED.entry(),
    NOMINATED.entry(),
    NOMINATION_ACCEPTED.entry(),
    NOMINATION_DECLINED.entry(),
    SEAT_TAKEN.entry(),
    SEAT_RELEASED.entry(),
    PROXY_OFFERED.entry(),
    PROXY_ACCEPTED.entry(),
    PROXY_DECLINED.entry(),
    DELEGATION_OFFERED.entry(),
    DELEGATION_ACCEPTED.entry(),
    DELEGATION_DECLINED.entry(),
    DELEGATION_REVOKED.entry(),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::lines::Tried;

    fn d() -> Decision {
        Decision {
            org: "makers".into(),
            body: "assembly".into(),
            name: "General assembly".into(),
            number: 1,
            title: "Saturday hours".into(),
            method: "consent".into(),
        }
    }

    /// Every type has a line in every language; the English one says what the stored
    /// summary says.
    #[test]
    fn every_type_has_its_line() {
        let ada = Some("ada");
        let mut t = Tried::new(EVENTS);
        let created = Created {
            org: "makers".into(),
            body: "assembly".into(),
            name: "General assembly".into(),
            kind: "general_assembly".into(),
        };
        t.line(
            "body.created",
            ada,
            created,
            "@ada declared the body “General assembly” of @makers",
        );
        let changed = RulebookChanged {
            org: "makers".into(),
            body: "assembly".into(),
            name: "General assembly".into(),
            version: 2,
            decision: None,
        };
        t.line(
            "body.rulebook_changed",
            ada,
            changed,
            "@ada wrote version 2 of the rulebook of “General assembly”",
        );
        let adopted = RulebookChanged {
            org: "makers".into(),
            body: "assembly".into(),
            name: "General assembly".into(),
            version: 3,
            decision: Some(4),
        };
        t.line(
            "body.rulebook_adopted",
            None,
            adopted,
            "Decision 4 wrote version 3 of the rulebook of “General assembly”",
        );
        t.line(
            "decision.drafted",
            ada,
            d(),
            "@ada drafted “Saturday hours” for “General assembly”",
        );
        t.line(
            "decision.edited",
            ada,
            d(),
            "@ada rewrote the draft “Saturday hours” of “General assembly”",
        );
        let opened = Opened {
            decision: d(),
            secrecy: "open".into(),
            voters: 4,
            electorate_weight: 4,
            electorate_hash: "ab".into(),
            closes_at: 0,
        };
        t.line(
            "decision.opened",
            ada,
            opened,
            "@ada opened “Saturday hours” of “General assembly” to 4 voters",
        );
        let voted = Voted {
            decision: d(),
            changed: false,
        };
        t.line(
            "decision.voted",
            ada,
            voted,
            "@ada voted on “Saturday hours” (“General assembly”)",
        );
        let received = Voted {
            decision: d(),
            changed: true,
        };
        t.line(
            "decision.ballot_received",
            None,
            received,
            "A ballot was cast on “Saturday hours” (“General assembly”)",
        );
        let given = Proxy {
            decision: d(),
            holder: "bob".into(),
        };
        t.line(
            "decision.proxy_given",
            ada,
            given,
            "@ada gave their proxy on “Saturday hours” to @bob",
        );
        let revoked = Proxy {
            decision: d(),
            holder: "bob".into(),
        };
        t.line(
            "decision.proxy_revoked",
            ada,
            revoked,
            "@ada took back their proxy on “Saturday hours” from @bob",
        );
        let closed = Closed {
            decision: d(),
            result: "decided".into(),
            early: false,
            ballot_count: 3,
            turnout: 3,
            winners: vec![],
            ballots_hash: "ab".into(),
            outcome_hash: "cd".into(),
        };
        t.line(
            "decision.closed",
            None,
            closed,
            "“Saturday hours” of “General assembly” closed: decided",
        );
        t.line(
            "decision.withdrawn",
            ada,
            d(),
            "@ada withdrew “Saturday hours” of “General assembly”",
        );
        let authorised = PaymentAuthorised {
            decision: d(),
            treasury: "makers".into(),
            expense: 3,
            amount: "120.00".into(),
            currency: "EUR".into(),
        };
        t.line(
            "decision.payment_authorised",
            None,
            authorised,
            "“Saturday hours” of “General assembly” authorised paying expense 3 of makers: 120.00 EUR",
        );
        let nominated = Nominated {
            decision: d(),
            candidate: "bob".into(),
            accepted: false,
        };
        t.line(
            "decision.nominated",
            ada,
            nominated,
            "@ada nominated @bob for “Saturday hours”",
        );
        t.line(
            "decision.nomination_accepted",
            Some("bob"),
            d(),
            "@bob accepted their nomination for “Saturday hours”",
        );
        t.line(
            "decision.nomination_declined",
            Some("bob"),
            d(),
            "@bob declined their nomination for “Saturday hours”",
        );
        let seat = || Seat {
            org: "makers".into(),
            body: "board".into(),
            name: "Board".into(),
            holder: "bob".into(),
            decision: "d1".into(),
            ends_at: 0,
        };
        t.line(
            "body.seat_taken",
            None,
            seat(),
            "@bob took a seat on “Board”",
        );
        t.line(
            "body.seat_released",
            None,
            seat(),
            "The term of @bob on “Board” ended",
        );
        let offered = Proxy {
            decision: d(),
            holder: "bob".into(),
        };
        t.line(
            "decision.proxy_offered",
            ada,
            offered,
            "@ada offered their proxy on “Saturday hours” to @bob",
        );
        let answer = || ProxyAnswer {
            decision: d(),
            giver: "ada".into(),
        };
        t.line(
            "decision.proxy_accepted",
            Some("bob"),
            answer(),
            "@bob accepted the proxy of @ada on “Saturday hours”",
        );
        t.line(
            "decision.proxy_declined",
            Some("bob"),
            answer(),
            "@bob declined the proxy of @ada on “Saturday hours”",
        );
        let delegation = || Delegation {
            org: "makers".into(),
            body: "assembly".into(),
            name: "General assembly".into(),
            delegator: "ada".into(),
            delegate: "bob".into(),
        };
        t.line(
            "body.delegation_offered",
            ada,
            delegation(),
            "@ada offered a standing delegation in “General assembly” to @bob",
        );
        t.line(
            "body.delegation_accepted",
            Some("bob"),
            delegation(),
            "@bob accepted the standing delegation of @ada in “General assembly”",
        );
        t.line(
            "body.delegation_declined",
            Some("bob"),
            delegation(),
            "@bob declined the standing delegation of @ada in “General assembly”",
        );
        t.line(
            "body.delegation_revoked",
            ada,
            delegation(),
            "@ada took back their standing delegation in “General assembly” from @bob",
        );
        t.all_tried();
    }
}
