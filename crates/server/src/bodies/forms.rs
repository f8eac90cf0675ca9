//! The pages' forms read into what the flows take: the draft form (numbers that do not
//! read are refused on their field, and each refusal names the field it is about), the
//! ballot form (`approve-ID` check boxes, `rank-ID` lists, `points-ID` fields), the form
//! that declares a body; and a ballot put back into words for the page of a closed
//! decision with open ballots.

use super::model::{
    Amount, Authorises, BallotInput, ElectedSeats, MAX_POINTS, NewDecision, RulesInput, SeatRule,
};
use crate::error::{AppError, detail};
use crate::web::Chrome;
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
pub struct DraftForm {
    pub csrf: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub method: String,
    /// One option per line.
    #[serde(default)]
    pub options: String,
    #[serde(default)]
    pub seats: String,
    #[serde(default)]
    pub secrecy: String,
    /// Days until it closes, counted from now.
    #[serde(default)]
    pub days: String,
    /// Score voting: the highest score; cumulative voting: the points each ballot spends.
    #[serde(default)]
    pub points: String,
    /// Approval: how many options a ballot may approve at most (empty: all of them).
    #[serde(default)]
    pub max_approvals: String,
    /// The payment a motion authorises: the treasury's handle, the expense's number, the
    /// amount and its currency (all empty: none).
    #[serde(default)]
    pub pay_treasury: String,
    #[serde(default)]
    pub pay_expense: String,
    #[serde(default)]
    pub pay_amount: String,
    #[serde(default)]
    pub pay_currency: String,
    /// An election that fills elected seats: the body's address, and the days until its
    /// nominations close (both empty: none).
    #[serde(default)]
    pub fills: String,
    #[serde(default)]
    pub nominations_days: String,
}

/// The field of an amount's refusal: its number or its currency.
fn amount_field(
    e: &AppError,
    number: &'static str,
    currency: &'static str,
) -> Option<&'static str> {
    match e.code {
        "malformed_amount" | "too_many_decimals" | "cost_not_positive" | "amount_too_large" => {
            Some(number)
        }
        "unknown_unit" | "not_a_currency" => Some(currency),
        _ => None,
    }
}

/// The draft form's field a refusal is about.
pub fn draft_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_text" => match e.detail.text_arg("field") {
            Some("title") => Some("title"),
            Some("description") => Some("description"),
            Some("options") => Some("options"),
            _ => None,
        },
        "unknown_method" => Some("method"),
        "invalid_seats" if e.detail.key() == "problem-bodies-not-elected" => Some("fills"),
        "invalid_handle" => Some("fills"),
        "not_found" if e.detail.key() == "problem-bodies-no-body" => Some("fills"),
        "invalid_options"
            if matches!(
                e.detail.key(),
                "problem-bodies-election-fields" | "problem-bodies-election-options"
            ) =>
        {
            Some("fills")
        }
        "invalid_options" if e.detail.key() == "problem-bodies-points" => Some("points"),
        "invalid_options"
            if e.detail.key() == "problem-bodies-max-approvals"
                || e.detail.text_arg("field") == Some("max_approvals") =>
        {
            Some("max_approvals")
        }
        "invalid_options" => Some("options"),
        "invalid_seats" => Some("seats"),
        "secrecy_lowered" => Some("secrecy"),
        "invalid_closing_time" if e.detail.key() == "problem-bodies-nominations-time" => {
            Some("nominations_days")
        }
        "invalid_closing_time" => Some("days"),
        "invalid_authorisation" => match e.detail.text_arg("why") {
            Some("treasury") => Some("pay_treasury"),
            Some("expense") => Some("pay_expense"),
            _ => Some("method"),
        },
        _ => amount_field(e, "pay_amount", "pay_currency"),
    }
}

