//! iCalendar (RFC 5545) text, with no I/O: a resource's reservations as a feed, or one
//! reservation, as calendar programs read them. Lines end in CRLF and are folded at 75
//! octets (never inside a UTF-8 character); text values escape `\`, `;`, `,` and new
//! lines; times are written in UTC (`…Z`).

/// A text value escaped as RFC 5545 §3.3.11 says.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Unix ms as a UTC DATE-TIME (`20261206T090000Z`).
pub fn utc(ms: i64) -> String {
    jiff::Timestamp::from_second(ms.div_euclid(1000))
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// One content line, folded: no line longer than 75 octets, each continuation starting
/// with a space, and every line ended by CRLF.
pub fn fold(line: &str, out: &mut String) {
    let mut room = 75;
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > room {
            out.push_str("\r\n ");
            used = 1;
            room = 75;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

/// One event of a calendar.
pub struct Event {
    pub uid: String,
    pub stamp: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub summary: String,
    pub description: String,
    pub location: String,
    /// TENTATIVE (awaits approval) or CONFIRMED.
    pub status: &'static str,
    pub url: String,
}

/// A whole calendar named `name` holding `events`.
pub fn calendar(name: &str, events: &[Event]) -> String {
    let mut out = String::new();
    let mut put = |l: String| fold(&l, &mut out);
    put("BEGIN:VCALENDAR".into());
    put("VERSION:2.0".into());
    put("PRODID:-//Commonfare//Lending//EN".into());
    put("CALSCALE:GREGORIAN".into());
    put("METHOD:PUBLISH".into());
    put(format!("X-WR-CALNAME:{}", escape(name)));
    for e in events {
        put("BEGIN:VEVENT".into());
        put(format!("UID:{}", escape(&e.uid)));
        put(format!("DTSTAMP:{}", utc(e.stamp)));
        put(format!("DTSTART:{}", utc(e.starts_at)));
        put(format!("DTEND:{}", utc(e.ends_at)));
        put(format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.is_empty() {
            put(format!("DESCRIPTION:{}", escape(&e.description)));
        }
        if !e.location.is_empty() {
            put(format!("LOCATION:{}", escape(&e.location)));
        }
        put(format!("STATUS:{}", e.status));
        put(format!("URL:{}", e.url));
        put("END:VEVENT".into());
    }
    put("END:VCALENDAR".into());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters() {
        let mut out = String::new();
        fold(&format!("SUMMARY:{}", "é".repeat(60)), &mut out);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l}");
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(60)));
    }

    #[test]
    fn text_is_escaped_and_times_are_utc() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(utc(1_796_547_600_000), "20261206T090000Z");
    }
}
