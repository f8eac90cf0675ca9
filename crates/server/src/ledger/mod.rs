//! The ledger: money in the open. An organization, a commons, a body or a person opens a
//! treasury (its admins, its maintainers or the person become its stewards); stewards open accounts, each in one unit
//! (an ISO 4217 currency, hours or credits; external counterparties are accounts too),
//! record income with its outside reference and category (donation, sponsorship,
//! membership fee, sale, licence fee, grant; earmarked for a commons or not), spending
//! to a counterparty, and transfers of any number of legs. Every transaction balances
//! to zero per unit — by construction in `model::Transaction` and again in the store,
//! in the writing transaction — and is never changed: a correction is a reversal that
//! names its original. Anyone reads a treasury's balances, its transactions, its
//! monthly income and expenses, and the whole ledger as CSV, hledger or Beancount.
//!
//! The page of an organization, a commons, a body or a person with a treasury shows its balances
//! (a panel).
//!
//! Every transaction is sealed onto its treasury's chain of SHA-256 hashes (`chain`), which
//! anyone can have recomputed to see that no row was changed outside the ledger.
//!
//! Rooms: `model` (rules, no I/O), `store` (queries and the checks after writing),
//! `service` (flows with their journal events), `chain` (the seals), `views` (what is shown), `journals`
//! (hledger, Beancount and CSV), `api` and `pages` (the routes, assembled here), `demo`
//! (treasuries seeded through the same flows) and `export`.

mod api;
mod chain;
mod demo;
mod distribution_pages;
mod distributions;
mod events;
mod expense_pages;
mod expenses;
mod export;
mod holds;
mod journals;
mod lines;
mod model;
mod pages;
mod payouts;
mod peer;
mod peer_api;
mod peer_pages;
mod policies;
mod receivables;
mod rule_pages;
mod service;
mod shares;
mod spending_pages;
mod statements;
mod store;
mod views;

pub use demo::{seed as seed_demo, seed_city};
pub use distribution_pages::paid_back_panel;
pub use events::EVENTS;
pub use export::EXPORT;
pub use pages::treasury_panel;
pub use receivables::{Held, Owed, Settlement};
pub use shares::CommentMark;
pub use spending_pages::project_spending_panel;

use crate::db::DbConn;
use crate::error::AppError;
use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};
pub use chain::ChainView;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Writes every treasury's ledger, or one's, as an hledger (`"hledger"`) or Beancount
/// (`"beancount"`) journal: what `commonfare ledger export` prints.
pub fn write_journal(
    conn: &mut DbConn,
    format: &str,
    treasury: Option<&str>,
    out: &mut dyn std::io::Write,
) -> Result<(), AppError> {
    journals::write(conn, journals::Format::parse(format)?, treasury, out)
}

/// Writes every account's balance (of all treasuries, or of one) as CSV in the shape of
/// `hledger balance -O csv`: what `commonfare ledger balances` prints.
pub fn write_balances(
    conn: &mut DbConn,
    treasury: Option<&str>,
    out: &mut dyn std::io::Write,
) -> Result<(), AppError> {
    journals::write_balances(conn, treasury, out)
}

/// How often the expiry sweep looks for holds whose time has come.
pub const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(15);

/// Marks expired every pending hold whose time has passed, each in its own transaction;
/// returns how many. Twice, or in two processes at once, expires each hold once (the
/// change is guarded by the hold's state). An expired hold stops counting at its time
/// even before the sweep marks it.
pub async fn sweep(state: &AppState) -> Result<usize, AppError> {
    let now = crate::db::now_ms();
    let due = state.db.read(move |c| store::holds_due(c, now)).await?;
    let mut expired = 0;
    for id in due {
        if state
            .db
            .write(move |c| holds::expire_due(c, &id, now))
            .await?
        {
            expired += 1;
        }
    }
    Ok(expired)
}

/// Approves every submitted expense whose consent period has ended with no objection
/// standing, each in its own transaction under its treasury's lock; returns how many.
/// Twice, or in two processes at once, approves each once (the move is guarded by the
/// expense's state); what is due is read from the stored steps, so a server that was down
/// when a period ended approves it when it starts.
pub async fn sweep_consent(state: &AppState) -> Result<usize, AppError> {
    let now = crate::db::now_ms();
    let due = state.db.read(move |c| store::consent_due(c, now)).await?;
    let mut approved = 0;
    for id in due {
        if state
            .db
            .write(move |c| expenses::approve_by_consent(c, &id, now))
            .await?
        {
            approved += 1;
        }
    }
    Ok(approved)
}

