//! Invariants that span rows, tried the way they break: many copies of a request at once
//! (`TestApp::race`), on both engines. Each round asserts who won and what is stored.

use crate::support::{Person, TestApp};
use reqwest::{Client, Method};
use serde_json::{Value, json};

/// A request for the race harness, as `who`.
fn fire(
    app: &TestApp,
    c: Client,
    method: Method,
    path: &str,
    who: &Person,
    body: Option<Value>,
) -> impl std::future::Future<Output = reqwest::Result<reqwest::Response>> + Send + 'static {
    let mut r = c.request(method, app.url(path)).bearer_auth(&who.token);
    if let Some(b) = body {
        r = r.json(&b);
    }
    r.send()
}

fn wins(results: &[(u16, String)]) -> usize {
    results
        .iter()
        .filter(|(s, _)| (200..300).contains(s))
        .count()
}

fn refused_with(results: &[(u16, String)], status: u16, code: &str) {
    for (s, body) in results.iter().filter(|(s, _)| !(200..300).contains(s)) {
        assert_eq!(*s, status, "{body}");
        assert!(body.contains(&format!("\"code\":\"{code}\"")), "{body}");
    }
}

async fn admins(app: &TestApp, org: &str) -> i64 {
    app.count(format!(
        "SELECT COUNT(*) AS n FROM memberships m JOIN organizations o ON o.id = m.org_id \
             WHERE o.handle = '{org}' AND m.role = 'admin' AND m.state = 'active'"
    ))
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_last_admins_cannot_all_leave_or_remove_each_other() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let both = [&ada, &bob];
    for round in 0..5 {
        let org = format!("leave{round}");
        app.org(&org).admin(&ada).co_admin(&bob).await;
        assert_eq!(admins(&app, &org).await, 2);
        let path = format!("/api/v1/orgs/{org}/leave");
        let r = app
            .race(2, |i, c| fire(&app, c, Method::POST, &path, both[i], None))
            .await;
        assert_eq!(wins(&r), 1, "round {round}: {r:?}");
        refused_with(&r, 409, "last_admin");
        assert_eq!(admins(&app, &org).await, 1);

        let org = format!("remove{round}");
        app.org(&org).admin(&ada).co_admin(&bob).await;
        let paths = [
            format!("/api/v1/orgs/{org}/members/bob"),
            format!("/api/v1/orgs/{org}/members/ada"),
        ];
        let r = app
            .race(2, |i, c| {
                fire(&app, c, Method::DELETE, &paths[i], both[i], None)
            })
            .await;
        assert_eq!(wins(&r), 1, "round {round}: {r:?}");
        refused_with(&r, 403, "forbidden");
        assert_eq!(admins(&app, &org).await, 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_invitation_accepted_many_times_makes_one_member_and_one_event() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("coop").admin(&ada).invited(&bob).await;
    let accept = "/api/v1/orgs/coop/accept";
    let r = app
        .race(12, |_, c| fire(&app, c, Method::POST, accept, &bob, None))
        .await;
    assert_eq!(wins(&r), 1, "{r:?}");
    refused_with(&r, 409, "already_member");
    let joins = app
        .count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'organization.joined'".into())
        .await;
    assert_eq!(joins, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_last_maintainers_cannot_all_step_down() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let both = [&ada, &bob];
    for round in 0..5 {
        let rye = app
            .commons(&format!("rye{round}"))
            .maintained_by(&ada)
            .licence("CC-BY-SA-4.0")
            .await;
        let add = rye.api("/maintainers");
        app.post_as(&ada, &add, json!({"handle": "bob"}), 200).await;
        let paths = [format!("{add}/ada"), format!("{add}/bob")];
        let r = app
            .race(2, |i, c| {
                fire(&app, c, Method::DELETE, &paths[i], both[i], None)
            })
            .await;
        assert_eq!(wins(&r), 1, "round {round}: {r:?}");
        let left = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM commons_maintainers m JOIN commons c \
                 ON c.id = m.commons_id WHERE c.handle = '{}'",
                rye.handle
            ))
            .await;
        assert_eq!(left, 1, "round {round}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_full_thread_takes_no_comment_past_its_limit() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let rye = app.commons("rye").maintained_by(&ada).await;
    let new = json!({"title": "Crumb", "body": "How open should it be?"});
    let t = app.post_as(&ada, &rye.api("/threads"), new, 201).await;
    let number = t["thread"]["number"].as_i64().unwrap();
    // 991 comments as far as the limit is concerned, without writing them one by one.
    app.state
        .db
        .write(|c| {
            use diesel::RunQueryDsl;
            diesel::sql_query("UPDATE discussion_threads SET comment_count = 991")
                .execute(c)
                .map_err(commonfare::error::AppError::internal)?;
            Ok(())
        })
        .await
        .unwrap();
    let path = rye.api(&format!("/threads/{number}/comments"));
    let r = app
        .race(24, |i, c| {
            let body = json!({"body": format!("Reply {i}")});
            fire(&app, c, Method::POST, &path, &ada, Some(body))
        })
        .await;
    assert_eq!(wins(&r), 9, "{r:?}");
    refused_with(&r, 409, "thread_full");
    let counted = app
        .count("SELECT comment_count AS n FROM discussion_threads".into())
        .await;
    assert_eq!(counted, 1000);
    assert_eq!(app.rows("discussion_comments").await, 1 + 9);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_fork_has_one_open_offer_however_many_are_sent() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let carol = app.person("carol").await;
    let bread = app.commons("bread").maintained_by(&ada).await;
    let fork = json!({"handle": "bread-carol"});
    app.post_as(&carol, &bread.api("/forks"), fork, 201).await;
    let forked = crate::support::Commons {
        handle: "bread-carol".into(),
    };
    app.change(&forked)
        .by(&carol)
        .add("rye.md", "# Rye\n")
        .accepted_by(&carol)
        .await;
    let offer = forked.api("/offer");
    let r = app
        .race(8, |_, c| {
            let body = json!({"message": "Rye from the fork"});
            fire(&app, c, Method::POST, &offer, &carol, Some(body))
        })
        .await;
    assert_eq!(wins(&r), 1, "{r:?}");
    refused_with(&r, 409, "offer_pending");
    assert_eq!(app.rows("commons_offers").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn guesses_sent_at_once_get_no_more_checks_than_the_limit() {
    let app = TestApp::spawn().await;
    app.api_user("ada").await;
    // 40 guesses at once, the right password among the last: the limit (5 per account)
    // is counted before any password is checked, so at most 5 are checked at all.
    let r = app
        .race(40, |i, c| {
            let password = if i == 35 {
                "correct horse battery"
            } else {
                "wrong guess here"
            };
            c.post(app.url("/api/v1/tokens"))
                .json(&json!({"name": "x", "handle": "ada", "password": password}))
                .send()
        })
        .await;
    let checked = r.iter().filter(|(s, _)| *s != 429).count();
    assert!(checked <= 5, "{checked} passwords checked: {r:?}");
    refused_with(
        &r.iter()
            .filter(|(s, _)| *s == 429)
            .cloned()
            .collect::<Vec<_>>(),
        429,
        "too_many_attempts",
    );
    // A refusal says when to try again.
    app.api_user("bob").await;
    let guess = |password: &'static str| {
        let c = app.program();
        let url = app.url("/api/v1/tokens");
        async move {
            c.post(url)
                .json(&json!({"name": "x", "handle": "bob", "password": password}))
                .send()
                .await
                .unwrap()
        }
    };
    for _ in 0..5 {
        assert_eq!(guess("wrong guess here").await.status(), 401);
    }
    let refused = guess("correct horse battery").await;
    assert_eq!(refused.status(), 429);
    let wait: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((800..=900).contains(&wait), "{wait}");
}

/// One ballot per voter per decision: a voter firing eight ballots at once leaves one
/// ballot, counted once; where the rulebook forbids changing a ballot, one request wins
/// and the others are refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_ballot_per_voter_under_racing_requests() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("makers").admin(&ada).await;
    for (slug, changeable) in [("fixed", false), ("free", true)] {
        app.post_as(
            &ada,
            "/api/v1/orgs/makers/bodies",
            json!({"slug": slug, "name": slug, "kind": "board", "rules": {"changeable": changeable, "secrecy": "anonymous"}}),
            201,
        )
        .await;
        let d = app
            .post_as(
                &ada,
                &format!("/api/v1/orgs/makers/bodies/{slug}/decisions"),
                json!({"title": "Colour", "method": "plurality", "options": ["Red", "Blue", "Green"]}),
                201,
            )
            .await;
        let id = d["id"].as_str().unwrap().to_string();
        app.post_as(
            &ada,
            &format!("/api/v1/decisions/{id}/open"),
            json!(null),
            200,
        )
        .await;
        let path = format!("/api/v1/decisions/{id}/ballot");
        let r = app
            .race(8, |i, c| {
                let choose = ((i % 3) + 1).to_string();
                fire(
                    &app,
                    c,
                    Method::PUT,
                    &path,
                    &ada,
                    Some(json!({"choose": choose})),
                )
            })
            .await;
        if changeable {
            assert_eq!(wins(&r), 8, "{r:?}");
        } else {
            assert_eq!(wins(&r), 1, "{r:?}");
            refused_with(&r, 409, "already_voted");
        }
        let rows = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM body_ballots WHERE decision_id = '{id}'"
            ))
            .await;
        assert_eq!(rows, 1, "{slug}: one ballot");
        let v: Value = app
            .call_as(
                None,
                Method::GET,
                &format!("/api/v1/decisions/{id}"),
                None,
                200,
            )
            .await;
        assert_eq!(v["ballot_count"], 1, "{slug}");
        assert_eq!(v["voted"], 1, "{slug}");
    }
}

/// A holder holds no more proxies than the rulebook allows, however many voters give
/// theirs at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_holder_holds_no_more_proxies_than_allowed() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let mut givers = Vec::new();
    for h in ["bea", "cal", "dov", "eli"] {
        givers.push(app.person(h).await);
    }
    let mut org = app.org("makers").admin(&ada);
    for g in &givers {
        org = org.member(g);
    }
    org.await;
    app.post_as(
        &ada,
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "assembly", "name": "Assembly", "kind": "general_assembly", "rules": {"proxies": 2}}),
        201,
    )
    .await;
    let d = app
        .post_as(
            &ada,
            "/api/v1/orgs/makers/bodies/assembly/decisions",
            json!({"title": "Hours", "method": "motion"}),
            201,
        )
        .await;
    let id = d["id"].as_str().unwrap().to_string();
    app.post_as(
        &ada,
        &format!("/api/v1/decisions/{id}/open"),
        json!(null),
        200,
    )
    .await;
    let path = format!("/api/v1/decisions/{id}/proxy");
    let r = app
        .race(4, |i, c| {
            fire(
                &app,
                c,
                Method::PUT,
                &path,
                &givers[i],
                Some(json!({"to": "ada"})),
            )
        })
        .await;
    assert_eq!(wins(&r), 2, "{r:?}");
    refused_with(&r, 409, "proxy_limit");
    let held = app
        .count(format!(
            "SELECT COUNT(*) AS n FROM body_electorate WHERE decision_id = '{id}' AND proxy_to IS NOT NULL"
        ))
        .await;
    assert_eq!(held, 2);
}

