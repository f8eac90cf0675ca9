//! The rules of lending, with no I/O: what a resource and its policy may be, how a
//! requested interval is read and checked against the policy, whether a pool has room
//! for a reservation among those that hold its items (and, if not, which one is in the
//! way and when the next free slot starts), and how a reservation moves between states.
//! Every refusal is a `LendingError` with a stable snake_case code.

use crate::error::{Detail, detail};

/// Longest name, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest description, place, condition or note, in characters.
pub const MAX_TEXT_CHARS: usize = 4_000;
/// Largest pool of identical items.
pub const MAX_QUANTITY: i64 = 10_000;
/// Longest booking a policy may allow: a year, in minutes.
pub const MAX_POLICY_MINUTES: i64 = 366 * 24 * 60;
/// Farthest ahead a policy may let people book, in days.
pub const MAX_HORIZON_DAYS: i64 = 730;
/// Longest buffer after a reservation, in minutes (a week).
pub const MAX_BUFFER_MINUTES: i64 = 7 * 24 * 60;
/// How far in the past a reservation may start (a form filled in slowly), in ms.
pub const PAST_GRACE_MS: i64 = 15 * 60_000;
const MINUTE_MS: i64 = 60_000;
const DAY_MS: i64 = 24 * 60 * MINUTE_MS;
/// 10000-01-01T00:00:00Z: the first instant that RFC 3339 cannot write.
pub const END_OF_TIME_MS: i64 = 253_402_300_800_000;

/// The kinds of things a library lends.
pub const KINDS: [&str; 5] = ["tool", "vehicle", "space", "machine", "material"];

/// Every refusal of the lending model. `field` names the field at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LendingError {
    Missing {
        field: &'static str,
    },
    TooLong {
        field: &'static str,
        limit: usize,
    },
    ControlCharacter {
        field: &'static str,
    },
    UnknownKind {
        kind: String,
    },
    UnknownBorrowers {
        value: String,
    },
    PolicyOutOfRange {
        field: &'static str,
        min: i64,
        max: i64,
    },
    MalformedTime {
        field: &'static str,
    },
    TimeWithoutZone {
        field: &'static str,
    },
    TimeOutOfRange {
        field: &'static str,
    },
    EmptyInterval,
    TooShort {
        minutes: i64,
    },
    TooLong2 {
        minutes: i64,
    },
    TooFarAhead {
        days: i64,
    },
    StartsInPast,
    Quantity {
        asked: i64,
        pool: i64,
    },
    Retired,
    MembersOnly {
        org: String,
    },
    NotSteward,
    NotBorrowerOrSteward,
    NotLent {
        state: String,
    },
    WrongState {
        action: &'static str,
        state: String,
    },
    /// A block's quantity outside 1 to the pool.
    BlockQuantity {
        asked: i64,
        pool: i64,
    },
    /// Reserving a resource that needs a training the borrower lacks (or let expire).
    TrainingRequired {
        name: String,
        steward: String,
        expired: bool,
    },
    /// A training that would expire before it is recorded.
    ExpiryInPast,
    /// Ending a block that ended already.
    BlockEnded,
    /// A search for fewer than one item, or more than any pool holds.
    SearchQuantity {
        asked: i64,
    },
    /// A maintenance plan with neither an interval nor a number of uses, or numbers out
    /// of range.
    Plan,
}

/// In English, for logs.
impl std::fmt::Display for LendingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.detail().fmt(f)
    }
}

impl std::error::Error for LendingError {}

