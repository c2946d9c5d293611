//! Page rendering: the handlebars registry (templates compiled into the
//! binary from `templates/`) and one view-model struct per page. Templates
//! hold no logic beyond loops and conditionals, and render in strict mode: a
//! field a template names but its view model lacks fails the render (and a test).
//! A page's template renders its body; `layout.hbs` then puts the body in the
//! page's frame (title, header, footer) from three of the page's own fields.
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

use handlebars::{Context, Handlebars, RenderErrorReason};
use serde::Serialize;
use serde_json::Value;

/// Templates compiled into the binary, so the server needs no files beside it.
const TEMPLATES: &[(&str, &str)] = &[
    ("layout", include_str!("../../../templates/layout.hbs")),
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

    /// Render a page: its template, then the layout around it. The page's
    /// `title` (required), `tier` and `parent_area` fill the layout. A template
    /// error is an internal fault.
    ///
    /// The layout is rendered on its own rather than as a partial block around
    /// the page (`{{#> layout}}`): handlebars copies the whole context into a
    /// partial, and then copies every value a lookup inside it finds. A gallery
    /// page spent about a tenth of its time in those copies.
    pub fn render<T: Serialize>(&self, page: &str, data: &T) -> Result<String, handlebars::RenderError> {
        let context = Context::wraps(data)?;
        let body = self.registry.render_with_context(page, &context)?;
        let fields = context.data();
        let frame = Frame {
            title: fields.get("title").ok_or_else(|| RenderErrorReason::MissingVariable(Some("title".into())))?,
            tier: fields.get("tier").unwrap_or(&Value::Null),
            parent_area: fields.get("parent_area").and_then(Value::as_bool).unwrap_or(false),
            body,
        };
        self.registry.render("layout", &frame)
    }
}

/// What `layout.hbs` shows around a page's body.
#[derive(Serialize)]
struct Frame<'a> {
    title: &'a Value,
    /// The tier's header and look; null outside a tier.
    tier: &'a Value,
    /// The parent area's header and no "For parents" footer.
    parent_area: bool,
    /// The page's own HTML, rendered (and escaped) by its template.
    body: String,
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

    #[test]
    fn a_page_is_framed_by_the_layout_with_its_title_and_tier() {
        let views = Views::new().unwrap();
        let tier = serde_json::json!({
            "name": "Kids & Co", "theme": "theme-kids", "home_url": "/kids/", "gallery_url": "/kids/gallery",
            "characters_url": "/kids/characters", "characters_label": "Characters",
        });
        let page = serde_json::json!({
            "tier": tier, "title": "Oops <b>", "heading": "Lost", "status": 404, "message": "Not here",
            "detail": null, "retry": null, "back_url": "/kids/",
        });
        let html = views.render("error", &page).unwrap();
        assert!(html.starts_with("<!doctype html>"), "{html}");
        assert!(html.contains("<title>Oops &lt;b&gt; · Kids &amp; Co</title>"), "{html}");
        assert!(html.contains(r#"<body class="theme-kids">"#), "{html}");
        assert!(html.contains("Not here"), "the page's own body is inside the frame: {html}");
        assert!(html.contains("footer-parent"), "outside the parent area the footer links to it: {html}");
        assert!(!html.contains("&lt;main"), "the body is not escaped twice: {html}");

        let mut no_title = page.clone();
        no_title.as_object_mut().unwrap().remove("title");
        assert!(views.render("error", &no_title).is_err(), "a page with no title is an error");
    }
}
