//! What sharing saves, counted from the store: per library (a steward's resources, an
//! organization's or a person's), per class (tool, vehicle, space, machine, material) and
//! for the whole instance (the territory), over a period (a year, a month, or the last 30
//! days).
//!
//! The figures, each over the part of the period that has passed (`measured_until`):
//! - items: the pool sizes of the resources that existed at some time in the period;
//! - loans: reservations handed over (checked out) within the period;
//! - loans per item and year: loans over the item-years the items existed in the period
//!   (a year of 365 days; a pool of three present for a month is a quarter item-year);
//! - share of time in use: item-time lent (from check-out to return, or until now while
//!   out; a loan of two items counts twice) over item-time lendable (while the resource
//!   existed and was not retired, less what blocks and breakdowns took out of the pool);
//! - idle items: items the period never needed, a pool's size less the most items out at
//!   once (an item with no loan at all is idle);
//! - waiting: from joining a waiting list to being offered the item (those offered in the
//!   period, their median, and how many were still waiting at its end), and from asking
//!   (the reservation made) to the loan's start (its check-out), median of the loans;
//! - purchases avoided: each class's loans times the library's factor, purchases per 100
//!   loans (defaults below, which a steward may change);
//! - for vehicles, cars shed: the vehicle items lent in the period (not idle) times the
//!   library's cars shed per shared vehicle, 15 by default.
//!
//! The territory adds up its libraries, each with its own factors. An instance
//! administrator sets the territory's defaults (stored among the libraries' factors under
//! the id `territory`): per class, a library's own factor wins, else the territory's,
//! else the built-in default below; the cars shed alike.

use super::events;
use super::model::{KINDS, LendingError};
use super::store::{self, FactorRow, ReservationRow, ThingRow, WaitRow};
use crate::db::DbConn;
use crate::error::{AppError, detail, shown};
use crate::ids::OrgId;
use crate::journal::{self, Context, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

const MINUTE_MS: i64 = 60_000;
const DAY_MS: i64 = 24 * 60 * MINUTE_MS;
/// A year of 365 days, for loans per item and year.
pub const YEAR_MS: i64 = 365 * DAY_MS;

/// Purchases a hundred loans stand for, by class, when a library set none. A tool lent
/// is often one the borrower would otherwise have bought for a single job: one in five.
/// Materials (tables, chairs, stands for an event) one in four. A machine a person would
/// rarely buy: one in twenty. Spaces and vehicles none (a room booked for an evening is
/// no room bought; vehicles count as cars shed instead, not twice).
pub const DEFAULT_PURCHASES_PER_100: [(&str, i64); 5] = [
    ("tool", 20),
    ("vehicle", 0),
    ("space", 0),
    ("machine", 5),
    ("material", 25),
];
/// Private cars one shared car sheds: the car-sharing study the essay cites counts 15.
pub const DEFAULT_CARS_SHED: i64 = 15;
/// The largest factors a steward may set.
pub const MAX_PURCHASES_PER_100: i64 = 10_000;
pub const MAX_CARS_SHED: i64 = 100;

/// The id under which the territory's defaults are stored among the libraries' factors
/// (no person, organization or commons has it: theirs are UUIDs).
pub const TERRITORY: &str = "territory";

/// Where a factor in use comes from: the library's own, the territory's default (set by
/// an instance administrator), or the built-in default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = SavingsFactorSource)]
pub enum Source {
    Library,
    Territory,
    BuiltIn,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Library => "library",
            Source::Territory => "territory",
            Source::BuiltIn => "built_in",
        }
    }
}

/// A library's factors: purchases per 100 loans by class (in `KINDS` order) and cars shed
/// per shared vehicle, each with where it comes from; `set` when the library chose one
/// of them at least (for the territory's defaults: when an administrator did).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Factors {
    pub purchases_per_100: [i64; 5],
    pub cars_shed: i64,
    pub purchases_from: [Source; 5],
    pub cars_shed_from: Source,
    pub set: bool,
}

impl Default for Factors {
    fn default() -> Self {
        Factors {
            purchases_per_100: DEFAULT_PURCHASES_PER_100.map(|(_, n)| n),
            cars_shed: DEFAULT_CARS_SHED,
            purchases_from: [Source::BuiltIn; 5],
            cars_shed_from: Source::BuiltIn,
            set: false,
        }
    }
}

impl Factors {
    /// The factors a library uses, per class: its own row's (`own`) when it set one, else
    /// the territory's (`territory`), else the built-in default; the same for the cars
    /// shed.
    pub fn of(own: &[&FactorRow], territory: &[&FactorRow]) -> Factors {
        let mut f = Factors::default();
        f.apply(territory, Source::Territory);
        f.apply(own, Source::Library);
        f.set = f.purchases_from.contains(&Source::Library) || f.cars_shed_from == Source::Library;
        f
    }

    /// The territory's defaults (its rows `rows`, the built-in ones for the rest).
    pub fn territory(rows: &[&FactorRow]) -> Factors {
        let mut f = Factors::default();
        f.apply(rows, Source::Territory);
        f.set =
            f.purchases_from.contains(&Source::Territory) || f.cars_shed_from == Source::Territory;
        f
    }

    fn apply(&mut self, rows: &[&FactorRow], from: Source) {
        for r in rows {
            if let (Some(i), Some(n)) = (class_index(&r.kind), r.purchases_per_100) {
                self.purchases_per_100[i] = n;
                self.purchases_from[i] = from;
            }
            if let Some(c) = r.cars_shed {
                self.cars_shed = c;
                self.cars_shed_from = from;
            }
        }
    }
}

fn class_index(kind: &str) -> Option<usize> {
    KINDS.iter().position(|k| *k == kind)
}

/// A period asked for: its name (`2026`, `2026-11` or `30d`) and `[from, until)` in ms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub name: String,
    pub from: i64,
    pub until: i64,
}

