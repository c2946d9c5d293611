//! The prompt engineering for story models: tier content rules, the story so
//! far and the JSON shape of a scene. It lives in the host so that every
//! story plugin is a thin adapter around one provider.

use crate::plugin_host::{SceneHints, StoryCall, Turn};
use crate::store::{LengthChange, Scene, StoryId, and_list};
use crate::tier::TierConfig;

/// Largest answer we ask a model for.
const MAX_TOKENS: u32 = 2000;

/// JSON Schema of a scene, for providers with a structured-output mode.
pub const SCENE_SCHEMA: &str = r#"{"type":"object","additionalProperties":false,"required":["title","text","image_prompt","choices","is_ending"],"properties":{"title":{"type":"string"},"text":{"type":"string"},"image_prompt":{"type":"string"},"choices":{"type":"array","items":{"type":"string"},"maxItems":4},"is_ending":{"type":"boolean"}}}"#;

/// What the next scene continues from: the scenes so far (root first) and the
/// choice taken in the last of them.
pub struct Continuation<'a> {
    pub path: &'a [Scene],
    pub choice: &'a str,
    /// The family's last "Keep going" or "Wrap it up", if any.
    pub change: Option<LengthChange>,
}

/// What the family added to a story beyond its idea.
#[derive(Debug, Clone, Default)]
pub struct StoryExtras {
    /// How each of the story's characters reads (`family::describe`; memory
    /// mode), the main one first.
    pub cast: Vec<String>,
    /// Lines for the model: a profile's preferences, the family in family mode.
    pub notes: Vec<String>,
    /// Everyone the story is about, each once: the cast's names, then the
    /// family's in family mode (named in the idea for models that read only it).
    pub names: Vec<String>,
    /// A profile's themes and favourite things, added to the idea for models
    /// that read only the idea (the offline storyteller).
    pub also: Vec<String>,
    /// A bedtime story: the idea's note says so first (`bedtime::PREMISE_NOTE`).
    pub bedtime: bool,
}

/// The seed of story `story` passed in every story call's hints: the low 64
/// bits of the story's id (a random UUID), so it is fixed when the story
/// starts, the same for every scene and every branch of that story, and
/// differs between two stories from the same prompt.
pub fn story_seed(story: StoryId) -> u64 {
    story.key() as u64
}

/// Build the request for scene `number` of `target` of story `story`, with
/// `extras` (empty for a story without them).
pub fn story_request(
    tier: &TierConfig,
    story: StoryId,
    premise: &str,
    extras: &StoryExtras,
    target: u32,
    next: Option<Continuation<'_>>,
) -> StoryCall {
    let cast = extras.cast.as_slice();
    let mut system = format!(
        "You write an interactive choose-your-own-adventure story for the audience \"{name}\".\n\n\
         Content rules:\n{audience}{rules}\n\n\
         The story has exactly {target} scenes. Answer with only one JSON object, no other text:\n\
         {{\"title\": \"story title (the same in every scene)\", \"text\": \"the scene, paragraphs separated by a blank line\", \
         \"image_prompt\": \"one sentence describing the scene's picture: characters, place, light\", \
         \"choices\": [\"3 or 4 short choices for what happens next\"], \"is_ending\": false}}\n\
         The last scene (scene {target}) is the ending: it resolves the story warmly, has \"choices\": [] and \"is_ending\": true.",
        name = tier.name,
        rules = tier.content_guidelines,
        audience = match tier.audience.trim() {
            "" => String::new(),
            audience => format!("The audience is {}. ", audience.trim_end_matches('.')),
        },
    );
    if !cast.is_empty() {
        system.push_str(
            "\n\nThe story's characters (the first is the main character). Use their names, and describe them the same \
             way in every image_prompt so that every picture shows them alike:",
        );
        for line in cast {
            system.push_str("\n- ");
            system.push_str(line);
        }
    }
    for note in &extras.notes {
        system.push_str("\n\n");
        system.push_str(note);
    }
    // Models that only read the premise (the offline storyteller) still meet the cast, the family and the profile.
    let mut added: Vec<String> = extras.bedtime.then(|| super::bedtime::PREMISE_NOTE.to_string()).into_iter().collect();
    added.extend((!extras.names.is_empty()).then(|| format!("starring {}", and_list(&extras.names))));
    added.extend(extras.also.iter().map(|thing| format!("with {thing}")));
    let premise = match added.is_empty() {
        true => premise.to_string(),
        false => format!("{premise} ({})", added.join("; ")),
    };
    let premise = premise.as_str();
    let mut messages =
        vec![Turn { role: "user".into(), content: format!("Start a new story from this idea: {premise}\n\nWrite scene 1 of {target}.") }];
    let mut path_choices = Vec::new();
    let mut number = 1;
    if let Some(next) = &next {
        for (i, scene) in next.path.iter().enumerate() {
            messages.push(Turn { role: "assistant".into(), content: scene_as_json(scene) });
            // The choice taken in this scene leads to the next one on the path, or to the new scene.
            let taken = match next.path.get(i + 1) {
                Some(child) => scene.choices.iter().find(|c| Some(c.id) == child.via_choice).map(|c| c.text.clone()),
                None => Some(next.choice.to_string()),
            };
            let taken = taken.unwrap_or_default();
            path_choices.push(taken.clone());
            number = scene.number + 1;
            let ending = if number >= target { " This is the last scene: write the ending." } else { "" };
            // The length changed while playing: said with the request for the new scene.
            let change = match (next.path.get(i + 1), next.change) {
                (None, Some(LengthChange::KeepGoing)) => {
                    format!(" The family asked to keep going: the story now has {target} scenes, so do not wrap it up yet.")
                }
                (None, Some(LengthChange::WrapUp)) if number < target => {
                    format!(" The family asked to wrap the story up: lead towards the ending in scene {target}.")
                }
                _ => String::new(),
            };
            messages.push(Turn {
                role: "user".into(),
                content: format!("The reader chose: {taken}\n\nWrite scene {number} of {target}.{change}{ending}"),
            });
        }
    }
    StoryCall {
        system,
        messages,
        json_schema: SCENE_SCHEMA.to_string(),
        max_tokens: MAX_TOKENS,
        hints: SceneHints {
            premise: premise.to_string(),
            path: path_choices,
            scene_number: number,
            target_scenes: target,
            tier: tier.id.to_string(),
            seed: story_seed(story),
        },
    }
}

