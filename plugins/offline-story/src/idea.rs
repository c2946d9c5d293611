//! Distilling what a child typed into the one thing that should happen: a
//! long or rambling idea ("My daughter Emma … they both want a story where
//! they go to the beach and find a shell that talks …") is cut into clauses,
//! its wishes' preambles ("I want", "a story where", "what if") are dropped,
//! and the first clause with something to do is kept, short. Also who the
//! idea brings along: a grown-up of the family or a name the child typed
//! ("grandpa", "Leo") that is not in the story yet.

use crate::premise::{Member, Premise};
use crate::typed::Typed;
use crate::words::Pron;
use crate::words::creatures::name_pron;

/// The longest idea told as it was typed; a longer clause is cut to its action.
pub const MOST_WORDS: usize = 12;

/// Words that start a wish, not an action: dropped from the front of a clause.
const PREAMBLES: &[&str] = &[
    "i want to",
    "i wish",
    "i'd like to",
    "we want to",
    "they want to",
    "they both want",
    "we both want",
    "i want",
    "we want",
    "want to",
    "wants to",
    "what if",
    "can we",
    "could we",
    "shall we",
    "can i",
    "can you",
    "how about",
    "maybe",
    "please",
    "let's",
    "lets",
    "and then",
    "then",
    "and",
    "so",
    "now",
    "next",
    "a story where",
    "a story about",
    "story where",
    "where",
];

/// Words that only say what someone likes or is ("Emma who is five loves unicorns"): nothing to do.
const NOT_ACTIONS: &[&str] = &["is", "are", "was", "were", "loves", "love", "likes", "like", "has", "have", "am"];

/// Family grown-ups and others a child may bring into the story: (word, name, pronoun).
const PEOPLE: &[(&str, &str, Pron)] = &[
    ("grandpa", "Grandpa", Pron::He),
    ("grandad", "Grandad", Pron::He),
    ("granddad", "Granddad", Pron::He),
    ("grandma", "Grandma", Pron::She),
    ("granny", "Granny", Pron::She),
    ("nana", "Nana", Pron::She),
    ("mum", "Mum", Pron::She),
    ("mom", "Mom", Pron::She),
    ("mummy", "Mummy", Pron::She),
    ("mommy", "Mommy", Pron::She),
    ("dad", "Dad", Pron::He),
    ("daddy", "Daddy", Pron::He),
    ("auntie", "Auntie", Pron::She),
    ("aunt", "Auntie", Pron::She),
    ("uncle", "Uncle", Pron::He),
    ("teacher", "the teacher", Pron::She),
];

/// Words that start with a capital but name nobody.
const NOT_NAMES: &[&str] = &["I", "I'm", "I'd", "Let's", "Lets", "What", "How", "Can", "Maybe", "Please", "Then", "And", "The", "A", "An"];

/// The idea as one short clause with something to do in it (lower case, no end mark).
pub fn distill(typed: &str, is_action: &dyn Fn(&str) -> bool) -> String {
    let clean: String = typed.chars().filter(|c| !matches!(c, '"' | '{' | '}' | '(' | ')')).collect::<String>().replace(['’', '‘'], "'");
    let low = clean.to_lowercase();
    // Clauses: sentences, then their "and then", "because", "but" parts.
    let mut clauses: Vec<String> = Vec::new();
    for sentence in low.split(['.', '!', '?', ';', ',']) {
        let mut rest = sentence.to_string();
        for cut in [" and then ", " then ", " because ", " but ", " so that ", " so "] {
            rest = rest.replace(cut, "|");
        }
        clauses.extend(rest.split('|').map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|c| !c.is_empty()));
    }
    let stripped: Vec<String> = clauses.iter().map(|c| strip_preamble(c)).filter(|c| !c.is_empty()).collect();
    let doing = |c: &&String| {
        let words: Vec<&str> = c.split_whitespace().collect();
        words.iter().any(|w| is_action(w)) && !words.iter().take(4).any(|w| NOT_ACTIONS.contains(w))
    };
    let chosen = stripped.iter().find(doing).or_else(|| stripped.first()).cloned().unwrap_or_default();
    shorten(&chosen, is_action)
}

