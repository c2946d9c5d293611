//! Reading a family's premise into a story's plan: who is in it (the
//! premise's characters and the host's "starring" names, each with a look
//! chosen once from the story's seed), the main object, where and when the
//! story happens, and what the hero is looking for. Everything has a
//! fallback, so an empty premise still gives a whole story. Its template
//! values are in `premise_lookup.rs`.

use crate::cast::{Character, characters, echo, host_note, pronoun_in_text, tokenize, wish};
use crate::situation::{self, Situation};
use crate::words::creatures::{Class, FRIENDS_LAND, FRIENDS_SPACE, FRIENDS_WATER, HERO_KINDS, creature};
use crate::words::things::{COLOURS, Thing, Use, is_modifier, thing};
use crate::words::*;
use storyloom_plugin_sdk::rng::Rng;

pub use crate::member::Member;
use crate::member::{add_star, resolve, wearing};

/// The premise's main object: "cardboard rocket".
#[derive(Debug, Clone)]
pub struct Object {
    /// The words the story and pictures use, colour included ("bright red balloon").
    pub phrase: String,
    pub used: Use,
    /// The premise says it was built or made.
    pub made: bool,
}

/// Everything a story needs to know about its premise.
#[derive(Debug, Clone)]
pub struct Premise {
    pub seed: u64,
    /// The hero first; always at least two.
    pub cast: Vec<Member>,
    /// How many of the cast the premise or the host named (the rest were invented).
    pub named: usize,
    pub place: &'static Place,
    pub place_named: bool,
    /// The place comes from the premise (its place, object, activity or
    /// hero), not from the seed: false means the storyteller cannot place it.
    pub placed: bool,
    pub time: Option<Time>,
    pub treasure: String,
    pub treasure_visual: String,
    pub treasure_title: String,
    pub treasure_named: bool,
    pub object: Option<Object>,
    /// Things the host adds from a profile ("dinosaurs").
    pub with: Vec<String>,
    /// What the hero wants ("see the top of the lighthouse"), and whether it is learnt.
    pub wish: Option<(String, bool)>,
    /// The premise's own characters are sisters, brothers, twins, friends: said in scene 1.
    pub group: Option<&'static str>,
    pub hobby: String,
    /// The premise as a noun phrase ("a dragon who is afraid of the dark"), for the ending.
    pub echo: Option<String>,
    /// The premise's own words when nothing in it could be placed ("purple"), for scene 1.
    pub idea: Option<String>,
    /// The situation the premise asks for (a fear, an activity, something lost).
    pub situation: Option<Situation>,
    /// The premise's later happenings, as sentences ("it started to rain").
    pub beats: Vec<String>,
    /// What the hero wears ("a blue tutu").
    pub worn: Option<String>,
    /// A bedtime story (the host's "(bedtime)" note): soothing, slow, ending asleep.
    pub bedtime: bool,
    /// The premise has magic in it (a wizard, a fairy, a spell): only then may the title promise it.
    pub magic: bool,
}

/// Premise words that bring magic into a story.
const MAGIC: &[&str] =
    &[" magic", " enchanted ", " fairy ", " fairies ", " wizard", " witch", " spell", " unicorn", " mermaid", " genie ", " wand "];

const MATERIALS: &[&str] = &[
    "cardboard",
    "paper",
    "wooden",
    "glass",
    "metal",
    "plastic",
    "straw",
    "stone",
    "ice",
    "sand",
    "gingerbread",
    "candy",
    "chocolate",
    "patchwork",
    "blanket",
    "rainbow",
];

