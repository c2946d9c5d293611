//! Signed-in parent sessions, in memory: a random 256-bit token (the cookie's
//! value) and when it was last used. A session ends after [`IDLE_LIMIT`]
//! without use, when the parent signs out, when the PIN changes, and when the
//! server restarts.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// A session unused for this long has ended (15 minutes).
pub const IDLE_LIMIT: Duration = Duration::from_secs(15 * 60);
/// Most sessions kept at once; opening one more ends the least recently used.
pub const MAX_SESSIONS: usize = 32;

/// The open sessions: token (64 hex digits) → last use.
#[derive(Debug, Default)]
pub struct Sessions {
    open: HashMap<String, Instant>,
}

impl Sessions {
    /// Open a session at `now`; returns its token.
    pub fn open(&mut self, now: Instant) -> String {
        self.open.retain(|_, last| now.saturating_duration_since(*last) < IDLE_LIMIT);
        if self.open.len() >= MAX_SESSIONS
            && let Some(oldest) = self.open.iter().min_by_key(|(_, last)| **last).map(|(token, _)| token.clone())
        {
            self.open.remove(&oldest);
        }
        let token = hex::encode(rand::random::<[u8; 32]>());
        self.open.insert(token.clone(), now);
        token
    }

    /// Whether `token` is an open session at `now`; an open one counts as used now.
    pub fn touch(&mut self, token: &str, now: Instant) -> bool {
        match self.open.get_mut(token) {
            Some(last) if now.saturating_duration_since(*last) < IDLE_LIMIT => {
                *last = now;
                true
            }
            Some(_) => {
                self.open.remove(token);
                false
            }
            None => false,
        }
    }

    pub fn close(&mut self, token: &str) {
        self.open.remove(token);
    }

    /// End every session (the PIN changed).
    pub fn close_all(&mut self) {
        self.open.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_lasts_while_used_and_ends_after_15_idle_minutes() {
        let start = Instant::now();
        let mut sessions = Sessions::default();
        let token = sessions.open(start);
        assert_eq!(token.len(), 64);
        assert!(sessions.touch(&token, start + Duration::from_secs(14 * 60)));
        assert!(sessions.touch(&token, start + Duration::from_secs(28 * 60)), "each use restarts the 15 minutes");
        assert!(!sessions.touch(&token, start + Duration::from_secs(43 * 60 + 1)));
        assert!(!sessions.touch(&token, start + Duration::from_secs(44 * 60)), "an ended session stays ended");
        assert!(!sessions.touch("", start) && !sessions.touch(&"0".repeat(64), start));
    }

    #[test]
    fn sign_out_pin_change_and_the_cap_end_sessions() {
        let now = Instant::now();
        let mut sessions = Sessions::default();
        let (a, b) = (sessions.open(now), sessions.open(now));
        assert_ne!(a, b);
        sessions.close(&a);
        assert!(!sessions.touch(&a, now) && sessions.touch(&b, now));
        sessions.close_all();
        assert!(!sessions.touch(&b, now));
        let first = sessions.open(now);
        for i in 1..=MAX_SESSIONS as u64 {
            sessions.open(now + Duration::from_millis(i));
        }
        assert!(!sessions.touch(&first, now), "the least recently used went when the cap was reached");
        assert_eq!(sessions.open.len(), MAX_SESSIONS);
    }
}
