//! Body extractors that turn axum's rejections (malformed JSON, wrong types, missing
//! fields, wrong content type, oversize body) into our errors with stable codes.

use crate::error::{ApiError, AppError, Detail, PageError, detail};
use axum::extract::rejection::{FormRejection, JsonRejection};
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;

/// JSON request body for the API.
pub struct ApiJson<T>(pub T);

/// A JSON field that may be absent (`None`: keep what is there), `null` (`Some(None)`:
/// remove it) or a value; with `#[serde(default, deserialize_with = "…::present")]`.
pub fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(d).map(Some)
}

impl<S, T> FromRequest<S> for ApiJson<T>
where
    S: Send + Sync,
    T: serde::de::DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let req = without_nul(req, state, has_escaped_nul).await?;
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(rej) => Err(json_rejection(rej).into()),
        }
    }
}

/// A JSON body that may be left out: no body (or only white space) reads as
/// `T::default()`, whatever the content type; any other body is read as [`ApiJson`].
pub struct OptionalJson<T>(pub T);

impl<S, T> FromRequest<S> for OptionalJson<T>
where
    S: Send + Sync,
    T: serde::de::DeserializeOwned + Default,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let (parts, body) = req.into_parts();
        let bytes =
            axum::body::Bytes::from_request(Request::from_parts(parts.clone(), body), state)
                .await
                .map_err(|rej| json_rejection(JsonRejection::from(rej)))?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(OptionalJson(T::default()));
        }
        let req = Request::from_parts(parts, axum::body::Body::from(bytes));
        let ApiJson(v) = ApiJson::from_request(req, state).await?;
        Ok(OptionalJson(v))
    }
}

/// A body taken whole as bytes for the API (a file sent as `text/plain`, a CSV), within
/// the route's limit: an oversized or unreadable one is problem+json like any other.
pub struct ApiBytes(pub axum::body::Bytes);

impl<S: Send + Sync> FromRequest<S> for ApiBytes {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        axum::body::Bytes::from_request(req, state)
            .await
            .map(ApiBytes)
            .map_err(|rej| {
                if rej.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::new(
                        rej.status(),
                        "body_too_large",
                        detail!("problem-body-too-large"),
                    )
                } else {
                    AppError::new(
                        rej.status(),
                        "unreadable_body",
                        detail!("problem-unreadable-body", reason = rej.body_text()),
                    )
                }
                .into()
            })
    }
}

/// Reads the body (within the route's limit) and refuses one that `holds_nul`: no name,
/// text or file path holds a NUL character, and PostgreSQL stores none in a text column,
/// so it is a 422 that says so rather than a server error on one engine and stored on
/// the other. The request is handed on with its body for the real extractor.
async fn without_nul<S: Send + Sync>(
    req: Request,
    state: &S,
    holds_nul: fn(&[u8]) -> bool,
) -> Result<Request, AppError> {
    let (parts, body) = req.into_parts();
    let bytes = axum::body::Bytes::from_request(Request::from_parts(parts.clone(), body), state)
        .await
        .map_err(|rej| {
            if rej.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::new(
                    rej.status(),
                    "body_too_large",
                    detail!("problem-body-too-large"),
                )
            } else {
                AppError::new(
                    rej.status(),
                    "unreadable_body",
                    detail!("problem-unreadable-body", reason = rej.body_text()),
                )
            }
        })?;
    if holds_nul(&bytes) {
        return Err(AppError::invalid(
            "nul_character",
            detail!("problem-nul-character"),
        ));
    }
    Ok(Request::from_parts(parts, axum::body::Body::from(bytes)))
}