/// Standing delegations: eight members delegating to one delegate at once, with a cap of
/// three, leave exactly three delegations; when the rulebook lowers the cap to two, the
/// delegate accepting all three at once accepts exactly two; and at the close exactly two
/// delegators count as copies of the delegate's ballot.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_delegate_holds_no_more_standing_delegations_than_allowed() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let mut members = Vec::new();
    for h in ["bea", "cal", "dov", "eli", "fay", "gus", "hal", "ivy"] {
        members.push(app.person(h).await);
    }
    let mut org = app.org("makers").admin(&ada);
    for g in &members {
        org = org.member(g);
    }
    org.await;
    let body = "/api/v1/orgs/makers/bodies/assembly";
    app.post_as(
        &ada,
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "assembly", "name": "Assembly", "kind": "general_assembly", "rules": {"proxies": 3}}),
        201,
    )
    .await;
    let path = format!("{body}/delegation");
    let r = app
        .race(8, |i, c| {
            fire(
                &app,
                c,
                Method::PUT,
                &path,
                &members[i],
                Some(json!({"to": "ada"})),
            )
        })
        .await;
    assert_eq!(wins(&r), 3, "{r:?}");
    refused_with(&r, 409, "proxy_limit");
    let offered = app
        .count("SELECT COUNT(*) AS n FROM body_delegations".into())
        .await;
    assert_eq!(offered, 3);

    app.call_as(
        Some(&ada),
        Method::PUT,
        &format!("{body}/rulebook"),
        Some(json!({"rules": {"proxies": 2}})),
        200,
    )
    .await;
    let mine = app.call_as(Some(&ada), Method::GET, &path, None, 200).await;
    let waiting: Vec<String> = serde_json::from_value(mine["waiting"].clone()).unwrap();
    assert_eq!(waiting.len(), 3, "{mine}");
    let answer = format!("{body}/delegation/answer");
    let r = app
        .race(3, |i, c| {
            fire(
                &app,
                c,
                Method::POST,
                &answer,
                &ada,
                Some(json!({"from": waiting[i], "accept": true})),
            )
        })
        .await;
    assert_eq!(wins(&r), 2, "{r:?}");
    refused_with(&r, 409, "proxy_limit");
    let accepted = app
        .count("SELECT COUNT(*) AS n FROM body_delegations WHERE accepted_at IS NOT NULL".into())
        .await;
    assert_eq!(accepted, 2);

    let d = app
        .post_as(
            &ada,
            &format!("{body}/decisions"),
            json!({"title": "Hours", "method": "motion"}),
            201,
        )
        .await;
    let id = d["id"].as_str().unwrap().to_string();
    app.post_as(
        &ada,
        &format!("/api/v1/decisions/{id}/open"),
        json!(null),
        200,
    )
    .await;
    app.call_as(
        Some(&ada),
        Method::PUT,
        &format!("/api/v1/decisions/{id}/ballot"),
        Some(json!({"vote": "yes"})),
        200,
    )
    .await;
    let d = app
        .post_as(
            &ada,
            &format!("/api/v1/decisions/{id}/close"),
            json!(null),
            200,
        )
        .await;
    assert_eq!(
        d["outcome"]["counts"]["yes"], 3,
        "ada and the two she holds: {d}"
    );
}

/// An account that must not go negative holds its last 10 €: 64 stewards' spends of 1 €
/// at once, each with its own idempotency key, leave exactly ten written, the rest refused
/// as overdrafts, and the balance at zero.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_spends_take_only_what_a_flagged_account_holds() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("till").admin(&ada).await;
    app.treasury("organization", "till")
        .opened_by(&ada)
        .flagged("bank", "asset", "EUR")
        .account("donors", "external", "EUR")
        .account("shop", "external", "EUR")
        .await;
    let income = json!({"category": "donation", "amount": "10", "unit": "EUR", "into": "bank", "from": "donors"});
    app.post_as(&ada, "/api/v1/treasuries/till/income", income, 201)
        .await;
    let path = "/api/v1/treasuries/till/spending";
    let r = app
        .race(64, |i, c| {
            let body = json!({"amount": "1", "unit": "EUR", "from": "bank", "to": "shop",
                              "idempotency_key": format!("spend-{i}")});
            fire(&app, c, Method::POST, path, &ada, Some(body))
        })
        .await;
    assert_eq!(wins(&r), 10, "{r:?}");
    refused_with(&r, 409, "overdraft");
    let b = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/till/balances",
            None,
            200,
        )
        .await;
    assert_eq!(b["accounts"][0]["balance"], "0.00");
    assert_eq!(app.rows("ledger_transactions").await, 11);
    let off = app
        .state
        .db
        .read(commonfare::ledger::balances_off)
        .await
        .unwrap();
    assert!(
        off.is_empty(),
        "kept balances differ from the legs: {off:?}"
    );
}

