//! Who a plugin may claim to be. Ids and model keys are unique (the first
//! plugin loaded keeps them, and the bundled plugins load first); the
//! "Built-in" group, the "(offline)" label and the bundled models' names
//! belong to the bundled plugins; every label is cleaned and length-capped.

use std::collections::{BTreeMap, BTreeSet};

use super::bundled::BUNDLED_GRANTS;
use super::labels::{MAX_DISPLAY_NAME, MAX_GROUP, MAX_VERSION, clean_label, reading};
use crate::plugin_host::bindings::wit_types::PluginInfo;

/// Readings (see [`reading`]) a dropped-in plugin's labels may not contain.
const RESERVED_WORDS: &[&str] = &["builtin", "offline", "storyloom"];

/// Ids, model keys and model names already taken, in load order.
#[derive(Debug, Default)]
pub struct Claims {
    /// Reading of a plugin id → which plugin holds it.
    ids: BTreeMap<String, String>,
    /// Reading of a model key → plugin id.
    model_keys: BTreeMap<String, String>,
    /// Readings of the bundled models' display names.
    bundled_names: BTreeSet<String>,
}

impl Claims {
    /// Check `info` against everything claimed so far and, when it may load,
    /// claim its id and model keys. The error says why it may not.
    pub fn claim(&mut self, info: &PluginInfo, bundled: bool, source: &str) -> Result<(), String> {
        // Ids and keys are compared as they read: `OpenAI` and `open.ai` are `openai`.
        if let Some(holder) = self.ids.get(&reading(&info.id)) {
            return Err(format!("its id `{}` is already taken by {holder}; a plugin cannot replace another", info.id));
        }
        if !bundled && BUNDLED_GRANTS.iter().any(|g| reading(g.plugin_id) == reading(&info.id)) {
            return Err(format!("its id `{}` reads as a bundled plugin's; a dropped-in plugin cannot replace it", info.id));
        }
        let mut keys = BTreeSet::new();
        for model in &info.models {
            if let Some(holder) = self.model_keys.get(&reading(&model.key)) {
                return Err(format!("its model key `{}` is already offered by the plugin {holder}", model.key));
            }
            if !keys.insert(reading(&model.key)) {
                return Err(format!("it offers the model key `{}` twice", model.key));
            }
            if !bundled {
                impersonation(&model.display_name, &model.provider_group, &self.bundled_names)?;
            }
        }
        if !bundled && RESERVED_WORDS.iter().any(|w| reading(&info.id).contains(w)) {
            return Err(format!("its id `{}` claims to be built in; only bundled plugins may", info.id));
        }
        let holder = if bundled { format!("the bundled plugin {}", info.id) } else { format!("{source} (plugin {})", info.id) };
        self.ids.insert(reading(&info.id), holder);
        for model in &info.models {
            self.model_keys.insert(reading(&model.key), info.id.clone());
            if bundled {
                let name = reading(&model.display_name);
                self.bundled_names.insert(name.replace("offline", ""));
                self.bundled_names.insert(name);
            }
        }
        Ok(())
    }
}

/// Refuse a dropped-in model that calls itself built-in or offline, or takes a bundled model's name.
fn impersonation(display_name: &str, group: &str, bundled_names: &BTreeSet<String>) -> Result<(), String> {
    for (what, text) in [("name", display_name), ("group", group)] {
        let read = reading(text);
        if let Some(word) = RESERVED_WORDS.iter().find(|w| read.contains(*w)) {
            return Err(format!(
                "its model {what} {:?} claims to be {}; only bundled plugins may",
                clean_label(text, MAX_DISPLAY_NAME),
                if *word == "offline" { "offline" } else { "built in" }
            ));
        }
    }
    if bundled_names.contains(&reading(display_name)) {
        return Err(format!("its model name {:?} is the name of a bundled model", clean_label(display_name, MAX_DISPLAY_NAME)));
    }
    Ok(())
}

/// The labels a plugin's models are shown with: cleaned and capped; a
/// dropped-in plugin's model names and group also carry its id, wherever they
/// are shown (pickers, scene pages, the reader), so a family can tell them
/// from the bundled models.
pub fn shown_labels(info: &PluginInfo, bundled: bool) -> Labels {
    let models = info
        .models
        .iter()
        .map(|m| {
            let name = clean_label(&m.display_name, MAX_DISPLAY_NAME);
            let group = clean_label(&m.provider_group, MAX_GROUP);
            let shown = match (bundled, group.is_empty()) {
                (true, _) => (name, group),
                (false, true) => (format!("{name} (plugin {})", info.id), format!("Plugin {}", info.id)),
                (false, false) => (format!("{name} (plugin {})", info.id), format!("{group} (plugin {})", info.id)),
            };
            (m.key.clone(), shown)
        })
        .collect();
    Labels { version: clean_label(&info.version, MAX_VERSION), models }
}

/// Cleaned labels of one plugin.
#[derive(Debug, Clone)]
pub struct Labels {
    pub version: String,
    /// Model key → (display name, provider group).
    pub models: BTreeMap<String, (String, String)>,
}
