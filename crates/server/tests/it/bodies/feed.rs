//! The private Atom feed of the decisions a person can take part in: its address made and
//! replaced on the decisions page, shown once, stored hashed and never journaled; the
//! feed lists the open decisions (those closing within two days as closing soon) and the
//! decided ones of the person's electorates, and nobody else's; its XML has the shape
//! Atom asks for.

use super::{close, makers, opened, vote};
use crate::support::TestApp;
use serde_json::json;

/// One element of a parsed document: its name, attributes and children, or text.
#[derive(Debug)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Element>,
    text: String,
}

impl Element {
    fn all(&self, name: &str) -> Vec<&Element> {
        self.children.iter().filter(|c| c.name == name).collect()
    }
    fn one(&self, name: &str) -> &Element {
        let found = self.all(name);
        assert_eq!(found.len(), 1, "<{}> has one <{name}>", self.name);
        found[0]
    }
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads well-formed XML as the feed writes it (a declaration, elements, attributes in
/// double quotes, text with the five predefined entities); panics on anything else.
fn parse(xml: &str) -> Element {
    let rest = xml
        .strip_prefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        .expect("the XML declaration");
    let mut stack = vec![Element {
        name: String::new(),
        attrs: vec![],
        children: vec![],
        text: String::new(),
    }];
    let mut s = rest;
    let unescape = |t: &str| {
        let mut out = String::new();
        let mut r = t;
        while let Some(i) = r.find('&') {
            out.push_str(&r[..i]);
            let end = r[i..].find(';').expect("an entity ends with ;") + i;
            out.push_str(match &r[i..=end] {
                "&amp;" => "&",
                "&lt;" => "<",
                "&gt;" => ">",
                "&quot;" => "\"",
                "&#39;" | "&apos;" => "'",
                other => panic!("unknown entity {other}"),
            });
            r = &r[end + 1..];
        }
        assert!(
            !r.contains('<') && !r.contains('>'),
            "raw markup in text: {r}"
        );
        out.push_str(r);
        out
    };
    while !s.is_empty() {
        match s.find('<') {
            Some(0) => {
                let end = s.find('>').expect("a tag ends");
                let tag = &s[1..end];
                s = &s[end + 1..];
                if let Some(name) = tag.strip_prefix('/') {
                    let done = stack.pop().expect("an open element");
                    assert_eq!(done.name, name, "tags close in order");
                    stack.last_mut().unwrap().children.push(done);
                    continue;
                }
                let closed = tag.ends_with('/');
                let tag = tag.trim_end_matches('/');
                let (name, mut attrs_text) = tag.split_once(' ').unwrap_or((tag, ""));
                let mut attrs = Vec::new();
                while let Some(eq) = attrs_text.find("=\"") {
                    let key = attrs_text[..eq].trim().to_string();
                    let after = &attrs_text[eq + 2..];
                    let q = after.find('"').expect("a closing quote");
                    attrs.push((key, unescape(&after[..q])));
                    attrs_text = &after[q + 1..];
                }
                assert!(attrs_text.trim().is_empty(), "stray attribute text: {tag}");
                let e = Element {
                    name: name.to_string(),
                    attrs,
                    children: vec![],
                    text: String::new(),
                };
                if closed {
                    stack.last_mut().unwrap().children.push(e);
                } else {
                    stack.push(e);
                }
            }
            found => {
                let end = found.unwrap_or(s.len());
                let text = unescape(&s[..end]);
                stack.last_mut().unwrap().text.push_str(&text);
                s = &s[end..];
            }
        }
    }
    let mut doc = stack.pop().expect("the document");
    assert!(stack.is_empty(), "every element is closed");
    assert_eq!(doc.children.len(), 1, "one root element");
    doc.children.pop().unwrap()
}

fn rfc3339(s: &str) {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|e| panic!("{s} is not RFC 3339: {e}"));
}

/// The address the decisions page shows once after the form is sent.
fn feed_address(html: &str) -> String {
    let start = html.find("/feeds/decisions/").expect("the fresh address");
    html[start..start + "/feeds/decisions/".len() + 64].to_string()
}

#[tokio::test]
async fn a_private_feed_lists_the_decisions_one_can_take_part_in() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let soon = commonfare::db::now_ms() + 3_600_000;
    let closing = opened(
        &app,
        &m.ada,
        json!({"title": "Paint the door <red> & blue", "method": "motion", "closes_at": soon}),
    )
    .await;
    let later = opened(
        &app,
        &m.ada,
        json!({"title": "Buy a lathe", "method": "motion"}),
    )
    .await;
    let decided = opened(
        &app,
        &m.ada,
        json!({"title": "Saturday hours", "method": "motion"}),
    )
    .await;
    vote(&app, &m.bob, &decided, json!({"vote": "yes"}), 200).await;
    close(&app, &m.ada, &decided).await;
    // Another organization's decision is not bob's to see in his feed.
    let zed = app.person("zed").await;
    app.org("others").admin(&zed).await;
    app.post_as(
        &zed,
        "/api/v1/orgs/others/bodies",
        json!({"slug": "assembly", "name": "Others' assembly", "kind": "general_assembly"}),
        201,
    )
    .await;
    let d = app
        .post_as(
            &zed,
            "/api/v1/orgs/others/bodies/assembly/decisions",
            json!({"title": "Not for bob", "method": "motion"}),
            201,
        )
        .await;
    let other = d["id"].as_str().unwrap();
    app.post_as(
        &zed,
        &format!("/api/v1/decisions/{other}/open"),
        json!(null),
        200,
    )
    .await;

