//! Operator commands: demo data, export, backup, admin create.

use crate::support::TestApp;
use commonfare::config::{Config, Engine};
use serde_json::Value;

fn config_of(app: &TestApp) -> Config {
    (*app.state.config).clone()
}

#[tokio::test]
async fn demo_loads_once_and_export_has_only_public_data() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).unwrap());
    assert!(
        !commonfare::demo::load(&app.state.db).unwrap(),
        "second load is a no-op"
    );
    let orgs: Value = app
        .program()
        .get(app.url("/api/v1/orgs"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let kinds: std::collections::BTreeSet<&str> = orgs["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["kind"].as_str().unwrap())
        .collect();
    for k in ["public_body", "for_benefit", "cooperative", "for_profit"] {
        assert!(kinds.contains(k), "demo has a {k}");
    }
    let mut out = Vec::new();
    let lines = commonfare::ops::export(&config_of(&app), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), lines);
    let types: std::collections::BTreeSet<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    for t in [
        "event",
        "membership",
        "organization",
        "person",
        "commons",
        "maintainer",
        "revision",
        "contribution",
        "review",
        "fork",
        "offer",
        "thread",
        "comment",
    ] {
        assert!(
            types.contains(t),
            "the demo's export has {t} lines: {types:?}"
        );
    }
    assert!(
        !text.contains("argon2") && !text.contains("password") && !text.contains("@example"),
        "no secrets in the export"
    );
}

/// The tables of the live schema, read from the database itself rather than from the
/// code, so that a migration adding a table is caught.
async fn tables(app: &TestApp) -> Vec<String> {
    #[derive(diesel::QueryableByName)]
    struct T {
        #[diesel(sql_type = diesel::sql_types::Text)]
        name: String,
    }
    let sql = match app.state.db.engine() {
        Engine::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__diesel%'"
        }
        Engine::Postgres => {
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() \
             AND tablename NOT LIKE '__diesel%'"
        }
    };
    app.state
        .db
        .read(move |c| {
            use diesel::RunQueryDsl;
            let rows: Vec<T> = diesel::sql_query(sql)
                .load(c)
                .map_err(commonfare::error::AppError::internal)?;
            Ok(rows.into_iter().map(|t| t.name).collect())
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn export_declares_every_table_and_writes_every_public_row() {
    use commonfare::export::Table;
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).unwrap());
    let declared: Vec<(&str, Table)> = commonfare::ops::EXPORTS
        .iter()
        .flat_map(|e| e.tables.iter().map(move |t| (e.domain, *t)))
        .collect();
    for table in tables(&app).await {
        let owners: Vec<&str> = declared
            .iter()
            .filter(|(_, t)| t.name() == table)
            .map(|(d, _)| *d)
            .collect();
        assert_eq!(
            owners.len(),
            1,
            "table `{table}` must be declared by exactly one domain's export (as Public or \
             Private with the reason), found {owners:?}"
        );
    }
    let mut out = Vec::new();
    let counts = commonfare::ops::export_db(&app.state.db, &mut out).unwrap();
    for (domain, t) in &declared {
        match t {
            Table::Public { table, line } => {
                let rows = app.rows(table).await;
                // Renames happen only to data from before people and organizations
                // shared one list of handles; the handles tests export one.
                assert!(
                    rows > 0 || *table == "handle_renames",
                    "the demo fills `{table}`, so its export is checked"
                );
                assert_eq!(
                    counts.get(line).copied().unwrap_or(0) as i64,
                    rows,
                    "{domain} exports every row of `{table}` as `{line}` lines"
                );
            }
            Table::Private { why, .. } => assert!(!why.is_empty()),
        }
    }
}

#[tokio::test]
async fn admin_create_and_backup() {
    let app = TestApp::spawn().await;
    let cfg = config_of(&app);
    let msg = commonfare::ops::admin_create(&cfg, "root", Some("Root"), None)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("COMMONFARE_ADMIN_PASSWORD"), "{msg}");
    commonfare::ops::admin_create(
        &cfg,
        "root",
        Some("Root"),
        Some("a long admin password".into()),
    )
    .unwrap();
    let p: Value = app
        .program()
        .get(app.url("/api/v1/people/root"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(p["is_admin"], true);
    app.api_user("ada").await;
    let out = commonfare::ops::admin_create(&cfg, "ada", None, None).unwrap();
    assert!(out.contains("now an instance administrator"));

    let result = commonfare::ops::backup(&cfg, Some(cfg.data_dir.join("copy.db")));
    match cfg.database().unwrap().0 {
        Engine::Sqlite => {
            let path = result.unwrap();
            let copy = Config {
                database_url: format!("sqlite://{}", path.display()),
                ..cfg.clone()
            };
            let mut out = Vec::new();
            commonfare::ops::export(&copy, &mut out).unwrap();
            assert!(
                String::from_utf8(out)
                    .unwrap()
                    .contains("\"handle\":\"ada\""),
                "the backup holds the data"
            );
        }
        Engine::Postgres => assert!(result.unwrap_err().to_string().contains("pg_dump")),
    }
}
