//! Employer maps in the formats of gitdm (the "git data miner" behind LWN's kernel
//! reports), read so that a commons' imported git history can be counted paid, volunteer
//! or unknown. Pure: the command line reads the files.
//!
//! One line maps an address to an employer: `[user@]domain employer [< YYYY-MM-DD]`. With
//! `user@` it is one email address, without it every address of the domain (and of its
//! subdomains, the nearest domain listed winning); an email's lines win over its domain's.
//! The employer's name is the rest of the line and may hold spaces (`Red Hat`). With
//! `< YYYY-MM-DD` the line holds only for work dated before that day; an address may have
//! several such lines and one without a date, which holds after the last of them — how a
//! developer who changed employers but not email is followed. Blank lines and lines that
//! start with `#` are skipped. So one reader takes both gitdm's `domain-map` and its
//! email map.
//!
//! gitdm's names for no employer: `(Unknown)` — nobody knows (the work counts unknown);
//! `(None)`, and the `Self` and `Independent` other maps write — the developer works on
//! their own account (volunteer). Any other name is an employer, paid for the work.

use jiff::civil::Date;
use std::collections::BTreeMap;

/// What a map says someone's employer is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Employer {
    /// `(Unknown)`: not known.
    Unknown,
    /// `(None)`, `Self`, `Independent`: on their own account.
    Volunteer,
    /// An employer's name, as written.
    Named(String),
}

impl Employer {
    /// Reads an employer's name by gitdm's conventions (compared without case).
    pub fn of(name: &str) -> Employer {
        match name.trim().to_lowercase().as_str() {
            "(unknown)" => Employer::Unknown,
            "(none)" | "self" | "(self)" | "independent" => Employer::Volunteer,
            _ => Employer::Named(name.trim().to_string()),
        }
    }
}

/// A line refused, with where it is (`FILE:LINE`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapError {
    pub at: String,
    pub reason: String,
}

impl std::fmt::Display for MapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.reason)
    }
}

/// One line read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    employer: Employer,
    /// The day before which it holds (excluded); `None`: from the last dated line on.
    before: Option<Date>,
    at: String,
}

/// Who worked for whom from one day to another (both included; `None`: open), read from
/// the maps for one address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub employer: Employer,
    pub from: Date,
    pub until: Option<Date>,
    /// Where the line was read (`FILE:LINE`).
    pub at: String,
}

/// The first day a span can start on.
fn beginning() -> Date {
    jiff::civil::date(1, 1, 1)
}

/// Every map given, by address: email addresses and domains, lowercased.
#[derive(Debug, Clone, Default)]
pub struct EmployerMap {
    emails: BTreeMap<String, Vec<Entry>>,
    domains: BTreeMap<String, Vec<Entry>>,
}

fn valid_host(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('.')
        && !s.ends_with('.')
        && !s.contains("..")
        && s.chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-' || c == '_')
}

impl EmployerMap {
    /// Reads one map file's `text` into the map; `file` names it in errors. The first
    /// malformed line is refused with its number, and the map is left as it was.
    pub fn read(&mut self, file: &str, text: &str) -> Result<(), MapError> {
        let mut next = self.clone();
        for (i, raw) in text.lines().enumerate() {
            let at = format!("{file}:{}", i + 1);
            let fail = |reason: String| MapError {
                at: at.clone(),
                reason,
            };
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (address, rest) = match line.split_once(char::is_whitespace) {
                Some((a, r)) => (a.to_lowercase(), r.trim()),
                None => {
                    return Err(fail(format!(
                        "{line:?} names no employer (write `address employer [< YYYY-MM-DD]`)"
                    )));
                }
            };
            let (name, before) = match rest.rsplit_once('<') {
                Some((name, day)) => {
                    let day = day.trim();
                    let parsed: Option<Date> =
                        (day.len() == 10).then(|| day.parse().ok()).flatten();
                    match parsed {
                        Some(d) => (name.trim(), Some(d)),
                        None => {
                            return Err(fail(format!("{day:?} after `<` is not a day YYYY-MM-DD")));
                        }
                    }
                }
                None => (rest, None),
            };
            if name.is_empty() {
                return Err(fail(format!("{address:?} names no employer")));
            }
            let (table, key) = match address.split_once('@') {
                Some((user, host))
                    if !user.is_empty() && valid_host(host) && !host.contains('@') =>
                {
                    (&mut next.emails, address.clone())
                }
                None if valid_host(&address) => (&mut next.domains, address.clone()),
                _ => {
                    return Err(fail(format!(
                        "{address:?} is neither an email address nor a domain"
                    )));
                }
            };
            let entries = table.entry(key).or_default();
            if let Some(same) = entries.iter().find(|e| e.before == before) {
                return Err(fail(match before {
                    Some(d) => format!("{address} already has a line ending {d}, at {}", same.at),
                    None => format!(
                        "{address} already has a line without a date, at {}",
                        same.at
                    ),
                }));
            }
            entries.push(Entry {
                employer: Employer::of(name),
                before,
                at,
            });
        }
        *self = next;
        Ok(())
    }

