//! Typed ideas the plain verbs cannot tell: someone tells a story (and a tiny
//! one is really told, in their own voice), something is put on before the
//! action ("puts on a diving mask and swims down": the mask is worn and
//! used), and a dive goes down and comes back up, never "climbed out".
//! Also what came of each idea (`then`).

use crate::premise::{Member, Premise};
use crate::typed::Typed;

/// Little stories a grown-up remembers from being small: (story, what the listener does).
const WHEN_LITTLE: &[&str] = &[
    "\"When I was little,\" {t} began, \"I had a cat called Pickles who stole my sandwich every single day. So one day I hid it in my hat. And do you know what? Pickles curled up in the hat and fell fast asleep on top of it!\"",
    "\"When I was little,\" {t} began, \"I tried to catch the moon in a bucket of water. Every night I carried it home so carefully, and every morning the moon was gone. It took me a whole summer to find out why!\"",
    "\"When I was little,\" {t} began, \"I fell asleep in a rowing boat, and when I woke up, a duck was sitting on my tummy. It looked at me and said 'Quack!', as if to say: wake up, sleepyhead!\"",
];

/// A tiny story about what the child named: `{x}` is the topic.
const ABOUT: &[&str] = &[
    "\"Once upon a time,\" {t} began, \"there was a little {x} who could not find the way home. It asked the wind, it asked the river, and at last it asked the moon. The moon made a silver path, and the {x} followed it all the way home. The end!\"",
    "\"Once upon a time,\" {t} began, \"there was a {x} who wanted to be the fastest in the world. It raced the clouds and it raced the rain, and then it raced a snail, and the snail won, because the {x} stopped to say hello to everyone. The end!\"",
];

/// A tiny story of the place, when no topic was named.
const OF_PLACE: &str = "\"Once upon a time,\" {t} began, \"{in_place}, there lived a tiny mouse who wanted to see the whole world. So it climbed the tallest thing it could find, looked all around, and said: 'Oh! The whole world is right here.' The end!\"";

/// "grandpa tells a story about when he was little": the teller really tells a tiny one.
pub fn story_told(p: &Premise, teller: &Member, listener: &Member, about: &[String]) -> Typed {
    let t = teller.name.as_str();
    let little = about.iter().any(|w| ["little", "young", "small", "boy", "girl", "kid", "child"].contains(&w.as_str()))
        && about.iter().any(|w| ["when", "was"].contains(&w.as_str()));
    let topic: Vec<&str> = about
        .iter()
        .skip_while(|w| *w != "about")
        .skip(1)
        .map(String::as_str)
        .filter(|w| !["a", "an", "the", "some", "his", "her", "my", "their"].contains(w))
        .take(2)
        .collect();
    let pick = |n: usize| (p.seed as usize) % n;
    let story = match () {
        _ if little => WHEN_LITTLE[pick(WHEN_LITTLE.len())].to_string(),
        _ if !topic.is_empty() => ABOUT[pick(ABOUT.len())].replace("{x}", &topic.join(" ")),
        _ => OF_PLACE.replace("{in_place}", &format!("{} {}", p.place.prep, p.place.name)),
    };
    let what = if little { format!(" about when {} was little", teller.they()) } else { String::new() };
    Typed {
        text: format!("{t} sat down and told them a story{what}. {}", story.replace("{t}", t)),
        then: format!(
            "{} laughed and laughed. \"Tell us another one, please!\" {} begged, and {t} smiled a big, warm smile.",
            listener.name, listener.name
        ),
        visual: format!("{t} telling a story with big hand movements, and {} listening with wide, happy eyes", listener.name),
    }
}

/// "put on a diving mask": the thing worn, and whether it is for under the water.
pub fn worn_line(who: &Member, a_gear: &str, gear: &str) -> String {
    let water = ["mask", "goggles", "snorkel", "flippers", "fins", "wetsuit"].iter().any(|g| gear.contains(g));
    match water {
        true => format!("{} put on {a_gear} and pulled the strap snug. \"Ready!\" {} said, and took a big breath.", who.name, who.they()),
        false => format!("{} put on {a_gear}. It fit just right!", who.name),
    }
}

