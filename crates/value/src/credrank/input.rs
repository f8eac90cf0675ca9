//! The graph file as written on disk (`sourcecred-credrank-vector/1`), before validation.
//!
//! These types mirror the JSON one to one; `graph.rs` turns them into a checked [`Graph`].
//!
//! [`Graph`]: super::Graph

use crate::grain::input::ScenarioIn;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct GraphFileIn {
    pub format: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub participants: Vec<ParticipantIn>,
    pub nodes: Vec<NodeIn>,
    pub edges: Vec<EdgeIn>,
    pub parameters: ParametersIn,
    #[serde(default, rename = "grainScenarios")]
    pub grain_scenarios: Vec<ScenarioIn>,
}

#[derive(Debug, Deserialize)]
pub struct ParticipantIn {
    pub id: String,
    pub active: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub struct NodeIn {
    pub id: String,
    pub weight: f64,
    #[serde(rename = "timestampMs")]
    pub timestamp_ms: Option<i64>,
}

#[derive(Debug, Deserialize)]
pub struct EdgeIn {
    pub id: String,
    pub src: String,
    pub dst: String,
    #[serde(rename = "timestampMs")]
    pub timestamp_ms: i64,
    #[serde(rename = "forwardWeight")]
    pub forward_weight: f64,
    #[serde(rename = "backwardWeight")]
    pub backward_weight: f64,
}

#[derive(Debug, Deserialize)]
pub struct ParametersIn {
    pub alpha: f64,
    pub beta: f64,
    #[serde(rename = "gammaForward")]
    pub gamma_forward: f64,
    #[serde(rename = "gammaBackward")]
    pub gamma_backward: f64,
    #[serde(rename = "maxIterations")]
    pub max_iterations: u64,
    #[serde(rename = "convergenceThreshold")]
    pub convergence_threshold: f64,
}