impl LendingError {
    /// What is wrong and what to fix, in words of the problems catalogue.
    pub fn detail(&self) -> Detail {
        match self {
            Self::Missing { field } => detail!("problem-lending-missing", field = *field),
            Self::TooLong { field, limit } => {
                detail!("problem-lending-too-long", field = *field, limit = *limit)
            }
            Self::ControlCharacter { field } => {
                detail!("problem-lending-control-character", field = *field)
            }
            Self::UnknownKind { kind } => detail!(
                "problem-lending-kind",
                kind = crate::error::shown(kind, 40),
                kinds = KINDS.join(", ")
            ),
            Self::UnknownBorrowers { value } => detail!(
                "problem-lending-borrowers",
                value = crate::error::shown(value, 40)
            ),
            Self::PolicyOutOfRange { field, min, max } => detail!(
                "problem-lending-policy-range",
                field = *field,
                min = *min,
                max = *max
            ),
            Self::MalformedTime { field } => {
                detail!("problem-lending-time-malformed", field = *field)
            }
            Self::TimeWithoutZone { field } => {
                detail!("problem-lending-time-without-zone", field = *field)
            }
            Self::TimeOutOfRange { field } => {
                detail!("problem-lending-time-out-of-range", field = *field)
            }
            Self::EmptyInterval => detail!("problem-lending-empty-interval"),
            Self::TooShort { minutes } => {
                detail!("problem-lending-too-short", minutes = *minutes)
            }
            Self::TooLong2 { minutes } => {
                detail!("problem-lending-too-long-booking", minutes = *minutes)
            }
            Self::TooFarAhead { days } => detail!("problem-lending-too-far-ahead", days = *days),
            Self::StartsInPast => detail!("problem-lending-starts-in-past"),
            Self::Quantity { asked, pool } => detail!(
                "problem-lending-quantity",
                asked = asked.to_string(),
                pool = *pool
            ),
            Self::Retired => detail!("problem-lending-retired"),
            Self::MembersOnly { org } => {
                detail!("problem-lending-members-only", org = org.as_str())
            }
            Self::NotSteward => detail!("problem-lending-not-steward"),
            Self::NotBorrowerOrSteward => detail!("problem-lending-not-borrower"),
            Self::NotLent { state } => detail!("problem-lending-not-lent", state = state.as_str()),
            Self::WrongState { action, state } => detail!(
                "problem-lending-wrong-state",
                action = *action,
                state = state.as_str()
            ),
            Self::BlockQuantity { asked, pool } => detail!(
                "problem-lending-block-quantity",
                asked = asked.to_string(),
                pool = *pool
            ),
            Self::TrainingRequired {
                name,
                steward,
                expired,
            } => detail!(
                "problem-lending-training-required",
                name = name.as_str(),
                steward = steward.as_str(),
                expired = if *expired { "yes" } else { "no" }
            ),
            Self::ExpiryInPast => detail!("problem-lending-expiry-in-past"),
            Self::BlockEnded => detail!("problem-lending-block-ended"),
            Self::SearchQuantity { asked } => detail!(
                "problem-lending-search-quantity",
                asked = asked.to_string(),
                max = MAX_QUANTITY
            ),
            Self::Plan => detail!(
                "problem-lending-plan",
                days = MAX_HORIZON_DAYS,
                minutes = MAX_BUFFER_MINUTES
            ),
        }
    }

    /// Stable code for the API's problem+json `code` field.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Missing { .. } => "missing_field",
            Self::TooLong { .. } => "too_long",
            Self::ControlCharacter { .. } => "invalid_field",
            Self::UnknownKind { .. } => "invalid_resource_kind",
            Self::UnknownBorrowers { .. } | Self::PolicyOutOfRange { .. } => "invalid_policy",
            Self::MalformedTime { .. } => "invalid_time",
            Self::TimeWithoutZone { .. } => "time_without_zone",
            Self::TimeOutOfRange { .. } => "time_out_of_range",
            Self::EmptyInterval => "empty_interval",
            Self::TooShort { .. } | Self::TooLong2 { .. } => "duration_outside_policy",
            Self::TooFarAhead { .. } => "too_far_ahead",
            Self::StartsInPast => "starts_in_past",
            Self::Quantity { .. } => "invalid_quantity",
            Self::Retired => "resource_retired",
            Self::MembersOnly { .. } | Self::NotSteward | Self::NotBorrowerOrSteward => "forbidden",
            Self::NotLent { .. } => "not_lent",
            Self::WrongState { .. } => "reservation_state",
            Self::BlockQuantity { .. } | Self::SearchQuantity { .. } => "invalid_quantity",
            Self::TrainingRequired { .. } => "training_required",
            Self::ExpiryInPast => "expiry_in_past",
            Self::BlockEnded => "block_ended",
            Self::Plan => "invalid_policy",
        }
    }
}

pub type Result<T, E = LendingError> = std::result::Result<T, E>;

/// A one-line text (name, place, condition): trimmed, 1 to `limit` characters unless it
/// may be empty, no control characters.
pub fn line(field: &'static str, raw: &str, limit: usize, required: bool) -> Result<String> {
    let t = crate::text::neutralised(raw);
    let t = t.trim();
    if t.is_empty() && required {
        return Err(LendingError::Missing { field });
    }
    if t.chars().count() > limit {
        return Err(LendingError::TooLong { field, limit });
    }
    if t.chars().any(char::is_control) {
        return Err(LendingError::ControlCharacter { field });
    }
    Ok(t.to_string())
}