/// Runs the expiry sweep and the consent sweep when the server starts and every
/// [`SWEEP_EVERY`] after, until the server shuts down.
pub async fn sweep_forever(state: AppState) {
    let mut stop = state.shutdown.subscribe();
    loop {
        match sweep(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(expired = n, "expired holds whose time had come"),
            Err(e) => tracing::error!(error = %e, "the hold expiry sweep failed; trying again"),
        }
        match sweep_consent(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(approved = n, "approved expenses by consent"),
            Err(e) => tracing::error!(error = %e, "the consent sweep failed; trying again"),
        }
        tokio::select! {
            _ = tokio::time::sleep(SWEEP_EVERY) => {}
            _ = stop.changed() => return,
        }
        if *stop.borrow() {
            return;
        }
    }
}

pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/treasuries", get(pages::list))
        .route("/treasuries/{handle}", get(pages::show))
        .route("/treasuries/{handle}/statements", get(pages::statements))
        .route(
            "/treasuries/{handle}/payouts",
            post(distribution_pages::claim_payout),
        )
        .route(
            "/treasuries/{handle}/distributions",
            get(distribution_pages::list).post(distribution_pages::preview),
        )
        .route(
            "/treasuries/{handle}/distributions/{number}",
            get(distribution_pages::show),
        )
        .route(
            "/treasuries/{handle}/distribution-policy",
            post(distribution_pages::set_policy),
        )
        .route(
            "/treasuries/{handle}/distributions/{number}/{action}",
            post(distribution_pages::decide),
        )
        .route(
            "/treasuries/{handle}/peer-rounds",
            get(peer_pages::list).post(peer_pages::open),
        )
        .route(
            "/treasuries/{handle}/peer-rounds/{number}",
            get(peer_pages::show),
        )
        .route(
            "/treasuries/{handle}/peer-rounds/{number}/gifts",
            post(peer_pages::give),
        )
        .route(
            "/treasuries/{handle}/peer-rounds/{number}/close",
            post(peer_pages::close),
        )
        .route("/treasuries/{handle}/rules", get(rule_pages::show))
        .route(
            "/treasuries/{handle}/rules/approvals",
            post(rule_pages::set_approvals),
        )
        .route(
            "/treasuries/{handle}/rules/over-line",
            post(rule_pages::set_over_line),
        )
        .route(
            "/treasuries/{handle}/rules/lines",
            post(rule_pages::add_line),
        )
        .route(
            "/treasuries/{handle}/rules/from-budget",
            post(rule_pages::lines_from_budget),
        )
        .route(
            "/treasuries/{handle}/expenses",
            get(expense_pages::list).post(expense_pages::submit).layer(
                axum::extract::DefaultBodyLimit::max(expenses::MAX_RECEIPT_BYTES + 64 * 1024),
            ),
        )
        .route(
            "/treasuries/{handle}/expenses/{number}",
            get(expense_pages::show),
        )
        .route(
            "/treasuries/{handle}/expenses/{number}/edit",
            post(expense_pages::edit).layer(axum::extract::DefaultBodyLimit::max(
                expenses::MAX_RECEIPT_BYTES + 64 * 1024,
            )),
        )
        .route(
            "/treasuries/{handle}/expenses/{number}/{action}",
            post(expense_pages::act),
        )
}

