//! The family steering a story while playing it: a choice they type
//! themselves, "Keep going" (three more scenes) and "Wrap it up" (the ending
//! two scenes from now), and "Back" to the previous choice point.

use super::engine::{MAX_PROMPT, StoryEngine};
use super::error::StoryError;
use super::flights::Flight;
use crate::store::{Choice, ChoiceId, LengthChange, Scene, SceneId, TakenChoice, fold_choice};
use crate::tier::TierConfig;

/// Scenes "Keep going" adds each time.
pub const KEEP_GOING_SCENES: u32 = 3;

/// The longest a story can grow with "Keep going", in scenes.
pub const MAX_TARGET_SCENES: u32 = 25;

/// "Wrap it up" puts the ending this many scenes after the current one.
pub const WRAP_UP_SCENES: u32 = 2;

/// Most choices one scene can have (the model's and the family's typed ones).
pub const MAX_CHOICES: usize = 12;

/// What a scene offers for steering its story's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LengthOffer {
    /// "Keep going" would stay within [`MAX_TARGET_SCENES`].
    pub keep_going: bool,
    /// "Wrap it up" would bring the ending closer.
    pub wrap_up: bool,
}

/// What `scene`, in a branch of `target` scenes ([`Scene::branch_target`]),
/// offers (nothing on an ending; no "Keep going" in a bedtime story).
pub fn length_offer(scene: &Scene, target: u32, bedtime: bool) -> LengthOffer {
    LengthOffer {
        keep_going: !scene.is_ending && !bedtime && target + KEEP_GOING_SCENES <= MAX_TARGET_SCENES,
        wrap_up: !scene.is_ending && scene.number + WRAP_UP_SCENES < target,
    }
}

impl StoryEngine {
    /// The family typed what happens next in `scene_id`: it becomes a choice
    /// of that scene like the model's own, and its scene is written (once,
    /// however many times it is sent while being written). Text matching an
    /// existing choice takes that choice.
    pub async fn custom_choice(&self, tier: &TierConfig, scene_id: SceneId, typed: &str) -> Result<SceneId, StoryError> {
        let text = typed.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return Err(StoryError::Invalid("Write what should happen next first — a few words are plenty.".into()));
        }
        if text.chars().count() > MAX_PROMPT {
            return Err(StoryError::Invalid(format!("That is a bit long: please keep it under {MAX_PROMPT} characters.")));
        }
        let folded = fold_choice(&text);
        if let Some(id) = self.same_choice(tier, scene_id, &folded).await? {
            return self.choose(tier, scene_id, id).await;
        }
        let boarding = self.flights.board(Flight::Typed(scene_id, folded.clone())).await;
        // Someone may have typed the same while this waited.
        if let Some(id) = self.same_choice(tier, scene_id, &folded).await? {
            drop(boarding);
            return self.choose(tier, scene_id, id).await;
        }
        let scene = self.scene_in(tier, scene_id).await?.ok_or(StoryError::NotFound)?;
        if scene.is_ending {
            return Err(StoryError::Invalid("This story has reached its ending. Go back to try another way.".into()));
        }
        if scene.choices.len() >= MAX_CHOICES {
            return Err(StoryError::Invalid("This scene has plenty of paths already: pick one of them.".into()));
        }
        let choice = Choice { id: ChoiceId::new(), text: text.clone(), child: None };
        let next = self.write_next(tier, &scene, &text, TakenChoice::Typed(choice)).await;
        drop(boarding);
        next
    }

    /// The choice of the scene whose text folds to `folded`, if any.
    async fn same_choice(&self, tier: &TierConfig, scene_id: SceneId, folded: &str) -> Result<Option<ChoiceId>, StoryError> {
        let scene = self.scene_in(tier, scene_id).await?.ok_or(StoryError::NotFound)?;
        Ok(scene.choices.iter().find(|c| fold_choice(&c.text) == folded).map(|c| c.id))
    }

    /// "Keep going" on `scene_id`: its branch gets [`KEEP_GOING_SCENES`] more
    /// scenes (up to [`MAX_TARGET_SCENES`]); the story model is told with the
    /// next scene. Other branches keep their own length.
    pub async fn keep_going(&self, tier: &TierConfig, scene_id: SceneId) -> Result<(), StoryError> {
        self.change_length(tier, scene_id, LengthChange::KeepGoing).await
    }

    /// "Wrap it up" on `scene_id`: the ending of its branch comes
    /// [`WRAP_UP_SCENES`] scenes after it (never later than it would have);
    /// the story model is told. Other branches keep their own length.
    pub async fn wrap_up(&self, tier: &TierConfig, scene_id: SceneId) -> Result<(), StoryError> {
        self.change_length(tier, scene_id, LengthChange::WrapUp).await
    }

    async fn change_length(&self, tier: &TierConfig, scene_id: SceneId, change: LengthChange) -> Result<(), StoryError> {
        let scene = self.scene_in(tier, scene_id).await?.ok_or(StoryError::NotFound)?;
        let story = self.story_in(tier, scene.story_id).await?.ok_or(StoryError::NotFound)?;
        let now = scene.branch_target(&story);
        let offer = length_offer(&scene, now, story.bedtime);
        let target = match change {
            LengthChange::KeepGoing if offer.keep_going => now + KEEP_GOING_SCENES,
            LengthChange::WrapUp if offer.wrap_up => scene.number + WRAP_UP_SCENES,
            // Pressed twice, or on a page from before: nothing to change.
            _ => return Ok(()),
        };
        tracing::info!(story = %story.id, scene = %scene.id, from = now, to = target, ?change, "branch length changed");
        self.store.set_branch_length(scene.id, target, change).await?;
        Ok(())
    }

    /// "Back" from `scene_id`: the previous choice point (its parent scene), or
    /// the scene itself when it is the first.
    pub async fn back_from(&self, tier: &TierConfig, scene_id: SceneId) -> Result<SceneId, StoryError> {
        let scene = self.scene_in(tier, scene_id).await?.ok_or(StoryError::NotFound)?;
        Ok(scene.parent.unwrap_or(scene.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{ImageState, StoryId};
    use crate::tier::TierId;

    fn scene(number: u32, is_ending: bool) -> Scene {
        Scene {
            id: SceneId::new(),
            story_id: StoryId::new(),
            tier: TierId::parse("kids").unwrap(),
            parent: None,
            via_choice: None,
            number,
            text: String::new(),
            image_prompt: String::new(),
            choices: Vec::new(),
            is_ending,
            image: ImageState::pending(),
            created_at: 0,
            video: None,
            look_reset: false,
            target: None,
            length_change: None,
        }
    }

    #[test]
    fn the_length_buttons_show_only_where_they_change_something() {
        let offer = |number, ending, target| length_offer(&scene(number, ending), target, false);
        assert_eq!(offer(1, false, 5), LengthOffer { keep_going: true, wrap_up: true });
        // The ending is already two scenes away: nothing to wrap up.
        assert_eq!(offer(3, false, 5), LengthOffer { keep_going: true, wrap_up: false });
        assert_eq!(offer(2, true, 2), LengthOffer { keep_going: false, wrap_up: false });
        // At the cap, no more "Keep going".
        assert!(!offer(1, false, MAX_TARGET_SCENES - 1).keep_going);
        assert!(offer(1, false, MAX_TARGET_SCENES - KEEP_GOING_SCENES).keep_going);
    }
}
