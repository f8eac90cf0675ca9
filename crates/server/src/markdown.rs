//! Markdown to safe HTML for files, summaries and comments: pulldown-cmark
//! renders, then ammonia removes everything that could run script or break
//! out of the page, whatever the author wrote.

use pulldown_cmark::{Options, Parser, html};
use std::sync::LazyLock;

/// Largest Markdown source rendered, in bytes; larger files are shown as
/// plain text by the page (rendering stays fast for every request).
pub const MAX_MARKDOWN_BYTES: usize = 1024 * 1024;

/// One sanitizer for the whole process: building it parses its tables.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    // Links written by anyone: no referrer leak, no ranking given away.
    b.link_rel(Some("noopener noreferrer nofollow"));
    b
});

/// Renders `source` to sanitized HTML, or `None` when it is over
/// [`MAX_MARKDOWN_BYTES`].
pub fn render(source: &str) -> Option<String> {
    if source.len() > MAX_MARKDOWN_BYTES {
        return None;
    }
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    let mut raw = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(source, options));
    Some(SANITIZER.clean(&raw).to_string())
}

/// Whether a path is rendered as Markdown on its page.
pub fn is_markdown(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_common_markdown() {
        let html = render("# Bread\n\n*Knead* well.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").unwrap();
        assert!(html.contains("<h1>Bread</h1>"), "{html}");
        assert!(html.contains("<em>Knead</em>"));
        assert!(html.contains("<table>") && html.contains("<td>1</td>"));
    }

    #[test]
    fn scripts_and_javascript_links_are_removed() {
        let src = "<script>alert(1)</script>\n\n[click](javascript:alert(2)) \
                   <a href=\"JaVaScRiPt:alert(3)\">x</a> <img src=x onerror=alert(4)>\n\n\
                   <iframe src=\"https://evil.example\"></iframe><div style=\"position:fixed\">s</div>";
        let html = render(src).unwrap();
        let lower = html.to_ascii_lowercase();
        for forbidden in [
            "<script",
            "alert(1)",
            "javascript:",
            "onerror",
            "<iframe",
            "style=",
        ] {
            assert!(
                !lower.contains(forbidden),
                "`{forbidden}` survived in {html}"
            );
        }
        // The text of a neutralised link stays readable.
        assert!(html.contains("click"));
    }

    #[test]
    fn safe_links_get_rel_and_limits_hold() {
        let html = render("[site](https://example.org)").unwrap();
        assert!(html.contains(r#"href="https://example.org""#), "{html}");
        assert!(html.contains(r#"rel="noopener noreferrer nofollow""#));
        assert_eq!(render(&"a".repeat(MAX_MARKDOWN_BYTES + 1)), None);
        assert!(is_markdown("docs/README.MD") && !is_markdown("a.txt"));
    }
}
