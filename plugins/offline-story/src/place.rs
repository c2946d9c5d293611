//! Where a kids story happens: the place the premise names, else the place
//! its object, activity or wish belongs to (a kite flies in a meadow, cakes
//! are baked in a kitchen), else the hero's home, else one chosen by the
//! seed, and never a place the hero could not be (a fish stays in the water:
//! a fish who wants to climb a mountain swims up the river instead).

use crate::words::{PLACES, Place, Realm};

/// Where a creature lives, by the title of its place.
pub fn home_of(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "astronaut" | "alien" => "Stars",
        "crab" | "lobster" | "starfish" | "seal" | "walrus" | "seagull" => "Beach",
        "fish" | "whale" | "dolphin" | "shark" | "octopus" | "jellyfish" | "seahorse" | "mermaid" => "Coral Reef",
        "penguin" | "yeti" | "snowman" => "Snow",
        "monkey" | "tiger" | "gorilla" | "toucan" | "parrot" | "sloth" | "crocodile" | "snake" | "elephant" => "Jungle",
        "cow" | "pig" | "piglet" | "sheep" | "lamb" | "goat" | "hen" | "chicken" | "chick" | "horse" | "donkey" | "rooster" | "duck" => {
            "Farm"
        }
        "camel" => "Desert",
        "pirate" => "Island",
        "knight" | "king" | "queen" | "princess" | "prince" => "Castle",
        _ => return None,
    })
}

/// Creatures that cannot leave the water.
pub fn swims_only(kind: &str) -> bool {
    matches!(kind, "fish" | "whale" | "dolphin" | "shark" | "octopus" | "jellyfish" | "seahorse" | "mermaid")
}

/// Words of an activity or a wish, and the title of the place it happens in.
const DOING: &[(&[&str], &str)] = &[
    (
        &["bake", "bakes", "baking", "cook", "cooks", "cooking", "cake", "cakes", "cookies", "bread", "pancakes", "cupcakes", "pie"],
        "Kitchen",
    ),
    (&["swim", "swims", "swimming", "dive", "dives", "diving", "sail", "sails", "sailing"], "Sea"),
    (&["surf", "surfs", "surfing", "dig", "digs", "digging", "shells", "seashells"], "Beach"),
    (&["fishing", "paddle", "paddles", "paddling"], "Lake"),
    (&["plant", "plants", "planting", "grow", "grows", "seeds", "seed", "vegetables", "sunflower", "sunflowers"], "Garden"),
    (&["skate", "skates", "skating", "ski", "skis", "skiing", "sledding", "sledging"], "Snow"),
    (&["swing", "swings", "slide", "playground"], "Park"),
    (&["picnic", "butterflies", "butterfly"], "Meadow"),
    (&["read", "reads", "reading", "paint", "paints", "painting", "draw", "draws", "drawing"], "House"),
];

fn titled(title: &str) -> Option<&'static Place> {
    PLACES.iter().find(|p| p.title == title)
}

/// The place an activity or wish in `words` (the premise's words, lower case) belongs to.
pub fn place_of_doing(words: &[&str]) -> Option<&'static str> {
    DOING.iter().find(|(doing, _)| words.iter().any(|w| doing.contains(w))).map(|d| d.1)
}

/// The story's place: `named` (the premise's own), else the first of the
/// object's place, the activity's or wish's place, the hero's home and
/// `fallback` that the hero can be in. A place the premise names but the
/// hero cannot be in becomes the water nearest to it.
pub fn choose(named: Option<&'static Place>, object: Option<&str>, words: &[&str], hero: &str, fallback: &str) -> &'static Place {
    let fits = |p: &Place| !swims_only(hero) || p.realm == Realm::Water;
    match named {
        Some(p) if fits(p) => return p,
        // A fish who wants to climb a mountain swims up the river that comes down from it.
        Some(_) => return titled("River").unwrap_or(&PLACES[0]),
        None => {}
    }
    let options = [object, place_of_doing(words), home_of(hero), Some(fallback)];
    let places: Vec<&'static Place> = options.into_iter().flatten().filter_map(titled).collect();
    places.iter().copied().find(|p| fits(p)).or_else(|| places.first().copied()).unwrap_or(&PLACES[0])
}
