//! What the API and the pages show of a commons: stored rows turned into public views that
//! name people by handle (ids stay internal) and files by path.

use super::model::CommonsKind;
use super::model::blob::FileKind;
use super::model::contribution::ContributionKind;
use super::model::tree::FileOp;
use super::records::RecordView;
use super::revisions::{head, tree_of};
use super::service::body_of;
use super::store::{self, CommonsRow, ContributionRow, RevisionRow};
use crate::db::DbConn;
use crate::error::{AppError, detail, shown};
use crate::web::paging::{Page, Paging};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Maintainer {
    pub handle: String,
    /// Unix milliseconds.
    pub since: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Licence {
    /// `spdx` for now; a reciprocity licence policy comes later.
    pub policy: String,
    pub expression: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommonsView {
    pub handle: String,
    pub name: String,
    pub summary: String,
    /// The language the name and summary are written in (`en`, `fr`, `it`, `es`); absent
    /// for commons made before languages were recorded (read as the instance's default).
    pub language: Option<String>,
    /// The name and summary in other languages, by language.
    pub translations: Vec<crate::i18n::content::Version>,
    /// software, knowledge, design, data or other.
    pub kind: String,
    pub licence: Licence,
    /// Handle of the home organization.
    pub home_org: Option<String>,
    pub created_by: String,
    pub head: RevisionView,
    pub maintainers: Vec<Maintainer>,
    /// Where this commons was forked from, for a fork.
    pub forked_from: Option<ForkOf>,
    /// How many direct forks it has (`GET …/forks` lists them).
    pub forks: i64,
    pub created_at: i64,
    /// When its maintainers deleted it (Unix milliseconds); absent while it is open. A
    /// deleted commons stays readable but accepts no more changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<i64>,
    /// Who deleted it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted_by: Option<String>,
}

/// What a list of commons may be narrowed to.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CommonsFilter {
    /// Only commons of this kind: software, knowledge, design, data or other.
    pub kind: Option<String>,
    /// Only commons whose home is this organization (its handle).
    pub org: Option<String>,
    /// Only commons whose handle, name or summary contains this text (in any case).
    pub q: Option<String>,
}

/// A commons in a list: enough to choose one; `GET /api/v1/commons/{handle}` has the rest.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommonsSummary {
    pub handle: String,
    pub name: String,
    pub summary: String,
    /// software, knowledge, design, data or other.
    pub kind: String,
    pub licence: Licence,
    /// Handle of the home organization.
    pub home_org: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The language name and summary are written in (absent: the instance's default).
    pub language: Option<String>,
    /// The name and summary in other languages.
    pub translations: Vec<crate::i18n::content::Version>,
    /// For a fork: the handle of the commons it was forked from.
    pub forked_from: Option<String>,
}

impl CommonsSummary {
    /// What `viewer` reads of its name and summary.
    pub fn shown(
        &self,
        viewer: &crate::i18n::Lang,
        default: &crate::i18n::Lang,
    ) -> crate::i18n::content::Shown {
        crate::i18n::content::choose(
            crate::i18n::content::original(self.language.as_deref(), *default),
            &self.name,
            &self.summary,
            &self.translations,
            *viewer,
        )
    }
}

/// One page of open commons by handle, narrowed by `filter` (a 422 names an unknown kind,
/// a 404 an unknown organization).
pub fn commons_page(
    conn: &mut DbConn,
    filter: &CommonsFilter,
    paging: &Paging,
) -> Result<Page<CommonsSummary>, AppError> {
    let given = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let kind = match given(&filter.kind) {
        None => None,
        Some(k) => Some(k.parse::<CommonsKind>()?.as_str()),
    };
    let home_org_id = match given(&filter.org) {
        None => None,
        Some(h) => Some(crate::accounts::require_org(conn, &h)?.0),
    };
    let checked = store::ListFilter {
        kind,
        home_org_id,
        text: given(&filter.q),
    };
    let after = paging.after::<String>()?;
    let rows = store::list_commons(conn, &checked, after.as_deref(), paging.fetch())?;
    // The home organizations' handles for the whole page in one query, not one per row.
    let mut org_ids: Vec<String> = rows.iter().filter_map(|c| c.home_org_id.clone()).collect();
    org_ids.sort();
    org_ids.dedup();
    let orgs = crate::accounts::org_handles(conn, &org_ids)?;
    let ids: Vec<String> = rows.iter().map(|c| c.id.clone()).collect();
    let mut translations = store::translations_of(conn, &ids)?;
    let mut parents = store::fork_parents(conn, &ids)?;
    Ok(paging
        .page(rows, |c| c.handle.clone())
        .map(|c| CommonsSummary {
            forked_from: parents.remove(&c.id),
            translations: translations.remove(&c.id).unwrap_or_default(),
            language: c.language,
            home_org: c.home_org_id.as_ref().and_then(|id| orgs.get(id).cloned()),
            handle: c.handle,
            name: c.name,
            summary: c.summary,
            kind: c.kind,
            licence: Licence {
                policy: c.licence_policy,
                expression: c.licence,
            },
            created_at: c.created_at,
            updated_at: c.updated_at,
        }))
}

/// What a list of contributions may be narrowed to.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ContributionFilter {
    /// Only contributions in this state: proposed, changes_requested, accepted, rejected,
    /// withdrawn, reverted, or `open` for the first two.
    pub state: Option<String>,
}