/// The period `raw` names, read in the zone `zone`: a year `YYYY`, a month `YYYY-MM`,
/// `30d` (the 30 days up to `now`, also when absent), or the days `FIRST..LAST` (both
/// `YYYY-MM-DD`, the last included, at most `model::MAX_PERIOD_YEARS`).
pub fn period(raw: Option<&str>, now: i64, zone: &str) -> Result<Period, LendingError> {
    let raw = raw.map(str::trim).unwrap_or("");
    if raw.is_empty() || raw == "30d" {
        return Ok(Period {
            name: "30d".into(),
            from: now - 30 * DAY_MS,
            until: now,
        });
    }
    let refused = |problem: &'static str| LendingError::Period {
        value: raw.to_string(),
        problem,
    };
    let bad = || refused("malformed");
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let at = |d: jiff::civil::Date| {
        tz.to_timestamp(d.to_datetime(jiff::civil::Time::midnight()))
            .map(|t| t.as_millisecond())
            .map_err(|_| bad())
    };
    if let Some((a, b)) = raw.split_once("..") {
        let day = |s: &str| -> Result<jiff::civil::Date, LendingError> {
            let s = s.trim();
            let ok = s.len() == 10
                && s.char_indices().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        c == '-'
                    } else {
                        c.is_ascii_digit()
                    }
                });
            if !ok {
                return Err(bad());
            }
            let d: jiff::civil::Date = s.parse().map_err(|_| bad())?;
            if d.year() < 1970 {
                return Err(bad());
            }
            Ok(d)
        };
        let (first, last) = (day(a)?, day(b)?);
        if last < first {
            return Err(refused("reversed"));
        }
        let next = last.tomorrow().map_err(|_| bad())?;
        let longest = first
            .checked_add(jiff::Span::new().years(super::model::MAX_PERIOD_YEARS))
            .map_err(|_| bad())?;
        if next > longest {
            return Err(refused("too_long"));
        }
        return Ok(Period {
            name: format!("{first}..{last}"),
            from: at(first)?,
            until: at(next)?,
        });
    }
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let (year, month) = match raw.split_once('-') {
        Some((y, m)) if y.len() == 4 && m.len() == 2 && digits(y) && digits(m) => (
            y.parse::<i16>().map_err(|_| bad())?,
            Some(m.parse::<i8>().map_err(|_| bad())?),
        ),
        None if raw.len() == 4 && digits(raw) => (raw.parse::<i16>().map_err(|_| bad())?, None),
        _ => return Err(bad()),
    };
    let first = jiff::civil::Date::new(year, month.unwrap_or(1), 1).map_err(|_| bad())?;
    let next = first
        .checked_add(match month {
            Some(_) => jiff::Span::new().months(1),
            None => jiff::Span::new().years(1),
        })
        .map_err(|_| bad())?;
    if year < 1970 {
        return Err(bad());
    }
    Ok(Period {
        name: raw.to_string(),
        from: at(first)?,
        until: at(next)?,
    })
}

/// A resource as the figures read it, with what happened to it.
#[derive(Debug, Clone, Default)]
pub struct Measured {
    pub kind: String,
    pub quantity: i64,
    pub created_at: i64,
    pub retired_at: Option<i64>,
    pub loans: Vec<Loan>,
    /// Blocks and breakdowns: items taken out over `[starts_at, ends_at)`.
    pub blocks: Vec<(i64, i64, i64)>,
    pub waits: Vec<Wait>,
}

/// A loan: items handed over at `out_at` (asked for at `asked_at`), back at `back_at`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Loan {
    pub quantity: i64,
    pub asked_at: i64,
    pub out_at: i64,
    pub back_at: Option<i64>,
}

/// A place on a waiting list: joined, offered, and ended (left, lapsed or taken).
#[derive(Debug, Clone, Copy, Default)]
pub struct Wait {
    pub joined_at: i64,
    pub offered_at: Option<i64>,
    pub ended_at: Option<i64>,
}

/// The figures of a set of resources, before they are put in words: sums, and the
/// durations whose medians are shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub items: i64,
    /// Item-ms the items existed in the period.
    pub present_ms: i64,
    /// Item-ms lendable: present less blocked.
    pub lendable_ms: i64,
    /// Item-ms lent.
    pub lent_ms: i64,
    pub loans: i64,
    pub idle_items: i64,
    /// Join → offer, of the waits offered in the period.
    pub waited_ms: Vec<i64>,
    pub still_waiting: i64,
    /// Asked → handed over, of the loans of the period.
    pub lead_ms: Vec<i64>,
    /// Hundredths of a purchase.
    pub purchases_x100: i64,
    pub shared_vehicles: i64,
    pub cars_shed: i64,
}

impl Figures {
    fn add(&mut self, o: &Figures) {
        self.items += o.items;
        self.present_ms += o.present_ms;
        self.lendable_ms += o.lendable_ms;
        self.lent_ms += o.lent_ms;
        self.loans += o.loans;
        self.idle_items += o.idle_items;
        self.waited_ms.extend(&o.waited_ms);
        self.still_waiting += o.still_waiting;
        self.lead_ms.extend(&o.lead_ms);
        self.purchases_x100 += o.purchases_x100;
        self.shared_vehicles += o.shared_vehicles;
        self.cars_shed += o.cars_shed;
    }
}

/// Item-ms `blocks` take out of a pool of `quantity` within `[from, until)`: at each
/// instant the blocked items, never more than the pool.
fn blocked_ms(blocks: &[(i64, i64, i64)], quantity: i64, from: i64, until: i64) -> i64 {
    let mut edges: Vec<(i64, i64)> = Vec::new();
    for &(q, s, e) in blocks {
        let (s, e) = (s.max(from), e.min(until));
        if e > s {
            edges.push((s, q));
            edges.push((e, -q));
        }
    }
    edges.sort();
    let (mut total, mut level, mut last) = (0, 0, from);
    for (t, dq) in edges {
        total += level.min(quantity) * (t - last);
        level += dq;
        last = t;
    }
    total
}

