//! A family's first story in a real headless Chromium (Debian's `chromium` and
//! `chromium-driver`): type a prompt, click through a short story to its end,
//! see every picture fade in, and read the story in the gallery. And text that
//! fits any screen: pages holding Arabic, Hebrew, CJK, Thai, Devanagari, emoji
//! and long unbroken words, names and URLs never scroll sideways in a 390 px
//! phone window or a desktop one, and right-to-left text lays out right to left.
//! A link from another site leaves the open story pages' forms working. Video
//! mode on the embedded default: every scene's clip really decodes in the
//! scene and the reader, taking the picture's place (never shown twice), with
//! the text beside it on a desktop window; the clip's progress shows only once
//! the picture is there; a page that loses the server says so calmly and
//! recovers; the video picker hides while video mode is off; the gallery card
//! has its badge, and a parent's switch removes video mode from the start form.
//! Memory mode: a character made with a photo from its page, then ticked on
//! the start form with memory mode on, and the scene's picture painted, on a
//! phone window and a desktop one.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use crate::common;

use std::time::Duration;

use common::chromium::{browser, start_driver, wait_for};
use common::*;
use fantoccini::{Client, Locator};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn play_a_short_story_by_clicking_and_read_it_in_the_gallery() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let driver = start_driver();
    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;

    client.goto(&server.url("/kids/")).await.unwrap();
    client.find(Locator::Css("#prompt")).await.unwrap().send_keys("A little fox named Juniper visits the moon").await.unwrap();
    client.find(Locator::Css("input[name=length][value=short]")).await.unwrap().click().await.unwrap();
    client.find(Locator::Css("#start-button")).await.unwrap().click().await.unwrap();

    let mut scenes = 0;
    loop {
        wait_for(&client, "document.querySelector('#scene-text')", "a scene page").await;
        scenes += 1;
        let text = client.find(Locator::Css("#scene-text")).await.unwrap().text().await.unwrap();
        assert!(text.len() > 80, "the scene has real text: {text}");
        // The picture arrives in the background and fades in (a 390-px phone gets its 384-px thumbnail).
        wait_for(
            &client,
            "document.querySelector('#scene-image.loaded img') && document.querySelector('#scene-image img').naturalWidth >= 384",
            "the scene's picture",
        )
        .await;
        if client.find(Locator::Css("#ending-banner")).await.is_ok() {
            break;
        }
        let url_before = client.current_url().await.unwrap();
        client.find(Locator::Css(".choice-button")).await.unwrap().click().await.unwrap();
        for _ in 0..300 {
            if client.current_url().await.unwrap() != url_before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(scenes < 10, "the story never ended");
    }
    assert_eq!(scenes, 3, "a short story has three scenes");

    // From the ending to the reader, then through the gallery.
    client.find(Locator::Css("#reader-link")).await.unwrap().click().await.unwrap();
    wait_for(&client, "document.querySelector('.reader-next')", "the reader").await;
    wait_for(&client, "document.querySelector('#scene-image.loaded img')", "the reader's picture").await;
    let reader_text = client.find(Locator::Css("#scene-text")).await.unwrap().text().await.unwrap();
    assert!(reader_text.contains("Juniper"));
    client.find(Locator::Css(".reader-next")).await.unwrap().click().await.unwrap();
    wait_for(&client, "document.querySelector('.reader-prev')", "the second reader page").await;

    client.goto(&server.url("/kids/gallery")).await.unwrap();
    let card = client.find(Locator::Css(".gallery-card")).await.unwrap();
    assert!(card.text().await.unwrap().contains("Juniper"));
    wait_for(
        &client,
        "document.querySelector('.gallery-card img') && document.querySelector('.gallery-card img').naturalWidth > 0",
        "the cover",
    )
    .await;

    // A screenshot for the humans (kept only when asked for).
    if let Ok(path) = std::env::var("STORYLOOM_SCREENSHOT") {
        std::fs::write(path, client.screenshot().await.unwrap()).unwrap();
    }
    client.close().await.unwrap();
    server.stop().await;
}

// ---------- Text that fits any screen ----------

/// A word of exactly `letters` letters, unbroken (cycling `seed`).
fn long_word(seed: &str, letters: usize) -> String {
    let word: String = seed.chars().cycle().take(letters).collect();
    assert_eq!(word.chars().count(), letters);
    word
}

/// Every text shape the pages below hold, each used once so that a case finds its own element.
struct Texts {
    title_name: String,
    arabic: &'static str,
    hebrew: &'static str,
    cjk: String,
    thai: String,
    devanagari: String,
    emoji: String,
    compound: String,
    list_compound: String,
    url: String,
    name: String,
    choice_arabic: &'static str,
    choice_hebrew: &'static str,
    choice_compound: String,
    choice_emoji: String,
    caption_host: String,
    home_host: String,
    error_host: String,
}

