//! JSON API of the ledger: open a treasury, open accounts, record income, spending and
//! transfers, reverse a transaction; read a treasury, its balances, its transactions (as
//! JSON pages or a CSV stream) and every ledger as an hledger or Beancount journal.
//! Reads are public; writes need a bearer token and a steward (opening: an admin or a
//! maintainer). A write may carry an `idempotency_key`: sent again, the same request
//! answers 200 with what the first wrote; a different request with that key is a 409
//! that names the first field that differs.

use super::chain::ChainView;
use super::distributions::{self, NewDistribution};
use super::expenses;
use super::holds;
use super::journals::{self, Format};
use super::lines::LineView;
use super::payouts;
use super::policies;
use super::service::{self, Draft, LegInput, NewAccount, Recorded};
use super::statements::StatementsView;
use super::store::TreasuryRow;
use super::views::{
    self, AccountView, Balances, DistributionView, ExpenseView, HoldView, PaidBackView,
    TransactionView, TreasuryView,
};
use crate::error::{ApiError, AppError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiJson, Found, Path, Query};
use crate::web::paging::{Page, Paging, PagingParams};
use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTreasury {
    /// `organization`, `commons`, `body` or `person` (one's own).
    pub owner: String,
    /// The organization's, the commons' or the person's handle; the treasury takes it. A
    /// body is named `organization/body` (`makers-lagomar/assembly`) and its treasury
    /// takes `organization-body`.
    pub handle: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountInput {
    /// One to four segments joined by `:`, each a lower case letter then letters,
    /// digits or hyphens (`bank`, `donors:acme`).
    pub name: String,
    /// asset, liability, income, expense, equity or external (a counterparty).
    pub kind: String,
    /// An ISO 4217 currency in upper case, `hours` or `credits`.
    pub unit: String,
    /// Refuse any transaction that would take the account below zero.
    #[serde(default)]
    pub must_not_go_negative: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LegBody {
    /// An account of the treasury, by name.
    pub account: String,
    /// Decimal text, positive into the account, negative out of it (`"-12.50"`).
    pub amount: String,
    /// The account's unit.
    pub unit: String,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferInput {
    /// Two to 1000 legs that sum to zero in each unit.
    pub legs: Vec<LegBody>,
    #[serde(default)]
    pub memo: String,
    #[serde(default)]
    pub reference: String,
    /// `YYYY-MM-DD`, today when absent, never after tomorrow.
    pub date: Option<String>,
    /// Makes the request safe to send again.
    #[serde(skip_serializing)]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IncomeInput {
    /// donation, sponsorship, membership_fee, sale, licence_fee, grant or lending_fee.
    pub category: String,
    /// Decimal text, more than zero.
    pub amount: String,
    pub unit: String,
    /// The asset account it goes into.
    pub into: String,
    /// The external account (the donor, the sponsor, the buyer) it comes from.
    pub from: String,
    /// The bank transfer's reference or the receipt's number.
    #[serde(default)]
    pub reference: String,
    #[serde(default)]
    pub memo: String,
    /// `YYYY-MM-DD`, today when absent.
    pub date: Option<String>,
    /// A commons the income is for, by handle.
    pub earmark: Option<String>,
    #[serde(skip_serializing)]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SpendingInput {
    /// Decimal text, more than zero.
    pub amount: String,
    pub unit: String,
    /// The asset account it is paid from.
    pub from: String,
    /// The external account (the supplier) it is paid to.
    pub to: String,
    #[serde(default)]
    pub reference: String,
    #[serde(default)]
    pub memo: String,
    pub date: Option<String>,
    #[serde(skip_serializing)]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReverseInput {
    /// Why it is reversed.
    #[serde(default)]
    pub memo: String,
    #[serde(skip_serializing)]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// `hledger` or `beancount`.
    pub format: String,
    /// Only this treasury (by handle); every treasury when absent.
    pub treasury: Option<String>,
}

/// The request's fields, as compared with a later request that carries the same key.
fn fingerprint(what: &str, body: &impl Serialize) -> serde_json::Map<String, serde_json::Value> {
    let mut map = match serde_json::to_value(body) {
        Ok(serde_json::Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    };
    map.insert("operation".into(), what.into());
    map
}

async fn write_transaction(
    state: AppState,
    f: impl FnOnce(&mut crate::db::DbConn) -> Result<(TreasuryRow, Recorded), AppError> + Send + 'static,
) -> Result<Response, ApiError> {
    let (view, replayed) = state
        .db
        .write(move |c| {
            let (t, r) = f(c)?;
            Ok((
                views::transaction_detail(c, &t, &r.transaction)?,
                r.replayed,
            ))
        })
        .await?;
    let status = if replayed {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((status, Json(view)).into_response())
}

/// Opens the treasury of an organization (its admins), of a commons (its maintainers)
/// or of a person (themselves); they become its stewards.
#[utoipa::path(post, path = "/api/v1/treasuries", tag = "ledger", security(("bearer" = [])),
    request_body = NewTreasury,
    responses((status = 201, description = "the treasury", body = TreasuryView),
        (status = 403, description = "not an admin of the organization (or of the body's), a maintainer of the commons, or the person", body = Problem),
        (status = 404, description = "no such organization or commons", body = Problem),
        (status = 409, description = "it has a treasury already", body = Problem),
        (status = 410, description = "the commons was deleted", body = Problem),
        (status = 422, description = "an owner that is none of organization, commons, body and person, or a body not named organization/body", body = Problem)))]
pub async fn open_treasury(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    ApiJson(i): ApiJson<NewTreasury>,
) -> Result<Response, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let t = service::open_treasury(c, &p, &i.owner, &i.handle)?;
            views::treasury_view(c, &t)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// A treasury with its stewards and accounts.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the treasury", body = TreasuryView),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn get_treasury(
    State(state): State<AppState>,
    Found(t): Found<TreasuryRow>,
) -> Result<Json<TreasuryView>, ApiError> {
    Ok(Json(
        state.db.read(move |c| views::treasury_view(c, &t)).await?,
    ))
}

/// Opens an account in one unit (a steward).
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/accounts", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = AccountInput,
    responses((status = 201, description = "the account", body = AccountView),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury", body = Problem),
        (status = 409, description = "the treasury has an account of that name", body = Problem),
        (status = 422, description = "a malformed name, an unknown kind or unit", body = Problem)))]
pub async fn open_account(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<AccountInput>,
) -> Result<Response, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let a = service::open_account(
                c,
                &p,
                &t,
                NewAccount {
                    name: &i.name,
                    kind: &i.kind,
                    unit: &i.unit,
                    must_not_go_negative: i.must_not_go_negative,
                },
            )?;
            Ok(views::account_view(&a))
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// Each account's balance, in its unit.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/balances", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "every account of the treasury with its balance", body = Balances),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn balances(
    State(state): State<AppState>,
    Found(t): Found<TreasuryRow>,
) -> Result<Json<Balances>, ApiError> {
    Ok(Json(state.db.read(move |c| views::balances(c, &t)).await?))
}

