//! The ledger as plain-text accounting journals that hledger and Beancount read, and as
//! CSV (one row per leg): what any accountant can check with their own tools. Accounts
//! are named `<root>:<treasury>:<name>` (`assets:makers-lagomar:bank`; an external
//! counterparty under `equity:external:`), capitalised for Beancount; units are written
//! as their codes (upper case for Beancount: `HOURS`). Transactions are read in batches,
//! so no export is cut at a row count.

use super::model::AccountKind;
use super::store::{self, AccountRow, BATCH, LegRow, TransactionRow, TreasuryRow};
use super::views::money;
use crate::db::DbConn;
use crate::error::{AppError, detail, shown};
use std::collections::BTreeMap;
use std::io::Write;

/// A journal format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Hledger,
    Beancount,
}

impl Format {
    pub fn parse(given: &str) -> Result<Format, AppError> {
        match given {
            "hledger" => Ok(Format::Hledger),
            "beancount" => Ok(Format::Beancount),
            _ => Err(AppError::invalid(
                "invalid_format",
                detail!("problem-ledger-format", given = shown(given, 40)),
            )),
        }
    }
}

/// What an export covers: one treasury or all of them, with their accounts.
struct Scope {
    treasuries: BTreeMap<String, TreasuryRow>,
    accounts: BTreeMap<String, AccountRow>,
    only: Option<String>,
}

fn scope(conn: &mut DbConn, treasury: Option<&str>) -> Result<Scope, AppError> {
    let only = match treasury {
        Some(h) => Some(super::service::require_treasury(conn, h)?.id),
        None => None,
    };
    let treasuries = store::treasuries(conn)?
        .into_iter()
        .filter(|t| only.as_ref().is_none_or(|id| *id == t.id))
        .map(|t| (t.id.clone(), t))
        .collect::<BTreeMap<_, _>>();
    let accounts = store::all_accounts(conn)?
        .into_iter()
        .filter(|a| treasuries.contains_key(&a.treasury_id))
        .map(|a| (a.id.clone(), a))
        .collect();
    Ok(Scope {
        treasuries,
        accounts,
        only,
    })
}

/// Calls `each` with every transaction of the scope and its legs, treasury by treasury,
/// oldest first, [`BATCH`] at a time.
fn each_transaction(
    conn: &mut DbConn,
    only: Option<&str>,
    mut each: impl FnMut(&[TransactionRow], &mut BTreeMap<String, Vec<LegRow>>) -> Result<(), AppError>,
) -> Result<(), AppError> {
    let mut after = None;
    loop {
        let rows = store::transactions_after(conn, only, after.take(), BATCH)?;
        let Some(last) = rows.last() else {
            return Ok(());
        };
        after = Some((last.treasury_id.clone(), last.number));
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        let mut legs = store::legs_of(conn, &ids)?;
        each(&rows, &mut legs)?;
        if (rows.len() as i64) < BATCH {
            return Ok(());
        }
    }
}

fn io(e: std::io::Error) -> AppError {
    AppError::internal(e)
}

/// A name segment as both tools read it: letters, digits and hyphens.
fn segment(s: &str, capital: bool) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if capital {
        if !out.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            out.insert(0, 'X');
        }
        out = out[..1].to_ascii_uppercase() + &out[1..];
    }
    out
}

/// An account's name in a journal.
pub fn journal_name(format: Format, t: &TreasuryRow, a: &AccountRow) -> String {
    let capital = format == Format::Beancount;
    let kind = AccountKind::parse(&a.kind).unwrap_or(AccountKind::Equity);
    kind.journal_root()
        .split(':')
        .chain(std::iter::once(t.handle.as_str()))
        .chain(a.name.split(':'))
        .map(|s| segment(s, capital))
        .collect::<Vec<_>>()
        .join(":")
}

fn unit_code(format: Format, unit: &str) -> String {
    match format {
        Format::Hledger => unit.to_string(),
        Format::Beancount => unit.to_ascii_uppercase(),
    }
}

/// A one-line description, quoted for Beancount.
fn words(format: Format, parts: &[&str]) -> String {
    let text = parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" — ")
        .replace(|c: char| c.is_control(), " ");
    match format {
        Format::Hledger => text.replace(';', ","),
        Format::Beancount => format!("\"{}\"", text.replace('\\', "/").replace('"', "'")),
    }
}

/// Writes the journal of one treasury (or of all) in `format`.
pub fn write(
    conn: &mut DbConn,
    format: Format,
    treasury: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), AppError> {
    let s = scope(conn, treasury)?;
    match format {
        Format::Hledger => {
            writeln!(out, "; Commonfare ledger, exported for hledger").map_err(io)?;
            writeln!(out, "decimal-mark .").map_err(io)?;
        }
        Format::Beancount => {
            writeln!(out, "; Commonfare ledger, exported for Beancount").map_err(io)?;
            writeln!(out, "option \"title\" \"Commonfare ledger\"").map_err(io)?;
        }
    }
    let opened = store::first_booked_on(conn, s.only.as_deref())?
        .unwrap_or_else(|| super::service::today().to_string());
    writeln!(out).map_err(io)?;
    for a in s.accounts.values() {
        let t = &s.treasuries[&a.treasury_id];
        let name = journal_name(format, t, a);
        match format {
            Format::Hledger => writeln!(out, "account {name}"),
            Format::Beancount => {
                writeln!(out, "{opened} open {name} {}", unit_code(format, &a.unit))
            }
        }
        .map_err(io)?;
    }
    each_transaction(conn, s.only.as_deref(), |rows, legs| {
        for r in rows {
            let t = &s.treasuries[&r.treasury_id];
            let code = format!("{}#{}", t.handle, r.number);
            let what = r.category.as_deref().unwrap_or(&r.flow);
            writeln!(out).map_err(io)?;
            match format {
                Format::Hledger => writeln!(
                    out,
                    "{} * ({code}) {}",
                    r.booked_on,
                    words(format, &[what, &r.memo, &r.reference])
                ),
                Format::Beancount => writeln!(
                    out,
                    "{} * {} {}",
                    r.booked_on,
                    words(format, &[&code, what]),
                    words(format, &[&r.memo, &r.reference])
                ),
            }
            .map_err(io)?;
            for l in legs.remove(&r.id).unwrap_or_default() {
                let a = s.accounts.get(&l.account_id).ok_or_else(|| {
                    AppError::internal(anyhow::anyhow!("no account {}", l.account_id))
                })?;
                let m = money(l.amount, &l.unit)?;
                let amount = super::model::number(&m);
                writeln!(
                    out,
                    "    {}  {amount} {}",
                    journal_name(format, t, a),
                    unit_code(format, &l.unit)
                )
                .map_err(io)?;
            }
        }
        Ok(())
    })
}

