//! JSON API for discussion: threads of a commons, an organization, a body or a budget
//! process, comments on threads and on the objects inside those (contributions,
//! decisions, projects, determinations), edits with their history, deletions. Reads are
//! public, as every object discussed is; writes need a bearer token.

use super::scope::{Scope, ScopeKind};
use super::service;
use super::subject::{self, Subject};
use super::views::{
    self, CommentHistory, CommentView, ContributionDiscussion, SubjectDiscussion, ThreadDetail,
    ThreadView,
};
use crate::commons as commons_store;
use crate::db::DbConn;
use crate::error::AppError;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::{Actor, ApiViewer};
use crate::web::extract::{ApiJson, Path};
use crate::web::paging::{Page, Paging, PagingParams};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewThread {
    /// One line, at most 200 characters.
    #[schema(
        pattern = r"^[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f][^\x00-\x1f\x7f-\x9f]*$",
        max_length = 200
    )]
    pub title: String,
    /// The first comment, Markdown, at most 20 000 characters.
    #[schema(
        pattern = r"^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f][^\x00-\x08\x0b-\x1f\x7f-\x9f]*$",
        max_length = 20000
    )]
    pub body: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommentInput {
    /// Markdown, at most 20 000 characters.
    #[schema(
        pattern = r"^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f][^\x00-\x08\x0b-\x1f\x7f-\x9f]*$",
        max_length = 20000
    )]
    pub body: String,
}

async fn list_in(
    state: AppState,
    kind: ScopeKind,
    handle: String,
    paging: Paging,
) -> Result<Page<ThreadView>, ApiError> {
    Ok(state
        .db
        .read(move |c| {
            let s = Scope::find(c, kind, &handle)?;
            views::threads_page(c, &s, &paging)
        })
        .await?)
}

async fn start_in(
    state: AppState,
    kind: ScopeKind,
    p: Actor,
    handle: String,
    i: NewThread,
) -> Result<Response, ApiError> {
    let detail = state
        .db
        .write(move |c| {
            let s = Scope::find(c, kind, &handle)?;
            let (t, _) = service::start_thread(c, &p, &s, &i.title, &i.body)?;
            views::thread_detail(c, &s, &t)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(detail)).into_response())
}

async fn thread_in(
    state: AppState,
    kind: ScopeKind,
    handle: String,
    number: i64,
) -> Result<Json<ThreadDetail>, ApiError> {
    let detail = state
        .db
        .read(move |c| {
            let s = Scope::find(c, kind, &handle)?;
            let t = service::require_thread(c, &s, number)?;
            views::thread_detail(c, &s, &t)
        })
        .await?;
    Ok(Json(detail))
}

async fn comment_in(
    state: AppState,
    kind: ScopeKind,
    p: Actor,
    (handle, number): (String, i64),
    i: CommentInput,
) -> Result<Response, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let s = Scope::find(c, kind, &handle)?;
            let t = service::require_thread(c, &s, number)?;
            let (t, k) = service::comment(c, &p, &s, t, &i.body)?;
            Ok(views::comment_view(&s, &t, &k, &p.handle))
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// Threads of a commons, most recently active first, a page at a time.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/threads", tag = "discussion",
    params(("handle" = String, Path), PagingParams),
    responses((status = 200, description = "one page of threads, most recently active first", body = Page<ThreadView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 404, description = "no such commons", body = Problem)))]
pub async fn list_threads(
    State(state): State<AppState>,
    Path(handle): Path<String>,
    paging: Paging,
) -> Result<Page<ThreadView>, ApiError> {
    list_in(state, ScopeKind::Commons, handle, paging).await
}

/// Starts a thread on a commons with its first comment (anyone signed in).
#[utoipa::path(post, path = "/api/v1/commons/{handle}/threads", tag = "discussion", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = NewThread,
    responses((status = 201, description = "the thread with its first comment", body = ThreadDetail),
        (status = 404, description = "no such commons", body = Problem),
        (status = 410, description = "the commons was deleted", body = Problem)))]
pub async fn start_thread(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<NewThread>,
) -> Result<Response, ApiError> {
    start_in(state, ScopeKind::Commons, p, handle, i).await
}

