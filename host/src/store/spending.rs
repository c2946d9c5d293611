//! The parent's spending settings (`Spending`, one record in
//! `tables::SPENDING`): an estimated price for each paid model and daily
//! limits per provider, across every tier. And `Money`, the amount type of
//! prices and spend caps.

use std::collections::BTreeMap;
use std::fmt;

use redb::ReadableDatabase;
use serde::{Deserialize, Serialize};

use super::{DailyBudget, Result, Store, codec, tables};

const SPENDING_KEY: &str = "spending";

/// An amount of money in ten-thousandths of the family's currency (so
/// `Money(400)` is 0.04), whichever currency the parent thinks in: Storyloom
/// only adds estimates up, it never pays anything.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Money(pub u64);

/// Digits kept after the decimal separator.
const DECIMALS: usize = 4;
const ONE: u64 = 10_000;
/// The largest amount a parent may type (a million).
const MAX_WHOLE: u64 = 1_000_000;

impl Money {
    /// The amount a parent typed: "0.04", "0,04", "2", ".5", with at most
    /// four decimals, from 0 to 1,000,000; `None` for anything else.
    pub fn parse(typed: &str) -> Option<Self> {
        let typed = typed.trim().replace(',', ".");
        let (whole, fraction) = typed.split_once('.').unwrap_or((&typed, ""));
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) || fraction.len() > DECIMALS {
            return None;
        }
        let whole: u64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
        let padded = format!("{fraction:0<DECIMALS$}");
        let fraction: u64 = padded.parse().ok()?;
        let amount = whole.checked_mul(ONE)?.checked_add(fraction)?;
        (amount <= MAX_WHOLE * ONE).then_some(Self(amount))
    }

    /// `self` times `units`, saturating.
    pub fn times(self, units: u64) -> Self {
        Self(self.0.saturating_mul(units))
    }
}

impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0))
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::default(), |a, b| a + b)
    }
}

/// At least two decimals, more only when they are not zero: "0.04", "2.00", "0.0125".
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fraction = format!("{:04}", self.0 % ONE);
        let fraction = fraction.trim_end_matches('0');
        write!(f, "{}.{fraction:0<2}", self.0 / ONE)
    }
}

/// What the parent set about money (`/parent/spending`). Fields added later
/// read as their defaults from older records.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spending {
    /// The estimated price of one thing a paid model makes (a story scene, a
    /// picture, a second of video), by model key. A model without a price
    /// counts as free in estimates.
    #[serde(default)]
    pub prices: BTreeMap<String, Money>,
    /// Daily limits for each provider (the id of the plugin that reaches it),
    /// counted across every tier.
    #[serde(default)]
    pub providers: BTreeMap<String, DailyBudget>,
}

impl Spending {
    /// The estimated price of one unit of `model` (zero when none is set).
    pub fn price_of(&self, model: &str) -> Money {
        self.prices.get(model).copied().unwrap_or_default()
    }
}

impl Store {
    /// The parent's spending settings (empty until a parent saves some).
    pub async fn spending(&self) -> Result<Spending> {
        self.run(|db| {
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::SPENDING)?;
            let value = table.get(SPENDING_KEY)?;
            Ok(match value {
                Some(bytes) => codec::decode(bytes.value())?,
                None => Spending::default(),
            })
        })
        .await
    }

    /// Store `spending`, replacing what was there.
    pub async fn set_spending(&self, spending: Spending) -> Result<()> {
        self.run(move |db| {
            let bytes = codec::encode(&spending)?;
            let txn = db.begin_write()?;
            txn.open_table(tables::SPENDING)?.insert(SPENDING_KEY, bytes.as_slice())?;
            txn.commit()?;
            Ok(())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_as_typed_and_written_back_plainly() {
        for (typed, amount, shown) in
            [("0.04", 400, "0.04"), ("0,04", 400, "0.04"), ("2", 20_000, "2.00"), (".5", 5_000, "0.50"), (" 0.0125 ", 125, "0.0125")]
        {
            let money = Money::parse(typed).unwrap_or_else(|| panic!("{typed:?} refused"));
            assert_eq!((money.0, money.to_string().as_str()), (amount, shown), "{typed:?}");
        }
        for bad in ["", ".", "-1", "1.23456", "1e3", "two", "1.2.3", "1000001", "99999999999999999999"] {
            assert_eq!(Money::parse(bad), None, "{bad:?}");
        }
        assert_eq!(Money(400).times(3) + Money(1), Money(1201));
    }
}
