//! Demo data: a small believable territory so that a newcomer sees a living instance.
//! Each domain contributes a seeder to `SEEDERS`; they run in order, in one transaction,
//! and only on an instance that has no demo data yet.

use crate::db::Db;
use crate::error::AppError;
pub use crate::seed::{DEMO_PASSWORD, DemoContext, Seeder};

/// Domains append their seeder here; accounts come first because others need people.
pub const SEEDERS: &[(&str, Seeder)] = &[
    ("people and organizations", crate::accounts::seed_demo),
    ("commons", crate::commons::seed_demo),
    ("phyles", crate::accounts::seed_phyles),
    ("discussion", crate::discussion::seed_demo),
    ("bodies", crate::bodies::seed_demo),
    ("ledger", crate::ledger::seed_demo),
    ("lending", crate::lending::seed_demo),
    ("budgets", crate::budgets::seed_demo),
    ("the city's treasury", crate::ledger::seed_city),
    ("coalition", crate::coalition::seed_demo),
    (
        "threads on bodies, budgets and determinations",
        crate::discussion::seed_demo_on_objects,
    ),
];

/// Loads the demo unless it is there already; returns whether it loaded.
pub fn load(db: &Db) -> Result<bool, AppError> {
    // Distributions by CredRank count comments, as they do in a running server.
    crate::ledger::set_comment_source(crate::discussion::commons_comments_in_period);
    let password_hash = crate::accounts::hash_password(DEMO_PASSWORD)?;
    db.write_blocking(move |c| {
        if crate::accounts::find_person(c, "amara")?.is_some() {
            return Ok(false);
        }
        let mut ctx = DemoContext {
            password_hash,
            ..Default::default()
        };
        for (name, seed) in SEEDERS {
            seed(c, &mut ctx).inspect_err(|_| {
                tracing::error!(seeder = name, "demo seeder failed");
            })?;
        }
        Ok(true)
    })
}
