//! Lending: a library of things held in common — tools, vehicles, spaces, machines and
//! materials — each stewarded by an organization (its admins) or a person, lent under a
//! small policy (shortest and longest booking, how far ahead, a buffer after each loan,
//! who may borrow, whether a steward approves). A pool of identical items is never
//! booked past its size at any instant, however many requests race for the last one.
//! Borrowers or stewards cancel; stewards hand items over and take them back with
//! condition notes, and late returns show. Every resource has an iCalendar feed.
//!
//! Rooms: `model` (rules, no I/O), `ical` (RFC 5545 text, no I/O), `store` (queries),
//! `service` (flows shared by API and demo, each with its journal event), `calendar`
//! (feeds from the store), `views` (what is shown), `api` and `pages` (the routes,
//! assembled here),
//! `events`, `export` and `demo`.

mod api;
mod calendar;
mod demo;
mod events;
mod export;
mod ical;
mod model;
mod pages;
mod service;
mod store;
mod views;

pub use demo::seed as seed_demo;
pub use events::EVENTS;
pub use export::EXPORT;

use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Page routes.
pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/resources", get(pages::catalogue))
        .route("/resources/{id}", get(pages::resource))
        .route("/resources/{id}/reservations", post(pages::book))
        .route("/reservations/{id}", get(pages::reservation))
        .route("/reservations/{id}/approve", post(pages::approve))
        .route("/reservations/{id}/cancel", post(pages::cancel))
        .route("/reservations/{id}/check-out", post(pages::check_out))
        .route("/reservations/{id}/return", post(pages::give_back))
        .route("/me/reservations", get(pages::mine))
        .route("/desk", get(pages::desk))
}

/// API routes, each with its OpenAPI operation.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api::list_resources, api::create_resource))
        .routes(routes!(api::get_resource))
        .routes(routes!(api::retire_resource))
        .routes(routes!(api::resource_reservations, api::reserve))
        .routes(routes!(api::resource_calendar))
        .routes(routes!(api::get_reservation))
        .routes(routes!(api::reservation_calendar))
        .routes(routes!(api::approve))
        .routes(routes!(api::cancel))
        .routes(routes!(api::check_out))
        .routes(routes!(api::give_back))
        .routes(routes!(api::my_reservations))
        .routes(routes!(api::my_desk))
}
