//! How characters and the main object look in the pictures: chosen once per
//! story from its seed and written word for word in every scene's
//! `image_prompt`, and the list of every noun those prompts can contain
//! (`PAINTED_THINGS`), which the offline painter must be able to draw.

use super::creatures::{Class, Creature};
use storyloom_plugin_sdk::rng::Rng;

const SKINS: &[&str] = &["light", "fair", "tan", "olive", "brown", "dark brown", "rosy"];
const HAIR_COLOURS: &[&str] = &["black", "brown", "blond", "red", "dark brown", "golden"];
const HAIR_STYLES: &[&str] = &["curly", "straight", "wavy", "short", "long", "braided", "fluffy"];
const GREY_HAIR: &[&str] = &["white", "grey", "silver"];
const CLOTHES: &[&str] = &["raincoat", "jumper", "T-shirt", "hoodie", "dungarees", "jacket"];
const GROWN_UP_CLOTHES: &[&str] = &["jumper", "cardigan", "shirt", "jacket"];
/// Colours for clothes and accessories.
pub const DYES: &[&str] = &["red", "yellow", "blue", "green", "orange", "purple", "pink", "teal"];
const ACCESSORIES: &[&str] = &["bow", "scarf", "hat", "backpack", "bandana", "bow tie"];
const BIG: &[&str] =
    &["elephant", "whale", "giraffe", "bear", "hippo", "rhino", "horse", "cow", "camel", "gorilla", "dinosaur", "dragon", "shark", "yeti"];

fn dye(rng: &mut Rng) -> &'static str {
    rng.pick_or(DYES, "blue")
}

/// "a girl with light skin and curly black hair in a yellow raincoat".
fn person_look(c: &Creature, rng: &mut Rng) -> String {
    let skin = rng.pick_or(SKINS, "light");
    let old = matches!(c.kind, "grandma" | "grandpa");
    let hair_colour = rng.pick_or(if old { GREY_HAIR } else { HAIR_COLOURS }, "brown");
    let style = rng.pick_or(HAIR_STYLES, "short");
    let colour = dye(rng);
    let grown = matches!(c.kind, "mum" | "dad" | "grandma" | "grandpa" | "aunt" | "uncle" | "king" | "queen" | "giant");
    let garment = rng.pick_or(if grown { GROWN_UP_CLOTHES } else { CLOTHES }, "jumper");
    let hair = if c.kind == "baby" { format!("a little tuft of {hair_colour} hair") } else { format!("{style} {hair_colour} hair") };
    let clothes = match c.kind {
        "princess" | "prince" => format!("in a {colour} outfit and a little gold crown"),
        "king" | "queen" => format!("in a {colour} robe and a gold crown"),
        "knight" => format!("in silver armour with a {colour} cape"),
        "pirate" => format!("in a striped shirt and a {colour} bandana"),
        "astronaut" => format!("in a white space suit with {colour} stripes"),
        "wizard" | "witch" => format!("in a {colour} robe and a pointy hat"),
        "fairy" => format!("in a {colour} dress with shiny wings"),
        "mermaid" => format!("and a shiny {colour} tail"),
        "chef" => format!("in a white chef's hat and a {colour} apron"),
        "superhero" => format!("in a {colour} cape and mask"),
        "baby" => format!("in a {colour} onesie"),
        "girl" if garment == "T-shirt" => format!("in a {colour} dress"),
        _ if garment.ends_with('s') => format!("in {colour} {garment}"),
        _ => format!("in a {colour} {garment}"),
    };
    let beard = if c.kind == "grandpa" && rng.coin() { " and a beard" } else { "" };
    format!("{} {} with {skin} skin and {hair}{beard} {clothes}", crate::text::article(c.kind), c.kind)
}

/// Words that say a creature is small ("a little dragon"), and ones that say it is big.
const SMALL_WORDS: &[&str] = &["little", "tiny", "small", "baby", "wee", "teeny", "young"];
const BIG_WORDS: &[&str] = &["big", "huge", "giant", "enormous", "great", "tall"];

/// How big a creature is drawn: what the story says ("a little dragon" is
/// small, "a huge mouse" big), else its kind's usual size.
pub fn size(kind: &str, said: Option<&str>) -> &'static str {
    match said {
        Some(word) if SMALL_WORDS.contains(&word) => "small",
        Some(word) if BIG_WORDS.contains(&word) => "big",
        _ if BIG.contains(&kind) => "big",
        _ => "small",
    }
}

/// "a small orange crab with a blue bow"; `colour` is the premise's, when it
/// gave one, and `said` the size word the story calls it by ("little").
fn creature_look(c: &Creature, colour: Option<&str>, said: Option<&str>, rng: &mut Rng) -> String {
    let body = colour.unwrap_or_else(|| rng.pick_or(c.colours, "brown"));
    let size = size(c.kind, said);
    let extras: Vec<&str> = DYES.iter().copied().filter(|d| !body.contains(d)).collect();
    let extra = rng.pick_or(&extras, "blue");
    let thing = rng.pick_or(ACCESSORIES, "scarf");
    format!("a {size} {body} {} with a {extra} {thing}", c.kind)
}

