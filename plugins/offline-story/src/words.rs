//! Word tables for reading a premise: creatures, places, treasures, times of
//! day, and the fallbacks used when the premise does not name them.

/// Which family of places a story happens in; it decides which discoveries fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Realm {
    Land,
    Water,
    Space,
}

/// Pronouns for the hero.
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

/// (word in the premise, kind used in the story, pronoun hint).
pub const CREATURES: &[(&str, &str, Pron)] = &[
    ("bunny", "bunny", Pron::They),
    ("rabbit", "rabbit", Pron::They),
    ("cat", "cat", Pron::They),
    ("kitten", "kitten", Pron::They),
    ("kitty", "kitten", Pron::They),
    ("dog", "dog", Pron::They),
    ("puppy", "puppy", Pron::They),
    ("bear", "bear", Pron::They),
    ("fox", "fox", Pron::They),
    ("owl", "owl", Pron::They),
    ("mouse", "mouse", Pron::They),
    ("mice", "mouse", Pron::They),
    ("dragon", "dragon", Pron::They),
    ("unicorn", "unicorn", Pron::They),
    ("robot", "robot", Pron::They),
    ("dinosaur", "dinosaur", Pron::They),
    ("dino", "dinosaur", Pron::They),
    ("penguin", "penguin", Pron::They),
    ("elephant", "elephant", Pron::They),
    ("lion", "lion", Pron::They),
    ("tiger", "tiger", Pron::They),
    ("monkey", "monkey", Pron::They),
    ("frog", "frog", Pron::They),
    ("turtle", "turtle", Pron::They),
    ("duck", "duck", Pron::They),
    ("pig", "pig", Pron::They),
    ("piglet", "piglet", Pron::They),
    ("horse", "horse", Pron::They),
    ("pony", "pony", Pron::They),
    ("squirrel", "squirrel", Pron::They),
    ("hedgehog", "hedgehog", Pron::They),
    ("panda", "panda", Pron::They),
    ("koala", "koala", Pron::They),
    ("giraffe", "giraffe", Pron::They),
    ("whale", "whale", Pron::They),
    ("dolphin", "dolphin", Pron::They),
    ("octopus", "octopus", Pron::They),
    ("fish", "fish", Pron::They),
    ("bird", "bird", Pron::They),
    ("butterfly", "butterfly", Pron::They),
    ("bee", "bee", Pron::They),
    ("ladybug", "ladybug", Pron::They),
    ("snail", "snail", Pron::They),
    ("deer", "deer", Pron::They),
    ("wolf", "wolf", Pron::They),
    ("hippo", "hippo", Pron::They),
    ("otter", "otter", Pron::They),
    ("raccoon", "raccoon", Pron::They),
    ("sloth", "sloth", Pron::They),
    ("alien", "alien", Pron::They),
    ("monster", "monster", Pron::They),
    ("ghost", "ghost", Pron::They),
    ("giant", "giant", Pron::They),
    ("fairy", "fairy", Pron::They),
    ("wizard", "wizard", Pron::They),
    ("pirate", "pirate", Pron::They),
    ("knight", "knight", Pron::They),
    ("astronaut", "astronaut", Pron::They),
    ("explorer", "explorer", Pron::They),
    ("chef", "chef", Pron::They),
    ("detective", "detective", Pron::They),
    ("superhero", "superhero", Pron::They),
    ("child", "child", Pron::They),
    ("kid", "kid", Pron::They),
    ("princess", "princess", Pron::She),
    ("queen", "queen", Pron::She),
    ("mermaid", "mermaid", Pron::She),
    ("witch", "witch", Pron::She),
    ("girl", "girl", Pron::She),
    ("prince", "prince", Pron::He),
    ("king", "king", Pron::He),
    ("boy", "boy", Pron::He),
];

/// A place a story can happen in.
#[derive(Debug)]
pub struct Place {
    /// Premise words that choose it.
    pub words: &'static [&'static str],
    /// How the story names it ("the sandy beach").
    pub name: &'static str,
    /// The preposition before the name ("on").
    pub prep: &'static str,
    /// What a picture shows ("a sandy beach by the sea").
    pub visual: &'static str,
    /// Word for the title ("Beach").
    pub title: &'static str,
    pub realm: Realm,
}

const fn place(
    words: &'static [&'static str],
    prep: &'static str,
    name: &'static str,
    visual: &'static str,
    title: &'static str,
    realm: Realm,
) -> Place {
    Place { words, name, prep, visual, title, realm }
}

