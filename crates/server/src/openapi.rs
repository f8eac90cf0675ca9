//! The OpenAPI 3.1 description of `/api/v1`, generated from the handlers by utoipa.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Commonfare API",
        description = "Public journal, people and organizations of a Commonfare instance. \
                       Reads are public; changes need `Authorization: Bearer TOKEN` \
                       (create a token with POST /api/v1/tokens). Errors are \
                       application/problem+json with a stable `code`.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later")
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "journal", description = "Every change, as it happened"),
        (name = "people", description = "People and their profiles"),
        (name = "tokens", description = "API tokens"),
        (name = "organizations", description = "Organizations and memberships"),
        (name = "discussion", description = "Threads and comments on commons and contributions"),
        (name = "commons", description = "Commons, their files, contributions and reviews"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        let components = api.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// Describes every answer: one described without words gets what its status means here,
/// and the errors every operation can give are described as they are served: problem+json
/// (RFC 9457) with a stable `code`, including those the shared extractors give before a handler
/// runs — a malformed path or query value (400), an unreadable, oversized, untyped or
/// ill-typed body (400, 413, 415, 422), a missing token (401).
struct ErrorAnswers;

impl ErrorAnswers {
    fn problem(description: &str) -> utoipa::openapi::Response {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        ResponseBuilder::new()
            .description(description)
            .content(
                PROBLEM,
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("Problem")))
                    .build(),
            )
            .build()
    }

    /// What an answer of `status` means in this API, for an answer described without words.
    fn meaning(status: &str) -> &'static str {
        match status {
            "200" => "the answer",
            "201" => "created: the new record",
            "204" => "done; nothing to return",
            "400" => "a malformed request (see `code`)",
            "401" => "no API token, or one that is unknown or revoked (`unauthorized`)",
            "403" => "the person may not do this (see `code`)",
            "404" => "no such record (`not_found`)",
            "409" => "the record's state does not allow it (see `code`)",
            "410" => "the record was deleted and takes no more changes",
            "413" => "the body is larger than this server accepts (`body_too_large`)",
            "422" => "the input breaks a rule; `detail` says which (see `code`)",
            "429" => "too many attempts; `Retry-After` says when to try again",
            _ => "see `code`",
        }
    }

    fn operation(path: &str, op: &mut utoipa::openapi::path::Operation) {
        use utoipa::openapi::RefOr;
        let responses = &mut op.responses.responses;
        for (status, answer) in responses.iter_mut() {
            if let RefOr::T(r) = answer
                && r.description.trim().is_empty()
            {
                r.description = Self::meaning(status).to_string();
            }
        }
        // Errors are documented as they are served.
        for (status, answer) in responses.iter_mut() {
            if let (true, RefOr::T(r)) =
                (status.starts_with('4') || status.starts_with('5'), answer)
                && let Some(content) = r.content.shift_remove("application/json")
            {
                r.content.insert(PROBLEM.to_string(), content);
            }
        }
        let mut add = |status: &str, description: &str| {
            responses
                .entry(status.to_string())
                .or_insert_with(|| RefOr::T(Self::problem(description)));
        };
        let has_params =
            path.contains('{') || op.parameters.as_ref().is_some_and(|p| !p.is_empty());
        if has_params || op.request_body.is_some() {
            add(
                "400",
                "a malformed path, query value or body (`invalid_path`, `invalid_query`, `malformed_json`, …)",
            );
        }
        if op.request_body.is_some() {
            add(
                "413",
                "the body is larger than this server accepts (`body_too_large`)",
            );
            add("415", "the body is not JSON (`unsupported_media_type`)");
            add(
                "422",
                "a field is missing, of the wrong type or breaks a rule (`invalid_fields`, …)",
            );
        }
        if op.security.as_ref().is_some_and(|s| !s.is_empty()) {
            add(
                "401",
                "no API token, or one that is unknown or revoked (`unauthorized`)",
            );
        }
        // Every change to a commons, its contributions, maintainers, forks and threads is
        // refused once the commons is deleted.
        if path.starts_with("/api/v1/commons/{handle}")
            && op.security.as_ref().is_some_and(|s| !s.is_empty())
        {
            add(
                "410",
                "the commons was deleted and takes no more changes (`commons_deleted`)",
            );
        }
    }
}

const PROBLEM: &str = "application/problem+json";

/// The finished description of the API the domains' routers registered: errors described
/// as served, and a wildcard segment (`{*path}`, which matches several segments) written
/// as the plain parameter OpenAPI knows.
pub fn finish(mut api: utoipa::openapi::OpenApi) -> utoipa::openapi::OpenApi {
    ErrorAnswers.modify(&mut api);
    let paths = std::mem::take(&mut api.paths.paths);
    api.paths.paths = paths
        .into_iter()
        .map(|(path, item)| (path.replace("{*", "{"), item))
        .collect();
    api
}

/// Serves the finished description, serialized once.
pub fn router(api: utoipa::openapi::OpenApi) -> axum::Router<crate::state::AppState> {
    let body = axum::body::Bytes::from(serde_json::to_vec(&api).unwrap_or_default());
    axum::Router::new().route(
        "/api/openapi.json",
        axum::routing::get(move || {
            let body = body.clone();
            async move {
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    body,
                )
            }
        }),
    )
}

impl Modify for ErrorAnswers {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        for (path, item) in api.paths.paths.iter_mut() {
            for op in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                Self::operation(path, op);
            }
        }
    }
}
