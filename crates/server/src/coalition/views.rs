//! What the API and the pages show of the coalition: a determination with its clauses
//! worded in the reader's language and its facts with their sources, and a commons'
//! licence policy with every clause it has.

use super::model::{
    ClauseId, CreditRates, Determination, FactValue, FeeSchedule, Outcome, Policy, Source,
};
use super::store::{self, DeterminationRow};
use crate::commons::CommonsRow;
use crate::db::DbConn;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::web::paging::{Page, Paging};
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// A moment as RFC 3339 in UTC, to the second.
pub fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_second(ms.div_euclid(1000))
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// One clause, worded in the reader's language.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ClauseView {
    /// Its stable id (`ppl-1c-commercial-worker-owned`).
    pub id: String,
    /// Where it stands in the licence (`§4(c)`), or empty.
    pub section: String,
    pub title: String,
    pub text: String,
}

/// One fact a determination used: its value and where it came from.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FactView {
    /// `true`/`false`, a count, or a text (an amount, a kind, hours).
    pub value: FactValue,
    /// `declared` by the asker, or known by the `instance`.
    pub source: Source,
}

/// A declared fact that what the instance knows contradicts.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContradictionView {
    pub fact: String,
    pub declared: FactValue,
    /// The fact the instance knows, and its value.
    pub known_fact: String,
    pub known: FactValue,
}

/// The fee of a reciprocity, as weighed.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FeeView {
    /// What the schedule asks for the period, `"AMOUNT CUR"`.
    pub gross: String,
    /// The credit for what was given back in the period.
    pub credit: String,
    /// What is owed (never below zero).
    pub owed: String,
    /// The period it covers, from the answer's date to its expiry.
    pub period_from: String,
    pub period_to: String,
    /// The commons' treasury, where it is paid, if one is open.
    pub payee: Option<String>,
}

/// The end of the rights a determination gave, for a breach.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TerminationView {
    /// When (RFC 3339, UTC), by which maintainer, and why.
    pub at: String,
    pub by: String,
    pub reason: String,
}

/// A determination: the question, the answer and what decided it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DeterminationView {
    pub id: String,
    /// The commons' handle.
    pub commons: String,
    /// `commercial` or `non_commercial`.
    #[serde(rename = "use")]
    pub usage: String,
    /// The organization it was asked for, if any (its handle).
    pub organization: Option<String>,
    /// Who asked (a handle).
    pub asked_by: String,
    pub outcome: Outcome,
    /// Whether the outcome permits the use (one of the four `permitted_…`).
    pub permitted: bool,
    /// The outcome in the reader's words.
    pub outcome_words: String,
    /// The clauses that decided, in the licence's order.
    pub clauses: Vec<ClauseView>,
    /// The clauses the permission holds under, or the way to a separate agreement.
    pub conditions: Vec<ClauseView>,
    /// The facts used, by name, each with its value and source.
    pub facts_used: BTreeMap<String, FactView>,
    /// The facts' names in the order they were weighed (for the pages).
    #[serde(skip)]
    pub facts_order: Vec<String>,
    /// With `needs_evidence`: the facts the policy needs that were not given.
    pub missing: Vec<String>,
    /// With `needs_evidence`: declared facts that what the instance knows contradicts.
    pub contradictions: Vec<ContradictionView>,
    /// The fee owed, `"AMOUNT CUR"`, with `permitted_with_fee`; otherwise null.
    pub fee: Option<String>,
    /// The reciprocity weighed (CopyFair): the schedule's fee, the credit, what is owed.
    pub fee_detail: Option<FeeView>,
    /// The policy it was decided under: `spdx`, `ppl`, `copyfair` or `custom`.
    pub policy: String,
    /// When it was decided and until when it holds (RFC 3339, UTC).
    pub decided_at: String,
    pub expires_at: String,
    /// The start of the period the credit looked back on.
    pub period_from: String,
    /// Whether it has expired: ask again.
    pub expired: bool,
    /// What the instance knew of the asker and has changed since (`organization_kind`,
    /// `members`): the answer may no longer hold; ask again.
    pub changed_since: Vec<String>,
    /// Whether it still holds: not expired, not terminated, nothing changed since.
    pub current: bool,
    /// When a maintainer ended the rights it gave, for a breach (its party is answered
    /// `terminated` from then on); null otherwise.
    pub terminated: Option<TerminationView>,
    /// Its page.
    pub url: String,
}

