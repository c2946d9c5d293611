//! Tests of figures at a window looking out ("noses to the glass"): seen from
//! behind, facing the window, with no face toward the viewer; and of the ark
//! resting behind a crowd's back row, who stand on the ground in front of it.
//! Also snow watched from a window falls outside it.

use crate::canvas::Canvas;
use crate::paint::Painter;
use crate::read::Spec;
use crate::tests::picture_pixels;

/// White eye-shine pixels of a figure drawn alone: none when it is seen from behind.
fn shine(f: &crate::read::Figure) -> usize {
    let mut p = Painter { cv: Canvas::new(300, 300), tint: None };
    crate::cast::figure(&mut p, f, 150.0, 250.0, 2.0, false, false);
    p.cv.px.chunks(3).filter(|c| *c == [255, 255, 255]).count()
}

#[test]
fn people_with_their_noses_to_the_glass_face_the_window() {
    for prompt in [
        "Ivy, a girl with dark brown skin and braided golden hair in a teal hoodie, and Noodle, a small grey squirrel with a yellow hat, looking out of a big window, noses to the glass, hoping to watch the snow, inside a cozy house by a big window at night, soft picture-book illustration.",
        "Tom, a boy in a red jumper, pressed his nose to the window, watching the rain.",
        "Two children at the window, looking out at the stars.",
    ] {
        let spec = Spec::read(prompt);
        let people: Vec<_> = spec.figures.iter().filter(|f| f.fam == crate::catalog::Fam::Person).collect();
        assert!(!people.is_empty() && people.iter().all(|f| f.look.back), "{prompt}: {:?}", spec.figures);
        assert!(people.iter().all(|f| shine(f) == 0), "{prompt}: a face toward the viewer");
    }
    // At the window but turned to us (reading by it), and anywhere else: the face shows.
    for prompt in ["A girl reading a book at the window.", "A girl looking out at the sea from the beach."] {
        let spec = Spec::read(prompt);
        assert!(spec.figures.iter().all(|f| !f.look.back && shine(f) > 0), "{prompt}");
    }
}

#[test]
fn the_ark_rests_behind_the_back_row() {
    let prompt = "Noah, a man with a grey beard, with his family and the animals on a green hill beside a big wooden boat, looking up at a bright rainbow.";
    let spec = Spec::read(prompt);
    let plan = crate::cast::plan(&spec, 512, 512);
    let base = plan.pieces.iter().map(|(_, at)| at.y).fold(0.0, f32::max);
    let feet = plan.pieces.iter().map(|(_, at)| at.y).fold(f32::MAX, f32::min);
    assert!(feet < base - 10.0, "a back row: {feet} vs {base}");
    // The ark's base would be far lower on the hill; it is raised to behind the back row's feet.
    let ark = plan.behind_back_row(base, base, 10.0);
    assert!(ark <= feet - 10.0, "ark at {ark}, back row's feet at {feet}");
}

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

#[test]
fn snow_watched_from_a_window_falls_outside_it() {
    use crate::position::Position;
    for prompt in [
        "Ivy, a girl with dark brown skin and braided golden hair in a teal hoodie, and Noodle, a small grey squirrel with a yellow hat, looking out of a big window, noses to the glass, hoping to watch the snow, inside a cozy house by a big window at night, soft picture-book illustration.",
        "A boy at the window on a snowy night.",
    ] {
        let spec = Spec::read(prompt);
        assert_eq!(spec.position, Some(Position::Window { view: crate::place::Place::Snow }), "{prompt}");
        let said = alt(prompt);
        assert!(said.contains("snow"), "{prompt}: {said}");
        // White flakes in the dark window.
        let px = picture_pixels(prompt);
        let flakes =
            px.chunks(3).enumerate().filter(|(i, p)| (61..300).contains(&(i / 512)) && p[0] > 245 && p[1] > 245 && p[2] > 250).count();
        assert!(flakes > 150, "{prompt}: {flakes} flake pixels");
    }
    // Rain at the window is not snow.
    assert!(!alt("A girl at the window looking at the rain.").contains("snow"));
}
