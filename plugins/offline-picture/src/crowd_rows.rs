//! A crowd that reads as many: "a huge crowd", "five thousand people", "a
//! crowded street" draw rows of small far-off people behind the characters
//! (heads and shoulders in many robe and skin colours), besides the few
//! drawn whole in front. Drawn with its own random numbers, so nothing else
//! in the picture moves.

use crate::canvas::{Rgb, Shape};
use crate::paint::Painter;
use crate::scene::Layout;
use storyloom_plugin_sdk::rng::Rng;

/// Words that say a crowd is there.
const CROWD_WORDS: &[&str] = &["crowd", "crowds", "crowded", "thousand", "thousands", "multitude", "throng"];

/// Whether `lower` (the prompt's words, spaced) says a crowd is in the picture.
pub(crate) fn said(lower: &str) -> bool {
    CROWD_WORDS.iter().any(|w| lower.contains(&format!(" {w} ")))
}

/// Clothes of the far-off crowd.
const COATS: &[Rgb] = &[
    Rgb(150, 105, 70),
    Rgb(205, 180, 135),
    Rgb(80, 110, 160),
    Rgb(120, 130, 80),
    Rgb(175, 95, 65),
    Rgb(225, 215, 190),
    Rgb(125, 100, 130),
];
const SKINS: &[Rgb] = &[Rgb(245, 210, 180), Rgb(210, 160, 120), Rgb(160, 110, 75), Rgb(110, 75, 50)];

/// Rows of small people standing on the ground behind the characters, the far rows smaller.
pub fn rows(p: &mut Painter, seed: u64, lay: &Layout) {
    let mut rng = Rng::new(seed ^ 0x00c0_ffee_c0de);
    let (w, u, hz) = (p.w(), p.unit(), lay.horizon);
    for (row, (n, size)) in [(18usize, 0.55f32), (15, 0.7), (12, 0.85)].into_iter().enumerate() {
        let y = hz + u * (2.0 + row as f32 * 3.5);
        for i in 0..n {
            let x = w * (i as f32 + rng.range(0.15, 0.85)) / n as f32;
            let r = u * 1.6 * size;
            let coat = p.lit(COATS[rng.below(COATS.len())]);
            let skin = p.lit(SKINS[rng.below(SKINS.len())]);
            let body = vec![(x - r * 1.5, y + r * 3.5), (x - r * 1.1, y + r * 0.9), (x + r * 1.1, y + r * 0.9), (x + r * 1.5, y + r * 3.5)];
            p.cv.fill(&Shape::Poly(body), coat);
            p.cv.fill(&Shape::Circle { x, y, r }, skin);
        }
    }
}
