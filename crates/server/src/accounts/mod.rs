//! People, organizations, memberships, sessions and API tokens: the partners of the
//! commons (DESIGN.md §1). Routes here; rules in `model`; queries in `store` and `orgs`;
//! flows shared by API and pages in `service`.

pub mod api;
pub mod limiter;
pub mod model;
pub mod org_api;
pub mod org_pages;
pub mod orgs;
pub mod pages;
pub mod password;
pub mod service;
pub mod store;

use crate::app::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/signup", get(pages::signup_form).post(pages::signup))
        .route("/signin", get(pages::signin_form).post(pages::signin))
        .route("/signout", post(pages::signout))
        .route("/people", get(pages::people))
        .route("/people/{handle}", get(pages::person))
        .route("/settings", get(pages::settings))
        .route("/settings/profile", post(pages::update_profile))
        .route("/settings/password", post(pages::change_password))
        .route("/settings/tokens", post(pages::create_token))
        .route("/settings/tokens/{id}/revoke", post(pages::revoke_token))
        .route("/orgs", get(org_pages::list).post(org_pages::create))
        .route("/orgs/new", get(org_pages::new_form))
        .route("/orgs/{handle}", get(org_pages::show))
        .route("/orgs/{handle}/edit", post(org_pages::edit))
        .route("/orgs/{handle}/invite", post(org_pages::invite))
        .route("/orgs/{handle}/accept", post(org_pages::accept))
        .route("/orgs/{handle}/leave", post(org_pages::leave))
        .route(
            "/orgs/{handle}/members/{member}/remove",
            post(org_pages::remove),
        )
}

pub fn api() -> Router<AppState> {
    Router::new()
        .route("/api/v1/people", post(api::sign_up))
        .route("/api/v1/people/{handle}", get(api::get_person))
        .route("/api/v1/me", get(api::me).patch(api::update_me))
        .route("/api/v1/me/password", post(api::change_password))
        .route(
            "/api/v1/tokens",
            get(api::list_tokens).post(api::create_token),
        )
        .route(
            "/api/v1/tokens/{id}",
            axum::routing::delete(api::revoke_token),
        )
        .route("/api/v1/orgs", get(org_api::list).post(org_api::create))
        .route(
            "/api/v1/orgs/{handle}",
            get(org_api::get).put(org_api::update),
        )
        .route("/api/v1/orgs/{handle}/invitations", post(org_api::invite))
        .route("/api/v1/orgs/{handle}/accept", post(org_api::accept))
        .route("/api/v1/orgs/{handle}/leave", post(org_api::leave))
        .route(
            "/api/v1/orgs/{handle}/members/{member}",
            axum::routing::delete(org_api::remove),
        )
}
