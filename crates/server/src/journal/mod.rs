//! The public journal: every state change is one event, written in the same transaction as
//! the change (holoptism). This module owns the event table and its feeds: the `/activity`
//! page, the JSON API with cursor pagination, Atom, and a live, resumable SSE stream, plus
//! the "history" section that any object's page includes.

pub mod cache;
#[cfg(test)]
mod cache_tests;
pub mod chain;
pub mod contexts;
pub mod feeds;
pub mod lines;
pub mod model;
pub mod store;
pub mod types;

pub use contexts::ContextKind;
pub use model::{Context, Event, Filter, ObjectKind, ObjectRef, Verb};
pub use store::record;
pub use types::{Args, Entry, EventType, Payload};

use crate::error::{ApiError, AppError, PageError};
use crate::state::AppState;
use crate::web::actor::MaybeViewer;
use crate::web::csrf::CsrfToken;
use crate::web::extract::Query;
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use cache::{CachedPage, PageKey};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The journal in the public export: every event, oldest first.
pub static EXPORT: crate::export::Exporter = crate::export::Exporter {
    domain: "journal",
    tables: &[crate::export::Table::Public {
        table: "journal",
        line: "event",
    }],
    write: |conn, sink| store::for_each(conn, |e| sink.line("event", e)),
};

/// Puts the journal's page cache into the state, and keeps the domains' event types (the
/// catalogue, and what events' lines are written from) and the kinds of record an address
/// may ask for.
pub fn install(
    state: &mut AppState,
    event_types: &'static [&'static [Entry]],
    contexts: &'static [ContextKind],
) {
    state.install(cache::FeedCache::default());
    lines::install(event_types);
    contexts::install(contexts);
}

/// Gives their running hash to the events written before the journal had one; run once
/// at start, before the first new event.
pub fn seal(db: &crate::db::Db) -> Result<u64, AppError> {
    let sealed = db.write_blocking(chain::seal_backlog)?;
    if sealed > 0 {
        tracing::info!(
            sealed,
            "sealed the journal's events written before its running hash"
        );
    }
    Ok(sealed)
}

/// One type of journal event.
#[derive(Serialize, ToSchema)]
pub struct EventTypeView {
    /// The `kind` of its events, `object.what_happened`.
    pub name: &'static str,
    /// The ActivityStreams verb of its events.
    pub verb: &'static str,
    /// The `object_type` of its events.
    pub object_type: &'static str,
    /// When an event of this type is written.
    pub about: &'static str,
}

/// Every type of event the journal holds: what each event's `kind` means.
#[utoipa::path(get, path = "/api/v1/activity/types", tag = "journal",
    responses((status = 200, description = "the event types, by domain", body = [EventTypeView])))]
pub async fn types_api() -> axum::Json<Vec<EventTypeView>> {
    axum::Json(
        lines::event_types()
            .iter()
            .flat_map(|l| l.iter())
            .map(|e| EventTypeView {
                name: e.name,
                verb: e.verb.as_str(),
                object_type: e.object.as_str(),
                about: e.about,
            })
            .collect(),
    )
}

/// The newest event's position and running hash: what a mirror or a reader keeps to
/// compare with later.
#[utoipa::path(get, path = "/api/v1/activity/head", tag = "journal",
    responses((status = 200, description = "the journal's newest event and its running hash", body = chain::Head)))]
pub async fn head_api(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> Result<axum::Json<chain::Head>, ApiError> {
    Ok(axum::Json(state.db.read(chain::head).await?))
}

/// Recomputes the running hash of every event from the first: where the chain ends, and
/// the first event whose stored hash differs, if one does (an administrator's check, as
/// `commonfare verify` is the operator's).
#[utoipa::path(get, path = "/api/v1/activity/verify", tag = "journal", security(("bearer" = [])),
    responses((status = 200, description = "the recomputed chain", body = chain::Verification),
        (status = 401, description = "not signed in", body = crate::error::Problem),
        (status = 403, description = "not an instance administrator", body = crate::error::Problem)))]
pub async fn verify_api(
    axum::extract::State(state): axum::extract::State<AppState>,
    crate::web::actor::ApiViewer(viewer): crate::web::actor::ApiViewer,
) -> Result<axum::Json<chain::Verification>, ApiError> {
    if !viewer.is_admin {
        return Err(
            AppError::forbidden(crate::error::detail!("problem-journal-verify-admins")).into(),
        );
    }
    Ok(axum::Json(
        state.db.read(|c| chain::verify(c, |_| {})).await?,
    ))
}

/// Page routes (they get CSRF cookies and the HTML error pages).
pub fn pages() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/activity", get(activity_page))
        .route("/activity.atom", get(feeds::atom))
}

