//! A choice the child typed becomes the scene's own event: its verb and the
//! thing or creature it names are read from the words ("I want to ride the
//! whale" → a whale comes by and gives a ride), and told in the third person
//! and the past tense with the premise's characters and place, never pasted
//! as narration. An unkind or harmful idea ("the seal bites the crab") is
//! turned gently: the characters notice the feeling and choose kindness. Text
//! the storyteller cannot read is quoted as the child's idea (`idea_line`).
//! The feelings (unkind, cross, scary) are answered in `typed_feelings.rs`.

use crate::typed_feelings::{CROSS, HARMS, SCARY, brave_together, kind_instead};

use crate::idea::who_is;
use crate::premise::{Member, Premise};
use crate::text::article;
use crate::typed_verbs::{VERBS, is_verb, more_verb};
pub use crate::typed_verbs::{ing, known_verb};
use crate::words::creatures::creature;

/// What a typed choice becomes: the scene's event text, what came of it,
/// and the picture's action (`{cast}` marks where the characters go).
pub struct Typed {
    pub text: String,
    /// What came of it, so even the last scene of a short story tells the idea in a whole paragraph.
    pub then: String,
    pub visual: String,
}

/// Creatures whose ride is a swim through the sea.
const SWIMMERS: &[&str] = &["whale", "dolphin", "turtle", "seal", "fish", "shark", "octopus", "seahorse", "otter"];

/// Games and such that take no "a" ("play football").
const GAMES: &[&str] = &["football", "soccer", "tag", "music", "chess", "hopscotch", "basketball", "tennis", "hide and seek", "catch"];
/// Little words skipped before the thing named.
const SKIP: &[&str] = &["the", "a", "an", "some", "my", "his", "her", "their", "our", "your", "that", "this", "big", "really"];
/// Prepositions kept with the thing ("fly to the moon", "swim with a dolphin").
const PREPS: &[&str] = &["to", "about", "with", "on", "in", "into", "over", "across", "around", "for", "at", "up", "under", "through"];
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

/// The cast member a word names: by name, kind ("the seal") or family role ("grandpa").
fn member_named<'a>(p: &'a Premise, word: &str) -> Option<&'a Member> {
    who_is(p, &[], word)
}

/// Someone else than `who`: the friend, or the hero when `who` is the friend.
pub fn other<'a>(p: &'a Premise, who: &Member) -> &'a Member {
    p.cast.iter().find(|m| m.name != who.name).unwrap_or_else(|| p.hero())
}

/// The typed choice as the scene's event, or None when no verb or feeling is read in it.
/// A long idea is distilled to its action first; someone it brings along joins in.
pub fn read(p: &Premise, typed: &str) -> Option<Typed> {
    let new = crate::idea::newcomers(p, typed);
    let words = words_of(&crate::idea::distill(typed, &is_verb));
    // "Ask the tortoise the way": the one asked is there and answers.
    if let Some(asked) = crate::asking::ask(p, &words) {
        return Some(asked);
    }
    let verb_at = words.iter().position(|w| VERBS.iter().any(|v| [v.0, v.1, v.2, v.3].contains(&w.as_str())));
    let harm = HARMS.iter().find(|h| words.iter().any(|w| h.0.contains(&w.as_str())));
    let cross = words.iter().any(|w| CROSS.contains(&w.as_str()));
    let scary = words.iter().any(|w| SCARY.contains(&w.as_str()));
    // Who does it: a character (or someone the idea brings) named before the verb, else the hero.
    let before = verb_at.unwrap_or(words.len());
    let named: Vec<&Member> = words.iter().filter_map(|w| who_is(p, &new, w)).collect();
    let who = words[..before.min(words.len())].iter().find_map(|w| who_is(p, &new, w)).unwrap_or_else(|| p.hero());
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
    // "puts on a diving mask and swims down": the thing put on, then the action after it.
    let put_at = words
        .iter()
        .position(|w| ["wear", "wears", "wore"].contains(&w.as_str()) || (w.starts_with("put") && words.iter().any(|x| x == "on")));
    let gear = put_at.and_then(|at| thing_after(&words, at + usize::from(words[at].starts_with("put")))).map(|(_, g)| g);
    let verb_at = match put_at {
        Some(put) => {
            words.iter().skip(put + 1).position(|w| VERBS.iter().any(|v| [v.0, v.1, v.2, v.3].contains(&w.as_str()))).map(|i| i + put + 1)
        }
        None => verb_at,
    };
    let friend = named.iter().copied().find(|m| m.name != who.name).unwrap_or_else(|| other(p, who));
    // A verb of the longer list ("they catch a fish"), when the line does not read as a plain "do this".
    let verb_at = verb_at.or_else(|| words.iter().position(|w| more_verb(w).is_some()).filter(|_| !as_action(typed)));
    let verb =
        verb_at.and_then(|at| VERBS.iter().find(|v| [v.0, v.1, v.2, v.3].contains(&words[at].as_str())).or_else(|| more_verb(&words[at])));
    let question = typed.trim_end().ends_with('?');
    if verb.is_none() && gear.is_none() {
        // A question with nothing to do is wondered aloud; a plain "do this" is decided (`react.rs`).
        return (!question && !as_action(typed)).then(|| crate::idea::unread(p, typed));
    }
    let after = verb_at.map(|at| thing_after(&words, at)).unwrap_or_default();
    // "sings a song about fish": what the song is about.
    let after = match after {
        Some((_, song)) if ["song", "songs", "lullaby", "story", "joke"].contains(&song.as_str()) => {
            let about = words.iter().position(|w| w == "about").and_then(|at| thing_after(&words, at - 1));
            about.or(Some((String::new(), song)))
        }
        after => after,
    };
    let together = verb_at.is_some_and(|at| at > 0 && ["they", "we", "both", "everyone", "all"].contains(&words[at - 1].as_str()));
    let tool = verb_at.and_then(|at| words.iter().skip(at + 1).position(|w| w == "with" || w == "using").map(|i| i + at + 1));
    let tool = tool.and_then(|at| thing_after(&words, at)).map(|(_, t)| t).filter(|t| !named.iter().any(|m| m.name.to_lowercase() == *t));
    let down = after.as_ref().is_some_and(|(_, n)| ["down", "deep", "under", "underwater", "down deep"].contains(&n.as_str()));
    let told = match (verb.map(|v| v.0), &gear) {
        (Some("tell"), _) if words.iter().any(|w| w.starts_with("stor")) => {
            crate::typed_tales::story_told(p, who, friend, &words[verb_at.unwrap_or(0)..])
        }
        (Some("dive"), _) | (Some("swim"), Some(_)) => crate::typed_tales::dive(p, who, friend, gear.as_deref()),
        (Some("swim"), None) if down => crate::typed_tales::dive(p, who, friend, None),
        (Some("tell"), _) if words.iter().any(|w| w.starts_with("joke")) => crate::typed_tales::joke_told(p, who, friend),
        (Some(_), _) => tell(p, who, verb?, after.filter(|(_, n)| !["down", "up", "away", "fast", "back"].contains(&n.as_str()))),
        (None, Some(g)) => Typed {
            text: crate::typed_tales::worn_line(who, &a(p, g), g),
            then: format!("\"How do I look?\" asked {}. \"Just right!\" said {}.", who.name, other(p, who).name),
            visual: format!("{} wearing {}", who.name, a(p, g)),
        },
        (None, None) => return None,
    };
    let told = match (&gear, verb) {
        (Some(g), Some(_)) => Typed {
            text: format!("{} {}", crate::typed_tales::worn_line(who, &a(p, g), g), told.text),
            visual: if told.visual.contains(g.as_str()) {
                told.visual
            } else {
                format!("{}, {} wearing {}", told.visual, who.name, a(p, g))
            },
            then: told.then,
        },
        _ => told,
    };
    let told = if together { crate::typed_tales::both_do(told, who, friend) } else { told };
    let told = match tool.filter(|t| !told.text.contains(t.as_str())) {
        Some(t) => crate::typed_tales::with_tool(told, &the(p, &t)),
        None => told,
    };
    Some(joined_by(&new, told))
}

