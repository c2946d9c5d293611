//! Story settings the family picks: the length of a story.

use serde::{Deserialize, Serialize};

/// Story lengths offered on the home page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Length {
    Short,
    Medium,
    Long,
}

impl Length {
    pub const ALL: [Length; 3] = [Length::Short, Length::Medium, Length::Long];

    pub fn scenes(self) -> u32 {
        match self {
            Length::Short => 3,
            Length::Medium => 5,
            Length::Long => 7,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Length::Short => "short",
            Length::Medium => "medium",
            Length::Long => "long",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Length::Short => "Short",
            Length::Medium => "Medium",
            Length::Long => "Long",
        }
    }

    pub fn parse(s: &str) -> Option<Length> {
        Length::ALL.into_iter().find(|l| l.as_str() == s)
    }
}
