//! The pages' side of a resource's photos: a steward uploads one from the resource's page
//! (a multipart form, no JavaScript; a refusal shows the page again with the reason
//! beside the file field) and removes one with its button. The gallery itself is part of
//! the resource's page.

use super::model::LendingError;
use super::pages::upkeep;
use super::photos::{self, NewPhoto};
use crate::error::{AppError, PageError, detail};
use crate::state::AppState;
use crate::web::actor::Viewer;
use crate::web::csrf::{CsrfOnly, CsrfToken};
use crate::web::extract::{PageForm, Path};
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

/// An upload form as read: its token, caption and file (its declared type and bytes),
/// or why the file could not be read.
#[derive(Default)]
struct Upload {
    csrf: String,
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
