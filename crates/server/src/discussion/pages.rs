//! Pages for discussion (no JavaScript, CSRF on every form): a commons' threads with the
//! new-thread form, a thread with its comments rendered as sanitized Markdown and the
//! reply form, a comment's edit history, and the panels that other domains' pages
//! include: a scope's latest threads (a commons, an organization, a body, a budget
//! process) and an object's discussion with its form (a contribution, a decision, a
//! project, a determination). Edit and delete forms show for the author only, inside a
//! `<details>` element so they stay out of the way on a phone.

use super::scope::{InScope, Scope, ScopeKind};
use super::service;
use super::subject;
use super::views::{self, CommentView, ThreadView};
use crate::commons as commons_store;
use crate::db::DbConn;
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::journal::Event;
use crate::journal::ObjectKind;
use crate::markdown;
use crate::state::AppState;
use crate::web::actor::Actor;
use crate::web::actor::{MaybeViewer, Viewer};
use crate::web::csrf::CsrfOnly;
use crate::web::csrf::CsrfToken;
use crate::web::extract::{PageForm, Path};
use crate::web::paging::{Page, Paging};
use crate::web::panels::{Looker, Panel, Subject};
use crate::web::{Chrome, human_time, render};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Threads shown on the page of a commons or an organization.
const PANEL_THREADS: i64 = 5;

/// A comment as a page shows it.
pub struct CommentItem {
    pub view: CommentView,
    /// Sanitized HTML of the Markdown text (None for a tombstone).
    pub html: Option<String>,
    /// The Markdown source, for the author's edit form.
    pub source: String,
    pub when: String,
    /// Whether the viewer wrote it (and so sees the edit and delete forms).
    pub mine: bool,
}

impl CommentItem {
    fn new(view: CommentView, viewer: Option<&str>) -> CommentItem {
        let source = view.body.clone().unwrap_or_default();
        CommentItem {
            html: view.body.as_deref().and_then(markdown::render),
            when: human_time(view.created_at),
            mine: view.body.is_some() && viewer == Some(view.author.as_str()),
            source,
            view,
        }
    }
}

/// The comments of a thread with the reply form: on the thread page and on a
/// contribution's page (`templates/discussion/comments.html`).
pub struct CommentsPanel {
    pub comments: Vec<CommentItem>,
    /// Where the reply form posts.
    pub post_to: String,
    /// The thread, once there is one.
    pub thread: Option<ThreadView>,
    /// The reply (`reply-body`) or an edit (`edit-body`, of the comment `editing`) as
    /// written, after a refusal.
    pub form: Refilled,
    pub editing: Option<String>,
}

/// The latest threads, for the commons page (`templates/discussion/commons_panel.html`).
pub struct ThreadsPanel {
    /// The scope's page, e.g. `/commons/bread`.
    pub base: String,
    pub threads: Vec<ThreadView>,
}

fn items(comments: Vec<CommentView>, viewer: Option<&Actor>) -> Vec<CommentItem> {
    let me = viewer.map(|p| p.handle.as_str());
    comments
        .into_iter()
        .map(|c| CommentItem::new(c, me))
        .collect()
}

#[derive(Template)]
#[template(path = "discussion/commons_panel.html")]
struct ThreadsPanelHtml<'a> {
    chrome: Chrome,
    discussion: &'a ThreadsPanel,
}

impl Panel for ThreadsPanel {
    fn render(&self, looker: &Looker) -> String {
        crate::web::panel_html(&ThreadsPanelHtml {
            chrome: Chrome::of_panel(looker),
            discussion: self,
        })
    }
}

/// The commons page's discussion panel: its latest threads (loaded with the rest of that
/// page, which is cached per commit generation, so a new thread shows at once).
pub fn commons_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let scope = Scope::of_commons(&crate::commons::require_by_id(c, s.id)?);
    threads_panel(c, scope)
}

/// An organization page's discussion panel: its latest threads.
pub fn organization_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let scope = Scope::stored(c, ScopeKind::Organization.as_str(), s.id)?;
    threads_panel(c, scope)
}

fn threads_panel(c: &mut DbConn, scope: Scope) -> Result<Option<Box<dyn Panel>>, AppError> {
    Ok(Some(Box::new(ThreadsPanel {
        threads: views::threads(c, &scope, PANEL_THREADS)?,
        base: scope.url(),
    })))
}

/// A body page's discussion panel: its latest threads.
pub fn body_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let scope = Scope::stored(c, ScopeKind::Body.as_str(), s.id)?;
    threads_panel(c, scope)
}

