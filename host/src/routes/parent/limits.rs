//! Daily limits on a parent form (a tier's, or a provider's on the spending
//! page): the boxes as typed ([`LimitFields`]) and reading them back into a
//! `DailyBudget`, with a sentence saying which box is wrong. The boxes are
//! the `daily_limits` partial, named `{id}_story`, `{id}_pictures`,
//! `{id}_video` and `{id}_spend`.

use super::super::upload::UploadForm;
use crate::store::{DailyBudget, Money};
use crate::views::LimitFields;

/// The largest daily count a parent may write.
const MAX_LIMIT: u32 = 1_000_000;

/// The boxes showing `budget`.
pub fn shown(id: &str, budget: &DailyBudget) -> LimitFields {
    let shown = |limit: Option<u32>| limit.map(|n| n.to_string()).unwrap_or_default();
    LimitFields {
        id: id.into(),
        story: shown(budget.story_scenes),
        pictures: shown(budget.pictures),
        video: shown(budget.video_seconds),
        spend: budget.spend.map(|m| m.to_string()).unwrap_or_default(),
        story_box: true,
        pictures_box: true,
        video_box: true,
    }
}

/// The boxes as posted.
pub fn typed(id: &str, form: &UploadForm) -> LimitFields {
    let typed = |what: &str| form.text(&format!("{id}_{what}")).unwrap_or_default().to_string();
    LimitFields {
        id: id.into(),
        story: typed("story"),
        pictures: typed("pictures"),
        video: typed("video"),
        spend: typed("spend"),
        story_box: true,
        pictures_box: true,
        video_box: true,
    }
}

/// The limits typed, or the sentence saying which box is wrong (`whose`
/// names the tier or provider for a page with several sets).
pub fn read(fields: &LimitFields, whose: &str) -> Result<DailyBudget, String> {
    let count = |typed: &str, what: &str| match typed.trim() {
        "" => Ok(None),
        typed => match typed.parse::<u32>() {
            Ok(n) if n <= MAX_LIMIT => Ok(Some(n)),
            _ => Err(format!(
                "The daily limit of {what}{whose} must be a whole number from 0 to 1,000,000, or empty for no limit. Nothing was saved."
            )),
        },
    };
    let story_scenes = count(&fields.story, "story scenes")?;
    let pictures = count(&fields.pictures, "pictures")?;
    let video_seconds = count(&fields.video, "seconds of video")?;
    let spend = match fields.spend.trim() {
        "" => None,
        typed => Some(Money::parse(typed).ok_or_else(|| {
            format!(
                "The estimated spend per day{whose} must be an amount like 2.50 (at most four decimals), or empty for no limit. Nothing was saved."
            )
        })?),
    };
    Ok(DailyBudget { story_scenes, pictures, video_seconds, spend })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(story: &str, spend: &str) -> LimitFields {
        LimitFields {
            id: "budget".into(),
            story: story.into(),
            pictures: "".into(),
            video: " 30 ".into(),
            spend: spend.into(),
            story_box: true,
            pictures_box: true,
            video_box: true,
        }
    }

    #[test]
    fn limits_are_read_or_the_wrong_box_is_named() {
        let budget = read(&fields("2", "1,5"), "").unwrap();
        assert_eq!((budget.story_scenes, budget.pictures, budget.video_seconds), (Some(2), None, Some(30)));
        assert_eq!(budget.spend.map(|m| m.to_string()), Some("1.50".into()));
        assert_eq!(shown("budget", &budget).spend, "1.50");
        let wrong = read(&fields("two", ""), " for OpenAI").unwrap_err();
        assert!(wrong.starts_with("The daily limit of story scenes for OpenAI must be a whole number"), "{wrong}");
        let wrong = read(&fields("", "lots"), "").unwrap_err();
        assert!(wrong.starts_with("The estimated spend per day must be an amount like 2.50"), "{wrong}");
    }
}
