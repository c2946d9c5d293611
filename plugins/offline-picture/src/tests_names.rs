//! Tests of names: a place's name is no one to draw ("on Pebble Mountain"),
//! a name said again is the same one, not a stranger, a name with its kind
//! beside it is that creature, and a crowd's back row stands on the ground.

use crate::catalog::Fam;
use crate::read::Spec;

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

#[test]
fn a_place_name_is_no_one_to_draw() {
    for prompt in [
        "Twinkle, a small golden bunny with a yellow bandana, and Noodle, a small glowing yellow firefly with a green bandana, curled up asleep in a soft, mossy nook, on Pebble Mountain, under a quiet starry sky at night, soft picture-book illustration.",
        "Sunny, a small grey bunny with a green bandana, and Pepper, a small white puppy with a green scarf, curled up asleep in a soft, mossy nook, on Pebble Mountain, under a quiet starry sky at night, soft picture-book illustration.",
        "Twinkle, a big green dragon with an orange bow, walking in the Whispering Woods at night.",
    ] {
        let spec = Spec::read(prompt);
        assert!(
            !spec.figures.iter().any(|f| f.noun == "child"),
            "{prompt}: {:?}",
            spec.figures.iter().map(|f| (f.noun, f.count)).collect::<Vec<_>>()
        );
        let said = alt(prompt);
        assert!(!said.contains("child"), "{prompt}: {said}");
    }
    // A named child is still a child.
    assert!(Spec::read("Tom flying a kite on the hill.").figures.iter().any(|f| f.noun == "child"));
}

#[test]
#[ignore]
fn dbg_figs() {
    for p in std::env::var("P").unwrap_or_default().split('|') {
        let s = Spec::read(p);
        println!("{p} => {:?} | {}", s.figures.iter().map(|f| (f.noun, f.count)).collect::<Vec<_>>(), alt(p));
    }
}

#[test]
fn a_crowd_s_back_row_stands_on_the_ground_not_in_the_sky() {
    for prompt in [
        "Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face, standing in a valley, while David, a young shepherd boy with short curly hair in a plain tan tunic, watches from a hill with frightened soldiers, grown men in armour with shields and spears, beside their tents.",
        "Noah, a man with a grey beard, with his family and the animals on a green hill beside a big wooden boat, looking up at a bright rainbow.",
        "David, a young shepherd boy with short curly hair in a plain tan tunic, smiling happily, with a sling surrounded by cheering soldiers, grown men in armour, with the fallen giant lying flat on the ground behind them and sheep on the green hills.",
    ] {
        let spec = Spec::read(prompt);
        let plan = crate::cast::plan(&spec, 512, 512);
        for (piece, at) in &plan.pieces {
            if matches!(piece, crate::cast::Piece::Figure { .. }) {
                assert!(at.y >= 512.0 * 0.62, "{prompt}: a figure stands at {} of 512, above the horizon", at.y);
            }
        }
    }
}

#[test]
fn a_name_said_again_is_no_stranger() {
    let prompt = "Ivy, a girl with olive skin and long red hair in a blue raincoat, and Maple, a small red squirrel with an orange backpack, climbing a little ladder into a dusty attic full of boxes, just after drawing a heart on the misty glass, with soft white snowflakes falling outside the big window, and Ivy at the window watching them, inside a cozy house by a big window at night, soft picture-book illustration.";
    let spec = Spec::read(prompt);
    let people: usize = spec.figures.iter().filter(|f| f.fam == Fam::Person).map(|f| f.count).sum();
    assert_eq!(people, 1, "{:?}", spec.figures);
    assert!(!alt(prompt).contains("child"), "{}", alt(prompt));
    // Two names are still two people.
    let spec = Spec::read("Mia and Leo waving at the window, and Mia laughing.");
    assert_eq!(spec.figures.iter().filter(|f| f.fam == Fam::Person).count(), 2, "{:?}", spec.figures);
}

/// The storyteller's own whale-ride prompts (crab-03, crab2-03).
pub(crate) const WHALE_RIDE: &str = "A friendly whale giving them a ride on its back, swimming through the sea waves, the crab riding on the whale's back, arriving where Dumpling, a small red crab with a blue scarf, and Sprout, a small sea green turtle with a blue bow tie, celebrating with a shiny blue feather, by a tall red and white lighthouse on the rocks by the sea at sunset, soft picture-book illustration.";