/// A thread of a commons with all its comments, oldest first; deleted ones are tombstones.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/threads/{number}", tag = "discussion",
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the thread and its comments", body = ThreadDetail),
        (status = 404, description = "no such commons or thread", body = Problem)))]
pub async fn get_thread(
    State(state): State<AppState>,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<ThreadDetail>, ApiError> {
    thread_in(state, ScopeKind::Commons, handle, number).await
}

/// Comments on a thread of a commons (anyone signed in).
#[utoipa::path(post, path = "/api/v1/commons/{handle}/threads/{number}/comments", tag = "discussion", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = CommentInput,
    responses((status = 201, description = "the comment", body = CommentView),
        (status = 404, description = "no such commons or thread", body = Problem),
        (status = 409, description = "the thread is full", body = Problem),
        (status = 410, description = "the commons was deleted", body = Problem)))]
pub async fn post_comment(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(at): Path<(String, i64)>,
    ApiJson(i): ApiJson<CommentInput>,
) -> Result<Response, ApiError> {
    comment_in(state, ScopeKind::Commons, p, at, i).await
}

/// Threads of an organization, most recently active first, a page at a time.
#[utoipa::path(get, path = "/api/v1/orgs/{handle}/threads", tag = "discussion",
    params(("handle" = String, Path), PagingParams),
    responses((status = 200, description = "one page of threads, most recently active first", body = Page<ThreadView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 404, description = "no such organization", body = Problem)))]
pub async fn list_org_threads(
    State(state): State<AppState>,
    Path(handle): Path<String>,
    paging: Paging,
) -> Result<Page<ThreadView>, ApiError> {
    list_in(state, ScopeKind::Organization, handle, paging).await
}

/// Starts a thread on an organization with its first comment (anyone signed in).
#[utoipa::path(post, path = "/api/v1/orgs/{handle}/threads", tag = "discussion", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = NewThread,
    responses((status = 201, description = "the thread with its first comment", body = ThreadDetail),
        (status = 404, description = "no such organization", body = Problem)))]
pub async fn start_org_thread(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<NewThread>,
) -> Result<Response, ApiError> {
    start_in(state, ScopeKind::Organization, p, handle, i).await
}

/// A thread of an organization with all its comments, oldest first.
#[utoipa::path(get, path = "/api/v1/orgs/{handle}/threads/{number}", tag = "discussion",
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the thread and its comments", body = ThreadDetail),
        (status = 404, description = "no such organization or thread", body = Problem)))]
pub async fn get_org_thread(
    State(state): State<AppState>,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<ThreadDetail>, ApiError> {
    thread_in(state, ScopeKind::Organization, handle, number).await
}

/// Comments on a thread of an organization (anyone signed in).
#[utoipa::path(post, path = "/api/v1/orgs/{handle}/threads/{number}/comments", tag = "discussion", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = CommentInput,
    responses((status = 201, description = "the comment", body = CommentView),
        (status = 404, description = "no such organization or thread", body = Problem),
        (status = 409, description = "the thread is full", body = Problem)))]
pub async fn post_org_comment(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(at): Path<(String, i64)>,
    ApiJson(i): ApiJson<CommentInput>,
) -> Result<Response, ApiError> {
    comment_in(state, ScopeKind::Organization, p, at, i).await
}

/// A contribution's discussion: its thread (absent before the first comment) and comments.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/contributions/{number}/comments", tag = "discussion",
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, body = ContributionDiscussion), (status = 404, body = Problem)))]
pub async fn contribution_comments(
    State(state): State<AppState>,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<ContributionDiscussion>, ApiError> {
    let d = state
        .db
        .read(move |c| {
            let row = commons_store::require_commons(c, &handle)?;
            let k = service::require_contribution(c, &row, number)?;
            views::contribution_discussion(c, &Scope::of_commons(&row), k.number, &k.id)
        })
        .await?;
    Ok(Json(d))
}

/// Comments on a contribution (anyone signed in); the first comment opens its thread.
#[utoipa::path(post, path = "/api/v1/commons/{handle}/contributions/{number}/comments", tag = "discussion", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = CommentInput,
    responses((status = 201, body = CommentView), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn comment_on_contribution(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<CommentInput>,
) -> Result<Response, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let row = commons_store::require_commons(c, &handle)?;
            let k = service::require_contribution(c, &row, number)?;
            let (t, comment) = service::comment_on_contribution(c, &p, &row, &k, &i.body)?;
            Ok(views::comment_view(
                &Scope::of_commons(&row),
                &t,
                &comment,
                &p.handle,
            ))
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// One comment (a tombstone if deleted).
#[utoipa::path(get, path = "/api/v1/comments/{id}", tag = "discussion",
    params(("id" = String, Path)),
    responses((status = 200, body = CommentView), (status = 404, body = Problem)))]
