//! Cross-site requests: a form posted from another web page (or with a missing,
//! stale or borrowed token) starts, chooses, retries and deletes nothing. Every
//! state-changing route is tried with every kind of forgery; each is a 403 with
//! the themed page, and the same form from the server's own page still works.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use crate::common;

use common::*;

/// A forged or broken POST: what the attacker's request looks like.
#[derive(Debug, Clone, Copy)]
enum Forgery {
    /// The form copied exactly (token and cookie included), but sent from another site.
    ForeignOrigin,
    /// Another site's page, said only by `Referer` (a browser that sent no `Origin`).
    ForeignReferer,
    /// `Origin: null` (sandboxed frames, `file:` pages, some redirects).
    NullOrigin,
    /// Neither `Origin` nor `Referer`.
    NoOrigin,
    /// Right origin and cookie, no token.
    NoToken,
    /// Right origin and cookie, the token of another form on the same page.
    OtherFormsToken,
    /// Right origin and token, but the cookie of another browser.
    OtherBrowsersCookie,
    /// Right origin and token, no cookie at all.
    NoCookie,
    /// The fields sent as `multipart/form-data`, which cannot be checked here.
    Multipart,
    /// The fields sent as JSON.
    Json,
}

const FORGERIES: [Forgery; 10] = [
    Forgery::ForeignOrigin,
    Forgery::ForeignReferer,
    Forgery::NullOrigin,
    Forgery::NoOrigin,
    Forgery::NoToken,
    Forgery::OtherFormsToken,
    Forgery::OtherBrowsersCookie,
    Forgery::NoCookie,
    Forgery::Multipart,
    Forgery::Json,
];

/// A form as a page of the server offers it: its page, action, hidden fields and the browser's cookie.
struct OfferedForm {
    action: String,
    fields: Vec<(String, String)>,
    cookie: String,
    other_token: String,
}

/// The form posting to `action` on `page`, as a new browser gets it, plus that
/// same browser's token for another form (`other_action` on `other_page`).
async fn offered(server: &TestServer, page: &str, action: &str, (other_page, other_action): (&str, &str)) -> OfferedForm {
    let response = client().get(server.url(page)).send().await.unwrap();
    let cookie = form_cookie(&response).expect("a new browser gets the CSRF cookie");
    let html = response.text().await.unwrap();
    let fields = hidden_fields(&form_with_action(&html, action).unwrap_or_else(|| panic!("{action} on {page}")));
    let other_html = client().get(server.url(other_page)).header("cookie", &cookie).send().await.unwrap().text().await.unwrap();
    let other = hidden_fields(&form_with_action(&other_html, other_action).unwrap_or_else(|| panic!("{other_action} on {other_page}")));
    let token = |fields: &[(String, String)]| fields.iter().find(|(n, _)| n == "csrf_token").map(|(_, v)| v.clone()).unwrap();
    assert_ne!(token(&fields), token(&other), "each form has its own token");
    OfferedForm { action: action.to_string(), other_token: token(&other), fields, cookie }
}

async fn forge(server: &TestServer, form: &OfferedForm, forgery: Forgery, extra: &[(&str, &str)]) -> reqwest::Response {
    let mut fields = form.fields.clone();
    fields.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let url = server.url(&form.action);
    let own = server.url("");
    let stranger = client().get(server.url("/")).send().await.unwrap();
    let strangers_cookie = form_cookie(&stranger).unwrap();
    let without_token = || fields.iter().filter(|(n, _)| n != "csrf_token").cloned().collect::<Vec<_>>();
    let request = client().post(&url);
    let request = match forgery {
        Forgery::ForeignOrigin => request.header("origin", "http://evil.example").header("cookie", &form.cookie).form(&fields),
        Forgery::ForeignReferer => {
            request.header("referer", "http://evil.example/free-stickers.html").header("cookie", &form.cookie).form(&fields)
        }
        Forgery::NullOrigin => request.header("origin", "null").header("cookie", &form.cookie).form(&fields),
        Forgery::NoOrigin => request.header("cookie", &form.cookie).form(&fields),
        Forgery::NoToken => request.header("origin", &own).header("cookie", &form.cookie).form(&without_token()),
        Forgery::OtherFormsToken => {
            let mut fields = without_token();
            fields.push(("csrf_token".into(), form.other_token.clone()));
            request.header("origin", &own).header("cookie", &form.cookie).form(&fields)
        }
        Forgery::OtherBrowsersCookie => request.header("origin", &own).header("cookie", strangers_cookie).form(&fields),
        Forgery::NoCookie => request.header("origin", &own).form(&fields),
        Forgery::Multipart => {
            // A form with files must send its token first: here it comes after another field.
            let mut parts = vec![("note".to_string(), "hello".to_string())];
            parts.extend(without_token());
            parts.extend(fields.iter().filter(|(n, _)| n == "csrf_token").cloned());
            let body: String =
                parts.iter().map(|(k, v)| format!("--b\r\ncontent-disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")).collect();
            request
                .header("origin", &own)
                .header("cookie", &form.cookie)
                .header("content-type", "multipart/form-data; boundary=b")
                .body(format!("{body}--b--\r\n"))
        }
        Forgery::Json => {
            let map: serde_json::Map<String, serde_json::Value> = fields.iter().map(|(k, v)| (k.clone(), v.clone().into())).collect();
            request.header("origin", &own).header("cookie", &form.cookie).json(&map)
        }
    };
    request.send().await.unwrap()
}

