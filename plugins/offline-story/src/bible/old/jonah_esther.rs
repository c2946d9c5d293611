//! Jonah and the big fish; brave Queen Esther.

use crate::bible::{Beat, Story};

/// Jonah and the Big Fish.
pub const JONAH: Story = Story {
    title: "Jonah and the Big Fish",
    hero: "Jonah",
    key: 4,
    names: &["jonah", "whale", "big fish", "nineveh", "jonah and the whale"],
    themes: &[
        "ocean",
        "sea",
        "ship",
        "boat",
        "fish",
        "animal",
        "storm",
        "obey",
        "listen",
        "run away",
        "second chance",
        "swim",
        "sailor",
        "underwater",
    ],
    beats: &[
        Beat {
            text: "One day God spoke to a man named Jonah. “Go to the big city of Nineveh,” God said. “Tell the people there to stop doing wrong things.” But Jonah did not want to go.",
            verse: "“Arise, go to Nineveh, that great city, and preach against it, for their wickedness has come up before me.”",
            reference: "Jonah 1:2",
            picture: "A man with a brown beard standing on a hill, frowning and looking far away towards a big city.",
            choices: &[
                (
                    "Wonder why Jonah didn't want to go",
                    "Nineveh was a big, unkind city, and Jonah did not like the people there. He did not want God to be kind to them.",
                ),
                (
                    "Look at Nineveh through God's eyes",
                    "God looked at Nineveh and saw all the people, grown-ups and children, and even the animals. God cared about every one.",
                ),
                ("Wonder how God felt when Jonah said no", "God was sad that Jonah did not listen. But God did not give up on Jonah."),
            ],
        },
        Beat {
            text: "Instead of going to Nineveh, Jonah ran the other way! He went down to the sea, paid for a ride on a ship, and sailed off far away from where God wanted him to go.",
            verse: "But Jonah rose up to flee to Tarshish from the presence of Yahweh. He went down to Joppa, and found a ship going to Tarshish; so he paid its fare, and went down into it, to go with them to Tarshish from the presence of Yahweh.",
            reference: "Jonah 1:3",
            picture: "A man with a brown beard in a wooden ship sailing away from the harbour, out on the blue sea.",
            choices: &[
                (
                    "Wonder if you can really hide from God",
                    "Jonah thought he could run away from God. But God is everywhere, on the land and on the sea.",
                ),
                (
                    "Climb aboard the ship with the sailors",
                    "The sailors pulled the ropes and raised the big white sail. Off went the ship, across the blue sea.",
                ),
                ("Wonder how Jonah felt as he sailed away", "Jonah felt a bit uneasy inside. Running away never feels quite right."),
            ],
        },
        Beat {
            text: "Out at sea, God sent a great wind, and a big storm began. Huge waves splashed over the ship, and the sailors were very frightened. But Jonah was fast asleep down below!",
            verse: "But Yahweh sent out a great wind on the sea, and there was a mighty storm on the sea, so that the ship was likely to break up.",
            reference: "Jonah 1:4",
            picture: "A small wooden ship tossed by big waves under dark storm clouds, with frightened sailors wide awake on deck, pulling ropes and bailing water, while down below deck, apart from them, lies a man fast asleep.",
            choices: &[
                (
                    "Hold on tight with the sailors",
                    "The sailors held on to the ropes as the ship rocked up and down, up and down. “Wake up, Jonah! Pray to your God!”",
                ),
                (
                    "Wonder how Jonah could sleep in a storm",
                    "Jonah was so tired from running away that he slept right through the wind and the waves!",
                ),
                (
                    "Listen to the wind and the waves",
                    "Whoooosh went the wind. Crash went the waves. It was the biggest storm the sailors had ever seen.",
                ),
            ],
        },
        Beat {
            text: "Jonah knew the storm had come because he ran from God. “Throw me into the sea,” he told the sailors, “and it will be calm.” So they did, and straight away the wind stopped and the sea became still.",
            verse: "So they took up Jonah, and threw him into the sea; and the sea ceased its raging.",
            reference: "Jonah 1:15",
            picture: "A storm with huge waves, sailors in a wooden ship throwing a man into the sea as the clouds begin to clear.",
            choices: &[
                (
                    "Wonder how the sailors felt when the sea went calm",
                    "The sailors stared at the calm, flat sea. Then they bowed their heads and thanked Jonah's God.",
                ),
                (
                    "Wonder how Jonah felt in the water",
                    "Splash! The water was cold and deep. Jonah must have wondered what would happen to him now.",
                ),
                ("Feel the sudden calm", "Everything went quiet. No wind, no waves, just the gentle lap of water against the ship."),
            ],
        },
        Beat {
            text: "But God had not forgotten Jonah. God sent a great big fish, and the fish swallowed Jonah whole! Jonah was safe inside the fish for three days and three nights.",
            verse: "Yahweh prepared a great fish to swallow up Jonah, and Jonah was in the belly of the fish three days and three nights.",
            reference: "Jonah 1:17",
            picture: "A great big blue fish swimming under the sea, with a man kneeling and praying safely inside it for three days and three nights.",
            choices: &[
                (
                    "Swim with the great big fish",
                    "The great fish swam gently through the deep blue sea, past seaweed and little fish. It was taking good care of its passenger.",
                ),
                (
                    "Wonder what it was like inside the fish",
                    "It was dark and squishy and smelled very fishy! But Jonah was safe, and he had lots of time to think.",
                ),
                ("Wonder why God sent a fish", "God sent the fish to save Jonah. Even when Jonah ran away, God still loved him."),
            ],
        },
        Beat {
            text: "Inside the fish, Jonah prayed. “I'm sorry, God. Thank you for saving me. I will do what you ask.” God heard Jonah's prayer, and God spoke to the fish.",
            verse: "Then Jonah prayed to Yahweh, his God, out of the fish’s belly.",
            reference: "Jonah 2:1",
            picture: "A man praying with folded hands inside a big fish, with a soft light glowing around him.",
            choices: &[
                (
                    "Pray with Jonah inside the fish",
                    "“Thank you, God, for not giving up on me.” Jonah's prayer echoed softly in the belly of the fish.",
                ),
                (
                    "Think about saying sorry",
                    "Saying sorry can be hard. But when we say sorry to God, God always forgives us and gives us a fresh start.",
                ),
                (
                    "Wonder what the fish heard",
                    "Maybe the fish heard Jonah singing a thank-you song inside its tummy! What a strange, happy sound.",
                ),
            ],
        },
        Beat {
            text: "The fish swam up to the beach and, with a big whoosh, it spat Jonah out onto dry land! Jonah stood up, shook off the seaweed and said, “This time, I will go where God wants.”",
            verse: "Then Yahweh spoke to the fish, and it vomited out Jonah on the dry land.",
            reference: "Jonah 2:10",
            picture: "A big fish at the edge of a sandy beach, and a man with seaweed on his head standing on the shore.",
            choices: &[
                (
                    "Wonder how Jonah felt on dry land",
                    "Dry land at last! Jonah wiggled his toes in the sand and took a big breath of fresh air. He felt so thankful.",
                ),
                (
                    "Wave goodbye to the big fish",
                    "Goodbye, big fish! Thank you for the ride! The fish flicked its tail and swam back into the deep blue sea.",
                ),
                ("Think about second chances", "God gave Jonah a second chance. God is kind like that, with Jonah and with us."),
            ],
        },
        Beat {
            text: "Jonah went to Nineveh and gave them God's message. The people listened! They said sorry to God and stopped doing wrong things. And God, who is kind and loving, forgave the whole city.",
            verse: "God saw their works, that they turned from their evil way. God relented of the disaster which he said he would do to them, and he didn’t do it.",
            reference: "Jonah 3:10",
            picture: "A man with a brown beard speaking to a big crowd of people and children in a city with tall walls, under a bright sky.",
            choices: &[],
        },
    ],
};

