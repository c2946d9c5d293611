//! Writing one scene from the story hints and the story's seed: scene 1's
//! first step into the premise, the premise's events and moments in the
//! middle (`events.rs`, planned in `plan.rs`, their steps in `steps.rs`), how
//! it follows the last choice, how the cast, object and place are carried
//! through (`scene_parts.rs`), the picture prompt (the choice in it:
//! `chosen.rs`), and the JSON the host expects. Scenes are replanned from the premise, seed and path on every
//! call (the plugin keeps no state), so earlier choices can be matched to the
//! outcome written for them.

use serde::Serialize;

use crate::bank::{ANYWHERE, Choice};
use crate::chosen::{unbuilt_words, with_choice};
use crate::events::{self, Stage, starts};
use crate::intro::introductions;
use crate::lines::*;
use crate::picture::{Shot, picture};
use crate::plan::{Lead, Plan, plan};
use crate::premise::Premise;
use crate::scene_parts::{everyone, object_line, paragraph};
use crate::scene_words::Words;
use crate::situation::Kind;
use crate::steps::step_line;
use crate::text::{fill, sentence_case};
use crate::typed;
use crate::words::things::Use;

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
/// seed, premise and path always give the same scene. A bedtime story is
/// written by `bedtime.rs` around the plain one.
pub fn write_scene_seeded(h: Hints<'_>, seed: u64) -> Scene {
    if crate::cast::host_note(h.premise).bedtime {
        return crate::bedtime::write_scene(h, seed);
    }
    // "a little bunny who cannot fall asleep" is a bedtime story: it winds down and ends asleep.
    if let Some(premise) = crate::bedtime::sleepless(h.premise) {
        return crate::bedtime::write_scene(Hints { premise: &premise, ..h }, seed);
    }
    write_plain(h, seed)
}

