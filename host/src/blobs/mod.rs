//! Blob files: scene pictures and clips under `<data>/media/<tier>/<story>/`,
//! family photos under `<data>/photos/<tier>/`. Paths are built only from a
//! validated tier id and UUIDs, never from a user string.
//!
//! Invariant: a blob is durable (written atomically and fsynced) before any
//! row points to it; rows are removed before their files, and the orphan
//! sweep ([`sweep_with_store`], in the background after start-up and from
//! the parent's storage page) deletes whatever no row points to (temp files,
//! orphans).

pub mod atomic;
mod photos;
pub mod sniff;
mod staged;

pub use staged::Staged;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use sniff::MediaType;

use crate::store::{MediaId, SceneId, Store, StoreError, StoryId};
use crate::tier::TierId;

/// The media folder of the data directory.
#[derive(Debug, Clone)]
pub struct Blobs {
    data_dir: PathBuf,
}

impl Blobs {
    pub fn new(data_dir: PathBuf) -> Self {
        Self { data_dir }
    }

    /// Write a scene's blob atomically, named with the extension of its sniffed
    /// type; returns its path relative to the data directory.
    pub async fn put(
        &self,
        tier: &TierId,
        story: StoryId,
        scene: SceneId,
        media: MediaId,
        media_type: MediaType,
        bytes: Vec<u8>,
    ) -> std::io::Result<String> {
        let relative = relative_path(tier, story, scene, media, media_type);
        let full = self.data_dir.join(&relative);
        tokio::task::spawn_blocking(move || {
            let dir = full.parent().ok_or_else(|| std::io::Error::other("blob path has no parent"))?;
            std::fs::create_dir_all(dir)?;
            atomic::write_atomically(&full, &bytes)
        })
        .await
        .map_err(std::io::Error::other)??;
        Ok(relative)
    }

    /// Absolute path of a stored blob.
    pub fn path(&self, relative: &str) -> PathBuf {
        self.data_dir.join(relative)
    }

    /// The type a stored blob really is, from its first [`sniff::SNIFF_LEN`] bytes
    /// (`None` when it is of no type we serve).
    pub async fn sniff(&self, relative: &str) -> std::io::Result<Option<sniff::MediaType>> {
        use tokio::io::AsyncReadExt;
        let file = tokio::fs::File::open(self.path(relative)).await?;
        let mut head = Vec::with_capacity(sniff::SNIFF_LEN);
        file.take(sniff::SNIFF_LEN as u64).read_to_end(&mut head).await?;
        Ok(sniff::served_type(&head))
    }

    /// Delete blobs (after their rows are gone); a missing file is not an error.
    pub async fn delete(&self, relative: Vec<String>) {
        let data_dir = self.data_dir.clone();
        let result = tokio::task::spawn_blocking(move || {
            for file in relative {
                let path = data_dir.join(&file);
                match std::fs::remove_file(&path) {
                    Ok(()) => {}
                    Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                    Err(err) => tracing::warn!(file, "could not delete blob: {err}"),
                }
                if let Some(dir) = path.parent() {
                    // Removes the story folder once it is empty; fails harmlessly otherwise.
                    let _ = std::fs::remove_dir(dir);
                }
            }
        })
        .await;
        if let Err(err) = result {
            tracing::warn!("blob delete task failed: {err}");
        }
    }

    /// Delete temp files and blobs no row points to, under `media/` and
    /// `photos/`. `photos` names every photo file; `media_of(story)` the
    /// files a story's rows name, or `None` when they could not be read
    /// (its folder is then left alone). The media folder is walked one story
    /// folder at a time, so memory holds one story's names, not the store's.
    /// While the server runs, pass `settled`: only files and folders last
    /// written before it go (a picture being saved now is written before its
    /// row is committed); `None`: any. Returns how many files were removed
    /// and their bytes. Blocking: run it on a blocking thread.
    pub fn sweep_before(
        &self,
        photos: &[String],
        media_of: &dyn Fn(StoryId) -> Option<Vec<String>>,
        settled: Option<std::time::SystemTime>,
    ) -> (usize, u64) {
        let mut swept = Swept { files: 0, bytes: 0, settled };
        let photos: HashSet<PathBuf> = photos.iter().map(|f| self.data_dir.join(f)).collect();
        sweep_dir(&self.data_dir.join("photos"), &photos, &mut swept, 0);
        let nothing = HashSet::new();
        let media = self.data_dir.join("media");
        for tier in subfolders(&media) {
            sweep_dir(&tier, &nothing, &mut swept, 2); // loose files beside the story folders
            for story in subfolders(&tier) {
                let id = story.file_name().and_then(|name| StoryId::parse(&name.to_string_lossy()));
                let known: HashSet<PathBuf> = match id.map(media_of) {
                    Some(Some(files)) => files.iter().map(|f| self.data_dir.join(f)).collect(),
                    Some(None) => continue,
                    None => HashSet::new(),
                };
                sweep_dir(&story, &known, &mut swept, 2);
                remove_if_empty_and_settled(&story, settled);
            }
            remove_if_empty_and_settled(&tier, settled);
        }
        (swept.files, swept.bytes)
    }
}

