//! One list of error codes (`error::CODES`): every code the sources answer with is in it,
//! every code in it is used, and the README documents each. And error pages that keep the
//! visitor's layout.

use std::path::{Path, PathBuf};

fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push((p.clone(), std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The snake_case string literals in `text`.
fn literals(text: &str) -> Vec<&str> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        })
        .collect()
}

/// Codes given to an error: the first literal after a constructor that takes a code, and
/// the arms of a domain error's `fn code`.
fn codes_in(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for marker in [
        "AppError::new(",
        "AppError::invalid(",
        "AppError::bad_request(",
        "AppError::conflict(",
        ".with_code(",
    ] {
        for (at, _) in code.match_indices(marker) {
            let rest = &code[at + marker.len()..];
            let call = &rest[..rest.find(')').unwrap_or(rest.len()).min(300)];
            if let Some(first) = literals(call).first() {
                found.push(first.to_string());
            }
        }
    }
    for (at, _) in code.match_indices("fn code(&self)") {
        let body = &code[at..];
        let body = &body[..body.find("\n    }\n").unwrap_or(body.len())];
        for arm in body.split("=>").skip(1) {
            if let Some(first) = literals(arm.lines().next().unwrap_or("")).first() {
                found.push(first.to_string());
            }
        }
    }
    found
}

#[test]
fn every_code_answered_is_listed_and_every_listed_code_is_used() {
    let listed: Vec<&str> = commonfare::error::CODES.iter().map(|(c, _)| *c).collect();
    let mut unique = listed.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), listed.len(), "a code is listed twice");
    let sources = sources();
    for (path, code) in &sources {
        if path.ends_with("journal/cache_tests.rs") {
            continue;
        }
        for c in codes_in(code) {
            assert!(
                listed.contains(&c.as_str()),
                "{} answers with the code `{c}`, which error::CODES does not list",
                path.display()
            );
        }
    }
    for c in &listed {
        let quoted = format!("\"{c}\"");
        let used = sources.iter().any(|(path, code)| {
            code.lines().any(|l| {
                l.contains(&quoted)
                    && !(path.ends_with("src/error.rs") && l.trim_start().starts_with("(\""))
            })
        });
        assert!(
            used,
            "error::CODES lists `{c}`, which no source answers with: remove it"
        );
    }
}

#[test]
fn the_readme_documents_every_code() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
            .unwrap();
    for (c, meaning) in commonfare::error::CODES {
        assert!(
            readme.contains(&format!("| `{c}` | {meaning} |")),
            "the README's table of error codes lacks `{c}` ({meaning})"
        );
    }
}

/// An error page keeps the visitor's layout: signed in, the navigation shows them and the
/// sign-out form, whether the address is unknown, names nothing, or is malformed; signed
/// out, it offers to sign in. The status and the card's words stay.
#[tokio::test]
async fn error_pages_keep_the_signed_in_layout() {
    let app = crate::support::TestApp::spawn().await;
    let ada = app.person("ada").await;
    let signed_in = app.browser_of(&ada).await;
    for (path, status, words) in [
        ("/no/such/address", 404, "the address /no/such/address"),
        ("/people/nobody", 404, "nobody"),
        ("/commons/x/contributions/abc", 400, "fix the address"),
    ] {
        let r = signed_in.get(app.url(path)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), status, "{path}");
        let html = r.text().await.unwrap();
        assert!(html.contains(words), "{path}: {html}");
        assert!(
            html.contains(r#"href="/people/ada""#),
            "{path} shows who is signed in"
        );
        assert!(html.contains("Sign out"), "{path} keeps the sign-out form");
        assert!(
            html.contains(r#"href="/commons""#),
            "{path} keeps the navigation"
        );
        let anonymous = app.browser().get(app.url(path)).send().await.unwrap();
        assert_eq!(anonymous.status().as_u16(), status);
        let html = anonymous.text().await.unwrap();
        assert!(
            html.contains(r#"href="/signin""#) && !html.contains("Sign out"),
            "{path}"
        );
    }
    // The API keeps its problems.
    let r = app
        .program()
        .get(app.url("/api/v1/people/nobody"))
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 404, "not_found").await;
}
