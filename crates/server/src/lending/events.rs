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
    /// What the loan costs, when its resource asks for money (at booking, check-out
    /// and return).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub money: Option<LoanMoney>,
}

/// A loan's money in a booking's event: amounts written with their currency
/// (`"20.00 EUR"`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LoanMoney {
    pub fee: String,
    pub deposit: String,
    pub late_fee_per_day: String,
    /// Known at the return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub late_fee: Option<String>,
    /// The steward's treasury that booked it, when one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treasury: Option<String>,
}

/// A person joined or left a resource's waiting list (or their wait ended).
#[derive(Debug, Serialize, Deserialize)]
pub struct Waited {
    pub wait: String,
    pub resource: String,
    pub name: String,
    /// The waiting person's handle, without `@`.
    pub person: String,
    pub quantity: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    /// Their place on the list when they joined (1: first); 0 once they left.
    pub position: i64,
}

impl Payload for Waited {
    const ARGS: &'static [&'static str] = &["name", "person", "position"];
    fn args(&self, a: &mut Args) {
        a.text("name", &self.name);
        a.handle("person", &self.person);
        a.count("position", self.position);
    }
}

/// A block took items out of the pool: maintenance over an interval, or a breakdown
/// until repaired; or such a block ended (repaired, or lifted early).
#[derive(Debug, Serialize, Deserialize)]
pub struct Blocked {
    pub resource: String,
    pub name: String,
    pub block: String,
    /// `maintenance` or `breakdown`.
    pub kind: String,
    pub quantity: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// A resource's maintenance plan was set.
#[derive(Debug, Serialize, Deserialize)]
pub struct Planned {
    pub resource: String,
    pub name: String,
    pub every_days: Option<i64>,
    pub every_uses: Option<i64>,
    pub minutes: i64,
}

/// A steward recorded that a person was trained on a resource.
#[derive(Debug, Serialize, Deserialize)]
pub struct Trained {
    pub resource: String,
    pub name: String,
    /// The person trained, without `@`.
    pub person: String,
    pub expires_at: i64,
    /// The kind, when the training holds for every resource of it the steward lends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
}

/// A steward changed a resource's policy: the policy it has now.
#[derive(Debug, Serialize, Deserialize)]
pub struct PolicySet {
    pub resource: String,
    pub name: String,
    pub min_minutes: i64,
    pub max_minutes: i64,
    pub horizon_days: i64,
    pub buffer_minutes: i64,
    pub borrowers: String,
    pub approval_required: bool,
    pub training_required: bool,
    /// Weekly opening hours (`tue 17:00-20:00, …`), empty when always open.
    #[serde(default)]
    pub opening_hours: String,
    /// The zone the hours are read in.
    #[serde(default)]
    pub hours_zone: String,
    /// Limits per person over the steward's library, absent when none.
    #[serde(default)]
    pub max_items: Option<i64>,
    #[serde(default)]
    pub max_days_month: Option<i64>,
    #[serde(default)]
    pub max_unconfirmed: Option<i64>,
    /// How long a waiting-list offer waits for pickup.
    #[serde(default)]
    pub pickup_hours: i64,
    /// Desk hours (`tue 17:00-18:00, …`), empty when items go out whenever it is open.
    #[serde(default)]
    pub desk_hours: String,
    /// Minutes of notice a booking needs; 0 when none.
    #[serde(default)]
    pub lead_minutes: i64,
    /// The money terms, amounts with their currency (`"20.00 EUR"`).
    #[serde(default)]
    pub deposit: String,
    /// `free`, `per_loan`, `per_day` or `pay_what_you_can`.
    #[serde(default)]
    pub fee_mode: String,
    #[serde(default)]
    pub fee: String,
    #[serde(default)]
    pub late_fee_per_day: String,
}

impl Payload for PolicySet {
    const ARGS: &'static [&'static str] = &["name"];
    fn args(&self, a: &mut Args) {
        a.text("name", &self.name);
    }
}