/// The same income sent 16 times at once with one idempotency key is written once: one
/// 201, fifteen 200 with the same transaction.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_copies_of_one_keyed_request_write_one_transaction() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("keyed").admin(&ada).await;
    app.treasury("organization", "keyed")
        .opened_by(&ada)
        .account("bank", "asset", "EUR")
        .account("donors", "external", "EUR")
        .await;
    let body = json!({"category": "donation", "amount": "5", "unit": "EUR", "into": "bank",
                      "from": "donors", "idempotency_key": "box-1"});
    let path = "/api/v1/treasuries/keyed/income";
    let r = app
        .race(16, |_, c| {
            fire(&app, c, Method::POST, path, &ada, Some(body.clone()))
        })
        .await;
    let created = r.iter().filter(|(s, _)| *s == 201).count();
    let replayed = r.iter().filter(|(s, _)| *s == 200).count();
    assert_eq!((created, replayed), (1, 15), "{r:?}");
    assert!(r.iter().all(|(_, b)| b.contains("\"number\":1,")), "{r:?}");
    assert_eq!(app.rows("ledger_transactions").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_bookings_never_overbook_a_pool() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let both = [&ada, &bob];
    let at = crate::lending::at;
    // Racing pairs for the last item: exactly one wins, the other learns who holds it.
    for round in 0..8 {
        let id = app
            .resource(
                &ada,
                json!({"name": format!("Bike {round}"), "quantity": 2, "buffer_minutes": 30}),
            )
            .await;
        let path = format!("/api/v1/resources/{id}/reservations");
        app.post_as(
            &ada,
            &path,
            json!({"starts_at": at(3), "ends_at": at(6), "quantity": 1}),
            201,
        )
        .await;
        // One item is left over 4 h to 5 h; two people race for it, each for a
        // different stretch over it.
        let bodies = [
            json!({"starts_at": at(2), "ends_at": at(5), "quantity": 1}),
            json!({"starts_at": at(4), "ends_at": at(7), "quantity": 1}),
        ];
        let r = app
            .race(2, |i, c| {
                fire(
                    &app,
                    c,
                    Method::POST,
                    &path,
                    both[i],
                    Some(bodies[i].clone()),
                )
            })
            .await;
        assert_eq!(wins(&r), 1, "round {round}: {r:?}");
        refused_with(&r, 409, "slot_taken");
        let lost = r.iter().find(|(s, _)| *s == 409).unwrap();
        let p: Value = serde_json::from_str(&lost.1).unwrap();
        assert!(p["conflicting_reservation"].is_string(), "{p}");
        assert!(p["next_free_slot"]["starts_at"].is_string(), "{p}");
        assert_eq!(
            app.count(format!(
                "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id = '{id}' AND state = 'confirmed'"
            ))
            .await,
            2
        );
    }
    // Eight racers for a pool of three: three win, whatever the order.
    let id = app
        .resource(&ada, json!({"name": "Recorders", "quantity": 3}))
        .await;
    let path = format!("/api/v1/resources/{id}/reservations");
    let body = json!({"starts_at": at(10), "ends_at": at(12), "quantity": 1});
    let r = app
        .race(8, |i, c| {
            fire(
                &app,
                c,
                Method::POST,
                &path,
                both[i % 2],
                Some(body.clone()),
            )
        })
        .await;
    assert_eq!(wins(&r), 3, "{r:?}");
    refused_with(&r, 409, "slot_taken");
}

/// A thousand racing pairs, each two people asking for the same hour of a one-item thing
/// at the same instant, fired 32 pairs (64 requests) at a time over four resources: every
/// pair has exactly one 201 and one 409 `slot_taken`, and the store holds a thousand
/// reservations, none overlapping another of its resource. On both engines.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_racing_pairs_never_double_book() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    let at = crate::lending::at;
    let mut paths = Vec::new();
    for n in 0..4 {
        let id = app
            .resource(
                &ada,
                json!({"name": format!("Cargo bike {n}"), "min_minutes": 60, "horizon_days": 60}),
            )
            .await;
        paths.push(format!("/api/v1/resources/{id}/reservations"));
    }
    let client = Client::builder()
        .pool_max_idle_per_host(64)
        .build()
        .unwrap();
    const PAIRS: usize = 1000;
    const WAVE: usize = 32;
    for wave in 0..PAIRS.div_ceil(WAVE) {
        let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(2 * WAVE));
        let mut tasks = Vec::new();
        for k in wave * WAVE..((wave + 1) * WAVE).min(PAIRS) {
            // Pair k: resource k % 4, the hour k / 4 from the next on.
            let hour = 1 + (k / 4) as i64;
            let body = json!({"starts_at": at(hour), "ends_at": at(hour + 1), "quantity": 1});
            for who in [&bob, &cy] {
                let request = fire(
                    &app,
                    client.clone(),
                    Method::POST,
                    &paths[k % 4],
                    who,
                    Some(body.clone()),
                );
                let barrier = barrier.clone();
                tasks.push(tokio::spawn(async move {
                    barrier.wait().await;
                    let r = request.await.expect("request");
                    (k, r.status().as_u16(), r.text().await.unwrap_or_default())
                }));
            }
        }
        // A last wave smaller than the others: let its missing racers through.
        for _ in tasks.len()..2 * WAVE {
            let barrier = barrier.clone();
            tokio::spawn(async move { barrier.wait().await });
        }
        let mut by_pair: std::collections::BTreeMap<usize, Vec<(u16, String)>> = Default::default();
        for t in tasks {
            let (k, status, body) = t.await.unwrap();
            by_pair.entry(k).or_default().push((status, body));
        }
        for (k, r) in by_pair {
            assert_eq!(wins(&r), 1, "pair {k}: {r:?}");
            refused_with(&r, 409, "slot_taken");
        }
    }
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM lending_reservations WHERE state = 'confirmed'".to_string()
        )
        .await,
        PAIRS as i64
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM lending_reservations a JOIN lending_reservations b \
             ON a.resource_id = b.resource_id AND a.id < b.id \
             WHERE a.state = 'confirmed' AND b.state = 'confirmed' \
             AND a.starts_at < b.held_until AND b.starts_at < a.held_until"
                .to_string()
        )
        .await,
        0,
        "no two reservations of one resource overlap"
    );
}

/// Eight stewards post the same previewed distribution at once: it is booked once (one
/// 200, seven 409 `distribution_decided`), in one transaction, on both engines.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_posts_of_one_distribution_book_it_once() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bo = app.person("bo").await;
    let c = app
        .commons("shared-guides")
        .maintained_by(&ada)
        .file("README.md", "# Guides\n")
        .await;
    app.change(&c)
        .by(&bo)
        .add("b.md", "# B\n")
        .accepted_by(&ada)
        .await;
    app.treasury("commons", "shared-guides")
        .opened_by(&ada)
        .account("bank", "asset", "EUR")
        .await;
    let path = "/api/v1/treasuries/shared-guides/distributions";
    let body = json!({"policy": "equal", "amount": "9.99", "unit": "EUR"});
    app.post_as(&ada, path, body, 201).await;
    let post = "/api/v1/treasuries/shared-guides/distributions/1/post";
    let r = app
        .race(8, |_, c| {
            fire(&app, c, Method::POST, post, &ada, Some(json!({})))
        })
        .await;
    assert_eq!(wins(&r), 1, "{r:?}");
    refused_with(&r, 409, "distribution_decided");
    assert_eq!(app.rows("ledger_transactions").await, 1);
}

/// Three stewards approve a two-of-three expense at once: two approvals count, the third
/// finds it approved (409 `expense_state`); then eight payments at once pay it once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_approvals_count_each_steward_once_and_an_expense_is_paid_once() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bo = app.person("bo").await;
    let cy = app.person("cy").await;
    let mo = app.person("mo").await;
    app.org("crew")
        .admin(&ada)
        .co_admin(&bo)
        .co_admin(&cy)
        .member(&mo)
        .await;
    app.treasury("organization", "crew")
        .opened_by(&ada)
        .flagged("bank", "asset", "EUR")
        .account("donors", "external", "EUR")
        .await;
    let t = "/api/v1/treasuries/crew";
    let income = json!({"category": "donation", "amount": "100", "unit": "EUR", "into": "bank", "from": "donors"});
    app.post_as(&ada, &format!("{t}/income"), income, 201).await;
    app.call_as(
        Some(&ada),
        Method::PUT,
        &format!("{t}/approval-rule"),
        Some(json!({"approvals": 2})),
        200,
    )
    .await;
    let body = json!({"title": "Filament", "amount": "30", "unit": "EUR", "payee": "Shop"});
    app.post_as(&mo, &format!("{t}/expenses"), body, 201).await;
    let approve = format!("{t}/expenses/1/approve");
    let stewards = [&ada, &bo, &cy];
    let r = app
        .race(3, |i, c| {
            fire(
                &app,
                c,
                Method::POST,
                &approve,
                stewards[i],
                Some(json!({})),
            )
        })
        .await;
    assert_eq!(wins(&r), 2, "{r:?}");
    refused_with(&r, 409, "expense_state");
    assert_eq!(app.rows("ledger_expense_votes").await, 2);
    let pay = format!("{t}/expenses/1/pay");
    let r = app
        .race(8, |i, c| {
            fire(
                &app,
                c,
                Method::POST,
                &pay,
                stewards[i % 3],
                Some(json!({"from": "bank"})),
            )
        })
        .await;
    assert_eq!(wins(&r), 1, "{r:?}");
    refused_with(&r, 409, "expense_state");
    assert_eq!(app.rows("ledger_transactions").await, 2);
}

/// Sixteen holds of 10 € at once on an account that must not go negative and holds 50 €:
/// exactly five are placed, the rest refused as overdrafts, on both engines.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_holds_set_aside_only_what_a_flagged_account_holds() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("deposits").admin(&ada).await;
    app.treasury("organization", "deposits")
        .opened_by(&ada)
        .flagged("bank", "asset", "EUR")
        .account("donors", "external", "EUR")
        .account("hall", "external", "EUR")
        .await;
    let income = json!({"category": "donation", "amount": "50", "unit": "EUR", "into": "bank", "from": "donors"});
    app.post_as(&ada, "/api/v1/treasuries/deposits/income", income, 201)
        .await;
    let expires = (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24)).to_string();
    let path = "/api/v1/treasuries/deposits/holds";
    let r = app
        .race(16, |_, c| {
            let body = json!({"from": "bank", "to": "hall", "amount": "10", "unit": "EUR", "expires_at": expires});
            fire(&app, c, Method::POST, path, &ada, Some(body))
        })
        .await;
    assert_eq!(wins(&r), 5, "{r:?}");
    refused_with(&r, 409, "overdraft");
    assert_eq!(app.rows("ledger_holds").await, 5);
}