/// The decision the form asks for; a number that does not read is refused on its field.
pub fn draft_input(f: &DraftForm) -> Result<NewDecision, AppError> {
    let seats = number(&f.seats).ok_or_else(|| {
        AppError::invalid(
            "invalid_seats",
            detail!("problem-bodies-number", field = "seats"),
        )
    })?;
    let days = number(&f.days).ok_or_else(|| {
        AppError::invalid(
            "invalid_closing_time",
            detail!("problem-bodies-number", field = "days"),
        )
    })?;
    let points = number(&f.points).ok_or_else(|| {
        AppError::invalid(
            "invalid_options",
            detail!("problem-bodies-points", most = MAX_POINTS),
        )
    })?;
    let max_approvals = number(&f.max_approvals).ok_or_else(|| {
        AppError::invalid(
            "invalid_options",
            detail!("problem-bodies-number", field = "max_approvals"),
        )
    })?;
    let nominations = number(&f.nominations_days).ok_or_else(|| {
        AppError::invalid(
            "invalid_closing_time",
            detail!("problem-bodies-nominations-time"),
        )
    })?;
    let fills = f.fills.trim();
    let nominations_close_at = match (fills.is_empty(), nominations) {
        (true, None) => None,
        (_, Some(d)) if d <= 0 || d > 366 => {
            return Err(AppError::invalid(
                "invalid_closing_time",
                detail!("problem-bodies-nominations-time"),
            ));
        }
        (_, Some(d)) => Some(crate::db::now_ms() + d * 24 * 3600 * 1000),
        (false, None) => Some(crate::db::now_ms() + 7 * 24 * 3600 * 1000),
    };
    let closes_at = match days {
        Some(d) if d <= 0 || d > 366 => {
            return Err(AppError::invalid(
                "invalid_closing_time",
                detail!("problem-bodies-closing-time"),
            ));
        }
        Some(d) => Some(crate::db::now_ms() + d * 24 * 3600 * 1000),
        None => None,
    };
    Ok(NewDecision {
        title: f.title.clone(),
        description: f.description.clone(),
        method: Some(f.method.clone()),
        options: f
            .options
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
        seats,
        max_approvals,
        points,
        secrecy: (!f.secrecy.is_empty()).then(|| f.secrecy.clone()),
        closes_at,
        rulebook: None,
        authorises: authorises_of(f)?,
        fills: (!fills.is_empty()).then(|| fills.to_string()),
        nominations_close_at,
    })
}

/// The payment the draft form asks to authorise; none when its four fields are empty.
fn authorises_of(f: &DraftForm) -> Result<Option<Authorises>, AppError> {
    let fields = [
        &f.pay_treasury,
        &f.pay_expense,
        &f.pay_amount,
        &f.pay_currency,
    ];
    if fields.iter().all(|v| v.trim().is_empty()) {
        return Ok(None);
    }
    let expense = f.pay_expense.trim().parse::<i64>().map_err(|_| {
        AppError::invalid(
            "invalid_authorisation",
            detail!(
                "problem-bodies-authorises",
                why = "expense",
                given = crate::error::shown(f.pay_expense.trim(), 40)
            ),
        )
    })?;
    Ok(Some(Authorises {
        treasury: f.pay_treasury.trim().to_string(),
        expense,
        amount: f.pay_amount.trim().to_string(),
        currency: f.pay_currency.trim().to_uppercase(),
    }))
}

/// The rulebook form: its spending limit (both fields empty: no limit), its elected seats
/// (how many, and the days a term lasts; both empty: who sits is left as it is) and a
/// note on the new version.
#[derive(Deserialize)]
pub struct RulebookForm {
    pub csrf: String,
    #[serde(default)]
    pub limit_amount: String,
    #[serde(default)]
    pub limit_currency: String,
    #[serde(default)]
    pub seat_count: String,
    #[serde(default)]
    pub seat_term_days: String,
    #[serde(default)]
    pub limit_note: String,
}

/// The rulebook form's field a refusal is about.
pub fn rulebook_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_text" => Some("limit_note"),
        "invalid_seats" if e.detail.text_arg("field") == Some("term_days") => {
            Some("seat_term_days")
        }
        "invalid_seats" => Some("seat_count"),
        "invalid_rulebook" => match e.detail.text_arg("what") {
            Some(w) if w.starts_with("elected") => Some("seat_count"),
            _ => None,
        },
        _ => amount_field(e, "limit_amount", "limit_currency"),
    }
}

/// A whole number from 0 to `u32::MAX` for a field of the rulebook form, refused on it.
fn seat_number(raw: &str, field: &'static str) -> Result<Option<u32>, AppError> {
    let bad = || {
        AppError::invalid(
            "invalid_seats",
            detail!("problem-bodies-number", field = field),
        )
    };
    match number(raw).ok_or_else(bad)? {
        None => Ok(None),
        Some(n) => u32::try_from(n).map(Some).map_err(|_| bad()),
    }
}

