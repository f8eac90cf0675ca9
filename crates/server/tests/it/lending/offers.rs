//! Peer offers: a shared thing's match books a loan on its resource through the
//! reservation path (a second overlapping match is refused as any double booking is),
//! a rented one records its fee, a given one closes once, a barter records what is
//! exchanged; who may do what (401, 403, the rightful side); bad input refused with a
//! clear code and nothing written. The races are in `races.rs`.

use super::at;
use crate::support::{ApiCall, Person, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

/// An offer by `who` of `mode`, with the fields of `extra`; returns it.
pub async fn offer(app: &TestApp, who: &Person, mode: &str, extra: Value) -> Value {
    let mut b = json!({"kind": "tool", "title": "Sewing machine", "mode": mode,
        "place": "Via Roma 12"});
    if let (Some(b), Value::Object(extra)) = (b.as_object_mut(), extra) {
        b.extend(extra);
    }
    app.post_as(who, "/api/v1/offers", b, 201).await
}

/// A request by `who` for a thing; returns it.
pub async fn request(app: &TestApp, who: &Person, title: &str) -> Value {
    app.post_as(
        who,
        "/api/v1/requests",
        json!({"kind": "tool", "title": title, "place": "Lagomar"}),
        201,
    )
    .await
}

fn id(v: &Value) -> &str {
    v["id"].as_str().expect("id")
}

#[tokio::test]
async fn a_shared_thing_is_lent_through_a_match_under_the_reservation_rules() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let o = offer(&app, &ada, "share", json!({})).await;
    assert_eq!(
        (o["state"].as_str(), o["mode"].as_str()),
        (Some("open"), Some("share"))
    );
    let resource = o["resource_id"]
        .as_str()
        .expect("a shared offer has a resource");
    // Its resource is ada's, in the catalogue like any other.
    let r = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{resource}"),
            None,
            200,
        )
        .await;
    assert_eq!(r["steward"], "@ada", "{r}");

    // Bob asks for it; ada answers his request with it.
    let q = request(&app, &bob, "A sewing machine for a day").await;
    let answer = format!("/api/v1/requests/{}/answers", id(&q));
    let body = json!({"offer_id": id(&o), "starts_at": at(5), "ends_at": at(9),
        "terms": "Pick it up at nine"});
    let r = app
        .check_roles(
            &ApiCall::post(&answer, body.clone()),
            Some((&eve, 403)),
            (&ada, 201),
        )
        .await;
    let m: Value = r.json().await.unwrap();
    assert_eq!(
        (m["taker"].as_str(), m["accepter"].as_str()),
        (Some("bob"), Some("bob"))
    );
    // Bob accepts (eve may not, nor ada, who proposed it): a confirmed loan for bob.
    let accept = format!("/api/v1/offer-matches/{}/accept", id(&m));
    app.post_as(&ada, &accept, json!({}), 403).await;
    let r = app
        .check_roles(&ApiCall::act(&accept), Some((&eve, 403)), (&bob, 200))
        .await;
    let m: Value = r.json().await.unwrap();
    assert_eq!(m["state"], "accepted", "{m}");
    let k = m["reservation_id"].as_str().expect("a loan was booked");
    let k = app
        .call_as(
            Some(&bob),
            Method::GET,
            &format!("/api/v1/reservations/{k}"),
            None,
            200,
        )
        .await;
    assert_eq!(
        (
            k["borrower"].as_str(),
            k["state"].as_str(),
            k["resource_id"].as_str()
        ),
        (Some("bob"), Some("confirmed"), Some(resource)),
        "{k}"
    );
    let q = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/requests/{}", id(&q)),
            None,
            200,
        )
        .await;
    assert_eq!(q["state"], "met");
    // Accepted once: not twice.
    let r = app.post_as(&bob, &accept, json!({}), 409).await;
    assert_eq!(r["code"], "match_state");

    // Eve asks for an overlapping day: ada's acceptance meets the reservation in the way.
    let ask = format!("/api/v1/offers/{}/matches", id(&o));
    let m2 = app
        .post_as(
            &eve,
            &ask,
            json!({"starts_at": at(7), "ends_at": at(11)}),
            201,
        )
        .await;
    let r = app
        .post_as(
            &ada,
            &format!("/api/v1/offer-matches/{}/accept", id(&m2)),
            json!({}),
            409,
        )
        .await;
    assert_eq!(r["code"], "slot_taken", "{r}");
    assert!(
        r["detail"].as_str().unwrap().contains("next free slot"),
        "{r}"
    );
    // As a booking's 409: the reservation in the way and the next free slot, as long.
    assert_eq!(r["conflicting_reservation"], k["id"], "{r}");
    let next = &r["next_free_slot"];
    let ms = |v: &serde_json::Value| {
        v.as_str()
            .unwrap()
            .parse::<jiff::Timestamp>()
            .unwrap()
            .as_millisecond()
    };
    assert_eq!(
        ms(&next["ends_at"]) - ms(&next["starts_at"]),
        4 * 3_600_000,
        "{r}"
    );
    // Nothing written: the match is still proposed, the resource has one loan.
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM lending_offer_matches WHERE id = '{}' AND state = 'proposed'",
            id(&m2)
        ))
        .await,
        1
    );
    assert_eq!(super::holding(&app, resource).await, 1);
    // A direct booking of the same hours is refused the same way.
    let r = super::book(&app, &eve, resource, super::slot(6, 8, 1), 409).await;
    assert_eq!(r["code"], "slot_taken");
    // Eve withdraws her ask; the matches are listed for both sides.
    let r = app
        .post_as(
            &eve,
            &format!("/api/v1/offer-matches/{}/decline", id(&m2)),
            json!({}),
            200,
        )
        .await;
    assert_eq!(r["state"], "withdrawn");
    let mine = app
        .call_as(
            Some(&ada),
            Method::GET,
            "/api/v1/me/offer-matches",
            None,
            200,
        )
        .await;
    assert_eq!(mine.as_array().map(Vec::len), Some(2), "{mine}");
    let events = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/activity?object_type=offer",
            None,
            200,
        )
        .await;
    let kinds: Vec<&str> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["kind"].as_str())
        .collect();
    for k in [
        "offer.created",
        "offer.match_proposed",
        "offer.match_accepted",
        "offer.match_declined",
    ] {
        assert!(kinds.contains(&k), "{k} in {kinds:?}");
    }
}

