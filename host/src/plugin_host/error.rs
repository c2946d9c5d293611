//! `PluginError`: why a plugin call failed. Its `Display` is the technical
//! line for logs (the limit or the provider's answer that stopped the call);
//! [`PluginError::for_parents`] is the short sentence a family reads, chosen by
//! kind and never carrying the provider's words, and [`PluginError::detail`]
//! is what goes behind the page's details toggle.

use std::time::Duration;

use super::ModelKind;

/// Why a plugin call failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PluginError {
    #[error("plugin {plugin} ran too long and was stopped (CPU limit {limit:?})")]
    CpuDeadline { plugin: String, limit: Duration },
    #[error("plugin {plugin} used too much memory and was stopped (limit {limit_mib} MiB)")]
    Memory { plugin: String, limit_mib: usize },
    #[error("plugin {plugin} did not finish within {limit:?}")]
    Timeout { plugin: String, limit: Duration },
    #[error("plugin {plugin} tried to reach {origin}, which it did not declare; nothing was sent there")]
    HostNotDeclared { plugin: String, origin: String },
    #[error(
        "plugin {plugin} may not reach {origin}: it is a private or local address; if it is your own service, \
         the operator can allow it with --allow-private"
    )]
    DestinationProhibited { plugin: String, origin: String },
    #[error("plugin {plugin} crashed: {message}")]
    Trap { plugin: String, message: String },
    #[error("{message}")]
    Provider { plugin: String, kind: ProviderFailure, message: String, retry_after: Option<Duration> },
    /// `plugin` names the model or plugin as the family knows it (e.g. "GPT Image 1").
    #[error("{plugin} returned something unusable: {message}")]
    BadOutput { plugin: String, message: String },
    #[error("no model called {0:?} is installed")]
    UnknownModel(String),
    #[error("{model} needs {credential}, which is not set on this server")]
    Unavailable { model: String, credential: String },
    #[error("{model} comes from the plugin {plugin}, which is waiting for the operator's approval")]
    NotApproved { model: String, plugin: String },
    #[error("the plugin host failed: {0}")]
    Host(String),
}

/// The kinds of failure a plugin reports for its provider (the WIT `plugin-error`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProviderFailure {
    RateLimited,
    Transient,
    Unauthorized,
    InvalidRequest,
    Refused,
    Unsupported,
    /// The account's credit or quota is used up (waiting does not help; a grown-up must top it up).
    QuotaExceeded,
}

