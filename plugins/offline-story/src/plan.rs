//! Planning one scene of a kids story: what it is built around (scene 1's
//! first step into the premise, an event or moment of the premise, or, only
//! for a premise the storyteller cannot place, a discovery), which 3 or 4
//! choices it offers, and the generator left to write its words. Scenes are
//! replanned from the premise, seed and path on every call, so an earlier
//! scene's choices can be matched to the outcome written for them.

use crate::bank::{ALONG, ANYWHERE, BRAVE_ONLY, Choice, DEEP, Discovery, HUNT_ONLY, LAND, MOVING, SPACE, WATER, discoveries};
use crate::events::starts::Start;
use crate::events::{self, Event};
use crate::premise::Premise;
use crate::text::fill;
use crate::words::{Place, Realm};
use storyloom_plugin_sdk::rng::{Rng, fnv1a};

/// What a scene is built around.
#[derive(Clone, Copy)]
pub enum Lead {
    /// Scene 1's first step into the premise.
    Start(&'static Start),
    /// An event or a small moment of the premise.
    Event(&'static Event),
    /// A discovery (a premise that cannot be placed).
    Discovery,
    /// A typed idea the storyteller could read: it is the scene's event, so no event's own choice is offered.
    Typed,
}

/// A scene's discovery and choices, and the generator left to write its words.
pub struct Plan {
    pub index: usize,
    pub discovery: &'static Discovery,
    pub choices: Vec<&'static Choice>,
    pub rng: Rng,
}

fn realm_flag(place: &Place) -> u8 {
    if place.underwater {
        return DEEP;
    }
    match place.realm {
        Realm::Land => LAND,
        Realm::Water => WATER,
        Realm::Space => SPACE,
    }
}

/// Places under a roof or inside walls, and the words of a discovery they cannot hold.
pub const INDOORS: &[&str] = &["House", "Kitchen", "Bakery", "Window", "Castle", "Cave"];
pub const OUTDOOR_WORDS: &[&str] = &["tree", "hill", "mushroom", "rainbow", "clouds", "path", "water"];

/// Whether the place titled `title` can hold what discovery `d` is made of.
fn holds(title: &str, d: &Discovery) -> bool {
    let words = format!("{} {}", d.intro, d.visual).to_lowercase();
    !INDOORS.contains(&title) || !OUTDOOR_WORDS.iter().any(|w| words.contains(w))
}

/// Words that make a scene a little scary: only then is a brave song offered.
const SCARY: &[&str] = &[
    "scary",
    "scared",
    "afraid",
    "dark",
    "storm",
    "thunder",
    "nervous",
    "oh no",
    "slippery",
    "gust",
    "tangled",
    "lost",
    "sniffle",
    "alone",
    "lonely",
    "steep",
    "frightened",
    "wobbly",
    "snored",
];

/// Whether the scene `lead` tells is a little scary (or the whole premise is about a fear, a lost thing or a sleepless night).
fn scary(p: &Premise, lead: Lead, discovery: &Discovery) -> bool {
    use crate::situation::Kind;
    let text = match lead {
        Lead::Start(start) => start.text,
        Lead::Event(event) => event.text,
        Lead::Discovery => discovery.intro,
        Lead::Typed => "",
    }
    .to_lowercase();
    p.situation.as_ref().is_some_and(|s| matches!(s.kind, Kind::Fear | Kind::Lost | Kind::Sleep)) || SCARY.iter().any(|w| text.contains(w))
}

/// Plan scene `scene`, reached by taking `prefix`, avoiding discoveries
/// already `used` and choices already `offered` on the way (unless nothing
/// else is left); a scene built around a first step or an event offers its
/// choices instead of the discovery's. No choice names a character as a thing,
/// and a brave song is offered only when something is scary.
pub fn plan(p: &Premise, prefix: &[String], scene: u32, used: &[usize], offered: &[String], lead: Lead) -> Option<Plan> {
    let seed = prefix.iter().fold(p.seed, |h, s| fnv1a(fnv1a(h, s.as_bytes()), &[0x1f]));
    let mut rng = Rng::new(fnv1a(seed, &scene.to_le_bytes()));
    let flag = realm_flag(p.place);
    let all: Vec<&'static Discovery> = discoveries().collect();
    let fits: Vec<usize> = (0..all.len()).filter(|&i| all[i].realms & flag != 0).collect();
    // Nothing a place cannot hold: no big old tree inside a castle (unless nothing else is left).
    let here: Vec<usize> = fits.iter().copied().filter(|&i| holds(p.place.title, all[i])).collect();
    let fits = if here.is_empty() { fits } else { here };
    let fresh: Vec<usize> = fits.iter().copied().filter(|i| !used.contains(i)).collect();
    let index = *rng.pick(if fresh.is_empty() { &fits } else { &fresh })?;
    let discovery = *all.get(index)?;
    let count = 3 + rng.below(2);
    // A choice already taken on the path is not offered again, nor one that treats a character as a thing.
    let taken = |c: &&Choice| {
        let text = fill(c.text, &|k| p.lookup(k));
        prefix.iter().chain(offered).any(|t| text.eq_ignore_ascii_case(t.trim()))
    };
    let brave = scary(p, lead, discovery);
    // A story of riding its object: the next scene may sit them in the rocket, so no choice walks on.
    let rides = events::rides(p);
    let fits = |c: &&Choice| {
        !(events::names_cast(p, c.text) || events::names_cast(p, c.outcome) || rides && MOVING.contains(&c.text))
            && (brave || !BRAVE_ONLY.contains(&c.text))
            && (p.cast.len() >= 3 || !crate::choices::GROUP_ONLY.contains(&c.text))
            && crate::bodies::offered(p, c.text)
    };
    let own: Vec<&'static Choice> = match lead {
        Lead::Start(start) => events::start_choices(p, start),
        Lead::Event(event) => vec![&event.choice],
        Lead::Discovery => discovery.choices.iter().collect(),
        Lead::Typed => Vec::new(),
    };
    let mut choices: Vec<&'static Choice> = own.iter().copied().filter(|c| !taken(c) && fits(c)).collect();
    if let Lead::Start(_) = lead {
        // A first step offers only its own choices, which all lead into the premise.
        let (mine, shared): (Vec<_>, Vec<_>) = choices.into_iter().partition(|c| !events::starts::SHARED.iter().any(|s| s.text == c.text));
        let mut mine = mine;
        rng.shuffle(&mut mine);
        choices = mine.into_iter().chain(shared).take(count).collect();
    }
    if count == 3 && choices.len() == 2 && matches!(lead, Lead::Discovery) && rng.chance(1, 3) {
        choices.remove(rng.below(2));
    }
    // Choices that fit anywhere; a scene of the premise's own takes ones in its words, not a treasure hunt's.
    let pool: Vec<&'static Choice> = match lead {
        Lead::Discovery => ANYWHERE.iter().collect(),
        _ => ANYWHERE.iter().filter(|c| !HUNT_ONLY.contains(&c.text)).chain(ALONG).collect(),
    };
    // What there is to do in the story's own place comes first; a choice any story could offer only now and then.
    // A story that rides to its place has them there only once they have arrived (no moon dust in flight).
    let there = !rides || matches!(lead, Lead::Event(e) if events::stage(p, Some(e), &[]) == events::Stage::Arrived);
    let (mut local, mut kin) = match lead {
        Lead::Discovery => (Vec::new(), Vec::new()),
        _ if !there => (Vec::new(), Vec::new()),
        _ => crate::here::choices(p),
    };
    // Not the same thing twice in other words ("Leave a footprint in the moon dust", "Make footprints in the moon dust").
    let tail = |t: &str| t.rsplit(' ').take(2).collect::<Vec<_>>().join(" ");
    let new = |c: &&Choice| !taken(c) && fits(c) && !choices.iter().any(|o| o.text == c.text || tail(o.text) == tail(c.text));
    local.retain(new);
    kin.retain(new);
    rng.shuffle(&mut local);
    rng.shuffle(&mut kin);
    local.extend(kin);
    let room = count.saturating_sub(choices.len());
    let generic_slot = usize::from(room > 1 && rng.chance(1, 6));
    choices.extend(local.into_iter().take(room - generic_slot));
    let mut extra: Vec<&'static Choice> = pool.iter().copied().filter(|c| !taken(c) && fits(c)).collect();
    rng.shuffle(&mut extra);
    choices.extend(extra.into_iter().take(count.saturating_sub(choices.len())));
    // A long story ("Keep going") can run out of fresh choices: then taken ones come back, never fewer than 3.
    if choices.len() < 3 {
        let fair = |c: &&Choice| {
            !(events::names_cast(p, c.text) || events::names_cast(p, c.outcome) || rides && MOVING.contains(&c.text))
                && (p.cast.len() >= 3 || !crate::choices::GROUP_ONLY.contains(&c.text))
                && crate::bodies::offered(p, c.text)
        };
        let mut again: Vec<&'static Choice> = own.iter().copied().chain(pool.iter().copied()).filter(fair).collect();
        rng.shuffle(&mut again);
        // The ones only offered before come back first, then a brave song, and a choice already taken last of all.
        let was_taken = |c: &&Choice| prefix.iter().any(|t| fill(c.text, &|k| p.lookup(k)).eq_ignore_ascii_case(t.trim()));
        // Among those, the one offered longest ago.
        let when =
            |c: &&Choice| offered.iter().rposition(|o| fill(c.text, &|k| p.lookup(k)).eq_ignore_ascii_case(o)).map_or(-1, |at| at as i64);
        again.sort_by_key(|c| (was_taken(c), !fits(c), when(c)));
        for choice in again {
            if choices.len() < 3 && !choices.iter().any(|c| c.text == choice.text) {
                choices.push(choice);
            }
        }
    }
    rng.shuffle(&mut choices);
    Some(Plan { index, discovery, choices, rng })
}
