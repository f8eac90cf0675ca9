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
    crate::db::migrate(engine, &url)
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

/// All public data as JSON Lines: people (without email), organizations, memberships,
/// and the journal. Each line has a `type`.
pub fn export(cfg: &Config, out: &mut dyn Write) -> anyhow::Result<usize> {
    let db = open(cfg)?;
    let mut lines = crate::accounts::export(&db, out)?;
    db.read_blocking(|c| {
        crate::journal::store::for_each(c, |e| {
            let mut v = serde_json::to_value(e)?;
            v["type"] = "event".into();
            writeln!(out, "{v}")?;
            lines += 1;
            Ok(())
        })
    })?;
    Ok(lines)
}
