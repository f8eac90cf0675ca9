//! Who may be a member of an organization of one kind, by a rule another domain sets
//! when the server starts: a phyle's members are commoners, each a contributor to at
//! least one commons (the coalition's rule, which reads the commons — accounts cannot
//! read them itself, since the commons read accounts). Checked on founding, on inviting,
//! on accepting an invitation and on making an organization a phyle, inside the
//! membership's transaction; a refusal names the person and says how to qualify.

use super::model::OrgKind;
use crate::db::DbConn;
use crate::error::{AppError, detail};
use std::sync::OnceLock;

/// Whether the person (by id) may be a member of a phyle.
pub type MemberRule = fn(&mut DbConn, &str) -> Result<bool, AppError>;

static PHYLE_MEMBERS: OnceLock<MemberRule> = OnceLock::new();

/// Sets the rule phyles' members must meet (the first one set holds for the process).
pub fn set_phyle_member_rule(rule: MemberRule) {
    let _ = PHYLE_MEMBERS.set(rule);
}

/// A 409 unless the person `person_id` (`person` their handle) may be a member of an
/// organization of `kind` (`organization` its handle).
pub(super) fn may_join(
    conn: &mut DbConn,
    kind: &str,
    person_id: &str,
    person: &str,
    organization: &str,
) -> Result<(), AppError> {
    if kind != OrgKind::Phyle.as_str() {
        return Ok(());
    }
    match PHYLE_MEMBERS.get() {
        Some(rule) if !rule(conn, person_id)? => Err(AppError::conflict(
            "not_a_contributor",
            detail!(
                "problem-phyle-not-contributor",
                person = person,
                organization = organization
            ),
        )),
        _ => Ok(()),
    }
}
