//! Small moments that fill a long story's gaps between the premise's events
//! ("Keep going"): a break while the object is built, a snack in the
//! rocket, fixing the kite's tail, a friendly creature of the story's place,
//! and a few moments in the premise's own words that fit any place. A gap
//! takes the moments of the part of the story it is in (the building, the
//! ride, the place), so a moment at home never happens on the moon.

use super::{Event, e, on_the_way};

/// While the object is being built.
pub const BUILD: &[Event] = &[
    on_the_way(
        "in a back garden",
        e(
            "Time for a little break! {team} sat down beside {object} and shared some biscuits. Crumbs went everywhere.",
            "{cast}, sharing biscuits beside a half-built {bare_object}",
            "Sweep up the crumbs",
            "Swish, swish! Soon the garden was tidy again, and {object} was ready for more work.",
        ),
    ),
    on_the_way(
        "in a back garden",
        e(
            "A curious robin hopped up to {object} and tapped it with its beak. Tap, tap! It seemed to like it.",
            "a robin tapping a half-built {bare_object} with its beak, with {cast}",
            "Show the robin all around",
            "The robin hopped all the way around {object}. Then it chirped, as if to say, \"Well done!\"",
        ),
    ),
];

/// In a rocket or spaceship on its way.
pub const SPACE: &[Event] = &[
    on_the_way(
        "inside a rocket high among the stars",
        e(
            "Inside {object}, it was snack time. {name} opened a packet of biscuits, and the crumbs floated up like tiny stars.",
            "biscuit crumbs floating inside {a_object}, with {cast} inside it",
            "Catch the floating crumbs",
            "Snap! {name} caught one in {hero_their} mouth. {friend} laughed and laughed.",
        ),
    ),
    on_the_way(
        "high in a dark sky full of stars",
        e(
            "A little silver satellite drifted past the window of {object}. Its lights blinked: beep, beep.",
            "a little silver satellite drifting past the round window of {a_object}, with {cast} inside it",
            "Beep back at the satellite",
            "\"Beep, beep!\" said {name}. The satellite blinked twice, as if it was saying hello.",
        ),
    ),
];

/// On a boat.
pub const BOAT: &[Event] = &[e(
    "They stopped {object} in a calm spot for a snack. Little waves rocked them gently, like a cradle.",
    "{a_object} resting on calm water, with {cast} aboard",
    "Dangle your feet in the water",
    "The water was cool and tickly. A tiny fish came to look at {name}'s toes.",
)];

/// In a balloon, airplane, helicopter or flying carpet.
pub const AIR: &[Event] = &[on_the_way(
    "high in a blue sky",
    e(
        "It was time for a snack, high up in {object}. Even the sandwiches tasted better up in the sky.",
        "{cast}, having a snack in {a_object} high up in the sky",
        "Wave to a passing bird",
        "A little bird flew by and flapped its wings at {name}, which is bird for hello.",
    ),
)];

/// On a train, car, bus, truck, tractor, bike, scooter or wagon.
pub const ROAD: &[Event] = &[e(
    "{Object} stopped at a little crossing. A family of ducks waddled across, one, two, three, four.",
    "ducks waddling across a road",
    "Wait for the ducks to cross",
    "Everyone waited patiently. The last little duck gave a quack, as if to say thank you.",
)];

/// Flying a kite.
pub const KITE: &[Event] = &[
    e(
        "Oops! One of the bows on the tail of {object} came loose. The kite wobbled and dipped.",
        "a kite wobbling with a loose bow on its tail",
        "Fix the kite's tail",
        "{name} tied the bow back on, nice and tight. Now {object} flew straight and proud again.",
    ),
    e(
        "They sat down on the grass for a snack, holding the string of {object} tight. Up above, it bobbed about happily.",
        "having a snack on the grass holding a kite string",
        "Take turns holding the string",
        "{friend} held the string for a while, then gave it back. Sharing made the kite fly even better.",
    ),
];

/// Carrying something along.
pub const CARRY: &[Event] = &[e(
    "They stopped for a rest, and {name} looked at {object} again. It still felt very special.",
    "resting and looking at something special",
    "Give it a polish until it shines",
    "Rub, rub, rub! {name} polished {object} until it shone like new.",
)];

/// Building something that stays put.
pub const STAY: &[Event] = &[
    e(
        "Time for a rest! {team} sat down next to {object} and looked at it. It was getting bigger and better.",
        "resting beside something they are building",
        "Share a snack while you rest",
        "Crunch, munch! Apple slices for everyone. Then they were ready to build some more.",
    ),
    e(
        "A little bird landed right on top of {object}. It looked very pleased with itself.",
        "a little bird sitting on top of something they built",
        "Let the bird stay a while",
        "The bird sang a little song from the top. Then it flew off, and {team} got back to work.",
    ),
];

/// Moments any place can have, in the premise's own words (its place, its people).
pub const GENERAL: &[Event] = &[
    e(
        "{team} sat down for a moment {in_place} to rest their legs. {name} thought about the day so far and smiled.",
        "sitting down together for a rest",
        "Tell each other the best bit so far",
        "\"The best bit was you,\" said {friend}. {name} laughed. \"Mine too!\"",
    ),
    e(
        "{team} played a quick game of I-spy {in_place}. \"I spy with my little eye...\" began {name}.",
        "playing I-spy together",
        "Guess what {name} can see",
        "\"Is it something round?\" asked {friend}. It was! {team} laughed and played another round.",
    ),
    e(
        "{name} began to hum a happy song {in_place}, and soon everyone was singing along.",
        "singing a happy song together",
        "Make up a new verse",
        "{friend} sang a silly verse about {place}, and everyone laughed so much they had to sit down.",
    ),
    e(
        "{team} stood very still {in_place} and looked all around, to remember it forever.",
        "looking all around together, very still",
        "Close your eyes and remember it",
        "{name} closed {hero_their} eyes. Even with them shut, {name} could still see it all. What a day!",
    ),
    e(
        "They found a cosy spot {in_place} and stopped for a snack. Apple slices, cheese and a biscuit each!",
        "sharing a snack in a cosy spot",
        "Share the last biscuit",
        "{name} broke the last biscuit in two and gave half to {friend}. Sharing made it taste even better.",
    ),
];
