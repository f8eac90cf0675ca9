//! The API of paper ballots (see `paper`): recording a polling station's list against its
//! tally sheet, and the reconciliation report.

use super::api::body_text;
use super::paper::{self, Tally};
use super::views::BudgetPaperReport;
use crate::db::now_ms;
use crate::error::{ApiError, Problem};
use crate::state::AppState;
use crate::web::actor::ApiViewer;
use crate::web::extract::{ApiBytes, Path, Query};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The tally sheet of the list sent, and whether a count that differs from it is
/// accepted.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PaperQuery {
    /// The polling station (or batch label) of the lines whose `station` cell is empty.
    pub station: Option<String>,
    /// The count on that station's tally sheet (or on the only station's); a `declared`
    /// column of the list declares each station's instead.
    pub declared: Option<u32>,
    /// `true`: record even where a station's count differs from its tally sheet.
    #[serde(default)]
    pub accept_mismatch: bool,
    /// Why a differing count is accepted (required with `accept_mismatch`, when a count
    /// differs); journaled and shown in the report.
    pub reason: Option<String>,
}

/// Paper ballots recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetPaperView {
    pub heading_id: String,
    /// Counted.
    pub recorded: i64,
    /// Read from the list.
    pub read: i64,
    /// Not counted: their voter voted online (that ballot stands), was on paper already,
    /// or is past the district rule.
    pub set_aside: i64,
    /// Station by station.
    pub stations: Vec<BudgetPaperBatchView>,
}

/// A station's batch of the list.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetPaperBatchView {
    pub station: String,
    pub declared: Option<i64>,
    pub read: i64,
    pub recorded: i64,
    pub set_aside: i64,
    /// Why a count differing from the tally sheet was accepted.
    pub mismatch_reason: Option<String>,
}

/// Records ballots cast on paper under a heading (an admin, while balloting or reviewing
/// the ballots). The body is a CSV with a header naming its columns: `vote` (the project
/// numbers, separated by `;` or by commas inside quotes; `n:p` on a points ballot) and
/// optionally `voter` (a census id, or a member's `@handle`), `station`, `ballot` (the
/// sheet's serial number) and `declared` (the station's tally sheet count); or, as before,
/// one ballot per line without a header. A voter who voted online under the heading, or
/// whose paper ballot is counted already, or whom the district rule leaves out of the
/// heading (counting their ballots online and on paper), has this one set aside. All or
/// none.
#[utoipa::path(post, path = "/api/v1/budgets/{id}/headings/{heading}/paper-ballots", tag = "budgets", security(("bearer" = [])),
    params(("id" = String, Path), ("heading" = String, Path), PaperQuery),
    request_body(content = String, content_type = "text/csv", description = "`ballot,station,voter,vote` then `A-17,Library,@bob,1;4;7`, or one ballot per line: `1,4,7`"),
    responses((status = 201, description = "what was read, counted and set aside", body = BudgetPaperView),
        (status = 401, description = "not signed in", body = Problem),
        (status = 403, description = "not an admin of the owning organization", body = Problem),
        (status = 404, description = "no such process or heading", body = Problem),
        (status = 409, description = "not balloting nor reviewing ballots, or a serial number given twice or recorded already (`paper_serial_repeated`)", body = Problem),
        (status = 422, description = "a line that cannot be read or whose ballot breaks the rules or whose voter is not eligible (the detail names it), a count differing from its tally sheet (`paper_count_mismatch`), or no ballot", body = Problem)))]
pub async fn paper(
    State(state): State<AppState>,
    ApiViewer(p): ApiViewer,
    Path((id, heading)): Path<(String, String)>,
    Query(q): Query<PaperQuery>,
    ApiBytes(body): ApiBytes,
) -> Result<Response, ApiError> {
    let text = body_text(&body)?;
    let lines = paper::read_paper(&text)?;
    let tally = Tally {
        station: q.station,
        declared: q.declared.map(i64::from),
        accept_mismatch: q.accept_mismatch,
        reason: q.reason,
    };
    let v = state
        .db
        .write(move |c| {
            let r = paper::record_paper(c, &p, &id, &heading, &lines, &tally, now_ms())?;
            Ok(BudgetPaperView {
                heading_id: heading,
                recorded: r.recorded,
                read: r.read,
                set_aside: r.set_aside,
                stations: r
                    .stations
                    .into_iter()
                    .map(|s| BudgetPaperBatchView {
                        station: s.station,
                        declared: s.declared,
                        read: s.read,
                        recorded: s.recorded,
                        set_aside: s.set_aside,
                        mismatch_reason: s.mismatch_reason,
                    })
                    .collect(),
            })
        })
        .await?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

/// The reconciliation of a process's paper ballots, per heading and polling station: the
/// tally sheets' counts, what was read, counted and set aside (and why), and each count
/// that differed from its tally sheet, accepted with a reason. Counts only: no voter.
#[utoipa::path(get, path = "/api/v1/budgets/{id}/paper", tag = "budgets",
    params(("id" = String, Path)),
    responses((status = 200, description = "the report", body = BudgetPaperReport),
        (status = 404, description = "no such process", body = Problem)))]
pub async fn paper_report(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<BudgetPaperReport>, ApiError> {
    let v = state.db.read(move |c| paper::report(c, &id)).await?;
    Ok(Json(v))
}
