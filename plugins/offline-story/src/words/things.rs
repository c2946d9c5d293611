//! The objects and vehicles a premise can put at the heart of a story (a
//! cardboard rocket, a bright red balloon, a map): the words that name them,
//! how they move or are carried, and the words that may describe them.

/// How a thing takes part in the story; it decides the lines written about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Something to ride in or on: (the verb for travelling in it).
    Ride(&'static str),
    /// Something to carry along.
    Carry,
    /// Something built that stays put (a treehouse, a sandcastle).
    Stay,
}

/// One object word.
#[derive(Debug)]
pub struct Thing {
    pub word: &'static str,
    /// The noun the story uses ("rocket").
    pub noun: &'static str,
    pub used: Use,
    /// Colours to paint it in when the premise gives none.
    pub colours: &'static [&'static str],
    /// The title of the place it takes the story to when the premise names none.
    pub place: Option<&'static str>,
}

const fn t(word: &'static str, noun: &'static str, used: Use, colours: &'static [&'static str], place: Option<&'static str>) -> Thing {
    Thing { word, noun, used, colours, place }
}

const BRIGHT: &[&str] = &["red", "blue", "yellow", "green", "orange", "purple"];

pub const THINGS: &[Thing] = &[
    t("rocket", "rocket", Use::Ride("zoomed"), &["red and white", "silver and blue", "orange and white"], Some("Stars")),
    t("spaceship", "spaceship", Use::Ride("zoomed"), &["silver", "silver and red"], Some("Stars")),
    t("submarine", "submarine", Use::Ride("dived"), &["yellow", "orange", "green"], Some("Deep Blue Sea")),
    t("boat", "boat", Use::Ride("sailed"), &["red and white", "blue", "yellow"], Some("Sea")),
    t("sailboat", "sailboat", Use::Ride("sailed"), &["white and blue", "red"], Some("Sea")),
    t("ship", "ship", Use::Ride("sailed"), &["brown wooden", "blue and white"], Some("Sea")),
    t("raft", "raft", Use::Ride("floated"), &["brown wooden"], Some("River")),
    t("canoe", "canoe", Use::Ride("paddled"), &["red", "green", "yellow"], Some("Lake")),
    t("balloon", "balloon", Use::Ride("floated"), &["red", "blue", "yellow", "rainbow striped"], Some("Sky")),
    t("airplane", "airplane", Use::Ride("flew"), &["red", "blue and white"], Some("Sky")),
    t("aeroplane", "airplane", Use::Ride("flew"), &["red", "blue and white"], Some("Sky")),
    t("plane", "airplane", Use::Ride("flew"), &["red", "blue and white"], Some("Sky")),
    t("helicopter", "helicopter", Use::Ride("flew"), &["yellow", "red"], Some("Sky")),
    t("train", "train", Use::Ride("chugged"), &["red", "green", "blue"], Some("Mountain")),
    t("truck", "truck", Use::Ride("rumbled"), BRIGHT, Some("Town")),
    t("bus", "bus", Use::Ride("rolled"), &["yellow", "red"], Some("Town")),
    t("car", "car", Use::Ride("drove"), BRIGHT, Some("Town")),
    t("tractor", "tractor", Use::Ride("chugged"), &["red", "green"], Some("Farm")),
    t("bike", "bike", Use::Ride("pedalled"), BRIGHT, Some("Meadow")),
    t("bicycle", "bike", Use::Ride("pedalled"), BRIGHT, Some("Meadow")),
    t("scooter", "scooter", Use::Ride("scooted"), BRIGHT, Some("Town")),
    t("sled", "sled", Use::Ride("slid"), &["red", "wooden"], Some("Snow")),
    t("sledge", "sled", Use::Ride("slid"), &["red", "wooden"], Some("Snow")),
    t("sleigh", "sleigh", Use::Ride("slid"), &["red and gold"], Some("Snow")),
    t("wagon", "wagon", Use::Ride("rolled"), &["red", "wooden"], Some("Meadow")),
    t("carpet", "flying carpet", Use::Ride("flew"), &["red and gold", "purple"], Some("Sky")),
    t("kite", "kite", Use::Carry, &["red", "rainbow", "yellow and blue"], Some("Meadow")),
    t("map", "map", Use::Carry, &["old paper"], None),
    t("lantern", "lantern", Use::Carry, &["glowing yellow", "brass"], None),
    t("telescope", "telescope", Use::Carry, &["brass", "blue"], Some("Mountain")),
    t("umbrella", "umbrella", Use::Carry, BRIGHT, None),
    t("compass", "compass", Use::Carry, &["brass", "golden"], None),
    t("wand", "wand", Use::Carry, &["sparkly silver", "golden"], None),
    t("drum", "drum", Use::Carry, &["red", "blue"], None),
    t("bucket", "bucket", Use::Carry, BRIGHT, None),
    t("treehouse", "treehouse", Use::Stay, &["wooden"], Some("Garden")),
    t("sandcastle", "sandcastle", Use::Stay, &["tall"], Some("Beach")),
    t("snowman", "snowman", Use::Stay, &["jolly"], Some("Snow")),
    t("fort", "fort", Use::Stay, &["cardboard", "blanket"], Some("House")),
];

/// The thing a word names.
pub fn thing(low: &str) -> Option<&'static Thing> {
    THINGS.iter().find(|t| t.word == low || format!("{}s", t.word) == low)
}

/// Colour words: a premise's colour is kept, and a colour adjective on a
/// creature becomes its painted colour.
pub const COLOURS: &[&str] = &[
    "red",
    "orange",
    "yellow",
    "green",
    "blue",
    "purple",
    "pink",
    "white",
    "black",
    "silver",
    "golden",
    "gold",
    "brown",
    "grey",
    "gray",
    "rainbow",
    "turquoise",
    "lilac",
    "violet",
];

/// Words that may describe a thing ("a bright red balloon", "a cardboard rocket").
pub const MODIFIERS: &[&str] = &[
    "bright",
    "dark",
    "light",
    "shiny",
    "sparkly",
    "glittery",
    "striped",
    "spotty",
    "cardboard",
    "paper",
    "wooden",
    "glass",
    "metal",
    "plastic",
    "straw",
    "toy",
    "stone",
    "ice",
    "snowy",
    "sand",
    "gingerbread",
    "candy",
    "chocolate",
    "big",
    "little",
    "tiny",
    "small",
    "giant",
    "huge",
    "enormous",
    "tall",
    "long",
    "old",
    "new",
    "magic",
    "magical",
    "flying",
    "secret",
    "runaway",
    "hot",
    "air",
    "rusty",
    "special",
    "homemade",
    "speedy",
    "fast",
    "brave",
    "brand",
    "patchwork",
    "blanket",
    "golden",
    "silver",
];

/// True for a word that describes the colour or stuff of a thing.
pub fn is_modifier(low: &str) -> bool {
    COLOURS.contains(&low) || MODIFIERS.contains(&low)
}
