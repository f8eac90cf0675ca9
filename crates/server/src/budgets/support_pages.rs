//! The supporting rules' form on a process's page (an admin until supporting ends): the
//! most supports per person and heading, and which projects go on to the ballot. Refused,
//! the page comes back with the form as entered and the refusal beside its field.

use super::pages::process_page;
use super::supporting;
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
pub struct SupportRulesForm {
    csrf: String,
    #[serde(default)]
    max_per_person: String,
    #[serde(default)]
    advance: String,
    #[serde(default)]
    count: String,
}

fn field(e: &AppError) -> Option<&'static str> {
    match (e.code, e.detail.text_arg("field")) {
        ("invalid_support_rules", Some("max_per_person")) => Some("max_per_person"),
        ("invalid_support_rules", Some("advance")) => Some("advance"),
        ("invalid_support_rules", _) => Some("count"),
        _ => None,
    }
}

/// A number as the form gives it: empty is none; anything else not a whole number is
/// passed on as an impossible one, so that the rules' own check names the field.
fn number(s: &str) -> Option<i64> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.parse().unwrap_or(-1))
}

/// Sets the supporting rules from the form.
pub async fn set(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<SupportRulesForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (most, count) = (number(&f.max_per_person), number(&f.count));
    // With `all` the number field is ignored rather than refused: the form always has it.
    let count = if f.advance.trim() == "all" {
        None
    } else {
        count
    };
    let (who, pid, advance) = (me.clone(), id.clone(), f.advance.clone());
    let done = state
        .db
        .write(move |c| supporting::set(c, &who, &pid, most, &advance, count, now_ms()))
        .await;
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/budgets/{id}#support-rules")).into_response()),
        Err(e) => {
            let entered = [
                ("max_per_person", f.max_per_person.as_str()),
                ("advance", f.advance.as_str()),
                ("count", f.count.as_str()),
            ];
            Refilled::answer_async(&entered, e, field, |form| {
                process_page(&state, Some(me), &csrf, id, form)
            })
            .await
        }
    }
}
