//! JSON API for commons: create and read a commons and its files, propose changes and work
//! records, and review contributions. Reads are public; writes need a bearer token.

use super::model::blob::FileKind;
use super::model::contribution::Transition;
use super::records::{self, Contributors};
use super::revisions;
use super::service::{self, FileInput, OpKind};
use super::store;
use super::views::{self, CommonsView, ContributionView, FileContent, FileInfo};
use crate::error::{ApiError, AppError, Problem, detail, shown};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::ApiJson;
use crate::web::extract::{Found, Path, Query};
use crate::web::paging::{Page, Paging, PagingParams};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCommons {
    /// 2–40 lowercase letters, digits and single `-` or `_`, starting with a letter and
    /// ending with a letter or digit (the one rule for handles).
    #[schema(
        pattern = r"^[a-z][a-z0-9]*([-_][a-z0-9]+)*$",
        min_length = 2,
        max_length = 40
    )]
    pub handle: String,
    /// One line, at most 120 characters.
    #[schema(
        pattern = r"^[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f][^\x00-\x1f\x7f-\x9f]*$",
        max_length = 120
    )]
    pub name: String,
    #[serde(default)]
    pub summary: String,
    /// software, knowledge, design, data or other.
    #[schema(pattern = "^(software|knowledge|design|data|other)$")]
    pub kind: String,
    /// An SPDX licence expression, e.g. `CC-BY-SA-4.0` or `MIT OR Apache-2.0`.
    #[schema(schema_with = licence_schema)]
    pub licence: String,
    /// Handle of an organization the creator is an active member of.
    pub home_org: Option<String>,
    /// The language the name and summary are written in: `en`, `fr`, `it` or `es`
    /// (default: the instance's).
    #[schema(pattern = "^(en|fr|it|es)$")]
    pub language: Option<String>,
}

/// An SPDX expression, described as what the server takes: one identifier of the SPDX
/// list (enumerated, so that a client can offer them and generated requests are valid),
/// or an expression that joins several with AND, OR or WITH.
fn licence_schema() -> utoipa::openapi::schema::Schema {
    use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Type};
    let ids: Vec<&str> = super::model::licence_ids().to_vec();
    OneOfBuilder::new()
        .item(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some("one licence of the SPDX list"))
                .enum_values(Some(ids)),
        )
        .item(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some(
                    "licences of the SPDX list joined with AND, OR or WITH",
                ))
                .pattern(Some(r"\s(AND|OR|WITH)\s")),
        )
        .description(Some(
            "An SPDX licence expression, e.g. `CC-BY-SA-4.0` or `MIT OR Apache-2.0`.",
        ))
        .build()
        .into()
}

