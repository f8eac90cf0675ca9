//! Photos of a resource: its stewards add them (a JPEG, PNG or WebP of at most 5 MiB
//! whose first bytes match its media type, with an optional caption) and remove them;
//! anyone sees them. Each change is one journal event that carries the photo's SHA-256
//! and size, never its bytes.

use super::events::{self, Photographed};
use super::model;
use super::service;
use super::store::ResourceRow;
use super::store::photos::{self as store, PhotoRow};
use crate::db::{DbConn, new_id};
use crate::error::{AppError, detail, shown};
use crate::journal;
use crate::web::actor::Actor;
use sha2::{Digest, Sha256};

/// A photo as sent: its declared media type, caption and bytes.
pub struct NewPhoto<'a> {
    pub media_type: &'a str,
    pub caption: &'a str,
    pub bytes: &'a [u8],
}

fn payload(r: &ResourceRow, p: &PhotoRow) -> Photographed {
    Photographed {
        resource: r.id.clone(),
        name: r.name.clone(),
        photo: p.id.clone(),
        media_type: p.media_type.clone(),
        sha256: p.sha256.clone(),
        bytes: p.bytes,
        caption: p.caption.clone(),
    }
}

/// A steward adds a photo to resource `id` (not retired). Who may is asked first, then
/// the photo is checked: nothing is written when it is refused.
pub fn add(
    conn: &mut DbConn,
    who: &Actor,
    id: &str,
    new: &NewPhoto<'_>,
    now: i64,
) -> Result<PhotoRow, AppError> {
    let r = service::stewarded(conn, who, id)?;
    let media_type = model::photo_type(new.media_type, new.bytes)?;
    let caption = model::caption(new.caption)?;
    let row = PhotoRow {
        id: new_id(),
        resource_id: r.id.clone(),
        caption,
        media_type: media_type.into(),
        sha256: format!("{:x}", Sha256::digest(new.bytes)),
        bytes: new.bytes.len() as i64,
        added_by: who.id.as_str().into(),
        added_at: now,
    };
    store::insert_photo(conn, &row, new.bytes)?;
    journal::record(
        conn,
        Some(&who.handle),
        &events::PHOTO_ADDED,
        &service::resource_ref(&r),
        &format!("@{} added a photo of {}", who.handle, r.name),
        &payload(&r, &row),
    )?;
    Ok(row)
}

/// The photo `photo` of resource `id`, or a 404 naming it.
pub fn require(conn: &mut DbConn, id: &str, photo: &str) -> Result<PhotoRow, AppError> {
    store::photo(conn, id, photo)?
        .ok_or_else(|| AppError::not_found(detail!("problem-no-photo", id = shown(photo, 40))))
}

/// A steward removes a photo of resource `id`.
pub fn remove(conn: &mut DbConn, who: &Actor, id: &str, photo: &str) -> Result<PhotoRow, AppError> {
    let r = service::stewarded(conn, who, id)?;
    let row = require(conn, &r.id, photo)?;
    if !store::delete_photo(conn, &row.id)? {
        return Err(AppError::not_found(detail!(
            "problem-no-photo",
            id = shown(photo, 40)
        )));
    }
    journal::record(
        conn,
        Some(&who.handle),
        &events::PHOTO_REMOVED,
        &service::resource_ref(&r),
        &format!("@{} removed a photo of {}", who.handle, r.name),
        &payload(&r, &row),
    )?;
    Ok(row)
}

/// A photo's bytes with what serves them: media type and SHA-256.
pub fn content(conn: &mut DbConn, id: &str, photo: &str) -> Result<(PhotoRow, Vec<u8>), AppError> {
    let row = require(conn, id, photo)?;
    let bytes = store::photo_content(conn, &row.id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-no-photo", id = shown(photo, 40))))?;
    Ok((row, bytes))
}
