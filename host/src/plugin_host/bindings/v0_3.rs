//! Host bindings for the plugin contract `storyloom:plugin@0.3.0` (`wit/0.3`),
//! the latest version: its generated types are the host's own (re-exported by
//! `bindings` as `wit_types`, `wit_http`, `wit_logging`), and its `http` and
//! `logging` imports are implemented once, in `call.rs`. Older versions
//! convert to these at their edge (see `v0_1` and `v0_2`).

wasmtime::component::bindgen!({
    world: "plugin",
    path: "../wit/0.3",
    imports: { default: async | trappable },
    exports: { default: async },
    additional_derives: [PartialEq, Eq],
});
