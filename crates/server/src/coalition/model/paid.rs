//! Who pays for the commons, from its own record: each accepted contribution (and each
//! hour of accepted work) is counted as done paid, as a volunteer, or unknown, by what
//! its author declared of their affiliations on the day it was accepted — the answer the
//! Linux Foundation's kernel report gives after the fact ("over 70 % … by developers who
//! are being paid"), given live, per commons. Pure: the flows gather the rows.

use super::CoalitionError;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use utoipa::ToSchema;

/// What a person declared: an organization they worked with from one day to another
/// (both included; open-ended without `until`), paid for that work or not, on one commons
/// or on any. An employer map read with an imported history says the same of an author's
/// email (`gitdm`): the organization is then the instance's, or only an employer's name
/// (`name:…`), or none for work on one's own account (volunteer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Affiliation {
    pub organization: Option<String>,
    pub commons: Option<String>,
    pub from: Date,
    pub until: Option<Date>,
    pub paid: bool,
}

impl Affiliation {
    /// Whether it covers work done on `commons` on `day`.
    pub fn covers(&self, commons: &str, day: Date) -> bool {
        self.from <= day
            && self.until.is_none_or(|u| day <= u)
            && self.commons.as_deref().is_none_or(|c| c == commons)
    }
}

/// Reads a day, `YYYY-MM-DD`, for the field `field`.
pub fn day(field: &'static str, given: &str) -> Result<Date, CoalitionError> {
    let d: Date = given
        .trim()
        .parse()
        .map_err(|_| CoalitionError::InvalidDay {
            field,
            given: given.to_string(),
        })?;
    if given.trim().len() != 10 {
        return Err(CoalitionError::InvalidDay {
            field,
            given: given.to_string(),
        });
    }
    Ok(d)
}

/// An affiliation's days, checked: `until`, when given, is not before `from`.
pub fn span(from: &str, until: Option<&str>) -> Result<(Date, Option<Date>), CoalitionError> {
    let from = day("from", from)?;
    let until = match until.map(str::trim).filter(|u| !u.is_empty()) {
        Some(u) => Some(day("until", u)?),
        None => None,
    };
    if let Some(u) = until
        && u < from
    {
        return Err(CoalitionError::EmptySpan {
            from: from.to_string(),
            until: u.to_string(),
        });
    }
    Ok((from, until))
}

/// How a piece of work was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Done {
    Paid,
    Volunteer,
    Unknown,
}

/// How work on `commons` by someone with these affiliations, on `day`, was done: paid when
/// an affiliation covering it says so (and with which organizations), else as a volunteer
/// when one covers it, else unknown.
pub fn classify<'a>(
    affiliations: &'a [Affiliation],
    commons: &str,
    day: Date,
) -> (Done, Vec<&'a str>) {
    let covering: Vec<&Affiliation> = affiliations
        .iter()
        .filter(|a| a.covers(commons, day))
        .collect();
    let paid: Vec<&Affiliation> = covering.iter().copied().filter(|a| a.paid).collect();
    let named = |list: &[&'a Affiliation]| -> Vec<&'a str> {
        list.iter()
            .filter_map(|a| a.organization.as_deref())
            .collect()
    };
    if !paid.is_empty() {
        return (Done::Paid, named(&paid));
    }
    if !covering.is_empty() {
        return (Done::Volunteer, named(&covering));
    }
    (Done::Unknown, Vec::new())
}

/// One accepted contribution: who, the day it was accepted, and its minutes when it is a
/// work record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Work {
    pub author: String,
    pub day: Date,
    pub minutes: i64,
    pub work_record: bool,
}

/// Contributions and minutes of work.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Counts {
    pub contributions: i64,
    pub minutes: i64,
}

impl Counts {
    fn add(&mut self, w: &Work) {
        self.contributions += 1;
        self.minutes += w.minutes;
    }
}

/// Paid, volunteer and unknown work over some span.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Split {
    pub paid: Counts,
    pub volunteer: Counts,
    pub unknown: Counts,
}

impl Split {
    fn add(&mut self, how: Done, w: &Work) {
        match how {
            Done::Paid => self.paid.add(w),
            Done::Volunteer => self.volunteer.add(w),
            Done::Unknown => self.unknown.add(w),
        }
    }

    /// Adds another split's counts to this one.
    pub fn merge(&mut self, o: &Split) {
        for (mine, theirs) in [
            (&mut self.paid, o.paid),
            (&mut self.volunteer, o.volunteer),
            (&mut self.unknown, o.unknown),
        ] {
            mine.contributions += theirs.contributions;
            mine.minutes += theirs.minutes;
        }
    }

    /// All contributions counted.
    pub fn contributions(&self) -> i64 {
        self.paid.contributions + self.volunteer.contributions + self.unknown.contributions
    }

    /// Each kind's share of the contributions in basis points (10 000 is all), rounded half
    /// up; zero when there is none.
    pub fn shares(&self) -> [i64; 3] {
        let all = self.contributions();
        let share = |n: i64| {
            if all == 0 {
                0
            } else {
                (n * 10_000 * 2 + all) / (all * 2)
            }
        };
        [
            share(self.paid.contributions),
            share(self.volunteer.contributions),
            share(self.unknown.contributions),
        ]
    }
}

/// The report for one commons: over all its accepted work, month by month (`YYYY-MM`), and
/// by organization (paid and volunteer work its affiliated people did), also month by
/// month (for the organizations' own reports).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub total: Split,
    pub months: BTreeMap<String, Split>,
    pub organizations: BTreeMap<String, Split>,
    pub organization_months: BTreeMap<String, BTreeMap<String, Split>>,
}

