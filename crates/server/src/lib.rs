//! The commonfare library: domain modules shared by the binary and tests.

pub mod commons;
