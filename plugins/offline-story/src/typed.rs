//! A choice the child typed becomes the scene's own event: its verb and the
//! thing or creature it names are read from the words ("I want to ride the
//! whale" → a whale comes by and gives a ride), and told in the third person
//! and the past tense with the premise's characters and place, never pasted
//! as narration. An unkind or harmful idea ("the seal bites the crab") is
//! turned gently: the characters notice the feeling and choose kindness. Text
//! the storyteller cannot read is quoted as the child's idea (`idea_line`).
//! The feelings (unkind, cross, scary) are answered in `typed_feelings.rs`.

use crate::typed_feelings::{CROSS, HARMS, SCARY, brave_together, kind_instead};

use crate::premise::{Member, Premise};
use crate::text::article;
use crate::words::creatures::creature;

/// What a typed choice becomes: the scene's event text, what came of it,
/// and the picture's action (`{cast}` marks where the characters go).
pub struct Typed {
    pub text: String,
    /// What came of it, so even the last scene of a short story tells the idea in a whole paragraph.
    pub then: String,
    pub visual: String,
}

/// Verbs the storyteller can tell: (base, third person, past, -ing).
const VERBS: &[(&str, &str, &str, &str)] = &[
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

/// Creatures whose ride is a swim through the sea.
const SWIMMERS: &[&str] = &["whale", "dolphin", "turtle", "seal", "fish", "shark", "octopus", "seahorse", "otter"];

/// Little words skipped before the thing named.
const SKIP: &[&str] = &["the", "a", "an", "some", "my", "his", "her", "their", "our", "your", "that", "this", "big", "really"];
/// Prepositions kept with the thing ("fly to the moon", "swim with a dolphin").
const PREPS: &[&str] = &["to", "with", "on", "in", "into", "over", "across", "around", "for", "at", "up", "under", "through"];
/// Words that end the thing named.
const STOPS: &[&str] = &["and", "then", "but", "so", "because", "who", "that", "which", "while", "when", "if", "or"];

fn words_of(typed: &str) -> Vec<String> {
    typed
        .replace(['’', '‘'], "'")
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == '!' || c == '?')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The cast member a word names: by name, or by kind ("the seal").
fn member_named<'a>(p: &'a Premise, word: &str) -> Option<&'a Member> {
    p.cast.iter().find(|m| m.name.to_lowercase() == word || m.kind.to_lowercase() == word)
}

/// Someone else than `who`: the friend, or the hero when `who` is the friend.
fn other<'a>(p: &'a Premise, who: &Member) -> &'a Member {
    p.cast.iter().find(|m| m.name != who.name).unwrap_or_else(|| p.hero())
}

/// The typed choice as the scene's event, or None when no verb or feeling is read in it.
pub fn read(p: &Premise, typed: &str) -> Option<Typed> {
    let words = words_of(typed);
    // "Ask the tortoise the way": the one asked is there and answers.
    if let Some(asked) = crate::asking::ask(p, &words) {
        return Some(asked);
    }
    let verb_at = words.iter().position(|w| VERBS.iter().any(|v| [v.0, v.1, v.2, v.3].contains(&w.as_str())));
    let harm = HARMS.iter().find(|h| words.iter().any(|w| h.0.contains(&w.as_str())));
    let cross = words.iter().any(|w| CROSS.contains(&w.as_str()));
    let scary = words.iter().any(|w| SCARY.contains(&w.as_str()));
    // Who does it: a character named before the verb, else the hero.
    let before = verb_at.unwrap_or(words.len());
    let named: Vec<&Member> = words.iter().filter_map(|w| member_named(p, w)).collect();
    let who = words[..before.min(words.len())].iter().find_map(|w| member_named(p, w)).unwrap_or_else(|| p.hero());
    let target = named.iter().copied().find(|m| m.name != who.name).unwrap_or_else(|| other(p, who));
    let eats_someone = verb_at.is_some_and(|at| words[at].starts_with("eat") || words[at] == "ate")
        && thing_after(&words, verb_at.unwrap_or(0)).is_some_and(|(_, head)| creature(&head).is_some() || member_named(p, &head).is_some());
    if harm.is_some() || cross || eats_someone {
        let why = harm.map(|h| h.1).unwrap_or(if eats_someone { "friends are not for eating" } else { "being cross can hurt" });
        return Some(kind_instead(p, who, target, why));
    }
    if scary {
        return Some(brave_together(p, who, target));
    }
    let at = verb_at?;
    let verb = VERBS.iter().find(|v| [v.0, v.1, v.2, v.3].contains(&words[at].as_str()))?;
    Some(tell(p, who, verb, thing_after(&words, at)))
}

