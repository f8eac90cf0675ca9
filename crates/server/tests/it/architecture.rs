//! The house's floors, held to the code: imports run kernel → domains → assembly, a
//! domain reaches another only through its public face (`mod.rs`), and no two top-level
//! modules import each other, directly or around a circle. Read from the sources, so a
//! new file is checked the day it is added.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const KERNEL: &[&str] = &[
    "actor", "config", "db", "error", "export", "form", "i18n", "ids", "journal", "markdown",
    "metrics", "panels", "seed", "state", "text", "web",
];
const DOMAINS: &[&str] = &[
    "accounts",
    "commons",
    "discussion",
    "bodies",
    "ledger",
    "lending",
    "budgets",
    "coalition",
];
const ASSEMBLY: &[&str] = &[
    "api_page", "app", "cli", "demo", "home", "main", "openapi", "ops", "lib",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a source file belongs to.
fn module_of(file: &Path) -> String {
    let rel = file.strip_prefix(src()).expect("under src");
    let first = rel.components().next().expect("a component");
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_string()
}

/// Every `crate::a::b…` path written in the code (comments left out), as its segments;
/// a group `crate::a::{b, c::d}` gives `a::b` and `a::c::d`.
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or("");
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            let before = rest[..i].chars().last();
            rest = &rest[i + "crate::".len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // `commonfare_crate::` and the like
            }
            let (head, tail) = segments(rest);
            if let Some(group) = tail.strip_prefix("::{") {
                let end = group.find('}').unwrap_or(group.len());
                for part in group[..end].split(',') {
                    let (more, _) = segments(part.trim());
                    if !more.is_empty() && more[0] != "self" {
                        out.push(head.iter().cloned().chain(more).collect());
                    } else {
                        out.push(head.clone());
                    }
                }
            } else {
                out.push(head);
            }
        }
    }
    out
}

/// The identifiers of a `::`-separated path at the start of `s`, and what follows it.
fn segments(s: &str) -> (Vec<String>, &str) {
    let mut segs = Vec::new();
    let mut rest = s;
    loop {
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        segs.push(rest[..end].to_string());
        rest = &rest[end..];
        match rest.strip_prefix("::") {
            Some(r) if r.starts_with(|c: char| c.is_alphanumeric() || c == '_') => rest = r,
            _ => break,
        }
    }
    (segs, rest)
}

/// The submodules of a domain: its files and folders other than `mod.rs`.
fn submodules(domain: &str) -> BTreeSet<String> {
    std::fs::read_dir(src().join(domain))
        .expect("domain folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n != "mod.rs")
        .map(|n| n.trim_end_matches(".rs").to_string())
        .collect()
}

struct Reference {
    file: String,
    path: String,
}

/// For each top-level module, the top-level modules it names, with where and how.
fn graph() -> BTreeMap<String, BTreeMap<String, Vec<Reference>>> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut g: BTreeMap<String, BTreeMap<String, Vec<Reference>>> = BTreeMap::new();
    for f in files {
        let from = module_of(&f);
        let code = std::fs::read_to_string(&f).expect("source");
        let entry = g.entry(from.clone()).or_default();
        for path in crate_paths(&code) {
            let Some(to) = path.first() else { continue };
            if *to == from {
                continue;
            }
            entry.entry(to.clone()).or_default().push(Reference {
                file: f.strip_prefix(src()).unwrap().display().to_string(),
                path: path.join("::"),
            });
        }
    }
    g
}

fn floor(module: &str) -> usize {
    if KERNEL.contains(&module) {
        0
    } else if DOMAINS.contains(&module) {
        1
    } else if ASSEMBLY.contains(&module) {
        2
    } else {
        panic!(
            "top-level module `{module}` is on no floor: add it to KERNEL, DOMAINS or ASSEMBLY \
             in tests/it/architecture.rs (and to ARCHITECTURE.md)"
        )
    }
}

