//! Durable background work: scene pictures (later video clips).
//!
//! Jobs live in redb, written in the same transaction as their scene; the
//! in-memory queue only carries ids. A dispatcher takes ids from the queue
//! and runs at most `concurrency` jobs at once. At start-up, `recover`
//! re-queues jobs a crash interrupted, so none stays "generating". A job
//! waiting for a provider's `Retry-After` holds no worker: a timer queues it
//! again at its stored retry time (`worker`); a refused scene goes to the next
//! picture model (`fallback`).

pub mod fallback;
pub mod picture_check;
mod worker;

use std::sync::Arc;

use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinHandle;

use crate::store::JobId;

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

/// Start the dispatcher. It runs until `shutdown` resolves; jobs still running
/// then are left "running" in the store and re-queued at the next start.
pub fn start(
    ctx: WorkerContext,
    concurrency: usize,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> (JobQueue, JoinHandle<()>) {
    let (tx, mut rx) = mpsc::unbounded_channel::<JobId>();
    let queue = JobQueue { tx };
    let ctx = Arc::new(ctx);
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
            let ctx = Arc::clone(&ctx);
            let requeue = requeue.clone();
            running.spawn(async move {
                worker::run(&ctx, &requeue, id).await;
                drop(permit);
            });
        }
        running.shutdown().await;
    });
    (queue, handle)
}
