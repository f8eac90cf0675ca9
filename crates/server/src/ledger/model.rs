//! The rules of the ledger, with no I/O: what an amount, an account name, a category and a
//! date may be, and the one shape a transaction can have — legs that balance to zero in
//! each unit. [`Transaction::new`] is the only way to make one, so an unbalanced
//! transaction cannot reach the store (which checks it again after writing). Every refusal
//! is a `LedgerError` with a stable snake_case code.

use crate::error::{Detail, detail, shown};
use commonfare_value::money::{Money, Unit};
use std::collections::BTreeMap;
use std::str::FromStr;

/// Legs a transaction holds at most.
pub const MAX_LEGS: usize = 1000;
/// Longest memo or reference, in characters.
pub const MAX_TEXT_CHARS: usize = 500;
/// Longest idempotency key, in characters.
pub const MAX_KEY_CHARS: usize = 200;

/// Every refusal of the ledger model and store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LedgerError {
    UnknownUnit {
        given: String,
    },
    MalformedAmount {
        given: String,
    },
    TooManyDecimals {
        given: String,
        unit: String,
        exponent: u8,
    },
    AmountTooLarge {
        given: String,
    },
    BalanceTooLarge {
        account: String,
    },
    ZeroLeg {
        position: usize,
    },
    LegCount {
        count: usize,
    },
    Unbalanced {
        unit: String,
        off: String,
    },
    MixedUnits {
        account: String,
        account_unit: String,
        leg_unit: String,
    },
    Overdraft {
        account: String,
        balance: String,
    },
    AlreadyReversed {
        number: i64,
    },
    ReversalOfReversal {
        number: i64,
    },
    KeyReused {
        field: String,
    },
    AccountName {
        given: String,
    },
    AccountKind {
        given: String,
    },
    Category {
        given: String,
    },
    OwnerKind {
        given: String,
    },
    Date {
        given: String,
    },
    TextTooLong {
        field: &'static str,
        limit: usize,
    },
    Key {
        given: String,
    },
    NotSteward {
        treasury: String,
    },
    NoAccount {
        name: String,
    },
    WrongKind {
        name: String,
        want: &'static str,
    },
    AccountExists {
        name: String,
    },
    TreasuryExists {
        handle: String,
    },
}

/// In English, for logs.
impl std::fmt::Display for LedgerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.detail().fmt(f)
    }
}

impl std::error::Error for LedgerError {}

