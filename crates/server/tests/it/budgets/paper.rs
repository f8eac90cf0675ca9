//! Paper ballots reconciled: a polling station's list read as a CSV (or as before, one
//! ballot per line), refused by its line with nothing written; each station's count held
//! against its tally sheet (a difference refused unless accepted with a reason); serial
//! numbers once per process; the paper ballot of someone who voted online set aside (the
//! online one stands), and someone whose paper ballot is counted refused online, even when
//! both race; the district rule held across online and paper ballots (a paper ballot past
//! it set aside, an online one past it refused, even when both race), and the voter told
//! on the page that their paper ballot counts; the report's numbers as the store holds
//! them; who may record.

use super::census::put_census;
use super::{heading, move_to, process, propose, results, vote};
use crate::support::{Person, TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};

/// A process of `city` (admin ada, members bob and cy) balloting under the Harbour,
/// three projects on its ballot; returns (process id, Harbour's id).
async fn balloting(app: &TestApp, ada: &Person, rules: Value) -> (String, String) {
    let p = process(app, ada, "city", rules).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    move_to(app, ada, &id, "accepting_proposals", 200).await;
    for (t, c) in [("A", "10000"), ("B", "20000"), ("C", "30000")] {
        propose(app, ada, &id, &h, t, c).await;
    }
    move_to(app, ada, &id, "balloting", 200).await;
    (id, h)
}

/// Posts a list of paper ballots as `who` with the query `query`.
async fn send(
    app: &TestApp,
    who: Option<&Person>,
    id: &str,
    h: &str,
    query: &str,
    body: &str,
) -> reqwest::Response {
    let mut rb = app
        .program()
        .post(app.url(&format!(
            "/api/v1/budgets/{id}/headings/{h}/paper-ballots?{query}"
        )))
        .header("content-type", "text/csv")
        .body(body.to_string());
    if let Some(p) = who {
        rb = rb.bearer_auth(&p.token);
    }
    rb.send().await.unwrap()
}

async fn recorded(r: reqwest::Response) -> Value {
    let status = r.status().as_u16();
    let text = r.text().await.unwrap();
    assert_eq!(status, 201, "{text}");
    serde_json::from_str(&text).unwrap()
}

async fn report(app: &TestApp, id: &str) -> Value {
    app.call_as(
        None,
        Method::GET,
        &format!("/api/v1/budgets/{id}/paper"),
        None,
        200,
    )
    .await
}

#[tokio::test]
async fn todays_lists_are_still_recorded_all_or_none() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let (id, h) = balloting(&app, &ada, json!({})).await;
    let before = app.journal_len().await;
    let r = send(&app, Some(&ada), &id, &h, "", "vote\n1,2\n3\n1,9\n").await;
    let v = expect_problem(r, 422, "unknown_project").await;
    assert!(v["detail"].as_str().unwrap().contains('4'), "the line: {v}");
    assert_eq!(app.journal_len().await, before);
    assert_eq!(app.rows("budget_ballots").await, 0);
    assert_eq!(app.rows("budget_paper_batches").await, 0);
    let v = recorded(send(&app, Some(&ada), &id, &h, "", "1,2\n3\n\n\"2,3\"\n").await).await;
    assert_eq!(
        (v["recorded"].as_i64(), v["read"].as_i64()),
        (Some(3), Some(3))
    );
    assert_eq!(v["stations"][0]["station"], "");
    move_to(&app, &ada, &id, "results", 200).await;
    let (_, r) = results(&app, &id, &format!("heading={h}&rule=greedy")).await;
    assert_eq!(r["voters"], 3);
    assert_eq!(r["selected"], json!(["2", "3"]));
}