/// The rulebook change the form asks for: the spending limit set, or removed when both
/// fields are empty; elected seats when their two fields are filled in (the body's
/// members are then whoever holds a seat).
pub fn rulebook_input(f: &RulebookForm) -> Result<RulesInput, AppError> {
    let (amount, currency) = (f.limit_amount.trim(), f.limit_currency.trim());
    let count = seat_number(&f.seat_count, "count")?;
    let days = seat_number(&f.seat_term_days, "term_days")?;
    let elected = match (count, days) {
        (None, None) => None,
        (Some(count), Some(term_days)) => Some(ElectedSeats { count, term_days }),
        (None, Some(_)) => {
            return Err(AppError::invalid(
                "invalid_seats",
                detail!("problem-bodies-number", field = "count"),
            ));
        }
        (Some(_), None) => {
            return Err(AppError::invalid(
                "invalid_seats",
                detail!("problem-bodies-number", field = "term_days"),
            ));
        }
    };
    Ok(RulesInput {
        spending_limit: Some(
            (!amount.is_empty() || !currency.is_empty()).then(|| Amount {
                amount: amount.to_string(),
                currency: currency.to_uppercase(),
            }),
        ),
        seats: elected.map(|_| SeatRule::Elected),
        elected,
        ..Default::default()
    })
}

/// A whole number, `Some(None)` for an empty field, `None` when it does not read.
fn number(raw: &str) -> Option<Option<i64>> {
    let t = raw.trim();
    if t.is_empty() {
        return Some(None);
    }
    t.parse().ok().map(Some)
}

/// A ballot in words: the answer of a motion, the options approved or chosen, or the
/// ranking (`Ann > Ben`).
pub fn in_words(chrome: &Chrome, choice: &serde_json::Value, names: &[String]) -> String {
    let name = |v: &serde_json::Value| {
        v.as_u64()
            .and_then(|i| names.get(i as usize))
            .cloned()
            .unwrap_or_default()
    };
    let list = |key: &str, sep: &str| {
        choice[key]
            .as_array()
            .map(|a| a.iter().map(name).collect::<Vec<_>>().join(sep))
            .unwrap_or_default()
    };
    match choice["kind"].as_str().unwrap_or("") {
        "vote" => chrome.t1(
            "bodies-answer",
            "answer",
            choice["vote"].as_str().unwrap_or(""),
        ),
        "consent" => {
            let answer = chrome.t1(
                "bodies-answer",
                "answer",
                choice["response"].as_str().unwrap_or(""),
            );
            match choice["reason"].as_str().filter(|r| !r.is_empty()) {
                Some(r) => format!("{answer}: {r}"),
                None => answer,
            }
        }
        "consensus" => chrome.t1(
            "bodies-answer",
            "answer",
            choice["position"].as_str().unwrap_or(""),
        ),
        "approve" => list("approve", ", "),
        "choose" => name(&choice["choose"]),
        "points" => choice["points"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|pair| format!("{} {}", name(&pair[0]), pair[1]))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default(),
        _ => list("ranking", " > "),
    }
}

/// The ballot form's fields as the API's ballot: `approve-ID` check boxes, `rank-ID`
/// lists (1 = first choice), the other fields by name.
pub fn ballot_of_form(f: &HashMap<String, String>) -> Result<BallotInput, AppError> {
    let field = |k: &str| f.get(k).filter(|v| !v.is_empty()).cloned();
    let approve: Vec<String> = f
        .keys()
        .filter_map(|k| k.strip_prefix("approve-").map(str::to_string))
        .collect();
    let mut ranks: Vec<(usize, String)> = Vec::new();
    for (k, v) in f {
        if let Some(id) = k.strip_prefix("rank-")
            && !v.is_empty()
        {
            let r: usize = v.parse().map_err(|_| {
                AppError::invalid(
                    "invalid_text",
                    detail!("problem-bodies-number", field = "rank"),
                )
            })?;
            ranks.push((r, id.to_string()));
        }
    }
    ranks.sort();
    if ranks.windows(2).any(|w| w[0].0 == w[1].0) {
        return Err(AppError::invalid(
            "rank_out_of_range",
            detail!("problem-bodies-rank-twice"),
        ));
    }
    let mut points = std::collections::BTreeMap::new();
    for (k, v) in f {
        if let Some(id) = k.strip_prefix("points-")
            && !v.trim().is_empty()
        {
            let p: u64 = v.trim().parse().map_err(|_| {
                AppError::invalid(
                    "invalid_text",
                    detail!("problem-bodies-number", field = "points"),
                )
            })?;
            points.insert(id.to_string(), p);
        }
    }
    let shape = field("shape").unwrap_or_default();
    Ok(BallotInput {
        vote: field("vote"),
        response: field("response"),
        reason: field("reason").filter(|_| shape == "consent"),
        position: field("position"),
        approve: (shape == "approve").then_some(approve),
        choose: field("choose"),
        ranking: (shape == "rank").then(|| ranks.into_iter().map(|(_, id)| id).collect()),
        points: (shape == "points").then_some(points),
        weight: None,
    })
}

#[derive(Deserialize)]
pub struct BodyForm {
    pub csrf: String,
    pub slug: String,
    pub name: String,
    pub kind: String,
}
