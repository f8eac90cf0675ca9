//! The calendars: a resource's feed and one reservation's file, read line by line here
//! (CRLF, folding at 75 octets, escaping, UTC times) and by Python's `icalendar`, whose
//! events must be the store's reservations exactly.

use super::{book, slot};
use crate::support::{TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};
use std::io::Write;
use std::process::{Command, Stdio};

const TRICKY: &str = "Bring gloves, goggles; and the key\\card.\nAsk at the desk — ça marche, ¿vale? Überall grüßen Ärzte öfter Ölmühlen.";

async fn feed(app: &TestApp, path: &str) -> (String, String) {
    let r = app.program().get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let ctype = r.headers()["content-type"].to_str().unwrap().to_string();
    (ctype, r.text().await.unwrap())
}

/// Unfolds content lines (RFC 5545 §3.1).
fn unfold(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

async fn library(app: &TestApp) -> (String, Vec<Value>) {
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app
        .resource(&ada, json!({"name": "Laser cutter, 60 W; bed 600×400", "description": TRICKY,
                               "place": "Via dei Mulini 12, Lagomar", "quantity": 2, "approval_required": true}))
        .await;
    let mut made = vec![
        book(app, &ada, &id, slot(2, 4, 2), 201).await,
        book(app, &bob, &id, slot(5, 7, 1), 201).await,
        book(app, &bob, &id, slot(30, 33, 1), 201).await,
    ];
    let gone = book(app, &bob, &id, slot(40, 41, 1), 201).await;
    let gid = gone["id"].as_str().unwrap();
    app.call_as(
        Some(&bob),
        Method::POST,
        &format!("/api/v1/reservations/{gid}/cancel"),
        None,
        200,
    )
    .await;
    made.sort_by_key(|k| k["starts_at"].as_str().unwrap().to_string());
    (id, made)
}

#[tokio::test]
async fn the_feed_is_well_formed_icalendar_text() {
    let app = TestApp::spawn().await;
    let (id, made) = library(&app).await;
    let (ctype, text) = feed(&app, &format!("/api/v1/resources/{id}/calendar.ics")).await;
    assert!(ctype.starts_with("text/calendar"), "{ctype}");
    assert!(text.ends_with("\r\n"));
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    assert!(!text.replace("\r\n", "").contains('\r'));
    let raw: Vec<&str> = text.split("\r\n").collect();
    assert!(raw.iter().all(|l| l.len() <= 75), "no line over 75 octets");
    assert!(
        raw.iter().any(|l| l.starts_with(' ')),
        "the long description is folded"
    );
    let lines = unfold(&text);
    assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
    assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    let description = "DESCRIPTION:Bring gloves\\, goggles\\; and the key\\\\card.\\nAsk at the desk — ça marche\\, ¿vale? Überall grüßen Ärzte öfter Ölmühlen.";
    assert_eq!(
        lines.iter().filter(|l| *l == description).count(),
        3,
        "{lines:#?}"
    );
    assert!(lines.contains(&"LOCATION:Via dei Mulini 12\\, Lagomar".to_string()));
    let starts: Vec<&String> = lines.iter().filter(|l| l.starts_with("DTSTART:")).collect();
    assert_eq!(starts.len(), made.len(), "the cancelled one is left out");
    for (line, k) in starts.iter().zip(&made) {
        let want = k["starts_at"].as_str().unwrap().replace(['-', ':'], "");
        assert_eq!(line.as_str(), format!("DTSTART:{want}"));
        assert!(line.ends_with('Z'));
    }
    assert_eq!(
        lines.iter().filter(|l| *l == "STATUS:TENTATIVE").count(),
        2,
        "bob's await approval"
    );

    let one = &made[0]["id"].as_str().unwrap();
    let (_, text) = feed(&app, &format!("/api/v1/reservations/{one}/calendar.ics")).await;
    let lines = unfold(&text);
    assert!(lines.contains(&format!("UID:{one}@commonfare")));
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
    assert!(
        lines.contains(&"STATUS:CONFIRMED".to_string()),
        "the steward's own is confirmed"
    );
}

const READER: &str = r#"
import json, sys
import icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
out = []
for e in cal.walk("VEVENT"):
    out.append({
        "uid": str(e.get("UID")),
        "start": e.decoded("DTSTART").strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": e.decoded("DTEND").strftime("%Y-%m-%dT%H:%M:%SZ"),
        "utc": e.decoded("DTSTART").utcoffset().total_seconds() == 0,
        "summary": str(e.get("SUMMARY")),
        "description": str(e.get("DESCRIPTION")),
        "location": str(e.get("LOCATION")),
        "status": str(e.get("STATUS")),
    })
# icalendar leaves X- properties as they were written: unescape the name as TEXT.
raw = str(cal.get("X-WR-CALNAME"))
name = raw.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n").replace("\\\\", "\\")
print(json.dumps({"name": str(name), "events": out}))
"#;

/// The Python that reads calendars: `COMMONFARE_PYTHON` (scripts/test sets one with
/// `icalendar`), else `python3`; None, with the reason, when it cannot import icalendar.
fn python() -> Result<String, String> {
    let py = std::env::var("COMMONFARE_PYTHON").unwrap_or_else(|_| "python3".into());
    match Command::new(&py).args(["-c", "import icalendar"]).output() {
        Ok(o) if o.status.success() => Ok(py),
        Ok(_) => Err(format!(
            "{py} has no icalendar module (pip install icalendar)"
        )),
        Err(e) => Err(format!("no {py}: {e}")),
    }
}

/// A calendar read by Python's `icalendar` through `READER`: its name and its events.
fn read_with(py: &str, text: &str) -> Value {
    let mut child = Command::new(py)
        .args(["-c", READER])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[tokio::test]
async fn python_icalendar_reads_every_reservation_of_the_store() {
    let py = match python() {
        Ok(p) => p,
        Err(why) => {
            println!("skipped: {why}");
            return;
        }
    };
    let app = TestApp::spawn().await;
    let (id, made) = library(&app).await;
    let (_, text) = feed(&app, &format!("/api/v1/resources/{id}/calendar.ics")).await;
    let read = read_with(&py, &text);
    assert_eq!(read["name"], "Laser cutter, 60 W; bed 600×400");
    let events = read["events"].as_array().unwrap();
    // Every event is a reservation of the store that holds items, and every one is there.
    let stored = app
        .count(format!(
            "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id = '{id}' AND state <> 'cancelled'"
        ))
        .await;
    assert_eq!(events.len() as i64, stored);
    for (e, k) in events.iter().zip(&made) {
        let kid = k["id"].as_str().unwrap();
        let v = app
            .call_as(
                None,
                Method::GET,
                &format!("/api/v1/reservations/{kid}"),
                None,
                200,
            )
            .await;
        assert_eq!(e["uid"], format!("{kid}@commonfare"));
        assert_eq!(e["start"], v["starts_at"]);
        assert_eq!(e["end"], v["ends_at"]);
        assert_eq!(e["utc"], true);
        assert_eq!(e["description"], TRICKY);
        assert_eq!(e["location"], "Via dei Mulini 12, Lagomar");
        let q = v["quantity"].as_i64().unwrap();
        assert_eq!(
            e["summary"],
            format!(
                "Laser cutter, 60 W; bed 600×400 × {q} — @{}",
                v["borrower"].as_str().unwrap()
            )
        );
        let status = if v["state"] == "pending" {
            "TENTATIVE"
        } else {
            "CONFIRMED"
        };
        assert_eq!(e["status"], status);
    }
}

/// Blocks are events of the resource's feed, read by Python's `icalendar` beside the
/// reservations: a maintenance block over its interval, a breakdown not yet repaired up
/// to 9999-12-30; each with the block's id, times and reason.
#[tokio::test]
async fn python_icalendar_reads_the_blocks_of_a_feed() {
    let py = match python() {
        Ok(p) => p,
        Err(why) => {
            println!("skipped: {why}");
            return;
        }
    };
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app
        .resource(
            &ada,
            json!({"name": "Van", "place": "Depot", "quantity": 2}),
        )
        .await;
    let k = book(&app, &bob, &id, slot(2, 4, 1), 201).await;
    let m = app
        .post_as(
            &ada,
            &format!("/api/v1/resources/{id}/blocks"),
            json!({"starts_at": super::at(6), "ends_at": super::at(8), "reason": "oil, tyres"}),
            201,
        )
        .await;
    let b = app
        .post_as(
            &ada,
            &format!("/api/v1/resources/{id}/breakdowns"),
            json!({"quantity": 1, "reason": "clutch"}),
            201,
        )
        .await;
    let (_, text) = feed(&app, &format!("/api/v1/resources/{id}/calendar.ics")).await;
    let read = read_with(&py, &text);
    let events = read["events"].as_array().unwrap();
    assert_eq!(events.len(), 3, "{read}");
    let by_uid = |id: &Value| {
        events
            .iter()
            .find(|e| e["uid"] == format!("{}@commonfare", id.as_str().unwrap()))
            .unwrap_or_else(|| panic!("{id} in {read}"))
    };
    assert_eq!(by_uid(&k["id"])["start"], k["starts_at"]);
    let e = by_uid(&m["id"]);
    assert_eq!((&e["start"], &e["end"]), (&m["starts_at"], &m["ends_at"]));
    assert_eq!(e["summary"], "Van — maintenance × 1");
    assert_eq!(e["description"], "oil, tyres");
    assert_eq!(e["location"], "Depot");
    let e = by_uid(&b["block"]["id"]);
    assert_eq!(e["start"], b["block"]["starts_at"]);
    assert_eq!(e["end"], "9999-12-30T00:00:00Z", "until repaired");
    assert_eq!(e["summary"], "Van — out of order × 1");
    assert_eq!(e["description"], "clutch");
}

/// A place's feed: every resource kept there (the place written in any case), each
/// reservation that holds items and nothing kept elsewhere; read by Python's `icalendar`
/// when it is at hand; a place where nothing is kept is a 404 that names it.
#[tokio::test]
async fn a_place_has_one_feed_of_everything_kept_there() {
    let app = TestApp::spawn().await;
    let (_, made) = library(&app).await;
    let cy = app.person("cy").await;
    let bench = app
        .resource(
            &cy,
            json!({"name": "Workbench", "place": "via dei mulini 12, LAGOMAR"}),
        )
        .await;
    let elsewhere = app
        .resource(&cy, json!({"name": "Ladder", "place": "Town hall"}))
        .await;
    let on_bench = book(&app, &cy, &bench, slot(8, 9, 1), 201).await;
    let away = book(&app, &cy, &elsewhere, slot(8, 9, 1), 201).await;
    let path = "/api/v1/places/calendar.ics?place=%20Via%20dei%20Mulini%2012%2C%20Lagomar";
    let (ctype, text) = feed(&app, path).await;
    assert!(ctype.starts_with("text/calendar"), "{ctype}");
    let lines = unfold(&text);
    assert!(
        lines.contains(&"X-WR-CALNAME:Via dei Mulini 12\\, Lagomar".to_string()),
        "{text}"
    );
    let mut want: Vec<String> = made
        .iter()
        .chain([&on_bench])
        .map(|k| format!("{}@commonfare", k["id"].as_str().unwrap()))
        .collect();
    want.sort();
    let mut uids: Vec<String> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("UID:"))
        .map(str::to_string)
        .collect();
    uids.sort();
    assert_eq!(uids, want, "{text}");
    assert!(!text.contains(away["id"].as_str().unwrap()));
    if let Ok(py) = python() {
        let read = read_with(&py, &text);
        let mut read_uids: Vec<String> = read["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["uid"].as_str().unwrap().to_string())
            .collect();
        read_uids.sort();
        assert_eq!(read_uids, want);
    }
    let r = app
        .program()
        .get(app.url("/api/v1/places/calendar.ics?place=Nowhere%20street"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    assert!(r.text().await.unwrap().contains("Nowhere street"));
    // The resource's page links the feed of its place.
    let b = app.browser();
    let html = app.page(&b, &format!("/resources/{bench}")).await;
    assert!(
        html.contains("/api/v1/places/calendar.ics?place=via+dei+mulini+12%2C+LAGOMAR"),
        "{html}"
    );
}

/// A person's own calendar, behind a secret address they make: every reservation of
/// theirs (on any resource, cancelled ones marked so), nobody else's; the store keeps
/// only the token's hash; replacing the address or stopping it cuts the old one off.
#[tokio::test]
async fn a_person_reads_their_own_reservations_at_a_secret_address() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    let cutter = app
        .resource(
            &ada,
            json!({"name": "Laser cutter", "quantity": 2, "approval_required": true}),
        )
        .await;
    let bench = app
        .resource(&cy, json!({"name": "Workbench", "place": "Town hall"}))
        .await;
    book(&app, &ada, &cutter, slot(2, 4, 1), 201).await;
    let mine = vec![
        book(&app, &bob, &cutter, slot(5, 7, 1), 201).await,
        book(&app, &bob, &bench, slot(8, 9, 1), 201).await,
        book(&app, &bob, &cutter, slot(30, 33, 1), 201).await,
    ];
    let gone = book(&app, &bob, &cutter, slot(40, 41, 1), 201).await;
    let gid = gone["id"].as_str().unwrap();
    app.call_as(
        Some(&bob),
        Method::POST,
        &format!("/api/v1/reservations/{gid}/cancel"),
        None,
        200,
    )
    .await;
    app.call_as(None, Method::POST, "/api/v1/me/calendar-token", None, 401)
        .await;
    app.call_as(None, Method::DELETE, "/api/v1/me/calendar-token", None, 401)
        .await;
    let before = app.journal_len().await;
    let made_token = app
        .call_as(
            Some(&bob),
            Method::POST,
            "/api/v1/me/calendar-token",
            None,
            201,
        )
        .await;
    let url = made_token["url"].as_str().unwrap().to_string();
    let token = url
        .strip_prefix("/api/v1/calendars/")
        .and_then(|t| t.strip_suffix(".ics"))
        .unwrap()
        .to_string();
    assert_eq!(token.len(), 64, "{url}");
    assert_eq!(app.journal_len().await, before, "no token is journaled");
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM lending_feed_tokens WHERE token_hash = '{token}'"
        ))
        .await,
        0,
        "the store keeps a hash, not the token"
    );
    assert_eq!(app.rows("lending_feed_tokens").await, 1);

    let (ctype, text) = feed(&app, &url).await;
    assert!(ctype.starts_with("text/calendar"), "{ctype}");
    let lines = unfold(&text);
    assert!(lines.contains(&"X-WR-CALNAME:@bob".to_string()), "{text}");
    let uids: Vec<String> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("UID:"))
        .map(|u| u.trim_end_matches("@commonfare").to_string())
        .collect();
    assert_eq!(uids.len(), 4, "bob's three and his cancelled one: {text}");
    assert!(uids.contains(&gid.to_string()));
    for k in &mine {
        assert!(uids.contains(&k["id"].as_str().unwrap().to_string()));
    }
    for kid in &uids {
        let v = app
            .call_as(
                None,
                Method::GET,
                &format!("/api/v1/reservations/{kid}"),
                None,
                200,
            )
            .await;
        assert_eq!(v["borrower"], "bob", "nobody else's: {v}");
    }
    assert_eq!(
        lines.iter().filter(|l| *l == "STATUS:CANCELLED").count(),
        1,
        "{text}"
    );
    if let Ok(py) = python() {
        let read = read_with(&py, &text);
        for e in read["events"].as_array().unwrap() {
            let kid = e["uid"].as_str().unwrap().trim_end_matches("@commonfare");
            let v = app
                .call_as(
                    None,
                    Method::GET,
                    &format!("/api/v1/reservations/{kid}"),
                    None,
                    200,
                )
                .await;
            assert_eq!(e["start"], v["starts_at"]);
            assert_eq!(e["end"], v["ends_at"]);
            let status = match v["state"].as_str().unwrap() {
                "pending" => "TENTATIVE",
                "cancelled" => "CANCELLED",
                _ => "CONFIRMED",
            };
            assert_eq!(e["status"], status, "{kid}");
        }
    }
    // Without the suffix, the same calendar.
    let (_, again) = feed(&app, &format!("/api/v1/calendars/{token}")).await;
    assert_eq!(unfold(&again).len(), lines.len());

    // Replacing the address cuts the old one off.
    let second = app
        .call_as(
            Some(&bob),
            Method::POST,
            "/api/v1/me/calendar-token",
            None,
            201,
        )
        .await;
    let second = second["url"].as_str().unwrap().to_string();
    assert_ne!(second, url);
    let r = app.program().get(app.url(&url)).send().await.unwrap();
    expect_problem(r, 404, "not_found").await;
    feed(&app, &second).await;
    assert_eq!(app.rows("lending_feed_tokens").await, 1);
    // Stopping it cuts it off too; stopping twice is no error.
    for _ in 0..2 {
        app.call_as(
            Some(&bob),
            Method::DELETE,
            "/api/v1/me/calendar-token",
            None,
            204,
        )
        .await;
    }
    let r = app.program().get(app.url(&second)).send().await.unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(app.rows("lending_feed_tokens").await, 0);
}

