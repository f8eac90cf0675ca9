//! The readable page of the API (`/api`): the finished OpenAPI description, read once at
//! start-up and rendered by the server — the operations by tag with their parameters,
//! bodies and answers, then the shapes they name — with the JSON one click away. No
//! script, no third-party viewer. The descriptions are the API's own (English, marked so).

use crate::error::PageError;
use crate::state::AppState;
use crate::text::escape_html;
use crate::web::actor::MaybeViewer;
use crate::web::csrf::CsrfToken;
use crate::web::{Chrome, render};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use serde_json::Value;
use std::sync::Arc;

/// The description as the page shows it.
pub struct ApiDoc {
    title: String,
    version: String,
    about: String,
    groups: Vec<Group>,
    shapes: Vec<Shape>,
}

/// The operations of one tag.
struct Group {
    tag: String,
    about: String,
    operations: Vec<Operation>,
}

struct Operation {
    /// Its `operationId`, the anchor of its card.
    id: String,
    method: &'static str,
    path: String,
    summary: String,
    /// Sanitised HTML of its description, when it has one.
    about: Option<String>,
    access: Access,
    parameters: Vec<Parameter>,
    body: Option<Ty>,
    answers: Vec<Answer>,
}

/// Who may call an operation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Anyone,
    /// A token is read when sent (what a signed-in caller sees may differ).
    TokenOptional,
    TokenNeeded,
}

struct Parameter {
    name: String,
    /// `path`, `query` or `header`.
    place: String,
    required: bool,
    ty: Ty,
    about: Option<String>,
}

struct Answer {
    status: String,
    about: String,
    ty: Option<Ty>,
}

/// A named shape of `components/schemas`.
struct Shape {
    name: String,
    about: Option<String>,
    /// For an enumeration or a union: its values or members.
    ty: Option<Ty>,
    fields: Vec<Field>,
}

struct Field {
    name: String,
    ty: Ty,
    required: bool,
    about: Option<String>,
}

/// A type as written on the page: pieces of text, some of them links to a shape.
#[derive(Default)]
struct Ty {
    parts: Vec<(String, Option<String>)>,
}

impl Ty {
    fn text(s: impl Into<String>) -> Ty {
        Ty {
            parts: vec![(s.into(), None)],
        }
    }

    fn push_text(&mut self, s: &str) {
        self.parts.push((s.to_string(), None));
    }

    fn append(&mut self, other: Ty) {
        self.parts.extend(other.parts);
    }

    /// The type as HTML: code, with the shapes it names as links.
    fn html(&self) -> String {
        let mut out = String::from("<code>");
        for (text, link) in &self.parts {
            match link {
                Some(l) => out.push_str(&format!(
                    r#"<a href="{}">{}</a>"#,
                    escape_html(l),
                    escape_html(text)
                )),
                None => out.push_str(&escape_html(text)),
            }
        }
        out.push_str("</code>");
        out
    }
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];
/// Enumerations longer than this show their first values and an ellipsis.
const SHOWN_VALUES: usize = 8;

impl ApiDoc {
    /// Reads the finished description (as served at `/api/openapi.json`).
    pub fn read(spec: &Value) -> ApiDoc {
        let str_of = |v: &Value| v.as_str().unwrap_or_default().to_string();
        let mut groups: Vec<Group> = spec["tags"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|t| Group {
                tag: str_of(&t["name"]),
                about: str_of(&t["description"]),
                operations: Vec::new(),
            })
            .collect();
        for (path, item) in spec["paths"].as_object().into_iter().flatten() {
            for method in METHODS {
                let Some(op) = item.get(method) else { continue };
                let tag = op["tags"][0].as_str().unwrap_or("other").to_string();
                let operation = operation(method, path, op);
                match groups.iter_mut().find(|g| g.tag == tag) {
                    Some(g) => g.operations.push(operation),
                    None => groups.push(Group {
                        tag,
                        about: String::new(),
                        operations: vec![operation],
                    }),
                }
            }
        }
        groups.retain(|g| !g.operations.is_empty());
        let shapes = spec["components"]["schemas"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, s)| shape(name, s))
            .collect();
        ApiDoc {
            title: str_of(&spec["info"]["title"]),
            version: str_of(&spec["info"]["version"]),
            about: described(&spec["info"]["description"]).unwrap_or_default(),
            groups,
            shapes,
        }
    }
}

