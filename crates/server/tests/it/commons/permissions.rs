//! Who may change a commons: every mutating call tried by an anonymous client, a
//! signed-in stranger and the rightful role (the shared check in `support::roles`).
//! Anyone signed in may create, propose, record work and fork; maintainers review, revert,
//! add and remove maintainers, and delete; an author updates and withdraws their own; a
//! fork's maintainers offer it back.

use crate::support::{ApiCall, TestApp, expect_problem};
use serde_json::json;

#[tokio::test]
async fn api() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let bakers = app
        .org("bakers")
        .kind("for_benefit")
        .admin(&ada)
        .member(&bob)
        .await;
    let bread = app
        .commons("bread")
        .maintained_by(&ada)
        .kind("software")
        .home(&bakers)
        .file("a.md", "a")
        .await;

    // Open to anyone signed in: no stranger.
    let open = [
        ApiCall::post(
            "/api/v1/commons",
            json!({"handle": "cakes", "name": "Cakes", "kind": "knowledge", "licence": "MIT"}),
        ),
        ApiCall::post(
            bread.api("/changes"),
            json!({"message": "m", "files": [{"path": "b.md", "op": "add", "content": "b"}]}),
        ),
        ApiCall::post(
            bread.api("/work"),
            json!({"minutes": 5, "description": "d"}),
        ),
    ];
    for call in &open {
        app.check_roles(call, None, (&bob, 201)).await;
    }
    // Contribution 2 is bob's change, 3 his work record. Eve is neither a maintainer nor
    // the author; bob, the author, may not decide on his own proposal either.
    let k = |n: i64, rest: &str| format!("/api/v1/commons/bread/contributions/{n}{rest}");
    for (rest, n) in [("/request-changes", 2), ("/reject", 3)] {
        let call = ApiCall::post(k(n, rest), json!({"comment": "why"}));
        expect_problem(
            app.program()
                .post(app.url(&call.path))
                .bearer_auth(&bob.token)
                .json(&json!({}))
                .send()
                .await
                .unwrap(),
            403,
            "not_allowed",
        )
        .await;
        app.check_roles(&call, Some((&eve, 403)), (&ada, 200)).await;
    }
    let update = ApiCall::put(
        k(2, ""),
        json!({"message": "m2", "files": [{"path": "b.md", "op": "add", "content": "b2"}]}),
    );
    app.check_roles(&update, Some((&eve, 403)), (&bob, 200))
        .await;
    let accept = ApiCall::post(k(2, "/accept"), json!({}));
    app.check_roles(&accept, Some((&eve, 403)), (&ada, 200))
        .await;
    let fourth = app.change(&bread).by(&bob).delete("a.md").await;
    let withdraw = ApiCall::post(fourth.api("/withdraw"), json!({}));
    app.check_roles(&withdraw, Some((&eve, 403)), (&bob, 200))
        .await;

    let revert = ApiCall::act(bread.api("/revisions/3/revert"));
    app.check_roles(&revert, Some((&eve, 403)), (&ada, 201))
        .await;
    let add = ApiCall::post(bread.api("/maintainers"), json!({"handle": "bob"}));
    app.check_roles(&add, Some((&eve, 403)), (&ada, 200)).await;
    let remove = ApiCall::delete(bread.api("/maintainers/bob"));
    app.check_roles(&remove, Some((&eve, 403)), (&ada, 200))
        .await;

    // Forking is open; offering back is for the fork's maintainers.
    let fork = ApiCall::post(bread.api("/forks"), json!({"handle": "bread-eve"}));
    app.check_roles(&fork, None, (&eve, 201)).await;
    let forked = crate::support::Commons {
        handle: "bread-eve".into(),
    };
    app.change(&forked)
        .by(&eve)
        .add("d.md", "d")
        .accepted_by(&eve)
        .await;
    let offer = ApiCall::post(forked.api("/offer"), json!({"message": "back home"}));
    app.check_roles(&offer, Some((&bob, 403)), (&eve, 201))
        .await;

    let delete = ApiCall::delete(bread.api(""));
    app.check_roles(&delete, Some((&eve, 403)), (&ada, 200))
        .await;
}
