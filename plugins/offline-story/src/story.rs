//! Writing one scene from the story hints and the story's seed: scene 1's
//! first step into the premise, the premise's events and moments in the
//! middle (`events.rs`, planned in `plan.rs`), how it follows the last
//! choice, how the cast, object and place are carried through, the picture
//! prompt, and the JSON the host expects. Scenes are replanned from the premise, seed and path on every
//! call (the plugin keeps no state), so earlier choices can be matched to the
//! outcome written for them.

use serde::Serialize;

use crate::bank::{ANYWHERE, Choice};
use crate::events::{self, starts};
use crate::intro::introductions;
use crate::lines::*;
use crate::plan::{Lead, Plan, plan};
use crate::premise::{Premise, and_list};
use crate::situation::Kind;
use crate::text::{choice_as_action, fill, sentence_case, tidy};
use crate::typed;
use crate::words::things::Use;
use crate::words::{Realm, Time};
use storyloom_plugin_sdk::rng::{Rng, fnv1a};

/// What the host tells us about the scene to write.
#[derive(Debug, Clone, Copy)]
pub struct Hints<'a> {
    pub premise: &'a str,
    pub path: &'a [String],
    pub scene_number: u32,
    pub target_scenes: u32,
    /// The text of every scene already told on this path, oldest first (the
    /// host's story so far); shorter than the path when the host sent none.
    pub told: &'a [String],
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

/// Scene-level template values on top of the premise's.
pub struct Words<'a> {
    p: &'a Premise,
    spot: &'static str,
    act: String,
    choice: String,
    /// The scenes already told, as compared (`polish::key`): a stock line said there is not said again.
    told: String,
}

impl Words<'_> {
    fn lookup(&self, key: &str) -> Option<String> {
        let v = match key {
            "spot" => self.spot.to_string(),
            "singer" => singer(self.p.place.realm).to_string(),
            "daytime" => daytime(self.p.time).to_string(),
            "act" => self.act.clone(),
            "choice" => self.choice.clone(),
            _ => return self.p.lookup(key),
        };
        Some(v)
    }

    pub fn fill(&self, template: &str) -> String {
        fill(template, &|k| self.lookup(k))
    }

    /// Pick a template and fill it.
    pub fn pick(&self, rng: &mut Rng, bank: &[&str]) -> String {
        self.fill(rng.pick(bank).copied().unwrap_or(""))
    }

    /// The template of `bank` for scene `scene`: consecutive scenes take
    /// consecutive templates from a place chosen per story, so no template is
    /// said twice along one path shorter than the bank.
    fn turn(&self, scene: u32, salt: &str, bank: &[&str]) -> String {
        if bank.is_empty() {
            return String::new();
        }
        let start = fnv1a(self.p.seed, salt.as_bytes()) as usize;
        let at = |k: usize| self.fill(bank[(start % bank.len() + scene as usize + k) % bank.len()]);
        // A line already told in this story ("grinned from ear to ear") gives way to the next one.
        (0..bank.len()).map(at).find(|line| self.told.is_empty() || !self.told.contains(&crate::polish::key(line))).unwrap_or_else(|| at(0))
    }
}

pub fn paragraph(sentences: &[String]) -> String {
    let joined: Vec<&str> = sentences.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    tidy(&sentence_case(&joined.join(" ")))
}

fn time_phrase(p: &Premise, scene: u32, ending: bool) -> &'static str {
    match (p.time, p.place.realm) {
        (Some(Time::Night), _) => " at night",
        (Some(Time::Sunset), _) => " at sunset",
        (Some(Time::Morning), _) => " in the morning",
        (None, Realm::Space) => "",
        (None, _) if p.place.underwater => "",
        (None, _) if ending => " at sunset",
        (None, _) if scene <= 1 => " in the morning",
        (None, _) => " on a sunny afternoon",
    }
}

/// The picture: every character with their look, then the object, then the
/// place (or `at`, where an event happens on the way) and light, in one sentence.
fn picture(p: &Premise, action: &str, scene: u32, ending: bool, at: Option<&str>) -> String {
    let cast: Vec<String> = p.cast.iter().map(|m| m.painted()).collect();
    let cast = match cast.as_slice() {
        [one] => one.clone(),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
        [] => String::new(),
    };
    let object = match &p.object {
        Some(o) if o.used == Use::Carry => format!(", with {}", p.lookup("a_object").unwrap_or_default()),
        Some(_) => format!(", beside {}", p.lookup("a_object").unwrap_or_default()),
        None => String::new(),
    };
    let with = if (scene <= 1 || ending) && !p.with.is_empty() { format!(", with {} nearby", and_list(&p.with)) } else { String::new() };
    let place = at.unwrap_or(p.place.picture);
    format!("{cast}{object}, {action}, {place}{}{with}, soft picture-book illustration.", time_phrase(p, scene, ending))
}

