//! Tests of sleep: the words that put characters to sleep ("fast asleep",
//! "falling asleep", "yawning", "eyes closed", "curled up"), drawn lying with
//! closed eyes (curved lid lines), and the alt text saying "asleep".
//! Also: sleepers lie wholly inside the picture, a creature in bed shows its
//! face, sleepy walkers stand, and a glowing friend keeps no one awake.
//! Also a sleeping creature lies down.

use crate::canvas::Canvas;
use crate::paint::Painter;
use crate::read::Spec;
use crate::tests::{drawn_pixels, near_in_rows, picture_pixels};

fn asleep(prompt: &str) -> Vec<bool> {
    Spec::read(prompt).figures.iter().map(|f| f.asleep).collect()
}

#[test]
fn sleep_words_put_people_and_animals_to_sleep_and_the_alt_text_says_asleep() {
    for prompt in [
        "A fox curled up fast asleep in the forest.",
        "A girl falling asleep in bed.",
        "A bunny curled up asleep in a meadow.",
        "A cat with eyes closed on a rug.",
        "Mia and Leo fall asleep under the stars.",
        "Bruno, a big brown bear, yawns and curls up in his den.",
        "An owl sleeping in a tree.",
        "The puppy drifting off by the fire.",
    ] {
        let said = asleep(prompt);
        assert!(!said.is_empty() && said.iter().all(|a| *a), "{prompt}: {said:?}");
        let (_, alt) = crate::picture(prompt, 64, 64).expect("png");
        assert!(alt.contains("asleep"), "{prompt}: {alt}");
    }
    // Only the one asleep sleeps.
    assert_eq!(asleep("A girl watching her cat sleep."), [false, true]);
    assert_eq!(asleep("A girl reading to a sleeping cat."), [false, true]);
    assert_eq!(asleep("A girl and a dog in a meadow."), [false, false]);
}

/// Eye pixels of one figure drawn standing (open eyes) or asleep (lids): its dark pixels drawn on white (so a
/// sleeper curled up low, covering less, counts only its own) and its white shine drawn on black.
fn eye_pixels(prompt: &str) -> (usize, usize) {
    let spec = Spec::read(prompt);
    let drawn = |fill: u8| {
        let mut p = Painter { cv: Canvas::new(300, 300), tint: None };
        p.cv.px.iter_mut().for_each(|v| *v = fill);
        crate::cast::figure(&mut p, &spec.figures[0], 150.0, 250.0, 2.0, false, false);
        p.cv.px
    };
    let dark = drawn(255).chunks(3).filter(|c| c.iter().all(|v| *v < 70)).count();
    let shine = drawn(0).chunks(3).filter(|c| *c == [255, 255, 255]).count();
    (dark, shine)
}

#[test]
fn sleepers_have_closed_eyes_drawn_as_curved_lids() {
    for (awake, sleeping) in
        [("a girl in a meadow", "a girl fast asleep in a meadow"), ("a fox in a forest", "a fox fast asleep in a forest")]
    {
        let (open, shine) = eye_pixels(awake);
        let (lids, no_shine) = eye_pixels(sleeping);
        assert!(shine > 0 && no_shine < shine, "{sleeping}: the eyes' shine is gone ({shine} -> {no_shine})");
        assert!(lids > 0 && lids < open, "{sleeping}: thin lids ({lids}) instead of round eyes ({open})");
    }
}

#[test]
fn sleepers_lie_wholly_inside_the_picture() {
    for prompt in [
        "Pip, a small grey bunny with a teal backpack, and Sky, a small seagull with a red hat, curled up asleep by the sea, under a quiet starry sky at night, soft picture-book illustration.",
        "Pip, a small grey bunny with a teal backpack, and Sky, a small seagull with a red hat, fast asleep at sea at night.",
        "Pip, a small golden bunny, and Twinkle, a small brown owl, curled up asleep in a soft, mossy nook, in the secret garden at night.",
        "Goliath, a giant in armour with a bronze helmet, lay on the ground in a valley.",
        "Two sisters fast asleep, tucked up in bed at night.",
    ] {
        let spec = Spec::read(prompt);
        for (w, h) in [(512, 512), (512, 768), (768, 512)] {
            let plan = crate::cast::plan(&spec, w, h);
            for (_, at) in &plan.pieces {
                let b = at.bbox;
                assert!(b.x0 >= -0.5 && b.y0 >= -0.5 && b.x1 <= w as f32 + 0.5 && b.y1 <= h as f32 * 0.97, "{prompt} {w}x{h}: {b:?}");
            }
        }
    }
}

#[test]
fn a_creature_asleep_in_bed_shows_its_face_above_the_blanket() {
    // The blanket is the bluest colour most seen in the lower half: over a creature it stops short of the face
    // (ears and snout reach beyond its head), so it covers less of the bed than over a child.
    let blanket = |prompt: &str| {
        let px = picture_pixels(prompt);
        let mut seen = std::collections::BTreeMap::new();
        for p in px[512 * 256 * 3..].chunks(3).filter(|p| u16::from(p[2]) > u16::from(p[0]) + 30) {
            *seen.entry([p[0], p[1], p[2]]).or_insert(0usize) += 1;
        }
        seen.values().copied().max().unwrap_or(0)
    };
    let child = blanket("A little girl fast asleep, tucked up in bed at night.");
    for prompt in ["Pip, a small grey bunny, fast asleep, tucked up in bed at night.", "A little bear asleep in bed at night."] {
        let over = blanket(prompt);
        assert!(over * 10 < child * 9, "{prompt}: blanket {over} vs a child's {child}");
    }
}

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
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
fn a_glowing_friend_does_not_keep_the_others_awake() {
    for prompt in [
        "Twinkle, a small golden bunny with a yellow bandana, and Noodle, a small glowing yellow firefly with a green bandana, curled up asleep in a soft, mossy nook, on Pebble Mountain, under a quiet starry sky at night, soft picture-book illustration.",
        "Mia, a girl with a sparkling crown, and Leo, a boy, fast asleep under the stars.",
    ] {
        let spec = Spec::read(prompt);
        assert!(spec.figures.len() == 2 && spec.figures.iter().all(|f| f.asleep), "{prompt}: {:?}", spec.figures);
    }
}

#[test]
fn a_sleeping_creature_lies_down() {
    let spec = Spec::read("a sleeping bear in a meadow");
    assert!(spec.figures[0].asleep);
    assert!(Spec::read("Bruno, a big brown bear with a red scarf, asleep and snoring in a cozy cave").figures[0].asleep);
    assert!(!Spec::read("Bruno, a big brown bear with a red scarf, in a cozy cave").figures[0].asleep);
    assert_eq!(crate::describe::describe(&spec), "a bear asleep in a meadow");
    // Curled up asleep (low on the ground, not turned over), the bear reaches less high: fewer of its pixels
    // above the bottom quarter.
    let fur = [170, 115, 75];
    let lying = near_in_rows(&drawn_pixels("a sleeping bear in a meadow"), fur, 20, (0.3, 0.75));
    let standing = near_in_rows(&drawn_pixels("a bear in a meadow"), fur, 20, (0.3, 0.75));
    assert!(lying * 3 < standing * 2, "lying {lying} vs standing {standing}");
}
