//! The discoveries a scene can be built around, each with two choices of its
//! own and what happens when a choice is taken, plus choices that fit anywhere.

/// Realm flags: where a discovery fits.
pub const LAND: u8 = 1;
pub const WATER: u8 = 2;
pub const SPACE: u8 = 4;
pub const ALL: u8 = LAND | WATER | SPACE;

/// A choice offered at the end of a scene and what happens, told at the start of the next.
#[derive(Debug)]
pub struct Choice {
    pub text: &'static str,
    pub outcome: &'static str,
}

/// Something the hero finds in a scene.
#[derive(Debug)]
pub struct Discovery {
    pub realms: u8,
    /// Noun phrase for the picture.
    pub visual: &'static str,
    /// A clause that can follow "Just then, ".
    pub intro: &'static str,
    pub choices: [Choice; 2],
}

const fn c(text: &'static str, outcome: &'static str) -> Choice {
    Choice { text, outcome }
}

pub const DISCOVERIES: &[Discovery] = &[
    Discovery {
        realms: ALL,
        visual: "a whispering paper map",
        intro: "a scrap of paper came fluttering down and landed right at {name}'s feet. It was a map, and it was whispering! \"Psst,\" it said. \"I know a secret shortcut.\"",
        choices: [
            c(
                "Listen to the whispering map",
                "\"Left at the giggling rock, right at the sleepy cloud,\" whispered the map. {name} followed every word, and the shortcut turned out to be the funniest path in all of {place}.",
            ),
            c(
                "Fold up the map and keep it safe",
                "{name} folded the map into a neat little square and tucked it away. \"Thank you,\" the map whispered. \"I will help you when you need me most.\"",
            ),
        ],
    },
    Discovery {
        realms: ALL,
        visual: "musical notes floating in the air",
        intro: "a soft little tune came floating through the air: la-la-loo, la-la-loo. It sounded a tiny bit lonely.",
        choices: [
            c(
                "Follow the music to find the singer",
                "The music led {them} to {singer}, sitting all alone. \"I was singing so someone would find me,\" it said. {name} and {friend} sang along, and nobody was lonely any more.",
            ),
            c(
                "Hum along with the lonely tune",
                "{name} hummed along, and {friend} tapped out the beat. Soon the whole of {place} seemed to be humming too, and the lonely song became a happy one.",
            ),
        ],
    },
    Discovery {
        realms: ALL,
        visual: "a little wooden box with a golden lock",
        intro: "{they} spotted a little wooden box {spot}. It had a shiny golden lock and the words OPEN GENTLY painted on the lid.",
        choices: [
            c(
                "Open the little box very gently",
                "{name} lifted the lid ever so gently. Out floated a cloud of glittery bubbles, and each bubble showed a tiny picture of the way ahead!",
            ),
            c(
                "Knock on the box to see if anyone is inside",
                "Knock, knock! \"Who's there?\" squeaked a tiny voice. Out popped a sleepy beetle in a nightcap, who yawned and pointed the way with one little leg.",
            ),
        ],
    },
    Discovery {
        realms: ALL,
        visual: "a red balloon with a note on its string",
        intro: "a bright red balloon came bobbing along with a note tied to its string.",
        choices: [
            c(
                "Read the note on the balloon",
                "The note said, in wobbly letters: \"Whoever finds this, you are braver than you think!\" {name} stood up a little taller and smiled a big smile.",
            ),
            c(
                "Hold on tight to the balloon string",
                "Whoosh! The balloon lifted {name} gently into the air, just high enough to see the way ahead, and then set {them} down again as softly as a feather.",
            ),
        ],
    },
    Discovery {
        realms: ALL,
        visual: "a giant shimmering bubble",
        intro: "a giant shimmering bubble drifted by, big enough for two friends to sit inside.",
        choices: [
            c(
                "Hop inside the giant bubble",
                "{name} and {friend} hopped inside, and the bubble floated up, up, up. Everything below looked tiny and twinkly, until the bubble landed with a soft little pop.",
            ),
            c(
                "Blow on the bubble to see where it goes",
                "{name} puffed out {their} cheeks and blew. The bubble wobbled away, and when they followed it, it stopped right beside a signpost that said THIS WAY.",
            ),
        ],
    },
    Discovery {
        realms: ALL,
        visual: "a rainbow bridge",
        intro: "a rainbow appeared, so close and so bright that it looked just like a bridge.",
        choices: [
            c(
                "Walk across the rainbow bridge",
                "Each step on the rainbow made a different sound: red went boing, yellow went ting, and blue went whoosh. On the other side, everything sparkled.",
            ),
            c(
                "Slide down the rainbow",
                "\"Wheee!\" {name} slid all the way down the rainbow with {friend} right behind. They landed in a soft, fluffy heap and laughed until their tummies hurt.",
            ),
        ],
    },
    Discovery {
        realms: LAND | SPACE,
        visual: "a staircase of fluffy clouds",
        intro: "a staircase made of fluffy white clouds curled up and up into the sky.",
        choices: [
            c(
                "Climb the cloud staircase",
                "The cloud steps were as soft as pillows. At the very top, a kind old cloud with a snowy beard said, \"I can see everything from up here. Let me show you the way!\"",
            ),
            c(
                "Bounce on the fluffy cloud steps",
                "Boing, boing, boing! The clouds were the bounciest things ever. With one big bounce, {name} could see exactly where to go next.",
            ),
        ],
    },
    Discovery {
        realms: LAND,
        visual: "a trail of glowing footprints",
        intro: "{they} noticed a trail of glowing footprints twinkling across the ground, as if someone with sparkly toes had just tiptoed by.",
        choices: [
            c(
                "Follow the glowing footprints",
                "The footprints twisted and twirled and led {them} to a little fox with silver paws. \"Oops, those are mine!\" the fox giggled. \"Come on, I'll show you something wonderful.\"",
            ),
            c(
                "Ask {friend} who made the footprints",
                "\"Hmm,\" said {friend}, thinking very hard. \"Those belong to the Moon Fox, and the Moon Fox always knows the way!\" So off they went to find the Moon Fox.",
            ),
        ],
    },
    Discovery {
        realms: LAND,
        visual: "a tiny red door in a tree trunk",
        intro: "{they} found a tiny red door at the bottom of a big old tree, with a tiny brass knocker.",
        choices: [
            c(
                "Knock on the tiny red door",
                "Tap, tap, tap. The door creaked open, and a family of mice in tiny aprons peeked out. \"Visitors!\" they cheered, and they shared warm acorn cupcakes with everyone.",
            ),
            c(
                "Peek through the tiny keyhole",
                "{name} pressed one eye to the keyhole. Inside was a whole tiny town, with tiny lamps and a tiny train going choo-choo! The tiny driver waved hello.",
            ),
        ],
    },
    Discovery {
        realms: LAND,
        visual: "a ring of giant spotty mushrooms",
        intro: "{they} came to a ring of giant spotty mushrooms, red with white dots, each one as big as an umbrella.",
        choices: [
            c(
                "Bounce across the big mushrooms",
                "Boing! Boing! Boing! The mushrooms were as springy as trampolines. {name} bounced from one to the next, giggling all the way to the other side.",
            ),
            c(
                "Tiptoe carefully around the mushrooms",
                "{name} tiptoed around the mushrooms, quiet as a whisper. Good thing too, because a tiny snail was napping on top of one, and now it could keep on dreaming.",
            ),
        ],
    },
    Discovery {
        realms: LAND,
        visual: "a little tunnel full of glowing fireflies",
        intro: "{they} discovered a little tunnel under a hill, glowing with hundreds of friendly fireflies.",
        choices: [
            c(
                "Crawl into the firefly tunnel",
                "Inside, the fireflies flickered like tiny lanterns and hummed a happy tune. The tunnel wiggled under the hill and popped out somewhere brand new.",
            ),
            c(
                "Ask the fireflies to light the way",
                "\"Of course!\" buzzed the fireflies, and they lined up into a glowing arrow in the air. Wherever the arrow pointed, {name} followed.",
            ),
        ],
    },
    Discovery {
        realms: LAND,
        visual: "a big sleepy bear snoring on the path",
        intro: "{they} found a big fluffy bear fast asleep in the middle of the path, snoring like a rumbly drum.",
        choices: [
            c(
                "Tiptoe quietly past the snoring bear",
                "Step... step... step. {name} and {friend} tiptoed past so quietly that the bear only smiled in its sleep and mumbled, \"Mmm, honey.\"",
            ),
            c(
                "Tickle the bear's nose very gently",
                "Tickle, tickle... AH-CHOO! The bear woke up with a big sneeze and an even bigger laugh. \"Thank you for waking me! Hop on my back and I'll give you a ride.\"",
            ),
        ],
    },
    Discovery {
        realms: LAND,
        visual: "an old wooden wagon with a sign",
        intro: "{they} came across an old wooden wagon with a sign that said FREE RIDES FOR FRIENDS.",
        choices: [
            c(
                "Climb into the wooden wagon",
                "{name} and {friend} climbed in, and the wagon started rolling all by itself, clickety-clack, down a winding hill and through a tunnel of flowers.",
            ),
            c(
                "Give the wagon a big push",
                "{name} gave the wagon a big push and jumped in. Down the hill it rattled, faster and faster, until it stopped with a bump exactly where they needed to be.",
            ),
        ],
    },
    Discovery {
        realms: LAND | WATER,
        visual: "a wise old tortoise wearing a tiny hat",
        intro: "{they} met a wise old tortoise in a tiny hat, sitting on a stone. \"Answer my riddle,\" she said slowly, \"and I will show you the way.\"",
        choices: [
            c(
                "Try to solve the tortoise's riddle",
                "\"What has hands but cannot clap?\" asked the tortoise. {name} thought and thought... \"A clock!\" The tortoise smiled a slow, happy smile and pointed the way.",
            ),
            c(
                "Ask the tortoise for a little hint",
                "\"Here is a hint,\" said the tortoise. \"It goes tick-tock.\" \"A clock!\" shouted {name} and {friend} together, and the tortoise did a slow, happy wiggle.",
            ),
        ],
    },
    Discovery {
        realms: LAND,
        visual: "a little lost duckling",
        intro: "{they} heard a tiny sniffle. It was a little lost duckling who could not find its mama.",
        choices: [
            c(
                "Help the duckling find its mama",
                "{name} and {friend} searched high and low until they heard a loud \"QUACK!\" The duckling's mama hugged her baby with both wings and thanked them a hundred times.",
            ),
            c(
                "Share a snack with the little duckling",
                "The duckling munched happily and stopped crying. Then it had an idea: \"Quack! I can hear my mama over there!\" So they all went that way together.",
            ),
        ],
    },
    Discovery {
        realms: WATER,
        visual: "a little boat shaped like a teacup",
        intro: "{they} saw a little boat shaped like a teacup bobbing at the water's edge, with a big spoon for a paddle.",
        choices: [
            c(
                "Climb into the teacup boat",
                "{name} and {friend} climbed aboard and paddled with the spoon. The teacup boat spun in happy circles and carried them across the waves to a sandy little island.",
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
        intro: "a big blue whale rose out of the water and blew a fountain of sparkly spray. \"Hellooo,\" she sang in a deep, friendly voice.",
        choices: [
            c(
                "Ride on the whale's back",
                "{name} and {friend} climbed onto the whale's smooth back. Splish, splash! She swam so gently that it felt like riding a giant, friendly cloud.",
            ),
            c(
                "Sing a song back to the whale",
                "{name} sang the best song {they} knew, and the whale sang it back, only deeper and louder. Fish jumped, waves danced, and the whale showed them the way.",
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
                "The message said: \"Follow the shells that shine pink.\" And sure enough, there was a trail of pink shells leading along the shore.",
            ),
            c(
                "Send the bottle back out for someone else",
                "{name} gave the bottle a gentle push. A moment later, a seagull swooped down with another bottle, and this one had a map inside!",
            ),
        ],
    },
    Discovery {
        realms: WATER,
        visual: "a sparkle under the water and pink seashells",
        intro: "{they} saw something sparkling under the water, right beside a row of shiny pink seashells.",
        choices: [
            c(
                "Dive down to find the sparkle",
                "{name} took a big breath and dove down. The sparkle was a little crab polishing a shiny pebble. \"Isn't it pretty?\" she said, and she showed them a secret path.",
            ),
            c(
                "Listen to the pink seashells",
                "{name} held a shell up to {their} ear. \"Whoosh... go to the big rock... whoosh,\" it whispered. So to the big rock they went.",
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
        intro: "a little green alien peeked out from behind a moon rock and waved all three of its hands.",
        choices: [
            c(
                "Wave back at the little alien",
                "{name} waved back with both hands. The alien laughed a bubbly laugh. \"Greetings, friends! My name is Zib. Want to see my spaceship?\"",
            ),
            c(
                "Offer the alien a tasty snack",
                "The alien nibbled the snack and its antennae wiggled with joy. \"Yum! On my planet we only have moon crackers,\" it said, and it happily showed them the way.",
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
                "Boing! Out here, everything is extra bouncy. {name} jumped so high that {they} could see the whole way ahead, then floated down slowly like a feather.",
            ),
            c(
                "Scoop up some of the silvery dust",
                "The silvery dust swirled up into the shape of an arrow and floated off into the dark. \"It's showing us the way!\" cried {friend}.",
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
                "{name} looked at the robot's map and found the way. \"Beep-boop-HOORAY!\" the robot sang, and it lit up like a birthday cake to guide them onward.",
            ),
            c(
                "Teach the robot a silly dance",
                "{name} wiggled, {friend} wobbled, and the robot went beep-bop-boogie. It was so happy that its light blinked every colour of the rainbow.",
            ),
        ],
    },
];

/// Choices that fit any scene.
pub const ANYWHERE: &[Choice] = &[
    c(
        "Ask {friend} for a good idea",
        "{friend} thought and thought, and then smiled. \"I know!\" {friend} said. \"Let's keep going together, one brave step at a time.\"",
    ),
    c(
        "Sing a brave little song",
        "{name} sang, \"La-la-la, I'm brave and strong!\" and soon {friend} joined in. Singing made everything feel much less scary.",
    ),
    c(
        "Look around carefully for clues",
        "{name} looked high and low. Under a pebble, {they} found a tiny arrow drawn in chalk, pointing the way.",
    ),
    c(
        "Have a snack and make a plan",
        "{name} and {friend} shared crunchy apple slices and made a clever plan. Full tummies make the very best thinkers!",
    ),
    c(
        "Call out a big friendly hello",
        "\"Hellooo!\" called {name}. \"Hellooo!\" answered an echo, and then a giggle, and then a friendly voice said, \"This way!\"",
    ),
    c(
        "Take a deep breath and tiptoe forward",
        "{name} took a deep breath, in and out, and tiptoed forward. Step, step, step. Being brave felt a little wobbly, but good.",
    ),
    c(
        "Draw a map of the way so far",
        "{name} drew a wiggly map with a stick. \"Look,\" said {friend}, pointing. \"We've come so far already. It must be just over there!\"",
    ),
    c(
        "Count to ten and peek again",
        "One, two, three... all the way to ten! When {name} peeked again, a helpful ladybug had landed nearby and was waving {them} onward.",
    ),
];