/// One page of a commons' contributions, newest first (a 422 names an unknown state).
pub fn contributions_page(
    conn: &mut DbConn,
    c: &CommonsRow,
    filter: &ContributionFilter,
    paging: &Paging,
) -> Result<Page<ContributionView>, AppError> {
    use super::model::contribution::ContributionState;
    let states: Option<Vec<&str>> = match filter.state.as_deref().map(str::trim) {
        None | Some("") => None,
        Some("open") => Some(
            ContributionState::ALL
                .into_iter()
                .filter(|s| s.is_open())
                .map(|s| s.as_str())
                .collect(),
        ),
        Some(s) => Some(vec![
            ContributionState::ALL
                .into_iter()
                .find(|k| k.as_str() == s)
                .ok_or_else(|| {
                    AppError::invalid(
                        "invalid_state",
                        detail!("problem-invalid-state", state = shown(s, 40)),
                    )
                })?
                .as_str(),
        ]),
    };
    let before = paging.after::<i64>()?;
    let rows = store::contributions_in(conn, &c.id, states.as_deref(), before, paging.fetch())?;
    paging
        .page(rows, |k| k.number)
        .try_map(|k| contribution_view(conn, &k))
}

/// One page of a commons' revisions, newest first.
pub fn revisions_page(
    conn: &mut DbConn,
    c: &CommonsRow,
    paging: &Paging,
) -> Result<Page<RevisionView>, AppError> {
    let before = paging.after::<i64>()?;
    let rows = store::revisions_before(conn, &c.id, before, paging.fetch())?;
    paging.page(rows, |r| r.number).try_map(|r| {
        // Most were made here; only a fork's inherited ones name another commons.
        let made_in = if r.commons_id == c.id {
            c.handle.clone()
        } else {
            store::commons_by_id(conn, &r.commons_id)?.handle
        };
        revision_view_made_in(conn, &r, made_in)
    })
}

/// A fork's parent and where it branched off.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ForkOf {
    pub handle: String,
    /// The last revision the two share.
    pub fork_point: i64,
    /// The fork's revision and the parent's revision that last agreed (after an accepted
    /// offer upstream; the fork point before).
    pub synced_fork_revision: i64,
    pub synced_parent_revision: i64,
    /// The number of the fork's offer waiting upstream, while one is open (a fork has one
    /// open offer at a time).
    pub open_offer: Option<i64>,
}

