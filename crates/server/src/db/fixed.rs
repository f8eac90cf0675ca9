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

/// SQL written as the pieces between its placeholders: `sql[0] ? sql[1] ? … sql[n]`, with
/// `binds[i]` between `sql[i]` and `sql[i + 1]`.
#[derive(Debug)]
pub struct Fixed<'a> {
    sql: &'static [&'static str],
    binds: Vec<Bind<'a>>,
}

impl<'a> Fixed<'a> {
    /// Panics (a programming error, not input) unless there is one bind per placeholder.
    pub fn new(sql: &'static [&'static str], binds: Vec<Bind<'a>>) -> Self {
        assert_eq!(
            sql.len(),
            binds.len() + 1,
            "one bind between two SQL pieces"
        );
        Self { sql, binds }
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
        for (i, piece) in self.sql.iter().enumerate() {
            out.push_sql(piece);
            match &self.binds.get(i) {
                Some(Bind::Text(v)) => out.push_bind_param::<Text, str>(v)?,
                Some(Bind::OptText(v)) => out.push_bind_param::<Nullable<Text>, _>(v)?,
                Some(Bind::BigInt(v)) => out.push_bind_param::<BigInt, i64>(v)?,
                Some(Bind::Bool(v)) => out.push_bind_param::<Bool, bool>(v)?,
                None => {}
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

    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = Text)]
        k: String,
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
}
