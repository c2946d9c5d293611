//! The step a middle scene takes towards what the premise asks for: the
//! premise's own next happening, then its situation's steps (a fear's arc in
//! order), the built object's trip, or the wish's steps, never "getting
//! closer" once the wish came true.

use crate::events::Stage;
use crate::lines::*;
use crate::premise::Premise;
use crate::scene_words::Words;
use crate::situation::Kind;

/// The step a middle scene takes towards what the premise asks for: the
/// premise's own next happening, then its situation's steps, or the wish's.
/// `reached`: the wish came true already (earlier, or in this scene): its steps remember it, never "getting closer".
pub fn step_line(p: &Premise, scene: u32, w: &Words<'_>, stage: Stage, reached: bool) -> String {
    let k = scene.saturating_sub(2) as usize;
    let later: Vec<&str> = p.beats.iter().skip(1).map(String::as_str).collect();
    if let Some(beat) = later.get(k) {
        return format!("Then {}", w.fill(beat));
    }
    let scene = scene.saturating_sub(later.len() as u32);
    // Building lines only while it is being built: once built, the steps are of the trip.
    let built = !matches!(stage, Stage::Materials | Stage::Building);
    match (&p.situation, &p.wish) {
        (Some(s), _) if built && s.builds() && p.object.as_ref().is_some_and(|o| o.made) => match stage {
            Stage::Riding => w.turn(scene, "step", TRIP_STEPS),
            Stage::Arrived => w.turn(scene, "step", ARRIVED_STEPS),
            _ => w.turn(scene, "step", BUILT_STEPS),
        },
        // A fear takes its arc's next real step, in order; practice once all are told.
        (Some(s), _) if s.kind == Kind::Fear => match crate::fear::step(&s.what, p.seed, scene.saturating_sub(2) as usize) {
            Some(step) => w.fill(step),
            None => w.turn(scene, "step", crate::fear::PRACTICE),
        },
        (Some(s), _) => w.turn(scene, "step", s.steps()),
        (None, Some((_, false))) if reached => w.turn(scene, "step", crate::already::WISH_MET_STEPS),
        (None, Some((_, false))) if crate::already::wish_here(p) => w.turn(scene, "step", crate::already::WISH_HERE_STEPS),
        (None, Some((_, false))) => w.turn(scene, "step", WISH_STEPS),
        (None, Some((_, true))) => w.turn(scene, "step", LEARN_STEPS),
        (None, None) => String::new(),
    }
}

/// The steps of a built object's trip, while they ride in it.
const TRIP_STEPS: &[&str] = &[
    "Up and up they went. Far below, everything grew smaller and smaller.",
    "{name} and {friend} looked out of the window. What a view!",
    "On and on they flew, towards {place}.",
    "\"Are we nearly there?\" asked {friend}. \"Nearly!\" said {name}.",
];

/// The steps once they have arrived.
const ARRIVED_STEPS: &[&str] =
    &["{name} and {friend} looked all around. They had really made it!", "There was so much to explore {in_place}."];

/// The steps once it is built, before the trip.
const BUILT_STEPS: &[&str] =
    &["Everything was ready. {name} could hardly wait.", "\"We made it all by ourselves,\" said {friend} proudly."];
