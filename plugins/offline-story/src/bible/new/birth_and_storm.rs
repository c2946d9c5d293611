//! Baby Jesus is born; Jesus calms the storm.

use crate::bible::{Beat, Story};

/// Baby Jesus Is Born.
pub const NATIVITY: Story = Story {
    title: "Baby Jesus Is Born",
    hero: "Jesus",
    key: 2,
    names: &[
        "jesus born",
        "birth of jesus",
        "baby jesus",
        "manger",
        "bethlehem",
        "christmas",
        "nativity",
        "mary",
        "mary and joseph",
        "shepherds",
        "wise men",
        "magi",
        "three kings",
        "gabriel",
        "star of bethlehem",
        "jesus",
    ],
    themes: &["star", "baby", "angel", "gift", "present", "stable", "donkey", "winter", "birthday", "born", "night", "king"],
    beats: &[
        Beat {
            text: "Long ago in the town of Nazareth lived a young woman named Mary. One day an angel named Gabriel came to her with amazing news: “God is with you! You will have a baby boy, and you will call him Jesus.”",
            verse: "Having come in, the angel said to her, “Rejoice, you highly favored one! The Lord is with you. Blessed are you among women!”",
            reference: "Luke 1:28",
            picture: "A young woman in a blue robe looking up in wonder at a shining angel in a small house.",
            choices: &[
                (
                    "Wonder how Mary felt when she saw the angel",
                    "Mary was surprised, and a little bit afraid. But the angel's words were kind, and Mary said yes to God with all her heart.",
                ),
                (
                    "Imagine the angel's shining light",
                    "The angel's light filled the little room, brighter than a hundred candles, gentle and warm.",
                ),
                ("Whisper the baby's name with Mary", "“Jesus,” Mary whispered. It was the most special name in the whole world."),
            ],
        },
        Beat {
            text: "Later, the ruler wanted to count all the people, so every family had to go to its own town. Mary and her husband Joseph had to travel to Bethlehem. Mary rode on a donkey, and Joseph walked beside her, mile after mile, along the dusty roads.",
            verse: "All went to enroll themselves, everyone to his own city.",
            reference: "Luke 2:3",
            picture: "A young woman in a blue robe riding a donkey, with a man walking beside her on a road towards a little town on a hill.",
            choices: &[
                (
                    "Walk beside the donkey with Joseph",
                    "Clip, clop, clip, clop. Joseph held the donkey's rope and made sure Mary was safe and comfortable.",
                ),
                (
                    "Wonder how Mary felt on the long journey",
                    "Mary was tired, and the road was bumpy. But she knew God was with her, and that made her heart calm.",
                ),
                (
                    "Wonder what the donkey thought",
                    "The little donkey plodded along, step by step. Did it know it was carrying someone very special?",
                ),
            ],
        },
        Beat {
            text: "When they got to Bethlehem, there was no room anywhere for them to stay. So they rested in a stable with the animals. And there baby Jesus was born! Mary wrapped him up snugly and laid him in a manger full of hay.",
            verse: "She gave birth to her firstborn son. She wrapped him in bands of cloth, and laid him in a feeding trough, because there was no room for them in the inn.",
            reference: "Luke 2:7",
            picture: "Mary and Joseph smiling at a baby in a manger in a stable, with a cow, a donkey and a sheep nearby.",
            choices: &[
                (
                    "Tiptoe into the stable to see the baby",
                    "Shh, tiptoe. There he was, tiny and sleepy in the soft hay. Baby Jesus, God's own Son.",
                ),
                (
                    "Listen with the animals in the stable",
                    "The cow said a soft moo, the donkey swished its tail, and the sheep lay down close to the manger.",
                ),
                (
                    "Wonder how Mary and Joseph felt",
                    "Mary and Joseph looked at their baby and felt full of love. Their hearts were almost too full for words.",
                ),
            ],
        },
        Beat {
            text: "Out on the hills near Bethlehem, shepherds were looking after their sheep in the dark. Suddenly, a bright angel appeared, and God's glory shone all around them!",
            verse: "There were shepherds in the same country staying in the field, and keeping watch by night over their flock.",
            reference: "Luke 2:8",
            picture: "At night, shepherds with their sheep on a dark hillside, looking up at a shining angel in a night sky full of stars.",
            choices: &[
                (
                    "Sit by the campfire with the shepherds",
                    "The fire crackled and the sheep were sleepy. It was a quiet night, until suddenly it wasn't!",
                ),
                (
                    "Wonder how the shepherds felt when the sky lit up",
                    "The shepherds were very frightened and covered their eyes. They had never seen anything so bright!",
                ),
                (
                    "Look up at the shining angel",
                    "The angel glowed like sunshine in the middle of the night, and all the stars seemed to twinkle brighter.",
                ),
            ],
        },
        Beat {
            text: "“Don't be afraid!” said the angel. “I bring you good news of great joy! A Saviour has been born in Bethlehem. You will find him lying in a manger.” Then the whole sky filled with angels singing praise to God.",
            verse: "The angel said to them, “Don’t be afraid, for behold, I bring you good news of great joy which will be to all the people.",
            reference: "Luke 2:10",
            picture: "Many shining angels singing in the night sky above shepherds and their sheep on a hill.",
            choices: &[
                (
                    "Listen to the angels singing",
                    "“Glory to God in the highest!” sang the angels. It was the most beautiful song anyone had ever heard.",
                ),
                (
                    "Wonder what the sheep thought of the angels",
                    "The sheep looked up and said, “Baa!” Even they could tell something wonderful was happening.",
                ),
                (
                    "Hurry with the shepherds to Bethlehem",
                    "“Let's go and see!” said the shepherds, and they ran down the hill towards the little town.",
                ),
            ],
        },
        Beat {
            text: "The shepherds hurried into Bethlehem, and they found Mary and Joseph, and the baby lying in the manger, just as the angel had said. They told everyone the good news and went home praising God.",
            verse: "They came with haste, and found both Mary and Joseph, and the baby was lying in the feeding trough.",
            reference: "Luke 2:16",
            picture: "Shepherds kneeling by a manger in a stable where a baby sleeps, with Mary, Joseph and a little lamb.",
            choices: &[
                (
                    "Kneel by the manger with the shepherds",
                    "The shepherds knelt quietly in the straw. This little baby was the Saviour God had promised!",
                ),
                (
                    "Wonder what Mary thought about all this",
                    "Mary listened to everything the shepherds said. She kept every word in her heart, like a treasure.",
                ),
                (
                    "Carry a little lamb to the stable",
                    "One of the shepherds carried a little lamb. It snuggled down in the straw beside baby Jesus.",
                ),
            ],
        },
        Beat {
            text: "Far away in the east, some wise men saw a bright new star in the sky. They knew it meant a new king had been born! They rode on their camels for many days, following the star until it stopped over the place where Jesus was.",
            verse: "When they saw the star, they rejoiced with exceedingly great joy.",
            reference: "Matthew 2:10",
            picture: "Three wise men riding camels across the desert at night, following a big bright star.",
            choices: &[
                (
                    "Ride a camel with the wise men",
                    "Sway, sway, sway. The camels walked on and on over the sand, and the star shone bright ahead of them.",
                ),
                (
                    "Wonder how the wise men felt when the star stopped",
                    "The wise men were so happy they could hardly sit still! They had found the new king at last.",
                ),
                ("Look up at the shining star", "The star was bigger and brighter than all the others, like God's own lantern in the sky."),
            ],
        },
        Beat {
            text: "The wise men came into the house and saw young Jesus with his mother Mary. They bowed down and worshipped him, and they gave him gifts of gold, frankincense and myrrh. God's greatest gift had come into the world!",
            verse: "They came into the house and saw the young child with Mary, his mother, and they fell down and worshiped him. Opening their treasures, they offered to him gifts: gold, frankincense, and myrrh.",
            reference: "Matthew 2:11",
            picture: "Three wise men with crowns kneeling inside a house and offering gifts to a little child on Mary's lap, with a bright star shining above the house.",
            choices: &[],
        },
    ],
};

