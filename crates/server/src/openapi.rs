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
        (name = "ledger", description = "Treasuries, accounts and double-entry transactions, balances and journals"),
        (name = "lending", description = "Things lent in common: resources, reservations, calendars"),
        (name = "budgets", description = "Participatory budgets: processes, headings, phases, projects, ballots, results by every rule, Pabulib files in and out"),
        (name = "coalition", description = "Licence policies (open, Peer Production License, CopyFair, custom) and determinations of who may use a commons and what they owe"),
        (name = "commons", description = "Commons, their files, contributions and reviews"),
        (name = "bodies", description = "Democratic bodies, their rulebooks, decisions, ballots and outcomes"),
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
    unique_operation_ids(&mut api);
    add_links(&mut api);
    api
}

/// The operations of the description with their method, path and operation.
fn operations(
    api: &mut utoipa::openapi::OpenApi,
) -> impl Iterator<Item = (&'static str, &String, &mut utoipa::openapi::path::Operation)> {
    api.paths.paths.iter_mut().flat_map(|(path, item)| {
        [
            ("get", &mut item.get),
            ("put", &mut item.put),
            ("post", &mut item.post),
            ("delete", &mut item.delete),
            ("patch", &mut item.patch),
        ]
        .into_iter()
        .filter_map(move |(m, op)| op.as_mut().map(|op| (m, path, op)))
    })
}

/// Handlers of different domains share names (`create`, `list`, `get`): an operation id
/// used twice is prefixed with the operation's tag (`commons_create`), so that every id is
/// unique as OpenAPI requires and links can name their target.
fn unique_operation_ids(api: &mut utoipa::openapi::OpenApi) {
    let mut seen = std::collections::BTreeMap::<String, usize>::new();
    for (_, _, op) in operations(api) {
        if let Some(id) = &op.operation_id {
            *seen.entry(id.clone()).or_default() += 1;
        }
    }
    for (_, _, op) in operations(api) {
        if let Some(id) = &op.operation_id
            && seen[id] > 1
        {
            let tag = op.tags.as_ref().and_then(|t| t.first()).cloned();
            op.operation_id = Some(format!("{}_{id}", tag.unwrap_or_default()));
        }
    }
}

/// What a client can do with what it has just made, as OpenAPI links: from the answer of
/// a creation to the operations on the thing created (clients and schemathesis' stateful
/// phase follow them). Each creation, `method path status`, with its links, `name method
/// path parameter=expression…`.
pub const LINKS: &[(&str, &[&str])] = &[
    (
        "post /api/v1/people 201",
        &[
            "person get /api/v1/people/{handle} handle=$response.body#/handle",
            "records get /api/v1/people/{handle}/commons handle=$response.body#/handle",
        ],
    ),
    (
        "post /api/v1/tokens 201",
        &["revoke delete /api/v1/tokens/{id} id=$response.body#/id"],
    ),
    (
        "post /api/v1/orgs 201",
        &[
            "organization get /api/v1/orgs/{handle} handle=$response.body#/handle",
            "edit put /api/v1/orgs/{handle} handle=$response.body#/handle",
            "invite post /api/v1/orgs/{handle}/invitations handle=$response.body#/handle",
            "start_thread post /api/v1/orgs/{handle}/threads handle=$response.body#/handle",
        ],
    ),
    (
        "post /api/v1/orgs/{handle}/threads 201",
        &[
            "thread get /api/v1/orgs/{handle}/threads/{number} handle=$request.path.handle number=$response.body#/thread/number",
            "comment post /api/v1/orgs/{handle}/threads/{number}/comments handle=$request.path.handle number=$response.body#/thread/number",
        ],
    ),
    (
        "post /api/v1/commons 201",
        &[
            "commons get /api/v1/commons/{handle} handle=$response.body#/handle",
            "propose post /api/v1/commons/{handle}/changes handle=$response.body#/handle",
            "record_work post /api/v1/commons/{handle}/work handle=$response.body#/handle",
            "files get /api/v1/commons/{handle}/files handle=$response.body#/handle",
            "fork post /api/v1/commons/{handle}/forks handle=$response.body#/handle",
            "add_maintainer post /api/v1/commons/{handle}/maintainers handle=$response.body#/handle",
            "start_thread post /api/v1/commons/{handle}/threads handle=$response.body#/handle",
            "delete delete /api/v1/commons/{handle} handle=$response.body#/handle",
        ],
    ),
    (
        "post /api/v1/commons/{handle}/forks 201",
        &[
            "fork get /api/v1/commons/{handle} handle=$response.body#/handle",
            "offer post /api/v1/commons/{handle}/offer handle=$response.body#/handle",
        ],
    ),
    (
        "post /api/v1/commons/{handle}/changes 201",
        &[
            "contribution get /api/v1/commons/{handle}/contributions/{number} handle=$request.path.handle number=$response.body#/number",
            "update put /api/v1/commons/{handle}/contributions/{number} handle=$request.path.handle number=$response.body#/number",
            "accept post /api/v1/commons/{handle}/contributions/{number}/accept handle=$request.path.handle number=$response.body#/number",
            "reject post /api/v1/commons/{handle}/contributions/{number}/reject handle=$request.path.handle number=$response.body#/number",
            "request_changes post /api/v1/commons/{handle}/contributions/{number}/request-changes handle=$request.path.handle number=$response.body#/number",
            "withdraw post /api/v1/commons/{handle}/contributions/{number}/withdraw handle=$request.path.handle number=$response.body#/number",
            "comment post /api/v1/commons/{handle}/contributions/{number}/comments handle=$request.path.handle number=$response.body#/number",
        ],
    ),
    (
        "post /api/v1/commons/{handle}/work 201",
        &[
            "contribution get /api/v1/commons/{handle}/contributions/{number} handle=$request.path.handle number=$response.body#/number",
            "accept post /api/v1/commons/{handle}/contributions/{number}/accept handle=$request.path.handle number=$response.body#/number",
        ],
    ),
    (
        "post /api/v1/commons/{handle}/threads 201",
        &[
            "thread get /api/v1/commons/{handle}/threads/{number} handle=$request.path.handle number=$response.body#/thread/number",
            "comment post /api/v1/commons/{handle}/threads/{number}/comments handle=$request.path.handle number=$response.body#/thread/number",
        ],
    ),
    (
        "post /api/v1/commons/{handle}/threads/{number}/comments 201",
        &[
            "comment get /api/v1/comments/{id} id=$response.body#/id",
            "edit put /api/v1/comments/{id} id=$response.body#/id",
            "history get /api/v1/comments/{id}/history id=$response.body#/id",
            "delete delete /api/v1/comments/{id} id=$response.body#/id",
        ],
    ),
    (
        "post /api/v1/orgs/{handle}/threads/{number}/comments 201",
        &["comment get /api/v1/comments/{id} id=$response.body#/id"],
    ),
    (
        "post /api/v1/commons/{handle}/contributions/{number}/comments 201",
        &["comment get /api/v1/comments/{id} id=$response.body#/id"],
    ),
];