/// A swim down under the water with what is worn: seen through the mask, and back up again.
pub fn dive(p: &Premise, who: &Member, friend: &Member, gear: Option<&str>) -> Typed {
    let (a, f) = (who.name.as_str(), friend.name.as_str());
    let seen = match gear {
        Some(g) => format!("Through {} {g}, {a} could see everything: shells, little fish and waving green seaweed.", who.their()),
        None => format!("{a} peeked around at the shells, the little fish and the waving green seaweed."),
    };
    let wearing = gear.map(|g| format!(", {a} wearing {} {g}", who.their())).unwrap_or_default();
    Typed {
        text: format!("Splash! Down, down, down {a} swam, deep under the water, and {f} swam down too. {seen}"),
        then: format!(
            "Then up, up, up they swam again, and popped out at the top with a splash. \"That was amazing!\" {f} said, blowing bubbles, and {a} laughed."
        ),
        visual: format!(
            "{{cast}} swimming down deep under the water{wearing}, little fish and seaweed all around{}",
            if p.place.name.contains("sea") { " on the sea floor" } else { "" }
        ),
    }
}

/// "tell a joke": the joke is really told, the story's own by its seed.
pub fn joke_told(p: &Premise, who: &Member, friend: &Member) -> Typed {
    let joke = crate::lines::JOKES[(p.seed as usize) % crate::lines::JOKES.len()];
    Typed {
        text: format!("{} told a joke. \"{joke}\"", who.name),
        then: format!("{} laughed so hard that {} had to sit down, and then {} laughed too.", friend.name, friend.they(), who.name),
        visual: format!("{} telling a joke, and {} laughing", who.name, friend.name),
    }
}

/// "they catch a fish": both do it, so nobody "joins in".
pub fn both_do(told: Typed, who: &Member, friend: &Member) -> Typed {
    let joined = format!(" {} joined in, and it was even more fun together.", friend.name);
    match told.text.contains(&joined) {
        true => Typed {
            text: told.text.replacen(&joined, "", 1).replacen(&format!("{} ", who.name), &format!("{} and {} ", who.name, friend.name), 1),
            ..told
        },
        false => told,
    }
}

/// "with the fishing rod": what they used is in the text and the picture.
pub fn with_tool(told: Typed, the_tool: &str) -> Typed {
    Typed {
        text: format!("{} {} came in very handy!", told.text, crate::text::upper_first(the_tool)),
        visual: format!("{}, with {the_tool}", told.visual),
        then: told.then,
    }
}

/// What came of a typed idea: the creature says goodbye, the thing found is kept safe.
pub fn then(p: &Premise, who: &Member, verb: &str, has: bool, alive: bool, the_x: &str) -> String {
    let (a_name, f) = (who.name.as_str(), crate::typed::other(p, who).name.as_str());
    let the_x_upper = crate::text::upper_first(the_x);
    match (verb, has) {
        ("ride", true) if alive => format!(
            "Then {the_x} swam up close to the shore and let them off, right where they needed to be. \"Thank you!\" called {a_name}, and {the_x} waved goodbye."
        ),
        ("ride", true) => format!("When the ride was over, {f} was laughing so much that {a_name} started laughing too."),
        ("find", true) => format!("{a_name} held {the_x} up high, and it sparkled. \"Let's keep it safe,\" said {f}."),
        ("fly", _) => format!("Then, gently, they floated back down again. \"Again!\" laughed {f}, and {a_name} hugged {f} tight."),
        ("swim", _) => {
            format!("They floated on their backs and splashed until they were giggling. {f} blew a big bubble, and {a_name} blew one too.")
        }
        ("build" | "make", true) => format!("{a_name} and {f} stood back to look at it. It was just what they had hoped for."),
        ("eat", true) => format!("\"Thank you for sharing,\" said {f}. Now they had plenty of energy for the rest of the day."),
        ("hug", true) => format!("{the_x_upper} hugged them right back, and {f} joined in too."),
        ("visit" | "meet" | "see", true) if alive => {
            format!("{the_x_upper} stayed to play for a little while, and then waved goodbye with a big, friendly smile.")
        }
        ("visit" | "meet" | "see", true) => format!("{the_x_upper} showed them all around, and waved goodbye when it was time to go."),
        ("go", true) => format!("{} was even better than they had imagined, and they stayed until it was time to go on.", the_x_upper),
        ("sing", _) => format!("A bird joined in, and {f} danced. Even the wind seemed to hum along with {a_name}."),
        _ => format!("It turned out to be just the right thing to do. \"What a good idea, {a_name}!\" said {f}."),
    }
}
