//! The home page: what this instance is, a few figures, and the live journal.

use crate::db::schema::{organizations, people};
use crate::error::PageError;
use crate::journal::{Event, Filter, store};
use crate::state::AppState;
use crate::web::actor::MaybeViewer;
use crate::web::csrf::CsrfToken;
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use diesel::prelude::*;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    about: String,
    people: i64,
    orgs: i64,
    journal_size: i64,
    last_seq: i64,
    events: Vec<Event>,
}

pub async fn page(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
) -> Result<Response, PageError> {
    let (people, orgs, journal_size, events) = state
        .db
        .read(|c| {
            let p: i64 = people::table.count().get_result(c)?;
            let o: i64 = organizations::table.count().get_result(c)?;
            let j = store::count(c)?;
            let events = store::page(c, &Filter::default(), None, 20)?;
            Ok((p, o, j, events))
        })
        .await?;
    Ok(render(&HomePage {
        chrome: state.chrome(v.as_ref(), &csrf),
        about: state.config.instance_about.clone(),
        people,
        orgs,
        journal_size,
        last_seq: events.first().map(|e| e.seq).unwrap_or(0),
        events,
    }))
}
