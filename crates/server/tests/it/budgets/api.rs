//! Processes run here.