/// A commons has one licence policy, whole, however many of its maintainers set one at
/// once (on PostgreSQL the first setting inserts its row: the lock keeps the others from
/// inserting it too).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_policies_leave_one_whole_policy() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    for round in 0..4 {
        let handle = format!("policy{round}");
        let c = app.commons(&handle).maintained_by(&ada).await;
        app.post_as(&ada, &c.api("/maintainers"), json!({"handle": "bob"}), 200)
            .await;
        let bodies = [
            json!({"policy": "ppl"}),
            json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "100.00 EUR"}}),
        ];
        let who = [&ada, &bob];
        let path = c.api("/licence-policy");
        let r = app
            .race(6, |i, cl| {
                fire(
                    &app,
                    cl,
                    Method::PUT,
                    &path,
                    who[i % 2],
                    Some(bodies[i % 2].clone()),
                )
            })
            .await;
        assert_eq!(wins(&r), 6, "round {round}: {r:?}");
        let rows = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM coalition_policies p JOIN commons c \
                 ON c.id = p.commons_id WHERE c.handle = '{handle}'"
            ))
            .await;
        assert_eq!(rows, 1, "round {round}");
        // The policy in force and the licence the commons shows are the same setting's.
        let p = app.call_as(None, Method::GET, &path, None, 200).await;
        let want = if p["policy"] == "ppl" {
            "LicenseRef-PPL"
        } else {
            "LicenseRef-CopyFair"
        };
        assert_eq!(p["licence"], want, "round {round}: {p}");
    }
}

/// One ballot per voter and heading: the same voter's racing ballots (each a change of the
/// last) leave one row; many voters racing leave one each; ballots racing the close are
/// either in before it or refused, never half.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_budget_ballot_per_voter_and_heading_under_racing_requests() {
    racing_ballots(json!({}), |p| json!({ "projects": p })).await;
}

/// The same race on points ballots: one row per voter and heading, whose points are those
/// of the request that wrote its projects (never one request's projects with another's
/// points).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_points_ballot_per_voter_and_heading_under_racing_requests() {
    racing_ballots(
        json!({"ballot_style": "points", "points_total": 10, "min_projects": 1}),
        |p| {
            // Alone, project 2 gets 7 points and any other 10; together they share 10.
            let points: Vec<i64> = match p {
                ["2"] => vec![7],
                _ => vec![10 / p.len() as i64; p.len()],
            };
            json!({ "projects": p, "points": points })
        },
    )
    .await;
}

/// Races ballots of a process of `rules` (`ballot` makes a ballot's body of its projects).
async fn racing_ballots(rules: Value, ballot: fn(&[&str]) -> Value) {
    use crate::budgets::{heading, move_to, process, propose};
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let mut voters = Vec::new();
    for i in 0..8 {
        voters.push(app.person(&format!("voter{i}")).await);
    }
    let p = {
        let mut org = app.org("city").admin(&ada);
        for v in &voters {
            org = org.member(v);
        }
        org.await;
        process(&app, &ada, "city", rules).await
    };
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    move_to(&app, &ada, &id, "accepting_proposals", 200).await;
    for t in ["A", "B", "C"] {
        propose(&app, &ada, &id, &h, t, "1000").await;
    }
    move_to(&app, &ada, &id, "balloting", 200).await;
    let path = format!("/api/v1/budgets/{id}/headings/{h}/ballot");
    for round in 0..3 {
        let r = app
            .race(8, |i, c| {
                let chosen = ((i % 2) + 1).to_string();
                fire(
                    &app,
                    c,
                    Method::PUT,
                    &path,
                    &ada,
                    Some(ballot(&[chosen.as_str()])),
                )
            })
            .await;
        assert_eq!(wins(&r), 8, "round {round}: {r:?}");
        let rows = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM budget_ballots WHERE heading_id = '{h}'"
            ))
            .await;
        assert_eq!(rows, 1, "round {round}: one ballot for ada");
        let whole = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM budget_ballots WHERE heading_id = '{h}' \
                 AND ((vote = '1' AND (points IS NULL OR points = '10')) \
                 OR (vote = '2' AND (points IS NULL OR points = '7')))"
            ))
            .await;
        assert_eq!(whole, 1, "round {round}: one request's ballot, whole");
    }
    let r = app
        .race(8, |i, c| {
            fire(
                &app,
                c,
                Method::PUT,
                &path,
                &voters[i],
                Some(ballot(&["1", "2"])),
            )
        })
        .await;
    assert_eq!(wins(&r), 8, "{r:?}");
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM budget_ballots WHERE heading_id = '{h}'"
        ))
        .await,
        9
    );
    // Ballots racing the close: those that win are counted, the others are refused.
    let close = format!("/api/v1/budgets/{id}/phase");
    let r = app
        .race(8, |i, c| {
            if i == 0 {
                fire(
                    &app,
                    c,
                    Method::POST,
                    &close,
                    &ada,
                    Some(json!({"phase": "results"})),
                )
            } else {
                fire(
                    &app,
                    c,
                    Method::PUT,
                    &path,
                    &voters[i],
                    Some(ballot(&["3"])),
                )
            }
        })
        .await;
    assert!((200..300).contains(&r[0].0), "{r:?}");
    refused_with(&r[1..], 409, "budget_phase");
    let changed = r[1..].iter().filter(|(s, _)| *s == 200).count() as i64;
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM budget_ballots WHERE heading_id = '{h}' AND vote = '3'"
        ))
        .await,
        changed
    );
    let events = app
        .count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.ballot_cast'".into())
        .await;
    assert_eq!(events, 3 * 8 + 8 + changed, "one event per ballot taken");
}

/// A person's racing supports of one project leave one support.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_support_per_person_and_project_under_racing_requests() {
    use crate::budgets::{heading, move_to, process, propose};
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let p = process(
        &app,
        &ada,
        "city",
        json!({"phases": [{"phase": "accepting_proposals"}, {"phase": "supporting"}]}),
    )
    .await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    propose(&app, &ada, &id, &h, "Trees", "100").await;
    move_to(&app, &ada, &id, "supporting", 200).await;
    let project = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await["headings"][1]["projects"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let path = format!("/api/v1/budgets/{id}/projects/{project}/support");
    let r = app
        .race(8, |_, c| fire(&app, c, Method::POST, &path, &ada, None))
        .await;
    assert_eq!(wins(&r), 1, "{r:?}");
    refused_with(&r, 409, "already_supported");
    assert_eq!(app.rows("budget_supports").await, 1);
}

/// Two admins merge two projects into each other at once (each a duplicate of the other,
/// in their eyes): one merge wins, the other is refused (409 `not_on_ballot`), so no pair
/// is merged both ways and the supports end on one project.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_merges_of_two_projects_into_each_other_leave_one() {
    use crate::budgets::{heading, move_to, process, propose};
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bea = app.person("bea").await;
    app.org("city").admin(&ada).co_admin(&bea).await;
    let p = process(
        &app,
        &ada,
        "city",
        json!({"phases": [{"phase": "accepting_proposals"}, {"phase": "supporting"}, {"phase": "balloting"}]}),
    )
    .await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    for round in 0..3 {
        propose(&app, &ada, &id, &h, &format!("Trees {round}"), "100").await;
        propose(&app, &ada, &id, &h, &format!("More trees {round}"), "100").await;
    }
    move_to(&app, &ada, &id, "supporting", 200).await;
    let got = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let ids: Vec<String> = got["headings"][1]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    for (n, pair) in ids.chunks(2).enumerate() {
        let (a, b) = (pair[0].clone(), pair[1].clone());
        for (who, project) in [(&ada, &a), (&bea, &b)] {
            app.post_as(
                who,
                &format!("/api/v1/budgets/{id}/projects/{project}/support"),
                json!({}),
                200,
            )
            .await;
        }
        let a_into_b = format!("/api/v1/budgets/{id}/projects/{a}/merge");
        let b_into_a = format!("/api/v1/budgets/{id}/projects/{b}/merge");
        let r = app
            .race(8, |i, c| {
                let (path, into, who) = if i % 2 == 0 {
                    (&a_into_b, &b, &ada)
                } else {
                    (&b_into_a, &a, &bea)
                };
                fire(
                    &app,
                    c,
                    Method::POST,
                    path,
                    who,
                    Some(json!({"into": into, "reason": "the same trees"})),
                )
            })
            .await;
        assert_eq!(wins(&r), 1, "round {n}: {r:?}");
        refused_with(&r, 409, "not_on_ballot");
        let merged = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM budget_projects WHERE id IN ('{a}', '{b}') AND state = 'merged'"
            ))
            .await;
        assert_eq!(merged, 1, "round {n}");
        let supports = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM budget_supports WHERE project_id IN ('{a}', '{b}')"
            ))
            .await;
        assert_eq!(supports, 2, "round {n}: both supports on the original");
    }
    assert_eq!(app.rows("budget_merges").await, 3);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget_project.merged'".into())
            .await,
        3
    );
}

