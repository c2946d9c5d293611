//! The story as a tree, through the real server on the embedded default:
//! back and branches kept across a restart and shown on the tree map, the
//! family's own choice, "Keep going" and "Wrap it up" moving the ending, each
//! browser's story in progress (resume banner, two browsers apart, Start
//! fresh removing rows and files), one story call for two posts of one
//! choice, and every new route refusing another tier's ids.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::time::Duration;

use common::*;
use storyloom_fakes::openai::{FakeOpenAi, KEY};

/// A browser with its own cookie jar (CSRF key, story in progress).
struct Browser<'a> {
    server: &'a TestServer,
    cookies: Option<String>,
}

impl<'a> Browser<'a> {
    fn new(server: &'a TestServer) -> Self {
        Self { server, cookies: None }
    }

    fn keep(&mut self, response: &reqwest::Response) {
        self.cookies = merge_cookies(self.cookies.as_deref(), form_cookie(response).as_deref());
    }

    async fn get(&mut self, path: &str) -> (u16, String) {
        let mut request = client().get(self.server.url(path));
        if let Some(cookies) = &self.cookies {
            request = request.header("cookie", cookies);
        }
        let response = request.send().await.unwrap();
        self.keep(&response);
        (response.status().as_u16(), response.text().await.unwrap())
    }

    async fn page(&mut self, path: &str) -> String {
        let (status, html) = self.get(path).await;
        assert_eq!(status, 200, "GET {path}");
        html
    }

    /// Post the form for `action` found on `page`; returns the status and `Location` (or the body).
    async fn submit(&mut self, page: &str, action: &str, fields: &[(&str, &str)]) -> (u16, String) {
        let response = submit_as(&self.server.url(""), self.cookies.as_deref(), page, action, fields).await;
        self.keep(&response);
        let status = response.status().as_u16();
        match status {
            303 => (status, location(&response)),
            _ => (status, response.text().await.unwrap()),
        }
    }

    async fn start(&mut self, prompt: &str, length: &str) -> String {
        let fields = [("prompt", prompt), ("length", length), ("model", ""), ("image_model", "")];
        let (status, scene) = self.submit("/kids/", "/kids/story/start", &fields).await;
        assert_eq!(status, 303, "{scene}");
        self.page(&scene).await;
        scene
    }

    /// Take choice `index` of the scene at `scene`; returns the next scene's path.
    async fn choose(&mut self, scene: &str, index: usize) -> String {
        let html = self.page(scene).await;
        let action = choice_actions(&html).remove(index);
        let (status, next) = self.submit(scene, &action, &[]).await;
        assert_eq!(status, 303, "{next}");
        self.page(&next).await;
        next
    }

    async fn back(&mut self, scene: &str) -> String {
        let (status, to) = self.submit(scene, "/kids/story/back", &[]).await;
        assert_eq!(status, 303, "{to}");
        to
    }
}

/// The story id in a scene page's story-map link.
fn story_id(scene_html: &str) -> String {
    let link = attr_values(scene_html, "href=\"").into_iter().find(|h| h.contains("/story/tree/")).expect("a story map link");
    link.split("/story/tree/").nth(1).unwrap().split('?').next().unwrap().to_string()
}

/// Play on from `scene`, always taking the first choice; returns the ending's scene number.
async fn ending_number(browser: &mut Browser<'_>, scene: &str) -> u32 {
    let mut at = scene.to_string();
    for _ in 0..30 {
        let html = browser.page(&at).await;
        if html.contains("ending-banner") {
            return scene_number(&html);
        }
        at = browser.choose(&at, 0).await;
    }
    panic!("never ended");
}

/// "Scene N of M" → N.
fn scene_number(html: &str) -> u32 {
    html.split("Scene ").nth(1).and_then(|rest| rest.split(' ').next()).and_then(|n| n.parse().ok()).expect("a scene count")
}

