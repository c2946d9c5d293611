//! Reading a picture prompt into what to draw: the characters with their
//! looks ("Mia, a girl with olive skin and curly black hair in a yellow
//! raincoat"), the things with their colours ("a bright red balloon"), the
//! place and the light. Names ("Teddy, a boy…") are never read as things.
//! This file owns the `Spec` and its finishing steps (the look words read,
//! the place, position, who is aboard or riding); the walk over the words
//! that finds the characters and things is `read_scan.rs` (one thing's
//! words in `read_thing.rs`). The words themselves (tokens, word lists, the
//! noun at a token) are in `read_words.rs`; who is who in `read_who.rs`; who
//! is in a boat or a building in `aboard.rs`.

use crate::aboard::{self, Within};
use crate::catalog::Fam;
use crate::place::Place;
use crate::read_cues::{LAUNCH, WINDY, time};
use crate::read_scan::Scan;
use crate::read_who::{crowd_out, perched, tell_apart};
use crate::read_words::{scene_part, tokens};
use storyloom_plugin_sdk::rng::{FNV_START, fnv1a};

pub use crate::read_types::{Figure, Thing, Time};

/// Everything the painter needs to know.
#[derive(Debug, Clone)]
pub struct Spec {
    pub seed: u64,
    /// "drip, drop, the rain began", "a rainy day": a grey sky and rain falling.
    pub rainy: bool,
    /// Bible times ("Noah", "Nineveh"…): robes, and flat-roofed mud-brick houses in a town.
    pub bible: bool,
    pub time: Time,
    pub place: Place,
    pub figures: Vec<Figure>,
    pub things: Vec<Thing>,
    /// The figure sitting up in a tree ("a short man sitting in a green tree").
    pub perched: Option<usize>,
    /// Who is in a boat or a building ("the disciples in a boat", "a dragon in a castle").
    pub within: Option<Within>,
    /// Who rides inside a vehicle or on a creature's back ("inside the cardboard rocket", "riding a whale").
    pub ride: Option<crate::ride::Ride>,
    /// "blasting off", "rising into the sky": the rocket is up in the air on its flames.
    pub launch: bool,
    /// "on a dusty road", "along the road": a road is drawn across the ground.
    pub road: bool,
    /// "holding up a kite in the wind", "flying high": a kite flies high on its string.
    pub windy: bool,
    /// "at the window", "in bed", "under a big tree", "on top of the hill", "by the fire".
    pub position: Option<crate::position::Position>,
    /// "from the rocks", "rocks by the sea": rocks drawn on the shore.
    pub rocky: bool,
    /// "a huge crowd", "five thousand people": rows of small far-off people behind the characters.
    pub crowd: bool,
    /// A bedtime story's picture (its style says so): a calm, warm night in soft pastel colours.
    pub bedtime: bool,
    /// "climbing wet rocks": the characters stand up on rocks at different heights, climbing.
    pub climbing: bool,
    /// "an elephant spraying water", "having a bath", "jumping into a pool, splash!": water splashes in the scene.
    pub splash: bool,
    /// "inside a house", "into his house", "a simple house": the room drawn indoors is a house's.
    pub house: bool,
    /// "a little pond", "a lily pad": the lake drawn is a pond, with lily pads floating on it when said.
    pub pond: bool,
    pub lily_pads: bool,
}

