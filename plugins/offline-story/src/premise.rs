//! Reading a family's premise: who the hero and companion are, where and when
//! the story happens, and what the hero is looking for. Everything has a
//! deterministic fallback, so an empty premise still gives a whole story.

use crate::cast::{characters, echo, pronoun_in_text, tokenize};
use crate::text::article;
use crate::words::*;
use storyloom_plugin_sdk::rng::{Rng, hash_parts};

/// Everything a story needs to know about its premise.
#[derive(Debug, Clone)]
pub struct Premise {
    pub seed: u64,
    pub hero: String,
    pub kind: String,
    pub adj: String,
    pub pron: Pron,
    pub friend: String,
    pub friend_kind: String,
    pub friend_adj: String,
    pub place: String,
    pub place_prep: String,
    pub place_visual: String,
    pub place_title: String,
    pub place_named: bool,
    pub realm: Realm,
    pub time: Option<Time>,
    pub treasure: String,
    pub treasure_visual: String,
    pub treasure_title: String,
    pub treasure_named: bool,
    pub hobby: String,
    /// The premise as a noun phrase ("a dragon who is afraid of the dark"), for the ending.
    pub echo: Option<String>,
}

/// The place used if the tables were ever empty.
const FOREST: Place =
    Place { words: &[], name: "the Whispering Woods", prep: "in", visual: "a forest of tall trees", title: "Forest", realm: Realm::Land };

impl Premise {
    pub fn read(premise: &str) -> Premise {
        let premise = premise.trim();
        let seed = hash_parts([premise]);
        let mut rng = Rng::new(seed);
        let toks = tokenize(premise);
        let lows: Vec<&str> = toks.iter().map(|t| t.low.as_str()).collect();
        let joined = format!(" {} ", lows.join(" "));
        let mut cast = characters(&toks).into_iter();
        let hero = cast.next().unwrap_or_default();
        let second = cast.find(|c| c.name != hero.name || c.kind != hero.kind);

        // Where.
        let place = if joined.contains(" to the moon ") || joined.contains(" on the moon ") {
            PLACES.first()
        } else if joined.contains(" under the sea ") {
            PLACES.get(1)
        } else if joined.contains(" north pole ") {
            PLACES.iter().find(|p| p.title == "Snow")
        } else {
            lows.iter().find_map(|w| PLACES.iter().find(|p| p.words.contains(w)))
        };
        let place_named = place.is_some();
        let fallback_title = rng.pick(FALLBACK_PLACES).copied().unwrap_or("Forest");
        let place = place.or_else(|| PLACES.iter().find(|p| p.title == fallback_title)).unwrap_or(&FOREST);

        // When, and what to find.
        let time = lows.iter().find_map(|w| TIMES.iter().find(|t| t.0 == *w).map(|t| t.1));
        let found = lows.iter().find_map(|w| TREASURES.iter().find(|t| t.0.contains(w)));
        let treasure_named = found.is_some();
        let fallback = rng.pick(FALLBACK_TREASURES).copied().unwrap_or(("the golden acorn", "a golden acorn", "Golden Acorn"));
        let (treasure, treasure_visual, treasure_title) = found.map_or(fallback, |t| (t.1, t.2, t.3));

        // Who.
        let hint = hero.kind.map(|k| k.1).filter(|p| *p != Pron::They).or_else(|| pronoun_in_text(&toks));
        let hero_named = hero.name.is_some();
        let (hero_name, pron) = match hero.name {
            Some(name) => (name, hint.unwrap_or(Pron::They)),
            None => {
                let names: Vec<_> = HERO_NAMES.iter().filter(|n| hint.is_none_or(|h| h == n.1)).collect();
                rng.pick(&names).map_or(("Luna".to_string(), Pron::She), |n| (n.0.to_string(), n.1))
            }
        };
        let picked_kind = rng.pick(HERO_KINDS).copied().unwrap_or("bunny");
        let kind = match (hero.kind, hero_named) {
            (Some(k), _) => k.0,
            (None, true) => "explorer",
            (None, false) => picked_kind,
        };
        let adj = hero.adj.unwrap_or_else(|| rng.pick(HERO_ADJS).copied().unwrap_or("curious").to_string());

        let bank = match place.realm {
            Realm::Land => FRIENDS_LAND,
            Realm::Water => FRIENDS_WATER,
            Realm::Space => FRIENDS_SPACE,
        };
        let unlike: Vec<_> = bank.iter().copied().filter(|f| f.1 != kind).collect();
        let banked = rng.pick(&unlike).copied().unwrap_or(("Hoot", "owl", "wise old"));
        let spare: Vec<&str> = FRIEND_NAMES.iter().copied().filter(|n| *n != hero_name).collect();
        let spare_name = rng.pick(&spare).copied().unwrap_or("Dot");
        let (friend, friend_kind, friend_adj) = match second {
            Some(c) => (
                c.name.unwrap_or_else(|| spare_name.to_string()),
                c.kind.map_or("friend", |k| k.0).to_string(),
                c.adj.unwrap_or_else(|| if c.kind.is_some() { "friendly" } else { "good" }.to_string()),
            ),
            None if banked.0 == hero_name => (spare_name.to_string(), banked.1.to_string(), banked.2.to_string()),
            None => (banked.0.to_string(), banked.1.to_string(), banked.2.to_string()),
        };

        Premise {
            seed,
            hero: hero_name,
            kind: kind.to_string(),
            adj,
            pron,
            friend,
            friend_kind,
            friend_adj,
            place: place.name.to_string(),
            place_prep: place.prep.to_string(),
            place_visual: place.visual.to_string(),
            place_title: place.title.to_string(),
            place_named,
            realm: place.realm,
            time,
            treasure: treasure.to_string(),
            treasure_visual: treasure_visual.to_string(),
            treasure_title: treasure_title.to_string(),
            treasure_named,
            hobby: rng.pick(HOBBIES).copied().unwrap_or("counting clouds").to_string(),
            echo: echo(premise),
        }
    }

