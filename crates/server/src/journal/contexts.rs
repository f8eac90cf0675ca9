//! The records an address may ask the journal for (`?context=commons:bread`): each kind of
//! context with the function, given by the domain that owns the object, that finds its id
//! from its handle. The assembly lists them (`ops::CONTEXTS`); the journal names no domain.

use super::model::{Context, ObjectKind};
use crate::db::DbConn;
use crate::error::{AppError, detail, shown};
use std::sync::OnceLock;

/// Finds the id of the object of one kind named by `handle`, or answers the domain's 404.
pub type FindId = fn(&mut DbConn, &str) -> Result<String, AppError>;

/// One kind of object whose record can be asked for.
pub struct ContextKind {
    pub kind: ObjectKind,
    pub find: FindId,
}

/// The kinds of the assembly, set once by `journal::install`.
static KINDS: OnceLock<&'static [ContextKind]> = OnceLock::new();

pub(super) fn install(kinds: &'static [ContextKind]) {
    // Every state of a process is made from the same list.
    let _ = KINDS.set(kinds);
}

/// The names of the kinds a context may be, for the filter form and the error's words.
pub fn kinds() -> impl Iterator<Item = ObjectKind> {
    KINDS.get().copied().unwrap_or(&[]).iter().map(|k| k.kind)
}

/// `kind:handle` (as an address writes it) split and checked, before any read: a 422
/// `invalid_context` names what may be asked for.
pub fn parse(given: &str) -> Result<(&'static ContextKind, &str), AppError> {
    let refused = || {
        let known: Vec<&str> = kinds().map(|k| k.as_str()).collect();
        AppError::invalid(
            "invalid_context",
            detail!(
                "problem-invalid-context",
                given = shown(given, 60),
                known = known.join(", ")
            ),
        )
    };
    let (kind, handle) = given.trim().split_once(':').ok_or_else(refused)?;
    let found = KINDS
        .get()
        .copied()
        .unwrap_or(&[])
        .iter()
        .find(|k| k.kind.as_str() == kind)
        .ok_or_else(refused)?;
    let handle = handle.trim();
    if handle.is_empty() {
        return Err(refused());
    }
    Ok((found, handle))
}

/// The context `kind:handle` names, read through its domain (a 404 when nothing has that
/// handle).
pub fn resolve(conn: &mut DbConn, given: &str) -> Result<Context, AppError> {
    let (kind, handle) = parse(given)?;
    Ok(Context {
        kind: kind.kind,
        id: (kind.find)(conn, handle)?,
    })
}
