//! A fear's arc, fitted to what the hero is afraid of: scene 1 names the
//! fear (`situation.rs`), each middle scene takes the next real small step
//! in order (a friend close and a little light, listening to the night's
//! sounds, peeking out a little at a time, learning the stars' names; a toe
//! in the water before a paddle; one rung before the next), and the ending
//! faces the fear with what those steps taught.

/// What kind of fear it is, read from what the premise says the hero fears.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fear {
    Dark,
    Water,
    Heights,
    Storm,
    /// Spiders, dogs, the vacuum cleaner: anything else.
    Other,
}

/// The kind of the fear of `what` ("the dark", "the waves", "thunder and lightning").
pub fn kind(what: &str) -> Fear {
    let has = |words: &[&str]| what.split(|c: char| !c.is_alphanumeric()).any(|w| words.contains(&w));
    if has(&["dark", "night", "nighttime", "shadows", "shadow"]) {
        Fear::Dark
    } else if has(&["thunder", "lightning", "storm", "storms", "thunderstorms", "wind", "noise", "noises", "loud"]) {
        Fear::Storm
    } else if has(&["water", "bath", "baths", "waves", "wave", "sea", "ocean", "swimming", "pool", "lake", "river", "splashing"]) {
        Fear::Water
    } else if has(&["heights", "high", "height", "climbing", "flying", "falling", "ladders", "ladder", "tall", "top"]) {
        Fear::Heights
    } else {
        Fear::Other
    }
}

/// The dark's steps, with a lantern: named, a light, the night's sounds, a peek, the stars.
const DARK_LANTERN: &[&str] = &[
    "{friend} sat down close beside {name}. \"Tell me about it,\" {friend} said softly. \"I'm scared of the dark,\" {name} whispered. Saying it out loud made it feel a tiny bit smaller.",
    "{friend} found a little lantern and lit it. Its warm, golden glow made a cosy circle all around them. Inside the circle, the dark did not seem so big.",
    "They sat very still in the lantern's glow and listened. \"Hoo-hoo, that's an owl saying goodnight,\" whispered {friend}. \"And that chirp is a cricket.\" The night sounds were only friends.",
    "{name} peeked out past the lantern, just a little at a time: one quick look, then a longer one. Out there were the very same trees and paths as in the daytime, only sleepy.",
    "{friend} pointed up at the sky. \"That bright one is the North Star, and those seven make the Big Dipper.\" {name} said the names back, one by one, and found each star again.",
];

/// The dark's steps, with a glow-worm's light.
const DARK_GLOW: &[&str] = &[
    "{name} told {friend} the secret at last: \"I'm scared of the dark.\" {friend} scooted up close. \"Lots of us are, at first,\" {friend} said. \"Let's find out what is in it.\"",
    "A tiny glow-worm came twinkling by. \"I'll light the way for you,\" it said, and it settled close to {name}, glowing soft and green. A little light made the dark much friendlier.",
    "By the glow-worm's light they listened to the night. \"That rustle is a hedgehog,\" said {friend}. \"That splash is a frog.\" Each sound had a friendly name.",
    "{name} took a peek into the dark, then another, a little farther each time. There were the same flowers and stones as in the day, just resting.",
    "The glow-worm flew up high. \"Look! Those stars make the Big Dipper, and that one is the North Star,\" said {friend}. {name} whispered their names, and the stars seemed to twinkle back.",
];

/// The water's steps: named, a toe, the shallow edge side by side, a splash, floating.
const WATER: &[&str] = &[
    "{name} told {friend} the truth: \"The water looks so big, and I feel so small.\" {friend} nodded. \"Then let's start very, very small.\"",
    "At the very edge of the water, {name} dipped in just one toe. It was cool and tickly, and nothing bad happened at all. Then, very slowly, a second toe.",
    "{friend} stood right beside {name} at the edge, where the water was shallow. They counted to three together and took one more little step in.",
    "{name} made a tiny splash, and then a bigger one. Drops sparkled everywhere, and {name} laughed out loud before remembering to be scared.",
    "\"Lie back, I've got you,\" said {friend}. {name} lay back, and the water held {them} up, gentle and rocking, like a soft bed.",
];

/// The heights' steps: named, one step up, the next, a peek from a little way up.
const HEIGHTS: &[&str] = &[
    "\"Looking down makes my tummy flip,\" {name} told {friend}. \"Then don't look down yet,\" said {friend}. \"Just look at the very next step.\"",
    "{friend} found a little ladder leaning against a big tree. {name} went up just one rung, then stopped and held on tight. {friend} was right there, saying, \"You're doing it!\"",
    "One more rung, and then one more. {name} kept looking at the next rung and breathed slowly: in, and out.",
    "From a little way up, {name} peeked out. The world below looked small and neat, like a toy town, and the breeze was soft and kind.",
];

/// A storm's steps: named, a cosy den, counting between flash and rumble, drumming along.
const STORM: &[&str] = &[
    "\"I'm scared of thunder. It's so loud,\" {name} whispered to {friend}. {friend} sat up close. \"It is loud,\" said {friend}. \"But loud is not the same as dangerous.\"",
    "Then grey clouds rolled in, and the rain began. {name} and {friend} made a cosy den under a big blanket and listened to it pattering. Pitter-patter. It sounded almost like a song.",
    "When the lightning flashed, they counted together: one, two, three, four... Rumble! \"The bigger the number, the farther away the storm is,\" said {friend}.",
    "{name} drummed on a pot along with the thunder: boom, boom, boom! \"The storm is just the sky playing its big drum,\" {name} giggled.",
];

