//! JSON API for a resource's photos: a steward adds one as the raw body of a request
//! (`Content-Type: image/jpeg`, `image/png` or `image/webp`, at most 5 MiB, the caption in
//! the `caption` query parameter) and removes it; anyone reads its bytes, with their media
//! type, an ETag from their SHA-256 and a cache lifetime. The resource's view lists them.
//! Photos of a loan's condition: a steward adds one to a reservation the same way, with
//! its moment (`check_out` or `return`); its borrower and the stewards list and read them.

use super::model;
use super::photos::{self, NewPhoto};
use super::views::{self, ConditionPhotoView, PhotoView};
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
    let declared = declared_type(&headers);
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

/// The media type an upload declares in its `Content-Type` (empty when absent or not
/// text), which the photo's bytes must then bear out.
fn declared_type(headers: &HeaderMap) -> String {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
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
    Ok(served(
        &headers,
        &row.sha256,
        &row.media_type,
        "public, max-age=86400",
        bytes,
    ))
}

/// A photo's bytes as served: `ETag` (its SHA-256; an `If-None-Match` that matches
/// answers 304), `Cache-Control` as given, `nosniff` and its media type.
pub(super) fn served(
    headers: &HeaderMap,
    sha256: &str,
    media_type: &str,
    cache: &'static str,
    bytes: Vec<u8>,
) -> Response {
    let etag = format!("\"{sha256}\"");
    let cached = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let fixed = |v: &str, or: &'static str| {
        HeaderValue::from_str(v).unwrap_or(HeaderValue::from_static(or))
    };
    let head = [
        (header::ETAG, fixed(&etag, "\"\"")),
        (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
    ];
    if cached {
        return (StatusCode::NOT_MODIFIED, head).into_response();
    }
    let media_type = fixed(media_type, "application/octet-stream");
    (head, [(header::CONTENT_TYPE, media_type)], bytes).into_response()
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

/// What comes with a photo of a loan's condition besides its bytes.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ConditionPhotoQuery {
    /// When it was taken: `check_out` (the items handed over) or `return` (taken back).
    pub moment: Option<String>,
    /// What the photo shows, up to 200 characters.
    pub caption: Option<String>,
}

/// Adds a photo of a loan's condition at its check-out or return (a steward of the
/// resource): the body is the image itself.
#[utoipa::path(post, path = "/api/v1/reservations/{id}/photos", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path), ConditionPhotoQuery),
    request_body(content(
        (Vec<u8> = "image/jpeg"),
        (Vec<u8> = "image/png"),
        (Vec<u8> = "image/webp")),
        description = "the image's bytes, at most 5 MiB, of the type `Content-Type` says"),
    responses((status = 201, description = "the photo, as the reservation's list shows it", body = ConditionPhotoView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the resource (its borrower included)", body = Problem),
        (status = 404, description = "no such reservation", body = Problem),
        (status = 409, description = "the reservation has not reached that moment: not handed over yet for `check_out`, not back yet for `return` (`photo_moment_not_reached`)", body = Problem),
        (status = 413, description = "over 5 MiB (`body_too_large`, `photo_too_large`)", body = Problem),
        (status = 415, description = "a media type other than JPEG, PNG or WebP (`photo_media_type`)", body = Problem),
        (status = 422, description = "a moment other than `check_out` or `return` (`invalid_photo_moment`), bytes that are not the image the media type says (`photo_not_image`), or a caption over 200 characters (`too_long`)", body = Problem)))]
pub async fn add_condition_photo(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    Query(q): Query<ConditionPhotoQuery>,
    headers: HeaderMap,
    ApiBytes(body): ApiBytes,
) -> Result<Response, ApiError> {
    let declared = declared_type(&headers);
    let view = state
        .db
        .write(move |c| {
            let new = NewPhoto {
                media_type: &declared,
                caption: q.caption.as_deref().unwrap_or_default(),
                bytes: &body,
            };
            let moment = q.moment.as_deref().unwrap_or_default();
            photos::add_condition(c, &p, &id, moment, &new, now_ms())
                .map(views::condition_photo_view)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// The photos of a loan's condition, oldest first: its borrower and the resource's
/// stewards only (the reservation is public, its photos are not: anyone else gets 403).
#[utoipa::path(get, path = "/api/v1/reservations/{id}/photos", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, description = "the photos taken at its check-out and return", body = Vec<ConditionPhotoView>),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "neither its borrower nor a steward", body = Problem),
        (status = 404, description = "no such reservation", body = Problem)))]
pub async fn condition_photos(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<Vec<ConditionPhotoView>>, ApiError> {
    let list = state
        .db
        .read(move |c| photos::conditions(c, &p, &id))
        .await?;
    Ok(Json(
        list.into_iter().map(views::condition_photo_view).collect(),
    ))
}

/// A photo of a loan's condition: its bytes, for its borrower and the stewards;
/// `If-None-Match` with its ETag answers 304.
#[utoipa::path(get, path = "/api/v1/reservations/{id}/photos/{photo}", tag = "lending", security(("bearer" = [])),
    params(("id" = String, Path), ("photo" = String, Path)),
    responses((status = 200, description = "the image's bytes (image/jpeg, image/png or image/webp), with `ETag` (its SHA-256), `Cache-Control: private` and `X-Content-Type-Options: nosniff`", content_type = "application/octet-stream"),
        (status = 304, description = "the ETag sent is the photo's: the copy held is current"),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "neither its borrower nor a steward", body = Problem),
        (status = 404, description = "no such reservation, or no such photo of it", body = Problem)))]
pub async fn condition_photo(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, photo)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (row, bytes) = state
        .db
        .read(move |c| photos::condition_content(c, &p, &id, &photo))
        .await?;
    Ok(served(
        &headers,
        &row.sha256,
        &row.media_type,
        PRIVATE_CACHE,
        bytes,
    ))
}

/// How long a browser keeps a condition photo: only its own cache, an hour.
pub(super) const PRIVATE_CACHE: &str = "private, max-age=3600";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declared_type_is_the_content_type_or_nothing() {
        let mut h = HeaderMap::new();
        assert_eq!(declared_type(&h), "");
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
        assert_eq!(declared_type(&h), "image/png");
        // A value that is not visible ASCII declares nothing: the upload is then
        // refused as of no supported type, never read as some other one.
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_bytes(b"image/p\xe9g").unwrap(),
        );
        assert_eq!(declared_type(&h), "");
    }
}