/// A direct fork of a commons.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ForkView {
    pub handle: String,
    pub name: String,
    pub fork_point: i64,
    pub created_by: String,
    pub created_at: i64,
}

/// A contribution that offers a fork's work upstream.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OfferView {
    /// The fork it comes from.
    pub fork: String,
    /// Who made the offered revisions, in order of first appearance.
    pub authors: Vec<String>,
    /// The fork's revisions it carries, oldest first, each in its own words.
    pub revisions: Vec<OfferedRevision>,
}

/// One of the fork's revisions an offer carries, as it was made in the fork.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OfferedRevision {
    /// Its number in the fork.
    pub number: i64,
    /// The first line of its message.
    pub title: String,
    pub message: String,
    pub author: String,
    pub accepted_by: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RevisionView {
    pub id: String,
    /// 1 for the first revision, then one more per accepted change.
    pub number: i64,
    pub parent: Option<String>,
    pub message: String,
    pub author: String,
    /// The maintainer who accepted it (its author, for a first revision).
    pub accepted_by: String,
    pub created_at: i64,
    /// The commons it was accepted in: another than the one listing it for a fork's
    /// revisions from before the fork.
    pub made_in: String,
    /// When it is a fork's offer accepted upstream: the fork and the revisions it carried.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offered_from: Option<OfferView>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FileInfo {
    pub path: String,
    pub size: u64,
    /// `text` or `binary`.
    pub kind: String,
    /// sha256 of the content, lowercase hex.
    pub hash: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FileContent {
    #[serde(flatten)]
    pub info: FileInfo,
    pub revision: String,
    /// The content of a text file (binary files are not inlined).
    pub text: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FileChange {
    pub path: String,
    /// add, modify or delete.
    pub op: String,
    pub size: Option<u64>,
    pub hash: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Review {
    pub reviewer: String,
    /// The state the review moved the contribution to.
    pub verdict: String,
    pub comment: String,
    pub created_at: i64,
    /// The reviewer's record in this commons (on a single contribution's view).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<RecordView>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContributionView {
    pub number: i64,
    /// `change` or `work_record`.
    #[serde(rename = "type")]
    pub kind: String,
    /// proposed, changes_requested, accepted, rejected, withdrawn or reverted.
    pub state: String,
    pub author: String,
    pub message: String,
    pub base_revision: Option<String>,
    /// The revision its acceptance made.
    pub revision: Option<String>,
    pub files: Vec<FileChange>,
    pub minutes: Option<u32>,
    pub evidence: Option<String>,
    pub reviews: Vec<Review>,
    /// Set when the contribution offers a fork's work upstream.
    pub offered_from: Option<OfferView>,
    pub created_at: i64,
    pub updated_at: i64,
}

pub fn commons_view(conn: &mut DbConn, c: &CommonsRow) -> Result<CommonsView, AppError> {
    let home_org = match &c.home_org_id {
        None => None,
        Some(id) => Some(crate::accounts::org_handle(
            conn,
            &crate::ids::OrgId(id.clone()),
        )?),
    };
    let maintainers = store::maintainers(conn, &c.id)?
        .into_iter()
        .map(|(_, handle, since)| Maintainer { handle, since })
        .collect();
    let head = head(conn, c)?;
    let forked_from = match store::fork_link(conn, &c.id)? {
        None => None,
        Some(link) => {
            let number = |conn: &mut DbConn, id: &str| -> Result<i64, AppError> {
                Ok(store::revision_by_id(conn, id)?.map_or(0, |r| r.number))
            };
            let mut open_offer = None;
            for (_, k) in store::offers_from(conn, &c.id)? {
                if super::service::parse_state(&k.state)?.is_open() {
                    open_offer = Some(k.number);
                }
            }
            Some(ForkOf {
                open_offer,
                handle: store::commons_by_id(conn, &link.parent_id)?.handle,
                fork_point: link.fork_point_number,
                synced_fork_revision: number(conn, &link.sync_fork_revision_id)?,
                synced_parent_revision: number(conn, &link.sync_parent_revision_id)?,
            })
        }
    };
    let forks = store::count_forks(conn, &c.id)?;
    Ok(CommonsView {
        handle: c.handle.clone(),
        name: c.name.clone(),
        summary: c.summary.clone(),
        language: c.language.clone(),
        translations: store::translations(conn, &c.id)?,
        kind: c.kind.clone(),
        licence: Licence {
            policy: c.licence_policy.clone(),
            expression: c.licence.clone(),
        },
        home_org,
        created_by: store::handle_of(conn, &c.created_by)?,
        head: revision_view(conn, &head)?,
        maintainers,
        forked_from,
        forks,
        created_at: c.created_at,
        deleted_at: c.deleted_at,
        deleted_by: match &c.deleted_by {
            Some(id) => Some(store::handle_of(conn, id)?),
            None => None,
        },
    })
}

pub fn revision_view(conn: &mut DbConn, r: &RevisionRow) -> Result<RevisionView, AppError> {
    let made_in = store::commons_by_id(conn, &r.commons_id)?.handle;
    revision_view_made_in(conn, r, made_in)
}

/// A revision's view when the handle of the commons it was made in is known.
fn revision_view_made_in(
    conn: &mut DbConn,
    r: &RevisionRow,
    made_in: String,
) -> Result<RevisionView, AppError> {
    let offered_from = match &r.contribution_id {
        Some(k) => match store::offer_of(conn, k)? {
            Some(o) => Some(offer_view(conn, &o)?),
            None => None,
        },
        None => None,
    };
    Ok(RevisionView {
        id: r.id.clone(),
        number: r.number,
        parent: r.parent_id.clone(),
        message: r.message.clone(),
        author: store::handle_of(conn, &r.author_id)?,
        accepted_by: store::handle_of(conn, &r.accepted_by)?,
        created_at: r.created_at,
        made_in,
        offered_from,
    })
}

/// A fork's offer: the fork, the authors and the revisions it carries in their own words.
fn offer_view(conn: &mut DbConn, o: &store::OfferRow) -> Result<OfferView, AppError> {
    let ids: Vec<String> = serde_json::from_str(&o.authors).map_err(AppError::internal)?;
    let mut authors = Vec::with_capacity(ids.len());
    for id in &ids {
        authors.push(store::handle_of(conn, id)?);
    }
    let ids: Vec<String> = serde_json::from_str(&o.revisions).map_err(AppError::internal)?;
    let mut revisions = Vec::with_capacity(ids.len());
    for id in &ids {
        let r = store::revision_by_id(conn, id)?.ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("offered revision {id} is missing"))
        })?;
        revisions.push(OfferedRevision {
            number: r.number,
            title: r.message.lines().next().unwrap_or_default().to_string(),
            author: store::handle_of(conn, &r.author_id)?,
            accepted_by: store::handle_of(conn, &r.accepted_by)?,
            created_at: r.created_at,
            message: r.message,
        });
    }
    Ok(OfferView {
        fork: store::commons_by_id(conn, &o.fork_id)?.handle,
        authors,
        revisions,
    })
}

