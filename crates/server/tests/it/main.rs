//! Integration tests of the `commonfare` server: one binary, modules by subject. Each test
//! runs the real router on a fresh database (see `support`).

mod architecture;
mod bad_input;
mod browser;
mod commons;
mod crash;
mod demo;
mod discussion;
mod errors;
mod guard;
mod handles;
mod journal;
mod lists;
mod openapi;
mod ops;
mod orgs;
mod people;
mod permissions;
mod races;
mod support;
