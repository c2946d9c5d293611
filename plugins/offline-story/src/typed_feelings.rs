//! A typed idea with a feeling in it: an unkind or cross one turned gently
//! (the feeling noticed, kindness chosen), a scary one faced together.

use crate::premise::{Member, Premise};
use crate::typed::Typed;

/// Unkind or harmful words, and why the characters choose kindness instead.
pub const HARMS: &[(&[&str], &str)] = &[
    (&["bite", "bites", "bit", "biting", "bitten"], "biting hurts"),
    (&["hit", "hits", "hitting", "punch", "punches", "kick", "kicks", "smack", "slap", "push", "pushes"], "hitting hurts"),
    (&["fight", "fights", "fought", "fighting"], "fighting hurts"),
    (
        &["hurt", "hurts", "kill", "kills", "killed", "destroy", "destroys", "smash", "smashes", "attack", "attacks"],
        "hurting is never kind",
    ),
    (&["steal", "steals", "stole", "stealing", "grab", "grabs"], "taking things is not fair"),
];

/// Cross feelings: noticed, then calmed.
pub const CROSS: &[&str] = &["angry", "mad", "cross", "grumpy", "furious", "hate", "hates", "mean"];

/// Scary words: the friends are brave together.
pub const SCARY: &[&str] =
    &["scary", "scare", "scares", "scared", "monster", "monsters", "ghost", "ghosts", "spooky", "afraid", "frightened"];

/// An unkind idea turned gently: the feeling is noticed, and kindness chosen.
pub fn kind_instead(p: &Premise, who: &Member, target: &Member, why: &str) -> Typed {
    let (a_name, t) = (who.name.as_str(), target.name.as_str());
    let text = format!(
        "{a_name} felt cross, all hot and prickly inside. But {why}, so {a_name} took a deep breath and counted to three: one, two, three. \"I'm sorry, {t},\" said {a_name}. \"I was feeling grumpy.\" {t} smiled. \"Everyone feels cross sometimes.\" Then they shared a big, gentle hug {} {}.",
        p.place.prep, p.place.name
    );
    let then = format!("After that, {a_name} and {t} felt much better, and they were ready for what came next.");
    Typed { text, then, visual: "{cast}, making friends again with a gentle hug".to_string() }
}

/// A scary idea: the friends hold hands and are brave together.
pub fn brave_together(p: &Premise, who: &Member, friend: &Member) -> Typed {
    let (a_name, f) = (who.name.as_str(), friend.name.as_str());
    let text = format!(
        "Something felt a little bit scary, and {a_name}'s tummy went wobbly. {}. \"We can be brave together,\" said {f}. They took a deep breath, and the scary feeling floated away over {}.",
        crate::bodies::brave_hold(who, friend, &who_hand(who)),
        p.place.name
    );
    let then = format!("\"We did it!\" said {a_name}. Being brave was easier with {f} there.");
    Typed { text, then, visual: "{cast}, holding hands bravely".to_string() }
}

fn who_hand(who: &Member) -> String {
    match who.pron {
        crate::words::Pron::They => format!("{}'s", who.name),
        _ => who.them(),
    }
}
