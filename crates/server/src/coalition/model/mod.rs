//! The coalition's model, pure: licence policies and the determination engine that
//! answers "may we use this commons, for this use?" from the policy, the facts the asker
//! declares and what the instance knows, naming the clauses and the facts that decided.
//!
//! - `clauses`: every clause a determination can name, with its stable id.
//! - `amounts`: amounts read exactly, and the fee's arithmetic.
//! - `paid`: affiliations, and who pays for the commons (paid, volunteer, unknown work).
//!
//! A policy is one of: an open licence of the SPDX list (as a commons has had since it
//! was made), the Peer Production License, CopyFair with a fee schedule and the rates at
//! which what a user gave back is credited, or a custom policy with the maintainers' own
//! text and a rule for commercial use. [`determine`] is the whole of the decision: the
//! flows only gather its input and keep its answer.

pub mod amounts;
pub mod clauses;
pub mod dues;
pub mod gitdm;
pub mod paid;
#[cfg(test)]
mod tests;

pub use crate::accounts::OrgKind;
pub use clauses::ClauseId;

use crate::error::{Detail, detail, shown};
use commonfare_value::money::{Money, Unit};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Every refusal of the coalition's model, with a stable code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CoalitionError {
    UnknownUse {
        given: String,
    },
    MalformedAmount {
        field: &'static str,
        given: String,
    },
    UnknownUnit {
        field: &'static str,
        given: String,
    },
    NotACurrency {
        field: &'static str,
        given: String,
    },
    TooManyDecimals {
        field: &'static str,
        given: String,
        unit: String,
        exponent: u8,
    },
    AmountTooLarge {
        field: &'static str,
        given: String,
    },
    NegativeAmount {
        field: &'static str,
        given: String,
    },
    /// The declared revenue is in another currency than the fee schedule's.
    CurrencyMismatch {
        field: &'static str,
        given: String,
        want: String,
    },
    InvalidUnits {
        given: i64,
    },
    /// A fee or credit computed beyond 64-bit minor units.
    FeeTooLarge,
    InvalidFeeSchedule {
        reason: Detail,
    },
    InvalidPolicy {
        reason: Detail,
    },
    /// A breach's reason, empty, too long or with control characters.
    ReasonMissing,
    ReasonTooLong,
    ReasonInvalid,
    /// Terminating a determination that permitted nothing, or whose party's rights ended
    /// already.
    NothingToTerminate {
        outcome: String,
    },
    /// A day that is not `YYYY-MM-DD`.
    InvalidDay {
        field: &'static str,
        given: String,
    },
    /// An affiliation that ends before it starts.
    EmptySpan {
        from: String,
        until: String,
    },
    /// A pledged share that is not a percentage above 0 and at most 100, with at most
    /// two decimals.
    InvalidShare {
        given: String,
    },
    /// A phyle's pledges adding up to more than its whole surplus.
    SharesOverWhole {
        total: String,
    },
}

impl CoalitionError {
    /// Stable code for the API's problem+json `code` field.
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownUse { .. } => "unknown_use",
            Self::MalformedAmount { .. } => "malformed_amount",
            Self::UnknownUnit { .. } => "unknown_unit",
            Self::NotACurrency { .. } => "not_a_currency",
            Self::TooManyDecimals { .. } => "too_many_decimals",
            Self::AmountTooLarge { .. } | Self::FeeTooLarge => "amount_too_large",
            Self::NegativeAmount { .. } => "negative_amount",
            Self::CurrencyMismatch { .. } => "currency_mismatch",
            Self::InvalidUnits { .. } => "invalid_units",
            Self::InvalidFeeSchedule { .. } => "invalid_fee_schedule",
            Self::InvalidPolicy { .. } => "invalid_policy",
            Self::ReasonMissing => "missing_field",
            Self::ReasonTooLong => "too_long",
            Self::ReasonInvalid => "invalid_field",
            Self::NothingToTerminate { .. } => "nothing_to_terminate",
            Self::InvalidDay { .. } => "invalid_day",
            Self::EmptySpan { .. } => "empty_span",
            Self::InvalidShare { .. } => "invalid_share",
            Self::SharesOverWhole { .. } => "shares_over_whole",
        }
    }

    /// What is wrong and what to fix, in words of the problems catalogue.
    pub fn detail(&self) -> Detail {
        match self {
            Self::UnknownUse { given } => {
                detail!("problem-coalition-unknown-use", given = shown(given, 40))
            }
            Self::MalformedAmount { field, given } => detail!(
                "problem-coalition-malformed-amount",
                field = *field,
                given = shown(given, 40)
            ),
            Self::UnknownUnit { field, given } => detail!(
                "problem-coalition-unknown-unit",
                field = *field,
                given = shown(given, 40)
            ),
            Self::NotACurrency { field, given } => detail!(
                "problem-coalition-not-a-currency",
                field = *field,
                given = shown(given, 40)
            ),
            Self::TooManyDecimals {
                field,
                given,
                unit,
                exponent,
            } => detail!(
                "problem-coalition-too-many-decimals",
                field = *field,
                given = shown(given, 40),
                unit = unit.as_str(),
                digits = i64::from(*exponent)
            ),
            Self::AmountTooLarge { field, given } => detail!(
                "problem-coalition-amount-too-large",
                field = *field,
                given = shown(given, 40)
            ),
            Self::NegativeAmount { field, given } => detail!(
                "problem-coalition-negative-amount",
                field = *field,
                given = shown(given, 40)
            ),
            Self::CurrencyMismatch { field, given, want } => detail!(
                "problem-coalition-currency-mismatch",
                field = *field,
                given = given.as_str(),
                want = want.as_str()
            ),
            Self::InvalidUnits { given } => {
                detail!("problem-coalition-invalid-units", given = given.to_string())
            }
            Self::FeeTooLarge => detail!("problem-coalition-fee-too-large"),
            Self::InvalidFeeSchedule { reason } => {
                detail!(
                    "problem-coalition-invalid-fee-schedule",
                    reason = reason.clone()
                )
            }
            Self::InvalidPolicy { reason } => {
                detail!("problem-coalition-invalid-policy", reason = reason.clone())
            }
            Self::ReasonMissing => detail!("problem-field-empty", field = "reason"),
            Self::ReasonTooLong => detail!(
                "problem-field-too-long",
                field = "reason",
                most = MAX_REASON_CHARS
            ),
            Self::ReasonInvalid => {
                detail!("problem-field-control-characters", field = "reason")
            }
            Self::NothingToTerminate { outcome } => detail!(
                "problem-coalition-nothing-to-terminate",
                outcome = outcome.as_str()
            ),
            Self::InvalidDay { field, given } => detail!(
                "problem-coalition-invalid-day",
                field = *field,
                given = shown(given, 40)
            ),
            Self::EmptySpan { from, until } => detail!(
                "problem-coalition-empty-span",
                from = from.as_str(),
                until = until.as_str()
            ),
            Self::InvalidShare { given } => {
                detail!("problem-coalition-invalid-share", given = shown(given, 40))
            }
            Self::SharesOverWhole { total } => {
                detail!(
                    "problem-coalition-shares-over-whole",
                    total = total.as_str()
                )
            }
        }
    }
}