/// Recomputes the treasury's chain of hashes from its rows: whether any was changed in
/// the store outside the ledger, and from which transaction.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/chain", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the recomputed chain: its head, and the first transaction that does not match, if one does", body = ChainView),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn chain(
    State(state): State<AppState>,
    Found(t): Found<TreasuryRow>,
) -> Result<Json<ChainView>, ApiError> {
    Ok(Json(
        state.db.read(move |c| super::chain::verify(c, &t)).await?,
    ))
}

/// A budget line as a steward writes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LineInput {
    /// What it is for, up to 200 characters.
    pub name: String,
    /// What is planned, decimal text above zero.
    pub amount: String,
    pub unit: String,
    /// First and last day of the period, `YYYY-MM-DD`.
    pub starts_on: String,
    pub ends_on: String,
    /// Where the plan comes from (a participatory budget's project, a decision), as an
    /// address.
    #[serde(default)]
    pub source: String,
}

/// A participatory budget whose funded projects become budget lines.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FromBudgetInput {
    /// The budget's id (its process).
    pub budget: String,
    /// The unit its costs are in (the organization's currency, `EUR`).
    pub unit: String,
    /// First and last day of the lines' period, `YYYY-MM-DD`.
    pub starts_on: String,
    pub ends_on: String,
}

/// The lines made from a budget's funded projects.
#[derive(Debug, Serialize, ToSchema)]
pub struct FromBudgetView {
    /// The lines added, one per funded project that had none.
    pub added: Vec<LineView>,
    /// How many funded projects had their line already.
    pub already: usize,
}

/// Adds a budget line for each project a participatory budget of the treasury's
/// organization funded (a steward), planned at the project's cost; projects that have
/// their line already are left.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/budget-lines/from-budget", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = FromBudgetInput,
    responses((status = 201, description = "the lines added", body = FromBudgetView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such treasury or budget", body = Problem),
        (status = 409, description = "the budget's results are not out", body = Problem),
        (status = 422, description = "a budget of another organization; a unit, day or cost that does not do", body = Problem)))]
pub async fn lines_from_budget(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<FromBudgetInput>,
) -> Result<Response, ApiError> {
    let view = write_on(state, handle, move |c, t| {
        let (added, already) = super::lines::from_budget(
            c,
            &p,
            t,
            super::lines::FromBudget {
                budget: &i.budget,
                unit: &i.unit,
                starts_on: &i.starts_on,
                ends_on: &i.ends_on,
            },
        )?;
        Ok(FromBudgetView {
            added: added
                .into_iter()
                .map(super::lines::fresh_view)
                .collect::<Result<_, _>>()?,
            already,
        })
    })
    .await?;
    Ok((StatusCode::CREATED, view).into_response())
}

/// What happens to an approval that takes a budget line over its plan.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetRuleInput {
    /// `flag` (approved, and flagged on the expense; the default) or `block` (refused).
    pub over_line: String,
}

/// A treasury's budget lines, each planned against what was approved and paid on it.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/budget-lines", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the budget lines, latest period first", body = [LineView]),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn list_lines(
    State(state): State<AppState>,
    Found(t): Found<TreasuryRow>,
) -> Result<Json<Vec<LineView>>, ApiError> {
    Ok(Json(
        state.db.read(move |c| super::lines::views(c, &t)).await?,
    ))
}

/// Where budget lines' plans come from.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SourceParams {
    /// The page a line's plan comes from, as lines record it: a participatory budget's
    /// funded project, `/budgets/{id}/projects/{project}`.
    pub source: String,
}

/// Spending against a plan's source: every budget line, in any treasury, planned from
/// `source` (a funded project's page), with what was approved and paid on it and the
/// expenses behind the figures (approved, scheduled and paid ones).
#[utoipa::path(get, path = "/api/v1/ledger/budget-lines", tag = "ledger",
    params(SourceParams),
    responses((status = 200, description = "the lines planned from that page, each with its treasury and expenses; empty when none is", body = [super::lines::Spending]),
        (status = 400, description = "no `source` given", body = Problem)))]
pub async fn lines_by_source(
    State(state): State<AppState>,
    Query(p): Query<SourceParams>,
) -> Result<Json<Vec<super::lines::Spending>>, ApiError> {
    Ok(Json(
        state
            .db
            .read(move |c| super::lines::spending_of(c, p.source.trim()))
            .await?,
    ))
}

/// Adds a budget line (a steward).
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/budget-lines", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = LineInput,
    responses((status = 201, description = "the line", body = LineView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such treasury", body = Problem),
        (status = 422, description = "a name, amount, unit or day that does not do", body = Problem)))]
pub async fn add_line(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<LineInput>,
) -> Result<Response, ApiError> {
    let view = write_on(state, handle, move |c, t| {
        let line = super::lines::add(
            c,
            &p,
            t,
            super::lines::NewLine {
                name: &i.name,
                amount: &i.amount,
                unit: &i.unit,
                starts_on: &i.starts_on,
                ends_on: &i.ends_on,
                source: &i.source,
            },
        )?;
        super::lines::fresh_view(line)
    })
    .await?;
    Ok((StatusCode::CREATED, view).into_response())
}

/// Sets whether approving an expense over its budget line is flagged or refused (a
/// steward).
#[utoipa::path(put, path = "/api/v1/treasuries/{handle}/budget-rule", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = BudgetRuleInput,
    responses((status = 200, description = "the rule now", body = BudgetRuleInput),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such treasury", body = Problem),
        (status = 422, description = "neither flag nor block", body = Problem)))]
pub async fn set_budget_rule(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<BudgetRuleInput>,
) -> Result<Json<BudgetRuleInput>, ApiError> {
    write_on(state, handle, move |c, t| {
        let over_line = super::lines::set_rule(c, &p, t, &i.over_line)?;
        Ok(BudgetRuleInput { over_line })
    })
    .await
}

/// The period of a treasury's statements.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeriodParams {
    /// First day of the income statement, `YYYY-MM-DD` (default: the first of January of
    /// `to`'s year).
    pub from: Option<String>,
    /// Last day of the income statement and the day of the balance sheet, `YYYY-MM-DD`
    /// (default: today).
    pub to: Option<String>,
}

/// The treasury's balance sheet at the end of `to` and its income statement from `from`
/// to `to`, per unit.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/statements", tag = "ledger",
    params(("handle" = String, Path), PeriodParams),
    responses((status = 200, description = "the balance sheet and the income statement, per unit", body = StatementsView),
        (status = 400, description = "a malformed query", body = Problem),
        (status = 404, description = "no such treasury", body = Problem),
        (status = 422, description = "a day that is not YYYY-MM-DD, or a period that ends before it starts", body = Problem)))]
