//! The journal events of lending: each type with the payload it carries (see
//! `journal::types`). A payload names the resource by name and id, and the steward
//! (`@handle`); a reservation's payload carries its interval in ms and its quantity.

use crate::journal::{Args, Entry, EventType, ObjectKind::*, Payload, Verb::*};
use serde::{Deserialize, Serialize};

/// A resource was put up for lending.
#[derive(Debug, Serialize, Deserialize)]
pub struct Created {
    pub resource: String,
    pub name: String,
    pub kind: String,
    pub quantity: i64,
    /// The steward, `@handle`.
    pub steward: String,
}

/// A resource was retired: no more bookings.
#[derive(Debug, Serialize, Deserialize)]
pub struct Retired {
    pub resource: String,
    pub name: String,
}

/// A reservation was made, approved, cancelled, checked out or returned.
#[derive(Debug, Serialize, Deserialize)]
pub struct Booking {
    pub reservation: String,
    pub resource: String,
    pub name: String,
    /// The borrower's handle, without `@`.
    pub borrower: String,
    pub quantity: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    /// The state it moved to.
    pub state: String,
    /// The condition noted at check-out or return, if any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Payload for Created {
    const ARGS: &'static [&'static str] = &["name", "steward", "quantity"];
    fn args(&self, a: &mut Args) {
        a.text("name", &self.name);
        a.text("steward", &self.steward);
        a.count("quantity", self.quantity);
    }
}

impl Payload for Retired {
    const ARGS: &'static [&'static str] = &["name"];
    fn args(&self, a: &mut Args) {
        a.text("name", &self.name);
    }
}

impl Payload for Booking {
    const ARGS: &'static [&'static str] = &["name", "borrower", "quantity"];
    fn args(&self, a: &mut Args) {
        a.text("name", &self.name);
        a.handle("borrower", &self.borrower);
        a.count("quantity", self.quantity);
    }
}

pub const CREATED: EventType<Created> = EventType::new(
    "resource.created",
    Create,
    Resource,
    "a steward put a resource up for lending",
);
pub const RETIRED: EventType<Retired> = EventType::new(
    "resource.retired",
    Delete,
    Resource,
    "a steward retired a resource; it takes no more bookings",
);
pub const RESERVED: EventType<Booking> = EventType::new(
    "reservation.made",
    Create,
    Reservation,
    "someone reserved items of a resource for an interval",
);
pub const APPROVED: EventType<Booking> = EventType::new(
    "reservation.approved",
    Accept,
    Reservation,
    "a steward approved a reservation that awaited approval",
);
pub const CANCELLED: EventType<Booking> = EventType::new(
    "reservation.cancelled",
    Delete,
    Reservation,
    "the borrower or a steward cancelled a reservation",
);
pub const CHECKED_OUT: EventType<Booking> = EventType::new(
    "reservation.checked_out",
    Update,
    Reservation,
    "a steward handed the items over, noting their condition",
);
pub const RETURNED: EventType<Booking> = EventType::new(
    "reservation.returned",
    Undo,
    Reservation,
    "a steward took the items back, noting their condition",
);

/// Every event type of lending.
pub static EVENTS: &[Entry] = &[
    CREATED.entry(),
    RETIRED.entry(),
    RESERVED.entry(),
    APPROVED.entry(),
    CANCELLED.entry(),
    CHECKED_OUT.entry(),
    RETURNED.entry(),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::lines::Tried;

    /// Every type has a line in every language; the English one says what happened.
    #[test]
    fn every_type_has_its_line() {
        let ada = Some("ada");
        let mut t = Tried::new(EVENTS);
        t.line(
            "resource.created",
            ada,
            Created {
                resource: "r".into(),
                name: "Cargo bike".into(),
                kind: "vehicle".into(),
                quantity: 2,
                steward: "@city".into(),
            },
            "@ada put Cargo bike up for lending (2 items, stewarded by @city)",
        );
        t.line(
            "resource.retired",
            ada,
            Retired {
                resource: "r".into(),
                name: "Cargo bike".into(),
            },
            "@ada retired Cargo bike",
        );
        let b = |state: &str| Booking {
            reservation: "x".into(),
            resource: "r".into(),
            name: "Cargo bike".into(),
            borrower: "bob".into(),
            quantity: 1,
            starts_at: 0,
            ends_at: 60_000,
            state: state.into(),
            note: String::new(),
        };
        t.line(
            "reservation.made",
            ada,
            b("confirmed"),
            "@ada reserved 1 of Cargo bike for @bob",
        );
        t.line(
            "reservation.approved",
            ada,
            b("confirmed"),
            "@ada approved @bob’s reservation of Cargo bike",
        );
        t.line(
            "reservation.cancelled",
            ada,
            b("cancelled"),
            "@ada cancelled @bob’s reservation of Cargo bike",
        );
        t.line(
            "reservation.checked_out",
            ada,
            b("out"),
            "@ada lent 1 of Cargo bike to @bob",
        );
        t.line(
            "reservation.returned",
            ada,
            b("returned"),
            "@ada took back 1 of Cargo bike from @bob",
        );
        t.all_tried();
    }
}
