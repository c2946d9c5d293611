//! A story model's answer → a checked scene, or a plain reason why not.
//!
//! Models reached through gateways and local servers rarely answer with bare
//! JSON: the object may sit in a code fence with remarks around it (remarks
//! that may hold braces of their own), hold real line breaks or tabs inside
//! its strings, or end its lists with a trailing comma. Every answer a
//! reasonable reader would accept is accepted before any repair call; the
//! parser's own words go to the log, never into the reason a family reads.

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
    let raw = read_raw(answer)?;
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
        // Choices that differ only by case, punctuation or spacing are one choice.
        if !t.is_empty() && !choices.iter().any(|c| same_words(c, &t)) {
            choices.push(t);
        }
    }
    if must_end {
        choices.clear();
    } else {
        if choices.len() < 3 {
            return Err(format!("a scene before the ending needs 3 or 4 different choices, this one has {}", choices.len()));
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

/// Whether two choices read the same: letters and digits only, case folded.
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    words(a) == words(b)
}

/// The first `{…}` in the answer that reads as a scene (strictly, else tidied),
/// skipping code fences and remarks, even remarks with braces of their own.
fn read_raw(answer: &str) -> Result<Raw, String> {
    let mut from = 0;
    let mut last_error = None;
    while let Some(found) = answer[from..].find('{') {
        let start = from + found;
        let json = extract_object(&answer[start..]);
        match serde_json::from_str::<Raw>(json).or_else(|_| serde_json::from_str::<Raw>(&tidy(json))) {
            Ok(raw) if !raw.text.trim().is_empty() || !raw.choices.is_empty() => return Ok(raw),
            Ok(_) => {}
            Err(e) => last_error = Some(e),
        }
        from = start + 1;
    }
    match last_error {
        Some(e) => {
            tracing::warn!("story answer is not readable JSON even after tidying: {e}");
            Err("the answer is not a readable scene".into())
        }
        None if answer.contains('{') => Err("the scene has no text".into()),
        None => Err("the answer holds no scene".into()),
    }
}

/// The balanced `{…}` that `text` starts with (braces inside JSON strings do
/// not count); all of `text` when it is cut off before closing.
fn extract_object(text: &str) -> &str {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (offset, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '{' if !in_string => depth += 1,
            '}' if !in_string => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return &text[..=offset];
                }
            }
            _ => {}
        }
    }
    // Cut off before it closed: let the parser say so (and the repair ask again).
    text
}

/// Loose JSON made strict: control characters inside strings (real line
/// breaks, tabs) escaped, and commas right before `}` or `]` dropped.
fn tidy(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = json.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                _ if escaped => {
                    escaped = false;
                    out.push(c);
                }
                '\\' => {
                    escaped = true;
                    out.push(c);
                }
                '"' => {
                    in_string = false;
                    out.push(c);
                }
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
                c => out.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            ',' => {
                // A trailing comma: the next non-space character closes the list or object.
                let mut ahead = chars.clone();
                let next = loop {
                    match ahead.next() {
                        Some(w) if w.is_whitespace() => continue,
                        other => break other,
                    }
                };
                if !matches!(next, Some('}') | Some(']')) {
                    out.push(c);
                }
            }
            c => out.push(c),
        }
    }
    out
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

    /// Answers as gateways and local model servers send them: each must give the scene.
    #[test]
    fn accepts_every_answer_a_reasonable_reader_would() {
        let cases = [
            ("bare", GOOD.to_string()),
            ("fence with a remark before", format!("Here you go:\n```json\n{GOOD}\n```")),
            ("fence with a remark after", format!("```json\n{GOOD}\n```\nHope you like it!")),
            ("plain fence", format!("```\n{GOOD}\n```")),
            ("remarks holding braces", format!("Sure {{happy}} to help:\n{GOOD}\nEnjoy :}}")),
            ("real line breaks in a string", GOOD.replace("Once.\\n\\nThen.", "Once.\n\nThen.")),
            ("real tab and carriage return in strings", GOOD.replace("Once.\\n\\nThen.", "Once.\r\n\tThen.")),
            ("trailing comma in the choices", GOOD.replace(r#"{"text":"C"}]"#, r#"{"text":"C"},]"#)),
            ("trailing comma in the object", GOOD.replace(r#""is_ending":false}"#, r#""is_ending":false,}"#)),
            (
                "all of it at once",
                format!("Okay!\n```json\n{}\n```\n(done)", GOOD.replace("Once.\\n\\nThen.", "Once.\nThen.").replace("false}", "false,\n}")),
            ),
        ];
        for (what, answer) in cases {
            let scene = parse_scene(&answer, false).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_eq!(scene.choices, ["A", "B", "C"], "{what}");
            assert!(scene.text.starts_with("Once.") && scene.text.ends_with("Then."), "{what}: {:?}", scene.text);
        }
    }

    #[test]
    fn braces_and_quotes_inside_strings_are_text() {
        let answer = r#"{"text":"She said \"{hi}\" and left}","choices":["a","b","c"]} trailing {noise}"#;
        assert_eq!(parse_scene(answer, false).unwrap().text, r#"She said "{hi}" and left}"#);
    }

    #[test]
    fn near_duplicate_choices_count_once() {
        for (what, choices) in [
            ("case and full stop", r#"["Follow the fox","follow the fox.","Hide"]"#),
            ("double space and bang", r#"["Follow the fox","Follow  the fox!","Hide"]"#),
            ("quotes and commas", r#"["Hide, quick","hide quick","'Hide quick'"]"#),
        ] {
            let answer = format!(r#"{{"text":"A fox.","choices":{choices}}}"#);
            let problem = parse_scene(&answer, false).unwrap_err();
            assert!(problem.contains("3 or 4 different choices"), "{what}: {problem}");
        }
    }

    #[test]
    fn reasons_never_carry_the_parsers_words() {
        for answer in ["{not json}", r#"{"text": "cut off"#, "{\"text\": \"a\u{0}b\" oops}"] {
            let problem = parse_scene(answer, false).unwrap_err();
            assert_eq!(problem, "the answer is not a readable scene", "{answer}");
        }
    }

    #[test]
    fn rejects_unusable_answers_with_a_reason() {
        assert!(parse_scene("no json here", false).unwrap_err().contains("no scene"));
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