/// The clause without the wish's preamble: "they both want a story where they go to the beach" → "they go to the beach".
fn strip_preamble(clause: &str) -> String {
    let mut c = clause.trim().to_string();
    // "… a story where they go": only what happens in the story.
    for marker in ["a story where ", "a story about ", "story where "] {
        if let Some(at) = c.find(marker).filter(|_| !c.contains("tell")) {
            c = c[at + marker.len()..].to_string();
        }
    }
    // "where is the treasure?": looking for it.
    for ask in ["where is ", "where are ", "where's "] {
        if let Some(rest) = c.strip_prefix(ask) {
            c = format!("find {rest}");
        }
    }
    loop {
        let before = c.clone();
        for pre in PREAMBLES {
            if let Some(rest) = c.strip_prefix(pre).filter(|r| r.is_empty() || r.starts_with(' ')) {
                c = rest.trim().to_string();
            }
        }
        // "Max wants to swim": the one who wants it does it.
        for want in [" wants to ", " want to ", " would like to "] {
            if let Some(at) = c.find(want) {
                c = format!("{} {}", &c[..at], &c[at + want.len()..]);
            }
        }
        if c == before {
            return c;
        }
    }
}

/// At most `MOST_WORDS` words, ending before a clause that would dangle ("that", "who", "which").
fn shorten(clause: &str, is_action: &dyn Fn(&str) -> bool) -> String {
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.len() <= MOST_WORDS {
        return clause.to_string();
    }
    let start = words.iter().position(|w| is_action(w)).map(|at| at.saturating_sub(2)).unwrap_or(0);
    let mut kept: Vec<&str> = Vec::new();
    for w in &words[start..] {
        if kept.len() >= MOST_WORDS || (kept.len() > 2 && ["that", "who", "which", "and", "with", "while"].contains(w)) {
            break;
        }
        kept.push(w);
    }
    kept.join(" ")
}

/// Someone the typed idea brings who is not in the story yet: a grown-up of
/// the family ("grandpa") or a name typed with a capital ("Leo").
pub fn newcomers(p: &Premise, typed: &str) -> Vec<Member> {
    let in_cast =
        |w: &str| p.cast.iter().any(|m| m.name.eq_ignore_ascii_case(w) || m.kind.eq_ignore_ascii_case(w) || m.role.is_some_and(|r| r == w));
    let mut found: Vec<Member> = Vec::new();
    for raw in typed.split(|c: char| !c.is_alphanumeric() && c != '\'') {
        let low = raw.to_lowercase();
        let low = low.trim_end_matches("'s");
        if low.is_empty() || in_cast(low) || found.iter().any(|m| m.name.eq_ignore_ascii_case(low)) {
            continue;
        }
        let person = PEOPLE.iter().find(|x| x.0 == low).map(|x| (x.1.to_string(), x.2, "grown-up"));
        let named = (raw.chars().next().is_some_and(char::is_uppercase)
            && raw.len() > 1
            && raw.chars().skip(1).all(char::is_lowercase)
            && !NOT_NAMES.contains(&raw)
            && name_pron(raw).is_some())
        .then(|| (raw.to_string(), name_pron(raw).unwrap_or(Pron::They), "child"));
        if let Some((name, pron, kind)) = person.or(named) {
            found.push(Member { name, kind, pron, adj: None, role: None, look: format!("a friendly {kind}"), me: false });
        }
    }
    found
}

/// The member a word names: in the cast by name, kind or family role, or a newcomer.
pub fn who_is<'a>(p: &'a Premise, new: &'a [Member], word: &str) -> Option<&'a Member> {
    p.cast
        .iter()
        .find(|m| m.name.to_lowercase() == word || m.kind.to_lowercase() == word || m.role.is_some_and(|r| r == word))
        .or_else(|| new.iter().find(|m| m.name.to_lowercase() == word || PEOPLE.iter().any(|x| x.0 == word && x.1 == m.name)))
}

