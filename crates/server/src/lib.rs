//! Commonfare server library, in three floors whose imports run one way (see
//! `ARCHITECTURE.md`; `tests/it/architecture.rs` holds the code to it):
//!
//! - the kernel: `config`, `ids`, `markdown`, `text`, `db`, `error`, `export`, `actor`, `panels`, `state`,
//!   `web`, `journal`, `metrics`, `seed` — they import no domain, and no two of them
//!   import each other;
//! - the domains: `accounts`, `commons`, `discussion`, `bodies`, `ledger`, `lending`, `coalition`, `budgets` — each reached by the others only
//!   through its public face (its `mod.rs`);
//! - the assembly: `app` (the router and the installed state), `openapi`, `demo`, `home`,
//!   `ops`, `cli` — the only place that knows every domain.
//!
//! `main.rs` is only the command line over it.

// The kernel.
pub mod actor;
pub mod config;
pub mod db;
pub mod error;
pub mod export;
pub mod form;
pub mod i18n;
pub mod ids;
pub mod journal;
pub mod markdown;
pub mod metrics;
pub mod panels;
pub mod seed;
pub mod state;
pub mod text;
pub mod web;

// The domains.
pub mod accounts;
pub mod bodies;
pub mod budgets;
pub mod coalition;
pub mod commons;
pub mod discussion;
pub mod ledger;
pub mod lending;

// The assembly.
pub mod api_page;
pub mod app;
pub mod demo;
pub mod home;
pub mod openapi;
pub mod ops;
