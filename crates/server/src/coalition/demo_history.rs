//! The demo's imported history: the open irrigation controller's repository as `git log`
//! would give it, brought in by the same flow as `commonfare commons import-git` (the
//! commits written as the command writes them, the makers' employer map read as the
//! command reads it), so that the paid/volunteer report shows a real project's shape:
//! two authors who are people here (amara, a volunteer; emil, paid by his company), a
//! contractor of a firm that is not on the instance, a developer whose employer changed,
//! and someone nobody has placed.
//!
//! Only git's reading is left out: a demo must load on a machine without `git`.

use crate::db::DbConn;
use crate::error::AppError;
use sha2::{Digest, Sha256};

/// The commons whose history is imported.
pub const COMMONS: &str = "open-irrigation-controller";

/// The makers' map of who employed the controller's authors, in gitdm's format.
pub const EMPLOYER_MAP: &str = "\
# Who employed the irrigation controller's authors, as the makers keep it.
fieldlab.example            Fieldlab Irrigation
lucia@riegos.example        opengrow < 2025-06-01
lucia@riegos.example        (None)
";

/// Authors as git wrote them: key, name, email.
const AUTHORS: &[(&str, &str, &str)] = &[
    ("amara", "Amara Okafor", "amara@makers-lagomar.example"),
    ("emil", "Emil Novak", "emil@opengrow.example"),
    ("jonas", "Jonas Weber", "jonas.weber@fieldlab.example"),
    ("lucia", "Lucía Ortega", "lucia@riegos.example"),
    ("kofi", "Kofi Mensah", "kofi.mensah@correo.example"),
];

/// author, day, files touched, lines added, lines removed.
type DemoCommit = (
    &'static str,
    &'static str,
    &'static [&'static str],
    i64,
    i64,
);

const COMMITS: &[DemoCommit] = &[
    (
        "amara",
        "2024-03-04",
        &["firmware/valve.c", "firmware/valve.h"],
        212,
        0,
    ),
    (
        "amara",
        "2024-03-19",
        &["pcb/controller.kicad_pcb"],
        1840,
        0,
    ),
    ("jonas", "2024-04-02", &["firmware/moisture.c"], 160, 12),
    ("amara", "2024-04-28", &["docs/wiring.md"], 95, 3),
    (
        "lucia",
        "2024-05-14",
        &["firmware/schedule.c", "firmware/schedule.h"],
        301,
        0,
    ),
    ("lucia", "2024-06-09", &["firmware/schedule.c"], 44, 19),
    (
        "kofi",
        "2024-07-01",
        &["docs/wiring.md", "docs/photos.md"],
        38,
        6,
    ),
    (
        "jonas",
        "2024-08-22",
        &["firmware/moisture.c", "firmware/calibrate.c"],
        122,
        40,
    ),
    (
        "amara",
        "2024-10-05",
        &["pcb/controller.kicad_pcb", "pcb/bom.csv"],
        210,
        188,
    ),
    ("lucia", "2024-11-17", &["firmware/radio.c"], 260, 0),
    ("emil", "2025-01-13", &["docs/install.md"], 140, 0),
    (
        "lucia",
        "2025-02-03",
        &["firmware/radio.c", "firmware/schedule.c"],
        58,
        31,
    ),
    ("emil", "2025-03-21", &["enclosure/box.scad"], 176, 0),
    ("lucia", "2025-05-08", &["firmware/power.c"], 97, 4),
    (
        "lucia",
        "2025-07-15",
        &["firmware/power.c", "firmware/valve.c"],
        33,
        27,
    ),
    ("kofi", "2025-09-02", &["docs/troubleshooting.md"], 71, 0),
    ("amara", "2025-10-30", &["firmware/valve.c"], 19, 8),
    (
        "emil",
        "2026-01-12",
        &["docs/install.md", "enclosure/box.scad"],
        45,
        22,
    ),
    ("jonas", "2026-02-26", &["firmware/calibrate.c"], 66, 15),
    ("lucia", "2026-04-09", &["firmware/radio.c"], 29, 40),
    ("amara", "2026-06-18", &["pcb/controller.kicad_pcb"], 88, 61),
    ("emil", "2026-08-03", &["enclosure/mount.scad"], 102, 0),
    ("kofi", "2026-09-27", &["docs/wiring.md"], 12, 4),
    (
        "amara",
        "2026-11-05",
        &["firmware/schedule.c", "docs/changelog.md"],
        57,
        10,
    ),
];

/// The commits as the import receives them, each at 10:00 UTC on its day, with a hash
/// made from what it holds.
fn commits() -> Result<Vec<crate::commons::ImportedCommit>, AppError> {
    COMMITS
        .iter()
        .map(|&(key, day, files, added, removed)| {
            let &(_, name, email) = AUTHORS
                .iter()
                .find(|a| a.0 == key)
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("no demo author {key}")))?;
            let date: jiff::civil::Date = day.parse().map_err(AppError::internal)?;
            let at = jiff::tz::TimeZone::UTC
                .to_timestamp(date.at(10, 0, 0, 0))
                .map_err(AppError::internal)?
                .as_millisecond();
            let digest = Sha256::digest(format!("{COMMONS}\n{email}\n{day}\n{}", files.join("\n")));
            Ok(crate::commons::ImportedCommit {
                hash: crate::web::hex(&digest)[..40].to_string(),
                author_email: email.into(),
                author_name: name.into(),
                authored_at: at,
                files: files.iter().map(|f| f.to_string()).collect(),
                lines_added: added,
                lines_removed: removed,
            })
        })
        .collect()
}

/// Imports the controller's history and applies the makers' employer map.
pub fn seed(c: &mut DbConn, now: i64) -> Result<(), AppError> {
    let commons = crate::commons::require_commons(c, COMMONS)?;
    crate::commons::import_history(c, &commons, &commits()?, now, &mut |_| {})?;
    let mut map = super::EmployerMap::default();
    map.read("makers-employers", EMPLOYER_MAP)
        .map_err(|e| AppError::internal(anyhow::anyhow!("the demo's employer map: {e:?}")))?;
    super::apply_employer_map(c, &commons, &map)?;
    Ok(())
}