impl Texts {
    fn new() -> Self {
        Texts {
            title_name: long_word("Aurelianamaximilianathistlewhisker", 70),
            arabic: "ذهب الثعلب الصغير جونيبر إلى القمر ليبحث عن باب مضيء في الحديقة، وهناك وجد *مفتاحا* ذهبيا.",
            hebrew: "השועל הקטן גוניפר הלך לירח כדי למצוא דלת זוהרת בגן, ושם הוא מצא מפתח זהב.",
            cjk: "小狐狸朱尼珀去月亮上寻找花园里发光的门".repeat(5),
            thai: "สุนัขจิ้งจอกน้อยจูนิเปอร์เดินทางไปดวงจันทร์เพื่อค้นหาประตูที่เรืองแสงในสวน".repeat(3),
            devanagari: format!("छोटी लोमड़ी जुनिपर {} चाँद पर गई।", "चाँदकीयात्राकेलिएतैयारहोनेवालीछोटीलोमड़ी".repeat(2)),
            emoji: "🦊🌙⭐".repeat(30),
            compound: long_word("Donaudampfschifffahrtsgesellschaftskapitaensmuetzenabzeichen", 60),
            list_compound: long_word("Mondscheinfuchstuerenschluesselgartenabenteuergeschichten", 60),
            url: format!("https://stories.example/maps/{}?door=moon", "a1b2c3d4e5f6".repeat(12)),
            name: long_word("Bartholomewfizzlebottomsnickerdoodlepennywhistle", 72),
            choice_arabic: "افتح الباب المضيء",
            choice_hebrew: "לך הביתה עם המפתח",
            choice_compound: long_word("Sternschnuppenwunschbrunnenzauberlaternenfest", 60),
            choice_emoji: "🚪✨🐇".repeat(15),
            caption_host: long_word("picturesofthemoonandthestarsforjuniper", 60),
            home_host: long_word("storiesaboutthegardendoorforthelittlefox", 60),
            error_host: long_word("thenextsceneofthestoryaboutthefoxandmoon", 60),
        }
    }

    /// The scene every step of the echo story answers with.
    fn scene(&self) -> serde_json::Value {
        let text = [
            self.arabic.to_string(),
            self.hebrew.to_string(),
            self.cjk.clone(),
            self.thai.clone(),
            self.devanagari.clone(),
            self.emoji.clone(),
            format!("They found a {} by the door.", self.compound),
            format!("The map was at {}", self.url),
            format!("Sir {} waved.", self.name),
            format!("In the bag:\n- {}\n- a lamp", self.list_compound),
        ]
        .join("\n\n");
        serde_json::json!({
            "title": format!("رحلة جونيبر إلى القمر {}", self.title_name),
            "text": text,
            "image_prompt": format!("fetch https://{}.example/picture.png", self.caption_host),
            "choices": [self.choice_arabic, self.choice_hebrew, self.choice_compound, self.choice_emoji],
        })
    }
}

/// What a case asserts about the element holding its text, and what undoing
/// of the page's rules makes it fail (so that it can catch a regression).
#[derive(Clone, Copy, PartialEq)]
enum Expect {
    /// Neither the element nor its text reaches past its box or the window.
    /// Fails once words no longer break anywhere (`overflow-wrap: normal;
    /// word-break: keep-all`): a long word, name, URL or CJK run.
    Fits,
    /// The same, for text that breaks between its own words or clusters
    /// (Thai by dictionary, emoji one by one): fails only once lines no longer
    /// wrap at all (`white-space: nowrap`, as on a button styled carelessly).
    FitsNaturally,
    /// The text lays out right to left. Fails once the `dir` attributes are gone.
    Rtl,
}

impl Expect {
    fn as_str(self) -> &'static str {
        match self {
            Expect::Fits | Expect::FitsNaturally => "fits",
            Expect::Rtl => "rtl",
        }
    }

    /// The control (see [`CHECK_TEXT`]) under which this case must fail.
    fn failing_control(self) -> u8 {
        match self {
            Expect::Fits | Expect::Rtl => 1,
            Expect::FitsNaturally => 2,
        }
    }
}

/// One case: on `page`, the element holding `marker` meets `expect`.
struct Case {
    page: &'static str,
    name: &'static str,
    marker: String,
    expect: Expect,
}

