//! What the API and the pages show of what is owed to the commons: a due with its state
//! and the ledger transactions behind it, and a phyle's standing — its pledges, and for
//! each declared surplus what it pledged against what it paid.

use super::model::dues as rules;
use super::store::{self, DueRow, PaymentRow};
use super::views::rfc3339;
use crate::commons::CommonsRow;
use crate::db::DbConn;
use crate::error::AppError;
use crate::ids::OrgId;
use commonfare_value::money::{Money, Unit};
use serde::Serialize;
use utoipa::ToSchema;

/// Something owed to a commons.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DueView {
    /// Its number among the commons' dues.
    pub number: i64,
    /// The commons' handle.
    pub commons: String,
    /// `licence_fee` or `pledge`.
    pub kind: String,
    /// Who owes it: an organization's handle, else a person's.
    pub party: String,
    /// `organization` or `person`.
    pub party_kind: String,
    /// `"AMOUNT CUR"`.
    pub amount: String,
    /// The period it covers, `YYYY-MM-DD`, both included.
    pub from: String,
    pub until: String,
    /// `owed` or `paid`.
    pub state: String,
    /// The commons' treasury and the transaction that booked the receivable.
    pub treasury: Option<String>,
    pub owed_transaction: i64,
    pub owed_at: String,
    /// The transaction that settled it, and when, once paid.
    pub paid_transaction: Option<i64>,
    pub paid_at: Option<String>,
    /// The distribution to the commons' contributors previewed when it was paid (its
    /// address), if anyone had contributed.
    pub distribution: Option<String>,
    /// The determination whose fee it is (its id), for a licence fee.
    pub determination: Option<String>,
    /// Its page.
    pub url: String,
}

fn money(minor: i64, unit: &str) -> Result<Money, AppError> {
    let unit: Unit = unit
        .parse()
        .map_err(|_| AppError::internal(anyhow::anyhow!("unit {unit}")))?;
    Ok(Money::from_minor(minor, unit))
}

/// A due as shown.
pub fn due(
    conn: &mut DbConn,
    c: &CommonsRow,
    d: DueRow,
    paid: Option<PaymentRow>,
) -> Result<DueView, AppError> {
    let (party, party_kind) = match (&d.organization_id, &d.person_id) {
        (Some(o), _) => (
            crate::accounts::org_handle(conn, &OrgId(o.clone()))?,
            "organization",
        ),
        (None, Some(p)) => (crate::accounts::handle_of(conn, p)?, "person"),
        (None, None) => return Err(AppError::internal(anyhow::anyhow!("due without party"))),
    };
    let treasury = crate::ledger::treasury_of(conn, "commons", &c.id)?;
    let distribution = match (&paid, &treasury) {
        (
            Some(PaymentRow {
                distribution: Some(n),
                ..
            }),
            Some(t),
        ) => Some(crate::ledger::distribution_url(t, *n)),
        _ => None,
    };
    Ok(DueView {
        number: d.number,
        commons: c.handle.clone(),
        kind: d.kind.clone(),
        party,
        party_kind: party_kind.into(),
        amount: money(d.amount, &d.unit)?.to_string(),
        from: d.period_from.clone(),
        until: d.period_until.clone(),
        state: if paid.is_some() { "paid" } else { "owed" }.into(),
        treasury,
        owed_transaction: d.owed_number,
        owed_at: rfc3339(d.owed_at),
        paid_transaction: paid.as_ref().map(|p| p.paid_number),
        paid_at: paid.as_ref().map(|p| rfc3339(p.paid_at)),
        distribution,
        determination: d.determination_id.clone(),
        url: format!("/commons/{}/dues/{}", c.handle, d.number),
    })
}

/// A commons' dues, by number.
pub fn dues_of(conn: &mut DbConn, c: &CommonsRow) -> Result<Vec<DueView>, AppError> {
    store::dues_of_commons(conn, &c.id)?
        .into_iter()
        .map(|(d, p)| due(conn, c, d, p))
        .collect()
}

/// The due `number` of a commons as shown (404 when there is none).
pub fn due_of(conn: &mut DbConn, c: &CommonsRow, number: i64) -> Result<DueView, AppError> {
    let d = super::dues::require_due(conn, c, number)?;
    let p = store::payment_of(conn, &d.id)?;
    due(conn, c, d, p)
}