pub async fn statements(
    State(state): State<AppState>,
    Found(t): Found<TreasuryRow>,
    Query(p): Query<PeriodParams>,
) -> Result<Json<StatementsView>, ApiError> {
    let (from, to) =
        super::statements::period(p.from.as_deref(), p.to.as_deref(), service::today())?;
    Ok(Json(
        state
            .db
            .read(move |c| super::statements::statements(c, &t, from, to))
            .await?,
    ))
}

/// A treasury's transactions, newest first, a page at a time.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/transactions", tag = "ledger",
    params(("handle" = String, Path), PagingParams),
    responses((status = 200, description = "one page of transactions, newest first", body = Page<TransactionView>),
        (status = 400, description = "a malformed cursor or limit", body = Problem),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn list_transactions(
    State(state): State<AppState>,
    Found(t): Found<TreasuryRow>,
    paging: Paging,
) -> Result<Page<TransactionView>, ApiError> {
    Ok(state
        .db
        .read(move |c| views::transactions_page(c, &t, &paging))
        .await?)
}

/// Records a transaction of any number of legs that balance to zero per unit (a
/// steward).
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/transactions", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = TransferInput,
    responses((status = 201, description = "the transaction", body = TransactionView),
        (status = 200, description = "the transaction written earlier with this idempotency key", body = TransactionView),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or account", body = Problem),
        (status = 409, description = "an account that must not go negative would; or the key was used for another request", body = Problem),
        (status = 422, description = "unbalanced legs, mixed units, an unknown unit, an amount too large or too precise", body = Problem)))]
pub async fn record_transaction(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<TransferInput>,
) -> Result<Response, ApiError> {
    write_transaction(state, move |c| {
        let t = service::require_treasury(c, &handle)?;
        let legs = i
            .legs
            .iter()
            .map(|l| LegInput {
                account: l.account.clone(),
                amount: l.amount.clone(),
                unit: l.unit.clone(),
            })
            .collect();
        let mut draft = Draft::transfer(legs);
        draft.memo = i.memo.clone();
        draft.reference = i.reference.clone();
        draft.date = i.date.clone();
        draft.request = fingerprint("transfer", &i);
        draft.key = i.idempotency_key;
        let r = service::record(c, &p, &t, draft)?;
        Ok((t, r))
    })
    .await
}

/// Records income from an external account into an asset account, with its category,
/// its outside reference and, if given, the commons it is earmarked for (a steward).
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/income", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = IncomeInput,
    responses((status = 201, description = "the transaction", body = TransactionView),
        (status = 200, description = "the transaction written earlier with this idempotency key", body = TransactionView),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury, account or commons", body = Problem),
        (status = 409, description = "the key was used for another request", body = Problem),
        (status = 422, description = "an unknown category or unit, an amount not above zero, too large or too precise, an account of the wrong kind", body = Problem)))]
pub async fn record_income(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<IncomeInput>,
) -> Result<Response, ApiError> {
    write_transaction(state, move |c| {
        let t = service::require_treasury(c, &handle)?;
        let mut draft = Draft::income(&i.category, &i.amount, &i.unit, &i.into, &i.from)?;
        draft.memo = i.memo.clone();
        draft.reference = i.reference.clone();
        draft.date = i.date.clone();
        draft.earmark = i.earmark.clone();
        draft.request = fingerprint("income", &i);
        draft.key = i.idempotency_key;
        let r = service::record(c, &p, &t, draft)?;
        Ok((t, r))
    })
    .await
}

/// Pays an external account from an asset account (a steward).
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/spending", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = SpendingInput,
    responses((status = 201, description = "the transaction", body = TransactionView),
        (status = 200, description = "the transaction written earlier with this idempotency key", body = TransactionView),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or account", body = Problem),
        (status = 409, description = "the account must not go negative and would; or the key was used for another request", body = Problem),
        (status = 422, description = "an unknown unit, an amount not above zero, too large or too precise, an account of the wrong kind", body = Problem)))]
pub async fn record_spending(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<SpendingInput>,
) -> Result<Response, ApiError> {
    write_transaction(state, move |c| {
        let t = service::require_treasury(c, &handle)?;
        let mut draft = Draft::spending(&i.amount, &i.unit, &i.from, &i.to)?;
        draft.memo = i.memo.clone();
        draft.reference = i.reference.clone();
        draft.date = i.date.clone();
        draft.request = fingerprint("spending", &i);
        draft.key = i.idempotency_key;
        let r = service::record(c, &p, &t, draft)?;
        Ok((t, r))
    })
    .await
}

/// One transaction with its legs.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/transactions/{number}", tag = "ledger",
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the transaction", body = TransactionView),
        (status = 404, description = "no such treasury or transaction", body = Problem)))]
pub async fn get_transaction(
    State(state): State<AppState>,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<TransactionView>, ApiError> {
    Ok(Json(
        state
            .db
            .read(move |c| {
                let t = service::require_treasury(c, &handle)?;
                let x = service::require_transaction(c, &t, number)?;
                views::transaction_detail(c, &t, &x)
            })
            .await?,
    ))
}

/// Reverses a transaction with a new one that negates every leg and names it (a
/// steward). A reversal is not reversed, nor a transaction twice.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/transactions/{number}/reverse", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = ReverseInput,
    responses((status = 201, description = "the reversal", body = TransactionView),
        (status = 200, description = "the reversal written earlier with this idempotency key", body = TransactionView),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or transaction", body = Problem),
        (status = 409, description = "reversed already, a reversal itself, an account that would go negative, or a reused key", body = Problem)))]
pub async fn reverse(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<ReverseInput>,
) -> Result<Response, ApiError> {
    write_transaction(state, move |c| {
        let t = service::require_treasury(c, &handle)?;
        let request = fingerprint(&format!("reverse {number}"), &i);
        let r = service::reverse(c, &p, &t, number, &i.memo, i.idempotency_key, request)?;
        Ok((t, r))
    })
    .await
}

/// A treasury's transactions as CSV, one row per leg, oldest first, streamed whole.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/ledger.csv", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "text/csv: number, booked_on, flow, category, memo, reference, earmark, reverses, author, position, account, kind, amount, unit", content_type = "text/csv"),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn csv(State(state): State<AppState>, Found(t): Found<TreasuryRow>) -> Response {
    let filename = format!("attachment; filename=\"{}-ledger.csv\"", t.handle);
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    tokio::spawn(async move {
        if tx
            .send(Ok(Bytes::from(journals::CSV_HEADER)))
            .await
            .is_err()
        {
            return;
        }
        let mut after = 0;
        loop {
            let t = t.clone();
            let batch = state
                .db
                .read(move |c| journals::csv_batch(c, &t, after))
                .await;
            let chunk = match batch {
                Ok(Some((text, last))) => {
                    after = last;
                    Ok(Bytes::from(text))
                }
                Ok(None) => return,
                Err(e) => Err(std::io::Error::other(e.to_string())),
            };
            let failed = chunk.is_err();
            if tx.send(chunk).await.is_err() || failed {
                return;
            }
        }
    });
    let body = Body::from_stream(tokio_stream::wrappers::ReceiverStream::new(rx));
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, filename),
        ],
        body,
    )
        .into_response()
}

