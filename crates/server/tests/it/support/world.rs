//! Builders that set up a test's world in a few lines, through the public API as real use
//! would: `app.person("ada")`, `app.org("bakery").admin(&ada).member(&bob)`,
//! `app.commons("rye").maintained_by(&ada).file("a.md", "…")`,
//! `app.change(&rye).by(&bob).add("b.md", "…").accepted_by(&ada)`,
//! `app.treasury("organization", "bakery").opened_by(&ada).flagged("bank", "asset", "EUR")`.
//! Each builder is awaited
//! to make its object, and fails the test at once if the instance refuses.

use super::TestApp;
use reqwest::Client;
use serde_json::{Value, json};
use std::future::{Future, IntoFuture};
use std::pin::Pin;

/// The password every built person has.
pub const PASSWORD: &str = "correct horse battery";

type Boxed<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A person with an API token.
#[derive(Clone, Debug)]
pub struct Person {
    pub handle: String,
    pub token: String,
}

/// An organization, by handle.
#[derive(Clone, Debug)]
pub struct Org {
    pub handle: String,
}

/// A commons, by handle.
#[derive(Clone, Debug)]
pub struct Commons {
    pub handle: String,
}

/// A contribution to a commons, by number.
#[derive(Clone, Debug)]
pub struct Contribution {
    pub commons: String,
    pub number: i64,
}

impl Commons {
    /// Its API address, with `rest` appended (`"/threads"`).
    pub fn api(&self, rest: &str) -> String {
        format!("/api/v1/commons/{}{rest}", self.handle)
    }

    /// Its page address, with `rest` appended.
    pub fn page(&self, rest: &str) -> String {
        format!("/commons/{}{rest}", self.handle)
    }
}

impl Contribution {
    /// Its API address, with `rest` appended (`"/accept"`).
    pub fn api(&self, rest: &str) -> String {
        format!(
            "/api/v1/commons/{}/contributions/{}{rest}",
            self.commons, self.number
        )
    }
}

impl TestApp {
    /// Sends `body` as JSON with `who`'s token; asserts the status `want` and returns the
    /// answer's JSON (Null when it has none).
    pub async fn call_as(
        &self,
        who: Option<&Person>,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
        want: u16,
    ) -> Value {
        let mut rb = self.program().request(method.clone(), self.url(path));
        if let Some(p) = who {
            rb = rb.bearer_auth(&p.token);
        }
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        let r = rb.send().await.expect("send");
        let status = r.status().as_u16();
        let text = r.text().await.unwrap_or_default();
        assert_eq!(status, want, "{method} {path}: {text}");
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }

    /// POSTs `body` as `who` and expects `want`.
    pub async fn post_as(&self, who: &Person, path: &str, body: Value, want: u16) -> Value {
        self.call_as(Some(who), reqwest::Method::POST, path, Some(body), want)
            .await
    }

    /// A resource put up for lending by `by` (its steward, or an admin of the
    /// organization `body` names), with the fields of `body` over a tool of one item;
    /// returns its id.
    pub async fn resource(&self, by: &Person, body: Value) -> String {
        let mut b = json!({"kind": "tool", "name": "Drill", "quantity": 1});
        if let (Some(b), Value::Object(extra)) = (b.as_object_mut(), body) {
            b.extend(extra);
        }
        let r = self.post_as(by, "/api/v1/resources", b, 201).await;
        r["id"].as_str().expect("resource id").to_string()
    }

    /// A person signed up through the API, with a token.
    pub async fn person(&self, handle: &str) -> Person {
        Person {
            handle: handle.to_string(),
            token: self.api_user(handle).await,
        }
    }

    /// A browser signed in as `p` through the sign-in form.
    pub async fn browser_of(&self, p: &Person) -> Client {
        let b = self.browser();
        let r = self
            .post_form(
                &b,
                "/signin",
                "/signin",
                &[("handle", &p.handle), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(
            r.status(),
            reqwest::StatusCode::OK,
            "sign-in of {}",
            p.handle
        );
        b
    }

    /// An organization to build; `.admin(&p)` is required.
    pub fn org<'a>(&'a self, handle: &'a str) -> OrgBuilder<'a> {
        OrgBuilder {
            app: self,
            handle,
            kind: "cooperative",
            admin: None,
            members: Vec::new(),
            invited: Vec::new(),
        }
    }

    /// A commons to build; `.maintained_by(&p)` is required.
    pub fn commons<'a>(&'a self, handle: &'a str) -> CommonsBuilder<'a> {
        CommonsBuilder {
            app: self,
            handle,
            kind: "knowledge",
            licence: "CC0-1.0",
            home: None,
            maintainer: None,
            files: Vec::new(),
        }
    }

    /// The treasury of the organization, commons or person `handle` (`owner` says which),
    /// with its accounts; `.opened_by(&p)` is required (an admin, a maintainer, the
    /// person).
    pub fn treasury<'a>(&'a self, owner: &'static str, handle: &'a str) -> TreasuryBuilder<'a> {
        TreasuryBuilder {
            app: self,
            owner,
            handle,
            steward: None,
            accounts: Vec::new(),
        }
    }

