//! Statements of fixed text that diesel would otherwise prepare on every run. Diesel never
//! caches an UPDATE it builds (its SET list could vary) nor a `sql_query`, so each run
//! parses and plans the SQL again: in a profile of accepting a contribution, preparing its
//! two UPDATEs took about a tenth of the time. A [`Fixed`] statement has one text, so the
//! connection's statement cache prepares it once, like any SELECT, on either engine.

use super::DbConn;
use diesel::QueryResult;
use diesel::backend::Backend;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::query_dsl::RunQueryDsl;
use diesel::serialize::ToSql;
use diesel::sql_types::{BigInt, Bool, HasSqlType, Nullable, Text};

/// A value bound to a placeholder.
#[derive(Debug, Clone, Copy)]
pub enum Bind<'a> {
    Text(&'a str),
    /// A nullable text column.
    OptText(Option<&'a str>),
    BigInt(i64),
    Bool(bool),
}

/// A statement of fixed text with its binds.
#[derive(Debug)]
pub struct Fixed<'a> {
    sql: Sql,
    binds: Vec<Bind<'a>>,
}

#[derive(Debug)]
enum Sql {
    /// The pieces between the placeholders.
    Pieces(&'static [&'static str]),
    /// `INSERT INTO t (a, b, …)` followed by one placeholder per bind.
    Values(&'static str),
}

impl<'a> Fixed<'a> {
    /// SQL written as the pieces between its placeholders: `sql[0] ? sql[1] ? … sql[n]`,
    /// with `binds[i]` between `sql[i]` and `sql[i + 1]`. Panics (a programming error, not
    /// input) unless there is one bind per placeholder.
    pub fn new(sql: &'static [&'static str], binds: Vec<Bind<'a>>) -> Self {
        assert_eq!(
            sql.len(),
            binds.len() + 1,
            "one bind between two SQL pieces"
        );
        Self {
            sql: Sql::Pieces(sql),
            binds,
        }
    }

    /// A single-row insert: `insert` (`INSERT INTO t (a, b, …)`, one column per bind)
    /// followed by `VALUES (?, ?, …)`.
    pub fn insert(insert: &'static str, binds: Vec<Bind<'a>>) -> Self {
        Self {
            sql: Sql::Values(insert),
            binds,
        }
    }

    /// Runs the statement on the engine's own connection (see [`super::native`]); the
    /// number of rows it changed.
    pub fn run(self, conn: &mut DbConn) -> QueryResult<usize> {
        super::native!(conn, |c| self.execute(c))
    }
}

impl QueryId for Fixed<'_> {
    type QueryId = ();
    // Cached under its SQL text: safe, since the text is a `'static` constant.
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<DB> QueryFragment<DB> for Fixed<'_>
where
    DB: Backend + HasSqlType<Text> + HasSqlType<BigInt> + HasSqlType<Bool>,
    str: ToSql<Text, DB>,
    i64: ToSql<BigInt, DB>,
    bool: ToSql<Bool, DB>,
    for<'x> Option<&'x str>: ToSql<Nullable<Text>, DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        let bind = |out: &mut AstPass<'_, 'b, DB>, b: &'b Bind<'_>| match b {
            Bind::Text(v) => out.push_bind_param::<Text, str>(v),
            Bind::OptText(v) => out.push_bind_param::<Nullable<Text>, _>(v),
            Bind::BigInt(v) => out.push_bind_param::<BigInt, i64>(v),
            Bind::Bool(v) => out.push_bind_param::<Bool, bool>(v),
        };
        match self.sql {
            Sql::Pieces(pieces) => {
                for (i, piece) in pieces.iter().enumerate() {
                    out.push_sql(piece);
                    if let Some(b) = self.binds.get(i) {
                        bind(&mut out, b)?;
                    }
                }
            }
            Sql::Values(insert) => {
                out.push_sql(insert);
                out.push_sql(" VALUES (");
                for (i, b) in self.binds.iter().enumerate() {
                    if i > 0 {
                        out.push_sql(", ");
                    }
                    bind(&mut out, b)?;
                }
                out.push_sql(")");
            }
        }
        Ok(())
    }
}

impl<C> RunQueryDsl<C> for Fixed<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Engine;
    use crate::db::Db;
    use diesel::connection::SimpleConnection;

    #[test]
    fn binds_land_in_their_places_and_count_rows() {
        let dir = tempfile::tempdir().unwrap();
        let url = dir.path().join("fixed.db").to_string_lossy().into_owned();
        let db = Db::connect(Engine::Sqlite, &url, 1).unwrap();
        let changed = db
            .write_blocking(|c| {
                c.batch_execute("CREATE TABLE t (k TEXT NOT NULL, n BIGINT NOT NULL)")?;
                c.batch_execute("INSERT INTO t VALUES ('a', 1), ('b', 2)")?;
                let mut counts = Vec::new();
                for (k, n) in [("a", 7), ("zz", 9), ("b", 8)] {
                    let q = Fixed::new(
                        &["UPDATE t SET n = ", " WHERE k = ", ""],
                        vec![Bind::BigInt(n), Bind::Text(k)],
                    );
                    counts.push(q.run(c)?);
                }
                let rows: Vec<(String, i64)> = diesel::sql_query("SELECT k, n FROM t ORDER BY k")
                    .load::<Row>(c)?
                    .into_iter()
                    .map(|r| (r.k, r.n))
                    .collect();
                Ok((counts, rows))
            })
            .unwrap();
        assert_eq!(changed.0, [1, 0, 1]);
        assert_eq!(changed.1, [("a".to_string(), 7), ("b".to_string(), 8)]);
    }

    #[test]
    fn inserts_bind_each_kind_of_value_in_column_order() {
        let dir = tempfile::tempdir().unwrap();
        let url = dir.path().join("fixed.db").to_string_lossy().into_owned();
        let db = Db::connect(Engine::Sqlite, &url, 1).unwrap();
        let rows = db
            .write_blocking(|c| {
                c.batch_execute("CREATE TABLE u (k TEXT NOT NULL, o TEXT, n BIGINT NOT NULL, b BOOLEAN NOT NULL)")?;
                for (k, o, n, b) in [("a", None, 1, true), ("b", Some("x"), -2, false)] {
                    let q = Fixed::insert(
                        "INSERT INTO u (k, o, n, b)",
                        vec![Bind::Text(k), Bind::OptText(o), Bind::BigInt(n), Bind::Bool(b)],
                    );
                    assert_eq!(q.run(c)?, 1);
                }
                Ok(diesel::sql_query("SELECT k, o, n, b FROM u ORDER BY k").load::<Full>(c)?)
            })
            .unwrap();
        let got: Vec<_> = rows.into_iter().map(|r| (r.k, r.o, r.n, r.b)).collect();
        assert_eq!(
            got,
            [
                ("a".to_string(), None, 1, true),
                ("b".to_string(), Some("x".to_string()), -2, false)
            ]
        );
    }

    #[derive(diesel::QueryableByName)]
    struct Full {
        #[diesel(sql_type = Text)]
        k: String,
        #[diesel(sql_type = Nullable<Text>)]
        o: Option<String>,
        #[diesel(sql_type = BigInt)]
        n: i64,
        #[diesel(sql_type = Bool)]
        b: bool,
    }

    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = Text)]
        k: String,
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
}
