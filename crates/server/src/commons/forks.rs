//! Forking a commons and offering a fork's work back upstream — the flows, their journal
//! events and their routes (API and pages).
//!
//! A fork is a new commons whose history *is* its parent's up to the fork point: the store
//! links the two (`commons_forks`) and reads inherited revisions through that link, so a
//! fork costs one commons row, one link row and one maintainer row whatever the size of
//! the history, and every past revision keeps its author, its accepting maintainer and the
//! commons it was made in. The model's `fork::offer_upstream` turns what the fork did after
//! its sync point into one change against the parent; accepting that change moves the sync
//! point, so the next offer carries only newer work.

use super::events;
use super::model::access::{Action, Standing, authorize};
use super::model::blob::FileLimits;
use super::model::contribution::ContributionKind;
use super::model::fork::{ForkLink, OfferInput, SyncPoint, offer_upstream};
use super::model::{CommonsId, RevisionId};
use super::revisions::{head, history_of, tree_of};
use super::service::{self, commons_ref};
use super::store::{self, CommonsRow, ContributionRow, ForkRow, OfferRow};
use super::views::{self, CommonsView, ContributionView};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{ApiError, AppError, PageError, Problem, detail};
use crate::journal;
use crate::state::AppState;
use crate::web::actor::Actor;
use crate::web::actor::{ApiViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::Path;
use crate::web::extract::{ApiJson, Found, PageForm};
use crate::web::paging::{Page, Paging, PagingParams};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::BTreeSet;
use utoipa::ToSchema;

/// Forks `parent` at revision `at` (its head when None) into a new commons `handle` with
/// `actor` as its maintainer. Kind and licence are the parent's: a fork does not change
/// the terms under which the work it carries was given.
pub fn fork(
    conn: &mut DbConn,
    actor: &Actor,
    parent: &CommonsRow,
    handle: &str,
    name: Option<&str>,
    at: Option<i64>,
) -> Result<CommonsRow, AppError> {
    super::open::ensure_open(conn, parent)?;
    authorize(
        Standing::of(Some(&actor.id.clone()), &BTreeSet::new(), None),
        Action::Fork,
    )?;
    let name = name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or(&parent.name);
    let new = service::new_commons(
        handle,
        name,
        &parent.summary,
        &parent.kind,
        &parent.licence,
        None,
    )?;
    let handle = new.commons.handle.to_string();
    service::handle_free(conn, &handle)?;
    let point = match at {
        None => head(conn, parent)?,
        Some(n) => store::revision_by_number(conn, &parent.id, n)?.ok_or_else(|| {
            AppError::not_found(detail!(
                "problem-no-revision",
                number = n.to_string(),
                commons = &parent.handle
            ))
        })?,
    };
    let now = now_ms();
    let row = CommonsRow {
        id: new_id(),
        handle,
        name: new.commons.name.clone(),
        summary: parent.summary.clone(),
        kind: parent.kind.clone(),
        licence_policy: parent.licence_policy.clone(),
        licence: parent.licence.clone(),
        home_org_id: None,
        created_by: actor.id.0.clone(),
        head_revision_id: Some(point.id.clone()),
        created_at: now,
        updated_at: now,
        deleted_at: None,
        deleted_by: None,
        // A fork starts in its parent's language; its new name is written in it too.
        language: parent.language.clone(),
    };
    store::insert_commons(conn, &row)?;
    store::add_maintainer(conn, &row.id, actor.id.as_str(), now)?;
    store::insert_fork(
        conn,
        &ForkRow {
            child_id: row.id.clone(),
            parent_id: parent.id.clone(),
            fork_point_id: point.id.clone(),
            fork_point_number: point.number,
            sync_fork_revision_id: point.id.clone(),
            sync_parent_revision_id: point.id.clone(),
            created_at: now,
        },
    )?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::FORKED,
        // A fork's making is in its parent's record as well as its own.
        &journal::ObjectRef {
            context: Some(commons_ref(parent).as_context()),
            ..commons_ref(&row)
        },
        &format!(
            "@{} forked {} at revision {} as {}",
            actor.handle, parent.handle, point.number, row.handle
        ),
        &events::Forked {
            handle: row.handle.clone(),
            name: row.name.clone(),
            forked_from: parent.handle.clone(),
            fork_point: point.number,
        },
    )?;
    Ok(row)
}

