//! Incompatibility groups: an admin of the owner makes projects of one heading
//! incompatible before balloting, with a reason, journaled; the count funds at most one of
//! them and the money left funds another project; the results say which funded project
//! ruled a project out; the groups lock when balloting opens; anonymous, strangers and
//! members are refused; bad input is a clear 4xx with nothing written. The race of two
//! groups sharing a project is in `races.rs`.

use super::{heading, move_to, process, propose, results, vote};
use crate::support::{Person, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

/// A process with three headings in drafting; under Harbour (50 000): two playgrounds
/// for the same square (30 000 and 20 000) and shade trees (20 000), plus a project under
/// the Old town. Returns (id, harbour, old town, numbers of the Harbour projects, their ids,
/// the Old town project's id).
async fn playgrounds(
    app: &TestApp,
    ada: &Person,
) -> (String, String, String, Vec<String>, Vec<String>, String) {
    let p = process(app, ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    let old = heading(&p, "Old town");
    let mut numbers = Vec::new();
    for (title, cost) in [
        ("Playground on the quay square", "30000"),
        ("Skate park on the quay square", "20000"),
        ("Shade trees along the harbour", "20000"),
    ] {
        numbers.push(propose(app, ada, &id, &h, title, cost).await);
    }
    propose(app, ada, &id, &old, "Benches in the Old Town", "5000").await;
    let v = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let id_of = |number: &str| -> String {
        v["headings"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|h| h["projects"].as_array().unwrap().iter())
            .find(|p| p["number"] == number)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let ids: Vec<String> = numbers.iter().map(|n| id_of(n)).collect();
    let old_id = v["headings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == old.as_str())
        .unwrap()["projects"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    (id, h, old, numbers, ids, old_id)
}

async fn groups_of(app: &TestApp, id: &str) -> Value {
    app.call_as(
        None,
        Method::GET,
        &format!("/api/v1/budgets/{id}/groups"),
        None,
        200,
    )
    .await
}

fn project<'a>(r: &'a Value, number: &str) -> &'a Value {
    r["headings"][0]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["number"] == number)
        .unwrap_or_else(|| panic!("no project {number}: {r}"))
}

#[tokio::test]
async fn a_group_funds_at_most_one_and_the_money_left_funds_another() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    let dee = app.person("dee").await;
    let zed = app.person("zed").await;
    app.org("city")
        .admin(&ada)
        .member(&bob)
        .member(&cy)
        .member(&dee)
        .await;
    let (id, h, _, numbers, ids, _) = playgrounds(&app, &ada).await;
    let url = format!("/api/v1/budgets/{id}/groups");
    let body = json!({
        "heading": h,
        "name": "The quay square",
        "projects": [ids[0], ids[1]],
        "reason": "Both would take the whole quay square: the city can build one of them."
    });

    // Who may: not anonymous, not a stranger, not a member; an admin of the owner.
    let journal = app.journal_len().await;
    let r = app
        .program()
        .post(app.url(&url))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    for who in [&zed, &bob] {
        let r = app
            .call_as(Some(who), Method::POST, &url, Some(body.clone()), 403)
            .await;
        assert_eq!(r["code"], "forbidden", "{r}");
    }
    assert_eq!(app.rows("budget_groups").await, 0);
    assert_eq!(app.rows("budget_group_projects").await, 0);
    assert_eq!(app.journal_len().await, journal);
    let g = app.post_as(&ada, &url, body.clone(), 201).await;
    assert_eq!(g["name"], "The quay square");
    assert_eq!(g["heading"], "Harbour");
    assert_eq!(g["by"], "@ada");
    let listed: Vec<&str> = g["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["number"].as_str().unwrap())
        .collect();
    assert_eq!(listed, [numbers[0].as_str(), numbers[1].as_str()]);
    let all = groups_of(&app, &id).await;
    assert_eq!(all.as_array().unwrap().len(), 1);
    assert_eq!(all[0]["id"], g["id"]);
    assert_eq!(app.journal_len().await, journal + 1);
    let made = app
        .count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.group_made'".into())
        .await;
    assert_eq!(made, 1);

    // Removed and made again, before balloting.
    let gid = g["id"].as_str().unwrap();
    app.call_as(
        Some(&bob),
        Method::DELETE,
        &format!("{url}/{gid}"),
        None,
        403,
    )
    .await;
    let r = app
        .program()
        .delete(app.url(&format!("{url}/{gid}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let r = app
        .program()
        .delete(app.url(&format!("{url}/{gid}")))
        .bearer_auth(&ada.token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    assert_eq!(groups_of(&app, &id).await, json!([]));
    assert_eq!(app.rows("budget_group_projects").await, 0);
    let removed = app
        .count("SELECT COUNT(*) AS n FROM journal WHERE kind = 'budget.group_removed'".into())
        .await;
    assert_eq!(removed, 1);
    let g = app.post_as(&ada, &url, body.clone(), 201).await;
    let gid = g["id"].as_str().unwrap().to_string();

    // Balloting locks the groups.
    move_to(&app, &ada, &id, "balloting", 200).await;
    let mut later = body.clone();
    later["projects"] = json!([ids[1], ids[2]]);
    let r = app
        .call_as(Some(&ada), Method::POST, &url, Some(later), 409)
        .await;
    assert_eq!(r["code"], "rules_locked", "{r}");
    let r = app
        .call_as(
            Some(&ada),
            Method::DELETE,
            &format!("{url}/{gid}"),
            None,
            409,
        )
        .await;
    assert_eq!(r["code"], "rules_locked", "{r}");

    // Three voters want both playgrounds; two want the trees. Greedy funds the
    // playground (30 000); the skate park is ruled out by it, and the 20 000 left fund the
    // trees instead.
    let (p1, p2, p3) = (
        numbers[0].as_str(),
        numbers[1].as_str(),
        numbers[2].as_str(),
    );
    vote(&app, &bob, &id, &h, &[p1, p2], 200).await;
    vote(&app, &cy, &id, &h, &[p1, p2, p3], 200).await;
    vote(&app, &dee, &id, &h, &[p1, p2], 200).await;
    vote(&app, &ada, &id, &h, &[p3], 200).await;
    move_to(&app, &ada, &id, "results", 200).await;
    let (status, r) = results(&app, &id, &format!("rule=greedy&heading={h}")).await;
    assert_eq!(status, 200, "{r}");
    assert_eq!(r["selected"], json!([p1, p3]), "{r}");
    assert_eq!(project(&r, p2)["selected"], false);
    assert_eq!(project(&r, p2)["incompatible_with"], p1, "{r}");
    assert!(project(&r, p3).get("incompatible_with").is_none(), "{r}");
    let steps = r["explanation"][0]["steps"].as_array().unwrap();
    let skipped = steps.iter().find(|s| s["project"] == p2).unwrap();
    assert_eq!(skipped["incompatible_with"], p1);
    // Every rule funds at most one of the two.
    for rule in [
        "",
        "rule=mes_cost",
        "rule=phragmen",
        "rule=greedy_cardinality",
    ] {
        let (status, r) = results(&app, &id, &format!("{rule}&heading={h}")).await;
        assert_eq!(status, 200, "{rule}: {r}");
        let sel: Vec<&str> = r["selected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert!(!(sel.contains(&p1) && sel.contains(&p2)), "{rule}: {sel:?}");
    }
    // The page says why the skate park lost.
    let html = app
        .page(
            &app.browser(),
            &format!("/budgets/{id}/results?heading={h}&rule=greedy"),
        )
        .await;
    assert!(
        html.contains("Not funded: incompatible with project"),
        "{html}"
    );
    // The process page lists the group, without the form once balloting opened.
    let html = app.page(&app.browser(), &format!("/budgets/{id}")).await;
    assert!(html.contains("Incompatible: The quay square"), "{html}");
    let admin = app.browser_of(&ada).await;
    let html = app.page(&admin, &format!("/budgets/{id}")).await;
    assert!(!html.contains("Make a group of incompatible projects"));

    // Groups are not carried by the `.pb` file.
    let r = app
        .program()
        .get(app.url(&format!("/api/v1/budgets/{id}/export.pb?heading={h}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let pb = r.text().await.unwrap();
    assert!(
        pb.contains("PROJECTS") && !pb.to_lowercase().contains("group"),
        "{pb}"
    );
}

#[tokio::test]
async fn bad_groups_are_refused_with_nothing_written() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let (id, h, _, numbers, ids, old_id) = playgrounds(&app, &ada).await;
    let url = format!("/api/v1/budgets/{id}/groups");
    // The trees are taken off the ballot.
    app.post_as(
        &ada,
        &format!("/api/v1/budgets/{id}/projects/{}/review", ids[2]),
        json!({"decision": "reject", "reason": "The port authority plants them already."}),
        200,
    )
    .await;
    let group = |projects: Value| {
        json!({"heading": h, "name": "The quay square", "projects": projects,
               "reason": "Both would take the whole quay square."})
    };
    let journal = app.journal_len().await;
    for (body, status, code) in [
        (group(json!([ids[0]])), 422, "invalid_group"),
        (group(json!([ids[0], ids[0]])), 422, "invalid_group"),
        (group(json!([])), 422, "invalid_group"),
        (group(json!([ids[0], old_id])), 422, "invalid_group"),
        (
            group(json!([ids[0], "no-such-project"])),
            422,
            "unknown_project",
        ),
        (group(json!([ids[0], ids[2]])), 409, "not_on_ballot"),
        (
            json!({"heading": h, "name": " ", "projects": [ids[0], ids[1]], "reason": "x"}),
            422,
            "missing_field",
        ),
        (
            json!({"heading": h, "name": "n", "projects": [ids[0], ids[1]], "reason": ""}),
            422,
            "missing_field",
        ),
        (
            json!({"heading": "nowhere", "name": "n", "projects": [ids[0], ids[1]], "reason": "r"}),
            404,
            "not_found",
        ),
    ] {
        let r = app
            .call_as(Some(&ada), Method::POST, &url, Some(body.clone()), status)
            .await;
        assert_eq!(r["code"], code, "{body}: {r}");
        assert!(!r["detail"].as_str().unwrap_or("").is_empty(), "{r}");
    }
    assert_eq!(app.rows("budget_groups").await, 0);
    assert_eq!(app.rows("budget_group_projects").await, 0);
    assert_eq!(app.journal_len().await, journal);
    // A project in one group already.
    app.post_as(&ada, &url, group(json!([ids[0], ids[1]])), 201)
        .await;
    let p = propose(&app, &ada, &id, &h, "A third use of the square", "1000").await;
    let v = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    let third = v["headings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|x| x["projects"].as_array().unwrap().iter())
        .find(|x| x["number"] == p.as_str())
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = app
        .call_as(
            Some(&ada),
            Method::POST,
            &url,
            Some(group(json!([third, ids[1]]))),
            409,
        )
        .await;
    assert_eq!(r["code"], "project_in_group");
    assert!(
        r["detail"].as_str().unwrap().contains(&numbers[1]),
        "names the project: {r}"
    );
    assert_eq!(app.rows("budget_groups").await, 1);
    assert_eq!(app.rows("budget_group_projects").await, 2);
    let r = app
        .call_as(
            Some(&ada),
            Method::DELETE,
            &format!("{url}/no-such-group"),
            None,
            404,
        )
        .await;
    assert_eq!(r["code"], "not_found");
}

/// The form on the process page: admins tick projects; refused, the page comes back with
/// what was entered and the refusal beside the projects, in the signed-in layout.
#[tokio::test]
async fn an_admin_makes_a_group_by_ticking_projects() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    let (id, h, _, _, ids, _) = playgrounds(&app, &ada).await;
    let page = format!("/budgets/{id}");
    let member = app.browser_of(&bob).await;
    let html = app.page(&member, &page).await;
    assert!(!html.contains("Make a group of incompatible projects"));
    let admin = app.browser_of(&ada).await;
    let html = app.page(&admin, &page).await;
    assert!(
        html.contains("Make a group of incompatible projects"),
        "{html}"
    );
    assert!(html.contains(&format!("name=\"group-project-{}\"", ids[0])));

    // One project ticked: refused, refilled.
    let tick0 = format!("group-project-{}", ids[0]);
    let r = app
        .post_form(
            &admin,
            &page,
            &format!("/budgets/{id}/groups"),
            &[
                ("group-heading", h.as_str()),
                ("group-name", "The quay square"),
                ("group-reason", "Both would take the whole square."),
                (tick0.as_str(), "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("at least two different projects"), "{html}");
    assert!(html.contains("value=\"The quay square\""), "{html}");
    assert!(html.contains("Both would take the whole square.</textarea>"));
    assert!(
        html.contains(&format!("name=\"{tick0}\" value=\"1\" checked")),
        "{html}"
    );
    assert!(html.contains("/signout"), "signed-in layout");
    assert_eq!(app.rows("budget_groups").await, 0);

    // A member's post is refused.
    let tick1 = format!("group-project-{}", ids[1]);
    let fields = [
        ("group-heading", h.as_str()),
        ("group-name", "The quay square"),
        ("group-reason", "Both would take the whole square."),
        (tick0.as_str(), "1"),
        (tick1.as_str(), "1"),
    ];
    let r = app
        .post_form(&member, &page, &format!("/budgets/{id}/groups"), &fields)
        .await;
    assert_eq!(r.status(), 403);
    assert_eq!(app.rows("budget_groups").await, 0);
    let r = app
        .post_form(&admin, &page, &format!("/budgets/{id}/groups"), &fields)
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("Incompatible: The quay square"), "{html}");
    assert_eq!(app.rows("budget_group_projects").await, 2);
    let g = groups_of(&app, &id).await;
    let gid = g[0]["id"].as_str().unwrap();
    let r = app
        .post_form(
            &admin,
            &page,
            &format!("/budgets/{id}/groups/{gid}/remove"),
            &[],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.rows("budget_groups").await, 0);
}
