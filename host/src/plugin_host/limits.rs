//! The typed errors that say which limit stopped a plugin call, and the
//! memory limiter that raises one. The limits themselves are the operator's
//! (`config::limits`).

use std::time::Duration;

/// Interval of the engine's epoch ticker: how often a running guest's CPU time is checked.
pub const EPOCH_TICK: Duration = Duration::from_millis(10);

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
