//! `AppError`: one error type with a stable snake_case `code`, rendered as RFC 9457
//! `application/problem+json` for the API (`ApiError`) or as a page that says what to fix
//! (`PageError`). A 500 is always a bug; its details go to the log, not to the client.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::panic::Location;

/// Every error code this server answers with, and what it means: the stable vocabulary of
/// problem+json `code`s and error pages. A code not listed here is refused (in debug builds,
/// as a panic the tests find); a listed code that nothing uses fails a test; the README's
/// table lists them all.
pub const CODES: &[(&str, &str)] = &[
    ("malformed_json", "the body is not valid JSON"),
    (
        "invalid_fields",
        "a JSON field is missing, unknown or of the wrong type",
    ),
    (
        "unsupported_media_type",
        "the body was not sent as `application/json`",
    ),
    ("unreadable_body", "the body could not be read"),
    (
        "body_too_large",
        "the body is larger than this server accepts",
    ),
    (
        "invalid_form",
        "a form could not be read: reload the page and fill it in again",
    ),
    ("nul_character", "a text holds the NUL character"),
    (
        "invalid_path",
        "a segment of the address is malformed (not a number, out of range)",
    ),
    ("invalid_query", "a query parameter is malformed"),
    (
        "invalid_cursor",
        "a list cursor that this server did not give out",
    ),
    ("invalid_limit", "a page size outside 1–100"),
    (
        "method_not_allowed",
        "the address does not take this method",
    ),
    (
        "not_found",
        "no such person, organization, commons, thread or address",
    ),
    (
        "request_timeout",
        "the request took longer than the configured timeout",
    ),
    ("uri_too_long", "the address is longer than 8 KiB"),
    (
        "headers_too_large",
        "the request's headers add up to more than 32 KiB",
    ),
    (
        "unauthorized",
        "the call needs a valid API token or a signed-in session",
    ),
    ("forbidden", "the person is not allowed to do this"),
    ("csrf_failed", "a form was stale or not sent from this site"),
    (
        "too_many_attempts",
        "too many failed sign-ins; `Retry-After` says when to try again",
    ),
    ("wrong_credentials", "the handle or the password is wrong"),
    ("wrong_password", "the current password is wrong"),
    ("internal", "a bug on the server; it is logged"),
    ("unavailable", "the store cannot be reached; try again"),
    (
        "already_exists",
        "a record with this name was created meanwhile",
    ),
    ("invalid_handle", "a handle breaks the handle rule"),
    (
        "handle_taken",
        "a person or an organization holds the handle already",
    ),
    ("invalid_password", "a password is too short or too long"),
    ("weak_password", "a password is too common or too simple"),
    ("invalid_email", "an email address is malformed"),
    ("invalid_website", "a website is not an http(s) address"),
    (
        "invalid_language",
        "a language the pages are not written in (use en, fr, it or es)",
    ),
    (
        "original_language",
        "a translation into the language the text was first written in",
    ),
    (
        "invalid_time_zone",
        "a time zone the tz database does not know (e.g. Europe/Rome)",
    ),
    (
        "invalid_field",
        "a field breaks its rule (one line, no control characters)",
    ),
    ("missing_field", "a required field is empty"),
    ("too_long", "a field is longer than its limit"),
    ("invalid_kind", "an unknown kind of organization"),
    ("invalid_role", "an unknown role (member or admin)"),
    ("not_invited", "accepting without an invitation"),
    (
        "already_member",
        "inviting or accepting someone who is a member or invited already",
    ),
    (
        "not_member",
        "leaving an organization one is not a member of",
    ),
    (
        "last_admin",
        "the last admin of an organization cannot leave or be removed",
    ),
    (
        "unknown_object_type",
        "an object type the journal does not know",
    ),
    (
        "invalid_last_event_id",
        "a `Last-Event-ID` that is not a journal position",
    ),
    ("unknown_kind", "an unknown kind of commons"),
    (
        "invalid_licence",
        "a licence expression that is not valid SPDX",
    ),
    ("invalid_text", "a text field of a commons breaks its rule"),
    ("invalid_state", "an unknown contribution state in a filter"),
    ("invalid_base64", "a file's content is not valid base64"),
    ("invalid_hash", "a blob hash is not a sha256 in hex"),
    (
        "invalid_revision",
        "a revision number that the commons does not have",
    ),
    (
        "invalid_minutes",
        "the minutes of a work record are not a number",
    ),
    ("invalid_work_record", "a work record breaks its rule"),
    ("missing_content", "a file was proposed without its content"),
    (
        "binary_file",
        "a binary file cannot be edited in the browser",
    ),
    ("not_utf8", "a text file is not UTF-8"),
    (
        "file_too_large",
        "a file is larger than the configured limit",
    ),
    ("too_many_files", "a change touches more files than allowed"),
    ("empty_change", "a change that changes nothing"),
    ("duplicate_path", "a change names one path twice"),
    ("file_exists", "adding a file that exists already"),
    (
        "file_missing",
        "changing or deleting a file that does not exist",
    ),
    (
        "file_folder_clash",
        "a file where a folder is, or the reverse",
    ),
    ("path_empty", "an empty file path"),
    ("path_absolute", "a file path that starts with `/`"),
    ("path_backslash", "a file path with a backslash"),
    ("path_empty_segment", "a file path with an empty segment"),
    ("path_dot_segment", "a file path with a `.` segment"),
    ("path_parent_segment", "a file path with a `..` segment"),
    (
        "path_control_character",
        "a file path with a control character",
    ),
    (
        "path_invisible_character",
        "a file path with an invisible or direction-changing character",
    ),
    ("path_too_long", "a file path longer than its limit"),
    (
        "path_segment_too_long",
        "a file path segment longer than its limit",
    ),
    ("path_too_deep", "a file path with too many segments"),
    (
        "path_not_portable",
        "a file path that Windows or macOS cannot hold",
    ),
    ("blob_missing", "a file's content is missing from the store"),
    ("blob_mismatch", "a stored file does not match its hash"),
    (
        "tree_mismatch",
        "a revision's files do not match its tree hash",
    ),
    ("archive_failed", "an archive could not be built"),
    (
        "not_allowed",
        "the person's standing does not allow this action on a commons",
    ),
    ("not_maintainer", "removing someone who is not a maintainer"),
    (
        "already_maintainer",
        "adding someone who is a maintainer already",
    ),
    (
        "last_maintainer",
        "the last maintainer of a commons cannot step down",
    ),
    (
        "illegal_transition",
        "a contribution cannot move from its state by this action",
    ),
    (
        "contribution_moved",
        "the contribution was decided meanwhile; reload it",
    ),
    ("conflicting", "a change conflicts with the head; update it"),
    (
        "stale_head",
        "the commons moved on while this was decided; try again",
    ),
    (
        "foreign_revision",
        "a revision that belongs to another commons",
    ),
    (
        "duplicate_revision",
        "a revision that the history holds already",
    ),
    (
        "unknown_revision",
        "a revision that the commons does not have",
    ),
    (
        "commons_deleted",
        "the commons was deleted and takes no more changes",
    ),
    (
        "confirmation_mismatch",
        "the handle typed to confirm a deletion does not match",
    ),
    (
        "not_a_fork",
        "offering upstream from a commons that is not a fork",
    ),
    ("nothing_to_offer", "a fork with no new revisions to offer"),
    ("offer_pending", "a fork whose earlier offer is still open"),
    ("title_empty", "a thread without a title"),
    (
        "title_too_long",
        "a thread title longer than 200 characters",
    ),
    ("body_empty", "a comment without text"),
    ("body_too_long", "a comment longer than 20 000 characters"),
    (
        "control_character",
        "a comment or title with a control character",
    ),
    ("not_author", "editing or deleting someone else's comment"),
    ("comment_deleted", "editing a deleted comment"),
    (
        "comment_moved",
        "the comment was changed meanwhile; reload it",
    ),
    ("thread_full", "a thread that holds 1 000 comments already"),
];

