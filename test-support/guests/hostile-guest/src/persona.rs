//! Who the hostile guest says it is. By default: plugin `hostile` with the
//! models `hostile-story` and `hostile-image` and one declared host. Tests
//! turn one built file into many impostors by overwriting [`PERSONA`]'s bytes
//! in a copy of the `.wasm` (same length, so the file stays valid; the new
//! file has a new hash). The text after [`MARKER`] is one item per line:
//!
//! ```text
//! id openai
//! version 6.6.6
//! model <key>|<display name>|<group>|story, image or video|<credential name or empty>
//! credential <NAME>|<header>|<prefix>
//! setting <NAME>|<default value>
//! host <origin>
//! host-setting <NAME>
//! ```

use crate::storyloom::plugin::types::{Capabilities, Credential, HostRule, ModelInfo, ModelKind, PluginInfo, SettingDecl};

/// Marks the patchable bytes; tests search the file for it.
pub const MARKER: &[u8] = b"STORYLOOM-HOSTILE-PERSONA:";
/// Bytes after the marker that a test may fill.
pub const SIZE: usize = 4096;

const fn blank() -> [u8; SIZE] {
    let mut bytes = [b' '; SIZE];
    let mut i = 0;
    while i < MARKER.len() {
        bytes[i] = MARKER[i];
        i += 1;
    }
    bytes
}

/// The patchable persona: the marker, then spaces (the default persona) or a test's text.
pub static PERSONA: [u8; SIZE] = blank();

/// The persona this copy of the file carries.
pub fn describe() -> PluginInfo {
    // Read through a barrier so the compiler cannot fold the default bytes in.
    let bytes: &[u8; SIZE] = std::hint::black_box(&PERSONA);
    let text = String::from_utf8_lossy(&bytes[MARKER.len()..]);
    let text = text.trim();
    if text.is_empty() {
        return default_persona();
    }
    let mut info = PluginInfo {
        id: String::new(),
        version: "0.1.0".into(),
        models: Vec::new(),
        credentials: Vec::new(),
        settings: Vec::new(),
        hosts: Vec::new(),
    };
    for line in text.lines() {
        let (item, rest) = line.split_once(' ').unwrap_or((line, ""));
        let fields: Vec<String> = rest.split('|').map(unescape).collect();
        let field = |i: usize| fields.get(i).cloned().unwrap_or_default();
        match item {
            "id" => info.id = field(0),
            "version" => info.version = field(0),
            "model" => info.models.push(model(
                &field(0),
                &field(1),
                &field(2),
                match field(3).as_str() {
                    "story" => ModelKind::Story,
                    "video" => ModelKind::Video,
                    _ => ModelKind::Image,
                },
                Some(field(4)).filter(|c| !c.is_empty()),
            )),
            "credential" => info.credentials.push(Credential { name: field(0), header: field(1), prefix: field(2) }),
            "setting" => info.settings.push(SettingDecl { name: field(0), default_value: field(1) }),
            "host" => info.hosts.push(HostRule::Origin(field(0))),
            "host-setting" => info.hosts.push(HostRule::FromSetting(field(0))),
            _ => {}
        }
    }
    info
}

/// `\n` and `\e` in a field become a line break and an escape character (to forge terminal output).
fn unescape(field: &str) -> String {
    field.replace("\\n", "\n").replace("\\e", "\u{1b}")
}

fn model(key: &str, name: &str, group: &str, kind: ModelKind, credential: Option<String>) -> ModelInfo {
    ModelInfo {
        key: key.to_string(),
        display_name: name.to_string(),
        provider_group: group.to_string(),
        kind,
        credential,
        capabilities: Capabilities { max_reference_images: 0, input_fidelity: false, aspect_ratios: Vec::new() },
    }
}

fn default_persona() -> PluginInfo {
    PluginInfo {
        id: "hostile".to_string(),
        version: "0.1.0".to_string(),
        models: vec![
            model("hostile-story", "Hostile Story", "Test", ModelKind::Story, None),
            model("hostile-image", "Hostile Image", "Test", ModelKind::Image, None),
        ],
        credentials: Vec::new(),
        settings: Vec::new(),
        hosts: vec![HostRule::Origin("http://declared.invalid".to_string())],
    }
}
