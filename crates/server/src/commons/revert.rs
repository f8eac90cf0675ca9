//! Reverting an accepted revision: a maintainer undoes what one revision did, as a new
//! revision on top of the head recorded with verb `Undo` in the journal. The model
//! (`History::revert`) computes the inverse change and rebases it onto the head; later
//! revisions that touched the same files make it a 409 `conflicting`.

use super::events;
use super::model::RevisionId;
use super::model::access::{Action, Standing, authorize};
use super::model::blob::FileLimits;
use super::revisions::{head, history_of, tree_of};
use super::service::{commons_ref, revision_row};
use super::store::{self, CommonsRow, RevisionRow};
use super::views::{self, RevisionView};
use crate::db::{DbConn, now_ms};
use crate::error::{ApiError, AppError, Problem, detail};
use crate::journal;
use crate::state::AppState;
use crate::web::actor::Actor;
use crate::web::actor::{ApiViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::PageForm;
use crate::web::extract::Path;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// Reverts revision `number` of `c` as `actor` (a maintainer): the new head revision.
pub fn revert(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    number: i64,
) -> Result<RevisionRow, AppError> {
    super::open::ensure_open(conn, c)?;
    let maintainers = store::maintainer_ids(conn, &c.id)?;
    let me = actor.id.clone();
    authorize(Standing::of(Some(&me), &maintainers, None), Action::Revert)?;
    let target = store::revision_by_number(conn, &c.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-no-revision",
            number = number.to_string(),
            commons = &c.handle
        ))
    })?;
    let target_tree = tree_of(conn, &target)?;
    let before = match &target.parent_id {
        Some(p) => {
            let parent = store::revision_by_id(conn, p)?.ok_or_else(|| {
                AppError::internal(anyhow::anyhow!("parent of revision {number} is missing"))
            })?;
            tree_of(conn, &parent)?
        }
        // The model refuses this with its own code; an empty tree is never used.
        None => target_tree.clone(),
    };
    let head_rev = head(conn, c)?;
    let head_tree = tree_of(conn, &head_rev)?;
    let history = history_of(conn, c)?;
    let tree = history
        .revert(
            &RevisionId(target.id.clone()),
            &before,
            &target_tree,
            &head_tree,
            &FileLimits::default(),
        )?
        .into_tree()?;
    let now = now_ms();
    let first = target.message.lines().next().unwrap_or("");
    let rev = revision_row(
        c,
        Some((&head_rev, &*head_tree)),
        &format!("Revert \"{first}\" (revision {number})"),
        actor.id.as_str(),
        actor,
        None,
        tree,
        None,
        now,
    )?;
    if !store::move_head(conn, &c.id, &head_rev.id, &rev.id, now)? {
        return Err(AppError::conflict(
            "stale_head",
            detail!("problem-moved-while-reverting", commons = &c.handle),
        ));
    }
    store::insert_revision(conn, &rev)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::REVISION_REVERTED,
        &commons_ref(c),
        &format!(
            "@{} reverted revision {number} of {} as revision {}",
            actor.handle, c.handle, rev.number
        ),
        &events::Reverted {
            commons: c.handle.clone(),
            reverted: number,
            revision: rev.number,
            revert: true,
        },
    )?;
    Ok(rev)
}

/// Reverts an accepted revision (maintainers only): a new revision, journaled as `Undo`.
#[utoipa::path(post, path = "/api/v1/commons/{handle}/revisions/{number}/revert", tag = "commons",
    security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 201, body = RevisionView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn api_revert(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Response, ApiError> {
    let view = state
        .db
        .write(move |conn| {
            let c = store::require_commons(conn, &handle)?;
            let rev = revert(conn, &p, &c, number)?;
            views::revision_view(conn, &rev)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

#[derive(Deserialize)]
pub struct RevertForm {
    csrf: String,
    /// The ticked confirmation; a browser sends nothing when it is not ticked.
    #[serde(default)]
    confirm: String,
}

/// The revisions' revert button (maintainers only), after its confirmation is ticked.
pub async fn page_revert(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, number)): Path<(String, i64)>,
    PageForm(f): PageForm<RevertForm>,
) -> Result<Response, crate::error::PageError> {
    csrf.verify(&f.csrf)?;
    if f.confirm != "yes" {
        return Err(AppError::invalid(
            "confirmation_mismatch",
            detail!("problem-revert-unconfirmed", number = number.to_string()),
        )
        .into());
    }
    let target = handle.clone();
    state
        .db
        .write(move |conn| {
            let c = store::require_commons(conn, &handle)?;
            revert(conn, &me, &c, number)
        })
        .await?;
    Ok(Redirect::to(&format!("/commons/{target}/revisions")).into_response())
}
