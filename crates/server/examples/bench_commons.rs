//! Commons on SQLite, in one run (issue 3, "Speed"); used by `scripts/bench-commons`:
//!
//! 1. a raw SQLite insert loop (one row per autocommit transaction, the app's pragmas): the
//!    machine's ceiling for small writes, run in rounds alternating with those of step 2;
//! 2. N small contributions accepted in sequence through the real flow (`service::review`:
//!    load, rebase onto the head, new revision, contribution state, review and journal event
//!    in one immediate transaction). Each contribution modifies 5 files of a 50-file tree,
//!    so the history ends with N revisions and 5·N file versions. Only the acceptances are
//!    timed (each proposal is made just before, untimed). Then a few more acceptances,
//!    untimed, count what one costs the store: SQL statements sent (transaction control
//!    included) and pages written to the WAL (`BENCH_TRACE_SQL=1` lists the statements);
//!    Alternating with both, the same statements without the application (`SqlFloor`): the
//!    bound the store itself puts on the acceptance ratio;
//! 3. a fork of that commons (`forks::fork`), timed, with the store's growth in bytes and
//!    rows, and the time to read the fork's whole history back;
//! 4. optionally (`--page-db FILE`), a separate database holding one commons with C
//!    contributors (each with an accepted work record and a review by the maintainer), for
//!    the page benchmark under wrk.
//!
//! Password hashing is done once up front and excluded. Nothing is asserted about time.

use commonfare::commons::blob::{FileKind, FileLimits};
use commonfare::commons::contribution::Transition;
use commonfare::commons::service::{self, FileInput, OpKind};
use commonfare::commons::{forks, revisions, store};
use commonfare::config::Engine;
use commonfare::db::{self, Db, DbConn};
use commonfare::error::AppError;
use commonfare::web::actor::Actor as Person;
use diesel::connection::{Instrumentation, InstrumentationEvent, SimpleConnection};
use diesel::prelude::*;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

const FILES: usize = 50;
const PER_CHANGE: usize = 5;

struct Args {
    contributions: usize,
    contributors: usize,
    page_db: Option<PathBuf>,
}

fn args() -> anyhow::Result<Args> {
    let mut a = Args {
        contributions: 10_000,
        contributors: 1_000,
        page_db: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .ok_or_else(|| anyhow::anyhow!("{flag} needs a value"))
        };
        match flag.as_str() {
            "--contributions" => a.contributions = value()?.parse()?,
            "--contributors" => a.contributors = value()?.parse()?,
            "--page-db" => a.page_db = Some(value()?.into()),
            other => anyhow::bail!(
                "unknown argument {other}; use --contributions N --contributors C --page-db FILE"
            ),
        }
    }
    Ok(a)
}

fn person(db: &Db, handle: &str, hash: &str) -> anyhow::Result<Person> {
    let (handle, hash) = (handle.to_string(), hash.to_string());
    Ok(db.write_blocking(move |c| {
        commonfare::accounts::register_hashed(c, &handle, &format!("Bench {handle}"), &hash)
    })?)
}

fn text(path: String, op: OpKind, content: String) -> FileInput {
    FileInput {
        path,
        op,
        kind: FileKind::Text,
        bytes: Some(content.into_bytes()),
    }
}

/// The `i`th small change: modifies the next 5 of the 50 files, each with a new line.
fn edits(i: usize, what: &str) -> Vec<FileInput> {
    (0..PER_CHANGE)
        .map(|j| {
            let f = (i * PER_CHANGE + j) % FILES;
            text(
                format!("docs/f{f:02}.md"),
                OpKind::Modify,
                format!("# File {f}\n\n{what} {i}\n"),
            )
        })
        .collect()
}

fn create(db: &Db, who: &Person, handle: &str) -> anyhow::Result<()> {
    let new = service::new_commons(handle, "Bench", "", "knowledge", "CC0-1.0", None)?;
    let who = who.clone();
    db.write_blocking(move |c| service::create(c, &who, new).map(|_| ()))?;
    Ok(())
}

fn propose(db: &Db, who: &Person, handle: &str, files: Vec<FileInput>) -> anyhow::Result<i64> {
    let (who, handle) = (who.clone(), handle.to_string());
    Ok(db.write_blocking(move |c| {
        let row = store::require_commons(c, &handle)?;
        let k =
            service::propose_change(c, &who, &row, None, "bench", files, &FileLimits::default())?;
        Ok(k.number)
    })?)
}