/// In English, for logs.
impl std::fmt::Display for CoalitionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.detail().fmt(f)
    }
}

impl std::error::Error for CoalitionError {}

pub type Result<T, E = CoalitionError> = std::result::Result<T, E>;

/// What the commons is to be used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Use {
    Commercial,
    NonCommercial,
}

impl Use {
    pub fn parse(given: &str) -> Result<Use> {
        match given {
            "commercial" => Ok(Use::Commercial),
            "non_commercial" => Ok(Use::NonCommercial),
            _ => Err(CoalitionError::UnknownUse {
                given: given.to_string(),
            }),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Use::Commercial => "commercial",
            Use::NonCommercial => "non_commercial",
        }
    }
}

/// The answer of a determination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = DeterminationOutcome)]
pub enum Outcome {
    /// Permitted: the use is not commercial.
    PermittedNonCommercial,
    /// Permitted: commercial use by a commons-based enterprise (worker-owned with its
    /// surplus shared, a cooperative, a non-profit), or under an open licence.
    PermittedCommonsBased,
    /// Permitted: what the user gave back meets the reciprocity asked.
    PermittedReciprocityMet,
    /// Permitted with a fee, for the period.
    PermittedWithFee,
    /// Not permitted under this licence (a separate agreement may be asked for).
    NotPermitted,
    /// The facts given do not suffice, or contradict what the instance knows.
    NeedsEvidence,
    /// The user's rights ended for a breach.
    Terminated,
}

impl Outcome {
    #[cfg(test)]
    pub const ALL: [Outcome; 7] = [
        Outcome::PermittedNonCommercial,
        Outcome::PermittedCommonsBased,
        Outcome::PermittedReciprocityMet,
        Outcome::PermittedWithFee,
        Outcome::NotPermitted,
        Outcome::NeedsEvidence,
        Outcome::Terminated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::PermittedNonCommercial => "permitted_non_commercial",
            Outcome::PermittedCommonsBased => "permitted_commons_based",
            Outcome::PermittedReciprocityMet => "permitted_reciprocity_met",
            Outcome::PermittedWithFee => "permitted_with_fee",
            Outcome::NotPermitted => "not_permitted",
            Outcome::NeedsEvidence => "needs_evidence",
            Outcome::Terminated => "terminated",
        }
    }

    /// True for the four outcomes that permit the use.
    pub fn permits(self) -> bool {
        matches!(
            self,
            Outcome::PermittedNonCommercial
                | Outcome::PermittedCommonsBased
                | Outcome::PermittedReciprocityMet
                | Outcome::PermittedWithFee
        )
    }
}

/// How a share of revenue, a flat fee or a price per unit is asked of commercial users.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "schedule", rename_all = "snake_case")]
pub enum FeeSchedule {
    /// The same amount for each period.
    Flat { amount: Money },
    /// A share of the revenue declared from the use, in basis points (1 to 10 000).
    RevenueShare { basis_points: i64, currency: Unit },
    /// A price for each unit made or sold with the commons (`unit_name` says what a unit
    /// is: an installation, a copy).
    PerUnit { amount: Money, unit_name: String },
}

impl FeeSchedule {
    /// The currency fees are asked in.
    pub fn currency(&self) -> Unit {
        match self {
            FeeSchedule::Flat { amount } | FeeSchedule::PerUnit { amount, .. } => amount.unit(),
            FeeSchedule::RevenueShare { currency, .. } => *currency,
        }
    }
}

/// The rates at which what a user gave back is credited against the fee; money paid into
/// the commons counts for what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreditRates {
    pub per_contribution: Money,
    pub per_hour: Money,
}

/// CopyFair's terms: its fee schedule (none until the maintainers declare one), the
/// credit rates, and the period a fee covers and the credit looks back on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyFair {
    pub fee: Option<FeeSchedule>,
    pub credit: Option<CreditRates>,
    pub period_days: i64,
}

/// What a custom policy says of commercial use (its text says the rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomCommercial {
    Permitted,
    CommonsBasedOnly,
    SeparateAgreement,
}

impl CustomCommercial {
    pub const ALL: [CustomCommercial; 3] = [
        CustomCommercial::Permitted,
        CustomCommercial::CommonsBasedOnly,
        CustomCommercial::SeparateAgreement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CustomCommercial::Permitted => "permitted",
            CustomCommercial::CommonsBasedOnly => "commons_based_only",
            CustomCommercial::SeparateAgreement => "separate_agreement",
        }
    }
}

/// A policy written by the commons' maintainers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Custom {
    pub title: String,
    pub text: String,
    pub commercial: CustomCommercial,
}

/// How a commons may be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "policy", rename_all = "snake_case")]
pub enum Policy {
    /// An open licence of the SPDX list (an expression the commons checked).
    Spdx { expression: String },
    /// The Peer Production License, as written.
    Ppl,
    /// CopyFair with its fee schedule and credit rates.
    Copyfair(CopyFair),
    /// The maintainers' own text.
    Custom(Custom),
}

