//! `AppState`: everything handlers share, cheap to clone; handlers take only
//! the parts they need through `FromRef`.

use std::sync::Arc;

use axum::extract::FromRef;

use crate::blobs::Blobs;
use crate::config::HostNames;
use crate::parent::ParentGate;
use crate::plugin_host::Plugins;
use crate::store::Store;
use crate::story::StoryEngine;
use crate::tier::Tiers;
use crate::views::Views;

#[derive(Clone)]
pub struct AppState {
    pub tiers: Tiers,
    pub engine: StoryEngine,
    pub store: Store,
    pub blobs: Blobs,
    pub views: Arc<Views>,
    /// Names the server answers to (checked on every request).
    pub host_names: HostNames,
    /// The parent PIN, sessions and wrong-PIN waits.
    pub parent: ParentGate,
    /// The plugins in use (the parent area lists, approves and disables them).
    pub plugins: Plugins,
}

impl FromRef<AppState> for Plugins {
    fn from_ref(state: &AppState) -> Self {
        state.plugins.clone()
    }
}

impl FromRef<AppState> for ParentGate {
    fn from_ref(state: &AppState) -> Self {
        state.parent.clone()
    }
}

impl FromRef<AppState> for HostNames {
    fn from_ref(state: &AppState) -> Self {
        state.host_names.clone()
    }
}

impl FromRef<AppState> for Tiers {
    fn from_ref(state: &AppState) -> Self {
        state.tiers.clone()
    }
}

impl FromRef<AppState> for StoryEngine {
    fn from_ref(state: &AppState) -> Self {
        state.engine.clone()
    }
}

impl FromRef<AppState> for Store {
    fn from_ref(state: &AppState) -> Self {
        state.store.clone()
    }
}

impl FromRef<AppState> for Blobs {
    fn from_ref(state: &AppState) -> Self {
        state.blobs.clone()
    }
}

impl FromRef<AppState> for Arc<Views> {
    fn from_ref(state: &AppState) -> Self {
        Arc::clone(&state.views)
    }
}

impl FromRef<AppState> for crate::family::Roster {
    fn from_ref(state: &AppState) -> Self {
        crate::family::Roster::new(state.store.clone(), state.blobs.clone())
    }
}