/// Creates a commons; the caller becomes its first maintainer.
#[utoipa::path(post, path = "/api/v1/commons", tag = "commons", security(("bearer" = [])), request_body = NewCommons,
    responses((status = 201, body = CommonsView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, description = "no organization has the handle given as `home_org`", body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    ApiJson(i): ApiJson<NewCommons>,
) -> Result<Response, ApiError> {
    let mut new = service::new_commons(
        &i.handle, &i.name, &i.summary, &i.kind, &i.licence, i.home_org,
    )?;
    new.language = Some(crate::i18n::content::written_in(
        i.language.as_deref(),
        state.config.default_lang(),
    )?);
    let view = state
        .db
        .write(move |c| {
            let row = service::create(c, &p, new)?;
            views::commons_view(c, &row)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// A commons: its record, licence, head revision, maintainers and where it was forked from.
#[utoipa::path(get, path = "/api/v1/commons/{handle}", tag = "commons",
    params(("handle" = String, Path)),
    responses((status = 200, body = CommonsView), (status = 404, body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    Found(row): Found<store::CommonsRow>,
) -> Result<Json<CommonsView>, ApiError> {
    let view = state.db.read(move |c| views::commons_view(c, &row)).await?;
    Ok(Json(view))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AtRevision {
    /// Revision number; the head when absent.
    pub revision: Option<i64>,
}

fn revision_at(
    c: &mut crate::db::DbConn,
    row: &store::CommonsRow,
    number: Option<i64>,
) -> Result<store::RevisionRow, AppError> {
    match number {
        None => revisions::head(c, row),
        Some(n) => store::revision_by_number(c, &row.id, n)?.ok_or_else(|| {
            AppError::not_found(detail!(
                "problem-no-revision",
                number = n.to_string(),
                commons = &row.handle
            ))
        }),
    }
}

/// Open commons by handle, a page at a time (deleted ones leave the list).
#[utoipa::path(get, path = "/api/v1/commons", tag = "commons", params(views::CommonsFilter, PagingParams),
    responses((status = 200, description = "one page of open commons, by handle", body = Page<views::CommonsSummary>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 404, description = "no organization has the handle given as `org`", body = Problem),
        (status = 422, description = "an unknown kind", body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    Query(filter): Query<views::CommonsFilter>,
    paging: Paging,
) -> Result<Page<views::CommonsSummary>, ApiError> {
    Ok(state
        .db
        .read(move |c| views::commons_page(c, &filter, &paging))
        .await?)
}

/// Every file of the commons at a revision.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/files", tag = "commons",
    params(("handle" = String, Path), AtRevision),
    responses((status = 200, body = Vec<FileInfo>), (status = 404, body = Problem)))]
pub async fn list_files(
    State(state): State<AppState>,
    Found(row): Found<store::CommonsRow>,
    Query(q): Query<AtRevision>,
) -> Result<Json<Vec<FileInfo>>, ApiError> {
    let files = state
        .db
        .read(move |c| {
            let rev = revision_at(c, &row, q.revision)?;
            views::files(c, &rev)
        })
        .await?;
    Ok(Json(files))
}

/// One file at a revision, with its text if it is a text file.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/files/{*path}", tag = "commons",
    params(("handle" = String, Path), ("path" = String, Path), AtRevision),
    responses((status = 200, body = FileContent), (status = 404, body = Problem)))]
pub async fn get_file(
    State(state): State<AppState>,
    Path((handle, path)): Path<(String, String)>,
    Query(q): Query<AtRevision>,
) -> Result<Json<FileContent>, ApiError> {
    let file = state
        .db
        .read(move |c| {
            let row = store::require_commons(c, &handle)?;
            let rev = revision_at(c, &row, q.revision)?;
            views::file(c, &rev, &path)
        })
        .await?;
    Ok(Json(file))
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Add,
    Modify,
    Delete,
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    #[default]
    Text,
    Binary,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FileEdit {
    pub path: String,
    pub op: Op,
    /// `text` (checked to be UTF-8) unless said otherwise.
    #[serde(default)]
    pub kind: Kind,
    /// The new content as a string.
    pub content: Option<String>,
    /// The new content as standard base64 (for binary files), instead of `content`.
    pub content_base64: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewChange {
    /// Id of the revision the change was made against; the head when absent.
    pub base_revision: Option<String>,
    pub message: String,
    pub files: Vec<FileEdit>,
}

fn decode(f: FileEdit) -> Result<FileInput, AppError> {
    let bytes = match (f.content, f.content_base64) {
        (Some(_), Some(_)) => {
            return Err(AppError::invalid(
                "invalid_fields",
                detail!("problem-content-twice", path = shown(&f.path, 200)),
            ));
        }
        (Some(s), None) => Some(s.into_bytes()),
        (None, Some(b)) => Some(
            base64::engine::general_purpose::STANDARD
                .decode(b.as_bytes())
                .map_err(|e| {
                    AppError::invalid(
                        "invalid_base64",
                        detail!(
                            "problem-invalid-base64",
                            path = shown(&f.path, 200),
                            reason = e.to_string()
                        ),
                    )
                })?,
        ),
        (None, None) => None,
    };
    Ok(FileInput {
        path: f.path,
        op: match f.op {
            Op::Add => OpKind::Add,
            Op::Modify => OpKind::Modify,
            Op::Delete => OpKind::Delete,
        },
        kind: match f.kind {
            Kind::Text => FileKind::Text,
            Kind::Binary => FileKind::Binary,
        },
        bytes,
    })
}

/// Proposes a change to the files (any signed-in person).
#[utoipa::path(post, path = "/api/v1/commons/{handle}/changes", tag = "commons", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = NewChange,
    responses((status = 201, body = ContributionView), (status = 401, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn propose_change(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<NewChange>,
) -> Result<Response, ApiError> {
    let files = i
        .files
        .into_iter()
        .map(decode)
        .collect::<Result<Vec<_>, _>>()?;
    let limits = super::model::blob::FileLimits::of(&state.config);
    let view = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            let k = service::propose_change(
                c,
                &p,
                &row,
                i.base_revision.as_deref(),
                &i.message,
                files,
                &limits,
            )?;
            views::contribution_view(c, &k)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWork {
    /// Whole minutes worked.
    pub minutes: u32,
    pub description: String,
    /// An http(s) link to evidence of the work.
    pub evidence: Option<String>,
}

/// Records work done that is not a file change (any signed-in person).
#[utoipa::path(post, path = "/api/v1/commons/{handle}/work", tag = "commons", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = NewWork,
    responses((status = 201, body = ContributionView), (status = 401, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn propose_work(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<NewWork>,
) -> Result<Response, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            let k = service::propose_work(
                c,
                &p,
                &row,
                i.minutes,
                &i.description,
                i.evidence.as_deref(),
            )?;
            views::contribution_view(c, &k)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// Contributions, newest first, a page at a time.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/contributions", tag = "commons",
    params(("handle" = String, Path), views::ContributionFilter, PagingParams),
    responses((status = 200, description = "one page of contributions, newest first", body = Page<ContributionView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 404, description = "no such commons", body = Problem),
        (status = 422, description = "an unknown state", body = Problem)))]
pub async fn list_contributions(
    State(state): State<AppState>,
    Found(row): Found<store::CommonsRow>,
    Query(filter): Query<views::ContributionFilter>,
    paging: Paging,
) -> Result<Page<ContributionView>, ApiError> {
    Ok(state
        .db
        .read(move |c| views::contributions_page(c, &row, &filter, &paging))
        .await?)
}

/// One contribution with its files or work record, its state and its reviews.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/contributions/{number}", tag = "commons",
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, body = ContributionView), (status = 404, body = Problem)))]
pub async fn get_contribution(
    State(state): State<AppState>,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<ContributionView>, ApiError> {
    let view = state
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
            let view = views::contribution_view(c, &k)?;
            views::with_reviewer_records(c, &row, view)
        })
        .await?;
    Ok(Json(view))
}

/// The contributors of a commons ranked by accepted contributions (a fork counts the work
/// behind its inherited revisions), with the maintainer candidates and their rule.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/contributors", tag = "commons",
    params(("handle" = String, Path)),
    responses((status = 200, body = Contributors), (status = 404, body = Problem)))]
pub async fn contributors(
    State(state): State<AppState>,
    Path(handle): Path<String>,
) -> Result<Response, ApiError> {
    // Ranking every contributor reads all of a commons' contributions and reviews: the
    // JSON body is made once per commit generation (see `db::cache` for freshness).
    let generation = state.db.generation();
    let h = handle.clone();
    let body = state
        .owned::<super::Caches>()
        .contributors
        .get_or_load(handle, generation, || async {
            let list = state
                .db
                .read(move |c| {
                    let row = store::require_commons(c, &h)?;
                    records::contributors(c, &row, usize::MAX)
                })
                .await?;
            let json = serde_json::to_vec(&list).map_err(AppError::internal)?;
            Ok::<_, AppError>(axum::body::Bytes::from(json))
        })
        .await?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        (*body).clone(),
    )
        .into_response())
}

