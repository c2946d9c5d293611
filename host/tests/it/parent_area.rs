//! The parent area behind its PIN: pages and buttons refuse without a parent
//! session, the first visit sets the PIN (stored only as an argon2id hash),
//! wrong PINs are slowed down per device, sessions end on sign-out and PIN
//! change, and `storyloom parent set-pin` / `reset-pin` are the way back.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;

/// Every parent route past the PIN, with the method it answers.
const GUARDED: &[(&str, &str)] = &[
    ("GET", "/parent/tiers/kids"),
    ("POST", "/parent/tiers/kids"),
    ("POST", "/parent/pin"),
    ("POST", "/parent/sign-out"),
    ("GET", "/parent/plugins"),
    ("POST", "/parent/plugins/openai/approve"),
    ("POST", "/parent/plugins/openai/disable"),
    ("GET", "/parent/usage"),
    ("GET", "/parent/spending"),
    ("GET", "/parent/add-tier"),
    ("POST", "/parent/add-tier"),
    ("POST", "/parent/tiers/kids/about"),
    ("POST", "/parent/spending"),
    ("GET", "/parent/storage"),
    ("POST", "/parent/storage/sweep"),
    ("POST", "/parent/storage/stories/0b9c3a50-0d2e-4a8e-9f00-5e6c1d2b3a4f/delete"),
];

fn parent_cookie_of(cookies: &str) -> String {
    cookies.split(';').map(str::trim).find(|pair| pair.starts_with("storyloom_parent=")).unwrap().to_string()
}