/// One link of [`LINKS`], read.
#[derive(Debug)]
pub struct LinkSpec {
    pub method: &'static str,
    pub path: &'static str,
    pub status: &'static str,
    pub name: &'static str,
    pub to_method: &'static str,
    pub to_path: &'static str,
    pub parameters: Vec<(&'static str, &'static str)>,
}

/// Every link of [`LINKS`], read from its words.
pub fn links() -> Vec<LinkSpec> {
    let mut out = Vec::new();
    for (from, to) in LINKS {
        let mut from = from.split(' ');
        let (Some(method), Some(path), Some(status)) = (from.next(), from.next(), from.next())
        else {
            panic!("a link source is `method path status`");
        };
        for link in *to {
            let mut words = link.split(' ');
            let (Some(name), Some(to_method), Some(to_path)) =
                (words.next(), words.next(), words.next())
            else {
                panic!("a link is `name method path parameter=expression…`: {link}");
            };
            let parameters = words
                .map(|w| w.split_once('=').expect("parameter=expression"))
                .collect();
            out.push(LinkSpec {
                method,
                path,
                status,
                name,
                to_method,
                to_path,
                parameters,
            });
        }
    }
    out
}

fn add_links(api: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::link::LinkBuilder;
    let mut ids = std::collections::BTreeMap::new();
    for (method, path, op) in operations(api) {
        if let Some(id) = &op.operation_id {
            ids.insert((method, path.clone()), id.clone());
        }
    }
    for l in links() {
        let Some(target) = ids.get(&(l.to_method, l.to_path.to_string())) else {
            continue; // the test `openapi::operation_ids_are_unique_and_links_lead_to_operations` names it
        };
        let mut link = LinkBuilder::new().operation_id(target.clone());
        for (param, expression) in &l.parameters {
            link = link.parameter(*param, *expression);
        }
        let link = link.build();
        for (m, p, op) in operations(api) {
            if m == l.method
                && p == l.path
                && let Some(utoipa::openapi::RefOr::T(answer)) =
                    op.responses.responses.get_mut(l.status)
            {
                answer.links.insert(l.name.to_string(), link.clone().into());
            }
        }
    }
}

/// The description as JSON. utoipa 5 writes a link's fields in snake case
/// (`operation_id`), where OpenAPI names them in camel case (`operationId`): they are
/// renamed here, or no client would follow the links.
pub fn to_json(api: &utoipa::openapi::OpenApi) -> serde_json::Value {
    let mut v = serde_json::to_value(api).unwrap_or_default();
    if let Some(paths) = v["paths"].as_object_mut() {
        for op in paths.values_mut().filter_map(|i| i.as_object_mut()) {
            for op in op.values_mut() {
                let Some(answers) = op.get_mut("responses").and_then(|r| r.as_object_mut()) else {
                    continue;
                };
                for answer in answers.values_mut() {
                    let Some(links) = answer.get_mut("links").and_then(|l| l.as_object_mut())
                    else {
                        continue;
                    };
                    for link in links.values_mut().filter_map(|l| l.as_object_mut()) {
                        for (from, to) in [
                            ("operation_id", "operationId"),
                            ("operation_ref", "operationRef"),
                            ("request_body", "requestBody"),
                        ] {
                            if let Some(x) = link.remove(from) {
                                link.insert(to.into(), x);
                            }
                        }
                    }
                }
            }
        }
    }
    v
}

/// Serves the finished description, serialized once.
pub fn router(api: utoipa::openapi::OpenApi) -> axum::Router<crate::state::AppState> {
    let body = axum::body::Bytes::from(serde_json::to_vec(&to_json(&api)).unwrap_or_default());
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
