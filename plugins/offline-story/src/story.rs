//! Writing one scene from the story hints: which discovery it is built
//! around, which choices it offers, how it follows the last choice, and the
//! JSON the host expects. Scenes are replanned from the premise and path on
//! every call (the plugin keeps no state), so earlier choices can be matched
//! to the outcome written for them.

use serde::Serialize;

use crate::bank::{ANYWHERE, Choice, DISCOVERIES, Discovery, LAND, SPACE, WATER};
use crate::lines::*;
use crate::premise::Premise;
use crate::text::{article, choice_as_action, fill, sentence_case};
use crate::words::{Realm, Time};
use storyloom_plugin_sdk::rng::{Rng, fnv1a};

/// What the host tells us about the scene to write.
#[derive(Debug, Clone, Copy)]
pub struct Hints<'a> {
    pub premise: &'a str,
    pub path: &'a [String],
    pub scene_number: u32,
    pub target_scenes: u32,
}

/// One scene, serialised exactly in the shape the host parses.
#[derive(Debug, Clone, Serialize)]
pub struct Scene {
    pub title: String,
    pub text: String,
    pub image_prompt: String,
    pub choices: Vec<String>,
    pub is_ending: bool,
}

/// A scene's discovery and choices, and the generator left to write its words.
struct Plan {
    index: usize,
    discovery: &'static Discovery,
    choices: Vec<&'static Choice>,
    rng: Rng,
}

fn realm_flag(realm: Realm) -> u8 {
    match realm {
        Realm::Land => LAND,
        Realm::Water => WATER,
        Realm::Space => SPACE,
    }
}

/// Plan scene `scene`, reached by taking `prefix`, avoiding discoveries already `used`.
fn plan(p: &Premise, prefix: &[String], scene: u32, used: &[usize]) -> Option<Plan> {
    let seed = prefix.iter().fold(p.seed, |h, s| fnv1a(fnv1a(h, s.as_bytes()), &[0x1f]));
    let mut rng = Rng::new(fnv1a(seed, &scene.to_le_bytes()));
    let flag = realm_flag(p.realm);
    let fits: Vec<usize> = (0..DISCOVERIES.len()).filter(|&i| DISCOVERIES[i].realms & flag != 0).collect();
    let fresh: Vec<usize> = fits.iter().copied().filter(|i| !used.contains(i)).collect();
    let index = *rng.pick(if fresh.is_empty() { &fits } else { &fresh })?;
    let discovery = DISCOVERIES.get(index)?;
    let count = 3 + rng.below(2);
    let mut choices: Vec<&'static Choice> = discovery.choices.iter().collect();
    if count == 3 && rng.chance(1, 3) {
        choices.remove(rng.below(2));
    }
    // Choices that fit anywhere are not offered again once taken.
    let taken = |c: &&Choice| prefix.iter().any(|t| fill(c.text, &|k| p.lookup(k)).eq_ignore_ascii_case(t.trim()));
    let mut extra: Vec<&'static Choice> = ANYWHERE.iter().filter(|c| !taken(c)).collect();
    rng.shuffle(&mut extra);
    choices.extend(extra.into_iter().take(count.saturating_sub(choices.len())));
    rng.shuffle(&mut choices);
    Some(Plan { index, discovery, choices, rng })
}

/// Scene-level template values on top of the premise's.
struct Words<'a> {
    p: &'a Premise,
    spot: &'static str,
    act: String,
    choice: String,
}

impl Words<'_> {
    fn lookup(&self, key: &str) -> Option<String> {
        let v = match key {
            "spot" => self.spot.to_string(),
            "singer" => singer(self.p.realm).to_string(),
            "daytime" => daytime(self.p.time).to_string(),
            "act" => self.act.clone(),
            "choice" => self.choice.clone(),
            _ => return self.p.lookup(key),
        };
        Some(v)
    }

    fn fill(&self, template: &str) -> String {
        fill(template, &|k| self.lookup(k))
    }

    /// Pick a template and fill it.
    fn pick(&self, rng: &mut Rng, bank: &[&str]) -> String {
        self.fill(rng.pick(bank).copied().unwrap_or(""))
    }
}

fn paragraph(sentences: &[String]) -> String {
    let joined: Vec<&str> = sentences.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    sentence_case(&joined.join(" "))
}

/// "a brave bunny named Pip and an owl".
fn cast_phrase(p: &Premise) -> String {
    format!("{} {} {} named {} and {} {}", article(&p.adj), p.adj, p.kind, p.hero, article(&p.friend_kind), p.friend_kind)
}

fn time_phrase(p: &Premise, scene: u32, ending: bool) -> &'static str {
    match (p.time, p.realm) {
        (Some(Time::Night), _) => " at night",
        (Some(Time::Sunset), _) => " at sunset",
        (Some(Time::Morning), _) => " in the morning",
        (None, Realm::Space) => "",
        (None, _) if ending => " at sunset",
        (None, _) if scene <= 1 => " in the morning",
        (None, _) => " on a sunny afternoon",
    }
}

