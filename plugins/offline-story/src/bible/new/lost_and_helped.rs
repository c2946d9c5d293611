//! The lost sheep; the good Samaritan.

use crate::bible::{Beat, Story};

/// The Lost Sheep.
pub const LOST_SHEEP: Story = Story {
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
};

/// The Good Samaritan.
pub const SAMARITAN: Story = Story {
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
                ("Say a little prayer for the hurt man", "“Please, God, send someone to help him.” Even in a story, it is good to care."),
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
                ("Hope that someone kind will come", "Keep hoping! In Jesus' stories, there is often a surprise just around the corner."),
            ],
        },
        Beat {
            text: "Next came a man from Samaria, riding a donkey. Samaritans and the hurt man's people did not get along at all. But when the Samaritan saw the hurt man, his heart filled with kindness, and he stopped.",
            verse: "But a certain Samaritan, as he traveled, came where he was.",
            reference: "Luke 10:33",
            picture: "A kind man with a donkey kneeling beside a hurt man on a dusty road.",
            choices: &[
                (
                    "Wonder why the Samaritan stopped",
                    "The Samaritan did not think, “He's not one of my people.” He only thought, “He needs help.”",
                ),
                ("Kneel down beside the hurt man", "The Samaritan knelt down and spoke gently. “Don't worry. I'm here. I will help you.”"),
                ("Pat the patient donkey", "The donkey stood very still and waited. It seemed to know it had an important job to do."),
            ],
        },
        Beat {
            text: "The Samaritan cleaned the man's hurts and wrapped them in bandages. He lifted him onto his own donkey and took him to an inn, where he looked after him until morning.",
            verse: "He set him on his own animal, brought him to an inn, and took care of him.",
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
};