    let bob = app.browser_of(&m.bob).await;
    let page = app.page(&bob, "/decisions").await;
    assert!(page.contains("action=\"/decisions/feed-token\""), "{page}");
    let before = app.journal_len().await;
    let r = app
        .post_form(&bob, "/decisions", "/decisions/feed-token", &[])
        .await;
    assert_eq!(r.status(), 200);
    let address = feed_address(&r.text().await.unwrap());
    assert_eq!(
        app.journal_len().await,
        before,
        "a feed address is never journaled"
    );
    let token = address.trim_start_matches("/feeds/decisions/").to_string();
    let stored = app
        .count(format!(
            "SELECT COUNT(*) AS n FROM body_feed_tokens WHERE token_hash = '{}'",
            super::sha256(&token)
        ))
        .await;
    assert_eq!(stored, 1, "stored as its hash");
    let plain = app
        .count(format!(
            "SELECT COUNT(*) AS n FROM body_feed_tokens WHERE token_hash = '{token}'"
        ))
        .await;
    assert_eq!(plain, 0, "never as itself");
    let again = app.page(&bob, "/decisions").await;
    assert!(!again.contains(&address), "the address is shown once");

    // Read anonymously, as a feed reader does.
    let r = app.program().get(app.url(&address)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let xml = r.text().await.unwrap();
    let feed = parse(&xml);
    assert_eq!(feed.name, "feed");
    assert_eq!(feed.attr("xmlns"), Some("http://www.w3.org/2005/Atom"));
    assert_eq!(feed.one("title").text, "Decisions I can take part in");
    assert!(!feed.one("id").text.is_empty());
    rfc3339(&feed.one("updated").text);
    assert!(!feed.one("author").one("name").text.is_empty());
    let entries = feed.all("entry");
    assert_eq!(entries.len(), 3, "{xml}");
    let mut seen = Vec::new();
    for e in &entries {
        rfc3339(&e.one("updated").text);
        let href = e.one("link").attr("href").unwrap().to_string();
        assert!(href.starts_with("http://"), "{href}");
        assert!(!e.one("id").text.is_empty());
        let status = e.one("category").attr("term").unwrap().to_string();
        seen.push((
            href.rsplit('/').next().unwrap().to_string(),
            status,
            e.one("title").text.clone(),
        ));
    }
    let status_of = |id: &str| {
        seen.iter()
            .find(|(i, _, _)| i == id)
            .unwrap_or_else(|| panic!("{id} in {seen:?}"))
            .clone()
    };
    assert_eq!(status_of(&closing).1, "closing");
    assert_eq!(
        status_of(&closing).2,
        "Closing soon · Paint the door <red> & blue",
        "escaped in the XML, read back whole"
    );
    assert_eq!(status_of(&later).1, "open");
    assert_eq!(status_of(&decided).1, "decided");
    assert!(!xml.contains("Not for bob"));
    // In French for a French reader.
    let fr = app
        .program()
        .get(app.url(&address))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        fr.contains("Décisions auxquelles je peux prendre part"),
        "{fr}"
    );

    // Replacing the address cuts off the old one.
    let r = app
        .post_form(&bob, "/decisions", "/decisions/feed-token", &[])
        .await;
    let fresh = feed_address(&r.text().await.unwrap());
    assert_ne!(fresh, address);
    let r = app.program().get(app.url(&address)).send().await.unwrap();
    assert_eq!(r.status(), 404);
    let r = app.program().get(app.url(&fresh)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(app.rows("body_feed_tokens").await, 1);
    // Only a signed-in person makes one.
    let r = app
        .post_form(&app.browser(), "/signin", "/decisions/feed-token", &[])
        .await;
    assert_eq!(r.status(), 401);
}
