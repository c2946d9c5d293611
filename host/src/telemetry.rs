//! Logging: a `tracing` subscriber filtered by `RUST_LOG` (default: info for
//! Storyloom, warnings for wasmtime and the HTTP stack).

use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,wasmtime=warn,cranelift=warn,hyper=warn,reqwest=warn,tower_http=warn"));
    // A second init (tests) is harmless.
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_target(false).try_init();
}
