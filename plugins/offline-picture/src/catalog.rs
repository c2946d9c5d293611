//! Every noun the painter knows but people (`catalog_people.rs`): which
//! family draws it, its usual colour, and how to read plurals ("lions",
//! "mice", "bunnies"). The colour words are in `colours.rs`.

use crate::canvas::Rgb;
pub use crate::catalog_people::PEOPLE;
pub use crate::colours::{COLOURS, HAIR, SKINS, colour_name, shown};

/// Which module draws a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fam {
    /// People, drawn by `people.rs`.
    Person,
    /// Round sitting animals (`critters.rs`).
    Critter,
    /// Four-legged standing animals (`beasts.rs`).
    Beast,
    /// Birds (`birds.rs`).
    Bird,
    /// Insects, snails, frogs, worms (`bugs.rs`).
    Bug,
    /// Sea creatures (`sea.rs`).
    Sea,
    /// Robots, dragons and other made-up creatures (`fantasy.rs`).
    Fantasy,
    /// Things that carry people (`vehicles.rs`).
    Vehicle,
    /// Small things on the ground or in a hand (`objects.rs`).
    Object,
    /// Buildings and big things at the back (`buildings.rs`).
    Big,
    /// Things in the sky (`sky.rs`).
    Sky,
    /// Clothes and accessories, drawn on whoever wears them.
    Wear,
}

impl Fam {
    /// People and creatures: the characters of a picture.
    pub fn is_character(self) -> bool {
        matches!(self, Fam::Person | Fam::Critter | Fam::Beast | Fam::Bird | Fam::Bug | Fam::Sea | Fam::Fantasy)
    }
}

const fn c(r: u8, g: u8, b: u8) -> Rgb {
    Rgb(r, g, b)
}

const N: Rgb = Rgb(0, 0, 0);

