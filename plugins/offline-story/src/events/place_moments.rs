//! The small moments of each place that fill a long story's gaps: a friendly
//! creature that lives there, or a rest in a spot only that place has (a
//! snack on the rocks by the lighthouse, a crater to sit in on the moon).
//! Every moment names its place or something only it has.

use super::{Event, e};

pub const MOON: &[Event] = &[
    e(
        "Behind a moon rock, {name} found a little crater just the right size for sitting in. It was like a dusty grey armchair.",
        "sitting in a little crater on the moon",
        "Sit in the crater for a rest",
        "{team} sat in the crater and looked up at the stars. Everything was very, very quiet on the moon.",
    ),
    e(
        "High above the moon, a shooting star zipped across the black sky, leaving a silver streak behind it.",
        "a shooting star above the grey moon",
        "Make a wish on the shooting star",
        "{name} closed {hero_their} eyes and wished very hard. On the moon, wishes feel extra big.",
    ),
];

pub const STARS: &[Event] = &[e(
    "A friendly little star came twinkling over in outer space. It was warm, and it hummed a happy tune.",
    "a friendly little star twinkling close by in space",
    "Hum along with the little star",
    "Hmm-hmm-hmm! {team} hummed along, and the little star twinkled in time.",
)];

pub const LIGHTHOUSE: &[Event] = &[
    e(
        "On the rocks below the lighthouse, they stopped for a snack. A seagull came to watch, hoping for a crumb.",
        "a snack on the rocks below a lighthouse with a seagull watching",
        "Share a crust with the seagull",
        "The seagull gobbled the crust and squawked a loud thank-you. Then it flew up to the top of the lighthouse.",
    ),
    e(
        "Far below the lighthouse, a little fishing boat chugged past. The sailors looked up and waved their hats.",
        "a little fishing boat far below a lighthouse",
        "Wave back to the sailors",
        "{team} waved and waved. Toot, toot! went the boat's horn, all the way out to sea.",
    ),
];

pub const BEACH: &[Event] = &[e(
    "A little hermit crab peeked out of its shell on {place}. Its shell was much too big for it.",
    "a little hermit crab peeking out of a big shell on the sand",
    "Find the hermit crab a better shell",
    "{name} found a small, round shell. The hermit crab climbed right in. It fitted perfectly!",
)];

pub const SEA: &[Event] = &[e(
    "A friendly seal popped its head up out of {place}. It had long whiskers and big dark eyes.",
    "a friendly seal popping its head out of the sea",
    "Say hello to the seal",
    "\"Hello, seal!\" said {name}. The seal clapped its flippers and dived under with a splash.",
)];

pub const REEF: &[Event] = &[e(
    "A school of tiny silver fish swirled around them in {place}, like a shiny cloud.",
    "a swirl of tiny silver fish around them in a coral reef",
    "Swim along with the silver fish",
    "Swish, swirl, swoosh! They swam along in the middle of the shiny cloud, all the way round the reef.",
)];

pub const SNOW: &[Event] = &[e(
    "A little white rabbit hopped across the snow, leaving tiny footprints behind it.",
    "a little white rabbit hopping across the snow",
    "Follow the rabbit's tracks",
    "The tracks led to a cosy burrow under a snowy bush. The rabbit peeked out and twitched its nose.",
)];

pub const FOREST: &[Event] = &[e(
    "A squirrel ran down a tree in {place}, holding a nut in its paws. It looked at them with bright eyes.",
    "a squirrel holding a nut on a tree trunk in a forest",
    "Help the squirrel find more nuts",
    "They found three nuts under the leaves. The squirrel stuffed them in its cheeks and ran off, very pleased.",
)];

pub const GARDEN: &[Event] = &[e(
    "A butterfly with bright blue wings landed on a flower in {place}. It opened and closed its wings slowly.",
    "a blue butterfly on a flower",
    "Stand still and watch the butterfly",
    "They stood as still as statues. The butterfly fluttered up and landed on {name}'s finger!",
)];

