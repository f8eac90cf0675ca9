//! The flows of commons shared by the API and the pages: create a commons, propose a change
//! or a work record, and review a contribution (accept with rebase, reject, ask for
//! changes, withdraw). Each runs inside the caller's write transaction and records its
//! journal event there, so a refusal anywhere leaves nothing half-written. The rules are
//! the model's (`access`, `contribution`, `rebase`, `review`); this file only loads the
//! facts they need and stores what they decide.

use super::events;
use super::model::access::{self, Action, Standing, authorize};
use super::model::blob::{Entry, FileKind, FileLimits, prepare_file};
use super::model::contribution::{
    Change, ContributionKind, ContributionState, Transition, WorkRecord,
};
use super::model::error::CommonsError;
use super::model::path::RepoPath;
use super::model::rebase::rebase;
use super::model::review::{Decision, decide};
use super::model::tree::{FileOp, FileOps, Tree};
use super::model::{
    Commons, CommonsKind, Handle, LicencePolicy, PersonId, RevisionId, SpdxExpression,
};
use super::revisions::{head, tree_of};
use super::store::{self, CommonsRow, ContributionRow, ReviewRow, RevisionRow};
use super::treestore;
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail};
use crate::journal::ObjectKind;
use crate::journal::{self, ObjectRef};
use crate::web::actor::Actor;
use axum::http::StatusCode;
use std::collections::BTreeSet;

/// Model refusals become client errors with the model's stable code: 401/403 for
/// permissions, 409 for a state or head that moved, 422 for everything the input breaks.
impl From<CommonsError> for AppError {
    #[track_caller]
    fn from(e: CommonsError) -> Self {
        let status = match &e {
            CommonsError::NotAllowed { needed, .. } if *needed == access::NEEDS_SIGN_IN => {
                StatusCode::UNAUTHORIZED
            }
            CommonsError::NotAllowed { .. } => StatusCode::FORBIDDEN,
            CommonsError::Conflicting { .. }
            | CommonsError::StaleHead { .. }
            | CommonsError::IllegalTransition { .. }
            | CommonsError::AlreadyMaintainer { .. }
            | CommonsError::LastMaintainer { .. } => StatusCode::CONFLICT,
            CommonsError::Archive { .. } => {
                return AppError::internal(anyhow::anyhow!(e.to_string()));
            }
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        AppError::new(status, e.code(), e.detail())
    }
}

pub fn commons_ref(c: &CommonsRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Commons,
        id: c.id.clone(),
        url: format!("/commons/{}", c.handle),
        context: None,
    }
}

pub fn contribution_ref(c: &CommonsRow, k: &ContributionRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Contribution,
        id: k.id.clone(),
        url: format!("/commons/{}/contributions/{}", c.handle, k.number),
        // A contribution's events are its commons' record.
        context: Some(commons_ref(c).as_context()),
    }
}

/// Validated fields of a new commons.
pub struct NewCommons {
    pub commons: Commons,
    /// Handle of the home organization, if any.
    pub home_org: Option<String>,
    /// The language its name and summary are written in (set by the caller; the instance's
    /// default until then).
    pub language: Option<crate::i18n::Lang>,
}

/// Checks the raw fields with the model's rules.
pub fn new_commons(
    handle: &str,
    name: &str,
    summary: &str,
    kind: &str,
    licence: &str,
    home_org: Option<String>,
) -> Result<NewCommons, AppError> {
    let handle = Handle::parse(handle)?;
    let kind: CommonsKind = kind.parse()?;
    let licence = LicencePolicy::Spdx(SpdxExpression::parse(licence)?);
    let home_org = home_org
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty());
    let commons = Commons::new(handle, name, summary, kind, licence, home_org.clone())?;
    Ok(NewCommons {
        commons,
        home_org,
        language: None,
    })
}

