//! Rules for the text people type, shared by every domain: the invisible characters that
//! reorder or hide what a reader sees. A right-to-left override (U+202E) before `txt.exe`
//! makes it read as `exe.txt`; in a name or a title it can make one person's name look like another's.

use std::borrow::Cow;

/// Characters that change the direction of the text around them (embeddings, overrides,
/// isolates), which nobody needs inside a one-line name: a name in Arabic or Hebrew takes
/// its direction from its own letters.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that show nothing, or reorder what is shown: direction controls, direction
/// marks, zero-width spaces and joiners, the word joiner and the byte-order mark. None
/// belongs in a file path or a handle, where two names must never look alike.
pub fn is_invisible(c: char) -> bool {
    is_direction_control(c)
        || matches!(c, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// One-line display text (a name, a title) with its direction controls removed, so that it
/// cannot reorder the text after it on a page or in a feed.
pub fn neutralised(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_direction_control) {
        Cow::Owned(s.chars().filter(|c| !is_direction_control(*c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// `s` made safe inside HTML or XML text and attribute values (the five characters that
/// mean something there).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_go_and_letters_stay() {
        assert_eq!(neutralised("Ada\u{202E}gnp.exe"), "Adagnp.exe");
        assert_eq!(neutralised("\u{2067}שלום\u{2069}"), "שלום");
        assert!(matches!(neutralised("Fatima"), Cow::Borrowed(_)));
        assert!(is_invisible('\u{200B}') && is_invisible('\u{202E}') && !is_invisible('a'));
    }
}
