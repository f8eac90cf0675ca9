//! Who may write in the ledger, through the shared check of `support/roles.rs`: opening
//! a treasury is for an admin of the organization; every other write is for a steward.
//! Anonymous callers get 401, a stranger and a member of the organization who is not a
//! steward 403, and no refusal journals anything.

use super::{donate, world};
use crate::support::{ApiCall, Person, TestApp};
use serde_json::{Value, json};

/// The stranger through the shared check, then the member (403, nothing journaled),
/// then the steward.
async fn check(
    app: &TestApp,
    call: ApiCall,
    stranger: &Person,
    member: &Person,
    steward: (&Person, u16),
) {
    let before = app.journal_len().await;
    let body = call.body.clone().unwrap_or(Value::Null);
    app.call_as(
        Some(member),
        call.method.clone(),
        &call.path,
        Some(body),
        403,
    )
    .await;
    assert_eq!(
        app.journal_len().await,
        before,
        "the member's refusal journals nothing"
    );
    app.check_roles(&call, Some((stranger, 403)), steward).await;
}

#[tokio::test]
async fn every_write_of_the_ledger_is_for_its_stewards() {
    let app = TestApp::spawn().await;
    let w = world(&app, "roles").await;
    // Opening a treasury: a second organization's admin, member and a stranger.
    let founder = app.person("founder").await;
    let joiner = app.person("joiner").await;
    app.org("second").admin(&founder).member(&joiner).await;
    let open = ApiCall::post(
        "/api/v1/treasuries",
        json!({"owner": "organization", "handle": "second"}),
    );
    check(&app, open, &w.stranger, &joiner, (&founder, 201)).await;

    let s = (&w.admin, 201);
    let account = json!({"name": "till", "kind": "asset", "unit": "EUR"});
    check(
        &app,
        ApiCall::post(w.api("/accounts"), account),
        &w.stranger,
        &w.member,
        s,
    )
    .await;
    let income = json!({"category": "grant", "amount": "50", "unit": "EUR", "into": "bank", "from": "donors"});
    check(
        &app,
        ApiCall::post(w.api("/income"), income),
        &w.stranger,
        &w.member,
        s,
    )
    .await;
    let spend = json!({"amount": "5", "unit": "EUR", "from": "bank", "to": "supplier"});
    check(
        &app,
        ApiCall::post(w.api("/spending"), spend),
        &w.stranger,
        &w.member,
        s,
    )
    .await;
    let transfer = json!({"legs": [{"account": "bank", "amount": "-5", "unit": "EUR"},
                                   {"account": "till", "amount": "5", "unit": "EUR"}]});
    check(
        &app,
        ApiCall::post(w.api("/transactions"), transfer),
        &w.stranger,
        &w.member,
        s,
    )
    .await;
    donate(&app, &w, "cash", "3").await;
    check(
        &app,
        ApiCall::post(w.api("/transactions/4/reverse"), json!({})),
        &w.stranger,
        &w.member,
        s,
    )
    .await;
}