/// The orphan sweep against `store` ([`Blobs::sweep_before`]): every photo
/// file, and each story folder checked against its story's rows as the walk
/// meets it.
pub async fn sweep_with_store(store: Store, blobs: Blobs, settled: Option<std::time::SystemTime>) -> Result<(usize, u64), StoreError> {
    let photos = store.all_photo_files().await?;
    let swept = tokio::task::spawn_blocking(move || {
        let media_of = |story: StoryId| match store.media_files_of_blocking(story) {
            Ok(files) => Some(files),
            Err(err) => {
                tracing::warn!(%story, "the sweep leaves this story's folder alone: its files could not be read: {err}");
                None
            }
        };
        blobs.sweep_before(&photos, &media_of, settled)
    });
    swept.await.map_err(|err| StoreError::Task(err.to_string()))
}

/// The folders directly in `dir` (none when it cannot be read).
fn subfolders(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries.filter_map(Result::ok).filter(|e| e.file_type().is_ok_and(|t| t.is_dir())).map(|e| e.path()).collect()
}

/// Remove `dir` when it is empty, unless it was made after `settled` (it
/// may be about to get its first file: `put` makes the folder first).
fn remove_if_empty_and_settled(dir: &Path, settled: Option<std::time::SystemTime>) {
    let fresh = settled.is_some_and(|settled| std::fs::metadata(dir).and_then(|m| m.modified()).is_ok_and(|at| at >= settled));
    if !fresh {
        let _ = std::fs::remove_dir(dir); // fails harmlessly when it is not empty
    }
}

/// `media/<tier>/<story>/<scene>-<media>.<ext>`: where a scene's blob lives, relative to the data directory.
fn relative_path(tier: &TierId, story: StoryId, scene: SceneId, media: MediaId, media_type: MediaType) -> String {
    format!("media/{tier}/{}/{}-{}.{}", story.simple(), scene.simple(), media.simple(), media_type.extension())
}

/// What a sweep removed, and which files it may remove.
struct Swept {
    files: usize,
    bytes: u64,
    /// Only files last modified before this (none: any).
    settled: Option<std::time::SystemTime>,
}

fn sweep_dir(dir: &Path, known: &HashSet<PathBuf>, swept: &mut Swept, depth: u32) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() && depth < 2 {
            sweep_dir(&path, known, swept, depth + 1);
            remove_if_empty_and_settled(&path, swept.settled);
        } else if kind.is_file() && !known.contains(&path) {
            let meta = entry.metadata().ok();
            let recent = swept.settled.is_some_and(|settled| meta.as_ref().and_then(|m| m.modified().ok()).is_none_or(|at| at >= settled));
            if recent {
                continue;
            }
            match std::fs::remove_file(&path) {
                Ok(()) => {
                    swept.files += 1;
                    swept.bytes = swept.bytes.saturating_add(meta.map_or(0, |m| m.len()));
                    tracing::info!(path = %path.display(), "removed orphan blob");
                }
                Err(err) => tracing::warn!(path = %path.display(), "could not remove orphan blob: {err}"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kids() -> TierId {
        TierId::parse("kids").unwrap()
    }

    #[tokio::test]
    async fn put_then_sweep_keeps_known_and_removes_orphans_and_temps() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = Blobs::new(dir.path().to_path_buf());
        let (story, scene) = (StoryId::new(), SceneId::new());
        let kept = blobs.put(&kids(), story, scene, MediaId::new(), MediaType::Png, b"png".to_vec()).await.unwrap();
        let orphan = blobs.put(&kids(), story, scene, MediaId::new(), MediaType::Png, b"old".to_vec()).await.unwrap();
        let temp = blobs.path(&kept).with_file_name(".tmp-123");
        std::fs::write(&temp, b"half").unwrap();

        let stray = dir.path().join("media/kids/not-a-story/left.png");
        std::fs::create_dir_all(stray.parent().unwrap()).unwrap();
        std::fs::write(&stray, b"old").unwrap();
        let unreadable = StoryId::new();
        let unread = blobs.put(&kids(), unreadable, scene, MediaId::new(), MediaType::Png, b"png".to_vec()).await.unwrap();
        let media_of = |id: StoryId| match id {
            id if id == story => Some(vec![kept.clone()]),
            id if id == unreadable => None,
            _ => Some(Vec::new()),
        };

        assert_eq!(blobs.sweep_before(&[], &media_of, None).0, 3, "the orphan, the temp file and the stray");
        assert!(blobs.path(&unread).is_file(), "a story whose rows could not be read keeps its folder");
        assert!(!stray.exists() && !stray.parent().unwrap().exists());
        assert!(blobs.path(&kept).is_file());
        assert!(!blobs.path(&orphan).exists());
        assert!(!temp.exists());
        assert!(kept.starts_with(&format!("media/kids/{}/", story.simple())));
    }

    #[tokio::test]
    async fn sniff_reads_a_blobs_true_type_from_its_first_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = Blobs::new(dir.path().to_path_buf());
        let (story, scene) = (StoryId::new(), SceneId::new());
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0];
        jpeg.resize(4096, 0);
        // Named .png, as a record from before sniffing could be: the bytes decide.
        let file = blobs.put(&kids(), story, scene, MediaId::new(), MediaType::Png, jpeg).await.unwrap();
        assert!(file.ends_with(".png"));
        assert_eq!(blobs.sniff(&file).await.unwrap(), Some(MediaType::Jpeg));
        let junk = blobs.put(&kids(), story, scene, MediaId::new(), MediaType::Png, b"<html>".to_vec()).await.unwrap();
        assert_eq!(blobs.sniff(&junk).await.unwrap(), None);
        let missing = blobs.sniff("media/kids/nothing.png").await.unwrap_err();
        assert_eq!(missing.kind(), std::io::ErrorKind::NotFound);
    }
}
