//! The valuation form on a project's page (see `valuation`): a member of the panel (or an
//! admin of the owner, without a panel) records the project's feasibility, price and
//! explanation while the process is valuating; refused, the project's page comes back
//! with the form as entered and the refusal beside its field.

use super::pages::project_page_with;
use super::valuation::{self, NewValuation};
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
pub struct ValuationForm {
    csrf: String,
    /// `yes` or `no`.
    #[serde(default, rename = "valuation-feasible")]
    feasible: String,
    #[serde(default, rename = "valuation-price")]
    price: String,
    #[serde(default, rename = "valuation-explanation")]
    explanation: String,
}

fn field(e: &AppError) -> Option<&'static str> {
    match (e.code, e.detail.text_arg("field")) {
        ("explanation_required", _) => Some("valuation-explanation"),
        (
            "cost_not_positive" | "amount_too_large" | "malformed_amount" | "too_many_decimals",
            _,
        ) => Some("valuation-price"),
        ("missing_field", Some("price")) => Some("valuation-price"),
        ("too_long" | "invalid_field", Some("explanation")) => Some("valuation-explanation"),
        _ => None,
    }
}

/// Records a valuation from the project's page.
pub async fn record(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, project)): Path<(String, String)>,
    PageForm(f): PageForm<ValuationForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let input = NewValuation {
        feasible: f.feasible != "no",
        price: f.price.clone(),
        explanation: f.explanation.clone(),
    };
    let (who, pid, prj) = (me.clone(), id.clone(), project.clone());
    let done = state
        .db
        .write(move |c| valuation::valuate(c, &who, &pid, &prj, &input, now_ms()))
        .await;
    match done {
        Ok(_) => Ok(
            Redirect::to(&format!("/budgets/{id}/projects/{project}#valuation")).into_response(),
        ),
        Err(e) => {
            let entered = [
                ("valuation-feasible", f.feasible.as_str()),
                ("valuation-price", f.price.as_str()),
                ("valuation-explanation", f.explanation.as_str()),
            ];
            Refilled::answer_async(&entered, e, field, |form| {
                project_page_with(&state, me, &csrf, (id, project), form)
            })
            .await
        }
    }
}
