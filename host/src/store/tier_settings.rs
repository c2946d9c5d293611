//! A tier's settings record (`TierSettings`): what a parent switched in the
//! parent area, read with the tier's configured defaults when no parent
//! changed them yet, written whole.

use redb::ReadableDatabase;
use serde::{Deserialize, Serialize};

use super::{Money, Result, Store, codec, tables};
use crate::tier::{TierConfig, TierId};

/// A tier's settings, changed by a parent (`/parent/tiers/{tier}`); one
/// record per tier holds every switch. A tier without a record uses its
/// configuration's defaults ([`TierSettings::configured`]). Fields added
/// later read as their defaults from older records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TierSettings {
    /// Whether families may turn video mode on in this tier.
    pub video_allowed: bool,
    /// The story models offered in this tier.
    #[serde(default)]
    pub story: ModelOffer,
    /// The picture models offered in this tier.
    #[serde(default)]
    pub image: ModelOffer,
    /// The video models offered in this tier.
    #[serde(default)]
    pub video: ModelOffer,
    /// Whether the landing page (`/`) lists the tier; `None`: as configured (`TierConfig::listed`).
    #[serde(default)]
    pub listed: Option<bool>,
    /// What paid models may make for the tier each local day.
    #[serde(default)]
    pub budget: DailyBudget,
    /// Whether the start form offers bedtime stories (`story::bedtime`).
    #[serde(default = "offered")]
    pub bedtime_offered: bool,
}

fn offered() -> bool {
    true
}

/// Daily limits for models that need a key (they cost money), of a tier or
/// of a provider; the models that need none are never limited. `None`: no limit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DailyBudget {
    /// Story scenes written per day.
    #[serde(default)]
    pub story_scenes: Option<u32>,
    /// Pictures painted per day.
    #[serde(default)]
    pub pictures: Option<u32>,
    /// Seconds of video made per day.
    #[serde(default)]
    pub video_seconds: Option<u32>,
    /// Estimated spend per day, from the parent's price table (`Spending`).
    #[serde(default)]
    pub spend: Option<Money>,
}

impl TierSettings {
    /// The settings of a tier no parent changed: its configuration's.
    pub fn configured(tier: &TierConfig) -> Self {
        Self {
            video_allowed: tier.video_allowed,
            story: ModelOffer::default(),
            image: ModelOffer::default(),
            video: ModelOffer::default(),
            listed: None,
            budget: DailyBudget::default(),
            bedtime_offered: true,
        }
    }

    /// Whether the landing page lists the tier.
    pub fn is_listed(&self, tier: &TierConfig) -> bool {
        self.listed.unwrap_or(tier.listed)
    }
}

/// Which models of one kind a tier offers, and which the start form picks first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelOffer {
    /// Keys of the models offered; `None`: every available model of the kind, new ones included.
    #[serde(default)]
    pub only: Option<Vec<String>>,
    /// The model picked first; `None`: the tier's configured preference.
    #[serde(default)]
    pub default: Option<String>,
}

impl Store {
    /// The stored settings of `tier`, if a parent changed them.
    pub async fn tier_settings(&self, tier: TierId) -> Result<Option<TierSettings>> {
        self.run(move |db| {
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::TIER_SETTINGS)?;
            let value = table.get(tier.as_str())?;
            Ok(match value {
                Some(bytes) => Some(codec::decode(bytes.value())?),
                None => None,
            })
        })
        .await
    }

    /// The settings of `tier`: what a parent stored, else its configuration's.
    pub async fn settings_of(&self, tier: &TierConfig) -> Result<TierSettings> {
        Ok(self.tier_settings(tier.id.clone()).await?.unwrap_or_else(|| TierSettings::configured(tier)))
    }

    /// Store `settings` for `tier`, replacing what was there.
    pub async fn set_tier_settings(&self, tier: TierId, settings: TierSettings) -> Result<()> {
        self.run(move |db| {
            let bytes = codec::encode(&settings)?;
            let txn = db.begin_write()?;
            txn.open_table(tables::TIER_SETTINGS)?.insert(tier.as_str(), bytes.as_slice())?;
            txn.commit()?;
            Ok(())
        })
        .await
    }
}
