//! Scene 1's first step into the premise: what the characters do or see
//! first, before its events begin (finding boxes for a rocket they will
//! build, seeing the lighthouse from the rocks, the castle on its hill), with
//! choices of its own that lead into the first event, and a few more choices
//! in the premise's own words that fit any first step. `{object}`, `{place}`,
//! `{name}`, `{friend}` and `{team}` are filled in.

use crate::bank::{Choice, c};

/// The first step of a story, told at the end of scene 1.
#[derive(Debug)]
pub struct Start {
    /// One or two short sentences naming the object or the place.
    pub text: &'static str,
    /// The picture's action (`{place}` is filled in).
    pub visual: &'static str,
    /// Where the picture is when it is not the story's place ("in a back garden").
    pub at: Option<&'static str>,
    /// Its own choices, each leading into the premise's first event.
    pub choices: &'static [Choice],
}

const fn s(text: &'static str, visual: &'static str, choices: &'static [Choice]) -> Start {
    Start { text, visual, at: None, choices }
}

/// Choices any first step can offer, in the premise's own words.
pub const SHARED: &[Choice] = &[
    c(
        "Tell {friend} the plan",
        "{name} [whispered the plan {into_friend_ear}|told {friend} the plan in a secret whisper|leaned close and told {friend} the plan|shared the plan with {friend}, very quietly]: \"[First we look around. Then we go step by step, and we never give up|We stay together, we look carefully, and we have fun|One step at a time, and we help each other all the way].\" {friend} nodded and said, \"[Let's do it together|That's a great plan|Ready when you are]!\"",
    ),
    c("Hold hands and get ready together", "{team} {hands_held} and counted together, all at once: \"One, two, three... ready!\""),
];

/// A feeling after the first step (not a discovery's "what does it mean?").
pub const FEELINGS: &[&str] = &[
    "{name} could hardly wait to begin.",
    "{name} [grinned from ear to ear|beamed like the sun|could not stop smiling|felt fizzy all over|smiled the biggest smile|had a happy, bubbly feeling inside].",
    "\"Something wonderful is going to happen, I just know it,\" said {name}.",
    "{name} did a little hop of excitement.",
];

/// Building the object ("two sisters build a cardboard rocket").
pub const BUILD: Start = Start {
    at: Some("in a back garden"),
    ..s(
        "But first they needed things to build {object} with: big boxes, tape and lots of paint. \"Where can we find them?\" wondered {name}.",
        "{cast}, looking at a pile of big empty boxes, dreaming of {place}",
        &[
            c("Look for big boxes in the garage", "In the garage, behind the bikes, there were three big boxes. \"Perfect!\" said {name}."),
            c(
                "Draw a plan of {object}",
                "{name} drew {object} with a crayon, with a round window and a little door. \"Now we know what to build,\" said {friend}.",
            ),
            c(
                "Find the tape and the paint",
                "The tape was in a drawer, and the paint was under the sink. {team} carried it all outside, ready to begin.",
            ),
            c("Ask a grown-up for help", "A grown-up came out with the biggest box of all. \"Will this do?\" \"Yes!\" said {team}."),
        ],
    )
};

/// Riding a rocket or spaceship that is already there.
pub const SPACE: Start = Start {
    at: Some("in a back garden beside a tall rocket"),
    ..s(
        "There stood {object}, tall and shiny, with a round window and a little door. Its lights were blinking, ready to go.",
        "looking up at a tall rocket ready to fly to {place}",
        &[
            c("Put on the space helmets", "Click, click! The shiny helmets fitted just right, and {name} gave {friend} a big thumbs-up."),
            c("Check the buttons and the lights", "Green button, blue button, blinking red light. Everything was ready for take-off!"),
            c("Pack a snack for the trip", "Into a bag went apple slices and a cheese sandwich. Nobody wants to be hungry in space!"),
        ],
    )
};

/// A boat, ship, raft or canoe.
pub const BOAT: Start = s(
    "{Object} was waiting at the edge of the water, bobbing gently. A little flag fluttered on top.",
    "{cast}, waiting on the shore beside {a_object} bobbing at the water's edge",
    &[
        c("Put on the life jackets", "Zip, click! Everyone wore a bright orange life jacket. Now they were ready to sail."),
        c("Check {object} from end to end", "{name} checked everything, from the front of {object} to the back. \"All ready!\""),
        c("Pack a picnic for the trip", "Sandwiches, apples and a bottle of water went into the picnic basket."),
    ],
);

/// A balloon, airplane, helicopter or flying carpet.
pub const AIR: Start = Start {
    at: Some("in a big green field"),
    ..s(
        "{Object} stood in the middle of a big green field, ready to go up into the sky.",
        "waiting beside something ready to fly to {place}",
        &[
            c("Climb aboard very carefully", "{team} climbed aboard very carefully, one leg and then the other, and held on tight."),
            c(
                "Look up at the big blue sky",
                "The sky was so big and blue that it went on forever. \"We're going all the way up there,\" whispered {name}.",
            ),
            c("Pack a snack for the trip", "Into a bag went apple slices and a cheese sandwich, for a picnic in the sky."),
        ],
    )
};

/// A train, car, bus, truck, tractor, bike, scooter or wagon.
pub const ROAD: Start = s(
    "{Object} was waiting, shiny and ready. {name} gave it a happy pat.",
    "getting ready to set off",
    &[
        c("Climb aboard and sit down", "{team} climbed aboard and sat down in the very best seats."),
        c("Wave goodbye to everyone at home", "\"Bye-bye!\" called {team}, waving and waving. \"See you soon!\""),
        c("Pack a snack for the trip", "Into a bag went apple slices and a cheese sandwich. Travelling makes everyone hungry!"),
    ],
);

/// A kite.
pub const KITE: Start = s(
    "{name} had {object}, with a long, wiggly tail. But a kite needs wind, and lots of space to run.",
    "holding a kite with a long tail",
    &[
        c("Find a big open field", "They found a wide green field with no trees in the middle. Just right for a kite!"),
        c("Check the kite's long tail", "{name} checked every bow on the tail. One was loose, so {friend} tied it tight."),
        c("Lick a finger to feel the wind", "{name} held up a wet finger. It felt cool on one side. \"The wind is coming!\""),
    ],
);

/// Something carried along (a map, a lantern, a telescope, an umbrella).
pub const CARRY: Start = s(
    "{name} looked at {object} very closely. It felt special, as if it was meant for a big day.",
    "looking closely at something special",
    &[
        c("Show it to {friend}", "\"Ooh,\" said {friend}. \"I think it's going to help us today.\""),
        c("Keep it safe in a bag", "{name} tucked {object} into a bag, very carefully. Now they were ready."),
        c("Set off with it right away", "Off they went, with {object} close by, to see where it would lead them."),
    ],
);

/// Something built that stays put (a sandcastle, a treehouse, a fort).
pub const STAY: Start = s(
    "To make {object}, they would need a good spot and lots of helping hands.",
    "getting ready to build together",
    &[
        c("Gather everything you need", "{name} gathered everything they might need, and {friend} carried the rest."),
        c("Draw a picture of it first", "{name} drew {object} with a stick, with a tall top and a little door."),
        c("Roll up your sleeves", "Roll, roll! Up went everyone's sleeves. \"Ready to build!\" said {team}."),
    ],
);
