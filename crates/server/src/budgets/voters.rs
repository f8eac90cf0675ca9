//! Who may vote where, with no I/O: reading a census file (eligible ids, with optional
//! birth dates and districts), the keyed hash under which an id is kept (never the id
//! itself), a person's age at the balloting phase's start, and the district rule ("vote in
//! your own district and N others; the city-wide heading always").

use super::model::{BudgetError, CensusFault, MAX_CENSUS_ID_CHARS, Result};
use sha2::{Digest, Sha256};

/// Most entries a census holds.
pub const MAX_CENSUS_ENTRIES: usize = 2_000_000;

/// Least and most age a rule may ask.
pub const MAX_AGE: i64 = 150;

/// An id as the census and a claim compare it: spaces, dots and dashes dropped, letters
/// upper-cased (`12.345.678-z` and `12345678Z` are one id).
pub fn census_id(raw: &str) -> std::result::Result<String, CensusFault> {
    let id: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
        .flat_map(char::to_uppercase)
        .collect();
    if id.is_empty() {
        return Err(CensusFault::EmptyId);
    }
    if id.chars().count() > MAX_CENSUS_ID_CHARS || id.chars().any(char::is_control) {
        return Err(CensusFault::IdTooLong);
    }
    Ok(id)
}

/// HMAC-SHA256 of `id` under the process's `salt`, as hex: what the census stores. Without
/// the salt, which never leaves the store, a list of likely ids cannot be tried against it.
pub fn keyed_hash(salt: &[u8], id: &str) -> String {
    const BLOCK: usize = 64;
    let mut key = [0u8; BLOCK];
    if salt.len() > BLOCK {
        key[..32].copy_from_slice(&Sha256::digest(salt));
    } else {
        key[..salt.len()].copy_from_slice(salt);
    }
    let mut inner = Sha256::new();
    inner.update(key.map(|b| b ^ 0x36));
    inner.update(id.as_bytes());
    let mut outer = Sha256::new();
    outer.update(key.map(|b| b ^ 0x5c));
    outer.update(inner.finalize());
    outer
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A new random salt for a process's census, as hex.
pub fn new_salt() -> String {
    format!(
        "{:032x}{:032x}",
        rand::random::<u128>(),
        rand::random::<u128>()
    )
}

/// The bytes of a salt written by [`new_salt`].
pub fn salt_bytes(hex: &str) -> Vec<u8> {
    (0..hex.len() / 2)
        .filter_map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
        .collect()
}

/// An entry of a census file, as read: its line, the id (normalised), the birth date
/// (`YYYY-MM-DD`) and the district's name as written, when given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CensusLine {
    pub line: usize,
    pub id: String,
    pub birth_date: Option<String>,
    pub district: Option<String>,
}

fn fault(line: usize, fault: CensusFault) -> BudgetError {
    BudgetError::Census { line, fault }
}

/// Reads a census file: a header line naming its columns (`id`, and optionally
/// `birth_date` and `district`, in any order), separated by commas or semicolons (as the
/// header is), then one entry per line. Blank lines are skipped; a field may be quoted.
/// The first fault met is refused with its line.
pub fn read_census(text: &str) -> Result<Vec<CensusLine>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty());
    let Some((hline, header)) = lines.next() else {
        return Err(fault(1, CensusFault::Empty));
    };
    let sep = if header.contains(';') { ';' } else { ',' };
    let fields = |l: &str| -> Vec<String> {
        l.split(sep)
            .map(|f| f.trim().trim_matches('"').trim().to_string())
            .collect()
    };
    let names = fields(header);
    let (mut id_at, mut born_at, mut district_at) = (None, None, None);
    for (i, n) in names.iter().enumerate() {
        match n.to_lowercase().as_str() {
            "id" => id_at = Some(i),
            "birth_date" => born_at = Some(i),
            "district" => district_at = Some(i),
            _ => return Err(fault(hline, CensusFault::UnknownColumn(n.clone()))),
        }
    }
    let Some(id_at) = id_at else {
        return Err(fault(hline, CensusFault::NoIdColumn));
    };
    let mut out: Vec<CensusLine> = Vec::new();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (line, l) in lines {
        if out.len() >= MAX_CENSUS_ENTRIES {
            return Err(fault(
                line,
                CensusFault::TooMany {
                    most: MAX_CENSUS_ENTRIES,
                },
            ));
        }
        let f = fields(l);
        if f.len() != names.len() {
            return Err(fault(
                line,
                CensusFault::Fields {
                    expected: names.len(),
                    given: f.len(),
                },
            ));
        }
        let id = census_id(&f[id_at]).map_err(|e| fault(line, e))?;
        if let Some(&first) = seen.get(&id) {
            return Err(fault(line, CensusFault::Repeated { first }));
        }
        let birth_date = match born_at.map(|i| f[i].as_str()).filter(|s| !s.is_empty()) {
            None => None,
            Some(raw) => match raw.parse::<jiff::civil::Date>() {
                Ok(d) if raw.len() == 10 => Some(d.to_string()),
                _ => return Err(fault(line, CensusFault::BirthDate(raw.into()))),
            },
        };
        let district = district_at
            .map(|i| crate::text::neutralised(&f[i]).trim().to_string())
            .filter(|s| !s.is_empty());
        seen.insert(id.clone(), line);
        out.push(CensusLine {
            line,
            id,
            birth_date,
            district,
        });
    }
    if out.is_empty() {
        return Err(fault(hline, CensusFault::Empty));
    }
    Ok(out)
}