    /// A change to propose to `commons`; `.by(&p)` and at least one file are required.
    pub fn change<'a>(&'a self, commons: &'a Commons) -> ChangeBuilder<'a> {
        ChangeBuilder {
            app: self,
            commons,
            author: None,
            message: "A change made by a test",
            files: Vec::new(),
            accepted_by: None,
        }
    }
}

pub struct OrgBuilder<'a> {
    app: &'a TestApp,
    handle: &'a str,
    kind: &'a str,
    admin: Option<&'a Person>,
    members: Vec<(&'a Person, &'static str)>,
    invited: Vec<&'a Person>,
}

impl<'a> OrgBuilder<'a> {
    pub fn kind(mut self, kind: &'a str) -> Self {
        self.kind = kind;
        self
    }
    /// Who creates it (its first admin).
    pub fn admin(mut self, p: &'a Person) -> Self {
        self.admin = Some(p);
        self
    }
    /// Invited, and accepted.
    pub fn member(mut self, p: &'a Person) -> Self {
        self.members.push((p, "member"));
        self
    }
    /// Invited as an admin, and accepted.
    pub fn co_admin(mut self, p: &'a Person) -> Self {
        self.members.push((p, "admin"));
        self
    }
    /// Invited, not yet accepted.
    pub fn invited(mut self, p: &'a Person) -> Self {
        self.invited.push(p);
        self
    }
}

impl<'a> IntoFuture for OrgBuilder<'a> {
    type Output = Org;
    type IntoFuture = Boxed<'a, Org>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            let app = self.app;
            let admin = self.admin.expect("an organization needs .admin(&person)");
            let h = self.handle;
            let name = format!("The {h}");
            app.post_as(
                admin,
                "/api/v1/orgs",
                json!({"handle": h, "name": name, "kind": self.kind}),
                201,
            )
            .await;
            let invitations = format!("/api/v1/orgs/{h}/invitations");
            for (p, role) in &self.members {
                let invite = json!({"handle": p.handle, "role": role});
                app.post_as(admin, &invitations, invite, 204).await;
            }
            for p in &self.invited {
                let invite = json!({"handle": p.handle});
                app.post_as(admin, &invitations, invite, 204).await;
            }
            for (p, _) in &self.members {
                let accept = format!("/api/v1/orgs/{h}/accept");
                app.call_as(Some(p), reqwest::Method::POST, &accept, None, 204)
                    .await;
            }
            Org {
                handle: h.to_string(),
            }
        })
    }
}

pub struct CommonsBuilder<'a> {
    app: &'a TestApp,
    handle: &'a str,
    kind: &'a str,
    licence: &'a str,
    home: Option<&'a Org>,
    maintainer: Option<&'a Person>,
    files: Vec<(&'a str, &'a str)>,
}

impl<'a> CommonsBuilder<'a> {
    /// Who creates it (its first maintainer).
    pub fn maintained_by(mut self, p: &'a Person) -> Self {
        self.maintainer = Some(p);
        self
    }
    pub fn kind(mut self, kind: &'a str) -> Self {
        self.kind = kind;
        self
    }
    pub fn licence(mut self, licence: &'a str) -> Self {
        self.licence = licence;
        self
    }
    /// Its home organization (the maintainer must be a member).
    pub fn home(mut self, org: &'a Org) -> Self {
        self.home = Some(org);
        self
    }
    /// A file of its first accepted change (contribution 1, revision 2).
    pub fn file(mut self, path: &'a str, content: &'a str) -> Self {
        self.files.push((path, content));
        self
    }
}