/// Every treasury's ledger (or one's) as an hledger or a Beancount journal.
#[utoipa::path(get, path = "/api/v1/ledger/export", tag = "ledger",
    params(ExportParams),
    responses((status = 200, description = "text/plain: the journal, which `hledger check` and `bean-check` accept", content_type = "text/plain"),
        (status = 404, description = "no such treasury", body = Problem),
        (status = 422, description = "a format other than hledger or beancount", body = Problem)))]
pub async fn export(
    State(state): State<AppState>,
    Query(q): Query<ExportParams>,
) -> Result<Response, ApiError> {
    let format = Format::parse(&q.format)?;
    let text = state
        .db
        .read(move |c| {
            let mut out = Vec::new();
            journals::write(c, format, q.treasury.as_deref(), &mut out)?;
            Ok(out)
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DistributionInput {
    /// `equal` (everyone with an accepted contribution in the period the same), `hours`
    /// (in proportion to the minutes of accepted work records), `credrank`
    /// (SourceCred's contribution credit over the commons' accepted contributions and
    /// who accepted them) or `equation` (a value equation); when absent, the treasury's
    /// standing policy (`GET …/distribution-policy`).
    #[serde(default)]
    pub policy: Option<String>,
    /// The policy's parameters (see `DistributionPolicyInput`); when absent, the standing
    /// ones if the policy is the standing one, else the policy's defaults.
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub parameters: Option<serde_json::Value>,
    /// Decimal text, more than zero.
    pub amount: String,
    pub unit: String,
    /// The expense account the amount is booked to (`contributors` when absent; opened
    /// when missing).
    pub account: Option<String>,
    /// First day counted, `YYYY-MM-DD` (the commons' beginning when absent).
    pub since: Option<String>,
    /// Last day counted, `YYYY-MM-DD` (today when absent).
    pub until: Option<String>,
    #[serde(default)]
    pub memo: String,
}

/// Previews a distribution of a commons treasury's money to the commons' contributors (a
/// steward): every share with the weight the policy gave and the contributions behind
/// it. Nothing is booked until it is posted.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/distributions", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = DistributionInput,
    responses((status = 201, description = "the previewed distribution", body = DistributionView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury", body = Problem),
        (status = 422, description = "not a commons' treasury, an unknown policy or parameters that do not hold, a bad amount or period, or nobody to pay", body = Problem)))]
pub async fn preview_distribution(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<DistributionInput>,
) -> Result<Response, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let d = distributions::preview(
                c,
                &p,
                &t,
                NewDistribution {
                    policy: i.policy.as_deref(),
                    parameters: i.parameters.as_ref(),
                    amount: &i.amount,
                    unit: &i.unit,
                    account: i.account.as_deref(),
                    since: i.since.as_deref(),
                    until: i.until.as_deref(),
                    memo: &i.memo,
                },
            )?;
            views::distribution_view(c, &t, &d)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// A treasury's distributions, newest first, each with its shares.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/distributions", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "every distribution of the treasury, newest first", body = Vec<DistributionView>),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn list_distributions(
    State(state): State<AppState>,
    Found(t): Found<TreasuryRow>,
) -> Result<Json<Vec<DistributionView>>, ApiError> {
    Ok(Json(
        state
            .db
            .read(move |c| {
                super::store::distributions(c, &t.id)?
                    .iter()
                    .map(|d| views::distribution_view(c, &t, d))
                    .collect()
            })
            .await?,
    ))
}

/// One distribution with every share.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/distributions/{number}", tag = "ledger",
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the distribution", body = DistributionView),
        (status = 404, description = "no such treasury or distribution", body = Problem)))]
pub async fn get_distribution(
    State(state): State<AppState>,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<DistributionView>, ApiError> {
    Ok(Json(
        state
            .db
            .read(move |c| {
                let t = service::require_treasury(c, &handle)?;
                let d = distributions::require_distribution(c, &t, number)?;
                views::distribution_view(c, &t, &d)
            })
            .await?,
    ))
}

/// Approves a previewed distribution and posts it when that is enough (a steward): the
/// same as `…/approve` without a reason. Under a rule of one approval it posts at once —
/// one transaction, the amount to the expense account and each share to the recipient's
/// account of what the treasury owes them; under a rule of more it waits for the others.
/// Once only: a second approval by the same steward, or one after a post or a discard,
/// is a 409.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/distributions/{number}/post", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the distribution with the approval: posted, with its transaction's number, once the rule has its approvals", body = DistributionView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or distribution", body = Problem),
        (status = 409, description = "posted or discarded already, approved by this steward already, or this steward's objection stands", body = Problem)))]
pub async fn post_distribution(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<DistributionView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let (d, _) = distributions::approve(c, &p, t, number, "")?;
        views::distribution_view(c, t, &d)
    })
    .await
}

/// Approves a previewed distribution, saying why if one will (a steward). It posts, in
/// the same transaction, once as many stewards have approved as the treasury's rule asks
/// for an expense of its amount and no objection stands; each steward counts once.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/distributions/{number}/approve", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = VerdictInput,
    responses((status = 200, description = "the distribution with the approval, posted when it was the last one needed", body = DistributionView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or distribution", body = Problem),
        (status = 409, description = "posted or discarded already, approved by this steward already, or this steward's objection stands", body = Problem)))]
pub async fn approve_distribution(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<VerdictInput>,
) -> Result<Json<DistributionView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let (d, _) = distributions::approve(c, &p, t, number, &i.reason)?;
        views::distribution_view(c, t, &d)
    })
    .await
}

/// Objects to a previewed distribution, saying why (a steward who has not approved it):
/// it does not post while the objection stands.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/distributions/{number}/objection", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = VerdictInput,
    responses((status = 200, description = "the distribution with the objection", body = DistributionView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or distribution", body = Problem),
        (status = 409, description = "posted or discarded already, approved by this steward, or this steward's objection stands already", body = Problem),
        (status = 422, description = "no reason given", body = Problem)))]
pub async fn object_to_distribution(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<VerdictInput>,
) -> Result<Json<DistributionView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let d = distributions::object(c, &p, t, number, &i.reason)?;
        views::distribution_view(c, t, &d)
    })
    .await
}