pub const PLACES: &[Place] = &[
    place(
        &["space", "rocket", "planet", "galaxy", "spaceship", "astronaut", "mars"],
        "in",
        "outer space",
        "outer space with planets and stars",
        "Stars",
        Realm::Space,
    ),
    place(&["underwater", "reef", "coral"], "by", "the coral reef", "a coral reef under the sea", "Coral Reef", Realm::Water),
    place(&["sea", "ocean", "waves"], "by", "the sparkling sea", "the sea with a little boat", "Sea", Realm::Water),
    place(&["beach", "sand", "shore", "seaside"], "on", "the sandy beach", "a sandy beach by the sea", "Beach", Realm::Water),
    place(&["island"], "on", "a little green island", "a little island in the sea", "Island", Realm::Water),
    place(&["lake", "pond"], "by", "the quiet lake", "a lake", "Lake", Realm::Water),
    place(&["river", "stream"], "by", "the winding river", "a river", "River", Realm::Water),
    place(&["castle", "palace", "kingdom", "tower"], "in", "the old stone castle", "a castle", "Castle", Realm::Land),
    place(&["forest", "woods", "wood", "trees", "jungle"], "in", "the Whispering Woods", "a forest of tall trees", "Forest", Realm::Land),
    place(&["garden"], "in", "the secret garden", "a garden full of flowers", "Garden", Realm::Land),
    place(&["meadow", "field", "flowers", "park"], "in", "the sunny meadow", "a meadow with flowers and grass", "Meadow", Realm::Land),
    place(&["mountain", "mountains", "hill", "hills"], "on", "Pebble Mountain", "a tall mountain", "Mountain", Realm::Land),
    place(&["snow", "snowy", "ice", "winter", "arctic"], "in", "the snowy hills", "snowy hills with snow", "Snow", Realm::Land),
    place(&["cave"], "in", "the echoing cave", "a cave in a hill", "Cave", Realm::Land),
    place(&["desert"], "in", "the golden desert", "a sandy desert", "Desert", Realm::Land),
    place(&["farm", "barn"], "on", "the big red farm", "a farm with a red barn house", "Farm", Realm::Land),
    place(
        &["city", "town", "village", "school", "library", "bakery"],
        "in",
        "the busy little town",
        "a little town with houses",
        "Town",
        Realm::Land,
    ),
    place(&["house", "attic", "bedroom"], "in", "the cozy old house", "a cozy house", "House", Realm::Land),
    place(&["sky", "clouds", "cloud", "balloon"], "in", "the sky above the clouds", "the sky with fluffy clouds", "Sky", Realm::Land),
];

/// Title words of the places used for premises that name none.
pub const FALLBACK_PLACES: &[&str] = &["Forest", "Garden", "Meadow", "Mountain", "Castle", "Sea"];

/// (premise words, the thing to find, what a picture shows, title words).
pub type Treasure = (&'static [&'static str], &'static str, &'static str, &'static str);