/// A budget process page's discussion panel: its latest threads (its projects'
/// discussions among them).
pub fn budget_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let scope = Scope::stored(c, ScopeKind::Budget.as_str(), s.id)?;
    threads_panel(c, scope)
}

fn object_panel(
    c: &mut DbConn,
    s: &Subject,
    found: (Scope, subject::Subject),
) -> Result<Option<Box<dyn Panel>>, AppError> {
    let (scope, subject) = found;
    let d = views::subject_discussion(c, &scope, &subject)?;
    Ok(Some(Box::new(ObjectPanel {
        post_to: format!("{}/comments", s.url),
        numbered: d
            .thread
            .as_ref()
            .map(|t| format!("{}/threads/{}", scope.url(), t.number)),
        comments: d.comments,
        thread: d.thread,
    })))
}

/// A decision page's discussion panel: its comments and the comment form.
pub fn decision_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let found = subject::decision(c, s.id)?;
    object_panel(c, s, found)
}

/// A budget project page's discussion panel: its comments and the comment form.
pub fn project_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let found = subject::project_by_id(c, s.id)?;
    object_panel(c, s, found)
}

/// A determination page's discussion panel: its comments and the comment form.
pub fn determination_panel(
    c: &mut DbConn,
    s: &Subject,
) -> Result<Option<Box<dyn Panel>>, AppError> {
    let found = subject::determination(c, s.id)?;
    object_panel(c, s, found)
}

/// An object's discussion as loaded (a contribution's, a decision's, a project's, a
/// determination's); its comments are marked for each viewer.
struct ObjectPanel {
    comments: Vec<CommentView>,
    post_to: String,
    thread: Option<ThreadView>,
    /// The thread's page under its number in its scope, once there is a thread.
    numbered: Option<String>,
}

#[derive(Template)]
#[template(path = "discussion/object_panel.html")]
struct ObjectPanelHtml {
    chrome: Chrome,
    discussion: CommentsPanel,
    numbered: Option<String>,
}

impl Panel for ObjectPanel {
    fn render(&self, looker: &Looker) -> String {
        crate::web::panel_html(&ObjectPanelHtml {
            chrome: Chrome::of_panel(looker),
            numbered: self.numbered.clone(),
            discussion: CommentsPanel {
                comments: items(self.comments.clone(), looker.viewer),
                post_to: self.post_to.clone(),
                thread: self.thread.clone(),
                form: looker.form.cloned().unwrap_or_default(),
                editing: None,
            },
        })
    }
}

/// A contribution page's discussion panel: its comments and the comment form.
pub fn contribution_panel(c: &mut DbConn, s: &Subject) -> Result<Option<Box<dyn Panel>>, AppError> {
    let (commons, number) = crate::commons::contribution_place(c, s.id)?;
    let scope = Scope::of_commons(&commons);
    let d = views::contribution_discussion(c, &scope, number, s.id)?;
    Ok(Some(Box::new(ObjectPanel {
        post_to: format!("{}/comments", s.url),
        numbered: d
            .thread
            .as_ref()
            .map(|t| format!("{}/threads/{}", scope.url(), t.number)),
        comments: d.comments,
        thread: d.thread,
    })))
}

#[derive(Template)]
#[template(path = "discussion/threads.html")]
struct ThreadsPage {
    chrome: Chrome,
    /// The scope's page, e.g. `/orgs/lagomar-city`.
    base: String,
    name: String,
    threads: Page<ThreadView>,
    /// The new thread's form as entered, after a refusal.
    form: Refilled,
}

/// The threads of a commons or an organization (`S` says which).
pub async fn list<S: InScope>(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    paging: Paging,
) -> Result<Response, PageError> {
    threads_page(
        &state,
        v,
        &csrf,
        S::KIND,
        handle,
        paging,
        Refilled::default(),
    )
    .await
}

async fn threads_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    kind: ScopeKind,
    handle: String,
    paging: Paging,
    form: Refilled,
) -> Result<Response, PageError> {
    let (scope, threads) = state
        .db
        .read(move |c| {
            let scope = Scope::find(c, kind, &handle)?;
            let threads = views::threads_page(c, &scope, &paging)?;
            Ok((scope, threads))
        })
        .await?;
    Ok(render(&ThreadsPage {
        chrome: state.chrome(v.as_ref(), csrf),
        base: scope.url(),
        name: scope.name,
        threads,
        form,
    }))
}