/// Withdraws one's standing objection to a previewed distribution (its objector); when
/// the rule's approvals are in and no other objection stands, it posts now.
#[utoipa::path(delete, path = "/api/v1/treasuries/{handle}/distributions/{number}/objection", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the distribution, the objection withdrawn (posted when nothing else held it)", body = DistributionView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or distribution", body = Problem),
        (status = 409, description = "no objection of one's own stands, or the distribution is posted or discarded", body = Problem)))]
pub async fn withdraw_distribution_objection(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<DistributionView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let (d, _) = distributions::withdraw_objection(c, &p, t, number)?;
        views::distribution_view(c, t, &d)
    })
    .await
}

/// Discards a previewed distribution (a steward); nothing is booked.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/distributions/{number}/discard", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the discarded distribution", body = DistributionView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or distribution", body = Problem),
        (status = 409, description = "posted or discarded already", body = Problem)))]
pub async fn discard_distribution(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<DistributionView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let d = distributions::discard(c, &p, t, number)?;
        views::distribution_view(c, t, &d)
    })
    .await
}

/// What a person was paid back: every share of a posted distribution they received (with
/// the contributions behind it), and what each treasury still owes them.
#[utoipa::path(get, path = "/api/v1/people/{handle}/paid-back", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the person's shares and what is owed to them", body = PaidBackView),
        (status = 404, description = "no such person", body = Problem)))]
pub async fn paid_back(
    State(state): State<AppState>,
    Path(handle): Path<String>,
) -> Result<Json<PaidBackView>, ApiError> {
    Ok(Json(
        state
            .db
            .read(move |c| {
                let who = crate::accounts::require_person(c, &handle)?;
                views::paid_back(c, who.id.as_str(), &who.handle)
            })
            .await?,
    ))
}

/// The caller when a bearer token is sent (reads show a steward or a submitter more).
async fn maybe_caller(
    headers: &axum::http::HeaderMap,
    state: &AppState,
) -> Result<Option<crate::web::actor::Actor>, AppError> {
    if headers.contains_key(header::AUTHORIZATION) {
        Ok(Some(crate::web::actor::bearer(headers, state).await?))
    } else {
        Ok(None)
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DistributionPolicyInput {
    /// `equal`, `hours`, `credrank` or `equation`.
    pub policy: String,
    /// `equal` and `hours`: none (or `{}`). `credrank`: `{"grain": "immediate" |
    /// "balanced" | "recent", "half_life_weeks": N (recent only, default 4, at most 520),
    /// "weights": {"change": 1, "work_hour": 1, "comment": 0.25, "fork": 1, "author": 1,
    /// "review": 0.25, "commenter": 1, "forker": 0.25, "attribution": 1}}` (each weight
    /// from 0 to 1000, defaults when left out; see the README's table). `equation`: the value equation
    /// itself (`crates/value`'s format; fixed agents are people's handles; rules read
    /// contributions of kind `change`, quantity 1, and `work`, quantity its hours).
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub parameters: Option<serde_json::Value>,
}

/// Sets the distribution policy a commons treasury's previews and paid dues follow when
/// they name none (a steward). Nothing is stored when the policy or its parameters do
/// not hold.
#[utoipa::path(put, path = "/api/v1/treasuries/{handle}/distribution-policy", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = DistributionPolicyInput,
    responses((status = 200, description = "the policy as set, its parameters' defaults written out", body = views::DistributionPolicyView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury", body = Problem),
        (status = 422, description = "not a commons' treasury, an unknown policy, or parameters that do not hold (named)", body = Problem)))]
pub async fn set_distribution_policy(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<DistributionPolicyInput>,
) -> Result<Json<views::DistributionPolicyView>, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            policies::set(c, &p, &t, &i.policy, i.parameters.as_ref())?;
            views::distribution_policy(c, &t)
        })
        .await?;
    Ok(Json(view))
}

/// The distribution policy a treasury's previews and paid dues follow when they name
/// none: what it is, with its parameters, who set it and since when (`equal`, set by
/// nobody, when none was set).
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/distribution-policy", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the standing policy", body = views::DistributionPolicyView),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn get_distribution_policy(
    State(state): State<AppState>,
    Found(t): Found<TreasuryRow>,
) -> Result<Json<views::DistributionPolicyView>, ApiError> {
    let view = state
        .db
        .read(move |c| views::distribution_policy(c, &t))
        .await?;
    Ok(Json(view))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApprovalRuleInput {
    /// How many stewards must approve each expense, from 1 to the number of stewards.
    pub approvals: i64,
    /// Expenses above an amount that need more approvals (Open Collective's and the
    /// Occupy assembly's "above this, ask more people"); they replace the tiers the
    /// treasury had. An expense needs the most any tier it is above asks in its unit.
    #[serde(default)]
    pub above: Vec<expenses::Tier>,
    /// Approval by consent: an expense no steward objects to is approved this many days
    /// (1 to 90) after it is submitted, besides the stewards' approvals; none when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_days: Option<i64>,
}

/// Sets how many of the treasury's stewards must approve each expense submitted from now
/// on (a steward).
#[utoipa::path(put, path = "/api/v1/treasuries/{handle}/approval-rule", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = ApprovalRuleInput,
    responses((status = 200, description = "the rule as set", body = ApprovalRuleInput),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury", body = Problem),
        (status = 422, description = "fewer than one approval, or more than the treasury has stewards; a tier's amount that does not read, is not above zero, or is named twice", body = Problem)))]
pub async fn set_approval_rule(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<ApprovalRuleInput>,
) -> Result<Json<ApprovalRuleInput>, ApiError> {
    let (approvals, above) = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let set = expenses::set_rule(c, &p, &t, i.approvals, &i.above, i.consent_days)?;
            Ok((set, super::store::consent_days(c, &t.id)?))
        })
        .await?;
    let ((approvals, above), consent_days) = (approvals, above);
    Ok(Json(ApprovalRuleInput {
        approvals,
        above,
        consent_days,
    }))
}

