//! The discoveries of a story on the sea (a message in a bottle, a
//! friendly whale…) and in space (a comet, a little green alien…), each with
//! its own two choices. Split from `bank.rs`, in the same order after it.

use crate::bank::{DEEP, Discovery, SPACE, WATER, c};

/// Discoveries on the water, then in space.
pub const SEA_AND_SPACE: &[Discovery] = &[
    Discovery {
        realms: WATER,
        visual: "a little boat shaped like a teacup",
        intro: "{they} saw a little boat shaped like a teacup at the water's edge. It had a big spoon for a paddle.",
        choices: [
            c(
                "Climb into the teacup boat",
                "{team} climbed aboard and paddled with the spoon. The teacup boat spun in happy circles. It carried them across the waves to a sandy little island.",
            ),
            c(
                "Ask the teacup boat where it is going",
                "\"Wherever friends need to go!\" said the teacup boat in a tinkly voice. It gave a little spin and carried them off across the sparkly water.",
            ),
        ],
    },
    Discovery {
        realms: WATER,
        visual: "a big friendly blue whale",
        intro: "a big blue whale rose out of the water. Whoosh went a fountain of sparkly spray. \"Hellooo,\" she sang in a deep, friendly voice.",
        choices: [
            c(
                "Ride on the whale's back",
                "{team} climbed onto the whale's smooth back. Splish, splash! She swam so gently that it felt like riding a giant, friendly cloud.",
            ),
            c(
                "Sing a song back to the whale",
                "{name} sang the best song {hero_they} knew. The whale sang it back, deeper and louder. Fish jumped, waves danced, and the whale showed them the way.",
            ),
        ],
    },
    Discovery {
        realms: WATER,
        visual: "a glass bottle with a message inside",
        intro: "{they} spotted a glass bottle bobbing on the waves with a rolled-up message inside.",
        choices: [
            c(
                "Open the bottle and read the message",
                "The message said: \"Follow the shells that shine pink.\" And there was a trail of pink shells along the shore.",
            ),
            c(
                "Send the bottle back out for someone else",
                "{name} gave the bottle a gentle push. Then a seagull swooped down with another bottle. This one had a map inside!",
            ),
        ],
    },
    Discovery {
        realms: WATER | DEEP,
        visual: "a sparkle under the water and pink seashells",
        intro: "{they} saw something sparkling under the water, beside some pink seashells.",
        choices: [
            c(
                "Dive down to find the sparkle",
                "{name} took a big breath and dove down. The sparkle was a little crab polishing a shiny pebble. \"Isn't it pretty?\" she said, and she showed them a secret path.",
            ),
            c(
                "Listen to the pink seashells",
                "{name} held a shell up to {hero_their} ear. \"Whoosh... go to the big rock... whoosh,\" it whispered. So to the big rock they went.",
            ),
        ],
    },
    Discovery {
        realms: SPACE,
        visual: "a friendly comet with a swishy tail",
        intro: "a friendly comet with a long swishy tail zoomed past and did a loop-the-loop.",
        choices: [
            c(
                "Catch a ride on the comet's tail",
                "{name} grabbed the comet's glittery tail, and whoosh! They zoomed past twinkling stars and round, sleepy planets, faster than a sneeze.",
            ),
            c(
                "Wave and shout hello to the comet",
                "\"Hello, comet!\" shouted {name}. The comet spun around and beamed. \"Nobody ever says hello to me! Come, I know a secret place.\"",
            ),
        ],
    },
    Discovery {
        realms: SPACE,
        visual: "a little green alien with three hands",
        intro: "a little green alien peeked out from behind a moon rock. It waved all three of its hands.",
        choices: [
            c(
                "Wave back at the little alien",
                "{name} waved back with both hands. The alien laughed a bubbly laugh. \"Greetings, friends! My name is Zib. Want to see my spaceship?\"",
            ),
            c(
                "Offer the alien a tasty snack",
                "The alien nibbled the snack and its antennae wiggled with joy. \"Yum! On my planet we only have moon crackers.\" Then it happily showed them the way.",
            ),
        ],
    },
    Discovery {
        realms: SPACE,
        visual: "a bouncy crater full of silver dust",
        intro: "{they} came to a round crater full of silvery dust that sparkled and tickled.",
        choices: [
            c(
                "Jump into the bouncy crater",
                "Boing! Out here, everything is extra bouncy. {name} jumped so high that {hero_they} could see the whole way ahead. Then down {name} floated, like a feather.",
            ),
            c(
                "Scoop up some of the silvery dust",
                "The silvery dust swirled up into an arrow and floated off. \"It's showing us the way!\" cried {friend}.",
            ),
        ],
    },
    Discovery {
        realms: SPACE,
        visual: "a little round robot with a blinking light",
        intro: "{they} met a little round robot with a blinking blue light. \"Beep-boop,\" it said. \"I am lost. Can you help?\"",
        choices: [
            c(
                "Help the little robot find its way",
                "{name} looked at the robot's map and found the way. \"Beep-boop-HOORAY!\" the robot sang. It lit up like a birthday cake to show the way.",
            ),
            c(
                "Teach the robot a silly dance",
                "{name} wiggled, {friend} wobbled, and the robot went beep-bop-boogie. It was so happy that its light blinked every colour of the rainbow.",
            ),
        ],
    },
];
