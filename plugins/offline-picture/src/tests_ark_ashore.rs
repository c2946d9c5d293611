//! Tests of the ark while the animals board: with its ramp down to the sand
//! it stands on the land beside the ramp, not afloat out at sea.

use crate::tests::decode;

#[test]
fn the_ark_boarded_from_the_sand_stands_on_land_not_afloat() {
    let mut wrong = Vec::new();
    let mut n = 0;
    for who in
        ["Noah's animals", "Two giraffes and two elephants", "A pair of lions and a pair of sheep", "Noah and his family with the animals"]
    {
        for how in
            ["walking up the ramp into the ark two by two", "going up a wooden ramp into the big ark", "climbing the ramp into Noah's ark"]
        {
            for place in [" on the sandy shore by the sea", " by the sea", " on the beach"] {
                let prompt = format!("{who} {how}{place}.");
                n += 1;
                let spec = crate::read::Spec::read(&prompt);
                let ground = crate::place::ground_of(&spec);
                let Some(ark) = spec.things.iter().find(|t| t.noun == "ark") else {
                    wrong.push(format!("{prompt}: no ark"));
                    continue;
                };
                // Just below the ark's lowest planks is sand, not sea water.
                let px = decode(&crate::picture(&prompt, 512, 512).expect("png").0).2;
                let at = |x: usize, y: usize| -> [u8; 3] { [px[(y * 512 + x) * 3], px[(y * 512 + x) * 3 + 1], px[(y * 512 + x) * 3 + 2]] };
                let plank = |c: [u8; 3]| c.iter().zip([165u8, 112, 70]).all(|(a, b)| a.abs_diff(b) < 8);
                let low = (0..505).rev().find(|&y| (0..512).any(|x| plank(at(x, y)))).unwrap_or(0);
                let under: Vec<[u8; 3]> = (0..512).filter(|&x| plank(at(x, low))).map(|x| at(x, low + 4)).collect();
                let water = under.iter().filter(|c| i32::from(c[2]) > i32::from(c[0]) + 40).count();
                let sand = under
                    .iter()
                    .filter(|c| c.iter().zip([246u8, 222, 160]).map(|(a, b)| i32::from(a.abs_diff(b))).sum::<i32>() < 60)
                    .count();
                if !crate::vehicles::ashore(ark, ground) || water >= sand {
                    wrong.push(format!("{prompt}: lowest plank row {low}, under it {water} water, {sand} sand"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {n} arks afloat while boarded:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
#[ignore]
fn print_ark_ashore() {
    let png = crate::picture("Noah's animals walking up the ramp into the ark two by two on the beach.", 1024, 1024).expect("png").0;
    std::fs::write("/tmp/wt-painter-png/ark_ashore.png", png).expect("write");
}