/// Jesus Calms the Storm.
pub const STORM: Story = Story {
    title: "Jesus Calms the Storm",
    hero: "Jesus",
    key: 4,
    names: &["calms the storm", "calm the storm", "calmed the storm", "storm", "peace be still", "wind and waves", "jesus"],
    themes: &[
        "boat",
        "lake",
        "sea",
        "wind",
        "waves",
        "fear",
        "scared",
        "afraid",
        "thunder",
        "rain",
        "fisherman",
        "disciple",
        "sleep",
        "calm",
        "dark",
    ],
    beats: &[
        Beat {
            text: "Jesus had been teaching crowds of people all day beside a big lake. When evening came, he said to his friends, the disciples, “Let's go across to the other side.”",
            verse: "On that day, when evening had come, he said to them, “Let’s go over to the other side.”",
            reference: "Mark 4:35",
            picture: "Jesus in a white robe standing by a lake at sunset with his friends and a wooden fishing boat, and a crowd of people walking home.",
            choices: &[
                (
                    "Wonder how tired Jesus felt",
                    "Jesus had been talking and helping people all day long. He was very, very tired, just like we get tired too.",
                ),
                (
                    "Look at the lake with the fishermen",
                    "Peter and his friends were fishermen. They knew this lake well, and tonight the water looked calm and still.",
                ),
                ("Wave goodbye to the crowd", "Goodbye, everyone! The crowd waved as the disciples got the boat ready to go."),
            ],
        },
        Beat {
            text: "So they all climbed into a fishing boat and set off across the lake. Other little boats came along too. The sun went down, and the first stars came out.",
            verse: "Leaving the multitude, they took him with them, even as he was, in the boat. Other small boats were also with him.",
            reference: "Mark 4:36",
            picture: "A wooden fishing boat with Jesus in a white robe and his friends sailing on a calm lake at dusk, with other little boats nearby.",
            choices: &[
                (
                    "Pull the oars with the disciples",
                    "Pull, splash, pull, splash. The disciples rowed together, and the boat glided over the water.",
                ),
                (
                    "Watch the first stars come out",
                    "One star, then two, then many more. The sky grew dark and sparkly over the quiet lake.",
                ),
                ("Feel the cool evening breeze", "A cool breeze blew across the water. It felt lovely after the hot day."),
            ],
        },
        Beat {
            text: "Suddenly a great storm blew up! The wind howled, and big waves crashed over the side of the boat. Water splashed in everywhere, and the disciples were very frightened.",
            verse: "A big wind storm arose, and the waves beat into the boat, so much that the boat was already filled.",
            reference: "Mark 4:37",
            picture: "A small wooden boat tossed by big waves on a dark stormy lake, with frightened men holding on.",
            choices: &[
                (
                    "Hold on tight with Peter",
                    "Peter held on to the side of the boat with both hands. Even a strong fisherman can feel scared in a big storm.",
                ),
                ("Wonder how the disciples felt", "Their hearts were pounding. They were wet and cold and very afraid. Where was Jesus?"),
                (
                    "Listen to the wind and the waves",
                    "Whoosh went the wind. Crash went the waves. The boat rocked and rolled on the dark water.",
                ),
            ],
        },
        Beat {
            text: "And where was Jesus? He was fast asleep on a cushion at the back of the boat! The disciples woke him up. “Teacher, don't you care? We're sinking!”",
            verse: "He himself was in the stern, asleep on the cushion, and they woke him up, and told him, “Teacher, don’t you care that we are dying?”",
            reference: "Mark 4:38",
            picture: "Jesus in a white robe asleep on a cushion at the back of a wooden boat while his friends try to wake him in the storm.",
            choices: &[
                (
                    "Wonder how Jesus could sleep in a storm",
                    "Jesus was not worried at all. He knew his Father in heaven was taking care of everything.",
                ),
                ("Shake Jesus awake with the disciples", "“Wake up, wake up, Jesus!” they cried. “Help us!”"),
                (
                    "Think about what we can do when we are scared",
                    "When we are scared, we can do just what the disciples did: we can call to Jesus for help.",
                ),
            ],
        },
        Beat {
            text: "Jesus got up. He spoke to the wind and the waves: “Peace! Be still!” And straight away the wind stopped, and the water became calm and smooth. Everything was quiet.",
            verse: "He awoke, and rebuked the wind, and said to the sea, “Peace! Be still!” The wind ceased, and there was a great calm.",
            reference: "Mark 4:39",
            picture: "Jesus in a white robe standing in a wooden boat holding out his hand over a calm lake, as the clouds drift apart and the moon shines.",
            choices: &[
                (
                    "Feel the sudden quiet",
                    "Shh. No wind, no waves. Just the gentle lap of water against the boat, and the moon shining down.",
                ),
                (
                    "Wonder what the disciples thought",
                    "The disciples stared with their mouths wide open. The wind and the waves had listened to Jesus!",
                ),
                (
                    "Whisper “Peace, be still” with Jesus",
                    "“Peace, be still.” You can whisper those words too, when you feel worried or scared.",
                ),
            ],
        },
        Beat {
            text: "Jesus looked at his friends kindly. “Why were you so afraid?” he asked. “Don't you trust me?” He wanted them to know that they were always safe with him.",
            verse: "He said to them, “Why are you so afraid? How is it that you have no faith?”",
            reference: "Mark 4:40",
            picture: "Jesus in a white robe sitting with his friends in a wooden boat on a calm moonlit lake, talking gently.",
            choices: &[
                (
                    "Wonder how the disciples answered",
                    "The disciples did not know what to say. They were still amazed at what they had seen.",
                ),
                (
                    "Think about times you can trust Jesus",
                    "At bedtime, at school, in thunderstorms: in every place, we can trust Jesus to be with us.",
                ),
                (
                    "Sit close to Jesus in the boat",
                    "It felt safe and warm, sitting close to Jesus. The storm was over, and he was right there.",
                ),
            ],
        },
        Beat {
            text: "The disciples were full of wonder. “Who is this?” they said to each other. “Even the wind and the waves obey him!” They sailed safely to the other side, and they knew that Jesus was God's own Son, who cares for us in every storm.",
            verse: "They were greatly afraid, and said to one another, “Who then is this, that even the wind and the sea obey him?”",
            reference: "Mark 4:41",
            picture: "A wooden boat with Jesus in a white robe and his friends reaching the shore of a calm lake at sunrise.",
            choices: &[],
        },
    ],
};