/// Every forgery of `form` is a themed 403 naming nothing technical.
async fn all_refused(server: &TestServer, form: &OfferedForm, extra: &[(&str, &str)]) {
    for forgery in FORGERIES {
        let response = forge(server, form, forgery, extra).await;
        assert_eq!(response.status(), 403, "{forgery:?} on {}", form.action);
        assert!(response.headers().get("location").is_none(), "{forgery:?}: no redirect");
        let html = response.text().await.unwrap();
        assert!(html.contains("Nothing was changed") && html.contains("class=\"error-page\""), "{forgery:?}: themed page: {html}");
        assert!(html.contains("Kids Adventures"), "{forgery:?}: the page wears its tier's header");
        for jargon in ["CSRF", "csrf", "token", "Origin", "Referer"] {
            assert!(!html.contains(&format!(">{jargon}")) && !html.contains(&format!(" {jargon} ")), "{forgery:?}: no jargon {jargon}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_posts_change_nothing_and_the_real_forms_work() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;

    // A finished story (for delete), an unfinished one (for choose), a picture (for retry).
    let finished = start_story(&server, "kids", "A dragon who loves pancakes", "short").await;
    play_to_end(&server, &finished).await;
    let unfinished = start_story(&server, "kids", "A quiet owl", "long").await;
    wait_image(&server, "kids", &last_id(&unfinished)).await;
    let gallery = get_text(&server, "/kids/gallery").await;
    let story_url = attr_values(&gallery, "href=\"").into_iter().find(|h| h.starts_with("/kids/gallery/")).unwrap();
    let delete = format!("{story_url}/delete");
    let choices = choice_actions(&get_text(&server, &unfinished).await);
    let retry = format!("/kids/story/image/{}/retry", last_id(&unfinished));
    let before_retry = get_text(&server, &format!("/kids/story/image/{}", last_id(&unfinished))).await;

    // Start: the home page's form (the other form's token: a choice on a scene page).
    let start = offered(&server, "/kids/", "/kids/story/start", (&unfinished, &choices[0])).await;
    all_refused(&server, &start, &[("prompt", "spend their money")]).await;

    // Choose: two choice forms on one scene page.
    let choose = offered(&server, &unfinished, &choices[0], (&unfinished, &choices[1])).await;
    all_refused(&server, &choose, &[]).await;
    assert!(!get_text(&server, &unfinished).await.contains("visited-marker"), "no forged choice was taken");

    // Retry a picture: the scene page's retry form (the choices' tokens are other forms').
    let retry_form = offered(&server, &unfinished, &retry, (&unfinished, &choices[0])).await;
    all_refused(&server, &retry_form, &[]).await;
    assert_eq!(get_text(&server, &format!("/kids/story/image/{}", last_id(&unfinished))).await, before_retry, "the picture was not remade");

    // Delete: the gallery card's form (the reader's posts to the same action with the same token).
    let delete_form = offered(&server, "/kids/gallery", &delete, (&unfinished, &choices[0])).await;
    let reader = get_text(&server, &story_url).await;
    assert!(form_with_action(&reader, &delete).is_some());
    all_refused(&server, &delete_form, &[]).await;
    assert_eq!(reqwest::get(server.url(&story_url)).await.unwrap().status(), 200, "the story was not deleted");

    // The real forms, from the server's own pages, still work.
    assert_eq!(submit(&server, &unfinished, &choices[0], &[]).await.status(), 303);
    assert_eq!(submit(&server, &unfinished, &retry, &[]).await.status(), 303);
    assert_eq!(submit(&server, "/kids/gallery", &delete, &[]).await.status(), 303);
    assert_eq!(reqwest::get(server.url(&story_url)).await.unwrap().status(), 404);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_gives_a_new_browser_its_cookie_and_tokens_that_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let response = client().get(server.url("/kids/")).send().await.unwrap();
    let set = response.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
    for attribute in ["storyloom_csrf=", "HttpOnly", "SameSite=Lax", "Path=/", "Max-Age="] {
        assert!(set.contains(attribute), "{attribute} in {set}");
    }
    // A browser that has the cookie is not given another one.
    let cookie = set.split(';').next().unwrap().to_string();
    let again = client().get(server.url("/kids/")).header("cookie", &cookie).send().await.unwrap();
    assert!(again.headers().get("set-cookie").is_none());
    let html = again.text().await.unwrap();
    let fields = hidden_fields(&form_with_action(&html, "/kids/story/start").unwrap());

    // The token is the browser's, not the server run's: a page left open over a restart still posts.
    server.stop().await;
    let server = TestServer::start(dir.path()).await;
    let mut body = fields.clone();
    body.push(("prompt".into(), "a fox who keeps a lighthouse".into()));
    let response =
        client().post(server.url("/kids/story/start")).header("origin", server.url("")).header("cookie", &cookie).form(&body).send().await;
    assert_eq!(response.unwrap().status(), 303);
    // And a token of one tier's form is no good for the same form of another tier.
    let response =
        client().post(server.url("/bible/story/start")).header("origin", server.url("")).header("cookie", &cookie).form(&body).send().await;
    assert_eq!(response.unwrap().status(), 403);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_name_re_pointed_at_the_server_reads_and_posts_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start_with(dir.path(), |config| {
        config.host_names = storyloom::config::HostNames::new(["stories.example.com".to_string()]);
    })
    .await;
    let scene = start_story(&server, "kids", "A dragon who loves pancakes", "short").await;
    let port = server.addr.port();
    // A page on evil.example whose name now resolves to this server: its requests say `Host: evil.example`.
    let cases = [
        (format!("evil.example:{port}"), false),
        ("evil.example".to_string(), false),
        (format!("192.168.1.20.nip.io:{port}"), false),
        (format!("storyloom.local:{port}"), true),
        (format!("nuc:{port}"), true),
        (format!("localhost:{port}"), true),
        ("stories.example.com".to_string(), true),
    ];
    for (host, answered) in &cases {
        for path in ["/kids/", scene.as_str(), "/kids/gallery"] {
            let response = client().get(server.url(path)).header("host", host).send().await.unwrap();
            if *answered {
                assert_eq!(response.status(), 200, "GET {path} as {host}");
            } else {
                assert_eq!(response.status(), 421, "GET {path} as {host}");
                assert!(response.headers().get("set-cookie").is_none(), "no CSRF key handed out as {host}");
                let html = response.text().await.unwrap();
                assert!(html.contains("does not answer to the name") && html.contains("--host-name"), "{html}");
                assert!(!html.contains("pancakes") && !html.contains("csrf_token"), "nothing of the family's pages");
                assert!(!html.contains("href=\"/kids/"), "no links that would be refused too");
                if let Some(port) = host.split(':').nth(1) {
                    assert!(html.contains(&format!("192.168.1.20:{port}/")), "the example address has the real port");
                }
                // The refusal page still gets its stylesheet (nothing private in it).
                let css = client().get(server.url("/static/style.css")).header("host", host).send().await.unwrap();
                assert_eq!(css.status(), 200, "stylesheet as {host}");
            }
        }
    }
    // A form posted under the rebound name, with its own cookie, token and matching Origin, changes nothing.
    let action = choice_actions(&get_text(&server, &scene).await)[0].clone();
    let host = format!("evil.example:{port}");
    let response = client()
        .post(server.url(&action))
        .header("host", &host)
        .header("origin", format!("http://{host}"))
        .form(&[("csrf_token", "0".repeat(64))])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 421);
    assert!(!get_text(&server, &scene).await.contains("visited-marker"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forms_address_opened_directly_leads_to_its_page() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let scene = start_story(&server, "kids", "A dragon who loves pancakes", "short").await;
    let choose = choice_actions(&get_text(&server, &scene).await)[0].clone();
    let scene_id = last_id(&scene);
    // (address opened with GET, where it leads)
    let cases = [
        ("/kids/story/start".to_string(), "/kids/".to_string()),
        (choose.clone(), scene.clone()),
        (format!("/kids/story/image/{scene_id}/retry"), scene.clone()),
        (format!("/kids/story/video/{scene_id}/retry"), scene.clone()),
    ];
    for (address, page) in &cases {
        let response = client().get(server.url(address)).send().await.unwrap();
        assert_eq!(response.status(), 303, "GET {address}");
        assert_eq!(&location(&response), page, "GET {address}");
    }
    // A trailing slash on the gallery is the gallery.
    let response = client().get(server.url("/kids/gallery/")).send().await.unwrap();
    assert_eq!((response.status().as_u16(), location(&response)), (308, "/kids/gallery".to_string()));
    // Opening it changed nothing; any other method gets the themed page.
    assert!(!get_text(&server, &scene).await.contains("visited-marker"));
    // (A bare PUT is refused by the cross-site check first; one from the server's own origin reaches the method check.)
    let landing = client().get(server.url("/")).send().await.unwrap();
    let cookie = form_cookie(&landing).unwrap();
    let key = storyloom::routes::csrf::CsrfKey::from_cookie_value(cookie.trim_start_matches("storyloom_csrf=")).unwrap();
    let token = key.token(&choose);
    let response =
        client().put(server.url(&choose)).header("origin", server.url("")).header("cookie", cookie).form(&[("csrf_token", token)]);
    let response = response.send().await.unwrap();
    assert_eq!(response.status(), 405);
    let html = response.text().await.unwrap();
    assert!(html.contains("class=\"error-page\"") && html.contains("belongs to a button"), "{html}");
    let response = client().delete(server.url("/kids/story/start")).send().await.unwrap();
    assert_eq!(response.status(), 403, "refused before anything else");
    server.stop().await;
}
