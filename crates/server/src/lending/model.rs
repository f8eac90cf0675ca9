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
/// Largest photo (of a resource, or of a loan's condition), in bytes: 5 MiB.
pub const MAX_PHOTO_BYTES: usize = 5 * 1024 * 1024;
/// Longest caption of a photo, in characters.
pub const MAX_CAPTION_CHARS: usize = 200;
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
    /// A money term (or the amount one pays) that does not read: `why` is `number`,
    /// `negative`, `decimals`, `large`, `currency` (unknown) or `not_currency` (hours).
    Money {
        field: &'static str,
        given: String,
        why: &'static str,
    },
    /// A fee mode other than free, per_loan, per_day and pay_what_you_can.
    FeeMode {
        given: String,
    },
    /// A fee with `free`, or none (or 0) with `per_loan` or `per_day`.
    FeeForMode {
        mode: &'static str,
    },
    /// A booking made with less notice than the policy's lead time; `earliest` is the
    /// first start one may book now.
    ShortNotice {
        earliest: i64,
    },
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
    /// Opening (or desk, `field` = `desk_hours`) hours that cannot be read: `entry` is the
    /// part at fault, `problem` one of `malformed`, `reversed` (closes before it opens) or
    /// `overlap` (with `other`).
    Hours {
        field: &'static str,
        entry: String,
        problem: &'static str,
        other: String,
    },
    /// A zone that is not a name of the tz database.
    UnknownZone {
        value: String,
    },
    /// A booking whose start (`field` = `starts_at`) or end falls outside the opening
    /// hours `hours`; `next` is the next opening at or after that instant.
    OutsideHours {
        field: &'static str,
        hours: String,
        next: Option<i64>,
    },
    /// A booking whose start or end falls outside the desk hours `hours` (when items go
    /// out and come back), though the place may be open; `next` is the next desk opening.
    OutsideDeskHours {
        field: &'static str,
        hours: String,
        next: Option<i64>,
    },
    /// A limit per person: `have` items out at once already, `limit` allowed; the next
    /// of those reservations ends at `until`.
    LimitItems {
        have: i64,
        limit: i64,
        until: Option<i64>,
    },
    /// A limit per person: `have` days booked in the month already (this booking would
    /// add `asking`), `limit` allowed; the month ends at `until`.
    LimitDays {
        have: i64,
        asking: i64,
        limit: i64,
        until: i64,
    },
    /// A limit per person: `have` reservations awaiting approval (or offers awaiting
    /// pickup) already, `limit` allowed.
    LimitHolds {
        have: i64,
        limit: i64,
    },
    /// A savings period that is neither `YYYY`, `YYYY-MM`, `30d` nor `FIRST..LAST` days
    /// (`problem`: `malformed`; `reversed`, the last day before the first; `too_long`,
    /// over `MAX_PERIOD_YEARS`).
    Period {
        value: String,
        problem: &'static str,
    },
    /// A savings factor out of its range (`field` names the class, or `cars_shed`).
    Factor {
        field: String,
        max: i64,
    },
    /// Setting a library's savings factors without stewarding it.
    NotLibrarySteward,
    /// Setting the territory's default savings factors without being an instance
    /// administrator.
    NotInstanceAdmin,
    /// A photo sent as a media type other than JPEG, PNG or WebP.
    PhotoType {
        given: String,
    },
    /// A photo whose bytes are not the image its media type says (or are none).
    PhotoNotImage {
        declared: String,
    },
    /// A photo over [`MAX_PHOTO_BYTES`].
    PhotoTooLarge,
    /// A kit's parts that cannot be: `problem` is `too_many`, `twice` (a part named
    /// twice), `quantity` (outside 1 to the part's pool), `itself`, `steward` (a part of
    /// another steward), `nested` (a part that is a kit, or a kit that is a part) or
    /// `retired`; `part` names the part at fault.
    Kit {
        problem: &'static str,
        part: String,
    },
    /// A condition photo's moment other than `check_out` or `return`.
    PhotoMoment {
        value: String,
    },
    /// A condition photo for a moment the reservation has not reached (a return photo of
    /// a loan still out).
    MomentNotReached {
        moment: &'static str,
        state: String,
    },
    /// A new resource naming both an organization and a commons as its steward.
    TwoStewards,
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
        self.detail_with(&rfc3339)
    }

    /// [`Self::detail`] with the instants it names written by `when` (a page writes them
    /// in the viewer's language and zone).
    pub fn detail_with(&self, when: &dyn Fn(i64) -> String) -> Detail {
        let or_none = |t: Option<i64>| t.map(when).unwrap_or_else(|| "none".into());
        match self {
            Self::Hours {
                field: "desk_hours",
                entry,
                problem,
                other,
            } => detail!(
                "problem-lending-desk-hours",
                field = "desk_hours",
                entry = crate::error::shown(entry, 60),
                problem = *problem,
                other = crate::error::shown(other, 60)
            ),
            Self::Hours {
                field,
                entry,
                problem,
                other,
            } => detail!(
                "problem-lending-hours",
                field = *field,
                entry = crate::error::shown(entry, 60),
                problem = *problem,
                other = crate::error::shown(other, 60)
            ),
            Self::UnknownZone { value } => detail!(
                "problem-lending-zone",
                value = crate::error::shown(value, 60)
            ),
            Self::OutsideHours { field, hours, next } => detail!(
                "problem-lending-outside-hours",
                field = *field,
                hours = hours.as_str(),
                next = or_none(*next)
            ),
            Self::OutsideDeskHours { field, hours, next } => detail!(
                "problem-lending-outside-desk-hours",
                field = *field,
                hours = hours.as_str(),
                next = or_none(*next)
            ),
            Self::LimitItems { have, limit, until } => detail!(
                "problem-lending-limit-items",
                have = *have,
                limit = *limit,
                until = or_none(*until)
            ),
            Self::LimitDays {
                have,
                asking,
                limit,
                until,
            } => detail!(
                "problem-lending-limit-days",
                have = *have,
                asking = *asking,
                limit = *limit,
                until = when(*until)
            ),
            Self::LimitHolds { have, limit } => {
                detail!("problem-lending-limit-holds", have = *have, limit = *limit)
            }
            Self::Period { value, problem } => detail!(
                "problem-lending-period",
                value = crate::error::shown(value, 40),
                problem = *problem,
                years = i64::from(MAX_PERIOD_YEARS)
            ),
            Self::Factor { field, max } => detail!(
                "problem-lending-factor",
                field = crate::error::shown(field, 40),
                max = *max
            ),
            Self::NotLibrarySteward => detail!("problem-lending-not-library-steward"),
            Self::NotInstanceAdmin => detail!("problem-lending-territory-admins"),
            Self::PhotoType { given } => detail!(
                "problem-lending-photo-type",
                given = crate::error::shown(given, 60)
            ),
            Self::PhotoNotImage { declared } => detail!(
                "problem-lending-photo-not-image",
                declared = crate::error::shown(declared, 60)
            ),
            Self::Kit { problem, part } => detail!(
                "problem-lending-kit",
                problem = *problem,
                part = crate::error::shown(part, 60),
                most = MAX_KIT_PARTS
            ),
            Self::PhotoTooLarge => {
                detail!("problem-lending-photo-too-large", most = MAX_PHOTO_BYTES)
            }
            Self::PhotoMoment { value } => detail!(
                "problem-lending-photo-moment",
                value = crate::error::shown(value, 40)
            ),
            Self::MomentNotReached { moment, state } => detail!(
                "problem-lending-moment-not-reached",
                moment = *moment,
                state = state.as_str()
            ),
            Self::TwoStewards => detail!("problem-lending-two-stewards"),
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
            Self::Money { field, given, why } => detail!(
                "problem-lending-money",
                field = *field,
                given = crate::error::shown(given, 40),
                reason = *why
            ),
            Self::FeeMode { given } => detail!(
                "problem-lending-fee-mode",
                field = "fee_mode",
                given = crate::error::shown(given, 40)
            ),
            Self::FeeForMode { mode } => {
                detail!("problem-lending-fee-for-mode", field = "fee", mode = *mode)
            }
            Self::ShortNotice { earliest } => {
                detail!("problem-lending-short-notice", earliest = when(*earliest))
            }
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
            Self::Money { why, .. } => match *why {
                "negative" => "negative_amount",
                "decimals" => "too_many_decimals",
                "large" => "amount_too_large",
                "currency" => "unknown_unit",
                "not_currency" => "not_a_currency",
                _ => "malformed_amount",
            },
            Self::FeeMode { .. } => "invalid_fee_mode",
            Self::FeeForMode { .. } => "fee_mode_mismatch",
            Self::ShortNotice { .. } => "short_notice",
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
            Self::Hours { .. } => "invalid_opening_hours",
            Self::UnknownZone { .. } => "invalid_policy",
            Self::OutsideHours { .. } => "outside_opening_hours",
            Self::OutsideDeskHours { .. } => "outside_desk_hours",
            Self::LimitItems { .. } => "limit_items_at_once",
            Self::LimitDays { .. } => "limit_days_per_month",
            Self::LimitHolds { .. } => "limit_unconfirmed_holds",
            Self::Period { .. } => "invalid_period",
            Self::Factor { .. } => "invalid_savings_factor",
            Self::NotLibrarySteward => "forbidden",
            Self::NotInstanceAdmin => "forbidden",
            Self::PhotoType { .. } => "photo_media_type",
            Self::PhotoNotImage { .. } => "photo_not_image",
            Self::PhotoTooLarge => "photo_too_large",
            Self::Kit { .. } => "invalid_kit",
            Self::PhotoMoment { .. } => "invalid_photo_moment",
            Self::MomentNotReached { .. } => "photo_moment_not_reached",
            Self::TwoStewards => "two_stewards",
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

/// The lead time a policy with horizon `horizon_days` may ask: 0 (none) to the horizon's
/// length, in minutes.
pub fn lead_minutes(lead: i64, horizon_days: i64) -> Result<i64> {
    within("lead_minutes", lead, 0, horizon_days * 24 * 60)
}

/// A booking starting at `starts_at` made at `now` with lead time `lead` minutes: refused
/// with the earliest start allowed when it gives less notice.
pub fn enough_notice(starts_at: i64, lead: i64, now: i64) -> Result<()> {
    let earliest = now + lead * MINUTE_MS;
    if lead > 0 && starts_at < earliest {
        Err(LendingError::ShortNotice { earliest })
    } else {
        Ok(())
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

/// A photo's media type, once its bytes are checked: the declared type (parameters such
/// as `; charset` ignored, any case) must be JPEG, PNG or WebP, the bytes at most
/// [`MAX_PHOTO_BYTES`] and of that very type by their first bytes.
pub fn photo_type(declared: &str, bytes: &[u8]) -> Result<&'static str> {
    let essence = declared
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let Some(kind) = crate::web::image::IMAGE_TYPES
        .iter()
        .find(|t| **t == essence.as_str())
    else {
        return Err(LendingError::PhotoType {
            given: declared.to_string(),
        });
    };
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(LendingError::PhotoTooLarge);
    }
    if crate::web::image::sniff(bytes) != Some(*kind) {
        return Err(LendingError::PhotoNotImage {
            declared: (*kind).to_string(),
        });
    }
    Ok(kind)
}

/// A photo's caption: one line of at most [`MAX_CAPTION_CHARS`], possibly empty.
pub fn caption(raw: &str) -> Result<String> {
    line("caption", raw, MAX_CAPTION_CHARS, false)
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
    /// Offered from the waiting list: holds its items until taken or lapsed.
    Offered,
}

impl State {
    pub const ALL: [State; 6] = [
        State::Pending,
        State::Confirmed,
        State::Out,
        State::Returned,
        State::Cancelled,
        State::Offered,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Confirmed => "confirmed",
            State::Out => "out",
            State::Returned => "returned",
            State::Cancelled => "cancelled",
            State::Offered => "offered",
        }
    }

    pub fn parse(s: &str) -> Option<State> {
        State::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// The states that hold items, as stored.
pub const HOLDING: [&str; 4] = ["pending", "confirmed", "out", "offered"];

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

/// When a photo of a loan's condition was taken: as the items were handed over, or as
/// they came back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    CheckOut,
    Return,
}

impl Moment {
    pub fn as_str(self) -> &'static str {
        match self {
            Moment::CheckOut => "check_out",
            Moment::Return => "return",
        }
    }

    /// `check_out` or `return` (`check-out` too, as the pages' addresses write it).
    pub fn parse(raw: &str) -> Result<Moment> {
        match raw.trim() {
            "check_out" | "check-out" => Ok(Moment::CheckOut),
            "return" => Ok(Moment::Return),
            other => Err(LendingError::PhotoMoment {
                value: other.to_string(),
            }),
        }
    }

    /// Whether a reservation in `state` has reached this moment: handed over (out, or
    /// back since) for `check_out`, back for `return`.
    pub fn reached(self, state: State) -> Result<()> {
        let ok = match self {
            Moment::CheckOut => matches!(state, State::Out | State::Returned),
            Moment::Return => state == State::Returned,
        };
        if ok {
            Ok(())
        } else {
            Err(LendingError::MomentNotReached {
                moment: self.as_str(),
                state: state.as_str().into(),
            })
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
    /// When a kit is booked: the part whose items are taken, `(id, name)`.
    pub component: Option<(String, String)>,
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

/// Whether `holds` take more than `pool` items at some instant of `[from, until)`.
pub fn overbooked(holds: &[Hold], pool: i64, from: i64, until: i64) -> bool {
    peak(holds, from, until).0 > pool
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
        component: None,
    })
}

/// One pool a booking needs room in: a kit's own, or one of its parts' (`name` and `id`
/// given), `quantity` items of `pool` among `holds`.
pub struct Need<'a> {
    pub part: Option<(&'a str, &'a str)>,
    pub holds: &'a [Hold],
    pub pool: i64,
    pub quantity: i64,
}

/// Whether a booking over `[starts_at, held_until)` fits in every pool it needs (a kit's
/// and each of its parts'). If not, the clash of the first pool in the way (naming the
/// part, for a part), with the first start at which every pool has room, searched among
/// the instants the holds end at, before `latest_start`.
pub fn fits_all(
    needs: &[Need<'_>],
    starts_at: i64,
    held_until: i64,
    latest_start: i64,
) -> std::result::Result<(), Clash> {
    let length = held_until - starts_at;
    let room = |t: i64| {
        needs
            .iter()
            .all(|n| peak(n.holds, t, t + length).0 + n.quantity <= n.pool)
    };
    for n in needs {
        if let Err(mut clash) = fits(
            n.holds,
            n.pool,
            n.quantity,
            starts_at,
            held_until,
            latest_start,
        ) {
            let mut candidates: Vec<i64> = needs
                .iter()
                .flat_map(|n| n.holds.iter().map(|h| h.held_until))
                .filter(|t| *t > starts_at && *t <= latest_start)
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            clash.next_free = candidates.into_iter().find(|t| room(*t));
            clash.component = n.part.map(|(id, name)| (id.to_string(), name.to_string()));
            return Err(clash);
        }
    }
    Ok(())
}

/// Most parts a kit may have.
pub const MAX_KIT_PARTS: usize = 20;

/// A kit's parts as declared, `(id, name, quantity, pool)`: each part once, at most
/// `MAX_KIT_PARTS` of them (none: no kit), each quantity from 1 to the part's pool. The
/// rest (a part of the same steward, not a kit itself, not the kit) needs the store; the
/// flow checks it.
pub fn kit_parts(parts: &[(&str, &str, i64, i64)]) -> Result<()> {
    if parts.len() > MAX_KIT_PARTS {
        return Err(LendingError::Kit {
            problem: "too_many",
            part: String::new(),
        });
    }
    let mut seen = std::collections::BTreeSet::new();
    for (id, name, quantity, pool) in parts {
        if !seen.insert(*id) {
            return Err(LendingError::Kit {
                problem: "twice",
                part: name.to_string(),
            });
        }
        if *quantity < 1 || quantity > pool {
            return Err(LendingError::Kit {
                problem: "quantity",
                part: name.to_string(),
            });
        }
    }
    Ok(())
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

/// The longest custom period of the savings figures, in years.
pub const MAX_PERIOD_YEARS: i16 = 10;

/// The days of the week as opening hours write them, Monday first.
pub const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// Most ranges opening hours may have.
pub const MAX_RANGES: usize = 70;

/// One opening: on `day` (0 is Monday) from `opens` to `closes`, in minutes after
/// midnight (`closes` up to 1 440, the end of the day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opening {
    pub day: usize,
    pub opens: i64,
    pub closes: i64,
}

impl Opening {
    fn written(&self) -> String {
        let hm = |m: i64| format!("{:02}:{:02}", m / 60, m % 60);
        format!("{} {}-{}", DAYS[self.day], hm(self.opens), hm(self.closes))
    }
}

/// Weekly opening hours, by day then time; none: always open. Check-outs and returns
/// happen within them, read in the resource's zone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hours {
    pub openings: Vec<Opening>,
}

fn clock(raw: &str) -> Option<i64> {
    let (h, m) = raw.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let h: i64 = h.parse().ok()?;
    let m: i64 = m.parse().ok()?;
    (h <= 24 && m < 60 && (h < 24 || m == 0)).then_some(h * 60 + m)
}

impl Hours {
    /// Reads `tue 17:00-20:00, sat 10:00-13:00` (entries apart by commas, semicolons or
    /// lines; a day by its English name or its first three letters; several a day allowed).
    /// Refused: an entry that is not a day and a range, a range that closes before it
    /// opens, two ranges of a day that overlap.
    pub fn parse(raw: &str) -> Result<Hours> {
        Hours::parse_field("opening_hours", raw)
    }

    /// [`Hours::parse`] for the policy field `field` (`opening_hours` or `desk_hours`),
    /// which its refusals name.
    pub fn parse_field(field: &'static str, raw: &str) -> Result<Hours> {
        if raw.chars().count() > MAX_TEXT_CHARS {
            return Err(LendingError::TooLong {
                field,
                limit: MAX_TEXT_CHARS,
            });
        }
        let mut openings = Vec::new();
        for entry in raw.split([',', ';', '\n']).map(str::trim) {
            if entry.is_empty() {
                continue;
            }
            let bad = |problem: &'static str| LendingError::Hours {
                field,
                entry: entry.into(),
                problem,
                other: String::new(),
            };
            let mut words = entry.splitn(2, char::is_whitespace);
            let day = words.next().unwrap_or("").to_lowercase();
            let range: String = words
                .next()
                .unwrap_or("")
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| if c == '–' || c == '—' { '-' } else { c })
                .collect();
            let day = (0..7)
                .find(|i| DAYS[*i] == day || DAY_NAMES[*i] == day)
                .ok_or_else(|| bad("malformed"))?;
            let (a, b) = range.split_once('-').ok_or_else(|| bad("malformed"))?;
            let (opens, closes) = match (clock(a), clock(b)) {
                (Some(o), Some(c)) => (o, c),
                _ => return Err(bad("malformed")),
            };
            if closes <= opens {
                return Err(bad("reversed"));
            }
            openings.push(Opening { day, opens, closes });
        }
        if openings.len() > MAX_RANGES {
            return Err(LendingError::TooLong {
                field,
                limit: MAX_RANGES,
            });
        }
        openings.sort_by_key(|o| (o.day, o.opens));
        for w in openings.windows(2) {
            if w[0].day == w[1].day && w[1].opens < w[0].closes {
                return Err(LendingError::Hours {
                    field,
                    entry: w[1].written(),
                    problem: "overlap",
                    other: w[0].written(),
                });
            }
        }
        Ok(Hours { openings })
    }

    pub fn always_open(&self) -> bool {
        self.openings.is_empty()
    }

    /// As stored and shown to the API: `tue 17:00-20:00, sat 10:00-13:00`.
    pub fn written(&self) -> String {
        self.openings
            .iter()
            .map(Opening::written)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Whether the place is open at `ms` in the zone named `zone` (a range's opening
    /// and closing minutes included: one may return at closing time).
    pub fn open_at(&self, ms: i64, zone: &str) -> bool {
        if self.always_open() {
            return true;
        }
        let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
        let t = jiff::Timestamp::from_millisecond(ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        let local = tz.to_datetime(t);
        let day = local.weekday().to_monday_zero_offset() as usize;
        let at = (i64::from(local.hour()) * 60 + i64::from(local.minute())) * 60_000
            + i64::from(local.second()) * 1000
            + i64::from(local.millisecond());
        self.openings
            .iter()
            .any(|o| o.day == day && o.opens * 60_000 <= at && at <= o.closes * 60_000)
    }

    /// The first instant at or after `ms` at which the place is open, within a week and
    /// a day; `None` when it never opens.
    pub fn next_opening(&self, ms: i64, zone: &str) -> Option<i64> {
        if self.open_at(ms, zone) {
            return Some(ms);
        }
        let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
        let t = jiff::Timestamp::from_millisecond(ms).ok()?;
        let today = tz.to_datetime(t).date();
        for d in 0..=8 {
            let date = today.checked_add(jiff::Span::new().days(d)).ok()?;
            let day = date.weekday().to_monday_zero_offset() as usize;
            for o in self.openings.iter().filter(|o| o.day == day) {
                let civil = date.at((o.opens / 60) as i8, (o.opens % 60) as i8, 0, 0);
                let Ok(at) = tz.to_timestamp(civil) else {
                    continue;
                };
                let at = at.as_millisecond();
                if at >= ms {
                    return Some(at);
                }
            }
        }
        None
    }
}

/// A resource's rules beyond its policy: opening hours in a zone, limits per person over
/// its steward's library, and how long a waiting-list offer waits for pickup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    pub hours: Hours,
    /// When items go out and come back, if narrower than the opening hours (none: any
    /// time the place is open).
    pub desk: Hours,
    pub zone: String,
    /// Items one person may hold at once from the steward's resources.
    pub max_items: Option<i64>,
    /// Days one person may book from the steward's resources in a calendar month.
    pub max_days_month: Option<i64>,
    /// Reservations one person may have awaiting approval at once.
    pub max_unconfirmed: Option<i64>,
    pub pickup_hours: i64,
}

/// How long a waiting-list offer waits for its pickup unless the policy says.
pub const DEFAULT_PICKUP_HOURS: i64 = 48;
/// Longest pickup time a policy may set: two weeks.
pub const MAX_PICKUP_HOURS: i64 = 14 * 24;

impl Default for Rules {
    fn default() -> Self {
        Rules {
            hours: Hours::default(),
            desk: Hours::default(),
            zone: "UTC".into(),
            max_items: None,
            max_days_month: None,
            max_unconfirmed: None,
            pickup_hours: DEFAULT_PICKUP_HOURS,
        }
    }
}

/// A limit as entered: absent or 0 means none; otherwise 1 to `max`.
pub fn limit(field: &'static str, v: Option<i64>, max: i64) -> Result<Option<i64>> {
    match v {
        None | Some(0) => Ok(None),
        Some(n) if (1..=max).contains(&n) => Ok(Some(n)),
        Some(_) => Err(LendingError::PolicyOutOfRange { field, min: 0, max }),
    }
}

/// A zone's tz database name, or the refusal.
pub fn zone(raw: &str) -> Result<String> {
    let raw = raw.trim();
    match jiff::tz::TimeZone::get(raw) {
        Ok(_) if !raw.is_empty() => Ok(raw.to_string()),
        _ => Err(LendingError::UnknownZone { value: raw.into() }),
    }
}

/// Whether a booking over `[starts_at, ends_at)` starts and ends while the place is
/// open and, when the policy sets desk hours, while the desk is; otherwise the refusal
/// naming the end at fault, the hours it missed and their next opening after it.
pub fn within_hours(rules: &Rules, starts_at: i64, ends_at: i64) -> Result<()> {
    for (field, at) in [("starts_at", starts_at), ("ends_at", ends_at)] {
        if !rules.hours.open_at(at, &rules.zone) {
            return Err(LendingError::OutsideHours {
                field,
                hours: rules.hours.written(),
                next: rules.hours.next_opening(at, &rules.zone),
            });
        }
        if !rules.desk.open_at(at, &rules.zone) {
            return Err(LendingError::OutsideDeskHours {
                field,
                hours: rules.desk.written(),
                next: rules.desk.next_opening(at, &rules.zone),
            });
        }
    }
    Ok(())
}

/// The calendar month around `ms` in the zone named `zone`: its first instant and the
/// next month's, in Unix ms.
pub fn month_bounds(ms: i64, zone: &str) -> (i64, i64) {
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let t = jiff::Timestamp::from_millisecond(ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let first = tz.to_datetime(t).date().first_of_month();
    let start = |d: jiff::civil::Date| {
        tz.to_timestamp(d.to_datetime(jiff::civil::Time::midnight()))
            .map(|t| t.as_millisecond())
    };
    let next = first.checked_add(jiff::Span::new().months(1));
    match (start(first), next.map(start)) {
        (Ok(a), Ok(Ok(b))) => (a, b),
        _ => (ms, ms + 31 * DAY_MS),
    }
}

/// Days (a part of a day counting whole) that `[s, e)` spends inside `[from, until)`.
pub fn days_within(s: i64, e: i64, from: i64, until: i64) -> i64 {
    let ms = (e.min(until) - s.max(from)).max(0);
    (ms + DAY_MS - 1) / DAY_MS
}

/// A person's bookings at a steward's library as the limits see them: `quantity` items
/// over `[starts_at, ends_at)`, `pending` when awaiting approval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub quantity: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub pending: bool,
}

/// Whether a booking of `quantity` items over `[starts_at, ends_at)` (pending when
/// `pending`) keeps a person within `rules`' limits beside what they hold at the same
/// steward; otherwise the first limit it breaks, with until when.
pub fn within_limits(
    rules: &Rules,
    held: &[Held],
    quantity: i64,
    (starts_at, ends_at): (i64, i64),
    pending: bool,
) -> Result<()> {
    if let Some(limit) = rules.max_items {
        let holds: Vec<Hold> = held
            .iter()
            .enumerate()
            .map(|(i, h)| Hold {
                id: i.to_string(),
                quantity: h.quantity,
                starts_at: h.starts_at,
                held_until: h.ends_at,
                block: false,
            })
            .collect();
        let (have, _) = peak(&holds, starts_at, ends_at);
        if have + quantity > limit {
            let until = held
                .iter()
                .filter(|h| h.starts_at < ends_at && h.ends_at > starts_at)
                .map(|h| h.ends_at)
                .min();
            return Err(LendingError::LimitItems { have, limit, until });
        }
    }
    if let Some(limit) = rules.max_days_month {
        let (from, until) = month_bounds(starts_at, &rules.zone);
        let have: i64 = held
            .iter()
            .map(|h| days_within(h.starts_at, h.ends_at, from, until))
            .sum();
        let asking = days_within(starts_at, ends_at, from, until);
        if have + asking > limit {
            return Err(LendingError::LimitDays {
                have,
                asking,
                limit,
                until,
            });
        }
    }
    if let (Some(limit), true) = (rules.max_unconfirmed, pending) {
        let have = held.iter().filter(|h| h.pending).count() as i64;
        if have >= limit {
            return Err(LendingError::LimitHolds { have, limit });
        }
    }
    Ok(())
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
    fn opening_hours_are_read_checked_and_written_back() {
        let h = Hours::parse("Sat 10:00-13:00; tuesday 17:00 – 20:00, tue 09:00-12:00").unwrap();
        assert_eq!(
            h.written(),
            "tue 09:00-12:00, tue 17:00-20:00, sat 10:00-13:00"
        );
        assert_eq!(Hours::parse("").unwrap(), Hours::default());
        let e = Hours::parse("tue 20:00-17:00").unwrap_err();
        assert!(matches!(
            e,
            LendingError::Hours {
                problem: "reversed",
                ..
            }
        ));
        let e = Hours::parse("tue 9-12").unwrap_err();
        assert!(matches!(
            e,
            LendingError::Hours {
                problem: "malformed",
                ..
            }
        ));
        let e = Hours::parse("funday 09:00-12:00").unwrap_err();
        assert!(matches!(
            e,
            LendingError::Hours {
                problem: "malformed",
                ..
            }
        ));
        let e = Hours::parse("tue 09:00-12:00, tue 11:00-13:00").unwrap_err();
        assert_eq!(
            e,
            LendingError::Hours {
                field: "opening_hours",
                entry: "tue 11:00-13:00".into(),
                problem: "overlap",
                other: "tue 09:00-12:00".into()
            }
        );
        assert!(Hours::parse("sun 00:00-24:00").is_ok());
        assert!(Hours::parse("sun 00:00-24:30").is_err());
    }

    #[test]
    fn the_next_opening_is_found_in_the_resource_s_zone() {
        let h = Hours::parse("tue 17:00-20:00, sat 10:00-13:00").unwrap();
        let rome = |s: &str| local_instant("s", s, "Europe/Rome").unwrap();
        // 2026-12-08 is a Tuesday.
        assert!(h.open_at(rome("2026-12-08T17:00"), "Europe/Rome"));
        assert!(h.open_at(rome("2026-12-08T20:00"), "Europe/Rome"));
        assert!(!h.open_at(rome("2026-12-08T20:01"), "Europe/Rome"));
        assert!(!h.open_at(rome("2026-12-08T17:00"), "UTC"));
        assert_eq!(
            h.next_opening(rome("2026-12-08T21:00"), "Europe/Rome"),
            Some(rome("2026-12-12T10:00"))
        );
        assert_eq!(
            h.next_opening(rome("2026-12-13T09:00"), "Europe/Rome"),
            Some(rome("2026-12-15T17:00"))
        );
        let rules = Rules {
            hours: h,
            zone: "Europe/Rome".into(),
            ..Rules::default()
        };
        let e = within_hours(&rules, rome("2026-12-08T18:00"), rome("2026-12-09T18:00"));
        assert_eq!(
            e,
            Err(LendingError::OutsideHours {
                field: "ends_at",
                hours: "tue 17:00-20:00, sat 10:00-13:00".into(),
                next: Some(rome("2026-12-12T10:00"))
            })
        );
        assert!(within_hours(&Rules::default(), 0, 1).is_ok());
    }

    #[test]
    fn desk_hours_narrow_check_outs_and_returns_within_the_opening_hours() {
        let rome = |s: &str| local_instant("s", s, "Europe/Rome").unwrap();
        let rules = Rules {
            hours: Hours::parse("tue 09:00-20:00").unwrap(),
            desk: Hours::parse_field("desk_hours", "tue 09:00-10:00, tue 18:00-20:00").unwrap(),
            zone: "Europe/Rome".into(),
            ..Rules::default()
        };
        // 2026-12-08 is a Tuesday: out at the morning desk, back at the evening one.
        assert!(within_hours(&rules, rome("2026-12-08T09:30"), rome("2026-12-08T18:00")).is_ok());
        // Back at noon: the place is open but the desk is not; next at 18:00.
        assert_eq!(
            within_hours(&rules, rome("2026-12-08T09:30"), rome("2026-12-08T12:00")),
            Err(LendingError::OutsideDeskHours {
                field: "ends_at",
                hours: "tue 09:00-10:00, tue 18:00-20:00".into(),
                next: Some(rome("2026-12-08T18:00"))
            })
        );
        // Closed altogether: the opening hours' refusal comes first.
        assert!(matches!(
            within_hours(&rules, rome("2026-12-08T21:00"), rome("2026-12-08T22:00")),
            Err(LendingError::OutsideHours { .. })
        ));
        let e = Hours::parse_field("desk_hours", "tue 10:00-09:00").unwrap_err();
        assert!(matches!(
            e,
            LendingError::Hours {
                field: "desk_hours",
                problem: "reversed",
                ..
            }
        ));
        assert_eq!(e.code(), "invalid_opening_hours");
    }

    #[test]
    fn limits_per_person_say_which_rule_and_until_when() {
        let rules = Rules {
            max_items: Some(2),
            max_days_month: Some(4),
            max_unconfirmed: Some(1),
            ..Rules::default()
        };
        let held = [
            Held {
                quantity: 1,
                starts_at: 0,
                ends_at: 2 * DAY_MS,
                pending: false,
            },
            Held {
                quantity: 1,
                starts_at: DAY_MS,
                ends_at: 3 * DAY_MS,
                pending: true,
            },
        ];
        assert_eq!(
            within_limits(&rules, &held, 1, (DAY_MS, DAY_MS + 60_000), false),
            Err(LendingError::LimitItems {
                have: 2,
                limit: 2,
                until: Some(2 * DAY_MS)
            })
        );
        let (_, next_month) = month_bounds(0, "UTC");
        assert_eq!(
            within_limits(&rules, &held, 1, (4 * DAY_MS, 7 * DAY_MS), false),
            Err(LendingError::LimitDays {
                have: 4,
                asking: 3,
                limit: 4,
                until: next_month
            })
        );
        assert_eq!(
            within_limits(&rules, &held[..1], 1, (4 * DAY_MS, 5 * DAY_MS), true),
            Ok(())
        );
        assert_eq!(
            within_limits(&rules, &held, 1, (20 * DAY_MS, 20 * DAY_MS + 1), true),
            Err(LendingError::LimitDays {
                have: 4,
                asking: 1,
                limit: 4,
                until: next_month
            })
        );
        let loose = Rules {
            max_days_month: None,
            ..rules
        };
        assert_eq!(
            within_limits(&loose, &held, 1, (20 * DAY_MS, 20 * DAY_MS + 1), true),
            Err(LendingError::LimitHolds { have: 1, limit: 1 })
        );
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

    #[test]
    fn a_photo_is_what_its_bytes_say() {
        let png = crate::web::image::solid_png(2, 2, [0, 0, 0]);
        assert_eq!(photo_type("image/png", &png), Ok("image/png"));
        assert_eq!(photo_type("IMAGE/PNG; q=1", &png), Ok("image/png"));
        assert_eq!(
            photo_type("image/jpeg", &png),
            Err(LendingError::PhotoNotImage {
                declared: "image/jpeg".into()
            })
        );
        assert_eq!(
            photo_type("image/png", b"just some text")
                .unwrap_err()
                .code(),
            "photo_not_image"
        );
        assert_eq!(
            photo_type("image/png", b"").unwrap_err().code(),
            "photo_not_image"
        );
        assert_eq!(
            photo_type("image/svg+xml", b"<svg/>").unwrap_err().code(),
            "photo_media_type"
        );
        assert_eq!(
            photo_type("text/plain", &png).unwrap_err().code(),
            "photo_media_type"
        );
        let mut big = png.clone();
        big.resize(MAX_PHOTO_BYTES + 1, 0);
        assert_eq!(
            photo_type("image/png", &big),
            Err(LendingError::PhotoTooLarge)
        );
        assert_eq!(caption("  A red drill  ").unwrap(), "A red drill");
        assert_eq!(caption(&"x".repeat(201)).unwrap_err().code(), "too_long");
    }

    #[test]
    fn a_kit_fits_only_where_every_part_has_room() {
        let hold = |id: &str, q: i64, from: i64, until: i64| Hold {
            id: id.into(),
            quantity: q,
            starts_at: from,
            held_until: until,
            block: false,
        };
        let kit: Vec<Hold> = Vec::new();
        let camera = vec![hold("a", 1, 10, 20)];
        let recorder = vec![hold("b", 1, 15, 30)];
        let needs = [
            Need {
                part: None,
                holds: &kit,
                pool: 1,
                quantity: 1,
            },
            Need {
                part: Some(("c", "Camera")),
                holds: &camera,
                pool: 1,
                quantity: 1,
            },
            Need {
                part: Some(("r", "Recorder")),
                holds: &recorder,
                pool: 2,
                quantity: 2,
            },
        ];
        // The camera is taken first; the whole kit is free only once both parts are.
        let clash = fits_all(&needs, 12, 14, 1_000).unwrap_err();
        assert_eq!(clash.reservation, "a");
        assert_eq!(clash.component, Some(("c".into(), "Camera".into())));
        assert_eq!(clash.next_free, Some(30));
        assert!(fits_all(&needs, 30, 40, 1_000).is_ok());
        assert!(fits_all(&needs, 0, 10, 1_000).is_ok());
        assert!(overbooked(&[hold("x", 2, 0, 5)], 1, 0, 10));
        assert!(!overbooked(&[hold("x", 1, 0, 5)], 1, 0, 10));
        let ok = [("c", "Camera", 1, 1), ("r", "Recorder", 2, 2)];
        assert!(kit_parts(&ok).is_ok());
        let twice = [("c", "Camera", 1, 1), ("c", "Camera", 1, 1)];
        assert_eq!(kit_parts(&twice).unwrap_err().code(), "invalid_kit");
        assert!(kit_parts(&[("c", "Camera", 2, 1)]).is_err());
        assert!(kit_parts(&[("c", "Camera", 0, 1)]).is_err());
    }
}