/// The most items out at once among `spans` (items, start, end) within `[from, until)`.
fn peak(spans: &[(i64, i64, i64)], from: i64, until: i64) -> i64 {
    let mut edges: Vec<(i64, i64)> = Vec::new();
    for &(q, s, e) in spans {
        let (s, e) = (s.max(from), e.min(until));
        if e > s {
            edges.push((s, q));
            edges.push((e, -q));
        }
    }
    // Ends before starts at the same instant: a loan back at 10:00 and the next out at
    // 10:00 were never out together.
    edges.sort_by_key(|&(t, dq)| (t, dq));
    let (mut level, mut top) = (0, 0);
    for (_, dq) in edges {
        level += dq;
        top = top.max(level);
    }
    top
}

/// The figures of one resource over `[from, until)` (`until` no later than now), under
/// the factors `f`.
pub fn measure(r: &Measured, from: i64, until: i64, f: &Factors) -> Figures {
    let start = from.max(r.created_at);
    let end = r.retired_at.map_or(until, |t| t.min(until));
    let mut out = Figures::default();
    if end <= start {
        return out;
    }
    let q = r.quantity;
    out.items = q;
    out.present_ms = q * (end - start);
    out.lendable_ms = out.present_ms - blocked_ms(&r.blocks, q, start, end);
    let spans: Vec<(i64, i64, i64)> = r
        .loans
        .iter()
        .map(|l| (l.quantity, l.out_at, l.back_at.unwrap_or(until)))
        .collect();
    out.lent_ms = spans
        .iter()
        .map(|&(n, s, e)| n * (e.min(end) - s.max(start)).max(0))
        .sum();
    out.idle_items = q - peak(&spans, start, end).min(q);
    for l in &r.loans {
        if (from..until).contains(&l.out_at) {
            out.loans += 1;
            out.lead_ms.push((l.out_at - l.asked_at).max(0));
        }
    }
    for w in &r.waits {
        match w.offered_at {
            Some(o) if (from..until).contains(&o) => out.waited_ms.push((o - w.joined_at).max(0)),
            Some(o) if o < until => {}
            _ if w.joined_at < until && w.ended_at.is_none_or(|e| e >= until) => {
                out.still_waiting += 1
            }
            _ => {}
        }
    }
    if let Some(i) = class_index(&r.kind) {
        out.purchases_x100 = out.loans * f.purchases_per_100[i];
    }
    if r.kind == "vehicle" {
        out.shared_vehicles = q - out.idle_items;
        out.cars_shed = out.shared_vehicles * f.cars_shed;
    }
    out
}

/// `a / b` rounded half up, `None` when `b` is 0.
fn ratio(a: i64, scale: i64, b: i64) -> Option<i64> {
    (b > 0).then(|| ((a as i128 * scale as i128 * 2 + b as i128) / (2 * b as i128)) as i64)
}

/// The middle of `v` (the mean of the two middles, rounded down, for an even count).
fn median(v: &[i64]) -> Option<i64> {
    let mut v = v.to_vec();
    v.sort_unstable();
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some((v[n / 2 - 1] + v[n / 2]) / 2),
    }
}

fn minutes(ms: i64) -> i64 {
    (ms + MINUTE_MS / 2) / MINUTE_MS
}

/// Figures as the API shows them.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
pub struct FiguresView {
    /// Items (a pool counts its size) that existed at some time in the period.
    pub items: i64,
    /// Loans handed over in the period.
    pub loans: i64,
    /// Loans per item and year (two decimals): loans over the item-years the items
    /// existed in the period; absent without items.
    pub loans_per_item_year: Option<f64>,
    /// Item-minutes lent in the period (a loan of two items counts twice).
    pub item_minutes_lent: i64,
    /// Item-minutes the items could be lent: while they existed and were not retired,
    /// less blocks and breakdowns.
    pub item_minutes_lendable: i64,
    /// Share of time in use, in basis points (10 000: all the time): lent over lendable;
    /// absent when nothing was lendable.
    pub share_in_use_bp: Option<i64>,
    /// Items the period never needed: a pool's size less the most out at once.
    pub idle_items: i64,
    /// Places on waiting lists offered an item in the period.
    pub waits_offered: i64,
    /// Median minutes from joining a waiting list to the offer, of those offered.
    pub median_wait_minutes: Option<i64>,
    /// Places on waiting lists not yet offered (nor left) at the period's end.
    pub still_waiting: i64,
    /// Median minutes from asking (the reservation made) to the loan's start (check-out).
    pub median_lead_minutes: Option<i64>,
    /// Purchases avoided (two decimals): each class's loans times its factor.
    pub purchases_avoided: f64,
    /// Vehicle items lent in the period.
    pub shared_vehicles: i64,
    /// Private cars shed: shared vehicles times the cars shed per shared vehicle.
    pub cars_shed: i64,
}

impl FiguresView {
    pub fn of(f: &Figures) -> FiguresView {
        FiguresView {
            items: f.items,
            loans: f.loans,
            loans_per_item_year: ratio(f.loans, 100 * YEAR_MS, f.present_ms)
                .map(|h| h as f64 / 100.0),
            item_minutes_lent: minutes(f.lent_ms),
            item_minutes_lendable: minutes(f.lendable_ms),
            share_in_use_bp: ratio(f.lent_ms, 10_000, f.lendable_ms),
            idle_items: f.idle_items,
            waits_offered: f.waited_ms.len() as i64,
            median_wait_minutes: median(&f.waited_ms).map(minutes),
            still_waiting: f.still_waiting,
            median_lead_minutes: median(&f.lead_ms).map(minutes),
            purchases_avoided: f.purchases_x100 as f64 / 100.0,
            shared_vehicles: f.shared_vehicles,
            cars_shed: f.cars_shed,
        }
    }
}

