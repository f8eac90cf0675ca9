//! Shared web plumbing: page rendering and the layout's "chrome", cookies, CSRF, the
//! authentication extractors, body extractors that answer bad input clearly, and assets.

pub mod actor;
pub mod assets;
pub mod csrf;
pub mod error_page;
pub mod extract;
pub mod guard;
pub mod image;
pub mod language;
pub mod paging;

pub use crate::panels;
use crate::state::AppState;
use csrf::CsrfToken;

use askama::Template;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

/// What every page's layout needs: the instance name, who is signed in, the form token.
#[derive(Clone, Debug)]
pub struct Chrome {
    pub instance: String,
    pub viewer: Option<String>,
    pub csrf: String,
    /// The page's language (see `language`).
    pub lang: crate::i18n::Lang,
    /// The page's own address, for the language switch to come back to.
    pub path: String,
}

impl Chrome {
    /// The layout of the page being made, in its language.
    pub fn new(instance: &str, viewer: Option<String>, csrf: String) -> Chrome {
        let page = crate::i18n::current();
        Chrome {
            instance: instance.to_string(),
            viewer,
            csrf,
            lang: page.lang,
            path: page.path,
        }
    }

    /// The layout a panel renders with: the page's language, who looks at it, its token.
    pub fn of_panel(looker: &panels::Looker) -> Chrome {
        Chrome::new(
            "",
            looker.viewer.map(|a| a.handle.clone()),
            looker.csrf.to_string(),
        )
    }

    /// A message of the catalogue in the page's language.
    pub fn t(&self, key: &str) -> String {
        crate::i18n::text(self.lang, key, &[])
    }

    /// A message with one argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        crate::i18n::text(self.lang, key, &[(name, value.to_string().into())])
    }

    /// A message with several arguments.
    pub fn ta(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = args
            .iter()
            .map(|(name, value)| (*name, value.to_string().into()))
            .collect();
        crate::i18n::text(self.lang, key, &args)
    }

    /// A message with one number that names something (`Revision 1234`, `Thread #12`):
    /// written as is, without the grouping that counts get.
    pub fn tnum(&self, key: &str, name: &str, n: impl Count) -> String {
        crate::i18n::text(self.lang, key, &[(name, n.count().to_string().into())])
    }

    /// A message with two numbers (each may choose a plural form).
    pub fn tn2<A: Count, B: Count>(&self, key: &str, a: &(&str, A), b: &(&str, B)) -> String {
        crate::i18n::text(
            self.lang,
            key,
            &[(a.0, a.1.count().into()), (b.0, b.1.count().into())],
        )
    }

    /// A message that counts something (`$count`), with the plural forms of the language.
    pub fn tc(&self, key: &str, count: impl Count) -> String {
        crate::i18n::text(self.lang, key, &[("count", count.count().into())])
    }

    /// The languages of the switch.
    pub fn languages(&self) -> [crate::i18n::Lang; 4] {
        crate::i18n::Lang::ALL
    }
}

/// A panel's HTML; a template failure is a bug, logged, and shows nothing.
pub fn panel_html<T: Template>(t: &T) -> String {
    t.render().unwrap_or_else(|err| {
        tracing::error!(error = %err, "panel failed to render");
        String::new()
    })
}

/// A number a message counts, whatever its integer type in the page's data.
pub trait Count {
    fn count(&self) -> i64;
}

impl Count for i64 {
    fn count(&self) -> i64 {
        *self
    }
}

impl Count for u32 {
    fn count(&self) -> i64 {
        i64::from(*self)
    }
}