/// Offers everything `fork` did since its sync point to its parent as one change, proposed
/// by `actor` (a maintainer of the fork). One offer at a time: while one is open, the next
/// would repeat it.
pub fn offer(
    conn: &mut DbConn,
    actor: &Actor,
    fork: &CommonsRow,
    message: &str,
    limits: &FileLimits,
) -> Result<(CommonsRow, ContributionRow), AppError> {
    super::open::ensure_open(conn, fork)?;
    // One offer at a time per fork: taken before the open offers are read, so that a
    // second offer waits for the first to commit and then sees it.
    store::lock_key(conn, &format!("commons-offers:{}", fork.id))?;
    let maintainers = store::maintainer_ids(conn, &fork.id)?;
    let me = actor.id.clone();
    authorize(
        Standing::of(Some(&me), &maintainers, None),
        Action::OfferUpstream,
    )?;
    let link = store::fork_link(conn, &fork.id)?.ok_or_else(|| {
        AppError::invalid(
            "not_a_fork",
            detail!("problem-not-a-fork", commons = &fork.handle),
        )
    })?;
    for (_, k) in store::offers_from(conn, &fork.id)? {
        if service::parse_state(&k.state)?.is_open() {
            return Err(AppError::conflict(
                "offer_pending",
                detail!(
                    "problem-offer-pending",
                    number = k.number.to_string(),
                    commons = &fork.handle
                ),
            ));
        }
    }
    let parent = store::commons_by_id(conn, &link.parent_id)?;
    super::open::ensure_open(conn, &parent)?;
    let rev = |conn: &mut DbConn, id: &str| {
        store::revision_by_id(conn, id)?
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("revision {id} is missing")))
    };
    let fork_since = rev(conn, &link.sync_fork_revision_id)?;
    let parent_since = rev(conn, &link.sync_parent_revision_id)?;
    let fork_head = head(conn, fork)?;
    let fork_history = history_of(conn, fork)?;
    let parent_history = history_of(conn, &parent)?;
    let model_link = ForkLink {
        parent: CommonsId(parent.id.clone()),
        child: CommonsId(fork.id.clone()),
        fork_point: RevisionId(link.fork_point_id.clone()),
    };
    let since = SyncPoint {
        fork_revision: RevisionId(fork_since.id.clone()),
        parent_revision: RevisionId(parent_since.id.clone()),
    };
    let parent_head = head(conn, &parent)?;
    let offered = offer_upstream(
        OfferInput {
            fork: &fork_history,
            parent: &parent_history,
            link: &model_link,
            since: &since,
            fork_since_tree: &*tree_of(conn, &fork_since)?,
            parent_since_tree: &*tree_of(conn, &parent_since)?,
            fork_head_tree: &*tree_of(conn, &fork_head)?,
            parent_head_tree: &*tree_of(conn, &parent_head)?,
        },
        message,
        limits,
    )?;
    let base = offered.change.base.0.clone();
    let message = offered.change.message.clone();
    let k = service::insert_contribution(
        conn,
        actor,
        &parent,
        "change",
        Some(base),
        message,
        ContributionKind::Change(offered.change),
    )?;
    let authors: Vec<&str> = offered.authors.iter().map(|a| a.0.as_str()).collect();
    let revisions: Vec<&str> = offered.revisions.iter().map(|r| r.0.as_str()).collect();
    store::insert_offer(
        conn,
        &OfferRow {
            contribution_id: k.id.clone(),
            fork_id: fork.id.clone(),
            fork_revision_id: fork_head.id.clone(),
            authors: serde_json::to_string(&authors).map_err(AppError::internal)?,
            revisions: serde_json::to_string(&revisions).map_err(AppError::internal)?,
        },
    )?;
    Ok((parent, k))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewFork {
    /// The fork's handle: 2–40 lowercase letters, digits and single `-` or `_`, starting
    /// with a letter and ending with a letter or digit (the one rule for handles).
    #[schema(
        pattern = r"^[a-z][a-z0-9]*([-_][a-z0-9]+)*$",
        min_length = 2,
        max_length = 40
    )]
    pub handle: String,
    /// Its name; the parent's when absent.
    pub name: Option<String>,
    /// The revision number to fork at; the parent's head when absent.
    pub revision: Option<i64>,
}

