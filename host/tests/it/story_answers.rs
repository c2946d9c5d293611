//! Story answers as models really send them, end to end: the real server with
//! a bundled provider plugin (OpenAI chat completions, Anthropic messages)
//! pointed at its fake, and a table of answer shapes. Each messy but usable
//! answer (code fences with remarks before or after, remarks holding braces,
//! real line breaks and tabs inside strings, trailing commas) gives its scene
//! with exactly one paid story call; each answer whose choices are near
//! duplicates (`Follow the fox` / `follow the fox.` / `Follow  the fox!`)
//! costs exactly one repair call and then gives a good scene. The family
//! never reads the parser's words on any page.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;
use storyloom_fakes as fakes;

use common::provider_host::localhost;
use common::*;
use fakes::anthropic::FakeAnthropic;
use fakes::openai::FakeOpenAi;

/// Words a JSON parser or the host's checks would use; none may reach a page.
const PARSER_WORDS: [&str; 9] =
    ["parsing", "control character", "expected", "line 1 column", "EOF", "trailing comma", "serde", "invalid type", "not a readable"];

/// A good scene whose text names `tag`, with these choices (a JSON array).
fn scene(tag: &str, choices: &str) -> String {
    format!(
        r#"{{"title":"The Lantern Fox","text":"The {tag} fox found a lantern glowing in the snow.","image_prompt":"a fox with a lantern","choices":{choices},"is_ending":false}}"#
    )
}

const CHOICES: &str = r#"["Follow the light","Knock on the door","Call a friend"]"#;