/// The treasury's approval rule: the base count and its tiers by amount.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/approval-rule", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "the rule", body = ApprovalRuleInput),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn get_approval_rule(
    State(state): State<AppState>,
    Found(t): Found<TreasuryRow>,
) -> Result<Json<ApprovalRuleInput>, ApiError> {
    let ((approvals, above), consent_days) = state
        .db
        .read(move |c| {
            Ok((
                expenses::rule_of(c, &t)?,
                super::store::consent_days(c, &t.id)?,
            ))
        })
        .await?;
    Ok(Json(ApprovalRuleInput {
        approvals,
        above,
        consent_days,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReceiptInput {
    /// The file's name (`invoice-5531.pdf`).
    pub name: String,
    /// Its media type (`application/pdf`, `image/jpeg`).
    pub media_type: String,
    /// Its bytes in standard base64, at most 5 MiB once decoded.
    pub content_base64: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpenseInput {
    /// What the expense was for, in a line.
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// Decimal text, more than zero.
    pub amount: String,
    pub unit: String,
    /// Who is to be paid (a shop, a person).
    pub payee: String,
    /// How to pay them (an IBAN): shown to the stewards and the submitter only.
    #[serde(default)]
    pub payout: String,
    pub receipt: Option<ReceiptInput>,
    /// Why the receipt must be seen by the stewards and the submitter only; public when
    /// absent.
    pub receipt_private_reason: Option<String>,
    /// The number of the treasury's budget line it goes on (in the same unit).
    pub budget_line: Option<i64>,
    /// Save it as a draft: shown marked as a draft, decided by nobody until its author
    /// submits it (`POST …/expenses/{number}/submit`).
    #[serde(default)]
    pub draft: bool,
}

fn decoded(r: Option<ReceiptInput>) -> Result<Option<expenses::Receipt>, AppError> {
    use base64::Engine;
    Ok(match r {
        Some(r) => Some(expenses::Receipt {
            bytes: base64::engine::general_purpose::STANDARD
                .decode(r.content_base64.trim())
                .map_err(|_| {
                    AppError::invalid(
                        "invalid_expense",
                        crate::error::detail!("problem-expense-base64"),
                    )
                })?,
            name: r.name,
            media_type: r.media_type,
        }),
        None => None,
    })
}

/// Submits an expense to a treasury (anyone signed in): the stewards will approve or
/// reject it.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/expenses", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = ExpenseInput,
    responses((status = 201, description = "the submitted expense", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such treasury", body = Problem),
        (status = 422, description = "a missing title or payee, a bad amount, a receipt that is not base64 or is over 5 MiB", body = Problem)))]
pub async fn submit_expense(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<ExpenseInput>,
) -> Result<Response, ApiError> {
    let receipt = decoded(i.receipt)?;
    let view = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let e = expenses::submit(
                c,
                &p,
                &t,
                expenses::NewExpense {
                    title: &i.title,
                    description: &i.description,
                    amount: &i.amount,
                    unit: &i.unit,
                    payee: &i.payee,
                    payout: &i.payout,
                    receipt,
                    receipt_private_reason: i.receipt_private_reason.as_deref(),
                    budget_line: i.budget_line,
                    draft: i.draft,
                },
            )?;
            views::expense_view(c, &t, &e, true)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// A request to be paid what a treasury owes you.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PayoutInput {
    /// The amount in the unit of what is owed (`"12.50"`); all that is owed and not yet
    /// claimed when left out.
    #[serde(default)]
    pub amount: Option<String>,
    /// How to pay you (a bank account, say): seen by the stewards and you only.
    #[serde(default)]
    pub payout: String,
    #[serde(default)]
    pub description: String,
}

/// Asks a treasury for what it owes you (what distributions credited to `owed:<you>`):
/// an expense of yours, approved by the treasury's rule like any other, whose payment
/// debits what is owed. Payouts in the flow never claim more than is owed, even when sent
/// at once.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/payouts", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = PayoutInput,
    responses((status = 201, description = "the payout, submitted as an expense", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 404, description = "no such treasury", body = Problem),
        (status = 409, description = "nothing is owed to you (`nothing_owed`), or more than is owed less what your payouts in the flow claim (`payout_above_owed`, naming both)", body = Problem),
        (status = 422, description = "a bad amount", body = Problem)))]
pub async fn claim_payout(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<PayoutInput>,
) -> Result<Response, ApiError> {
    let view = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let e = payouts::claim(
                c,
                &p,
                &t,
                &payouts::PayoutRequest {
                    amount: i.amount.as_deref(),
                    payout: &i.payout,
                    description: &i.description,
                },
            )?;
            views::expense_view(c, &t, &e, true)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// A treasury's expenses, newest first, but for those marked spam (payout details only for its stewards and each
/// expense's submitter).
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/expenses", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "every expense of the treasury, newest first", body = Vec<ExpenseView>),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn list_expenses(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Found(t): Found<TreasuryRow>,
) -> Result<Json<Vec<ExpenseView>>, ApiError> {
    let who = maybe_caller(&headers, &state).await?;
    Ok(Json(
        state
            .db
            .read(move |c| {
                let mut out = Vec::new();
                for e in super::store::expenses(c, &t.id)? {
                    if !expenses::listed(&e.state) {
                        continue;
                    }
                    let sees = expenses::sees_private(c, who.as_ref(), &t, &e)?;
                    out.push(views::expense_view(c, &t, &e, sees)?);
                }
                Ok(out)
            })
            .await?,
    ))
}

/// One expense with every approval and rejection.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/expenses/{number}", tag = "ledger",
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the expense", body = ExpenseView),
        (status = 404, description = "no such treasury or expense", body = Problem)))]
pub async fn get_expense(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<ExpenseView>, ApiError> {
    let who = maybe_caller(&headers, &state).await?;
    Ok(Json(
        state
            .db
            .read(move |c| {
                let t = service::require_treasury(c, &handle)?;
                let e = expenses::require_expense(c, &t, number)?;
                let sees = expenses::sees_private(c, who.as_ref(), &t, &e)?;
                views::expense_view(c, &t, &e, sees)
            })
            .await?,
    ))
}

/// An expense's receipt, as it was sent (a private one: for the treasury's stewards and
/// the submitter only).
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/expenses/{number}/receipt", tag = "ledger",
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the receipt's bytes, with its media type", content_type = "application/octet-stream"),
        (status = 403, description = "the receipt is private", body = Problem),
        (status = 404, description = "no such treasury, expense or receipt", body = Problem)))]