/// Try `pin` on the sign-in form as a fresh browser: the response (303 when it opened a session).
async fn try_pin(server: &TestServer, pin: &str) -> reqwest::Response {
    submit(server, "/parent/", "/parent/sign-in", &[("pin", pin)]).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parent_pages_and_buttons_refuse_without_a_session_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let parent = parent_session(&server).await;
    let stale = "storyloom_parent=".to_string() + &"ab".repeat(32);

    for cookies in [None, Some(stale.as_str())] {
        for (method, path) in GUARDED {
            let response = if *method == "GET" {
                let mut request = client().get(server.url(path));
                if let Some(cookies) = cookies {
                    request = request.header("cookie", cookies);
                }
                request.send().await.unwrap()
            } else {
                post_with_token_as(&server, cookies, path, &[("video_allowed", "")]).await
            };
            if *method == "GET" {
                assert_eq!(response.status(), 303, "{method} {path}");
                let back_to = path.replace('/', "%2F");
                assert_eq!(location(&response), format!("/parent/?next={back_to}"), "back to the page after the PIN");
            } else {
                assert_eq!(response.status(), 403, "{method} {path} with {cookies:?}");
                let page = response.text().await.unwrap();
                assert!(page.contains("id=\"pin-form\""), "the PIN page: {page}");
                assert!(page.contains("Nothing was saved yet") || page.contains("Nothing was changed"), "{page}");
            }
        }
    }
    // Video is still allowed for kids: no refused post changed it.
    let settings = get_text_as(&server, &parent, "/parent/tiers/kids").await;
    assert!(settings.contains("id=\"video-allowed\" checked"), "{settings}");
    assert!(get_text(&server, "/kids/").await.contains("name=\"video_mode\""));

    // A reload of the PIN form's address shows the PIN page, not an error.
    for path in ["/parent/sign-in", "/parent/first-pin"] {
        let reload = client().get(server.url(path)).send().await.unwrap();
        assert_eq!((reload.status().as_u16(), location(&reload)), (303, "/parent/".to_string()), "{path}");
    }
    // The settings' old address leads into the parent area and takes no posts.
    let old = client().get(server.url("/kids/settings")).send().await.unwrap();
    assert_eq!((old.status().as_u16(), location(&old)), (308, "/parent/tiers/kids".to_string()));
    assert_eq!(post_with_token_as(&server, None, "/kids/settings", &[]).await.status(), 405);
    // Unknown tiers stay unknown behind the PIN, and "parent" is never a tier.
    assert_eq!(client().get(server.url("/parent/tiers/nope")).header("cookie", &parent).send().await.unwrap().status(), 404);
    assert_eq!(client().get(server.url("/parent/nope")).header("cookie", &parent).send().await.unwrap().status(), 404);
    // Parent pages are never kept by the browser.
    let home = client().get(server.url("/parent/")).header("cookie", &parent).send().await.unwrap();
    assert_eq!(home.headers()["cache-control"], "no-store");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_visit_sets_the_pin_which_is_stored_only_as_a_salted_hash() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let pin = "7319 blue otter";
    let first = get_text(&server, "/parent/").await;
    assert!(first.contains("action=\"/parent/first-pin\"") && first.contains("Set a parent PIN"), "{first}");
    assert!(get_text(&server, "/kids/").await.contains("href=\"/parent/\""), "every page links the parent area");

    // Refused with the reason, and nothing set.
    for (typed, again, reason) in [("12", "12", "at least 4 characters"), (pin, "7319 blue otters", "not the same")] {
        let response = submit(&server, "/parent/", "/parent/first-pin", &[("pin", typed), ("pin_again", again)]).await;
        assert_eq!(response.status(), 422);
        assert!(response.text().await.unwrap().contains(reason), "{reason}");
    }
    assert!(get_text(&server, "/parent/").await.contains("action=\"/parent/first-pin\""), "still no PIN");

    let response = submit(&server, "/parent/", "/parent/first-pin", &[("pin", pin), ("pin_again", pin)]).await;
    assert_eq!(response.status(), 303);
    let set_cookie = response.headers()["set-cookie"].to_str().unwrap().to_string();
    for attribute in ["storyloom_parent=", "HttpOnly", "SameSite=Strict", "Path=/parent"] {
        assert!(set_cookie.contains(attribute), "{set_cookie}");
    }
    let session = form_cookie(&response).unwrap();
    let home = get_text_as(&server, &session, "/parent/").await;
    assert!(home.contains("Parent area") && home.contains("href=\"/parent/tiers/kids\"") && home.contains("href=\"/parent/tiers/bible\""));

    // A second "first PIN" (another tablet, an old page) changes nothing.
    let late = submit(&server, "/parent/", "/parent/sign-in", &[("pin", "1111"), ("pin_again", "1111")]).await;
    assert_eq!(late.status(), 422);
    let response = post_with_token_as(&server, None, "/parent/first-pin", &[("pin", "1111"), ("pin_again", "1111")]).await;
    assert_eq!(response.status(), 409);
    assert!(response.text().await.unwrap().contains("was set meanwhile"));
    assert_eq!(try_pin(&server, pin).await.status(), 303, "the first PIN still opens the area");
    server.stop().await;

    // On disk: an argon2id PHC string, never the PIN.
    let store = std::fs::read(dir.path().join("store.redb")).unwrap();
    let find = |needle: &[u8]| store.windows(needle.len()).any(|w| w == needle);
    assert!(find(b"$argon2id$v=19$m=19456,t=2,p=1$"), "the hash is stored");
    assert!(!find(pin.as_bytes()) && !find(b"7319"), "the PIN itself is nowhere in the store");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_pins_are_slowed_down_more_each_time_and_a_right_one_starts_afresh() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await; // the first wait is 1 s, as on a real server
    parent_session(&server).await; // sets TEST_PIN

    for _ in 0..2 {
        let response = try_pin(&server, "0000").await;
        assert_eq!(response.status(), 422);
        assert!(response.text().await.unwrap().contains("That PIN is not right. Try again."));
    }
    let third = try_pin(&server, "0000").await;
    assert!(third.text().await.unwrap().contains("Wait a second before the next try"), "the third wrong PIN starts the waits");
    // Even the right PIN is not checked during the wait.
    let early = try_pin(&server, TEST_PIN).await;
    assert_eq!(early.status(), 429);
    assert!(form_cookie(&early).is_none_or(|c| !c.contains("storyloom_parent=")), "no session");
    assert!(early.text().await.unwrap().contains("Too many wrong PINs from this device."));

    tokio::time::sleep(Duration::from_millis(1100)).await;
    let fourth = try_pin(&server, "0000").await;
    assert!(fourth.text().await.unwrap().contains("Wait 2 seconds"), "the wait doubles");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(try_pin(&server, TEST_PIN).await.status(), 429, "one second is not enough any more");
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(try_pin(&server, TEST_PIN).await.status(), 303, "after the wait the right PIN opens the area");

    // A right PIN clears the count: two wrong ones are free again.
    for _ in 0..2 {
        assert!(try_pin(&server, "0000").await.text().await.unwrap().contains("Try again."));
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_end_on_sign_out_and_when_the_pin_changes() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let laptop = parent_session(&server).await;
    let tablet = parent_session(&server).await;
    assert_ne!(parent_cookie_of(&laptop), parent_cookie_of(&tablet), "each browser has its own session");
    let opens = |cookies: String| {
        let url = server.url("/parent/tiers/bible");
        async move { client().get(url).header("cookie", cookies).send().await.unwrap().status() == 200 }
    };

    // A refused new PIN changes nothing.
    let response =
        submit_as(&server.url(""), Some(&laptop), "/parent/", "/parent/pin", &[("current", TEST_PIN), ("pin", "98"), ("pin_again", "98")])
            .await;
    assert_eq!(response.status(), 422);
    assert!(opens(tablet.clone()).await);
    // So is one without the PIN now: a tablet left signed in does not let a child lock the parent out.
    let fields = [("current", "0000"), ("pin", "kid wins"), ("pin_again", "kid wins")];
    let response = submit_as(&server.url(""), Some(&laptop), "/parent/", "/parent/pin", &fields).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("The current PIN is not right, so the PIN was not changed."));
    assert!(opens(tablet.clone()).await);

    let response = submit_as(
        &server.url(""),
        Some(&laptop),
        "/parent/",
        "/parent/pin",
        &[("current", TEST_PIN), ("pin", "river 55"), ("pin_again", "river 55")],
    )
    .await;
    assert_eq!(response.status(), 303);
    let laptop = merge_cookies(Some(&laptop), form_cookie(&response).as_deref()).unwrap();
    assert!(get_text_as(&server, &laptop, &location(&response)).await.contains("The new PIN is set."));
    assert!(opens(laptop.clone()).await, "the browser that changed it stays in");
    assert!(!opens(tablet.clone()).await, "every other session ended");
    assert_eq!(try_pin(&server, TEST_PIN).await.status(), 422, "the old PIN no longer works");
    assert_eq!(try_pin(&server, "river 55").await.status(), 303);

    let response = submit_as(&server.url(""), Some(&laptop), "/parent/", "/parent/sign-out", &[]).await;
    assert_eq!(response.status(), 303);
    assert!(response.headers()["set-cookie"].to_str().unwrap().contains("Max-Age=0"));
    assert!(!opens(laptop).await, "signed out");
    server.stop().await;
}

