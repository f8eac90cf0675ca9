//! What the demo seeders share: the context in which each domain's seeder finds what
//! earlier seeders made. The list of seeders is the assembly's (`demo::SEEDERS`).

use crate::actor::Actor;
use crate::db::DbConn;
use crate::error::{AppError, detail};
use std::collections::HashMap;

/// The password of every demo person (printed by `commonfare demo`).
pub const DEMO_PASSWORD: &str = "commonfare-demo";

/// What earlier seeders made, for later ones to build on.
#[derive(Default)]
pub struct DemoContext {
    pub people: HashMap<&'static str, Actor>,
    /// The argon2 hash of `DEMO_PASSWORD`, computed once (hashing is slow on purpose).
    pub password_hash: String,
}

impl DemoContext {
    /// A demo person by handle, or a 404 naming them (a seeder ran before accounts').
    pub fn person(&self, handle: &str) -> Result<Actor, AppError> {
        self.people
            .get(handle)
            .cloned()
            .ok_or_else(|| AppError::not_found(detail!("problem-no-person", handle = handle)))
    }
}

pub type Seeder = fn(&mut DbConn, &mut DemoContext) -> Result<(), AppError>;
