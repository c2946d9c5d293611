//! Tests of bedtime pictures (`bedtime.rs`): the host's bedtime style makes a
//! calm, warm night in soft pastel colours, and its words draw nothing.

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
