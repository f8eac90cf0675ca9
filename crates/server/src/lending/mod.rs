//! Lending: a library of things held in common — tools, vehicles, spaces, machines and
//! materials — each stewarded by an organization (its admins) or a person, lent under a
//! small policy (shortest and longest booking, how far ahead, a buffer after each loan,
//! who may borrow, whether a steward approves). A pool of identical items is never
//! booked past its size at any instant, however many requests race for the last one.
//! Borrowers or stewards cancel; stewards hand items over and take them back with
//! condition notes, and late returns show. Every resource has an iCalendar feed.
//! Stewards block items for maintenance (by hand, or by a plan every so many days or
//! loans) and report breakdowns, which move or cancel the reservations in the way and
//! tell their borrowers; a policy may ask for a training a steward records; and a search
//! finds the resources free over an interval. A policy may set weekly opening hours
//! (check-outs and returns within them, and within desk hours when narrower) and limits
//! per person over the steward's library; a taken slot has a waiting list whose offers lapse when not picked up.
//! What sharing saves is counted per library, per class and for the territory.
//! People offer things to one another (share, rent, barter, give) and ask for things;
//! a match accepted on a shared or rented thing is a loan under the same rules.
//!
//! Rooms: `model` (rules, no I/O), `ical` (RFC 5545 text, no I/O), `store` (queries),
//! `service` (flows shared by API and demo, each with its journal event), `calendar`
//! (feeds from the store), `views` (what is shown), `api` and `pages` (the routes,
//! assembled here), `waits` (waiting lists, their offers and the sweep that lapses them),
//! `savings` (what sharing saves, the factors a library sets for it and the territory's
//! defaults an instance administrator sets),
//! `events`, `export` and `demo`. Peer offers: `offer_model` (rules, no I/O),
//! `store::offers`, `offers` (flows), `offer_views`, `offer_api`, `offer_pages` and
//! `offer_events`. Photos of a resource: `photos` (flows), `store::photos`,
//! `photo_api` and `photo_pages`; the same rooms hold the photos of a loan's condition
//! taken at check-out and return. Kits (a resource made of others, booked with them):
//! `kits` (flows), `store::kits`, `kit_api`, `kit_pages`; the booking flow in `service` holds them.

mod api;
mod calendar;
mod demo;
mod events;
mod export;
mod fees;
mod ical;
mod kit_api;
mod kit_pages;
mod kits;
mod loan_money;
mod model;
mod offer_api;
mod offer_events;
mod offer_model;
mod offer_pages;
mod offer_views;
mod offers;
mod pages;
mod photo_api;
mod photo_pages;
mod photos;
mod savings;
mod savings_pages;
mod service;
mod store;
mod views;
mod waits;

pub use demo::seed as seed_demo;
pub use events::EVENTS;
pub use export::EXPORT;
pub use offer_events::OFFER_EVENTS;
pub use waits::{sweep as sweep_waits, sweep_forever};

use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// What lending keeps in the state: the answers of availability searches.
#[derive(Default)]
pub struct Caches {
    pub(crate) available: api::AvailableCache,
}

/// Puts lending's caches into the state.
pub fn install(state: &mut AppState) {
    state.install(Caches::default());
}

