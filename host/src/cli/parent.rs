//! `storyloom parent set-pin` and `storyloom parent reset-pin`: the way into
//! the parent area from the server itself, when the PIN is forgotten or
//! before anyone opens `/parent/`. Like the plugin commands they need the
//! store, so the server must be stopped first.

use super::open_store;
use crate::config::Config;
use crate::parent::{check_new_pin, hash_pin};

/// Store `pin` (given twice, as typed) as the parent PIN, replacing any.
pub async fn set_pin(config: &Config, pin: &str, again: &str) -> anyhow::Result<String> {
    check_new_pin(pin, again).map_err(|refusal| anyhow::anyhow!("{refusal}"))?;
    let store = open_store(config)?;
    let owned = pin.to_string();
    let phc = tokio::task::spawn_blocking(move || hash_pin(&owned)).await?.map_err(|e| anyhow::anyhow!("hashing the PIN: {e}"))?;
    store.set_parent_pin_hash(phc, false).await?;
    Ok("The parent PIN is set. Open /parent/ in a browser and enter it.\n".into())
}

/// Forget the parent PIN: the next visit to `/parent/` asks for a new one.
pub async fn reset_pin(config: &Config) -> anyhow::Result<String> {
    let store = open_store(config)?;
    Ok(if store.clear_parent_pin().await? {
        "The parent PIN is removed. The next visit to /parent/ sets a new one.\n".into()
    } else {
        "No parent PIN was set. The next visit to /parent/ sets one.\n".into()
    })
}
