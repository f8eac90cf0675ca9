//! SourceCred's weekly intervals: UTC weeks starting Sunday 00:00, and which week an edge
//! timestamp belongs to (FORMAT.md §3.1 and §3.3).

/// One week in milliseconds.
pub const WEEK_MS: i64 = 604_800_000;
/// Sunday 1970-01-04 00:00 UTC: week starts are this plus a multiple of [`WEEK_MS`].
const FIRST_SUNDAY_MS: i64 = 259_200_000;

/// The start of the UTC week (Sunday 00:00) containing `t`, for timestamps within the
/// range graph files allow (1970 to 9999); near `i64::MIN` it would not be representable.
pub fn week_floor(t: i64) -> i64 {
    t - (t - FIRST_SUNDAY_MS).rem_euclid(WEEK_MS)
}

/// Whether `t` is exactly a week start (any `i64`: no arithmetic that could overflow).
pub fn is_week_start(t: i64) -> bool {
    t.rem_euclid(WEEK_MS) == FIRST_SUNDAY_MS
}

/// The consecutive weeks `[start + k·WEEK, start + (k+1)·WEEK)` for `k < count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Intervals {
    pub start_ms: i64,
    pub count: usize,
}

impl Intervals {
    /// The weeks covering timestamps `min..=max`, empty weeks included.
    pub fn covering(min: i64, max: i64) -> Self {
        let start_ms = week_floor(min);
        let end_ms = week_floor(max) + WEEK_MS;
        Intervals {
            start_ms,
            count: ((end_ms - start_ms) / WEEK_MS) as usize,
        }
    }

    pub fn start(&self, k: usize) -> i64 {
        self.start_ms + k as i64 * WEEK_MS
    }

    pub fn end(&self, k: usize) -> i64 {
        self.start(k) + WEEK_MS
    }

    /// The epoch an edge at `t` lifts a participant to: SourceCred counts the week starts
    /// strictly before `t`, so a timestamp exactly on a week start belongs to the previous
    /// week. `None` for `t ≤ start_0`, where SourceCred 0.11.2 crashes.
    pub fn edge_week(&self, t: i64) -> Option<usize> {
        if t <= self.start_ms {
            return None;
        }
        let k = ((t - self.start_ms - 1) / WEEK_MS) as usize;
        Some(k.min(self.count - 1))
    }

    /// The week index holding `t` with `start ≤ t < end`, if inside the range.
    pub fn index_of(&self, t: i64) -> Option<usize> {
        if t < self.start_ms {
            return None;
        }
        let k = ((t - self.start_ms) / WEEK_MS) as usize;
        (k < self.count).then_some(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_start_on_sunday() {
        // 2024-01-07 is a Sunday.
        assert_eq!(week_floor(1_704_585_600_000), 1_704_585_600_000);
        assert_eq!(week_floor(1_704_585_600_000 + 5), 1_704_585_600_000);
        assert_eq!(
            week_floor(1_704_585_600_000 - 1),
            1_704_585_600_000 - WEEK_MS
        );
        assert_eq!(week_floor(0), FIRST_SUNDAY_MS - WEEK_MS);
    }

    #[test]
    fn week_starts_are_recognised_for_any_i64() {
        assert!(is_week_start(1_704_585_600_000));
        assert!(is_week_start(FIRST_SUNDAY_MS - WEEK_MS));
        assert!(!is_week_start(1_704_585_600_001));
        assert!(!is_week_start(0));
        // Command-line input is not range-checked first: no overflow at the extremes.
        for t in [i64::MIN, i64::MIN + 1, i64::MAX, i64::MAX - 1] {
            assert_eq!(is_week_start(t), t.rem_euclid(WEEK_MS) == FIRST_SUNDAY_MS);
        }
        for t in (1_704_000_000_000..1_704_000_000_000 + 2 * WEEK_MS).step_by(3_600_000) {
            assert_eq!(is_week_start(t), week_floor(t) == t, "{t}");
        }
    }

    #[test]
    fn edge_on_week_start_goes_to_previous_week() {
        let iv = Intervals::covering(1_704_585_600_001, 1_704_585_600_000 + WEEK_MS + 3);
        assert_eq!(iv.count, 2);
        assert_eq!(iv.edge_week(iv.start(0)), None);
        assert_eq!(iv.edge_week(iv.start(0) + 1), Some(0));
        assert_eq!(iv.edge_week(iv.start(1)), Some(0));
        assert_eq!(iv.edge_week(iv.start(1) + 1), Some(1));
    }
}
