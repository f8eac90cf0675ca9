//! The home page: what this instance is, a few figures, and the live journal; and a
//! newcomer's first page after sign-up: what they can do here.

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

#[derive(Template)]
#[template(path = "welcome.html")]
struct WelcomePage {
    chrome: Chrome,
    commons: Vec<crate::commons::CommonsSummary>,
    orgs: Vec<(String, String, String)>,
    events: Vec<Event>,
    default_lang: crate::i18n::Lang,
}

/// Where sign-up lands: commons to contribute to, organizations to join, what is
/// happening, and where to say who one is (or, signed out, where to sign up).
pub async fn welcome(
    State(state): State<AppState>,
    MaybeViewer(me): MaybeViewer,
    csrf: CsrfToken,
) -> Result<Response, PageError> {
    let (commons, orgs, events) = state
        .db
        .read(|c| {
            let commons = crate::commons::some_open(c, 5)?;
            let orgs = crate::accounts::some_orgs(c, 5)?;
            let events = store::page(c, &Filter::default(), None, 5)?;
            Ok((commons, orgs, events))
        })
        .await?;
    Ok(render(&WelcomePage {
        chrome: state.chrome(me.as_ref(), &csrf),
        commons,
        orgs,
        events,
        default_lang: state.config.default_lang(),
    }))
}
