//! The approval view of the ballots that every PB rule here uses: a voter supports the
//! projects listed on her ballot (points and ranks ignored, as pabutools' `Cost_Sat` and
//! `Cardinality_Sat` do), and voters with identical ballots are grouped with a
//! multiplicity so rules work per distinct ballot, not per voter.

use super::model::Instance;
use std::collections::HashMap;

/// Distinct ballots with multiplicities, and each project's supporting groups.
#[derive(Debug, Clone)]
pub struct Support {
    /// Number of voters (ballot rows), n.
    pub voters: u64,
    /// Multiplicity of each distinct ballot group.
    pub mult: Vec<u64>,
    /// Projects listed by each group, sorted by index.
    pub ballots: Vec<Vec<usize>>,
    /// Groups supporting each project.
    pub supporters: Vec<Vec<u32>>,
    /// Number of voters supporting each project, |A(p)|.
    pub count: Vec<u64>,
    /// The incompatible projects of each project ([`Instance::mates`]): once a project is
    /// funded, these are no longer candidates.
    pub mates: Vec<Vec<usize>>,
}

impl Support {
    pub fn new(instance: &Instance) -> Support {
        let mut groups: HashMap<Vec<usize>, usize> = HashMap::new();
        let mut mult: Vec<u64> = Vec::new();
        let mut ballots: Vec<Vec<usize>> = Vec::new();
        for b in &instance.ballots {
            let mut set = b.projects.clone();
            set.sort_unstable();
            let g = *groups.entry(set.clone()).or_insert_with(|| {
                ballots.push(set);
                mult.push(0);
                mult.len() - 1
            });
            mult[g] += 1;
        }
        let m = instance.projects.len();
        let mut supporters = vec![Vec::new(); m];
        let mut count = vec![0u64; m];
        for (g, ballot) in ballots.iter().enumerate() {
            for &p in ballot {
                supporters[p].push(g as u32);
                count[p] += mult[g];
            }
        }
        Support {
            voters: instance.ballots.len() as u64,
            mult,
            ballots,
            supporters,
            count,
            mates: instance.mates(),
        }
    }
}
