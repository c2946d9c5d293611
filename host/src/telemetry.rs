//! Logging: a `tracing` subscriber filtered by `RUST_LOG`, written to stderr
//! (stdout is for what a command prints), with colour codes only when stderr
//! is a terminal.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

/// The server's default filter: info for Storyloom, warnings for wasmtime and the HTTP stack.
pub const SERVER_LOG: &str = "info,wasmtime=warn,cranelift=warn,hyper=warn,reqwest=warn,tower_http=warn";

/// Install the subscriber; `default_filter` applies when `RUST_LOG` is not set.
pub fn init(default_filter: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter));
    // A second init (tests) is harmless.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}