/// A steward blocks the last item for maintenance while a borrower books it: exactly one
/// wins, the other gets a 409 naming what holds it (`slot_taken` for the block refused
/// by the booking, `slot_blocked` for the booking refused by the block); and a breakdown
/// racing bookings leaves no instant over the pool. On both engines.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_bookings_and_blocks_never_overbook_a_pool() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let at = crate::lending::at;
    for round in 0..8 {
        let id = app
            .resource(&ada, json!({"name": format!("Van {round}"), "quantity": 2}))
            .await;
        app.post_as(
            &bob,
            &format!("/api/v1/resources/{id}/reservations"),
            json!({"starts_at": at(3), "ends_at": at(6), "quantity": 1}),
            201,
        )
        .await;
        let book = format!("/api/v1/resources/{id}/reservations");
        let block = format!("/api/v1/resources/{id}/blocks");
        let calls = [
            (
                &bob,
                book.as_str(),
                json!({"starts_at": at(4), "ends_at": at(5), "quantity": 1}),
            ),
            (
                &ada,
                block.as_str(),
                json!({"starts_at": at(2), "ends_at": at(7), "quantity": 1, "reason": "service"}),
            ),
        ];
        let r = app
            .race(2, |i, c| {
                let (who, path, body) = &calls[i];
                fire(&app, c, Method::POST, path, who, Some(body.clone()))
            })
            .await;
        assert_eq!(wins(&r), 1, "round {round}: {r:?}");
        let lost = r.iter().find(|(s, _)| *s == 409).expect("a 409");
        assert!(
            lost.1.contains("\"code\":\"slot_taken\"")
                || lost.1.contains("\"code\":\"slot_blocked\""),
            "{lost:?}"
        );
        let held = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id = '{id}' AND state = 'confirmed'"
            ))
            .await
            + app
                .count(format!(
                    "SELECT COUNT(*) AS n FROM lending_blocks WHERE resource_id = '{id}'"
                ))
                .await;
        assert_eq!(held, 2, "round {round}: the pool is full, not over");
    }
    // A breakdown of one of two items races four bookings of the other: whatever the
    // order, at the busiest instant the reservations left hold at most one item.
    let id = app
        .resource(&ada, json!({"name": "Trailer", "quantity": 2}))
        .await;
    let book = format!("/api/v1/resources/{id}/reservations");
    let broke = format!("/api/v1/resources/{id}/breakdowns");
    let r = app
        .race(5, |i, c| {
            if i == 0 {
                fire(
                    &app,
                    c,
                    Method::POST,
                    &broke,
                    &ada,
                    Some(json!({"quantity": 1})),
                )
            } else {
                fire(
                    &app,
                    c,
                    Method::POST,
                    &book,
                    &bob,
                    Some(json!({"starts_at": at(10), "ends_at": at(12), "quantity": 1})),
                )
            }
        })
        .await;
    assert_eq!(r[0].0, 201, "{r:?}");
    let holding = app
        .count(format!(
            "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id = '{id}' AND state = 'confirmed' AND starts_at < {end} AND held_until > {start}",
            start = jiff_ms(&at(10)),
            end = jiff_ms(&at(12)),
        ))
        .await;
    assert!(
        holding <= 1,
        "{holding} reservations beside the broken item: {r:?}"
    );
}

/// A walk-in at the desk and a booking race for the last item: the walk-in books through
/// the same availability under the resource's lock, so exactly one of them wins and the
/// other is told the slot is taken. Eight rounds, on both engines.
#[tokio::test]
async fn a_walk_in_and_a_booking_for_the_last_item_never_both_win() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.person("carol").await;
    let at = crate::lending::at;
    for round in 0..8 {
        let id = app
            .resource(
                &ada,
                json!({"name": format!("Ladder {round}"), "quantity": 1}),
            )
            .await;
        let lend = format!("/api/v1/resources/{id}/loans");
        let book = format!("/api/v1/resources/{id}/reservations");
        let calls = [
            (
                &ada,
                lend.as_str(),
                json!({"borrower": "@carol", "ends_at": at(3), "condition": "rungs fine"}),
            ),
            (
                &bob,
                book.as_str(),
                json!({"starts_at": at(1), "ends_at": at(2), "quantity": 1}),
            ),
        ];
        let r = app
            .race(2, |i, c| {
                let (who, path, body) = &calls[i];
                fire(&app, c, Method::POST, path, who, Some(body.clone()))
            })
            .await;
        assert_eq!(wins(&r), 1, "round {round}: {r:?}");
        refused_with(&r, 409, "slot_taken");
        let held = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id = '{id}' \
                 AND state IN ('confirmed', 'out')"
            ))
            .await;
        assert_eq!(held, 1, "round {round}: one item, one holder");
    }
}

/// A part's breakdown races bookings of a kit made of it and of the part itself: the
/// breakdown takes the kit's lock and then the part's, as a kit's booking does, so that
/// whatever the order, the part's own reservations and the kit's left over the slot hold
/// at most the one camera not broken. Twelve rounds, on both engines.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_breakdown_of_a_part_racing_kit_bookings_never_overbooks_the_part() {
    let at = crate::lending::at;
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    for round in 0..12 {
        let camera = app
            .resource(
                &ada,
                json!({"name": format!("Camera {round}"), "quantity": 2}),
            )
            .await;
        let kit = app
            .resource(&ada, json!({"name": format!("Kit {round}"), "quantity": 2}))
            .await;
        app.call_as(
            Some(&ada),
            Method::PUT,
            &format!("/api/v1/resources/{kit}/kit"),
            Some(json!({"parts": [{"resource": camera}]})),
            200,
        )
        .await;
        let broke = format!("/api/v1/resources/{camera}/breakdowns");
        let book_kit = format!("/api/v1/resources/{kit}/reservations");
        let book_camera = format!("/api/v1/resources/{camera}/reservations");
        let r = app
            .race(5, |i, c| {
                let (path, who) = match i {
                    0 => (&broke, &ada),
                    1 | 2 => (&book_kit, &bob),
                    _ => (&book_camera, &bob),
                };
                let body = if i == 0 {
                    json!({"quantity": 1})
                } else {
                    json!({"starts_at": at(10), "ends_at": at(12), "quantity": 1})
                };
                fire(&app, c, Method::POST, path, who, Some(body))
            })
            .await;
        assert_eq!(r[0].0, 201, "round {round}: {r:?}");
        let holding = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id IN ('{camera}', '{kit}') AND state = 'confirmed' AND starts_at < {end} AND held_until > {start}",
                start = jiff_ms(&at(10)),
                end = jiff_ms(&at(12)),
            ))
            .await;
        assert!(
            holding <= 1,
            "round {round}: {holding} reservations beside the broken camera: {r:?}"
        );
    }
}

fn jiff_ms(rfc3339: &str) -> i64 {
    rfc3339.parse::<jiff::Timestamp>().unwrap().as_millisecond()
}

/// Members nominating one person at once in an election write one nomination and one
/// event; the others are told the person is nominated already.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_nominations_of_one_person_write_one() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("makers").admin(&ada).member(&bob).await;
    app.post_as(
        &ada,
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "board", "name": "Board", "kind": "board",
            "rules": {"seats": "elected", "elected": {"count": 1, "term_days": 30}}}),
        201,
    )
    .await;
    app.post_as(
        &ada,
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "assembly", "name": "Assembly", "kind": "general_assembly"}),
        201,
    )
    .await;
    let d = app
        .post_as(
            &ada,
            "/api/v1/orgs/makers/bodies/assembly/decisions",
            json!({"title": "Board", "method": "irv", "fills": "board",
                "nominations_close_at": commonfare::db::now_ms() + 3_600_000}),
            201,
        )
        .await;
    let id = d["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/decisions/{id}/nominations");
    let before = app.journal_len().await;
    let r = app
        .race(8, |i, c| {
            let who = if i % 2 == 0 { &ada } else { &bob };
            fire(
                &app,
                c,
                Method::POST,
                &path,
                who,
                Some(json!({"candidate": "bob", "statement": format!("take {i}")})),
            )
        })
        .await;
    assert_eq!(wins(&r), 1, "{r:?}");
    refused_with(&r, 409, "already_nominated");
    let rows = app
        .count(format!(
            "SELECT COUNT(*) AS n FROM body_candidates WHERE decision_id = '{id}'"
        ))
        .await;
    assert_eq!(rows, 1);
    assert_eq!(app.journal_len().await, before + 1);
}