/// Creates the commons with an empty first revision; the creator is its first maintainer.
/// A home organization must be one the creator is an active member of.
pub fn create(conn: &mut DbConn, actor: &Actor, new: NewCommons) -> Result<CommonsRow, AppError> {
    authorize(
        Standing::of(Some(&pid(actor)), &BTreeSet::new(), None),
        Action::CreateCommons,
    )?;
    let c = new.commons;
    handle_free(conn, c.handle.as_str())?;
    let home_org_id = match &new.home_org {
        None => None,
        Some(h) => Some(member_org(conn, actor, h)?),
    };
    let LicencePolicy::Spdx(expr) = &c.licence;
    let now = now_ms();
    let row = CommonsRow {
        id: new_id(),
        handle: c.handle.to_string(),
        name: c.name.clone(),
        summary: c.summary.clone(),
        kind: c.kind.as_str().to_string(),
        licence_policy: "spdx".into(),
        licence: expr.as_str().to_string(),
        home_org_id,
        created_by: actor.id.0.clone(),
        head_revision_id: None,
        created_at: now,
        updated_at: now,
        deleted_at: None,
        deleted_by: None,
        language: new.language.map(|l| l.code().to_string()),
    };
    store::insert_commons(conn, &row)?;
    store::add_maintainer(conn, &row.id, actor.id.as_str(), now)?;
    let first = revision_row(
        &row,
        None,
        "Created the commons",
        actor.id.as_str(),
        actor,
        None,
        Tree::default(),
        None,
        now,
    )?;
    store::insert_revision(conn, &first)?;
    store::set_first_head(conn, &row.id, &first.id)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::CREATED,
        &commons_ref(&row),
        &format!(
            "@{} created the commons {} ({})",
            actor.handle, row.name, row.handle
        ),
        &events::Created {
            handle: row.handle.clone(),
            name: row.name.clone(),
            kind: row.kind.clone(),
            licence: row.licence.clone(),
            summary: row.summary.clone(),
        },
    )?;
    Ok(CommonsRow {
        head_revision_id: Some(first.id),
        ..row
    })
}

/// A 409 `handle_taken` when a commons already has this handle.
pub fn handle_free(conn: &mut DbConn, handle: &str) -> Result<(), AppError> {
    if store::commons_by_handle(conn, handle)?.is_some() {
        return Err(AppError::conflict(
            "handle_taken",
            detail!("problem-commons-handle-taken", handle = handle),
        ));
    }
    Ok(())
}

fn member_org(conn: &mut DbConn, actor: &Actor, handle: &str) -> Result<String, AppError> {
    let org =
        crate::accounts::member_org(conn, handle, &actor.id, detail!("problem-why-home-org"))?;
    Ok(org.0)
}

fn pid(p: &Actor) -> PersonId {
    PersonId(p.id.0.clone())
}

/// A new revision of `c` on top of `parent` (with its tree; None for the first), numbered
/// after it. `touched` are the paths the change wrote when known, so that storing the tree
/// as changes against the parent (see `treestore`) need not compare whole trees.
#[allow(clippy::too_many_arguments)]
pub(super) fn revision_row(
    c: &CommonsRow,
    parent: Option<(&RevisionRow, &Tree)>,
    message: &str,
    author_id: &str,
    accepted_by: &Actor,
    contribution_id: Option<String>,
    tree: Tree,
    touched: Option<&FileOps>,
    now: i64,
) -> Result<RevisionRow, AppError> {
    let number = parent.map_or(1, |(p, _)| p.number + 1);
    let stored = treestore::encode(number, parent.map(|(_, t)| t), &tree, touched)
        .map_err(AppError::internal)?;
    let tree_hash = tree.hash().to_hex();
    // Kept in memory for the next change (moved, not copied: a copy costs O(files)).
    super::revisions::remember_tree(&tree_hash, tree);
    Ok(RevisionRow {
        id: new_id(),
        commons_id: c.id.clone(),
        parent_id: parent.map(|(p, _)| p.id.clone()),
        number,
        message: message.to_string(),
        author_id: author_id.to_string(),
        accepted_by: accepted_by.id.0.clone(),
        contribution_id,
        tree_hash,
        tree: stored.json,
        tree_delta: stored.delta,
        created_at: now,
    })
}

