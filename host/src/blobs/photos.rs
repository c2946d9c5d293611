//! Family photo files: `photos/<tier>/<photo>.jpg` and its thumbnail
//! `photos/<tier>/<photo>-thumb.jpg`, both written atomically. Kept apart from
//! scene media so a photo is never reachable through a media id.

use super::{Blobs, atomic};
use crate::store::PhotoId;
use crate::tier::TierId;

impl Blobs {
    /// Write a photo's stored copy and thumbnail (JPEGs) atomically and durably;
    /// returns both paths relative to the data directory. On an error nothing
    /// of this photo is left behind.
    pub async fn put_photo(&self, tier: &TierId, id: PhotoId, jpeg: Vec<u8>, thumb: Vec<u8>) -> std::io::Result<(String, String)> {
        let file = format!("photos/{tier}/{}.jpg", id.simple());
        let thumb_file = format!("photos/{tier}/{}-thumb.jpg", id.simple());
        let (full, full_thumb) = (self.data_dir.join(&file), self.data_dir.join(&thumb_file));
        tokio::task::spawn_blocking(move || {
            let dir = full.parent().ok_or_else(|| std::io::Error::other("photo path has no parent"))?;
            std::fs::create_dir_all(dir)?;
            atomic::write_atomically(&full, &jpeg)?;
            if let Err(err) = atomic::write_atomically(&full_thumb, &thumb) {
                let _ = std::fs::remove_file(&full);
                return Err(err);
            }
            Ok(())
        })
        .await
        .map_err(std::io::Error::other)??;
        Ok((file, thumb_file))
    }
}
