//! Peter walks on the water to Jesus (Matthew 14:22–33).

use crate::bible::{Beat, Story};

/// Peter Walks on the Water.
pub const PETER: Story = Story {
    title: "Peter Walks on the Water",
    hero: "Peter",
    key: 3,
    names: &[
        "peter",
        "simon peter",
        "walks on water",
        "walk on water",
        "walked on water",
        "walking on water",
        "walks on the water",
        "walking on the water",
        "walk on the water",
    ],
    themes: &["water", "waves", "sink", "sinking", "faith", "trust", "lake", "hand", "fisherman"],
    beats: &[
        Beat {
            text: "One evening Jesus sent his friends across the lake in their boat. Then he went up a hill by himself to pray. He stayed there praying until it was dark.",
            verse: "After he had sent the multitudes away, he went up into the mountain by himself to pray. When evening had come, he was there alone.",
            reference: "Matthew 14:23",
            picture: "In the evening, as it gets dark, Jesus in a white robe praying alone on a hill above a lake, with his friends in a small boat far out on the water.",
            choices: &[
                (
                    "Wonder what Jesus prayed about",
                    "Maybe Jesus prayed for his friends out on the lake. He talked to God like a child talks to a loving father.",
                ),
                ("Look at the lake through Jesus' eyes", "From the hill the little boat looked like a tiny leaf on the wide dark water."),
                ("Sit in the boat with Jesus' friends", "Creak, creak went the oars. The friends rowed and rowed as the sky grew dark."),
            ],
        },
        Beat {
            text: "Out on the lake, night came. The wind blew against the boat, and big waves splashed over the side. The friends rowed and rowed, but they could hardly move.",
            verse: "But the boat was now in the middle of the sea, distressed by the waves, for the wind was contrary.",
            reference: "Matthew 14:24",
            picture: "At night, Jesus' friends, men with beards, rowing hard in a small boat on big waves in the middle of a dark lake.",
            choices: &[
                ("Pull on the oars with the friends", "Heave! Heave! Their arms were tired, and the shore seemed so far away."),
                (
                    "Wonder if the friends wished Jesus was there",
                    "Maybe they said, “If only Jesus were here.” But Jesus had not forgotten them.",
                ),
                ("Listen to the wind and the waves", "Whoosh went the wind. Splash went the waves against the wooden boat."),
            ],
        },
        Beat {
            text: "Very late in the night, in the dark, the friends saw someone coming towards them, walking on top of the water. It was Jesus!",
            verse: "In the fourth watch of the night, Jesus came to them, walking on the sea.",
            reference: "Matthew 14:25",
            picture: "At night, in the dark, Jesus in a white robe walking on the waves of a lake towards a small boat with his friends in it, under the moon.",
            choices: &[
                (
                    "Wonder how the friends felt",
                    "They rubbed their eyes. Someone walking on the water, in the dark? Their hearts beat fast!",
                ),
                ("Hold on tight in the rocking boat", "Up and down, side to side, went the little boat on the waves."),
                ("Look at the friends through Jesus' eyes", "Jesus knew they were tired and scared. He came to be with them."),
            ],
        },
        Beat {
            text: "The friends were scared, but Jesus called out, “Cheer up! It is I! Don't be afraid.” Then Peter said, “Lord, if it is you, tell me to come to you on the water.”",
            verse: "But immediately Jesus spoke to them, saying, “Cheer up! It is I! Don’t be afraid.”",
            reference: "Matthew 14:27",
            picture: "At night, Peter, a fisherman with a brown beard, leaning over the side of a small boat on the waves and calling to Jesus in a white robe standing on the water.",
            choices: &[
                ("Wonder why Peter wanted to go", "Peter loved Jesus so much. Wherever Jesus was, Peter wanted to be there too."),
                ("Hear Jesus' kind voice in the wind", "“It is I.” The friends knew that voice. Their scared feelings began to melt away."),
                (
                    "Look at Peter through his friends' eyes",
                    "“Peter, what are you doing?” they whispered. Peter was always the first to try something!",
                ),
            ],
        },
        Beat {
            text: "“Come!” said Jesus. So Peter climbed over the side of the boat, put his feet on the water, and walked on the waves towards Jesus. Step, step, step!",
            verse: "He said, “Come!” Peter stepped down from the boat and walked on the waters to come to Jesus.",
            reference: "Matthew 14:29",
            picture: "At night, Peter, a fisherman with a brown beard, walking on the waves of the lake towards Jesus in a white robe, with the small boat behind him under the moon.",
            choices: &[
                (
                    "Wonder how the water felt under Peter's feet",
                    "Cool and wobbly, maybe, like walking on a bouncy bed. But it held him up!",
                ),
                ("Keep your eyes on Jesus with Peter", "As long as Peter looked at Jesus, step after step, he kept walking on the water."),
                (
                    "Watch from the boat with the other friends",
                    "The friends in the boat could hardly believe it. Peter was walking on the water!",
                ),
            ],
        },
        Beat {
            text: "But then Peter looked at the big waves and felt the strong wind, and he got scared. He began to sink! “Lord, save me!” he cried. At once Jesus reached out his hand and caught him.",
            verse: "Immediately Jesus stretched out his hand, took hold of him, and said to him, “You of little faith, why did you doubt?”",
            reference: "Matthew 14:31",
            picture: "At night, Jesus in a white robe holding the hand of Peter, a fisherman with a brown beard, above the dark waves of the lake.",
            choices: &[
                ("Feel Jesus' strong hand", "Jesus' hand was warm and strong. Peter was safe."),
                ("Wonder why Peter got scared", "When Peter looked at the waves instead of Jesus, the waves seemed bigger than anything."),
                ("Think about a time you needed help", "Everyone needs help sometimes. We can say, “Help me, Jesus!” just like Peter did."),
            ],
        },
        Beat {
            text: "Jesus and Peter climbed into the boat, and the wind became calm. All the friends in the boat knelt down and worshipped Jesus. “You really are the Son of God!” they said.",
            verse: "Those who were in the boat came and worshiped him, saying, “You are truly the Son of God!”",
            reference: "Matthew 14:33",
            picture: "At night, on a calm lake under the moon, Jesus in a white robe in a small boat with Peter, a fisherman with a brown beard, and his friends kneeling around him.",
            choices: &[],
        },
    ],
};
