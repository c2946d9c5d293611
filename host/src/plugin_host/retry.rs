//! When to try a failed plugin call again: exponential backoff with jitter,
//! honouring the provider's `Retry-After`, capped. Used by the story engine
//! (while the family waits on the page) and the picture jobs (in the background).

use std::time::Duration;

use super::PluginError;

/// Wait before attempt `attempt + 1` (attempts count from 1).
pub fn backoff(attempt: u32, retry_after: Option<Duration>, cap: Duration) -> Duration {
    let base = Duration::from_millis(500u64.saturating_mul(1 << attempt.min(10)));
    let jitter = Duration::from_millis(rand::random_range(0..250));
    retry_after.unwrap_or(base + jitter).min(cap)
}

/// Call `call` up to `attempts` times while it fails with a retryable error,
/// sleeping `backoff` between tries (at most `cap` each).
pub async fn with_retries<T, F, Fut>(attempts: u32, cap: Duration, mut call: F) -> Result<T, PluginError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, PluginError>>,
{
    let mut attempt = 1;
    loop {
        match call().await {
            Err(err) if err.is_retryable() && attempt < attempts => {
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
        assert_eq!(backoff(1, Some(Duration::from_secs(700)), cap), cap);
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
