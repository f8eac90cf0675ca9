//! `commonfare-decide`: social choice for Commonfare, as a pure library.
//!
//! Decisions of a body (yes/no, consent, Schulze, STV …), committee elections (the rules of
//! abcvoting) and participatory budgeting (the rules of pabutools) are computed here with
//! exact arithmetic (integers and rationals, never floats), an explicit tie-breaking
//! policy, and an explanation a person can read. Nothing in this crate does I/O beyond
//! parsing text it is handed; the server and the CLI live in the `commonfare` crate.

pub mod body;
pub mod committee;
pub mod pb;
pub mod tiebreak;

pub use tiebreak::TieBreak;
