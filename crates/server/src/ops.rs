//! The operator's subcommands that are not `serve`: migrate, admin create, backup, export.

use crate::config::{Config, Engine};
use crate::db::Db;
use anyhow::{Context, bail};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Applies pending migrations and reports how many ran.
pub fn migrate(cfg: &Config) -> anyhow::Result<usize> {
    let (engine, url) = cfg.database()?;
    if engine == Engine::Sqlite {
        ensure_parent(&url)?;
    }
    let applied = crate::db::migrate(engine, &url)?;
    crate::accounts::settle_handles(&open(cfg)?)?;
    Ok(applied)
}

fn ensure_parent(path: &str) -> anyhow::Result<()> {
    if let Some(dir) = Path::new(path)
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    Ok(())
}

pub fn open(cfg: &Config) -> anyhow::Result<Db> {
    let (engine, url) = cfg.database()?;
    Db::connect(engine, &url, 2)
}

/// Creates an instance administrator, or makes an existing person one.
pub fn admin_create(
    cfg: &Config,
    handle: &str,
    display_name: Option<&str>,
    password: Option<String>,
) -> anyhow::Result<String> {
    crate::accounts::admin_create(&open(cfg)?, handle, display_name, password)
}

/// SQLite: a consistent copy with `VACUUM INTO`, safe while the server runs.
pub fn backup(cfg: &Config, output: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    let (engine, _) = cfg.database()?;
    if engine == Engine::Postgres {
        bail!(
            "this instance uses PostgreSQL: back it up with `pg_dump --format=custom DBNAME > commonfare.dump` (and restore with pg_restore)"
        );
    }
    let out = output.unwrap_or_else(|| {
        cfg.data_dir
            .join("backups")
            .join(format!("commonfare-{}.db", crate::db::now_ms()))
    });
    if out.exists() {
        bail!("{} exists already: choose another --output", out.display());
    }
    ensure_parent(&out.to_string_lossy())?;
    let target = out.to_string_lossy().replace('\'', "''");
    let db = open(cfg)?;
    db.read_blocking(move |c| {
        use diesel::connection::SimpleConnection;
        c.batch_execute(&format!("VACUUM INTO '{target}'"))
            .map_err(crate::error::AppError::internal)
    })?;
    Ok(out)
}

/// Every domain's share of the public export, in the order the lines are written.
pub static EXPORTS: &[&crate::export::Exporter] = &[
    &crate::accounts::EXPORT,
    &crate::commons::EXPORT,
    &crate::discussion::EXPORT,
    &crate::bodies::EXPORT,
    &crate::ledger::EXPORT,
    &crate::lending::EXPORT,
    &crate::budgets::EXPORT,
    &crate::coalition::EXPORT,
    &crate::journal::EXPORT,
];

/// Every domain's journal event types: the catalogue of what the journal may hold, each
/// with the payload type its events read as.
pub static EVENT_TYPES: &[&[crate::journal::Entry]] = &[
    crate::accounts::EVENTS,
    crate::commons::EVENTS,
    crate::discussion::EVENTS,
    crate::bodies::EVENTS,
    crate::ledger::EVENTS,
    crate::budgets::EVENTS,
    crate::lending::EVENTS,
    crate::coalition::EVENTS,
    crate::lending::OFFER_EVENTS,
];

/// The objects whose whole record the journal can be asked for (`?context=kind:handle`),
/// each found by its domain.
pub static CONTEXTS: &[crate::journal::ContextKind] = &[
    crate::journal::ContextKind {
        kind: crate::journal::ObjectKind::Commons,
        find: crate::commons::context_id,
    },
    crate::journal::ContextKind {
        kind: crate::journal::ObjectKind::Organization,
        find: crate::accounts::org_context_id,
    },
];

/// All public data as JSON Lines, each line with its `type` (see `export`), in one read
/// transaction so that the lines agree with each other. Returns the lines written by type.
pub fn export_db(
    db: &Db,
    out: &mut dyn Write,
) -> anyhow::Result<std::collections::BTreeMap<&'static str, usize>> {
    let mut sink = crate::export::Sink::new(out);
    db.read_blocking(|c| {
        crate::db::read_transaction(c, |c| {
            for e in EXPORTS {
                (e.write)(c, &mut sink)?;
            }
            Ok(())
        })
    })?;
    Ok(sink.counts().clone())
}

/// `commonfare export`: returns the number of lines written.
pub fn export(cfg: &Config, out: &mut dyn Write) -> anyhow::Result<usize> {
    Ok(export_db(&open(cfg)?, out)?.values().sum())
}
