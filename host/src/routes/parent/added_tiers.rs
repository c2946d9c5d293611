//! Tiers a parent adds: `GET /parent/add-tier` (the form), `POST
//! /parent/add-tier` (→ 303 to the new tier's settings page; it is served at
//! once, no restart), and `POST /parent/tiers/{tier}/about`, which changes an
//! added tier's name, audience, content rules, picture style and look (the
//! built-in tiers and those of the tiers file are not changed here). Stored in
//! the store (`added_tiers`) and in the shared `Tiers`.

use std::sync::Arc;

use axum::Extension;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::super::csrf::{self, CsrfKey};
use super::super::upload::UploadForm;
use super::super::urls;
use super::{limits, tiers};
use crate::error::AppError;
use crate::store::Store;
use crate::story::StoryEngine;
use crate::tier::{Tier, TierConfig, TierId, Tiers, builtin};
use crate::views::{ParentAddTierPage, ThemeChoiceView, TierAboutView, Views};

/// The form's address.
pub const ADD_TIER: &str = "/parent/add-tier";

/// Where the tier page's "about" form and its messages are.
const ABOUT_ANCHOR: &str = "about";

/// The looks a tier may have: (CSS theme, words).
const LOOKS: [(&str, &str); 3] = [("theme-kids", "Bright and playful"), ("theme-bible", "Warm and calm"), ("theme-default", "Plain")];

const SUGGESTED_RULES: &str = "Use words the audience knows and short paragraphs. Keep tension gentle: no violence, horror, \
    romance or mature themes. Characters are kind and helpful. Every ending is warm and hopeful. Write 2 or 3 short paragraphs per scene.";
const SUGGESTED_STYLE: &str = "bright, colourful children's book illustration, friendly, soft shapes, nothing scary";

/// The longest name, audience, rules and style, in characters.
const MAX_NAME: usize = 60;
const MAX_AUDIENCE: usize = 200;
const MAX_RULES: usize = 4000;
const MAX_STYLE: usize = 1000;

/// What a tier is, as a parent wrote it.
struct About {
    name: String,
    audience: String,
    rules: String,
    style: String,
    theme: String,
}

fn looks(theme: &str) -> Vec<ThemeChoiceView> {
    LOOKS.iter().map(|(t, label)| ThemeChoiceView { theme: (*t).into(), label: (*label).into(), checked: *t == theme }).collect()
}

fn about_view(about: &About, form: crate::views::FormAction, message: Option<String>, saved: bool) -> TierAboutView {
    TierAboutView {
        name: about.name.clone(),
        audience: about.audience.clone(),
        rules: about.rules.clone(),
        style: about.style.clone(),
        looks: looks(&about.theme),
        form,
        message,
        saved,
    }
}

/// The "about" form of `tier` when a parent added it (else `None`: its rules are read only).
pub fn about_of(tiers: &Tiers, tier: &TierConfig, key: &CsrfKey, saved: bool) -> Option<TierAboutView> {
    tiers.is_added(&tier.id).then(|| {
        let about = About {
            name: tier.name.clone(),
            audience: tier.audience.clone(),
            rules: tier.content_guidelines.clone(),
            style: tier.image_style.clone(),
            theme: tier.theme.clone(),
        };
        about_view(&about, csrf::form_at(key, about_url(&tier.id), ABOUT_ANCHOR), None, saved)
    })
}

fn about_url(tier: &TierId) -> String {
    format!("{}/about", urls::parent_tier(tier))
}

/// Text of field `name` as typed, trimmed, control characters but line breaks dropped.
fn typed(form: &UploadForm, name: &str) -> String {
    let text = form.text(name).unwrap_or_default();
    text.replace("\r\n", "\n").chars().filter(|c| !c.is_control() || *c == '\n').collect::<String>().trim().to_string()
}