/// Ask again after an unusable answer.
pub fn repair(mut req: StoryCall, bad_answer: &str, problem: &str) -> StoryCall {
    let shown: String = bad_answer.chars().take(4000).collect();
    req.messages.push(Turn { role: "assistant".into(), content: shown });
    req.messages.push(Turn {
        role: "user".into(),
        content: format!("That answer could not be used: {problem}. Answer again with only the JSON object described in the instructions."),
    });
    req
}

fn scene_as_json(scene: &Scene) -> String {
    serde_json::json!({
        "text": scene.text,
        "image_prompt": scene.image_prompt,
        "choices": scene.choices.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(),
        "is_ending": scene.is_ending,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Choice, ChoiceId, ImageState, SceneId, StoryId};
    use crate::tier::TierId;

    fn scene(number: u32, via: Option<ChoiceId>, choices: &[(ChoiceId, &str)]) -> Scene {
        Scene {
            id: SceneId::new(),
            story_id: StoryId::new(),
            tier: TierId::parse("kids").unwrap(),
            parent: None,
            via_choice: via,
            number,
            text: format!("scene {number}"),
            image_prompt: "a picture".into(),
            choices: choices.iter().map(|(id, t)| Choice { id: *id, text: t.to_string(), child: None }).collect(),
            is_ending: false,
            image: ImageState::pending(),
            created_at: 0,
            video: None,
            look_reset: false,
            target: None,
            length_change: None,
        }
    }

    #[test]
    fn the_cast_is_told_to_the_model_and_named_in_the_premise() {
        let tier = crate::tier::builtin().remove(0);
        let cast = ["Mia: a brave girl (red hair)".to_string(), "Leo: her little brother".to_string()];
        let req = story_request(
            &tier,
            StoryId::new(),
            "a trip to the moon",
            &StoryExtras {
                cast: cast.to_vec(),
                notes: vec!["Tone: funny.".into()],
                names: vec!["Mia".into(), "Leo".into(), "Ana".into()],
                also: vec!["dinosaurs".into()],
                bedtime: false,
            },
            3,
            None,
        );
        assert!(req.system.contains("- Mia: a brave girl (red hair)\n- Leo: her little brother\n\nTone: funny."), "{}", req.system);
        assert_eq!(req.hints.premise, "a trip to the moon (starring Mia, Leo and Ana; with dinosaurs)");
        assert!(req.messages[0].content.contains("(starring Mia, Leo and Ana; with dinosaurs)"));
        let plain = story_request(&tier, StoryId::new(), "a trip to the moon", &StoryExtras::default(), 3, None);
        assert!(!plain.system.contains("The story's characters") && plain.hints.premise == "a trip to the moon");
        let bedtime = StoryExtras { names: vec!["Mia".into()], bedtime: true, ..StoryExtras::default() };
        let req = story_request(&tier, StoryId::new(), "a sleepy owl", &bedtime, 3, None);
        assert_eq!(req.hints.premise, "a sleepy owl (bedtime; starring Mia)", "the note comes first");
    }

    #[test]
    fn first_scene_carries_rules_and_premise() {
        let tier = crate::tier::builtin().remove(0);
        let req = story_request(&tier, StoryId::new(), "a bunny named Pip", &StoryExtras::default(), 3, None);
        assert!(req.system.contains(&tier.content_guidelines));
        assert!(req.system.contains("exactly 3 scenes"));
        assert_eq!(req.messages.len(), 1);
        assert!(req.messages[0].content.contains("a bunny named Pip"));
        assert_eq!((req.hints.scene_number, req.hints.target_scenes), (1, 3));
        assert!(req.hints.path.is_empty());
    }

    #[test]
    fn continuation_replays_the_path_and_asks_for_the_ending() {
        let tier = crate::tier::builtin().remove(0);
        let (a, b) = (ChoiceId::new(), ChoiceId::new());
        let first = scene(1, None, &[(a, "Open the door"), (ChoiceId::new(), "Run away")]);
        let second = scene(2, Some(a), &[(b, "Climb the tree")]);
        let path = [first, second];
        let req = story_request(
            &tier,
            StoryId::new(),
            "p",
            &StoryExtras::default(),
            3,
            Some(Continuation { path: &path, choice: "Climb the tree", change: None }),
        );
        assert_eq!(req.hints.path, ["Open the door", "Climb the tree"]);
        assert_eq!(req.hints.scene_number, 3);
        let last = &req.messages.last().unwrap().content;
        assert!(last.contains("Climb the tree") && last.contains("write the ending"));
        assert_eq!(req.messages.len(), 5);
    }

    #[test]
    fn keep_going_and_wrap_up_are_told_with_the_new_scene() {
        let tier = crate::tier::builtin().remove(0);
        let first = scene(1, None, &[(ChoiceId::new(), "Open the door")]);
        let path = [first];
        let ask = |change, target| {
            let next = Continuation { path: &path, choice: "Open the door", change };
            story_request(&tier, StoryId::new(), "p", &StoryExtras::default(), target, Some(next)).messages.last().unwrap().content.clone()
        };
        let more = ask(Some(LengthChange::KeepGoing), 6);
        assert!(more.contains("Write scene 2 of 6.") && more.contains("keep going") && more.contains("6 scenes"), "{more}");
        let wrap = ask(Some(LengthChange::WrapUp), 3);
        assert!(wrap.contains("Write scene 2 of 3.") && wrap.contains("wrap the story up") && wrap.contains("scene 3"), "{wrap}");
        let last = ask(Some(LengthChange::WrapUp), 2);
        assert!(last.contains("write the ending") && !last.contains("wrap the story up"), "{last}");
        assert!(!ask(None, 6).contains("keep going"));
    }

    #[test]
    fn the_seed_is_the_storys_own_for_every_scene_and_branch() {
        let tier = crate::tier::builtin().remove(0);
        let story = StoryId::new();
        let (left, right) = (ChoiceId::new(), ChoiceId::new());
        let first = scene(1, None, &[(left, "Go left"), (right, "Go right")]);
        let went_left = scene(2, Some(left), &[(ChoiceId::new(), "Climb")]);
        let start = story_request(&tier, story, "a fox", &StoryExtras::default(), 4, None);
        let one_path = [first.clone()];
        let branch_right = story_request(
            &tier,
            story,
            "a fox",
            &StoryExtras::default(),
            4,
            Some(Continuation { path: &one_path, choice: "Go right", change: None }),
        );
        let deeper_path = [first, went_left];
        let deeper_left = story_request(
            &tier,
            story,
            "a fox",
            &StoryExtras::default(),
            5,
            Some(Continuation { path: &deeper_path, choice: "Climb", change: Some(LengthChange::KeepGoing) }),
        );
        assert_eq!(start.hints.seed, story_seed(story));
        assert_eq!((branch_right.hints.seed, deeper_left.hints.seed), (start.hints.seed, start.hints.seed));
        assert_eq!((branch_right.hints.scene_number, deeper_left.hints.scene_number), (2, 3));
        // Another story from the very same prompt gets another seed.
        let other = story_request(&tier, StoryId::new(), "a fox", &StoryExtras::default(), 4, None);
        assert_ne!(other.hints.seed, start.hints.seed);
        // The seed is the low 64 bits of the id: stable across restarts, not a per-process hash.
        let fixed = StoryId::parse("0123456789abcdef-fedcba9876543210".replace('-', "").as_str()).unwrap();
        assert_eq!(story_seed(fixed), 0xfedc_ba98_7654_3210);
    }
}