/// API routes, each with its OpenAPI operation.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_api))
        .routes(routes!(types_api))
        .routes(routes!(head_api))
        .routes(routes!(verify_api))
        .routes(routes!(feeds::stream))
}

impl Event {
    /// Human time for pages, in the viewer's language and zone.
    pub fn when(&self) -> std::sync::Arc<str> {
        crate::web::human_time_kept(self.at)
    }

    /// How long ago, for pages: `il y a 3 heures`.
    pub fn ago(&self) -> String {
        crate::web::relative_time(self.at)
    }

    /// RFC 3339 time for feeds.
    pub fn published(&self) -> String {
        crate::web::rfc3339(self.at)
    }
}

/// Events about one object, newest first, for its page's history section.
pub fn history(
    conn: &mut crate::db::DbConn,
    kind: ObjectKind,
    id: &str,
) -> Result<Vec<Event>, AppError> {
    let filter = Filter {
        object_type: Some(kind.as_str().to_string()),
        object_id: Some(id.to_string()),
        ..Filter::default()
    };
    store::page(conn, &filter, None, 50)
}

/// The newest `limit` events of an object's whole record (about it and everything it holds,
/// see `Context`), newest first, for its page.
pub fn record_of(
    conn: &mut crate::db::DbConn,
    context: Context,
    limit: i64,
) -> Result<Vec<Event>, AppError> {
    let filter = Filter {
        context: Some(context),
        ..Filter::default()
    };
    store::page(conn, &filter, None, limit)
}

/// Events about any of `ids` (objects of one kind), newest first, at most `limit`: for a
/// page that shows many small objects at once, e.g. a thread and its comments.
pub fn history_of_many(
    conn: &mut crate::db::DbConn,
    kind: ObjectKind,
    ids: &[String],
    limit: i64,
) -> Result<Vec<Event>, AppError> {
    use crate::db::schema::journal;
    use diesel::prelude::*;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(journal::table
        .select(Event::as_select())
        .filter(journal::object_type.eq(kind.as_str()))
        .filter(journal::object_id.eq_any(ids))
        .order(journal::seq.desc())
        .limit(limit.clamp(1, store::MAX_PAGE))
        .load(conn)?)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Only events by this person (handle).
    pub actor: Option<String>,
    /// Only events about objects of this type: person, organization, commons,
    /// contribution, thread, comment, treasury or ledger_transaction (another is a 422
    /// `unknown_object_type`).
    pub object_type: Option<String>,
    /// Only events about this object id.
    pub object_id: Option<String>,
    /// Only the whole record of one object, `kind:handle`: `commons:bread` is every event
    /// about the commons, its contributions and reviews, its revisions and reverts, its
    /// threads and their comments, and the forks made from it; `organization:<handle>`
    /// likewise. A commons or organization that does not exist is a 404; another kind a
    /// 422 `invalid_context`.
    pub context: Option<String>,
    /// Opaque cursor from `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Page size, 1 to 100 (default 50).
    pub limit: Option<i64>,
}

/// One page of the journal.
#[derive(Serialize, ToSchema)]
pub struct EventPage {
    pub items: Vec<Event>,
    /// Pass as `cursor` to get the next (older) page; absent on the last page.
    pub next_cursor: Option<String>,
    /// The address of the next page (also in the `Link` header); absent on the last page.
    pub next: Option<String>,
}

fn parse_cursor(cursor: Option<&str>) -> Result<Option<i64>, AppError> {
    match cursor.map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(None),
        Some(c) => c.parse::<i64>().map(Some).map_err(|_| {
            AppError::bad_request(
                "invalid_cursor",
                crate::error::detail!(
                    "problem-invalid-cursor",
                    cursor = crate::error::shown(c, 60)
                ),
            )
        }),
    }
}

fn check_limit(limit: Option<i64>) -> Result<i64, AppError> {
    let limit = limit.unwrap_or(50);
    if !(1..=store::MAX_PAGE).contains(&limit) {
        return Err(AppError::bad_request(
            "invalid_limit",
            crate::error::detail!(
                "problem-invalid-limit",
                most = store::MAX_PAGE,
                limit = limit
            ),
        ));
    }
    Ok(limit)
}