fn text_cases(t: &Texts) -> Vec<Case> {
    use Expect::*;
    let case = |page, name, marker: &str, expect| Case { page, name, marker: marker.to_string(), expect };
    // The story's text, as the scene page, the ending and the reader show it.
    let story = |page: &'static str| {
        vec![
            case(page, "title: long name", &t.title_name, Fits),
            case(page, "title: Arabic", "رحلة جونيبر", Rtl),
            case(page, "Arabic paragraph", "ذهب الثعلب الصغير", Rtl),
            case(page, "Hebrew paragraph", "השועל הקטן", Rtl),
            case(page, "CJK without spaces", &t.cjk, Fits),
            case(page, "Thai without spaces", &t.thai, FitsNaturally),
            case(page, "Devanagari long word", &t.devanagari, Fits),
            case(page, "emoji run", &t.emoji, FitsNaturally),
            case(page, "60-letter compound word", &t.compound, Fits),
            case(page, "long URL", &t.url, Fits),
            case(page, "long name without spaces", &t.name, Fits),
            case(page, "long word in a list", &t.list_compound, Fits),
        ]
    };
    let choices = |page: &'static str| {
        vec![
            case(page, "choice: Arabic", t.choice_arabic, Rtl),
            case(page, "choice: Hebrew", t.choice_hebrew, Rtl),
            case(page, "choice: 60-letter word", &t.choice_compound, Fits),
            case(page, "choice: emoji run", &t.choice_emoji, FitsNaturally),
        ]
    };
    let mut cases = vec![
        case("home: prompt too long", "prompt echoed back: Arabic", "ذهب الثعلب الصغير", Rtl),
        case("home: prompt too long", "prompt echoed back: long words", &t.name, Fits),
        // Failure details cut long words short ("…"): their first 40 letters mark them.
        case("home: story model failed", "error message: long URL", &t.home_host[..40], Fits),
        case("scene", "picture caption: long URL", &t.caption_host[..40], Fits),
        case("gallery", "card title: Arabic", "رحلة جونيبر", Rtl),
        case("gallery", "card title: long name", &t.title_name, Fits),
        case("gallery", "card prompt: the story's long prompt", "echo:", Fits),
        case("error page", "error message: long URL", &t.error_host[..40], Fits),
    ];
    cases.extend(story("scene"));
    cases.extend(choices("scene"));
    cases.extend(story("ending"));
    cases.extend(story("reader"));
    cases.extend(choices("reader"));
    cases
}

