//! Sentence templates that glue scenes together: openings, transitions,
//! reactions to a choice, little feelings, and the parts of an ending.
//! Keys in braces are filled by `story.rs`. The way home and goodnight are
//! in `home_lines.rs`, said here too.

pub use crate::home_lines::*;

use crate::words::{Place, Realm, Time};

/// First sentences of a story: the hero, and never an invented hobby the story
/// would not come back to ("loved splashing in puddles", then no puddle).
pub const OPENINGS: &[&str] = &[
    "Once upon a time, there was {hero_desc}. {name} was curious about [everything|the whole wide world|every little thing].",
    "This is {hero_desc}. {name} loved [a good adventure|finding out new things|a day full of surprises] more than anything.",
    "Have you ever met {hero_desc}? [Nobody asked more questions than {name}|{name} could never sit still for long|{name} wanted to know how everything worked|{name} had the biggest smile you ever saw].",
    "Not so long ago, there lived {hero_desc}. {name} had a head full of big ideas.",
    "Once there was {hero_desc}, who [always wondered what was round the next corner|noticed the little things everyone else missed].",
];

/// How the rest of the cast joins; `{others}` is everyone else, described.
pub const FRIEND_INTROS: &[&str] = &[
    "{others} came along too, ready for anything.",
    "{name} never went anywhere without {others}.",
    "Along came {others}. \"Can {we} come too?\" {asked}. \"Of course!\" said {name}.",
];

/// Scene 1 of a premise the storyteller could not place: its own words.
pub const IDEA_WORD: &str = "It all began with one little word: {idea}!";
pub const IDEA_WORDS: &str = "It all began with a big idea: {idea}!";

/// The host's favourite things ("with dinosaurs"), said in scene 1.
pub const WITH_LINE: &str = "{name} loved {with}, and guess what? There were {with} here too!";

/// The object in scene 1, when the premise says it was built.
pub const MADE_LINE: &str = "One {daytime}, {team} built {a_object} all by themselves.";
pub const PLANNED_LINE: &str = "{team} had a big plan. They could already picture it: {a_object}!";
pub const RIDE_FIRST: &str = "One {daytime}, {team} climbed into {a_object}.";
pub const CARRY_FIRST: &str = "One {daytime}, {name} found {a_object}.";
pub const STAY_FIRST: &str = "Close by stood {a_object}.";

/// Getting to the place in scene 1; `{verb}` is how the object moves.
pub const RIDE_TO: &str = "Off they {verb} in {object}, all the way to {place}!";
/// Scene 1 of a story whose middle scenes tell the ride.
pub const READY_TO: &str = "And where would {object} take them? All the way to {place}!";
/// Scene 1 of a story at home by the window: nobody sets off anywhere.
pub const AT_HOME: &str = "One {daytime}, {team} were at home, cosy by the big window.";
/// Scene 1 of a story with a map: the map says where they go, and why.
pub const MAP_TO: &str = "On the map, a big red X marked the spot where {treasure} lay, {in_place}. So off they went to find it!";
pub const MAP_UNDER: &str = "On the map, a big red X marked the spot where {treasure} lay, {in_place}. So down, down, down they went!";
pub const SWIM_TO: &str = "Down, down, down they went, all the way to {place}.";
pub const GO_TO: &[&str] =
    &["Then they set off to explore {place}.", "Off they went, all the way to {place}.", "Today they were going to {place}!"];

/// The hero's goal, from the premise's own words.
pub const WISH_GOAL: &str = "More than anything, {name} wanted to {wish}.";
pub const LEARN_GOAL: &str = "More than anything, {name} wanted to learn to {wish}.";
pub const WISH_DONE: &str = "And then, at last, {name} got to {wish}!";