impl Payload for Blocked {
    const ARGS: &'static [&'static str] = &["name", "quantity", "reason"];
    fn args(&self, a: &mut Args) {
        a.text("name", &self.name);
        a.count("quantity", self.quantity);
        a.text("reason", &self.reason);
    }
}

impl Payload for Planned {
    const ARGS: &'static [&'static str] = &["name", "days", "uses", "minutes"];
    fn args(&self, a: &mut Args) {
        a.text("name", &self.name);
        a.count("days", self.every_days.unwrap_or(0));
        a.count("uses", self.every_uses.unwrap_or(0));
        a.count("minutes", self.minutes);
    }
}

impl Payload for Trained {
    const ARGS: &'static [&'static str] = &["name", "person"];
    fn args(&self, a: &mut Args) {
        a.text("name", &self.name);
        a.handle("person", &self.person);
    }
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
pub const LENT_WALK_IN: EventType<Booking> = EventType::new(
    "reservation.lent_walk_in",
    Create,
    Reservation,
    "a steward lent items at the desk to someone who walked in: booked from now and handed over at once, noting their condition",
);
pub const RETURNED: EventType<Booking> = EventType::new(
    "reservation.returned",
    Undo,
    Reservation,
    "a steward took the items back, noting their condition",
);

pub const BLOCKED: EventType<Blocked> = EventType::new(
    "resource.blocked",
    Add,
    Resource,
    "a steward (or a maintenance plan come due) blocked items for maintenance over an interval",
);
pub const BROKE_DOWN: EventType<Blocked> = EventType::new(
    "resource.broke_down",
    Add,
    Resource,
    "a steward reported items broken: out of the pool until repaired",
);
pub const BLOCK_ENDED: EventType<Blocked> = EventType::new(
    "resource.block_ended",
    Remove,
    Resource,
    "a steward repaired broken items or lifted a maintenance block",
);
pub const PLANNED: EventType<Planned> = EventType::new(
    "resource.maintenance_planned",
    Update,
    Resource,
    "a steward set a resource's maintenance plan",
);
pub const TRAINED: EventType<Trained> = EventType::new(
    "resource.training_recorded",
    Add,
    Resource,
    "a steward recorded that a person was trained on a resource, until an expiry",
);
pub const MOVED: EventType<Booking> = EventType::new(
    "reservation.moved",
    Offer,
    Reservation,
    "a breakdown moved a reservation to the next free slot of the pool",
);

pub const POLICY_SET: EventType<PolicySet> = EventType::new(
    "resource.policy_set",
    Update,
    Resource,
    "a steward changed how a resource is lent (durations, horizon, buffer, who, approval, training, opening hours, limits per person, pickup time, lead time)",
);

pub const WAIT_JOINED: EventType<Waited> = EventType::new(
    "resource.wait_joined",
    Create,
    Resource,
    "someone joined a resource's waiting list for an interval that was taken",
);
pub const WAIT_LEFT: EventType<Waited> = EventType::new(
    "resource.wait_left",
    Update,
    Resource,
    "someone left a resource's waiting list, or their wait ended when its time came",
);
pub const OFFERED: EventType<Booking> = EventType::new(
    "reservation.offered",
    Create,
    Reservation,
    "a freed slot was offered to the first person waiting for it, held until its pickup time",
);
pub const TAKEN: EventType<Booking> = EventType::new(
    "reservation.taken",
    Update,
    Reservation,
    "the person offered a slot from the waiting list took it before its pickup time",
);
pub const LAPSED: EventType<Booking> = EventType::new(
    "reservation.lapsed",
    Update,
    Reservation,
    "an offer from the waiting list was not taken before its pickup time and lapsed",
);

/// A library's savings factors were set: purchases per 100 loans by class, and cars
/// shed per shared vehicle.
#[derive(Debug, Serialize, Deserialize)]
pub struct FactorsSet {
    /// The library's steward, `@handle`.
    pub library: String,
    pub purchases_per_100: std::collections::BTreeMap<String, i64>,
    pub cars_shed: i64,
    /// The factors the library gave up, to follow the territory's default again (class
    /// names, `cars_shed`); absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unset: Vec<String>,
}