/// API routes, each with its OpenAPI operation. Submitting an expense takes a receipt
/// of up to 5 MiB (in base64), so its body may be larger.
pub fn api() -> OpenApiRouter<AppState> {
    let receipt = |(schemas, paths, route): utoipa_axum::router::UtoipaMethodRouter<AppState>| {
        let limit = (expenses::MAX_RECEIPT_BYTES / 3 + 1) * 4 + 64 * 1024;
        (
            schemas,
            paths,
            route.layer(axum::extract::DefaultBodyLimit::max(limit)),
        )
    };
    OpenApiRouter::new()
        .routes(routes!(api::open_treasury))
        .routes(routes!(api::get_treasury))
        .routes(routes!(api::open_account))
        .routes(routes!(api::balances))
        .routes(routes!(api::chain))
        .routes(routes!(api::statements))
        .routes(routes!(api::list_lines, api::add_line))
        .routes(routes!(api::lines_from_budget))
        .routes(routes!(api::lines_by_source))
        .routes(routes!(api::set_budget_rule))
        .routes(routes!(api::list_transactions, api::record_transaction))
        .routes(routes!(api::get_transaction))
        .routes(routes!(api::reverse))
        .routes(routes!(api::record_income))
        .routes(routes!(api::record_spending))
        .routes(routes!(api::csv))
        .routes(routes!(api::export))
        .routes(routes!(api::list_distributions, api::preview_distribution))
        .routes(routes!(api::get_distribution))
        .routes(routes!(api::post_distribution))
        .routes(routes!(api::discard_distribution))
        .routes(routes!(api::approve_distribution))
        .routes(routes!(
            api::object_to_distribution,
            api::withdraw_distribution_objection
        ))
        .routes(routes!(api::paid_back))
        .routes(routes!(
            api::get_distribution_policy,
            api::set_distribution_policy
        ))
        .routes(routes!(api::get_approval_rule, api::set_approval_rule))
        .routes(receipt(routes!(api::list_expenses, api::submit_expense)))
        .routes(routes!(api::get_expense, api::edit_expense))
        .routes(routes!(api::send_expense))
        .routes(routes!(api::ask_more_on_expense))
        .routes(routes!(api::schedule_expense))
        .routes(routes!(api::unschedule_expense))
        .routes(routes!(api::claim_payout))
        .routes(routes!(api::mark_expense_spam))
        .routes(routes!(
            api::object_to_expense,
            api::withdraw_expense_objection
        ))
        .routes(routes!(api::receipt))
        .routes(routes!(api::approve_expense))
        .routes(routes!(api::reject_expense))
        .routes(routes!(api::pay_expense))
        .routes(routes!(api::cancel_expense))
        .routes(routes!(
            peer_api::list_peer_rounds,
            peer_api::open_peer_round
        ))
        .routes(routes!(peer_api::get_peer_round))
        .routes(routes!(peer_api::my_peer_gifts, peer_api::set_peer_gifts))
        .routes(routes!(peer_api::close_peer_round))
        .routes(routes!(api::list_holds, api::place_hold))
        .routes(routes!(api::post_hold))
        .routes(routes!(api::void_hold))
}

/// Every account whose kept balance is not the sum of its legs, with both: (account id,
/// kept, summed). Empty unless legs were written around the ledger's one write path.
pub fn balances_off(conn: &mut DbConn) -> Result<Vec<(String, i64, i64)>, AppError> {
    store::balances_off(conn)
}

/// Recomputes every treasury's chain of seals from its rows (for `commonfare verify`).
pub fn verify_chains(conn: &mut DbConn) -> Result<Vec<ChainView>, AppError> {
    store::treasuries(conn)?
        .iter()
        .map(|t| chain::verify(conn, t))
        .collect()
}

/// The handle of the treasury of the organization, commons or person `owner_id`
/// (`owner_kind`: `organization`, `commons` or `person`), if one is open: where a fee owed
/// to a commons is paid.
pub fn treasury_of(
    conn: &mut DbConn,
    owner_kind: &str,
    owner_id: &str,
) -> Result<Option<String>, AppError> {
    Ok(store::treasury_of(conn, owner_kind, owner_id)?.map(|t| t.handle))
}

/// Books what another domain's rule made owed to the treasury of the commons
/// `commons_id` (see `receivables`): `None` when the commons has no treasury, else its
/// handle and the transaction's number.
pub fn book_owed(
    conn: &mut DbConn,
    actor: &crate::web::actor::Actor,
    commons_id: &str,
    owed: &Owed<'_>,
) -> Result<Option<(String, i64)>, AppError> {
    book_owed_to(conn, actor, "commons", commons_id, owed)
}

/// Books what another domain's rule made owed to the treasury of the organization,
/// commons or person `owner_id` (`owner_kind`: `organization`, `commons`, `person`):
/// `None` when it has no treasury, else its handle and the transaction's number.
pub fn book_owed_to(
    conn: &mut DbConn,
    actor: &crate::web::actor::Actor,
    owner_kind: &str,
    owner_id: &str,
    owed: &Owed<'_>,
) -> Result<Option<(String, i64)>, AppError> {
    let Some(t) = store::treasury_of(conn, owner_kind, owner_id)? else {
        return Ok(None);
    };
    let number = receivables::owe(conn, actor, &t, owed)?;
    Ok(Some((t.handle, number)))
}

/// Books money the treasury `handle` holds for someone (`back`: false), or gives it
/// back (`back`: true), as another domain's rule says (see `receivables`); returns the
/// transaction's number.
pub fn book_held(
    conn: &mut DbConn,
    actor: &crate::web::actor::Actor,
    handle: &str,
    held: &Held<'_>,
    back: bool,
) -> Result<i64, AppError> {
    let t = service::require_treasury(conn, handle)?;
    receivables::hold(conn, actor, &t, held, back)
}

/// A steward of the treasury `handle` records the payment of what was owed; returns the
/// transaction's number.
pub fn book_settled(
    conn: &mut DbConn,
    actor: &crate::web::actor::Actor,
    handle: &str,
    s: &Settlement<'_>,
) -> Result<i64, AppError> {
    let t = service::require_treasury(conn, handle)?;
    receivables::settle(conn, actor, &t, s)
}