    /// Whether no line was read.
    pub fn is_empty(&self) -> bool {
        self.emails.is_empty() && self.domains.is_empty()
    }

    /// What the maps say of `email` (lowercased): its own lines, else its domain's (or the
    /// nearest listed parent domain's), as spans in order of days; none when no line
    /// names it.
    pub fn spans(&self, email: &str) -> Vec<Span> {
        let email = email.trim().to_lowercase();
        let entries = self.emails.get(&email).or_else(|| {
            let mut host = email.rsplit_once('@').map(|(_, h)| h)?;
            loop {
                if let Some(e) = self.domains.get(host) {
                    return Some(e);
                }
                host = host.split_once('.')?.1;
            }
        });
        let Some(entries) = entries else {
            return Vec::new();
        };
        let mut sorted: Vec<&Entry> = entries.iter().collect();
        // Dated lines by their day, the undated one last.
        sorted.sort_by_key(|e| (e.before.is_none(), e.before));
        let mut from = beginning();
        let mut out = Vec::new();
        for e in sorted {
            let until = e.before.and_then(|d| d.yesterday().ok());
            if until.is_none_or(|u| u >= from) {
                out.push(Span {
                    employer: e.employer.clone(),
                    from,
                    until,
                    at: e.at.clone(),
                });
            }
            if let Some(d) = e.before {
                from = d;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    const EMAILS: &str = "\
# email map
ana@example.org   Acme Tools < 2024-03-01
ana@example.org   (None)
ana@example.org   Red Hat < 2023-01-01

bo@mail.example  (Unknown)
";

    #[test]
    fn dated_lines_follow_one_another() {
        let mut m = EmployerMap::default();
        m.read("emails", EMAILS).unwrap();
        m.read("domains", "example.org  Big Co\nmail.example Self\n")
            .unwrap();
        let ana = m.spans("Ana@Example.org");
        assert_eq!(ana.len(), 3);
        assert_eq!(ana[0].employer, Employer::Named("Red Hat".into()));
        assert_eq!(
            (ana[0].from, ana[0].until),
            (beginning(), Some(d("2022-12-31")))
        );
        assert_eq!(ana[0].at, "emails:4");
        assert_eq!(ana[1].employer, Employer::Named("Acme Tools".into()));
        assert_eq!(
            (ana[1].from, ana[1].until),
            (d("2023-01-01"), Some(d("2024-02-29")))
        );
        assert_eq!(
            (ana[2].employer.clone(), ana[2].from, ana[2].until),
            (Employer::Volunteer, d("2024-03-01"), None)
        );
        // An email's own line wins over its domain's; subdomains fall back to a parent.
        assert_eq!(m.spans("bo@mail.example")[0].employer, Employer::Unknown);
        assert_eq!(
            m.spans("cy@dev.example.org")[0].employer,
            Employer::Named("Big Co".into())
        );
        assert_eq!(m.spans("di@mail.example")[0].employer, Employer::Volunteer);
        assert!(m.spans("eve@elsewhere.net").is_empty());
    }

    #[test]
    fn malformed_lines_are_refused_with_their_number() {
        for (text, line) in [
            ("ok.org Fine\nnoemployer\n", 2),
            ("a@b.org Acme < 2024-13-01\n", 1),
            ("a@b.org Acme < soon\n", 1),
            ("\n\na@ Acme\n", 3),
            ("a@b.org < 2024-01-01\n", 1),
            ("a@b.org Acme\na@b.org Other\n", 2),
            ("a@b.org Acme < 2024-01-01\nA@B.org Other < 2024-01-01\n", 2),
            ("bad..domain Acme\n", 1),
        ] {
            let mut m = EmployerMap::default();
            let e = m.read("map", text).unwrap_err();
            assert_eq!(e.at, format!("map:{line}"), "{text:?}: {e}");
            assert!(m.is_empty(), "nothing kept from a refused file");
        }
    }

    #[test]
    fn gitdm_names_for_no_employer() {
        assert_eq!(Employer::of("(Unknown)"), Employer::Unknown);
        assert_eq!(Employer::of("(None)"), Employer::Volunteer);
        assert_eq!(Employer::of("self"), Employer::Volunteer);
        assert_eq!(Employer::of("Independent"), Employer::Volunteer);
        assert_eq!(Employer::of(" AT&T "), Employer::Named("AT&T".into()));
    }
}
