//! What sharing saves, counted from the store: a small library of loans of known lengths
//! in March 2025 (written straight into the tables, as the flows cannot write the past),
//! and every figure of the API checked against the numbers worked out by hand below;
//! then who may set a library's factors, bad input, and the page.

use crate::support::{ApiCall, Person, TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};

const H: i64 = 3_600_000;
const D: i64 = 24 * H;
/// 2025-03-01T00:00:00Z.
const T0: i64 = 1_740_787_200_000;

async fn sql(app: &TestApp, q: String) {
    app.state
        .db
        .write(move |c| {
            use diesel::RunQueryDsl;
            diesel::sql_query(q)
                .execute(c)
                .map_err(commonfare::error::AppError::internal)?;
            Ok(())
        })
        .await
        .expect("fixture SQL");
}

/// A loan of `q` items handed over at `out` (asked for at `asked`), back at `back`.
async fn loan(app: &TestApp, id: &str, who: &str, q: i64, asked: i64, out: i64, back: Option<i64>) {
    let (state, back) = match back {
        Some(b) => ("returned", b.to_string()),
        None => ("out", "NULL".to_string()),
    };
    let n = app.rows("lending_reservations").await;
    sql(
        app,
        format!(
            "INSERT INTO lending_reservations (id, resource_id, borrower_id, quantity, starts_at, \
             ends_at, held_until, state, created_at, checked_out_at, out_note, returned_at, \
             return_note) SELECT 'loan{n}', '{id}', id, {q}, {out}, {e}, {e}, '{state}', {asked}, \
             {out}, '', {back}, '' FROM people WHERE handle = '{who}'",
            e = out + 2 * D,
        ),
    )
    .await;
}

async fn existed(app: &TestApp, id: &str, created: i64, retired: Option<i64>) {
    let retired = retired.map_or("NULL".into(), |r| r.to_string());
    sql(
        app,
        format!(
            "UPDATE lending_resources SET created_at = {created}, retired_at = {retired} \
             WHERE id = '{id}'"
        ),
    )
    .await;
}

struct World {
    app: TestApp,
    ada: Person,
    bea: Person,
    cy: Person,
    /// A second admin of the toolshed.
    eve: Person,
}

/// The toolshed (Ada's organization): a drill (two loans, 6 h and 48 h), a pool of three
/// ladders (2 items for 10 h, 1 for 10 h overlapping: all three out at once), a van that
/// came midway (day 15) and was retired on day 25, blocked a day and lent a day, and a
/// sander never lent. Bea's own library: a pair of tents, one lent across the period's
/// start, one out over its last day; one waiting-list place offered after 6 h, another
/// still waiting. A drill loan in April and a ladder cancelled count nowhere.
async fn world() -> World {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bea = app.person("bea").await;
    let cy = app.person("cy").await;
    let eve = app.person("eve").await;
    app.org("toolshed").admin(&ada).co_admin(&eve).await;
    let org = |kind: &str, name: &str, q: i64| json!({"kind": kind, "name": name, "quantity": q, "organization": "toolshed"});
    let drill = app.resource(&ada, org("tool", "Drill", 1)).await;
    let ladders = app.resource(&ada, org("tool", "Ladder", 3)).await;
    let van = app.resource(&ada, org("vehicle", "Van", 1)).await;
    let sander = app.resource(&ada, org("tool", "Sander", 1)).await;
    let tents = app
        .resource(
            &bea,
            json!({"kind": "material", "name": "Tent", "quantity": 2}),
        )
        .await;
    for id in [&drill, &ladders, &sander] {
        existed(&app, id, T0 - 10 * D, None).await;
    }
    existed(&app, &van, T0 + 15 * D, Some(T0 + 25 * D)).await;
    existed(&app, &tents, T0 - 100 * D, None).await;
    loan(&app, &drill, "cy", 1, T0, T0 + D, Some(T0 + D + 6 * H)).await;
    loan(
        &app,
        &drill,
        "bea",
        1,
        T0 + 8 * D,
        T0 + 10 * D,
        Some(T0 + 12 * D),
    )
    .await;
    loan(
        &app,
        &drill,
        "bea",
        1,
        T0 + 38 * D,
        T0 + 40 * D,
        Some(T0 + 41 * D),
    )
    .await;
    let l = T0 + 2 * D;
    loan(&app, &ladders, "cy", 2, l - 12 * H, l, Some(l + 10 * H)).await;
    loan(
        &app,
        &ladders,
        "bea",
        1,
        l - 7 * H,
        l + 5 * H,
        Some(l + 15 * H),
    )
    .await;
    sql(
        &app,
        format!(
            "INSERT INTO lending_reservations (id, resource_id, borrower_id, quantity, starts_at, \
             ends_at, held_until, state, created_at, cancelled_at) SELECT 'gone', '{ladders}', id, \
             3, {s}, {e}, {e}, 'cancelled', {c}, {c} FROM people WHERE handle = 'cy'",
            s = T0 + 5 * D,
            e = T0 + 6 * D,
            c = T0 + 4 * D,
        ),
    )
    .await;
    loan(
        &app,
        &van,
        "cy",
        1,
        T0 + 18 * D,
        T0 + 20 * D,
        Some(T0 + 21 * D),
    )
    .await;
    sql(
        &app,
        format!(
            "INSERT INTO lending_blocks (id, resource_id, kind, quantity, starts_at, ends_at, \
             reason, created_by, created_at) SELECT 'service', '{van}', 'maintenance', 1, {s}, \
             {e}, 'service', id, {s} FROM people WHERE handle = 'ada'",
            s = T0 + 16 * D,
            e = T0 + 17 * D,
        ),
    )
    .await;
    loan(&app, &tents, "cy", 1, T0 - 3 * D, T0 - 2 * D, Some(T0 + D)).await;
    loan(&app, &tents, "ada", 1, T0 + 29 * D, T0 + 30 * D, None).await;
    for (id, joined, offered, state) in [
        ("w1", T0 + 29 * D, Some(T0 + 29 * D + 6 * H), "taken"),
        ("w2", T0 + 30 * D, None, "waiting"),
    ] {
        let offered = offered.map_or("NULL".into(), |o| o.to_string());
        sql(
            &app,
            format!(
                "INSERT INTO lending_waits (id, resource_id, person_id, quantity, starts_at, \
                 ends_at, created_at, state, offered_at) SELECT '{id}', '{tents}', id, 1, {s}, \
                 {e}, {joined}, '{state}', {offered} FROM people WHERE handle = 'cy'",
                s = T0 + 33 * D,
                e = T0 + 34 * D,
            ),
        )
        .await;
    }
    World {
        app,
        ada,
        bea,
        cy,
        eve,
    }
}

