//! Accounts' queries, the only place its tables are read and written: people, sessions and
//! API tokens here, organizations and memberships in `orgs`, the one namespace of handles
//! in `handles`. Functions that change public data write their journal event in the
//! caller's transaction. Sessions, tokens and password changes
//! are private records and are not journaled (the journal never holds secrets).

pub mod handles;
pub mod orgs;

use super::events;
use super::model::{Person, PublicPerson};
use crate::db::schema::{api_tokens, people, sessions};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail, shown};
use crate::journal::ObjectKind;
use crate::journal::{self, ObjectRef};
use crate::web::paging::{Page, Paging};
use diesel::prelude::*;
use handles::Owner;
use serde::Serialize;
use utoipa::ToSchema;

pub fn person_ref(p: &Person) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Person,
        id: p.id.clone(),
        url: format!("/people/{}", p.handle),
        context: None,
    }
}

pub fn person_by_handle(conn: &mut DbConn, handle: &str) -> Result<Option<Person>, AppError> {
    Ok(people::table
        .filter(people::handle.eq(handle))
        .select(Person::as_select())
        .first(conn)
        .optional()?)
}

pub fn person_by_id(conn: &mut DbConn, id: &str) -> Result<Option<Person>, AppError> {
    Ok(people::table
        .filter(people::id.eq(id))
        .select(Person::as_select())
        .first(conn)
        .optional()?)
}

/// The handle of a person id (ids are internal; the API speaks handles).
pub fn handle_of(conn: &mut DbConn, person_id: &str) -> Result<String, AppError> {
    Ok(people::table
        .filter(people::id.eq(person_id))
        .select(people::handle)
        .first(conn)?)
}

/// Handles of person ids, by id; bounded IN lists, as SQLite limits bound parameters.
pub fn handles_of(
    conn: &mut DbConn,
    ids: impl IntoIterator<Item = String>,
) -> Result<std::collections::HashMap<String, String>, AppError> {
    let mut ids: Vec<String> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out = std::collections::HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let rows: Vec<(String, String)> = people::table
            .filter(people::id.eq_any(chunk))
            .select((people::id, people::handle))
            .load(conn)?;
        out.extend(rows);
    }
    Ok(out)
}

/// What anyone may see of the person named by the `{handle}` of the address (404 when
/// there is none).
impl crate::web::extract::FromPath for PublicPerson {
    type Key = crate::web::extract::ByHandle;
    fn load(conn: &mut DbConn, key: Self::Key) -> Result<Self, AppError> {
        Ok(PublicPerson::from(&require_person(conn, &key.handle)?))
    }
}

/// The person, or a 404 that names the handle.
pub fn require_person(conn: &mut DbConn, handle: &str) -> Result<Person, AppError> {
    person_by_handle(conn, handle)?.ok_or_else(|| {
        AppError::not_found(detail!("problem-no-person", handle = shown(handle, 40)))
    })
}

pub fn person_by_session(
    conn: &mut DbConn,
    id_hash: &str,
    now: i64,
) -> Result<Option<Person>, AppError> {
    Ok(sessions::table
        .inner_join(people::table)
        .filter(sessions::id_hash.eq(id_hash))
        .filter(sessions::expires_at.gt(now))
        .select(Person::as_select())
        .first(conn)
        .optional()?)
}

pub fn person_by_token(conn: &mut DbConn, token_hash: &str) -> Result<Option<Person>, AppError> {
    Ok(api_tokens::table
        .inner_join(people::table)
        .filter(api_tokens::token_hash.eq(token_hash))
        .filter(api_tokens::revoked_at.is_null())
        .select(Person::as_select())
        .first(conn)
        .optional()?)
}

/// One page of people by handle; with `q`, only those whose handle or name contains it.
pub fn people_page(
    conn: &mut DbConn,
    q: Option<&str>,
    paging: &Paging,
) -> Result<Page<Person>, AppError> {
    let after = paging.after::<String>()?;
    let q = q.filter(|q| !q.trim().is_empty());
    let rows = list_people(conn, q, after.as_deref(), paging.fetch())?;
    Ok(paging.page(rows, |p| p.handle.clone()))
}