/// The zoo's "see all the animals" come true: the rest of the animals are seen, by name.
pub const ZOO_DONE: &str = "At the very last corner of the zoo, {name} saw the rest of the animals: the stripy zebras, the big grey hippos and a sleepy old bear. Now {name} really had seen them all!";
/// A wish to find something ("looks for the moon"): it is found.
pub const FIND_DONE: &str = "And there it was, at last: {treasure}! {name} had found it.";
/// After the wish come true, one of these by the story's seed (never one stock line in every story).
pub const DONE_FEELINGS: &[&str] = &[
    "{name} had waited such a long time for this.",
    "It was every bit as wonderful as {name} had hoped.",
    "{name}'s heart went thump, thump, thump with happiness.",
    "{name} [wanted to remember it for ever and ever|tucked the moment away like a treasure|knew this was a day to remember|wished the moment could last and last].",
];
/// The ending of a story about building something and travelling in it.
/// After the wish come true, in its own paragraph.
/// One of these by the story's seed, never one stock line in every story.
pub const WISH_MOMENTS: &[&str] = &[
    "{team} stayed there for a long, happy moment, taking it all in. \"You did it!\" whispered {friend}, and {name} laughed for joy.",
    "For a while nobody said a word. Then {friend_squeezed_hand}, and they both grinned.",
    "\"We really did it,\" said {name} softly. {friend} nodded, eyes shining.",
    "{name} looked and looked, so as never to forget it. \"Worth every step,\" said {friend}.",
    "\"Hooray!\" cried {friend}, and {name} laughed until {hero_their} cheeks were pink.",
];
/// The ride of a short story, told in its ending: the object finished, and off they go.
pub const FINISHED_AND_OFF: &str = "At last {object} was finished. {team} climbed inside, and off they {verb}, all the way to {place}!";
/// What they did on the moon before flying home: bouncing, footprints, the Earth in the sky.
pub const MOON_MOMENTS: &str = "{team} bounced across the moon in giant, floaty steps, boing, boing, boing! They left their footprints in the soft grey dust. High above them, the Earth hung in the black sky like a big blue marble. \"That's our home!\" whispered {name}.";
pub const TRIP_DONE: &str = "What a trip it had been, all the way to {place} in {object} they had built themselves!";
pub const LEARN_DONE: &str = "And that is how {name} learned to {wish}. {team} cheered and cheered.";
pub const FRIENDS_TIE_BACKS: &[&str] = &[
    "{friend} had been there every step of the way {in_place}.",
    "[None of it would have been half as much fun without {friend}|It would not have been the same without {friend}|{friend} had made every part of it more fun|Everything was more fun with {friend} there|{name} was so glad {friend} had come along|Sharing it with {friend} made it twice as good|What a good thing {friend} had been there|Every bit of it was better with {friend}].",
    "{name} and {friend} shared a big, warm hug. What a team they were!",
    "\"We make a good team,\" said {friend}, and {name} nodded.",
];
pub const TOGETHER_TIE_BACKS: &[&str] = &[
    "{team} felt proud and happy all over.",
    "{name} felt warm right down to {hero_their} toes, and so did {friend}.",
    "\"We did it together,\" said {friend}, and {name} beamed.",
    "{name} and {friend} shared a proud little smile.",
];

/// The goal, said in the opening.
pub const GOALS: &[&str] = &[
    "More than anything, {name} wanted to find {treasure}.",
    "People told stories about {treasure}. {name} dreamed of finding it.",
    "And today was the day they would look for {treasure}!",
];

/// Someone not named yet in a scene; `{who}` is one name or more.
pub const STAY_CLOSE: &[&str] = &[
    "{who} stayed close by.",
    "{who} was right there too, eyes shining.",
    "{who} smiled a big, happy smile.",
    "{who} {who_clapped} and cheered.",
    "{who} did not want to miss a thing.",
];

/// The object in a middle scene or the ending.
/// The object standing still (before setting off, or parked after arriving).
pub const RIDE_LINES: &[&str] = &[
    "{friend} gave {object} a little wave.",
    "{Object} was waiting for them, ready to go.",
    "{name} gave {object} a happy pat.",
    "{friend} polished {object} until it gleamed.",
    "They parked {object} in a safe spot.",
];
/// The object on its way, with everyone inside.
pub const RIDING_LINES: &[&str] = &[
    "{Object} hummed and rumbled all around them.",
    "{friend} held on tight inside {object}.",
    "{name} pressed {hero_their} nose to the window of {object}.",
    "Inside {object}, everyone was snug and safe.",
];
pub const CARRY_LINES: &[&str] = &[
    "{name} held {object} tight.",
    "{friend} kept {object} safe.",
    "{Object} came along too, of course.",
    "{name} tucked {object} under one arm.",
    "Every now and then, {name} checked on {object}.",
    "{Object} swung along happily.",
    "{name} showed {object} to {friend} again.",
];
pub const STAY_LINES: &[&str] = &[
    "They could still see {object} from here.",
    "{Object} stood close by.",
    "{name} waved at {object}.",
    "Behind them, {object} waited patiently.",
    "{friend} looked back at {object} and grinned.",
    "{Object} looked even better from over here.",
    "They would be back at {object} soon.",
];

