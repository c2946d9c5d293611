//! Text on the page, through the real server: a model's light formatting is
//! drawn and everything else is escaped on the scene page, the reader and the
//! gallery; titles and choices are plain text; every model- or family-written
//! text carries `dir="auto"`; a body over the size limit (or a form that does
//! not parse) gets the themed error page; the prompt field carries the
//! server's own limit; and the favicon is served under its type.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use crate::common;

use common::*;
use serde_json::json;

/// A scene as a model might write it: formatting to draw, markup to escape.
fn formatted_scene() -> serde_json::Value {
    json!({
        "title": "*Moon* **Trip**",
        "text": "Pip found a *glowing* door and a **very** old key.\nShe smiled.\n\nIn her bag:\n- a map\n- a _tiny_ lamp\n\n1. knock\n2. wait\n\n<script>alert('pwned')</script>\n\nLook <img src=x onerror=alert(1)> and [click](javascript:alert(1)) and ![cat](http://evil.example/c.png)\n\n# A heading line\n\nذهب الثعلب إلى القمر.",
        "image_prompt": "png-as image/png",
        "choices": ["**Open** the door", "Walk _away_", "1. Call <b>Juniper</b>"],
        "is_ending": false
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn formatting_is_drawn_and_everything_else_is_escaped_on_real_pages() {
    let dir = tempfile::tempdir().unwrap();
    let server = hostile_server(dir.path()).await;
    let first = start_echo_story(&server, &formatted_scene(), "short").await;
    let scene_page = get_text(&server, &first).await;

    // (what, fragment that must be on the scene page)
    let present = [
        ("emphasis", "<em>glowing</em>"),
        ("strong", "<strong>very</strong>"),
        ("single line break", "old key.<br>She smiled."),
        ("bullet list", "<ul dir=\"auto\"><li dir=\"auto\">a map</li><li dir=\"auto\">a <em>tiny</em> lamp</li></ul>"),
        ("numbered list", "<ol dir=\"auto\"><li dir=\"auto\">knock</li><li dir=\"auto\">wait</li></ol>"),
        ("script as text", "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;"),
        ("img as text", "&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;"),
        ("link as text", "[click](javascript:alert(1))"),
        ("image as text", "![cat](http://evil.example/c.png)"),
        ("heading as a strong line, its marker dropped", "<p dir=\"auto\"><strong>A heading line</strong></p>"),
        ("right-to-left paragraph", "<p dir=\"auto\">ذهب الثعلب إلى القمر.</p>"),
        ("title without markers", "<h1 class=\"story-title\" dir=\"auto\">Moon Trip</h1>"),
        ("page title without markers", "<title>Moon Trip ·"),
        ("choice without markers", ">Open the door</button>"),
        ("choice without markers (underscores)", ">Walk away</button>"),
        ("numbered choice without its number, markup as text", ">Call &#60;b&#62;Juniper&#60;/b&#62;</button>"),
        ("choices lay out by their own direction", "class=\"choice\" dir=\"auto\""),
    ];
    // (what, fragment that must not be)
    let absent = [
        ("live script", "<script>alert"),
        ("live img", "<img src=x"),
        ("live link", "href=\"javascript:"),
        ("a heading element from the model", "<h1>"),
        ("stars around the title", "*Moon*"),
        ("stars in a choice", "**Open**"),
    ];
    let check = |page: &str, html: &str, present: &[(&str, &str)], absent: &[(&str, &str)]| {
        let mut failures = Vec::new();
        for (what, fragment) in present {
            if !html.contains(fragment) {
                failures.push(format!("{page}: missing {what}: {fragment}"));
            }
        }
        for (what, fragment) in absent {
            if html.contains(fragment) {
                failures.push(format!("{page}: has {what}: {fragment}"));
            }
        }
        failures
    };
    let mut failures = check("scene", &scene_page, &present, &absent);

    // The reader and the gallery of the finished story show the same text the same way.
    let path = play_to_end(&server, &first).await;
    assert_eq!(path.len(), 3);
    let gallery = get_text(&server, "/kids/gallery").await;
    let story_url = attr_values(&gallery, "href=\"").into_iter().find(|h| h.starts_with("/kids/gallery/")).expect("a card");
    let reader = get_text(&server, &story_url).await;
    failures.extend(check("reader", &reader, &present[..12], &absent));
    failures.extend(check(
        "reader",
        &reader,
        &[
            ("explored branch without markers", "dir=\"auto\">Open the door</a>"),
            ("unexplored branch without markers", "<span dir=\"auto\">Walk away</span>"),
        ],
        &[],
    ));
    failures.extend(check(
        "gallery",
        &gallery,
        &[
            ("card title without markers", "<h2 class=\"card-title\" dir=\"auto\">Moon Trip</h2>"),
            ("card prompt", "class=\"card-prompt\" dir=\"auto\""),
        ],
        &[("live script", "<script>alert"), ("stars around the title", "<h2 class=\"card-title\" dir=\"auto\">*Moon*")],
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    server.stop().await;
}

/// A story's title with markup and an ampersand is text on every page that shows it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_title_with_markup_and_an_ampersand_is_escaped_on_the_scene_reader_and_gallery_pages() {
    let dir = tempfile::tempdir().unwrap();
    let server = hostile_server(dir.path()).await;
    let scene = json!({
        "title": "<script>alert(1)</script> Tom & Jerry",
        "text": "Calm.",
        "image_prompt": "png-as image/png",
        "choices": ["a", "b", "c"],
        "is_ending": false
    });
    let first = start_echo_story(&server, &scene, "short").await;
    let scene_page = get_text(&server, &first).await;
    play_to_end(&server, &first).await;
    let gallery = get_text(&server, "/kids/gallery").await;
    let story_url = attr_values(&gallery, "href=\"").into_iter().find(|h| h.starts_with("/kids/gallery/")).expect("a card");
    let reader = get_text(&server, &story_url).await;
    for (name, html) in [("scene", &scene_page), ("reader", &reader), ("gallery", &gallery)] {
        assert!(html.contains("&#60;script&#62;") && html.contains("Tom &#38; Jerry"), "{name}: the title is escaped: {html}");
        assert!(!html.contains("<script>alert") && !html.contains("Tom & Jerry"), "{name}: nothing of the title is live: {html}");
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_prompt_field_carries_the_servers_own_limit() {
    let dir = tempfile::tempdir().unwrap();
    let server = hostile_server(dir.path()).await;
    let max = storyloom::story::MAX_PROMPT;
    let home = get_text(&server, "/kids/").await;
    let textarea = home.split("<textarea").nth(1).and_then(|rest| rest.split('>').next()).expect("a prompt field");
    assert!(textarea.contains(&format!("maxlength=\"{max}\"")), "{textarea}");
    assert!(textarea.contains("dir=\"auto\""), "{textarea}");

    // A prompt the field lets through is one the server takes: line breaks (sent as CRLF,
    // counted as one by the browser) count once. (prompt length in browser characters, line breaks, accepted)
    let scene = json!({"title": "T", "text": "Calm.", "image_prompt": "png-as image/png", "choices": ["a", "b", "c"]});
    let answer = format!("echo:{scene}");
    let cases = [(max, 0, true), (max, 40, true), (max + 1, 0, false), (max + 1, 40, false)];
    for (length, breaks, accepted) in cases {
        let padding = length - answer.chars().count() - breaks;
        let prompt = format!("{answer}{}{}", "\r\n".repeat(breaks), "x".repeat(padding));
        let response = submit(
            &server,
            "/kids/",
            "/kids/story/start",
            &[("prompt", prompt.as_str()), ("length", "short"), ("model", "hostile-story"), ("image_model", "hostile-image")],
        )
        .await;
        let status = response.status().as_u16();
        let body = response.text().await.unwrap();
        if accepted {
            assert_eq!(status, 303, "{length} characters with {breaks} line breaks: {body}");
        } else {
            assert_eq!(status, 422, "{length} characters with {breaks} line breaks");
            assert!(body.contains(&format!("under {max} characters")), "{body}");
            assert!(body.contains(&format!("maxlength=\"{max}\"")), "the form comes back with its limit");
        }
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_the_server_cannot_take_gets_the_themed_error_page() {
    let dir = tempfile::tempdir().unwrap();
    let server = hostile_server(dir.path()).await;
    let first = start_echo_story(&server, &formatted_scene(), "short").await;
    let scene_page = get_text(&server, &first).await;
    let choose = choice_actions(&scene_page).into_iter().next().unwrap();
    let huge = "x".repeat(100 * 1024);
    let long = "y".repeat(20 * 1024);

    // (what, page, action, fields, status, words on the page)
    type Case<'a> = (&'a str, &'a str, &'a str, Vec<(&'a str, &'a str)>, u16, &'a str);
    let cases: Vec<Case> = vec![
        ("oversized prompt", "/kids/", "/kids/story/start", vec![("prompt", huge.as_str())], 413, "too much"),
        ("oversized choice", first.as_str(), choose.as_str(), vec![("extra", huge.as_str())], 413, "too much"),
        (
            "a field far longer than any form offers",
            "/kids/",
            "/kids/story/start",
            vec![("prompt", "one"), ("length", long.as_str())],
            400,
            "could not be read",
        ),
    ];
    for (what, page, action, fields, status, words) in cases {
        let response = submit(&server, page, action, &fields).await;
        assert_eq!(response.status().as_u16(), status, "{what}");
        let content_type = response.headers()["content-type"].to_str().unwrap().to_string();
        assert!(content_type.starts_with("text/html"), "{what}: {content_type}");
        let body = response.text().await.unwrap();
        assert!(body.contains("class=\"error-page\""), "{what}: the themed page: {body}");
        assert!(body.contains("class=\"brand\""), "{what}: with the tier's header");
        assert!(body.contains(words), "{what}: a friendly sentence: {body}");
        assert!(!body.contains("Failed to"), "{what}: not axum's own words");
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_favicon_is_linked_and_served_as_svg() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    for path in ["/favicon.ico", "/static/favicon.svg"] {
        let response = reqwest::get(server.url(path)).await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["content-type"], "image/svg+xml", "{path}");
        let body = response.text().await.unwrap();
        assert!(body.trim_start().starts_with("<svg") && body.contains("viewBox"), "{path}: {body}");
        assert!(!body.contains("<script"), "{path}: an icon runs nothing");
    }
    for page in ["/", "/kids/", "/kids/gallery", "/kids/no-such-page"] {
        let html = reqwest::get(server.url(page)).await.unwrap().text().await.unwrap();
        assert!(html.contains("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"), "{page}");
    }
    server.stop().await;
}