pub async fn get_comment(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<CommentView>, ApiError> {
    let view = state
        .db
        .read(move |c| Ok(views::located_view(&service::require_comment(c, &id)?)))
        .await?;
    Ok(Json(view))
}

/// The author replaces a comment's text; the old text stays in its history. The same
/// text again changes nothing.
#[utoipa::path(put, path = "/api/v1/comments/{id}", tag = "discussion", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = CommentInput,
    responses((status = 200, body = CommentView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn edit_comment(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<CommentInput>,
) -> Result<Json<CommentView>, ApiError> {
    let view = state
        .db
        .write(move |c| Ok(views::located_view(&service::edit(c, &p, &id, &i.body)?)))
        .await?;
    Ok(Json(view))
}

/// The author deletes a comment: its text and earlier versions go, a tombstone stays
/// (answered here), and the journal records the deletion without the text.
#[utoipa::path(delete, path = "/api/v1/comments/{id}", tag = "discussion", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = CommentView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn delete_comment(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
) -> Result<Json<CommentView>, ApiError> {
    let view = state
        .db
        .write(move |c| Ok(views::located_view(&service::delete(c, &p, &id)?)))
        .await?;
    Ok(Json(view))
}

/// A comment and its earlier texts, oldest first.
#[utoipa::path(get, path = "/api/v1/comments/{id}/history", tag = "discussion",
    params(("id" = String, Path)),
    responses((status = 200, body = CommentHistory), (status = 404, body = Problem)))]
pub async fn comment_history(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<CommentHistory>, ApiError> {
    let h = state
        .db
        .read(move |c| {
            let l = service::require_comment(c, &id)?;
            views::history(c, &l)
        })
        .await?;
    Ok(Json(h))
}

/// Threads of a body of an organization, most recently active first, a page at a time.
#[utoipa::path(get, path = "/api/v1/orgs/{handle}/bodies/{slug}/threads", tag = "discussion",
    params(("handle" = String, Path), ("slug" = String, Path), PagingParams),
    responses((status = 200, description = "one page of threads, most recently active first", body = Page<ThreadView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 404, description = "no such organization or body", body = Problem)))]
pub async fn list_body_threads(
    State(state): State<AppState>,
    Path((handle, slug)): Path<(String, String)>,
    paging: Paging,
) -> Result<Page<ThreadView>, ApiError> {
    list_in(state, ScopeKind::Body, format!("{handle}/{slug}"), paging).await
}

/// Starts a thread on a body with its first comment (anyone signed in).
#[utoipa::path(post, path = "/api/v1/orgs/{handle}/bodies/{slug}/threads", tag = "discussion", security(("bearer" = [])),
    params(("handle" = String, Path), ("slug" = String, Path)), request_body = NewThread,
    responses((status = 201, description = "the thread with its first comment", body = ThreadDetail),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such organization or body", body = Problem),
        (status = 422, description = "an empty or too long title or comment", body = Problem)))]
pub async fn start_body_thread(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, slug)): Path<(String, String)>,
    ApiJson(i): ApiJson<NewThread>,
) -> Result<Response, ApiError> {
    start_in(state, ScopeKind::Body, p, format!("{handle}/{slug}"), i).await
}

/// A thread of a body with all its comments, oldest first.
#[utoipa::path(get, path = "/api/v1/orgs/{handle}/bodies/{slug}/threads/{number}", tag = "discussion",
    params(("handle" = String, Path), ("slug" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the thread and its comments", body = ThreadDetail),
        (status = 404, description = "no such organization, body or thread", body = Problem)))]
