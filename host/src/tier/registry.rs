//! `Tiers`: every tier the server has: the built-in ones, those of the
//! operator's tiers file, and those a parent added in the parent area, which
//! a parent may also change while the server runs. Cheap to clone; every
//! clone sees the same tiers, so a tier added in the parent area is served
//! at once, by the pages and the job workers alike.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, PoisonError, RwLock};

use super::builtin::builtin;
use super::{TierConfig, TierId};

/// The tiers at one moment.
#[derive(Debug, Default)]
struct Snapshot {
    tiers: BTreeMap<TierId, TierConfig>,
    /// The ids of the tiers a parent added (their rules and style are theirs to change).
    added: BTreeSet<TierId>,
}

/// All tiers, by id.
#[derive(Debug, Clone)]
pub struct Tiers(Arc<RwLock<Arc<Snapshot>>>);

/// Why a tier could not be added: its id is taken.
#[derive(Debug, thiserror::Error)]
#[error("a tier with the id {0} exists already")]
pub struct TierTaken(pub TierId);

impl Tiers {
    /// Exactly `tiers` (at least one).
    pub fn new(tiers: impl IntoIterator<Item = TierConfig>) -> anyhow::Result<Self> {
        let tiers: BTreeMap<TierId, TierConfig> = tiers.into_iter().map(|tier| (tier.id.clone(), tier)).collect();
        anyhow::ensure!(!tiers.is_empty(), "at least one tier must be configured");
        Ok(Self::from_snapshot(Snapshot { tiers, added: BTreeSet::new() }))
    }

    /// The built-in tiers plus those in `extra` (which may replace them).
    pub fn with_builtin(extra: Vec<TierConfig>) -> anyhow::Result<Self> {
        Self::new(builtin().into_iter().chain(extra))
    }

    fn from_snapshot(snapshot: Snapshot) -> Self {
        Self(Arc::new(RwLock::new(Arc::new(snapshot))))
    }

    fn now(&self) -> Arc<Snapshot> {
        Arc::clone(&self.0.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// A new set of tiers, not shared with this one: these, and the tiers a
    /// parent added (`added`, from the store). An added tier whose id a
    /// configured tier took meanwhile is left out, with a warning.
    pub fn with_added(&self, added: Vec<TierConfig>) -> Self {
        let now = self.now();
        let mut snapshot = Snapshot { tiers: now.tiers.clone(), added: now.added.clone() };
        for tier in added {
            if snapshot.tiers.contains_key(&tier.id) && !snapshot.added.contains(&tier.id) {
                tracing::warn!(tier = %tier.id, "a tier added in the parent area has the id of a configured tier; the configured one is served");
                continue;
            }
            snapshot.added.insert(tier.id.clone());
            snapshot.tiers.insert(tier.id.clone(), tier);
        }
        Self::from_snapshot(snapshot)
    }

    /// The tier with this id (any string: an unknown or malformed one is `None`).
    pub fn get(&self, id: &str) -> Option<TierConfig> {
        self.now().tiers.get(&TierId::parse(id)?).cloned()
    }

    /// Every tier, by id.
    pub fn all(&self) -> Vec<TierConfig> {
        self.now().tiers.values().cloned().collect()
    }

    /// Whether a parent added this tier (so may change its rules and style).
    pub fn is_added(&self, id: &TierId) -> bool {
        self.now().added.contains(id)
    }

    /// Add a tier a parent made; refused when its id is taken.
    pub fn add(&self, tier: TierConfig) -> Result<(), TierTaken> {
        let mut guard = self.0.write().unwrap_or_else(PoisonError::into_inner);
        if guard.tiers.contains_key(&tier.id) {
            return Err(TierTaken(tier.id));
        }
        let mut next = Snapshot { tiers: guard.tiers.clone(), added: guard.added.clone() };
        next.added.insert(tier.id.clone());
        next.tiers.insert(tier.id.clone(), tier);
        *guard = Arc::new(next);
        Ok(())
    }

    /// Replace a tier a parent added with `tier` (same id); `false`, and
    /// nothing changed, when no added tier has its id.
    pub fn update(&self, tier: TierConfig) -> bool {
        let mut guard = self.0.write().unwrap_or_else(PoisonError::into_inner);
        if !guard.added.contains(&tier.id) {
            return false;
        }
        let mut next = Snapshot { tiers: guard.tiers.clone(), added: guard.added.clone() };
        next.tiers.insert(tier.id.clone(), tier);
        *guard = Arc::new(next);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(id: &str, name: &str) -> TierConfig {
        let json = format!(r#"{{"id": "{id}", "name": "{name}", "content_guidelines": "Be kind.", "image_style": "soft"}}"#);
        serde_json::from_str(&json).unwrap()
    }

    #[test]
    fn added_tiers_are_seen_by_every_clone_and_only_they_change() {
        let configured = Tiers::with_builtin(Vec::new()).unwrap();
        let tiers = configured.with_added(vec![tier("teens", "Teens"), tier("kids", "Not kids")]);
        assert_eq!(tiers.get("kids").unwrap().name, "Kids Adventures", "a configured tier wins");
        assert!(tiers.is_added(&TierId::parse("teens").unwrap()) && !tiers.is_added(&TierId::parse("kids").unwrap()));
        assert!(configured.get("teens").is_none(), "a new set, not shared");

        let clone = tiers.clone();
        tiers.add(tier("nature", "Nature")).unwrap();
        assert_eq!(clone.get("nature").unwrap().name, "Nature");
        assert!(tiers.add(tier("bible", "Mine")).is_err());
        assert!(tiers.update(tier("teens", "Older ones")));
        assert_eq!(clone.get("teens").unwrap().name, "Older ones");
        assert!(!tiers.update(tier("kids", "Mine")), "a built-in tier is not changed");
        assert_eq!(tiers.all().iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["bible", "kids", "nature", "teens"]);
    }
}