/// The about boxes as posted (kept when refused), and what is wrong with them.
fn read_about(form: &UploadForm) -> (About, Option<String>) {
    let posted_look = typed(form, "look");
    let about = About {
        name: typed(form, "name").replace('\n', " "),
        audience: typed(form, "audience").replace('\n', " "),
        rules: typed(form, "rules"),
        style: typed(form, "style"),
        theme: LOOKS.iter().find(|(t, _)| *t == posted_look).map_or("theme-default", |(t, _)| t).to_string(),
    };
    let long = |text: &str, max: usize| text.chars().count() > max;
    let problem = if about.name.is_empty() || long(&about.name, MAX_NAME) {
        Some(format!("Give the place a name of up to {MAX_NAME} letters."))
    } else if long(&about.audience, MAX_AUDIENCE) {
        Some(format!("Say who the stories are for in up to {MAX_AUDIENCE} letters."))
    } else if about.rules.is_empty() || long(&about.rules, MAX_RULES) {
        Some(format!("Write the content rules (up to {MAX_RULES} letters): the story models follow them in every scene."))
    } else if about.style.is_empty() || long(&about.style, MAX_STYLE) {
        Some(format!("Write a picture style (up to {MAX_STYLE} letters), for example \u{201c}soft watercolour\u{201d}."))
    } else {
        None
    };
    (about, problem.map(|p| format!("{p} Nothing was saved.")))
}

/// An address made from a tier's name: "Big Kids' Stories" → "big-kids-stories".
fn address_from(name: &str) -> String {
    let mut address = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            address.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_') && !address.ends_with('-') && !address.is_empty() {
            address.push('-');
        }
    }
    address.truncate(32);
    address.trim_end_matches('-').to_string()
}

/// An address as typed, in the form addresses take: "Big Kids" → "big-kids",
/// "/BigKids2/" → "bigkids2"; anything but letters, digits, spaces, `-` and
/// `_` is kept, for the check to refuse.
fn address_typed(typed: &str) -> String {
    let simple = typed.chars().all(|c| c.is_ascii_alphanumeric() || c.is_whitespace() || c == '-' || c == '_');
    let trimmed = typed.trim().trim_matches('/');
    if simple { address_from(trimmed) } else { trimmed.to_lowercase() }
}

/// The new tier's id from the form, or why it cannot be one.
fn read_id(form: &UploadForm, name: &str, tiers: &Tiers) -> Result<TierId, String> {
    let typed = address_typed(&typed(form, "id"));
    let address = if typed.is_empty() { address_from(name) } else { typed };
    if address.is_empty() {
        return Err("Write an address for the place: small letters, digits and \u{201c}-\u{201d}. Nothing was saved.".into());
    }
    let id = TierId::parse(&address).ok_or_else(|| match address.as_str() {
        "parent" | "static" => {
            format!("\u{201c}{address}\u{201d} is used by the server itself; choose another address. Nothing was saved.")
        }
        _ => format!(
            "The address \u{201c}{address}\u{201d} may have only small letters, digits and \u{201c}-\u{201d}, up to 32. Nothing was saved."
        ),
    })?;
    match tiers.get(id.as_str()) {
        Some(taken) => Err(format!("There is already a place at /{id}/ ({}); choose another address. Nothing was saved.", taken.name)),
        None => Ok(id),
    }
}

/// Why `name` cannot be the name of tier `id` (a new one: `None`): another tier has it.
fn name_taken(tiers: &Tiers, name: &str, id: Option<&TierId>) -> Option<String> {
    let other = tiers.all().into_iter().find(|t| Some(&t.id) != id && t.name.trim().eq_ignore_ascii_case(name.trim()))?;
    Some(format!(
        "There is already a place named \u{201c}{}\u{201d} (at /{}/); choose another name, so the two can be told apart. Nothing was saved.",
        other.name, other.id
    ))
}

fn add_page(key: &CsrfKey, about: &About, id: String, listed: bool, message: Option<String>) -> ParentAddTierPage {
    ParentAddTierPage {
        title: "Add a place".into(),
        parent_area: true,
        id,
        listed,
        about: about_view(about, csrf::form(key, ADD_TIER.to_string()), message, false),
    }
}

pub async fn add_form(Extension(key): Extension<CsrfKey>, State(views): State<Arc<Views>>) -> Result<Html<String>, AppError> {
    let about = About {
        name: String::new(),
        audience: String::new(),
        rules: SUGGESTED_RULES.into(),
        style: SUGGESTED_STYLE.into(),
        theme: "theme-kids".into(),
    };
    Ok(Html(views.render(&add_page(&key, &about, String::new(), true, None))?))
}