#[tokio::test]
async fn a_rented_thing_records_its_fee_and_a_given_one_goes_once() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    // Rent: 5.00 a day; 25 hours are two days begun.
    let ladder = offer(
        &app,
        &ada,
        "rent",
        json!({"title": "Ladder", "fee_per_day": 500}),
    )
    .await;
    let m = app
        .post_as(
            &bob,
            &format!("/api/v1/offers/{}/matches", id(&ladder)),
            json!({"starts_at": at(3), "ends_at": at(28)}),
            201,
        )
        .await;
    assert_eq!(m["fee"], 1000, "{m}");
    assert_eq!(m["accepter"], "ada");
    let m = app
        .post_as(
            &ada,
            &format!("/api/v1/offer-matches/{}/accept", id(&m)),
            json!({}),
            200,
        )
        .await;
    assert!(m["reservation_id"].is_string(), "{m}");

    // Give: two asks, the first accepted; the offer is given, the second can no longer be.
    let seedlings = offer(
        &app,
        &ada,
        "give",
        json!({"kind": "material", "title": "Seedlings"}),
    )
    .await;
    assert!(seedlings["resource_id"].is_null());
    let ask = format!("/api/v1/offers/{}/matches", id(&seedlings));
    let by_bob = app
        .post_as(&bob, &ask, json!({"terms": "for the school"}), 201)
        .await;
    let by_eve = app.post_as(&eve, &ask, json!({}), 201).await;
    app.post_as(
        &ada,
        &format!("/api/v1/offer-matches/{}/accept", id(&by_bob)),
        json!({}),
        200,
    )
    .await;
    let r = app
        .post_as(
            &ada,
            &format!("/api/v1/offer-matches/{}/accept", id(&by_eve)),
            json!({}),
            409,
        )
        .await;
    assert_eq!(r["code"], "offer_closed", "{r}");
    let o = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/offers/{}", id(&seedlings)),
            None,
            200,
        )
        .await;
    assert_eq!(o["state"], "given");
    // Closed offers leave the list unless asked for.
    let open = app
        .call_as(None, Method::GET, "/api/v1/offers?mode=give", None, 200)
        .await;
    assert_eq!(open["items"].as_array().map(Vec::len), Some(0), "{open}");
    let all = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/offers?mode=give&all=true",
            None,
            200,
        )
        .await;
    assert_eq!(all["items"][0]["state"], "given", "{all}");
    let r = app.post_as(&eve, &ask, json!({}), 409).await;
    assert_eq!(r["code"], "offer_closed");

    // Barter: what is exchanged is recorded; the offer is bartered.
    let jam = offer(
        &app,
        &eve,
        "barter",
        json!({"kind": "material", "title": "Jam", "wanted": "a bike repair"}),
    )
    .await;
    let m = app
        .post_as(
            &bob,
            &format!("/api/v1/offers/{}/matches", id(&jam)),
            json!({}),
            201,
        )
        .await;
    assert_eq!(m["terms"], "a bike repair", "{m}");
    app.post_as(
        &eve,
        &format!("/api/v1/offer-matches/{}/accept", id(&m)),
        json!({}),
        200,
    )
    .await;
    let o = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/offers/{}", id(&jam)),
            None,
            200,
        )
        .await;
    assert_eq!(o["state"], "bartered");
    // Filters: by kind and by place.
    let tools = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/offers?kind=tool&place=roma",
            None,
            200,
        )
        .await;
    assert_eq!(tools["items"][0]["title"], "Ladder", "{tools}");
    let r = app
        .call_as(None, Method::GET, "/api/v1/offers?mode=sell", None, 422)
        .await;
    assert_eq!(r["code"], "invalid_offer_mode");
}