/// A longer text (description, a condition note): line ends normalised, tabs and new
/// lines allowed, at most `MAX_TEXT_CHARS`.
pub fn text(field: &'static str, raw: &str) -> Result<String> {
    let t = raw.replace("\r\n", "\n");
    let t = t.trim();
    if t.chars().count() > MAX_TEXT_CHARS {
        return Err(LendingError::TooLong {
            field,
            limit: MAX_TEXT_CHARS,
        });
    }
    if t.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(LendingError::ControlCharacter { field });
    }
    Ok(t.to_string())
}

pub fn kind(raw: &str) -> Result<&'static str> {
    KINDS
        .iter()
        .copied()
        .find(|k| *k == raw)
        .ok_or_else(|| LendingError::UnknownKind { kind: raw.into() })
}

/// Who may borrow a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Borrowers {
    /// Anyone signed in.
    Anyone,
    /// Active members of the steward organization (for a person's resource: the steward).
    Members,
}

impl Borrowers {
    pub fn parse(raw: &str) -> Result<Borrowers> {
        match raw {
            "anyone" => Ok(Borrowers::Anyone),
            "members" => Ok(Borrowers::Members),
            _ => Err(LendingError::UnknownBorrowers { value: raw.into() }),
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Borrowers::Anyone => "anyone",
            Borrowers::Members => "members",
        }
    }
}

/// A resource's lending policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub min_minutes: i64,
    pub max_minutes: i64,
    pub horizon_days: i64,
    pub buffer_minutes: i64,
    pub borrowers: Borrowers,
    pub approval_required: bool,
}

fn within(field: &'static str, v: i64, min: i64, max: i64) -> Result<i64> {
    if (min..=max).contains(&v) {
        Ok(v)
    } else {
        Err(LendingError::PolicyOutOfRange { field, min, max })
    }
}

impl Policy {
    /// A policy whose numbers are each in their range, the minimum at most the maximum.
    pub fn new(
        min_minutes: i64,
        max_minutes: i64,
        horizon_days: i64,
        buffer_minutes: i64,
        borrowers: Borrowers,
        approval_required: bool,
    ) -> Result<Policy> {
        within("max_minutes", max_minutes, 1, MAX_POLICY_MINUTES)?;
        within("min_minutes", min_minutes, 1, max_minutes)?;
        within("horizon_days", horizon_days, 1, MAX_HORIZON_DAYS)?;
        within("buffer_minutes", buffer_minutes, 0, MAX_BUFFER_MINUTES)?;
        Ok(Policy {
            min_minutes,
            max_minutes,
            horizon_days,
            buffer_minutes,
            borrowers,
            approval_required,
        })
    }

    pub fn buffer_ms(&self) -> i64 {
        self.buffer_minutes * MINUTE_MS
    }
}

/// A pool's size: 1 to `MAX_QUANTITY` identical items.
pub fn pool_size(q: i64) -> Result<i64> {
    if (1..=MAX_QUANTITY).contains(&q) {
        Ok(q)
    } else {
        Err(LendingError::PolicyOutOfRange {
            field: "quantity",
            min: 1,
            max: MAX_QUANTITY,
        })
    }
}

/// An RFC 3339 time with its offset, as Unix ms. A time without a zone, or one past year
/// 9999 (or before 1970), is refused with its own code, since the fix differs.
pub fn instant(field: &'static str, raw: &str) -> Result<i64> {
    let raw = raw.trim();
    let rfc3339 = raw.len() >= 20
        && raw
            .as_bytes()
            .get(10)
            .is_some_and(|b| *b == b'T' || *b == b't');
    if rfc3339 && let Ok(t) = raw.parse::<jiff::Timestamp>() {
        let ms = t.as_millisecond();
        if !(0..END_OF_TIME_MS).contains(&ms) {
            return Err(LendingError::TimeOutOfRange { field });
        }
        return Ok(ms);
    }
    let year_digits = raw
        .trim_start_matches(['+', '-'])
        .chars()
        .take_while(char::is_ascii_digit)
        .count();
    if year_digits > 4 || raw.starts_with(['+', '-']) {
        return Err(LendingError::TimeOutOfRange { field });
    }
    if raw.parse::<jiff::civil::DateTime>().is_ok() {
        return Err(LendingError::TimeWithoutZone { field });
    }
    Err(LendingError::MalformedTime { field })
}

