//! The calm choices of a bedtime story ("Count the stars together",
//! "Whisper goodnight to the moon"), each with the gentle paragraph that
//! opens the next scene, the ones of the premise's own place and object
//! first; and a typed idea with danger in it told as a sleepy, friendly one.

use crate::premise::Premise;
use crate::text::fill;
use crate::words::Realm;
use crate::words::creatures::creature;
use storyloom_plugin_sdk::rng::{Rng, fnv1a};

/// A calm choice and the paragraph that tells it.
#[derive(Clone, Copy)]
pub struct Calm {
    pub text: &'static str,
    pub outcome: &'static str,
}

const fn calm(text: &'static str, outcome: &'static str) -> Calm {
    Calm { text, outcome }
}

/// Calm choices any bedtime story can offer.
const ANY: &[Calm] = &[
    calm(
        "Count the stars together",
        "{team} lay back and counted the stars together, slowly and softly: one, two, three, four… There were far too many to count, and that felt just right.",
    ),
    calm(
        "Whisper goodnight to the moon",
        "{name} looked up and whispered, \"Goodnight, moon.\" The moon glowed softly back, round and silver and kind.",
    ),
    calm(
        "Snuggle under a soft blanket",
        "{team} snuggled under a soft, warm blanket, close together. It felt as cosy as a cup of warm milk.",
    ),
    calm(
        "Listen to the quiet night",
        "{team} kept very still and listened. A soft breeze hummed, and far away an owl said a gentle hoo-hoo.",
    ),
    calm("Hum a soft lullaby", "{name} hummed a soft lullaby, low and slow, and everyone swayed gently along."),
    calm("Take a slow, deep breath together", "{team} took a slow, deep breath in… and let it out again. Everything felt calm and still."),
    calm("Make a wish on a twinkly star", "{name} looked up at a twinkly star and made a wish. It was a secret wish, soft and happy."),
    calm("Share a warm cup of cocoa", "{team} shared a warm cup of cocoa, sip by sip, and smiled sleepy smiles."),
];

/// Calm choices of a trip among the stars.
const SPACE: &[Calm] = &[
    calm("Wave to the sleepy stars", "{team} waved to the stars, and the stars seemed to twinkle back, slow and sleepy."),
    calm(
        "Look up at the round, silver moon",
        "{team} looked up at the moon, round and silver, high above. It seemed to smile a sleepy smile just for them.",
    ),
];

/// Calm choices by the water.
const WATER: &[Calm] = &[
    calm("Listen to the waves whisper", "The waves rolled in and out, hush, hush, as if the sea were whispering a lullaby."),
    calm("Watch the moon shine on the water", "{team} watched the moon make a silver path on the water. It shimmered softly, on and on."),
];

/// Calm choices at a lighthouse.
const LIGHTHOUSE: &[Calm] = &[calm(
    "Watch the lighthouse light glow",
    "High above, the lighthouse light turned slowly round and round, glowing soft and golden over the sea.",
)];

/// Calm choices of a story with something of its own ("Tuck a blanket into the cardboard rocket").
const OBJECT: &[Calm] =
    &[calm("Tuck a soft blanket into {object}", "{team} tucked a soft blanket into {object}, so it would be warm and cosy inside.")];

/// Calm choices on land.
const LAND: &[Calm] = &[
    calm(
        "Smell the sleepy flowers",
        "{team} smelled the flowers. They had closed up their petals for the night, and they smelled sweet and soft.",
    ),
    calm("Listen for the owl's goodnight", "\"Hoo-hoo,\" went an owl, softly, from a tree nearby. It sounded just like goodnight."),
];

/// Every calm choice this premise can offer, its own first.
fn bank(p: &Premise) -> Vec<Calm> {
    let mut own: Vec<Calm> = Vec::new();
    if p.place.name.contains("lighthouse") {
        own.extend(LIGHTHOUSE);
    }
    if p.object.is_some() {
        own.extend(OBJECT);
    }
    match p.place.realm {
        Realm::Space => own.extend(SPACE),
        Realm::Water => own.extend(WATER),
        Realm::Land => own.extend(LAND),
    }
    // The moon they are looking for is not there to look at before they find it.
    let seeks = seeks_moon(p);
    let swap = |c: Calm| match STAR_SWAPS.iter().find(|(moon, _)| *moon == c.text) {
        Some((_, stars)) if seeks => *stars,
        _ => c,
    };
    own.into_iter()
        .chain(ANY.iter().copied())
        .map(swap)
        .filter(|c| !(seeks && (c.text.contains("moon") || c.outcome.contains("moon"))))
        .collect()
}

