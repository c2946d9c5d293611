//! Who can be in a story: every creature and person word a premise may use,
//! the kind the story calls it, what pronoun it brings, the colours it may be
//! painted in, and the names the storyteller invents (with their pronouns).

use super::Pron;

/// What sort of being a kind is: it decides how its look is described.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A child or grown-up: skin, hair and clothes.
    Person,
    /// Anything else: a colour and an accessory.
    Creature,
}

/// One word a premise may use for a character.
#[derive(Debug)]
pub struct Creature {
    /// The word in the premise ("mom").
    pub word: &'static str,
    /// The kind the story and the pictures use ("mum").
    pub kind: &'static str,
    pub pron: Pron,
    pub class: Class,
    /// Colours a creature may be painted; people use `looks.rs` instead.
    pub colours: &'static [&'static str],
    /// A family word ("sister", "grandma"): said as a relation in the text.
    pub role: Option<&'static str>,
    /// What the character is called when the premise gives no name ("Grandma").
    pub title: Option<&'static str>,
}

const fn a(word: &'static str, kind: &'static str, colours: &'static [&'static str]) -> Creature {
    Creature { word, kind, pron: Pron::They, class: Class::Creature, colours, role: None, title: None }
}

const fn p(word: &'static str, kind: &'static str, pron: Pron) -> Creature {
    Creature { word, kind, pron, class: Class::Person, colours: &[], role: None, title: None }
}

const fn fam(word: &'static str, kind: &'static str, pron: Pron, role: &'static str, title: Option<&'static str>) -> Creature {
    Creature { word, kind, pron, class: Class::Person, colours: &[], role: Some(role), title }
}

const FUR: &[&str] = &["brown", "white", "grey", "golden", "black and white"];
const BRIGHT: &[&str] = &["green", "blue", "purple", "red", "orange"];

