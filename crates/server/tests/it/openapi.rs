//! The OpenAPI document: served, 3.1, complete, and unchanged unless on purpose (insta).

use crate::support::TestApp;
use serde_json::Value;

#[tokio::test]
async fn openapi_is_served_and_matches_the_snapshot() {
    let app = TestApp::spawn().await;
    let spec = spec(&app).await;
    assert!(spec["openapi"].as_str().unwrap().starts_with("3.1"));
    // Every API route of the router is described.
    for path in [
        "/api/v1/activity",
        "/api/v1/activity/stream",
        "/api/v1/people",
        "/api/v1/people/{handle}",
        "/api/v1/me",
        "/api/v1/me/password",
        "/api/v1/tokens",
        "/api/v1/tokens/{id}",
        "/api/v1/orgs",
        "/api/v1/orgs/{handle}",
        "/api/v1/orgs/{handle}/invitations",
        "/api/v1/orgs/{handle}/accept",
        "/api/v1/orgs/{handle}/leave",
        "/api/v1/orgs/{handle}/members/{member}",
    ] {
        assert!(
            spec["paths"].get(path).is_some(),
            "{path} missing from the OpenAPI document"
        );
    }
    insta::assert_json_snapshot!("openapi", spec);
}

/// Every templated path of the OpenAPI, with each parameter replaced by a bad value
/// (not a number, negative, beyond `i64`, over-long, percent-encoded controls), for each
/// described method: the answer is never a server error and never plain text, and an
/// error is problem+json. The same addresses without `/api/v1` (the pages) answer HTML.
#[tokio::test]
async fn bad_path_segments_get_problems_never_plain_text() {
    let app = TestApp::spawn().await;
    let client = app.program();
    let spec = spec(&app).await;
    let long = "a".repeat(5000);
    let bad = [
        "abc",
        "-1",
        "99999999999999999999999",
        long.as_str(),
        "%00%E2%80%AE",
        "%2e%2e",
    ];
    let mut probed = 0;
    for (path, ops) in spec["paths"].as_object().unwrap() {
        if !path.contains('{') {
            continue;
        }
        for value in bad {
            let mut url = String::new();
            let mut rest = path.as_str();
            while let Some(i) = rest.find('{') {
                url.push_str(&rest[..i]);
                let end = rest[i..].find('}').unwrap() + i;
                url.push_str(value);
                rest = &rest[end + 1..];
            }
            url.push_str(rest);
            for method in ops.as_object().unwrap().keys() {
                let m = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                let r = client
                    .request(m.clone(), app.url(&url))
                    .header("content-type", "application/json")
                    .body("{}")
                    .send()
                    .await
                    .unwrap();
                let status = r.status().as_u16();
                let kind = content_type(&r);
                assert!(status < 500, "{m} {url}: {status}");
                if status >= 400 {
                    assert_eq!(kind, "application/problem+json", "{m} {url}: {status}");
                } else {
                    assert!(!kind.starts_with("text/plain"), "{m} {url}: {kind}");
                }
                probed += 1;
            }
            // The page of the same address, where there is one, answers HTML.
            let page = url.trim_start_matches("/api/v1");
            let r = client.get(app.url(page)).send().await.unwrap();
            let kind = content_type(&r);
            assert!(r.status().as_u16() < 500, "GET {page}: {}", r.status());
            assert!(kind.starts_with("text/html"), "GET {page}: {kind}");
        }
    }
    assert!(
        probed > 100,
        "only {probed} probes: the OpenAPI lost its templated paths"
    );
}

