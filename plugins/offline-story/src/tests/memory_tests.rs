//! Story memory: what an earlier sentence or scene told stays true later in
//! the story, played as the host plays it (with the scenes already told).

use super::repeat_tests::play_told;

/// Premises of every kind: rides, places to enter, maps, things to fetch, fears.
const PREMISES: &[&str] = &[
    "a dragon who is afraid of the dark",
    "a little crab who wants to see the top of the lighthouse",
    "a dog named Max finds a map to a treasure under the sea",
    "two sisters build a cardboard rocket and fly to the moon",
    "a fox and a squirrel look for a lost bell in the snowy woods",
    "a boy and his grandpa go fishing at the lake",
    "we go to the zoo",
    "a brave bunny named Pip explores a moonlit garden",
    "a girl named Zoe rides a bright red balloon over the town",
    "a bear who sails a little boat to an island",
    "a princess and a knight visit an old castle",
    "a little pig on a farm wants to ride the tractor",
];

/// `cargo test -p offline-story -- --ignored --nocapture dump_memory_stories` to read them.
#[test]
#[ignore]
fn dump_memory_stories() {
    for premise in PREMISES {
        for seed in 0..4 {
            for target in [3, 5] {
                for pick in 0..3 {
                    println!("##### {premise} | seed {seed} | {target} scenes | pick {pick}");
                    for (i, s) in play_told(premise, seed, target, pick, None).iter().enumerate() {
                        println!("--- scene {}\n{}\n", i + 1, s.text);
                    }
                }
            }
        }
    }
}

/// The sentences of a scene, lower case, in order.
fn sentences(text: &str) -> Vec<String> {
    text.split_inclusive(['.', '!', '?']).map(|s| s.trim().trim_matches('"').trim().to_lowercase()).filter(|s| !s.is_empty()).collect()
}

const VEHICLES: &[&str] =
    &["wagon", "cart", "train", "boat", "balloon", "tractor", "ship", "sled", "bus", "raft", "canoe", "truck", "scooter"];
const BOARDING: &[&str] = &[
    "climbed in",
    "climbed into",
    "climbed aboard",
    "climbed inside",
    "hopped on",
    "hopped in",
    "jumped in",
    "set sail",
    "rolled off",
    "all aboard",
];
const GETTING_OFF: &[&str] = &[
    "climbed out",
    "hopped out",
    "jumped out",
    "hopped off",
    "jumped off",
    "climbed down",
    "stepped out",
    "stepped off",
    "got off",
    "got out",
    "landed",
    "ride was over",
    "onto the sand",
    "onto the shore",
    "tied up",
];
const WALKING: &[&str] = &["every step", "walked", "tiptoed", "footsteps", "crunched under", "marched", "on foot", "stomped", "strolled"];

/// Walking lines told while still riding: the ride begun in this scene or the
/// one before, and no getting off told since.
fn walking_while_riding(scenes: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut riding: Option<(usize, String)> = None;
    for (k, text) in scenes.iter().enumerate() {
        if riding.as_ref().is_some_and(|(at, _)| at + 1 < k) {
            riding = None;
        }
        let mut so_far = String::new();
        for s in sentences(text) {
            so_far.push_str(&s);
            let boards = BOARDING.iter().any(|b| s.contains(b));
            let vehicle = VEHICLES.iter().filter_map(|v| so_far.rfind(v).map(|i| (i, *v))).max().map(|(_, v)| v);
            if GETTING_OFF.iter().any(|g| s.contains(g)) {
                riding = None;
            } else if let (Some((_, v)), true) = (&riding, WALKING.iter().any(|w| s.contains(w))) {
                out.push(format!("scene {}: riding the {v}, then \"{s}\"", k + 1));
            }
            if let (true, Some(v)) = (boards, vehicle) {
                riding = Some((k, v.to_string()));
            }
        }
    }
    out
}

/// Every premise × seed × path × length, as the host plays it: what `check` finds wrong in each story.
fn across_stories(check: impl Fn(&[String]) -> Vec<String>) -> (usize, usize, Vec<String>) {
    let (mut stories, mut bad, mut found) = (0, 0, Vec::new());
    for premise in PREMISES {
        for seed in 0..20 {
            for target in [3, 5, 7] {
                for pick in 0..4 {
                    let texts: Vec<String> = play_told(premise, seed, target, pick, None).into_iter().map(|s| s.text).collect();
                    stories += 1;
                    let wrong = check(&texts);
                    if !wrong.is_empty() {
                        bad += 1;
                        found.extend(wrong.into_iter().map(|w| format!("{premise} seed {seed} of {target} pick {pick}: {w}")));
                    }
                }
            }
        }
    }
    (stories, bad, found)
}