#[test]
fn every_module_is_on_a_floor_and_imports_run_down() {
    let mut wrong = Vec::new();
    for (from, tos) in graph() {
        for (to, refs) in tos {
            if floor(&to) > floor(&from) || (floor(&from) == 0 && floor(&to) == 1) {
                for r in refs {
                    wrong.push(format!(
                        "{} names crate::{} ({from} → {to})",
                        r.file, r.path
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that run up a floor:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn domains_meet_only_at_their_faces() {
    let mut wrong = Vec::new();
    for (from, tos) in graph() {
        if !DOMAINS.contains(&from.as_str()) {
            continue;
        }
        for (to, refs) in tos {
            if !DOMAINS.contains(&to.as_str()) {
                continue;
            }
            let inner = submodules(&to);
            for r in refs {
                let second = r.path.split("::").nth(1).unwrap_or("");
                if inner.contains(second) {
                    wrong.push(format!(
                        "{} names crate::{}: use what {to}/mod.rs re-exports",
                        r.file, r.path
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "domains reaching past another's face:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_circle_between_top_level_modules() {
    let g = graph();
    let edges: BTreeMap<&str, BTreeSet<&str>> = g
        .iter()
        .map(|(k, v)| (k.as_str(), v.keys().map(String::as_str).collect()))
        .collect();
    // Depth-first search for a back edge, reporting the circle it closes.
    fn visit<'a>(
        n: &'a str,
        edges: &BTreeMap<&'a str, BTreeSet<&'a str>>,
        stack: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<&'a str>> {
        if let Some(i) = stack.iter().position(|s| *s == n) {
            let mut circle = stack[i..].to_vec();
            circle.push(n);
            return Some(circle);
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n);
        for m in edges.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, edges, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(n);
        None
    }
    let mut done = BTreeSet::new();
    for n in edges.keys() {
        let circle = visit(n, &edges, &mut Vec::new(), &mut done);
        assert!(
            circle.is_none(),
            "import circle: {}",
            circle.unwrap().join(" → ")
        );
    }
}

#[test]
fn the_checker_reads_paths_and_groups() {
    let found = crate_paths(
        "use crate::commons::{self, store::X, CommonsRow};\n// crate::ignored\nlet x = crate::db::now_ms();",
    );
    let spelled: Vec<String> = found.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        spelled,
        [
            "commons",
            "commons::store::X",
            "commons::CommonsRow",
            "db::now_ms"
        ]
    );
}

/// API routes are registered with their OpenAPI operation (`OpenApiRouter::routes`), never
/// with a bare `.route("/api/…")` that the description would miss. The one bare API route
/// is the description itself.
#[test]
fn api_routes_are_registered_with_their_operations() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    for f in files {
        let code = std::fs::read_to_string(&f).unwrap();
        for (i, line) in code.lines().enumerate() {
            let bare = line.contains(".route(\"/api/") || line.contains(".route(&format!(\"/api/");
            if bare && !line.contains("/api/openapi.json") {
                panic!(
                    "{}:{}: an API route outside `routes!`: register it with \
                     `.routes(routes!(handler))` so that the OpenAPI describes it",
                    f.display(),
                    i + 1
                );
            }
        }
    }
}

/// The sibling files a domain file names through `super::` (its tests left out: inside
/// them `super` is the file itself).
fn sibling_refs(code: &str, siblings: &BTreeSet<String>) -> BTreeSet<String> {
    let code = code.split("#[cfg(test)]\nmod tests").next().unwrap_or(code);
    // Comments name files without importing them.
    let code: String = code
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let code = code.as_str();
    let mut out = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("super::") {
        let rest = &code[at + "super::".len()..];
        let names: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
            // The group's top-level names: `super::{a, b::c, d::{e}}` gives a, b, d.
            let mut depth = 0;
            let mut names = Vec::new();
            let mut start = true;
            for (i, ch) in group.char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && !c.is_whitespace() => {
                        names.push(ident(&group[i..]));
                        start = false;
                    }
                    _ => {}
                }
            }
            names
        } else {
            vec![ident(rest)]
        };
        out.extend(names.into_iter().filter(|n| siblings.contains(n)));
    }
    out
}

/// No circle between the files of one domain either: the rooms of a domain folder import
/// one way too (model ← store ← service ← api, pages), so that each can be read, tested
/// and replaced on its own.
#[test]
fn no_circle_inside_a_domain() {
    for domain in DOMAINS {
        let dir = src().join(domain);
        let siblings: BTreeSet<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| {
                let p = e.unwrap().path();
                let name = p.file_stem()?.to_string_lossy().to_string();
                (p.is_dir() || p.extension().is_some_and(|x| x == "rs")).then_some(name)
            })
            .filter(|n| n != "mod")
            .collect();
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for name in &siblings {
            let file = dir.join(format!("{name}.rs"));
            let Ok(code) = std::fs::read_to_string(&file) else {
                continue;
            };
            let mut refs = sibling_refs(&code, &siblings);
            refs.remove(name);
            edges.insert(name.clone(), refs);
        }
        // Depth-first search for a back edge, reporting the circle it closes.
        fn visit(
            n: &str,
            edges: &BTreeMap<String, BTreeSet<String>>,
            path: &mut Vec<String>,
            done: &mut BTreeSet<String>,
        ) -> Option<Vec<String>> {
            if let Some(i) = path.iter().position(|p| p == n) {
                let mut circle = path[i..].to_vec();
                circle.push(n.to_string());
                return Some(circle);
            }
            if done.contains(n) {
                return None;
            }
            path.push(n.to_string());
            for m in edges.get(n).into_iter().flatten() {
                if let Some(c) = visit(m, edges, path, done) {
                    return Some(c);
                }
            }
            path.pop();
            done.insert(n.to_string());
            None
        }
        let mut done = BTreeSet::new();
        for n in edges.keys() {
            if let Some(circle) = visit(n, &edges, &mut Vec::new(), &mut done) {
                panic!("import circle inside {domain}: {}", circle.join(" → "));
            }
        }
    }
}

/// Source files allowed to name other domains' tables, and why.
const WRITES_OLD_SCHEMAS: &[&str] = &[
    // A test of a migration: it writes rows as the schema was before it, in SQL.
    "commons/treestore_migration.rs",
];

/// The schema tables a file imports: `schema::{a, b}` (over several lines too) and
/// `schema::a`.
fn schema_tables(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("schema::") {
        rest = &rest[i + "schema::".len()..];
        let text = if let Some(group) = rest.strip_prefix('{') {
            &group[..group.find('}').unwrap_or(group.len())]
        } else {
            &rest[..rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len())]
        };
        for name in text.split(',') {
            let name = name.trim().split("::").next().unwrap_or("").trim();
            if !name.is_empty() {
                out.insert(name.to_string());
            }
        }
    }
    out
}

/// A domain's code names only its own tables (those its export declares, the one list of
/// who owns which table): another domain's rows are read through that domain's face, so
/// its rules and its schema stay its own. Diesel's schema imports and SQL text (`FROM
/// people`, `JOIN people`, …) are both read.
#[test]
fn a_domain_names_only_its_own_tables() {
    let owner: BTreeMap<&str, &str> = commonfare::ops::EXPORTS
        .iter()
        .flat_map(|e| e.tables.iter().map(move |t| (t.name(), e.domain)))
        .filter(|(_, domain)| DOMAINS.contains(domain))
        .collect();
    assert!(owner.contains_key("people") && owner.contains_key("commons"));
    let mut found = Vec::new();
    for domain in DOMAINS {
        let mut files = Vec::new();
        rust_files(&src().join(domain), &mut files);
        for file in files {
            let rel = file.strip_prefix(src()).unwrap().display().to_string();
            if WRITES_OLD_SCHEMAS.contains(&rel.as_str()) {
                continue;
            }
            let code = std::fs::read_to_string(&file).expect("source");
            let code: String = code
                .lines()
                .map(|l| l.split("//").next().unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n");
            let mut named: BTreeSet<String> = schema_tables(&code);
            for table in owner.keys() {
                for verb in ["FROM", "JOIN", "INTO", "UPDATE"] {
                    let needle = format!("{verb} {table}");
                    if code.match_indices(&needle).any(|(i, _)| {
                        !code[i + needle.len()..]
                            .starts_with(|c: char| c.is_alphanumeric() || c == '_')
                    }) {
                        named.insert(table.to_string());
                    }
                }
            }
            for table in named {
                if let Some(owned_by) = owner.get(table.as_str())
                    && owned_by != domain
                {
                    found.push(format!(
                        "{rel}: {domain} names {owned_by}'s table `{table}`"
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Where a domain may query its tables: its store (`store.rs`, or `store/` when it has
/// several) and its share of the export (`export.rs`). Handlers, flows, views and the model
/// go through the store, so each rule over rows has one place to be enforced.
fn may_query(rel: &str) -> bool {
    let file = rel.split_once('/').map_or(rel, |(_, f)| f);
    file == "store.rs" || file.starts_with("store/") || file == "export.rs"
}

#[test]
fn a_domain_queries_only_in_its_store() {
    let markers = [
        "::table",
        "sql_query(",
        "diesel::insert_into",
        "diesel::update",
        "diesel::delete",
        "Fixed::",
    ];
    let mut found = Vec::new();
    for domain in DOMAINS {
        let mut files = Vec::new();
        rust_files(&src().join(domain), &mut files);
        for file in files {
            let rel = file.strip_prefix(src()).unwrap().display().to_string();
            if may_query(&rel) || WRITES_OLD_SCHEMAS.contains(&rel.as_str()) {
                continue;
            }
            let code = std::fs::read_to_string(&file).expect("source");
            for (n, line) in code.lines().enumerate() {
                let line = line.split("//").next().unwrap_or("");
                if let Some(m) = markers.iter().find(|m| line.contains(*m)) {
                    found.push(format!("{rel}:{}: `{m}` outside the store", n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// A domain's model is pure: no database, no HTTP, no state.
#[test]
fn a_domain_model_does_no_io() {
    let io = [
        "crate::db",
        "DbConn",
        "axum",
        "AppState",
        "diesel::",
        "crate::state",
    ];
    let mut found = Vec::new();
    for domain in DOMAINS {
        let mut files = Vec::new();
        let folder = src().join(domain).join("model");
        if folder.is_dir() {
            rust_files(&folder, &mut files);
        }
        let single = src().join(domain).join("model.rs");
        if single.is_file() {
            files.push(single);
        }
        assert!(!files.is_empty(), "{domain} has a model");
        for file in files {
            let rel = file.strip_prefix(src()).unwrap().display().to_string();
            let code = std::fs::read_to_string(&file).expect("source");
            for (n, line) in code.lines().enumerate() {
                let line = line.split("//").next().unwrap_or("");
                // Row types may derive diesel's traits; they do no I/O themselves.
                if line.trim_start().starts_with("#[") {
                    continue;
                }
                if let Some(m) = io.iter().find(|m| line.contains(*m)) {
                    found.push(format!("{rel}:{}: `{m}` in the model", n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Two types that derive `ToSchema` under one name would share one OpenAPI schema, the
/// later silently replacing the earlier (so responses of the first are described by the
/// second): every schema's name, after `#[schema(as = …)]`, is unique.
#[test]
fn openapi_schema_names_are_unique() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut twice = Vec::new();
    for file in files {
        let code = std::fs::read_to_string(&file).expect("source");
        let lines: Vec<&str> = code.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !(line.starts_with("#[derive(") && line.contains("ToSchema")) {
                continue;
            }
            let mut alias = None;
            let mut name = None;
            for next in lines.iter().skip(i + 1).take(12) {
                let t = next.trim_start();
                if let Some(rest) = t.strip_prefix("#[schema(as = ") {
                    alias = rest.split(')').next().map(str::to_string);
                }
                let decl = ["pub struct ", "pub enum ", "struct ", "enum "]
                    .iter()
                    .find_map(|k| t.strip_prefix(k));
                if let Some(decl) = decl {
                    name = decl
                        .split(|c: char| !c.is_alphanumeric() && c != '_')
                        .next()
                        .map(str::to_string);
                    break;
                }
            }
            let Some(name) = alias.or(name) else { continue };
            let place = file
                .strip_prefix(src())
                .expect("under src")
                .display()
                .to_string();
            if let Some(first) = seen.insert(name.clone(), place.clone()) {
                twice.push(format!("{name}: {first} and {place}"));
            }
        }
    }
    assert!(
        twice.is_empty(),
        "schema names used twice (give one `#[schema(as = …)]`): {twice:#?}"
    );
}