/// Counts `work` on `commons` by what its authors declared (`affiliations`, by person).
pub fn report(
    commons: &str,
    work: &[Work],
    affiliations: &HashMap<String, Vec<Affiliation>>,
) -> Report {
    let none = Vec::new();
    let mut r = Report::default();
    for w in work {
        let affs = affiliations.get(&w.author).unwrap_or(&none);
        let (how, orgs) = classify(affs, commons, w.day);
        r.total.add(how, w);
        let month = format!("{:04}-{:02}", w.day.year(), w.day.month());
        r.months.entry(month.clone()).or_default().add(how, w);
        let mut seen = std::collections::BTreeSet::new();
        for o in orgs {
            if seen.insert(o) {
                r.organizations
                    .entry(o.to_string())
                    .or_default()
                    .add(how, w);
                r.organization_months
                    .entry(o.to_string())
                    .or_default()
                    .entry(month.clone())
                    .or_default()
                    .add(how, w);
            }
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn aff(
        org: &str,
        commons: Option<&str>,
        from: &str,
        until: Option<&str>,
        paid: bool,
    ) -> Affiliation {
        Affiliation {
            organization: Some(org.into()),
            commons: commons.map(str::to_string),
            from: d(from),
            until: until.map(d),
            paid,
        }
    }

    fn work(author: &str, day: &str, minutes: i64) -> Work {
        Work {
            author: author.into(),
            day: d(day),
            minutes,
            work_record: minutes > 0,
        }
    }

    #[test]
    fn days_and_spans_are_read_or_refused() {
        assert_eq!(day("from", "2026-01-31").unwrap(), d("2026-01-31"));
        for bad in [
            "2026-02-30",
            "2026-1-1",
            "yesterday",
            "",
            "2026-01-01T00:00",
        ] {
            assert_eq!(day("from", bad).unwrap_err().code(), "invalid_day", "{bad}");
        }
        assert_eq!(
            span("2026-01-01", Some("2026-01-01")).unwrap().1,
            Some(d("2026-01-01"))
        );
        assert_eq!(span("2026-01-01", Some("")).unwrap().1, None);
        assert_eq!(
            span("2026-02-01", Some("2026-01-31")).unwrap_err().code(),
            "empty_span"
        );
    }

    /// An affiliation covers the days from its first to its last, both included, on its
    /// commons or any; paid outranks volunteer; nothing declared is unknown.
    #[test]
    fn work_is_classified_by_what_covers_its_day() {
        let emil = vec![
            aff("opengrow", None, "2026-03-01", None, true),
            aff(
                "makers",
                Some("controller"),
                "2025-01-01",
                Some("2026-02-28"),
                false,
            ),
        ];
        let c = |day: &str, commons: &str| classify(&emil, commons, d(day)).0;
        assert_eq!(c("2025-06-01", "controller"), Done::Volunteer);
        assert_eq!(c("2025-06-01", "recipes"), Done::Unknown);
        assert_eq!(c("2026-02-28", "controller"), Done::Volunteer);
        assert_eq!(c("2026-03-01", "controller"), Done::Paid);
        assert_eq!(c("2030-01-01", "recipes"), Done::Paid);
        assert_eq!(c("2024-12-31", "controller"), Done::Unknown);
        let both = vec![
            aff("makers", None, "2026-01-01", None, false),
            aff("opengrow", None, "2026-01-01", None, true),
        ];
        assert_eq!(
            classify(&both, "x", d("2026-05-05")),
            (Done::Paid, vec!["opengrow"])
        );
    }

    /// The counts made by hand: six contributions, two of them work records.
    #[test]
    fn the_report_counts_by_month_and_by_organization() {
        let mut affs = HashMap::new();
        affs.insert(
            "emil".to_string(),
            vec![aff("opengrow", None, "2026-03-01", None, true)],
        );
        affs.insert(
            "amara".to_string(),
            vec![aff("makers", None, "2020-01-01", None, false)],
        );
        let work = [
            work("emil", "2026-02-15", 0),    // before his affiliation: unknown
            work("emil", "2026-03-02", 0),    // paid
            work("emil", "2026-03-20", 180),  // paid, 3 h
            work("amara", "2026-03-03", 0),   // volunteer
            work("amara", "2026-04-01", 60),  // volunteer, 1 h
            work("dolores", "2026-04-02", 0), // unknown
        ];
        let r = report("controller", &work, &affs);
        assert_eq!(
            r.total,
            Split {
                paid: Counts {
                    contributions: 2,
                    minutes: 180
                },
                volunteer: Counts {
                    contributions: 2,
                    minutes: 60
                },
                unknown: Counts {
                    contributions: 2,
                    minutes: 0
                },
            }
        );
        assert_eq!(r.total.shares(), [3333, 3333, 3333]);
        assert_eq!(
            r.months.keys().collect::<Vec<_>>(),
            ["2026-02", "2026-03", "2026-04"]
        );
        assert_eq!(r.months["2026-03"].paid.contributions, 2);
        assert_eq!(r.months["2026-03"].volunteer.contributions, 1);
        assert_eq!(r.months["2026-02"].unknown.contributions, 1);
        assert_eq!(r.organizations["opengrow"].paid.minutes, 180);
        assert_eq!(r.organizations["makers"].volunteer.contributions, 2);
        assert!(!r.organizations.contains_key("dolores"));
        // Shares round half up and an empty split has none.
        let third = Split {
            paid: Counts {
                contributions: 2,
                minutes: 0,
            },
            volunteer: Counts {
                contributions: 1,
                minutes: 0,
            },
            ..Split::default()
        };
        assert_eq!(third.shares(), [6667, 3333, 0]);
        assert_eq!(Split::default().shares(), [0, 0, 0]);
    }
}
