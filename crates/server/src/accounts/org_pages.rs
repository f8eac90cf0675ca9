//! Pages for organizations: list, create, the organization page (members, kind, history)
//! and its membership forms.

use super::model::{ACTIVE, INVITED, Member, OrgFilter, OrgKind, Organization, Role};
use super::store::handles::{self, Owner, Rename};
use super::{orgs, service, store};
use crate::error::{AppError, PageError};
use crate::form::Refilled;
use crate::journal::Event;
use crate::journal::ObjectKind;
use crate::state::AppState;
use crate::web::actor::{Actor, MaybeViewer, Viewer};
use crate::web::csrf::CsrfOnly;
use crate::web::csrf::CsrfToken;
use crate::web::extract::PageForm;
use crate::web::extract::{Path, Query};
use crate::web::paging::{Page, Paging};
use crate::web::panels::Looker;
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "accounts/orgs.html")]
struct OrgsPage {
    chrome: Chrome,
    orgs: Page<Organization>,
    q: String,
    kind: String,
    kinds: [OrgKind; 6],
}

pub async fn list(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Query(filter): Query<OrgFilter>,
    paging: Paging,
) -> Result<Response, PageError> {
    let q = filter.q.clone().unwrap_or_default();
    let kind = filter.kind.clone().unwrap_or_default();
    let orgs = state
        .db
        .read(move |c| orgs::orgs_page(c, &filter, &paging))
        .await?;
    Ok(render(&OrgsPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        orgs,
        q,
        kind,
        kinds: OrgKind::ALL,
    }))
}

#[derive(Template)]
#[template(path = "accounts/org_new.html")]
struct NewOrgPage {
    chrome: Chrome,
    kinds: [OrgKind; 6],
    /// The form as entered, after a refusal.
    form: crate::form::Refilled,
}

pub async fn new_form(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
) -> Response {
    render(&NewOrgPage {
        chrome: state.chrome(Some(&me), &csrf),
        kinds: OrgKind::ALL,
        form: Default::default(),
    })
}

#[derive(Deserialize)]
pub struct OrgForm {
    csrf: String,
    #[serde(default)]
    handle: String,
    name: String,
    kind: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    language: String,
}

impl OrgForm {
    fn fields(&self) -> Result<orgs::OrgFields, crate::error::AppError> {
        service::org_fields(
            &self.name,
            OrgKind::parse(&self.kind)?,
            &self.description,
            &self.website,
        )
    }
}

pub async fn create(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    PageForm(f): PageForm<OrgForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let viewer = me.clone();
    let made = async {
        let handle = f.handle.trim().to_string();
        super::model::validate_handle(&handle)?;
        let mut fields = f.fields()?;
        // Written in the language the form was shown in, unless the person says otherwise.
        fields.language = Some(crate::i18n::content::written_in(
            Some(&f.language),
            crate::i18n::current().lang,
        )?);
        state
            .db
            .write(move |c| orgs::create(c, &me, &handle, fields))
            .await
    }
    .await;
    match made {
        Ok(org) => Ok(Redirect::to(&format!("/orgs/{}", org.handle)).into_response()),
        Err(e) => {
            let entered = [
                ("handle", f.handle.as_str()),
                ("name", f.name.as_str()),
                ("kind", f.kind.as_str()),
                ("description", f.description.as_str()),
                ("website", f.website.as_str()),
            ];
            Refilled::answer(&entered, e, new_org_field, |form| {
                Ok(render(&NewOrgPage {
                    chrome: state.chrome(Some(&viewer), &csrf),
                    kinds: OrgKind::ALL,
                    form,
                }))
            })
        }
    }
}

/// The new-organization field a refusal is about.
fn new_org_field(e: &crate::error::AppError) -> Option<&'static str> {
    match e.code {
        "invalid_handle" | "handle_taken" | "already_exists" => Some("handle"),
        "invalid_kind" => Some("kind"),
        "invalid_website" => Some("website"),
        "missing_field" | "invalid_field" => match e.detail.text_arg("field") {
            Some("name") => Some("name"),
            Some("description") => Some("description"),
            _ => None,
        },
        _ => None,
    }
}

#[derive(Template)]
#[template(path = "accounts/org.html")]
struct OrgPage {
    chrome: Chrome,
    org: Organization,
    members: Vec<Member>,
    kinds: [OrgKind; 6],
    is_admin: bool,
    is_member: bool,
    invited: bool,
    events: Vec<Event>,
    renames: Vec<Rename>,
    /// What other domains show on an organization's page (its discussion, …).
    panels: Vec<String>,
    /// The name and description in the viewer's language, or as first written.
    shown: crate::i18n::content::Shown,
    original: crate::i18n::Lang,
    /// For the translations card.
    translations: Vec<crate::i18n::content::Version>,
    translate_at: String,
    describe_key: &'static str,
    describe_field: &'static str,
    /// A refused form of the page (invite, edit, translation), as entered.
    form: Refilled,
}

pub async fn show(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
) -> Result<Response, PageError> {
    org_page(&state, v, &csrf, handle, Refilled::default()).await
}

/// The organization page again after a refusal of one of its forms: the form as entered
/// (its fields named `invite-…`, `edit-…`, `translation-…`), the refusal beside the field
/// `field_of` names, with the refusal's status; the error page when it names none.
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
        org_page(state, Some(me), csrf, handle, form)
    })
    .await
}

