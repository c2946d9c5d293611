//! Tests from a newcomer's fourth play-through, round 8 (nc17d): a bedtime
//! picture never adds people the prompt does not say are there, and the
//! sleepy ones who are still walking stand with half-closed eyes.

use crate::catalog::Fam;
use crate::read::Spec;

const STYLE: &str = "soft warm night-time light, pastel colours, gentle amber glow, calm and sleepy";

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

#[test]
fn a_bedtime_picture_adds_no_one_the_prompt_does_not_name() {
    for scene in [
        "Twinkle, a small golden bunny with a yellow bandana, and Noodle, a small glowing yellow firefly with a green bandana, curled up asleep in a soft, mossy nook, on Pebble Mountain, under a quiet starry sky at night",
        "Twinkle, a small golden bunny, and Noodle, a firefly, two sleepy little ones curled up asleep in a mossy nook under the stars",
        "Sunny, a small grey bunny, and Pepper, a small white puppy, two little sleepyheads fast asleep on a hill under the moon",
        "Sunny, a small grey bunny, and Pepper, a small white puppy, the best of friends, snuggled together asleep under the moon",
        "Sunny, a small grey bunny, and Pepper, a small white puppy, both fast asleep, the two of them cuddled up in a soft nook",
        "Hello, little ones: a wise old tortoise in a tiny hat greeting a small bunny and a firefly on a mountain in the evening",
        "Twinkle, a small golden bunny, and Noodle, a firefly, the two little friends, on a zig-zag path up a mountain at night",
        "A little owl and a baby fox, two friends, asleep in a tree hollow under the stars",
        "Sunny, a small grey bunny, and Pepper, a small white puppy, cosy and warm, tucked in like two little babies under a leafy blanket",
        "A sleepy dragon and a tiny snail, two little friends, looking up at the moon from Whispering Woods",
        "Milo, a small grey elephant, and Rosie, a little pink pig, the two pals, fast asleep under a big tree",
        "Sunny, a small grey bunny, and Pepper, a small white puppy, on Teddy Hill at night, fast asleep",
        "Sunny, a small grey bunny, and Pepper, a small white puppy, at Grandma's Meadow, yawning",
        "Twinkle, a small golden bunny, and Noodle, a firefly, the little explorers, resting by Mummy Lake",
        "Pip, a little mouse, and Dot, a ladybird, the sleepyheads, drifting off on a leaf boat on a quiet pond",
    ] {
        for prompt in [format!("{scene}, soft picture-book illustration."), format!("{scene}, {STYLE}.")] {
            let spec = Spec::read(&prompt);
            let people: Vec<_> = spec.figures.iter().filter(|f| f.fam == Fam::Person).map(|f| (f.noun, f.count)).collect();
            assert!(people.is_empty(), "{prompt}: {people:?}");
            let said = alt(&prompt);
            for who in ["child", "friend", "pal", "baby", "babies", "grandma", "teddy", "explorer", "people", "girl", "boy"] {
                assert!(!said.contains(who), "{prompt}: {said}");
            }
        }
    }
    // "Out came…", "Then…": the first word of a sentence is no one's name.
    for prompt in [
        "Out came Noah's family and all the animals, two giraffes and two elephants, on the green hill beside the big wooden boat.",
        "Then two bunnies hopped home under the moon.",
    ] {
        assert!(!Spec::read(prompt).figures.iter().any(|f| f.noun == "child"), "{prompt}");
    }
    // Friends brought along, and children said to be there, are still drawn.
    let spec = Spec::read("Mia, a girl in a red coat, playing with her friends in the park.");
    assert!(spec.figures.iter().any(|f| f.noun == "friend"), "{:?}", spec.figures);
    assert!(Spec::read("Two bunnies and two children asleep under the stars.").figures.iter().any(|f| f.noun == "child"));
}

#[test]
fn goodnight_to_the_moon_is_said_from_the_ground() {
    for prompt in [
        "Twinkle, a small golden bunny, and Noodle, a firefly, whispering goodnight to the moon, on Pebble Mountain at night.",
        "A bunny waving to the moon from a hill at night.",
    ] {
        assert_ne!(Spec::read(prompt).place, crate::place::Place::Moon, "{prompt}");
    }
    assert_eq!(Spec::read("Two girls flying all the way to the moon in a rocket.").place, crate::place::Place::Moon);
}

