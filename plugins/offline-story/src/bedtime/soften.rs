//! Turning an adventure's words gentle for a bedtime story: softer verbs
//! (drifted, floated, whispered), the evening instead of the morning, no
//! loud "Whoosh!" lines, no danger or fright, and no exclamation marks (a
//! bedtime story is told in a quiet voice); and the lines that make each
//! scene a little sleepier than the one before.

/// Phrases said more softly, first match first.
const SOFTER: &[(&str, &str)] = &[
    ("Today is going to be a good day", "This is going to be so lovely"),
    ("jumped up and down with excitement", "gave a happy, sleepy sigh"),
    ("opened with a creak", "swung softly open"),
    ("with a creak", "softly"),
    ("full of colours and buzzing and sunshine", "full of soft colours and quiet golden light"),
    ("Best day ever", "Best evening ever"),
    ("This was the day", "This was the evening"),
    ("What a day it had been", "What a gentle evening it had been"),
    ("blasted off", "lifted gently off"),
    ("zoomed", "floated"),
    ("zooming", "floating"),
    ("zoom", "float"),
    ("swooshing", "gliding"),
    ("swooped", "drifted"),
    ("raced", "drifted"),
    ("racing", "drifting"),
    ("rushed", "drifted"),
    ("dashed", "wandered"),
    ("hurried", "wandered"),
    ("quickly", "slowly"),
    ("shouted", "whispered"),
    ("yelled", "whispered"),
    ("cheered", "smiled"),
    ("laughed", "smiled"),
    ("giggled", "smiled"),
    ("jumped", "hopped softly"),
    ("bounced", "hopped"),
    ("bouncy", "fluffy"),
    ("tiptoed", "padded softly"),
    ("Tiptoe", "Pad softly"),
    ("tiptoe", "pad softly"),
    ("excitement", "happiness"),
    ("excited", "happy"),
    ("buzzing", "humming"),
    ("buzzed", "hummed"),
    ("sunshine", "soft golden light"),
    ("One sunny morning", "One quiet evening"),
    ("one sunny morning", "one quiet evening"),
    ("sunny", "quiet"),
    ("morning", "evening"),
    ("loud", "soft"),
    ("squeezed", "snuggled"),
    ("big plan", "gentle plan"),
];

/// Words of fright, danger or noise: a sentence with one is left out of a bedtime story.
pub const DANGER: &[&str] = &[
    "scary",
    "scared",
    "afraid",
    "fright",
    "danger",
    "storm",
    "thunder",
    "lightning",
    "roar",
    "crash",
    "bang",
    "boom",
    "whoosh",
    "wheee",
    "wooo",
    "oh no",
    "monster",
    "wobbl",
    "slippery",
    "steep",
    "shiver",
    "trembl",
    "gulp",
    "brave little song",
    "tiptoe",
    "attack",
    "fight",
    "hurt",
    "cross",
    "grumpy",
    "prickly",
    "tangled",
    "lost",
    "alone",
    "gust",
    "creak",
    "cliffhang",
    "fierce",
    "angry",
    "bite",
    "chase",
    "nervous",
    "worried",
];

/// Whether `text` says any danger word (at the start of a word: "cross", never "across").
pub fn has_danger(text: &str) -> bool {
    // A character's name is never a danger word ("Wobble" is not wobbly).
    let names = crate::words::creatures::KID_NAMES.iter().chain(crate::words::creatures::PET_NAMES).map(|n| n.0);
    let is_name = |w: &str| names.clone().any(|n| n == w);
    let text: String = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !is_name(w)).collect::<Vec<_>>().join(" ");
    let low = format!(" {}", text.to_lowercase().replace(|c: char| !c.is_alphanumeric(), " "));
    DANGER.iter().any(|d| low.contains(&format!(" {d}")))
}

/// The sentences of a paragraph: a quote stays with its "said …".
pub fn sentences(paragraph: &str) -> Vec<String> {
    let chars: Vec<char> = paragraph.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    let mut i = 0;
    while i < chars.len() {
        current.push(chars[i]);
        if matches!(chars[i], '.' | '!' | '?' | '…') {
            // A closing quote belongs to the sentence it closes.
            while i + 1 < chars.len() && matches!(chars[i + 1], '"' | '”' | '’') {
                i += 1;
                current.push(chars[i]);
            }
            let next = chars.get(i + 2).copied();
            let ends = chars.get(i + 1).is_none_or(|c| *c == ' ') && next.is_none_or(|c| c.is_uppercase() || matches!(c, '"' | '“'));
            if ends {
                out.push(current.trim().to_string());
                current.clear();
            }
        }
        i += 1;
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

/// A sentence said quietly: "!" becomes "." (or "," before "said …").
fn quietly(sentence: &str) -> String {
    let mut s = sentence.replace("?!", "?").replace("!!", "!");
    for (loud, soft) in SOFTER {
        s = s.replace(loud, soft);
    }
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c != '!' {
            out.push(*c);
            continue;
        }
        // `"Of course!" said Clover` → `"Of course," said Clover`.
        let quote_then_lower = chars.get(i + 1).is_some_and(|q| matches!(q, '"' | '”'))
            && chars.get(i + 2) == Some(&' ')
            && chars.get(i + 3).is_some_and(|l| l.is_lowercase());
        out.push(if quote_then_lower { ',' } else { '.' });
    }
    out
}

/// A paragraph told gently: softer words, no danger and no exclamations.
pub fn paragraph(text: &str) -> String {
    let kept: Vec<String> = sentences(text).iter().map(|s| quietly(s)).filter(|s| !has_danger(s)).collect();
    kept.join(" ")
}

/// The lines that make each scene sleepier than the one before: the soft
/// evening, the first stars, then heavy eyes.
const EVENING: &[&str] = &[
    "The evening was soft and golden, and everything felt slow and quiet.",
    "The evening light was soft and warm, and a gentle breeze whispered hello.",
];
const STARS: &[&str] = &[
    "The sky grew darker, and the first stars came out, one by one. {team} gave a small, cosy yawn.",
    "Far above, the stars began to twinkle softly, and the night grew hushed and still.",
    "A cool breeze came, and the stars peeked out one by one. {team} gave a long, slow yawn.",
    "Somewhere far off, a cricket chirped a slow, sleepy song under the stars.",
    "The night grew hushed, and the world got quieter and quieter.",
];
const HEAVY: &[&str] = &[
    "Everything was still and hushed now, and {name}'s eyes felt soft and heavy.",
    "The moon glowed gently, and {team} yawned slow, sleepy yawns.",
];

/// Scene 1's calm line when its text already says the time of day (never the evening twice).
pub const QUIET: &str = "Everything felt slow and soft and quiet, and a gentle breeze whispered hello.";

/// The sleepy line when the moon is not to be seen yet.
pub const STARS_YAWN: &str = "Far above, the stars twinkled gently, and {team} yawned slow, sleepy yawns.";

/// The calming line of scene `scene` of `target`: later scenes are sleepier.
pub fn calm_line(scene: u32, target: u32, seed: u64) -> &'static str {
    let bank = match scene {
        1 => EVENING,
        s if s + 1 >= target => HEAVY,
        _ => STARS,
    };
    // Consecutive scenes take consecutive lines, so a long story never says one twice.
    bank.get((seed as usize).wrapping_add(scene as usize) % bank.len()).copied().unwrap_or("")
}
