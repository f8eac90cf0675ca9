//! The journal's types: events, verbs (ActivityStreams 2.0 names), references to objects,
//! and the guard that keeps secrets out of payloads.

use crate::error::AppError;
use serde::Serialize;
use utoipa::ToSchema;

/// ActivityStreams 2.0 activity types used as journal verbs, so the journal can federate
/// without a translation table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Create,
    Update,
    Delete,
    Accept,
    Reject,
    Offer,
    Invite,
    Join,
    Leave,
    Add,
    Remove,
    Undo,
}

impl Verb {
    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Create => "Create",
            Verb::Update => "Update",
            Verb::Delete => "Delete",
            Verb::Accept => "Accept",
            Verb::Reject => "Reject",
            Verb::Offer => "Offer",
            Verb::Invite => "Invite",
            Verb::Join => "Join",
            Verb::Leave => "Leave",
            Verb::Add => "Add",
            Verb::Remove => "Remove",
            Verb::Undo => "Undo",
        }
    }
}

/// Every kind of object the journal speaks of, with the verbs an event about it may carry:
/// the one list that feeds, filters and (later) federation read. A domain cannot journal a
/// kind or a verb that is not here; a new domain adds its kinds here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    Person,
    Organization,
    Commons,
    Contribution,
    Thread,
    Comment,
    Body,
    Decision,
    Treasury,
    LedgerTransaction,
    Resource,
    Reservation,
    Distribution,
    Expense,
    Hold,
    Determination,
    Budget,
    BudgetProject,
    Due,
    PeerOffer,
    ThingRequest,
    /// The instance itself, the territory it serves (one object, id `territory`).
    Instance,
}

impl ObjectKind {
    pub const ALL: [ObjectKind; 22] = [
        ObjectKind::Person,
        ObjectKind::Organization,
        ObjectKind::Commons,
        ObjectKind::Contribution,
        ObjectKind::Thread,
        ObjectKind::Comment,
        ObjectKind::Body,
        ObjectKind::Decision,
        ObjectKind::Budget,
        ObjectKind::BudgetProject,
        ObjectKind::Treasury,
        ObjectKind::LedgerTransaction,
        ObjectKind::Resource,
        ObjectKind::Reservation,
        ObjectKind::Distribution,
        ObjectKind::Expense,
        ObjectKind::Hold,
        ObjectKind::Determination,
        ObjectKind::Due,
        ObjectKind::PeerOffer,
        ObjectKind::ThingRequest,
        ObjectKind::Instance,
    ];

