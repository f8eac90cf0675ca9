//! Deleting a commons. Its maintainers may delete it; nothing changes in it afterwards
//! (every change is a 410 `commons_deleted` naming who deleted it and when, and pointing
//! to its forks), and it leaves the lists. Its rows stay: a fork reads its inherited
//! history from its ancestors' revisions, so every attribution in the forks stays true,
//! and the deleted commons' own page and history stay readable (holoptism). Its handle
//! stays taken, so a link to it never lands on another work.

use super::events;
use super::model::access::{Action, Standing, authorize};
use super::open::ensure_open;
use super::service::commons_ref;
use super::store::{self, CommonsRow};
use super::views::{self, CommonsView};
use crate::db::{DbConn, now_ms};
use crate::error::{ApiError, AppError, PageError, Problem, detail};
use crate::journal;
use crate::state::AppState;
use crate::web::actor::Actor;
use crate::web::actor::{ApiViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::PageForm;
use crate::web::extract::Path;
use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Deletes a commons (its maintainers only), with one journal event.
pub fn delete(conn: &mut DbConn, actor: &Actor, c: &CommonsRow) -> Result<CommonsRow, AppError> {
    ensure_open(conn, c)?;
    let maintainers = store::maintainer_ids(conn, &c.id)?;
    authorize(
        Standing::of(Some(&actor.id.clone()), &maintainers, None),
        Action::DeleteCommons,
    )?;
    let now = now_ms();
    let changed = store::mark_deleted(conn, &c.id, actor.id.as_str(), now)?;
    if changed == 0 {
        // Deleted by someone else since it was read: say so as any later change would.
        let fresh = store::commons_by_id(conn, &c.id)?;
        ensure_open(conn, &fresh)?;
    }
    let forks = store::count_forks(conn, &c.id)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DELETED,
        &commons_ref(c),
        &format!(
            "@{} deleted the commons {} ({}); its history stays readable{}",
            actor.handle,
            c.name,
            c.handle,
            match forks {
                0 => String::new(),
                1 => " and goes on in 1 fork".to_string(),
                n => format!(" and goes on in {n} forks"),
            }
        ),
        &events::Deleted {
            handle: c.handle.clone(),
            forks,
            name: Some(c.name.clone()),
        },
    )?;
    Ok(CommonsRow {
        deleted_at: Some(now),
        deleted_by: Some(actor.id.0.clone()),
        updated_at: now,
        ..c.clone()
    })
}

/// Deletes a commons (maintainers only). It accepts no more changes and leaves the lists;
/// its page, files and history stay readable, and its forks keep their inherited history.
/// Changes to it afterwards are 410 `commons_deleted`.
#[utoipa::path(delete, path = "/api/v1/commons/{handle}", tag = "commons", security(("bearer" = [])),
    params(("handle" = String, Path)),
    responses((status = 200, body = CommonsView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 410, body = Problem)))]
pub async fn api_delete(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
) -> Result<Json<CommonsView>, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            let row = delete(c, &p, &row)?;
            views::commons_view(c, &row)
        })
        .await?;
    Ok(Json(view))
}

#[derive(Debug, Deserialize)]
pub struct DeleteForm {
    csrf: String,
    /// The handle typed again, so that a slip of the finger deletes nothing.
    #[serde(default)]
    confirm: String,
}

/// The "Delete this commons" form on a commons page (maintainers see it).
pub async fn page_delete(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<DeleteForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (at, actor) = (handle.clone(), me.clone());
    let confirm = f.confirm.clone();
    let deleted = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &at)?;
            if confirm.trim() != row.handle {
                return Err(AppError::invalid(
                    "confirmation_mismatch",
                    detail!("problem-confirmation-mismatch", commons = &row.handle),
                ));
            }
            delete(c, &me, &row)
        })
        .await;
    match deleted {
        Ok(_) => Ok(Redirect::to(&format!("/commons/{handle}")).into_response()),
        Err(e) => {
            let values = [("delete-confirm", f.confirm.as_str())];
            let field =
                |e: &AppError| (e.code == "confirmation_mismatch").then_some("delete-confirm");
            super::pages::refused(&state, actor, &csrf, handle, &values, e, field).await
        }
    }
}