async fn savings(app: &TestApp, query: &str) -> Value {
    app.call_as(
        None,
        Method::GET,
        &format!("/api/v1/lending/savings?{query}"),
        None,
        200,
    )
    .await
}

fn class<'a>(v: &'a Value, kind: &str) -> &'a Value {
    v["classes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == kind)
        .unwrap_or_else(|| panic!("{kind} in {v}"))
}

/// Asserts the figures `want` (a subset of the fields) in `got`.
fn figures(got: &Value, want: Value, what: &str) {
    for (k, w) in want.as_object().unwrap() {
        assert_eq!(&got[k], w, "{what}: {k} in {got}");
    }
}

#[tokio::test]
async fn every_figure_is_counted_from_the_store_as_by_hand() {
    let World { app, ada, .. } = world().await;
    // The toolshed sets 30 purchases per 100 tool loans and 12 cars per shared vehicle.
    app.call_as(
        Some(&ada),
        Method::PUT,
        "/api/v1/lending/libraries/toolshed/savings-factors",
        Some(json!({"purchases_per_100_loans": {"tool": 30}, "cars_shed_per_vehicle": 12})),
        200,
    )
    .await;
    let v = savings(&app, "library=toolshed&period=2025-03").await;
    assert_eq!(v["library"], "@toolshed");
    assert_eq!(v["period"]["from"], "2025-03-01T00:00:00Z");
    assert_eq!(v["period"]["until"], "2025-04-01T00:00:00Z");
    assert_eq!(v["period"]["measured_until"], "2025-04-01T00:00:00Z");
    assert_eq!(v["libraries"], json!([]));
    assert_eq!(v["factors"]["purchases_per_100_loans"]["tool"], 30);
    assert_eq!(v["factors"]["purchases_per_100_loans"]["material"], 25);
    assert_eq!(v["factors"]["cars_shed_per_vehicle"], 12);
    // 744 h in March. Present: drill, sander 744 each, ladders 3 × 744, van 240 (days 15
    // to 25): 3 960 item-hours; lendable less the van's 24 h block: 3 936. Lent: drill 6 +
    // 48, ladders 2 × 10 + 10, van 24: 108 h. Loans 5 (the April one is not). Leads 24,
    // 48, 12, 12, 48 h: median 24 h. Share 108 / 3 936 = 2.74 %; loans per item-year
    // 5 × 8 760 / 3 960 = 11.06; 4 tool loans × 0.30 = 1.2 purchases; one van lent × 12.
    figures(
        &v["total"],
        json!({
            "items": 6, "loans": 5, "loans_per_item_year": 11.06,
            "item_minutes_lent": 108 * 60, "item_minutes_lendable": 3936 * 60,
            "share_in_use_bp": 274, "idle_items": 1,
            "waits_offered": 0, "median_wait_minutes": null, "still_waiting": 0,
            "median_lead_minutes": 24 * 60, "purchases_avoided": 1.2,
            "shared_vehicles": 1, "cars_shed": 12,
        }),
        "the toolshed",
    );
    // Tools: 5 items, 3 720 item-hours, 84 lent (2.26 %), 4 loans (9.42 a year), the
    // sander idle, leads 12, 12, 24, 48: median 18 h.
    figures(
        class(&v, "tool"),
        json!({
            "items": 5, "loans": 4, "loans_per_item_year": 9.42, "share_in_use_bp": 226,
            "idle_items": 1, "median_lead_minutes": 18 * 60, "purchases_avoided": 1.2,
            "cars_shed": 0,
        }),
        "the toolshed's tools",
    );
    // The van: 240 h present, 216 lendable, 24 lent (11.11 %), one loan in 10 days
    // (36.5 a year).
    figures(
        class(&v, "vehicle"),
        json!({
            "items": 1, "loans": 1, "loans_per_item_year": 36.5, "share_in_use_bp": 1111,
            "item_minutes_lendable": 216 * 60, "idle_items": 0, "purchases_avoided": 0.0,
            "shared_vehicles": 1, "cars_shed": 12,
        }),
        "the van",
    );
    figures(
        class(&v, "space"),
        json!({"items": 0, "loans": 0, "loans_per_item_year": null, "share_in_use_bp": null}),
        "no spaces",
    );

    // Bea's tents, on the defaults: 2 × 744 = 1 488 item-hours; lent 24 h (the loan from
    // February, until 1 March 24:00) and 24 h (out over 31 March): 3.23 %; one loan of the
    // period (asked 24 h before), 5.89 a year; never both out: one idle; 0.25 purchases
    // (25 per 100 materials); a place offered after 6 h, one still waiting.
    let bea = savings(&app, "library=@bea&period=2025-03").await;
    assert_eq!(bea["factors"]["set"], false);
    figures(
        &bea["total"],
        json!({
            "items": 2, "loans": 1, "loans_per_item_year": 5.89, "share_in_use_bp": 323,
            "item_minutes_lent": 48 * 60, "idle_items": 1, "waits_offered": 1,
            "median_wait_minutes": 360, "still_waiting": 1, "median_lead_minutes": 24 * 60,
            "purchases_avoided": 0.25, "cars_shed": 0,
        }),
        "Bea's tents",
    );

    // The territory adds both, each on its own factors: 156 of 5 424 lendable item-hours
    // (2.88 %), 6 loans over 5 448 present (9.65 a year), leads 12, 12, 24, 24, 48, 48.
    let all = savings(&app, "period=2025-03").await;
    assert_eq!(all["library"], Value::Null);
    assert_eq!(all["factors"], Value::Null);
    figures(
        &all["total"],
        json!({
            "items": 8, "loans": 6, "loans_per_item_year": 9.65, "share_in_use_bp": 288,
            "idle_items": 2, "waits_offered": 1, "still_waiting": 1,
            "median_lead_minutes": 24 * 60, "purchases_avoided": 1.45, "cars_shed": 12,
        }),
        "the territory",
    );
    let libs: Vec<&str> = all["libraries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["library"].as_str().unwrap())
        .collect();
    assert_eq!(libs, ["@bea", "@toolshed"]);
    assert_eq!(all["libraries"][1]["loans"], 5);

    // Before anything existed, and a library that lends nothing: no items, no ratios.
    let before = savings(&app, "period=2023").await;
    figures(
        &before["total"],
        json!({"items": 0, "loans": 0, "share_in_use_bp": null, "loans_per_item_year": null,
               "purchases_avoided": 0.0, "median_lead_minutes": null}),
        "2023",
    );
    // 2024: only the tents, from 21 November (100 days before March): 41 days of two
    // items lendable, never lent.
    let y2024 = savings(&app, "period=2024").await;
    figures(
        &y2024["total"],
        json!({"items": 2, "loans": 0, "item_minutes_lendable": 2 * 41 * 24 * 60,
               "share_in_use_bp": 0, "loans_per_item_year": 0.0, "idle_items": 2}),
        "2024",
    );
    let cy = savings(&app, "library=cy&period=2025-03").await;
    figures(
        &cy["total"],
        json!({"items": 0, "idle_items": 0}),
        "Cy lends nothing",
    );
    // April: the drill's loan of a day, the ladders, sander and tents idle all month.
    let april = savings(&app, "library=toolshed&period=2025-04").await;
    figures(
        &april["total"],
        json!({"items": 5, "loans": 1, "item_minutes_lent": 24 * 60, "idle_items": 4}),
        "April",
    );
}

#[tokio::test]
async fn only_a_library_s_stewards_set_its_factors() {
    let World {
        app, ada, bea, cy, ..
    } = world().await;
    let body = json!({"purchases_per_100_loans": {"machine": 8}, "cars_shed_per_vehicle": 9});
    let call = ApiCall::put(
        "/api/v1/lending/libraries/toolshed/savings-factors",
        body.clone(),
    );
    let r = app.check_roles(&call, Some((&cy, 403)), (&ada, 200)).await;
    let f: Value = r.json().await.unwrap();
    assert_eq!(f["purchases_per_100_loans"]["machine"], 8);
    assert_eq!(
        f["purchases_per_100_loans"]["tool"], 20,
        "the others keep the defaults"
    );
    assert_eq!(
        (f["cars_shed_per_vehicle"].as_i64(), f["set"].as_bool()),
        (Some(9), Some(true))
    );
    assert_eq!(
        (
            f["purchases_from"]["machine"].as_str(),
            f["purchases_from"]["tool"].as_str()
        ),
        (Some("library"), Some("built_in")),
        "{f}"
    );
    assert_eq!(
        app.rows("lending_savings_factors").await,
        2,
        "a row for the machines, one for the cars shed: the rest stays the defaults"
    );
    // A person's own library: Bea sets hers; Ada, who stewards another, may not.
    let call = ApiCall::put("/api/v1/lending/libraries/bea/savings-factors", body);
    app.check_roles(&call, Some((&ada, 403)), (&bea, 200)).await;
    let events = app
        .count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind IN \
             ('organization.savings_factors_set', 'person.savings_factors_set')"
                .into(),
        )
        .await;
    assert_eq!(events, 2);
}