/// A form's `datetime-local` value (`2026-12-07T09:00`), read in the viewer's zone (an
/// IANA name), as Unix ms; the refusals are those of [`instant`].
pub fn local_instant(field: &'static str, raw: &str, zone: &str) -> Result<i64> {
    let raw = raw.trim();
    let year_digits = raw.chars().take_while(char::is_ascii_digit).count();
    if year_digits > 4 || raw.starts_with(['+', '-']) {
        return Err(LendingError::TimeOutOfRange { field });
    }
    let civil: jiff::civil::DateTime = raw
        .parse()
        .map_err(|_| LendingError::MalformedTime { field })?;
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let ms = tz
        .to_timestamp(civil)
        .map_err(|_| LendingError::TimeOutOfRange { field })?
        .as_millisecond();
    if !(0..END_OF_TIME_MS).contains(&ms) {
        return Err(LendingError::TimeOutOfRange { field });
    }
    Ok(ms)
}

/// Unix ms as a `datetime-local` value in the zone named `zone`, to the minute.
pub fn local_input(ms: i64, zone: &str) -> String {
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let t = jiff::Timestamp::from_millisecond(ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    tz.to_datetime(t).strftime("%Y-%m-%dT%H:%M").to_string()
}

/// The day around `ms` in the zone named `zone`: its first instant and the next day's, in
/// Unix ms (a day of 23 or 25 hours where the clocks change).
pub fn day_bounds(ms: i64, zone: &str) -> (i64, i64) {
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let t = jiff::Timestamp::from_millisecond(ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let day = tz.to_datetime(t).date();
    let midnight = |d: jiff::civil::Date| {
        tz.to_timestamp(d.to_datetime(jiff::civil::Time::midnight()))
            .map(|t| t.as_millisecond())
    };
    match (midnight(day), day.tomorrow().map(midnight)) {
        (Ok(a), Ok(Ok(b))) => (a, b),
        _ => (ms, ms + 24 * 3_600_000),
    }
}

/// Unix ms as RFC 3339 in UTC, to the second (`2026-12-06T09:00:00Z`).
pub fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_second(ms.div_euclid(1000))
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// A requested booking: `[starts_at, ends_at)` in ms, checked against the policy at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub starts_at: i64,
    pub ends_at: i64,
}

impl Interval {
    /// Not reversed nor empty; checked against the policy's durations and horizon.
    pub fn checked(starts_at: i64, ends_at: i64, policy: &Policy, now: i64) -> Result<Interval> {
        if ends_at <= starts_at {
            return Err(LendingError::EmptyInterval);
        }
        let minutes = (ends_at - starts_at + MINUTE_MS - 1) / MINUTE_MS;
        if ends_at - starts_at < policy.min_minutes * MINUTE_MS {
            return Err(LendingError::TooShort {
                minutes: policy.min_minutes,
            });
        }
        if minutes > policy.max_minutes {
            return Err(LendingError::TooLong2 {
                minutes: policy.max_minutes,
            });
        }
        if starts_at < now - PAST_GRACE_MS {
            return Err(LendingError::StartsInPast);
        }
        if starts_at > now + policy.horizon_days * DAY_MS {
            return Err(LendingError::TooFarAhead {
                days: policy.horizon_days,
            });
        }
        Ok(Interval { starts_at, ends_at })
    }
}

/// A reservation's quantity: at least one, at most the pool.
pub fn quantity(asked: i64, pool: i64) -> Result<i64> {
    if asked < 1 || asked > pool {
        Err(LendingError::Quantity { asked, pool })
    } else {
        Ok(asked)
    }
}

/// Where a reservation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Awaits a steward's approval; its items are held meanwhile.
    Pending,
    Confirmed,
    /// Checked out: the borrower has the items.
    Out,
    Returned,
    Cancelled,
}

impl State {
    pub const ALL: [State; 5] = [
        State::Pending,
        State::Confirmed,
        State::Out,
        State::Returned,
        State::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Confirmed => "confirmed",
            State::Out => "out",
            State::Returned => "returned",
            State::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<State> {
        State::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// The states that hold items, as stored.
pub const HOLDING: [&str; 3] = ["pending", "confirmed", "out"];

/// A steward's or borrower's move on a reservation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Approve,
    Cancel,
    CheckOut,
    Return,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Approve => "approve",
            Action::Cancel => "cancel",
            Action::CheckOut => "check_out",
            Action::Return => "return",
        }
    }

