//! The flows of the ledger shared by the API, the demo and the command line: open a
//! treasury (its organization's admins or its commons' maintainers become its stewards),
//! open an account, record a transaction — income, spending or a transfer of any number
//! of legs — and reverse one. Each runs inside the caller's write transaction and records
//! its journal event there. Every transaction goes through [`record`], the one write
//! path: accounts resolved, amounts read exactly, units matched, the legs made into a
//! balanced [`Transaction`], the idempotency key honoured, then the store writes and
//! checks it under the treasury's lock.

use super::events;
use super::model::{self, AccountKind, LedgerError, Leg, OwnerKind, Transaction};
use super::store::{self, AccountRow, TransactionRow, TreasuryRow};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail, shown};
use crate::journal::{self, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use axum::http::StatusCode;
use std::collections::BTreeMap;

/// Model refusals become client errors with the model's stable code: 403 for one who is
/// not a steward, 404 for an account that is not there, 409 for what the ledger's state
/// forbids (an overdraft, a second reversal, a reused key, a name taken), 422 for what
/// the input breaks.
impl From<LedgerError> for AppError {
    #[track_caller]
    fn from(e: LedgerError) -> Self {
        let status = match &e {
            LedgerError::NotSteward { .. } => StatusCode::FORBIDDEN,
            LedgerError::NoAccount { .. } => StatusCode::NOT_FOUND,
            LedgerError::Overdraft { .. }
            | LedgerError::AlreadyReversed { .. }
            | LedgerError::ReversalOfReversal { .. }
            | LedgerError::KeyReused { .. }
            | LedgerError::AccountExists { .. }
            | LedgerError::TreasuryExists { .. } => StatusCode::CONFLICT,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        AppError::new(status, e.code(), e.detail())
    }
}

pub fn treasury_ref(t: &TreasuryRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Treasury,
        id: t.id.clone(),
        url: format!("/treasuries/{}", t.handle),
        context: Some(owner_record(t)),
    }
}

/// A treasury's events, and its transactions', are in its owner's record (an
/// organization's, a commons' or a body's page and `?context=`).
pub(super) fn owner_record(t: &TreasuryRow) -> crate::journal::Context {
    let kind = match t.owner_kind.as_str() {
        "organization" => ObjectKind::Organization,
        "commons" => ObjectKind::Commons,
        "body" => ObjectKind::Body,
        _ => ObjectKind::Person,
    };
    crate::journal::Context::of(kind, &t.owner_id)
}

fn transaction_ref(t: &TreasuryRow, x: &TransactionRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::LedgerTransaction,
        id: x.id.clone(),
        url: format!("/treasuries/{}#transaction-{}", t.handle, x.number),
        context: Some(owner_record(t)),
    }
}

/// The treasury `handle`, or a 404 that names it.
pub fn require_treasury(conn: &mut DbConn, handle: &str) -> Result<TreasuryRow, AppError> {
    store::treasury_by_handle(conn, handle)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-ledger-no-treasury",
            handle = shown(handle, 40)
        ))
    })
}

/// The treasury with this id (an internal error when there is none: ids come from rows).
pub fn treasury_by_id(conn: &mut DbConn, id: &str) -> Result<TreasuryRow, AppError> {
    store::treasury_by_id(conn, id)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no treasury {id}")))
}

/// A treasury named by the `{handle}` of the address (404 when there is none).
impl crate::web::extract::FromPath for TreasuryRow {
    type Key = crate::web::extract::ByHandle;
    fn load(conn: &mut DbConn, key: Self::Key) -> Result<Self, AppError> {
        require_treasury(conn, &key.handle)
    }
}

/// The treasury's lock is taken, then the actor must be one of its stewards.
pub(super) fn steward_of(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
) -> Result<(), AppError> {
    store::lock(conn, &t.id)?;
    if store::is_steward(conn, &t.id, actor.id.as_str())? {
        Ok(())
    } else {
        Err(LedgerError::NotSteward {
            treasury: t.handle.clone(),
        }
        .into())
    }
}