async fn spec(app: &TestApp) -> Value {
    app.program()
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

fn content_type(r: &reqwest::Response) -> String {
    r.headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// Every described operation answers: no described path falls through to the router's
/// "no such address" or "method not allowed".
#[tokio::test]
async fn every_described_operation_answers() {
    let app = TestApp::spawn().await;
    let spec = spec(&app).await;
    let c = app.program();
    let mut probed = 0;
    for (path, item) in spec["paths"].as_object().unwrap() {
        let url = path
            .split('/')
            .map(|seg| if seg.starts_with('{') { "1" } else { seg })
            .collect::<Vec<_>>()
            .join("/");
        for method in item.as_object().unwrap().keys() {
            let m = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let r = c
                .request(m, app.url(&url))
                .header("content-type", "application/json")
                .body("{}")
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            assert_ne!(status, 405, "{method} {path} is described but not routed");
            if status == 404 && !path.ends_with("/stream") {
                let body: Value = r.json().await.unwrap();
                let detail = body["detail"].as_str().unwrap_or("");
                assert!(
                    !detail.starts_with("the address"),
                    "{method} {path} is described but not routed: {detail}"
                );
            }
            probed += 1;
        }
    }
    assert!(probed > 50, "{probed}");
}

/// Every operation has a summary and every answer a description; errors are described as
/// they are served (problem+json), and each operation lists the errors its shared
/// extractors give before the handler runs.
#[tokio::test]
async fn operations_are_summarized_and_errors_described_as_problems() {
    let app = TestApp::spawn().await;
    let spec = spec(&app).await;
    let mut operations = 0;
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            operations += 1;
            let responses = op["responses"].as_object().unwrap();
            for (status, r) in responses {
                if status.starts_with('4') || status.starts_with('5') {
                    let types: Vec<&String> = r["content"].as_object().unwrap().keys().collect();
                    assert_eq!(
                        types,
                        ["application/problem+json"],
                        "{method} {path} {status}"
                    );
                }
            }
            assert!(
                op["summary"].as_str().is_some_and(|s| !s.is_empty()),
                "{method} {path} has no summary: give its handler a doc comment"
            );
            for (status, r) in responses {
                assert!(
                    r["description"]
                        .as_str()
                        .is_some_and(|d| !d.trim().is_empty()),
                    "{method} {path} {status} is not described"
                );
            }
            if op.get("requestBody").is_some() {
                for status in ["400", "413", "415", "422"] {
                    assert!(
                        responses.contains_key(status),
                        "{method} {path} lacks {status}"
                    );
                }
            }
            if op.get("security").is_some() {
                assert!(responses.contains_key("401"), "{method} {path} lacks 401");
            }
        }
    }
    assert!(operations > 50);
}

/// The schema `s` after `$ref`s and `allOf`s, with the properties of all its parts.
fn properties(spec: &Value, s: &Value) -> serde_json::Map<String, Value> {
    let mut out = serde_json::Map::new();
    if let Some(r) = s["$ref"].as_str() {
        let name = r.trim_start_matches("#/components/schemas/");
        return properties(spec, &spec["components"]["schemas"][name]);
    }
    for part in s["allOf"].as_array().into_iter().flatten() {
        out.extend(properties(spec, part));
    }
    if let Some(p) = s["properties"].as_object() {
        out.extend(p.clone());
    }
    out
}

