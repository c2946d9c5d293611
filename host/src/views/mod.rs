//! Page rendering: the handlebars registry (templates compiled into the
//! binary from `templates/`) and one view-model struct per page. Templates
//! hold no logic beyond loops and conditionals, and render in strict mode: a
//! field a template names but its view model lacks fails the render (and a test).
//! `text` turns a model's text into what a page shows: light formatting drawn
//! as HTML, everything else escaped (the only HTML a template takes unescaped).

mod characters;
mod pages;
mod parent;
pub mod text;
mod tree;

pub use characters::*;
pub use pages::*;
pub use parent::*;
pub use text::StoryHtml;
pub use tree::*;

use handlebars::Handlebars;
use serde::Serialize;

/// Templates compiled into the binary, so the server needs no files beside it.
const TEMPLATES: &[(&str, &str)] = &[
    ("home", include_str!("../../../templates/home.hbs")),
    ("scene", include_str!("../../../templates/scene.hbs")),
    ("gallery", include_str!("../../../templates/gallery.hbs")),
    ("reader", include_str!("../../../templates/reader.hbs")),
    ("error", include_str!("../../../templates/error.hbs")),
    ("landing", include_str!("../../../templates/landing.hbs")),
    ("parent_pin", include_str!("../../../templates/parent_pin.hbs")),
    ("parent_home", include_str!("../../../templates/parent_home.hbs")),
    ("parent_tier", include_str!("../../../templates/parent_tier.hbs")),
    ("parent_plugins", include_str!("../../../templates/parent_plugins.hbs")),
    ("parent_usage", include_str!("../../../templates/parent_usage.hbs")),
    ("parent_storage", include_str!("../../../templates/parent_storage.hbs")),
    ("parent_spending", include_str!("../../../templates/parent_spending.hbs")),
    ("parent_add_tier", include_str!("../../../templates/parent_add_tier.hbs")),
    ("parent_resend", include_str!("../../../templates/parent_resend.hbs")),
    ("characters", include_str!("../../../templates/characters.hbs")),
    ("character", include_str!("../../../templates/character.hbs")),
    ("profiles", include_str!("../../../templates/profiles.hbs")),
    ("family", include_str!("../../../templates/family.hbs")),
    ("tree", include_str!("../../../templates/tree.hbs")),
];

/// Blocks several pages share.
const PARTIALS: &[(&str, &str)] = &[
    ("layout", include_str!("../../../templates/layout.hbs")),
    ("scene_picture", include_str!("../../../templates/partials/scene_picture.hbs")),
    ("scene_video", include_str!("../../../templates/partials/scene_video.hbs")),
    ("model_names", include_str!("../../../templates/partials/model_names.hbs")),
    ("character_form", include_str!("../../../templates/partials/character_form.hbs")),
    ("tree_node", include_str!("../../../templates/partials/tree_node.hbs")),
    ("daily_limits", include_str!("../../../templates/partials/daily_limits.hbs")),
    ("tier_about", include_str!("../../../templates/partials/tier_about.hbs")),
];

/// The template registry; cheap to share behind an `Arc`.
pub struct Views {
    registry: Handlebars<'static>,
}

impl Views {
    pub fn new() -> anyhow::Result<Self> {
        let mut registry = Handlebars::new();
        // A field a template names but the view model lacks is an error, not an empty string.
        registry.set_strict_mode(true);
        for (name, source) in PARTIALS {
            registry.register_partial(name, *source)?;
        }
        for (name, source) in TEMPLATES {
            registry.register_template_string(name, *source)?;
        }
        Ok(Self { registry })
    }

    /// Render a page; a template error is an internal fault.
    pub fn render<T: Serialize>(&self, page: &str, data: &T) -> Result<String, handlebars::RenderError> {
        self.registry.render(page, data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_the_view_model_lacks_is_an_error_not_an_empty_page() {
        let views = Views::new().unwrap();
        // The error page names its tier and message; an empty model must not render as a blank page.
        assert!(views.render("error", &serde_json::json!({})).is_err());
    }
}