/// A steward of the commons' treasury `handle` previews the distribution of `amount` to
/// the commons' contributors of all time by `policy` (`equal`, `hours`, `credrank`,
/// `equation`), or by the treasury's standing policy when `None`; the stewards post it or
/// discard it on the distribution's page. `None` when nobody contributed yet.
pub fn preview_distribution(
    conn: &mut DbConn,
    actor: &crate::web::actor::Actor,
    handle: &str,
    amount: &commonfare_value::money::Money,
    policy: Option<&str>,
    memo: &str,
) -> Result<Option<i64>, AppError> {
    let t = service::require_treasury(conn, handle)?;
    let number = model::number(amount);
    let made = distributions::preview(
        conn,
        actor,
        &t,
        distributions::NewDistribution {
            policy,
            parameters: None,
            amount: &number,
            unit: amount.unit().code(),
            account: None,
            since: None,
            until: None,
            memo,
        },
    );
    match made {
        Ok(d) => Ok(Some(d.number)),
        Err(e) if e.code == "no_contributors" => Ok(None),
        Err(e) => Err(e),
    }
}

/// Reads the comments (deletions left out) on the threads of the commons `commons_id`
/// written in `[since, until)`: the discussion's, set when the server starts — the ledger
/// cannot read them itself, since the discussion reaches the ledger through the
/// coalition.
pub type CommentSource = fn(&mut DbConn, &str, i64, i64) -> Result<Vec<CommentMark>, AppError>;

static COMMENTS: std::sync::OnceLock<CommentSource> = std::sync::OnceLock::new();

/// Sets where CredRank's contribution graph reads a commons' comments (the first one
/// set holds for the process; none set: no comments counted).
pub fn set_comment_source(source: CommentSource) {
    let _ = COMMENTS.set(source);
}

/// The comments on a commons' threads in a period, from the source set at start.
pub(crate) fn comments_in_period(
    conn: &mut DbConn,
    commons_id: &str,
    since: i64,
    until: i64,
) -> Result<Vec<CommentMark>, AppError> {
    match COMMENTS.get() {
        Some(read) => read(conn, commons_id, since, until),
        None => Ok(Vec::new()),
    }
}

/// The address of transaction `number` of the treasury `handle` (its line on the
/// treasury's page).
pub fn transaction_url(handle: &str, number: i64) -> String {
    format!("/treasuries/{handle}#transaction-{number}")
}

/// The address of distribution `number` of the treasury `handle`.
pub fn distribution_url(handle: &str, number: i64) -> String {
    format!("/treasuries/{handle}/distributions/{number}")
}

/// Whether `person_id` is a steward of the treasury `handle` (false when there is none).
pub fn is_steward(conn: &mut DbConn, handle: &str, person_id: &str) -> Result<bool, AppError> {
    match store::treasury_by_handle(conn, handle)? {
        Some(t) => store::is_steward(conn, &t.id, person_id),
        None => Ok(false),
    }
}

/// Opens the treasury of an organization, a commons or a person (`owner`:
/// `organization`, `commons`, `person`) named `handle`, with its asset account `bank` in
/// `unit` (which must not go negative): for another domain's demo, through the same flows
/// as the API. Returns the treasury's handle.
pub fn open_treasury_with_bank(
    conn: &mut DbConn,
    actor: &crate::web::actor::Actor,
    owner: &str,
    handle: &str,
    unit: &str,
) -> Result<String, AppError> {
    let t = service::open_treasury(conn, actor, owner, handle)?;
    service::open_account(
        conn,
        actor,
        &t,
        service::NewAccount {
            name: "bank",
            kind: "asset",
            unit,
            must_not_go_negative: true,
        },
    )?;
    Ok(t.handle)
}

/// A steward sets the standing distribution policy of the commons' treasury `handle`
/// (`parameters` as the API takes them): for another domain's demo.
pub fn set_distribution_policy(
    conn: &mut DbConn,
    actor: &crate::web::actor::Actor,
    handle: &str,
    policy: &str,
    parameters: Option<&serde_json::Value>,
) -> Result<(), AppError> {
    let t = service::require_treasury(conn, handle)?;
    policies::set(conn, actor, &t, policy, parameters)?;
    Ok(())
}

/// A steward approves the previewed distribution `number` of the treasury `handle`: it
/// posts when the treasury's rule has its approvals (at once under a rule of one).
pub fn post_distribution(
    conn: &mut DbConn,
    actor: &crate::web::actor::Actor,
    handle: &str,
    number: i64,
) -> Result<(), AppError> {
    let t = service::require_treasury(conn, handle)?;
    distributions::approve(conn, actor, &t, number, "")?;
    Ok(())
}
