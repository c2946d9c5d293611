//! A tier's profiles and its family record. Like the roster, each write is
//! one transaction that checks the rules first (unique profile names, at
//! most 20 profiles).

use redb::{ReadableDatabase, ReadableTable};

use super::character_record::name_key;
use super::characters::{get_in_tier, in_tier};
use super::{
    Family, FamilyMember, FamilyRole, MAX_CHILDREN, MAX_PARENTS, MAX_PROFILES_PER_TIER, Profile, ProfileId, Result, Store, codec, tables,
};
use crate::tier::TierId;

/// What a profile save did; anything but `Saved` wrote nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileWrite {
    Saved,
    NameTaken,
    Full,
}

impl Store {
    /// The profiles of `tier`, by name.
    pub async fn profiles(&self, tier: TierId) -> Result<Vec<Profile>> {
        self.run(move |db| {
            let mut profiles: Vec<Profile> = in_tier(&db.begin_read()?.open_table(tables::PROFILES)?, &tier)?;
            profiles.sort_by_key(|p| name_key(&p.name));
            Ok(profiles)
        })
        .await
    }

    /// One profile of `tier` (`None` for another tier's).
    pub async fn profile(&self, tier: TierId, id: ProfileId) -> Result<Option<Profile>> {
        self.run(move |db| get_in_tier(&db.begin_read()?.open_table(tables::PROFILES)?, &tier, id.key())).await
    }

    /// Save a new or edited profile.
    pub async fn save_profile(&self, profile: Profile) -> Result<ProfileWrite> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut table = txn.open_table(tables::PROFILES)?;
                let existing: Vec<Profile> = in_tier(&table, &profile.tier)?;
                let key = name_key(&profile.name);
                if existing.iter().any(|p| p.id != profile.id && name_key(&p.name) == key) {
                    return Ok(ProfileWrite::NameTaken);
                }
                if !existing.iter().any(|p| p.id == profile.id) && existing.len() >= MAX_PROFILES_PER_TIER {
                    return Ok(ProfileWrite::Full);
                }
                table.insert((profile.tier.as_str(), profile.id.key()), codec::encode(&profile)?.as_slice())?;
            }
            txn.commit()?;
            Ok(ProfileWrite::Saved)
        })
        .await
    }

    /// Delete a profile of `tier`; `false` when there was none.
    pub async fn delete_profile(&self, tier: TierId, id: ProfileId) -> Result<bool> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let removed = txn.open_table(tables::PROFILES)?.remove((tier.as_str(), id.key()))?.is_some();
            txn.commit()?;
            Ok(removed)
        })
        .await
    }

    /// The family of `tier` (empty until one is saved).
    pub async fn family(&self, tier: TierId) -> Result<Family> {
        self.run(move |db| {
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::FAMILY)?;
            let value = table.get(tier.as_str())?;
            Ok(match value {
                Some(bytes) => codec::decode(bytes.value())?,
                None => Family::default(),
            })
        })
        .await
    }

    /// Add `member` (its id is given here) or replace the member with its id,
    /// checking the limits (6 children, 2 parents) in the same transaction.
    pub async fn save_family_member(&self, tier: TierId, member: FamilyMember) -> Result<FamilyWrite> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut table = txn.open_table(tables::FAMILY)?;
                let mut family: Family = match table.get(tier.as_str())? {
                    Some(bytes) => codec::decode(bytes.value())?,
                    None => Family::default(),
                };
                let mut member = member;
                let key = name_key(&member.name);
                if family.members.iter().any(|m| m.id != member.id && name_key(&m.name) == key) {
                    return Ok(FamilyWrite::NameTaken);
                }
                match family.members.iter_mut().find(|m| m.id == member.id && member.id != 0) {
                    Some(slot) => *slot = member,
                    None => {
                        member.id = family.members.iter().map(|m| m.id).max().unwrap_or(0) + 1;
                        family.members.push(member);
                    }
                }
                let children = family.members.iter().filter(|m| matches!(m.role, FamilyRole::Child { .. })).count();
                if children > MAX_CHILDREN {
                    return Ok(FamilyWrite::TooManyChildren);
                }
                if family.members.len() - children > MAX_PARENTS {
                    return Ok(FamilyWrite::TooManyParents);
                }
                table.insert(tier.as_str(), codec::encode(&family)?.as_slice())?;
            }
            txn.commit()?;
            Ok(FamilyWrite::Saved)
        })
        .await
    }

    /// Remove family member `id` of `tier`; `false` when there was none.
    pub async fn remove_family_member(&self, tier: TierId, id: u32) -> Result<bool> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let removed = {
                let mut table = txn.open_table(tables::FAMILY)?;
                let mut family: Family = match table.get(tier.as_str())? {
                    Some(bytes) => codec::decode(bytes.value())?,
                    None => return Ok(false),
                };
                let before = family.members.len();
                family.members.retain(|m| m.id != id);
                let removed = family.members.len() < before;
                table.insert(tier.as_str(), codec::encode(&family)?.as_slice())?;
                removed
            };
            txn.commit()?;
            Ok(removed)
        })
        .await
    }
}

/// What a family save did; anything but `Saved` wrote nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FamilyWrite {
    Saved,
    TooManyChildren,
    TooManyParents,
    /// Someone in the family has this name already.
    NameTaken,
}