#[tokio::test]
async fn bad_periods_classes_and_factors_are_refused_and_nothing_is_written() {
    let World { app, ada, .. } = world().await;
    for bad in ["2025-13", "march", "25-03", "1900"] {
        let r = app
            .program()
            .get(app.url(&format!("/api/v1/lending/savings?period={bad}")))
            .send()
            .await
            .unwrap();
        expect_problem(r, 422, "invalid_period").await;
    }
    let r = app
        .program()
        .get(app.url("/api/v1/lending/savings?library=nobody"))
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
    let before = app.journal_len().await;
    for (body, status, code) in [
        (
            json!({"purchases_per_100_loans": {"boat": 5}}),
            422,
            "invalid_resource_kind",
        ),
        (
            json!({"purchases_per_100_loans": {"tool": -1}}),
            422,
            "invalid_savings_factor",
        ),
        (
            json!({"purchases_per_100_loans": {"tool": 10001}}),
            422,
            "invalid_savings_factor",
        ),
        (
            json!({"cars_shed_per_vehicle": 101}),
            422,
            "invalid_savings_factor",
        ),
        (json!({"cars": 3}), 422, "invalid_fields"),
    ] {
        let r = app
            .program()
            .put(app.url("/api/v1/lending/libraries/toolshed/savings-factors"))
            .bearer_auth(&ada.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(r, status, code).await;
    }
    assert_eq!(app.rows("lending_savings_factors").await, 0);
    assert_eq!(app.journal_len().await, before);
}

#[tokio::test]
async fn the_page_draws_the_figures_and_lets_stewards_set_the_factors() {
    let World { app, ada, cy, .. } = world().await;
    let anon = app.browser();
    let catalogue = app.page(&anon, "/resources").await;
    assert!(catalogue.contains("href=\"/resources/savings\""));
    let page = app
        .page(&anon, "/resources/savings?library=toolshed&period=2025-03")
        .await;
    assert!(page.contains("<svg"), "charts");
    assert!(page.contains("2.74"), "the share in use: {page}");
    assert!(page.contains("11.06"), "loans per item and year");
    assert!(
        !page.contains("action=\"/resources/savings/factors\""),
        "no form for visitors"
    );
    let territory = app.page(&anon, "/resources/savings?period=2025-03").await;
    assert!(territory.contains("/resources/savings?library=toolshed&amp;period=2025-03"));
    // In Italian, decimals take a comma.
    let it = app
        .program()
        .get(app.url("/resources/savings?library=toolshed&period=2025-03"))
        .header("accept-language", "it")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(it.contains("11,06"), "{it}");

    let steward = app.browser_of(&ada).await;
    let mine = app
        .page(
            &steward,
            "/resources/savings?library=toolshed&period=2025-03",
        )
        .await;
    assert!(mine.contains("action=\"/resources/savings/factors\""));
    let stranger = app.browser_of(&cy).await;
    let fields = [
        ("library", "toolshed"),
        ("period", "2025-03"),
        ("tool", "40"),
        ("cars_shed", "11"),
    ];
    let r = app
        .check_form_roles(
            "/resources/savings/factors",
            &fields,
            Some((&stranger, 403)),
            &steward,
        )
        .await;
    let after = r.text().await.unwrap();
    assert!(after.contains("1.60"), "4 tool loans × 0.40: {after}");
    // A factor out of range comes back on the page, with the form, and changes nothing.
    let r = app
        .post_form(
            &steward,
            "/resources/savings?library=toolshed",
            "/resources/savings/factors",
            &[("library", "toolshed"), ("tool", "20000")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let body = r.text().await.unwrap();
    assert!(
        body.contains("role=\"alert\"") && body.contains("10000"),
        "{body}"
    );
    let tool = app
        .count(
            "SELECT purchases_per_100 AS n FROM lending_savings_factors WHERE kind = 'tool'".into(),
        )
        .await;
    assert_eq!(tool, 40);
}

/// Two stewards set different factors at once: both succeed, one after the other, and
/// the library keeps one row per class it set with both changes (each kept what it did
/// not name). On both engines.
#[tokio::test]
async fn stewards_racing_to_set_factors_keep_one_row_per_class() {
    let World { app, ada, eve, .. } = world().await;
    let url = app.url("/api/v1/lending/libraries/toolshed/savings-factors");
    let tokens = [ada.token.clone(), eve.token.clone()];
    let got = app
        .race(2, |i, client| {
            let body = if i == 0 {
                json!({"purchases_per_100_loans": {"tool": 33}})
            } else {
                json!({"cars_shed_per_vehicle": 7})
            };
            client
                .put(url.clone())
                .bearer_auth(&tokens[i])
                .json(&body)
                .send()
        })
        .await;
    for (status, body) in &got {
        assert_eq!(*status, 200, "{body}");
    }
    assert_eq!(app.rows("lending_savings_factors").await, 2);
    let v = savings(&app, "library=toolshed&period=2025-03").await;
    assert_eq!(v["factors"]["purchases_per_100_loans"]["tool"], 33);
    assert_eq!(v["factors"]["cars_shed_per_vehicle"], 7);
}

/// A custom period, first to last day included: March by its days counts as March; a
/// last day before the first, or more than ten years, is refused, on the API and on the
/// page (which shows the refusal beside its from/to form, and the last 30 days).
#[tokio::test]
async fn custom_periods_count_from_the_first_to_the_last_day() {
    let World { app, .. } = world().await;
    let month = savings(&app, "library=toolshed&period=2025-03").await;
    let days = savings(&app, "library=toolshed&period=2025-03-01..2025-03-31").await;
    assert_eq!(days["total"], month["total"]);
    assert_eq!(days["classes"], month["classes"]);
    assert_eq!(days["period"]["name"], "2025-03-01..2025-03-31", "{days}");
    let two = savings(&app, "library=toolshed&period=2025-03-01..2025-04-30").await;
    assert_eq!(
        two["total"]["loans"].as_i64(),
        Some(month["total"]["loans"].as_i64().unwrap() + 1),
        "March's loans and April's one"
    );
    for (bad, words) in [
        ("2025-03-31..2025-03-01", "ends before it starts"),
        ("2015-01-01..2025-12-31", "longer than 10 years"),
        ("2025-03-01..", "is not a period"),
    ] {
        let r = app
            .program()
            .get(app.url(&format!("/api/v1/lending/savings?period={bad}")))
            .send()
            .await
            .unwrap();
        let v = expect_problem(r, 422, "invalid_period").await;
        assert!(v["detail"].as_str().unwrap().contains(words), "{v}");
    }
    let anon = app.browser();
    let page = app
        .page(
            &anon,
            "/resources/savings?library=toolshed&from=2025-03-01&to=2025-03-31",
        )
        .await;
    assert!(
        page.contains("2.74") && page.contains("value=\"2025-03-31\""),
        "{page}"
    );
    let r = anon
        .get(app.url("/resources/savings?library=toolshed&from=2025-03-31&to=2025-03-01"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("ends before it starts")
            && html.contains("aria-invalid=\"true\"")
            && html.contains("name=\"from\""),
        "{html}"
    );
}

/// Makes `p` an instance administrator, as the operator's command does.
async fn make_admin(app: &TestApp, p: &Person) {
    sql(
        app,
        format!(
            "UPDATE people SET is_admin = TRUE WHERE handle = '{}'",
            p.handle
        ),
    )
    .await;
}

const TERRITORY_FACTORS: &str = "/api/v1/lending/territory/savings-factors";

#[tokio::test]
async fn only_an_instance_administrator_sets_the_territory_s_defaults() {
    let World { app, ada, cy, .. } = world().await;
    make_admin(&app, &cy).await;
    // Anyone reads them: none set, all built in.
    let d = app
        .call_as(None, Method::GET, TERRITORY_FACTORS, None, 200)
        .await;
    assert_eq!(d["set"], false, "{d}");
    assert_eq!(d["purchases_from"]["tool"], "built_in", "{d}");
    assert_eq!(d["cars_shed_from"], "built_in", "{d}");
    // Anonymous 401; Ada, an admin of an organization but not of the instance, 403.
    let body = json!({"purchases_per_100_loans": {"tool": 30}, "cars_shed_per_vehicle": 12});
    let r = app
        .check_roles(
            &ApiCall::put(TERRITORY_FACTORS, body),
            Some((&ada, 403)),
            (&cy, 200),
        )
        .await;
    let f: Value = r.json().await.unwrap();
    assert_eq!(
        (
            &f["purchases_per_100_loans"]["tool"],
            &f["purchases_from"]["tool"],
            &f["purchases_per_100_loans"]["machine"],
            &f["purchases_from"]["machine"],
            &f["cars_shed_per_vehicle"],
            &f["cars_shed_from"],
            &f["set"],
        ),
        (
            &json!(30),
            &json!("territory"),
            &json!(5),
            &json!("built_in"),
            &json!(12),
            &json!("territory"),
            &json!(true)
        ),
        "{f}"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM lending_savings_factors WHERE steward_id = 'territory'"
                .into()
        )
        .await,
        2,
        "a row for the tools, one for the cars shed"
    );
    let events = app
        .count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'instance.savings_factors_set' \
             AND object_type = 'instance'"
                .into(),
        )
        .await;
    assert_eq!(events, 1);

    // Bad input: the library's codes, nothing written.
    let before = (
        app.rows("lending_savings_factors").await,
        app.journal_len().await,
    );
    for (body, code) in [
        (
            json!({"purchases_per_100_loans": {"boat": 5}}),
            "invalid_resource_kind",
        ),
        (
            json!({"purchases_per_100_loans": {"tool": -1}}),
            "invalid_savings_factor",
        ),
        (
            json!({"purchases_per_100_loans": {"tool": 10001}}),
            "invalid_savings_factor",
        ),
        (
            json!({"cars_shed_per_vehicle": 101}),
            "invalid_savings_factor",
        ),
        (json!({"cars": 3}), "invalid_fields"),
    ] {
        let r = app
            .program()
            .put(app.url(TERRITORY_FACTORS))
            .bearer_auth(&cy.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        let p = expect_problem(r, 422, code).await;
        if code == "invalid_savings_factor" {
            assert!(p["detail"].as_str().unwrap().contains("00"), "{p}");
        }
    }
    assert_eq!(
        (
            app.rows("lending_savings_factors").await,
            app.journal_len().await
        ),
        before
    );
}

/// Per class: a library's own factor wins, else the territory's, else the built-in one;
/// the figures follow (the toolshed's four tool loans in March).
#[tokio::test]
async fn a_library_s_own_factor_wins_per_class_then_the_territory_s_then_the_built_in() {
    let World { app, ada, cy, .. } = world().await;
    make_admin(&app, &cy).await;
    let put = |who: &Person, path: &str, body: Value| {
        let (path, token) = (path.to_string(), who.token.clone());
        let app = &app;
        async move {
            let r = app
                .program()
                .put(app.url(&path))
                .bearer_auth(&token)
                .json(&body)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200, "{path}");
        }
    };
    let mine = "/api/v1/lending/libraries/toolshed/savings-factors";
    put(
        &cy,
        TERRITORY_FACTORS,
        json!({"purchases_per_100_loans": {"tool": 30}, "cars_shed_per_vehicle": 12}),
    )
    .await;
    let v = savings(&app, "library=toolshed&period=2025-03").await;
    let f = &v["factors"];
    assert_eq!(
        (
            &f["purchases_per_100_loans"]["tool"],
            &f["purchases_from"]["tool"]
        ),
        (&json!(30), &json!("territory")),
        "{f}"
    );
    assert_eq!(f["purchases_from"]["machine"], "built_in", "{f}");
    assert_eq!(f["set"], false, "{f}");
    assert_eq!(
        class(&v, "tool")["purchases_avoided"],
        1.2,
        "4 tool loans × 0.30"
    );
    assert_eq!(
        v["territory_factors"]["purchases_per_100_loans"]["tool"],
        30
    );

    // The library sets the machines only: the tools stay the territory's.
    put(
        &ada,
        mine,
        json!({"purchases_per_100_loans": {"machine": 8}}),
    )
    .await;
    let f = savings(&app, "library=toolshed&period=2025-03").await["factors"].clone();
    assert_eq!(
        (
            &f["purchases_from"]["machine"],
            &f["purchases_from"]["tool"],
            &f["cars_shed_from"],
            &f["set"]
        ),
        (
            &json!("library"),
            &json!("territory"),
            &json!("territory"),
            &json!(true)
        ),
        "{f}"
    );
    // Its own tool factor wins, even when the territory changes its own afterwards.
    put(&ada, mine, json!({"purchases_per_100_loans": {"tool": 40}})).await;
    put(
        &cy,
        TERRITORY_FACTORS,
        json!({"purchases_per_100_loans": {"tool": 35}}),
    )
    .await;
    let v = savings(&app, "library=toolshed&period=2025-03").await;
    assert_eq!(v["factors"]["purchases_per_100_loans"]["tool"], 40);
    assert_eq!(v["factors"]["purchases_from"]["tool"], "library");
    assert_eq!(
        v["factors"]["cars_shed_per_vehicle"], 12,
        "still the territory's"
    );
    assert_eq!(
        class(&v, "tool")["purchases_avoided"],
        1.6,
        "4 tool loans × 0.40"
    );
    // Bea's library set nothing: the territory's 35 for its tents (a material: built in).
    let bea = savings(&app, "library=bea&period=2025-03").await;
    assert_eq!(bea["factors"]["purchases_per_100_loans"]["tool"], 35);
    assert_eq!(bea["factors"]["purchases_from"]["material"], "built_in");
    // The territory's own figures add each library's under its own factors.
    let t = savings(&app, "period=2025-03").await;
    assert!(t["factors"].is_null(), "{t}");
    assert_eq!(class(&t, "tool")["purchases_avoided"], 1.6);
    assert_eq!(
        t["territory_factors"]["purchases_per_100_loans"]["tool"],
        35
    );
}

#[tokio::test]
async fn the_territory_s_page_shows_its_defaults_and_lets_administrators_set_them() {
    let World { app, ada, cy, .. } = world().await;
    make_admin(&app, &cy).await;
    let anon = app.browser();
    let page = app.page(&anon, "/resources/savings?period=2025-03").await;
    assert!(
        page.contains("The territory&#39;s default factors")
            || page.contains("The territory's default factors"),
        "{page}"
    );
    assert!(page.contains("built in"), "{page}");
    assert!(!page.contains("action=\"/resources/savings/territory-factors\""));
    let admin = app.browser_of(&cy).await;
    let stranger = app.browser_of(&ada).await;
    let mine = app
        .page(&stranger, "/resources/savings?period=2025-03")
        .await;
    assert!(
        !mine.contains("action=\"/resources/savings/territory-factors\""),
        "no form for an organization's admin"
    );
    let theirs = app.page(&admin, "/resources/savings?period=2025-03").await;
    assert!(theirs.contains("action=\"/resources/savings/territory-factors\""));
    let r = app
        .check_form_roles(
            "/resources/savings/territory-factors",
            &[("period", "2025-03"), ("vehicle", ""), ("cars_shed", "9")],
            Some((&stranger, 403)),
            &admin,
        )
        .await;
    let after = r.text().await.unwrap();
    assert!(
        after.contains("value=\"9\""),
        "the territory's own in its field: {after}"
    );
    assert!(
        after.contains("the territory&#39;s default") || after.contains("the territory's default"),
        "{after}"
    );
    let d = app
        .call_as(None, Method::GET, TERRITORY_FACTORS, None, 200)
        .await;
    assert_eq!(
        (&d["cars_shed_per_vehicle"], &d["cars_shed_from"]),
        (&json!(9), &json!("territory"))
    );
    assert_eq!(
        d["purchases_from"]["vehicle"], "built_in",
        "an empty field sets nothing"
    );

    // Out of range: back on the page beside the form, signed in, nothing written.
    let journal = app.journal_len().await;
    let r = app
        .post_form(
            &admin,
            "/resources/savings",
            "/resources/savings/territory-factors",
            &[("tool", "20000")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let body = r.text().await.unwrap();
    let form = body
        .find("action=\"/resources/savings/territory-factors\"")
        .expect("the form");
    let alert = body.find("role=\"alert\"").expect("the refusal");
    let section = body.find("id=\"factors\"").unwrap();
    assert!(
        section < alert && alert < form,
        "the refusal beside the form: {body}"
    );
    assert!(
        body.contains("10000") && body.contains("action=\"/signout\""),
        "{body}"
    );
    assert_eq!(app.journal_len().await, journal);

    // A library's page says where each of its factors comes from.
    let lib = app
        .page(&anon, "/resources/savings?library=toolshed&period=2025-03")
        .await;
    assert!(
        lib.contains("the territory&#39;s default") || lib.contains("the territory's default"),
        "{lib}"
    );
    assert!(lib.contains("built in"), "{lib}");
    let steward = app.browser_of(&ada).await;
    app.post_form(
        &steward,
        "/resources/savings?library=toolshed",
        "/resources/savings/factors",
        &[("library", "toolshed"), ("machine", "8")],
    )
    .await;
    let lib = app
        .page(&anon, "/resources/savings?library=toolshed&period=2025-03")
        .await;
    assert!(
        lib.contains("the library&#39;s own") || lib.contains("the library's own"),
        "{lib}"
    );
}

/// Two administrators set different defaults at once: both succeed, one after the other,
/// and the territory keeps one row per class with both changes. On both engines.
#[tokio::test]
async fn administrators_racing_to_set_the_territory_s_defaults_keep_both_changes() {
    let World { app, bea, cy, .. } = world().await;
    make_admin(&app, &bea).await;
    make_admin(&app, &cy).await;
    let url = app.url(TERRITORY_FACTORS);
    let tokens = [bea.token.clone(), cy.token.clone()];
    let got = app
        .race(2, |i, client| {
            let body = if i == 0 {
                json!({"purchases_per_100_loans": {"tool": 33}})
            } else {
                json!({"purchases_per_100_loans": {"tool": 1}, "cars_shed_per_vehicle": 7})
            };
            client
                .put(url.clone())
                .bearer_auth(&tokens[i])
                .json(&body)
                .send()
        })
        .await;
    for (status, body) in &got {
        assert_eq!(*status, 200, "{body}");
    }
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM lending_savings_factors WHERE steward_id = 'territory'"
                .into()
        )
        .await,
        2
    );
    let d = app
        .call_as(None, Method::GET, TERRITORY_FACTORS, None, 200)
        .await;
    assert_eq!(d["cars_shed_per_vehicle"], 7, "{d}");
    let tool = d["purchases_per_100_loans"]["tool"].as_i64().unwrap();
    assert!(tool == 33 || tool == 1, "{d}");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'instance.savings_factors_set'".into()
        )
        .await,
        2
    );
}