/// Opens the treasury of an organization (by one of its admins), of a commons (by one
/// of its maintainers), of a body of an organization (by one of the organization's
/// admins; named `organization/body`) or of a person (by themselves); every admin or
/// maintainer, or the person, becomes a steward. Its handle is its holder's; a body's is
/// `organization-body`.
pub fn open_treasury(
    conn: &mut DbConn,
    actor: &Actor,
    owner: &str,
    handle: &str,
) -> Result<TreasuryRow, AppError> {
    let kind = OwnerKind::parse(owner)?;
    let mut handle = handle.to_string();
    if kind == OwnerKind::Person {
        let person = crate::accounts::require_person(conn, &handle)?;
        if person.id != actor.id {
            return Err(AppError::forbidden(detail!(
                "problem-ledger-own-only",
                person = handle
            )));
        }
    }
    let (owner_id, stewards): (String, Vec<(String, String)>) = match kind {
        OwnerKind::Organization => {
            let (org, admins) = crate::accounts::org_admins(conn, &handle)?;
            if !admins.iter().any(|a| a.id == actor.id) {
                return Err(AppError::forbidden(detail!(
                    "problem-admins-only",
                    org = handle
                )));
            }
            let people = admins
                .into_iter()
                .map(|a| (a.id.as_str().to_string(), a.handle))
                .collect();
            (org.as_str().to_string(), people)
        }
        OwnerKind::Commons => {
            let c = crate::commons::require_commons(conn, &handle)?;
            crate::commons::ensure_open(conn, &c)?;
            let maintainers = crate::commons::maintainers_of(conn, &c.id)?;
            if !maintainers.iter().any(|(id, ..)| id == actor.id.as_str()) {
                return Err(AppError::forbidden(detail!(
                    "problem-ledger-maintainers-only",
                    commons = handle
                )));
            }
            let people = maintainers.into_iter().map(|(id, h, _)| (id, h)).collect();
            (c.id, people)
        }
        OwnerKind::Person => {
            let id = actor.id.as_str().to_string();
            (id.clone(), vec![(id, actor.handle.clone())])
        }
        OwnerKind::Body => {
            let Some((org, slug)) = handle.split_once('/') else {
                return Err(AppError::invalid(
                    "invalid_owner_kind",
                    detail!("problem-ledger-body-handle", given = shown(&handle, 80)),
                ));
            };
            let body = crate::bodies::body_card(conn, org, slug)?;
            let (_, admins) = crate::accounts::org_admins(conn, &body.org_handle)?;
            if !admins.iter().any(|a| a.id == actor.id) {
                return Err(AppError::forbidden(detail!(
                    "problem-ledger-body-admins-only",
                    org = body.org_handle.as_str(),
                    body = body.name.as_str()
                )));
            }
            handle = format!("{}-{}", body.org_handle, body.slug);
            let people = admins
                .into_iter()
                .map(|a| (a.id.as_str().to_string(), a.handle))
                .collect();
            (body.id, people)
        }
    };
    let handle = handle.as_str();
    crate::db::lock_key(conn, "ledger:treasuries")?;
    let taken = || LedgerError::TreasuryExists {
        handle: handle.to_string(),
    };
    if store::treasury_of(conn, kind.as_str(), &owner_id)?.is_some() {
        return Err(taken().into());
    }
    let now = now_ms();
    let row = TreasuryRow {
        id: new_id(),
        handle: handle.to_string(),
        owner_kind: kind.as_str().to_string(),
        owner_id,
        opened_by: actor.id.as_str().to_string(),
        created_at: now,
    };
    if !store::insert_treasury(conn, &row)? {
        return Err(taken().into());
    }
    for (id, _) in &stewards {
        store::add_steward(conn, &row.id, id, now)?;
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::OPENED,
        &treasury_ref(&row),
        &format!("@{} opened the treasury of {}", actor.handle, row.handle),
        &events::Opened {
            treasury: row.handle.clone(),
            owner: row.owner_kind.clone(),
            stewards: stewards.into_iter().map(|(_, h)| h).collect(),
        },
    )?;
    Ok(row)
}

/// What a new account is.
pub struct NewAccount<'a> {
    pub name: &'a str,
    pub kind: &'a str,
    pub unit: &'a str,
    pub must_not_go_negative: bool,
}

/// A steward opens an account in one unit.
pub fn open_account(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    new: NewAccount<'_>,
) -> Result<AccountRow, AppError> {
    steward_of(conn, actor, t)?;
    open(conn, actor, t, new)
}