#[tokio::test]
async fn a_csv_is_read_by_its_header_and_refused_by_its_line() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let (id, h) = balloting(&app, &ada, json!({})).await;
    let before = app.journal_len().await;
    for (body, status, code, needle) in [
        (
            "vote,colour\n1,red\n",
            422,
            "malformed_paper_ballots",
            "colour",
        ),
        (
            "station,ballot\nA,1\n",
            422,
            "malformed_paper_ballots",
            "vote",
        ),
        (
            "ballot,vote\nS-1,1\nS-2,2,3\n",
            422,
            "malformed_paper_ballots",
            "3",
        ),
        (
            "ballot,vote\nS-1,1\nS-2,\"2\n",
            422,
            "malformed_paper_ballots",
            "3",
        ),
        ("ballot,vote\nS-1,1\nS-2,1;9\n", 422, "unknown_project", "3"),
        (
            "ballot,vote,declared\nS-1,1,2\nS-2,2,two\n",
            422,
            "malformed_paper_ballots",
            "two",
        ),
        (
            "ballot,vote\nS-1,1\nS-1,2\n",
            409,
            "paper_serial_repeated",
            "S-1",
        ),
    ] {
        let r = send(&app, Some(&ada), &id, &h, "", body).await;
        let v = expect_problem(r, status, code).await;
        assert!(
            v["detail"].as_str().unwrap().contains(needle),
            "{body}: {v}"
        );
    }
    assert_eq!(app.journal_len().await, before);
    assert_eq!(app.rows("budget_ballots").await, 0);
    assert_eq!(app.rows("budget_paper_sheets").await, 0);
    // Columns in any order; a vote's projects separated by `;` or quoted commas.
    let v = recorded(
        send(
            &app,
            Some(&ada),
            &id,
            &h,
            "",
            "station,ballot,vote\nLibrary,S-1,1;2\nLibrary,S-2,\"2,3\"\nSchool,S-3,3\n",
        )
        .await,
    )
    .await;
    assert_eq!(v["recorded"], 3);
    let stations: Vec<(&str, i64)> = v["stations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["station"].as_str().unwrap(), s["read"].as_i64().unwrap()))
        .collect();
    assert_eq!(stations, [("Library", 2), ("School", 1)]);
    // A serial number recorded already is refused, nothing more written.
    let r = send(&app, Some(&ada), &id, &h, "", "ballot,vote\nS-4,1\nS-2,1\n").await;
    let v = expect_problem(r, 409, "paper_serial_repeated").await;
    assert!(v["detail"].as_str().unwrap().contains("S-2"), "{v}");
    assert_eq!(app.rows("budget_ballots").await, 3);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM budget_ballots WHERE vote = '1,2'".into())
            .await,
        1
    );
}

#[tokio::test]
async fn a_count_differing_from_its_tally_sheet_is_refused_unless_accepted_with_a_reason() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let (id, h) = balloting(&app, &ada, json!({})).await;
    let list = "vote\n1\n2\n3\n";
    let before = app.journal_len().await;
    let r = send(
        &app,
        Some(&ada),
        &id,
        &h,
        "station=Library&declared=4",
        list,
    )
    .await;
    let v = expect_problem(r, 422, "paper_count_mismatch").await;
    let d = v["detail"].as_str().unwrap();
    assert!(
        d.contains("Library") && d.contains('4') && d.contains('3'),
        "{d}"
    );
    let q = "station=Library&declared=4&accept_mismatch=true";
    let r = send(&app, Some(&ada), &id, &h, q, list).await;
    let v = expect_problem(r, 422, "missing_field").await;
    assert!(v["detail"].as_str().unwrap().contains("reason"), "{v}");
    // Per station in the list: the school's sheet is right, the library's is not.
    let csv = "station,declared,vote\nSchool,1,1\nLibrary,3,2\nLibrary,3,3\n";
    let r = send(&app, Some(&ada), &id, &h, "", csv).await;
    let v = expect_problem(r, 422, "paper_count_mismatch").await;
    assert!(v["detail"].as_str().unwrap().contains("Library"), "{v}");
    assert_eq!(app.journal_len().await, before);
    assert_eq!(app.rows("budget_ballots").await, 0);
    assert_eq!(app.rows("budget_paper_batches").await, 0);
    let reason = "One ballot was spoiled and kept apart by the station";
    let v = recorded(
        send(
            &app,
            Some(&ada),
            &id,
            &h,
            &format!("station=Library&declared=4&accept_mismatch=true&reason={reason}"),
            list,
        )
        .await,
    )
    .await;
    assert_eq!(v["stations"][0]["mismatch_reason"], reason);
    assert_eq!(v["stations"][0]["declared"], 4);
    // A matching count needs no acceptance.
    recorded(
        send(
            &app,
            Some(&ada),
            &id,
            &h,
            "station=School&declared=2",
            "1\n2\n",
        )
        .await,
    )
    .await;
    let r = report(&app, &id).await;
    let harbour = &r["headings"][0];
    assert_eq!(harbour["heading"], "Harbour");
    assert_eq!(
        (harbour["read"].as_i64(), harbour["recorded"].as_i64()),
        (Some(5), Some(5))
    );
    let library = &harbour["stations"][0];
    assert_eq!(library["station"], "Library");
    assert_eq!(
        (library["declared"].as_i64(), library["read"].as_i64()),
        (Some(4), Some(3))
    );
    assert_eq!(library["mismatches"][0]["reason"], reason);
    assert_eq!(library["mismatches"][0]["accepted_by"], "@ada");
    assert_eq!(harbour["stations"][1]["mismatches"], json!([]));
    // Journaled with the counts and the reason.
    let payload = app
        .count(format!(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.paper_ballots_recorded' \
             AND payload LIKE '%{reason}%' AND payload LIKE '%\"read\":3%'"
        ))
        .await;
    assert_eq!(payload, 1);
    // The process's page shows the reconciliation.
    let html = app.page(&app.browser(), &format!("/budgets/{id}")).await;
    assert!(
        html.contains("id=\"paper-report\"") && html.contains(reason),
        "{html}"
    );
}