impl LedgerError {
    /// What is wrong and what to fix, in words of the problems catalogue.
    pub fn detail(&self) -> Detail {
        match self {
            Self::UnknownUnit { given } => {
                detail!("problem-ledger-unknown-unit", given = shown(given, 40))
            }
            Self::MalformedAmount { given } => {
                detail!("problem-ledger-malformed-amount", given = shown(given, 40))
            }
            Self::TooManyDecimals {
                given,
                unit,
                exponent,
            } => detail!(
                "problem-ledger-too-many-decimals",
                given = shown(given, 40),
                unit = unit.as_str(),
                digits = i64::from(*exponent)
            ),
            Self::AmountTooLarge { given } => {
                detail!("problem-ledger-amount-too-large", given = shown(given, 40))
            }
            Self::BalanceTooLarge { account } => {
                detail!(
                    "problem-ledger-balance-too-large",
                    account = account.as_str()
                )
            }
            Self::ZeroLeg { position } => {
                detail!("problem-ledger-zero-leg", position = position.to_string())
            }
            Self::LegCount { count } => {
                detail!("problem-ledger-leg-count", count = *count, limit = MAX_LEGS)
            }
            Self::Unbalanced { unit, off } => detail!(
                "problem-ledger-unbalanced",
                unit = unit.as_str(),
                off = off.as_str()
            ),
            Self::MixedUnits {
                account,
                account_unit,
                leg_unit,
            } => detail!(
                "problem-ledger-mixed-units",
                account = account.as_str(),
                account_unit = account_unit.as_str(),
                leg_unit = leg_unit.as_str()
            ),
            Self::Overdraft { account, balance } => detail!(
                "problem-ledger-overdraft",
                account = account.as_str(),
                balance = balance.as_str()
            ),
            Self::AlreadyReversed { number } => {
                detail!(
                    "problem-ledger-already-reversed",
                    number = number.to_string()
                )
            }
            Self::ReversalOfReversal { number } => detail!(
                "problem-ledger-reversal-of-reversal",
                number = number.to_string()
            ),
            Self::KeyReused { field } => {
                detail!("problem-ledger-key-reused", field = field.as_str())
            }
            Self::AccountName { given } => {
                detail!("problem-ledger-account-name", given = shown(given, 60))
            }
            Self::AccountKind { given } => {
                detail!("problem-ledger-account-kind", given = shown(given, 40))
            }
            Self::Category { given } => {
                detail!("problem-ledger-category", given = shown(given, 40))
            }
            Self::OwnerKind { given } => {
                detail!("problem-ledger-owner-kind", given = shown(given, 40))
            }
            Self::Date { given } => detail!("problem-ledger-date", given = shown(given, 40)),
            Self::TextTooLong { field, limit } => detail!(
                "problem-ledger-text-too-long",
                field = *field,
                limit = *limit
            ),
            Self::Key { given } => detail!(
                "problem-ledger-key",
                given = shown(given, 60),
                limit = MAX_KEY_CHARS
            ),
            Self::NotSteward { treasury } => {
                detail!("problem-ledger-not-steward", treasury = treasury.as_str())
            }
            Self::NoAccount { name } => {
                detail!("problem-ledger-no-account", name = shown(name, 60))
            }
            Self::WrongKind { name, want } => detail!(
                "problem-ledger-wrong-kind",
                name = name.as_str(),
                want = *want
            ),
            Self::AccountExists { name } => {
                detail!("problem-ledger-account-exists", name = name.as_str())
            }
            Self::TreasuryExists { handle } => {
                detail!("problem-ledger-treasury-exists", handle = handle.as_str())
            }
        }
    }

    /// Stable code for the API's problem+json `code` field.
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownUnit { .. } => "unknown_unit",
            Self::MalformedAmount { .. } => "malformed_amount",
            Self::TooManyDecimals { .. } => "too_many_decimals",
            Self::AmountTooLarge { .. } | Self::BalanceTooLarge { .. } => "amount_too_large",
            Self::ZeroLeg { .. } => "zero_leg",
            Self::LegCount { .. } => "leg_count",
            Self::Unbalanced { .. } => "unbalanced",
            Self::MixedUnits { .. } => "mixed_units",
            Self::Overdraft { .. } => "overdraft",
            Self::AlreadyReversed { .. } => "already_reversed",
            Self::ReversalOfReversal { .. } => "reversal_of_reversal",
            Self::KeyReused { .. } => "idempotency_key_reused",
            Self::AccountName { .. } => "invalid_account_name",
            Self::AccountKind { .. } => "invalid_account_kind",
            Self::Category { .. } => "invalid_category",
            Self::OwnerKind { .. } => "invalid_owner_kind",
            Self::Date { .. } => "invalid_date",
            Self::TextTooLong { .. } => "ledger_text_too_long",
            Self::Key { .. } => "invalid_idempotency_key",
            Self::NotSteward { .. } => "not_steward",
            Self::NoAccount { .. } => "not_found",
            Self::WrongKind { .. } => "wrong_account_kind",
            Self::AccountExists { .. } => "account_exists",
            Self::TreasuryExists { .. } => "treasury_exists",
        }
    }
}

pub type Result<T, E = LedgerError> = std::result::Result<T, E>;

