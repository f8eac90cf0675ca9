//! Demo budgets of the City of Lagomar, owned by its Office for the Commons and made
//! through the same flows as real use: last year's budget, brought in from the city's
//! former platform as a Pabulib file. Ballots are drawn by a fixed generator, so every
//! demo counts the same.

use super::pabulib;
use super::service;
use crate::db::{DbConn, now_ms};
use crate::error::AppError;
use crate::seed::DemoContext;

const DAY: i64 = 24 * 3_600_000;

/// A fixed pseudo-random sequence (a linear congruential generator): the demo's ballots
/// are the same on every instance.
pub struct Draw(u64);

impl Draw {
    pub fn new(seed: u64) -> Draw {
        Draw(seed)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

/// Last year's projects: id, cost, name, how much people liked it (out of 100).
const PAST: &[(&str, i64, &str, u64)] = &[
    ("1", 42_000, "Shade trees along the harbour walk", 62),
    ("2", 18_500, "Drinking fountains in the old town", 48),
    (
        "3",
        95_000,
        "A covered market hall for the Saturday market",
        35,
    ),
    ("4", 12_000, "Benches and a book box at the bus station", 41),
    ("5", 60_000, "Safe bike lanes to the schools", 55),
    ("6", 27_500, "Playground for the Borgo Alto gardens", 37),
    ("7", 8_000, "Tool library workshop days", 24),
    ("8", 33_000, "Solar lights for the river path", 30),
];

/// The Pabulib file of Lagomar's 2025 budget, with `voters` ballots drawn from `seed`.
pub fn past_file(voters: usize, seed: u64) -> String {
    let mut out = String::from(
        "META\nkey;value\ndescription;Participatory budget of Lagomar, 2025\ncountry;Italy\n\
         unit;Lagomar\ninstance;2025\nnum_projects;8\n",
    );
    out += &format!("num_votes;{voters}\nbudget;150000\nvote_type;approval\nrule;greedy\n");
    out += "PROJECTS\nproject_id;cost;name\n";
    for (id, cost, name, _) in PAST {
        out += &format!("{id};{cost};{name}\n");
    }
    out += "VOTES\nvoter_id;vote\n";
    let mut draw = Draw::new(seed);
    for v in 0..voters {
        let chosen: Vec<&str> = PAST
            .iter()
            .filter(|(_, _, _, liked)| draw.below(100) < *liked)
            .map(|(id, ..)| *id)
            .collect();
        let chosen = if chosen.is_empty() {
            vec![PAST[v % PAST.len()].0]
        } else {
            chosen
        };
        out += &format!("{};{}\n", v + 1, chosen.join(","));
    }
    out
}

/// Seeds the demo budgets; needs the demo people and organizations seeded before it.
pub fn seed(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    let chen = ctx.person("chen")?;
    let now = now_ms();
    let instance = pabulib::read(&past_file(312, 2025)).map_err(AppError::from)?;
    service::import(c, &chen, "lagomar-city", &instance, now - 200 * DAY)?;
    Ok(())
}