impl PluginError {
    /// Whether trying the same call again later may succeed.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Provider { kind, .. } => matches!(kind, ProviderFailure::RateLimited | ProviderFailure::Transient),
            Self::Timeout { .. } => true,
            _ => false,
        }
    }

    /// How long the provider asked us to wait before retrying, if it said.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Provider { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// The short sentence a parent reads, by kind of failure, for a call of
    /// `kind` (story or picture). It never quotes the provider (no request
    /// ids, URLs or their punctuation); that text is in [`PluginError::detail`].
    /// For a picture that will still be retried, see [`waiting_for_parents`].
    pub fn for_parents(&self, kind: ModelKind) -> String {
        let service = service_word(kind);
        match self {
            Self::Provider { kind: ProviderFailure::RateLimited, retry_after, .. } => match kind {
                ModelKind::Story => busy_story_sentence(*retry_after),
                _ => format!("The {service} service is busy; try the {service} again in a little while."),
            },
            Self::Provider { kind: ProviderFailure::Transient, .. } => match kind {
                ModelKind::Story => "The story service is having trouble right now; try again in a little while.".into(),
                _ => format!("The {service} service did not send a {service} this time; try the {service} again."),
            },
            Self::Provider { kind: ProviderFailure::Unauthorized, .. } => format!("The {service} service's key is missing or wrong."),
            Self::Provider { kind: ProviderFailure::InvalidRequest, .. } => format!("The {service} service could not take this request."),
            Self::Provider { kind: ProviderFailure::Refused, .. } => match kind {
                ModelKind::Story => "The story service refused this story; try changing the idea.".into(),
                _ => format!("The {service} service refused this scene; try changing its description."),
            },
            Self::Provider { kind: ProviderFailure::Unsupported, .. } => format!("The {service} model cannot do this."),
            Self::Provider { kind: ProviderFailure::QuotaExceeded, .. } => {
                format!("The {service} service's account has run out of credit; a grown-up can top it up or pick another model.")
            }
            Self::CpuDeadline { .. } => format!("The {service} model ran too long and was stopped."),
            Self::Memory { .. } => format!("The {service} model used too much memory and was stopped."),
            Self::Timeout { .. } => format!("The {service} service took too long to answer."),
            Self::HostNotDeclared { .. } | Self::DestinationProhibited { .. } => {
                format!("The {service} model tried to reach a place it may not; nothing was sent there.")
            }
            Self::Trap { .. } => format!("The {service} model crashed."),
            Self::BadOutput { .. } => format!("The {service} model sent something unusable."),
            Self::UnknownModel(_) => format!("This {service} model is no longer installed on this server."),
            Self::Unavailable { .. } => format!("The {service} model's key is not set on this server."),
            Self::NotApproved { .. } => format!("The {service} model is waiting for the server's operator to approve it."),
            Self::Host(_) => format!("The server could not run the {service} model."),
        }
    }

    /// What goes behind the details toggle (and is in the log): the provider's
    /// own words for a provider failure, the technical line for the others;
    /// whitespace collapsed, long URLs and the whole text shortened.
    pub fn detail(&self) -> Option<String> {
        let text = match self {
            Self::Provider { message, .. } => message.clone(),
            other => other.to_string(),
        };
        let text = shorten_detail(&text);
        (!text.is_empty()).then_some(text)
    }

    /// Which limit or failure stopped the call, as a short stable word for logs and tests.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::CpuDeadline { .. } => "cpu-deadline",
            Self::Memory { .. } => "memory",
            Self::Timeout { .. } => "timeout",
            Self::HostNotDeclared { .. } => "host-not-declared",
            Self::DestinationProhibited { .. } => "destination-prohibited",
            Self::Trap { .. } => "trap",
            Self::Provider { .. } => "provider",
            Self::BadOutput { .. } => "bad-output",
            Self::UnknownModel(_) => "unknown-model",
            Self::Unavailable { .. } => "unavailable",
            Self::NotApproved { .. } => "not-approved",
            Self::Host(_) => "host",
        }
    }

    /// Like [`PluginError::reason`], with a provider's failure told by its
    /// kind ("rate-limited", "unauthorized", "refused", …): the usage ledger's words.
    pub fn kind_of_failure(&self) -> &'static str {
        match self {
            Self::Provider { kind, .. } => match kind {
                ProviderFailure::RateLimited => "rate-limited",
                ProviderFailure::Transient => "provider-error",
                ProviderFailure::Unauthorized => "unauthorized",
                ProviderFailure::InvalidRequest => "invalid-request",
                ProviderFailure::Refused => "refused",
                ProviderFailure::Unsupported => "unsupported",
                ProviderFailure::QuotaExceeded => "quota-exceeded",
            },
            other => other.reason(),
        }
    }
}

/// The sentence a picture (or video) shows while a retryable failure waits for its next try.
pub fn waiting_for_parents(kind: ModelKind) -> String {
    format!("The {} service is busy, we'll try again.", service_word(kind))
}

/// "The story service is busy — try again in N seconds." (N rounded up, in minutes or hours when long).
pub fn busy_story_sentence(retry_after: Option<Duration>) -> String {
    match retry_after {
        Some(wait) => format!("The story service is busy — try again in {}.", human_wait(wait)),
        None => "The story service is busy — try again in a moment.".into(),
    }
}

/// A wait in whole human units, rounded up: "1 second", "45 seconds", "2 minutes", "3 hours".
pub fn human_wait(wait: Duration) -> String {
    let seconds = wait.as_millis().div_ceil(1000).max(1);
    let (count, unit) = match seconds {
        s if s < 60 => (s, "second"),
        s if s < 3600 => (s.div_ceil(60), "minute"),
        s => (s.div_ceil(3600), "hour"),
    };
    if count == 1 { format!("1 {unit}") } else { format!("{count} {unit}s") }
}

fn service_word(kind: ModelKind) -> &'static str {
    match kind {
        ModelKind::Story => "story",
        ModelKind::Image => "picture",
        ModelKind::Video => "video",
    }
}