/// Run in the page: `[[name, marker, expect]]` → `{scroll_width, width, inner_width, results: [[name, problem or null]]}`.
/// `width` is the page's layout width (the window less any scrollbar). With
/// `control` 1 the page's own rules are undone first (every element
/// `overflow-wrap: normal; word-break: keep-all`, every `dir` removed); with 2,
/// lines stop wrapping too (`white-space: nowrap`). Under its control, each
/// case must fail, or it could not catch a regression.
const CHECK_TEXT: &str = r#"
const [cases, control] = arguments;
document.querySelectorAll('details').forEach(d => { d.open = true; });
if (control >= 1) {
  for (const el of document.querySelectorAll('*')) {
    el.style.setProperty('overflow-wrap', 'normal', 'important');
    el.style.setProperty('word-break', 'keep-all', 'important');
    if (control >= 2) el.style.setProperty('white-space', 'nowrap', 'important');
  }
  for (const el of document.querySelectorAll('[dir]')) el.removeAttribute('dir');
}
const width = document.documentElement.clientWidth;
function holder(marker) {
  for (const t of document.querySelectorAll('textarea')) if (t.value.includes(marker)) return { el: t };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) if (node.data.includes(marker)) return { el: node.parentElement, text: node };
  return null;
}
const results = [];
for (const [name, marker, expect] of cases) {
  const found = holder(marker);
  if (!found) { results.push([name, 'its text is not on the page']); continue; }
  let problem = null;
  if (expect === 'fits') {
    let box = found.el;
    while (box.parentElement && !['TEXTAREA', 'BUTTON'].includes(box.tagName) && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
    if (box.scrollWidth > box.clientWidth + 1) {
      problem = `${box.tagName.toLowerCase()}.${box.className} holds ${box.scrollWidth}px of text in ${box.clientWidth}px`;
    }
    if (!problem && found.text) {
      const range = document.createRange();
      range.selectNodeContents(found.text);
      for (const r of range.getClientRects()) {
        if (r.right > width + 1 || r.left < -1) { problem = `its text reaches ${Math.round(r.left)}..${Math.round(r.right)}px of a ${width}px page`; break; }
      }
    }
  } else {
    const direction = getComputedStyle(found.el).direction;
    if (direction !== expect) problem = `direction is ${direction}, not ${expect}`;
  }
  results.push([name, problem]);
}
return { scroll_width: document.documentElement.scrollWidth, width, inner_width: window.innerWidth, results };
"#;

/// Check the page now shown against its cases; returns what is wrong. At the
/// phone width, also checks that every case fails under its control.
async fn check_page(client: &Client, page: &str, cases: &[Case], phone: bool) -> Vec<String> {
    let mine: Vec<&Case> = cases.iter().filter(|c| c.page == page).collect();
    assert!(!mine.is_empty(), "no cases for {page}");
    let args = serde_json::json!(mine.iter().map(|c| serde_json::json!([c.name, c.marker, c.expect.as_str()])).collect::<Vec<_>>());
    let mut problems = Vec::new();
    let report = client.execute(CHECK_TEXT, vec![args.clone(), 0.into()]).await.unwrap();
    let number = |key: &str| report[key].as_f64().unwrap();
    let (scroll_width, width, inner_width) = (number("scroll_width"), number("width"), number("inner_width"));
    // No sideways scroll: not past the window, nor under the vertical scrollbar.
    if scroll_width > width || scroll_width > inner_width {
        problems.push(format!("{page} @{inner_width}: the page scrolls sideways ({scroll_width}px wide in {width}px)"));
    }
    for result in report["results"].as_array().unwrap() {
        if let Some(problem) = result[1].as_str() {
            problems.push(format!("{page} @{inner_width}: {}: {problem}", result[0].as_str().unwrap()));
        }
    }
    if phone {
        if let Ok(path) = std::env::var("STORYLOOM_TEXT_SCREENSHOTS") {
            let file = format!("{path}/{}", page.replace([' ', ':'], "-"));
            std::fs::write(format!("{file}.png"), client.screenshot().await.unwrap()).unwrap();
            client.execute("window.scrollTo(0, document.body.scrollHeight / 2);", vec![]).await.unwrap();
            std::fs::write(format!("{file}-middle.png"), client.screenshot().await.unwrap()).unwrap();
            client.execute("window.scrollTo(0, document.body.scrollHeight);", vec![]).await.unwrap();
            std::fs::write(format!("{file}-end.png"), client.screenshot().await.unwrap()).unwrap();
            client.execute("window.scrollTo(0, 0);", vec![]).await.unwrap();
        }
        // The controls add up (1, then 2 on top), so they run in that order.
        for control in [1u8, 2] {
            let report = client.execute(CHECK_TEXT, vec![args.clone(), control.into()]).await.unwrap();
            for (case, result) in mine.iter().zip(report["results"].as_array().unwrap()) {
                if case.expect.failing_control() == control && result[1].is_null() {
                    problems.push(format!("{page}: {}: passes even under control {control}, so it tests nothing", case.name));
                }
            }
        }
    }
    problems
}

/// Fill the home page's form (the prompt set as a script would, past `maxlength`) with the
/// hostile story model, submit it, and wait for the form to come back with its error.
async fn start_from_home(client: &Client, server: &TestServer, prompt: &str) {
    client.goto(&server.url("/kids/")).await.unwrap();
    client
        .execute(
            "document.querySelector('#prompt').value = arguments[0]; document.querySelector('#model').value = 'hostile-story';",
            vec![prompt.into()],
        )
        .await
        .unwrap();
    client.find(Locator::Css("#start-button")).await.unwrap().click().await.unwrap();
    wait_for(client, "document.querySelector('#form-error')", "the form to come back with an error").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_in_any_script_or_shape_fits_a_phone_and_a_desktop_window() {
    let dir = tempfile::tempdir().unwrap();
    let server = hostile_server(dir.path()).await;
    let t = Texts::new();
    let cases = text_cases(&t);

    // A finished story whose every scene holds every shape, and a story whose second scene fails.
    let first = start_echo_story(&server, &t.scene(), "short").await;
    let path = play_to_end(&server, &first).await;
    assert_eq!(path.len(), 3);
    let picture = wait_image(&server, "kids", &last_id(&first)).await;
    assert_eq!(picture["status"], "failed", "the picture fails (its caption is a case): {picture}");
    let gallery = get_text(&server, "/kids/gallery").await;
    let reader = attr_values(&gallery, "href=\"").into_iter().find(|h| h.starts_with("/kids/gallery/")).expect("a card");
    let failing = format!("later:fetch https://{}.example/next-scene", t.error_host);
    let response = submit(
        &server,
        "/kids/",
        "/kids/story/start",
        &[("prompt", failing.as_str()), ("length", "short"), ("model", "hostile-story"), ("image_model", "hostile-image")],
    )
    .await;
    assert_eq!(response.status(), 303);
    let failing_scene = location(&response);
    // Longer than the server takes (set as a script would, past the field's limit): the form comes back with it.
    let too_long = format!("{} {} {} ", t.arabic, t.name, t.emoji).repeat(12);
    assert!(too_long.chars().count() > storyloom::story::MAX_PROMPT);

    let driver = start_driver();
    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;
    let mut problems = Vec::new();
    for (width, height) in [(390u32, 844u32), (1280, 900)] {
        client.set_window_size(width, height).await.unwrap();
        let inner = client.execute("return window.innerWidth;", vec![]).await.unwrap();
        let phone = width < 500;
        if phone {
            assert!(inner.as_f64().unwrap() <= 400.0, "a phone-sized window, not {inner}");
        }

        start_from_home(&client, &server, &too_long).await;
        problems.extend(check_page(&client, "home: prompt too long", &cases, phone).await);

        start_from_home(&client, &server, &format!("fetch https://{}.example/story", t.home_host)).await;
        problems.extend(check_page(&client, "home: story model failed", &cases, phone).await);

        client.goto(&server.url(&first)).await.unwrap();
        wait_for(&client, "document.querySelector('#scene-image[data-status=failed] .image-error')", "the picture's caption").await;
        problems.extend(check_page(&client, "scene", &cases, phone).await);

        client.goto(&server.url(path.last().unwrap())).await.unwrap();
        wait_for(&client, "document.querySelector('#ending-banner')", "the ending").await;
        problems.extend(check_page(&client, "ending", &cases, phone).await);

        client.goto(&server.url(&reader)).await.unwrap();
        wait_for(&client, "document.querySelector('.reader-nav')", "the reader").await;
        problems.extend(check_page(&client, "reader", &cases, phone).await);

        client.goto(&server.url("/kids/gallery")).await.unwrap();
        wait_for(&client, "document.querySelector('.gallery-card')", "the gallery").await;
        problems.extend(check_page(&client, "gallery", &cases, phone).await);

        client.goto(&server.url(&failing_scene)).await.unwrap();
        client.find(Locator::Css(".choice-button")).await.unwrap().click().await.unwrap();
        wait_for(&client, "document.querySelector('.error-page')", "the error page").await;
        problems.extend(check_page(&client, "error page", &cases, phone).await);
    }
    client.close().await.unwrap();
    server.stop().await;
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

// ---------- Forms stay usable when another site links here ----------

/// Serve one HTML page on `localhost` (another site than the server's `127.0.0.1`) until dropped.
async fn other_site(html: String) -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let task = tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else { return };
            let html = html.clone();
            tokio::spawn(async move {
                use tokio::io::{AsyncReadExt, AsyncWriteExt};
                let mut buf = [0u8; 4096];
                let _ = socket.read(&mut buf).await;
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{html}",
                    html.len()
                );
                let _ = socket.write_all(response.as_bytes()).await;
            });
        }
    });
    (format!("http://localhost:{port}/"), task)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_from_another_site_leaves_the_open_story_pages_working() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let driver = start_driver();
    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;

    // Tab A: a story in progress.
    client.goto(&server.url("/kids/")).await.unwrap();
    client.find(Locator::Css("#prompt")).await.unwrap().send_keys("A hedgehog builds a kite").await.unwrap();
    client.find(Locator::Css("#start-button")).await.unwrap().click().await.unwrap();
    wait_for(&client, "document.querySelector('.choice-button')", "the first scene").await;
    let tab_a = client.window().await.unwrap();
    let scene = client.current_url().await.unwrap();

    // Tab B: a page on another site (a chat app, an e-mail) links to the gallery; the parent follows it.
    let (page, _site) = other_site(format!("<a id=\"to-stories\" href=\"{}\">Our stories</a>", server.url("/kids/gallery"))).await;
    let tab_b = client.new_window(true).await.unwrap();
    client.switch_to_window(tab_b.handle).await.unwrap();
    client.goto(&page).await.unwrap();
    client.find(Locator::Css("#to-stories")).await.unwrap().click().await.unwrap();
    wait_for(&client, "location.pathname === '/kids/gallery'", "the gallery opened from the other site").await;

    // Back in tab A, without reloading, a choice still goes through.
    client.switch_to_window(tab_a).await.unwrap();
    assert_eq!(client.current_url().await.unwrap(), scene);
    client.find(Locator::Css(".choice-button")).await.unwrap().click().await.unwrap();
    wait_for(&client, &format!("location.href !== {:?} || document.querySelector('.error-page')", scene.as_str()), "the next page").await;
    let body = client.find(Locator::Css("body")).await.unwrap().text().await.unwrap();
    assert!(!body.contains("Nothing was changed"), "the open page's form was refused: {body}");
    wait_for(&client, "document.querySelector('#scene-text')", "the next scene").await;
    client.close().await.unwrap();
    server.stop().await;
}