/// A page of the journal, the filters as checked and the context as asked for.
async fn load_page(
    state: &AppState,
    q: ListQuery,
) -> Result<(Arc<CachedPage>, Filter, Option<String>), AppError> {
    let before = parse_cursor(q.cursor.as_deref())?;
    let limit = check_limit(q.limit)?;
    let filter = Filter {
        actor: q.actor,
        object_type: q.object_type,
        object_id: q.object_id,
        context: None,
    }
    .checked()?;
    // Checked before any read; found by its domain inside the load, under the generation
    // that keys the page (a rename commits, so it reloads the page).
    let context = q
        .context
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty());
    if let Some(c) = &context {
        contexts::parse(c)?;
    }
    let key = PageKey {
        actor: filter.actor.clone(),
        object_type: filter.object_type.clone(),
        object_id: filter.object_id.clone(),
        context: context.clone(),
        before,
        limit,
    };
    // The generation is read before the query (see `cache`): a commit landing during the
    // query leaves the entry already stale rather than hiding the new event.
    let generation = state.db.generation();
    let mut f = filter.clone();
    let f2 = filter.clone();
    let given = context.clone();
    let given_context = context.clone();
    let page = state
        .owned::<cache::FeedCache>()
        .get_or_load(key, generation, || async move {
            // One extra row tells whether an older page exists without a second query.
            let mut items = state
                .db
                .read(move |c| {
                    if let Some(given) = &given {
                        f.context = Some(contexts::resolve(c, given)?);
                    }
                    store::page(c, &f, before, limit + 1)
                })
                .await?;
            let more = items.len() as i64 > limit;
            items.truncate(limit as usize);
            let next_cursor = if more {
                items.last().map(|e| e.seq.to_string())
            } else {
                None
            };
            let next = next_cursor
                .as_deref()
                .map(|c| api_link(&f2, given_context.as_deref(), c, limit));
            Ok::<_, AppError>(CachedPage::new(items, next_cursor, next))
        })
        .await?;
    Ok((page, filter, context))
}

/// The API address of the page after `cursor`, with the same filters and size.
fn api_link(f: &Filter, context: Option<&str>, cursor: &str, limit: i64) -> String {
    let mut link = format!("/api/v1/activity?cursor={cursor}");
    if limit != 50 {
        link.push_str(&format!("&limit={limit}"));
    }
    for (name, value) in [
        ("actor", &f.actor),
        ("object_type", &f.object_type),
        ("object_id", &f.object_id),
    ] {
        if let Some(v) = value {
            link.push_str(&format!("&{name}={}", url_escape(v)));
        }
    }
    if let Some(c) = context {
        link.push_str(&format!("&context={}", url_escape(c)));
    }
    link
}

/// The journal, newest first, with filters and cursor pagination.
#[utoipa::path(get, path = "/api/v1/activity", tag = "journal", params(ListQuery),
    responses((status = 200, description = "one page of events, newest first", body = EventPage),
        (status = 400, description = "a malformed cursor or limit", body = crate::error::Problem),
        (status = 404, description = "the commons or organization of `context` does not exist", body = crate::error::Problem),
        (status = 422, description = "an unknown object type, or a context that is not `commons:<handle>` or `organization:<handle>`", body = crate::error::Problem)))]
pub async fn list_api(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Response, ApiError> {
    let (page, _, _) = load_page(&state, q).await?;
    // The body is serialized once per cached page, not once per request.
    let mut r = ([(header::CONTENT_TYPE, "application/json")], page.json()).into_response();
    if let Some(link) = page
        .next
        .as_deref()
        .and_then(crate::web::paging::link_header)
    {
        r.headers_mut().insert(header::LINK, link);
    }
    Ok(r)
}

#[derive(Template)]
#[template(path = "journal/activity.html")]
struct ActivityPage<'a> {
    chrome: Chrome,
    events: &'a [Event],
    actor: String,
    object_type: String,
    /// The record asked for, `commons:bread`, as the form sends it back.
    context: String,
    next_link: Option<String>,
    /// The Atom feed of what the page shows (its filters kept).
    feed_link: String,
    kinds: [ObjectKind; 22],
}

async fn activity_page(
    State(state): State<AppState>,
    MaybeViewer(viewer): MaybeViewer,
    csrf: CsrfToken,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let (page, filter, context) = load_page(&state, q).await?;
    let actor = filter.actor.clone().unwrap_or_default();
    let object_type = filter.object_type.clone().unwrap_or_default();
    // The page after this one is the API's next page, shown as a page.
    let next_link = page.next.as_deref().map(|n| n.replacen("/api/v1", "", 1));
    let kept: Vec<String> = [
        ("actor", &filter.actor),
        ("object_type", &filter.object_type),
        ("context", &context),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.as_deref().map(|v| format!("{k}={}", url_escape(v))))
    .collect();
    let feed_link = match kept.is_empty() {
        true => "/activity.atom".to_string(),
        false => format!("/activity.atom?{}", kept.join("&")),
    };
    Ok(render(&ActivityPage {
        chrome: state.chrome(viewer.as_ref(), &csrf),
        events: &page.items,
        actor,
        object_type,
        context: context.unwrap_or_default(),
        next_link,
        feed_link,
        kinds: ObjectKind::ALL,
    }))
}

/// Percent-encodes a query value (filters are free text).
pub fn url_escape(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