pub const CASTLE: &[Event] = &[e(
    "The castle cat came strolling along the castle wall, with a little bell on its collar. Jingle, jingle!",
    "a cat with a bell strolling along a castle wall",
    "Stroke the castle cat",
    "The cat purred like a little engine and rubbed against {name}'s legs. Then it showed them a sunny window seat.",
)];

pub const FARM: &[Event] = &[e(
    "A fluffy yellow chick had wandered away from its mum on {place}. Cheep, cheep!",
    "a fluffy yellow chick on its own in a farmyard",
    "Take the chick back to its mum",
    "{name} carried the chick very gently back to the henhouse. Its mum clucked a big thank-you.",
)];

pub const JUNGLE: &[Event] = &[e(
    "A bright blue butterfly, as big as a hand, fluttered past them in the jungle.",
    "a huge blue butterfly in a green jungle",
    "Follow the big blue butterfly",
    "The butterfly led them to a patch of sunshine full of flowers. Then it floated off into the trees.",
)];

pub const MOUNTAIN: &[Event] = &[e(
    "They sat on a big flat rock on {place} for a snack. High above them, an eagle floated on the wind.",
    "an eagle floating high above a mountain",
    "Wave to the eagle",
    "The eagle tipped its wide wings, as if it was waving back. Then it soared over the mountain top.",
)];

pub const SKY: &[Event] = &[e(
    "A friendly cloud drifted close in the sky. It was shaped just like a big, fluffy sheep.",
    "a fluffy cloud shaped like a sheep in the sky",
    "Say baa to the cloud sheep",
    "\"Baa!\" said {name}. The cloud wobbled, and a little puff floated off it like a woolly tail.",
)];

pub const WATERSIDE: &[Event] = &[e(
    "A dragonfly with shiny blue wings zipped over {place}. It stopped in the air, then zipped away again.",
    "a shiny blue dragonfly over the water",
    "Watch the dragonfly dance",
    "Zip, stop, zip! The dragonfly danced over the water, and {team} danced along on the bank.",
)];

pub const KITCHEN: &[Event] = &[e(
    "While they waited in {place}, the clock went tick-tock, and a lovely warm smell filled the air.",
    "waiting in a cosy kitchen with a ticking clock",
    "Lick the mixing spoon",
    "{name} got to lick the mixing spoon, and {friend} got the bowl. Mmm, yummy!",
)];

pub const BAKERY: &[Event] = &[e(
    "The baker's little dog sniffed the air in {place}, hoping for a crumb.",
    "a little dog sniffing the air in a bakery",
    "Find the dog a tiny crust",
    "The dog crunched up the crust and wagged its tail so hard its whole body wiggled.",
)];

pub const HOUSE: &[Event] = &[e(
    "A sleepy cat was curled up on the sofa in {place}. It opened one eye and gave a little purr.",
    "a sleepy cat curled up on a sofa",
    "Stroke the sleepy cat",
    "The cat purred louder and louder, then stretched out for a tummy tickle.",
)];

pub const TOWN: &[Event] = &[e(
    "A pigeon strutted along the pavement in {place}, bobbing its head with every step.",
    "a pigeon strutting along a town pavement",
    "Walk like the pigeon",
    "Bob, bob, step! Everyone walked like the pigeon. The pigeon looked very surprised.",
)];

pub const ZOO: &[Event] = &[e(
    "At the café at {place}, they stopped for a snack. A peacock walked right past their table!",
    "a peacock walking past a table at a zoo café",
    "Watch the peacock's tail",
    "Whoosh! The peacock opened its tail like a huge, shiny fan. It was covered in blue and green eyes.",
)];

pub const DESERT: &[Event] = &[e(
    "A little lizard sat on a warm rock in {place}. It blinked at them, very slowly.",
    "a little lizard on a warm rock in the desert",
    "Blink back at the lizard",
    "Blink, blink! The lizard nodded its little head and scurried under the rock.",
)];

pub const CAVE: &[Event] = &[e(
    "Drip, drop! Water dripped from the roof of {place} into little pools that shone in the torchlight.",
    "water dripping into little pools in a cave",
    "Listen to the drips make music",
    "Drip, drop, plink, plonk! It sounded like a tiny piano playing in the dark.",
)];
