//! Pages for commons (no JavaScript, CSRF on every form): the list, the create form, the
//! commons page (summary, files, maintainers, open contributions, history), a file view
//! with Markdown rendered safely, a textarea editor that proposes a change, and the
//! contribution page with the review buttons.

use super::model::CommonsKind;
use super::model::blob::{FileKind, FileLimits};
use super::model::contribution::Transition;
use super::records::{self, Contributors};
use super::revisions;
use super::service::{self, FileInput, OpKind};
use super::store::{self, CommonsRow, ContributionRow};
use super::views::{self, CommonsView, ContributionView, FileContent, FileInfo};
use crate::db::DbConn;
use crate::error::{AppError, PageError, detail, shown};
use crate::form::Refilled;
use crate::journal::Event;
use crate::journal::ObjectKind;
use crate::markdown;
use crate::state::AppState;
use crate::web::actor::Actor;
use crate::web::actor::{MaybeViewer, Viewer};
use crate::web::csrf::CsrfToken;
use crate::web::extract::PageForm;
use crate::web::extract::{Path, Query};
use crate::web::paging::{Page, Paging};
use crate::web::panels::{Loaded, Looker, Panels};
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "commons/list.html")]
struct ListPage {
    chrome: Chrome,
    commons: Page<views::CommonsSummary>,
    q: String,
    kind: String,
    org: String,
    kinds: [CommonsKind; 5],
    default_lang: crate::i18n::Lang,
}

pub async fn list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Query(filter): Query<views::CommonsFilter>,
    paging: Paging,
) -> Result<Response, PageError> {
    let q = filter.q.clone().unwrap_or_default();
    let kind = filter.kind.clone().unwrap_or_default();
    let org = filter.org.clone().unwrap_or_default();
    let commons = state
        .db
        .read(move |c| views::commons_page(c, &filter, &paging))
        .await?;
    Ok(render(&ListPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        commons,
        q,
        kind,
        org,
        kinds: CommonsKind::ALL,
        default_lang: state.config.default_lang(),
    }))
}

#[derive(Template)]
#[template(path = "commons/contributions.html")]
struct ContributionsPage {
    chrome: Chrome,
    handle: String,
    name: String,
    contributions: Page<ContributionView>,
    state: String,
}

/// A commons' contributions, newest first, narrowed by state, a page at a time.
pub async fn contributions(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    Query(filter): Query<views::ContributionFilter>,
    paging: Paging,
) -> Result<Response, PageError> {
    let wanted = filter.state.clone().unwrap_or_default();
    let (row, contributions) = state
        .db
        .read(move |c| {
            let row = store::require_commons(c, &handle)?;
            let page = views::contributions_page(c, &row, &filter, &paging)?;
            Ok((row, page))
        })
        .await?;
    Ok(render(&ContributionsPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        handle: row.handle,
        name: row.name,
        contributions,
        state: wanted,
    }))
}

#[derive(Template)]
#[template(path = "commons/revisions.html")]
struct RevisionsPage {
    chrome: Chrome,
    handle: String,
    name: String,
    revisions: Page<views::RevisionView>,
    /// The viewer may revert revisions.
    is_maintainer: bool,
}

/// A commons' revisions, newest first, a page at a time, each with its diff and archives.
pub async fn revisions_list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    paging: Paging,
) -> Result<Response, PageError> {
    let me = v.as_ref().map(|p| p.handle.clone());
    let (row, revisions, is_maintainer) = state
        .db
        .read(move |c| {
            let row = store::require_commons(c, &handle)?;
            let page = views::revisions_page(c, &row, &paging)?;
            let is_maintainer = row.deleted_at.is_none()
                && store::maintainers(c, &row.id)?
                    .iter()
                    .any(|(_, h, _)| Some(h) == me.as_ref());
            Ok((row, page, is_maintainer))
        })
        .await?;
    Ok(render(&RevisionsPage {
        is_maintainer,
        chrome: state.chrome(v.as_ref(), &csrf),
        handle: row.handle,
        name: row.name,
        revisions,
    }))
}

#[derive(Template)]
#[template(path = "commons/new.html")]
struct NewPage {
    chrome: Chrome,
    /// The SPDX identifiers the licence field offers.
    licences: &'static [&'static str],
    /// The form as entered, after a refusal.
    form: Refilled,
}

