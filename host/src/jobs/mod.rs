//! Durable background work: scene pictures (`worker`) and, in video-mode
//! stories, scene clips (`clip`), each with its own dispatcher and workers.
//!
//! Jobs live in redb, written in the same transaction as their scene; the
//! in-memory queue only carries ids. A dispatcher takes ids from the queue
//! and runs at most `concurrency` jobs at once. At start-up, `recover`
//! re-queues jobs a crash interrupted, so none stays "generating". A job
//! waiting for a provider's `Retry-After` holds no worker: a timer queues it
//! again at its stored retry time (`worker`); a refused scene goes to the next
//! picture model (`fallback`). `plugin_folder` reloads the plugins when
//! their folder changes.

mod clip;
pub mod fallback;
pub mod picture_check;
pub mod plugin_folder;
mod references;
mod style;
pub mod thumbnail;
mod worker;

use std::sync::Arc;

use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinHandle;

use crate::store::JobId;

pub use clip::ClipContext;
pub use worker::WorkerContext;

/// Hands job ids to the dispatcher. Cheap to clone.
#[derive(Clone)]
pub struct JobQueue {
    tx: mpsc::UnboundedSender<JobId>,
}

impl JobQueue {
    /// Queue a job that is already stored as pending.
    pub fn enqueue(&self, id: JobId) {
        if self.tx.send(id).is_err() {
            // Only during shutdown; the job stays pending in the store and runs after the restart.
            tracing::warn!(%id, "job queue closed; job left pending for the next start");
        }
    }
}

/// Start the picture dispatcher. It runs until `shutdown` resolves; jobs in
/// flight then get up to [`DRAIN`] to finish, and any still running after
/// that are left "running" in the store and re-queued at the next start.
pub fn start(
    ctx: WorkerContext,
    concurrency: usize,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> (JobQueue, JoinHandle<()>) {
    let ctx = Arc::new(ctx);
    dispatch(concurrency, shutdown, move |queue, id| {
        let ctx = Arc::clone(&ctx);
        async move { worker::run(&ctx, &queue, id).await }
    })
}

/// Start the clip dispatcher, with its own workers so clips never hold up pictures.
pub fn start_clips(
    ctx: ClipContext,
    concurrency: usize,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> (JobQueue, JoinHandle<()>) {
    let ctx = Arc::new(ctx);
    dispatch(concurrency, shutdown, move |queue, id| {
        let ctx = Arc::clone(&ctx);
        async move { clip::run(&ctx, &queue, id).await }
    })
}

/// Take ids from a new queue and run `run` on each, at most `concurrency` at
/// once, until `shutdown`; then let the jobs in flight finish (up to [`DRAIN`]).
fn dispatch<F, Fut>(
    concurrency: usize,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    run: F,
) -> (JobQueue, JoinHandle<()>)
where
    F: Fn(JobQueue, JobId) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let (tx, mut rx) = mpsc::unbounded_channel::<JobId>();
    let queue = JobQueue { tx };
    let requeue = queue.clone();
    let handle = tokio::spawn(async move {
        let permits = Arc::new(Semaphore::new(concurrency.max(1)));
        let mut running = tokio::task::JoinSet::new();
        tokio::pin!(shutdown);
        loop {
            let id = tokio::select! {
                () = &mut shutdown => break,
                Some(_) = running.join_next(), if !running.is_empty() => continue,
                next = rx.recv() => match next {
                    Some(id) => id,
                    None => break,
                },
            };
            // Waiting for a free worker must not hold up shutdown.
            let permit = tokio::select! {
                () = &mut shutdown => break,
                permit = Arc::clone(&permits).acquire_owned() => match permit {
                    Ok(permit) => permit,
                    Err(_) => break,
                },
            };
            let job = run(requeue.clone(), id);
            running.spawn(async move {
                job.await;
                drop(permit);
            });
        }
        // A call in flight finishes and records its answer (a provider may
        // already have accepted it, or been paid for it) for up to `DRAIN`;
        // what is still running then is stopped and runs again after the restart.
        let drained = tokio::time::timeout(DRAIN, async { while running.join_next().await.is_some() {} }).await;
        if drained.is_err() {
            tracing::warn!(stopped = running.len(), "jobs still running at shutdown were stopped; they run again after the restart");
        }
        running.shutdown().await;
    });
    (queue, handle)
}

/// How long a shutdown waits for the jobs in flight to finish.
const DRAIN: std::time::Duration = std::time::Duration::from_secs(5);

/// How long until `at` (none when it has passed).
pub(crate) fn wait_until(at: crate::store::Timestamp) -> Option<std::time::Duration> {
    let left = at.saturating_sub(crate::store::now());
    (left > 0).then(|| std::time::Duration::from_millis(u64::try_from(left).unwrap_or(0)))
}

/// The time `wait` from now (the inverse of [`wait_until`]), for a job's stored retry or poll time.
pub(crate) fn after(wait: std::time::Duration) -> crate::store::Timestamp {
    crate::store::now().saturating_add(i64::try_from(wait.as_millis()).unwrap_or(i64::MAX))
}

/// Queue `id` again after `wait`, holding no worker meanwhile.
pub(crate) fn requeue_after(queue: &JobQueue, id: JobId, wait: std::time::Duration) {
    let queue = queue.clone();
    tokio::spawn(async move {
        tokio::time::sleep(wait).await;
        queue.enqueue(id);
    });
}