// ---------- Video mode on the embedded default ----------

/// Wait until the page's clip (`selector`) has decoded data, by playing it muted; returns (width, height, duration).
async fn clip_plays(client: &Client, selector: &str) -> (u64, u64, f64) {
    wait_for(client, &format!("document.querySelector('{selector}')"), "the clip element").await;
    client
        .execute(
            &format!("const v = document.querySelector('{selector}'); v.muted = true; v.play().catch(() => {{}}); return true;"),
            vec![],
        )
        .await
        .unwrap();
    wait_for(
        client,
        &format!("(() => {{ const v = document.querySelector('{selector}'); return v.readyState >= 2 && v.duration > 0 && !v.error; }})()"),
        "the clip to decode",
    )
    .await;
    let facts = client
        .execute(&format!("const v = document.querySelector('{selector}'); return [v.videoWidth, v.videoHeight, v.duration];"), vec![])
        .await
        .unwrap();
    (facts[0].as_u64().unwrap(), facts[1].as_u64().unwrap(), facts[2].as_f64().unwrap())
}

/// The tags of the pictures and clips visible in the scene's picture slot, e.g. `"video"`.
async fn shown_in_slot(client: &Client) -> String {
    let shown = client
        .execute(
            "const slot = document.querySelector('#scene-media'); if (!slot) return 'no slot';
             return [...slot.querySelectorAll('img, video')].filter(e => {
               const r = e.getBoundingClientRect(), s = getComputedStyle(e);
               return r.width > 0 && r.height > 0 && s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0;
             }).map(e => e.tagName.toLowerCase()).join(',');",
            vec![],
        )
        .await
        .unwrap();
    shown.as_str().unwrap_or_default().to_string()
}

