//! Commonfare server library: the spine (store, journal, people and organizations, pages,
//! API) that every domain builds on, and the domain modules. `main.rs` is only the command
//! line over it.

pub mod accounts;
pub mod app;
pub mod commons;
pub mod config;
pub mod db;
pub mod demo;
pub mod discussion;
pub mod error;
pub mod home;
pub mod journal;
pub mod metrics;
pub mod openapi;
pub mod ops;
pub mod web;
