//! The hledger and Beancount journals, checked by the tools themselves: the export of a
//! test ledger (two treasuries, three units, a reversal, a transfer of three legs) must
//! pass `hledger check` and `bean-check`, and the balances hledger computes and those
//! Beancount asserts must be ours. The command line writes the same journal as the API.
//! The tools are installed by `scripts/test`; where one is absent its part is skipped with
//! the reason printed.

use super::{World, balances, donate, world};
use crate::support::TestApp;
use serde_json::json;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// A ledger with something of everything.
async fn ledger(app: &TestApp) -> Vec<World> {
    let a = world(app, "alpha").await;
    let b = world(app, "beta-2").await;
    donate(app, &a, "bank", "1500").await;
    donate(app, &a, "cash", "35.50").await;
    let spend = json!({"amount": "86.40", "unit": "EUR", "from": "bank", "to": "supplier",
                       "memo": "filament; \"recycled\"", "date": "2026-10-01"});
    app.post_as(&a.admin, &a.api("/spending"), spend, 201).await;
    let legs = json!({"legs": [{"account": "cash", "amount": "-35.50", "unit": "EUR"},
                               {"account": "bank", "amount": "30", "unit": "EUR"},
                               {"account": "supplier", "amount": "5.50", "unit": "EUR"}]});
    app.post_as(&a.admin, &a.api("/transactions"), legs, 201)
        .await;
    app.post_as(&a.admin, &a.api("/transactions/4/reverse"), json!({}), 201)
        .await;
    let hours = json!({"name": "volunteers", "kind": "external", "unit": "hours"});
    app.post_as(&b.admin, &b.api("/accounts"), hours, 201).await;
    let given = json!({"legs": [{"account": "hours", "amount": "12.5", "unit": "hours"},
                                {"account": "volunteers", "amount": "-12.5", "unit": "hours"}]});
    app.post_as(&b.admin, &b.api("/transactions"), given, 201)
        .await;
    donate(app, &b, "bank", "7").await;
    vec![a, b]
}

/// Our balances by the journal's account name (`assets:alpha:bank` → `"1443.60 EUR"`),
/// zero balances left out.
async fn ours(app: &TestApp, worlds: &[World], capital: bool) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for w in worlds {
        let b = app
            .call_as(None, reqwest::Method::GET, &w.api("/balances"), None, 200)
            .await;
        for a in b["accounts"].as_array().expect("accounts") {
            if a["minor"] == 0 {
                continue;
            }
            let root = match a["kind"].as_str().expect("kind") {
                "asset" => "assets",
                "external" => "equity:external",
                k => panic!("unexpected kind {k}"),
            };
            let name = format!(
                "{root}:{}:{}",
                w.handle,
                a["account"].as_str().expect("name")
            );
            let unit = a["unit"].as_str().expect("unit");
            let (name, unit) = if capital {
                let name = name
                    .split(':')
                    .map(|s| s[..1].to_uppercase() + &s[1..])
                    .collect::<Vec<_>>()
                    .join(":");
                (name, unit.to_uppercase())
            } else {
                (name, unit.to_string())
            };
            out.insert(
                name,
                format!("{} {unit}", a["balance"].as_str().expect("balance")),
            );
        }
    }
    assert!(balances(app, &worlds[0]).await.contains_key("bank"));
    out
}

async fn export(app: &TestApp, format: &str) -> String {
    let r = app
        .program()
        .get(app.url(&format!("/api/v1/ledger/export?format={format}")))
        .send()
        .await
        .expect("export");
    assert_eq!(r.status().as_u16(), 200);
    r.text().await.expect("text")
}

