//! Sentence templates that glue scenes together: openings, transitions,
//! reactions to a choice, little feelings, and the parts of an ending.
//! Keys in braces are filled by `story.rs`.

use crate::words::{Realm, Time};

/// First paragraph of a story.
pub const OPENINGS: &[&str] = &[
    "Once upon a time, {in_place}, there lived {a_adj} {kind} named {name}. {name} loved {hobby}, and everyone said {they} had the biggest heart around.",
    "{name} was {a_adj} {kind} who lived near {place}. Every day, {name} wondered what adventures were waiting just around the corner.",
    "Not so long ago, {a_adj} {kind} named {name} woke up with a tingly, wiggly feeling. Today, {they} just knew, something wonderful was going to happen {in_place}.",
    "Have you ever heard of {name}, the {adj} {kind}? Well, {name} lived not far from {place} and loved {hobby} more than anything.",
    "In a cozy little home at the edge of {place} lived {name}, {a_adj} {kind} with a head full of big ideas.",
    "Every {daytime} {in_place}, {name} the {adj} {kind} went out exploring with a little bag of snacks and a great big smile.",
];

/// The goal, said in the opening.
pub const GOALS: &[&str] = &[
    "More than anything, {name} wanted to find {treasure}.",
    "People told stories about {treasure}, and {name} dreamed of finding it one day.",
    "And today was the day {name} would go looking for {treasure}!",
];

/// How the companion joins.
pub const FRIEND_INTROS: &[&str] = &[
    "{name}'s best friend, {friend_desc}, came along too, because adventures are better together.",
    "Along the way, {name} met {friend_desc}. \"Can I come too?\" asked {friend}. \"Of course!\" said {name}.",
    "Of course, {friend_desc} came too. {friend} never, ever missed an adventure.",
];

/// Before a discovery.
pub const TRANSITIONS: &[&str] =
    &["Just then, ", "Suddenly, ", "A little farther on, ", "Before long, ", "Around the very next bend, ", "All of a sudden, "];

/// Before the first discovery.
pub const FIRST_TRANSITIONS: &[&str] = &["Soon, ", "Before they had gone very far, ", "That {daytime}, ", "Right away, "];

/// Little feelings after a discovery.
pub const FEELINGS: &[&str] = &[
    "{name}'s heart went thump-thump with excitement.",
    "\"Ooh,\" whispered {friend}. \"What do you think it means?\"",
    "{name} and {friend} looked at each other with big, round eyes.",
    "\"Well, I never!\" said {friend}, and {name} giggled.",
    "{name} felt a little bit nervous and a whole lot curious.",
];

/// How a scene turns the last choice into a sentence; `{act}` is the choice as a phrase.
pub const DECISIONS: &[&str] = &[
    "{name} decided to {act}.",
    "\"Let's {act}!\" said {name}, and so they did.",
    "{name} thought for a moment, and then chose to {act}.",
    "{name} and {friend} agreed: they would {act}.",
];

/// When the last choice cannot be read as an action, it is quoted.
pub const QUOTED_DECISION: &str = "\"{choice},\" said {name}. And so that is what they did.";

/// What happens after a choice the plugin did not write itself.
pub const GENERIC_OUTCOMES: &[&str] = &[
    "It was a little bit scary, but {name} took a deep breath and did it anyway, and it turned out to be a very good idea.",
    "{friend} clapped and cheered. \"That's the bravest idea I ever heard!\" And it worked out wonderfully.",
    "It was not easy, but step by step, {name} and {friend} did it together, and they felt very proud.",
];

/// Nudges toward the goal in a middle scene.
pub const PROGRESS: &[&str] = &[
    "{name} felt sure {they} {was} getting closer to {treasure}.",
    "\"I think {treasure} must be close,\" said {friend}. \"I just know it!\"",
    "Somewhere not far away, {treasure} was waiting.",
    "{name} stayed close to {friend}. Together, they could do anything.",
];

/// Questions closing a middle scene.
pub const QUESTIONS: &[&str] = &["What should {name} do now?", "What do you think {name} should do next?", "Which way should they go?"];

/// The ending's big moment.
pub const RESOLUTIONS: &[&str] = &[
    "And then, right there {spot}, {they} saw it: {treasure}! {name} gave a happy shout, and {friend} did a wiggly little dance.",
    "At last, {spot}, something glimmered. It was {treasure}, just waiting to be found! \"We did it!\" cheered {name} and {friend}.",
    "And there, {spot}, was {treasure}, shining brighter than anything {name} had ever seen. {name} hugged {friend} tight.",
];

/// Tying the ending back to the start.
pub const TIE_BACKS: &[&str] = &[
    "All day long, {name} had wanted to find {treasure}, and now {they} had done it, with a little help from a very good friend.",
    "{name} had learned something important: being brave is easier when a friend is by your side.",
    "It turned out the best part was not {treasure} at all. It was the fun of finding it together.",
];

/// Closing lines, before "The End."
pub const GOODNIGHTS: &[&str] = &[
    "That night, tucked up snug in bed, {name} smiled a sleepy smile and whispered, \"Let's have another adventure tomorrow.\"",
    "And when {name} finally closed {their} eyes that night, {they} dreamed of {place}, and of the best day ever.",
    "{friend} yawned a great big yawn, {name} yawned an even bigger one, and soon they were both fast asleep, smiling.",
];

/// Little spots where things are found.
pub fn spots(realm: Realm) -> &'static [&'static str] {
    match realm {
        Realm::Land => &["behind a mossy log", "under a big leafy bush", "beside a bubbling stream", "on top of a flat grey rock"],
        Realm::Water => &["half buried in the sand", "beside a little tide pool", "on a smooth rock by the waves"],
        Realm::Space => &["behind a silvery moon rock", "at the edge of a crater", "on a little floating asteroid"],
    }
}

/// Who sings the lonely song.
pub fn singer(realm: Realm) -> &'static str {
    match realm {
        Realm::Land => "a tiny bluebird",
        Realm::Water => "a little baby seal",
        Realm::Space => "a little star",
    }
}

/// How the friends go home.
pub fn home_verb(realm: Realm) -> &'static str {
    match realm {
        Realm::Land => "walked home",
        Realm::Water => "headed home",
        Realm::Space => "zoomed home",
    }
}

/// The sky on the way home.
pub fn home_sky(realm: Realm, time: Option<Time>) -> &'static str {
    match (realm, time) {
        (Realm::Space, _) => "the stars twinkled all around them",
        (_, Some(Time::Night)) => "the moon smiled down and the stars began to twinkle",
        _ => "the sun sank low and painted the sky pink and gold",
    }
}

/// Words for the opening's time of day.
pub fn daytime(time: Option<Time>) -> &'static str {
    match time {
        Some(Time::Night) => "starry night",
        Some(Time::Sunset) => "golden evening",
        _ => "bright morning",
    }
}
