//! The events a premise's object brings to the middle scenes: building it,
//! setting off in it and the ride itself (a rocket's countdown and flight, a
//! boat's waves, a balloon over the clouds), a kite in the wind, something
//! carried along. `{object}`, `{place}`, `{name}`, `{friend}` and `{team}` are filled in.

use super::{Event, e, on_the_way};

/// Making the object, before it goes anywhere ("two sisters build a cardboard rocket").
pub const BUILD: &[Event] = &[
    on_the_way(
        "in a back garden",
        e(
            "Now that they had everything, {team} had to build {object}. They cut and folded, taped and stuck, and then they painted it.",
            "{cast}, making a half-built {bare_object} out of big cardboard boxes, cutting, taping and painting it",
            "Paint a big star on the side",
            "Swish, swish went the brush. {name} painted a big yellow star, and {friend} added a smiley face.",
        ),
    ),
    on_the_way(
        "in a back garden",
        e(
            "Snip, stick, tap! Bit by bit, {object} began to look just right. {name} stepped back and smiled at it.",
            "{cast}, taping the last pieces onto a half-built {bare_object}",
            "Give it a name",
            "\"Let's call it Sparkle,\" said {friend}. {name} wrote the name on {object} in big, careful letters.",
        ),
    ),
];

/// A rocket or spaceship: the countdown and the flight (the landing belongs to the place).
pub const SPACE: &[Event] = &[
    on_the_way(
        "high in a bright blue sky above the rooftops",
        e(
            "{team} sat down inside {object} and counted: \"Five, four, three, two, one, blast off!\" Whoosh! With a rumble, {object} rose into the sky.",
            "{a_object} blasting off into the sky with a trail of white smoke, with {cast} inside it, looking out of its round window",
            "Wave goodbye to the houses below",
            "The houses got smaller and smaller, like toy blocks. \"Bye-bye!\" called {name}, waving until they were tiny dots.",
        ),
    ),
    on_the_way(
        "high up in outer space among the twinkling stars",
        e(
            "Up, up, up went {object}, past the birds and the clouds. Soon the sky turned dark. The stars came out to twinkle at them.",
            "{a_object} flying through a dark sky full of stars, with {cast} inside it, looking out of its round window",
            "Count the stars out of the window",
            "They counted all the way to a hundred! There were too many stars to count, and each one winked at {name}.",
        ),
    ),
];

/// A boat, ship, raft or canoe.
pub const BOAT: &[Event] = &[
    e(
        "{team} pushed {object} into the water and climbed aboard. The water went lap, lap, lap against its sides.",
        "{a_object} setting off across the water, with {cast} aboard",
        "Ring the boat's little bell",
        "Ding, ding! The bell rang out over the water, and a row of ducks quacked hello back.",
    ),
    e(
        "The wind puffed, and {object} bobbed up and down over the waves. Splash! A bit of water tickled {name}'s nose.",
        "{a_object} bobbing up and down on the blue waves, with {cast} aboard",
        "Hold on tight and shout wheee",
        "\"Wheee!\" shouted {name} as {object} went up a big wave and down again. {friend} laughed so hard it was catching.",
    ),
    e(
        "Something silver flashed beside {object}. A family of fish was swimming along with them, just under the water.",
        "a family of silver fish swimming beside {a_object} on the waves, with {cast} aboard",
        "Say hello to the fish",
        "\"Hello, fish!\" said {name}. The fish swished their tails and made a ring of bubbles, pop, pop, pop.",
    ),
];

