//! Tests of climbing the rocks: the climbers stand up on rocks of their own,
//! at different heights, not side by side on the sand as in the scene before;
//! a joke or a giggle draws laughing open mouths, a snack is held in the hand
//! and a sling swung round and round whirls over the head.

use crate::read::Spec;
use crate::tests::picture_pixels;

#[test]
fn climbers_stand_up_on_rocks() {
    let climbing = "Pebble, a small orange crab with a teal scarf, and Pip, a small silver grey seal with a purple hat, climbing wet rocks towards a tall red and white lighthouse, just after telling each other the plan, by the sea on a sunny afternoon, soft picture-book illustration.";
    let looking = "Pebble, a small orange crab with a teal scarf, and Pip, a small silver grey seal with a purple hat, looking up at a tall red and white lighthouse from the rocks, by the sea in the morning, soft picture-book illustration.";
    assert!(Spec::read(climbing).climbing && Spec::read("Three children climbing the big rocks on the hill.").climbing);
    assert!(!Spec::read(looking).climbing && !Spec::read("A girl climbing a tree.").climbing);
    // Under each climber's feet is rock grey, where the sand was.
    let spec = Spec::read(climbing);
    let plan = crate::cast::plan(&spec, 512, 512);
    let px = picture_pixels(climbing);
    let grey = |x: f32, y: f32| {
        let i = ((y as usize).min(511) * 512 + (x as usize).min(511)) * 3;
        let p = &px[i..i + 3];
        p[0].abs_diff(p[2]) < 25 && p[0] > 90 && p[0] < 200
    };
    let feet: Vec<_> = plan.pieces.iter().filter(|(p, _)| matches!(p, crate::cast::Piece::Figure { .. })).map(|(_, at)| at).collect();
    assert_eq!(feet.len(), 2);
    for at in feet {
        let i = ((at.y - at.u * 8.0) as usize * 512 + at.x as usize) * 3;
        assert!(grey(at.x, at.y - at.u * 8.0), "no rock under the climber at {:?}: {:?}", (at.x, at.y, at.u), &px[i..i + 3]);
    }
}

/// Mouth pixels of the first figure drawn alone.
fn mouth(prompt: &str) -> usize {
    let spec = Spec::read(prompt);
    let mut p = crate::paint::Painter { cv: crate::canvas::Canvas::new(300, 300), tint: None };
    crate::cast::figure(&mut p, &spec.figures[0], 150.0, 250.0, 2.0, false, false);
    p.cv.px.chunks(3).filter(|c| *c == [90, 30, 40] || *c == [90, 40, 50]).count()
}

#[test]
fn a_joke_draws_laughing_open_mouths() {
    for prompt in [
        "Luna, a girl in a yellow raincoat, and Maya, a girl in an orange dress, laughing at a silly joke beside a cardboard rocket.",
        "Two boys giggling together in the garden.",
    ] {
        let spec = Spec::read(prompt);
        assert!(spec.figures.iter().all(|f| f.look.laughing), "{prompt}");
        let plain = mouth("Luna, a girl in a yellow raincoat, beside a cardboard rocket.");
        let laugh = mouth(prompt);
        assert!(laugh > plain * 2, "{prompt}: mouth {laugh} vs smile {plain}");
    }
    // The frightened and the sleeping do not laugh.
    assert!(Spec::read("A girl fast asleep while her brother laughs.").figures.iter().any(|f| !f.look.laughing));
    assert!(!Spec::read("A girl in a meadow.").figures[0].look.laughing);
}

#[test]
fn a_snack_is_held_in_the_hand() {
    let count = |prompt: &str, colour: [u8; 3]| {
        let spec = Spec::read(prompt);
        let mut p = crate::paint::Painter { cv: crate::canvas::Canvas::new(300, 300), tint: None };
        crate::cast::figure(&mut p, &spec.figures[0], 150.0, 250.0, 2.0, false, false);
        p.cv.px.chunks(3).filter(|c| *c == colour).count()
    };
    let apples = "Wren, a girl in red dungarees, and Hazel, a girl in a teal raincoat, sharing crunchy apple slices and making a plan, beside a cardboard rocket.";
    assert!(Spec::read(apples).figures.iter().all(|f| f.look.wears("apple slice").is_some()));
    assert!(count(apples, [250, 245, 215]) > 10, "the apple slice's white flesh");
    assert!(count("Two boys having a snack in the garden.", [210, 160, 100]) > 10, "a cookie in the hand");
    // Sharing toys is no snack.
    assert!(Spec::read("Two girls sharing their toys.").figures.iter().all(|f| f.look.wear.is_empty()));
}

#[test]
fn a_sling_swung_round_and_round_whirls_over_the_head() {
    let lines = |prompt: &str| {
        let spec = Spec::read(prompt);
        let mut p = crate::paint::Painter { cv: crate::canvas::Canvas::new(300, 300), tint: None };
        let boy = spec.figures.iter().find(|f| f.noun == "shepherd boy").expect("David");
        crate::cast::figure(&mut p, boy, 150.0, 280.0, 2.0, false, false);
        p.cv.px.chunks(3).filter(|c| *c == [250, 250, 255]).count()
    };
    let swung = "David, a young shepherd boy with short curly hair in a plain tan tunic, running forward and swinging his sling round and round, as Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face, strides towards him in a valley.";
    let held = "David, a young shepherd boy with short curly hair in a plain tan tunic, with a sling facing Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face, in a wide valley.";
    assert!(lines(swung) > 20 && lines(held) == 0, "{} vs {}", lines(swung), lines(held));
    let alt = crate::picture(swung, 64, 64).expect("png").1;
    assert!(alt.contains("a sling whirling round") && !alt.contains("whirl and"), "{alt}");
}