impl Payload for FactorsSet {
    const ARGS: &'static [&'static str] = &["library"];
    fn args(&self, a: &mut Args) {
        a.text("library", &self.library);
    }
}

pub const ORG_FACTORS_SET: EventType<FactorsSet> = EventType::new(
    "organization.savings_factors_set",
    Update,
    Organization,
    "an admin set the factors of what the organization's lending library saves (purchases per 100 loans by class, cars shed per shared vehicle)",
);
pub const PERSON_FACTORS_SET: EventType<FactorsSet> = EventType::new(
    "person.savings_factors_set",
    Update,
    Person,
    "a person set the factors of what the things they lend save (purchases per 100 loans by class, cars shed per shared vehicle)",
);
/// The territory's default savings factors were set: those a library uses for a class
/// (or the cars shed) it set none of. What the administrator set, by class (and the cars
/// shed when set); the classes absent keep the built-in defaults.
#[derive(Debug, Serialize, Deserialize)]
pub struct TerritoryFactorsSet {
    pub purchases_per_100: std::collections::BTreeMap<String, i64>,
    pub cars_shed: Option<i64>,
}

impl Payload for TerritoryFactorsSet {
    const ARGS: &'static [&'static str] = &[];
    fn args(&self, _: &mut Args) {}
}

pub const TERRITORY_FACTORS_SET: EventType<TerritoryFactorsSet> = EventType::new(
    "instance.savings_factors_set",
    Update,
    Instance,
    "an instance administrator set the territory's default savings factors, which every library uses for a factor it set none of",
);
pub const COMMONS_FACTORS_SET: EventType<FactorsSet> = EventType::new(
    "commons.savings_factors_set",
    Update,
    Commons,
    "a maintainer set the factors of what the commons' lending library saves (purchases per 100 loans by class, cars shed per shared vehicle)",
);

/// A steward added a photo to a resource, or removed one: its hash and size, never its
/// bytes.
#[derive(Debug, Serialize, Deserialize)]
pub struct Photographed {
    pub resource: String,
    pub name: String,
    pub photo: String,
    pub media_type: String,
    /// SHA-256 of the bytes, hex.
    pub sha256: String,
    pub bytes: i64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub caption: String,
}

impl Payload for Photographed {
    const ARGS: &'static [&'static str] = &["name"];
    fn args(&self, a: &mut Args) {
        a.text("name", &self.name);
    }
}

pub const PHOTO_ADDED: EventType<Photographed> = EventType::new(
    "resource.photo_added",
    Add,
    Resource,
    "a steward added a photo to a resource (its SHA-256 and size, not its bytes)",
);
pub const PHOTO_REMOVED: EventType<Photographed> = EventType::new(
    "resource.photo_removed",
    Remove,
    Resource,
    "a steward removed a photo of a resource",
);

/// A steward took a photo of a loan's condition at its check-out or return: its hash
/// and size, never its bytes.
#[derive(Debug, Serialize, Deserialize)]
pub struct ConditionPhotographed {
    pub reservation: String,
    pub resource: String,
    pub name: String,
    /// The borrower's handle, without `@`.
    pub borrower: String,
    /// `check_out` or `return`.
    pub moment: String,
    pub photo: String,
    pub media_type: String,
    /// SHA-256 of the bytes, hex.
    pub sha256: String,
    pub bytes: i64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub caption: String,
}

impl Payload for ConditionPhotographed {
    const ARGS: &'static [&'static str] = &["name", "borrower", "moment"];
    fn args(&self, a: &mut Args) {
        a.text("name", &self.name);
        a.handle("borrower", &self.borrower);
        a.text("moment", &self.moment);
    }
}

pub const CONDITION_PHOTO_ADDED: EventType<ConditionPhotographed> = EventType::new(
    "reservation.photo_added",
    Update,
    Reservation,
    "a steward took a photo of a loan's condition at its check-out or return (its SHA-256 and size, not its bytes)",
);

