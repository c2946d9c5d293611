//! The records of memory mode's other two lists: a tier's profiles (the
//! preferences a story can be told with) and its family (the children and
//! parents family mode puts in a story, each optionally linked to a roster
//! character whose photos then stand for them). Neither holds photos of its
//! own: photos belong to characters (or to one story).

use serde::{Deserialize, Serialize};

use super::ids::{CharacterId, ProfileId};
use super::records::Timestamp;
use crate::tier::TierId;

/// Most profiles in one tier.
pub const MAX_PROFILES_PER_TIER: usize = 20;
/// Most children in a tier's family.
pub const MAX_CHILDREN: usize = 6;
/// Most parents in a tier's family.
pub const MAX_PARENTS: usize = 2;

/// A memory-mode profile: how stories told with it should feel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub id: ProfileId,
    pub tier: TierId,
    /// Unique in its tier, compared without case or surrounding spaces.
    pub name: String,
    /// "dinosaurs, space, pirates".
    pub themes: String,
    /// "watercolour", "comic book" (added to every picture's style).
    pub art_style: String,
    /// "funny", "calm and cosy".
    pub tone: String,
    /// "our dog Biscuit, the red bike".
    pub favourite_things: String,
    /// Roster characters who belong to it (the cast when none is ticked on the start form).
    pub characters: Vec<CharacterId>,
    pub created_at: Timestamp,
}

/// A tier's family, as one record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Family {
    pub members: Vec<FamilyMember>,
}

/// One child or parent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FamilyMember {
    /// Stable within the family record (for edit and delete links).
    pub id: u32,
    pub name: String,
    pub role: FamilyRole,
    /// The roster character standing for them (its photos, in memory mode).
    pub character: Option<CharacterId>,
}

/// Child (with how they are described) or parent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "role")]
pub enum FamilyRole {
    Child { kind: ChildKind, age: u8 },
    Parent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChildKind {
    Girl,
    Boy,
    Other,
}

impl FamilyMember {
    /// How the member is told to a story model: "Ana (a girl, 7)", "Sam (a child, 4)", "Dad (a parent)".
    pub fn describe(&self) -> String {
        match &self.role {
            FamilyRole::Child { kind, age } => {
                let kind = match kind {
                    ChildKind::Girl => "a girl",
                    ChildKind::Boy => "a boy",
                    ChildKind::Other => "a child",
                };
                format!("{} ({kind}, {age})", self.name)
            }
            FamilyRole::Parent => format!("{} (a parent)", self.name),
        }
    }
}