/// Longest detail kept, in characters, and longest URL inside it.
const MAX_DETAIL: usize = 400;
const MAX_URL: usize = 60;

/// Collapse whitespace, cut URLs longer than [`MAX_URL`] and the whole text at [`MAX_DETAIL`] (with "…").
fn shorten_detail(text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| {
            let is_url = word.starts_with("http://") || word.starts_with("https://");
            if is_url && word.chars().count() > MAX_URL {
                let kept: String = word.chars().take(MAX_URL - 1).collect();
                format!("{kept}…")
            } else {
                word.to_string()
            }
        })
        .collect();
    let joined = words.join(" ");
    if joined.chars().count() > MAX_DETAIL {
        let kept: String = joined.chars().take(MAX_DETAIL - 1).collect();
        format!("{}…", kept.trim_end())
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Provider texts as real providers send them: request ids, URLs, trailing
    /// periods, parenthesised detail, text-only "no picture" answers.
    const PROVIDER_TEXTS: &[&str] = &[
        "Your request was rejected as a result of our safety system (request id: req_8f2a1c9d0e7b). See https://help.openai.com/en/articles/usage-policies.",
        "Rate limit reached for gpt-image-1 in organization org-Ab12Cd34 on images per minute (ipm): Limit 5, Used 5. Please try again in 12s. Visit https://platform.openai.com/account/rate-limits to learn more.",
        "Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
        "NO_IMAGE",
        "The model answered with text only: \"I can't draw that, but here is a poem…\".",
        "Content moderated (x-request-id 3f2b8c1e-9a4d-4e7f-b6a1-0c9d8e7f6a5b).",
        "upstream error 503 (Service Unavailable) from https://gateway.example.invalid/v1/images/generations?trace=abc123..",
        "Safety block: SAFETY (finishReason).)",
    ];

    fn provider(kind: ProviderFailure, message: &str) -> PluginError {
        PluginError::Provider { plugin: "openai".into(), kind, message: message.into(), retry_after: Some(Duration::from_secs(12)) }
    }

    /// Every kind of failure, for both calls.
    fn every_error(message: &str) -> Vec<PluginError> {
        let d = Duration::from_secs(1);
        let mut all: Vec<PluginError> = [
            ProviderFailure::RateLimited,
            ProviderFailure::Transient,
            ProviderFailure::Unauthorized,
            ProviderFailure::InvalidRequest,
            ProviderFailure::Refused,
            ProviderFailure::Unsupported,
            ProviderFailure::QuotaExceeded,
        ]
        .into_iter()
        .map(|kind| provider(kind, message))
        .collect();
        all.extend([
            PluginError::CpuDeadline { plugin: "openai".into(), limit: d },
            PluginError::Memory { plugin: "openai".into(), limit_mib: 64 },
            PluginError::Timeout { plugin: "openai".into(), limit: d },
            PluginError::HostNotDeclared { plugin: "openai".into(), origin: "https://evil.example".into() },
            PluginError::DestinationProhibited { plugin: "openai".into(), origin: "http://10.0.0.1".into() },
            PluginError::Trap { plugin: "openai".into(), message: message.into() },
            PluginError::BadOutput { plugin: "GPT Image 1".into(), message: message.into() },
            PluginError::UnknownModel("gpt-image-9".into()),
            PluginError::Unavailable { model: "GPT Image 1".into(), credential: "OPENAI_API_KEY".into() },
            PluginError::NotApproved { model: "Tales".into(), plugin: "tales".into() },
            PluginError::Host(message.into()),
        ]);
        all
    }

    /// What no sentence for parents may hold.
    fn assert_clean_sentence(sentence: &str, context: &str) {
        assert!(sentence.ends_with('.'), "a sentence ends with one full stop: {sentence:?} ({context})");
        for doubled in ["..", ".)", ").", ",.", ".,", "  ", ":.", ";."] {
            assert!(!sentence.contains(doubled), "no {doubled:?} in {sentence:?} ({context})");
        }
        for raw in ["req_", "request id", "http://", "https://", "www.", "org-", "sk-", "NO_IMAGE", "SAFETY", "3f2b8c1e"] {
            assert!(!sentence.contains(raw), "no {raw:?} in {sentence:?} ({context})");
        }
        assert!(sentence.chars().count() <= 120, "short: {sentence:?}");
    }

    #[test]
    fn the_parents_sentence_never_carries_the_providers_words_and_the_detail_keeps_them() {
        for text in PROVIDER_TEXTS {
            for err in every_error(text) {
                for kind in [ModelKind::Story, ModelKind::Image] {
                    let sentence = err.for_parents(kind);
                    assert_clean_sentence(&sentence, &format!("{err:?}"));
                }
                if let PluginError::Provider { .. } = err {
                    let detail = err.detail().unwrap();
                    let first_word = text.split_whitespace().next().unwrap();
                    assert!(detail.starts_with(first_word), "the detail keeps the provider's words: {detail:?}");
                    for id in ["req_8f2a1c9d0e7b", "org-Ab12Cd34", "3f2b8c1e-9a4d-4e7f-b6a1-0c9d8e7f6a5b"] {
                        if text.contains(id) {
                            assert!(detail.contains(id), "the detail keeps {id}: {detail:?}");
                        }
                    }
                    if let Some(url) = text.split_whitespace().find(|w| w.starts_with("https://")) {
                        let host = url.trim_start_matches("https://").split('/').next().unwrap();
                        assert!(detail.contains(host), "the detail keeps the link (shortened): {detail:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn each_kind_has_its_own_sentence() {
        // (failure, call kind, expected sentence)
        let cases = [
            (
                provider(ProviderFailure::Refused, PROVIDER_TEXTS[0]),
                ModelKind::Image,
                "The picture service refused this scene; try changing its description.",
            ),
            (
                provider(ProviderFailure::Unauthorized, PROVIDER_TEXTS[2]),
                ModelKind::Image,
                "The picture service's key is missing or wrong.",
            ),
            (provider(ProviderFailure::Unauthorized, PROVIDER_TEXTS[2]), ModelKind::Story, "The story service's key is missing or wrong."),
            (
                provider(ProviderFailure::RateLimited, PROVIDER_TEXTS[1]),
                ModelKind::Story,
                "The story service is busy — try again in 12 seconds.",
            ),
            (
                provider(ProviderFailure::Transient, "NO_IMAGE"),
                ModelKind::Image,
                "The picture service did not send a picture this time; try the picture again.",
            ),
            (PluginError::Trap { plugin: "x".into(), message: "boom.".into() }, ModelKind::Story, "The story model crashed."),
        ];
        for (err, kind, expected) in cases {
            assert_eq!(err.for_parents(kind), expected, "{err:?}");
        }
        assert_eq!(waiting_for_parents(ModelKind::Image), "The picture service is busy, we'll try again.");
        assert_eq!(busy_story_sentence(None), "The story service is busy — try again in a moment.");
    }

    #[test]
    fn waits_are_rounded_up_in_human_units() {
        let cases = [
            (Duration::from_millis(1), "1 second"),
            (Duration::from_millis(1000), "1 second"),
            (Duration::from_millis(1001), "2 seconds"),
            (Duration::from_secs(59), "59 seconds"),
            (Duration::from_secs(60), "1 minute"),
            (Duration::from_secs(61), "2 minutes"),
            (Duration::from_secs(600), "10 minutes"),
            (Duration::from_secs(3600), "1 hour"),
            (Duration::from_secs(3 * 3600 + 1), "4 hours"),
        ];
        for (wait, expected) in cases {
            assert_eq!(human_wait(wait), expected, "{wait:?}");
        }
    }

    #[test]
    fn details_are_shortened_not_lost() {
        let long_url = format!("https://gateway.example.invalid/v1/images/{}", "x".repeat(200));
        let err = provider(ProviderFailure::Transient, &format!("failed   at\n{long_url} (req_abc)"));
        let detail = err.detail().unwrap();
        assert!(detail.starts_with("failed at https://gateway.example.invalid/"), "{detail}");
        assert!(detail.contains('…') && detail.ends_with("(req_abc)"), "{detail}");
        assert!(detail.chars().count() < 100, "{detail}");
        let huge = provider(ProviderFailure::Transient, &"word ".repeat(500));
        assert!(huge.detail().unwrap().chars().count() <= MAX_DETAIL);
        assert_eq!(provider(ProviderFailure::Transient, "   ").detail(), None);
    }
}