/// The fee accepted under a determination, if any.
pub fn fee_of(
    conn: &mut DbConn,
    c: &CommonsRow,
    determination: &str,
) -> Result<Option<DueView>, AppError> {
    match store::due_of_determination(conn, determination)? {
        Some(d) => {
            let p = store::payment_of(conn, &d.id)?;
            Ok(Some(due(conn, c, d, p)?))
        }
        None => Ok(None),
    }
}

/// One pledge of a phyle.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PledgeView {
    /// The commons' handle.
    pub commons: String,
    /// The share of the surplus, as a percentage (`"10%"`).
    pub share: String,
}

/// One declared surplus, and what it made owed and what was paid of it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PeriodView {
    pub from: String,
    pub until: String,
    /// `"AMOUNT CUR"`.
    pub surplus: String,
    pub pledged: String,
    pub paid: String,
    /// Minor units, for charts.
    #[serde(skip)]
    pub pledged_minor: i64,
    #[serde(skip)]
    pub paid_minor: i64,
}

/// A phyle's standing: pledged against paid, over time.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StandingView {
    /// The phyle's handle.
    pub organization: String,
    /// Whether the organization is a phyle (only phyles pledge).
    pub phyle: bool,
    pub pledges: Vec<PledgeView>,
    /// Each declared surplus, oldest first.
    pub periods: Vec<PeriodView>,
    /// All periods together, per currency: pledged and paid.
    pub totals: Vec<PeriodTotal>,
    /// Every due of the phyle's pledges, by period.
    pub dues: Vec<DueView>,
}

/// Pledged and paid in one currency, over all periods.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PeriodTotal {
    pub currency: String,
    pub pledged: String,
    pub paid: String,
}

/// The standing of the organization `handle`.
pub fn standing(conn: &mut DbConn, handle: &str) -> Result<StandingView, AppError> {
    let (org, handle, _, kind) = crate::accounts::org_profile(conn, handle.trim())?;
    let mut pledges = Vec::new();
    for p in store::pledges_of(conn, org.as_str())? {
        let c = crate::commons::require_by_id(conn, &p.commons_id)?;
        pledges.push(PledgeView {
            commons: c.handle,
            share: rules::share_text(p.share_bp),
        });
    }
    let all = store::dues_of_organization(conn, org.as_str())?;
    let mut periods = Vec::new();
    let mut totals: Vec<(String, i64, i64)> = Vec::new();
    for s in store::surpluses_of(conn, org.as_str())? {
        let mut pledged = 0;
        let mut paid = 0;
        for (d, p) in all
            .iter()
            .filter(|(d, _)| d.surplus_id.as_deref() == Some(s.id.as_str()))
        {
            pledged += d.amount;
            if p.is_some() {
                paid += d.amount;
            }
        }
        match totals.iter_mut().find(|(u, ..)| *u == s.unit) {
            Some((_, a, b)) => {
                *a += pledged;
                *b += paid;
            }
            None => totals.push((s.unit.clone(), pledged, paid)),
        }
        periods.push(PeriodView {
            from: s.period_from.clone(),
            until: s.period_until.clone(),
            surplus: money(s.amount, &s.unit)?.to_string(),
            pledged: money(pledged, &s.unit)?.to_string(),
            paid: money(paid, &s.unit)?.to_string(),
            pledged_minor: pledged,
            paid_minor: paid,
        });
    }
    let mut dues = Vec::new();
    for (d, p) in all.into_iter().filter(|(d, _)| d.kind == "pledge") {
        let c = crate::commons::require_by_id(conn, &d.commons_id)?;
        dues.push(due(conn, &c, d, p)?);
    }
    Ok(StandingView {
        organization: handle,
        phyle: kind == super::model::OrgKind::Phyle,
        pledges,
        periods,
        totals: totals
            .into_iter()
            .map(|(unit, pledged, paid)| {
                Ok(PeriodTotal {
                    currency: unit.clone(),
                    pledged: money(pledged, &unit)?.to_string(),
                    paid: money(paid, &unit)?.to_string(),
                })
            })
            .collect::<Result<_, AppError>>()?,
        dues,
    })
}