/// The JSON bodies of `GET …/contributors`, by commons handle.
pub type ContributorsCache = crate::db::cache::GenerationCache<String, axum::body::Bytes>;

#[derive(Debug, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ReviewInput {
    #[serde(default)]
    pub comment: String,
}

async fn review(
    state: AppState,
    p: crate::web::actor::Actor,
    handle: String,
    number: i64,
    by: Transition,
    comment: String,
) -> Result<Json<ContributionView>, ApiError> {
    super::model::error::check_text(
        "comment",
        &comment,
        false,
        super::model::contribution::MAX_MESSAGE_CHARS,
    )
    .map_err(AppError::from)?;
    let view = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            let k = service::review(c, &p, &row, number, by, &comment)?;
            views::contribution_view(c, &k)
        })
        .await?;
    Ok(Json(view))
}

macro_rules! review_endpoint {
    ($name:ident, $path:literal, $by:expr, $doc:literal) => {
        #[doc = $doc]
        #[utoipa::path(post, path = $path, tag = "commons", security(("bearer" = [])),
            params(("handle" = String, Path), ("number" = i64, Path)),
            request_body(content = ReviewInput, description = "optional: no body is no comment"),
            responses((status = 200, body = ContributionView), (status = 401, body = Problem), (status = 403, body = Problem),
                (status = 404, body = Problem), (status = 409, body = Problem)))]
        pub async fn $name(
            State(state): State<AppState>,
            ApiViewer(p): ApiViewer,
            Path((handle, number)): Path<(String, i64)>,
            crate::web::extract::OptionalJson(i): crate::web::extract::OptionalJson<ReviewInput>,
        ) -> Result<Json<ContributionView>, ApiError> {
            review(state, p, handle, number, $by, i.comment).await
        }
    };
}

