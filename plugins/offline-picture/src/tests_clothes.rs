//! Clothes drawn as they are worn: a scarf wrapped round the neck with a
//! knot, two hanging ends and fold shading.
//! Also mittens, hats and scarves on when the prompt says so.
//! Also a pirate's eye patch and black pirate hat.

use crate::canvas::Rgb;
use crate::catalog::Fam;
use crate::read::Spec;
use crate::tests::{drawn_pixels, near_in_rows};

const SCARVES: &[&str] = &[
    "a girl in a yellow raincoat with a blue scarf",
    "a brown bear with a purple scarf",
    "a boy in a green jumper with a red scarf",
    "a white bunny with an orange scarf",
    "a grey mouse with a pink scarf",
    "a man in a blue coat with a red scarf",
    "a girl with a green scarf",
    "a little fox with a blue scarf",
];

/// The pixels of one figure drawn alone (tall, unflipped or flipped), and the canvas width.
fn drawn(prompt: &str, flip: bool) -> (Vec<u8>, usize, Rgb) {
    let spec = Spec::read(prompt);
    let f = spec.figures.first().unwrap_or_else(|| panic!("a figure in {prompt}")).clone();
    let scarf = f.look.wears("scarf").unwrap_or_else(|| panic!("a scarf in {prompt}"));
    let mut p = crate::paint::Painter { cv: crate::canvas::Canvas::new(400, 400), tint: None };
    crate::cast::figure(&mut p, &f, 200.0, 380.0, 3.0, flip, false);
    (p.cv.px, 400, scarf)
}

/// How far (0..=0.6, in hundredths) `p` is `c` made darker or lighter, if it is.
fn shade_of(p: &[u8], c: Rgb) -> Option<i32> {
    (0..=60)
        .flat_map(|k| [(k, c.darker(k as f32 / 100.0)), (-k, c.lighter(k as f32 / 100.0))])
        .find(|(_, s)| p == [s.0, s.1, s.2])
        .map(|s| s.0)
}

