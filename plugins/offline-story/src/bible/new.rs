//! The New Testament stories of the Bible tier, retold for ages 3–8: one
//! `Story` per block, its beats in the order the Gospels tell them, each with
//! one World English Bible verse and the points of view offered after it.

use super::{Beat, Story};

pub const STORIES: &[Story] = &[
    Story {
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
                text: "Later, Mary and her husband Joseph had to travel to Bethlehem. Mary rode on a donkey, and Joseph walked beside her, mile after mile, along the dusty roads.",
                verse: "Joseph also went up from Galilee, out of the city of Nazareth, into Judea, to David’s city, which is called Bethlehem, because he was of the house and family of David;",
                reference: "Luke 2:4",
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
                picture: "Shepherds with their sheep on a dark hillside, looking up at a shining angel in a sky full of stars.",
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
                    (
                        "Look up at the shining star",
                        "The star was bigger and brighter than all the others, like God's own lantern in the sky.",
                    ),
                ],
            },
            Beat {
                text: "The wise men came into the house and saw young Jesus with his mother Mary. They bowed down and worshipped him, and they gave him gifts of gold, frankincense and myrrh. God's greatest gift had come into the world!",
                verse: "They came into the house and saw the young child with Mary, his mother, and they fell down and worshiped him. Opening their treasures, they offered to him gifts: gold, frankincense, and myrrh.",
                reference: "Matthew 2:11",
                picture: "Three wise men with crowns kneeling and offering gifts to a little child on Mary's lap, under a bright star.",
                choices: &[],
            },
        ],
    },
    Story {
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
                picture: "Jesus in a white robe standing by a lake at sunset with his friends and a wooden fishing boat.",
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
                    (
                        "Wonder how the disciples felt",
                        "Their hearts were pounding. They were wet and cold and very afraid. Where was Jesus?",
                    ),
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
                picture: "Jesus in a white robe standing in a wooden boat holding out his hand over a calm lake, as the storm clouds part and the moon shines.",
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
    },
    Story {
        title: "The Lost Sheep",
        hero: "the shepherd",
        key: 4,
        names: &["lost sheep", "shepherd", "sheep", "lamb", "ninety nine", "one hundred sheep", "hundred sheep", "lost lamb"],
        themes: &["lost", "find", "found", "search", "looking", "missing", "animal", "hill", "wander", "count", "care", "parable"],
        beats: &[
            Beat {
                text: "Lots of people came to listen to Jesus, even people that others thought were not good enough for God. Some grumbled about it. So Jesus told them a story about a shepherd.",
                verse: "Now all the tax collectors and sinners were coming close to him to hear him.",
                reference: "Luke 15:1",
                picture: "Jesus in a white robe sitting on a hillside telling a story to a crowd of people and children.",
                choices: &[
                    (
                        "Sit down to listen with the crowd",
                        "Everyone sat on the grass and got comfy. Jesus told the best stories, and they did not want to miss a word.",
                    ),
                    (
                        "Wonder why some people grumbled",
                        "Some people thought God only loved people who were good all the time. Jesus wanted to show them how big God's love really is.",
                    ),
                    (
                        "Wonder what story Jesus would tell",
                        "Would it be about a king? A farmer? No, this story was about a shepherd and his sheep.",
                    ),
                ],
            },
            Beat {
                text: "“Once there was a shepherd,” said Jesus, “who had one hundred sheep. He took care of every single one. He led them to green grass and fresh water, and every evening he counted them.”",
                verse: "He told them this parable.",
                reference: "Luke 15:3",
                picture: "A shepherd with a staff leading a big flock of white sheep across green hills.",
                choices: &[
                    (
                        "Walk with the shepherd and his sheep",
                        "The sheep followed the shepherd, because they knew his voice. He led them gently up the green hills.",
                    ),
                    (
                        "Wonder if the shepherd knew every sheep",
                        "Yes! He knew which one was fluffy and which one was small and which one liked to wander. He loved them all.",
                    ),
                    (
                        "Munch the green grass with the sheep",
                        "Munch, munch, munch. The grass was sweet and green, and the sheep were happy and full.",
                    ),
                ],
            },
            Beat {
                text: "One evening, the shepherd counted: “ninety-seven, ninety-eight, ninety-nine…” Only ninety-nine! One little sheep was missing. It had wandered away and got lost.",
                verse: "“What do you think? If a man has one hundred sheep, and one of them goes astray, doesn’t he leave the ninety-nine, go to the mountains, and seek that which has gone astray?",
                reference: "Matthew 18:12",
                picture: "A shepherd counting ninety-nine sheep at a stone sheepfold in the evening, with one orange sun setting low over the hills and one gap in the row.",
                choices: &[
                    (
                        "Count the sheep with the shepherd",
                        "Ninety-seven, ninety-eight, ninety-nine… and the shepherd counted again, just to be sure. Still one missing.",
                    ),
                    (
                        "Wonder how the lost sheep felt",
                        "Somewhere far away, the little sheep was alone. It was getting dark, and it was cold and scared. “Baa!”",
                    ),
                    (
                        "Wonder how the shepherd felt",
                        "The shepherd's heart sank. One of his sheep was lost! He could not rest until it was found.",
                    ),
                ],
            },
            Beat {
                text: "The shepherd left the ninety-nine sheep safe together and went out to look for the lost one. He searched over the hills, behind rocks and through thorny bushes, calling, “Where are you, little sheep?”",
                verse: "“Which of you men, if you had one hundred sheep, and lost one of them, wouldn’t leave the ninety-nine in the wilderness, and go after the one that was lost, until he found it?",
                reference: "Luke 15:4",
                picture: "A shepherd with a staff searching among rocks and bushes on a hillside at dusk.",
                choices: &[
                    (
                        "Search behind the rocks with the shepherd",
                        "Not behind this rock. Not behind that one. The shepherd kept looking, and he did not give up.",
                    ),
                    (
                        "Listen for a tiny “baa”",
                        "The shepherd stopped and listened. Was that a tiny “baa” over there? He hurried towards the sound.",
                    ),
                    (
                        "Wonder why one sheep mattered so much",
                        "There were ninety-nine others, but the shepherd loved this one too. Every single sheep mattered to him.",
                    ),
                ],
            },
            Beat {
                text: "At last he found it, caught in a bush and shivering! The shepherd gently lifted the little sheep onto his shoulders and carried it all the way home, smiling the whole way.",
                verse: "When he has found it, he carries it on his shoulders, rejoicing.",
                reference: "Luke 15:5",
                picture: "A smiling shepherd carrying a little lamb on his shoulders across the hills under the evening stars.",
                choices: &[
                    (
                        "Wonder how the sheep felt on the shepherd's shoulders",
                        "The little sheep felt warm and safe, held tight on the shepherd's strong shoulders. It was not lost any more.",
                    ),
                    ("Walk home with the happy shepherd", "The shepherd hummed a happy song as he walked. His lost sheep was found!"),
                    (
                        "Wonder if the shepherd was cross",
                        "The shepherd was not cross at all. He was just so glad to have his little sheep back.",
                    ),
                ],
            },
            Beat {
                text: "When he got home, the shepherd called his friends and neighbours. “Come and celebrate with me! I have found my lost sheep!” And they all had a happy party.",
                verse: "When he comes home, he calls together his friends and his neighbors, saying to them, ‘Rejoice with me, for I have found my sheep which was lost!’",
                reference: "Luke 15:6",
                picture: "A shepherd celebrating with friends and neighbours in a village, with a little lamb in the middle of the happy crowd.",
                choices: &[
                    ("Join the happy party", "Clap, cheer, dance! Everyone was happy, and the little sheep was the guest of honour."),
                    (
                        "Wonder how the ninety-nine sheep felt",
                        "The other sheep baa-ed hello. Their friend was home, and the flock was complete again.",
                    ),
                    ("Wonder why Jesus told this story", "Jesus told this story so we would know how much God cares about each one of us."),
                ],
            },
            Beat {
                text: "Jesus said, “God is like that shepherd. If anyone wanders away, God comes looking for them, and heaven has a big party when they come home.” God never stops looking for us, and God loves every single one.",
                verse: "I tell you that even so there will be more joy in heaven over one sinner who repents, than over ninety-nine righteous people who need no repentance.",
                reference: "Luke 15:7",
                picture: "A shepherd hugging a little lamb in a sunny field, with his whole flock of sheep around him.",
                choices: &[],
            },
        ],
    },
    Story {
        title: "The Good Samaritan",
        hero: "the Samaritan",
        key: 5,
        names: &["samaritan", "good samaritan", "neighbor", "neighbour", "innkeeper", "love your neighbor", "love your neighbour"],
        themes: &["kind", "kindness", "help", "helping", "helper", "hurt", "road", "stranger", "care", "nice", "different", "mercy"],
        beats: &[
            Beat {
                text: "One day a man asked Jesus, “God says to love my neighbour. But who is my neighbour?” So Jesus told him a story about a kind Samaritan.",
                verse: "But he, desiring to justify himself, asked Jesus, “Who is my neighbor?”",
                reference: "Luke 10:29",
                picture: "Jesus in a white robe talking with a man in a striped robe, with people listening under a tree.",
                choices: &[
                    (
                        "Wonder what the man expected Jesus to say",
                        "Maybe the man thought, “My neighbours are just the people who live next door, or who are like me.”",
                    ),
                    (
                        "Think about who your neighbours are",
                        "Who are your neighbours? The people next door? Your friends? Jesus was about to say something surprising.",
                    ),
                    ("Sit down to listen to Jesus' story", "Everyone leaned in to listen. Jesus' stories always made people think."),
                ],
            },
            Beat {
                text: "“A man was walking along a lonely road,” said Jesus. “Some robbers took everything he had and hurt him. They left him lying by the road, too hurt to get up.”",
                verse: "Jesus answered, “A certain man was going down from Jerusalem to Jericho, and he fell among robbers, who both stripped him and beat him, and departed, leaving him half dead.",
                reference: "Luke 10:30",
                picture: "A hurt man lying beside a dusty road among rocky hills, with a few small trees.",
                choices: &[
                    (
                        "Wonder how the hurt man felt",
                        "The man felt sore and scared and all alone. He hoped and hoped that someone would come and help him.",
                    ),
                    ("Look down the long, empty road", "The road was long and dusty and quiet. Would anybody come?"),
                    (
                        "Say a little prayer for the hurt man",
                        "“Please, God, send someone to help him.” Even in a story, it is good to care.",
                    ),
                ],
            },
            Beat {
                text: "Soon a priest came walking along. He saw the hurt man, but he crossed over to the other side of the road and kept on walking.",
                verse: "By chance a certain priest was going down that way. When he saw him, he passed by on the other side.",
                reference: "Luke 10:31",
                picture: "A priest in fine robes walking quickly past a hurt man on the other side of a dusty road.",
                choices: &[
                    (
                        "Wonder why the priest didn't stop",
                        "Maybe the priest was in a hurry, or maybe he was scared. But the hurt man still needed help.",
                    ),
                    (
                        "Look through the hurt man's eyes",
                        "The hurt man saw someone coming and felt a little hope. Then the footsteps went away again.",
                    ),
                    (
                        "Think about a time it was hard to help",
                        "Sometimes helping feels hard, or we are busy. Jesus wants to give us kind hearts that stop and help.",
                    ),
                ],
            },
            Beat {
                text: "Then another man came by, a helper from the temple. He looked at the hurt man, but he also crossed to the other side and hurried away.",
                verse: "In the same way a Levite also, when he came to the place, and saw him, passed by on the other side.",
                reference: "Luke 10:32",
                picture: "A man in a long robe hurrying past on the far side of a rocky road, while a hurt man lies by the roadside.",
                choices: &[
                    ("Wonder how the hurt man felt now", "Two people had walked right past. The hurt man felt even sadder and more alone."),
                    ("Wonder what the temple helper was thinking", "Maybe he thought someone else would help. But no one else was there."),
                    (
                        "Hope that someone kind will come",
                        "Keep hoping! In Jesus' stories, there is often a surprise just around the corner.",
                    ),
                ],
            },
            Beat {
                text: "Next came a man from Samaria, riding a donkey. Samaritans and the hurt man's people did not get along at all. But when the Samaritan saw the hurt man, his heart filled with kindness, and he stopped.",
                verse: "But a certain Samaritan, as he traveled, came where he was. When he saw him, he was moved with compassion,",
                reference: "Luke 10:33",
                picture: "A kind man with a donkey kneeling beside a hurt man on a dusty road.",
                choices: &[
                    (
                        "Wonder why the Samaritan stopped",
                        "The Samaritan did not think, “He's not one of my people.” He only thought, “He needs help.”",
                    ),
                    (
                        "Kneel down beside the hurt man",
                        "The Samaritan knelt down and spoke gently. “Don't worry. I'm here. I will help you.”",
                    ),
                    ("Pat the patient donkey", "The donkey stood very still and waited. It seemed to know it had an important job to do."),
                ],
            },
            Beat {
                text: "The Samaritan cleaned the man's hurts and wrapped them in bandages. He lifted him onto his own donkey and took him to an inn, where he looked after him all night.",
                verse: "came to him, and bound up his wounds, pouring on oil and wine. He set him on his own animal, brought him to an inn, and took care of him.",
                reference: "Luke 10:34",
                picture: "A kind man leading a donkey carrying a bandaged man towards an inn with a warm light in the window.",
                choices: &[
                    (
                        "Walk beside the donkey to the inn",
                        "Slowly, carefully, they walked along the road. The Samaritan made sure the man did not fall.",
                    ),
                    ("Wonder how the hurt man felt at the inn", "The man felt safe at last. A stranger had become his friend."),
                    (
                        "Look through the innkeeper's eyes",
                        "The innkeeper opened the door and saw the Samaritan caring for the hurt man. What a kind stranger!",
                    ),
                ],
            },
            Beat {
                text: "In the morning the Samaritan paid the innkeeper to keep caring for the man. Jesus asked, “Which one was a good neighbour?” “The one who was kind,” the man answered. “Yes,” said Jesus. “Go and be kind like that too.”",
                verse: "He said, “He who showed mercy on him.” Then Jesus said to him, “Go and do likewise.”",
                reference: "Luke 10:37",
                picture: "Jesus in a white robe smiling and talking with a man by a tree, while in the distance a kind man with a donkey waves goodbye at an inn.",
                choices: &[],
            },
        ],
    },
    Story {
        title: "Jesus Feeds Five Thousand",
        hero: "Jesus",
        key: 4,
        names: &[
            "loaves",
            "fishes",
            "loaves and fishes",
            "five loaves",
            "two fish",
            "five thousand",
            "5000",
            "feeding the five thousand",
            "jesus",
            "feeds",
        ],
        themes: &["sharing", "share", "food", "lunch", "bread", "fish", "hungry", "picnic", "crowd", "basket", "eat", "enough", "generous"],
        beats: &[
            Beat {
                text: "Big crowds followed Jesus everywhere, because he was kind and he made sick people well. One day Jesus went up a grassy hill with his friends, and thousands of people came to be with him.",
                verse: "A great multitude followed him, because they saw his signs which he did on those who were sick.",
                reference: "John 6:2",
                picture: "A huge crowd of people and children walking up a green hill towards Jesus in a white robe and his friends beside a lake.",
                choices: &[
                    (
                        "Walk up the hill with the crowd",
                        "Up, up, up the grassy hill. So many people! Everyone wanted to be close to Jesus.",
                    ),
                    (
                        "Wonder why so many people came",
                        "People came because Jesus loved them. He listened, he helped, and he made them feel welcome.",
                    ),
                    (
                        "Look at the crowd through Jesus' eyes",
                        "Jesus looked at all the people and felt full of love for them, like a shepherd who loves his sheep.",
                    ),
                ],
            },
            Beat {
                text: "Jesus taught them all day. By evening everyone was very hungry. Jesus asked his friend Philip, “Where can we buy bread for all these people?” Philip had no idea. There were far too many people!",
                verse: "Jesus therefore lifting up his eyes, and seeing that a great multitude was coming to him, said to Philip, “Where are we to buy bread, that these may eat?”",
                reference: "John 6:5",
                picture: "Jesus in a white robe talking with his friend Philip on a hill, with a great hungry crowd sitting on the grass behind them.",
                choices: &[
                    (
                        "Wonder what Philip thought",
                        "Philip scratched his head. “Even lots and lots of money would not buy enough bread for everyone!”",
                    ),
                    (
                        "Feel the rumbly tummies in the crowd",
                        "Grumble, rumble! Tummies all over the hillside were rumbling. Nobody had brought enough food.",
                    ),
                    (
                        "Wonder if Jesus already had a plan",
                        "Jesus already knew what he was going to do. He wanted to see if his friends would trust him.",
                    ),
                ],
            },
            Beat {
                text: "Then Andrew found a boy who had a small lunch: five little loaves of bread and two small fish. The boy was willing to share it all. “But what is that among so many?” said Andrew.",
                verse: "“There is a boy here who has five barley loaves and two fish, but what are these among so many?”",
                reference: "John 6:9",
                picture: "A young boy holding out a small basket with five loaves of bread and two fish to Jesus in a white robe.",
                choices: &[
                    (
                        "Wonder how the boy felt sharing his lunch",
                        "The boy was hungry too. But he was happy to give his lunch to Jesus. A small gift, given with a big heart!",
                    ),
                    (
                        "Count the loaves and fish with Andrew",
                        "One, two, three, four, five little loaves. One, two small fish. Such a tiny lunch for such a big crowd!",
                    ),
                    (
                        "Look at the lunch through Jesus' eyes",
                        "Jesus smiled at the boy. He knew that a small gift in God's hands can become something very big.",
                    ),
                ],
            },
            Beat {
                text: "Jesus said, “Have everyone sit down.” So all the people sat down on the soft green grass, in groups, families together. There were about five thousand men, and lots of women and children too!",
                verse: "Jesus said, “Have the people sit down.” Now there was much grass in that place. So the men sat down, in number about five thousand.",
                reference: "John 6:10",
                picture: "Families sitting in groups on soft green grass on a hillside, waiting, with Jesus in a white robe standing in the middle.",
                choices: &[
                    (
                        "Sit on the soft grass with a family",
                        "The grass was soft and cool. Children wriggled and giggled, waiting to see what would happen.",
                    ),
                    (
                        "Wonder what the people were expecting",
                        "Everybody wondered: how could there be food for everyone? Nobody could guess!",
                    ),
                    (
                        "Help the disciples arrange the groups",
                        "“This family here, that family there!” The disciples busily helped everyone find a place to sit.",
                    ),
                ],
            },
            Beat {
                text: "Jesus took the five loaves and two fish and thanked God for them. Then he broke them into pieces and gave them to his friends to share. And the bread and fish kept coming and coming!",
                verse: "Jesus took the loaves; and having given thanks, he distributed to the disciples, and the disciples to those who were sitting down; likewise also of the fish as much as they desired.",
                reference: "John 6:11",
                picture: "Jesus in a white robe holding up bread and fish and giving thanks, while his friends pass baskets of bread to the families on the hill.",
                choices: &[
                    (
                        "Say thank you for food with Jesus",
                        "Jesus thanked God before they ate. We can say thank you for our food too, every time we eat.",
                    ),
                    (
                        "Pass the bread around with the disciples",
                        "Here you are! And here! And here! The baskets never seemed to get empty.",
                    ),
                    ("Wonder how the boy felt watching", "The boy's eyes grew wide. His little lunch was feeding everyone!"),
                ],
            },
            Beat {
                text: "Everyone ate until they were full. Then Jesus said to his friends, “Gather up the pieces left over, so nothing is wasted.”",
                verse: "When they were filled, he said to his disciples, “Gather up the broken pieces which are left over, that nothing be lost.”",
                reference: "John 6:12",
                picture: "Happy families finishing their meal on a green hill while Jesus in a white robe and his friends gather leftover bread into baskets.",
                choices: &[
                    ("Rub a full, happy tummy", "Mmm, so full! Nobody was hungry any more. Everyone had eaten as much as they wanted."),
                    (
                        "Gather up the leftovers with the disciples",
                        "Pick up a piece here, a piece there. The disciples filled basket after basket!",
                    ),
                    (
                        "Wonder what the crowd was saying",
                        "People were whispering and smiling: “Who is this man who can feed so many with so little?”",
                    ),
                ],
            },
            Beat {
                text: "The disciples filled twelve baskets with the leftovers! From one boy's small lunch, Jesus had fed thousands of people, with plenty to spare. When we share what we have with Jesus, he can do wonderful things with it.",
                verse: "So they gathered them up, and filled twelve baskets with broken pieces from the five barley loaves, which were left over by those who had eaten.",
                reference: "John 6:13",
                picture: "Twelve baskets full of bread on a green hill at sunset, with Jesus in a white robe, a smiling boy and happy families.",
                choices: &[],
            },
        ],
    },
    Story {
        title: "Zacchaeus Climbs a Tree",
        hero: "Zacchaeus",
        key: 2,
        names: &["zacchaeus", "zaccheus", "zachaeus", "tax collector", "sycamore"],
        themes: &["tree", "climb", "climbing", "short", "small", "change", "money", "see", "lonely", "welcome", "sorry", "tall"],
        beats: &[
            Beat {
                text: "In the town of Jericho lived a man named Zacchaeus. He collected money for the king, and he often took too much, so he was rich but nobody liked him. Zacchaeus was also very short.",
                verse: "There was a man named Zacchaeus. He was a chief tax collector, and he was rich.",
                reference: "Luke 19:2",
                picture: "A short man in a fine robe counting gold coins at a table in a busy town street.",
                choices: &[
                    (
                        "Wonder how Zacchaeus felt with no friends",
                        "Zacchaeus had lots of money, but he felt lonely inside. Money cannot buy a friend.",
                    ),
                    (
                        "Look at Zacchaeus through the townspeople's eyes",
                        "The townspeople frowned when he walked by. “There goes greedy Zacchaeus,” they muttered.",
                    ),
                    (
                        "Wonder if Zacchaeus wanted to change",
                        "Deep down, maybe Zacchaeus wished he could be different. He just didn't know how.",
                    ),
                ],
            },
            Beat {
                text: "One day Jesus came to Jericho, and a huge crowd lined the street. Zacchaeus wanted to see Jesus so much! But he was too short to see over all the people.",
                verse: "He was trying to see who Jesus was, and couldn’t because of the crowd, because he was short.",
                reference: "Luke 19:3",
                picture: "A short man jumping up and down behind a tall crowd lining a town street.",
                choices: &[
                    (
                        "Stand on tiptoe with Zacchaeus",
                        "Up on his tiptoes, jump, jump! All Zacchaeus could see was backs and elbows and heads.",
                    ),
                    (
                        "Wonder why he wanted to see Jesus so much",
                        "Zacchaeus had heard that Jesus was kind to everyone, even people like him. He just had to see him!",
                    ),
                    ("Think about a time you couldn't see", "It is no fun when you can't see. What would you do? Zacchaeus had an idea…"),
                ],
            },
            Beat {
                text: "So Zacchaeus ran ahead and climbed up a sycamore tree. From the branches he could see the whole street. Now he would see Jesus when he passed by!",
                verse: "He ran on ahead, and climbed up into a sycamore tree to see him, for he was going to pass that way.",
                reference: "Luke 19:4",
                picture: "A short man sitting on the branch of a big green tree above a crowded street.",
                choices: &[
                    (
                        "Climb up the tree with Zacchaeus",
                        "Hand over hand, foot over foot, up he went! The leaves tickled his nose as he found a good branch.",
                    ),
                    (
                        "Wonder how Zacchaeus felt up in the tree",
                        "Zacchaeus felt excited, and a little bit silly. A grown man up a tree! But he did not care.",
                    ),
                    (
                        "Look down at the crowd from the branches",
                        "From up high the crowd looked like a river of people, all moving towards the tree.",
                    ),
                ],
            },
            Beat {
                text: "When Jesus came to the tree, he stopped and looked right up at Zacchaeus. “Zacchaeus, come down quickly!” he said. “I am going to stay at your house today.”",
                verse: "When Jesus came to the place, he looked up and saw him, and said to him, “Zacchaeus, hurry and come down, for today I must stay at your house.”",
                reference: "Luke 19:5",
                picture: "Jesus in a white robe looking up and smiling at a short man sitting in a green tree.",
                choices: &[
                    (
                        "Wonder how Zacchaeus felt when Jesus said his name",
                        "Jesus knew his name! Zacchaeus almost fell out of the tree with surprise and joy.",
                    ),
                    (
                        "Look at Zacchaeus through Jesus' eyes",
                        "Jesus did not see a greedy man. He saw someone he loved, who needed a friend.",
                    ),
                    ("Hear the crowd go quiet", "The whole crowd went quiet. Jesus wanted to visit Zacchaeus, of all people?"),
                ],
            },
            Beat {
                text: "Zacchaeus scrambled down and happily welcomed Jesus into his home. But the people grumbled: “Why is Jesus going to the house of a man who does wrong things?”",
                verse: "When they saw it, they all murmured, saying, “He has gone in to lodge with a man who is a sinner.”",
                reference: "Luke 19:7",
                picture: "A happy short man welcoming Jesus in a white robe into his house, while grumbling people watch from the street.",
                choices: &[
                    (
                        "Hurry down the tree with Zacchaeus",
                        "Down, down, down he scrambled, and jumped to the ground with a thump and a big smile.",
                    ),
                    (
                        "Listen to the grumbling crowd",
                        "Grumble, mumble. The crowd did not understand. They thought Jesus should only visit good people.",
                    ),
                    (
                        "Wonder what Jesus and Zacchaeus talked about",
                        "Over dinner, they talked and talked. Zacchaeus felt Jesus' love, and his heart began to change.",
                    ),
                ],
            },
            Beat {
                text: "Zacchaeus stood up and said, “Lord, I will give half of everything I have to poor people. And if I took too much from anyone, I will pay them back four times as much!”",
                verse: "Zacchaeus stood and said to the Lord, “Behold, Lord, half of my goods I give to the poor. If I have wrongfully exacted anything of anyone, I restore four times as much.”",
                reference: "Luke 19:8",
                picture: "A short man giving bags of gold coins to poor families in a town street, smiling.",
                choices: &[
                    (
                        "Wonder how Zacchaeus' heart had changed",
                        "Being loved by Jesus changed Zacchaeus from the inside. Now he wanted to be generous and fair.",
                    ),
                    (
                        "Look through the eyes of the people he paid back",
                        "The people could hardly believe it. Zacchaeus was giving money back? With extra?",
                    ),
                    (
                        "Think about ways to make things right",
                        "When we do something wrong, we can say sorry and try to make it right, just like Zacchaeus.",
                    ),
                ],
            },
            Beat {
                text: "Jesus was so happy. “Today God's love has come to this house!” he said. “I came to look for people who are lost and to bring them home to God.” Zacchaeus was never lonely again.",
                verse: "For the Son of Man came to seek and to save that which was lost.”",
                reference: "Luke 19:10",
                picture: "Jesus in a white robe and a happy short man sharing a meal at a table with new friends, with a green tree outside the window.",
                choices: &[],
            },
        ],
    },
    Story {
        title: "Jesus Welcomes the Children",
        hero: "Jesus",
        key: 3,
        names: &[
            "jesus blesses the children",
            "blesses the children",
            "bless the children",
            "little children",
            "let the children come",
            "jesus and the children",
            "jesus",
        ],
        themes: &[
            "children", "child", "kid", "kids", "hug", "welcome", "bless", "blessing", "mother", "mum", "mom", "parent", "love", "belong",
        ],
        beats: &[
            Beat {
                text: "Jesus was travelling from town to town, and everywhere he went, crowds of people came to hear him. Jesus taught them about God's love.",
                verse: "He arose from there and came into the borders of Judea and beyond the Jordan. Multitudes came together to him again. As he usually did, he was again teaching them.",
                reference: "Mark 10:1",
                picture: "Jesus in a white robe teaching a crowd of grown-ups under a big tree near a river.",
                choices: &[
                    ("Listen to Jesus with the crowd", "Jesus' voice was kind and clear. He told everyone how much God loved them."),
                    (
                        "Wonder why everyone wanted to be near Jesus",
                        "Being near Jesus felt like being near sunshine. He was kind, and he made people feel loved.",
                    ),
                    (
                        "Look for the children in the crowd",
                        "At the back of the crowd, some children were peeking between the grown-ups' legs. They wanted to see Jesus too!",
                    ),
                ],
            },
            Beat {
                text: "Some mums and dads brought their children and babies to Jesus. They wanted Jesus to put his hands on them and bless them.",
                verse: "They were also bringing their babies to him, that he might touch them. But when the disciples saw it, they rebuked them.",
                reference: "Luke 18:15",
                picture: "Mothers and fathers carrying babies and leading little children along a path towards Jesus in a white robe.",
                choices: &[
                    (
                        "Walk with the children to see Jesus",
                        "Skip, hop, skip! The children held their parents' hands and hurried along, excited to meet Jesus.",
                    ),
                    (
                        "Wonder how the mums and dads felt",
                        "The parents loved their children so much. They wanted them to be blessed by Jesus.",
                    ),
                    (
                        "Carry a little baby with its mother",
                        "The baby gurgled and cooed in its mother's arms, looking at everything with big round eyes.",
                    ),
                ],
            },
            Beat {
                text: "But Jesus' friends, the disciples, stopped them. “Jesus is too busy for children,” they said. “Go away!” The children felt sad and small.",
                verse: "Then little children were brought to him, that he should lay his hands on them and pray; and the disciples rebuked them.",
                reference: "Matthew 19:13",
                picture: "Men in robes holding up their hands to stop a group of sad little children and their parents.",
                choices: &[
                    (
                        "Wonder how the children felt when they were sent away",
                        "The children's faces fell. They felt unwanted, as if they did not matter. Have you ever felt like that?",
                    ),
                    (
                        "Wonder why the disciples said no",
                        "The disciples thought Jesus only had time for grown-ups and important things. They were wrong!",
                    ),
                    ("Look at Jesus' face", "Jesus saw what was happening, and he did not look pleased at all."),
                ],
            },
            Beat {
                text: "Jesus called the children to him. “Let the little children come to me! Don't stop them. God's kingdom belongs to children like these.”",
                verse: "Jesus summoned them, saying, “Allow the little children to come to me, and don’t hinder them, for God’s Kingdom belongs to such as these.",
                reference: "Luke 18:16",
                picture: "Jesus in a white robe smiling and holding out his arms to a group of happy little children running towards him.",
                choices: &[
                    (
                        "Run to Jesus with the children",
                        "The children ran as fast as their little legs could go, straight into Jesus' open arms!",
                    ),
                    (
                        "Wonder how the disciples felt now",
                        "The disciples looked a bit embarrassed. They were learning that children matter very much to Jesus.",
                    ),
                    ("Feel how welcome the children were", "Welcome, welcome, welcome! Jesus had all the time in the world for them."),
                ],
            },
            Beat {
                text: "Then Jesus told the grown-ups something surprising: “You need to come to God like a little child: trusting and loving, like a child who runs to a parent.”",
                verse: "Most certainly I tell you, whoever will not receive God’s Kingdom like a little child, he will in no way enter into it.”",
                reference: "Mark 10:15",
                picture: "Jesus in a white robe sitting with a little child on his knee, talking to surprised grown-ups gathered around.",
                choices: &[
                    (
                        "Wonder what the grown-ups thought",
                        "The grown-ups were amazed. Learn from children? But Jesus meant it: a trusting heart is what God loves.",
                    ),
                    (
                        "Think about how children trust",
                        "Children trust the people who love them. Jesus wants us to trust God just like that.",
                    ),
                    (
                        "Smile with the child on Jesus' knee",
                        "The little child on Jesus' knee smiled a great big smile. Jesus was talking about her!",
                    ),
                ],
            },
            Beat {
                text: "Jesus gathered the children around him. He had time for every one: the big ones, the little ones, the shy ones and the noisy ones. They were all welcome.",
                verse: "But Jesus said, “Allow the little children, and don’t forbid them to come to me; for the Kingdom of Heaven belongs to ones like these.”",
                reference: "Matthew 19:14",
                picture: "Jesus in a white robe sitting under a tree surrounded by many happy children of all sizes, some sitting on his lap.",
                choices: &[
                    (
                        "Sit close to Jesus with the children",
                        "There was room for everyone. The children snuggled up close, and Jesus laughed with them.",
                    ),
                    (
                        "Wonder what the shy child felt",
                        "One shy little girl stood at the edge. Jesus smiled at her and held out his hand. She came closer.",
                    ),
                    (
                        "Imagine you were there too",
                        "Imagine sitting right there with Jesus. He would know your name and be so glad to see you.",
                    ),
                ],
            },
            Beat {
                text: "Jesus took the children in his arms, put his hands on them and blessed them. The children went home smiling, knowing that Jesus loved them very much. And Jesus loves you just the same.",
                verse: "He took them in his arms, and blessed them, laying his hands on them.",
                reference: "Mark 10:16",
                picture: "Jesus in a white robe hugging happy little children in a sunny meadow with flowers, while their parents smile.",
                choices: &[],
            },
        ],
    },
    Story {
        title: "The Son Who Came Home",
        hero: "the father",
        key: 5,
        names: &["prodigal", "prodigal son", "lost son", "two sons", "younger son", "son who came home"],
        themes: &[
            "father",
            "dad",
            "daddy",
            "son",
            "home",
            "forgive",
            "forgiveness",
            "sorry",
            "run away",
            "pig",
            "party",
            "hug",
            "come home",
            "mistake",
        ],
        beats: &[
            Beat {
                text: "Jesus told a story about a father who had two sons. The father loved them both very much. But the younger son wanted to leave home.",
                verse: "He said, “A certain man had two sons.",
                reference: "Luke 15:11",
                picture: "A kind father with a grey beard standing with his two sons outside their farmhouse among green fields.",
                choices: &[
                    (
                        "Wonder why the younger son wanted to leave",
                        "The younger son thought life would be more fun far away, with lots of money and no rules.",
                    ),
                    (
                        "Look at the sons through the father's eyes",
                        "The father looked at his two boys and loved them both with all his heart.",
                    ),
                    ("Wonder how the older son felt", "The older son worked hard on the farm every day. He liked things to be fair."),
                ],
            },
            Beat {
                text: "The younger son said, “Father, give me my share of your money now!” It made the father sad, but he gave it to him.",
                verse: "The younger of them said to his father, ‘Father, give me my share of your property.’ He divided his livelihood between them.",
                reference: "Luke 15:12",
                picture: "A sad father with a grey beard handing a bag of coins to his young son in a farmhouse.",
                choices: &[
                    ("Wonder how the father felt", "The father's heart hurt. But he let his son choose, because love does not force."),
                    (
                        "Wonder what the son planned to buy",
                        "Fine clothes! Big parties! The son had lots of plans, but none of them included his family.",
                    ),
                    ("Think about how we make choices", "Sometimes we make choices that are not wise. God still loves us, even then."),
                ],
            },
            Beat {
                text: "The son went far away to another country. He spent all his money on parties and fancy things, until it was all gone.",
                verse: "Not many days after, the younger son gathered all of this together and traveled into a far country. There he wasted his property with riotous living.",
                reference: "Luke 15:13",
                picture: "A young man in fancy clothes walking away down a long road towards a far-away city.",
                choices: &[
                    ("Wonder if the son missed home", "At first the son had fun. But late at night, sometimes he thought about home."),
                    (
                        "Look back at the father waiting at home",
                        "Every day the father looked down the road, hoping his son would come back.",
                    ),
                    ("Count the coins running out", "Ten coins, five coins, one coin… none! Soon the money was all gone."),
                ],
            },
            Beat {
                text: "Then there was no food in that country. The son was so hungry that he took a job feeding pigs. He was so hungry he even wanted to eat the pigs' food!",
                verse: "He went and joined himself to one of the citizens of that country, and he sent him into his fields to feed pigs.",
                reference: "Luke 15:15",
                picture: "A tired young man in old clothes sitting sadly in a muddy field with pigs.",
                choices: &[
                    (
                        "Wonder how the son felt among the pigs",
                        "The son felt hungry, dirty and very alone. All his fun friends had gone away.",
                    ),
                    ("Listen to the pigs oinking", "Oink, oink! The pigs were happy in the mud. But the son was not happy at all."),
                    ("Think about what the son should do", "What do you think the son should do? Maybe it was time to think about home."),
                ],
            },
            Beat {
                text: "At last the son thought, “At home, even my father's workers have plenty of food! I will go home and say sorry. Maybe my father will let me work for him.”",
                verse: "But when he came to himself he said, ‘How many hired servants of my father’s have bread enough to spare, and I’m dying with hunger!",
                reference: "Luke 15:17",
                picture: "A young man in old clothes standing up in a field with pigs, looking towards the road home.",
                choices: &[
                    (
                        "Practise saying sorry with the son",
                        "“Father, I'm sorry. I was wrong.” The son said the words over and over as he walked.",
                    ),
                    ("Wonder if the son was scared to go home", "He was scared. Would his father be cross? Would he send him away?"),
                    ("Start the long walk home", "Step by step, down the long, dusty road. Each step brought him closer to home."),
                ],
            },
            Beat {
                text: "But while the son was still far away, his father saw him coming! The father ran down the road, threw his arms around his son and kissed him.",
                verse: "“He arose, and came to his father. But while he was still far off, his father saw him, and was moved with compassion, and ran, and fell on his neck, and kissed him.",
                reference: "Luke 15:20",
                picture: "A father with a grey beard running down a road with open arms to hug his son in old clothes.",
                choices: &[
                    (
                        "Run down the road with the father",
                        "The father ran and ran, his robe flapping, his arms wide open. His son was home!",
                    ),
                    (
                        "Wonder how the son felt in his father's arms",
                        "The son had expected to be scolded. Instead he was hugged! He cried happy tears.",
                    ),
                    (
                        "Look through the eyes of the workers in the field",
                        "The workers stopped and stared. The father was running! Something wonderful was happening.",
                    ),
                ],
            },
            Beat {
                text: "“Bring the best robe, a ring and new sandals!” said the father. “Let's have a party! My son was lost, and now he is found!” Jesus told this story so we would know: God always welcomes us home with open arms.",
                verse: "for this, my son, was dead, and is alive again. He was lost, and is found.’ Then they began to celebrate.",
                reference: "Luke 15:24",
                picture: "A happy father putting a fine robe and a ring on his son at a big party with music, food and friends.",
                choices: &[],
            },
        ],
    },
];
