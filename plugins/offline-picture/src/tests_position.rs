//! Tests of position phrases (`position.rs`, `position_draw.rs`): at the
//! window, in bed, under a big tree, on top of the hill, by the fire. Each is
//! read, drawn where it says and said in the alt text.

use crate::cast::{self, Piece};
use crate::place::Place;
use crate::position::Position;
use crate::read::Spec;
use crate::tests::picture_pixels;

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

/// How many pixels in rows `y0..y1` (of 512) are close to `c`.
fn count_near(px: &[u8], c: [u8; 3], rows: (usize, usize)) -> usize {
    px.chunks(3)
        .enumerate()
        .filter(|(i, p)| (rows.0..rows.1).contains(&(i / 512)) && p.iter().zip(c).all(|(a, b)| a.abs_diff(b) < 12))
        .count()
}

#[test]
fn someone_at_the_window_is_indoors_framed_by_it_with_the_outside_seen_through_it() {
    for prompt in ["A girl at the window looking at the rain.", "A boy looking out of the window at the snow.", "A cat by the window."] {
        let spec = Spec::read(prompt);
        assert!(matches!(spec.position, Some(Position::Window { .. })), "{prompt}");
        assert_eq!(spec.place, Place::Indoors, "{prompt}");
        assert!(!spec.things.iter().any(|t| t.noun == "window"), "{prompt}: the window is the frame, not a thing beside");
        assert!(alt(prompt).contains("at a window"), "{prompt}: {}", alt(prompt));
        // The sky outside fills the top of the window, over a room's wall.
        let sky = picture_pixels(prompt).chunks(3).take(512 * 180).filter(|p| p[2] > 200 && p[0] < 215 && p[2] > p[0] + 25).count();
        assert!(sky > 8000, "{prompt}: {sky} sky pixels");
    }
    // The window of a tower is the tower's.
    assert_eq!(Spec::read("A princess at the window of the tower.").position, None);
}

#[test]
fn someone_in_bed_lies_under_a_blanket_head_on_the_pillow_in_a_bedroom() {
    for prompt in [
        "A girl in bed.",
        "A boy at home in bed with his teddy.",
        "Mia, a girl with curly red hair, snuggled in bed.",
        "A little bear tucked up in bed, fast asleep.",
        "Two children in their cosy bed.",
    ] {
        let spec = Spec::read(prompt);
        assert_eq!(spec.position, Some(Position::Bed), "{prompt}");
        assert_eq!(spec.place, Place::Indoors, "{prompt}");
        // No one stands in the row: they lie in the bed.
        assert!(!cast::plan(&spec, 512, 512).pieces.iter().any(|(p, _)| matches!(p, Piece::Figure { .. })), "{prompt}");
        let said = alt(prompt);
        assert!(said.contains("in bed") && said.contains("bedroom"), "{prompt}: {said}");
        // The pillow and the quilt's hem and stars.
        let px = picture_pixels(prompt);
        assert!(count_near(&px, [250, 250, 252], (250, 420)) > 150, "{prompt}: no pillow");
        assert!(count_near(&px, [255, 236, 160], (300, 460)) > 20, "{prompt}: no quilt");
    }
    assert!(alt("A little bear tucked up in bed, fast asleep.").contains("asleep in bed"));
}

#[test]
fn someone_under_a_tree_stands_under_its_big_canopy() {
    for prompt in ["A fox sitting under the tree in a meadow.", "Two children under a big tree.", "A deer resting beneath the oak."] {
        let spec = Spec::read(prompt);
        assert_eq!(spec.position, Some(Position::UnderTree), "{prompt}");
        assert!(spec.perched.is_none(), "{prompt}: under it, not up it");
        assert!(alt(prompt).contains("under a big tree"), "{prompt}: {}", alt(prompt));
        // Leaves spread over the top of the picture, above their heads.
        let leaves = picture_pixels(prompt)
            .chunks(3)
            .take(512 * 200)
            .filter(|p| p[1] > 130 && u16::from(p[1]) > u16::from(p[0]) + 40 && u16::from(p[1]) > u16::from(p[2]) + 40)
            .count();
        assert!(leaves > 30_000, "{prompt}: {leaves} leaf pixels");
    }
}

#[test]
fn someone_on_top_of_the_hill_stands_on_its_crest() {
    for prompt in ["A boy on top of the hill flying a kite.", "A girl on the hilltop at sunset.", "A goat at the top of a grassy hill."] {
        let spec = Spec::read(prompt);
        assert_eq!(spec.position, Some(Position::Hilltop), "{prompt}");
        assert!(alt(prompt).contains("on top of a hill"), "{prompt}: {}", alt(prompt));
        let mut plan = cast::plan(&spec, 512, 512);
        crate::position_draw::lift(&mut plan, &spec, 512.0, 512.0);
        for (_, at) in plan.pieces.iter().filter(|(p, _)| matches!(p, Piece::Figure { .. })) {
            assert!(at.y < 512.0 * 0.75, "{prompt}: feet at {}", at.y);
        }
    }
}

#[test]
fn characters_by_the_fire_sit_around_it() {
    for prompt in ["A family sitting by the fire.", "Three friends around the campfire at night.", "A fox and a bear by a crackling fire."]
    {
        let spec = Spec::read(prompt);
        assert_eq!(spec.position, Some(Position::Fire), "{prompt}");
        assert!(alt(prompt).contains("around a campfire"), "{prompt}: {}", alt(prompt));
        let plan = cast::plan(&spec, 512, 512);
        let fire = plan.pieces.iter().find(|(p, _)| matches!(p, Piece::Small { t, .. } if t.noun == "campfire")).map(|a| a.1.x);
        let xs: Vec<f32> = plan.pieces.iter().filter(|(p, _)| matches!(p, Piece::Figure { .. })).map(|a| a.1.x).collect();
        let (lo, hi) = (xs.iter().copied().fold(f32::MAX, f32::min), xs.iter().copied().fold(f32::MIN, f32::max));
        assert!(fire.is_some_and(|x| x > lo && x < hi), "{prompt}: fire at {fire:?}, figures {xs:?}");
    }
    // Indoors it is a fireplace in the wall.
    let prompt = "A grandma and a boy by the fire in the cottage at night.";
    assert_eq!(Spec::read(prompt).place, Place::Indoors);
    assert!(alt(prompt).contains("by the fire"), "{}", alt(prompt));
}
