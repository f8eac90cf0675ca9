//! The demo's treasuries: the makers' association's, with donations, OpenGrow's
//! sponsorship, spending from a bank account that must not go negative and a reversal;
//! the repair manuals', with a licence fee distributed back to the manuals' contributors
//! and a grant's share waiting for its second approval;
//! the makers' expenses, paid, rejected and waiting for a second approval; a contributor's
//! payout of their share, paid.

use crate::support::TestApp;
use reqwest::Method;

#[tokio::test]
async fn the_demo_has_two_open_treasuries() {
    let app = TestApp::spawn().await;
    let db = app.state.db.clone();
    tokio::task::spawn_blocking(move || commonfare::demo::load(&db))
        .await
        .expect("task")
        .expect("demo");
    let makers = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/makers-lagomar/balances",
            None,
            200,
        )
        .await;
    let accounts = makers["accounts"].as_array().expect("accounts");
    let bank = accounts
        .iter()
        .find(|a| a["account"] == "bank")
        .expect("bank");
    assert_eq!(bank["must_not_go_negative"], true);
    // 1013.60 less the soldering tips' expense, paid.
    assert_eq!(bank["balance"], "988.70");
    let x = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/makers-lagomar/transactions",
            None,
            200,
        )
        .await;
    let items = x["items"].as_array().expect("items");
    assert!(items.iter().any(|t| t["category"] == "sponsorship"));
    assert!(items.iter().any(|t| t["reverses"].is_number()));
    assert!(
        items
            .iter()
            .any(|t| t["earmark"] == "lagomar-repair-manuals")
    );
    let repair = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/lagomar-repair-manuals/transactions",
            None,
            200,
        )
        .await;
    assert!(
        repair["items"]
            .as_array()
            .expect("items")
            .iter()
            .any(|t| t["category"] == "licence_fee")
    );
    let html = app.page(&app.browser(), "/treasuries/makers-lagomar").await;
    assert!(html.contains("<svg"));
    let commons = app
        .page(&app.browser(), "/commons/lagomar-repair-manuals")
        .await;
    assert!(commons.contains("href=\"/treasuries/lagomar-repair-manuals\""));
    let expenses = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/makers-lagomar/expenses",
            None,
            200,
        )
        .await;
    let states: Vec<&str> = expenses
        .as_array()
        .expect("expenses")
        .iter()
        .filter_map(|e| e["state"].as_str())
        .collect();
    // Newest first; the advert marked as spam is left out of the list.
    assert_eq!(
        states,
        [
            "submitted",
            "submitted",
            "scheduled",
            "incomplete",
            "draft",
            "submitted",
            "rejected",
            "paid"
        ]
    );
    let list = expenses.as_array().expect("expenses");
    assert!(
        list[0]["consent_ends_at"].as_i64().is_some(),
        "under consent"
    );
    assert_eq!(list[1]["objections"][0]["person"], "dolores");
    assert!(list[2]["pay_on"].as_str().is_some());
    assert!(
        list[3]["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .any(|s| s["to"] == "incomplete" && s["person"] == "amara")
    );
    let advert = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/makers-lagomar/expenses/7",
            None,
            200,
        )
        .await;
    assert_eq!(advert["state"], "spam");
    let rule = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/makers-lagomar/approval-rule",
            None,
            200,
        )
        .await;
    assert_eq!(rule["consent_days"], 7);
    let page = app
        .page(&app.browser(), "/treasuries/makers-lagomar/expenses/8")
        .await;
    assert!(page.contains("dolores") && page.contains("The library lends one"));
    let shares = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/lagomar-repair-manuals/distributions/1",
            None,
            200,
        )
        .await;
    assert_eq!(shares["state"], "posted");
    let total: i64 = shares["shares"]
        .as_array()
        .expect("shares")
        .iter()
        .map(|s| {
            let a = s["amount"].as_str().expect("amount").replace('.', "");
            a.parse::<i64>().expect("cents")
        })
        .sum();
    assert_eq!(total, 12000, "the shares sum exactly to the amount");
    assert_eq!(shares["approvals"][0]["person"], "fatima", "{shares}");
    // The library grant's share waits for its second approval (above 200 euros), and the
    // share by hours is held by bruno's objection.
    let all = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/lagomar-repair-manuals/distributions",
            None,
            200,
        )
        .await;
    let all = all.as_array().expect("distributions");
    let waiting = all
        .iter()
        .find(|d| d["state"] == "previewed" && d["approvals_needed"] == 2)
        .expect("a distribution waiting for its second approval");
    assert_eq!(waiting["approvals"].as_array().map(Vec::len), Some(1));
    assert_eq!(waiting["approvals"][0]["person"], "fatima");
    let held = all
        .iter()
        .find(|d| d["policy"] == "hours")
        .expect("the share by hours");
    assert_eq!(held["objections"][0]["person"], "bruno", "{held}");
    let page = app
        .page(
            &app.browser(),
            waiting["url"].as_str().expect("the distribution's page"),
        )
        .await;
    assert!(page.contains("1 of 2 approvals"), "{page}");
    // One contributor asked for their share and was paid: what is owed to them is nothing.
    let payouts = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/lagomar-repair-manuals/expenses",
            None,
            200,
        )
        .await;
    let payout = payouts
        .as_array()
        .expect("expenses")
        .iter()
        .find(|e| e["pays_out"].is_string())
        .expect("a payout");
    assert_eq!(payout["state"], "paid", "{payout}");
    let account = payout["pays_out"].as_str().expect("account");
    let balances = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/lagomar-repair-manuals/balances",
            None,
            200,
        )
        .await;
    let owed = balances["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .find(|a| a["account"] == account)
        .expect("the payee's account");
    assert_eq!(owed["balance"], "0.00", "{owed}");
}