/// A library gives up its own factor (JSON `null`, or the form's "follow the territory"
/// box) and follows the territory's default again: the figures use the territory's
/// value, the page marks it, the rows without a value go, the event lists what was unset;
/// anonymous 401, a stranger 403.
#[tokio::test]
async fn a_library_s_factor_unset_follows_the_territory_again() {
    let World { app, ada, cy, .. } = world().await;
    make_admin(&app, &cy).await;
    app.call_as(
        Some(&cy),
        Method::PUT,
        TERRITORY_FACTORS,
        Some(json!({"purchases_per_100_loans": {"tool": 30}, "cars_shed_per_vehicle": 12})),
        200,
    )
    .await;
    let mine = "/api/v1/lending/libraries/toolshed/savings-factors";
    let f = app
        .call_as(
            Some(&ada),
            Method::PUT,
            mine,
            Some(
                json!({"purchases_per_100_loans": {"tool": 40, "machine": 8},
                        "cars_shed_per_vehicle": 9}),
            ),
            200,
        )
        .await;
    assert_eq!(f["purchases_from"]["tool"], "library", "{f}");
    let v = savings(&app, "library=toolshed&period=2025-03").await;
    assert_eq!(class(&v, "tool")["purchases_avoided"], 1.6, "4 × 0.40");

    // Unset the tools and the cars shed: anonymous 401, a stranger 403, the steward 200.
    let r = app
        .check_roles(
            &ApiCall::put(
                mine,
                json!({"purchases_per_100_loans": {"tool": null}, "cars_shed_per_vehicle": null}),
            ),
            Some((&cy, 403)),
            (&ada, 200),
        )
        .await;
    let f: Value = r.json().await.unwrap();
    assert_eq!(
        (
            &f["purchases_per_100_loans"]["tool"],
            &f["purchases_from"]["tool"],
            &f["cars_shed_per_vehicle"],
            &f["cars_shed_from"],
            &f["purchases_from"]["machine"],
        ),
        (
            &json!(30),
            &json!("territory"),
            &json!(12),
            &json!("territory"),
            &json!("library"),
        ),
        "{f}"
    );
    let v = savings(&app, "library=toolshed&period=2025-03").await;
    assert_eq!(class(&v, "tool")["purchases_avoided"], 1.2, "4 × 0.30 now");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM lending_savings_factors WHERE steward_id <> 'territory'"
                .into()
        )
        .await,
        1,
        "only the machines' row is left"
    );
    let unset = app
        .count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'organization.savings_factors_set' \
             AND payload LIKE '%\"unset\":[\"tool\",\"cars_shed\"]%'"
                .into(),
        )
        .await;
    assert_eq!(unset, 1);
    // Unsetting what it never set, or again, changes nothing and is no error.
    app.call_as(
        Some(&ada),
        Method::PUT,
        mine,
        Some(json!({"purchases_per_100_loans": {"space": null}})),
        200,
    )
    .await;

    // The page marks the machines as the library's own, with the box to follow the
    // territory; ticking it gives the machines up too.
    let steward = app.browser_of(&ada).await;
    let page = app
        .page(
            &steward,
            "/resources/savings?library=toolshed&period=2025-03",
        )
        .await;
    assert!(page.contains("name=\"follow_machine\""), "{page}");
    assert!(!page.contains("name=\"follow_tool\""), "{page}");
    assert!(page.contains("Follow the territory"), "{page}");
    let r = app
        .post_form(
            &steward,
            "/resources/savings?library=toolshed",
            "/resources/savings/factors",
            &[
                ("library", "toolshed"),
                ("machine", "8"),
                ("follow_machine", "1"),
            ],
        )
        .await;
    assert!(
        r.status().is_success() || r.status().is_redirection(),
        "{}",
        r.status()
    );
    let f = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/lending/savings?library=toolshed&period=2025-03",
            None,
            200,
        )
        .await;
    assert_eq!(f["factors"]["purchases_from"]["machine"], "built_in", "{f}");
    assert_eq!(f["factors"]["set"], false, "{f}");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM lending_savings_factors WHERE steward_id <> 'territory'"
                .into()
        )
        .await,
        0
    );
    // The territory's default given up brings back the built-in one.
    let d = app
        .call_as(
            Some(&cy),
            Method::PUT,
            TERRITORY_FACTORS,
            Some(json!({"cars_shed_per_vehicle": null})),
            200,
        )
        .await;
    assert_eq!(
        (&d["cars_shed_per_vehicle"], &d["cars_shed_from"]),
        (&json!(15), &json!("built_in")),
        "{d}"
    );
    assert_eq!(d["purchases_from"]["tool"], "territory", "{d}");
}