/// (noun, family, usual colour). Multi-word nouns are matched first.
pub const NOUNS: &[(&str, Fam, Rgb)] = &[
    // Made-up creatures.
    ("robot", Fam::Fantasy, c(180, 195, 210)),
    ("dragon", Fam::Fantasy, c(110, 190, 110)),
    ("dinosaur", Fam::Fantasy, c(120, 180, 90)),
    ("alien", Fam::Fantasy, c(140, 220, 120)),
    ("monster", Fam::Fantasy, c(150, 110, 220)),
    ("ghost", Fam::Fantasy, c(245, 245, 252)),
    ("yeti", Fam::Fantasy, c(235, 240, 250)),
    ("troll", Fam::Fantasy, c(140, 170, 110)),
    ("unicorn", Fam::Beast, c(250, 250, 252)),
    // Round sitting animals.
    ("bunny", Fam::Critter, c(245, 245, 248)),
    ("rabbit", Fam::Critter, c(210, 180, 150)),
    ("cat", Fam::Critter, c(245, 170, 80)),
    ("kitten", Fam::Critter, c(150, 150, 160)),
    ("dog", Fam::Critter, c(210, 160, 100)),
    ("puppy", Fam::Critter, c(240, 220, 180)),
    ("hamster", Fam::Critter, c(235, 180, 110)),
    ("bear", Fam::Critter, c(170, 115, 75)),
    ("fox", Fam::Critter, c(240, 130, 50)),
    ("mouse", Fam::Critter, c(185, 180, 190)),
    ("squirrel", Fam::Critter, c(200, 120, 70)),
    ("hedgehog", Fam::Critter, c(150, 110, 80)),
    ("badger", Fam::Critter, c(120, 120, 125)),
    ("raccoon", Fam::Critter, c(140, 140, 150)),
    ("otter", Fam::Critter, c(140, 100, 70)),
    ("beaver", Fam::Critter, c(150, 95, 60)),
    ("bat", Fam::Critter, c(110, 90, 120)),
    ("pig", Fam::Critter, c(250, 185, 190)),
    ("piglet", Fam::Critter, c(252, 200, 205)),
    ("lion", Fam::Critter, c(240, 190, 90)),
    ("tiger", Fam::Critter, c(245, 150, 50)),
    ("monkey", Fam::Critter, c(160, 110, 70)),
    ("gorilla", Fam::Critter, c(90, 85, 95)),
    ("sloth", Fam::Critter, c(170, 140, 110)),
    ("panda", Fam::Critter, c(250, 250, 250)),
    ("koala", Fam::Critter, c(170, 170, 180)),
    ("kangaroo", Fam::Critter, c(200, 140, 90)),
    ("seal", Fam::Critter, c(150, 160, 175)),
    ("walrus", Fam::Critter, c(170, 120, 95)),
    // Standing animals.
    ("deer", Fam::Beast, c(190, 130, 80)),
    ("wolf", Fam::Beast, c(150, 150, 160)),
    ("cow", Fam::Beast, c(250, 250, 250)),
    ("sheep", Fam::Beast, c(250, 248, 240)),
    ("lamb", Fam::Beast, c(255, 252, 245)),
    ("goat", Fam::Beast, c(235, 225, 210)),
    ("horse", Fam::Beast, c(160, 100, 60)),
    ("pony", Fam::Beast, c(220, 170, 120)),
    ("donkey", Fam::Beast, c(160, 155, 160)),
    ("elephant", Fam::Beast, c(170, 175, 190)),
    ("giraffe", Fam::Beast, c(245, 200, 90)),
    ("zebra", Fam::Beast, c(250, 250, 250)),
    ("hippo", Fam::Beast, c(170, 150, 190)),
    ("rhino", Fam::Beast, c(165, 165, 170)),
    ("camel", Fam::Beast, c(220, 180, 120)),
    ("crocodile", Fam::Beast, c(90, 160, 80)),
    ("animal", Fam::Beast, c(200, 180, 150)),
    // Birds.
    ("owl", Fam::Bird, c(160, 110, 80)),
    ("bird", Fam::Bird, c(100, 170, 230)),
    ("robin", Fam::Bird, c(140, 100, 70)),
    ("seagull", Fam::Bird, c(245, 245, 248)),
    ("seabird", Fam::Bird, c(235, 238, 245)),
    ("swan", Fam::Bird, c(252, 252, 252)),
    ("dove", Fam::Bird, c(248, 248, 252)),
    ("raven", Fam::Bird, c(50, 50, 65)),
    ("parrot", Fam::Bird, c(220, 50, 50)),
    ("toucan", Fam::Bird, c(45, 45, 55)),
    ("chicken", Fam::Bird, c(250, 250, 245)),
    ("hen", Fam::Bird, c(190, 110, 60)),
    ("chick", Fam::Bird, c(250, 220, 70)),
    ("rooster", Fam::Bird, c(200, 90, 50)),
    ("duck", Fam::Bird, c(250, 250, 250)),
    ("duckling", Fam::Bird, c(250, 225, 80)),
    ("goose", Fam::Bird, c(240, 240, 240)),
    ("penguin", Fam::Bird, c(40, 45, 60)),
    // Small creatures.
    ("frog", Fam::Bug, c(100, 190, 80)),
    ("snail", Fam::Bug, c(200, 150, 100)),
    ("butterfly", Fam::Bug, c(150, 110, 230)),
    ("caterpillar", Fam::Bug, c(130, 200, 80)),
    ("bee", Fam::Bug, c(250, 200, 40)),
    ("ladybug", Fam::Bug, c(225, 50, 45)),
    ("ladybird", Fam::Bug, c(230, 45, 40)),
    ("ant", Fam::Bug, c(110, 60, 50)),
    ("beetle", Fam::Bug, c(60, 120, 110)),
    ("spider", Fam::Bug, c(70, 60, 80)),
    ("worm", Fam::Bug, c(240, 150, 150)),
    ("firefly", Fam::Bug, c(250, 240, 120)),
    ("dragonfly", Fam::Bug, c(80, 170, 210)),
    ("grasshopper", Fam::Bug, c(120, 190, 70)),
    ("snake", Fam::Bug, c(120, 180, 70)),
    // Sea creatures.
    ("sea turtle", Fam::Sea, c(90, 170, 120)),
    ("big fish", Fam::Sea, c(90, 130, 190)),
    ("crab", Fam::Sea, c(240, 110, 70)),
    ("lobster", Fam::Sea, c(220, 60, 50)),
    ("fish", Fam::Sea, c(250, 150, 60)),
    ("whale", Fam::Sea, c(80, 120, 190)),
    ("dolphin", Fam::Sea, c(130, 170, 210)),
    ("shark", Fam::Sea, c(140, 155, 175)),
    ("octopus", Fam::Sea, c(230, 110, 160)),
    ("starfish", Fam::Sea, c(250, 150, 80)),
    ("jellyfish", Fam::Sea, c(220, 160, 240)),
    ("seahorse", Fam::Sea, c(250, 180, 60)),
    ("turtle", Fam::Sea, c(100, 170, 100)),
    ("tortoise", Fam::Sea, c(160, 140, 90)),
    // Vehicles.
    ("flying carpet", Fam::Vehicle, c(180, 60, 110)),
    ("sunken ship", Fam::Vehicle, c(120, 90, 70)),
    ("rocket", Fam::Vehicle, c(230, 70, 70)),
    ("spaceship", Fam::Vehicle, c(170, 180, 210)),
    ("submarine", Fam::Vehicle, c(250, 200, 50)),
    ("ark", Fam::Vehicle, c(165, 112, 70)),
    ("hot air balloon", Fam::Vehicle, c(235, 70, 80)),
    ("boat", Fam::Vehicle, c(200, 80, 60)),
    ("sailboat", Fam::Vehicle, c(70, 110, 190)),
    ("ship", Fam::Vehicle, c(150, 100, 70)),
    ("raft", Fam::Vehicle, c(190, 150, 100)),
    ("canoe", Fam::Vehicle, c(200, 120, 60)),
    ("airplane", Fam::Vehicle, c(240, 240, 245)),
    ("helicopter", Fam::Vehicle, c(240, 180, 50)),
    ("train", Fam::Vehicle, c(60, 130, 80)),
    ("bus", Fam::Vehicle, c(250, 200, 50)),
    ("car", Fam::Vehicle, c(220, 60, 60)),
    ("truck", Fam::Vehicle, c(70, 120, 200)),
    ("tractor", Fam::Vehicle, c(90, 170, 70)),
    ("bike", Fam::Vehicle, c(60, 140, 220)),
    ("scooter", Fam::Vehicle, c(240, 110, 160)),
    ("sled", Fam::Vehicle, c(200, 60, 50)),
    ("sleigh", Fam::Vehicle, c(190, 40, 50)),
    ("wagon", Fam::Vehicle, c(200, 70, 60)),
    // Small things.
    ("treasure chest", Fam::Object, c(160, 100, 50)),
    ("musical notes", Fam::Object, c(60, 50, 90)),
    ("wishing stone", Fam::Object, c(160, 190, 220)),
    ("balloon", Fam::Object, c(235, 70, 80)),
    ("kite", Fam::Object, c(240, 90, 120)),
    ("map", Fam::Object, c(240, 225, 180)),
    ("lantern", Fam::Object, c(250, 200, 80)),
    ("telescope", Fam::Object, c(190, 140, 60)),
    ("umbrella", Fam::Object, c(240, 90, 90)),
    ("compass", Fam::Object, c(200, 160, 70)),
    ("wand", Fam::Object, c(60, 50, 70)),
    ("drum", Fam::Object, c(220, 60, 60)),
    ("bucket", Fam::Object, c(60, 150, 230)),
    ("key", Fam::Object, c(240, 195, 60)),
    ("crown", Fam::Object, c(245, 200, 60)),
    ("egg", Fam::Object, c(250, 245, 230)),
    ("seashell", Fam::Object, c(250, 200, 190)),
    ("shell", Fam::Object, c(250, 215, 200)),
    ("crystal", Fam::Object, c(150, 210, 240)),
    ("storybook", Fam::Object, c(90, 120, 210)),
    ("book", Fam::Object, c(120, 80, 170)),
    ("cookie", Fam::Object, c(210, 160, 100)),
    ("ball", Fam::Object, c(240, 80, 80)),
    ("acorn", Fam::Object, c(170, 110, 60)),
    ("carrot", Fam::Object, c(245, 140, 40)),
    ("honey", Fam::Object, c(245, 180, 40)),
    ("bone", Fam::Object, c(245, 240, 225)),
    ("present", Fam::Object, c(230, 70, 110)),
    ("crayon", Fam::Object, c(70, 130, 230)),
    ("bell", Fam::Object, c(245, 200, 60)),
    ("feather", Fam::Object, c(120, 200, 220)),
    ("box", Fam::Object, c(200, 160, 110)),
    ("note", Fam::Object, c(250, 248, 235)),
    ("letter", Fam::Object, c(250, 245, 230)),
    ("footprint", Fam::Object, c(120, 90, 70)),
    ("mushroom", Fam::Object, c(225, 60, 60)),
    ("bottle", Fam::Object, c(140, 210, 190)),
    ("teacup", Fam::Object, c(130, 180, 230)),
    ("bubble", Fam::Object, c(210, 235, 250)),
    ("seaweed", Fam::Object, c(60, 160, 90)),
    ("clam", Fam::Object, c(200, 170, 200)),
    ("pearl", Fam::Object, c(250, 248, 255)),
    ("signpost", Fam::Object, c(170, 120, 70)),
    ("flower", Fam::Object, c(240, 110, 150)),
    ("grain", Fam::Object, c(230, 190, 90)),
    ("bread", Fam::Object, c(215, 150, 80)),
    ("basket", Fam::Object, c(190, 140, 80)),
    // A fish said as food ("two fish and five loaves", "a fish for dinner"): read from "fish" by `read.rs`.
    ("fish to eat", Fam::Object, c(200, 150, 90)),
    // "a basket of bread", "baskets of fish": read from the basket and its food by `read.rs`.
    ("basket of bread", Fam::Object, c(190, 140, 80)),
    ("basket of fish", Fam::Object, c(190, 140, 80)),
    ("jar", Fam::Object, c(200, 120, 80)),
    ("sling", Fam::Object, c(150, 100, 60)),
    ("stone", Fam::Object, c(160, 160, 165)),
    ("staff", Fam::Object, c(140, 95, 55)),
    ("ring", Fam::Object, c(245, 200, 60)),
    ("scepter", Fam::Object, c(245, 200, 60)),
    ("tambourine", Fam::Object, c(230, 190, 110)),
    ("coin", Fam::Object, c(245, 200, 60)),
    ("cushion", Fam::Object, c(170, 80, 160)),
    ("campfire", Fam::Object, c(250, 150, 40)),
    ("crater", Fam::Object, c(150, 145, 160)),
    // Big things at the back.
    ("treehouse", Fam::Big, c(170, 120, 70)),
    ("sandcastle", Fam::Big, c(240, 210, 140)),
    ("snowman", Fam::Big, c(250, 252, 255)),
    ("fort", Fam::Big, c(170, 130, 90)),
    ("tree", Fam::Big, c(80, 170, 80)),
    ("tunnel", Fam::Big, c(150, 140, 130)),
    ("door", Fam::Big, c(170, 100, 60)),
    ("lighthouse", Fam::Big, c(230, 70, 70)),
    ("castle", Fam::Big, c(200, 196, 210)),
    ("tower", Fam::Big, c(200, 196, 210)),
    ("palace", Fam::Big, c(240, 220, 170)),
    ("house", Fam::Big, c(250, 230, 190)),
    ("tent", Fam::Big, c(240, 150, 60)),
    ("throne", Fam::Big, c(240, 190, 60)),
    ("table", Fam::Big, c(170, 120, 75)),
    ("window", Fam::Big, c(200, 170, 120)),
    ("gate", Fam::Big, c(170, 130, 90)),
    ("wall", Fam::Big, c(210, 190, 150)),
    ("well", Fam::Big, c(170, 165, 160)),
    ("altar", Fam::Big, c(190, 180, 170)),
    ("manger", Fam::Big, c(190, 140, 80)),
    ("ramp", Fam::Big, c(170, 130, 90)),
    // In the sky.
    ("rainbow bridge", Fam::Sky, N),
    ("rainbow", Fam::Sky, N),
    ("moonbeam", Fam::Sky, c(250, 245, 200)),
    ("star", Fam::Sky, c(255, 220, 80)),
    ("moon", Fam::Sky, c(250, 244, 214)),
    ("sun", Fam::Sky, c(255, 222, 92)),
    ("cloud", Fam::Sky, c(255, 255, 255)),
    ("comet", Fam::Sky, c(255, 240, 190)),
    ("light", Fam::Sky, c(255, 245, 190)),
    // Worn.
    ("grey beard", Fam::Wear, c(175, 175, 175)),
    ("space suit", Fam::Wear, c(240, 242, 248)),
    ("bow tie", Fam::Wear, c(220, 60, 60)),
    ("t shirt", Fam::Wear, c(90, 150, 230)),
    ("bow", Fam::Wear, c(240, 90, 130)),
    ("scarf", Fam::Wear, c(220, 60, 60)),
    ("mittens", Fam::Wear, c(215, 60, 60)),
    ("hat", Fam::Wear, c(90, 80, 160)),
    ("backpack", Fam::Wear, c(230, 120, 50)),
    ("bandana", Fam::Wear, c(220, 60, 60)),
    ("raincoat", Fam::Wear, c(250, 200, 40)),
    ("jumper", Fam::Wear, c(80, 160, 95)),
    ("hoodie", Fam::Wear, c(120, 120, 200)),
    ("dungarees", Fam::Wear, c(70, 110, 180)),
    ("jacket", Fam::Wear, c(70, 100, 160)),
    ("cardigan", Fam::Wear, c(200, 130, 150)),
    ("shirt", Fam::Wear, c(240, 240, 235)),
    ("dress", Fam::Wear, c(240, 130, 190)),
    ("robe", Fam::Wear, c(200, 170, 130)),
    ("coat", Fam::Wear, c(170, 110, 70)),
    ("armour", Fam::Wear, c(200, 205, 215)),
    ("cape", Fam::Wear, c(215, 45, 50)),
    ("apron", Fam::Wear, c(240, 240, 240)),
    ("onesie", Fam::Wear, c(150, 200, 240)),
    ("outfit", Fam::Wear, c(240, 130, 190)),
    ("tail", Fam::Wear, c(60, 180, 170)),
    ("wings", Fam::Wear, c(210, 235, 255)),
    ("beard", Fam::Wear, c(120, 80, 50)),
    ("sweater", Fam::Wear, c(80, 160, 95)),
];