fn review(db: &Db, who: &Person, handle: &str, n: i64, by: Transition) -> anyhow::Result<()> {
    let (who, handle) = (who.clone(), handle.to_string());
    db.write_blocking(move |c| {
        let row = store::require_commons(c, &handle)?;
        service::review(c, &who, &row, n, by, "").map(|_| ())
    })?;
    Ok(())
}

fn store_bytes(db: &Db) -> anyhow::Result<i64> {
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    Ok(db.read_blocking(|c: &mut DbConn| {
        let q = "SELECT (SELECT page_count FROM pragma_page_count()) * (SELECT page_size FROM pragma_page_size()) \
                 - (SELECT freelist_count FROM pragma_freelist_count()) * (SELECT page_size FROM pragma_page_size()) AS n";
        let r: N = diesel::sql_query(q).get_result(c).map_err(AppError::internal)?;
        Ok(r.n)
    })?)
}

fn count(db: &Db, table: &'static str) -> anyhow::Result<i64> {
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    Ok(db.read_blocking(move |c: &mut DbConn| {
        let r: N = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"))
            .get_result(c)
            .map_err(AppError::internal)?;
        Ok(r.n)
    })?)
}

/// The raw insert loop: one row per autocommit transaction into a table with a text key
/// and one unique index, on its own database with the app's pragmas.
struct Raw {
    conn: SqliteConnection,
    next: usize,
}

impl Raw {
    fn open(dir: &std::path::Path) -> anyhow::Result<Self> {
        let path = dir.join("raw.db");
        let mut conn = SqliteConnection::establish(&path.to_string_lossy())?;
        conn.batch_execute(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;
             CREATE TABLE t (id TEXT PRIMARY KEY NOT NULL, handle TEXT NOT NULL UNIQUE, body TEXT NOT NULL, at BIGINT NOT NULL);",
        )?;
        Ok(Self { conn, next: 0 })
    }

    /// Inserts `n` rows; the time it took.
    fn insert(&mut self, n: usize) -> anyhow::Result<Duration> {
        let start = Instant::now();
        for _ in 0..n {
            diesel::sql_query("INSERT INTO t (id, handle, body, at) VALUES (?, ?, ?, ?)")
                .bind::<diesel::sql_types::Text, _>(db::new_id())
                .bind::<diesel::sql_types::Text, _>(format!("raw{}", self.next))
                .bind::<diesel::sql_types::Text, _>("a small contribution")
                .bind::<diesel::sql_types::BigInt, _>(db::now_ms())
                .execute(&mut self.conn)?;
            self.next += 1;
        }
        Ok(start.elapsed())
    }
}

/// The SQL of an acceptance alone, without the application: on a database with the app's
/// schema and pragmas, the same statements the app sends for one acceptance (the reads
/// included, as `BENCH_TRACE_SQL=1` lists them) with fixed values, one transaction each.
/// What no change to the code above the store can beat; its ratio to the raw loop bounds
/// the acceptance ratio.
struct SqlFloor {
    conn: SqliteConnection,
    head: Option<String>,
    number: i64,
}

#[derive(QueryableByName)]
struct Id {
    #[diesel(sql_type = diesel::sql_types::Text)]
    #[allow(dead_code)]
    id: String,
}

impl SqlFloor {
    fn open(dir: &std::path::Path) -> anyhow::Result<Self> {
        let path = dir.join("floor.db").to_string_lossy().into_owned();
        drop(Db::connect(Engine::Sqlite, &path, 1)?);
        let mut conn = SqliteConnection::establish(&path)?;
        conn.batch_execute(
            "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;
             INSERT INTO people (id, handle, display_name, password_hash, created_at, updated_at)
                 VALUES ('p1', 'ada', 'Ada', 'x', 0, 0);
             INSERT INTO commons (id, handle, name, kind, licence_policy, licence, created_by,
                 created_at, updated_at)
                 VALUES ('c1', 'bench', 'Bench', 'knowledge', 'spdx', 'CC0-1.0', 'p1', 0, 0);
             INSERT INTO commons_maintainers (commons_id, person_id, since) VALUES ('c1', 'p1', 0);",
        )?;
        Ok(Self {
            conn,
            head: None,
            number: 0,
        })
    }

