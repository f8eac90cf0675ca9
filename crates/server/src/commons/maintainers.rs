//! Adding and removing maintainers: only maintainers may do either, and the last one
//! cannot leave (rules in `access`). Each change is journaled in the same transaction.

use super::events;
use super::model::access::{self, Action, Standing, authorize};
use super::model::error::CommonsError;
use super::service::commons_ref;
use super::store::{self, CommonsRow};
use crate::db::{DbConn, now_ms};
use crate::error::AppError;
use crate::journal;
use crate::state::AppState;
use crate::web::actor::{Actor, Viewer};
use crate::web::csrf::CsrfOnly;
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Path};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// The model names people by id; messages to clients name them by handle.
fn by_handle(e: CommonsError, handle: &str) -> AppError {
    let person = format!("@{handle}");
    AppError::from(match e {
        CommonsError::AlreadyMaintainer { .. } => CommonsError::AlreadyMaintainer { person },
        CommonsError::NotMaintainer { .. } => CommonsError::NotMaintainer { person },
        CommonsError::LastMaintainer { .. } => CommonsError::LastMaintainer { person },
        other => other,
    })
}

/// Serializes the changes to one commons' maintainers, taken before they are read: two
/// maintainers stepping down at once must not both see the other one staying.
fn lock_maintainers(conn: &mut DbConn, c: &CommonsRow) -> Result<(), AppError> {
    store::lock_key(conn, &format!("commons-maintainers:{}", c.id))
}

pub fn add(conn: &mut DbConn, actor: &Actor, c: &CommonsRow, handle: &str) -> Result<(), AppError> {
    super::open::ensure_open(conn, c)?;
    lock_maintainers(conn, c)?;
    let now = store::maintainer_ids(conn, &c.id)?;
    authorize(
        Standing::of(Some(&actor.id.clone()), &now, None),
        Action::AddMaintainer,
    )?;
    let person = crate::accounts::require_person(conn, handle)?;
    access::add_maintainer(&now, &person.id.clone()).map_err(|e| by_handle(e, handle))?;
    store::add_maintainer(conn, &c.id, person.id.as_str(), now_ms())?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::MAINTAINER_ADDED,
        &commons_ref(c),
        &format!(
            "@{} made @{} a maintainer of {}",
            actor.handle, person.handle, c.handle
        ),
        &events::Maintainer {
            commons: c.handle.clone(),
            maintainer: person.handle.clone(),
        },
    )?;
    Ok(())
}

pub fn remove(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    handle: &str,
) -> Result<(), AppError> {
    super::open::ensure_open(conn, c)?;
    lock_maintainers(conn, c)?;
    let now = store::maintainer_ids(conn, &c.id)?;
    authorize(
        Standing::of(Some(&actor.id.clone()), &now, None),
        Action::RemoveMaintainer,
    )?;
    let person = crate::accounts::require_person(conn, handle)?;
    access::remove_maintainer(&now, &person.id.clone()).map_err(|e| by_handle(e, handle))?;
    store::remove_maintainer(conn, &c.id, person.id.as_str())?;
    let summary = if person.id == actor.id {
        format!(
            "@{} stepped down as a maintainer of {}",
            actor.handle, c.handle
        )
    } else {
        format!(
            "@{} removed @{} as a maintainer of {}",
            actor.handle, person.handle, c.handle
        )
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::MAINTAINER_REMOVED,
        &commons_ref(c),
        &summary,
        &events::Maintainer {
            commons: c.handle.clone(),
            maintainer: person.handle.clone(),
        },
    )?;
    Ok(())
}

#[derive(Deserialize)]
pub struct AddForm {
    csrf: String,
    handle: String,
}

/// The commons page's form: a maintainer makes someone a maintainer.
pub async fn page_add(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<AddForm>,
) -> Result<Response, crate::error::PageError> {
    csrf.verify(&f.csrf)?;
    let (at, actor) = (handle.clone(), me.clone());
    let named = f.handle.trim().trim_start_matches('@').to_string();
    let added = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &at)?;
            add(c, &me, &row, &named)
        })
        .await;
    match added {
        Ok(()) => Ok(Redirect::to(&format!("/commons/{handle}")).into_response()),
        Err(e) => {
            let values = [("maintainer-handle", f.handle.as_str())];
            // Someone unknown, or a maintainer already: said beside the handle typed.
            let field = |e: &AppError| {
                matches!(e.code, "not_found" | "already_maintainer").then_some("maintainer-handle")
            };
            super::pages::refused(&state, actor, &csrf, handle, &values, e, field).await
        }
    }
}

/// The button beside a maintainer: removes them, or lets the viewer step down (never the
/// last one).
pub async fn page_remove(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, person)): Path<(String, String)>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, crate::error::PageError> {
    csrf.verify(&f.csrf)?;
    let target = handle.clone();
    state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            remove(c, &me, &row, &person)
        })
        .await?;
    Ok(Redirect::to(&format!("/commons/{target}")).into_response())
}
