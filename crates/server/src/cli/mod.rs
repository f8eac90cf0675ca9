//! Subcommands of the `commonfare` binary, one module each.

pub mod decide;
pub mod ledger;
pub mod value;
pub mod verify;
