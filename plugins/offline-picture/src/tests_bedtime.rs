//! Tests of bedtime pictures (`bedtime.rs`): the host's bedtime style makes a
//! calm, warm night in soft pastel colours, and its words draw nothing.
//! Also: a bedtime picture adds no one the prompt does not name, goodnight
//! to the moon is said from the ground, and who was met before is gone now.

use crate::catalog::Fam;
use crate::read::{Spec, Time};
use crate::tests::decode;

const STYLE: &str = "soft warm night-time light, pastel colours, gentle amber glow, calm and sleepy";

/// The scene with the bedtime style both ways the host may add it.
fn styled(scene: &str) -> [String; 2] {
    [
        format!("{scene}, {STYLE}"),
        format!("{scene}. Style: {STYLE}; bright, colourful children's book illustration, friendly and cheerful, soft shapes."),
    ]
}

fn px(prompt: &str) -> Vec<u8> {
    decode(&crate::picture(prompt, 512, 512).expect("png").0).2
}

/// Mean saturation (max - min channel) over the picture.
fn saturation(px: &[u8]) -> f32 {
    px.chunks(3).map(|p| f32::from(p.iter().max().copied().unwrap_or(0) - p.iter().min().copied().unwrap_or(0))).sum::<f32>()
        / (px.len() / 3) as f32
}

#[test]
fn bedtime_pictures_are_a_calm_warm_night_in_pastels_and_the_style_draws_nothing() {
    let scenes = [
        ("Mia and her dog walking home under the stars", false),
        ("Mia, a girl in pink pyjamas, tucked up in bed, fast asleep", true),
        ("A little fox curling up in the forest, falling asleep", false),
    ];
    for (scene, indoors) in scenes {
        for prompt in styled(scene) {
            let spec = Spec::read(&prompt);
            assert!(spec.bedtime, "{prompt}");
            assert_eq!(spec.time, Time::Night, "{prompt}");
            // "light", "glow": the style's words are no lamp post, no glow of light, no fire.
            let nouns: Vec<&str> = spec.things.iter().map(|t| t.noun).collect();
            assert!(!nouns.iter().any(|n| matches!(*n, "light" | "campfire" | "lamp")), "{prompt}: {nouns:?}");
            let (_, alt) = crate::picture(&prompt, 64, 64).expect("png");
            assert!(!alt.contains("light") && !alt.contains("glow"), "{prompt}: {alt}");
            let pixels = px(&prompt);
            // No bright midday sun.
            assert_eq!(pixels.chunks(3).filter(|p| *p == [255, 222, 92]).count(), 0, "{prompt}: a sun");
            let top: Vec<u8> = pixels[..512 * 3 * 60].to_vec();
            let (r, b) = top.chunks(3).fold((0u64, 0u64), |a, p| (a.0 + u64::from(p[0]), a.1 + u64::from(p[2])));
            if indoors {
                // A lamp-lit warm room: more red than blue.
                let all = pixels.chunks(3).fold((0u64, 0u64), |a, p| (a.0 + u64::from(p[0]), a.1 + u64::from(p[2])));
                assert!(all.0 > all.1, "{prompt}: not warm");
            } else {
                // A dark blue sky.
                assert!(b > r && b / (512 * 60) < 150, "{prompt}: sky r {r} b {b}");
            }
            // Softer than the same scene at a plain night.
            let plain = px(&format!("{scene} at night"));
            assert!(saturation(&pixels) < saturation(&plain) * 0.9, "{prompt}: not pastel");
        }
        assert!(!Spec::read(scene).bedtime);
    }
    // The sleepers are asleep, the walkers awake.
    assert!(Spec::read(&styled(scenes[1].0)[0]).figures.iter().all(|f| f.asleep));
    assert!(Spec::read(&styled(scenes[2].0)[1]).figures.iter().all(|f| f.asleep));
    assert!(Spec::read(&styled(scenes[0].0)[0]).figures.iter().all(|f| !f.asleep));
}

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