/// The SPDX reference of the Peer Production License.
pub const PPL_REF: &str = "LicenseRef-PPL";
/// The SPDX reference of CopyFair.
pub const COPYFAIR_REF: &str = "LicenseRef-CopyFair";
/// The period a fee covers and a determination holds, unless a policy says otherwise.
pub const DEFAULT_PERIOD_DAYS: i64 = 365;
/// The longest period a policy may declare (ten years).
pub const MAX_PERIOD_DAYS: i64 = 3660;
/// Longest reason for a breach, in characters.
pub const MAX_REASON_CHARS: usize = 500;
/// Longest custom policy title, and text, in characters.
pub const MAX_TITLE_CHARS: usize = 120;
pub const MAX_TEXT_CHARS: usize = 20_000;

impl Policy {
    /// The policy a commons' licence expression implies when its maintainers set none:
    /// the PPL or CopyFair (with no fee schedule yet) by their references, else the open
    /// licence.
    pub fn of_licence(expression: &str) -> Policy {
        match expression {
            PPL_REF => Policy::Ppl,
            COPYFAIR_REF => Policy::Copyfair(CopyFair {
                fee: None,
                credit: None,
                period_days: DEFAULT_PERIOD_DAYS,
            }),
            _ => Policy::Spdx {
                expression: expression.to_string(),
            },
        }
    }

    /// `spdx`, `ppl`, `copyfair` or `custom`.
    pub fn kind(&self) -> &'static str {
        match self {
            Policy::Spdx { .. } => "spdx",
            Policy::Ppl => "ppl",
            Policy::Copyfair(_) => "copyfair",
            Policy::Custom(_) => "custom",
        }
    }

    /// The licence expression the commons shows under this policy: the SPDX expression,
    /// or the reciprocity licence's reference; none for a custom policy, whose text is its
    /// own.
    pub fn licence_expression(&self) -> Option<&str> {
        match self {
            Policy::Spdx { expression } => Some(expression),
            Policy::Ppl => Some(PPL_REF),
            Policy::Copyfair(_) => Some(COPYFAIR_REF),
            Policy::Custom(_) => None,
        }
    }

    /// How many days a determination under this policy holds.
    pub fn period_days(&self) -> i64 {
        match self {
            Policy::Copyfair(c) => c.period_days,
            _ => DEFAULT_PERIOD_DAYS,
        }
    }

    /// Every clause of the policy, in the licence's order: what its page lists.
    pub fn clauses(&self) -> Vec<ClauseId> {
        use ClauseId::*;
        match self {
            Policy::Spdx { .. } => vec![
                SpdxOpen,
                SpdxNonCommercial,
                SpdxTerms,
                SpdxSeparateLicence,
                SpdxTermination,
            ],
            Policy::Ppl => vec![
                PplGrant,
                PplSameLicence,
                PplShareAlike,
                PplWorkerOwned,
                PplWagedLabour,
                PplAttribution,
                PplSeparateLicence,
                PplTermination,
            ],
            Policy::Copyfair(_) => vec![
                CopyFairGrant,
                CopyFairCommonsBased,
                CopyFairReciprocity,
                CopyFairCredit,
                CopyFairContributors,
                CopyFairAttribution,
                CopyFairTermination,
                CopyFairAgreement,
            ],
            Policy::Custom(c) => vec![
                CustomText,
                match c.commercial {
                    CustomCommercial::Permitted => CustomPermitted,
                    CustomCommercial::CommonsBasedOnly => CustomCommonsBased,
                    CustomCommercial::SeparateAgreement => CustomSeparateAgreement,
                },
                CustomTermination,
            ],
        }
    }
}

/// A breach's reason, as recorded: trimmed, 1 to [`MAX_REASON_CHARS`] characters, no
/// control characters but line breaks.
pub fn breach_reason(given: &str) -> Result<String> {
    let r = crate::text::neutralised(given).trim().to_string();
    if r.is_empty() {
        return Err(CoalitionError::ReasonMissing);
    }
    if r.chars().count() > MAX_REASON_CHARS {
        return Err(CoalitionError::ReasonTooLong);
    }
    if r.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
        return Err(CoalitionError::ReasonInvalid);
    }
    Ok(r)
}

/// A policy as a maintainer sends it: amounts as `"AMOUNT CUR"` text, read by
/// [`PolicyInput::parse`] with a reason for each refusal.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyInput {
    /// `spdx`, `ppl`, `copyfair` or `custom` (also taken: the references `LicenseRef-PPL`
    /// and `LicenseRef-CopyFair`, in any case; and the field named `kind`).
    #[serde(alias = "kind")]
    pub policy: String,
    /// With `spdx`: the licence expression (`CC-BY-SA-4.0`, `MIT OR Apache-2.0`).
    #[serde(default)]
    pub expression: Option<String>,
    /// With `copyfair`: the fee schedule (also taken as `fee_schedule`).
    #[serde(default, alias = "fee_schedule")]
    pub fee: Option<FeeInput>,
    /// With `copyfair`: the rates at which what a user gave back is credited (zero when
    /// absent).
    #[serde(default)]
    pub credit: Option<CreditInput>,
    /// With `copyfair`: the days a fee covers and the credit looks back on (1 to 3660;
    /// 365 when absent).
    #[serde(default)]
    pub period_days: Option<i64>,
    /// With `custom`: its title, one line.
    #[serde(default)]
    pub title: Option<String>,
    /// With `custom`: its text (Markdown).
    #[serde(default)]
    pub text: Option<String>,
    /// With `custom`: `permitted`, `commons_based_only` or `separate_agreement`.
    #[serde(default)]
    pub commercial: Option<String>,
}