pub async fn get_body_thread(
    State(state): State<AppState>,
    Path((handle, slug, number)): Path<(String, String, i64)>,
) -> Result<Json<ThreadDetail>, ApiError> {
    thread_in(state, ScopeKind::Body, format!("{handle}/{slug}"), number).await
}

/// Comments on a thread of a body (anyone signed in).
#[utoipa::path(post, path = "/api/v1/orgs/{handle}/bodies/{slug}/threads/{number}/comments", tag = "discussion", security(("bearer" = [])),
    params(("handle" = String, Path), ("slug" = String, Path), ("number" = i64, Path)), request_body = CommentInput,
    responses((status = 201, description = "the comment", body = CommentView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such organization, body or thread", body = Problem),
        (status = 409, description = "the thread is full", body = Problem),
        (status = 422, description = "an empty or too long comment", body = Problem)))]
pub async fn post_body_comment(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, slug, number)): Path<(String, String, i64)>,
    ApiJson(i): ApiJson<CommentInput>,
) -> Result<Response, ApiError> {
    comment_in(
        state,
        ScopeKind::Body,
        p,
        (format!("{handle}/{slug}"), number),
        i,
    )
    .await
}

/// Threads of a budget process, most recently active first, a page at a time.
#[utoipa::path(get, path = "/api/v1/budgets/{id}/threads", tag = "discussion",
    params(("id" = String, Path), PagingParams),
    responses((status = 200, description = "one page of threads, most recently active first", body = Page<ThreadView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 404, description = "no such budget process", body = Problem)))]
pub async fn list_budget_threads(
    State(state): State<AppState>,
    Path(id): Path<String>,
    paging: Paging,
) -> Result<Page<ThreadView>, ApiError> {
    list_in(state, ScopeKind::Budget, id, paging).await
}

/// Starts a thread on a budget process with its first comment (anyone signed in).
#[utoipa::path(post, path = "/api/v1/budgets/{id}/threads", tag = "discussion", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NewThread,
    responses((status = 201, description = "the thread with its first comment", body = ThreadDetail),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such budget process", body = Problem),
        (status = 422, description = "an empty or too long title or comment", body = Problem)))]
pub async fn start_budget_thread(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<NewThread>,
) -> Result<Response, ApiError> {
    start_in(state, ScopeKind::Budget, p, id, i).await
}

/// A thread of a budget process with all its comments, oldest first.
#[utoipa::path(get, path = "/api/v1/budgets/{id}/threads/{number}", tag = "discussion",
    params(("id" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the thread and its comments", body = ThreadDetail),
        (status = 404, description = "no such budget process or thread", body = Problem)))]
pub async fn get_budget_thread(
    State(state): State<AppState>,
    Path((id, number)): Path<(String, i64)>,
) -> Result<Json<ThreadDetail>, ApiError> {
    thread_in(state, ScopeKind::Budget, id, number).await
}

/// Comments on a thread of a budget process (anyone signed in).
#[utoipa::path(post, path = "/api/v1/budgets/{id}/threads/{number}/comments", tag = "discussion", security(("bearer" = [])),
    params(("id" = String, Path), ("number" = i64, Path)), request_body = CommentInput,
    responses((status = 201, description = "the comment", body = CommentView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such budget process or thread", body = Problem),
        (status = 409, description = "the thread is full", body = Problem),
        (status = 422, description = "an empty or too long comment", body = Problem)))]
pub async fn post_budget_comment(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(at): Path<(String, i64)>,
    ApiJson(i): ApiJson<CommentInput>,
) -> Result<Response, ApiError> {
    comment_in(state, ScopeKind::Budget, p, at, i).await
}

/// The discussion of an object found by `find`, as the API shows it.
async fn subject_read(
    state: AppState,
    find: impl FnOnce(&mut DbConn) -> Result<(Scope, Subject), AppError> + Send + 'static,
) -> Result<Json<SubjectDiscussion>, ApiError> {
    let d = state
        .db
        .read(move |c| {
            let (s, subject) = find(c)?;
            views::subject_discussion(c, &s, &subject)
        })
        .await?;
    Ok(Json(d))
}