    /// Accepts `n` contributions (each proposed just before, untimed); the time it took.
    fn accept(&mut self, n: usize, tree: &str) -> anyhow::Result<Duration> {
        use diesel::sql_types::{BigInt, Nullable, Text};
        let c = &mut self.conn;
        let mut spent = Duration::ZERO;
        for _ in 0..n {
            self.number += 1;
            let (number, contribution, revision) = (self.number, db::new_id(), db::new_id());
            diesel::sql_query(
                "INSERT INTO commons_contributions (id, commons_id, number, kind, state, message,
                     body, author_id, created_at, updated_at)
                 VALUES (?, 'c1', ?, 'change', 'proposed', 'bench', '{}', 'p1', 0, 0)",
            )
            .bind::<Text, _>(&contribution)
            .bind::<BigInt, _>(number)
            .execute(c)?;
            let start = Instant::now();
            c.batch_execute("BEGIN IMMEDIATE")?;
            diesel::sql_query("SELECT id FROM commons WHERE handle = ? LIMIT 1")
                .bind::<Text, _>("bench")
                .load::<Id>(c)?;
            diesel::sql_query(
                "SELECT id FROM commons_contributions WHERE commons_id = ? AND number = ? LIMIT 1",
            )
            .bind::<Text, _>("c1")
            .bind::<BigInt, _>(number)
            .load::<Id>(c)?;
            diesel::sql_query(
                "SELECT people.id AS id FROM commons_maintainers JOIN people
                     ON people.id = commons_maintainers.person_id
                 WHERE commons_id = ? ORDER BY since",
            )
            .bind::<Text, _>("c1")
            .load::<Id>(c)?;
            diesel::sql_query("SELECT id FROM commons_revisions WHERE id = ? LIMIT 1")
                .bind::<Text, _>(self.head.as_deref().unwrap_or(""))
                .load::<Id>(c)?;
            diesel::sql_query(
                "UPDATE commons SET head_revision_id = ?, updated_at = ? WHERE id = 'c1'",
            )
            .bind::<Text, _>(&revision)
            .bind::<BigInt, _>(number)
            .execute(c)?;
            diesel::sql_query(
                "INSERT INTO commons_revisions (id, commons_id, parent_id, number, message,
                     author_id, accepted_by, contribution_id, tree_hash, tree, created_at, tree_delta)
                 VALUES (?, 'c1', ?, ?, 'bench', 'p1', 'p1', ?, ?, ?, ?, 1)",
            )
            .bind::<Text, _>(&revision)
            .bind::<Nullable<Text>, _>(self.head.as_deref())
            .bind::<BigInt, _>(number)
            .bind::<Text, _>(&contribution)
            .bind::<Text, _>("f69819f5c92fb78fb2dd044c4ebdef78f95b638e9b9efbc22730431a3e5fa3d0")
            .bind::<Text, _>(tree)
            .bind::<BigInt, _>(number)
            .execute(c)?;
            diesel::sql_query(
                "SELECT contribution_id AS id FROM commons_offers WHERE contribution_id = ? LIMIT 1",
            )
            .bind::<Text, _>(&contribution)
            .load::<Id>(c)?;
            diesel::sql_query(
                "UPDATE commons_contributions SET state = 'accepted', revision_id = ?, updated_at = ?
                 WHERE id = ? AND state = 'proposed'",
            )
            .bind::<Text, _>(&revision)
            .bind::<BigInt, _>(number)
            .bind::<Text, _>(&contribution)
            .execute(c)?;
            diesel::sql_query(
                "INSERT INTO commons_reviews (id, contribution_id, reviewer_id, verdict, comment,
                     created_at) VALUES (?, ?, 'p1', 'accepted', '', ?)",
            )
            .bind::<Text, _>(db::new_id())
            .bind::<Text, _>(&contribution)
            .bind::<BigInt, _>(number)
            .execute(c)?;
            diesel::sql_query(
                "INSERT INTO journal (id, at, actor, verb, object_type, object_id, object_url,
                     summary, payload)
                 VALUES (?, ?, 'ada', 'Accept', 'contribution', ?, '/commons/bench/contributions/1',
                     '@ada accepted contribution #1 to bench',
                     '{\"comment\":\"\",\"commons\":\"bench\",\"from\":\"proposed\",\"number\":1,\"to\":\"accepted\"}')",
            )
            .bind::<Text, _>(db::new_id())
            .bind::<BigInt, _>(number)
            .bind::<Text, _>(&contribution)
            .execute(c)?;
            c.batch_execute("COMMIT")?;
            spent += start.elapsed();
            self.head = Some(revision);
        }
        Ok(spent)
    }
}

