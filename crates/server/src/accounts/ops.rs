//! The operator's commands that concern accounts: making an instance administrator, and
//! accounts' share of the public export.

use super::model::{self, PublicPerson};
use super::{orgs, password, store};
use crate::db::Db;
use anyhow::bail;
use std::io::Write;

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

/// People (without email), organizations and memberships as JSON Lines, each with its
/// `type`; returns the number of lines.
pub fn export(db: &Db, out: &mut dyn Write) -> anyhow::Result<usize> {
    let mut lines = 0usize;
    let (people, orgs_list) = db.read_blocking(|c| {
        Ok((
            store::list_people(c, i64::MAX)?,
            orgs::list_orgs(c, i64::MAX)?,
        ))
    })?;
    for p in &people {
        let mut v = serde_json::to_value(PublicPerson::from(p))?;
        v["type"] = "person".into();
        writeln!(out, "{v}")?;
        lines += 1;
    }
    for o in &orgs_list {
        let mut v = serde_json::to_value(o)?;
        v["type"] = "organization".into();
        writeln!(out, "{v}")?;
        lines += 1;
        let id = o.id.clone();
        for m in db.read_blocking(move |c| orgs::members(c, &id))? {
            let mut v = serde_json::to_value(&m)?;
            v["type"] = "membership".into();
            v["organization"] = o.handle.clone().into();
            writeln!(out, "{v}")?;
            lines += 1;
        }
    }
    Ok(lines)
}