/// Whether the start form's video model picker is shown.
async fn picker_shown(client: &Client) -> bool {
    let shown = client
        .execute("const g = document.querySelector('.video-group'); return !!g && g.getClientRects().length > 0;", vec![])
        .await
        .unwrap();
    shown == serde_json::Value::Bool(true)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn video_mode_plays_each_scenes_clip_in_the_scene_and_the_reader_on_a_phone() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let driver = start_driver();
    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;

    client.goto(&server.url("/kids/")).await.unwrap();
    client.find(Locator::Css("#prompt")).await.unwrap().send_keys("A snail and a firefly race to the moon").await.unwrap();
    client.find(Locator::Css("input[name=length][value=short]")).await.unwrap().click().await.unwrap();
    // The video model picker shows only while video mode is ticked.
    assert!(!picker_shown(&client).await, "no video picker while video mode is off");
    client.find(Locator::Css("#video-mode")).await.unwrap().click().await.unwrap();
    assert!(picker_shown(&client).await, "the video picker shows once video mode is ticked");
    client.find(Locator::Css("#start-button")).await.unwrap().click().await.unwrap();

    // Every scene: the picture at once, then its clip (swapped in by the page's polling) in the picture's place, which really decodes.
    let mut scenes = 0;
    loop {
        wait_for(&client, "document.querySelector('#scene-text')", "a scene page").await;
        scenes += 1;
        wait_for(&client, "document.querySelector('#scene-image.loaded')", "the scene's picture").await;
        let (width, height, duration) = clip_plays(&client, "#scene-image video.clip").await;
        assert!(width >= 480 && height >= 480, "{width}×{height}");
        assert!((6.0..=8.5).contains(&duration), "{duration} s");
        let poster = client.execute("return document.querySelector('#scene-image video').getAttribute('poster');", vec![]).await.unwrap();
        assert!(poster.as_str().is_some_and(|p| p.contains("/kids/media/")), "the picture is the clip's poster: {poster}");
        assert_eq!(shown_in_slot(&client).await, "video", "the clip replaces the picture: it is not shown twice");
        assert!(scenes < 10, "the story never ended");
        if client.find(Locator::Css("#ending-banner")).await.is_ok() {
            break;
        }
        let url_before = client.current_url().await.unwrap();
        client.find(Locator::Css(".choice-button")).await.unwrap().click().await.unwrap();
        wait_for(&client, &format!("location.href !== {:?}", url_before.as_str()), "the next scene").await;
    }

    // The reader plays the clips too, and the gallery card carries the badge.
    client.find(Locator::Css("#reader-link")).await.unwrap().click().await.unwrap();
    wait_for(&client, "document.querySelector('.reader-next')", "the reader").await;
    clip_plays(&client, "#scene-image video.clip").await;
    assert_eq!(shown_in_slot(&client).await, "video", "the reader shows the clip in the picture's place");
    client.goto(&server.url("/kids/gallery")).await.unwrap();
    client.find(Locator::Css(".gallery-card .video-badge")).await.unwrap();

    // A parent switches video off for the tier (the old settings address leads
    // to the parent area, which asks for a PIN first): the switch is gone from the start form.
    client.goto(&server.url("/kids/settings")).await.unwrap();
    client.find(Locator::Css("#pin")).await.unwrap().send_keys("4821").await.unwrap();
    client.find(Locator::Css("#pin-again")).await.unwrap().send_keys("4821").await.unwrap();
    client.find(Locator::Css("#pin-submit")).await.unwrap().click().await.unwrap();
    wait_for(&client, "document.querySelector('#video-allowed')", "the tier's settings after the PIN").await;
    client.find(Locator::Css("#video-allowed")).await.unwrap().click().await.unwrap();
    client.find(Locator::Css("#settings-save")).await.unwrap().click().await.unwrap();
    wait_for(&client, "document.querySelector('#settings-saved')", "the saved settings").await;
    client.goto(&server.url("/kids/")).await.unwrap();
    assert!(client.find(Locator::Css("#video-mode")).await.is_err(), "no video switch once a parent turned video off");
    client.close().await.unwrap();
    server.stop().await;
}