/// Operation ids are unique (handlers of different domains share names), and every link
/// from a creation leads to an operation that exists, sets only that operation's path
/// parameters, and reads them from fields the creation's answer has.
#[tokio::test]
async fn operation_ids_are_unique_and_links_lead_to_operations() {
    let app = TestApp::spawn().await;
    let spec = spec(&app).await;
    let mut ids = std::collections::BTreeMap::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"].as_str().unwrap().to_string();
            if let Some(other) = ids.insert(id.clone(), format!("{method} {path}")) {
                panic!("{id} names both {other} and {method} {path}");
            }
        }
    }
    let by_id: std::collections::BTreeMap<&str, (&str, &Value)> = spec["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .values()
                .map(move |op| (op["operationId"].as_str().unwrap(), (path.as_str(), op)))
        })
        .collect();
    let mut links = 0;
    for l in commonfare::openapi::links() {
        let (method, path, status, name, to_path) = (l.method, l.path, l.status, l.name, l.to_path);
        let answer = &spec["paths"][path][method]["responses"][status];
        let link = &answer["links"][name];
        assert!(
            link.is_object(),
            "{method} {path} {status} has the link {name}"
        );
        let target = link["operationId"].as_str().unwrap();
        let (target_path, target_op) = by_id
            .get(target)
            .unwrap_or_else(|| panic!("{name}: no operation {target}"));
        assert_eq!(*target_path, to_path, "{name}");
        let path_params: Vec<&str> = target_op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "path")
            .filter_map(|p| p["name"].as_str())
            .collect();
        let schema = &answer["content"]["application/json"]["schema"];
        for (param, expression) in link["parameters"].as_object().unwrap() {
            assert!(path_params.contains(&param.as_str()), "{name}: {param}");
            let expression = expression.as_str().unwrap();
            if let Some(pointer) = expression.strip_prefix("$response.body#/") {
                let mut at = schema.clone();
                for field in pointer.split('/') {
                    at = properties(&spec, &at)
                        .get(field)
                        .cloned()
                        .unwrap_or_else(|| panic!("{name}: the answer has no {pointer}"));
                }
            } else {
                let from = expression.trim_start_matches("$request.path.");
                assert!(
                    path.contains(&format!("{{{from}}}")),
                    "{name}: {expression}"
                );
            }
        }
        links += 1;
    }
    assert!(links >= 30, "{links}");
}

/// A parameter said to be in the path is one of the path's `{names}`, and each `{name}` is
/// described: a query parameter described as a path one is required of every client and
/// sent where the server never reads it.
#[tokio::test]
async fn path_parameters_are_the_paths_own() {
    let app = TestApp::spawn().await;
    let spec = spec(&app).await;
    for (path, item) in spec["paths"].as_object().unwrap() {
        let named: Vec<&str> = path
            .split('/')
            .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
            .collect();
        for (method, op) in item.as_object().unwrap() {
            let params = op["parameters"].as_array().cloned().unwrap_or_default();
            let in_path: Vec<&str> = params
                .iter()
                .filter(|p| p["in"] == "path")
                .map(|p| p["name"].as_str().unwrap())
                .collect();
            for p in &in_path {
                assert!(
                    named.contains(p),
                    "{method} {path}: `{p}` is described as a path parameter"
                );
            }
            for n in &named {
                assert!(
                    in_path.contains(n),
                    "{method} {path}: `{{{n}}}` is not described"
                );
            }
        }
    }
}

/// The footer's API page shows every described operation (an anchor per operation id), and
/// every shape a type links to has its card; the JSON is one link away.
#[tokio::test]
async fn the_readable_api_page_shows_every_operation_and_shape() {
    let app = TestApp::spawn().await;
    let spec = spec(&app).await;
    let html = app.page(&app.browser(), "/api").await;
    assert!(html.contains(r#"href="/api/openapi.json""#));
    let mut ops = 0;
    for item in spec["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let id = op["operationId"].as_str().unwrap();
            assert!(html.contains(&format!(r#"id="{id}""#)), "no card for {id}");
            ops += 1;
        }
    }
    assert!(ops > 40, "only {ops} operations");
    for name in spec["components"]["schemas"].as_object().unwrap().keys() {
        assert!(
            html.contains(&format!(r#"id="shape-{name}""#)),
            "no card for {name}"
        );
    }
    for link in html.split(r##"href="#shape-"##).skip(1) {
        let name = &link[..link.find('"').unwrap()];
        assert!(
            html.contains(&format!(r#"id="shape-{name}""#)),
            "a link to no shape: {name}"
        );
    }
    let fr = app
        .browser()
        .get(app.url("/api"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(fr.contains("Demande un jeton") && fr.contains(r#"<html lang="fr">"#));
}