/// A typed idea with nothing the storyteller can do: gibberish is a made-up
/// magic word, a statement is told in the past ("grandpa is hungry" → "Grandpa
/// was hungry"), and a thing named is spotted nearby.
pub fn unread(p: &Premise, typed: &str) -> Typed {
    let hero = p.hero();
    let short = distill(typed, &crate::typed_verbs::is_verb);
    let words: Vec<&str> = short.split_whitespace().collect();
    // Who answers: someone the idea does not name.
    let named = |m: &&Member| words.iter().any(|w| m.name.eq_ignore_ascii_case(w) || m.kind == *w || m.role.is_some_and(|r| r == *w));
    let friend = p.cast.iter().find(|m| !named(m) && m.name != hero.name).or_else(|| p.cast.iter().find(|m| !named(m))).unwrap_or(hero);
    let real = words.iter().filter(|w| crate::text::looks_like_a_word(w)).count() * 2 > words.len();
    if !real || words.is_empty() {
        let magic: String = typed.chars().filter(|c| c.is_alphanumeric() || *c == ' ').take(24).collect();
        let magic = crate::text::upper_first(magic.split_whitespace().take(3).collect::<Vec<_>>().join(" ").as_str());
        return Typed {
            text: format!(
                "{} made up a brand-new magic word and called it out loud: \"{magic}!\" A shower of tiny sparkles came twinkling down all around them.",
                hero.name
            ),
            then: format!(
                "{} giggled and tried the magic word too. Down came more sparkles, and one landed right on {}'s nose!",
                friend.name, hero.name
            ),
            visual: "{cast} laughing under a shower of tiny twinkling sparkles".to_string(),
        };
    }
    let past: Vec<String> = words
        .iter()
        .map(|w| match *w {
            "is" | "am" => "was".to_string(),
            "are" => "were".to_string(),
            "has" => "had".to_string(),
            "i" => hero.name.clone(),
            "we" => "they".to_string(),
            _ => who_is(p, &[], w).map(|m| m.name.clone()).unwrap_or_else(|| w.to_string()),
        })
        .collect();
    let said = past.join(" ");
    match past.iter().any(|w| ["was", "were", "had"].contains(&w.as_str())) {
        true => Typed {
            text: format!(
                "{}. \"Oh!\" said {}. \"Then let's see what we can do about that.\"",
                crate::text::upper_first(&said),
                friend.name
            ),
            then: "And together, they found a way.".to_string(),
            visual: format!("{{cast}}, talking it over: {said}"),
        },
        false => Typed {
            text: format!("Just then, {} spotted something: {}!", hero.name, with_article(&said)),
            then: format!("\"Look at that!\" said {}, and they went a little closer to see.", friend.name),
            visual: format!("{{cast}} looking in surprise at {}", with_article(&said)),
        },
    }
}

/// "purple elephant" → "a purple elephant"; a phrase with its own article stays.
fn with_article(phrase: &str) -> String {
    let first = phrase.split(' ').next().unwrap_or("");
    match ["a", "an", "the", "some", "two", "three", "lots", "many"].contains(&first) || first.ends_with('s') {
        true => phrase.to_string(),
        false => format!("{} {phrase}", crate::text::article(phrase)),
    }
}

/// Number words an age is said with ("who is five").
const AGES: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// A long premise a parent wrote about their children ("My daughter Emma who
/// is five loves unicorns and her brother Leo … they both want a story where
/// they go to the beach …") as the story it asks for: its names and what
/// happens ("Emma and Leo go to the beach …"), a pasted repeat cut, ages and
/// likes left out. A premise without "a story where/about" is kept as it is.
pub fn premise_core(premise: &str) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for sentence in premise.split_inclusive(['.', '!']) {
        if !seen.iter().any(|s| s.trim() == sentence.trim()) && !sentence.trim().is_empty() {
            seen.push(sentence);
        }
    }
    let text = seen.concat();
    let low = text.to_lowercase();
    let Some((at, marker)) = ["a story where ", "a story about ", "a story in which "].iter().find_map(|m| low.find(m).map(|at| (at, *m)))
    else {
        return text.trim().to_string();
    };
    // "Tell me a story about a pirate" is read as it is; only a parent's note around the wish is cut.
    let note = ["want", "like", "love", "wish"].iter().any(|w| low[..at].contains(w)) || text.split_whitespace().count() > 25;
    if !note {
        return text.trim().to_string();
    }
    let before: Vec<&str> = text[..at].split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    let names: Vec<String> = before
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !NOT_NAMES.contains(w)
                && !["My", "Our", "Her", "His"].contains(w)
                && (name_pron(w).is_some() || *i > 0)
                && !AGES.contains(&w.to_lowercase().as_str())
        })
        .map(|(_, w)| w.to_string())
        .collect();
    let mut rest = text[at + marker.len()..].trim().to_string();
    for who in ["they ", "we ", "she ", "he ", "both "] {
        if let Some(r) = rest.strip_prefix(who) {
            rest = r.to_string();
        }
    }
    let names: Vec<String> = names.iter().fold(Vec::new(), |mut all, n| {
        if !all.contains(n) {
            all.push(n.clone());
        }
        all
    });
    match names.is_empty() {
        true => rest,
        false => format!("{} {rest}", crate::premise::and_list(&names)),
    }
}
