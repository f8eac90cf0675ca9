//! Nothing acknowledged is lost on a crash: the server binary is run as a child process,
//! fed writes from several clients at once, killed with SIGKILL in the middle, started
//! again on the same store; every write it had acknowledged is there with its journal
//! event, and no object is there without its event. On both engines.

use crate::support::TestApp;
use serde_json::json;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Starts `commonfare serve` on the test's store and waits until it answers.
async fn start(app: &TestApp, port: u16) -> Child {
    let cfg = &app.state.config;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_commonfare"));
    cmd.arg("serve")
        .arg("--bind")
        .arg(format!("127.0.0.1:{port}"))
        .arg("--data-dir")
        .arg(&cfg.data_dir)
        .env("COMMONFARE_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if !cfg.database_url.is_empty() {
        cmd.arg("--database-url").arg(&cfg.database_url);
    }
    let mut child = cmd.spawn().expect("start the server");
    let c = reqwest::Client::new();
    for _ in 0..300 {
        if c.get(format!("http://127.0.0.1:{port}/health"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not start");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_killed_server_loses_nothing_it_acknowledged() {
    let app = TestApp::spawn().await;
    let token = app.api_user("ada").await;
    let port = free_port();
    let mut server = start(&app, port).await;

    // Four clients write organizations as fast as they can until the server dies.
    let mut writers = Vec::new();
    for w in 0..4 {
        let token = token.clone();
        writers.push(tokio::spawn(async move {
            let c = reqwest::Client::new();
            let mut acknowledged = Vec::new();
            for i in 0.. {
                let handle = format!("crash-{w}-{i}");
                let r = c
                    .post(format!("http://127.0.0.1:{port}/api/v1/orgs"))
                    .bearer_auth(&token)
                    .json(&json!({"handle": handle, "name": "Crash test", "kind": "cooperative"}))
                    .send()
                    .await;
                match r {
                    Ok(r) if r.status() == 201 => acknowledged.push(handle),
                    Ok(r) => panic!("unexpected answer {}", r.status()),
                    Err(_) => break,
                }
            }
            acknowledged
        }));
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill().expect("SIGKILL");
    server.wait().unwrap();
    let mut acknowledged = Vec::new();
    for w in writers {
        acknowledged.extend(w.await.unwrap());
    }
    assert!(
        acknowledged.len() > 20,
        "the load wrote something: {}",
        acknowledged.len()
    );

    // Started again on the same store: every acknowledged write is there, with its event.
    let port = free_port();
    let mut server = start(&app, port).await;
    let c = reqwest::Client::new();
    for h in &acknowledged {
        let r = c
            .get(format!("http://127.0.0.1:{port}/api/v1/orgs/{h}"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "acknowledged @{h} is lost");
    }
    let orgs = app
        .count("SELECT COUNT(*) AS n FROM organizations WHERE handle LIKE 'crash-%'".into())
        .await;
    let events = app.count("SELECT COUNT(*) AS n FROM journal WHERE verb = 'Create' AND object_url LIKE '/orgs/crash-%'"
            .into(),
    )
    .await;
    assert!(orgs >= acknowledged.len() as i64);
    assert_eq!(
        orgs, events,
        "every organization has its event, and no event lacks one"
    );
    let claimed = app
        .count("SELECT COUNT(*) AS n FROM handles WHERE handle LIKE 'crash-%'".into())
        .await;
    assert_eq!(claimed, orgs, "every organization holds its handle");
    server.kill().unwrap();
    server.wait().unwrap();
}
