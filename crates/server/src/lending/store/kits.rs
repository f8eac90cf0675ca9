//! Queries for kits, a room of lending's store: which resources a kit is made of, and
//! how many items of each. The rule that spans rows — a kit's booking and its parts'
//! own bookings never together exceed a part's pool — is held by the booking flow in
//! `service`, under the kit's lock and then its parts' locks in the order of their ids.

use crate::db::DbConn;
use crate::db::schema::lending_kit_parts;
use crate::error::AppError;
use diesel::prelude::*;

/// One part of a kit: so many items of resource `part_id`.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = lending_kit_parts)]
pub struct KitPartRow {
    pub kit_id: String,
    pub part_id: String,
    pub quantity: i64,
}

/// A kit's parts, in the order of their ids (the order their locks are taken in).
pub fn parts_of(conn: &mut DbConn, kit_id: &str) -> Result<Vec<KitPartRow>, AppError> {
    Ok(lending_kit_parts::table
        .filter(lending_kit_parts::kit_id.eq(kit_id))
        .order(lending_kit_parts::part_id.asc())
        .select(KitPartRow::as_select())
        .load(conn)?)
}

/// The kits resource `part_id` is a part of.
pub fn kits_of(conn: &mut DbConn, part_id: &str) -> Result<Vec<KitPartRow>, AppError> {
    Ok(lending_kit_parts::table
        .filter(lending_kit_parts::part_id.eq(part_id))
        .order(lending_kit_parts::kit_id.asc())
        .select(KitPartRow::as_select())
        .load(conn)?)
}

/// Replaces a kit's parts (none: it is no kit any more).
pub fn set_parts(conn: &mut DbConn, kit_id: &str, parts: &[KitPartRow]) -> Result<(), AppError> {
    diesel::delete(lending_kit_parts::table.filter(lending_kit_parts::kit_id.eq(kit_id)))
        .execute(conn)?;
    for p in parts {
        diesel::insert_into(lending_kit_parts::table)
            .values(p.clone())
            .execute(conn)?;
    }
    Ok(())
}

/// Every kit's parts (a small table): for the export and for searches over many
/// resources.
pub fn all_parts(conn: &mut DbConn) -> Result<Vec<KitPartRow>, AppError> {
    Ok(lending_kit_parts::table
        .order((
            lending_kit_parts::kit_id.asc(),
            lending_kit_parts::part_id.asc(),
        ))
        .select(KitPartRow::as_select())
        .load(conn)?)
}
