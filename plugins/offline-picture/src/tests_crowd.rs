//! A named hero in a crowd is picked out: in the front row, near its middle,
//! drawn larger than everyone in the crowd, in their own look.

use crate::cast::{Piece, plan};
use crate::read::Spec;

const HEROES: &[&str] = &[
    "Jonah, a bearded man in a brown robe,",
    "Jesus in a white robe",
    "Moses, a man with a grey beard and a staff,",
    "A man with a brown beard",
    "Paul, a man in a red robe,",
    "Mia, a girl with red hair,",
];
const CROWDS: &[&str] = &[
    "speaking to a big crowd of people and children in a city with tall walls",
    "standing with a huge crowd of people on a green hill",
    "with many families and children sitting on the grass",
    "in the middle of a crowd of people in the city of Nineveh",
    "sharing bread and fish with a crowd of hungry people and children on a hillside",
];

#[test]
fn the_hero_of_a_crowd_stands_in_front_in_the_middle_larger_than_the_crowd() {
    let styles = ["", crate::tests_bible::BIBLE_STYLES[0]];
    let (mut wrong, mut checked) = (Vec::new(), 0);
    for hero in HEROES {
        for crowd in CROWDS {
            for style in styles {
                let prompt = format!("{hero} {crowd}{style}");
                let spec = Spec::read(&prompt);
                // The hero's words are the first said; their own look is kept.
                let own = &spec.figures[0];
                let plan = plan(&spec, 512, 512);
                let people: Vec<(&crate::read::Figure, &crate::layout::Placed)> = plan
                    .pieces
                    .iter()
                    .filter_map(|(p, at)| match p {
                        Piece::Figure { f, .. } if f.fam == crate::catalog::Fam::Person => Some((f, at)),
                        _ => None,
                    })
                    .collect();
                if people.len() < 5 {
                    continue;
                }
                checked += 1;
                let Some(&(_, at)) = people.iter().find(|(f, _)| f.noun == own.noun && f.look == own.look) else {
                    wrong.push(format!("{prompt}: the hero is not drawn in their own look"));
                    continue;
                };
                let height = |p: &crate::layout::Placed| p.bbox.y1 - p.bbox.y0;
                // Feet on the front row's line (each lifted a little, up to 3% of the side); the row behind is far above.
                let front = people.iter().map(|(_, p)| p.y).fold(0.0, f32::max);
                let row: Vec<f32> = people.iter().filter(|(_, p)| (p.y - front).abs() < 30.0).map(|(_, p)| p.x).collect();
                let (lo, hi) = (row.iter().copied().fold(f32::MAX, f32::min), row.iter().copied().fold(0.0, f32::max));
                let tallest = people.iter().filter(|(_, p)| !std::ptr::eq(*p, at)).map(|(_, p)| height(p)).fold(0.0, f32::max);
                let in_front = (at.y - front).abs() < 30.0;
                let middle = (at.x - (lo + hi) / 2.0).abs() <= (hi - lo) / 4.0 + 1.0;
                let larger = height(at) > tallest * 1.1;
                if !(in_front && middle && larger) {
                    wrong.push(format!(
                        "{prompt}: front {in_front}, middle {middle} (x {} in {lo}..{hi}), {} high vs crowd {tallest}",
                        at.x,
                        height(at)
                    ));
                }
            }
        }
    }
    assert!(checked >= 40, "{checked} crowds");
    assert!(wrong.is_empty(), "{} of {checked}:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn things_counted_up_to_twelve_are_drawn_and_said_as_many() {
    let words = ["four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    let mut wrong = Vec::new();
    for (k, word) in words.iter().enumerate() {
        let n = k + 4;
        for scene in [
            format!(
                "{} baskets full of bread on a green hill at sunset, with Jesus in a white robe, a smiling boy and happy families.",
                upper(word)
            ),
            format!("A girl with {word} shells on a sandy beach."),
            format!("{} smooth stones by a little stream.", upper(word)),
        ] {
            let spec = Spec::read(&scene);
            let drawn: usize = crate::cast::plan(&spec, 512, 512)
                .pieces
                .iter()
                .filter(|(p, _)| matches!(p, crate::cast::Piece::Small { t, .. } if spec.things.first().is_some_and(|f| f.noun == t.noun)))
                .count();
            let alt = crate::describe::describe(&spec);
            if drawn != n || !alt.contains(&format!("{word} ")) {
                wrong.push(format!("{scene}: {drawn} drawn, alt {alt:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {} counted wrong: {wrong:#?}", wrong.len(), words.len() * 3);
}

fn upper(s: &str) -> String {
    s[..1].to_uppercase() + &s[1..]
}

#[test]
fn a_crowd_reads_as_many_with_rows_of_small_people_behind() {
    let pixels = |s: &Spec| crate::tests::decode(&crate::draw::encode(&crate::draw::paint_spec(s, 512, 512)).expect("png")).2;
    let mut few = Vec::new();
    for prompt in [
        "A huge crowd of people and children walking up a green hill towards Jesus in a white robe and his friends beside a lake.",
        "Jesus in a white robe talking with his friend Philip on a hill, with a great hungry crowd sitting on the grass behind them.",
        "Jesus feeding five thousand people on a grassy hill.",
        "A short man jumping up and down behind a tall crowd lining a town street.",
        "Jonah, a bearded man in a brown robe, speaking to a big crowd of people and children in a city with tall walls.",
    ] {
        let spec = Spec::read(prompt);
        // The picture with its crowd behind against the same picture with only the few drawn whole.
        let (with, without) = (pixels(&spec), pixels(&Spec { crowd: false, ..spec.clone() }));
        let behind = with.chunks(3).zip(without.chunks(3)).filter(|(a, b)| a != b).count();
        if !spec.crowd || behind < 3000 {
            few.push(format!("{prompt}: crowd {} ({behind} pixels of people behind)", spec.crowd));
        }
    }
    assert!(few.is_empty(), "{few:#?}");
    for prompt in ["Three people on a hill.", "A girl and her friends in a meadow."] {
        assert!(!Spec::read(prompt).crowd, "{prompt}");
    }
}
