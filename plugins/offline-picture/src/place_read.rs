//! Which place a prompt names. Enclosed places are read first from the words
//! around them ("inside a big fish", "in a palace", "a prison cell", "a boat
//! tossed by big waves"), a house only when someone is in it ("in a small
//! house", not "outside their house" or "the road home"); then single place
//! words, the first found winning; a meadow when nothing names a place.

use crate::place::Place;

/// Phrases that name an enclosed or special place, checked before the single words.
const PHRASES: &[(&[&str], Place)] = &[
    (
        &[
            "inside a big fish",
            "inside the big fish",
            "inside a great fish",
            "inside the great fish",
            "inside a fish",
            "inside the fish",
            "inside a whale",
            "inside the whale",
            "inside the big whale",
            "inside a big whale",
            "belly of",
            "in the belly",
            "fish s belly",
            "whale s belly",
        ],
        Place::Belly,
    ),
    (&["inside the ark", "in the ark", "inside the boat", "inside the big wooden boat", "inside a big wooden boat"], Place::Hold),
    (
        &[
            "walls of water",
            "walls of blue water",
            "water parts",
            "sea parts",
            "sea parted",
            "parted the sea",
            "parting the sea",
            "red sea",
            // Walking "through the sea" is on its dry floor between the walls, not on the water.
            "walking through the sea",
            "walked through the sea",
            "walk through the sea",
            "crossing through the sea",
            "dry ground through the sea",
            "dry land through the sea",
            "through the middle of the sea",
        ],
        Place::Parted,
    ),
    (
        &["inside a big tent", "inside a tent", "inside the tent", "inside his tent", "in a big tent", "in the tent", "in his tent"],
        Place::TentInside,
    ),
    (
        &[
            "throne",
            "throne room",
            "in a palace",
            "in the palace",
            "in his palace",
            "in her palace",
            "grand palace",
            "great stone palace",
            "palace room",
            "palace window",
            "palace hall",
            "royal hall",
            "great feast",
        ],
        Place::ThroneRoom,
    ),
    (&["prison", "dungeon", "jail", "prison cell"], Place::Prison),
    (&["temple", "synagogue"], Place::Temple),
];

/// A storm on the water: one of these with one of the water words.
const STORMY: &[&str] =
    &["storm", "stormy", "tossed", "thunder", "lightning", "huge waves", "great wind", "wild waves", "raging", "thrown into the sea"];
/// A boat with these words is afloat on the flood.
const FLOOD: &[&str] = &[
    "flood",
    "flooded",
    "floodwater",
    "floodwaters",
    "floating",
    "floated",
    "floats",
    "water rose",
    "waters rose",
    "water rising",
    "rain",
    "raining",
    "rained",
    "rainy",
    "downpour",
    "flying back to",
    "flew back to",
    "sent out",
    "over the water",
];
const RAIN: &[&str] = &["rain", "raining", "rained", "rainy", "downpour"];
const HULLS: &[&str] = &["boat", "ark", "ship", "big wooden boat"];
const WATERY: &[&str] = &["sea", "lake", "boat", "ship", "waves", "ocean"];

/// Rooms that are always indoors.
const ROOMS: &[&str] = &["bedroom", "kitchen", "room", "library", "classroom", "bakery", "attic", "nursery"];
/// Buildings that are indoors only when someone is in them.
const HOUSES: &[&str] = &["house", "home", "cottage", "farmhouse", "hut", "inn"];
/// Indoor things said with where they are ("at a table", "by an open window"); the wise men come into the house where the child is (Matthew 2:11): "offering gifts to a little child on Mary's lap".
const INDOOR_SAYINGS: &[&str] = &[
    "at a table",
    "at the table",
    "by a window",
    "by an open window",
    "by the window",
    "outside the window",
    "on mary s lap",
    "offering gifts",
    "offering their gifts",
];

/// (words, place), the first found wins.
const WORDS: &[(&[&str], Place)] = &[
    (
        &["under the sea", "under the water", "underwater", "coral reef", "seabed", "ocean floor", "under the ocean", "reef"],
        Place::Underwater,
    ),
    (&["on the moon", "to the moon", "moon base", "lunar", "grey moon", "moon with round craters", "craters"], Place::Moon),
    (&["outer space", "in space", "through space", "planet", "galaxy", "spaceship", "among the stars"], Place::Space),
    (&["lighthouse"], Place::Lighthouse),
    (&["palace"], Place::Palace),
    (&["castle", "tower"], Place::Castle),
    (&["stable", "manger"], Place::Stable),
    (&["cave", "cavern"], Place::Cave),
    (&["den", "pit"], Place::Den),
    (&["campsite", "campfire", "camping", "tent"], Place::Campsite),
    (&["zoo", "zoos", "safari park", "animal enclosures"], Place::Zoo),
    (&["jungle", "rainforest"], Place::Jungle),
    (&["snow", "snowy", "ice", "icy", "winter", "arctic", "igloo", "snowman"], Place::Snow),
    (&["desert", "dunes", "dune", "wilderness"], Place::Desert),
    (&["beach", "sand", "sandy", "shore", "seaside", "sandcastle", "island", "harbour", "harbor"], Place::Beach),
    (&["lake", "pond", "lily pad", "lakeside"], Place::Lake),
    (&["river", "stream", "riverbank", "nile", "river bank", "reeds", "brook"], Place::River),
    (&["sea", "ocean", "waves", "on the water", "over the water", "across the water", "flood", "floodwaters"], Place::Sea),
    (&["forest", "woods", "wood", "trees"], Place::Forest),
    (&["farm", "barn", "farmyard", "field", "fields"], Place::Farm),
    (&["town", "city", "street", "village", "market", "streets"], Place::Town),
    (&["garden", "park", "backyard", "yard", "courtyard"], Place::Garden),
    (&["hills", "hill", "hillside", "mountain", "mountains", "valley"], Place::Hills),
    (&["school"], Place::Indoors),
    (&["night sky", "starry sky", "stars"], Place::NightSky),
    (&["meadow", "grass", "flowers"], Place::Meadow),
];