#[tokio::test]
async fn only_the_person_edits_and_closes_and_only_the_sides_decide() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let o = offer(&app, &ada, "share", json!({})).await;
    let path = format!("/api/v1/offers/{}", id(&o));
    let r = app
        .check_roles(
            &ApiCall::patch(&path, json!({"title": "Singer sewing machine"})),
            Some((&bob, 403)),
            (&ada, 200),
        )
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["title"], "Singer sewing machine");
    // Anyone signed in may offer, ask and request (anonymous 401).
    app.check_roles(
        &ApiCall::post(
            "/api/v1/offers",
            json!({"kind": "tool", "title": "Saw", "mode": "give"}),
        ),
        None,
        (&bob, 201),
    )
    .await;
    let q = app
        .check_roles(
            &ApiCall::post(
                "/api/v1/requests",
                json!({"kind": "tool", "title": "Drill"}),
            ),
            None,
            (&bob, 201),
        )
        .await;
    let q: Value = q.json().await.unwrap();
    let ask = format!("/api/v1/offers/{}/matches", id(&o));
    let m = app
        .check_roles(
            &ApiCall::post(&ask, json!({"starts_at": at(4), "ends_at": at(6)})),
            None,
            (&eve, 201),
        )
        .await;
    let m: Value = m.json().await.unwrap();
    // Bob is no side of eve's ask: he may neither accept nor decline it; ada declines.
    let decline = format!("/api/v1/offer-matches/{}/decline", id(&m));
    let r = app
        .check_roles(&ApiCall::act(&decline), Some((&bob, 403)), (&ada, 200))
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["state"], "declined");
    let r = app
        .post_as(
            &ada,
            &format!("/api/v1/offer-matches/{}/accept", id(&m)),
            json!({}),
            409,
        )
        .await;
    assert_eq!(r["code"], "match_state");
    // Eve may not ask in the name of bob's request.
    let r = app
        .post_as(
            &eve,
            &ask,
            json!({"request_id": id(&q), "starts_at": at(4), "ends_at": at(6)}),
            403,
        )
        .await;
    assert_eq!(r["code"], "forbidden");
    // Closing: the person only; then no more asks, and its resource is retired.
    let close_q = format!("/api/v1/requests/{}/close", id(&q));
    app.check_roles(&ApiCall::act(&close_q), Some((&eve, 403)), (&bob, 200))
        .await;
    let close = format!("{path}/close");
    let r = app
        .check_roles(&ApiCall::act(&close), Some((&bob, 403)), (&ada, 200))
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["state"], "closed");
    let r = app
        .post_as(
            &eve,
            &ask,
            json!({"starts_at": at(4), "ends_at": at(6)}),
            409,
        )
        .await;
    assert_eq!(r["code"], "offer_closed");
    let res = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{}", o["resource_id"].as_str().unwrap()),
            None,
            200,
        )
        .await;
    assert_eq!(res["retired"], true, "{res}");
    let r = app.post_as(&ada, &close, json!({}), 409).await;
    assert_eq!(r["code"], "offer_closed");
}