/// Whether a JSON text holds `\u0000` in a string. Backslashes appear only in strings,
/// and each escape is skipped whole, so `\\u0000` (a backslash, then `u0000`) is not one.
fn has_escaped_nul(json: &[u8]) -> bool {
    let mut i = 0;
    while i < json.len() {
        if json[i] == b'\\' {
            if json[i + 1..].starts_with(b"u0000") {
                return true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}

/// Whether an urlencoded form holds a NUL (`%00`).
fn has_encoded_nul(form: &[u8]) -> bool {
    form.windows(3).any(|w| w == b"%00")
}

fn json_rejection(rej: JsonRejection) -> AppError {
    let code = match &rej {
        JsonRejection::JsonDataError(_) => "invalid_fields",
        JsonRejection::JsonSyntaxError(_) => "malformed_json",
        JsonRejection::MissingJsonContentType(_) => "unsupported_media_type",
        _ if rej.status() == StatusCode::PAYLOAD_TOO_LARGE => "body_too_large",
        _ => "unreadable_body",
    };
    // Serde's and axum's own words (English) stay, as an argument of a translated sentence.
    let detail = match code {
        "body_too_large" => detail!("problem-body-too-large"),
        "unsupported_media_type" => detail!("problem-json-content-type"),
        "invalid_fields" => detail!("problem-json-data", reason = rej.body_text()),
        "malformed_json" => detail!("problem-json-syntax", reason = rej.body_text()),
        _ => detail!("problem-unreadable-body", reason = rej.body_text()),
    };
    AppError::new(rej.status(), code, detail)
}

/// Urlencoded form body for pages.
pub struct PageForm<T>(pub T);

impl<S, T> FromRequest<S> for PageForm<T>
where
    S: Send + Sync,
    T: serde::de::DeserializeOwned,
{
    type Rejection = PageError;

    async fn from_request(req: Request, state: &S) -> Result<Self, PageError> {
        let req = without_nul(req, state, has_encoded_nul).await?;
        match axum::Form::<T>::from_request(req, state).await {
            Ok(axum::Form(v)) => Ok(PageForm(v)),
            Err(rej) => Err(form_rejection(rej).into()),
        }
    }
}

fn form_rejection(rej: FormRejection) -> AppError {
    let status = rej.status();
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        return AppError::new(status, "body_too_large", detail!("problem-form-too-large"));
    }
    AppError::new(
        status,
        "invalid_form",
        detail!("problem-invalid-form", reason = rej.body_text()),
    )
}

/// The answer to a malformed path or query parameter: problem+json under `/api/`, our
/// error page elsewhere, with what to fix.
fn bad_address(api: bool, code: &'static str, why: Detail) -> axum::response::Response {
    use axum::response::IntoResponse;
    if api {
        ApiError(AppError::bad_request(code, why)).into_response()
    } else {
        PageError(AppError::bad_request(
            code,
            detail!("problem-fix-the-address", why = why),
        ))
        .into_response()
    }
}

/// A percent-encoded control character (`%00`–`%1F`, `%7F`) in an address: no name,
/// number or handle holds one, and PostgreSQL refuses a NUL in any text.
fn control_byte(raw: &str) -> Option<Detail> {
    raw.match_indices('%').find_map(|(i, _)| {
        let hex = raw.get(i + 1..i + 3)?;
        let byte = u8::from_str_radix(hex, 16).ok()?;
        (byte < 0x20 || byte == 0x7f)
            .then(|| detail!("problem-address-control-character", hex = hex))
    })
}

/// Path parameters for any route: a malformed one (`/contributions/abc` where a number is
/// due, a number beyond `i64`) is a 400 `invalid_path`, as problem+json on the API and
/// as an error page elsewhere, never axum's plain-text rejection.
pub struct Path<T>(pub T);

impl<S, T> axum::extract::FromRequestParts<S> for Path<T>
where
    S: Send + Sync,
    T: serde::de::DeserializeOwned + Send,
{
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let api = parts.uri.path().starts_with("/api/");
        if let Some(why) = control_byte(parts.uri.path()) {
            return Err(bad_address(api, "invalid_path", why));
        }
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| Path(p.0))
            .map_err(|rej| {
                let why = detail!("problem-invalid-path", reason = rej.body_text());
                bad_address(api, "invalid_path", why)
            })
    }
}

/// Query parameters for any route: a malformed one (`?from=abc`) is a 400
/// `invalid_query`, answered as `Path` answers.
pub struct Query<T>(pub T);

impl<S, T> axum::extract::FromRequestParts<S> for Query<T>
where
    S: Send + Sync,
    T: serde::de::DeserializeOwned,
{
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let api = parts.uri.path().starts_with("/api/");
        if let Some(why) = control_byte(parts.uri.query().unwrap_or("")) {
            return Err(bad_address(api, "invalid_query", why));
        }
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| Query(q.0))
            .map_err(|rej| {
                let why = detail!("problem-invalid-query", reason = rej.body_text());
                bad_address(api, "invalid_query", why)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::control_byte;

    #[test]
    fn nul_in_bodies_is_found_and_only_nul() {
        use super::{has_encoded_nul, has_escaped_nul};
        assert!(has_escaped_nul(br#"{"a":"x\u0000"}"#));
        assert!(
            !has_escaped_nul(br#"{"a":"x\\u0000"}"#),
            "an escaped backslash"
        );
        assert!(has_escaped_nul(br#"{"a":"\\\u0000"}"#));
        assert!(!has_escaped_nul(br#"{"a":"\u00001"}"#.split_at(5).0));
        assert!(has_encoded_nul(b"a=1&b=x%00"));
        assert!(!has_encoded_nul(b"a=%2500"));
    }

    #[test]
    fn control_characters_in_addresses_are_found() {
        assert!(control_byte("/api/v1/comments/%00").is_some());
        assert!(control_byte("/a/%1f%41").is_some());
        assert!(control_byte("/a/%7F").is_some());
        assert!(control_byte("/a/%E2%80%AE/%20%41").is_none());
        assert!(control_byte("/a/%").is_none());
        assert!(control_byte("from=1&to=%0A").is_some());
    }
}

/// A resource the address names, loaded before the handler runs: its key is read from the
/// path (by name, e.g. `{handle}`), and a domain says how to load it. A malformed key is a
/// 400 as `Path` answers; one that names nothing is the domain's 404 (or 410, …).
///
/// For reads: a handler that changes the resource loads it again inside its write
/// transaction, where its rules are checked against rows no one else is changing.
pub trait FromPath: Sized + Send + 'static {
    /// The path parameters that name it, e.g. `struct ByHandle { handle: String }`.
    type Key: serde::de::DeserializeOwned + Send + 'static;
    fn load(conn: &mut crate::db::DbConn, key: Self::Key) -> Result<Self, AppError>;
}

/// The resource of type `T` named by the address (see [`FromPath`]).
pub struct Found<T>(pub T);

impl<T: FromPath> axum::extract::FromRequestParts<crate::state::AppState> for Found<T> {
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &crate::state::AppState,
    ) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let api = parts.uri.path().starts_with("/api/");
        let Path(key) = Path::<T::Key>::from_request_parts(parts, state).await?;
        match state.db.read(move |c| T::load(c, key)).await {
            Ok(found) => Ok(Found(found)),
            Err(e) if api => Err(ApiError(e).into_response()),
            Err(e) => Err(PageError(e).into_response()),
        }
    }
}

/// The key of a resource named by its `{handle}`.
#[derive(Debug, serde::Deserialize)]
pub struct ByHandle {
    pub handle: String,
}
