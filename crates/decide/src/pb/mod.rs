//! Participatory budgeting: Pabulib files in and out, and the rules of pabutools
//! (greedy, Method of Equal Shares with its completions, sequential Phragmén), exact and
//! explained. By default every rule reproduces pabutools 1.2.3, quirks included; each
//! quirk is documented where it is implemented and `Options::pabutools_compatible =
//! false` gives the corrected behaviour.
//!
//! Every rule reads ballots as approvals of the listed projects (points and ranks are
//! ignored, as pabutools' `Cost_Sat` and `Cardinality_Sat` do).
//!
//! **Incompatibility groups** ([`Instance::exclusive`], lists of project indices, e.g. two
//! playgrounds for the same square): every rule funds at most one project per group. The
//! sequential rules (greedy, each MES round, each Phragmén round, the completions) consider
//! projects as they would without groups; once a project is funded, the other projects of
//! its groups are no longer candidates, so their supporters keep their money for other
//! projects. The explanation says so: a greedy step names the funded mate that ruled the
//! project out (`incompatible_with`), and an MES or Phragmén round lists the mates it ruled
//! out (`excludes`). With no groups (the default, and every `.pb` file, whose format has
//! no groups) the rules are unchanged. A group of one project changes nothing.

pub mod completion;
pub mod csv;
pub mod greedy;
pub mod mes;
pub mod mes_float;
pub mod mes_warm;
pub mod model;
pub mod number;
pub mod outcome;
pub mod phragmen;
pub mod profile;
pub mod purse;
pub mod q;
pub mod reader;
pub mod rules;
pub mod writer;

pub use model::{Ballot, Constraints, Instance, Project, VoteType};
pub use outcome::{Outcome, Stage};
pub use q::Q;
pub use reader::{ParseError, parse_pb};
pub use rules::{Options, Rule, RuleError, run};
pub use writer::write_pb;

/// Reads a `.pb` file from disk; errors name the file and line.
pub fn read_pb_file(path: &std::path::Path) -> Result<Instance, ParseError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| ParseError {
        file: name.clone(),
        line: 0,
        message: format!("cannot read: {e}"),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| ParseError {
        file: name.clone(),
        line: 0,
        message: format!(
            "not UTF-8 text (byte {}); save the file as UTF-8",
            e.utf8_error().valid_up_to()
        ),
    })?;
    parse_pb(&name, &text)
}