fn storyloom_parent(data: &std::path::Path, action: &str, stdin: &str) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_storyloom"))
        .args(["parent", action, "--data", data.to_str().unwrap()])
        .env("RUST_LOG", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), stdin.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_s_own_command_resets_and_sets_the_pin() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    parent_session(&server).await;
    // The command needs the store, which the running server holds: it says so.
    let (ok, out) = storyloom_parent(dir.path(), "reset-pin", "");
    assert!(!ok && out.contains("if the server is running, stop it"), "{out}");
    server.stop().await;

    let (ok, out) = storyloom_parent(dir.path(), "reset-pin", "");
    assert!(ok && out.contains("The parent PIN is removed."), "{out}");
    let server = TestServer::start(dir.path()).await;
    assert!(get_text(&server, "/parent/").await.contains("action=\"/parent/first-pin\""), "the next visit sets a new PIN");
    server.stop().await;

    let (ok, out) = storyloom_parent(dir.path(), "set-pin", "12\n");
    assert!(!ok && out.contains("at least 4 characters"), "{out}");
    let (ok, out) = storyloom_parent(dir.path(), "set-pin", "lantern 9\n");
    assert!(ok && out.contains("The parent PIN is set."), "{out}");
    let server = TestServer::start(dir.path()).await;
    assert_eq!(try_pin(&server, "lantern 9").await.status(), 303);
    server.stop().await;
}

