//! Going out to do something: "go fishing on a lake", "go camping in the
//! forest", "fly a kite in the park". The premise's activity is the story:
//! scene 1 starts it, each middle scene is a moment of it told with its own
//! word ("fishing"), and the ending completes it (a fish caught and let go, a
//! tent packed up), never a stock treasure hunt in its place.

/// The situation's verb for "go <doing>": its steps and ending are this module's.
pub const GOING: &str = "going";

/// The "-ing" word of "go fishing on a lake" ("fishing"), when the premise goes to do something.
pub fn doing(what: &str) -> Option<&str> {
    let mut words = what.split_whitespace();
    (words.next()? == "go").then_some(())?;
    words.next().filter(|w| w.len() > 4 && w.ends_with("ing"))
}

/// Whether the premise goes out to do something: each middle scene is then a moment of it.
pub fn goes(p: &crate::premise::Premise) -> bool {
    p.situation.as_ref().is_some_and(|s| s.verb == GOING)
}

/// Moments of the activity, built from its own word.
pub const STEPS: &[&str] = &[
    "First they got everything ready for {doing}. {friend} checked it all twice, and off they went.",
    "{friend} showed {name} how {doing} was done. \"Like this,\" said {friend}, and {name} tried it too.",
    "They kept at it, a little better each time. {doing_cap} was even more fun than {name} had hoped!",
    "They stopped for a snack and a rest, then went straight back to {doing}.",
    "A little bird came to watch them. It seemed to like {doing} too!",
    "\"This is my favourite part of {doing},\" said {friend}, and {name} agreed.",
];

/// The activity completed, for the activities with a moment of their own, else in its own words.
pub fn done(doing: &str) -> &'static str {
    match doing {
        "fishing" => {
            "And then the line gave a tug! {name} pulled gently, and up came a shiny silver fish. They said hello to it, and then let it swim happily home. What a day of fishing {in_place}!"
        }
        "camping" => {
            "That night they sat by the little campfire and watched the stars come out, then snuggled into the tent. Camping {in_place} was the best thing ever."
        }
        "sailing" => {
            "The wind filled the sail, and the little boat flew along. At last they sailed back to shore, happy and windswept. What a day of sailing {in_place}!"
        }
        "swimming" => {
            "{name} took a big breath and swam all the way to {friend}, splash, splash, splash! \"You did it!\" said {friend}. What a day of swimming {in_place}!"
        }
        _ => "And so, at last, {team} {done}. {doing_cap} was even better than they had hoped.",
    }
}
