//! `TestApp`: the real router on a fresh database per test, driven over real HTTP.
//! `COMMONFARE_TEST_DATABASE_URL` unset → a SQLite file in a temp dir; set to
//! `postgres://USER@HOST:PORT/DB` → a fresh `cf_t_<random>` database there, dropped after.
//! `world` builds people, organizations, commons and changes through the API; `roles` is
//! the shared anonymous / stranger / rightful-role check.

mod roles;
mod world;

pub use roles::ApiCall;
pub use world::{Commons, Contribution, PASSWORD, Person};

use commonfare::app::AppState;
use commonfare::config::Config;
use diesel::Connection;
use diesel::RunQueryDsl;
use diesel::pg::PgConnection;
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};
use std::net::SocketAddr;

pub struct TestApp {
    pub addr: SocketAddr,
    pub state: AppState,
    server: tokio::task::JoinHandle<()>,
    _dir: tempfile::TempDir,
    pg: Option<(String, String)>,
}

fn random_suffix() -> String {
    commonfare::web::random_token()[..12].to_string()
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|_| {}).await
    }

    pub async fn spawn_with(tweak: impl FnOnce(&mut Config)) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut cfg = Config {
            data_dir: dir.path().to_path_buf(),
            pool_size: 4,
            ..Config::default()
        };
        let mut pg = None;
        if let Ok(base) = std::env::var("COMMONFARE_TEST_DATABASE_URL")
            && !base.trim().is_empty()
        {
            let name = format!("cf_t_{}", random_suffix());
            let mut admin =
                PgConnection::establish(&base).expect("connect to COMMONFARE_TEST_DATABASE_URL");
            diesel::sql_query(format!("CREATE DATABASE {name}"))
                .execute(&mut admin)
                .expect("create test database");
            let (prefix, _) = base.rsplit_once('/').expect("postgres URL ends with /DB");
            cfg.database_url = format!("{prefix}/{name}");
            pg = Some((base.clone(), name));
        }
        tweak(&mut cfg);
        let state = commonfare::app::state(cfg).expect("app state");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let s = state.clone();
        let server = tokio::spawn(async move {
            commonfare::app::serve(listener, s, std::future::pending())
                .await
                .expect("server");
        });
        TestApp {
            addr,
            state,
            server,
            _dir: dir,
            pg,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// A browser: keeps cookies, follows redirects.
    pub fn browser(&self) -> Client {
        Client::builder()
            .cookie_store(true)
            .build()
            .expect("client")
    }

    /// A program: no cookies.
    pub fn program(&self) -> Client {
        Client::new()
    }

    /// Fires `n` requests at once, the way a race is lost in production: each on its own
    /// client whose connection is opened beforehand, all released together by a barrier.
    /// `request(i, client)` builds the i-th; returns each one's status and body, in order.
    /// Every invariant that spans rows is tried with it, on both engines.
    pub async fn race<F, Fut>(&self, n: usize, request: F) -> Vec<(u16, String)>
    where
        F: Fn(usize, Client) -> Fut,
        Fut: std::future::Future<Output = reqwest::Result<Response>> + Send + 'static,
    {
        let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(n));
        let mut tasks = Vec::new();
        for i in 0..n {
            let client = Client::builder()
                .pool_max_idle_per_host(1)
                .build()
                .expect("client");
            let warm = client.get(self.url("/ping")).send().await.expect("warm up");
            assert!(warm.status().is_success());
            let fut = request(i, client);
            let barrier = barrier.clone();
            tasks.push(tokio::spawn(async move {
                barrier.wait().await;
                let r = fut.await.expect("request");
                let status = r.status().as_u16();
                (status, r.text().await.unwrap_or_default())
            }));
        }
        let mut out = Vec::new();
        for t in tasks {
            out.push(t.await.expect("task"));
        }
        out
    }

    /// Fetches a page as `browser` and returns its HTML, asserting a 200.
    pub async fn page(&self, browser: &Client, path: &str) -> String {
        let r = browser.get(self.url(path)).send().await.expect("get");
        let status = r.status();
        let body = r.text().await.unwrap_or_default();
        assert_eq!(status, reqwest::StatusCode::OK, "GET {path}: {body}");
        body
    }

    /// Fetches a page and returns the CSRF token of its forms.
    pub async fn csrf(&self, browser: &Client, path: &str) -> String {
        let html = browser
            .get(self.url(path))
            .send()
            .await
            .expect("get")
            .text()
            .await
            .expect("text");
        let marker = "name=\"csrf\" value=\"";
        let start = html
            .find(marker)
            .unwrap_or_else(|| panic!("no CSRF field on {path}"))
            + marker.len();
        html[start..start + 64].to_string()
    }

    /// Posts a form with a fresh CSRF token from `form_page`.
    pub async fn post_form(
        &self,
        browser: &Client,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        let token = self.csrf(browser, form_page).await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", &token)];
        all.extend_from_slice(fields);
        browser
            .post(self.url(action))
            .form(&all)
            .send()
            .await
            .expect("post")
    }

    /// Signs up through the pages; returns the signed-in browser.
    pub async fn signed_in_browser(&self, handle: &str) -> Client {
        let b = self.browser();
        let r = self
            .post_form(
                &b,
                "/signup",
                "/signup",
                &[
                    ("handle", handle),
                    ("display_name", &format!("{handle} tester")),
                    ("password", "correct horse battery"),
                ],
            )
            .await;
        assert_eq!(
            r.status(),
            StatusCode::OK,
            "sign-up of {handle} should land on the profile"
        );
        b
    }

    /// Signs up through the API and returns a bearer token.
    pub async fn api_user(&self, handle: &str) -> String {
        let c = self.program();
        let r = c
            .post(self.url("/api/v1/people"))
            .json(&json!({"handle": handle, "display_name": handle, "password": "correct horse battery"}))
            .send()
            .await
            .expect("sign up");
        assert_eq!(
            r.status(),
            StatusCode::CREATED,
            "{}",
            r.text().await.unwrap_or_default()
        );
        let r = c
            .post(self.url("/api/v1/tokens"))
            .json(&json!({"name": "tests", "handle": handle, "password": "correct horse battery"}))
            .send()
            .await
            .expect("token");
        assert_eq!(r.status(), StatusCode::CREATED);
        let v: Value = r.json().await.expect("json");
        v["token"].as_str().expect("token field").to_string()
    }

    /// Number of journal events.
    pub async fn journal_len(&self) -> i64 {
        self.state
            .db
            .read(commonfare::journal::store::count)
            .await
            .expect("count")
    }

    /// Number of rows in a table (to check nothing was half-written).
    pub async fn rows(&self, table: &'static str) -> i64 {
        self.count(format!("SELECT COUNT(*) AS n FROM {table}"))
            .await
    }

    /// The number a query gives as `n` (e.g. `SELECT COUNT(*) AS n FROM … WHERE …`).
    pub async fn count(&self, sql: String) -> i64 {
        #[derive(diesel::QueryableByName)]
        struct N {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        self.state
            .db
            .read(move |c| {
                let r: N = diesel::sql_query(sql)
                    .get_result(c)
                    .map_err(commonfare::error::AppError::internal)?;
                Ok(r.n)
            })
            .await
            .expect("count")
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
        if let Some((base, name)) = self.pg.take() {
            // FORCE ends the pool's connections, which may still be open.
            if let Ok(mut admin) = PgConnection::establish(&base) {
                let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut admin);
            }
        }
    }
}

/// Asserts a problem+json answer with the given status and code; returns its body.
pub async fn expect_problem(r: Response, status: u16, code: &str) -> Value {
    let got = r.status().as_u16();
    let ctype = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = r.text().await.unwrap_or_default();
    assert_eq!(got, status, "expected {status} {code}, got {got}: {body}");
    assert_eq!(ctype, "application/problem+json", "body: {body}");
    let v: Value = serde_json::from_str(&body).expect("problem JSON");
    assert_eq!(v["code"], code, "body: {body}");
    assert!(
        !v["detail"].as_str().unwrap_or("").is_empty(),
        "problem has a detail"
    );
    v
}

/// Asserts an HTML error page with the given status that mentions `needle`.
pub async fn expect_page_error(r: Response, status: u16, needle: &str) {
    let got = r.status().as_u16();
    let ctype = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = r.text().await.unwrap_or_default();
    assert_eq!(got, status, "expected {status}, got {got}: {body}");
    assert!(ctype.starts_with("text/html"), "{ctype}");
    assert!(body.contains(needle), "page should say {needle:?}: {body}");
}