/// Words said up to the moon in the sky: "goodnight to the moon" is no trip to the moon.
const SPOKEN: &[&str] = &[
    "goodnight",
    "hello",
    "goodbye",
    "bye",
    "waving",
    "waved",
    "wave",
    "whispering",
    "whispered",
    "whisper",
    "singing",
    "sang",
    "sing",
    "talking",
    "talked",
    "talk",
    "calling",
    "called",
    "smiling",
    "smiled",
    "said",
    "saying",
    "night",
];

impl Place {
    /// The place `lower` (lower-case words with a space either side) names; a meadow when none.
    pub fn read(lower: &str) -> Place {
        // "whispering goodnight to the moon": said to the moon in the sky, not a trip there.
        let spoken =
            SPOKEN.iter().fold(lower.to_string(), |l, v| l.replace(&format!(" {v} to the moon "), &format!(" {v} up at the moon ")));
        // An ice cream is no ice: no snow for "a girl with an ice cream".
        let spoken = spoken.replace(" ice cream ", " icecream ").replace(" ice creams ", " icecreams ");
        let lower = spoken.as_str();
        let has = |k: &str| lower.contains(&format!(" {k} "));
        // "a man sitting safely inside it" when it is a big fish.
        if has("inside it") && (has("fish") || has("whale")) {
            return Place::Belly;
        }
        if let Some((_, place)) = PHRASES.iter().find(|(keys, _)| keys.iter().any(|k| has(k))) {
            // "a palace garden", "the palace gate": outside the palace.
            let outside = ["palace garden", "palace gate", "palace courtyard"].iter().any(|k| has(k));
            if !(outside && *place == Place::ThroneRoom && !has("throne")) {
                return *place;
            }
        }
        // "a twisty staircase inside a lighthouse": drawn from inside, not the beach.
        if crate::tower_inside::inside(lower) {
            return Place::TowerInside;
        }
        if STORMY.iter().any(|k| has(k)) && WATERY.iter().any(|k| has(k)) && !has("calm") {
            return Place::Storm;
        }
        // The ark or a boat in the flood or the rain is out on the water: in a storm when it rains.
        if HULLS.iter().any(|k| has(k)) && FLOOD.iter().any(|k| has(k)) && !has("dry") {
            return if RAIN.iter().any(|k| has(k)) { Place::Storm } else { Place::Sea };
        }
        if ROOMS.iter().any(|k| has(k)) || indoors(lower) {
            return Place::Indoors;
        }
        // "at a table in a busy town street" is the street; "at a table" alone is a room.
        // "by the sparkling sea": on the shore; "a sparkle under the water" seen from there is no dive under it.
        let shore = on_shore(lower);
        let said = WORDS
            .iter()
            .filter(|w| !(shore && w.1 == Place::Underwater))
            .find(|(keys, _)| keys.iter().any(|k| has(k)))
            .map(|w| if shore && w.1 == Place::Sea { Place::Beach } else { w.1 });
        said.unwrap_or(if INDOOR_SAYINGS.iter().any(|k| has(k)) { Place::Indoors } else { Place::Meadow })
    }
}

/// Someone is in a house: "in a small house", "into his house", not "outside their house".
fn indoors(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.iter().enumerate().filter(|(_, w)| HOUSES.contains(w)).any(|(i, _)| {
        words[i.saturating_sub(4)..i]
            .iter()
            .rev()
            .take_while(|w| !matches!(**w, "outside" | "beside" | "near" | "by" | "towards" | "past" | "to" | "of" | "from"))
            .any(|w| matches!(*w, "in" | "into" | "inside"))
    })
}

/// "by the sea", "beside the sparkling blue sea", "at the ocean": they are on the shore beside it.
fn on_shore(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.iter().enumerate().filter(|(_, w)| matches!(**w, "sea" | "ocean")).any(|(i, _)| {
        let before = &words[i.saturating_sub(5)..i];
        before.iter().rposition(|w| matches!(*w, "the" | "a")).is_some_and(|t| {
            t > 0
                && matches!(before[t - 1], "by" | "at" | "beside" | "near" | "along")
                && before[t + 1..].iter().all(|w| !matches!(*w, "in" | "on" | "under" | "into"))
        })
    })
}