/// The field of a comment's form a refusal is about (`reply-body` or `edit-body`), or of
/// the new thread's form (`thread-title`, `thread-body`).
fn comment_field(form: &'static str) -> impl Fn(&AppError) -> Option<&'static str> {
    move |e: &AppError| match (form, e.code) {
        ("thread", "title_empty" | "title_too_long") => Some("thread-title"),
        ("thread", "body_empty" | "body_too_long" | "control_character") => Some("thread-body"),
        ("reply", "body_empty" | "body_too_long" | "control_character") => Some("reply-body"),
        ("edit", "body_empty" | "body_too_long" | "control_character") => Some("edit-body"),
        _ => None,
    }
}

#[derive(Deserialize)]
pub struct NewThreadForm {
    csrf: String,
    title: String,
    body: String,
}

/// Starts a thread on a commons or an organization.
pub async fn start<S: InScope>(
    state: State<AppState>,
    me: Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    f: PageForm<NewThreadForm>,
) -> Result<Response, PageError> {
    start_in(state, me, csrf, S::KIND, handle, f).await
}

async fn start_in(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    kind: ScopeKind,
    handle: String,
    PageForm(f): PageForm<NewThreadForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (at, actor) = (handle.clone(), me.clone());
    let (title, body) = (f.title.clone(), f.body.clone());
    let started = state
        .db
        .write(move |c| {
            let scope = Scope::find(c, kind, &at)?;
            let (t, _) = service::start_thread(c, &me, &scope, &title, &body)?;
            Ok(service::home_url(&scope, &t))
        })
        .await;
    match started {
        Ok(to) => Ok(Redirect::to(&to).into_response()),
        Err(e) => {
            let values = [
                ("thread-title", f.title.as_str()),
                ("thread-body", f.body.as_str()),
            ];
            let at = format!("{}/threads", kind.url(&handle));
            let paging = Paging::first(50, &at);
            Refilled::answer_async(&values, e, comment_field("thread"), |form| {
                threads_page(&state, Some(actor), &csrf, kind, handle, paging, form)
            })
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "discussion/thread.html")]
struct ThreadPage {
    chrome: Chrome,
    /// The scope's page, e.g. `/commons/bread`.
    base: String,
    name: String,
    thread: ThreadView,
    discussion: CommentsPanel,
    events: Vec<Event>,
}

/// A thread of a commons or an organization with its comments.
pub async fn show<S: InScope>(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Response, PageError> {
    thread_page(
        &state,
        v,
        &csrf,
        S::KIND,
        handle,
        number,
        Refilled::default(),
        None,
    )
    .await
}

/// A thread's page again after a refusal of its reply form or of an edit of one of its
/// comments (`editing`): the text as written, the refusal beside it, the refusal's status.
#[allow(clippy::too_many_arguments)]
async fn thread_refused(
    state: &AppState,
    me: Actor,
    csrf: &CsrfToken,
    (kind, handle, number): (ScopeKind, String, i64),
    values: &[(&'static str, &str)],
    err: AppError,
    form_name: &'static str,
    editing: Option<String>,
) -> Result<Response, PageError> {
    Refilled::answer_async(values, err, comment_field(form_name), |form| {
        thread_page(state, Some(me), csrf, kind, handle, number, form, editing)
    })
    .await
}

#[allow(clippy::too_many_arguments)]
async fn thread_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    kind: ScopeKind,
    handle: String,
    number: i64,
    form: Refilled,
    editing: Option<String>,
) -> Result<Response, PageError> {
    let (scope, detail, events) = state
        .db
        .read(move |c| {
            let scope = Scope::find(c, kind, &handle)?;
            let t = service::require_thread(c, &scope, number)?;
            let detail = views::thread_detail(c, &scope, &t)?;
            let events = thread_events(c, &t.id, &detail.comments)?;
            Ok((scope, detail, events))
        })
        .await?;
    let base = scope.url();
    let discussion = CommentsPanel {
        post_to: format!("{base}/threads/{number}/comments"),
        comments: items(detail.comments, v.as_ref()),
        thread: Some(detail.thread.clone()),
        form,
        editing,
    };
    Ok(render(&ThreadPage {
        chrome: state.chrome(v.as_ref(), csrf),
        base,
        name: scope.name,
        thread: detail.thread,
        discussion,
        events,
    }))
}

/// The thread's history: its own events and its comments', newest first.
fn thread_events(
    c: &mut crate::db::DbConn,
    thread_id: &str,
    comments: &[CommentView],
) -> Result<Vec<Event>, AppError> {
    const SHOWN: usize = 50;
    let ids: Vec<String> = comments.iter().map(|k| k.id.clone()).collect();
    let mut events = crate::journal::history(c, ObjectKind::Thread, thread_id)?;
    events.extend(crate::journal::history_of_many(
        c,
        ObjectKind::Comment,
        &ids,
        SHOWN as i64,
    )?);
    events.sort_by_key(|e| std::cmp::Reverse(e.seq));
    events.truncate(SHOWN);
    Ok(events)
}

#[derive(Deserialize)]
pub struct CommentForm {
    csrf: String,
    body: String,
}

/// Comments on a thread of a commons or an organization.
pub async fn reply<S: InScope>(
    state: State<AppState>,
    me: Viewer,
    csrf: CsrfToken,
    Path(at): Path<(String, i64)>,
    f: PageForm<CommentForm>,
) -> Result<Response, PageError> {
    reply_in(state, me, csrf, S::KIND, at, f).await
}

async fn reply_in(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    kind: ScopeKind,
    (handle, number): (String, i64),
    PageForm(f): PageForm<CommentForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (at, actor, body) = (handle.clone(), me.clone(), f.body.clone());
    let posted = state
        .db
        .write(move |c| {
            let scope = Scope::find(c, kind, &at)?;
            let t = service::require_thread(c, &scope, number)?;
            let (t, k) = service::comment(c, &me, &scope, t, &body)?;
            Ok(service::comment_url(&scope, &t, &k.id))
        })
        .await;
    match posted {
        Ok(to) => Ok(Redirect::to(&to).into_response()),
        Err(e) => {
            let values = [("reply-body", f.body.as_str())];
            let place = (kind, handle, number);
            thread_refused(&state, actor, &csrf, place, &values, e, "reply", None).await
        }
    }
}

pub async fn comment_on_contribution(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, number)): Path<(String, i64)>,
    PageForm(f): PageForm<CommentForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (at, actor, body) = (handle.clone(), me.clone(), f.body.clone());
    let posted = state
        .db
        .write(move |c| {
            let row = commons_store::require_commons(c, &at)?;
            let k = service::require_contribution(c, &row, number)?;
            let (t, comment) = service::comment_on_contribution(c, &me, &row, &k, &body)?;
            Ok(service::comment_url(
                &Scope::of_commons(&row),
                &t,
                &comment.id,
            ))
        })
        .await;
    match posted {
        Ok(to) => Ok(Redirect::to(&to).into_response()),
        // The contribution's page again, the comment as written beside its refusal.
        Err(e) => {
            let values = [("reply-body", f.body.as_str())];
            Refilled::answer_async(&values, e, comment_field("reply"), |form| {
                crate::commons::contribution_page_with(&state, actor, &csrf, (handle, number), form)
            })
            .await
        }
    }
}

pub async fn edit(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CommentForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (actor, comment, body) = (me.clone(), id.clone(), f.body.clone());
    let edited = state
        .db
        .write(move |c| {
            let l = service::edit(c, &me, &comment, &body)?;
            Ok(service::comment_url(&l.scope, &l.thread, &l.comment.id))
        })
        .await;
    match edited {
        Ok(to) => Ok(Redirect::to(&to).into_response()),
        Err(e) => {
            // The thread the comment is in, to show the edit again there.
            let comment = id.clone();
            let place = state
                .db
                .read(move |c| {
                    let l = service::require_comment(c, &comment)?;
                    Ok((l.scope.kind, l.scope.handle, l.thread.number))
                })
                .await?;
            let values = [("edit-body", f.body.as_str())];
            thread_refused(&state, actor, &csrf, place, &values, e, "edit", Some(id)).await
        }
    }
}

pub async fn delete(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let to = state
        .db
        .write(move |c| {
            let l = service::delete(c, &me, &id)?;
            Ok(service::comment_url(&l.scope, &l.thread, &l.comment.id))
        })
        .await?;
    Ok(Redirect::to(&to).into_response())
}

/// An earlier text of a comment, rendered.
struct VersionItem {
    html: Option<String>,
    source: String,
    written: String,
    replaced: String,
}

#[derive(Template)]
#[template(path = "discussion/history.html")]
struct HistoryPage {
    chrome: Chrome,
    title: String,
    home: String,
    comment: CommentItem,
    versions: Vec<VersionItem>,
    events: Vec<Event>,
}

pub async fn history(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (title, home, h, events) = state
        .db
        .read(move |c| {
            let l = service::require_comment(c, &id)?;
            let h = views::history(c, &l)?;
            let events = crate::journal::history(c, ObjectKind::Comment, &l.comment.id)?;
            Ok((
                l.thread.title.clone(),
                service::home_url(&l.scope, &l.thread),
                h,
                events,
            ))
        })
        .await?;
    let me = v.as_ref().map(|p| p.handle.as_str());
    let versions = h
        .versions
        .into_iter()
        .rev()
        .map(|x| VersionItem {
            html: markdown::render(&x.body),
            written: human_time(x.written_at),
            replaced: human_time(x.replaced_at),
            source: x.body,
        })
        .collect();
    Ok(render(&HistoryPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        title,
        home,
        comment: CommentItem::new(h.comment, me),
        versions,
        events,
    }))
}

/// A body's threads (its address has the organization and the body's slug).
pub async fn body_list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path((org, slug)): Path<(String, String)>,
    paging: Paging,
) -> Result<Response, PageError> {
    let handle = format!("{org}/{slug}");
    let (kind, form) = (ScopeKind::Body, Refilled::default());
    threads_page(&state, v, &csrf, kind, handle, paging, form).await
}