/// A party accepting its fee many times at once owes it once; stewards recording the
/// payment many times at once settle it once: one receivable, one payment, one
/// distribution, and the treasury's bank holds the fee once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_acceptances_and_payments_of_a_fee_owe_and_settle_it_once() {
    let app = TestApp::spawn().await;
    let w = crate::coalition::dues::controller(&app).await;
    let id = w.answer["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/determinations/{id}/accept");
    let r = app
        .race(8, |_, c| fire(&app, c, Method::POST, &path, &w.emil, None))
        .await;
    assert_eq!(wins(&r), 1, "{r:?}");
    refused_with(&r, 409, "fee_already_accepted");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM coalition_dues".into())
            .await,
        1
    );
    let pay = w.controller.api("/dues/1/payment");
    let r = app
        .race(8, |_, c| {
            fire(
                &app,
                c,
                Method::POST,
                &pay,
                &w.amara,
                Some(json!({"distribute_by": "equal"})),
            )
        })
        .await;
    assert_eq!(wins(&r), 1, "{r:?}");
    refused_with(&r, 409, "due_already_paid");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM coalition_due_payments".into())
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM ledger_distributions".into())
            .await,
        1
    );
    let b = crate::coalition::dues::balances(&app, "irrigation").await;
    assert_eq!(b["bank"], "385.00", "{b:?}");
    assert_eq!(b["receivable:licence-fees"], "0.00", "{b:?}");
}

/// A phyle's admins declaring overlapping surpluses at once keep one; the pledges it made
/// owed are booked once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_surplus_declarations_of_one_phyle_keep_one_per_period() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let data = app.commons("open-data").maintained_by(&amara).await;
    app.treasury("commons", &data.handle)
        .opened_by(&amara)
        .flagged("bank", "asset", "EUR")
        .await;
    app.post_as(
        &amara,
        "/api/v1/orgs",
        json!({"handle": "circuito", "name": "Circuito", "kind": "phyle"}),
        201,
    )
    .await;
    app.call_as(
        Some(&amara),
        Method::PUT,
        "/api/v1/orgs/circuito/pledges",
        Some(json!({"pledges": [{"commons": "open-data", "share": "10%"}]})),
        200,
    )
    .await;
    let r = app
        .race(8, |i, c| {
            let body = json!({"from": format!("2025-0{}-01", 1 + i % 3), "until": "2025-12-31", "amount": "1000.00 EUR"});
            fire(&app, c, Method::POST, "/api/v1/orgs/circuito/surpluses", &amara, Some(body))
        })
        .await;
    assert_eq!(wins(&r), 1, "{r:?}");
    refused_with(&r, 409, "surplus_period_taken");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM coalition_dues".into())
            .await,
        1
    );
    let b = crate::coalition::dues::balances(&app, "open-data").await;
    assert_eq!(b["receivable:pledges"], "100.00", "{b:?}");
}

/// A limit per person spans resources: one person's two bookings, on two resources of
/// the same library at once, with a limit of one item at once: exactly one wins, the
/// other is refused naming the rule (the borrower's lock, taken after the resource's).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_person_s_racing_bookings_on_two_resources_keep_to_the_limit() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let at = crate::lending::at;
    for round in 0..6 {
        let ids = [
            app.resource(
                &chen,
                json!({"name": format!("Drill {round}"), "quantity": 2}),
            )
            .await,
            app.resource(
                &chen,
                json!({"name": format!("Saw {round}"), "quantity": 2}),
            )
            .await,
        ];
        for id in &ids {
            app.call_as(
                Some(&chen),
                Method::PUT,
                &format!("/api/v1/resources/{id}/policy"),
                Some(json!({"max_items": 1})),
                200,
            )
            .await;
        }
        let from = 2 + 3 * round;
        let body = json!({"starts_at": at(from), "ends_at": at(from + 2), "quantity": 1});
        let paths: Vec<String> = ids
            .iter()
            .map(|id| format!("/api/v1/resources/{id}/reservations"))
            .collect();
        let r = app
            .race(2, |i, c| {
                fire(&app, c, Method::POST, &paths[i], &bob, Some(body.clone()))
            })
            .await;
        assert_eq!(wins(&r), 1, "round {round}: {r:?}");
        refused_with(&r, 409, "limit_items_at_once");
        assert_eq!(
            app.count(format!(
                "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id IN ('{}', '{}') AND state = 'confirmed'",
                ids[0], ids[1]
            ))
            .await,
            1
        );
    }
}

/// People typing the same census id at once: exactly one claims the entry, the others
/// get 409 `census_entry_taken`; and one person racing to claim two entries holds one.
/// On both engines.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_person_per_census_entry_and_one_entry_per_person_under_racing_claims() {
    use crate::budgets::process;
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let mut people = Vec::new();
    for i in 0..8 {
        people.push(app.person(&format!("resident{i}")).await);
    }
    app.org("city").admin(&ada).await;
    let p = process(&app, &ada, "city", json!({"eligibility": "census"})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let mut csv = String::from("id\n");
    for i in 0..10 {
        csv.push_str(&format!("Z{i:04}\n"));
    }
    let r = app
        .program()
        .put(app.url(&format!("/api/v1/budgets/{id}/census")))
        .bearer_auth(&ada.token)
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let path = format!("/api/v1/budgets/{id}/census/claim");
    let r = app
        .race(8, |i, c| {
            fire(
                &app,
                c,
                Method::POST,
                &path,
                &people[i],
                Some(json!({"id": "z0000"})),
            )
        })
        .await;
    assert_eq!(wins(&r), 1, "{r:?}");
    refused_with(&r, 409, "census_entry_taken");
    // One person, eight different ids at once: one entry is theirs.
    let r = app
        .race(8, |i, c| {
            fire(
                &app,
                c,
                Method::POST,
                &path,
                &ada,
                Some(json!({"id": format!("Z{:04}", i + 1)})),
            )
        })
        .await;
    assert_eq!(wins(&r), 1, "{r:?}");
    refused_with(&r, 409, "census_already_claimed");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM budget_census WHERE claimed_by IS NOT NULL".into())
            .await,
        2
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.census_claimed'".into())
            .await,
        2
    );
}

/// "Your own district and one other": one voter's ballots for two other districts sent at
/// once take one other district, never both; the refused get 403 `district_rule`. Without
/// a census, with no other district allowed, racing ballots for two districts take one.
/// On both engines.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_ballots_take_no_more_districts_than_the_rule_allows() {
    use crate::budgets::{heading, move_to, process, propose};
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    for (eligibility, others) in [("census", 1), ("members", 0)] {
        let p = process(
            &app,
            &ada,
            "city",
            json!({"eligibility": eligibility, "title": format!("By {eligibility}")}),
        )
        .await;
        let id = p["id"].as_str().unwrap().to_string();
        app.post_as(
            &ada,
            &format!("/api/v1/budgets/{id}/headings"),
            json!({"name": "Hills", "amount": "50000"}),
            201,
        )
        .await;
        let p = app
            .call_as(
                None,
                Method::GET,
                &format!("/api/v1/budgets/{id}"),
                None,
                200,
            )
            .await;
        move_to(&app, &ada, &id, "accepting_proposals", 200).await;
        let (harbour, hills) = (heading(&p, "Harbour"), heading(&p, "Hills"));
        let n1 = propose(&app, &ada, &id, &harbour, "Pier", "10").await;
        let n2 = propose(&app, &ada, &id, &hills, "Path", "10").await;
        app.call_as(
            Some(&ada),
            Method::PUT,
            &format!("/api/v1/budgets/{id}/voter-rules"),
            Some(json!({"other_districts": others, "citywide_heading": heading(&p, "City-wide")})),
            200,
        )
        .await;
        if eligibility == "census" {
            let r = app
                .program()
                .put(app.url(&format!("/api/v1/budgets/{id}/census")))
                .bearer_auth(&ada.token)
                .header("content-type", "text/csv")
                .body("id,district\nQ1,Old town\n")
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200);
            app.post_as(
                &bob,
                &format!("/api/v1/budgets/{id}/census/claim"),
                json!({"id": "Q1"}),
                200,
            )
            .await;
        }
        move_to(&app, &ada, &id, "balloting", 200).await;
        let paths = [
            format!("/api/v1/budgets/{id}/headings/{harbour}/ballot"),
            format!("/api/v1/budgets/{id}/headings/{hills}/ballot"),
        ];
        let numbers = [n1, n2];
        let r = app
            .race(8, |i, c| {
                fire(
                    &app,
                    c,
                    Method::PUT,
                    &paths[i % 2],
                    &bob,
                    Some(json!({ "projects": [numbers[i % 2]] })),
                )
            })
            .await;
        assert!(wins(&r) >= 1, "{eligibility}: {r:?}");
        refused_with(&r, 403, "district_rule");
        let districts = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM budget_ballots WHERE process_id = '{id}' \
                 AND heading_id IN ('{harbour}', '{hills}')"
            ))
            .await;
        assert_eq!(districts, 1, "{eligibility}: one district taken, {r:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn first_comments_at_once_open_one_thread_on_a_decision() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("makers").admin(&ada).await;
    app.post_as(
        &ada,
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "assembly", "name": "General assembly", "kind": "general_assembly",
            "rules": {"default_method": "consent"}}),
        201,
    )
    .await;
    let d = app
        .post_as(
            &ada,
            "/api/v1/orgs/makers/bodies/assembly/decisions",
            json!({"title": "Open on Saturdays", "method": "consent"}),
            201,
        )
        .await;
    let path = format!("/api/v1/decisions/{}/comments", d["id"].as_str().unwrap());
    let r = app
        .race(16, |i, c| {
            let body = json!({"body": format!("First thought {i}")});
            fire(&app, c, Method::POST, &path, &ada, Some(body))
        })
        .await;
    assert_eq!(wins(&r), 16, "{r:?}");
    assert_eq!(app.rows("discussion_threads").await, 1);
    assert_eq!(app.rows("discussion_comments").await, 16);
    let opened = app
        .count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'comment.written' \
             AND payload LIKE '%\"opened_thread\":true%'"
                .into(),
        )
        .await;
    assert_eq!(opened, 1);
}