/// A balloon, airplane, helicopter or flying carpet.
pub const AIR: &[Event] = &[
    on_the_way(
        "high above green fields and little houses",
        e(
            "Gently, gently, {object} lifted off the ground. The trees and houses shrank below them like toys.",
            "{cast}, riding in {a_object} high in the sky, looking down at tiny houses and trees",
            "Look down at the world below",
            "Everything looked so small from up here. Tiny roads, tiny trees, and a tiny dog wagging a tiny tail!",
        ),
    ),
    on_the_way(
        "high in the sky among fluffy white clouds",
        e(
            "{Object} floated right through a big white cloud. It was cool and misty, and for a moment everything was white.",
            "{a_object} floating through a big fluffy white cloud, with {cast} aboard",
            "Try to catch a piece of cloud",
            "{name} reached out to catch it, but caught only a cool little puff of mist. Everyone giggled.",
        ),
    ),
    on_the_way(
        "high in a blue sky",
        e(
            "A flock of birds flew beside {object}, flapping and calling. They seemed to be showing the way.",
            "a flock of birds flying beside {a_object} in the sky, with {cast} aboard",
            "Follow the birds",
            "The birds swooped left, and {object} swooped left too. It was like a dance in the sky.",
        ),
    ),
];

/// A train, car, bus, truck, tractor, bike, scooter, wagon or sled.
pub const ROAD: &[Event] = &[
    e(
        "{Object} set off with a bump and a jiggle. Past the houses they went, past the trees, and round the bend.",
        "{cast}, riding in {a_object} along a winding road past trees",
        "Sing a travelling song",
        "\"The wheels go round and round!\" sang {team}. {Object} seemed to go faster with every verse.",
    ),
    e(
        "Then came a big, steep hill. {Object} went slowly up, up, up. Then it whooshed all the way down!",
        "{cast}, whooshing down a big green hill in {a_object}",
        "Shout wheee all the way down",
        "\"Wheee!\" The wind blew in their faces, and {name}'s tummy did a happy flip.",
    ),
    e(
        "Halfway there, they stopped for a rest beside a field of sheep. The sheep looked at {object} and said, \"Baa!\"",
        "stopping beside a field of fluffy sheep",
        "Share a snack with everyone",
        "{name} shared apple slices with {friend}, and even gave one to the friendliest sheep. Crunch, crunch!",
    ),
];

/// A kite: the wind, up it goes, a tangle, and dancing in the sky.
pub const KITE: &[Event] = &[
    e(
        "{name} held {object} up high and waited. Then a puff of wind came, and {object} began to tug and wiggle.",
        "holding up a kite in the wind",
        "Run as fast as you can",
        "{name} ran and ran, and {object} leapt up into the sky behind {them}. \"It's flying!\" cried {friend}.",
    ),
    e(
        "Up went {object}, higher than the trees, higher than the birds! Its long tail danced and swished in the wind.",
        "a kite flying high in a blue sky",
        "Let out a little more string",
        "Whirr went the string. {Object} climbed even higher, until it was a bright dot in the sky.",
    ),
    e(
        "Oh no! A gust of wind blew {object} right into a tree. Its string was tangled in the branches.",
        "a kite caught in the branches of a tree",
        "Wiggle the string very gently",
        "Wiggle, wiggle, tug. With a rustle of leaves, {object} popped free. Up it sailed into the sky again.",
    ),
];

/// Something carried along (a map, a lantern, a telescope, an umbrella).
pub const CARRY: &[Event] = &[
    e(
        "{name} held {object} up high for everyone to see. \"This will help us,\" {name} said. \"I just know it.\"",
        "holding something up for everyone to see",
        "Share it with everyone",
        "{friend} held {object} very carefully, then gave it back. \"Your turn again,\" {friend} said kindly.",
    ),
    e(
        "When the path split in two, {name} looked at {object} and thought hard. Then {name} pointed: \"This way!\"",
        "a path splitting in two directions",
        "Take the path on the left",
        "It was the right way! Soon they could see {place} ahead, bright and welcoming.",
    ),
];

/// Something built that stays put (a treehouse, a sandcastle, a snowman, a fort).
pub const STAY: &[Event] = &[
    e(
        "First, {team} had to find the right spot for {object}. They looked all around {place}. Then they picked the very best one.",
        "choosing the best spot to build",
        "Draw a plan in the ground",
        "{name} drew a plan with a stick, and {friend} added a little door. \"Perfect,\" they said together.",
    ),
    e(
        "{Object} grew taller and taller. {name} patted it here, and {friend} smoothed it there.",
        "building something together, patting and smoothing",
        "Add a flag on the top",
        "{name} stuck a little flag right on the top. It fluttered in the breeze as if it was waving hello.",
    ),
];