/// Whether `code` is one of [`CODES`].
pub fn is_listed(code: &str) -> bool {
    CODES.iter().any(|(c, _)| *c == code)
}

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
        debug_assert!(
            is_listed(code),
            "error code `{code}` is not in error::CODES"
        );
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
        debug_assert!(
            is_listed(code),
            "error code `{code}` is not in error::CODES"
        );
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

impl From<crate::i18n::content::LanguageError> for AppError {
    #[track_caller]
    fn from(e: crate::i18n::content::LanguageError) -> Self {
        use crate::i18n::content::LanguageError;
        match e {
            LanguageError::Unknown => AppError::invalid(
                "invalid_language",
                "language: write en, fr, it or es, the languages these pages are written in",
            ),
            LanguageError::Original(lang) => AppError::invalid(
                "original_language",
                format!(
                    "lang: {} is the language this was first written in; change the text \
                     itself, or translate it into another language",
                    lang.code()
                ),
            ),
        }
    }
}

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
        let lang = crate::i18n::current().lang;
        let status = e.status.as_u16();
        let card = ErrorCard::of(lang, status);
        let page = ErrorPage {
            lang: lang.code(),
            status,
            title: card.title,
            back: card.back,
            home: card.home,
            label: card.label,
            message: e.message.clone(),
            code: e.code,
        };
        match askama::Template::render(&page) {
            Ok(html) => {
                let mut r = with_retry_after(
                    (e.status, axum::response::Html(html)).into_response(),
                    e.retry_after,
                );
                r.extensions_mut().insert(ShownError {
                    status: page.status,
                    message: page.message,
                    code: page.code,
                });
                r
            }
            Err(err) => {
                tracing::error!(error = %err, "error page failed to render");
                (e.status, e.message).into_response()
            }
        }
    }
}

/// What an error page shows, kept on its response so that the page layer can show it again
/// in the visitor's layout (`web::error_page`).
#[derive(Debug, Clone)]
pub struct ShownError {
    pub status: u16,
    pub message: String,
    pub code: &'static str,
}

/// The words of an error card around its message, in a language.
pub struct ErrorCard {
    pub title: String,
    pub back: String,
    pub home: String,
    pub label: String,
}

impl ErrorCard {
    pub fn of(lang: crate::i18n::Lang, status: u16) -> ErrorCard {
        use crate::i18n::text;
        let status = || [("status", i64::from(status).into())];
        ErrorCard {
            title: text(lang, "error-title", &status()),
            back: text(lang, "error-back", &[]),
            home: text(lang, "error-home", &[]),
            label: text(lang, "error-code", &status()),
        }
    }
}

/// The error page: what went wrong and what to do next.
#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage {
    lang: &'static str,
    status: u16,
    title: String,
    back: String,
    home: String,
    label: String,
    message: String,
    code: &'static str,
}
