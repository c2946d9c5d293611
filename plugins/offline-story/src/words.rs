//! Word tables for reading a premise: places, treasures, times of day, and
//! the fallbacks used when the premise does not name them. Who can be in a
//! story is in `creatures.rs`, objects in `things.rs`, looks in `looks.rs`.

pub mod creatures;
mod grammar;
pub mod looks;
mod names;
pub mod things;

pub use grammar::*;

/// Which family of places a story happens in; it decides which discoveries fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Realm {
    Land,
    Water,
    Space,
}

/// A character's pronoun; `They` means not known, and the name is said again instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pron {
    She,
    He,
    They,
}

/// Time of day a premise asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Time {
    Morning,
    Sunset,
    Night,
}

/// A place a story can happen in.
#[derive(Debug)]
pub struct Place {
    /// Premise words that choose it.
    pub words: &'static [&'static str],
    /// Premise phrases that choose it before any word does ("under the sea").
    pub phrases: &'static [&'static str],
    /// How the story names it ("the sandy beach").
    pub name: &'static str,
    /// The preposition before the name ("on").
    pub prep: &'static str,
    /// Where a picture puts the characters, preposition first ("on a sandy beach by the sea").
    pub picture: &'static str,
    /// Word for the title ("Beach").
    pub title: &'static str,
    pub realm: Realm,
    /// The characters are under the water there (and a picture must say so).
    pub underwater: bool,
}

const fn place(
    words: &'static [&'static str],
    prep: &'static str,
    name: &'static str,
    picture: &'static str,
    title: &'static str,
    realm: Realm,
) -> Place {
    Place { words, phrases: &[], name, prep, picture, title, realm, underwater: false }
}

const fn phrased(phrases: &'static [&'static str], place: Place) -> Place {
    Place { phrases, ..place }
}

const fn deep(place: Place) -> Place {
    Place { underwater: true, ..place }
}

pub const PLACES: &[Place] = &[
    phrased(
        &["to the moon", "on the moon", "the moon's", "moon landing"],
        place(&[], "on", "the moon", "on the grey moon with round craters and stars in a black sky", "Moon", Realm::Space),
    ),
    phrased(
        &["coral reef"],
        deep(place(
            &["reef", "coral"],
            "at",
            "the coral reef under the sea",
            "deep under the water of a bright coral reef, with little fish and bubbles all around",
            "Coral Reef",
            Realm::Water,
        )),
    ),
    phrased(
        &["under the sea", "under the ocean", "under the water", "ocean floor", "sea floor", "bottom of the sea", "deep sea"],
        deep(place(
            &["underwater"],
            "at",
            "the bottom of the sea",
            "deep under the water at the bottom of the sea, with seaweed, shells and bubbles all around",
            "Deep Blue Sea",
            Realm::Water,
        )),
    ),
    phrased(
        &["north pole", "south pole"],
        place(
            &["snow", "snowy", "ice", "winter", "arctic", "igloo"],
            "in",
            "the snowy hills",
            "in snowy hills with snow falling",
            "Snow",
            Realm::Land,
        ),
    ),
    phrased(
        &["outer space"],
        place(
            &["space", "planet", "planets", "galaxy", "mars"],
            "in",
            "outer space",
            "in outer space with planets and stars",
            "Stars",
            Realm::Space,
        ),
    ),
    place(
        &["lighthouse"],
        "at",
        "the lighthouse by the sea",
        "by a tall red and white lighthouse on the rocks by the sea",
        "Lighthouse",
        Realm::Water,
    ),
    place(&["sea", "ocean", "waves"], "by", "the sparkling sea", "by the sparkling blue sea", "Sea", Realm::Water),
    place(&["beach", "sand", "shore", "seaside"], "on", "the sandy beach", "on a sandy beach by the sea", "Beach", Realm::Water),
    place(&["island"], "on", "a little green island", "on a little green island in the sea", "Island", Realm::Water),
    place(&["lake", "pond"], "by", "the quiet lake", "by a quiet blue lake", "Lake", Realm::Water),
    place(&["river", "stream"], "by", "the winding river", "by a winding river", "River", Realm::Water),
    place(
        &["castle", "palace", "kingdom", "tower"],
        "in",
        "the old stone castle",
        "in an old stone castle with tall towers",
        "Castle",
        Realm::Land,
    ),
    place(&["jungle", "rainforest"], "in", "the green jungle", "in a green jungle with big leaves and vines", "Jungle", Realm::Land),
    place(
        &["camping", "camp", "campsite", "tent", "campfire"],
        "at",
        "the campsite in the woods",
        "at a campsite with a tent and a campfire among tall trees",
        "Campfire",
        Realm::Land,
    ),
    place(&["forest", "woods", "wood", "trees"], "in", "the Whispering Woods", "in a forest of tall trees", "Forest", Realm::Land),
    place(&["garden", "backyard", "yard"], "in", "the secret garden", "in a garden full of flowers", "Garden", Realm::Land),
    place(&["bakery"], "at", "the bakery", "in a cozy bakery with an oven, bread and cakes", "Bakery", Realm::Land),
    place(&["kitchen"], "in", "the kitchen", "in a cozy kitchen with an oven and a big table", "Kitchen", Realm::Land),
    place(&["zoo"], "at", "the zoo", "at a zoo with animal enclosures, trees and paths", "Zoo", Realm::Land),
    place(&["park", "playground"], "in", "the park", "in a green park with a slide, swings and trees", "Park", Realm::Land),
    place(&["meadow", "field", "flowers"], "in", "the sunny meadow", "in a meadow with flowers and grass", "Meadow", Realm::Land),
    place(&["mountain", "mountains", "hill", "hills"], "on", "Pebble Mountain", "on a tall green mountain", "Mountain", Realm::Land),
    place(&["cave"], "in", "the echoing cave", "in a big cave in a hill", "Cave", Realm::Land),
    place(&["desert"], "in", "the golden desert", "in a sandy desert", "Desert", Realm::Land),
    place(&["farm", "barn"], "on", "the big red farm", "on a farm with a red barn", "Farm", Realm::Land),
    place(
        &["city", "town", "village", "school", "library", "street"],
        "in",
        "the busy little town",
        "in a little town with houses",
        "Town",
        Realm::Land,
    ),
    // "a girl at the window watching snow": at home, by the window, not off to somewhere else.
    place(&["window", "windowsill"], "in", "the cosy house", "inside a cozy house by a big window", "Window", Realm::Land),
    place(&["house", "attic", "bedroom", "home"], "in", "the cozy old house", "in a cozy house", "House", Realm::Land),
    place(&["sky", "clouds", "cloud"], "in", "the sky above the clouds", "in the sky above fluffy clouds", "Sky", Realm::Land),
];

