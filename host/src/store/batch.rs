//! A write batch: several of the store's own steps (a story started, a scene
//! added under a choice, a picture recorded) applied in order in one redb
//! transaction, by the same functions the single steps use. For filling a
//! store in bulk (`storyloom::seed` at 100,000 stories): one commit instead
//! of one per step. Either every step applies or none does.

use super::jobs::record_image;
use super::stories::{insert_scene, insert_story};
use super::{AddScene, Job, JobId, MediaRecord, Painted, Result, Scene, Store, StoreError, Story, TakenChoice};

/// One step of a [`Store::apply_batch`].
#[derive(Debug, Clone)]
pub enum Step {
    /// [`Store::create_story`].
    CreateStory { story: Box<Story>, scene: Scene, job: Job },
    /// [`Store::add_scene`]; it must be added (not already explored).
    AddScene { taken: TakenChoice, scene: Scene, job: Job },
    /// [`Store::finish_image`] for a job of an earlier step or of the store.
    FinishImage { job: JobId, media: MediaRecord, thumb: Option<MediaRecord>, painted: Painted },
}

impl Store {
    /// Apply `steps` in order in one transaction. A step that does not apply
    /// (a choice that is not there or taken already, a job that is gone)
    /// fails the whole batch with [`StoreError::Batch`] naming it; nothing is
    /// written then.
    pub async fn apply_batch(&self, steps: Vec<Step>) -> Result<()> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            for (at, step) in steps.into_iter().enumerate() {
                let applied = match step {
                    Step::CreateStory { story, scene, job } => {
                        insert_story(&txn, &story, &scene, &job, &[])?;
                        true
                    }
                    Step::AddScene { taken, scene, job } => insert_scene(&txn, taken, scene, &job)? == AddScene::Added,
                    Step::FinishImage { job, media, thumb, painted } => record_image(&txn, job, media, thumb, painted)?.is_some(),
                };
                if !applied {
                    return Err(StoreError::Batch(format!("step {at} of the batch did not apply; nothing was written")));
                }
            }
            txn.commit()?;
            Ok(())
        })
        .await
    }
}