#[test]
fn a_name_with_its_kind_beside_it_is_that_creature_not_a_child() {
    for prompt in [
        "Dumpling the little red crab and Sprout the green turtle both riding on the back of a big friendly whale in the sea beside the lighthouse at sunset",
        "Dumpling, a small red crab, and Sprout, a green turtle, riding on the back of a big whale in the sea",
        "A little red crab called Dumpling and a green turtle named Sprout riding on the back of a whale in the sea",
        "Dumpling (a little red crab) and Sprout (a green turtle) riding on the back of a whale in the sea",
        "Dumpling the crab and Sprout the turtle on the beach",
        "Dumpling, the little red crab, waving to Sprout the sea turtle by the lighthouse",
        WHALE_RIDE,
    ] {
        let spec = Spec::read(prompt);
        let said = alt(prompt);
        assert!(!spec.figures.iter().any(|f| f.fam == Fam::Person), "{prompt}: {:?}", spec.figures);
        assert!(!said.contains("child"), "{prompt}: {said}");
        let crabs: Vec<_> = spec.figures.iter().filter(|f| f.noun == "crab").collect();
        assert_eq!(crabs.len(), 1, "{prompt}: one crab, {:?}", spec.figures);
        assert!(crabs[0].named && crabs[0].count == 1, "{prompt}: {:?}", crabs[0]);
        let turtle = spec.figures.iter().find(|f| f.noun.contains("turtle"));
        assert!(turtle.is_some_and(|t| t.named), "{prompt}: {:?}", spec.figures);
        assert!(spec.figures.iter().filter(|f| f.noun == "whale").count() <= 1, "{prompt}: {:?}", spec.figures);
    }
    // A name with no kind beside it is still a child, and a kind said twice with "a" is still two.
    let spec = Spec::read("Mia and a crab on the beach");
    assert!(spec.figures.iter().any(|f| f.fam == Fam::Person && f.named), "{:?}", spec.figures);
    let spec = Spec::read("Mia the girl hugging a puppy");
    assert_eq!(spec.figures.iter().filter(|f| f.fam == Fam::Person).count(), 1, "{:?}", spec.figures);
}

/// The drawn key (what the painter picks the open parts of a look from) of the first `noun` in `prompt`.
fn key_of(prompt: &str, noun: &str) -> Option<u64> {
    crate::read::Spec::read(&format!("{prompt} Style: warm, reverent children's Bible watercolour."))
        .figures
        .iter()
        .find(|f| f.noun == noun)
        .map(|f| f.look.key(f.noun))
}

#[test]
fn a_person_looks_the_same_in_every_scene_of_a_story_whatever_else_is_said() {
    const DAVID: &str = "David, a young shepherd boy with short curly hair in a plain tan tunic,";
    const GOLIATH: &str = "Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face,";
    let stories: [(&str, Vec<String>); 3] = [
        (
            "shepherd boy",
            vec![
                format!("{DAVID} kneeling by a little stream, holding five smooth stones, with his sling and staff beside him."),
                format!("{DAVID} with a sling facing {GOLIATH} in a wide valley."),
                format!("{DAVID} running forward and swinging his sling round and round, as {GOLIATH} strides towards him in a valley."),
                format!(
                    "The fallen giant Goliath lying flat on his back in a valley, and {DAVID} smiling happily, with a sling, while cheering soldiers stand behind them."
                ),
                format!("{DAVID} frightened and worried, looking up at {GOLIATH} in a valley."),
            ],
        ),
        (
            "king",
            vec![
                "A kind man with a short beard working at a table in a grand palace, with a king with a crown smiling at him.".into(),
                "A worried king with a crown sitting awake by a window in his palace under the moon and stars.".into(),
                "A happy king with a crown hugging a smiling man beside the den, with sleepy lions below and the morning sun rising."
                    .into(),
                "A sleepy king with a crown yawning on his throne.".into(),
                "A laughing king with a crown in his palace.".into(),
            ],
        ),
        (
            "man",
            vec![
                "Jonah, a bearded man in a brown robe, in a wooden ship sailing away from the harbour, out on the blue sea.".into(),
                "Jonah, a bearded man in a brown robe, frightened in a storm on a wooden ship.".into(),
                "Jonah, a bearded man in a brown robe, laughing on the beach beside a big fish.".into(),
                "Jonah, a bearded man in a brown robe, yawning and sleepy on a hill.".into(),
            ],
        ),
    ];
    let mut changed = Vec::new();
    for (noun, scenes) in &stories {
        let keys: Vec<Option<u64>> = scenes.iter().map(|s| key_of(s, noun)).collect();
        assert!(keys.iter().all(Option::is_some), "{noun} in every scene: {keys:?}");
        for (scene, key) in scenes.iter().zip(&keys).skip(1) {
            if *key != keys[0] {
                changed.push(format!("{noun}: {scene}"));
            }
        }
    }
    assert!(changed.is_empty(), "{} scenes draw the same person differently: {changed:#?}", changed.len());
}

#[test]
fn a_capitalised_describing_word_before_a_kind_is_no_name() {
    let mut wrong = Vec::new();
    for (word, kind) in
        [("Grumpy", "men"), ("Happy", "families"), ("Sleepy", "lions"), ("Brave", "shepherds"), ("Worried", "sailors"), ("Kind", "women")]
    {
        for tail in ["in fine robes whispering together behind a pillar in a palace.", "standing on a hill.", "beside a big wooden boat."] {
            let prompt = format!("{word} {kind} {tail}");
            let spec = crate::read::Spec::read(&prompt);
            let nouns: Vec<&str> = spec.figures.iter().map(|f| f.noun).collect();
            if nouns.contains(&"child") || spec.figures.iter().any(|f| f.named) {
                wrong.push(format!("{prompt}: {nouns:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} of 18 read a describing word as a child's name: {wrong:#?}", wrong.len());
    // Names are still names.
    for prompt in ["Jesus in a white robe on a hill.", "Mia, a girl in a red dress, on a hill.", "Daniel praying by a window."] {
        assert!(crate::read::Spec::read(prompt).figures.iter().any(|f| f.named), "{prompt}");
    }
}
