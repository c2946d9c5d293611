//! Elijah and the ravens; Daniel and the lions.

use crate::bible::{Beat, Story};

/// Elijah and the Ravens.
pub const ELIJAH: Story = Story {
    title: "Elijah and the Ravens",
    hero: "Elijah",
    key: 2,
    names: &["elijah", "raven", "ravens", "widow", "zarephath"],
    themes: &[
        "bird",
        "animal",
        "hungry",
        "hunger",
        "food",
        "rain",
        "drought",
        "provide",
        "brook",
        "stream",
        "jar",
        "oil",
        "flour",
        "care",
        "taking care",
    ],
    beats: &[
        Beat {
            text: "Long ago, King Ahab did not follow God. So God sent his helper, Elijah, to tell the king, “There will be no rain until God says so.” And the rain stopped.",
            verse: "Elijah the Tishbite, who was one of the settlers of Gilead, said to Ahab, “As Yahweh, the God of Israel, lives, before whom I stand, there shall not be dew nor rain these years, but according to my word.”",
            reference: "1 Kings 17:1",
            picture: "A man with a grey beard and a brown cloak speaking to a king with a crown in a palace, with dry sunshine outside.",
            choices: &[
                (
                    "Wonder how Elijah felt speaking to the king",
                    "Elijah must have felt nervous in front of the king. But he knew God had sent him, and that gave him courage.",
                ),
                (
                    "Look up at the dry, cloudless sky",
                    "Day after day the sky stayed blue. No clouds, no rain. The ground grew dry and dusty.",
                ),
                ("Wonder what the king thought", "King Ahab was very cross. He did not like Elijah's message one bit!"),
            ],
        },
        Beat {
            text: "God told Elijah, “Go and hide by a little stream called Cherith. You can drink from the stream.” So Elijah did just what God said.",
            verse: "So he went and did according to Yahweh’s word; for he went and lived by the brook Cherith that is before the Jordan.",
            reference: "1 Kings 17:5",
            picture: "A man with a grey beard walking through dry hills to a little brook among the rocks.",
            choices: &[
                (
                    "Walk with Elijah to the quiet stream",
                    "The path was rocky and long, but at the end was a little stream, trickling and cool. Elijah knelt and drank.",
                ),
                (
                    "Wonder how Elijah would find food",
                    "There were no shops and no gardens by the stream. How would Elijah eat? He did not know, but God did.",
                ),
                (
                    "Listen to the trickling water",
                    "Trickle, trickle, splash. The little stream sang a quiet song, and Elijah rested by it.",
                ),
            ],
        },
        Beat {
            text: "Then something amazing happened. Every morning and every evening, big black ravens flew down with bread and meat for Elijah! God was taking care of him.",
            verse: "The ravens brought him bread and meat in the morning, and bread and meat in the evening; and he drank from the brook.",
            reference: "1 Kings 17:6",
            picture: "Black ravens flying down with bread in their beaks to a man with a grey beard sitting by a little brook.",
            choices: &[
                (
                    "Fly down with the ravens",
                    "Flap, flap! The ravens swooped down from the sky, carrying their special delivery. Breakfast had arrived!",
                ),
                (
                    "Wonder how Elijah felt when the ravens came",
                    "Elijah smiled and laughed. Birds bringing dinner! God had found a way to care for him.",
                ),
                (
                    "Count the ravens flying in the sky",
                    "One raven, two ravens, three! Every day, right on time, they came flapping over the hills.",
                ),
            ],
        },
        Beat {
            text: "After a while the stream dried up, because there was no rain. God said, “Go to the town of Zarephath. A widow there will help you.” At the town gate, Elijah met a poor woman gathering sticks.",
            verse: "“Arise, go to Zarephath, which belongs to Sidon, and stay there. Behold, I have commanded a widow there to sustain you.”",
            reference: "1 Kings 17:9",
            picture: "A man with a grey beard meeting a poor woman gathering sticks by the gate of a small town.",
            choices: &[
                (
                    "Wonder how Elijah felt when the stream dried up",
                    "The stream was gone, but Elijah was not worried for long. God had a new plan, and Elijah was ready to follow.",
                ),
                (
                    "Look through the eyes of the poor woman",
                    "The woman was tired and hungry. She had a little boy at home, and almost no food left.",
                ),
                (
                    "Walk the long road to Zarephath",
                    "It was a long, dusty walk. Elijah's sandals were worn, but he kept going, trusting God.",
                ),
            ],
        },
        Beat {
            text: "Elijah asked the woman for a little bread. “I only have a handful of flour and a little oil,” she said sadly. “Don't be afraid,” said Elijah. “Make me a little bread first, and God will give you enough.”",
            verse: "Elijah said to her, “Don’t be afraid. Go and do as you have said; but make me a little cake from it first, and bring it out to me, and afterward make some for you and for your son.",
            reference: "1 Kings 17:13",
            picture: "A man with a grey beard talking kindly to a woman and her little boy beside a small jar of flour in a simple house.",
            choices: &[
                (
                    "Wonder how the woman felt sharing the last of her food",
                    "It was hard to share the very last of her food. But the woman decided to trust God, and that took great courage.",
                ),
                (
                    "Watch the woman mix the flour and oil",
                    "She poured the flour, added the oil and mixed it with her hands. Soon the smell of warm bread filled the little house.",
                ),
                (
                    "Peek at the jar with the little boy",
                    "The little boy peeked into the jar. Was there any flour left? He looked again… and there was!",
                ),
            ],
        },
        Beat {
            text: "The woman made the bread, and then the most wonderful thing happened. Every day there was still flour in the jar and oil in the jug! There was always enough for Elijah, the woman and her son, just as God had said.",
            verse: "The jar of meal didn’t run out, and the jar of oil didn’t fail, according to Yahweh’s word, which he spoke by Elijah.",
            reference: "1 Kings 17:16",
            picture: "A woman, her little boy and a man with a grey beard sharing warm bread beside a jar of flour and a jar of oil.",
            choices: &[
                (
                    "Taste the warm bread with the little boy",
                    "Mmm! The bread was warm and soft. The little boy ate and ate, and his tummy was full for the first time in a long while.",
                ),
                (
                    "Wonder how the woman felt each morning",
                    "Every morning the woman lifted the lid and smiled. Still there! God's gift came fresh every single day.",
                ),
                (
                    "Say thank you to God with Elijah",
                    "Elijah bowed his head and said thank you to God, who had cared for him by the stream and in the little house.",
                ),
            ],
        },
        Beat {
            text: "At last God said it was time for rain. Elijah prayed, and a little cloud appeared over the sea. It grew bigger and darker, and then, splash, rain poured down on the thirsty land! God had cared for everyone, just as he promised.",
            verse: "In a little while, the sky grew black with clouds and wind, and there was a great rain. Ahab rode, and went to Jezreel.",
            reference: "1 Kings 18:45",
            picture: "A man with a grey beard kneeling and praying on a hill as rain falls from dark clouds onto green hills.",
            choices: &[],
        },
    ],
};

