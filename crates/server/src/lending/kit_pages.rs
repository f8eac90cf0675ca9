//! The pages' side of kits: on a kit's page its stewards set how many of each of their
//! other resources it holds (0: none), without JavaScript; a refusal shows the page
//! again with the reason. The parts are listed on the resource's page.

use super::kits;
use super::pages::upkeep;
use crate::error::{AppError, PageError, detail};
use crate::state::AppState;
use crate::web::actor::Viewer;
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Path};
use axum::extract::State;
use axum::response::Response;

/// The kit form's field a refusal is about: the whole form's note.
fn kit_field(e: &AppError) -> Option<&'static str> {
    matches!(e.code, "invalid_kit" | "invalid_form").then_some("kit-parts")
}

/// A steward sets a kit's parts: fields `part-<id>` with a quantity each (0 or empty:
/// not a part).
pub async fn set(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let token = fields
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    csrf.verify(&token)?;
    let mut parts = Vec::new();
    let mut unread = None;
    for (k, v) in &fields {
        let Some(part) = k.strip_prefix("part-") else {
            continue;
        };
        match v.trim() {
            "" | "0" => {}
            n => match n.parse::<i64>() {
                Ok(q) => parts.push((part.to_string(), q)),
                Err(_) => {
                    unread = Some(AppError::invalid(
                        "invalid_form",
                        detail!("problem-invalid-upload", reason = "a quantity is no number"),
                    ))
                }
            },
        }
    }
    let rid = id.clone();
    upkeep(
        state,
        me,
        csrf,
        id,
        Vec::new(),
        kit_field,
        move |c, p, now| {
            if let Some(e) = unread {
                return Err(e);
            }
            kits::set(c, p, &rid, &parts, now).map(|_| ())
        },
    )
    .await
}