/// Write the scene of the story as an adventure (also the frame of a bedtime story).
pub fn write_plain(h: Hints<'_>, seed: u64) -> Scene {
    let p = Premise::read(h.premise, seed);
    let scene = h.scene_number.max(1);
    let is_ending = scene >= h.target_scenes.max(1);
    let fill_choice = |c: &Choice| fill(c.text, &|k| p.lookup(k));

    // Replan the scenes already told: their discoveries are not repeated, their
    // choices are not offered again, and the last one's choices tell what the chosen path leads to.
    let told_before = |k: u32| h.told.get(..k as usize - 1).unwrap_or(h.told);
    let event_of = |k: u32| events::for_scene(&p, k, h.target_scenes, told_before(k));
    // Scene 1 takes the premise's first step; a premise that cannot be placed gets a discovery.
    let start = events::start_of(&p);
    let lead_of = |k: u32, event: Option<&'static events::Event>| match (k, start, event) {
        (1, Some(start), _) => Lead::Start(start),
        (_, _, Some(event)) => Lead::Event(event),
        _ => Lead::Discovery,
    };
    // Whether scene `k` opens with a typed idea the storyteller can read (then no event's own choice is offered).
    let typed_at = |k: u32, prev: Option<&Plan>| {
        let Some(last) = (k as usize).checked_sub(2).and_then(|i| h.path.get(i)).map(|s| s.trim()) else { return false };
        let same = |c: &&Choice| fill_choice(c).eq_ignore_ascii_case(last.trim_end_matches(['.', '!']));
        let offered = prev.and_then(|prev| prev.choices.iter().copied().find(same)).or_else(|| events::all_choices().find(same));
        !last.is_empty() && offered.is_none() && typed::read(&p, last).is_some()
    };
    let (mut used, mut offered) = (Vec::new(), Vec::new());
    let mut previous: Option<Plan> = None;
    // The helper scene 1 met (a discovery's creature): scene 2 says how it helped and goodbye.
    let mut met: Option<&'static str> = None;
    // Scene 1's discovery (the tiny red door): scene 2 goes back to it when the choice taken was another one.
    let mut hook: Option<&'static crate::bank::Discovery> = None;
    for k in 1..=h.path.len() {
        let k32 = k as u32;
        let lead = if typed_at(k32, previous.as_ref()) { Lead::Typed } else { lead_of(k32, event_of(k32)) };
        if let Some(earlier) = plan(&p, &h.path[..k - 1], k32, &used, &offered, lead) {
            if k == 1 && matches!(lead, Lead::Discovery) {
                met = Some(earlier.discovery.visual);
                hook = Some(earlier.discovery);
            }
            used.push(earlier.index);
            offered.extend(earlier.choices.iter().map(|c| fill_choice(c)));
            previous = Some(earlier);
        }
    }
    let event = if is_ending { None } else { event_of(scene) };
    let lead = match () {
        _ if is_ending => Lead::Discovery,
        _ if typed_at(scene, previous.as_ref()) => Lead::Typed,
        _ => lead_of(scene, event),
    };
    let Some(mut planned) = plan(&p, h.path, scene, &used, &offered, lead) else {
        return fallback_scene(&p, is_ending);
    };
    let rng = &mut planned.rng;
    let spot = rng.pick(spots(p.place)).copied().unwrap_or("nearby");
    let last = h.path.last().map(|s| s.trim()).filter(|s| !s.is_empty());
    let told_keys = h.told.iter().map(|t| crate::polish::key(t)).collect::<Vec<_>>().join(" | ");
    let w = Words::new(&p, spot, last.unwrap_or("").to_string(), told_keys);
    // Who leads this scene's choice, and who speaks up after its event: the heroes take turns.
    let leader = scene as usize - 1;
    // With two heroes the other one, with three the one who led the scene before.
    let feel = w.turned(leader + p.cast.len().max(2) - 1);

    // The choice taken: one the storyteller offered (its own outcome), or one the child typed.
    let same = |c: &&Choice| last.is_some_and(|last| fill_choice(c).eq_ignore_ascii_case(last.trim_end_matches(['.', '!'])));
    // The previous scene's own choice, or an event's (the previous scene was written for another length).
    let offered_choice =
        previous.as_ref().and_then(|prev| prev.choices.iter().copied().find(same)).or_else(|| events::all_choices().find(same));
    let question = last.is_some_and(|l| l.ends_with('?'));
    // A typed choice with a verb or a feeling the storyteller can read is the scene's own event.
    let typed = match (last, offered_choice) {
        (Some(last), None) => typed::read(&p, last),
        _ => None,
    };
    let farewell = met.filter(|_| scene == 2).and_then(|visual| crate::helpers::farewell(&p, visual));
    let reaction = last.map(|last| match &typed {
        Some(t) => paragraph(&[t.text.clone(), t.then.clone()]),
        None => crate::react::reaction(&p, &w, leader, scene, last, offered_choice, question),
    });
    let back = hook.filter(|_| scene == 2 && farewell.is_none() && !is_ending).and_then(|d| crate::helpers::back_to(&w, d, last));
    let reaction = match (reaction, &farewell, back) {
        (Some(r), Some((line, _)), _) => Some(format!("{r}\n\n{line}")),
        (Some(r), None, Some(back)) => Some(format!("{r}\n\n{back}")),
        (r, _, _) => r,
    };

    // The wish already come true, in an earlier scene or in this one's reaction or event: nothing is "getting closer".
    let now = format!("{} {}", reaction.clone().unwrap_or_default(), event.map(|e| w.fill(e.text)).unwrap_or_default());
    let mut seen: Vec<String> = told_before(scene).to_vec();
    if seen.is_empty() {
        seen.push(String::new());
    }
    seen.push(now);
    let reached = scene > 1 && crate::already::wish_met(&p, &seen);

    let mut paragraphs = Vec::new();
    let (action, at) = if is_ending {
        crate::ending::ending(&p, &w, &mut planned, scene, h.told, reaction, &mut paragraphs)
    } else {
        let found = w.fill(planned.discovery.intro);
        let stage = events::stage(&p, if typed.is_some() { None } else { event }, h.told);
        match reaction {
            None => {
                let (first, second) = introductions(&p, &w);
                paragraphs.extend([first, second]);
                let third = match lead {
                    // The premise's own first step: the boxes for the rocket, the lighthouse seen from the rocks.
                    Lead::Start(start) => {
                        let feeling = feel.turn(scene, "feel", starts::FEELINGS);
                        // Never "a good day" when the story happens at night.
                        let feeling = match p.time {
                            Some(crate::words::Time::Night) => {
                                feeling.replace("Today is going to be a good day", "This is going to be wonderful")
                            }
                            _ => feeling,
                        };
                        vec![w.fill(start.text), feeling]
                    }
                    // A premise the storyteller cannot place: a discovery, tied to the premise's own words.
                    _ => vec![w.pick(rng, FIRST_TRANSITIONS) + &found, crate::intro::hook(&p, &w)],
                };
                paragraphs.push(paragraph(&[third, vec![w.turn(scene, "ask", QUESTIONS)]].concat()));
            }
            Some(reaction) if event.is_some() => {
                paragraphs.push(reaction);
                // A typed choice the storyteller could read is this scene's event instead.
                let told = if typed.is_some() { String::new() } else { event.map(|e| w.fill(e.text)).unwrap_or_default() };
                // An event of the place still keeps the object in the scene.
                let object = match &p.object {
                    Some(o) if !told.contains(o.phrase.as_str()) => object_line(&p, scene, &w, stage),
                    _ => String::new(),
                };
                // The event is the step: only the premise's own happenings and a feeling's steps come with it.
                let mut step = match p.situation.as_ref().map(|s| s.kind) {
                    _ if scene >= 2 && p.beats.len() > 1 && (scene as usize - 2) < p.beats.len() - 1 => {
                        step_line(&p, scene, &w, stage, reached)
                    }
                    Some(k) if matches!(k, Kind::Fear | Kind::Sleep | Kind::Lost) || crate::going::goes(&p) => {
                        step_line(&p, scene, &w, stage, reached)
                    }
                    // Events any place could have: the wish's or activity's steps keep the story on its way.
                    _ if !events::specific(&p) => step_line(&p, scene, &w, stage, reached),
                    _ => String::new(),
                };
                // A typed idea took the event's place: the step towards the premise gives its paragraph substance.
                let told = match () {
                    _ if !told.is_empty() => told,
                    _ if !step.is_empty() => std::mem::take(&mut step),
                    _ => match step_line(&p, scene, &w, stage, reached) {
                        s if s.is_empty() => w.turn(scene, "progress", if reached { crate::already::MET_PROGRESS } else { PROGRESS }),
                        s => s,
                    },
                };
                let middle = paragraph(&[told, feel.turn(scene, "feel", EVENT_FEELINGS)]);
                let team = everyone(&p, &(paragraphs.join(" ") + &middle), scene, &w);
                paragraphs.push(paragraph(&[middle, team, object]));
                paragraphs.push(paragraph(&[step, w.turn(scene, "ask", QUESTIONS)]));
            }
            Some(reaction) => {
                paragraphs.push(reaction);
                let lead = w.turn(scene, "lead", TRANSITIONS);
                // A discovery's wonder points at the discovery itself.
                let (found, wonder) = match typed {
                    Some(_) => (String::new(), feel.turn(scene, "feel", EVENT_FEELINGS)),
                    None => (lead + &found, crate::react::wonder(&feel, scene, planned.discovery.visual)),
                };
                let middle = paragraph(&[found, wonder]);
                let team = everyone(&p, &(paragraphs.join(" ") + &middle), scene, &w);
                paragraphs.push(paragraph(&[middle, team, object_line(&p, scene, &w, stage)]));
                // The step towards what the premise asks for; a hunt for a treasure only when it asks for nothing.
                let step = match step_line(&p, scene, &w, stage, reached) {
                    s if s.is_empty() => w.turn(scene, "progress", if reached { crate::already::MET_PROGRESS } else { PROGRESS }),
                    s => s,
                };
                paragraphs.push(paragraph(&[step, w.turn(scene, "ask", QUESTIONS)]));
            }
        }
        match (lead, event) {
            // A typed idea happens where the characters are now (the back garden before the rocket has flown).
            _ if scene > 1 && typed.is_some() => {
                let visual = typed.as_ref().map(|t| t.visual.clone()).unwrap_or_default();
                let at = events::where_now(&p, h.told);
                let a_object = p.lookup("a_object").unwrap_or_default();
                let rides = p.object.as_ref().is_some_and(|o| matches!(o.used, Use::Ride(_)));
                // A meeting after blast-off is where they are, the newcomer named first:
                // at the window of the rocket in flight, or beside them where they landed.
                match (visual.strip_prefix("meeting "), events::stage(&p, None, h.told)) {
                    (Some(who), Stage::Riding) if rides => {
                        let sky = if p.place.realm == crate::words::Realm::Space { Some("high up among the stars") } else { at };
                        (format!("{who} waving hello at the window of {a_object}, with {{cast}} inside it, waving back"), sky)
                    }
                    (Some(who), Stage::Arrived) => (format!("{who} saying hello to {{cast}}"), at),
                    _ => (visual, at),
                }
            }
            (Lead::Start(start), _) if scene <= 1 => (w.fill(start.visual), start.at),
            (_, Some(event)) if scene > 1 => (w.fill(event.visual), event.at),
            _ => (format!("discovering {}", planned.discovery.visual), None),
        }
    };
    // At home by the window, every middle scene goes back to what is watched through it.
    let window = if is_ending || scene < 2 { None } else { crate::window::at_window(&p, scene, &|t| w.fill(t)) };
    let middle_at = paragraphs.len().checked_sub(2);
    if let (Some((line, _)), Some(middle)) = (&window, middle_at.and_then(|i| paragraphs.get_mut(i))) {
        *middle = format!("{middle} {line}");
    }
    // A helper's promise from the scene before (or made in the ending itself) is kept now.
    let earlier = h.told.get(..scene as usize - 1).unwrap_or(h.told);
    let promised = crate::promises::due(earlier, &paragraphs.join(" "), is_ending);
    if let Some(first) = paragraphs.first_mut().filter(|_| !promised.is_empty()) {
        let kept: Vec<String> = promised.iter().map(|t| w.fill(t)).collect();
        *first = format!("{first} {}", kept.join(" "));
    }
    let text = crate::polish::polish(&p, paragraphs, h.told);
    // Still riding the wagon of the scene before: they get off before they walk.
    let text = crate::travel::get_off_before_walking(text, earlier);
    // "Now that they had everything" only once the boxes, tape and paint were fetched.
    let text = crate::fetched::fetch_before_having_everything(text, earlier);
    // The map tucked into a bag comes out of it again before it is held up.
    let text = crate::held::take_out_before_using(text, earlier);
    // Already at or inside the lighthouse or the castle: no arriving there again.
    let text = crate::arrived::no_second_arrival(text, earlier);
    // The ending's last paragraph is the way home and bed: the picture is of the moment before it.
    let shown = if is_ending && text.len() > 1 { &text[..text.len() - 1] } else { &text[..] }.join(" ");
    let stage = match events::stage(&p, if typed.is_some() { None } else { event }, h.told) {
        // The ending of a ride story is where they arrived, even when a short story told the ride in it.
        _ if is_ending && events::rides(&p) => Stage::Arrived,
        stage => stage,
    };
    let unbuilt = matches!(stage, Stage::Materials | Stage::Building);
    // Before it is built the choice's rocket is only drawn on paper: never "the cardboard rocket" in the picture.
    let chosen = last.map(|l| if unbuilt { unbuilt_words(&p, l) } else { l.to_string() });
    let action = with_choice(action, &p, scene, is_ending, event, typed.is_some() || question, chosen.as_deref());
    // A typed idea told in the ending (a short story's whale ride) is in its picture too, after the wish come true.
    let action = match typed.as_ref().map(|t| t.visual.as_str()) {
        // A ride is the moment itself: it leads, with the hero on the creature's back, arriving.
        Some(visual) if is_ending && visual.contains(" riding on the ") => {
            format!("{}, arriving where {action}", visual.replace("{cast}", "them"))
        }
        Some(visual) if is_ending && !visual.starts_with("{cast}") && !visual.is_empty() => {
            format!("{action}, just after {}", visual.replace("{cast}", "them"))
        }
        _ => action,
    };
    let action = match &window {
        Some((_, watched)) => format!("{action}, {watched}"),
        None => action,
    };
    let action = match &farewell {
        Some((_, waving)) => format!("{action}, with {waving}"),
        None => action,
    };
    let shot = Shot { action, at, stage, scene, ending: is_ending, text: &shown };
    Scene {
        title: p.title(),
        text: text.join("\n\n"),
        // Rain, a storm, snow or wind the scene tells is in its picture too.
        // So are the things it tells of: the fishing rods, the keeper, the lantern.
        image_prompt: crate::shown::add(&crate::weather::add(&sentence_case(&picture(&p, &shot)), &text.join(" ")), &shown),
        choices: if is_ending { Vec::new() } else { planned.choices.iter().map(|c| fill_choice(c)).collect() },
        is_ending,
    }
}

/// Only reached if the discovery bank were empty; keeps the contract anyway.
fn fallback_scene(p: &Premise, is_ending: bool) -> Scene {
    let choices = if is_ending { Vec::new() } else { ANYWHERE.iter().take(3).map(|c| fill(c.text, &|k| p.lookup(k))).collect() };
    Scene {
        title: p.title(),
        text: format!("{} set off on an adventure {} {}.\n\nWhat a day it was!", p.team(), p.place.prep, p.place.name),
        image_prompt: picture(
            p,
            &Shot { action: "exploring".into(), at: None, stage: Stage::Ready, scene: 1, ending: is_ending, text: "" },
        ),
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
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // natively only the plugin's tests call it
pub fn scene_json_seeded(h: Hints<'_>, seed: u64) -> Result<String, serde_json::Error> {
    serde_json::to_string(&write_scene_seeded(h, seed))
}
