//! Accounts tests, by subject: people and organizations through the API (`api`) and the
//! pages (`pages`), who may do what (`permissions`), bad input (`bad_input`), and the one
//! handle namespace (`handles`), and a person's own language and zone (`preferences`).

mod api;
mod bad_input;
mod handles;
mod pages;
mod permissions;
mod preferences;
mod translations;
