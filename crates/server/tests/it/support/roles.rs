//! The shared check of who may do what: a call is tried by an anonymous client, by a
//! signed-in stranger and by the rightful role, on the API or through a page's form. The
//! refusals must be the expected statuses and must write nothing to the journal; the
//! rightful call must succeed. Every domain's `permissions.rs` lists its calls through it.

use super::TestApp;
use super::world::Person;
use reqwest::{Client, Method, Response};
use serde_json::Value;

/// An API call to try as each role.
pub struct ApiCall {
    pub method: Method,
    pub path: String,
    pub body: Option<Value>,
}

impl ApiCall {
    pub fn post(path: impl Into<String>, body: Value) -> ApiCall {
        ApiCall {
            method: Method::POST,
            path: path.into(),
            body: Some(body),
        }
    }
    pub fn put(path: impl Into<String>, body: Value) -> ApiCall {
        ApiCall {
            method: Method::PUT,
            path: path.into(),
            body: Some(body),
        }
    }
    pub fn patch(path: impl Into<String>, body: Value) -> ApiCall {
        ApiCall {
            method: Method::PATCH,
            path: path.into(),
            body: Some(body),
        }
    }
    /// A POST with no body.
    pub fn act(path: impl Into<String>) -> ApiCall {
        ApiCall {
            method: Method::POST,
            path: path.into(),
            body: None,
        }
    }
    pub fn delete(path: impl Into<String>) -> ApiCall {
        ApiCall {
            method: Method::DELETE,
            path: path.into(),
            body: None,
        }
    }

    async fn send(&self, app: &TestApp, who: Option<&Person>) -> Response {
        let mut rb = app
            .program()
            .request(self.method.clone(), app.url(&self.path));
        if let Some(p) = who {
            rb = rb.bearer_auth(&p.token);
        }
        if let Some(b) = &self.body {
            rb = rb.json(b);
        }
        rb.send().await.expect("send")
    }
}

impl TestApp {
    /// Tries `call` anonymously (401), as `stranger` when the call has one (with the
    /// status it must get), then as `rightful` (with the status it must get). Refusals
    /// journal nothing. Returns the rightful answer.
    pub async fn check_roles(
        &self,
        call: &ApiCall,
        stranger: Option<(&Person, u16)>,
        rightful: (&Person, u16),
    ) -> Response {
        let what = format!("{} {}", call.method, call.path);
        let before = self.journal_len().await;
        let r = call.send(self, None).await;
        assert_eq!(r.status().as_u16(), 401, "anonymous {what}");
        if let Some((p, want)) = stranger {
            let r = call.send(self, Some(p)).await;
            assert_eq!(
                r.status().as_u16(),
                want,
                "the stranger @{} {what}",
                p.handle
            );
        }
        assert_eq!(
            self.journal_len().await,
            before,
            "refusals journal nothing: {what}"
        );
        let (p, want) = rightful;
        let r = call.send(self, Some(p)).await;
        let status = r.status().as_u16();
        if status != want {
            let body = r.text().await.unwrap_or_default();
            panic!("@{} {what}: {status}, not {want}: {body}", p.handle);
        }
        r
    }

    /// Tries a form: anonymously (401, with a form token of its own from `/signin`), as
    /// the `stranger` browser when the form has one, then as `rightful` (200 once its
    /// redirect is followed). Refusals journal nothing. Returns the rightful answer.
    pub async fn check_form_roles(
        &self,
        action: &str,
        fields: &[(&str, &str)],
        stranger: Option<(&Client, u16)>,
        rightful: &Client,
    ) -> Response {
        let before = self.journal_len().await;
        let anon = self.browser();
        let r = self.post_form(&anon, "/signin", action, fields).await;
        assert_eq!(r.status().as_u16(), 401, "anonymous {action}");
        if let Some((b, want)) = stranger {
            let r = self.post_form(b, "/settings", action, fields).await;
            assert_eq!(r.status().as_u16(), want, "a stranger {action}");
        }
        assert_eq!(
            self.journal_len().await,
            before,
            "refusals journal nothing: {action}"
        );
        let r = self.post_form(rightful, "/settings", action, fields).await;
        let status = r.status().as_u16();
        if status != 200 {
            let body = r.text().await.unwrap_or_default();
            panic!("rightful {action}: {status}: {body}");
        }
        r
    }
}
