//! The demo's lending library: the city's equipment and the makers' laser cutter, a month
//! of loans that never overbook, an overdue loan and a late return, and feeds that read.

use crate::support::TestApp;
use reqwest::Method;
use serde_json::{Value, json};

#[tokio::test]
async fn the_demo_lends_the_city_s_equipment_and_the_makers_laser() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let list = app
        .call_as(None, Method::GET, "/api/v1/resources", None, 200)
        .await;
    let items = list["items"].as_array().unwrap();
    let find = |name: &str| -> &Value {
        items
            .iter()
            .find(|r| r["name"] == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    for name in [
        "Field recorder kit",
        "Camera kit",
        "Cordless drill set",
        "Cargo bike",
    ] {
        assert_eq!(find(name)["steward"], "@lagomar-city");
    }
    let cars = find("Shared car");
    assert_eq!(
        (cars["quantity"].as_i64(), cars["kind"].as_str()),
        (Some(2), Some("vehicle"))
    );
    assert_eq!(cars["policy"]["approval_required"], true);
    let laser = find("Laser cutter");
    assert_eq!(laser["steward"], "@makers-lagomar");
    assert_eq!(laser["policy"]["borrowers"], "members");

    // A month of reservations: some returned (one late), some out (one overdue), some to
    // come, one cancelled.
    let states = |sql: &str| {
        app.count(format!(
            "SELECT COUNT(*) AS n FROM lending_reservations WHERE {sql}"
        ))
    };
    assert!(states("state = 'returned'").await >= 5);
    assert_eq!(
        states("state = 'returned' AND returned_at > ends_at").await,
        1
    );
    assert_eq!(states("state = 'out'").await, 2);
    assert!(states("state = 'confirmed'").await >= 5);
    assert_eq!(states("state = 'cancelled'").await, 1);
    let overdue = app
        .count(format!(
            "SELECT COUNT(*) AS n FROM lending_reservations WHERE state = 'out' AND ends_at < {}",
            commonfare::db::now_ms()
        ))
        .await;
    assert!(overdue >= 1, "an overdue loan on the desk");
    // No instant of any pool holds more than it has: every reservation's start is a
    // busiest candidate, counted against the others that hold items then.
    let over = app
        .count(
            "SELECT COUNT(*) AS n FROM lending_reservations a JOIN lending_resources r ON r.id = a.resource_id \
             WHERE a.state IN ('pending', 'confirmed', 'out') AND r.quantity < (\
               SELECT SUM(b.quantity) FROM lending_reservations b WHERE b.resource_id = a.resource_id \
               AND b.state IN ('pending', 'confirmed', 'out') \
               AND b.starts_at <= a.starts_at AND b.held_until > a.starts_at)"
                .into(),
        )
        .await;
    assert_eq!(over, 0);
    for r in items {
        let id = r["id"].as_str().unwrap();
        let ics = app
            .program()
            .get(app.url(&format!("/api/v1/resources/{id}/calendar.ics")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    }
    // The laser needs a training, and Fatima has one; a breakdown moved Emil's car; the
    // cargo bike has its brakes checked.
    assert_eq!(laser["policy"]["training_required"], true);
    assert_eq!(app.rows("lending_trainings").await, 1);
    let moved = app
        .count("SELECT COUNT(*) AS n FROM lending_notices WHERE kind = 'moved'".into())
        .await;
    assert_eq!(moved, 1);
    let bike = find("Cargo bike")["id"].as_str().unwrap().to_string();
    let blocks = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{bike}/blocks"),
            None,
            200,
        )
        .await;
    assert_eq!(blocks[0]["kind"], "maintenance", "{blocks}");
    let car = cars["id"].as_str().unwrap().to_string();
    let blocks = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{car}/blocks"),
            None,
            200,
        )
        .await;
    assert_eq!(blocks[0]["kind"], "breakdown", "{blocks}");
    // Chen keeps the city's desk.
    let chen = app.browser();
    let r = app
        .post_form(
            &chen,
            "/signin",
            "/signin",
            &[
                ("handle", "chen"),
                ("password", commonfare::demo::DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let desk = app.page(&chen, "/desk").await;
    assert!(
        desk.contains("Field recorder kit") || desk.contains("Camera kit"),
        "{desk}"
    );

    // Dolores's walk-in loan of the cargo bike is in the journal, lent and returned.
    let mut cursor = String::new();
    let mut walk_ins = 0;
    loop {
        let page = app
            .call_as(
                None,
                Method::GET,
                &format!("/api/v1/activity?actor=chen&limit=100{cursor}"),
                None,
                200,
            )
            .await;
        walk_ins += page["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["kind"] == "reservation.lent_walk_in")
            .count();
        match page["next_cursor"].as_str() {
            Some(next) => cursor = format!("&cursor={next}"),
            None => break,
        }
    }
    assert_eq!(walk_ins, 1);
}

/// The demo's month of loans gives the savings page figures: every class the city lends
/// was lent, one loan came from the waiting list, and the city's own factor (10 cars shed
/// per shared vehicle) counts.
#[tokio::test]
async fn the_demo_s_savings_have_figures() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let v = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/lending/savings?library=lagomar-city",
            None,
            200,
        )
        .await;
    let t = &v["total"];
    assert!(t["loans"].as_i64().unwrap() >= 20, "{t}");
    assert!(t["share_in_use_bp"].as_i64().unwrap() > 500, "{t}");
    assert!(t["median_lead_minutes"].as_i64().unwrap() >= 24 * 60, "{t}");
    assert_eq!(t["waits_offered"], 1, "Amara's wait for the cargo bike");
    assert!(t["purchases_avoided"].as_f64().unwrap() > 1.0, "{t}");
    assert_eq!(v["factors"]["cars_shed_per_vehicle"], 10);
    assert_eq!(t["cars_shed"], t["shared_vehicles"].as_i64().unwrap() * 10);
    assert!(t["shared_vehicles"].as_i64().unwrap() >= 2, "{t}");
    let all = app
        .call_as(None, Method::GET, "/api/v1/lending/savings", None, 200)
        .await;
    // The city's and the makers' libraries, the irrigation controller's commons (its
    // test rig), and the two neighbours whose shared or rented offers are backed by
    // resources they steward (Dolores, Bruno).
    let libraries = all["libraries"].as_array().unwrap();
    assert_eq!(libraries.len(), 5, "{all}");
    let rig = libraries
        .iter()
        .find(|l| l["library"] == "@open-irrigation-controller")
        .expect("the commons' library");
    assert_eq!(
        (rig["steward_kind"].as_str(), rig["loans"].as_i64()),
        (Some("commons"), Some(1)),
        "Emil's field test"
    );
    let page = app.page(&app.browser(), "/resources/savings").await;
    assert!(
        page.contains("<svg") && page.contains("@makers-lagomar"),
        "{page}"
    );
    // The territory's defaults, set by its administrator (Chen): the city keeps its own
    // cars shed, and its tools follow the territory's; the makers set nothing of theirs.
    assert_eq!(
        (
            &all["territory_factors"]["cars_shed_per_vehicle"],
            &all["territory_factors"]["purchases_per_100_loans"]["tool"],
            &all["territory_factors"]["set"]
        ),
        (&json!(12), &json!(25), &json!(true)),
        "{all}"
    );
    assert_eq!(v["factors"]["cars_shed_from"], "library");
    assert_eq!(v["factors"]["purchases_from"]["tool"], "territory");
    let makers = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/lending/savings?library=makers-lagomar",
            None,
            200,
        )
        .await;
    assert_eq!(makers["factors"]["cars_shed_per_vehicle"], 12, "{makers}");
    assert_eq!(makers["factors"]["set"], false);
    assert!(
        page.contains("12") && page.contains("the territory"),
        "{page}"
    );
    let city = app
        .page(&app.browser(), "/resources/savings?library=lagomar-city")
        .await;
    assert!(
        city.contains("the library"),
        "the city's own cars shed: {city}"
    );
}