/// Writes the balance of every account of one treasury (or of all) as CSV, in the shape
/// `hledger balance -O csv` writes it: a header, then one `"account","balance"` row per
/// account whose balance is not zero, named as in the hledger journal, sorted by name.
/// One aggregate query over the legs: the report a treasurer asks for most.
pub fn write_balances(
    conn: &mut DbConn,
    treasury: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), AppError> {
    let s = scope(conn, treasury)?;
    let sums = store::all_balances(conn, s.only.as_deref())?;
    let mut rows: Vec<(String, String)> = Vec::new();
    for (id, total) in sums {
        if total == 0 {
            continue;
        }
        let Some(a) = s.accounts.get(&id) else {
            continue;
        };
        let t = &s.treasuries[&a.treasury_id];
        let m = money(total, &a.unit)?;
        rows.push((
            journal_name(Format::Hledger, t, a),
            format!("{} {}", super::model::number(&m), a.unit),
        ));
    }
    rows.sort();
    writeln!(out, "\"account\",\"balance\"").map_err(io)?;
    for (account, balance) in rows {
        writeln!(out, "\"{account}\",\"{balance}\"").map_err(io)?;
    }
    Ok(())
}

/// One CSV field, quoted when it must be; a text that a spreadsheet would run as a
/// formula gets a leading apostrophe.
fn field(s: &str, text: bool) -> String {
    let s = if text && s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The CSV header line.
pub const CSV_HEADER: &str = "number,booked_on,flow,category,memo,reference,earmark,reverses,author,position,account,kind,amount,unit\n";

/// A batch of a treasury's transactions as CSV rows (one per leg), from the number
/// `after`; None when there are no more.
pub fn csv_batch(
    conn: &mut DbConn,
    t: &TreasuryRow,
    after: i64,
) -> Result<Option<(String, i64)>, AppError> {
    let rows = store::transactions_after(conn, Some(&t.id), Some((t.id.clone(), after)), BATCH)?;
    let Some(last) = rows.last().map(|r| r.number) else {
        return Ok(None);
    };
    let views = super::views::transaction_views(conn, t, &rows)?;
    let kinds: BTreeMap<String, String> = store::accounts(conn, &t.id)?
        .into_iter()
        .map(|a| (a.name, a.kind))
        .collect();
    let mut out = String::new();
    for v in views {
        for (i, l) in v.legs.iter().enumerate() {
            let cells = [
                field(&v.number.to_string(), false),
                field(&v.booked_on, false),
                field(&v.flow, false),
                field(v.category.as_deref().unwrap_or(""), false),
                field(&v.memo, true),
                field(&v.reference, true),
                field(v.earmark.as_deref().unwrap_or(""), false),
                field(
                    &v.reverses.map(|n| n.to_string()).unwrap_or_default(),
                    false,
                ),
                field(&v.author, false),
                field(&(i + 1).to_string(), false),
                field(&l.account, false),
                field(
                    kinds.get(&l.account).map(String::as_str).unwrap_or(""),
                    false,
                ),
                field(&l.amount, false),
                field(&l.unit, false),
            ];
            out.push_str(&cells.join(","));
            out.push('\n');
        }
    }
    Ok(Some((out, last)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_fields_are_what_the_tools_read() {
        let t = TreasuryRow {
            id: "t".into(),
            handle: "makers_1".into(),
            owner_kind: "organization".into(),
            owner_id: "o".into(),
            opened_by: "p".into(),
            created_at: 0,
        };
        let a = AccountRow {
            id: "a".into(),
            treasury_id: "t".into(),
            name: "donors:acme".into(),
            kind: "external".into(),
            unit: "hours".into(),
            no_negative: false,
            created_at: 0,
        };
        assert_eq!(
            journal_name(Format::Hledger, &t, &a),
            "equity:external:makers-1:donors:acme"
        );
        assert_eq!(
            journal_name(Format::Beancount, &t, &a),
            "Equity:External:Makers-1:Donors:Acme"
        );
        assert_eq!(unit_code(Format::Beancount, "hours"), "HOURS");
        assert_eq!(field("a,b", false), "\"a,b\"");
        assert_eq!(field("=SUM(A1)", true), "'=SUM(A1)");
        assert_eq!(field("-5.00", false), "-5.00");
        assert_eq!(
            words(Format::Beancount, &["say \"hi\"", ""]),
            "\"say 'hi'\""
        );
        assert!(Format::parse("ledger").is_err());
    }
}