/// Who voted online keeps that ballot: their paper one is set aside, as is a second paper
/// ballot of one voter; someone whose paper ballot is counted cannot vote online; a voter
/// the process leaves out is refused by the line. The count and the file leave out what
/// was set aside, and the report's numbers are the store's.
#[tokio::test]
async fn online_ballots_stand_and_paper_voters_are_refused_online() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).member(&cy).await;
    let (id, h) = balloting(&app, &ada, json!({})).await;
    vote(&app, &bob, &id, &h, &["1"], 200).await;
    let before = app.journal_len().await;
    let r = send(&app, Some(&ada), &id, &h, "", "voter,vote\n@cy,2\n@eve,2\n").await;
    let v = expect_problem(r, 422, "paper_voter_not_eligible").await;
    assert!(v["detail"].as_str().unwrap().contains('3'), "the line: {v}");
    let r = send(&app, Some(&ada), &id, &h, "", "voter,vote\nnobody,2\n").await;
    expect_problem(r, 422, "paper_voter_not_eligible").await;
    assert_eq!(app.journal_len().await, before);
    let v = recorded(
        send(
            &app,
            Some(&ada),
            &id,
            &h,
            "station=Library&declared=4",
            "voter,vote\n@bob,2\ncy,2;3\n,3\n@cy,1\n",
        )
        .await,
    )
    .await;
    assert_eq!(
        (v["recorded"].as_i64(), v["set_aside"].as_i64()),
        (Some(2), Some(2))
    );
    // Later, on paper again: set aside.
    let v = recorded(send(&app, Some(&ada), &id, &h, "", "voter,vote\ncy,3\n").await).await;
    assert_eq!(v["set_aside"], 1);
    let r = app
        .call_as(
            Some(&cy),
            Method::PUT,
            &format!("/api/v1/budgets/{id}/headings/{h}/ballot"),
            Some(json!({"projects": ["1"]})),
            409,
        )
        .await;
    assert_eq!(r["code"], "voted_on_paper");
    // Bob's online ballot stands, and he may still change it.
    vote(&app, &bob, &id, &h, &["3"], 200).await;
    vote(&app, &eve, &id, &h, &["3"], 403).await;
    let r = report(&app, &id).await;
    let st = &r["headings"][0]["stations"];
    let library = st
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["station"] == "Library")
        .unwrap();
    assert_eq!(
        (
            library["read"].as_i64(),
            library["recorded"].as_i64(),
            library["voted_online"].as_i64(),
            library["twice_on_paper"].as_i64()
        ),
        (Some(4), Some(2), Some(1), Some(1))
    );
    let text = r.to_string();
    assert!(
        !text.contains("member:") && !text.contains("@bob") && !text.contains("@cy"),
        "{text}"
    );
    // The report's numbers are the store's.
    let (read, counted, aside) = (
        r["headings"][0]["read"].as_i64().unwrap(),
        r["headings"][0]["recorded"].as_i64().unwrap(),
        r["headings"][0]["set_aside"].as_i64().unwrap(),
    );
    assert_eq!((read, counted, aside), (5, 2, 3));
    assert_eq!(app.rows("budget_paper_sheets").await, read);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM budget_ballots WHERE origin = 'paper'".into())
            .await,
        counted
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM budget_paper_sheets WHERE set_aside IS NOT NULL".into()
        )
        .await,
        aside
    );
    // The count and the file: bob online, and the two counted paper ballots.
    move_to(&app, &ada, &id, "results", 200).await;
    let (_, r) = results(&app, &id, &format!("heading={h}")).await;
    assert_eq!(r["voters"], 3);
    let file = app
        .program()
        .get(app.url(&format!("/api/v1/budgets/{id}/export.pb?heading={h}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let votes = file.split("VOTES").nth(1).unwrap();
    assert_eq!(
        votes.lines().filter(|l| !l.trim().is_empty()).count(),
        1 + 3,
        "{file}"
    );
}

/// On a census process a paper ballot names the census id: checked against the census
/// (by its keyed hash), and the one who later claims that id cannot vote online there.
#[tokio::test]
async fn a_census_id_on_paper_is_checked_and_its_holder_refused_online() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).await;
    let p = process(&app, &ada, "city", json!({"eligibility": "census"})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    move_to(&app, &ada, &id, "accepting_proposals", 200).await;
    propose(&app, &ada, &id, &h, "Trees", "1000").await;
    let (s, v) = put_census(&app, Some(&ada), &id, "id\n48213377K\n51822904W\n").await;
    assert_eq!(s, 200, "{v}");
    move_to(&app, &ada, &id, "balloting", 200).await;
    let r = send(&app, Some(&ada), &id, &h, "", "voter,vote\n99999999Z,1\n").await;
    expect_problem(r, 422, "paper_voter_not_eligible").await;
    let v = recorded(
        send(
            &app,
            Some(&ada),
            &id,
            &h,
            "",
            "voter,vote\n48.213.377-k,1\n",
        )
        .await,
    )
    .await;
    assert_eq!(v["recorded"], 1);
    let stored = app
        .count(
            "SELECT COUNT(*) AS n FROM budget_paper_sheets WHERE voter_key LIKE '%48213377%'"
                .into(),
        )
        .await;
    assert_eq!(stored, 0, "the id is kept only as its keyed hash");
    app.post_as(
        &bob,
        &format!("/api/v1/budgets/{id}/census/claim"),
        json!({"id": "48213377K"}),
        200,
    )
    .await;
    let r = vote(&app, &bob, &id, &h, &["1"], 409).await;
    assert_eq!(r["code"], "voted_on_paper");
}

#[tokio::test]
async fn only_an_admin_records_paper_ballots() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).await;
    let (id, h) = balloting(&app, &ada, json!({})).await;
    let before = app.journal_len().await;
    let list = "ballot,vote\nS-1,1\n";
    for (who, want) in [(None, 401), (Some(&eve), 403), (Some(&bob), 403)] {
        let r = send(&app, who, &id, &h, "station=Library&declared=1", list).await;
        assert_eq!(r.status().as_u16(), want);
    }
    assert_eq!(app.journal_len().await, before);
    recorded(
        send(
            &app,
            Some(&ada),
            &id,
            &h,
            "station=Library&declared=1",
            list,
        )
        .await,
    )
    .await;
    assert_eq!(app.journal_len().await, before + 1);
    // Through the page: a refused tally sheet comes back as typed, the count beside it.
    let admin = app.browser_of(&ada).await;
    let form = [
        ("ballots", "ballot,vote\nS-2,2\n"),
        ("station", "School"),
        ("declared", "2"),
        ("reason", ""),
    ];
    let r = app
        .post_form(
            &admin,
            &format!("/budgets/{id}"),
            &format!("/budgets/{id}/headings/{h}/paper-ballots"),
            &form,
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"error-paper-declared\"") && html.contains("value=\"School\""),
        "{html}"
    );
    let mut accepted = form.to_vec();
    accepted.push(("accept_mismatch", "on"));
    accepted[3] = ("reason", "The second ballot was torn and kept apart");
    let r = app
        .post_form(
            &admin,
            &format!("/budgets/{id}"),
            &format!("/budgets/{id}/headings/{h}/paper-ballots"),
            &accepted,
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("The second ballot was torn"), "{html}");
}