/// The page of one's reservations makes the address, shows it once, and stops it.
#[tokio::test]
async fn the_reservations_page_makes_shows_once_and_stops_the_calendar_address() {
    let app = TestApp::spawn().await;
    let bob = app.person("bob").await;
    let browser = app.browser_of(&bob).await;
    let page = "/me/reservations";
    let html = app.page(&browser, page).await;
    assert!(
        html.contains("action=\"/me/reservations/calendar\""),
        "{html}"
    );
    assert!(!html.contains("/me/reservations/calendar/stop"));
    let r = app
        .check_form_roles("/me/reservations/calendar", &[], None, &browser)
        .await;
    let html = r.text().await.unwrap();
    let start = html
        .find("/api/v1/calendars/")
        .expect("the address is shown");
    let url = html[start..].split('"').next().unwrap().to_string();
    feed(&app, &url).await;
    let html = app.page(&browser, page).await;
    assert!(!html.contains("/api/v1/calendars/"), "shown only once");
    assert!(html.contains("/me/reservations/calendar/stop"));
    let r = app
        .check_form_roles("/me/reservations/calendar/stop", &[], None, &browser)
        .await;
    assert_eq!(r.status(), 200);
    let r = app.program().get(app.url(&url)).send().await.unwrap();
    assert_eq!(r.status(), 404);
}

