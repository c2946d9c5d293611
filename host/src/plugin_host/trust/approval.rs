//! The operator's approval of one dropped-in plugin file, and what it grants.
//! Stored in redb by `store::plugins`; read at start-up. An approval names
//! the file by its SHA-256, so a changed file needs approving again.

use sha2::{Digest, Sha256};

/// `storyloom plugins approve <id>`: this exact file may offer its models.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Approval {
    pub plugin_id: String,
    /// Lowercase hex SHA-256 of the approved `.wasm` file.
    pub sha256: String,
    /// Credentials the operator granted to this file.
    pub credentials: Vec<CredentialGrant>,
    /// When it was approved, milliseconds since the Unix epoch.
    pub approved_at_ms: i64,
}

/// One credential granted to a dropped-in plugin, and where its key may go.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CredentialGrant {
    /// Environment variable holding the key, e.g. `STABILITY_API_KEY`.
    pub name: String,
    /// Origins the key may be sent to, e.g. `https://api.stability.ai`. Empty for a
    /// credential the host knows (it goes only to its provider's origin).
    pub origins: Vec<String>,
}

/// Lowercase hex SHA-256 of a plugin file: what an approval is tied to.
pub fn file_hash(wasm: &[u8]) -> String {
    hex::encode(Sha256::digest(wasm))
}
