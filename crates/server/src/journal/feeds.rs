//! The journal's machine feeds: Atom for feed readers, and Server-Sent Events for live
//! pages and programs. SSE ids are journal seqs, so a client that reconnects with
//! `Last-Event-ID` (browsers do it by themselves) gets exactly what it missed.

use super::model::{Event, Filter};
use super::store;
use crate::error::{AppError, PageError};
use crate::state::AppState;
use crate::text::escape_html as esc;
use crate::web::extract::Query;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::sse::{KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::Stream;
use std::collections::VecDeque;
use std::time::Duration;

/// How often a live stream looks at the journal even without a local signal: another
/// process (a second server, `commonfare demo`) may have written.
const POLL: Duration = Duration::from_secs(2);

pub async fn atom(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<super::ListQuery>,
) -> Result<Response, PageError> {
    let mut filter = Filter {
        actor: q.actor,
        object_type: q.object_type,
        object_id: q.object_id,
        context: None,
    }
    .checked()?;
    // A commons' or an organization's whole record, as on the page (`context=commons:bread`).
    let context = q
        .context
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty());
    if let Some(c) = &context {
        super::contexts::parse(c)?;
    }
    let events = state
        .db
        .read(move |c| {
            if let Some(given) = &context {
                filter.context = Some(super::contexts::resolve(c, given)?);
            }
            store::page(c, &filter, None, 50)
        })
        .await?;
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.bytes().all(|b| b.is_ascii_graphic()))
        .unwrap_or("localhost");
    let base = format!("{scheme}://{host}");
    let updated = events
        .first()
        .map(|e| e.published())
        .unwrap_or_else(|| crate::web::rfc3339(0));
    // Words in the language negotiated for the request, as on the pages.
    let lang = crate::i18n::with_current(|p| p.lang);
    let title = crate::i18n::text(
        lang,
        "feed-title",
        &[("instance", state.config.instance_name.clone().into())],
    );
    let mut xml = String::with_capacity(1024 + events.len() * 512);
    xml.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    xml.push_str(&format!(
        "<title>{}</title>\n<id>{}/activity</id>\n<updated>{}</updated>\n<link rel=\"self\" href=\"{}/activity.atom\"/>\n<link href=\"{}/activity\"/>\n",
        esc(&title), esc(&base), updated, esc(&base), esc(&base)
    ));
    for e in &events {
        xml.push_str(&format!(
            "<entry>\n<id>urn:uuid:{}</id>\n<title>{}</title>\n<updated>{}</updated>\n<author><name>{}</name></author>\n<link href=\"{}{}\"/>\n<category term=\"{}\"/>\n<summary>{} {} {}</summary>\n</entry>\n",
            esc(&e.id),
            esc(&e.line_in(lang)),
            e.published(),
            esc(e.actor.as_deref().unwrap_or("system")),
            esc(&base),
            esc(&e.object_url),
            esc(&e.verb),
            esc(&e.verb),
            esc(&e.object_type),
            esc(&e.object_id),
        ));
    }
    xml.push_str("</feed>\n");
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        xml,
    )
        .into_response())
}

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StreamQuery {
    /// Start after this seq (the `Last-Event-ID` header wins when both are sent).
    /// Without either, the stream starts with the next new event.
    pub after: Option<i64>,
}

/// Live journal as Server-Sent Events (`event: journal`, `id:` = seq, `data:` = the event JSON).
#[utoipa::path(get, path = "/api/v1/activity/stream", tag = "journal", params(StreamQuery),
    responses((status = 200, description = "text/event-stream of journal events, each also with `line` and `verb_text`: the event and its verb in the request's language", content_type = "text/event-stream")))]
pub async fn stream(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<StreamQuery>,
) -> Result<Response, crate::error::ApiError> {
    let resume = match headers
        .get("last-event-id")
        .map(|v| v.to_str().map(str::trim))
    {
        Some(Ok(v)) if !v.is_empty() => Some(v.parse::<i64>().map_err(|_| {
            AppError::bad_request(
                "invalid_last_event_id",
                crate::error::detail!("problem-invalid-last-event-id"),
            )
        })?),
        Some(Err(_)) => {
            return Err(AppError::bad_request(
                "invalid_last_event_id",
                crate::error::detail!("problem-invalid-last-event-id"),
            )
            .into());
        }
        _ => q.after,
    };
    let start = match resume {
        Some(s) => s,
        None => state.db.read(store::last_seq).await?,
    };
    // The stream outlives the handler, and with it the request's language: keep it.
    let lang = crate::i18n::with_current(|p| p.lang);
    Ok(Sse::new(live(state, start, lang))
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response())
}

struct Live {
    state: AppState,
    rx: tokio::sync::watch::Receiver<u64>,
    /// Ends the stream at shutdown, so graceful shutdown does not wait on idle listeners.
    stop: tokio::sync::watch::Receiver<bool>,
    last: i64,
    buffer: VecDeque<Event>,
}

fn live(
    state: AppState,
    start: i64,
    lang: crate::i18n::Lang,
) -> impl Stream<Item = Result<axum::response::sse::Event, std::convert::Infallible>> {
    let rx = state.db.subscribe();
    let stop = state.shutdown.subscribe();
    let init = Live {
        state,
        rx,
        stop,
        last: start,
        buffer: VecDeque::new(),
    };
    futures_util::stream::unfold(init, move |mut s| async move {
        loop {
            if *s.stop.borrow() {
                return None;
            }
            if let Some(e) = s.buffer.pop_front() {
                let data = for_people(&e, lang);
                let ev = axum::response::sse::Event::default()
                    .id(e.seq.to_string())
                    .event("journal")
                    .data(data);
                return Some((Ok(ev), s));
            }
            // Mark the signal seen before reading, so a commit that lands during the
            // read wakes us again instead of being missed.
            s.rx.borrow_and_update();
            let last = s.last;
            match s
                .state
                .db
                .read(move |c| store::after(c, last, store::MAX_PAGE))
                .await
            {
                Ok(batch) if !batch.is_empty() => {
                    s.last = batch.last().map(|e| e.seq).unwrap_or(last);
                    s.buffer.extend(batch);
                    continue;
                }
                Ok(_) => {}
                Err(err) => tracing::warn!(%err, "live journal read failed; retrying"),
            }
            tokio::select! {
                _ = tokio::time::timeout(POLL, s.rx.changed()) => {}
                _ = s.stop.changed() => {}
            }
        }
    })
}

/// An event as the live stream sends it: the API's fields, and for people its line and
/// its verb in the stream's language (the home page puts them on top of the journal).
fn for_people(e: &Event, lang: crate::i18n::Lang) -> String {
    let mut v = serde_json::to_value(e).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.insert("line".into(), e.line_in(lang).into());
        o.insert("verb_text".into(), e.verb_text_in(lang).to_string().into());
    }
    v.to_string()
}
