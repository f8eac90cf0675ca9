//! Commons: shared works that anyone may contribute to, validated after the
//! fact by maintainers, and free to fork.
//!
//! This first increment holds the pure model only (types and rules, no I/O).
//! The store (queries) and the routes (API and pages) arrive next and call it.

pub mod access;
pub mod archive;
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
