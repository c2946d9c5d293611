//! The events of the places a family goes out to, in story order: the
//! town's market, library and fountain; the zoo's giraffes, penguins and
//! elephants; the desert's camel ride and oasis; the cave's glowing walls and
//! underground pool. Every event names its place.

use super::{Event, e};

pub const TOWN: &[Event] = &[
    e(
        "In the middle of {place} was a busy market. There were stalls full of apples, flowers and bright balloons.",
        "a busy town market with stalls of apples, flowers and balloons",
        "Buy a big red apple",
        "{name} gave the stall lady a shiny coin. \"Here you are,\" she said, and picked the reddest apple of all.",
    ),
    e(
        "Round the corner in {place} was the library. Inside, it was quiet, and there were books all the way up to the ceiling.",
        "a quiet library with books up to the ceiling",
        "Choose a book about animals",
        "{name} found a big book full of animals. They sat on a beanbag and read it together, page by page.",
    ),
    e(
        "Bong, bong, bong! The clock tower of {place} rang three times. Pigeons flew up from the rooftops.",
        "a clock tower ringing with pigeons flying up",
        "Count the bongs of the clock",
        "\"One, two, three!\" counted {team}. \"Three o'clock!\" said {name}. \"Time for something fun.\"",
    ),
    e(
        "In the square of {place}, a fountain was splashing and sparkling. People threw pennies in and made wishes.",
        "a splashing fountain in a town square",
        "Throw a penny and make a wish",
        "Plink! The penny sank to the bottom. {name} closed {hero_their} eyes and made a secret wish.",
    ),
];

pub const ZOO: &[Event] = &[
    e(
        "At {place}, they went to see the giraffes. The giraffes were so tall that they were eating leaves from the treetops!",
        "tall giraffes eating leaves from the treetops at a zoo",
        "Hold out a leaf for a giraffe",
        "A giraffe bent its long, long neck. Slurp! Its purple tongue took the leaf right out of {name_hand}.",
    ),
    e(
        "Then they came to the penguins at {place}. They waddled to the edge of their pool and jumped in, splash, splash!",
        "penguins waddling and jumping into a pool at a zoo",
        "Waddle like a penguin",
        "Waddle, waddle, flap! Everyone waddled along the path. A keeper laughed and waddled too.",
    ),
    e(
        "At {place}, a big grey elephant was having a bath. She filled her trunk with water and sprayed it up high.",
        "an elephant spraying water from her trunk at a zoo",
        "Stand back from the splashes",
        "Whoosh! The water sprayed everywhere, but {team} jumped back just in time. Only {friend_shoes_wet}.",
    ),
    e(
        "Over at {place}, the lion was lying in the sun. He opened his mouth in a great big yawn.",
        "a lion yawning in the sun at a zoo",
        "Yawn a big lion yawn too",
        "\"Yaaawn!\" went {name}, just like the lion. The lion blinked, then rolled over for a nap.",
    ),
    e(
        "Along the path at {place}, the monkeys were swinging from branch to branch, hooting and chattering.",
        "monkeys swinging from branch to branch at a zoo",
        "Wave to the monkeys",
        "{name} waved, and a little monkey waved right back! Then it hung upside down by its tail, just to show off.",
    ),
];

pub const DESERT: &[Event] = &[
    e(
        "In {place}, a kind camel was kneeling in the sand. Its owner smiled. \"Would you like a ride?\"",
        "a kind camel kneeling in the desert sand",
        "Climb up for a camel ride",
        "Up went the camel, back legs first, then front legs! Sway, sway, they rode across the sand.",
    ),
    e(
        "The sand in {place} made tall hills, like frozen waves. From the top of one, they could see a long way.",
        "tall sand hills in a golden desert",
        "Slide down the sand hill",
        "Whoosh! Down they slid, and sand went everywhere. {name_sand} and a big grin.",
    ),
    e(
        "Far across {place}, something green appeared. It was an oasis, with palm trees and a little pool of cool water.",
        "an oasis with palm trees and a little pool in the desert",
        "Rest in the shade of the palm trees",
        "Under the palm trees it was cool and shady. They sipped cold water and listened to the leaves rustle.",
    ),
    e(
        "As the sun went down over {place}, the sky turned orange and pink. Then, one by one, the stars came out.",
        "stars coming out over a desert at dusk",
        "Count the first stars",
        "\"One, two, three...\" counted {name}. Soon there were far too many to count. The whole sky twinkled.",
    ),
];

pub const CAVE: &[Event] = &[
    e(
        "Inside {place}, it was cool and dark. Drip, drop, went the water. Every sound came back as an echo.",
        "looking into a cool dark cave with a torch",
        "Whisper a word and hear it echo",
        "\"Hello,\" whispered {name}. \"Hello, hello, hello,\" whispered the cave. Everyone giggled, and so did the echo.",
    ),
    e(
        "Deeper in {place}, the walls began to glow with tiny blue lights. They were glow-worms, twinkling like stars.",
        "tiny blue glow-worms twinkling on cave walls",
        "Switch off the torch to see them glow",
        "Click! In the dark, the glow-worms shone even brighter. It was like a sky full of blue stars.",
    ),
    e(
        "A little family of bats was hanging upside down from the roof of {place}. They were fast asleep.",
        "little bats hanging upside down asleep in a cave",
        "Tiptoe past very quietly",
        "Tiptoe, tiptoe. Nobody made a sound. One little bat opened an eye, smiled, and went back to sleep.",
    ),
    e(
        "At the very back of {place}, there was an underground pool. The water was so clear you could see every pebble.",
        "a clear underground pool in a cave",
        "Drop a pebble and watch the ripples",
        "Plop! Rings of ripples spread out across the pool, round and round, until the water was still again.",
    ),
];