/// One class's figures.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ClassView {
    /// tool, vehicle, space, machine or material.
    pub kind: String,
    #[serde(flatten)]
    pub figures: FiguresView,
}

/// A library's factors (or the territory's defaults) as the API shows them.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FactorsView {
    /// Purchases 100 loans stand for, by class.
    pub purchases_per_100_loans: BTreeMap<String, i64>,
    /// Private cars one shared vehicle sheds.
    pub cars_shed_per_vehicle: i64,
    /// Whether the library set one of them at least (for the territory's defaults: an
    /// instance administrator did); false: none of its own.
    pub set: bool,
    /// Where each class's factor comes from: `library` (its own), `territory` (the
    /// territory's default) or `built_in`.
    pub purchases_from: BTreeMap<String, Source>,
    /// Where the cars shed per vehicle comes from.
    pub cars_shed_from: Source,
}

impl FactorsView {
    pub fn of(f: &Factors) -> FactorsView {
        FactorsView {
            purchases_per_100_loans: KINDS
                .iter()
                .zip(f.purchases_per_100)
                .map(|(k, n)| (k.to_string(), n))
                .collect(),
            cars_shed_per_vehicle: f.cars_shed,
            set: f.set,
            purchases_from: KINDS
                .iter()
                .zip(f.purchases_from)
                .map(|(k, n)| (k.to_string(), n))
                .collect(),
            cars_shed_from: f.cars_shed_from,
        }
    }
}

/// One library's total, on the territory's figures.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LibraryView {
    /// The steward, `@handle`.
    pub library: String,
    /// `organization`, `commons` or `person`.
    pub steward_kind: String,
    #[serde(flatten)]
    pub figures: FiguresView,
}

/// The period measured.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(as = SavingsPeriodView)]
pub struct PeriodView {
    /// `2026`, `2026-11`, `30d` or `2026-10-01..2026-11-30`.
    pub name: String,
    /// RFC 3339.
    pub from: String,
    pub until: String,
    /// The end of what was measured: the period's end, or now when it has not ended.
    pub measured_until: String,
}

/// What sharing saves over a period, for a library or the territory.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SavingsView {
    pub period: PeriodView,
    /// The library measured, `@handle`; absent: the whole territory (every library).
    pub library: Option<String>,
    pub total: FiguresView,
    /// Each class, in the order tool, vehicle, space, machine, material.
    pub classes: Vec<ClassView>,
    /// The territory's libraries (those with items in the period), by handle; empty for
    /// one library.
    pub libraries: Vec<LibraryView>,
    /// The library's factors; absent for the territory (each library has its own).
    pub factors: Option<FactorsView>,
    /// The territory's defaults, set by an instance administrator: what a library uses
    /// for a factor it set none of (the built-in default where they set none either).
    pub territory_factors: FactorsView,
}

/// A library named by handle: a person's, an organization's or a commons'.
#[derive(Debug, Clone)]
pub struct Library {
    pub handle: String,
    /// `organization`, `commons` or `person`.
    pub kind: &'static str,
    pub id: String,
}