/// A server with a second story and picture model (the approved test plugin `describer`) beside the built-in ones.
async fn server_with_two_of_each(dir: &std::path::Path) -> TestServer {
    pre_approve(dir, &describing_guest(), "describer").await;
    TestServer::start_with(dir, |config| config.extra_plugins.push(describing_guest())).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tier_s_offered_models_filter_its_pickers_and_its_starts() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with_two_of_each(dir.path()).await;
    let kids = get_text(&server, "/kids/").await;
    assert!(kids.contains("value=\"describer-story\"") && kids.contains("value=\"describer-image\""), "both offered at first");
    let parent = parent_session(&server).await;
    let page = get_text_as(&server, &parent, "/parent/tiers/kids").await;
    assert!(page.contains("The audience is children aged 3 to 6.") && page.contains("bright, colourful children"), "the rules, read only");
    for key in ["describer-story", "storyteller", "describer-image", "picture-book"] {
        assert!(page.contains(&format!("value=\"{key}\" checked")), "{key} ticked: every model is offered");
    }

    // Kids: only the built-in models, the built-in picture model first; video off; not listed.
    let fields = [("story_offered", "storyteller"), ("image_offered", "picture-book"), ("image_default", "picture-book")];
    let response = save_tier_settings(&server, &parent, "kids", &fields).await;
    assert_eq!(response.status(), 303);
    let kids = get_text(&server, "/kids/").await;
    assert!(!kids.contains("describer-story") && !kids.contains("describer-image"), "the pickers offer only what the parent ticked");
    assert!(kids.contains("value=\"storyteller\"") && kids.contains("value=\"picture-book\" checked"));
    let bible = get_text(&server, "/bible/").await;
    assert!(bible.contains("value=\"describer-story\"") && bible.contains("value=\"describer-image\""), "the other tier keeps its own");
    let landing = get_text(&server, "/").await;
    assert!(!landing.contains("href=\"/kids/\"") && landing.contains("href=\"/bible/\""), "kids is no longer listed");
    assert_eq!(client().get(server.url("/kids/")).send().await.unwrap().status(), 200, "but still opens");

    // A start naming a model that is not offered (an old page, a hand-made post) gets the tier's offered one.
    let response = post_with_token(
        &server,
        "/kids/story/start",
        &[("prompt", "A snail who races a leaf"), ("model", "describer-story"), ("image_model", "describer-image")],
    )
    .await;
    assert_eq!(response.status(), 303);
    let scene = get_text(&server, &location(&response)).await;
    assert!(scene.contains("Story by <bdi>") && !scene.contains("Describer"), "no un-offered model wrote or paints it: {scene}");

    // Nothing ticked for the story models: refused with the reason, the rest of the form kept, nothing saved.
    let response =
        save_tier_settings(&server, &parent, "kids", &[("story_offered", ""), ("image_offered", "describer-image"), ("listed", "on")])
            .await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("Tick at least one of the story models"), "{page}");
    assert!(page.contains("value=\"describer-image\" checked") && page.contains("id=\"listed\" checked"), "what was ticked is kept");
    assert!(!get_text(&server, "/kids/").await.contains("describer-image"), "nothing was saved");
    // A model marked first must be ticked too.
    let fields = [("story_offered", "describer-story"), ("story_default", "storyteller")];
    let response = save_tier_settings(&server, &parent, "kids", &fields).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("The story model marked \u{201c}first\u{201d} must also be ticked."));
    // Video allowed with no video model ticked is saved, and the page says families cannot use it.
    let fields = [("video_allowed", "on"), ("video_offered", "")];
    let response = save_tier_settings(&server, &parent, "kids", &fields).await;
    assert_eq!(response.status(), 303);
    let page = get_text_as(&server, &parent, &location(&response)).await;
    assert!(page.contains("Video is allowed, but no video model is ticked, so families cannot turn video mode on."), "{page}");

    // Every box ticked again: every model, and the choice survives a restart.
    let all = [
        ("story_offered", "storyteller"),
        ("story_offered", "describer-story"),
        ("image_offered", "picture-book"),
        ("image_offered", "describer-image"),
    ];
    assert_eq!(save_tier_settings(&server, &parent, "kids", &all).await.status(), 303);
    server.stop().await;
    let server = server_with_two_of_each(dir.path()).await;
    let kids = get_text(&server, "/kids/").await;
    assert!(kids.contains("value=\"describer-story\"") && kids.contains("value=\"describer-image\""));
    assert!(!get_text(&server, "/").await.contains("href=\"/kids/\""), "still unlisted (the box was not ticked)");
    server.stop().await;
}

