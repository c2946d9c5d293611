//! Log lines through the host, written under the plugin's name. The host caps
//! how many lines and bytes one call may write; secrets never belong here.

use crate::wit::storyloom::plugin::logging::{self, Level};

/// Log `message` at `level` (a no-op outside a wasm32 build).
pub fn log(level: Level, message: &str) {
    #[cfg(target_arch = "wasm32")]
    logging::log(level, message);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (level, message);
}

pub fn info(message: &str) {
    log(Level::Info, message);
}

pub fn warn(message: &str) {
    log(Level::Warn, message);
}

pub fn debug(message: &str) {
    log(Level::Debug, message);
}

#[doc(hidden)]
pub use logging::Level as LogLevel;
