//! The bindings wit-bindgen generates for `storyloom:plugin@0.3.0`. Plugin
//! authors never name this module: the crate root re-exports the types, and
//! [`crate::export_plugin!`] uses the export macro.

wit_bindgen::generate!({
    world: "plugin",
    path: "../../wit/0.3",
    pub_export_macro: true,
    export_macro_name: "__export_wit",
    default_bindings_module: "storyloom_plugin_sdk::wit",
    additional_derives: [PartialEq, Eq],
});