/// People by handle, after the handle `after`, at most `limit`; with `q`, only those whose
/// handle or name contains it (in any case).
pub fn list_people(
    conn: &mut DbConn,
    q: Option<&str>,
    after: Option<&str>,
    limit: i64,
) -> Result<Vec<Person>, AppError> {
    use crate::db::lower;
    let mut query = people::table.select(Person::as_select()).into_boxed();
    if let Some(q) = q {
        let p = crate::db::contains(q);
        query = query.filter(
            lower(people::handle)
                .like(p.clone())
                .escape('\\')
                .or(lower(people::display_name).like(p).escape('\\')),
        );
    }
    if let Some(after) = after {
        query = query.filter(people::handle.gt(after.to_string()));
    }
    Ok(query.order(people::handle.asc()).limit(limit).load(conn)?)
}

/// Validated sign-up data (see `model` for the rules); the password is already hashed.
pub struct NewPerson {
    pub handle: String,
    pub display_name: String,
    pub email: Option<String>,
    pub password_hash: String,
    pub is_admin: bool,
}

/// Creates a person and journals it. A handle a person or an organization holds already is
/// a 409 that says so.
pub fn create_person(conn: &mut DbConn, new: NewPerson) -> Result<Person, AppError> {
    let now = now_ms();
    let person = Person {
        id: new_id(),
        handle: new.handle,
        display_name: new.display_name,
        email: new.email,
        bio: String::new(),
        password_hash: new.password_hash,
        is_admin: new.is_admin,
        created_at: now,
        language: None,
        time_zone: None,
    };
    handles::claim(conn, &person.handle, Owner::Person, &person.id)?;
    diesel::insert_into(people::table)
        .values((
            people::id.eq(&person.id),
            people::handle.eq(&person.handle),
            people::display_name.eq(&person.display_name),
            people::email.eq(&person.email),
            people::bio.eq(&person.bio),
            people::password_hash.eq(&person.password_hash),
            people::is_admin.eq(person.is_admin),
            people::created_at.eq(now),
            people::updated_at.eq(now),
        ))
        .execute(conn)?;
    let role = if person.is_admin {
        " as instance administrator"
    } else {
        ""
    };
    journal::record(
        conn,
        Some(&person.handle),
        &events::SIGNED_UP,
        &person_ref(&person),
        &format!("@{} joined the instance{role}", person.handle),
        &events::SignedUp {
            person: PublicPerson::from(&person),
        },
    )?;
    Ok(person)
}

/// Profile edit: display name, bio and email (the email change is not journaled).
pub fn update_profile(
    conn: &mut DbConn,
    person: &Person,
    display_name: &str,
    bio: &str,
    email: Option<String>,
) -> Result<Person, AppError> {
    let now = now_ms();
    diesel::update(people::table.filter(people::id.eq(&person.id)))
        .set((
            people::display_name.eq(display_name),
            people::bio.eq(bio),
            people::email.eq(&email),
            people::updated_at.eq(now),
        ))
        .execute(conn)?;
    let updated = Person {
        display_name: display_name.to_string(),
        bio: bio.to_string(),
        email,
        ..person.clone()
    };
    if updated.display_name != person.display_name || updated.bio != person.bio {
        journal::record(
            conn,
            Some(&person.handle),
            &events::PROFILE_UPDATED,
            &person_ref(person),
            &format!("@{} updated their profile", person.handle),
            &events::ProfileUpdated {
                display_name: updated.display_name.clone(),
                bio: updated.bio.clone(),
            },
        )?;
    }
    Ok(updated)
}

/// Sets the person's language and time zone for pages (private: not journaled).
pub fn set_preferences(
    conn: &mut DbConn,
    person: &Person,
    language: Option<String>,
    time_zone: Option<String>,
) -> Result<Person, AppError> {
    diesel::update(people::table.filter(people::id.eq(&person.id)))
        .set((
            people::language.eq(&language),
            people::time_zone.eq(&time_zone),
            people::updated_at.eq(now_ms()),
        ))
        .execute(conn)?;
    Ok(Person {
        language,
        time_zone,
        ..person.clone()
    })
}

/// Sets a new password hash and ends every session of the person except `keep`.
pub fn set_password(
    conn: &mut DbConn,
    person_id: &str,
    new_hash: &str,
    keep_session: Option<&str>,
) -> Result<(), AppError> {
    diesel::update(people::table.filter(people::id.eq(person_id)))
        .set((
            people::password_hash.eq(new_hash),
            people::updated_at.eq(now_ms()),
        ))
        .execute(conn)?;
    let others = sessions::table
        .filter(sessions::person_id.eq(person_id))
        .filter(sessions::id_hash.ne(keep_session.unwrap_or("")));
    diesel::delete(others).execute(conn)?;
    Ok(())
}

