//! Choices of the places on land and at home: what there is to do in the
//! forest, the park, the farm, the castle, the snow or the kitchen, with
//! outcomes that happen there. Chosen by the place's title (`here/mod.rs`).

use crate::bank::{Choice, c};

pub const LAND: &[(&str, &[Choice])] = &[
    (
        "Forest",
        &[
            c(
                "Follow the bird song between the trees",
                "{team} followed the bird song from tree to tree. There, on a branch, a little wren was singing its heart out.",
            ),
            c(
                "Gather pine cones in a pile",
                "{name} and {friend} gathered pine cones until they had a wobbly pile. \"A pine cone mountain!\" laughed {friend}.",
            ),
            c(
                "Look for squirrels in the branches",
                "High up in an oak, a squirrel flicked its bushy tail at them and dropped an acorn, plink, right at {name}'s feet.",
            ),
            c(
                "Listen to the wind in the leaves",
                "{team} stood still and listened. Shhh, said the leaves. Creak, said an old branch. The forest was talking softly.",
            ),
            c(
                "Jump over the mossy log",
                "Hop! {name} jumped over the mossy log, and {friend} jumped right after, landing in a soft pile of leaves.",
            ),
        ],
    ),
    (
        "Park",
        &[
            c(
                "Race to the big oak tree",
                "\"Ready, steady, go!\" {name} and {friend} raced across the grass and touched the big oak tree at exactly the same time.",
            ),
            c(
                "Feed the ducks by the pond",
                "The ducks came paddling over, quack, quack, quack, and {team} tossed them little bits of bread.",
            ),
            c(
                "Have a turn on the swings",
                "Whoosh! Up went {name} on the swing, higher and higher, and {friend} gave a push every time it came back.",
            ),
            c(
                "Roll down the grassy hill",
                "{name} and {friend} lay down at the top of the hill and rolled, over and over, all the way to the bottom, giggling.",
            ),
            c(
                "Spread the picnic blanket",
                "{team} spread the picnic blanket flat on the grass and weighed its corners down with four round pebbles.",
            ),
        ],
    ),
    (
        "Farm",
        &[
            c("Say hello to the cows", "\"Moo,\" said the big brown cow, and she blew warm air on {name}'s nose. {friend} giggled."),
            c(
                "Collect the eggs from the hen house",
                "In the hen house, {team} found five warm brown eggs in the straw, and carried them out very, very carefully.",
            ),
            c(
                "Climb up on the hay bales",
                "Up the hay bales they climbed, one, two, three, and from the top they could see the whole farm.",
            ),
            c(
                "Visit the piglets in the mud",
                "The piglets were rolling in the mud, snorting happily. One piglet trotted over to sniff {friend}.",
            ),
            c(
                "Ride in the tractor trailer",
                "The farmer let them sit in the tractor trailer, and they bumped along the lane, past the fields of wheat.",
            ),
        ],
    ),
    (
        "Garden",
        &[
            c("Smell the roses", "{name} sniffed a big red rose. \"Mmm!\" A bumblebee buzzed out of it, said hello, and bumbled off."),
            c("Look under the flower pots", "Under the third flower pot, {team} found a sleepy snail. Beside it sat a shiny black beetle."),
            c(
                "Water the thirsty plants",
                "{name} filled the watering can and {friend} helped carry it. Pitter-patter went the water on the leaves.",
            ),
            c(
                "Pick some ripe strawberries",
                "{name} found three red strawberries hiding under the leaves, and shared them with {friend}. So sweet!",
            ),
            c(
                "Watch the butterflies",
                "A yellow butterfly landed on {friend}'s shoulder, opened and closed its wings, and fluttered off over the fence.",
            ),
        ],
    ),
    (
        "Meadow",
        &[
            c(
                "Pick a bunch of wildflowers",
                "{name} picked daisies and buttercups and {friend} tied them into a bunch with a long blade of grass.",
            ),
            c("Chase the butterflies", "{team} ran after the butterflies through the tall grass. But the butterflies were much too quick!"),
            c(
                "Lie in the grass and watch the clouds",
                "{name} and {friend} lay in the soft grass. \"That cloud looks like a rabbit!\" said {friend}.",
            ),
            c("Blow on a dandelion clock", "{name} blew on a dandelion. Away floated a hundred tiny seeds, like little umbrellas."),
        ],
    ),
    (
        "Mountain",
        &[
            c("Wave from the big rock", "{name} climbed onto the big rock and waved. Far below, a goat looked up and bleated, \"Maa!\""),
            c("Shout hello to the echo", "\"Hello!\" called {name}. \"Hello, hello, hello,\" the mountain called back."),
            c(
                "Drink from the cold stream",
                "The mountain stream was clear and icy. {team} cupped a drink and said, \"Brrr, that's cold!\"",
            ),
            c("Rest on the grassy ledge", "{team} sat down on a grassy ledge. Far below, the valley looked tiny and green."),
        ],
    ),
    (
        "Snow",
        &[
            c(
                "Build a snowman",
                "{name} rolled a big snowball and {friend} rolled a small one. With two twigs for arms, the snowman was ready.",
            ),
            c("Make snow angels", "{team} lay down in the snow and swished their arms and legs. Snow angels, all in a row!"),
            c(
                "Follow the little footprints in the snow",
                "The little footprints led to a tree, where a robin with a bright red chest sat fluffed up against the cold.",
            ),
            c(
                "Taste the falling snowflakes",
                "{name} caught a snowflake on {hero_their} tongue. It was cold and tickly and gone in a blink.",
            ),
            c("Slide down the snowy slope", "Whee! Down the snowy slope they slid, and landed in a soft, powdery heap at the bottom."),
        ],
    ),
    (
        "Castle",
        &[
            c(
                "Peek through the arrow window",
                "Through the narrow window, {team} could see the moat far below and the flags fluttering on the towers.",
            ),
            c(
                "Climb the winding tower stairs",
                "Round and round went the tower stairs, up and up, until at the top a little wooden door stood open.",
            ),
            c("Knock on the great wooden door", "Knock, knock! The great door creaked open, and a friendly guard peeked out and smiled."),
            c("Count the flags on the towers", "One, two, three, four! Four flags fluttered on the four towers, red and blue and gold."),
        ],
    ),
    (
        "House",
        &[
            c(
                "Build a blanket fort",
                "{name} and {friend} draped blankets over two chairs. \"Our very own fort!\" said {friend}, crawling in.",
            ),
            c("Look out of the window", "Out of the window they could see the garden and the street. A cat sat on the wall."),
            c("Make a cup of warm milk", "{team} warmed some milk. They sipped it slowly, all cosy and warm."),
        ],
    ),
    (
        "Kitchen",
        &[
            c(
                "Stir the mixing bowl",
                "{name} stirred and {friend} held the bowl. Round and round went the spoon, until the mixture was smooth.",
            ),
            c("Crack the eggs", "Tap, tap, crack! {name} cracked the eggs into the bowl, and only a tiny bit of shell got in."),
            c("Lick the spoon", "{name} licked the spoon. \"Yum!\" {friend} licked the other spoon. \"Double yum!\""),
        ],
    ),
    (
        "Bakery",
        &[
            c("Sniff the fresh bread", "{team} sniffed the warm bread fresh from the oven. It smelled golden and crusty and wonderful."),
            c("Shape a little roll", "{name} rolled a ball of dough and shaped it into a snail. {friend} made a hedgehog with spiky bits."),
            c(
                "Sprinkle the cakes with sugar",
                "{name} sprinkled sugar on the little cakes like snow, and {friend} put a cherry on each one.",
            ),
        ],
    ),
    (
        "Campfire",
        &[
            c("Toast a marshmallow", "{name} held a marshmallow over the fire until it was golden. Squishy, sticky and sweet!"),
            c("Look for shooting stars", "{team} lay back and watched the sky. \"There! A shooting star!\" whispered {friend}."),
            c(
                "Tell a campfire story",
                "{name} told a story about a friendly owl who lived in the tallest tree, and {friend} hooted at all the best bits.",
            ),
        ],
    ),
    (
        "Town",
        &[
            c("Look in the toy shop window", "In the toy shop window sat a wooden train and a spinning top. A teddy wore a bow tie!"),
            c(
                "Buy a warm bun at the bakery",
                "The baker gave them two warm buns with a wink. {name} and {friend} munched them on the bench outside.",
            ),
            c("Wave to the bus driver", "The bus driver waved back and tooted the horn. Beep beep! {friend} laughed."),
        ],
    ),
    (
        "Desert",
        &[
            c("Look for a cactus flower", "On a tall cactus, {team} spotted a pink flower. It was as bright as a party hat!"),
            c("Follow the lizard's tracks", "The little tracks led over a dune. There sat a lizard, sunbathing on a warm stone."),
            c("Rest in the shade of a rock", "{team} sat in the cool shade of a big rock. They had a long, long drink of water."),
        ],
    ),
    (
        "Jungle",
        &[
            c("Swing on a jungle vine", "Wheee! {name} grabbed a vine and swung across, and {friend} swung right behind."),
            c("Look for the parrots", "Up in the trees, three bright parrots squawked hello. They were red, green and blue!"),
            c("Listen for the monkeys", "Ooh-ooh-aah-aah! A little monkey hung by its tail and waved at {name}."),
        ],
    ),
    (
        "Cave",
        &[
            c("Call out to hear the echo", "\"Hello!\" called {name}. \"Hello, hello, hello,\" said the cave, softer and softer."),
            c("Look at the sparkly rocks", "The rocks in the cave wall sparkled. They shone like tiny stars in the light."),
            c("Tiptoe past the sleeping bats", "Shhh! {team} tiptoed past the bats, hanging upside down and fast asleep."),
        ],
    ),
];