/// Someone the idea brought (grandpa, Leo) comes along first, and is in the picture.
fn joined_by(new: &[Member], told: Typed) -> Typed {
    if new.is_empty() {
        return told;
    }
    let names: Vec<&str> = new.iter().map(|m| m.name.as_str()).collect();
    let all = crate::premise::and_list(&names.iter().map(|n| n.to_string()).collect::<Vec<_>>());
    let came = match new.len() {
        1 => "came",
        2 => "both came",
        _ => "all came",
    };
    Typed {
        text: format!("Just then, {} {came} along to join them. {}", crate::text::upper_first(&all), told.text),
        visual: format!("{}, with {all} there too", told.visual),
        then: told.then,
    }
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
        if !w.chars().all(char::is_alphabetic) || noun.len() == 3 || (!noun.is_empty() && PREPS.contains(&w)) {
            break;
        }
        noun.push(w);
    }
    (!noun.is_empty()).then(|| (prep, noun.join(" ")))
}

/// "the whale", or a character's name.
fn the(p: &Premise, noun: &str) -> String {
    let head = noun.rsplit(' ').next().unwrap_or(noun);
    match member_named(p, head).filter(|m| !noun.contains(' ') || m.name.eq_ignore_ascii_case(head)) {
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
    match member_named(p, head).filter(|m| !noun.contains(' ') || m.name.eq_ignore_ascii_case(head)) {
        Some(m) => m.name.clone(),
        None if first.ends_with("est") && first.len() > 4 || first == "only" => format!("the {noun}"),
        None if plural(head) || GAMES.contains(&noun) => noun.to_string(),
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
    let alive = has
        && creature(&head).is_some()
        && member_named(p, &head).filter(|m| !noun.contains(' ') || m.name.eq_ignore_ascii_case(&head)).is_none();
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
        ("go", true) => (
            format!("Off they went, all the way to {the_x}. \"We're here!\" cried {f}, and {a_name} ran ahead to look around."),
            format!("arriving at {the_x}"),
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
    Typed { text, then: crate::typed_tales::then(p, who, verb.0, has, alive, &the_x), visual }
}

/// A typed choice the storyteller cannot read: told as something seen or said, never pasted as a quote.
pub fn idea_line(p: &Premise, typed: &str) -> String {
    crate::idea::unread(p, typed).text
}

/// Whether the line reads as a plain "do this" the storyteller decides ("look under the rock").
fn as_action(typed: &str) -> bool {
    crate::text::choice_as_action(typed).is_some_and(|act| known_verb(&act))
}