#[test]
fn no_walking_while_riding_before_getting_off() {
    let (stories, bad, found) = across_stories(walking_while_riding);
    assert!(bad == 0, "{bad} of {stories} stories walk while riding:\n{}", found.iter().take(12).cloned().collect::<Vec<_>>().join("\n"));
}

#[test]
#[ignore]
fn find_wagon() {
    for premise in PREMISES {
        for seed in 0..40 {
            for pick in 0..4 {
                let texts: Vec<String> = play_told(premise, seed, 5, pick, None).into_iter().map(|s| s.text).collect();
                let all = texts.join("\n--\n");
                if all.contains("wagon rolled") || all.contains("wagon a big push") {
                    println!("##### {premise} seed {seed} pick {pick}\n{all}\n");
                }
            }
        }
    }
}

/// Building premises, where the things to build with are gathered first.
const BUILDING: &[&str] = &[
    "two sisters build a cardboard rocket and fly to the moon",
    "a boy and his dad build a cardboard rocket",
    "Lena and Willa make a cardboard rocket to fly to the stars",
    "a robot builds a cardboard spaceship",
];

/// "Now that they had everything" said before the boxes, tape and paint were all told fetched.
fn everything_before_fetched(scenes: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut so_far = String::new();
    for (k, text) in scenes.iter().enumerate() {
        for s in sentences(text) {
            if s.contains("had everything") {
                let missing: Vec<&str> = ["box", "tape", "paint"].into_iter().filter(|t| !so_far.contains(t)).collect();
                if !missing.is_empty() {
                    out.push(format!("scene {}: \"{s}\" but never fetched: {missing:?}", k + 1));
                }
            }
            // What they only needed is not fetched yet.
            if !s.contains("needed") && !s.contains('?') {
                so_far.push_str(&s);
                so_far.push(' ');
            }
        }
    }
    out
}

#[test]
fn they_have_everything_only_once_it_was_all_fetched() {
    let (mut stories, mut bad, mut found) = (0, 0, Vec::new());
    for premise in BUILDING {
        for seed in 0..12 {
            for target in [3, 4, 5, 7] {
                for pick in 0..4 {
                    let texts: Vec<String> = play_told(premise, seed, target, pick, None).into_iter().map(|s| s.text).collect();
                    stories += 1;
                    let wrong = everything_before_fetched(&texts);
                    if !wrong.is_empty() {
                        bad += 1;
                        found.extend(wrong.into_iter().map(|w| format!("{premise} seed {seed} of {target} pick {pick}: {w}")));
                    }
                }
            }
        }
    }
    assert!(
        bad == 0,
        "{bad} of {stories} stories have everything unfetched:\n{}",
        found.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// Premises of a thing carried along, that can be put away.
const CARRIED: &[&str] = &[
    "a dog named Max finds a map to a treasure under the sea",
    "a pirate looks for treasure with an old map",
    "two friends follow a treasure map through the woods",
];

/// A thing used in the hands after it was tucked into a bag, and not taken out since.
fn used_while_put_away(scenes: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut away: Option<String> = None;
    for (k, text) in scenes.iter().enumerate() {
        for s in sentences(text) {
            if let Some(noun) = &away {
                let named = s.split(|c: char| !c.is_alphanumeric()).any(|w| w == noun);
                if named && (s.contains(" out of ") || s.contains("took out")) {
                    away = None;
                } else if named && ["held", "unfolded", "unrolled", "looked at"].iter().any(|u| s.contains(u)) {
                    out.push(format!("scene {}: the {noun} in the bag, then \"{s}\"", k + 1));
                }
            }
            if let Some(at) = s.find(" into a bag") {
                away = s[..at].split_whitespace().last().map(str::to_string);
            }
        }
    }
    out
}

#[test]
fn a_thing_put_away_is_taken_out_before_it_is_used() {
    let (mut stories, mut bad, mut found) = (0, 0, Vec::new());
    for premise in CARRIED {
        for seed in 0..12 {
            for target in [3, 4, 5, 7] {
                for pick in 0..4 {
                    let texts: Vec<String> = play_told(premise, seed, target, pick, None).into_iter().map(|s| s.text).collect();
                    stories += 1;
                    let wrong = used_while_put_away(&texts);
                    if !wrong.is_empty() {
                        bad += 1;
                        found.extend(wrong.into_iter().map(|w| format!("{premise} seed {seed} of {target} pick {pick}: {w}")));
                    }
                }
            }
        }
    }
    assert!(
        bad == 0,
        "{bad} of {stories} stories use what is in the bag:\n{}",
        found.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
    );
}
