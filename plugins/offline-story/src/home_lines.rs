//! The ending's way home and goodnight: the sky as the day ends, how each
//! kind of place is left, the walk home, and goodnights for children, for
//! creatures and for the creatures of the sea.

use crate::words::{Realm, Time};

/// Closing lines.
/// Closing lines for children, who sleep in beds.
pub const GOODNIGHTS: &[&str] = &[
    "That night, tucked up in bed, {name} smiled a sleepy smile. \"I'll never forget today,\" whispered {friend}.",
    "That night, {name} closed {hero_their} eyes and dreamed of {place}. \"Best day ever,\" mumbled {friend}, already half asleep.",
    "{friend} yawned a [great big|long, slow|huge, sleepy] yawn. {name} yawned an even bigger one. [Soon everyone was fast asleep, smiling|Before long, they were both snoring softly|And soon, nobody was awake at all].",
    "{name} gave {place} one last [happy|sleepy|long, happy] look. \"[Goodnight|Night-night|Sleep tight],\" whispered {friend}, and [it was time to sleep|soon they were both fast asleep|that was the end of a wonderful day].",
];

/// Closing lines for creatures, who curl up where they live (never in a bed).
pub const CREATURE_GOODNIGHTS: &[&str] = &[
    "That night, {name} curled up snug and warm. \"What a day,\" murmured {friend}, already dreaming.",
    "{friend} yawned a [great big|long, slow|huge, sleepy] yawn. {name} yawned an even bigger one. [Soon everyone was fast asleep, smiling|Before long, they were both snoring softly|And soon, nobody was awake at all].",
    "{name} gave {place} one last [happy|sleepy|long, happy] look. \"[Goodnight|Night-night|Sleep tight],\" whispered {friend}, and [it was time to sleep|soon they were both fast asleep|that was the end of a wonderful day].",
];

/// Closing lines for sea creatures: the waves rock them to sleep.
pub const SEA_GOODNIGHTS: &[&str] = &[
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
