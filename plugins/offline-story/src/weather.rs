//! The weather a scene's words tell (rain, a storm, snow, wind) is said in
//! its picture prompt too, kids and Bible stories alike: the painter draws
//! rain only when the prompt says it. Weather only feared, wished for or
//! thought about ("scared of thunder") is not weather that is happening.

/// Kinds of weather, each with the words that tell it and the words the picture says it with.
const WEATHER: &[(&[&str], &str)] = &[
    (&["rain", "raining", "rained", "rainy", "raindrop", "raindrops", "drizzle", "downpour"], "with rain falling from grey clouds"),
    (&["storm", "storms", "stormy", "thunder", "thunderstorm", "lightning"], "in a storm, with dark clouds and rain"),
    (&["snow", "snowing", "snowy", "snowflake", "snowflakes", "snowfall", "blizzard"], "with snowflakes falling"),
    (&["wind", "windy", "breeze", "breezy", "gust", "gusts"], "with the wind blowing"),
];

/// Sentences about a weather not happening: feared, wished for, thought about.
const NOT_HAPPENING: &[&str] = &[
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
    // Weather over or obeying ("The storm was over", "the wind and the waves obey him") is not happening (round 13).
    "was over",
    "ceased",
    "obey",
    // A storm made calm, or any storm in general ("who cares for us in every storm").
    "calm",
    "every storm",
];

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase)
}

/// The weather kinds (indexes into `WEATHER`) that `text` tells happening.
fn told(text: &str) -> Vec<usize> {
    let happening: Vec<&str> =
        text.split_inclusive(['.', '!', '?']).filter(|s| !NOT_HAPPENING.iter().any(|n| s.to_lowercase().contains(n))).collect();
    (0..WEATHER.len()).filter(|&k| happening.iter().any(|s| words(s).any(|w| WEATHER[k].0.contains(&w.as_str())))).collect()
}

/// Whether `prompt` already says weather of kind `k` in its own words.
fn says(prompt: &str, k: usize) -> bool {
    words(prompt).any(|w| WEATHER[k].0.contains(&w.as_str()))
}

/// The picture prompt with the weather the scene's `text` tells, when it does not say it yet:
/// ", with rain falling from grey clouds" before its closing words, and never a sunny sky in the rain.
pub fn add(prompt: &str, text: &str) -> String {
    let kinds = told(text);
    // Never a sunny afternoon in the rain or a storm, whether or not the prompt says the rain already.
    let wet = kinds.iter().any(|&k| k <= 1);
    let prompt = if wet { prompt.replace("on a sunny afternoon", "on a rainy afternoon") } else { prompt.to_string() };
    let missing: Vec<&str> = kinds.into_iter().filter(|&k| !says(&prompt, k)).map(|k| WEATHER[k].1).collect();
    if missing.is_empty() {
        return prompt;
    }
    let clause = missing.join(", ");
    match prompt.rfind(", soft picture-book illustration") {
        Some(at) => format!("{}, {clause}{}", &prompt[..at], &prompt[at..]),
        None => format!("{}, {clause}.", prompt.trim_end().trim_end_matches('.')),
    }
}
