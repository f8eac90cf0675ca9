//! Pages for people: sign up, sign in/out, the people list, profiles and settings
//! (profile, password, API tokens). Every form POST checks the CSRF token first.

use super::model::{self, Organization, PeopleFilter, Person};
use super::orgs;
use super::service::{self, SignUp};
use super::store::handles::{self, Owner, Rename};
use super::store::{self, TokenInfo};
use crate::error::PageError;
use crate::form::Refilled;
use crate::journal::Event;
use crate::journal::ObjectKind;
use crate::state::AppState;
use crate::web::actor::Actor;
use crate::web::actor::{MaybeViewer, SESSION_COOKIE, Viewer};
use crate::web::csrf::CsrfOnly;
use crate::web::csrf::CsrfToken;
use crate::web::extract::PageForm;
use crate::web::extract::{Path, Query};
use crate::web::paging::{Page, Paging};
use crate::web::panels::Looker;
use crate::web::{Chrome, hash_token, random_token, render, set_cookie};
use askama::Template;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::net::SocketAddr;

#[derive(Template)]
#[template(path = "accounts/signup.html")]
struct SignUpPage {
    chrome: Chrome,
    form: crate::form::Refilled,
}

#[derive(Template)]
#[template(path = "accounts/signin.html")]
struct SignInPage {
    chrome: Chrome,
    form: Refilled,
}

pub async fn signup_form(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
) -> Response {
    render(&SignUpPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        form: Default::default(),
    })
}

pub async fn signin_form(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
) -> Response {
    render(&SignInPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        form: Default::default(),
    })
}

#[derive(Deserialize)]
pub struct SignUpForm {
    csrf: String,
    handle: String,
    display_name: String,
    #[serde(default)]
    email: String,
    password: String,
}

/// Starts a session for `person` and redirects to `to`.
async fn start_session(state: &AppState, person: &Person, to: &str) -> Result<Response, PageError> {
    let token = random_token();
    let hash = hash_token(&token);
    let id = person.id.clone();
    let days = state.config.session_days;
    state
        .db
        .write(move |c| store::create_session(c, &id, &hash, days))
        .await?;
    let cookie = set_cookie(
        SESSION_COOKIE,
        &token,
        i64::from(days) * 86_400,
        "Lax",
        state.config.secure_cookies,
    );
    let mut resp = Redirect::to(to).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    // The person's own language and zone follow them to this browser.
    for v in crate::web::language::preference_cookies(
        person.language.as_deref(),
        person.time_zone.as_deref(),
        false,
        state.config.secure_cookies,
    ) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(resp)
}

pub async fn signup(
    State(state): State<AppState>,
    csrf: CsrfToken,
    PageForm(f): PageForm<SignUpForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let input = SignUp {
        handle: f.handle.clone(),
        display_name: f.display_name.clone(),
        email: Some(f.email.clone()),
        password: f.password,
    };
    let person = match service::sign_up(&state, input, false).await {
        Ok(p) => p,
        Err(e) => {
            // The form again, as entered (never the password), the refusal by its field.
            let values = [
                ("handle", f.handle.as_str()),
                ("display_name", f.display_name.as_str()),
                ("email", f.email.as_str()),
            ];
            return Refilled::answer(&values, e, signup_field, |form| {
                Ok(render(&SignUpPage {
                    chrome: state.chrome(None, &csrf),
                    form,
                }))
            });
        }
    };
    start_session(&state, &person, "/welcome").await
}

/// The sign-up field a refusal is about.
fn signup_field(e: &crate::error::AppError) -> Option<&'static str> {
    match e.code {
        "invalid_handle" | "handle_taken" | "already_exists" => Some("handle"),
        "invalid_password" | "weak_password" => Some("password"),
        "invalid_email" => Some("email"),
        "missing_field" | "invalid_field" => match e.detail.text_arg("field") {
            Some("display_name") => Some("display_name"),
            _ => None,
        },
        _ => None,
    }
}

#[derive(Deserialize)]
pub struct SignInForm {
    csrf: String,
    handle: String,
    password: String,
}

pub async fn signin(
    State(state): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    csrf: CsrfToken,
    PageForm(f): PageForm<SignInForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    match service::authenticate(&state, &f.handle, &f.password, &addr.ip().to_string()).await {
        Ok(person) => start_session(&state, &person, "/").await,
        // The handle kept, the refusal under the password (which is never sent back); a
        // sign-in refused for too many attempts is the error page, with its Retry-After.
        Err(e) => Refilled::answer(
            &[("handle", f.handle.as_str())],
            e,
            |e| (e.code == "wrong_credentials").then_some("password"),
            |form| {
                Ok(render(&SignInPage {
                    chrome: state.chrome(None, &csrf),
                    form,
                }))
            },
        ),
    }
}