/// The account `name` of the treasury, opened (of `kind`, in `unit`) when it is not
/// there yet, without the steward's check: for the accounts an entry of
/// [`record_owed`] needs. An account of that name and another kind is refused.
pub(super) fn ensure_account(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    name: &str,
    kind: AccountKind,
    unit: &str,
) -> Result<AccountRow, AppError> {
    store::lock(conn, &t.id)?;
    match store::account_by_name(conn, &t.id, name)? {
        Some(a) if a.kind == kind.as_str() => Ok(a),
        Some(a) => Err(LedgerError::WrongKind {
            name: a.name,
            want: kind.as_str(),
        }
        .into()),
        None => open(
            conn,
            actor,
            t,
            NewAccount {
                name,
                kind: kind.as_str(),
                unit,
                must_not_go_negative: false,
            },
        ),
    }
}

fn open(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    new: NewAccount<'_>,
) -> Result<AccountRow, AppError> {
    let name = model::account_name(new.name)?;
    let kind = AccountKind::parse(new.kind)?;
    let unit = model::parse_unit(new.unit)?;
    let row = AccountRow {
        id: new_id(),
        treasury_id: t.id.clone(),
        name,
        kind: kind.as_str().to_string(),
        unit: unit.code().to_string(),
        no_negative: new.must_not_go_negative,
        created_at: now_ms(),
    };
    if !store::insert_account(conn, &row)? {
        return Err(LedgerError::AccountExists { name: row.name }.into());
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::ACCOUNT_OPENED,
        &treasury_ref(t),
        &format!(
            "@{} opened the account {} in the treasury of {}",
            actor.handle, row.name, t.handle
        ),
        &events::AccountOpened {
            treasury: t.handle.clone(),
            account: row.name.clone(),
            kind: row.kind.clone(),
            unit: row.unit.clone(),
            must_not_go_negative: row.no_negative,
        },
    )?;
    Ok(row)
}

/// One leg as a request gives it: an account's name, a decimal amount and its unit.
#[derive(Debug, Clone)]
pub struct LegInput {
    pub account: String,
    pub amount: String,
    pub unit: String,
}

/// A transaction as a request gives it, before anything is checked.
pub struct Draft {
    /// `income`, `spending` or `transfer`.
    pub flow: &'static str,
    pub category: Option<&'static str>,
    pub legs: Vec<LegInput>,
    /// The kind each named account must have (income: the asset it goes into and the
    /// external account it comes from).
    pub kinds: Vec<(String, AccountKind)>,
    pub memo: String,
    pub reference: String,
    pub date: Option<String>,
    /// The commons that income is earmarked for, by handle.
    pub earmark: Option<String>,
    pub key: Option<String>,
    /// The request as sent, compared with a later one sent with the same key.
    pub request: serde_json::Map<String, serde_json::Value>,
}

impl Draft {
    fn new(flow: &'static str, legs: Vec<LegInput>) -> Draft {
        Draft {
            flow,
            category: None,
            legs,
            kinds: Vec::new(),
            memo: String::new(),
            reference: String::new(),
            date: None,
            earmark: None,
            key: None,
            request: serde_json::Map::new(),
        }
    }

    /// Legs as given, of any accounts.
    pub fn transfer(legs: Vec<LegInput>) -> Draft {
        Draft::new("transfer", legs)
    }

    /// Income of `category` from the external account `from` into the asset `into`.
    pub fn income(
        category: &str,
        amount: &str,
        unit: &str,
        into: &str,
        from: &str,
    ) -> Result<Draft, AppError> {
        let category = model::category(category)?;
        let amount = positive(amount, unit)?;
        let mut d = Draft::new(
            "income",
            vec![
                leg(into, amount.clone(), unit),
                leg(from, format!("-{amount}"), unit),
            ],
        );
        d.category = Some(category);
        d.kinds = vec![
            (into.to_string(), AccountKind::Asset),
            (from.to_string(), AccountKind::External),
        ];
        Ok(d)
    }

    /// A payment from the asset `from` to the external account `to`.
    pub fn spending(amount: &str, unit: &str, from: &str, to: &str) -> Result<Draft, AppError> {
        let amount = positive(amount, unit)?;
        let mut d = Draft::new(
            "spending",
            vec![leg(from, format!("-{amount}"), unit), leg(to, amount, unit)],
        );
        d.kinds = vec![
            (from.to_string(), AccountKind::Asset),
            (to.to_string(), AccountKind::External),
        ];
        Ok(d)
    }
}

fn leg(account: &str, amount: String, unit: &str) -> LegInput {
    LegInput {
        account: account.to_string(),
        amount,
        unit: unit.to_string(),
    }
}

