//! The migration to trees stored as changes, on a SQLite database written before it: every
//! revision stored then holds its whole tree and still reads as it did, and the next
//! acceptance stores only its changes on top of it.

use super::model::blob::{BlobHash, FileKind, FileLimits, prepare_file};
use super::model::contribution::Transition;
use super::model::path::RepoPath;
use super::model::tree::Tree;
use super::revisions::{stored_tree_of, tree_of};
use super::service::{self, FileInput, OpKind};
use super::store;
use crate::config::Engine;
use crate::db::{Db, SQLITE_MIGRATIONS};
use diesel::prelude::*;
use diesel_migrations::MigrationHarness;

const FIRST_NEW: &str = "2026-11-30-000006";

fn tree_of_files(files: &[(&str, &str)]) -> Tree {
    Tree::from_entries(files.iter().map(|(p, body)| {
        let path = RepoPath::parse(p).unwrap();
        let e = prepare_file(
            &path,
            body.as_bytes(),
            FileKind::Text,
            &FileLimits::default(),
        );
        (path, e.unwrap())
    }))
    .unwrap()
}

/// Writes one commons the way the store did before: two revisions, each with its whole
/// tree as JSON, and a reviewed work record.
fn write_old_rows(conn: &mut SqliteConnection, files: &Tree) {
    let empty = Tree::default();
    let now = 1_700_000_000_000_i64;
    diesel::sql_query(
        "INSERT INTO people (id, handle, display_name, password_hash, created_at, updated_at) \
         VALUES ('p1', 'ada', 'Ada', 'x', 0, 0)",
    )
    .execute(conn)
    .unwrap();
    diesel::sql_query(
        "INSERT INTO commons (id, handle, name, summary, kind, licence_policy, licence, \
         created_by, head_revision_id, created_at, updated_at) \
         VALUES ('c1', 'old-bread', 'Old bread', '', 'knowledge', 'spdx', 'CC0-1.0', 'p1', 'r2', 0, 0)",
    )
    .execute(conn)
    .unwrap();
    diesel::sql_query(
        "INSERT INTO commons_maintainers (commons_id, person_id, since) VALUES ('c1', 'p1', 0)",
    )
    .execute(conn)
    .unwrap();
    for (id, parent, number, tree) in [("r1", None, 1, &empty), ("r2", Some("r1"), 2, files)] {
        diesel::sql_query(
            "INSERT INTO commons_revisions (id, commons_id, parent_id, number, message, \
             author_id, accepted_by, contribution_id, tree_hash, tree, created_at) \
             VALUES ($1, 'c1', $2, $3, 'old', 'p1', 'p1', NULL, $4, $5, $6)",
        )
        .bind::<diesel::sql_types::Text, _>(id)
        .bind::<diesel::sql_types::Nullable<diesel::sql_types::Text>, _>(parent)
        .bind::<diesel::sql_types::BigInt, _>(number)
        .bind::<diesel::sql_types::Text, _>(tree.hash().to_hex())
        .bind::<diesel::sql_types::Text, _>(serde_json::to_string(tree).unwrap())
        .bind::<diesel::sql_types::BigInt, _>(now)
        .execute(conn)
        .unwrap();
    }
    diesel::sql_query(
        "INSERT INTO commons_contributions (id, commons_id, number, kind, state, message, body, \
         author_id, created_at, updated_at) \
         VALUES ('k1', 'c1', 1, 'work_record', 'accepted', 'baked', '{}', 'p1', 0, 0)",
    )
    .execute(conn)
    .unwrap();
    diesel::sql_query(
        "INSERT INTO commons_reviews (id, contribution_id, reviewer_id, verdict, comment, created_at) \
         VALUES ('v1', 'k1', 'p1', 'accepted', 'thanks', 5)",
    )
    .execute(conn)
    .unwrap();
}

#[test]
fn whole_trees_stored_before_read_the_same_and_take_changes_on_top() {
    let dir = tempfile::tempdir().unwrap();
    let url = dir.path().join("old.db").to_string_lossy().into_owned();
    let files = tree_of_files(&[("a.md", "a"), ("b.md", "b"), ("docs/c.md", "c")]);
    {
        let mut conn = SqliteConnection::establish(&url).unwrap();
        loop {
            let pending = conn.pending_migrations(SQLITE_MIGRATIONS).unwrap();
            let Some(next) = pending.first() else {
                panic!("no migration {FIRST_NEW} to test")
            };
            if next.name().to_string().as_str() >= FIRST_NEW {
                break;
            }
            conn.run_migration(next).unwrap();
        }
        write_old_rows(&mut conn, &files);
    }

    let db = Db::connect(Engine::Sqlite, &url, 1).unwrap();
    let (old, head) = db
        .read_blocking(|c| {
            let old = store::revision_by_number(c, "c1", 2)?.unwrap();
            Ok((old.clone(), stored_tree_of(c, &old)?))
        })
        .unwrap();
    assert!(
        !old.tree_delta,
        "a revision stored before keeps its whole tree"
    );
    assert_eq!(*head, files);
    let reviews = db.read_blocking(|c| store::reviews(c, "k1")).unwrap();
    assert_eq!(
        reviews.len(),
        1,
        "reviews are kept when their table is rebuilt"
    );
    assert_eq!(
        (reviews[0].0.comment.as_str(), reviews[0].1.as_str()),
        ("thanks", "ada")
    );

    let edited = db
        .write_blocking(|c| {
            let ada = crate::accounts::require_person(c, "ada")?;
            let row = store::require_commons(c, "old-bread")?;
            let file = FileInput {
                path: "b.md".into(),
                op: OpKind::Modify,
                kind: FileKind::Text,
                bytes: Some(b"b, edited".to_vec()),
            };
            let k = service::propose_change(
                c,
                &ada,
                &row,
                None,
                "edit b",
                vec![file],
                &FileLimits::default(),
            )?;
            let k = service::review(c, &ada, &row, k.number, Transition::Accept, "")?;
            assert_eq!(store::reviews(c, &k.id)?.len(), 1);
            let new = store::revision_by_number(c, "c1", 3)?.unwrap();
            Ok((new.clone(), stored_tree_of(c, &new)?, tree_of(c, &new)?))
        })
        .unwrap();
    let (new, stored, remembered) = edited;
    assert!(new.tree_delta, "the new revision stores only its change");
    assert_eq!(new.parent_id.as_deref(), Some("r2"));
    let b = RepoPath::parse("b.md").unwrap();
    assert_eq!(stored.get(&b).unwrap().hash, BlobHash::of(b"b, edited"));
    assert_eq!(stored.len(), 3);
    assert_eq!(stored, remembered);
    assert_eq!(stored.hash().to_hex(), new.tree_hash);
}
