//! The situation a premise asks for, read in its own words: a fear ("scared
//! of thunder"), a wish ("wants to see summer"), something to learn ("learns
//! to dance"), an activity ("bake cookies in the kitchen"), something lost
//! ("lost his red mitten"), a night with no sleep, and what someone wears
//! ("wearing a blue tutu"). The story is built around it: scene 1 sets it up,
//! each middle scene takes one step towards it, and the ending resolves it.
//! Also the verb table that turns a typed statement into something that happened.

use crate::situation_steps::*;

/// What kind of situation the premise is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// "scared of thunder": `what` is "thunder".
    Fear,
    /// "can't sleep".
    Sleep,
    /// "lost his red mitten": `what` is "red mitten".
    Lost,
    /// "bake cookies in the kitchen": `what` is "bake cookies in the kitchen" (a base-form verb phrase).
    Activity,
}

/// The premise's situation.
#[derive(Debug, Clone)]
pub struct Situation {
    pub kind: Kind,
    pub what: String,
    /// The activity's verb ("bake"), for its steps.
    pub verb: &'static str,
}

/// (base, third person, past) of verbs a premise or a typed choice uses.
pub const VERBS: &[(&str, &str, &str)] = &[
    ("bake", "bakes", "baked"),
    ("cook", "cooks", "cooked"),
    ("build", "builds", "built"),
    ("make", "makes", "made"),
    ("go", "goes", "went"),
    ("visit", "visits", "visited"),
    ("eat", "eats", "ate"),
    ("become", "becomes", "became"),
    ("paint", "paints", "painted"),
    ("plant", "plants", "planted"),
    ("play", "plays", "played"),
    ("find", "finds", "found"),
    ("give", "gives", "gave"),
    ("take", "takes", "took"),
    ("meet", "meets", "met"),
    ("hide", "hides", "hid"),
    ("start", "starts", "started"),
    ("ride", "rides", "rode"),
    ("swim", "swims", "swam"),
    ("fly", "flies", "flew"),
    ("climb", "climbs", "climbed"),
    ("help", "helps", "helped"),
    ("jump", "jumps", "jumped"),
    ("run", "runs", "ran"),
    ("see", "sees", "saw"),
    ("say", "says", "said"),
    ("sing", "sings", "sang"),
    ("dance", "dances", "danced"),
    ("open", "opens", "opened"),
    ("pick", "picks", "picked"),
    ("share", "shares", "shared"),
    ("catch", "catches", "caught"),
    ("carry", "carries", "carried"),
    ("come", "comes", "came"),
    ("get", "gets", "got"),
    ("have", "has", "had"),
    ("is", "is", "was"),
    ("are", "are", "were"),
    ("turn", "turns", "turned"),
    ("walk", "walks", "walked"),
    ("wave", "waves", "waved"),
    ("show", "shows", "showed"),
    ("lead", "leads", "led"),
    ("fall", "falls", "fell"),
    ("rain", "rains", "rained"),
    ("explore", "explores", "explored"),
    ("draw", "draws", "drew"),
    ("throw", "throws", "threw"),
    ("knock", "knocks", "knocked"),
    ("appear", "appears", "appeared"),
    ("pop", "pops", "popped"),
    ("wear", "wears", "wore"),
];

/// Activity verbs that make a premise about doing something.
const ACTIVITY_VERBS: &[&str] =
    &["bake", "cook", "build", "make", "go", "visit", "eat", "become", "paint", "plant", "play", "explore", "fly"];

fn verb_entry(word: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    VERBS.iter().find(|v| v.0 == word || v.1 == word)
}

/// The past tense of a base or third-person verb ("eats" → "ate").
pub fn past(word: &str) -> Option<&'static str> {
    verb_entry(word).map(|v| v.2)
}

/// Words that end a clause of the premise.
const CLAUSE_END: &[&str] = &["and", "but", "so", "then", "because", "while", "who", "when", "until", "learns", "learn", "wants", "with"];

/// The premise's words up to the end of a clause, from `from`.
fn clause(words: &[&str], from: usize) -> Vec<String> {
    let mut out = Vec::new();
    for w in &words[from..] {
        let bare = w.trim_end_matches([',', '.', '!', '?', ';', ':']);
        if CLAUSE_END.contains(&bare.to_lowercase().as_str()) || bare.is_empty() {
            break;
        }
        out.push(bare.to_string());
        if bare.len() != w.len() {
            break;
        }
    }
    out
}