/// Messy but usable answers: (what, the answer, the words the page must show).
fn messy_answers() -> Vec<(&'static str, String, &'static str)> {
    let plain = |tag: &str| scene(tag, CHOICES);
    vec![
        ("a fence with a remark before", format!("Here is the next scene:\n```json\n{}\n```", plain("fenced")), "The fenced fox"),
        ("a fence with a remark after", format!("```json\n{}\n```\nI hope the children enjoy it!", plain("remarked")), "The remarked fox"),
        ("a plain fence with remarks on both sides", format!("Sure!\n```\n{}\n```\n(3 choices)", plain("plain")), "The plain fox"),
        ("remarks holding braces", format!("Okay {{as asked}}:\n{}\nDone :}}", plain("braced")), "The braced fox"),
        (
            "a real line break inside a string",
            plain("broken").replace("glowing in the snow.", "glowing\nin the snow."),
            "The broken fox found a lantern",
        ),
        ("a real tab inside a string", plain("tabbed").replace("found a", "found\ta"), "The tabbed fox"),
        (
            "a trailing comma in the choices",
            scene("comma", r#"["Follow the light","Knock on the door","Call a friend",]"#),
            "The comma fox",
        ),
        ("a trailing comma in the object", plain("closing").replace("\"is_ending\":false}", "\"is_ending\":false,\n}"), "The closing fox"),
        (
            "all of it at once",
            format!(
                "Of course {{:\n```json\n{}\n```\nEnjoy!",
                scene("messy", "[\"Follow the light\",\n\t\"Knock on the door\",\n\t\"Call a friend\",\n]")
            ),
            "The messy fox",
        ),
    ]
}

/// Answers whose choices are near duplicates (fewer than three different ones): (what, choices).
fn near_duplicate_choices() -> Vec<(&'static str, &'static str)> {
    vec![
        ("case and a full stop", r#"["Follow the fox","follow the fox.","Hide"]"#),
        ("a double space and a bang", r#"["Follow the fox","Follow  the fox!","Hide"]"#),
        ("all three spellings", r#"["Follow the fox","follow the fox.","Follow  the fox!","Hide"]"#),
        ("quotes and commas", r#"["Hide, quick","hide quick","'Hide quick'"]"#),
    ]
}

/// A provider fake behind a bundled story model.
trait StoryFake {
    fn name(&self) -> &'static str;
    /// The story model's key on the home page.
    fn model(&self) -> &'static str;
    /// The operator's environment: key and base URL.
    fn env(&self) -> Vec<(&'static str, String)>;
    fn push_reply(&self, reply: &str);
    /// The paid story calls so far, each as the text of its last user turn.
    fn story_calls(&self) -> Vec<String>;
}

impl StoryFake for FakeOpenAi {
    fn name(&self) -> &'static str {
        "OpenAI chat completions"
    }
    fn model(&self) -> &'static str {
        "gpt"
    }
    fn env(&self) -> Vec<(&'static str, String)> {
        vec![("OPENAI_API_KEY", fakes::openai::KEY.to_string()), ("OPENAI_BASE_URL", self.base_url())]
    }
    fn push_reply(&self, reply: &str) {
        self.push_story_reply(reply);
    }
    fn story_calls(&self) -> Vec<String> {
        FakeOpenAi::story_calls(self).iter().map(|r| last_user_turn(&r.json())).collect()
    }
}

impl StoryFake for FakeAnthropic {
    fn name(&self) -> &'static str {
        "Anthropic messages"
    }
    fn model(&self) -> &'static str {
        "claude"
    }
    fn env(&self) -> Vec<(&'static str, String)> {
        vec![("ANTHROPIC_API_KEY", fakes::anthropic::KEY.to_string()), ("ANTHROPIC_BASE_URL", self.base_url())]
    }
    fn push_reply(&self, reply: &str) {
        self.push_story_reply(reply);
    }
    fn story_calls(&self) -> Vec<String> {
        self.requests().iter().filter(|r| r.path == "/v1/messages").map(|r| last_user_turn(&r.json())).collect()
    }
}

/// The text of the last `user` message of a chat-style body (string or text-block content).
fn last_user_turn(body: &serde_json::Value) -> String {
    let turn = body["messages"].as_array().unwrap().iter().rev().find(|m| m["role"] == "user").unwrap();
    match &turn["content"] {
        serde_json::Value::String(text) => text.clone(),
        blocks => blocks.as_array().unwrap().iter().filter_map(|b| b["text"].as_str()).collect(),
    }
}

/// Start a kids story with `fake`'s model (offline pictures) and return the first scene's page.
async fn start(server: &TestServer, fake: &dyn StoryFake, prompt: &str) -> (String, String) {
    let fields = [("prompt", prompt), ("length", "short"), ("model", fake.model()), ("image_model", "picture-book")];
    let response = submit(server, "/kids/", "/kids/story/start", &fields).await;
    assert_eq!(response.status(), 303, "{}: {prompt}: {}", fake.name(), response.text().await.unwrap_or_default());
    let path = location(&response);
    let page = get_text(server, &path).await;
    (path, page)
}

fn assert_no_parser_words(page: &str, what: &str) {
    let lower = page.to_lowercase();
    for word in PARSER_WORDS {
        assert!(!lower.contains(&word.to_lowercase()), "{what}: the page shows the parser's {word:?}");
    }
}

async fn check_answers(fake: &dyn StoryFake) {
    let dir = tempfile::tempdir().unwrap();
    let env = fake.env();
    let server = TestServer::start_with(dir.path(), |config| {
        for (name, value) in &env {
            config.env.insert(*name, value.clone());
        }
        config.allow_private.push(localhost());
    })
    .await;
    let provider = fake.name();

    for (what, answer, shown) in messy_answers() {
        let before = fake.story_calls().len();
        fake.push_reply(&answer);
        let (_, page) = start(&server, fake, what).await;
        assert_eq!(fake.story_calls().len() - before, 1, "{provider}, {what}: exactly one paid call, no repair");
        assert!(page.contains(shown), "{provider}, {what}: the scene is shown: {page}");
        let actions = choice_actions(&page);
        assert_eq!(actions.len(), 3, "{provider}, {what}: three choices");
        for choice in ["Follow the light", "Knock on the door", "Call a friend"] {
            assert!(page.contains(choice), "{provider}, {what}: {choice}");
        }
        assert_no_parser_words(&page, &format!("{provider}, {what}"));
    }

    for (what, choices) in near_duplicate_choices() {
        let before = fake.story_calls().len();
        fake.push_reply(&format!("Here you go:\n```json\n{}\n```", scene("doubled", choices)));
        fake.push_reply(&scene("repaired", r#"["Follow the fox","Hide in the hollow","Ask the owl"]"#));
        let (_, page) = start(&server, fake, what).await;
        let calls = fake.story_calls();
        assert_eq!(calls.len() - before, 2, "{provider}, {what}: one call and exactly one repair");
        let repair = &calls[calls.len() - 1];
        assert!(repair.contains("3 or 4 different choices"), "{provider}, {what}: the repair names the problem: {repair}");
        assert!(page.contains("The repaired fox") && !page.contains("The doubled fox"), "{provider}, {what}: {page}");
        assert_eq!(choice_actions(&page).len(), 3, "{provider}, {what}: three different choices");
        for choice in ["Follow the fox", "Hide in the hollow", "Ask the owl"] {
            assert!(page.contains(choice), "{provider}, {what}: {choice}");
        }
        assert_no_parser_words(&page, &format!("{provider}, {what}"));
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn openai_chat_answers_as_models_send_them() {
    check_answers(&FakeOpenAi::start().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anthropic_answers_as_models_send_them() {
    check_answers(&FakeAnthropic::start().await).await;
}
