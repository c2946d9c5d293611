//! Every provider through the real server: with all four keys set against
//! the four fakes, the kids home page lists the image models grouped OpenAI,
//! xAI, Google, Built-in (GPT Image 1 preselected), and a story started with
//! each provider image model gets its picture and names that model on its
//! scene page, gallery card and reader; with only `OPENAI_API_KEY`, only the
//! OpenAI models and the built-in one are offered.

use super::common::*;
use super::fakes::anthropic::{self, FakeAnthropic};
use super::fakes::gemini::{self, FakeGemini};
use super::fakes::openai::{self, FakeOpenAi};
use super::fakes::xai::{self, FakeXai};
use super::localhost;

/// (heading, option names) of every image group on a home page, in page order.
fn image_groups(html: &str) -> Vec<(String, Vec<String>)> {
    // The picture picker only: the video picker (after it) has groups of its own.
    let html = html.split("video-field").next().unwrap_or(html);
    html.split("class=\"group-heading\"")
        .skip(1)
        .map(|section| {
            let heading = section.split_once('>').map_or("", |(_, t)| t).split('<').next().unwrap_or("").to_string();
            (heading, texts_of(section, "option-name"))
        })
        .collect()
}

/// The text of every element with class `class` in `html` (whatever other attributes it has), in order.
fn texts_of(html: &str, class: &str) -> Vec<String> {
    html.split(&format!("class=\"{class}\""))
        .skip(1)
        .map(|rest| rest.split_once('>').map_or("", |(_, t)| t).split('<').next().unwrap_or("").to_string())
        .collect()
}

fn groups(expected: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    expected.iter().map(|(g, names)| (g.to_string(), names.iter().map(|n| n.to_string()).collect())).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_four_providers_paint_stories_and_name_their_models() {
    let (openai, xai, gemini, anthropic) =
        (FakeOpenAi::start().await, FakeXai::start().await, FakeGemini::start().await, FakeAnthropic::start().await);
    let dir = tempfile::tempdir().unwrap();
    let urls = [
        ("OPENAI_BASE_URL", openai.base_url()),
        ("XAI_BASE_URL", xai.base_url()),
        ("XAI_IMAGE_CDN_URL", xai.cdn_url()),
        ("GEMINI_BASE_URL", gemini.base_url()),
        ("ANTHROPIC_BASE_URL", anthropic.base_url()),
    ];
    let configure = |config: &mut storyloom::Config, keys: &[(&str, &str)]| {
        for (name, value) in urls.iter().map(|(n, v)| (*n, v.as_str())).chain(keys.iter().copied()) {
            config.env.insert(name, value);
        }
        config.allow_private.push(localhost());
    };

    // Only OpenAI's key: its three models and the built-in one.
    let server = TestServer::start_with(dir.path(), |config| configure(config, &[("OPENAI_API_KEY", openai::KEY)])).await;
    let home = get_text(&server, "/kids/").await;
    let expected: &[(&str, &[&str])] =
        &[("OpenAI", &["GPT Image 1 Mini", "GPT Image 1", "GPT Image 1.5"]), ("Built-in", &["Picture Book (offline)"])];
    assert_eq!(image_groups(&home), groups(expected), "{home}");
    server.stop().await;

    let keys = [
        ("OPENAI_API_KEY", openai::KEY),
        ("XAI_API_KEY", xai::KEY),
        ("GEMINI_API_KEY", gemini::KEY),
        ("ANTHROPIC_API_KEY", anthropic::KEY),
    ];
    let server = TestServer::start_with(dir.path(), |config| configure(config, &keys)).await;
    let home = get_text(&server, "/kids/").await;
    let expected: &[(&str, &[&str])] = &[
        ("OpenAI", &["GPT Image 1 Mini", "GPT Image 1", "GPT Image 1.5"]),
        ("xAI", &["Grok Imagine"]),
        ("Google", &["Gemini"]),
        ("Built-in", &["Picture Book (offline)"]),
    ];
    assert_eq!(image_groups(&home), groups(expected), "{home}");
    assert!(home.contains(r#"value="gpt-image-1" checked"#), "GPT Image 1 is the kids tier's first choice");
    for other in ["gpt-image-1-mini", "gpt-image-1.5", "grok-imagine", "gemini", "picture-book"] {
        assert!(!home.contains(&format!(r#"value="{other}" checked"#)), "only GPT Image 1 is preselected, not {other}");
    }

    let models = [
        ("gpt-image-1-mini", "GPT Image 1 Mini", openai.png()),
        ("gpt-image-1", "GPT Image 1", openai.png()),
        ("gpt-image-1.5", "GPT Image 1.5", openai.png()),
        ("grok-imagine", "Grok Imagine", xai.png()),
        ("gemini", "Gemini", gemini.png()),
    ];
    for (key, name, png) in &models {
        let prompt = format!("a fox painted by {key}");
        let fields = [("prompt", prompt.as_str()), ("length", "short"), ("model", "storyteller"), ("image_model", key)];
        let response = submit(&server, "/kids/", "/kids/story/start", &fields).await;
        assert_eq!(response.status(), 303, "{key}: {}", response.text().await.unwrap_or_default());
        let scene = location(&response);
        let status = wait_image(&server, "kids", &last_id(&scene)).await;
        assert_eq!(status["status"], "complete", "{key}: {status}");
        let picture = reqwest::get(server.url(status["url"].as_str().unwrap())).await.unwrap();
        assert_eq!(picture.bytes().await.unwrap().to_vec(), *png, "{key}: the fake's picture");
        let page = get_text(&server, &scene).await;
        assert!(unisolated(&page).contains(&format!("Pictures by {name}</p>")), "{key}: {page}");
        play_to_end(&server, &scene).await;
    }
    let sent = gemini.requests().into_iter().find(|r| r.path.ends_with("gemini-2.5-flash-image:generateContent")).unwrap();
    assert_eq!(sent.header("x-goog-api-key"), Some(gemini::KEY));

    // The gallery has one card per story, each naming its picture model, and so does each reader.
    let gallery = get_text(&server, "/kids/gallery").await;
    let cards: Vec<&str> = gallery.split("gallery-card").skip(1).collect();
    assert_eq!(cards.len(), models.len(), "{gallery}");
    for (key, name, _) in &models {
        let card = cards.iter().find(|c| c.contains(&format!("a fox painted by {key}<"))).unwrap_or_else(|| panic!("no card for {key}"));
        assert!(unisolated(card).contains(&format!("Pictures by {name}</p>")), "{key}: {card}");
        let link = attr_values(card, "href=\"").into_iter().find(|h| h.starts_with("/kids/gallery/")).unwrap();
        let reader = get_text(&server, &link).await;
        assert!(unisolated(&reader).contains(&format!("Pictures by {name}</p>")), "{key}: {reader}");
    }
    server.stop().await;
}

/// `html` without the `<bdi>` isolation around model names, so "Pictures by X" reads as text.
fn unisolated(html: &str) -> String {
    html.replace("<bdi>", "").replace("</bdi>", "")
}