    /// The `object_type` of its events.
    pub fn as_str(self) -> &'static str {
        match self {
            ObjectKind::Person => "person",
            ObjectKind::Organization => "organization",
            ObjectKind::Commons => "commons",
            ObjectKind::Contribution => "contribution",
            ObjectKind::Budget => "budget",
            ObjectKind::BudgetProject => "budget_project",
            ObjectKind::Thread => "thread",
            ObjectKind::Comment => "comment",
            ObjectKind::Body => "body",
            ObjectKind::Decision => "decision",
            ObjectKind::Treasury => "treasury",
            ObjectKind::LedgerTransaction => "ledger_transaction",
            ObjectKind::Resource => "resource",
            ObjectKind::Reservation => "reservation",
            ObjectKind::Distribution => "distribution",
            ObjectKind::Expense => "expense",
            ObjectKind::Hold => "hold",
            ObjectKind::Determination => "determination",
            ObjectKind::Due => "due",
            ObjectKind::PeerOffer => "offer",
            ObjectKind::ThingRequest => "thing_request",
            ObjectKind::Instance => "instance",
        }
    }

    /// The verbs an event about an object of this kind may carry, and what each means.
    pub fn verbs(self) -> &'static [Verb] {
        use Verb::*;
        match self {
            // signed up; changed their profile; renamed
            ObjectKind::Person => &[Create, Update],
            // created; edited or renamed; invited, joined, declined, left, removed a member
            ObjectKind::Organization => &[Create, Update, Invite, Join, Reject, Leave, Remove],
            // created or forked; translated; deleted; added or removed a maintainer; reverted
            // a revision
            ObjectKind::Commons => &[Create, Update, Delete, Add, Remove, Undo],
            // proposed; accepted; rejected; changes asked or made; withdrawn or reverted
            ObjectKind::Contribution => &[Offer, Accept, Reject, Update, Undo],
            // started
            ObjectKind::Thread => &[Create],
            // written, edited, deleted
            ObjectKind::Comment => &[Create, Update, Delete],
            // declared; a new version of its rulebook
            // created or imported; a heading added or a ballot cast; rules, plan or phase
            // changed
            ObjectKind::Budget => &[Create, Add, Update],
            // proposed; reviewed or its implementation recorded; supported
            ObjectKind::BudgetProject => &[Offer, Update, Add],
            ObjectKind::Body => &[Create, Update, Add, Remove],
            // drafted; rewritten, opened or closed; a ballot cast or a proxy given; a proxy
            // taken back; withdrawn
            ObjectKind::Decision => &[Create, Update, Add, Remove, Delete],
            // opened; an account added; its approval rule set
            ObjectKind::Treasury => &[Create, Add, Update],
            // recorded; reversed
            ObjectKind::LedgerTransaction => &[Create, Undo],
            // put up for lending; retired; blocked, broken down or a training recorded;
            // repaired or unblocked; its maintenance plan set
            ObjectKind::Resource => &[Create, Delete, Add, Remove, Update],
            // made; approved; cancelled; checked out; returned; moved by a breakdown
            ObjectKind::Reservation => &[Create, Accept, Delete, Update, Undo, Offer],
            // previewed; posted to the ledger; discarded; a treasury's standing policy set;
            // approved by a steward; objected to; an objection withdrawn
            ObjectKind::Distribution => &[Create, Accept, Delete, Update, Add, Leave, Undo],
            // submitted; approved by a steward or by consent; rejected; paid; withdrawn;
            // drafted; edited; more asked; scheduled; marked spam; objected to; an
            // objection withdrawn
            ObjectKind::Expense => &[
                Create, Accept, Reject, Update, Delete, Offer, Add, Invite, Join, Remove, Leave,
                Undo,
            ],
            // placed; posted; voided or expired
            ObjectKind::Hold => &[Create, Accept, Delete],
            // asked and answered; its rights ended for a breach
            ObjectKind::Determination => &[Create, Update],
            // owed to a commons (a fee accepted, a pledge worked out); paid
            ObjectKind::Due => &[Create, Accept],
            // a thing offered to share, rent, barter or give; edited; closed; a match
            // proposed, accepted (a loan booked, or given or bartered) or declined
            ObjectKind::PeerOffer => &[Create, Update, Delete, Offer, Accept, Reject],
            // a thing asked for; closed by its person
            ObjectKind::ThingRequest => &[Create, Delete],
            // its territory's default savings factors set by an administrator
            ObjectKind::Instance => &[Update],
        }
    }

    /// The kind named `s`, or a 422 that lists the kinds there are.
    pub fn parse(s: &str) -> Result<ObjectKind, AppError> {
        ObjectKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                let known: Vec<&str> = ObjectKind::ALL.iter().map(|k| k.as_str()).collect();
                AppError::invalid(
                    "unknown_object_type",
                    crate::error::detail!(
                        "problem-unknown-object-type",
                        given = crate::error::shown(s, 40),
                        known = known.join(", ")
                    ),
                )
            })
    }
}

/// The object an event is about, with the public page that shows it.
#[derive(Debug, Clone)]
pub struct ObjectRef {
    pub kind: ObjectKind,
    pub id: String,
    /// Path of the object's page, e.g. `/people/ada`.
    pub url: String,
    /// Whose record the event belongs to when it is not the object's own: a contribution's
    /// events belong to its commons, a comment's to the scope of its thread, a fork's
    /// creation to its parent. `None`: the object's own record.
    pub context: Option<Context>,
}

