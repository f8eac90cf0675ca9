//! Problem details in the request's language: the `detail` of a problem+json answer and
//! the message of an error page are said in the visitor's language (the `cf_lang` cookie,
//! then `Accept-Language`, then the instance's default), while the `code` and the shape of
//! the answer stay what programs match on. Also for the answers of the layers around the
//! routes (the guard's refusals, timeouts, an unknown method).
//!
//! No test checks that an error is never built from an English sentence: it cannot be.
//! `AppError`'s constructors take a `Detail`, which is made only from a catalogue key
//! (`detail!` checks its shape at compile time), and the catalogue check in `languages.rs`
//! fails on a key English does not have.

use crate::support::{TestApp, expect_page_error, expect_problem};
use commonfare::error::Detail;
use commonfare::i18n::Lang;
use reqwest::{Client, RequestBuilder, Response};
use serde_json::json;

/// The problem answered to `request` with `Accept-Language: accept`: its `detail`, after
/// checking its status, code and shape.
async fn detail(request: RequestBuilder, accept: &str, status: u16, code: &str) -> String {
    let r = request
        .header("accept-language", accept)
        .send()
        .await
        .unwrap();
    let language = r
        .headers()
        .get("content-language")
        .map(|v| v.to_str().unwrap().to_string());
    let v = expect_problem(r, status, code).await;
    let mut keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        ["code", "detail", "status", "title", "type"],
        "the shape of a problem stays: {v}"
    );
    let expected = commonfare::i18n::negotiate(None, Some(accept), Lang::En);
    assert_eq!(language.as_deref(), Some(expected.code()), "{v}");
    v["detail"].as_str().unwrap().to_string()
}

fn sign_up(app: &TestApp, c: &Client, handle: &str) -> RequestBuilder {
    c.post(app.url("/api/v1/people")).json(
        &json!({"handle": handle, "display_name": "Ada", "password": "correct horse battery"}),
    )
}

