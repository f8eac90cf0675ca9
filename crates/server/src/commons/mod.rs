//! Commons: shared works that anyone may contribute to, validated after the
//! fact by maintainers, and free to fork.
//!
//! This first increment holds the pure model only (types and rules, no I/O):
//! `model` (the commons record, handle, kind, licence policy), `path`,
//! `blob` and `tree` (validated paths, content-addressed files, revisions'
//! trees, with an incremental tree hash in `treehash`),
//! `contribution` (changes, work records, states), `access` (who may do
//! what), `rebase` and `review` (moving a change onto the head, deciding on
//! it), `history` and `fork` (revisions, reverts, lineage, upstream offers),
//! `candidates` (people's records, the maintainer-candidate rule), `diff`,
//! `markdown` and `archive` (what pages and downloads show). Every refusal
//! is a `CommonsError` with a stable code.
//!
//! The store (queries) and the routes (API and pages) arrive next and call
//! this model; they will live in `store.rs` and in this file.

pub mod access;
pub mod archive;
pub mod blob;
pub mod candidates;
pub mod contribution;
pub mod diff;
pub mod error;
pub mod fork;
pub mod history;
pub mod markdown;
pub mod model;
pub mod path;
pub mod rebase;
pub mod review;
pub mod tree;
mod treehash;

#[cfg(test)]
mod testkit;
#[cfg(test)]
mod tests;