/// A fee schedule as sent.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FeeInput {
    /// `flat`, `revenue_share` or `per_unit` (also taken as `kind` or `type`).
    #[serde(alias = "kind", alias = "type")]
    pub schedule: String,
    /// With `flat` and `per_unit`: `"AMOUNT CUR"`, more than zero.
    #[serde(default)]
    pub amount: Option<String>,
    /// With `revenue_share`: the share, 1 to 10 000 basis points (300 = 3 %).
    #[serde(default)]
    pub basis_points: Option<i64>,
    /// With `revenue_share`: the currency (`EUR`).
    #[serde(default)]
    pub currency: Option<String>,
    /// With `per_unit`: what a unit is (`installation`).
    #[serde(default)]
    pub unit_name: Option<String>,
}

/// Credit rates as sent, each `"AMOUNT CUR"` in the schedule's currency.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreditInput {
    #[serde(default)]
    pub per_contribution: Option<String>,
    #[serde(default)]
    pub per_hour: Option<String>,
}

fn bad_policy(reason: Detail) -> CoalitionError {
    CoalitionError::InvalidPolicy { reason }
}

fn bad_schedule(reason: Detail) -> CoalitionError {
    CoalitionError::InvalidFeeSchedule { reason }
}

/// A fee schedule's amount refused for its own reason, worded inside the schedule's
/// refusal.
fn schedule_amount(field: &'static str, given: &str) -> Result<Money> {
    amounts::money(field, given).map_err(|e| bad_schedule(e.detail()))
}

impl PolicyInput {
    /// The policy, checked: the fields of its kind present and valid, no field of another
    /// kind. An SPDX expression is checked by the commons it is set on.
    pub fn parse(&self) -> Result<Policy> {
        let named = self.policy.trim().to_ascii_lowercase();
        let kind = match named.as_str() {
            "licenseref-ppl" => "ppl",
            "licenseref-copyfair" => "copyfair",
            _ if ["spdx", "ppl", "copyfair", "custom"].contains(&named.as_str()) => named.as_str(),
            _ => self.policy.as_str(),
        };
        let stray = |field: &'static str| {
            bad_policy(detail!(
                "problem-coalition-policy-stray-field",
                field = field,
                policy = shown(kind, 20)
            ))
        };
        let given = [
            ("expression", self.expression.is_some(), "spdx"),
            ("fee", self.fee.is_some(), "copyfair"),
            ("credit", self.credit.is_some(), "copyfair"),
            ("period_days", self.period_days.is_some(), "copyfair"),
            ("title", self.title.is_some(), "custom"),
            ("text", self.text.is_some(), "custom"),
            ("commercial", self.commercial.is_some(), "custom"),
        ];
        if !["spdx", "ppl", "copyfair", "custom"].contains(&kind) {
            return Err(bad_policy(detail!(
                "problem-coalition-unknown-policy",
                given = shown(kind, 40)
            )));
        }
        if let Some((field, ..)) = given.iter().find(|(_, set, owner)| *set && *owner != kind) {
            return Err(stray(field));
        }
        let missing = |field: &'static str| {
            bad_policy(detail!(
                "problem-coalition-policy-missing-field",
                field = field,
                policy = kind
            ))
        };
        match kind {
            "spdx" => {
                let expression = self
                    .expression
                    .clone()
                    .ok_or_else(|| missing("expression"))?;
                Ok(Policy::Spdx { expression })
            }
            "ppl" => Ok(Policy::Ppl),
            "copyfair" => {
                let fee = self.fee.as_ref().ok_or_else(|| missing("fee"))?.parse()?;
                let currency = fee.currency();
                let rate = |field: &'static str, given: &Option<String>| -> Result<Money> {
                    let m = match given {
                        Some(g) => schedule_amount(field, g)?,
                        None => Money::zero(currency),
                    };
                    if m.unit() != currency {
                        return Err(bad_schedule(detail!(
                            "problem-coalition-credit-currency",
                            field = field,
                            want = currency.code()
                        )));
                    }
                    Ok(m)
                };
                let credit = match &self.credit {
                    None => None,
                    Some(c) => Some(CreditRates {
                        per_contribution: rate("per_contribution", &c.per_contribution)?,
                        per_hour: rate("per_hour", &c.per_hour)?,
                    }),
                };
                let period_days = self.period_days.unwrap_or(DEFAULT_PERIOD_DAYS);
                if !(1..=MAX_PERIOD_DAYS).contains(&period_days) {
                    return Err(bad_schedule(detail!(
                        "problem-coalition-period",
                        given = period_days.to_string(),
                        most = MAX_PERIOD_DAYS
                    )));
                }
                Ok(Policy::Copyfair(CopyFair {
                    fee: Some(fee),
                    credit,
                    period_days,
                }))
            }
            _ => {
                let title = self.title.as_deref().ok_or_else(|| missing("title"))?;
                let text = self.text.as_deref().ok_or_else(|| missing("text"))?;
                let commercial = self
                    .commercial
                    .as_deref()
                    .ok_or_else(|| missing("commercial"))?;
                let title = crate::text::neutralised(title).trim().to_string();
                let text = text.trim().to_string();
                let length = |field: &'static str, n: usize, most: usize| {
                    bad_policy(detail!(
                        "problem-coalition-policy-text",
                        field = field,
                        chars = n,
                        most = most
                    ))
                };
                let title_chars = title.chars().count();
                if title.is_empty()
                    || title_chars > MAX_TITLE_CHARS
                    || title.chars().any(char::is_control)
                {
                    return Err(length("title", title_chars, MAX_TITLE_CHARS));
                }
                let text_chars = text.chars().count();
                if text.is_empty() || text_chars > MAX_TEXT_CHARS || text.contains('\0') {
                    return Err(length("text", text_chars, MAX_TEXT_CHARS));
                }
                let commercial = CustomCommercial::ALL
                    .into_iter()
                    .find(|c| c.as_str() == commercial)
                    .ok_or_else(|| {
                        bad_policy(detail!(
                            "problem-coalition-custom-commercial",
                            given = shown(commercial, 40)
                        ))
                    })?;
                Ok(Policy::Custom(Custom {
                    title,
                    text,
                    commercial,
                }))
            }
        }
    }
}

