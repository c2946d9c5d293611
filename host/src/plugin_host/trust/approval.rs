//! What an approval is tied to: the SHA-256 of the plugin file, so a changed
//! file needs approving again. The approval records themselves belong to the
//! store (`store::Approval`).

use sha2::{Digest, Sha256};

/// Lowercase hex SHA-256 of a plugin file: what an approval is tied to.
pub fn file_hash(wasm: &[u8]) -> String {
    hex::encode(Sha256::digest(wasm))
}