fn operation(method: &'static str, path: &str, op: &Value) -> Operation {
    let security: Vec<&Value> = op["security"].as_array().into_iter().flatten().collect();
    let access = if security.is_empty() {
        Access::Anyone
    } else if security
        .iter()
        .any(|s| s.as_object().is_some_and(|o| o.is_empty()))
    {
        Access::TokenOptional
    } else {
        Access::TokenNeeded
    };
    let parameters = op["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| Parameter {
            name: p["name"].as_str().unwrap_or_default().to_string(),
            place: p["in"].as_str().unwrap_or_default().to_string(),
            required: p["required"].as_bool().unwrap_or(false),
            ty: type_of(&p["schema"]),
            about: described(&p["description"]),
        })
        .collect();
    let body = op["requestBody"]["content"]
        .as_object()
        .and_then(|c| c.values().next())
        .map(|c| type_of(&c["schema"]));
    let answers = op["responses"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(status, r)| Answer {
            status: status.clone(),
            about: r["description"].as_str().unwrap_or_default().to_string(),
            ty: r["content"]
                .as_object()
                .and_then(|c| c.values().next())
                .filter(|c| !c["schema"].is_null())
                .map(|c| type_of(&c["schema"])),
        })
        .collect();
    Operation {
        id: op["operationId"].as_str().unwrap_or_default().to_string(),
        method,
        path: path.to_string(),
        summary: op["summary"].as_str().unwrap_or_default().to_string(),
        about: described(&op["description"]),
        access,
        parameters,
        body,
        answers,
    }
}

fn shape(name: &str, s: &Value) -> Shape {
    let required: Vec<&str> = s["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let fields: Vec<Field> = s["properties"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(field, v)| Field {
            name: field.clone(),
            ty: type_of(v),
            required: required.contains(&field.as_str()),
            about: described(&v["description"]),
        })
        .collect();
    let ty = fields.is_empty().then(|| type_of(s));
    Shape {
        name: name.to_string(),
        about: described(&s["description"]),
        ty,
        fields,
    }
}

/// A description as sanitised HTML (the descriptions are Markdown), None when empty.
fn described(v: &Value) -> Option<String> {
    v.as_str()
        .filter(|s| !s.trim().is_empty())
        .and_then(crate::markdown::render)
}

/// The type a schema describes, in the notation of the page: `string (date-time)`,
/// `Commons[]`, `"open" | "closed"`, `A | B`, a shape's name as a link to it.
fn type_of(s: &Value) -> Ty {
    if let Some(r) = s["$ref"].as_str() {
        let name = r.rsplit('/').next().unwrap_or(r).to_string();
        let link = format!("#shape-{name}");
        return Ty {
            parts: vec![(name, Some(link))],
        };
    }
    for union in ["oneOf", "anyOf", "allOf"] {
        if let Some(members) = s[union].as_array() {
            let mut ty = Ty::default();
            for (i, m) in members.iter().enumerate() {
                if i > 0 {
                    ty.push_text(if union == "allOf" { " & " } else { " | " });
                }
                ty.append(type_of(m));
            }
            return ty;
        }
    }
    if let Some(values) = s["enum"].as_array() {
        let mut shown: Vec<String> = values
            .iter()
            .take(SHOWN_VALUES)
            .map(|v| v.to_string())
            .collect();
        if values.len() > SHOWN_VALUES {
            shown.push("…".into());
        }
        return Ty::text(shown.join(" | "));
    }
    let types: Vec<&str> = match &s["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let mut ty = Ty::default();
    for (i, t) in types.iter().enumerate() {
        if i > 0 {
            ty.push_text(" | ");
        }
        match *t {
            "array" => {
                ty.append(type_of(&s["items"]));
                ty.push_text("[]");
            }
            "string" | "integer" | "number" => match s["format"].as_str() {
                Some(f) => ty.push_text(&format!("{t} ({f})")),
                None => ty.push_text(t),
            },
            other => ty.push_text(other),
        }
    }
    if ty.parts.is_empty() {
        ty.push_text("any");
    }
    ty
}

#[derive(Template)]
#[template(path = "api.html")]
struct ApiPage<'a> {
    chrome: Chrome,
    doc: &'a ApiDoc,
}