/// Reads an amount written as a decimal number (`"12.34"`, `"-5"`) in the unit `unit`
/// (`"EUR"`, `"hours"`, `"credits"`): exact to the unit's minor unit, within i64 minor
/// units.
pub fn parse_amount(given: &str, unit: &str) -> Result<Money> {
    let unit = parse_unit(unit)?;
    let digits = given.strip_prefix('-').unwrap_or(given);
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(frac) || digits.ends_with('.') {
        return Err(LedgerError::MalformedAmount {
            given: given.into(),
        });
    }
    if frac.len() > usize::from(unit.exponent()) {
        return Err(LedgerError::TooManyDecimals {
            given: given.into(),
            unit: unit.code().into(),
            exponent: unit.exponent(),
        });
    }
    Money::parse_in(given, unit).map_err(|_| LedgerError::AmountTooLarge {
        given: given.into(),
    })
}

/// A unit of account: an ISO 4217 currency in upper case, `hours` or `credits`.
pub fn parse_unit(given: &str) -> Result<Unit> {
    Unit::from_str(given).map_err(|_| LedgerError::UnknownUnit {
        given: given.into(),
    })
}

/// The number part of an amount, as the API writes it (`"12.34"`).
pub fn number(m: &Money) -> String {
    let text = m.to_string();
    text.split_once(' ')
        .map(|(n, _)| n.to_string())
        .unwrap_or(text)
}

/// What an account is, as double-entry bookkeeping names it; `external` is a
/// counterparty outside the treasury (a donor, a supplier, a bank).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountKind {
    Asset,
    Liability,
    Income,
    Expense,
    Equity,
    External,
}

impl AccountKind {
    pub const ALL: [AccountKind; 6] = [
        AccountKind::Asset,
        AccountKind::Liability,
        AccountKind::Income,
        AccountKind::Expense,
        AccountKind::Equity,
        AccountKind::External,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AccountKind::Asset => "asset",
            AccountKind::Liability => "liability",
            AccountKind::Income => "income",
            AccountKind::Expense => "expense",
            AccountKind::Equity => "equity",
            AccountKind::External => "external",
        }
    }

    pub fn parse(given: &str) -> Result<AccountKind> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == given)
            .ok_or_else(|| LedgerError::AccountKind {
                given: given.into(),
            })
    }

    /// The top of the account's name in an hledger or Beancount journal; an external
    /// counterparty is kept under equity, the one root whose sign means nothing.
    pub fn journal_root(self) -> &'static str {
        match self {
            AccountKind::Asset => "assets",
            AccountKind::Liability => "liabilities",
            AccountKind::Income => "income",
            AccountKind::Expense => "expenses",
            AccountKind::Equity => "equity",
            AccountKind::External => "equity:external",
        }
    }
}

/// An account's name in its treasury: one to four segments joined by `:`, each a lower
/// case letter then up to 39 letters, digits or hyphens (`bank`, `grants:city-2026`).
pub fn account_name(given: &str) -> Result<String> {
    let bad = || LedgerError::AccountName {
        given: given.into(),
    };
    let segments: Vec<&str> = given.split(':').collect();
    if segments.len() > 4 {
        return Err(bad());
    }
    for s in segments {
        let mut chars = s.chars();
        let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase());
        let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !first_ok || !rest_ok || s.len() > 40 {
            return Err(bad());
        }
    }
    Ok(given.to_string())
}

/// What kind of income was received.
pub const CATEGORIES: [&str; 7] = [
    "donation",
    "sponsorship",
    "membership_fee",
    "sale",
    "licence_fee",
    "grant",
    "lending_fee",
];

pub fn category(given: &str) -> Result<&'static str> {
    CATEGORIES
        .into_iter()
        .find(|c| *c == given)
        .ok_or_else(|| LedgerError::Category {
            given: given.into(),
        })
}

/// Who holds a treasury.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerKind {
    Organization,
    Commons,
    /// A person's own treasury (their hours, their credits, what they lend).
    Person,
    /// A body of an organization (its assembly's fund, a working group's budget).
    Body,
}

