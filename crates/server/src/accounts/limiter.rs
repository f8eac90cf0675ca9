//! Sign-in rate limiting: attempts are counted per account and per client address in a
//! sliding 15-minute window. An attempt is counted, under one lock, *before* its password is
//! checked, so that a hundred guesses sent at once get no more checks than a hundred sent
//! one by one; a success then forgives the account and takes back its own count of the
//! address. Past the limit, sign-in answers 429 with `Retry-After` without checking the
//! password. In memory: a restart forgives, which is acceptable for a throttle.

use crate::error::{AppError, detail};
use axum::http::StatusCode;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(15 * 60);

pub struct LoginLimiter {
    per_account: u32,
    per_address: u32,
    attempts: Mutex<HashMap<String, VecDeque<Instant>>>,
}

/// One counted attempt, to report as a success (which takes it back) or leave counted.
#[must_use]
#[derive(Debug)]
pub struct Attempt {
    handle: String,
    address: String,
    at: Instant,
}

impl LoginLimiter {
    pub fn new(per_account: u32, per_address: u32) -> Self {
        LoginLimiter {
            per_account,
            per_address,
            attempts: Mutex::new(HashMap::new()),
        }
    }

    fn keys(handle: &str, address: &str) -> [String; 2] {
        [format!("h:{handle}"), format!("a:{address}")]
    }

    /// Counts an attempt, or refuses it (429, with the seconds until the oldest counted
    /// attempt leaves the window) when the account or the address is at its limit.
    pub fn begin(&self, handle: &str, address: &str) -> Result<Attempt, AppError> {
        let now = Instant::now();
        let mut map = self.attempts.lock().unwrap_or_else(|p| p.into_inner());
        // Keep memory bounded under a spray of random handles.
        if map.len() > 100_000 {
            map.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) <= WINDOW));
        }
        let [hk, ak] = Self::keys(handle, address);
        for (key, limit) in [(&hk, self.per_account), (&ak, self.per_address)] {
            let q = map.entry(key.clone()).or_default();
            while q.front().is_some_and(|t| now.duration_since(*t) > WINDOW) {
                q.pop_front();
            }
            if q.len() >= limit as usize {
                let oldest = q.front().copied().unwrap_or(now);
                let wait = WINDOW.saturating_sub(now.duration_since(oldest));
                let secs = wait.as_secs().max(1);
                return Err(AppError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "too_many_attempts",
                    detail!("problem-too-many-attempts", minutes = secs.div_ceil(60)),
                )
                .retry_after(secs));
            }
        }
        for key in [hk, ak] {
            map.entry(key).or_default().push_back(now);
        }
        Ok(Attempt {
            handle: handle.to_string(),
            address: address.to_string(),
            at: now,
        })
    }

    /// The attempt was right: the account is forgiven, and the address no longer counts
    /// it (only failures count against an address).
    pub fn succeeded(&self, attempt: Attempt) {
        let mut map = self.attempts.lock().unwrap_or_else(|p| p.into_inner());
        let [hk, ak] = Self::keys(&attempt.handle, &attempt.address);
        map.remove(&hk);
        if let Some(q) = map.get_mut(&ak)
            && let Some(i) = q.iter().rposition(|t| *t == attempt.at)
        {
            q.remove(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_account_and_address() {
        let l = LoginLimiter::new(2, 3);
        let _ = l.begin("ada", "1.1.1.1").unwrap();
        let _ = l.begin("ada", "1.1.1.1").unwrap();
        let e = l.begin("ada", "2.2.2.2").unwrap_err();
        assert_eq!(e.code, "too_many_attempts");
        assert!(e.retry_after.is_some_and(|s| s > 800 && s <= 900));
        let _ = l.begin("bob", "1.1.1.1").unwrap();
        assert!(l.begin("carol", "1.1.1.1").is_err());
        let ok = l.begin("dan", "3.3.3.3").unwrap();
        l.succeeded(ok);
        for _ in 0..2 {
            let ok = l.begin("dan", "3.3.3.3").unwrap();
            l.succeeded(ok);
        }
        assert!(
            l.begin("dan", "3.3.3.3").is_ok(),
            "successes do not use up the address"
        );
    }

    #[test]
    fn attempts_in_flight_count_before_their_passwords_are_checked() {
        let l = LoginLimiter::new(5, 100);
        let admitted: Vec<_> = (0..40)
            .filter_map(|_| l.begin("ada", "9.9.9.9").ok())
            .collect();
        assert_eq!(admitted.len(), 5);
    }
}