/// A clause in `lang`, with the values its words place.
pub fn clause(lang: Lang, id: ClauseId, policy: &Policy) -> ClauseView {
    let c = id.clause();
    let mut args: Vec<(&str, FluentValue)> = Vec::new();
    match policy {
        Policy::Spdx { expression } => args.push(("licence", expression.clone().into())),
        Policy::Custom(custom) => args.push(("title", custom.title.clone().into())),
        _ => {}
    }
    ClauseView {
        id: id.as_str().to_string(),
        section: c.section.to_string(),
        title: crate::i18n::text(lang, c.title_key, &[]),
        text: crate::i18n::text(lang, c.text_key, &args),
    }
}

/// An outcome in `lang`.
pub fn outcome_words(lang: Lang, o: Outcome) -> String {
    let key = match o {
        Outcome::PermittedNonCommercial => "coalition-outcome-permitted-non-commercial",
        Outcome::PermittedCommonsBased => "coalition-outcome-permitted-commons-based",
        Outcome::PermittedReciprocityMet => "coalition-outcome-permitted-reciprocity-met",
        Outcome::PermittedWithFee => "coalition-outcome-permitted-with-fee",
        Outcome::NotPermitted => "coalition-outcome-not-permitted",
        Outcome::NeedsEvidence => "coalition-outcome-needs-evidence",
        Outcome::Terminated => "coalition-outcome-terminated",
    };
    crate::i18n::text(lang, key, &[])
}

/// A stored determination as shown, in `lang`.
pub fn determination(
    conn: &mut DbConn,
    lang: Lang,
    row: DeterminationRow,
    now: i64,
) -> Result<DeterminationView, AppError> {
    let c = crate::commons::require_by_id(conn, &row.commons_id)?;
    determination_in(conn, lang, &c, row, now)
}

fn determination_in(
    conn: &mut DbConn,
    lang: Lang,
    c: &CommonsRow,
    row: DeterminationRow,
    now: i64,
) -> Result<DeterminationView, AppError> {
    let answer: Determination = serde_json::from_str(&row.answer).map_err(AppError::internal)?;
    let policy: Policy = serde_json::from_str(&row.policy).map_err(AppError::internal)?;
    let asked_by = crate::accounts::handle_of(conn, &row.asked_by)?;
    let organization = match &row.organization_id {
        Some(id) => Some(crate::accounts::org_handle(
            conn,
            &crate::ids::OrgId(id.clone()),
        )?),
        None => None,
    };
    let then: super::service::Snapshot =
        serde_json::from_str(&row.known).map_err(AppError::internal)?;
    let changed_since = super::service::Snapshot::now_of(conn, &row)?.changed_since(&then);
    let terminated = match store::breach_of_determination(conn, &row.id)? {
        Some(b) => Some(TerminationView {
            at: rfc3339(b.recorded_at),
            by: crate::accounts::handle_of(conn, &b.recorded_by)?,
            reason: b.reason,
        }),
        None => None,
    };
    let fee_detail = match &answer.fee {
        Some(f) => Some(FeeView {
            gross: f.gross.to_string(),
            credit: f.credit.to_string(),
            owed: f.owed.to_string(),
            period_from: rfc3339(row.decided_at),
            period_to: rfc3339(row.expires_at),
            payee: crate::ledger::treasury_of(conn, "commons", &c.id)?,
        }),
        None => None,
    };
    Ok(DeterminationView {
        id: row.id.clone(),
        commons: c.handle.clone(),
        usage: row.usage.clone(),
        organization,
        asked_by,
        outcome: answer.outcome,
        permitted: answer.outcome.permits(),
        outcome_words: outcome_words(lang, answer.outcome),
        clauses: answer
            .clauses
            .iter()
            .map(|id| clause(lang, *id, &policy))
            .collect(),
        conditions: answer
            .conditions
            .iter()
            .map(|id| clause(lang, *id, &policy))
            .collect(),
        facts_used: answer
            .facts
            .iter()
            .map(|f| {
                (
                    f.name.as_str().to_string(),
                    FactView {
                        value: f.value.clone(),
                        source: f.source,
                    },
                )
            })
            .collect(),
        facts_order: answer
            .facts
            .iter()
            .map(|f| f.name.as_str().to_string())
            .collect(),
        missing: answer
            .missing
            .iter()
            .map(|m| m.as_str().to_string())
            .collect(),
        contradictions: answer
            .contradictions
            .iter()
            .map(|x| ContradictionView {
                fact: x.fact.as_str().to_string(),
                declared: x.declared.clone(),
                known_fact: x.known_fact.as_str().to_string(),
                known: x.known.clone(),
            })
            .collect(),
        fee: row.fee.clone(),
        fee_detail,
        policy: policy.kind().to_string(),
        decided_at: rfc3339(row.decided_at),
        expires_at: rfc3339(row.expires_at),
        period_from: rfc3339(row.period_from),
        expired: row.expires_at <= now,
        current: row.expires_at > now && terminated.is_none() && changed_since.is_empty(),
        changed_since,
        terminated,
        url: format!("/determinations/{}", row.id),
    })
}

