//! The operator's commands that concern accounts: making an instance administrator.

use super::model;
use super::{password, store};
use crate::db::Db;
use anyhow::bail;

/// Creates an instance administrator, or makes an existing person one.
pub fn admin_create(
    db: &Db,
    handle: &str,
    display_name: Option<&str>,
    password: Option<String>,
) -> anyhow::Result<String> {
    let h = handle.to_string();
    if let Some(p) = db.read_blocking(move |c| store::person_by_handle(c, &h))? {
        if p.is_admin {
            return Ok(format!(
                "@{} is already an instance administrator",
                p.handle
            ));
        }
        db.write_blocking(|c| store::make_admin(c, &p))?;
        return Ok(format!("@{} is now an instance administrator", p.handle));
    }
    model::validate_handle(handle)?;
    let display_name = model::one_line("display_name", display_name.unwrap_or(handle), 100)?;
    let Some(password) = password else {
        bail!(
            "a new administrator needs a password: set COMMONFARE_ADMIN_PASSWORD (at least 10 characters)"
        );
    };
    model::validate_password(&password)?;
    let hash = password::hash(&password)?;
    let new = store::NewPerson {
        handle: handle.to_string(),
        display_name,
        email: None,
        password_hash: hash,
        is_admin: true,
    };
    let p = db.write_blocking(move |c| store::create_person(c, new))?;
    Ok(format!("created instance administrator @{}", p.handle))
}
