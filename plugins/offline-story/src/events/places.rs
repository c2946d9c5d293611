//! The events a place on land or in space brings to the middle scenes:
//! landing on the moon and what is found there, the snow's sledging hill, the
//! castle's drawbridge and tower, and the like (the places by the water are
//! in `water.rs`), and which events, moments and first step each place has. Every event names its
//! place, so a middle scene always says where the story is.

use super::starts::Start;
use super::water::{BEACH, LIGHTHOUSE, REEF, SEA, WATERSIDE};
use super::{Event, Setting, e};

pub const MOON: &[Event] = &[
    e(
        "Bump! They landed softly on {place}. {name} climbed out and took one big step. Boing! On the moon, every step was a bouncy jump.",
        "bouncing on the grey moon with big jumps",
        "Make footprints in the moon dust",
        "Squish, squish! {name} made a long line of footprints in the soft grey moon dust. They would stay there for a very long time.",
    ),
    e(
        "In a round crater on the moon, something twinkled. It was a shiny silver moon pebble, as smooth as an egg.",
        "a shiny silver pebble in a moon crater",
        "Keep the moon pebble safe",
        "{name} tucked the moon pebble into a pocket. \"A treasure from the moon,\" {name} whispered, \"to show everyone at home.\"",
    ),
    e(
        "From the moon, {name} looked back at the Earth. It was round and blue and far away. It looked like a big marble in the sky.",
        "the round blue Earth seen from the moon",
        "Wave to everyone on Earth",
        "{team} waved and waved at the blue Earth. Somewhere down there, their beds were waiting for them.",
    ),
];

pub const STARS: &[Event] = &[
    e(
        "They floated past a little round planet in outer space. It had a ring around it, like a hula hoop.",
        "a little ringed planet in outer space",
        "Zoom around the planet's ring",
        "Round and round the ring they went. {name} felt dizzy and happy, all at once.",
    ),
    e(
        "A comet whizzed by in outer space, with a long, sparkly tail. It left a trail of glitter behind it.",
        "a comet with a long sparkly tail",
        "Make a wish on the comet",
        "{name} closed {hero_their} eyes and made a wish. Nobody can tell a comet wish, but {name} smiled a secret smile.",
    ),
    e(
        "They passed a moon made of bumpy yellow rock in outer space. Tiny lights blinked on it, like a friendly wave.",
        "a bumpy yellow moon with tiny blinking lights",
        "Blink your lights back",
        "Blink, blink! The little lights blinked back, faster and faster. It was a game of hello across outer space.",
    ),
    e(
        "In outer space, everything floated! {name} let go of a crayon, and it drifted slowly past {hero_their} nose.",
        "floating in outer space with a crayon drifting by",
        "Try a floating somersault",
        "Round and round went {name}, slowly, like a leaf in the wind. {friend} laughed and did one too.",
    ),
];

pub const SNOW: &[Event] = &[
    e(
        "Crunch, crunch, crunch went their feet in the deep snow. Behind them was a long, wiggly line of footprints.",
        "footprints in deep white snow",
        "Make a snow angel",
        "{name} lay down in the snow and swished {hero_their} arms up and down. A perfect snow angel!",
    ),
    e(
        "At the top of a snowy hill, they found an old wooden sled. It was just waiting for someone to ride it.",
        "an old wooden sled at the top of a snowy hill",
        "Slide down the hill together",
        "Whoosh! Down the snowy hill they flew, faster and faster. At the bottom, they tumbled into soft snow, laughing.",
    ),
    e(
        "The snow was just right for building. {team} rolled a big ball, then a middle ball, then a little one.",
        "rolling big balls of snow",
        "Give the snowman a carrot nose",
        "{name} pushed in a carrot nose. Now the snowman looked ready to say hello.",
    ),
    e(
        "A little snowy owl watched them from a branch above the snow. It blinked its big yellow eyes.",
        "a snowy owl on a branch",
        "Ask the owl the way home",
        "The owl hooted softly and pointed with one wing. That way was home, across the snow.",
    ),
];