/// What the premise's hero wears: "a blue tutu" in "while wearing a blue tutu", "in a blue tutu".
pub fn worn(premise: &str) -> Option<String> {
    let words: Vec<&str> = premise.split_whitespace().collect();
    let at = words.iter().position(|w| ["wearing", "wears", "wore"].contains(&w.to_lowercase().as_str()))?;
    let what = clause(&words, at + 1);
    let first = what.first()?.to_lowercase();
    let what = match first.as_str() {
        "a" | "an" => what.join(" "),
        "his" | "her" | "their" | "my" | "the" => format!("a {}", what[1..].join(" ")),
        _ => format!("a {}", what.join(" ")),
    };
    (what.split(' ').count() <= 5).then(|| crate::text::tidy(&what.to_lowercase()))
}

/// Read the situation: the first fear, lost thing, sleepless night or activity the premise says.
pub fn read(premise: &str) -> Option<Situation> {
    let low = premise.to_lowercase().replace(['’', '‘'], "'");
    let words: Vec<&str> = low.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_string();
    for (i, w) in words.iter().enumerate() {
        let w = bare(w);
        let next = words.get(i + 1).map(|n| bare(n)).unwrap_or_default();
        if ["scared", "afraid", "frightened", "fearful"].contains(&w.as_str()) && next == "of" {
            let what = clause(&words, i + 2);
            if !what.is_empty() {
                return Some(Situation { kind: Kind::Fear, what: what.join(" "), verb: "" });
            }
        }
        // "can't sleep", "cannot fall asleep", "won't go to sleep", "is not sleepy".
        let sleepless = |from: usize| {
            let rest: Vec<String> = words.iter().skip(from).take(3).map(|n| bare(n)).collect();
            let rest: Vec<&str> = rest.iter().map(String::as_str).collect();
            matches!(rest.as_slice(), ["sleep", ..] | ["sleepy", ..] | ["fall" | "get" | "go", "asleep" | "sleep" | "to", ..])
        };
        if ["can't", "cannot", "couldn't", "won't", "doesn't", "isn't"].contains(&w.as_str()) && sleepless(i + 1)
            || ["can", "does", "is", "will"].contains(&w.as_str()) && next == "not" && sleepless(i + 2)
        {
            return Some(Situation { kind: Kind::Sleep, what: "sleep".into(), verb: "" });
        }
        if ["lost", "loses", "lose"].contains(&w.as_str()) && ["his", "her", "their", "my", "a", "the"].contains(&next.as_str()) {
            let what = clause(&words, i + 2);
            if !what.is_empty() && what.len() <= 4 {
                return Some(Situation { kind: Kind::Lost, what: what.join(" "), verb: "" });
            }
        }
    }
    // An activity: the first activity verb, not after "to" (a wish's verb belongs to the wish).
    for (i, w) in words.iter().enumerate() {
        let w = bare(w);
        let Some(entry) = verb_entry(&w).filter(|v| ACTIVITY_VERBS.contains(&v.0)) else { continue };
        let prev = i.checked_sub(1).map(|p| bare(words[p])).unwrap_or_default();
        if ["to", "a", "the", "wants", "want", "wanted"].contains(&prev.as_str()) {
            continue;
        }
        let rest = clause(&words, i + 1);
        // "go fishing", "go to the zoo"; "fly a kite" (not a rocket's flight).
        let going = entry.0 == "go" && crate::going::doing(&format!("go {}", rest.join(" "))).is_some();
        let odd = entry.0 == "go" && !going && rest.first().is_some_and(|r| r != "to");
        if rest.is_empty() || odd || entry.0 == "fly" && !rest.iter().any(|r| r.starts_with("kite")) {
            continue;
        }
        let what = format!("{} {}", entry.0, rest.join(" "));
        return Some(Situation { kind: Kind::Activity, what, verb: if going { crate::going::GOING } else { entry.0 } });
    }
    None
}

impl Situation {
    /// The activity in the past tense ("baked cookies in the kitchen").
    pub fn done_phrase(&self) -> String {
        let mut parts = self.what.splitn(2, ' ');
        let verb = parts.next().unwrap_or("");
        let rest = parts.next().unwrap_or("");
        format!("{} {rest}", past(verb).unwrap_or(verb))
    }

