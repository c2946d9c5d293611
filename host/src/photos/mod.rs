//! Family photos (characters' and a story's reference photos): what an upload
//! must be to be kept, and the copy that is kept. Children's photos are the
//! most private data this server holds, so the stored copy is re-encoded from
//! the decoded pixels: orientation applied, every metadata block (EXIF with
//! its GPS position, XMP, ICC, comments) gone, because nothing but pixels is
//! written back. Nothing here touches the disk or the store.

mod intake;

pub use intake::{
    MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, MAX_PHOTO_SIDE, PhotoRefusal, Prepared, SMALL_PHOTO_SIDE, STORED_SIDE, THUMB_SIDE, decoder_limits,
    display_name, prepare, prepare_blocking,
};
