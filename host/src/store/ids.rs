//! The ids of stored records: a newtype per record kind over a UUID, so a
//! scene id can never be passed where a story id is expected. Each serialises
//! exactly as the bare UUID it wraps, so stored records keep their shape.

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A new random (v4) id.
            pub fn new() -> Self {
                Self(Uuid::new_v4())
            }

            /// The id written in a URL or a form (hyphenated or simple UUID); `None` for anything else.
            pub fn parse(text: &str) -> Option<Self> {
                Uuid::try_parse(text.trim()).ok().map(Self)
            }

            /// The 32-hex-digit form, for file names.
            pub fn simple(self) -> impl fmt::Display {
                self.0.simple()
            }

            /// The key this id is stored under in redb (not every id is a table key).
            #[allow(dead_code)]
            pub(crate) fn key(self) -> u128 {
                self.0.as_u128()
            }

            /// The id stored under `key` (the inverse of `key`).
            #[allow(dead_code)]
            pub(crate) fn from_key(key: u128) -> Self {
                Self(Uuid::from_u128(key))
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }
    };
}

uuid_id!(
    /// A story: one premise, its tree of scenes, its models.
    StoryId
);
uuid_id!(
    /// A scene of a story.
    SceneId
);
uuid_id!(
    /// One choice offered by a scene.
    ChoiceId
);
uuid_id!(
    /// A stored picture (later a clip).
    MediaId
);
uuid_id!(
    /// A background job.
    JobId
);
uuid_id!(
    /// A character of a tier's roster.
    CharacterId
);
uuid_id!(
    /// A memory-mode profile of a tier.
    ProfileId
);
uuid_id!(
    /// A family photo (a character's, or one uploaded for a single story).
    PhotoId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_as_the_bare_uuid() {
        let id = SceneId::new();
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{id}\""));
        assert_eq!(serde_json::from_str::<SceneId>(&json).unwrap(), id);
        assert_eq!(SceneId::parse(&id.to_string()), Some(id));
        assert_eq!(SceneId::parse(&id.simple().to_string()), Some(id));
        assert_eq!(SceneId::parse("not-a-uuid"), None);
    }
}