/// One file of a proposed change, with its content already decoded.
pub struct FileInput {
    pub path: String,
    pub op: OpKind,
    pub kind: FileKind,
    pub bytes: Option<Vec<u8>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    Add,
    Modify,
    Delete,
}

/// Proposes a change against `base` (the head when None). The files are checked against
/// the base now, so a change that could never apply is refused at once.
pub fn propose_change(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    base: Option<&str>,
    message: &str,
    files: Vec<FileInput>,
    limits: &FileLimits,
) -> Result<ContributionRow, AppError> {
    super::open::ensure_open(conn, c)?;
    authorize(
        Standing::of(Some(&pid(actor)), &BTreeSet::new(), None),
        Action::Propose,
    )?;
    let change = build_change(conn, c, base, message, files, limits)?;
    let base_id = change.base.0.clone();
    let message = change.message.clone();
    insert_contribution(
        conn,
        actor,
        c,
        "change",
        Some(base_id),
        message,
        ContributionKind::Change(change),
    )
}

/// Builds a change against `base` (the head when None): paths, sizes and UTF-8 checked,
/// applied to the base once so a change that could never apply is refused at once, and
/// its new contents stored (once per hash).
pub fn build_change(
    conn: &mut DbConn,
    c: &CommonsRow,
    base: Option<&str>,
    message: &str,
    files: Vec<FileInput>,
    limits: &FileLimits,
) -> Result<Change, AppError> {
    let base_rev = match base {
        None => head(conn, c)?,
        Some(id) => match store::revision_in(conn, &c.id, id)? {
            Some(r) => r,
            None => {
                return Err(CommonsError::ForeignRevision {
                    revision: id.chars().take(80).collect(),
                }
                .into());
            }
        },
    };
    let mut ops = Vec::with_capacity(files.len());
    let mut blobs = Vec::new();
    for f in files {
        let path = RepoPath::parse(&f.path)?;
        let op = match f.op {
            OpKind::Delete => FileOp::Delete,
            add_or_modify => {
                let bytes = f.bytes.ok_or_else(|| {
                    AppError::invalid(
                        "missing_content",
                        detail!("problem-missing-content", path = path.to_string()),
                    )
                })?;
                let entry: Entry = prepare_file(&path, &bytes, f.kind, limits)?;
                blobs.push((entry.hash.to_hex(), bytes));
                if add_or_modify == OpKind::Add {
                    FileOp::Add(entry)
                } else {
                    FileOp::Modify(entry)
                }
            }
        };
        ops.push((path, op));
    }
    let ops = FileOps::new(ops, limits)?;
    let before = tree_of(conn, &base_rev)?;
    // A change whose files are all as they already are changes nothing: refused, as an
    // empty change is, rather than put before the maintainers.
    if before.apply(&ops)? == *before {
        return Err(CommonsError::EmptyChange.into());
    }
    let change = Change::new(RevisionId(base_rev.id.clone()), message, ops)?;
    for (hash, bytes) in &blobs {
        store::put_blob(conn, hash, bytes)?;
    }
    Ok(change)
}

/// Records work done that is not a file change.
pub fn propose_work(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    minutes: u32,
    description: &str,
    evidence: Option<&str>,
) -> Result<ContributionRow, AppError> {
    super::open::ensure_open(conn, c)?;
    authorize(
        Standing::of(Some(&pid(actor)), &BTreeSet::new(), None),
        Action::Propose,
    )?;
    let work = WorkRecord::new(minutes, description, evidence)?;
    let message = work.description.clone();
    insert_contribution(
        conn,
        actor,
        c,
        "work_record",
        None,
        message,
        ContributionKind::WorkRecord(work),
    )
}