#[test]
fn a_scarf_wraps_the_neck_with_a_knot_hanging_ends_and_fold_shading() {
    let mut wrong = Vec::new();
    for prompt in SCARVES {
        for flip in [false, true] {
            let (px, w, c) = drawn(prompt, flip);
            let mut shades = std::collections::BTreeMap::new();
            let mut rows: Vec<(usize, usize)> = Vec::new();
            for (i, p) in px.chunks(3).enumerate() {
                if let Some(s) = shade_of(p, c) {
                    *shades.entry(s).or_insert(0) += 1;
                    rows.push((i / w, i % w));
                }
            }
            let shaded = shades.values().filter(|n| **n >= 8).count();
            let (top, bottom) = (rows.iter().map(|r| r.0).min().unwrap_or(0), rows.iter().map(|r| r.0).max().unwrap_or(0));
            // Two ends hanging apart near the bottom of the scarf: two separate runs in a row 80% down.
            let row = top + (bottom - top) * 4 / 5;
            let mut xs: Vec<usize> = rows.iter().filter(|r| r.0 == row).map(|r| r.1).collect();
            xs.sort_unstable();
            let runs = 1 + xs.windows(2).filter(|p| p[1] > p[0] + 1).count();
            // Round the neck: the band is wider than it is tall, and the ends hang well below it.
            let wide = rows
                .iter()
                .filter(|r| r.0 == top + (bottom - top) / 5)
                .map(|r| r.1)
                .fold((usize::MAX, 0), |(a, b), x| (a.min(x), b.max(x)));
            let band = wide.1.saturating_sub(wide.0);
            if shaded < 3 || xs.is_empty() || runs < 2 || band < (bottom - top) {
                wrong.push(format!(
                    "{prompt} (flip {flip}): {shaded} shades {shades:?}, {runs} ends, band {band} over {} rows",
                    bottom - top
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A snowy story's cast, and its outdoor scenes (only one says "mittens on").
const SNOW_CAST: &[&str] = &[
    "Mia, a girl with red hair, and Leo, a boy with curly black hair,",
    "Grandpa and Sam, a boy in a blue coat,",
    "a girl and her little brother,",
    "Ava, a girl with long brown hair, and Noor, a girl with black braids,",
];

const SNOW_SCENES: &[&str] = &[
    "building a snowman in the snow",
    "sliding down a snowy hill on a sled",
    "skating on an icy pond",
    "throwing snowballs on a winter day",
    "mittens on, hats on, scarves on, ready to play in the snow",
    "walking through the deep snow to the forest",
];

#[test]
fn out_in_the_snow_everyone_wears_a_hat_a_scarf_and_mittens_kept_scene_to_scene() {
    let mut wrong = Vec::new();
    for cast in SNOW_CAST {
        // Each person's (hat, scarf, mittens) colours in the first scene.
        let mut first: Option<Vec<Vec<Option<Rgb>>>> = None;
        for scene in SNOW_SCENES {
            let prompt = format!("{cast} {scene}");
            let spec = Spec::read(&prompt);
            let worn: Vec<Vec<Option<Rgb>>> = spec
                .figures
                .iter()
                .filter(|f| f.fam == crate::catalog::Fam::Person)
                .map(|f| ["hat", "scarf", "mittens"].iter().map(|w| f.look.wears(w)).collect())
                .collect();
            if worn.is_empty() || worn.iter().flatten().any(Option::is_none) {
                wrong.push(format!("{prompt}: {worn:?}"));
                continue;
            }
            // Drawn: each one's mittens are on their hands, and the hat is a knitted one with a bobble.
            if spec.time == crate::read::Time::Day {
                let px = drawn_pixels(&prompt);
                let drawn = |c: Rgb| px.chunks(3).filter(|p| *p == [c.0, c.1, c.2]).count();
                for w in &worn {
                    let (Some(hat), Some(mittens)) = (w[0], w[2]) else { continue };
                    if drawn(mittens) < 20 || drawn(hat.lighter(0.45)) < 10 {
                        wrong.push(format!("{prompt}: {mittens:?} mittens or {hat:?} bobble hat not drawn"));
                    }
                }
            }
            match &first {
                None => first = Some(worn),
                Some(kept) if *kept != worn => wrong.push(format!("{prompt}: {worn:?}, first scene {kept:?}")),
                Some(_) => {}
            }
        }
    }
    // Indoors, by the fire, coats come off.
    let spec = Spec::read("Mia, a girl with red hair, drinking hot cocoa by the fire in a cosy house");
    assert!(spec.figures.iter().all(|f| f.look.wears("mittens").is_none()), "{:?}", spec.figures);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn mittens_hats_and_scarves_on_when_the_prompt_says_so() {
    for (prompt, items) in [
        (
            "Footprints in deep white snow, just after putting on warm mittens, with Maya, a girl with fair skin and curly red hair in an orange jumper, and Skipper, a small glowing yellow firefly with a purple backpack, in snowy hills with snow falling on a sunny afternoon, soft picture-book illustration.",
            &["mittens"][..],
        ),
        ("Mittens on, hats on, scarves on! Two children running out into the snow.", &["mittens", "hat", "scarf"][..]),
        ("A boy and a girl wrapped up warm, building a snowman in the snow", &["mittens", "hat", "scarf"][..]),
    ] {
        let spec = Spec::read(prompt);
        let people: Vec<_> = spec.figures.iter().filter(|f| f.fam == Fam::Person).collect();
        assert!(!people.is_empty(), "{prompt}");
        for p in &people {
            for item in items {
                assert!(p.look.wears(item).is_some(), "{prompt}: {item} on {p:?}");
            }
        }
        // The mittens are drawn: the picture changes when they are taken off.
        let mut bare = spec.clone();
        for f in &mut bare.figures {
            f.look.wear.retain(|w| w.0 != "mittens");
        }
        let pixels = |s: &Spec| crate::draw::encode(&crate::draw::paint_spec(s, 256, 256)).expect("png");
        assert_ne!(pixels(&spec), pixels(&bare), "{prompt}");
    }
    // No winter words, no winter clothes.
    let spec = Spec::read("A girl in a meadow on a sunny day");
    assert!(spec.figures.iter().all(|f| f.look.wears("mittens").is_none()), "{:?}", spec.figures);
}

#[test]
fn a_pirate_wears_an_eye_patch() {
    let patch = |prompt: &str| near_in_rows(&drawn_pixels(prompt), [30, 28, 32], 6, (0.0, 1.0));
    assert!(patch("a pirate on a sandy beach") > patch("a knight on a sandy beach") + 30);
}

#[test]
fn a_pirate_with_no_bandana_wears_a_black_pirate_hat() {
    let hat = |prompt: &str| near_in_rows(&drawn_pixels(prompt), [40, 36, 44], 4, (0.0, 1.0));
    assert!(hat("a pirate on a sandy beach") > hat("a pirate with a red bandana on a sandy beach") + 200);
}

#[test]
fn a_diving_mask_is_worn_over_the_eyes_and_said() {
    let glass = |prompt: &str| {
        let (png, alt) = crate::picture(prompt, 512, 512).expect("png");
        (crate::tests::near(&crate::tests::decode(&png).2, [170, 225, 245], 6), alt)
    };
    let mut bare = Vec::new();
    for who in
        ["Max, a small brown dog", "Kiki, a small grey seal", "Mia, a girl with light skin in a red swimsuit", "a little white bunny"]
    {
        for place in ["deep under the water at the bottom of the sea", "on a sandy beach"] {
            let (with, alt) = glass(&format!("{who} with a diving mask, {place}."));
            let (without, _) = glass(&format!("{who}, {place}."));
            if with < 40 + without || !alt.contains("diving mask") {
                bare.push(format!("{who} {place}: {with} glass pixels ({without} without), alt {alt:?}"));
            }
        }
    }
    assert!(bare.is_empty(), "{} of 8 without the mask: {bare:#?}", bare.len());
}

#[test]
fn someone_fishing_holds_a_rod_with_its_line_and_fish() {
    let rod = |prompt: &str| {
        let (png, alt) = crate::picture(prompt, 512, 512).expect("png");
        (crate::tests::near(&crate::tests::decode(&png).2, [40, 110, 190], 6), alt)
    };
    let mut empty = Vec::new();
    for who in [
        "Malo, a boy in a red hoodie, and Grandpa, a grandpa with a beard,",
        "a little boy and his grandpa",
        "a girl in a yellow raincoat",
        "a small brown bear",
    ] {
        for doing in
            ["fishing at the edge of the calm water, by a quiet blue lake", "with a fishing rod on a little wooden bridge over a stream"]
        {
            let (with, alt) = rod(&format!("{who} {doing}."));
            let (without, _) = rod(&format!("{who} standing by a quiet blue lake."));
            if with < 60 + without || !alt.contains("fishing rod") {
                empty.push(format!("{who} {doing}: {with} rod pixels ({without} without), alt {alt:?}"));
            }
        }
    }
    assert!(empty.is_empty(), "{} of 8 without a rod: {empty:#?}", empty.len());
}