/// The thing named after the verb: (preposition, noun phrase), e.g. ("to", "moon").
fn thing_after(words: &[String], at: usize) -> Option<(String, String)> {
    let mut prep = String::new();
    let mut noun: Vec<&str> = Vec::new();
    for w in &words[at + 1..] {
        let w = w.as_str();
        if STOPS.contains(&w) || ["i", "me", "we", "us", "you", "it", "them", "please"].contains(&w) {
            if noun.is_empty() && !["i", "me", "we", "us", "you", "please"].contains(&w) {
                return None;
            }
            if noun.is_empty() {
                continue;
            }
            break;
        }
        if noun.is_empty() && prep.is_empty() && PREPS.contains(&w) {
            prep = w.to_string();
            continue;
        }
        if noun.is_empty() && SKIP.contains(&w) {
            continue;
        }
        if !w.chars().all(char::is_alphabetic) || noun.len() == 3 {
            break;
        }
        noun.push(w);
    }
    (!noun.is_empty()).then(|| (prep, noun.join(" ")))
}

/// "the whale", or a character's name.
fn the(p: &Premise, noun: &str) -> String {
    let head = noun.rsplit(' ').next().unwrap_or(noun);
    match member_named(p, head) {
        Some(m) => m.name.clone(),
        None => format!("the {noun}"),
    }
}

/// Whether a noun is plural ("dolphins", "mice"; not "octopus" or "grass").
fn plural(head: &str) -> bool {
    match creature(head) {
        Some((_, many)) => many,
        None => head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("us") && head.len() > 3,
    }
}

/// "a whale", or a character's name; a plural stays bare ("dolphins"), a
/// superlative takes "the" ("the tallest tree").
fn a(p: &Premise, noun: &str) -> String {
    let head = noun.rsplit(' ').next().unwrap_or(noun);
    let first = noun.split(' ').next().unwrap_or(noun);
    match member_named(p, head) {
        Some(m) => m.name.clone(),
        None if first.ends_with("est") && first.len() > 4 || first == "only" => format!("the {noun}"),
        None if plural(head) => noun.to_string(),
        None => format!("{} {noun}", article(noun)),
    }
}

