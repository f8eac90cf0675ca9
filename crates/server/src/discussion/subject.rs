//! The objects inside a scope that have one discussion each, opened by the first comment
//! and read on the object's own page: a contribution of a commons, a decision of a body,
//! a project of a budget process, a determination of a commons. Each is found through
//! the face of the domain that owns it, which answers 404 for what it does not show, so
//! a discussion is readable exactly where its object is.

use super::model::{self, SubjectKind, Title};
use super::scope::Scope;
use crate::db::DbConn;
use crate::error::AppError;

/// An object with its own discussion, in its scope.
#[derive(Debug, Clone)]
pub struct Subject {
    pub kind: SubjectKind,
    pub id: String,
    /// Its number in its scope, where it has one (a contribution's, a decision's).
    pub number: Option<i64>,
    /// The title its thread takes when the first comment opens it.
    pub title: Title,
}

/// The decision `id` of a body, in the body's scope.
pub fn decision(conn: &mut DbConn, id: &str) -> Result<(Scope, Subject), AppError> {
    let d = crate::bodies::decision_card(conn, id)?;
    Ok((
        Scope::of_body(&d.body),
        Subject {
            kind: SubjectKind::Decision,
            title: model::object_title(&format!("Decision #{}", d.number), &d.title),
            number: Some(d.number),
            id: d.id,
        },
    ))
}

fn project_of(p: crate::budgets::ProjectCard) -> (Scope, Subject) {
    (
        Scope::of_budget(&p.process),
        Subject {
            kind: SubjectKind::Project,
            title: model::object_title(&format!("Project {}", p.number), &p.title),
            number: None,
            id: p.id,
        },
    )
}

/// The project `project` of the budget process `budget`, in the process's scope.
pub fn project(
    conn: &mut DbConn,
    budget: &str,
    project: &str,
) -> Result<(Scope, Subject), AppError> {
    Ok(project_of(crate::budgets::project_card(
        conn, budget, project,
    )?))
}

/// The project with this id, in its process's scope.
pub fn project_by_id(conn: &mut DbConn, project: &str) -> Result<(Scope, Subject), AppError> {
    Ok(project_of(crate::budgets::project_card_by_id(
        conn, project,
    )?))
}

/// The determination `id`, in its commons' scope.
pub fn determination(conn: &mut DbConn, id: &str) -> Result<(Scope, Subject), AppError> {
    let d = crate::coalition::determination_card(conn, id)?;
    let commons = crate::commons::require_by_id(conn, &d.commons_id)?;
    Ok((
        Scope::of_commons(&commons),
        Subject {
            kind: SubjectKind::Determination,
            title: model::object_title(
                &format!("Determination for {}", d.party),
                &format!("{} use", d.usage),
            ),
            number: None,
            id: d.id,
        },
    ))
}

/// The address of the page where the discussion of an object is read, from its stored
/// thread: the contribution's, decision's, project's or determination's page.
pub fn page_of(
    s: &Scope,
    kind: &str,
    subject_id: &str,
    subject_number: Option<i64>,
) -> Option<String> {
    match kind {
        "contribution" => subject_number.map(|k| format!("{}/contributions/{k}", s.url())),
        "decision" => Some(format!("/decisions/{subject_id}")),
        "project" => Some(format!("{}/projects/{subject_id}", s.url())),
        "determination" => Some(format!("/determinations/{subject_id}")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bodies::BodyCard;
    use crate::budgets::ProcessCard;

    #[test]
    fn an_object_s_discussion_is_read_on_the_object_s_page() {
        let body = Scope::of_body(&BodyCard {
            id: "b1".into(),
            org_id: "o1".into(),
            org_handle: "makers".into(),
            slug: "assembly".into(),
            name: "General assembly".into(),
            url: "/orgs/makers/bodies/assembly".into(),
        });
        assert_eq!(body.url(), "/orgs/makers/bodies/assembly");
        assert_eq!(body.handle, "makers/assembly");
        assert_eq!(
            page_of(&body, "decision", "d1", Some(3)).as_deref(),
            Some("/decisions/d1")
        );
        // A thread on the body itself has no object page: it is read at its number.
        assert_eq!(page_of(&body, "body", "b1", None), None);
        let budget = Scope::of_budget(&ProcessCard {
            id: "p1".into(),
            title: "Lagomar 2026".into(),
            org_id: "o1".into(),
            url: "/budgets/p1".into(),
        });
        assert_eq!(
            page_of(&budget, "project", "k1", None).as_deref(),
            Some("/budgets/p1/projects/k1")
        );
        assert_eq!(
            page_of(&budget, "determination", "x1", None).as_deref(),
            Some("/determinations/x1")
        );
        // Both keep their events in the organization's record, as their own events are.
        assert_eq!(body.context(), budget.context());
    }
}