/// "Scene N of M" → M.
fn scene_target(html: &str) -> u32 {
    html.split("Scene ").nth(1).and_then(|rest| rest.split(" of ").nth(1)).and_then(|r| r.split(' ').next()).unwrap().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_branches_of_one_choice_survive_a_restart_on_the_tree_map_and_in_the_reader() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut browser = Browser::new(&server);
    let first = browser.start("a fox who finds three doors in a hill", "short").await;
    let choices = choice_actions(&browser.page(&first).await);
    assert!(choices.len() >= 3);

    let mut branches = Vec::new();
    for index in 0..3 {
        let next = browser.choose(&first, index).await;
        // Back goes to the previous choice point, and the choice just taken shows as explored.
        assert_eq!(browser.back(&next).await, first);
        let html = browser.page(&first).await;
        assert_eq!(html.matches("class=\"visited-marker\"").count(), index + 1, "explored choices are marked");
        branches.push(next);
    }
    // An explored choice again: its own scene, not a new one.
    assert_eq!(browser.choose(&first, 1).await, branches[1]);
    // The first scene has no Back; posted anyway, it stays there.
    assert!(!browser.page(&first).await.contains("id=\"back-button\""));
    let response = post_with_token(&server, "/kids/story/back", &[("scene_id", &last_id(&first))]).await;
    assert_eq!(location(&response), first);

    let story = story_id(&browser.page(&first).await);
    server.stop().await;
    let server = TestServer::start(dir.path()).await;
    let mut browser = Browser::new(&server);
    let map = browser.page(&format!("/kids/story/tree/{story}?at={}", last_id(&branches[2]))).await;
    let links = attr_values(&map, "href=\"");
    for branch in &branches {
        assert!(links.contains(branch), "{branch} on the map: {links:?}");
    }
    assert_eq!(map.matches("tree-branch explored").count(), 3, "three explored branches");
    assert!(map.matches("tree-branch unexplored").count() >= 9, "their own choices show as not explored yet");
    assert_eq!(map.matches("aria-current=\"step\"").count(), 1, "one current scene");
    assert!(map.contains("tree-node on-path current"), "the current scene is on the highlighted path");

    // Played to an ending, the reader's map shows every explored branch, with reader links.
    ending_number(&mut browser, &branches[0]).await;
    let links = attr_values(&browser.page(&format!("/kids/gallery/{story}")).await, "href=\"");
    for branch in &branches {
        assert!(links.contains(&format!("/kids/gallery/{story}/{}", last_id(branch))), "{branch} in the reader's map");
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_own_choice_becomes_a_branch_and_bad_ones_keep_the_words() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut browser = Browser::new(&server);
    let first = browser.start("a snail who wants to see the sea", "medium").await;
    let id = last_id(&first);
    let action = format!("/kids/story/custom-choice/{id}");

    let (status, next) = browser.submit(&first, &action, &[("choice", "Ride on a friendly seagull")]).await;
    assert_eq!(status, 303, "{next}");
    let html = browser.page(&next).await;
    assert_eq!(scene_number(&html), 2);
    let first_html = browser.page(&first).await;
    assert!(first_html.contains("Ride on a friendly seagull"), "the typed choice is a choice of the scene now");
    assert!(first_html.contains("visited-marker"), "and it is marked explored");
    // The same words again (other case, other spaces) lead to the same scene.
    let (_, again) = browser.submit(&first, &action, &[("choice", "  ride on a FRIENDLY   seagull ")]).await;
    assert_eq!(again, next);

    // Empty and too long: the scene again with a sentence, the words kept, nothing added.
    let (status, page) = browser.submit(&first, &action, &[("choice", "   ")]).await;
    assert_eq!(status, 422);
    assert!(page.contains("Write what should happen next first"), "{page}");
    let long = "a".repeat(2001);
    let (status, page) = browser.submit(&first, &action, &[("choice", &long)]).await;
    assert_eq!(status, 422);
    assert!(page.contains("under 2000 characters") && page.contains(&long), "the words are kept");
    let choices_now = choice_actions(&browser.page(&first).await).len();
    assert_eq!(choices_now, choice_actions(&first_html).len(), "refused words add no choice");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keep_going_and_wrap_up_move_the_ending() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut browser = Browser::new(&server);

    let short = browser.start("a robot who learns to dance", "short").await;
    let id = last_id(&short);
    let (status, to) = browser.submit(&short, &format!("/kids/story/keep-going/{id}"), &[]).await;
    assert_eq!((status, to.as_str()), (303, short.as_str()));
    let html = browser.page(&short).await;
    assert_eq!(scene_target(&html), 6, "3 + 3 scenes");
    assert!(html.contains("id=\"keep-going\""), "keep going is repeatable");
    assert_eq!(ending_number(&mut browser, &short).await, 6);

    let medium = browser.start("a kite that wants to touch the clouds", "medium").await;
    let id = last_id(&medium);
    browser.submit(&medium, &format!("/kids/story/wrap-up/{id}"), &[]).await;
    let html = browser.page(&medium).await;
    assert_eq!(scene_target(&html), 3, "the ending two scenes from scene 1");
    assert!(!html.contains("id=\"wrap-up\""), "nothing more to wrap up");
    assert_eq!(ending_number(&mut browser, &medium).await, 3);

    // Each branch keeps its own length: wrapping one up leaves its sibling as it was.
    let long = browser.start("a train that wants to see the sea", "long").await;
    let id = last_id(&long);
    browser.submit(&long, &format!("/kids/story/keep-going/{id}"), &[]).await;
    let (a, b) = (browser.choose(&long, 0).await, browser.choose(&long, 1).await);
    assert_eq!((scene_target(&browser.page(&a).await), scene_target(&browser.page(&b).await)), (10, 10), "both inherit the longer length");
    browser.submit(&b, &format!("/kids/story/wrap-up/{}", last_id(&b)), &[]).await;
    assert_eq!(scene_target(&browser.page(&b).await), 4);
    assert_eq!(scene_target(&browser.page(&a).await), 10, "the other branch is untouched");
    assert_eq!(scene_target(&browser.page(&long).await), 10);
    assert_eq!(ending_number(&mut browser, &b).await, 4);
    let a3 = browser.choose(&a, 0).await;
    assert_eq!((scene_number(&browser.page(&a3).await), scene_target(&browser.page(&a3).await)), (3, 10));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_browser_resumes_its_own_story_after_a_restart_until_its_ending() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let (mut anna, mut ben) = (Browser::new(&server), Browser::new(&server));
    let anna_first = anna.start("a dragon who is afraid of the dark", "medium").await;
    let anna_at = anna.choose(&anna_first, 0).await;
    let ben_first = ben.start("a submarine made of cheese", "short").await;
    let (anna_title, ben_title) = (title(&anna.page(&anna_at).await), title(&ben.page(&ben_first).await));
    assert_ne!(anna_title, ben_title);
    let (anna_cookies, ben_cookies) = (anna.cookies.clone(), ben.cookies.clone());
    server.stop().await;

    let server = TestServer::start(dir.path()).await;
    let mut anna = Browser { server: &server, cookies: anna_cookies };
    let mut ben = Browser { server: &server, cookies: ben_cookies };
    let anna_home = anna.page("/kids/").await;
    assert!(anna_home.contains("id=\"resume-banner\"") && anna_home.contains(&anna_title), "{anna_home}");
    assert!(attr_values(&anna_home, "href=\"").contains(&anna_at), "Continue goes to her last scene");
    assert!(!anna_home.contains(&ben_title));
    let ben_home = ben.page("/kids/").await;
    assert!(ben_home.contains(&ben_title) && !ben_home.contains(&anna_title));
    assert!(attr_values(&ben_home, "href=\"").contains(&ben_first));
    // A new browser, and another tier, have no banner.
    assert!(!Browser::new(&server).page("/kids/").await.contains("resume-banner"));
    assert!(!anna.page("/bible/").await.contains("resume-banner"));

    // Reaching an ending clears it.
    ending_number(&mut ben, &ben_first).await;
    assert!(!ben.page("/kids/").await.contains("resume-banner"));
    assert!(anna.page("/kids/").await.contains("resume-banner"), "her story is still in progress");
    server.stop().await;
}

/// The `<h1>` of a page.
fn title(html: &str) -> String {
    html.split("class=\"story-title\" dir=\"auto\">").nth(1).unwrap().split('<').next().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_fresh_removes_the_story_its_rows_and_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut browser = Browser::new(&server);
    let first = browser.start("a hedgehog who bakes bread", "medium").await;
    let second = browser.choose(&first, 0).await;
    let mut pictures = Vec::new();
    for scene in [&first, &second] {
        let status = wait_image(&server, "kids", &last_id(scene)).await;
        assert_eq!(status["status"], "complete");
        pictures.push(status["url"].as_str().unwrap().to_string());
    }
    let story = story_id(&browser.page(&second).await);
    let files = files_under(&dir.path().join("media").join("kids"));
    assert_eq!(files.len(), 4, "two pictures and their thumbnails: {files:?}");

    let (status, to) = browser.submit("/kids/", "/kids/story/abandon", &[]).await;
    assert_eq!((status, to.as_str()), (303, "/kids/"));
    assert!(!browser.page("/kids/").await.contains("resume-banner"));
    for gone in [first.clone(), second, format!("/kids/story/tree/{story}"), pictures[0].clone(), pictures[1].clone()] {
        assert_eq!(browser.get(&gone).await.0, 404, "{gone}");
    }
    assert!(files_under(&dir.path().join("media").join("kids")).is_empty(), "no picture file is left");

    // A story that reached its ending stays in the gallery: Start fresh only forgets it.
    let kept = browser.start("a whale who sings", "short").await;
    let mut at = browser.choose(&kept, 0).await;
    let finished_story = story_id(&browser.page(&at).await);
    at = browser.choose(&at, 0).await;
    assert!(browser.page(&at).await.contains("ending-banner"));
    let back = browser.back(&at).await;
    browser.page(&back).await;
    assert!(browser.page("/kids/").await.contains("resume-banner"), "exploring a finished story again shows the banner");
    browser.submit("/kids/", "/kids/story/abandon", &[]).await;
    assert_eq!(browser.get(&format!("/kids/gallery/{finished_story}")).await.0, 200, "the gallery keeps it");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_posts_of_one_choice_make_one_story_call() {
    let fake = FakeOpenAi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::with_openai(dir.path(), &fake.base_url(), KEY).await;
    let fields = [("prompt", "a lighthouse keeper's cat"), ("length", "medium"), ("model", "gpt"), ("image_model", "")];
    let response = submit(&server, "/kids/", "/kids/story/start", &fields).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let first = location(&response);
    let action = choice_actions(&get_text(&server, &first).await).remove(0);
    let typed = format!("/kids/story/custom-choice/{}", last_id(&first));
    assert_eq!(fake.story_calls().len(), 1);

    // Two tablets tap the same choice while its scene is being written (and type the same idea twice).
    fake.set_delay(Some(Duration::from_millis(700)));
    let base = server.url("");
    let tap = |action: String, fields: Vec<(&'static str, &'static str)>| {
        let (base, first) = (base.clone(), first.clone());
        tokio::spawn(async move {
            let response = submit_to(&base, &first, &action, &fields).await;
            assert_eq!(response.status(), 303);
            location(&response)
        })
    };
    let (a, b) = (tap(action.clone(), vec![]), tap(action.clone(), vec![]));
    let (a, b) = (a.await.unwrap(), b.await.unwrap());
    assert_eq!(a, b, "both land on the one scene");
    assert_eq!(fake.story_calls().len(), 2, "one call for two taps");
    // Taken again later, an explored choice costs nothing.
    let response = submit(&server, &first, &action, &[]).await;
    assert_eq!(location(&response), a);
    assert_eq!(fake.story_calls().len(), 2, "no call for an explored choice");

    let (c, d) =
        (tap(typed.clone(), vec![("choice", "Climb the lighthouse")]), tap(typed.clone(), vec![("choice", "climb the LIGHTHOUSE")]));
    let (c, d) = (c.await.unwrap(), d.await.unwrap());
    assert_eq!(c, d);
    assert_eq!(fake.story_calls().len(), 3, "one call for the same idea typed twice");
    fake.set_delay(None);

    // The story model was told about "Keep going" with the next scene.
    let more = format!("/kids/story/keep-going/{}", last_id(&c));
    let response = submit(&server, &c, &more, &[]).await;
    assert_eq!(response.status(), 303);
    let next = choice_actions(&get_text(&server, &c).await).remove(0);
    assert_eq!(submit(&server, &c, &next, &[]).await.status(), 303);
    let sent = fake.story_calls().last().unwrap().json().to_string();
    assert!(sent.contains("keep going") && sent.contains("Write scene 3 of 8"), "{sent}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_new_routes_refuse_another_tiers_and_unknown_ids() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mut browser = Browser::new(&server);
    let kids = browser.start("a penguin who wants to fly", "short").await;
    let scene = last_id(&kids);
    let story = story_id(&browser.page(&kids).await);
    let unknown = "00000000-0000-4000-8000-000000000000";

    for id in [scene.as_str(), unknown, "not-an-id"] {
        for path in
            [format!("/bible/story/custom-choice/{id}"), format!("/bible/story/keep-going/{id}"), format!("/bible/story/wrap-up/{id}")]
        {
            let response = post_with_token(&server, &path, &[("choice", "Fly away")]).await;
            assert_eq!(response.status(), 404, "{path}");
        }
        let response = post_with_token(&server, "/bible/story/back", &[("scene_id", id)]).await;
        assert_eq!(response.status(), 404, "back from {id} under /bible/");
    }
    for path in [format!("/bible/story/tree/{story}"), format!("/kids/story/tree/{unknown}"), "/kids/story/tree/nope".into()] {
        assert_eq!(browser.get(&path).await.0, 404, "{path}");
    }
    // The kids story is untouched: still 3 scenes, its one explored path none.
    let html = browser.page(&kids).await;
    assert_eq!(scene_target(&html), 3);
    assert!(!html.contains("visited-marker"));

    // A kids browser's cookie means nothing to the Bible tier: no banner, and Start fresh there removes nothing.
    let cookies = browser.cookies.clone().unwrap();
    let forged = cookies.replace("storyloom_story_kids", "storyloom_story_bible");
    let mut elsewhere = Browser { server: &server, cookies: Some(forged.clone()) };
    assert!(!elsewhere.page("/bible/").await.contains("resume-banner"));
    let csrf = forged.split("; ").find_map(|pair| pair.strip_prefix("storyloom_csrf=")).unwrap();
    let token = storyloom::routes::csrf::CsrfKey::from_cookie_value(csrf).unwrap().token("/bible/story/abandon");
    let response = client()
        .post(server.url("/bible/story/abandon"))
        .header("origin", server.url(""))
        .header("cookie", &forged)
        .form(&[("csrf_token", token)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(browser.get(&kids).await.0, 200, "the kids story is still there");
    server.stop().await;
}