/// The hidden fields of the form `id` on `page`, as (name, value).
fn hidden_fields(page: &str, id: &str) -> Vec<(String, String)> {
    let form = page.split(&format!("id=\"{id}\"")).nth(1).unwrap().split("</form>").next().unwrap();
    let unescape =
        |s: &str| s.replace("&#34;", "\"").replace("&#39;", "'").replace("&#60;", "<").replace("&#62;", ">").replace("&#38;", "&");
    form.split("<input type=\"hidden\" ")
        .skip(1)
        .map(|input| {
            let name = input.split("name=\"").nth(1).unwrap().split('"').next().unwrap();
            let value = input.split("value=\"").nth(1).unwrap().split('"').next().unwrap();
            (unescape(name), unescape(value))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_sent_after_the_session_ended_is_kept_through_the_pin_and_saved_with_one_tap() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let parent = parent_session(&server).await;
    // The parent signs out elsewhere (as when 15 minutes pass), then sends the kids tier's form.
    let ended = post_with_token_as(&server, Some(&parent), "/parent/sign-out", &[]).await;
    assert_eq!(ended.status(), 303);
    let fields = [
        ("listed", "on"),
        ("story_offered", "storyteller"),
        ("image_offered", "picture-book"),
        ("budget_story", "7"),
        ("budget_spend", "1.5"),
    ];
    let refused = post_with_token_as(&server, Some(&parent), "/parent/tiers/kids", &fields).await;
    assert_eq!(refused.status(), 403);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Nothing was saved yet") && page.contains("Enter the PIN, then save your changes"), "{page}");
    let carried = hidden_fields(&page, "pin-form");
    assert!(carried.contains(&("carry_action".into(), "/parent/tiers/kids".into())), "{carried:?}");
    assert!(carried.contains(&("carry.budget_story".into(), "7".into())) && !carried.iter().any(|(n, _)| n == "carry.csrf_token"));
    assert!(get_text_as(&server, &parent, "/parent/").await.contains("id=\"pin-form\""), "nothing saved, still signed out");

    // The PIN with the carried fields: signed in, and one tap sends them again.
    let mut sign_in: Vec<(String, String)> = carried.into_iter().filter(|(n, _)| n != "csrf_token").collect();
    sign_in.push(("pin".into(), TEST_PIN.into()));
    let sign_in: Vec<(&str, &str)> = sign_in.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let response = submit_as(&server.url(""), Some(&parent), "/parent/", "/parent/sign-in", &sign_in).await;
    assert_eq!(response.status(), 200);
    let cookies = merge_cookies(Some(&parent), form_cookie(&response).as_deref()).unwrap();
    let page = response.text().await.unwrap();
    assert!(
        page.contains("What you sent before is not saved yet: <strong dir=\"auto\">the settings of Kids Adventures</strong>"),
        "{page}"
    );
    assert!(page.contains("action=\"/parent/tiers/kids\""), "{page}");
    let resend: Vec<(String, String)> = hidden_fields(&page, "resend-form").into_iter().filter(|(n, _)| n != "csrf_token").collect();
    let resend: Vec<(&str, &str)> = resend.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let saved = post_with_token_as(&server, Some(&cookies), "/parent/tiers/kids", &resend).await;
    assert_eq!(saved.status(), 303);
    let settings = get_text_as(&server, &cookies, "/parent/tiers/kids").await;
    assert!(settings.contains("value=\"7\"") && settings.contains("value=\"1.50\""), "saved: {settings}");

    // A wrong PIN keeps the carried form; the PIN change form is never carried (no PIN in a page).
    let refused = post_with_token_as(&server, None, "/parent/tiers/kids", &fields).await;
    let carried = hidden_fields(&refused.text().await.unwrap(), "pin-form");
    let mut wrong: Vec<(String, String)> = carried.into_iter().filter(|(n, _)| n != "csrf_token").collect();
    wrong.push(("pin".into(), "0000".into()));
    let wrong: Vec<(&str, &str)> = wrong.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let again = submit(&server, "/parent/", "/parent/sign-in", &wrong).await;
    assert_eq!(again.status(), 422);
    assert!(again.text().await.unwrap().contains("name=\"carry.budget_story\" value=\"7\""));
    let pin_change =
        post_with_token_as(&server, None, "/parent/pin", &[("current", TEST_PIN), ("pin", "99999"), ("pin_again", "99999")]).await;
    let page = pin_change.text().await.unwrap();
    assert!(!page.contains("carry") && !page.contains(TEST_PIN), "{page}");
    server.stop().await;
}