pub const FOREST: &[Event] = &[
    e(
        "The path wound deeper into {place}. The trees were so tall they almost touched the sky. Leaves crunched under every step.",
        "a winding path between very tall trees",
        "Listen to the sounds of the forest",
        "Tap-tap-tap went a woodpecker. Hoo-hoo went an owl. The whole forest was singing a quiet song.",
    ),
    e(
        "A little stream ran through {place}. Round stepping stones went across it: one, two, three.",
        "stepping stones across a little stream in a forest",
        "Hop across the stepping stones",
        "Hop, hop, hop! {name} made it across without one wet toe. {friend} did a wobbly last hop and made it too.",
    ),
    e(
        "Deep in {place}, a fox peeked out from behind a tree. It had a bushy red tail with a white tip.",
        "a red fox peeking out from behind a tree",
        "Sit very still and wait",
        "They sat as still as stones. The fox came closer and closer, sniffed {name}, and trotted away happily.",
    ),
    e(
        "In a sunny spot in {place}, blackberries grew on a tangly bush. They were round and shiny and sweet.",
        "a bush of shiny blackberries in a sunny spot",
        "Pick some berries to share",
        "They picked a big handful each. Soon everyone had purple fingers and happy purple smiles.",
    ),
];

pub const GARDEN: &[Event] = &[
    e(
        "In {place}, the flowers were as tall as {name}. Fat, fuzzy bees buzzed from one flower to the next.",
        "tall flowers with fuzzy bees buzzing around",
        "Say hello to the busiest bee",
        "\"Buzz,\" said the bee, which is bee for \"hello, I'm busy\". It showed them the sweetest flower of all.",
    ),
    e(
        "In the middle of {place} there was a little pond. On a lily pad sat a shiny green frog.",
        "a green frog on a lily pad in a little pond",
        "Say ribbit to the frog",
        "\"Ribbit!\" said {name}. \"Ribbit, ribbit!\" said the frog, and jumped into the pond with a plop.",
    ),
    e(
        "In {place}, a snail was climbing a flower stalk, very, very slowly. It left a shiny silver trail.",
        "a snail climbing a flower stalk",
        "Cheer the snail on",
        "\"Go, snail, go!\" cheered {team}. The snail reached the top at last and waved its little feelers.",
    ),
    e(
        "A ladybird landed on {name}'s nose in {place}. It had seven black spots on its red back.",
        "a red ladybird landing on a nose",
        "Count the ladybird's spots",
        "One, two, three, four, five, six, seven spots! Then the ladybird opened its wings and flew away.",
    ),
];

pub const CASTLE: &[Event] = &[
    e(
        "Down came the castle's drawbridge with a clank and a creak. They walked across it, over the water of the moat.",
        "a castle drawbridge coming down over a moat",
        "Wave to the guard on the wall",
        "The guard on the castle wall waved back and blew a little trumpet: toot-toot! \"Welcome to the castle!\"",
    ),
    e(
        "Inside the castle, a winding stair led up the tallest tower. At the top was a window that looked out over the whole kingdom.",
        "a window at the top of a castle tower looking out over a kingdom",
        "Climb to the very top of the tower",
        "Up and up they went. From the top of the tower, the fields looked like a patchwork blanket.",
    ),
    e(
        "In the great hall of the castle, a long table was set for a feast. There were pies, and jellies that wobbled.",
        "a long table set for a feast in a castle hall",
        "Help set out the plates",
        "Clink, clink went the plates. \"What good helpers!\" said the castle cook, and gave everyone a jam tart.",
    ),
    e(
        "In the castle garden, there was a maze of tall green hedges. Somewhere in the middle was a fountain.",
        "a maze of tall green hedges in a castle garden",
        "Find the way to the middle",
        "Left, right, left again! At last they found the fountain, splashing and sparkling in the sun.",
    ),
];

