//! Page forms beyond the text editor: uploading a file (any kind, up to the configured
//! size, as `multipart/form-data`) and recording work that is not a file change. Both go
//! through the same flows as the API, so the checks and journal events are the same.

use super::model::blob::FileKind;
use super::pages::{OneFile, propose_file};
use super::service;
use super::store;
use crate::error::{AppError, PageError, detail};
use crate::state::AppState;
use crate::web::actor::Viewer;
use crate::web::csrf::CsrfToken;
use crate::web::extract::PageForm;
use crate::web::extract::Path;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// What an upload form sent.
#[derive(Default)]
struct Upload {
    csrf: String,
    base: String,
    path: String,
    message: String,
    file_name: String,
    bytes: Option<Vec<u8>>,
}

fn unreadable(e: impl std::fmt::Display) -> AppError {
    AppError::new(
        StatusCode::BAD_REQUEST,
        "invalid_form",
        detail!("problem-invalid-upload", reason = e.to_string()),
    )
}

async fn read_upload(mut form: Multipart) -> Result<Upload, AppError> {
    let mut u = Upload::default();
    while let Some(field) = form.next_field().await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body_too_large",
                detail!("problem-upload-too-large"),
            )
        } else {
            unreadable(e)
        }
    })? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            u.file_name = field.file_name().unwrap_or_default().to_string();
            u.bytes = Some(field.bytes().await.map_err(unreadable)?.to_vec());
            continue;
        }
        let text = field.text().await.map_err(unreadable)?;
        match name.as_str() {
            "csrf" => u.csrf = text,
            "base" => u.base = text,
            "path" => u.path = text,
            "message" => u.message = text,
            _ => {}
        }
    }
    Ok(u)
}

/// UTF-8 without NUL bytes is stored as text (diffable, rendered); anything else as binary.
fn kind_of(bytes: &[u8]) -> FileKind {
    if !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok() {
        FileKind::Text
    } else {
        FileKind::Binary
    }
}

/// Proposes an uploaded file as a change: a modify if the path exists at the base, else an
/// add. The path defaults to the uploaded file's name.
pub async fn upload(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    form: Multipart,
) -> Result<Response, PageError> {
    let u = read_upload(form).await?;
    csrf.verify(&u.csrf)?;
    let (at, actor) = (handle.clone(), me.clone());
    let (base, message) = (u.base.clone(), u.message.clone());
    let path = if u.path.trim().is_empty() {
        u.file_name.trim().to_string()
    } else {
        u.path.trim().to_string()
    };
    let limits = super::model::blob::FileLimits::of(&state.config);
    let sent = path.clone();
    let proposed = async {
        let bytes = u
            .bytes
            .filter(|b| !b.is_empty())
            .ok_or_else(|| AppError::invalid("missing_content", detail!("problem-upload-empty")))?;
        state
            .db
            .write(move |c| {
                let row = store::require_commons(c, &at)?;
                let one = OneFile {
                    base: &base,
                    path: sent,
                    kind: kind_of(&bytes),
                    bytes,
                    message: &message,
                };
                let k = propose_file(c, &me, &row, one, &limits)?;
                Ok((row.handle, k.number))
            })
            .await
    }
    .await;
    match proposed {
        Ok((handle, number)) => {
            Ok(Redirect::to(&format!("/commons/{handle}/contributions/{number}")).into_response())
        }
        // The file is not sent back (a browser cannot prefill one): the path and the
        // message are, with the refusal beside the field it is about.
        Err(e) => {
            let page = (handle, u.base, path, String::new());
            super::pages::edit_refused(&state, &actor, &csrf, page, ("upload", &u.message), e)
        }
    }
}

#[derive(Deserialize)]
pub struct WorkForm {
    csrf: String,
    minutes: String,
    description: String,
    #[serde(default)]
    evidence: String,
}

/// Records work done for the commons (a workshop, a translation, testing) for the
/// maintainers to accept like any contribution.
pub async fn record_work(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<WorkForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (at, actor) = (handle.clone(), me.clone());
    let description = f.description.clone();
    let recorded = async {
        let minutes: u32 = f.minutes.trim().parse().map_err(|_| {
            AppError::invalid("invalid_minutes", detail!("problem-invalid-minutes"))
        })?;
        let evidence = Some(f.evidence.trim())
            .filter(|e| !e.is_empty())
            .map(String::from);
        state
            .db
            .write(move |c| {
                let row = store::require_commons(c, &at)?;
                let k = service::propose_work(
                    c,
                    &me,
                    &row,
                    minutes,
                    &description,
                    evidence.as_deref(),
                )?;
                Ok((row.handle, k.number))
            })
            .await
    }
    .await;
    match recorded {
        Ok((handle, number)) => {
            Ok(Redirect::to(&format!("/commons/{handle}/contributions/{number}")).into_response())
        }
        Err(e) => {
            let values = [
                ("work-minutes", f.minutes.as_str()),
                ("work-description", f.description.as_str()),
                ("work-evidence", f.evidence.as_str()),
            ];
            super::pages::refused(&state, actor, &csrf, handle, &values, e, work_field).await
        }
    }
}

/// The work form's field a refusal is about.
fn work_field(e: &AppError) -> Option<&'static str> {
    let reason = e.detail.detail_arg("reason").map(|d| d.key());
    match (e.code, reason) {
        ("invalid_minutes", _) => Some("work-minutes"),
        ("invalid_work_record", Some("problem-work-zero" | "problem-work-too-long")) => {
            Some("work-minutes")
        }
        ("invalid_work_record", _) => Some("work-evidence"),
        ("invalid_text", _) => Some("work-description"),
        _ => None,
    }
}