/// The demo's commons treasuries each stand by a distribution policy, and their previews
/// and paid dues followed it: the repair manuals by CredRank, the irrigation controller
/// by hours, the open data by a value equation that pays chen's upkeep.
#[tokio::test]
async fn the_demo_commons_stand_by_their_distribution_policies() {
    let app = TestApp::spawn().await;
    let db = app.state.db.clone();
    tokio::task::spawn_blocking(move || commonfare::demo::load(&db))
        .await
        .expect("task")
        .expect("demo");
    for (treasury, policy) in [
        ("lagomar-repair-manuals", "credrank"),
        ("open-irrigation-controller", "hours"),
        ("lagomar-open-data", "equation"),
    ] {
        let p = app
            .call_as(
                None,
                Method::GET,
                &format!("/api/v1/treasuries/{treasury}/distribution-policy"),
                None,
                200,
            )
            .await;
        assert_eq!(p["policy"], policy, "{p}");
        assert!(p["set_by"].is_string(), "{p}");
        let list = app
            .call_as(
                None,
                Method::GET,
                &format!("/api/v1/treasuries/{treasury}/distributions"),
                None,
                200,
            )
            .await;
        let all = list.as_array().expect("distributions");
        let followed = all
            .iter()
            .find(|d| d["policy"] == policy)
            .unwrap_or_else(|| panic!("{treasury}: none by {policy}: {list}"));
        let cents = |a: &str| -> i64 {
            let (w, f) = a.split_once('.').expect("decimals");
            w.parse::<i64>().expect("whole") * 100 + f.parse::<i64>().expect("cents")
        };
        let shared: i64 = followed["shares"]
            .as_array()
            .expect("shares")
            .iter()
            .map(|s| cents(s["amount"].as_str().expect("amount")))
            .sum();
        assert_eq!(
            shared,
            cents(followed["amount"].as_str().unwrap()),
            "{followed}"
        );
        if policy == "equation" {
            assert!(
                followed["shares"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|s| s["person"] == "chen"
                        && s["weight"].as_str().unwrap_or_default().contains("upkeep")),
                "{followed}"
            );
        }
    }
}
