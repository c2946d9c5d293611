//! The ending's way home and its last lines: the sky as the day ends, how
//! each kind of place is left, the walk home, and the closings for children,
//! for creatures and for the creatures of the sea (a goodnight, or an evening
//! still awake: a day's adventure does not always end in bed).

use crate::words::{Realm, Time};

/// Awake closings any teller can end a day on, before bedtime.
const AWAKE: [&str; 4] = [
    "Back at home, {name} told everyone all about {place}. {friend} acted out the best bits, and everyone laughed.",
    "\"Can we do it again tomorrow?\" asked {friend}. \"Yes, please!\" said {name}, and they both laughed all the way to the door.",
    "That evening, {name} and {friend} shared a warm supper and remembered every part of the day, [the best part first|one bit at a time|with lots of giggles].",
    "Before supper, {name} found a quiet spot to remember {place}: [every colour|every sound|every happy moment] of it. \"Same time next week?\" asked {friend}.",
];

/// Closing lines for children, who sleep in beds (or are still up for supper).
pub const CLOSINGS: &[&str] = &[
    AWAKE[0],
    AWAKE[1],
    AWAKE[2],
    AWAKE[3],
    "That night, tucked up in bed, {name} smiled a sleepy smile. \"I'll never forget today,\" whispered {friend}.",
    "That night, {name} closed {hero_their} eyes and dreamed of {place}. \"Best day ever,\" mumbled {friend}, already half asleep.",
    "{friend} yawned a [great big|long, slow|huge, sleepy] yawn. {name} yawned an even bigger one. [Soon everyone was fast asleep, smiling|Before long, they were both snoring softly|And soon, nobody was awake at all].",
    "{name} gave {place} one last [happy|sleepy|long, happy] look. \"[Goodnight|Night-night|Sleep tight],\" whispered {friend}, and [it was time to sleep|soon they were both fast asleep|that was the end of a wonderful day].",
];

/// Closing lines for creatures, who curl up where they live (never in a bed), or are still awake.
pub const CREATURE_CLOSINGS: &[&str] = &[
    AWAKE[0],
    AWAKE[1],
    AWAKE[3],
    "That night, {name} curled up snug and warm. \"What a day,\" murmured {friend}, already dreaming.",
    "{friend} yawned a [great big|long, slow|huge, sleepy] yawn. {name} yawned an even bigger one. [Soon everyone was fast asleep, smiling|Before long, they were both snoring softly|And soon, nobody was awake at all].",
    "{name} gave {place} one last [happy|sleepy|long, happy] look. \"[Goodnight|Night-night|Sleep tight],\" whispered {friend}, and [it was time to sleep|soon they were both fast asleep|that was the end of a wonderful day].",
];

/// Closing lines for sea creatures: the waves rock them to sleep, or they play on.
pub const SEA_CLOSINGS: &[&str] = &[
    AWAKE[1],
    "Back home, {name} told everyone all about {place}. {friend} blew a string of happy bubbles.",
    "The little fish gathered round, and {name} and {friend} told them the whole adventure, [the best part first|one bit at a time|with lots of giggles].",
    "That night, {name} snuggled down in the soft sand. \"What a day,\" murmured {friend}, as the waves hummed a lullaby.",
    "That night, the sea rocked {name} gently to sleep, and {friend} whispered, \"Goodnight.\"",
    "{name} gave {place} one last [happy|sleepy|long, happy] look. \"[Goodnight|Night-night|Sleep tight],\" whispered {friend}, and [it was time to sleep|soon they were both fast asleep|that was the end of a wonderful day].",
];

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
        _ => DAY_SKIES[0],
    }
}

/// More skies for the way home by day, one by the story's seed (`home_sky` is the first).
pub const DAY_SKIES: &[&str] = &[
    "the sun sank low and painted the sky [pink and gold|orange and rose|the colour of peaches|soft shades of honey]",
    "the shadows grew long and the air turned soft and golden",
    "the first evening star peeped out",
    "the sky went orange, then purple",
];

/// The way home on foot, by the story's seed: `{verb}` is how they go ("walked home").
pub const HOMEWARD: &[&str] = &["{team} {verb} together.", "{team} {verb}, side by side.", "Slowly, happily, {team} {verb}."];
