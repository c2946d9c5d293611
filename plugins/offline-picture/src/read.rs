//! Reading a picture prompt into what to draw: the characters with their
//! looks ("Mia, a girl with olive skin and curly black hair in a yellow
//! raincoat"), the things with their colours ("a bright red balloon"), the
//! place and the light. Names ("Teddy, a boy…") are never read as things.
//! The words themselves (tokens, word lists, the noun at a token) are in
//! `read_words.rs`; who is who in `read_who.rs`; who is in a boat or a
//! building in `aboard.rs`.

use crate::aboard::{self, Within};
use crate::canvas::Rgb;
use crate::catalog::{self, Fam};
use crate::look::Look;
use crate::place::Place;
use crate::read_cues::{BALLOON_RIDE, KIDS, LAUNCH, WINDY, WISH, time};
use crate::read_who::{MEN, WOMEN, crowd_out, is_name, perched, tell_apart};
use crate::read_words::{
    CROWD, GROUPS, MOST_OF_A_KIND, NUMBERS, capitalised, colour_before, count_before, eaten, noun_at, phrase_start, scene_part, tokens,
};
use storyloom_plugin_sdk::rng::{FNV_START, fnv1a};

pub use crate::read_types::{Figure, Thing, Time};

/// Everything the painter needs to know.
#[derive(Debug, Clone)]
pub struct Spec {
    pub seed: u64,
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
    /// A bedtime story's picture (its style says so): a calm, warm night in soft pastel colours.
    pub bedtime: bool,
    /// "climbing wet rocks": the characters stand up on rocks at different heights, climbing.
    pub climbing: bool,
}

