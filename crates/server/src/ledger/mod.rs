//! The ledger: money in the open. An organization, a commons or a person opens a
//! treasury (its admins, its maintainers or the person become its stewards); stewards open accounts, each in one unit
//! (an ISO 4217 currency, hours or credits; external counterparties are accounts too),
//! record income with its outside reference and category (donation, sponsorship,
//! membership fee, sale, licence fee, grant; earmarked for a commons or not), spending
//! to a counterparty, and transfers of any number of legs. Every transaction balances
//! to zero per unit — by construction in `model::Transaction` and again in the store,
//! in the writing transaction — and is never changed: a correction is a reversal that
//! names its original. Anyone reads a treasury's balances, its transactions, its
//! monthly income and expenses, and the whole ledger as CSV, hledger or Beancount.
//!
//! The page of an organization, a commons or a person with a treasury shows its balances
//! (a panel).
//!
//! Every transaction is sealed onto its treasury's chain of SHA-256 hashes (`chain`), which
//! anyone can have recomputed to see that no row was changed outside the ledger.
//!
//! Rooms: `model` (rules, no I/O), `store` (queries and the checks after writing),
//! `service` (flows with their journal events), `chain` (the seals), `views` (what is shown), `journals`
//! (hledger, Beancount and CSV), `api` and `pages` (the routes, assembled here), `demo`
//! (treasuries seeded through the same flows) and `export`.

mod api;
mod chain;
mod demo;
mod events;
mod export;
mod journals;
mod model;
mod pages;
mod service;
mod store;
mod views;

pub use demo::seed as seed_demo;
pub use events::EVENTS;
pub use export::EXPORT;
pub use pages::treasury_panel;

use crate::db::DbConn;
use crate::error::AppError;
use crate::state::AppState;
use axum::Router;
use axum::routing::get;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Writes every treasury's ledger, or one's, as an hledger (`"hledger"`) or Beancount
/// (`"beancount"`) journal: what `commonfare ledger export` prints.
pub fn write_journal(
    conn: &mut DbConn,
    format: &str,
    treasury: Option<&str>,
    out: &mut dyn std::io::Write,
) -> Result<(), AppError> {
    journals::write(conn, journals::Format::parse(format)?, treasury, out)
}

pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/treasuries", get(pages::list))
        .route("/treasuries/{handle}", get(pages::show))
}

/// API routes, each with its OpenAPI operation.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api::open_treasury))
        .routes(routes!(api::get_treasury))
        .routes(routes!(api::open_account))
        .routes(routes!(api::balances))
        .routes(routes!(api::chain))
        .routes(routes!(api::list_transactions, api::record_transaction))
        .routes(routes!(api::get_transaction))
        .routes(routes!(api::reverse))
        .routes(routes!(api::record_income))
        .routes(routes!(api::record_spending))
        .routes(routes!(api::csv))
        .routes(routes!(api::export))
}

/// The handle of the treasury of the organization, commons or person `owner_id`
/// (`owner_kind`: `organization`, `commons` or `person`), if one is open: where a fee owed
/// to a commons is paid.
pub fn treasury_of(
    conn: &mut DbConn,
    owner_kind: &str,
    owner_id: &str,
) -> Result<Option<String>, AppError> {
    Ok(store::treasury_of(conn, owner_kind, owner_id)?.map(|t| t.handle))
}
