//! JSON API for a resource's photos: a steward adds one as the raw body of a request
//! (`Content-Type: image/jpeg`, `image/png` or `image/webp`, at most 5 MiB, the caption in
//! the `caption` query parameter) and removes it; anyone reads its bytes, with their media
//! type, an ETag from their SHA-256 and a cache lifetime. The resource's view lists them.

use super::model;
use super::photos::{self, NewPhoto};
use super::views::{self, PhotoView};
use crate::db::now_ms;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiBytes, Path, Query};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::IntoParams;

/// What comes with a photo besides its bytes.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PhotoQuery {
    /// What the photo shows, up to 200 characters (its alt text on the pages; the
    /// resource's name stands in when there is none).
    pub caption: Option<String>,
}

/// Adds a photo to a resource (a steward): the body is the image itself.
#[utoipa::path(post, path = "/api/v1/resources/{id}/photos", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path), PhotoQuery),
    request_body(content(
        (Vec<u8> = "image/jpeg"),
        (Vec<u8> = "image/png"),
        (Vec<u8> = "image/webp")),
        description = "the image's bytes, at most 5 MiB, of the type `Content-Type` says"),
    responses((status = 201, description = "the photo, as the resource's view lists it", body = PhotoView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the resource", body = Problem),
        (status = 404, description = "no such resource", body = Problem),
        (status = 409, description = "the resource is retired", body = Problem),
        (status = 413, description = "over 5 MiB (`body_too_large`, `photo_too_large`)", body = Problem),
        (status = 415, description = "a media type other than JPEG, PNG or WebP (`photo_media_type`)", body = Problem),
        (status = 422, description = "bytes that are not the image the media type says (`photo_not_image`), or a caption over 200 characters (`too_long`)", body = Problem)))]
pub async fn add_resource_photo(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    Query(q): Query<PhotoQuery>,
    headers: HeaderMap,
    ApiBytes(body): ApiBytes,
) -> Result<Response, ApiError> {
    let declared = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let view = state
        .db
        .write(move |c| {
            let new = NewPhoto {
                media_type: &declared,
                caption: q.caption.as_deref().unwrap_or_default(),
                bytes: &body,
            };
            photos::add(c, &p, &id, &new, now_ms()).map(views::photo_view)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// A photo of a resource: its bytes, with their media type; `If-None-Match` with its
/// ETag answers 304.
#[utoipa::path(get, path = "/api/v1/resources/{id}/photos/{photo}", tag = "lending",
    params(("id" = String, Path), ("photo" = String, Path)),
    responses((status = 200, description = "the image's bytes (image/jpeg, image/png or image/webp), with `ETag` (its SHA-256), `Cache-Control` and `X-Content-Type-Options: nosniff`", content_type = "application/octet-stream"),
        (status = 304, description = "the ETag sent is the photo's: the copy held is current"),
        (status = 404, description = "no such resource, or no such photo of it", body = Problem)))]
pub async fn resource_photo(
    State(state): State<AppState>,
    Path((id, photo)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (row, bytes) = state
        .db
        .read(move |c| photos::content(c, &id, &photo))
        .await?;
    let etag = format!("\"{}\"", row.sha256);
    let cached = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let fixed = |v: &str, or: &'static str| {
        HeaderValue::from_str(v).unwrap_or(HeaderValue::from_static(or))
    };
    let head = [
        (header::ETAG, fixed(&etag, "\"\"")),
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=86400"),
        ),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
    ];
    if cached {
        return Ok((StatusCode::NOT_MODIFIED, head).into_response());
    }
    let media_type = fixed(&row.media_type, "application/octet-stream");
    Ok((head, [(header::CONTENT_TYPE, media_type)], bytes).into_response())
}

/// Removes a photo of a resource (a steward).
#[utoipa::path(delete, path = "/api/v1/resources/{id}/photos/{photo}", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path), ("photo" = String, Path)),
    responses((status = 204, description = "removed"),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the resource", body = Problem),
        (status = 404, description = "no such resource, or no such photo of it", body = Problem),
        (status = 409, description = "the resource is retired", body = Problem)))]
pub async fn remove_resource_photo(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, photo)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .write(move |c| photos::remove(c, &p, &id, &photo).map(|_| ()))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The largest body a photo's route takes: the photo's own limit, so that a larger one
/// is refused before it is read.
pub const PHOTO_BODY_BYTES: usize = model::MAX_PHOTO_BYTES;