impl FeeInput {
    fn parse(&self) -> Result<FeeSchedule> {
        let schedule = self.schedule.as_str();
        let missing = |field: &'static str| {
            bad_schedule(detail!(
                "problem-coalition-schedule-missing-field",
                field = field,
                schedule = shown(schedule, 20)
            ))
        };
        let stray = |field: &'static str| {
            bad_schedule(detail!(
                "problem-coalition-schedule-stray-field",
                field = field,
                schedule = shown(schedule, 20)
            ))
        };
        let given = [
            ("amount", self.amount.is_some(), ["flat", "per_unit"]),
            (
                "basis_points",
                self.basis_points.is_some(),
                ["revenue_share", ""],
            ),
            ("currency", self.currency.is_some(), ["revenue_share", ""]),
            ("unit_name", self.unit_name.is_some(), ["per_unit", ""]),
        ];
        if !["flat", "revenue_share", "per_unit"].contains(&schedule) {
            return Err(bad_schedule(detail!(
                "problem-coalition-unknown-schedule",
                given = shown(schedule, 40)
            )));
        }
        if let Some((field, ..)) = given
            .iter()
            .find(|(_, set, owners)| *set && !owners.contains(&schedule))
        {
            return Err(stray(field));
        }
        let positive = |field: &'static str| -> Result<Money> {
            let m = schedule_amount(field, self.amount.as_deref().ok_or_else(|| missing(field))?)?;
            if m.is_zero() {
                return Err(bad_schedule(detail!(
                    "problem-coalition-schedule-zero",
                    field = field
                )));
            }
            Ok(m)
        };
        match schedule {
            "flat" => Ok(FeeSchedule::Flat {
                amount: positive("amount")?,
            }),
            "per_unit" => {
                let amount = positive("amount")?;
                let unit_name = crate::text::neutralised(
                    self.unit_name
                        .as_deref()
                        .ok_or_else(|| missing("unit_name"))?,
                )
                .trim()
                .to_string();
                let n = unit_name.chars().count();
                if n == 0 || n > 60 || unit_name.chars().any(char::is_control) {
                    return Err(bad_schedule(detail!(
                        "problem-coalition-unit-name",
                        chars = n
                    )));
                }
                Ok(FeeSchedule::PerUnit { amount, unit_name })
            }
            _ => {
                let basis_points = self.basis_points.ok_or_else(|| missing("basis_points"))?;
                if !(1..=10_000).contains(&basis_points) {
                    return Err(bad_schedule(detail!(
                        "problem-coalition-basis-points",
                        given = basis_points.to_string()
                    )));
                }
                let currency = amounts::currency(
                    "currency",
                    self.currency
                        .as_deref()
                        .ok_or_else(|| missing("currency"))?,
                )
                .map_err(|e| bad_schedule(e.detail()))?;
                Ok(FeeSchedule::RevenueShare {
                    basis_points,
                    currency,
                })
            }
        }
    }
}

/// The facts a determination can rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactName {
    /// The kind of the organization asked for (known by the instance).
    OrganizationKind,
    /// Owned by the people who work in it.
    WorkerOwned,
    /// All its surplus distributed among its worker-owners.
    SurplusToWorkers,
    /// It employs people for wages who are not among its owners.
    WagedLabour,
    /// The revenue from the use, for the period.
    Revenue,
    /// Units made or sold with the commons, for the period.
    Units,
    /// Contributions accepted in the period from the asker (or the organization's members).
    AcceptedContributions,
    /// Hours of work recorded and accepted in the period.
    HoursOfWork,
    /// Money paid into the commons in the period.
    PaidIn,
    /// A breach that ended the asker's rights.
    Breach,
}

impl FactName {
    pub fn as_str(self) -> &'static str {
        match self {
            FactName::OrganizationKind => "organization_kind",
            FactName::WorkerOwned => "worker_owned",
            FactName::SurplusToWorkers => "surplus_to_workers",
            FactName::WagedLabour => "waged_labour",
            FactName::Revenue => "revenue",
            FactName::Units => "units",
            FactName::AcceptedContributions => "accepted_contributions",
            FactName::HoursOfWork => "hours_of_work",
            FactName::PaidIn => "paid_in",
            FactName::Breach => "breach",
        }
    }
}

/// Where a fact comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Declared by the asker.
    Declared,
    /// Known by the instance (an organization's kind, its members' contributions).
    Instance,
}

/// A fact's value: yes or no, a count, or a text (an amount, a kind, hours).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum FactValue {
    Bool(bool),
    Count(i64),
    Text(String),
}

/// One fact a determination used, with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub name: FactName,
    pub value: FactValue,
    pub source: Source,
}

/// A declared fact that what the instance knows contradicts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contradiction {
    /// The fact declared.
    pub fact: FactName,
    pub declared: FactValue,
    /// The fact the instance knows that contradicts it, and its value.
    pub known_fact: FactName,
    pub known: FactValue,
}

/// The facts the asker declares; absent ones are unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Declared {
    pub worker_owned: Option<bool>,
    pub surplus_to_workers: Option<bool>,
    pub waged_labour: Option<bool>,
    pub revenue: Option<Money>,
    pub units: Option<i64>,
}

/// What the asker gave the commons in the period, as the instance recorded it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Given {
    pub contributions: i64,
    pub minutes: i64,
    /// Money paid in, in the fee's currency (none recorded: `None`).
    pub paid_in: Option<Money>,
}

/// What the instance knows of the asker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known {
    /// The kind of the organization the question is asked for; `None` when a person
    /// asks for themselves.
    pub organization: Option<OrgKind>,
    pub given: Given,
    /// The asker's rights under this commons' licence ended for a breach.
    pub breached: bool,
}

/// A question: a use, the facts declared, and what the instance knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ask {
    pub use_: Use,
    pub declared: Declared,
    pub known: Known,
}

/// The fee of a reciprocity: what the schedule asks, the credit for what was given back,
/// and what is owed (never below zero).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fee {
    pub gross: Money,
    pub credit: Money,
    pub owed: Money,
}

