//! The discoveries of a story under the water (a giant clam, a sunken
//! ship…), each with its own two choices. Split from `bank.rs`.

use crate::bank::{DEEP, Discovery, c};

/// Discoveries under the water.
pub const UNDERWATER: &[Discovery] = &[
    Discovery {
        realms: DEEP,
        visual: "a giant clam with a glowing pearl",
        intro: "{they} found a giant clam on the sea floor. Slowly, it opened. Inside was a glowing pearl!",
        choices: [
            c(
                "Say hello to the giant clam",
                "\"Hello, Mr Clam!\" said {name}. The clam gave a bubbly laugh. \"Nobody ever says hello to me. Follow the bubbles, friends!\"",
            ),
            c(
                "Ask the clam about the glowing pearl",
                "\"This pearl lights the way,\" said the clam. It gave the pearl a little push. The pearl rolled ahead, glowing like a tiny moon.",
            ),
        ],
    },
    Discovery {
        realms: DEEP,
        visual: "a friendly sea turtle",
        intro: "a big sea turtle came gliding by, slow and gentle. She gave them a friendly wink.",
        choices: [
            c("Swim along with the sea turtle", "They swam beside the turtle, slow and gentle. She knew every secret path under the sea."),
            c("Ask the turtle for a ride", "\"Hop on!\" said the turtle. {team} held on to her shell, and whoosh, off they glided."),
        ],
    },
    Discovery {
        realms: DEEP,
        visual: "an old sunken ship covered in seaweed",
        intro: "{they} came to an old sunken ship, all covered in seaweed. A round window glowed softly.",
        choices: [
            c(
                "Peek through the round window",
                "{name} peeked inside. A family of little fish was having a party! \"Come in!\" they bubbled. Then they showed everyone a secret tunnel.",
            ),
            c(
                "Swim all the way around the old ship",
                "Round and round they swam. On the other side, someone had painted a big arrow. It pointed the way!",
            ),
        ],
    },
    Discovery {
        realms: DEEP,
        visual: "a forest of tall waving seaweed",
        intro: "{they} found a forest of tall seaweed. It waved to and fro, as if it was dancing.",
        choices: [
            c(
                "Wiggle through the seaweed forest",
                "Wiggle, wiggle, swish! The seaweed tickled. {name} giggled all the way to the other side.",
            ),
            c(
                "Play hide and seek in the seaweed",
                "{friend} hid first, but a trail of giggly bubbles gave the hiding spot away. What fun!",
            ),
        ],
    },
];