/// Write the scene the hints ask for.
pub fn write_scene(h: Hints<'_>) -> Scene {
    let p = Premise::read(h.premise);
    let scene = h.scene_number.max(1);
    let is_ending = scene >= h.target_scenes.max(1);

    // Replan the scenes already told: their discoveries are not repeated, and
    // the last one's choices tell what the chosen path leads to.
    let mut used = Vec::new();
    let mut previous: Option<Plan> = None;
    for k in 1..=h.path.len() {
        if let Some(earlier) = plan(&p, &h.path[..k - 1], k as u32, &used) {
            used.push(earlier.index);
            previous = Some(earlier);
        }
    }
    let Some(Plan { discovery, choices, mut rng, .. }) = plan(&p, h.path, scene, &used) else {
        return fallback_scene(&p, is_ending);
    };
    let spot = rng.pick(spots(p.realm)).copied().unwrap_or("nearby");
    let last = h.path.last().map(|s| s.trim()).filter(|s| !s.is_empty());
    let mut w = Words { p: &p, spot, act: String::new(), choice: last.unwrap_or("").to_string() };

    let reaction = last.map(|last| {
        let outcome = previous
            .as_ref()
            .and_then(|prev| prev.choices.iter().find(|c| w.fill(c.text).eq_ignore_ascii_case(last.trim_end_matches(['.', '!']))));
        let decision = match choice_as_action(last) {
            Some(act) => {
                // "Pip and Hoot agreed: they would ask Hoot ..." reads badly.
                let names_friend = act.contains(p.friend.as_str());
                let fitting: Vec<&str> = DECISIONS.iter().copied().filter(|d| !names_friend || !d.contains("{friend}")).collect();
                w.act = act;
                w.pick(&mut rng, &fitting)
            }
            None => w.fill(QUOTED_DECISION),
        };
        let outcome = match outcome {
            Some(c) => w.fill(c.outcome),
            None => w.pick(&mut rng, GENERIC_OUTCOMES),
        };
        paragraph(&[decision, outcome])
    });
    let opening = || {
        let mut r = Rng::new(p.seed ^ 0x6f70_656e);
        paragraph(&[w.pick(&mut r, OPENINGS), w.pick(&mut r, GOALS)])
    };

    let mut paragraphs = Vec::new();
    let image_prompt = if is_ending {
        paragraphs.push(reaction.unwrap_or_else(|| paragraph(&[opening(), w.pick(&mut rng, FRIEND_INTROS)])));
        paragraphs.push(paragraph(&[w.pick(&mut rng, RESOLUTIONS), w.pick(&mut rng, TIE_BACKS)]));
        let home = format!("As {}, {} and {} {} together.", home_sky(p.realm, p.time), p.hero, p.friend, home_verb(p.realm));
        let echo = p.echo.as_ref().map(|e| format!("And that is the story of {e}."));
        paragraphs.push(paragraph(&[home, w.pick(&mut rng, GOODNIGHTS), echo.unwrap_or_default(), "The End.".into()]));
        format!(
            "{} celebrating with {} {} {}{}, soft picture-book illustration.",
            cast_phrase(&p),
            p.treasure_visual,
            p.place_prep,
            p.place_visual,
            time_phrase(&p, scene, true)
        )
    } else {
        let found = w.fill(discovery.intro);
        match reaction {
            None => {
                paragraphs.push(opening());
                let lead = w.pick(&mut rng, FIRST_TRANSITIONS);
                paragraphs.push(paragraph(&[w.pick(&mut rng, FRIEND_INTROS), lead + &found, w.pick(&mut rng, FEELINGS)]));
                if rng.chance(1, 2) {
                    paragraphs.push(paragraph(&[w.pick(&mut rng, QUESTIONS)]));
                }
            }
            Some(reaction) => {
                paragraphs.push(reaction);
                let lead = w.pick(&mut rng, TRANSITIONS);
                paragraphs.push(paragraph(&[lead + &found, w.pick(&mut rng, FEELINGS)]));
                if rng.chance(2, 3) {
                    paragraphs.push(paragraph(&[w.pick(&mut rng, PROGRESS), w.pick(&mut rng, QUESTIONS)]));
                }
            }
        }
        format!(
            "{} discovering {} {} {}{}, soft picture-book illustration.",
            cast_phrase(&p),
            discovery.visual,
            p.place_prep,
            p.place_visual,
            time_phrase(&p, scene, false)
        )
    };

    Scene {
        title: p.title(),
        text: paragraphs.join("\n\n"),
        image_prompt: sentence_case(&image_prompt),
        choices: if is_ending { Vec::new() } else { choices.iter().map(|c| w.fill(c.text)).collect() },
        is_ending,
    }
}

/// Only reached if the discovery bank were empty; keeps the contract anyway.
fn fallback_scene(p: &Premise, is_ending: bool) -> Scene {
    let choices = if is_ending { Vec::new() } else { ANYWHERE.iter().take(3).map(|c| fill(c.text, &|k| p.lookup(k))).collect() };
    Scene {
        title: p.title(),
        text: format!("{} the {} set off on an adventure in {}.\n\nWhat a day it was!", p.hero, p.kind, p.place),
        image_prompt: format!("A {} in {}.", p.kind, p.place_visual),
        choices,
        is_ending,
    }
}

/// The scene as the JSON text the host parses.
pub fn scene_json(h: Hints<'_>) -> Result<String, serde_json::Error> {
    serde_json::to_string(&write_scene(h))
}
