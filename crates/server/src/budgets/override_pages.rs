//! The override form on a budget's results page: an admin of the owner funds a project
//! the rule left out, or takes one out, with a reason; refused, the results page comes
//! back with the form as entered and the refusal beside its field.

use super::overrides;
use super::pages::{ResultsQuery, results_page};
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
pub struct OverrideForm {
    csrf: String,
    /// The heading whose results page the form is on.
    #[serde(default)]
    heading: String,
    #[serde(default, rename = "override-project")]
    project: String,
    /// `fund` or `unfund`.
    #[serde(default, rename = "override-funded")]
    funded: String,
    #[serde(default, rename = "override-reason")]
    reason: String,
}

fn field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "missing_field" | "too_long" | "control_character" | "invalid_field" => {
            Some("override-reason")
        }
        "override_changes_nothing" | "not_found" => Some("override-project"),
        _ => None,
    }
}

/// Records an override from the results page.
pub async fn record(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<OverrideForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let who = me.clone();
    let (pid, project, reason) = (id.clone(), f.project.clone(), f.reason.clone());
    let funded = f.funded == "fund";
    let done = state
        .db
        .write(move |c| overrides::record(c, &who, &pid, &project, funded, &reason, now_ms()))
        .await;
    // Only an id goes back into the address (the form could send anything).
    let heading: String = f
        .heading
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let back = format!("/budgets/{id}/results?heading={heading}");
    match done {
        Ok(_) => Ok(Redirect::to(&format!("{back}#overrides")).into_response()),
        Err(e) => {
            let entered = [
                ("override-project", f.project.as_str()),
                ("override-funded", f.funded.as_str()),
                ("override-reason", f.reason.as_str()),
            ];
            let q = ResultsQuery::of_heading(f.heading.clone());
            Refilled::answer_async(&entered, e, field, |form| {
                results_page(&state, Some(me), &csrf, id, q, form)
            })
            .await
        }
    }
}