review_endpoint!(
    accept,
    "/api/v1/commons/{handle}/contributions/{number}/accept",
    Transition::Accept,
    "Accepts a contribution (maintainers); a change becomes a new revision, rebased on the head if its files did not move, else 409 `conflicting`."
);
review_endpoint!(
    reject,
    "/api/v1/commons/{handle}/contributions/{number}/reject",
    Transition::Reject,
    "Rejects a contribution (maintainers)."
);
review_endpoint!(
    request_changes,
    "/api/v1/commons/{handle}/contributions/{number}/request-changes",
    Transition::RequestChanges,
    "Asks the author for changes (maintainers)."
);
review_endpoint!(
    withdraw,
    "/api/v1/commons/{handle}/contributions/{number}/withdraw",
    Transition::Withdraw,
    "Withdraws one's own contribution (its author)."
);

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMaintainer {
    /// Handle of the person to make a maintainer.
    pub handle: String,
}

/// Makes someone a maintainer (maintainers only).
#[utoipa::path(post, path = "/api/v1/commons/{handle}/maintainers", tag = "commons", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = NewMaintainer,
    responses((status = 200, body = CommonsView), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn add_maintainer(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<NewMaintainer>,
) -> Result<Json<CommonsView>, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            super::maintainers::add(c, &p, &row, i.handle.trim())?;
            views::commons_view(c, &row)
        })
        .await?;
    Ok(Json(view))
}

/// Removes a maintainer, or steps down (maintainers only; never the last one).
#[utoipa::path(delete, path = "/api/v1/commons/{handle}/maintainers/{person}", tag = "commons", security(("bearer" = [])),
    params(("handle" = String, Path), ("person" = String, Path)),
    responses((status = 200, body = CommonsView), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, description = "the person is not a maintainer of the commons", body = Problem)))]
pub async fn remove_maintainer(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, person)): Path<(String, String)>,
) -> Result<Json<CommonsView>, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            super::maintainers::remove(c, &p, &row, &person)?;
            views::commons_view(c, &row)
        })
        .await?;
    Ok(Json(view))
}

/// The author sends a new version of a change (back to `proposed` if changes were asked).
#[utoipa::path(put, path = "/api/v1/commons/{handle}/contributions/{number}", tag = "commons", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = NewChange,
    responses((status = 200, body = ContributionView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn update_change(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<NewChange>,
) -> Result<Json<ContributionView>, ApiError> {
    let files = i
        .files
        .into_iter()
        .map(decode)
        .collect::<Result<Vec<_>, _>>()?;
    let limits = super::model::blob::FileLimits::of(&state.config);
    let view = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            let k = super::update::update_change(
                c,
                &p,
                &row,
                number,
                i.base_revision.as_deref(),
                &i.message,
                files,
                &limits,
            )?;
            views::contribution_view(c, &k)
        })
        .await?;
    Ok(Json(view))
}

/// Revisions, newest first, a page at a time (a fork's own, then those it inherited).
#[utoipa::path(get, path = "/api/v1/commons/{handle}/revisions", tag = "commons",
    params(("handle" = String, Path), PagingParams),
    responses((status = 200, description = "one page of revisions, newest first", body = Page<views::RevisionView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 404, description = "no such commons", body = Problem)))]
pub async fn list_revisions(
    State(state): State<AppState>,
    Found(row): Found<store::CommonsRow>,
    paging: Paging,
) -> Result<Page<views::RevisionView>, ApiError> {
    Ok(state
        .db
        .read(move |c| views::revisions_page(c, &row, &paging))
        .await?)
}

/// A person's record in each commons they contributed to, reviewed in or maintain.
#[utoipa::path(get, path = "/api/v1/people/{handle}/commons", tag = "commons",
    params(("handle" = String, Path)),
    responses((status = 200, body = Vec<records::CommonsRecord>), (status = 404, body = Problem)))]
pub async fn person_records(
    State(state): State<AppState>,
    Path(handle): Path<String>,
) -> Result<Json<Vec<records::CommonsRecord>>, ApiError> {
    let list = state
        .db
        .read(move |c| {
            let p = crate::accounts::require_person(c, &handle)?;
            records::of_person(c, p.id.as_str(), 500)
        })
        .await?;
    Ok(Json(list))
}
