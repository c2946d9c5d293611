//! The events of the places by and in the water: the lighthouse's rocks,
//! stairs, keeper and light; the beach's rock pools and shells; the sea's
//! dolphins and island; the coral reef; a lake's or river's ducks and bridge.
//! Every event names its place.

use super::{Event, e};

pub const LIGHTHOUSE: &[Event] = &[
    e(
        "First, they had to climb the rocks to the lighthouse. The rocks were wet and slippery. They went slowly, one careful step at a time.",
        "climbing wet rocks towards a tall red and white lighthouse",
        "Hold on to each other",
        "{name} held on to {friend}, and {friend} held on to {name}. Together, they did not slip once.",
    ),
    e(
        "At last they reached the lighthouse door. Inside, a twisty staircase went round and round and up and up. \"How many steps?\" wondered {name}.",
        "a twisty staircase inside a lighthouse",
        "Count every step on the way up",
        "They counted every step, all the way to ninety-nine! {name} was puffing, but {name} kept going.",
    ),
    e(
        "Halfway up the stairs, they met the lighthouse keeper, a kind old man with a white beard. \"Visitors, how lovely!\" he said with a big smile.",
        "a kind lighthouse keeper with a white beard on the stairs",
        "Ask the keeper about the light",
        "\"The light at the top helps the boats find their way home,\" said the keeper. \"Would you like to see it?\"",
    ),
    e(
        "At the very top of the lighthouse was the great big light. It was round and shiny, with glass all around. Outside, the sea went on and on.",
        "the big lamp at the top of a lighthouse with the sea all around",
        "Help the keeper turn on the light",
        "Click! The great light began to shine and turn. Its bright beam reached far out over the sea.",
    ),
];

pub const BEACH: &[Event] = &[
    e(
        "They found a rock pool on {place}. It was full of tiny things: a shrimp, a wiggly anemone and a crab as small as a button.",
        "a rock pool on the beach with tiny sea creatures",
        "Look very closely without touching",
        "Everyone knelt down very still. The tiny crab waved one claw at {name}, as if to say hello.",
    ),
    e(
        "Whoosh! A big wave rolled up onto {place}, then slid back again. It left shiny shells all over the sand.",
        "shells left on the wet sand by a wave",
        "Pick the prettiest shell",
        "{name} picked a pink shell with swirly stripes. When {name} held it close, it sounded like the sea.",
    ),
    e(
        "On {place}, they built a tall tower of wet sand. They put a seagull feather right on the top.",
        "a tall tower of sand with a feather on top",
        "Dig a moat around the tower",
        "Dig, dig, dig! When the next wave came, it filled the moat right up to the brim.",
    ),
    e(
        "A crab scuttled sideways across {place}. It stopped, waved a claw, and scuttled on again.",
        "a little crab scuttling sideways on the sand",
        "Walk sideways like the crab",
        "Step, step, sideways! Everyone walked like the crab, and nobody could stop giggling.",
    ),
];

pub const SEA: &[Event] = &[
    e(
        "Out on {place}, a dolphin jumped right out of the water. Splash! Then another one, and another.",
        "dolphins jumping out of the blue sea",
        "Clap for the dolphins",
        "Clap, clap, clap! The dolphins seemed to like it. They jumped even higher, and one did a twirl.",
    ),
    e(
        "Far away across {place}, they saw a little green island. It had one tall palm tree.",
        "a little green island with one palm tree in the sea",
        "Go and visit the little island",
        "The island was small and sandy and quiet. {name} left one footprint there, just to say hello.",
    ),
    e(
        "A friendly seagull landed near them on {place}. It tipped its head and gave a loud squawk.",
        "a friendly seagull on the sea with its head tipped",
        "Squawk back at the seagull",
        "\"Squawk!\" said {name}. The seagull looked very surprised, and then it squawked back twice.",
    ),
    e(
        "Far out on {place}, a big whale came up to breathe. Whoosh! A fountain of water shot into the air.",
        "a big whale spouting a fountain of water",
        "Wave to the whale",
        "{team} waved and waved. The whale lifted its huge tail, as if it was waving back.",
    ),
];

pub const REEF: &[Event] = &[
    e(
        "All over {place}, there were bright colours. Pink coral, purple coral, and orange fish zipping in and out!",
        "colourful coral with orange fish zipping around",
        "Swim through the coral arch",
        "Swish! Through the coral arch they swam. On the other side, a hundred tiny fish said hello.",
    ),
    e(
        "An old sea turtle came gliding through {place}, slow and gentle. \"Welcome,\" he said in a deep, bubbly voice.",
        "an old sea turtle gliding past a coral reef",
        "Ask the turtle to show the way",
        "\"Follow me,\" said the turtle. He showed them a secret cave, full of glowing shells.",
    ),
    e(
        "A little seahorse peeked out from the seaweed in {place}. It curled its tail around a stem and held on tight.",
        "a little seahorse holding on to seaweed",
        "Say hello very softly",
        "\"Hello,\" whispered {name}. The little seahorse bobbed up and down, which is how seahorses say hello.",
    ),
    e(
        "Deep in {place}, an old treasure chest lay half-buried in the soft sand. Little silver fish swam in and out of it, in and out.",
        "an old treasure chest half-buried in the sand with little fish",
        "Peek inside the chest",
        "Inside the chest there was no gold at all. There was a family of tiny shrimps, fast asleep.",
    ),
];

pub const WATERSIDE: &[Event] = &[
    e(
        "A family of ducks paddled along {place}. The babies swam in a neat little line behind their mum.",
        "a family of ducks paddling in a line",
        "Quack hello to the ducks",
        "\"Quack!\" said {name}. \"Quack, quack!\" said the ducks, which probably meant hello.",
    ),
    e(
        "An old wooden bridge crossed the water of {place}. Down below, little fish flicked their tails.",
        "an old wooden bridge over the water",
        "Play a game of dropping sticks",
        "They dropped two sticks off the bridge and ran to the other side. {friend}'s stick came out first!",
    ),
    e(
        "By {place}, a frog sat on a lily pad. Ribbit! It jumped, and landed with a plop.",
        "a green frog jumping from a lily pad",
        "Skip a flat stone across the water",
        "Skip, skip, skip! The stone bounced three times. {friend} tried too and made a big splash.",
    ),
    e(
        "A heron stood very still at the edge of {place}, on one long leg. It was waiting for a fish.",
        "a grey heron on one leg at the water's edge",
        "Try standing on one leg too",
        "Everyone stood on one leg like the heron. Wobble, wobble, bump! Only the heron did not fall over.",
    ),
];
