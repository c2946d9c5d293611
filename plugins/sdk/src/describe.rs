//! Short constructors for the records a plugin's `describe` returns.

use crate::{Capabilities, Credential, HostRule, ModelInfo, ModelKind, PluginInfo, SettingDecl};

/// A model in a plugin's catalog: the key stored with every story, the name
/// a family sees, and the provider's own name for it (its API `model`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogModel {
    pub key: &'static str,
    pub display_name: &'static str,
    pub api_model: &'static str,
}

impl CatalogModel {
    /// This model, when `key` is its key.
    pub fn find(self, key: &str) -> Option<Self> {
        (key == self.key).then_some(self)
    }
}

/// An image model of `group`, taking no reference photos; add what it can with
/// the [`ModelInfo`] builder methods.
pub fn image_model(key: &str, display_name: &str, group: &str) -> ModelInfo {
    model(key, display_name, group, ModelKind::Image)
}

/// A story model of `group`.
pub fn story_model(key: &str, display_name: &str, group: &str) -> ModelInfo {
    model(key, display_name, group, ModelKind::Story)
}

/// A video model of `group`.
pub fn video_model(key: &str, display_name: &str, group: &str) -> ModelInfo {
    model(key, display_name, group, ModelKind::Video)
}

fn model(key: &str, display_name: &str, group: &str, kind: ModelKind) -> ModelInfo {
    ModelInfo {
        key: key.into(),
        display_name: display_name.into(),
        provider_group: group.into(),
        kind,
        credential: None,
        capabilities: Capabilities { max_reference_images: 0, input_fidelity: false, aspect_ratios: Vec::new() },
    }
}

impl ModelInfo {
    /// The model needs this credential (it is unavailable until the key is granted and set).
    pub fn needs(mut self, credential: &str) -> Self {
        self.credential = Some(credential.into());
        self
    }

    /// The model takes up to `n` reference photos.
    pub fn references(mut self, n: u32) -> Self {
        self.capabilities.max_reference_images = n;
        self
    }

    /// The model can keep faces close to the references.
    pub fn input_fidelity(mut self) -> Self {
        self.capabilities.input_fidelity = true;
        self
    }

    /// The aspect ratios the model accepts, e.g. `["1:1", "16:9"]`.
    pub fn aspect_ratios(mut self, ratios: &[&str]) -> Self {
        self.capabilities.aspect_ratios = ratios.iter().map(|r| r.to_string()).collect();
        self
    }
}

impl PluginInfo {
    /// A plugin with this id and version and nothing else yet.
    pub fn new(id: &str, version: &str) -> Self {
        Self {
            id: id.into(),
            version: version.into(),
            models: Vec::new(),
            credentials: Vec::new(),
            settings: Vec::new(),
            hosts: Vec::new(),
        }
    }

    pub fn model(mut self, model: ModelInfo) -> Self {
        self.models.push(model);
        self
    }

    /// A credential the host adds as `header: prefix + key` (e.g. `authorization`, `"Bearer "`).
    pub fn credential(mut self, name: &str, header: &str, prefix: &str) -> Self {
        self.credentials.push(Credential { name: name.into(), header: header.into(), prefix: prefix.into() });
        self
    }

    /// A setting the operator may set, with its default.
    pub fn setting(mut self, name: &str, default_value: &str) -> Self {
        self.settings.push(SettingDecl { name: name.into(), default_value: default_value.into() });
        self
    }

    /// A fixed origin the plugin may reach, e.g. `https://api.example.com`.
    pub fn host(mut self, origin: &str) -> Self {
        self.hosts.push(HostRule::Origin(origin.into()));
        self
    }

    /// The origin of a setting's value (a configurable base URL) may be reached.
    pub fn host_from_setting(mut self, setting: &str) -> Self {
        self.hosts.push(HostRule::FromSetting(setting.into()));
        self
    }
}

/// The aspect ratio to ask a model for: `requested` when `supported` has it,
/// else the supported one closest to it (or, when `requested` is not a ratio,
/// to `width`×`height`), compared on a log scale so 2:1 and 1:2 are equally far
/// from 1:1; `default` when nothing can be compared.
pub fn nearest_aspect_ratio(requested: &str, width: u32, height: u32, supported: &[&str], default: &str) -> String {
    let requested = requested.trim();
    if supported.contains(&requested) {
        return requested.to_string();
    }
    let wanted = parse_ratio(requested)
        .or_else(|| (width > 0 && height > 0).then(|| f64::from(width) / f64::from(height)))
        .filter(|r| r.is_finite() && *r > 0.0);
    let Some(wanted) = wanted else {
        return default.to_string();
    };
    let distance = |candidate: &&&str| parse_ratio(candidate).map_or(f64::INFINITY, |r| (r.ln() - wanted.ln()).abs());
    supported.iter().min_by(|a, b| distance(a).total_cmp(&distance(b))).map_or_else(|| default.to_string(), |r| r.to_string())
}

/// "16:9" → 1.777…
fn parse_ratio(text: &str) -> Option<f64> {
    let (w, h) = text.split_once(':')?;
    let (w, h): (f64, f64) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    (w > 0.0 && h > 0.0).then(|| w / h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builders_fill_the_records() {
        let info = PluginInfo::new("example", "1.0")
            .model(image_model("ex-image", "Example Pictures", "Example").needs("EX_KEY").references(2).aspect_ratios(&["1:1"]))
            .model(story_model("ex-story", "Example Tales", "Example"))
            .credential("EX_KEY", "authorization", "Bearer ")
            .setting("BASE_URL", "https://api.example.com/v1")
            .host_from_setting("BASE_URL");
        assert_eq!(info.models.len(), 2);
        assert_eq!(info.models[0].credential.as_deref(), Some("EX_KEY"));
        assert_eq!(info.models[0].capabilities.max_reference_images, 2);
        assert_eq!(info.models[1].kind, ModelKind::Story);
        assert_eq!(info.credentials[0].prefix, "Bearer ");
        assert!(matches!(&info.hosts[0], HostRule::FromSetting(s) if s == "BASE_URL"));
    }

    #[test]
    fn aspect_ratios_snap_to_the_nearest_supported() {
        let supported = ["1:1", "16:9", "9:16", "4:3"];
        assert_eq!(nearest_aspect_ratio("16:9", 0, 0, &supported, "1:1"), "16:9");
        assert_eq!(nearest_aspect_ratio("21:9", 0, 0, &supported, "1:1"), "16:9");
        assert_eq!(nearest_aspect_ratio("", 600, 1000, &supported, "1:1"), "9:16");
        assert_eq!(nearest_aspect_ratio("wide", 0, 0, &supported, "1:1"), "1:1");
    }
}
