//! Blobs written by someone else, chunk by chunk: a clip streamed from a
//! provider's link lands in a temp file in its blob's own folder (named with
//! `atomic::TEMP_PREFIX`, so the start-up sweep removes one a crash left
//! behind), is checked by its first bytes, then made durable and renamed
//! into place. Nothing half-written is ever under a blob's name.

use std::path::{Path, PathBuf};

use super::sniff::{self, MediaType};
use super::{Blobs, atomic, relative_path};
use crate::store::{MediaId, SceneId, StoryId};
use crate::tier::TierId;

/// A blob being written: its temp file and the name it gets once committed.
#[derive(Debug)]
pub struct Staged {
    temp: PathBuf,
    full: PathBuf,
    relative: String,
}

impl Blobs {
    /// A temp file for a scene's blob of type `media_type` (its folder created); write it, then `commit` or `discard`.
    pub async fn stage(
        &self,
        tier: &TierId,
        story: StoryId,
        scene: SceneId,
        media: MediaId,
        media_type: MediaType,
    ) -> std::io::Result<Staged> {
        let relative = relative_path(tier, story, scene, media, media_type);
        let full = self.data_dir.join(&relative);
        let dir = full.parent().ok_or_else(|| std::io::Error::other("blob path has no parent"))?.to_path_buf();
        tokio::fs::create_dir_all(&dir).await?;
        let temp = dir.join(format!("{}{}", atomic::TEMP_PREFIX, uuid::Uuid::new_v4().simple()));
        Ok(Staged { temp, full, relative })
    }

    /// A stored blob's bytes.
    pub async fn read(&self, relative: &str) -> std::io::Result<Vec<u8>> {
        tokio::fs::read(self.path(relative)).await
    }
}

impl Staged {
    /// Where to write the blob's bytes.
    pub fn temp_path(&self) -> &Path {
        &self.temp
    }

    /// The type the written bytes are (`None`: none we serve, or unreadable).
    pub async fn media_type(&self) -> Option<MediaType> {
        use tokio::io::AsyncReadExt;
        let file = tokio::fs::File::open(&self.temp).await.ok()?;
        let mut head = Vec::with_capacity(sniff::SNIFF_LEN);
        file.take(sniff::SNIFF_LEN as u64).read_to_end(&mut head).await.ok()?;
        sniff::served_type(&head)
    }

    /// Make the written file durable and give it its blob name; returns that
    /// name relative to the data directory. On failure the temp file is removed.
    pub async fn commit(self) -> std::io::Result<String> {
        let Staged { temp, full, relative } = self;
        tokio::task::spawn_blocking(move || {
            let result = (|| {
                std::fs::File::open(&temp)?.sync_all()?;
                std::fs::rename(&temp, &full)?;
                let dir = full.parent().ok_or_else(|| std::io::Error::other("blob path has no parent"))?;
                atomic::sync_dir(dir)
            })();
            if result.is_err() {
                let _ = std::fs::remove_file(&temp);
            }
            result.map(|()| relative)
        })
        .await
        .map_err(std::io::Error::other)?
    }

    /// Remove the temp file (a refused or failed download).
    pub async fn discard(self) {
        match tokio::fs::remove_file(&self.temp).await {
            Ok(()) => {}
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => tracing::warn!(file = %self.temp.display(), "could not remove a temp blob: {err}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_staged_blob_gets_its_name_only_when_committed_and_a_discarded_one_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = Blobs::new(dir.path().to_path_buf());
        let tier = TierId::parse("kids").unwrap();
        let (story, scene) = (StoryId::new(), SceneId::new());
        let mp4 = [&[0, 0, 0, 0x18][..], b"ftypisom", &[0; 12]].concat();

        let staged = blobs.stage(&tier, story, scene, MediaId::new(), MediaType::Mp4).await.unwrap();
        tokio::fs::write(staged.temp_path(), &mp4).await.unwrap();
        assert_eq!(staged.media_type().await, Some(MediaType::Mp4));
        let folder = staged.temp_path().parent().unwrap().to_path_buf();
        let relative = staged.commit().await.unwrap();
        assert!(relative.starts_with("media/kids/") && relative.ends_with(".mp4"), "{relative}");
        assert_eq!(blobs.read(&relative).await.unwrap(), mp4);

        let staged = blobs.stage(&tier, story, scene, MediaId::new(), MediaType::Mp4).await.unwrap();
        tokio::fs::write(staged.temp_path(), b"<html>not a clip</html>").await.unwrap();
        assert_eq!(staged.media_type().await, None);
        staged.discard().await;
        let names: Vec<String> =
            std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert_eq!(names.len(), 1, "only the committed clip: {names:?}");
    }
}
