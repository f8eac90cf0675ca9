//! Who may do what with budgets: each mutating call tried anonymously (401), by a
//! stranger (403) and by the rightful role; refusals journal nothing.

use super::{SMALL, import};
use crate::support::TestApp;

#[tokio::test]
async fn only_an_admin_of_the_owner_imports() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).await;
    let before = app.journal_len().await;
    let (status, v) = import(&app, None, "city", SMALL).await;
    assert_eq!((status, v["code"].as_str()), (401, Some("unauthorized")));
    for who in [&bob, &eve] {
        let (status, v) = import(&app, Some(who), "city", SMALL).await;
        assert_eq!(
            (status, v["code"].as_str()),
            (403, Some("forbidden")),
            "{who:?}"
        );
        // A stranger's malformed file is refused for who they are, not for the file.
        let (status, _) = import(&app, Some(who), "city", "nonsense").await;
        assert_eq!(status, 403);
    }
    assert_eq!(app.journal_len().await, before, "refusals journal nothing");
    let (status, _) = import(&app, Some(&ada), "city", SMALL).await;
    assert_eq!(status, 201);
}