    /// The story's title: the same for every scene, from the premise alone.
    pub fn title(&self) -> String {
        let mut rng = Rng::new(self.seed ^ 0x0074_6974_6c65);
        let adj = match self.time {
            Some(Time::Night) => "Moonlit",
            Some(Time::Sunset) => "Golden",
            Some(Time::Morning) => "Sunny",
            None => rng.pick(&["Secret", "Magic", "Sparkly", "Wonderful", "Enchanted", "Twinkly"]).copied().unwrap_or("Magic"),
        };
        let name = &self.hero;
        if self.place_named {
            format!("{name} and the {adj} {}", self.place_title)
        } else if self.treasure_named {
            format!("{name} and the {}", self.treasure_title)
        } else {
            match rng.below(3) {
                0 => format!("{name} and the {}", self.treasure_title),
                1 => format!("{name}'s {adj} Adventure"),
                _ => format!("{name} and the {adj} {}", self.place_title),
            }
        }
    }

    /// "a wise old owl named Hoot".
    pub fn friend_desc(&self) -> String {
        let adj = &self.friend_adj;
        format!("{} {adj} {} named {}", article(adj), self.friend_kind, self.friend)
    }

    /// Template values that belong to the whole story.
    pub fn lookup(&self, key: &str) -> Option<String> {
        let (they, them, their, was) = match self.pron {
            Pron::She => ("she", "her", "her", "was"),
            Pron::He => ("he", "him", "his", "was"),
            Pron::They => ("they", "them", "their", "were"),
        };
        let v = match key {
            "name" => self.hero.clone(),
            "kind" => self.kind.clone(),
            "adj" => self.adj.clone(),
            "a_adj" => format!("{} {}", article(&self.adj), self.adj),
            "they" => they.to_string(),
            "them" => them.to_string(),
            "their" => their.to_string(),
            "was" => was.to_string(),
            "friend" => self.friend.clone(),
            "friend_kind" => self.friend_kind.clone(),
            "friend_desc" => self.friend_desc(),
            "place" => self.place.clone(),
            "in_place" => format!("{} {}", self.place_prep, self.place),
            "treasure" => self.treasure.clone(),
            "hobby" => self.hobby.clone(),
            _ => return None,
        };
        Some(v)
    }
}
