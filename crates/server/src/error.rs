//! `AppError`: one error type with a stable snake_case `code`, rendered as RFC 9457
//! `application/problem+json` for the API (`ApiError`) or as a page that says what to fix
//! (`PageError`). A 500 is always a bug; its details go to the log, not to the client.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::panic::Location;

/// An error with the status, stable code and human message the client will see.
#[derive(Debug)]
pub struct AppError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub source: Option<anyhow::Error>,
    pub location: &'static Location<'static>,
    /// Seconds after which trying again may succeed (`Retry-After`, with a 429).
    pub retry_after: Option<u64>,
}

impl AppError {
    #[track_caller]
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        AppError {
            status,
            code,
            message: message.into(),
            source: None,
            location: Location::caller(),
            retry_after: None,
        }
    }

    /// 422: the input was understood but breaks a rule; the message says which.
    #[track_caller]
    pub fn invalid(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, code, message)
    }

    #[track_caller]
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    #[track_caller]
    pub fn not_found(what: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("{what} does not exist"),
        )
    }

    #[track_caller]
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
    }

    #[track_caller]
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    #[track_caller]
    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, code, message)
    }

    #[track_caller]
    pub fn internal(err: impl Into<anyhow::Error>) -> Self {
        let mut e = Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "something went wrong on the server; it has been logged",
        );
        e.source = Some(err.into());
        e
    }

    /// 503: the store cannot be reached (pool exhausted or database down).
    #[track_caller]
    pub fn unavailable(err: impl Into<anyhow::Error>) -> Self {
        let mut e = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "the database is not reachable right now; try again shortly",
        );
        e.source = Some(err.into());
        e
    }

    /// Replaces the code, keeping status and message.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }

    /// Tells the client when trying again may succeed (the `Retry-After` header).
    pub fn retry_after(mut self, secs: u64) -> Self {
        self.retry_after = Some(secs);
        self
    }

    fn log(&self) {
        if self.status.is_server_error() {
            tracing::error!(code = self.code, at = %self.location, source = ?self.source, "{}", self.message);
        } else {
            tracing::debug!(code = self.code, at = %self.location, "{}", self.message);
        }
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({}): {}",
            self.code,
            self.status.as_u16(),
            self.message
        )?;
        if let Some(src) = &self.source {
            write!(f, ": {src:#}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AppError {}

impl From<diesel::result::Error> for AppError {
    #[track_caller]
    fn from(err: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match &err {
            Error::NotFound => AppError::not_found("the record"),
            // A race lost against a concurrent writer: the pre-checks passed but the
            // constraint caught it. Still the client's conflict, not a server bug.
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => AppError::conflict(
                "already_exists",
                "a record with this name already exists; choose another",
            ),
            _ => AppError::internal(err),
        }
    }
}

/// Shape of a problem+json body (RFC 9457) with our stable `code`.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Always `about:blank`; `code` carries the kind.
    #[serde(rename = "type")]
    pub kind: String,
    /// The HTTP reason phrase.
    pub title: String,
    pub status: u16,
    /// What went wrong and what to fix.
    pub detail: String,
    /// Stable snake_case error code for programs.
    pub code: String,
}

fn with_retry_after(mut resp: Response, secs: Option<u64>) -> Response {
    if let Some(secs) = secs {
        resp.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    resp
}

/// An error answered as `application/problem+json`.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    #[track_caller]
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let e = self.0;
        e.log();
        let body = Problem {
            kind: "about:blank".into(),
            title: e.status.canonical_reason().unwrap_or("Error").into(),
            status: e.status.as_u16(),
            detail: e.message.clone(),
            code: e.code.into(),
        };
        let mut resp = (e.status, axum::Json(body)).into_response();
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        with_retry_after(resp, e.retry_after)
    }
}

/// An error answered as an HTML page.
#[derive(Debug)]
pub struct PageError(pub AppError);

impl<E: Into<AppError>> From<E> for PageError {
    #[track_caller]
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let e = self.0;
        e.log();
        let page = ErrorPage {
            status: e.status.as_u16(),
            title: e.status.canonical_reason().unwrap_or("Error").to_string(),
            message: e.message.clone(),
            code: e.code,
        };
        match askama::Template::render(&page) {
            Ok(html) => with_retry_after(
                (e.status, axum::response::Html(html)).into_response(),
                e.retry_after,
            ),
            Err(err) => {
                tracing::error!(error = %err, "error page failed to render");
                (e.status, e.message).into_response()
            }
        }
    }
}

/// The error page: what went wrong and what to do next.
#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage {
    status: u16,
    title: String,
    message: String,
    code: &'static str,
}