/// Before a discovery.
pub const TRANSITIONS: &[&str] = &[
    "Just then, ",
    "Suddenly, ",
    "A little farther on, ",
    "Before long, ",
    "Around the very next bend, ",
    "All of a sudden, ",
    "A moment later, ",
];

/// Before the first discovery.
pub const FIRST_TRANSITIONS: &[&str] = &["That {daytime} {in_place}, ", "Just then {in_place}, ", "All of a sudden {in_place}, "];

/// Little feelings after an event: about the adventure itself, never a
/// wonder at something the scene does not show ("What do you think it means?").
pub const EVENT_FEELINGS: &[&str] = &[
    "{name} jumped up and down with excitement, and {friend} {friend_clapped}.",
    "{name} {name_clapped} with delight. {friend} gave a little cheer.",
    "\"I'm so glad we're doing this together,\" said {name}. {friend} smiled a big smile.",
    "\"Best day ever!\" cheered {name}, and {friend} gave a happy whoop.",
    "{name} giggled, and {friend} [did a happy little twirl|spun round on one foot|did a silly little hop|wiggled with glee|{friend_clapped_twice}].",
    "{friend} gave {name} a [thumbs up|wink|happy nudge|big grin]. {name} [gave one back|did the same|grinned right back].",
    "{friend} hummed a happy tune. {name} hummed along.",
    "{name}'s eyes went wide. \"Wow,\" whispered {friend}.",
    "{friend} bumped {name} gently with a grin.",
    "\"I never want this to end,\" said {friend}. {name} felt just the same.",
    "{friend} laughed, and {name} laughed along.",
    "{friend} pointed [this way and that|here, there and everywhere|at one thing after another]. {name} [didn't know where to look first|tried to see it all at once|turned round and round to look].",
    "\"Isn't it grand?\" said {name}. {friend} nodded and nodded.",
    "{name} let out a happy sigh, and {friend} laughed.",
];

/// Wonder at a discovery; `{found}` is the discovery itself ("a tiny red door in a tree trunk").
pub const WONDERS: &[&str] = &[
    "\"Ooh,\" whispered {name}, looking at {found}. \"What do you think it is for?\"",
    "{name} looked at {found} with big, round eyes.",
    "\"Well, I never!\" said {name}. Nobody had ever seen {found} before.",
    "\"Look at that!\" gasped {name}, pointing at {found}.",
    "{name} felt a little bit nervous about {found}, and a whole lot curious.",
];

/// How a scene turns the last choice into a sentence; `{act}` is the choice as a phrase.
pub const DECISIONS: &[&str] = &[
    "{name} decided to {act}.",
    "\"Let's {act}!\" [said {name}, and so they did|said {name}. And that is just what they did|cried {name}, and everyone agreed|said {name}, and nobody needed asking twice].",
    "{name} thought for a moment, and then chose to {act}.",
    "\"I know,\" said {name}. \"We'll {act}!\" And they did.",
    "So {name} made up {hero_their} mind to {act}.",
    "{name} and {friend} looked at each other and nodded. Time to {act}!",
    "\"How about we {act}?\" asked {friend}. \"Yes, let's!\" said {name}.",
    "{name} pointed and smiled. [Next|First of all|Right then], they would {act}.",
    "{name} had an idea[, and it was a good one|, a really good one| that made everyone smile| all of a sudden| as quick as a wink]: to {act}.",
];

/// A decision whose act names the friend (never "they went to ask Poppy… Poppy said").
pub const DECIDE_WITH_FRIEND: &str = "{name} knew just what to do: {act}.";

/// A typed question is wondered aloud.
pub const QUESTION_DECISION: &str = "\"{choice}\" wondered {name}. There was only one way to find out!";

/// What happens after a choice the plugin did not write itself.
pub const GENERIC_OUTCOMES: &[&str] = &[
    "{friend} helped, and together they did it. What a good idea it was.",
    "{friend} {friend_clapped} and cheered. \"That's the best idea I ever heard!\" And it worked out wonderfully.",
    "It was not easy. But step by step, {team} did it together, and they felt very proud.",
    "And guess what? It was exactly the right thing to do.",
    "{name} was so glad they had tried it.",
    "Everyone agreed it had been a splendid idea.",
];

