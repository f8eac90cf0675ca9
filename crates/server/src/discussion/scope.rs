//! What a thread belongs to: its scope, the object whose page lists its threads and whose
//! numbering they share — a commons or an organization, and each later domain's objects
//! (a body, a budget, a resource) by one more arm here. A scope is found by its kind and
//! handle (from an address) or by its kind and id (from a stored thread), through the face
//! of the domain that owns it.

use super::model::SubjectKind;
use crate::commons::CommonsRow;
use crate::db::DbConn;
use crate::error::AppError;

/// The kinds of object a thread may belong to, as stored in `scope_kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Commons,
    Organization,
}

impl ScopeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ScopeKind::Commons => "commons",
            ScopeKind::Organization => "organization",
        }
    }

    /// The first segment of its pages' addresses.
    pub fn path(self) -> &'static str {
        match self {
            ScopeKind::Commons => "commons",
            ScopeKind::Organization => "orgs",
        }
    }

    /// The subject of a thread on the scope as a whole.
    pub fn subject(self) -> SubjectKind {
        match self {
            ScopeKind::Commons => SubjectKind::Commons,
            ScopeKind::Organization => SubjectKind::Organization,
        }
    }

    fn parse(stored: &str) -> Result<ScopeKind, AppError> {
        match stored {
            "commons" => Ok(ScopeKind::Commons),
            "organization" => Ok(ScopeKind::Organization),
            other => Err(AppError::internal(anyhow::anyhow!(
                "a thread belongs to an unknown kind of scope `{other}`"
            ))),
        }
    }
}

/// A kind of scope as a type, so that one page handler serves every kind
/// (`pages::list::<OfCommons>`, `pages::list::<OfOrganization>`).
pub trait InScope: Send + Sync + 'static {
    const KIND: ScopeKind;
}

pub struct OfCommons;
pub struct OfOrganization;

impl InScope for OfCommons {
    const KIND: ScopeKind = ScopeKind::Commons;
}

impl InScope for OfOrganization {
    const KIND: ScopeKind = ScopeKind::Organization;
}

/// A thread's scope, as discussion shows and checks it.
#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    pub id: String,
    pub handle: String,
    pub name: String,
    /// The commons itself, when the scope is one (its deletion closes its threads).
    commons: Option<CommonsRow>,
}

impl Scope {
    pub fn of_commons(c: &CommonsRow) -> Scope {
        Scope {
            kind: ScopeKind::Commons,
            id: c.id.clone(),
            handle: c.handle.clone(),
            name: c.name.clone(),
            commons: Some(c.clone()),
        }
    }

    /// The scope of this kind named `handle` in an address, or a 404 that names it.
    pub fn find(conn: &mut DbConn, kind: ScopeKind, handle: &str) -> Result<Scope, AppError> {
        match kind {
            ScopeKind::Commons => Ok(Scope::of_commons(&crate::commons::require_commons(
                conn, handle,
            )?)),
            ScopeKind::Organization => {
                let (id, handle, name) = crate::accounts::org_card(conn, handle)?;
                Ok(Scope {
                    kind,
                    id: id.0,
                    handle,
                    name,
                    commons: None,
                })
            }
        }
    }

    /// The scope a stored thread names.
    pub fn stored(conn: &mut DbConn, kind: &str, id: &str) -> Result<Scope, AppError> {
        match ScopeKind::parse(kind)? {
            ScopeKind::Commons => Ok(Scope::of_commons(&crate::commons::require_by_id(conn, id)?)),
            ScopeKind::Organization => {
                let (handle, name) =
                    crate::accounts::org_card_by_id(conn, &crate::ids::OrgId(id.to_string()))?;
                Ok(Scope {
                    kind: ScopeKind::Organization,
                    id: id.to_string(),
                    handle,
                    name,
                    commons: None,
                })
            }
        }
    }

    /// Whose record the journal keeps its threads' and comments' events in: the scope's
    /// (a thread on a contribution is in its commons' record).
    pub fn context(&self) -> crate::journal::Context {
        let kind = match self.kind {
            ScopeKind::Commons => crate::journal::ObjectKind::Commons,
            ScopeKind::Organization => crate::journal::ObjectKind::Organization,
        };
        crate::journal::Context::of(kind, &self.id)
    }

    /// The address of the scope's page, e.g. `/commons/bread` or `/orgs/lagomar-city`.
    pub fn url(&self) -> String {
        format!("/{}/{}", self.kind.path(), self.handle)
    }

    /// Refuses a change when the scope takes none: a deleted commons (410).
    pub fn ensure_open(&self, conn: &mut DbConn) -> Result<(), AppError> {
        match &self.commons {
            Some(c) => crate::commons::ensure_open(conn, c),
            None => Ok(()),
        }
    }
}