/// The names not yet in `text`, said in one short line so nobody is left out.
fn everyone(p: &Premise, text: &str, scene: u32, w: &Words<'_>) -> String {
    let missing: Vec<String> = p.cast.iter().filter(|m| !text.contains(m.name.as_str())).map(|m| m.name.clone()).collect();
    if missing.is_empty() {
        return String::new();
    }
    let bank: Vec<String> = STAY_CLOSE.iter().map(|t| t.replace("{who}", &and_list(&missing))).collect();
    let bank: Vec<&str> = bank.iter().map(String::as_str).collect();
    w.turn(scene, "stay", &bank)
}

/// A line about the object for a middle scene or the ending.
fn object_line(p: &Premise, scene: u32, w: &Words<'_>) -> String {
    match p.object.as_ref().map(|o| o.used) {
        Some(Use::Ride(_)) => w.turn(scene, "object", RIDE_LINES),
        Some(Use::Carry) => w.turn(scene, "object", CARRY_LINES),
        Some(Use::Stay) => w.turn(scene, "object", STAY_LINES),
        None => String::new(),
    }
}

/// The step a middle scene takes towards what the premise asks for: the
/// premise's own next happening, then its situation's steps, or the wish's.
fn step_line(p: &Premise, scene: u32, w: &Words<'_>) -> String {
    let k = scene.saturating_sub(2) as usize;
    let later: Vec<&str> = p.beats.iter().skip(1).map(String::as_str).collect();
    if let Some(beat) = later.get(k) {
        return format!("Then {}", w.fill(beat));
    }
    let scene = scene.saturating_sub(later.len() as u32);
    match (&p.situation, &p.wish) {
        (Some(s), _) => w.turn(scene, "step", s.steps()),
        (None, Some((_, false))) => w.turn(scene, "step", WISH_STEPS),
        (None, Some((_, true))) => w.turn(scene, "step", LEARN_STEPS),
        (None, None) => String::new(),
    }
}

/// Write the scene the hints ask for, with a seed from the premise alone (tests).
#[cfg(test)]
pub fn write_scene(h: Hints<'_>) -> Scene {
    write_scene_seeded(h, premise_seed(h.premise))
}

/// A seed from the premise alone (tests).
#[cfg(test)]
fn premise_seed(premise: &str) -> u64 {
    use storyloom_plugin_sdk::rng::hash_parts;
    hash_parts([premise.trim()])
}

