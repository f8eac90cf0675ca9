//! The journal: one event per change in the same transaction, feeds, pagination, SSE.

use crate::support::{TestApp, expect_problem};
use commonfare::error::AppError;
use commonfare::journal::{Entry, EventType, ObjectKind, ObjectRef, Verb, record};
use commonfare::ops::EVENT_TYPES;
use futures_util::StreamExt;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::Duration;

/// An event type for trying the journal itself: any JSON payload.
const fn try_type(verb: Verb, object: ObjectKind) -> EventType<Value> {
    EventType::new("test.tried", verb, object, "a test wrote it")
}

fn commons_object() -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Commons,
        id: "1".into(),
        url: "/".into(),
        context: None,
    }
}

#[tokio::test]
async fn a_rolled_back_change_leaves_no_event() {
    let app = TestApp::spawn().await;
    app.api_user("ada").await;
    let before = app.journal_len().await;
    let r: Result<(), AppError> = app
        .state
        .db
        .write(move |c| {
            let tried = try_type(Verb::Create, ObjectKind::Commons);
            record(
                c,
                None,
                &tried,
                &commons_object(),
                "will roll back",
                &json!({}),
            )?;
            Err(AppError::invalid(
                "invalid_field",
                commonfare::error::Detail::new("problem-text-empty"),
            ))
        })
        .await;
    assert!(r.is_err());
    assert_eq!(app.journal_len().await, before);
    // And a committed one has exactly one.
    app.state
        .db
        .write(move |c| {
            let tried = try_type(Verb::Create, ObjectKind::Commons);
            record(c, None, &tried, &commons_object(), "kept", &json!({}))
        })
        .await
        .unwrap();
    assert_eq!(app.journal_len().await, before + 1);
}

#[tokio::test]
async fn secret_payloads_are_refused() {
    let app = TestApp::spawn().await;
    let tried = try_type(Verb::Delete, ObjectKind::Commons);
    let r = app
        .state
        .db
        .write(move |c| {
            let payload = json!({"person": {"email": "x@y.z"}});
            record(c, None, &tried, &commons_object(), "oops", &payload)
        })
        .await;
    assert!(r.is_err());
    assert_eq!(app.journal_len().await, 0);
}

#[tokio::test]
async fn an_event_is_written_only_as_its_declared_type_allows() {
    let app = TestApp::spawn().await;
    // (declared object, declared verb, the object written about, accepted)
    for (declared, verb, about, ok) in [
        (ObjectKind::Person, Verb::Create, ObjectKind::Person, true),
        (ObjectKind::Person, Verb::Join, ObjectKind::Person, false),
        (ObjectKind::Thread, Verb::Delete, ObjectKind::Thread, false),
        (
            ObjectKind::Contribution,
            Verb::Offer,
            ObjectKind::Contribution,
            true,
        ),
        (
            ObjectKind::Contribution,
            Verb::Offer,
            ObjectKind::Commons,
            false,
        ),
    ] {
        let r = app
            .state
            .db
            .write(move |c| {
                let obj = ObjectRef {
                    kind: about,
                    id: "1".into(),
                    url: "/".into(),
                    context: None,
                };
                record(
                    c,
                    None,
                    &try_type(verb, declared),
                    &obj,
                    "a try",
                    &json!({}),
                )
            })
            .await;
        assert_eq!(r.is_ok(), ok, "{declared:?} {verb:?} about {about:?}");
    }
    assert_eq!(app.journal_len().await, 2, "the refused ones left nothing");
}

/// The catalogue names each type once, under its object's name, with a verb its object
/// may carry; and every verb an object may carry has a type that says what it means.
#[test]
fn the_catalogue_names_each_event_type_once_and_covers_every_verb() {
    let all: Vec<&Entry> = EVENT_TYPES.iter().flat_map(|l| l.iter()).collect();
    let mut names = std::collections::BTreeSet::new();
    for e in &all {
        assert!(names.insert(e.name), "{} is declared twice", e.name);
        let (object, what) = e.name.split_once('.').expect("object.what_happened");
        assert_eq!(object, e.object.as_str(), "{} names its object", e.name);
        assert!(
            !what.is_empty() && what.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "{}",
            e.name
        );
        assert!(
            e.object.verbs().contains(&e.verb),
            "{}: {} is no verb of a {}",
            e.name,
            e.verb.as_str(),
            e.object.as_str()
        );
        assert!(!e.about.is_empty(), "{} says when it is written", e.name);
    }
    for kind in ObjectKind::ALL {
        for verb in kind.verbs() {
            assert!(
                all.iter().any(|e| e.object == kind && e.verb == *verb),
                "{} {} has no event type",
                verb.as_str(),
                kind.as_str()
            );
        }
    }
}

