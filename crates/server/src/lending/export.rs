//! Lending's share of the public export: resources, their policies, and reservations
//! with their states and condition notes, as the API shows them; peer offers and
//! requests; the photos of resources (without their bytes); kits' parts; the money of
//! loans (fee, deposit, late fee and their ledger entries).

use super::store::{self, ReservationRow, ResourceRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::export::{Exporter, Sink, Table};
use serde::Serialize;

pub static EXPORT: Exporter = Exporter {
    domain: "lending",
    tables: &[
        Table::Public {
            table: "lending_resources",
            line: "resource",
        },
        Table::Public {
            table: "lending_policies",
            line: "lending_policy",
        },
        Table::Public {
            table: "lending_reservations",
            line: "reservation",
        },
        Table::Public {
            table: "lending_blocks",
            line: "lending_block",
        },
        Table::Public {
            table: "lending_rules",
            line: "lending_rules",
        },
        Table::Public {
            table: "lending_savings_factors",
            line: "lending_savings_factor",
        },
        Table::Private {
            table: "lending_waits",
            why: "who waits for what is personal; each place joined, offered, taken or lapsed is in the journal",
        },
        Table::Private {
            table: "lending_maintenance_plans",
            why: "a steward's working schedule; the blocks it places are exported",
        },
        Table::Private {
            table: "lending_trainings",
            why: "who is trained on what is personal; each recording is in the journal",
        },
        Table::Private {
            table: "lending_class_trainings",
            why: "who is trained on what is personal; each recording is in the journal",
        },
        Table::Public {
            table: "lending_offers",
            line: "lending_offer",
        },
        Table::Public {
            table: "lending_requests",
            line: "lending_request",
        },
        Table::Private {
            table: "lending_offer_matches",
            why: "who asks whom for what is between two people; each proposal and decision is in the journal",
        },
        Table::Private {
            table: "lending_notices",
            why: "messages to one borrower; the moves and cancellations are in the journal",
        },
        Table::Private {
            table: "lending_feed_tokens",
            why: "the hashes of people's secret calendar addresses: whoever had one could \
                  try addresses against it",
        },
        Table::Public {
            table: "lending_photos",
            line: "lending_photo",
        },
        Table::Public {
            table: "lending_kit_parts",
            line: "lending_kit_part",
        },
        Table::Public {
            table: "lending_policy_terms",
            line: "lending_policy_terms",
        },
        Table::Public {
            table: "lending_reservation_money",
            line: "lending_loan_money",
        },
        Table::Private {
            table: "lending_condition_photos",
            why: "photos of what one borrower had, seen by them and the stewards only; each \
                  photo's SHA-256, size and moment are in the journal",
        },
    ],
    write,
};

#[derive(Serialize)]
struct ResourceLine {
    id: String,
    kind: String,
    name: String,
    description: String,
    place: String,
    condition: String,
    quantity: i64,
    steward_kind: String,
    steward_id: String,
    created_by: String,
    created_at: i64,
    retired_at: Option<i64>,
}

#[derive(Serialize)]
struct PolicyLine {
    resource_id: String,
    min_minutes: i64,
    max_minutes: i64,
    horizon_days: i64,
    buffer_minutes: i64,
    borrowers: String,
    approval_required: bool,
    training_required: bool,
}

#[derive(Serialize)]
struct BlockLine {
    id: String,
    resource_id: String,
    kind: String,
    quantity: i64,
    starts_at: i64,
    ends_at: i64,
    reason: String,
    created_by: String,
    created_at: i64,
    ended_at: Option<i64>,
}

#[derive(Serialize)]
struct ReservationLine {
    id: String,
    resource_id: String,
    borrower_id: String,
    quantity: i64,
    starts_at: i64,
    ends_at: i64,
    held_until: i64,
    state: String,
    created_at: i64,
    checked_out_at: Option<i64>,
    out_note: String,
    returned_at: Option<i64>,
    return_note: String,
    cancelled_at: Option<i64>,
}

/// A resource's opening hours, limits per person and pickup time, when it has any.
#[derive(Serialize)]
struct RulesLine {
    resource_id: String,
    opening_hours: String,
    hours_zone: String,
    max_items: Option<i64>,
    max_days_month: Option<i64>,
    max_unconfirmed: Option<i64>,
    pickup_hours: i64,
    desk_hours: String,
}

/// A library's savings factor for one class (`steward_id` `territory`: the territory's
/// default, set by an instance administrator); a factor not set is absent.
#[derive(Serialize)]
struct FactorLine {
    steward_id: String,
    kind: String,
    purchases_per_100: Option<i64>,
    cars_shed: Option<i64>,
    set_by: String,
    set_at: i64,
}

/// A resource's terms beyond the policy (its lead time and money terms), when a steward
/// set them.
#[derive(Serialize)]
struct TermsLine {
    resource_id: String,
    lead_minutes: i64,
    currency: String,
    deposit: i64,
    fee_mode: String,
    fee: i64,
    late_fee_per_day: i64,
}

fn write(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    for t in store::all_terms(conn)? {
        sink.line(
            "lending_policy_terms",
            &TermsLine {
                resource_id: t.resource_id,
                lead_minutes: t.lead_minutes,
                currency: t.currency,
                deposit: t.deposit,
                fee_mode: t.fee_mode,
                fee: t.fee,
                late_fee_per_day: t.late_fee_per_day,
            },
        )?;
    }
    let (resources, reservations) = store::all(conn)?;
    for r in resources {
        let ResourceRow {
            id,
            kind,
            name,
            description,
            place,
            condition,
            quantity,
            steward_kind,
            steward_id,
            min_minutes,
            max_minutes,
            horizon_days,
            buffer_minutes,
            borrowers,
            approval_required,
            training_required,
            created_by,
            created_at,
            retired_at,
            rules,
            lead_minutes: _,
            money: _,
        } = r;
        let rules_line = (rules != super::model::Rules::default()).then(|| RulesLine {
            resource_id: id.clone(),
            opening_hours: rules.hours.written(),
            hours_zone: rules.zone.clone(),
            max_items: rules.max_items,
            max_days_month: rules.max_days_month,
            max_unconfirmed: rules.max_unconfirmed,
            pickup_hours: rules.pickup_hours,
            desk_hours: rules.desk.written(),
        });
        sink.line(
            "resource",
            &ResourceLine {
                id: id.clone(),
                kind,
                name,
                description,
                place,
                condition,
                quantity,
                steward_kind,
                steward_id,
                created_by,
                created_at,
                retired_at,
            },
        )?;
        sink.line(
            "lending_policy",
            &PolicyLine {
                resource_id: id,
                min_minutes,
                max_minutes,
                horizon_days,
                buffer_minutes,
                borrowers,
                approval_required,
                training_required,
            },
        )?;
        if let Some(line) = rules_line {
            sink.line("lending_rules", &line)?;
        }
    }
    for k in reservations {
        let ReservationRow {
            id,
            resource_id,
            borrower_id,
            quantity,
            starts_at,
            ends_at,
            held_until,
            state,
            created_at,
            checked_out_at,
            out_note,
            returned_at,
            return_note,
            cancelled_at,
        } = k;
        sink.line(
            "reservation",
            &ReservationLine {
                id,
                resource_id,
                borrower_id,
                quantity,
                starts_at,
                ends_at,
                held_until,
                state,
                created_at,
                checked_out_at,
                out_note,
                returned_at,
                return_note,
                cancelled_at,
            },
        )?;
    }
    for b in store::all_blocks(conn)? {
        let store::BlockRow {
            id,
            resource_id,
            kind,
            quantity,
            starts_at,
            ends_at,
            reason,
            created_by,
            created_at,
            ended_at,
        } = b;
        sink.line(
            "lending_block",
            &BlockLine {
                id,
                resource_id,
                kind,
                quantity,
                starts_at,
                ends_at,
                reason,
                created_by,
                created_at,
                ended_at,
            },
        )?;
    }
    for f in store::factors(conn, None)? {
        let store::FactorRow {
            steward_id,
            kind,
            purchases_per_100,
            cars_shed,
            set_by,
            set_at,
        } = f;
        sink.line(
            "lending_savings_factor",
            &FactorLine {
                steward_id,
                kind,
                purchases_per_100,
                cars_shed,
                set_by,
                set_at,
            },
        )?;
    }
    let (offers, requests) = super::store::offers::all(conn)?;
    for o in &offers {
        sink.line("lending_offer", o)?;
    }
    for r in &requests {
        sink.line("lending_request", r)?;
    }
    // A photo's id, resource, caption, media type, SHA-256, size and who added it when;
    // its bytes are served at its address.
    for p in super::store::photos::all_photos(conn)? {
        sink.line("lending_photo", &p)?;
    }
    for k in super::store::kits::all_parts(conn)? {
        sink.line("lending_kit_part", &k)?;
    }
    // A loan's fee, deposit and late fee, with the ledger transactions that booked them.
    for m in super::store::money::all(conn)? {
        sink.line("lending_loan_money", &m)?;
    }
    Ok(())
}
