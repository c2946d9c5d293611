//! A wish met earlier is never "at last" later (issue 17 round 11: "And then,
//! at last, Nugget got to ride a whale!" two scenes after the ride): once a
//! scene tells the ride, the visit or the sight happening, no later scene
//! tells it again as new, over ride, visit and see premises, seeds and paths.

use super::repeat_tests::play_told;

/// (premise, a typed choice that makes the wish happen, the wish).
const WISHES: &[(&str, &str, &str)] = &[
    ("a little crab who wants to ride a whale", "Ask the whale for a ride", "ride a whale"),
    ("a little crab who wants to ride a whale", "Ride the whale", "ride a whale"),
    ("a girl who wants to ride a horse", "Ride the horse", "ride a horse"),
    ("a bunny who wants to ride a dolphin", "Hop on the dolphin for a ride", "ride a dolphin"),
    ("a boy who wants to visit the zoo", "Visit the zoo", "visit the zoo"),
    ("a penguin who wants to see a rainbow", "See the rainbow", "see a rainbow"),
    ("a kitten who wants to meet a unicorn", "Meet the unicorn", "meet a unicorn"),
];

/// Whether a scene tells the wish happening now.
fn tells(text: &str, wish: &str) -> bool {
    let t = text.to_lowercase();
    let noun = wish.rsplit(' ').next().unwrap_or(wish);
    let signs = ["hopped on,", " rode ", "ride was over", "visited", " saw ", " met "];
    t.contains(&format!("got to {wish}")) || signs.iter().any(|s| t.contains(s)) && (t.contains(noun) || wish.starts_with("ride"))
}

#[test]
fn a_wish_met_is_never_at_last_again() {
    let mut failures = Vec::new();
    for (premise, typed, wish) in WISHES {
        for seed in 0..6 {
            for target in [4, 5, 6] {
                for pick in [0, 1] {
                    let scenes = play_told(premise, seed, target, pick, Some((2, typed)));
                    let Some(first) = scenes.iter().skip(1).position(|s| tells(&s.text, wish)).map(|i| i + 1) else { continue };
                    for (i, s) in scenes.iter().enumerate().skip(first + 1) {
                        let t = s.text.to_lowercase();
                        let again = t.split_inclusive(['.', '!']).any(|x| x.contains("at last") && x.contains(wish));
                        if t.contains(&format!("got to {wish}")) || again {
                            failures.push(format!(
                                "{premise} seed {seed} of {target} pick {pick}: told in scene {}, again in scene {}:\n{}\n---\n{}",
                                first + 1,
                                i + 1,
                                scenes[first].text,
                                s.text
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.iter().take(4).cloned().collect::<Vec<_>>().join("\n\n"));
}

/// The ending's picture remembers a wish met earlier (round 12: "at last riding a whale" after the ride
/// two scenes before): no "at last" in its prompt or text, and the wish is still in the picture.
#[test]
fn the_ending_remembers_a_wish_met_earlier_in_its_picture_and_text() {
    let (mut met, mut failures) = (0, Vec::new());
    for (premise, typed, wish) in WISHES {
        for seed in 0..6 {
            for target in [3, 4, 5, 6] {
                for pick in [0, 1] {
                    let scenes = play_told(premise, seed, target, pick, Some((2, typed)));
                    let Some((end, before)) = scenes.split_last() else { continue };
                    // A ride is met when it is ridden, not when the creature is only seen.
                    let ridden = |t: &str| match wish.starts_with("ride") {
                        true => ["hopped on,", " rode ", "ride was over", "got to ride"].iter().any(|s| t.to_lowercase().contains(s)),
                        false => tells(t, wish),
                    };
                    if !before.iter().skip(1).any(|s| ridden(&s.text)) {
                        continue;
                    }
                    met += 1;
                    let noun = wish.rsplit(' ').next().unwrap_or(wish);
                    let text_again = end.text.to_lowercase().split_inclusive(['.', '!']).any(|x| x.contains("at last") && x.contains(noun));
                    if end.image_prompt.contains("at last") || !end.image_prompt.contains(noun) || text_again {
                        failures.push(format!("{premise} seed {seed} of {target} pick {pick}:\n{}\n[img] {}", end.text, end.image_prompt));
                    }
                }
            }
        }
    }
    assert!(met > 50, "only {met} stories met the wish before the ending");
    assert!(
        failures.is_empty(),
        "{} of {met} endings:\n{}",
        failures.len(),
        failures.iter().take(4).cloned().collect::<Vec<_>>().join("\n\n")
    );
}
