//! Scene 1's first step when the story begins with its place: seeing the
//! lighthouse from the rocks, the castle on its hill, the door of the
//! bakery, and so on, each with two choices of its own that lead into the
//! place's first event (`starts.rs` adds choices in the premise's own words).

use super::starts::Start;
use crate::bank::c;

const fn s(text: &'static str, visual: &'static str, choices: &'static [crate::bank::Choice]) -> Start {
    Start { text, visual, at: None, choices }
}

pub const MOON: Start = s(
    "Far away in the sky, the moon was shining, round and silver. {team} were going to visit it!",
    "looking up at a big round silver moon",
    &[
        c("Wave hello to the moon", "\"Hello, moon!\" called {name}. The moon seemed to shine a little brighter."),
        c("Put on the big space boots", "Stomp, stomp! The big space boots were ready for moon dust."),
    ],
);

pub const STARS: Start = s(
    "The sky was full of stars, twinkling like a thousand tiny lights. {name} wanted to go right up among them.",
    "looking up at a sky full of twinkling stars",
    &[
        c("Point to the brightest star", "\"That one!\" said {name}. The brightest star twinkled back, as if it had heard."),
        c("Get ready for outer space", "Helmets on, boots on, seat belts clicked. Outer space, here they come!"),
    ],
);

pub const LIGHTHOUSE: Start = s(
    "From the rocks by the sea, {name} could see it: the tall red and white lighthouse. Its top was way up high.",
    "looking up at a tall red and white lighthouse from the rocks",
    &[
        c("Look up at the top of the lighthouse", "It was so high! A seagull sat right on the top, as if to say, \"Come on up!\""),
        c("Find a way over the rocks", "{name} spotted a way over the rocks, one big stone after another."),
    ],
);

pub const BEACH: Start = s(
    "There it was: {place}, with warm golden sand and little waves going swish, swish.",
    "arriving on warm golden sand by little waves",
    &[
        c("Take off your shoes", "Off came the shoes! The sand was warm and tickly between {name}'s toes."),
        c("Run down to the water", "Splash! The first little wave went right over their toes. It was cold, and everyone squealed."),
    ],
);

pub const SEA: Start = s(
    "{place} stretched out far and wide, blue and sparkly. Little waves winked in the sunshine.",
    "looking out over a wide blue sea",
    &[
        c("Look far out over the sea", "Far, far out, something silvery jumped. \"Did you see that?\" whispered {name}."),
        c("Listen to the waves", "Shhh, shhh, went the waves, as if they were telling a secret."),
    ],
);

pub const REEF: Start = s(
    "Down under the water, {place} was waiting, full of colours. Bubbles wobbled up towards the light.",
    "looking down at a colourful reef under the water",
    &[
        c("Blow a big bubble hello", "Blub! A big round bubble wobbled up. Far below, something waved back."),
        c("Swim down a little deeper", "Down, down they swam, and the colours got brighter and brighter."),
    ],
);

pub const SNOW: Start = s(
    "Everything was white and sparkly. Snow covered the hills, the trees and the rooftops.",
    "in fresh white snow",
    &[
        c("Put on warm mittens", "Mittens on, hats on, scarves on. Now they were ready for the snow!"),
        c("Catch a snowflake", "A snowflake landed on {name}'s nose. It tickled, and then it melted."),
    ],
);

pub const FOREST: Start = s(
    "At the edge of {place}, the trees stood tall and green. A little path went in between them.",
    "at the edge of a forest with a little path",
    &[
        c("Follow the little path", "The path went in between the trees, and they followed it, step by step."),
        c("Listen to the birds", "Tweet, tweet, cheep! The birds sounded as if they were saying, \"Come in!\""),
    ],
);

pub const GARDEN: Start = s(
    "The gate opened with a creak, and there was {place}, full of colours and buzzing and sunshine.",
    "opening a gate into a place full of flowers",
    &[
        c("Smell the flowers", "Sniff, sniff! The flowers smelled sweet, like honey and summer."),
        c("Tiptoe down the path", "Tiptoe, tiptoe. They went down the path, looking at everything."),
    ],
);

pub const CASTLE: Start = s(
    "On top of a green hill stood the castle, with tall towers and flags flapping in the wind.",
    "looking up at a castle with tall towers on a hill",
    &[
        c("Knock on the castle gate", "Knock, knock! From far inside, someone called, \"Coming!\""),
        c("Count the castle towers", "One, two, three, four towers! Each one had a flag on top."),
    ],
);

pub const FARM: Start = s(
    "Moo! Baa! Oink! All the animals on {place} were saying hello.",
    "arriving at a farm with a red barn",
    &[
        c("Say hello to the farmer", "The farmer waved her hat. \"Hello! There's lots to do on the farm today.\""),
        c("Pull on your wellies", "Squelch, squelch! Wellies are the best thing for a muddy farm."),
    ],
);