/// A voter's paper ballot and their online ballot racing: one of them counts, never
/// both. Either the online one is first (the paper one is set aside) or the paper one is
/// (the online one is refused).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_paper_ballot_and_an_online_ballot_of_one_voter_race_and_one_counts() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let mut voters = Vec::new();
    for i in 0..4 {
        voters.push(app.person(&format!("voter{i}")).await);
    }
    {
        let mut org = app.org("city").admin(&ada);
        for v in &voters {
            org = org.member(v);
        }
        org.await;
    }
    let (id, h) = balloting(&app, &ada, json!({})).await;
    for v in &voters {
        let paper = app.url(&format!("/api/v1/budgets/{id}/headings/{h}/paper-ballots"));
        let online = app.url(&format!("/api/v1/budgets/{id}/headings/{h}/ballot"));
        let (admin, voter) = (ada.token.clone(), v.token.clone());
        let list = format!("voter,vote\n@{},2\n", v.handle);
        let r = app
            .race(2, |i, c| {
                if i == 0 {
                    c.post(&paper)
                        .bearer_auth(&admin)
                        .header("content-type", "text/csv")
                        .body(list.clone())
                        .send()
                } else {
                    c.put(&online)
                        .bearer_auth(&voter)
                        .json(&json!({"projects": ["1"]}))
                        .send()
                }
            })
            .await;
        assert_eq!(r[0].0, 201, "{r:?}");
        let paper: Value = serde_json::from_str(&r[0].1).unwrap();
        match r[1].0 {
            200 => assert_eq!(paper["set_aside"], 1, "{r:?}"),
            409 => {
                assert!(r[1].1.contains("\"code\":\"voted_on_paper\""), "{r:?}");
                assert_eq!(paper["recorded"], 1, "{r:?}");
            }
            s => panic!("the online ballot answered {s}: {r:?}"),
        }
        let online = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM budget_ballots b JOIN people p ON p.id = b.voter_id \
                 WHERE p.handle = '{}' AND b.heading_id = '{h}'",
                v.handle
            ))
            .await;
        let on_paper = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM budget_paper_sheets s JOIN people p \
                 ON s.voter_key = 'member:' || p.id \
                 WHERE p.handle = '{}' AND s.heading_id = '{h}' AND s.set_aside IS NULL",
                v.handle
            ))
            .await;
        assert_eq!(online + on_paper, 1, "{r:?}");
    }
}