impl Premise {
    pub fn read(premise: &str, seed: u64) -> Premise {
        let crate::cast::HostNote { base, starring, with, bedtime } = host_note(premise);
        // A parent's long note about their children is read as the story it asks for.
        let base = crate::idea::premise_core(&base);
        let mut rng = Rng::new(seed);
        let toks = tokenize(&base);
        let reading = characters(&toks);
        // Words read as names ("Star", "Rose") are never things, places or times.
        let words: Vec<&str> = toks.iter().zip(&reading.names).filter(|(_, n)| !**n).map(|(t, _)| t.low.as_str()).collect();
        let joined = format!(
            " {} ",
            base.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
        );

        // The main object, with the premise's own words for it.
        // The main object: the first one the premise counts out ("a yellow umbrella"), else the first one.
        let counted = |j: usize| {
            let before = words[..j].iter().rev().find(|w| !is_modifier(w));
            thing(words[j]).is_some_and(|t| t.word == words[j])
                && before.is_some_and(|w| ["a", "an", "the", "my", "his", "her", "their", "our"].contains(w))
        };
        let first = (0..words.len()).find(|&j| counted(j)).or_else(|| words.iter().position(|w| thing(w).is_some()));
        let object = first.and_then(|j| {
            let found: &Thing = thing(words[j])?;
            let mods: Vec<&str> = words[..j].iter().rev().take_while(|w| is_modifier(w)).take(3).copied().collect();
            let mut phrase: Vec<&str> = mods.into_iter().rev().collect();
            let coloured = phrase.iter().any(|w| COLOURS.contains(w) || MATERIALS.contains(w));
            if !coloured {
                phrase.push(rng.pick_or(found.colours, "red"));
            }
            phrase.push(found.noun);
            let before =
                words[..j].iter().rev().find(|w| !is_modifier(w) && !["a", "an", "the", "their", "his", "her", "my", "own"].contains(w));
            let made = before.is_some_and(|w| ["build", "builds", "built", "make", "makes", "made", "building", "making"].contains(w));
            Some((Object { phrase: phrase.join(" "), used: found.used, made }, found.place))
        });

        // Where.
        let phrased = PLACES.iter().find(|p| p.phrases.iter().any(|ph| joined.contains(&format!(" {ph} "))));
        // "looks for a new home in the river": what is looked for is not where the story is.
        let wish = wish(&base);
        let sought: Vec<String> = wish.iter().flat_map(|w| w.0.split_whitespace().skip(1).map(str::to_lowercase)).collect();
        let place_of = |w: &&str| PLACES.iter().find(|p| p.words.contains(w));
        let place = phrased
            .or_else(|| words.iter().filter(|w| !sought.iter().any(|s| s == *w)).find_map(place_of))
            .or_else(|| words.iter().find_map(place_of));
        let place_named = place.is_some();

        // Who.
        let mut chars = reading.chars;
        let group = reading.group;
        for star in &starring {
            add_star(&mut chars, star);
        }
        let reading_empty = chars.is_empty();
        // "we go to the zoo", "my family…": the children of the family, not a bunny and a puppy.
        let we = words.iter().any(|w| ["we", "us", "our", "ourselves"].contains(w)) || joined.contains(" my family ");
        if chars.is_empty() {
            let kind = if we { rng.pick_or(&["girl", "boy"], "girl") } else { rng.pick_or(HERO_KINDS, "bunny") };
            let hint = pronoun_in_text(&toks);
            let kind = match (kind, hint) {
                ("girl", Some(Pron::He)) => "boy",
                ("boy", Some(Pron::She)) => "girl",
                (k, _) => k,
            };
            chars.push(Character { creature: creature(kind).map(|c| c.0), pron: hint, ..Character::default() });
        }
        if chars.len() == 1 && chars[0].pron.is_none() {
            chars[0].pron = pronoun_in_text(&toks);
        }
        let hero_kind = chars.first().and_then(|c| c.creature).map_or("", |c| c.kind);
        let fallback_title = rng.pick_or(FALLBACK_PLACES, "Forest");
        let object_place = object.as_ref().and_then(|o| o.1);
        let found_place = place.is_some()
            || object_place.is_some()
            || crate::place::place_of_doing(&words).is_some()
            || crate::place::home_of(hero_kind).is_some();
        let place = crate::place::choose(place, object_place, &words, hero_kind, fallback_title);
        // "five friends at the zoo: giraffe, penguin, lion": the animals named are what they go to see.
        let wish = wish.or_else(|| (place.title == "Zoo").then(|| zoo_wish(&words)));

        let named = if reading_empty { 0 } else { chars.len() };
        let worn = situation::worn(&base);
        let mut cast: Vec<Member> = Vec::new();
        let name_salt = storyloom_plugin_sdk::rng::fnv1a(seed, base.to_lowercase().as_bytes());
        for c in &chars {
            let mut m = resolve(c, &cast, &mut rng, name_salt);
            if let (true, Some(w)) = (cast.is_empty(), &worn) {
                m.look = wearing(&m.look, w);
            }
            cast.push(m);
        }
        // "the snowman who wanted to see summer": the snowman is the hero, not a thing beside it.
        let object = object.filter(|o| !cast.iter().any(|m| o.0.phrase.ends_with(m.kind)));
        if cast.len() == 1 {
            let bank = match place.realm {
                Realm::Land => FRIENDS_LAND,
                Realm::Water => FRIENDS_WATER,
                Realm::Space => FRIENDS_SPACE,
            };
            // Fish and seahorses only come along under the water.
            let swims = |k: &str| matches!(k, "fish" | "seahorse");
            let unlike: Vec<(&str, &str)> =
                bank.iter().copied().filter(|f| f.0 != hero_kind && (place.underwater || !swims(f.0))).collect();
            let (kind, adj) = match we && reading_empty {
                // The hero's brother or sister comes along.
                true => (rng.pick_or(&["girl", "boy"], "boy"), "little"),
                false => rng.pick_or(&unlike, ("owl", "wise old")),
            };
            let c = Character { creature: creature(kind).map(|c| c.0), adj: Some(adj.to_string()), ..Character::default() };
            let m = resolve(&c, &cast, &mut rng, name_salt);
            cast.push(m);
        }

        // When, and what to find.
        // "fly to the moon" names a place, not a time: the moon and the stars of a trip to space are not night.
        let of_place = |w: &&str| place.realm == Realm::Space && ["moon", "stars"].contains(w);
        let time = words.iter().filter(|w| !of_place(w)).find_map(|w| TIMES.iter().find(|t| t.0 == *w).map(|t| t.1));
        let found = words.iter().find_map(|w| TREASURES.iter().find(|t| t.0.contains(w)));
        let fallback = rng.pick_or(FALLBACK_TREASURES, ("the golden acorn", "a golden acorn", "Golden Acorn"));
        let (treasure, treasure_visual, treasure_title) = found.map_or(fallback, |t| (t.1, t.2, t.3));
        // "looks for the moon": what the premise looks for is what is found, never a stock treasure.
        let sought = wish.as_ref().and_then(|w| w.0.strip_prefix("find ")).map(str::to_string);
        let (treasure, treasure_visual) = match &sought {
            Some(s) => (s.clone(), s.clone()),
            None => (treasure.to_string(), treasure_visual.to_string()),
        };

        let placed = named > 0 || object.is_some() || place_named || found.is_some() || time.is_some();
        // Keyboard mashing ("asdfgh qwerty") is left out of the idea, never echoed.
        let short = base
            .trim_end_matches(['.', '!', '?', ' '])
            .split_whitespace()
            .filter(|w| crate::text::looks_like_a_word(w))
            .collect::<Vec<_>>()
            .join(" ");
        let idea =
            (!placed && !short.is_empty() && short.split_whitespace().count() <= 12 && !short.contains(['"', '{', '}'])).then_some(short);
        Premise {
            seed,
            cast,
            named,
            place,
            place_named,
            placed: found_place,
            time,
            treasure,
            treasure_visual,
            treasure_title: treasure_title.to_string(),
            treasure_named: found.is_some() || sought.is_some(),
            object: object.clone().map(|o| o.0),
            with,
            bedtime,
            magic: MAGIC.iter().any(|m| joined.contains(m)),
            wish,
            group,
            hobby: rng.pick_or(HOBBIES, "counting clouds").to_string(),
            echo: echo(&base),
            idea,
            beats: {
                // The happening the situation already tells is not a beat of its own.
                let told = situation::read(&base).map(|s| s.done_phrase());
                situation::beats(&base).into_iter().filter(|b| told.as_ref().is_none_or(|t| !b.contains(t.trim()))).collect()
            },
            situation: situation::read(&base),
            worn,
        }
    }