    /// Scene 1's line: the situation in the premise's own words.
    pub fn setup(&self) -> &'static str {
        match self.kind {
            Kind::Fear => {
                "But {name} had a secret: {name} was scared of {what}. Just thinking about {what} made {hero_their} tummy go wobbly."
            }
            Kind::Sleep => "But tonight, {name} could not sleep. {name} tossed and turned, and turned and tossed.",
            Kind::Lost => "But oh no! {name} had lost {hero_their} {what}. \"Where can it be?\" {name} said.",
            Kind::Activity => "This was the day {team} would {what}!",
        }
    }

    /// One step towards the situation for a middle scene (scene 2 onwards).
    pub fn steps(&self) -> &'static [&'static str] {
        match (self.kind, self.verb) {
            (Kind::Fear, _) => crate::fear::PRACTICE,
            (Kind::Sleep, _) => SLEEP_STEPS,
            (Kind::Lost, _) => LOST_STEPS,
            (Kind::Activity, crate::going::GOING) => crate::going::STEPS,
            (Kind::Activity, "bake" | "cook") => BAKE_STEPS,
            (Kind::Activity, "build" | "make" | "paint" | "plant") => BUILD_STEPS,
            (Kind::Activity, "go" | "visit" | "explore") => VISIT_STEPS,
            (Kind::Activity, "become") => FRIEND_STEPS,
            (Kind::Activity, _) => DO_STEPS,
        }
    }

    /// Whether the steps are of building something.
    pub fn builds(&self) -> bool {
        matches!((self.kind, self.verb), (Kind::Activity, "build" | "make" | "paint" | "plant"))
    }

    /// The ending: the situation resolved.
    pub fn done(&self) -> &'static str {
        match (self.kind, self.verb) {
            (Kind::Fear, _) => {
                "And when {what} came at last, {name} was not scared any more. {name} stood tall and smiled. \"I can be brave,\" {name} said."
            }
            (Kind::Sleep, _) => "At last, {name}'s eyes grew heavy. With a happy sigh, {name} fell fast asleep.",
            (Kind::Lost, _) => "And there it was, at last: {their} {what}! {name} had found it. {name} hugged it tight.",
            (Kind::Activity, "go" | "visit" | "explore") => "What a day it had been {in_place}! {team} had seen so many wonderful things.",
            (Kind::Activity, crate::going::GOING) => crate::going::done(crate::going::doing(&self.what).unwrap_or_default()),
            (Kind::Activity, "become") => "And so, that very day, {team} {done}. They have been best friends ever since.",
            (Kind::Activity, _) => "And so, at last, {team} {done}. It was even better than they had hoped.",
        }
    }
}

/// A typed statement as something that happened: "The crab finds a friendly
/// octopus who gives her a ride" → "the crab found a friendly octopus who gave her a ride".
pub fn statement_in_past(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            let tail = &w[core.len()..];
            let low = core.to_lowercase();
            match VERBS.iter().find(|v| v.1 == low && v.0 != v.1) {
                Some(v) => format!("{}{tail}", v.2),
                None => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The premise's later happenings, after its first clause, as sentences that
/// happened ("it started to rain", "{name} hid in the tunnel under the slide"):
/// a long premise's events become the story's beats.
pub fn beats(premise: &str) -> Vec<String> {
    let low = format!(" {} ", premise.to_lowercase().replace([',', ';', '.', '!'], " , "));
    let mut parts: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for w in low.split_whitespace() {
        if [",", "and", "so", "then", "but", "because"].contains(&w) {
            if !current.is_empty() {
                parts.push(current.join(" "));
            }
            current.clear();
        } else {
            current.push(w);
        }
    }
    if !current.is_empty() {
        parts.push(current.join(" "));
    }
    parts
        .into_iter()
        .filter_map(|part| {
            let words: Vec<&str> = part.split(' ').collect();
            let first = *words.first()?;
            let sentence = if ["she", "he", "they"].contains(&first) {
                format!("{{name}} {}", statement_in_past(&words[1..].join(" ")))
            } else if verb_entry(first).is_some_and(|v| v.1 == first && v.0 != v.1) {
                format!("{{name}} {}", statement_in_past(&part))
            } else if first == "it" {
                statement_in_past(&part)
            } else {
                return None;
            };
            // Only clauses with a verb read as something that happened.
            (words.len() >= 2 && words.len() <= 12 && sentence != part)
                .then(|| format!("{}.", sentence.replace(" her ", " {their} ").replace(" his ", " {their} ")))
        })
        .take(4)
        .collect()
}