/// Starts a thread on a body.
pub async fn body_start(
    state: State<AppState>,
    me: Viewer,
    csrf: CsrfToken,
    Path((org, slug)): Path<(String, String)>,
    f: PageForm<NewThreadForm>,
) -> Result<Response, PageError> {
    start_in(state, me, csrf, ScopeKind::Body, format!("{org}/{slug}"), f).await
}

/// A thread of a body with its comments.
pub async fn body_show(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path((org, slug, number)): Path<(String, String, i64)>,
) -> Result<Response, PageError> {
    let (handle, form) = (format!("{org}/{slug}"), Refilled::default());
    thread_page(
        &state,
        v,
        &csrf,
        ScopeKind::Body,
        handle,
        number,
        form,
        None,
    )
    .await
}

/// Comments on a thread of a body.
pub async fn body_reply(
    state: State<AppState>,
    me: Viewer,
    csrf: CsrfToken,
    Path((org, slug, number)): Path<(String, String, i64)>,
    f: PageForm<CommentForm>,
) -> Result<Response, PageError> {
    let at = (format!("{org}/{slug}"), number);
    reply_in(state, me, csrf, ScopeKind::Body, at, f).await
}

/// Where a refused comment on an object goes back to: the object's own page, which
/// shows it beside its refusal.
enum Back {
    Decision(String),
    Project(String, String),
    Determination(String),
}