/// An amount above zero, as given, once it reads as one.
fn positive(amount: &str, unit: &str) -> Result<String, AppError> {
    let m = model::parse_amount(amount, unit)?;
    if m.minor() <= 0 {
        return Err(LedgerError::ZeroLeg { position: 1 }.into());
    }
    Ok(amount.to_string())
}

/// What `record` wrote, or found written under the same key (`replayed`).
pub struct Recorded {
    pub transaction: TransactionRow,
    pub replayed: bool,
}

/// The one write path of the ledger (see the module's comment), for a steward.
pub fn record(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    draft: Draft,
) -> Result<Recorded, AppError> {
    steward_of(conn, actor, t)?;
    write(conn, actor, t, draft)
}

/// The write path without the steward's check, under the treasury's lock: for what
/// another domain's rule makes owed to the treasury (a licence fee its licensee
/// accepted), recorded in the name of the person who made it owed.
pub(super) fn record_owed(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    draft: Draft,
) -> Result<Recorded, AppError> {
    store::lock(conn, &t.id)?;
    write(conn, actor, t, draft)
}

fn write(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    draft: Draft,
) -> Result<Recorded, AppError> {
    if let Some(found) = replay(conn, t, draft.key.as_deref(), &draft.request)? {
        return Ok(found);
    }
    let memo = model::text("memo", &draft.memo)?;
    let reference = model::text("reference", &draft.reference)?;
    let booked_on = model::booked_on(draft.date.as_deref(), today())?;
    let earmark = match &draft.earmark {
        Some(h) => Some(crate::commons::require_commons(conn, h)?),
        None => None,
    };
    let mut accounts = BTreeMap::new();
    let mut legs = Vec::with_capacity(draft.legs.len());
    for l in &draft.legs {
        let account = require_account(conn, t, &l.account)?;
        let amount = model::parse_amount(&l.amount, &l.unit)?;
        if amount.unit().code() != account.unit {
            return Err(LedgerError::MixedUnits {
                account: account.name.clone(),
                account_unit: account.unit.clone(),
                leg_unit: amount.unit().code().to_string(),
            }
            .into());
        }
        legs.push(Leg {
            account: account.id.clone(),
            amount,
        });
        accounts.insert(account.id.clone(), account);
    }
    for (name, want) in &draft.kinds {
        let a = require_account(conn, t, name)?;
        if a.kind != want.as_str() {
            return Err(LedgerError::WrongKind {
                name: a.name,
                want: want.as_str(),
            }
            .into());
        }
    }
    let transaction = Transaction::new(legs)?;
    let mut row = TransactionRow {
        id: new_id(),
        treasury_id: t.id.clone(),
        number: store::next_number(conn, &t.id)?,
        flow: draft.flow.to_string(),
        category: draft.category.map(str::to_string),
        booked_on: booked_on.to_string(),
        memo,
        reference,
        earmark_commons_id: earmark.as_ref().map(|c| c.id.clone()),
        reverses: None,
        idempotency_key: draft.key.clone(),
        request: draft
            .key
            .as_ref()
            .map(|_| serde_json::Value::Object(draft.request.clone()).to_string()),
        author_id: actor.id.as_str().to_string(),
        created_at: now_ms(),
        hash: String::new(),
    };
    super::chain::seal(conn, &mut row, &transaction)?;
    store::write_transaction(conn, &row, &transaction, &accounts)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::RECORDED,
        &transaction_ref(t, &row),
        &format!(
            "@{} recorded {} #{} in the treasury of {}",
            actor.handle,
            match row.flow.as_str() {
                "transfer" => "a transfer",
                flow => flow,
            },
            row.number,
            t.handle
        ),
        &events::Recorded {
            treasury: t.handle.clone(),
            number: row.number,
            flow: row.flow.clone(),
            category: row.category.clone(),
            booked_on: row.booked_on.clone(),
            reference: row.reference.clone(),
            earmark: earmark.map(|c| c.handle),
            legs: leg_lines(&transaction, &accounts),
        },
    )?;
    Ok(Recorded {
        transaction: row,
        replayed: false,
    })
}