/// The moon's calm choices as the stars', while the moon is still to be found.
const STAR_SWAPS: &[(&str, Calm)] = &[
    (
        "Whisper goodnight to the moon",
        calm(
            "Whisper goodnight to the stars",
            "{name} looked up and whispered, \"Goodnight, stars.\" The stars twinkled softly back, tiny and silver and kind.",
        ),
    ),
    (
        "Look up at the round, silver moon",
        calm(
            "Look for a shooting star",
            "{team} looked up and waited, very still. Whoosh! A tiny shooting star streaked across the sky, and they made a quiet wish.",
        ),
    ),
    (
        "Watch the moon shine on the water",
        calm("Watch the stars shine on the water", "{team} watched the stars twinkle on the water. They shimmered softly, on and on."),
    ),
];

/// Whether the story's goal is finding the moon.
pub fn seeks_moon(p: &Premise) -> bool {
    p.wish.as_ref().is_some_and(|(wish, _)| wish.contains("moon"))
}

/// A calm choice's words for this premise.
pub fn said(p: &Premise, c: &Calm) -> String {
    fill(c.text, &|k| p.lookup(k))
}

/// The `count` calm choices of scene `scene`: at least one of the premise's
/// own, none already `offered` on the path (unless nothing else is left).
pub fn choices(p: &Premise, count: usize, scene: u32, offered: &[String], taken: &[String]) -> Vec<Calm> {
    let mut rng = Rng::new(fnv1a(p.seed, &scene.to_le_bytes()));
    let all = bank(p);
    let fresh = |c: &Calm| !offered.iter().any(|o| o.eq_ignore_ascii_case(&said(p, c)));
    let own_count = all.len() - ANY.len();
    let (mut own, mut any): (Vec<Calm>, Vec<Calm>) =
        (all[..own_count].iter().copied().filter(fresh).collect(), all[own_count..].iter().copied().filter(fresh).collect());
    rng.shuffle(&mut own);
    rng.shuffle(&mut any);
    // The premise's own calm choices come round again in a long story: one of them is always offered.
    if own.is_empty() && own_count > 0 {
        own.extend(all.get(scene as usize % own_count).copied());
        any.retain(|c| own.iter().all(|o| o.text != c.text));
    }
    let mut out: Vec<Calm> = own.into_iter().take(2).chain(any).take(count).collect();
    // A long story comes back to the ones offered longest ago, one already taken last of all.
    let was_taken = |c: &Calm| taken.iter().any(|t| t.eq_ignore_ascii_case(&said(p, c)));
    let (untaken, again): (Vec<Calm>, Vec<Calm>) = all.into_iter().partition(|c| !was_taken(c));
    for c in untaken.into_iter().chain(again) {
        if out.len() >= count {
            break;
        }
        if !out.iter().any(|o| o.text == c.text) {
            out.push(c);
        }
    }
    rng.shuffle(&mut out);
    out
}

/// The paragraph that tells calm choice `c`.
pub fn outcome(p: &Premise, c: &Calm) -> String {
    crate::text::sentence_case(&fill(c.outcome, &|k| p.lookup(k)))
}

/// Words of a typed idea that would make a bedtime story loud or scary.
const ROUGH: &[&str] = &[
    "attack", "attacks", "fight", "fights", "bite", "bites", "chase", "chases", "roar", "roars", "eat", "eats", "scary", "monster",
    "storm", "angry", "smash", "hit", "kick", "crash", "explode", "explodes", "shark", "sharks", "ghost",
];

/// A typed idea with danger in it, told as a sleepy, friendly one: the
/// paragraph and the picture's action, or `None` for a gentle idea.
pub fn typed(p: &Premise, typed: &str) -> Option<(String, String)> {
    let words: Vec<String> = typed.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    if !words.iter().any(|w| ROUGH.contains(&w.as_str())) {
        return None;
    }
    let kind = words.iter().find_map(|w| creature(w).map(|c| c.0.kind)).filter(|k| !k.is_empty());
    let team = p.team();
    Some(match kind {
        Some(kind) => (
            format!(
                "Just then, a {kind} came padding softly along. It was the sleepiest, friendliest {kind} you ever saw, and it gave a big, slow yawn. \"May I rest here with you?\" it asked in a soft voice. So {team} made room, and the {kind} curled up beside them, warm and gentle."
            ),
            format!("{{cast}}, beside a sleepy, friendly {kind} curled up for a rest"),
        ),
        None => (
            format!(
                "Just then, a soft breeze came by, gentle as a whisper. It was only the night saying hello. {team} snuggled close together and smiled."
            ),
            "{cast}, snuggled close together in a soft evening breeze".to_string(),
        ),
    })
}
