//! Samuel hears God calling in the night (1 Samuel 3).

use crate::bible::{Beat, Story};

/// Samuel Hears God Calling.
pub const SAMUEL: Story = Story {
    title: "Samuel Hears God Calling",
    hero: "Samuel",
    key: 4,
    names: &["samuel", "samual", "eli", "temple", "speak lord", "here i am", "calling in the night", "called in the night"],
    themes: &["listen", "listening", "voice", "call", "calling", "called", "sleep", "bed", "hear", "hears", "name"],
    beats: &[
        Beat {
            text: "Long ago, a little boy named Samuel lived in God's house, the temple, with a kind old priest named Eli. Every day Samuel helped Eli. He opened the big doors and swept the floor, and he learned all about God.",
            verse: "The child Samuel ministered to Yahweh before Eli. Yahweh’s word was precious in those days. There visions were not frequent.",
            reference: "1 Samuel 3:1",
            picture: "Samuel, a little boy in a white tunic, sweeping the floor of the temple in the daytime while Eli, an old man with a white beard, smiles.",
            choices: &[
                (
                    "Wonder what Samuel liked best about helping",
                    "Maybe Samuel liked opening the big doors in the morning, when the sunshine came pouring in.",
                ),
                (
                    "Look at Samuel through Eli's eyes",
                    "Eli was old and his eyes were getting tired. He was glad to have such a kind little helper.",
                ),
                (
                    "Think about how you help at home",
                    "Little helpers are a big gift. Samuel helped in God's house, and you can help in yours.",
                ),
            ],
        },
        Beat {
            text: "One night, when it was dark and quiet, Samuel was lying down to sleep in the temple. Then God called him: “Samuel!” Samuel sat up. “Here I am!” he said.",
            verse: "Yahweh called Samuel. He said, “Here I am.”",
            reference: "1 Samuel 3:4",
            picture: "At night, Samuel, a little boy in a white tunic, sitting up in his bed in the dark temple, listening, with the moon and stars in the window.",
            choices: &[
                (
                    "Listen to the quiet night with Samuel",
                    "Shh. Not a sound in the dark temple, only the little lamp glowing. And then, a voice!",
                ),
                (
                    "Wonder who Samuel thought was calling",
                    "Samuel thought it must be Eli. Who else would call his name in the middle of the night?",
                ),
                (
                    "Wonder how Samuel felt, waking up",
                    "Samuel was sleepy, but he was ready to help. He threw off his blanket straight away.",
                ),
            ],
        },
        Beat {
            text: "Samuel ran to Eli. “Here I am! You called me.” But Eli said, “I did not call you. Go and lie down again.” So Samuel went back to bed.",
            verse: "He ran to Eli, and said, “Here I am; for you called me.” He said, “I didn’t call. Lie down again.” He went and lay down.",
            reference: "1 Samuel 3:5",
            picture: "At night, Samuel, a little boy in a white tunic, standing beside the bed of Eli, an old man with a white beard, in the dark temple.",
            choices: &[
                ("Wonder what Eli thought", "Eli rubbed his sleepy eyes. “Was that a dream, little Samuel?” he wondered."),
                ("Pad back to bed with Samuel", "Pad, pad, pad went Samuel's feet on the cool stone floor, back to his warm blanket."),
                ("Wonder if Samuel felt puzzled", "Samuel was sure he had heard his name. Who could it have been?"),
            ],
        },
        Beat {
            text: "Samuel had just snuggled down again when God called a second time: “Samuel!” Up he jumped and ran to Eli. “Here I am! You called me.” “I did not call, my son,” said Eli. “Lie down again.”",
            verse: "Yahweh called yet again, “Samuel!” Samuel arose and went to Eli, and said, “Here I am; for you called me.” He answered, “I didn’t call, my son. Lie down again.”",
            reference: "1 Samuel 3:6",
            picture: "At night, Samuel, a little boy in a white tunic, running across the dark temple towards the bed of Eli, an old man with a white beard.",
            choices: &[
                (
                    "Wonder why Eli called Samuel “my son”",
                    "Eli loved Samuel like his own little boy. Even in the middle of the night, he spoke kindly.",
                ),
                ("Count the calls with Samuel", "One call, two calls. Samuel was sure he had heard his name both times!"),
                ("Snuggle back under the blanket with Samuel", "Warm and cosy again. But Samuel lay with his eyes open, listening."),
            ],
        },
        Beat {
            text: "Then God called Samuel a third time, and again Samuel ran to Eli. At last Eli understood that it was God who was calling. “Go and lie down,” said Eli. “If he calls you, say, ‘Speak, Lord, I am listening.’”",
            verse: "Yahweh called Samuel again the third time. He arose and went to Eli, and said, “Here I am; for you called me.” Eli perceived that Yahweh had called the child.",
            reference: "1 Samuel 3:8",
            picture: "At night, Eli, an old man with a white beard, sitting up in bed and talking kindly to Samuel, a little boy in a white tunic, in the dark temple.",
            choices: &[
                ("Wonder what Eli understood", "Eli smiled a slow, wise smile. God was calling this little boy by name!"),
                (
                    "Practise Eli's words with Samuel",
                    "“Speak, Lord, I am listening.” Samuel said the words over and over, so he would not forget.",
                ),
                (
                    "Wonder how Samuel felt going back to bed",
                    "Samuel's heart went thump, thump. God wanted to talk to him? To little Samuel?",
                ),
            ],
        },
        Beat {
            text: "Samuel lay down in the dark. Then God came and called, just as before, “Samuel! Samuel!” This time Samuel knelt by his bed and said, “Speak, for I am listening.” And God spoke to Samuel.",
            verse: "Yahweh came, and stood, and called as at other times, “Samuel! Samuel!” Then Samuel said, “Speak; for your servant hears.”",
            reference: "1 Samuel 3:10",
            picture: "At night, Samuel, a little boy in a white tunic, kneeling by his bed in the dark temple, listening, with soft golden light shining down on him.",
            choices: &[
                (
                    "Kneel and listen with Samuel",
                    "Samuel kept very still and listened with his whole heart, the way we listen to someone we love.",
                ),
                (
                    "Wonder what God's voice sounded like",
                    "Maybe it was gentle and kind, like a quiet friend in the dark. God knew Samuel's name.",
                ),
                (
                    "Think about how God listens to you",
                    "Samuel listened to God, and God listens to us too, whenever we pray, day or night.",
                ),
            ],
        },
        Beat {
            text: "Samuel grew up, and God was always with him. Samuel listened to God all his life, and he told God's people everything God said. It all began with a little boy who said, “I am listening.”",
            verse: "Samuel grew, and Yahweh was with him, and let none of his words fall to the ground.",
            reference: "1 Samuel 3:19",
            picture: "In the morning, Samuel, a little boy in a white tunic, opening the big doors of the temple in the sunshine while Eli, an old man with a white beard, smiles.",
            choices: &[],
        },
    ],
};