/// Write the scene the hints ask for in the story seeded by `seed`: the same
/// seed, premise and path always give the same scene.
pub fn write_scene_seeded(h: Hints<'_>, seed: u64) -> Scene {
    let p = Premise::read(h.premise, seed);
    let scene = h.scene_number.max(1);
    let is_ending = scene >= h.target_scenes.max(1);

    // Replan the scenes already told: their discoveries are not repeated, and
    // the last one's choices tell what the chosen path leads to.
    let event_of = |k: u32| events::for_scene(&p, k, h.target_scenes, h.told.get(..k as usize - 1).unwrap_or(h.told));
    // Scene 1 takes the premise's first step; a premise that cannot be placed gets a discovery.
    let start = events::start_of(&p);
    let lead_of = |k: u32, event: Option<&'static events::Event>| match (k, start, event) {
        (1, Some(start), _) => Lead::Start(start),
        (_, _, Some(event)) => Lead::Event(event),
        _ => Lead::Discovery,
    };
    let mut used = Vec::new();
    let mut previous: Option<Plan> = None;
    for k in 1..=h.path.len() {
        if let Some(earlier) = plan(&p, &h.path[..k - 1], k as u32, &used, lead_of(k as u32, event_of(k as u32))) {
            used.push(earlier.index);
            previous = Some(earlier);
        }
    }
    let event = if is_ending { None } else { event_of(scene) };
    let lead = if is_ending { Lead::Discovery } else { lead_of(scene, event) };
    let Some(Plan { discovery, choices, mut rng, .. }) = plan(&p, h.path, scene, &used, lead) else {
        return fallback_scene(&p, is_ending);
    };
    let spot = rng.pick(spots(p.place)).copied().unwrap_or("nearby");
    let last = h.path.last().map(|s| s.trim()).filter(|s| !s.is_empty());
    let told_keys = h.told.iter().map(|t| crate::polish::key(t)).collect::<Vec<_>>().join(" | ");
    let mut w = Words { p: &p, spot, act: String::new(), choice: last.unwrap_or("").to_string(), told: told_keys };

    // The choice taken: one the storyteller offered (its own outcome), or one the child typed.
    let same = |c: &&Choice| last.is_some_and(|last| w.fill(c.text).eq_ignore_ascii_case(last.trim_end_matches(['.', '!'])));
    // The previous scene's own choice, or an event's (the previous scene was written for another length).
    let offered = previous.as_ref().and_then(|prev| prev.choices.iter().copied().find(same)).or_else(|| events::all_choices().find(same));
    let question = last.is_some_and(|l| l.ends_with('?'));
    // A typed choice with a verb or a feeling the storyteller can read is the scene's own event.
    let typed = match (last, offered) {
        (Some(last), None) if !question => typed::read(&p, last),
        _ => None,
    };
    let reaction = last.map(|last| {
        if let Some(t) = &typed {
            return paragraph(std::slice::from_ref(&t.text));
        }
        // A typed "do this" the storyteller cannot read ("asdfgh qwerty") is quoted, not told.
        let action = choice_as_action(last).filter(|act| offered.is_some() || typed::known_verb(act));
        let decision = match action {
            Some(act) => {
                w.act = act;
                // Nobody goes to ask themselves: "Together, they went to ask Poppy" when Poppy is the friend.
                match w.turn(scene, "decide", DECISIONS) {
                    d if d.contains("Together,") && w.act.contains(p.friend().name.as_str()) => w.fill(DECIDE_WITH_FRIEND),
                    d => d,
                }
            }
            None if question => w.fill(QUESTION_DECISION),
            // Words the storyteller cannot read: quoted as the child's idea, never as narration.
            None => return typed::idea_line(&p, last),
        };
        let outcome = match offered {
            // A choice offered again late in a long story: its outcome is not told twice.
            Some(c) if w.told.is_empty() || !w.told.contains(&crate::polish::key(&w.fill(c.outcome))) => w.fill(c.outcome),
            Some(_) => w.turn(scene, "outcome", GENERIC_OUTCOMES),
            None => w.turn(scene, "outcome", GENERIC_OUTCOMES),
        };
        paragraph(&[decision, outcome])
    });

    let mut paragraphs = Vec::new();
    let image_prompt = if is_ending {
        match reaction {
            Some(reaction) => paragraphs.push(reaction),
            None => {
                let (first, second) = introductions(&p, &w);
                paragraphs.extend([first, second]);
            }
        }
        let resolved = match &p.situation {
            // "build a rocket and fly to the moon": the trip it made is the end of the story, not the building.
            Some(s) if s.kind == Kind::Activity && p.object.as_ref().is_some_and(|o| o.made) && events::rides(&p) && scene > 2 => {
                w.fill(TRIP_DONE)
            }
            Some(s) => w.fill(s.done()),
            None => String::new(),
        };
        // The wish come true has a paragraph of its own (and the picture shows it).
        let wish_moment = match &p.wish {
            Some((_, false)) => paragraph(&[w.fill(WISH_DONE), w.fill(WISH_MOMENT)]),
            Some((_, true)) => paragraph(&[w.fill(LEARN_DONE), w.fill(WISH_MOMENT)]),
            None => String::new(),
        };
        if !wish_moment.is_empty() {
            paragraphs.push(wish_moment);
        }
        let wished = match &p.wish {
            Some(_) => String::new(),
            None if p.situation.is_some() => String::new(),
            None => w.pick(&mut rng, RESOLUTIONS),
        };
        let best = match p.beats.last() {
            Some(beat) if p.beats.len() > 1 => format!("The best part of all? {}", w.fill(beat)),
            _ => String::new(),
        };
        let tie = match (&p.wish, &p.situation) {
            (Some(_), _) => w.fill(FRIENDS_TIE_BACK),
            (None, Some(_)) => w.fill(TOGETHER_TIE_BACK),
            (None, None) => w.pick(&mut rng, TIE_BACKS),
        };
        let object = match p.object.as_ref().map(|o| o.used) {
            Some(Use::Ride(_)) | None => String::new(),
            Some(_) => object_line(&p, scene, &w),
        };
        let middle = paragraph(&[resolved, wished, best, tie, object]);
        let team = everyone(&p, &(paragraphs.join(" ") + &middle), scene, &w);
        paragraphs.push(paragraph(&[middle, team]));
        let home = match p.object.as_ref().map(|o| o.used) {
            Some(Use::Ride(verb)) => {
                format!("As {}, {} {verb} home in {}.", home_sky(p.place.realm, p.time), p.team(), p.lookup("object").unwrap_or_default())
            }
            _ => format!("As {}, {} {} together.", home_sky(p.place.realm, p.time), p.team(), home_verb(p.place.realm)),
        };
        // The closing names the story by its title, never the prompt as typed.
        let echo = p.echo.as_ref().map(|_| format!("And that is the story of {}.", p.title()));
        let with = p.with.first().map(|_| format!("Even the {} waved goodbye.", and_list(&p.with))).unwrap_or_default();
        paragraphs.push(paragraph(&[home, with, w.pick(&mut rng, GOODNIGHTS), echo.unwrap_or_default()]));
        let action = if let Some((wish, learn)) = &p.wish {
            format!("at last getting to {}{wish}", if *learn { "learn to " } else { "" })
        } else if p.situation.is_some() {
            "celebrating together".to_string()
        } else {
            format!("celebrating with {}", p.treasure_visual)
        };
        picture(&p, &action, scene, true, None)
    } else {
        let found = w.fill(discovery.intro);
        match reaction {
            None => {
                let (first, second) = introductions(&p, &w);
                paragraphs.extend([first, second]);
                let third = match lead {
                    // The premise's own first step: the boxes for the rocket, the lighthouse seen from the rocks.
                    Lead::Start(start) => vec![w.fill(start.text), w.turn(scene, "feel", starts::FEELINGS)],
                    // A premise the storyteller cannot place: a discovery, tied to the premise's own words.
                    _ => vec![w.pick(&mut rng, FIRST_TRANSITIONS) + &found, crate::intro::hook(&p, &w)],
                };
                paragraphs.push(paragraph(&[third, vec![w.turn(scene, "ask", QUESTIONS)]].concat()));
            }
            Some(reaction) if event.is_some() => {
                paragraphs.push(reaction);
                // A typed choice the storyteller could read is this scene's event instead.
                let told = if typed.is_some() { String::new() } else { event.map(|e| w.fill(e.text)).unwrap_or_default() };
                // An event of the place still keeps the object in the scene.
                let object = match &p.object {
                    Some(o) if !told.contains(o.phrase.as_str()) => object_line(&p, scene, &w),
                    _ => String::new(),
                };
                let middle = paragraph(&[told, w.turn(scene, "feel", FEELINGS)]);
                let team = everyone(&p, &(paragraphs.join(" ") + &middle), scene, &w);
                paragraphs.push(paragraph(&[middle, team, object]));
                // The event is the step: only the premise's own happenings and a feeling's steps come with it.
                let step = match p.situation.as_ref().map(|s| s.kind) {
                    _ if scene >= 2 && p.beats.len() > 1 && (scene as usize - 2) < p.beats.len() - 1 => step_line(&p, scene, &w),
                    Some(Kind::Fear | Kind::Sleep | Kind::Lost) => step_line(&p, scene, &w),
                    // Events any place could have: the wish's or activity's steps keep the story on its way.
                    _ if !events::specific(&p) => step_line(&p, scene, &w),
                    _ => String::new(),
                };
                paragraphs.push(paragraph(&[step, w.turn(scene, "ask", QUESTIONS)]));
            }
            Some(reaction) => {
                paragraphs.push(reaction);
                let lead = w.turn(scene, "lead", TRANSITIONS);
                let found = if typed.is_some() { String::new() } else { lead + &found };
                let middle = paragraph(&[found, w.turn(scene, "feel", FEELINGS)]);
                let team = everyone(&p, &(paragraphs.join(" ") + &middle), scene, &w);
                paragraphs.push(paragraph(&[middle, team, object_line(&p, scene, &w)]));
                // The step towards what the premise asks for; a hunt for a treasure only when it asks for nothing.
                let step = match step_line(&p, scene, &w) {
                    s if s.is_empty() => w.turn(scene, "progress", PROGRESS),
                    s => s,
                };
                paragraphs.push(paragraph(&[step, w.turn(scene, "ask", QUESTIONS)]));
            }
        }
        let (action, at) = match (lead, event) {
            _ if scene > 1 && typed.is_some() => (typed.as_ref().map(|t| t.visual.clone()).unwrap_or_default(), None),
            (Lead::Start(start), _) if scene <= 1 => (w.fill(start.visual), start.at),
            (_, Some(event)) if scene > 1 => (event.visual.to_string(), event.at),
            _ => (format!("discovering {}", discovery.visual), None),
        };
        picture(&p, &action, scene, false, at)
    };

    Scene {
        title: p.title(),
        text: crate::polish::polish(&p, paragraphs, h.told).join("\n\n"),
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
        text: format!("{} set off on an adventure {} {}.\n\nWhat a day it was!", p.team(), p.place.prep, p.place.name),
        image_prompt: picture(p, "exploring", 1, is_ending, None),
        choices,
        is_ending,
    }
}

/// The scene as the JSON text the host parses, with a seed from the premise alone (tests).
#[cfg(test)]
pub fn scene_json(h: Hints<'_>) -> Result<String, serde_json::Error> {
    scene_json_seeded(h, premise_seed(h.premise))
}

/// The scene of the story seeded by `seed` as the JSON text the host parses.
pub fn scene_json_seeded(h: Hints<'_>, seed: u64) -> Result<String, serde_json::Error> {
    serde_json::to_string(&write_scene_seeded(h, seed))
}
