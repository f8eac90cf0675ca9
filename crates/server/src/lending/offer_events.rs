//! The journal events of peer offers: each type with the payload it carries. An offer's
//! payload names it by title and id, with its mode and person (`handle`); a match's
//! names both sides, the loan's interval (share, rent), the fee (rent) and the terms
//! (what a barter exchanges).

use crate::journal::{Args, Entry, EventType, ObjectKind::*, Payload, Verb::*};
use serde::{Deserialize, Serialize};

/// An offer was made, edited or closed.
#[derive(Debug, Serialize, Deserialize)]
pub struct Offered {
    pub offer: String,
    pub title: String,
    pub kind: String,
    /// share, rent, barter or give.
    pub mode: String,
    /// The offering person's handle, without `@`.
    pub person: String,
    /// rent: the fee per day, in cents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_per_day: Option<i64>,
    /// The resource its loans are booked on (share, rent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
}

impl Payload for Offered {
    const ARGS: &'static [&'static str] = &["title", "person", "mode"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.title);
        a.handle("person", &self.person);
        a.text("mode", &self.mode);
    }
}

/// A request was made or closed.
#[derive(Debug, Serialize, Deserialize)]
pub struct Asked {
    pub request: String,
    pub title: String,
    pub kind: String,
    /// The asking person's handle, without `@`.
    pub person: String,
}

impl Payload for Asked {
    const ARGS: &'static [&'static str] = &["title", "person"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.title);
        a.handle("person", &self.person);
    }
}

/// A match was proposed, accepted, declined or withdrawn; or its offer was given or
/// bartered by it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Matched {
    #[serde(rename = "match")]
    pub match_id: String,
    pub offer: String,
    pub title: String,
    pub mode: String,
    /// The offer's person, without `@`.
    pub owner: String,
    /// Who receives the thing, without `@`.
    pub taker: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<i64>,
    /// rent: the fee over the loan, in cents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<i64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub terms: String,
    /// The reservation an accepted share or rent booked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reservation: Option<String>,
    /// The state it moved to.
    pub state: String,
}

impl Payload for Matched {
    const ARGS: &'static [&'static str] = &["title", "owner", "taker"];
    fn args(&self, a: &mut Args) {
        a.text("title", &self.title);
        a.handle("owner", &self.owner);
        a.handle("taker", &self.taker);
    }
}

pub const OFFER_CREATED: EventType<Offered> = EventType::new(
    "offer.created",
    Create,
    PeerOffer,
    "a person offered a thing to share, rent, barter or give",
);
pub const OFFER_UPDATED: EventType<Offered> = EventType::new(
    "offer.updated",
    Update,
    PeerOffer,
    "a person edited what their offer says",
);
pub const OFFER_CLOSED: EventType<Offered> = EventType::new(
    "offer.closed",
    Delete,
    PeerOffer,
    "a person closed their offer: it takes no more matches",
);
pub const MATCH_PROPOSED: EventType<Matched> = EventType::new(
    "offer.match_proposed",
    Offer,
    PeerOffer,
    "someone asked for an offered thing, or its person offered it in answer to a request",
);
pub const MATCH_ACCEPTED: EventType<Matched> = EventType::new(
    "offer.match_accepted",
    Accept,
    PeerOffer,
    "the other side accepted a match on a shared or rented thing: a loan was booked",
);
pub const MATCH_DECLINED: EventType<Matched> = EventType::new(
    "offer.match_declined",
    Reject,
    PeerOffer,
    "a match was declined by the other side, or withdrawn by the side that proposed it",
);
pub const GIVEN: EventType<Matched> = EventType::new(
    "offer.given",
    Accept,
    PeerOffer,
    "a match on a thing offered as a gift was accepted: it went to the taker for good",
);
pub const BARTERED: EventType<Matched> = EventType::new(
    "offer.bartered",
    Accept,
    PeerOffer,
    "a match on a thing offered in barter was accepted: the exchange was agreed",
);
pub const REQUEST_CREATED: EventType<Asked> = EventType::new(
    "thing_request.created",
    Create,
    ThingRequest,
    "a person asked for a thing",
);
pub const REQUEST_CLOSED: EventType<Asked> = EventType::new(
    "thing_request.closed",
    Delete,
    ThingRequest,
    "a person closed their request for a thing",
);

/// Every event type of peer offers.
pub static OFFER_EVENTS: &[Entry] = &[
    OFFER_CREATED.entry(),
    OFFER_UPDATED.entry(),
    OFFER_CLOSED.entry(),
    MATCH_PROPOSED.entry(),
    MATCH_ACCEPTED.entry(),
    MATCH_DECLINED.entry(),
    GIVEN.entry(),
    BARTERED.entry(),
    REQUEST_CREATED.entry(),
    REQUEST_CLOSED.entry(),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::lines::Tried;

    /// Every type has a line in every language; the English one says what happened.
    #[test]
    fn every_offer_type_has_its_line() {
        let ada = Some("ada");
        let bob = Some("bob");
        let mut t = Tried::new(OFFER_EVENTS);
        let o = || Offered {
            offer: "o".into(),
            title: "Sewing machine".into(),
            kind: "machine".into(),
            mode: "share".into(),
            person: "ada".into(),
            fee_per_day: None,
            resource: Some("r".into()),
        };
        t.line(
            "offer.created",
            ada,
            o(),
            "@ada offered Sewing machine (share)",
        );
        t.line(
            "offer.updated",
            ada,
            o(),
            "@ada edited the offer of Sewing machine",
        );
        t.line(
            "offer.closed",
            ada,
            o(),
            "@ada closed the offer of Sewing machine",
        );
        let m = |state: &str| Matched {
            match_id: "m".into(),
            offer: "o".into(),
            title: "Sewing machine".into(),
            mode: "share".into(),
            owner: "ada".into(),
            taker: "bob".into(),
            request: None,
            starts_at: Some(0),
            ends_at: Some(60_000),
            fee: None,
            terms: String::new(),
            reservation: Some("k".into()),
            state: state.into(),
        };
        t.line(
            "offer.match_proposed",
            bob,
            m("proposed"),
            "@bob proposed that @ada’s Sewing machine go to @bob",
        );
        t.line(
            "offer.match_accepted",
            ada,
            m("accepted"),
            "@ada accepted: @bob borrows @ada’s Sewing machine",
        );
        t.line(
            "offer.match_declined",
            ada,
            m("declined"),
            "@ada declined the match of @ada’s Sewing machine with @bob",
        );
        t.line(
            "offer.given",
            bob,
            m("accepted"),
            "@bob accepted: @ada gave Sewing machine to @bob",
        );
        t.line(
            "offer.bartered",
            bob,
            m("accepted"),
            "@bob accepted: @ada bartered Sewing machine with @bob",
        );
        let r = || Asked {
            request: "q".into(),
            title: "Ladder".into(),
            kind: "tool".into(),
            person: "bob".into(),
        };
        t.line("thing_request.created", bob, r(), "@bob asked for Ladder");
        t.line(
            "thing_request.closed",
            bob,
            r(),
            "@bob closed the request for Ladder",
        );
        t.all_tried();
    }
}