/// Forks a commons (anyone signed in): the new commons shares the parent's history up to
/// the fork point with every attribution, and the caller is its maintainer.
#[utoipa::path(post, path = "/api/v1/commons/{handle}/forks", tag = "commons",
    security(("bearer" = [])), params(("handle" = String, Path)), request_body = NewFork,
    responses((status = 201, body = CommonsView), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn api_fork(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<NewFork>,
) -> Result<Response, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let parent = store::require_commons(c, &handle)?;
            let row = fork(c, &p, &parent, &i.handle, i.name.as_deref(), i.revision)?;
            views::commons_view(c, &row)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// The direct forks of a commons, oldest first, a page at a time.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/forks", tag = "commons",
    params(("handle" = String, Path), PagingParams),
    responses((status = 200, description = "one page of direct forks, oldest first", body = Page<views::ForkView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 404, description = "no such commons", body = Problem)))]
pub async fn api_forks(
    State(state): State<AppState>,
    Found(row): Found<store::CommonsRow>,
    paging: Paging,
) -> Result<Page<views::ForkView>, ApiError> {
    Ok(state
        .db
        .read(move |c| views::forks(c, &row, &paging))
        .await?)
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOffer {
    /// What the offer is about; when empty, the offered revisions' own messages (one's as
    /// it is; for several, their titles joined by `; `, then each in full).
    #[serde(default)]
    pub message: String,
}

/// Offers the fork's revisions since its last sync with the parent as one change to the
/// parent (maintainers of the fork). 409 `conflicting` when a file the fork changed differs
/// between the two sides of the sync point, `offer_pending` while an earlier offer is open;
/// 422 `nothing_to_offer`. Conflicts with the parent's later work show when it is accepted.
#[utoipa::path(post, path = "/api/v1/commons/{handle}/offer", tag = "commons",
    security(("bearer" = [])), params(("handle" = String, Path)), request_body = NewOffer,
    responses((status = 201, body = ContributionView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn api_offer(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<NewOffer>,
) -> Result<Response, ApiError> {
    let limits = super::model::blob::FileLimits::of(&state.config);
    let view = state
        .db
        .write(move |c| {
            let fork = store::require_commons(c, &handle)?;
            let (_, k) = offer(c, &p, &fork, &i.message, &limits)?;
            views::contribution_view(c, &k)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

#[derive(Debug, Deserialize)]
pub struct ForkForm {
    csrf: String,
    handle: String,
    #[serde(default)]
    name: String,
}

/// The fork button on a commons page.
pub async fn page_fork(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<ForkForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (at, actor) = (handle.clone(), me.clone());
    let (new_handle, name) = (f.handle.trim().to_string(), f.name.clone());
    let made = state
        .db
        .write(move |c| {
            let parent = store::require_commons(c, &at)?;
            fork(c, &me, &parent, &new_handle, Some(&name), None)
        })
        .await;
    match made {
        Ok(row) => Ok(Redirect::to(&format!("/commons/{}", row.handle)).into_response()),
        Err(e) => {
            let values = [
                ("fork-handle", f.handle.as_str()),
                ("fork-name", f.name.as_str()),
            ];
            let field = |e: &AppError| match e.code {
                "invalid_handle" | "handle_taken" | "already_exists" => Some("fork-handle"),
                "invalid_text" => Some("fork-name"),
                _ => None,
            };
            super::pages::refused(&state, actor, &csrf, handle, &values, e, field).await
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct OfferForm {
    csrf: String,
    #[serde(default)]
    message: String,
}

/// The "offer upstream" button on a fork's page.
pub async fn page_offer(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<OfferForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let limits = super::model::blob::FileLimits::of(&state.config);
    let (at, actor, message) = (handle.clone(), me.clone(), f.message.clone());
    let offered = state
        .db
        .write(move |c| {
            let fork = store::require_commons(c, &at)?;
            let (parent, k) = offer(c, &me, &fork, &message, &limits)?;
            Ok((parent.handle, k.number))
        })
        .await;
    match offered {
        Ok((parent, number)) => {
            Ok(Redirect::to(&format!("/commons/{parent}/contributions/{number}")).into_response())
        }
        // Nothing to offer, an open offer already, a message too long: said by the form.
        Err(e) => {
            let values = [("offer-message", f.message.as_str())];
            let field = |e: &AppError| {
                matches!(
                    e.code,
                    "nothing_to_offer" | "offer_pending" | "invalid_text"
                )
                .then_some("offer-message")
            };
            super::pages::refused(&state, actor, &csrf, handle, &values, e, field).await
        }
    }
}