/// Two stations' lists naming the same voter, recorded at once: one paper ballot of that
/// voter counts, the other is set aside.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_lists_naming_one_voter_race_and_one_counts() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    let (id, h) = balloting(&app, &ada, json!({})).await;
    let path = app.url(&format!("/api/v1/budgets/{id}/headings/{h}/paper-ballots"));
    let token = ada.token.clone();
    let r = app
        .race(4, |i, c| {
            c.post(&path)
                .bearer_auth(&token)
                .header("content-type", "text/csv")
                .body(format!(
                    "station,ballot,voter,vote\nStation {i},S-{i},@bob,2\n"
                ))
                .send()
        })
        .await;
    assert!(r.iter().all(|(s, _)| *s == 201), "{r:?}");
    let counted: Vec<i64> = r
        .iter()
        .map(|(_, b)| {
            serde_json::from_str::<Value>(b).unwrap()["recorded"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(counted.iter().sum::<i64>(), 1, "{r:?}");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM budget_ballots WHERE origin = 'paper'".into())
            .await,
        1
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM budget_paper_sheets WHERE set_aside = 'twice_on_paper'"
                .into()
        )
        .await,
        3
    );
    let r = report(&app, &id).await;
    assert_eq!(
        (
            r["headings"][0]["read"].as_i64(),
            r["headings"][0]["set_aside"].as_i64()
        ),
        (Some(4), Some(3))
    );
}

