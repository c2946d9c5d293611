//! Choices that fit any scene (the treasure hunt's only in a discovery's
//! scene), choices in the premise's own words, and which of them walk on or
//! are about being brave, so a scene offers only the ones that fit it.

use crate::bank::{Choice, c};

/// Choices that fit any scene.
pub const ANYWHERE: &[Choice] = &[
    c(
        "Ask {friend} for a good idea",
        "{friend} thought and thought, and then smiled. \"I know!\" {friend} said. \"Let's each do the part we're best at, and cheer each other on.\" So {friend} held things steady while {name} did the tricky bits, and they cheered after every one.",
    ),
    c(
        "Sing a brave little song",
        "{name} sang, \"La-la-la, I'm brave and strong!\" and soon {friend} joined in. Singing made everything feel much less scary.",
    ),
    c(
        "Look around carefully for clues",
        "{name} looked high and low, and under a pebble {hero_they} found a tiny arrow drawn in chalk, pointing the way.",
    ),
    c(
        "Have a snack and make a plan",
        "{team} shared crunchy apple slices and made a clever plan. Full tummies make the very best thinkers!",
    ),
    c(
        "Call out a big friendly hello",
        "\"Hellooo!\" called {name}, as loud as could be. \"Hellooo!\" answered an echo. Then a friendly voice called back, \"Come this way!\"",
    ),
    c(
        "Take a deep breath and tiptoe forward",
        "{name} took a deep breath, in and out, and tiptoed forward. Step, step, step. Being brave felt a little wobbly, but good.",
    ),
    c(
        "Draw a map of the way so far",
        "{name} drew a [wiggly map with a stick|little map with a pebble|bumpy map with one finger]. \"Look how far we've come already!\" [said {friend}, pointing at the map|said {friend}|laughed {friend}, tracing the way].",
    ),
    c(
        "Count to ten and peek again",
        "One, two, three... all the way to ten! When {name} peeked again, a helpful ladybug was waving from a leaf.",
    ),
];

/// The choices of `ANYWHERE` whose outcomes are a treasure hunt's (a chalk
/// arrow, a voice saying "This way!", a waving ladybug): only a discovery's
/// scene offers them, never a scene of the premise's own events.
pub const HUNT_ONLY: &[&str] = &["Look around carefully for clues", "Call out a big friendly hello", "Count to ten and peek again"];

/// Choices about being brave: offered only in a scene where something is a little scary.
pub const BRAVE_ONLY: &[&str] = &["Sing a brave little song", "Take a deep breath and tiptoe forward"];

/// Choices whose outcomes walk on ("tiptoed forward. Step, step, step."): not
/// offered in a story of building and riding its object, whose next scene may
/// have everyone sitting in the rocket.
/// Choices that need three or more to make sense ("a big group hug").
pub const GROUP_ONLY: &[&str] = &["Have a big group hug"];

pub const MOVING: &[&str] = &["Take a deep breath and tiptoe forward", "Keep going, side by side", "Draw a map of the way so far"];

/// Choices any scene of the premise's own events can offer, in its own words.
pub const ALONG: &[Choice] = &[
    c(
        "Stop and look all around",
        "{name} stood very still and looked all around, slowly, from one side to the other. \"I want to remember this,\" said {friend}.",
    ),
    c("Give {friend} a big high five", "Slap! {name} and {friend} gave each other {high_five}. Then they giggled."),
    c("Keep going, side by side", "{team} went on side by side, one happy step after another."),
    c("Tell {friend} a silly joke", "\"{joke}\" {friend} laughed so hard that {name} had to laugh too."),
    c("Have a big group hug", "{team} squeezed into one big, warm hug. \"I'm so glad we're together,\" said {friend}."),
    c(
        "Make up a silly rhyme",
        "{name} made up a [silly rhyme|funny song|rhyme about a cat in a hat], and {friend} made up an even sillier one. [They laughed until their tummies hurt|They giggled and giggled|Nobody could stop laughing].",
    ),
    c(
        "Say something kind to {friend}",
        "\"You're the best,\" said {name}. {friend} went pink and [smiled from ear to ear|smiled a shy, happy smile|gave {name} a big hug].",
    ),
    c("Dance a happy little dance", "{name} wiggled and {friend} twirled. It was the happiest little dance there ever was."),
];