impl ObjectRef {
    /// The context its events are stored with: the one given, or the object itself.
    pub fn stored_context(&self) -> String {
        match &self.context {
            Some(c) => c.stored(),
            None => Context::of(self.kind, &self.id).stored(),
        }
    }

    /// This object as the context of events about the things it holds.
    pub fn as_context(&self) -> Context {
        Context::of(self.kind, &self.id)
    }
}

/// The object whose whole record an event belongs to (a commons, an organization, a
/// person), stored with each event as `kind:id` so that one indexed read lists the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub kind: ObjectKind,
    pub id: String,
}

impl Context {
    pub fn of(kind: ObjectKind, id: &str) -> Context {
        Context {
            kind,
            id: id.to_string(),
        }
    }

    /// As stored in the journal's `context` column: `commons:<id>`.
    pub fn stored(&self) -> String {
        format!("{}:{}", self.kind.as_str(), self.id)
    }
}

/// One journal event as stored and as served.
#[derive(Debug, Clone, Serialize, ToSchema, diesel::Queryable, diesel::Selectable)]
#[diesel(table_name = crate::db::schema::journal)]
pub struct Event {
    /// Position in the journal; the cursor and the SSE event id.
    pub seq: i64,
    /// UUIDv7 of the event.
    pub id: String,
    /// Unix milliseconds UTC.
    pub at: i64,
    /// Handle of the person who acted; absent for the system.
    pub actor: Option<String>,
    /// ActivityStreams verb.
    pub verb: String,
    /// The event's type, `object.what_happened` (e.g. `commons.forked`): it says what the
    /// payload holds. Events written before types were named have `""`.
    pub kind: String,
    pub object_type: String,
    pub object_id: String,
    /// Path of the object's public page.
    pub object_url: String,
    /// Whose record the event belongs to, `kind:id`: `commons:<id>` for the events of a
    /// commons, its contributions, its threads and their comments, and the creation of its
    /// forks; the object itself for the others.
    pub context: String,
    /// One line for people.
    pub summary: String,
    /// JSON text with the details of the change.
    #[schema(value_type = Object)]
    #[serde(serialize_with = "raw_json")]
    pub payload: String,
    /// The running hash: SHA-256 of the previous event's hash and this event's fields
    /// (`commonfare verify` recomputes the chain); absent only on an event written before
    /// the journal had one and not yet sealed.
    pub hash: Option<String>,
}

/// Writes the stored JSON text as JSON. Borrowing it as a `RawValue` only validates it
/// (no tree is built), which matters on the journal's hot read path.
fn raw_json<S: serde::Serializer>(text: &str, s: S) -> Result<S::Ok, S::Error> {
    match serde_json::from_str::<&serde_json::value::RawValue>(text) {
        Ok(raw) => raw.serialize(s),
        Err(_) => serde_json::Value::Null.serialize(s),
    }
}

/// Filters shared by every feed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct Filter {
    /// Only events by this person (handle).
    pub actor: Option<String>,
    /// Only events about objects of this type, e.g. `organization`.
    pub object_type: Option<String>,
    /// Only events about this object id (with `object_type`).
    pub object_id: Option<String>,
    /// Only events of this record or about its object (resolved from `kind:handle` by
    /// `contexts`, so never read from an address as such).
    #[serde(skip)]
    pub context: Option<Context>,
}

impl Filter {
    /// Drops empty strings, as an HTML filter form sends them, and refuses an object type
    /// the journal does not know (a 422 that lists the known ones): an empty answer would
    /// hide the typo.
    pub fn checked(mut self) -> Result<Self, AppError> {
        for f in [&mut self.actor, &mut self.object_type, &mut self.object_id] {
            if f.as_deref().is_some_and(|s| s.trim().is_empty()) {
                *f = None;
            }
        }
        if let Some(t) = &self.object_type {
            ObjectKind::parse(t.trim())?;
        }
        Ok(self)
    }
}