/// Daniel and the Lions.
pub const DANIEL: Story = Story {
    title: "Daniel and the Lions",
    hero: "Daniel",
    key: 5,
    names: &["daniel", "lion", "lions", "lions den", "den of lions", "darius"],
    themes: &["pray", "prayer", "praying", "brave", "afraid", "scared", "angel", "trust", "cat", "animal", "safe", "protect"],
    beats: &[
        Beat {
            text: "Daniel loved God with all his heart. He worked for King Darius, and he did his work so well and so honestly that the king wanted to put him in charge of the whole kingdom.",
            verse: "Then this Daniel was distinguished above the presidents and the local governors, because an excellent spirit was in him; and the king thought to set him over the whole realm.",
            reference: "Daniel 6:3",
            picture: "A kind man with a short beard working at a table in a grand palace, with a king with a crown smiling at him.",
            choices: &[
                (
                    "Wonder why the king liked Daniel so much",
                    "The king liked Daniel because he was honest and kind, and he always told the truth. Daniel did his best for God in everything.",
                ),
                (
                    "Look through the eyes of the jealous leaders",
                    "Some of the other leaders felt jealous. “Why should Daniel be the boss of us?” they grumbled.",
                ),
                (
                    "Pray with Daniel in the morning",
                    "Every morning Daniel knelt and talked to God. Praying was like talking with his very best friend.",
                ),
            ],
        },
        Beat {
            text: "Some jealous leaders wanted to get Daniel into trouble. They looked and looked, but they could not find anything he had done wrong. So they made a sneaky plan to stop him talking to God.",
            verse: "Then the presidents and the local governors sought to find occasion against Daniel as touching the kingdom; but they could find no occasion or fault, because he was faithful. There wasn’t any error or fault found in him.",
            reference: "Daniel 6:4",
            picture: "Grumpy men in fine robes whispering together behind a pillar in a palace.",
            choices: &[
                (
                    "Wonder why they were so jealous",
                    "Jealousy is a sour feeling that grows when we want what someone else has. It made these men very unkind.",
                ),
                (
                    "Listen to the sneaky plan",
                    "“Let's make a new law,” they whispered. “Nobody may pray to anyone except the king!” They knew Daniel would keep praying to God.",
                ),
                (
                    "Think about how Daniel stayed honest",
                    "Daniel did not have any secrets to hide. He was the same honest Daniel whether anyone was watching or not.",
                ),
            ],
        },
        Beat {
            text: "The king signed the new law: for thirty days, nobody could pray to anyone but the king. Daniel heard about it. But he went home, opened his window, knelt down and prayed to God, just as he always did.",
            verse: "When Daniel knew that the writing was signed, he went into his house (now his windows were open in his room toward Jerusalem) and he kneeled on his knees three times a day, and prayed, and gave thanks before his God, as he did before.",
            reference: "Daniel 6:10",
            picture: "A man kneeling and praying by an open window in a house, with the sun shining in.",
            choices: &[
                (
                    "Kneel by the window with Daniel",
                    "The breeze came in through the open window. Daniel closed his eyes and talked to God, calm and peaceful.",
                ),
                ("Wonder if Daniel felt scared", "Maybe Daniel felt a little scared. But he loved God more than he feared the new law."),
                (
                    "Wonder what Daniel said to God",
                    "Daniel said thank you to God, as he always did. Even on a hard day, he found things to be thankful for.",
                ),
            ],
        },
        Beat {
            text: "The leaders told the king, and the king was very sad, because he liked Daniel. But a law was a law. So Daniel was put into a den of lions. “Your God will save you,” the king said.",
            verse: "Then the king commanded, and they brought Daniel, and cast him into the den of lions. The king spoke and said to Daniel, “Your God whom you serve continually, he will deliver you.”",
            reference: "Daniel 6:16",
            picture: "A man standing calmly in a rocky den with big lions around him, and light shining from an opening above.",
            choices: &[
                ("Wonder how the king felt", "The king's heart was heavy. He wished he had never signed that silly law."),
                (
                    "Stay close to Daniel in the den",
                    "It was dark in the den, and the lions were big. But Daniel was not alone: God was right there with him.",
                ),
                (
                    "Look at the lions",
                    "The lions had big paws and big manes and big yellow eyes. But something very strange was happening to them…",
                ),
            ],
        },
        Beat {
            text: "That night the king could not sleep. He did not want any music or any dinner. He lay awake, thinking about Daniel and wondering if his God would really save him.",
            verse: "Then the king went to his palace, and passed the night fasting. No musical instruments were brought before him; and his sleep fled from him.",
            reference: "Daniel 6:18",
            picture: "At night, a worried king with a crown sitting awake by a window in his dark palace under the moon and stars.",
            choices: &[
                (
                    "Wonder what the king was thinking",
                    "The king tossed and turned. “Is Daniel's God strong enough?” he wondered. He hoped with all his heart.",
                ),
                (
                    "Peek into the den under the moon",
                    "In the den, the lions were lying down quietly, like big sleepy cats. And Daniel was resting peacefully.",
                ),
                (
                    "Wonder how Daniel spent the night",
                    "Maybe Daniel prayed, or maybe he even slept, snuggled against a big soft lion. God was keeping him safe.",
                ),
            ],
        },
        Beat {
            text: "Very early in the morning, the king ran to the den. “Daniel! Did your God save you?” And Daniel called back, “Yes! God sent his angel to shut the lions' mouths. They have not hurt me at all!”",
            verse: "My God has sent his angel, and has shut the lions’ mouths, and they have not hurt me; because as before him innocence was found in me; and also before you, O king, I have done no harm.”",
            reference: "Daniel 6:22",
            picture: "An angel with shining wings standing beside a smiling man among quiet, sleepy lions in a den.",
            choices: &[
                ("Wonder how happy the king felt", "The king jumped for joy! “He's safe! Daniel is safe!” he shouted."),
                (
                    "Imagine the angel shutting the lions' mouths",
                    "The angel's light filled the den, and the lions' mouths closed tight. They just yawned and lay down.",
                ),
                (
                    "Look at the lions in the morning light",
                    "In the morning light, the lions stretched and blinked. They had not hurt Daniel one tiny bit.",
                ),
            ],
        },
        Beat {
            text: "The king was so happy! Daniel was lifted out of the den without a single scratch, because he trusted God. Then the king told everyone in his kingdom about Daniel's great God, who saves and keeps people safe.",
            verse: "Then the king was exceedingly glad, and commanded that they should take Daniel up out of the den. So Daniel was taken up out of the den, and no kind of harm was found on him, because he had trusted in his God.",
            reference: "Daniel 6:23",
            picture: "A happy king with a crown hugging a smiling man beside the den, with sleepy lions below and the morning sun rising.",
            choices: &[],
        },
    ],
};