/// The scene a readable typed choice becomes.
fn tell(p: &Premise, who: &Member, verb: &(&str, &str, &str, &str), thing: Option<(String, String)>) -> Typed {
    let (a_name, f) = (who.name.as_str(), other(p, who).name.as_str());
    let place = p.place.name;
    let in_place = format!("{} {}", p.place.prep, p.place.name);
    let (prep, noun) = thing.unwrap_or_default();
    let has = !noun.is_empty();
    let head = noun.rsplit(' ').next().unwrap_or("").to_string();
    let alive = has && creature(&head).is_some() && member_named(p, &head).is_none();
    let (the_x, a_x) = (the(p, &noun), a(p, &noun));
    let (text, visual) = match (verb.0, has) {
        ("ride", true) if alive => (
            format!(
                "Just then, {a_x} came by. \"Would you like a ride?\" it asked kindly. {a_name} climbed on, and {f} climbed on too. Off they went on its back, swooshing along all around {place}! \"Wheee!\" laughed {f}."
            ),
            match SWIMMERS.contains(&head.as_str()) {
                // The ride is in the sea: the picture shows them on its back in the waves.
                // The one who rides is named ("the crab riding on the whale's back"), so no friend is drawn as the mount.
                true => format!(
                    "a friendly {noun} giving {{cast}} a ride on its back, swimming through the sea waves, the {} riding on the {head}'s back",
                    who.kind
                ),
                false => format!("a friendly {noun} giving {{cast}} a ride on its back, the {} riding on the {head}'s back", who.kind),
            },
        ),
        ("ride", true) => (
            format!(
                "{a_name} found {a_x}, ready and waiting. {a_name} hopped on, {f} held on tight, and off they went, whizzing along {in_place}!"
            ),
            format!("riding {a_x}"),
        ),
        ("find", true) => (
            format!("{a_name} looked high and low, and {f} looked low and high. And there it was: {a_x}! \"We found it!\" cheered {f}."),
            format!("finding {a_x}"),
        ),
        ("fly", true) => (
            format!(
                "{a_name} took a big breath and spread {} arms wide. Whoosh! Up they flew, {f} too, all the way {} {the_x}!",
                who.their(),
                if prep.is_empty() { "to" } else { prep.as_str() }
            ),
            format!("flying up high towards {a_x}"),
        ),
        ("fly", false) => (
            format!(
                "{a_name} spread {} arms wide. Whoosh! Up they flew, {f} too, high over {place}. Everything below looked tiny and twinkly.",
                who.their()
            ),
            format!("flying high over {place}"),
        ),
        ("swim", _) => {
            let with = if has { format!(" {} {a_x}", if prep.is_empty() { "with" } else { prep.as_str() }) } else { String::new() };
            (
                format!("Splash! {a_name} and {f} swam{with}, up and down and round and round. The water sparkled all around them."),
                format!("swimming{with}"),
            )
        }
        ("build" | "make", true) => (
            format!("{a_name} and {f} set to work. Piece by piece, they made {a_x}. \"It's perfect!\" said {f}, and {a_name} beamed."),
            format!("making {a_x} together"),
        ),
        ("eat", true) => (
            format!("{a_name} and {f} sat down {in_place} and shared {a_x}. Yum! It was the tastiest treat they had ever had."),
            format!("sharing {a_x}"),
        ),
        ("hug", true) => (
            format!("{a_name} gave {the_x} a great big hug. It was the warmest, snuggliest hug in all of {place}."),
            format!("hugging {the_x}"),
        ),
        // Someone to meet comes to where they are now: the story never jumps ahead to find them.
        ("visit" | "meet" | "see", true) if alive => (
            format!(
                "Just then, {a_x} came along to say hello, right where they were. \"Hello!\" said {a_name}. {f} waved, and soon they were all chatting like old friends."
            ),
            format!("meeting {a_x}"),
        ),
        ("visit" | "meet" | "see", true) => (
            format!(
                "Off they went to {} {the_x}. \"Hello!\" said {a_name}. {f} waved, and soon they were all chatting like old friends.",
                verb.0
            ),
            format!("meeting {a_x}"),
        ),
        ("sing", _) => (
            format!(
                "{a_name} began to sing{}, and {f} joined in. La-la-la! The happy song floated all across {place}.",
                if has { format!(" about {the_x}") } else { String::new() }
            ),
            "singing a happy song together".to_string(),
        ),
        (_, true) => {
            let prep_x = if prep.is_empty() { a_x.clone() } else { format!("{prep} {a_x}") };
            (
                format!("{a_name} {} {prep_x} {in_place}. {f} joined in, and it was even more fun together.", verb.2),
                format!("{} {prep_x}", verb.3),
            )
        }
        (_, false) => (format!("{a_name} and {f} {} {in_place}, as happy as could be.", verb.2), format!("{} together", verb.3)),
    };
    Typed { text, then: then(p, who, verb.0, has, alive, &the_x), visual }
}