/// Two people accepting the same given thing at once (its person offered it to both):
/// exactly one gets it, the other a 409 `offer_closed`, and one match only is accepted.
/// A shared thing's two overlapping matches accepted at once by its person: one loan is
/// booked, the other a 409 `slot_taken`, as any double booking. On both engines.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_acceptances_give_a_thing_once_and_never_double_book_it() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let both = [&bob, &eve];
    let at = crate::lending::at;
    for round in 0..6 {
        let o = app
            .post_as(
                &ada,
                "/api/v1/offers",
                json!({"kind": "material", "title": format!("Seedlings {round}"), "mode": "give"}),
                201,
            )
            .await;
        let mut accept = Vec::new();
        for who in both {
            let q = app
                .post_as(
                    who,
                    "/api/v1/requests",
                    json!({"kind": "material", "title": "Seedlings"}),
                    201,
                )
                .await;
            let m = app
                .post_as(
                    &ada,
                    &format!("/api/v1/requests/{}/answers", q["id"].as_str().unwrap()),
                    json!({"offer_id": o["id"]}),
                    201,
                )
                .await;
            accept.push(format!(
                "/api/v1/offer-matches/{}/accept",
                m["id"].as_str().unwrap()
            ));
        }
        let r = app
            .race(2, |i, c| {
                fire(&app, c, Method::POST, &accept[i], both[i], None)
            })
            .await;
        assert_eq!(wins(&r), 1, "round {round}: {r:?}");
        refused_with(&r, 409, "offer_closed");
        let oid = o["id"].as_str().unwrap();
        assert_eq!(
            app.count(format!(
                "SELECT COUNT(*) AS n FROM lending_offer_matches WHERE offer_id = '{oid}' AND state = 'accepted'"
            ))
            .await,
            1
        );
        assert_eq!(
            app.count(format!(
                "SELECT COUNT(*) AS n FROM lending_offers WHERE id = '{oid}' AND state = 'given'"
            ))
            .await,
            1
        );
    }
    for round in 0..6 {
        let o = app
            .post_as(
                &ada,
                "/api/v1/offers",
                json!({"kind": "machine", "title": format!("Sewing machine {round}"), "mode": "share"}),
                201,
            )
            .await;
        let ask = format!("/api/v1/offers/{}/matches", o["id"].as_str().unwrap());
        let bodies = [
            json!({"starts_at": at(3), "ends_at": at(6)}),
            json!({"starts_at": at(5), "ends_at": at(8)}),
        ];
        let mut accept = Vec::new();
        for (i, who) in both.iter().enumerate() {
            let m = app.post_as(who, &ask, bodies[i].clone(), 201).await;
            accept.push(format!(
                "/api/v1/offer-matches/{}/accept",
                m["id"].as_str().unwrap()
            ));
        }
        let r = app
            .race(2, |i, c| {
                fire(&app, c, Method::POST, &accept[i], &ada, None)
            })
            .await;
        assert_eq!(wins(&r), 1, "round {round}: {r:?}");
        refused_with(&r, 409, "slot_taken");
        let rid = o["resource_id"].as_str().unwrap();
        assert_eq!(
            app.count(format!(
                "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id = '{rid}' AND state = 'confirmed'"
            ))
            .await,
            1
        );
    }
}

/// A kit and one of its parts booked at once for the same slot: the part's single item is
/// held by one of them only, whichever comes first; the other gets a 409 (the kit's names
/// the part taken). Many rounds, the order left to chance, on both engines.
#[tokio::test]
async fn a_kit_and_its_part_booked_at_once_never_share_the_part() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let at = crate::lending::at;
    let camera = app
        .resource(&ada, json!({"name": "Camera", "quantity": 1}))
        .await;
    let recorder = app
        .resource(&ada, json!({"name": "Recorder", "quantity": 2}))
        .await;
    let kit = app
        .resource(&ada, json!({"name": "Recording kit", "quantity": 1}))
        .await;
    let body = json!({"parts": [{"resource": camera}, {"resource": recorder}]});
    let v = app
        .call_as(
            Some(&ada),
            Method::PUT,
            &format!("/api/v1/resources/{kit}/kit"),
            Some(body),
            200,
        )
        .await;
    assert_eq!(v["kit"].as_array().unwrap().len(), 2);
    let book_kit = format!("/api/v1/resources/{kit}/reservations");
    let book_camera = format!("/api/v1/resources/{camera}/reservations");
    let (mut kits, mut cameras) = (0, 0);
    for round in 0..12 {
        let slot =
            json!({"starts_at": at(2 + 3 * round), "ends_at": at(3 + 3 * round), "quantity": 1});
        let r = app
            .race(2, |i, c| {
                let (who, path) = if i == 0 {
                    (&bob, &book_kit)
                } else {
                    (&eve, &book_camera)
                };
                fire(&app, c, Method::POST, path, who, Some(slot.clone()))
            })
            .await;
        assert_eq!(wins(&r), 1, "round {round}: {r:?}");
        if r[0].0 == 201 {
            kits += 1;
            assert_eq!(r[1].0, 409, "{r:?}");
            assert!(r[1].1.contains("\"code\":\"slot_taken\""), "{r:?}");
        } else {
            cameras += 1;
            assert_eq!(r[0].0, 409, "{r:?}");
            assert!(r[0].1.contains("\"code\":\"component_taken\""), "{r:?}");
            assert!(
                r[0].1.contains(&format!("\"component\":\"{camera}\"")),
                "{r:?}"
            );
        }
    }
    // Every round ended one way: one reservation per round over the kit and the camera.
    let held = app
        .count(format!(
            "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id IN ('{kit}', '{camera}') AND state = 'confirmed'"
        ))
        .await;
    assert_eq!(held, 12);
    assert_eq!(kits + cameras, 12);
}