impl Count for u64 {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl Count for usize {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

impl AppState {
    /// The layout data for a page.
    pub fn chrome(&self, viewer: Option<&actor::Actor>, csrf: &CsrfToken) -> Chrome {
        Chrome::new(
            &self.config.instance_name,
            viewer.map(|p| p.handle.clone()),
            csrf.0.clone(),
        )
    }
}

/// Renders a template; a template failure is a bug and answers 500.
pub fn render<T: Template>(page: &T) -> Response {
    match page.render() {
        Ok(html) => Html(html).into_response(),
        Err(err) => {
            tracing::error!(error = %err, "template failed to render");
            (StatusCode::INTERNAL_SERVER_ERROR, "page failed to render").into_response()
        }
    }
}

/// Reads one cookie from the request headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value with our fixed attributes: HttpOnly, Path=/, SameSite, and
/// Secure when the instance is served over https.
pub fn set_cookie(
    name: &str,
    value: &str,
    max_age_secs: i64,
    same_site: &str,
    secure: bool,
) -> String {
    let mut c =
        format!("{name}={value}; Path=/; HttpOnly; SameSite={same_site}; Max-Age={max_age_secs}");
    if secure {
        c.push_str("; Secure");
    }
    c
}

/// 32 random bytes as hex: session ids, CSRF tokens and API tokens.
pub fn random_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

/// Lowercase hex of `bytes`, two digits a byte. A table lookup rather than `format!` per
/// byte: tree and blob hashes are spelled this way on every revision written or read.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

/// SHA-256 of a high-entropy secret; enough for random tokens (no password stretching
/// needed), and what the store keeps instead of the secret.
pub fn hash_token(token: &str) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(token.as_bytes()))
}

/// Splits Unix milliseconds into UTC calendar fields (year, month, day, hour, minute,
/// second, millisecond), by Howard Hinnant's days-to-civil algorithm: integer-only and
/// allocation-free, since every journal line on every page formats two times.
fn civil(ms: i64) -> (i64, u32, u32, u32, u32, u32, u32) {
    let secs = ms.div_euclid(1000);
    let milli = ms.rem_euclid(1000) as u32;
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400) as u32;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        month,
        day,
        sod / 3600,
        sod % 3600 / 60,
        sod % 60,
        milli,
    )
}

/// Formats Unix milliseconds as RFC 3339 UTC, e.g. `2026-11-24T09:30:00.123Z`.
pub fn rfc3339(ms: i64) -> String {
    let (y, mo, d, h, mi, s, milli) = civil(ms);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{milli:03}Z")
}

/// A moment for people, in the language and time zone of the page being made:
/// `6 déc. 2026, 13:22 UTC+1` (English and UTC outside a page).
pub fn human_time(ms: i64) -> String {
    human_time_kept(ms).to_string()
}

/// [`human_time`], shared: the written time as kept, without a copy (journal lines).
pub fn human_time_kept(ms: i64) -> std::sync::Arc<str> {
    crate::i18n::with_current(|page| {
        // Written to the minute: the same minute in the same language and zone reads the
        // same, so each is written once (journal pages show the same events again and
        // again); past `KEPT` the memo starts over rather than grow.
        use std::collections::HashMap;
        use std::sync::{Arc, LazyLock, RwLock};
        type Key = (i64, crate::i18n::Lang, String);
        static WRITTEN: LazyLock<RwLock<HashMap<Key, Arc<str>>>> = LazyLock::new(Default::default);
        const KEPT: usize = 50_000;
        let key = (
            ms.div_euclid(60_000),
            page.lang,
            page.zone.name().to_string(),
        );
        if let Some(s) = WRITTEN.read().ok().and_then(|m| m.get(&key).cloned()) {
            return s;
        }
        let s: Arc<str> = Arc::from(crate::i18n::formats::date_time(page.lang, &page.zone, ms));
        if let Ok(mut m) = WRITTEN.write() {
            if m.len() >= KEPT {
                m.clear();
            }
            m.insert(key, s.clone());
        }
        s
    })
}

/// How long ago (or how far ahead) a moment is, in the page's language: `il y a 3 heures`.
pub fn relative_time(ms: i64) -> String {
    let now = crate::db::now_ms();
    crate::i18n::with_current(|page| crate::i18n::formats::relative(page.lang, now, ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_match_the_time_crate() {
        use time::format_description::well_known::Rfc3339;
        for ms in [
            0i64,
            1,
            999,
            86_399_999,
            951_782_400_000,
            1_795_509_818_254,
            4_102_444_800_000,
            -1,
            -86_400_001,
        ] {
            let t = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
                .unwrap();
            let expected = t.format(&Rfc3339).unwrap();
            let ours = rfc3339(ms);
            // `time` drops trailing zero fractions; compare the instants, not the spelling.
            let parsed = time::OffsetDateTime::parse(&ours, &Rfc3339).unwrap();
            assert_eq!(parsed, t, "{ms}: {ours} vs {expected}");
        }
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            human_time(951_782_400_000),
            "Feb 29, 2000, 12:00\u{202f}AM UTC"
        );
    }
}