/// Where the scene's parts are on the page: `[choices top, window height, scroll, text left, picture right, pill shown, picture done]`.
async fn scene_layout(client: &Client) -> serde_json::Value {
    client
        .execute(
            "const choices = document.querySelector('#choices, #ending-banner').getBoundingClientRect();
             const text = document.querySelector('#scene-text').getBoundingClientRect();
             const picture = document.querySelector('#scene-image');
             const pill = document.querySelector('#scene-video .video-progress');
             return [choices.top, window.innerHeight, window.scrollY, text.left, picture.getBoundingClientRect().right,
                     !!pill && pill.getClientRects().length > 0, picture.getAttribute('data-status') === 'complete'];",
            vec![],
        )
        .await
        .unwrap()
}

/// Check the scene keeps its text and choices beside the picture, on screen, until its clip is in the picture's place.
async fn text_stays_beside_the_picture_until_the_clip_is_in(client: &Client) {
    let mut clip_in = false;
    for _ in 0..600 {
        let layout = scene_layout(client).await;
        let n = |i: usize| layout[i].as_f64().unwrap();
        assert_eq!(n(2), 0.0, "no scrolling: {layout}");
        assert!(n(0) < n(1), "the choices are on screen without scrolling: {layout}");
        assert!(n(3) >= n(4), "the text sits beside the picture: {layout}");
        assert!(!(layout[5] == true && layout[6] == false), "no clip progress while the picture is still being painted: {layout}");
        if clip_in {
            break;
        }
        clip_in = client.find(Locator::Css("#scene-image video.clip")).await.is_ok();
        if !clip_in {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    assert!(clip_in, "the clip never came");
    clip_plays(client, "#scene-image video.clip").await;
    let html = client.execute("return document.querySelector('#scene-media').outerHTML;", vec![]).await.unwrap();
    assert_eq!(shown_in_slot(client).await, "video", "the picture is not shown twice: {html}");
    let layout = scene_layout(client).await;
    assert!(layout[0].as_f64().unwrap() < layout[1].as_f64().unwrap(), "the choices stay on screen with the clip: {layout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn video_mode_on_a_desktop_keeps_the_text_beside_the_picture_and_says_when_the_server_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let driver = start_driver();
    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;
    client.set_window_size(1280, 900).await.unwrap();

    client.goto(&server.url("/kids/")).await.unwrap();
    client.find(Locator::Css("#prompt")).await.unwrap().send_keys("A otter opens a tiny bakery").await.unwrap();
    client.find(Locator::Css("input[name=length][value=short]")).await.unwrap().click().await.unwrap();
    client.find(Locator::Css("#video-mode")).await.unwrap().click().await.unwrap();
    client.find(Locator::Css("#start-button")).await.unwrap().click().await.unwrap();

    // While the clip is made and once it plays: text and choices beside the picture, on screen; the picture shown once.
    wait_for(&client, "document.querySelector('#scene-text')", "a scene page").await;
    text_stays_beside_the_picture_until_the_clip_is_in(&client).await;
    // The same drawn by the server, with the clip already made.
    client.refresh().await.unwrap();
    wait_for(&client, "document.querySelector('#scene-image.loaded')", "the scene again").await;
    text_stays_beside_the_picture_until_the_clip_is_in(&client).await;

    // The next scene loses the server for a while: a calm note, and the page keeps trying until it is back.
    let url_before = client.current_url().await.unwrap();
    client.find(Locator::Css(".choice-button")).await.unwrap().click().await.unwrap();
    wait_for(&client, &format!("location.href !== {:?} && document.querySelector('#scene-text')", url_before.as_str()), "the next scene")
        .await;
    client
        .execute(
            "window.realFetch = window.fetch; window.fetch = () => Promise.reject(new TypeError('Failed to fetch')); return true;",
            vec![],
        )
        .await
        .unwrap();
    wait_for(
        &client,
        "document.querySelector('#server-note') && document.querySelector('#server-note').textContent.includes(\"Can't reach the story server right now\")",
        "the note that the server cannot be reached",
    )
    .await;
    assert!(client.find(Locator::Css("#scene-image video.clip")).await.is_err(), "nothing new arrives while the server is gone");
    client.execute("window.fetch = window.realFetch; return true;", vec![]).await.unwrap();
    wait_for(&client, "!document.querySelector('#server-note')", "the note to go once the server is back").await;
    text_stays_beside_the_picture_until_the_clip_is_in(&client).await;
    client.close().await.unwrap();
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_character_with_a_photo_stars_in_a_memory_mode_story_on_a_phone_and_a_desktop() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let driver = start_driver();
    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;
    let photo = dir.path().join("mia.jpg");
    std::fs::write(&photo, storyloom_fakes::photos::encode(&storyloom_fakes::photos::picture(600, 450), image::ImageFormat::Jpeg)).unwrap();

    for (name, (width, height)) in [("Mia", (390, 844)), ("Leo", (1280, 900))] {
        client.set_window_size(width, height).await.unwrap();
        // The roster, from the header's link.
        client.goto(&server.url("/kids/")).await.unwrap();
        client.find(Locator::Css(".nav-characters")).await.unwrap().click().await.unwrap();
        wait_for(&client, "document.querySelector('#character-form')", "the characters page").await;
        client.find(Locator::Css("#character-name")).await.unwrap().send_keys(name).await.unwrap();
        client.find(Locator::Css("#character-description")).await.unwrap().send_keys("a brave explorer").await.unwrap();
        client.find(Locator::Css("input[name=hair][value='red hair']")).await.unwrap().click().await.unwrap();
        client.find(Locator::Css("#character-photos")).await.unwrap().send_keys(&photo.display().to_string()).await.unwrap();
        client.find(Locator::Css("#character-save")).await.unwrap().click().await.unwrap();
        wait_for(&client, "document.querySelector('#character-saved')", "the saved character").await;
        wait_for(
            &client,
            "[...document.querySelectorAll('#photo-list img')].some(i => i.complete && i.naturalWidth > 0)",
            "the photo's thumbnail",
        )
        .await;
        let wide = client.execute("return document.documentElement.scrollWidth > window.innerWidth;", vec![]).await.unwrap();
        assert_eq!(wide, serde_json::Value::Bool(false), "{width} px: the character page fits");

        // The start form: memory mode on, the character ticked.
        client.goto(&server.url("/kids/")).await.unwrap();
        client.find(Locator::Css("#prompt")).await.unwrap().send_keys("A trip to the seaside").await.unwrap();
        client.find(Locator::Css("input[name=length][value=short]")).await.unwrap().click().await.unwrap();
        let picks_shown =
            "(() => { const p = document.querySelector('.character-picks'); return !!p && p.getClientRects().length > 0; })()";
        let shown = client.execute(&format!("return {picks_shown};"), vec![]).await.unwrap();
        assert_eq!(shown, serde_json::Value::Bool(false), "the characters show only once memory mode is on");
        client.find(Locator::Css("#memory-mode")).await.unwrap().click().await.unwrap();
        wait_for(&client, picks_shown, "the characters to pick").await;
        let pick =
            client.find(Locator::XPath(&format!("//label[contains(@class,'character-pick')][contains(., '{name}')]"))).await.unwrap();
        pick.click().await.unwrap();
        let wide = client.execute("return document.documentElement.scrollWidth > window.innerWidth;", vec![]).await.unwrap();
        assert_eq!(wide, serde_json::Value::Bool(false), "{width} px: the start form fits");
        client.find(Locator::Css("#start-button")).await.unwrap().click().await.unwrap();

        // The scene: its picture arrives and the hero is in the story. The offline painter copies
        // no earlier picture (it draws the hero from the description), so there is no look to reset.
        wait_for(&client, "document.querySelector('#scene-text')", "the first scene").await;
        wait_for(&client, "document.querySelector('#scene-image.loaded')", "the scene's picture").await;
        let text = client.find(Locator::Css("#scene-text")).await.unwrap().text().await.unwrap();
        assert!(text.contains(name), "{name} stars in the story: {text}");
        assert!(client.find(Locator::Css("#reset-look")).await.is_err(), "no Reset appearance for a painter that takes no pictures");
    }
}