/// The library of the person, organization or commons `handle` (a leading `@` allowed), or
/// a 404.
pub fn library(conn: &mut DbConn, handle: &str) -> Result<Library, AppError> {
    let h = handle.trim().trim_start_matches('@');
    if let Some(p) = crate::accounts::find_person(conn, h)? {
        return Ok(Library {
            handle: p.handle,
            kind: "person",
            id: p.id.as_str().to_string(),
        });
    }
    match crate::accounts::org_card(conn, h) {
        Ok((id, handle, _)) => Ok(Library {
            handle,
            kind: "organization",
            id: id.0,
        }),
        Err(e) if e.status == axum::http::StatusCode::NOT_FOUND => {
            match crate::commons::require_commons(conn, h) {
                Ok(c) => Ok(Library {
                    handle: c.handle,
                    kind: "commons",
                    id: c.id,
                }),
                Err(e) if e.status == axum::http::StatusCode::NOT_FOUND => {
                    Err(AppError::not_found(detail!(
                        "problem-lending-no-library",
                        handle = shown(h, 40)
                    )))
                }
                Err(e) => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

/// Whether `p` stewards the library: the person, an active admin of the organization, or a
/// maintainer of the commons.
pub fn stewards(conn: &mut DbConn, p: &Actor, l: &Library) -> Result<bool, AppError> {
    match l.kind {
        "organization" => Ok(
            crate::accounts::active_role(conn, &OrgId(l.id.clone()), &p.id)?.as_deref()
                == Some("admin"),
        ),
        "commons" => Ok(crate::commons::maintainers_of(conn, &l.id)?
            .iter()
            .any(|(id, ..)| id == p.id.as_str())),
        _ => Ok(l.id == p.id.as_str()),
    }
}

/// What sharing saved over `period` (measured until `now` at the latest), for the library
/// `library` or the whole territory.
pub fn savings(
    conn: &mut DbConn,
    library: Option<&Library>,
    period: &Period,
    now: i64,
) -> Result<SavingsView, AppError> {
    let until = period.until.min(now).max(period.from);
    let from = period.from;
    let things = store::things_over(conn, library.map(|l| l.id.as_str()), from, until)?;
    let ids: Vec<String> = things.iter().map(|t| t.id.clone()).collect();
    let loans = store::loans_over(conn, &ids, from, until)?;
    let blocks = store::blocks_over(conn, &ids, from, until)?;
    let waits = store::waits_over(conn, &ids, from, until)?;
    let stewards: Vec<String> = {
        let mut s: Vec<String> = things.iter().map(|t| t.steward_id.clone()).collect();
        s.dedup();
        s
    };
    // The library's own rows even when it lent nothing in the period, and the territory's.
    let mut asked = stewards;
    asked.extend(library.map(|l| l.id.clone()));
    asked.push(TERRITORY.to_string());
    let factor_rows = store::factors(conn, Some(&asked))?;
    let territory: Vec<&FactorRow> = factor_rows
        .iter()
        .filter(|r| r.steward_id == TERRITORY)
        .collect();
    let factors_of = |steward: &str| {
        let rows: Vec<&FactorRow> = factor_rows
            .iter()
            .filter(|r| r.steward_id == steward)
            .collect();
        Factors::of(&rows, &territory)
    };
    let mut measured: BTreeMap<&str, Measured> = things
        .iter()
        .map(|t| (t.id.as_str(), measured_thing(t)))
        .collect();
    for k in &loans {
        if let (Some(m), Some(l)) = (measured.get_mut(k.resource_id.as_str()), loan(k)) {
            m.loans.push(l);
        }
    }
    for b in &blocks {
        if let Some(m) = measured.get_mut(b.resource_id.as_str()) {
            m.blocks.push((b.quantity, b.starts_at, b.ends_at));
        }
    }
    for w in &waits {
        if let Some(m) = measured.get_mut(w.resource_id.as_str()) {
            m.waits.push(wait(w));
        }
    }
    let mut total = Figures::default();
    let mut classes: Vec<Figures> = vec![Figures::default(); KINDS.len()];
    let mut by_library: BTreeMap<(String, String), Figures> = BTreeMap::new();
    let mut factors_cache: BTreeMap<String, Factors> = BTreeMap::new();
    for t in &things {
        let f = factors_cache
            .entry(t.steward_id.clone())
            .or_insert_with(|| factors_of(&t.steward_id))
            .clone();
        let fig = measure(&measured[t.id.as_str()], from, until, &f);
        total.add(&fig);
        if let Some(i) = class_index(&t.kind) {
            classes[i].add(&fig);
        }
        by_library
            .entry((t.steward_kind.clone(), t.steward_id.clone()))
            .or_default()
            .add(&fig);
    }
    let libraries = if library.is_some() {
        Vec::new()
    } else {
        let orgs: Vec<String> = by_library
            .keys()
            .filter(|(k, _)| k == "organization")
            .map(|(_, id)| id.clone())
            .collect();
        let org_handles = crate::accounts::org_handles(conn, &orgs)?;
        let people = crate::accounts::handles_by_id(
            conn,
            by_library
                .keys()
                .filter(|(k, _)| k == "person")
                .map(|(_, id)| id.clone()),
        )?;
        let mut commons = std::collections::HashMap::new();
        for (_, id) in by_library.keys().filter(|(k, _)| k == "commons") {
            commons.insert(id.clone(), crate::commons::require_by_id(conn, id)?.handle);
        }
        let mut v: Vec<LibraryView> = by_library
            .iter()
            .filter(|(_, f)| f.items > 0)
            .map(|((kind, id), f)| {
                let handle = match kind.as_str() {
                    "organization" => org_handles.get(id),
                    "commons" => commons.get(id),
                    _ => people.get(id),
                };
                LibraryView {
                    library: format!("@{}", handle.map_or(id.as_str(), String::as_str)),
                    steward_kind: kind.clone(),
                    figures: FiguresView::of(f),
                }
            })
            .collect();
        v.sort_by(|a, b| a.library.cmp(&b.library));
        v
    };
    let factors = library.map(|l| FactorsView::of(&factors_of(&l.id)));
    Ok(SavingsView {
        period: PeriodView {
            name: period.name.clone(),
            from: super::model::rfc3339(period.from),
            until: super::model::rfc3339(period.until),
            measured_until: super::model::rfc3339(until),
        },
        library: library.map(|l| format!("@{}", l.handle)),
        total: FiguresView::of(&total),
        classes: KINDS
            .iter()
            .zip(&classes)
            .map(|(k, f)| ClassView {
                kind: k.to_string(),
                figures: FiguresView::of(f),
            })
            .collect(),
        libraries,
        factors,
        territory_factors: FactorsView::of(&Factors::territory(&territory)),
    })
}

fn measured_thing(t: &ThingRow) -> Measured {
    Measured {
        kind: t.kind.clone(),
        quantity: t.quantity,
        created_at: t.created_at,
        retired_at: t.retired_at,
        ..Measured::default()
    }
}

fn loan(k: &ReservationRow) -> Option<Loan> {
    Some(Loan {
        quantity: k.quantity,
        asked_at: k.created_at,
        out_at: k.checked_out_at?,
        back_at: k.returned_at,
    })
}

fn wait(w: &WaitRow) -> Wait {
    Wait {
        joined_at: w.created_at,
        offered_at: w.offered_at,
        ended_at: w.ended_at,
    }
}

/// A change of a library's factors: each one absent keeps its value; one given as
/// `None` is unset, so that it follows the default again (the territory's, else the
/// built-in one).
#[derive(Debug, Clone, Default)]
pub struct FactorsChange {
    /// Purchases per 100 loans, by class name.
    pub purchases_per_100: BTreeMap<String, Option<i64>>,
    pub cars_shed: Option<Option<i64>>,
}

impl FactorsChange {
    /// The factors this change unsets: class names, and `cars_shed`.
    pub fn unset(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .purchases_per_100
            .iter()
            .filter(|(_, n)| n.is_none())
            .map(|(k, _)| k.trim().to_string())
            .collect();
        if self.cars_shed == Some(None) {
            out.push("cars_shed".into());
        }
        out
    }
}

/// `rows` (one owner's factors, `owner` its id) after the change `c`, checked: each class
/// named gets its own row (or its row's new value), the cars shed go on the `vehicle`
/// row; one unset loses its value, and a row left with none is dropped; the rest stay as
/// they were, and what was never set stays unset.
fn changed(
    rows: Vec<FactorRow>,
    owner: &str,
    c: &FactorsChange,
    by: &str,
    now: i64,
) -> Result<Vec<FactorRow>, AppError> {
    let mut by_kind: BTreeMap<String, FactorRow> =
        rows.into_iter().map(|r| (r.kind.clone(), r)).collect();
    fn row<'a>(
        rows: &'a mut BTreeMap<String, FactorRow>,
        kind: &str,
        owner: &str,
        by: &str,
        now: i64,
    ) -> &'a mut FactorRow {
        let r = rows.entry(kind.to_string()).or_insert_with(|| FactorRow {
            steward_id: owner.to_string(),
            kind: kind.to_string(),
            purchases_per_100: None,
            cars_shed: None,
            set_by: by.to_string(),
            set_at: now,
        });
        r.set_by = by.to_string();
        r.set_at = now;
        r
    }
    for (kind, n) in &c.purchases_per_100 {
        let i = class_index(kind.trim())
            .ok_or_else(|| LendingError::UnknownKind { kind: kind.clone() })?;
        let Some(n) = n else {
            if let Some(r) = by_kind.get_mut(KINDS[i]) {
                r.purchases_per_100 = None;
                r.set_by = by.to_string();
                r.set_at = now;
            }
            continue;
        };
        if !(0..=MAX_PURCHASES_PER_100).contains(n) {
            return Err(LendingError::Factor {
                field: KINDS[i].into(),
                max: MAX_PURCHASES_PER_100,
            }
            .into());
        }
        row(&mut by_kind, KINDS[i], owner, by, now).purchases_per_100 = Some(*n);
    }
    if c.cars_shed == Some(None)
        && let Some(r) = by_kind.get_mut("vehicle")
    {
        r.cars_shed = None;
        r.set_by = by.to_string();
        r.set_at = now;
    }
    if let Some(Some(n)) = c.cars_shed {
        if !(0..=MAX_CARS_SHED).contains(&n) {
            return Err(LendingError::Factor {
                field: "cars_shed".into(),
                max: MAX_CARS_SHED,
            }
            .into());
        }
        row(&mut by_kind, "vehicle", owner, by, now).cars_shed = Some(n);
    }
    Ok(by_kind
        .into_values()
        .filter(|r| r.purchases_per_100.is_some() || r.cars_shed.is_some())
        .collect())
}

/// A steward of the library sets its factors: each named becomes the library's own (the
/// others keep theirs, or the territory's or built-in default when it never set one);
/// one journal event about the organization, the commons or the person. Under the
/// library's lock, so that two stewards racing each change what the other left, one
/// after the other, and the library keeps one row per class.
pub fn set_factors(
    conn: &mut DbConn,
    p: &Actor,
    l: &Library,
    c: &FactorsChange,
    now: i64,
) -> Result<Factors, AppError> {
    if !stewards(conn, p, l)? {
        return Err(LendingError::NotLibrarySteward.into());
    }
    // One writer at a time per library: the rows are read, then replaced.
    crate::db::lock_key(conn, &format!("savings-factors:{}", l.id))?;
    let rows = store::factors(conn, Some(std::slice::from_ref(&l.id)))?;
    let rows = changed(rows, &l.id, c, p.id.as_str(), now)?;
    store::put_factors(conn, &l.id, &rows)?;
    let territory = store::factors(conn, Some(&[TERRITORY.to_string()]))?;
    let f = Factors::of(
        &rows.iter().collect::<Vec<_>>(),
        &territory.iter().collect::<Vec<_>>(),
    );
    let (kind, url, event) = match l.kind {
        "organization" => (
            ObjectKind::Organization,
            format!("/orgs/{}", l.handle),
            &events::ORG_FACTORS_SET,
        ),
        "commons" => (
            ObjectKind::Commons,
            format!("/commons/{}", l.handle),
            &events::COMMONS_FACTORS_SET,
        ),
        _ => (
            ObjectKind::Person,
            format!("/people/{}", l.handle),
            &events::PERSON_FACTORS_SET,
        ),
    };
    journal::record(
        conn,
        Some(&p.handle),
        event,
        &ObjectRef {
            kind,
            id: l.id.clone(),
            url,
            context: (l.kind != "person").then(|| Context::of(kind, &l.id)),
        },
        &format!("@{} set the savings factors of @{}", p.handle, l.handle),
        &events::FactorsSet {
            library: format!("@{}", l.handle),
            purchases_per_100: FactorsView::of(&f).purchases_per_100_loans,
            cars_shed: f.cars_shed,
            unset: c.unset(),
        },
    )?;
    Ok(f)
}

/// The territory's defaults: what a library uses for a factor it set none of.
pub fn territory_factors(conn: &mut DbConn) -> Result<Factors, AppError> {
    let rows = store::factors(conn, Some(&[TERRITORY.to_string()]))?;
    Ok(Factors::territory(&rows.iter().collect::<Vec<_>>()))
}

/// An instance administrator sets the territory's defaults (those not named keep their
/// value: the territory's when set, else the built-in one); one journal event about the
/// instance. Under the territory's lock, as a library's factors are under its own.
pub fn set_territory_factors(
    conn: &mut DbConn,
    p: &Actor,
    c: &FactorsChange,
    now: i64,
) -> Result<Factors, AppError> {
    if !p.is_admin {
        return Err(LendingError::NotInstanceAdmin.into());
    }
    crate::db::lock_key(conn, &format!("savings-factors:{TERRITORY}"))?;
    let rows = store::factors(conn, Some(&[TERRITORY.to_string()]))?;
    let rows = changed(rows, TERRITORY, c, p.id.as_str(), now)?;
    store::put_factors(conn, TERRITORY, &rows)?;
    let f = Factors::territory(&rows.iter().collect::<Vec<_>>());
    journal::record(
        conn,
        Some(&p.handle),
        &events::TERRITORY_FACTORS_SET,
        &ObjectRef {
            kind: ObjectKind::Instance,
            id: TERRITORY.to_string(),
            url: "/resources/savings#factors".to_string(),
            context: None,
        },
        &format!("@{} set the territory's default savings factors", p.handle),
        &events::TerritoryFactorsSet {
            purchases_per_100: rows
                .iter()
                .filter_map(|r| Some((r.kind.clone(), r.purchases_per_100?)))
                .collect(),
            cars_shed: rows.iter().find_map(|r| r.cars_shed),
        },
    )?;
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3_600_000;

    fn tool(quantity: i64) -> Measured {
        Measured {
            kind: "tool".into(),
            quantity,
            created_at: 0,
            ..Measured::default()
        }
    }

    fn lent(quantity: i64, out: i64, back: Option<i64>) -> Loan {
        Loan {
            quantity,
            asked_at: out - 2 * H,
            out_at: out,
            back_at: back,
        }
    }

    #[test]
    fn no_loans_leave_every_item_idle() {
        let f = measure(&tool(3), 0, 10 * H, &Factors::default());
        assert_eq!(f.items, 3);
        assert_eq!(f.present_ms, 30 * H);
        assert_eq!(f.lendable_ms, 30 * H);
        assert_eq!((f.lent_ms, f.loans, f.idle_items), (0, 0, 3));
        let v = FiguresView::of(&f);
        assert_eq!(v.share_in_use_bp, Some(0));
        assert_eq!(v.median_lead_minutes, None);
        assert_eq!(v.purchases_avoided, 0.0);
    }

    /// A pool of three over 10 h: two items out 0–4 h, one 3–5 h; peak 3 at 3–4 h, so no
    /// item idle; 2×4 + 1×2 = 10 item-hours lent of 30.
    #[test]
    fn a_pool_counts_items_in_time_and_at_its_peak() {
        let mut r = tool(3);
        r.loans = vec![lent(2, 0, Some(4 * H)), lent(1, 3 * H, Some(5 * H))];
        let f = measure(&r, 0, 10 * H, &Factors::default());
        assert_eq!(f.lent_ms, 10 * H);
        assert_eq!(f.idle_items, 0);
        assert_eq!(FiguresView::of(&f).share_in_use_bp, Some(3333));
        assert_eq!(f.loans, 2);
        assert_eq!(f.purchases_x100, 40, "two tool loans at 20 per 100");
        // Back to back never overlap: one item enough, two idle.
        r.loans = vec![lent(1, 0, Some(4 * H)), lent(1, 4 * H, Some(5 * H))];
        assert_eq!(measure(&r, 0, 10 * H, &Factors::default()).idle_items, 2);
    }

    /// Retired at 6 h of a 10 h period, blocked 1–3 h (one item of two, then a second
    /// block overlapping 2–3 h that cannot take more than the pool).
    #[test]
    fn a_retirement_and_blocks_shorten_the_lendable_time() {
        let mut r = tool(2);
        r.retired_at = Some(6 * H);
        r.blocks = vec![(1, H, 3 * H), (2, 2 * H, 3 * H)];
        r.loans = vec![lent(1, 4 * H, None)];
        let f = measure(&r, 0, 10 * H, &Factors::default());
        assert_eq!(f.present_ms, 12 * H);
        // Blocked: 1 item 1–2 h, 2 items (capped) 2–3 h: 3 item-hours.
        assert_eq!(f.lendable_ms, 9 * H);
        // Still out, counted until the retirement.
        assert_eq!(f.lent_ms, 2 * H);
        assert_eq!(FiguresView::of(&f).share_in_use_bp, Some(2222));
    }

    #[test]
    fn loans_outside_the_period_count_only_their_part() {
        let mut r = tool(1);
        r.loans = vec![lent(1, 8 * H, Some(14 * H)), lent(1, 20 * H, Some(21 * H))];
        let f = measure(&r, 10 * H, 20 * H, &Factors::default());
        assert_eq!(f.loans, 0, "handed over before the period");
        assert_eq!(f.lent_ms, 4 * H);
        assert_eq!(f.idle_items, 0);
    }

    #[test]
    fn waits_are_offered_in_the_period_or_still_waiting_at_its_end() {
        let mut r = tool(1);
        r.waits = vec![
            Wait {
                joined_at: 0,
                offered_at: Some(3 * H),
                ended_at: Some(4 * H),
            },
            Wait {
                joined_at: H,
                offered_at: Some(2 * H),
                ended_at: Some(2 * H),
            },
            Wait {
                joined_at: 5 * H,
                offered_at: Some(20 * H),
                ended_at: None,
            },
            Wait {
                joined_at: 5 * H,
                offered_at: None,
                ended_at: Some(6 * H),
            },
        ];
        let f = measure(&r, 0, 10 * H, &Factors::default());
        assert_eq!(f.waited_ms, vec![3 * H, H]);
        assert_eq!(
            f.still_waiting, 1,
            "offered after the end; the one who left is not"
        );
        assert_eq!(FiguresView::of(&f).median_wait_minutes, Some(120));
    }

    #[test]
    fn vehicles_lent_shed_cars_by_the_factor() {
        let mut r = tool(2);
        r.kind = "vehicle".into();
        r.loans = vec![lent(1, 0, Some(H))];
        let mut f = Factors::default();
        let fig = measure(&r, 0, 10 * H, &f);
        assert_eq!((fig.shared_vehicles, fig.cars_shed), (1, 15));
        f.cars_shed = 10;
        assert_eq!(measure(&r, 0, 10 * H, &f).cars_shed, 10);
    }

    #[test]
    fn periods_are_years_months_or_thirty_days() {
        let p = period(Some("2026-02"), 0, "UTC").unwrap();
        assert_eq!(p.until - p.from, 28 * DAY_MS);
        // Days from the first to the last, both included, in the zone.
        let c = period(Some("2026-10-01..2026-11-30"), 0, "UTC").unwrap();
        assert_eq!(
            (c.name.as_str(), c.until - c.from),
            ("2026-10-01..2026-11-30", 61 * DAY_MS)
        );
        let one = period(Some(" 2026-03-29 .. 2026-03-29"), 0, "Europe/Rome").unwrap();
        assert_eq!(
            one.until - one.from,
            23 * 3_600_000,
            "the day the clocks change"
        );
        assert!(period(Some("2016-01-01..2025-12-31"), 0, "UTC").is_ok());
        for (bad, problem) in [
            ("2026-11-30..2026-10-01", "reversed"),
            ("2016-01-01..2026-01-01", "too_long"),
            ("2026-10-01..", "malformed"),
            ("2026-10..2026-11", "malformed"),
            ("2026-02-30..2026-03-01", "malformed"),
            ("1969-12-01..1970-01-31", "malformed"),
        ] {
            assert_eq!(
                period(Some(bad), 0, "UTC")
                    .map_err(|e| e.detail().text_arg("problem").map(str::to_string)),
                Err(Some(problem.to_string())),
                "{bad}"
            );
        }
        let y = period(Some("2024"), 0, "UTC").unwrap();
        assert_eq!(y.until - y.from, 366 * DAY_MS);
        let d = period(None, 100 * DAY_MS, "UTC").unwrap();
        assert_eq!((d.name.as_str(), d.from), ("30d", 70 * DAY_MS));
        let rome = period(Some("2026-07"), 0, "Europe/Rome").unwrap();
        assert_eq!(rome.from, 1_782_856_800_000, "2026-06-30T22:00:00Z");
        for bad in [
            "2026-13",
            "26-01",
            "2026-1",
            "last month",
            "1969",
            "2026-00",
        ] {
            assert!(
                matches!(
                    period(Some(bad), 0, "UTC"),
                    Err(LendingError::Period { .. })
                ),
                "{bad}"
            );
        }
    }

    fn row(owner: &str, kind: &str, n: Option<i64>, cars: Option<i64>) -> FactorRow {
        FactorRow {
            steward_id: owner.into(),
            kind: kind.into(),
            purchases_per_100: n,
            cars_shed: cars,
            set_by: "p".into(),
            set_at: 0,
        }
    }

    /// Per class: the library's own, else the territory's, else built in; the cars shed
    /// alike, on a vehicle row that may set them alone.
    #[test]
    fn a_library_s_own_factor_wins_then_the_territory_s_then_the_built_in() {
        let territory = [
            row(TERRITORY, "tool", Some(30), None),
            row(TERRITORY, "vehicle", None, Some(12)),
        ];
        let own = [
            row("lib", "tool", Some(40), None),
            row("lib", "machine", Some(8), None),
        ];
        let t: Vec<&FactorRow> = territory.iter().collect();
        let f = Factors::of(&own.iter().collect::<Vec<_>>(), &t);
        assert_eq!(f.purchases_per_100, [40, 0, 0, 8, 25]);
        assert_eq!(
            f.purchases_from,
            [
                Source::Library,
                Source::BuiltIn,
                Source::BuiltIn,
                Source::Library,
                Source::BuiltIn
            ]
        );
        assert_eq!(
            (f.cars_shed, f.cars_shed_from, f.set),
            (12, Source::Territory, true)
        );
        let none = Factors::of(&[], &t);
        assert_eq!(none.purchases_per_100[0], 30);
        assert_eq!(none.purchases_from[0], Source::Territory);
        assert!(!none.set);
        let d = Factors::territory(&t);
        assert!(d.set);
        assert_eq!(d.purchases_from[4], Source::BuiltIn);
        assert!(!Factors::territory(&[]).set);
    }

    #[test]
    fn a_change_touches_only_what_it_names() {
        let before = vec![row("lib", "tool", Some(40), None)];
        let c = FactorsChange {
            purchases_per_100: [("machine".to_string(), Some(8))].into_iter().collect(),
            cars_shed: Some(Some(9)),
        };
        let after = changed(before, "lib", &c, "q", 5).unwrap();
        let got: Vec<(&str, Option<i64>, Option<i64>)> = after
            .iter()
            .map(|r| (r.kind.as_str(), r.purchases_per_100, r.cars_shed))
            .collect();
        assert_eq!(
            got,
            vec![
                ("machine", Some(8), None),
                ("tool", Some(40), None),
                ("vehicle", None, Some(9))
            ]
        );
        let bad = FactorsChange {
            cars_shed: Some(Some(101)),
            ..FactorsChange::default()
        };
        assert!(changed(Vec::new(), "lib", &bad, "q", 5).is_err());
        // Unset: the tools and the cars shed go back to the default; a row left with no
        // value goes, one with another value stays.
        let unset = FactorsChange {
            purchases_per_100: [("tool".to_string(), None), ("space".to_string(), None)]
                .into_iter()
                .collect(),
            cars_shed: Some(None),
        };
        assert_eq!(unset.unset(), ["space", "tool", "cars_shed"]);
        let mut both = row("lib", "vehicle", Some(3), Some(9));
        both.set_at = 1;
        let after = changed(
            vec![row("lib", "tool", Some(40), None), both],
            "lib",
            &unset,
            "q",
            5,
        )
        .unwrap();
        let got: Vec<(&str, Option<i64>, Option<i64>, i64)> = after
            .iter()
            .map(|r| (r.kind.as_str(), r.purchases_per_100, r.cars_shed, r.set_at))
            .collect();
        assert_eq!(got, vec![("vehicle", Some(3), None, 5)]);
    }

    #[test]
    fn medians_take_the_middle() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5, 1, 3]), Some(3));
        assert_eq!(median(&[4, 1, 3, 10]), Some(3));
    }
}
