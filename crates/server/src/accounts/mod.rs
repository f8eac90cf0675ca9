//! People, organizations, memberships, sessions and API tokens: the partners of the
//! commons (DESIGN.md §1). Routes here; rules in `model`; queries in `store` and `orgs`;
//! flows shared by API and pages in `service`; authentication in `auth`.
//!
//! The public face (the items below the module list) is all that other domains and the
//! assembly may use: a person as an `Actor`, organizations by handle and membership,
//! the routes, the installation into the state and the demo seeder.

mod api;
mod auth;
mod demo;
mod events;
mod export;
mod joining;
mod limiter;
mod model;
mod ops;
mod org_api;
mod org_pages;
mod org_translations;
mod orgs;
mod pages;
mod password;
mod service;
mod settle;
mod store;

pub use demo::{seed as seed_demo, seed_phyles};
pub use events::EVENTS;
pub use export::EXPORT;
pub use joining::{MemberRule, set_phyle_member_rule};
pub use limiter::LoginLimiter;
pub use model::OrgKind;
pub use ops::admin_create;

use crate::db::DbConn;
use crate::error::{AppError, Detail, detail};
use crate::ids::OrgId;
use crate::state::AppState;
use crate::web::actor::Actor;
use axum::Router;
use axum::routing::{get, post};
use model::Role;
use std::sync::Arc;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Settles handles that a person and an organization both held from before they shared
/// one namespace (see `settle`); returns how many were renamed.
pub fn settle_handles(db: &crate::db::Db) -> Result<usize, AppError> {
    db.write_blocking(settle::settle)
}

/// Puts accounts' authenticator and sign-in limiter into the state, after settling
/// handles left from before the shared namespace.
pub fn install(state: &mut AppState) -> Result<(), AppError> {
    let renamed = settle_handles(&state.db)?;
    if renamed > 0 {
        tracing::warn!(
            renamed,
            "renamed people or organizations whose handle the other held"
        );
    }
    state.auth = Arc::new(auth::PeopleAuth);
    let limiter = LoginLimiter::new(
        state.config.login_limit_account,
        state.config.login_limit_address,
    );
    state.install(limiter);
    Ok(())
}

/// A person by handle, if there is one.
pub fn find_person(conn: &mut DbConn, handle: &str) -> Result<Option<Actor>, AppError> {
    Ok(store::person_by_handle(conn, handle)?.map(|p| p.actor()))
}

/// A person by handle, or a 404 that names the handle.
pub fn require_person(conn: &mut DbConn, handle: &str) -> Result<Actor, AppError> {
    Ok(store::require_person(conn, handle)?.actor())
}

/// The handle of a person id.
pub fn handle_of(conn: &mut DbConn, id: &str) -> Result<String, AppError> {
    store::handle_of(conn, id)
}

/// The handles of the people with these ids, by id, in one query per 500 (for lists).
pub fn handles_by_id(
    conn: &mut DbConn,
    ids: impl IntoIterator<Item = String>,
) -> Result<std::collections::HashMap<String, String>, AppError> {
    store::handles_of(conn, ids)
}

/// Each row with the handle of the person `person` names in it, in the rows' order: how
/// another domain shows who wrote, reviewed or maintains, without reading `people`.
pub fn with_handles<T>(
    conn: &mut DbConn,
    rows: Vec<T>,
    person: impl Fn(&T) -> &str,
) -> Result<Vec<(T, String)>, AppError> {
    let handles = store::handles_of(conn, rows.iter().map(|r| person(r).to_string()))?;
    rows.into_iter()
        .map(|r| {
            let handle = handles
                .get(person(&r))
                .cloned()
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("no person {}", person(&r))))?;
            Ok((r, handle))
        })
        .collect()
}

/// The person whose email is `email` (compared lowercased), when exactly one has it: how
/// an imported history finds its authors. An email is the person's own, not checked by
/// mail; two people giving the same one match neither.
pub fn person_by_email(conn: &mut DbConn, email: &str) -> Result<Option<String>, AppError> {
    let mut ids = store::people_with_email(conn, email)?;
    Ok(if ids.len() == 1 { ids.pop() } else { None })
}

/// The organization an employer's name stands for, (id, handle): the one whose handle is
/// the name (lowercased, spaces as `-`) or whose name it is, when exactly one is.
pub fn org_named(conn: &mut DbConn, name: &str) -> Result<Option<(OrgId, String)>, AppError> {
    let mut found = store::orgs::orgs_named(conn, name)?;
    Ok(if found.len() == 1 {
        found.pop().map(|(id, handle)| (OrgId(id), handle))
    } else {
        None
    })
}

/// The handles of the organizations with these ids, by id, in one query (for lists).
pub fn org_handles(
    conn: &mut DbConn,
    ids: &[String],
) -> Result<std::collections::HashMap<String, String>, AppError> {
    orgs::handles_of(conn, ids)
}

