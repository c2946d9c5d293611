//! Rain in the words is rain in the picture (round 12: Noah's "drip, drop,
//! the rain began" was painted dry): every scene of every Bible story and of
//! kids stories whose text tells rain, a storm, snow or wind happening says
//! it in its picture prompt. Weather only feared or wished for is not told happening.

use super::repeat_tests::{play_tier, play_told};

/// (a weather, the words that tell it in a scene, the words that say it in a picture).
const WEATHERS: &[(&str, &[&str], &[&str])] = &[
    ("rain", &["rain", "raining", "rained", "raindrops", "drizzle", "downpour"], &["rain", "rainy", "raining", "storm", "downpour"]),
    ("storm", &["storm", "thunder", "lightning", "thunderstorm"], &["storm", "stormy", "thunder", "lightning", "thunderstorm"]),
    ("snow", &["snow", "snowing", "snowflakes", "snowflake", "blizzard"], &["snow", "snowy", "snowflakes", "snowing", "blizzard"]),
    ("wind", &["wind", "windy", "breeze", "gust"], &["wind", "windy", "breeze", "gust"]),
];

const KIDS: &[&str] = &[
    "a dragon who is afraid of thunder and lightning",
    "a puppy plays in the park and then it started to rain",
    "a little crab wants to climb to the top of the lighthouse",
    "five friends visit the zoo",
    "a girl at the window watching snow at night",
    "a little girl who wants to find the way home in a snowy forest",
    "a monkey who is afraid of heights",
    "a kite on a windy day",
    "Mia and her dog Rex go to the beach",
];

fn lowered_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The weathers a scene's text tells happening (not in a sentence of fear or wishing) that its prompt does not say.
fn unpainted(text: &str, prompt: &str) -> Vec<&'static str> {
    let happening: Vec<&str> = text
        .split_inclusive(['.', '!', '?'])
        .filter(|s| {
            // Weather that stopped ("At last the rain stopped") is not happening either (round 13).
            ![
                "scared",
                "afraid",
                "frightened",
                "brave about",
                "wanted to",
                "wants to",
                "wish",
                "thinking about",
                "stopped",
                "no rain",
                "nor rain",
                "no more",
                "was over",
                "ceased",
                "obey",
                "calm",
                "every storm",
            ]
            .iter()
            .any(|n| s.to_lowercase().contains(n))
        })
        .collect();
    let said = lowered_words(prompt);
    WEATHERS
        .iter()
        .filter(|(_, told, _)| happening.iter().any(|s| lowered_words(s).iter().any(|w| told.contains(&w.as_str()))))
        .filter(|(_, _, painted)| !said.iter().any(|w| painted.contains(&w.as_str())))
        .map(|(name, _, _)| *name)
        .collect()
}

#[test]
fn every_scene_that_tells_rain_storm_snow_or_wind_paints_it() {
    let (mut scenes, mut wet, mut failures) = (0, 0, Vec::new());
    let mut check = |what: String, text: &str, prompt: &str| {
        scenes += 1;
        if unpainted(text, "").is_empty() {
            return;
        }
        wet += 1;
        let missing = unpainted(text, prompt);
        if !missing.is_empty() {
            failures.push(format!("{what}: {missing:?} not painted\n{text}\n[img] {prompt}"));
        }
    };
    for story in crate::bible::stories() {
        for (target, pick) in [(3, 0), (5, 1), (8, 2)] {
            for (i, s) in play_tier(story.title, "bible", 1, target, pick, None).iter().enumerate() {
                check(format!("{} scene {} of {target}", story.title, i + 1), &s.text, &s.image_prompt);
            }
        }
    }
    for premise in KIDS {
        for seed in 0..4 {
            for (target, pick) in [(3, 0), (5, 1), (6, 2)] {
                for (i, s) in play_told(premise, seed, target, pick, None).iter().enumerate() {
                    check(format!("{premise} seed {seed} scene {} of {target}", i + 1), &s.text, &s.image_prompt);
                }
            }
        }
    }
    assert!(wet > 30, "only {wet} of {scenes} scenes tell weather");
    assert!(
        failures.is_empty(),
        "{} of {wet} scenes with weather:\n{}",
        failures.len(),
        failures.iter().take(6).cloned().collect::<Vec<_>>().join("\n\n")
    );
}