#[tokio::test]
async fn bad_offers_and_asks_are_refused_with_what_to_fix_and_nothing_written() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let before = app.journal_len().await;
    for (body, code) in [
        (
            json!({"kind": "tool", "title": "Saw", "mode": "sell"}),
            "invalid_offer_mode",
        ),
        (
            json!({"kind": "tool", "title": "Saw", "mode": "rent"}),
            "invalid_fee",
        ),
        (
            json!({"kind": "tool", "title": "Saw", "mode": "rent", "fee_per_day": 0}),
            "invalid_fee",
        ),
        (
            json!({"kind": "tool", "title": "Saw", "mode": "give", "fee_per_day": 100}),
            "invalid_fee",
        ),
        (
            json!({"kind": "tool", "title": "Saw", "mode": "barter"}),
            "missing_field",
        ),
        (
            json!({"kind": "boat", "title": "Saw", "mode": "give"}),
            "invalid_resource_kind",
        ),
        (
            json!({"kind": "tool", "title": " ", "mode": "share"}),
            "missing_field",
        ),
        (
            json!({"kind": "tool", "title": "x".repeat(121), "mode": "share"}),
            "too_long",
        ),
    ] {
        let r = app.post_as(&ada, "/api/v1/offers", body.clone(), 422).await;
        assert_eq!(r["code"], code, "{body}: {r}");
    }
    let r = app
        .post_as(
            &ada,
            "/api/v1/requests",
            json!({"kind": "tool", "title": "Drill", "needed_from": at(5), "needed_until": at(3)}),
            422,
        )
        .await;
    assert_eq!(r["code"], "empty_interval");
    let r = app
        .post_as(
            &ada,
            "/api/v1/requests",
            json!({"kind": "tool", "title": "Drill", "needed_from": "tomorrow"}),
            422,
        )
        .await;
    assert_eq!(r["code"], "invalid_time");
    assert_eq!(app.rows("lending_offers").await, 0);
    assert_eq!(app.rows("lending_requests").await, 0);
    assert_eq!(app.rows("lending_resources").await, 0);
    assert_eq!(app.journal_len().await, before);

    let o = offer(&app, &ada, "share", json!({})).await;
    let ask = format!("/api/v1/offers/{}/matches", id(&o));
    let before = app.journal_len().await;
    let r = app.post_as(&bob, &ask, json!({}), 422).await;
    assert_eq!(r["code"], "missing_field", "{r}");
    let r = app
        .post_as(
            &bob,
            &ask,
            json!({"starts_at": at(5), "ends_at": at(5)}),
            422,
        )
        .await;
    assert_eq!(r["code"], "empty_interval");
    let r = app
        .post_as(
            &ada,
            &ask,
            json!({"starts_at": at(5), "ends_at": at(6)}),
            422,
        )
        .await;
    assert_eq!(
        r["code"], "missing_field",
        "the person answers a request: {r}"
    );
    let mine = request(&app, &ada, "My own").await;
    let r = app
        .post_as(
            &ada,
            &format!("/api/v1/requests/{}/answers", id(&mine)),
            json!({"offer_id": id(&o), "starts_at": at(5), "ends_at": at(6)}),
            422,
        )
        .await;
    assert_eq!(r["code"], "own_offer");
    // A loan the resource's policy refuses (over 30 days) is refused at acceptance.
    let m = app
        .post_as(
            &bob,
            &ask,
            json!({"starts_at": at(5), "ends_at": at(5 + 31 * 24)}),
            201,
        )
        .await;
    let r = app
        .post_as(
            &ada,
            &format!("/api/v1/offer-matches/{}/accept", id(&m)),
            json!({}),
            422,
        )
        .await;
    assert_eq!(r["code"], "duration_outside_policy", "{r}");
    assert_eq!(app.rows("lending_reservations").await, 0);
    let r = app
        .call_as(
            Some(&ada),
            Method::PATCH,
            &format!("/api/v1/offers/{}", id(&o)),
            Some(json!({"fee_per_day": 300})),
            422,
        )
        .await;
    assert_eq!(r["code"], "invalid_fee");
    let r = app
        .post_as(&bob, "/api/v1/offer-matches/nope/accept", json!({}), 404)
        .await;
    assert_eq!(r["code"], "not_found");
    // One request and one proposal were written; the refusals added nothing.
    assert_eq!(app.journal_len().await, before + 2);
}