pub const CREATURES: &[Creature] = &[
    // People.
    p("girl", "girl", Pron::She),
    p("boy", "boy", Pron::He),
    p("child", "child", Pron::They),
    p("kid", "child", Pron::They),
    p("baby", "baby", Pron::They),
    p("explorer", "explorer", Pron::They),
    p("princess", "princess", Pron::She),
    p("prince", "prince", Pron::He),
    p("queen", "queen", Pron::She),
    p("king", "king", Pron::He),
    p("knight", "knight", Pron::They),
    p("pirate", "pirate", Pron::They),
    p("astronaut", "astronaut", Pron::They),
    p("wizard", "wizard", Pron::They),
    p("witch", "witch", Pron::She),
    p("fairy", "fairy", Pron::She),
    p("mermaid", "mermaid", Pron::She),
    p("giant", "giant", Pron::They),
    p("chef", "chef", Pron::They),
    p("detective", "detective", Pron::They),
    p("superhero", "superhero", Pron::They),
    fam("sister", "girl", Pron::She, "sister", None),
    fam("brother", "boy", Pron::He, "brother", None),
    fam("mum", "mum", Pron::She, "mum", Some("Mum")),
    fam("mom", "mum", Pron::She, "mum", Some("Mum")),
    fam("mommy", "mum", Pron::She, "mum", Some("Mum")),
    fam("mummy", "mum", Pron::She, "mum", Some("Mum")),
    fam("mother", "mum", Pron::She, "mum", Some("Mum")),
    fam("mama", "mum", Pron::She, "mum", Some("Mum")),
    fam("dad", "dad", Pron::He, "dad", Some("Dad")),
    fam("daddy", "dad", Pron::He, "dad", Some("Dad")),
    fam("father", "dad", Pron::He, "dad", Some("Dad")),
    fam("papa", "dad", Pron::He, "dad", Some("Dad")),
    fam("grandma", "grandma", Pron::She, "grandma", Some("Grandma")),
    fam("granny", "grandma", Pron::She, "grandma", Some("Granny")),
    fam("nana", "grandma", Pron::She, "grandma", Some("Nana")),
    fam("grandmother", "grandma", Pron::She, "grandma", Some("Grandma")),
    fam("grandpa", "grandpa", Pron::He, "grandpa", Some("Grandpa")),
    fam("grandad", "grandpa", Pron::He, "grandpa", Some("Grandad")),
    fam("granddad", "grandpa", Pron::He, "grandpa", Some("Grandad")),
    fam("grandfather", "grandpa", Pron::He, "grandpa", Some("Grandpa")),
    fam("aunt", "aunt", Pron::She, "aunt", Some("Auntie")),
    fam("auntie", "aunt", Pron::She, "aunt", Some("Auntie")),
    fam("uncle", "uncle", Pron::He, "uncle", Some("Uncle")),
    // Machines and magic.
    a("robot", "robot", &["silver", "blue", "red", "yellow"]),
    a("dragon", "dragon", &["green", "purple", "red", "blue"]),
    a("unicorn", "unicorn", &["white", "pink", "lilac"]),
    a("dinosaur", "dinosaur", &["green", "orange", "blue", "purple"]),
    a("dino", "dinosaur", &["green", "orange", "blue", "purple"]),
    a("alien", "alien", &["green", "blue", "purple"]),
    a("monster", "monster", BRIGHT),
    a("ghost", "ghost", &["white", "pale blue"]),
    a("yeti", "yeti", &["white", "pale blue"]),
    a("troll", "troll", &["green", "brown"]),
    // Pets and woodland animals.
    a("bunny", "bunny", &["white", "brown", "grey", "golden"]),
    a("rabbit", "rabbit", &["white", "brown", "grey"]),
    a("cat", "cat", &["ginger", "black", "grey", "white", "tabby"]),
    a("kitten", "kitten", &["ginger", "black", "grey", "white", "tabby"]),
    a("kitty", "kitten", &["ginger", "black", "grey", "white"]),
    a("dog", "dog", FUR),
    a("puppy", "puppy", FUR),
    a("hamster", "hamster", &["golden", "white", "brown"]),
    a("bear", "bear", &["brown", "honey brown", "black"]),
    a("fox", "fox", &["orange", "red", "silver"]),
    a("owl", "owl", &["brown", "grey", "white", "snowy white"]),
    a("mouse", "mouse", &["grey", "brown", "white"]),
    a("squirrel", "squirrel", &["red", "grey", "brown"]),
    a("hedgehog", "hedgehog", &["brown", "sandy brown"]),
    a("badger", "badger", &["black and white", "grey"]),
    a("deer", "deer", &["brown", "golden brown"]),
    a("wolf", "wolf", &["grey", "silver", "white"]),
    a("raccoon", "raccoon", &["grey", "silver"]),
    a("otter", "otter", &["brown", "sleek brown"]),
    a("beaver", "beaver", &["brown"]),
    a("bat", "bat", &["brown", "black", "purple"]),
    // Farm animals.
    a("cow", "cow", &["black and white", "brown"]),
    a("pig", "pig", &["pink"]),
    a("piglet", "piglet", &["pink"]),
    a("sheep", "sheep", &["white", "fluffy white", "cream"]),
    a("lamb", "lamb", &["white", "fluffy white"]),
    a("goat", "goat", &["white", "brown", "grey"]),
    a("horse", "horse", &["brown", "white", "black", "chestnut"]),
    a("pony", "pony", &["brown", "white", "spotty grey"]),
    a("donkey", "donkey", &["grey", "brown"]),
    a("chicken", "chicken", &["white", "brown", "red"]),
    a("hen", "hen", &["white", "brown", "red"]),
    a("chick", "chick", &["yellow", "fluffy yellow"]),
    a("rooster", "rooster", &["red", "golden"]),
    a("duck", "duck", &["yellow", "white", "brown"]),
    a("duckling", "duckling", &["yellow", "fluffy yellow"]),
    a("goose", "goose", &["white", "grey"]),
    // Jungle, savanna and faraway animals.
    a("lion", "lion", &["golden", "sandy"]),
    a("tiger", "tiger", &["orange and black"]),
    a("elephant", "elephant", &["grey", "pale grey"]),
    a("giraffe", "giraffe", &["yellow and brown"]),
    a("zebra", "zebra", &["black and white"]),
    a("monkey", "monkey", &["brown", "golden brown"]),
    a("gorilla", "gorilla", &["black", "grey"]),
    a("sloth", "sloth", &["brown", "sandy brown"]),
    a("hippo", "hippo", &["grey", "purple grey"]),
    a("rhino", "rhino", &["grey"]),
    a("crocodile", "crocodile", &["green"]),
    a("snake", "snake", &["green", "yellow", "red and yellow"]),
    a("parrot", "parrot", &["red", "green", "blue and yellow"]),
    a("toucan", "toucan", &["black"]),
    a("panda", "panda", &["black and white"]),
    a("koala", "koala", &["grey"]),
    a("kangaroo", "kangaroo", &["brown", "sandy"]),
    a("camel", "camel", &["sandy", "brown"]),
    a("penguin", "penguin", &["black and white"]),
    a("seal", "seal", &["grey", "silver grey"]),
    a("walrus", "walrus", &["brown"]),
    // Sea creatures.
    a("crab", "crab", &["orange", "red"]),
    a("lobster", "lobster", &["red", "blue"]),
    a("fish", "fish", &["orange", "yellow", "blue", "stripy orange"]),
    a("whale", "whale", &["blue", "grey"]),
    a("dolphin", "dolphin", &["grey", "blue grey"]),
    a("shark", "shark", &["grey", "blue grey"]),
    a("octopus", "octopus", &["purple", "pink", "orange"]),
    a("starfish", "starfish", &["orange", "pink", "yellow"]),
    a("jellyfish", "jellyfish", &["pink", "purple", "see-through blue"]),
    a("seahorse", "seahorse", &["yellow", "orange", "pink"]),
    a("turtle", "turtle", &["green", "sea green"]),
    a("tortoise", "tortoise", &["brown", "olive green"]),
    a("frog", "frog", &["green", "bright green"]),
    // Insects, bugs and birds.
    a("snail", "snail", &["green", "brown", "yellow"]),
    a("butterfly", "butterfly", &["blue", "orange", "yellow", "purple"]),
    a("caterpillar", "caterpillar", &["green", "yellow and green"]),
    a("bee", "bee", &["yellow and black"]),
    a("ladybug", "ladybug", &["red", "red and black"]),
    a("ladybird", "ladybird", &["red", "red and black"]),
    a("ant", "ant", &["red", "black"]),
    a("beetle", "beetle", &["shiny green", "blue"]),
    a("spider", "spider", &["black", "brown"]),
    a("worm", "worm", &["pink"]),
    a("firefly", "firefly", &["yellow", "glowing yellow"]),
    a("dragonfly", "dragonfly", &["blue", "green"]),
    a("grasshopper", "grasshopper", &["green"]),
    a("bird", "bird", &["blue", "red", "yellow"]),
    a("snowman", "snowman", &["white"]),
    a("robin", "robin", &["brown and red"]),
    a("seagull", "seagull", &["white and grey"]),
    a("swan", "swan", &["white"]),
];