/// Full years from `birth` (`YYYY-MM-DD`) to the UTC day of `at` (Unix ms); `None` when
/// the date cannot be read.
pub fn age_at(birth: &str, at: i64) -> Option<i64> {
    let born: jiff::civil::Date = birth.parse().ok()?;
    let on = jiff::tz::Offset::UTC
        .to_datetime(jiff::Timestamp::from_millisecond(at).ok()?)
        .date();
    let mut years = i64::from(on.year()) - i64::from(born.year());
    if (on.month(), on.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    Some(years)
}

/// Whether a census entry's birth date meets an age rule of `least` years at `at`.
pub fn old_enough(least: Option<i64>, birth: Option<&str>, at: i64) -> Result<()> {
    let Some(least) = least else {
        return Ok(());
    };
    match birth.and_then(|b| age_at(b, at)) {
        Some(age) if age >= least => Ok(()),
        Some(_) => Err(BudgetError::AgeRule { least, born: true }),
        None => Err(BudgetError::AgeRule { least, born: false }),
    }
}

/// The district rule of a process: how many district headings besides one's own a person
/// may vote in (`None`: any number), and the city-wide heading, open to all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DistrictRule<'a> {
    pub other_districts: Option<i64>,
    pub citywide: Option<&'a str>,
}

/// Why a person may vote in a heading, or may not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// No district rule: every heading.
    Open,
    /// The city-wide heading, open to all.
    Citywide,
    /// The person's own district (from the census).
    Own,
    /// The district where the person voted first, which counts as their own when the
    /// census gives none.
    First,
    /// Another district, within the number allowed; `used` of `allowed` are taken with
    /// this one.
    Other { used: i64, allowed: i64 },
    /// Another district, past the number allowed.
    Refused(BudgetError),
}

impl Standing {
    pub fn allowed(&self) -> bool {
        !matches!(self, Standing::Refused(_))
    }
}

