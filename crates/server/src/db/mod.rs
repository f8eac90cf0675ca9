//! The store: one connection type over SQLite and PostgreSQL, its pool, migrations, and
//! the two ways to touch it from async code (`read`, and `write` = one transaction).

pub mod cache;
pub mod fixed;
pub mod schema;

use crate::config::Engine;
use crate::error::AppError;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection, Pool};
use diesel::sqlite::SqliteConnection;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
use std::time::Duration;
use tokio::sync::watch;

pub(crate) const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// A connection to either engine; queries are written once against it.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

impl DbConn {
    pub fn engine(&self) -> Engine {
        match self {
            DbConn::Sqlite(_) => Engine::Sqlite,
            DbConn::Postgres(_) => Engine::Postgres,
        }
    }
}

/// Runs diesel code on the engine's own connection instead of through [`DbConn`], with
/// `$c` bound to the `SqliteConnection` or the `PgConnection`; the code is compiled once
/// per engine. Diesel's multi-engine wrapper writes out a query's whole SQL text on every
/// pass over it (checking whether it may be cached, collecting its binds), which in a
/// profile of accepting a contribution was a quarter of the time; on the engine's own
/// connection a query of fixed shape is found in the statement cache by its type and only
/// its binds are collected. Use it on hot paths; elsewhere the plain form reads better.
#[macro_export]
macro_rules! native {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConn::Sqlite($c) => $body,
            $crate::db::DbConn::Postgres($c) => $body,
        }
    };
}
pub use native;

/// Opens connections of the configured engine. `MultiConnection::establish` would try each
/// engine in turn (and SQLite accepts almost any string as a file name), so the engine is
/// chosen here from the URL scheme instead.
#[derive(Debug)]
pub struct Manager {
    engine: Engine,
    url: String,
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConn, r2d2::Error> {
        open(self.engine, &self.url).map_err(r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConn) -> bool {
        diesel::r2d2::R2D2Connection::is_broken(conn)
    }
}

/// Opens one connection and sets the per-connection SQLite pragmas (DESIGN.md §6).
pub fn open(engine: Engine, url: &str) -> ConnectionResult<DbConn> {
    match engine {
        Engine::Sqlite => {
            let mut conn = SqliteConnection::establish(url)?;
            conn.batch_execute(
                "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; \
                 PRAGMA synchronous = NORMAL;",
            )
            .map_err(|e| ConnectionError::BadConnection(e.to_string()))?;
            Ok(DbConn::Sqlite(conn))
        }
        Engine::Postgres => Ok(DbConn::Postgres(PgConnection::establish(url)?)),
    }
}

/// Applies the embedded migrations of the engine; returns how many ran.
pub fn migrate(engine: Engine, url: &str) -> anyhow::Result<usize> {
    let conn = open(engine, url).map_err(|e| anyhow::anyhow!("cannot open database: {e}"))?;
    let applied = match conn {
        DbConn::Sqlite(mut c) => {
            // WAL is a property of the file, so it is set once here rather than per connection.
            c.batch_execute("PRAGMA journal_mode = WAL;")?;
            c.run_pending_migrations(SQLITE_MIGRATIONS)
                .map_err(|e| anyhow::anyhow!("SQLite migration failed: {e}"))?
                .len()
        }
        DbConn::Postgres(mut c) => c
            .run_pending_migrations(POSTGRES_MIGRATIONS)
            .map_err(|e| anyhow::anyhow!("PostgreSQL migration failed: {e}"))?
            .len(),
    };
    Ok(applied)
}

/// The pool plus a signal that tells journal readers (SSE) a write has committed.
#[derive(Clone)]
pub struct Db {
    pool: Pool<Manager>,
    engine: Engine,
    committed: watch::Sender<u64>,
}

impl Db {
    /// Creates the data directory if needed, migrates, and opens the pool.
    pub fn connect(engine: Engine, url: &str, pool_size: u32) -> anyhow::Result<Db> {
        if engine == Engine::Sqlite
            && let Some(dir) = std::path::Path::new(url).parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir)
                .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
        }
        migrate(engine, url)?;
        let pool = Pool::builder()
            .max_size(pool_size)
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(10))
            // A local SQLite file does not drop connections, so checking each one on
            // checkout would only add a query to every request; a PostgreSQL server can.
            .test_on_check_out(engine == Engine::Postgres)
            .build(Manager {
                engine,
                url: url.to_string(),
            })
            .map_err(|e| anyhow::anyhow!("cannot open the connection pool: {e}"))?;
        let (committed, _) = watch::channel(0);
        Ok(Db {
            pool,
            engine,
            committed,
        })
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// Pool figures for `/metrics`: (connections, idle).
    pub fn pool_state(&self) -> (u32, u32) {
        let s = self.pool.state();
        (s.connections, s.idle_connections)
    }

    /// How many writes this process has committed; it changes right after each commit, so
    /// a reader that saw it unchanged across a query saw every local commit up to it.
    pub fn generation(&self) -> u64 {
        *self.committed.borrow()
    }

    /// A receiver that changes after each committed write.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.committed.subscribe()
    }

    /// Runs a read on a blocking thread.
    pub async fn read<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().map_err(AppError::unavailable)?;
            f(&mut conn)
        })
        .await
        .map_err(AppError::internal)?
    }

    /// Runs `f` as one write transaction on a blocking thread: all of it or nothing,
    /// journal events included.
    pub async fn write<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
    {
        let pool = self.pool.clone();
        let out = tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().map_err(AppError::unavailable)?;
            write_tx(&mut conn, f)
        })
        .await
        .map_err(AppError::internal)??;
        self.committed.send_modify(|n| *n = n.wrapping_add(1));
        Ok(out)
    }

    /// Synchronous write for the command line tools (no runtime needed).
    pub fn write_blocking<T>(
        &self,
        f: impl FnOnce(&mut DbConn) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        let mut conn = self.pool.get().map_err(AppError::unavailable)?;
        let out = write_tx(&mut conn, f)?;
        // In-process caches must see this commit too (the demo loads this way).
        self.committed.send_modify(|n| *n = n.wrapping_add(1));
        Ok(out)
    }

    /// Synchronous read for the command line tools.
    pub fn read_blocking<T>(
        &self,
        f: impl FnOnce(&mut DbConn) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        let mut conn = self.pool.get().map_err(AppError::unavailable)?;
        f(&mut conn)
    }
}

