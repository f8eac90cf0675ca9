//! Discussion: threads of comments on a commons and on each of its contributions — the
//! negotiated coordination of peer production. Anyone signed in starts a thread or
//! comments; authors edit their comments (earlier texts are kept and shown) and may
//! delete them (a tombstone stays in the thread, and the journal keeps the fact of the
//! deletion but never the text). Everything is readable without an account.
//!
//! Rooms: `model` (rules, no I/O), `store` (queries), `service` (flows shared by API and
//! pages, each with its journal event), `views` (what is shown), `api` and `pages` (the
//! routes, assembled here), and `demo` (a thread seeded through the same flows).

pub(crate) mod api;
pub(crate) mod demo;
mod export;
mod model;
mod pages;
mod service;
mod store;
mod views;

pub use export::EXPORT;
pub use pages::{commons_panel, contribution_panel};

use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn pages() -> Router<AppState> {
    Router::new()
        .route(
            "/commons/{handle}/threads",
            get(pages::list).post(pages::start),
        )
        .route("/commons/{handle}/threads/{number}", get(pages::show))
        .route(
            "/commons/{handle}/threads/{number}/comments",
            post(pages::reply),
        )
        .route(
            "/commons/{handle}/contributions/{number}/comments",
            post(pages::comment_on_contribution),
        )
        .route("/comments/{id}/edit", post(pages::edit))
        .route("/comments/{id}/delete", post(pages::delete))
        .route("/comments/{id}/history", get(pages::history))
}

pub fn api() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/commons/{handle}/threads",
            get(api::list_threads).post(api::start_thread),
        )
        .route(
            "/api/v1/commons/{handle}/threads/{number}",
            get(api::get_thread),
        )
        .route(
            "/api/v1/commons/{handle}/threads/{number}/comments",
            post(api::post_comment),
        )
        .route(
            "/api/v1/commons/{handle}/contributions/{number}/comments",
            get(api::contribution_comments).post(api::comment_on_contribution),
        )
        .route(
            "/api/v1/comments/{id}",
            get(api::get_comment)
                .put(api::edit_comment)
                .delete(api::delete_comment),
        )
        .route("/api/v1/comments/{id}/history", get(api::comment_history))
}
