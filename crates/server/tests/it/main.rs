//! Integration tests of the `commonfare` server: one binary. Each domain has its folder
//! (`accounts/`, `commons/`, `discussion/`) with `api.rs`, `pages.rs`, `permissions.rs`
//! and `bad_input.rs` (plus a file per feature where the domain has several); the files at
//! the top test the house (architecture, errors, the guard, the journal, lists, OpenAPI,
//! operations, races, crashes, the browser, the demo). Each test runs the real router on a
//! fresh database and sets up its world with the builders of `support`.

mod accounts;
mod architecture;
mod bodies;
mod browser;
mod budgets;
mod coalition;
mod commons;
mod crash;
mod demo;
mod discussion;
mod errors;
mod forms;
mod guard;
mod journal;
mod journal_chain;
mod languages;
mod ledger;
mod lending;
mod lists;
mod openapi;
mod ops;
mod problems;
mod races;
mod support;
