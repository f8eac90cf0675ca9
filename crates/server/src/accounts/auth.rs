//! Authentication: who a session cookie or an API token belongs to. Installed in the
//! state as the kernel's `Authenticator`, so that the extractors (`web::actor`) yield an
//! `Actor` without the kernel knowing accounts' tables.

use super::model::Person;
use super::store;
use crate::db::DbConn;
use crate::error::{AppError, detail};
use crate::ids::PersonId;
use crate::web::actor::{Actor, Authenticator};

/// Sessions and tokens as accounts stores them.
pub struct PeopleAuth;

impl Authenticator for PeopleAuth {
    fn by_session(
        &self,
        conn: &mut DbConn,
        session_hash: &str,
        now_ms: i64,
    ) -> Result<Option<Actor>, AppError> {
        Ok(store::person_by_session(conn, session_hash, now_ms)?.map(|p| p.actor()))
    }

    fn by_token(&self, conn: &mut DbConn, token_hash: &str) -> Result<Option<Actor>, AppError> {
        Ok(store::person_by_token(conn, token_hash)?.map(|p| p.actor()))
    }
}

impl Person {
    /// What handlers and other domains may know of this person.
    pub fn actor(&self) -> Actor {
        Actor {
            id: PersonId(self.id.clone()),
            handle: self.handle.clone(),
            is_admin: self.is_admin,
        }
    }
}

/// The whole record of the signed-in person (accounts' own pages need the email and bio).
pub(super) fn whole(conn: &mut DbConn, actor: &Actor) -> Result<Person, AppError> {
    store::person_by_id(conn, actor.id.as_str())?
        .ok_or_else(|| AppError::unauthorized(detail!("problem-account-gone")))
}