/// Brave Queen Esther.
pub const ESTHER: Story = Story {
    title: "Brave Queen Esther",
    hero: "Esther",
    key: 5,
    names: &["esther", "queen esther", "mordecai", "haman", "purim"],
    themes: &["brave", "courage", "queen", "princess", "palace", "crown", "girl", "speak up", "king", "beautiful"],
    beats: &[
        Beat {
            text: "Long ago there was a girl named Esther, one of God's people. She had no mum or dad, so her kind cousin Mordecai took care of her and loved her like his own daughter.",
            verse: "He brought up Hadassah, that is, Esther, his uncle’s daughter; for she had neither father nor mother. The maiden was fair and beautiful; and when her father and mother were dead, Mordecai took her for his own daughter.",
            reference: "Esther 2:7",
            picture: "A young girl and a kind man with a grey beard reading together in a little house in a big city.",
            choices: &[
                (
                    "Wonder how Esther felt growing up with Mordecai",
                    "Esther felt safe and loved with Mordecai. He taught her about God and how to be kind and wise.",
                ),
                (
                    "Look at Esther through Mordecai's eyes",
                    "Mordecai was so proud of Esther. He wanted the very best for her, and he always kept an eye on her.",
                ),
                (
                    "Think about the people who take care of you",
                    "Who takes care of you? God gives us people to love us, just as God gave Esther her cousin Mordecai.",
                ),
            ],
        },
        Beat {
            text: "The king was looking for a new queen, and out of all the young women in the land, he chose Esther! He put a royal crown on her head and gave a great feast for her.",
            verse: "Then the king made a great feast for all his princes and his servants, even Esther’s feast; and he proclaimed a holiday in the provinces, and gave gifts according to the king’s bounty.",
            reference: "Esther 2:18",
            picture: "A young queen with a golden crown beside a king at a great feast in a palace.",
            choices: &[
                (
                    "Wonder how it felt to wear a crown",
                    "The crown was sparkly and heavy. Esther felt amazed, but she did not forget who she was, or who her God was.",
                ),
                (
                    "Look around the palace with Esther",
                    "Tall pillars, soft cushions, golden cups and beautiful gardens! The palace was the grandest place Esther had ever seen.",
                ),
                (
                    "Wonder what Mordecai felt outside the palace",
                    "Mordecai stood at the palace gate and smiled. His little Esther was the queen!",
                ),
            ],
        },
        Beat {
            text: "But a proud man named Haman worked for the king. Everyone had to bow to him, but Mordecai bowed only to God. Haman grew very angry and made a wicked plan against all of God's people.",
            verse: "When Haman saw that Mordecai didn’t bow down, nor pay him homage, Haman was full of wrath.",
            reference: "Esther 3:5",
            picture: "A proud man in a fancy hat scowling at a man with a grey beard who stands tall at a palace gate, while other people are bowing low.",
            choices: &[
                ("Wonder why Mordecai wouldn't bow", "Mordecai was polite to everyone, but he bowed only to God. He was quietly brave."),
                (
                    "Look at Haman's proud, cross face",
                    "Haman's face went red and his eyebrows crunched together. Being proud had made his heart hard and unkind.",
                ),
                (
                    "Wonder if God saw what was happening",
                    "Yes! God saw everything. And God already had a plan, and a brave queen in the palace.",
                ),
            ],
        },
        Beat {
            text: "Mordecai sent a message to Esther: “You must ask the king to save our people!” But nobody was allowed to go to the king without being called. “Maybe God made you queen for just this moment,” Mordecai said.",
            verse: "For if you remain silent now, then relief and deliverance will come to the Jews from another place, but you and your father’s house will perish. Who knows if you haven’t come to the kingdom for such a time as this?”",
            reference: "Esther 4:14",
            picture: "A queen with a crown reading a letter by a palace window, looking thoughtful.",
            choices: &[
                (
                    "Wonder how Esther felt reading the message",
                    "Esther's hands trembled. Going to the king without being called was very dangerous. What should she do?",
                ),
                (
                    "Think about a time you needed to be brave",
                    "Sometimes God asks us to be brave, to speak up or to help someone. God gives us courage when we ask.",
                ),
                (
                    "Wonder what “such a time as this” means",
                    "Mordecai meant that God had put Esther in just the right place at just the right time to help.",
                ),
            ],
        },
        Beat {
            text: "Esther said, “Ask everyone to pray for me for three days. Then I will go to the king.” So Esther and her helpers prayed, and all of God's people prayed too.",
            verse: "“Go, gather together all the Jews who are present in Susa, and fast for me, and neither eat nor drink three days, night or day. I and my maidens will also fast the same way. Then I will go in to the king, which is against the law; and if I perish, I perish.”",
            reference: "Esther 4:16",
            picture: "A queen with a crown kneeling to pray in a quiet palace room, with her three helpers praying beside her, for three days.",
            choices: &[
                (
                    "Pray with Queen Esther",
                    "“Dear God, please help me to be brave, and please help the king to listen.” Esther prayed with all her heart.",
                ),
                (
                    "Wonder how praying helped Esther",
                    "Praying did not make the danger go away, but it filled Esther's heart with peace and courage.",
                ),
                ("Pray with all of God's people", "All over the city, God's people were praying for their queen. Esther was not alone."),
            ],
        },
        Beat {
            text: "On the third day, Esther put on her royal robes and walked into the king's hall. Everyone held their breath. Then the king smiled and held out his golden sceptre. She was welcome!",
            verse: "When the king saw Esther the queen standing in the court, she obtained favor in his sight; and the king held out to Esther the golden scepter that was in his hand. So Esther came near, and touched the top of the scepter.",
            reference: "Esther 5:2",
            picture: "A queen with a crown reaching out to touch a golden scepter held by a smiling king on his throne.",
            choices: &[
                (
                    "Walk into the king's hall with Esther",
                    "Step by step, Esther walked across the shiny floor. Her heart was beating fast, but her head was held high.",
                ),
                (
                    "Wonder what the king thought when he saw her",
                    "The king was happy to see Queen Esther. “What would you like, my queen?” he asked.",
                ),
                ("Breathe a big sigh of relief", "Phew! The king held out his sceptre. God had answered everyone's prayers."),
            ],
        },
        Beat {
            text: "Esther told the king about Haman's wicked plan. The king stopped Haman and made a new law to keep God's people safe. Everyone celebrated with feasts and presents, and they still remember brave Queen Esther today.",
            verse: "The Jews had light, gladness, joy, and honor.",
            reference: "Esther 8:16",
            picture: "A happy queen with a crown and a smiling king celebrating with families and children in a bright palace courtyard.",
            choices: &[],
        },
    ],
};
