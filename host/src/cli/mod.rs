//! What the `storyloom` command does besides serving: the operator's plugin
//! commands (`storyloom plugins`, `approve`, `revoke`) and the parent PIN
//! commands (`storyloom parent set-pin`, `reset-pin`). The binary parses the
//! arguments; these functions do the work and return the text to print.

pub mod parent;
pub mod plugins;

use crate::config::Config;
use crate::store::Store;

/// Open the store; a clear message when the server holds it.
fn open_store(config: &Config) -> anyhow::Result<Store> {
    std::fs::create_dir_all(&config.data_dir)
        .map_err(|e| anyhow::anyhow!("cannot create data directory {}: {e}", config.data_dir.display()))?;
    Store::open(&config.store_path()).map_err(|err| {
        anyhow::anyhow!(
            "cannot open the store {} ({err}); if the server is running, stop it, run this again, then start it",
            config.store_path().display()
        )
    })
}