async fn org_page(
    state: &AppState,
    v: Option<Actor>,
    csrf: &CsrfToken,
    handle: String,
    form: Refilled,
) -> Result<Response, PageError> {
    let viewer_id = v.as_ref().map(|p| p.id.clone());
    let panels = state.panels.clone();
    let found = state
        .db
        .read(move |c| {
            let Some(org) = orgs::org_by_handle(c, &handle)? else {
                return match handles::renamed_to(c, Owner::Organization, &handle)? {
                    Some(new) => Ok(Err(new)),
                    None => Err(crate::error::AppError::not_found(crate::error::detail!(
                        "problem-no-organization",
                        handle = crate::error::shown(&handle, 40)
                    ))),
                };
            };
            let members = orgs::members(c, &org.id)?;
            let mine = match viewer_id {
                Some(id) => orgs::membership(c, &org.id, id.as_str())?,
                None => None,
            };
            // Its whole record: the organization's events and its threads'.
            let events = crate::journal::record_of(
                c,
                crate::journal::Context::of(ObjectKind::Organization, &org.id),
                50,
            )?;
            let renames = handles::renames_of(c, Owner::Organization, &org.id)?;
            let url = format!("/orgs/{}", org.handle);
            let loaded = panels.load(c, "organization", &org.id, &url)?;
            let translations = orgs::translations(c, &org.id)?;
            Ok(Ok((
                org,
                members,
                mine,
                events,
                renames,
                loaded,
                translations,
            )))
        })
        .await?;
    let (org, members, mine, events, renames, loaded, translations) = match found {
        Ok(found) => found,
        Err(new) => return Ok(Redirect::permanent(&format!("/orgs/{new}")).into_response()),
    };
    let active = mine.as_ref().is_some_and(|m| m.state == ACTIVE);
    let original =
        crate::i18n::content::original(org.language.as_deref(), state.config.default_lang());
    let shown = crate::i18n::content::choose(
        original,
        &org.name,
        &org.description,
        &translations,
        crate::i18n::current().lang,
    );
    Ok(render(&OrgPage {
        shown,
        original,
        translate_at: format!("/orgs/{}/translations", org.handle),
        translations,
        describe_key: "field-description",
        describe_field: "description",
        chrome: state.chrome(v.as_ref(), csrf),
        form,
        is_admin: active && mine.as_ref().is_some_and(|m| m.role == "admin"),
        is_member: active,
        invited: mine.as_ref().is_some_and(|m| m.state == INVITED),
        org,
        members,
        kinds: OrgKind::ALL,
        events,
        renames,
        panels: loaded.render(&Looker {
            viewer: v.as_ref(),
            csrf: &csrf.0,
            form: None,
        }),
    }))
}

pub async fn edit(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<OrgForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let actor = me.clone();
    let at = handle.clone();
    let saved = async {
        let fields = f.fields()?;
        state
            .db
            .write(move |c| {
                let org = orgs::require_org(c, &at)?;
                orgs::update(c, &me, &org, fields)
            })
            .await
    }
    .await;
    match saved {
        Ok(org) => Ok(Redirect::to(&format!("/orgs/{}", org.handle)).into_response()),
        Err(e) => {
            let values = [
                ("edit-name", f.name.as_str()),
                ("edit-kind", f.kind.as_str()),
                ("edit-description", f.description.as_str()),
                ("edit-website", f.website.as_str()),
            ];
            refused(&state, actor, &csrf, handle, &values, e, |e| {
                new_org_field(e)
                    .filter(|f| *f != "handle")
                    .map(|f| match f {
                        "name" => "edit-name",
                        "kind" => "edit-kind",
                        "description" => "edit-description",
                        _ => "edit-website",
                    })
            })
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct InviteForm {
    csrf: String,
    handle: String,
    #[serde(default)]
    role: String,
}

pub async fn invite(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<InviteForm>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let to = format!("/orgs/{handle}");
    let actor = me.clone();
    let (at, invitee) = (handle.clone(), f.handle.trim().to_string());
    let invited = async {
        let role = if f.role.is_empty() {
            Role::Member
        } else {
            Role::parse(&f.role)?
        };
        state
            .db
            .write(move |c| {
                let org = orgs::require_org(c, &at)?;
                let invitee = store::require_person(c, &invitee)?;
                orgs::invite(c, &me, &org, &invitee.actor(), role)
            })
            .await
    }
    .await;
    match invited {
        Ok(_) => Ok(Redirect::to(&to).into_response()),
        Err(e) => {
            let values = [
                ("invite-handle", f.handle.as_str()),
                ("invite-role", f.role.as_str()),
            ];
            refused(&state, actor, &csrf, handle, &values, e, invite_field).await
        }
    }
}

/// The invitation field a refusal is about: the person named (unknown, already a member)
/// or the role.
fn invite_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_role" => Some("invite-role"),
        "not_found" | "already_member" | "already_invited" | "invalid_handle" => {
            Some("invite-handle")
        }
        _ => None,
    }
}

pub async fn accept(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let to = format!("/orgs/{handle}");
    state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &handle)?;
            orgs::accept(c, &me, &org)
        })
        .await?;
    Ok(Redirect::to(&to).into_response())
}

pub async fn leave(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let to = format!("/orgs/{handle}");
    state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &handle)?;
            orgs::leave(c, &me, &org)
        })
        .await?;
    Ok(Redirect::to(&to).into_response())
}

pub async fn remove(
    State(state): State<AppState>,
    Viewer(me): Viewer,
    csrf: CsrfToken,
    Path((handle, member)): Path<(String, String)>,
    PageForm(f): PageForm<CsrfOnly>,
) -> Result<Response, PageError> {
    csrf.verify(&f.csrf)?;
    let to = format!("/orgs/{handle}");
    state
        .db
        .write(move |c| {
            let org = orgs::require_org(c, &handle)?;
            let m = store::require_person(c, &member)?;
            orgs::remove(c, &me, &org, &m.actor())
        })
        .await?;
    Ok(Redirect::to(&to).into_response())
}
