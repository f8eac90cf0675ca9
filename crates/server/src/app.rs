//! The assembly: the state with every domain installed, the router, and the serve loop
//! with graceful shutdown.

use crate::accounts;
use crate::config::Config;
use crate::error::{ApiError, AppError, PageError, detail};
use crate::web::{assets, csrf};
use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{StatusCode, Uri};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::net::SocketAddr;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;

pub use crate::state::AppState;

/// The whole application's state: the kernel's, with each domain installed. A new domain
/// adds its one line here.
pub fn state(config: Config) -> anyhow::Result<AppState> {
    let mut state = AppState::new(config)?;
    crate::journal::install(&mut state, crate::ops::EVENT_TYPES, crate::ops::CONTEXTS);
    crate::journal::seal(&state.db)?;
    crate::metrics::install(&mut state);
    crate::accounts::install(&mut state)?;
    crate::accounts::set_phyle_member_rule(crate::coalition::phyle_member_rule);
    crate::ledger::set_comment_source(crate::discussion::commons_comments_in_period);
    crate::commons::install(&mut state);
    crate::budgets::install(&mut state);
    crate::lending::install(&mut state);
    let panels = state.panels_mut();
    panels.register("commons", crate::coalition::licence_panel);
    panels.register("commons", crate::discussion::commons_panel);
    panels.register("contribution", crate::discussion::contribution_panel);
    panels.register("person", crate::commons::person_panel);
    panels.register("person", crate::coalition::affiliations_panel);
    panels.register("organization", crate::discussion::organization_panel);
    panels.register("organization", crate::bodies::organization_panel);
    panels.register("organization", crate::ledger::treasury_panel);
    panels.register("commons", crate::ledger::treasury_panel);
    panels.register("person", crate::ledger::treasury_panel);
    panels.register("body", crate::ledger::treasury_panel);
    panels.register("person", crate::ledger::paid_back_panel);
    panels.register("organization", crate::coalition::standing_panel);
    panels.register("organization", crate::coalition::organization_panel);
    panels.register("body", crate::discussion::body_panel);
    panels.register("decision", crate::discussion::decision_panel);
    panels.register("budget", crate::discussion::budget_panel);
    panels.register("project", crate::ledger::project_spending_panel);
    panels.register("project", crate::discussion::project_panel);
    panels.register("determination", crate::discussion::determination_panel);
    Ok(state)
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    // Each API route is registered with its OpenAPI operation, so the description cannot
    // miss a route.
    let (api, description) =
        utoipa_axum::router::OpenApiRouter::with_openapi(crate::openapi::ApiDoc::openapi())
            .merge(crate::journal::api())
            .merge(accounts::api())
            .merge(crate::commons::api(&state.config))
            .merge(crate::discussion::api())
            .merge(crate::budgets::api(&state.config))
            .merge(crate::bodies::api())
            .merge(crate::ledger::api())
            .merge(crate::lending::api())
            .merge(crate::coalition::api())
            .split_for_parts();
    let description = crate::openapi::finish(description);
    let readable = crate::api_page::ApiDoc::read(&crate::openapi::to_json(&description));
    let pages = Router::new()
        .route("/", get(crate::home::page))
        .route("/welcome", get(crate::home::welcome))
        .merge(crate::journal::pages())
        .merge(accounts::pages())
        .merge(crate::commons::pages(&state.config))
        .merge(crate::budgets::pages())
        .merge(crate::discussion::pages())
        .merge(crate::bodies::pages())
        .merge(crate::ledger::pages())
        .merge(crate::lending::pages())
        .merge(crate::coalition::pages())
        .merge(crate::web::language::routes())
        .merge(crate::api_page::routes(readable))
        .layer(from_fn_with_state(state.clone(), csrf::middleware))
        .layer(from_fn_with_state(
            state.clone(),
            crate::web::error_page::middleware,
        ))
        .layer(from_fn_with_state(
            state.clone(),
            crate::web::language::middleware,
        ));
    // The API's problem details speak the request's language too.
    let api = api
        .merge(crate::openapi::router(description))
        .layer(from_fn_with_state(
            state.clone(),
            crate::web::language::middleware,
        ));
    let plain = Router::new()
        .route("/health", get(health))
        .route("/ping", get(ping))
        .route("/metrics", get(crate::metrics::metrics))
        .route("/assets/style.css", get(assets::style))
        .route("/assets/live.js", get(assets::live_js))
        .route("/assets/ballot.js", get(assets::ballot_js));
    let timeout = Duration::from_secs(state.config.request_timeout_secs);
    Router::new()
        .merge(pages)
        .merge(api)
        .merge(plain)
        .route_layer(from_fn_with_state(state.clone(), crate::metrics::track))
        .fallback_service(
            // Unknown addresses: the error page in the visitor's layout (off the API).
            Router::new()
                .fallback(not_found)
                .layer(from_fn_with_state(
                    state.clone(),
                    crate::web::error_page::middleware,
                ))
                .layer(from_fn_with_state(
                    state.clone(),
                    crate::web::language::middleware,
                ))
                .with_state(state.clone()),
        )
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer({
            let limits = crate::web::guard::Limits::of(&state.config);
            axum::middleware::from_fn(move |req, next| {
                crate::web::guard::middleware(limits, req, next)
            })
        })
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

async fn not_found(uri: Uri) -> Response {
    let e = AppError::not_found(detail!("problem-no-address", path = uri.path()));
    if uri.path().starts_with("/api/") {
        ApiError(e).into_response()
    } else {
        PageError(e).into_response()
    }
}

/// Made outside the language layer of the routes: finds the language from the headers.
async fn method_not_allowed(
    State(state): State<AppState>,
    method: axum::http::Method,
    uri: Uri,
    headers: axum::http::HeaderMap,
) -> Response {
    let e = AppError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        detail!(
            "problem-method-not-allowed",
            method = method.as_str(),
            path = uri.path()
        ),
    );
    let default = state.config.default_lang();
    crate::web::language::answer_in_language_of(&headers, default, &uri, || {
        if uri.path().starts_with("/api/") {
            ApiError(e).into_response()
        } else {
            PageError(e).into_response()
        }
    })
    .await
}

/// Liveness with a database round trip: 200 when the store answers, 503 otherwise.
async fn health(State(state): State<AppState>) -> Result<Response, ApiError> {
    use diesel::connection::SimpleConnection;
    state
        .db
        .read(|c| c.batch_execute("SELECT 1").map_err(AppError::unavailable))
        .await?;
    let engine = match state.db.engine() {
        crate::config::Engine::Sqlite => "sqlite",
        crate::config::Engine::Postgres => "postgres",
    };
    Ok(axum::Json(serde_json::json!({ "status": "ok", "database": engine })).into_response())
}

/// The cheapest possible answer: the machine's ceiling in benchmarks.
async fn ping() -> &'static str {
    "pong"
}

/// Serves until `stop` resolves, then lets in-flight requests finish and ends live streams.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let shutdown = state.shutdown.clone();
    tokio::spawn(crate::bodies::sweep_forever(state.clone()));
    tokio::spawn(crate::ledger::sweep_forever(state.clone()));
    tokio::spawn(crate::budgets::sweep_forever(state.clone()));
    tokio::spawn(crate::lending::sweep_forever(state.clone()));
    let app = router(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        stop.await;
        shutdown.send_replace(true);
    })
    .await?;
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing in-flight requests");
}