pub async fn new_form(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
) -> Response {
    render(&NewPage {
        chrome: state.chrome(Some(&me), &csrf),
        licences: super::model::licence_ids(),
        form: Default::default(),
    })
}

#[derive(Deserialize)]
pub struct NewForm {
    csrf: String,
    handle: String,
    name: String,
    #[serde(default)]
    summary: String,
    kind: String,
    licence: String,
    #[serde(default)]
    home_org: String,
    #[serde(default)]
    language: String,
}

pub async fn create(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<NewForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let values = [
        ("handle", f.handle.clone()),
        ("name", f.name.clone()),
        ("summary", f.summary.clone()),
        ("kind", f.kind.clone()),
        ("licence", f.licence.clone()),
        ("home_org", f.home_org.clone()),
        ("language", f.language.clone()),
    ];
    let viewer = me.clone();
    let made = async {
        let mut new = service::new_commons(
            f.handle.trim(),
            &f.name,
            &f.summary,
            &f.kind,
            f.licence.trim(),
            Some(f.home_org),
        )?;
        // Written in the language the form was shown in, unless the person says otherwise.
        new.language = Some(crate::i18n::content::written_in(
            Some(&f.language),
            crate::i18n::current().lang,
        )?);
        state.db.write(move |c| service::create(c, &me, new)).await
    }
    .await;
    match made {
        Ok(row) => Ok(Redirect::to(&format!("/commons/{}", row.handle)).into_response()),
        Err(e) => {
            let entered: Vec<(&'static str, &str)> =
                values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            Refilled::answer(&entered, e, new_commons_field, |form| {
                Ok(render(&NewPage {
                    chrome: state.chrome(Some(&viewer), &csrf),
                    licences: super::model::licence_ids(),
                    form,
                }))
            })
        }
    }
}

/// The new-commons field a refusal is about.
fn new_commons_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_handle" | "handle_taken" | "already_exists" => Some("handle"),
        "invalid_licence" => Some("licence"),
        "unknown_kind" => Some("kind"),
        "invalid_language" => Some("language"),
        "not_found" | "forbidden" => Some("home_org"),
        "invalid_text" => match e.detail.text_arg("field") {
            Some("name") => Some("name"),
            Some("summary") => Some("summary"),
            _ => None,
        },
        _ => None,
    }
}

/// What a commons page shows, the same for every viewer: loaded once per commit
/// generation and kept in `AppState::commons_pages` (see `db::cache` for freshness).
pub struct ShowData {
    commons: CommonsView,
    files: Vec<FileInfo>,
    open: Page<ContributionView>,
    revisions: Page<views::RevisionView>,
    forks: Page<views::ForkView>,
    people: Contributors,
    events: Vec<Event>,
    panels: Loaded,
}

/// Commons pages by handle.
pub type ShowCache = crate::db::cache::GenerationCache<String, ShowData>;

#[derive(Template)]
#[template(path = "commons/show.html")]
struct ShowPage<'a> {
    chrome: Chrome,
    commons: &'a CommonsView,
    files: &'a [FileInfo],
    open: &'a Page<ContributionView>,
    revisions: &'a Page<views::RevisionView>,
    forks: &'a Page<views::ForkView>,
    people: &'a Contributors,
    /// The viewer maintains this commons (a fork's maintainers may offer upstream).
    is_maintainer: bool,
    events: &'a [Event],
    panels: Vec<String>,
    /// The name and summary in the viewer's language, or as first written.
    shown: crate::i18n::content::Shown,
    /// The language the commons was first written in.
    original: crate::i18n::Lang,
    /// For the translations card.
    translations: &'a [crate::i18n::content::Version],
    translate_at: String,
    describe_key: &'static str,
    describe_field: &'static str,
    /// A refused form of the page (work, fork, offer, maintainers, translation), as entered.
    form: Refilled,
}

/// Contributors shown on a commons page; the API lists them all.
const PAGE_CONTRIBUTORS: usize = 50;

