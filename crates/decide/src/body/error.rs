//! The one error type of the body module: bad ballots, bad parameters.

use thiserror::Error;

/// Why a body decision could not be computed. Each message says what to fix.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BodyError {
    /// A ballot refers to something that does not exist or breaks the ballot's rules.
    #[error("ballot {ballot}: {message}")]
    Ballot { ballot: usize, message: String },
    /// A parameter of the rule (seats, threshold, budget …) is unusable.
    #[error("{0}")]
    Parameter(String),
}

impl BodyError {
    pub(crate) fn ballot(ballot: usize, message: impl Into<String>) -> Self {
        BodyError::Ballot {
            ballot,
            message: message.into(),
        }
    }

    pub(crate) fn parameter(message: impl Into<String>) -> Self {
        BodyError::Parameter(message.into())
    }
}
