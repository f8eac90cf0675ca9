//! Login rate limiting: failed sign-ins are counted per account and per client address in
//! a sliding 15-minute window; past the limit, sign-in answers 429 without checking the
//! password. In memory: a restart forgives, which is acceptable for a throttle.

use crate::error::AppError;
use axum::http::StatusCode;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(15 * 60);

pub struct LoginLimiter {
    per_account: u32,
    per_address: u32,
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl LoginLimiter {
    pub fn new(per_account: u32, per_address: u32) -> Self {
        LoginLimiter {
            per_account,
            per_address,
            failures: Mutex::new(HashMap::new()),
        }
    }

    fn keys(handle: &str, address: &str) -> [String; 2] {
        [format!("h:{handle}"), format!("a:{address}")]
    }

    /// Refuses when either the account or the address has too many recent failures.
    pub fn check(&self, handle: &str, address: &str) -> Result<(), AppError> {
        let now = Instant::now();
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        let [hk, ak] = Self::keys(handle, address);
        for (key, limit) in [(hk, self.per_account), (ak, self.per_address)] {
            if let Some(q) = map.get_mut(&key) {
                while q.front().is_some_and(|t| now.duration_since(*t) > WINDOW) {
                    q.pop_front();
                }
                if q.len() >= limit as usize {
                    return Err(AppError::new(
                        StatusCode::TOO_MANY_REQUESTS,
                        "too_many_attempts",
                        "too many failed sign-ins: wait 15 minutes and try again",
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn failed(&self, handle: &str, address: &str) {
        let now = Instant::now();
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        // Keep memory bounded under a spray of random handles.
        if map.len() > 100_000 {
            map.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) <= WINDOW));
        }
        for key in Self::keys(handle, address) {
            map.entry(key).or_default().push_back(now);
        }
    }

    /// A successful sign-in forgives the account (not the address).
    pub fn succeeded(&self, handle: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        map.remove(&format!("h:{handle}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_account_and_address() {
        let l = LoginLimiter::new(2, 3);
        l.failed("ada", "1.1.1.1");
        l.failed("ada", "1.1.1.1");
        assert_eq!(
            l.check("ada", "2.2.2.2").unwrap_err().code,
            "too_many_attempts"
        );
        assert!(l.check("bob", "1.1.1.1").is_ok());
        l.failed("bob", "1.1.1.1");
        assert!(l.check("carol", "1.1.1.1").is_err());
        l.succeeded("ada");
        assert!(l.check("ada", "2.2.2.2").is_ok());
    }
}