/// The answer, with what decided it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Determination {
    pub outcome: Outcome,
    /// The clauses that decided, in the licence's order.
    pub clauses: Vec<ClauseId>,
    /// The clauses the permission holds under (share-alike, attribution), or the way to a
    /// separate agreement when it is refused.
    pub conditions: Vec<ClauseId>,
    /// The facts used, each with its source, in the order they were weighed.
    pub facts: Vec<Fact>,
    /// With `needs_evidence`: the facts the policy needs that nobody gave.
    pub missing: Vec<FactName>,
    /// With `needs_evidence`: declared facts that what the instance knows contradicts.
    pub contradictions: Vec<Contradiction>,
    /// With a reciprocity weighed: the schedule's fee, the credit and what is owed.
    pub fee: Option<Fee>,
}

impl Determination {
    /// The fee owed, with `permitted_with_fee` only.
    pub fn fee_owed(&self) -> Option<Money> {
        match (&self.fee, self.outcome) {
            (Some(f), Outcome::PermittedWithFee) => Some(f.owed),
            _ => None,
        }
    }
}

/// Kinds of organization that are commons-based by what they are: cooperatives, phyles,
/// for-benefit associations and public bodies (CopyFair's "cooperatives and non-profits").
fn commons_based_kind(kind: OrgKind) -> bool {
    matches!(
        kind,
        OrgKind::Cooperative | OrgKind::Phyle | OrgKind::ForBenefit | OrgKind::PublicBody
    )
}

/// The decision under way: the facts weighed so far.
struct Case<'a> {
    ask: &'a Ask,
    facts: Vec<Fact>,
    missing: Vec<FactName>,
    contradictions: Vec<Contradiction>,
}

impl<'a> Case<'a> {
    fn new(ask: &'a Ask) -> Self {
        Case {
            ask,
            facts: Vec::new(),
            missing: Vec::new(),
            contradictions: Vec::new(),
        }
    }

    fn used(&mut self, name: FactName, value: FactValue, source: Source) {
        if !self.facts.iter().any(|f| f.name == name) {
            self.facts.push(Fact {
                name,
                value,
                source,
            });
        }
    }

    fn org_kind(&mut self) -> Option<OrgKind> {
        let kind = self.ask.known.organization?;
        self.used(
            FactName::OrganizationKind,
            FactValue::Text(kind.as_str().to_string()),
            Source::Instance,
        );
        Some(kind)
    }

    /// Whether the user is worker-owned. The instance knows it is not for a for-profit
    /// company or a public body (owned privately, or by the public): a declared claim
    /// against that is a contradiction, and the fact stays unknown. It presumes a
    /// cooperative is, unless the cooperative declares otherwise. Anyone else says.
    fn worker_owned(&mut self) -> Option<bool> {
        if self
            .contradictions
            .iter()
            .any(|c| c.fact == FactName::WorkerOwned)
        {
            return None;
        }
        let declared = self.ask.declared.worker_owned;
        // (kind, what the kind says, whether that is known rather than presumed)
        let known = match self.ask.known.organization {
            Some(k @ (OrgKind::ForProfit | OrgKind::PublicBody)) => Some((k, false, true)),
            Some(k @ OrgKind::Cooperative) => Some((k, true, false)),
            _ => None,
        };
        match (known, declared) {
            (Some((kind, k, true)), Some(d)) if d != k => {
                self.org_kind();
                self.used(FactName::WorkerOwned, FactValue::Bool(d), Source::Declared);
                self.contradictions.push(Contradiction {
                    fact: FactName::WorkerOwned,
                    declared: FactValue::Bool(d),
                    known_fact: FactName::OrganizationKind,
                    known: FactValue::Text(kind.as_str().to_string()),
                });
                None
            }
            (Some((_, k, true)), _) | (Some((_, k, false)), None) => {
                self.org_kind();
                self.used(FactName::WorkerOwned, FactValue::Bool(k), Source::Instance);
                Some(k)
            }
            (Some((_, _, false)) | None, Some(d)) => {
                self.used(FactName::WorkerOwned, FactValue::Bool(d), Source::Declared);
                Some(d)
            }
            (None, None) => {
                self.missing.push(FactName::WorkerOwned);
                None
            }
        }
    }

    fn declared_bool(&mut self, name: FactName, value: Option<bool>) -> Option<bool> {
        match value {
            Some(v) => {
                self.used(name, FactValue::Bool(v), Source::Declared);
                Some(v)
            }
            None => {
                self.missing.push(name);
                None
            }
        }
    }

    fn surplus_to_workers(&mut self) -> Option<bool> {
        self.declared_bool(
            FactName::SurplusToWorkers,
            self.ask.declared.surplus_to_workers,
        )
    }

    /// Waged labour, as declared: weighed only when declared, since no clause needs it to
    /// permit (§4(d) refuses only those who say they profit from it).
    fn waged_labour(&mut self) -> Option<bool> {
        let v = self.ask.declared.waged_labour?;
        self.used(FactName::WagedLabour, FactValue::Bool(v), Source::Declared);
        Some(v)
    }

    /// Whether a declared claim contradicts what the instance knows (weighed, and the
    /// contradiction kept, only when a claim was declared).
    fn contradicted(&mut self) -> bool {
        if self.ask.declared.worker_owned.is_some() && self.contradictions.is_empty() {
            let known_kind = matches!(
                self.ask.known.organization,
                Some(OrgKind::ForProfit | OrgKind::PublicBody)
            );
            if known_kind {
                self.worker_owned();
            }
        }
        !self.contradictions.is_empty()
    }

    /// Worker-owned with all its surplus to its worker-owners (both known), or why not:
    /// `Some(true)`, `Some(false)`, or `None` when a fact is missing or contradicted.
    fn worker_owned_sharing(&mut self) -> Option<bool> {
        match self.worker_owned() {
            Some(false) => Some(false),
            Some(true) => self.surplus_to_workers(),
            None => {
                // Ask for the surplus too when it was not declared, so one answer names all
                // that is missing.
                if self.ask.declared.surplus_to_workers.is_none() && self.contradictions.is_empty()
                {
                    self.missing.push(FactName::SurplusToWorkers);
                } else if let Some(s) = self.ask.declared.surplus_to_workers {
                    self.used(
                        FactName::SurplusToWorkers,
                        FactValue::Bool(s),
                        Source::Declared,
                    );
                }
                None
            }
        }
    }