/// Rounds of the raw loop and of the acceptances, alternated so that a noisy moment on the
/// machine falls on both.
const ROUNDS: usize = 10;

/// Accepts `n` contributions in sequence, in [`ROUNDS`] rounds each preceded by as many raw
/// inserts; returns the time spent accepting and the time spent inserting.
fn accept_many(
    db: &Db,
    raw: &mut Raw,
    floor: &mut SqlFloor,
    ada: &Person,
    bob: &Person,
    n: usize,
) -> anyhow::Result<[Duration; 3]> {
    create(db, ada, "bench")?;
    let first = (0..FILES)
        .map(|f| {
            text(
                format!("docs/f{f:02}.md"),
                OpKind::Add,
                format!("# File {f}\n"),
            )
        })
        .collect();
    let k = propose(db, bob, "bench", first)?;
    review(db, ada, "bench", k, Transition::Accept)?;
    let (mut spent, mut raw_spent, mut floor_spent) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    // A revision's stored tree as the app writes it here: the five changed entries.
    let tree = format!(
        "{{{}}}",
        (0..PER_CHANGE)
            .map(|f| format!(
                "\"docs/f{f:02}.md\":{{\"hash\":\"{}\",\"size\":25,\"kind\":\"text\"}}",
                "0".repeat(64)
            ))
            .collect::<Vec<_>>()
            .join(",")
    );
    let per_round = n.div_ceil(ROUNDS);
    let mut i = 0;
    for round in 0..ROUNDS {
        let todo = per_round.min(n - i);
        let raw_round = raw.insert(todo)?;
        let floor_round = floor.accept(todo, &tree)?;
        let mut round_spent = Duration::ZERO;
        for _ in 0..todo {
            let files = edits(i, "edit");
            let k = propose(db, bob, "bench", files)?;
            let start = Instant::now();
            review(db, ada, "bench", k, Transition::Accept)?;
            round_spent += start.elapsed();
            i += 1;
        }
        eprintln!(
            "round {}: raw {:.0}/s, acceptances {:.0}/s (ratio {:.3}), their SQL alone {:.0}/s (ratio {:.3})",
            round + 1,
            todo as f64 / raw_round.as_secs_f64(),
            todo as f64 / round_spent.as_secs_f64(),
            raw_round.as_secs_f64() / round_spent.as_secs_f64(),
            todo as f64 / floor_round.as_secs_f64(),
            raw_round.as_secs_f64() / floor_round.as_secs_f64()
        );
        spent += round_spent;
        raw_spent += raw_round;
        floor_spent += floor_round;
    }
    Ok([spent, raw_spent, floor_spent])
}

static STATEMENTS: AtomicU64 = AtomicU64::new(0);
static TRACE: AtomicBool = AtomicBool::new(false);
static TRACED: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Counts the statements of every connection opened after it is installed.
fn count_statements() -> Option<Box<dyn Instrumentation>> {
    Some(Box::new(|event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::StartQuery { query, .. } = event {
            STATEMENTS.fetch_add(1, Ordering::Relaxed);
            if TRACE.load(Ordering::Relaxed) {
                TRACED
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(query.to_string());
            }
        }
    }))
}

/// Frames now in the WAL after a checkpoint of mode `mode` (TRUNCATE empties it).
fn wal_frames(db: &Db, mode: &'static str) -> anyhow::Result<i64> {
    #[derive(QueryableByName)]
    struct Checkpoint {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        log: i64,
    }
    Ok(db.read_blocking(move |c: &mut DbConn| {
        let r: Checkpoint = diesel::sql_query(format!("PRAGMA wal_checkpoint({mode})"))
            .get_result(c)
            .map_err(AppError::internal)?;
        Ok(r.log)
    })?)
}

/// Statements and WAL pages of one acceptance, averaged over `n` (untimed).
fn cost_per_accept(db: &Db, ada: &Person, bob: &Person, n: usize) -> anyhow::Result<(f64, f64)> {
    let (mut statements, mut pages) = (0, 0);
    for i in 0..n {
        let files = edits(i, "counted edit");
        let k = propose(db, bob, "bench", files)?;
        wal_frames(db, "TRUNCATE")?;
        let trace = i == 0 && std::env::var_os("BENCH_TRACE_SQL").is_some();
        TRACE.store(trace, Ordering::Relaxed);
        let before = STATEMENTS.load(Ordering::Relaxed);
        review(db, ada, "bench", k, Transition::Accept)?;
        statements += STATEMENTS.load(Ordering::Relaxed) - before;
        TRACE.store(false, Ordering::Relaxed);
        pages += wal_frames(db, "PASSIVE")?;
        if trace {
            for sql in TRACED.lock().unwrap_or_else(|p| p.into_inner()).drain(..) {
                eprintln!("sql: {sql}");
            }
        }
    }
    Ok((statements as f64 / n as f64, pages as f64 / n as f64))
}

