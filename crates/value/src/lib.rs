//! `commonfare-value`: how the value a community creates flows back to its contributors.
//!
//! Money with checked arithmetic and exact splits, CredRank (SourceCred's contribution
//! credit), distribution policies, and value equations in the way of Sensorica's open value
//! network. Pure: no I/O beyond parsing the data it is handed.

pub mod credrank;
pub mod equation;
pub mod grain;
pub mod money;
pub mod policy;
pub mod split;
pub mod statement;
