//! What plugin calls may spend, as the operator configures it: CPU time,
//! wall-clock time and memory per kind of call, and how many calls may run at
//! once. `plugin_host` enforces them.

use std::time::Duration;

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

/// How many plugin calls may run at once.
#[derive(Debug, Clone, Copy)]
pub struct SlotLimits {
    /// Calls in flight per plugin; a plugin's further calls wait for one of its own slots.
    pub per_plugin: u32,
    /// Calls in flight across all dropped-in plugins together. The bundled
    /// plugins' slots are reserved for them, so they always get one.
    pub dropped_in_total: u32,
}

impl Default for SlotLimits {
    fn default() -> Self {
        Self { per_plugin: 8, dropped_in_total: 16 }
    }
}