impl OwnerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OwnerKind::Organization => "organization",
            OwnerKind::Commons => "commons",
            OwnerKind::Person => "person",
            OwnerKind::Body => "body",
        }
    }

    pub fn parse(given: &str) -> Result<OwnerKind> {
        match given {
            "organization" => Ok(OwnerKind::Organization),
            "commons" => Ok(OwnerKind::Commons),
            "person" => Ok(OwnerKind::Person),
            "body" => Ok(OwnerKind::Body),
            _ => Err(LedgerError::OwnerKind {
                given: given.into(),
            }),
        }
    }
}

/// The day a transaction is booked on (`YYYY-MM-DD`): today when not given, never after
/// tomorrow (UTC, so that a day ahead in any zone is allowed).
pub fn booked_on(given: Option<&str>, today: jiff::civil::Date) -> Result<jiff::civil::Date> {
    let Some(given) = given else {
        return Ok(today);
    };
    let bad = || LedgerError::Date {
        given: given.into(),
    };
    let d: jiff::civil::Date = given.parse().map_err(|_| bad())?;
    let tomorrow = today.tomorrow().map_err(|_| bad())?;
    if given.len() != 10 || d > tomorrow {
        return Err(bad());
    }
    Ok(d)
}

/// A one-line text (memo, reference, counterparty note): trimmed, controls removed, at
/// most [`MAX_TEXT_CHARS`] characters.
pub fn text(field: &'static str, given: &str) -> Result<String> {
    let t: String = crate::text::neutralised(given)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let t = t.trim().to_string();
    if t.chars().count() > MAX_TEXT_CHARS {
        return Err(LedgerError::TextTooLong {
            field,
            limit: MAX_TEXT_CHARS,
        });
    }
    Ok(t)
}

/// An idempotency key: 1 to [`MAX_KEY_CHARS`] visible characters.
pub fn key(given: &str) -> Result<String> {
    if given.is_empty()
        || given.chars().count() > MAX_KEY_CHARS
        || given.chars().any(|c| c.is_control() || c.is_whitespace())
    {
        return Err(LedgerError::Key {
            given: given.into(),
        });
    }
    Ok(given.to_string())
}

/// One leg: an amount into (positive) or out of (negative) an account, named by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leg {
    pub account: String,
    pub amount: Money,
}

/// Legs that balance to zero in each unit: the only shape in which the store takes a
/// transaction. Its fields are private, so it is made by [`Transaction::new`] or
/// [`Transaction::reversal`] and by nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transaction {
    legs: Vec<Leg>,
}

impl Transaction {
    /// Two to [`MAX_LEGS`] non-zero legs whose amounts sum to zero in each unit.
    pub fn new(legs: Vec<Leg>) -> Result<Transaction> {
        if legs.len() < 2 || legs.len() > MAX_LEGS {
            return Err(LedgerError::LegCount { count: legs.len() });
        }
        let mut sums: BTreeMap<Unit, Money> = BTreeMap::new();
        for (i, leg) in legs.iter().enumerate() {
            if leg.amount.is_zero() {
                return Err(LedgerError::ZeroLeg { position: i + 1 });
            }
            let unit = leg.amount.unit();
            let sum = sums.entry(unit).or_insert(Money::zero(unit));
            *sum = sum
                .checked_add(leg.amount)
                .map_err(|_| LedgerError::AmountTooLarge {
                    given: leg.amount.to_string(),
                })?;
        }
        if let Some(off) = sums.values().find(|m| !m.is_zero()) {
            return Err(LedgerError::Unbalanced {
                unit: off.unit().code().into(),
                off: number(off),
            });
        }
        Ok(Transaction { legs })
    }