/// A commons whose page lists `contributors` people, each with an accepted work record.
fn page_db(path: &std::path::Path, contributors: usize, hash: &str) -> anyhow::Result<()> {
    let _ = std::fs::remove_file(path);
    let db = Db::connect(Engine::Sqlite, &path.to_string_lossy(), 2)?;
    let ada = person(&db, "ada", hash)?;
    create(&db, &ada, "bench-page")?;
    let step = (contributors / 20).max(1);
    for i in 0..contributors {
        let who = person(&db, &format!("p{i:04}"), hash)?;
        let (w, a) = (who.clone(), ada.clone());
        db.write_blocking(move |c| {
            let row = store::require_commons(c, "bench-page")?;
            let k =
                service::propose_work(c, &w, &row, 30 + (i % 90) as u32, "Workshop help", None)?;
            service::review(c, &a, &row, k.number, Transition::Accept, "thanks")?;
            Ok(())
        })?;
        if (i + 1) % step == 0 {
            eprint!("\rcontributors {}/{contributors}", i + 1);
        }
    }
    eprintln!();
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let a = args()?;
    diesel::connection::set_default_instrumentation(count_statements)?;
    let n = a.contributions;
    let dir = tempfile::tempdir()?;
    let hash = commonfare::accounts::hash_password("benchmark password")?;

    let mut raw_loop = Raw::open(dir.path())?;
    let mut floor = SqlFloor::open(dir.path())?;

    let db = Db::connect(
        Engine::Sqlite,
        &dir.path().join("app.db").to_string_lossy(),
        2,
    )?;
    let ada = person(&db, "ada", &hash)?;
    let bob = person(&db, "bob", &hash)?;
    let carol = person(&db, "carol", &hash)?;
    let [spent, raw_spent, floor_spent] =
        accept_many(&db, &mut raw_loop, &mut floor, &ada, &bob, n)?;
    let accepted = n as f64 / spent.as_secs_f64();
    let raw = n as f64 / raw_spent.as_secs_f64();
    let sql_alone = n as f64 / floor_spent.as_secs_f64();
    println!("raw_insert_per_sec {raw:.0}");
    println!("accept_per_sec {accepted:.0}");
    println!("accept_ratio {:.3}", accepted / raw);
    println!("accept_sql_alone_per_sec {sql_alone:.0}");
    println!("accept_sql_alone_ratio {:.3}", sql_alone / raw);
    let (statements, pages) = cost_per_accept(&db, &ada, &bob, 100)?;
    println!("statements_per_accept {statements:.1} wal_pages_per_accept {pages:.1}");

    let (bytes, revisions) = (store_bytes(&db)?, count(&db, "commons_revisions")?);
    let blobs = count(&db, "commons_blobs")?;
    let start = Instant::now();
    let c2 = carol.clone();
    db.write_blocking(move |c| {
        let parent = store::require_commons(c, "bench")?;
        forks::fork(c, &c2, &parent, "bench-fork", None, None).map(|_| ())
    })?;
    let fork_time = start.elapsed();
    let start = Instant::now();
    let history = db.read_blocking(|c| {
        let row = store::require_commons(c, "bench-fork")?;
        revisions::history_of(c, &row)
    })?;
    let read_time = start.elapsed();
    println!("history_revisions {revisions} file_versions {blobs}");
    println!("fork_ms {:.2}", fork_time.as_secs_f64() * 1e3);
    println!(
        "fork_store_growth_bytes {} of {bytes} (revision rows added: {})",
        store_bytes(&db)? - bytes,
        count(&db, "commons_revisions")? - revisions
    );
    println!(
        "fork_history_read_ms {:.1} ({} revisions)",
        read_time.as_secs_f64() * 1e3,
        history.revisions().len()
    );

    if let Some(path) = a.page_db {
        page_db(&path, a.contributors, &hash)?;
        println!("page_db {} contributors {}", path.display(), a.contributors);
    }
    Ok(())
}
