//! The pages' languages: chosen by the visitor's switch, then `Accept-Language`, then the
//! instance's default; the frame and error pages in each; the switch going back only to
//! this site; and the catalogue check (same messages and variables in every language,
//! every message used, every message the pages ask for present).

use crate::support::TestApp;
use commonfare::i18n::{Lang, messages};
use commonfare::journal::Entry;
use commonfare::journal::lines::message_key;
use commonfare::ops::EVENT_TYPES;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

async fn page(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    accept: &str,
) -> (u16, String, String) {
    let r = client
        .get(app.url(path))
        .header("accept-language", accept)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let language = r
        .headers()
        .get("content-language")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, language, r.text().await.unwrap())
}

#[tokio::test]
async fn the_browser_then_the_switch_choose_the_language() {
    let app = TestApp::spawn().await;
    let b = app.browser();
    let (status, language, html) = page(&app, &b, "/", "fr-BE, en;q=0.5").await;
    assert_eq!((status, language.as_str()), (200, "fr"));
    assert!(html.contains(r#"<html lang="fr">"#), "{html}");
    assert!(
        html.contains(">Communs<") && html.contains(">Se connecter<"),
        "{html}"
    );
    assert!(html.contains(r#"<option value="fr" lang="fr" selected>Français</option>"#));

    // The switch keeps the choice and comes back to the page it was used on; the choice
    // outranks the browser's.
    let program = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = program
        .get(app.url("/language?lang=it&back=/commons%3Fkind%3Ddata"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/commons?kind=data");
    assert!(
        r.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .starts_with("cf_lang=it;")
    );
    b.get(app.url("/language?lang=it&back=/commons"))
        .send()
        .await
        .unwrap();
    let (_, language, html) = page(&app, &b, "/commons", "fr").await;
    assert_eq!(language, "it");
    assert!(html.contains(r#"<html lang="it">"#) && html.contains(">Beni comuni<"));
    assert!(
        html.contains(r#"name="back" value="/commons""#),
        "the switch knows the page"
    );

    // Only an address of this site is gone back to.
    for back in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "",
    ] {
        let r = program
            .get(app.url("/language"))
            .query(&[("lang", "es"), ("back", back)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.headers()["location"], "/", "{back:?}");
    }
    let r = app
        .program()
        .get(app.url("/language?lang=klingon"))
        .send()
        .await
        .unwrap();
    crate::support::expect_page_error(r, 400, "en, fr, it or es").await;
    let r = app
        .program()
        .get(app.url("/language?back=/"))
        .send()
        .await
        .unwrap();
    crate::support::expect_page_error(r, 400, "fix the address").await;
}

/// Counts take the plural forms of each language (French counts 0 as singular).
#[tokio::test]
async fn counts_follow_each_language_s_plurals() {
    let app = TestApp::spawn().await;
    let b = app.browser();
    let (_, _, html) = page(&app, &b, "/", "fr").await;
    assert!(html.contains("0 personne ·"), "{html}");
    app.api_user("ada").await;
    let (_, _, fr) = page(&app, &b, "/", "fr").await;
    let (_, _, en) = page(&app, &b, "/", "en").await;
    assert!(
        fr.contains("1 personne ·") && en.contains("one person ·"),
        "{fr}"
    );
    app.api_user("bob").await;
    let (_, _, it) = page(&app, &b, "/", "it").await;
    assert!(it.contains("2 persone ·"), "{it}");
    assert!(it.contains("Sta succedendo ora") && it.contains("Unisciti a questa istanza"));
}

#[tokio::test]
async fn the_instance_default_and_error_pages_speak_the_language() {
    let app = TestApp::spawn_with(|c| c.default_language = "es".into()).await;
    let b = app.browser();
    let (_, language, html) = page(&app, &b, "/", "de-DE").await;
    assert_eq!(language, "es");
    assert!(html.contains(">Bienes comunes<") && html.contains(">Crear cuenta<"));
    let (status, _, html) = page(&app, &b, "/people/nobody", "fr").await;
    assert_eq!(status, 404);
    assert!(
        html.contains("Introuvable") && html.contains("Erreur 404"),
        "{html}"
    );
    assert!(html.contains(r#"<html lang="fr">"#));
    let (status, _, html) = page(&app, &b, "/no/such/page", "it").await;
    assert_eq!(status, 404);
    assert!(html.contains("Non trovato") && html.contains("Vai alla pagina iniziale"));
    // The API keeps its stable codes whatever the language.
    let r = app
        .program()
        .get(app.url("/api/v1/people/nobody"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 404, "not_found").await;

    let bad = commonfare::config::Config {
        default_language: "de".into(),
        ..Default::default()
    };
    let refused = bad.validate().unwrap_err().to_string();
    assert!(refused.contains("en, fr, it or es"), "{refused}");
}

/// Every file under `dir` with one of `exts`, as text.
fn texts(dir: &Path, exts: &[&str], out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            texts(&path, exts, out);
        } else if path
            .extension()
            .is_some_and(|e| exts.contains(&e.to_str().unwrap()))
        {
            out.push(std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables_and_each_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let english: BTreeMap<String, Vec<String>> = messages(Lang::En).into_iter().collect();
    assert!(english.len() >= 15, "{}", english.len());
    for lang in Lang::ALL {
        let other: BTreeMap<String, Vec<String>> = messages(lang).into_iter().collect();
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, not in English {extra:?}",
            lang.code()
        );
        for (key, vars) in &english {
            assert_eq!(&other[key], vars, "{}: the variables of {key}", lang.code());
        }
    }
    let mut templates = Vec::new();
    texts(&root.join("templates"), &["html"], &mut templates);
    let templates = templates.join("\n");
    let mut code = Vec::new();
    texts(&root.join("src"), &["rs"], &mut code);
    let all = format!("{templates}\n{}", code.join("\n"));
    // A journal line's message is asked for by its event type's name.
    let lines: BTreeSet<String> = EVENT_TYPES
        .iter()
        .flat_map(|l| l.iter())
        .map(|e| message_key(e.name))
        .collect();
    for key in english.keys() {
        assert!(
            all.contains(&format!("\"{key}\"")) || lines.contains(key),
            "{key} is used nowhere: remove it"
        );
    }
    // Every message a template asks for is in the catalogue.
    let mut asked = BTreeSet::new();
    for needle in ["chrome.t(\"", "chrome.t1(\""] {
        for (i, _) in templates.match_indices(needle) {
            let rest = &templates[i + needle.len()..];
            asked.insert(rest[..rest.find('"').unwrap()].to_string());
        }
    }
    let unknown: Vec<_> = asked.iter().filter(|k| !english.contains_key(*k)).collect();
    assert!(
        unknown.is_empty(),
        "asked for but not in the catalogue: {unknown:?}"
    );
    // Every problem detail the code names (`detail!("problem-…")`, `Detail::new("problem-…")`)
    // is in the catalogue, and the catalogue's problem details live in `problems.ftl`.
    let code = code.join("\n");
    let mut named = BTreeSet::new();
    for (i, _) in code.match_indices("\"problem-") {
        let rest = &code[i + 1..];
        let key = &rest[..rest.find('"').unwrap()];
        if key != "problem-" {
            named.insert(key.to_string());
        }
    }
    assert!(named.len() > 100, "{}", named.len());
    let unknown: Vec<_> = named.iter().filter(|k| !english.contains_key(*k)).collect();
    assert!(
        unknown.is_empty(),
        "problem details named in the code but not in the catalogue: {unknown:?}"
    );
    for lang in Lang::ALL {
        let file = root.join(format!("locales/{}/problems.ftl", lang.code()));
        let problems = std::fs::read_to_string(&file).unwrap();
        let main = std::fs::read_to_string(root.join(format!("locales/{}/main.ftl", lang.code())))
            .unwrap();
        for key in english.keys().filter(|k| k.starts_with("problem-")) {
            assert!(
                problems.contains(&format!("\n{key} =")) && !main.contains(&format!("\n{key} =")),
                "{}: {key} belongs in problems.ftl",
                lang.code()
            );
        }
    }
}

/// What is wrong with the journal's lines in a catalogue (`messages_of`, a language's
/// messages with their variables): an event type without its message, or a message that
/// places a value its type's payload does not give.
fn line_faults(
    types: &[&[Entry]],
    messages_of: impl Fn(Lang) -> Vec<(String, Vec<String>)>,
) -> Vec<String> {
    let mut faults = Vec::new();
    for lang in Lang::ALL {
        let catalogue: BTreeMap<String, Vec<String>> = messages_of(lang).into_iter().collect();
        for entry in types.iter().flat_map(|l| l.iter()) {
            let key = message_key(entry.name);
            let Some(vars) = catalogue.get(&key) else {
                faults.push(format!("{}: no {key} for {}", lang.code(), entry.name));
                continue;
            };
            for v in vars {
                if v != "actor" && !entry.args.contains(&v.as_str()) {
                    faults.push(format!(
                        "{}: {key} places ${v}, which {} does not give (it gives actor, {})",
                        lang.code(),
                        (entry.payload)(),
                        entry.args.join(", ")
                    ));
                }
            }
        }
    }
    faults
}

/// Every event type has its line in every language, placing only values its payload
/// gives (so a line is never shown with a hole in it).
#[test]
fn every_event_type_has_its_line_in_every_language() {
    let all = EVENT_TYPES.iter().map(|l| l.len()).sum::<usize>();
    assert!(all >= 28, "{all}");
    let faults = line_faults(EVENT_TYPES, messages);
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// The check above fails on a missing line and on a line that places what its type does
/// not give.
#[test]
fn the_line_check_finds_a_missing_or_overreaching_message() {
    let planted = |lang: Lang| {
        let mut m = messages(lang);
        m.retain(|(k, _)| k != "event-comment-deleted");
        for (k, vars) in &mut m {
            if k == "event-commons-forked" && lang == Lang::It {
                vars.push("licence".into());
            }
        }
        m
    };
    let faults = line_faults(EVENT_TYPES, planted);
    assert_eq!(faults.len(), 5, "{faults:#?}");
    assert!(
        faults
            .iter()
            .any(|f| f.starts_with("it: event-commons-forked places $licence"))
    );
    assert!(
        faults
            .iter()
            .any(|f| f == "fr: no event-comment-deleted for comment.deleted")
    );
}

/// Words the pages show as they are in every language: formats, a brand, addresses.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "JSON",
    "CSV",
    "hledger",
    "Beancount",
    "tar",
    "zip",
    "sha",
    "Commonfare",
    "api",
    "activity",
    "https",
    "fork",
];

/// No words are written straight into a template: text between tags and the words of
/// `placeholder`, `title`, `alt` and `aria-label` come from the catalogue, or are among
/// the few that every language writes the same.
#[test]
fn templates_hold_no_words_of_their_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut files = Vec::new();
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "html") {
                out.push(path);
            }
        }
    }
    walk(&root, &mut files);
    assert!(files.len() > 25);
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut rest = text.as_str();
        let mut plain = String::new();
        // Drop comments, expressions and statements.
        while let Some(i) = rest.find('{') {
            plain.push_str(&rest[..i]);
            let close = match rest[i..].chars().nth(1) {
                Some('{') => "}}",
                Some('%') => "%}",
                Some('#') => "#}",
                _ => {
                    plain.push('{');
                    rest = &rest[i + 1..];
                    continue;
                }
            };
            let end = rest[i..].find(close).expect("a closed template tag") + i + 2;
            plain.push(' ');
            rest = &rest[end..];
        }
        plain.push_str(rest);
        // The words shown: text between tags, and the attributes people read.
        let mut shown = Vec::new();
        let mut rest = plain.as_str();
        while let Some(i) = rest.find('<') {
            shown.push(rest[..i].to_string());
            let end = rest[i..].find('>').map_or(rest.len(), |e| e + i + 1);
            let tag = &rest[i..end];
            if tag.starts_with("<script") {
                let stop = rest.find("</script>").unwrap_or(rest.len());
                rest = &rest[stop.max(end)..];
                continue;
            }
            for attr in ["placeholder=\"", "title=\"", "alt=\"", "aria-label=\""] {
                if let Some(a) = tag.find(attr) {
                    let value = &tag[a + attr.len()..];
                    shown.push(value[..value.find('"').unwrap_or(0)].to_string());
                }
            }
            rest = &rest[end..];
        }
        shown.push(rest.to_string());
        for piece in shown {
            for word in piece.split(|c: char| !c.is_alphabetic()) {
                if word.chars().count() >= 2 && !SAME_IN_EVERY_LANGUAGE.contains(&word) {
                    found.push(format!(
                        "{}: {word:?}",
                        file.strip_prefix(&root).unwrap().display()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words written straight into templates (put them in the catalogue):\n{}",
        found.join("\n")
    );
}

#[tokio::test]
async fn a_french_viewer_reads_french_dates_in_the_instances_zone() {
    use commonfare::i18n::formats::{Zone, date};
    let app = TestApp::spawn_with(|c| c.time_zone = "Europe/Paris".into()).await;
    app.person("ada").await;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let paris = Zone::parse("Europe/Paris").unwrap();
    let (_, language, html) = page(&app, &app.browser(), "/people/ada", "fr").await;
    assert_eq!(language, "fr");
    // `Inscrit·e le 6 déc. 2026, 13:22 UTC+1`: the day as French writes it, Paris's offset.
    let today = date(Lang::Fr, &paris, now);
    assert!(html.contains(&today), "{today} on {html}");
    assert!(html.contains("UTC+1") || html.contains("UTC+2"), "{html}");
    assert!(!html.contains(" UTC<") && !html.contains(" PM"), "{html}");
    // The same page in Italian writes the day the Italian way.
    let (_, _, html) = page(&app, &app.browser(), "/people/ada", "it").await;
    assert!(html.contains(&date(Lang::It, &paris, now)), "{html}");
}