pub fn create_session(
    conn: &mut DbConn,
    person_id: &str,
    id_hash: &str,
    days: u32,
) -> Result<(), AppError> {
    let now = now_ms();
    // Expired sessions are swept here, where writes already happen, not by a timer.
    diesel::delete(sessions::table.filter(sessions::expires_at.le(now))).execute(conn)?;
    diesel::insert_into(sessions::table)
        .values((
            sessions::id_hash.eq(id_hash),
            sessions::person_id.eq(person_id),
            sessions::created_at.eq(now),
            sessions::expires_at.eq(now + i64::from(days) * 86_400_000),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn delete_session(conn: &mut DbConn, id_hash: &str) -> Result<(), AppError> {
    diesel::delete(sessions::table.filter(sessions::id_hash.eq(id_hash))).execute(conn)?;
    Ok(())
}

/// An API token as listed (never the secret itself).
#[derive(Debug, Clone, Serialize, ToSchema, diesel::Queryable, diesel::Selectable)]
#[diesel(table_name = crate::db::schema::api_tokens)]
pub struct TokenInfo {
    pub id: String,
    pub name: String,
    pub created_at: i64,
    /// Set once revoked; a revoked token no longer authenticates.
    pub revoked_at: Option<i64>,
}

impl TokenInfo {
    pub fn created(&self) -> String {
        crate::web::human_time(self.created_at)
    }
}

pub fn create_token(
    conn: &mut DbConn,
    person_id: &str,
    name: &str,
    token_hash: &str,
) -> Result<TokenInfo, AppError> {
    let info = TokenInfo {
        id: new_id(),
        name: name.to_string(),
        created_at: now_ms(),
        revoked_at: None,
    };
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::id.eq(&info.id),
            api_tokens::person_id.eq(person_id),
            api_tokens::name.eq(name),
            api_tokens::token_hash.eq(token_hash),
            api_tokens::created_at.eq(info.created_at),
        ))
        .execute(conn)?;
    Ok(info)
}

pub fn list_tokens(conn: &mut DbConn, person_id: &str) -> Result<Vec<TokenInfo>, AppError> {
    Ok(api_tokens::table
        .filter(api_tokens::person_id.eq(person_id))
        .select(TokenInfo::as_select())
        .order(api_tokens::created_at.desc())
        .load(conn)?)
}

/// Revokes one of the person's own tokens; someone else's token is a 404, not a 403,
/// so token ids cannot be probed.
/// Revokes every active token of a person but the one whose hash is `keep`; returns how
/// many were revoked.
pub fn revoke_tokens_except(
    conn: &mut DbConn,
    person_id: &str,
    keep: Option<&str>,
) -> Result<usize, AppError> {
    Ok(diesel::update(
        api_tokens::table
            .filter(api_tokens::person_id.eq(person_id))
            .filter(api_tokens::revoked_at.is_null())
            .filter(api_tokens::token_hash.ne(keep.unwrap_or(""))),
    )
    .set(api_tokens::revoked_at.eq(now_ms()))
    .execute(conn)?)
}

pub fn revoke_token(conn: &mut DbConn, person_id: &str, token_id: &str) -> Result<(), AppError> {
    let n = diesel::update(
        api_tokens::table
            .filter(api_tokens::id.eq(token_id))
            .filter(api_tokens::person_id.eq(person_id))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(now_ms()))
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::not_found(detail!("problem-no-token")));
    }
    Ok(())
}

/// Makes a person an instance administrator (used by `commonfare admin create`).
pub fn make_admin(conn: &mut DbConn, person: &Person) -> Result<(), AppError> {
    diesel::update(people::table.filter(people::id.eq(&person.id)))
        .set(people::is_admin.eq(true))
        .execute(conn)?;
    journal::record(
        conn,
        None,
        &events::MADE_ADMIN,
        &person_ref(person),
        &format!("@{} became an instance administrator", person.handle),
        &events::MadeAdmin {
            is_admin: true,
            handle: Some(person.handle.clone()),
        },
    )?;
    Ok(())
}

/// The ids of the people whose email is `email` (compared lowercased), at most two: a
/// caller that needs one person can tell none and several apart.
pub fn people_with_email(conn: &mut DbConn, email: &str) -> Result<Vec<String>, AppError> {
    use diesel::dsl::sql;
    use diesel::sql_types::Bool;
    let lowered = email.trim().to_lowercase();
    Ok(people::table
        .filter(people::email.is_not_null())
        .filter(sql::<Bool>("LOWER(people.email) = ").bind::<diesel::sql_types::Text, _>(lowered))
        .select(people::id)
        .order(people::id.asc())
        .limit(2)
        .load(conn)?)
}
