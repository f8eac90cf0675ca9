//! The pages' side of a resource's photos: a steward uploads one from the resource's page
//! (a multipart form, no JavaScript; a refusal shows the page again with the reason
//! beside the file field) and removes one with its button. The gallery itself is part of
//! the resource's page. A steward's check-out and return forms on a reservation's page
//! take a photo of the items' condition beside the note (multipart; the same form sent
//! urlencoded, without a photo, works as before); the reservation's page shows them to
//! its borrower and the stewards, whose browser reads them here with its cookie.

use super::model::{Action, LendingError};
use super::pages::{MoveForm, note_field, reservation_page, upkeep};
use super::photo_api::{PRIVATE_CACHE, served};
use super::photos::{self, NewPhoto};
use super::service;
use crate::db::now_ms;
use crate::error::{AppError, PageError, detail};
use crate::form::Refilled;
use crate::state::AppState;
use crate::web::actor::Viewer;
use crate::web::csrf::{CsrfOnly, CsrfToken};
use crate::web::extract::{PageForm, Path};
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

/// An upload form as read: its token, caption and file (its declared type and bytes),
/// or why the file could not be read.
#[derive(Default)]
struct Upload {
    csrf: String,
    /// A check-out's or return's condition note.
    note: String,
    caption: String,
    media_type: String,
    bytes: Vec<u8>,
    unread: Option<AppError>,
}

/// Reads the form to its end, or to the first part that cannot be read (a file over the
/// route's limit among them): the token read before it still counts.
async fn read_upload(mut form: Multipart) -> Upload {
    let mut u = Upload::default();
    loop {
        let field = match form.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                u.unread = Some(unreadable(e.status(), e.to_string()));
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "photo-file" {
            u.media_type = field.content_type().unwrap_or_default().to_string();
            match field.bytes().await {
                Ok(b) => u.bytes = b.to_vec(),
                Err(e) => {
                    u.unread = Some(unreadable(e.status(), e.to_string()));
                    break;
                }
            }
            continue;
        }
        match field.text().await {
            Ok(text) => match name.as_str() {
                "csrf" => u.csrf = text,
                "note" => u.note = text,
                "photo-caption" => u.caption = text,
                _ => {}
            },
            Err(e) => {
                u.unread = Some(unreadable(e.status(), e.to_string()));
                break;
            }
        }
    }
    u
}

fn unreadable(status: StatusCode, reason: String) -> AppError {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        LendingError::PhotoTooLarge.into()
    } else {
        AppError::new(
            StatusCode::BAD_REQUEST,
            "invalid_form",
            detail!("problem-invalid-upload", reason = reason),
        )
    }
}

/// The upload form's field a refusal is about.
fn photo_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "too_long" | "invalid_field" => Some("photo-caption"),
        "photo_media_type" | "photo_not_image" | "photo_too_large" | "invalid_form" => {
            Some("photo-file")
        }
        _ => None,
    }
}

/// A steward adds a photo; a refusal shows the resource's page again (the file must be
/// chosen again, the caption stays).
pub async fn add(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    form: Multipart,
) -> Result<Response, PageError> {
    let u = read_upload(form).await;
    csrf.verify(&u.csrf)?;
    let entered = vec![("photo-caption", u.caption.clone())];
    let rid = id.clone();
    upkeep(
        state,
        me,
        csrf,
        id,
        entered,
        photo_field,
        move |c, p, now| {
            if let Some(e) = u.unread {
                return Err(e);
            }
            let new = NewPhoto {
                media_type: &u.media_type,
                caption: &u.caption,
                bytes: &u.bytes,
            };
            photos::add(c, p, &rid, &new, now).map(|_| ())
        },
    )
    .await
}

/// A steward removes a photo.
pub async fn remove(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, photo)): Path<(String, String)>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let rid = id.clone();
    state
        .db
        .write(move |c| photos::remove(c, &me, &rid, &photo).map(|_| ()))
        .await?;
    Ok(Redirect::to(&format!("/resources/{id}#photos")).into_response())
}

/// A check-out or return form as read: multipart (with a photo, or an empty file field
/// when none was chosen) or urlencoded (no photo).
async fn read_move(req: Request, state: &AppState) -> Result<Upload, PageError> {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    if multipart {
        let form = Multipart::from_request(req, state)
            .await
            .map_err(|e| unreadable(e.status(), e.body_text()))?;
        return Ok(read_upload(form).await);
    }
    let PageForm(f) = PageForm::<MoveForm>::from_request(req, state).await?;
    Ok(Upload {
        csrf: f.csrf,
        note: f.note,
        ..Upload::default()
    })
}

/// The check-out or return form's field a refusal is about.
fn move_field(e: &AppError) -> Option<&'static str> {
    note_field(e).or_else(|| photo_field(e))
}

/// A steward hands the items over or takes them back, with the condition note and, if a
/// file was chosen, its photo, in one transaction: a refused photo writes nothing and
/// shows the reservation's page again with the reason beside the file field.
async fn hand(
    state: AppState,
    me: crate::web::actor::Actor,
    csrf: CsrfToken,
    id: String,
    req: Request,
    action: Action,
) -> Result<Response, PageError> {
    let u = read_move(req, &state).await?;
    csrf.verify(&u.csrf)?;
    let entered = [
        ("note", u.note.clone()),
        ("photo-caption", u.caption.clone()),
    ];
    let (who, kid) = (me.clone(), id.clone());
    let moment = if action == Action::Return {
        "return"
    } else {
        "check_out"
    };
    let done = state
        .db
        .write(move |c| {
            if let Some(e) = u.unread {
                return Err(e);
            }
            let now = now_ms();
            let k = service::act(c, &who, &kid, action, &u.note, now)?;
            if !u.bytes.is_empty() || !u.caption.trim().is_empty() {
                let new = NewPhoto {
                    media_type: &u.media_type,
                    caption: &u.caption,
                    bytes: &u.bytes,
                };
                photos::add_condition(c, &who, &k.id, moment, &new, now)?;
            }
            Ok(k)
        })
        .await;
    match done {
        Ok(k) => Ok(Redirect::to(&format!("/reservations/{}", k.id)).into_response()),
        Err(e) => {
            let entered: Vec<(&'static str, &str)> =
                entered.iter().map(|(k, v)| (*k, v.as_str())).collect();
            Refilled::answer_async(&entered, e, move_field, |form| {
                reservation_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

/// A steward hands the items over (with a note and, optionally, a photo).
pub async fn check_out(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    req: Request,
) -> Result<Response, PageError> {
    hand(state, me, csrf, id, req, Action::CheckOut).await
}

/// A steward takes the items back (with a note and, optionally, a photo).
pub async fn give_back(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    req: Request,
) -> Result<Response, PageError> {
    hand(state, me, csrf, id, req, Action::Return).await
}

/// A photo of a loan's condition for the reservation's page: its borrower and the
/// stewards only (signed in by cookie; anyone else 403).
pub async fn condition_photo(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    Path((id, photo)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (row, bytes) = state
        .db
        .read(move |c| photos::condition_content(c, &me, &id, &photo))
        .await?;
    Ok(served(
        &headers,
        &row.sha256,
        &row.media_type,
        PRIVATE_CACHE,
        bytes,
    ))
}