    /// The state `action` leads to from `from`, or the refusal.
    pub fn apply(self, from: State) -> Result<State> {
        let wrong = || LendingError::WrongState {
            action: self.as_str(),
            state: from.as_str().into(),
        };
        match (self, from) {
            (Action::Approve, State::Pending) => Ok(State::Confirmed),
            (Action::Cancel, State::Pending | State::Confirmed) => Ok(State::Cancelled),
            (Action::CheckOut, State::Confirmed) => Ok(State::Out),
            (Action::Return, State::Out) => Ok(State::Returned),
            (Action::Return, s) => Err(LendingError::NotLent {
                state: s.as_str().into(),
            }),
            _ => Err(wrong()),
        }
    }
}

/// A reservation that holds items: `quantity` of them over `[starts_at, held_until)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hold {
    pub id: String,
    pub quantity: i64,
    pub starts_at: i64,
    pub held_until: i64,
    /// A maintenance block or a breakdown, not a reservation.
    pub block: bool,
}

/// Why a booking does not fit: the reservation in the way (the earliest that overlaps the
/// busiest instant) and the first start at or after the one asked for at which the same
/// booking would fit, if one exists before `latest_start`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub reservation: String,
    /// `reservation` names a block (maintenance or breakdown), not a reservation.
    pub block: bool,
    pub next_free: Option<i64>,
}

/// The most items `holds` take at once over `[from, until)`, and one hold at that peak.
fn peak(holds: &[Hold], from: i64, until: i64) -> (i64, Option<&Hold>) {
    let over: Vec<&Hold> = holds
        .iter()
        .filter(|h| h.starts_at < until && h.held_until > from)
        .collect();
    // The usage only rises where a hold starts: try `from` and each start inside.
    let mut best = (0, None);
    let mut points: Vec<i64> = over.iter().map(|h| h.starts_at.max(from)).collect();
    points.push(from);
    for t in points {
        let at: Vec<&&Hold> = over
            .iter()
            .filter(|h| h.starts_at <= t && h.held_until > t)
            .collect();
        let n: i64 = at.iter().map(|h| h.quantity).sum();
        if n > best.0 {
            best = (
                n,
                // A block in the way is named first: no wait frees it.
                at.iter()
                    .min_by_key(|h| (!h.block, h.starts_at, &h.id))
                    .map(|h| **h),
            );
        }
    }
    best
}

/// How many of a pool's `pool` items no hold takes at any instant of `[from, until)`.
pub fn free(holds: &[Hold], pool: i64, from: i64, until: i64) -> i64 {
    (pool - peak(holds, from, until).0).max(0)
}

/// Whether `quantity` more items fit in a pool of `pool` over `[starts_at, held_until)`
/// beside `holds`; if not, the clash, with the next start that fits no later than
/// `latest_start` (the policy's horizon).
pub fn fits(
    holds: &[Hold],
    pool: i64,
    quantity: i64,
    starts_at: i64,
    held_until: i64,
    latest_start: i64,
) -> std::result::Result<(), Clash> {
    let (used, at) = peak(holds, starts_at, held_until);
    if used + quantity <= pool {
        return Ok(());
    }
    let length = held_until - starts_at;
    let mut candidates: Vec<i64> = holds
        .iter()
        .map(|h| h.held_until)
        .filter(|t| *t > starts_at && *t <= latest_start)
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    let next_free = candidates
        .into_iter()
        .find(|t| peak(holds, *t, t + length).0 + quantity <= pool);
    Err(Clash {
        reservation: at.map(|h| h.id.clone()).unwrap_or_default(),
        block: at.is_some_and(|h| h.block),
        next_free,
    })
}

/// 9999-12-30T00:00:00Z, as late as every calendar reader (and `jiff`) can write: a
/// breakdown holds its items until then, or until it is repaired.
pub const UNTIL_REPAIRED: i64 = END_OF_TIME_MS - 2 * DAY_MS;

/// A maintenance plan: a block of `minutes` every `every_days` days or every
/// `every_uses` loans returned, whichever comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub every_days: Option<i64>,
    pub every_uses: Option<i64>,
    pub minutes: i64,
}