impl Spec {
    pub fn read(prompt: &str) -> Spec {
        let (scene, cast) = scene_part(prompt.trim());
        let bedtime = crate::bedtime::said(prompt);
        let toks = tokens(scene);
        let lower = format!(" {} ", toks.iter().map(|t| t.w.as_str()).collect::<Vec<_>>().join(" "));
        let mut figures: Vec<Figure> = Vec::new();
        let mut things: Vec<Thing> = Vec::new();
        // Where each thing's noun is, in tokens.
        let mut thing_at: Vec<usize> = Vec::new();
        // Index of the figure whose look is being read, and where its phrase started.
        let mut open: Option<usize> = None;
        // Each figure's look words: (start, end) in tokens.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let close = |spans: &mut Vec<(usize, usize)>, at: usize| {
            if let Some(last) = spans.last_mut().filter(|s| s.1 == usize::MAX) {
                last.1 = at.max(last.0);
            }
        };
        // A name was just said ("Mia, a girl…"): the next character is that one.
        let mut called = false;
        // "Goliath, a huge warrior in armour": whatever kind he is called, he is drawn a giant.
        let mut giant_name = false;
        // A name just said of the last one, with a kind after it: that kind is the same one.
        let mut again: Option<usize> = None;
        // Where the last person's kind word ended.
        let mut kind_end: Option<usize> = None;
        // The names said so far.
        let mut seen: Vec<String> = Vec::new();
        // The name just said, for the look of the one it names.
        let mut name_seed = 0u64;
        let mut i = 0;
        // How many more names a group just named still has ("two sisters, Ava and Lily").
        let mut members = 0;
        while i < toks.len() {
            // "my dog Max", "baby Jesus", "two sisters, Ava and Lily": the names are of the ones just said, not more.
            let just_said = i > 0 && figures.last().is_some_and(|f| noun_at(&toks, i - 1).is_some_and(|n| n.0 == f.noun));
            let next_of_group = members > 0 && i >= 2 && toks[i - 1].w == "and" && is_name(&toks, i - 2);
            if (just_said || next_of_group) && is_name(&toks, i) {
                // "the giant Goliath, a huge warrior in armour": the kind said next is the same one again.
                seen.push(toks[i].w.clone());
                again = (toks[i].brk && toks.get(i + 1).is_some_and(|t| matches!(t.w.as_str(), "a" | "an" | "the"))).then_some(i);
                if let Some(f) = figures.last_mut() {
                    f.named = true;
                    members = if just_said { f.count.saturating_sub(1) } else { members - 1 };
                }
                i += 1;
                continue;
            }
            // The kind said again ends at the next comma.
            if again.is_some_and(|at| i > at + 1 && toks[i - 1].brk) {
                again = None;
            }
            if is_name(&toks, i) {
                let name = toks[i].w.clone();
                name_seed = fnv1a(FNV_START, name.as_bytes());
                open = None;
                close(&mut spans, i);
                let next = toks.get(i + 1).map(|t| t.w.as_str()).unwrap_or("");
                let prev = i.checked_sub(1).map(|p| toks[p].w.as_str()).unwrap_or("");
                let introduced = toks[i].brk && matches!(next, "a" | "an" | "the");
                called = introduced;
                giant_name = introduced && name == "goliath";
                // "Jesus in a white robe", "Mary and Joseph": a name with no kind after it is a person.
                // "Mary's lap", "Noah's family": a Bible person is in the picture too.
                let owner = next == "s" && (WOMEN.contains(&name.as_str()) || MEN.contains(&name.as_str()));
                // "Ivy, a girl…, and Ivy at the window": a name said again is the one already there.
                let before = seen.contains(&name);
                seen.push(name.clone());
                if !introduced && !before && !matches!(prev, "named" | "called") && next != "named" && (next != "s" || owner) {
                    let noun = if name == "goliath" {
                        "giant"
                    } else if WOMEN.contains(&name.as_str()) {
                        "woman"
                    } else if MEN.contains(&name.as_str()) {
                        "man"
                    } else {
                        "child"
                    };
                    let look = Look { name: name_seed, ..Look::default() };
                    figures.push(Figure {
                        noun,
                        fam: Fam::Person,
                        count: 1,
                        look,
                        named: true,
                        asleep: false,
                        hurt: false,
                        fallen: false,
                        wet: false,
                    });
                    open = Some(figures.len() - 1);
                    spans.push((i + 1, usize::MAX));
                    // The look is only what follows right after: "Jesus in a white robe", not the next name's.
                    if !matches!(next, "in" | "with" | "wearing") {
                        close(&mut spans, i + 1);
                    }
                }
                i += 1;
                continue;
            }
            // ", discovering …": the characters' own words are over.
            if i > 0 && toks[i - 1].brk && toks[i].w.ends_with("ing") {
                open = None;
                close(&mut spans, i);
            }
            let Some((noun, len, plural)) = noun_at(&toks, i) else {
                i += 1;
                continue;
            };
            let Some((_, fam, usual)) = catalog::entry(noun) else {
                i += 1;
                continue;
            };
            // "a crowd of people": the people are the crowd (drawn as many, `count_before`).
            let crowd = matches!(toks[i].w.as_str(), "crowd" | "crowds");
            if crowd && toks.get(i + 1).is_some_and(|t| t.w == "of") {
                i += 1;
                continue;
            }
            // "two fish and five loaves", "a fish for dinner": a fish said as food is food on a plate, not a live fish.
            let (noun, fam, usual) = match catalog::entry("fish to eat") {
                Some(food) if noun == "fish" && eaten(&lower, &toks, i + len) => food,
                _ => (noun, fam, usual),
            };
            let (colour, start) = colour_before(&toks, i);
            if fam.is_character() && crate::read_absent::absent(&toks, i, noun, figures.len()) {
                open = None;
                close(&mut spans, start);
                i += len;
                continue;
            }
            if fam.is_character() {
                let count = if crowd { CROWD } else { count_before(&toks, start, plural).min(MOST_OF_A_KIND) };
                close(&mut spans, start);
                // Only the words before the noun say its size ("a small orange crab").
                let size = |keys: &[&str]| toks[start..i].iter().any(|t| keys.contains(&t.w.as_str()));
                let big = if size(&["big", "huge", "giant", "great"]) {
                    Some(true)
                } else if size(&["small", "little", "tiny"]) {
                    Some(false)
                } else {
                    None
                };
                // "a crowd of people and children", "fat cows and thin cows": one group of each kind.
                let count = match noun {
                    "animal" => count.max(4),
                    _ if GROUPS.contains(&noun) => count.max(3),
                    _ => count,
                };
                // "Luna, a girl…, and Poppy, a girl…, children gathering boxes": the children are the ones already named.
                let kids = |n: &str| KIDS.contains(&n);
                let named_kids = figures.iter().filter(|f| f.fam == Fam::Person && f.named && kids(f.noun)).count();
                if (plural || count > 1) && kids(noun) && named_kids >= 2 {
                    crate::read_who::group_kind(&mut figures, noun);
                    open = None;
                    i += len;
                    continue;
                }
                if count > 1 && figures.iter().any(|f| f.noun == noun && f.count > 1) {
                    open = None;
                    i += len;
                    continue;
                }
                // "a grown-up warrior": two kinds said together are one.
                let joined = kind_end.take() == Some(start) && start > 0 && !toks[start - 1].brk;
                if (again.take().is_some() || joined) && fam == Fam::Person && figures.last().is_some_and(|f| f.fam == Fam::Person) {
                    open = Some(figures.len() - 1);
                    // Its look goes on: "…warrior in heavy bronze armour and helmet, lying flat".
                    if let Some(span) = spans.get_mut(figures.len() - 1) {
                        span.1 = usize::MAX;
                    }
                    i += len;
                    continue;
                }
                let named = std::mem::take(&mut called);
                let name = if named { std::mem::take(&mut name_seed) } else { 0 };
                let noun = if named && std::mem::take(&mut giant_name) && fam == Fam::Person { "giant" } else { noun };
                figures.push(Figure {
                    noun,
                    fam,
                    count,
                    look: Look { body: colour, big, name, ..Look::default() },
                    named,
                    asleep: false,
                    hurt: false,
                    fallen: false,
                    wet: false,
                });
                open = Some(figures.len() - 1);
                spans.push((start, usize::MAX));
                kind_end = (fam == Fam::Person).then_some(i + len);
            } else if fam == Fam::Wear || (noun == "crown" && open.is_some()) {
                let at = match open {
                    Some(f) => f,
                    // Part of a thing ("a comet with a swishy tail"): not worn by anyone.
                    None if !things.is_empty() || !figures.is_empty() => {
                        i += len;
                        continue;
                    }
                    None => {
                        let noun = if noun == "tail" { "mermaid" } else { "child" };
                        figures.push(Figure {
                            noun,
                            fam: Fam::Person,
                            count: 1,
                            look: Look::default(),
                            named: false,
                            asleep: false,
                            hurt: false,
                            fallen: false,
                            wet: false,
                        });
                        spans.push((i, i));
                        figures.len() - 1
                    }
                };
                if let Some(f) = figures.get_mut(at) {
                    f.look.wear.push((noun, colour.unwrap_or(usual)));
                }
            } else {
                open = None;
                close(&mut spans, start);
                let count = count_before(&toks, start, plural);
                let mut from = phrase_start(&toks, start);
                // "a teacup boat", "a shoe rocket": the first noun says what kind of vehicle it is, one thing.
                if fam == Fam::Vehicle
                    && from > 0
                    && !toks[from - 1].brk
                    && catalog::entry(&toks[from - 1].w).is_some_and(|e| e.1 == Fam::Object)
                {
                    from -= 1;
                }
                // "a big wooden boat with its door": the door is part of the boat; "at the window of the tower": the tower's.
                // "a castle with tall towers": the towers are the castle's.
                let part = (noun == "window" && toks.get(i + len).is_some_and(|t| t.w == "of"))
                    || (noun == "tower" && things.iter().any(|t| matches!(t.noun, "castle" | "palace")));
                // "dreaming of the moon": a wish, not a thing in the picture.
                let wished =
                    (2..=4).any(|k| from.checked_sub(k).is_some_and(|p| WISH.contains(&toks[p].w.as_str()) && toks[p + 1].w == "of"));
                if (toks[from].w == "its" && !things.is_empty()) || part || wished {
                    i += len;
                    continue;
                }
                let said: Vec<String> = toks[from..i + len]
                    .iter()
                    .enumerate()
                    .map(|(k, t)| {
                        let owner = k == 0 && t.cap && toks.get(from + 1).is_some_and(|n| n.w == "s");
                        if owner { capitalised(&t.w) } else { t.w.clone() }
                    })
                    .collect();
                let mut words = said.join(" ").replacen(" s ", "'s ", 1);
                if plural || count > 1 {
                    let last = toks[i..i + len].iter().map(|t| t.w.as_str()).collect::<Vec<_>>().join(" ");
                    words = words.replacen(&last, &catalog::plural(noun), 1);
                } else if len == 2 || toks[i].w != noun {
                    let last = toks[i..i + len].iter().map(|t| t.w.as_str()).collect::<Vec<_>>().join(" ");
                    words = words.replacen(&last, noun, 1);
                }
                // Noah's ark: a big wooden boat is one thing, a boat with a house on it.
                let (noun, fam, usual) = if noun == "boat" && (words.contains("big wooden") || words.contains("great wooden")) {
                    ("ark", fam, Rgb(165, 112, 70))
                } else {
                    (noun, fam, usual)
                };
                // "climbed into a bright red balloon … to the sky above the clouds": a balloon ridden is a hot-air balloon.
                let ridden = BALLOON_RIDE.iter().any(|k| lower.contains(&format!(" {k} ")));
                let (noun, fam) = if noun == "balloon" && ridden {
                    words = words.replacen("balloon", "hot-air balloon", 1);
                    ("hot air balloon", Fam::Vehicle)
                } else {
                    (noun, fam)
                };
                let colour = if noun == "ark" { None } else { colour };
                // "glowing footprints": something glowing with no colour said is the colour of a glow.
                let colour = colour.or_else(|| words.contains("glowing").then_some(Rgb(250, 230, 120)));
                // "a basket of bread", "baskets full of fish": the food is in the basket.
                // A number before the food is skipped: "a basket with five loaves".
                let counted = from.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| NUMBERS.iter().any(|n| n.0 == t.w));
                let at = from - usize::from(counted);
                let of = |k: usize| at.checked_sub(k).and_then(|p| toks.get(p)).map_or("", |t| t.w.as_str());
                // "five loaves of bread": the loaves are the bread.
                if noun == "bread" && of(1) == "of" && matches!(of(2), "loaves" | "loaf") {
                    i += len;
                    continue;
                }
                let filled = match noun {
                    "bread" => Some("basket of bread"),
                    "fish to eat" => Some("basket of fish"),
                    _ => None,
                };
                let basket = (of(1) == "of" || of(1) == "with")
                    && (matches!(of(2), "basket" | "baskets") || (of(2) == "full" && matches!(of(3), "basket" | "baskets")));
                if let (true, Some(full), Some(b)) = (basket, filled, things.iter_mut().rev().find(|t| t.noun == "basket")) {
                    b.noun = full;
                    b.words = format!("{} of {}", b.words, if noun == "bread" { words.as_str() } else { "fish" });
                    i += len;
                    continue;
                }
                if !things.iter().any(|t| t.noun == noun) {
                    thing_at.push(i);
                    things.push(Thing { noun, fam, count: count.clamp(1, 5), colour: colour.unwrap_or(usual), words });
                }
            }
            i += len;
        }
        close(&mut spans, toks.len());
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
        tell_apart(&mut figures);
        if let (Some(cast), Some(hero)) = (cast, figures.iter_mut().find(|f| f.fam == Fam::Person)) {
            hero.look.read_cast(cast);
        }
        let said = Place::read(&lower);
        let position = crate::position::read(&toks, said);
        crate::position::face_window(position, &lower, &mut figures);
        let place = position.map_or(said, |p| p.place(said));
        let under_tree = position == Some(crate::position::Position::UnderTree);
        let perched = perched(&toks, &spans)
            .filter(|&f| f < figures.len() && place != Place::Belly && !under_tree && things.iter().any(|t| t.noun == "tree"));
        let mut pairs: Vec<(Thing, usize)> = things.into_iter().zip(thing_at).collect();
        crate::position::things(position, place, &mut pairs, toks.len());
        match place {
            Place::Moon => pairs.retain(|t| t.0.noun != "moon"),
            // Inside the great fish the fish is all around, not standing beside.
            Place::Belly => figures.retain(|f| !matches!(f.noun, "fish" | "big fish" | "whale")),
            // The parted sea's walls are water, drawn as the place.
            Place::Parted => pairs.retain(|t| t.0.noun != "wall"),
            _ => {}
        }
        crate::read_cues::sling_in_hand(&lower, &mut figures, &mut pairs);
        crate::build::read(&lower, &mut pairs, LAUNCH.iter().any(|k| lower.contains(&format!(" {k} "))) || place == Place::Moon);
        crate::sky::read_stairs(&lower, &mut pairs);
        let (things, thing_at): (Vec<Thing>, Vec<usize>) = pairs.into_iter().unzip();
        let within = aboard::read(&toks, &spans, &thing_at, &things, figures.len(), place).filter(|w| {
            place != Place::Belly && things.get(w.thing).is_some_and(|t| !place.hides(t)) && perched.is_none_or(|p| !w.figures.contains(&p))
        });
        let ride = crate::ride::read(&toks, &spans, &thing_at, &things, &figures)
            .filter(|_| within.is_none() && place != Place::Belly && perched.is_none());
        Spec {
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
            climbing: crate::climb::said(&lower),
            windy: WINDY.iter().any(|k| lower.contains(&format!(" {k} "))),
            launch: LAUNCH.iter().any(|k| lower.contains(&format!(" {k} "))),
        }
    }
}