pub async fn signout(
    State(state): State<AppState>,
    headers: HeaderMap,
    csrf: CsrfToken,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    if let Some(token) = crate::web::cookie(&headers, SESSION_COOKIE) {
        let hash = hash_token(token);
        state
            .db
            .write(move |c| store::delete_session(c, &hash))
            .await?;
    }
    let mut resp = Redirect::to("/").into_response();
    let gone = set_cookie(SESSION_COOKIE, "", 0, "Lax", state.config.secure_cookies);
    if let Ok(v) = HeaderValue::from_str(&gone) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(resp)
}

#[derive(Template)]
#[template(path = "accounts/people.html")]
struct PeoplePage {
    chrome: Chrome,
    people: Page<Person>,
    q: String,
}

pub async fn people(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Query(filter): Query<PeopleFilter>,
    paging: Paging,
) -> Result<Response, PageError> {
    let q = filter.q.clone().unwrap_or_default();
    let people = state
        .db
        .read(move |c| store::people_page(c, filter.q.as_deref(), &paging))
        .await?;
    Ok(render(&PeoplePage {
        chrome: state.chrome(v.as_ref(), &csrf),
        people,
        q,
    }))
}

#[derive(Template)]
#[template(path = "accounts/person.html")]
struct PersonPage {
    chrome: Chrome,
    person: Person,
    joined: String,
    is_self: bool,
    orgs: Vec<(Organization, String, String)>,
    panels: Vec<String>,
    events: Vec<Event>,
    renames: Vec<Rename>,
}

/// A person's page; the handle a person had before a rename leads to their new one.
pub async fn person(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    let panels = state.panels.clone();
    let found = state
        .db
        .read(move |c| {
            let Some(p) = store::person_by_handle(c, &handle)? else {
                return match handles::renamed_to(c, Owner::Person, &handle)? {
                    Some(new) => Ok(Err(new)),
                    None => Err(crate::error::AppError::not_found(crate::error::detail!(
                        "problem-no-person",
                        handle = crate::error::shown(&handle, 40)
                    ))),
                };
            };
            let orgs = orgs::orgs_of(c, &p.id)?;
            let url = format!("/people/{}", p.handle);
            let loaded = panels.load(c, "person", &p.id, &url)?;
            let events = crate::journal::history(c, ObjectKind::Person, &p.id)?;
            let renames = handles::renames_of(c, Owner::Person, &p.id)?;
            Ok(Ok((p, orgs, loaded, events, renames)))
        })
        .await?;
    let (person, orgs, loaded, events, renames) = match found {
        Ok(found) => found,
        Err(new) => return Ok(Redirect::permanent(&format!("/people/{new}")).into_response()),
    };
    let is_self = v.as_ref().is_some_and(|me| me.id.as_str() == person.id);
    Ok(render(&PersonPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        joined: crate::web::human_time(person.created_at),
        person,
        is_self,
        orgs,
        panels: loaded.render(&Looker {
            viewer: v.as_ref(),
            csrf: &csrf.0,
            form: None,
        }),
        events,
        renames,
    }))
}

#[derive(Template)]
#[template(path = "accounts/settings.html")]
struct SettingsPage {
    chrome: Chrome,
    person: Person,
    /// The instance's zone, named in the "same as the instance" choice.
    instance_zone: String,
    zones: &'static [String],
    email: String,
    tokens: Vec<TokenInfo>,
    new_token: Option<String>,
    /// A refused form of the page, as entered.
    form: Refilled,
}

async fn settings_page(
    state: &AppState,
    actor: Actor,
    csrf: &CsrfToken,
    new_token: Option<String>,
    form: Refilled,
) -> Result<Response, PageError> {
    let a = actor.clone();
    let (me, tokens) = state
        .db
        .read(move |c| {
            let me = super::auth::whole(c, &a)?;
            let tokens = store::list_tokens(c, &me.id)?;
            Ok((me, tokens))
        })
        .await?;
    Ok(render(&SettingsPage {
        chrome: state.chrome(Some(&actor), csrf),
        instance_zone: state.config.zone().name().to_string(),
        zones: crate::i18n::formats::zone_names(),
        email: me.email.clone().unwrap_or_default(),
        person: me,
        tokens,
        new_token,
        form,
    }))
}

