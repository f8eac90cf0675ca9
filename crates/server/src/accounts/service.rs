//! Flows shared by the API and the pages: validate input, do the slow password work off
//! the transaction (argon2 would otherwise hold SQLite's write lock), then write.

use super::model::{self, OrgKind, Person};
use super::orgs::OrgFields;
use super::password;
use super::store::{self, NewPerson};
use crate::error::{AppError, detail};
use crate::state::AppState;
use serde::Deserialize;
use utoipa::ToSchema;

/// Sign-up input.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignUp {
    /// 2–40 lowercase letters, digits and single `-` or `_`, starting with a letter and
    /// ending with a letter or digit (the one rule for handles).
    #[schema(
        pattern = r"^[a-z][a-z0-9]*([-_][a-z0-9]+)*$",
        min_length = 2,
        max_length = 40
    )]
    pub handle: String,
    /// One line, at most 100 characters.
    #[schema(
        pattern = r"^[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f][^\x00-\x1f\x7f-\x9f]*$",
        max_length = 100
    )]
    pub display_name: String,
    /// Optional; private (never shown to others, never journaled).
    #[serde(default)]
    #[schema(pattern = r"^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$", max_length = 254)]
    pub email: Option<String>,
    /// 10 to 1 024 characters.
    #[schema(min_length = 10, max_length = 1024)]
    pub password: String,
}

async fn hash_off_thread(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || password::hash(&password))
        .await
        .map_err(AppError::internal)?
}

pub async fn sign_up(state: &AppState, input: SignUp, is_admin: bool) -> Result<Person, AppError> {
    let handle = input.handle.trim().to_string();
    model::validate_handle(&handle)?;
    let display_name = model::one_line("display_name", &input.display_name, 100)?;
    let email = model::validate_email(input.email.as_deref())?;
    model::validate_password(&input.password)?;
    let password_hash = hash_off_thread(input.password).await?;
    state
        .db
        .write(move |c| {
            store::create_person(
                c,
                NewPerson {
                    handle,
                    display_name,
                    email,
                    password_hash,
                    is_admin,
                },
            )
        })
        .await
}

/// Checks a handle and password with rate limiting; the error never says which was wrong.
pub async fn authenticate(
    state: &AppState,
    handle: &str,
    password: &str,
    address: &str,
) -> Result<Person, AppError> {
    let handle = handle.trim().to_ascii_lowercase();
    let limiter = state.owned::<super::limiter::LoginLimiter>();
    // Counted before the password is checked: parallel guesses cannot outrun the limit.
    let attempt = limiter.begin(&handle, address)?;
    let h = handle.clone();
    let person = state
        .db
        .read(move |c| store::person_by_handle(c, &h))
        .await?;
    let pw = password.to_string();
    let (person, ok) = tokio::task::spawn_blocking(move || match person {
        Some(p) => {
            let ok = password::verify(&pw, &p.password_hash);
            (Some(p), ok)
        }
        None => {
            password::verify_dummy(&pw);
            (None, false)
        }
    })
    .await
    .map_err(AppError::internal)?;
    match person {
        Some(p) if ok => {
            limiter.succeeded(attempt);
            Ok(p)
        }
        _ => Err(AppError::unauthorized(detail!("problem-wrong-credentials"))
            .with_code("wrong_credentials")),
    }
}

/// Changes a password after checking the current one; other sessions end.
pub async fn change_password(
    state: &AppState,
    person: &Person,
    current: &str,
    new: String,
    keep: Kept,
    address: &str,
) -> Result<(), AppError> {
    model::validate_password(&new)?;
    authenticate(state, &person.handle, current, address)
        .await
        .map_err(|e| {
            if e.code == "wrong_credentials" {
                AppError::forbidden(detail!("problem-wrong-password")).with_code("wrong_password")
            } else {
                e
            }
        })?;
    let hash = hash_off_thread(new).await?;
    let id = person.id.clone();
    state
        .db
        .write(move |c| {
            store::set_password(c, &id, &hash, keep.session.as_deref())?;
            if keep.revoke_tokens {
                store::revoke_tokens_except(c, &id, keep.token.as_deref())?;
            }
            Ok(())
        })
        .await
}

/// What a password change leaves working: every other browser session ends; API tokens
/// are revoked too unless the person chose to keep them, but never the session or the
/// token that asked for the change (hashes, as stored).
pub struct Kept {
    pub session: Option<String>,
    pub token: Option<String>,
    pub revoke_tokens: bool,
}

/// Organization fields as sent by a client.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrgInput {
    pub name: String,
    pub kind: OrgKind,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub website: String,
    /// The language name and description are written in: `en`, `fr`, `it` or `es`
    /// (absent: as it was).
    #[schema(pattern = "^(en|fr|it|es)$")]
    pub language: Option<String>,
}

pub fn org_fields(
    name: &str,
    kind: OrgKind,
    description: &str,
    website: &str,
) -> Result<OrgFields, AppError> {
    Ok(OrgFields {
        name: model::one_line("name", name, 120)?,
        kind,
        description: model::text("description", description, 5000)?,
        website: model::validate_website(website)?,
        language: None,
    })
}

/// API token names: what the program is, for the owner's list.
pub fn token_name(name: &str) -> Result<String, AppError> {
    model::one_line("name", name, 80)
}