    fn answer(
        self,
        outcome: Outcome,
        clauses: Vec<ClauseId>,
        conditions: Vec<ClauseId>,
        fee: Option<Fee>,
    ) -> Determination {
        let mut clauses = clauses;
        clauses.sort();
        clauses.dedup();
        let keep = outcome == Outcome::NeedsEvidence;
        Determination {
            outcome,
            clauses,
            conditions,
            facts: self.facts,
            missing: if keep { self.missing } else { Vec::new() },
            contradictions: if keep {
                self.contradictions
            } else {
                Vec::new()
            },
            fee,
        }
    }

    /// `needs_evidence` when facts are missing or contradicted, naming the clauses that
    /// need them.
    fn needs_evidence(mut self, clauses: Vec<ClauseId>) -> Determination {
        self.missing.sort();
        self.missing.dedup();
        self.answer(Outcome::NeedsEvidence, clauses, Vec::new(), None)
    }
}

/// Decides a question under a policy. An error only for input the policy cannot weigh (a
/// revenue in another currency than the fee's, a fee beyond 64-bit minor units); missing
/// or contradicted facts answer `needs_evidence`.
pub fn determine(policy: &Policy, ask: &Ask) -> Result<Determination> {
    let mut case = Case::new(ask);
    if ask.known.breached {
        case.used(FactName::Breach, FactValue::Bool(true), Source::Instance);
        let clause = match policy {
            Policy::Spdx { .. } => ClauseId::SpdxTermination,
            Policy::Ppl => ClauseId::PplTermination,
            Policy::Copyfair(_) => ClauseId::CopyFairTermination,
            Policy::Custom(_) => ClauseId::CustomTermination,
        };
        return Ok(case.answer(Outcome::Terminated, vec![clause], Vec::new(), None));
    }
    match policy {
        Policy::Spdx { expression } => Ok(spdx(case, expression)),
        Policy::Ppl => Ok(ppl(case)),
        Policy::Copyfair(terms) => copyfair(case, terms),
        Policy::Custom(custom) => Ok(custom_policy(case, custom)),
    }
}

/// Whether an SPDX licence allows only non-commercial use (Creative Commons' NC
/// licences and the like).
fn non_commercial_only(id: &str) -> bool {
    id.contains("-NC") || id.to_ascii_lowercase().contains("noncommercial")
}

/// An open licence: any use on its terms, unless every way of reading the expression
/// goes through a non-commercial licence (or a reciprocity licence named inside it).
fn spdx(case: Case, expression: &str) -> Determination {
    use ClauseId::*;
    if case.ask.use_ == Use::NonCommercial {
        return case.answer(
            Outcome::PermittedNonCommercial,
            vec![SpdxOpen],
            vec![SpdxTerms],
            None,
        );
    }
    let commercial = spdx::Expression::parse_mode(expression, spdx::ParseMode::STRICT)
        .map(|e| {
            e.evaluate(|req| {
                req.license
                    .id()
                    .is_some_and(|id| !non_commercial_only(id.name))
            })
        })
        .unwrap_or(false);
    if commercial {
        case.answer(
            Outcome::PermittedCommonsBased,
            vec![SpdxOpen],
            vec![SpdxTerms],
            None,
        )
    } else {
        case.answer(
            Outcome::NotPermitted,
            vec![SpdxNonCommercial],
            vec![SpdxSeparateLicence],
            None,
        )
    }
}

/// The Peer Production License: free for use that is not commercial (§3); commercial use
/// only by a worker-owned business or collective that distributes all its surplus among
/// its worker-owners (§4(c)); none by a business that profits from waged labour (§4(d)).
/// §4(c) is what permits: worker-owned and sharing suffices. Waged labour declared refuses
/// whatever else holds, since the surplus of waged work goes to others than the workers.
fn ppl(mut case: Case) -> Determination {
    use ClauseId::*;
    let holds = vec![PplSameLicence, PplShareAlike, PplAttribution];
    if case.ask.use_ == Use::NonCommercial {
        return case.answer(Outcome::PermittedNonCommercial, vec![PplGrant], holds, None);
    }
    let sharing = case.worker_owned_sharing();
    let waged = case.waged_labour();
    // Declared facts that the instance contradicts are settled first, whatever else.
    if !case.contradictions.is_empty() {
        return case.needs_evidence(vec![PplWorkerOwned]);
    }
    let mut refused = Vec::new();
    if sharing == Some(false) {
        refused.push(PplWorkerOwned);
    }
    if waged == Some(true) {
        refused.push(PplWagedLabour);
    }
    if !refused.is_empty() {
        return case.answer(
            Outcome::NotPermitted,
            refused,
            vec![PplSeparateLicence],
            None,
        );
    }
    match sharing {
        // Worker-owned, sharing all its surplus among its worker-owners: §4(c) permits.
        Some(true) => case.answer(
            Outcome::PermittedCommonsBased,
            vec![PplWorkerOwned],
            holds,
            None,
        ),
        _ => case.needs_evidence(vec![PplWorkerOwned]),
    }
}

