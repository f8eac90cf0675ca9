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
    let kinds: std::collections::BTreeSet<&str> = orgs
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
    assert_eq!(
        types.into_iter().collect::<Vec<_>>(),
        ["event", "membership", "organization", "person"]
    );
    assert!(
        !text.contains("argon2") && !text.contains("password"),
        "no secrets in the export"
    );
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