/// Plurals that do not just add "s" or "es".
const IRREGULAR: &[(&str, &str)] = &[
    ("mice", "mouse"),
    ("children", "child"),
    ("women", "woman"),
    ("men", "man"),
    ("geese", "goose"),
    ("wolves", "wolf"),
    ("shelves", "shelf"),
    ("people", "person"),
    ("crowd", "person"),
    ("crowds", "person"),
    ("family", "person"),
    ("families", "person"),
    ("teeth", "tooth"),
    ("loaves", "bread"),
    ("kids", "kid"),
    ("fishermen", "fisherman"),
    ("wise men", "wise man"),
    ("magi", "wise man"),
    ("fish to eat", "fish to eat"),
    ("baskets of bread", "basket of bread"),
    ("baskets of fish", "basket of fish"),
];

/// Nouns that are the same in the plural: a prompt's "sheep" may be many.
pub const SAME_PLURAL: &[&str] = &["sheep", "fish", "deer", "bread", "grain", "honey", "seaweed", "light", "armour"];

/// The catalogue entry for `noun` exactly.
pub fn entry(noun: &str) -> Option<(&'static str, Fam, Rgb)> {
    PEOPLE.iter().chain(NOUNS).find(|(n, _, _)| *n == noun).copied().or_else(|| crate::catalog_kin::entry(noun))
}

/// The singular of a plural word, when the singular is a known noun.
pub fn singular(word: &str) -> Option<&'static str> {
    if let Some((_, one)) = IRREGULAR.iter().find(|(many, _)| *many == word) {
        return entry(one).map(|e| e.0);
    }
    let tries = [
        word.strip_suffix("ies").map(|s| format!("{s}y")),
        word.strip_suffix("es").map(str::to_string),
        word.strip_suffix('s').map(str::to_string),
    ];
    tries.into_iter().flatten().find_map(|s| entry(&s).map(|e| e.0))
}

/// The plural a description uses.
pub fn plural(noun: &str) -> String {
    if let Some((many, _)) = IRREGULAR.iter().find(|(_, one)| *one == noun) {
        return (*many).to_string();
    }
    if SAME_PLURAL.contains(&noun) {
        return noun.to_string();
    }
    if let Some(stem) = noun.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        return format!("{stem}ies");
    }
    if noun.ends_with("sh") || noun.ends_with("ch") || noun.ends_with('x') || noun.ends_with('s') {
        return format!("{noun}es");
    }
    format!("{noun}s")
}
