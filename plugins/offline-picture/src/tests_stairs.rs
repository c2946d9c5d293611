//! Tests of a staircase of clouds: drawn as cloud steps rising from the
//! ground into the sky, said so in the alt text; other clouds stay clouds.

use crate::read::Spec;

#[test]
fn a_staircase_of_clouds_rises_into_the_sky() {
    for prompt in [
        "Twinkle, a big green dragon with an orange bow, and Fig, a small green snail with a red bow tie, discovering a staircase of fluffy clouds, in a forest of tall trees at night, soft picture-book illustration.",
        "Twinkle, a big green dragon, and Fig, a small snail, climbing a staircase made of fluffy white clouds that curled up and up into the sky, in the Whispering Woods at night.",
        "A bunny hopping up the cloud steps to the moon.",
    ] {
        let spec = Spec::read(prompt);
        assert!(spec.things.iter().any(|t| t.noun == crate::sky::STAIRS), "{prompt}: {:?}", spec.things);
        let alt = crate::picture(prompt, 64, 64).expect("png").1;
        assert!(alt.contains("a staircase of fluffy clouds rising into the sky"), "{prompt}: {alt}");
        // Cloud-white steps from low in the picture (near the ground) to high in the sky.
        let px = crate::tests::decode(&crate::picture(prompt, 256, 256).expect("png").0).2;
        let white_rows: Vec<usize> = (0..256).filter(|y| (0..256).any(|x| px[(y * 256 + x) * 3..][..3].iter().all(|v| *v > 200))).collect();
        let (top, low) = (white_rows.first().copied().unwrap_or(999), white_rows.last().copied().unwrap_or(0));
        assert!(top < 40 && low > 140, "{prompt}: white from row {top} to {low}");
    }
    for prompt in
        ["A girl looking up at fluffy white clouds over a meadow, sitting on the steps of her house.", "Three fluffy clouds over a hill."]
    {
        assert!(!Spec::read(prompt).things.iter().any(|t| t.noun == crate::sky::STAIRS), "{prompt}");
    }
}
