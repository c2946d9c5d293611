//! The parent area's gate: the parent PIN (stored only as an argon2id hash),
//! signed-in parent sessions that end after 15 idle minutes, and the growing
//! wait after wrong PINs. The HTTP side (cookie, pages, the guard on every
//! parent route) is `routes::parent`; this folder knows no axum.

mod pin;
mod sessions;
mod throttle;

use std::net::IpAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::Semaphore;

pub use pin::{MAX_PIN_CHARS, MIN_PIN_CHARS, PinRefusal, check_new_pin, hash_pin, verify_pin};
pub use sessions::IDLE_LIMIT;
pub use throttle::{FREE_TRIES, MAX_WAIT};

use crate::store::{Store, StoreError};
use sessions::Sessions;
use throttle::{Device, Throttle};

/// PIN hashes computed at once (each takes 19 MiB for a few tens of milliseconds).
const HASHING_AT_ONCE: usize = 2;

/// Faults behind the gate: never the parent's mistake.
#[derive(Debug, thiserror::Error)]
pub enum GateError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("hashing the PIN: {0}")]
    Hash(String),
}

impl From<GateError> for crate::error::AppError {
    fn from(err: GateError) -> Self {
        crate::error::AppError::Internal(err.to_string())
    }
}

/// What a sign-in try came to.
#[derive(Debug)]
pub enum SignIn {
    /// The PIN was right: a new session with this token.
    Open(String),
    /// The PIN was wrong; the next try from this device must wait this long (zero while tries are free).
    Wrong { wait: Duration },
    /// Too many wrong PINs from this device: nothing was checked; try again after this long.
    Wait(Duration),
    /// No PIN is set yet.
    NoPin,
}

/// What setting a PIN came to.
#[derive(Debug)]
pub enum NewPin {
    /// Stored; every earlier session ended and this new one is open.
    Set(String),
    Refused(PinRefusal),
    /// A first PIN was asked for, but one is set already (another device was quicker).
    AlreadySet,
    /// Too many wrong PINs from this device: the current PIN was not checked; try again after this long.
    Wait(Duration),
}

/// The gate, shared by every request (cheap to clone).
#[derive(Clone)]
pub struct ParentGate {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    sessions: Mutex<Sessions>,
    throttle: Mutex<Throttle>,
    hashing: Semaphore,
}

fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl ParentGate {
    /// `first_wait`: the wait after the first try past the free ones (1 s in the server).
    pub fn new(store: Store, first_wait: Duration) -> Self {
        let inner = Inner {
            store,
            sessions: Mutex::new(Sessions::default()),
            throttle: Mutex::new(Throttle::new(first_wait)),
            hashing: Semaphore::new(HASHING_AT_ONCE),
        };
        Self { inner: Arc::new(inner) }
    }

    pub async fn has_pin(&self) -> Result<bool, GateError> {
        Ok(self.inner.store.parent_pin_hash().await?.is_some())
    }

    /// Check `pin` from the device at `ip`, waiting first when it tried wrong PINs too often.
    pub async fn sign_in(&self, ip: IpAddr, pin: &str) -> Result<SignIn, GateError> {
        let Some(stored) = self.inner.store.parent_pin_hash().await? else { return Ok(SignIn::NoPin) };
        let device = Device::from(ip);
        let wait_if_wrong = match locked(&self.inner.throttle).start(device, Instant::now()) {
            Ok(wait) => wait,
            Err(wait) => {
                tracing::warn!(%ip, wait_s = wait.as_secs_f32(), "parent sign-in refused: too many wrong PINs");
                return Ok(SignIn::Wait(wait));
            }
        };
        let pin = pin.to_string();
        let right = self.blocking(move || Ok(verify_pin(&pin, &stored))).await?;
        if right {
            locked(&self.inner.throttle).right(device);
            return Ok(SignIn::Open(locked(&self.inner.sessions).open(Instant::now())));
        }
        tracing::warn!(%ip, "wrong parent PIN");
        Ok(SignIn::Wrong { wait: wait_if_wrong })
    }

    /// Set the first PIN (none is set yet).
    pub async fn first_pin(&self, pin: &str, again: &str) -> Result<NewPin, GateError> {
        self.set_pin(pin, again, true).await
    }

    /// Replace the PIN (the caller checked the parent is signed in), when
    /// `current` is the PIN now: a tablet left signed in does not let a
    /// child lock the parent out. A wrong `current` counts as a wrong PIN
    /// from the device at `ip` (the same waits as signing in).
    pub async fn change_pin(&self, ip: IpAddr, current: &str, pin: &str, again: &str) -> Result<NewPin, GateError> {
        if let Err(refusal) = check_new_pin(pin, again) {
            return Ok(NewPin::Refused(refusal));
        }
        match self.sign_in(ip, current).await? {
            SignIn::Open(token) => self.sign_out(&token),
            SignIn::Wrong { .. } => return Ok(NewPin::Refused(PinRefusal::WrongCurrent)),
            SignIn::Wait(wait) => return Ok(NewPin::Wait(wait)),
            SignIn::NoPin => {}
        }
        self.set_pin(pin, again, false).await
    }

    async fn set_pin(&self, pin: &str, again: &str, first: bool) -> Result<NewPin, GateError> {
        if let Err(refusal) = check_new_pin(pin, again) {
            return Ok(NewPin::Refused(refusal));
        }
        let pin = pin.to_string();
        let phc = self.blocking(move || hash_pin(&pin).map_err(|e| GateError::Hash(e.to_string()))).await?;
        if !self.inner.store.set_parent_pin_hash(phc, first).await? {
            return Ok(NewPin::AlreadySet);
        }
        tracing::info!(first, "parent PIN set");
        let mut sessions = locked(&self.inner.sessions);
        sessions.close_all();
        Ok(NewPin::Set(sessions.open(Instant::now())))
    }

    /// Whether `token` is a signed-in session; using it restarts its 15 minutes.
    pub fn is_signed_in(&self, token: &str) -> bool {
        locked(&self.inner.sessions).touch(token, Instant::now())
    }

    pub fn sign_out(&self, token: &str) {
        locked(&self.inner.sessions).close(token);
    }

    /// Run slow PIN hashing on a blocking thread, at most [`HASHING_AT_ONCE`] at a time.
    async fn blocking<T: Send + 'static>(&self, work: impl FnOnce() -> Result<T, GateError> + Send + 'static) -> Result<T, GateError> {
        let _permit = self.inner.hashing.acquire().await.map_err(|e| GateError::Hash(e.to_string()))?;
        tokio::task::spawn_blocking(work).await.map_err(|e| GateError::Hash(e.to_string()))?
    }
}
