//! CPU time of one plugin call, guest and host work together: the thread CPU
//! time spent inside every poll of the call's future. Network waits, queueing
//! and time the thread was not running do not count; copying a plugin's
//! arguments, checking its requests and writing its logs do.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

/// Shared between the metered future and the store's deadline checks.
#[derive(Debug, Default)]
pub struct CpuMeter {
    /// CPU nanoseconds of finished polls.
    used_ns: AtomicU64,
    /// Thread CPU clock at the start of the poll in progress (0: none).
    poll_started_ns: AtomicU64,
}

/// The current thread's CPU clock, in nanoseconds.
fn thread_cpu_ns() -> u64 {
    let now = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    let secs = u64::try_from(now.tv_sec).unwrap_or(0);
    let nanos = u64::try_from(now.tv_nsec).unwrap_or(0);
    secs.saturating_mul(1_000_000_000).saturating_add(nanos).max(1)
}

impl CpuMeter {
    /// CPU time used so far, the poll in progress included. Call it from inside a poll.
    pub fn used(&self) -> Duration {
        let mut ns = self.used_ns.load(Ordering::Relaxed);
        let started = self.poll_started_ns.load(Ordering::Relaxed);
        if started != 0 {
            ns = ns.saturating_add(thread_cpu_ns().saturating_sub(started));
        }
        Duration::from_nanos(ns)
    }
}

/// A future whose polls are charged to a [`CpuMeter`].
pub struct Metered<F> {
    inner: Pin<Box<F>>,
    meter: Arc<CpuMeter>,
}

impl<F> Metered<F> {
    pub fn new(inner: F, meter: Arc<CpuMeter>) -> Self {
        Self { inner: Box::pin(inner), meter }
    }
}

impl<F: Future> Future for Metered<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let started = thread_cpu_ns();
        self.meter.poll_started_ns.store(started, Ordering::Relaxed);
        let result = self.inner.as_mut().poll(cx);
        let spent = thread_cpu_ns().saturating_sub(started);
        self.meter.poll_started_ns.store(0, Ordering::Relaxed);
        self.meter.used_ns.fetch_add(spent, Ordering::Relaxed);
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn busy_polls_count_and_sleeping_does_not() {
        let meter = Arc::new(CpuMeter::default());
        let probe = Arc::clone(&meter);
        Metered::new(
            async move {
                tokio::time::sleep(Duration::from_millis(200)).await;
                // Busy for 50 ms of this thread's CPU time, however loaded the machine is.
                let mut x = 0u64;
                let busy_until = thread_cpu_ns() + 50_000_000;
                while thread_cpu_ns() < busy_until {
                    x = std::hint::black_box(x.wrapping_add(1));
                }
                assert!(probe.used() >= Duration::from_millis(50), "{:?}", probe.used());
            },
            Arc::clone(&meter),
        )
        .await;
        let used = meter.used();
        assert!(used >= Duration::from_millis(50) && used < Duration::from_millis(190), "the sleep is not counted: {used:?}");
    }
}
