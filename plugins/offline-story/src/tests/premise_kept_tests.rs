//! The premise is kept, not bent: a title promises magic only when the
//! premise has magic in it, and "we" / "my family" premises are played by
//! the family's children, not by a bunny and a puppy.

use super::premise_tests::play;
use crate::premise::Premise;

/// Premises with no magic in them.
const PLAIN: &[&str] = &[
    "we go to the zoo",
    "a little crab who wants to see the top of the lighthouse",
    "a fox and a squirrel in the snowy woods",
    "a little boy and his grandpa go fishing on a lake",
    "a kitten explores the farm",
    "Mia and her dog Rex go to the beach",
    "a bear cub has a picnic in the park",
    "a brave bunny named Pip explores a moonlit garden",
];

/// Premises with magic in them, whose titles may say so.
const MAGICAL: &[&str] = &["a fairy who lost her wand", "a little wizard learns a new spell", "a unicorn in the clouds"];

const MAGIC_WORDS: &[&str] = &["Magic", "Enchanted"];

#[test]
fn a_title_promises_magic_only_when_the_premise_has_it() {
    let (mut wrong, mut titles) = (Vec::new(), 0);
    for premise in PLAIN {
        for seed in 0..12 {
            titles += 1;
            let title = Premise::read(premise, seed).title();
            if MAGIC_WORDS.iter().any(|w| title.contains(w)) {
                wrong.push(format!("{premise} / {seed}: {title}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {titles} titles promise magic:\n{}", wrong.len(), wrong.join("\n"));
    let magic = MAGICAL.iter().flat_map(|p| (0..12).map(move |s| Premise::read(p, s).title()));
    assert!(magic.clone().any(|t| MAGIC_WORDS.iter().any(|w| t.contains(w))), "{:?}", magic.collect::<Vec<_>>());
}

/// Premises a family tells about itself.
const WE: &[&str] = &["we go to the zoo", "we go to the beach", "my family goes camping in the forest", "we build a snowman"];

const PEOPLE: &[&str] = &["girl", "boy", "child", "kid", "mum", "dad", "grandma", "grandpa"];

#[test]
fn a_we_premise_is_played_by_the_familys_children() {
    let mut wrong = Vec::new();
    for premise in WE {
        for seed in 0..8 {
            let p = Premise::read(premise, seed);
            let kinds: Vec<&str> = p.cast.iter().map(|m| m.kind).collect();
            if !kinds.iter().take(2).all(|k| PEOPLE.contains(k)) {
                wrong.push(format!("{premise} / {seed}: {kinds:?}"));
            }
            let first = &play(premise, seed, 3, 0)[0].text;
            if ["bunny", "puppy", "kitten"].iter().any(|a| first.contains(&format!("a {a} named"))) {
                wrong.push(format!("{premise} / {seed}: {first}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} stories:\n{}", wrong.len(), wrong.join("\n"));
}

/// Premises about a night with no sleep.
const SLEEPLESS: &[&str] =
    &["a little bunny who cannot fall asleep", "a bear who can't sleep", "a girl who won't go to sleep", "a puppy who is not sleepy"];

#[test]
fn a_premise_about_not_sleeping_winds_down_and_ends_asleep() {
    let mut wrong = Vec::new();
    for premise in SLEEPLESS {
        for seed in 0..6 {
            for pick in 0..2 {
                let story = play(premise, seed, 4, pick);
                let first = story[0].text.to_lowercase();
                let last = story[story.len() - 1].text.to_lowercase();
                let all = story.iter().map(|s| s.text.to_lowercase()).collect::<Vec<_>>().join(" ");
                if !first.contains("sleep") || !last.contains("asleep") {
                    wrong.push(format!("{premise} / {seed}: sleep not told: {first} … {last}"));
                }
                for hunt in ["silver bell", "treasure", "best day ever", "bright morning"] {
                    if all.contains(hunt) {
                        wrong.push(format!("{premise} / {seed}: {hunt:?}"));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} in 48 stories:\n{}", wrong.len(), wrong.join("\n"));
}
