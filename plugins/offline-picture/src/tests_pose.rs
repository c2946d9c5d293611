//! Poses said in the prompt are drawn and told: kneeling and sitting people
//! are lower than standing ones, a bowing one leans forward, praying hands
//! are together in front of the chest, and the alt text says the pose.

use crate::cast::{Piece, extent};
use crate::layout::measure;
use crate::read::Spec;

const WHO: &[&str] = &[
    "a man",
    "a woman",
    "a boy",
    "a girl",
    "a shepherd",
    "a queen with a crown",
    "an old man with a grey beard",
    "a young woman in a blue robe",
    "Daniel, a man with a brown beard,",
];
const WHERE: &[&str] = &["by an open window in a house", "on a green hill", "in a palace", "by a river"];

/// The first person of `prompt` as drawn in the row.
fn person(prompt: &str) -> crate::read::Figure {
    let spec = Spec::read(prompt);
    spec.figures.into_iter().find(|f| f.fam == crate::catalog::Fam::Person).unwrap_or_else(|| panic!("a person in {prompt}"))
}

fn height(f: &crate::read::Figure) -> f32 {
    extent(&Piece::Figure { f: f.clone(), flip: false, shadow: false }).up
}

#[test]
fn kneeling_sitting_and_bowing_people_are_drawn_so_and_told() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    for who in WHO {
        for place in WHERE {
            let standing = height(&person(&format!("{who} standing {place}")));
            for (pose, lower, said) in [
                ("kneeling", 0.88, "kneeling"),
                ("kneeling and praying", 0.88, "kneeling and praying"),
                ("sitting", 0.8, "sitting"),
                ("bowing", 0.92, "bowing"),
            ] {
                checked += 1;
                let prompt = format!("{who} {pose} {place}");
                let drawn = height(&person(&prompt));
                let (_, alt) = crate::picture(&prompt, 64, 64).expect("png");
                if drawn > standing * lower || !alt.contains(said) {
                    wrong.push(format!("{prompt}: {drawn} high (standing {standing}); {alt}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {checked}:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn praying_hands_are_together_in_front_of_the_chest() {
    let skin = crate::read_words::skin_in(" olive skin ").expect("olive skin");
    let mut wrong = Vec::new();
    for who in WHO.iter().filter(|w| !w.contains("Daniel")) {
        for place in WHERE {
            // Skin-coloured pixels in a narrow band down the middle of the chest.
            let hands = |prompt: &str| {
                let f = person(prompt);
                let mut count = 0;
                measure(|p, x, y, u| {
                    crate::cast::figure(p, &f, x, y, u, false, false);
                    for py in (y - 60.0 * u) as usize..(y - 47.0 * u) as usize {
                        for px in (x - 2.0 * u) as usize..(x + 2.0 * u) as usize {
                            let i = (py * p.cv.w as usize + px) * 3;
                            count += usize::from(p.cv.px[i..i + 3] == [skin.0, skin.1, skin.2]);
                        }
                    }
                });
                count
            };
            let praying = hands(&format!("{who} with olive skin praying {place}"));
            let standing = hands(&format!("{who} with olive skin {place}"));
            if praying < 6 || standing > 0 {
                wrong.push(format!("{who} {place}: {praying} hand pixels praying, {standing} not"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_bible_stories_poses_are_read_of_whom_they_are_said() {
    let mut missed = Vec::new();
    for prompt in crate::tests_alt::bible_pictures() {
        let spec = Spec::read(prompt);
        let lower = prompt.to_lowercase();
        let said = ["kneeling", "praying", "sitting", "bowing"].iter().filter(|w| lower.contains(*w)).count();
        let drawn = spec.figures.iter().filter(|f| !crate::pose::said(f).is_empty()).count();
        // Each pose word is somebody's ("a short man sitting in a green tree" sits up in it, standing on its branch).
        if said > 0 && drawn == 0 && spec.perched.is_none() && spec.within.is_none() {
            missed.push(format!("{prompt}: {:?}", spec.figures.iter().map(|f| (f.noun, f.pose)).collect::<Vec<_>>()));
        }
        if said == 0 && drawn > 0 {
            missed.push(format!("no pose said: {prompt}"));
        }
    }
    assert!(missed.is_empty(), "{}", missed.join("\n"));
}
