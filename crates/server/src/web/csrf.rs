//! CSRF protection for forms: a double-submit token bound to the session. Each browser gets
//! a random nonce in an HttpOnly SameSite=Strict cookie; every form carries, in a hidden
//! field, a digest of that nonce and of the browser's session cookie, and every form POST
//! must present the field that matches both cookies. A forged cross-site form cannot read
//! the cookies, so it cannot fill in the field; and a nonce planted from elsewhere (a
//! sibling subdomain can set cookies) does not help without the victim's session, which
//! is HttpOnly too. The JSON API does not use cookies at all, so it needs no token.

use crate::error::{AppError, detail};
use crate::state::AppState;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderValue, header, request::Parts};
use axum::middleware::Next;
use axum::response::Response;

pub const COOKIE: &str = "cf_csrf";

/// The token of this browser and session, for forms to embed.
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

impl CsrfToken {
    /// Checks a submitted form token against the cookie's, in constant time.
    pub fn verify(&self, submitted: &str) -> Result<(), AppError> {
        let a = self.0.as_bytes();
        let b = submitted.as_bytes();
        let same =
            a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0;
        if same && !a.is_empty() {
            Ok(())
        } else {
            Err(AppError::forbidden(detail!("problem-csrf-failed")).with_code("csrf_failed"))
        }
    }
}

fn well_formed(t: &str) -> bool {
    t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The form token of a nonce and a session cookie (empty when signed out).
pub(crate) fn bound(nonce: &str, session: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(b"commonfare csrf\0")
        .chain_update(nonce.as_bytes())
        .chain_update(b"\0")
        .chain_update(session.as_bytes())
        .finalize();
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Gives every page request a token, setting the nonce cookie when the browser has none.
pub async fn middleware(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let existing = super::cookie(req.headers(), COOKIE)
        .filter(|t| well_formed(t))
        .map(str::to_owned);
    let fresh = existing.is_none();
    let token = existing.unwrap_or_else(super::random_token);
    let session = super::cookie(req.headers(), super::actor::SESSION_COOKIE).unwrap_or("");
    let form_token = bound(&token, session);
    req.extensions_mut().insert(CsrfToken(form_token));
    let mut resp = next.run(req).await;
    if fresh {
        let c = super::set_cookie(
            COOKIE,
            &token,
            60 * 60 * 24 * 365,
            "Strict",
            state.config.secure_cookies,
        );
        if let Ok(v) = HeaderValue::from_str(&c) {
            resp.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    resp
}

impl<S: Send + Sync> FromRequestParts<S> for CsrfToken {
    type Rejection = crate::error::PageError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<CsrfToken>()
            .cloned()
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("CSRF middleware missing")).into())
    }
}

#[cfg(test)]
mod tests {
    use super::bound;

    #[test]
    fn the_form_token_depends_on_the_nonce_and_the_session() {
        let n = "a".repeat(64);
        assert_eq!(bound(&n, "s1"), bound(&n, "s1"));
        assert_ne!(bound(&n, "s1"), bound(&n, "s2"));
        assert_ne!(bound(&n, ""), bound(&"b".repeat(64), ""));
        assert_ne!(bound(&n, ""), n, "the field is never the cookie itself");
    }
}

/// A form that carries nothing but its token: a button that acts (remove, accept, leave).
#[derive(serde::Deserialize)]
pub struct CsrfOnly {
    pub csrf: String,
}