/// A commons' determinations, latest first, a page at a time.
pub fn determinations_page(
    conn: &mut DbConn,
    lang: Lang,
    c: &CommonsRow,
    paging: &Paging,
    now: i64,
) -> Result<Page<DeterminationView>, AppError> {
    let before = paging.after::<(i64, String)>()?;
    let rows = store::determinations_of(conn, &c.id, before, paging.fetch())?;
    let page = paging.page(rows, |r| (r.decided_at, r.id.clone()));
    page.try_map(|r| determination_in(conn, lang, c, r, now))
}

/// A fee schedule as served.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FeeScheduleView {
    /// `flat`, `revenue_share` or `per_unit`.
    pub schedule: String,
    /// With `flat` and `per_unit`: `"AMOUNT CUR"`.
    pub amount: Option<String>,
    /// With `revenue_share`: basis points (300 = 3 %).
    pub basis_points: Option<i64>,
    /// The currency fees are asked in.
    pub currency: String,
    /// With `per_unit`: what a unit is.
    pub unit_name: Option<String>,
}

/// Credit rates as served.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CreditView {
    pub per_contribution: String,
    pub per_hour: String,
}

/// A commons' licence policy, with every clause it has worded in the reader's language.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = LicencePolicyView)]
pub struct PolicyView {
    /// The commons' handle.
    pub commons: String,
    /// `spdx`, `ppl`, `copyfair` or `custom`.
    pub policy: String,
    /// The licence expression the commons shows.
    pub licence: String,
    /// Whether its maintainers set it (otherwise it follows the licence expression).
    pub set_by: Option<String>,
    pub set_at: Option<String>,
    /// With `copyfair`: the fee schedule (none until the maintainers declare one), the
    /// credit rates and the period in days.
    pub fee: Option<FeeScheduleView>,
    pub credit: Option<CreditView>,
    pub period_days: i64,
    /// With `custom`: its title, text and rule for commercial use.
    pub title: Option<String>,
    pub text: Option<String>,
    pub commercial: Option<String>,
    pub clauses: Vec<ClauseView>,
}

fn schedule_view(f: &FeeSchedule) -> FeeScheduleView {
    match f {
        FeeSchedule::Flat { amount } => FeeScheduleView {
            schedule: "flat".into(),
            amount: Some(amount.to_string()),
            basis_points: None,
            currency: amount.unit().code().into(),
            unit_name: None,
        },
        FeeSchedule::RevenueShare {
            basis_points,
            currency,
        } => FeeScheduleView {
            schedule: "revenue_share".into(),
            amount: None,
            basis_points: Some(*basis_points),
            currency: currency.code().into(),
            unit_name: None,
        },
        FeeSchedule::PerUnit { amount, unit_name } => FeeScheduleView {
            schedule: "per_unit".into(),
            amount: Some(amount.to_string()),
            basis_points: None,
            currency: amount.unit().code().into(),
            unit_name: Some(unit_name.clone()),
        },
    }
}

fn credit_view(c: &CreditRates) -> CreditView {
    CreditView {
        per_contribution: c.per_contribution.to_string(),
        per_hour: c.per_hour.to_string(),
    }
}

/// A commons' policy as shown, in `lang`.
pub fn policy(
    conn: &mut DbConn,
    lang: Lang,
    c: &CommonsRow,
) -> Result<(PolicyView, Policy), AppError> {
    let p = super::service::policy_of(conn, c)?;
    let row = super::service::policy_row(conn, c)?;
    let set_by = match &row {
        Some(r) => Some(crate::accounts::handle_of(conn, &r.set_by)?),
        None => None,
    };
    let (fee, credit) = match &p {
        Policy::Copyfair(cf) => (
            cf.fee.as_ref().map(schedule_view),
            cf.credit.as_ref().map(credit_view),
        ),
        _ => (None, None),
    };
    let (title, text, commercial) = match &p {
        Policy::Custom(custom) => (
            Some(custom.title.clone()),
            Some(custom.text.clone()),
            Some(custom.commercial.as_str().to_string()),
        ),
        _ => (None, None, None),
    };
    let view = PolicyView {
        commons: c.handle.clone(),
        policy: p.kind().to_string(),
        licence: c.licence.clone(),
        set_by,
        set_at: row.as_ref().map(|r| rfc3339(r.set_at)),
        fee,
        credit,
        period_days: p.period_days(),
        title,
        text,
        commercial,
        clauses: p
            .clauses()
            .into_iter()
            .map(|id| clause(lang, id, &p))
            .collect(),
    };
    Ok((view, p))
}