/// Irregular plurals: (plural, singular).
const PLURALS: &[(&str, &str)] =
    &[("mice", "mouse"), ("geese", "goose"), ("children", "child"), ("people", "child"), ("wolves", "wolf"), ("fairies", "fairy")];

/// The creature a word names, and whether the word was plural.
pub fn creature(low: &str) -> Option<(&'static Creature, bool)> {
    let singular = PLURALS.iter().find(|p| p.0 == low).map(|p| p.1);
    if let Some(s) = singular {
        return CREATURES.iter().find(|c| c.word == s).map(|c| (c, true));
    }
    CREATURES.iter().find_map(|c| {
        if low == c.word {
            return Some((c, false));
        }
        let plural = low == format!("{}s", c.word)
            || low == format!("{}es", c.word)
            || c.word.strip_suffix('y').is_some_and(|stem| low == format!("{stem}ies"));
        plural.then_some((c, true))
    })
}

/// The person creature of kind `kind` ("girl"), for characters the storyteller adds.
pub fn person(kind: &str) -> Option<&'static Creature> {
    CREATURES.iter().find(|c| c.word == kind)
}

/// Names whose pronoun is known (a family's names included when common).
pub const GIRL_NAMES: &[&str] = &[
    "Mia", "Zoe", "Ana", "Anna", "Emma", "Lily", "Ella", "Ava", "Sofia", "Sophie", "Olivia", "Isla", "Rose", "Ruby", "Pearl", "Luna",
    "Poppy", "Maya", "Chloe", "Grace", "Amelia", "Evie", "Freya", "Hannah", "Lucy", "Sara", "Sarah", "Nora", "Alice", "Daisy", "Ivy",
    "Hazel", "Tilly", "Rosie", "Wren", "Maple", "Juniper", "Lila", "Zara", "Layla", "Aria", "Eva", "Clara", "Elsa", "Molly", "Holly",
    "Emily", "Maria", "Mila", "Nina", "Ellie", "Millie", "Esme", "Iris", "Violet", "Leah",
];
pub const BOY_NAMES: &[&str] = &[
    "Leo", "Noah", "Ben", "Max", "Teddy", "Tom", "Jack", "Oliver", "Ollie", "Finn", "Milo", "Otto", "Theo", "Liam", "Lucas", "Jacob",
    "Harry", "Oscar", "Alfie", "Arlo", "Ezra", "Jude", "Kai", "Luca", "Henry", "George", "Arthur", "Freddie", "Louis", "Adam", "Daniel",
    "David", "Nico", "Bo", "Ziggy", "Otis", "Felix", "Hugo", "Eli", "Owen", "Ethan", "Mason", "Logan", "Ryan", "James", "Joe", "Omar",
    "Rex", "Toby", "Bear",
];

/// The pronoun a name brings, when it is a known name.
pub fn name_pron(name: &str) -> Option<Pron> {
    if GIRL_NAMES.iter().any(|n| n.eq_ignore_ascii_case(name)) {
        Some(Pron::She)
    } else if BOY_NAMES.iter().any(|n| n.eq_ignore_ascii_case(name)) {
        Some(Pron::He)
    } else {
        None
    }
}

pub use super::names::{KID_NAMES, PET_NAMES};

/// Kinds for an invented hero when the premise names no one.
pub const HERO_KINDS: &[&str] = &["bunny", "fox", "bear", "mouse", "hedgehog", "kitten", "puppy", "otter", "girl", "boy"];

/// Companions the storyteller invents when the premise names only one
/// character: (kind, adjective), by realm.
pub const FRIENDS_LAND: &[(&str, &str)] = &[
    ("owl", "wise old"),
    ("squirrel", "chatty"),
    ("firefly", "giggly"),
    ("puppy", "bouncy"),
    ("snail", "shy"),
    ("tortoise", "slow and steady"),
];
pub const FRIENDS_WATER: &[(&str, &str)] = &[
    ("fish", "bright little"),
    ("crab", "clicky"),
    ("seal", "playful"),
    ("turtle", "gentle"),
    ("seahorse", "tiny"),
    ("seagull", "chatty"),
];
pub const FRIENDS_SPACE: &[(&str, &str)] = &[("robot", "helpful"), ("alien", "giggly"), ("owl", "sleepy")];
