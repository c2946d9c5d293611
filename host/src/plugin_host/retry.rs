//! When to try a failed plugin call again: exponential backoff with jitter,
//! capped, or exactly the provider's `Retry-After`, which is never cut short.
//! Used by the story engine (while the family waits on the page: a
//! `Retry-After` longer than the cap ends the call at once) and the picture
//! jobs (in the background: they wait the full time).

use std::time::Duration;

use super::PluginError;

/// Longest `Retry-After` honoured: a plugin's number beyond a day is not a real provider's answer.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// Wait before attempt `attempt + 1` (attempts count from 1): the provider's
/// `Retry-After` in full when it gave one (up to [`MAX_RETRY_AFTER`]), else
/// exponential backoff with jitter, at most `cap`.
pub fn backoff(attempt: u32, retry_after: Option<Duration>, cap: Duration) -> Duration {
    match retry_after {
        Some(wait) => wait.min(MAX_RETRY_AFTER),
        None => {
            let base = Duration::from_millis(500u64.saturating_mul(1 << attempt.min(10)));
            let jitter = Duration::from_millis(rand::random_range(0..250));
            (base + jitter).min(cap)
        }
    }
}

/// Call `call` up to `attempts` times while it fails with a retryable error,
/// sleeping `backoff` between tries (at most `cap` each). A provider's
/// `Retry-After` longer than `cap` ends the retries at once: the caller gets
/// that failure (and its `retry_after`) instead of an early, wasted call.
pub async fn with_retries<T, F, Fut>(attempts: u32, cap: Duration, mut call: F) -> Result<T, PluginError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, PluginError>>,
{
    let mut attempt = 1;
    loop {
        match call().await {
            Err(err) if err.is_retryable() && attempt < attempts && err.retry_after().is_none_or(|wait| wait <= cap) => {
                let wait = backoff(attempt, err.retry_after(), cap);
                tracing::info!(attempt, wait_ms = wait.as_millis() as u64, "retrying plugin call: {err}");
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plugin_host::ProviderFailure;

    fn failure(kind: ProviderFailure) -> PluginError {
        PluginError::Provider { plugin: "p".into(), kind, message: "m".into(), retry_after: Some(Duration::from_millis(1)) }
    }

    #[test]
    fn backoff_grows_honours_retry_after_and_caps() {
        let cap = Duration::from_secs(30);
        assert!(backoff(1, None, cap) < backoff(4, None, cap));
        assert_eq!(backoff(1, Some(Duration::from_secs(7)), cap), Duration::from_secs(7));
        assert!(backoff(9, None, cap) <= cap, "our own backoff is capped");
        // The provider's Retry-After is never cut short (only absurd values are bounded).
        assert_eq!(backoff(1, Some(Duration::from_secs(700)), cap), Duration::from_secs(700));
        assert_eq!(backoff(1, Some(Duration::from_secs(u64::MAX / 4)), cap), MAX_RETRY_AFTER);
    }

    #[tokio::test]
    async fn a_retry_after_longer_than_the_cap_ends_the_call_at_once() {
        // (Retry-After, cap, calls expected): longer than the cap → one call and its failure back.
        let cases = [
            (Duration::from_secs(5), Duration::from_millis(200), 1),
            (Duration::from_secs(90), Duration::from_secs(10), 1),
            (Duration::from_millis(201), Duration::from_millis(200), 1),
            (Duration::from_millis(1), Duration::from_millis(200), 3),
            (Duration::from_millis(200), Duration::from_millis(200), 3),
        ];
        for (retry_after, cap, expected) in cases {
            let mut calls = 0;
            let result: Result<(), _> = with_retries(3, cap, || {
                calls += 1;
                let err = PluginError::Provider {
                    plugin: "p".into(),
                    kind: ProviderFailure::RateLimited,
                    message: "m".into(),
                    retry_after: Some(retry_after),
                };
                async move { Err(err) }
            })
            .await;
            assert_eq!(calls, expected, "{retry_after:?} with cap {cap:?}");
            assert_eq!(result.unwrap_err().retry_after(), Some(retry_after), "the caller learns the provider's wait");
        }
    }

    #[tokio::test]
    async fn retries_only_retryable_failures_up_to_the_limit() {
        let mut calls = 0;
        let result: Result<(), _> = with_retries(3, Duration::from_secs(1), || {
            calls += 1;
            async { Err(failure(ProviderFailure::RateLimited)) }
        })
        .await;
        assert!(result.is_err());
        assert_eq!(calls, 3);

        let mut calls = 0;
        let result: Result<(), _> = with_retries(3, Duration::from_secs(1), || {
            calls += 1;
            async { Err(failure(ProviderFailure::Unauthorized)) }
        })
        .await;
        assert!(result.is_err());
        assert_eq!(calls, 1, "no retry on a permanent failure");

        let mut calls = 0;
        let result = with_retries(3, Duration::from_secs(1), || {
            calls += 1;
            let n = calls;
            async move { if n < 2 { Err(failure(ProviderFailure::Transient)) } else { Ok(n) } }
        })
        .await;
        assert_eq!(result.unwrap(), 2);
    }
}
