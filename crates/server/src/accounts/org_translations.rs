//! An organization's name and description in other languages: its admins write, change and
//! remove translations, one per language, each journaled in the same transaction; the API
//! and the organization page's card.

use super::events;
use super::model::Organization;
use super::orgs::{self, org_ref, require_admin};
use super::store::orgs as store;
use crate::db::{DbConn, now_ms};
use crate::error::{ApiError, AppError, PageError, Problem, detail, shown};
use crate::i18n::Lang;
use crate::i18n::content::{self, Version};
use crate::journal;
use crate::state::AppState;
use crate::web::actor::{Actor, ApiViewer, Viewer};
use crate::web::csrf::CsrfOnly;
use crate::web::csrf::CsrfToken;
use crate::web::extract::{ApiJson, PageForm, Path};
use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use utoipa::ToSchema;

/// Writes the name and description in `lang` (admins only), over an earlier translation
/// into the same language.
pub fn put(
    conn: &mut DbConn,
    actor: &Actor,
    org: &Organization,
    lang: &str,
    name: &str,
    description: &str,
    default: Lang,
) -> Result<(), AppError> {
    let original = content::original(org.language.as_deref(), default);
    let lang = content::translation_lang(lang, original)?;
    let version = Version {
        lang: lang.code().to_string(),
        name: super::model::one_line("name", name, 120)?,
        description: super::model::text("description", description, 5000)?,
    };
    require_admin(conn, org, actor)?;
    store::put_translation(conn, &org.id, &version, now_ms())?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::ORGANIZATION_TRANSLATED,
        &org_ref(org),
        &format!(
            "@{} wrote the name and description of @{} in {}",
            actor.handle,
            org.handle,
            lang.english_name()
        ),
        &events::OrgTranslated {
            organization: org.handle.clone(),
            lang: version.lang,
            name: version.name,
            description: version.description,
        },
    )?;
    Ok(())
}

/// Removes the translation into `lang` (admins only); 404 when there is none.
pub fn remove(
    conn: &mut DbConn,
    actor: &Actor,
    org: &Organization,
    lang: &str,
) -> Result<(), AppError> {
    let Some(lang) = Lang::of_field(lang) else {
        return Err(AppError::not_found(detail!(
            "problem-no-translation",
            object = format!("@{}", org.handle),
            lang = shown(lang, 16)
        )));
    };
    require_admin(conn, org, actor)?;
    if !store::delete_translation(conn, &org.id, lang.code())? {
        return Err(AppError::not_found(detail!(
            "problem-no-translation",
            object = format!("@{}", org.handle),
            lang = lang.code()
        )));
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::ORGANIZATION_TRANSLATION_REMOVED,
        &org_ref(org),
        &format!(
            "@{} removed the {} name and description of @{}",
            actor.handle,
            lang.english_name(),
            org.handle
        ),
        &events::OrgTranslationRemoved {
            organization: org.handle.clone(),
            lang: lang.code().to_string(),
        },
    )?;
    Ok(())
}

/// An organization's name and description in one language.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrgTranslation {
    /// One line, at most 120 characters.
    #[schema(
        pattern = r"^[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f][^\x00-\x1f\x7f-\x9f]*$",
        max_length = 120
    )]
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// The translations of the organization after a change.
fn translations_of(conn: &mut DbConn, org: &Organization) -> Result<Vec<Version>, AppError> {
    orgs::translations(conn, &org.id)
}

/// Writes the organization's name and description in another language (admins only); an
/// earlier translation into it is replaced. Answers the translations.
#[utoipa::path(put, path = "/api/v1/orgs/{handle}/translations/{lang}", tag = "organizations", security(("bearer" = [])),
    params(("handle" = String, Path), ("lang" = String, Path, pattern = "^(en|fr|it|es)$")), request_body = OrgTranslation,
    responses((status = 200, body = Vec<Version>), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn api_put_translation(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, lang)): Path<(String, String)>,
    ApiJson(t): ApiJson<OrgTranslation>,
) -> Result<Json<Vec<Version>>, ApiError> {
    let default = state.config.default_lang();
    let out = state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &handle)?;
            put(c, &p, &org, &lang, &t.name, &t.description, default)?;
            translations_of(c, &org)
        })
        .await?;
    Ok(Json(out))
}

/// Removes the translation into `lang` (admins only). Answers the translations left.
#[utoipa::path(delete, path = "/api/v1/orgs/{handle}/translations/{lang}", tag = "organizations", security(("bearer" = [])),
    params(("handle" = String, Path), ("lang" = String, Path)),
    responses((status = 200, body = Vec<Version>), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem)))]
pub async fn api_delete_translation(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, lang)): Path<(String, String)>,
) -> Result<Json<Vec<Version>>, ApiError> {
    let out = state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &handle)?;
            remove(c, &p, &org, &lang)?;
            translations_of(c, &org)
        })
        .await?;
    Ok(Json(out))
}

#[derive(Deserialize)]
pub struct TranslationForm {
    csrf: String,
    lang: String,
    name: String,
    #[serde(default)]
    description: String,
}

/// The organization page's translation form.
pub async fn page_put(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<TranslationForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let default = state.config.default_lang();
    let (at, actor) = (handle.clone(), me.clone());
    let (lang, name, description) = (f.lang.clone(), f.name.clone(), f.description.clone());
    let saved = state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &at)?;
            put(c, &me, &org, &lang, &name, &description, default)
        })
        .await;
    match saved {
        Ok(()) => Ok(Redirect::to(&format!("/orgs/{handle}#translations")).into_response()),
        Err(e) => {
            let values = [
                ("translation-lang", f.lang.as_str()),
                ("translation-name", f.name.as_str()),
                ("translation-description", f.description.as_str()),
            ];
            let field = crate::form::translation_field;
            super::org_pages::refused(&state, actor, &csrf, handle, &values, e, field).await
        }
    }
}

/// The remove button beside a translation.
pub async fn page_delete(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, lang)): Path<(String, String)>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let target = handle.clone();
    state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &handle)?;
            remove(c, &me, &org, &lang)
        })
        .await?;
    Ok(Redirect::to(&format!("/orgs/{target}#translations")).into_response())
}