#[test]
fn sleepy_walkers_stand_and_only_sleepers_lie_down() {
    for prompt in [
        "A zig-zag path up a green mountain, just after listening for the owl's goodnight, with Twinkle, a small golden bunny with a yellow bandana, and Noodle, a small glowing yellow firefly with a green bandana, on a tall green mountain at night, everyone yawning softly, soft picture-book illustration.",
        "A zig-zag path up a green mountain, just after asking the tortoise the way, with Sunny, a small grey bunny with a green bandana, and Pepper, a small white puppy with a green scarf, on a tall green mountain at night, everyone yawning softly, soft picture-book illustration.",
        "Twinkle, a small golden bunny, and Noodle, a firefly, walking zig and zag up the mountain, sleepy and yawning, under the moon.",
        "A drowsy kitten and a sleepy puppy walking home under the stars.",
        "Sunny, a small grey bunny, half asleep, walking along the path at night.",
    ] {
        let spec = Spec::read(prompt);
        assert!(!spec.figures.is_empty(), "{prompt}");
        for f in &spec.figures {
            assert!(!f.asleep && f.look.sleepy, "{prompt}: {} asleep {} sleepy {}", f.noun, f.asleep, f.look.sleepy);
        }
        let said = alt(prompt);
        assert!(!said.contains("asleep") && said.contains("yawning"), "{prompt}: {said}");
    }
    for prompt in [
        "Twinkle, a small golden bunny, and Noodle, a firefly, fast asleep on the hill.",
        "A bunny and a puppy sleeping in a mossy nook.",
        "Sunny and Pepper closed their eyes under the moon.",
        "A bunny and a puppy curled up asleep in a nook.",
    ] {
        let spec = Spec::read(prompt);
        assert!(spec.figures.iter().all(|f| f.asleep), "{prompt}: {:?}", spec.figures);
    }
    // A sleepy bear snoring is asleep; the ones who find it are not.
    let spec = Spec::read("Sunny, a small grey bunny, and Pepper, a small white puppy, discovering a big sleepy bear snoring on the path.");
    assert_eq!(spec.figures.iter().map(|f| f.asleep).collect::<Vec<_>>(), [false, false, true]);
}

/// A standing figure is taller than it is wide, a lying one wider than tall: the sleepy walker stands, with lids.
#[test]
fn a_yawning_figure_is_drawn_standing() {
    let extent = |prompt: &str| {
        let spec = Spec::read(prompt);
        let f = spec.figures.first().cloned().expect("a figure");
        crate::layout::measure(|p, x, y, u| crate::cast::figure(p, &f, x, y, u, false, false))
    };
    for (awake, asleep) in [
        ("A girl yawning in a meadow at night.", "A girl fast asleep in a meadow at night."),
        ("A sleepy bunny walking.", "A bunny asleep."),
    ] {
        let (up, lie) = (extent(awake), extent(asleep));
        assert!(up.up > lie.up * 1.3, "{awake}: {up:?} vs {lie:?}");
    }
}

#[test]
fn who_was_met_just_before_is_not_drawn_now() {
    for (prompt, gone) in [
        (
            "A zig-zag path up a green mountain, just after asking the tortoise the way, with Sunny, a small grey bunny with a green bandana, and Pepper, a small white puppy with a green scarf, on a tall green mountain at night, everyone yawning softly, soft picture-book illustration.",
            "tortoise",
        ),
        (
            "A zig-zag path up a green mountain, just after listening for the owl's goodnight, with Twinkle, a small golden bunny with a yellow bandana, and Noodle, a small glowing yellow firefly with a green bandana, on a tall green mountain at night, soft picture-book illustration.",
            "owl",
        ),
        ("Mia, a girl in a red coat, after meeting a friendly giant, walking home through the woods.", "giant"),
    ] {
        let spec = Spec::read(prompt);
        assert!(!spec.figures.iter().any(|f| f.noun == gone), "{prompt}: {:?}", spec.figures.iter().map(|f| f.noun).collect::<Vec<_>>());
        assert!(!spec.figures.is_empty(), "{prompt}");
    }
    // Someone met right now is drawn.
    assert!(Spec::read("A bunny meeting a wise old tortoise on the path.").figures.iter().any(|f| f.noun == "tortoise"));
}

#[test]
fn a_glowing_friend_does_not_keep_the_others_awake() {
    for prompt in [
        "Twinkle, a small golden bunny with a yellow bandana, and Noodle, a small glowing yellow firefly with a green bandana, curled up asleep in a soft, mossy nook, on Pebble Mountain, under a quiet starry sky at night, soft picture-book illustration.",
        "Mia, a girl with a sparkling crown, and Leo, a boy, fast asleep under the stars.",
    ] {
        let spec = Spec::read(prompt);
        assert!(spec.figures.len() == 2 && spec.figures.iter().all(|f| f.asleep), "{prompt}: {:?}", spec.figures);
    }
}