/// A comment on the object found by `find` (its first comment opens its thread).
async fn subject_write(
    state: AppState,
    p: Actor,
    i: CommentInput,
    find: impl FnOnce(&mut DbConn) -> Result<(Scope, Subject), AppError> + Send + 'static,
) -> Result<Response, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let (s, subject) = find(c)?;
            let (t, comment) = service::comment_on_subject(c, &p, &s, &subject, &i.body)?;
            Ok(views::comment_view(&s, &t, &comment, &p.handle))
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// A decision's discussion: its thread (absent before the first comment) and comments.
/// Readable by anyone, as the decision is, from its draft on.
#[utoipa::path(get, path = "/api/v1/decisions/{id}/comments", tag = "discussion",
    params(("id" = String, Path)),
    responses((status = 200, description = "the decision's thread and comments", body = SubjectDiscussion),
        (status = 404, description = "no such decision", body = Problem)))]
pub async fn decision_comments(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<SubjectDiscussion>, ApiError> {
    subject_read(state, move |c| subject::decision(c, &id)).await
}

/// Comments on a decision (anyone signed in); the first comment opens its thread, in
/// its body's threads.
#[utoipa::path(post, path = "/api/v1/decisions/{id}/comments", tag = "discussion", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = CommentInput,
    responses((status = 201, description = "the comment", body = CommentView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such decision", body = Problem),
        (status = 409, description = "the thread is full", body = Problem),
        (status = 422, description = "an empty or too long comment", body = Problem)))]
pub async fn comment_on_decision(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<CommentInput>,
) -> Result<Response, ApiError> {
    subject_write(state, p, i, move |c| subject::decision(c, &id)).await
}

/// A project's discussion: its thread (absent before the first comment) and comments.
#[utoipa::path(get, path = "/api/v1/budgets/{id}/projects/{project}/comments", tag = "discussion",
    params(("id" = String, Path), ("project" = String, Path)),
    responses((status = 200, description = "the project's thread and comments", body = SubjectDiscussion),
        (status = 404, description = "no such budget process or project", body = Problem)))]
pub async fn project_comments(
    State(state): State<AppState>,
    Path((id, project)): Path<(String, String)>,
) -> Result<Json<SubjectDiscussion>, ApiError> {
    subject_read(state, move |c| subject::project(c, &id, &project)).await
}

/// Comments on a project (anyone signed in); the first comment opens its thread, in its
/// process's threads.
#[utoipa::path(post, path = "/api/v1/budgets/{id}/projects/{project}/comments", tag = "discussion", security(("bearer" = [])),
    params(("id" = String, Path), ("project" = String, Path)), request_body = CommentInput,
    responses((status = 201, description = "the comment", body = CommentView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such budget process or project", body = Problem),
        (status = 409, description = "the thread is full", body = Problem),
        (status = 422, description = "an empty or too long comment", body = Problem)))]
pub async fn comment_on_project(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, project)): Path<(String, String)>,
    ApiJson(i): ApiJson<CommentInput>,
) -> Result<Response, ApiError> {
    subject_write(state, p, i, move |c| subject::project(c, &id, &project)).await
}

/// A determination's discussion: its thread (absent before the first comment) and
/// comments.
#[utoipa::path(get, path = "/api/v1/determinations/{id}/comments", tag = "discussion",
    params(("id" = String, Path)),
    responses((status = 200, description = "the determination's thread and comments", body = SubjectDiscussion),
        (status = 404, description = "no such determination", body = Problem)))]
pub async fn determination_comments(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<SubjectDiscussion>, ApiError> {
    subject_read(state, move |c| subject::determination(c, &id)).await
}

/// Comments on a determination (anyone signed in); the first comment opens its thread,
/// in its commons' threads.
#[utoipa::path(post, path = "/api/v1/determinations/{id}/comments", tag = "discussion", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = CommentInput,
    responses((status = 201, description = "the comment", body = CommentView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such determination", body = Problem),
        (status = 409, description = "the thread is full", body = Problem),
        (status = 410, description = "the commons was deleted", body = Problem),
        (status = 422, description = "an empty or too long comment", body = Problem)))]
pub async fn comment_on_determination(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(id): Path<String>,
    ApiJson(i): ApiJson<CommentInput>,
) -> Result<Response, ApiError> {
    subject_write(state, p, i, move |c| subject::determination(c, &id)).await
}