pub async fn receipt(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Response, ApiError> {
    let who = maybe_caller(&headers, &state).await?;
    let (media_type, name, bytes) = state
        .db
        .read(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let e = expenses::require_expense(c, &t, number)?;
            let none = || AppError::not_found(crate::error::detail!("problem-no-record"));
            let meta = super::store::receipt_meta(c, &e.id)?.ok_or_else(none)?;
            if let Some(reason) = &meta.private_reason
                && !expenses::sees_private(c, who.as_ref(), &t, &e)?
            {
                return Err(expenses::hidden(reason));
            }
            let bytes = super::store::receipt_content(c, &e.id)?.ok_or_else(none)?;
            Ok((meta.media_type, meta.name, bytes))
        })
        .await?;
    let media_type = media_type.parse::<axum::http::HeaderValue>().unwrap_or(
        axum::http::HeaderValue::from_static("application/octet-stream"),
    );
    let disposition = format!(
        "attachment; filename=\"{}\"",
        name.replace(['"', '\\', '\r', '\n'], "_")
    );
    Ok((
        [
            (header::CONTENT_TYPE, media_type),
            (
                header::CONTENT_DISPOSITION,
                disposition
                    .parse()
                    .unwrap_or(axum::http::HeaderValue::from_static("attachment")),
            ),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                axum::http::HeaderValue::from_static("nosniff"),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerdictInput {
    /// Why: required to reject, optional to approve.
    #[serde(default)]
    pub reason: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PayInput {
    /// The asset account it is paid from.
    pub from: String,
    /// The external account it is paid to (`payees` when absent; opened when missing). A
    /// payout always pays its person's account of what is owed, whatever this says.
    pub to: Option<String>,
}

/// Loads the treasury `handle` and runs `act` on it in one write transaction, answering
/// what it returns: the shape of every steward's action on a treasury's object.
async fn write_on<V: Serialize + Send + 'static>(
    state: AppState,
    handle: String,
    act: impl FnOnce(&mut crate::db::DbConn, &TreasuryRow) -> Result<V, AppError> + Send + 'static,
) -> Result<Json<V>, ApiError> {
    Ok(Json(
        state
            .db
            .write(move |c| {
                let t = service::require_treasury(c, &handle)?;
                act(c, &t)
            })
            .await?,
    ))
}

/// Approves a submitted expense (a steward who did not submit it). It is approved once
/// as many stewards as the treasury's rule asked have approved.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/expenses/{number}/approve", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = VerdictInput,
    responses((status = 200, description = "the expense with the approval", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward, or one's own expense", body = Problem),
        (status = 404, description = "no such treasury or expense", body = Problem),
        (status = 409, description = "not waiting for approval, approved or rejected by this steward already, or over its budget line in a treasury that blocks that", body = Problem)))]
pub async fn approve_expense(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<VerdictInput>,
) -> Result<Json<ExpenseView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let e = expenses::vote(c, &p, t, number, true, &i.reason)?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

/// Rejects a submitted expense, saying why (a steward who did not submit it).
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/expenses/{number}/reject", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = VerdictInput,
    responses((status = 200, description = "the rejected expense", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward, or one's own expense", body = Problem),
        (status = 404, description = "no such treasury or expense", body = Problem),
        (status = 409, description = "not waiting for approval, or decided by this steward already", body = Problem),
        (status = 422, description = "no reason given", body = Problem)))]
pub async fn reject_expense(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<VerdictInput>,
) -> Result<Json<ExpenseView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let e = expenses::vote(c, &p, t, number, false, &i.reason)?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

/// Pays an approved expense (a steward who did not submit it): the spending is recorded.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/expenses/{number}/pay", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = PayInput,
    responses((status = 200, description = "the paid expense, with its transaction's number", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward, or one's own expense", body = Problem),
        (status = 404, description = "no such treasury, expense or account", body = Problem),
        (status = 409, description = "not approved, or the account would go negative", body = Problem)))]
pub async fn pay_expense(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<PayInput>,
) -> Result<Json<ExpenseView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let e = expenses::pay(c, &p, t, number, &i.from, i.to.as_deref())?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

/// Withdraws one's own expense while it is not paid.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/expenses/{number}/cancel", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the withdrawn expense", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not the submitter", body = Problem),
        (status = 404, description = "no such treasury or expense", body = Problem),
        (status = 409, description = "paid, rejected or withdrawn already", body = Problem)))]
pub async fn cancel_expense(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<ExpenseView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let e = expenses::cancel(c, &p, t, number)?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

/// The author submits their draft, or their incomplete expense again: it is decided afresh
/// by the rule the treasury has now.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/expenses/{number}/submit", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the submitted expense", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not its author", body = Problem),
        (status = 404, description = "no such treasury or expense", body = Problem),
        (status = 409, description = "neither a draft nor incomplete (spam is never submitted again)", body = Problem)))]
pub async fn send_expense(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<ExpenseView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let e = expenses::send(c, &p, t, number)?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpenseEditInput {
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// Decimal text in the expense's unit, more than zero.
    pub amount: String,
    pub payee: String,
    #[serde(default)]
    pub payout: String,
    /// A receipt to replace the one it has; the one it has stays when absent.
    pub receipt: Option<ReceiptInput>,
    pub receipt_private_reason: Option<String>,
}

/// The author edits their draft or incomplete expense (every text whole; the unit stays).
#[utoipa::path(put, path = "/api/v1/treasuries/{handle}/expenses/{number}", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = ExpenseEditInput,
    responses((status = 200, description = "the edited expense", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not its author", body = Problem),
        (status = 404, description = "no such treasury or expense", body = Problem),
        (status = 409, description = "neither a draft nor incomplete", body = Problem),
        (status = 422, description = "a missing title or payee, a bad amount, a receipt that is not base64 or is over 5 MiB", body = Problem)))]
pub async fn edit_expense(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<ExpenseEditInput>,
) -> Result<Json<ExpenseView>, ApiError> {
    let receipt = decoded(i.receipt)?;
    write_on(state, handle, move |c, t| {
        let e = expenses::edit(
            c,
            &p,
            t,
            number,
            expenses::ExpenseEdit {
                title: &i.title,
                description: &i.description,
                amount: &i.amount,
                payee: &i.payee,
                payout: &i.payout,
                receipt,
                receipt_private_reason: i.receipt_private_reason.as_deref(),
            },
        )?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

/// Asks the author for more on a submitted expense, saying what (a steward who did not
/// submit it): it is incomplete until submitted again, and its approvals so far are set
/// aside.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/expenses/{number}/incomplete", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = VerdictInput,
    responses((status = 200, description = "the incomplete expense", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward, or one's own expense", body = Problem),
        (status = 404, description = "no such treasury or expense", body = Problem),
        (status = 409, description = "not waiting for approval", body = Problem),
        (status = 422, description = "no reason given", body = Problem)))]
pub async fn ask_more_on_expense(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<VerdictInput>,
) -> Result<Json<ExpenseView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let e = expenses::ask_more(c, &p, t, number, &i.reason)?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScheduleInput {
    /// The day of payment, `YYYY-MM-DD`, from today to a year ahead.
    pub pay_on: String,
}

/// Queues an approved expense for payment on a day (a steward who did not submit it);
/// it is paid as an approved one is.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/expenses/{number}/schedule", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = ScheduleInput,
    responses((status = 200, description = "the scheduled expense", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward, or one's own expense", body = Problem),
        (status = 404, description = "no such treasury or expense", body = Problem),
        (status = 409, description = "not approved, or above a spending limit no decision lifted", body = Problem),
        (status = 422, description = "a day that is not YYYY-MM-DD from today to a year ahead", body = Problem)))]
pub async fn schedule_expense(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<ScheduleInput>,
) -> Result<Json<ExpenseView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let e = expenses::schedule(c, &p, t, number, &i.pay_on)?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

/// Why a scheduled expense is taken off its day, if one says.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UnscheduleInput {
    /// At most 500 characters; may be left out.
    #[serde(default)]
    pub reason: String,
}

