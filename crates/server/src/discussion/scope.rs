//! What a thread belongs to: its scope, the object whose page lists its threads and whose
//! numbering they share — a commons, an organization, a body of an organization or a
//! budget process — and each later domain's objects by one more arm here. A scope is
//! found by its kind and handle (from an address) or by its kind and id (from a stored
//! thread), through the face of the domain that owns it. Every scope is public (its page
//! answers anyone), so its threads are too.

use super::model::SubjectKind;
use crate::commons::CommonsRow;
use crate::db::DbConn;
use crate::error::AppError;
use crate::journal::{Context, ObjectKind};

/// The kinds of object a thread may belong to, as stored in `scope_kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Commons,
    Organization,
    /// A body of an organization; its handle is `org/slug`.
    Body,
    /// A budget process; its handle is its id.
    Budget,
}

impl ScopeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ScopeKind::Commons => "commons",
            ScopeKind::Organization => "organization",
            ScopeKind::Body => "body",
            ScopeKind::Budget => "budget",
        }
    }

    /// The address of the page of the scope of this kind named `handle`.
    pub fn url(self, handle: &str) -> String {
        match self {
            ScopeKind::Commons => format!("/commons/{handle}"),
            ScopeKind::Organization => format!("/orgs/{handle}"),
            ScopeKind::Body => match handle.split_once('/') {
                Some((org, slug)) => format!("/orgs/{org}/bodies/{slug}"),
                None => format!("/orgs/{handle}/bodies"),
            },
            ScopeKind::Budget => format!("/budgets/{handle}"),
        }
    }

    /// The subject of a thread on the scope as a whole.
    pub fn subject(self) -> SubjectKind {
        match self {
            ScopeKind::Commons => SubjectKind::Commons,
            ScopeKind::Organization => SubjectKind::Organization,
            ScopeKind::Body => SubjectKind::Body,
            ScopeKind::Budget => SubjectKind::Budget,
        }
    }

    fn parse(stored: &str) -> Result<ScopeKind, AppError> {
        match stored {
            "commons" => Ok(ScopeKind::Commons),
            "organization" => Ok(ScopeKind::Organization),
            "body" => Ok(ScopeKind::Body),
            "budget" => Ok(ScopeKind::Budget),
            other => Err(AppError::internal(anyhow::anyhow!(
                "a thread belongs to an unknown kind of scope `{other}`"
            ))),
        }
    }
}

/// A kind of scope as a type, so that one page handler serves every kind whose address
/// has one segment (`pages::list::<OfCommons>`, `pages::list::<OfBudget>`).
pub trait InScope: Send + Sync + 'static {
    const KIND: ScopeKind;
}

pub struct OfCommons;
pub struct OfOrganization;
pub struct OfBudget;

impl InScope for OfCommons {
    const KIND: ScopeKind = ScopeKind::Commons;
}

impl InScope for OfOrganization {
    const KIND: ScopeKind = ScopeKind::Organization;
}

impl InScope for OfBudget {
    const KIND: ScopeKind = ScopeKind::Budget;
}

/// A thread's scope, as discussion shows and checks it.
#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    pub id: String,
    pub handle: String,
    pub name: String,
    /// Whose record the journal keeps its threads' and comments' events in.
    record: Context,
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
            record: Context::of(ObjectKind::Commons, &c.id),
            commons: Some(c.clone()),
        }
    }

    fn of_organization(id: String, handle: String, name: String) -> Scope {
        Scope {
            kind: ScopeKind::Organization,
            record: Context::of(ObjectKind::Organization, &id),
            id,
            handle,
            name,
            commons: None,
        }
    }

    /// A body's threads are in its organization's record, as the body's own events.
    pub fn of_body(b: &crate::bodies::BodyCard) -> Scope {
        Scope {
            kind: ScopeKind::Body,
            id: b.id.clone(),
            handle: format!("{}/{}", b.org_handle, b.slug),
            name: b.name.clone(),
            record: Context::of(ObjectKind::Organization, &b.org_id),
            commons: None,
        }
    }

    /// A process's threads are in its organization's record, as the process's own events.
    pub fn of_budget(p: &crate::budgets::ProcessCard) -> Scope {
        Scope {
            kind: ScopeKind::Budget,
            id: p.id.clone(),
            handle: p.id.clone(),
            name: p.title.clone(),
            record: Context::of(ObjectKind::Organization, &p.org_id),
            commons: None,
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
                Ok(Scope::of_organization(id.0, handle, name))
            }
            ScopeKind::Body => {
                let (org, slug) = handle.split_once('/').unwrap_or((handle, ""));
                Ok(Scope::of_body(&crate::bodies::body_card(conn, org, slug)?))
            }
            ScopeKind::Budget => Ok(Scope::of_budget(&crate::budgets::process_card(
                conn, handle,
            )?)),
        }
    }

    /// The scope a stored thread names.
    pub fn stored(conn: &mut DbConn, kind: &str, id: &str) -> Result<Scope, AppError> {
        match ScopeKind::parse(kind)? {
            ScopeKind::Commons => Ok(Scope::of_commons(&crate::commons::require_by_id(conn, id)?)),
            ScopeKind::Organization => {
                let (handle, name) =
                    crate::accounts::org_card_by_id(conn, &crate::ids::OrgId(id.to_string()))?;
                Ok(Scope::of_organization(id.to_string(), handle, name))
            }
            ScopeKind::Body => Ok(Scope::of_body(&crate::bodies::body_card_by_id(conn, id)?)),
            ScopeKind::Budget => Ok(Scope::of_budget(&crate::budgets::process_card(conn, id)?)),
        }
    }

    /// Whose record the journal keeps its threads' and comments' events in: the scope's
    /// own for a commons or an organization, the organization's for its bodies and
    /// processes (a thread on a contribution is in its commons' record).
    pub fn context(&self) -> Context {
        self.record.clone()
    }

    /// The address of the scope's page, e.g. `/commons/bread` or `/orgs/lagomar-city`.
    pub fn url(&self) -> String {
        self.kind.url(&self.handle)
    }

    /// Refuses a change when the scope takes none: a deleted commons (410).
    pub fn ensure_open(&self, conn: &mut DbConn) -> Result<(), AppError> {
        match &self.commons {
            Some(c) => crate::commons::ensure_open(conn, c),
            None => Ok(()),
        }
    }
}
