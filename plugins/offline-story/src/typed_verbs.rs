//! The verbs a typed choice is read by: the ones the storyteller can tell as
//! a scene (with their forms), and the others a typed "do this" may start
//! with. Split from `typed.rs`.

/// Verbs the storyteller can tell: (base, third person, past, -ing).
pub const VERBS: &[(&str, &str, &str, &str)] = &[
    ("ride", "rides", "rode", "riding"),
    ("find", "finds", "found", "finding"),
    ("fly", "flies", "flew", "flying"),
    ("swim", "swims", "swam", "swimming"),
    ("build", "builds", "built", "building"),
    ("make", "makes", "made", "making"),
    ("eat", "eats", "ate", "eating"),
    ("visit", "visits", "visited", "visiting"),
    ("hug", "hugs", "hugged", "hugging"),
    ("sing", "sings", "sang", "singing"),
    ("play", "plays", "played", "playing"),
    ("dance", "dances", "danced", "dancing"),
    ("climb", "climbs", "climbed", "climbing"),
    ("meet", "meets", "met", "meeting"),
    ("see", "sees", "saw", "seeing"),
    ("explore", "explores", "explored", "exploring"),
    ("paint", "paints", "painted", "painting"),
    ("draw", "draws", "drew", "drawing"),
    ("feed", "feeds", "fed", "feeding"),
    ("help", "helps", "helped", "helping"),
    ("jump", "jumps", "jumped", "jumping"),
    ("follow", "follows", "followed", "following"),
    ("bake", "bakes", "baked", "baking"),
    ("dig", "digs", "dug", "digging"),
    ("sail", "sails", "sailed", "sailing"),
    ("race", "races", "raced", "racing"),
    ("go", "goes", "went", "going"),
    ("dive", "dives", "dived", "diving"),
    ("tell", "tells", "told", "telling"),
];

/// The -ing form of a verb the storyteller can tell ("fly" → "flying"); not
/// of seeing, meeting or going, whose -ing says nothing a picture can show.
pub fn ing(verb: &str) -> Option<&'static str> {
    let low = verb.to_lowercase();
    VERBS.iter().find(|v| v.0 == low && !["see", "meet", "go"].contains(&v.0)).map(|v| v.3).or(match low.as_str() {
        "swing" => Some("swinging"),
        "skate" => Some("skating"),
        "reach" => Some("reaching"),
        _ => None,
    })
}

/// Other verbs a typed "do this" may start with; words outside these lists are not read as narration.
const MORE_VERBS: &[&str] = &[
    "look", "run", "walk", "tiptoe", "open", "knock", "listen", "call", "wave", "peek", "hide", "ask", "say", "tell", "give", "take",
    "try", "wait", "count", "sit", "stop", "turn", "skip", "hop", "whisper", "shout", "pick", "bring", "carry", "keep", "share", "read",
    "blow", "hold", "check", "splash", "collect", "hum", "search", "chase", "use", "sneak", "crawl", "roll", "peep", "cross", "lift",
    "push", "pull", "ring", "write", "wish", "rest", "sleep", "nap", "get", "put", "plant", "cook", "clean", "fix", "send", "throw",
    "catch", "wear",
];

/// Whether a typed "do this" starts with a verb the storyteller knows.
pub fn known_verb(act: &str) -> bool {
    let first = act.split_whitespace().next().unwrap_or("").to_lowercase();
    VERBS.iter().any(|v| v.0 == first) || MORE_VERBS.contains(&first.as_str()) || crate::situation::past(&first).is_some()
}

/// Whether a word is a verb the storyteller can read, in any of its forms ("swims", "told").
pub fn is_verb(word: &str) -> bool {
    VERBS.iter().any(|v| [v.0, v.1, v.2, v.3].contains(&word))
        || MORE_VERBS.contains(&word)
        || crate::situation::past(word).is_some()
        || ["puts", "wears", "tells", "draws", "builds", "finds", "sings"].contains(&word)
}

/// More verbs a typed idea may tell as its event: (base, third person, past, -ing).
const MORE_FORMS: &[(&str, &str, &str, &str)] = &[
    ("catch", "catches", "caught", "catching"),
    ("throw", "throws", "threw", "throwing"),
    ("plant", "plants", "planted", "planting"),
    ("cook", "cooks", "cooked", "cooking"),
    ("read", "reads", "read", "reading"),
    ("write", "writes", "wrote", "writing"),
    ("pick", "picks", "picked", "picking"),
    ("bring", "brings", "brought", "bringing"),
    ("carry", "carries", "carried", "carrying"),
    ("fix", "fixes", "fixed", "fixing"),
    ("chase", "chases", "chased", "chasing"),
    ("blow", "blows", "blew", "blowing"),
    ("open", "opens", "opened", "opening"),
    ("look", "looks", "looked", "looking"),
    ("run", "runs", "ran", "running"),
    ("walk", "walks", "walked", "walking"),
    ("hide", "hides", "hid", "hiding"),
    ("splash", "splashes", "splashed", "splashing"),
    ("collect", "collects", "collected", "collecting"),
    ("turn", "turns", "turned", "turning"),
    ("give", "gives", "gave", "giving"),
    ("take", "takes", "took", "taking"),
    ("hold", "holds", "held", "holding"),
    ("kick", "kicks", "kicked", "kicking"),
    ("skip", "skips", "skipped", "skipping"),
    ("hop", "hops", "hopped", "hopping"),
];

/// The forms of a verb from the longer list ("caught" → catch).
pub fn more_verb(word: &str) -> Option<&'static (&'static str, &'static str, &'static str, &'static str)> {
    MORE_FORMS.iter().find(|v| [v.0, v.1, v.2, v.3].contains(&word))
}
