//! The walls of Jericho fall down (Joshua 6), told gently: the marching,
//! the trumpets and the shout, and God keeping his promise.

use crate::bible::{Beat, Story};

/// The Walls of Jericho.
pub const JERICHO: Story = Story {
    title: "The Walls of Jericho",
    hero: "Joshua",
    key: 6,
    names: &[
        "jericho",
        "jerico",
        "walls of jericho",
        "joshua",
        "joshua and the battle of jericho",
        "walls fell down",
        "walls came tumbling down",
    ],
    themes: &["trumpet", "trumpets", "march", "marching", "walls", "wall", "shout", "shouting", "seven", "city", "obey", "loud", "quiet"],
    beats: &[
        Beat {
            text: "After many years in the desert, God's people came to a big city called Jericho. It had tall, thick walls all around it, and its gates were shut tight. Nobody could go in, and nobody could come out.",
            verse: "Now Jericho was tightly shut up because of the children of Israel. No one went out, and no one came in.",
            reference: "Joshua 6:1",
            picture: "A big city with tall thick stone walls and a shut gate in the desert, with a crowd of families and their leader Joshua, a grown man with a grey beard, looking up at the walls.",
            choices: &[
                (
                    "Look up at the tall walls with Joshua",
                    "Up, up, up went the stones, higher than ten houses! How could anyone ever get past them?",
                ),
                (
                    "Wonder how the people felt",
                    "Some felt small. Some felt worried. But Joshua remembered that God had always helped them.",
                ),
                (
                    "Look at God's people through Joshua's eyes",
                    "Joshua saw tired families who had walked a long way. He wanted them to trust God, just as he did.",
                ),
            ],
        },
        Beat {
            text: "God gave Joshua a very surprising plan. “Don't climb the walls. Don't knock on the gates. Just walk around the city, once every day, for six days.”",
            verse: "All of your men of war shall march around the city, going around the city once. You shall do this six days.",
            reference: "Joshua 6:3",
            picture: "Joshua, a grown man with a grey beard, kneeling and praying outside the tall walls of a city, listening to God.",
            choices: &[
                (
                    "Wonder what Joshua thought of the plan",
                    "Walk around the walls? That was all? It sounded strange, but Joshua trusted God's way.",
                ),
                (
                    "Think about a time you followed a surprising plan",
                    "Sometimes grown-ups ask us to do things we don't understand yet. Trusting can be brave too.",
                ),
                (
                    "Look at the plan through God's eyes",
                    "God wanted everyone to see that he was the one who would help them, not swords or ladders.",
                ),
            ],
        },
        Beat {
            text: "Seven priests carried seven trumpets made from rams' horns. They walked in front of the golden box that held God's promises. “On the seventh day,” God said, “walk around seven times, and the priests will blow their trumpets.”",
            verse: "On the seventh day, you shall march around the city seven times, and the priests shall blow the trumpets.",
            reference: "Joshua 6:4",
            picture: "Seven priests in white robes holding seven curved horn trumpets, walking in a line in front of a golden box, beside the tall walls of a city.",
            choices: &[
                ("Count the trumpets with the priests", "One, two, three, four, five, six, seven shiny horns, all ready and waiting."),
                (
                    "Wonder what the trumpets would sound like",
                    "Maybe deep and loud, like a big, booming “Toooot!” that you could hear far away.",
                ),
                (
                    "Look at the golden box through a child's eyes",
                    "It shone in the sun. It reminded everyone that God was right there with them.",
                ),
            ],
        },
        Beat {
            text: "Joshua told the people, “As we walk, don't shout. Don't say a word, not until I tell you. Then you will shout!” So everyone walked very, very quietly.",
            verse: "Joshua commanded the people, saying, “You shall not shout nor let your voice be heard, neither shall any word proceed out of your mouth until the day I tell you to shout. Then you shall shout.”",
            reference: "Joshua 6:10",
            picture: "A crowd of many quiet families walking in a long line around the tall walls of a city, with fingers on their lips.",
            choices: &[
                (
                    "Walk on tiptoe, as quiet as a mouse",
                    "Shh, shh. Only the sound of feet on the sand, and maybe a sheep going baa far away.",
                ),
                (
                    "Wonder how hard it was to be quiet",
                    "Little children wanted to talk and laugh! But everyone kept their lips shut tight, waiting.",
                ),
                (
                    "Look down from the walls through the watchers' eyes",
                    "The people on the walls looked down and scratched their heads. What were they doing?",
                ),
            ],
        },
        Beat {
            text: "So every day, for six days, God's people walked around the walls of Jericho once, and then went back to their tents. They did it again and again, every day for six days.",
            verse: "The second day they marched around the city once, and returned into the camp. They did this six days.",
            reference: "Joshua 6:14",
            picture: "A long line of families and priests walking around the tall walls of a city in the sunshine, with their tents far away.",
            choices: &[
                ("Count the days on your fingers", "One, two, three, four, five, six fingers. Just one more day to go!"),
                (
                    "Wonder if anyone got tired of walking",
                    "Maybe some legs got tired. But every day they kept going, because they trusted God.",
                ),
                (
                    "Look at the tents through the children's eyes",
                    "Back at the tents, children whispered, “What will happen on day seven?”",
                ),
            ],
        },
        Beat {
            text: "On the seventh day, everyone got up very early, just as the sun was rising. This time they walked around the city again and again, all the way to seven times!",
            verse: "On the seventh day, they rose early at the dawning of the day, and marched around the city in the same way seven times. On this day only they marched around the city seven times.",
            reference: "Joshua 6:15",
            picture: "Early in the morning, at sunrise, a crowd of many families walking around the tall walls of a city for the seventh time, with seven priests holding trumpets.",
            choices: &[
                ("Count the seven times around", "One, two, three, four, five, six… seven! Everyone held their breath."),
                ("Feel the cool morning air", "The sky was pink and gold, and the sand was still cool under everyone's feet."),
                ("Wonder what Joshua was thinking", "Joshua's heart was beating fast. Any moment now, he would tell everyone to shout!"),
            ],
        },
        Beat {
            text: "Then the priests blew their trumpets, loud and long, and Joshua called out, “Shout, because God has given us the city!” Everyone shouted a great big shout, and the tall walls of Jericho came tumbling down, flat on the ground! God had kept his promise.",
            verse: "By faith the walls of Jericho fell down, after they had been encircled for seven days.",
            reference: "Hebrews 11:30",
            picture: "Seven priests blowing curved horn trumpets and a crowd of many happy families cheering as the tall stone walls of a city fall down flat in a cloud of dust.",
            choices: &[],
        },
    ],
};