    /// The transaction that undoes this one: every leg negated.
    pub fn reversal(&self) -> Result<Transaction> {
        let legs =
            self.legs
                .iter()
                .map(|l| {
                    Ok(Leg {
                        account: l.account.clone(),
                        amount: l.amount.checked_neg().map_err(|_| {
                            LedgerError::AmountTooLarge {
                                given: l.amount.to_string(),
                            }
                        })?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
        Transaction::new(legs)
    }

    pub fn legs(&self) -> &[Leg] {
        &self.legs
    }
}

/// The hash before a treasury's first transaction: 64 zeros.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What a transaction's seal covers, every field that the ledger shows or computes with.
pub struct Sealed<'a> {
    pub treasury_id: &'a str,
    pub number: i64,
    pub flow: &'a str,
    pub category: Option<&'a str>,
    pub booked_on: &'a str,
    pub memo: &'a str,
    pub reference: &'a str,
    pub earmark: Option<&'a str>,
    pub reverses: Option<&'a str>,
    pub author_id: &'a str,
    pub created_at: i64,
    /// (account id, minor units, unit), in the legs' order.
    pub legs: Vec<(&'a str, i64, &'a str)>,
}

/// The running hash of a treasury's chain: SHA-256, in lower-case hex, of the previous
/// transaction's hash and this transaction written as one line per field (texts with
/// their length first, so that no two transactions write the same bytes).
pub fn seal(previous: &str, t: &Sealed<'_>) -> String {
    use sha2::{Digest, Sha256};
    let mut text = format!("commonfare-ledger-v1\n{previous}\n");
    let mut field = |s: &str| text.push_str(&format!("{}:{s}\n", s.len()));
    field(t.treasury_id);
    field(&t.number.to_string());
    field(t.flow);
    field(t.category.unwrap_or("-"));
    field(t.booked_on);
    field(t.memo);
    field(t.reference);
    field(t.earmark.unwrap_or("-"));
    field(t.reverses.unwrap_or("-"));
    field(t.author_id);
    field(&t.created_at.to_string());
    for (account, amount, unit) in &t.legs {
        field(account);
        field(&amount.to_string());
        field(unit);
    }
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The first field in which a request differs from the one first sent with its key.
pub fn first_difference(
    stored: &serde_json::Map<String, serde_json::Value>,
    given: &serde_json::Map<String, serde_json::Value>,
) -> Option<String> {
    let mut fields: Vec<&String> = stored.keys().chain(given.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .find(|f| stored.get(*f) != given.get(*f))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(s: &str) -> Money {
        parse_amount(s, "EUR").expect("amount")
    }

    fn leg(a: &str, s: &str) -> Leg {
        Leg {
            account: a.into(),
            amount: eur(s),
        }
    }

    #[test]
    fn amounts_are_exact_and_bounded() {
        assert_eq!(eur("12.34").minor(), 1234);
        assert_eq!(eur("-0.5").minor(), -50);
        assert_eq!(parse_amount("1500", "JPY").expect("jpy").minor(), 1500);
        assert_eq!(parse_amount("1.5", "hours").expect("hours").minor(), 150);
        assert_eq!(
            parse_amount("1.234", "EUR").unwrap_err().code(),
            "too_many_decimals"
        );
        assert_eq!(
            parse_amount("1.5", "JPY").unwrap_err().code(),
            "too_many_decimals"
        );
        assert_eq!(
            parse_amount("92233720368547758.08", "EUR")
                .unwrap_err()
                .code(),
            "amount_too_large"
        );
        assert_eq!(parse_amount("1", "XYZ").unwrap_err().code(), "unknown_unit");
        assert_eq!(parse_amount("1", "eur").unwrap_err().code(), "unknown_unit");
        for bad in ["", "1.", ".5", "1e3", "1,00", "+1", "- 1", "١"] {
            assert_eq!(
                parse_amount(bad, "EUR").unwrap_err().code(),
                "malformed_amount",
                "{bad:?}"
            );
        }
    }

    #[test]
    fn only_balanced_transactions_can_be_made() {
        let t = Transaction::new(vec![leg("a", "10"), leg("b", "-10")]).expect("balanced");
        assert_eq!(t.legs().len(), 2);
        let e = Transaction::new(vec![leg("a", "10"), leg("b", "-9.99")]).unwrap_err();
        assert_eq!(
            e,
            LedgerError::Unbalanced {
                unit: "EUR".into(),
                off: "0.01".into()
            }
        );
        let usd = Leg {
            account: "c".into(),
            amount: parse_amount("-10", "USD").expect("usd"),
        };
        // Balanced in sum of numbers but not per unit.
        assert_eq!(
            Transaction::new(vec![leg("a", "10"), usd])
                .unwrap_err()
                .code(),
            "unbalanced"
        );
        assert_eq!(
            Transaction::new(vec![leg("a", "0"), leg("b", "0")])
                .unwrap_err()
                .code(),
            "zero_leg"
        );
        assert_eq!(
            Transaction::new(vec![leg("a", "1")]).unwrap_err().code(),
            "leg_count"
        );
        let big = "92233720368547758.07";
        assert_eq!(
            Transaction::new(vec![leg("a", big), leg("b", big), leg("c", "-1")])
                .unwrap_err()
                .code(),
            "amount_too_large"
        );
    }

    #[test]
    fn a_reversal_negates_every_leg() {
        let t = Transaction::new(vec![leg("a", "10"), leg("b", "-4"), leg("c", "-6")])
            .expect("balanced");
        let r = t.reversal().expect("reversal");
        let minors: Vec<i64> = r.legs().iter().map(|l| l.amount.minor()).collect();
        assert_eq!(minors, vec![-1000, 400, 600]);
    }

    #[test]
    fn names_kinds_dates_and_keys() {
        assert!(account_name("bank").is_ok());
        assert!(account_name("grants:city-2026").is_ok());
        for bad in ["", "Bank", "a::b", "1a", "a b", "a:b:c:d:e", "ä"] {
            assert!(account_name(bad).is_err(), "{bad:?}");
        }
        assert_eq!(AccountKind::parse("asset"), Ok(AccountKind::Asset));
        assert!(AccountKind::parse("assets").is_err());
        assert_eq!(category("grant"), Ok("grant"));
        assert!(category("gift").is_err());
        let today = jiff::civil::date(2026, 12, 6);
        assert_eq!(booked_on(None, today), Ok(today));
        assert_eq!(
            booked_on(Some("2026-11-30"), today),
            Ok(jiff::civil::date(2026, 11, 30))
        );
        assert!(booked_on(Some("2026-12-08"), today).is_err());
        assert!(booked_on(Some("30/11/2026"), today).is_err());
        assert!(key("a b").is_err());
        assert!(key("order-17").is_ok());
    }

    #[test]
    fn a_seal_covers_every_field_and_the_chain() {
        let t = Sealed {
            treasury_id: "t",
            number: 1,
            flow: "income",
            category: Some("donation"),
            booked_on: "2026-12-06",
            memo: "box",
            reference: "r",
            earmark: None,
            reverses: None,
            author_id: "p",
            created_at: 5,
            legs: vec![("a", 100, "EUR"), ("b", -100, "EUR")],
        };
        let h = seal(GENESIS, &t);
        assert_eq!(h.len(), 64);
        assert_eq!(h, seal(GENESIS, &t), "the same transaction, the same seal");
        assert_ne!(h, seal(&h, &t), "the chain counts");
        let other = Sealed { memo: "box ", ..t };
        assert_ne!(h, seal(GENESIS, &other));
        let moved = Sealed {
            legs: vec![("a", 101, "EUR"), ("b", -101, "EUR")],
            memo: "box",
            ..other
        };
        assert_ne!(h, seal(GENESIS, &moved));
    }

    #[test]
    fn the_first_differing_field_is_named() {
        let a = serde_json::json!({"amount": "10", "unit": "EUR"});
        let b = serde_json::json!({"amount": "11", "unit": "EUR"});
        let (a, b) = (a.as_object().unwrap(), b.as_object().unwrap());
        assert_eq!(first_difference(a, b), Some("amount".into()));
        assert_eq!(first_difference(a, a), None);
    }
}