fn show_data(c: &mut DbConn, panels: &Panels, handle: &str) -> Result<ShowData, AppError> {
    let row = store::require_commons(c, handle)?;
    let commons = views::commons_view(c, &row)?;
    let head = revisions::head(c, &row)?;
    let files = views::files(c, &head)?;
    let open_filter = views::ContributionFilter {
        state: Some("open".into()),
    };
    let at = format!("/commons/{}/contributions?state=open", row.handle);
    let open = views::contributions_page(c, &row, &open_filter, &Paging::first(50, &at))?;
    let at = format!("/commons/{}/revisions", row.handle);
    let revisions = views::revisions_page(c, &row, &Paging::first(20, &at))?;
    let at = format!("/api/v1/commons/{}/forks", row.handle);
    let forks = views::forks(c, &row, &Paging::first(50, &at))?;
    let people = records::contributors(c, &row, PAGE_CONTRIBUTORS)?;
    // The whole record: the commons, its contributions and reviews, its threads and
    // comments, and the forks made from it.
    let events = crate::journal::record_of(
        c,
        crate::journal::Context::of(ObjectKind::Commons, &row.id),
        50,
    )?;
    let url = format!("/commons/{}", row.handle);
    let panels = panels.load(c, "commons", &row.id, &url)?;
    Ok(ShowData {
        commons,
        files,
        open,
        revisions,
        forks,
        people,
        events,
        panels,
    })
}

pub async fn show(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    show_page(&state, v, &csrf, handle, Refilled::default()).await
}

