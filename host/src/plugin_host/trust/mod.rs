//! Plugin trust: what the host hands to a plugin, and what a plugin may claim.
//!
//! - `bundled`: the credentials and settings the bundled plugins are granted.
//! - `approval`: the operator's approval of a dropped-in file (by hash) and its grants.
//! - `approve`: checking an approval (the file reviewed, each grant's name and origins).
//! - `grants`: one plugin's credentials (bound to origins) and settings, resolved.
//! - `identity`: unique ids and model keys; no "Built-in" or "(offline)" impostors.
//! - `labels`: plugin text cleaned for pages, logs and the terminal.

mod approval;
mod approve;
mod bundled;
mod grants;
mod identity;
pub mod labels;

pub use crate::store::{Approval, CredentialGrant};
pub use approval::file_hash;
pub use approve::{ApproveRefusal, GrantRequest, approval_for};
pub use bundled::{KNOWN_CREDENTIALS, KnownCredential, known_credential, looks_like_secret};
pub use grants::{CredentialStatus, GrantedCredential, Grants, ResolvedSetting, Standing, namespaced_variable, resolve};
pub use identity::{Claims, Labels, shown_labels};
