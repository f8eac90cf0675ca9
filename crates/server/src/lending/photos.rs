//! Photos of a resource: its stewards add them (a JPEG, PNG or WebP of at most 5 MiB
//! whose first bytes match its media type, with an optional caption) and remove them;
//! anyone sees them. Photos of a loan's condition: a steward takes them at its check-out
//! or return, under the same checks; only the borrower and the stewards see them. Each
//! change is one journal event that carries the photo's SHA-256 and size, never its bytes.

use super::events::{self, ConditionPhotographed, Photographed};
use super::model::{self, LendingError, Moment};
use super::service;
use super::store::photos::{self as store, ConditionPhotoRow, PhotoRow};
use super::store::{ReservationRow, ResourceRow as Resource};
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

fn payload(r: &Resource, p: &PhotoRow) -> Photographed {
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

/// The reservation `id` and its resource, with `p` its borrower or one of the
/// resource's stewards (anyone else: 403, since the reservation itself is public) and
/// whether `p` stewards it.
fn seen_by(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
) -> Result<(ReservationRow, Resource, bool), AppError> {
    let k = service::require_reservation(conn, id)?;
    let r = service::require_resource(conn, &k.resource_id)?;
    let steward = service::is_steward(conn, p, &r)?;
    if !steward && k.borrower_id != p.id.as_str() {
        return Err(LendingError::NotBorrowerOrSteward.into());
    }
    Ok((k, r, steward))
}

/// A steward adds a photo of the condition of reservation `id`'s items at `moment`
/// (`check_out` or `return`), which the reservation must have reached. Who may is asked
/// first, then the moment, then the photo: nothing is written when it is refused.
pub fn add_condition(
    conn: &mut DbConn,
    who: &Actor,
    id: &str,
    moment: &str,
    new: &NewPhoto<'_>,
    now: i64,
) -> Result<ConditionPhotoRow, AppError> {
    let (k, r, steward) = seen_by(conn, who, id)?;
    if !steward {
        return Err(LendingError::NotSteward.into());
    }
    let moment = Moment::parse(moment)?;
    moment.reached(service::state_of(&k))?;
    let media_type = model::photo_type(new.media_type, new.bytes)?;
    let caption = model::caption(new.caption)?;
    let row = ConditionPhotoRow {
        id: new_id(),
        reservation_id: k.id.clone(),
        moment: moment.as_str().into(),
        caption,
        media_type: media_type.into(),
        sha256: format!("{:x}", Sha256::digest(new.bytes)),
        bytes: new.bytes.len() as i64,
        added_by: who.id.as_str().into(),
        added_at: now,
    };
    store::insert_condition(conn, &row, new.bytes)?;
    let borrower = crate::accounts::handle_of(conn, &k.borrower_id)?;
    journal::record(
        conn,
        Some(&who.handle),
        &events::CONDITION_PHOTO_ADDED,
        &service::reservation_ref(&r, &k),
        &format!(
            "@{} took a photo of {} lent to @{borrower} at its {}",
            who.handle,
            r.name,
            match moment {
                Moment::CheckOut => "check-out",
                Moment::Return => "return",
            }
        ),
        &ConditionPhotographed {
            reservation: k.id.clone(),
            resource: r.id.clone(),
            name: r.name.clone(),
            borrower,
            moment: row.moment.clone(),
            photo: row.id.clone(),
            media_type: row.media_type.clone(),
            sha256: row.sha256.clone(),
            bytes: row.bytes,
            caption: row.caption.clone(),
        },
    )?;
    Ok(row)
}

/// The condition photos of reservation `id`, oldest first, for its borrower or a
/// steward of its resource.
pub fn conditions(
    conn: &mut DbConn,
    who: &Actor,
    id: &str,
) -> Result<Vec<ConditionPhotoRow>, AppError> {
    let (k, _, _) = seen_by(conn, who, id)?;
    store::conditions_of(conn, &k.id)
}

/// A condition photo's bytes, for the reservation's borrower or a steward.
pub fn condition_content(
    conn: &mut DbConn,
    who: &Actor,
    id: &str,
    photo: &str,
) -> Result<(ConditionPhotoRow, Vec<u8>), AppError> {
    let (k, _, _) = seen_by(conn, who, id)?;
    let gone = || AppError::not_found(detail!("problem-no-condition-photo", id = shown(photo, 40)));
    let row = store::condition(conn, &k.id, photo)?.ok_or_else(gone)?;
    let bytes = store::condition_content(conn, &row.id)?.ok_or_else(gone)?;
    Ok((row, bytes))
}