/// A comment on an object from the form on its page: done, to the comment; refused, the
/// object's page again with the comment as written.
async fn comment_on_object(
    state: AppState,
    me: Actor,
    csrf: CsrfToken,
    f: CommentForm,
    back: Back,
    find: impl FnOnce(&mut DbConn) -> Result<(Scope, subject::Subject), AppError> + Send + 'static,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let (actor, body) = (me.clone(), f.body.clone());
    let posted = state
        .db
        .write(move |c| {
            let (s, subject) = find(c)?;
            let (t, comment) = service::comment_on_subject(c, &me, &s, &subject, &body)?;
            Ok(service::comment_url(&s, &t, &comment.id))
        })
        .await;
    match posted {
        Ok(to) => Ok(Redirect::to(&to).into_response()),
        Err(e) => {
            let values = [("reply-body", f.body.as_str())];
            Refilled::answer_async(&values, e, comment_field("reply"), |form| async move {
                match back {
                    Back::Decision(id) => {
                        crate::bodies::decision_page_with(&state, actor, &csrf, id, form).await
                    }
                    Back::Project(id, p) => {
                        crate::budgets::project_page_with(&state, actor, &csrf, (id, p), form).await
                    }
                    Back::Determination(id) => {
                        crate::coalition::determination_page_with(&state, actor, &csrf, id, form)
                            .await
                    }
                }
            })
            .await
        }
    }
}

/// Comments on a decision from its page.
pub async fn comment_on_decision(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CommentForm>,
) -> Result<Response, PageError> {
    let at = id.clone();
    let find = move |c: &mut DbConn| subject::decision(c, &at);
    comment_on_object(state, me, csrf, f, Back::Decision(id), find).await
}

/// Comments on a budget project from its page.
pub async fn comment_on_project(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((id, project)): Path<(String, String)>,
    PageForm(f): PageForm<CommentForm>,
) -> Result<Response, PageError> {
    let (at, p) = (id.clone(), project.clone());
    let find = move |c: &mut DbConn| subject::project(c, &at, &p);
    comment_on_object(state, me, csrf, f, Back::Project(id, project), find).await
}

/// Comments on a determination from its page.
pub async fn comment_on_determination(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CommentForm>,
) -> Result<Response, PageError> {
    let at = id.clone();
    let find = move |c: &mut DbConn| subject::determination(c, &at);
    comment_on_object(state, me, csrf, f, Back::Determination(id), find).await
}
