//! Who acts: the narrow `Actor` every handler and flow receives (no password hash, no
//! email), and the `Authenticator` through which the kernel's extractors (`web::actor`)
//! learn who a session or token belongs to, without knowing accounts' tables.

use crate::db::DbConn;
use crate::error::AppError;
use crate::ids::PersonId;

/// A signed-in person as handlers see them: no password hash, no email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: PersonId,
    pub handle: String,
    /// Instance administrator.
    pub is_admin: bool,
}

/// Finds the person behind a session or a token, by the SHA-256 the store keeps.
pub trait Authenticator: Send + Sync + 'static {
    /// The person of a live session, if any.
    fn by_session(
        &self,
        conn: &mut DbConn,
        session_hash: &str,
        now_ms: i64,
    ) -> Result<Option<Actor>, AppError>;
    /// The person of an unrevoked API token, if any.
    fn by_token(&self, conn: &mut DbConn, token_hash: &str) -> Result<Option<Actor>, AppError>;
}

/// Before accounts installs its authenticator: every credential fails loudly.
pub struct Unauthenticated;

impl Authenticator for Unauthenticated {
    fn by_session(&self, _: &mut DbConn, _: &str, _: i64) -> Result<Option<Actor>, AppError> {
        Err(AppError::internal(anyhow::anyhow!(
            "no authenticator installed: build the state with app::state"
        )))
    }
    fn by_token(&self, c: &mut DbConn, h: &str) -> Result<Option<Actor>, AppError> {
        self.by_session(c, h, 0)
    }
}