/// The transaction written earlier with this key when the request is the same one; a
/// 409 naming the first differing field when it is not.
fn replay(
    conn: &mut DbConn,
    t: &TreasuryRow,
    key: Option<&str>,
    request: &serde_json::Map<String, serde_json::Value>,
) -> Result<Option<Recorded>, AppError> {
    let Some(key) = key else {
        return Ok(None);
    };
    model::key(key)?;
    let Some(found) = store::transaction_by_key(conn, &t.id, key)? else {
        return Ok(None);
    };
    let stored: serde_json::Map<String, serde_json::Value> = found
        .request
        .as_deref()
        .and_then(|r| serde_json::from_str(r).ok())
        .unwrap_or_default();
    match model::first_difference(&stored, request) {
        Some(field) => Err(LedgerError::KeyReused { field }.into()),
        None => Ok(Some(Recorded {
            transaction: found,
            replayed: true,
        })),
    }
}

fn leg_lines(t: &Transaction, accounts: &BTreeMap<String, AccountRow>) -> Vec<events::LegLine> {
    t.legs()
        .iter()
        .map(|l| events::LegLine {
            account: accounts
                .get(&l.account)
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            amount: l.amount.to_string(),
        })
        .collect()
}

/// The account `name` of a treasury, or a 404 that names it.
pub fn require_account(
    conn: &mut DbConn,
    t: &TreasuryRow,
    name: &str,
) -> Result<AccountRow, AppError> {
    store::account_by_name(conn, &t.id, name)?.ok_or_else(|| {
        LedgerError::NoAccount {
            name: name.to_string(),
        }
        .into()
    })
}

/// The transaction `number` of a treasury, or a 404 that names it.
pub fn require_transaction(
    conn: &mut DbConn,
    t: &TreasuryRow,
    number: i64,
) -> Result<TransactionRow, AppError> {
    store::transaction_by_number(conn, &t.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-ledger-no-transaction",
            number = number.to_string(),
            treasury = &t.handle
        ))
    })
}

/// A steward reverses a transaction: a new one, every leg negated, that names it. A
/// reversal cannot be reversed, nor a transaction twice; an account that must not go
/// negative refuses a reversal that would take it below zero.
pub fn reverse(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    memo: &str,
    key: Option<String>,
    request: serde_json::Map<String, serde_json::Value>,
) -> Result<Recorded, AppError> {
    steward_of(conn, actor, t)?;
    if let Some(found) = replay(conn, t, key.as_deref(), &request)? {
        return Ok(found);
    }
    let original = require_transaction(conn, t, number)?;
    if original.reverses.is_some() {
        return Err(LedgerError::ReversalOfReversal { number }.into());
    }
    if store::reversal_of(conn, &original.id)?.is_some() {
        return Err(LedgerError::AlreadyReversed { number }.into());
    }
    let memo = model::text("memo", memo)?;
    let legs = store::legs_of(conn, std::slice::from_ref(&original.id))?
        .remove(&original.id)
        .unwrap_or_default();
    let mut accounts = BTreeMap::new();
    for a in store::accounts(conn, &t.id)? {
        accounts.insert(a.id.clone(), a);
    }
    let legs = legs
        .into_iter()
        .map(|l| {
            Ok(Leg {
                account: l.account_id,
                amount: commonfare_value::money::Money::from_minor(
                    l.amount,
                    model::parse_unit(&l.unit)?,
                ),
            })
        })
        .collect::<Result<Vec<_>, LedgerError>>()?;
    let transaction = Transaction::new(legs)?.reversal()?;
    let mut row = TransactionRow {
        id: new_id(),
        treasury_id: t.id.clone(),
        number: store::next_number(conn, &t.id)?,
        flow: original.flow.clone(),
        category: original.category.clone(),
        booked_on: today().to_string(),
        memo,
        reference: original.reference.clone(),
        earmark_commons_id: original.earmark_commons_id.clone(),
        reverses: Some(original.id.clone()),
        idempotency_key: key.clone(),
        request: key
            .as_ref()
            .map(|_| serde_json::Value::Object(request).to_string()),
        author_id: actor.id.as_str().to_string(),
        created_at: now_ms(),
        hash: String::new(),
    };
    super::chain::seal(conn, &mut row, &transaction)?;
    store::write_transaction(conn, &row, &transaction, &accounts)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::REVERSED,
        &transaction_ref(t, &row),
        &format!(
            "@{} reversed transaction #{} of the treasury of {} with #{}",
            actor.handle, original.number, t.handle, row.number
        ),
        &events::Reversed {
            treasury: t.handle.clone(),
            number: row.number,
            reverses: original.number,
        },
    )?;
    Ok(Recorded {
        transaction: row,
        replayed: false,
    })
}

/// Today in UTC.
pub fn today() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
}