/// `GET /api`: the description, readable.
pub async fn page(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    doc: Arc<ApiDoc>,
) -> Result<Response, PageError> {
    Ok(render(&ApiPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        doc: &doc,
    }))
}

/// The page's route, serving `doc`.
pub fn routes(doc: ApiDoc) -> axum::Router<AppState> {
    let doc = Arc::new(doc);
    axum::Router::new().route(
        "/api",
        axum::routing::get(move |state, viewer, csrf| page(state, viewer, csrf, doc.clone())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(t: &Ty) -> String {
        t.parts.iter().map(|(s, _)| s.as_str()).collect()
    }

    #[test]
    fn types_read_as_the_page_writes_them() {
        assert_eq!(
            text(&type_of(
                &json!({"type": ["string", "null"], "format": "date-time"})
            )),
            "string (date-time) | null"
        );
        let list =
            type_of(&json!({"type": "array", "items": {"$ref": "#/components/schemas/Commons"}}));
        assert_eq!(text(&list), "Commons[]");
        assert_eq!(list.parts[0].1.as_deref(), Some("#shape-Commons"));
        assert_eq!(
            text(&type_of(
                &json!({"type": "string", "enum": ["open", "closed"]})
            )),
            r#""open" | "closed""#
        );
        let many: Vec<String> = (0..20).map(|i| format!("v{i}")).collect();
        assert!(text(&type_of(&json!({"enum": many}))).ends_with("| …"));
        assert_eq!(
            text(&type_of(
                &json!({"oneOf": [{"type": "integer"}, {"$ref": "#/x/Y"}]})
            )),
            "integer | Y"
        );
    }

    #[test]
    fn operations_say_who_may_call_them() {
        let spec = json!({
            "tags": [{"name": "t", "description": "T"}],
            "paths": {"/a/{id}": {
                "get": {"tags": ["t"], "operationId": "read", "summary": "Read.",
                        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                        "responses": {"200": {"description": "ok"}}},
                "post": {"tags": ["t"], "operationId": "write", "summary": "Write.",
                         "security": [{"bearer": []}],
                         "responses": {"201": {"description": "made"}}},
                "put": {"tags": ["t"], "operationId": "maybe", "summary": "Maybe.",
                        "security": [{}, {"bearer": []}],
                        "responses": {"200": {"description": "ok"}}}
            }},
            "components": {"schemas": {"S": {"type": "object", "required": ["x"],
                "properties": {"x": {"type": "integer"}, "y": {"type": "string"}}}}}
        });
        let doc = ApiDoc::read(&spec);
        let ops = &doc.groups[0].operations;
        let access: Vec<(&str, Access)> = ops.iter().map(|o| (o.id.as_str(), o.access)).collect();
        assert!(access.contains(&("read", Access::Anyone)));
        assert!(access.contains(&("write", Access::TokenNeeded)));
        assert!(access.contains(&("maybe", Access::TokenOptional)));
        let s = &doc.shapes[0];
        assert!(s.fields[0].required && !s.fields[1].required);
    }
}