/// Nudges toward the goal in a middle scene.
pub const PROGRESS: &[&str] = &[
    "{name} felt sure they were getting closer.",
    "\"I think {treasure} must be close,\" said {friend}. \"I just know it!\"",
    "Somewhere not far away, {treasure} was waiting.",
    "{name} stayed close to {friend}. Together, they could do anything.",
    "\"Not far now,\" {name} whispered.",
    "They were on the right track. {name} could feel it.",
];

/// Questions closing a middle scene.
pub const QUESTIONS: &[&str] = &[
    "What should {name} do now?",
    "What do you think {name} should do next?",
    "What would you do?",
    "Hmm, what now?",
    "What should happen next?",
    "Can you help {name} decide?",
];

/// A step towards a wish, one per middle scene.
pub const WISH_STEPS: &[&str] = &[
    "{name} told {friend} about the wish: to {wish}. \"Then let's find a way!\" said {friend}.",
    "\"It won't be easy,\" said {friend}. \"But we can try!\" And {name} did not give up.",
    "{name} asked a wise old friend how to {wish}, and listened carefully.",
    "Step by step, {name} was getting closer. {name} could feel it!",
    "{name} closed {hero_their} eyes and pictured it: what it would be like to {wish}.",
];

/// A step towards something to learn.
pub const LEARN_STEPS: &[&str] = &[
    "{name} tried to {wish}, but it was hard at first. \"Keep trying,\" said {friend}.",
    "{name} watched how others did it, very carefully.",
    "{name} practised again, and again, and again.",
    "Oops! {name} got it a little bit wrong. Everyone does, at first.",
    "This time it went a little better. {name} smiled.",
    "Now {name} could almost {wish}. Almost!",
];

/// The ending's big moment.
pub const RESOLUTIONS: &[&str] = &[
    "And then, right there {spot}, {they} saw it: {treasure}! {name} gave a happy shout, and {friend} did a wiggly little dance.",
    "At last, {spot}, something glimmered. It was {treasure}, just waiting to be found! \"We did it!\" cheered {team}.",
    "And there, {spot}, was {treasure}, shining brighter than anything {name} had ever seen. {name} hugged {friend} tight.",
];

/// Tying the ending back to the start.
pub const TIE_BACKS: &[&str] = &[
    "All day long, {name} had wanted to find {treasure}. And now {they} had done it, with a little help from a friend.",
    "{name} had learned something important. Two friends looking together find things much faster than one.",
    "It turned out the best part was not {treasure} at all. It was the fun of finding it together.",
];

/// Little spots where things are found.
pub fn spots(place: &Place) -> &'static [&'static str] {
    if place.underwater {
        return &["inside a big pink shell", "behind some waving seaweed", "under a bright coral"];
    }
    match place.realm {
        Realm::Land => &["behind a mossy log", "under a big leafy bush", "beside a bubbling stream", "on top of a flat grey rock"],
        Realm::Water => &["half buried in the sand", "beside a little tide pool", "on a smooth rock by the waves"],
        Realm::Space => &["behind a silvery moon rock", "at the edge of a crater", "on a little floating asteroid"],
    }
}

/// Who sings the lonely song.
pub fn singer(realm: Realm) -> &'static str {
    match realm {
        Realm::Land => "a tiny bluebird",
        Realm::Water => "a little baby seal",
        Realm::Space => "a little star",
    }
}

/// Words for the opening's time of day.
pub fn daytime(time: Option<Time>) -> &'static str {
    match time {
        Some(Time::Night) => "starry night",
        Some(Time::Sunset) => "golden evening",
        _ => "bright morning",
    }
}

/// Jokes for "Tell {friend} a silly joke", one by the story's seed (never one joke in every story).
pub const JOKES: &[&str] = &[
    "Why did the cookie go to the doctor? It felt crummy!",
    "What do you call a sleeping dinosaur? A dino-snore!",
    "Why did the banana go to the doctor? It wasn't peeling well!",
    "What do you call a bear with no teeth? A gummy bear!",
    "Why are fish so clever? They live in schools!",
    "What did the big flower say to the little flower? Hi, bud!",
];