/// CopyFair: free sharing; commercial use free for commons-based enterprises (by their
/// kind, or worker-owned with their surplus shared) and for people who contributed in
/// the period; the others owe the schedule's fee less the credit for what they gave back.
fn copyfair(mut case: Case, terms: &CopyFair) -> Result<Determination> {
    use ClauseId::*;
    let holds = vec![CopyFairAttribution];
    if case.ask.use_ == Use::NonCommercial {
        return Ok(case.answer(
            Outcome::PermittedNonCommercial,
            vec![CopyFairGrant],
            holds,
            None,
        ));
    }
    if case.contradicted() {
        return Ok(case.needs_evidence(vec![CopyFairCommonsBased]));
    }
    // Commons-based by kind: nothing more to ask.
    if let Some(kind) = case.ask.known.organization
        && commons_based_kind(kind)
    {
        case.org_kind();
        return Ok(case.answer(
            Outcome::PermittedCommonsBased,
            vec![CopyFairCommonsBased],
            holds,
            None,
        ));
    }
    // Commons-based by what is declared: worker-owned, sharing its surplus. Not declared
    // is no claim; a claim against what is known needs evidence.
    let claims = case.ask.declared.worker_owned.is_some();
    if claims {
        match case.worker_owned_sharing() {
            Some(true) => {
                return Ok(case.answer(
                    Outcome::PermittedCommonsBased,
                    vec![CopyFairCommonsBased],
                    holds,
                    None,
                ));
            }
            None => return Ok(case.needs_evidence(vec![CopyFairCommonsBased])),
            Some(false) => {}
        }
    }
    // The kind, if any, was weighed and is not commons-based.
    case.org_kind();
    case.missing.clear();
    let given = case.ask.known.given.clone();
    // A person who contributed in the period uses it freely.
    if case.ask.known.organization.is_none() && (given.contributions > 0 || given.minutes > 0) {
        given_facts(&mut case, &given);
        return Ok(case.answer(
            Outcome::PermittedReciprocityMet,
            vec![CopyFairContributors],
            holds,
            None,
        ));
    }
    let Some(schedule) = &terms.fee else {
        return Ok(case.answer(
            Outcome::NotPermitted,
            vec![CopyFairReciprocity],
            vec![CopyFairAgreement],
            None,
        ));
    };
    let currency = schedule.currency();
    let gross = match schedule {
        FeeSchedule::Flat { amount } => *amount,
        FeeSchedule::RevenueShare { basis_points, .. } => match case.ask.declared.revenue {
            None => {
                case.missing.push(FactName::Revenue);
                return Ok(case.needs_evidence(vec![CopyFairReciprocity]));
            }
            Some(revenue) => {
                if revenue.unit() != currency {
                    return Err(CoalitionError::CurrencyMismatch {
                        field: "revenue",
                        given: revenue.unit().code().to_string(),
                        want: currency.code().to_string(),
                    });
                }
                case.used(
                    FactName::Revenue,
                    FactValue::Text(revenue.to_string()),
                    Source::Declared,
                );
                amounts::share(revenue, *basis_points)?
            }
        },
        FeeSchedule::PerUnit { amount, .. } => match case.ask.declared.units {
            None => {
                case.missing.push(FactName::Units);
                return Ok(case.needs_evidence(vec![CopyFairReciprocity]));
            }
            Some(units) => {
                if units < 0 {
                    return Err(CoalitionError::InvalidUnits { given: units });
                }
                case.used(FactName::Units, FactValue::Count(units), Source::Declared);
                amounts::times(*amount, units)?
            }
        },
    };
    let zero = Money::zero(currency);
    let mut credit = zero;
    if let Some(rates) = &terms.credit {
        given_facts(&mut case, &given);
        credit = amounts::plus(
            credit,
            amounts::times(rates.per_contribution, given.contributions)?,
        )?;
        credit = amounts::plus(credit, amounts::per_hour(rates.per_hour, given.minutes)?)?;
    }
    if let Some(paid) = given.paid_in
        && paid.unit() == currency
        && !paid.is_zero()
    {
        case.used(
            FactName::PaidIn,
            FactValue::Text(paid.to_string()),
            Source::Instance,
        );
        credit = amounts::plus(credit, paid)?;
    }
    let owed = if credit.minor() >= gross.minor() {
        zero
    } else {
        Money::from_minor(gross.minor() - credit.minor(), currency)
    };
    let fee = Some(Fee {
        gross,
        credit,
        owed,
    });
    let mut clauses = vec![CopyFairReciprocity];
    if !credit.is_zero() {
        clauses.push(CopyFairCredit);
    }
    if owed.is_zero() {
        Ok(case.answer(Outcome::PermittedReciprocityMet, clauses, holds, fee))
    } else {
        Ok(case.answer(Outcome::PermittedWithFee, clauses, holds, fee))
    }
}

/// The contributions and hours the instance counted, as facts.
fn given_facts(case: &mut Case, given: &Given) {
    case.used(
        FactName::AcceptedContributions,
        FactValue::Count(given.contributions),
        Source::Instance,
    );
    case.used(
        FactName::HoursOfWork,
        FactValue::Text(
            Money::from_minor((given.minutes * 100 + 30) / 60, Unit::Hours).to_string(),
        ),
        Source::Instance,
    );
}

/// A custom policy: its text, and its rule for commercial use.
fn custom_policy(mut case: Case, custom: &Custom) -> Determination {
    use ClauseId::*;
    if case.ask.use_ == Use::NonCommercial {
        return case.answer(
            Outcome::PermittedNonCommercial,
            vec![CustomText],
            Vec::new(),
            None,
        );
    }
    match custom.commercial {
        CustomCommercial::Permitted => case.answer(
            Outcome::PermittedCommonsBased,
            vec![CustomText, CustomPermitted],
            Vec::new(),
            None,
        ),
        CustomCommercial::SeparateAgreement => case.answer(
            Outcome::NotPermitted,
            vec![CustomText, CustomSeparateAgreement],
            Vec::new(),
            None,
        ),
        CustomCommercial::CommonsBasedOnly => {
            if case.contradicted() {
                return case.needs_evidence(vec![CustomText, CustomCommonsBased]);
            }
            if let Some(kind) = case.ask.known.organization
                && commons_based_kind(kind)
            {
                case.org_kind();
                return case.answer(
                    Outcome::PermittedCommonsBased,
                    vec![CustomText, CustomCommonsBased],
                    Vec::new(),
                    None,
                );
            }
            case.org_kind();
            match case.worker_owned_sharing() {
                Some(true) => case.answer(
                    Outcome::PermittedCommonsBased,
                    vec![CustomText, CustomCommonsBased],
                    Vec::new(),
                    None,
                ),
                Some(false) => case.answer(
                    Outcome::NotPermitted,
                    vec![CustomText, CustomCommonsBased],
                    Vec::new(),
                    None,
                ),
                None => case.needs_evidence(vec![CustomText, CustomCommonsBased]),
            }
        }
    }
}
