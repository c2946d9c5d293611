//! Host bindings for the plugin contract `storyloom:plugin@0.1.0` (`wit/0.1`).
//!
//! `bindgen!` generates the `Plugin` world, its pre-instantiated form and the
//! Rust types of every WIT record. The rest of the host uses these types
//! through `plugin_host`'s re-exports; a later contract version gets its own
//! module here, converted to the latest types (Zed's `since_vX` pattern).

wasmtime::component::bindgen!({
    world: "plugin",
    path: "../wit/0.1",
    imports: { default: async | trappable },
    exports: { default: async },
});

pub use storyloom::plugin::http as wit_http;
pub use storyloom::plugin::logging as wit_logging;
pub use storyloom::plugin::types as wit_types;
