//! Jesus feeds five thousand; Zacchaeus climbs a tree.

use crate::bible::{Beat, Story};

/// Jesus Feeds Five Thousand.
pub const FIVE_THOUSAND: Story = Story {
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
                    "Find a place on the hill with the crowd",
                    "Here, or there, or over there? So many people! Everyone wanted a spot close to Jesus.",
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
            picture: "A huge crowd of many families, about five thousand people, sitting in groups on soft green grass on a hillside, waiting, with Jesus in a white robe standing in the middle.",
            choices: &[
                (
                    "Sit on the soft grass with a family",
                    "The grass was soft and cool. Children wriggled and giggled, waiting to see what would happen.",
                ),
                ("Wonder what the people were expecting", "Everybody wondered: how could there be food for everyone? Nobody could guess!"),
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
            picture: "Jesus in a white robe holding up five loaves of bread and two fish and giving thanks, while his friends pass baskets of bread to the families on the hill.",
            choices: &[
                (
                    "Say thank you for food with Jesus",
                    "Jesus thanked God before they ate. We can say thank you for our food too, every time we eat.",
                ),
                ("Pass the bread around with the disciples", "Here you are! And here! And here! The baskets never seemed to get empty."),
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
            picture: "Twelve baskets full of bread on a green hill at sunset, with Jesus in a white robe, a smiling boy and a huge crowd of happy families.",
            choices: &[],
        },
    ],
};

/// Zacchaeus Climbs a Tree.
pub const ZACCHAEUS: Story = Story {
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
                    "Peek through the leaves with Zacchaeus",
                    "The leaves tickled his nose as he found a good branch. Now he could see the whole street!",
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
                ("Look at Zacchaeus through Jesus' eyes", "Jesus did not see a greedy man. He saw someone he loved, who needed a friend."),
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
                    "Set the table with Zacchaeus",
                    "Plates and cups, bread and fruit! Zacchaeus bustled about, getting everything ready for his very special guest.",
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
};
