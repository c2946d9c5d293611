//! A scene's picture: `GET /{tier}/story/image/{scene_id}` says where it is
//! (JSON for the page's polling script) and
//! `POST /{tier}/story/image/{scene_id}/retry` makes a failed one again, and
//! `POST /{tier}/story/image/{scene_id}/regenerate` paints a finished one again
//! ("Paint it again"), from a new description when the form sends `prompt`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use serde::{Deserialize, Serialize};

use super::story::SceneParams;
use super::urls;
use super::views_common::{image_srcset, image_url};
use crate::error::{AppError, ErrorInfo};
use crate::store::{ImageStatus, SceneId};
use crate::story::{StoryEngine, StoryError};
use crate::tier::Tier;

/// What the polling script reads. Every sentence here is for the family; the
/// provider's own words are only in `detail`.
#[derive(Debug, Serialize)]
pub struct ImageStatusBody {
    /// `pending`, `generating`, `complete` or `failed`.
    pub status: &'static str,
    pub url: Option<String>,
    /// The thumbnail and the picture, for `<img srcset>`, once both exist.
    pub srcset: Option<String>,
    /// When failed: the short sentence for parents.
    pub error: Option<String>,
    /// When failed: the provider's words (for a details toggle).
    pub detail: Option<String>,
    /// While a retryable failure waits: the busy sentence, shown instead of a failure.
    pub notice: Option<String>,
    /// When complete: the display name of the model that painted it.
    pub painted_by: Option<String>,
    /// When another model than the story's painted it: "Painted by … (… declined this scene)".
    pub painted_note: Option<String>,
    /// The picture's alt text: what the painter says it drew, once it is done, else the words it is painted from.
    pub alt: String,
}

pub async fn image_status(
    tier: Tier,
    Path(params): Path<SceneParams>,
    State(engine): State<StoryEngine>,
) -> Result<Json<ImageStatusBody>, AppError> {
    let id = SceneId::parse(params.scene_id()).ok_or(AppError::NotFound)?;
    let scene = engine.scene_in(&tier, id).await?.ok_or(AppError::NotFound)?;
    let image = &scene.image;
    Ok(Json(ImageStatusBody {
        status: image.status.as_str(),
        url: image_url(&tier.id, &scene),
        srcset: image_srcset(&tier.id, &scene),
        error: image.error.clone(),
        detail: image.detail.clone(),
        notice: image.notice.clone(),
        painted_by: image.painted_by.clone().filter(|_| image.status == ImageStatus::Complete),
        painted_note: image.painted_note(),
        alt: scene.picture_alt().to_string(),
    }))
}

/// The retry form: where to go back to.
#[derive(Deserialize, Default)]
pub struct RetryForm {
    #[serde(default)]
    return_to: String,
}

impl RetryForm {
    /// Where to go after the retry: the page it came from when that is a page
    /// of this tier, else `fallback`.
    pub(super) fn back_to(self, tier: &crate::tier::TierId, fallback: String) -> String {
        let inside_tier = self.return_to.starts_with(&format!("/{tier}/"))
            && !self.return_to.contains("..")
            && !self.return_to.contains("//")
            && !self.return_to.contains('\\');
        if inside_tier { self.return_to } else { fallback }
    }
}

/// `POST /{tier}/story/image/{scene_id}/retry`: make a failed picture again, then back to the page.
pub async fn retry_image(
    tier: Tier,
    Path(params): Path<SceneParams>,
    State(engine): State<StoryEngine>,
    Form(form): Form<RetryForm>,
) -> Result<Redirect, AppError> {
    let id = SceneId::parse(params.scene_id()).ok_or(AppError::NotFound)?;
    engine.retry_image(&tier, id).await?;
    Ok(Redirect::to(&form.back_to(&tier.id, urls::scene(&tier.id, id))))
}

/// The "Paint it again" and "Change the picture's description" forms.
#[derive(Deserialize, Default)]
pub struct RegenerateForm {
    #[serde(default)]
    return_to: String,
    /// The new description; absent: paint the same one again.
    #[serde(default)]
    prompt: Option<String>,
}

/// `POST /{tier}/story/image/{scene_id}/regenerate`: paint a finished picture
/// again, then back to the page. A description the family must fix (empty,
/// too long) gets its sentence on the error page, with a link back to the page.
pub async fn regenerate_image(
    tier: Tier,
    Path(params): Path<SceneParams>,
    State(engine): State<StoryEngine>,
    Form(form): Form<RegenerateForm>,
) -> Result<Response, AppError> {
    let id = SceneId::parse(params.scene_id()).ok_or(AppError::NotFound)?;
    let back = RetryForm { return_to: form.return_to }.back_to(&tier.id, urls::scene(&tier.id, id));
    match engine.regenerate_image(&tier, id, form.prompt).await {
        Ok(()) => Ok(Redirect::to(&back).into_response()),
        Err(StoryError::Invalid(message)) => {
            tracing::info!(tier = %tier.id, scene = %id, "picture description refused: {message}");
            let mut response = (StatusCode::BAD_REQUEST, message.clone()).into_response();
            response.extensions_mut().insert(ErrorInfo { message, detail: None, retry_url: None, back_url: Some(back) });
            Ok(response)
        }
        Err(err) => Err(err.into()),
    }
}