/// Valuation by a panel: both members of the panel valuating the same project at once
/// leave one valuation (its revision counting every one that won); and valuations fired
/// while an admin moves the process out of valuating are each either published with the
/// rest or refused (409 `budget_phase`), never lost. On both engines.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_valuations_leave_one_and_none_is_lost_to_the_phase_move() {
    use crate::budgets::move_to;
    use crate::budgets::valuations::city_with_panel;
    let app = TestApp::spawn().await;
    let v = city_with_panel(&app).await;
    let id = v.id.clone();
    app.call_as(
        Some(&v.ada),
        Method::PUT,
        &format!("/api/v1/budgets/{id}/panel"),
        Some(json!({"body": "valuation"})),
        200,
    )
    .await;
    move_to(&app, &v.ada, &id, "valuating", 200).await;
    let at = |n: usize| format!("/api/v1/budgets/{id}/projects/{}/valuation", v.projects[n]);
    let first = at(0);
    let r = app
        .race(8, |i, c| {
            let who = if i % 2 == 0 { &v.bob } else { &v.cy };
            let price = 12000 + i as i64 * 100;
            fire(
                &app,
                c,
                Method::PUT,
                &first,
                who,
                Some(
                    json!({"feasible": true, "price": price, "explanation": format!("quote {i}")}),
                ),
            )
        })
        .await;
    assert_eq!(wins(&r), 8, "{r:?}");
    let pid = &v.projects[0];
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM budget_valuations WHERE project_id = '{pid}'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(format!(
            "SELECT revision AS n FROM budget_valuations WHERE project_id = '{pid}'"
        ))
        .await,
        8
    );
    // Valuations of the other two projects race the move out of valuating.
    let phase = format!("/api/v1/budgets/{id}/phase");
    let (second, third) = (at(1), at(2));
    let r = app
        .race(9, |i, c| match i {
            4 => fire(
                &app,
                c,
                Method::POST,
                &phase,
                &v.ada,
                Some(json!({"phase": "balloting"})),
            ),
            _ => fire(
                &app,
                c,
                Method::PUT,
                if i % 2 == 0 { &second } else { &third },
                if i % 2 == 0 { &v.bob } else { &v.cy },
                Some(json!({"feasible": false, "explanation": format!("reason {i}")})),
            ),
        })
        .await;
    assert_eq!(r[4].0, 200, "the move: {:?}", r[4]);
    let valuations: Vec<&(u16, String)> = r
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != 4)
        .map(|(_, x)| x)
        .collect();
    for (s, body) in valuations.iter().filter(|(s, _)| *s != 200) {
        assert_eq!(*s, 409, "{body}");
        assert!(body.contains("\"code\":\"budget_phase\""), "{body}");
    }
    // Every valuation that won is published; none waits unpublished.
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM budget_valuations WHERE process_id = '{id}' AND published_at IS NULL"
        ))
        .await,
        0
    );
    for n in [1, 2] {
        let won = r
            .iter()
            .enumerate()
            .filter(|(i, (s, _))| {
                *i != 4 && *s == 200 && (if n == 1 { i % 2 == 0 } else { i % 2 == 1 })
            })
            .count() as i64;
        let pid = &v.projects[n];
        let stored = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM budget_valuations WHERE project_id = '{pid}'"
            ))
            .await;
        assert_eq!(stored, i64::from(won > 0), "project {}", n + 1);
        if won > 0 {
            assert_eq!(
                app.count(format!(
                    "SELECT revision AS n FROM budget_valuations WHERE project_id = '{pid}'"
                ))
                .await,
                won,
                "every won valuation of project {} counted",
                n + 1
            );
            assert_eq!(
                app.count(format!(
                    "SELECT COUNT(*) AS n FROM budget_projects WHERE id = '{pid}' AND state = 'unfeasible'"
                ))
                .await,
                1,
                "published: project {} left the ballot",
                n + 1
            );
        }
    }
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.valuation_published'".into()
        )
        .await,
        1
    );
}

/// Two admins put the same project in two incompatibility groups at once (each group with
/// another partner): one group is made, the others are refused (409 `project_in_group`),
/// so the project is in one group only.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_groups_sharing_a_project_leave_it_in_one() {
    use crate::budgets::{heading, process, propose};
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bea = app.person("bea").await;
    app.org("city").admin(&ada).co_admin(&bea).await;
    let p = process(&app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    for n in 0..9 {
        propose(
            &app,
            &ada,
            &id,
            &h,
            &format!("Use of the square {n}"),
            "100",
        )
        .await;
    }
    let got = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let ids: Vec<String> = got["headings"][1]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    let url = format!("/api/v1/budgets/{id}/groups");
    // Each round: project `shared` with a different partner in each request.
    for (round, chunk) in ids.chunks(3).enumerate() {
        let shared = chunk[0].clone();
        let partners = [chunk[1].clone(), chunk[2].clone()];
        let r = app
            .race(6, |i, c| {
                let who = if i % 2 == 0 { &ada } else { &bea };
                fire(
                    &app,
                    c,
                    Method::POST,
                    &url,
                    who,
                    Some(json!({"heading": h, "name": format!("Square {round}"),
                                "projects": [shared, partners[i % 2]],
                                "reason": "One square, one use."})),
                )
            })
            .await;
        assert_eq!(wins(&r), 1, "round {round}: {r:?}");
        refused_with(&r, 409, "project_in_group");
        let holding = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM budget_group_projects WHERE project_id = '{shared}'"
            ))
            .await;
        assert_eq!(holding, 1, "round {round}");
    }
    assert_eq!(app.rows("budget_groups").await, 3);
    assert_eq!(app.rows("budget_group_projects").await, 6);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.group_made'".into())
            .await,
        3
    );
}

/// Eligibility from a body set while an admin opens balloting: the rules either change
/// before they lock (the process opens to the body, its event journaled) or are refused
/// (409 `rules_locked`, the process still open to all members, nothing journaled); who may
/// vote then follows what is stored. Several rounds, on both engines.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eligibility_from_a_body_racing_the_opening_of_balloting_is_all_or_nothing() {
    use crate::budgets::eligibility::city;
    use crate::budgets::{heading, process, propose, vote};
    let app = TestApp::spawn().await;
    let c = city(&app).await;
    for round in 0..6 {
        let p = process(&app, &c.ada, "city", json!({})).await;
        let id = p["id"].as_str().unwrap().to_string();
        let h = heading(&p, "Harbour");
        let n = propose(&app, &c.ada, &id, &h, "Shade sails", "9000").await;
        let rules = format!("/api/v1/budgets/{id}/rules");
        let phase = format!("/api/v1/budgets/{id}/phase");
        let r = app
            .race(2, |i, cl| {
                if (i + round) % 2 == 0 {
                    fire(
                        &app,
                        cl,
                        Method::PUT,
                        &rules,
                        &c.ada,
                        Some(json!({"max_projects": 3, "eligibility": "body", "eligible_body": "youth"})),
                    )
                } else {
                    fire(
                        &app,
                        cl,
                        Method::POST,
                        &phase,
                        &c.ada,
                        Some(json!({"phase": "balloting"})),
                    )
                }
            })
            .await;
        let (set, moved) = if round % 2 == 0 {
            (&r[0], &r[1])
        } else {
            (&r[1], &r[0])
        };
        assert_eq!(moved.0, 200, "the move: {moved:?}");
        let v = app
            .call_as(
                None,
                Method::GET,
                &format!("/api/v1/budgets/{id}"),
                None,
                200,
            )
            .await;
        assert_eq!(v["rules"]["locked"], true, "{v}");
        let journaled = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.rules_changed' \
                 AND object_id = '{id}'"
            ))
            .await;
        match set.0 {
            200 => {
                assert_eq!(v["rules"]["eligibility"], "body", "{v}");
                assert_eq!(journaled, 1);
                let e = vote(&app, &c.dee, &id, &h, &[&n], 403).await;
                assert_eq!(e["code"], "not_in_body", "{e}");
                vote(&app, &c.bob, &id, &h, &[&n], 200).await;
            }
            409 => {
                assert!(set.1.contains("rules_locked"), "{set:?}");
                assert_eq!(v["rules"]["eligibility"], "members", "{v}");
                assert!(v["rules"]["eligible_body"].is_null(), "{v}");
                assert_eq!(journaled, 0);
                vote(&app, &c.dee, &id, &h, &[&n], 200).await;
            }
            _ => panic!("the rules: {set:?}"),
        }
    }
}

/// A priced loan's check-out and return, each sent eight times at once: one of each
/// moves it, the others find it moved (409), and the steward's treasury books its fee,
/// its deposit held, the deposit given back and its late fee once each.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_check_outs_and_returns_book_a_loan_s_money_once() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.post_as(
        &ada,
        "/api/v1/treasuries",
        json!({"owner": "person", "handle": "ada"}),
        201,
    )
    .await;
    let id = app
        .resource(&ada, json!({"name": "Cargo bike", "min_minutes": 1}))
        .await;
    app.call_as(
        Some(&ada),
        Method::PUT,
        &format!("/api/v1/resources/{id}/policy"),
        Some(json!({"fee_mode": "per_loan", "fee": "3", "deposit": "20", "late_fee_per_day": "2"})),
        200,
    )
    .await;
    let now = time::OffsetDateTime::now_utc();
    let f = |t: time::OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    let body = json!({"starts_at": f(now - time::Duration::minutes(6)),
                      "ends_at": f(now - time::Duration::minutes(3))});
    let k = app
        .post_as(
            &bob,
            &format!("/api/v1/resources/{id}/reservations"),
            body,
            201,
        )
        .await;
    let kid = k["id"].as_str().unwrap();
    for (action, entries) in [("check-out", 2), ("return", 4)] {
        let path = format!("/api/v1/reservations/{kid}/{action}");
        let r = app
            .race(8, |_, c| {
                fire(&app, c, Method::POST, &path, &ada, Some(json!({})))
            })
            .await;
        assert_eq!(wins(&r), 1, "{action}: {r:?}");
        for (s, body) in r.iter().filter(|(s, _)| !(200..300).contains(s)) {
            assert_eq!(*s, 409, "{action}: {body}");
        }
        assert_eq!(app.rows("ledger_transactions").await, entries, "{action}");
    }
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM lending_reservation_money WHERE late_fee = 200 \
             AND fee_entry IS NOT NULL AND deposit_entry IS NOT NULL \
             AND deposit_back_entry IS NOT NULL AND late_fee_entry IS NOT NULL"
                .to_string()
        )
        .await,
        1
    );
}
