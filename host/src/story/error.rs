//! `StoryError`: every way a story step can fail, the sentence a family
//! reads for each (never the provider's or the parser's words), the detail
//! behind the page's toggle, and the page it becomes (`AppError`).

use crate::error::AppError;
use crate::plugin_host::{ModelKind, PluginError};
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum StoryError {
    /// The family's input needs fixing; the message says how.
    #[error("{0}")]
    Invalid(String),
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Plugin(#[from] PluginError),
    #[error("the story model's answer could not be used: {0}")]
    BadScene(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The tier's daily limit for paid models is reached; the message says so and what still works.
    #[error("{0}")]
    OverBudget(String),
}

impl From<StoryError> for AppError {
    /// The page a family sees for an engine error.
    fn from(err: StoryError) -> Self {
        match err {
            StoryError::NotFound => AppError::NotFound,
            StoryError::Invalid(_) | StoryError::Plugin(_) | StoryError::BadScene(_) => {
                AppError::Upstream { message: err.for_parents(), detail: err.detail() }
            }
            StoryError::OverBudget(message) => AppError::OverBudget(message),
            StoryError::Store(err) => AppError::Internal(err.to_string()),
        }
    }
}

impl StoryError {
    /// The short sentence the family reads (the start form or the error page):
    /// by kind, never the provider's or the parser's words.
    pub fn for_parents(&self) -> String {
        match self {
            StoryError::Invalid(message) | StoryError::OverBudget(message) => message.clone(),
            StoryError::NotFound => "We couldn't find that story.".into(),
            StoryError::Plugin(err) => format!("{} Nothing was lost.", err.for_parents(ModelKind::Story)),
            StoryError::BadScene(_) => "The story model's answer could not be used. Nothing was lost.".into(),
            StoryError::Store(_) => "Something went wrong on the server. Please try again.".into(),
        }
    }

    /// What goes behind the details toggle: the provider's words or the answer's problem.
    pub fn detail(&self) -> Option<String> {
        match self {
            StoryError::Plugin(err) => err.detail(),
            StoryError::BadScene(problem) => Some(problem.clone()),
            StoryError::Invalid(_) | StoryError::NotFound | StoryError::Store(_) | StoryError::OverBudget(_) => None,
        }
    }
}