/// The commons page again after a refusal of one of its forms: the form as entered (its
/// fields named `work-…`, `fork-…`, `offer-…`, `maintainer-…`, `translation-…`), the
/// refusal beside the field `field_of` names, with the refusal's status; the error page
/// when it names none.
pub(super) async fn refused(
    state: &AppState,
    me: Actor,
    csrf: &CsrfToken,
    handle: String,
    values: &[(&'static str, &str)],
    err: AppError,
    field_of: impl Fn(&AppError) -> Option<&'static str>,
) -> Result<Response, PageError> {
    Refilled::answer_async(values, err, field_of, |form| {
        show_page(state, Some(me), csrf, handle, form)
    })
    .await
}

async fn show_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    handle: String,
    form: Refilled,
) -> Result<Response, PageError> {
    // Read before the queries, so that a commit during them leaves the entry stale.
    let generation = state.db.generation();
    let h = handle.clone();
    let data = state
        .owned::<super::Caches>()
        .show
        .get_or_load(handle, generation, || {
            let panels = state.panels.clone();
            state.db.read(move |c| show_data(c, &panels, &h))
        })
        .await?;
    let me = v.as_ref().map(|p| p.handle.as_str());
    let is_maintainer = data
        .commons
        .maintainers
        .iter()
        .any(|m| Some(m.handle.as_str()) == me);
    let original = crate::i18n::content::original(
        data.commons.language.as_deref(),
        state.config.default_lang(),
    );
    let shown = crate::i18n::content::choose(
        original,
        &data.commons.name,
        &data.commons.summary,
        &data.commons.translations,
        crate::i18n::current().lang,
    );
    Ok(render(&ShowPage {
        shown,
        original,
        translations: &data.commons.translations,
        translate_at: format!("/commons/{}/translations", data.commons.handle),
        describe_key: "new-commons-summary",
        describe_field: "summary",
        form,
        chrome: state.chrome(v.as_ref(), csrf),
        commons: &data.commons,
        files: &data.files,
        open: &data.open,
        revisions: &data.revisions,
        forks: &data.forks,
        people: &data.people,
        is_maintainer,
        events: &data.events,
        panels: data.panels.render(&Looker {
            viewer: v.as_ref(),
            csrf: &csrf.0,
            form: None,
        }),
    }))
}

#[derive(Template)]
#[template(path = "commons/file.html")]
struct FilePage {
    chrome: Chrome,
    handle: String,
    file: FileContent,
    /// Sanitized HTML of a Markdown file.
    html: Option<String>,
}

pub async fn file(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path((handle, path)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (handle, file) = state
        .db
        .read(move |c| {
            let row = store::require_commons(c, &handle)?;
            let head = revisions::head(c, &row)?;
            let file = views::file(c, &head, &path)?;
            Ok((row.handle, file))
        })
        .await?;
    let html = match &file.text {
        Some(t) if markdown::is_markdown(&file.info.path) => markdown::render(t),
        _ => None,
    };
    Ok(render(&FilePage {
        chrome: state.chrome(v.as_ref(), &csrf),
        handle,
        file,
        html,
    }))
}

#[derive(Deserialize)]
pub struct EditQuery {
    #[serde(default)]
    path: String,
}

#[derive(Template)]
#[template(path = "commons/edit.html")]
struct EditPage {
    chrome: Chrome,
    handle: String,
    path: String,
    text: String,
    base: String,
    /// The proposal (`propose-…`) or the upload (`upload-…`) as sent, after a refusal.
    form: Refilled,
}

/// The change page again after a refusal of its editor (`form` is `propose`) or its
/// upload (`upload`): what was written (the file as edited, the path, the message), the
/// refusal beside its field.
pub(super) fn edit_refused(
    state: &AppState,
    me: &Actor,
    csrf: &CsrfToken,
    (handle, base, path, text): (String, String, String, String),
    (form, message): (&'static str, &str),
    err: AppError,
) -> Result<Response, PageError> {
    let values = [
        (
            "propose-message",
            if form == "propose" { message } else { "" },
        ),
        (
            "upload-message",
            if form == "upload" { message } else { "" },
        ),
    ];
    Refilled::answer(&values, err, proposal_field(form), |form| {
        Ok(render(&EditPage {
            chrome: state.chrome(Some(me), csrf),
            handle,
            path,
            text,
            base,
            form,
        }))
    })
}

/// The field of the change page a refusal is about: the path, the content (the editor's
/// text or the uploaded file) or the message of the form `form`.
fn proposal_field(form: &'static str) -> impl Fn(&AppError) -> Option<&'static str> {
    move |e: &AppError| {
        let field = match e.code {
            c if c.starts_with("path_") => "path",
            "duplicate_path" | "file_folder_clash" | "file_exists" | "file_missing" => "path",
            "file_too_large" | "not_utf8" | "empty_change" | "too_many_files" => "content",
            "missing_content" | "body_too_large" => "content",
            "invalid_text" => "message",
            _ => return None,
        };
        Some(match (form, field) {
            ("upload", "path") => "upload-path",
            ("upload", "content") => "upload-file",
            ("upload", _) => "upload-message",
            (_, "path") => "propose-path",
            (_, "content") => "propose-text",
            _ => "propose-message",
        })
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    Query(q): Query<EditQuery>,
) -> Result<Response, PageError> {
    let path = q.path.clone();
    let (handle, text, base) = state
        .db
        .read(move |c| {
            let row = store::require_commons(c, &handle)?;
            let head = revisions::head(c, &row)?;
            let text = if path.is_empty() {
                String::new()
            } else {
                views::file(c, &head, &path)?.text.ok_or_else(|| {
                    AppError::invalid("binary_file", detail!("problem-binary-file"))
                })?
            };
            Ok((row.handle, text, head.id))
        })
        .await?;
    Ok(render(&EditPage {
        chrome: state.chrome(Some(&me), &csrf),
        handle,
        path: q.path,
        text,
        base,
        form: Refilled::default(),
    }))
}

#[derive(Deserialize)]
pub struct EditForm {
    csrf: String,
    path: String,
    text: String,
    message: String,
    base: String,
}

/// Proposes the edited file as a change: a modify if the file exists at the base, else an add.
pub async fn propose(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<EditForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let limits = super::model::blob::FileLimits::of(&state.config);
    let (at, actor) = (handle.clone(), me.clone());
    let (base, path, text, message) = (
        f.base.clone(),
        f.path.clone(),
        f.text.clone(),
        f.message.clone(),
    );
    let proposed = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &at)?;
            let one = OneFile {
                base: &base,
                path,
                kind: FileKind::Text,
                bytes: text.replace("\r\n", "\n").into_bytes(),
                message: &message,
            };
            let k = propose_file(c, &me, &row, one, &limits)?;
            Ok((row.handle, k.number))
        })
        .await;
    match proposed {
        Ok((handle, number)) => {
            Ok(Redirect::to(&format!("/commons/{handle}/contributions/{number}")).into_response())
        }
        Err(e) => {
            let page = (handle, f.base, f.path, f.text);
            edit_refused(&state, &actor, &csrf, page, ("propose", &f.message), e)
        }
    }
}

/// One file sent from a page form against the revision the form was made from.
pub(super) struct OneFile<'a> {
    pub base: &'a str,
    pub path: String,
    pub kind: FileKind,
    pub bytes: Vec<u8>,
    pub message: &'a str,
}

/// Proposes one file from a page form as a change: a modify if the path exists at the
/// base, else an add.
pub(super) fn propose_file(
    c: &mut DbConn,
    me: &Actor,
    row: &CommonsRow,
    f: OneFile<'_>,
    limits: &FileLimits,
) -> Result<ContributionRow, AppError> {
    let base = store::revision_in(c, &row.id, f.base)?
        .ok_or_else(|| AppError::invalid("foreign_revision", detail!("problem-foreign-base")))?;
    let exists = revisions::tree_of(c, &base)?
        .iter()
        .any(|(p, _)| p.as_str() == f.path);
    let file = FileInput {
        path: f.path,
        op: if exists { OpKind::Modify } else { OpKind::Add },
        kind: f.kind,
        bytes: Some(f.bytes),
    };
    service::propose_change(c, me, row, Some(&base.id), f.message, vec![file], limits)
}

#[derive(Template)]
#[template(path = "commons/contribution.html")]
struct ContributionPage {
    chrome: Chrome,
    handle: String,
    k: ContributionView,
    is_maintainer: bool,
    is_author: bool,
    /// The commons was deleted: nothing can be decided here any more.
    deleted: bool,
    events: Vec<Event>,
    panels: Vec<String>,
    /// What a change changes (None for a work record).
    diff: Option<super::proposed::ContributionDiff>,
    /// For its author while it is open: each text file as proposed, to update in place.
    editable: Vec<(String, String)>,
    /// A refused review (`review-comment`, of the verdict `reviewing`) or update of the
    /// file `reviewing` names (`update-text`, `update-message`), as written.
    form: Refilled,
    reviewing: String,
}

pub async fn contribution(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Response, PageError> {
    let place = (handle, number, String::new());
    contribution_page(&state, v, &csrf, place, Refilled::default()).await
}

/// The contribution page again after a refused review or update: what was written, the
/// refusal beside it, with the refusal's status; the error page when it is about no field
/// (a contribution decided meanwhile, say).
async fn contribution_refused(
    state: &AppState,
    me: Actor,
    csrf: &CsrfToken,
    place: (String, i64, String),
    values: &[(&'static str, &str)],
    err: AppError,
) -> Result<Response, PageError> {
    let field = |e: &AppError| match e.code {
        "invalid_text" => match e.detail.text_arg("field") {
            Some("comment") => Some("review-comment"),
            _ => Some("update-message"),
        },
        "empty_change" | "file_too_large" | "not_utf8" => Some("update-text"),
        _ => None,
    };
    Refilled::answer_async(values, err, field, |form| {
        contribution_page(state, Some(me), csrf, place, form)
    })
    .await
}

/// The contribution page with `form`, a form of the page refused as entered (another
/// domain's panel on it, such as its discussion's reply).
pub async fn contribution_page_with(
    state: &AppState,
    me: Actor,
    csrf: &CsrfToken,
    (handle, number): (String, i64),
    form: Refilled,
) -> Result<Response, PageError> {
    contribution_page(state, Some(me), csrf, (handle, number, String::new()), form).await
}

async fn contribution_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    (handle, number, reviewing): (String, i64, String),
    form: Refilled,
) -> Result<Response, PageError> {
    let me = v.as_ref().map(|p| p.handle.clone());
    let panels = state.panels.clone();
    let viewer = me.clone();
    let (handle, k, is_maintainer, deleted, events, loaded, diff, editable) = state
        .db
        .read(move |c| {
            let row = store::require_commons(c, &handle)?;
            let k = store::contribution_by_number(c, &row.id, number)?.ok_or_else(|| {
                AppError::not_found(detail!(
                    "problem-no-contribution",
                    number = number.to_string(),
                    commons = shown(&handle, 40)
                ))
            })?;
            let events = crate::journal::history(c, ObjectKind::Contribution, &k.id)?;
            let view = views::contribution_view(c, &k)?;
            let view = views::with_reviewer_records(c, &row, view)?;
            let is_maintainer = store::maintainers(c, &row.id)?
                .iter()
                .any(|(_, h, _)| Some(h) == me.as_ref());
            let deleted = row.deleted_at.is_some();
            let url = format!("/commons/{}/contributions/{}", row.handle, k.number);
            let loaded = panels.load(c, "contribution", &k.id, &url)?;
            let diff = match k.kind.as_str() {
                "change" => Some(super::proposed::contribution_diff(c, &row, k.number)?),
                _ => None,
            };
            let open = matches!(k.state.as_str(), "proposed" | "changes_requested");
            let editable = match &diff {
                Some(d) if open && !deleted && viewer.as_ref() == Some(&view.author) => {
                    super::proposed::proposed_texts(c, d)?
                }
                _ => Vec::new(),
            };
            Ok((
                row.handle,
                view,
                is_maintainer,
                deleted,
                events,
                loaded,
                diff,
                editable,
            ))
        })
        .await?;
    let is_author = v.as_ref().is_some_and(|p| p.handle == k.author);
    // Its discussion's reply form comes back as written too, after a refusal.
    let panels = loaded.render(&Looker {
        viewer: v.as_ref(),
        csrf: &csrf.0,
        form: Some(&form),
    });
    Ok(render(&ContributionPage {
        chrome: state.chrome(v.as_ref(), csrf),
        form,
        reviewing,
        handle,
        k,
        is_maintainer,
        is_author,
        deleted,
        events,
        panels,
        diff,
        editable,
    }))
}

#[derive(Deserialize)]
pub struct UpdateForm {
    csrf: String,
    path: String,
    text: String,
    message: String,
}

/// The author sends a new version of one file of their change (the others stay as
/// proposed); a contribution waiting for changes goes back to review.
pub async fn update_file(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, number)): Path<(String, i64)>,
    PageForm(f): PageForm<UpdateForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let limits = super::model::blob::FileLimits::of(&state.config);
    let (at, actor) = (handle.clone(), me.clone());
    let (path, text, message) = (f.path.clone(), f.text.clone(), f.message.clone());
    let updated = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &at)?;
            super::update::update_one_file(c, &me, &row, number, &path, &text, &message, &limits)
        })
        .await;
    match updated {
        Ok(_) => {
            Ok(Redirect::to(&format!("/commons/{handle}/contributions/{number}")).into_response())
        }
        Err(e) => {
            let values = [
                ("update-text", f.text.as_str()),
                ("update-message", f.message.as_str()),
            ];
            let place = (handle, number, f.path.clone());
            contribution_refused(&state, actor, &csrf, place, &values, e).await
        }
    }
}