pub(super) fn insert_contribution(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    kind: &str,
    base: Option<String>,
    message: String,
    body: ContributionKind,
) -> Result<ContributionRow, AppError> {
    let now = now_ms();
    let row = ContributionRow {
        id: new_id(),
        commons_id: c.id.clone(),
        number: store::next_contribution_number(conn, &c.id)?,
        kind: kind.into(),
        state: ContributionState::Proposed.as_str().into(),
        base_revision_id: base,
        message,
        body: serde_json::to_string(&body).map_err(AppError::internal)?,
        author_id: actor.id.0.clone(),
        revision_id: None,
        created_at: now,
        updated_at: now,
    };
    store::insert_contribution(conn, &row)?;
    let what = if kind == "change" {
        "a change"
    } else {
        "a work record"
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::PROPOSED,
        &contribution_ref(c, &row),
        &format!(
            "@{} proposed {what} to {}: {}",
            actor.handle,
            c.handle,
            first_line(&row.message)
        ),
        &events::Proposed {
            commons: c.handle.clone(),
            number: row.number,
            from: None,
            to: None,
            contribution: journal_body(&body),
        },
    )?;
    Ok(row)
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(120).collect()
}

/// A contribution as its journal events carry it: file paths as values, never as keys.
/// People name their files, and a file called `token` or `password` is no secret, so the
/// journal's guard against secret-looking keys must not read it as one.
/// A contribution as its journal events show it.
pub fn journal_body(body: &ContributionKind) -> events::Offered {
    match body {
        ContributionKind::Change(change) => events::Offered::Change {
            base: change.base.0.clone(),
            message: change.message.clone(),
            files: change
                .ops
                .iter()
                .map(|(path, op)| events::FileChange {
                    path: path.to_string(),
                    op: *op,
                })
                .collect(),
        },
        ContributionKind::WorkRecord(w) => events::Offered::WorkRecord {
            minutes: w.minutes,
            description: w.description.clone(),
            evidence: w.evidence.clone(),
        },
    }
}

pub fn parse_state(s: &str) -> Result<ContributionState, AppError> {
    ContributionState::from_stored(s)
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("unknown stored state {s}")))
}

pub fn body_of(row: &ContributionRow) -> Result<ContributionKind, AppError> {
    // The body is tagged with its `type`, but the row's `kind` says it too: reading the
    // variant directly spares serde the buffering an internally tagged enum needs (a
    // twentieth of an acceptance, in a profile). The derived readers ignore the tag.
    match row.kind.as_str() {
        "change" => serde_json::from_str(&row.body).map(ContributionKind::Change),
        "work_record" => serde_json::from_str(&row.body).map(ContributionKind::WorkRecord),
        _ => serde_json::from_str(&row.body),
    }
    .map_err(AppError::internal)
}

