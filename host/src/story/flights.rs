//! One story call per choice: two taps (or two tablets) on the same choice
//! while its scene is being written queue behind one lock, and the second,
//! once it has the lock, finds the scene the first one stored instead of
//! paying for another call.
//!
//! A key's lock lives only while someone holds or waits for it, so the map
//! stays as small as the number of choices being written right now.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::OwnedMutexGuard;

use crate::store::{ChoiceId, SceneId};

#[cfg(doc)]
use crate::store::fold_choice;

/// What a story call is written for: a choice of a scene, or a typed choice
/// (its text folded with [`fold_choice`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Flight {
    Choice(SceneId, ChoiceId),
    Typed(SceneId, String),
}

/// The locks of the calls in flight, by key.
pub struct Flights<K> {
    locks: Arc<Mutex<HashMap<K, Arc<tokio::sync::Mutex<()>>>>>,
}

impl<K> Default for Flights<K> {
    fn default() -> Self {
        Self { locks: Arc::default() }
    }
}

impl<K> Clone for Flights<K> {
    fn clone(&self) -> Self {
        Self { locks: self.locks.clone() }
    }
}

/// Held while one call for its key runs; the next caller waits for its drop.
pub struct Boarding<K: Eq + Hash> {
    key: K,
    lock: Arc<tokio::sync::Mutex<()>>,
    guard: Option<OwnedMutexGuard<()>>,
    locks: Arc<Mutex<HashMap<K, Arc<tokio::sync::Mutex<()>>>>>,
}

impl<K: Clone + Eq + Hash> Flights<K> {
    /// Wait until no other call for `key` runs, then hold it until the returned guard drops.
    pub async fn board(&self, key: K) -> Boarding<K> {
        let lock = {
            let mut locks = self.locks.lock().unwrap_or_else(PoisonError::into_inner);
            locks.entry(key.clone()).or_default().clone()
        };
        let guard = lock.clone().lock_owned().await;
        Boarding { key, lock, guard: Some(guard), locks: self.locks.clone() }
    }

    /// Keys with a call running or waiting (for tests).
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.locks.lock().unwrap_or_else(PoisonError::into_inner).len()
    }

    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<K: Eq + Hash> Drop for Boarding<K> {
    fn drop(&mut self) {
        let mut locks = self.locks.lock().unwrap_or_else(PoisonError::into_inner);
        self.guard.take();
        // The map's and this guard's: nobody else waits, so the key goes.
        if Arc::strong_count(&self.lock) == 2 {
            locks.remove(&self.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn a_second_caller_waits_for_the_first_and_the_map_empties() {
        let flights: Flights<u32> = Flights::default();
        let calls = Arc::new(AtomicU32::new(0));
        let done = Arc::new(Mutex::new(false));
        let run = |flights: Flights<u32>, calls: Arc<AtomicU32>, done: Arc<Mutex<bool>>| async move {
            let _boarding = flights.board(7).await;
            // Like the engine: look first, call only when nobody stored the answer yet.
            if !*done.lock().unwrap() {
                calls.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(50)).await;
                *done.lock().unwrap() = true;
            }
        };
        let a = tokio::spawn(run(flights.clone(), calls.clone(), done.clone()));
        let b = tokio::spawn(run(flights.clone(), calls.clone(), done.clone()));
        a.await.unwrap();
        b.await.unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        assert!(flights.is_empty(), "no lock is kept once both are done");
    }

    #[tokio::test]
    async fn different_keys_do_not_wait_for_each_other() {
        let flights: Flights<u32> = Flights::default();
        let _one = flights.board(1).await;
        let two = tokio::time::timeout(Duration::from_secs(5), flights.board(2)).await;
        assert!(two.is_ok());
        assert_eq!(flights.len(), 2);
    }
}