/// Takes a scheduled expense off its day of payment (a steward who did not submit it): it
/// is approved again, to be paid or scheduled anew.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/expenses/{number}/unschedule", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = UnscheduleInput,
    responses((status = 200, description = "the expense, approved again", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward, or one's own expense", body = Problem),
        (status = 404, description = "no such treasury or expense", body = Problem),
        (status = 409, description = "not scheduled", body = Problem),
        (status = 422, description = "a reason longer than 500 characters", body = Problem)))]
pub async fn unschedule_expense(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<UnscheduleInput>,
) -> Result<Json<ExpenseView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let e = expenses::unschedule(c, &p, t, number, &i.reason)?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

/// Marks an expense as spam, saying why (a steward who did not submit it): it leaves the
/// lists and is never submitted again.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/expenses/{number}/spam", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = VerdictInput,
    responses((status = 200, description = "the expense marked as spam", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward, or one's own expense", body = Problem),
        (status = 404, description = "no such treasury or expense", body = Problem),
        (status = 409, description = "approved, scheduled, paid, withdrawn or spam already", body = Problem),
        (status = 422, description = "no reason given", body = Problem)))]
pub async fn mark_expense_spam(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<VerdictInput>,
) -> Result<Json<ExpenseView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let e = expenses::mark_spam(c, &p, t, number, &i.reason)?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

/// Objects to a submitted expense under consent, saying why (a steward who did not submit
/// it): it is not approved while the objection stands.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/expenses/{number}/objection", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = VerdictInput,
    responses((status = 200, description = "the expense with the objection", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward, or one's own expense", body = Problem),
        (status = 404, description = "no such treasury or expense", body = Problem),
        (status = 409, description = "not waiting for approval, not under consent, or objected to by this steward already", body = Problem),
        (status = 422, description = "no reason given", body = Problem)))]
pub async fn object_to_expense(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<VerdictInput>,
) -> Result<Json<ExpenseView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let e = expenses::object(c, &p, t, number, &i.reason)?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

/// Withdraws one's standing objection to an expense (its objector).
#[utoipa::path(delete, path = "/api/v1/treasuries/{handle}/expenses/{number}/objection", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the expense, the objection withdrawn", body = ExpenseView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward", body = Problem),
        (status = 404, description = "no such treasury or expense", body = Problem),
        (status = 409, description = "no objection of one's own stands, or the expense is decided", body = Problem)))]
pub async fn withdraw_expense_objection(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<ExpenseView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let e = expenses::withdraw_objection(c, &p, t, number, "")?;
        views::expense_view(c, t, &e, true)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HoldInput {
    /// The account the amount is set aside from.
    pub from: String,
    /// The account it is for, once posted.
    pub to: String,
    /// Decimal text, more than zero.
    pub amount: String,
    pub unit: String,
    /// When it expires (RFC 3339 with its offset), within a year.
    pub expires_at: String,
    #[serde(default)]
    pub memo: String,
}

/// Sets an amount aside from one account for another until a time (a steward): a
/// pledge, a deposit, escrow. An account that must not go negative refuses a hold it
/// could not cover, after what other holds set aside.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/holds", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = HoldInput,
    responses((status = 201, description = "the pending hold", body = HoldView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or account", body = Problem),
        (status = 409, description = "the account cannot cover it", body = Problem),
        (status = 422, description = "a bad amount or time, or one account twice", body = Problem)))]
pub async fn place_hold(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path(handle): Path<String>,
    ApiJson(i): ApiJson<HoldInput>,
) -> Result<Response, ApiError> {
    let expires_at = i
        .expires_at
        .trim()
        .parse::<jiff::Timestamp>()
        .map_err(|_| {
            AppError::invalid(
                "invalid_time",
                crate::error::detail!("problem-lending-time-malformed", field = "expires_at"),
            )
        })?
        .as_millisecond();
    let view = state
        .db
        .write(move |c| {
            let t = service::require_treasury(c, &handle)?;
            let h = holds::place(
                c,
                &p,
                &t,
                holds::NewHold {
                    from: &i.from,
                    to: &i.to,
                    amount: &i.amount,
                    unit: &i.unit,
                    expires_at,
                    memo: &i.memo,
                },
            )?;
            views::hold_view(c, &t, &h)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// A treasury's holds, newest first.
#[utoipa::path(get, path = "/api/v1/treasuries/{handle}/holds", tag = "ledger",
    params(("handle" = String, Path)),
    responses((status = 200, description = "every hold of the treasury, newest first", body = Vec<HoldView>),
        (status = 404, description = "no such treasury", body = Problem)))]
pub async fn list_holds(
    State(state): State<AppState>,
    Found(t): Found<TreasuryRow>,
) -> Result<Json<Vec<HoldView>>, ApiError> {
    Ok(Json(
        state
            .db
            .read(move |c| {
                super::store::holds(c, &t.id)?
                    .iter()
                    .map(|h| views::hold_view(c, &t, h))
                    .collect()
            })
            .await?,
    ))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PostHoldInput {
    /// Decimal text: how much of it to post (all of it when absent); the rest is released.
    pub amount: Option<String>,
}

/// Posts a pending hold, in full or in part, as one transfer (a steward).
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/holds/{number}/post", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)), request_body = PostHoldInput,
    responses((status = 200, description = "the posted hold, with its transaction's number", body = HoldView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or hold", body = Problem),
        (status = 409, description = "posted, voided or expired already", body = Problem),
        (status = 422, description = "more than it holds, or a bad amount", body = Problem)))]
pub async fn post_hold(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
    ApiJson(i): ApiJson<PostHoldInput>,
) -> Result<Json<HoldView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let h = holds::post(c, &p, t, number, i.amount.as_deref())?;
        views::hold_view(c, t, &h)
    })
    .await
}

/// Voids a pending hold (a steward): what it set aside is free again.
#[utoipa::path(post, path = "/api/v1/treasuries/{handle}/holds/{number}/void", tag = "ledger", security(("bearer" = [])),
    params(("handle" = String, Path), ("number" = i64, Path)),
    responses((status = 200, description = "the voided hold", body = HoldView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not a steward of the treasury", body = Problem),
        (status = 404, description = "no such treasury or hold", body = Problem),
        (status = 409, description = "posted, voided or expired already", body = Problem)))]
pub async fn void_hold(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<HoldView>, ApiError> {
    write_on(state, handle, move |c, t| {
        let h = holds::void(c, &p, t, number)?;
        views::hold_view(c, t, &h)
    })
    .await
}
