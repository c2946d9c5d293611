//! Page rendering: one view-model struct per page, each compiled with its
//! template from `templates/` by Askama (`#[derive(Template)]`, checked at
//! build time: a field a template names but its view model lacks does not
//! compile). Templates hold no logic beyond loops and conditionals.
//! Every page's template extends `layout.html`, the frame (title, header,
//! footer), which reads the page's `title` and its [`Page`] impl; the blocks
//! several pages share are macros in `templates/partials/`, and a story's tree
//! map is `TreeNodeView`'s own template, which draws the branches below a
//! node by rendering each child node.
//! Askama escapes every value for HTML. `text` turns a model's text into
//! what a page shows: light formatting drawn as HTML, everything else escaped
//! ([`StoryHtml`], the only HTML a template takes unescaped, with `|safe`).

mod characters;
mod home;
mod pages;
mod parent;
mod parent_money;
mod parent_plugins;
mod parent_storage;
pub mod text;
mod tree;

pub use characters::*;
pub use home::*;
pub use pages::*;
pub use parent::*;
pub use parent_money::*;
pub use parent_plugins::*;
pub use parent_storage::*;
pub use text::StoryHtml;
pub use tree::*;

/// A page: its template, and what the layout around it reads from it
/// besides its `title`.
pub trait Page: askama::Template {
    /// The tier's header and look; none outside a tier.
    fn frame_tier(&self) -> Option<&TierView>;

    /// The parent area's header, and no "For parents" footer.
    fn in_parent_area(&self) -> bool {
        false
    }

    /// The `<body>` class: the tier's theme, else the default look.
    fn theme(&self) -> &str {
        match self.frame_tier() {
            Some(tier) if !tier.theme.is_empty() => &tier.theme,
            _ => "theme-default",
        }
    }
}

/// Pages of a tier: its header and theme.
macro_rules! tier_pages {
    ($($page:ty),* $(,)?) => {$(
        impl Page for $page {
            fn frame_tier(&self) -> Option<&TierView> {
                Some(&self.tier)
            }
        }
    )*};
}

/// Pages of the parent area (their `parent_area` field).
macro_rules! parent_pages {
    ($($page:ty),* $(,)?) => {$(
        impl Page for $page {
            fn frame_tier(&self) -> Option<&TierView> {
                None
            }

            fn in_parent_area(&self) -> bool {
                self.parent_area
            }
        }
    )*};
}

tier_pages!(HomePage, ScenePage, GalleryPage, ReaderPage, TreePage, CharactersPage, CharacterPage, ProfilesPage, FamilyPage);
parent_pages!(
    ParentPinPage,
    ParentResendPage,
    ParentHomePage,
    ParentTierPage,
    ParentAddTierPage,
    ParentPluginsPage,
    ParentSpendingPage,
    ParentUsagePage,
    ParentStoragePage,
);

/// An error page has its tier's header when its address names a tier.
impl Page for ErrorPage {
    fn frame_tier(&self) -> Option<&TierView> {
        self.tier.as_ref()
    }
}

impl Page for LandingPage {
    fn frame_tier(&self) -> Option<&TierView> {
        None
    }
}

/// The pages, shared by the routes behind an `Arc` (Askama's templates are
/// compiled in, so there is nothing to load).
pub struct Views {
    _private: (),
}

impl Views {
    pub fn new() -> anyhow::Result<Self> {
        Ok(Self { _private: () })
    }

    /// Render a page: its template inside the layout. A template error (a
    /// value that fails to write) is an internal fault.
    pub fn render<P: Page>(&self, page: &P) -> Result<String, askama::Error> {
        page.render()
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_home;
#[cfg(test)]
mod tests_parent;
