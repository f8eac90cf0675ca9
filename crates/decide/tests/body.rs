//! Decisions of a body: published worked examples (each cites its source), the rules'
//! parameters and errors, the PrefLib and BLT readers, and property tests.

#[path = "body/common.rs"]
mod common;
#[path = "body/examples.rs"]
mod examples;
#[path = "body/properties.rs"]
mod properties;
#[path = "body/readers.rs"]
mod readers;
#[path = "body/rules.rs"]
mod rules;