pub const FARM: &[Event] = &[
    e(
        "In the farm's henhouse, the hens were clucking proudly. There were warm brown eggs in every nest.",
        "hens clucking in a henhouse with eggs in the nests",
        "Collect the eggs very gently",
        "One, two, three eggs went into the basket, very, very gently. Not one of them cracked.",
    ),
    e(
        "In the big red barn on the farm, there was a little calf. It was trying to stand up on wobbly legs.",
        "a little calf in a red barn",
        "Cheer the little calf on",
        "\"You can do it!\" cheered {team}. The calf stood up tall, wobbled, and then took its very first steps.",
    ),
    e(
        "Out in the farm field, the big tractor was waiting. The farmer waved. \"Want a ride?\" she called.",
        "a farmer waving beside a big tractor in a field",
        "Climb up for a tractor ride",
        "Chug, chug, chug! Round the field they went, bumping up and down, past the cows and the sheep.",
    ),
    e(
        "The pigs on the farm were rolling happily in the mud. One little piglet was covered from nose to tail.",
        "happy pigs rolling in the mud",
        "Give the muddy piglet a wash",
        "Splish, splash! The piglet was clean at last. Then it ran straight back into the mud.",
    ),
];

pub const JUNGLE: &[Event] = &[
    e(
        "Deep in the jungle, long green vines hung down from the trees. They were just right for swinging.",
        "long green vines hanging down in a jungle",
        "Swing on a vine",
        "Whee! {name} swung from one vine to the next, just like a monkey. A real monkey clapped.",
    ),
    e(
        "The sound of rushing water grew louder. And there it was: a jungle waterfall, with a rainbow in its spray.",
        "a jungle waterfall with a rainbow in its spray",
        "Splash in the pool under the waterfall",
        "Splash! The water was cool and bubbly. Colourful parrots watched from the trees and squawked.",
    ),
    e(
        "High in the jungle trees, a family of monkeys was having a banana party. They chattered and swung about.",
        "monkeys with bananas swinging in jungle trees",
        "Join the banana party",
        "The monkeys passed down a banana for everyone. Munch, munch! It was the sweetest banana ever.",
    ),
    e(
        "A big, sleepy sloth hung from a jungle branch. It opened one eye, very slowly, and smiled.",
        "a sleepy sloth hanging from a branch",
        "Say hello, very slowly",
        "\"Hel-lo,\" said {name}, as slowly as a sloth. The sloth smiled even wider. It liked slow friends.",
    ),
];

pub const MOUNTAIN: &[Event] = &[
    e(
        "The path up the mountain went zig and zag, past rocks and little purple flowers. The air got cooler and fresher.",
        "a zig-zag path up a green mountain",
        "Stop to catch your breath",
        "They sat on a flat rock and drank some water. From here, they could already see a long way.",
    ),
    e(
        "Near the top of the mountain, a goat stood on a rock. It was chewing and watching them. \"Nearly there,\" it seemed to say.",
        "a mountain goat on a rock near the top",
        "Follow the goat's path",
        "The goat knew all the easy steps. Skip, hop, skip, and there they were, near the top.",
    ),
    e(
        "At last they reached the top of the mountain. The whole world was spread out below them, green and blue and gold.",
        "the view from the top of a mountain",
        "Shout hello from the top",
        "\"Hellooo!\" shouted {team}. \"Hellooo!\" the mountain shouted back. It was their own echo!",
    ),
    e(
        "A little mountain stream came bubbling down between the rocks. The water was cold and clear.",
        "a little mountain stream bubbling between rocks",
        "Cup your hands and have a drink",
        "The water was so cold it made {name}'s teeth tingle. It was the freshest water ever.",
    ),
];

pub const SKY: &[Event] = &[
    e(
        "High in the sky, the clouds looked like soft pillows and fluffy sheep. One looked just like a bunny.",
        "clouds shaped like pillows and sheep in a blue sky",
        "Find a shape in the clouds",
        "\"That one's a dragon!\" said {friend}. \"And that one's an ice cream!\" said {name}.",
    ),
    e(
        "A rainbow curved across the sky. It was so close that {name} could see every stripe!",
        "a rainbow curving across the sky",
        "Count the colours of the rainbow",
        "Red, orange, yellow, green, blue, purple! {name} counted them all, and then counted them again.",
    ),
    e(
        "A little bird was flying high in the sky all by itself. It looked tired, and a little bit lost.",
        "a little tired bird in the sky",
        "Let the bird rest for a while",
        "The little bird rested on {name}'s shoulder. Then it chirped a thank-you and flew off to find its family.",
    ),
    e(
        "Far below the clouds in the sky, the fields looked like a patchwork quilt. A river wound through them like a ribbon.",
        "fields like a patchwork quilt far below the clouds",
        "Spot your own house far below",
        "\"There it is!\" cried {name}. Their own little house looked no bigger than a button.",
    ),
];