/// Whether a person may vote in `heading` under `rule`. `own` is the person's district
/// from the census (a heading id, with its name for the refusal); `voted` are the
/// headings they hold a ballot in. Without a district from the census, the first
/// district heading they vote in counts as their own: they may hold ballots in at most
/// `allowed + 1` district headings. A ballot already held in `heading` may always be
/// changed.
pub fn standing(
    rule: DistrictRule<'_>,
    heading: &str,
    own: Option<(&str, &str)>,
    voted: &[&str],
) -> Standing {
    let Some(allowed) = rule.other_districts else {
        return Standing::Open;
    };
    if rule.citywide == Some(heading) {
        return Standing::Citywide;
    }
    let mut districts: Vec<&str> = voted
        .iter()
        .copied()
        .filter(|h| Some(*h) != rule.citywide)
        .collect();
    districts.sort_unstable();
    districts.dedup();
    match own {
        Some((own_id, _)) if own_id == heading => Standing::Own,
        Some((own_id, own_name)) => {
            let others: Vec<&str> = districts.into_iter().filter(|h| *h != own_id).collect();
            let before = others.iter().filter(|h| **h != heading).count() as i64;
            if others.contains(&heading) || before < allowed {
                Standing::Other {
                    used: before + 1,
                    allowed,
                }
            } else {
                Standing::Refused(BudgetError::DistrictRule {
                    allowed,
                    own: Some(own_name.to_string()),
                })
            }
        }
        None => {
            let first = districts.is_empty() || (districts.len() == 1 && districts[0] == heading);
            if first {
                return Standing::First;
            }
            let before = districts.iter().filter(|h| **h != heading).count() as i64;
            // One of those held is the own district; the others count against `allowed`.
            if districts.contains(&heading) || before - 1 < allowed {
                Standing::Other {
                    used: before.min(allowed + 1),
                    allowed,
                }
            } else {
                Standing::Refused(BudgetError::DistrictRule { allowed, own: None })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_compare_without_spaces_dots_dashes_or_case() {
        assert_eq!(census_id(" 12.345.678-z ").unwrap(), "12345678Z");
        assert_eq!(census_id(" - ").unwrap_err(), CensusFault::EmptyId);
        let salt = salt_bytes(&new_salt());
        assert_eq!(salt.len(), 32);
        assert_eq!(
            keyed_hash(&salt, "12345678Z"),
            keyed_hash(&salt, "12345678Z")
        );
        assert_ne!(
            keyed_hash(&salt, "12345678Z"),
            keyed_hash(&salt, "12345679Z")
        );
        assert_ne!(
            keyed_hash(&salt, "12345678Z"),
            keyed_hash(&salt_bytes(&new_salt()), "12345678Z")
        );
        // RFC 4231, test case 2.
        assert_eq!(
            keyed_hash(b"Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn a_census_file_is_read_or_refused_at_its_line() {
        let ok =
            read_census("id;birth_date;district\n111-A;2000-02-29;Harbour\n\n222B;;\n").unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!(ok[0].id, "111A");
        assert_eq!(ok[0].birth_date.as_deref(), Some("2000-02-29"));
        assert_eq!(ok[0].district.as_deref(), Some("Harbour"));
        assert_eq!((ok[1].line, ok[1].birth_date.clone()), (4, None));
        let at = |text: &str| match read_census(text).unwrap_err() {
            BudgetError::Census { line, fault } => (line, fault),
            e => panic!("{e:?}"),
        };
        assert_eq!(
            at("name\nx\n"),
            (1, CensusFault::UnknownColumn("name".into()))
        );
        assert_eq!(at("district\nx\n"), (1, CensusFault::NoIdColumn));
        assert_eq!(at("id\n1\n2\n1\n"), (4, CensusFault::Repeated { first: 2 }));
        assert_eq!(
            at("id,birth_date\n1,2001-13-01\n"),
            (2, CensusFault::BirthDate("2001-13-01".into()))
        );
        assert_eq!(
            at("id,district\n1\n"),
            (
                2,
                CensusFault::Fields {
                    expected: 2,
                    given: 1
                }
            )
        );
        assert_eq!(at("id\n"), (1, CensusFault::Empty));
        assert_eq!(at(""), (1, CensusFault::Empty));
    }

    #[test]
    fn age_is_counted_in_full_years_at_the_day() {
        let at = |day: &str| day.parse::<jiff::Timestamp>().unwrap().as_millisecond();
        assert_eq!(age_at("2010-05-02", at("2026-05-01T23:00:00Z")), Some(15));
        assert_eq!(age_at("2010-05-01", at("2026-05-01T00:00:00Z")), Some(16));
        assert!(old_enough(Some(16), Some("2010-05-01"), at("2026-05-01T00:00:00Z")).is_ok());
        assert_eq!(
            old_enough(Some(16), Some("2010-05-02"), at("2026-05-01T00:00:00Z"))
                .unwrap_err()
                .code(),
            "age_rule"
        );
        assert_eq!(
            old_enough(Some(16), None, 0).unwrap_err(),
            BudgetError::AgeRule {
                least: 16,
                born: false
            }
        );
        assert!(old_enough(None, None, 0).is_ok());
    }

    #[test]
    fn own_district_and_n_others_the_city_wide_heading_always() {
        let rule = DistrictRule {
            other_districts: Some(1),
            citywide: Some("city"),
        };
        let own = Some(("north", "North"));
        assert_eq!(
            standing(rule, "city", own, &["south", "east"]),
            Standing::Citywide
        );
        assert_eq!(standing(rule, "north", own, &["south"]), Standing::Own);
        assert_eq!(
            standing(rule, "south", own, &["north", "city"]),
            Standing::Other {
                used: 1,
                allowed: 1
            }
        );
        assert!(
            !standing(rule, "east", own, &["south"]).allowed(),
            "one other district is taken"
        );
        assert!(
            standing(rule, "south", own, &["south"]).allowed(),
            "changing it"
        );
        // Without a census district the first district voted in is one's own.
        assert_eq!(standing(rule, "south", None, &["city"]), Standing::First);
        assert!(standing(rule, "east", None, &["south"]).allowed());
        assert_eq!(
            standing(rule, "west", None, &["south", "east"]),
            Standing::Refused(BudgetError::DistrictRule {
                allowed: 1,
                own: None
            })
        );
        assert!(standing(rule, "east", None, &["south", "east"]).allowed());
        let none = DistrictRule {
            other_districts: Some(0),
            citywide: None,
        };
        assert!(!standing(none, "south", own, &[]).allowed());
        assert_eq!(
            standing(DistrictRule::default(), "x", None, &["a", "b"]),
            Standing::Open
        );
    }
}