pub const JUNGLE: Start = s(
    "The jungle was green and warm and very noisy. Leaves as big as umbrellas rustled all around.",
    "at the edge of a green jungle with huge leaves",
    &[
        c("Push the big leaves aside", "Swish! Behind the big leaves, a little jungle path was waiting."),
        c("Listen to the jungle sounds", "Squawk! Chatter! Buzz! The whole jungle was talking at once."),
    ],
);

pub const MOUNTAIN: Start = s(
    "There stood {place}, tall and green, with its top right up in the clouds.",
    "looking up at a tall green mountain",
    &[
        c("Find the path up the mountain", "There it was: a little path, winding up the mountain like a ribbon."),
        c("Put on your walking boots", "Laces tied, double knots! Now they were ready to climb."),
    ],
);

pub const SKY: Start = s(
    "Up above, the sky was wide and blue, with clouds like cotton wool. {team} were going up there!",
    "looking up at a wide blue sky with fluffy clouds",
    &[
        c("Wave to the clouds", "{team} waved at the clouds. A little one seemed to wave back."),
        c("Hold on tight and get ready", "{team} held on tight. \"Up we go!\" said {name}."),
    ],
);

pub const WATERSIDE: Start = s(
    "There was {place}, calm and shiny, with tall green reeds along its edge.",
    "at the edge of calm shiny water with reeds",
    &[
        c("Dip your toes in the water", "Ooh, it was cool! Little ripples spread out from {name}'s toes."),
        c("Walk along the water's edge", "Squish, squish went the soft mud. The water sparkled beside them."),
    ],
);

pub const KITCHEN: Start = s(
    "In {place}, the big table was ready. Bowls, spoons and a wooden rolling pin were waiting.",
    "a kitchen table with bowls, spoons and a rolling pin",
    &[
        c("Wash your hands first", "Scrub, scrub, rinse! Clean hands are the first thing every good cook needs."),
        c("Put on an apron", "{name} tied on a stripy apron, and {friend} put on a tall white hat."),
    ],
);

pub const BAKERY: Start = s(
    "The door of {place} went ding-a-ling, and a warm, sweet smell came out to meet them.",
    "opening the door of a cosy bakery",
    &[
        c("Sniff the warm bread smell", "Sniff, sniff! It smelled of warm bread and sugar and cinnamon."),
        c("Say hello to the baker", "The baker smiled, with flour on her nose. \"Come in! I need some helpers today.\""),
    ],
);

pub const HOUSE: Start = s(
    "Inside {place}, everything was quiet and cosy. There were creaky stairs and lots of doors to open.",
    "inside a cosy house with creaky stairs",
    &[
        c("Peek up the creaky stairs", "Creak, creak went the stairs. At the top, a door stood open."),
        c("Open the first door", "The first door opened with a squeak. Sunshine came pouring in."),
    ],
);

pub const WINDOW: Start = s(
    "By the big window, {team} pressed their noses to the cool glass and looked out at the world outside.",
    "looking out of a big window, noses to the glass, hoping to {wish}",
    &[
        c("Draw a heart on the misty glass", "{name} breathed on the window and drew a little heart in the mist."),
        c("Count what they could see outside", "One rooftop, two trees, three lamps glowing. {team} counted and counted."),
    ],
);

pub const TOWN: Start = s(
    "The town was busy and bright. There were shops, a clock tower and a bus going beep, beep.",
    "a busy little town with shops and a clock tower",
    &[
        c("Look in the shop windows", "There were toys in one window and cakes in the next. Everything looked lovely."),
        c("Wave to the bus driver", "The bus driver waved back and gave a friendly beep, beep!"),
    ],
);

pub const ZOO: Start = s(
    "At the gate of {place}, a big map showed all the animals: lions, giraffes, penguins and more.",
    "looking at a big map at the gate of a zoo",
    &[
        c("Look at the zoo map", "{name} put a finger on the map. \"Let's see them all!\""),
        c("Listen for the animal sounds", "Roar! Squawk! Trumpet! The animals were all saying hello."),
    ],
);

pub const DESERT: Start = s(
    "The desert was golden and wide, with sand hills like big waves. The sun was warm on their faces.",
    "looking out over golden sand hills",
    &[
        c("Put on your sun hats", "On went the sun hats, big and floppy. Now they were ready for the desert."),
        c("Look for footprints in the sand", "There were tiny footprints in the sand, going over the hill."),
    ],
);

pub const CAVE: Start = s(
    "In the side of a hill was a big, dark opening. It was the way into {place}!",
    "peeking into the dark opening of a cave",
    &[
        c("Switch on the torch", "Click! A bright circle of light shone into the cave."),
        c("Call hello into the cave", "\"Hello!\" called {name}. \"Hello, hello, hello,\" said the cave."),
    ],
);

/// A place without a first step of its own: its own name says it.
pub const ANYWHERE: Start = s(
    "There it was: {place}. {name} took a good look all around.",
    "looking around a new place",
    &[
        c("Look all around {place}", "{name} looked high and low, all around {place}. {friend} pointed at one thing, then another."),
        c("Set off to explore {place}", "Off they went, side by side, to see what {place} was like."),
    ],
);