fn kind_name(k: FileKind) -> String {
    match k {
        FileKind::Text => "text",
        FileKind::Binary => "binary",
    }
    .into()
}

/// Every file of a revision, by path.
pub fn files(conn: &mut DbConn, r: &RevisionRow) -> Result<Vec<FileInfo>, AppError> {
    Ok(tree_of(conn, r)?
        .iter()
        .map(|(path, e)| FileInfo {
            path: path.to_string(),
            size: e.size,
            kind: kind_name(e.kind),
            hash: e.hash.to_hex(),
        })
        .collect())
}

/// One file of a revision with its text, or a 404 naming the path.
pub fn file(conn: &mut DbConn, r: &RevisionRow, path: &str) -> Result<FileContent, AppError> {
    let tree = tree_of(conn, r)?;
    let (p, e) = tree
        .iter()
        .find(|(p, _)| p.as_str() == path)
        .ok_or_else(|| {
            AppError::not_found(detail!(
                "problem-no-file",
                path = shown(path, 200),
                number = r.number.to_string()
            ))
        })?;
    let text = match e.kind {
        FileKind::Binary => None,
        FileKind::Text => {
            let bytes = store::get_blob(conn, &e.hash.to_hex())?
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("blob of {p} is missing")))?;
            Some(String::from_utf8(bytes).map_err(AppError::internal)?)
        }
    };
    Ok(FileContent {
        info: FileInfo {
            path: p.to_string(),
            size: e.size,
            kind: kind_name(e.kind),
            hash: e.hash.to_hex(),
        },
        revision: r.id.clone(),
        text,
    })
}