#[tokio::test]
async fn api_problems_speak_the_request_language_and_keep_their_codes() {
    let app = TestApp::spawn().await;
    let c = app.program();

    // A handle that breaks the rule, at sign-up.
    let en = detail(
        sign_up(&app, &c, "ada lovelace"),
        "en",
        422,
        "invalid_handle",
    )
    .await;
    assert!(
        en.starts_with("handle \"ada lovelace\" may only contain") && en.contains("no spaces"),
        "{en}"
    );
    let fr = detail(
        sign_up(&app, &c, "ada lovelace"),
        "fr-CH, en;q=0.5",
        422,
        "invalid_handle",
    )
    .await;
    assert_eq!(
        fr,
        "L'identifiant « ada lovelace » ne peut contenir que des lettres minuscules a-z, des \
         chiffres, « - » et « _ » (sans espace)"
    );
    let es = detail(sign_up(&app, &c, "9ada"), "es", 422, "invalid_handle").await;
    assert_eq!(es, "El identificador «9ada» debe empezar por una letra");

    // Nothing there.
    let get = |path: &str| c.get(app.url(path));
    let en = detail(get("/api/v1/people/nobody"), "en", 404, "not_found").await;
    assert_eq!(en, "person @nobody does not exist");
    let fr = detail(get("/api/v1/people/nobody"), "fr", 404, "not_found").await;
    assert_eq!(fr, "La personne @nobody n'existe pas");
    let it = detail(get("/api/v1/no/such/thing"), "it", 404, "not_found").await;
    assert_eq!(it, "L'indirizzo /api/v1/no/such/thing non esiste");

    // Malformed JSON, and JSON of the wrong shape: serde's own words stay inside the
    // translated sentence.
    let broken = || {
        c.post(app.url("/api/v1/people"))
            .header("content-type", "application/json")
            .body("{\"handle\": ")
    };
    let fr = detail(broken(), "fr", 400, "malformed_json").await;
    assert!(
        fr.starts_with("Le corps n'est pas du JSON valide : "),
        "{fr}"
    );
    let en = detail(broken(), "en", 400, "malformed_json").await;
    assert!(fr.ends_with(&en), "serde's text is kept: {fr} / {en}");
    let wrong = || {
        c.post(app.url("/api/v1/people"))
            .json(&json!({"handle": 5, "display_name": "Ada", "password": "correct horse battery"}))
    };
    let fr = detail(wrong(), "fr", 422, "invalid_fields").await;
    assert!(
        fr.starts_with("Un champ du JSON manque, est inconnu ou n'a pas le bon type : ")
            && fr.contains("handle"),
        "{fr}"
    );
    let es = detail(wrong(), "es", 422, "invalid_fields").await;
    assert!(es.starts_with("Un campo del JSON falta"), "{es}");

    // Forbidden: only an organization's admins may change it.
    let ada = app.api_user("ada").await;
    let bob = app.api_user("bob").await;
    let r = c
        .post(app.url("/api/v1/orgs"))
        .bearer_auth(&ada)
        .json(&json!({"handle": "bakery", "name": "Bakery", "kind": "cooperative"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let update = || {
        c.put(app.url("/api/v1/orgs/bakery"))
            .bearer_auth(&bob)
            .json(&json!({"name": "Mine now", "kind": "cooperative"}))
    };
    let en = detail(update(), "en", 403, "forbidden").await;
    assert_eq!(en, "only admins of @bakery may do this");
    let fr = detail(update(), "fr", 403, "forbidden").await;
    assert_eq!(
        fr,
        "Seuls les administrateurs de @bakery peuvent faire cela"
    );
    let it = detail(update(), "it", 403, "forbidden").await;
    assert_eq!(it, "Solo gli amministratori di @bakery possono farlo");

    // No API token: the message says what to send, in the language asked.
    let it = detail(c.get(app.url("/api/v1/me")), "it", 401, "unauthorized").await;
    assert!(
        it.starts_with("Questa chiamata richiede un token API"),
        "{it}"
    );
}

/// The visitor's choice outranks their browser's, on the API too; a language the pages are
/// not written in falls back to the instance's default; answers that are not problems do
/// not claim a language.
#[tokio::test]
async fn the_chosen_language_outranks_the_browser_s_and_only_problems_declare_one() {
    let app = TestApp::spawn_with(|c| c.default_language = "es".into()).await;
    let c = app.program();
    let r = c
        .get(app.url("/api/v1/people/nobody"))
        .header("cookie", "cf_lang=it")
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-language"], "it");
    let v = expect_problem(r, 404, "not_found").await;
    assert_eq!(v["detail"], "La persona @nobody non esiste");
    let r = c
        .get(app.url("/api/v1/people/nobody"))
        .header("accept-language", "de")
        .send()
        .await
        .unwrap();
    let v = expect_problem(r, 404, "not_found").await;
    assert_eq!(v["detail"], "La persona @nobody no existe");

    app.api_user("ada").await;
    let r = c
        .get(app.url("/api/v1/people/ada"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers().get("content-language").is_none());
}

/// The layers around the routes answer in the request's language too: the guard (which
/// runs before the language is chosen, so finds it from the headers), a timeout, and an
/// address that does not take the method.
#[tokio::test]
async fn the_guard_a_timeout_and_a_wrong_method_speak_the_language() {
    use commonfare::web::guard::MAX_URI_BYTES;
    let app = TestApp::spawn_with(|c| c.request_timeout_secs = 1).await;
    let c = app.program();
    let long = format!("/api/v1/people?q={}", "a".repeat(MAX_URI_BYTES));
    let fr = detail(c.get(app.url(&long)), "fr", 414, "uri_too_long").await;
    // Counts are grouped the language's way (`8 192`).
    let plain = fr.replace(['\u{a0}', '\u{202f}'], "");
    assert!(
        fr.starts_with("L'adresse fait ") && plain.contains("ce serveur en accepte au plus 8192"),
        "{fr}"
    );
    let page = format!("/people?q={}", "a".repeat(MAX_URI_BYTES));
    let r = c
        .get(app.url(&page))
        .header("cookie", "cf_lang=es")
        .send()
        .await
        .unwrap();
    expect_page_error(r, 414, "este servidor admite como máximo 8192").await;

    let it = detail(
        c.delete(app.url("/api/v1/people")),
        "it",
        405,
        "method_not_allowed",
    )
    .await;
    assert_eq!(
        it,
        "L'indirizzo /api/v1/people non risponde al metodo DELETE; consulta /api/openapi.json \
         per sapere cosa accetta"
    );
    let r = c
        .delete(app.url("/commons"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    expect_page_error(r, 405, "ne répond pas à la méthode DELETE").await;

    let answer = crate::guard::raw(
        &app,
        "POST /api/v1/people HTTP/1.1\r\nHost: x\r\nAccept-Language: es\r\n\
         Content-Type: application/json\r\nContent-Length: 10\r\n\r\n{\"",
        std::time::Duration::from_secs(8),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"code\":\"request_timeout\""), "{answer}");
    assert!(
        answer.contains("La petición ha tardado más de 1 s: vuelve a enviarla"),
        "{answer}"
    );
}

/// A form that breaks a rule answers with an error page in the visitor's language.
#[tokio::test]
async fn an_italian_error_page_for_a_bad_form() {
    let app = TestApp::spawn().await;
    let b = app.browser();
    b.get(app.url("/language?lang=it&back=/signup"))
        .send()
        .await
        .unwrap();
    let sign_up = |handle: &'static str| {
        let (app, b) = (&app, &b);
        async move {
            app.post_form(
                b,
                "/signup",
                "/signup",
                &[
                    ("handle", handle),
                    ("display_name", "Bob"),
                    ("password", "correct horse battery"),
                ],
            )
            .await
        }
    };
    let r: Response = sign_up("bob smith").await;
    assert_eq!(r.headers()["content-language"], "it");
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"<html lang="it">"#), "{html}");
    assert!(
        html.contains("Il nome utente «bob smith» può contenere solo lettere minuscole a-z"),
        "{html}"
    );
    assert!(
        html.contains(r#"aria-describedby="error-handle""#),
        "the form comes back with the words beside the handle: {html}"
    );
    let r = sign_up("new").await;
    expect_page_error(
        r,
        422,
        "Il nome utente «new» è riservato a una pagina; scegline un altro",
    )
    .await;
    // A forged form.
    let r = b
        .post(app.url("/signup"))
        .form(&[
            ("csrf", "0".repeat(64).as_str()),
            ("handle", "carla"),
            ("display_name", "Carla"),
            ("password", "correct horse battery"),
        ])
        .send()
        .await
        .unwrap();
    expect_page_error(
        r,
        403,
        "Questo modulo è scaduto o non è stato inviato da questo sito",
    )
    .await;
}

/// Messages choose their plural forms by their numbers, in each language's rules (French
/// counts 0 and 1 as singular), and nest a message inside another in the same language.
#[test]
fn details_take_plurals_and_nest_in_each_language() {
    let wait = |n: i64| Detail::new("problem-too-many-attempts").arg("minutes", n);
    assert_eq!(
        wait(1).render(Lang::En),
        "too many failed sign-ins: try again in 1 minute"
    );
    assert_eq!(
        wait(5).render(Lang::En),
        "too many failed sign-ins: try again in 5 minutes"
    );
    assert!(wait(1).render(Lang::Fr).ends_with("dans 1 minute"));
    assert!(wait(2).render(Lang::Fr).ends_with("dans 2 minutes"));
    assert!(wait(1).render(Lang::It).ends_with("tra 1 minuto"));
    assert!(wait(3).render(Lang::It).ends_with("tra 3 minuti"));
    assert!(wait(1).render(Lang::Es).ends_with("dentro de 1 minuto"));
    assert!(wait(4).render(Lang::Es).ends_with("dentro de 4 minutos"));

    let members_only = Detail::new("problem-members-only")
        .arg("org", "bakery")
        .arg("why", Detail::new("problem-why-home-org"));
    assert_eq!(
        members_only.render(Lang::En),
        "only members of @bakery may make it the home of a commons"
    );
    assert_eq!(
        members_only.render(Lang::Es),
        "Solo los miembros de @bakery pueden convertirla en la organización de referencia de \
         un bien común"
    );
    // Logs and `Display` are in English.
    assert_eq!(members_only.to_string(), members_only.render(Lang::En));
}

/// A problem key is `problem-` and lowercase words: anything else, a sentence above all,
/// is refused when the detail is made.
#[test]
#[should_panic(expected = "not a sentence")]
fn a_sentence_is_not_a_detail() {
    let sentence: &'static str = Box::leak(String::from("the handle is wrong").into_boxed_str());
    let _ = Detail::new(sentence);
}

/// A refused move names the contribution's state in words, with its article: "an accepted
/// contribution cannot be rejected", never "a accepted" nor a raw `changes_requested`.
#[tokio::test]
async fn a_refused_move_names_the_state_in_words() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let rye = app.commons("rye").maintained_by(&ada).await;
    let k = app
        .change(&rye)
        .by(&bob)
        .add("a.md", "a")
        .accepted_by(&ada)
        .await;
    let reject = app
        .program()
        .post(app.url(&k.api("/reject")))
        .bearer_auth(&ada.token);
    let words = detail(reject, "en", 409, "illegal_transition").await;
    assert!(
        words.starts_with("an accepted contribution cannot be rejected"),
        "{words}"
    );
    let k = app.change(&rye).by(&bob).add("b.md", "b").await;
    app.post_as(
        &ada,
        &k.api("/request-changes"),
        json!({"comment": "Why?"}),
        200,
    )
    .await;
    let request = app
        .program()
        .post(app.url(&k.api("/request-changes")))
        .bearer_auth(&ada.token);
    let words = detail(request, "en", 409, "illegal_transition").await;
    assert!(
        words.starts_with("a contribution waiting for changes"),
        "{words}"
    );
    assert!(!words.contains("changes_requested"), "{words}");
}