/// The handle of an organization.
/// A few organizations (handle, name, kind), by name, for a newcomer's first page.
pub fn some_orgs(conn: &mut DbConn, n: i64) -> Result<Vec<(String, String, String)>, AppError> {
    Ok(orgs::list_orgs(conn, n)?
        .into_iter()
        .map(|o| (o.handle, o.name, o.kind))
        .collect())
}

pub fn org_handle(conn: &mut DbConn, id: &OrgId) -> Result<String, AppError> {
    orgs::handle_of(conn, id.as_str())
}

/// An organization's id, handle and name by handle, or a 404 that names it.
pub fn org_card(conn: &mut DbConn, handle: &str) -> Result<(OrgId, String, String), AppError> {
    let o = orgs::require_org(conn, handle)?;
    Ok((OrgId(o.id), o.handle, o.name))
}

/// An organization's id, handle, name and kind by handle, or a 404 that names it.
pub fn org_profile(
    conn: &mut DbConn,
    handle: &str,
) -> Result<(OrgId, String, String, OrgKind), AppError> {
    let o = orgs::require_org(conn, handle)?;
    let kind = OrgKind::parse(&o.kind)?;
    Ok((OrgId(o.id), o.handle, o.name, kind))
}

/// An organization's handle and name by id.
pub fn org_card_by_id(conn: &mut DbConn, id: &OrgId) -> Result<(String, String), AppError> {
    let o = orgs::org_by_id(conn, id.as_str())?;
    Ok((o.handle, o.name))
}

/// The id of the organization `handle`, or a 404 that names it.
pub fn require_org(conn: &mut DbConn, handle: &str) -> Result<OrgId, AppError> {
    Ok(OrgId(orgs::require_org(conn, handle)?.id))
}

/// The id of the organization `handle` (a 404 that names it), for the journal's
/// `?context=organization:<handle>`.
pub fn org_context_id(conn: &mut DbConn, handle: &str) -> Result<String, AppError> {
    Ok(require_org(conn, handle)?.0)
}

/// The organization `handle` if `person` is an active member of it: a 404 when there is
/// no such organization, a 403 ("only members of @handle may WHY") when the person is
/// not a member. `why` is a message of the problems catalogue that says what they may not
/// do, in words that follow "may".
pub fn member_org(
    conn: &mut DbConn,
    handle: &str,
    person: &crate::ids::PersonId,
    why: Detail,
) -> Result<OrgId, AppError> {
    let org = orgs::require_org(conn, handle)?;
    match orgs::membership(conn, &org.id, person.as_str())? {
        Some(m) if m.state == model::ACTIVE => Ok(OrgId(org.id)),
        _ => Err(AppError::forbidden(detail!(
            "problem-members-only",
            org = handle,
            why = why
        ))),
    }
}

/// Whether `person` is an active admin of the organization `org`.
pub fn is_org_admin(
    conn: &mut DbConn,
    org: &OrgId,
    person: &crate::ids::PersonId,
) -> Result<bool, AppError> {
    Ok(orgs::membership(conn, org.as_str(), person.as_str())?
        .is_some_and(|m| m.role == Role::Admin.as_str() && m.state == model::ACTIVE))
}

/// Whether `person` is an active member (or admin) of the organization `org`.
pub fn is_org_member(
    conn: &mut DbConn,
    org: &OrgId,
    person: &crate::ids::PersonId,
) -> Result<bool, AppError> {
    Ok(orgs::membership(conn, org.as_str(), person.as_str())?
        .is_some_and(|m| m.state == model::ACTIVE))
}

/// The active members of the organization `org`: each one's person id and whether they
/// are an admin, ordered by id.
pub fn active_members(conn: &mut DbConn, org: &OrgId) -> Result<Vec<(String, bool)>, AppError> {
    Ok(orgs::active_member_ids(conn, org.as_str())?
        .into_iter()
        .map(|(id, role)| (id, role == Role::Admin.as_str()))
        .collect())
}

/// The organization `handle` with its active admins, as actors: who may open its
/// treasury (404 when there is no such organization).
pub fn org_admins(conn: &mut DbConn, handle: &str) -> Result<(OrgId, Vec<Actor>), AppError> {
    let org = orgs::require_org(conn, handle)?;
    let mut admins = Vec::new();
    for m in orgs::members(conn, &org.id)? {
        if m.role == "admin" && m.state == model::ACTIVE {
            admins.push(store::require_person(conn, &m.handle)?.actor());
        }
    }
    Ok((OrgId(org.id), admins))
}