impl<'a> IntoFuture for CommonsBuilder<'a> {
    type Output = Commons;
    type IntoFuture = Boxed<'a, Commons>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            let app = self.app;
            let by = self
                .maintainer
                .expect("a commons needs .maintained_by(&person)");
            let mut body = json!({"handle": self.handle, "name": format!("The {}", self.handle),
                "summary": "Made by a test.", "kind": self.kind, "licence": self.licence});
            if let Some(org) = self.home {
                body["home_org"] = org.handle.clone().into();
            }
            app.post_as(by, "/api/v1/commons", body, 201).await;
            let commons = Commons {
                handle: self.handle.to_string(),
            };
            if !self.files.is_empty() {
                let mut change = app.change(&commons).by(by).accepted_by(by);
                for (path, content) in self.files {
                    change = change.add(path, content);
                }
                change.await;
            }
            commons
        })
    }
}

pub struct ChangeBuilder<'a> {
    app: &'a TestApp,
    commons: &'a Commons,
    author: Option<&'a Person>,
    message: &'a str,
    files: Vec<Value>,
    accepted_by: Option<&'a Person>,
}

impl<'a> ChangeBuilder<'a> {
    pub fn by(mut self, p: &'a Person) -> Self {
        self.author = Some(p);
        self
    }
    /// What the change says it does.
    pub fn message(mut self, message: &'a str) -> Self {
        self.message = message;
        self
    }
    /// Adds a text file.
    pub fn add(mut self, path: &str, content: &str) -> Self {
        self.files
            .push(json!({"path": path, "op": "add", "content": content}));
        self
    }
    /// Replaces the text of an existing file.
    pub fn modify(mut self, path: &str, content: &str) -> Self {
        self.files
            .push(json!({"path": path, "op": "modify", "content": content}));
        self
    }
    /// Removes a file.
    pub fn delete(mut self, path: &str) -> Self {
        self.files.push(json!({"path": path, "op": "delete"}));
        self
    }
    /// Accepted at once by this maintainer.
    pub fn accepted_by(mut self, p: &'a Person) -> Self {
        self.accepted_by = Some(p);
        self
    }
}

impl<'a> IntoFuture for ChangeBuilder<'a> {
    type Output = Contribution;
    type IntoFuture = Boxed<'a, Contribution>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            let app = self.app;
            let author = self.author.expect("a change needs .by(&person)");
            assert!(!self.files.is_empty(), "a change needs a file");
            let body = json!({"message": self.message, "files": self.files});
            let v = app
                .post_as(author, &self.commons.api("/changes"), body, 201)
                .await;
            let k = Contribution {
                commons: self.commons.handle.clone(),
                number: v["number"].as_i64().expect("the contribution's number"),
            };
            if let Some(m) = self.accepted_by {
                app.post_as(m, &k.api("/accept"), json!({}), 200).await;
            }
            k
        })
    }
}

/// A treasury, by handle.
#[derive(Clone, Debug)]
pub struct Treasury {
    pub handle: String,
}

impl Treasury {
    /// Its API address, with `rest` appended (`"/income"`).
    pub fn api(&self, rest: &str) -> String {
        format!("/api/v1/treasuries/{}{rest}", self.handle)
    }
}

pub struct TreasuryBuilder<'a> {
    app: &'a TestApp,
    owner: &'static str,
    handle: &'a str,
    steward: Option<&'a Person>,
    accounts: Vec<(&'a str, &'a str, &'a str, bool)>,
}

impl<'a> TreasuryBuilder<'a> {
    /// Who opens it, and so becomes a steward.
    pub fn opened_by(mut self, p: &'a Person) -> Self {
        self.steward = Some(p);
        self
    }
    /// An account of `kind` in `unit`.
    pub fn account(mut self, name: &'a str, kind: &'a str, unit: &'a str) -> Self {
        self.accounts.push((name, kind, unit, false));
        self
    }
    /// An account that must not go negative.
    pub fn flagged(mut self, name: &'a str, kind: &'a str, unit: &'a str) -> Self {
        self.accounts.push((name, kind, unit, true));
        self
    }
}

impl<'a> IntoFuture for TreasuryBuilder<'a> {
    type Output = Treasury;
    type IntoFuture = Boxed<'a, Treasury>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            let app = self.app;
            let steward = self.steward.expect("a treasury needs .opened_by(&person)");
            let open = json!({"owner": self.owner, "handle": self.handle});
            app.post_as(steward, "/api/v1/treasuries", open, 201).await;
            let t = Treasury {
                handle: self.handle.to_string(),
            };
            for (name, kind, unit, flagged) in self.accounts {
                let body = json!({"name": name, "kind": kind, "unit": unit, "must_not_go_negative": flagged});
                app.post_as(steward, &t.api("/accounts"), body, 201).await;
            }
            t
        })
    }
}