    /// The premise's own characters are a group (sisters, friends, twins): said as "they".
    pub fn is_group(&self) -> bool {
        self.group.is_some() && self.named >= 2
    }

    pub fn hero(&self) -> &Member {
        &self.cast[0]
    }

    pub fn friend(&self) -> &Member {
        &self.cast[1]
    }

    /// Every name: "Mia, Leo and Sam".
    pub fn team(&self) -> String {
        and_list(&self.cast.iter().map(|m| m.name.clone()).collect::<Vec<_>>())
    }

    /// The story's title: the same for every scene, from the premise and seed.
    pub fn title(&self) -> String {
        let mut rng = Rng::new(self.seed ^ 0x0074_6974_6c65);
        let adj = match self.time {
            Some(Time::Night) => "Moonlit",
            Some(Time::Sunset) => "Golden",
            Some(Time::Morning) => "Sunny",
            // "Magic" and "Enchanted" only when the premise has magic in it.
            None if self.magic => rng.pick_or(&["Secret", "Magic", "Sparkly", "Wonderful", "Enchanted", "Twinkly"], "Magic"),
            None => rng.pick_or(&["Sparkly", "Wonderful", "Happy", "Twinkly", "Lovely", "Amazing"], "Wonderful"),
        };
        let names = match self.cast.len() {
            _ if self.named == 2 && self.cast.len() == 2 => format!("{}, {}", self.hero().name, self.friend().name),
            _ => self.hero().name.clone(),
        };
        let place = self.place.title;
        let about = self.situation.as_ref().and_then(|s| match s.kind {
            situation::Kind::Fear | situation::Kind::Lost => Some(s.what.trim_start_matches("the ").to_string()),
            situation::Kind::Sleep => Some("Sleepy Night".to_string()),
            situation::Kind::Activity => None,
        });
        let subject = if let Some(o) = &self.object {
            o.phrase.clone()
        } else if let Some(about) = about {
            about
        } else if self.situation.is_some() || self.wish.is_some() {
            // A story about a wish or an activity is not a hunt for a stock treasure.
            format!("{adj} {place}")
        } else if self.place_named || !self.treasure_named && rng.coin() {
            format!("{adj} {place}")
        } else {
            self.treasure_title.clone()
        };
        crate::text::headline(&format!("{names} and the {subject}"))
    }
}

/// "Mia", "Mia and Leo", "Mia, Leo and Sam".
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A zoo story's wish: the animals the premise names ("see the giraffes, the penguins and the lions"), else all of them.
fn zoo_wish(words: &[&str]) -> (String, bool) {
    let animals: Vec<String> = words
        .iter()
        .filter(|w| creature(w).is_some_and(|(c, _)| c.class != Class::Person) && !w.ends_with('s'))
        .map(|w| if w.ends_with(['x', 'h']) { format!("the {w}es") } else { format!("the {w}s") })
        .fold(Vec::new(), |mut seen, a| {
            if !seen.contains(&a) {
                seen.push(a);
            }
            seen
        });
    match animals.is_empty() {
        true => ("see all the animals".to_string(), false),
        false => (format!("see {}", and_list(&animals)), false),
    }
}