/// A part's feed and its list of coming reservations show the bookings of the kits it is
/// a part of, marked as the kit's (their availability already counts them); Python's
/// `icalendar` reads each event as the store has it.
#[tokio::test]
async fn a_parts_feed_shows_its_kits_bookings_as_the_kits() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    let camera = app
        .resource(&ada, json!({"name": "Camera", "quantity": 3}))
        .await;
    let kit = app
        .resource(&ada, json!({"name": "Recording kit", "quantity": 1}))
        .await;
    app.call_as(
        Some(&ada),
        Method::PUT,
        &format!("/api/v1/resources/{kit}/kit"),
        Some(json!({"parts": [{"resource": camera, "quantity": 2}]})),
        200,
    )
    .await;
    let own = book(&app, &bob, &camera, slot(2, 4, 1), 201).await;
    let kits = book(&app, &cy, &kit, slot(5, 7, 1), 201).await;
    let (own_id, kit_k) = (
        own["id"].as_str().unwrap().to_string(),
        kits["id"].as_str().unwrap().to_string(),
    );

    // The list of coming reservations: its own and the kit's, by start, the kit's named
    // as the kit's.
    let list = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{camera}/reservations"),
            None,
            200,
        )
        .await;
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2, "{list:?}");
    assert_eq!(list[0]["id"], own_id.as_str());
    assert_eq!(list[1]["id"], kit_k.as_str());
    assert_eq!(list[1]["resource_id"], kit.as_str());
    assert_eq!(list[1]["resource_name"], "Recording kit");
    let html = app
        .page(&app.browser(), &format!("/resources/{camera}"))
        .await;
    assert!(
        html.contains(&kit_k),
        "the part's page lists the kit's booking"
    );

    let (_, text) = feed(&app, &format!("/api/v1/resources/{camera}/calendar.ics")).await;
    let lines = unfold(&text);
    let mut uids: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("UID:"))
        .collect();
    uids.sort();
    let kit_uid = format!("{kit_k}-{camera}@commonfare");
    let mut want = vec![format!("{own_id}@commonfare"), kit_uid.clone()];
    want.sort();
    assert_eq!(uids, want, "{text}");
    assert!(
        lines.contains(&"SUMMARY:Camera × 2 (Recording kit) — @cy".to_string()),
        "{text}"
    );
    let py = match python() {
        Ok(p) => p,
        Err(why) => {
            println!("skipped the Python reading: {why}");
            return;
        }
    };
    let read = read_with(&py, &text);
    let events = read["events"].as_array().unwrap();
    assert_eq!(events.len(), 2);
    for e in events {
        let (kid, summary) = if e["uid"] == kit_uid.as_str() {
            (&kit_k, "Camera × 2 (Recording kit) — @cy".to_string())
        } else {
            (&own_id, "Camera × 1 — @bob".to_string())
        };
        let v = app
            .call_as(
                None,
                Method::GET,
                &format!("/api/v1/reservations/{kid}"),
                None,
                200,
            )
            .await;
        assert_eq!(e["start"], v["starts_at"]);
        assert_eq!(e["end"], v["ends_at"]);
        assert_eq!(e["summary"], summary.as_str());
        assert_eq!(e["status"], "CONFIRMED");
    }
}