fn tool(name: &str, env: &str) -> Option<String> {
    let path = std::env::var(env).unwrap_or_else(|_| name.to_string());
    match Command::new(&path).arg("--version").output() {
        Ok(o) if o.status.success() => Some(path),
        _ => {
            eprintln!("SKIPPED: {name} is not installed (scripts/test installs it; or set {env})");
            None
        }
    }
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{cmd:?}: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

/// `"account","balance"` rows of a CSV balance report, zero balances left out.
fn csv_balances(csv: &str) -> BTreeMap<String, String> {
    csv.lines()
        .skip(1)
        .filter_map(|l| {
            let (a, b) = l.split_once(',')?;
            Some((
                a.trim_matches('"').to_string(),
                b.trim_matches('"').to_string(),
            ))
        })
        .filter(|(_, b)| b != "0")
        .collect()
}

#[tokio::test]
async fn hledger_and_beancount_read_our_journals_and_agree_with_our_balances() {
    let app = TestApp::spawn().await;
    let worlds = ledger(&app).await;
    let dir = tempfile::tempdir().expect("dir");

    let hledger = export(&app, "hledger").await;
    assert!(hledger.contains("(alpha#5)"), "{hledger}");
    let file = dir.path().join("ledger.journal");
    std::fs::write(&file, &hledger).expect("write");
    // Our own balance report, in the shape hledger writes its own.
    let cfg = &app.state.config;
    let mut report = Command::new(env!("CARGO_BIN_EXE_commonfare"));
    report
        .args(["ledger", "balances", "--data-dir"])
        .arg(&cfg.data_dir)
        .env("COMMONFARE_LOG", "error");
    if !cfg.database_url.is_empty() {
        report.arg("--database-url").arg(&cfg.database_url);
    }
    let mine = csv_balances(&run(&mut report));
    assert_eq!(mine, ours(&app, &worlds, false).await);
    if let Some(h) = tool("hledger", "COMMONFARE_HLEDGER") {
        let f = file.to_str().expect("path");
        run(Command::new(&h).args(["-f", f, "check"]));
        let csv = run(Command::new(&h).args(["-f", f, "balance", "--flat", "-N", "-O", "csv"]));
        let theirs = csv_balances(&csv);
        assert_eq!(theirs, ours(&app, &worlds, false).await, "{hledger}");
        assert_eq!(theirs, mine, "our balance report says what hledger says");
    }

    let beancount = export(&app, "beancount").await;
    if let Some(b) = tool("bean-check", "COMMONFARE_BEAN_CHECK") {
        // Our balances as Beancount's assertions, the day after the last transaction.
        let tomorrow = time::OffsetDateTime::now_utc().date() + time::Duration::days(2);
        let mut asserted = beancount.clone();
        for (account, amount) in ours(&app, &worlds, true).await {
            asserted.push_str(&format!("\n{tomorrow} balance {account}  {amount}\n"));
        }
        let good = dir.path().join("good.beancount");
        std::fs::write(&good, &asserted).expect("write");
        run(Command::new(&b).arg(&good));
        // A wrong assertion fails: the check is real.
        let bad = dir.path().join("bad.beancount");
        let wrong = format!("{asserted}\n{tomorrow} balance Assets:Alpha:Bank  1.00 EUR\n");
        std::fs::write(&bad, wrong).expect("write");
        let out = Command::new(&b).arg(&bad).output().expect("run");
        assert!(!out.status.success(), "bean-check accepted a wrong balance");
    }

    // The command line writes the same journal.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_commonfare"));
    cmd.args(["ledger", "export", "--format", "hledger", "--data-dir"])
        .arg(&cfg.data_dir)
        .env("COMMONFARE_LOG", "error");
    if !cfg.database_url.is_empty() {
        cmd.arg("--database-url").arg(&cfg.database_url);
    }
    assert_eq!(run(&mut cmd), hledger);
    let mut one = Command::new(env!("CARGO_BIN_EXE_commonfare"));
    one.args([
        "ledger",
        "export",
        "--format",
        "beancount",
        "--treasury",
        "beta-2",
        "--data-dir",
    ])
    .arg(&cfg.data_dir);
    if !cfg.database_url.is_empty() {
        one.arg("--database-url").arg(&cfg.database_url);
    }
    let only = run(&mut one);
    assert!(
        only.contains("Assets:Beta-2:Hours") && !only.contains("Alpha"),
        "{only}"
    );
    assert!(Path::new(&file).exists());
}
