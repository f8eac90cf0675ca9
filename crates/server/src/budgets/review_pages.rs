//! The admins' review of a project as forms on its page, before balloting (no
//! JavaScript): take it off the ballot or put it back, with a public reason, and merge a
//! duplicate into the project it repeats (its supports move there). A refused form comes
//! back as entered, the refusal beside its field, signed in.

use super::pages::project_page_with;
use super::service;
use crate::db::now_ms;
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::state::AppState;
use crate::web::actor::Viewer;
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Path};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ReviewForm {
    csrf: String,
    /// `reject` (off the ballot) or `restore` (back on it).
    #[serde(default, rename = "review-decision")]
    decision: String,
    #[serde(default, rename = "review-reason")]
    reason: String,
}

fn review_field(e: &AppError) -> Option<&'static str> {
    match (e.code, e.detail.text_arg("field")) {
        ("missing_field" | "too_long" | "invalid_field", _) => Some("review-reason"),
        ("not_on_ballot", _) => Some("review-decision"),
        _ => None,
    }
}

/// Takes a project off the ballot, or puts it back, with a reason.
pub async fn review(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, project)): Path<(String, String)>,
    PageForm(f): PageForm<ReviewForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let reject = f.decision.trim() != "restore";
    let who = me.clone();
    let (pid, proj, reason) = (id.clone(), project.clone(), f.reason.clone());
    let done = state
        .db
        .write(move |c| {
            let row = service::review(c, &who, &pid, &proj, reject, &reason, now_ms())?;
            Ok(format!("/budgets/{pid}/projects/{}", row.id))
        })
        .await;
    match done {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(e) => {
            let entered = [
                ("review-decision", f.decision.as_str()),
                ("review-reason", f.reason.as_str()),
            ];
            Refilled::answer_async(&entered, e, review_field, |form| {
                project_page_with(&state, me, &csrf, (id, project), form)
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct MergeForm {
    csrf: String,
    /// The id of the project this one repeats.
    #[serde(default, rename = "merge-into")]
    into: String,
    #[serde(default, rename = "merge-reason")]
    reason: String,
}

fn merge_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "missing_field" | "too_long" | "invalid_field" => Some("merge-reason"),
        "invalid_merge" | "not_on_ballot" | "not_found" => Some("merge-into"),
        _ => None,
    }
}

/// Merges the project into the one it repeats.
pub async fn merge(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, project)): Path<(String, String)>,
    PageForm(f): PageForm<MergeForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let (pid, proj, into, reason) = (
        id.clone(),
        project.clone(),
        f.into.clone(),
        f.reason.clone(),
    );
    let done = state
        .db
        .write(move |c| {
            let (_, original, _) =
                service::merge(c, &who, &pid, &proj, into.trim(), &reason, now_ms())?;
            Ok(format!("/budgets/{pid}/projects/{}", original.id))
        })
        .await;
    match done {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(e) => {
            let entered = [
                ("merge-into", f.into.as_str()),
                ("merge-reason", f.reason.as_str()),
            ];
            Refilled::answer_async(&entered, e, merge_field, |form| {
                project_page_with(&state, me, &csrf, (id, project), form)
            })
            .await
        }
    }
}