/// Any other fear's steps: named, a book about it, watching it from a safe spot, a step closer.
const OTHER: &[&str] = &[
    "{name} told {friend} all about it: \"I'm scared of {what}.\" {friend} listened and nodded. Saying it out loud made it feel a tiny bit smaller.",
    "{friend} found a picture book about {what}, and they looked at it together, one page at a time. Some of the pictures were even funny.",
    "{name} watched {what} from a safe spot, with {friend} close by. Nothing bad happened. So {name} watched a little longer.",
    "{name} took one small step closer, and then another. {friend} stayed right beside {name} the whole time.",
];

/// The arc of steps for the fear of `what`, by the story's seed where it has two.
pub fn arc(what: &str, seed: u64) -> &'static [&'static str] {
    match kind(what) {
        Fear::Dark if seed.is_multiple_of(2) => DARK_LANTERN,
        Fear::Dark => DARK_GLOW,
        Fear::Water => WATER,
        Fear::Heights => HEIGHTS,
        Fear::Storm => STORM,
        Fear::Other => OTHER,
    }
}

/// Practice after the arc's last step, for a long story.
pub const PRACTICE: &[&str] = &[
    "{name} practised being brave: a deep breath in, and a slow breath out.",
    "{name} remembered that {friend} was right there. Being scared is easier with a friend.",
    "{name} whispered, \"I am a little bit scared of {what}, and that is all right.\"",
];

/// The step of middle scene `k` (0 for scene 2): the arc's steps in order,
/// then practice once they are all told.
pub fn step(what: &str, seed: u64, k: usize) -> Option<&'static str> {
    arc(what, seed).get(k).copied()
}

/// The ending: the fear faced with what the steps taught, then not scared any more.
/// `at_night`: the story is told at night already, so the dark does not "come".
pub fn finale(what: &str, seed: u64, at_night: bool) -> String {
    let line = match kind(what) {
        Fear::Dark => return dark_finale(seed, at_night),
        Fear::Water => {
            "So {name} went into the water again, one slow step at a time, with {friend} right beside. Splash! It was cool and bubbly and not scary at all. It was fun! {name} was not scared of {what} any more."
        }
        Fear::Heights => {
            "So, one step at a time, with {friend} close by, {name} climbed up and up, right to the very top. {name} looked out at the whole wide world, and it was beautiful. {name} was not scared of {what} any more."
        }
        Fear::Storm => {
            "When the next storm came, {name} and {friend} sat in their cosy den and counted between the flash and the rumble. Boom went the thunder, and boom, {name} drummed right back! {name} was not scared of {what} any more."
        }
        Fear::Other => {
            "When {name} met {what} again, {name} took a deep breath, stood close to {friend}, and stepped closer, just a little. It was not so scary after all. {name} was not scared of {what} any more."
        }
    };
    line.to_string()
}

/// How the dark is faced at the end: each part picked on its own from the
/// seed, so two stories of one premise do not end on the same paragraph.
const DARK_OPENINGS_AT_NIGHT: &[&str] =
    &["This time, {name} did not hide from the night.", "Tonight, {name} did not hide away.", "This time, {name} stayed out in the night."];
const DARK_OPENINGS_LATER: &[&str] = &[
    "When night came, {name} did not hide.",
    "When the sky went dark, {name} stayed right there.",
    "Night came, and {name} did not run away.",
];
const DARK_LIGHTS: &[&str] = &[
    "{friend} sat close, with a little lantern glowing between them.",
    "{friend} sat close, and a glow-worm twinkled beside them.",
    "{friend} snuggled up, and fireflies blinked all around them.",
    "{friend} curled up close, and the moon shone softly down.",
    "{friend} sat right beside {name}, as close as close can be.",
];
const DARK_LOOKS: &[&str] = &[
    "{name} looked out, then up. There were the stars!",
    "{name} peeked out, then looked up. The sky was full of stars!",
    "Slowly, {name} looked up. Stars, hundreds of them!",
    "{name} tipped {hero_their} head back. Oh! The stars were out.",
];
const DARK_STARS: &[&str] = &[
    "{friend} named them: the North Star and the Big Dipper.",
    "{friend} showed {name} the Big Dipper, shaped like a giant spoon.",
    "{friend} pointed out the Seven Sisters, twinkling all together.",
    "{friend} found Orion's belt: three bright stars in a row.",
    "{friend} found the Little Dipper, with the North Star at its tip.",
];
const DARK_FEELINGS: &[&str] = &[
    "They twinkled like old friends.",
    "The night felt soft and friendly.",
    "The dark was full of lovely things.",
    "It was the most beautiful sky {name} had ever seen.",
];

/// The dark faced at the end, told in parts picked each by its own bits of the seed.
fn dark_finale(seed: u64, at_night: bool) -> String {
    let mixed = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(17) ^ seed;
    let part = |lines: &[&'static str], salt: u32| -> &'static str {
        let n = lines.len().max(1) as u64;
        lines.get((mixed.rotate_right(salt * 11) % n) as usize).copied().unwrap_or_default()
    };
    let opening = part(if at_night { DARK_OPENINGS_AT_NIGHT } else { DARK_OPENINGS_LATER }, 0);
    let parts = [opening, part(DARK_LIGHTS, 1), part(DARK_LOOKS, 2), part(DARK_STARS, 3), part(DARK_FEELINGS, 4)];
    format!("{} {{name}} was not scared of {{what}} any more.", parts.join(" "))
}
