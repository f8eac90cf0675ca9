//! Subcommands of the `commonfare` binary, one module each.

pub mod commons;
pub mod decide;
mod gitlog;
pub mod ledger;
pub mod value;
pub mod verify;