pub fn contribution_view(
    conn: &mut DbConn,
    k: &ContributionRow,
) -> Result<ContributionView, AppError> {
    let (mut files, mut minutes, mut evidence) = (Vec::new(), None, None);
    match body_of(k)? {
        ContributionKind::Change(change) => {
            for (path, op) in change.ops.iter() {
                let (name, entry) = match op {
                    FileOp::Add(e) => ("add", Some(e)),
                    FileOp::Modify(e) => ("modify", Some(e)),
                    FileOp::Delete => ("delete", None),
                };
                files.push(FileChange {
                    path: path.to_string(),
                    op: name.into(),
                    size: entry.map(|e| e.size),
                    hash: entry.map(|e| e.hash.to_hex()),
                });
            }
        }
        ContributionKind::WorkRecord(w) => {
            minutes = Some(w.minutes);
            evidence = w.evidence;
        }
    }
    let reviews = store::reviews(conn, &k.id)?
        .into_iter()
        .map(|(r, reviewer)| Review {
            reviewer,
            verdict: r.verdict,
            comment: r.comment,
            created_at: r.created_at,
            record: None,
        })
        .collect();
    let offered_from = match store::offer_of(conn, &k.id)? {
        None => None,
        Some(o) => Some(offer_view(conn, &o)?),
    };
    Ok(ContributionView {
        number: k.number,
        kind: k.kind.clone(),
        state: k.state.clone(),
        author: store::handle_of(conn, &k.author_id)?,
        message: k.message.clone(),
        base_revision: k.base_revision_id.clone(),
        revision: k.revision_id.clone(),
        files,
        minutes,
        evidence,
        reviews,
        offered_from,
        created_at: k.created_at,
        updated_at: k.updated_at,
    })
}

/// The direct forks of `c`, oldest first.
pub fn forks(
    conn: &mut DbConn,
    c: &CommonsRow,
    paging: &Paging,
) -> Result<Page<ForkView>, AppError> {
    let after = paging.after::<(i64, String)>()?;
    let rows = store::forks_of(conn, &c.id, after, paging.fetch())?;
    paging
        .page(rows, |(link, _)| (link.created_at, link.child_id.clone()))
        .try_map(|(link, handle)| {
            let child = store::commons_by_id(conn, &link.child_id)?;
            Ok(ForkView {
                handle,
                name: child.name,
                fork_point: link.fork_point_number,
                created_by: store::handle_of(conn, &child.created_by)?,
                created_at: link.created_at,
            })
        })
}

/// Adds each reviewer's record in `c` to a single contribution's view.
pub fn with_reviewer_records(
    conn: &mut DbConn,
    c: &CommonsRow,
    mut view: ContributionView,
) -> Result<ContributionView, AppError> {
    if view.reviews.is_empty() {
        return Ok(view);
    }
    let records = super::records::by_handle(conn, c)?;
    for r in &mut view.reviews {
        r.record = records.get(&r.reviewer).cloned();
    }
    Ok(view)
}
