//! The least-share form on a process's page (an admin, a knapsack ballot, until balloting
//! opens): the share of each heading's amount a ballot must spend. Refused, the page
//! comes back with the form as entered and the refusal beside its field.

use super::pages::process_page;
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
pub struct MinShareForm {
    csrf: String,
    #[serde(default)]
    min_share_percent: String,
}

fn field(e: &AppError) -> Option<&'static str> {
    (e.code == "invalid_ballot_rules").then_some("min_share_percent")
}

/// Sets the least share from the form: empty removes it; anything not a whole number is
/// passed on as an impossible one, so that the rules' own check names the field.
pub async fn set(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<MinShareForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let raw = f.min_share_percent.trim();
    let percent = (!raw.is_empty()).then(|| raw.parse().unwrap_or(-1));
    let (who, pid) = (me.clone(), id.clone());
    let done = state
        .db
        .write(move |c| service::set_min_share(c, &who, &pid, percent, now_ms()))
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/budgets/{id}#min-share")).into_response()),
        Err(e) => {
            let entered = [("min_share_percent", f.min_share_percent.as_str())];
            Refilled::answer_async(&entered, e, field, |form| {
                process_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}
