//! SourceCred's `CredGrainView` (FORMAT.md §4.1–§4.2): each participant's cred and past
//! payouts per UTC week, and the time scope a policy looks at.

use super::amount::Amount;
use super::ledger::MAX_VIEW_CELLS;
use super::{CredTable, GrainError, Payout};
use crate::credrank::Intervals;
use crate::credrank::graph::{MAX_TIMESTAMP_MS, MIN_TIMESTAMP_MS};
use crate::credrank::intervals::WEEK_MS;

/// One participant's row of the view.
#[derive(Debug, Clone)]
pub struct Row {
    pub active: bool,
    /// Cred per view week (0 outside the cred graph's weeks).
    pub cred: Vec<f64>,
    /// Grain paid per view week, bucketed by the payout's cred timestamp.
    pub paid: Vec<Amount>,
}

#[derive(Debug, Clone)]
pub struct View {
    pub weeks: Intervals,
    /// In participant order.
    pub rows: Vec<Row>,
}

impl View {
    /// The view a run sees: the cred graph's weeks, widened to cover every payout so far.
    pub fn new(cred: &CredTable, active: &[bool], ledger: &[Payout]) -> Result<View, GrainError> {
        let graph = cred.intervals;
        let shape_ok = graph.count > 0
            && cred.per_interval.len() == active.len()
            && cred.per_interval.iter().all(|c| c.len() == graph.count);
        if !shape_ok {
            return Err(GrainError::new(format!(
                "cred table does not match: need {} participants × {} weeks",
                active.len(),
                graph.count
            )));
        }
        let mut lo = graph.start(0);
        let mut hi = graph.end(graph.count - 1) - 1;
        for x in ledger {
            let t = x.cred_timestamp_ms;
            if !(MIN_TIMESTAMP_MS..=MAX_TIMESTAMP_MS).contains(&t) {
                return Err(GrainError::new(format!(
                    "a past payout has credTimestampMs {t}, outside 1970 to 9999"
                )));
            }
            if x.participant >= active.len() {
                return Err(GrainError::new(format!(
                    "a past payout goes to participant #{}, but there are {}",
                    x.participant,
                    active.len()
                )));
            }
            lo = lo.min(x.cred_timestamp_ms);
            hi = hi.max(x.cred_timestamp_ms);
        }
        let weeks = Intervals::covering(lo, hi);
        if weeks.count.saturating_mul(active.len()) > MAX_VIEW_CELLS {
            return Err(GrainError::new(format!(
                "past payouts from {lo} to {hi} ms span {} weeks: with {} participants that \
                 is more than {MAX_VIEW_CELLS} participant-weeks; check for a stray timestamp",
                weeks.count,
                active.len()
            )));
        }
        let offset = ((graph.start_ms - weeks.start_ms) / WEEK_MS) as usize;
        let mut rows: Vec<Row> = active
            .iter()
            .enumerate()
            .map(|(p, &active)| {
                let mut row_cred = vec![0.0; weeks.count];
                row_cred[offset..offset + graph.count].copy_from_slice(&cred.per_interval[p]);
                Row {
                    active,
                    cred: row_cred,
                    paid: vec![0; weeks.count],
                }
            })
            .collect();
        for x in ledger {
            // Every payout lies inside the view by construction of lo and hi.
            if let Some(k) = weeks.index_of(x.cred_timestamp_ms) {
                let cell = &mut rows[x.participant].paid[k];
                *cell = cell
                    .checked_add(x.amount)
                    .ok_or_else(|| GrainError::new("past payouts overflow 128 bits"))?;
            }
        }
        Ok(View { weeks, rows })
    }

    /// Total cred of everybody (active or not) over the whole view, summed row by row.
    pub fn total_cred(&self) -> f64 {
        let mut all = 0.0;
        for r in &self.rows {
            for &c in &r.cred {
                all += c;
            }
        }
        all
    }

    /// The last `n` complete weeks before `effective_ms` (all of them for `n = 0` or when
    /// there are fewer), as view week indices in chronological order.
    pub fn scope(&self, effective_ms: i64, n: usize) -> std::ops::Range<usize> {
        let complete = (0..self.weeks.count)
            .take_while(|&k| self.weeks.end(k) <= effective_ms)
            .count();
        if n == 0 || complete <= n {
            0..complete
        } else {
            complete - n..complete
        }
    }
}