/// What came of a typed idea: the creature says goodbye, the thing found is kept safe.
fn then(p: &Premise, who: &Member, verb: &str, has: bool, alive: bool, the_x: &str) -> String {
    let (a_name, f) = (who.name.as_str(), other(p, who).name.as_str());
    let the_x_upper = crate::text::upper_first(the_x);
    match (verb, has) {
        ("ride", true) if alive => format!(
            "Then {the_x} swam up close to the shore and let them off, right where they needed to be. \"Thank you!\" called {a_name}, and {the_x} waved goodbye."
        ),
        ("ride", true) => format!("When the ride was over, {f} was laughing so much that {a_name} started laughing too."),
        ("find", true) => format!("{a_name} held {the_x} up high, and it sparkled. \"Let's keep it safe,\" said {f}."),
        ("fly", _) => format!("Then, gently, they floated back down again. \"Again!\" laughed {f}, and {a_name} hugged {f} tight."),
        ("swim", _) => format!("When they climbed out, they were dripping and giggling. {f} shook off the water, and {a_name} did too."),
        ("build" | "make", true) => format!("{a_name} and {f} stood back to look at it. It was just what they had hoped for."),
        ("eat", true) => format!("\"Thank you for sharing,\" said {f}. Now they had plenty of energy for the rest of the day."),
        ("hug", true) => format!("{the_x_upper} hugged them right back, and {f} joined in too."),
        ("visit" | "meet" | "see", true) if alive => {
            format!("{the_x_upper} stayed to play for a little while, and then waved goodbye with a big, friendly smile.")
        }
        ("visit" | "meet" | "see", true) => format!("{the_x_upper} showed them all around, and waved goodbye when it was time to go."),
        ("sing", _) => format!("A bird joined in, and {f} danced. Even the wind seemed to hum along with {a_name}."),
        _ => format!("It turned out to be just the right thing to do. \"What a good idea, {a_name}!\" said {f}."),
    }
}

/// A typed choice the storyteller cannot read, quoted as the child's idea.
pub fn idea_line(p: &Premise, typed: &str) -> String {
    let clean: String = typed.chars().filter(|c| !matches!(c, '"' | '{' | '}')).collect();
    let clean = clean.split_whitespace().take(14).collect::<Vec<_>>().join(" ");
    let clean = clean.trim_end_matches(['.', '!', ' ']);
    let hero = p.hero();
    let friend = other(p, hero);
    format!(
        "{} had an idea: \"{}!\" \"Ooh, let's see what happens,\" said {}. So they gave it a try, and it turned out to be great fun. \"What a funny idea!\" laughed {}.",
        hero.name,
        crate::text::upper_first(clean),
        friend.name,
        friend.name
    )
}

/// Other verbs a typed "do this" may start with; words outside these lists are not read as narration.
const MORE_VERBS: &[&str] = &[
    "look", "run", "walk", "tiptoe", "open", "knock", "listen", "call", "wave", "peek", "hide", "ask", "say", "tell", "give", "take",
    "try", "wait", "count", "sit", "stop", "turn", "skip", "hop", "whisper", "shout", "pick", "bring", "carry", "keep", "share", "read",
    "blow", "hold", "check", "splash", "collect", "hum", "search", "chase", "use", "sneak", "crawl", "roll", "peep", "cross", "lift",
    "push", "pull", "ring", "write", "wish", "rest", "sleep", "nap", "get", "put", "plant", "cook", "clean", "fix", "send", "throw",
    "catch",
];

/// Whether a typed "do this" starts with a verb the storyteller knows.
pub fn known_verb(act: &str) -> bool {
    let first = act.split_whitespace().next().unwrap_or("").to_lowercase();
    VERBS.iter().any(|v| v.0 == first) || MORE_VERBS.contains(&first.as_str()) || crate::situation::past(&first).is_some()
}
