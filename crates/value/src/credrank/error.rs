//! The one error type for bad graph files: it names the element and says what to fix.

use std::fmt;

/// A graph file that cannot be used, with the element at fault (`edges[3] "author-c1"`)
/// and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphError {
    /// Where the problem is, as a JSON-ish path with the id when there is one.
    pub element: String,
    /// What is wrong and, where it helps, what to do about it.
    pub problem: String,
}

impl GraphError {
    pub fn new(element: impl Into<String>, problem: impl Into<String>) -> Self {
        GraphError {
            element: element.into(),
            problem: problem.into(),
        }
    }
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.element, self.problem)
    }
}

impl std::error::Error for GraphError {}