/// Every event the demo territory writes (people, organizations, commons with forks,
/// reviews and reverts, threads) names a declared type and its payload reads as that type.
#[tokio::test]
async fn every_event_reads_as_its_declared_type() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let events = app
        .state
        .db
        .read(|c| {
            let mut all = Vec::new();
            commonfare::journal::store::for_each(c, |e| {
                all.push(e.clone());
                Ok(())
            })?;
            Ok(all)
        })
        .await
        .unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for e in &events {
        let entry = commonfare::journal::types::find(EVENT_TYPES, &e.kind)
            .unwrap_or_else(|| panic!("event {} has the undeclared type {:?}", e.seq, e.kind));
        assert_eq!(
            (entry.verb.as_str(), entry.object.as_str()),
            (e.verb.as_str(), e.object_type.as_str()),
            "{}",
            e.kind
        );
        if let Err(why) = (entry.reads)(&e.payload) {
            panic!(
                "the payload of {} ({}) does not read as {}: {why}\n{}",
                e.seq,
                e.kind,
                (entry.payload)(),
                e.payload
            );
        }
        seen.insert(e.kind.clone());
    }
    assert!(seen.len() >= 15, "the demo writes most types: {seen:?}");
    // The API serves the catalogue, so a reader can learn what each `kind` means.
    let types: Vec<Value> = app
        .program()
        .get(app.url("/api/v1/activity/types"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let served: std::collections::BTreeSet<&str> =
        types.iter().filter_map(|t| t["name"].as_str()).collect();
    for kind in &seen {
        assert!(served.contains(kind.as_str()), "{kind} is in the catalogue");
    }
    let forked = types
        .iter()
        .find(|t| t["name"] == "commons.forked")
        .unwrap();
    assert_eq!(forked["verb"], "Create");
    assert_eq!(forked["object_type"], "commons");
    let recent: Value = app
        .program()
        .get(app.url("/api/v1/activity?limit=5"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for e in recent["items"].as_array().unwrap() {
        assert!(served.contains(e["kind"].as_str().unwrap()), "{e}");
    }
}

#[tokio::test]
async fn an_unknown_object_type_is_refused_not_answered_empty() {
    let app = TestApp::spawn().await;
    let c = app.program();
    let r = c
        .get(app.url("/api/v1/activity?object_type=organisation"))
        .send()
        .await
        .unwrap();
    let p = expect_problem(r, 422, "unknown_object_type").await;
    assert!(
        p["detail"].as_str().unwrap().contains("organization"),
        "{p}"
    );
    let r = c
        .get(app.url("/activity.atom?object_type=nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = app
        .browser()
        .get(app.url("/activity?object_type=nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("is none of"));
    for kind in ObjectKind::ALL {
        let url = format!("/api/v1/activity?object_type={}", kind.as_str());
        assert_eq!(c.get(app.url(&url)).send().await.unwrap().status(), 200);
    }
}

#[tokio::test]
async fn cursor_pagination_and_filters() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    app.api_user("bob").await;
    let c = app.program();
    for i in 0..5 {
        c.post(app.url("/api/v1/orgs"))
            .bearer_auth(&ada)
            .json(&json!({"handle": format!("o{i}"), "name": "O", "kind": "cooperative"}))
            .send()
            .await
            .unwrap();
    }
    // 2 people + 5 organizations.
    let mut seen = Vec::new();
    let mut url = app.url("/api/v1/activity?limit=3");
    loop {
        let page: Value = c.get(&url).send().await.unwrap().json().await.unwrap();
        for e in page["items"].as_array().unwrap() {
            seen.push(e["seq"].as_i64().unwrap());
        }
        match page["next_cursor"].as_str() {
            Some(cur) => url = app.url(&format!("/api/v1/activity?limit=3&cursor={cur}")),
            None => break,
        }
    }
    assert_eq!(seen.len(), 7);
    assert!(
        seen.windows(2).all(|w| w[0] > w[1]),
        "newest first, no repeats: {seen:?}"
    );

    let by_bob: Value = c
        .get(app.url("/api/v1/activity?actor=bob"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(by_bob["items"].as_array().unwrap().len(), 1);
    let orgs: Value = c
        .get(app.url("/api/v1/activity?object_type=organization"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(orgs["items"].as_array().unwrap().len(), 5);

    let html = c
        .get(app.url("/activity?actor=ada&object_type=organization"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(html.matches("class=\"event\"").count(), 5);
    let html = c
        .get(app.url("/activity?limit=2"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Older events"));

    expect_problem(
        c.get(app.url("/api/v1/activity?cursor=abc"))
            .send()
            .await
            .unwrap(),
        400,
        "invalid_cursor",
    )
    .await;
    expect_problem(
        c.get(app.url("/api/v1/activity?limit=1000"))
            .send()
            .await
            .unwrap(),
        400,
        "invalid_limit",
    )
    .await;
}

#[tokio::test]
async fn atom_feed() {
    let app = TestApp::spawn().await;
    app.api_user("ada").await;
    let r = app
        .program()
        .get(app.url("/activity.atom"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let xml = r.text().await.unwrap();
    assert!(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assert!(xml.contains("<title>@ada joined the instance</title>"));
}

/// Reads SSE frames until `n` journal events arrived; returns their ids.
async fn read_events(r: reqwest::Response, n: usize) -> Vec<(i64, Value)> {
    let mut stream = r.bytes_stream();
    let mut buf = String::new();
    let mut out = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while out.len() < n {
        let chunk = tokio::time::timeout_at(deadline, stream.next())
            .await
            .expect("SSE events in time")
            .expect("stream open")
            .unwrap();
        buf.push_str(&String::from_utf8_lossy(&chunk));
        while let Some(end) = buf.find("\n\n") {
            let frame: String = buf.drain(..end + 2).collect();
            let id = frame
                .lines()
                .find_map(|l| l.strip_prefix("id: ").or(l.strip_prefix("id:")))
                .map(|v| v.trim().parse::<i64>().unwrap());
            let data = frame
                .lines()
                .find_map(|l| l.strip_prefix("data: ").or(l.strip_prefix("data:")));
            if let (Some(id), Some(data)) = (id, data) {
                out.push((id, serde_json::from_str(data).unwrap()));
            }
        }
    }
    out
}

#[tokio::test]
async fn sse_is_live_and_resumable() {
    let app = TestApp::spawn().await;
    let c = app.program();
    let live = c
        .get(app.url("/api/v1/activity/stream"))
        .send()
        .await
        .unwrap();
    assert_eq!(live.status(), StatusCode::OK);
    assert!(
        live.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    app.api_user("ada").await;
    app.api_user("bob").await;
    let got = read_events(live, 2).await;
    assert_eq!(got[0].1["summary"], "@ada joined the instance");
    assert_eq!(got[1].1["summary"], "@bob joined the instance");

    // Resume after the first: exactly the missed one comes, then live ones.
    let resumed = c
        .get(app.url("/api/v1/activity/stream"))
        .header("Last-Event-ID", got[0].0.to_string())
        .send()
        .await
        .unwrap();
    app.api_user("carol").await;
    let again = read_events(resumed, 2).await;
    assert_eq!(again[0].0, got[1].0);
    assert_eq!(again[1].1["actor"], "carol");

    // A French reader's stream carries each event's line and verb in French too, beside
    // the stable summary.
    let french = c
        .get(app.url("/api/v1/activity/stream?after=0"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    let first = read_events(french, 1).await;
    assert_eq!(first[0].1["summary"], "@ada joined the instance");
    let line = first[0].1["line"].as_str().unwrap();
    assert!(
        line.contains("@ada") && line != "@ada joined the instance",
        "{line}"
    );
    assert_ne!(first[0].1["verb_text"], first[0].1["verb"]);

    let bad = c
        .get(app.url("/api/v1/activity/stream"))
        .header("Last-Event-ID", "x")
        .send()
        .await
        .unwrap();
    expect_problem(bad, 400, "invalid_last_event_id").await;
}

#[tokio::test]
async fn home_page_shows_the_journal_and_the_live_script() {
    let app = TestApp::spawn().await;
    app.api_user("ada").await;
    let html = app
        .program()
        .get(app.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("@ada joined the instance"));
    assert!(html.contains("/assets/live.js"));
    let js = app
        .program()
        .get(app.url("/assets/live.js"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(js.contains("EventSource"));
}

#[tokio::test]
async fn health_metrics_and_ping() {
    let app = TestApp::spawn().await;
    let c = app.program();
    let h: Value = c
        .get(app.url("/health"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(h["status"], "ok");
    assert_eq!(
        c.get(app.url("/ping"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        "pong"
    );
    app.api_user("ada").await;
    let m = c
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(m.contains("commonfare_http_requests_total{method=\"POST\",route=\"/api/v1/people\",status=\"201\"} 1"), "{m}");
    assert!(m.contains("commonfare_journal_events 1"));
    assert!(m.contains("commonfare_db_pool_connections"));
    assert!(m.contains("commonfare_http_request_duration_seconds_bucket"));
}

#[tokio::test]
async fn a_panicking_write_rolls_back_and_frees_the_connection() {
    let app = TestApp::spawn_with(|c| c.pool_size = 1).await;
    let r: Result<(), AppError> = app
        .state
        .db
        .write(|c| {
            let obj = ObjectRef {
                kind: ObjectKind::Commons,
                id: "1".into(),
                url: "/".into(),
                context: None,
            };
            record(
                c,
                None,
                &try_type(Verb::Create, ObjectKind::Commons),
                &obj,
                "then a bug",
                &json!({}),
            )?;
            panic!("a bug in a domain");
        })
        .await;
    assert_eq!(r.unwrap_err().code, "internal");
    assert_eq!(app.journal_len().await, 0);
    // The only connection is usable again for a new transaction.
    app.api_user("ada").await;
    assert_eq!(app.journal_len().await, 1);
}

#[tokio::test]
async fn bad_query_strings_are_clear_4xx() {
    let app = TestApp::spawn().await;
    let c = app.program();
    expect_problem(
        c.get(app.url("/api/v1/activity?limit=abc"))
            .send()
            .await
            .unwrap(),
        400,
        "invalid_query",
    )
    .await;
    expect_problem(
        c.get(app.url("/api/v1/activity/stream?after=x"))
            .send()
            .await
            .unwrap(),
        400,
        "invalid_query",
    )
    .await;
    crate::support::expect_page_error(
        c.get(app.url("/activity?limit=abc")).send().await.unwrap(),
        400,
        "fix the address",
    )
    .await;
}

/// Every event of the demo territory.
async fn demo_events(app: &TestApp) -> Vec<commonfare::journal::Event> {
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    app.state
        .db
        .read(|c| {
            let mut all = Vec::new();
            commonfare::journal::store::for_each(c, |e| {
                all.push(e.clone());
                Ok(())
            })?;
            Ok(all)
        })
        .await
        .unwrap()
}

/// Text as a page writes it (askama's escaping).
fn html_escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// Every event the demo writes reads as a line of its own in every language (its payload
/// gives every value its message places); in English, the line says what the stored
/// summary says.
#[tokio::test]
async fn every_demo_event_has_its_line_in_every_language() {
    use commonfare::i18n::Lang;
    use commonfare::journal::lines::line_of;
    let app = TestApp::spawn().await;
    let events = demo_events(&app).await;
    for e in &events {
        for lang in Lang::ALL {
            let line = line_of(EVENT_TYPES, e, lang).unwrap_or_else(|| {
                panic!(
                    "{} ({}) has no line in {}: {}",
                    e.seq,
                    e.kind,
                    lang.code(),
                    e.payload
                )
            });
            assert!(!line.contains('{') && !line.contains('$'), "{line}");
            if lang == Lang::En {
                assert_eq!(line, e.summary, "{}: {}", e.kind, e.payload);
            } else {
                assert_ne!(line, e.summary, "{} in {}", e.kind, lang.code());
            }
        }
    }
}

/// The demo's journal in French: French lines and verbs, not one English summary; the API
/// keeps each summary as it was stored.
#[tokio::test]
async fn the_demo_journal_reads_in_french_and_the_api_keeps_the_summaries() {
    let app = TestApp::spawn().await;
    let events = demo_events(&app).await;
    let page = |path: &'static str, lang: &'static str| {
        let c = app.program();
        let url = app.url(path);
        async move {
            c.get(url)
                .header("accept-language", lang)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    let html = page("/activity?limit=100", "fr").await;
    let shown: Vec<_> = events.iter().rev().take(100).collect();
    assert!(shown.len() > 30, "{}", shown.len());
    assert_eq!(html.matches("class=\"event\"").count(), shown.len());
    for e in &shown {
        assert!(
            !html.contains(&html_escaped(&e.summary)),
            "English on the French journal: {}",
            e.summary
        );
    }
    // The newest hundred events of the demo, whichever domains wrote them, read in French.
    assert!(
        [
            " a créé ",
            " a proposé ",
            " a réservé ",
            " a prêté ",
            " a enregistré "
        ]
        .iter()
        .any(|w| html.contains(w)),
        "{html}"
    );
    assert!(
        html.contains(">Création</span>") || html.contains(">Réservation</span>"),
        "{html}"
    );
    assert!(!html.contains(">Create</span>"));
    // The summary of every event appears in English for an English reader.
    let en = page("/activity?limit=100", "en").await;
    for e in &shown {
        assert!(en.contains(&html_escaped(&e.summary)), "{}", e.summary);
    }

    let api: Value = serde_json::from_str(&page("/api/v1/activity?limit=100", "fr").await).unwrap();
    let items = api["items"].as_array().unwrap();
    assert_eq!(items.len(), shown.len());
    for (item, e) in items.iter().zip(&shown) {
        assert_eq!(item["summary"], e.summary.as_str());
    }
}

/// A line the event cannot give in the reader's language is its stored summary: an event
/// written before types were named, one whose payload does not read as its type, and one
/// whose payload lacks a value its message places (written before the payload carried it).
#[tokio::test]
async fn an_event_that_cannot_be_read_shows_its_stored_summary() {
    let app = TestApp::spawn().await;
    let org = ObjectRef {
        kind: ObjectKind::Organization,
        id: "o".into(),
        url: "/orgs/city".into(),
        context: None,
    };
    for (kind, verb, summary, payload) in [
        ("", Verb::Update, "@ada did something long ago", json!({})),
        (
            "organization.left",
            Verb::Leave,
            "@ada left @city, unreadably",
            json!({"member": 7}),
        ),
        (
            "organization.invited",
            Verb::Invite,
            "@ada invited @bob to @city as member, before payloads named the organization",
            json!({"invitee": "bob", "role": "member"}),
        ),
    ] {
        let org = org.clone();
        app.state
            .db
            .write(move |c| {
                let t = EventType::<Value>::new(kind, verb, ObjectKind::Organization, "a try");
                record(c, Some("ada"), &t, &org, summary, &payload)
            })
            .await
            .unwrap();
    }
    let html = app
        .program()
        .get(app.url("/activity"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for summary in [
        "@ada did something long ago",
        "@ada left @city, unreadably",
        "@ada invited @bob to @city as member, before payloads named the organization",
    ] {
        assert!(html.contains(summary), "{summary}\n{html}");
    }
    assert!(
        !html.contains('$') && !html.contains("event-organization"),
        "{html}"
    );
    // The badge is translated all the same.
    assert!(html.contains(">Invitation</span>") && html.contains(">Départ</span>"));
}

/// The Atom feed's titles are the lines in the language negotiated for the request.
#[tokio::test]
async fn atom_titles_speak_the_reader_s_language() {
    let app = TestApp::spawn().await;
    app.api_user("ada").await;
    for (lang, title) in [
        ("fr", "<title>@ada a rejoint l&#39;instance</title>"),
        (
            "it",
            "<title>@ada ha aperto un account sull&#39;istanza</title>",
        ),
        ("es", "<title>@ada se unió a la instancia</title>"),
        ("en", "<title>@ada joined the instance</title>"),
    ] {
        let xml = app
            .program()
            .get(app.url("/activity.atom"))
            .header("accept-language", lang)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(xml.contains(title), "{lang}: {xml}");
    }
}