/// Applies a maintainer's or author's decision. Accepting a change rebases it on the head
/// (refusing a conflict), appends the new revision only if the head did not move since it
/// was read, and moves the contribution only from the state it was read in: of two racing
/// decisions, one wins and the other is a 409.
pub fn review(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    number: i64,
    by: Transition,
    comment: &str,
) -> Result<ContributionRow, AppError> {
    super::open::ensure_open(conn, c)?;
    let k = store::contribution_by_number(conn, &c.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-no-contribution",
            number = number.to_string(),
            commons = &c.handle
        ))
    })?;
    let maintainers = store::maintainer_ids(conn, &c.id)?;
    let standing = Standing::of(
        Some(&pid(actor)),
        &maintainers,
        Some(&PersonId(k.author_id.clone())),
    );
    let state = parse_state(&k.state)?;
    let kind = body_of(&k)?;
    let head_rev = head(conn, c)?;
    // The head's tree, read only to accept a change (the new revision is stored against it).
    let mut head_tree = None;
    let rebased = match (&kind, by) {
        (ContributionKind::Change(change), Transition::Accept) => {
            let on_head = tree_of(conn, &head_rev)?;
            // Most changes are accepted on the head they were proposed against.
            let on_base;
            let base_tree = if change.base.0 == head_rev.id {
                &on_head
            } else {
                let base = store::revision_by_id(conn, &change.base.0)?
                    .ok_or_else(|| AppError::internal(anyhow::anyhow!("missing base revision")))?;
                on_base = tree_of(conn, &base)?;
                &on_base
            };
            let outcome = rebase(
                change,
                base_tree,
                &RevisionId(head_rev.id.clone()),
                &on_head,
            )?;
            head_tree = Some(on_head);
            Some(outcome)
        }
        _ => None,
    };
    let decision = decide(standing, state, &kind, by, rebased)?;
    let now = now_ms();
    let next = decision.state();
    let mut revision_id = None;
    if let Decision::NewRevision { tree, .. } = decision {
        let (Some(head_tree), ContributionKind::Change(change)) = (&head_tree, &kind) else {
            return Err(AppError::internal(anyhow::anyhow!(
                "a new revision without a change checked against the head"
            )));
        };
        // A rebased change carries the same operations, now applied to the head.
        let rev = revision_row(
            c,
            Some((&head_rev, &**head_tree)),
            &k.message,
            &k.author_id,
            actor,
            Some(k.id.clone()),
            tree,
            Some(&change.ops),
            now,
        )?;
        if !store::move_head(conn, &c.id, &head_rev.id, &rev.id, now)? {
            return Err(stale(c));
        }
        store::insert_revision(conn, &rev)?;
        after_accept(conn, &k, &rev.id)?;
        revision_id = Some(rev.id);
    }
    if !store::move_contribution(
        conn,
        &k.id,
        &k.state,
        next.as_str(),
        revision_id.as_deref(),
        now,
    )? {
        return Err(AppError::conflict(
            "contribution_moved",
            detail!(
                "problem-contribution-decided-by-other",
                number = number.to_string()
            ),
        ));
    }
    if by != Transition::Withdraw {
        store::insert_review(
            conn,
            &ReviewRow {
                id: new_id(),
                contribution_id: k.id.clone(),
                reviewer_id: actor.id.0.clone(),
                verdict: next.as_str().into(),
                comment: comment.trim().to_string(),
                created_at: now,
            },
        )?;
    }
    let (kind, did) = match by {
        Transition::Accept => (&events::ACCEPTED, "accepted"),
        Transition::Reject => (&events::REJECTED, "rejected"),
        Transition::Withdraw => (&events::WITHDRAWN, "withdrew"),
        Transition::RequestChanges => (&events::CHANGES_REQUESTED, "asked for changes to"),
        Transition::Update | Transition::Revert => {
            return Err(AppError::internal(anyhow::anyhow!(
                "{by:?} is no review: updates and reverts have their own flows"
            )));
        }
    };
    journal::record(
        conn,
        Some(&actor.handle),
        kind,
        &contribution_ref(c, &k),
        &format!(
            "@{} {did} contribution #{number} to {}",
            actor.handle, c.handle
        ),
        &events::Decided {
            commons: c.handle.clone(),
            number,
            from: k.state.clone(),
            to: next.as_str().into(),
            revision: revision_id.clone(),
            comment: comment.trim().into(),
        },
    )?;
    Ok(ContributionRow {
        state: next.as_str().into(),
        revision_id,
        updated_at: now,
        ..k
    })
}

fn stale(c: &CommonsRow) -> AppError {
    AppError::conflict(
        "stale_head",
        detail!("problem-moved-while-accepting", commons = &c.handle),
    )
}

/// Called when a contribution is accepted as `revision`: if it was a fork's offer, parent
/// and fork now agree up to there.
fn after_accept(conn: &mut DbConn, k: &ContributionRow, revision: &str) -> Result<(), AppError> {
    if let Some(o) = store::offer_of(conn, &k.id)? {
        store::set_sync_point(conn, &o.fork_id, &o.fork_revision_id, revision)?;
    }
    Ok(())
}
