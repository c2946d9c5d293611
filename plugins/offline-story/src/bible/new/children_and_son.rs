//! Jesus welcomes the children; the son who came home.

use crate::bible::{Beat, Story};

/// Jesus Welcomes the Children.
pub const CHILDREN: Story = Story {
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
                ("Wonder how the mums and dads felt", "The parents loved their children so much. They wanted them to be blessed by Jesus."),
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
                ("Think about how children trust", "Children trust the people who love them. Jesus wants us to trust God just like that."),
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
};

/// The Son Who Came Home.
pub const LOST_SON: Story = Story {
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
                ("Look at the sons through the father's eyes", "The father looked at his two boys and loved them both with all his heart."),
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
                ("Look back at the father waiting at home", "Every day the father looked down the road, hoping his son would come back."),
                ("Count the coins running out", "Ten coins, five coins, one coin… none! Soon the money was all gone."),
            ],
        },
        Beat {
            text: "Then there was no food in that country. The son was so hungry that he took a job feeding pigs. He was so hungry he even wanted to eat the pigs' food!",
            verse: "He went and joined himself to one of the citizens of that country, and he sent him into his fields to feed pigs.",
            reference: "Luke 15:15",
            picture: "A tired young man in old clothes sitting sadly in a muddy field with pigs.",
            choices: &[
                ("Wonder how the son felt among the pigs", "The son felt hungry, dirty and very alone. All his fun friends had gone away."),
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
                    "Look at the son through the father's eyes",
                    "The father did not see old clothes or a dirty face. He saw his own dear boy, home at last!",
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
            verse: "He was lost, and is found.’ Then they began to celebrate.",
            reference: "Luke 15:24",
            picture: "A happy father putting a fine robe and a ring on his son at a big party with music, food and friends.",
            choices: &[],
        },
    ],
};
