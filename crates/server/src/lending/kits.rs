//! Kits: a resource made of other resources of the same steward (a recording kit of a
//! camera and a recorder), each so many items per kit. A steward declares the parts;
//! booking the kit then holds its parts' items over the same slot, in the same
//! transaction (see `service::reserve`), and a part's own bookings leave the kit without
//! room for that slot. Kits do not nest: a part is no kit, and a kit is no part.

use super::events::{self, KitPart, KitSet};
use super::model::{self, LendingError};
use super::service;
use super::store::{self, kits::KitPartRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::journal;
use crate::web::actor::Actor;

/// A steward sets the parts of kit `id`, `(part id, quantity per kit)` each (none: it is
/// no kit any more). Under the kit's lock, then its parts' in the order of their ids, the
/// bookings already made must still fit in every part's pool.
pub fn set(
    conn: &mut DbConn,
    who: &Actor,
    id: &str,
    parts: &[(String, i64)],
    now: i64,
) -> Result<Vec<KitPartRow>, AppError> {
    let kit = service::stewarded(conn, who, id)?;
    let kit_error = |problem: &'static str, part: &str| -> AppError {
        LendingError::Kit {
            problem,
            part: part.to_string(),
        }
        .into()
    };
    if !parts.is_empty() && !store::kits::kits_of(conn, &kit.id)?.is_empty() {
        return Err(kit_error("nested", &kit.name));
    }
    let mut sorted: Vec<(String, i64)> = parts
        .iter()
        .map(|(p, q)| (p.trim().to_string(), *q))
        .collect();
    sorted.sort();
    let mut rows = Vec::new();
    for (part_id, quantity) in &sorted {
        if *part_id == kit.id {
            return Err(kit_error("itself", part_id));
        }
        let part = service::require_resource(conn, part_id)?;
        if part.steward_kind != kit.steward_kind || part.steward_id != kit.steward_id {
            return Err(kit_error("steward", &part.name));
        }
        if part.retired_at.is_some() {
            return Err(kit_error("retired", &part.name));
        }
        if !store::kits::parts_of(conn, &part.id)?.is_empty() {
            return Err(kit_error("nested", &part.name));
        }
        rows.push((part, *quantity));
    }
    let checked: Vec<(&str, &str, i64, i64)> = rows
        .iter()
        .map(|(p, q)| (p.id.as_str(), p.name.as_str(), *q, p.quantity))
        .collect();
    model::kit_parts(&checked)?;
    let new: Vec<KitPartRow> = rows
        .iter()
        .map(|(p, q)| KitPartRow {
            kit_id: kit.id.clone(),
            part_id: p.id.clone(),
            quantity: *q,
        })
        .collect();
    store::kits::set_parts(conn, &kit.id, &new)?;
    // The kit's bookings to come must fit beside each part's own.
    for (part, _) in &rows {
        store::lock_resource(conn, &part.id)?;
        let holds = service::holds_of(conn, part, now, now)?;
        if model::overbooked(&holds, part.quantity, now, model::END_OF_TIME_MS) {
            return Err(kit_error("booked", &part.name));
        }
    }
    journal::record(
        conn,
        Some(&who.handle),
        &events::KIT_SET,
        &service::resource_ref(&kit),
        &format!(
            "@{} made {} a kit of {} parts",
            who.handle,
            kit.name,
            rows.len()
        ),
        &KitSet {
            resource: kit.id.clone(),
            name: kit.name.clone(),
            parts: rows
                .iter()
                .map(|(p, q)| KitPart {
                    resource: p.id.clone(),
                    name: p.name.clone(),
                    quantity: *q,
                })
                .collect(),
        },
    )?;
    Ok(new)
}
