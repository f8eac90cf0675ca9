//! A commons' name and summary in other languages: its maintainers write, change and
//! remove translations, one per language, each journaled in the same transaction.

use super::events;
use super::model::access::{Action, Standing, authorize};
use super::service::commons_ref;
use super::store::{self, CommonsRow};
use super::views::{self, CommonsView};
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

/// The language the commons was first written in.
pub fn original(c: &CommonsRow, default: Lang) -> Lang {
    content::original(c.language.as_deref(), default)
}

fn may_translate(conn: &mut DbConn, actor: &Actor, c: &CommonsRow) -> Result<(), AppError> {
    super::open::ensure_open(conn, c)?;
    let maintainers = store::maintainer_ids(conn, &c.id)?;
    authorize(
        Standing::of(Some(&actor.id.clone()), &maintainers, None),
        Action::Translate,
    )?;
    Ok(())
}

/// Writes the name and summary in `lang` (maintainers only), over an earlier translation
/// into the same language.
pub fn put(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    lang: &str,
    name: &str,
    summary: &str,
    default: Lang,
) -> Result<(), AppError> {
    let lang = content::translation_lang(lang, original(c, default))?;
    let (name, summary) = super::model::texts(name, summary)?;
    may_translate(conn, actor, c)?;
    let version = Version {
        lang: lang.code().to_string(),
        name,
        description: summary,
    };
    store::put_translation(conn, &c.id, &version, now_ms())?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::TRANSLATED,
        &commons_ref(c),
        &format!(
            "@{} wrote the name and summary of {} in {}",
            actor.handle,
            c.handle,
            lang.english_name()
        ),
        &events::Translated {
            commons: c.handle.clone(),
            lang: version.lang,
            name: version.name,
            summary: version.description,
        },
    )?;
    Ok(())
}

/// Removes the translation into `lang` (maintainers only); 404 when there is none.
pub fn remove(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    lang: &str,
) -> Result<(), AppError> {
    let Some(lang) = Lang::of_field(lang) else {
        return Err(AppError::not_found(detail!(
            "problem-no-translation",
            object = c.handle.clone(),
            lang = shown(lang, 16)
        )));
    };
    may_translate(conn, actor, c)?;
    if !store::delete_translation(conn, &c.id, lang.code())? {
        return Err(AppError::not_found(detail!(
            "problem-no-translation",
            object = c.handle.clone(),
            lang = lang.code()
        )));
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::TRANSLATION_REMOVED,
        &commons_ref(c),
        &format!(
            "@{} removed the {} name and summary of {}",
            actor.handle,
            lang.english_name(),
            c.handle
        ),
        &events::TranslationRemoved {
            commons: c.handle.clone(),
            lang: lang.code().to_string(),
        },
    )?;
    Ok(())
}

/// A commons' name and summary in one language.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// One line, at most 120 characters.
    #[schema(
        pattern = r"^[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f][^\x00-\x1f\x7f-\x9f]*$",
        max_length = 120
    )]
    pub name: String,
    #[serde(default)]
    pub summary: String,
}

/// Writes the commons' name and summary in another language (maintainers only); an
/// earlier translation into it is replaced. `lang` is `en`, `fr`, `it` or `es`, not the
/// language the commons is written in.
#[utoipa::path(put, path = "/api/v1/commons/{handle}/translations/{lang}", tag = "commons", security(("bearer" = [])),
    params(("handle" = String, Path), ("lang" = String, Path, pattern = "^(en|fr|it|es)$")), request_body = Translation,
    responses((status = 200, body = CommonsView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 410, body = Problem), (status = 422, body = Problem)))]
pub async fn api_put_translation(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, lang)): Path<(String, String)>,
    ApiJson(t): ApiJson<Translation>,
) -> Result<Json<CommonsView>, ApiError> {
    let default = state.config.default_lang();
    let view = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            put(c, &p, &row, &lang, &t.name, &t.summary, default)?;
            views::commons_view(c, &row)
        })
        .await?;
    Ok(Json(view))
}

/// Removes the translation into `lang` (maintainers only).
#[utoipa::path(delete, path = "/api/v1/commons/{handle}/translations/{lang}", tag = "commons", security(("bearer" = [])),
    params(("handle" = String, Path), ("lang" = String, Path)),
    responses((status = 200, body = CommonsView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 410, body = Problem)))]
pub async fn api_delete_translation(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, lang)): Path<(String, String)>,
) -> Result<Json<CommonsView>, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            remove(c, &p, &row, &lang)?;
            views::commons_view(c, &row)
        })
        .await?;
    Ok(Json(view))
}

#[derive(Deserialize)]
pub struct TranslationForm {
    csrf: String,
    lang: String,
    name: String,
    #[serde(default)]
    summary: String,
}

/// The commons page's translation form.
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
    let (lang, name, summary) = (f.lang.clone(), f.name.clone(), f.summary.clone());
    let saved = state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &at)?;
            put(c, &me, &row, &lang, &name, &summary, default)
        })
        .await;
    match saved {
        Ok(()) => Ok(Redirect::to(&format!("/commons/{handle}#translations")).into_response()),
        Err(e) => {
            let values = [
                ("translation-lang", f.lang.as_str()),
                ("translation-name", f.name.as_str()),
                ("translation-description", f.summary.as_str()),
            ];
            let field = crate::form::translation_field;
            super::pages::refused(&state, actor, &csrf, handle, &values, e, field).await
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
            let row = store::require_commons(c, &handle)?;
            remove(c, &me, &row, &lang)
        })
        .await?;
    Ok(Redirect::to(&format!("/commons/{target}#translations")).into_response())
}