pub async fn add(
    Extension(key): Extension<CsrfKey>,
    State(tiers): State<Tiers>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    let (about, problem) = read_about(&form);
    let problem = problem.or_else(|| name_taken(&tiers, &about.name, None));
    let listed = form.text("listed") == Some("on");
    let id = match problem.map_or_else(|| read_id(&form, &about.name, &tiers), Err) {
        Ok(id) => id,
        Err(message) => {
            let page = add_page(&key, &about, typed(&form, "id"), listed, Some(message));
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(views.render(&page)?)).into_response());
        }
    };
    // The kids tier's models; the parent picks them on the next page.
    let Some(template) = builtin().into_iter().find(|t| t.id == "kids") else {
        return Err(AppError::Internal("the built-in kids tier is missing".into()));
    };
    let tier = TierConfig {
        id: id.clone(),
        name: about.name,
        theme: about.theme,
        audience: about.audience,
        content_guidelines: about.rules,
        image_style: about.style,
        listed,
        // Ideas for any age: the kids tier's are for the very young.
        prompt_example: "A story idea in a sentence or two…".into(),
        prompt_ideas: [
            "A coded message hidden in a library book",
            "Two friends build a robot that wants to play football",
            "A map of an island that is on no other map",
            "The school's tortoise runs for class president",
        ]
        .map(String::from)
        .to_vec(),
        ..template
    };
    // Stored first, so a tier served is never lost on restart; two parents adding one address: one wins.
    let stored = store.save_added_tier(tier.clone(), true).await?;
    if !stored || tiers.add(tier).is_err() {
        let message = format!("There is already a place at /{id}/; choose another address. Nothing was saved.");
        let (about, _) = read_about(&form);
        let page = add_page(&key, &about, typed(&form, "id"), listed, Some(message));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(views.render(&page)?)).into_response());
    }
    tracing::info!(tier = %id, "a parent added a tier");
    Ok(Redirect::to(&format!("{}?added=1", urls::parent_tier(&id))).into_response())
}

/// `POST /parent/tiers/{tier}/about`: change what an added tier is. A
/// refused form comes back on the tier's page as typed, with why (422).
pub async fn save_about(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    State(tiers): State<Tiers>,
    State(store): State<Store>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    if !tiers.is_added(&tier.id) {
        // Only a hand-made request gets here: the page has no such form for this tier.
        return Err(AppError::MethodNotAllowed);
    }
    let (about, problem) = read_about(&form);
    let problem = problem.or_else(|| name_taken(&tiers, &about.name, Some(&tier.id)));
    if let Some(message) = problem {
        let settings = engine.tier_settings(&tier).await?;
        let budget = limits::shown("budget", &settings.budget);
        let about = about_view(&about, csrf::form_at(&key, about_url(&tier.id), ABOUT_ANCHOR), Some(message), false);
        let page = tiers::page(&tier, &key, &engine, &settings, budget, false, None, Some(about));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(views.render(&page)?)).into_response());
    }
    let changed = TierConfig {
        name: about.name,
        audience: about.audience,
        content_guidelines: about.rules,
        image_style: about.style,
        theme: about.theme,
        ..tier.0.clone()
    };
    store.save_added_tier(changed.clone(), false).await?;
    tiers.update(changed);
    Ok(Redirect::to(&format!("{}?saved=about#{ABOUT_ANCHOR}", urls::parent_tier(&tier.id))).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_made_from_the_name() {
        assert_eq!(address_from("Big Kids' Stories"), "big-kids-stories");
        assert_eq!(address_from("  Über  Tales -- 2 "), "ber-tales-2");
        assert_eq!(address_from("日本"), "");
        assert_eq!(address_from(&"long name ".repeat(10)), "long-name-long-name-long-name-lo");
        assert_eq!(address_from("Stories for my Nine-Year-Olds ok"), "stories-for-my-nine-year-olds-ok");
        assert_eq!(address_typed("Big Kids"), "big-kids");
        assert_eq!(address_typed("/BigKids2/"), "bigkids2");
        assert_eq!(address_typed("-"), "");
        assert_eq!(address_typed("../etc"), "../etc", "kept for the check to refuse");
    }
}