/// A process of `city` whose voters vote in one district besides the city-wide heading
/// (`{"other_districts": 0}`), one project under each heading (1 city-wide, 2 Harbour, 3
/// Old town), balloting; `rules` are the process's own fields and `census` a census to
/// import first. Returns (id, city-wide, Harbour, Old town).
async fn one_district(
    app: &TestApp,
    ada: &Person,
    rules: Value,
    census: Option<&str>,
) -> (String, String, String, String) {
    let p = process(app, ada, "city", rules).await;
    let id = p["id"].as_str().unwrap().to_string();
    let hs = ["City-wide", "Harbour", "Old town"].map(|n| heading(&p, n));
    move_to(app, ada, &id, "accepting_proposals", 200).await;
    for (h, t) in hs.iter().zip(["Trees", "Benches", "Lamps"]) {
        propose(app, ada, &id, h, t, "1000").await;
    }
    if let Some(c) = census {
        let (s, v) = put_census(app, Some(ada), &id, c).await;
        assert_eq!(s, 200, "{v}");
    }
    app.call_as(
        Some(ada),
        Method::PUT,
        &format!("/api/v1/budgets/{id}/voter-rules"),
        Some(json!({"other_districts": 0, "citywide_heading": hs[0]})),
        200,
    )
    .await;
    move_to(app, ada, &id, "balloting", 200).await;
    let [city, harbour, old] = hs;
    (id, city, harbour, old)
}

/// `who`'s standing per heading, as the API tells them: (why, allowed), in heading order.
async fn my_headings(app: &TestApp, who: &Person, id: &str) -> Vec<(String, bool)> {
    app.call_as(
        Some(who),
        Method::GET,
        &format!("/api/v1/budgets/{id}/my-headings"),
        None,
        200,
    )
    .await
    .as_array()
    .unwrap()
    .iter()
    .map(|h| (h["why"].as_str().unwrap().to_string(), h["allowed"] == true))
    .collect()
}

/// "Your own district only" on paper: a named paper voter who voted online in another
/// district has this paper ballot set aside (`district_rule`, in the report and on its
/// page), while the list's other ballots count; a voter counted on paper in one district
/// is refused online in another (403 `district_rule`) but votes city-wide, and is told
/// where their paper ballot counts.
#[tokio::test]
async fn the_district_rule_counts_ballots_online_and_on_paper() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    app.org("city").admin(&ada).member(&bob).member(&cy).await;
    let (id, city, harbour, old) = one_district(&app, &ada, json!({}), None).await;
    vote(&app, &bob, &id, &old, &["3"], 200).await;
    let v = recorded(
        send(
            &app,
            Some(&ada),
            &id,
            &harbour,
            "declared=3",
            "station,voter,vote\nLibrary,@bob,2\nLibrary,@cy,2\nLibrary,,2\n",
        )
        .await,
    )
    .await;
    assert_eq!(
        (v["recorded"].as_i64(), v["set_aside"].as_i64()),
        (Some(2), Some(1)),
        "{v}"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM budget_paper_sheets WHERE set_aside = 'district_rule'"
                .into()
        )
        .await,
        1
    );
    let r = report(&app, &id).await;
    let st = &r["headings"][0]["stations"][0];
    assert_eq!(
        (
            st["read"].as_i64(),
            st["set_aside"].as_i64(),
            st["district_rule"].as_i64(),
            st["voted_online"].as_i64()
        ),
        (Some(3), Some(1), Some(1), Some(0)),
        "{r}"
    );
    // Bob's online ballot in the Old town stands, and he may still change it.
    vote(&app, &bob, &id, &old, &["3"], 200).await;
    // Cy's paper ballot holds the Harbour: not the Old town, still the city-wide heading.
    let v = vote(&app, &cy, &id, &old, &["3"], 403).await;
    assert_eq!(v["code"], "district_rule");
    let v = vote(&app, &cy, &id, &harbour, &["2"], 409).await;
    assert_eq!(v["code"], "voted_on_paper");
    vote(&app, &cy, &id, &city, &["1"], 200).await;
    assert_eq!(
        my_headings(&app, &cy, &id).await,
        [
            ("citywide".to_string(), true),
            ("voted_on_paper".to_string(), false),
            ("district_rule".to_string(), false),
        ]
    );
    let a = app.browser_of(&ada).await;
    let html = app.page(&a, &format!("/budgets/{id}")).await;
    assert!(
        html.contains("one voter was past the district rule"),
        "{html}"
    );
    // The count: Harbour's two paper ballots, the Old town's and the city-wide's online.
    move_to(&app, &ada, &id, "results", 200).await;
    let (_, r) = results(&app, &id, &format!("heading={harbour}")).await;
    assert_eq!(r["voters"], 2);
}