/// Page routes.
pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/resources", get(pages::catalogue).post(pages::create))
        .route("/resources/new", get(pages::new_resource))
        .route("/resources/{id}", get(pages::resource))
        .route("/resources/{id}/reservations", post(pages::book))
        .route("/reservations/{id}", get(pages::reservation))
        .route("/reservations/{id}/approve", post(pages::approve))
        .route("/reservations/{id}/cancel", post(pages::cancel))
        .route(
            "/reservations/{id}/check-out",
            post(photo_pages::check_out).layer(axum::extract::DefaultBodyLimit::max(
                photo_api::PHOTO_BODY_BYTES + 64 * 1024,
            )),
        )
        .route(
            "/reservations/{id}/return",
            post(photo_pages::give_back).layer(axum::extract::DefaultBodyLimit::max(
                photo_api::PHOTO_BODY_BYTES + 64 * 1024,
            )),
        )
        .route("/me/reservations", get(pages::mine))
        .route("/me/reservations/calendar", post(pages::calendar_token))
        .route("/me/reservations/calendar/stop", post(pages::calendar_stop))
        .route("/desk", get(pages::desk))
        .route("/resources/{id}/blocks", post(pages::block))
        .route("/resources/{id}/breakdowns", post(pages::break_down))
        .route("/resources/{id}/trainings", post(pages::train))
        .route("/resources/{id}/maintenance-plan", post(pages::plan))
        .route("/blocks/{id}/end", post(pages::end_block))
        .route("/resources/{id}/policy", post(pages::policy))
        .route("/resources/{id}/waits", post(pages::wait))
        .route("/waits/{id}/take", post(pages::take))
        .route("/waits/{id}/leave", post(pages::leave))
        .route("/resources/savings", get(savings_pages::savings))
        .route(
            "/resources/savings/factors",
            post(savings_pages::savings_factors),
        )
        .route(
            "/resources/savings/territory-factors",
            post(savings_pages::territory_factors),
        )
        .route(
            "/offers",
            get(offer_pages::list).post(offer_pages::create_offer),
        )
        .route("/offers/new", get(offer_pages::new_offer))
        .route("/offers/{id}", get(offer_pages::offer))
        .route("/offers/{id}/edit", post(offer_pages::edit_offer))
        .route("/offers/{id}/close", post(offer_pages::close_offer))
        .route("/offers/{id}/ask", post(offer_pages::ask))
        .route("/requests", post(offer_pages::create_request))
        .route("/requests/new", get(offer_pages::new_request))
        .route("/requests/{id}", get(offer_pages::request))
        .route("/requests/{id}/close", post(offer_pages::close_request))
        .route("/requests/{id}/answer", post(offer_pages::answer))
        .route("/offer-matches/{id}/accept", post(offer_pages::accept))
        .route("/offer-matches/{id}/decline", post(offer_pages::decline))
        .route(
            "/resources/{id}/photos",
            post(photo_pages::add).layer(axum::extract::DefaultBodyLimit::max(
                photo_api::PHOTO_BODY_BYTES + 64 * 1024,
            )),
        )
        .route(
            "/resources/{id}/photos/{photo}/remove",
            post(photo_pages::remove),
        )
        .route("/resources/{id}/kit", post(kit_pages::set))
        .route(
            "/reservations/{id}/photos/{photo}",
            get(photo_pages::condition_photo),
        )
}

/// API routes, each with its OpenAPI operation.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api::list_resources, api::create_resource))
        .routes(routes!(api::get_resource))
        .routes(routes!(api::retire_resource))
        .routes(routes!(api::resource_reservations, api::reserve))
        .routes(routes!(api::lend_walk_in))
        .routes(routes!(api::resource_calendar))
        .routes(routes!(api::place_calendar))
        .routes(routes!(api::get_reservation))
        .routes(routes!(api::reservation_calendar))
        .routes(routes!(api::approve))
        .routes(routes!(api::cancel))
        .routes(routes!(api::check_out))
        .routes(routes!(api::give_back))
        .routes(routes!(api::my_reservations))
        .routes(routes!(api::my_desk))
        .routes(routes!(api::available))
        .routes(routes!(api::resource_blocks, api::block))
        .routes(routes!(api::break_down))
        .routes(routes!(api::end_block))
        .routes(routes!(api::set_plan))
        .routes(routes!(api::trainings, api::record_training))
        .routes(routes!(api::my_notices))
        .routes(routes!(api::set_policy))
        .routes(routes!(api::join_wait))
        .routes(routes!(api::my_waits))
        .routes(routes!(api::take_offer))
        .routes(routes!(api::leave_wait))
        .routes(routes!(api::lending_savings))
        .routes(routes!(api::set_savings_factors))
        .routes(routes!(
            api::territory_savings_factors,
            api::set_territory_savings_factors
        ))
        .routes(routes!(api::make_calendar_token, api::stop_calendar_token))
        .routes(routes!(api::person_calendar))
        .routes(routes!(offer_api::list_offers, offer_api::create_offer))
        .routes(routes!(offer_api::get_offer, offer_api::edit_offer))
        .routes(routes!(offer_api::close_offer))
        .routes(routes!(offer_api::ask_for_offer))
        .routes(routes!(offer_api::list_requests, offer_api::create_request))
        .routes(routes!(offer_api::get_request))
        .routes(routes!(offer_api::close_request))
        .routes(routes!(offer_api::answer_request))
        .routes(routes!(offer_api::accept_match))
        .routes(routes!(offer_api::decline_match))
        .routes(routes!(offer_api::my_offer_matches))
        .routes({
            let (schemas, paths, route) = routes!(photo_api::add_resource_photo);
            (
                schemas,
                paths,
                route.layer(axum::extract::DefaultBodyLimit::max(
                    photo_api::PHOTO_BODY_BYTES,
                )),
            )
        })
        .routes(routes!(
            photo_api::resource_photo,
            photo_api::remove_resource_photo
        ))
        .routes(routes!(kit_api::set_kit))
        .routes({
            let (schemas, paths, route) =
                routes!(photo_api::add_condition_photo, photo_api::condition_photos);
            (
                schemas,
                paths,
                route.layer(axum::extract::DefaultBodyLimit::max(
                    photo_api::PHOTO_BODY_BYTES,
                )),
            )
        })
        .routes(routes!(photo_api::condition_photo))
}
