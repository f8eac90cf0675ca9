//! Queries for photos, a room of lending's store: a resource's photos (public) and the
//! photos of a loan's condition taken at check-out and return (seen by the stewards and
//! the borrower). The bytes are read only when a photo is served; lists carry the rest.

use crate::db::DbConn;
use crate::db::schema::{lending_condition_photos, lending_photos};
use crate::error::AppError;
use diesel::prelude::*;
use std::collections::HashMap;

/// A resource's photo, its bytes aside (see [`photo_content`]).
#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = lending_photos)]
pub struct PhotoRow {
    pub id: String,
    pub resource_id: String,
    pub caption: String,
    pub media_type: String,
    pub sha256: String,
    pub bytes: i64,
    pub added_by: String,
    pub added_at: i64,
}

/// Stores a resource's photo with its bytes.
pub fn insert_photo(conn: &mut DbConn, p: &PhotoRow, content: &[u8]) -> Result<(), AppError> {
    diesel::insert_into(lending_photos::table)
        .values((
            lending_photos::id.eq(&p.id),
            lending_photos::resource_id.eq(&p.resource_id),
            lending_photos::caption.eq(&p.caption),
            lending_photos::media_type.eq(&p.media_type),
            lending_photos::sha256.eq(&p.sha256),
            lending_photos::bytes.eq(p.bytes),
            lending_photos::content.eq(content),
            lending_photos::added_by.eq(&p.added_by),
            lending_photos::added_at.eq(p.added_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// One photo of a resource (another resource's photo is none of its).
pub fn photo(conn: &mut DbConn, resource_id: &str, id: &str) -> Result<Option<PhotoRow>, AppError> {
    Ok(lending_photos::table
        .filter(lending_photos::id.eq(id))
        .filter(lending_photos::resource_id.eq(resource_id))
        .select(PhotoRow::as_select())
        .first(conn)
        .optional()?)
}

/// A photo's bytes.
pub fn photo_content(conn: &mut DbConn, id: &str) -> Result<Option<Vec<u8>>, AppError> {
    Ok(lending_photos::table
        .filter(lending_photos::id.eq(id))
        .select(lending_photos::content)
        .first(conn)
        .optional()?)
}

/// A resource's photos, oldest first.
pub fn photos_of(conn: &mut DbConn, resource_id: &str) -> Result<Vec<PhotoRow>, AppError> {
    Ok(lending_photos::table
        .filter(lending_photos::resource_id.eq(resource_id))
        .order((lending_photos::added_at.asc(), lending_photos::id.asc()))
        .select(PhotoRow::as_select())
        .load(conn)?)
}

/// The photos of several resources in one query, by resource, oldest first.
pub fn photos_of_many(
    conn: &mut DbConn,
    ids: &[String],
) -> Result<HashMap<String, Vec<PhotoRow>>, AppError> {
    let mut out: HashMap<String, Vec<PhotoRow>> = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows = lending_photos::table
            .filter(lending_photos::resource_id.eq_any(chunk))
            .order((lending_photos::added_at.asc(), lending_photos::id.asc()))
            .select(PhotoRow::as_select())
            .load(conn)?;
        for r in rows {
            out.entry(r.resource_id.clone()).or_default().push(r);
        }
    }
    Ok(out)
}

/// Every resource photo, for the export (without bytes).
pub fn all_photos(conn: &mut DbConn) -> Result<Vec<PhotoRow>, AppError> {
    Ok(lending_photos::table
        .order(lending_photos::id.asc())
        .select(PhotoRow::as_select())
        .load(conn)?)
}

/// Removes a photo; false when it was gone already.
pub fn delete_photo(conn: &mut DbConn, id: &str) -> Result<bool, AppError> {
    Ok(diesel::delete(lending_photos::table.filter(lending_photos::id.eq(id))).execute(conn)? > 0)
}

/// A photo of a loan's condition, its bytes aside (see [`condition_content`]).
#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = lending_condition_photos)]
pub struct ConditionPhotoRow {
    pub id: String,
    pub reservation_id: String,
    /// `check_out` or `return`.
    pub moment: String,
    pub caption: String,
    pub media_type: String,
    pub sha256: String,
    pub bytes: i64,
    pub added_by: String,
    pub added_at: i64,
}

/// Stores a photo of a loan's condition with its bytes.
pub fn insert_condition(
    conn: &mut DbConn,
    p: &ConditionPhotoRow,
    content: &[u8],
) -> Result<(), AppError> {
    diesel::insert_into(lending_condition_photos::table)
        .values((
            lending_condition_photos::id.eq(&p.id),
            lending_condition_photos::reservation_id.eq(&p.reservation_id),
            lending_condition_photos::moment.eq(&p.moment),
            lending_condition_photos::caption.eq(&p.caption),
            lending_condition_photos::media_type.eq(&p.media_type),
            lending_condition_photos::sha256.eq(&p.sha256),
            lending_condition_photos::bytes.eq(p.bytes),
            lending_condition_photos::content.eq(content),
            lending_condition_photos::added_by.eq(&p.added_by),
            lending_condition_photos::added_at.eq(p.added_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// One condition photo of a reservation (another reservation's is none of its).
pub fn condition(
    conn: &mut DbConn,
    reservation_id: &str,
    id: &str,
) -> Result<Option<ConditionPhotoRow>, AppError> {
    Ok(lending_condition_photos::table
        .filter(lending_condition_photos::id.eq(id))
        .filter(lending_condition_photos::reservation_id.eq(reservation_id))
        .select(ConditionPhotoRow::as_select())
        .first(conn)
        .optional()?)
}

/// A condition photo's bytes.
pub fn condition_content(conn: &mut DbConn, id: &str) -> Result<Option<Vec<u8>>, AppError> {
    Ok(lending_condition_photos::table
        .filter(lending_condition_photos::id.eq(id))
        .select(lending_condition_photos::content)
        .first(conn)
        .optional()?)
}

/// A reservation's condition photos, oldest first.
pub fn conditions_of(
    conn: &mut DbConn,
    reservation_id: &str,
) -> Result<Vec<ConditionPhotoRow>, AppError> {
    Ok(lending_condition_photos::table
        .filter(lending_condition_photos::reservation_id.eq(reservation_id))
        .order((
            lending_condition_photos::added_at.asc(),
            lending_condition_photos::id.asc(),
        ))
        .select(ConditionPhotoRow::as_select())
        .load(conn)?)
}