#[derive(Deserialize)]
pub struct ReviewForm {
    csrf: String,
    #[serde(default)]
    comment: String,
}

pub async fn review(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, number, action)): Path<(String, i64, String)>,
    PageForm(f): PageForm<ReviewForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let by = match action.as_str() {
        "accept" => Transition::Accept,
        "reject" => Transition::Reject,
        "request-changes" => Transition::RequestChanges,
        "withdraw" => Transition::Withdraw,
        _ => return Err(AppError::not_found(detail!("problem-no-review-action")).into()),
    };
    let (at, actor, comment) = (handle.clone(), me.clone(), f.comment.clone());
    let reviewed = async {
        super::model::error::check_text(
            "comment",
            &comment,
            false,
            super::model::contribution::MAX_MESSAGE_CHARS,
        )?;
        state
            .db
            .write(move |c| {
                let row = store::require_commons(c, &at)?;
                service::review(c, &me, &row, number, by, &comment)?;
                Ok(row.handle)
            })
            .await
    }
    .await;
    match reviewed {
        Ok(handle) => {
            Ok(Redirect::to(&format!("/commons/{handle}/contributions/{number}")).into_response())
        }
        Err(e) => {
            let values = [("review-comment", f.comment.as_str())];
            let place = (handle, number, action);
            contribution_refused(&state, actor, &csrf, place, &values, e).await
        }
    }
}