/// The role (`admin` or `member`) `person` holds in the organization `org` as an active
/// member, if they are one: how another domain lets an organization's admins or members act.
pub fn active_role(
    conn: &mut DbConn,
    org: &OrgId,
    person: &crate::ids::PersonId,
) -> Result<Option<String>, AppError> {
    Ok(orgs::membership(conn, org.as_str(), person.as_str())?
        .filter(|m| m.state == model::ACTIVE)
        .map(|m| m.role))
}

/// The ids of the organizations `person` is an active admin of.
pub fn admin_org_ids(
    conn: &mut DbConn,
    person: &crate::ids::PersonId,
) -> Result<Vec<OrgId>, AppError> {
    Ok(orgs::orgs_of(conn, person.as_str())?
        .into_iter()
        .filter(|(_, role, state)| role == "admin" && state == model::ACTIVE)
        .map(|(o, _, _)| OrgId(o.id))
        .collect())
}

/// Registers a person whose password is already hashed (the demo, tests and benchmarks
/// hash one password once, since hashing is slow on purpose). Journaled like a sign-up;
/// the handle is checked as at sign-up.
pub fn register_hashed(
    conn: &mut DbConn,
    handle: &str,
    display_name: &str,
    password_hash: &str,
) -> Result<Actor, AppError> {
    model::validate_handle(handle)?;
    let p = store::create_person(
        conn,
        store::NewPerson {
            handle: handle.to_string(),
            display_name: display_name.to_string(),
            email: None,
            password_hash: password_hash.to_string(),
            is_admin: false,
        },
    )?;
    Ok(p.actor())
}

/// Hashes a password as accounts stores it (argon2id; slow on purpose).
pub fn hash_password(password: &str) -> Result<String, AppError> {
    password::hash(password)
}

pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/signup", get(pages::signup_form).post(pages::signup))
        .route("/signin", get(pages::signin_form).post(pages::signin))
        .route("/signout", post(pages::signout))
        .route("/people", get(pages::people))
        .route("/people/{handle}", get(pages::person))
        .route("/settings", get(pages::settings))
        .route("/settings/profile", post(pages::update_profile))
        .route("/settings/password", post(pages::change_password))
        .route("/settings/preferences", post(pages::update_preferences))
        .route("/settings/tokens", post(pages::create_token))
        .route("/settings/tokens/{id}/revoke", post(pages::revoke_token))
        .route("/orgs", get(org_pages::list).post(org_pages::create))
        .route("/orgs/new", get(org_pages::new_form))
        .route("/orgs/{handle}", get(org_pages::show))
        .route("/orgs/{handle}/edit", post(org_pages::edit))
        .route("/orgs/{handle}/invite", post(org_pages::invite))
        .route("/orgs/{handle}/accept", post(org_pages::accept))
        .route("/orgs/{handle}/leave", post(org_pages::leave))
        .route(
            "/orgs/{handle}/translations",
            post(org_translations::page_put),
        )
        .route(
            "/orgs/{handle}/translations/{lang}/delete",
            post(org_translations::page_delete),
        )
        .route(
            "/orgs/{handle}/members/{member}/remove",
            post(org_pages::remove),
        )
}

/// API routes, each with its OpenAPI operation.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api::list, api::sign_up))
        .routes(routes!(api::get_person))
        .routes(routes!(api::me, api::update_me))
        .routes(routes!(api::change_password))
        .routes(routes!(api::list_tokens, api::create_token))
        .routes(routes!(api::revoke_token))
        .routes(routes!(org_api::list, org_api::create))
        .routes(routes!(org_api::get, org_api::update))
        .routes(routes!(org_api::invite))
        .routes(routes!(org_api::accept))
        .routes(routes!(org_api::leave))
        .routes(routes!(org_api::remove))
        .routes(routes!(
            org_translations::api_put_translation,
            org_translations::api_delete_translation
        ))
}

/// Makes `person` a member of the organization `org_handle` through the two steps of
/// joining — the invitation by its admin `by` and the person's acceptance — each checked
/// and journaled as through the API. For tools that enrol many people at once (the ballot
/// benchmark's electorate, `examples/bench_ballots.rs`), which sign no one in to do it.
pub fn enrol_member(
    conn: &mut DbConn,
    by: &Actor,
    org_handle: &str,
    person: &Actor,
) -> Result<(), AppError> {
    let org = orgs::require_org(conn, org_handle)?;
    orgs::invite(conn, by, &org, person, Role::Member)?;
    orgs::accept(conn, person, &org)
}

/// Issues an API token named `name` for `person`, as `POST /api/v1/tokens` does once the
/// person is authenticated; returns the secret (only its hash is stored).
pub fn issue_token(conn: &mut DbConn, person: &Actor, name: &str) -> Result<String, AppError> {
    let name = service::token_name(name)?;
    let token = crate::web::random_token();
    let hash = crate::web::hash_token(&token);
    store::create_token(conn, person.id.as_str(), &name, &hash)?;
    Ok(token)
}
