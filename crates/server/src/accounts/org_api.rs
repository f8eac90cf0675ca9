//! JSON API for organizations and memberships.

use super::model::{Member, OrgFilter, OrgKind, Organization, Role};
use super::orgs;
use super::service::{self, OrgInput};
use super::store;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::ApiJson;
use crate::web::extract::{Found, Path, Query};
use crate::web::paging::{Page, Paging, PagingParams};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Organizations by name, a page at a time.
#[utoipa::path(get, path = "/api/v1/orgs", tag = "organizations", params(OrgFilter, PagingParams),
    responses((status = 200, description = "one page of organizations, by name", body = Page<Organization>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 422, description = "an unknown kind", body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    Query(filter): Query<OrgFilter>,
    paging: Paging,
) -> Result<Page<Organization>, ApiError> {
    Ok(state
        .db
        .read(move |c| orgs::orgs_page(c, &filter, &paging))
        .await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOrg {
    /// Same rules as a person's handle, and from the same list: a handle a person holds is
    /// taken.
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
    pub kind: OrgKind,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub website: String,
    /// The language name and description are written in: `en`, `fr`, `it` or `es`
    /// (default: the instance's).
    #[schema(pattern = "^(en|fr|it|es)$")]
    pub language: Option<String>,
}

/// Creates an organization; the caller becomes its first admin.
#[utoipa::path(post, path = "/api/v1/orgs", tag = "organizations", security(("bearer" = [])), request_body = NewOrg,
    responses((status = 201, body = Organization), (status = 401, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    ApiJson(input): ApiJson<NewOrg>,
) -> Result<Response, ApiError> {
    let handle = input.handle.trim().to_string();
    super::model::validate_handle(&handle)?;
    let mut fields =
        service::org_fields(&input.name, input.kind, &input.description, &input.website)?;
    fields.language = Some(crate::i18n::content::written_in(
        input.language.as_deref(),
        state.config.default_lang(),
    )?);
    let org = state
        .db
        .write(move |c| orgs::create(c, &p, &handle, fields))
        .await?;
    Ok((StatusCode::CREATED, Json(org)).into_response())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrgDetail {
    #[serde(flatten)]
    pub organization: Organization,
    pub members: Vec<Member>,
    /// The name and description in other languages, by language.
    pub translations: Vec<crate::i18n::content::Version>,
}

/// An organization with its members and invitations.
#[utoipa::path(get, path = "/api/v1/orgs/{handle}", tag = "organizations",
    params(("handle" = String, Path)),
    responses((status = 200, body = OrgDetail), (status = 404, body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    Found(organization): Found<Organization>,
) -> Result<Json<OrgDetail>, ApiError> {
    let detail = state
        .db
        .read(move |c| {
            let members = orgs::members(c, &organization.id)?;
            let translations = orgs::translations(c, &organization.id)?;
            Ok(OrgDetail {
                organization,
                members,
                translations,
            })
        })
        .await?;
    Ok(Json(detail))
}

/// Replaces name, kind, description and website (admins only).
#[utoipa::path(put, path = "/api/v1/orgs/{handle}", tag = "organizations", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = OrgInput,
    responses((status = 200, body = Organization), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn update(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(f): ApiJson<OrgInput>,
) -> Result<Json<Organization>, ApiError> {
    let mut fields = service::org_fields(&f.name, f.kind, &f.description, &f.website)?;
    if let Some(code) = &f.language {
        fields.language = Some(crate::i18n::content::written_in(
            Some(code),
            state.config.default_lang(),
        )?);
    }
    let org = state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &handle)?;
            orgs::update(c, &p, &org, fields)
        })
        .await?;
    Ok(Json(org))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    /// Handle of the person to invite.
    pub handle: String,
    /// Defaults to `member`.
    #[serde(default = "member")]
    pub role: Role,
}

fn member() -> Role {
    Role::Member
}

/// Invites a person (admins only); they become a member when they accept.
#[utoipa::path(post, path = "/api/v1/orgs/{handle}/invitations", tag = "organizations", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = Invitation,
    responses((status = 204), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn invite(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(inv): ApiJson<Invitation>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &handle)?;
            let invitee = store::require_person(c, inv.handle.trim())?;
            orgs::invite(c, &p, &org, &invitee.actor(), inv.role)
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Accepts the caller's invitation.
#[utoipa::path(post, path = "/api/v1/orgs/{handle}/accept", tag = "organizations", security(("bearer" = [])),
    params(("handle" = String, Path)),
    responses((status = 204), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn accept(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &handle)?;
            orgs::accept(c, &p, &org)
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Leaves the organization or declines an invitation; the last admin cannot leave.
#[utoipa::path(post, path = "/api/v1/orgs/{handle}/leave", tag = "organizations", security(("bearer" = [])),
    params(("handle" = String, Path)),
    responses((status = 204), (status = 401, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn leave(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &handle)?;
            orgs::leave(c, &p, &org)
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a member or withdraws an invitation (admins only; not the last admin).
#[utoipa::path(delete, path = "/api/v1/orgs/{handle}/members/{member}", tag = "organizations", security(("bearer" = [])),
    params(("handle" = String, Path), ("member" = String, Path, description = "the member's handle")),
    responses((status = 204), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn remove(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, member)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &handle)?;
            let m = store::require_person(c, &member)?;
            orgs::remove(c, &p, &org, &m.actor())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