/// On a census process the census's district is the paper voter's own: a paper ballot in
/// another district is set aside, one in their own counts; the one who claims that entry
/// sees on the page, without JavaScript, that their paper ballot counts there and is
/// offered no form for it, nor for the district the rule leaves out.
#[tokio::test]
async fn a_census_district_holds_on_paper_and_the_voter_is_told_their_paper_ballot_counts() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).await;
    let (id, _city, harbour, old) = one_district(
        &app,
        &ada,
        json!({"eligibility": "census"}),
        Some("id;district\nD1;Harbour\nD2;Old town\n"),
    )
    .await;
    let v = recorded(send(&app, Some(&ada), &id, &old, "", "voter,vote\nD1,3\nD2,3\n").await).await;
    assert_eq!(
        (v["recorded"].as_i64(), v["set_aside"].as_i64()),
        (Some(1), Some(1)),
        "{v}"
    );
    // D1 may still vote on paper in their own district.
    let v = recorded(send(&app, Some(&ada), &id, &harbour, "", "voter,vote\nD1,2\n").await).await;
    assert_eq!(v["recorded"], 1, "{v}");
    app.post_as(
        &bob,
        &format!("/api/v1/budgets/{id}/census/claim"),
        json!({"id": "d2"}),
        200,
    )
    .await;
    assert_eq!(
        my_headings(&app, &bob, &id).await,
        [
            ("citywide".to_string(), true),
            ("district_rule".to_string(), false),
            ("voted_on_paper".to_string(), false),
        ]
    );
    let b = app.browser_of(&bob).await;
    let html = app.page(&b, &format!("/budgets/{id}")).await;
    assert!(
        html.contains("Your paper ballot counts here: you cannot vote online in this heading."),
        "{html}"
    );
    // One ballot form: the city-wide heading's.
    assert_eq!(html.matches("/ballot\"").count(), 1, "{html}");
}

/// A voter's paper ballot in one district and their online ballot in another, racing
/// under "your own district only": one of them counts, never both. Either the online one
/// is first (the paper one is set aside past the district rule) or the paper one is (the
/// online one is refused with `district_rule`).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_paper_ballot_and_an_online_ballot_in_two_districts_race_and_one_counts() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let mut voters = Vec::new();
    for i in 0..4 {
        voters.push(app.person(&format!("voter{i}")).await);
    }
    {
        let mut org = app.org("city").admin(&ada);
        for v in &voters {
            org = org.member(v);
        }
        org.await;
    }
    let (id, _city, harbour, old) = one_district(&app, &ada, json!({}), None).await;
    for v in &voters {
        let paper = app.url(&format!(
            "/api/v1/budgets/{id}/headings/{harbour}/paper-ballots"
        ));
        let online = app.url(&format!("/api/v1/budgets/{id}/headings/{old}/ballot"));
        let (admin, voter) = (ada.token.clone(), v.token.clone());
        let list = format!("voter,vote\n@{},2\n", v.handle);
        let r = app
            .race(2, |i, c| {
                if i == 0 {
                    c.post(&paper)
                        .bearer_auth(&admin)
                        .header("content-type", "text/csv")
                        .body(list.clone())
                        .send()
                } else {
                    c.put(&online)
                        .bearer_auth(&voter)
                        .json(&json!({"projects": ["3"]}))
                        .send()
                }
            })
            .await;
        assert_eq!(r[0].0, 201, "{r:?}");
        let paper: Value = serde_json::from_str(&r[0].1).unwrap();
        match r[1].0 {
            200 => assert_eq!(paper["set_aside"], 1, "{r:?}"),
            403 => {
                assert!(r[1].1.contains("\"code\":\"district_rule\""), "{r:?}");
                assert_eq!(paper["recorded"], 1, "{r:?}");
            }
            s => panic!("the online ballot answered {s}: {r:?}"),
        }
        let online = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM budget_ballots b JOIN people p ON p.id = b.voter_id \
                 WHERE p.handle = '{}'",
                v.handle
            ))
            .await;
        let on_paper = app
            .count(format!(
                "SELECT COUNT(*) AS n FROM budget_paper_sheets s JOIN people p \
                 ON s.voter_key = 'member:' || p.id \
                 WHERE p.handle = '{}' AND s.set_aside IS NULL",
                v.handle
            ))
            .await;
        assert_eq!(online + on_paper, 1, "{r:?}");
    }
}