/// Title words of the places used for premises that name none.
pub const FALLBACK_PLACES: &[&str] = &["Forest", "Garden", "Meadow", "Mountain", "Castle", "Sea"];

/// (premise words, the thing to find, what a picture shows, title words).
pub type Treasure = (&'static [&'static str], &'static str, &'static str, &'static str);

pub const TREASURES: &[Treasure] = &[
    (&["treasure", "gold", "chest"], "the hidden treasure", "a treasure chest full of gold", "Hidden Treasure"),
    (&["key"], "the golden key", "a golden key", "Golden Key"),
    (&["crown"], "the lost crown", "a golden crown", "Lost Crown"),
    (&["star", "stars"], "the fallen star", "a glowing star", "Fallen Star"),
    (&["egg"], "the mysterious egg", "a big spotted egg", "Mysterious Egg"),
    (&["shell", "seashell"], "the singing seashell", "a pink seashell", "Singing Seashell"),
    (&["gem", "jewel", "diamond", "crystal"], "the rainbow crystal", "a sparkling crystal", "Rainbow Crystal"),
    (&["book", "books", "library"], "the lost storybook", "an old storybook", "Lost Storybook"),
    (&["cake", "cookie", "cookies", "pie", "cupcake", "bakery"], "the missing cookie jar", "a jar of cookies", "Missing Cookie Jar"),
    (&["ball"], "the bouncy red ball", "a red ball", "Bouncy Ball"),
    (&["hat"], "the magic hat", "a tall magic hat", "Magic Hat"),
    (&["wand", "spell"], "the magic wand", "a sparkly wand", "Magic Wand"),
    (&["rainbow"], "the end of the rainbow", "a rainbow", "Rainbow's End"),
    (&["acorn", "acorns", "nut", "nuts"], "the golden acorn", "a golden acorn", "Golden Acorn"),
    (&["carrot", "carrots"], "the giant carrot", "a giant carrot", "Giant Carrot"),
    (&["honey"], "the sweetest honey", "a pot of honey", "Sweetest Honey"),
    (&["bone"], "the buried bone", "a big bone", "Buried Bone"),
    (&["song", "music", "sing"], "the lost song", "musical notes", "Lost Song"),
    (&["birthday", "present", "gift", "party"], "the perfect birthday present", "a wrapped present with a bow", "Birthday Surprise"),
];

/// Things to find when the premise names none: (text, picture, title).
pub const FALLBACK_TREASURES: &[(&str, &str, &str)] = &[
    ("the lost moonbeam", "a glowing moonbeam", "Lost Moonbeam"),
    ("the golden acorn", "a golden acorn", "Golden Acorn"),
    ("the missing rainbow crayon", "a rainbow crayon", "Rainbow Crayon"),
    ("the tiny silver bell", "a tiny silver bell", "Silver Bell"),
    ("the sparkly wishing stone", "a sparkly wishing stone", "Wishing Stone"),
    ("the whispering feather", "a shiny blue feather", "Whispering Feather"),
];

/// (premise word, time of day).
pub const TIMES: &[(&str, Time)] = &[
    ("night", Time::Night),
    ("moon", Time::Night),
    ("moonlit", Time::Night),
    ("moonlight", Time::Night),
    ("stars", Time::Night),
    ("starry", Time::Night),
    ("bedtime", Time::Night),
    ("dark", Time::Night),
    ("midnight", Time::Night),
    ("sunset", Time::Sunset),
    ("evening", Time::Sunset),
    ("dusk", Time::Sunset),
    ("morning", Time::Morning),
    ("dawn", Time::Morning),
    ("sunrise", Time::Morning),
];

/// Hobbies for the opening.
pub const HOBBIES: &[&str] = &[
    "counting clouds",
    "humming silly songs",
    "collecting shiny pebbles",
    "telling jokes to anyone who would listen",
    "looking at picture books",
    "splashing in puddles",
    "drawing pictures of faraway places",
    "baking crumbly cookies",
];

/// Whether `word` is a word of any place's name or title ("Pebble" of "Pebble Mountain").
pub fn place_word(word: &str) -> bool {
    PLACES.iter().any(|p| {
        p.name
            .split(|c: char| !c.is_alphanumeric())
            .chain(p.title.split(|c: char| !c.is_alphanumeric()))
            .any(|w| w.eq_ignore_ascii_case(word))
    })
}