/// The settings page again after a refusal of one of its forms: the form as entered, the
/// refusal beside its field (the error page when it names none).
async fn settings_refused(
    state: &AppState,
    actor: Actor,
    csrf: &CsrfToken,
    values: &[(&'static str, &str)],
    err: crate::error::AppError,
) -> Result<Response, PageError> {
    Refilled::answer_async(values, err, settings_field, |form| {
        settings_page(state, actor, csrf, None, form)
    })
    .await
}

/// The settings field a refusal is about; the fields of the page's forms have distinct
/// names (`token_name` for the new token's).
fn settings_field(e: &crate::error::AppError) -> Option<&'static str> {
    match e.code {
        "invalid_email" => Some("email"),
        "invalid_language" => Some("language"),
        "invalid_time_zone" => Some("time_zone"),
        "wrong_password" => Some("current_password"),
        "invalid_password" | "weak_password" => Some("new_password"),
        "missing_field" | "invalid_field" => match e.detail.text_arg("field") {
            Some("display_name") => Some("display_name"),
            Some("bio") => Some("bio"),
            Some("name") => Some("token_name"),
            _ => None,
        },
        _ => None,
    }
}

pub async fn settings(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
) -> Result<Response, PageError> {
    settings_page(&state, me, &csrf, None, Refilled::default()).await
}

#[derive(Deserialize)]
pub struct ProfileForm {
    csrf: String,
    display_name: String,
    #[serde(default)]
    bio: String,
    #[serde(default)]
    email: String,
}

pub async fn update_profile(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<ProfileForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let handle = me.handle.clone();
    let actor = me.clone();
    let saved = async {
        let display_name = model::one_line("display_name", &f.display_name, 100)?;
        let bio = model::text("bio", &f.bio, 2000)?;
        let email = model::validate_email(Some(&f.email))?;
        state
            .db
            .write(move |c| {
                let me = super::auth::whole(c, &me)?;
                store::update_profile(c, &me, &display_name, &bio, email)
            })
            .await
    }
    .await;
    match saved {
        Ok(_) => Ok(Redirect::to(&format!("/people/{handle}")).into_response()),
        Err(e) => {
            let values = [
                ("display_name", f.display_name.as_str()),
                ("bio", f.bio.as_str()),
                ("email", f.email.as_str()),
            ];
            settings_refused(&state, actor, &csrf, &values, e).await
        }
    }
}

#[derive(Deserialize)]
pub struct PreferencesForm {
    csrf: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    time_zone: String,
}

/// Saves the person's language and time zone, and sets them for this browser at once.
pub async fn update_preferences(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<PreferencesForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let actor = me.clone();
    let saved = async {
        let language = model::language(&f.language)?;
        let time_zone = model::time_zone(&f.time_zone)?;
        state
            .db
            .write(move |c| {
                let me = super::auth::whole(c, &me)?;
                store::set_preferences(c, &me, language, time_zone)
            })
            .await
    }
    .await;
    let saved = match saved {
        Ok(saved) => saved,
        Err(e) => {
            let values = [
                ("language", f.language.as_str()),
                ("time_zone", f.time_zone.as_str()),
            ];
            return settings_refused(&state, actor, &csrf, &values, e).await;
        }
    };
    let mut resp = Redirect::to("/settings").into_response();
    for v in crate::web::language::preference_cookies(
        saved.language.as_deref(),
        saved.time_zone.as_deref(),
        true,
        state.config.secure_cookies,
    ) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(resp)
}

#[derive(Deserialize)]
pub struct PasswordForm {
    csrf: String,
    current_password: String,
    new_password: String,
    /// The checkbox, checked by default; absent when unchecked.
    revoke_tokens: Option<String>,
}

pub async fn change_password(
    State(state): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<PasswordForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let keep = crate::web::cookie(&headers, SESSION_COOKIE).map(hash_token);
    let actor = me.clone();
    let person = state.db.read(move |c| super::auth::whole(c, &me)).await?;
    let changed = service::change_password(
        &state,
        &person,
        &f.current_password,
        f.new_password,
        service::Kept {
            session: keep,
            token: None,
            revoke_tokens: f.revoke_tokens.is_some(),
        },
        &addr.ip().to_string(),
    )
    .await;
    match changed {
        Ok(()) => Ok(Redirect::to("/settings").into_response()),
        // Passwords are never sent back: the form comes back empty, the refusal by its field.
        Err(e) => settings_refused(&state, actor, &csrf, &[], e).await,
    }
}

#[derive(Deserialize)]
pub struct TokenForm {
    csrf: String,
    name: String,
}

/// Creates a token and shows it once on the settings page (no redirect, so it is never
/// stored anywhere to be shown again).
pub async fn create_token(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<TokenForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let name = match service::token_name(&f.name) {
        Ok(name) => name,
        Err(e) => {
            return settings_refused(&state, me, &csrf, &[("token_name", f.name.as_str())], e)
                .await;
        }
    };
    let token = random_token();
    let hash = hash_token(&token);
    let id = me.id.clone();
    state
        .db
        .write(move |c| store::create_token(c, id.as_str(), &name, &hash))
        .await?;
    settings_page(&state, me, &csrf, Some(token), Refilled::default()).await
}

pub async fn revoke_token(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(id): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    state
        .db
        .write(move |c| store::revoke_token(c, me.id.as_str(), &id))
        .await?;
    Ok(Redirect::to("/settings").into_response())
}