/// A `datetime-local` value `hours` ahead (UTC; a page reads it in the viewer's zone).
fn local_at(hours: i64) -> String {
    at(hours)[..16].to_string()
}

#[tokio::test]
async fn offers_are_listed_asked_for_and_accepted_through_forms() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let o = offer(&app, &ada, "share", json!({"title": "Sewing machine"})).await;
    let anon = app.browser();
    let catalogue = app.page(&anon, "/resources").await;
    assert!(
        catalogue.contains("href=\"/offers\""),
        "linked from the catalogue"
    );
    let list = app.page(&anon, "/offers").await;
    assert!(
        list.contains("Sewing machine") && list.contains("To share"),
        "{list}"
    );
    let list = app.page(&anon, "/offers?mode=give").await;
    assert!(!list.contains("Sewing machine"), "{list}");
    let r = anon.get(app.url("/offers/new")).send().await.unwrap();
    assert_eq!(r.status(), 401);

    let bobs = app.browser_of(&bob).await;
    let page = format!("/offers/{}", id(&o));
    let r = app
        .post_form(
            &bobs,
            &page,
            &format!("{page}/ask"),
            &[
                ("starts_at", &local_at(30)),
                ("ends_at", &local_at(33)),
                ("terms", "For my curtains"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("For my curtains") && html.contains("/decline"),
        "{html}"
    );
    // Bob may not close ada's offer through its form either.
    let r = app
        .post_form(&bobs, &page, &format!("{page}/close"), &[])
        .await;
    assert_eq!(r.status(), 403);
    // Ada accepts from the offer's page: the loan is booked.
    let adas = app.browser_of(&ada).await;
    let mine = app
        .call_as(
            Some(&ada),
            Method::GET,
            "/api/v1/me/offer-matches",
            None,
            200,
        )
        .await;
    let accept = format!("/offer-matches/{}/accept", id(&mine[0]));
    // Her matches are listed on the offers' page, with the button to accept.
    let list = app.page(&adas, "/offers").await;
    assert!(list.contains(&accept), "{list}");
    let list = app.page(&bobs, "/offers").await;
    assert!(
        list.contains("For my curtains") && !list.contains(&accept),
        "{list}"
    );
    let r = app.post_form(&adas, "/offers", &accept, &[]).await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("/reservations/"), "{html}");

    // A rent without a fee comes back with the form as entered and the refusal beside it.
    let r = app
        .post_form(
            &bobs,
            "/offers/new",
            "/offers",
            &[
                ("title", "Ladder"),
                ("kind", "tool"),
                ("mode", "rent"),
                ("fee_per_day", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("aria-invalid=\"true\"") && html.contains("value=\"Ladder\""),
        "{html}"
    );
    let r = app
        .post_form(
            &bobs,
            "/offers/new",
            "/offers",
            &[
                ("title", "Ladder"),
                ("kind", "tool"),
                ("mode", "rent"),
                ("fee_per_day", "4,50"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.url().path().starts_with("/offers/"));
    let html = r.text().await.unwrap();
    assert!(html.contains("4.50") || html.contains("4,50"), "{html}");

    // Bob asks for a drill; ada answers with her sewing machine from the request's page.
    let r = app
        .post_form(
            &bobs,
            "/requests/new",
            "/requests",
            &[("title", "A drill"), ("kind", "tool"), ("place", "Lagomar")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let request = r.url().path().to_string();
    assert!(request.starts_with("/requests/"), "{request}");
    let html = app.page(&adas, &request).await;
    assert!(html.contains(&format!("value=\"{}\"", id(&o))), "{html}");
    let r = app
        .post_form(
            &adas,
            &request,
            &format!("{request}/answer"),
            &[
                ("offer_id", id(&o)),
                ("starts_at", &local_at(40)),
                ("ends_at", &local_at(38)),
            ],
        )
        .await;
    assert_eq!(r.status(), 422, "a reversed interval");
    assert!(r.text().await.unwrap().contains("aria-invalid=\"true\""));
    let r = app
        .post_form(
            &adas,
            &request,
            &format!("{request}/answer"),
            &[
                ("offer_id", id(&o)),
                ("starts_at", &local_at(40)),
                ("ends_at", &local_at(42)),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = app.page(&bobs, &request).await;
    assert!(html.contains("/accept"), "bob decides: {html}");
}

#[tokio::test]
async fn the_demo_s_neighbours_share_rent_give_and_barter() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let all = app
        .call_as(None, Method::GET, "/api/v1/offers?all=true", None, 200)
        .await;
    let items = all["items"].as_array().unwrap();
    let find = |title: &str| -> &Value {
        items
            .iter()
            .find(|o| o["title"] == title)
            .unwrap_or_else(|| panic!("{title} in {all}"))
    };
    let sewing = find("Sewing machine");
    assert_eq!(
        (sewing["mode"].as_str(), sewing["person"].as_str()),
        (Some("share"), Some("dolores"))
    );
    assert_eq!(find("Extension ladder, 6 m")["fee_per_day"], 500);
    assert_eq!(find("Tomato and basil seedlings")["state"], "given");
    let jam = find("Apricot jam, six jars");
    assert_eq!(
        (jam["mode"].as_str(), jam["state"].as_str()),
        (Some("barter"), Some("open"))
    );
    // The match that became a loan: Emil's, on the sewing machine's resource.
    let rid = sewing["resource_id"].as_str().unwrap();
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM lending_reservations r JOIN lending_offer_matches m \
             ON m.reservation_id = r.id WHERE r.resource_id = '{rid}' AND r.state = 'confirmed'"
        ))
        .await,
        1
    );
    let requests = app
        .call_as(None, Method::GET, "/api/v1/requests?all=true", None, 200)
        .await;
    let states: Vec<&str> = requests["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["state"].as_str())
        .collect();
    assert!(
        states.contains(&"met") && states.contains(&"open"),
        "{requests}"
    );
    let page = app.page(&app.browser(), "/offers").await;
    assert!(
        page.contains("Sewing machine") && page.contains("Pressure washer"),
        "{page}"
    );
}

/// Editing a shared offer carries its title, description and place to the resource it
/// created (the catalogue and the calendar say what the offer says), in one journal
/// event; a refused edit changes neither.
#[tokio::test]
async fn editing_a_shared_offer_renames_its_resource_in_one_event() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let o = offer(&app, &ada, "share", json!({})).await;
    let resource = o["resource_id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/offers/{}", id(&o));
    let before = app.journal_len().await;
    let edit = json!({"title": "Singer sewing machine", "description": "Treadle, 1950s",
        "place": "Via Roma 14"});
    let r = app
        .check_roles(&ApiCall::patch(&path, edit), Some((&bob, 403)), (&ada, 200))
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["title"], "Singer sewing machine");
    assert_eq!(app.journal_len().await, before + 1, "journaled once");
    let r = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{resource}"),
            None,
            200,
        )
        .await;
    assert_eq!(
        (
            r["name"].as_str(),
            r["description"].as_str(),
            r["place"].as_str()
        ),
        (
            Some("Singer sewing machine"),
            Some("Treadle, 1950s"),
            Some("Via Roma 14")
        ),
        "{r}"
    );
    // A refused edit (an empty title) leaves the offer and its resource as they were.
    app.call_as(
        Some(&ada),
        Method::PATCH,
        &path,
        Some(json!({"title": " ", "place": "Elsewhere"})),
        422,
    )
    .await;
    let r = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{resource}"),
            None,
            200,
        )
        .await;
    assert_eq!(
        (r["name"].as_str(), r["place"].as_str()),
        (Some("Singer sewing machine"), Some("Via Roma 14"))
    );
    assert_eq!(app.journal_len().await, before + 1);
    // A given thing has no resource: its edit touches none.
    let g = offer(&app, &ada, "give", json!({"title": "Seedlings"})).await;
    let resources = app.rows("lending_resources").await;
    app.call_as(
        Some(&ada),
        Method::PATCH,
        &format!("/api/v1/offers/{}", id(&g)),
        Some(json!({"title": "Tomato seedlings"})),
        200,
    )
    .await;
    assert_eq!(app.rows("lending_resources").await, resources);
}

/// The ask form on an offer's page lists the asker's open requests; naming one ties the
/// match to it, and accepting it meets the request. Someone else's request is refused
/// beside the field, nothing written.
#[tokio::test]
async fn the_ask_form_names_one_of_the_askers_open_requests() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let o = offer(&app, &ada, "share", json!({})).await;
    let q = request(&app, &bob, "A sewing machine for curtains").await;
    let theirs = request(&app, &eve, "Eve's sewing machine request").await;
    let bobs = app.browser_of(&bob).await;
    let page = format!("/offers/{}", id(&o));
    let html = app.page(&bobs, &page).await;
    assert!(
        html.contains("name=\"request\"")
            && html.contains(&format!("value=\"{}\"", id(&q)))
            && !html.contains(id(&theirs)),
        "{html}"
    );
    // The offer's person gets no ask form, and so no list of requests.
    let adas = app.browser_of(&ada).await;
    assert!(!app.page(&adas, &page).await.contains("name=\"request\""));

    // Eve's request, named by Bob: 403 beside the field, no match written.
    let before = app.rows("lending_offer_matches").await;
    let r = app
        .post_form(
            &bobs,
            &page,
            &format!("{page}/ask"),
            &[
                ("starts_at", &local_at(30)),
                ("ends_at", &local_at(33)),
                ("terms", ""),
                ("request", id(&theirs)),
            ],
        )
        .await;
    assert_eq!(r.status(), 403);
    let html = r.text().await.unwrap();
    assert!(html.contains("aria-invalid=\"true\""), "{html}");
    assert_eq!(app.rows("lending_offer_matches").await, before);

    let r = app
        .post_form(
            &bobs,
            &page,
            &format!("{page}/ask"),
            &[
                ("starts_at", &local_at(30)),
                ("ends_at", &local_at(33)),
                ("terms", "For my curtains"),
                ("request", id(&q)),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let mine = app
        .call_as(
            Some(&ada),
            Method::GET,
            "/api/v1/me/offer-matches",
            None,
            200,
        )
        .await;
    let m = &mine[0];
    assert_eq!(m["request_id"], id(&q), "{m}");
    app.post_as(
        &ada,
        &format!("/api/v1/offer-matches/{}/accept", id(m)),
        json!({}),
        200,
    )
    .await;
    let v = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/requests/{}", id(&q)),
            None,
            200,
        )
        .await;
    assert_eq!(v["state"], "met", "{v}");
    // A met request is no longer offered on the form.
    let html = app.page(&bobs, &page).await;
    assert!(!html.contains(&format!("value=\"{}\"", id(&q))), "{html}");
}
