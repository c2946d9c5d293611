//! Choices of the places by or under the water, in the sky and beyond, and
//! of the zoo and the lighthouse: what there is to do there, with outcomes
//! that happen there. Chosen by the place's title (`here/mod.rs`).

use crate::bank::{Choice, c};

pub const WATER_SKY: &[(&str, &[Choice])] = &[
    (
        "Beach",
        &[
            c(
                "Look for shells by the waves",
                "Along the wet sand, {team} found a pink shell and a striped one. A tiny white shell looked like a fan.",
            ),
            c(
                "Dig a hole in the sand",
                "{name} and {friend} dug and dug, until the hole filled up with seawater all by itself. \"A little pool!\"",
            ),
            c("Peek into a rock pool", "In the rock pool, a tiny crab scuttled sideways. A red anemone waved its soft arms."),
            c(
                "Jump over the little waves",
                "One wave, two waves, three! {name} and {friend} jumped over each one, squealing when the water splashed their toes.",
            ),
        ],
    ),
    (
        "Island",
        &[
            c(
                "Climb the sandy hill to look around",
                "From the top of the sandy hill, {team} could see the whole island, round and green in the blue sea.",
            ),
            c(
                "Look for coconuts under the palm trees",
                "Under the palm trees lay two round coconuts. {name} gave one a shake. Slosh, slosh!",
            ),
            c("Write a message in the sand", "{name} wrote HELLO in big letters in the sand. {friend} drew a sun beside it."),
        ],
    ),
    (
        "Lake",
        &[
            c(
                "Skip a flat stone across the water",
                "{name} found a flat stone and threw it. Skip, skip, skip! Three rings spread across the lake.",
            ),
            c(
                "Watch the ducks on the water",
                "A mother duck paddled by with five fluffy ducklings in a line behind her. {friend} counted them twice.",
            ),
            c("Look for frogs in the reeds", "Ribbit! A green frog sat on a lily pad among the reeds, blinking its golden eyes."),
            c("Paddle in the cool water", "{name} and {friend} paddled in the lake. \"Ooh, it's cold!\" A tiny fish nibbled a toe."),
        ],
    ),
    (
        "River",
        &[
            c(
                "Float a leaf boat down the river",
                "{name} put a leaf on the water, and off it sailed, bobbing and spinning, all the way round the bend.",
            ),
            c("Cross on the stepping stones", "One stone, two stones, three! {team} hopped across the stepping stones without one splash."),
            c(
                "Watch for fish in the water",
                "A silver fish flicked its tail under the water and was gone. \"Did you see it?\" whispered {friend}.",
            ),
        ],
    ),
    (
        "Sea",
        &[
            c("Wave to the boats", "A little red fishing boat tooted its horn. The sailor on deck waved back!"),
            c("Watch for dolphins", "Far out in the sea, a dolphin leapt out of the waves. Once, twice, and splash!"),
            c("Count the seagulls", "One seagull, two, five, eleven! The seagulls wheeled and called over the waves, \"Kee-ow!\""),
        ],
    ),
    (
        "Deep",
        &[
            c(
                "Follow the little glowing fish",
                "The little glowing fish led them past the rocks, its light blinking on and off like a tiny lamp.",
            ),
            c("Tickle the waving sea grass", "{name} tickled the sea grass. Out popped a shy little seahorse, curling its tail."),
            c("Ask the fish the way", "A little striped fish flicked its tail. \"This way!\" it bubbled, and swam ahead of them."),
            c("Peek into the giant clam", "The giant clam opened just a crack. Inside was a pearl, as round and white as the moon."),
        ],
    ),
    (
        "Zoo",
        &[
            c(
                "Watch the penguins dive",
                "Splash! One penguin dived, then another, then five more, zooming through the water like little torpedoes.",
            ),
            c("Say hello to the giraffe", "The giraffe bent its long, long neck right down. It looked at {name} with big, kind eyes."),
            c("Find the zoo keeper", "The zoo keeper was carrying a bucket of fish. \"Want to help me feed the seals?\" she asked."),
            c(
                "Get an ice cream at the stand",
                "At the ice-cream stand, {name} chose strawberry and {friend} chose chocolate. Drip, drip, lick!",
            ),
            c("Listen to the lion roar", "ROAR! went the lion, and then it gave a big, sleepy yawn and lay down in the sun."),
        ],
    ),
    (
        "Lighthouse",
        &[
            c(
                "Count the lighthouse stairs",
                "One, two, three... The stairs went round and round, and {team} counted all the way to forty-two.",
            ),
            c(
                "Knock on the lighthouse door",
                "Knock, knock! The door opened, and there stood the lighthouse keeper, with a white beard and a kind smile.",
            ),
            c("Watch the waves hit the rocks", "Crash! The waves hit the rocks below the lighthouse and burst into white spray."),
            c(
                "Look out for ships at sea",
                "Far out at sea there was a ship with white sails. \"The lighthouse keeps it safe,\" said {friend}.",
            ),
        ],
    ),
    (
        "Moon",
        &[
            c("Bounce across the craters", "Boing! Boing! On the moon, every step was a giant bounce, right over the craters."),
            c("Look back at the Earth", "There it was, far away: the Earth. It was blue and white, like a marble in the dark."),
            c("Collect a moon pebble", "{name} picked up a grey moon pebble. It was as light as a feather!"),
            c(
                "Leave a footprint in the moon dust",
                "{name} pressed a foot into the moon dust. \"It will stay there for a hundred years,\" said {friend}.",
            ),
        ],
    ),
    (
        "Stars",
        &[
            c("Find the brightest star", "{name} pointed. \"That one is the brightest!\" It twinkled back, as if it had heard."),
            c("Join the stars into a picture", "{friend} joined the stars with one finger in the air. \"Look, a big bear!\""),
            c("Make a wish on a star", "{name} closed {hero_their} eyes and made a wish on the first star. It was a secret wish."),
        ],
    ),
    (
        "Sky",
        &[
            c("Float past a fluffy cloud", "They floated right past a cloud as soft as cotton wool. {friend} reached out, and it tickled."),
            c("Wave to the birds flying by", "A flock of geese flew past in a V, honking hello. {team} waved back."),
            c("Look down at the tiny houses", "Down below, the houses looked as small as toys. The river was a shiny ribbon."),
        ],
    ),
    (
        "Window",
        &[
            c("Draw a face on the misty glass", "{name} breathed on the window and drew a smiley face in the mist. {friend} added a hat."),
            c(
                "Count what goes past outside",
                "A bicycle, a dog, two cars and a lady with an umbrella. {friend} counted them all on one paw.",
            ),
        ],
    ),
];