impl Plan {
    /// At least one of the two triggers; each, and the block's length, in range.
    pub fn new(every_days: Option<i64>, every_uses: Option<i64>, minutes: i64) -> Result<Plan> {
        let days_ok = every_days.is_none_or(|d| (1..=MAX_HORIZON_DAYS).contains(&d));
        let uses_ok = every_uses.is_none_or(|u| (1..=10_000).contains(&u));
        let length_ok = (1..=MAX_BUFFER_MINUTES).contains(&minutes);
        if (every_days.is_none() && every_uses.is_none()) || !days_ok || !uses_ok || !length_ok {
            return Err(LendingError::Plan);
        }
        Ok(Plan {
            every_days,
            every_uses,
            minutes,
        })
    }

    /// Whether the next block is due at `now`, `uses` loans and `last_at` after the last.
    pub fn due(&self, uses: i64, last_at: i64, now: i64) -> bool {
        self.every_uses.is_some_and(|n| uses >= n)
            || self.every_days.is_some_and(|d| now >= last_at + d * DAY_MS)
    }
}

/// A block's quantity: at least one, at most the pool.
pub fn block_quantity(asked: i64, pool: i64) -> Result<i64> {
    if asked < 1 || asked > pool {
        Err(LendingError::BlockQuantity { asked, pool })
    } else {
        Ok(asked)
    }
}

/// A search's quantity: at least one, at most the largest pool there can be.
pub fn search_quantity(asked: i64) -> Result<i64> {
    if (1..=MAX_QUANTITY).contains(&asked) {
        Ok(asked)
    } else {
        Err(LendingError::SearchQuantity { asked })
    }
}

/// An interval asked of a search or a block: not reversed nor empty.
pub fn span(starts_at: i64, ends_at: i64) -> Result<(i64, i64)> {
    if ends_at <= starts_at {
        Err(LendingError::EmptyInterval)
    } else {
        Ok((starts_at, ends_at))
    }
}

/// Where the reservations `movable` go after a breakdown, beside the holds that stay
/// (loans out and blocks, the new one included): each, by start, keeps its slot if it
/// still fits, else moves to the next free slot of its length no later than
/// `latest_start`, else is cancelled. What was placed counts for those after it.
pub fn displace(
    fixed: &[Hold],
    movable: &[Hold],
    pool: i64,
    latest_start: i64,
) -> Vec<(String, Displaced)> {
    let mut placed: Vec<Hold> = fixed.to_vec();
    let mut out = Vec::new();
    let mut order: Vec<&Hold> = movable.iter().collect();
    order.sort_by_key(|h| (h.starts_at, h.id.clone()));
    for h in order {
        match fits(
            &placed,
            pool,
            h.quantity,
            h.starts_at,
            h.held_until,
            latest_start,
        ) {
            Ok(()) => placed.push(h.clone()),
            Err(clash) => match clash.next_free {
                Some(t) => {
                    let moved = Hold {
                        starts_at: t,
                        held_until: t + (h.held_until - h.starts_at),
                        ..h.clone()
                    };
                    placed.push(moved);
                    out.push((h.id.clone(), Displaced::Moved(t)));
                }
                None => out.push((h.id.clone(), Displaced::Cancelled)),
            },
        }
    }
    out
}

