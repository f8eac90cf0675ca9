//! Decisions of a body: motions (yes/no/abstain, consent, consensus) and the single- and
//! multi-winner rules an assembly uses on ballots (approval, score, dot voting, Borda,
//! Schulze, instant-runoff, Scottish and Meek STV), plus readers for PrefLib and BLT files.
//!
//! Every rule is a small function over a [`Profile`] that returns an [`Outcome`]: the
//! winners, a full ranking where the rule gives one, the tie-breaking policy used, and an
//! [`Explanation`] (rounds, tallies, matrices) a person can check by hand. Arithmetic is
//! exact: integer tallies, rationals for thresholds, and for STV the fixed-point decimals
//! that the rules themselves prescribe (5 places for Scottish STV, 9 for Meek).
//!
//! Tie-breaking convention: the [`TieBreak`](crate::TieBreak) policy orders candidate ids
//! from most to least preferred. When a rule must *choose* among tied candidates it takes
//! the first in that order; when it must *eliminate* one it takes the last.
//!
//! ```
//! use commonfare_decide::TieBreak;
//! use commonfare_decide::body::{Ballot, Candidate, Profile, Ranking, schulze};
//!
//! let candidates = vec![Candidate::new("a", "Ann"), Candidate::new("b", "Bo")];
//! let ballots = vec![
//!     Ballot::weighted(Ranking::strict([0, 1]), 3), // three members: Ann over Bo
//!     Ballot::new(Ranking::strict([1, 0])),
//! ];
//! let profile = Profile::new(candidates, ballots).unwrap();
//! let outcome = schulze::schulze(&profile, 1, &TieBreak::Lexicographic).unwrap();
//! assert_eq!(outcome.winners, ["a"]);
//! let report = outcome.to_string(); // rounds, matrices and winners, for people
//! assert!(report.contains("Strongest paths"));
//! ```

pub mod ballot;
pub mod error;
pub mod formats;
pub mod method;
pub mod motion;
pub mod outcome;
pub mod runoff;
pub mod schulze;
pub mod scoring;
pub mod stv;
mod ties;

pub use ballot::{Ballot, Candidate, Profile, Ranking};
pub use error::BodyError;
pub use method::Method;
pub use outcome::{Explanation, Matrix, Outcome, Round, Tally};