impl Spec {
    pub fn read(prompt: &str) -> Spec {
        let (scene, cast) = scene_part(prompt.trim());
        let bedtime = crate::bedtime::said(prompt);
        let toks = tokens(scene);
        let lower = format!(" {} ", toks.iter().map(|t| t.w.as_str()).collect::<Vec<_>>().join(" "));
        let Scan { mut figures, mut things, mut thing_at, mut spans, .. } = Scan::walk(&toks, &lower);
        // "the animals" stand for the creatures the prompt does not name: named ones are drawn instead.
        // One bird flying over them ("and a white dove with an olive leaf") is not the animals.
        let one_bird = |f: &Figure| f.fam == Fam::Bird && f.count == 1;
        if figures.iter().any(|f| f.noun != "animal" && !matches!(f.fam, Fam::Person) && !one_bird(f))
            && let Some(g) = figures.iter().position(|f| f.noun == "animal")
        {
            figures.remove(g);
            if g < spans.len() {
                spans.remove(g);
            }
        }
        crowd_out(&mut figures, &mut spans);
        things.truncate(5);
        thing_at.truncate(5);
        for (f, &(a, b)) in figures.iter_mut().zip(&spans) {
            let text = toks[a..b.min(toks.len())].iter().map(|t| t.w.as_str()).collect::<Vec<_>>().join(" ");
            f.look.read_words(&text);
        }
        crate::read_cues::pose(&mut figures, &toks, &spans);
        crate::pose::read(&mut figures, &toks, &spans);
        let wool = crate::read_winter::seeds(&figures);
        let bible = crate::bible_dress::bible_times(prompt, &lower);
        crate::bible_dress::dress(bible, &mut figures);
        tell_apart(&mut figures);
        if let (Some(cast), Some(hero)) = (cast, figures.iter_mut().find(|f| f.fam == Fam::Person)) {
            hero.look.read_cast(cast);
        }
        // Rain that has stopped ("after the rain", "the rain stopped") is not falling: no rain, no flood.
        let dry = crate::read_weather::without_ended_rain(&lower);
        let said = Place::read(&dry);
        let position = crate::position::read(&toks, said);
        crate::position::face_window(position, &lower, &mut figures);
        let place = position.map_or(said, |p| p.place(said));
        crate::read_winter::dress(&lower, place, &wool, &mut figures);
        let under_tree = position == Some(crate::position::Position::UnderTree);
        let perched = perched(&toks, &spans)
            .filter(|&f| f < figures.len() && place != Place::Belly && !under_tree && things.iter().any(|t| t.noun == "tree"));
        let mut pairs: Vec<(Thing, usize)> = things.into_iter().zip(thing_at).collect();
        crate::position::things(position, place, &mut pairs, toks.len());
        match place {
            // On the moon and out in space there are no houses, towers or trees: those were below, left behind.
            Place::Moon | Place::Space => pairs.retain(|t| !(t.0.noun == "moon" && place == Place::Moon) && t.0.fam != Fam::Big),
            // Inside the great fish the fish is all around, not standing beside.
            Place::Belly => figures.retain(|f| !matches!(f.noun, "fish" | "big fish" | "whale")),
            // The parted sea's walls are water, drawn as the place.
            Place::Parted => pairs.retain(|t| t.0.noun != "wall"),
            _ => {}
        }
        // "walking up a ramp into the ark": the ramp is the ark's, joined to its deck, not a slope standing alone.
        if let Some(r) = pairs.iter().position(|t| t.0.noun == "ramp").filter(|_| pairs.iter().any(|t| t.0.noun == "ark")) {
            pairs.remove(r);
            if let Some(ark) = pairs.iter_mut().find(|t| t.0.noun == "ark") {
                ark.0.words.push_str(" with a ramp");
            }
        }
        crate::buildings::castle_gate(&mut pairs);
        // A window belongs to a room: outdoors there is no window standing on its own (a boat's is part of the boat).
        if !place.enclosed() {
            pairs.retain(|t| t.0.noun != "window");
        }
        crate::read_cues::sling_in_hand(&lower, &mut figures, &mut pairs);
        crate::fishing::read(&lower, &mut figures);
        crate::build::read(&lower, &mut pairs, LAUNCH.iter().any(|k| lower.contains(&format!(" {k} "))) || place == Place::Moon);
        crate::sky::read_stairs(&lower, &mut pairs);
        // In Bible times a table is a low one, for sitting on the floor at.
        if bible {
            pairs.iter_mut().filter(|t| t.0.noun == "table").for_each(|t| t.0.noun = "low table");
        }
        let (things, thing_at): (Vec<Thing>, Vec<usize>) = pairs.into_iter().unzip();
        let within = aboard::read(&toks, &spans, &thing_at, &things, figures.len(), place).filter(|w| {
            place != Place::Belly && things.get(w.thing).is_some_and(|t| !place.hides(t)) && perched.is_none_or(|p| !w.figures.contains(&p))
        });
        let ride = crate::ride::read(&toks, &spans, &thing_at, &things, &figures)
            .filter(|_| within.is_none() && place != Place::Belly && perched.is_none());
        let ride = crate::ride_one::merge(ride, &mut figures);
        // Someone up a tree, in a boat or a building, or riding is drawn there as that place draws them.
        for (i, f) in figures.iter_mut().enumerate() {
            let carried = perched == Some(i)
                || within.as_ref().is_some_and(|w| w.figures.contains(&i))
                || ride.as_ref().is_some_and(|r| r.riders.contains(&i));
            if carried {
                f.pose.stance = crate::pose::Stance::Stand;
            }
        }
        Spec {
            bible,
            rainy: [" rain ", " raining ", " rainy ", " rained ", " drizzle ", " downpour "].iter().any(|k| dry.contains(k)),
            ride,
            seed: fnv1a(FNV_START, prompt.trim().to_lowercase().as_bytes()),
            time: crate::bedtime::time(time(&lower, place), bedtime),
            bedtime,
            position,
            place,
            figures,
            things,
            perched,
            within,
            road: [" road ", " roads ", " roadside "].iter().any(|k| lower.contains(k)) && place.ground() == crate::place::Ground::Grass,
            rocky: [" rocks ", " rocky ", " rock "].iter().any(|k| lower.contains(k)),
            // Inside a lighthouse the rocks are outside: nobody stands on a rock, the stair is climbed.
            climbing: crate::climb::said(&lower) && place != crate::place::Place::TowerInside,
            crowd: crate::crowd_rows::said(&lower),
            splash: crate::read_cues::SPLASH.iter().any(|k| lower.contains(&format!(" {k} "))),
            windy: WINDY.iter().any(|k| lower.contains(&format!(" {k} "))),
            launch: LAUNCH.iter().any(|k| lower.contains(&format!(" {k} "))),
            house: [" house ", " houses ", " home "].iter().any(|k| lower.contains(k)),
            pond: [" pond ", " ponds ", " lily pad ", " lily pads "].iter().any(|k| lower.contains(k)) && !lower.contains(" lake "),
            lily_pads: [" lily pad ", " lily pads "].iter().any(|k| lower.contains(k)),
        }
    }
}
