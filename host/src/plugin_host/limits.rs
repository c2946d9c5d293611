//! How much CPU time and memory one plugin call may use, and the typed
//! errors that say which limit stopped it.

use std::time::Duration;

/// Interval of the engine's epoch ticker: how often a running guest's CPU time is checked.
pub const EPOCH_TICK: Duration = Duration::from_millis(10);

/// Limits for one kind of call.
#[derive(Debug, Clone, Copy)]
pub struct CallLimits {
    /// CPU time the call may use: the guest's wasm and the host work it causes
    /// (copying its arguments, checking its requests, writing its logs); waiting
    /// for the network is not counted.
    pub cpu: Duration,
    /// Wall-clock bound of the whole call, host I/O included.
    pub wall: Duration,
    /// Largest linear memory the guest may grow to, in bytes.
    pub memory_bytes: usize,
}

/// Per-kind limits; every plugin call runs under one of these.
#[derive(Debug, Clone, Copy)]
pub struct LimitsByKind {
    pub describe: CallLimits,
    pub story: CallLimits,
    pub image: CallLimits,
    pub video: CallLimits,
}

impl Default for LimitsByKind {
    fn default() -> Self {
        let mib = 1024 * 1024;
        Self {
            describe: CallLimits { cpu: Duration::from_secs(2), wall: Duration::from_secs(10), memory_bytes: 64 * mib },
            story: CallLimits { cpu: Duration::from_secs(5), wall: Duration::from_secs(180), memory_bytes: 128 * mib },
            image: CallLimits { cpu: Duration::from_secs(20), wall: Duration::from_secs(300), memory_bytes: 256 * mib },
            video: CallLimits { cpu: Duration::from_secs(60), wall: Duration::from_secs(300), memory_bytes: 512 * mib },
        }
    }
}

/// The guest ran wasm for longer than its CPU budget.
#[derive(Debug, thiserror::Error)]
#[error("CPU time limit of {limit:?} exceeded")]
pub struct CpuDeadlineExceeded {
    pub limit: Duration,
}

/// The guest tried to grow its memory past the limit.
#[derive(Debug, thiserror::Error)]
#[error("memory limit exceeded: wanted {wanted} bytes, limit {limit}")]
pub struct MemoryLimitExceeded {
    pub wanted: usize,
    pub limit: usize,
}

/// Memory and table limiter installed on every store; its error is typed so
/// that a memory overrun is reported as such, not as a guest panic.
pub struct Limiter {
    pub memory_bytes: usize,
}

impl wasmtime::ResourceLimiter for Limiter {
    fn memory_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        if desired > self.memory_bytes {
            return Err(wasmtime::Error::from(MemoryLimitExceeded { wanted: desired, limit: self.memory_bytes }));
        }
        Ok(true)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        Ok(desired <= 100_000)
    }
}
