//! View models of the parent area's plugins page (`routes::parent::plugins`):
//! every plugin with its models, keys and network grants, and the files not loaded.

use askama::Template;

use super::{FormAction, Page};

/// `/parent/plugins`: every plugin and every file not loaded.
#[derive(Debug, Template)]
#[template(path = "parent_plugins.html")]
pub struct ParentPluginsPage {
    pub title: String,
    pub parent_area: bool,
    /// "Approved …" / "… is disabled" after a button.
    pub notice: Option<String>,
    /// Why an approval was refused.
    pub message: Option<String>,
    pub plugins: Vec<PluginView>,
    pub rejected: Vec<RejectedPluginView>,
    /// Where dropped-in plugins go, when the server has a plugins folder.
    pub folder: Option<String>,
}

/// One plugin on the parent's list.
#[derive(Debug)]
pub struct PluginView {
    pub id: String,
    pub version: String,
    /// "Built in", or the file's name in the plugins folder.
    pub source: String,
    pub bundled: bool,
    /// Offers its models now.
    pub approved: bool,
    /// Dropped in, changed since approved, or never approved.
    pub waiting: bool,
    /// "Built in", "Approved", "Waiting for approval", "Changed since it was approved".
    pub standing: String,
    /// The file's SHA-256, for the record and the approval form.
    pub sha256: String,
    /// Origins it may reach.
    pub hosts: Vec<String>,
    pub credentials: Vec<CredentialView>,
    pub settings: Vec<String>,
    pub models: Vec<PluginModelView>,
    pub approve: Option<FormAction>,
    pub disable: Option<FormAction>,
}

/// A credential a plugin asks for, with the boxes that grant it.
#[derive(Debug)]
pub struct CredentialView {
    pub name: String,
    pub granted: bool,
    /// Where the key goes, or why it is not granted.
    pub detail: String,
    /// Each box's value (`NAME`, or `NAME=origin` for a key the host does not know) and its words.
    pub grants: Vec<GrantBoxView>,
}

#[derive(Debug)]
pub struct GrantBoxView {
    pub value: String,
    pub label: String,
}

#[derive(Debug)]
pub struct PluginModelView {
    pub name: String,
    /// "story", "image" or "video".
    pub kind: String,
    /// "available", "waiting for approval", "needs OPENAI_API_KEY", …
    pub state: String,
}

/// A file that was not loaded, and why.
#[derive(Debug)]
pub struct RejectedPluginView {
    pub source: String,
    pub reason: String,
}