/// One transaction. On SQLite it starts with `BEGIN IMMEDIATE`, taking the write lock up
/// front: a deferred transaction that reads and then writes can fail at once with
/// SQLITE_BUSY (busy_timeout cannot help with a lock upgrade). The MultiConnection's
/// transaction manager only issues a plain BEGIN, so the statements are sent by hand;
/// domain code never opens nested transactions.
fn write_tx<T>(
    conn: &mut DbConn,
    f: impl FnOnce(&mut DbConn) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let begin = match conn.engine() {
        Engine::Sqlite => "BEGIN IMMEDIATE",
        Engine::Postgres => "BEGIN",
    };
    conn.batch_execute(begin).map_err(AppError::from)?;
    // A panic inside `f` must not return the connection to the pool mid-transaction
    // (the next user's BEGIN would fail), so it is caught, rolled back, and reported.
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(conn)))
        .unwrap_or_else(|_| {
            Err(AppError::internal(anyhow::anyhow!(
                "a write panicked; rolled back"
            )))
        });
    match outcome {
        Ok(v) => match conn.batch_execute("COMMIT") {
            Ok(()) => Ok(v),
            Err(e) => {
                let _ = conn.batch_execute("ROLLBACK");
                Err(e.into())
            }
        },
        Err(e) => {
            conn.batch_execute("ROLLBACK").map_err(AppError::from)?;
            Err(e)
        }
    }
}

/// Runs `f` in one read-only snapshot, so that several queries see the same moment (the
/// export: no comment without its thread because the thread was written in between).
pub fn read_transaction<T>(
    conn: &mut DbConn,
    f: impl FnOnce(&mut DbConn) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let begin = match conn.engine() {
        // In WAL mode a deferred transaction reads one snapshot from its first read on.
        Engine::Sqlite => "BEGIN DEFERRED",
        Engine::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    };
    conn.batch_execute(begin).map_err(AppError::from)?;
    let outcome = f(conn);
    conn.batch_execute("ROLLBACK").map_err(AppError::from)?;
    outcome
}

diesel::define_sql_function! {
    /// SQL `lower(text)`, on both engines: with [`contains`], a case-insensitive search.
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// A `LIKE` pattern (escaped with a backslash) matching text that contains `q` in any case:
/// compare it with `lower(column)`. `%` and `_` in `q` match only themselves.
pub fn contains(q: &str) -> String {
    let mut p = String::from("%");
    for ch in q.trim().to_lowercase().chars() {
        if matches!(ch, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(ch);
    }
    p.push('%');
    p
}

/// Current time in Unix milliseconds UTC, the one time format of the store.
pub fn now_ms() -> i64 {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// A fresh UUIDv7 as text: time-ordered, so ids sort by creation.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Serializes the writers that take the same `key` (e.g. the next number of something)
/// until the transaction ends. PostgreSQL lets concurrent transactions read the same
/// maximum, so two writers would both take number N and one would fail on the unique
/// index; a transaction-scoped advisory lock on the key makes the second wait for the
/// first. SQLite has a single writer (`BEGIN IMMEDIATE`) already.
pub fn lock_key(conn: &mut DbConn, key: &str) -> Result<(), AppError> {
    if let DbConn::Postgres(_) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext($1))")
            .bind::<diesel::sql_types::Text, _>(key)
            .execute(conn)?;
    }
    Ok(())
}