pub const ANYWHERE: &[Event] = &[
    e(
        "They explored every corner of {place}. Around each corner, there was something new to see.",
        "exploring together",
        "Peek around the next corner",
        "{name} peeked around the corner. There was the prettiest view of {place}!",
    ),
    e(
        "They found a cosy spot in {place} for a rest. They shared a picnic: sandwiches, apples and a cookie each.",
        "a little picnic together",
        "Save some crumbs for the birds",
        "They scattered a few crumbs. Little birds came hopping over, chirping thank you.",
    ),
    e(
        "In {place}, they met a friendly old dog. It wagged its tail so hard that its whole body wiggled.",
        "a friendly old dog wagging its tail",
        "Throw a stick for the dog",
        "Off ran the dog, and back it came with the stick. Then it wanted to play again, and again.",
    ),
    e(
        "A gentle rain began to fall on {place}. Pitter-patter, pitter-patter. Then the sun came out again.",
        "a gentle rain with the sun coming out",
        "Jump in the biggest puddle",
        "Splash! Water went everywhere. {name} laughed, and {friend} jumped in the next puddle.",
    ),
];

/// The events, moments and first step of the place titled `title` (the story's own place).
pub fn of(title: &str, seed: u64) -> Option<Setting> {
    use super::{indoors as i, outings as o, place_moments as m, place_starts as s, plots};
    // A place with other plots: the seed picks one, so one premise is not the same story every time.
    let plot = |plots: [&'static [Event]; 3]| plots[storyloom_plugin_sdk::rng::fnv1a(seed, b"plot") as usize % 3];
    let (events, moments, start): (&'static [Event], &'static [Event], &'static Start) = match title {
        "Moon" => (MOON, m::MOON, &s::MOON),
        "Stars" => (STARS, m::STARS, &s::STARS),
        "Lighthouse" => (plot([LIGHTHOUSE, plots::LIGHTHOUSE_STORM, plots::LIGHTHOUSE_TIDE]), m::LIGHTHOUSE, &s::LIGHTHOUSE),
        "Beach" | "Island" => (BEACH, m::BEACH, &s::BEACH),
        "Sea" => (SEA, m::SEA, &s::SEA),
        "Coral Reef" | "Deep Blue Sea" => (REEF, m::REEF, &s::REEF),
        "Snow" => (SNOW, m::SNOW, &s::SNOW),
        "Forest" | "Campfire" => (FOREST, m::FOREST, &s::FOREST),
        "Garden" | "Meadow" | "Park" => (GARDEN, m::GARDEN, &s::GARDEN),
        "Castle" => (CASTLE, m::CASTLE, &s::CASTLE),
        "Farm" => (FARM, m::FARM, &s::FARM),
        "Jungle" => (JUNGLE, m::JUNGLE, &s::JUNGLE),
        "Mountain" => (MOUNTAIN, m::MOUNTAIN, &s::MOUNTAIN),
        "Sky" => (SKY, m::SKY, &s::SKY),
        "Lake" | "River" => (WATERSIDE, m::WATERSIDE, &s::WATERSIDE),
        "Kitchen" => (i::KITCHEN, m::KITCHEN, &s::KITCHEN),
        "Bakery" => (i::BAKERY, m::BAKERY, &s::BAKERY),
        "House" => (i::HOUSE, m::HOUSE, &s::HOUSE),
        "Window" => (i::HOUSE, m::HOUSE, &s::WINDOW),
        "Town" => (o::TOWN, m::TOWN, &s::TOWN),
        "Zoo" => (plot([o::ZOO, plots::ZOO_PENGUIN, plots::ZOO_FEEDING]), m::ZOO, &s::ZOO),
        "Desert" => (o::DESERT, m::DESERT, &s::DESERT),
        "Cave" => (o::CAVE, m::CAVE, &s::CAVE),
        _ => return None,
    };
    Some(Setting { events, moments, start })
}
