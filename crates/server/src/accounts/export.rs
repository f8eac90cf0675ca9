//! Accounts' share of the public export: people (their public fields), organizations,
//! memberships and handle renames; sessions, tokens and handle claims stay private.

use super::orgs;
use crate::db::DbConn;
use crate::error::AppError;
use crate::export::{Exporter, Sink, Table};
use diesel::prelude::*;
use serde::Serialize;

/// Accounts' tables in the public export.
pub static EXPORT: Exporter = Exporter {
    domain: "accounts",
    tables: &[
        Table::Public {
            table: "people",
            line: "person",
        },
        Table::Public {
            table: "organizations",
            line: "organization",
        },
        Table::Public {
            table: "memberships",
            line: "membership",
        },
        Table::Public {
            table: "organization_translations",
            line: "organization_translation",
        },
        Table::Public {
            table: "handle_renames",
            line: "handle_rename",
        },
        Table::Private {
            table: "handles",
            why: "the handles of people and organizations, exported on their lines",
        },
        Table::Private {
            table: "sessions",
            why: "sign-in secrets",
        },
        Table::Private {
            table: "api_tokens",
            why: "API secrets",
        },
    ],
    write: export,
};

/// A person as exported: what their page shows, never the email or the password hash.
#[derive(Serialize, Queryable)]
struct PersonLine {
    id: String,
    handle: String,
    display_name: String,
    bio: String,
    is_admin: bool,
    created_at: i64,
    updated_at: i64,
}

/// A membership as exported, with both handles so that it reads on its own.
#[derive(Serialize, Queryable)]
struct MembershipLine {
    org_id: String,
    person_id: String,
    organization: String,
    handle: String,
    role: String,
    state: String,
    created_at: i64,
    updated_at: i64,
}

/// A person or organization renamed when the two came to share one list of handles.
#[derive(Serialize, Queryable)]
struct RenameLine {
    owner_kind: String,
    owner_id: String,
    old_handle: String,
    new_handle: String,
    renamed_at: i64,
    reason: String,
}

/// People (without email), organizations, memberships and renamed handles.
fn export(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    use crate::db::schema::{handle_renames, memberships, organizations, people};
    let people: Vec<PersonLine> = people::table
        .select((
            people::id,
            people::handle,
            people::display_name,
            people::bio,
            people::is_admin,
            people::created_at,
            people::updated_at,
        ))
        .order(people::id.asc())
        .load(conn)?;
    for p in &people {
        sink.line("person", p)?;
    }
    for o in orgs::list_orgs(conn, i64::MAX)? {
        sink.line("organization", &o)?;
        for t in orgs::translations(conn, &o.id)? {
            sink.line(
                "organization_translation",
                &serde_json::json!({"org_id": o.id, "lang": t.lang, "name": t.name, "description": t.description}),
            )?;
        }
    }
    let members: Vec<MembershipLine> = memberships::table
        .inner_join(people::table)
        .inner_join(organizations::table)
        .select((
            memberships::org_id,
            memberships::person_id,
            organizations::handle,
            people::handle,
            memberships::role,
            memberships::state,
            memberships::created_at,
            memberships::updated_at,
        ))
        .order((memberships::org_id.asc(), memberships::person_id.asc()))
        .load(conn)?;
    for m in &members {
        sink.line("membership", m)?;
    }
    let renames: Vec<RenameLine> = handle_renames::table
        .select((
            handle_renames::owner_kind,
            handle_renames::owner_id,
            handle_renames::old_handle,
            handle_renames::new_handle,
            handle_renames::renamed_at,
            handle_renames::reason,
        ))
        .order(handle_renames::id.asc())
        .load(conn)?;
    for r in &renames {
        sink.line("handle_rename", r)?;
    }
    Ok(())
}