/// The look of one character, without its name; `said` is the size word the
/// story calls it by, if any ("little").
pub fn look(c: &Creature, colour: Option<&str>, said: Option<&str>, rng: &mut Rng) -> String {
    let look = match c.class {
        Class::Person => person_look(c, rng),
        Class::Creature => creature_look(c, colour, said, rng),
    };
    crate::text::tidy(&look)
}

/// Every creature, person and object noun a storyteller `image_prompt` can
/// contain: the offline painter must have a drawing for each one. Read by
/// tests. In order: people, creatures, vehicles and objects, treasures and
/// discoveries, what characters wear, places.
#[cfg_attr(not(test), allow(dead_code))]
pub const PAINTED_THINGS: &[&str] = &[
    "girl",
    "boy",
    "child",
    "baby",
    "explorer",
    "princess",
    "prince",
    "queen",
    "king",
    "knight",
    "pirate",
    "astronaut",
    "wizard",
    "witch",
    "fairy",
    "mermaid",
    "giant",
    "chef",
    "detective",
    "superhero",
    "mum",
    "dad",
    "grandma",
    "grandpa",
    "aunt",
    "uncle",
    "robot",
    "dragon",
    "unicorn",
    "dinosaur",
    "alien",
    "monster",
    "ghost",
    "yeti",
    "troll",
    "bunny",
    "rabbit",
    "cat",
    "kitten",
    "dog",
    "puppy",
    "hamster",
    "bear",
    "fox",
    "owl",
    "mouse",
    "squirrel",
    "hedgehog",
    "badger",
    "deer",
    "wolf",
    "raccoon",
    "otter",
    "beaver",
    "bat",
    "cow",
    "pig",
    "piglet",
    "sheep",
    "lamb",
    "goat",
    "horse",
    "pony",
    "donkey",
    "chicken",
    "hen",
    "chick",
    "rooster",
    "duck",
    "duckling",
    "goose",
    "lion",
    "tiger",
    "elephant",
    "giraffe",
    "zebra",
    "monkey",
    "gorilla",
    "sloth",
    "hippo",
    "rhino",
    "crocodile",
    "snake",
    "parrot",
    "toucan",
    "panda",
    "koala",
    "kangaroo",
    "camel",
    "penguin",
    "seal",
    "walrus",
    "crab",
    "lobster",
    "fish",
    "whale",
    "dolphin",
    "shark",
    "octopus",
    "starfish",
    "jellyfish",
    "seahorse",
    "turtle",
    "tortoise",
    "frog",
    "snail",
    "butterfly",
    "caterpillar",
    "bee",
    "ladybug",
    "ladybird",
    "ant",
    "beetle",
    "spider",
    "worm",
    "firefly",
    "dragonfly",
    "grasshopper",
    "bird",
    "robin",
    "seagull",
    "swan",
    "seabird",
    "fireflies",
    "rocket",
    "spaceship",
    "submarine",
    "boat",
    "sailboat",
    "ship",
    "raft",
    "canoe",
    "balloon",
    "airplane",
    "helicopter",
    "train",
    "bus",
    "car",
    "tractor",
    "bike",
    "scooter",
    "sled",
    "sleigh",
    "wagon",
    "flying carpet",
    "kite",
    "map",
    "lantern",
    "telescope",
    "umbrella",
    "compass",
    "wand",
    "drum",
    "bucket",
    "treehouse",
    "sandcastle",
    "snowman",
    "fort",
    "truck",
    "treasure chest",
    "key",
    "crown",
    "star",
    "egg",
    "seashell",
    "seashells",
    "crystal",
    "storybook",
    "cookies",
    "ball",
    "hat",
    "rainbow",
    "acorn",
    "carrot",
    "honey",
    "bone",
    "musical notes",
    "present",
    "moonbeam",
    "crayon",
    "bell",
    "wishing stone",
    "feather",
    "box",
    "note",
    "rainbow bridge",
    "clouds",
    "footprints",
    "door",
    "tree",
    "mushrooms",
    "tunnel",
    "bottle",
    "teacup",
    "comet",
    "crater",
    "light",
    "shells",
    "bubbles",
    "seaweed",
    "clam",
    "pearl",
    "sea turtle",
    "sunken ship",
    "signpost",
    "wagon",
    "bow",
    "scarf",
    "backpack",
    "bandana",
    "bow tie",
    "raincoat",
    "jumper",
    "T-shirt",
    "hoodie",
    "dungarees",
    "jacket",
    "cardigan",
    "shirt",
    "dress",
    "robe",
    "armour",
    "cape",
    "space suit",
    "apron",
    "onesie",
    "tail",
    "wings",
    "beard",
    "moon",
    "lighthouse",
    "castle",
    "tent",
    "campfire",
];