pub const TREASURES: &[Treasure] = &[
    (&["treasure", "gold", "chest", "pirate"], "the hidden treasure", "a treasure chest full of gold", "Hidden Treasure"),
    (&["map"], "the treasure at the end of the map", "a treasure chest", "Treasure Map"),
    (&["key"], "the golden key", "a golden key", "Golden Key"),
    (&["crown"], "the lost crown", "a golden crown", "Lost Crown"),
    (&["star", "stars"], "the fallen star", "a glowing star", "Fallen Star"),
    (&["egg"], "the mysterious egg", "a big spotted egg", "Mysterious Egg"),
    (&["shell", "seashell"], "the singing seashell", "a pink seashell", "Singing Seashell"),
    (&["gem", "jewel", "diamond", "crystal"], "the rainbow crystal", "a sparkling crystal", "Rainbow Crystal"),
    (&["lantern", "lamp", "light"], "the magic lantern", "a glowing lantern", "Magic Lantern"),
    (&["book", "books", "library"], "the lost storybook", "an old storybook", "Lost Storybook"),
    (&["cake", "cookie", "cookies", "pie", "cupcake", "bakery"], "the missing cookie jar", "a jar of cookies", "Missing Cookie Jar"),
    (&["balloon"], "the runaway balloon", "a red balloon", "Runaway Balloon"),
    (&["kite"], "the runaway kite", "a red kite", "Runaway Kite"),
    (&["ball"], "the bouncy red ball", "a red ball", "Bouncy Ball"),
    (&["hat"], "the magic hat", "a tall magic hat", "Magic Hat"),
    (&["wand", "magic", "spell"], "the magic wand", "a sparkly wand", "Magic Wand"),
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

/// Invented heroes: (name, pronoun).
pub const HERO_NAMES: &[(&str, Pron)] = &[
    ("Luna", Pron::She),
    ("Milo", Pron::He),
    ("Poppy", Pron::She),
    ("Otto", Pron::He),
    ("Tilly", Pron::She),
    ("Finn", Pron::He),
    ("Hazel", Pron::She),
    ("Ziggy", Pron::He),
    ("Rosie", Pron::She),
    ("Bo", Pron::He),
    ("Maple", Pron::She),
    ("Nico", Pron::He),
    ("Wren", Pron::She),
    ("Ollie", Pron::He),
    ("Juniper", Pron::She),
    ("Teddy", Pron::He),
];

/// Kinds for invented heroes.
pub const HERO_KINDS: &[&str] = &["bunny", "fox", "bear cub", "mouse", "hedgehog", "kitten", "puppy", "otter"];

/// Adjectives for heroes the premise does not describe.
pub const HERO_ADJS: &[&str] = &["curious", "brave", "kind", "cheerful", "clever", "gentle", "bouncy", "friendly", "giggly", "little"];

/// Names for companions: (name, kind, description), by realm.
pub const FRIENDS_LAND: &[(&str, &str, &str)] = &[
    ("Hoot", "owl", "wise old"),
    ("Nutmeg", "squirrel", "chatty"),
    ("Flicker", "firefly", "giggly"),
    ("Biscuit", "puppy", "bouncy"),
    ("Sprout", "snail", "shy"),
    ("Pebble", "tortoise", "slow and steady"),
];
pub const FRIENDS_WATER: &[(&str, &str, &str)] =
    &[("Bubbles", "fish", "bright orange"), ("Shelly", "crab", "clicky"), ("Splash", "seal", "playful"), ("Pearl", "turtle", "gentle")];
pub const FRIENDS_SPACE: &[(&str, &str, &str)] =
    &[("Beep", "robot", "helpful"), ("Zorp", "alien", "giggly green"), ("Twinkle", "star", "little"), ("Comet", "space puppy", "zippy")];

/// Names for companions the premise mentions without naming.
pub const FRIEND_NAMES: &[&str] = &["Pickle", "Dot", "Button", "Noodle", "Sunny", "Jellybean", "Pip", "Fig"];

/// Hobbies for the opening.
pub const HOBBIES: &[&str] = &[
    "counting clouds",
    "humming silly songs",
    "collecting shiny pebbles",
    "telling jokes to anyone who would listen",
    "making up stories",
    "splashing in puddles",
    "drawing pictures of faraway places",
    "baking crumbly cookies",
];

/// Capitalised words that are not names.
pub const NOT_NAMES: &[&str] = &[
    "a",
    "an",
    "the",
    "once",
    "tell",
    "write",
    "make",
    "story",
    "my",
    "our",
    "in",
    "on",
    "at",
    "when",
    "there",
    "one",
    "two",
    "three",
    "please",
    "about",
    "how",
    "why",
    "what",
    "this",
    "that",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "can",
    "could",
    "would",
    "let",
    "lets",
    "today",
    "every",
    "some",
    "with",
    "after",
    "before",
    "if",
    "grandma",
    "grandpa",
    "mom",
    "mum",
    "dad",
    "mommy",
    "daddy",
    "mama",
    "papa",
    "granny",
    "nana",
    "santa",
    "christmas",
    "halloween",
    "easter",
    "earth",
    "mars",
    "jupiter",
    "saturn",
    "venus",
    "moon",
    "sun",
    "and",
    "but",
    "so",
    "his",
    "her",
    "their",
    "where",
    "who",
    "all",
    "big",
    "little",
    "little",
    "magic",
    "new",
    "best",
];

/// Verbs that show a premise is a sentence, not a noun phrase.
pub const SENTENCE_VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "goes",
    "go",
    "went",
    "finds",
    "find",
    "explores",
    "explore",
    "visits",
    "visit",
    "meets",
    "meet",
    "learns",
    "learn",
    "lives",
    "live",
    "flies",
    "fly",
    "sails",
    "travels",
    "looks",
    "searches",
    "wants",
    "want",
    "tries",
    "gets",
    "loses",
    "has",
    "have",
    "had",
    "builds",
    "saves",
    "helps",
    "discovers",
];

/// Verbs that may follow a name at the start of a premise ("Mia goes ...").
pub const NAME_VERBS: &[&str] = &[
    "and",
    "is",
    "was",
    "has",
    "had",
    "can",
    "will",
    "wants",
    "goes",
    "went",
    "finds",
    "found",
    "meets",
    "met",
    "visits",
    "loves",
    "learns",
    "builds",
    "explores",
    "discovers",
    "gets",
    "makes",
    "takes",
    "saves",
    "helps",
];

/// Words directly before a creature that are not adjectives.
pub const NOT_ADJS: &[&str] = &[
    "a", "an", "the", "my", "her", "his", "their", "our", "your", "and", "of", "with", "to", "named", "called", "some", "one", "two",
    "three", "about", "who", "for", "its", "is", "was", "story", "me", "by", "from",
];