/// What a breakdown did to a reservation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Displaced {
    /// Moved to start at this instant.
    Moved(i64),
    Cancelled,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hold(id: &str, q: i64, s: i64, e: i64) -> Hold {
        Hold {
            id: id.into(),
            quantity: q,
            starts_at: s,
            held_until: e,
            block: false,
        }
    }

    #[test]
    fn a_pool_fills_at_its_busiest_instant_and_frees_after_the_buffer() {
        let holds = [hold("a", 1, 0, 10), hold("b", 1, 5, 20)];
        assert!(fits(&holds, 2, 1, 10, 15, 100).is_ok());
        let clash = fits(&holds, 2, 1, 6, 8, 100).unwrap_err();
        assert_eq!(clash.reservation, "a");
        assert_eq!(clash.next_free, Some(10));
        let clash = fits(&holds, 1, 1, 0, 30, 100).unwrap_err();
        assert_eq!(clash.next_free, Some(20));
        assert_eq!(fits(&holds, 1, 1, 0, 30, 15).unwrap_err().next_free, None);
    }

    #[test]
    fn a_block_is_named_before_the_reservations_beside_it() {
        let mut b = hold("blk", 1, 0, 100);
        b.block = true;
        let holds = [hold("a", 1, 0, 10), b];
        let clash = fits(&holds, 2, 1, 5, 8, 1000).unwrap_err();
        assert_eq!((clash.reservation.as_str(), clash.block), ("blk", true));
        assert_eq!(clash.next_free, Some(10));
    }

    #[test]
    fn a_breakdown_moves_what_it_can_and_cancels_the_rest() {
        // A pool of two, one broken from 0 on: of three overlapping bookings, the first
        // stays, the second moves after it, the third finds no start by 15 and goes.
        let mut broken = hold("b", 1, 0, i64::MAX / 2);
        broken.block = true;
        let movable = [
            hold("x", 1, 0, 10),
            hold("y", 1, 5, 15),
            hold("z", 1, 6, 30),
        ];
        let d = displace(&[broken], &movable, 2, 15);
        assert_eq!(
            d,
            vec![
                ("y".to_string(), Displaced::Moved(10)),
                ("z".to_string(), Displaced::Cancelled)
            ]
        );
    }

    #[test]
    fn until_repaired_is_written_as_a_time() {
        assert_eq!(rfc3339(UNTIL_REPAIRED), "9999-12-30T00:00:00Z");
    }

    #[test]
    fn a_plan_is_due_by_uses_or_by_days() {
        let p = Plan::new(Some(30), Some(5), 60).unwrap();
        assert!(!p.due(4, 0, DAY_MS));
        assert!(p.due(5, 0, DAY_MS));
        assert!(p.due(0, 0, 30 * DAY_MS));
        assert_eq!(Plan::new(None, None, 60), Err(LendingError::Plan));
        assert_eq!(Plan::new(Some(0), None, 60), Err(LendingError::Plan));
    }

    #[test]
    fn times_need_a_zone_and_a_four_digit_year() {
        assert_eq!(instant("s", "1970-01-01T00:01:00Z"), Ok(60_000));
        assert_eq!(
            instant("s", "2026-12-06T10:00:00+01:00"),
            Ok(1_796_547_600_000)
        );
        assert_eq!(
            instant("s", "2026-12-06T10:00:00"),
            Err(LendingError::TimeWithoutZone { field: "s" })
        );
        assert_eq!(
            instant("s", "+10000-01-01T00:00:00Z"),
            Err(LendingError::TimeOutOfRange { field: "s" })
        );
        assert_eq!(
            instant("s", "next tuesday"),
            Err(LendingError::MalformedTime { field: "s" })
        );
    }

    #[test]
    fn a_form_time_is_read_in_the_viewer_s_zone() {
        let rome = local_instant("s", "2026-12-06T10:00", "Europe/Rome");
        assert_eq!(rome, Ok(1_796_547_600_000));
        assert_eq!(
            local_input(1_796_547_600_000, "Europe/Rome"),
            "2026-12-06T10:00"
        );
        assert_eq!(
            local_instant("s", "10000-01-01T00:00", "UTC"),
            Err(LendingError::TimeOutOfRange { field: "s" })
        );
        assert_eq!(
            local_instant("s", "soon", "UTC"),
            Err(LendingError::MalformedTime { field: "s" })
        );
    }

    #[test]
    fn a_day_runs_from_local_midnight_to_the_next() {
        // 2026-10-25 in Rome has 25 hours: summer time ends.
        let noon = local_instant("s", "2026-10-25T12:00", "Europe/Rome").unwrap();
        let (from, until) = day_bounds(noon, "Europe/Rome");
        assert_eq!(local_input(from, "Europe/Rome"), "2026-10-25T00:00");
        assert_eq!(until - from, 25 * 3_600_000);
        let (from, until) = day_bounds(noon, "UTC");
        assert_eq!((from % 86_400_000, until - from), (0, 86_400_000));
    }

    #[test]
    fn only_lent_things_come_back() {
        assert_eq!(Action::Return.apply(State::Out), Ok(State::Returned));
        assert!(matches!(
            Action::Return.apply(State::Confirmed),
            Err(LendingError::NotLent { .. })
        ));
        assert!(Action::Cancel.apply(State::Out).is_err());
        assert_eq!(Action::CheckOut.apply(State::Confirmed), Ok(State::Out));
    }
}