/// One part of a kit as its event names it.
#[derive(Debug, Serialize, Deserialize)]
pub struct KitPart {
    pub resource: String,
    pub name: String,
    /// Items of it per kit.
    pub quantity: i64,
}

/// A steward set a kit's parts (none: it is no kit any more).
#[derive(Debug, Serialize, Deserialize)]
pub struct KitSet {
    pub resource: String,
    pub name: String,
    pub parts: Vec<KitPart>,
}

impl Payload for KitSet {
    const ARGS: &'static [&'static str] = &["name", "parts"];
    fn args(&self, a: &mut Args) {
        a.text("name", &self.name);
        a.count("parts", self.parts.len() as i64);
    }
}

pub const KIT_SET: EventType<KitSet> = EventType::new(
    "resource.kit_set",
    Update,
    Resource,
    "a steward set which resources a kit is made of (booking the kit books them too)",
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
    LENT_WALK_IN.entry(),
    BLOCKED.entry(),
    BROKE_DOWN.entry(),
    BLOCK_ENDED.entry(),
    PLANNED.entry(),
    TRAINED.entry(),
    MOVED.entry(),
    POLICY_SET.entry(),
    WAIT_JOINED.entry(),
    WAIT_LEFT.entry(),
    OFFERED.entry(),
    TAKEN.entry(),
    LAPSED.entry(),
    ORG_FACTORS_SET.entry(),
    PERSON_FACTORS_SET.entry(),
    PHOTO_ADDED.entry(),
    PHOTO_REMOVED.entry(),
    KIT_SET.entry(),
    CONDITION_PHOTO_ADDED.entry(),
    COMMONS_FACTORS_SET.entry(),
    TERRITORY_FACTORS_SET.entry(),
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
        let photo = || Photographed {
            resource: "r".into(),
            name: "Cargo bike".into(),
            photo: "p".into(),
            media_type: "image/png".into(),
            sha256: "ab".into(),
            bytes: 120,
            caption: String::new(),
        };
        t.line(
            "resource.photo_added",
            ada,
            photo(),
            "@ada added a photo of Cargo bike",
        );
        t.line(
            "resource.photo_removed",
            ada,
            photo(),
            "@ada removed a photo of Cargo bike",
        );
        for (moment, said) in [("check_out", "check-out"), ("return", "return")] {
            t.line(
                "reservation.photo_added",
                ada,
                ConditionPhotographed {
                    reservation: "x".into(),
                    resource: "r".into(),
                    name: "Cargo bike".into(),
                    borrower: "bob".into(),
                    moment: moment.into(),
                    photo: "p".into(),
                    media_type: "image/png".into(),
                    sha256: "ab".into(),
                    bytes: 120,
                    caption: String::new(),
                },
                &format!("@ada took a photo of Cargo bike lent to @bob at its {said}"),
            );
        }
        t.line(
            "resource.kit_set",
            ada,
            KitSet {
                resource: "k".into(),
                name: "Recording kit".into(),
                parts: vec![KitPart {
                    resource: "c".into(),
                    name: "Camera".into(),
                    quantity: 1,
                }],
            },
            "@ada made Recording kit a kit of 1 part",
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
            money: None,
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
            "reservation.lent_walk_in",
            ada,
            b("out"),
            "@ada lent 1 of Cargo bike to @bob at the desk, without a booking",
        );
        t.line(
            "reservation.returned",
            ada,
            b("returned"),
            "@ada took back 1 of Cargo bike from @bob",
        );
        let blk = |kind: &str| Blocked {
            resource: "r".into(),
            name: "Cargo bike".into(),
            block: "k".into(),
            kind: kind.into(),
            quantity: 1,
            starts_at: 0,
            ends_at: 60_000,
            reason: "brakes".into(),
        };
        t.line(
            "resource.blocked",
            ada,
            blk("maintenance"),
            "@ada blocked 1 of Cargo bike for maintenance: brakes",
        );
        t.line(
            "resource.broke_down",
            ada,
            blk("breakdown"),
            "@ada reported 1 of Cargo bike broken: brakes",
        );
        t.line(
            "resource.block_ended",
            ada,
            blk("breakdown"),
            "@ada brought 1 of Cargo bike back into the pool",
        );
        t.line(
            "resource.maintenance_planned",
            ada,
            Planned {
                resource: "r".into(),
                name: "Cargo bike".into(),
                every_days: Some(30),
                every_uses: Some(10),
                minutes: 120,
            },
            "@ada planned maintenance of Cargo bike: 120 minutes every 30 days or 10 loans",
        );
        t.line(
            "resource.training_recorded",
            ada,
            Trained {
                resource: "r".into(),
                name: "Laser cutter".into(),
                person: "bob".into(),
                expires_at: 0,
                class: None,
            },
            "@ada recorded that @bob is trained on Laser cutter",
        );
        t.line(
            "reservation.moved",
            ada,
            b("confirmed"),
            "@ada’s breakdown report moved @bob’s reservation of Cargo bike",
        );
        t.line(
            "resource.policy_set",
            ada,
            PolicySet {
                resource: "r".into(),
                name: "Cargo bike".into(),
                min_minutes: 30,
                max_minutes: 600,
                horizon_days: 30,
                buffer_minutes: 15,
                borrowers: "anyone".into(),
                approval_required: false,
                training_required: true,
                opening_hours: "tue 17:00-20:00".into(),
                hours_zone: "Europe/Rome".into(),
                max_items: Some(2),
                max_days_month: None,
                max_unconfirmed: None,
                pickup_hours: 48,
                desk_hours: "tue 17:00-18:00".into(),
                lead_minutes: 120,
                deposit: "20.00 EUR".into(),
                fee_mode: "per_day".into(),
                fee: "4.00 EUR".into(),
                late_fee_per_day: "2.00 EUR".into(),
            },
            "@ada changed how Cargo bike is lent",
        );
        let w = |position: i64| Waited {
            wait: "w".into(),
            resource: "r".into(),
            name: "Cargo bike".into(),
            person: "bob".into(),
            quantity: 1,
            starts_at: 0,
            ends_at: 60_000,
            position,
        };
        t.line(
            "resource.wait_joined",
            Some("bob"),
            w(2),
            "@bob joined the waiting list of Cargo bike (place 2)",
        );
        t.line(
            "resource.wait_left",
            Some("bob"),
            w(0),
            "@bob is no longer waiting for Cargo bike",
        );
        t.line(
            "reservation.offered",
            None,
            b("offered"),
            "Cargo bike was offered to @bob from the waiting list",
        );
        t.line(
            "reservation.taken",
            Some("bob"),
            b("confirmed"),
            "@bob took up the offer of Cargo bike",
        );
        t.line(
            "reservation.lapsed",
            None,
            b("cancelled"),
            "@bob’s offer of Cargo bike lapsed: not picked up in time",
        );
        let f = |library: &str| FactorsSet {
            library: library.into(),
            purchases_per_100: [("tool".to_string(), 20)].into_iter().collect(),
            cars_shed: 15,
            unset: vec!["vehicle".to_string()],
        };
        t.line(
            "organization.savings_factors_set",
            ada,
            f("@city"),
            "@ada set the savings factors of @city",
        );
        t.line(
            "person.savings_factors_set",
            ada,
            f("@ada"),
            "@ada set the savings factors of @ada",
        );
        t.line(
            "commons.savings_factors_set",
            ada,
            f("@seed-library"),
            "@ada set the savings factors of @seed-library",
        );
        t.line(
            "instance.savings_factors_set",
            ada,
            TerritoryFactorsSet {
                purchases_per_100: [("tool".to_string(), 30)].into_iter().collect(),
                cars_shed: Some(12),
            },
            "@ada set the territory's default savings factors",
        );
        t.all_tried();
    }
}
