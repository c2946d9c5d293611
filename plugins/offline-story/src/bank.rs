//! The discoveries scene 1 of a premise the storyteller cannot place is built
//! around, each with two choices of its own and what happens when a choice is
//! taken; the choices that fit anywhere are in `choices.rs`, the sea's and
//! space's discoveries in `sea_and_space.rs`, those under the water in `underwater.rs`.

/// Realm flags: where a discovery fits.
pub const LAND: u8 = 1;
pub const WATER: u8 = 2;
pub const SPACE: u8 = 4;
/// Under the water (a coral reef, the bottom of the sea): only these fit there.
pub const DEEP: u8 = 8;
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

pub const fn c(text: &'static str, outcome: &'static str) -> Choice {
    Choice { text, outcome }
}

const DISCOVERIES: &[Discovery] = &[
    Discovery {
        realms: ALL,
        visual: "a whispering paper map",
        intro: "a scrap of paper came fluttering down and landed right at {name}'s feet. It was a map, and it was whispering! \"Psst,\" it said. \"I know a secret shortcut.\"",
        choices: [
            c(
                "Listen to the whispering map",
                "\"Left at the giggling rock, right at the sleepy cloud,\" whispered the map. {name} followed every word. It was the funniest path in all of {place}.",
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
                "The music led {them} to {singer}, sitting all alone. \"I was singing so someone would find me,\" it said. {team} sang along, and nobody was lonely any more.",
            ),
            c(
                "Hum along with the lonely tune",
                "{name} hummed along, and {friend} tapped out the beat. Soon everyone was humming too. The lonely song became a happy one.",
            ),
        ],
    },
    Discovery {
        realms: ALL | DEEP,
        visual: "a little wooden box with a golden lock",
        intro: "{they} spotted a little wooden box {spot}. It had a shiny golden lock. On the lid it said OPEN GENTLY.",
        choices: [
            c(
                "Open the little box very gently",
                "{name} lifted the lid ever so gently. Out floated a cloud of glittery bubbles. Each bubble showed a tiny picture of the way ahead!",
            ),
            c(
                "Knock on the little box",
                "Knock, knock! \"Who's there?\" squeaked a tiny voice. Out popped a sleepy beetle in a nightcap. It yawned and pointed the way with one little leg.",
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
                "Whoosh! The balloon lifted {name} gently into the air. From up there, {name} could see the way ahead! Then it set {them} down, soft as a feather.",
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
                "{team} hopped inside, and the bubble floated up, up, up. Everything below looked tiny and twinkly. Then the bubble landed with a soft little pop.",
            ),
            c(
                "Blow the bubble along",
                "{name} puffed out {hero_their} cheeks and blew. The bubble wobbled away, and they followed it. It stopped beside a signpost that said THIS WAY.",
            ),
        ],
    },
    Discovery {
        realms: ALL,
        visual: "a rainbow bridge",
        intro: "a rainbow appeared, so close and bright that it looked like a bridge.",
        choices: [
            c(
                "Walk across the rainbow bridge",
                "Each step made a different sound. Red went boing, yellow went ting, and blue went whoosh. On the other side, everything sparkled.",
            ),
            c(
                "Slide down the rainbow",
                "\"Wheee!\" {name} slid all the way down the rainbow with {friend} right behind. They landed in a soft, fluffy heap and laughed until their tummies hurt.",
            ),
        ],
    },
    Discovery {
        realms: LAND | SPACE,
        visual: "a staircase of fluffy white clouds curling up into the sky, step after step",
        intro: "a staircase made of fluffy white clouds curled up and up into the sky.",
        choices: [
            c(
                "Climb the cloud staircase",
                "The cloud steps were as soft as pillows. At the top sat a kind old cloud with a snowy beard. \"I can see everything from up here. Let me show you the way!\"",
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
        intro: "{they} noticed a trail of glowing footprints on the ground. Someone with sparkly toes had just tiptoed by.",
        choices: [
            c(
                "Follow the glowing footprints",
                "The footprints twisted and twirled. They led to a little fox with silver paws. \"Oops, those are mine!\" the fox giggled. \"Come on, I'll show you something wonderful.\"",
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
        intro: "{they} found a tiny red door at the bottom of a big old tree. It had a tiny brass knocker.",
        choices: [
            c(
                "Knock on the tiny red door",
                "Tap, tap, tap. The door creaked open, and a family of mice in tiny aprons peeked out. \"Visitors!\" they cheered, and they shared warm acorn cupcakes with everyone.",
            ),
            c(
                "Peek through the tiny keyhole",
                "{name} pressed one eye to the keyhole. Inside was a whole tiny town, with a tiny train going choo-choo! The tiny driver waved hello.",
            ),
        ],
    },
    Discovery {
        realms: LAND,
        visual: "a ring of giant spotty mushrooms",
        intro: "{they} came to a ring of giant spotty mushrooms. Each one was as big as an umbrella.",
        choices: [
            c(
                "Bounce across the big mushrooms",
                "Boing! Boing! Boing! The mushrooms were as springy as trampolines. {name} bounced from one to the next, giggling all the way.",
            ),
            c(
                "Tiptoe carefully around the mushrooms",
                "{name} tiptoed around the mushrooms, quiet as a whisper. Good thing too! A tiny snail was napping on top of one, and it kept on dreaming.",
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
                "\"Of course!\" buzzed the fireflies. They lined up into a glowing arrow. Wherever the arrow pointed, {name} followed.",
            ),
        ],
    },
    Discovery {
        realms: LAND,
        visual: "a big sleepy bear snoring on the path",
        intro: "{they} found a big fluffy bear fast asleep on the path. It snored like a rumbly drum.",
        choices: [
            c(
                "Tiptoe quietly past the snoring bear",
                "Step... step... step. {team} tiptoed past very quietly. The bear only smiled in its sleep. \"Mmm, honey.\"",
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
        intro: "{they} came across an old wooden wagon. A sign said FREE RIDES FOR FRIENDS.",
        choices: [
            c(
                "Climb into the wooden wagon",
                "{team} climbed in, and the wagon rolled off all by itself. Clickety-clack, it went down a hill and through a tunnel of flowers.",
            ),
            c(
                "Give the wagon a big push",
                "{name} gave the wagon a big push and jumped in. Down the hill it rattled, faster and faster. Bump! It stopped exactly where they needed to be.",
            ),
        ],
    },
    Discovery {
        realms: LAND | WATER,
        visual: "a wise old tortoise wearing a tiny hat",
        intro: "{they} met a wise old tortoise in a tiny hat, sitting on a stone. \"Hello, little ones,\" she said slowly. \"I know the way to almost everywhere.\"",
        choices: [
            c(
                "Ask the tortoise the way",
                "\"Tell me first: what has hands but cannot clap?\" asked the tortoise. {name} thought and thought... \"A clock!\" The tortoise smiled a slow, happy smile and pointed the way.",
            ),
            c(
                "Ask the tortoise for a little hint",
                "\"Follow the path where the little flowers grow,\" said the tortoise slowly. {team} thanked her with a big wave.",
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
                "{team} searched high and low until they heard a loud \"QUACK!\" The duckling's mama hugged her baby. She thanked them a hundred times.",
            ),
            c(
                "Share a snack with the little duckling",
                "The duckling munched happily and stopped crying. Then it had an idea: \"Quack! I can hear my mama over there!\" So they all went that way together.",
            ),
        ],
    },
];

/// Every discovery: the main bank (anywhere, then on land), the sea's and space's, then the ones under the water.
pub fn discoveries() -> impl Iterator<Item = &'static Discovery> {
    DISCOVERIES.iter().chain(crate::sea_and_space::SEA_AND_SPACE).chain(crate::underwater::UNDERWATER)
}

pub use crate::choices::{ALONG, ANYWHERE, BRAVE_ONLY, HUNT_ONLY, MOVING};
