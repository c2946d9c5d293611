//! Tests of sleep: the words that put characters to sleep ("fast asleep",
//! "falling asleep", "yawning", "eyes closed", "curled up"), drawn lying with
//! closed eyes (curved lid lines), and the alt text saying "asleep".

use crate::canvas::Canvas;
use crate::paint::Painter;
use crate::read::Spec;

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
