//! The wasmtime engine every plugin runs on: component model, pooling
//! allocator, epoch interruption with a background ticker.

use wasmtime::{Config, Enabled, Engine, InstanceAllocationStrategy, PoolingAllocationConfig};

use super::limits::EPOCH_TICK;

/// Upper bound on any one instance's linear memory, below every per-call limit's maximum.
const POOL_MAX_MEMORY: usize = 512 * 1024 * 1024;

/// Bytes of each pooled memory, table and stack reset in place after a call
/// rather than returned to the kernel.
const KEEP_RESIDENT: usize = 1024 * 1024;

/// Build the engine. `max_instances` bounds how many plugin calls can be live at once.
pub fn build(max_instances: u32) -> wasmtime::Result<Engine> {
    let mut pool = PoolingAllocationConfig::new();
    pool.total_component_instances(max_instances)
        .total_core_instances(max_instances * 4)
        .total_memories(max_instances * 2)
        .total_tables(max_instances * 4)
        .total_stacks(max_instances)
        .max_memory_size(POOL_MAX_MEMORY)
        // A finished call's memory, tables and stack are reset in place
        // (only the pages it touched, found with Linux's PAGEMAP_SCAN where
        // the kernel has it) instead of unmapped and faulted in again.
        .linear_memory_keep_resident(KEEP_RESIDENT)
        .table_keep_resident(KEEP_RESIDENT)
        .async_stack_keep_resident(KEEP_RESIDENT)
        .pagemap_scan(Enabled::Auto);

    let mut config = Config::new();
    config
        .wasm_component_model(true)
        // No plugin uses the component model's async ABI; with it on, every
        // instance and call pays for its scheduler (toolchain notes: +5 µs a call).
        .concurrency_support(false)
        .epoch_interruption(true)
        .allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
    let engine = Engine::new(&config)?;
    start_ticker(&engine);
    Ok(engine)
}

/// Advance the engine's epoch every tick, on a plain thread, until the engine is dropped.
fn start_ticker(engine: &Engine) {
    let engine = engine.weak();
    let spawned = std::thread::Builder::new().name("wasm-epoch".into()).spawn(move || {
        loop {
            std::thread::sleep(EPOCH_TICK);
            match engine.upgrade() {
                Some(engine) => engine.increment_epoch(),
                None => break,
            }
        }
    });
    if let Err(err) = spawned {
        tracing::error!(%err, "could not start the epoch ticker; plugin calls will hit their CPU deadline at once");
    }
}

/// A short, stable fingerprint of the engine settings that compiled artifacts depend on.
pub fn compatibility_key(engine: &Engine) -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}
