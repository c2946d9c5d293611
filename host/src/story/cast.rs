//! Who and what a story is told with beyond its idea: the cast (roster
//! characters ticked or from a profile, and in family mode the family's
//! linked characters), a profile's preferences and the family by name, kind
//! and age; and the tier's roster, profiles and family for the start form.

use super::bedtime;
use super::engine::StoryEngine;
use super::error::StoryError;
use super::prompt::StoryExtras;
use crate::family;
use crate::store::{Character, CharacterId, ProfileId};
use crate::tier::TierConfig;

/// Most roster characters in one story.
pub const MAX_CAST: usize = 6;

/// What `StoryEngine::extras` found.
pub(super) struct Told {
    pub cast: Vec<Character>,
    pub extras: StoryExtras,
    pub profile: Option<ProfileId>,
}

impl StoryEngine {
    /// What a story is told with beyond its idea. Memory mode: the cast (the
    /// ticked characters, else the profile's; then, in family mode, the
    /// family's linked characters) and the profile's preferences. Family
    /// mode: the family, by name, kind and age. Bedtime: its rules.
    pub(super) async fn extras(
        &self,
        tier: &TierConfig,
        memory_mode: bool,
        ticked: &[CharacterId],
        profile: Option<ProfileId>,
        family_mode: bool,
        bedtime: bool,
    ) -> Result<Told, StoryError> {
        let mut notes = Vec::new();
        if bedtime {
            notes.push(bedtime::RULES.to_string());
        }
        // Short words for models that read only the idea (the offline storyteller).
        let mut also: Vec<String> = Vec::new();
        let mut family_names: Vec<String> = Vec::new();
        let mut wanted: Vec<CharacterId> = Vec::new();
        let mut kept_profile = None;
        if memory_mode {
            wanted.extend_from_slice(ticked);
            if let Some(id) = profile
                && let Some(profile) = self.store.profile(tier.id.clone(), id).await?
            {
                if wanted.is_empty() {
                    wanted.extend_from_slice(&profile.characters);
                }
                let said: Vec<String> = [
                    ("Favourite themes", &profile.themes),
                    ("Tone", &profile.tone),
                    ("Favourite things to weave in", &profile.favourite_things),
                    ("Picture style", &profile.art_style),
                ]
                .iter()
                .filter(|(_, value)| !value.is_empty())
                .map(|(label, value)| format!("{label}: {value}."))
                .collect();
                if !said.is_empty() {
                    notes.push(format!("This family's preferences. {}", said.join(" ")));
                }
                also.extend([&profile.themes, &profile.favourite_things].into_iter().filter(|t| !t.is_empty()).cloned());
                kept_profile = Some(profile.id);
            }
        }
        if family_mode {
            let family = self.store.family(tier.id.clone()).await?;
            if !family.members.is_empty() {
                let members: Vec<String> = family.members.iter().map(|m| m.describe()).collect();
                notes.push(format!("Put this family in the story, as themselves: {}.", members.join(", ")));
                family_names.extend(family.members.iter().map(|m| m.name.clone()));
                if memory_mode {
                    wanted.extend(family.members.iter().filter_map(|m| m.character));
                }
            }
        }
        let cast = self.cast(tier, &wanted).await?;
        let mut names: Vec<String> = cast.iter().map(|c| c.name.clone()).collect();
        for name in family_names {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
                names.push(name);
            }
        }
        let extras = StoryExtras { cast: cast.iter().map(family::describe).collect(), notes, names, also, bedtime };
        Ok(Told { cast, extras, profile: kept_profile })
    }

    /// The tier's profiles, by name (for the start form).
    pub async fn profiles(&self, tier: &TierConfig) -> Result<Vec<crate::store::Profile>, StoryError> {
        Ok(self.store.profiles(tier.id.clone()).await?)
    }

    /// The tier's family as the start form names it ("Ana (a girl, 7)").
    pub async fn family(&self, tier: &TierConfig) -> Result<Vec<String>, StoryError> {
        Ok(self.store.family(tier.id.clone()).await?.members.iter().map(|m| m.describe()).collect())
    }

    /// The tier's roster, by name (for the start form).
    pub async fn roster(&self, tier: &TierConfig) -> Result<Vec<Character>, StoryError> {
        Ok(self.store.characters(tier.id.clone()).await?)
    }

    /// The roster characters of `tier` among `ids`, in that order, each once
    /// (at most [`MAX_CAST`]); ids of deleted or other tiers' characters are left out.
    pub async fn cast(&self, tier: &TierConfig, ids: &[CharacterId]) -> Result<Vec<Character>, StoryError> {
        let mut cast: Vec<Character> = Vec::new();
        for id in ids {
            if cast.len() >= MAX_CAST || cast.iter().any(|c| c.id == *id) {
                continue;
            }
            if let Some(character) = self.store.character(tier.id.clone(), *id).await? {
                cast.push(character);
            }
        }
        Ok(cast)
    }
}
