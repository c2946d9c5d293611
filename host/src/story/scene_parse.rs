//! A story model's answer → a checked scene, or a clear reason why not.

use serde::Deserialize;

/// Longest scene text we keep, in characters.
const MAX_TEXT: usize = 8000;
const MAX_CHOICE: usize = 200;

/// A scene as a model wrote it, after checking.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedScene {
    pub title: String,
    pub text: String,
    pub image_prompt: String,
    pub choices: Vec<String>,
    pub is_ending: bool,
}

#[derive(Deserialize)]
struct Raw {
    #[serde(default)]
    title: String,
    #[serde(default, alias = "content")]
    text: String,
    #[serde(default)]
    image_prompt: String,
    #[serde(default)]
    choices: Vec<RawChoice>,
    #[serde(default)]
    is_ending: bool,
}

/// Models write choices as strings or as `{"text": …}` objects; accept both.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawChoice {
    Text(String),
    Object { text: String },
}

/// Parse and check a scene. `must_end` is the host's decision (the scene is
/// the story's last); the model's own `is_ending` is ignored.
pub fn parse_scene(answer: &str, must_end: bool) -> Result<ParsedScene, String> {
    let json = extract_object(answer).ok_or("the answer contains no JSON object")?;
    let raw: Raw = serde_json::from_str(json).map_err(|e| format!("the JSON is malformed ({e})"))?;
    let text = raw.text.trim();
    if text.is_empty() {
        return Err("the scene has no text".into());
    }
    let text: String = text.chars().take(MAX_TEXT).collect();
    let mut choices: Vec<String> = Vec::new();
    for choice in raw.choices {
        let t = match choice {
            RawChoice::Text(t) | RawChoice::Object { text: t } => t.trim().chars().take(MAX_CHOICE).collect::<String>(),
        };
        if !t.is_empty() && !choices.contains(&t) {
            choices.push(t);
        }
    }
    if must_end {
        choices.clear();
    } else {
        if choices.len() < 3 {
            return Err(format!("a scene before the ending needs 3 or 4 choices, this one has {}", choices.len()));
        }
        choices.truncate(4);
    }
    let image_prompt = match raw.image_prompt.trim() {
        "" => text.split(['.', '!', '?']).next().unwrap_or(&text).trim().to_string(),
        p => p.chars().take(1000).collect(),
    };
    let _ = raw.is_ending;
    Ok(ParsedScene { title: raw.title.trim().chars().take(200).collect(), text, image_prompt, choices, is_ending: must_end })
}

/// The outermost `{…}` of an answer, skipping code fences or chatter around it.
fn extract_object(answer: &str) -> Option<&str> {
    let start = answer.find('{')?;
    let end = answer.rfind('}')?;
    (end > start).then(|| &answer[start..=end])
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{"title":"T","text":"Once.\n\nThen.","image_prompt":"a fox","choices":["A","B",{"text":"C"}],"is_ending":false}"#;

    #[test]
    fn accepts_a_good_scene_even_in_a_code_fence() {
        let scene = parse_scene(&format!("Here you go:\n```json\n{GOOD}\n```"), false).unwrap();
        assert_eq!(scene.choices, ["A", "B", "C"]);
        assert_eq!(scene.text, "Once.\n\nThen.");
        assert!(!scene.is_ending);
    }

    #[test]
    fn the_host_decides_the_ending() {
        let scene = parse_scene(GOOD, true).unwrap();
        assert!(scene.is_ending && scene.choices.is_empty());
    }

    #[test]
    fn rejects_unusable_answers_with_a_reason() {
        assert!(parse_scene("no json here", false).unwrap_err().contains("no JSON"));
        assert!(parse_scene("{not json}", false).unwrap_err().contains("malformed"));
        assert!(parse_scene(r#"{"text":"","choices":["a","b","c"]}"#, false).unwrap_err().contains("no text"));
        assert!(parse_scene(r#"{"text":"x","choices":["a","a","b"]}"#, false).unwrap_err().contains("3 or 4"));
    }

    #[test]
    fn keeps_at_most_four_choices_and_fills_a_missing_image_prompt() {
        let scene = parse_scene(r#"{"text":"A fox ran. Fast.","choices":["1","2","3","4","5"]}"#, false).unwrap();
        assert_eq!(scene.choices.len(), 4);
        assert_eq!(scene.image_prompt, "A fox ran");
    }
}
