//! The incompatibility groups on a process's page: each heading lists its groups, and an
//! admin of the owner, before balloting, makes a group by ticking projects (check boxes
//! `group-project-ID`, a name and a reason) or removes one. Refused, the process page
//! comes back with the form as entered and the refusal beside its field.

use super::groups::{self, NewGroup};
use super::pages::process_page;
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
use std::collections::HashMap;

fn field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "missing_field" | "too_long" | "control_character" | "invalid_field" => {
            match e.detail.text_arg("field") {
                Some("name") => Some("group-name"),
                Some("reason") => Some("group-reason"),
                _ => None,
            }
        }
        "invalid_group" | "unknown_project" | "not_on_ballot" | "project_in_group" => {
            Some("group-projects")
        }
        _ => None,
    }
}

/// Only an id goes back into an address (a form could send anything).
fn id_only(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// Makes a group from the form under a heading of the process page.
pub async fn make(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<HashMap<String, String>>,
) -> Result<Response, PageError> {
    csrf.verify(f.get("csrf").map(String::as_str).unwrap_or(""))?;
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let mut projects: Vec<String> = f
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .filter_map(|(k, _)| k.strip_prefix("group-project-").map(str::to_string))
        .collect();
    projects.sort();
    let asked = NewGroup {
        heading: get("group-heading"),
        name: get("group-name"),
        projects: projects.clone(),
        reason: get("group-reason"),
    };
    let heading = id_only(&asked.heading);
    let (who, pid) = (me.clone(), id.clone());
    let done = state
        .db
        .write(move |c| groups::make(c, &who, &pid, &asked, now_ms()))
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/budgets/{id}#groups-{heading}")).into_response()),
        Err(e) => {
            let (name, reason, ticked) =
                (get("group-name"), get("group-reason"), projects.join(","));
            let entered = [
                ("group-heading", heading.as_str()),
                ("group-name", name.as_str()),
                ("group-reason", reason.as_str()),
                ("group-projects", ticked.as_str()),
            ];
            Refilled::answer_async(&entered, e, field, |form| {
                process_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct RemoveForm {
    csrf: String,
}

/// Removes a group (the button beside it, for admins before balloting).
pub async fn remove(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, group)): Path<(String, String)>,
    PageForm(f): PageForm<RemoveForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let pid = id.clone();
    state
        .db
        .write(move |c| groups::remove(c, &me, &pid, &group, now_ms()))
        .await?;
    Ok(Redirect::to(&format!("/budgets/{id}")).into_response())
}
